// The baselines beside the network (core/train/baselines.h) and the free-running error
// (core/train/forecast.h), with values worked out by hand on a small series; the season from
// the labels or the data; and the free-running error recorded at every epoch.
#include <cmath>

#include "test_main.h"
#include "core/analysis/analysis_schedule.h"
#include "core/data/generators.h"
#include "core/train/baselines.h"
#include "core/train/data_source.h"
#include "core/train/forecast.h"
#include "core/train/trainer.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestBaselines : public QObject {
    Q_OBJECT
private slots:
    void handWorked();
    void seasonFromTheLabels();
    void seasonsBackForALongHorizon();
    void seasonDetected();
    void noSeason();
    void noBaselinesForClasses();
    void predictionsForThePlot();
    void freeRunningErrorAtItsEpochs();
};

namespace {

// y = 1, 2, 4, 7, 11, 16, 22, 29, 37, 46 (each step one more than the last), labelled as
// quarters when asked.
Series quadratic(bool quarters) {
    Series s;
    s.names = {"y"};
    s.columns = {{1, 2, 4, 7, 11, 16, 22, 29, 37, 46}};
    s.inputs = {0};
    s.target = 0;
    if (quarters) {
        s.labelName = "quarter";
        for (int r = 0; r < 10; ++r)
            s.labels.push_back(std::to_string(2000 + r / 4) + "Q" + std::to_string(r % 4 + 1));
    }
    return s;
}

WindowSpec window(Index T, Index horizon) {
    WindowSpec w;
    w.window = T;
    w.horizon = horizon;
    return w;
}

// 6 / 2 / 2 rows: validation predicts rows 6, 7 and test rows 8, 9 (too short to be enlarged).
WindowedDataset data(bool quarters, Index horizon = 1) {
    return WindowedDataset(quadratic(quarters), window(2, horizon), SplitSpec{0.6, 0.2},
                           NormalisationKind::ZScore);
}

}  // namespace

void TestBaselines::handWorked() {
    const std::optional<Baselines> b = computeBaselines(data(false));
    QVERIFY(b.has_value());
    // Persistence: validation 16 -> 22 and 22 -> 29, test 29 -> 37 and 37 -> 46.
    QCOMPARE(b->persistence.validation.count, 2LL);
    QCOMPARE(b->persistence.validation.rmse, std::sqrt((36.0 + 49.0) / 2));
    QCOMPARE(b->persistence.validation.mae, 6.5);
    QCOMPARE(b->persistence.test.rmse, std::sqrt((64.0 + 81.0) / 2));
    // The training mean, (1 + 2 + 4 + 7 + 11 + 16) / 6, in the data's units (z-scored inside).
    QVERIFY(std::abs(b->trainingMean - 41.0 / 6) < 1e-12);
    const double m = 41.0 / 6;
    QVERIFY(std::abs(b->mean.validation.rmse -
                     std::sqrt((std::pow(22 - m, 2) + std::pow(29 - m, 2)) / 2)) < 1e-9);
    QVERIFY(std::abs(b->mean.test.mae - ((37 - m) + (46 - m)) / 2) < 1e-9);
    // Without labels and with 6 training rows, no season.
    QCOMPARE(b->period, Index(0));
    QVERIFY(!b->seasonal.has_value());
    QVERIFY(b->errors(BaselineKind::Seasonal) == nullptr);
}

// Quarterly labels: the season is 4 rows; row 6 is predicted by row 2, row 7 by row 3.
void TestBaselines::seasonFromTheLabels() {
    const std::optional<Baselines> b = computeBaselines(data(true));
    QCOMPARE(b->period, Index(4));
    QCOMPARE(b->periodReason.english(), std::string("quarterly labels"));
    QVERIFY(b->seasonal.has_value());
    QCOMPARE(b->seasonal->validation.rmse, std::sqrt((18.0 * 18.0 + 22.0 * 22.0) / 2));
    QCOMPARE(b->seasonal->test.mae, ((37.0 - 11.0) + (46.0 - 16.0)) / 2);
}

// Horizon 5 with a season of 4: the value two seasons back is the latest one known.
void TestBaselines::seasonsBackForALongHorizon() {
    Series s = quadratic(true);
    for (int r = 10; r < 30; ++r) {
        s.columns[0].push_back(double(r * r));
        s.labels.push_back(std::to_string(2000 + r / 4) + "Q" + std::to_string(r % 4 + 1));
    }
    const WindowedDataset d(s, window(2, 5), SplitSpec{0.6, 0.2}, NormalisationKind::None);
    const std::optional<Baselines> b = computeBaselines(d);
    QCOMPARE(b->period, Index(4));
    const Forecast seasonal = baselineForecast(d, *b, BaselineKind::Seasonal, Split::Validation);
    const Forecast persistence =
        baselineForecast(d, *b, BaselineKind::Persistence, Split::Validation);
    for (std::size_t i = 0; i < seasonal.rows.size(); ++i) {
        const Index r = seasonal.rows[i];
        QCOMPARE(seasonal.predicted[i], s.columns[0][std::size_t(r - 8)]);
        QCOMPARE(persistence.predicted[i], s.columns[0][std::size_t(r - 5)]);
    }
}

// A sine of period 12 without labels: the autocorrelation peaks at lag 12.
void TestBaselines::seasonDetected() {
    GeneratorSpec g;
    g.kind = GeneratorKind::Sine;
    g.parameters = {{"length", 240}, {"period", 12}, {"noise", 0.1}};
    const WindowedDataset d(generateSeries(g), window(10, 1), SplitSpec{},
                            NormalisationKind::ZScore);
    const std::optional<Baselines> b = computeBaselines(d);
    QCOMPARE(b->period, Index(12));
    QVERIFY2(b->periodReason.english().rfind("autocorrelation 0.", 0) == 0,
             b->periodReason.english().c_str());
    QVERIFY(b->periodReason.english().find("at lag 12") != std::string::npos);
    // A season that repeats exactly beats "next = last" on a sine.
    QVERIFY(b->seasonal->validation.rmse < b->persistence.validation.rmse);
}

