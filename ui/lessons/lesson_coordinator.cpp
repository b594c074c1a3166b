#include "ui/lessons/lesson_coordinator.h"

#include <QDockWidget>

#include "core/lessons/lesson_catalog.h"
#include "ui/compare/compare_view.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/lessons/lesson_menu.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

LessonCoordinator::LessonCoordinator(std::vector<Lesson> lessons, QMenu* lessonsMenu,
                                     LessonGuide* guide, CompareView* compare,
                                     std::function<bool(const QString&)> showView, QObject* parent)
    : QObject(parent),
      m_menu(new LessonMenu(lessonsMenu, std::move(lessons), this)),
      m_guide(guide),
      m_compare(compare),
      m_showView(std::move(showView)) {
    connect(m_menu, &LessonMenu::lessonChosen, this, &LessonCoordinator::start);
    connect(m_guide, &LessonGuide::startRequested, this, &LessonCoordinator::start);
    connect(m_guide, &LessonGuide::viewRequested, this,
            [this](const QString& view) { m_showView(view); });
}

void LessonCoordinator::open(const std::string& name) {
    start(findLesson(m_menu->lessons(), name));
}

void LessonCoordinator::open(const Lesson& lesson) {
    start(lesson);
}

void LessonCoordinator::start(const Lesson& lesson) {
    const auto proceed = [this, lesson] {
        // The guide sits in the window's lesson dock: make sure the class can see it. In
        // presentation mode the docks stay hidden and the window shows the guide's caption.
        auto* dock = qobject_cast<QDockWidget*>(m_guide->parentWidget());
        if (dock && !Theme::instance().presentation()) {
            dock->show();
            dock->raise();
        }
        m_guide->setLesson(lesson);
        begin(lesson);
    };
    m_confirm ? m_confirm(proceed) : proceed();
}

void LessonCoordinator::begin(const Lesson& lesson) {
    m_compare->setRuns(runSpecs(lesson));
    m_showView(QString::fromStdString(lesson.views.front()));
    emit lessonStarted(lesson);
}

void LessonCoordinator::followExperiment(const QString& lesson) {
    const auto& shown = m_guide->lesson();
    m_guide->setDetached(shown && QString::fromStdString(shown->name) != lesson);
}

}  // namespace rnnlab::ui
