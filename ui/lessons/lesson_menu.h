#pragma once
// The lessons in the Lessons menu: one entry per lesson, numbered in menu order, its summary as
// the status tip. Choosing one emits lessonChosen; the window shows it in the lesson panel.

#include <QObject>
#include <vector>

#include "core/lessons/lesson.h"

class QAction;
class QMenu;

namespace rnnlab::ui {

class LessonMenu : public QObject {
    Q_OBJECT
public:
    // Appends a separator and the lessons to `menu` (which keeps its other entries).
    LessonMenu(QMenu* menu, std::vector<Lesson> lessons, QObject* parent = nullptr);

    const std::vector<Lesson>& lessons() const { return m_lessons; }
    // The entry of lessons()[index].
    QAction* action(int index) const { return m_actions.at(std::size_t(index)); }

signals:
    void lessonChosen(const rnnlab::Lesson& lesson);

private:
    std::vector<Lesson> m_lessons;
    std::vector<QAction*> m_actions;
};

}  // namespace rnnlab::ui
