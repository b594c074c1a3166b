// Windows, chronological splits and batches, checked on a series whose values are their row
// numbers, so every window's contents can be read off by hand. Validation and test windows are
// placed by their targets (rolling origin), and short parts get the minimum of windows.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/data/windowed_dataset.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestWindowedDataset : public QObject {
    Q_OBJECT
private slots:
    void splitSizes_data();
    void splitSizes();
    void windowCounts_data();
    void windowCounts();
    void windowsStayInsideTheirPart();
    void everyHeldOutRowIsPredicted();
    void minimumOfEvaluationWindows();
    void tooShortToEvaluate();
    void longestFittingWindow();
    void manyToOneContents();
    void manyToManyContents();
    void batchLayoutIsTimeMajor();
    void floatBatch();
    void normalisationFittedOnTrainingPart();
    void batchOfFollowsTheIdList();
    void classification();
    void errors_data();
    void errors();
};

// Row r: a = r, b = 10 r. Inputs a and b, target a.
static Series rows(Index n) {
    Series s;
    s.names = {"a", "b"};
    s.columns.assign(2, {});
    for (Index r = 0; r < n; ++r) {
        s.columns[0].push_back(double(r));
        s.columns[1].push_back(10.0 * double(r));
    }
    s.inputs = {0, 1};
    s.target = 0;
    return s;
}

static WindowSpec spec(Index window, Index horizon, Index stride,
                       WindowMode mode = WindowMode::ManyToOne) {
    WindowSpec w;
    w.window = window;
    w.horizon = horizon;
    w.stride = stride;
    w.mode = mode;
    return w;
}

void TestWindowedDataset::splitSizes_data() {
    QTest::addColumn<double>("train");
    QTest::addColumn<double>("validation");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("trainRows");
    QTest::addColumn<int>("validationRows");
    QTest::addColumn<int>("testRows");
    QTest::newRow("70/15/15 of 100") << 0.7 << 0.15 << 100 << 70 << 15 << 15;
    QTest::newRow("rounded") << 0.8 << 0.1 << 7 << 6 << 0 << 1;
    QTest::newRow("all training") << 1.0 << 0.0 << 9 << 9 << 0 << 0;
    QTest::newRow("no test") << 0.6 << 0.4 << 10 << 6 << 4 << 0;
}

void TestWindowedDataset::splitSizes() {
    QFETCH(double, train);
    QFETCH(double, validation);
    QFETCH(int, n);
    QFETCH(int, trainRows);
    QFETCH(int, validationRows);
    QFETCH(int, testRows);
    const auto sizes = rnnlab::splitSizes(SplitSpec{train, validation}, n);
    QCOMPARE(sizes[0], Index(trainRows));
    QCOMPARE(sizes[1], Index(validationRows));
    QCOMPARE(sizes[2], Index(testRows));
}

void TestWindowedDataset::windowCounts_data() {
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("validation");
    QTest::addColumn<int>("test");
    // 20 rows split 10 / 5 / 5. A training window needs T + k rows of its part; a validation
    // or test window needs one row of its part, its target.
    QTest::newRow("T3 k1") << 3 << 1 << 1 << 7 << 5 << 5;
    QTest::newRow("T3 k0") << 3 << 0 << 1 << 8 << 5 << 5;
    QTest::newRow("T3 k1 stride 2") << 3 << 1 << 2 << 4 << 3 << 3;
    QTest::newRow("T4 k1") << 4 << 1 << 1 << 6 << 5 << 5;
    QTest::newRow("T1 k1") << 1 << 1 << 1 << 9 << 5 << 5;
    QTest::newRow("T2 k3 stride 3") << 2 << 3 << 3 << 2 << 2 << 2;
    QTest::newRow("T10 k0: one training window") << 10 << 0 << 1 << 1 << 5 << 5;
}

