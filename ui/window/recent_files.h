#pragma once
// The most recently opened files, newest first, kept in QSettings ("recentFiles") so the
// File > Open Recent menu survives restarts; a headless run (--screenshot) keeps them to itself.

#include <QObject>
#include <QStringList>

namespace rnnlab::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    // false: changes stay in this window and never reach QSettings.
    void setStored(bool stored) { m_stored = stored; }

public slots:
    // Moves path (made absolute) to the front; the oldest entry beyond kMaxFiles is dropped.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_files;
    bool m_stored = true;
};

}  // namespace rnnlab::ui
