#pragma once
// The building blocks of the settings panels: every row is a label and a control sharing one
// tooltip (one or two plain sentences on what the setting does), spin boxes apply on Enter,
// focus change or an arrow click (not at every keystroke), and combo boxes carry the enum
// value of each entry as its data.

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QString>

class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace rnnlab::ui {

// Adds "label: control" to form, with tip on both.
void addRow(QFormLayout* form, const QString& label, QWidget* control, const QString& tip);
// Shows or hides a row added by addRow.
void setRowVisible(QFormLayout* form, QWidget* control, bool visible);

QSpinBox* makeSpinBox(int minimum, int maximum, QWidget* parent);
QDoubleSpinBox* makeDoubleSpinBox(double minimum, double maximum, int decimals, double step,
                                  QWidget* parent);

// A combo box of (text, enum value) entries.
QComboBox* makeComboBox(const QList<QPair<QString, int>>& entries, QWidget* parent);
// The enum value of the current entry, and selecting the entry of a value.
template <typename E>
E comboValue(const QComboBox* box) {
    return E(box->currentData().toInt());
}
template <typename E>
void setComboValue(QComboBox* box, E value) {
    box->setCurrentIndex(box->findData(int(value)));
}

}  // namespace rnnlab::ui
