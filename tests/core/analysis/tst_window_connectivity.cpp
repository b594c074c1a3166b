// Connectivity on one validation window (core/analysis/window_connectivity.h): the window read
// is the one asked for, g_t is inputConnectivity of that window's characters up to t̃ with the
// true next character, the window and t̃ are clamped, and a text without validation windows
// gives nothing.
#include "core/analysis/connectivity.h"
#include "core/analysis/window_connectivity.h"
#include "core/data/text_dataset.h"
#include "core/train/network_for_data.h"
#include "core/train/trainer.h"
#include "test_main.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

std::shared_ptr<TextDataset> windowConnectivityText(double validation) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "the cat sat on the mat. ";
    return TextDataset::fromBytes(text, "t.txt", 12, SplitSpec{0.6, validation});
}

std::shared_ptr<Trainer> windowConnectivityTrainer(std::shared_ptr<TextDataset> data) {
    NetworkConfig n;
    n.cell = CellType::Gru;
    n.hiddenSize = 6;
    TrainingSettings s;
    s.batchSize = 4;
    s.seed = 3;
    s.traceEvery = 0;
    auto trainer = trainerForData(n, s, std::move(data));
    for (int i = 0; i < 5; ++i) trainer->step();
    return trainer;
}

}  // namespace

class TestWindowConnectivity : public QObject {
    Q_OBJECT
private slots:
    void windowAndTargetAsAsked() {
        const auto data = windowConnectivityText(0.3);
        const auto trainer = windowConnectivityTrainer(data);
        const NetworkConfig& net = trainer->networkConfig();
        const Parameters<float>& w = trainer->network().parameters();
        const Index T = data->steps();

        const WindowConnectivity c = windowConnectivity(net, w, *data, 1, 5);
        QCOMPARE(c.windowCount, data->count(Split::Validation));
        QCOMPARE(c.window, Index(1));
        QCOMPARE(c.target, Index(5));
        QCOMPARE(c.reading.size(), T);
        const Index start = data->sampleId(Split::Validation, 1);
        for (Index t = 0; t < T; ++t)
            QCOMPARE(c.reading.characters[std::size_t(t)], data->text()[std::size_t(start + t)]);
        const std::vector<int> read(c.reading.symbols.begin(), c.reading.symbols.begin() + 6);
        QCOMPARE(c.g, inputConnectivity(net, w, read, c.reading.targets[5]));
        QCOMPARE(c.g.size(), std::size_t(6));
        for (double g : c.g) QVERIFY(g > 0.0);

        // Past the ends: the last window, its last character.
        const WindowConnectivity last = windowConnectivity(net, w, *data, 10'000, 10'000);
        QCOMPARE(last.window, last.windowCount - 1);
        QCOMPARE(last.target, T - 1);
        QCOMPARE(last.g.size(), std::size_t(T));
        const WindowConnectivity first = windowConnectivity(net, w, *data, -3, -3);
        QCOMPARE(first.window, Index(0));
        QCOMPARE(first.target, Index(0));
        QCOMPARE(first.g.size(), std::size_t(1));
    }

    void noValidationWindows() {
        const auto data = windowConnectivityText(0.0);
        const auto trainer = windowConnectivityTrainer(data);
        const WindowConnectivity c = windowConnectivity(
            trainer->networkConfig(), trainer->network().parameters(), *data, 0, 3);
        QCOMPARE(c.windowCount, Index(0));
        QCOMPARE(c.reading.size(), Index(0));
        QVERIFY(c.g.empty());
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestWindowConnectivity)
}  // namespace RNNLAB_TEST_FILE

#include "tst_window_connectivity.moc"
