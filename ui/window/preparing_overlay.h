#pragma once
// What the view area shows while the experiment's new run is not ready: a card over every view
// ("Preparing the new network: LSTM, 2 × 512 units, on sine (seed 1)…", a busy bar, and what
// Play or Step pressed meanwhile will do), so that no view goes on showing the network that is
// being replaced. It covers its parent (the window's stack of views) and follows its size.

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rnnlab::ui {

struct ThemeStyle;

class PreparingOverlay : public QWidget {
    Q_OBJECT
public:
    explicit PreparingOverlay(QWidget* cover);

    QString text() const;

public slots:
    // Shown with the text (what is being prepared) and the queued note ("" for none), or hidden.
    void showPreparing(bool preparing, const QString& text, const QString& queued);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyTheme(const ThemeStyle& style);

    QWidget* m_card = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_queued = nullptr;
    QProgressBar* m_busy = nullptr;
};

}  // namespace rnnlab::ui
