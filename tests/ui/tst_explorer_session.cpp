// The explorer wired to a real training session, as the main window wires it: a typed or drawn
// input goes to the trainer and the trace that comes back is the one Trainer::traceInput gives;
// the view follows training live; inside the main window it screenshots like `rnnlab --view
// explorer --screenshot`, and all its figures export in every format.
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/error_of.h"
#include "core/train/data_source.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/input_sketch.h"
#include "ui/explorer/step_detail_panel.h"
#include "ui/explorer/unrolled_diagram.h"
#include "ui/headless/window_screenshot.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/session/training_session.h"
#include "ui/theme/theme.h"
#include "ui/window/main_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

std::shared_ptr<Trainer> sineTrainer(CellType cell) {
    DataSource d;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = 20;
    NetworkConfig c;
    c.cell = cell;
    c.hiddenSize = 8;
    TrainingSettings s;
    s.optimizer.learningRate = 0.01;
    s.epochs = 50;
    s.traceEvery = 2;
    s.seed = 5;
    return std::make_shared<Trainer>(c, s, buildTrainingData(d));
}

// The wiring the main window's controller makes.
void connectSession(ExplorerView& view, TrainingSession& session, const Trainer& trainer) {
    QObject::connect(&session, &TrainingSession::snapshotChanged, &view,
                     [&] { view.setSnapshot(session.snapshot()); });
    QObject::connect(&session, &TrainingSession::customTrace, &view,
                     [&view](quint64, std::shared_ptr<const SequenceTrace> trace) {
                         view.setTrace(std::move(trace));
                     });
    QObject::connect(&view, &ExplorerView::traceInputRequested, &session,
                     &TrainingSession::traceInput);
    QObject::connect(&view, &ExplorerView::traceSampleRequested, &session,
                     &TrainingSession::traceSample);
    view.setSampleCounts(trainer.data().count(Split::Train),
                         trainer.data().count(Split::Validation));
}

void expectTraceOf(const ExplorerView& view, const Trainer& trainer, const Matrix<double>& input) {
    QVERIFY(view.trace());
    QCOMPARE(view.trace()->x, input);
    QVERIFY(!view.trace()->loss);
    const SequenceTrace direct = trainer.traceInput(input);
    QCOMPARE(view.trace()->layers[0].h, direct.layers[0].h);
    QCOMPARE(view.trace()->layers[0].gates[1].value, direct.layers[0].gates[1].value);
    // The panel shows them: h of the last step, unit 1, closes the equations.
    const Index last = input.rows() - 1;
    QCOMPARE(view.currentStep(), int(last));
    QCOMPARE(view.detailPanel()->lines().back().values.last(), direct.layers[0].h(last, 0));
}

}  // namespace

