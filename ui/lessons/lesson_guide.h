#pragma once
// The lesson panel's content: the lesson's title and summary, a "Start lesson" button, and its
// numbered steps (what to press, what to look at, what to conclude) with the current one
// highlighted and Back / Next to walk through them at the projector. Clicking a step's title
// selects it. The guide owns no engine state: starting a lesson and showing a view leave as
// signals for the window's controller (startRequested, viewRequested).

#include <QWidget>
#include <optional>

#include "core/lessons/lesson.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace rnnlab::ui {

class QuizPanel;
struct ThemeStyle;

class LessonGuide : public QWidget {
    Q_OBJECT
public:
    explicit LessonGuide(QWidget* parent = nullptr);

    const std::optional<Lesson>& lesson() const { return m_lesson; }
    // 0-based; -1 without a lesson.
    int currentStep() const { return m_step; }
    int stepCount() const;

    QString title() const;
    QString summary() const;
    QString goal() const;       // "Goal: ..." as shown; empty for a lesson without one
    QString stepsText() const;  // the steps as plain text, as shown
    QPushButton* startButton() const { return m_start; }
    // The window's experiment is no longer this lesson's (other data, New, another file).
    bool isDetached() const { return m_detached; }
    QString noticeText() const;
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    // The current step's quiz, the score and the teacher-mode toggle, under the steps.
    QuizPanel* quizPanel() const { return m_quiz; }

public slots:
    // What the panel shows until a lesson is chosen, below "Choose a lesson from the Lessons
    // menu" (the window puts its keyboard shortcuts here).
    void setWelcome(const QString& html);
    // Shows the lesson at its first step; the lesson starts only with start().
    void setLesson(const rnnlab::Lesson& lesson);
    // Clamped to the steps; a step that names a view asks for it.
    void setCurrentStep(int step);
    void nextStep();
    void previousStep();
    // Asks for the lesson's experiment (startRequested); its owner shows the lesson again
    // from its first step once it has started.
    void start();
    // Says that the experiment on screen is no longer the lesson's, and offers to start it
    // again; false takes the notice away (the lesson's experiment is back, by Undo or Start).
    void setDetached(bool detached);

signals:
    void startRequested(const rnnlab::Lesson& lesson);
    void viewRequested(const QString& view);
    void currentStepChanged(int step);

private:
    void applyTheme(const ThemeStyle& style);
    void render();

    std::optional<Lesson> m_lesson;
    QString m_welcome;
    int m_step = -1;
    bool m_detached = false;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_goal = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_start = nullptr;
    QTextBrowser* m_steps = nullptr;
    QuizPanel* m_quiz = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_next = nullptr;
};

}  // namespace rnnlab::ui
