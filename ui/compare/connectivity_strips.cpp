#include "ui/compare/connectivity_strips.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "ui/plot/figure_csv.h"
#include "ui/text/strip_colouring.h"
#include "ui/text/strip_document.h"
#include "ui/text/strip_legend.h"
#include "ui/text/strip_picture.h"
#include "ui/text/text_strip.h"
#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

ConnectivityStrips::ConnectivityStrips(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_legend = new StripLegend(this);
    layout->addWidget(m_legend);
    layout->addStretch(1);  // the strips packed at the top, each as tall as its text
    connect(&Theme::instance(), &Theme::changed, this, [this] { recolour(); });
}

void ConnectivityStrips::setNetworks(const QStringList& labels) {
    for (Row& row : m_rows) {
        delete row.title;
        delete row.strip;
    }
    m_rows.clear();
    m_target = -1;
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    for (const QString& label : labels) {
        Row row;
        row.label = label;
        row.title = new QLabel(this);
        row.title->setTextFormat(Qt::RichText);
        row.strip = new TextStrip(this);
        row.strip->setFlowing(true);  // the window as one paragraph: three fit one above another
        row.strip->setContextMenuPolicy(Qt::NoContextMenu);  // the strips' menu is this one's
        connect(row.strip, &TextStrip::clicked, this, &ConnectivityStrips::characterClicked);
        // A drag selects spans for the Text view's neuron search: nothing here to search.
        TextStrip* strip = row.strip;
        connect(strip, &TextStrip::spansChanged, strip,
                [strip](const std::vector<CharacterSpan>& spans) {
                    if (!spans.empty()) strip->clearSpans();
                });
        layout->insertWidget(layout->count() - 2, row.title);
        layout->insertWidget(layout->count() - 2, row.strip);
        m_rows.push_back(row);
    }
    clearConnectivity(QString());
}

QString ConnectivityStrips::rowTitle(int row) const {
    return m_rows.at(std::size_t(row)).title->text();
}

void ConnectivityStrips::setConnectivity(int row, std::shared_ptr<const TextReading> reading,
                                         Index target, const std::vector<double>& g,
                                         long long step) {
    Row& r = m_rows.at(std::size_t(row));
    m_target = target;
    r.g = g;
    r.step = step;
    r.strip->setReading(std::move(reading));
    recolour();
}

void ConnectivityStrips::clearConnectivity(const QString& message) {
    for (Row& row : m_rows) {
        row.g.clear();
        row.step = -1;
        row.strip->setEmptyText(message);
        row.strip->setReading(nullptr);
    }
    m_legend->clear();
    recolour();
}

bool ConnectivityStrips::anyRead() const {
    for (const Row& row : m_rows)
        if (row.strip->reading()) return true;
    return false;
}

void ConnectivityStrips::recolour() {
    // The shared scale: from the smallest to the largest positive g_t of every network.
    double low = std::numeric_limits<double>::infinity(), high = 0.0;
    for (const Row& row : m_rows)
        for (double g : row.g)
            if (g > 0.0 && std::isfinite(g)) {
                low = std::min(low, g);
                high = std::max(high, g);
            }
    const ThemeStyle& style = Theme::instance().style();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const QString swatch = QStringLiteral("<span style=\"color: %1\">\u25a0</span> <b>%2</b>")
                                   .arg(style.seriesColor(int(i)).name(), row.label.toHtmlEscaped());
        row.title->setText(row.step < 0 ? swatch
                                        : swatch + QLatin1Char(' ') +
                                              tr("\u00b7 weights of step %1")
                                                  .arg(QLocale().toString(row.step)));
        if (!row.strip->reading()) continue;
        auto values = std::make_shared<std::vector<float>>(
            std::size_t(row.strip->reading()->size()), std::numeric_limits<float>::quiet_NaN());
        for (std::size_t t = 0; t < row.g.size() && t < values->size(); ++t)
            (*values)[t] = float(row.g[t]);
        StripColouring colouring;
        colouring.quantity = StripColouring::Quantity::Connectivity;
        colouring.target = m_target;
        colouring.connectivity = values;
        if (low <= high) {
            colouring.sharedLow = low;
            colouring.sharedHigh = high > low ? high : low * 10.0;
        }
        row.strip->setColouring(colouring);
        row.strip->setSelected(m_target);
    }
    // One scale for every strip: any read strip's.
    for (const Row& row : m_rows) {
        if (!row.strip->reading()) continue;
        m_legend->setScale(row.strip->scale());
        break;
    }
}

QString ConnectivityStrips::pictureTitle() const {
    QStringList labels;
    for (const Row& row : m_rows) labels << row.label;
    return tr("Connectivity compared: %1").arg(labels.join(QStringLiteral(", ")));
}

QString ConnectivityStrips::pictureHtml() const {
    if (!anyRead()) return {};
    const ThemeStyle& style = Theme::instance().style();
    QString body = QStringLiteral("<p>%1 %2</p>\n")
                       .arg(stripLegendHtml(m_legend->scale(), style),
                            m_legend->scale().name.toHtmlEscaped());
    for (const Row& row : m_rows) {
        if (!row.strip->reading()) continue;
        body += QStringLiteral("<p><b>%1</b> %2</p>\n<p style=\"white-space: pre-wrap\">%3</p>\n")
                    .arg(row.label.toHtmlEscaped(),
                         tr("\u00b7 weights of step %1").arg(QLocale().toString(row.step)),
                         stripTextHtml(*row.strip, style));
    }
    return htmlPage(pictureTitle(), body, style);
}

void ConnectivityStrips::paintPicture(QCPPainter& painter, const QSize& size) const {
    paintHtmlPage(painter, size, pictureHtml(),
                  m_rows.empty() ? font() : m_rows.front().strip->font(),
                  tr("The networks have not read the text yet."));
}

QString ConnectivityStrips::pictureCsv() const {
    const TextReading* text = nullptr;
    for (const Row& row : m_rows)
        if (row.strip->reading()) text = row.strip->reading().get();
    if (!text) return {};
    QString csv;
    QTextStream out(&csv);
    out << "n,character,next";
    for (const Row& row : m_rows)
        out << ',' << csvField(tr("g %1 (weights of step %2)").arg(row.label).arg(row.step));
    out << '\n';
    for (Index n = 0; n < text->size(); ++n) {
        const std::size_t i = std::size_t(n);
        out << n << ',' << csvField(characterText(text->characters[i])) << ','
            << csvField(nextCharacterText(*text, n));
        for (const Row& row : m_rows)
            out << ',' << (i < row.g.size() ? csvNumber(row.g[i]) : QString());
        out << '\n';
    }
    return csv;
}

void ConnectivityStrips::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    addDocumentExportActions(menu, *this, this, anyRead());
    menu.exec(event->globalPos());
}

}  // namespace rnnlab::ui
