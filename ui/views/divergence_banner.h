#pragma once
// The banner at the top of the dashboard when training diverged: what happened (at which step,
// which parameter, which weights were restored, what to change; Divergence::message()) and a
// button that lowers the learning rate ten-fold and trains on from the restored weights.
// Hidden while the run is sound.

#include <QFrame>
#include <optional>

#include "core/train/divergence.h"

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

public slots:
    // Shown with the divergence's message; nullopt hides the banner.
    void setDivergence(const std::optional<rnnlab::Divergence>& divergence);

signals:
    void lowerLearningRateRequested();

private:
    void applyTheme(const ThemeStyle& style);

    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
};

}  // namespace rnnlab::ui
