#include "ui/lessons/lesson_guide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/help/whats_this.h"
#include "ui/lessons/quiz_panel.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr char kStepScheme[] = "step";

}  // namespace

LessonGuide::LessonGuide(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::LessonGuide);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_goal = new QLabel(this);
    m_goal->setObjectName(QStringLiteral("lessonGoal"));
    m_goal->setWordWrap(true);
    m_goal->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("lessonNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(
        tr("This is no longer the lesson's experiment: other data, a new "
           "experiment or another file replaced it. Reopen the lesson to follow "
           "it again (or Undo)."));
    m_notice->hide();
    m_start = new QPushButton(tr("Start lesson"), this);
    m_start->setToolTip(tr("Load the lesson's network, data and settings"));
    m_steps = new QTextBrowser(this);
    m_steps->setOpenLinks(false);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_quiz = new QuizPanel(this);
    m_back = new QPushButton(tr("\u25c0 Back"), this);
    m_position = new QLabel(this);
    m_position->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("Next \u25b6"), this);

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(m_position, 1);
    navigation->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_goal);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_quiz);
    layout->addLayout(navigation);

    connect(m_start, &QPushButton::clicked, this, &LessonGuide::start);
    connect(m_back, &QPushButton::clicked, this, &LessonGuide::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonGuide::nextStep);
    connect(m_steps, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String(kStepScheme)) setCurrentStep(url.path().toInt());
    });
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &LessonGuide::applyTheme);
}

int LessonGuide::stepCount() const {
    return m_lesson ? int(m_lesson->text.size()) : 0;
}

QString LessonGuide::title() const {
    return m_title->text();
}

QString LessonGuide::summary() const {
    return m_summary->text();
}

QString LessonGuide::goal() const {
    return m_goal->isHidden() ? QString() : m_goal->text();
}

QString LessonGuide::stepsText() const {
    return m_steps->toPlainText();
}

QString LessonGuide::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void LessonGuide::setDetached(bool detached) {
    m_detached = detached && m_lesson.has_value();
    m_notice->setVisible(m_detached);
    m_start->setText(m_detached ? tr("Reopen the lesson") : tr("Start lesson"));
}

void LessonGuide::setWelcome(const QString& html) {
    m_welcome = html;
    render();
}

void LessonGuide::setLesson(const Lesson& lesson) {
    m_lesson = lesson;
    m_step = -1;
    setDetached(false);
    m_title->setText(QString::fromStdString(lesson.title));
    m_summary->setText(QString::fromStdString(lesson.summary));
    m_goal->setText(tr("<b>Goal:</b> %1").arg(QString::fromStdString(lesson.goal)));
    m_goal->setVisible(!lesson.goal.empty());
    m_quiz->setLesson(lesson);
    setCurrentStep(0);
}

void LessonGuide::setCurrentStep(int step) {
    if (!m_lesson) return;
    step = qBound(0, step, stepCount() - 1);
    const bool changed = step != m_step;
    m_step = step;
    m_quiz->setStep(step);
    render();
    if (!changed) return;
    emit currentStepChanged(m_step);
    const std::string& view = m_lesson->text[std::size_t(m_step)].view;
    if (!view.empty()) emit viewRequested(QString::fromStdString(view));
}

void LessonGuide::nextStep() {
    setCurrentStep(m_step + 1);
}

void LessonGuide::previousStep() {
    setCurrentStep(m_step - 1);
}

void LessonGuide::start() {
    if (m_lesson) emit startRequested(*m_lesson);
}

void LessonGuide::applyTheme(const ThemeStyle& style) {
    m_title->setFont(style.font(FontRole::Title));
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, style.mutedText);
    m_summary->setPalette(muted);
    const QColor warning = style.seriesColor(1);
    m_notice->setStyleSheet(
        QStringLiteral("#lessonNotice { background: %1; border: 2px solid %2; "
                       "border-radius: 4px; padding: 6px; color: %3; }")
            .arg(blend(style.window, warning, 0.15).name(), warning.name(), style.text.name()));
    render();
}

void LessonGuide::render() {
    const bool have = m_lesson.has_value();
    m_start->setEnabled(have);
    m_back->setEnabled(have && m_step > 0);
    m_next->setEnabled(have && m_step + 1 < stepCount());
    if (!have) {
        m_title->setText(tr("Welcome to RNN Lab"));
        m_summary->setText(tr("Choose a lesson from the Lessons menu."));
        m_goal->hide();
        m_steps->setHtml(m_welcome);
        m_position->clear();
        return;
    }
    m_position->setText(tr("step %1 of %2").arg(m_step + 1).arg(stepCount()));

    // One table per step: the current one on a tinted background with an accent bar.
    const ThemeStyle& style = Theme::instance().style();
    const QString tint = blend(style.window, style.accent, 0.18).name();
    const QString bar = style.accent.name();
    QString html;
    for (int i = 0; i < stepCount(); ++i) {
        const LessonStep& s = m_lesson->text[std::size_t(i)];
        const bool current = i == m_step;
        html += QStringLiteral("<a name=\"step%1\"></a>").arg(i);
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                    "style=\"margin-bottom: 8px\"><tr><td width=\"5\" bgcolor=\"%1\"></td>"
                    "<td%2><a href=\"%3:%4\" style=\"text-decoration: none; color: %5\">"
                    "<b>%6</b></a><br>%7</td></tr></table>")
                    .arg(current ? bar : style.window.name(),
                         current ? QStringLiteral(" bgcolor=\"%1\"").arg(tint) : QString(),
                         QLatin1String(kStepScheme), QString::number(i), style.text.name(),
                         QString::fromStdString(s.title).toHtmlEscaped(),
                         QString::fromStdString(s.body));
    }
    m_steps->setHtml(html);
    m_steps->scrollToAnchor(QStringLiteral("step%1").arg(m_step));
}

}  // namespace rnnlab::ui
