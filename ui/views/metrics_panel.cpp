#include "ui/views/metrics_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <algorithm>

#include "core/data/text_dataset.h"
#include "core/train/baselines.h"
#include "core/train/evaluation.h"
#include "ui/help/whats_this.h"
#include "ui/number_format.h"
#include "ui/panels/error_label.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

const QString kNone = QStringLiteral("\u2013");

// RMSE and MAE in the data's units, or the accuracy of classes; a character model's bits per
// character beside it (core/train/evaluation.h: L / ln 2).
QString errorText(const Metrics& m, std::optional<double> loss, bool characters) {
    if (!loss || m.count == 0) return kNone;
    const QString accuracy =
        m.accuracy ? QObject::tr("accuracy %1 %").arg(QLocale().toString(100 * *m.accuracy, 'f', 1))
                   : QString();
    if (m.accuracy && characters)
        return QObject::tr("%1, %2\u00a0" "bits/char")
            .arg(accuracy, QLocale().toString(bitsPerCharacterOf(*loss), 'f', 2));
    if (m.accuracy) return accuracy;
    // No-break spaces: a narrow cell wraps after the comma only.
    return QObject::tr("RMSE\u00a0%1, MAE\u00a0%2").arg(metricNumber(m.rmse), metricNumber(m.mae));
}

QString rmseText(const Metrics& m) {
    return m.count > 0 ? metricNumber(m.rmse) : kNone;
}

QString baselineName(BaselineKind kind, const Baselines& b) {
    switch (kind) {
        case BaselineKind::Persistence:
            return QObject::tr("persistence (next = last)");
        case BaselineKind::Seasonal:
            return QObject::tr("seasonal naive (%1, %2)")
                .arg(b.period)
                .arg(translated(b.periodReason));
        case BaselineKind::Mean:
            return QObject::tr("training mean");
    }
    return {};
}

}  // namespace

QString metricNumber(const std::optional<double>& value) {
    return value ? formatNumber(*value, kMetricDigits) : kNone;
}

MetricsPanel::MetricsPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::Metrics);
    m_grid = new QGridLayout(this);
    // The panel's width follows minimumSizeHint (two columns), not the four columns' layout.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    m_grid->setContentsMargins(8, 4, 8, 4);
    m_grid->setHorizontalSpacing(12);
    add(Metric::Step, tr("Step"), tr("Optimizer steps taken (one batch each)."), 0, 0);
    add(Metric::Epoch, tr("Epoch"),
        tr("Passes through the training windows: the current one of "
           "the planned number."),
        1, 0);
    add(Metric::Speed, tr("Speed"),
        tr("Training steps per second, measured while playing (at any speed setting)."), 2, 0);
    add(Metric::LearningRate, tr("Learning rate"),
        tr("The rate of the current epoch, after the schedule."), 0, 1);
    add(Metric::BatchLoss, tr("Batch loss"), tr("The loss of the last training batch."), 1, 1);
    add(Metric::TrainLoss, tr("Training loss"),
        tr("The mean batch loss of the last finished epoch."), 2, 1);
    add(Metric::ValidationLoss, tr("Validation loss"),
        tr("The loss on the validation part at the end of the last epoch: data the network "
           "never trained on."),
        0, 2);
    add(Metric::ValidationError, tr("Validation error"),
        tr("Errors of the validation predictions in the data's own units: root mean squared "
           "and mean absolute error, or the share of correct classes."),
        1, 2);
    add(Metric::TestLoss, tr("Test loss"), tr("The loss on the test part, kept for the end."), 0,
        3);
    add(Metric::TestError, tr("Test error"),
        tr("Errors of the test predictions in the data's own units."), 1, 3);
    add(Metric::FreeRunningValidation, tr("Free-running"),
        tr("RMSE on the validation part when the network is fed its own predictions instead of "
           "the true values (closed loop), from the start of the validation part: how a real "
           "forecast of the future fares. Compare with the one-step RMSE under Validation error. "
           "When the forecast costs much next to an epoch's training, it is recorded every few "
           "epochs: \"(ep 9)\" after the value says it is from epoch 9."),
        2, 2);
    add(Metric::FreeRunningTest, tr("Free-running"),
        tr("RMSE of the closed-loop forecast on the test part."), 2, 3);
    addLine(Metric::Baselines,
            tr("What the network has to beat, on the same validation / test windows (RMSE in the "
               "data's units): persistence repeats the last value the window saw; seasonal naive "
               "repeats the value one season earlier (when the labels or the data show a "
               "season); the training mean always predicts the mean of the training part."));
    auto* warning = new ErrorLabel(this);
    warning->setToolTip(
        tr("An error over a handful of windows says more about those few values than about the "
           "network."));
    m_values.insert(Metric::EvaluationWarning, warning);
    m_lines << warning;
    arrange(kColumns);
}

