// Opening an experiment file as a run (ui/experiment/run_builder.h) when its data is of a kind
// the window has no views of yet: a character model of a text and a classifier of labelled
// data are refused with a message that says where they train, never opened into a wrong view.
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/experiment_file.h"
#include "ui/experiment/run_builder.h"

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

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
private slots:
    void textAndLabelledExperimentsAreRefused() {
        QTemporaryDir dir;
        DataSource text;
        text.kind = DataSourceKind::Text;
        text.text.bundled = "us_constitution";
        text.window.window = 20;
        const QString textRun = savedRun(dir, "text.rnnlab.json", text);
        OpenedRun o = openRun(textRun, DataSource{});
        QVERIFY(!o.run);
        QCOMPARE(o.error, textRun + ": a character model of a text trains and writes with "
                                    "rnnlab-cli (train --text, sample); the window has no views "
                                    "of text yet");

        DataSource labelled;
        labelled.kind = DataSourceKind::Labelled;
        labelled.labelled.bundled = "sentiment_en";
        const QString labelledRun = savedRun(dir, "labelled.rnnlab.json", labelled);
        o = openRun(labelledRun, DataSource{});
        QVERIFY(!o.run);
        QCOMPARE(o.error, labelledRun + ": sequence classification of labelled data trains with "
                                        "rnnlab-cli (train --labelled); the window has no views "
                                        "of it yet");
    }
};

QTEST_MAIN(TestRunBuilder)
#include "tst_run_builder.moc"
