// ExperimentController: what needs a new trainer gets one, what can change live does, the
// network follows its data, refused values come back, the newest request wins, and the dirty
// flag tracks edits and training.
#include <QSignalSpy>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/data/windowed_dataset.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::waitUntilIdle;

class TestGuiController : public QObject {
    Q_OBJECT
private slots:
    void startsReadyWithTheDefaultExperiment();
    void networkChangesBuildANewRun();
    void outputModeAndLossReshapeTheData();
    void sequenceTasksFixOutputAndLoss();
    void liveSettingsKeepTheRun();
    void seedOrInitialiserStartANewRun();
    void refusedValuesComeBack();
    void theNewestRequestWins();
    void csvReplacesASequenceTaskWithWindows();
    void shortDataGetsAWindowThatFits();
    void runEndsAtItsEpochs();
    void trainingStepsSayWhenTheyStopShort();

private:
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestGuiController::startsReadyWithTheDefaultExperiment() {
    ExperimentController c;
    QVERIFY(!c.isLoading());
    QCOMPARE(c.network(), ExperimentController::defaultNetwork());
    QCOMPARE(c.settings(), ExperimentController::defaultSettings());
    QVERIFY(c.dataSource().generator.kind == GeneratorKind::Sine);
    QCOMPARE(c.trainingData()->steps(), 20);
    QCOMPARE(c.displayName(), QStringLiteral("Untitled"));
    waitForWorker(c);
    QCOMPARE(c.snapshot()->step, 0);
    QVERIFY(!c.isDirty());
}

void TestGuiController::networkChangesBuildANewRun() {
    ExperimentController c;
    trainAndWait(c, 10);
    QCOMPARE(c.snapshot()->step, 10);
    NetworkConfig n = c.network();
    n.cell = CellType::Gru;
    n.numLayers = 3;
    n.inputSize = 7;  // ignored: the data decides
    QSignalSpy changed(&c, &ExperimentController::networkChanged);
    c.setNetwork(n);
    QVERIFY(c.isLoading());
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.network().cell == CellType::Gru);
    QCOMPARE(c.network().numLayers, 3);
    QCOMPARE(c.network().inputSize, 1);
    QCOMPARE(changed.last()[0].value<NetworkConfig>().numLayers, 3);
    QCOMPARE(c.snapshot()->network, c.network());
    QCOMPARE(c.snapshot()->step, 0);
    QVERIFY(c.isDirty());
}

void TestGuiController::outputModeAndLossReshapeTheData() {
    ExperimentController c;
    NetworkConfig n = c.network();
    n.output = OutputMode::Sequence;
    c.setNetwork(n);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.dataSource().window.mode == WindowMode::ManyToMany);
    QVERIFY(c.trainingData()->perStepTargets());
    QVERIFY(c.network().output == OutputMode::Sequence);

    // A sine is not a set of classes: the data refuses, and the run stays as it was.
    QSignalSpy error(&c, &ExperimentController::dataError);
    n = c.network();
    n.loss = LossKind::CrossEntropy;
    c.setNetwork(n);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(error.count(), 1);
    QVERIFY2(error[0][0].toString().contains(QStringLiteral("class")),
             qPrintable(error[0][0].toString()));
    QVERIFY(c.network().loss == LossKind::Mse);
    QVERIFY(c.dataSource().target == TargetKind::Regression);
}

void TestGuiController::sequenceTasksFixOutputAndLoss() {
    ExperimentController c;
    DataSource s = c.dataSource();
    s.generator.kind = GeneratorKind::RememberFirst;
    s.generator.parameters = {{"classes", 4}, {"sequences", 200}, {"delay", 5}};
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(makesSequences(c.dataSource()));
    QVERIFY(c.network().loss == LossKind::CrossEntropy);
    QCOMPARE(c.network().outputSize, 4);
    QCOMPARE(c.network().inputSize, 4);

    QSignalSpy messages(&c, &ExperimentController::message);
    NetworkConfig n = c.network();
    n.loss = LossKind::Mse;
    c.setNetwork(n);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(messages.value(0).value(0).toString(),
             QStringLiteral("The remember_first (seed 1) task sets the output mode and the loss"));
    QVERIFY(c.network().loss == LossKind::CrossEntropy);
}

