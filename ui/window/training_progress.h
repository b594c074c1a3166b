#pragma once
// The toolbar's progress read-out: "epoch 12 / 50  [=====-----]  ETA 8 s". The training
// controller calls setProgress while training runs and clear() when it stops.

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace rnnlab::ui {

struct ThemeStyle;

// "8 s", "1 min 05 s", "2 h 03 min"; "" for a negative (unknown) time.
QString formatEta(double seconds);

class TrainingProgress : public QWidget {
    Q_OBJECT
public:
    explicit TrainingProgress(QWidget* parent = nullptr);

    QString epochText() const;
    QString etaText() const;
    int percent() const;

public slots:
    // etaSeconds < 0: not known yet (first epoch).
    void setProgress(int epoch, int epochs, double etaSeconds);
    void clear();

private:
    void applyTheme(const ThemeStyle& style);

    QLabel* m_epoch = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_eta = nullptr;
};

}  // namespace rnnlab::ui
