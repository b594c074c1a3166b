#pragma once
// The hyper-parameters of the chosen optimizer beyond its learning rate, as torch.optim names
// them (core/optim/optimizer.h): only the rows the optimizer reads are shown.

#include <QWidget>

#include "core/optim/optimizer.h"

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;

namespace rnnlab::ui {

class LogSpinBox;

class OptimizerDetailsBox : public QWidget {
    Q_OBJECT
public:
    explicit OptimizerDetailsBox(QWidget* parent = nullptr);

    // Shows s (its kind decides the rows); no edited() signal.
    void setSettings(const OptimizerSettings& s);
    // The settings last set, with the values of the controls.
    OptimizerSettings settings() const;

signals:
    void edited();

private:
    OptimizerSettings m_settings;
    QFormLayout* m_form = nullptr;
    LogSpinBox* m_weightDecay = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QDoubleSpinBox* m_dampening = nullptr;
    QCheckBox* m_nesterov = nullptr;
    QDoubleSpinBox* m_beta1 = nullptr;
    QDoubleSpinBox* m_beta2 = nullptr;
    QCheckBox* m_amsgrad = nullptr;
    QDoubleSpinBox* m_alpha = nullptr;
    QCheckBox* m_centered = nullptr;
    LogSpinBox* m_lrDecay = nullptr;
    LogSpinBox* m_initialAccumulator = nullptr;
    LogSpinBox* m_eps = nullptr;
};

}  // namespace rnnlab::ui