// A trend, and the Nile's flow (no cycle): no seasonal baseline.
void TestBaselines::noSeason() {
    Series trend = quadratic(false);
    for (int r = 10; r < 100; ++r) trend.columns[0].push_back(r + 0.1 * std::sin(r * r));
    const WindowedDataset d(trend, window(5, 1), SplitSpec{}, NormalisationKind::ZScore);
    QCOMPARE(computeBaselines(d)->period, Index(0));
    DataSource nile;
    nile.kind = DataSourceKind::Bundled;
    nile.bundled = "nile";
    QCOMPARE(computeBaselines(*buildTrainingData(nile))->period, Index(0));
    // Sunspots: the 11-year cycle.
    DataSource sunspots = nile;
    sunspots.bundled = "sunspots";
    QCOMPARE(computeBaselines(*buildTrainingData(sunspots))->period, Index(11));
}

void TestBaselines::noBaselinesForClasses() {
    Series s = quadratic(false);
    for (double& v : s.columns[0]) v = double(int(v) % 3);
    const WindowedDataset d(s, window(2, 0), SplitSpec{0.6, 0.2}, NormalisationKind::None,
                            TargetKind::Classification);
    QVERIFY(!computeBaselines(d).has_value());
    DataSource adding;
    adding.generator.kind = GeneratorKind::AddingProblem;
    adding.generator.parameters = {{"sequences", 50}, {"length", 5}};
    QVERIFY(!computeBaselines(*buildTrainingData(adding)).has_value());
}

// The dashed lines of the prediction plot: one point per validation and test window.
void TestBaselines::predictionsForThePlot() {
    const WindowedDataset d = data(true);
    const Baselines b = *computeBaselines(d);
    const Forecast p = baselineForecast(d, b, BaselineKind::Persistence, Split::Test);
    QCOMPARE(p.rows, (std::vector<Index>{8, 9}));
    QCOMPARE(p.predicted, (std::vector<double>{29, 37}));
    QCOMPARE(p.actual, (std::vector<double>{37, 46}));
    const Forecast mean = baselineForecast(d, b, BaselineKind::Mean, Split::Validation);
    QCOMPARE(mean.predicted.size(), std::size_t(2));
    QVERIFY(std::abs(mean.predicted[0] - 41.0 / 6) < 1e-12);
    const ForecastSet set = [&] {
        NetworkConfig n;
        n.cell = CellType::Gru;
        n.hiddenSize = 3;
        const Trainer t(n, TrainingSettings(), std::make_shared<WindowedDataset>(d));
        return computeForecasts(t.network(), t.data());
    }();
    QVERIFY(set.baselines != nullptr);
    QCOMPARE(set.persistence->rows, (std::vector<Index>{6, 7, 8, 9}));
    QCOMPARE(set.seasonal->predicted, (std::vector<double>{4, 7, 11, 16}));
}

// The epochs of the schedule (analysis_schedule.h: the first and every k-th after it) record the
// closed-loop RMSE over the validation and the test rows, as computed here from the free-running
// forecast itself; the others none.
void TestBaselines::freeRunningErrorAtItsEpochs() {
    DataSource source;
    source.generator.parameters = {{"length", 200}};
    source.window.window = 8;
    NetworkConfig n;
    n.cell = CellType::Lstm;
    n.hiddenSize = 4;
    TrainingSettings settings;
    auto d = std::shared_ptr<TrainingData>(buildTrainingData(source));
    const int every = freeRunningEvery(n, d->steps(), settings.batchSize, d->count(Split::Train),
                                       freeRunningRows(*d));
    QVERIFY(every > 1);           // the case of interest: epochs without
    settings.epochs = every + 1;  // the last one records
    Trainer t(n, settings, d);
    while (t.step()) {
    }
    const EpochRecord& e = t.history().epochs.back();
    const auto& w = dynamic_cast<const WindowedDataset&>(t.data());
    const Index start = w.partBegin(Split::Validation);
    const Forecast f =
        closedLoopForecast(t.network(), w, Split::Validation, w.series().rows() - start);
    double validation = 0.0, test = 0.0;
    for (std::size_t i = 0; i < f.rows.size(); ++i) {
        const double sq = std::pow(f.predicted[i] - f.actual[i], 2);
        (f.rows[i] < w.partBegin(Split::Test) ? validation : test) += sq;
    }
    const double nv = double(w.partRows(Split::Validation)), nt = double(w.partRows(Split::Test));
    QCOMPARE(e.validationFreeRunning.count, static_cast<long long>(nv));
    QCOMPARE(e.testFreeRunning.count, static_cast<long long>(nt));
    QVERIFY(std::abs(e.validationFreeRunning.rmse - std::sqrt(validation / nv)) < 1e-12);
    QVERIFY(std::abs(e.testFreeRunning.rmse - std::sqrt(test / nt)) < 1e-12);
    for (const EpochRecord& r : t.history().epochs) {
        const bool scheduled = r.epoch % every == 0;
        QCOMPARE(r.validationFreeRunning.count, scheduled ? static_cast<long long>(nv) : 0LL);
        QCOMPARE(r.testFreeRunning.count, scheduled ? static_cast<long long>(nt) : 0LL);
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestBaselines)
}  // namespace RNNLAB_TEST_FILE

#include "tst_baselines.moc"