int MetricsPanel::widthOf(int columns) const {
    const QMargins margins = m_grid->contentsMargins();
    int width = margins.left() + margins.right() + (2 * columns - 1) * m_grid->horizontalSpacing();
    for (int c = 0; c < columns; ++c) {
        int name = 0, value = 0;
        for (const Pair& p : m_pairs) {
            if (p.column % columns != c) continue;
            name = std::max(name, p.name->sizeHint().width());
            value = std::max(value, p.value->minimumWidth());
        }
        width += name + value;
    }
    return width;
}

void MetricsPanel::arrange(int columns) {
    if (columns == m_columns) return;
    m_columns = columns;
    // Rows of the four columns' right half go under those of the left half.
    for (const Pair& p : m_pairs) {
        const int row = p.row + (p.column / columns) * kRows;
        for (QLabel* label : {p.name, p.value}) m_grid->removeWidget(label);
        m_grid->addWidget(p.name, row, 2 * (p.column % columns));
        m_grid->addWidget(p.value, row, 2 * (p.column % columns) + 1);
    }
    int row = kRows * kColumns / columns;
    for (QWidget* line : std::as_const(m_lines)) {
        m_grid->removeWidget(line);
        m_grid->addWidget(line, row++, 0, 1, 2 * columns);
    }
    for (int c = 0; c < kColumns; ++c) m_grid->setColumnStretch(2 * c + 1, c < columns ? 1 : 0);
}

QSize MetricsPanel::minimumSizeHint() const {
    return QSize(widthOf(kNarrowColumns), m_grid->minimumSize().height());
}

void MetricsPanel::resizeEvent(QResizeEvent* event) {
    arrange(width() >= widthOf(kColumns) ? kColumns : kNarrowColumns);
    QWidget::resizeEvent(event);
}

void MetricsPanel::addLine(Metric metric, const QString& tip) {
    auto* line = new QLabel(this);
    line->setWordWrap(true);
    line->setTextFormat(Qt::RichText);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setToolTip(tip);
    line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    line->hide();
    m_values.insert(metric, line);
    m_lines << line;
}

void MetricsPanel::add(Metric metric, const QString& caption, const QString& tip, int row,
                       int column) {
    auto* name = new QLabel(caption + QLatin1Char(':'), this);
    auto* value = new QLabel(kNone, this);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values ("RMSE 0.5357, MAE 0.4118") share the width rather than widen the view, and
    // wrap onto a second line rather than lose their end.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setWordWrap(true);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.000000")));
    name->setToolTip(tip);
    value->setToolTip(tip);
    m_values.insert(metric, value);
    m_pairs << Pair{name, value, row, column};
}

