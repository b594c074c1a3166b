#include "ui/explorer/input_sketch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <vector>

#include "ui/explorer/step_equations.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr int kDefaultSteps = 20;

// A drawing range that holds the values with some room: a multiple of 0.5, at least 1.
// Normalised inputs mostly lie within ±2: the typical range a drawing starts from.
constexpr double kTypicalNormalised = 2.0;
constexpr int kNormalisedShown = 8;  // values listed beside the typed ones

}  // namespace

std::optional<Matrix<double>> parseSequenceText(const QString& text, int features, QString* error) {
    static const QRegularExpression fieldSeparator(QStringLiteral("[,\\s]+"));
    static const QRegularExpression stepSeparator(QStringLiteral("[;\\n]"));
    static const QRegularExpression anySeparator(QStringLiteral("[,;\\s]+"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QObject::tr("type at least one number");
        return std::nullopt;
    }
    std::vector<double> numbers;
    auto read = [&](const QString& field) {
        bool ok = false;
        const double v = field.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            *error = QObject::tr("'%1' is not a number").arg(field);
            return false;
        }
        numbers.push_back(v);
        return true;
    };
    if (features > 1 && trimmed.contains(stepSeparator)) {
        int step = 0;
        for (const QString& part : trimmed.split(stepSeparator, Qt::SkipEmptyParts)) {
            const QStringList fields = part.split(fieldSeparator, Qt::SkipEmptyParts);
            if (fields.isEmpty()) continue;
            ++step;
            if (fields.size() != features) {
                *error = QObject::tr("step %1 has %2 number(s), expected %3")
                             .arg(step)
                             .arg(fields.size())
                             .arg(features);
                return std::nullopt;
            }
            for (const QString& f : fields) {
                if (!read(f)) return std::nullopt;
            }
        }
    } else {
        const QStringList fields = trimmed.split(anySeparator, Qt::SkipEmptyParts);
        for (const QString& f : fields) {
            if (!read(f)) return std::nullopt;
        }
        if (numbers.size() % size_t(features) != 0) {
            *error = QObject::tr(
                         "%1 numbers do not make whole steps of %2 features; separate "
                         "the steps with ';'")
                         .arg(numbers.size())
                         .arg(features);
            return std::nullopt;
        }
    }
    const Index steps = Index(numbers.size()) / features;
    if (steps < 1 || steps > InputSketch::kMaxSteps) {
        *error = QObject::tr("a sequence has 1 to %1 steps, this one %2")
                     .arg(InputSketch::kMaxSteps)
                     .arg(steps);
        return std::nullopt;
    }
    Matrix<double> values(steps, features);
    std::copy(numbers.begin(), numbers.end(), values.data());
    return values;
}

QString sequenceText(const Matrix<double>& values) {
    QStringList steps;
    for (Index t = 0; t < values.rows(); ++t) {
        QStringList fields;
        for (Index i = 0; i < values.cols(); ++i) fields << QString::number(values(t, i), 'g', 4);
        steps << fields.join(QLatin1Char(' '));
    }
    return steps.join(values.cols() == 1 ? QStringLiteral(", ") : QStringLiteral("; "));
}

