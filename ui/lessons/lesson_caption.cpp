#include "ui/lessons/lesson_caption.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextDocumentFragment>

#include "ui/help/whats_this.h"
#include "ui/lessons/lesson_guide.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {
constexpr int kBarWidth = 6;  // the accent bar on the left, px
}  // namespace

LessonCaption::LessonCaption(LessonGuide* guide, QWidget* parent)
    : QWidget(parent), m_guide(guide) {
    setWhatsThisTopic(this, WhatsThisTopic::LessonCaption);
    setObjectName(QStringLiteral("lessonCaption"));
    m_back = new QPushButton(tr("\u25c0 Back"), this);
    m_back->setToolTip(tr("The previous step (Page Up)"));
    m_step = new QLabel(this);
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::RichText);
    m_next = new QPushButton(tr("Next \u25b6"), this);
    m_next->setToolTip(tr("The next step (Page Down)"));
    for (QPushButton* b : {m_back, m_next}) b->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kBarWidth + 8, 4, 8, 4);
    layout->addWidget(m_back);
    layout->addWidget(m_step, 1);
    layout->addWidget(m_next);

    connect(m_back, &QPushButton::clicked, m_guide, &LessonGuide::previousStep);
    connect(m_next, &QPushButton::clicked, m_guide, &LessonGuide::nextStep);
    connect(m_guide, &LessonGuide::currentStepChanged, this, &LessonCaption::render);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &LessonCaption::applyTheme);
}

QString LessonCaption::text() const {
    return QTextDocumentFragment::fromHtml(m_step->text()).toPlainText();
}

void LessonCaption::applyTheme(const ThemeStyle& style) {
    // A tinted band with the accent bar of the guide's current step, so it reads as the guide.
    // Painted here, not by a style sheet: Qt kept the light theme's sheet on screen when the
    // theme changed while the caption was hidden.
    m_background = blend(style.window, style.accent, 0.18);
    m_bar = style.accent;
    update();
    // Read from the back of the room: the legend's size (large in presentation mode).
    m_step->setFont(style.font(FontRole::Legend));
    for (QPushButton* b : {m_back, m_next}) b->setFont(style.font(FontRole::Legend));
    render();
}

void LessonCaption::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
    painter.fillRect(QRect(0, 0, kBarWidth, height()), m_bar);
}

void LessonCaption::render() {
    const auto& lesson = m_guide->lesson();
    const int step = m_guide->currentStep();
    m_back->setEnabled(lesson && step > 0);
    m_next->setEnabled(lesson && step + 1 < m_guide->stepCount());
    if (!lesson || step < 0) {
        m_step->clear();
        return;
    }
    const LessonStep& s = lesson->text[std::size_t(step)];
    m_step->setText(
        tr("<b>%1 / %2 · %3</b> \u2014 %4")
            .arg(step + 1)
            .arg(m_guide->stepCount())
            .arg(QString::fromStdString(s.title).toHtmlEscaped(), QString::fromStdString(s.body)));
}

}  // namespace rnnlab::ui
