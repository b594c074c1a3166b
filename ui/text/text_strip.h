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
//
// Dragging over characters selects the span from where the press was to where the pointer is
// (neuron search, neuron_search_panel.h, ranks the units that follow it); Shift+drag adds one
// more span. Spans are underlined in the accent colour, in the gap below a line so that the
// underline reads whatever a cell's colour:
//    | on the mat. The dog |
//           ‾‾‾‾‾‾‾          a span
// A click without a drag selects one character as before and leaves the spans alone.

#include <QWidget>
#include <memory>
#include <vector>

#include "core/train/neuron_search.h"
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
    // The dragged spans, in the order they were made (empty when there are none).
    const std::vector<CharacterSpan>& spans() const { return m_spans; }
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
    // The selection (and, for the same text, the hovered character and the spans) stays where
    // it was; another text drops the spans (spansChanged).
    void setReading(std::shared_ptr<const rnnlab::TextReading> reading);
    void setColouring(const rnnlab::ui::StripColouring& colouring);
    void setEmptyText(const QString& text);
    void setSelected(rnnlab::Index n);
    void setSpans(const std::vector<rnnlab::CharacterSpan>& spans);
    void clearSpans();
    // Lays the text out as one paragraph: a line end is drawn (↵) but starts no new line, and
    // the strip asks for no more height than its text (strips stacked one above the other,
    // as Compare shows them).
    void setFlowing(bool flowing);

signals:
    void hoveredChanged(rnnlab::Index n);  // -1 when the pointer leaves the characters
    void clicked(rnnlab::Index n);
    // The spans changed: a drag ended, they were set or cleared, or another text dropped them.
    void spansChanged(const std::vector<rnnlab::CharacterSpan>& spans);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyTheme(const ThemeStyle& style);
    void recolour();
    void relayout();
    void setHovered(Index n);
    // Follows a drag to character n: the span being made runs from the press to n.
    void dragTo(Index n);

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
    std::vector<CharacterSpan> m_spans;
    Index m_pressed = -1;       // the character a left press went down on, until release
    bool m_dragging = false;    // the pointer left that character while pressed
    bool m_addingSpan = false;  // Shift was down at the press: the drag adds a span
    bool m_flowing = false;
};

}  // namespace rnnlab::ui