class TestExplorerSession : public QObject {
    Q_OBJECT
    SettingsSandbox m_settings;

private slots:
    void typedInputIsTracedByTheTrainer() {
        auto trainer = sineTrainer(CellType::Lstm);
        TrainingSession session;
        ExplorerView view;
        connectSession(view, session, *trainer);
        session.setTrainer(trainer);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.trace(), gui_test::kWorkerTimeoutMs);  // the untrained network's traced window
        QSignalSpy requests(&view, &ExplorerView::traceInputRequested);
        view.picker()->setSource(TraceSource::OwnInput);
        QVERIFY(view.inputSketch()->isVisibleTo(&view));
        // It starts from the sequence on screen.
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.last().first().value<Matrix<double>>().rows(), Index(20));

        QLineEdit* text = view.inputSketch()->textEdit();
        text->setText(QStringLiteral("0.5, 1, -0.25 0.125"));
        emit text->editingFinished();
        QCOMPARE(requests.size(), 2);
        Matrix<double> typed(4, 1);
        typed << 0.5, 1, -0.25, 0.125;
        QCOMPARE(requests.last().first().value<Matrix<double>>(), typed);
        view.setCurrentStep(99);  // clamped to the last step of whatever is shown
        QTRY_COMPARE_WITH_TIMEOUT(view.length(), 4, gui_test::kWorkerTimeoutMs);
        view.setCurrentStep(3);
        expectTraceOf(view, *trainer, typed);

        // A typo is reported and nothing is sent.
        text->setText(QStringLiteral("0.5, x"));
        emit text->editingFinished();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(view.inputSketch()->errorText(), QStringLiteral("'x' is not a number"));
    }

    void drawnInputIsTracedByTheTrainer() {
        auto trainer = sineTrainer(CellType::Gru);
        TrainingSession session;
        ExplorerView view;
        connectSession(view, session, *trainer);
        session.setTrainer(trainer);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace(), gui_test::kWorkerTimeoutMs);
        view.resize(1400, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.picker()->setSource(TraceSource::OwnInput);
        QApplication::processEvents();
        QSignalSpy requests(&view, &ExplorerView::traceInputRequested);
        SketchCanvas* canvas = view.inputSketch()->canvas();
        QCOMPARE(canvas->values().rows(), Index(20));
        // A stroke from step 2 at +0.5 to step 6 at -0.5; the steps between on a straight line.
        const QPoint from = canvas->pointFor(2, 0.5).toPoint(),
                     to = canvas->pointFor(6, -0.5).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QCOMPARE(requests.size(), 1);
        const Matrix<double> drawn = requests.last().first().value<Matrix<double>>();
        QCOMPARE(drawn, canvas->values());
        const double a = canvas->valueAt(from.y()), b = canvas->valueAt(to.y());
        QVERIFY(std::abs(a - 0.5) < 0.05 && std::abs(b + 0.5) < 0.05);
        QCOMPARE(drawn(2, 0), a);
        QCOMPARE(drawn(6, 0), b);
        for (int s = 3; s < 6; ++s) QCOMPARE(drawn(s, 0), a + (b - a) * (s - 2) / 4.0);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace() && view.trace()->x == drawn,
                                 gui_test::kWorkerTimeoutMs);
        view.setCurrentStep(19);
        expectTraceOf(view, *trainer, drawn);
    }

    // Training runs: the shown trace follows the run's traced sequence; paused, it stays.
    void followsTrainingLive() {
        auto trainer = sineTrainer(CellType::Rnn);
        TrainingSession session;
        ExplorerView view;
        connectSession(view, session, *trainer);
        session.setTrainer(trainer);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace(), gui_test::kWorkerTimeoutMs);
        const std::shared_ptr<const SequenceTrace> first = view.trace();
        session.play();
        QTRY_VERIFY_WITH_TIMEOUT(view.trace() != first, gui_test::kWorkerTimeoutMs);
        QVERIFY(view.statusText().contains("training step"));
        session.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!session.running(), gui_test::kWorkerTimeoutMs);
    }

    void insideTheMainWindow() {
        auto trainer = sineTrainer(CellType::Lstm);
        TrainingSession session;
        MainWindow window;
        auto* view = new ExplorerView;
        connectSession(*view, session, *trainer);
        window.addView(QStringLiteral("Explorer"), view);
        view->attachTimeBar(window.timeBar());
        session.setTrainer(trainer);
        QTRY_VERIFY_WITH_TIMEOUT(view->trace(), gui_test::kWorkerTimeoutMs);
        QVERIFY(window.showView(QStringLiteral("explorer")));
        window.resize(1920, 1080);
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("explorer-window.png"));
        saveWindowScreenshot(window, shot);
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(1920, 1080));
        const QString problem = gui_test::screenshotProblem(image);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The explorer is the view shown: its diagram's background where the diagram is.
        QCOMPARE(image.pixelColor(view->diagram()->mapTo(&window, QPoint(1, 1))),
                 Theme::instance().style().plotBackground);
        QCOMPARE(window.timeBar()->length(), 20);
        window.timeBar()->setCurrentStep(12);
        QCOMPARE(view->currentStep(), 12);

        // Every plot of the explorer exports like the others (Export all figures).
        const QList<Figure*> figures = figuresIn(*view);
        // Gate and state bars (the gradient bars take the state bars' place in the backward
        // direction, and only what is shown is exported); 7 heat maps.
        QCOMPARE(figures.size(), 2 + 7);
        const QStringList written = exportFigures(figures, dir.filePath(QStringLiteral("figures")),
                                                  allFigureFormats(), ExportOptions{});
        QCOMPARE(written.size(), figures.size() * 4);
        for (const QString& path : written) QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        QVERIFY(figuresIn(window).contains(figures.first()));
        // The unrolled diagram is a picture exported through ui/plot: PNG at the DPI asked,
        // SVG and PDF; CSV refused, naming the path and leaving no file.
        const UnrolledDiagram& diagram = *view->diagram();
        const ExportOptions options{QSize(900, 400), 192};
        exportPicture(diagram, dir.filePath(QStringLiteral("unrolled.png")), FigureFormat::Png,
                      options);
        exportPicture(diagram, dir.filePath(QStringLiteral("unrolled.svg")), FigureFormat::Svg,
                      options);
        exportPicture(diagram, dir.filePath(QStringLiteral("unrolled.pdf")), FigureFormat::Pdf,
                      options);
        QCOMPARE(QImage(dir.filePath(QStringLiteral("unrolled.png"))).size(), QSize(1800, 800));
        QFile svg(dir.filePath(QStringLiteral("unrolled.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QFile pdf(dir.filePath(QStringLiteral("unrolled.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        const QString csv = dir.filePath(QStringLiteral("unrolled.csv"));
        const QString error =
            errorOf<FileError>([&] { exportPicture(diagram, csv, FigureFormat::Csv, options); });
        QVERIFY2(error.startsWith(csv + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(csv));
        // "Export all figures" writes it as one more file, with the explorer's figures.
        QCOMPARE(picturesIn(*view), QList<const PaintedPicture*>{&diagram});
        const QString all = dir.filePath(QStringLiteral("all"));
        const QStringList withDiagram =
            exportFigures(figures, all, {FigureFormat::Svg}, ExportOptions{}, picturesIn(*view));
        QCOMPARE(withDiagram.size(), figures.size() + 1);
        QCOMPARE(withDiagram.last(), QDir(all).filePath(QStringLiteral("unrolled-network.svg")));
        QVERIFY(QFileInfo(withDiagram.last()).size() > 0);
    }
};

RNNLAB_TEST_MAIN(TestExplorerSession)
}  // namespace RNNLAB_TEST_FILE

#include "tst_explorer_session.moc"
