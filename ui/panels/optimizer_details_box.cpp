#include "ui/panels/optimizer_details_box.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include "ui/panels/form_rows.h"
#include "ui/panels/log_spin_box.h"

namespace rnnlab::ui {

OptimizerDetailsBox::OptimizerDetailsBox(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_weightDecay = new LogSpinBox(0, 1, this);
    m_momentum = makeDoubleSpinBox(0, 0.999, 3, 0.05, this);
    m_dampening = makeDoubleSpinBox(0, 1, 3, 0.05, this);
    m_nesterov = new QCheckBox(this);
    m_beta1 = makeDoubleSpinBox(0, 0.9999, 4, 0.01, this);
    m_beta2 = makeDoubleSpinBox(0, 0.99999, 5, 0.001, this);
    m_amsgrad = new QCheckBox(this);
    m_alpha = makeDoubleSpinBox(0, 1, 4, 0.01, this);
    m_centered = new QCheckBox(this);
    m_lrDecay = new LogSpinBox(0, 1, this);
    m_initialAccumulator = new LogSpinBox(0, 100, this);
    m_eps = new LogSpinBox(1e-12, 1, this);

    addRow(m_form, tr("Weight decay"), m_weightDecay,
           tr("An L2 penalty: weight decay \u00d7 weight is added to every gradient, pulling the "
              "weights towards zero. 0 turns it off."));
    addRow(m_form, tr("Momentum"), m_momentum,
           tr("Keeps a running velocity of past gradients, so steps build up along directions "
              "that stay consistent. 0 means plain steps."));
    addRow(m_form, tr("Dampening"), m_dampening,
           tr("How much of each new gradient is held back from the momentum. 0 is PyTorch's "
              "default."));
    addRow(m_form, tr("Nesterov"), m_nesterov,
           tr("Looks ahead along the momentum before using the gradient. Needs a momentum above "
              "0 and no dampening."));
    addRow(m_form, tr("\u03b2\u2081"), m_beta1,
           tr("How slowly Adam's running mean of the gradients forgets (its first moment). "
              "0.9 by default."));
    addRow(m_form, tr("\u03b2\u2082"), m_beta2,
           tr("How slowly Adam's running mean of the squared gradients forgets (its second "
              "moment). 0.999 by default."));
    addRow(m_form, tr("AMSGrad"), m_amsgrad,
           tr("Divides by the largest second moment seen so far, so a step never grows again "
              "after the gradients calm down (Reddi et al. 2018)."));
    addRow(m_form, tr("Smoothing \u03b1"), m_alpha,
           tr("How slowly RMSprop's running mean of the squared gradients forgets. 0.99 by "
              "default."));
    addRow(m_form, tr("Centered"), m_centered,
           tr("Divides by an estimate of the gradients' variance instead of their raw second "
              "moment."));
    addRow(m_form, tr("Learning-rate decay"), m_lrDecay,
           tr("Adagrad shrinks its learning rate to lr / (1 + (t \u2212 1) \u00d7 decay) at step "
              "t. 0 keeps it."));
    addRow(m_form, tr("Initial accumulator"), m_initialAccumulator,
           tr("The value Adagrad's sum of squared gradients starts from."));
    addRow(m_form, tr("\u03b5 (epsilon)"), m_eps,
           tr("A small number added to the denominator, so a tiny gradient history cannot make "
              "a step explode."));

    const QList<QDoubleSpinBox*> numbers = {
        m_weightDecay, m_momentum, m_dampening,          m_beta1, m_beta2,
        m_alpha,       m_lrDecay,  m_initialAccumulator, m_eps};
    for (QDoubleSpinBox* box : numbers) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &OptimizerDetailsBox::edited);
    }
    for (QCheckBox* box : {m_nesterov, m_amsgrad, m_centered})
        connect(box, &QCheckBox::toggled, this, &OptimizerDetailsBox::edited);
    setSettings(m_settings);
}

void OptimizerDetailsBox::setSettings(const OptimizerSettings& s) {
    m_settings = s;
    {
        const BlockChildren block(this);
        m_weightDecay->setValue(s.weightDecay);
        m_momentum->setValue(s.momentum);
        m_dampening->setValue(s.dampening);
        m_nesterov->setChecked(s.nesterov);
        m_beta1->setValue(s.beta1);
        m_beta2->setValue(s.beta2);
        m_amsgrad->setChecked(s.amsgrad);
        m_alpha->setValue(s.alpha);
        m_centered->setChecked(s.centered);
        m_lrDecay->setValue(s.lrDecay);
        m_initialAccumulator->setValue(s.initialAccumulatorValue);
        m_eps->setValue(s.eps);
    }

    const bool sgd = s.kind == OptimizerKind::Sgd;
    const bool adam = s.kind == OptimizerKind::Adam;
    const bool rms = s.kind == OptimizerKind::RmsProp;
    const bool adagrad = s.kind == OptimizerKind::Adagrad;
    setRowVisible(m_form, m_momentum, sgd || rms);
    setRowVisible(m_form, m_dampening, sgd);
    setRowVisible(m_form, m_nesterov, sgd);
    setRowVisible(m_form, m_beta1, adam);
    setRowVisible(m_form, m_beta2, adam);
    setRowVisible(m_form, m_amsgrad, adam);
    setRowVisible(m_form, m_alpha, rms);
    setRowVisible(m_form, m_centered, rms);
    setRowVisible(m_form, m_lrDecay, adagrad);
    setRowVisible(m_form, m_initialAccumulator, adagrad);
    setRowVisible(m_form, m_eps, !sgd);
}

OptimizerSettings OptimizerDetailsBox::settings() const {
    OptimizerSettings s = m_settings;
    s.weightDecay = m_weightDecay->value();
    s.momentum = m_momentum->value();
    s.dampening = m_dampening->value();
    s.nesterov = m_nesterov->isChecked();
    s.beta1 = m_beta1->value();
    s.beta2 = m_beta2->value();
    s.amsgrad = m_amsgrad->isChecked();
    s.alpha = m_alpha->value();
    s.centered = m_centered->isChecked();
    s.lrDecay = m_lrDecay->value();
    s.initialAccumulatorValue = m_initialAccumulator->value();
    s.eps = m_eps->value();
    return s;
}

}  // namespace rnnlab::ui
