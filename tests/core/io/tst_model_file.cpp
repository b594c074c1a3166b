// The *.rnnlab.json model file: exact round trips for every cell, the committed example files,
// and one bad file per check, each asserting the whole message.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <cfloat>
#include <cstring>

#include "metatypes.h"
#include "test_main.h"
#include "core/base/errors.h"
#include "core/base/random.h"
#include "core/io/model_file.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const QString kDataDir = QStringLiteral(RNNLAB_TEST_DATA_DIR);

QByteArray contentsOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return "<unreadable>";
    return f.readAll();
}

// An enum as the file names it, for QCOMPARE.
template <typename E>
QString name(E value) {
    return QString::fromStdString(toString(value));
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

NetworkConfig config(CellType cell, Nonlinearity act, int I, int H, int L, int O, OutputMode out,
                     LossKind loss) {
    NetworkConfig c;
    c.cell = cell;
    c.nonlinearity = act;
    c.inputSize = I;
    c.hiddenSize = H;
    c.numLayers = L;
    c.outputSize = O;
    c.output = out;
    c.loss = loss;
    return c;
}

// `c` fed symbols 0..V-1, one-hot (E = 0) or through an embedding of size E.
NetworkConfig withSymbols(NetworkConfig c, int V, int E) {
    c.input = InputKind::Symbols;
    c.inputSize = 1;
    c.vocabSize = V;
    c.embeddingSize = E;
    return c;
}

// Weights of every magnitude, with values that have no short decimal form.
Parameters<double> randomWeights(const NetworkConfig& c, std::uint64_t seed) {
    Parameters<double> p(c);
    Random rng(seed);
    for (Index i = 0; i < p.flat().size(); ++i)
        p.flat()[i] = rng.normal() * std::pow(10.0, rng.uniform(-20.0, 20.0));
    return p;
}

ModelFile writeAndRead(const ModelFile& model) {
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.rnnlab.json").toStdString();
    writeModelFile(path, model);
    return readModelFile(path);
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsBitExact_data() {
        QTest::addColumn<NetworkConfig>("network");
        using C = CellType;
        using N = Nonlinearity;
        const OutputMode last = OutputMode::Last, seq = OutputMode::Sequence;
        const LossKind mse = LossKind::Mse, ce = LossKind::CrossEntropy;
        QTest::newRow("rnn tanh") << config(C::Rnn, N::Tanh, 1, 4, 1, 1, last, mse);
        QTest::newRow("rnn relu 2 layers") << config(C::Rnn, N::Relu, 3, 5, 2, 2, seq, mse);
        QTest::newRow("lstm") << config(C::Lstm, N::Tanh, 2, 6, 1, 1, last, mse);
        QTest::newRow("lstm 3 layers ce") << config(C::Lstm, N::Tanh, 1, 3, 3, 4, seq, ce);
        QTest::newRow("gru") << config(C::Gru, N::Tanh, 4, 7, 1, 3, last, ce);
        QTest::newRow("gru 2 layers") << config(C::Gru, N::Tanh, 1, 2, 2, 1, seq, mse);
        QTest::newRow("lstm one-hot symbols")
            << withSymbols(config(C::Lstm, N::Tanh, 1, 3, 1, 7, seq, ce), 7, 0);
        QTest::newRow("gru embedded symbols 2 layers")
            << withSymbols(config(C::Gru, N::Tanh, 1, 4, 2, 5, last, ce), 5, 3);
        QTest::newRow("rnn embedded symbols mse")
            << withSymbols(config(C::Rnn, N::Relu, 1, 2, 1, 1, last, mse), 2, 1);
    }
    void roundTripIsBitExact() {
        QFETCH(NetworkConfig, network);
        ModelFile model;
        model.network = network;
        model.weights = randomWeights(network, 7);
        const ModelFile back = writeAndRead(model);
        QVERIFY(back.network == network);
        QVERIFY(back.weights.has_value());
        QCOMPARE(back.weights->flat().size(), model.weights->flat().size());
        for (Index i = 0; i < model.weights->flat().size(); ++i)
            QVERIFY2(sameBits(back.weights->flat()[i], model.weights->flat()[i]),
                     qPrintable(QString("flat[%1]").arg(i)));
        QVERIFY(back.training.isEmpty());
        QVERIFY(back.data.isEmpty());
        // Writing what was read gives the same text; real-valued networks are written as
        // before symbols existed, without "input".
        QCOMPARE(modelJson(back, "m"), modelJson(model, "m"));
        QCOMPARE(modelJson(model, "m").contains("\"input\":"), network.input == InputKind::Symbols);
    }

    void specialValues() {
        ModelFile model;
        model.network =
            config(CellType::Rnn, Nonlinearity::Tanh, 1, 2, 1, 1, OutputMode::Last, LossKind::Mse);
        model.weights = Parameters<double>(model.network);
        const double values[] = {static_cast<double>(0.1f),
                                 1e-300,
                                 123456789.123456789,
                                 0.1,
                                 1.0 / 3.0,
                                 5e-324,
                                 DBL_MAX,
                                 -DBL_MAX,
                                 DBL_MIN,
                                 -2.5,
                                 1e17,
                                 static_cast<double>(FLT_MAX),
                                 9007199254740993.0};
        const Index n = model.weights->flat().size();  // 11 values
        for (Index i = 0; i < n; ++i) model.weights->flat()[i] = values[i];
        const ModelFile back = writeAndRead(model);
        for (Index i = 0; i < n; ++i)
            QVERIFY2(sameBits(back.weights->flat()[i], values[i]),
                     qPrintable(QString::number(values[i], 'g', 17)));
    }

    // Qt's JSON reader turns -0 into +0: the only value that does not keep its bits. It still
    // compares equal, and the engine's results do not depend on the sign of a zero weight.
    void negativeZeroReadsAsZero() {
        ModelFile model;
        model.network =
            config(CellType::Rnn, Nonlinearity::Tanh, 1, 1, 1, 1, OutputMode::Last, LossKind::Mse);
        model.weights = Parameters<double>(model.network);
        model.weights->flat()[0] = -0.0;
        QVERIFY(modelJson(model, "m").contains("\"data\": [\n                -0\n"));
        const ModelFile back = writeAndRead(model);
        QCOMPARE(back.weights->flat()[0], 0.0);
    }

    void floatWeightsSaveExactly() {
        ModelFile model;
        model.network =
            config(CellType::Lstm, Nonlinearity::Tanh, 2, 3, 1, 1, OutputMode::Last, LossKind::Mse);
        const Parameters<float> engine = randomWeights(model.network, 11).cast<float>();
        model.weights = engine.cast<double>();
        const Parameters<float> back = writeAndRead(model).weights->cast<float>();
        QVERIFY(back.flat() == engine.flat());
    }

    void preservesTrainingAndData() {
        ModelFile model;
        model.network =
            config(CellType::Gru, Nonlinearity::Tanh, 1, 2, 1, 1, OutputMode::Last, LossKind::Mse);
        model.training = QJsonObject{{"optimizer", "adam"},
                                     {"lr", 0.001},
                                     {"seed", 42},
                                     {"clip", QJsonValue::Null},
                                     {"schedule", QJsonArray({1, 2.5, "x"})}};
        model.data = QJsonObject{{"source", "sine.csv"},
                                 {"normalisation", QJsonObject{{"mean", 0.25}, {"std", 1e-7}}}};
        const ModelFile back = writeAndRead(model);
        QVERIFY(!back.weights.has_value());
        QCOMPARE(back.training, model.training);
        QCOMPARE(back.data, model.data);
    }

    void bareModelHasOnlyNetwork() {
        ModelFile model;
        const QByteArray text = modelJson(model, "m");
        QVERIFY(!text.contains("weights"));
        QVERIFY(!text.contains("training"));
        QVERIFY(!text.contains("\"data\""));
        QVERIFY(writeAndRead(model).network == model.network);
    }

    void nonFiniteWeightIsNotSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        ModelFile model;
        model.network =
            config(CellType::Rnn, Nonlinearity::Tanh, 1, 1, 1, 1, OutputMode::Last, LossKind::Mse);
        model.weights = Parameters<double>(model.network);
        writeModelFile(path.toStdString(), model);
        const QByteArray before = contentsOf(path);
        model.weights->flat()[4] = std::numeric_limits<double>::infinity();  // fc.weight
        QCOMPARE(errorOf<FileError>([&] { writeModelFile(path.toStdString(), model); }),
                 path +
                     ": cannot save weights.fc.weight.data[0] = inf: JSON has no non-finite "
                     "numbers");
        QCOMPARE(contentsOf(path), before);
    }

    void failedSaveKeepsOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        ModelFile model;
        writeModelFile(path.toStdString(), model);
        const QByteArray before = contentsOf(path);
        QVERIFY(QDir(dir.path()).mkdir("taken.rnnlab.json"));
        const QString taken = dir.filePath("taken.rnnlab.json");
        QCOMPARE(errorOf<FileError>([&] { writeModelFile(taken.toStdString(), model); }),
                 taken + ": cannot save: Filename refers to a directory");
        QCOMPARE(contentsOf(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"m.rnnlab.json"});
    }

    // The committed examples are exactly what the writer writes (the layout is part of the
    // format users see), and hold the values written in them.
    void exampleFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("rnn relu") << "rnn_relu";
        QTest::newRow("lstm untrained") << "lstm_untrained";
        QTest::newRow("gru sequence classes") << "gru_sequence_classes";
    }
    void exampleFiles() {
        QFETCH(QString, name);
        const QString path = kDataDir + "/models/" + name + ".rnnlab.json";
        const ModelFile model = readModelFile(path.toStdString());
        QCOMPARE(modelJson(model, "m"), contentsOf(path));
    }

    void exampleValues() {
        const std::string dir = kDataDir.toStdString() + "/models/";
        const ModelFile rnn = readModelFile(dir + "rnn_relu.rnnlab.json");
        QVERIFY(rnn.network == config(CellType::Rnn, Nonlinearity::Relu, 2, 3, 1, 1,
                                      OutputMode::Last, LossKind::Mse));
        const ParameterLayout& layout = rnn.weights->layout();
        QCOMPARE(rnn.weights->matrix(layout.weightIh(0))(2, 0), -1.5);
        QCOMPARE(rnn.weights->matrix(layout.weightHh(0))(1, 2), -0.6);
        QCOMPARE(rnn.weights->vector(layout.biasHh(0))(2), -0.03);
        QCOMPARE(rnn.weights->matrix(layout.fcWeight())(0, 1), -3.0);
        QCOMPARE(rnn.weights->vector(layout.fcBias())(0), 0.75);
        QCOMPARE(rnn.training.value("seed").toInt(), 3);
        QCOMPARE(rnn.data.value("window").toInt(), 10);

        const ModelFile lstm = readModelFile(dir + "lstm_untrained.rnnlab.json");
        QVERIFY(!lstm.weights.has_value());
        QCOMPARE(lstm.network.numLayers, 2);
        QCOMPARE(lstm.training.value("seed").toInt(), 42);

        const ModelFile gru = readModelFile(dir + "gru_sequence_classes.rnnlab.json");
        QCOMPARE(name(gru.network.loss), "cross_entropy");
        QCOMPARE(name(gru.network.output), "sequence");
        QCOMPARE(gru.weights->vector(gru.weights->layout().biasHh(1))(2), -1.2);
        QCOMPARE(gru.weights->vector(gru.weights->layout().fcBias())(0), static_cast<double>(0.1f));
    }

    void badFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");  // after "PATH"
        auto row = [](const char* name, const QString& message) {
            QTest::newRow(name) << name << message;
        };
        row("format_keras", ": format must be \"rnnlab\", got \"keras\"");
        row("format_missing", ": format is missing");
        row("version_2",
            ": version is 2, but this RNN Lab reads only version 1 (was the file written by a "
            "newer RNN Lab?)");
        row("version_string", ": version must be an integer, got \"1\"");
        row("unknown_top_field",
            ": weigths: unknown field (expected format, version, network, weights, training, "
            "data)");
        row("network_missing", ": network is missing");
        row("network_array", ": network must be an object, got an array");
        row("hidden_size_missing", ": network.hidden_size is missing");
        row("hidden_size_string", ": network.hidden_size must be an integer, got \"16\"");
        row("hidden_size_fraction", ": network.hidden_size must be an integer, got 16.5");
        row("hidden_size_negative", ": network.hidden_size must be between 1 and 4096, got -3");
        row("num_layers_zero", ": network.num_layers must be between 1 and 16, got 0");
        row("input_size_huge", ": network.input_size must be between 1 and 4096, got 1e+12");
        row("cell_unknown", ": network.cell: unknown cell 'lstmx' (expected rnn, lstm or gru)");
        row("cell_number", ": network.cell must be a string, got 3");
        row("relu_lstm",
            ": network.nonlinearity: relu applies only to cell rnn (lstm has fixed sigmoid and "
            "tanh activations)");
        row("output_unknown", ": network.output: unknown output 'all' (expected last or sequence)");
        row("loss_unknown", ": network.loss: unknown loss 'mae' (expected mse or cross_entropy)");
        row("cross_entropy_one_class",
            ": network.output_size must be at least 2 (one output per class) for cross_entropy");
        row("network_unknown_field",
            ": network.dropout: unknown field (expected cell, nonlinearity, input, input_size, "
            "vocab_size, embedding_size, hidden_size, num_layers, output_size, output, loss)");
        row("symbols_input_unknown",
            ": network.input: unknown input 'text' (expected real or symbols)");
        row("symbols_vocab_missing", ": network.vocab_size is missing");
        row("symbols_vocab_one", ": network.vocab_size must be between 2 and 65536, got 1");
        row("symbols_input_size_2",
            ": network.input_size must be 1 (one symbol index per step) for input symbols, got 2");
        row("symbols_embedding_negative",
            ": network.embedding_size must be between 0 and 4096, got -1");
        row("real_vocab_size",
            ": network.vocab_size applies only to input symbols (this network's input is real)");
        row("symbols_embedding_shape",
            ": weights.embedding.weight.shape is [5, 3], expected [5, 2] for vocab_size 5 and "
            "embedding_size 2");
        row("symbols_embedding_missing", ": weights.embedding.weight is missing");
        row("symbols_one_hot_shape",
            ": weights.rnn.weight_ih_l0.shape is [8, 2], expected [8, 5] for lstm with "
            "hidden_size 2 and vocab_size 5 (one-hot input)");
        row("symbols_one_hot_embedding",
            ": weights.embedding.weight: unknown tensor (num_layers 1 expects rnn.*_l0, "
            "fc.weight and fc.bias)");
        row("training_array", ": training must be an object, got an array");
        row("weights_array", ": weights must be an object, got an array");
        row("tensor_missing", ": weights.rnn.bias_hh_l0 is missing");
        row("tensor_extra",
            ": weights.rnn.weight_ih_l1: unknown tensor (num_layers 1 expects rnn.*_l0, "
            "fc.weight and fc.bias)");
        row("tensor_not_object", ": weights.fc.bias must be an object, got an array");
        row("tensor_unknown_field",
            ": weights.fc.bias.dtype: unknown field (expected shape, data)");
        row("shape_wrong",
            ": weights.rnn.weight_hh_l0.shape is [8, 1], expected [8, 2] for lstm with "
            "hidden_size 2");
        row("shape_transposed",
            ": weights.fc.weight.shape is [2, 1], expected [1, 2] for output_size 1 and "
            "hidden_size 2");
        row("shape_input_size",
            ": weights.rnn.weight_ih_l0.shape is [8, 3], expected [8, 1] for lstm with "
            "hidden_size 2 and input_size 1");
        row("shape_not_integer", ": weights.rnn.bias_ih_l0.shape[0] must be an integer, got \"8\"");
        row("data_too_short", ": weights.fc.weight.data has 1 values, expected 2 for shape [1, 2]");
        row("data_missing", ": weights.fc.weight.data is missing");
        row("data_nan_string", ": weights.fc.bias.data[0] must be a finite number, got \"NaN\"");
        row("data_null", ": weights.rnn.bias_ih_l0.data[3] must be a finite number, got null");
        row("top_level_array", ": the top level must be a JSON object, got an array");
        row("empty", ": the file is empty");
        row("truncated", ":6:29: invalid JSON: unterminated string");
        row("missing_comma", ":9:10: invalid JSON: unterminated object");
        row("data_inf", ":100:22: invalid JSON: illegal number (malformed or out of range)");
        row("data_nan_literal", ":27:17: invalid JSON: illegal number (malformed or out of range)");
    }
    void badFiles() {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString path = kDataDir + "/bad_models/" + name + ".rnnlab.json";
        QVERIFY(QFile::exists(path));
        QCOMPARE(errorOf<FileError>([&] { readModelFile(path.toStdString()); }), path + message);
    }

    void everyBadFileIsTested() {
        const QStringList files = QDir(kDataDir + "/bad_models").entryList(QDir::Files);
        QCOMPARE(files.size(), 50);
    }

    void missingFileAndDirectory() {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("none.rnnlab.json").toStdString();
        QCOMPARE(errorOf<FileError>([&] { readModelFile(missing); }),
                 QString::fromStdString(missing + ": file not found"));
        QCOMPARE(errorOf<FileError>([&] { readModelFile(dir.path().toStdString()); }),
                 dir.path() + ": is a directory, not a file");
    }

    void parseFromBytesNamesTheSource() {
        QCOMPARE(
            errorOf<FileError>([&] { parseModelJson("{\"format\": \"rnnlab\"}", "<pasted>"); }),
            QString("<pasted>: version is missing"));
        const ModelFile m = parseModelJson(
            R"({"format": "rnnlab", "version": 1, "network": {"cell": "gru", "input_size": 1,
                "hidden_size": 2, "num_layers": 1, "output_size": 1, "output": "last",
                "loss": "mse"}})",
            "<pasted>");
        QCOMPARE(name(m.network.cell), "gru");
        QCOMPARE(name(m.network.nonlinearity), "tanh");  // optional, tanh by default
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestModelFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_model_file.moc"
