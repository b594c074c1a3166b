#pragma once
// A data series against the time step: one line per column and the shared time cursor. The
// data panel feeds it the loaded CSV; until one is loaded it shows exampleSineSeries().

#include <QList>
#include <QString>
#include <QVector>
#include <QWidget>

class QCPItemStraightLine;

namespace rnnlab::ui {

class Figure;

struct NamedSeries {
    QString name;
    QVector<double> values;  // one per time step
};

// sin(2 pi t / 25) for t = 0 .. 199: eight periods, the classic first forecasting exercise.
NamedSeries exampleSineSeries();

class SeriesView : public QWidget {
    Q_OBJECT
public:
    explicit SeriesView(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    int length() const { return m_length; }  // the longest column

public slots:
    void setSeries(const QString& title, const QList<rnnlab::ui::NamedSeries>& columns);
    void setCursorStep(int step);  // 0-based, as TimeBar::currentStep; drawn at t = step + 1

signals:
    void lengthChanged(int steps);

private:
    Figure* m_figure = nullptr;
    QCPItemStraightLine* m_cursor = nullptr;
    int m_length = 0;
};

}  // namespace rnnlab::ui
