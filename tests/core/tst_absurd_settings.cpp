// Absurd settings, as a student types them: each is refused with a message that names the
// setting and the rejected value, or handled sensibly; never a crash or a hang. Checked through
// every way in: the network and training settings, the windowing of data, the trainer and the
// command line.
#include <cmath>
#include <limits>

#include "metatypes.h"
#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/windowed_dataset.h"
#include "core/io/experiment_file.h"

Q_DECLARE_METATYPE(rnnlab::TrainingSettings)
Q_DECLARE_METATYPE(rnnlab::WindowSpec)

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

template <typename F>
QString errorOf(F&& f) {
    try {
        f();
    } catch (const std::runtime_error& e) {  // ConfigError, FileError
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("accepted");
}

NetworkConfig gru(int hidden = 4) {
    NetworkConfig c;
    c.cell = CellType::Gru;
    c.hiddenSize = hidden;
    return c;
}

Series ramp(int rows) {
    Series s;
    s.names = {"x"};
    s.columns = {std::vector<double>(std::size_t(rows))};
    for (int r = 0; r < rows; ++r) s.columns[0][std::size_t(r)] = 0.01 * r;
    s.inputs = {0};
    return s;
}

std::shared_ptr<TrainingData> windows(int rows, Index window) {
    WindowSpec w;
    w.window = window;
    return std::make_shared<WindowedDataset>(ramp(rows), w, SplitSpec{}, NormalisationKind::ZScore);
}

struct CliRun {
    int exitCode = -1;
    QString err;
    bool wroteOut = false;  // --out was written
};

// rnnlab-cli train on the sine generator with small defaults; `flags` replace or add options.
CliRun train(const QStringList& flags) {
    QTemporaryDir dir;
    const QStringList defaults{"--generator", "sine",     "--cell", "gru",      "--hidden",
                               "4",           "--window", "10",     "--epochs", "1",
                               "--lr",        "0.01",     "--seed", "1"};
    QStringList args{"train", "--quiet", "--out", dir.filePath("out.rnnlab.json")};
    for (qsizetype i = 0; i < defaults.size(); i += 2)
        if (!flags.contains(defaults[i])) args << defaults[i] << defaults[i + 1];
    QProcess cli;
    cli.start(RNNLAB_CLI_PATH, args + flags);
    if (!cli.waitForFinished(300000)) return {};
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
            QString::fromUtf8(cli.readAllStandardError()),
            QFile::exists(dir.filePath("out.rnnlab.json"))};
}

}  // namespace

class TestAbsurdSettings : public QObject {
    Q_OBJECT
private slots:
    void network_data();
    void network();
    void training_data();
    void training();
    void window_data();
    void window();
    void trainerRefuses_data();
    void trainerRefuses();
    void batchLargerThanTheData();
    void hugeLearningRateDiverges_data();
    void hugeLearningRateDiverges();
    void smallestNetworkTrains();
    void manyEpochsStartAtOnce();
    void commandLine_data();
    void commandLine();
    void commandLineHandlesTheRest();
};

void TestAbsurdSettings::network_data() {
    QTest::addColumn<NetworkConfig>("config");
    QTest::addColumn<QString>("message");
    NetworkConfig c = gru(0);
    QTest::newRow("hidden size 0") << c << "hidden_size must be between 1 and 4096, got 0";
    c = gru(100000);
    QTest::newRow("hidden size 100000")
        << c << "hidden_size must be between 1 and 4096, got 100000";
    c = gru(-5);
    QTest::newRow("hidden size -5") << c << "hidden_size must be between 1 and 4096, got -5";
    c = gru();
    c.numLayers = 0;
    QTest::newRow("no layers") << c << "num_layers must be between 1 and 16, got 0";
    c.numLayers = 1000;
    QTest::newRow("1000 layers") << c << "num_layers must be between 1 and 16, got 1000";
    c = gru();
    c.inputSize = 0;
    QTest::newRow("no inputs") << c << "input_size must be between 1 and 4096, got 0";
    c = gru();
    c.outputSize = 0;
    QTest::newRow("no outputs") << c << "output_size must be between 1 and 4096, got 0";
    c = gru();
    c.nonlinearity = Nonlinearity::Relu;
    QTest::newRow("relu gru")
        << c << "nonlinearity: relu applies only to cell rnn (gru has fixed sigmoid and tanh "
                "activations)";
    c = gru();
    c.loss = LossKind::CrossEntropy;
    QTest::newRow("one class")
        << c << "output_size must be at least 2 (one output per class) for cross_entropy";
    // Each size within its range, together far too many weights to train. Per layer
    // G H (I + H + 2) with G = 4 (LSTM), H = 4096: 67158016 for layer 0 (I = 1), 134250496
    // for each of the 15 others (I = H); the head 4096 + 1.
    c = gru(4096);
    c.cell = CellType::Lstm;
    c.numLayers = 16;
    QTest::newRow("largest lstm")
        << c
        << "hidden_size 4096 with num_layers 16 makes 2080919553 parameters (cell lstm), more "
           "than the 20000000 that fit in memory for training: reduce hidden_size or num_layers";
    // G = 3 (GRU), H = 2048, I = 4096: 3 * 2048 * (4096 + 2048 + 2) + 2049.
    c = gru(2048);
    c.inputSize = 4096;
    QTest::newRow("wide input")
        << c
        << "hidden_size 2048 with num_layers 1 makes 37763073 parameters (cell gru), more than "
           "the 20000000 that fit in memory for training: reduce hidden_size or num_layers";
}

