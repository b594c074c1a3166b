#include "ui/text/sentence_page.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>

#include "ui/text/misclassified_list.h"
#include "ui/text/shown_symbol.h"
#include "ui/text/state_trajectory_plot.h"

namespace rnnlab::ui {

namespace {

QString partName(Split split) {
    switch (split) {
        case Split::Train:
            return SentencePage::tr("Training");
        case Split::Validation:
            return SentencePage::tr("Validation");
        case Split::Test:
            return SentencePage::tr("Test");
    }
    return {};
}

// Rows of the misclassified list always visible (more when there is room).
constexpr int kListRows = 4;

QString percent(double ratio) {
    return QLocale().toString(ratio * 100.0, 'f', 1);
}

}  // namespace

SentencePage::SentencePage(QWidget* parent) : QWidget(parent) {
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classes = new QLabel;
    m_classes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classes->setToolTip(
        tr("Each class's accuracy: the share of its sentences the network puts in it"));
    m_listTitle = new QLabel;
    m_listTitle->setWordWrap(true);
    m_list = new MisclassifiedList;
    m_list->setMinimumHeight((kListRows + 1) * m_list->fontMetrics().lineSpacing() +
                             2 * m_list->frameWidth());  // the header and kListRows rows
    m_plot = new StateTrajectoryPlot;

    auto* column = new QWidget;
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_classes);
    v->addWidget(m_listTitle);
    v->addWidget(m_list, 1);

    // The page scrolls rather than squeeze the plot below its minimum (its legend would go).
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(4, 4, 4, 4);
    inner->addWidget(m_summary);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->addWidget(column, 2);
    m_body->addWidget(m_plot, 3);
    inner->addLayout(m_body, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_list, &MisclassifiedList::sentenceChosen, this, [this](Index index) {
        choose(index);
        emit sentenceChosen(index);
    });
    setData(nullptr);
}

bool SentencePage::shows(const TrainingData* data) {
    return data && readsSentences(*data);
}

void SentencePage::setData(std::shared_ptr<const TrainingData> trainingData) {
    m_data = shows(trainingData.get()) ? std::move(trainingData) : nullptr;
    m_chosen = -1;
    // Hidden for other data, so that figure exports leave the empty plane out.
    m_plot->setVisible(m_data != nullptr);
    m_plot->setClassNames(m_data ? m_data->classNames() : std::vector<std::string>{},
                          m_data ? partName(sentenceSplit(*m_data)) : QString());
    dropReading({});
    if (m_data) m_refresh.requestIfShown();
}

void SentencePage::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    if (!snapshot) return;
    m_snapshotStep = snapshot->step;
    if (!m_haveRun || snapshot->runId != m_runId) {
        m_haveRun = true;
        m_runId = snapshot->runId;
        dropReading({});
        m_refresh.requestIfShown();
    } else if (snapshot->step != m_requestedStep) {
        m_refresh.schedule();
    }
}

bool SentencePage::applyPendingUpdate() {
    if (!m_data || !m_refresh.pending()) return false;
    requestReading();
    return true;
}

void SentencePage::requestReading() {
    if (!m_data) {
        m_refresh.cancel();
        return;
    }
    m_refresh.requested();
    m_requestedStep = m_snapshotStep;
    emit readingRequested(m_chosen);
}

void SentencePage::choose(Index index) {
    m_chosen = index;
    m_list->setChosen(index);
    requestReading();
}

void SentencePage::setCurrentStep(int step) {
    m_plot->setCurrentStep(step);
}

bool SentencePage::fits(const SentenceReading& reading) const {
    if (!m_data) return false;
    const Split split = sentenceSplit(*m_data);
    return reading.predictions.split == split &&
           reading.predictions.splitSamples == m_data->count(split) &&
           reading.predictions.classes == m_data->outputSize() &&
           (m_chosen < 0 || reading.path.index == m_chosen);
}

void SentencePage::setReading(std::shared_ptr<const SentenceReading> reading, long long step) {
    if (!reading || !fits(*reading)) return;
    m_reading = std::move(reading);
    m_readingStep = step;
    if (m_reading->path.points.rows() > 0) m_chosen = m_reading->path.index;
    m_list->setMisclassified(
        std::shared_ptr<const Misclassified>(m_reading, &m_reading->misclassified),
        m_data->classNames());
    m_list->setChosen(m_chosen);
    m_plot->setReading(m_reading);
    showTexts();
}

void SentencePage::showReadingError(const QString& message) {
    dropReading(message);
}

void SentencePage::dropReading(const QString& why) {
    m_reading.reset();
    m_readingStep = -1;
    m_list->setMisclassified(nullptr, {});
    m_plot->clear(why.isEmpty() ? (m_data ? tr("Reading the sentences\u2026") : QString()) : why);
    showTexts();
}

void SentencePage::showTexts() {
    if (!m_reading) {
        m_summary->setText(m_data ? tr("Reading the sentences\u2026") : QString());
        m_classes->clear();
        m_listTitle->clear();
        return;
    }
    const QLocale locale;
    const SequencePredictions& p = m_reading->predictions;
    const long long total = p.total();
    QString summary =
        tr("%1: %2 of %3 sentences right")
            .arg(partName(p.split), locale.toString(p.correct()), locale.toString(total));
    if (total > 0) summary += tr(" (%1 %)").arg(percent(double(p.correct()) / double(total)));
    summary += tr(" \u00b7 weights of step %1").arg(locale.toString(m_readingStep));
    m_summary->setText(summary);

    const std::vector<std::string> names = m_data->classNames();
    const std::vector<long long> totals = p.classTotals();
    const std::vector<std::optional<double>> accuracy = p.classAccuracy();
    QStringList lines;
    for (std::size_t k = 0; k < accuracy.size(); ++k) {
        const QString name = k < names.size() ? shownSymbol(names[k]) : tr("class %1").arg(k);
        lines << (accuracy[k] ? tr("%1: %2 % right of %3")
                                    .arg(name, percent(*accuracy[k]), locale.toString(totals[k]))
                              : tr("%1: no sentences in this part").arg(name));
    }
    m_classes->setText(lines.join(QLatin1Char('\n')));

    const Misclassified& m = m_reading->misclassified;
    m_listTitle->setText(
        m.wrong == 0 ? tr("No sentence misclassified.")
        : Index(m.listed.size()) < m.wrong
            ? tr("Misclassified: %1; the %2 most confident mistakes, click one to follow it")
                  .arg(locale.toString(qlonglong(m.wrong)))
                  .arg(locale.toString(qlonglong(m.listed.size())))
            : tr("Misclassified: %1, most confident first; click one to follow it")
                  .arg(locale.toString(qlonglong(m.wrong))));
}

QString SentencePage::summaryText() const {
    return m_summary->text();
}

QString SentencePage::classText() const {
    return m_classes->text();
}

bool SentencePage::plotBeside() const {
    return m_body->direction() == QBoxLayout::LeftToRight;
}

void SentencePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_refresh.shown();
}

void SentencePage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool beside = width() >= kSideBySideWidth;
    m_body->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Stacked, the plot takes most of the height.
    m_body->setStretch(0, beside ? 2 : 1);
    m_body->setStretch(1, beside ? 3 : 2);
}

}  // namespace rnnlab::ui