QString MetricsPanel::value(Metric metric) const {
    QLabel* label = m_values.value(metric);
    if (label->isHidden()) return {};
    if (label->textFormat() != Qt::RichText) return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

void MetricsPanel::setData(const TrainingData& trainingData) {
    static_cast<ErrorLabel*>(m_values.value(Metric::EvaluationWarning))
        ->showError(translated(evaluationWarning(trainingData)));
    m_characters = dynamic_cast<const TextDataset*>(&trainingData) != nullptr;
}

void MetricsPanel::setPlaying(bool playing) {
    m_playing = playing;
    showSpeed();
}

void MetricsPanel::showSpeed() {
    const double rate = m_stepsPerSecond;
    set(Metric::Speed, (m_playing || m_running) && rate > 0
                           ? tr("%1 steps/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0))
                           : kNone);
}

void MetricsPanel::set(Metric metric, const QString& text) {
    m_values.value(metric)->setText(text);
}

void MetricsPanel::setSnapshot(const TrainingSnapshot& s) {
    set(Metric::Step, QLocale().toString(s.step));
    set(Metric::Epoch, tr("%1 / %2").arg(std::min(s.epoch + 1, s.epochs)).arg(s.epochs));
    set(Metric::LearningRate, metricNumber(s.learningRate));
    m_running = s.running;
    m_stepsPerSecond = s.stepsPerSecond;
    showSpeed();
    const auto& steps = s.history.steps.items();
    set(Metric::BatchLoss,
        steps.empty() ? kNone : metricNumber(std::optional<double>(steps.back().loss)));
    showBaselines(s);  // of the run's data, before its first epoch too
    if (s.history.epochs.empty()) {
        for (Metric m :
             {Metric::TrainLoss, Metric::ValidationLoss, Metric::ValidationError, Metric::TestLoss,
              Metric::TestError, Metric::FreeRunningValidation, Metric::FreeRunningTest})
            set(m, kNone);
        return;
    }
    const EpochRecord& e = s.history.epochs.back();
    set(Metric::TrainLoss, metricNumber(e.trainLoss));
    set(Metric::ValidationLoss, metricNumber(e.validationLoss));
    set(Metric::ValidationError, errorText(e.validation, e.validationLoss, m_characters));
    set(Metric::TestLoss, metricNumber(e.testLoss));
    set(Metric::TestError, errorText(e.test, e.testLoss, m_characters));
    showFreeRunning(s.history);
}

void MetricsPanel::showFreeRunning(const TrainingHistory& history) {
    const EpochRecord* f = latestFreeRunning(history);
    if (!f) {
        set(Metric::FreeRunningValidation, kNone);
        set(Metric::FreeRunningTest, kNone);
        return;
    }
    // Recorded at some epochs only: an older one says which, briefly (the cell is narrow).
    const QString epoch =
        f == &history.epochs.back() ? QString() : tr(" (ep %1)").arg(f->epoch + 1);
    set(Metric::FreeRunningValidation, rmseText(f->validationFreeRunning) + epoch);
    set(Metric::FreeRunningTest, rmseText(f->testFreeRunning) + epoch);
}

void MetricsPanel::showBaselines(const TrainingSnapshot& s) {
    QLabel* line = m_values.value(Metric::Baselines);
    const Baselines* b = s.forecasts ? s.forecasts->baselines.get() : nullptr;
    line->setVisible(b != nullptr);
    if (!b) return;
    const EpochRecord* e = s.history.epochs.empty() ? nullptr : &s.history.epochs.back();
    QStringList parts;
    QString beats;
    for (BaselineKind kind :
         {BaselineKind::Persistence, BaselineKind::Seasonal, BaselineKind::Mean}) {
        const BaselineErrors* errors = b->errors(kind);
        if (!errors) continue;
        const QString name = baselineName(kind, *b);
        parts << tr("%1 %2 / %3")
                     .arg(name.toHtmlEscaped(), rmseText(errors->validation),
                          rmseText(errors->test));
        const bool better = e && e->validation.count > 0 && errors->validation.count > 0 &&
                            errors->validation.rmse < e->validation.rmse;
        if (better && beats.isEmpty()) beats = name;
    }
    QString text = tr("<b>Baselines</b>, RMSE validation / test: %1")
                       .arg(parts.join(QStringLiteral(" \u00b7 ")));
    if (!beats.isEmpty())
        text += tr(" \u2014 <b>%1 beats the network</b> on the validation part")
                    .arg(beats.toHtmlEscaped());
    line->setText(text);
}

}  // namespace rnnlab::ui
