#include "ui/explorer/explorer_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/explorer/input_sketch.h"
#include "ui/explorer/output_panel.h"
#include "ui/explorer/step_detail_panel.h"
#include "ui/explorer/step_equations.h"
#include "ui/explorer/sweep_control.h"
#include "ui/explorer/symbol_input_field.h"
#include "ui/explorer/trace_heatmaps.h"
#include "ui/explorer/trace_scales.h"
#include "ui/explorer/unrolled_diagram.h"
#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

ExplorerView::ExplorerView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::ExplorerView);
    m_picker = new SequencePicker(this);
    m_sweep = new SweepControl(this);
    m_status = new QLabel(this);
    // The status (loss, the answer ŷ, the training step) wraps rather than widening the view.
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sketch = new InputSketch(this);
    m_sketch->hide();
    m_symbolInput = new SymbolInputField(this);
    m_symbolInput->hide();
    m_output = new OutputPanel(this);
    m_output->hide();
    m_diagram = new UnrolledDiagram(this);
    m_detail = new StepDetailPanel(this);
    m_heatmaps = new TraceHeatmaps(this);

    // The heat maps scroll; the step detail scrolls its equations. The sketch (for your own
    // input) shares the height with the diagram.
    m_heatmapScroll = new QScrollArea(this);
    m_heatmapScroll->setWidget(m_heatmaps);
    m_heatmapScroll->setWidgetResizable(true);
    m_heatmapScroll->setFrameShape(QFrame::NoFrame);
    m_heatmapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_right = new QSplitter(Qt::Vertical, this);
    m_right->addWidget(m_output);
    m_right->addWidget(m_heatmapScroll);
    m_right->setChildrenCollapsible(false);
    m_lower = new QSplitter(Qt::Horizontal, this);
    m_lower->addWidget(m_detail);
    m_lower->addWidget(m_right);
    m_main = new QSplitter(Qt::Vertical, this);
    m_main->addWidget(m_sketch);
    m_main->addWidget(m_symbolInput);
    m_main->addWidget(m_diagram);
    m_main->addWidget(m_lower);
    m_main->setChildrenCollapsible(false);

    // The sequence picker and the sweep in a row; the status between them or below them
    // (placeStatus).
    m_top = new QGridLayout;
    m_top->setHorizontalSpacing(12);
    m_top->addWidget(m_picker, 0, 0);
    m_top->addWidget(m_status, 0, 1);
    m_top->addWidget(m_sweep, 0, 2);
    m_top->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_top);
    layout->addWidget(m_main, 1);

    connectParts();
    auto restyle = [this](const ThemeStyle& style) {
        m_diagram->setColorGradient(themedGradient(ColorMapKind::Sequential));
        m_status->setFont(style.font(FontRole::AxisLabel));
        if (m_splitDone) splitSpace();
    };
    restyle(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, restyle);
    setFocusProxy(m_diagram);
    updateStatus();
}

void ExplorerView::connectParts() {
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(1000 / kMaxUpdatesPerSecond);
    connect(&m_updateTimer, &QTimer::timeout, this, &ExplorerView::applyPendingUpdate);
    connect(m_picker, &SequencePicker::sequenceChanged, this, &ExplorerView::sequenceChanged);
    connect(m_picker, &SequencePicker::followChanged, this, [this](bool on) {
        if (on) {
            m_tracedAtStep = -1;
            scheduleUpdate();
        }
        updateStatus();
    });
    connect(m_sweep, &SweepControl::playRequested, this, &ExplorerView::playSweep);
    connect(m_sweep, &SweepControl::tick, this, &ExplorerView::advanceSweep);
    connect(m_sketch, &InputSketch::inputEdited, this, [this] {
        if (m_picker->source() == TraceSource::OwnInput)
            emit traceInputRequested(m_sketch->networkInput());
    });
    connect(m_symbolInput, &SymbolInputField::inputEdited, this, [this] {
        if (m_picker->source() == TraceSource::OwnInput)
            emit traceInputRequested(m_symbolInput->networkInput());
    });
    connect(m_diagram, &UnrolledDiagram::stepRequested, this, &ExplorerView::setCurrentStep);
    connect(m_diagram, &UnrolledDiagram::layerRequested, this, &ExplorerView::setLayer);
    connect(m_detail, &StepDetailPanel::layerPicked, this, &ExplorerView::setLayer);
    connect(m_detail, &StepDetailPanel::unitPicked, this, &ExplorerView::setUnit);
    connect(m_heatmaps, &TraceHeatmaps::cellClicked, this, [this](int step, int unit) {
        setCurrentStep(step);
        setUnit(unit);
    });
}

