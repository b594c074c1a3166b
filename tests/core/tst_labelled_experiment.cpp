// Labelled data as an experiment's data source: the network following it (symbols with
// vocab_size V for sentences, real inputs for numeric sequences; output last, cross-entropy,
// one output per class), saved in *.rnnlab.json with its path relative to the file, its
// columns, vocabulary and classes, then read back into the same run. A file that no longer
// gives the saved classes is refused; bundled sets resolve.
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <string>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/catalog.h"
#include "core/io/data_json.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

void writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray sentences() {
    QByteArray text;
    for (int i = 0; i < 10; ++i) text += "pos\t真好看\nneg\t太无聊了\npos\tgreat fun\nneg\tdull\n";
    return text;
}

DataSource labelledFile(const std::string& path) {
    DataSource s;
    s.kind = DataSourceKind::Labelled;
    s.labelled.path = path;
    return s;
}

TrainingSettings fewSteps() {
    TrainingSettings s;
    s.epochs = 2;
    s.batchSize = 4;
    s.seed = 7;
    return s;
}

NetworkConfig smallGru() {
    NetworkConfig n;
    n.cell = CellType::Gru;
    n.hiddenSize = 4;
    n.embeddingSize = 3;
    return n;
}

}  // namespace

class TestLabelledExperiment : public QObject {
    Q_OBJECT
private slots:
    void networkFollowsTheData() {
        QTemporaryDir dir;
        writeFile(dir.filePath("s.tsv"), sentences());
        writeFile(dir.filePath("v.csv"), "id,label,x,y\na,up,1,2\na,up,2,3\nb,down,3,2\nb,down,2,1\n");
        const auto text = buildTrainingData(labelledFile("s.tsv"), dir.path().toStdString());
        NetworkConfig n = fittedToData(smallGru(), *text);
        QVERIFY(n.input == InputKind::Symbols);
        QCOMPARE(n.vocabSize, text->vocabularySize());
        QCOMPARE(n.outputSize, 2);
        QVERIFY(n.output == OutputMode::Last);
        QVERIFY(n.loss == LossKind::CrossEntropy);
        DataSource values = labelledFile("v.csv");
        values.split = SplitSpec{0.5, 0.5};
        n = fittedToData(smallGru(), *buildTrainingData(values, dir.path().toStdString()));
        QVERIFY(n.input == InputKind::Real);
        QCOMPARE(n.inputSize, 2);
        QCOMPARE(n.embeddingSize, 0);
        QVERIFY(fixesNetworkShape(values));
        QCOMPARE(describe(labelledFile("some/where/s.tsv")), std::string("s.tsv"));
        QCOMPARE(errorOf<ConfigError>([&] {
                     resolveSource(values, dir.path().toStdString()).series();
                 }),
                 QString("labelled data gives sequences to classify, not a series of numbers"));
    }

    void bundledSetsResolve() {
        for (const BundledText& t : bundledLabelledSets()) {
            DataSource s;
            s.kind = DataSourceKind::Labelled;
            s.labelled.bundled = t.name;
            s.window.window = 0;
            const auto data = buildTrainingData(s);
            QCOMPARE(data->count(Split::Train) + data->count(Split::Validation) +
                         data->count(Split::Test),
                     Index(300));
            QCOMPARE(data->outputSize(), Index(2));
            QVERIFY(data->count(Split::Validation) >= kMinEvaluationSamples);
            QCOMPARE(describe(s), t.name);
        }
    }

    // Trained, saved beside its file, read back and continued; the JSON round trip.
    void savedAndReadBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.tsv");
        writeFile(path, sentences());
        DataSource source = labelledFile(path.toStdString());
        source.window.window = 6;
        auto trainer = trainerForData(smallGru(), fewSteps(), buildTrainingData(source));
        for (int i = 0; i < 3; ++i) trainer->step();
        const std::string experiment = dir.filePath("run.rnnlab.json").toStdString();
        saveTrainer(experiment, *trainer, source);

        const Experiment e = readExperiment(experiment);
        QVERIFY(e.data->kind == DataSourceKind::Labelled);
        QCOMPARE(e.data->labelled.path, std::string("s.tsv"));
        QCOMPARE(e.data->labelled.classes, std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(e.data->labelled.vocabulary.front(), std::string(""));
        QCOMPARE(e.data->labelled.vocabulary[1], std::string("\n"));
        QCOMPARE(int(e.data->labelled.vocabulary.size()), e.network.vocabSize);
        QCOMPARE(e.data->window.window, Index(6));
        auto back = makeTrainer(e, directoryOf(experiment));
        QVERIFY(back->weights().flat() == trainer->weights().flat());
        const auto mine = trainer->step(), theirs = back->step();
        QCOMPARE(theirs->loss, mine->loss);

        DataSource csv = *e.data;
        csv.labelled.columns.values = {"x", "y"};
        csv.labelled.columns.label = "class";
        const DataSource parsed =
            parseDataSource(dataSourceJson(csv, nullptr), JsonPath("e.json").field("data"));
        QCOMPARE(parsed.labelled.path, csv.labelled.path);
        QCOMPARE(parsed.labelled.columns.values, csv.labelled.columns.values);
        QCOMPARE(parsed.labelled.columns.label, std::string("class"));
        QCOMPARE(parsed.labelled.columns.text, std::string("text"));
        QCOMPARE(parsed.labelled.vocabulary, csv.labelled.vocabulary);
        QCOMPARE(parsed.labelled.classes, csv.labelled.classes);

        // A third class: the network's outputs would mean something else.
        writeFile(path, sentences() + "meh\tso so\n");
        const QString message =
            errorOf<FileError>([&] { makeTrainer(e, directoryOf(experiment)); });
        QVERIFY2(message.contains("data: labelled.classes: the labelled file gives 3 classes, the "
                                  "network was trained with 2 (they differ from [0] on)"),
                 qPrintable(message));
    }

    void badDataSections() {
        const JsonPath at = JsonPath("e.json").field("data");
        auto parse = [&](const char* json) {
            return parseDataSource(QJsonDocument::fromJson(json).object(), at);
        };
        QCOMPARE(errorOf<FileError>([&] { parse(R"({"source": "labelled", "labelled": {}})"); }),
                 QString("e.json: data.labelled must have either \"path\" (a labelled file) or "
                         "\"bundled\" (a bundled set)"));
        QVERIFY(errorOf<FileError>([&] {
                    parse(R"({"source": "labelled", "labelled": {"bundled": "reviews"}})");
                }).contains("bundled labelled set 'reviews' is not one of: sentiment_en"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLabelledExperiment)
}  // namespace RNNLAB_TEST_FILE

#include "tst_labelled_experiment.moc"
