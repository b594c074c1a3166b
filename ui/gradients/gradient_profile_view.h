#pragma once
// ‖dL/dh_t‖ against the time step t of the traced sequence (core/analysis/gradient_profile.h):
//   left   the latest trace, one curve per layer on a log axis, the previous traces fading
//          behind it, each curve's legend entry with its average factor per step back
//   right  the same profile over training, iterations × time steps, as a log-coloured heat
//          map (one layer at a time, chosen above it)
// A straight falling line is vanishing, a rising one exploding.

#include <QWidget>
#include <memory>

#include "core/train/training_snapshot.h"
#include "ui/gradients/view_refresh.h"

class QComboBox;
class QCPColorMap;
class QCPItemStraightLine;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class GradientProfileView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFadedTraces = 6;  // earlier profiles drawn behind the latest

    explicit GradientProfileView(QWidget* parent = nullptr);

    Figure* profileFigure() const { return m_profile; }
    Figure* heatmapFigure() const { return m_heatmap; }
    QCPColorMap* heatmap() const { return m_map; }
    int heatmapLayer() const;

public slots:
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    void setCursorStep(int step);  // 0-based, as TimeBar::currentStep; drawn at t = step + 1
    void setHeatmapLayer(int layer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateProfile();
    void updateHeatmap();
    void applyTheme(const ThemeStyle& style);

    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    Figure* m_profile = nullptr;
    Figure* m_heatmap = nullptr;
    QCPColorMap* m_map = nullptr;
    QComboBox* m_layer = nullptr;
    QCPItemStraightLine* m_profileCursor = nullptr;
    QCPItemStraightLine* m_heatmapCursor = nullptr;
    // What the figures show (view_refresh.h).
    std::shared_ptr<const SequenceTrace> m_shownTrace;
    HistoryMark m_shownProfiles;
    int m_shownTruncation = 0;
};

}  // namespace rnnlab::ui
