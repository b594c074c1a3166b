#include "ui/window/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace rnnlab::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    m_files = QSettings().value(kKey).toStringList().mid(0, kMaxFiles);
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    m_files = m_files.mid(0, kMaxFiles);
    store();
}

void RecentFiles::remove(const QString& path) {
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) store();
}

void RecentFiles::clear() {
    m_files.clear();
    store();
}

void RecentFiles::store() {
    if (m_stored) QSettings().setValue(kKey, m_files);
    emit changed();
}

}  // namespace rnnlab::ui
