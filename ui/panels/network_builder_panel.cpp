#include "ui/panels/network_builder_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/train/network_for_data.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/help/whats_this.h"
#include "ui/network_diagram.h"
#include "ui/panels/collapsible_section.h"
#include "ui/panels/form_rows.h"
#include "ui/panels/init_box.h"
#include "ui/panels/log_spin_box.h"
#include "ui/panels/optimizer_details_box.h"
#include "ui/panels/schedule_box.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

// The network as it trains on the run's data: sizes, symbol input, output and loss from it.
NetworkConfig asTrained(const NetworkConfig& n, const std::shared_ptr<const TrainingData>& data) {
    return data ? fittedToData(n, *data) : n;
}

// The cell menu joins the cell and, for plain RNNs, the nonlinearity.
enum class CellChoice { RnnTanh, RnnRelu, Lstm, Gru };

CellChoice cellChoice(const NetworkConfig& n) {
    switch (n.cell) {
        case CellType::Rnn:
            return n.nonlinearity == Nonlinearity::Relu ? CellChoice::RnnRelu : CellChoice::RnnTanh;
        case CellType::Lstm:
            return CellChoice::Lstm;
        case CellType::Gru:
            return CellChoice::Gru;
    }
    return CellChoice::Lstm;
}

void applyCellChoice(CellChoice c, NetworkConfig& n) {
    n.cell = c == CellChoice::Lstm  ? CellType::Lstm
             : c == CellChoice::Gru ? CellType::Gru
                                    : CellType::Rnn;
    n.nonlinearity = c == CellChoice::RnnRelu ? Nonlinearity::Relu : Nonlinearity::Tanh;
}

}  // namespace

NetworkBuilderPanel::NetworkBuilderPanel(ExperimentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setWhatsThisTopic(this, WhatsThisTopic::NetworkBuilder);
    auto* page = new QWidget;
    auto* sections = new QVBoxLayout(page);
    sections->setContentsMargins(4, 4, 4, 4);
    sections->addWidget(new CollapsibleSection(tr("Network"), buildNetworkForm(), true, page));
    sections->addWidget(new CollapsibleSection(tr("Data windows"), buildWindowForm(), true, page));
    sections->addWidget(new CollapsibleSection(tr("Training"), buildTrainingForm(), true, page));
    m_optimizerDetails = new OptimizerDetailsBox(page);
    sections->addWidget(
        new CollapsibleSection(tr("Optimizer details"), m_optimizerDetails, false, page));
    m_schedule = new ScheduleBox(page);
    sections->addWidget(
        new CollapsibleSection(tr("Learning-rate schedule"), m_schedule, false, page));
    m_init = new InitBox(page);
    sections->addWidget(new CollapsibleSection(tr("Initialisation"), m_init, false, page));
    sections->addWidget(new CollapsibleSection(tr("Advanced"), buildAdvancedForm(), false, page));
    sections->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_diagram = new NetworkDiagram;
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_diagram);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    showNetwork(m_controller.network());
    showSettings(m_controller.settings());
    showDataSource();
    connectControls();
}

