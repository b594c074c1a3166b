#include "ui/theme/theme_style.h"

#include <QApplication>
#include <QFontInfo>

namespace rnnlab::ui {

namespace {

// Colour-blind-safe cycles (after Okabe & Ito 2008 / Tableau 10), one per scheme and contrast.
const QList<QColor> kLightSeries = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
const QList<QColor> kDarkSeries = {QColor(0x58, 0xa6, 0xff), QColor(0xff, 0x6b, 0x6b),
                                   QColor(0x5a, 0xd1, 0x7a), QColor(0xff, 0xa9, 0x4d),
                                   QColor(0xc2, 0x97, 0xff), QColor(0xd4, 0xa3, 0x73),
                                   QColor(0xff, 0x8c, 0xc6), QColor(0x4d, 0xd8, 0xe6)};
const QList<QColor> kLightContrastSeries = {QColor(0x00, 0x44, 0xcc), QColor(0xcc, 0x00, 0x00),
                                            QColor(0x00, 0x80, 0x00), QColor(0xd9, 0x5f, 0x00),
                                            QColor(0x70, 0x00, 0xc0), QColor(0x00, 0x00, 0x00),
                                            QColor(0xc0, 0x00, 0x80), QColor(0x00, 0x80, 0x90)};
const QList<QColor> kDarkContrastSeries = {QColor(0x4d, 0xa3, 0xff), QColor(0xff, 0x4d, 0x4d),
                                           QColor(0x33, 0xdd, 0x55), QColor(0xff, 0xb0, 0x00),
                                           QColor(0xd0, 0x8b, 0xff), QColor(0xff, 0xff, 0xff),
                                           QColor(0xff, 0x66, 0xcc), QColor(0x00, 0xe5, 0xff)};

}  // namespace

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float((1 - t) * a.redF() + t * b.redF()),
                            float((1 - t) * a.greenF() + t * b.greenF()),
                            float((1 - t) * a.blueF() + t * b.blueF()));
}

ThemeStyle makeThemeStyle(ColorScheme scheme, bool presentation) {
    ThemeStyle s;
    s.scheme = scheme;
    s.presentation = presentation;
    const bool dark = scheme == ColorScheme::Dark;
    if (dark) {
        s.window = presentation ? QColor(0x0a, 0x0a, 0x0a) : QColor(0x25, 0x27, 0x2b);
        s.plotBackground = presentation ? QColor(Qt::black) : QColor(0x1a, 0x1b, 0x1e);
        s.text = presentation ? QColor(Qt::white) : QColor(0xe6, 0xe6, 0xe6);
        s.mutedText = presentation ? QColor(0xd0, 0xd0, 0xd0) : QColor(0xa0, 0xa4, 0xab);
        s.axis = presentation ? QColor(0xf0, 0xf0, 0xf0) : QColor(0xb0, 0xb4, 0xbb);
        s.grid = presentation ? QColor(0x55, 0x55, 0x55) : QColor(0x3a, 0x3d, 0x42);
        s.accent = QColor(0xff, 0xc8, 0x3d);
        s.series = presentation ? kDarkContrastSeries : kDarkSeries;
    } else {
        s.window = presentation ? QColor(Qt::white) : QColor(0xf3, 0xf4, 0xf6);
        s.plotBackground = QColor(Qt::white);
        s.text = presentation ? QColor(Qt::black) : QColor(0x1f, 0x23, 0x28);
        s.mutedText = presentation ? QColor(0x30, 0x30, 0x30) : QColor(0x57, 0x60, 0x6a);
        s.axis = presentation ? QColor(Qt::black) : QColor(0x4a, 0x50, 0x58);
        s.grid = presentation ? QColor(0xbb, 0xbb, 0xbb) : QColor(0xdd, 0xe0, 0xe4);
        s.accent = QColor(0xe0, 0x8a, 0x00);
        s.series = presentation ? kLightContrastSeries : kLightSeries;
    }
    s.disabledText = blend(s.text, s.window, 0.6);
    s.lineWidth = presentation ? 4.0 : 2.0;
    s.axisWidth = presentation ? 2.0 : 1.0;
    s.iconSize = presentation ? 36 : 24;
    return s;
}

QColor ThemeStyle::seriesColor(int index) const {
    const int n = int(series.size());
    return series[((index % n) + n) % n];
}

int ThemeStyle::pointSize(FontRole role) const {
    // Normal sizes suit a laptop at arm's length; presentation sizes a 1080p projector
    // read from the back of a classroom (about 1/50 of the screen height per line).
    switch (role) {
        case FontRole::Widget:
            return presentation ? 16 : 10;
        case FontRole::Tick:
            return presentation ? 18 : 10;
        case FontRole::AxisLabel:
            return presentation ? 20 : 11;
        case FontRole::Legend:
            return presentation ? 18 : 10;
        case FontRole::Title:
            return presentation ? 24 : 13;
        case FontRole::Diagram:
            return presentation ? 18 : 11;
    }
    return 10;
}

QFont ThemeStyle::font(FontRole role) const {
    QFont f = QApplication::font();
    // The concrete family ("DejaVu Sans"), not Qt's alias "Sans Serif": SVG and PDF readers
    // do not know the alias.
    f.setFamily(QFontInfo(f).family());
    f.setPointSize(pointSize(role));
    f.setBold(role == FontRole::Title);
    return f;
}

QPalette ThemeStyle::palette() const {
    QPalette p;
    const QColor base = scheme == ColorScheme::Dark ? plotBackground : QColor(Qt::white);
    const QColor button = window;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, seriesColor(0));
    p.setColor(QPalette::Highlight, seriesColor(0));
    p.setColor(QPalette::HighlightedText, scheme == ColorScheme::Dark ? Qt::black : Qt::white);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    return p;
}

}  // namespace rnnlab::ui
