// The Training view follows the kind of data, as a user switching data in the real window sees
// it: a series gets the prediction plot along the series; a set of sequences (the adding
// problem) a scatter of target against prediction for every validation sequence; a class
// target (remember the first of 3 classes) a confusion matrix and the accuracy per epoch; and
// back on the sine the series plot again, never a picture of the previous data. Each state is
// grabbed at 1280x720 in the light and the dark theme.
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/train/data_source.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/theme/theme.h"
#include "ui/views/accuracy_plot.h"
#include "ui/views/metrics_panel.h"
#include "ui/views/prediction_plot.h"
#include "ui/views/sequence_prediction_plot.h"
#include "ui/views/training_dashboard.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/headless/window_screenshot.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

DataSource generated(GeneratorKind kind, std::map<std::string, double> parameters) {
    DataSource s;
    s.generator.kind = kind;
    s.generator.parameters = std::move(parameters);
    return s;
}

// Other data, discarding the trained run when the window asks.
void switchData(ExperimentController& c, const DataSource& source) {
    if (c.snapshot() && c.snapshot()->step > 0)
        gui_test::whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    loadAndWait(c, [&] { c.setDataSource(source); });
    QCOMPARE(c.snapshot()->step, 0);
}

// Trains `steps` steps, pauses, and waits for the forecasts of the weights reached.
void train(ExperimentController& c, int steps) {
    trainAndWait(c, steps);
    waitForWorker(c);
    QVERIFY(c.snapshot()->forecasts);
    QCOMPARE(c.snapshot()->forecastStep, c.snapshot()->step);
}

// The titles of the Training view's shown figures, sorted.
QStringList shownFigures(TrainingDashboard& dashboard) {
    QStringList titles;
    for (Figure* f : figuresIn(dashboard)) titles << f->title();
    titles.sort();
    return titles;
}

}  // namespace

class TestTaskViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() {
        m_settings.clear();
        Theme::instance().setPresentation(false);
    }
    void theViewFollowsTheData_data();
    void theViewFollowsTheData();
    void classesAreNamedAndACharacterModelShowsItsMostFrequent();

private:
    void screenshot(LabWindow& window, const QString& name);
    SettingsSandbox m_settings;
};

void TestTaskViews::screenshot(LabWindow& window, const QString& name) {
    window.resize(1280, 720);
    window.settleViews();
    const QImage image = grabWindow(window);
    // Nothing hidden behind the view's scroll bar: the dashboard fits the width it is given.
    QWidget* dashboard = window.dashboard();
    QVERIFY2(dashboard->width() <= dashboard->parentWidget()->width(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(dashboard->width())
                            .arg(dashboard->parentWidget()->width())));
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString path = gui_test::screenshotPath(
        QStringLiteral("task-views-%1-%2.png")
            .arg(name, Theme::instance().style().scheme == ColorScheme::Dark ? "dark" : "light"));
    QVERIFY(image.save(path));
}

void TestTaskViews::theViewFollowsTheData_data() {
    QTest::addColumn<ColorScheme>("scheme");
    QTest::newRow("light") << ColorScheme::Light;
    QTest::newRow("dark") << ColorScheme::Dark;
}

