#include "ui/lessons/quiz_panel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

QString plain(const QLabel* label) {
    if (label->isHidden()) return {};
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

// An engine text in the window's language, escaped for rich text.
QString html(const UiText& text) {
    return translated(text).toHtmlEscaped();
}

// A number as typed, in the user's locale or with a dot.
std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok) v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

}  // namespace

QuizPanel::QuizPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::QuizPanel);
    m_box = new QWidget(this);
    m_box->setObjectName(QStringLiteral("quizBox"));
    m_question = new QLabel(m_box);
    m_question->setWordWrap(true);
    m_choices = new QWidget(m_box);
    m_choiceLayout = new QGridLayout(m_choices);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_number = new QLineEdit(m_box);
    m_number->setPlaceholderText(tr("your answer"));
    m_picked = new QLabel(m_box);
    m_picked->setWordWrap(true);
    m_answer = new QPushButton(tr("Answer"), m_box);
    m_answer->setToolTip(tr("Check your answer against the run on screen"));
    m_feedback = new QLabel(m_box);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_teacherAnswer = new QLabel(m_box);
    m_teacherAnswer->setWordWrap(true);
    m_teacherAnswer->setTextFormat(Qt::RichText);

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(m_number, 1);
    answerRow->addWidget(m_picked, 1);
    answerRow->addWidget(m_answer);
    auto* box = new QVBoxLayout(m_box);
    box->setContentsMargins(6, 6, 6, 6);
    box->addWidget(m_question);
    box->addWidget(m_choices);
    box->addLayout(answerRow);
    box->addWidget(m_feedback);
    box->addWidget(m_teacherAnswer);

    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_teacher = new QCheckBox(tr("Teacher mode: show the answers"), this);
    m_teacher->setToolTip(tr("Show each quiz's answer, computed from the run on screen"));
    m_teacher->hide();  // until a lesson with quizzes
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_score);
    layout->addWidget(m_teacher);

    connect(m_answer, &QPushButton::clicked, this, &QuizPanel::submit);
    connect(m_number, &QLineEdit::returnPressed, this, &QuizPanel::submit);
    connect(m_teacher, &QCheckBox::toggled, this, &QuizPanel::setTeacherMode);
    const auto restyle = [this](const ThemeStyle& style) {
        m_box->setStyleSheet(
            QStringLiteral("#quizBox { border: 1px solid %1; border-radius: 4px; }")
                .arg(style.accent.name()));
    };
    restyle(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, restyle);
    showQuiz();
}

const Quiz* QuizPanel::quiz() const {
    if (!m_lesson || m_step < 0 || m_step >= int(m_lesson->text.size())) return nullptr;
    const std::optional<Quiz>& q = m_lesson->text[std::size_t(m_step)].quiz;
    return q ? &*q : nullptr;
}

QString QuizPanel::questionText() const {
    return plain(m_question);
}

QString QuizPanel::feedbackText() const {
    return plain(m_feedback);
}

QString QuizPanel::teacherText() const {
    return plain(m_teacherAnswer);
}

QString QuizPanel::pickedText() const {
    return plain(m_picked);
}

QString QuizPanel::scoreText() const {
    return plain(m_score);
}

int QuizPanel::right() const {
    int n = 0;
    for (const auto& [step, right] : m_firstTries) n += right ? 1 : 0;
    return n;
}

bool QuizPanel::teacherMode() const {
    return m_teacher->isChecked();
}

void QuizPanel::setLesson(const Lesson& lesson) {
    m_lesson = lesson;
    m_step = -1;
    m_firstTries.clear();
    m_quizCount = 0;
    for (const LessonStep& s : lesson.text) m_quizCount += s.quiz ? 1 : 0;
    m_teacher->setVisible(m_quizCount > 0);
    showQuiz();
}

void QuizPanel::setStep(int step) {
    if (step == m_step) return;
    m_step = step;
    showQuiz();
}

void QuizPanel::setPickedStep(int t) {
    m_pickedStep = t;
    showPicked();
}

void QuizPanel::setPickedUnit(int unit) {
    m_pickedUnit = unit;
    showPicked();
}

void QuizPanel::showPicked() {
    const Quiz* q = quiz();
    if (!q) return;
    const QString picked = pickedValue();
    if (!picked.isEmpty())
        m_picked->setText(tr("Your answer: %1").arg(picked));
    else if (answerKind(q->query.kind) == QuizAnswerKind::Unit)
        m_picked->setText(tr("Click a unit in the Explorer"));
    else
        m_picked->setText(tr("Click a time step"));
}

QString QuizPanel::pickedValue() const {
    const Quiz* q = quiz();
    if (!q) return {};
    if (answerKind(q->query.kind) == QuizAnswerKind::Unit)
        return m_pickedUnit > 0 ? tr("unit %1").arg(m_pickedUnit) : QString();
    return m_pickedStep > 0 ? tr("t = %1").arg(m_pickedStep) : QString();
}

