#pragma once
// Compare's connectivity for character models (Madsen 2019, "Visualizing memorization in
// RNNs"): the networks being compared, RNN, LSTM and GRU trained on the same text with the same
// seed, read the same validation window, and for a chosen character t̃ of it each network's
//   g_t = ‖∂ log p(y_t̃) / ∂x_t‖     t = 0 .. t̃      (core/analysis/window_connectivity.h)
// is drawn as colour on its own copy of the text (connectivity_strips.h, one log scale for
// all) and as one curve per network against steps back (connectivity_panel.h): the vanishing
// gradient on real text.
//
//   Validation window [ 3 ▴▾] of 41 · click a character to choose where to look back from
//   ┌ strips ────────────────────────────┐ ┌ curves ─────────────────────┐
//   │ ■ RNN · weights of step 300        │ │ Connectivity to ‘t’          │
//   │ The cat sat on the mat. The dog sat│ │ 10⁰ ┤•••                     │
//   │ ■ LSTM · weights of step 300       │ │10⁻⁴ ┤   ••••••••  LSTM       │
//   │ The cat sat on the mat. The dog sat│ │10⁻⁸ ┤  ••••       RNN        │
//   │ 1e-12 [░░▒▒▓▓██] 0.83 (log scale)  │ │     └─────────── steps back  │
//   └────────────────────────────────────┘ └─────────────────────────────┘
//
// t̃ starts at the window's last character, the farthest look back. The numbers are asked of
// each network's training worker (with several seeds, of its first seed) when the view is
// shown, when t̃ or the window change, and at most once a second while training; an answer for
// a window or t̃ no longer chosen is dropped.

#include <QWidget>
#include <vector>

#include "core/base/tensor_types.h"
#include "ui/text/shown_refresh.h"

class QLabel;
class QSpinBox;

namespace rnnlab::ui {

class ConnectivityPanel;
class ConnectivityStrips;
class TrainingSession;

class ConnectivityComparison : public QWidget {
    Q_OBJECT
public:
    struct Network {
        QString label;                      // "LSTM", as in the legends
        TrainingSession* session = nullptr;  // null: a run that could not be built
    };

    explicit ConnectivityComparison(QWidget* parent = nullptr);

    // The networks to compare, in their colours' order (the theme's series 0, 1, ...); the
    // window and t̃ start again at the first window's last character.
    void setNetworks(const std::vector<Network>& networks);

    ConnectivityStrips* strips() const { return m_strips; }
    ConnectivityPanel* curves() const { return m_curves; }
    QSpinBox* windowPicker() const { return m_window; }
    QString hint() const;
    // The chosen character t̃ (step in the window) and window (0-based).
    Index target() const { return m_target; }
    Index window() const { return m_windowIndex; }

    // Asks every network now and waits for their answers, also while hidden: an export or a
    // screenshot then draws the numbers of the weights as they are.
    void settle();

public slots:
    void setTarget(rnnlab::Index step);
    void setWindow(rnnlab::Index window);

signals:
    // Every network asked has answered for the window and t̃ chosen.
    void numbersShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Answer;
    void request();
    void receive(int row, quint64 generation, const QString& error, const Answer& answer);
    void showAnswer(int row, const QString& error, const Answer& answer);
    // Window or t̃ changed: the shown numbers are for another character.
    void restart();

    std::vector<Network> m_networks;
    std::vector<std::vector<double>> m_shownCurves;  // per network, the g_t drawn
    std::vector<long long> m_shownSteps;
    Index m_target = -1;  // -1: the window's last character
    Index m_windowIndex = 0;
    quint64 m_generation = 0;  // counts window and t̃ changes and network sets
    int m_awaited = 0;         // answers still to come for the last request
    QSpinBox* m_window = nullptr;
    QLabel* m_hint = nullptr;
    ConnectivityStrips* m_strips = nullptr;
    ConnectivityPanel* m_curves = nullptr;
    ShownRefresh m_refresh;
};

}  // namespace rnnlab::ui