void TestTaskViews::theViewFollowsTheData() {
    QFETCH(ColorScheme, scheme);
    Theme::instance().setScheme(scheme);
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    QVERIFY(window.showView(QStringLiteral("training")));
    TrainingDashboard& dashboard = *window.dashboard();
    PredictionPlot& series = *dashboard.predictionPlot();
    SequencePredictionPlot& sequences = *dashboard.sequencePlot();
    AccuracyPlot& accuracy = *dashboard.accuracyPlot();

    // The sine: predictions along the series; no per-sequence view, no accuracy.
    train(c, 30);
    QVERIFY(series.isVisible());
    QVERIFY(series.oneStepPoints() > 0);
    QVERIFY(sequences.isHidden() && accuracy.isHidden());
    QCOMPARE(shownFigures(dashboard), (QStringList{"Loss", "Predictions: sine"}));
    screenshot(window, QStringLiteral("sine"));

    // The adding problem: 200 sequences of 10 steps, 30 of them validating.
    switchData(c, generated(GeneratorKind::AddingProblem, {{"sequences", 200}, {"length", 10}}));
    QVERIFY(series.isHidden() && series.figure()->isHidden());
    QVERIFY(sequences.isVisible() && sequences.figure() == sequences.scatterFigure());
    const QString addingTitle = QStringLiteral("Validation: target vs prediction\nadding (seed 1)");
    QCOMPARE(sequences.scatterFigure()->title(), addingTitle);
    train(c, 20);
    const long long addingStep = c.snapshot()->step;
    const Index validation = c.trainingData()->count(Split::Validation);
    QCOMPARE(validation, Index(30));
    QCOMPARE(sequences.scatterPoints(), int(validation));
    QCOMPARE(sequences.noteText(), QString());
    QCOMPARE(sequences.scatterFigure()->xLabel(), QStringLiteral("target"));
    QCOMPARE(sequences.scatterFigure()->graph(0)->name(), QStringLiteral("y = x (perfect)"));
    QCOMPARE(shownFigures(dashboard), (QStringList{"Loss", addingTitle}));
    // The scatter is core's predictions: the adding problem's targets are sums of two values
    // in [0, 1].
    const SequencePredictions& p = *c.snapshot()->forecasts->sequences;
    QCOMPARE(p.target.size(), std::size_t(validation));
    for (double t : p.target) QVERIFY(t >= 0.0 && t <= 2.0);
    QVERIFY(sequences.scatterFigure()->plottable(0)->name().endsWith(
        QStringLiteral(", step %1").arg(addingStep)));
    screenshot(window, QStringLiteral("adding"));

    // Remember the first of 3 classes: a confusion matrix and the accuracy per epoch.
    switchData(c, generated(GeneratorKind::RememberFirst,
                            {{"sequences", 200}, {"delay", 5}, {"classes", 3}}));
    QVERIFY(sequences.figure() == sequences.confusionFigure());
    QVERIFY(sequences.scatterFigure()->isHidden());
    // Nothing of the adding problem's: the untrained network's classes, or none yet.
    if (c.snapshot()->forecasts)
        QVERIFY(
            sequences.confusionFigure()->plottable(0)->name().endsWith(QStringLiteral(", step 0")));
    else
        QCOMPARE(sequences.noteText(), QStringLiteral("No predictions yet: press Play"));
    QVERIFY(accuracy.isVisible());
    train(c, 40);
    QCOMPARE(sequences.classes(), 3);
    const SequencePredictions& classes = *c.snapshot()->forecasts->sequences;
    long long counted = 0;
    for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) {
            QCOMPARE(sequences.confusionCount(a, b), classes.confusion[a][b]);
            counted += sequences.confusionCount(a, b);
        }
    QCOMPARE(counted, c.trainingData()->count(Split::Validation));
    const double right = double(classes.correct()) / double(classes.total());
    QCOMPARE(sequences.confusionFigure()->title(),
             QStringLiteral("Validation: %1 % right\nremember_first (seed 1)")
                 .arg(QLocale().toString(100 * right, 'f', 1)));
    QCOMPARE(sequences.confusionFigure()->plottable(0)->name(),
             QStringLiteral("30 sequences, step %1").arg(c.snapshot()->step));
    const int epochs = int(c.snapshot()->history.epochs.size());
    QVERIFY(epochs >= 2);
    QCOMPARE(accuracy.validationPoints(), epochs);
    const double last = *c.snapshot()->history.epochs.back().validation.accuracy;
    QCOMPARE(accuracy.figure()->graph(0)->data()->at(epochs - 1)->value, 100.0 * last);
    QCOMPARE(shownFigures(dashboard).size(), 3);
    // Export All writes them: the confusion matrix as one CSV row per cell.
    QTemporaryDir dir;
    QStringList written;
    for (const QString& path :
         exportFigures(figuresIn(window), dir.path(), {FigureFormat::Csv}, ExportOptions()))
        written << QFileInfo(path).fileName();
    QVERIFY2(written.contains(QStringLiteral("accuracy-per-epoch.csv")),
             qPrintable(written.join(' ')));
    const QStringList confusion = written.filter(
        QRegularExpression(QStringLiteral("^validation-.*-right-remember-first-seed-1\\.csv$")));
    QCOMPARE(confusion.size(), 1);
    QFile csv(dir.filePath(confusion.first()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("series,predicted class,actual class,count"));
    QCOMPARE(rows.size(), 1 + 9);
    screenshot(window, QStringLiteral("classes"));

    // Back to the sine: the series plot, with the sine.
    switchData(c, DataSource());
    QVERIFY(sequences.isHidden() && accuracy.isHidden());
    QVERIFY(series.isVisible());
    QCOMPARE(series.figure()->title(), QStringLiteral("Predictions: sine"));
    train(c, 10);
    QVERIFY(series.oneStepPoints() > 0);
    QCOMPARE(shownFigures(dashboard), (QStringList{"Loss", "Predictions: sine"}));
}

