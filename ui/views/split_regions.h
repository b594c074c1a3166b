#pragma once
// The train / validation / test parts of a series drawn behind a figure's data: each part a
// tinted band across the plot with its name at the top, so one can see where the network
// stops learning and starts being tested. Restyles with the theme.

#include <QObject>
#include <array>

#include "core/data/training_data.h"

class QCPItemRect;
class QCPItemText;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class SplitRegions : public QObject {
    Q_OBJECT
public:
    explicit SplitRegions(Figure& figure);

    // Rows [begin, begin + rows) of each part (Split order); parts with no rows are hidden.
    void setParts(const std::array<Index, 3>& begin, const std::array<Index, 3>& rows);
    void setVisible(bool visible);

private:
    void applyTheme(const ThemeStyle& style);

    Figure& m_figure;
    std::array<QCPItemRect*, 3> m_bands{};
    std::array<QCPItemText*, 3> m_names{};
    bool m_visible = true;
    std::array<Index, 3> m_rows{};
};

}  // namespace rnnlab::ui
