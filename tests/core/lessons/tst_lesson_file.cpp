// Lesson files: what a lesson holds after reading, how runs inherit the experiment, and the
// message naming the field for every kind of mistake a lesson author can make.

#include "test_main.h"
#include "core/base/errors.h"
#include "core/lessons/lesson_catalog.h"
#include "core/lessons/lesson_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// A complete, valid lesson; tests replace one piece of it with `replace`.
const char* kLesson = R"({
    "format": "rnnlab-lesson", "version": 1, "name": "tiny", "order": 7,
    "title": "A tiny lesson", "summary": "Two runs on a sine.",
    "goal": "Tell an RNN at lr 0.5 from an LSTM by their loss.",
    "experiment": {
        "network": {"cell": "rnn", "input_size": 1, "hidden_size": 4, "num_layers": 1,
                    "output_size": 1, "output": "last", "loss": "mse"},
        "training": {"optimizer": {"kind": "sgd", "lr": 0.1, "momentum": 0.9},
                     "batch_size": 8, "epochs": 3, "seed": 5},
        "data": {"source": "generator",
                 "generator": {"name": "sine", "seed": 2, "parameters": {"length": 100}},
                 "window": {"length": 10, "horizon": 1}}
    },
    "steps": 24,
    "views": ["training", "compare"],
    "runs": [{"label": "RNN"},
             {"label": "LSTM", "network": {"cell": "lstm"}, "training": {"optimizer": {"lr": 0.5}}}],
    "text": [{"title": "1. Press play", "body": "Watch the <b>loss</b>.", "view": "training"},
             {"title": "2. Conclude", "body": "It fell."}],
    "checks": [{"kind": "loss_fall_above", "value": 2, "run": "LSTM"}, {"kind": "stays_finite"}]
})";

// Only what is required.
const char* kMinimal = R"({
    "format": "rnnlab-lesson", "version": 1, "name": "minimal", "title": "T", "summary": "S",
    "experiment": {
        "network": {"cell": "gru", "input_size": 1, "hidden_size": 2, "num_layers": 1,
                    "output_size": 1, "output": "last", "loss": "mse"},
        "data": {"source": "bundled", "bundled": "nile"}
    },
    "steps": 1, "views": ["training"], "text": [{"title": "1.", "body": "Press play."}]
})";

std::string lessonWith(const std::string& from, const std::string& to) {
    std::string text = kLesson;
    const auto at = text.find(from);
    if (at == std::string::npos) qFatal("test lesson has no '%s'", from.c_str());
    return text.replace(at, from.size(), to);
}

QString errorOf(const std::string& text) {
    try {
        parseLesson(QByteArray::fromStdString(text), "l.json");
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return "accepted";
}

void writeFile(const QString& path, const std::string& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(text));
}

}  // namespace

class TestLessonFile : public QObject {
    Q_OBJECT
private slots:
    void readsEveryField() {
        const Lesson l = parseLesson(kLesson, "l.json");
        QCOMPARE(l.name, std::string("tiny"));
        QCOMPARE(l.order, 7);
        QCOMPARE(l.title, std::string("A tiny lesson"));
        QCOMPARE(l.summary, std::string("Two runs on a sine."));
        QCOMPARE(l.goal, std::string("Tell an RNN at lr 0.5 from an LSTM by their loss."));
        QCOMPARE(l.steps, 24LL);
        QCOMPARE(l.views, (std::vector<std::string>{"training", "compare"}));
        QVERIFY(l.experiment.network.cell == CellType::Rnn);
        QCOMPARE(l.experiment.network.hiddenSize, 4);
        QCOMPARE(l.experiment.training.seed, std::uint64_t(5));
        QVERIFY(l.experiment.data.has_value());
        QVERIFY(l.experiment.data->generator.kind == GeneratorKind::Sine);
        QCOMPARE(l.experiment.data->window.window, Index(10));
        QVERIFY(!l.experiment.weightsFromFile);
        QCOMPARE(l.text.size(), std::size_t(2));
        QCOMPARE(l.text[0].title, std::string("1. Press play"));
        QCOMPARE(l.text[0].body, std::string("Watch the <b>loss</b>."));
        QCOMPARE(l.text[0].view, std::string("training"));
        QCOMPARE(l.text[1].view, std::string());
        QCOMPARE(l.checks.size(), std::size_t(2));
        QVERIFY(l.checks[0].kind == LessonCheckKind::LossFallAbove);
        QCOMPARE(l.checks[0].value, 2.0);
        QCOMPARE(l.checks[0].run, std::string("LSTM"));
        QVERIFY(l.checks[1].kind == LessonCheckKind::StaysFinite);
        QCOMPARE(l.checks[1].run, std::string());
    }

