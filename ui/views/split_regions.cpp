#include "ui/views/split_regions.h"

#include "ui/plot/figure.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {
// Tints of the parts: training plain, validation and test in the green and orange series
// colours, faint enough for the lines on top to stay clear.
constexpr std::array<int, 3> kTintSeries = {-1, 2, 3};
constexpr int kTintAlpha = 38;
}  // namespace

SplitRegions::SplitRegions(Figure& figure) : QObject(&figure), m_figure(figure) {
    const std::array<QString, 3> names = {tr("train"), tr("validation"), tr("test")};
    for (std::size_t i = 0; i < 3; ++i) {
        auto* band = new QCPItemRect(&figure);
        band->setLayer(QStringLiteral("background"));
        band->setClipToAxisRect(true);
        band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->setPen(Qt::NoPen);
        m_bands[i] = band;

        auto* name = new QCPItemText(&figure);
        name->setLayer(QStringLiteral("background"));
        name->setClipToAxisRect(true);
        name->position->setTypeX(QCPItemPosition::ptPlotCoords);
        name->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        name->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        name->setText(names[i]);
        m_names[i] = name;
    }
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &SplitRegions::applyTheme);
}

void SplitRegions::setParts(const std::array<Index, 3>& begin, const std::array<Index, 3>& rows) {
    m_rows = rows;
    for (std::size_t i = 0; i < 3; ++i) {
        // Bands end half a row out, so a part of one row is still visible.
        const double from = double(begin[i]) - 0.5;
        const double to = double(begin[i] + rows[i]) - 0.5;
        m_bands[i]->topLeft->setCoords(from, 0.0);
        m_bands[i]->bottomRight->setCoords(to, 1.0);
        m_names[i]->position->setCoords((from + to) / 2, 0.02);
    }
    setVisible(m_visible);
}

void SplitRegions::setVisible(bool visible) {
    m_visible = visible;
    for (std::size_t i = 0; i < 3; ++i) {
        m_bands[i]->setVisible(visible && m_rows[i] > 0);
        m_names[i]->setVisible(visible && m_rows[i] > 0);
    }
}

void SplitRegions::applyTheme(const ThemeStyle& style) {
    for (std::size_t i = 0; i < 3; ++i) {
        QColor tint = kTintSeries[i] < 0 ? Qt::transparent : style.seriesColor(kTintSeries[i]);
        if (kTintSeries[i] >= 0) tint.setAlpha(kTintAlpha);
        m_bands[i]->setBrush(tint);
        m_names[i]->setColor(style.mutedText);
        m_names[i]->setFont(style.font(FontRole::Legend));
    }
}

}  // namespace rnnlab::ui
