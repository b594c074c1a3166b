// The series palette is one colour-blind-safe set (Okabe & Ito 2008) that stays readable in
// every theme: each colour stands out from the plot background (WCAG 2.1 non-text contrast,
// at least 3:1), and every two colours differ by at least kMinDeltaE (CIE 1976 ΔE*ab) for
// normal vision and by at least kMinDeltaEColourBlind as a deuteranope, protanope or
// tritanope sees them (Machado, Oliveira & Fernandes 2009, severity 1).
#include <array>
#include <cmath>

#include "test_main.h"
#include "ui/theme/theme_style.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab::ui;

namespace {

constexpr double kMinContrast = 3.0;
constexpr double kMinDeltaE = 20.0;
constexpr double kMinDeltaEColourBlind = 9.0;

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

// sRGB channel (0..1) to linear light, IEC 61966-2-1.
double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 linearRgb(const QColor& c) {
    return {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
}

// WCAG 2.1 relative luminance and contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
double luminance(const Vec3& rgb) {
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(linearRgb(a)), lb = luminance(linearRgb(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Linear sRGB to CIELAB with the D65 white point.
Vec3 lab(const Vec3& rgb) {
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const Vec3& a, const Vec3& b) {
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

// Machado et al. 2009, Table 1 at severity 1.0, applied to linear RGB.
const Mat3 kDeuteranopia = {{{0.367322, 0.860646, -0.227968},
                             {0.280085, 0.672501, 0.047413},
                             {-0.011820, 0.042940, 0.968881}}};
const Mat3 kProtanopia = {{{0.152286, 1.052583, -0.204868},
                           {0.114503, 0.786281, 0.099216},
                           {-0.003882, -0.048116, 1.051998}}};
const Mat3 kTritanopia = {{{1.255528, -0.076749, -0.178779},
                           {-0.078411, 0.930809, 0.147602},
                           {0.004733, 0.691367, 0.303900}}};

Vec3 simulate(const Mat3& m, const Vec3& rgb) {
    Vec3 out{};
    for (int i = 0; i < 3; ++i) {
        const double v = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
        out[i] = std::clamp(v, 0.0, 1.0);
    }
    return out;
}

QString describe(const ThemeStyle& s) {
    return QStringLiteral("%1%2").arg(s.scheme == ColorScheme::Dark ? "dark" : "light",
                                      s.presentation ? " presentation" : "");
}

QList<ThemeStyle> everyTheme() {
    QList<ThemeStyle> styles;
    for (ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        for (bool presentation : {false, true}) styles << makeThemeStyle(scheme, presentation);
    }
    return styles;
}

}  // namespace

class TestThemePalette : public QObject {
    Q_OBJECT
private slots:
    void measuresAreRightOnKnownColours() {
        // Black on white is the largest contrast, 21:1; a colour against itself is 1:1.
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(QColor(0x76, 0x76, 0x76), QColor(0x76, 0x76, 0x76)), 1.0);
        // #767676 is the lightest grey with 4.5:1 on white (the WCAG text minimum).
        QVERIFY(std::abs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        // White is L* = 100, a = b = 0; black L* = 0: ΔE 100.
        QVERIFY(std::abs(deltaE(lab(linearRgb(Qt::white)), lab(linearRgb(Qt::black))) - 100) <
                0.01);
        // A deuteranope does not tell red from green: pure red and a green of the same
        // luminance come out close, while for normal vision they are far apart.
        const Vec3 red = linearRgb(QColor(0xd0, 0x30, 0x30));
        const Vec3 green = linearRgb(QColor(0x50, 0x80, 0x10));
        QVERIFY(deltaE(lab(red), lab(green)) > 60);
        QVERIFY(deltaE(lab(simulate(kDeuteranopia, red)), lab(simulate(kDeuteranopia, green))) <
                25);
    }

    void oneCycleOfEightColoursPerScheme() {
        for (const ThemeStyle& s : everyTheme()) {
            QCOMPARE(s.series.size(), 8);
            // Presentation mode changes sizes, not the meaning of a colour.
            QCOMPARE(s.series, makeThemeStyle(s.scheme, !s.presentation).series);
        }
    }

    void everySeriesStandsOutFromThePlotBackground() {
        for (const ThemeStyle& s : everyTheme()) {
            for (const QColor& c : s.series) {
                const double ratio = contrast(c, s.plotBackground);
                if (ratio < kMinContrast) {
                    QFAIL(qPrintable(QStringLiteral("%1: %2 on %3 is only %4:1")
                                         .arg(describe(s), c.name(), s.plotBackground.name())
                                         .arg(ratio, 0, 'f', 2)));
                }
            }
        }
    }

    void everyPairIsDistinctForEveryVision() {
        const QList<std::pair<QString, const Mat3*>> visions = {
            {QStringLiteral("normal"), nullptr},
            {QStringLiteral("deuteranope"), &kDeuteranopia},
            {QStringLiteral("protanope"), &kProtanopia},
            {QStringLiteral("tritanope"), &kTritanopia}};
        for (const ThemeStyle& s : everyTheme()) {
            for (const auto& visionEntry : visions) {
                const QString& vision = visionEntry.first;
                const Mat3* matrix = visionEntry.second;  // a lambda cannot capture a binding
                const double minimum = matrix ? kMinDeltaEColourBlind : kMinDeltaE;
                const auto seen = [&](const QColor& c) {
                    return lab(matrix ? simulate(*matrix, linearRgb(c)) : linearRgb(c));
                };
                for (int i = 0; i < s.series.size(); ++i) {
                    for (int j = i + 1; j < s.series.size(); ++j) {
                        const double d = deltaE(seen(s.series[i]), seen(s.series[j]));
                        if (d < minimum) {
                            QFAIL(qPrintable(QStringLiteral("%1, %2 vision: series %3 (%4) and "
                                                            "%5 (%6) differ by ΔE %7 only")
                                                 .arg(describe(s), vision)
                                                 .arg(i)
                                                 .arg(s.series[i].name())
                                                 .arg(j)
                                                 .arg(s.series[j].name())
                                                 .arg(d, 0, 'f', 1)));
                        }
                    }
                }
            }
        }
    }
};

RNNLAB_TEST_MAIN(TestThemePalette)
}  // namespace RNNLAB_TEST_FILE

#include "tst_theme_style.moc"
