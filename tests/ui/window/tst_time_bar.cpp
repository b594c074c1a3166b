// The shared time bar: range and clamping, 1-based display, buttons, direction and playback,
// and its keys winning over the window's arrow-key shortcut only while it has focus.
#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include "test_main.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using rnnlab::ui::TimeBar;

namespace {

QToolButton* buttonWithText(TimeBar& bar, const QString& text) {
    for (QToolButton* b : bar.findChildren<QToolButton*>()) {
        if (b->text() == text) return b;
    }
    return nullptr;
}

QToolButton* buttonWithTip(TimeBar& bar, const QString& tipStart) {
    for (QToolButton* b : bar.findChildren<QToolButton*>()) {
        if (b->toolTip().startsWith(tipStart)) return b;
    }
    return nullptr;
}

// A key press as the keyboard makes it: to the focus widget, window shortcuts first.
void pressKey(Qt::Key key) {
    QTest::keyClick(QApplication::focusWidget(), key);
}

}  // namespace

class TestTimeBar : public QObject {
    Q_OBJECT
private slots:
    void startsEmptyAndDisabled();
    void showsOneBasedSteps();
    void clampsAndSignalsOnlyChanges();
    void shrinkingMovesTheStepIntoRange();
    void buttonsMoveAndDisableAtTheEnds();
    void advanceFollowsTheDirection();
    void directionTogglesAreExclusive();
    void keysWinOverWindowShortcutsWhileFocused();
};

void TestTimeBar::startsEmptyAndDisabled() {
    TimeBar bar;
    QCOMPARE(bar.length(), 0);
    QCOMPARE(bar.currentStep(), 0);
    QCOMPARE(bar.positionText(), QStringLiteral("t = \u2013 / \u2013"));
    QVERIFY(!bar.findChild<QSlider*>()->isEnabled());
    QSignalSpy spy(&bar, &TimeBar::currentStepChanged);
    bar.setCurrentStep(3);
    QCOMPARE(bar.currentStep(), 0);
    QCOMPARE(spy.count(), 0);
}

void TestTimeBar::showsOneBasedSteps() {
    TimeBar bar;
    bar.setLength(100);
    QCOMPARE(bar.positionText(), QStringLiteral("t = 1 / 100"));
    bar.setCurrentStep(36);
    QCOMPARE(bar.positionText(), QStringLiteral("t = 37 / 100"));
    QCOMPARE(bar.findChild<QSlider*>()->value(), 36);
    QCOMPARE(bar.findChild<QSlider*>()->maximum(), 99);
}

void TestTimeBar::clampsAndSignalsOnlyChanges() {
    TimeBar bar;
    bar.setLength(10);
    QSignalSpy spy(&bar, &TimeBar::currentStepChanged);
    bar.setCurrentStep(500);
    bar.setCurrentStep(9);  // unchanged: no signal
    bar.setCurrentStep(-3);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[0][0].toInt(), 9);
    QCOMPARE(spy[1][0].toInt(), 0);
    // Dragging the slider is the same as setCurrentStep.
    bar.findChild<QSlider*>()->setValue(4);
    QCOMPARE(bar.currentStep(), 4);
    QCOMPARE(spy.count(), 3);
}

void TestTimeBar::shrinkingMovesTheStepIntoRange() {
    TimeBar bar;
    bar.setLength(50);
    bar.setCurrentStep(40);
    QSignalSpy spy(&bar, &TimeBar::currentStepChanged);
    bar.setLength(20);
    QCOMPARE(bar.currentStep(), 19);
    QCOMPARE(spy.count(), 1);
    bar.setLength(30);  // growing keeps the step
    QCOMPARE(bar.currentStep(), 19);
    QCOMPARE(spy.count(), 1);
    bar.setLength(0);
    QCOMPARE(bar.positionText(), QStringLiteral("t = \u2013 / \u2013"));
}

