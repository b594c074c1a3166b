#pragma once
// An x axis whose keys are rows of a series and whose ticks show the rows' labels (dates,
// years) instead of numbers, at whole rows, whatever the zoom. The CSV export writes the same
// labels in the x column (figure_csv.h), so an exported figure keeps its dates.

#include <qcustomplot.h>

#include <QVector>

namespace rnnlab::ui {

class RowLabelTicker : public QCPAxisTicker {
public:
    explicit RowLabelTicker(QVector<QString> labels) : m_labels(std::move(labels)) {}

    // The label of a key that is a whole row of the series; an empty string otherwise.
    QString labelOf(double key) const;

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    QVector<QString> m_labels;
};

}  // namespace rnnlab::ui
