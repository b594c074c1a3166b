// The window refuses the data it has no views for: an experiment file of a symbolic task (or a
// text) is refused when opened, and a run of one is not built, with a message that says where
// such data trains.
#include <QtTest>

#include "ui/experiment/run_builder.h"

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

}  // namespace

class TestRunBuilder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
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

QTEST_MAIN(TestRunBuilder)
#include "tst_run_builder.moc"
