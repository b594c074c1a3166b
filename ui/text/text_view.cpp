#include "ui/text/text_view.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <cmath>
#include <limits>

#include "core/data/text_dataset.h"
#include "ui/help/whats_this.h"
#include "ui/text/connectivity_panel.h"
#include "ui/text/guess_panel.h"
#include "ui/text/sentence_page.h"
#include "ui/text/strip_legend.h"
#include "ui/text/strip_picture.h"
#include "ui/text/text_strip.h"

namespace rnnlab::ui {

namespace {

// The quantity picker's item data: a gate's index, or one of these.
constexpr int kSurprise = -1;
constexpr int kHidden = -2;
constexpr int kCell = -3;
constexpr int kConnectivity = -4;
constexpr int kTypingPauseMs = 400;
constexpr int kTypedLines = 3;  // height of the typed text's field

}  // namespace

TextView::TextView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TextView);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget;
    outer->addWidget(m_pages);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setText(
        tr("The Text view shows how a character language model reads a text, each character "
           "coloured by what the network holds or by how surprised it is by the next one; it "
           "needs a text as the data: choose one of the texts in the Data panel, or open a .txt "
           "file (File \u2192 Open)."));
    m_pages->addWidget(m_message);

    m_picture = new StripPicture;
    m_pages->addWidget(m_picture);
    buildControls(m_picture);
    m_picture->setStrip(m_strip);
    m_sentences = new SentencePage;
    m_pages->addWidget(m_sentences);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, [this] { m_refresh.requestIfShown(); });
    setData(nullptr);
}

QWidget* TextView::buildPickers() {
    auto* colourRow = new QHBoxLayout;
    auto* sourceRow = new QHBoxLayout;
    m_quantity = new QComboBox;
    m_quantity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quantity->setToolTip(
        tr("What colours each character: how surprised the network is by "
           "the next character, or one unit's state or gate after reading it"));
    m_layer = new QSpinBox;
    m_unit = new QSpinBox;
    m_layerLabel = new QLabel(tr("layer"));
    m_unitLabel = new QLabel(tr("unit"));
    m_source = new QComboBox;
    m_source->addItem(tr("validation text"));
    m_source->addItem(tr("your own text"));
    m_source->setToolTip(
        tr("The text the network reads: the start of the validation part, "
           "window by window as validation reads it, or a text of yours"));
    colourRow->addWidget(new QLabel(tr("colour by")));
    colourRow->addWidget(m_quantity);
    colourRow->addWidget(m_layerLabel);
    colourRow->addWidget(m_layer);
    colourRow->addWidget(m_unitLabel);
    colourRow->addWidget(m_unit);
    colourRow->addStretch(1);
    sourceRow->addWidget(new QLabel(tr("text")));
    sourceRow->addWidget(m_source);
    sourceRow->addStretch(1);
    // The two rows side by side, or one above the other when they do not fit (arrange()): the
    // box takes the width it is given rather than widening the view.
    m_controls = new QWidget;
    m_controls->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_controlRows = new QBoxLayout(QBoxLayout::LeftToRight, m_controls);
    m_controlRows->setContentsMargins(0, 0, 0, 0);
    m_controlRows->addLayout(colourRow, 1);
    m_controlRows->addLayout(sourceRow);
    m_controls->installEventFilter(this);
    return m_controls;
}

void TextView::buildControls(QWidget* content) {
    auto* column = new QWidget;
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);

    v->addWidget(buildPickers());

    m_typed = new QPlainTextEdit;
    m_typed->setPlaceholderText(tr("Type or paste a text for the network to read\u2026"));
    m_typed->setFixedHeight(kTypedLines * fontMetrics().lineSpacing() + 12);
    m_typed->setVisible(false);
    v->addWidget(m_typed);

    m_legend = new StripLegend;
    v->addWidget(m_legend);

    m_strip = new TextStrip;
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->addWidget(m_scroll, 1);

    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    m_guesses = new GuessPanel;
    v->addWidget(m_guesses);

    m_body = new QBoxLayout(QBoxLayout::LeftToRight, content);
    m_body->setContentsMargins(4, 4, 4, 4);
    m_body->addWidget(column, 3);
    m_side = new QTabWidget;
    m_side->setDocumentMode(true);
    m_side->setVisible(false);
    m_body->addWidget(m_side, 2);
    m_connectivityPanel = new ConnectivityPanel(this);  // a side tab once it is chosen
    m_connectivityPanel->hide();

    const auto picked = [this] { colouringChanged(); };
    connect(m_quantity, &QComboBox::currentIndexChanged, this, picked);
    connect(m_layer, &QSpinBox::valueChanged, this, picked);
    connect(m_unit, &QSpinBox::valueChanged, this, picked);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_typed->setVisible(index == 1);
        dropReading({});
        m_refresh.requestIfShown();
    });
    connect(m_typed, &QPlainTextEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_strip, &TextStrip::hoveredChanged, this, &TextView::showGuessesOf);
    connect(m_strip, &TextStrip::clicked, this, &TextView::characterClicked);
    m_strip->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_strip, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        m_picture->addExportActions(menu);
        menu.exec(m_strip->mapToGlobal(at));
    });
}

