#include "core/lessons/lesson_file.h"

#include <QJsonDocument>
#include <algorithm>

#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/json_fields.h"
#include "core/io/model_file.h"
#include "core/lessons/lesson_translation.h"
#include "core/lessons/quiz_file.h"

namespace rnnlab {

namespace {

// `overrides` laid over `base`: objects merge field by field, anything else replaces.
QJsonObject merged(QJsonObject base, const QJsonObject& overrides) {
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), merged(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// The sections of an experiment file, read as one: `where` ("lesson.json: experiment") prefixes
// the messages, which then name the field inside the sections ("network.cell"). No weights: a
// lesson starts from its seed, as "Reset" does.
Experiment parseSections(const QJsonObject& sections, const std::string& where) {
    const JsonPath at(where);
    rejectUnknownFields(sections, at, {"network", "training", "data"});
    QJsonObject file = sections;
    file.insert("format", "rnnlab");
    file.insert("version", kModelFileVersion);
    Experiment e = parseExperiment(QJsonDocument(file).toJson(QJsonDocument::Compact), where);
    if (!e.data)
        at.field("data").fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", " is missing: a lesson needs data to train on")));
    if (e.state)
        at.field("training")
            .field("state")
            .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                           ": a lesson starts a fresh run, without state")));
    return e;
}

std::vector<std::string> parseViews(const QJsonObject& root, const JsonPath& top) {
    const JsonPath at = top.field("views");
    const QJsonArray a = requireArray(root, "views", top);
    if (a.isEmpty())
        at.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must name at least one view")));
    std::vector<std::string> names;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const std::string name = asString(a[i], at.element(i));
        const std::vector<std::string>& known = lessonViewNames();
        if (std::find(known.begin(), known.end(), name) == known.end())
            at.element(i).fail(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": unknown view '%1' (expected %2)"),
                       {name, joinedNames(known)}));
        if (std::find(names.begin(), names.end(), name) != names.end())
            at.element(i).fail(
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": view '%1' is listed twice"), {name}));
        names.push_back(name);
    }
    return names;
}

// One T per object of the array `a` at `at`: parseOne(object, its path, the ones before it).
template <typename T, typename ParseOne>
std::vector<T> parseObjects(const QJsonArray& a, const JsonPath& at, ParseOne parseOne) {
    std::vector<T> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const JsonPath itemAt = at.element(i);
        out.push_back(parseOne(asObject(a[i], itemAt), itemAt, out));
    }
    return out;
}

std::vector<LessonRun> parseRuns(const QJsonObject& root, const QJsonObject& experiment,
                                 const JsonPath& top) {
    return parseObjects<LessonRun>(
        optionalArray(root, "runs", top), top.field("runs"),
        [&](const QJsonObject& o, const JsonPath& runAt, const std::vector<LessonRun>& runs) {
            rejectUnknownFields(o, runAt, {"label", "network", "training", "data"});
            LessonRun run;
            run.label = requireString(o, "label", runAt);
            if (run.label.empty())
                runAt.field("label").fail(
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must not be empty")));
            for (const LessonRun& other : runs)
                if (other.label == run.label)
                    runAt.field("label").fail(
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 ": another run is already labelled '%1'"),
                               {run.label}));
            QJsonObject overrides = o;
            overrides.remove("label");
            run.experiment =
                parseSections(merged(experiment, overrides),
                              top.file() + ": " + runAt.path() + " (" + run.label + ")");
            return run;
        });
}

std::vector<LessonStep> parseText(const QJsonObject& root, Lesson& lesson, const JsonPath& top) {
    const std::vector<std::string>& views = lesson.views;
    const QJsonArray a = requireArray(root, "text", top);
    if (a.isEmpty())
        top.field("text").fail(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must hold at least one step")));
    return parseObjects<LessonStep>(
        a, top.field("text"),
        [&](const QJsonObject& o, const JsonPath& stepAt, const std::vector<LessonStep>&) {
            rejectUnknownLessonFields(o, stepAt, {"title", "body", "view", "quiz"},
                                      {"title", "body"});
            readTranslations(o, stepAt, {"title", "body"}, lesson.translations);
            LessonStep step;
            step.title = requireString(o, "title", stepAt);
            step.body = requireString(o, "body", stepAt);
            step.view = optionalString(o, "view", stepAt, "");
            if (!step.view.empty() &&
                std::find(views.begin(), views.end(), step.view) == views.end())
                stepAt.field("view").fail(
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                             ": '%1' is not one of the lesson's views (%2)"),
                           {step.view, joinedNames(views)}));
            if (o.contains("quiz")) {
                const QJsonObject quiz = requireObject(o, "quiz", stepAt);
                step.quiz = parseQuiz(quiz, stepAt.field("quiz"), lesson);
                readTranslations(quiz, stepAt.field("quiz"), kQuizTranslatedFields,
                                 lesson.translations);
            }
            return step;
        });
}