bool ExplorerView::followsTraining() const {
    return m_picker->follow();
}

QString ExplorerView::statusText() const {
    return m_status->text();
}

void ExplorerView::attachTimeBar(TimeBar* bar) {
    m_timeBar = bar;
    connect(bar, &TimeBar::currentStepChanged, this, &ExplorerView::setCurrentStep);
    connect(bar, &TimeBar::directionChanged, this, &ExplorerView::setDirection);
    connect(this, &ExplorerView::currentStepChanged, bar, &TimeBar::setCurrentStep);
    connect(this, &ExplorerView::directionChanged, bar, &TimeBar::setDirection);
    syncTimeBar();
}

void ExplorerView::syncTimeBar() {
    if (!m_timeBar || !isVisible()) return;
    // The bar clamps its step to the new length and tells us; our step wins.
    const int step = m_step;
    const TimeBar::Direction direction = m_direction;
    m_timeBar->setLength(length());
    m_timeBar->setCurrentStep(step);
    m_timeBar->setDirection(direction);
    setCurrentStep(step);
    setDirection(direction);
}

void ExplorerView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_splitDone) splitSpace();
    syncTimeBar();
}

bool ExplorerView::event(QEvent* event) {
    const bool handled = QWidget::event(event);
    // The panes' minimum sizes change with the theme (presentation fonts) and the trace.
    if (event->type() == QEvent::LayoutRequest) arrangePanes();
    return handled;
}

void ExplorerView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangePanes();
}

void ExplorerView::placeStatus() {
    // Beside the controls while its text fits there on one line, else on a line of its own
    // below them: the projector's large font at 1280 px would wrap it into a tall column.
    const int controls =
        m_picker->sizeHint().width() + m_sweep->sizeHint().width() + 2 * m_top->horizontalSpacing();
    const int text = m_status->fontMetrics().horizontalAdvance(m_status->text());
    const bool beside = controls + text <= contentsRect().width() - 8;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_top->getItemPosition(m_top->indexOf(m_status), &row, &column, &rowSpan, &columnSpan);
    if (beside == (row == 0)) return;
    m_top->removeWidget(m_status);
    if (beside)
        m_top->addWidget(m_status, 0, 1);
    else
        m_top->addWidget(m_status, 1, 0, 1, 3);
}

void ExplorerView::arrangePanes() {
    placeStatus();
    // The heat maps scroll only vertically: their pane is at least as wide as one of them.
    const int heatmaps = m_heatmaps->minimumSizeHint().width() +
                         m_heatmapScroll->verticalScrollBar()->sizeHint().width();
    m_heatmapScroll->setMinimumWidth(heatmaps);
    // The step detail beside the heat maps when both fit, else above them.
    const int sideBySide = m_detail->minimumSizeHint().width() + heatmaps + m_lower->handleWidth();
    m_lower->setOrientation(width() >= sideBySide ? Qt::Horizontal : Qt::Vertical);
}

void ExplorerView::splitSpace() {
    // A third of the height for the diagram (less when the sketch is shown too); the equations
    // get more width on the projector, where their font is large.
    const int h = m_main->height(), w = m_lower->width();
    const int sketch = m_sketch->isVisibleTo(this) ? h * 3 / 20 : 0;
    const int field = m_symbolInput->isVisibleTo(this) ? m_symbolInput->sizeHint().height() : 0;
    const int diagram = sketch > 0 ? h / 4 : h / 3;
    m_main->setSizes({sketch, field, diagram, h - sketch - field - diagram});
    // ŷ's bars and softmax above the heat maps, when shown.
    const int right = m_right->height();
    const int output = m_output->isVisibleTo(this) ? right * 3 / 4 : 0;
    m_right->setSizes({output, right - output});
    const int detail = int(w * (Theme::instance().presentation() ? 0.6 : 0.5));
    m_lower->setSizes({detail, w - detail});
    m_splitDone = true;
}