bool TextView::showsText() const {
    return m_pages->currentIndex() == 1;
}

bool TextView::showsSentences() const {
    return m_pages->currentWidget() == m_sentences;
}

QString TextView::messageText() const {
    return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

bool TextView::typedSource() const {
    return m_source->currentIndex() == 1;
}

StripColouring TextView::colouring() const {
    StripColouring c;
    const int code =
        m_quantity->currentData().isValid() ? m_quantity->currentData().toInt() : kSurprise;
    c.quantity = code == kSurprise       ? StripColouring::Quantity::Surprise
                 : code == kHidden       ? StripColouring::Quantity::Hidden
                 : code == kCell         ? StripColouring::Quantity::Cell
                 : code == kConnectivity ? StripColouring::Quantity::Connectivity
                                         : StripColouring::Quantity::Gate;
    c.gate = std::max(code, 0);
    c.layer = m_layer->value() - 1;
    c.unit = m_unit->value() - 1;
    if (c.quantity == StripColouring::Quantity::Connectivity) {
        c.target = m_strip->selected();
        if (c.target == m_connectivityTarget) c.connectivity = m_connectivity;
    }
    return c;
}

void TextView::setColouring(const StripColouring& colouring) {
    const int code = colouring.quantity == StripColouring::Quantity::Surprise ? kSurprise
                     : colouring.quantity == StripColouring::Quantity::Hidden ? kHidden
                     : colouring.quantity == StripColouring::Quantity::Cell   ? kCell
                     : colouring.quantity == StripColouring::Quantity::Connectivity
                         ? kConnectivity
                         : colouring.gate;
    {
        const QSignalBlocker a(m_quantity), b(m_layer), c(m_unit);
        const int index = m_quantity->findData(code);
        if (index >= 0) m_quantity->setCurrentIndex(index);
        m_layer->setValue(colouring.layer + 1);
        m_unit->setValue(colouring.unit + 1);
    }
    colouringChanged();
}

void TextView::fitPickers(const NetworkConfig& network) {
    if (m_haveNetwork && network.cell == m_network.cell &&
        network.numLayers == m_network.numLayers && network.hiddenSize == m_network.hiddenSize)
        return;
    m_network = network;
    m_haveNetwork = true;
    {
        const QSignalBlocker a(m_quantity), b(m_layer), c(m_unit);
        const QVariant was = m_quantity->currentData();
        m_quantity->clear();
        m_quantity->addItem(tr("surprise \u2212log\u2082 p"), kSurprise);
        m_quantity->addItem(tr("h, hidden state"), kHidden);
        if (network.cell == CellType::Lstm) m_quantity->addItem(tr("c, cell state"), kCell);
        const std::vector<std::string> gates = gateNames(network.cell);
        for (std::size_t g = 0; g < gates.size(); ++g)
            m_quantity->addItem(gatePickerTitle(gates[g]), int(g));
        m_quantity->addItem(tr("connectivity to the selected character"), kConnectivity);
        const int index = was.isValid() ? m_quantity->findData(was) : 0;
        m_quantity->setCurrentIndex(std::max(index, 0));
        m_layer->setRange(1, std::max(1, network.numLayers));
        m_unit->setRange(1, std::max(1, network.hiddenSize));
    }
    colouringChanged();
}

void TextView::colouringChanged() {
    const StripColouring c = colouring();
    const bool connectivity = c.quantity == StripColouring::Quantity::Connectivity;
    const bool unitValue = c.quantity != StripColouring::Quantity::Surprise && !connectivity;
    for (QWidget* w : {static_cast<QWidget*>(m_layer), static_cast<QWidget*>(m_unit),
                       static_cast<QWidget*>(m_layerLabel), static_cast<QWidget*>(m_unitLabel)})
        w->setEnabled(unitValue);
    const int tab = m_side->indexOf(m_connectivityPanel);
    if (connectivity && tab < 0) {
        addSidePanel(m_connectivityPanel, tr("Connectivity"));
        m_side->setCurrentWidget(m_connectivityPanel);
    } else if (tab >= 0 && connectivity != m_side->isTabVisible(tab)) {
        m_side->setTabVisible(tab, connectivity);
        if (connectivity) m_side->setCurrentIndex(tab);
    }
    m_strip->setColouring(c);
    if (m_reading) m_legend->setScale(m_strip->scale());
    if (connectivity) requestConnectivity();
}

void TextView::requestConnectivity() {
    const Index n = m_strip->selected();
    if (colouring().quantity != StripColouring::Quantity::Connectivity || !m_reading || n < 0 ||
        n >= m_reading->size())
        return;
    if (n != m_connectivityTarget) {
        dropConnectivity(
            tr("Computing the connectivity to %1\u2026").arg(quotedCharacter(*m_reading, n)));
        m_strip->setColouring(colouring());
        m_legend->setScale(m_strip->scale());
    }
    if (m_reading->targets[std::size_t(n)] < 0) {
        dropConnectivity(
            tr("The last character of the text has no next one to predict: click "
               "another."));
        return;
    }
    emit connectivityRequested(m_reading, n);
}

void TextView::setConnectivity(std::shared_ptr<const TextReading> reading, Index character,
                               const std::vector<double>& g, long long step) {
    if (!reading || reading != m_reading || character != m_strip->selected() ||
        colouring().quantity != StripColouring::Quantity::Connectivity)
        return;
    const Index first = character - Index(g.size()) + 1;  // t = 0 of its window
    if (first < 0 || m_reading->windowOf(first) != m_reading->windowOf(character)) return;
    auto values = std::make_shared<std::vector<float>>(std::size_t(m_reading->size()),
                                                       std::numeric_limits<float>::quiet_NaN());
    for (std::size_t t = 0; t < g.size(); ++t) (*values)[std::size_t(first) + t] = float(g[t]);
    m_connectivity = std::move(values);
    m_connectivityTarget = character;
    m_strip->setColouring(colouring());
    m_legend->setScale(m_strip->scale());
    m_connectivityPanel->setConnectivity(quotedCharacter(*m_reading, character), g, step);
}

void TextView::dropConnectivity(const QString& hint) {
    m_connectivity.reset();
    m_connectivityTarget = -1;
    m_connectivityPanel->clear(hint);
}

void TextView::setData(std::shared_ptr<const TrainingData> trainingData) {
    const bool text = dynamic_cast<const TextDataset*>(trainingData.get()) != nullptr;
    m_pages->setCurrentIndex(text                                   ? 1
                             : SentencePage::shows(trainingData.get()) ? 2
                                                                       : 0);
    dropReading({});
    m_haveNetwork = false;
    if (text) m_refresh.requestIfShown();
}

void TextView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    if (!m_snapshot) return;
    if (showsText()) fitPickers(m_snapshot->network);
    if (!m_haveRun || m_snapshot->runId != m_runId) {
        m_haveRun = true;
        m_runId = m_snapshot->runId;
        dropReading({});
        m_refresh.requestIfShown();
    } else if (m_snapshot->step != m_requestedStep) {
        m_refresh.schedule();
    }
}

