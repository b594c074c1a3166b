#pragma once
// The parameters of one generator (core/data/catalog.h), each row made from the catalog: its
// description as the tooltip, its range and whether it is a whole number, plus the seed of the
// generator's random numbers.

#include <QList>
#include <QWidget>

#include "core/data/generators.h"

class QAbstractSpinBox;
class QFormLayout;
class QSpinBox;

namespace rnnlab::ui {

class GeneratorParametersBox : public QWidget {
    Q_OBJECT
public:
    explicit GeneratorParametersBox(QWidget* parent = nullptr);

    // Shows the spec's generator with its parameters (defaults for those not set); no edited().
    void setSpec(const GeneratorSpec& spec);
    GeneratorSpec spec() const;

signals:
    void edited();

private:
    void rebuildRows(GeneratorKind kind);

    GeneratorKind m_kind = GeneratorKind::Sine;
    bool m_built = false;
    QFormLayout* m_form = nullptr;
    QList<QAbstractSpinBox*> m_values;  // in catalog order
    QSpinBox* m_seed = nullptr;
};

}  // namespace rnnlab::ui
