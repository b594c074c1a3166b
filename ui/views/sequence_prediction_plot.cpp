#include "ui/views/sequence_prediction_plot.h"

#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/data/sequence_dataset.h"
#include "ui/plot/figure.h"
#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr int kPointsColor = 2;
constexpr int kDiagonalColor = 5;  // black / near-white: the reference
// Counts are written in the cells up to this many classes (beyond, the cells are too small).
constexpr int kMostLabelledClasses = 16;
// Count labels turn dark on the bright end of the colour scale.
constexpr double kBrightCell = 0.6;

QCPItemText* addNote(Figure* figure) {
    auto* note = new QCPItemText(figure);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    note->setPositionAlignment(Qt::AlignCenter);
    note->setClipToAxisRect(true);
    return note;
}

// Ticks 0 .. n-1 labelled with the classes shown: their names, else their numbers.
QSharedPointer<QCPAxisTickerText> classTicker(const std::vector<int>& shown,
                                              const std::vector<std::string>& names) {
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const std::size_t k = std::size_t(shown[i]);
        ticker->addTick(double(i), k < names.size() ? shownSymbol(names[k]) : QString::number(k));
    }
    return ticker;
}

// Every class, or the `most` most frequent actual ones in index order.
std::vector<int> classesToShow(const SequencePredictions& p, int most) {
    std::vector<int> shown(std::size_t(p.classes));
    for (int k = 0; k < p.classes; ++k) shown[std::size_t(k)] = k;
    if (p.classes <= most) return shown;
    const auto actual = [&p](int k) {
        long long n = 0;
        for (long long count : p.confusion[std::size_t(k)]) n += count;
        return n;
    };
    std::stable_sort(shown.begin(), shown.end(),
                     [&](int a, int b) { return actual(a) > actual(b); });
    shown.resize(std::size_t(most));
    std::sort(shown.begin(), shown.end());
    return shown;
}

// The part named at the head of a title: "Validation: ...".
QString splitTitle(Split split) {
    switch (split) {
        case Split::Train:
            return QObject::tr("Training");
        case Split::Validation:
            return QObject::tr("Validation");
        case Split::Test:
            return QObject::tr("Test");
    }
    return {};
}

}  // namespace

SequencePredictionPlot::SequencePredictionPlot(QWidget* parent) : QWidget(parent) {
    m_scatter = new Figure(tr("Target vs prediction"), tr("target"), tr("prediction"), this);
    m_points = m_scatter->addCurve(tr("predictions"), kPointsColor);
    m_points->setLineStyle(QCPCurve::lsNone);
    m_diagonal = m_scatter->addDashedSeries(tr("y = x (perfect)"), kDiagonalColor);
    m_scatterNote = addNote(m_scatter);

    m_confusion =
        new Figure(tr("Confusion matrix"), tr("predicted class"), tr("actual class"), this);
    m_counts = m_confusion->addColorMap(tr("count"), tr("count"), ColorMapKind::Sequential);
    m_confusion->yAxis->setRangeReversed(true);  // class 0 at the top, as a table reads
    m_confusionNote = addNote(m_confusion);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scatter, 1);
    layout->addWidget(m_confusion, 1);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &SequencePredictionPlot::applyTheme);
    setData(nullptr, QString());
}

Figure* SequencePredictionPlot::figure() const {
    return m_classes > 0 ? m_confusion : m_scatter;
}

QString SequencePredictionPlot::noteText() const {
    const QCPItemText* note = m_classes > 0 ? m_confusionNote : m_scatterNote;
    return note->visible() ? note->text() : QString();
}

int SequencePredictionPlot::scatterPoints() const {
    return m_points->dataCount();
}

long long SequencePredictionPlot::confusionCount(int actual, int predicted) const {
    if (!m_forecasts || !m_forecasts->sequences) return 0;
    const SequencePredictions& p = *m_forecasts->sequences;
    if (actual < 0 || predicted < 0 || actual >= p.classes || predicted >= p.classes) return 0;
    return p.confusion[std::size_t(actual)][std::size_t(predicted)];
}

