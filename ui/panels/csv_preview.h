#pragma once
// The first rows of a delimited file as the full load will read them: the same parser
// (core/data/csv_reader.h) on the file's first kPreviewRows rows, so the preview shows the
// detected delimiter, header, label column and numbers, and which cells are missing.

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/data/csv_reader.h"

namespace rnnlab::ui {

constexpr int kPreviewRows = 100;
// Columns a table or a list shows at most: a file of thousands is read, not browsed.
constexpr int kMaxListedColumns = 500;

// The start of a file: its first line and the `lines` after it (\n, \r\n and \r line ends).
// Throws rnnlab::FileError naming the path when it cannot be read.
QByteArray fileHead(const QString& path, int lines);

struct CsvPreview {
    LoadedCsv loaded;                // the preview rows, missing cells interpolated
    QStringList allColumns;          // the label column, the numeric ones, the ignored text ones
    QSet<QPair<long, int>> missing;  // (line, series column) of each missing cell
    QString error;                   // the parser's message when the preview failed
    QString choice;  // why the column choices of the options give this label, target, inputs
};

// Parses the head of a file with the format and label choices of options; the column choices
// and missing-value policy are left to the full load (every numeric column is shown, gaps are
// marked instead of refused), which `choice` describes.
CsvPreview previewCsv(const QByteArray& head, const QString& source, const CsvOptions& options);

}  // namespace rnnlab::ui
