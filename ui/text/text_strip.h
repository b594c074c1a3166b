#pragma once
// The coloured text strip (Karpathy 2015): the characters a network read, laid out in lines
// like the text, each on a background coloured by one value (strip_colouring.h).
//
//    +---------------------------------------------+
//    | The cat sat↵                                |   each character on the colour of its
//    | on the mat. The dog                         |   value; a line end drawn as ↵
//    | 床前明月光，↵                                |
//    +---------------------------------------------+
//
// Lines break after a line end and before a word that would pass the right edge (inside a word
// only when it is longer than a line, and anywhere in a text without spaces, as Chinese). Each
// cell is as wide as its character in the font (QFontMetrics), so Latin and CJK characters
// both lay out. A line end is drawn as ↵ and a tab as ⇥ (shown_symbol.h); a space stays blank
// so that the text reads as text. The layout is computed when the reading, the font or the
// width changes, and paint only draws it. Hovering a character and clicking one (selecting
// it) are announced; the view shows that character's guesses.

#include <QWidget>
#include <memory>
#include <vector>

#include "core/train/text_reading.h"
#include "ui/text/strip_colouring.h"

namespace rnnlab::ui {

struct ThemeStyle;

class TextStrip : public QWidget {
    Q_OBJECT
public:
    explicit TextStrip(QWidget* parent = nullptr);

    const std::shared_ptr<const TextReading>& reading() const { return m_reading; }
    const StripScale& scale() const { return m_scale; }
    Index hovered() const { return m_hovered; }
    Index selected() const { return m_selected; }
    // Cell of character n in widget coordinates (empty when there is none).
    QRectF cellRect(Index n) const;
    // The character under a point, or -1.
    Index characterAt(const QPointF& point) const;
    // The text as drawn, one string per cell.
    QString shownCharacter(Index n) const;
    // The background of character n.
    QColor cellColour(Index n) const;
    // The value that colours each character (NaN: none), as strip_colouring.h computes it.
    const std::vector<float>& values() const { return m_values; }
    // Height of the laid out text at the current width.
    int contentHeight() const { return m_contentHeight; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // The reading to draw, coloured as setColouring says; null draws the empty text instead.
    // The selection (and, for the same text, the hovered character) stays where it was.
    void setReading(std::shared_ptr<const rnnlab::TextReading> reading);
    void setColouring(const rnnlab::ui::StripColouring& colouring);
    void setEmptyText(const QString& text);
    void setSelected(rnnlab::Index n);

signals:
    void hoveredChanged(rnnlab::Index n);  // -1 when the pointer leaves the characters
    void clicked(rnnlab::Index n);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyTheme(const ThemeStyle& style);
    void recolour();
    void relayout();
    void setHovered(Index n);

    std::shared_ptr<const TextReading> m_reading;
    StripColouring m_colouring;
    std::vector<float> m_values;
    StripScale m_scale;
    QString m_emptyText;
    std::vector<QRectF> m_cells;  // one per character
    int m_contentHeight = 0;
    int m_laidOutWidth = -1;
    Index m_hovered = -1;
    Index m_selected = -1;
};

}  // namespace rnnlab::ui