bool TextView::applyPendingUpdate() {
    if (showsSentences()) return m_sentences->applyPendingUpdate();
    if (!showsText() || !(m_refresh.pending() || m_typing.isActive())) return false;
    requestReading();
    return true;
}

void TextView::requestReading() {
    m_typing.stop();
    if (!showsText()) {
        m_refresh.cancel();
        return;
    }
    m_refresh.requested();
    m_requestedStep = m_snapshot ? m_snapshot->step : -1;
    if (!typedSource()) {
        emit validationReadingRequested();
        return;
    }
    const QString text = m_typed->toPlainText();
    if (text.isEmpty()) {
        dropReading(tr("Type or paste a text above: the network reads it from a zero state."));
        return;
    }
    emit typedReadingRequested(text);
}

void TextView::setReading(std::shared_ptr<const TextReading> reading, long long step) {
    if (!reading || !showsText()) return;
    if (typedSource()) {
        const QList<uint> typed = m_typed->toPlainText().toUcs4();
        if (reading->source != TextReading::Source::Typed ||
            !std::equal(typed.begin(), typed.end(), reading->characters.begin(),
                        reading->characters.end()))
            return;
    } else if (reading->source != TextReading::Source::Validation) {
        return;
    }
    if (reading->size() == 0) {
        dropReading(
            tr("The validation part of this text is shorter than one window: choose "
               "\u201cyour own text\u201d to see the network read."));
        return;
    }
    // Connectivity of the same text stays until the new weights' answer replaces it.
    if (m_reading && (reading->source != m_reading->source ||
                      reading->characters != m_reading->characters))
        dropConnectivity({});
    m_reading = std::move(reading);
    m_readingStep = step;
    fitPickers(m_reading->network);
    m_strip->setReading(m_reading);
    m_legend->setScale(m_strip->scale());
    m_guesses->setReading(m_reading);
    // The guesses of some character from the start: the first, until another is chosen.
    if (m_strip->selected() < 0) m_strip->setSelected(0);
    showGuessesOf(m_strip->hovered());
    updateStatus();
    requestConnectivity();
    emit readingChanged(m_reading);
}

