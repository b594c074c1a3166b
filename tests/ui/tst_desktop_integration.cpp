// RNN Lab installed as a desktop program (resources/desktop/): `cmake --install` into a fresh
// prefix puts both programs in bin/, a menu entry and AppStream metainfo that their validators
// accept, the icon at every size it claims, and MIME types under which Qt's own MIME database
// (what file managers use) recognises an experiment and a lesson file as RNN Lab's.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

const QString kAppId = QStringLiteral("org.rnnlab.RNNLab");

struct Outcome {
    int exitCode = -1;
    QString output;
};

Outcome run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(120000)) return {-1, p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

// The build folder holding the programs: RNNLAB_CLI_PATH is <build>/app/rnnlab-cli.
QString buildFolder() {
    return QFileInfo(QStringLiteral(RNNLAB_CLI_PATH))
        .absoluteDir()
        .absoluteFilePath(QStringLiteral(".."));
}

// A key of a desktop entry's [Desktop Entry] group (QSettings would read ';' as a comment).
QString entryValue(const QString& desktopFile, const QString& key) {
    QFile f(desktopFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(key + QLatin1Char('='))) return line.mid(key.size() + 1);
    return {};
}

QString tool(const char* name) {
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qFatal("%s is not installed (scripts/packages.txt lists it; run scripts/install-deps)",
               name);
    return path;
}

}  // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT
    QTemporaryDir m_prefix;

    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }

private slots:
    void initTestCase() {
        QVERIFY(m_prefix.isValid());
        const Outcome o = run(tool("cmake"), {QStringLiteral("--install"), buildFolder(),
                                              QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(o.exitCode == 0, qPrintable(o.output));
    }

    void installsTheProgramsAndTheirFiles() {
        for (const QString& f : {QStringLiteral("bin/rnnlab"), QStringLiteral("bin/rnnlab-cli"),
                                 "share/applications/" + kAppId + ".desktop",
                                 "share/metainfo/" + kAppId + ".metainfo.xml",
                                 "share/mime/packages/" + kAppId + ".xml",
                                 "share/icons/hicolor/scalable/apps/" + kAppId + ".svg",
                                 QStringLiteral("share/doc/rnnlab/LICENSE")}) {
            QVERIFY2(QFileInfo::exists(installed(f)), qPrintable(f));
        }
        QVERIFY(QFileInfo(installed(QStringLiteral("bin/rnnlab"))).isExecutable());
        const Outcome help =
            run(installed(QStringLiteral("bin/rnnlab-cli")), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains(QStringLiteral("usage: rnnlab-cli")),
                 qPrintable(help.output));
    }

    void iconsHaveTheSizesTheyClaim() {
        for (int n : {16, 24, 32, 48, 64, 128, 256}) {
            const QString f =
                QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(n) + kAppId + ".png";
            const QImage icon(installed(f));
            QVERIFY2(!icon.isNull(), qPrintable(f));
            QCOMPARE(icon.size(), QSize(n, n));
        }
    }

    void menuEntryValidatesAndOpensTheFiles() {
        const QString desktop = installed("share/applications/" + kAppId + ".desktop");
        const Outcome o = run(tool("desktop-file-validate"), {desktop});
        QVERIFY2(o.exitCode == 0 && !o.output.contains(QStringLiteral("error")),
                 qPrintable(o.output));
        QCOMPARE(entryValue(desktop, QStringLiteral("Exec")), QStringLiteral("rnnlab %f"));
        QCOMPARE(entryValue(desktop, QStringLiteral("Icon")), kAppId);
        const QStringList types = entryValue(desktop, QStringLiteral("MimeType"))
                                      .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QCOMPARE(types, (QStringList{QStringLiteral("application/x-rnnlab-experiment"),
                                     QStringLiteral("application/x-rnnlab-lesson")}));
    }

    void metainfoValidates() {
        const Outcome o =
            run(tool("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                       installed("share/metainfo/" + kAppId + ".metainfo.xml")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.output));
    }

    // Last: it points this process's MIME database at the installed prefix.
    void mimeTypesRecogniseExperimentsAndLessons() {
        qputenv("XDG_DATA_DIRS", (installed(QStringLiteral("share")) + ":/usr/share").toUtf8());
        qputenv("XDG_DATA_HOME", installed(QStringLiteral("nothing-here")).toUtf8());
        const QMimeDatabase db;
        const QMimeType experiment =
            db.mimeTypeForFile(QStringLiteral("sine.rnnlab.json"), QMimeDatabase::MatchExtension);
        QCOMPARE(experiment.name(), QStringLiteral("application/x-rnnlab-experiment"));
        QVERIFY(experiment.inherits(QStringLiteral("application/json")));
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("my.lesson.json"), QMimeDatabase::MatchExtension)
                     .name(),
                 QStringLiteral("application/x-rnnlab-lesson"));
        QCOMPARE(
            db.mimeTypeForFile(QStringLiteral("data.json"), QMimeDatabase::MatchExtension).name(),
            QStringLiteral("application/json"));
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestDesktopIntegration)
#include "test_main.h"

namespace RNNLAB_TEST_FILE {
}  // namespace RNNLAB_TEST_FILE

#include "tst_desktop_integration.moc"
