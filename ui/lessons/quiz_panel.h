#pragma once
// The quiz of the lesson step on screen, under the step's text in the lesson guide: the question
// first, then the student's answer (one button per gate or run, a number field, or the time step
// or unit picked by a click in the Explorer, the ‖dL/dhₜ‖ plot or the time bar), then feedback
// that names the answer computed from the run on screen and why (core/lessons/quiz.h). The first
// answer to each quiz counts for the score, shown at the lesson's last step. Teacher mode shows
// every answer at once, for the projector.
//
// The panel owns no engine state: the window gives it an answerer that evaluates a query on the
// run on screen (setAnswerer) and tells it what the student picked (setPickedStep/Unit).

#include <QWidget>
#include <functional>
#include <map>
#include <optional>

#include "core/lessons/lesson.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QGridLayout;

namespace rnnlab::ui {

class QuizPanel : public QWidget {
    Q_OBJECT
public:
    using Answerer = std::function<QuizAnswer(const QuizQuery&)>;

    explicit QuizPanel(QWidget* parent = nullptr);

    void setAnswerer(Answerer answerer) { m_answerer = std::move(answerer); }

    // What is on screen, for tests and the caption.
    const Quiz* quiz() const;  // of the current step; null without one
    QString questionText() const;
    QString feedbackText() const;  // plain text; empty before an answer
    QString teacherText() const;   // plain text; empty outside teacher mode
    QString pickedText() const;    // "Your answer: t = 12"
    QString scoreText() const;     // "Score: 2 of 3 quizzes right"; empty before the last step
    int right() const;
    int answeredCount() const { return int(m_firstTries.size()); }
    int quizCount() const { return m_quizCount; }
    bool teacherMode() const;
    QList<QPushButton*> choiceButtons() const { return m_choiceButtons; }
    QLineEdit* numberField() const { return m_number; }
    QPushButton* answerButton() const { return m_answer; }
    QCheckBox* teacherToggle() const { return m_teacher; }

public slots:
    // A new lesson: the score starts again.
    void setLesson(const rnnlab::Lesson& lesson);
    // The guide's current step (0-based).
    void setStep(int step);
    // The step under the time cursor and the Explorer's unit, 1-based: a Click quiz's answer.
    void setPickedStep(int t);
    void setPickedUnit(int unit);
    void setTeacherMode(bool on);
    // The run moved on: teacher mode shows the answer for the run now on screen.
    void refreshAnswer();
    // Answers with what the widgets hold (the number field, the picked step or unit).
    void submit();
    void submitChoice(const QString& choice);

signals:
    void answered(bool right);

private:
    void submitResponse(const QuizResponse& response, const QString& shown);
    void showQuiz();
    void rebuildChoices();
    void updateScore();
    void showPicked();
    QString pickedValue() const;  // "t = 12", "unit 3"; empty when nothing is picked

    Answerer m_answerer;
    std::optional<Lesson> m_lesson;
    int m_step = -1;
    int m_quizCount = 0;
    std::map<int, bool> m_firstTries;  // step → right at the first answer
    int m_pickedStep = 0;              // 1-based; 0: none
    int m_pickedUnit = 0;

    QWidget* m_box = nullptr;  // the quiz of the step; hidden without one
    QLabel* m_question = nullptr;
    QWidget* m_choices = nullptr;
    QGridLayout* m_choiceLayout = nullptr;
    QList<QPushButton*> m_choiceButtons;
    QLineEdit* m_number = nullptr;
    QLabel* m_picked = nullptr;
    QPushButton* m_answer = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_teacherAnswer = nullptr;
    QLabel* m_score = nullptr;
    QCheckBox* m_teacher = nullptr;
};

}  // namespace rnnlab::ui