std::vector<LessonCheck> parseChecks(const QJsonObject& root, const Lesson& lesson,
                                     const JsonPath& top) {
    return parseObjects<LessonCheck>(
        optionalArray(root, "checks", top), top.field("checks"),
        [&](const QJsonObject& o, const JsonPath& checkAt, const std::vector<LessonCheck>&) {
            LessonCheck c;
            c.kind = parseChoice(requireString(o, "kind", checkAt), checkAt.field("kind"),
                                 parseLessonCheckKind);
            if (c.kind == LessonCheckKind::UnitCorrelationAbove) {
                rejectUnknownFields(o, checkAt,
                                    {"kind", "value", "selection", "run", "seeds", "at_least"});
                c.value = requireDouble(o, "value", checkAt);
                c.selection = parseChoice(requireString(o, "selection", checkAt),
                                          checkAt.field("selection"), parseUnitSelection);
            } else if (hasValue(c.kind)) {
                rejectUnknownFields(o, checkAt, {"kind", "value", "run", "seeds", "at_least"});
                c.value = requireDouble(o, "value", checkAt);
            } else {
                rejectUnknownFields(o, checkAt, {"kind", "run", "seeds", "at_least"});
            }
            c.seeds = optionalInt(o, "seeds", checkAt, 1, 1, kMaxCheckSeeds);
            c.atLeast = optionalInt(o, "at_least", checkAt, c.seeds, 1, kMaxCheckSeeds);
            if (c.atLeast > c.seeds)
                checkAt.field("at_least")
                    .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   ": %1 is more than the %2 seeds the check "
                                                   "trains (\"seeds\")"),
                                 {std::to_string(c.atLeast), std::to_string(c.seeds)}));
            c.run = optionalString(o, "run", checkAt, "");
            if (!lesson.experimentFor(c.run)) {
                std::vector<std::string> labels;
                for (const LessonRun& r : lesson.runs) labels.push_back(r.label);
                checkAt.field("run").fail(noRunLabelled(c.run, labels));
            }
            return c;
        });
}

// The lesson's learning goal: one sentence, so that the guide can show it as one line. A
// sentence ends in '.', '?' or '!' followed by a space; "0.5" and "e.g." do not end one.
std::string parseGoal(const QJsonObject& root, const JsonPath& top) {
    const std::string goal = optionalString(root, "goal", top, "");
    if (!root.contains("goal")) return goal;
    const auto endsSentence = [](char c) { return c == '.' || c == '?' || c == '!'; };
    bool oneSentence = !goal.empty() && endsSentence(goal.back());
    for (std::size_t i = 0; oneSentence && i + 1 < goal.size(); ++i)
        oneSentence = !(endsSentence(goal[i]) && goal[i + 1] == ' ');
    if (!oneSentence)
        top.field("goal").fail(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText", " must be one sentence, ending in '.', '?' or '!'")));
    return goal;
}

}  // namespace

Lesson parseLesson(const QByteArray& bytes, const std::string& name) {
    const QJsonObject root = parseJsonObject(bytes, name);
    const JsonPath top(name);
    // Format and version first: a JSON file of another kind should say so, not list fields.
    requireFormatAndVersion(root, top, "rnnlab-lesson", kLessonFileVersion,
                            QT_TRANSLATE_NOOP("rnnlab::UiText",
                                              " is %1, but this RNN Lab reads only version %2 "
                                              "(was the lesson written for a newer RNN Lab?)"));
    rejectUnknownLessonFields(root, top,
                              {"format", "version", "name", "order", "title", "summary", "goal",
                               "experiment", "steps", "views", "runs", "text", "checks"},
                              {"title", "summary", "goal"});

    Lesson lesson;
    lesson.name = requireString(root, "name", top);
    const bool plain =
        !lesson.name.empty() && std::all_of(lesson.name.begin(), lesson.name.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
        });
    if (!plain)
        top.field("name").fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                        " must be lower-case letters, digits and "
                                                        "dashes, got \"%1\""),
                                      {lesson.name}));
    lesson.order = optionalInt(root, "order", top, 0, 0, 1000);
    lesson.title = requireString(root, "title", top);
    lesson.summary = requireString(root, "summary", top);
    lesson.goal = parseGoal(root, top);
    readTranslations(root, top, {"title", "summary", "goal"}, lesson.translations);
    const QJsonObject experiment = requireObject(root, "experiment", top);
    lesson.experiment = parseSections(experiment, name + ": experiment");
    lesson.steps = asInt64(requireField(root, "steps", top), top.field("steps"), 1, 100000000);
    lesson.views = parseViews(root, top);
    lesson.runs = parseRuns(root, experiment, top);
    const bool compare =
        std::find(lesson.views.begin(), lesson.views.end(), "compare") != lesson.views.end();
    if (compare && lesson.runs.size() < 2)
        top.field("views").fail(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText", ": the compare view needs at least two runs (\"runs\")")));
    lesson.text = parseText(root, lesson, top);
    lesson.checks = parseChecks(root, lesson, top);
    return lesson;
}

Lesson readLesson(const std::string& path) {
    Lesson lesson = parseLesson(readInputFile(path, kMaxLessonFileBytes), path);
    // A CSV file named relative to the lesson file is next to it, wherever the lesson is opened.
    const std::string folder = directoryOf(path);
    auto resolve = [&](Experiment& e) {
        std::string& csv = e.data->csvPath;
        if (e.data->kind == DataSourceKind::Csv && !folder.empty() && !csv.empty() &&
            csv.front() != '/')
            csv = folder + "/" + csv;
    };
    resolve(lesson.experiment);
    for (LessonRun& run : lesson.runs) resolve(run.experiment);
    return lesson;
}

bool isLessonPath(const std::string& nameOrPath) {
    const std::string json = ".json";
    return nameOrPath.find('/') != std::string::npos ||
           (nameOrPath.size() >= json.size() &&
            nameOrPath.compare(nameOrPath.size() - json.size(), json.size(), json) == 0);
}

}  // namespace rnnlab
