#include "ui/window/lesson_panel.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rnnlab::ui {

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
}

QString LessonPanel::title() const {
    return m_title->text();
}

QString LessonPanel::plainText() const {
    return m_text->toPlainText();
}

void LessonPanel::setLesson(const QString& title, const QString& html) {
    m_title->setText(title);
    m_text->setHtml(html);
}

}  // namespace rnnlab::ui
