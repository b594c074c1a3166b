// Presentation mode with an open lesson, as a teacher drives it from a presenter's clicker: the
// lesson's guide becomes one caption bar above the views (its dock hides), PageDown and PageUp
// turn its steps wherever the focus is, F11 and --presentation give the same window, and the
// caption takes the theme's colours even when the theme changed while it was hidden.
#include <QDockWidget>
#include <QPushButton>

#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/lessons/lesson_caption.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/theme/theme.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

QDockWidget* lessonDock(const LabWindow& window) {
    return window.findChild<QDockWidget*>(QStringLiteral("dock_lesson"));
}

void pressOn(QWidget* focus, Qt::Key key) {
    focus->setFocus();
    QTest::keyClick(focus, key);
}

}  // namespace

class TestLessonCaption : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() {
        m_settings.clear();
        Theme::instance().setScheme(ColorScheme::Light);
        Theme::instance().setPresentation(false);
    }

    void theClickerTurnsTheStepsInPresentationMode() {
        LabWindow window;
        loadAndWait(window.controller(),
                    [&] { window.openLesson(QStringLiteral("gru-lstm-rnn")); });
        QVERIFY(gui_test::showAndActivate(window));
        LessonCaption* caption = window.lessonCaption();
        LessonGuide* guide = window.lessonGuide();
        QVERIFY(guide->stepCount() >= 3);
        QVERIFY(!caption->isVisible());
        QVERIFY(lessonDock(window)->isVisible());

        window.actions().presentationMode->trigger();  // F11
        QVERIFY(caption->isVisible());
        QVERIFY(!lessonDock(window)->isVisible());
        const QString total = QStringLiteral(" / %1").arg(guide->stepCount());
        QVERIFY2(caption->text().startsWith(QStringLiteral("1") + total),
                 qPrintable(caption->text()));

        // The clicker's keys, with the focus on the time slider (whose own PageDown moves the
        // time step outside presentation mode) and on a view.
        pressOn(window.timeBar(), Qt::Key_PageDown);
        QCOMPARE(guide->currentStep(), 1);
        QVERIFY2(caption->text().startsWith(QStringLiteral("2") + total),
                 qPrintable(caption->text()));
        pressOn(window.centralWidget(), Qt::Key_PageDown);
        QCOMPARE(guide->currentStep(), 2);
        pressOn(window.centralWidget(), Qt::Key_PageUp);
        QCOMPARE(guide->currentStep(), 1);
        caption->nextButton()->click();
        QCOMPARE(guide->currentStep(), 2);
        caption->backButton()->click();
        QCOMPARE(guide->currentStep(), 1);

        // Leaving the mode gives the lesson its panel back, at the same step.
        window.actions().presentationMode->trigger();
        QVERIFY(!caption->isVisible());
        QVERIFY(lessonDock(window)->isVisible());
        QCOMPARE(guide->currentStep(), 1);
    }

    void f11AndTheLaunchFlagAreOneMode() {
        // --presentation is setPresentationMode(true) before the window is shown; F11 after.
        LabWindow flag;
        loadAndWait(flag.controller(), [&] { flag.openLesson(QStringLiteral("gru-lstm-rnn")); });
        flag.setPresentationMode(true, false);
        QVERIFY(gui_test::showAndActivate(flag));
        const bool flagCaption = flag.lessonCaption()->isVisible();
        const bool flagDock = lessonDock(flag)->isVisible();
        flag.setPresentationMode(false, false);

        LabWindow key;
        loadAndWait(key.controller(), [&] { key.openLesson(QStringLiteral("gru-lstm-rnn")); });
        QVERIFY(gui_test::showAndActivate(key));
        key.actions().presentationMode->trigger();
        QCOMPARE(key.lessonCaption()->isVisible(), flagCaption);
        QCOMPARE(lessonDock(key)->isVisible(), flagDock);
        QVERIFY(flagCaption);
        QVERIFY(!flagDock);
        key.actions().presentationMode->trigger();
    }

    void theCaptionTakesAThemeChosenWhileItWasHidden() {
        LabWindow window;
        loadAndWait(window.controller(),
                    [&] { window.openLesson(QStringLiteral("gru-lstm-rnn")); });
        QVERIFY(gui_test::showAndActivate(window));
        window.actions().presentationMode->trigger();
        window.actions().presentationMode->trigger();  // the caption was shown, now hidden
        Theme::instance().setScheme(ColorScheme::Dark);
        window.actions().presentationMode->trigger();
        LessonCaption* caption = window.lessonCaption();
        QVERIFY(caption->isVisible());
        const ThemeStyle& style = Theme::instance().style();
        QCOMPARE(caption->background(), blend(style.window, style.accent, 0.18));
        QVERIFY(caption->background().lightness() < 100);  // a dark band under light text
        const QImage image = caption->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        // Right of the accent bar, left of the Back button's margin: the band itself.
        QCOMPARE(image.pixelColor(QPoint(7, 2) * dpr).rgb(), caption->background().rgb());
        QCOMPARE(image.pixelColor(QPoint(1, 2) * dpr).rgb(), style.accent.rgb());
        window.actions().presentationMode->trigger();
    }

private:
    SettingsSandbox m_settings;
};

RNNLAB_TEST_MAIN(TestLessonCaption)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_caption.moc"
