#pragma once
// The banner at the top of the dashboard when training diverged: what happened (at which step,
// which parameter, which weights were restored, what to change; Divergence::message()) and a
// button that lowers the learning rate ten-fold and trains on from the best sound weights.
// When the run diverges again after that, the banner says so, how often, and offers the next
// step: gradient clipping when it is off (Pascanu et al. 2013), else starting over.
// Hidden while the run is sound; a new run starts the count again.

#include <QFrame>
#include <cstdint>

#include "core/train/training_snapshot.h"

class QLabel;
class QPushButton;

namespace rnnlab::ui {

struct ThemeStyle;

class DivergenceBanner : public QFrame {
    Q_OBJECT
public:
    explicit DivergenceBanner(QWidget* parent = nullptr);

    QString message() const;
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* clipButton() const { return m_clip; }
    // Times the run diverged again after "lower the learning rate and continue".
    int divergedAgain() const { return m_divergedAgain; }

public slots:
    // Shown while the snapshot's run is stopped by a divergence.
    void setSnapshot(const rnnlab::TrainingSnapshot& snapshot);

signals:
    void lowerLearningRateRequested();
    void clippingRequested();

private:
    void applyTheme(const ThemeStyle& style);
    QString againText(const TrainingSnapshot& s) const;

    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_clip = nullptr;
    std::uint64_t m_runId = 0;
    long long m_shownStep = -1;  // the divergence shown (its step), -1 for none
    bool m_continued = false;    // "lower and continue" pressed since that divergence
    int m_divergedAgain = 0;
};

}  // namespace rnnlab::ui
