#include "ui/panels/form_rows.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace rnnlab::ui {

QFormLayout* makeSectionForm(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(8, 0, 4, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

void addRow(QFormLayout* form, const QString& label, QWidget* control, const QString& tip) {
    auto* text = new QLabel(label, form->parentWidget());
    text->setToolTip(tip);
    text->setBuddy(control);
    control->setToolTip(tip);
    form->addRow(text, control);
}

void setRowVisible(QFormLayout* form, QWidget* control, bool visible) {
    form->setRowVisible(control, visible);
}

QSpinBox* makeSpinBox(int minimum, int maximum, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox* makeDoubleSpinBox(double minimum, double maximum, int decimals, double step,
                                  QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

QComboBox* makeComboBox(const QList<QPair<QString, int>>& entries, QWidget* parent) {
    auto* box = new QComboBox(parent);
    for (const auto& [text, value] : entries) box->addItem(text, value);
    return box;
}

BlockChildren::BlockChildren(QWidget* root) {
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->signalsBlocked()) {
            w->blockSignals(true);
            m_blocked << w;
        }
    }
}

BlockChildren::~BlockChildren() {
    for (QWidget* w : m_blocked) w->blockSignals(false);
}

}  // namespace rnnlab::ui
