#pragma once
// Comparison mode: two or three configurations trained side by side on the same data and seed,
// each in its own TrainingSession (its own worker thread), drawn in one colour per run:
//   loss               training loss (solid, named in the legend: at each step the mean over
//                      the last epoch's worth of steps, so it meets the epoch's mean at its end)
//                      and validation loss per epoch (dashed), log scale
//   gradient in time   ‖dL/dhₜ‖ of the first layer against t for each run's latest trace of
//                      its traced sequence, log scale: a vanishing gradient falls to the left
//   forecasts          one small plot per run: the series, the one-step forecast (solid) and the
//                      free-running forecast (dashed) against the data's labels when they are
//                      numbers (years), else the row; shown only for series data
//   connectivity       for character models, on a page of its own beside the plots above:
//                      each run's ‖∂ log p(y_t̃) / ∂x_t‖ on the same validation window, as
//                      colour on the text and as curves (connectivity_comparison.h)
// Play, pause and reset act on every run at once.
//
// Seeds (a spin box, default 5): each configuration trains with the seeds training.seed,
// + 1, ..., each in its own session, side by side. Its loss, validation and gradient lines are
// then the mean over the seeds, with a band from the lowest to the highest seed (min–max,
// seed_spread.h), as the legend says; the forecasts and the status line's step are the first
// seed's.

#include <QWidget>
#include <vector>

#include "core/base/tensor_types.h"
#include "ui/compare/run_spec.h"

class QCPGraph;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace rnnlab::ui {

class ConnectivityComparison;
class Figure;
class TrainingSession;
struct ThemeStyle;

class CompareView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 4;
    static constexpr int kDefaultSeeds = 5;
    static constexpr int kMaxSeeds = 10;

    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // Replaces the runs (stopping the old ones) with fresh trainers, paused at step 0. A run
    // whose data or settings do not fit says why in its status line and in errorOccurred.
    void setRuns(std::vector<RunSpec> runs);

    int runCount() const { return int(m_runs.size()); }
    const RunSpec& run(int index) const { return m_runs.at(std::size_t(index)).spec; }
    // Null for a run that could not be built. The first seed's (the configuration's own).
    TrainingSession* session(int index) const { return m_runs.at(std::size_t(index)).session; }
    // Seeds per configuration; changing it builds the runs again, paused at step 0.
    int seedCount() const;
    void setSeedCount(int seeds);
    // The session of seed training.seed + `seed` of run `index`; null for one not built.
    TrainingSession* seedSession(int index, int seed) const;
    // The band's lower (min) and upper (max) graphs of run `index`; null with one seed.
    std::pair<QCPGraph*, QCPGraph*> lossBand(int index) const;
    std::pair<QCPGraph*, QCPGraph*> gradientBand(int index) const;
    QString statusText(int index) const;
    bool anyRunning() const;

    Figure* lossFigure() const { return m_loss; }
    Figure* gradientFigure() const { return m_gradient; }
    Figure* forecastFigure(int index) const { return m_runs.at(std::size_t(index)).forecast; }
    ConnectivityComparison* connectivity() const { return m_connectivity; }
    // "Loss and gradient" (0) and, for text data, "Connectivity" (1).
    QTabWidget* pages() const { return m_pages; }

public slots:
    void playAll();
    void pauseAll();
    void resetAll();

signals:
    // Prefixed with the run's label.
    void errorOccurred(const QString& message);
    void runningChanged(bool anyRunning);

private:
    struct Run {
        RunSpec spec;
        TrainingSession* session = nullptr;
        QLabel* status = nullptr;
        std::vector<TrainingSession*> seeds;  // seeds + 1, ... (the first is `session`)
        QCPGraph* loss = nullptr;             // training loss per step (mean over the seeds)
        QCPGraph* validation = nullptr;       // validation loss per epoch (dashed)
        QCPGraph* gradient = nullptr;         // ‖dL/dhₜ‖ against t
        QCPGraph* lossLow = nullptr;          // min–max bands, with several seeds
        QCPGraph* lossHigh = nullptr;
        QCPGraph* gradientLow = nullptr;
        QCPGraph* gradientHigh = nullptr;
        Figure* forecast = nullptr;
        QCPGraph* actual = nullptr;
        QCPGraph* oneStep = nullptr;
        QCPGraph* closedLoop = nullptr;        // dashed
        const void* drawnForecasts = nullptr;  // the ForecastSet drawn last
        Index stepsPerEpoch = 1;
        bool text = false;  // a character model of a text: its connectivity is shown
    };

    void clearRuns();
    void addRun(RunSpec spec);
    void addSeeds(Run& run, int index);
    std::vector<TrainingSession*> sessions(const Run& run) const;
    void showSnapshot(Run& run);
    void updateButtons();
    void showEmptyState();
    void showConnectivity();
    void applyDashes(const ThemeStyle& style);
    void applyBands(const ThemeStyle& style);

    std::vector<Run> m_runs;
    QPushButton* m_play = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_reset = nullptr;
    QSpinBox* m_seeds = nullptr;
    QWidget* m_statusRow = nullptr;
    Figure* m_loss = nullptr;
    Figure* m_gradient = nullptr;
    QWidget* m_forecastRow = nullptr;
    QTabWidget* m_pages = nullptr;
    ConnectivityComparison* m_connectivity = nullptr;
    QLabel* m_empty = nullptr;  // what to do while there are no runs
};

}  // namespace rnnlab::ui
