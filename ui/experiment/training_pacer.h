#pragma once
// Plays training at the toolbar's speed (SpeedControl levels 1 .. 10). The top level trains
// at full speed on the worker (TrainingSession::play). Lower levels let a class follow the
// run: one step at a time (TrainingSession::stepOnce) at a fixed rate, the next one posted only
// after the previous one's snapshot arrived, so commands never pile up and Pause answers at
// once. Either way playing stops by itself when the run ends (epochs done, early stop,
// divergence).

#include <QObject>
#include <QTimer>

#include "core/train/training_snapshot.h"

namespace rnnlab::ui {

class TrainingSession;

class TrainingPacer : public QObject {
    Q_OBJECT
public:
    TrainingPacer(TrainingSession& session, int level, QObject* parent = nullptr);

    // Steps per second at a speed level; 0 for the top level (as fast as the machine trains).
    static double stepsPerSecond(int level);

    int level() const { return m_level; }
    bool isPlaying() const { return m_playing; }

public slots:
    void setLevel(int level);
    void play();
    void pause();
    // Every snapshot of the session: releases the next paced step, notices the end of a run.
    void onSnapshot(const rnnlab::TrainingSnapshot& snapshot);

signals:
    void playingChanged(bool playing);

private:
    bool unlimited() const { return stepsPerSecond(m_level) == 0; }
    void onRunningChanged(bool running);
    void tick();
    void setPlaying(bool playing);

    TrainingSession& m_session;
    QTimer m_timer;
    int m_level;
    bool m_playing = false;
    bool m_stepPending = false;
    long long m_lastStep = -1;
};

}  // namespace rnnlab::ui
