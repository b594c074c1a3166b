#pragma once
// The numbers of a run under the dashboard's plots: where it is (step, epoch, learning rate,
// speed) and how well it does at the last epoch's end (losses, and errors in the data's own
// units: RMSE and MAE, or accuracy for classes), for validation and test; the free-running
// forecast's error; and, beside the network, the errors of the baselines it has to beat
// (core/train/baselines.h), saying when one of them beats it. When the validation or test part
// has too few windows for its error to mean much, a warning says so.
// Three rows of four name: value columns; narrower than those, six rows of two (the
// validation and test columns under the others), so that the panel never widens the view.

#include <QMap>
#include <QWidget>

#include "core/train/training_snapshot.h"

class QGridLayout;
class QLabel;

namespace rnnlab::ui {

class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Metric {
        Step,
        Epoch,
        LearningRate,
        Speed,
        BatchLoss,
        TrainLoss,
        ValidationLoss,
        ValidationError,  // RMSE and MAE, or accuracy (and bits per character, for a text)
        TestLoss,
        TestError,
        FreeRunningValidation,  // RMSE of the closed-loop forecast
        FreeRunningTest,
        Baselines,  // one line: every baseline's validation and test RMSE, and a verdict
        EvaluationWarning,
    };

    explicit MetricsPanel(QWidget* parent = nullptr);

    QString value(Metric metric) const;
    int columns() const { return m_columns; }  // 4, or 2 when narrow
    QSize minimumSizeHint() const override;

public slots:
    void setSnapshot(const rnnlab::TrainingSnapshot& snapshot);
    // Whether the run is playing (at any speed): the speed shows the measured steps per second
    // while it is, "–" while paused or not measured yet.
    void setPlaying(bool playing);
    // The run's data: says when it has too few validation or test windows.
    void setData(const rnnlab::TrainingData& data);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void add(Metric metric, const QString& caption, const QString& tip, int row, int column);
    // A label across the whole panel, under the grid.
    void addLine(Metric metric, const QString& tip);
    void set(Metric metric, const QString& text);
    void showBaselines(const TrainingSnapshot& s);
    // The newest free-running errors, with their epoch when older than the newest epoch.
    void showFreeRunning(const rnnlab::TrainingHistory& history);
    void showSpeed();

    // The width of the name: value columns when they are `columns` across.
    int widthOf(int columns) const;
    void arrange(int columns);

    static constexpr int kColumns = 4;
    static constexpr int kNarrowColumns = 2;
    static constexpr int kRows = 3;
    // A metric's name and value, at its place in the four columns.
    struct Pair {
        QLabel* name;
        QLabel* value;
        int row;
        int column;
    };
    QGridLayout* m_grid = nullptr;
    QMap<Metric, QLabel*> m_values;
    QList<Pair> m_pairs;
    QList<QWidget*> m_lines;  // across the panel, under the columns
    int m_columns = 0;
    bool m_playing = false;
    bool m_characters = false;  // a character model: bits per character beside the accuracy
    bool m_running = false;       // the last snapshot's: the worker trains at full speed
    double m_stepsPerSecond = 0;  // the last snapshot's measured speed
};

// 4 significant digits ("0.03127", "1.25e-05"); "–" for nothing.
QString metricNumber(const std::optional<double>& value);

}  // namespace rnnlab::ui
