#pragma once
// For a class target: the fraction of held-out samples whose class the network gets right
// (argmax of its outputs), at the end of each epoch, for the validation and the test part, in
// percent against the epoch. Data with a value target has no accuracy: the view hides itself
// and its figure (so figure exports skip it).

#include <QWidget>

#include "core/data/training_data.h"
#include "core/train/training_history.h"

class QCPGraph;

namespace rnnlab::ui {

class Figure;

class AccuracyPlot : public QWidget {
    Q_OBJECT
public:
    explicit AccuracyPlot(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    int validationPoints() const;
    int testPoints() const;

public slots:
    void setData(const rnnlab::TrainingData& training);
    void setHistory(const rnnlab::TrainingHistory& history);

private:
    Figure* m_figure = nullptr;
    QCPGraph* m_validation = nullptr;
    QCPGraph* m_test = nullptr;
};

}  // namespace rnnlab::ui
