// rnnlab-cli train --log: one row per epoch with the losses and the validation metrics, in the
// columns its header names. The NumPy cases of tests/data/metrics/ train at lr 1e-30, so their
// weights stay as they are and every epoch's row holds the numbers NumPy computed for them
// (tests/data/make_metrics_reference.py): RMSE and MAE for a regression and accuracy for a
// classification, each with the other's columns empty.
#include <cmath>

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

// The log's rows as column name -> text.
QList<QHash<QString, QString>> readLog(const QString& path) {
    const QStringList lines = readLines(path);
    QList<QHash<QString, QString>> rows;
    if (lines.isEmpty()) return rows;
    const QStringList header = lines.front().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(',');
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c) row[header[c]] = cells[c];
        rows.append(row);
    }
    return rows;
}

}  // namespace

class TestCliTrainLog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void metricsColumns_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("regression") << "regression";
        QTest::newRow("classification") << "classification";
    }
    void metricsColumns() {
        QFETCH(QString, name);
        const QString dir = QStringLiteral(RNNLAB_TEST_DATA_DIR "/metrics/");
        const QJsonObject expected = readJsonObject(dir + "expected.json")[name].toObject();
        QVERIFY(!expected.isEmpty());
        const QString log = m_dir.filePath(name + ".csv");
        const CliRun r =
            runCli({"train", "--experiment", dir + name + ".rnnlab.json", "--epochs", "2", "--log",
                    log, "--quiet", "--out", m_dir.filePath(name + ".rnnlab.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readLines(log).value(0).startsWith(
            "epoch,step,train_loss,val_loss,test_loss,val_rmse,val_mae,val_accuracy"));
        const QList<QHash<QString, QString>> rows = readLog(log);
        QCOMPARE(rows.size(), 2);
        const bool classes = expected.contains("val_accuracy");
        for (int e = 0; e < 2; ++e) {
            const QHash<QString, QString>& row = rows[e];
            QCOMPARE(row["epoch"], QString::number(e + 1));
            QCOMPARE(row["step"], QString::number((e + 1) * expected["steps_per_epoch"].toInt()));
            QCOMPARE(row["lr"], QString("1e-30"));
            QStringList columns{"train_loss", "val_loss", "test_loss"};
            columns << (classes ? QStringList{"val_accuracy"} : QStringList{"val_rmse", "val_mae"});
            for (const QString& column : columns) {
                bool ok = false;
                const double value = row[column].toDouble(&ok);
                const double numpy = expected[column].toDouble();
                QVERIFY2(ok && std::abs(value - numpy) <= 1e-5 * std::abs(numpy),
                         qPrintable(QString("epoch %1, %2: %3, NumPy %4")
                                        .arg(e + 1)
                                        .arg(column, row[column])
                                        .arg(numpy, 0, 'g', 12)));
            }
            for (const QString& column :
                 classes ? QStringList{"val_rmse", "val_mae"} : QStringList{"val_accuracy"})
                QVERIFY2(row.contains(column) && row[column].isEmpty(), qPrintable(column));
        }
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliTrainLog)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_train_log.moc"
