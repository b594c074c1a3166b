#include "ui/text/live_samples_panel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/number_format.h"
#include "ui/panels/error_label.h"
#include "ui/theme/theme.h"
#include "ui/theme/widget_styles.h"

namespace rnnlab::ui {

namespace {

// What a timeline item keeps besides its plain text (Qt::DisplayRole: header, line end, text).
enum SampleRole {
    SampleHeaderRole = Qt::UserRole,  // "step 1,500 · τ 0.79 · seed 1"
    SampleBodyRole,                   // the prime and what was written after it
    SamplePrimeLengthRole,  // characters of SampleBodyRole that are the prime (drawn bold)
    SampleEarlierRole,      // of an earlier run: dimmed, not sampled again
};

constexpr int kSampleEntryPadding = 4;  // px around an entry

QString shownTemperature(double temperature) {
    return temperature == 0.0 ? LiveSamplesPanel::tr("0 (greedy)") : formatNumber(temperature, 2);
}

QString sampleHeader(const LiveSample& s, bool current) {
    QStringList parts;
    if (!current) parts << LiveSamplesPanel::tr("earlier run");
    parts << LiveSamplesPanel::tr("step %1").arg(QLocale().toString(s.step))
          << LiveSamplesPanel::tr("τ %1").arg(shownTemperature(s.settings.temperature));
    if (s.settings.topK > 0) parts << LiveSamplesPanel::tr("top-k %1").arg(s.settings.topK);
    parts << LiveSamplesPanel::tr("seed %1").arg(s.settings.seed);
    return parts.join(QStringLiteral(" · "));
}

// An entry: its header in the widget font, then its text wrapped in a fixed-width font (every
// character, spaces included, takes the same room), the prime in bold.
class SampleDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const int width = textWidth(option);
        QTextLayout body;
        const qreal height = layOut(body, index, option.font, width);
        return {width + 2 * kSampleEntryPadding,
                int(std::ceil(height)) + option.fontMetrics.height() + 3 * kSampleEntryPadding + 1};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &o, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const bool earlier = index.data(SampleEarlierRole).toBool();
        const QPalette& palette = option.palette;
        QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        if (earlier && !selected) ink = palette.color(QPalette::Disabled, QPalette::Text);
        const QColor muted = selected ? ink : blend(ink, palette.color(QPalette::Base), 0.35);

        painter->save();
        const QRect r = option.rect.adjusted(kSampleEntryPadding, kSampleEntryPadding,
                                             -kSampleEntryPadding, -kSampleEntryPadding);
        painter->setPen(muted);
        painter->setFont(option.font);
        painter->drawText(r.left(), r.top() + option.fontMetrics.ascent(),
                          option.fontMetrics.elidedText(index.data(SampleHeaderRole).toString(),
                                                        Qt::ElideRight, r.width()));
        QTextLayout body;
        layOut(body, index, option.font, textWidth(option));
        painter->setPen(ink);
        body.draw(painter,
                  QPointF(r.left(), r.top() + option.fontMetrics.height() + kSampleEntryPadding));
        painter->setPen(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.8));
        painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());  // between entries
        painter->restore();
    }

private:
    static int textWidth(const QStyleOptionViewItem& option) {
        const QWidget* view = option.widget;
        const int width = view ? static_cast<const QAbstractScrollArea*>(view)->viewport()->width()
                               : option.rect.width();
        return std::max(80, width - 2 * kSampleEntryPadding);
    }

    // Lays the body out in lines of `width` px; returns its height.
    static qreal layOut(QTextLayout& layout, const QModelIndex& index, const QFont& widgetFont,
                        int width) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(widgetFont.pointSizeF());
        QString text = index.data(SampleBodyRole).toString();
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        layout.setText(text);
        layout.setFont(font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QTextLayout::FormatRange prime;
        prime.start = 0;
        prime.length = index.data(SamplePrimeLengthRole).toInt();
        prime.format.setFontWeight(QFont::Bold);
        layout.setFormats({prime});
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }
};

QSpinBox* sampleSettingBox(int min, int max, int value, const QString& tip, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

}  // namespace

