// Forecasts in the data's own units against a reference unrolled by hand: a tanh RNN with two
// units and weights chosen below, on 40 rows of 10 + 3 sin(0.5 i), z-scored on the 20 training
// rows, windows of T = 4 predicting the next row.
//   one-step      every window of a split reads true values; its prediction is for the row
//                 after the window
//   closed loop   the T true rows before the split, then each prediction appended as the next
//                 input: row 20 from rows 16..19, row 21 from rows 17..19 and the prediction
//                 for row 20, ...
// The reference repeats the cell's equations in double precision,
//   h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh),  y = W_fc h_T + b_fc,
// and undoes the z-score: value = mean + std * y.
#include <cmath>

#include "test_main.h"
#include "core/train/forecast.h"

Q_DECLARE_METATYPE(rnnlab::OutputMode)
Q_DECLARE_METATYPE(rnnlab::WindowMode)
Q_DECLARE_METATYPE(rnnlab::SplitSpec)

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

constexpr Index kRows = 40, kWindow = 4;
// Exactly representable in float, so the engine's float weights are these numbers.
constexpr double kWih[2] = {0.75, -0.5};
constexpr double kWhh[2][2] = {{0.25, -0.125}, {0.125, 0.375}};
constexpr double kBih[2] = {0.125, -0.0625};
constexpr double kBhh[2] = {0.03125, 0.0625};
constexpr double kWfc[2] = {1.25, -0.75};
constexpr double kBfc = 0.0625;

double rawValue(Index row) {
    return 10.0 + 3.0 * std::sin(0.5 * double(row));
}

struct ZScore {
    double mean = 0.0, std = 0.0;
};

// Population mean and standard deviation of the first `rows` (training) rows.
ZScore trainingZScore(Index rows) {
    ZScore z;
    for (Index r = 0; r < rows; ++r) z.mean += rawValue(r) / double(rows);
    for (Index r = 0; r < rows; ++r)
        z.std += (rawValue(r) - z.mean) * (rawValue(r) - z.mean) / double(rows);
    z.std = std::sqrt(z.std);
    return z;
}

// The network's prediction (normalised) for T normalised inputs, unrolled by hand.
double unrolled(const std::vector<double>& x) {
    double h[2] = {0.0, 0.0};
    for (double x_t : x) {
        double next[2];
        for (int j = 0; j < 2; ++j)
            next[j] = std::tanh(kWih[j] * x_t + kBih[j] + kWhh[j][0] * h[0] + kWhh[j][1] * h[1] +
                                kBhh[j]);
        h[0] = next[0];
        h[1] = next[1];
    }
    return kWfc[0] * h[0] + kWfc[1] * h[1] + kBfc;
}

RecurrentNetwork<float> handNetwork(OutputMode output) {
    NetworkConfig c;
    c.cell = CellType::Rnn;
    c.hiddenSize = 2;
    c.output = output;
    RecurrentNetwork<float> net(c);
    Parameters<float>& p = net.parameters();
    const ParameterLayout& l = p.layout();
    for (int j = 0; j < 2; ++j) {
        p.matrix(l.weightIh(0))(j, 0) = float(kWih[j]);
        for (int k = 0; k < 2; ++k) p.matrix(l.weightHh(0))(j, k) = float(kWhh[j][k]);
        p.vector(l.biasIh(0))(j) = float(kBih[j]);
        p.vector(l.biasHh(0))(j) = float(kBhh[j]);
        p.matrix(l.fcWeight())(0, j) = float(kWfc[j]);
    }
    p.vector(l.fcBias())(0) = float(kBfc);
    return net;
}

WindowedDataset handData(const SplitSpec& split, WindowMode mode) {
    Series s;
    s.names = {"x"};
    s.columns.resize(1);
    for (Index r = 0; r < kRows; ++r) s.columns[0].push_back(rawValue(r));
    s.inputs = {0};
    s.target = 0;
    WindowSpec w;
    w.window = kWindow;
    w.horizon = 1;
    w.mode = mode;
    return WindowedDataset(s, w, split, NormalisationKind::ZScore);
}

bool close(double actual, double expected, double tolerance) {
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

}  // namespace