QString SequencePredictionPlot::sampleNoun() const {
    return dynamic_cast<const SequenceDataset*>(m_data.get()) ? tr("sequences") : tr("windows");
}

QString SequencePredictionPlot::title(const QString& what) const {
    const QString split = splitTitle(m_data ? predictionSplit(*m_data) : Split::Validation);
    return tr("%1: %2\n%3").arg(split, what, m_name);
}

QString SequencePredictionPlot::drawnText(const SequencePredictions& p, long long step) const {
    const QString drawn =
        p.samples < p.splitSamples
            ? tr("first %1 of %2 %3").arg(p.samples).arg(p.splitSamples).arg(sampleNoun())
            : tr("%1 %2").arg(p.samples).arg(sampleNoun());
    const QString perStep = m_data->perStepTargets() ? tr(" (all steps)") : QString();
    return tr("%1%2, step %3").arg(drawn, perStep, QLocale().toString(step));
}

void SequencePredictionPlot::setData(std::shared_ptr<const TrainingData> training,
                                     const QString& name) {
    m_data = std::move(training);
    m_name = name;
    const bool shown = m_data && predictsPerSample(*m_data);
    m_classes = shown && m_data->classification() ? int(m_data->outputSize()) : 0;
    setVisible(shown);
    m_scatter->setVisible(shown && m_classes == 0);
    m_confusion->setVisible(shown && m_classes > 0);
    clear();
}

void SequencePredictionPlot::clear() {
    m_forecasts.reset();
    m_points->data()->clear();
    m_diagonal->data()->clear();
    m_counts->data()->clear();
    removeCountLabels();
    m_scatter->setTitle(title(tr("target vs prediction")));
    m_confusion->setTitle(title(tr("classes")));
    m_points->setName(tr("predictions"));
    m_counts->setName(tr("count"));
    m_shown.clear();
    for (int k = 0; k < std::min(m_classes, kMostShownClasses); ++k) m_shown.push_back(k);
    showClassAxes();
    m_scatter->xAxis->setRange(0, 1);
    m_scatter->yAxis->setRange(0, 1);
    setNote(tr("No predictions yet: press Play"));
}

bool SequencePredictionPlot::fits(const SequencePredictions& p) const {
    // Predictions of other data (a run being replaced) are not shown over this data's names.
    return m_data && p.split == predictionSplit(*m_data) &&
           p.splitSamples == m_data->count(p.split) && p.classes == m_classes;
}

void SequencePredictionPlot::setForecasts(std::shared_ptr<const ForecastSet> forecasts,
                                          long long step) {
    if (forecasts == m_forecasts) return;
    if (!forecasts || !forecasts->sequences || !fits(*forecasts->sequences)) {
        if (m_forecasts) clear();
        return;
    }
    m_forecasts = std::move(forecasts);
    setNote(QString());
    if (m_classes > 0)
        showConfusion(*m_forecasts->sequences, step);
    else
        showScatter(*m_forecasts->sequences, step);
}

void SequencePredictionPlot::showScatter(const SequencePredictions& p, long long step) {
    const int n = int(p.target.size());
    QVector<double> x(n), y(n);
    std::copy(p.target.begin(), p.target.end(), x.begin());
    std::copy(p.predicted.begin(), p.predicted.end(), y.begin());
    m_points->setData(x, y);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, n > 2000 ? 3 : 5));
    m_points->setName(drawnText(p, step));
    // The diagonal across everything shown, so both axes share its ends.
    double lo = 0, hi = 1;
    if (n > 0) {
        const auto [tMin, tMax] = std::minmax_element(p.target.begin(), p.target.end());
        const auto [pMin, pMax] = std::minmax_element(p.predicted.begin(), p.predicted.end());
        lo = std::min(*tMin, *pMin);
        hi = std::max(*tMax, *pMax);
        if (!std::isfinite(lo) || !std::isfinite(hi)) lo = *tMin, hi = *tMax;
        if (hi <= lo) hi = lo + 1;
    }
    m_diagonal->setData({lo, hi}, {lo, hi}, true);
    const double margin = 0.05 * (hi - lo);
    m_scatter->xAxis->setRange(lo - margin, hi + margin);
    m_scatter->yAxis->setRange(lo - margin, hi + margin);
    m_scatter->requestReplot();
}

