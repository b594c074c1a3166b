#include "ui/lessons/lesson_menu.h"

#include <QAction>
#include <QMenu>

namespace rnnlab::ui {

LessonMenu::LessonMenu(QMenu* menu, std::vector<Lesson> lessons, QObject* parent)
    : QObject(parent), m_lessons(std::move(lessons)) {
    menu->addSeparator();
    for (std::size_t i = 0; i < m_lessons.size(); ++i) {
        const Lesson& l = m_lessons[i];
        // "&1  The vanishing gradient": the number is the keyboard accelerator.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QString::number(i + 1);
        QAction* action = menu->addAction(number + "  " + QString::fromStdString(l.title));
        action->setObjectName(QStringLiteral("lesson-%1").arg(QString::fromStdString(l.name)));
        action->setStatusTip(QString::fromStdString(l.summary));
        action->setToolTip(QString::fromStdString(l.summary));
        connect(action, &QAction::triggered, this, [this, i] { emit lessonChosen(m_lessons[i]); });
        m_actions.push_back(action);
    }
}

}  // namespace rnnlab::ui