QWidget* NetworkBuilderPanel::buildNetworkForm() {
    auto* page = new QWidget;
    QFormLayout* form = makeSectionForm(page);
    m_cell = addNamedRow(
        form, "cell", tr("Cell"),
        makeComboBox({{tr("RNN (tanh)"), int(CellChoice::RnnTanh)},
                      {tr("RNN (ReLU)"), int(CellChoice::RnnRelu)},
                      {tr("LSTM"), int(CellChoice::Lstm)},
                      {tr("GRU"), int(CellChoice::Gru)}},
                     page),
        tr("The recurrent unit. A plain RNN has one state and forgets quickly; LSTM and GRU "
           "add gates that decide what to keep, so they remember over longer spans."));
    m_layers = addNamedRow(
        form, "layers", tr("Layers"), makeSpinBox(1, kMaxLayers, page),
        tr("Recurrent layers stacked on each other: each one reads the hidden states of the "
           "layer below."));
    m_hidden =
        addNamedRow(form, "hiddenSize", tr("Hidden units"), makeSpinBox(1, kMaxHidden, page),
                    tr("The size H of each layer's hidden state: its memory. More units learn more "
                       "detail but train slower and overfit sooner."));
    m_embedding = addNamedRow(
        form, "embedding", tr("Symbol input"), makeSpinBox(0, kMaxEmbedding, page),
        tr("How a symbol (a character, a bracket) enters the network. One-hot: symbol s picks "
           "column s of the first layer's input weights. An embedding of E values: a learned "
           "vector of E numbers per symbol (like torch.nn.Embedding), then the input weights. "
           "For a series, whose steps are numbers, there is nothing to choose."));
    m_embedding->setSpecialValueText(tr("one-hot"));
    m_embedding->setPrefix(tr("embedding of "));
    m_output = addNamedRow(form, "output", tr("Output"),
                           makeComboBox({{tr("Last step"), int(OutputMode::Last)},
                                         {tr("Every step"), int(OutputMode::Sequence)}},
                                        page),
                           tr("Predict once after the last step of a window, or at every step "
                              "(a target for each step)."));
    m_loss = addNamedRow(
        form, "loss", tr("Loss"),
        makeComboBox({{tr("Mean squared error"), int(LossKind::Mse)},
                      {tr("Cross-entropy (classes)"), int(LossKind::CrossEntropy)}},
                     page),
        tr("What training minimises. Mean squared error for values; cross-entropy when the "
           "target column holds class numbers 0, 1, 2, ..."));
    return page;
}

QWidget* NetworkBuilderPanel::buildWindowForm() {
    auto* page = new QWidget;
    QFormLayout* form = makeSectionForm(page);
    m_window = addNamedRow(
        form, "window", tr("Window T"), makeSpinBox(kMinWindow, kMaxWindow, page),
        tr("How many time steps the network reads before it predicts: the length of the "
           "unrolled network and of backpropagation through time."));
    m_horizon = addNamedRow(
        form, "horizon", tr("Horizon k"), makeSpinBox(0, kMaxWindow, page),
        tr("How far ahead the target lies: 1 predicts the next value, 0 labels the last step "
           "itself."));
    return page;
}

QWidget* NetworkBuilderPanel::buildTrainingForm() {
    auto* page = new QWidget;
    QFormLayout* form = makeSectionForm(page);
    m_optimizer = addNamedRow(
        form, "optimizer", tr("Optimizer"),
        makeComboBox({{tr("Adam"), int(OptimizerKind::Adam)},
                      {tr("SGD"), int(OptimizerKind::Sgd)},
                      {tr("RMSprop"), int(OptimizerKind::RmsProp)},
                      {tr("Adagrad"), int(OptimizerKind::Adagrad)}},
                     page),
        tr("The rule that turns gradients into weight changes. Adam adapts the step size of "
           "each weight and is a safe first choice; SGD is the plain textbook rule."));
    m_learningRate = addNamedRow(
        form, "learningRate", tr("Learning rate"),
        new LogSpinBox(kMinLearningRate, kMaxLearningRate, page),
        tr("How big each step is. Too small and the loss hardly moves; too large and it "
           "jumps around or explodes. The arrows step 1, 2, 5, 10, ..."));
    m_clip = addNamedRow(
        form, "clip", tr("Clip gradients"), new QCheckBox(tr("on"), page),
        tr("Rescales the gradients whenever their total length exceeds the threshold, so "
           "one exploding gradient cannot wreck the weights."));
    m_clipNorm = addNamedRow(form, "clipThreshold", tr("Clip threshold"),
                             makeDoubleSpinBox(0.001, 1e6, 3, 0.5, page),
                             tr("The largest total gradient norm allowed when clipping is on."));
    m_batch = addNamedRow(
        form, "batchSize", tr("Batch size"), makeSpinBox(1, kMaxBatch, page),
        tr("How many windows are averaged for one step. Larger batches give smoother but "
           "fewer steps per epoch."));
    m_epochs =
        addNamedRow(form, "epochs", tr("Epochs"), makeSpinBox(1, kMaxEpochs, page),
                    tr("How many times training goes through all training windows before it stops. "
                       "Raise it to train on after the end."));
    m_seed = addNamedRow(
        form, "seed", tr("Seed"), makeSpinBox(0, std::numeric_limits<int>::max(), page),
        tr("Starts the random numbers for the weights and the shuffling: the same seed gives "
           "exactly the same run. Changing it starts a new run."));
    return page;
}

