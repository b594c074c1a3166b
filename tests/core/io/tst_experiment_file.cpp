// Experiment files: every setting survives a round trip, every section is validated with a
// message naming the field.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/sequence_dataset.h"
#include "core/io/experiment_file.h"
#include "core/train/network_for_data.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const char* kHeader = R"({"format": "rnnlab", "version": 1,
 "network": {"cell": "gru", "input_size": 1, "hidden_size": 4, "num_layers": 1,
             "output_size": 1, "output": "last", "loss": "mse"})";

Experiment parse(const std::string& extra) {
    return parseExperiment(QByteArray::fromStdString(std::string(kHeader) + extra + "}"), "e.json");
}

QString errorOf(const std::string& extra) {
    try {
        parse(extra);
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return "accepted";
}

}  // namespace

class TestExperimentFile : public QObject {
    Q_OBJECT
private slots:
    void settingsRoundTrip() {
        Experiment e = parse("");
        TrainingSettings& s = e.training;
        s.optimizer = OptimizerSettings::forKind(OptimizerKind::RmsProp);
        s.optimizer.learningRate = 0.0123;
        s.optimizer.momentum = 0.5;
        s.optimizer.centered = true;
        s.schedule.kind = LrScheduleKind::Cosine;
        s.schedule.tMax = 17;
        s.init.scheme = InitScheme::Orthogonal;
        s.init.spectralRadius = 1.5;
        s.clip = false;
        s.clipMaxNorm = 3.25;
        s.batchSize = 7;
        s.epochs = 9;
        s.seed = 123456789012345ULL;
        s.truncation = 5;
        s.earlyStoppingPatience = 3;
        s.divergenceFactor = 100;
        s.traceEvery = 4;
        s.traceSample = 2;
        DataSource d;
        d.kind = DataSourceKind::Csv;
        d.csvPath = "prices.csv";
        d.csv.inputColumns = {"open", "close"};
        d.csv.targetColumn = "close";
        d.csv.labelColumn = "date";
        d.csv.missing = MissingPolicy::Interpolate;
        d.csv.missingMarkers = {"k.A.", "-"};
        d.csv.unpivot = Unpivot::No;
        d.csv.delimiter = Delimiter::Semicolon;
        d.window = {30, 2, 3, WindowMode::ManyToMany};
        d.split = {0.6, 0.2};
        d.normalisation = NormalisationKind::MinMax;
        Series embedded;
        embedded.names = {"open", "close"};
        embedded.columns = {{1.5, 2.5, 3.5}, {0.1, 0.2, 0.30000000000000004}};
        embedded.inputs = {0, 1};
        embedded.target = 1;
        embedded.labelName = "date";
        embedded.labels = {"2024-01-01", "2024-01-02", "2024-01-03"};
        d.embedded = embedded;
        e.data = d;

        const Experiment back = parseExperiment(experimentJson(e, "e.json"), "e.json");
        QVERIFY(back.training == s);
        QVERIFY(back.data);
        const DataSource& b = *back.data;
        QVERIFY(b.kind == DataSourceKind::Csv);
        QCOMPARE(b.csvPath, d.csvPath);
        QCOMPARE(b.csv.inputColumns, d.csv.inputColumns);
        QCOMPARE(b.csv.targetColumn, d.csv.targetColumn);
        QCOMPARE(*b.csv.labelColumn, std::string("date"));
        QVERIFY(b.csv.missing == MissingPolicy::Interpolate);
        QCOMPARE(b.csv.missingMarkers, d.csv.missingMarkers);
        QVERIFY(b.csv.unpivot == Unpivot::No);
        QVERIFY(b.csv.delimiter == Delimiter::Semicolon);
        QCOMPARE(b.window.window, Index(30));
        QCOMPARE(b.window.horizon, Index(2));
        QCOMPARE(b.window.stride, Index(3));
        QVERIFY(b.window.mode == WindowMode::ManyToMany);
        QCOMPARE(b.split.train, 0.6);
        QVERIFY(b.normalisation == NormalisationKind::MinMax);
        QCOMPARE(b.embedded->columns, embedded.columns);  // bit-identical values
        QCOMPARE(b.embedded->labels, embedded.labels);
        QCOMPARE(b.embedded->target, 1);
        QCOMPARE(back.weights.flat(), e.weights.flat());
    }

