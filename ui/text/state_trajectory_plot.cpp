#include "ui/text/state_trajectory_plot.h"

#include <QLocale>
#include <algorithm>

#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

constexpr int kPathColour = 5;          // black / near-white: the one sentence
constexpr int kOtherClassesColour = 7;  // grey
constexpr double kEndSize = 6.0;
constexpr double kPathPointSize = 4.0;
constexpr double kRingSize = 15.0;

// Colour and shape of class k < kMostColouredClasses: the theme's colours but the path's, and a
// shape of its own so that the classes differ without colour too.
int classColour(int k) {
    return k < kPathColour ? k : k + 1;
}

QCPScatterStyle::ScatterShape classShape(int k) {
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssDisc,   QCPScatterStyle::ssCross,   QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssSquare, QCPScatterStyle::ssDiamond, QCPScatterStyle::ssPlus,
        QCPScatterStyle::ssCircle};
    return shapes[std::min<std::size_t>(std::size_t(k), std::size(shapes) - 1)];
}

QString percentOf(double ratio) {
    return QLocale().toString(ratio * 100.0, 'f', 1);
}

}  // namespace

StateTrajectoryPlot::StateTrajectoryPlot(QWidget* parent)
    : Figure(tr("Last layer's h in its PCA plane"), tr("PC 1"), tr("PC 2"), parent) {
    m_note = new QCPItemText(this);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->setClipToAxisRect(true);
    restyle();
    connect(&Theme::instance(), &Theme::changed, this, [this] { restyle(); });
    clear(tr("No sentences read yet"));
}

void StateTrajectoryPlot::setClassNames(const std::vector<std::string>& names,
                                        const QString& splitName) {
    m_classNames = names;
    setTitle(tr("%1: last layer's h in its PCA plane").arg(splitName));
    clearPlottables();
    m_ends.clear();
    const int classes = int(names.size());
    for (int k = 0; k < std::min(classes, kMostColouredClasses); ++k) {
        QCPCurve* dots = addCurve(shownSymbol(names[std::size_t(k)]), classColour(k));
        dots->setScatterStyle(QCPScatterStyle(classShape(k), kEndSize));
        m_ends << dots;
    }
    if (classes > kMostColouredClasses) {
        QCPCurve* dots = addCurve(tr("other classes"), kOtherClassesColour);
        dots->setScatterStyle(QCPScatterStyle(classShape(kMostColouredClasses), kEndSize));
        m_ends << dots;
    }
    for (QCPCurve* dots : std::as_const(m_ends)) dots->setLineStyle(QCPCurve::lsNone);
    m_path = addCurve(tr("sentence"), kPathColour);
    m_path->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPathPointSize));
    m_ring = new QCPCurve(xAxis, yAxis);
    m_ring->setLineStyle(QCPCurve::lsNone);
    restyle();
    clear(tr("No sentences read yet"));
}

int StateTrajectoryPlot::curveOfClass(int k) const {
    return std::min(k, int(m_ends.size()) - 1);
}

void StateTrajectoryPlot::clear(const QString& note) {
    m_reading.reset();
    for (QCPCurve* dots : std::as_const(m_ends)) dots->data()->clear();
    if (m_path) {
        m_path->data()->clear();
        m_path->setName(tr("sentence"));
        m_ring->data()->clear();
        m_ring->setName(tr("step"));
        m_ring->removeFromLegend();
    }
    removeLabels();
    m_ringedPoint = -1;
    setAxisLabels(tr("PC 1"), tr("PC 2"));
    xAxis->setRange(-1, 1);
    yAxis->setRange(-1, 1);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    requestReplot();
}

