#include "ui/experiment/file_kind.h"

namespace rnnlab::ui {

FileKind fileKindOf(const QString& path) {
    const auto ends = [&path](const char* suffix) {
        return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    if (ends(".rnnlab.json")) return FileKind::Experiment;
    if (ends(".lesson.json")) return FileKind::Lesson;
    if (ends(".csv")) return FileKind::Series;
    if (ends(".txt")) return FileKind::Text;
    if (ends(".tsv")) return FileKind::Labelled;
    return FileKind::Unknown;
}

}  // namespace rnnlab::ui
