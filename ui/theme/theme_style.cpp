#include "ui/theme/theme_style.h"

#include <QApplication>
#include <QFontInfo>

namespace rnnlab::ui {

namespace {

// One colour-blind-safe cycle per scheme, the same in presentation mode: Okabe & Ito's eight
// colours (2008), each at least 3:1 against the plot background (WCAG 2.1, non-text contrast)
// and every pair distinct for normal, deutan, protan and tritan vision
// (tests/ui/theme/tst_theme_style.cpp). The indices keep their meaning in both schemes: 0 blue, 1
// vermillion (warnings), 2 green, 3 yellow, 4 purple, 5 the data (black / near-white); 6 and 7 are
// sky blue and grey on white, orange and blue on dark. On white, yellow and sky blue are darkened
// (same hue, linear RGB scaled) to reach 3:1, and grey replaces orange, which a deuteranope would
// not tell from vermillion once darkened.
const QList<QColor> kLightSeries = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x00, 0x9e, 0x73), QColor(0x9f, 0x96, 0x28),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x00, 0x00),
                                    QColor(0x4a, 0x9c, 0xca), QColor(0x76, 0x76, 0x76)};
const QList<QColor> kDarkSeries = {QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                   QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
                                   QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0xe6, 0xe6),
                                   QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x72, 0xb2)};

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
        s.annotation = QColor(0xff, 0x3d, 0x9a);
        s.series = kDarkSeries;
    } else {
        s.window = presentation ? QColor(Qt::white) : QColor(0xf3, 0xf4, 0xf6);
        s.plotBackground = QColor(Qt::white);
        s.text = presentation ? QColor(Qt::black) : QColor(0x1f, 0x23, 0x28);
        s.mutedText = presentation ? QColor(0x30, 0x30, 0x30) : QColor(0x57, 0x60, 0x6a);
        s.axis = presentation ? QColor(Qt::black) : QColor(0x4a, 0x50, 0x58);
        s.grid = presentation ? QColor(0xbb, 0xbb, 0xbb) : QColor(0xdd, 0xe0, 0xe4);
        s.accent = QColor(0xe0, 0x8a, 0x00);
        s.annotation = QColor(0xe6, 0x00, 0x7e);
        s.series = kLightSeries;
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