SketchCanvas::SketchCanvas(QWidget* parent) : QWidget(parent) {
    setCursor(Qt::CrossCursor);
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Drag to draw the input sequence"));
    connect(&Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

QSize SketchCanvas::sizeHint() const {
    return QSize(600, Theme::instance().presentation() ? 220 : 150);
}

void SketchCanvas::setValues(const Matrix<double>& values) {
    m_values = values;
    m_feature = std::clamp(m_feature, 0, int(std::max<Index>(1, values.cols())) - 1);
    fitRange();
}

void SketchCanvas::setTypicalRange(double low, double high) {
    m_typicalLow = std::min(low, high);
    m_typicalHigh = std::max(low, high);
    fitRange();
}

void SketchCanvas::fitRange() {
    double low = m_typicalLow, high = m_typicalHigh;
    if (m_values.size() > 0) {
        low = std::min(low, m_values.minCoeff());
        high = std::max(high, m_values.maxCoeff());
    }
    const double margin = std::max(1e-9, (high - low) * 0.1);
    m_low = low - margin;
    m_high = high + margin;
    update();
}

void SketchCanvas::setFeature(int feature) {
    m_feature = feature;
    update();
}

QRectF SketchCanvas::plotRect() const {
    const QFontMetricsF fm(Theme::instance().style().font(FontRole::Tick));
    const double left = fm.horizontalAdvance(QStringLiteral("\u22120.00")) + 10;
    return QRectF(left, 6, std::max(10.0, width() - left - 6), std::max(10.0, height() - 12.0));
}

QPointF SketchCanvas::pointFor(int step, double value) const {
    const QRectF r = plotRect();
    const double column = r.width() / double(std::max<Index>(1, m_values.rows()));
    return QPointF(r.left() + (step + 0.5) * column,
                   r.top() + (m_high - value) / (m_high - m_low) * r.height());
}

int SketchCanvas::stepAt(double x) const {
    const QRectF r = plotRect();
    const int steps = int(std::max<Index>(1, m_values.rows()));
    return std::clamp(int(std::floor((x - r.left()) / (r.width() / steps))), 0, steps - 1);
}

double SketchCanvas::valueAt(double y) const {
    const QRectF r = plotRect();
    return std::clamp(m_high - (y - r.top()) / r.height() * (m_high - m_low), m_low, m_high);
}

void SketchCanvas::drawTo(const QPointF& pos) {
    if (m_values.size() == 0) return;
    const int step = stepAt(pos.x());
    const double value = valueAt(pos.y());
    // Fill the steps the mouse jumped over along a straight line.
    if (m_lastStep >= 0 && step != m_lastStep) {
        const int dir = step > m_lastStep ? 1 : -1;
        for (int s = m_lastStep + dir; s != step; s += dir) {
            const double f = double(s - m_lastStep) / double(step - m_lastStep);
            m_values(s, m_feature) = m_lastValue + (value - m_lastValue) * f;
        }
    }
    m_values(step, m_feature) = value;
    m_lastStep = step;
    m_lastValue = value;
    update();
}

void SketchCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mousePressEvent(e);
    m_lastStep = -1;
    drawTo(e->position());
}

void SketchCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (e->buttons() & Qt::LeftButton) drawTo(e->position());
}

void SketchCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(e);
    drawTo(e->position());
    m_lastStep = -1;
    emit drawn();
}

void SketchCanvas::paintEvent(QPaintEvent*) {
    const ThemeStyle& style = Theme::instance().style();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), style.plotBackground);
    const QRectF r = plotRect();
    p.setFont(style.font(FontRole::Tick));
    for (int k = 0; k <= 4; ++k) {
        const double v = m_low + (m_high - m_low) * k / 4.0;
        const double y = pointFor(0, v).y();
        p.setPen(QPen(style.grid, style.axisWidth));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setPen(style.mutedText);
        p.drawText(QRectF(0, y - 20, r.left() - 4, 40), Qt::AlignRight | Qt::AlignVCenter,
                   formatValue(v));
    }
    p.setPen(QPen(style.axis, style.axisWidth));
    p.drawRect(r);
    const double radius = std::clamp(r.width() / double(std::max<Index>(1, m_values.rows())) / 4,
                                     2.0, 2 * style.lineWidth + 2);
    for (Index i = 0; i < m_values.cols(); ++i) {
        const bool current = i == m_feature;
        const QColor color = current ? style.seriesColor(0)
                                     : blend(style.seriesColor(int(i)), style.plotBackground, 0.6);
        QPolygonF line;
        for (Index t = 0; t < m_values.rows(); ++t) line << pointFor(int(t), m_values(t, i));
        p.setPen(QPen(color, current ? style.lineWidth : style.axisWidth));
        p.drawPolyline(line);
        if (!current) continue;
        p.setBrush(color);
        for (const QPointF& point : line) p.drawEllipse(point, radius, radius);
        p.setBrush(Qt::NoBrush);
    }
}

InputSketch::InputSketch(QWidget* parent) : QWidget(parent) {
    m_canvas = new SketchCanvas(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, kMaxSteps);
    m_steps->setKeyboardTracking(false);
    m_steps->setToolTip(tr("Number of time steps"));
    m_feature = new QSpinBox(this);
    m_feature->setToolTip(tr("The input feature the mouse draws"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(
        tr("type numbers: 0.5, 1, -0.25 ...  (several features: 0.5 1; 0.2 0.3)"));
    m_text->setToolTip(tr("The input sequence as numbers; press Enter to run the network on it"));
    m_error = new QLabel(this);
    m_normalised = new QLabel(this);
    m_normalised->setWordWrap(true);
    m_copy = new QPushButton(tr("copy the shown sequence"), this);
    m_copy->setToolTip(tr("Start from the input of the sequence on screen"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("steps"), this));
    controls->addWidget(m_steps);
    m_featureLabel = new QLabel(tr("feature"), this);
    controls->addWidget(m_featureLabel);
    controls->addWidget(m_feature);
    controls->addWidget(m_text, 1);
    controls->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(m_normalised);
    layout->addWidget(m_canvas, 1);

    connect(m_canvas, &SketchCanvas::drawn, this, &InputSketch::edited);
    connect(m_steps, &QSpinBox::valueChanged, this, &InputSketch::resizeSteps);
    connect(m_feature, &QSpinBox::valueChanged, this,
            [this](int f) { m_canvas->setFeature(f - 1); });
    connect(m_text, &QLineEdit::editingFinished, this, &InputSketch::applyText);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_shown.size() == 0) return;
        setNetworkInput(m_shown);
        edited();
    });
    auto restyle = [this](const ThemeStyle& style) {
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::WindowText, style.seriesColor(1));
        m_error->setPalette(palette);
    };
    restyle(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, restyle);
    m_error->hide();
    setInput(Matrix<double>::Zero(kDefaultSteps, 1));
}

