#pragma once
// Compare's connectivity strips: the same validation window once per network being compared,
// each character coloured by that network's connectivity to the chosen character t̃,
//   g_t = ‖∂ log p(y_t̃) / ∂x_t‖     t = 0 .. t̃      (core/analysis/connectivity.h)
// all on one log scale, from the smallest to the largest g_t of every network, so that a
// colour means the same number in every strip:
//
//    ■ RNN · weights of step 300
//    The cat sat on the mat. The dog sat      only the last few characters before t̃ lit
//    ■ LSTM · weights of step 300
//    The cat sat on the mat. The dog sat      characters far back still lit
//    1e-12 [░░▒▒▓▓██] 0.83  connectivity ‖∂ log p(next) / ∂x‖ to ‘t’ (log scale)
//
// Clicking a character in any strip chooses it as t̃ for all (characterClicked). The strips are
// one picture for exports (PNG, PDF, SVG with the text as text, HTML) and one table (CSV: a
// column of g_t per network); the right-click menu offers them.

#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/train/text_reading.h"
#include "ui/plot/picture_export.h"

class QLabel;

namespace rnnlab::ui {

class StripLegend;
class TextStrip;

class ConnectivityStrips : public QWidget, public PaintedPicture {
    Q_OBJECT
public:
    explicit ConnectivityStrips(QWidget* parent = nullptr);

    // One row per network, named and coloured (the theme's series colour `row`) like its lines
    // in the plots; every strip empty.
    void setNetworks(const QStringList& labels);
    int rowCount() const { return int(m_rows.size()); }
    TextStrip* strip(int row) const { return m_rows.at(std::size_t(row)).strip; }
    QString rowTitle(int row) const;
    const StripLegend* legend() const { return m_legend; }

    // Row's window as read by its network, and g_t to character t̃ = target (g has target + 1
    // entries), with the weights of training step `step`. Every strip is recoloured on the
    // shared scale.
    void setConnectivity(int row, std::shared_ptr<const TextReading> reading, Index target,
                         const std::vector<double>& g, long long step);
    // Every strip empty, showing `message` (the window is being read, or why it cannot be).
    void clearConnectivity(const QString& message);

    // "Connectivity compared: RNN, LSTM, GRU".
    QString pictureTitle() const override;
    void paintPicture(QCPPainter& painter, const QSize& size) const override;
    QString pictureHtml() const override;
    // n, character, next, then g_t of each network (empty after t̃).
    QString pictureCsv() const override;

signals:
    void characterClicked(rnnlab::Index n);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Row {
        QString label;
        QLabel* title = nullptr;
        TextStrip* strip = nullptr;
        std::vector<double> g;
        long long step = -1;
    };
    void recolour();
    bool anyRead() const;

    std::vector<Row> m_rows;
    Index m_target = -1;
    StripLegend* m_legend = nullptr;
};

}  // namespace rnnlab::ui