void QuizPanel::setTeacherMode(bool on) {
    if (m_teacher->isChecked() != on) m_teacher->setChecked(on);  // comes back here
    refreshAnswer();
}

void QuizPanel::refreshAnswer() {
    const Quiz* q = quiz();
    const bool show = q && teacherMode() && m_answerer;
    m_teacherAnswer->setVisible(show);
    if (!show) return;
    const QuizAnswer a = m_answerer(q->query);
    m_teacherAnswer->setText(
        a.available() ? tr("<b>Answer (teacher mode):</b> %1. %2").arg(html(a.shown), html(a.why))
                      : tr("<b>Answer (teacher mode):</b> none yet: %1.").arg(html(a.unavailable)));
}

void QuizPanel::showQuiz() {
    const Quiz* q = quiz();
    // Nothing at all without a lesson that quizzes: the guide keeps its layout.
    setVisible(m_quizCount > 0);
    m_box->setVisible(q != nullptr);
    m_feedback->clear();
    m_feedback->hide();
    m_number->clear();
    updateScore();
    if (!q) return;
    m_question->setText(QString::fromStdString(q->question));
    rebuildChoices();
    m_number->setVisible(q->input == QuizInput::Number);
    m_picked->setVisible(q->input == QuizInput::Click);
    m_answer->setVisible(q->input != QuizInput::Choice);
    showPicked();
    refreshAnswer();
}

void QuizPanel::rebuildChoices() {
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    const Quiz* q = quiz();
    m_choices->setVisible(q && q->input == QuizInput::Choice);
    if (!q || q->input != QuizInput::Choice) return;
    // The options do not depend on the run: the cell's gates, or the lesson's runs.
    std::vector<std::pair<std::string, std::string>> options;  // (choice, button text)
    if (answerKind(q->query.kind) == QuizAnswerKind::Gate) {
        for (const std::string& g : gateNames(m_lesson->experiment.network.cell))
            options.emplace_back(g, translated(gateTitle(g)).toStdString());
    } else {
        for (const LessonRun& r : m_lesson->runs) options.emplace_back(r.label, r.label);
    }
    for (const auto& [choice, text] : options) {
        auto* button = new QPushButton(QString::fromStdString(text), m_choices);
        const QString value = QString::fromStdString(choice);
        connect(button, &QPushButton::clicked, this, [this, value] { submitChoice(value); });
        const int i = int(m_choiceButtons.size());
        m_choiceLayout->addWidget(button, i / 2, i % 2);
        m_choiceButtons << button;
    }
}

void QuizPanel::submit() {
    const Quiz* q = quiz();
    if (!q || q->input == QuizInput::Choice) return;
    if (q->input == QuizInput::Click) {
        const QString picked = pickedValue();
        if (picked.isEmpty()) return;
        const bool unit = answerKind(q->query.kind) == QuizAnswerKind::Unit;
        submitResponse({"", double(unit ? m_pickedUnit : m_pickedStep)}, picked);
        return;
    }
    const std::optional<double> v = parseNumber(m_number->text());
    if (!v) {
        m_feedback->setText(tr("Type a number, for example 0.25 or 1e-3."));
        m_feedback->show();
        return;
    }
    submitResponse({"", *v}, m_number->text().trimmed());
}

void QuizPanel::submitChoice(const QString& choice) {
    const Quiz* q = quiz();
    if (!q || q->input != QuizInput::Choice) return;
    const std::string c = choice.toStdString();
    const bool gate = answerKind(q->query.kind) == QuizAnswerKind::Gate;
    submitResponse({c, 0.0}, gate ? translated(gateTitle(c)) : choice);
}

void QuizPanel::submitResponse(const QuizResponse& response, const QString& shown) {
    const Quiz* q = quiz();
    if (!q || !m_answerer) return;
    const QuizAnswer a = m_answerer(q->query);
    m_feedback->show();
    if (!a.available()) {  // nothing to compare with yet: no score either
        m_feedback->setText(tr("<b>Not yet:</b> %1.").arg(html(a.unavailable)));
        return;
    }
    const bool right = isCorrect(*q, a, response);
    const QString explanation = QString::fromStdString(q->explanation);
    if (right)
        m_feedback->setText(
            tr("<b>Right:</b> %1. %2 %3").arg(html(a.shown), html(a.why), explanation));
    else
        m_feedback->setText(
            tr("<b>Not quite:</b> you answered %1, the answer is <b>%2</b>. %3 %4")
                .arg(shown.toHtmlEscaped(), html(a.shown), html(a.why), explanation));
    m_firstTries.emplace(m_step, right);  // only the first answer counts
    updateScore();
    emit answered(right);
}

void QuizPanel::updateScore() {
    const bool last = m_lesson && m_step == int(m_lesson->text.size()) - 1;
    m_score->setVisible(last && m_quizCount > 0);
    m_score->setText(tr("<b>Score:</b> %1 of %2 quizzes right").arg(right()).arg(m_quizCount));
}

}  // namespace rnnlab::ui