void ExplorerView::setTrace(std::shared_ptr<const SequenceTrace> trace) {
    showTrace(std::move(trace));
}

void ExplorerView::showTrace(std::shared_ptr<const SequenceTrace> trace) {
    if (trace && (trace->steps == 0 || trace->layers.empty())) trace.reset();
    const int oldLength = length();
    const int oldStep = m_step;
    m_trace = std::move(trace);
    if (m_trace) {
        m_step = std::clamp(m_step, 0, int(m_trace->steps) - 1);
        m_layer = std::clamp(m_layer, 0, int(m_trace->layers.size()) - 1);
        m_unit = std::clamp(m_unit, 0, m_trace->config.hiddenSize - 1);
        if (hasSymbolInput(*m_trace)) {
            m_symbolInput->setShownInput(m_trace->x);
        } else {
            m_sketch->setInputSize(m_trace->config.inputSize);
            m_sketch->setShownInput(m_trace->x);  // in the network's units
        }
    } else {
        m_step = 0;
    }
    m_diagram->setTrace(m_trace);
    m_diagram->setCurrentStep(m_step);
    m_diagram->setLayer(m_layer);
    m_detail->setTrace(m_trace);
    m_detail->setCurrentStep(m_step);
    m_detail->setLayer(m_layer);
    m_detail->setUnit(m_unit);
    m_heatmaps->setTrace(m_trace, m_layer);
    m_heatmaps->setCurrentStep(m_step);
    m_heatmaps->setUnit(m_unit);
    m_output->setTrace(m_trace);
    m_output->setCurrentStep(m_step);
    if (m_output->applies() != m_output->isVisibleTo(this)) {
        m_output->setVisible(m_output->applies());
        if (m_splitDone) splitSpace();
    }
    updateStatus();
    if (length() != oldLength) {
        emit lengthChanged(length());
        syncTimeBar();
    }
    if (m_step != oldStep) emit currentStepChanged(m_step);
}

void ExplorerView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    if (!m_snapshot) return;
    if (!m_trace) m_sketch->setInputSize(m_snapshot->network.inputSize);
    if (m_snapshot->runId != m_tracedRunId) {
        // Another run: what is shown belongs to a network that is gone.
        m_sketch->setInputSize(m_snapshot->network.inputSize);
        showOwnInputEditor();
        if (m_picker->source() != TraceSource::Run) showTrace(nullptr);
        applyPendingUpdate();
    } else if (followsTraining() || !m_trace) {  // pinned: keep what is shown
        scheduleUpdate();
    }
    updateStatus();
}

void ExplorerView::scheduleUpdate() {
    if (!m_updateTimer.isActive()) m_updateTimer.start();
}

void ExplorerView::applyPendingUpdate() {
    if (!m_snapshot) return;
    const bool newRun = m_snapshot->runId != m_tracedRunId;
    if (m_picker->source() == TraceSource::Run) {
        if (m_snapshot->trace && (m_snapshot->trace != m_trace || newRun)) {
            m_tracedAtStep = m_snapshot->step;
            m_tracedRunId = m_snapshot->runId;
            showTrace(m_snapshot->trace);
        }
    } else if (m_snapshot->step != m_tracedAtStep || newRun) {
        m_tracedAtStep = m_snapshot->step;
        m_tracedRunId = m_snapshot->runId;
        requestSequence();
    }
}

void ExplorerView::setData(std::shared_ptr<const TrainingData> trainingData) {
    m_data = std::move(trainingData);
    if (!m_data) return;
    setSampleCounts(m_data->count(Split::Train), m_data->count(Split::Validation));
    m_sketch->setData(m_data);
    m_labels = symbolLabelsOf(m_data.get());
    m_diagram->setLabels(m_labels);
    m_detail->setLabels(m_labels);
    m_output->setLabels(m_labels);
    m_symbolInput->setSymbols(m_data->symbolNames());
    showOwnInputEditor();
    updateStatus();
}

