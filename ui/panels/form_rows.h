#pragma once
// The building blocks of the settings panels: every row is a label and a control sharing one
// tooltip (one or two plain sentences on what the setting does), spin boxes apply on Enter,
// focus change or an arrow click (not at every keystroke), combo boxes carry the enum value of
// each entry as its data, and showing values set from outside emits no edit signals.

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QString>

class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace rnnlab::ui {

// The form of a collapsible section: indented, with controls that fill the width.
QFormLayout* makeSectionForm(QWidget* page);

// Adds "label: control" to form, with tip on both.
void addRow(QFormLayout* form, const QString& label, QWidget* control, const QString& tip);
// addRow, and the control gets its object name (the name the tests find it by).
template <typename Control>
Control* addNamedRow(QFormLayout* form, const char* name, const QString& label, Control* control,
                     const QString& tip) {
    control->setObjectName(QLatin1String(name));
    addRow(form, label, control, tip);
    return control;
}
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

// Blocks the signals of every child widget of root for its lifetime, while a panel shows values
// set from outside; children blocked already stay as they are.
class BlockChildren {
public:
    explicit BlockChildren(QWidget* root);
    ~BlockChildren();
    BlockChildren(const BlockChildren&) = delete;
    BlockChildren& operator=(const BlockChildren&) = delete;

private:
    QList<QWidget*> m_blocked;
};

}  // namespace rnnlab::ui
