#include "ui/text/guess_panel.h"

#include <QPainter>
#include <cmath>

#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"

namespace rnnlab::ui {

namespace {
constexpr int kGuessRows = kReadingGuesses + 1;  // the title, then one row per guess
constexpr int kGuessMaxBarWidth = 240;
constexpr int kGuessGap = 8;

QString quotedSymbol(const QString& s) {
    return QStringLiteral("\u2018%1\u2019").arg(s);
}
}  // namespace

GuessPanel::GuessPanel(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
}

void GuessPanel::setReading(std::shared_ptr<const TextReading> reading) {
    m_reading = std::move(reading);
    if (!m_reading || m_character >= m_reading->size()) m_character = -1;
    update();
}

void GuessPanel::setCharacter(Index n) {
    if (!m_reading || n < 0 || n >= m_reading->size()) n = -1;
    if (n == m_character) return;
    m_character = n;
    update();
}

QString GuessPanel::symbolText(int symbol) const {
    if (!m_reading || symbol < 0 || std::size_t(symbol) >= m_reading->symbolNames.size()) return {};
    return shownSymbol(m_reading->symbolNames[std::size_t(symbol)]);
}

QString GuessPanel::title() const {
    if (m_character < 0) return tr("Point at a character to see what the network expects next.");
    const auto n = std::size_t(m_character);
    const char32_t c = m_reading->characters[n];
    const QString read = shownSymbol(QString::fromUcs4(&c, 1).toStdString());
    QString text = m_reading->source == TextReading::Source::Validation
                       ? tr("after %1 (window %2, step %3)")
                             .arg(quotedSymbol(read))
                             .arg(m_reading->windowOf(m_character) + 1)
                             .arg(m_reading->stepOf(m_character) + 1)
                       : tr("after %1 (character %2)").arg(quotedSymbol(read)).arg(m_character + 1);
    const int target = m_reading->targets[n];
    if (target < 0) return text + tr(" \u00b7 the text ends here");
    return text + tr(" \u00b7 next %1: %2 bits of surprise")
                      .arg(quotedSymbol(symbolText(target)))
                      .arg(double(m_reading->surpriseBits[n]), 0, 'f', 2);
}

QString GuessPanel::guessText(int k) const {
    if (m_character < 0 || k < 0 || k >= kReadingGuesses) return {};
    const int symbol = m_reading->guesses[std::size_t(m_character)][std::size_t(k)];
    if (symbol < 0) return {};
    const float p = m_reading->probabilities[std::size_t(m_character)][std::size_t(k)];
    return QStringLiteral("%1 %2 %").arg(symbolText(symbol)).arg(double(p) * 100.0, 0, 'f', 1);
}

QSize GuessPanel::sizeHint() const {
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(title()) + 2 * kGuessGap, kGuessRows * (fm.height() + 2) + 4};
}

QSize GuessPanel::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {200, kGuessRows * (fm.height() + 2) + 4};
}

void GuessPanel::paintEvent(QPaintEvent*) {
    const ThemeStyle& style = Theme::instance().style();
    QPainter p(this);
    const QFontMetrics fm(font());
    const int row = fm.height() + 2;
    p.setPen(m_character < 0 ? style.mutedText : style.text);
    p.drawText(QRect(0, 0, width(), row), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(title(), Qt::ElideRight, width()));
    if (m_character < 0) return;
    const auto n = std::size_t(m_character);
    const int symbolWidth = fm.horizontalAdvance(QStringLiteral("\u4e2dW")) + kGuessGap;
    const int barSpace = std::max(20, std::min(kGuessMaxBarWidth, width() / 2));
    const int target = m_reading->targets[n];
    for (int k = 0; k < kReadingGuesses; ++k) {
        const int symbol = m_reading->guesses[n][std::size_t(k)];
        if (symbol < 0) break;
        const double prob = m_reading->probabilities[n][std::size_t(k)];
        const int y = (k + 1) * row + 2;
        const bool truth = symbol == target;
        p.setPen(truth ? style.accent : style.text);
        p.drawText(QRect(kGuessGap, y, symbolWidth, row), Qt::AlignVCenter | Qt::AlignHCenter,
                   symbolText(symbol));
        const int barWidth = std::max(1, int(std::round(prob * barSpace)));
        p.fillRect(QRect(kGuessGap + symbolWidth, y + 3, barWidth, row - 6),
                   truth ? style.accent : style.seriesColor(0));
        p.setPen(style.text);
        p.drawText(QRect(kGuessGap + symbolWidth + barWidth + kGuessGap / 2, y,
                         8 * fm.averageCharWidth(), row),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1 %").arg(prob * 100.0, 0, 'f', 1));
    }
}

}  // namespace rnnlab::ui
