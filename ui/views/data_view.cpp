#include "ui/views/data_view.h"

#include <QVBoxLayout>

#include "ui/help/whats_this.h"
#include "ui/panels/error_label.h"
#include "ui/plot/figure.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"
#include "ui/views/row_axis.h"
#include "ui/views/split_regions.h"
#include "ui/views/symbol_data_page.h"

namespace rnnlab::ui {

namespace {

constexpr int kWindowAlpha = 70;
constexpr int kTargetSeries = 1;  // red: the value the window predicts

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QVector<double> toVector(const std::vector<double>& v) {
    return QVector<double>(v.begin(), v.end());
}

}  // namespace

DataView::DataView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::DataView);
    m_figure = new Figure(tr("Data"), tr("row"), tr("value"), this);
    m_regions = new SplitRegions(*m_figure);
    m_window = new QCPItemRect(m_figure);
    m_window->setLayer(QStringLiteral("background"));
    m_window->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_window->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_window->setPen(Qt::NoPen);
    m_windowText = new QCPItemText(m_figure);
    m_windowText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_windowText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_windowText->setClipToAxisRect(true);
    m_cursor = m_figure->addMarker();

    m_warning = new ErrorLabel(this);
    m_warning->setObjectName(QStringLiteral("evaluationWarning"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_warning);
    m_layout->addWidget(m_figure, 3);
    m_symbols = new SymbolDataPage(this);
    m_symbols->hide();
    m_layout->addWidget(m_symbols, 3);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &DataView::applyTheme);
}

QString DataView::warningText() const {
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void DataView::setData(std::shared_ptr<const TrainingData> training, const QString& name) {
    m_warning->showError(translated(evaluationWarning(*training)));
    m_figure->clearGraphs();
    // The inputs figure exists only while there are other inputs, so that exports never
    // contain an empty plot.
    delete m_inputs;
    m_inputs = nullptr;
    m_steps = training->steps();
    const bool symbols = training->vocabularySize() > 0;
    m_figure->setVisible(!symbols);
    m_symbols->setVisible(symbols);
    if (symbols) {
        m_exampleStart = -1;
        m_symbols->setData(training, name);
        return;
    }
    if (const auto* windows = dynamic_cast<const WindowedDataset*>(training.get())) {
        showSeries(*windows, name);
    } else {
        showSequence(*training, name);
    }
    m_figure->fitToData();
    m_figure->requestReplot();
    if (m_inputs) {
        m_inputs->fitToData();
        m_inputs->requestReplot();
    }
    setCursorStep(0);
}

void DataView::showSeries(const WindowedDataset& training, const QString& name) {
    const Series& s = training.series();  // normalised
    const QVector<double> rows = rowKeys(s.rows());
    const std::string& targetName = s.names[std::size_t(s.target)];
    std::vector<double> target = s.columns[std::size_t(s.target)];
    training.normaliser().inverse(s.target, target);
    m_figure->setTitle(name);
    m_figure->setAxisLabels(QString(), qs(targetName));
    setRowAxis(*m_figure, s);
    m_figure->addSeries(qs(targetName), 0)->setData(rows, toVector(target), true);

    // One window a quarter into the training part (clear of its name), and the value it
    // predicts.
    const Index count = training.count(Split::Train);
    m_exampleStart = count > 0 ? training.sampleId(Split::Train, count / 4) : -1;
    if (m_exampleStart >= 0) {
        const Index last = m_exampleStart + training.windowSpec().window - 1;
        m_window->topLeft->setCoords(double(m_exampleStart) - 0.5, 0.0);
        m_window->bottomRight->setCoords(double(last) + 0.5, 1.0);
        m_windowText->position->setCoords(double(last) + 2.0, 0.08);  // right of the band
        m_windowText->setText(tr("one window: T = %1 steps").arg(training.windowSpec().window));
        const Index targetRow = training.targetRow(m_exampleStart);
        if (targetRow < s.rows()) {
            QCPGraph* point = m_figure->addSeries(tr("the value it predicts"), kTargetSeries);
            point->setLineStyle(QCPGraph::lsNone);
            point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 11));
            point->setData({double(targetRow)}, {target[std::size_t(targetRow)]});
        }
    }
    m_window->setVisible(m_exampleStart >= 0);
    m_windowText->setVisible(m_exampleStart >= 0);
    m_regions->setVisible(true);
    m_regions->setParts({training.partBegin(Split::Train), training.partBegin(Split::Validation),
                         training.partBegin(Split::Test)},
                        {training.partRows(Split::Train), training.partRows(Split::Validation),
                         training.partRows(Split::Test)});

    // The other inputs, when there are any: normalised, so they share one axis.
    if (s.inputs.size() == 1 && s.inputs.front() == s.target) return;
    m_inputs = new Figure(tr("%1: inputs (normalised)").arg(name), QString(),
                          tr("value (normalised)"), this);
    m_layout->addWidget(m_inputs, 2);
    setRowAxis(*m_inputs, s);
    for (int c : s.inputs)
        m_inputs->addSeries(qs(s.names[std::size_t(c)]))
            ->setData(rows, toVector(s.columns[std::size_t(c)]), true);
}

void DataView::showSequence(const TrainingData& training, const QString& name) {
    Matrix<double> x, y;
    training.batch(Split::Train, 0, 1, x, y);  // (T, I), (1, O) or (T, O)
    const Index T = training.steps();
    QVector<double> steps(static_cast<int>(T));
    for (int t = 0; t < steps.size(); ++t) steps[t] = t + 1;  // t = 1 .. T, as the time bar
    for (Index i = 0; i < x.cols(); ++i) {
        QVector<double> values(static_cast<int>(T));
        for (Index t = 0; t < T; ++t) values[int(t)] = x(t, i);
        m_figure->addSeries(tr("input %1").arg(i + 1))->setData(steps, values, true);
    }
    const QString target = training.perStepTargets() ? tr("a target at every step")
                                                     : tr("target %1").arg(y(0, 0), 0, 'g', 4);
    m_figure->setTitle(tr("%1: one training sequence (%2)").arg(name, target));
    m_figure->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_figure->setAxisLabels(tr("time step t"), tr("input value"));
    m_exampleStart = -1;
    m_window->setVisible(false);
    m_windowText->setVisible(false);
    m_regions->setVisible(false);
}

void DataView::setCursorStep(int step) {
    if (!m_symbols->isHidden()) m_symbols->setCursorStep(step);
    // In the highlighted window (rows from its start), or at t = step + 1 of a sequence.
    const double origin = m_exampleStart >= 0 ? double(m_exampleStart) : 1.0;
    Figure::setMarkerX(m_cursor, origin + qBound(0, step, int(qMax<Index>(0, m_steps - 1))));
    m_figure->requestReplot();
}

void DataView::applyTheme(const ThemeStyle& style) {
    QColor tint = style.accent;
    tint.setAlpha(kWindowAlpha);
    m_window->setBrush(tint);
    m_windowText->setColor(style.text);
    m_windowText->setFont(style.font(FontRole::Legend));
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