void TestAbsurdSettings::network() {
    QFETCH(NetworkConfig, config);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { validate(config); }), message);
}

void TestAbsurdSettings::training_data() {
    QTest::addColumn<TrainingSettings>("settings");
    QTest::addColumn<QString>("message");
    const double inf = std::numeric_limits<double>::infinity();
    auto with = [](auto change) {
        TrainingSettings s;
        change(s);
        return s;
    };
    QTest::newRow("zero epochs") << with([](auto& s) { s.epochs = 0; })
                                 << "epochs must be between 1 and 1000000, got 0";
    QTest::newRow("negative epochs")
        << with([](auto& s) { s.epochs = -3; }) << "epochs must be between 1 and 1000000, got -3";
    QTest::newRow("learning rate 0") << with([](auto& s) { s.optimizer.learningRate = 0; })
                                     << "learning rate must be positive and finite, got 0";
    QTest::newRow("negative learning rate")
        << with([](auto& s) { s.optimizer.learningRate = -0.1; })
        << "learning rate must be positive and finite, got -0.1";
    QTest::newRow("infinite learning rate")
        << with([&](auto& s) { s.optimizer.learningRate = inf; })
        << "learning rate must be positive and finite, got inf";
    QTest::newRow("NaN learning rate")
        << with([](auto& s) { s.optimizer.learningRate = std::nan(""); })
        << "learning rate must be positive and finite, got nan";
    QTest::newRow("negative clipping") << with([](auto& s) { s.clipMaxNorm = -1; })
                                       << "clip max norm must be positive and finite, got -1";
    QTest::newRow("zero clipping") << with([](auto& s) { s.clipMaxNorm = 0; })
                                   << "clip max norm must be positive and finite, got 0";
    QTest::newRow("batch 0") << with([](auto& s) { s.batchSize = 0; })
                             << "batch size must be between 1 and 65536, got 0";
    QTest::newRow("batch of a million") << with([](auto& s) { s.batchSize = 1000000; })
                                        << "batch size must be between 1 and 65536, got 1000000";
    QTest::newRow("negative truncation")
        << with([](auto& s) { s.truncation = -1; })
        << "truncated BPTT length must be between 0 and 1000000, got -1";
    QTest::newRow("negative trace interval")
        << with([](auto& s) { s.traceEvery = -10; })
        << "trace interval must be between 0 and 1000000000, got -10";
    QTest::newRow("divergence factor below 1")
        << with([](auto& s) { s.divergenceFactor = 0.5; })
        << "divergence factor must be 0 (off) or above 1, got 0.5";
    QTest::newRow("momentum -1") << with([](auto& s) {
        s.optimizer = OptimizerSettings::forKind(OptimizerKind::Sgd);
        s.optimizer.momentum = -1;
    }) << "momentum must be non-negative and finite, got -1";
    QTest::newRow("beta1 = 1") << with([](auto& s) { s.optimizer.beta1 = 1; })
                               << "beta1 must be in [0, 1), got 1";
}

void TestAbsurdSettings::training() {
    QFETCH(TrainingSettings, settings);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { validate(settings); }), message);
}