void TestWindowedDataset::windowCounts() {
    QFETCH(int, window);
    QFETCH(int, horizon);
    QFETCH(int, stride);
    QFETCH(int, train);
    QFETCH(int, validation);
    QFETCH(int, test);
    const WindowedDataset d(rows(20), spec(window, horizon, stride), SplitSpec{0.5, 0.25},
                            NormalisationKind::None);
    QCOMPARE(d.count(Split::Train), Index(train));
    QCOMPARE(d.count(Split::Validation), Index(validation));
    QCOMPARE(d.count(Split::Test), Index(test));
    QCOMPARE(WindowedDataset::windowsIn(10, spec(window, horizon, stride)), Index(train));
    // Training windows start at the part's first row, a held-out part's windows predict from
    // its first row on; `stride` rows apart.
    for (Split part : {Split::Train, Split::Validation, Split::Test})
        for (Index i = 0; i < d.count(part); ++i) {
            const Index start = d.sampleId(part, i);
            QCOMPARE(part == Split::Train ? start : d.targetRow(start),
                     d.partBegin(part) + i * stride);
        }
}

void TestWindowedDataset::windowsStayInsideTheirPart() {
    const WindowSpec w = spec(3, 2, 1);
    const WindowedDataset d(rows(40), w, SplitSpec{0.5, 0.25}, NormalisationKind::None);
    // Training windows start at the part's first row and end inside it: no training window
    // sees a validation or test row.
    QCOMPARE(d.sampleId(Split::Train, 0), Index(0));
    const Index trainEnd = d.partRows(Split::Train);
    for (Index i = 0; i < d.count(Split::Train); ++i)
        QVERIFY(d.targetRow(d.sampleId(Split::Train, i)) < trainEnd);
    QCOMPARE(d.targetRow(d.sampleId(Split::Train, d.count(Split::Train) - 1)), trainEnd - 1);
    QCOMPARE(d.partBegin(Split::Validation), Index(20));
    QCOMPARE(d.partBegin(Split::Test), Index(30));
}

// Rolling origin: each validation and test row is the target of exactly one window, which
// reads the true rows just before it (reaching back into the earlier part).
void TestWindowedDataset::everyHeldOutRowIsPredicted() {
    const WindowSpec w = spec(3, 2, 1);
    const WindowedDataset d(rows(40), w, SplitSpec{0.5, 0.25}, NormalisationKind::None);
    for (Split part : {Split::Validation, Split::Test}) {
        const Index begin = d.partBegin(part);
        QCOMPARE(d.count(part), d.partRows(part));
        for (Index i = 0; i < d.count(part); ++i)
            QCOMPARE(d.targetRow(d.sampleId(part, i)), begin + i);
    }
    QCOMPARE(d.sampleId(Split::Validation, 0), Index(16));  // reads 16, 17, 18; predicts 20
    // Many-to-many: every target of a window in the part, the inputs k rows before.
    const WindowedDataset m(rows(40), spec(3, 1, 1, WindowMode::ManyToMany), SplitSpec{0.5, 0.25},
                            NormalisationKind::None);
    QCOMPARE(m.sampleId(Split::Validation, 0), Index(19));  // targets 20, 21, 22
    QCOMPARE(m.count(Split::Validation), Index(8));         // last targets 27, 28, 29
}

// 100 rows at 90 / 5 / 5: the 5-row parts get 8 rows, taken from training.
void TestWindowedDataset::minimumOfEvaluationWindows() {
    const WindowedDataset d(rows(100), spec(5, 1, 1), SplitSpec{0.9, 0.05},
                            NormalisationKind::None);
    QCOMPARE(d.partRows(Split::Train), Index(84));
    QCOMPARE(d.partRows(Split::Validation), Index(8));
    QCOMPARE(d.partRows(Split::Test), Index(8));
    QCOMPARE(d.count(Split::Validation), kMinEvaluationSamples);
    QCOMPARE(d.splitNote().english(),
             std::string("the validation and test parts were given at least 8 windows each, "
                         "the fewest for a meaningful error"));
    QCOMPARE(evaluationWarning(d).english(), std::string());
    // Parts that have enough keep the fractions.
    const WindowedDataset enough(rows(100), spec(5, 1, 1), SplitSpec{0.7, 0.15},
                                 NormalisationKind::None);
    QCOMPARE(enough.partRows(Split::Validation), Index(15));
    QVERIFY(enough.splitNote().empty());
}