QWidget* NetworkBuilderPanel::buildAdvancedForm() {
    auto* page = new QWidget;
    QFormLayout* form = makeSectionForm(page);
    m_truncation = addNamedRow(
        form, "truncation", tr("Truncated BPTT"), makeSpinBox(0, kMaxWindow, page),
        tr("Backpropagate through only the last K time steps of each window. Full BPTT uses "
           "all of them; short truncation cannot learn long dependencies."));
    m_truncation->setSpecialValueText(tr("full"));
    m_patience = addNamedRow(
        form, "earlyStopping", tr("Early stopping"), makeSpinBox(0, kMaxEpochs, page),
        tr("Stop after this many epochs without a better validation loss, and keep the best "
           "weights."));
    m_patience->setSpecialValueText(tr("never"));
    m_divergenceFactor = addNamedRow(
        form, "divergenceFactor", tr("Divergence factor"), makeDoubleSpinBox(0, 1e12, 0, 10, page),
        tr("Training counts as diverged when the loss exceeds this many times the first "
           "step's loss; the last sound weights are then restored."));
    m_divergenceFactor->setSpecialValueText(tr("only NaN / infinity"));
    m_traceEvery = addNamedRow(
        form, "traceEvery", tr("Trace every (steps)"), makeSpinBox(0, 1000000, page),
        tr("How often the traced sequence's states, gates and gradients are recorded for the "
           "explorer and gradient views."));
    m_traceEvery->setSpecialValueText(tr("never"));
    return page;
}

void NetworkBuilderPanel::connectControls() {
    for (QComboBox* box : {m_cell, m_output, m_loss})
        connect(box, &QComboBox::currentIndexChanged, this, &NetworkBuilderPanel::networkEdited);
    for (QSpinBox* box : {m_layers, m_hidden, m_embedding})
        connect(box, &QSpinBox::valueChanged, this, &NetworkBuilderPanel::networkEdited);
    for (QSpinBox* box : {m_window, m_horizon})
        connect(box, &QSpinBox::valueChanged, this, &NetworkBuilderPanel::windowEdited);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this,
            &NetworkBuilderPanel::optimizerKindEdited);
    for (QSpinBox* box : {m_batch, m_epochs, m_seed, m_truncation, m_patience, m_traceEvery})
        connect(box, &QSpinBox::valueChanged, this, &NetworkBuilderPanel::settingsEdited);
    for (QDoubleSpinBox* box :
         {static_cast<QDoubleSpinBox*>(m_learningRate), m_clipNorm, m_divergenceFactor})
        connect(box, &QDoubleSpinBox::valueChanged, this, &NetworkBuilderPanel::settingsEdited);
    connect(m_clip, &QCheckBox::toggled, this, [this](bool on) {
        m_clipNorm->setEnabled(on);
        settingsEdited();
    });
    connect(m_optimizerDetails, &OptimizerDetailsBox::edited, this,
            &NetworkBuilderPanel::settingsEdited);
    connect(m_schedule, &ScheduleBox::edited, this, &NetworkBuilderPanel::settingsEdited);
    connect(m_init, &InitBox::edited, this, &NetworkBuilderPanel::settingsEdited);

    connect(&m_controller, &ExperimentController::networkChanged, this,
            &NetworkBuilderPanel::showNetwork);
    connect(&m_controller, &ExperimentController::settingsChanged, this,
            &NetworkBuilderPanel::showSettings);
    connect(&m_controller, &ExperimentController::dataChanged, this,
            &NetworkBuilderPanel::showDataSource);
    connect(&m_controller, &ExperimentController::dataError, this,
            &NetworkBuilderPanel::showDataSource);
}

NetworkConfig NetworkBuilderPanel::network() const {
    NetworkConfig n = m_controller.network();
    applyCellChoice(comboValue<CellChoice>(m_cell), n);
    n.numLayers = m_layers->value();
    n.hiddenSize = m_hidden->value();
    if (m_embedding->isEnabled()) n.embeddingSize = m_embedding->value();
    n.output = comboValue<OutputMode>(m_output);
    n.loss = comboValue<LossKind>(m_loss);
    return n;
}

