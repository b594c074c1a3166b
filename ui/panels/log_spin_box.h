#pragma once
// A spin box for values that span decades (learning rates, epsilons, weight decay): the arrows
// walk the 1-2-5 series (0.001, 0.002, 0.005, 0.01, ...) and the text is the shortest form
// ("0.003", "1e-06"). Typed values are kept as typed (within the range). With a minimum of 0
// (a setting that can be off), the series starts at kSmallestStep and steps down to 0.

#include <QDoubleSpinBox>

namespace rnnlab::ui {

class LogSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    static constexpr double kSmallestStep = 1e-6;

    LogSpinBox(double minimum, double maximum, QWidget* parent = nullptr);

    // The next value of the 1-2-5 series above (steps > 0) or below value.
    static double seriesStep(double value, int steps);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
};

}  // namespace rnnlab::ui
