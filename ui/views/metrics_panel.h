#pragma once
// The numbers of a run under the dashboard's plots: where it is (step, epoch, learning rate,
// speed) and how well it does at the last epoch's end (losses, and errors in the data's own
// units: RMSE and MAE, or accuracy for classes), for validation and test.

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
        ValidationError,  // RMSE and MAE, or accuracy
        TestLoss,
        TestError,
    };

    explicit MetricsPanel(QWidget* parent = nullptr);

    QString value(Metric metric) const;

public slots:
    void setSnapshot(const rnnlab::TrainingSnapshot& snapshot);

private:
    void add(Metric metric, const QString& caption, const QString& tip, int row, int column);
    void set(Metric metric, const QString& text);

    QGridLayout* m_grid = nullptr;
    QMap<Metric, QLabel*> m_values;
};

// 4 significant digits ("0.03127", "1.25e-05"); "–" for nothing.
QString metricNumber(const std::optional<double>& value);

}  // namespace rnnlab::ui
