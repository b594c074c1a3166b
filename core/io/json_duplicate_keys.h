#pragma once
// Finding a key given twice in one JSON object. Qt's parser keeps the last value silently, so a
// file with "cell": "gru" and later "cell": "lstm" would be read as an LSTM without a word; the
// readers refuse it instead, naming both places (json_document.h):
//   "e.rnnlab.json:9:9: network.cell is given twice (first at line 3, column 9): keep one"
// The scanner reads the raw text once, after the parser has accepted it as valid JSON, and
// compares keys as decoded text ("c\u0065ll" is "cell").

#include <QByteArray>
#include <optional>
#include <string>

#include "core/io/json_document.h"

namespace rnnlab {

struct DuplicateKey {
    std::string path;     // the key's place in the document: "network.cell", "a[2].b"
    TextPosition first;   // where the key is first given (its opening quote)
    TextPosition second;  // where it is given again
};

// The first key given twice in an object of `json`, which must be valid JSON.
std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json);

}  // namespace rnnlab
