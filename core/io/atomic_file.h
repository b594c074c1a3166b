#pragma once
// Saving a file so that a failure never damages the previous version: the contents go to a
// temporary file next to the target, which is renamed over it only once everything is written
// (QSaveFile). A full disk, a missing directory or a read-only location leaves the old file as
// it was and no temporary file behind.

#include <QByteArray>
#include <string>

namespace rnnlab {

// Replaces the file at `path` with `contents`. Throws FileError "PATH: cannot save: REASON",
// REASON being the operating system's ("No such file or directory", "File too large", ...).
void writeFileAtomically(const std::string& path, const QByteArray& contents);

}  // namespace rnnlab
