#include "ui/panels/csv_preview.h"

#include <QFile>

#include "core/base/errors.h"
#include "core/data/data_error.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxHeadBytes = 4 * 1024 * 1024;  // a preview never reads more
}  // namespace

QByteArray fileHead(const QString& path, int lines) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw FileError(QStringLiteral("%1: cannot read the file: %2")
                            .arg(path, file.errorString())
                            .toStdString());
    }
    QByteArray head;
    int ends = 0;
    while (head.size() < kMaxHeadBytes) {
        const qsizetype from = head.size();
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty()) break;
        head += chunk;
        for (qsizetype i = from; i < head.size(); ++i) {
            const char c = head[i];
            // \r\n counts once, at its \n; a lone \r (old Mac files) counts too.
            const bool end = c == '\n' || (c == '\r' && i + 1 < head.size() && head[i + 1] != '\n');
            if (end && ++ends > lines) return head.left(i + 1);
        }
    }
    return head;
}

CsvPreview previewCsv(const QByteArray& head, const QString& source, const CsvOptions& options) {
    CsvPreview p;
    CsvOptions o = options;
    o.missing = MissingPolicy::Interpolate;
    o.minRows = 1;
    const std::string_view text(head.constData(), std::size_t(head.size()));
    try {
        p.choice = translated(parseCsv(text, source.toStdString(), o).series.columnChoice);
    } catch (const std::exception&) {
        // A column choice that does not fit the file: the full load says why.
    }
    o.inputColumns.clear();
    o.targetColumn.clear();
    o.allInputs = true;
    try {
        p.loaded = parseCsv(text, source.toStdString(), o);
    } catch (const FileError& e) {
        p.error = translatedUserMessage(e);
        return p;
    } catch (const ConfigError& e) {
        p.error = translatedUserMessage(e);
        return p;
    }
    const Series& s = p.loaded.series;
    if (!s.labelName.empty()) p.allColumns << QString::fromStdString(s.labelName);
    for (const std::string& name : s.numericColumns) p.allColumns << QString::fromStdString(name);
    for (const std::string& name : p.loaded.ignoredColumns)
        p.allColumns << QString::fromStdString(name);
    for (const MissingCell& cell : p.loaded.missing.cells)
        p.missing.insert({cell.line, cell.seriesColumn});
    return p;
}

}  // namespace rnnlab::ui
