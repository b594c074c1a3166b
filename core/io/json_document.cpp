#include "core/io/json_document.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

#include "core/base/errors.h"
#include "core/io/json_duplicate_keys.h"

namespace rnnlab {

namespace {

bool isBlank(const QByteArray& bytes) {
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; });
}

}  // namespace

TextPosition textPosition(const QByteArray& bytes, qsizetype offset) {
    TextPosition pos;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

QJsonObject parseJsonObject(const QByteArray& bytes, const std::string& name) {
    const auto refuse = [&name](const std::string& place, const UiText& problem) {
        throw FileError(verbatim(name + place + ": ") + problem);
    };
    if (isBlank(bytes))
        refuse({}, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the file is empty")));
    // Qt's parser reads UTF-8 only and calls anything else an "illegal value": say what it is.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        refuse({}, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "the file is UTF-16 text; save it as UTF-8")));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const TextPosition pos = textPosition(bytes, nul);
        refuse(":" + std::to_string(pos.line) + ":" + std::to_string(pos.column),
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "a NUL byte: this is a binary file (or UTF-16 text), not "
                                        "JSON")));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition pos = textPosition(bytes, error.offset);
        // Qt's own words (its translations are not installed).
        UiText what = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "invalid JSON: %1"),
                             {error.errorString().toStdString()});
        // Qt reports a number too large for a double (1e999) as "illegal number" too.
        if (error.error == QJsonParseError::IllegalNumber)
            what += uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " (malformed or out of range)"));
        if (error.error == QJsonParseError::IllegalUTF8String)
            what += uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", " (the file is not UTF-8: save it as UTF-8)"));
        refuse(":" + std::to_string(pos.line) + ":" + std::to_string(pos.column), what);
    }
    // The parser itself rejects a bare value ("illegal value"): what is left is an array.
    if (!doc.isObject())
        refuse({}, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "the top level must be a JSON object, got an array")));
    // The parser kept the last of two equal keys: say so rather than guess which was meant.
    if (const std::optional<DuplicateKey> twice = findDuplicateKey(bytes))
        refuse(
            ":" + std::to_string(twice->second.line) + ":" + std::to_string(twice->second.column),
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "%1 is given twice (first at line %2, column %3); remove "
                                     "one of them"),
                   {twice->path, std::to_string(twice->first.line),
                    std::to_string(twice->first.column)}));
    return doc.object();
}

}  // namespace rnnlab
