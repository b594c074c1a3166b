// The Text view's sentence page in a real window, as a user goes through it: a sentiment
// classifier (the bundled English sentences) trains a few steps; the Text view shows each
// class's accuracy, the misclassified sentences most confident first and the PCA plane of the
// last layer's state; clicking a misclassified sentence draws its path, puts the Explorer on it
// and the time cursor on its first character, and the cursor rings that step; the plane
// exports as CSV and SVG; other data leaves nothing of the old page. While training runs the
// shown page asks about once a second, hidden it asks nothing. Screenshots at 1280x720 are kept.
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/analysis/sentence_reading.h"
#include "core/train/data_source.h"
#include "core/train/sentence_steps.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/application_setup.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/headless/headless_run.h"
#include "ui/headless/window_screenshot.h"
#include "ui/plot/figure_collection.h"
#include "ui/text/misclassified_list.h"
#include "ui/text/sentence_page.h"
#include "ui/text/state_trajectory_plot.h"
#include "ui/text/text_view.h"
#include "ui/window/lab_window.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// Other data, discarding the trained run when the window asks.
void switchSentenceData(ExperimentController& c, const DataSource& source) {
    if (c.snapshot() && c.snapshot()->step > 0)
        gui_test::whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    loadAndWait(c, [&] { c.setDataSource(source); });
}

// Waits for the page's reading of the weights the run now has (of sentence `chosen`, if ≥ 0).
bool waitForSentences(ExperimentController& c, SentencePage& page, Index chosen = -1) {
    waitForWorker(c);
    page.requestReading();
    return QTest::qWaitFor(
        [&] {
            return page.reading() && page.readingStep() == c.snapshot()->step &&
                   (chosen < 0 || page.reading()->path.index == chosen);
        },
        gui_test::kWorkerTimeoutMs);
}

}  // namespace

class TestSentencePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }
    void classifierSeenFromInside();
    void followsTrainingOnceASecond();

private:
    void screenshot(LabWindow& window, const QString& name);
    SettingsSandbox m_settings;
};

void TestSentencePage::screenshot(LabWindow& window, const QString& name) {
    window.settleViews();
    const QImage image = grabWindow(window);
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(image.save(gui_test::screenshotPath(QStringLiteral("sentence-page-%1.png").arg(name))));
}

