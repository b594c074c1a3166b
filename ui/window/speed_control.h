#pragma once
// The toolbar's training speed: a slider from 1 (slowest, every step shown) to 10 (fastest).
// What a level means in steps per second is TrainingPacer's (ui/experiment/training_pacer.h).

#include <QWidget>

class QSlider;

namespace rnnlab::ui {

class SpeedControl : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinLevel = 1;
    static constexpr int kMaxLevel = 10;
    // Fast enough to train a small series in seconds, slow enough to watch the loss fall.
    static constexpr int kDefaultLevel = 7;

    explicit SpeedControl(QWidget* parent = nullptr);

    int level() const;

public slots:
    void setLevel(int level);

signals:
    void levelChanged(int level);

private:
    QSlider* m_slider = nullptr;
};

}  // namespace rnnlab::ui