    // A CSV beside or below the experiment file is recorded relative to it; elsewhere (or
    // already relative) as given.
    void csvPathForFile_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("beside") << "/c/prices.csv"
                                << "/c/e.rnnlab.json"
                                << "prices.csv";
        QTest::newRow("below") << "/c/data/a/p.csv"
                               << "/c/e.rnnlab.json"
                               << "data/a/p.csv";
        QTest::newRow("unnormalised") << "/c/x/../data/p.csv"
                                      << "/c/./e.rnnlab.json"
                                      << "data/p.csv";
        QTest::newRow("above") << "/p.csv"
                               << "/c/e.rnnlab.json"
                               << "/p.csv";
        QTest::newRow("sibling folder") << "/d/p.csv"
                                        << "/c/e.rnnlab.json"
                                        << "/d/p.csv";
        QTest::newRow("name prefix") << "/course2/p.csv"
                                     << "/course/e.rnnlab.json"
                                     << "/course2/p.csv";
        QTest::newRow("relative") << "../p.csv"
                                  << "/c/e.rnnlab.json"
                                  << "../p.csv";
    }
    void csvPathForFile() {
        QFETCH(QString, csv);
        QFETCH(QString, experiment);
        QFETCH(QString, recorded);
        QCOMPARE(QString::fromStdString(
                     rnnlab::csvPathForFile(csv.toStdString(), experiment.toStdString())),
                 recorded);
    }

    // A symbol network reads, saves and initialises (embedding included), but a series gives
    // no symbols: training it on one is refused, naming network.input.
    void symbolNetworkIsNotTrainedOnSeries() {
        const QByteArray file = R"({"format": "rnnlab", "version": 1,
            "network": {"cell": "lstm", "input": "symbols", "vocab_size": 5, "embedding_size": 2,
                        "hidden_size": 3, "num_layers": 1, "output_size": 5,
                        "output": "sequence", "loss": "cross_entropy"},
            "data": {"source": "generator", "generator": {"name": "sine"}}})";
        const Experiment e = parseExperiment(file, "e.json");
        QVERIFY(e.network.input == InputKind::Symbols);
        QCOMPARE(e.weights.layout().embedding(), 0);
        QVERIFY(e.weights.vector(0).cwiseAbs().maxCoeff() > 0);  // initialised from the seed
        const Experiment back = parseExperiment(experimentJson(e, "e.json"), "e.json");
        QVERIFY(back.network == e.network);
        QVERIFY(back.weights.flat() == e.weights.flat());
        QString message;
        try {
            makeTrainer(e, "");
        } catch (const FileError& error) {
            message = QString::fromStdString(error.what());
        }
        QCOMPARE(message, "e.json: network.input: \"symbols\" needs symbol data, but the data "
                          "section gives real-valued series: use \"input\": \"real\"");
    }

    void generatorAndBundledSources() {
        const Experiment g = parse(R"(, "data": {"source": "generator",
            "generator": {"name": "mackey_glass", "seed": 5, "parameters": {"tau": 17}}})");
        QVERIFY(g.data->generator.kind == GeneratorKind::MackeyGlass);
        QCOMPARE(g.data->generator.seed, std::uint64_t(5));
        const Experiment b = parse(R"(, "data": {"source": "bundled", "bundled": "nile"})");
        QCOMPARE(b.data->bundled, std::string("nile"));
        QCOMPARE(loadSeries(*b.data).rows(), Index(100));
        // Columns chosen for a bundled dataset, written back as they were read.
        const Experiment m = parse(R"(, "data": {"source": "bundled", "bundled":
            {"name": "us_macro", "target": "cpi", "columns": ["cpi", "unemp"]}})");
        const Series macro = loadSeries(*m.data);
        QCOMPARE(macro.names, (std::vector<std::string>{"cpi", "unemp"}));
        QCOMPARE(macro.names[std::size_t(macro.target)], std::string("cpi"));
        const Experiment again = parseExperiment(experimentJson(m, "m.json"), "m.json");
        QCOMPARE(again.data->csv.inputColumns, m.data->csv.inputColumns);
        QCOMPARE(again.data->csv.targetColumn, std::string("cpi"));
    }

    // A symbolic task trained on is saved with its vocabulary and read back to the same data.
    void symbolicGeneratorRoundTrip() {
        DataSource source;
        source.generator.kind = GeneratorKind::Brackets;
        source.generator.seed = 3;
        source.generator.parameters = {{"sequences", 20}, {"length", 6}, {"kinds", 2}};
        NetworkConfig network;
        network.embeddingSize = 2;
        const auto trainer =
            trainerForData(network, TrainingSettings{}, buildTrainingData(source));
        const Experiment e = captureExperiment(*trainer, source, true);
        QCOMPARE(e.data->generator.vocabulary, (std::vector<std::string>{"(", ")", "[", "]"}));
        const Experiment back = parseExperiment(experimentJson(e, "b.json"), "b.json");
        QCOMPARE(back.data->generator.vocabulary, e.data->generator.vocabulary);
        QVERIFY(back.network == trainer->networkConfig());
        const auto again = makeTrainer(back, "");
        const auto& before = dynamic_cast<const SequenceDataset&>(trainer->data());
        const auto& after = dynamic_cast<const SequenceDataset&>(again->data());
        QVERIFY(after.inputs() == before.inputs() && after.targets() == before.targets());
    }

    // "columns": absent is the target alone; [] is every numeric column, as files written
    // before the target alone became the default meant.
    void csvColumnsOldAndNew() {
        const char* csv = R"(, "data": {"source": "csv", "csv": {"path": "%1"%2}})";
        const QString macro = QStringLiteral(RNNLAB_RESOURCES_DIR "/datasets/us_macro_quarterly.csv");
        const Experiment alone = parse(QString(csv).arg(macro, "").toStdString());
        QVERIFY(alone.data->csv.inputColumns.empty() && !alone.data->csv.allInputs);
        QCOMPARE(loadSeries(*alone.data).names, std::vector<std::string>{"realint"});
        const Experiment every =
            parse(QString(csv).arg(macro, R"(, "columns": [])").toStdString());
        QVERIFY(every.data->csv.allInputs);
        QCOMPARE(loadSeries(*every.data).names.size(), std::size_t(12));
        const Experiment back = parseExperiment(experimentJson(every, "e.json"), "e.json");
        QVERIFY(back.data->csv.allInputs);
    }

    // Without weights the network starts from the seed: the same seed, the same weights.
    void weightsFromSeed() {
        const Experiment a = parse(R"(, "training": {"seed": 3})");
        const Experiment b = parse(R"(, "training": {"seed": 3})");
        const Experiment c = parse(R"(, "training": {"seed": 4})");
        QVERIFY(!a.weightsFromFile);
        QCOMPARE(a.weights.flat(), b.weights.flat());
        QVERIFY(a.weights.flat() != c.weights.flat());
    }

    void badFieldsAreNamed_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown training field")
            << R"(, "training": {"batchsize": 3})"
            << "e.json: training.batchsize: unknown field (expected optimizer, schedule, init, "
               "clip, clip_max_norm, batch_size, epochs, seed, truncation, "
               "early_stopping_patience, divergence_factor, trace_every, trace_sample, state, "
               "history)";
        QTest::newRow("wrong type")
            << R"(, "training": {"batch_size": "32"})"
            << R"(e.json: training.batch_size must be an integer, got "32")";
        QTest::newRow("out of range")
            << R"(, "training": {"batch_size": 0})"
            << "e.json: training: batch size must be between 1 and 65536, got 0";
        QTest::newRow("optimizer kind")
            << R"(, "training": {"optimizer": {"kind": "adamw"}})"
            << "e.json: training.optimizer.kind: unknown optimizer 'adamw' (expected sgd, adam, "
               "rmsprop or adagrad)";
        QTest::newRow("negative lr")
            << R"(, "training": {"optimizer": {"lr": -1}})"
            << "e.json: training: learning rate must be positive and finite, got -1";
        QTest::newRow("betas")
            << R"(, "training": {"optimizer": {"betas": [0.9]}})"
            << "e.json: training.optimizer.betas must hold two numbers (beta1, beta2)";
        QTest::newRow("data source")
            << R"(, "data": {"source": "ftp"})"
            << "e.json: data.source: unknown data source 'ftp' (expected generator, bundled, csv, "
               "text or labelled)";
        QTest::newRow("generator name")
            << R"(, "data": {"source": "generator", "generator": {"name": "sinus"}})"
            << "e.json: data.generator.name: ";
        QTest::newRow("csv without path")
            << R"(, "data": {"source": "csv", "csv": {"target": "x"}})"
            << "e.json: data.csv.path is missing";
        QTest::newRow("window length")
            << R"(, "data": {"source": "bundled", "bundled": "nile", "window": {"length": 0}})"
            << "e.json: data.window.length must be between 1 and 100000, got 0";
        QTest::newRow("split")
            << R"(, "data": {"source": "bundled", "bundled": "nile", "split": {"train": 0.9, "validation": 0.2}})"
            << "e.json: data.split: ";
        QTest::newRow("state field missing")
            << R"(, "training": {"state": {"step": 1}})"
            << "e.json: training.state.epoch is missing";
        QTest::newRow("state without weights")
            << R"(, "training": {"state": {"step": 1, "epoch": 0, "samples_done": 0, "order": [],
                 "epoch_loss_sum": 0, "reference_loss": 0, "best_validation": null,
                 "epochs_without_improvement": 0,
                 "rng": {"s": ["1f", "0", "0", "0"], "spare_normal": 0, "has_spare": false},
                 "optimizer": {"step": 0, "buffers": {}}}})"
            << "e.json: weights is missing: a run in progress (training.state) needs the weights "
               "it reached";
        QTest::newRow("rng word")
            << R"(, "training": {"state": {"step": 1, "epoch": 0, "samples_done": 0, "order": [],
                 "epoch_loss_sum": 0, "reference_loss": 0, "best_validation": null,
                 "epochs_without_improvement": 0,
                 "rng": {"s": ["zz", "0", "0", "0"], "spare_normal": 0, "has_spare": false},
                 "optimizer": {"step": 0, "buffers": {}}}})"
            << R"(e.json: training.state.rng.s[0] must be hexadecimal digits, got "zz")";
    }
    void badFieldsAreNamed() {
        QFETCH(QString, extra);
        QFETCH(QString, message);
        const QString error = errorOf(extra.toStdString());
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void truncatedFile() {
        const std::string text = std::string(kHeader) + R"(, "training": {"seed": )";
        try {
            parseExperiment(QByteArray::fromStdString(text), "cut.rnnlab.json");
            QFAIL("accepted");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).startsWith("cut.rnnlab.json:3:"), e.what());
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestExperimentFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_experiment_file.moc"
