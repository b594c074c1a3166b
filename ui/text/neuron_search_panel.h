#pragma once
// Neuron search beside the Text view's strip (Strobelt et al. 2017, "LSTMVis"): which units of
// a layer follow a selection of the text? core/train/neuron_search.h ranks them; this panel
// says what the selection is, shows the best units, and colours the strip by the one clicked.
//
//   Find units that follow [selected spans v]              (or a preset, or a pattern:)
//   [ "([^"]*)"                                        ]   (regular expression only)
//   regular expression, column 3: missing closing parenthesis     (ErrorLabel, on an error)
//   layer [1]  [h, hidden state v]  [correlation r v]
//   37 of 1,472 characters selected
//   Best units of h, layer 1 by correlation r (point-biserial, ranked by |r|)
//   +-------------------------------------------------+
//   | unit 17  r = 0.82    ▁▂█▇▁▁▂██▇▁▁▁▂▇█▁▁         |   one row per unit (unit_trace_row.h),
//   | unit 3   r = −0.64   █▇▁▂▇██▁▁▇██▇▁▁█▇         |   the selection shaded; a click
//   | ...                                             |   colours the strip by that unit
//   +-------------------------------------------------+
//
// The selection: the spans dragged on the strip (TextStrip::spansChanged), the characters
// inside double quotes, inside brackets, right after a space, the line ends, or a regular
// expression's matches (regex_mask.h). The ranking is computed again, on the GUI thread, when
// anything it depends on changes, a new reading included (the view reads again, at most once a
// second, while training runs). For 1,500 characters of 256 units r takes about 1 ms and AUC,
// which sorts each unit's values, about 20 ms of one core.

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "core/train/neuron_search.h"
#include "ui/text/strip_colouring.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rnnlab::ui {

class ErrorLabel;
class TextView;
class UnitTraceRow;

class NeuronSearchPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kShownUnits = 5;
    // What the selection is: the target picker's items, in order.
    enum class Target { Spans, Quotes, Brackets, AfterSpace, LineEnds, Pattern };

    explicit NeuronSearchPanel(QWidget* parent = nullptr);

    // Follows the view: its readings and its strip's spans in, the chosen unit's colouring out.
    void attach(TextView& view);

    Target target() const;
    void setTarget(Target target);
    NeuronQuery query() const;
    QComboBox* targetPicker() const { return m_target; }
    QLineEdit* patternEdit() const { return m_pattern; }
    QSpinBox* layerPicker() const { return m_layer; }
    QComboBox* quantityPicker() const { return m_quantity; }
    QComboBox* measurePicker() const { return m_measure; }

    // The ranking shown (best first), the selection it was computed for, and what the panel
    // says: the count of selected characters, the header of the results, and the reason there
    // are none (nothing selected, everything selected) or the pattern's error.
    const std::vector<UnitScore>& results() const { return m_results; }
    const SelectionMask& mask() const { return m_mask; }
    QString countText() const;
    QString headerText() const;
    QString errorText() const;
    UnitTraceRow* resultRow(int i) const;

public slots:
    void setReading(std::shared_ptr<const rnnlab::TextReading> reading);
    void setSpans(const std::vector<rnnlab::CharacterSpan>& spans);

signals:
    // A result was clicked: colour the strip by that unit's value.
    void unitChosen(const rnnlab::ui::StripColouring& colouring);
    // "Clear" was pressed: the strip's spans should go.
    void clearSpansRequested();

private:
    void fitPickers(const NetworkConfig& network);
    // The selection the target says, or nullopt with the message saying why there is none.
    std::optional<SelectionMask> selection(QString* why);
    void search();
    void showResults();
    void choose(int row);
    QString scoreText(double score) const;
    // The colouring that shows `unit` of the ranking shown.
    StripColouring colouringOf(int unit) const;

    std::shared_ptr<const TextReading> m_reading;
    std::vector<CharacterSpan> m_spans;
    SelectionMask m_mask;
    std::vector<UnitScore> m_results;
    NeuronQuery m_shownQuery;
    StripColouring m_chosen;  // the last result clicked, outlined while it is in the ranking
    bool m_haveChosen = false;
    NetworkConfig m_network;
    bool m_haveNetwork = false;

    QComboBox* m_target = nullptr;
    QPushButton* m_clear = nullptr;
    QLineEdit* m_pattern = nullptr;
    ErrorLabel* m_error = nullptr;
    QSpinBox* m_layer = nullptr;
    QComboBox* m_quantity = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_header = nullptr;
    std::vector<UnitTraceRow*> m_rows;
};

}  // namespace rnnlab::ui
