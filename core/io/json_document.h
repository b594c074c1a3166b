#pragma once
// Reading a JSON document whose top level is an object, with errors a user can act on:
//   "m.rnnlab.json: the file is empty"
//   "m.rnnlab.json:12:5: invalid JSON: unterminated string"
//   "m.rnnlab.json: the top level must be a JSON object, got an array"
//   "m.rnnlab.json: the file is UTF-16 text; save it as UTF-8"
//   "m.rnnlab.json:9:9: network.cell is given twice (first at line 3, column 9); remove one of
//    them"
// Every message starts with the file name and throws FileError.

#include <QByteArray>
#include <QJsonObject>
#include <string>

#include "core/base/text_position.h"

namespace rnnlab {

// Parses `bytes`; `name` (usually the file path) prefixes every message. A syntax error gives
// the 1-based line and column of the place where the parser stopped; a key given twice in an
// object, the places of both (json_duplicate_keys.h).
QJsonObject parseJsonObject(const QByteArray& bytes, const std::string& name);

// 1-based line and column of a byte offset (columns count bytes).
TextPosition textPosition(const QByteArray& bytes, qsizetype offset);

}  // namespace rnnlab
