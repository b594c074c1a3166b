// `rnnlab-cli lesson check` as a teacher runs it: every check with its value (over several
// seeds when the check asks), then each quiz's answer on the trained run; a bad quiz names its
// JSON path and trains nothing.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

// A small GRU lesson: two runs, a check over 3 seeds, and two quizzes.
const char* kLesson = R"({
    "format": "rnnlab-lesson", "version": 1, "name": "quizzed", "title": "Quizzed",
    "summary": "A sine.",
    "experiment": {
        "network": {"cell": "gru", "input_size": 1, "hidden_size": 4, "num_layers": 1,
                    "output_size": 1, "output": "last", "loss": "mse"},
        "training": {"optimizer": {"kind": "adam", "lr": 0.01}, "batch_size": 32, "epochs": 3,
                     "seed": 7},
        "data": {"source": "generator",
                 "generator": {"name": "sine", "seed": 1, "parameters": {"length": 200}},
                 "window": {"length": 10, "horizon": 1}}
    },
    "steps": 15, "views": ["training", "compare"],
    "runs": [{"label": "GRU"}, {"label": "RNN", "network": {"cell": "rnn"}}],
    "text": [{"title": "1. Gates", "body": "Look.",
              "quiz": {"question": "Which gate?", "query": {"kind": "gate_nearest", "t": 3}}},
             {"title": "2. Runs", "body": "Compare.",
              "quiz": {"question": "Which run?", "query": {"kind": "lowest_final_loss"}}}],
    "checks": [{"kind": "stays_finite", "seeds": 3, "at_least": THRESHOLD}]
})";

QString writeLesson(const QTemporaryDir& dir, const QString& threshold, const QString& extra = {}) {
    QString text = QString::fromUtf8(kLesson).replace("THRESHOLD", threshold);
    if (!extra.isEmpty()) text.replace(R"("t": 3)", extra);
    const QString path = dir.filePath("quizzed.lesson.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write the lesson");
    f.write(text.toUtf8());
    return path;
}

}  // namespace

class TestCliLesson : public QObject {
    Q_OBJECT
private slots:
    void printsChecksOverSeedsAndQuizAnswers() {
        QTemporaryDir dir;
        const CliRun run = runCli({"lesson", "check", writeLesson(dir, "3")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].endsWith("2 steps of text, 2 runs, 1 checks, 2 quizzes"),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1],
                 QString("pass  the lesson's run: stays_finite in 3 of 3 seeds, expected at least "
                         "3 (seed 7 pass, seed 8 pass, seed 9 pass)"));
        QVERIFY2(lines[2].startsWith("quiz  text[0] (1. Gates): ") &&
                     lines[2].contains(" has the mean ") && lines[2].contains("At t = 3 the "),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith("quiz  text[1] (2. Runs): ") &&
                     lines[3].contains("The final validation losses are GRU "),
                 qPrintable(lines[3]));
        QCOMPARE(lines[4], QString("every check passed after 15 steps"));
    }

    // 3 epochs of 5 batches are 15 steps: a lesson asking for 20 is told, run by run.
    void aRunWhoseEpochsRunOutIsNoted() {
        QTemporaryDir dir;
        const QString path = writeLesson(dir, "3");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray text = f.readAll().replace(R"("steps": 15)", R"("steps": 20)");
        QVERIFY(f.resize(0) && f.write(text) == text.size());
        f.close();
        const CliRun run = runCli({"lesson", "check", path});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains("note  the lesson's run trained 15 of the lesson's 20 steps: its "
                                "epochs ran out (set \"steps\" to 15, or raise training.epochs)"),
                 qPrintable(run.out));
        QVERIFY2(lines.contains("note  GRU trained 15 of the lesson's 20 steps: its epochs ran out "
                                "(set \"steps\" to 15, or raise training.epochs)"),
                 qPrintable(run.out));
        QCOMPARE(lines.last(), QString("every check passed"));  // not "after 20 steps"
    }

    void aQuizWithoutAnAnswerSaysWhy() {
        QTemporaryDir dir;
        const CliRun run = runCli({"lesson", "check", writeLesson(dir, "3", R"("t": 11)")});
        QCOMPARE(run.exitCode, 0);  // a quiz is no check
        QVERIFY2(run.out.contains("quiz  text[0] (1. Gates): no answer: the traced sequence has "
                                  "10 steps, not 11"),
                 qPrintable(run.out));
    }

    void badQuizNamesItsPath() {
        QTemporaryDir dir;
        const QString path = writeLesson(dir, "3", R"("t": 3, "gate": "f")");
        const CliRun run = runCli({"lesson", "check", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + ": text[0].quiz.query.gate: unknown field (expected "
                                         "kind, t, target)"),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const CliRun tooMany = runCli({"lesson", "check", writeLesson(dir, "4")});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY2(tooMany.err.contains("checks[0].at_least: 4 is more than the 3 seeds"),
                 qPrintable(tooMany.err));
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliLesson)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_lesson.moc"
