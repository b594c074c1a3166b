#include "ui/panels/generator_parameters_box.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/data/catalog.h"
#include "ui/panels/form_rows.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

constexpr int kDecimals = 4;

int toInt(double v) {
    return int(std::clamp(v, double(std::numeric_limits<int>::min()),
                          double(std::numeric_limits<int>::max())));
}

}  // namespace

GeneratorParametersBox::GeneratorParametersBox(QWidget* parent) : QWidget(parent) {
    m_form = makeSectionForm(this);
}

void GeneratorParametersBox::rebuildRows(GeneratorKind kind) {
    while (m_form->rowCount() > 0) m_form->removeRow(0);
    m_values.clear();
    for (const GeneratorParameter& p : generatorInfo(kind).parameters) {
        QAbstractSpinBox* box = nullptr;
        if (p.integer) {
            auto* spin = makeSpinBox(toInt(p.minimum), toInt(p.maximum), this);
            connect(spin, &QSpinBox::valueChanged, this, &GeneratorParametersBox::edited);
            box = spin;
        } else {
            // Steps of about a tenth of the default (or 0.1) move a value visibly.
            const double step =
                p.defaultValue != 0
                    ? std::pow(10.0, std::floor(std::log10(std::abs(p.defaultValue))) - 1)
                    : 0.1;
            auto* spin = makeDoubleSpinBox(p.minimum, p.maximum, kDecimals, step, this);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &GeneratorParametersBox::edited);
            box = spin;
        }
        const QString tip =
            catalogText(p.description) +
            tr(" (default %1, from %2 to %3)").arg(p.defaultValue).arg(p.minimum).arg(p.maximum);
        addRow(m_form, catalogText(p.label), box, tip);
        m_values << box;
    }
    m_seed = makeSpinBox(0, std::numeric_limits<int>::max(), this);
    connect(m_seed, &QSpinBox::valueChanged, this, &GeneratorParametersBox::edited);
    addRow(m_form, tr("Seed"), m_seed,
           tr("Starts the generator's random numbers (noise, random walks, sequence tasks): the "
              "same seed gives the same data."));
    m_kind = kind;
    m_built = true;
}

void GeneratorParametersBox::setSpec(const GeneratorSpec& spec) {
    if (!m_built || spec.kind != m_kind) rebuildRows(spec.kind);
    const std::map<std::string, double> values = resolvedParameters(spec);
    const std::vector<GeneratorParameter>& params = generatorInfo(spec.kind).parameters;
    for (int i = 0; i < m_values.size(); ++i) {
        const QSignalBlocker block(m_values[i]);
        const double v = values.at(params[std::size_t(i)].name);
        if (auto* spin = qobject_cast<QSpinBox*>(m_values[i])) {
            spin->setValue(toInt(v));
        } else {
            qobject_cast<QDoubleSpinBox*>(m_values[i])->setValue(v);
        }
    }
    const QSignalBlocker block(m_seed);
    m_seed->setValue(toInt(double(spec.seed)));
}

GeneratorSpec GeneratorParametersBox::spec() const {
    GeneratorSpec s;
    s.kind = m_kind;
    s.seed = std::uint64_t(m_seed->value());
    const std::vector<GeneratorParameter>& params = generatorInfo(m_kind).parameters;
    for (int i = 0; i < m_values.size(); ++i) {
        const auto* spin = qobject_cast<const QSpinBox*>(m_values[i]);
        s.parameters[params[std::size_t(i)].name] =
            spin ? spin->value() : qobject_cast<const QDoubleSpinBox*>(m_values[i])->value();
    }
    return s;
}

}  // namespace rnnlab::ui
