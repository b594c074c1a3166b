// `rnnlab --bench-ui` (ui/headless/ui_benchmark.h): percentiles by nearest rank, and a short run
// on a window with the explorer and the gradient lab as tabs that measures every view and every
// page. Timings are never asserted, only that they were taken.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <cmath>

#include "test_main.h"
#include "settings_sandbox.h"
#include "ui/explorer/explorer_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/window/lab_window.h"
#include "ui/headless/train_benchmark.h"
#include "ui/headless/ui_benchmark.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

bool finite(const Percentiles& p) {
    return std::isfinite(p.p50) && std::isfinite(p.p90) && std::isfinite(p.p99) &&
           std::isfinite(p.max) && p.p50 <= p.p90 && p.p90 <= p.p99 && p.p99 <= p.max;
}

// The explorer and the gradient lab fed by the controller, as LabWindow will hold them.
}  // namespace

class TestUiBenchmark : public QObject {
    Q_OBJECT
private slots:
    void percentilesByNearestRank_data() {
        QTest::addColumn<std::vector<double>>("sample");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p90");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("max");
        QTest::newRow("one") << std::vector<double>{4} << 4.0 << 4.0 << 4.0 << 4.0;
        // 1..10 shuffled: the 5th, 9th and 10th values.
        QTest::newRow("ten") << std::vector<double>{7, 3, 10, 1, 9, 2, 8, 5, 4, 6} << 5.0 << 9.0
                             << 10.0 << 10.0;
        // 200 values 0.5, 1.0, ... 100: ranks 100, 180 and 198.
        std::vector<double> many;
        for (int i = 200; i >= 1; --i) many.push_back(0.5 * i);
        QTest::newRow("two hundred") << many << 50.0 << 90.0 << 99.0 << 100.0;
    }
    void percentilesByNearestRank() {
        QFETCH(std::vector<double>, sample);
        const Percentiles p = Percentiles::of(sample);
        QCOMPARE(p.count, int(sample.size()));
        QTEST(p.p50, "p50");
        QTEST(p.p90, "p90");
        QTEST(p.p99, "p99");
        QTEST(p.max, "max");
    }

    void emptySampleIsZero() {
        const Percentiles p = Percentiles::of({});
        QCOMPARE(p.count, 0);
        QCOMPARE(p.max, 0.0);
    }

    void measuresEveryViewAndPage() {
        SettingsSandbox sandbox;
        LabWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        UiBenchmarkOptions options;
        options.hiddenSize = 8;
        options.window = 30;
        options.framesPerView = 2;
        options.latencyMsPerView = 50;
        const UiBenchmarkReport report = measureUi(window, options);

        QCOMPARE(report.network, QStringLiteral("lstm H=8 L=2 T=30 B=32"));
        QCOMPARE(window.controller().network().hiddenSize, 8);
        QVERIFY(!window.controller().isPlaying());
        QVERIFY(report.trainingSteps > 0);

        // Every tab is measured; the gradient lab once per page.
        QStringList measured;
        for (const ViewFrames& v : report.frames) {
            measured << v.view;
            QCOMPARE(v.frameMs.count, options.framesPerView);
            QVERIFY2(finite(v.frameMs) && finite(v.frameCpuMs) && finite(v.repaintMs),
                     qPrintable(v.view));
            QVERIFY(v.repaintMs.max <= v.frameMs.max);
        }
        for (const QString& view : window.viewNames()) {
            QVERIFY2(!measured.filter(QRegularExpression(QStringLiteral("^") + view + "( /|$)"))
                          .isEmpty(),
                     qPrintable(view));
        }
        for (const char* page : {"Through time", "Jacobians", "Norms & clipping", "Gradient check"})
            QVERIFY2(measured.contains(QStringLiteral("Gradients / ") + page), page);
        // A figure is named exactly when one was replotted (whether a snapshot brings new steps
        // depends on the machine's speed); the gradient check page has no figures at all.
        for (const ViewFrames& v : report.frames)
            QCOMPARE(v.slowestFigure.isEmpty(), v.figures == 0);
        const auto check = std::find_if(
            report.frames.begin(), report.frames.end(),
            [](const ViewFrames& v) { return v.view == "Gradients / Gradient check"; });
        QVERIFY(check != report.frames.end());
        QCOMPARE(check->figures, 0);

        QCOMPARE(report.latency.size(), report.frames.size());
        int samples = 0;
        for (const ViewLatency& v : report.latency) {
            QVERIFY2(v.lateMs.count > 0 && finite(v.lateMs), qPrintable(v.view));
            samples += v.lateMs.count;
        }
        QCOMPARE(report.allLatencyMs.count, samples);
        QVERIFY(finite(report.allLatencyMs));

        const QString text = formatReport(report);
        for (const QString& view : measured) QVERIFY2(text.contains(view), qPrintable(view));
        QVERIFY(text.contains("all views"));
    }

