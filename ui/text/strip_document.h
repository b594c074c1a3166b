#pragma once
// The coloured text strip (text_strip.h) written out, for slides, papers and spreadsheets:
//
//   HTML  the text as text, each character on the background it has on screen, the line ends
//         kept (white-space: pre-wrap, so the reader's width wraps the lines); above it the
//         title, the colour scale as a row of swatches from its low to its high end, and the
//         reading's status line (characters, bits per character, the step of the weights)
//           <h3>Text: surprise −log₂ p (bits)</h3>
//           <p>0 ▇▇▇▇▇▇▇▇▇ 6.17 · 1,500 characters in 15 windows of 100 · …</p>
//           <p style="white-space: pre-wrap"><span style="background:#f4a582">T</span>…</p>
//   CSV   one row per character: n, the character, its window and step, the next character
//         and the value that colours it (empty where it has none), under a header naming the
//         quantity:  n,character,window,step,next,surprise −log₂ p (bits)
//
// The pictures (PNG, PDF, SVG: strip_picture.h) are the HTML laid out at the picture's width,
// so an SVG or a PDF keeps the characters as text.

#include <QString>

#include "core/train/text_reading.h"

namespace rnnlab::ui {

class TextStrip;
struct StripScale;
struct ThemeStyle;

// Empty when the strip shows no reading.
QString stripHtml(const TextStrip& strip, const QString& title, const QString& status,
                  const ThemeStyle& style);
QString stripCsv(const TextStrip& strip);

// The parts of the page, for pages of several strips (Compare's connectivity):
// A whole page: its title as heading above `body`, on the theme's plot background.
QString htmlPage(const QString& title, const QString& body, const ThemeStyle& style);
// "0 ▇▇▇▇▇▇▇▇▇ 6.17": the scale from its low to its high end, swatch by swatch.
QString stripLegendHtml(const StripScale& scale, const ThemeStyle& style);
// The characters, a run of equal backgrounds in one span; a line end drawn as ↵ and kept
// (for a paragraph with white-space: pre-wrap). The strip must show a reading.
QString stripTextHtml(const TextStrip& strip, const ThemeStyle& style);
// One character as a string (a CSV field's text).
QString characterText(char32_t c);
// The next character after character n as the vocabulary stores it; empty where there is none.
QString nextCharacterText(const TextReading& reading, Index n);

}  // namespace rnnlab::ui
