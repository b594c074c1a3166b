#pragma once
// Ties the lessons into a window: choosing one in the Lessons menu (or `rnnlab --lesson NAME`,
// or a lesson file)
// shows it in the guide and starts it; starting hands its experiment to the training controller
// (lessonStarted) and its runs to the comparison view; each step shows the view it names. Once
// the window's experiment is no longer the lesson's (followExperiment), the guide says so.
//
//   auto* lessons = new LessonCoordinator(bundledLessons(), window.lessonsMenu(), guide,
//                                         compareView, [&](const QString& v) {
//                                             return window.showView(v); }, &window);
//   connect(lessons, &LessonCoordinator::lessonStarted, controller, &Controller::applyLesson);

#include <QObject>
#include <functional>
#include <vector>

#include "core/lessons/lesson.h"

class QMenu;

namespace rnnlab::ui {

class CompareView;
class LessonGuide;
class LessonMenu;

class LessonCoordinator : public QObject {
    Q_OBJECT
public:
    // showView: shows a main-window view by name ("training", "gradients", "compare", ...).
    LessonCoordinator(std::vector<Lesson> lessons, QMenu* lessonsMenu, LessonGuide* guide,
                      CompareView* compare, std::function<bool(const QString&)> showView,
                      QObject* parent = nullptr);

    LessonMenu* menu() const { return m_menu; }

    // Shows the lesson called `name` and starts it. ConfigError listing the lessons otherwise.
    void open(const std::string& name);
    // Shows a lesson that is not in the menu (a teacher's file) and starts it.
    void open(const Lesson& lesson);

    // Asked before a lesson replaces the window's experiment: proceed runs once the user has
    // settled it (saved or discarded the run), never when cancelled. Default: at once.
    using Confirm = std::function<void(const std::function<void()>& proceed)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The window's experiment belongs to the lesson called `lesson` ("" to none): the guide
    // says so when it shows another lesson.
    void followExperiment(const QString& lesson);

signals:
    // Apply lesson.experiment (network, training settings, data) to the main run, paused at
    // step 0, its weights fresh from the seed.
    void lessonStarted(const rnnlab::Lesson& lesson);

private:
    // Shows the lesson in the guide and starts its experiment, once confirmed.
    void start(const Lesson& lesson);
    void begin(const Lesson& lesson);

    LessonMenu* m_menu = nullptr;
    LessonGuide* m_guide = nullptr;
    CompareView* m_compare = nullptr;
    std::function<bool(const QString&)> m_showView;
    Confirm m_confirm;
};

}  // namespace rnnlab::ui
