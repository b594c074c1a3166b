#pragma once
// The learning rate over the epochs (core/optim/lr_schedule.h): constant, step decay or cosine
// annealing, with the rows of the chosen schedule.

#include <QWidget>

#include "core/optim/lr_schedule.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace rnnlab::ui {

class ScheduleBox : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleBox(QWidget* parent = nullptr);

    void setSchedule(const LrSchedule& schedule);  // no edited() signal
    LrSchedule schedule() const;

signals:
    void edited();

private:
    void showRows(LrScheduleKind kind);

    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_stepSize = nullptr;
    QDoubleSpinBox* m_gamma = nullptr;
    QSpinBox* m_tMax = nullptr;
    QDoubleSpinBox* m_etaMin = nullptr;
};

}  // namespace rnnlab::ui