TrainingSettings NetworkBuilderPanel::settings() const {
    TrainingSettings s = m_controller.settings();
    s.optimizer = m_optimizerDetails->settings();
    s.optimizer.kind = comboValue<OptimizerKind>(m_optimizer);
    s.optimizer.learningRate = m_learningRate->value();
    s.schedule = m_schedule->schedule();
    s.init = m_init->settings();
    s.clip = m_clip->isChecked();
    s.clipMaxNorm = m_clipNorm->value();
    s.batchSize = m_batch->value();
    s.epochs = m_epochs->value();
    s.seed = std::uint64_t(m_seed->value());
    s.truncation = m_truncation->value();
    s.earlyStoppingPatience = m_patience->value();
    s.divergenceFactor = m_divergenceFactor->value();
    s.traceEvery = m_traceEvery->value();
    return s;
}

void NetworkBuilderPanel::showNetwork(const NetworkConfig& n) {
    {
        const BlockChildren block(this);
        setComboValue(m_cell, cellChoice(n));
        m_layers->setValue(n.numLayers);
        m_hidden->setValue(n.hiddenSize);
        m_embedding->setValue(n.embeddingSize);
        setComboValue(m_output, n.output);
        setComboValue(m_loss, n.loss);
    }
    m_init->setCell(n.cell);
    m_diagram->setConfig(asTrained(n, m_controller.trainingData()));
}

void NetworkBuilderPanel::showSettings(const TrainingSettings& s) {
    const BlockChildren block(this);
    setComboValue(m_optimizer, s.optimizer.kind);
    m_learningRate->setValue(s.optimizer.learningRate);
    m_optimizerDetails->setSettings(s.optimizer);
    m_schedule->setSchedule(s.schedule);
    m_init->setSettings(s.init);
    m_clip->setChecked(s.clip);
    m_clipNorm->setValue(s.clipMaxNorm);
    m_clipNorm->setEnabled(s.clip);
    m_batch->setValue(s.batchSize);
    m_epochs->setValue(s.epochs);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, std::uint64_t(m_seed->maximum()))));
    m_truncation->setValue(s.truncation);
    m_patience->setValue(s.earlyStoppingPatience);
    m_divergenceFactor->setValue(s.divergenceFactor);
    m_traceEvery->setValue(s.traceEvery);
}

void NetworkBuilderPanel::showDataSource() {
    const DataSource& source = m_controller.dataSource();
    const TrainingData& training = *m_controller.trainingData();
    {
        const BlockChildren block(this);
        // Labelled sentences choose their length when they are read (window 0).
        m_window->setValue(int(source.window.window > 0 ? source.window.window : training.steps()));
        m_horizon->setValue(int(source.window.horizon));
    }
    // A sequence task, a text or labelled data brings its own output and loss; a text its
    // window's length alone, a series both the window and the horizon.
    const bool series = !fixesNetworkShape(source);
    const QString fixed =
        tr("Set by the data: %1. See the Data panel.").arg(translated(describeText(source)));
    const auto allow = [&fixed](QWidget* w, bool editable) {
        w->setEnabled(editable);
        w->setStatusTip(editable ? QString() : fixed);
    };
    allow(m_window, series || source.kind == DataSourceKind::Text);
    allow(m_horizon, series);
    allow(m_output, series);
    allow(m_loss, series);
    m_embedding->setEnabled(training.vocabularySize() > 0);
    m_embedding->setStatusTip(m_embedding->isEnabled()
                                  ? QString()
                                  : tr("The steps of a series are numbers, not symbols."));
    m_diagram->setConfig(asTrained(m_controller.network(), m_controller.trainingData()));
}

void NetworkBuilderPanel::networkEdited() {
    const NetworkConfig n = network();
    m_init->setCell(n.cell);
    m_diagram->setConfig(asTrained(n, m_controller.trainingData()));  // at once
    m_controller.setNetwork(n);
}

void NetworkBuilderPanel::settingsEdited() {
    m_controller.setSettings(settings());
}

void NetworkBuilderPanel::optimizerKindEdited() {
    OptimizerSettings old = m_optimizerDetails->settings();
    old.learningRate = m_learningRate->value();
    m_optimizerDetails->setSettings(switchOptimizer(old, comboValue<OptimizerKind>(m_optimizer)));
    settingsEdited();
}

void NetworkBuilderPanel::windowEdited() {
    DataSource s = m_controller.dataSource();
    s.window.window = m_window->value();
    s.window.horizon = m_horizon->value();
    m_controller.setDataSource(s);
}

}  // namespace rnnlab::ui
