#pragma once
// The time bar shared by every view with a time axis, below the views:
//     time  |<  <  [=====o==========]  >  >|   t = 37 / 100   [forward|backward]
// Steps are 0-based in the API (0 .. length-1) and shown 1-based, as t = 1 .. T in the papers.
// The direction says which pass the views show: the forward pass (states, gates; playback runs
// t = 1 -> T) or the backward pass (BPTT gradients; playback runs t = T -> 1); advance() moves
// one step that way. With keyboard focus on the bar, Left/Right, Home/End and PageUp/PageDown
// move the step (they win over the window's shortcuts).

#include <QWidget>

class QAbstractButton;
class QLabel;
class QSlider;
class QToolButton;

namespace rnnlab::ui {

struct ThemeStyle;

class TimeBar : public QWidget {
    Q_OBJECT
public:
    enum class Direction { Forward, Backward };
    Q_ENUM(Direction)

    explicit TimeBar(QWidget* parent = nullptr);

    int length() const { return m_length; }
    int currentStep() const { return m_step; }
    Direction direction() const { return m_direction; }
    QString positionText() const;  // "t = 37 / 100", or "t = - / -" without a time axis

public slots:
    // Number of time steps; 0 disables the bar. The current step is clamped into range.
    void setLength(int steps);
    void setCurrentStep(int step);
    void setDirection(rnnlab::ui::TimeBar::Direction direction);
    void first();
    void previous();
    void next();
    void last();
    // One step in the current direction; false (and no change) at the end of that direction.
    bool advance();

signals:
    void currentStepChanged(int step);
    void directionChanged(rnnlab::ui::TimeBar::Direction direction);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyTheme(const ThemeStyle& style);
    void updateControls();

    int m_length = 0;
    int m_step = 0;
    Direction m_direction = Direction::Forward;

    QLabel* m_caption = nullptr;
    QToolButton* m_first = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_last = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_position = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_backward = nullptr;
};

}  // namespace rnnlab::ui