double LiveSamplesPanel::temperatureAt(int position) {
    if (position <= kGreedyPosition) return 0.0;
    const double tau = std::pow(10.0, double(position - kPositionOfOne) / kPositionsPerDecade);
    // Two significant digits: an integer m (10 to 100) over a power of ten (τ < 10, so the
    // exponent is at least 0), so that the result is the double nearest the decimal written
    // beside the slider (0.05, not 0.0501).
    const int exponent = 1 - int(std::floor(std::log10(tau)));
    const double m = std::round(tau * std::pow(10.0, exponent));
    return m / std::pow(10.0, exponent);
}

int LiveSamplesPanel::positionOf(double temperature) {
    if (temperature <= 0.0) return kGreedyPosition;
    int best = 1;
    for (int p = 2; p <= kLastPosition; ++p) {
        if (std::abs(std::log(temperatureAt(p) / temperature)) <
            std::abs(std::log(temperatureAt(best) / temperature)))
            best = p;
    }
    return best;
}

LiveSamplesPanel::LiveSamplesPanel(QWidget* parent) : QWidget(parent) {
    const QString reproducible =
        tr("A sample is reproducible from its step, temperature, top-k and seed (and its prime "
           "and length): the same settings at the same weights write the same text.");
    buildControls(reproducible);
    m_unavailable = new QLabel(
        tr("Live samples write text with a character model of a text; this run's data is not "
           "a text."),
        this);
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();

    buildTimeline(reproducible);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_timeline, 1);

    connectControls();
    showTemperature();
    updateButtons();
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &LiveSamplesPanel::applyTheme);
}


void LiveSamplesPanel::buildControls(const QString& reproducible) {
    m_controls = new QWidget(this);
    m_prime = new QLineEdit(m_controls);
    m_prime->setPlaceholderText(tr("(a random first character)"));
    m_prime->setToolTip(
        tr("Text the network reads before it writes; every character must be "
           "in the text's vocabulary"));
    m_temperature = new QSlider(Qt::Horizontal, m_controls);
    m_temperature->setRange(kGreedyPosition, kLastPosition);
    m_temperature->setPageStep(kPositionsPerDecade / 2);
    m_temperature->setValue(kPositionOfOne);
    m_temperature->setMinimumWidth(120);
    m_temperature->setMaximumWidth(400);
    m_temperature->setToolTip(
        tr("Temperature τ, on a logarithmic scale: far left is 0 (greedy: always the likeliest "
           "character); low τ plays safe, high τ takes risks (up to 5)"));
    m_temperatureLabel = new QLabel(m_controls);
    m_topK = sampleSettingBox(
        0, kMaxVocabSize, 0,
        tr("Draw only among the k likeliest characters (all: every character)"), m_controls);
    m_topK->setSpecialValueText(tr("all"));
    m_length =
        sampleSettingBox(1, kMaxLength, 200, tr("Characters to write after the prime"), m_controls);
    m_seed = sampleSettingBox(
        0, 2147483647, 1,
        tr("The random draws' seed: the same seed writes the same text at the same "
           "weights"),
        m_controls);
    m_sample = new QPushButton(tr("Sample"), m_controls);
    m_sample->setToolTip(tr("Write a sample with the current weights. %1").arg(reproducible));
    m_auto = new QCheckBox(tr("every"), m_controls);
    m_auto->setChecked(true);
    m_auto->setToolTip(
        tr("While training, write a sample with these settings each time the "
           "step passes a multiple of N; the same seed each time, so what "
           "changes is the weights"));
    m_every = sampleSettingBox(1, 1'000'000, kDefaultEvery, m_auto->toolTip(), m_controls);
    m_every->setSingleStep(100);
    m_every->setGroupSeparatorShown(true);
    m_again = new QPushButton(tr("Again"), m_controls);
    m_again->setToolTip(tr("Sample again with the selected entry's settings at the current "
                           "weights. %1")
                            .arg(reproducible));
    m_copy = new QPushButton(tr("Copy"), m_controls);
    m_copy->setToolTip(tr("Copy the selected sample's text (its prime and what was written)"));
    m_error = new ErrorLabel(m_controls);
    arrangeControls();
}

