#include "core/io/atomic_file.h"

#include <QSaveFile>

#include "core/base/errors.h"

namespace rnnlab {

void writeFileAtomically(const std::string& path, const QByteArray& contents) {
    QSaveFile file(QString::fromStdString(path));
    auto fail = [&]() {
        const std::string reason = file.errorString().toStdString();
        file.cancelWriting();
        throw FileError(verbatim(path + ": ") +
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot save: %1"), {reason}));
    };
    if (!file.open(QIODevice::WriteOnly)) fail();
    // write() may store only part of the data (a file size limit, a full disk) without
    // reporting an error; the next call then fails with the reason.
    qint64 written = 0;
    while (written < contents.size()) {
        const qint64 n = file.write(contents.constData() + written, contents.size() - written);
        if (n <= 0) fail();
        written += n;
    }
    if (!file.commit())
        throw FileError(verbatim(path + ": ") +
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "cannot save: %1"),
                               {file.errorString().toStdString()}));
}

}  // namespace rnnlab
