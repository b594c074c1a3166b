// A lesson chosen from the Lessons menu (or by name, as `rnnlab --lesson NAME`) opens in the
// guide's dock, hands its experiment to the controller, fills the comparison view with its runs
// and shows its views.
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>

#include "test_main.h"
#include "core/base/errors.h"
#include "ui/compare/compare_view.h"
#include "ui/lessons/bundled_lessons.h"
#include "ui/lessons/lesson_coordinator.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/lessons/lesson_menu.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestLessonCoordinator : public QObject {
    Q_OBJECT
private slots:
    void menuOpensAndStartsALesson() {
        QMainWindow window;
        QMenu menu;
        auto* guide = new LessonGuide;
        auto* dock = new QDockWidget("Lesson", &window);
        dock->setWidget(guide);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        auto* compare = new CompareView;
        window.setCentralWidget(compare);
        window.show();
        dock->hide();
        QStringList shown;
        LessonCoordinator lessons(bundledLessons(), &menu, guide, compare,
                                  [&shown](const QString& view) {
                                      shown << view;
                                      return true;
                                  });
        QSignalSpy started(&lessons, &LessonCoordinator::lessonStarted);

        lessons.menu()->action(3)->trigger();  // "LSTM remembers"
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<Lesson>().name, std::string("lstm-remembers"));
        QVERIFY(dock->isVisible());
        QCOMPARE(guide->title(), QString("LSTM remembers"));
        QCOMPARE(guide->currentStep(), 0);
        QCOMPARE(compare->runCount(), 2);
        QCOMPARE(compare->run(0).label, QString("tanh RNN"));
        QCOMPARE(compare->run(1).label, QString("LSTM"));
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last(), QString("training"));  // the first step's view

        // A step that names a view shows it.
        guide->setCurrentStep(4);
        QCOMPARE(shown.last(), QString("compare"));

        // A lesson without runs empties the comparison view.
        lessons.open("price-window");
        QCOMPARE(started.count(), 2);
        QCOMPARE(guide->title(), QString("Predicting a price from a window"));
        QCOMPARE(compare->runCount(), 0);
    }

    void unknownNameListsTheLessons() {
        QMenu menu;
        LessonGuide guide;
        CompareView compare;
        LessonCoordinator lessons(bundledLessons(), &menu, &guide, &compare,
                                  [](const QString&) { return true; });
        try {
            lessons.open("vanishing");
            QFAIL("opened a lesson that does not exist");
        } catch (const ConfigError& e) {
            QCOMPARE(QString(e.what()),
                     "no lesson is called 'vanishing' (lessons: hidden-state, bptt-backward, "
                     "vanishing-gradient, lstm-remembers, lstm-gates, gru-gates, "
                     "exploding-gradients, initialisation, truncated-bptt, learning-rate, "
                     "normalisation, overfitting, gru-lstm-rnn, classification, price-window, "
                     "brackets-lstm-rnn, char-model-spells, sentiment-state, "
                     "word-start-unit, quote-unit)");
        }
        QVERIFY(!guide.lesson().has_value());
    }
};

RNNLAB_TEST_MAIN(TestLessonCoordinator)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_coordinator.moc"