void LiveSamplesPanel::arrangeControls() {
    // Four rows, so that the panel still fits beside other figures or under the text in a
    // narrow window: what to start from, the temperature, how else to draw, when to sample by
    // itself.
    auto* primeRow = new QHBoxLayout;
    primeRow->addWidget(new QLabel(tr("Prime"), m_controls));
    primeRow->addWidget(m_prime, 1);
    primeRow->addWidget(m_sample);
    auto* drawRow = new QHBoxLayout;
    drawRow->addWidget(new QLabel(tr("τ"), m_controls));
    drawRow->addWidget(m_temperature, 1);
    drawRow->addWidget(m_temperatureLabel);
    auto* limitsRow = new QHBoxLayout;
    limitsRow->addWidget(new QLabel(tr("top-k"), m_controls));
    limitsRow->addWidget(m_topK);
    limitsRow->addWidget(new QLabel(tr("length"), m_controls));
    limitsRow->addWidget(m_length);
    limitsRow->addWidget(new QLabel(tr("seed"), m_controls));
    limitsRow->addWidget(m_seed);
    limitsRow->addStretch(1);
    auto* everyUnit = new QLabel(tr("steps while training"), m_controls);
    auto* autoRow = new QHBoxLayout;
    autoRow->addWidget(m_auto);
    autoRow->addWidget(m_every);
    autoRow->addWidget(everyUnit);
    autoRow->addStretch(1);
    autoRow->addWidget(m_again);
    autoRow->addWidget(m_copy);
    auto* rows = new QVBoxLayout(m_controls);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(primeRow);
    rows->addLayout(drawRow);
    rows->addLayout(limitsRow);
    rows->addLayout(autoRow);
    rows->addWidget(m_error);
}

void LiveSamplesPanel::buildTimeline(const QString& reproducible) {
    m_timeline = new QListWidget(this);
    m_timeline->setItemDelegate(new SampleDelegate(m_timeline));
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setWordWrap(true);
    m_timeline->setToolTip(
        tr("Samples, newest first. %1 Double-click an entry to sample it again; Ctrl+C copies "
           "its text.")
            .arg(reproducible));
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* again = new QAction(tr("Sample Again"), m_timeline);
    auto* copy = new QAction(tr("Copy Text"), m_timeline);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_timeline->addAction(again);
    m_timeline->addAction(copy);

    connect(again, &QAction::triggered, this, &LiveSamplesPanel::sampleSelectedAgain);
    connect(copy, &QAction::triggered, this, &LiveSamplesPanel::copySelected);
}

void LiveSamplesPanel::connectControls() {
    connect(m_temperature, &QSlider::valueChanged, this, &LiveSamplesPanel::showTemperature);
    connect(m_sample, &QPushButton::clicked, this, [this] { emit sampleRequested(settings()); });
    connect(m_prime, &QLineEdit::returnPressed, m_sample, &QPushButton::click);
    connect(m_again, &QPushButton::clicked, this, &LiveSamplesPanel::sampleSelectedAgain);
    connect(m_timeline, &QListWidget::itemDoubleClicked, this,
            &LiveSamplesPanel::sampleSelectedAgain);
    connect(m_copy, &QPushButton::clicked, this, &LiveSamplesPanel::copySelected);
    connect(m_timeline, &QListWidget::itemSelectionChanged, this, &LiveSamplesPanel::updateButtons);
    connect(m_auto, &QCheckBox::toggled, this, [this] {
        m_every->setEnabled(m_auto->isChecked());
        emit autoSamplingChanged();
    });
    connect(m_every, &QSpinBox::valueChanged, this, &LiveSamplesPanel::autoSamplingChanged);

}

void LiveSamplesPanel::sampleSelectedAgain() {
    bool current = false;
    const LiveSample* s = selectedSample(&current);
    if (s && current && m_textData && m_ready) emit sampleRequested(s->settings);
}

SamplingSettings LiveSamplesPanel::settings() const {
    SamplingSettings s;
    s.prime = m_prime->text().toStdString();
    s.length = m_length->value();
    s.temperature = temperatureAt(m_temperature->value());
    s.topK = m_topK->value();
    s.seed = std::uint64_t(m_seed->value());
    return s;
}

void LiveSamplesPanel::setSettings(const SamplingSettings& s) {
    m_prime->setText(QString::fromStdString(s.prime));
    m_length->setValue(s.length);
    m_temperature->setValue(positionOf(s.temperature));
    m_topK->setValue(s.topK);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, 2147483647)));
}

