// Every view of the finished window at the classroom's screen sizes (1024x768, 1280x720,
// 1366x768, 1920x1080 and 3840x2160 at device pixel ratio 2), in the normal layout and in
// presentation mode, light and dark: laid out whole and readable, checked by geometry
// (layout_check.h) on a trained run, a comparison and an open lesson. The 3840x2160 rows run
// when the test runs at QT_SCALE_FACTOR=2 (ctest: ui.layouts_hidpi), the others at 1.
// RNNLAB_TEST_LANGUAGE=zh_CN lays the window out in Simplified Chinese (ctest: ui.layouts_zh_CN).
#include <memory>
#include <vector>

#include "test_main.h"
#include "gui_test_support.h"
#include "layout_check.h"
#include "ui/application_language.h"
#include "ui/application_setup.h"
#include "ui/compare/compare_view.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/headless/headless_run.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

struct ScreenSize {
    QSize pixels;
    int ratio;
};

const ScreenSize kSizes[] = {
    {{1024, 768}, 1}, {{1280, 720}, 1}, {{1366, 768}, 1}, {{1920, 1080}, 1}, {{3840, 2160}, 2}};

// Layout requests are posted events, and a widget that rearranges itself on resize posts
// more; a figure learns its minimum size (its tick labels in the theme's fonts) when it
// replots, which it does on its throttle's timer. Settled when no shown figure waits to
// replot and the posted layout requests have run.
void settle(QWidget& window) {
    const auto replotsPending = [&window] {
        for (const Figure* f : window.findChildren<Figure*>()) {
            if (f->isVisible() && f->replotScheduled()) return true;
        }
        return false;
    };
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        if (replotsPending())
            QVERIFY(QTest::qWaitFor([&] { return !replotsPending(); }, gui_test::kWorkerTimeoutMs));
    }
}

}  // namespace

class TestLayouts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        setupApplication();
        QVERIFY(
            installLanguage(qEnvironmentVariable("RNNLAB_TEST_LANGUAGE", QStringLiteral("en"))));
        // The comparison lesson: a run, the three cells side by side and the lesson's guide;
        // once just opened (texts such as "not measured yet"), once trained.
        for (const bool trained : {false, true}) {
            auto window = std::make_unique<LabWindow>();
            LabWindow* w = window.get();
            loadAndWait(w->controller(), [w] { w->openLesson(QStringLiteral("gru-lstm-rnn")); });
            if (trained) {
                trainAndWait(w->controller(), 120);
                trainRunsAndWait(*w->compareView(), 60);
            }
            waitForWorker(w->controller());
            w->settleViews();
            w->show();
            m_windows.push_back(std::move(window));
        }
    }

    void cleanupTestCase() {
        for (auto& window : m_windows) window->setPresentationMode(false, false);
        m_windows.clear();
    }

    void everyViewFits_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presentation");
        QTest::addColumn<bool>("dark");
        const int ratio = qRound(qApp->devicePixelRatio());
        for (const ScreenSize& s : kSizes) {
            if (s.ratio != ratio) continue;
            const QSize logical = s.pixels / s.ratio;
            for (const bool presentation : {false, true}) {
                for (const bool dark : {false, true}) {
                    QTest::addRow("%dx%d %s %s", s.pixels.width(), s.pixels.height(),
                                  presentation ? "presentation" : "normal", dark ? "dark" : "light")
                        << logical << presentation << dark;
                }
            }
        }
    }

    void everyViewFits() {
        QFETCH(QSize, size);
        QFETCH(bool, presentation);
        QFETCH(bool, dark);
        Theme::instance().setScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
        QStringList problems;
        for (const auto& window : m_windows) {
            window->setPresentationMode(presentation, false);  // the theme's fonts and minimums
            window->resize(size);
            gui_test::LayoutRules rules;
            rules.minimumPlot = Figure::minimumPlotSize(Theme::instance().style());
            rules.noHorizontalScroll = presentation;
            const QString run =
                window == m_windows.front() ? QStringLiteral("opened") : QStringLiteral("trained");
            for (const QString& view : window->viewNames()) {
                QVERIFY(window->showView(view));
                settle(*window);
                QCOMPARE(window->size(), size);
                for (const QString& p : gui_test::layoutProblems(*window, rules))
                    problems << run + QStringLiteral(", ") + view + QStringLiteral(": ") + p;
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // As a teacher does it: the window laid out wide on the desk, then presentation mode on
    // the classroom's 1024x768 projector with the same view on screen. Layouts that cached
    // the wide window's sizes kept it wider than the screen.
    void aViewLaidOutWideFitsTheProjectorAfterwards() {
        if (qRound(qApp->devicePixelRatio()) != 1) QSKIP("the 1x sizes");
        Theme::instance().setScheme(ColorScheme::Light);
        LabWindow& window = *m_windows.back();
        QStringList problems;
        for (const QString& view : window.viewNames()) {
            window.setPresentationMode(false, false);
            window.resize(1920, 1080);
            QVERIFY(window.showView(view));
            settle(window);
            window.setPresentationMode(true, false);
            window.resize(1024, 768);
            settle(window);
            gui_test::LayoutRules rules;
            rules.minimumPlot = Figure::minimumPlotSize(Theme::instance().style());
            rules.noHorizontalScroll = true;
            for (const QString& p : gui_test::layoutProblems(window, rules))
                problems << view + QStringLiteral(": ") + p;
        }
        window.setPresentationMode(false, false);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    std::vector<std::unique_ptr<LabWindow>> m_windows;  // just opened, trained
};

RNNLAB_TEST_MAIN(TestLayouts)
}  // namespace RNNLAB_TEST_FILE

#include "tst_layouts.moc"