    // A run is the experiment with its overrides merged in, field by field at every depth.
    void runsInheritTheExperiment() {
        const Lesson l = parseLesson(kLesson, "l.json");
        QCOMPARE(l.runs.size(), std::size_t(2));
        QCOMPARE(l.runs[0].label, std::string("RNN"));
        QVERIFY(l.runs[0].experiment.network == l.experiment.network);
        QVERIFY(l.runs[0].experiment.training == l.experiment.training);

        const Experiment& lstm = l.runs[1].experiment;
        QVERIFY(lstm.network.cell == CellType::Lstm);
        QCOMPARE(lstm.network.hiddenSize, 4);
        QCOMPARE(lstm.training.optimizer.learningRate, 0.5);
        QVERIFY(lstm.training.optimizer.kind == OptimizerKind::Sgd);
        QCOMPARE(lstm.training.optimizer.momentum, 0.9);
        QCOMPARE(lstm.training.seed, std::uint64_t(5));
        QCOMPARE(lstm.data->generator.seed, std::uint64_t(2));
        // Weights come from the seed: the same seed and cell give the experiment's weights.
        QCOMPARE(l.runs[0].experiment.weights.flat(), l.experiment.weights.flat());

        QCOMPARE(l.experimentFor(""), &l.experiment);
        QCOMPARE(l.experimentFor("LSTM"), &l.runs[1].experiment);
        QCOMPARE(l.experimentFor("GRU"), nullptr);
    }

    void optionalFieldsDefault() {
        const Lesson l = parseLesson(kMinimal, "m.json");
        QCOMPARE(l.order, 0);
        QVERIFY(l.goal.empty());
        QVERIFY(l.runs.empty());
        QVERIFY(l.checks.empty());
        QVERIFY(l.experiment.network.cell == CellType::Gru);
    }

