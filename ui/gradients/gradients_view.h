#pragma once
// The gradient lab: everything about gradients of the running training in
// one view, live on every snapshot and exportable like every plot:
//   top    the vanishing and exploding badges (core/analysis/gradient_diagnosis.h)
//   centre pages: "Through time" (‖dL/dh_t‖ curves and heat map), "Jacobians" (products and
//          W_hh norms, linked), "Norms & clipping" (per parameter, total, clip markers),
//          "Gradient check" (BPTT vs finite differences)
//   right  the remedies (cell, activation, init, forget bias, clipping, truncation)
// It only formats what snapshots hold; the gradient check comes from the worker thread. The
// owner connects: TrainingSession::snapshotChanged -> setSnapshot(session.snapshot()),
// gradientCheckRequested -> TrainingSession::requestGradientCheck,
// TrainingSession::gradientCheckReady -> setGradientCheck, remedyRequested -> the controller
// (core/analysis/remedy.h: applyRemedy, effectOf), TimeBar::currentStepChanged -> setCursorStep.

#include <QWidget>
#include <memory>

#include "core/analysis/gradient_check.h"
#include "core/analysis/gradient_diagnosis.h"
#include "core/analysis/remedy.h"
#include "core/train/training_snapshot.h"

class QTabWidget;

namespace rnnlab::ui {

class GradientBadge;
class GradientCheckPanel;
class GradientNormsView;
class GradientProfileView;
class RemedyStrip;
class StateJacobianView;

class GradientsView : public QWidget {
    Q_OBJECT
public:
    enum class Page { ThroughTime, Jacobians, NormsAndClipping, GradientCheck };

    explicit GradientsView(QWidget* parent = nullptr);

    GradientBadge* vanishingBadge() const { return m_vanishing; }
    GradientBadge* explodingBadge() const { return m_exploding; }
    GradientProfileView* profileView() const { return m_profile; }
    StateJacobianView* jacobianView() const { return m_jacobian; }
    GradientNormsView* normsView() const { return m_norms; }
    GradientCheckPanel* checkPanel() const { return m_check; }
    RemedyStrip* remedies() const { return m_remedies; }
    QTabWidget* pages() const { return m_pages; }
    void showPage(Page page);

    const std::shared_ptr<const TrainingSnapshot>& snapshot() const { return m_snapshot; }
    void setThresholds(const rnnlab::DiagnosisThresholds& thresholds);

public slots:
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    void setGradientCheck(std::shared_ptr<const rnnlab::GradientCheckResult> result);
    void setCursorStep(int step);  // 0-based, as TimeBar::currentStep

signals:
    void remedyRequested(const rnnlab::Remedy& remedy);
    void gradientCheckRequested(int count, quint64 seed);

private:
    void updateBadges();

    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    DiagnosisThresholds m_thresholds;
    GradientBadge* m_vanishing = nullptr;
    GradientBadge* m_exploding = nullptr;
    QTabWidget* m_pages = nullptr;
    GradientProfileView* m_profile = nullptr;
    StateJacobianView* m_jacobian = nullptr;
    GradientNormsView* m_norms = nullptr;
    GradientCheckPanel* m_check = nullptr;
    RemedyStrip* m_remedies = nullptr;
};

}  // namespace rnnlab::ui
