#include "ui/gradients/remedy_strip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

// "↻": the change restarts training (same data, same seed).
const QString kRestarts = QStringLiteral(" \u21bb");

}  // namespace

RemedyStrip::RemedyStrip(QWidget* parent) : QGroupBox(tr("Remedies"), parent) {
    setWhatsThisTopic(this, WhatsThisTopic::Remedies);
    createRestartingControls();
    createSteppingControls();
    layOut();
    connectControls();
    setRun(NetworkConfig{}, TrainingSettings{});
    m_hasRun = false;
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &RemedyStrip::applyTheme);
}

// The remedies that restart training: the cell, its activation, how W_hh starts, the forget
// gate's bias.
void RemedyStrip::createRestartingControls() {
    m_cell = new QComboBox(this);
    m_cell->addItem(tr("RNN"), int(CellType::Rnn));
    m_cell->addItem(tr("LSTM"), int(CellType::Lstm));
    m_cell->addItem(tr("GRU"), int(CellType::Gru));
    m_cell->setToolTip(
        tr("Switch the recurrent cell, keeping the data and the seed. LSTM and GRU carry their "
           "state along an additive, gated path, so gradients survive many more steps than in "
           "a plain RNN. Training restarts with fresh weights."));

    m_activation = new QComboBox(this);
    m_activation->addItem(QStringLiteral("tanh"), int(Nonlinearity::Tanh));
    m_activation->addItem(QStringLiteral("relu"), int(Nonlinearity::Relu));
    m_activation->setToolTip(
        tr("The plain RNN's activation. tanh's derivative is at most 1 and near 0 when it "
           "saturates, so gradients shrink; relu passes them on unchanged where a unit is "
           "active (with identity weights: IRNN), but can let them explode. Training restarts."));

    m_init = new QComboBox(this);
    m_init->addItem(tr("default (PyTorch)"), int(InitScheme::PyTorch));
    m_init->addItem(tr("Xavier"), int(InitScheme::Xavier));
    m_init->addItem(tr("orthogonal"), int(InitScheme::Orthogonal));
    m_init->addItem(tr("identity (IRNN)"), int(InitScheme::Identity));
    m_init->setToolTip(
        tr("How W_hh starts. Orthogonal: every singular value is 1, so a step back neither "
           "stretches nor shrinks the gradient at first (Saxe et al. 2014). Identity: W_hh = I, "
           "the IRNN of Le et al. (2015), meant for relu. Training restarts with the same seed."));

    m_forgetBias = new QDoubleSpinBox(this);
    m_forgetBias->setRange(-5.0, 5.0);
    m_forgetBias->setSingleStep(0.5);
    m_forgetBias->setDecimals(1);
    m_forgetBias->setKeyboardTracking(false);
    m_forgetBias->setToolTip(
        tr("Added to the LSTM forget gate's bias at the start: at +1 the gate starts at "
           "\u03c3(1) \u2248 0.73 instead of 0.5, so the cell keeps its memory, and its gradient, "
           "from the first step (Gers et al. 2000; Jozefowicz et al. 2015). LSTM only; "
           "training restarts."));
}

// The remedies that take effect at the next step: clipping and truncated BPTT.
void RemedyStrip::createSteppingControls() {
    m_clip = new QCheckBox(tr("on"), this);
    m_clip->setToolTip(
        tr("Gradient clipping: when the total gradient norm exceeds the threshold, every "
           "gradient is scaled down to it. Stops exploding gradients from wrecking the "
           "weights; it does nothing against vanishing ones. Takes effect at the next step."));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0.001, 10000.0);
    m_threshold->setDecimals(3);
    m_threshold->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_threshold->setKeyboardTracking(false);
    m_threshold->setToolTip(m_clip->toolTip());

    m_truncation = new QSpinBox(this);
    m_truncation->setRange(0, 100000);
    m_truncation->setSpecialValueText(tr("off (full)"));
    m_truncation->setSuffix(tr(" steps"));
    m_truncation->setKeyboardTracking(false);
    m_truncation->setToolTip(
        tr("Truncated BPTT: send the gradient back at most this many steps. Cheaper and more "
           "stable, but nothing older than that can be learned. Off: the whole sequence. Takes "
           "effect at the next step."));
}

