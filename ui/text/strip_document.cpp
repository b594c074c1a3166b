#include "ui/text/strip_document.h"

#include <QTextStream>

#include "ui/plot/figure_csv.h"
#include "ui/text/strip_colouring.h"
#include "ui/text/text_strip.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {

constexpr int kLegendSwatches = 9;

QString css(const QColor& colour) {
    return colour.name(QColor::HexRgb);
}

}  // namespace

QString stripLegendHtml(const StripScale& scale, const ThemeStyle& style) {
    QString html = QString::number(scale.low, 'g', 3) + QStringLiteral(" ");
    for (int k = 0; k < kLegendSwatches; ++k) {
        const double v = scale.low + (scale.high - scale.low) * k / (kLegendSwatches - 1);
        html += QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;</span>")
                    .arg(css(stripColour(scale, v, style)));
    }
    return html + QStringLiteral(" ") + QString::number(scale.high, 'g', 3);
}

QString stripTextHtml(const TextStrip& strip, const ThemeStyle& style) {
    const TextReading& reading = *strip.reading();
    QString html;
    QColor runColour;
    QString run;
    const auto flush = [&] {
        if (run.isEmpty()) return;
        const QString text = run.toHtmlEscaped();
        html += runColour.alpha() == 0
                    ? text
                    : QStringLiteral("<span style=\"background-color:%1; color:%2\">%3</span>")
                          .arg(css(runColour), css(textColourOn(runColour, style)), text);
        run.clear();
    };
    for (Index n = 0; n < reading.size(); ++n) {
        const QColor colour = strip.cellColour(n);
        if (colour != runColour) flush();
        runColour = colour;
        run += strip.shownCharacter(n);
        if (reading.characters[std::size_t(n)] == U'\n') run += QLatin1Char('\n');
    }
    flush();
    return html;
}

QString characterText(char32_t c) {
    const char32_t one[] = {c, 0};
    return QString::fromUcs4(one, 1);
}

QString nextCharacterText(const TextReading& reading, Index n) {
    const int next = reading.targets[std::size_t(n)];
    return next >= 0 && std::size_t(next) < reading.symbolNames.size()
               ? QString::fromStdString(reading.symbolNames[std::size_t(next)])
               : QString();
}

QString htmlPage(const QString& title, const QString& body, const ThemeStyle& style) {
    QString html;
    QTextStream out(&html);
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << title.toHtmlEscaped()
        << "</title></head>\n"
        << "<body style=\"background-color:" << css(style.plotBackground)
        << "; color:" << css(style.text) << "\">\n"
        << "<h3>" << title.toHtmlEscaped() << "</h3>\n"
        << body << "</body></html>\n";
    return html;
}

QString stripHtml(const TextStrip& strip, const QString& title, const QString& status,
                  const ThemeStyle& style) {
    if (!strip.reading()) return {};
    return htmlPage(title,
                    QStringLiteral("<p>%1</p>\n<p>%2</p>\n<p style=\"white-space: pre-wrap\">%3"
                                   "</p>\n")
                        .arg(stripLegendHtml(strip.scale(), style), status.toHtmlEscaped(),
                             stripTextHtml(strip, style)),
                    style);
}

QString stripCsv(const TextStrip& strip) {
    if (!strip.reading()) return {};
    const TextReading& reading = *strip.reading();
    const std::vector<float>& values = strip.values();
    QString csv;
    QTextStream out(&csv);
    out << "n,character,window,step,next," << csvField(strip.scale().name) << '\n';
    for (Index n = 0; n < reading.size(); ++n) {
        const std::size_t i = std::size_t(n);
        const QString nextText = nextCharacterText(reading, n);
        const double value = i < values.size() ? double(values[i]) : std::nan("");
        out << n << ',' << csvField(characterText(reading.characters[i])) << ','
            << reading.windowOf(n) << ',' << reading.stepOf(n) << ',' << csvField(nextText) << ','
            << csvNumber(value) << '\n';
    }
    return csv;
}

}  // namespace rnnlab::ui