void TestSentencePage::classifierSeenFromInside() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    DataSource sentences;
    sentences.kind = DataSourceKind::Labelled;
    sentences.labelled.bundled = "sentiment_en";
    sentences.window.window = 0;  // the longest sentence: every sentence whole
    switchSentenceData(c, sentences);
    const auto data = c.trainingData();
    QVERIFY(data && readsSentences(*data));
    QVERIFY(trainAndWait(c, 20).isEmpty());

    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    QVERIFY(view.showsSentences());
    QVERIFY(!view.showsText());
    QVERIFY(view.messageText().isEmpty());
    SentencePage& page = *view.sentencePage();
    QVERIFY(waitForSentences(c, page));
    const std::shared_ptr<const SentenceReading> first = page.reading();

    // Every validation sentence counted, each class on a line of its own with its count.
    const Index n = data->count(Split::Validation);
    QVERIFY(n > 0);
    const SequencePredictions& p = first->predictions;
    QCOMPARE(p.total(), static_cast<long long>(n));
    QCOMPARE(first->misclassified.wrong, Index(n - p.correct()));
    QVERIFY2(page.summaryText().startsWith(
                 QStringLiteral("Validation: %1 of %2 sentences right").arg(p.correct()).arg(n)),
             qPrintable(page.summaryText()));
    const QStringList lines = page.classText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("neg: ")), qPrintable(lines[0]));
    QVERIFY(lines[0].endsWith(QStringLiteral(" right of %1").arg(p.classTotals()[0])));
    QVERIFY(lines[1].endsWith(QStringLiteral(" right of %1").arg(p.classTotals()[1])));

    // The misclassified sentences, most confident first, as the list shows them.
    MisclassifiedList& list = *page.misclassified();
    QVERIFY2(list.rows() >= 2, "a network trained 20 steps gets some sentences wrong");
    QCOMPARE(list.rows(), int(first->misclassified.listed.size()));
    for (int row = 0; row + 1 < list.rows(); ++row)
        QVERIFY(first->misclassified.listed[std::size_t(row)].probability >=
                first->misclassified.listed[std::size_t(row) + 1].probability);
    const MisclassifiedSample& second = first->misclassified.listed[1];
    QCOMPARE(list.rowText(1, MisclassifiedList::SentenceColumn),
             QString::fromStdString(sentenceSteps(*data, Split::Validation, second.index).text));
    QVERIFY(list.rowText(1, MisclassifiedList::ClassesColumn).contains(QStringLiteral("\u2192")));

    // The plane: one dot per validation sentence, and the most confidently wrong one's path.
    StateTrajectoryPlot& plot = *page.plot();
    QCOMPARE(plot.endPoints(), int(std::min(n, kMaxPlaneSentences)));
    QCOMPARE(plot.pathSentence(), first->misclassified.listed[0].index);
    QVERIFY(plot.xLabel().startsWith(QStringLiteral("PC 1 (")));
    screenshot(window, QStringLiteral("plane"));

    // Clicking the second misclassified sentence: its path, the Explorer on it, the time cursor
    // on its first character, ringed.
    const Index chosen = second.index;
    const SentenceSteps steps = sentenceSteps(*data, Split::Validation, chosen);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
                      list.visualItemRect(list.topLevelItem(1)).center());
    QCOMPARE(page.chosen(), chosen);
    ExplorerView& explorer = *window.explorer();
    QCOMPARE(explorer.picker()->source(), TraceSource::Validation);
    QCOMPARE(explorer.picker()->index(), chosen);
    QCOMPARE(window.timeBar()->currentStep(), int(steps.start));
    QVERIFY(waitForSentences(c, page, chosen));
    QCOMPARE(plot.pathSentence(), chosen);
    QCOMPARE(plot.pathPoints(), int(data->steps() - steps.start));
    QCOMPARE(plot.labelCount(), std::min(plot.pathPoints(), StateTrajectoryPlot::kMostLabels));
    QCOMPARE(plot.ringedPoint(), 0);
    QCOMPARE(list.currentItem(), list.topLevelItem(1));
    window.timeBar()->setCurrentStep(int(steps.start) + 2);
    QCOMPARE(plot.ringedPoint(), 2);
    screenshot(window, QStringLiteral("chosen"));

    // The plane exports like every figure: in the window's figures, its CSV one row per dot,
    // per point of the path and for the ringed point.
    QVERIFY(figuresIn(window).contains(&plot));
    QTemporaryDir exported;
    const QStringList written =
        exportFigures({&plot}, exported.path(), {FigureFormat::Csv, FigureFormat::Svg}, {});
    QCOMPARE(written.size(), 2);
    QFile csv(written[0]);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + plot.endPoints() + plot.pathPoints() + 1);
    QVERIFY2(rows[0].startsWith(QStringLiteral("series,PC 1 (")), qPrintable(rows[0]));
    QVERIFY(QFileInfo(written[1]).size() > 0);

    // The Explorer traces that sentence: its symbols as inputs.
    QVERIFY(window.showView(QStringLiteral("explorer")));
    const auto tracesChosen = [&] {
        if (!explorer.trace() || explorer.length() != data->steps()) return false;
        for (Index t = 0; t < data->steps(); ++t)
            if (int(explorer.trace()->x(t, 0)) != steps.symbols[std::size_t(t)]) return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(tracesChosen(), gui_test::kWorkerTimeoutMs);
    QCOMPARE(window.timeBar()->currentStep(), int(steps.start) + 2);

    // Other data: the message, and nothing of the old page, at once.
    QVERIFY(window.showView(QStringLiteral("text")));
    switchSentenceData(c, DataSource{});
    QVERIFY(!view.showsSentences());
    QVERIFY(view.messageText().contains(QStringLiteral("needs a text")));
    QVERIFY(!page.reading());
    QCOMPARE(list.rows(), 0);
    QCOMPARE(plot.endPoints(), 0);
    QCOMPARE(plot.pathPoints(), 0);
    QVERIFY(page.summaryText().isEmpty());
    QVERIFY(page.classText().isEmpty());
}

void TestSentencePage::followsTrainingOnceASecond() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    DataSource sentences;
    sentences.kind = DataSourceKind::Labelled;
    sentences.labelled.bundled = "sentiment_en";
    sentences.window.window = 0;
    switchSentenceData(c, sentences);
    QVERIFY(window.showView(QStringLiteral("text")));
    SentencePage& page = *window.textView()->sentencePage();
    QVERIFY(waitForSentences(c, page));
    const long long before = page.readingStep();
    QSignalSpy asked(&page, &SentencePage::readingRequested);
    c.play();
    QTest::qWait(3500);
    c.pause();
    waitForWorker(c);
    QTRY_VERIFY_WITH_TIMEOUT(page.readingStep() == c.snapshot()->step, gui_test::kWorkerTimeoutMs);
    QVERIFY(c.snapshot()->step > before + 5);
    QVERIFY2(asked.count() >= 2 && asked.count() <= 6, qPrintable(QString::number(asked.count())));

    QVERIFY(window.showView(QStringLiteral("training")));
    asked.clear();
    QVERIFY(trainAndWait(c, 5).isEmpty());
    QTest::qWait(1200);
    QCOMPARE(asked.count(), 0);
    // Shown again, it reads the weights trained meanwhile.
    QVERIFY(window.showView(QStringLiteral("text")));
    QTRY_VERIFY_WITH_TIMEOUT(page.readingStep() == c.snapshot()->step, gui_test::kWorkerTimeoutMs);
    QCOMPARE(asked.count(), 1);
}

RNNLAB_TEST_MAIN(TestSentencePage)
}  // namespace RNNLAB_TEST_FILE

#include "tst_sentence_page.moc"
