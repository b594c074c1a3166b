#include "ui/panels/schedule_box.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include "core/train/training_settings.h"
#include "ui/panels/form_rows.h"
#include "ui/panels/log_spin_box.h"

namespace rnnlab::ui {

ScheduleBox::ScheduleBox(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_kind = makeComboBox({{tr("Constant"), int(LrScheduleKind::Constant)},
                           {tr("Step decay"), int(LrScheduleKind::Step)},
                           {tr("Cosine annealing"), int(LrScheduleKind::Cosine)}},
                          this);
    m_stepSize = makeSpinBox(1, kMaxEpochs, this);
    m_gamma = makeDoubleSpinBox(0.001, 1, 3, 0.05, this);
    m_tMax = makeSpinBox(1, kMaxEpochs, this);
    m_etaMin = new LogSpinBox(0, 10, this);
    addRow(m_form, tr("Schedule"), m_kind,
           tr("How the learning rate changes from epoch to epoch. Constant keeps it; step decay "
              "and cosine annealing lower it as training settles."));
    addRow(m_form, tr("Every (epochs)"), m_stepSize,
           tr("Step decay multiplies the learning rate by \u03b3 after this many epochs."));
    addRow(m_form, tr("Factor \u03b3"), m_gamma,
           tr("What step decay multiplies the learning rate by: 0.1 divides it by ten."));
    addRow(m_form, tr("Half period (epochs)"), m_tMax,
           tr("Cosine annealing lowers the learning rate from its start to the minimum over "
              "this many epochs."));
    addRow(m_form, tr("Minimum"), m_etaMin,
           tr("The lowest learning rate cosine annealing reaches."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showRows(comboValue<LrScheduleKind>(m_kind));
        emit edited();
    });
    connect(m_stepSize, &QSpinBox::valueChanged, this, &ScheduleBox::edited);
    connect(m_tMax, &QSpinBox::valueChanged, this, &ScheduleBox::edited);
    connect(m_gamma, &QDoubleSpinBox::valueChanged, this, &ScheduleBox::edited);
    connect(m_etaMin, &QDoubleSpinBox::valueChanged, this, &ScheduleBox::edited);
    setSchedule(LrSchedule());
}

void ScheduleBox::setSchedule(const LrSchedule& s) {
    {
        const BlockChildren block(this);
        setComboValue(m_kind, s.kind);
        m_stepSize->setValue(s.stepSize);
        m_gamma->setValue(s.gamma);
        m_tMax->setValue(s.tMax);
        m_etaMin->setValue(s.etaMin);
    }
    showRows(s.kind);
}

LrSchedule ScheduleBox::schedule() const {
    LrSchedule s;
    s.kind = comboValue<LrScheduleKind>(m_kind);
    s.stepSize = m_stepSize->value();
    s.gamma = m_gamma->value();
    s.tMax = m_tMax->value();
    s.etaMin = m_etaMin->value();
    return s;
}

void ScheduleBox::showRows(LrScheduleKind kind) {
    setRowVisible(m_form, m_stepSize, kind == LrScheduleKind::Step);
    setRowVisible(m_form, m_gamma, kind == LrScheduleKind::Step);
    setRowVisible(m_form, m_tMax, kind == LrScheduleKind::Cosine);
    setRowVisible(m_form, m_etaMin, kind == LrScheduleKind::Cosine);
}

}  // namespace rnnlab::ui