// Labelled sentences: the confusion matrix names its classes, on the axes and in the CSV. Then a
// character model of a text: 72 classes, of which the matrix shows the 20 most frequent
// characters, by name; the metrics give bits per character beside the accuracy.
void TestTaskViews::classesAreNamedAndACharacterModelShowsItsMostFrequent() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    QVERIFY(window.showView(QStringLiteral("training")));
    SequencePredictionPlot& sequences = *window.dashboard()->sequencePlot();

    DataSource labelled = asKind(c.dataSource(), DataSourceKind::Labelled);
    labelled.labelled.bundled = "sentiment_en";
    switchData(c, labelled);
    train(c, 5);
    QCOMPARE(sequences.shownClasses(), (std::vector<int>{0, 1}));
    auto* ticks =
        dynamic_cast<QCPAxisTickerText*>(sequences.confusionFigure()->xAxis->ticker().data());
    QVERIFY(ticks);
    QCOMPARE(ticks->ticks().values(), (QList<QString>{"neg", "pos"}));
    QTemporaryDir dir;
    const QStringList written = exportFigures({sequences.confusionFigure()}, dir.path(),
                                              {FigureFormat::Csv}, ExportOptions());
    QFile csv(written.value(0));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 4);
    QVERIFY2(rows[1].contains(QStringLiteral(",neg,neg,")), qPrintable(rows[1]));

    DataSource text = asKind(c.dataSource(), DataSourceKind::Text);
    text.text.bundled = "us_constitution";
    switchData(c, text);
    train(c, 10);  // one epoch of 317 windows, batch 32: the metrics have a validation loss
    QVERIFY(c.snapshot()->forecasts->sequences);
    QCOMPARE(c.snapshot()->history.epochs.size(), std::size_t(1));
    const SequencePredictions& p = *c.snapshot()->forecasts->sequences;
    QCOMPARE(p.classes, c.trainingData()->vocabularySize());
    QVERIFY(p.classes > SequencePredictionPlot::kMostShownClasses);
    const std::vector<int>& shown = sequences.shownClasses();
    QCOMPARE(int(shown.size()), SequencePredictionPlot::kMostShownClasses);
    // The most frequent: no class left out occurs more often than one shown.
    const auto actual = [&p](int k) {
        long long n = 0;
        for (long long count : p.confusion[std::size_t(k)]) n += count;
        return n;
    };
    long long rarestShown = std::numeric_limits<long long>::max();
    for (int k : shown) rarestShown = std::min(rarestShown, actual(k));
    for (int k = 0; k < p.classes; ++k)
        if (std::find(shown.begin(), shown.end(), k) == shown.end())
            QVERIFY(actual(k) <= rarestShown);
    const std::vector<std::string> names = c.trainingData()->classNames();
    QVERIFY(std::find(shown.begin(), shown.end(), 1) != shown.end());  // the line end
    QCOMPARE(names[1], std::string("\n"));
    QVERIFY2(sequences.confusionFigure()->title().contains(
                 QStringLiteral("(top 20 of %1)").arg(p.classes)),
             qPrintable(sequences.confusionFigure()->title()));
    const QString error =
        window.dashboard()->metrics()->value(MetricsPanel::Metric::ValidationError);
    const double bits = *c.snapshot()->history.epochs.back().validationLoss / std::log(2.0);
    QVERIFY2(
        error.endsWith(QStringLiteral("%1\u00a0bits/char").arg(QLocale().toString(bits, 'f', 2))),
        qPrintable(error));
}

RNNLAB_TEST_MAIN(TestTaskViews)
}  // namespace RNNLAB_TEST_FILE

#include "tst_training_view_per_task.moc"