// 25 rows, window 8: training cannot spare the rows, so the errors are flagged.
void TestWindowedDataset::tooShortToEvaluate() {
    const WindowedDataset d(rows(25), spec(8, 1, 1), SplitSpec{0.7, 0.15}, NormalisationKind::None);
    QCOMPARE(d.count(Split::Validation), Index(3));
    QCOMPARE(d.count(Split::Test), Index(4));
    QVERIFY(d.splitNote().empty());
    QCOMPARE(evaluationWarning(d).english(),
             std::string("validation: 3 windows, test: 4 windows \u2014 not meaningful (at least "
                         "8 are needed: a shorter window or a longer series)"));
    const WindowedDataset one(rows(20), spec(3, 1, 1), SplitSpec{0.9, 0.05},
                              NormalisationKind::None);
    QCOMPARE(evaluationWarning(one).english(),
             std::string("validation: 1 window, test: 1 window \u2014 not meaningful (at least "
                         "8 are needed: a shorter window or a longer series)"));
}

void TestWindowedDataset::longestFittingWindow() {
    // 25 rows at 70 / 15 / 15 (18 / 3 / 4 rows): no window leaves 8 in every part; 10 is the
    // longest that leaves 8 training windows.
    QCOMPARE(WindowedDataset::longestFittingWindow(25, spec(20, 1, 1), SplitSpec{0.7, 0.15}),
             std::optional<Index>(10));
    // A window that fits stays.
    QCOMPARE(WindowedDataset::longestFittingWindow(25, spec(17, 1, 1), SplitSpec{0.7, 0.15}),
             std::optional<Index>());
    // 100 rows, window 90: 62 leaves 8 windows in every part (70 - 63 + 1 to train).
    const std::optional<Index> t =
        WindowedDataset::longestFittingWindow(100, spec(90, 1, 1), SplitSpec{0.7, 0.15});
    QCOMPARE(t, std::optional<Index>(62));
    const WindowedDataset d(rows(100), spec(*t, 1, 1), SplitSpec{0.7, 0.15},
                            NormalisationKind::None);
    QCOMPARE(d.count(Split::Train), Index(8));
}

void TestWindowedDataset::manyToOneContents() {
    // T = 3, k = 2: the window starting at s sees rows s, s+1, s+2 and predicts row s+4.
    const WindowedDataset d(rows(20), spec(3, 2, 1), SplitSpec{0.5, 0.25}, NormalisationKind::None);
    Matrix<double> x, y;
    const Index last = d.count(Split::Train) - 1;  // starts at row 5: sees 5, 6, 7 -> row 9
    d.batch(Split::Train, last, 1, x, y);
    QCOMPARE(x.rows(), Index(3));
    QCOMPARE(x(0, 0), 5.0);
    QCOMPARE(x(2, 0), 7.0);
    QCOMPARE(x(2, 1), 70.0);
    QCOMPARE(y.rows(), Index(1));
    QCOMPARE(y(0, 0), 9.0);
    d.batch(Split::Test, 0, 1, x, y);  // the test part starts at row 15: its first target
    QCOMPARE(x(0, 0), 11.0);
    QCOMPARE(x(2, 0), 13.0);
    QCOMPARE(y(0, 0), 15.0);
}

void TestWindowedDataset::manyToManyContents() {
    // T = 3, k = 1, every step: inputs s, s+1, s+2; targets s+1, s+2, s+3.
    const WindowedDataset d(rows(20), spec(3, 1, 1, WindowMode::ManyToMany), SplitSpec{0.5, 0.25},
                            NormalisationKind::None);
    QVERIFY(d.perStepTargets());
    Matrix<double> x, y;
    d.batch(Split::Validation, 1, 1, x, y);  // validation starts at 10: window 1 starts at 10
    QCOMPARE(y.rows(), Index(3));
    for (Index t = 0; t < 3; ++t) {
        QCOMPARE(x(t, 0), double(10 + t));
        QCOMPARE(y(t, 0), double(11 + t));
    }
}