void ExplorerView::setSampleCounts(Index train, Index validation) {
    m_picker->setSampleCounts(train, validation);
}

void ExplorerView::setFollowTraining(bool follow) {
    m_picker->setFollow(follow);
}

bool ExplorerView::symbolData() const {
    if (m_snapshot) return m_snapshot->network.input == InputKind::Symbols;
    if (m_trace) return m_trace->config.input == InputKind::Symbols;
    return m_data && m_data->vocabularySize() > 0;
}

QWidget* ExplorerView::ownInputEditor() const {
    return symbolData() ? static_cast<QWidget*>(m_symbolInput) : m_sketch;
}

Matrix<double> ExplorerView::ownInput() const {
    return symbolData() ? m_symbolInput->networkInput() : m_sketch->networkInput();
}

void ExplorerView::showOwnInputEditor() {
    const bool own = m_picker->source() == TraceSource::OwnInput;
    bool changed = false;
    for (QWidget* editor :
         {static_cast<QWidget*>(m_sketch), static_cast<QWidget*>(m_symbolInput)}) {
        const bool shown = own && editor == ownInputEditor();
        if (shown == editor->isVisibleTo(this)) continue;
        editor->setVisible(shown);
        changed = true;
    }
    if (changed && m_splitDone) splitSpace();
}

void ExplorerView::sequenceChanged() {
    const TraceSource source = m_picker->source();
    showOwnInputEditor();
    m_tracedAtStep = m_snapshot ? m_snapshot->step : -1;
    if (source == TraceSource::Run) {
        if (m_snapshot && m_snapshot->trace) showTrace(m_snapshot->trace);
    } else {
        // A first own input starts from the sequence on screen, so there is something to edit.
        if (source == TraceSource::OwnInput && m_trace) {
            if (symbolData() && hasSymbolInput(*m_trace) &&
                m_symbolInput->networkInput().rows() == 0)
                m_symbolInput->setNetworkInput(m_trace->x);
            else if (!symbolData() && !hasSymbolInput(*m_trace) && m_sketch->input().isZero())
                m_sketch->setNetworkInput(m_trace->x);
        }
        requestSequence();
    }
    updateStatus();
}

void ExplorerView::requestSequence() {
    switch (m_picker->source()) {
        case TraceSource::Run:
            break;
        case TraceSource::Train:
            emit traceSampleRequested(Split::Train, m_picker->index());
            break;
        case TraceSource::Validation:
            emit traceSampleRequested(Split::Validation, m_picker->index());
            break;
        case TraceSource::OwnInput: {
            // A symbol text not typed yet starts from the run's traced sequence.
            if (symbolData() && m_symbolInput->networkInput().rows() == 0 && m_snapshot &&
                m_snapshot->trace && hasSymbolInput(*m_snapshot->trace))
                m_symbolInput->setNetworkInput(m_snapshot->trace->x);
            const Matrix<double> input = ownInput();
            if (input.rows() > 0) emit traceInputRequested(input);
            break;
        }
    }
}

void ExplorerView::updateStatus() {
    if (!m_trace) {
        m_status->setText(m_picker->source() == TraceSource::Run ? tr("no sequence traced yet")
                                                                 : tr("tracing\u2026"));
        placeStatus();
        return;
    }
    QString text = m_trace->loss ? tr("loss %1").arg(formatValue(*m_trace->loss))
                                 : tr("no target: no loss, no gradients");
    if (!m_trace->loss) text = answerText() + QStringLiteral(" \u00b7 ") + text;
    if (m_snapshot) {
        text += followsTraining() ? tr(" \u00b7 training step %1").arg(m_snapshot->step)
                                  : tr(" \u00b7 pinned");
    }
    m_status->setText(text);
    placeStatus();
}

