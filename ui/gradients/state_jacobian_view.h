#pragma once
// Why the gradient curve has the slope it has (core/analysis/state_jacobian.h and
// recurrent_weight_norms.h):
//   left   the Jacobian products ‖∂h_T/∂h_t‖₂ of the latest recorded trace, one curve per
//          layer on a log axis, with their average factor per step back
//   right  the spectral radius ρ and largest singular value σ₁ of a W_hh gate block over
//          training, with the line at 1 (the candidate block g / n by default, chosen above)
//   below  one line per layer linking the numbers: the gradient curve's factor per step, the
//          Jacobian product's, and σ₁ and ρ; the tooltip explains the link.

#include <QWidget>
#include <memory>

#include "core/train/training_snapshot.h"
#include "ui/gradients/view_refresh.h"

class QComboBox;
class QLabel;
class QCPItemStraightLine;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class StateJacobianView : public QWidget {
    Q_OBJECT
public:
    explicit StateJacobianView(QWidget* parent = nullptr);

    Figure* productsFigure() const { return m_products; }
    Figure* weightsFigure() const { return m_weights; }
    int gateBlock() const;  // index into the W_hh gate blocks (PyTorch order)
    QString linkText() const;
    static QString linkExplanation();

public slots:
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    void setCursorStep(int step);  // 0-based, as TimeBar::currentStep
    void setGateBlock(int block);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildBlockChoice(CellType cell);
    void updateProducts();
    void updateWeights();
    void updateLink();
    // σ₁ solid, ρ dashed (both in their layer's colour), the line at 1 dotted.
    void styleWeightGraphs(const ThemeStyle& style);
    void applyTheme(const ThemeStyle& style);

    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    Figure* m_products = nullptr;
    Figure* m_weights = nullptr;
    QComboBox* m_block = nullptr;
    QLabel* m_link = nullptr;
    QCPItemStraightLine* m_cursor = nullptr;
    int m_blockCell = -1;  // the cell m_block lists the gates of
    // What the figures show (view_refresh.h).
    std::shared_ptr<const SequenceTrace> m_shownTrace;
    HistoryMark m_shownJacobians, m_shownWeights;
};

}  // namespace rnnlab::ui