void TestWindowedDataset::batchLayoutIsTimeMajor() {
    const WindowedDataset d(rows(20), spec(3, 1, 1), SplitSpec{0.5, 0.25}, NormalisationKind::None);
    Matrix<double> x, y;
    d.batch(Split::Train, 2, 2, x, y);  // windows starting at rows 2 and 3
    QCOMPARE(x.rows(), Index(6));       // (T*B, I)
    QCOMPARE(x.cols(), Index(2));
    // row t*B + b = window b at step t
    const double expected[6] = {2, 3, 3, 4, 4, 5};
    for (Index r = 0; r < 6; ++r) {
        QCOMPARE(x(r, 0), expected[r]);
        QCOMPARE(x(r, 1), 10.0 * expected[r]);
    }
    QCOMPARE(y.rows(), Index(2));  // (B, O)
    QCOMPARE(y(0, 0), 5.0);
    QCOMPARE(y(1, 0), 6.0);

    const WindowedDataset m(rows(20), spec(3, 1, 1, WindowMode::ManyToMany), SplitSpec{0.5, 0.25},
                            NormalisationKind::None);
    m.batch(Split::Train, 2, 2, x, y);
    QCOMPARE(y.rows(), Index(6));  // (T*B, O), time-major like the inputs
    const double targets[6] = {3, 4, 4, 5, 5, 6};
    for (Index r = 0; r < 6; ++r) QCOMPARE(y(r, 0), targets[r]);

    QCOMPARE(d.batchCount(Split::Train, 3), Index(3));  // 7 windows: 3 + 3 + 1
}

void TestWindowedDataset::floatBatch() {
    const WindowedDataset d(rows(20), spec(3, 1, 1), SplitSpec{0.5, 0.25}, NormalisationKind::None);
    Matrix<float> x, y;
    d.batch(Split::Train, 2, 2, x, y);
    QCOMPARE(x(5, 1), 50.0f);
    QCOMPARE(y(1, 0), 6.0f);
}

void TestWindowedDataset::normalisationFittedOnTrainingPart() {
    // Training rows 0..9 of a: mean 4.5, population std sqrt(8.25).
    const WindowedDataset d(rows(20), spec(3, 1, 1), SplitSpec{0.5, 0.25},
                            NormalisationKind::ZScore);
    QCOMPARE(d.normaliser().params().offset[0], 4.5);
    QCOMPARE(d.normaliser().params().scale[0], std::sqrt(8.25));
    Matrix<double> x, y;
    d.batch(Split::Test, 0, 1, x, y);  // reads rows 12, 13, 14; predicts row 15
    QCOMPARE(x(0, 0), (12.0 - 4.5) / std::sqrt(8.25));
    QCOMPARE(d.normaliser().inverse(0, y(0, 0)), 15.0);
}

void TestWindowedDataset::batchOfFollowsTheIdList() {
    // The trainer shuffles its own copy of samples(Train) and batches from it: the batch must
    // hold exactly those windows, in that order, while the dataset's own order stays
    // chronological.
    WindowedDataset d(rows(60), spec(3, 1, 1), SplitSpec{0.5, 0.25}, NormalisationKind::None);
    std::vector<Index> order = d.samples(Split::Train);
    Random rng(42);
    rng.shuffle(order);
    Matrix<double> x, y, xi, yi;
    d.batchOf(order, 2, 3, x, y);
    for (Index b = 0; b < 3; ++b) {
        d.batchOf({order[std::size_t(2 + b)]}, 0, 1, xi, yi);
        for (Index t = 0; t < 3; ++t) QCOMPARE(x(t * 3 + b, 0), xi(t, 0));
        QCOMPARE(y(b, 0), yi(0, 0));
    }
    for (Index i = 0; i < d.count(Split::Train); ++i) QCOMPARE(d.sampleId(Split::Train, i), i);
    QCOMPARE(d.sampleId(Split::Validation, 0), Index(27));  // predicts row 30
}