QString ExplorerView::answerText() const {
    // The last step's answer ("last" output), or the cursor's ("sequence" output).
    const Matrix<double>& y = m_trace->outputs;
    if (y.rows() == 0 || y.cols() == 0) return {};
    const Index row = y.rows() == 1 ? 0 : std::min<Index>(m_step, y.rows() - 1);
    const QString at = y.rows() == 1 ? tr("after the last step") : tr("at t = %1").arg(row + 1);
    if (hasSymbolOutput(*m_trace)) {
        const OutputProbability best = topProbabilities(*m_trace, row, 1).front();
        return tr("\u0177 %1: '%2' (p = %3)")
            .arg(at, m_labels.className(best.index), formatValue(best.p));
    }
    if (m_trace->config.loss == LossKind::CrossEntropy) {
        Index best = 0;
        y.row(row).maxCoeff(&best);
        return tr("\u0177 %1: class %2").arg(at).arg(best);
    }
    const double network = y(row, 0);
    if (!m_data) return tr("\u0177 %1 = %2").arg(at, formatValue(network));
    const double inDataUnits = m_data->toDataUnits(network);
    if (inDataUnits == network) return tr("\u0177 %1 = %2").arg(at, formatValue(network));
    return tr("\u0177 %1 = %2 (normalised %3)")
        .arg(at, formatValue(inDataUnits), formatValue(network));
}

void ExplorerView::setCurrentStep(int step) {
    if (!m_trace) return;
    step = std::clamp(step, 0, length() - 1);
    if (step == m_step) return;
    m_step = step;
    m_diagram->setCurrentStep(step);
    m_detail->setCurrentStep(step);
    m_heatmaps->setCurrentStep(step);
    m_output->setCurrentStep(step);
    if (m_trace->outputs.rows() > 1) updateStatus();  // ŷ at the cursor
    emit currentStepChanged(step);
}

void ExplorerView::setDirection(TimeBar::Direction direction) {
    if (direction == m_direction) return;
    m_direction = direction;
    m_diagram->setDirection(direction);
    m_detail->setDirection(direction);
    emit directionChanged(direction);
}

void ExplorerView::setLayer(int layer) {
    if (!m_trace) return;
    layer = std::clamp(layer, 0, int(m_trace->layers.size()) - 1);
    if (layer == m_layer) return;
    m_layer = layer;
    m_diagram->setLayer(layer);
    m_detail->setLayer(layer);
    m_heatmaps->setTrace(m_trace, layer);
}

void ExplorerView::setUnit(int unit) {
    if (!m_trace) return;
    unit = std::clamp(unit, 0, m_trace->config.hiddenSize - 1);
    if (unit == m_unit) return;
    m_unit = unit;
    m_detail->setUnit(unit);
    m_heatmaps->setUnit(unit);
    emit unitChanged(unit);
}

void ExplorerView::playSweep() {
    if (length() == 0) return;
    const int last = length() - 1;
    switch (m_sweep->mode()) {
        case SweepControl::Mode::Forward:
            setDirection(TimeBar::Direction::Forward);
            if (m_step == last) setCurrentStep(0);
            break;
        case SweepControl::Mode::Backward:
            setDirection(TimeBar::Direction::Backward);
            if (m_step == 0) setCurrentStep(last);
            break;
        case SweepControl::Mode::ForwardThenBackward:
            if (m_direction == TimeBar::Direction::Backward && m_step > 0) break;  // resume
            setDirection(TimeBar::Direction::Forward);
            if (m_step == last) setCurrentStep(0);
            break;
    }
    m_sweep->setPlaying(true);
}

void ExplorerView::pauseSweep() {
    m_sweep->setPlaying(false);
}

bool ExplorerView::advanceSweep() {
    const bool forward = m_direction == TimeBar::Direction::Forward;
    const int next = forward ? m_step + 1 : m_step - 1;
    if (m_trace && next >= 0 && next < length()) {
        setCurrentStep(next);
        return true;
    }
    if (m_trace && forward && m_sweep->mode() == SweepControl::Mode::ForwardThenBackward &&
        hasGradients(*m_trace)) {
        setDirection(TimeBar::Direction::Backward);  // the gradient of the last step first
        return true;
    }
    pauseSweep();
    return false;
}

}  // namespace rnnlab::ui
