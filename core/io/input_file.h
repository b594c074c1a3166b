#pragma once
// Reading an input file whole, safely: only a regular file is read, and never more than the
// reader's cap. A named pipe would block the reader until something writes to it, /dev/zero or
// /dev/urandom would never end, and a file that grows while it is read could fill memory; each
// is refused with a message that starts with the file's path, before a byte is read:
//   "run.rnnlab.json: file not found"
//   "run.rnnlab.json: is a directory, not a file"
//   "pipe.rnnlab.json: is a named pipe (FIFO), not a regular file"
//   "/dev/zero: is a character device, not a regular file"
//   "big.rnnlab.json: the file is 600 MiB, more than the 512 MiB this reader accepts"
// Paths starting with ":/" are Qt resources (compiled into the program) and are read as such.
// Every error is a FileError.

#include <QByteArray>
#include <cstdint>
#include <optional>
#include <string>

#include "core/base/ui_text.h"

namespace rnnlab {

// What is at a path, without opening it (symbolic links are followed).
enum class PathKind {
    Missing,
    Regular,
    Directory,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Inaccessible,  // stat() failed for another reason (a folder on the way without permission)
};

struct PathStatus {
    PathKind kind = PathKind::Missing;
    std::uint64_t size = 0;  // bytes; regular files only
    std::string reason;      // the operating system's words, for Inaccessible
};

PathStatus pathStatus(const std::string& path);

// Why a path cannot be read as an input file ("file not found", "is a named pipe (FIFO), not a
// regular file", ...), or nothing for a regular file. One wording for every reader: a reader
// with its own error type (the CSV reader's DataError) throws this text with its own place.
std::optional<UiText> notAnInputFile(const PathStatus& status);

// "600 MiB" (rounded up; "1 MiB" for anything from 1 byte up).
std::string mebibytesText(std::uint64_t bytes);

// The whole file at `path`, of at most maxBytes bytes. Throws FileError "PATH: ..." for
// anything notAnInputFile() names, a file above maxBytes (also one that grows past it while it
// is read) and a read error.
QByteArray readInputFile(const std::string& path, std::uint64_t maxBytes);

}  // namespace rnnlab