void TestWindowedDataset::classification() {
    Series s = rows(30);
    s.names.push_back("class");
    s.columns.push_back({});
    for (int r = 0; r < 30; ++r) s.columns[2].push_back(double(r % 3));
    s.target = 2;
    const WindowedDataset d(s, spec(4, 0, 1), SplitSpec{0.6, 0.2}, NormalisationKind::ZScore,
                            TargetKind::Classification);
    QVERIFY(d.classification());
    QCOMPARE(d.outputSize(), Index(3));
    QCOMPARE(d.targetWidth(), Index(1));
    Matrix<double> x, y;
    d.batch(Split::Train, 0, 3, x, y);  // windows 0, 1, 2: last rows 3, 4, 5
    QCOMPARE(y(0, 0), 0.0);
    QCOMPARE(y(1, 0), 1.0);
    QCOMPARE(y(2, 0), 2.0);

    s.columns[2][7] = 1.5;
    s.lines.assign(30, 0);
    for (int r = 0; r < 30; ++r) s.lines[std::size_t(r)] = r + 2;
    try {
        WindowedDataset(s, spec(4, 0, 1), SplitSpec{0.6, 0.2}, NormalisationKind::None,
                        TargetKind::Classification);
        QFAIL("a fractional class must be refused");
    } catch (const ConfigError& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("classification target 'class': line 9 holds 1.500000; classes "
                             "must be whole numbers from 0 to 4095"));
    }
}

void TestWindowedDataset::errors_data() {
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("stride");
    QTest::addColumn<double>("train");
    QTest::addColumn<double>("validation");
    QTest::addColumn<QString>("message");
    QTest::newRow("window 0") << 0 << 1 << 1 << 0.5 << 0.25
                              << "window: must be at least 1 step, got 0";
    QTest::newRow("negative horizon")
        << 3 << -1 << 1 << 0.5 << 0.25 << "horizon: must be 0 or more, got -1";
    QTest::newRow("stride 0") << 3 << 1 << 0 << 0.5 << 0.25 << "stride: must be at least 1, got 0";
    QTest::newRow("longer than the series")
        << 20 << 1 << 1 << 0.5 << 0.25
        << "window + horizon = 21 rows, but the series has only 20 rows";
    QTest::newRow("training part too short")
        << 10 << 1 << 1 << 0.5 << 0.25
        << "the train part (rows 1 to 10, 10 rows) is shorter than window + horizon = 11 rows; "
           "shorten the window or give training a larger fraction";
    QTest::newRow("no validation rows")
        << 10 << 0 << 1 << 0.99 << 0.01
        << "the validation part has no rows; give it a larger fraction";
    QTest::newRow("no training") << 3 << 1 << 1 << 0.0 << 0.5
                                 << "split: the training fraction must be in (0, 1], got 0.000000";
    QTest::newRow("fractions above 1")
        << 3 << 1 << 1 << 0.8 << 0.5
        << "split: training + validation fractions exceed 1 (0.800000 + 0.500000)";
}

void TestWindowedDataset::errors() {
    QFETCH(int, window);
    QFETCH(int, horizon);
    QFETCH(int, stride);
    QFETCH(double, train);
    QFETCH(double, validation);
    QFETCH(QString, message);
    try {
        WindowedDataset(rows(20), spec(window, horizon, stride), SplitSpec{train, validation},
                        NormalisationKind::None);
        QFAIL("the settings must be refused");
    } catch (const ConfigError& e) {
        QCOMPARE(QString(e.what()), message);
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestWindowedDataset)
}  // namespace RNNLAB_TEST_FILE

#include "tst_windowed_dataset.moc"