void TestAbsurdSettings::window_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<WindowSpec>("spec");
    QTest::addColumn<QString>("message");
    auto spec = [](Index window, Index horizon, Index stride,
                   WindowMode mode = WindowMode::ManyToOne) {
        WindowSpec w;
        w.window = window;
        w.horizon = horizon;
        w.stride = stride;
        w.mode = mode;
        return w;
    };
    QTest::newRow("window longer than the data")
        << 200 << spec(500, 1, 1)
        << "window + horizon = 501 rows, but the series has only 200 rows";
    QTest::newRow("horizon beyond the data")
        << 200 << spec(10, 1000, 1)
        << "window + horizon = 1010 rows, but the series has only 200 rows";
    QTest::newRow("window longer than the training part")
        << 200 << spec(150, 1, 1)
        << "the train part (rows 1 to 140, 140 rows) is shorter than window + horizon = 151 rows; "
           "shorten the window or give training a larger fraction";
    QTest::newRow("window longer than the validation part, every step predicted")
        << 200 << spec(60, 1, 1, WindowMode::ManyToMany)
        << "the validation part (rows 141 to 170, 30 rows) is shorter than the window of 60 "
           "steps, whose every step it predicts; shorten the window or give this part a larger "
           "fraction";
    QTest::newRow("window 0") << 200 << spec(0, 1, 1) << "window: must be at least 1 step, got 0";
    QTest::newRow("negative horizon")
        << 200 << spec(10, -1, 1) << "horizon: must be 0 or more, got -1";
    QTest::newRow("stride 0") << 200 << spec(10, 1, 0) << "stride: must be at least 1, got 0";
}

void TestAbsurdSettings::window() {
    QFETCH(int, rows);
    QFETCH(WindowSpec, spec);
    QFETCH(QString, message);
    QCOMPARE(
        errorOf([&] { WindowedDataset(ramp(rows), spec, SplitSpec{}, NormalisationKind::ZScore); }),
        message);
}

void TestAbsurdSettings::trainerRefuses_data() {
    QTest::addColumn<NetworkConfig>("config");
    QTest::addColumn<TrainingSettings>("settings");
    QTest::addColumn<QString>("message");
    TrainingSettings s;
    QTest::newRow("hidden size 100000")
        << gru(100000) << s << "hidden_size must be between 1 and 4096, got 100000";
    NetworkConfig c = gru();
    c.inputSize = 3;
    QTest::newRow("inputs the data lacks")
        << c << s << "the network has input size 3 but the data has 1 input columns";
    s.optimizer.learningRate = 0;
    QTest::newRow("learning rate 0")
        << gru() << s << "learning rate must be positive and finite, got 0";
    s = TrainingSettings{};
    s.epochs = 0;
    QTest::newRow("zero epochs") << gru() << s << "epochs must be between 1 and 1000000, got 0";
}

void TestAbsurdSettings::trainerRefuses() {
    QFETCH(NetworkConfig, config);
    QFETCH(TrainingSettings, settings);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { Trainer(config, settings, windows(200, 10)); }), message);
}

// A batch larger than the training set is the whole set: one step per epoch.
void TestAbsurdSettings::batchLargerThanTheData() {
    TrainingSettings s;
    s.batchSize = kMaxBatchSize;
    s.epochs = 3;
    Trainer t(gru(), s, windows(200, 10));
    int steps = 0;
    while (t.step()) ++steps;
    QCOMPARE(steps, 3);
    QCOMPARE(t.stopReason(), StopReason::EpochsDone);
    QCOMPARE(t.history().epochs.size(), std::size_t(3));
    QVERIFY(std::isfinite(t.history().epochs.back().trainLoss));
}

// A learning rate of 1e9 (or 1e300) is a lesson about divergence: training stops within a few
// steps with the last sound weights restored, whatever the optimizer and clipping.
void TestAbsurdSettings::hugeLearningRateDiverges_data() {
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::addColumn<bool>("clip");
    QTest::newRow("sgd 1e9") << int(OptimizerKind::Sgd) << 1e9 << false;
    QTest::newRow("sgd 1e9 clipped") << int(OptimizerKind::Sgd) << 1e9 << true;
    QTest::newRow("adam 1e9") << int(OptimizerKind::Adam) << 1e9 << true;
    QTest::newRow("rmsprop 1e300") << int(OptimizerKind::RmsProp) << 1e300 << false;
}

void TestAbsurdSettings::hugeLearningRateDiverges() {
    QFETCH(int, optimizer);
    QFETCH(double, lr);
    QFETCH(bool, clip);
    TrainingSettings s;
    s.optimizer = OptimizerSettings::forKind(OptimizerKind(optimizer));
    s.optimizer.learningRate = lr;
    s.clip = clip;
    Trainer t(gru(), s, windows(200, 10));
    for (int i = 0; i < 100 && !t.finished(); ++i) t.step();
    QCOMPARE(t.stopReason(), StopReason::Diverged);
    QVERIFY(t.weights().flat().allFinite());
    QVERIFY(
        QString::fromStdString(t.divergence()->message()).startsWith("Training diverged at step "));
}

