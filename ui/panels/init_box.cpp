#include "ui/panels/init_box.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include "ui/panels/form_rows.h"

namespace rnnlab::ui {

InitBox::InitBox(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_scheme = makeComboBox({{tr("PyTorch default"), int(InitScheme::PyTorch)},
                             {tr("Xavier"), int(InitScheme::Xavier)},
                             {tr("Orthogonal"), int(InitScheme::Orthogonal)},
                             {tr("Identity (IRNN)"), int(InitScheme::Identity)}},
                            this);
    m_gain = makeDoubleSpinBox(0.01, 10, 3, 0.1, this);
    m_identityScale = makeDoubleSpinBox(-10, 10, 3, 0.1, this);
    m_forgetBias = makeDoubleSpinBox(-10, 10, 2, 0.5, this);
    m_spectralRadius = makeDoubleSpinBox(0, 10, 3, 0.1, this);
    m_spectralRadius->setSpecialValueText(tr("off"));
    addRow(m_form, tr("Initialiser"), m_scheme,
           tr("How the weights are drawn before training. PyTorch's default is uniform in "
              "±1/\u221aH; orthogonal and identity keep signals the same size through time."));
    addRow(m_form, tr("Gain"), m_gain,
           tr("Scales the Xavier and orthogonal weights. 1 keeps the signal's size from layer "
              "to layer."));
    addRow(m_form, tr("Identity scale"), m_identityScale,
           tr("The recurrent weights start as this number times the identity matrix (Le et "
              "al. 2015)."));
    addRow(m_form, tr("Forget-gate bias"), m_forgetBias,
           tr("Added to the LSTM forget gate's bias. 1 or more makes the cell remember by "
              "default early in training (Gers et al. 2000)."));
    addRow(m_form, tr("Spectral radius"), m_spectralRadius,
           tr("Rescales every recurrent weight block to this spectral radius: below 1 gradients "
              "vanish over time, above 1 they explode."));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        showRows(comboValue<InitScheme>(m_scheme));
        emit edited();
    });
    for (QDoubleSpinBox* box : {m_gain, m_identityScale, m_forgetBias, m_spectralRadius})
        connect(box, &QDoubleSpinBox::valueChanged, this, &InitBox::edited);
    setSettings(InitSettings());
}

void InitBox::setSettings(const InitSettings& s) {
    {
        const BlockChildren block(this);
        setComboValue(m_scheme, s.scheme);
        m_gain->setValue(s.gain);
        m_identityScale->setValue(s.identityScale);
        m_forgetBias->setValue(s.forgetBias);
        m_spectralRadius->setValue(s.spectralRadius);
    }
    showRows(s.scheme);
}

InitSettings InitBox::settings() const {
    InitSettings s;
    s.scheme = comboValue<InitScheme>(m_scheme);
    s.gain = m_gain->value();
    s.identityScale = m_identityScale->value();
    s.forgetBias = m_forgetBias->value();
    s.spectralRadius = m_spectralRadius->value();
    return s;
}

void InitBox::setCell(CellType cell) {
    m_forgetBias->setEnabled(cell == CellType::Lstm);
}

void InitBox::showRows(InitScheme scheme) {
    setRowVisible(m_form, m_gain,
                  scheme == InitScheme::Xavier || scheme == InitScheme::Orthogonal ||
                      scheme == InitScheme::Identity);
    setRowVisible(m_form, m_identityScale, scheme == InitScheme::Identity);
}

}  // namespace rnnlab::ui
