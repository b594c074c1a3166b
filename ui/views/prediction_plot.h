#pragma once
// Predictions against the data, in the data's own units (core/train/forecast.h):
//   actual       the target column over the whole series
//   one-step     each validation / test window predicts its target from true past values
//   closed loop  free running from the validation part's start: each prediction becomes the
//                next input, so errors compound - what forecasting the future really faces
//   baselines    dashed: persistence ("next = last") and, when there is a season, seasonal
//                naive, on the validation and test windows; the "Baselines" box hides them
// with the train / validation / test parts shaded, zoomed on the held-out parts (drag or
// "Reset view" for the whole series). Forecasts of few points are drawn as markers, so that a
// single point shows. When closed loop does not apply, a note says why. Forecasts exist for
// windows of a series with a value target: for other data (sequences, classes) the view and its
// figure hide themselves, and sequence_prediction_plot.h shows the predictions.

#include <QWidget>
#include <memory>

#include "core/train/forecast.h"

class QCPGraph;
class QCPItemText;
class QCheckBox;

namespace rnnlab::ui {

class Figure;
class SplitRegions;
struct ThemeStyle;

class PredictionPlot : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPlot(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    QString noteText() const;
    int oneStepPoints() const;  // validation and test
    int closedLoopPoints() const;
    int baselinePoints() const;  // persistence and seasonal, shown or not
    QCheckBox* baselinesBox() const { return m_showBaselines; }

public slots:
    void setData(std::shared_ptr<const rnnlab::TrainingData> training, const QString& name);
    void setForecasts(std::shared_ptr<const rnnlab::ForecastSet> forecasts);

private:
    void setNote(const QString& text);
    void showBaselines(bool show);
    // Values fitted; x zoomed on the validation and test parts.
    void fit();
    void applyTheme(const ThemeStyle& style);

    Figure* m_figure = nullptr;
    SplitRegions* m_regions = nullptr;
    QCPGraph* m_actual = nullptr;
    QCPGraph* m_validation = nullptr;
    QCPGraph* m_test = nullptr;
    QCPGraph* m_closedLoop = nullptr;
    QCPGraph* m_persistence = nullptr;
    QCPGraph* m_seasonal = nullptr;
    QCheckBox* m_showBaselines = nullptr;
    QCPItemText* m_note = nullptr;
    std::shared_ptr<const ForecastSet> m_forecasts;
    bool m_series = false;
    std::pair<Index, Index> m_heldOut{0, 0};  // first row and rows of validation and test
};

}  // namespace rnnlab::ui