void TestAbsurdSettings::smallestNetworkTrains() {
    TrainingSettings s;
    s.epochs = 2;
    s.batchSize = 1;
    s.traceEvery = 1;
    NetworkConfig c = gru(1);
    c.cell = CellType::Rnn;
    Trainer t(c, s, windows(24, 1));
    while (t.step()) {
    }
    QCOMPARE(t.stopReason(), StopReason::EpochsDone);
    QVERIFY(t.latestTrace() != nullptr);
}

// The most epochs allowed cost nothing up front: the run starts, pauses, saves.
void TestAbsurdSettings::manyEpochsStartAtOnce() {
    TrainingSettings s;
    s.epochs = kMaxEpochs;
    Trainer t(gru(), s, windows(200, 10));
    QVERIFY(t.step());
    QCOMPARE(t.stepCount(), 1LL);
    QVERIFY(!t.finished());
}

void TestAbsurdSettings::commandLine_data() {
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString usage = "rnnlab-cli train: ";
    const QString error = "rnnlab-cli train: error: ";
    QTest::newRow("--hidden 0") << QStringList{"--hidden", "0"} << 2
                                << usage + "--hidden must be between 1 and 4096, got 0";
    QTest::newRow("--hidden 100000") << QStringList{"--hidden", "100000"} << 2
                                     << usage + "--hidden must be between 1 and 4096, got 100000";
    QTest::newRow("--layers 16 --hidden 4096")
        << QStringList{"--layers", "16", "--hidden", "4096"} << 1
        << error +
               "hidden_size 4096 with num_layers 16 makes 1560690689 parameters (cell gru), more "
               "than the 20000000 that fit in memory for training: reduce hidden_size or "
               "num_layers";
    QTest::newRow("--epochs 0") << QStringList{"--epochs", "0"} << 2
                                << usage + "--epochs must be between 1 and 1000000, got 0";
    QTest::newRow("--lr 0") << QStringList{"--lr", "0"} << 1
                            << error + "learning rate must be positive and finite, got 0";
    QTest::newRow("--clip -1") << QStringList{"--clip", "-1"} << 1
                               << error + "clip max norm must be positive and finite, got -1";
    QTest::newRow("--batch 0") << QStringList{"--batch", "0"} << 2
                               << usage + "--batch must be between 1 and 65536, got 0";
    QTest::newRow("--window 5000")
        << QStringList{"--window", "5000"} << 1
        << error + "window + horizon = 5001 rows, but the series has only 1000 rows";
    // A combination the experiment reader would refuse is refused before training, not written.
    QTest::newRow("--cell lstm --nonlinearity relu")
        << QStringList{"--cell", "lstm", "--nonlinearity", "relu"} << 2
        << usage +
               "--nonlinearity: relu applies only to cell rnn (lstm has fixed sigmoid and tanh "
               "activations)";
    QTest::newRow("--lr 0.01abc") << QStringList{"--lr", "0.01abc"} << 2
                                  << usage + "--lr: '0.01abc' is not a finite number";
    QTest::newRow("--split 0.7abc,0.15") << QStringList{"--split", "0.7abc,0.15"} << 2
                                         << usage + "--split: '0.7abc' is not a finite number";
    QTest::newRow("--hidden 8.5") << QStringList{"--hidden", "8.5"} << 2
                                  << usage + "--hidden: '8.5' is not a whole number";
    QTest::newRow("--cell lstmx") << QStringList{"--cell", "lstmx"} << 2
                                  << usage + "--cell: unknown cell 'lstmx' (expected rnn, lstm or gru)";
}

void TestAbsurdSettings::commandLine() {
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = train(flags);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err, message + "\n");
    QVERIFY(!run.wroteOut);
}

// Allowed but extreme: a batch larger than the data trains; a huge learning rate diverges,
// says so and still writes the restored weights (exit code 3).
void TestAbsurdSettings::commandLineHandlesTheRest() {
    const CliRun batch = train({"--batch", "5000"});
    QCOMPARE(batch.exitCode, 0);
    QVERIFY2(batch.err.startsWith("trained 1 epochs (1 steps): train loss "),
             qPrintable(batch.err));
    const CliRun lr = train({"--lr", "1e9", "--optimizer", "sgd", "--no-clip"});
    QCOMPARE(lr.exitCode, 3);
    QVERIFY2(lr.err.startsWith("Training diverged at step "), qPrintable(lr.err));
}

RNNLAB_TEST_APPLESS_MAIN(TestAbsurdSettings)
}  // namespace RNNLAB_TEST_FILE

#include "tst_absurd_settings.moc"
