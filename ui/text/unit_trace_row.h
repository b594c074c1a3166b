#pragma once
// One result of neuron search (neuron_search_panel.h): a unit, its score, and a sparkline of
// its value over the characters of the reading with the selected characters shaded.
//
//   unit 17  r = 0.82   ▁▂█▇▁▁▂██▇▁▁▁▂▇█▁▁   (shaded where the selection is)
//
// The sparkline spans the characters left to right, one pixel column per group of characters,
// drawn as the range (lowest .. highest value) of its group so that no spike is lost; its
// vertical scale is the unit's own lowest .. highest value over the reading. Clicking the row
// announces it (clicked); the chosen row is outlined in the accent colour.

#include <QWidget>
#include <vector>

#include "core/train/neuron_search.h"

namespace rnnlab::ui {

class UnitTraceRow : public QWidget {
    Q_OBJECT
public:
    explicit UnitTraceRow(QWidget* parent = nullptr);

    // The row's words ("unit 17  r = 0.82"), the unit's values (N) and the selection (N).
    void setTrace(const QString& label, std::vector<float> values, SelectionMask mask);
    QString label() const { return m_label; }
    const std::vector<float>& values() const { return m_values; }
    bool isChosen() const { return m_chosen; }
    void setChosen(bool chosen);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    int labelWidth() const;

    QString m_label;
    std::vector<float> m_values;
    SelectionMask m_mask;
    bool m_chosen = false;
    bool m_hovered = false;
};

}  // namespace rnnlab::ui
