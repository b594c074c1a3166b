#pragma once
// The lesson guide in presentation mode: one compact bar above the views instead of the lesson
// dock, so the class sees the whole view and the teacher still has the script. It shows the
// current step's number, title and text, with Back and Next; the window sends PageUp / PageDown
// (what a presenter's clicker sends) to the same guide. It follows the LessonGuide it is made
// for and owns no state of its own.

#include <QColor>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rnnlab::ui {

class LessonGuide;
struct ThemeStyle;

class LessonCaption : public QWidget {
    Q_OBJECT
public:
    explicit LessonCaption(LessonGuide* guide, QWidget* parent = nullptr);

    QString text() const;  // the step as shown, plain text
    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }

    // The band's colours: a tint of the window with the accent, and the accent's bar on the left.
    QColor background() const { return m_background; }
    QColor bar() const { return m_bar; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void applyTheme(const ThemeStyle& style);
    void render();

    LessonGuide* m_guide = nullptr;
    QPushButton* m_back = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_next = nullptr;
    QColor m_background, m_bar;
};

}  // namespace rnnlab::ui