void TestTimeBar::buttonsMoveAndDisableAtTheEnds() {
    TimeBar bar;
    bar.setLength(5);
    QToolButton* first = buttonWithTip(bar, QStringLiteral("First"));
    QToolButton* previous = buttonWithTip(bar, QStringLiteral("Previous"));
    QToolButton* next = buttonWithTip(bar, QStringLiteral("Next"));
    QToolButton* last = buttonWithTip(bar, QStringLiteral("Last"));
    QVERIFY(first && previous && next && last);
    QVERIFY(!first->isEnabled() && !previous->isEnabled());
    next->click();
    next->click();
    QCOMPARE(bar.currentStep(), 2);
    previous->click();
    QCOMPARE(bar.currentStep(), 1);
    last->click();
    QCOMPARE(bar.currentStep(), 4);
    QVERIFY(!next->isEnabled() && !last->isEnabled());
    first->click();
    QCOMPARE(bar.currentStep(), 0);
}

void TestTimeBar::advanceFollowsTheDirection() {
    TimeBar bar;
    bar.setLength(3);
    QVERIFY(bar.advance());
    QVERIFY(bar.advance());
    QCOMPARE(bar.currentStep(), 2);
    QVERIFY(!bar.advance());  // end of the forward pass
    bar.setDirection(TimeBar::Direction::Backward);
    QVERIFY(bar.advance());
    QCOMPARE(bar.currentStep(), 1);
    QVERIFY(bar.advance());
    QVERIFY(!bar.advance());  // t = 1: the backward pass is done
    QCOMPARE(bar.currentStep(), 0);
}

void TestTimeBar::directionTogglesAreExclusive() {
    TimeBar bar;
    bar.setLength(3);
    QToolButton* forward = buttonWithText(bar, QStringLiteral("forward"));
    QToolButton* backward = buttonWithText(bar, QStringLiteral("backward"));
    QVERIFY(forward->isChecked() && !backward->isChecked());
    QSignalSpy spy(&bar, &TimeBar::directionChanged);
    backward->click();
    QCOMPARE(bar.direction(), TimeBar::Direction::Backward);
    QVERIFY(!forward->isChecked());
    backward->click();  // already backward: no signal
    forward->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[0][0].value<TimeBar::Direction>(), TimeBar::Direction::Backward);
    QCOMPARE(spy[1][0].value<TimeBar::Direction>(), TimeBar::Direction::Forward);
    bar.setDirection(TimeBar::Direction::Backward);  // programmatic changes update the toggles
    QVERIFY(backward->isChecked());
}

void TestTimeBar::keysWinOverWindowShortcutsWhileFocused() {
    QMainWindow window;
    auto* central = new QWidget(&window);
    auto* layout = new QVBoxLayout(central);
    auto* other = new QPushButton(QStringLiteral("elsewhere"), central);
    auto* bar = new TimeBar(central);
    layout->addWidget(other);
    layout->addWidget(bar);
    window.setCentralWidget(central);
    auto* step = new QAction(QStringLiteral("Step"), &window);
    step->setShortcut(QKeySequence(Qt::Key_Right));  // as the main window's Step action
    window.addAction(step);
    QSignalSpy steps(step, &QAction::triggered);
    bar->setLength(100);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    bar->setFocus();
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Right);
    QCOMPARE(bar->currentStep(), 2);
    QCOMPARE(steps.count(), 0);
    pressKey(Qt::Key_Left);
    QCOMPARE(bar->currentStep(), 1);
    pressKey(Qt::Key_End);
    QCOMPARE(bar->currentStep(), 99);
    pressKey(Qt::Key_PageDown);  // back ten percent
    QCOMPARE(bar->currentStep(), 89);
    pressKey(Qt::Key_Home);
    QCOMPARE(bar->currentStep(), 0);

    other->setFocus();
    pressKey(Qt::Key_Right);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(bar->currentStep(), 0);
}

RNNLAB_TEST_MAIN(TestTimeBar)
}  // namespace RNNLAB_TEST_FILE

#include "tst_time_bar.moc"
