#include "cli_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

CliRun runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(RNNLAB_CLI_PATH), args);
    // Generous: the machine may be busy, and the sanitizer builds are slow.
    if (!p.waitForFinished(600000)) return {-1, QString::fromUtf8(p.readAllStandardError()), {}};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError()),
            QString::fromUtf8(p.readAllStandardOutput())};
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJsonObject(const QString& path) {
    return QJsonDocument::fromJson(readBytes(path)).object();
}

QStringList readLines(const QString& path) {
    return QString::fromUtf8(readBytes(path)).split('\n', Qt::SkipEmptyParts);
}

QString writeFileIn(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(text);
    return f.fileName();
}
