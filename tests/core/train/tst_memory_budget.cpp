// The memory budget: settings within every per-field limit whose product would not fit in
// memory are refused before anything is allocated, with the estimate and the settings that
// drive it; RNNLAB_MEMORY_BUDGET sets the budget, and std::bad_alloc, should it still happen,
// reaches the user as a sentence.
#include <unistd.h>

#include <new>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/train/data_source.h"
#include "core/train/memory_budget.h"
#include "core/train/trainer.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// Sets RNNLAB_MEMORY_BUDGET for one scope.
class BudgetVariable {
public:
    explicit BudgetVariable(const char* value) { qputenv("RNNLAB_MEMORY_BUDGET", value); }
    ~BudgetVariable() { qunsetenv("RNNLAB_MEMORY_BUDGET"); }
};

GeneratorSpec adding(double sequences, double length) {
    GeneratorSpec g;
    g.kind = GeneratorKind::AddingProblem;
    g.parameters = {{"sequences", sequences}, {"length", length}};
    return g;
}

double total(const MemoryEstimate& e) {
    double sum = 0;
    for (const MemoryPart& p : e) sum += p.bytes;
    return sum;
}

}  // namespace

class TestMemoryBudget : public QObject {
    Q_OBJECT

private slots:
    void memoryText() {
        QCOMPARE(rnnlab::memoryText(12), "12 bytes");
        QCOMPARE(rnnlab::memoryText(1536), "1.5 KiB");
        QCOMPARE(rnnlab::memoryText(512.0 * (1 << 20)), "512 MiB");
        QCOMPARE(rnnlab::memoryText(1.6e11), "149 GiB");
    }

    // The adding problem's inputs are N·T values and markers, its targets one per sequence.
    void generatedDataByHand() {
        const MemoryEstimate e = estimateGeneratedData(resolveGenerator(adding(1e6, 1e4)));
        QCOMPARE(e.size(), std::size_t(2));
        QCOMPARE(e[0].what.english(),
                 "the generated inputs: sequences 1000000 × length 10000 × values 2 × 8 "
                 "bytes");
        QCOMPARE(e[0].bytes, 1e6 * 1e4 * 2 * 8);
        QCOMPARE(e[1].bytes, 1e6 * 8);
        GeneratorSpec sine;
        sine.parameters = {{"length", 1000}};
        QCOMPARE(total(estimateGeneratedData(resolveGenerator(sine))), 1000.0 * 3 * 8);
        // A symbolic task: a symbol in and at most a class out per step; copy has 2k + 1 steps.
        GeneratorSpec copy;
        copy.kind = GeneratorKind::Copy;
        copy.parameters = {{"sequences", 1e6}, {"length", 1e4}};
        const MemoryEstimate symbols = estimateGeneratedData(resolveGenerator(copy));
        QCOMPARE(symbols.size(), std::size_t(1));
        QCOMPARE(symbols[0].what.english(),
                 "the generated symbols and targets: sequences 1000000 × steps 20001 × inputs "
                 "and targets 2 × 8 bytes");
        QCOMPARE(symbols[0].bytes, 1e6 * 20001 * 2 * 8);
    }

    // Per sample and step an LSTM layer caches 2·4H gate values and 6H states: with 2 layers of
    // 8 units, 1 input and 1 output that is 2·(64 + 48) + 1 + 2 = 227 values.
    void trainingByHand() {
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.numLayers = 2;
        c.hiddenSize = 8;
        const MemoryEstimate e = estimateTraining(c, 32, 100, 50);
        QCOMPARE(e[0].what.english(),
                 "one training batch through the network: window 50 × batch_size 32 × "
                 "values per sample and step 227 × 4 bytes");
        QCOMPARE(e[0].bytes, 50.0 * 32 * 227 * 4);
        QCOMPARE(e[1].bytes, 50.0 * 100 * 227 * 4);
        QCOMPARE(e[2].bytes, double(parameterCount(c)) * 18 * 4);
    }

