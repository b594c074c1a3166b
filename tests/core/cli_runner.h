#pragma once
// Runs rnnlab-cli as a student would and reads what it wrote, for the tests of its commands.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct CliRun {
    int exitCode = -1;  // -1: crashed or still running after ten minutes
    QString err;        // what it printed on stderr
    QString out;        // what it printed on stdout
};

CliRun runCli(const QStringList& args);

// Writes text into dir/name and returns the path (a test's input file); stops the test program
// when it cannot.
QString writeFileIn(const QTemporaryDir& dir, const QString& name, const QByteArray& text);

// The bytes of a file (empty when it is missing).
QByteArray readBytes(const QString& path);
// The JSON object in a file (empty when the file is missing or not a JSON object).
QJsonObject readJsonObject(const QString& path);
// The lines of a text file, without empty ones.
QStringList readLines(const QString& path);