    // --bench-ui's training line: the window's rate and the engine's for the same network.
    void comparesTheWindowsTrainingWithTheEngines() {
        SettingsSandbox sandbox;
        LabWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        UiBenchmarkOptions options;
        options.hiddenSize = 6;
        options.layers = 1;
        options.window = 12;
        options.trainingSteps = 10;
        UiBenchmarkReport report;
        report.training = compareTraining(window, options);
        QCOMPARE(window.controller().network().hiddenSize, 6);
        QCOMPARE(window.controller().trainingDataSource().window.window, 12);
        QVERIFY(!window.controller().isPlaying());
        QCOMPARE(report.training.steps, 10);
        QVERIFY(report.training.windowStepsPerSecond > 0);
        QVERIFY(report.training.engineStepsPerSecond > 0);
        const QString line = formatReport(report).trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(line.startsWith("training, 10 steps each: the window (every view live) "),
                 qPrintable(line));
        QVERIFY2(line.contains(QString::number(report.training.engineStepsPerSecond, 'f', 2) +
                               " steps/s"),
                 qPrintable(line));
    }

    // --bench-train: the window trains the asked network on the asked windows and batches, the
    // steps asked for at least, and the JSON line has bench's keys.
    void trainBenchmarkTrainsTheAskedNetwork() {
        SettingsSandbox sandbox;
        LabWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        TrainBenchmarkOptions options;
        options.cell = CellType::Gru;
        options.hiddenSize = 6;
        options.layers = 2;
        options.seq = 12;
        options.batch = 8;
        options.steps = 40;
        const TrainBenchmarkResult r = measureTraining(window, options);
        ExperimentController& c = window.controller();
        QVERIFY(c.network().cell == CellType::Gru);
        QCOMPARE(c.network().hiddenSize, 6);
        QCOMPARE(c.network().numLayers, 2);
        QCOMPARE(c.trainingDataSource().window.window, 12);
        QCOMPARE(c.settings().batchSize, 8);
        QVERIFY(!c.isPlaying());
        QVERIFY(r.steps >= 40);
        QVERIFY(r.seconds > 0 && r.cpuSecondsPerStep > 0);

        const QJsonObject json =
            QJsonDocument::fromJson(trainBenchmarkJson(options, r).toUtf8()).object();
        QCOMPARE(json.value("impl").toString(), QStringLiteral("rnnlab-window"));
        QCOMPARE(json.value("cell").toString(), QStringLiteral("gru"));
        QCOMPARE(json.value("hidden").toInt(), 6);
        QCOMPARE(json.value("layers").toInt(), 2);
        QCOMPARE(json.value("seq").toInt(), 12);
        QCOMPARE(json.value("batch").toInt(), 8);
        QCOMPARE(json.value("steps").toInteger(), r.steps);
        const double rate = double(r.steps) / r.seconds;  // printed to 6 significant digits
        QVERIFY(std::abs(json.value("steps_per_s").toDouble() - rate) <= 1e-5 * rate);
    }
};

RNNLAB_TEST_MAIN(TestUiBenchmark)
}  // namespace RNNLAB_TEST_FILE

#include "tst_ui_benchmark.moc"