bool LiveSamplesPanel::autoSampling() const {
    return m_auto->isChecked();
}

void LiveSamplesPanel::setAutoSampling(bool on) {
    m_auto->setChecked(on);
}

int LiveSamplesPanel::autoEvery() const {
    return m_every->value();
}

void LiveSamplesPanel::setAutoEvery(int steps) {
    m_every->setValue(steps);
}

QString LiveSamplesPanel::errorText() const {
    return m_error->isVisibleTo(m_controls) ? m_error->text() : QString();
}

QString LiveSamplesPanel::unavailableText() const {
    return m_textData ? QString() : m_unavailable->text();
}

void LiveSamplesPanel::addSample(const LiveSample& sample) {
    showError({});
    m_samples.insert(m_samples.begin(), sample);
    ++m_currentRunSamples;
    m_timeline->insertItem(0, makeItem(sample, true));
    if (m_samples.size() > std::size_t(kMaxEntries)) {
        m_samples.pop_back();
        delete m_timeline->takeItem(m_timeline->count() - 1);
        m_currentRunSamples = std::min(m_currentRunSamples, kMaxEntries);
    }
}

void LiveSamplesPanel::showError(const QString& message) {
    m_error->showError(message);
}

void LiveSamplesPanel::startRun() {
    showError({});
    for (int i = 0; i < m_currentRunSamples; ++i) {
        QListWidgetItem* earlier = makeItem(m_samples[std::size_t(i)], false);
        earlier->setToolTip(tr("A sample of an earlier run: its weights are not this run's"));
        const bool selected = m_timeline->item(i)->isSelected();
        delete m_timeline->takeItem(i);
        m_timeline->insertItem(i, earlier);
        earlier->setSelected(selected);
    }
    m_currentRunSamples = 0;
    updateButtons();
}

void LiveSamplesPanel::setTextData(bool isText) {
    m_textData = isText;
    m_controls->setVisible(isText);
    m_unavailable->setVisible(!isText);
    updateButtons();
}

void LiveSamplesPanel::setReady(bool ready) {
    m_ready = ready;
    updateButtons();
}

void LiveSamplesPanel::showTemperature() {
    m_temperatureLabel->setText(shownTemperature(temperatureAt(m_temperature->value())));
}

void LiveSamplesPanel::updateButtons() {
    bool current = false;
    const LiveSample* s = selectedSample(&current);
    m_sample->setEnabled(m_textData && m_ready);
    m_again->setEnabled(s && current && m_textData && m_ready);
    m_copy->setEnabled(s != nullptr);
}

void LiveSamplesPanel::copySelected() const {
    if (const LiveSample* s = selectedSample())
        QApplication::clipboard()->setText(QString::fromStdString(s->settings.prime) + s->text);
}

QListWidgetItem* LiveSamplesPanel::makeItem(const LiveSample& sample, bool current) const {
    const QString prime = QString::fromStdString(sample.settings.prime);
    auto* item = new QListWidgetItem;
    item->setData(SampleHeaderRole, sampleHeader(sample, current));
    item->setData(SampleBodyRole, prime + sample.text);
    item->setData(SamplePrimeLengthRole, int(prime.size()));
    item->setData(SampleEarlierRole, !current);
    item->setText(sampleHeader(sample, current) + QLatin1Char('\n') + prime + sample.text);
    return item;
}

const LiveSample* LiveSamplesPanel::selectedSample(bool* current) const {
    const QList<QListWidgetItem*> selected = m_timeline->selectedItems();
    if (selected.isEmpty()) return nullptr;
    const int row = m_timeline->row(selected.front());
    if (current) *current = row < m_currentRunSamples;
    return &m_samples[std::size_t(row)];
}

void LiveSamplesPanel::applyTheme(const ThemeStyle& style) {
    m_temperature->setStyleSheet(sliderStyleSheet(style));
    m_temperatureLabel->setMinimumWidth(
        m_temperatureLabel->fontMetrics().horizontalAdvance(shownTemperature(0.0)));
    m_timeline->doItemsLayout();
}

}  // namespace rnnlab::ui
