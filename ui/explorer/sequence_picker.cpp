#include "ui/explorer/sequence_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

namespace rnnlab::ui {

SequencePicker::SequencePicker(QWidget* parent) : QWidget(parent) {
    m_source = new QComboBox(this);
    m_source->addItem(tr("the run's traced sequence"), int(TraceSource::Run));
    m_source->addItem(tr("a training window"), int(TraceSource::Train));
    m_source->addItem(tr("a validation window"), int(TraceSource::Validation));
    m_source->addItem(tr("your own input"), int(TraceSource::OwnInput));
    m_source->setToolTip(tr("The sequence whose states, gates and gradients are shown"));
    m_index = new QSpinBox(this);
    m_index->setKeyboardTracking(false);
    m_index->setToolTip(tr("Which window of the data"));
    m_count = new QLabel(this);
    m_follow = new QCheckBox(tr("follow training"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(
        tr("Trace again as the weights change while training. Off: keep the "
           "sequence as it is now."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("sequence"), this));
    layout->addWidget(m_source);
    layout->addWidget(m_index);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(m_follow);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        emit sequenceChanged();
    });
    connect(m_index, &QSpinBox::valueChanged, this, [this] { emit sequenceChanged(); });
    connect(m_follow, &QCheckBox::toggled, this, &SequencePicker::followChanged);
    setSampleCounts(0, 0);  // no data windows until the data says how many
}

TraceSource SequencePicker::source() const {
    return TraceSource(m_source->currentData().toInt());
}

Index SequencePicker::index() const {
    return m_index->value() - 1;
}

bool SequencePicker::follow() const {
    return m_follow->isChecked();
}

Index SequencePicker::sampleCount(TraceSource source) const {
    return source == TraceSource::Train ? m_train
                                        : (source == TraceSource::Validation ? m_validation : 0);
}

void SequencePicker::setSampleCounts(Index train, Index validation) {
    m_train = train;
    m_validation = validation;
    auto* model = static_cast<QStandardItemModel*>(m_source->model());
    model->item(int(TraceSource::Train))->setEnabled(train > 0);
    model->item(int(TraceSource::Validation))->setEnabled(validation > 0);
    if (sampleCount(source()) == 0 &&
        (source() == TraceSource::Train || source() == TraceSource::Validation))
        setSource(TraceSource::Run);
    updateControls();
}

void SequencePicker::setSource(TraceSource source) {
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void SequencePicker::setIndex(Index index) {
    m_index->setValue(int(index) + 1);
}

void SequencePicker::setFollow(bool follow) {
    m_follow->setChecked(follow);
}

void SequencePicker::updateControls() {
    const Index n = sampleCount(source());
    const bool windows = n > 0;
    {
        const QSignalBlocker block(m_index);
        m_index->setRange(1, int(std::max<Index>(1, n)));
    }
    m_index->setVisible(windows);
    m_count->setVisible(windows);
    m_count->setText(tr("of %1").arg(n));
}

}  // namespace rnnlab::ui
