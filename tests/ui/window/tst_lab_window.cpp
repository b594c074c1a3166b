// The analysis views inside the finished window: the explorer and the gradient lab follow the
// run, a remedy chosen in the gradient lab changes the run (live or rebuilt, data and seed
// kept), Train > Compare trains the three cells side by side, and a lesson chosen from the
// Lessons menu becomes the run with its guide in the lesson dock.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "test_main.h"
#include "core/lessons/lesson_catalog.h"
#include "gui_test_support.h"
#include "ui/application_setup.h"
#include "ui/compare/compare_view.h"
#include "ui/explorer/explorer_view.h"
#include "ui/gradients/gradient_check_panel.h"
#include "ui/gradients/gradients_view.h"
#include "ui/gradients/remedy_strip.h"
#include "ui/lessons/lesson_coordinator.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/lessons/lesson_menu.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::waitUntilIdle;

class TestLabViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }

    void explorerAndGradientsFollowTheRun() {
        LabWindow window;
        QVERIFY(window.showView(QStringLiteral("explorer")));
        trainAndWait(window.controller(), 25);
        window.settleViews();
        const auto snapshot = window.controller().snapshot();
        QCOMPARE(snapshot->step, 25);
        QVERIFY(snapshot->trace);
        QCOMPARE(window.explorer()->trace(), snapshot->trace);  // the run's traced sequence
        QCOMPARE(window.gradients()->snapshot(), snapshot);
        // One time cursor: the bar moves the explorer and the gradient lab together.
        window.timeBar()->setCurrentStep(7);
        QCOMPARE(window.explorer()->currentStep(), 7);
    }

    void gradientCheckRunsOnTheWorker() {
        LabWindow window;
        QVERIFY(waitUntilIdle(window.controller()));
        QSignalSpy ready(&window.controller().session(), &TrainingSession::gradientCheckReady);
        GradientCheckPanel* panel = window.gradients()->checkPanel();
        panel->checkButton()->click();
        QVERIFY(ready.wait(gui_test::kWorkerTimeoutMs));
        const auto result =
            ready.takeFirst().at(1).value<std::shared_ptr<const GradientCheckResult>>();
        QVERIFY(result);
        QVERIFY(!result->entries.empty());
        for (const auto& e : result->entries) QVERIFY2(e.relativeError < 1e-5, e.label().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->waiting(), gui_test::kWorkerTimeoutMs);
        QCOMPARE(panel->table()->rowCount(), int(result->entries.size()));
    }

    void liveRemedyKeepsTheRunAndRebuildKeepsTheSeed() {
        LabWindow window;
        ExperimentController& c = window.controller();
        trainAndWait(c, 10);
        RemedyStrip* remedies = window.gradients()->remedies();

        // Clipping is a training setting: it reaches the running trainer, the steps stay.
        remedies->clipBox()->setChecked(false);
        QVERIFY(waitUntilIdle(c));
        QVERIFY(!c.settings().clip);
        QCOMPARE(c.snapshot()->step, 10);

        // The cell is the network: a new run on the same data and seed.
        const auto data = c.trainingData();
        const quint64 seed = c.settings().seed;
        remedies->cellBox()->setCurrentIndex(remedies->cellBox()->findData(int(CellType::Gru)));
        QVERIFY(waitUntilIdle(c));
        QVERIFY(c.network().cell == CellType::Gru);
        QCOMPARE(c.snapshot()->step, 0);
        QCOMPARE(c.trainingData(), data);
        QCOMPARE(c.settings().seed, seed);
        QVERIFY(!c.settings().clip);
    }

    void compareTrainsTheThreeCellsOnTheSameData() {
        LabWindow window;
        window.actions().compareCells->trigger();
        QCOMPARE(window.currentViewName(), QStringLiteral("Compare"));
        CompareView* compare = window.compareView();
        QCOMPARE(compare->runCount(), 3);
        QStringList labels;
        for (int i = 0; i < 3; ++i) {
            labels << compare->run(i).label;
            QCOMPARE(compare->run(i).settings.seed, window.controller().settings().seed);
            QCOMPARE(compare->run(i).network.hiddenSize, window.controller().network().hiddenSize);
        }
        QCOMPARE(labels, (QStringList{"RNN", "LSTM", "GRU"}));
        QTRY_VERIFY_WITH_TIMEOUT(compare->anyRunning(), gui_test::kWorkerTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            compare->session(2)->snapshot() && compare->session(2)->snapshot()->step > 0,
            gui_test::kWorkerTimeoutMs);
        compare->pauseAll();
    }

    void lessonFromTheMenuBecomesTheRun() {
        LabWindow window;
        QAction* entry = nullptr;
        for (QAction* a : window.lessonsMenu()->actions()) {
            if (a->text().contains(QLatin1String("vanishing gradient"), Qt::CaseInsensitive))
                entry = a;
        }
        QVERIFY(entry);
        entry->trigger();
        QVERIFY(waitUntilIdle(window.controller()));
        const Lesson& lesson =
            findLesson(window.lessons()->menu()->lessons(), "vanishing-gradient");
        QCOMPARE(window.lessonGuide()->title(), QString::fromStdString(lesson.title));
        QCOMPARE(window.lessonGuide()->currentStep(), 0);
        const ExperimentController& c = window.controller();
        QVERIFY(c.network() == lesson.experiment.network);
        QCOMPARE(c.settings().seed, lesson.experiment.training.seed);
        QCOMPARE(c.snapshot()->step, 0);
        QCOMPARE(window.currentViewName().toLower(), QString::fromStdString(lesson.views.front()));
        QCOMPARE(window.compareView()->runCount(), int(lesson.runs.size()));
    }
};

RNNLAB_TEST_MAIN(TestLabViews)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lab_window.moc"