void RemedyStrip::layOut() {
    auto* clipRow = new QHBoxLayout;
    clipRow->addWidget(m_clip);
    clipRow->addWidget(m_threshold, 1);
    m_note = new QLabel(tr("\u21bb restarts training (same data and seed)"), this);
    m_note->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Cell") + kRestarts, m_cell);
    form->addRow(tr("Activation (RNN)") + kRestarts, m_activation);
    form->addRow(tr("Recurrent init") + kRestarts, m_init);
    form->addRow(tr("Forget-gate bias (LSTM)") + kRestarts, m_forgetBias);
    form->addRow(tr("Gradient clipping, threshold"), clipRow);
    form->addRow(tr("Truncated BPTT"), m_truncation);
    form->addRow(m_note);
}

// Every edit asks for its remedy (request() ignores the edits setRun makes).
void RemedyStrip::connectControls() {
    connect(m_cell, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { request(RemedyKind::Cell); });
    connect(m_activation, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { request(RemedyKind::Nonlinearity); });
    connect(m_init, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { request(RemedyKind::RecurrentInit); });
    connect(m_forgetBias, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            [this] { request(RemedyKind::ForgetBias); });
    connect(m_clip, &QCheckBox::toggled, this, [this] { request(RemedyKind::Clipping); });
    connect(m_threshold, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            [this] { request(RemedyKind::Clipping); });
    connect(m_truncation, qOverload<int>(&QSpinBox::valueChanged), this,
            [this] { request(RemedyKind::Truncation); });
}

void RemedyStrip::setRun(const NetworkConfig& network, const TrainingSettings& settings) {
    if (m_hasRun && network == m_network && settings == m_settings) return;
    m_hasRun = true;
    m_network = network;
    m_settings = settings;
    m_updating = true;
    m_cell->setCurrentIndex(m_cell->findData(int(network.cell)));
    m_activation->setCurrentIndex(m_activation->findData(int(network.nonlinearity)));
    m_init->setCurrentIndex(m_init->findData(int(settings.init.scheme)));
    m_forgetBias->setValue(settings.init.forgetBias);
    m_clip->setChecked(settings.clip);
    m_threshold->setValue(settings.clipMaxNorm);
    m_truncation->setValue(settings.truncation);
    m_updating = false;
    updateEnabled();
}

void RemedyStrip::request(RemedyKind kind) {
    updateEnabled();
    if (m_updating) return;
    Remedy r;
    r.kind = kind;
    r.cell = CellType(m_cell->currentData().toInt());
    r.nonlinearity = Nonlinearity(m_activation->currentData().toInt());
    r.init = InitScheme(m_init->currentData().toInt());
    r.forgetBias = m_forgetBias->value();
    r.clip = m_clip->isChecked();
    r.clipMaxNorm = m_threshold->value();
    r.truncation = m_truncation->value();
    emit remedyRequested(r);
}

void RemedyStrip::updateEnabled() {
    const CellType cell = CellType(m_cell->currentData().toInt());
    m_activation->setEnabled(cell == CellType::Rnn);
    m_forgetBias->setEnabled(cell == CellType::Lstm);
    m_threshold->setEnabled(m_clip->isChecked());
}

void RemedyStrip::applyTheme(const ThemeStyle& style) {
    QFont title = style.font(FontRole::AxisLabel);
    title.setBold(true);
    setFont(title);  // the group box title; the children get the widget font below
    for (QWidget* w : findChildren<QWidget*>()) w->setFont(style.font(FontRole::Widget));
    QFont note = style.font(FontRole::Widget);
    note.setItalic(true);
    m_note->setFont(note);
    const int box = QFontMetrics(style.font(FontRole::Widget)).height();
    m_clip->setStyleSheet(
        QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(box));
}

}  // namespace rnnlab::ui
