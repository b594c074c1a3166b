// writeFileAtomically(): a save replaces the file completely or not at all, and leaves no
// temporary file behind either way.

#include <fcntl.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/atomic_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

QByteArray contentsOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return "<unreadable>";
    return f.readAll();
}

QStringList entriesOf(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// The message of the FileError `write` throws, or "<no error>".
template <typename F>
QString errorOf(F write) {
    try {
        write();
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return "<no error>";
}

// Limits the size of files this process may write (as a full disk would), for one scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // fail the write instead of killing us
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

// For one scope, this process runs as the user "nobody" when it runs as root (euid 0), so
// file permissions apply to it; as any other user it changes nothing.
class UnprivilegedScope {
public:
    UnprivilegedScope() {
        if (geteuid() != 0) return;
        const passwd* nobody = getpwnam("nobody");
        m_changed = nobody != nullptr && seteuid(nobody->pw_uid) == 0;
    }
    ~UnprivilegedScope() {
        if (m_changed && seteuid(0) != 0) qFatal("cannot return to root");
    }
    UnprivilegedScope(const UnprivilegedScope&) = delete;
    UnprivilegedScope& operator=(const UnprivilegedScope&) = delete;

private:
    bool m_changed = false;
};

// For one scope, no new file descriptor can be opened: the limit is the lowest free one.
class OpenFileLimit {
public:
    OpenFileLimit() {
        getrlimit(RLIMIT_NOFILE, &m_old);
        const int lowestFree = open("/dev/null", O_RDONLY);
        close(lowestFree);
        rlimit limit = m_old;
        limit.rlim_cur = rlim_t(lowestFree);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    ~OpenFileLimit() { setrlimit(RLIMIT_NOFILE, &m_old); }
    OpenFileLimit(const OpenFileLimit&) = delete;
    OpenFileLimit& operator=(const OpenFileLimit&) = delete;

private:
    rlimit m_old{};
};

}  // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void createsFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.rnnlab.json");
        writeFileAtomically(path.toStdString(), "{\"a\": 1}\n");
        QCOMPARE(contentsOf(path), QByteArray("{\"a\": 1}\n"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"new.rnnlab.json"});
    }

    void replacesExistingFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        writeFileAtomically(path.toStdString(), "a much longer first version of the file");
        writeFileAtomically(path.toStdString(), "short");
        QCOMPARE(contentsOf(path), QByteArray("short"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"m.rnnlab.json"});
    }

    void writesEmptyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty");
        writeFileAtomically(path.toStdString(), "old");
        writeFileAtomically(path.toStdString(), QByteArray());
        QCOMPARE(contentsOf(path), QByteArray());
    }

    void pathIsDirectory() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        const std::string path = dir.filePath("sub").toStdString();
        QCOMPARE(errorOf([&] { writeFileAtomically(path, "x"); }),
                 QString::fromStdString(path + ": cannot save: Filename refers to a directory"));
        QVERIFY(QFileInfo(dir.filePath("sub")).isDir());
        QCOMPARE(entriesOf(dir.path()), QStringList{"sub"});
    }

    void missingDirectory() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("no/such/dir/m.rnnlab.json").toStdString();
        QCOMPARE(errorOf([&] { writeFileAtomically(path, "x"); }),
                 QString::fromStdString(path + ": cannot save: No such file or directory"));
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }

    // The write fails half way (here: a file size limit, as a full disk would): the previous
    // file keeps its contents and the partial temporary file is removed.
    void failedWriteKeepsOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        writeFileAtomically(path.toStdString(), "the previous, good version");
        QString error;
        {
            const FileSizeLimit limit(4096);
            error =
                errorOf([&] { writeFileAtomically(path.toStdString(), QByteArray(1 << 20, 'x')); });
        }
        QCOMPARE(error, path + ": cannot save: File too large");
        QCOMPARE(contentsOf(path), QByteArray("the previous, good version"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"m.rnnlab.json"});
    }

    // A folder the user may not write to. Root writes anywhere, so as root the save runs with
    // the effective user id of "nobody" for its duration.
    void readOnlyDirectory() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        writeFileAtomically(path.toStdString(), "old");
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        {
            const UnprivilegedScope unprivileged;
            error = errorOf([&] { writeFileAtomically(path.toStdString(), "new"); });
        }
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(error, path + ": cannot save: Permission denied");
        QCOMPARE(contentsOf(path), QByteArray("old"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"m.rnnlab.json"});
    }

    // A path through a regular file, which no user can create anything in.
    void parentIsAFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath("notes.txt");
        writeFileAtomically(file.toStdString(), "a file, not a folder");
        const std::string path = (file + "/m.rnnlab.json").toStdString();
        QCOMPARE(errorOf([&] { writeFileAtomically(path, "x"); }),
                 QString::fromStdString(path + ": cannot save: Not a directory"));
        QCOMPARE(contentsOf(file), QByteArray("a file, not a folder"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"notes.txt"});
    }

    // The temporary file cannot be opened (no file descriptor left, as in a process that
    // leaks them): the previous file stays.
    void noFileDescriptorLeft() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.rnnlab.json");
        writeFileAtomically(path.toStdString(), "the previous, good version");
        QString error;
        {
            const OpenFileLimit limit;
            error = errorOf([&] { writeFileAtomically(path.toStdString(), "new"); });
        }
        QCOMPARE(error, path + ": cannot save: Too many open files");
        QCOMPARE(contentsOf(path), QByteArray("the previous, good version"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"m.rnnlab.json"});
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestAtomicFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_atomic_file.moc"
