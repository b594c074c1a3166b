#include "ui/experiment/training_pacer.h"

#include <array>
#include <cmath>

#include "ui/session/training_session.h"
#include "ui/window/speed_control.h"

namespace rnnlab::ui {

namespace {
// Levels 1 .. 9: from one step a second (every step can be discussed) to a brisk 500.
constexpr std::array<double, SpeedControl::kMaxLevel> kStepsPerSecond = {1,  2,   5,   10,  20,
                                                                         50, 100, 200, 500, 0};
}  // namespace

TrainingPacer::TrainingPacer(TrainingSession& session, int level, QObject* parent)
    : QObject(parent), m_session(session), m_level(level) {
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrainingPacer::tick);
    connect(&m_session, &TrainingSession::runningChanged, this, &TrainingPacer::onRunningChanged);
    setLevel(level);
}

double TrainingPacer::stepsPerSecond(int level) {
    const int i =
        qBound(SpeedControl::kMinLevel, level, SpeedControl::kMaxLevel) - SpeedControl::kMinLevel;
    return kStepsPerSecond[std::size_t(i)];
}

void TrainingPacer::setLevel(int level) {
    const bool wasUnlimited = unlimited();
    m_level = qBound(SpeedControl::kMinLevel, level, SpeedControl::kMaxLevel);
    if (!unlimited())
        m_timer.setInterval(qMax(1, int(std::lround(1000.0 / stepsPerSecond(m_level)))));
    if (!m_playing || wasUnlimited == unlimited()) return;
    if (unlimited()) {
        m_timer.stop();
        m_session.play();
    } else {
        m_session.pause();
        m_timer.start();
    }
}

void TrainingPacer::play() {
    if (m_playing) return;
    setPlaying(true);
    if (unlimited()) {
        m_session.play();
    } else {
        m_stepPending = false;
        tick();  // the first step at once, not one interval later
        m_timer.start();
    }
}

void TrainingPacer::pause() {
    m_timer.stop();
    m_session.pause();  // also refreshes the forecasts of the snapshot
    setPlaying(false);
}

void TrainingPacer::onSnapshot(const TrainingSnapshot& snapshot) {
    if (snapshot.step != m_lastStep || snapshot.stopReason != StopReason::None)
        m_stepPending = false;
    m_lastStep = snapshot.step;
    // A finished run (epochs done, early stop, divergence) does not go on by itself.
    if (m_playing && !snapshot.running && snapshot.stopReason != StopReason::None) {
        m_timer.stop();
        setPlaying(false);
    }
}

void TrainingPacer::onRunningChanged(bool running) {
    // Paced steps never set the worker running; at full speed the worker says whether it runs.
    if (unlimited()) setPlaying(running);
}

void TrainingPacer::tick() {
    if (m_stepPending) return;
    m_stepPending = true;
    m_session.stepOnce();
}

void TrainingPacer::setPlaying(bool playing) {
    if (playing == m_playing) return;
    m_playing = playing;
    emit playingChanged(playing);
}

}  // namespace rnnlab::ui
