#pragma once
// The network's five likeliest next characters after one character of the strip, with their
// probabilities as bars; the character that really came next is marked.
//     after ‘t’ (window 3, step 8) · next ‘h’: 0.41 bits of surprise
//     h  ███████████████████  72.1 %   ← the true next character, in the accent colour
//     e  ████                 12.0 %
//     a  ██                    6.3 %
//     ␣  █                     3.0 %
//     o  ▌                     1.2 %

#include <QWidget>
#include <memory>

#include "core/train/text_reading.h"

namespace rnnlab::ui {

class GuessPanel : public QWidget {
    Q_OBJECT
public:
    explicit GuessPanel(QWidget* parent = nullptr);

    Index character() const { return m_character; }
    // "after ‘t’ (window 3, step 8) · next ‘h’: 0.41 bits of surprise"; a hint without one.
    QString title() const;
    // Row k (0 = likeliest): "h 72.1 %", empty when there is no such guess.
    QString guessText(int k) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setReading(std::shared_ptr<const rnnlab::TextReading> reading);
    // The character whose guesses are shown; -1 for none.
    void setCharacter(rnnlab::Index n);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString symbolText(int symbol) const;

    std::shared_ptr<const TextReading> m_reading;
    Index m_character = -1;
};

}  // namespace rnnlab::ui
