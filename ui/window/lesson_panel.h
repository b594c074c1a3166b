#pragma once
// The lesson panel (right dock): a title and the lesson's rich text (HTML subset of
// QTextDocument: headings, lists, bold, links, images from resources).

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace rnnlab::ui {

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    QString title() const;
    QString plainText() const;

public slots:
    void setLesson(const QString& title, const QString& html);

private:
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
};

}  // namespace rnnlab::ui
