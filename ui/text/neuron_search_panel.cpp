#include "ui/text/neuron_search_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/base/errors.h"
#include "core/nn/sequence_trace.h"
#include "ui/help/whats_this.h"
#include "ui/panels/error_label.h"
#include "ui/text/regex_mask.h"
#include "ui/text/text_strip.h"
#include "ui/text/text_view.h"
#include "ui/text/unit_trace_row.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

// The quantity picker's item data: a gate's index, or one of these.
constexpr int kSearchHidden = -2;
constexpr int kSearchCell = -3;

// A score with two decimals and a minus sign rather than a hyphen.
QString searchScoreNumber(double value) {
    QString s = QLocale().toString(value, 'f', 2);
    if (s.startsWith(QLatin1Char('-'))) s.replace(0, 1, QChar(0x2212));
    return s;
}

}  // namespace

NeuronSearchPanel::NeuronSearchPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::NeuronSearch);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    auto* targetRow = new QHBoxLayout;
    m_target = new QComboBox;
    m_target->addItem(tr("selected spans"));
    m_target->addItem(tr("inside double quotes"));
    m_target->addItem(tr("inside brackets ( [ {"));
    m_target->addItem(tr("after a space"));
    m_target->addItem(tr("line ends"));
    m_target->addItem(tr("regular expression"));
    m_target->setToolTip(
        tr("The characters to compare with the others: spans dragged over the text "
           "(Shift+drag adds one), a rule, or the matches of a regular expression"));
    m_clear = new QPushButton(tr("Clear"));
    m_clear->setToolTip(tr("Forget the spans dragged over the text"));
    targetRow->addWidget(new QLabel(tr("Find units that follow")));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_clear);
    v->addLayout(targetRow);

    m_pattern = new QLineEdit;
    m_pattern->setPlaceholderText(tr("a regular expression, e.g. \\(([^)]*)\\)"));
    m_pattern->setToolTip(
        tr("Selects the characters of every match, or of its first group in parentheses "
           "when it has one"));
    m_pattern->setVisible(false);
    v->addWidget(m_pattern);
    m_error = new ErrorLabel;
    v->addWidget(m_error);

    auto* queryRow = new QHBoxLayout;
    m_layer = new QSpinBox;
    m_layer->setRange(1, 1);
    m_quantity = new QComboBox;
    m_quantity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quantity->setToolTip(tr("The value of each unit that is compared with the selection"));
    m_measure = new QComboBox;
    m_measure->addItem(tr("correlation r"));
    m_measure->addItem(tr("AUC"));
    m_measure->setToolTip(
        tr("Correlation r: Pearson's r of the value with 1 on the selection and 0 elsewhere "
           "(point-biserial), ranked by |r|. AUC: the probability that a selected "
           "character's value is above an unselected one's, ranked by |AUC \u2212 0.5|"));
    queryRow->addWidget(new QLabel(tr("layer")));
    queryRow->addWidget(m_layer);
    queryRow->addWidget(m_quantity);
    queryRow->addWidget(m_measure);
    queryRow->addStretch(1);
    v->addLayout(queryRow);

    m_count = new QLabel;
    m_count->setWordWrap(true);
    v->addWidget(m_count);
    m_header = new QLabel;
    m_header->setWordWrap(true);
    v->addWidget(m_header);
    for (int i = 0; i < kShownUnits; ++i) {
        auto* row = new UnitTraceRow;
        row->setVisible(false);
        connect(row, &UnitTraceRow::clicked, this, [this, i] { choose(i); });
        m_rows.push_back(row);
        v->addWidget(row);
    }
    v->addStretch(1);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_pattern->setVisible(target() == Target::Pattern);
        m_clear->setVisible(target() == Target::Spans);
        search();
    });
    connect(m_pattern, &QLineEdit::textChanged, this, [this] { search(); });
    connect(m_layer, &QSpinBox::valueChanged, this, [this] { search(); });
    connect(m_quantity, &QComboBox::currentIndexChanged, this, [this] { search(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { search(); });
    connect(m_clear, &QPushButton::clicked, this, &NeuronSearchPanel::clearSpansRequested);
    search();
}

void NeuronSearchPanel::attach(TextView& view) {
    connect(&view, &TextView::readingChanged, this, &NeuronSearchPanel::setReading);
    connect(view.strip(), &TextStrip::spansChanged, this, &NeuronSearchPanel::setSpans);
    connect(this, &NeuronSearchPanel::unitChosen, &view, &TextView::setColouring);
    connect(this, &NeuronSearchPanel::clearSpansRequested, view.strip(), &TextStrip::clearSpans);
    setSpans(view.strip()->spans());
    setReading(view.reading());
}

NeuronSearchPanel::Target NeuronSearchPanel::target() const {
    return Target(m_target->currentIndex());
}

void NeuronSearchPanel::setTarget(Target target) {
    m_target->setCurrentIndex(int(target));
}

NeuronQuery NeuronSearchPanel::query() const {
    NeuronQuery q;
    q.layer = m_layer->value() - 1;
    const int code =
        m_quantity->currentData().isValid() ? m_quantity->currentData().toInt() : kSearchHidden;
    q.quantity = code == kSearchHidden ? UnitQuantity::Hidden
                 : code == kSearchCell ? UnitQuantity::Cell
                                       : UnitQuantity::Gate;
    q.gate = std::max(code, 0);
    q.measure = m_measure->currentIndex() == 1 ? FollowMeasure::Auc : FollowMeasure::Correlation;
    q.count = kShownUnits;
    return q;
}

QString NeuronSearchPanel::countText() const {
    return m_count->text();
}

QString NeuronSearchPanel::headerText() const {
    return m_header->text();
}

QString NeuronSearchPanel::errorText() const {
    return m_error->text();
}

UnitTraceRow* NeuronSearchPanel::resultRow(int i) const {
    return i >= 0 && i < int(m_rows.size()) ? m_rows[std::size_t(i)] : nullptr;
}

void NeuronSearchPanel::setReading(std::shared_ptr<const TextReading> reading) {
    m_reading = std::move(reading);
    if (m_reading) fitPickers(m_reading->network);
    search();
}

void NeuronSearchPanel::setSpans(const std::vector<CharacterSpan>& spans) {
    m_spans = spans;
    if (target() == Target::Spans) search();
}

void NeuronSearchPanel::fitPickers(const NetworkConfig& network) {
    if (m_haveNetwork && network.cell == m_network.cell &&
        network.numLayers == m_network.numLayers && network.hiddenSize == m_network.hiddenSize)
        return;
    m_network = network;
    m_haveNetwork = true;
    const QSignalBlocker a(m_quantity), b(m_layer);
    const QVariant was = m_quantity->currentData();
    m_quantity->clear();
    m_quantity->addItem(tr("h, hidden state"), kSearchHidden);
    if (network.cell == CellType::Lstm) m_quantity->addItem(tr("c, cell state"), kSearchCell);
    const std::vector<std::string> gates = gateNames(network.cell);
    for (std::size_t g = 0; g < gates.size(); ++g)
        m_quantity->addItem(gatePickerTitle(gates[g]), int(g));
    const int index = was.isValid() ? m_quantity->findData(was) : 0;
    m_quantity->setCurrentIndex(std::max(index, 0));
    m_layer->setRange(1, std::max(1, network.numLayers));
}

std::optional<SelectionMask> NeuronSearchPanel::selection(QString* why) {
    const std::u32string& text = m_reading->characters;
    switch (target()) {
        case Target::Spans:
            if (m_spans.empty()) {
                *why =
                    tr("Drag over the text to select the characters a unit should follow "
                       "(Shift+drag adds a span).");
                return std::nullopt;
            }
            return maskOfSpans(m_reading->size(), m_spans);
        case Target::Quotes:
            return insideQuotesMask(text);
        case Target::Brackets:
            return insideBracketsMask(text);
        case Target::AfterSpace:
            return afterSpaceMask(text);
        case Target::LineEnds:
            return lineEndsMask(text);
        case Target::Pattern:
            break;
    }
    if (m_pattern->text().isEmpty()) {
        *why = tr("Type a regular expression: the characters it matches are the selection.");
        return std::nullopt;
    }
    QString error;
    std::optional<SelectionMask> mask = regexMask(text, m_pattern->text(), &error);
    m_error->showError(error);
    return mask;
}

void NeuronSearchPanel::search() {
    m_results.clear();
    m_mask.clear();
    m_error->showError({});
    QString why;
    if (!m_reading) {
        m_count->clear();
        m_header->setText(tr("Waiting for the network to read the text\u2026"));
        showResults();
        return;
    }
    if (std::optional<SelectionMask> mask = selection(&why)) m_mask = std::move(*mask);
    const QLocale locale;
    const Index N = m_reading->size();
    if (!m_mask.empty()) {
        m_count->setText(tr("%1 of %2 characters selected")
                             .arg(locale.toString(qlonglong(selectedCount(m_mask))))
                             .arg(locale.toString(qlonglong(N))));
        try {
            m_shownQuery = query();
            m_results = rankUnits(*m_reading, m_mask, m_shownQuery);
        } catch (const ConfigError& e) {
            why = translated(e.text());
            why[0] = why[0].toUpper();
        }
    } else {
        m_count->clear();
    }
    if (m_results.empty()) {
        m_header->setText(why);
    } else {
        const NeuronQuery& q = m_shownQuery;
        const LayerReading& layer = m_reading->layers[std::size_t(q.layer)];
        const QString quantity = q.quantity == UnitQuantity::Hidden ? QStringLiteral("h")
                                 : q.quantity == UnitQuantity::Cell
                                     ? QStringLiteral("c")
                                     : QString::fromStdString(layer.gateNames[std::size_t(q.gate)]);
        m_header->setText(q.measure == FollowMeasure::Correlation
                              ? tr("Best units of %1, layer %2, by correlation r with the "
                                   "selection (point-biserial; ranked by |r|)")
                                    .arg(quantity)
                                    .arg(q.layer + 1)
                              : tr("Best units of %1, layer %2, by AUC: the chance that a "
                                   "selected character's value is above an unselected one's "
                                   "(ranked by |AUC \u2212 0.5|)")
                                    .arg(quantity)
                                    .arg(q.layer + 1));
    }
    showResults();
}

QString NeuronSearchPanel::scoreText(double score) const {
    return m_shownQuery.measure == FollowMeasure::Correlation
               ? tr("r = %1").arg(searchScoreNumber(score))
               : tr("AUC = %1").arg(searchScoreNumber(score));
}

void NeuronSearchPanel::showResults() {
    const Matrix<float>* values =
        m_results.empty() ? nullptr : &queriedValues(*m_reading, m_shownQuery);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        UnitTraceRow* row = m_rows[i];
        if (i >= m_results.size()) {
            row->setChosen(false);
            row->setVisible(false);
            continue;
        }
        const UnitScore& s = m_results[i];
        std::vector<float> trace(std::size_t(values->rows()));
        for (Index n = 0; n < values->rows(); ++n) trace[std::size_t(n)] = (*values)(n, s.unit);
        row->setTrace(tr("unit %1  %2").arg(s.unit + 1).arg(scoreText(s.score)), std::move(trace),
                      m_mask);
        row->setChosen(m_haveChosen && colouringOf(s.unit) == m_chosen);
        row->setVisible(true);
    }
}

StripColouring NeuronSearchPanel::colouringOf(int unit) const {
    StripColouring c;
    c.quantity = m_shownQuery.quantity == UnitQuantity::Hidden ? StripColouring::Quantity::Hidden
                 : m_shownQuery.quantity == UnitQuantity::Cell ? StripColouring::Quantity::Cell
                                                               : StripColouring::Quantity::Gate;
    c.layer = m_shownQuery.layer;
    c.gate = m_shownQuery.quantity == UnitQuantity::Gate ? m_shownQuery.gate : 0;
    c.unit = unit;
    return c;
}

void NeuronSearchPanel::choose(int row) {
    if (row < 0 || row >= int(m_results.size())) return;
    for (std::size_t i = 0; i < m_rows.size(); ++i) m_rows[i]->setChosen(int(i) == row);
    m_chosen = colouringOf(m_results[std::size_t(row)].unit);
    m_haveChosen = true;
    emit unitChosen(m_chosen);
}

}  // namespace rnnlab::ui
