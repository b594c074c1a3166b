#pragma once
// The banner above the views that offers the runs autosaved by sessions that did not end
// cleanly (core/io/autosave.h), one after the other, newest first:
//   Recover the unsaved run of lesson.rnnlab.json, autosaved at 10:42, step 1,200? (1 of 2)
//                                                              [Recover] [Discard] [Later]
// Each is read on the thread pool before it is shown, for its step count; one that cannot be
// read (or opened) says why and offers Discard and Later only. Recover is a request
// (recoverRequested): the window disables the banner while it opens the run, then calls
// showNext() or showError(). Discard deletes the recovery's files; Later keeps them for the
// next start. It never blocks: a window whose banner nobody answers trains and saves as usual.
// Hidden when nothing is left to offer.

#include <QFrame>
#include <vector>

#include "core/io/autosave.h"

class QLabel;
class QPushButton;

namespace rnnlab::ui {

struct ThemeStyle;

class RecoveryBanner : public QFrame {
    Q_OBJECT
public:
    explicit RecoveryBanner(QWidget* parent = nullptr);

    // Offers these in turn (findRecoveries() gives them newest first).
    void offer(std::vector<Recovery> recoveries);
    // The text shown (plain); empty while hidden.
    QString message() const;
    QPushButton* recoverButton() const { return m_recover; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* laterButton() const { return m_later; }

public slots:
    // The recovery on offer was recovered: the next one is offered.
    void showNext();
    // The recovery on offer could not be opened: why, with Discard and Later.
    void showError(const QString& error);

signals:
    void recoverRequested(const rnnlab::Recovery& recovery);

private:
    // Reads the recovery on offer and shows it once read.
    void showCurrent();
    void showText(const QString& html, bool recoverable);
    QString documentName() const;
    void applyTheme(const ThemeStyle& style);

    std::vector<Recovery> m_recoveries;
    std::size_t m_current = 0;
    int m_generation = 0;  // the newest read; older results are dropped
    QLabel* m_text = nullptr;
    QPushButton* m_recover = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_later = nullptr;
};

}  // namespace rnnlab::ui
