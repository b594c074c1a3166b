#include "core/io/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <cerrno>
#include <cstring>

#include "core/base/errors.h"

namespace rnnlab {

namespace {

PathKind kindOf(mode_t mode) {
    if (S_ISREG(mode)) return PathKind::Regular;
    if (S_ISDIR(mode)) return PathKind::Directory;
    if (S_ISFIFO(mode)) return PathKind::NamedPipe;
    if (S_ISCHR(mode)) return PathKind::CharacterDevice;
    if (S_ISBLK(mode)) return PathKind::BlockDevice;
    return PathKind::Socket;  // the one kind left: S_ISSOCK
}

[[noreturn]] void tooLarge(const std::string& path, std::uint64_t size, std::uint64_t maxBytes) {
    throw FileError(
        verbatim(path + ": ") +
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                 "the file is %1, more than the %2 this reader accepts"),
               {mebibytesText(size), mebibytesText(maxBytes)}));
}

UiText cannotRead(const std::string& reason) {
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot read: %1"), {reason});
}

[[noreturn]] void refuseInput(const std::string& path, const UiText& problem) {
    throw FileError(verbatim(path + ": ") + problem);
}

// Closes a descriptor on every way out.
struct Descriptor {
    int fd;
    ~Descriptor() { ::close(fd); }
};

QByteArray readResource(const std::string& path, std::uint64_t maxBytes) {
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        refuseInput(path, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "file not found")));
    if (static_cast<std::uint64_t>(file.size()) > maxBytes) tooLarge(path, file.size(), maxBytes);
    if (!file.open(QIODevice::ReadOnly))
        refuseInput(path, cannotRead(file.errorString().toStdString()));
    return file.readAll();
}

}  // namespace

PathStatus pathStatus(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return {PathKind::Missing, 0, {}};
        return {PathKind::Inaccessible, 0, std::strerror(errno)};
    }
    const PathKind kind = kindOf(st.st_mode);
    return {kind, kind == PathKind::Regular ? static_cast<std::uint64_t>(st.st_size) : 0, {}};
}

std::optional<UiText> notAnInputFile(const PathStatus& status) {
    switch (status.kind) {
        case PathKind::Regular:
            return std::nullopt;
        case PathKind::Missing:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "file not found"));
        case PathKind::Directory:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "is a directory, not a file"));
        case PathKind::NamedPipe:
            return uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", "is a named pipe (FIFO), not a regular file"));
        case PathKind::CharacterDevice:
            return uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", "is a character device, not a regular file"));
        case PathKind::BlockDevice:
            return uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", "is a block device, not a regular file"));
        case PathKind::Socket:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "is a socket, not a regular file"));
        case PathKind::Inaccessible:
            return cannotRead(status.reason);
    }
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot read"));
}

std::string mebibytesText(std::uint64_t bytes) {
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB";
}

QByteArray readInputFile(const std::string& path, std::uint64_t maxBytes) {
    if (path.rfind(":/", 0) == 0) return readResource(path, maxBytes);
    const PathStatus status = pathStatus(path);
    if (const std::optional<UiText> problem = notAnInputFile(status)) refuseInput(path, *problem);
    if (status.size > maxBytes) tooLarge(path, status.size, maxBytes);

    // The path may have been replaced since: O_NONBLOCK keeps open() from waiting for the writer
    // of a pipe, and fstat() checks what was opened (regular files ignore O_NONBLOCK).
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) refuseInput(path, cannotRead(std::strerror(errno)));
    const Descriptor descriptor{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) refuseInput(path, cannotRead(std::strerror(errno)));
    if (const auto problem = notAnInputFile({kindOf(st.st_mode), 0, {}}))
        refuseInput(path, *problem);

    // At most maxBytes + 1 bytes: one more than allowed shows that the file grew too large.
    const std::uint64_t expected = std::min<std::uint64_t>(st.st_size, maxBytes);
    QByteArray bytes(static_cast<qsizetype>(expected + 1), Qt::Uninitialized);
    std::uint64_t used = 0;
    for (;;) {
        if (used == static_cast<std::uint64_t>(bytes.size())) {
            if (used > maxBytes)
                refuseInput(path, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                           "the file grew beyond the %1 this "
                                                           "reader accepts while it was read"),
                                         {mebibytesText(maxBytes)}));
            bytes.resize(static_cast<qsizetype>(std::min(used * 2, maxBytes + 1)));
        }
        const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) refuseInput(path, cannotRead(std::strerror(errno)));
        if (n == 0) break;
        used += static_cast<std::uint64_t>(n);
    }
    bytes.resize(static_cast<qsizetype>(used));
    return bytes;
}

}  // namespace rnnlab
