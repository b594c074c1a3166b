#pragma once
// "Draw your own input": the user sketches an input sequence with the mouse, or types it, and
// the explorer shows how the network responds. The values are in the data's own units (a
// river's flow, a price), converted to the network's normalised units (setData) for it; the
// normalised values are shown beside the typed ones.
//    steps [20]  feature [1]  [0.5, 1, -0.25, ...............]  [copy the shown sequence]
//    +-----------------------------------------------------------+
//    |   .  .                 drag to draw                       |
//    |.       .  .  .  .                                         |
//    +-----------------------------------------------------------+
// Typed text: one number per step for one feature (separated by commas, spaces, ';' or lines:
// "0.5, 1, -0.25"); with several features, steps separated by ';' or lines and features by ','
// or spaces ("0.5 1; 0.2 0.3"), or all numbers in a row, step after step.

#include <QWidget>
#include <memory>
#include <optional>

#include "core/base/tensor_types.h"
#include "core/data/training_data.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rnnlab::ui {

// The typed text as a (T, features) sequence, or nullopt with *error saying what is wrong
// ("step 3 has 1 number, expected 2", "'abc' is not a number").
std::optional<Matrix<double>> parseSequenceText(const QString& text, int features, QString* error);
// The text for a sequence, in the format parseSequenceText reads (4 significant digits).
QString sequenceText(const Matrix<double>& values);

// The drawing area: one point per step for the chosen feature, the others faint.
class SketchCanvas : public QWidget {
    Q_OBJECT
public:
    explicit SketchCanvas(QWidget* parent = nullptr);

    const Matrix<double>& values() const { return m_values; }
    void setValues(const Matrix<double>& values);
    void setFeature(int feature);
    // Values are drawn in [low, high]: the values with a margin, at least `typical`.
    double low() const { return m_low; }
    double high() const { return m_high; }
    void setTypicalRange(double low, double high);

    // The mapping between steps/values and widget pixels.
    QPointF pointFor(int step, double value) const;
    int stepAt(double x) const;
    double valueAt(double y) const;

    QSize sizeHint() const override;

signals:
    void drawn();  // a stroke ended (mouse released)

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    void drawTo(const QPointF& pos);

    Matrix<double> m_values;  // (T, I)
    int m_feature = 0;
    void fitRange();

    double m_low = -2;
    double m_high = 2;
    double m_typicalLow = -1;
    double m_typicalHigh = 1;
    int m_lastStep = -1;
    double m_lastValue = 0;
};

class InputSketch : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxSteps = 2000;

    explicit InputSketch(QWidget* parent = nullptr);

    // In the data's units, as drawn and typed; and as the network takes it.
    const Matrix<double>& input() const { return m_canvas->values(); }
    Matrix<double> networkInput() const;
    QString normalisedText() const;
    SketchCanvas* canvas() const { return m_canvas; }
    QLineEdit* textEdit() const { return m_text; }
    QString errorText() const;

public slots:
    // Sets the number of features (keeps the input when it already has as many).
    void setInputSize(int features);
    // Replaces the sketch, without emitting inputEdited.
    void setInput(const rnnlab::Matrix<double>& input);
    // What "copy the shown sequence" copies: the input of the trace on screen (the network's
    // units, as traced).
    void setShownInput(const rnnlab::Matrix<double>& networkInput);
    // The data the network trained on: its units for the input (null: the network's own).
    void setData(std::shared_ptr<const rnnlab::TrainingData> data);
    // Replaces the sketch with an input in the network's units, without emitting inputEdited.
    void setNetworkInput(const rnnlab::Matrix<double>& networkInput);

signals:
    // The user drew, typed, resized or copied a sequence.
    void inputEdited(const rnnlab::Matrix<double>& input);

private:
    void applyText();
    void showValues(const Matrix<double>& values);
    void resizeSteps(int steps);
    void edited();
    void showNormalised();
    Matrix<double> toDataUnits(const Matrix<double>& networkInput) const;

    SketchCanvas* m_canvas = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_feature = nullptr;
    QLabel* m_featureLabel = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_normalised = nullptr;
    QPushButton* m_copy = nullptr;
    Matrix<double> m_shown;  // network units
    std::shared_ptr<const TrainingData> m_data;
};

}  // namespace rnnlab::ui
