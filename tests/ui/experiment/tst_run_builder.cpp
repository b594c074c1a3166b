// The window refuses the data it has no views for (ui/experiment/run_builder.h): an experiment
// file of a text's character model, of labelled data or of a symbolic task is refused when
// opened, and a run of one is not built, with a message that says where such data trains —
// never opened into a wrong view.
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
    void textAndLabelledExperimentsAreRefused() {
        DataSource text;
        text.kind = DataSourceKind::Text;
        text.text.bundled = "us_constitution";
        text.window.window = 20;
        const QString textRun = savedRun(m_dir, "text.rnnlab.json", text);
        OpenedRun o = openRun(textRun, DataSource{});
        QVERIFY(!o.run);
        QCOMPARE(o.error, textRun + ": a character model of a text trains and writes with "
                                    "rnnlab-cli (train --text, sample); the window has no views "
                                    "of text yet");

        DataSource labelled;
        labelled.kind = DataSourceKind::Labelled;
        labelled.labelled.bundled = "sentiment_en";
        const QString labelledRun = savedRun(m_dir, "labelled.rnnlab.json", labelled);
        o = openRun(labelledRun, DataSource{});
        QVERIFY(!o.run);
        QCOMPARE(o.error, labelledRun + ": sequence classification of labelled data trains with "
                                        "rnnlab-cli (train --labelled); the window has no views "
                                        "of it yet");
    }

    void symbolicExperimentIsRefusedWhenOpened() {
        QFile file(m_dir.filePath("brackets.rnnlab.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "rnnlab", "version": 1,
            "network": {"cell": "lstm", "input": "symbols", "vocab_size": 2, "hidden_size": 4,
                        "num_layers": 1, "output_size": 2, "output": "last",
                        "loss": "cross_entropy"},
            "data": {"source": "generator", "generator": {"name": "brackets"}}})");
        file.close();
        const QString path = file.fileName();
        const OpenedRun o = openRun(path, DataSource{});
        QVERIFY(!o.run);
        QCOMPARE(o.error, path + ": the symbolic task brackets trains with rnnlab-cli (train "
                                 "--generator brackets); the window has no views of symbols yet");
    }

    void symbolicRunIsNotBuilt() {
        const BuiltRun b = buildRun({symbolic(), NetworkConfig{}, TrainingSettings{}, {}}, nullptr,
                                    false);
        QVERIFY(!b.run);
        QVERIFY(b.dataError);
        QVERIFY2(b.error.contains("the window has no views of symbols yet"), qPrintable(b.error));
    }
};

RNNLAB_TEST_MAIN(TestRunBuilder)
}  // namespace RNNLAB_TEST_FILE

#include "tst_run_builder.moc"
