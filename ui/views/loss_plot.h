#pragma once
// The loss as training goes on: the training batch's loss at every step (decimated in long
// runs, core/train/training_history.h), the mean training loss of each epoch and the
// validation loss at each epoch's end, against the step. The loss axis is logarithmic (it
// falls through orders of magnitude) until "Log scale" is unticked.

#include <QWidget>

#include "core/nn/network_config.h"
#include "core/train/training_history.h"

class QCheckBox;
class QCPGraph;

namespace rnnlab::ui {

class Figure;

class LossPlot : public QWidget {
    Q_OBJECT
public:
    explicit LossPlot(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    QCheckBox* logScaleBox() const { return m_log; }
    bool logScale() const;
    // Points drawn: steps, epoch means, validation losses.
    int stepPoints() const;
    int epochPoints() const;
    int validationPoints() const;

public slots:
    void setHistory(const rnnlab::TrainingHistory& history, rnnlab::LossKind loss);
    void setLogScale(bool on);

private:
    void rescale();

    Figure* m_figure = nullptr;
    QCheckBox* m_log = nullptr;
    QCPGraph* m_steps = nullptr;
    QCPGraph* m_epochs = nullptr;
    QCPGraph* m_validation = nullptr;
};

}  // namespace rnnlab::ui
