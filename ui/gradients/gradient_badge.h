#pragma once
// A warning light of the gradient view (core/analysis/gradient_diagnosis.h), large enough to
// read from the back of a classroom:
//   on       filled in the warning's colour: "Vanishing gradients: YES", the numbers, and the
//            one-paragraph explanation
//   off      quiet: "Vanishing gradients: no" and the numbers
//   unknown  quiet: "Vanishing gradients: not measured yet" and why
// The explanation is always the tooltip.

#include <QFrame>

#include "core/analysis/gradient_diagnosis.h"

class QLabel;

namespace rnnlab::ui {

struct ThemeStyle;

class GradientBadge : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Vanishing, Exploding };

    explicit GradientBadge(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    rnnlab::BadgeState state() const { return m_badge.state; }
    QString titleText() const;
    QString summaryText() const;
    QString explanationText() const;
    bool explanationShown() const;  // only while on

public slots:
    void setBadge(const rnnlab::Badge& badge);

private:
    void applyTheme(const ThemeStyle& style);

    Kind m_kind;
    rnnlab::Badge m_badge;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_explanation = nullptr;
};

}  // namespace rnnlab::ui
