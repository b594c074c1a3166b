// A teacher's walk through the explorer: pick LSTM, train on a series, pause, step to t = 37,
// read the forget gate of unit 5 with its numbers, sweep backward from the end watching dL/dh_t
// shrink - and every number matches `rnnlab-cli trace` on the same model and sequence.
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/step_detail_panel.h"
#include "ui/explorer/sweep_control.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

constexpr Index kWindow = 50;
constexpr Index kSample = 3;  // validation window

void writeCsv(const QString& path, const Matrix<double>& m) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (Index r = 0; r < m.rows(); ++r) {
        QStringList fields;
        for (Index c = 0; c < m.cols(); ++c) fields << QString::number(m(r, c), 'g', 17);
        f.write((fields.join(',') + '\n').toUtf8());
    }
}

double at(const QJsonValue& matrix, Index row, Index column) {
    return matrix.toArray()[int(row)].toArray()[int(column)].toDouble();
}

double rowNorm(const QJsonValue& matrix, Index row) {
    double sum = 0;
    for (const QJsonValue& v : matrix.toArray()[int(row)].toArray())
        sum += v.toDouble() * v.toDouble();
    return std::sqrt(sum);
}

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-10 * std::max(1.0, std::abs(b));
}

}  // namespace

class TestExplorerCli : public QObject {
    Q_OBJECT
private slots:
    void panelNumbersMatchTheCliTrace() {
        // Train an LSTM on a sine series, then stop ("pause").
        DataSource data;
        data.generator.kind = GeneratorKind::Sine;
        data.window.window = int(kWindow);
        NetworkConfig network;
        network.cell = CellType::Lstm;
        network.hiddenSize = 16;
        TrainingSettings settings;
        settings.optimizer.learningRate = 0.01;
        settings.epochs = 5;
        settings.seed = 4;
        Trainer trainer(network, settings, buildTrainingData(data));
        for (int i = 0; i < 40; ++i) QVERIFY(trainer.step());

        // The explorer asks for validation window 3; the "session" answers.
        ExplorerView view;
        QObject::connect(
            &view, &ExplorerView::traceSampleRequested, &view, [&](Split split, Index index) {
                view.setTrace(
                    std::make_shared<const SequenceTrace>(trainer.traceSample(split, index)));
            });
        view.setSampleCounts(trainer.data().count(Split::Train),
                             trainer.data().count(Split::Validation));
        view.picker()->setSource(TraceSource::Validation);
        view.picker()->setIndex(kSample);
        QCOMPARE(view.length(), int(kWindow));
        view.setCurrentStep(36);  // t = 37
        view.setUnit(4);          // unit 5

        // The same model and sequence through the command line.
        QTemporaryDir dir;
        const QString model = dir.filePath("model.rnnlab.json"), x = dir.filePath("x.csv");
        const QString y = dir.filePath("y.csv"), out = dir.filePath("trace.json");
        saveTrainer(model.toStdString(), trainer, data);
        Matrix<double> inputs, targets;
        trainer.data().batch(Split::Validation, kSample, 1, inputs, targets);
        QCOMPARE(inputs, view.trace()->x);
        writeCsv(x, inputs);
        writeCsv(y, targets);
        QProcess cli;
        cli.start(QStringLiteral(RNNLAB_CLI_PATH),
                  {"trace", "--model", model, "--input", x, "--target", y, "--out", out});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject layer = json["layers"].toArray()[0].toObject();
        QVERIFY(close(*view.trace()->loss, json["loss"].toDouble()));

        // The forget gate of unit 5 at t = 37, as the panel reads it.
        const std::vector<EquationLine>& lines = view.detailPanel()->lines();
        const EquationLine& forget = lines[1];
        QCOMPARE(forget.number, 2);
        const double f = at(layer["gates"].toObject()["f"], 36, 4);
        QVERIFY2(close(forget.values.last(), f),
                 qPrintable(QStringLiteral("%1 vs %2").arg(forget.values.last()).arg(f)));
        QVERIFY(forget.text().endsWith(QStringLiteral(" = ") + formatValue(f)));
        QVERIFY(view.detailPanel()->equationsHtml().contains(formatValue(f)));
        QVERIFY(close(lines[4].values.last(), at(layer["c"], 36, 4)));  // (5) c_t
        QVERIFY(close(lines[5].values.last(), at(layer["h"], 36, 4)));  // (6) h_t
        QVERIFY(close(lines[4].values[1], at(layer["c"], 35, 4)));      // c_{t-1}

        // Backward from the end: each step's ‖dL/dh_t‖ is the CLI's, and it shrinks.
        view.sweepControl()->setMode(SweepControl::Mode::Backward);
        view.setCurrentStep(0);
        view.playSweep();
        QCOMPARE(view.currentStep(), int(kWindow) - 1);
        std::vector<double> norms;
        do {
            const std::vector<EquationLine>& back = view.detailPanel()->lines();
            const EquationLine& norm = back[1];  // dh, ‖dh‖, dc, ‖dc‖, then the forward pass
            QVERIFY(norm.symbolic.startsWith(QStringLiteral("‖dL/dh_t‖")));
            const Index t = view.currentStep();
            QVERIFY2(close(norm.values.last(), rowNorm(layer["dh"], t)),
                     qPrintable(QString::number(t)));
            QVERIFY(close(back[0].values.last(), at(layer["dh"], t, 4)));
            QVERIFY(close(back[2].values.last(), at(layer["dc"], t, 4)));
            norms.push_back(norm.values.last());
        } while (view.advanceSweep());
        QCOMPARE(norms.size(), size_t(kWindow));
        QVERIFY2(norms.back() < 0.1 * norms.front(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(norms.front()).arg(norms.back())));
    }
};

RNNLAB_TEST_MAIN(TestExplorerCli)
}  // namespace RNNLAB_TEST_FILE

#include "tst_explorer_cli.moc"