void TextView::showReadingError(const QString& message) {
    dropReading(message);
}

void TextView::dropReading(const QString& why) {
    m_reading.reset();
    m_readingStep = -1;
    dropConnectivity({});
    m_strip->setColouring(colouring());
    m_strip->setReading(nullptr);
    m_strip->setEmptyText(why.isEmpty() ? tr("Reading the text\u2026") : why);
    m_legend->clear();
    m_guesses->setReading(nullptr);
    updateStatus();
    emit readingChanged(nullptr);
}

QString TextView::statusText() const {
    return m_status->text();
}

void TextView::updateStatus() {
    if (!m_reading) {
        m_status->clear();
        m_picture->setStatus({});
        return;
    }
    const QLocale locale;
    const Index n = m_reading->size();
    QString text =
        n == 1 ? tr("1 character") : tr("%1 characters").arg(locale.toString(qlonglong(n)));
    if (m_reading->source == TextReading::Source::Validation) {
        const Index windows = m_reading->windowOf(n - 1) + 1;
        text += windows == 1 ? tr(" in 1 window of %1").arg(m_reading->windowLength)
                             : tr(" in %1 windows of %2")
                                   .arg(locale.toString(qlonglong(windows)))
                                   .arg(m_reading->windowLength);
    }
    const double bits = m_reading->meanSurpriseBits();
    if (std::isfinite(bits))
        text += tr(" \u00b7 %1 bits per character").arg(locale.toString(bits, 'f', 2));
    if (m_readingStep >= 0)
        text += tr(" \u00b7 weights of step %1").arg(locale.toString(m_readingStep));
    m_status->setText(text);
    m_picture->setStatus(text);
}

void TextView::showGuessesOf(Index hovered) {
    m_guesses->setCharacter(hovered >= 0 ? hovered : m_strip->selected());
}

void TextView::characterClicked(Index n) {
    showGuessesOf(n);
    requestConnectivity();
    if (!m_reading || m_reading->source != TextReading::Source::Validation) return;
    emit characterChosen(m_reading->windowOf(n), m_reading->stepOf(n));
}

void TextView::setTypedSource(bool typed) {
    m_source->setCurrentIndex(typed ? 1 : 0);
}

void TextView::addSidePanel(QWidget* panel, const QString& title) {
    m_side->addTab(panel, title);
    m_side->setVisible(true);
    placeSidePanels();
}

bool TextView::sidePanelsBeside() const {
    return m_body->direction() == QBoxLayout::LeftToRight;
}

bool TextView::controlsInOneRow() const {
    return m_controlRows->direction() == QBoxLayout::LeftToRight;
}

void TextView::placeSidePanels() {
    m_body->setDirection(width() >= kSideBySideWidth ? QBoxLayout::LeftToRight
                                                     : QBoxLayout::TopToBottom);
}

void TextView::placeControls() {
    int oneRow = m_controlRows->spacing();
    for (int i = 0; i < m_controlRows->count(); ++i)
        oneRow += m_controlRows->itemAt(i)->layout()->sizeHint().width();
    m_controlRows->setDirection(m_controls->width() >= oneRow ? QBoxLayout::LeftToRight
                                                              : QBoxLayout::TopToBottom);
}

bool TextView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_controls && event->type() == QEvent::Resize) placeControls();
    return QWidget::eventFilter(watched, event);
}

void TextView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    placeSidePanels();
    m_refresh.shown();
}

void TextView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeSidePanels();
}

}  // namespace rnnlab::ui
