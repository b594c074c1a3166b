// The engine's messages in the Chinese window: what a student does (opens a CSV file with a bad
// number, sets a hidden size the engine refuses, opens a broken experiment), and what the window
// then shows: the sentence in Chinese, the file, line, column, JSON path and values as they
// were, and no English template left. The English of each stays the command line's and the
// tests' (tests/core, tests/cli).
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <new>
#include <stdexcept>

#include "core/base/errors.h"
#include "core/data/data_error.h"
#include "core/nn/network_config.h"
#include "core/train/data_source.h"
#include "core/train/memory_budget.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/application_language.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/panels/csv_import_dialog.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/generator_parameters_box.h"
#include "ui/ui_text_translation.h"
#include "ui/window/lab_window.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {
// Whether `text` holds Chinese (a CJK ideograph).
bool hasChinese(const QString& text) {
    static const QRegularExpression han(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    return text.contains(han);
}
}  // namespace

class TestEngineMessagesZh : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(installLanguage(QStringLiteral("zh_CN"))); }
    void cleanup() { installLanguage(QStringLiteral("en")); }

    // A CSV file with a word where a number belongs, opened from the Data panel.
    void aBadNumberInACsvFile() {
        SettingsSandbox sandbox;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(gui_test::writeFile(path, "date,level\n2020-01-01,1.5\n2020-01-02,1.6 USD\n"));
        LabWindow window;
        CsvImportDialog* dialog = window.dataPanel()->showImportDialog(path);
        QCOMPARE(dialog->messageText(),
                 QStringLiteral("broken.csv:3:2: 第 3 行，第 2 列 (level)：'1.6 USD' 不是数字"));
        dialog->accept();
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        const QString shown = window.dataPanel()->errorText();
        QCOMPARE(shown,
                 path + QStringLiteral(":3:2: 第 3 行，第 2 列 (level)：'1.6 USD' 不是数字"));
        QVERIFY2(!shown.contains(QStringLiteral("not a number")), qPrintable(shown));
    }

    // A good CSV file: why the window reads these columns, in Chinese.
    void theColumnChoiceOfAGoodFile() {
        SettingsSandbox sandbox;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("levels.csv"));
        QVERIFY(gui_test::writeFile(path, gui_test::datedSeries(30)));
        LabWindow window;
        CsvImportDialog* dialog = window.dataPanel()->showImportDialog(path);
        const QString reason = dialog->messageText().section(QLatin1Char('\n'), 1);
        QCOMPARE(reason, QStringLiteral("\u201cdate\u201d 包含日期，并作为 x 轴的标签；目标 "
                                        "\u201clevel\u201d：最后一个数值列；输入：只有目标本身。"));
        dialog->reject();
    }

    // A hidden size of 0, refused by the engine's rule (core/nn/network_config.cpp).
    void aRefusedSetting() {
        SettingsSandbox sandbox;
        LabWindow window;
        ExperimentController& c = window.controller();
        QVERIFY(gui_test::waitUntilIdle(c));
        QSignalSpy said(&c, &ExperimentController::message);
        NetworkConfig network = c.network();
        network.hiddenSize = 0;
        c.setNetwork(network);
        QCOMPARE(said.count(), 1);
        const QString message = said[0][0].toString();
        QCOMPARE(message,
                 QStringLiteral("hidden_size 必须在 1 到 %1 之间，实际为 0").arg(kMaxHiddenSize));
        QVERIFY(c.network().hiddenSize > 0);  // the network is kept
    }

    // An experiment whose "network" is a number: the message box names the file and the field.
    void aBrokenExperimentFile() {
        SettingsSandbox sandbox;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rnnlab.json"));
        QVERIFY(gui_test::writeFile(path,
                                    "{\"format\": \"rnnlab\", \"version\": 1, "
                                    "\"network\": 3}"));
        LabWindow window;
        QVERIFY(gui_test::showAndActivate(window));
        QSignalSpy failed(&window.controller(), &ExperimentController::fileError);
        window.openFile(path);
        QVERIFY(failed.wait(gui_test::kWorkerTimeoutMs));
        const QString message = failed[0][0].toString();
        QCOMPARE(message, path + QStringLiteral(": network 必须是对象，实际为 3"));
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->text(), message);
        box->close();
    }

    // The data list, a generator's settings and the data's name in titles: the catalog's
    // titles, labels and descriptions (core/data/catalog.h) and the engine's names, in Chinese;
    // names from files and the command line ("sine") as they are.
    void theDataCatalog() {
        SettingsSandbox sandbox;
        LabWindow window;
        QVERIFY(gui_test::waitUntilIdle(window.controller()));
        QTreeWidget* list = window.dataPanel()->sourceList();
        const QList<QTreeWidgetItem*> sine =
            list->findItems(QStringLiteral("正弦波"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(sine.size(), 1);
        QVERIFY2(hasChinese(sine[0]->toolTip(0)), qPrintable(sine[0]->toolTip(0)));
        QCOMPARE(list->findItems(QStringLiteral("年度太阳黑子数，1700–2008"),
                                 Qt::MatchExactly | Qt::MatchRecursive)
                     .size(),
                 1);

        GeneratorParametersBox box;
        GeneratorSpec spec;
        spec.kind = GeneratorKind::SumOfSines;
        box.setSpec(spec);
        QStringList labels;
        for (const QLabel* label : box.findChildren<QLabel*>()) labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("振幅 1")), qPrintable(labels.join(u',')));
        QVERIFY2(!labels.contains(QStringLiteral("Amplitude 1")), qPrintable(labels.join(u',')));

        DataSource source;
        source.kind = DataSourceKind::Generator;
        source.generator.kind = GeneratorKind::Sine;
        source.generator.seed = 7;
        QCOMPARE(translated(describeText(source)), QStringLiteral("sine（种子 7）"));
        QCOMPARE(describe(source), std::string("sine (seed 7)"));
        const MemoryEstimate memory = estimateGeneratedData(resolveGenerator(source.generator));
        QCOMPARE(translated(memory.at(0).what).section(u'：', 1),
                 QStringLiteral("长度 1000 × 副本数 3 × 8 字节"));
        QCOMPARE(memory.at(0).what.english(),
                 std::string("the generated series: length 1000 × copies 3 × 8 bytes"));
    }

    // The same errors in English for the command line: userMessage() is untouched by the
    // language the window speaks, and what() is its English.
    void theEnglishStaysTheCommandLines() {
        const DataError e(
            "prices.csv", 214, 3, "price",
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "'%1' is not a number"), {"n/a"}));
        const std::string english =
            "prices.csv:214:3: line 214, column 3 (price): 'n/a' is not a number";
        QCOMPARE(std::string(e.what()), english);
        QCOMPARE(userMessage(e), english);
        const QString chinese = translatedUserMessage(e);
        QCOMPARE(chinese,
                 QStringLiteral("prices.csv:214:3: 第 214 行，第 3 列 (price)：'n/a' 不是数字"));
        QVERIFY(hasChinese(chinese));
        // A message from outside the engine is shown as it is.
        const std::runtime_error other("disk full");
        QCOMPARE(translatedUserMessage(other), QStringLiteral("disk full"));
        // Out of memory: the engine's own sentence, translated.
        const QString memory = translatedUserMessage(std::bad_alloc());
        QVERIFY2(hasChinese(memory), qPrintable(memory));
    }
};

RNNLAB_TEST_MAIN(TestEngineMessagesZh)
}  // namespace RNNLAB_TEST_FILE

#include "tst_engine_messages_zh.moc"
