#pragma once
// ŷ at the cursor: for a symbol-input network with a softmax output (a text's next character,
// a sentence's label, a task's class), the k most likely outputs as bars labelled with their
// symbols or class names, and the softmax written out with the numbers (output_softmax.h).
// A per-step output answers at the cursor step; a many-to-one output after the last step.
//
//   ŷ at t = 5: next symbol                  p('e') = exp(z₆₅) / Σⱼ exp(zⱼ)
//   0.2 |█                                         = exp(2.310) / 54.200 = 10.074 / 54.200
//       |█ █ ▄ ▂ ▂ ▁ ▁ ▁                           = 0.186
//         e a ␣ o i t h n                    ...
//
// Hidden for real-valued inputs (the explorer's status gives ŷ in the data's units).

#include <QWidget>
#include <memory>
#include <vector>

#include "core/nn/sequence_trace.h"
#include "ui/explorer/output_softmax.h"
#include "ui/explorer/symbol_labels.h"

class QLabel;
class QScrollArea;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class OutputPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTopBars = 10;    // bars in the chart
    static constexpr int kWrittenOut = 3;  // softmax lines written out

    explicit OutputPanel(QWidget* parent = nullptr);

    // The trace has an output to show here (hasSymbolOutput).
    bool applies() const;
    Figure* figure() const { return m_figure; }
    // The bars as shown: labels and probabilities, largest first.
    QStringList barLabels() const { return m_barLabels; }
    QVector<double> barValues() const { return m_barValues; }
    const std::vector<EquationLine>& lines() const { return m_lines; }
    QString equationsText() const;  // plain text of the written-out softmax

public slots:
    void setTrace(std::shared_ptr<const rnnlab::SequenceTrace> trace);
    void setLabels(const rnnlab::ui::SymbolLabels& labels);
    void setCurrentStep(int step);

private:
    void refresh();
    QString label(Index index) const;
    void applyTheme(const ThemeStyle& style);

    std::shared_ptr<const SequenceTrace> m_trace;
    SymbolLabels m_labels;
    int m_step = 0;
    QStringList m_barLabels;
    QVector<double> m_barValues;
    std::vector<EquationLine> m_lines;
    Figure* m_figure = nullptr;
    QLabel* m_equations = nullptr;
    QScrollArea* m_scroll = nullptr;
};

}  // namespace rnnlab::ui
