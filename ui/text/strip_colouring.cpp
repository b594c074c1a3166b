#include "ui/text/strip_colouring.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/text/shown_symbol.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {

// The (N, H) matrix a colouring reads, or null.
const Matrix<float>* source(const TextReading& reading, const StripColouring& c) {
    if (c.layer < 0 || std::size_t(c.layer) >= reading.layers.size()) return nullptr;
    const LayerReading& layer = reading.layers[std::size_t(c.layer)];
    const Matrix<float>* m = nullptr;
    if (c.quantity == StripColouring::Quantity::Hidden) m = &layer.h;
    if (c.quantity == StripColouring::Quantity::Cell && layer.c.size() > 0) m = &layer.c;
    if (c.quantity == StripColouring::Quantity::Gate && c.gate >= 0 &&
        std::size_t(c.gate) < layer.gates.size())
        m = &layer.gates[std::size_t(c.gate)];
    if (m && (c.unit < 0 || c.unit >= m->cols())) return nullptr;
    return m;
}

// tanh-valued gates: g (LSTM) and n (GRU); the others are σ.
bool isTanhGate(const std::string& name) {
    return name == "g" || name == "n";
}

}  // namespace

QString quotedCharacter(const TextReading& reading, Index n) {
    const char32_t c = reading.characters[std::size_t(n)];
    return QStringLiteral("\u2018%1\u2019")
        .arg(shownSymbol(QString::fromUcs4(&c, 1).toStdString()));
}

std::vector<float> stripValues(const TextReading& reading, const StripColouring& colouring) {
    if (colouring.quantity == StripColouring::Quantity::Surprise) return reading.surpriseBits;
    std::vector<float> values(std::size_t(reading.size()), std::numeric_limits<float>::quiet_NaN());
    if (colouring.quantity == StripColouring::Quantity::Connectivity) {
        if (colouring.connectivity && colouring.connectivity->size() == values.size())
            values = *colouring.connectivity;
        return values;
    }
    if (const Matrix<float>* m = source(reading, colouring))
        for (Index n = 0; n < reading.size(); ++n) values[std::size_t(n)] = (*m)(n, colouring.unit);
    return values;
}

StripScale stripScale(const TextReading& reading, const StripColouring& colouring,
                      const std::vector<float>& values) {
    StripScale scale;
    const QString where = QCoreApplication::translate("rnnlab::ui::TextView", "layer %1, unit %2")
                              .arg(colouring.layer + 1)
                              .arg(colouring.unit + 1);
    switch (colouring.quantity) {
        case StripColouring::Quantity::Surprise:
            scale.kind = StripScale::Kind::Surprise;
            scale.low = 0.0;
            scale.high = std::log2(std::max<double>(2.0, double(reading.symbolNames.size())));
            scale.name = QCoreApplication::translate(
                "rnnlab::ui::TextView", "surprise \u2212log\u2082 p of the next character (bits)");
            break;
        case StripColouring::Quantity::Hidden:
            scale.kind = StripScale::Kind::Diverging;
            scale.low = -1.0;
            scale.name = QCoreApplication::translate("rnnlab::ui::TextView", "h, hidden state (%1)")
                             .arg(where);
            break;
        case StripColouring::Quantity::Cell: {
            double m = 1.0;
            for (float v : values)
                if (std::isfinite(v)) m = std::max(m, double(std::abs(v)));
            scale.kind = StripScale::Kind::Diverging;
            scale.low = -m;
            scale.high = m;
            scale.name = QCoreApplication::translate("rnnlab::ui::TextView", "c, cell state (%1)")
                             .arg(where);
            break;
        }
        case StripColouring::Quantity::Gate: {
            std::string name;
            if (colouring.layer >= 0 && std::size_t(colouring.layer) < reading.layers.size()) {
                const auto& names = reading.layers[std::size_t(colouring.layer)].gateNames;
                if (colouring.gate >= 0 && std::size_t(colouring.gate) < names.size())
                    name = names[std::size_t(colouring.gate)];
            }
            const bool tanh = isTanhGate(name);
            scale.kind = tanh ? StripScale::Kind::Diverging : StripScale::Kind::Sequential;
            scale.low = tanh ? -1.0 : 0.0;
            scale.name = QCoreApplication::translate("rnnlab::ui::TextView", "gate %1 (%2)")
                             .arg(QString::fromStdString(name), where);
            break;
        }
        case StripColouring::Quantity::Connectivity: {
            double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
            for (float v : values)
                if (v > 0 && std::isfinite(v)) {
                    lo = std::min(lo, double(v));
                    hi = std::max(hi, double(v));
                }
            if (!(lo <= hi)) lo = hi = 1.0;
            if (colouring.sharedLow > 0.0 && colouring.sharedHigh >= colouring.sharedLow) {
                lo = colouring.sharedLow;
                hi = colouring.sharedHigh;
            }
            scale.kind = StripScale::Kind::Logarithmic;
            scale.low = lo;
            scale.high = hi > lo ? hi : lo * 10.0;
            const Index t = colouring.target;
            scale.name = t >= 0 && t < reading.size()
                             ? QCoreApplication::translate("rnnlab::ui::TextView",
                                                           "connectivity \u2016\u2202 log p(next) "
                                                           "/ \u2202x\u2016 to %1 (log scale)")
                                   .arg(quotedCharacter(reading, t))
                             : QCoreApplication::translate(
                                   "rnnlab::ui::TextView",
                                   "connectivity \u2016\u2202 log p(next) / \u2202x\u2016: click "
                                   "a character (log scale)");
            break;
        }
    }
    return scale;
}

