#pragma once
// Gradient sizes over training (core/optim/gradient_clipping.h), on log axes:
//   left   ‖∂L/∂θ‖ of every parameter tensor (rnn.weight_hh_l0, ...), one curve each
//   right  the total norm before and after clipping, the clip threshold, and a marker on every
//          recorded step where clipping fired
// A recurrent weight whose gradient collapses or spikes stands out against the others.

#include <QWidget>
#include <memory>

#include "core/train/training_snapshot.h"
#include "ui/gradients/view_refresh.h"

class QCPGraph;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class GradientNormsView : public QWidget {
    Q_OBJECT
public:
    explicit GradientNormsView(QWidget* parent = nullptr);

    Figure* parametersFigure() const { return m_parameters; }
    Figure* clippingFigure() const { return m_clipping; }
    QCPGraph* clipMarkers() const { return m_markers; }      // steps where clipping fired
    QCPGraph* clipThreshold() const { return m_threshold; }  // hidden while clipping is off

public slots:
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateParameters(const TrainingSnapshot& s);
    void updateClipping(const TrainingSnapshot& s);
    void applyTheme(const ThemeStyle& style);

    Figure* m_parameters = nullptr;
    Figure* m_clipping = nullptr;
    QCPGraph* m_before = nullptr;
    QCPGraph* m_after = nullptr;
    QCPGraph* m_threshold = nullptr;
    QCPGraph* m_markers = nullptr;
    // What the figures show (view_refresh.h).
    HistoryMark m_shownParameters, m_shownSteps;
    NetworkConfig m_shownNetwork;
    bool m_shownClip = false;
    double m_shownClipMaxNorm = 0;
};

}  // namespace rnnlab::ui
