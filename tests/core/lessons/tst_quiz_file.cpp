// A step's "quiz" in a lesson file: what it holds after reading, and the message naming the
// JSON path for every mistake an author can make in one.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/lessons/lesson_file.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// An LSTM lesson with two runs; QUIZ is replaced by the quiz of its second step.
const char* kLesson = R"({
    "format": "rnnlab-lesson", "version": 1, "name": "quizzed", "title": "T", "summary": "S",
    "experiment": {
        "network": {"cell": "lstm", "input_size": 1, "hidden_size": 4, "num_layers": 1,
                    "output_size": 1, "output": "last", "loss": "mse"},
        "data": {"source": "bundled", "bundled": "nile"}
    },
    "steps": 1, "views": ["training", "explorer"],
    "runs": [{"label": "LSTM"}, {"label": "GRU", "network": {"cell": "gru"}}],
    "text": [{"title": "1.", "body": "Press play."},
             {"title": "2.", "body": "Look.", "quiz": QUIZ}],
    "checks": [{"kind": "stays_finite", "seeds": 5, "at_least": 4}]
})";

Lesson withQuiz(const std::string& quiz) {
    std::string text = kLesson;
    text.replace(text.find("QUIZ"), 4, quiz);
    return parseLesson(QByteArray::fromStdString(text), "l.json");
}

}  // namespace

class TestQuizFile : public QObject {
    Q_OBJECT
private slots:
    void readsAQuiz() {
        const Lesson lesson = withQuiz(
            R"({"question": "Which gate?", "query": {"kind": "gate_nearest", "t": 5,
                "target": 0}, "explanation": "Because."})");
        QVERIFY(!lesson.text[0].quiz);
        const Quiz& quiz = *lesson.text[1].quiz;
        QCOMPARE(quiz.question, std::string("Which gate?"));
        QVERIFY(quiz.query.kind == QuizQueryKind::GateNearest);
        QCOMPARE(quiz.query.t, 5);
        QCOMPARE(quiz.query.target, 0.0);
        QVERIFY(quiz.input == QuizInput::Choice);  // a gate is chosen
        QCOMPARE(quiz.explanation, std::string("Because."));
        QCOMPARE(lesson.checks[0].seeds, 5);
        QCOMPARE(lesson.checks[0].atLeast, 4);
    }

    void defaults() {
        Quiz q = *withQuiz(R"({"question": "Where?", "query": {"kind":
                              "largest_gradient_step"}})")
                      .text[1]
                      .quiz;
        QVERIFY(q.input == QuizInput::Click);
        q = *withQuiz(R"({"question": "How much?", "query": {"kind": "gradient_ratio"}})")
                 .text[1]
                 .quiz;
        QVERIFY(q.input == QuizInput::Number);
        QCOMPARE(q.tolerance, 0.1);
        q = *withQuiz(R"({"question": "?", "query": {"kind": "final_loss", "run": "GRU"},
                         "tolerance": 0.5})")
                 .text[1]
                 .quiz;
        QCOMPARE(q.query.run, std::string("GRU"));
        QCOMPARE(q.tolerance, 0.5);
    }

    void errorsNameThePath_data() {
        QTest::addColumn<QString>("quiz");
        QTest::addColumn<QString>("message");
        const QString at = "l.json: text[1].quiz";
        QTest::newRow("not an object") << "3" << at + " must be an object, got 3";
        QTest::newRow("question missing")
            << R"({"query": {"kind": "gradient_ratio"}})" << at + ".question is missing";
        QTest::newRow("unknown field")
            << R"({"question": "?", "query": {"kind": "gradient_ratio"}, "answers": 1})"
            << at + ".answers: unknown field (expected question, query, answer, tolerance, "
                    "explanation, question_zh_CN, explanation_zh_CN)";
        QTest::newRow("unknown query")
            << R"({"question": "?", "query": {"kind": "biggest"}})"
            << at + ".query.kind: unknown query 'biggest' (expected largest_gradient_step, "
                    "gradient_falls_below, gradient_ratio, gate_nearest, gate_mean, "
                    "largest_state_unit, lowest_final_loss, final_loss)";
        QTest::newRow("parameter of another query")
            << R"({"question": "?", "query": {"kind": "gradient_ratio", "t": 3}})"
            << at + ".query.t: unknown field (expected kind)";
        QTest::newRow("parameter missing")
            << R"({"question": "?", "query": {"kind": "gate_nearest"}})"
            << at + ".query.t is missing";
        QTest::newRow("t below 1")
            << R"({"question": "?", "query": {"kind": "largest_state_unit", "t": 0}})"
            << at + ".query.t must be between 1 and 1000000, got 0";
        QTest::newRow("threshold")
            << R"({"question": "?", "query": {"kind": "gradient_falls_below", "threshold": 0}})"
            << at + ".query.threshold must be above 0";
        QTest::newRow("gate")
            << R"({"question": "?", "query": {"kind": "gate_mean", "gate": "r"}})"
            << at + ".query.gate: the lstm cell has no gate 'r' (gates: i, f, g, o)";
        QTest::newRow("run")
            << R"({"question": "?", "query": {"kind": "final_loss", "run": "RNN"}})"
            << at + ".query.run: no run is labelled 'RNN' (runs: LSTM, GRU)";
        QTest::newRow("answer of another kind")
            << R"({"question": "?", "query": {"kind": "gate_nearest", "t": 1}, "answer": "click"})"
            << at + ".answer: gate_nearest is answered by choice, not click";
        QTest::newRow("unknown answer")
            << R"({"question": "?", "query": {"kind": "gradient_ratio"}, "answer": "text"})"
            << at + ".answer: unknown answer 'text' (expected choice, number or click)";
        QTest::newRow("tolerance on an exact answer")
            << R"({"question": "?", "query": {"kind": "largest_gradient_step"}, "tolerance": 1})"
            << at + ".tolerance: only a number the query computes has a tolerance "
                    "(largest_gradient_step is answered exactly)";
        QTest::newRow("tolerance range")
            << R"({"question": "?", "query": {"kind": "gradient_ratio"}, "tolerance": 2})"
            << at + ".tolerance must be between 0 and 1, got 2";
    }

    void errorsNameThePath() {
        QFETCH(QString, quiz);
        QFETCH(QString, message);
        QCOMPARE(errorOf<FileError>([&] { withQuiz(quiz.toStdString()); }), message);
    }

    void seedsAreChecked() {
        std::string text = kLesson;
        text.replace(text.find("QUIZ"), 4, R"({"question": "?", "query": {"kind":
                                               "gradient_ratio"}})");
        text.replace(text.find("\"at_least\": 4"), 13, "\"at_least\": 6");
        QCOMPARE(
            errorOf<FileError>([&] { parseLesson(QByteArray::fromStdString(text), "l.json"); }),
            QString("l.json: checks[0].at_least: 6 is more than the 5 seeds the check "
                    "trains (\"seeds\")"));
    }

    void needsGatesAndRuns() {
        std::string text = kLesson;
        text.replace(text.find("\"cell\": \"lstm\""), 14, "\"cell\": \"rnn\"");
        text.replace(text.find("QUIZ"), 4,
                     R"({"question": "?", "query": {"kind": "gate_nearest", "t": 1}})");
        QCOMPARE(
            errorOf<FileError>([&] { parseLesson(QByteArray::fromStdString(text), "l.json"); }),
            QString("l.json: text[1].quiz.query.kind: gate_nearest needs a cell with gates "
                    "(lstm or gru)"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestQuizFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_quiz_file.moc"
