// Runs of symbol data in the window (ui/experiment/run_builder.h): an experiment file of a
// text's character model or of labelled data opens with what it was trained with, a symbolic
// task's run is built, and a text too short for its window is refused as bad data.
#include <QTemporaryDir>

#include "test_main.h"
#include "ui/experiment/run_builder.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

DataSource symbolic() {
    DataSource s;
    s.kind = DataSourceKind::Generator;
    s.generator.kind = GeneratorKind::Brackets;
    s.generator.parameters = {{"sequences", 20}};
    return s;
}

// A small network trained one step on `data`, saved in dir as name.
QString savedRun(const QTemporaryDir& dir, const QString& name, const DataSource& data) {
    NetworkConfig network;
    network.cell = CellType::Gru;
    network.hiddenSize = 2;
    TrainingSettings settings;
    settings.batchSize = 8;
    auto trainer = trainerForData(network, settings, buildTrainingData(data));
    trainer->step();
    const QString path = dir.filePath(name);
    saveTrainer(path.toStdString(), *trainer, data);
    return path;
}

}  // namespace

class TestRunBuilder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // A trained character model and a trained classifier open with their vocabulary, classes
    // and symbol input as saved.
    void textAndLabelledExperimentsOpen() {
        DataSource text;
        text.kind = DataSourceKind::Text;
        text.text.bundled = "us_constitution";
        text.window.window = 20;
        OpenedRun o = openRun(savedRun(m_dir, "text.rnnlab.json", text), DataSource{});
        QVERIFY2(o.run, qPrintable(o.error));
        QVERIFY(o.spec.network.input == InputKind::Symbols);
        QCOMPARE(o.spec.network.vocabSize, o.run->data->vocabularySize());
        QCOMPARE(o.spec.network.outputSize, o.spec.network.vocabSize);
        QCOMPARE(o.spec.source.text.vocabulary, o.run->data->symbolNames());
        QCOMPARE(o.run->data->steps(), Index(20));

        DataSource labelled;
        labelled.kind = DataSourceKind::Labelled;
        labelled.labelled.bundled = "sentiment_en";
        o = openRun(savedRun(m_dir, "labelled.rnnlab.json", labelled), DataSource{});
        QVERIFY2(o.run, qPrintable(o.error));
        QCOMPARE(o.spec.source.labelled.classes, std::vector<std::string>({"neg", "pos"}));
        QCOMPARE(o.run->data->classNames(), o.spec.source.labelled.classes);
    }

    // A symbolic task's run is built from the data panel's source: symbols in, classes out.
    void symbolicRunIsBuilt() {
        const BuiltRun b = buildRun({symbolic(), NetworkConfig{}, TrainingSettings{}, {}}, nullptr,
                                    false);
        QVERIFY2(b.run, qPrintable(b.error));
        const NetworkConfig& n = b.run->trainer->networkConfig();
        QVERIFY(n.input == InputKind::Symbols);
        QCOMPARE(n.vocabSize, 2);  // ( )
        QCOMPARE(n.outputSize, 2);  // unbalanced, balanced
        QVERIFY(n.loss == LossKind::CrossEntropy);
    }

    // A text too short for its window is refused with the text's own message, the data kept.
    void tooShortTextIsADataError() {
        const QString path = m_dir.filePath("short.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc abc abc");
        file.close();
        DataSource text;
        text.kind = DataSourceKind::Text;
        text.text.path = path.toStdString();
        text.window.window = 100;
        const BuiltRun b = buildRun({text, NetworkConfig{}, TrainingSettings{}, {}}, nullptr, false);
        QVERIFY(!b.run);
        QVERIFY(b.dataError);
        QVERIFY2(b.error.startsWith(path), qPrintable(b.error));
    }
};

RNNLAB_TEST_MAIN(TestRunBuilder)
}  // namespace RNNLAB_TEST_FILE

#include "tst_run_builder.moc"