QColor stripColour(const StripScale& scale, double value, const ThemeStyle& style) {
    if (!std::isfinite(value)) return Qt::transparent;
    const QColor blue(0x21, 0x66, 0xac), red(0xb2, 0x18, 0x2b), green(0x1b, 0x78, 0x37);
    const QColor orange(0xd9, 0x48, 0x01), purple(0x6a, 0x3d, 0x9a);
    const double span = scale.high - scale.low;
    if (scale.kind == StripScale::Kind::Diverging) {
        const double half = span / 2.0;
        const double t = std::clamp(value / (half > 0 ? half : 1.0), -1.0, 1.0);
        return t < 0 ? blend(style.plotBackground, blue, -t) : blend(style.plotBackground, red, t);
    }
    if (scale.kind == StripScale::Kind::Logarithmic) {
        const double decades = std::log10(scale.high / scale.low);
        const double t =
            value > 0 ? std::clamp(std::log10(value / scale.low) / (decades > 0 ? decades : 1.0),
                                   0.0, 1.0)
                      : 0.0;
        // A light purple on a dark background: the dark one would hardly stand out there.
        const bool dark = style.plotBackground.lightnessF() < 0.5;
        return blend(style.plotBackground, dark ? QColor(0xc2, 0xa5, 0xcf) : purple, t);
    }
    const double t = std::clamp((value - scale.low) / (span > 0 ? span : 1.0), 0.0, 1.0);
    return blend(style.plotBackground, scale.kind == StripScale::Kind::Surprise ? orange : green,
                 t);
}

double stripScaleValue(const StripScale& scale, double f) {
    if (scale.kind == StripScale::Kind::Logarithmic)
        return scale.low * std::pow(scale.high / scale.low, f);
    return scale.low + f * (scale.high - scale.low);
}

QColor textColourOn(const QColor& background, const ThemeStyle& style) {
    if (background.alpha() == 0) return style.text;
    // Relative luminance (ITU-R BT.709 weights) on the sRGB channels: a good enough contrast test.
    const double y =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return y > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString gatePickerTitle(const std::string& name) {
    const char* title =
        name == "i"   ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "i, input gate")
        : name == "f" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "f, forget gate")
        : name == "g" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "g, candidate cell")
        : name == "o" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "o, output gate")
        : name == "r" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "r, reset gate")
        : name == "z" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "z, update gate")
        : name == "n" ? QT_TRANSLATE_NOOP("rnnlab::ui::TextView", "n, candidate state")
                      : nullptr;
    return title ? QCoreApplication::translate("rnnlab::ui::TextView", title)
                 : QString::fromStdString(name);
}

}  // namespace rnnlab::ui
