#pragma once
// Checked access to the fields of a parsed JSON document. Each getter names the field when it
// throws, so a user reading the message knows which line of the file to fix:
//   "m.rnnlab.json: network.hidden_size is missing"
//   "m.rnnlab.json: network.hidden_size must be an integer, got "16""
//   "m.rnnlab.json: network.hidden_size must be between 1 and 4096, got 0"
//   "m.rnnlab.json: weights.fc.bias.data[3] must be a finite number, got "NaN""
// JSON numbers are doubles: 16.0 is an integer, 16.5 is not. All errors are FileError.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <climits>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/base/errors.h"

namespace rnnlab {

// Where a value sits: the file it came from and its path inside the document,
// e.g. "weights.fc.bias.data[3]".
class JsonPath {
public:
    explicit JsonPath(std::string file, std::string path = {})
        : m_file(std::move(file)), m_path(std::move(path)) {}

    // A key longer than kMaxShownChars (from a damaged or hostile file) is shown shortened.
    JsonPath field(const std::string& key) const {
        const std::string shown = shortened(key);
        return JsonPath(m_file, m_path.empty() ? shown : m_path + "." + shown);
    }
    JsonPath element(qsizetype index) const {
        return JsonPath(m_file, m_path + "[" + std::to_string(index) + "]");
    }
    const std::string& file() const { return m_file; }
    const std::string& path() const { return m_path; }

    // Throws FileError("FILE: PATH" + what); `what` starts with its separator
    // (" is missing", ": unknown cell ..."). Quoted text in `what` ('...' or "...", names and
    // values from the file) longer than kMaxShownChars is shortened, so that a message stays
    // readable whatever the file holds.
    [[noreturn]] void fail(const std::string& what) const;
    // The same for a text the window translates: its values are shortened as above.
    [[noreturn]] void fail(const UiText& what) const;
    // "FILE: PATH" + separator + the message of an error a parser threw (a name that is not one
    // of a list, a rule across fields): "m.rnnlab.json: network.cell: unknown cell 'x' (...)".
    [[noreturn]] void fail(const char* separator, const std::exception& error) const;

    // At most kMaxShownChars bytes of text (cut at a UTF-8 boundary), then "...".
    static std::string shortened(const std::string& text);
    static constexpr std::size_t kMaxShownChars = 40;

private:
    std::string m_file;
    std::string m_path;
};

// A value as a message shows it: "16" for a string, 16.5, true, null, an array, an object.
std::string describeJson(const QJsonValue& value);

// The shortest decimal text that reads back as exactly `value` (finite), e.g. "0.1", "1e-300".
std::string formatDouble(double value);

// ---- one value, at a known path ----
int asInt(const QJsonValue& value, const JsonPath& at, int lo = INT_MIN, int hi = INT_MAX);
double asDouble(const QJsonValue& value, const JsonPath& at,
                double lo = -std::numeric_limits<double>::max(),
                double hi = std::numeric_limits<double>::max());
std::string asString(const QJsonValue& value, const JsonPath& at);
bool asBool(const QJsonValue& value, const JsonPath& at);
QJsonObject asObject(const QJsonValue& value, const JsonPath& at);
QJsonArray asArray(const QJsonValue& value, const JsonPath& at);

// ---- a field of an object at `where`; missing is an error ----
QJsonValue requireField(const QJsonObject& obj, const char* key, const JsonPath& where);
int requireInt(const QJsonObject& obj, const char* key, const JsonPath& where, int lo = INT_MIN,
               int hi = INT_MAX);
double requireDouble(const QJsonObject& obj, const char* key, const JsonPath& where,
                     double lo = -std::numeric_limits<double>::max(),
                     double hi = std::numeric_limits<double>::max());
std::string requireString(const QJsonObject& obj, const char* key, const JsonPath& where);
bool requireBool(const QJsonObject& obj, const char* key, const JsonPath& where);
QJsonObject requireObject(const QJsonObject& obj, const char* key, const JsonPath& where);
QJsonArray requireArray(const QJsonObject& obj, const char* key, const JsonPath& where);

// ---- a field that may be absent (then `fallback`); present, it is checked as above ----
int optionalInt(const QJsonObject& obj, const char* key, const JsonPath& where, int fallback,
                int lo = INT_MIN, int hi = INT_MAX);
double optionalDouble(const QJsonObject& obj, const char* key, const JsonPath& where,
                      double fallback, double lo = -std::numeric_limits<double>::max(),
                      double hi = std::numeric_limits<double>::max());
std::string optionalString(const QJsonObject& obj, const char* key, const JsonPath& where,
                           const std::string& fallback);
bool optionalBool(const QJsonObject& obj, const char* key, const JsonPath& where, bool fallback);
QJsonObject optionalObject(const QJsonObject& obj, const char* key, const JsonPath& where);
QJsonArray optionalArray(const QJsonObject& obj, const char* key, const JsonPath& where);

// A name from a fixed list ("lstm"), parsed by one of the engine's parsers (which throw
// ConfigError listing the valid names): "m.rnnlab.json: network.cell: unknown cell 'x' (...)".
template <typename E>
E parseChoice(const std::string& name, const JsonPath& at, E (*parse)(const std::string&)) {
    try {
        return parse(name);
    } catch (const std::runtime_error& e) {
        at.fail(": ", e);
    }
}

// The "format" and "version" a file of RNN Lab's opens with, checked first: a JSON file of
// another kind should say so, not list fields. `newer` is the template (marked with
// QT_TRANSLATE_NOOP) refusing another version, with %1 the file's and %2 the one read:
// " is %1, but this RNN Lab reads only version %2 (was the file written by a newer RNN Lab?)".
void requireFormatAndVersion(const QJsonObject& root, const JsonPath& top, const char* format,
                             int version, const char* newer);

// A whole number beyond int's range (steps, seeds up to 2^53, which a JSON double holds exactly).
long long asInt64(const QJsonValue& value, const JsonPath& at, long long lo, long long hi);
long long optionalInt64(const QJsonObject& obj, const char* key, const JsonPath& where,
                        long long fallback, long long lo, long long hi);
// An array of finite numbers.
std::vector<double> asDoubles(const QJsonValue& value, const JsonPath& at);
QJsonArray doublesJson(const double* values, std::size_t count);

// Throws for the first key of `obj` not in `known` (a misspelt field would otherwise be ignored
// silently): "m.rnnlab.json: network.hiden_size: unknown field (expected cell, ...)".
void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         std::initializer_list<const char*> known);
void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         const std::vector<const char*>& known);

}  // namespace rnnlab
