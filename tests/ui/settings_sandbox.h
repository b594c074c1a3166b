#pragma once
// Keeps a test's QSettings (window geometry, recent files, export folder) in a temporary
// folder instead of the user's configuration.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

class SettingsSandbox {
public:
    SettingsSandbox() {
        QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("RNN Lab Tests"));
        for (QSettings::Format f : {QSettings::NativeFormat, QSettings::IniFormat}) {
            QSettings::setPath(f, QSettings::UserScope, m_dir.path());
        }
    }
    void clear() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};