void StateTrajectoryPlot::setReading(std::shared_ptr<const SentenceReading> reading) {
    if (!reading || reading->plane.plane.states == 0 || m_ends.isEmpty()) {
        clear(tr("No sentences read yet"));
        return;
    }
    m_reading = std::move(reading);
    const SentencePlane& s = m_reading->plane;
    QList<QVector<double>> xs(m_ends.size()), ys(m_ends.size());
    for (Index n = 0; n < s.ends.rows(); ++n) {
        const int curve = curveOfClass(s.classes[std::size_t(n)]);
        xs[curve] << s.ends(n, 0);
        ys[curve] << s.ends(n, 1);
    }
    for (int c = 0; c < m_ends.size(); ++c) m_ends[c]->setData(xs[c], ys[c]);
    setAxisLabels(tr("PC 1 (%1 % of variance)").arg(percentOf(s.plane.explained[0])),
                  tr("PC 2 (%1 %)").arg(percentOf(s.plane.explained[1])));
    m_note->setVisible(false);
    drawPath();
    fitToData();
    // Room left and right too, so that no dot or label sits on the frame.
    const QCPRange x = xAxis->range();
    const double pad = x.size() > 0 ? 0.05 * x.size() : 0.5;
    xAxis->setRange(x.lower - pad, x.upper + pad);
    requestReplot();
}

void StateTrajectoryPlot::drawPath() {
    removeLabels();
    const SentencePath& p = m_reading->path;
    QVector<double> x, y;
    for (Index i = 0; i < p.points.rows(); ++i) {
        x << p.points(i, 0);
        y << p.points(i, 1);
    }
    m_path->setData(x, y);
    m_path->setName(tr("sentence %1").arg(p.index + 1));
    const int n = int(x.size());
    const int stride = std::max(1, (n + kMostLabels - 1) / kMostLabels);
    const ThemeStyle& style = Theme::instance().style();
    for (int i = 0; i < n; i += stride) {
        auto* label = new QCPItemText(this);
        label->position->setCoords(x[i], y[i]);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 4));
        label->setClipToAxisRect(true);
        label->setText(shownSymbol(p.shown[std::size_t(i)]));
        label->setFont(style.font(FontRole::Tick));
        label->setColor(style.text);
        m_labels << label;
    }
    ringStep();
}

void StateTrajectoryPlot::setCurrentStep(int step) {
    m_step = step;
    if (!m_reading) return;
    ringStep();
    requestReplot();
}

void StateTrajectoryPlot::ringStep() {
    const SentencePath& p = m_reading->path;
    const Index i = Index(m_step) - p.start;
    m_ring->data()->clear();
    if (i < 0 || i >= p.points.rows()) {
        m_ringedPoint = -1;
        m_ring->removeFromLegend();
        return;
    }
    m_ringedPoint = int(i);
    m_ring->setData(QVector<double>{p.points(i, 0)}, QVector<double>{p.points(i, 1)});
    // Numbered as the time bar shows it: t = 1 .. T.
    m_ring->setName(tr("t = %1: %2").arg(m_step + 1).arg(shownSymbol(p.shown[std::size_t(i)])));
    m_ring->addToLegend();
}

void StateTrajectoryPlot::removeLabels() {
    for (QCPItemText* label : std::as_const(m_labels)) removeItem(label);
    m_labels.clear();
}

void StateTrajectoryPlot::restyle() {
    const ThemeStyle& style = Theme::instance().style();
    m_note->setColor(style.mutedText);
    m_note->setFont(style.font(FontRole::Legend));
    for (QCPItemText* label : std::as_const(m_labels)) {
        label->setColor(style.text);
        label->setFont(style.font(FontRole::Tick));
    }
    if (m_ring) {
        m_ring->setPen(QPen(style.accent, 2.0 * style.lineWidth));
        m_ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kRingSize));
    }
    requestReplot();
}

int StateTrajectoryPlot::endPoints() const {
    int n = 0;
    for (const QCPCurve* dots : m_ends) n += dots->dataCount();
    return n;
}

int StateTrajectoryPlot::pathPoints() const {
    return m_path ? m_path->dataCount() : 0;
}

Index StateTrajectoryPlot::pathSentence() const {
    return m_reading && m_reading->path.points.rows() > 0 ? m_reading->path.index : -1;
}

QString StateTrajectoryPlot::noteText() const {
    return m_note->visible() ? m_note->text() : QString();
}

}  // namespace rnnlab::ui
