#pragma once
// Playback of the explorer's time cursor: play/pause, which sweep (the forward pass from
// t = 1, the backward pass from t = T, or one then the other) and its speed in steps per
// second. The control only keeps time: it emits tick() at the chosen speed while playing, and
// the explorer moves the cursor (and stops the control at the end of the sweep).

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace rnnlab::ui {

struct ThemeStyle;

class SweepControl : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Forward, Backward, ForwardThenBackward };
    Q_ENUM(Mode)
    static constexpr int kMinSpeed = 1;  // steps per second
    static constexpr int kMaxSpeed = 30;
    static constexpr int kDefaultSpeed = 5;

    explicit SweepControl(QWidget* parent = nullptr);

    Mode mode() const;
    int speed() const;
    bool playing() const { return m_timer.isActive(); }

public slots:
    void setMode(rnnlab::ui::SweepControl::Mode mode);
    void setSpeed(int stepsPerSecond);
    void setPlaying(bool playing);

signals:
    // The play button was pressed while paused: the explorer sets the cursor up and calls
    // setPlaying(true).
    void playRequested();
    void playingChanged(bool playing);
    void tick();

private:
    void applyTheme(const ThemeStyle& style);

    QTimer m_timer;
    QToolButton* m_play = nullptr;
    QComboBox* m_mode = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
};

}  // namespace rnnlab::ui
