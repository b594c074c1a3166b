#pragma once
// How the weights start (core/optim/initializers.h): the scheme, its gain or identity scale, the
// LSTM forget-gate bias and a target spectral radius for the recurrent weights - the knobs of
// the vanishing / exploding gradient lessons.

#include <QWidget>

#include "core/optim/initializers.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;

namespace rnnlab::ui {

class InitBox : public QWidget {
    Q_OBJECT
public:
    explicit InitBox(QWidget* parent = nullptr);

    void setSettings(const InitSettings& settings);  // no edited() signal
    InitSettings settings() const;
    // The forget-gate bias exists for LSTM cells only.
    void setCell(CellType cell);

signals:
    void edited();

private:
    void showRows(InitScheme scheme);

    QFormLayout* m_form = nullptr;
    QComboBox* m_scheme = nullptr;
    QDoubleSpinBox* m_gain = nullptr;
    QDoubleSpinBox* m_identityScale = nullptr;
    QDoubleSpinBox* m_forgetBias = nullptr;
    QDoubleSpinBox* m_spectralRadius = nullptr;
};

}  // namespace rnnlab::ui