class TestForecast : public QObject {
    Q_OBJECT
private slots:
    void oneStepForecast_data() {
        QTest::addColumn<OutputMode>("output");
        QTest::addColumn<WindowMode>("mode");
        QTest::addRow("many to one") << OutputMode::Last << WindowMode::ManyToOne;
        // A prediction at every step: the plot takes the last step's, the same number.
        QTest::addRow("many to many") << OutputMode::Sequence << WindowMode::ManyToMany;
    }
    // Many to one: the validation part is rows 20..29, each predicted in turn from the four
    // rows before it (rolling origin). Many to many: every step's target must lie in the part,
    // so the parts get 11 rows (eight windows of four targets): training 0..17, validation
    // 18..28, whose windows start at rows 17..24 and end by predicting rows 21..28.
    void oneStepForecast() {
        QFETCH(OutputMode, output);
        QFETCH(WindowMode, mode);
        const WindowedDataset data = handData(SplitSpec{0.5, 0.25}, mode);
        const bool manyToOne = mode == WindowMode::ManyToOne;
        QCOMPARE(data.partRows(Split::Train), manyToOne ? Index(20) : Index(18));
        const ZScore z = trainingZScore(data.partRows(Split::Train));
        const Forecast f = rnnlab::oneStepForecast(handNetwork(output), data, Split::Validation);
        QCOMPARE(f.rows, manyToOne ? (std::vector<Index>{20, 21, 22, 23, 24, 25, 26, 27, 28, 29})
                                   : (std::vector<Index>{21, 22, 23, 24, 25, 26, 27, 28}));
        for (size_t i = 0; i < f.rows.size(); ++i) {
            std::vector<double> x;
            for (Index t = 0; t < kWindow; ++t)
                x.push_back((rawValue(f.rows[i] - kWindow + t) - z.mean) / z.std);
            const double expected = z.mean + z.std * unrolled(x);
            QVERIFY2(close(f.predicted[i], expected, 1e-6),
                     qPrintable(QString("row %1: %2, expected %3")
                                    .arg(f.rows[i])
                                    .arg(f.predicted[i], 0, 'g', 10)
                                    .arg(expected, 0, 'g', 10)));
            QVERIFY(close(f.actual[i], rawValue(f.rows[i]), 1e-12));
        }
    }

    void closedLoop_data() {
        QTest::addColumn<SplitSpec>("split");
        QTest::addColumn<Index>("start");  // the first forecast row, after the training rows
        QTest::addRow("from the validation part") << SplitSpec{0.5, 0.25} << Index(20);
        // Without a validation part the closed loop starts with the test part.
        QTest::addRow("from the test part") << SplitSpec{0.75, 0.0} << Index(30);
    }
    void closedLoop() {
        QFETCH(SplitSpec, split);
        QFETCH(Index, start);
        const WindowedDataset data = handData(split, WindowMode::ManyToOne);
        const ZScore z = trainingZScore(start);
        const ForecastSet set = computeForecasts(handNetwork(OutputMode::Last), data);
        QVERIFY(set.closedLoop);
        const Forecast& f = *set.closedLoop;
        QCOMPARE(Index(f.rows.size()), kRows - start);

        std::vector<double> inputs;  // normalised: true rows, then the predictions
        for (Index r = start - kWindow; r < start; ++r)
            inputs.push_back((rawValue(r) - z.mean) / z.std);
        for (Index k = 0; k < kRows - start; ++k) {
            const std::vector<double> window(inputs.end() - kWindow, inputs.end());
            const double y = unrolled(window);
            inputs.push_back(y);
            const size_t i = size_t(k);
            QCOMPARE(f.rows[i], start + k);
            QVERIFY(close(f.actual[i], rawValue(start + k), 1e-12));
            QVERIFY2(close(f.predicted[i], z.mean + z.std * y, 1e-5),
                     qPrintable(QString("step %1: %2, expected %3")
                                    .arg(k)
                                    .arg(f.predicted[i], 0, 'g', 10)
                                    .arg(z.mean + z.std * y, 0, 'g', 10)));
        }
        // The loop feeds back its own values: the prediction differs from the one-step one.
        const Forecast oneStep = rnnlab::oneStepForecast(
            handNetwork(OutputMode::Last), data, start == 20 ? Split::Validation : Split::Test);
        QVERIFY(std::abs(f.predicted[size_t(oneStep.rows[1] - start)] - oneStep.predicted[1]) >
                1e-3);
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestForecast)
}  // namespace RNNLAB_TEST_FILE

#include "tst_forecast.moc"
