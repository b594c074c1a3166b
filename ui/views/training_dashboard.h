#pragma once
// The "Training" view: everything about a run in progress.
//   [divergence banner, when training diverged and was restored]
//   loss (train per step and per epoch, validation; log scale)  |  predictions vs actual
//   [accuracy per epoch, for a class target]                    |  (a series with a value
//                                                                   target), or target vs
//                                                                   prediction per held-out
//                                                                   sample (anything else)
//   metrics: step, epoch, learning rate, speed, losses, errors in the data's units
// It draws the snapshots it is given (at most at the session's ~30 Hz, each figure replotting
// on its own timer) and sends one command: lower the learning rate after a divergence.

#include <QWidget>
#include <cstdint>
#include <memory>
#include <tuple>

#include "core/train/training_snapshot.h"
#include "ui/gradients/view_refresh.h"
#include "ui/plot/input_version.h"

class QSplitter;

namespace rnnlab::ui {

class AccuracyPlot;
class DivergenceBanner;
class LossPlot;
class MetricsPanel;
class PredictionPlot;
class SequencePredictionPlot;

class TrainingDashboard : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDashboard(QWidget* parent = nullptr);

    LossPlot* lossPlot() const { return m_loss; }
    AccuracyPlot* accuracyPlot() const { return m_accuracy; }
    PredictionPlot* predictionPlot() const { return m_predictions; }
    SequencePredictionPlot* sequencePlot() const { return m_sequences; }
    MetricsPanel* metrics() const { return m_metrics; }
    DivergenceBanner* banner() const { return m_banner; }

public slots:
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    // The data of the run (new data means a new run: the plots start again).
    void setData(std::shared_ptr<const rnnlab::TrainingData> training, const QString& name);

signals:
    void lowerLearningRateRequested();

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The course beside the predictions when both fit their minimum widths, else above them:
    // the page scrolls down, never sideways.
    void arrangePlots();

    // The history the loss and accuracy plots show: the run, how far its steps have got, its
    // epochs and which parts of the newest are there yet (validation loss and accuracy, test
    // accuracy).
    using HistoryKey = std::tuple<std::uint64_t, HistoryMark, std::size_t, int>;
    static HistoryKey historyKey(const rnnlab::TrainingSnapshot& s);

    InputVersion<HistoryKey> m_history;
    DivergenceBanner* m_banner = nullptr;
    QSplitter* m_plots = nullptr;
    LossPlot* m_loss = nullptr;
    AccuracyPlot* m_accuracy = nullptr;
    PredictionPlot* m_predictions = nullptr;
    SequencePredictionPlot* m_sequences = nullptr;
    MetricsPanel* m_metrics = nullptr;
};

}  // namespace rnnlab::ui
