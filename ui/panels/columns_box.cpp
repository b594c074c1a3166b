#include "ui/panels/columns_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

#include "ui/panels/csv_preview.h"
#include "ui/panels/form_rows.h"

namespace rnnlab::ui {

ColumnsBox::ColumnsBox(QWidget* parent) : QWidget(parent) {
    QFormLayout* form = makeSectionForm(this);
    m_target = addNamedRow(form, "targetColumn", tr("Target"), new QComboBox(this),
                           tr("The column the network learns to predict."));
    m_inputs = addNamedRow(form, "inputColumns", tr("Inputs"), new QListWidget(this),
                           tr("The columns the network reads at each step: the target alone "
                              "at first, as in most forecasting; tick others to add them."));
    m_inputs->setMaximumHeight(140);
    m_more = new QLabel(this);
    m_more->setWordWrap(true);
    form->addRow(m_more);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ColumnsBox::targetChosen);
    connect(m_inputs, &QListWidget::itemChanged, this, &ColumnsBox::edited);
}

void ColumnsBox::setColumns(const QStringList& numeric, const QString& target,
                            const QStringList& inputs) {
    const QSignalBlocker b1(m_target), b2(m_inputs);
    m_target->clear();
    m_inputs->clear();
    const QStringList listed = numeric.mid(0, kMaxListedColumns);
    for (const QString& name : listed) {
        m_target->addItem(name);
        auto* item = new QListWidgetItem(name, m_inputs);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(inputs.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_target->findText(target) < 0) m_target->addItem(target);
    m_target->setCurrentText(target);
    m_previousTarget = target;
    m_more->setText(numeric.size() > kMaxListedColumns
                        ? tr("The first %1 of %2 columns are listed: name others in Load CSV\u2026")
                              .arg(kMaxListedColumns)
                              .arg(numeric.size())
                        : QString());
    m_more->setVisible(numeric.size() > kMaxListedColumns);
}

QString ColumnsBox::target() const {
    return m_target->currentText();
}

QStringList ColumnsBox::inputs() const {
    QStringList ticked;
    for (int i = 0; i < m_inputs->count(); ++i)
        if (m_inputs->item(i)->checkState() == Qt::Checked) ticked << m_inputs->item(i)->text();
    return ticked;
}

// A new target takes the old one's place among the inputs (the target alone stays alone).
void ColumnsBox::targetChosen() {
    const QString target = m_target->currentText();
    const QSignalBlocker block(m_inputs);
    for (int i = 0; i < m_inputs->count(); ++i) {
        QListWidgetItem* item = m_inputs->item(i);
        if (item->text() == m_previousTarget && item->checkState() == Qt::Checked) {
            item->setCheckState(Qt::Unchecked);
            for (int j = 0; j < m_inputs->count(); ++j)
                if (m_inputs->item(j)->text() == target)
                    m_inputs->item(j)->setCheckState(Qt::Checked);
        }
    }
    m_previousTarget = target;
    emit edited();
}

}  // namespace rnnlab::ui
