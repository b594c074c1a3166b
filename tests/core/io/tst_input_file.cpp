// Reading an input file whole: only regular files, never more than the reader's cap, each
// refusal naming the path. A named pipe or /dev/zero must be refused at once, not block or read
// until memory runs out.
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QTemporaryDir>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/input_file.h"
#include "error_of.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

QString readError(const QString& path, std::uint64_t maxBytes = 1 << 20) {
    return errorOf<FileError>([&] { readInputFile(path.toStdString(), maxBytes); });
}

}  // namespace

class TestInputFile : public QObject {
    Q_OBJECT

private slots:
    void missingAndDirectory() {
        QTemporaryDir dir;
        const QString missing = dir.filePath("missing.json");
        QCOMPARE(readError(missing), missing + ": file not found");
        QCOMPARE(readError(dir.filePath("no/such/folder.json")),
                 dir.filePath("no/such/folder.json") + ": file not found");
        QCOMPARE(readError(dir.path()), dir.path() + ": is a directory, not a file");
    }

    void sizeCap() {
        QTemporaryDir dir;
        const QString big = dir.filePath("big.json");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 * (1 << 20) + 1, ' '));
        f.close();
        QCOMPARE(readError(big, 2 << 20),
                 big + ": the file is 4 MiB, more than the 2 MiB this reader accepts");
        QCOMPARE(readInputFile(big.toStdString(), 4 << 20).size(), 3 * (1 << 20) + 1);
        // Exactly at the cap is allowed.
        QCOMPARE(readInputFile(big.toStdString(), 3 * (1 << 20) + 1).size(), 3 * (1 << 20) + 1);
    }

    // A 1 GiB file that takes no disk space: refused from its size, before a byte is read.
    void sparseGigabyte() {
        QTemporaryDir dir;
        const QString sparse = dir.filePath("sparse.rnnlab.json");
        QFile f(sparse);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30));
        f.close();
        QCOMPARE(readError(sparse, std::uint64_t(512) << 20),
                 sparse + ": the file is 1024 MiB, more than the 512 MiB this reader accepts");
    }

    void contentsAndEmptyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(readInputFile(path.toStdString(), 10), QByteArray());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": 1}\n");
        f.close();
        QCOMPARE(readInputFile(path.toStdString(), 9), QByteArray("{\"a\": 1}\n"));
    }

    // A named pipe with no writer: opening it normally would wait forever.
    void namedPipe() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.rnnlab.json");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QCOMPARE(readError(fifo), fifo + ": is a named pipe (FIFO), not a regular file");
        QCOMPARE(pathStatus(fifo.toStdString()).kind, PathKind::NamedPipe);
        // Through a symbolic link: the message names the path given.
        const QString link = dir.filePath("link.rnnlab.json");
        QVERIFY(QFile::link(fifo, link));
        QCOMPARE(readError(link), link + ": is a named pipe (FIFO), not a regular file");
    }

    // /dev/zero never ends: it must be refused, not read until memory runs out.
    void devices() {
        QCOMPARE(readError("/dev/zero"), "/dev/zero: is a character device, not a regular file");
        QCOMPARE(readError("/dev/null"), "/dev/null: is a character device, not a regular file");
        QCOMPARE(pathStatus("/dev/urandom").kind, PathKind::CharacterDevice);
    }

    // Files whose size the kernel reports as 0 still read whole (up to the cap).
    void procFileReadsWhole() {
        const QByteArray status = readInputFile("/proc/self/status", 1 << 20);
        QVERIFY(status.startsWith("Name:"));
        QCOMPARE(readError("/proc/self/status", 16),
                 "/proc/self/status: the file grew beyond the 1 MiB this reader accepts while it "
                 "was read");
    }

    void notAnInputFileWording() {
        QCOMPARE(notAnInputFile({PathKind::Regular, 5, {}}), std::nullopt);
        QCOMPARE(notAnInputFile({PathKind::Socket, 0, {}})->english(),
                 "is a socket, not a regular file");
        QCOMPARE(notAnInputFile({PathKind::BlockDevice, 0, {}})->english(),
                 "is a block device, not a regular file");
        QCOMPARE(notAnInputFile({PathKind::Inaccessible, 0, "Permission denied"})->english(),
                 "cannot read: Permission denied");
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestInputFile)
}  // namespace RNNLAB_TEST_FILE

#include "tst_input_file.moc"