QString InputSketch::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void InputSketch::setInputSize(int features) {
    if (features == input().cols()) return;
    setInput(Matrix<double>::Zero(std::max<Index>(1, input().rows()), features));
}

void InputSketch::setInput(const Matrix<double>& values) {
    showValues(values);
    m_text->setText(sequenceText(values));
}

void InputSketch::showValues(const Matrix<double>& values) {
    m_canvas->setValues(values);
    showNormalised();
    {
        const QSignalBlocker a(m_steps), b(m_feature);
        m_steps->setValue(int(values.rows()));
        m_feature->setRange(1, int(std::max<Index>(1, values.cols())));
    }
    m_feature->setVisible(values.cols() > 1);
    m_featureLabel->setVisible(values.cols() > 1);
    m_error->hide();
}

void InputSketch::setShownInput(const Matrix<double>& networkInput) {
    m_shown = networkInput;
    m_copy->setEnabled(networkInput.size() > 0);
}

void InputSketch::setData(std::shared_ptr<const TrainingData> trainingData) {
    m_data = std::move(trainingData);
    const double low = m_data ? m_data->inputToDataUnits(0, -kTypicalNormalised) : -1.0;
    const double high = m_data ? m_data->inputToDataUnits(0, kTypicalNormalised) : 1.0;
    m_canvas->setTypicalRange(low, high);
    showNormalised();
}

void InputSketch::setNetworkInput(const Matrix<double>& networkInput) {
    setInput(toDataUnits(networkInput));
}

Matrix<double> InputSketch::toDataUnits(const Matrix<double>& x) const {
    Matrix<double> out = x;
    if (!m_data) return out;
    for (Index t = 0; t < out.rows(); ++t)
        for (Index f = 0; f < out.cols(); ++f) out(t, f) = m_data->inputToDataUnits(f, x(t, f));
    return out;
}

Matrix<double> InputSketch::networkInput() const {
    Matrix<double> out = input();
    if (!m_data || out.cols() != m_data->inputSize()) return out;
    for (Index t = 0; t < out.rows(); ++t)
        for (Index f = 0; f < out.cols(); ++f)
            out(t, f) = m_data->inputFromDataUnits(f, input()(t, f));
    return out;
}

QString InputSketch::normalisedText() const {
    return m_normalised->isHidden() ? QString() : m_normalised->text();
}

void InputSketch::showNormalised() {
    const Matrix<double> x = networkInput();
    if (x.rows() == 0 || x == input()) {  // the data is not normalised: nothing to add
        m_normalised->hide();
        return;
    }
    QStringList values;
    for (Index t = 0; t < std::min<Index>(x.rows(), kNormalisedShown); ++t)
        values << formatValue(x(t, 0));
    if (x.rows() > kNormalisedShown) values << QStringLiteral("\u2026");
    m_normalised->setText(tr("in the data's units; the network sees them normalised: %1")
                              .arg(values.join(QStringLiteral(", "))));
    m_normalised->show();
}

void InputSketch::resizeSteps(int steps) {
    const Matrix<double>& old = input();
    Matrix<double> resized = Matrix<double>::Zero(steps, old.cols());
    const Index keep = std::min<Index>(steps, old.rows());
    resized.topRows(keep) = old.topRows(keep);
    setInput(resized);
    edited();
}

void InputSketch::applyText() {
    if (m_text->text() == sequenceText(input())) return;  // Enter again, or nothing typed
    QString error;
    const std::optional<Matrix<double>> values =
        parseSequenceText(m_text->text(), int(input().cols()), &error);
    if (!values) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    const Matrix<double>& old = input();
    if (values->rows() == old.rows() && values->cols() == old.cols() && *values == old) return;
    showValues(*values);  // the text stays as typed: its numbers are the input
    emit inputEdited(input());
}

void InputSketch::edited() {
    m_text->setText(sequenceText(input()));
    m_error->hide();
    showNormalised();
    emit inputEdited(input());
}

}  // namespace rnnlab::ui
