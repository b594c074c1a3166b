#pragma once
// The connectivity curve of the Text view (Madsen 2019, "Visualizing memorization in RNNs"):
// how strongly each earlier character moves the prediction at the chosen one,
// g_t = ‖∂ log p(y_t̃) / ∂x_t‖ (core/analysis/connectivity.h), against how far back it is.
//
//      Connectivity to ‘h’ (weights of step 900)
//   10⁰ ┤•
//  10⁻² ┤ ••
//  10⁻⁴ ┤   •••  ••
//  10⁻⁶ ┤       ••  •••••
//       └──────────────────── steps back t̃ − t
//   a hint below the plot while there is no curve ("Click a character…")
//
// The y axis is logarithmic: a vanishing gradient is a straight fall. Compare draws one curve
// per network on the same text (connectivity_comparison.h), named in the legend. The figure
// exports like every figure (right-click: PNG, PDF, SVG, CSV).

#include <QWidget>
#include <vector>

class QLabel;

namespace rnnlab::ui {

class Figure;

struct ConnectivityCurve {
    QString label;          // the legend's name; one curve alone has no legend
    std::vector<double> g;  // g_t for t = 0 .. t̃ (the last entry is t̃ itself)
    int colour = 0;         // the theme's series colour
};

class ConnectivityPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectivityPanel(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    // Points of the first curve: t̃ + 1 while one is shown, else 0.
    int pointCount() const;
    int curveCount() const;
    QString hint() const;

    // g_t for t = 0 .. t̃ (the last entry is t̃ itself), to `character` (as shown, quoted),
    // computed with the weights of training step `step`. Points that a log axis cannot show
    // (g_t = 0) are gaps.
    void setConnectivity(const QString& character, const std::vector<double>& g, long long step);
    // Several curves under one title; none is the same as clear(QString()).
    void setCurves(const QString& title, const std::vector<ConnectivityCurve>& curves);
    // No curve; the hint says why (or what to do).
    void clear(const QString& hint);

private:
    Figure* m_figure = nullptr;
    QLabel* m_hint = nullptr;
};

}  // namespace rnnlab::ui