    void budgetVariable_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("bytes");
        QTest::newRow("bytes") << QByteArray("1000000") << 1e6;
        QTest::newRow("K") << QByteArray("64K") << 64.0 * 1024;
        QTest::newRow("MiB") << QByteArray("512MiB") << 512.0 * (1 << 20);
        QTest::newRow("fraction") << QByteArray("1.5G") << 1.5 * (1 << 30);
        QTest::newRow("TB") << QByteArray("2TB") << 2.0 * 1024 * 1024 * 1024 * 1024;
    }
    void budgetVariable() {
        QFETCH(QByteArray, value);
        QFETCH(double, bytes);
        const BudgetVariable budget(value.constData());
        QCOMPARE(memoryBudget().bytes, bytes);
        QCOMPARE(memoryBudget().origin.english(), "RNNLAB_MEMORY_BUDGET=" + value.toStdString());
    }

    void badBudgetVariable_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("unit") << QByteArray("12x");
        QTest::newRow("negative") << QByteArray("-1G");
        QTest::newRow("no number") << QByteArray("G");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("space") << QByteArray(" 4G");
        QTest::newRow("two units") << QByteArray("4GM");
    }
    void badBudgetVariable() {
        QFETCH(QByteArray, value);
        const BudgetVariable budget(value.constData());
        QCOMPARE(errorOf<ConfigError>([] { memoryBudget(); }),
                 "RNNLAB_MEMORY_BUDGET: '" + value +
                     "' is not a size (for example 4G, 512M or a number of bytes)");
    }

    void defaultIsHalfOfPhysicalMemory() {
        qunsetenv("RNNLAB_MEMORY_BUDGET");
        const MemoryBudget b = memoryBudget();
        const double physical = 2 * b.bytes;
        QCOMPARE(physical, double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGE_SIZE)));
        QCOMPARE(b.origin.english(), "half of this machine's " + rnnlab::memoryText(physical) +
                                         "; RNNLAB_MEMORY_BUDGET sets another");
    }

    // The parts shown are those above a tenth of the total, largest first.
    void refusalNamesTheLargeParts() {
        const BudgetVariable budget("1M");
        const MemoryEstimate e{
            {verbatim("small"), 1000}, {verbatim("a"), 600000}, {verbatim("b"), 900000}};
        QCOMPARE(errorOf<ConfigError>([&] { checkMemoryBudget(e, "this"); }),
                 "this needs about 1.4 MiB of memory, more than the budget of 1.0 MiB "
                 "(RNNLAB_MEMORY_BUDGET=1M): b = 879 KiB; a = 586 KiB");
        const MemoryEstimate fits{{verbatim("a"), 1 << 20}};
        QCOMPARE(errorOf<ConfigError>([&] { checkMemoryBudget(fits, "this"); }), "<no error>");
    }

    // 1,000,000 sequences of 10,000 steps: every parameter within its range, 149 GiB in all.
    // Refused at once instead of ending in std::bad_alloc.
    void hugeGeneratorRefusedBeforeAllocating() {
        const BudgetVariable budget("4G");
        DataSource d;
        d.generator = adding(1e6, 1e4);
        QCOMPARE(errorOf<ConfigError>([&] { buildTrainingData(d); }),
                 "the adding generator needs about 149 GiB of memory, more than the budget of "
                 "4.0 GiB (RNNLAB_MEMORY_BUDGET=4G): the generated inputs: sequences 1000000 × "
                 "length 10000 × values 2 × 8 bytes = 149 GiB");
        d.generator.kind = GeneratorKind::Sine;
        d.generator.parameters = {{"length", 1e7}};
        const BudgetVariable small("100M");
        QVERIFY(errorOf<ConfigError>([&] {
                    loadSeries(d);
                }).startsWith("the sine generator needs about 229 MiB"));
    }

    // Long windows in a large batch: refused when the trainer is built, and when a new batch
    // size would not fit, which then leaves the settings as they were.
    void trainingRefusedBeforeAllocating() {
        const BudgetVariable budget("256M");
        DataSource d;
        d.generator.parameters = {{"length", 2000}};
        d.window.window = 200;
        const std::shared_ptr<const TrainingData> data = buildTrainingData(d);
        NetworkConfig c;
        c.hiddenSize = 64;
        TrainingSettings s;
        s.batchSize = 8192;  // more than the 1,200 training windows: one batch of them all
        const QString refused = errorOf<ConfigError>([&] { Trainer(c, s, data); });
        QVERIFY2(
            refused ==
                "training the lstm network (num_layers 1, hidden_size 64) needs about 1000 MiB of "
                "memory, more than the budget of 256 MiB (RNNLAB_MEMORY_BUDGET=256M): one "
                "training batch through the network: window 200 × batch_size 1200 × values per "
                "sample and step 899 × 4 bytes = 823 MiB; one evaluation chunk: window 200 × "
                "samples 256 × values per sample and step 899 × 4 bytes = 176 MiB",
            qPrintable(refused));
        s.batchSize = 4;
        Trainer t(c, s, data);
        TrainingSettings larger = s;
        larger.batchSize = 8192;
        QVERIFY(errorOf<ConfigError>([&] { t.setSettings(larger); }).contains("batch_size 1200"));
        QCOMPARE(t.settings().batchSize, 4);
    }

    void badAllocBecomesASentence() {
        QCOMPARE(userMessage(std::bad_alloc()),
                 "out of memory: the data, the window, the batch or the network is too large for "
                 "this machine; make one of them smaller");
        QCOMPARE(userMessage(ConfigError("hidden size 0")), "hidden size 0");
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestMemoryBudget)
}  // namespace RNNLAB_TEST_FILE

#include "tst_memory_budget.moc"