void SequencePredictionPlot::showClassAxes() {
    const std::vector<std::string> names =
        m_data ? m_data->classNames() : std::vector<std::string>{};
    const int n = std::max(int(m_shown.size()), 1);
    m_confusion->xAxis->setTicker(classTicker(m_shown, names));
    m_confusion->yAxis->setTicker(classTicker(m_shown, names));
    m_confusion->xAxis->setRange(-0.5, n - 0.5);
    m_confusion->yAxis->setRange(-0.5, n - 0.5);
}

void SequencePredictionPlot::showConfusion(const SequencePredictions& p, long long step) {
    m_shown = classesToShow(p, kMostShownClasses);
    showClassAxes();
    const int n = int(m_shown.size());
    QCPColorMapData* cells = m_counts->data();
    cells->setSize(n, n);
    cells->setRange(QCPRange(0, double(n - 1)), QCPRange(0, double(n - 1)));
    long long most = 1;
    for (int a = 0; a < n; ++a)
        for (int c = 0; c < n; ++c) {
            const long long count = p.confusion[std::size_t(m_shown[std::size_t(a)])]
                                               [std::size_t(m_shown[std::size_t(c)])];
            cells->setCell(c, a, double(count));
            most = std::max(most, count);
        }
    m_counts->setDataRange(QCPRange(0, double(most)));
    const QString accuracy =
        p.total() > 0 ? QLocale().toString(100.0 * double(p.correct()) / double(p.total()), 'f', 1)
                      : QStringLiteral("\u2013");
    m_confusion->setTitle(title(
        n < p.classes ? tr("%1 % right (top %2 of %3)").arg(accuracy).arg(n).arg(p.classes)
                      : tr("%1 % right").arg(accuracy)));
    m_counts->setName(drawnText(p, step));
    addCountLabels(p);
    m_confusion->requestReplot();
}

void SequencePredictionPlot::removeCountLabels() {
    for (QCPItemText* label : std::as_const(m_countLabels)) m_confusion->removeItem(label);
    m_countLabels.clear();
}

void SequencePredictionPlot::addCountLabels(const SequencePredictions& p) {
    removeCountLabels();
    const int n = int(m_shown.size());
    if (n > kMostLabelledClasses) return;
    const double most = m_counts->dataRange().upper;
    const ThemeStyle& style = Theme::instance().style();
    for (int a = 0; a < n; ++a)
        for (int c = 0; c < n; ++c) {
            const long long count = p.confusion[std::size_t(m_shown[std::size_t(a)])]
                                               [std::size_t(m_shown[std::size_t(c)])];
            auto* label = new QCPItemText(m_confusion);
            label->position->setCoords(c, a);
            label->setText(QLocale().toString(count));
            label->setFont(style.font(FontRole::Legend));
            label->setColor(double(count) > kBrightCell * most ? Qt::black : Qt::white);
            m_countLabels << label;
        }
}

void SequencePredictionPlot::setNote(const QString& text) {
    for (QCPItemText* note : {m_scatterNote, m_confusionNote}) {
        note->setText(text);
        note->setVisible(!text.isEmpty());
    }
    m_scatter->requestReplot();
    m_confusion->requestReplot();
}

void SequencePredictionPlot::applyTheme(const ThemeStyle& style) {
    for (QCPItemText* note : {m_scatterNote, m_confusionNote}) {
        note->setColor(style.mutedText);
        note->setFont(style.font(FontRole::Legend));
    }
    for (QCPItemText* label : std::as_const(m_countLabels))
        label->setFont(style.font(FontRole::Legend));
}

}  // namespace rnnlab::ui