void TestGuiController::liveSettingsKeepTheRun() {
    ExperimentController c;
    trainAndWait(c, 12);
    const std::shared_ptr<const TrainingData> data = c.trainingData();
    TrainingSettings s = c.settings();
    s.optimizer.learningRate = 0.002;
    s.clipMaxNorm = 0.5;
    s.batchSize = 8;
    s.epochs = 7;
    s.truncation = 5;
    c.setSettings(s);
    QVERIFY(!c.isLoading());  // no rebuild
    QCOMPARE(c.settings(), s);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 12);
    QCOMPARE(c.snapshot()->settings, s);
    QCOMPARE(c.trainingData(), data);
    QVERIFY(c.isDirty());
}

void TestGuiController::seedOrInitialiserStartANewRun() {
    ExperimentController c;
    trainAndWait(c, 6);
    TrainingSettings s = c.settings();
    s.seed = 42;
    c.setSettings(s);
    QVERIFY(c.isLoading());
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 0);
    QCOMPARE(c.snapshot()->settings.seed, 42u);

    trainAndWait(c, 3);
    s.init.forgetBias = 1.0;
    c.setSettings(s);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->step, 0);
    QCOMPARE(c.snapshot()->settings.init.forgetBias, 1.0);
}

void TestGuiController::refusedValuesComeBack() {
    ExperimentController c;
    QSignalSpy settings(&c, &ExperimentController::settingsChanged);
    QSignalSpy messages(&c, &ExperimentController::message);
    TrainingSettings s = c.settings();
    s.optimizer = OptimizerSettings::forKind(OptimizerKind::Sgd);
    s.optimizer.nesterov = true;  // needs momentum
    c.setSettings(s);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages[0][0].toString().startsWith(QStringLiteral("nesterov momentum requires "
                                                                 "momentum > 0 and dampening 0")),
             qPrintable(messages[0][0].toString()));
    QCOMPARE(settings.count(), 1);
    QCOMPARE(settings[0][0].value<TrainingSettings>(), ExperimentController::defaultSettings());
    QCOMPARE(c.settings(), ExperimentController::defaultSettings());

    QSignalSpy network(&c, &ExperimentController::networkChanged);
    NetworkConfig n = c.network();
    n.hiddenSize = 0;
    c.setNetwork(n);
    QVERIFY(!c.isLoading());
    QCOMPARE(network.count(), 1);
    QCOMPARE(network[0][0].value<NetworkConfig>().hiddenSize, 16);
}

void TestGuiController::theNewestRequestWins() {
    ExperimentController c;
    QSignalSpy data(&c, &ExperimentController::dataChanged);
    DataSource s = c.dataSource();
    s.kind = DataSourceKind::Bundled;
    s.bundled = "sunspots";
    c.setDataSource(s);
    NetworkConfig n = c.network();
    n.hiddenSize = 5;
    c.setNetwork(n);  // while the dataset loads: both changes arrive together
    TrainingSettings t = c.settings();
    t.epochs = 9;
    c.setSettings(t);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(data.count(), 1);
    QCOMPARE(c.trainingDataSource().bundled, std::string("sunspots"));
    QCOMPARE(c.network().hiddenSize, 5);
    QCOMPARE(c.snapshot()->network.hiddenSize, 5);
    QCOMPARE(c.snapshot()->settings.epochs, 9);
}