    void experimentNeedsData() {
        std::string text = kMinimal;
        const std::string data = R"(,
        "data": {"source": "bundled", "bundled": "nile"})";
        text.erase(text.find(data), data.size());
        QCOMPARE(errorOf(text),
                 "l.json: experiment: data is missing: a lesson needs data to train on");
    }

    void errorsNameTheField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << R"("rnnlab-lesson")"
                                << R"("rnnlab")"
                                << R"(l.json: format must be "rnnlab-lesson", got "rnnlab")";
        QTest::newRow("version") << R"("version": 1)"
                                 << R"("version": 2)"
                                 << "l.json: version is 2, but this RNN Lab reads only version 1 "
                                    "(was the lesson written for a newer RNN Lab?)";
        QTest::newRow("unknown field")
            << R"("order": 7)"
            << R"("ordre": 7)"
            << "l.json: ordre: unknown field (expected format, version, name, order, title, "
               "summary, goal, experiment, steps, views, runs, text, checks, title_zh_CN, "
               "summary_zh_CN, goal_zh_CN)";
        QTest::newRow("name") << R"("name": "tiny")"
                              << R"("name": "Tiny lesson")"
                              << "l.json: name must be lower-case letters, digits and dashes, "
                                 "got \"Tiny lesson\"";
        const std::string goal = R"("goal": "Tell an RNN at lr 0.5 from an LSTM by their loss.")";
        const QString oneSentence = "l.json: goal must be one sentence, ending in '.', '?' or '!'";
        QTest::newRow("goal of two sentences")
            << QString::fromStdString(goal) << R"("goal": "Train it. Then compare.")"
            << oneSentence;
        QTest::newRow("goal unfinished")
            << QString::fromStdString(goal) << R"("goal": "Train it")" << oneSentence;
        QTest::newRow("goal empty")
            << QString::fromStdString(goal) << R"("goal": "")" << oneSentence;
        QTest::newRow("goal not text") << QString::fromStdString(goal) << R"("goal": 3)"
                                       << "l.json: goal must be a string, got 3";
        QTest::newRow("title missing") << R"("title": "A tiny lesson",)"
                                       << ""
                                       << "l.json: title is missing";
        QTest::newRow("steps") << R"("steps": 24)"
                               << R"("steps": 0)"
                               << "l.json: steps must be between 1 and 100000000, got 0";
        QTest::newRow("network") << R"("hidden_size": 4)"
                                 << R"("hidden_size": 0)"
                                 << "l.json: experiment: network.hidden_size must be between 1 "
                                    "and 4096, got 0";
        QTest::newRow("training") << R"("batch_size": 8)"
                                  << R"("batch_size": "8")"
                                  << "l.json: experiment: training.batch_size must be an integer, "
                                     "got \"8\"";
        QTest::newRow("experiment section")
            << R"("data": {"source")"
            << R"("format": "rnnlab", "data": {"source")"
            << "l.json: experiment: format: unknown field (expected network, training, data)";
        QTest::newRow("run override")
            << R"("network": {"cell": "lstm"})"
            << R"("network": {"cell": "lstmx"})"
            << "l.json: runs[1] (LSTM): network.cell: unknown cell 'lstmx' (expected rnn, lstm "
               "or gru)";
        QTest::newRow("run field") << R"({"label": "RNN"})"
                                   << R"({"label": "RNN", "seed": 3})"
                                   << "l.json: runs[0].seed: unknown field (expected label, "
                                      "network, training, data)";
        QTest::newRow("run label twice") << R"({"label": "LSTM")"
                                         << R"({"label": "RNN")"
                                         << "l.json: runs[1].label: another run is already "
                                            "labelled 'RNN'";
        QTest::newRow("run label empty") << R"({"label": "RNN"})"
                                         << R"({"label": ""})"
                                         << "l.json: runs[0].label must not be empty";
        QTest::newRow("view unknown")
            << R"("views": ["training", "compare"])"
            << R"("views": ["training", "plots"])"
            << "l.json: views[1]: unknown view 'plots' (expected training, data, explorer, gradients, "
               "compare, text)";
        QTest::newRow("view twice") << R"("views": ["training", "compare"])"
                                    << R"("views": ["compare", "compare"])"
                                    << "l.json: views[1]: view 'compare' is listed twice";
        QTest::newRow("no views") << R"("views": ["training", "compare"])"
                                  << R"("views": [])"
                                  << "l.json: views must name at least one view";
        QTest::newRow("compare without runs")
            << R"({"label": "RNN"},)"
            << ""
            << "l.json: views: the compare view needs at least two runs (\"runs\")";
        QTest::newRow("step view")
            << R"("view": "training")"
            << R"("view": "explorer")"
            << "l.json: text[0].view: 'explorer' is not one of the lesson's views (training, "
               "compare)";
        QTest::newRow("step body") << R"("body": "It fell.")"
                                   << R"("text": "It fell.")"
                                   << "l.json: text[1].text: unknown field (expected title, "
                                      "body, view, quiz, title_zh_CN, body_zh_CN)";
        QTest::newRow("no text")
            << R"([{"title": "1. Press play", "body": "Watch the <b>loss</b>.", "view": "training"},
             {"title": "2. Conclude", "body": "It fell."}])"
            << "[]"
            << "l.json: text must hold at least one step";
        QTest::newRow("check kind")
            << R"({"kind": "stays_finite"})"
            << R"({"kind": "converges"})"
            << "l.json: checks[1].kind: unknown check 'converges' (expected "
               "gradient_ratio_below, gradient_ratio_above, loss_fall_above, loss_fall_below, "
               "diverges, stays_finite, gradient_norm_above, forget_gate_above, "
               "closed_loop_error_above, naive_error_above, overfit_above, stops_early, "
               "accuracy_above, accuracy_below, bits_per_character_below, "
               "unit_correlation_above)";
        QTest::newRow("selection unknown")
            << R"({"kind": "stays_finite"})"
            << R"({"kind": "unit_correlation_above", "value": 0.5, "selection": "commas"})"
            << "l.json: checks[1].selection: unknown selection 'commas' (expected after_space, "
               "inside_quotes, inside_brackets, line_ends)";
        QTest::newRow("selection missing")
            << R"({"kind": "stays_finite"})"
            << R"({"kind": "unit_correlation_above", "value": 0.5})"
            << "l.json: checks[1].selection is missing";
        QTest::newRow("check value missing") << R"("value": 2, )"
                                             << ""
                                             << "l.json: checks[0].value is missing";
        QTest::newRow("check value not wanted")
            << R"({"kind": "stays_finite"})"
            << R"({"kind": "stays_finite", "value": 1})"
            << "l.json: checks[1].value: unknown field (expected kind, run, seeds, at_least)";
        QTest::newRow("check run")
            << R"("run": "LSTM")"
            << R"("run": "GRU")"
            << "l.json: checks[0].run: no run is labelled 'GRU' (runs: RNN, LSTM)";
        QTest::newRow("syntax") << R"("steps": 24,)"
                                << R"("steps": 24,,)"
                                << "l.json:14:18: invalid JSON: unterminated object";
    }

    void errorsNameTheField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QCOMPARE(errorOf(lessonWith(from.toStdString(), to.toStdString())), message);
    }

    // The catalog: every *.lesson.json of a folder, in menu order, each named after its file.
    void readsAFolderInOrder() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("tiny.lesson.json"), kLesson);
        writeFile(dir.filePath("a-first.lesson.json"),
                  lessonWith(R"("name": "tiny", "order": 7)", R"("name": "a-first", "order": 9)"));
        writeFile(dir.filePath("b-second.lesson.json"),
                  lessonWith(R"("name": "tiny", "order": 7)", R"("name": "b-second", "order": 9)"));
        writeFile(dir.filePath("notes.json"), "not a lesson");
        const std::vector<Lesson> lessons = readLessons(dir.path().toStdString());
        QCOMPARE(lessons.size(), std::size_t(3));
        QCOMPARE(lessons[0].name, std::string("tiny"));
        QCOMPARE(lessons[1].name, std::string("a-first"));
        QCOMPARE(lessons[2].name, std::string("b-second"));
        QCOMPARE(&findLesson(lessons, "a-first"), &lessons[1]);
        try {
            findLesson(lessons, "tinny");
            QFAIL("found a lesson that does not exist");
        } catch (const ConfigError& e) {
            QCOMPARE(QString(e.what()),
                     "no lesson is called 'tinny' (lessons: tiny, a-first, b-second)");
        }
    }

    void catalogErrors() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string folder = dir.path().toStdString();
        writeFile(dir.filePath("other.lesson.json"), kLesson);
        try {
            readLessons(folder);
            QFAIL("accepted a lesson in a file of another name");
        } catch (const FileError& e) {
            QCOMPARE(QString(e.what()),
                     QString::fromStdString(folder + "/other.lesson.json: holds the lesson "
                                                     "'tiny': name the file tiny.lesson.json"));
        }
        try {
            readLessons(folder + "/missing");
            QFAIL("read a folder that does not exist");
        } catch (const FileError& e) {
            QCOMPARE(QString(e.what()),
                     QString::fromStdString(folder + "/missing: folder not found"));
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLessonFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_file.moc"
