#pragma once
// "Draw your own input": the user sketches an input sequence with the mouse, or types it, and
// the explorer shows how the network responds. The values are in the network's input units
// (normalised, like the data it trained on).
//    steps [20]  feature [1]  [0.5, 1, -0.25, ...............]  [copy the shown sequence]
//    +-----------------------------------------------------------+
//    |   .  .                 drag to draw                       |
//    |.       .  .  .  .                                         |
//    +-----------------------------------------------------------+
// Typed text: one number per step for one feature (separated by commas, spaces, ';' or lines:
// "0.5, 1, -0.25"); with several features, steps separated by ';' or lines and features by ','
// or spaces ("0.5 1; 0.2 0.3"), or all numbers in a row, step after step.

#include <QWidget>
#include <optional>

#include "core/tensor_types.h"

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
    double range() const { return m_range; }  // values are drawn in [-range, range]

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
    double m_range = 2;
    int m_lastStep = -1;
    double m_lastValue = 0;
};

class InputSketch : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxSteps = 2000;

    explicit InputSketch(QWidget* parent = nullptr);

    const Matrix<double>& input() const { return m_canvas->values(); }
    SketchCanvas* canvas() const { return m_canvas; }
    QLineEdit* textEdit() const { return m_text; }
    QString errorText() const;

public slots:
    // Sets the number of features (keeps the input when it already has as many).
    void setInputSize(int features);
    // Replaces the sketch, without emitting inputEdited.
    void setInput(const rnnlab::Matrix<double>& input);
    // What "copy the shown sequence" copies: the input of the trace on screen.
    void setShownInput(const rnnlab::Matrix<double>& input);

signals:
    // The user drew, typed, resized or copied a sequence.
    void inputEdited(const rnnlab::Matrix<double>& input);

private:
    void applyText();
    void showValues(const Matrix<double>& values);
    void resizeSteps(int steps);
    void edited();

    SketchCanvas* m_canvas = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_feature = nullptr;
    QLabel* m_featureLabel = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_copy = nullptr;
    Matrix<double> m_shown;
};

}  // namespace rnnlab::ui
