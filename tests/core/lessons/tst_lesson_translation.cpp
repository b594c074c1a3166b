// A lesson's words in other languages (lesson_translation.h): the "FIELD_zh_CN" siblings read
// (quizzes' questions and explanations included), shown by localized() and falling back to
// English, every bundled lesson translated whole, and the message naming the field for a bad
// translation.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/lessons/lesson_catalog.h"
#include "core/lessons/lesson_file.h"
#include "core/lessons/lesson_translation.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const char* kLesson = R"({
    "format": "rnnlab-lesson", "version": 1, "name": "tiny",
    "title": "A tiny lesson", "title_zh_CN": "一个小课程",
    "summary": "Two steps on a sine.", "summary_zh_CN": "正弦波上的两步。",
    "goal": "Watch the loss fall.",
    "experiment": {
        "network": {"cell": "rnn", "input_size": 1, "hidden_size": 4, "num_layers": 1,
                    "output_size": 1, "output": "last", "loss": "mse"},
        "data": {"source": "bundled", "bundled": "nile"}
    },
    "steps": 10, "views": ["training"],
    "text": [{"title": "1. Press play", "title_zh_CN": "1. 按“开始”",
              "body": "Watch the <b>loss</b>.", "body_zh_CN": "观察<b>损失</b>。"},
             {"title": "2. Conclude", "body": "It fell.", "body_zh_CN": "它下降了。",
              "quiz": {"question": "Where is the gradient largest?",
                       "question_zh_CN": "梯度在哪一步最大？",
                       "query": {"kind": "largest_gradient_step"},
                       "explanation": "The loss is at the last step."}}]
})";

}  // namespace

class TestLessonTranslation : public QObject {
    Q_OBJECT
private slots:
    void showsTheChosenLanguage() {
        const Lesson read = parseLesson(kLesson, "l.json");
        const Lesson zh = localized(read, "zh_CN");
        QCOMPARE(zh.title, std::string("一个小课程"));
        QCOMPARE(zh.summary, std::string("正弦波上的两步。"));
        QCOMPARE(zh.text[0].title, std::string("1. 按“开始”"));
        QCOMPARE(zh.text[0].body, std::string("观察<b>损失</b>。"));
        QCOMPARE(zh.text[1].body, std::string("它下降了。"));
        // Without a translation a field stays English.
        QCOMPARE(zh.goal, std::string("Watch the loss fall."));
        QCOMPARE(zh.text[1].title, std::string("2. Conclude"));
        // A quiz's question and explanation too; the query is the lesson's.
        QVERIFY(zh.text[1].quiz);
        QCOMPARE(zh.text[1].quiz->question, std::string("梯度在哪一步最大？"));
        QCOMPARE(zh.text[1].quiz->explanation, std::string("The loss is at the last step."));
        QVERIFY(zh.text[1].quiz->query.kind == read.text[1].quiz->query.kind);
        // Everything else is the lesson's, whatever the language.
        QCOMPARE(zh.steps, read.steps);
        QCOMPARE(zh.views, read.views);
        QCOMPARE(zh.experiment.network.hiddenSize, read.experiment.network.hiddenSize);
    }

    void englishIsTheFileAsWritten() {
        const Lesson read = parseLesson(kLesson, "l.json");
        for (const std::string& language : {std::string("en"), std::string("fr")}) {
            const Lesson same = localized(read, language);
            QCOMPARE(same.title, std::string("A tiny lesson"));
            QCOMPARE(same.text[0].body, std::string("Watch the <b>loss</b>."));
            QCOMPARE(same.text[1].quiz->question, std::string("Where is the gradient largest?"));
        }
    }

    void readsTheTranslationsBackByPath() {
        const Lesson read = parseLesson(kLesson, "l.json");
        const std::map<std::string, std::string>& zh = read.translations.at("zh_CN");
        QCOMPARE(zh.size(), std::size_t(6));
        QCOMPARE(zh.at("text[1].body"), std::string("它下降了。"));
        QCOMPARE(zh.at("text[1].quiz.question"), std::string("梯度在哪一步最大？"));
        QVERIFY(!zh.count("goal"));
    }

    void errorsNameTheField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a string") << R"("body_zh_CN": "它下降了。")"
                                      << R"("body_zh_CN": 3)"
                                      << "l.json: text[1].body_zh_CN must be a string";
        QTest::newRow("quiz question not a string")
            << R"("question_zh_CN": "梯度在哪一步最大？")"
            << R"("question_zh_CN": [])"
            << "l.json: text[1].quiz.question_zh_CN must be a string";
        QTest::newRow("quiz field without translations")
            << R"("question_zh_CN")"
            << R"("query_zh_CN")"
            << "l.json: text[1].quiz.query_zh_CN: unknown field";
        QTest::newRow("empty") << R"("title_zh_CN": "一个小课程")"
                               << R"("title_zh_CN": "")"
                               << "l.json: title_zh_CN must not be empty (leave it out instead)";
        QTest::newRow("unknown language") << R"("summary_zh_CN")"
                                          << R"("summary_fr")"
                                          << "l.json: summary_fr: unknown field";
        QTest::newRow("not a text field") << R"("steps": 10,)"
                                          << R"("steps": 10, "views_zh_CN": ["training"],)"
                                          << "l.json: views_zh_CN: unknown field";
    }

    void errorsNameTheField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const QString text = QString::fromUtf8(kLesson);
        QVERIFY(text.contains(from));
        const QByteArray changed = QString(text).replace(from, to).toUtf8();
        const QString error = errorOf<FileError>([&] { parseLesson(changed, "l.json"); });
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    // Every bundled lesson carries every text field in Simplified Chinese.
    void bundledLessonsAreTranslatedWhole() {
        const std::vector<Lesson> lessons =
            readLessons(std::string(RNNLAB_RESOURCES_DIR) + "/lessons");
        QCOMPARE(lessons.size(), std::size_t(20));
        for (const Lesson& l : lessons) {
            const auto found = l.translations.find("zh_CN");
            QVERIFY2(found != l.translations.end(), l.name.c_str());
            std::vector<std::string> fields{"title", "summary", "goal"};
            for (std::size_t i = 0; i < l.text.size(); ++i) {
                fields.push_back("text[" + std::to_string(i) + "].title");
                fields.push_back("text[" + std::to_string(i) + "].body");
                if (!l.text[i].quiz) continue;
                fields.push_back("text[" + std::to_string(i) + "].quiz.question");
                if (!l.text[i].quiz->explanation.empty())
                    fields.push_back("text[" + std::to_string(i) + "].quiz.explanation");
            }
            for (const std::string& f : fields)
                QVERIFY2(found->second.count(f), (l.name + ": " + f).c_str());
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLessonTranslation)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_translation.moc"
