// rnnlab-cli lesson check FILE: reads a lesson file as the window does (every error names the
// JSON path), then trains each run its checks are about for the lesson's steps and prints every
// check with its measured value, so a teacher knows the lesson shows what it claims.
// Exit 0 when every check passes, 1 for a lesson that cannot be read, 2 for bad usage, 3 when a
// check fails.
#include <cstdio>
#include <set>

#include "arguments.h"
#include "command_registry.h"
#include "core/lessons/lesson_file.h"
#include "core/lessons/lesson_runner.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

constexpr const char* kUsage =
    "usage: rnnlab-cli lesson check FILE.lesson.json [--no-run]\n"
    "Reads the lesson file (an error names the field, e.g. text[2].view), then trains each run\n"
    "the lesson's checks are about for the lesson's steps and prints every check, pass or fail,\n"
    "with the value it measured, then what each quiz answers on the trained run.\n"
    "--no-run only reads and checks the file.\n"
    "Exit codes: 0 every check passed, 1 the file cannot be read, 2 bad usage, 3 a check\n"
    "failed.\n";

// A lesson whose runs do not show what its checks claim.
constexpr int kExitCheckFailed = 3;

struct LessonRequest {
    bool help = false;
    std::string path;
    bool run = true;
};

LessonRequest parseRequest(const std::vector<std::string>& args) {
    const Arguments a(args, {}, {"help", "no-run"});
    LessonRequest r;
    r.help = a.has("help");
    if (r.help) return r;
    const std::vector<std::string>& words = a.positional();
    if (words.empty() || words[0] != "check")
        throw UsageError(words.empty() ? "expected a subcommand: check FILE"
                                       : "unknown subcommand '" + words[0] + "' (expected check)");
    if (words.size() != 2)
        throw UsageError("check takes one FILE, got " + std::to_string(words.size() - 1));
    r.path = words[1];
    r.run = !a.has("no-run");
    return r;
}

// "quiz  text[2] (2. Look at the gradient): t = 40. ‖dL/dh‖ is largest at t = 40, ...": what
// each quiz answers on the run the checks trained, so a teacher sees the answers headless.
void printQuizAnswers(const Lesson& lesson, LessonRuns& runs) {
    for (const LessonQuizResult& q : answerQuizzes(lesson, runs)) {
        const QuizAnswer& a = q.answer;
        std::printf("quiz  text[%zu] (%s): %s\n", q.step, lesson.text[q.step].title.c_str(),
                    a.available() ? (a.shown.english() + ". " + a.why.english()).c_str()
                                  : ("no answer: " + a.unavailable.english()).c_str());
    }
}

// "note  LSTM trained 90 of the lesson's 100 steps: ...": a run whose epochs ran out before the
// lesson's steps (the window stops there too), once per run whatever its seeds.
// True when it noted one.
bool printShortRuns(const Lesson& lesson, const LessonRuns& runs) {
    std::set<std::string> noted;
    for (const LessonRunResult* r : runs.trained()) {
        if (r->stepsTrained >= lesson.steps || r->diverged || r->stoppedEarly) continue;
        const std::string name = r->label.empty() ? "the lesson's run" : r->label;
        if (!noted.insert(name).second) continue;
        std::printf(
            "note  %s trained %lld of the lesson's %lld steps: its epochs ran out (set "
            "\"steps\" to %lld, or raise training.epochs)\n",
            name.c_str(), r->stepsTrained, lesson.steps, r->stepsTrained);
    }
    return !noted.empty();
}

int run(const std::vector<std::string>& args) {
    const LessonRequest r = parseRequest(args);
    if (r.help) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const Lesson lesson = readLesson(r.path);
    std::size_t quizzes = 0;
    for (const LessonStep& step : lesson.text) quizzes += step.quiz ? 1 : 0;
    std::printf("%s: lesson '%s' (%s): %zu steps of text, %zu runs, %zu checks, %zu quizzes\n",
                r.path.c_str(), lesson.name.c_str(), lesson.title.c_str(), lesson.text.size(),
                lesson.runs.size(), lesson.checks.size(), quizzes);
    if (!r.run) return 0;
    std::fflush(stdout);
    LessonRuns runs(lesson);
    bool passed = true;
    for (const LessonCheckResult& result : checkLesson(lesson, runs)) {
        std::printf("%s  %s\n", result.passed ? "pass" : "FAIL", result.message.c_str());
        std::fflush(stdout);
        passed = passed && result.passed;
    }
    printQuizAnswers(lesson, runs);
    const bool shortRuns = printShortRuns(lesson, runs);
    std::printf("%s", passed ? "every check passed" : "a check failed");
    if (!shortRuns) std::printf(" after %lld steps", lesson.steps);
    std::printf("\n");
    return passed ? 0 : kExitCheckFailed;
}

const CommandRegistration registration{
    "lesson", "check a lesson file: read it, train its runs, print each check", &run,
    [](const std::vector<std::string>& args) { parseRequest(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
