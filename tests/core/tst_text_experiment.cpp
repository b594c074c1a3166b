// A text as an experiment's data source: resolved from a path relative to the experiment or
// from the bundled texts, the network following it (input symbols, vocab_size = V, output
// sequence, cross-entropy), and saved in *.rnnlab.json with its path relative to the file and
// its vocabulary in index order, then read back into the same run. A text that no longer gives
// the saved vocabulary is refused.
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <string>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/data_json.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

DataSource textFile(const std::string& path) {
    DataSource s;
    s.kind = DataSourceKind::Text;
    s.text.path = path;
    s.window.window = 4;
    return s;
}

NetworkConfig smallLstm() {
    NetworkConfig n;
    n.cell = CellType::Lstm;
    n.hiddenSize = 5;
    n.embeddingSize = 3;
    return n;
}

TrainingSettings fewSteps() {
    TrainingSettings s;
    s.epochs = 2;
    s.batchSize = 4;
    s.seed = 7;
    return s;
}

const QByteArray kChinese =
    "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？"
    "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？";

}  // namespace

class TestTextExperiment : public QObject {
    Q_OBJECT
private slots:
    void networkFollowsTheText() {
        QTemporaryDir dir;
        writeText(dir.filePath("lunyu.txt"), kChinese);
        const auto data = buildTrainingData(textFile("lunyu.txt"), dir.path().toStdString());
        const auto* text = dynamic_cast<const TextDataset*>(data.get());
        QVERIFY(text);
        const NetworkConfig n = fittedToData(smallLstm(), *data);
        QVERIFY(n.input == InputKind::Symbols);
        QCOMPARE(n.vocabSize, text->vocabulary().size());
        QCOMPARE(n.outputSize, text->vocabulary().size());
        QCOMPARE(n.embeddingSize, 3);  // the network's own
        QVERIFY(n.output == OutputMode::Sequence);
        QVERIFY(n.loss == LossKind::CrossEntropy);
        // The text fixes the output mode and the loss: asking for others changes nothing.
        NetworkConfig other = n;
        other.output = OutputMode::Last;
        other.loss = LossKind::Mse;
        QVERIFY(shapedForNetwork(textFile("lunyu.txt"), other).window.mode ==
                textFile("lunyu.txt").window.mode);
        QVERIFY(fixesNetworkShape(textFile("lunyu.txt")));
        QCOMPARE(describe(textFile("some/where/lunyu.txt")), std::string("lunyu.txt"));
        QCOMPARE(errorOf<ConfigError>([&] {
                     resolveSource(textFile("lunyu.txt"), dir.path().toStdString()).series();
                 }),
                 QString("a text gives characters to predict, not a series of numbers"));
    }

    void bundledTextsResolve() {
        for (const BundledText& t : bundledTexts()) {
            DataSource s;
            s.kind = DataSourceKind::Text;
            s.text.bundled = t.name;
            s.window.window = 100;
            const auto data = buildTrainingData(s);
            QVERIFY2(data->count(Split::Validation) >= kMinEvaluationSamples, t.name.c_str());
            QVERIFY(data->vocabularySize() >= 30);  // talking_animals: 30 characters
            QCOMPARE(describe(s), t.name);
        }
        DataSource s;
        s.kind = DataSourceKind::Text;
        s.text.bundled = "bible";
        QVERIFY(errorOf<ConfigError>([&] {
                    resolveSource(s);
                }).startsWith("bundled text 'bible' is not one of: us_constitution"));
    }

    // Trained, saved beside its text, moved with it, read back and continued.
    void savedAndReadBack() {
        QTemporaryDir dir;
        const QString textPath = dir.filePath("lunyu.txt");
        writeText(textPath, kChinese);
        DataSource source = textFile(textPath.toStdString());  // absolute, as the CLI gives it
        auto trainer = trainerForData(smallLstm(), fewSteps(), buildTrainingData(source));
        for (int i = 0; i < 3; ++i) trainer->step();
        const std::string experiment = dir.filePath("run.rnnlab.json").toStdString();
        saveTrainer(experiment, *trainer, source);

        const Experiment e = readExperiment(experiment);
        QVERIFY(e.data->kind == DataSourceKind::Text);
        QCOMPARE(e.data->text.path, std::string("lunyu.txt"));  // relative to the experiment
        const auto* text = dynamic_cast<const TextDataset*>(&trainer->data());
        QCOMPARE(e.data->text.vocabulary, text->vocabulary().strings());
        QCOMPARE(e.data->text.vocabulary.front(), std::string(""));
        QCOMPARE(e.network, trainer->networkConfig());

        auto back = makeTrainer(e, directoryOf(experiment));
        QVERIFY(back->weights().flat() == trainer->weights().flat());
        QCOMPARE(back->stepCount(), trainer->stepCount());
        const auto mine = trainer->step(), theirs = back->step();
        QCOMPARE(theirs->loss, mine->loss);

        // The JSON of the data section, and back.
        const DataSource parsed =
            parseDataSource(dataSourceJson(*e.data, nullptr), JsonPath("e.json").field("data"));
        QCOMPARE(parsed.text.path, e.data->text.path);
        QCOMPARE(parsed.text.vocabulary, e.data->text.vocabulary);

        // The text changed (one new character in its training part): its symbols would mean
        // something else to the network.
        writeText(
            textPath,
            "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎！" + kChinese);
        const QString message =
            errorOf<FileError>([&] { makeTrainer(e, directoryOf(experiment)); });
        QVERIFY2(message.contains("data: text.vocabulary: the text gives"), qPrintable(message));
        QVERIFY2(message.contains("the text has changed since the network was trained on it"),
                 qPrintable(message));
    }

    void badDataSections() {
        const JsonPath at = JsonPath("e.json").field("data");
        auto parse = [&](const char* json) {
            return parseDataSource(QJsonDocument::fromJson(json).object(), at);
        };
        QCOMPARE(errorOf<FileError>([&] { parse(R"({"source": "text", "text": {}})"); }),
                 QString("e.json: data.text must have either \"path\" (a text file) or "
                         "\"bundled\" (a bundled text)"));
        QCOMPARE(
            errorOf<FileError>([&] {
                parse(R"({"source": "text", "text": {"path": "a.txt", "vocabulary": ["", "ab"]}})");
            }),
            QString("e.json: data.text.vocabulary[1] must be one character, not \"ab\""));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTextExperiment)
}  // namespace RNNLAB_TEST_FILE

#include "tst_text_experiment.moc"
