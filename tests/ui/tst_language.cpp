// English and Simplified Chinese: the language a window starts in, the translations installed
// (RNN Lab's and Qt's own), the window, a lesson, an engine text, a quiz's computed answer and
// What's This shown in Chinese, the keys
// that stay the same in every language, and View → Language rebuilding the window.
#include <QAction>
#include <QDockWidget>
#include <QMenuBar>

#include "test_main.h"
#include "core/lessons/quiz.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_language.h"
#include "ui/help/whats_this.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/ui_text_translation.h"
#include "ui/window/lab_window.h"
#include "ui/window/language_switch.h"
#include "ui/window/launch_options.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { installLanguage(QStringLiteral("en")); }

    void followsTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN.UTF-8") << "zh_CN.UTF-8"
                                     << "zh_CN";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "zh_CN";
        QTest::newRow("en_GB") << "en_GB"
                               << "en";
        QTest::newRow("de_DE") << "de_DE"
                               << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }
    void followsTheLocale() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(languageForLocale(locale), language);
    }

    void theChoiceIsRemembered() {
        SettingsSandbox sandbox;
        QCOMPARE(chosenLanguage(), QString());
        setChosenLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(chosenLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(startupLanguage(), QStringLiteral("zh_CN"));
        setChosenLanguage(QString());  // follow the system again
        QCOMPARE(chosenLanguage(), QString());
    }

    void languageOption() {
        const auto parse = [](const QStringList& args) {
            return parseLaunchOptions(QStringList{QStringLiteral("rnnlab")} + args);
        };
        const LaunchParseResult zh = parse({"--language", "zh_CN"});
        QCOMPARE(zh.status, LaunchParseResult::Status::Run);
        QCOMPARE(launchLanguage(zh.options), QStringLiteral("zh_CN"));
        const LaunchParseResult bad = parse({"--language", "fr"});
        QCOMPARE(bad.status, LaunchParseResult::Status::Error);
        QCOMPARE(bad.message, QStringLiteral("--language: 'fr' is not one of en, zh_CN"));
    }

    void installsRnnLabsAndQtsTranslations() {
        QVERIFY(installLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(installedLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("rnnlab::ui::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
        // Qt's own buttons, from qt6-translations-l10n (scripts/packages.txt).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        // An engine text: its template translated, its numbers as they were.
        const UiText norm =
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "gradient norm %1 > "), {"1.2e+04"});
        QCOMPARE(translated(norm), QStringLiteral("梯度范数 1.2e+04 > "));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("rnnlab::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(translated(norm), QStringLiteral("gradient norm 1.2e+04 > "));
    }

    // A quiz's computed answer and a What's This text in Chinese, their numbers as they were.
    void quizFeedbackAndWhatsThisInChinese() {
        QVERIFY(installLanguage(QStringLiteral("zh_CN")));
        QuizEvidence evidence;
        evidence.finalLosses = {{"RNN", 0.31}, {"LSTM", 0.0013}};
        QuizQuery lowest;
        lowest.kind = QuizQueryKind::LowestFinalLoss;
        const QuizAnswer a = answerQuery(lowest, evidence);
        QCOMPARE(translated(a.why),
                 QStringLiteral("最终的验证损失为 RNN 0.31, LSTM 0.0013：LSTM 的最低。"));
        QCOMPARE(translated(gateTitle("f")), QStringLiteral("遗忘门 f"));
        QVERIFY(whatsThisText(WhatsThisTopic::Metrics).contains(QStringLiteral("指标")));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(translated(a.why),
                 QStringLiteral("The final validation losses are RNN 0.31, LSTM 0.0013: LSTM's is "
                                "the lowest."));
    }

    // A window built in Chinese reads Chinese, and finds its views and docks by the same keys.
    void aWindowInChinese() {
        SettingsSandbox sandbox;
        QVERIFY(installLanguage(QStringLiteral("zh_CN")));
        LabWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(window.viewNames(),
                 (QStringList{"Training", "Data", "Explorer", "Gradients", "Compare", "Text"}));
        QVERIFY(window.showView(QStringLiteral("explorer")));
        QCOMPARE(window.currentViewName(), QStringLiteral("探索器"));
        QCOMPARE(window.currentViewKey(), QStringLiteral("Explorer"));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("dock_network")));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("dock_lesson")));
        // A lesson in Chinese: its title, and the view its file names.
        window.openLesson(QStringLiteral("hidden-state"));
        QCOMPARE(window.lessonGuide()->title(), QStringLiteral("什么是隐藏状态"));
        QVERIFY(window.lessonGuide()->stepsText().contains(QStringLiteral("1. 展开的网络")));
        QCOMPARE(window.currentViewKey(), QStringLiteral("Explorer"));
    }

    void languageMenu() {
        SettingsSandbox sandbox;
        setChosenLanguage(QStringLiteral("zh_CN"));
        LabWindow window;
        const QList<QAction*> actions = window.languageMenu()->actions();
        QStringList names;
        for (QAction* a : actions)
            if (!a->isSeparator()) names << a->objectName();
        QCOMPARE(names, (QStringList{"language-system", "language-en", "language-zh_CN"}));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("language-zh_CN"))->isChecked());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("language-en"))->isChecked());
    }

    // View → Language: the window closes with what it showed, and a new one shows it again.
    void switchingRebuildsTheWindow() {
        SettingsSandbox sandbox;
        LabWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(QStringLiteral("gradients"));
        // The language the window already speaks: remembered, nothing rebuilt.
        window.switchLanguage(QStringLiteral("en"));
        QCOMPARE(chosenLanguage(), QStringLiteral("en"));
        QVERIFY(!window.reopening());
        QVERIFY(window.isVisible());

        window.switchLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(chosenLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(window.reopening());
        QVERIFY(!window.isVisible());
        QCOMPARE(window.reopening()->view, QStringLiteral("Gradients"));

        QVERIFY(installLanguage(startupLanguage()));
        LabWindow next;
        window.reopening()->applyTo(next);
        QCOMPARE(next.currentViewName(), QStringLiteral("梯度"));
    }
};

RNNLAB_TEST_MAIN(TestLanguage)
}  // namespace RNNLAB_TEST_FILE

#include "tst_language.moc"
