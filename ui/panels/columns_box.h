#pragma once
// Which columns of a file the network learns from (core/data/column_roles.h): the target it
// predicts, and the inputs it reads, one tick each. It starts from the reader's choice (the
// target alone as input; the data panel's summary says why), and edited() hands a new choice
// to the data panel.

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace rnnlab::ui {

class ColumnsBox : public QWidget {
    Q_OBJECT
public:
    explicit ColumnsBox(QWidget* parent = nullptr);

    // The file's numeric columns, the target and the inputs now; no edited().
    void setColumns(const QStringList& numeric, const QString& target, const QStringList& inputs);
    QString target() const;
    QStringList inputs() const;  // ticked, in file order

signals:
    void edited();

private:
    void targetChosen();

    QComboBox* m_target = nullptr;
    QListWidget* m_inputs = nullptr;
    QLabel* m_more = nullptr;
    QString m_previousTarget;
};

}  // namespace rnnlab::ui