void TestGuiController::csvReplacesASequenceTaskWithWindows() {
    const QString path = m_dir.filePath(QStringLiteral("levels.csv"));
    QVERIFY(gui_test::writeFile(path, gui_test::datedSeries(200)));
    ExperimentController c;
    DataSource s = c.dataSource();
    s.generator.kind = GeneratorKind::AddingProblem;
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    try {
        openAndWait(c, path);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY(c.trainingDataSource().kind == DataSourceKind::Csv);
    const auto* windows = dynamic_cast<const WindowedDataset*>(c.trainingData().get());
    QVERIFY(windows);
    QCOMPARE(windows->series().labelName, std::string("date"));
    QCOMPARE(windows->series().rows(), 200);
    QVERIFY(c.network().loss == LossKind::Mse);
}

void TestGuiController::shortDataGetsAWindowThatFits() {
    ExperimentController c;
    QSignalSpy messages(&c, &ExperimentController::message);
    DataSource s = c.dataSource();
    // 25 rows: 18 / 3 / 4, too few for 20 steps and the next one; 10 steps leave 8 training
    // windows (WindowedDataset::longestFittingWindow).
    s.generator.parameters = {{"length", 25}};
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingData()->steps(), 10);
    QCOMPARE(c.trainingData()->count(Split::Train), 8);
    QCOMPARE(c.dataSource().window.window, 10);
    QCOMPARE(messages.last().value(0).toString(),
             QStringLiteral("The window is now 10 steps: sine (seed 1) is too short for 20 in "
                            "each part"));

    // A window set by hand stays as set: too long is an error, and the data stays.
    QSignalSpy errors(&c, &ExperimentController::dataError);
    s = c.dataSource();
    s.window.window = 30;
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors[0][0].toString().startsWith(QStringLiteral("window + horizon = 31 rows")),
             qPrintable(errors[0][0].toString()));
    QCOMPARE(c.trainingData()->steps(), 10);
    QCOMPARE(c.dataSource().window.window, 10);
}

void TestGuiController::runEndsAtItsEpochs() {
    ExperimentController c;
    TrainingSettings s = c.settings();
    s.epochs = 2;
    c.setSettings(s);
    c.setSpeedLevel(10);
    QSignalSpy playing(&c, &ExperimentController::playingChanged);
    c.play();
    QVERIFY(c.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!c.isPlaying(), 60000);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.snapshot()->stopReason == StopReason::EpochsDone);
    QCOMPARE(int(c.snapshot()->history.epochs.size()), 2);

    QSignalSpy messages(&c, &ExperimentController::message);
    c.play();
    QVERIFY(!c.isPlaying());
    QCOMPARE(messages.value(0).value(0).toString(),
             QStringLiteral("All 2 epochs are done: raise Epochs to train on, or press Stop to "
                            "start again"));
    // Raising the epochs lets it go on, at a slow pace this time.
    s.epochs = 3;
    c.setSettings(s);
    c.setSpeedLevel(9);
    c.play();
    QTRY_VERIFY_WITH_TIMEOUT(!c.isPlaying(), 60000);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(int(c.snapshot()->history.epochs.size()), 3);
}

// --train-steps beyond the epochs: the run stops at its epoch limit and says so.
void TestGuiController::trainingStepsSayWhenTheyStopShort() {
    ExperimentController c;
    DataSource d = c.dataSource();
    d.generator.parameters = {{"length", 300}};
    c.setDataSource(d);
    TrainingSettings s = c.settings();
    s.epochs = 2;
    c.setSettings(s);
    QVERIFY(waitUntilIdle(c));
    const long long perEpoch = c.trainingData()->batchCount(Split::Train, s.batchSize);
    QCOMPARE(trainAndWait(c, 3), QString());  // within the epochs: nothing to say
    const QString said = trainAndWait(c, 300);
    QCOMPARE(c.snapshot()->step, 2 * perEpoch);
    QCOMPARE(said, QStringLiteral("Trained %1 of the 300 steps asked for: all 2 epochs are done "
                                  "(raise Epochs to train longer)")
                       .arg(2 * perEpoch - 3));
}

RNNLAB_TEST_MAIN(TestGuiController)
}  // namespace RNNLAB_TEST_FILE

#include "tst_experiment_controller.moc"
