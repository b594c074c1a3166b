// What's This: Help → What's This? (Shift+F1) and a click explain any part of the window in a
// few sentences, each ending with a link to its section of the manual; the link opens the
// manual at that heading.
#include <QDockWidget>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/gradients/gradients_view.h"
#include "ui/help/manual_window.h"
#include "ui/help/whats_this.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

// The explanation a click in What's This mode shows for w: its own, else its parent's, as Qt
// passes the event up; empty when none up to the window (the window itself explains nothing).
QString explanationOf(const QWidget* w) {
    for (; w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->whatsThis().isEmpty()) return w->whatsThis();
        if (auto* b = qobject_cast<const QToolButton*>(w); b && b->defaultAction())
            if (!b->defaultAction()->whatsThis().isEmpty()) return b->defaultAction()->whatsThis();
    }
    return {};
}

QString describe(const QWidget* w) {
    QStringList path;
    for (; w && !w->isWindow(); w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className()) +
                     (w->objectName().isEmpty() ? QString() : "#" + w->objectName()));
    return path.join(QLatin1String(" > "));
}

// Every visible widget of the window's centre and docks that explains nothing.
QStringList unexplained(const LabWindow& window) {
    QStringList out;
    QList<QWidget*> roots{window.centralWidget()};
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->isVisible()) roots << dock;
    for (QWidget* root : roots) {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->isWindow()) continue;
            // Frames that their pages fill: a click always lands on a page.
            if (qobject_cast<QTabWidget*>(w) || qobject_cast<QStackedWidget*>(w)) continue;
            // A tab bar explains each tab (setTabWhatsThis) rather than itself.
            if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->tabWhatsThis(i).isEmpty() && explanationOf(tabs).isEmpty())
                        out << describe(w) + " tab " + tabs->tabText(i);
                continue;
            }
            if (explanationOf(w).isEmpty()) out << describe(w);
        }
    }
    return out;
}

}  // namespace

class TestWhatsThis : public QObject {
    Q_OBJECT
    SettingsSandbox m_settings;
private slots:

    void everyTopicLinksToAHeadingOfTheManual() {
        ManualWindow manual;
        QStringList anchors;
        for (const QString& page : manual.pages()) {
            manual.showPage(page);
            for (const QString& heading : manual.headings())
                anchors << page + "#" + ManualWindow::headingAnchor(heading);
        }
        for (WhatsThisTopic topic : allWhatsThisTopics()) {
            const ManualPlace place = manualPlace(topic);
            QVERIFY2(anchors.contains(place.page + "#" + place.anchor),
                     qPrintable(place.page + "#" + place.anchor));
            const QString text = whatsThisText(topic);
            QVERIFY2(text.contains("href=\"manual:" + place.page + "#" + place.anchor + "\""),
                     qPrintable(text));
            QVERIFY2(text.contains("<b>"), qPrintable(text));  // it names what it explains
        }
    }

    void manualLinksAndOtherLinks() {
        const std::optional<ManualPlace> place = manualPlaceOfLink("manual:README.md#compare");
        QVERIFY(place);
        QCOMPARE(place->page, QStringLiteral("README.md"));
        QCOMPARE(place->anchor, QStringLiteral("compare"));
        QVERIFY(!manualPlaceOfLink("https://example.org/#compare"));
        QVERIFY(!manualPlaceOfLink("compare"));
    }

    void everyPanelAndViewExplainsItself_data() {
        QTest::addColumn<QString>("view");
        for (const char* v : {"training", "data", "explorer", "gradients", "compare"})
            QTest::newRow(v) << QString(v);
    }
    void everyPanelAndViewExplainsItself() {
        QFETCH(QString, view);
        LabWindow window;
        window.resize(1600, 1000);
        QVERIFY(gui_test::showAndActivate(window));
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        QVERIFY(window.showView(view));
        if (view == QLatin1String("gradients")) {
            // Each page of the gradient lab in turn.
            auto* gradients = window.findChild<GradientsView*>();
            QVERIFY(gradients);
            auto* pages = gradients->findChild<QTabWidget*>();
            QVERIFY(pages);
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QStringList missing = unexplained(window);
                QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
            }
            return;
        }
        const QStringList missing = unexplained(window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
    }

    void theToolBarsExplainTheirButtons() {
        LabWindow window;
        for (QToolBar* bar : window.findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                if (a->isSeparator()) continue;
                QWidget* w = bar->widgetForAction(a);
                QVERIFY2(!a->whatsThis().isEmpty() || (w && !explanationOf(w).isEmpty()),
                         qPrintable(bar->windowTitle() + ": " + a->text()));
            }
        }
    }

    void shiftF1AsksWhatToExplain() {
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        QCOMPARE(window.actions().whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        QVERIFY(!QWhatsThis::inWhatsThisMode());
        window.actions().whatsThis->trigger();
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();
        QVERIFY(!QWhatsThis::inWhatsThisMode());
    }

    void theLinkOpensTheManualAtTheSection() {
        LabWindow window;
        window.resize(1600, 1000);
        QVERIFY(gui_test::showAndActivate(window));
        QVERIFY(window.showView(QStringLiteral("compare")));
        QWidget* compare = nullptr;
        for (QWidget* w : window.centralWidget()->findChildren<QWidget*>())
            if (w->whatsThis() == whatsThisText(WhatsThisTopic::CompareView)) compare = w;
        QVERIFY(compare);
        QVERIFY(!window.findChild<ManualWindow*>());
        QWhatsThisClickedEvent click(QStringLiteral("manual:README.md#compare"));
        QApplication::sendEvent(compare, &click);
        ManualWindow* manual = window.findChild<ManualWindow*>();
        QVERIFY(manual);
        QVERIFY(manual->isVisible());
        QCOMPARE(manual->currentPage(), QStringLiteral("README.md"));
        // The Compare heading at the top of the page, once the new window has been laid out.
        QVERIFY(QTest::qWaitForWindowExposed(manual));
        QTest::qWait(50);
        QTextBrowser* browser = manual->browser();
        const QTextBlock top = browser->cursorForPosition(QPoint(8, 8)).block();
        QVERIFY2(top.text() == QLatin1String("Compare") ||
                     top.previous().text() == QLatin1String("Compare"),
                 qPrintable(top.text()));
    }

    void everyTopicIsShownSomewhere() {
        LabWindow window;
        window.resize(1600, 1000);
        QVERIFY(gui_test::showAndActivate(window));
        for (const QString& v : window.viewNames()) QVERIFY(window.showView(v));
        QStringList texts;
        for (QWidget* w : window.findChildren<QWidget*>()) texts << w->whatsThis();
        for (WhatsThisTopic topic : allWhatsThisTopics()) {
            if (topic == WhatsThisTopic::RecoveryBanner) continue;  // only after a crash
            QVERIFY2(texts.contains(whatsThisText(topic)), qPrintable(whatsThisText(topic)));
        }
    }
};

RNNLAB_TEST_MAIN(TestWhatsThis)
}  // namespace RNNLAB_TEST_FILE

#include "tst_whats_this.moc"
