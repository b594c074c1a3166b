#pragma once
// Which sequence the explorer shows: the training run's traced sequence (updated by the
// trainer as it trains), a window of the training or validation data, or the user's own
// input; and whether the view follows training (re-traces as the weights change) or stays
// pinned to what it shows.
//    sequence [validation window v] [ 12 ] of 140     [x] follow training

#include <QWidget>

#include "core/base/tensor_types.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace rnnlab::ui {

enum class TraceSource { Run, Train, Validation, OwnInput };

class SequencePicker : public QWidget {
    Q_OBJECT
public:
    explicit SequencePicker(QWidget* parent = nullptr);

    TraceSource source() const;
    Index index() const;  // 0-based window of the chosen split
    bool follow() const;
    Index sampleCount(TraceSource source) const;

public slots:
    // The windows the data has; sources without any are disabled.
    void setSampleCounts(rnnlab::Index train, rnnlab::Index validation);
    void setSource(rnnlab::ui::TraceSource source);
    void setIndex(rnnlab::Index index);
    void setFollow(bool follow);

signals:
    // The source or the window changed.
    void sequenceChanged();
    void followChanged(bool follow);

private:
    void updateControls();

    QComboBox* m_source = nullptr;
    QSpinBox* m_index = nullptr;
    QLabel* m_count = nullptr;
    QCheckBox* m_follow = nullptr;
    Index m_train = 0;
    Index m_validation = 0;
};

}  // namespace rnnlab::ui
