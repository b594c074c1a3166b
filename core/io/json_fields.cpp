#include "core/io/json_fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/base/errors.h"

namespace rnnlab {

std::string JsonPath::shortened(const std::string& text) {
    if (text.size() <= kMaxShownChars) return text;
    std::size_t n = kMaxShownChars;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return text.substr(0, n) + "...";
}

namespace {
// `what` with quoted text longer than JsonPath::kMaxShownChars shortened.
std::string withShortQuotes(const std::string& what) {
    std::string message;
    for (std::size_t i = 0; i < what.size();) {
        // A quote opens after a space or punctuation (not the apostrophe of "data's").
        const char quote = what[i];
        const bool opens = (quote == '\'' || quote == '"') &&
                           (i == 0 || !std::isalnum(static_cast<unsigned char>(what[i - 1])));
        const std::size_t close = opens ? what.find(quote, i + 1) : std::string::npos;
        if (close == std::string::npos) {
            message += what[i++];
            continue;
        }
        message += quote + JsonPath::shortened(what.substr(i + 1, close - i - 1)) + quote;
        i = close + 1;
    }
    return message;
}
}  // namespace

void JsonPath::fail(const std::string& what) const {
    throw FileError(m_file + ": " + m_path + withShortQuotes(what));
}

void JsonPath::fail(const UiText& what) const {
    // A value is shortened as the English shows it: within its quotes, or as a whole when the
    // template quotes it. Should the English differ from the message fail(std::string) gives
    // (a quote spanning a value and a template), that message is kept, untranslated.
    const std::string english = m_file + ": " + m_path + withShortQuotes(what.english());
    UiText text = verbatim(m_file + ": " + m_path);
    for (const UiText::Part& p : what.parts) {
        UiText::Part shown = p;
        for (std::size_t v = 0; v < shown.values.size(); ++v) {
            const std::string mark = "%" + std::to_string(v + 1);
            const bool quoted = p.source.find("'" + mark + "'") != std::string::npos ||
                                p.source.find("\"" + mark + "\"") != std::string::npos;
            shown.values[v] =
                quoted ? shortened(shown.values[v]) : withShortQuotes(shown.values[v]);
        }
        text.parts.push_back(std::move(shown));
    }
    if (text.english() != english) throw FileError(english);
    throw FileError(text);
}

void JsonPath::fail(const char* separator, const std::exception& error) const {
    fail(verbatim(separator) + userText(error));
}

std::string formatDouble(double value) {
    char buf[32];  // the longest shortest-form double, "-2.2250738585072014e-308", has 24
    const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

std::string describeJson(const QJsonValue& value) {
    constexpr qsizetype kMaxShown = 40;
    switch (value.type()) {
        case QJsonValue::Null:
            return "null";
        case QJsonValue::Bool:
            return value.toBool() ? "true" : "false";
        case QJsonValue::Double:
            return formatDouble(value.toDouble());
        case QJsonValue::String: {
            const QString s = value.toString();
            if (s.size() <= kMaxShown) return "\"" + s.toStdString() + "\"";
            return "\"" + s.left(kMaxShown).toStdString() + "...\"";
        }
        case QJsonValue::Array:
            return "an array";
        case QJsonValue::Object:
            return "an object";
        case QJsonValue::Undefined:
            break;
    }
    return "nothing";
}

namespace {
// describeJson's words, for a value that is not a number, string, boolean or null.
UiText describedJson(const QJsonValue& value) {
    if (value.isArray()) return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "an array"));
    if (value.isObject()) return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "an object"));
    if (value.isUndefined()) return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "nothing"));
    return verbatim(describeJson(value));
}

// `expected`: a template " must be an integer, got " (core/base/ui_text.h), the value after it.
[[noreturn]] void wrongType(const QJsonValue& value, const JsonPath& at, const char* expected) {
    at.fail(uiText(expected) + describedJson(value));
}

[[noreturn]] void outOfRange(const JsonPath& at, const std::string& lo, const std::string& hi,
                             const std::string& got) {
    at.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must be between %1 and %2, got %3"),
                   {lo, hi, got}));
}

// A whole number as it was most likely written: 100000, not 1e+05 (beyond int's range, the
// shortest form: 1e+20).
std::string formatWhole(double d) {
    return std::abs(d) <= INT_MAX ? std::to_string(static_cast<long long>(d)) : formatDouble(d);
}
}  // namespace

int asInt(const QJsonValue& value, const JsonPath& at, int lo, int hi) {
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d))
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be an integer, got "));
    if (d < lo || d > hi) outOfRange(at, std::to_string(lo), std::to_string(hi), formatWhole(d));
    return static_cast<int>(d);
}

long long asInt64(const QJsonValue& value, const JsonPath& at, long long lo, long long hi) {
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 0x1p53)
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be an integer, got "));
    if (d < static_cast<double>(lo) || d > static_cast<double>(hi))
        outOfRange(at, std::to_string(lo), std::to_string(hi), formatWhole(d));
    return static_cast<long long>(d);
}

long long optionalInt64(const QJsonObject& obj, const char* key, const JsonPath& where,
                        long long fallback, long long lo, long long hi) {
    const QJsonValue v = obj.value(QLatin1String(key));
    return v.isUndefined() ? fallback : asInt64(v, where.field(key), lo, hi);
}

std::vector<double> asDoubles(const QJsonValue& value, const JsonPath& at) {
    const QJsonArray array = asArray(value, at);
    std::vector<double> out(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        out[static_cast<std::size_t>(i)] = asDouble(array[i], at.element(i));
    return out;
}

QJsonArray doublesJson(const double* values, std::size_t count) {
    QJsonArray array;
    for (std::size_t i = 0; i < count; ++i) array.append(values[i]);
    return array;
}

double asDouble(const QJsonValue& value, const JsonPath& at, double lo, double hi) {
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d))
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be a finite number, got "));
    if (d < lo || d > hi) outOfRange(at, formatDouble(lo), formatDouble(hi), formatDouble(d));
    return d;
}

std::string asString(const QJsonValue& value, const JsonPath& at) {
    if (!value.isString())
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be a string, got "));
    return value.toString().toStdString();
}

bool asBool(const QJsonValue& value, const JsonPath& at) {
    if (!value.isBool())
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be true or false, got "));
    return value.toBool();
}

QJsonObject asObject(const QJsonValue& value, const JsonPath& at) {
    if (!value.isObject())
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be an object, got "));
    return value.toObject();
}

QJsonArray asArray(const QJsonValue& value, const JsonPath& at) {
    if (!value.isArray())
        wrongType(value, at, QT_TRANSLATE_NOOP("rnnlab::UiText", " must be an array, got "));
    return value.toArray();
}

QJsonValue requireField(const QJsonObject& obj, const char* key, const JsonPath& where) {
    const auto it = obj.constFind(QLatin1String(key));
    if (it == obj.constEnd())
        where.field(key).fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " is missing")));
    return it.value();
}

int requireInt(const QJsonObject& obj, const char* key, const JsonPath& where, int lo, int hi) {
    return asInt(requireField(obj, key, where), where.field(key), lo, hi);
}
double requireDouble(const QJsonObject& obj, const char* key, const JsonPath& where, double lo,
                     double hi) {
    return asDouble(requireField(obj, key, where), where.field(key), lo, hi);
}
std::string requireString(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return asString(requireField(obj, key, where), where.field(key));
}
bool requireBool(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return asBool(requireField(obj, key, where), where.field(key));
}
QJsonObject requireObject(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return asObject(requireField(obj, key, where), where.field(key));
}
QJsonArray requireArray(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return asArray(requireField(obj, key, where), where.field(key));
}

int optionalInt(const QJsonObject& obj, const char* key, const JsonPath& where, int fallback,
                int lo, int hi) {
    return obj.contains(QLatin1String(key)) ? requireInt(obj, key, where, lo, hi) : fallback;
}
double optionalDouble(const QJsonObject& obj, const char* key, const JsonPath& where,
                      double fallback, double lo, double hi) {
    return obj.contains(QLatin1String(key)) ? requireDouble(obj, key, where, lo, hi) : fallback;
}
std::string optionalString(const QJsonObject& obj, const char* key, const JsonPath& where,
                           const std::string& fallback) {
    return obj.contains(QLatin1String(key)) ? requireString(obj, key, where) : fallback;
}
bool optionalBool(const QJsonObject& obj, const char* key, const JsonPath& where, bool fallback) {
    return obj.contains(QLatin1String(key)) ? requireBool(obj, key, where) : fallback;
}
QJsonObject optionalObject(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return obj.contains(QLatin1String(key)) ? requireObject(obj, key, where) : QJsonObject();
}

QJsonArray optionalArray(const QJsonObject& obj, const char* key, const JsonPath& where) {
    return obj.contains(QLatin1String(key)) ? requireArray(obj, key, where) : QJsonArray();
}

namespace {

void rejectFieldsNotIn(const QJsonObject& obj, const JsonPath& where, const char* const* begin,
                       const char* const* end) {
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (std::any_of(begin, end, [&](const char* k) { return it.key() == QLatin1String(k); }))
            continue;
        std::string list;
        for (const char* const* k = begin; k != end; ++k)
            list += (list.empty() ? "" : ", ") + std::string(*k);
        where.field(it.key().toStdString())
            .fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": unknown field (expected %1)"),
                         {list}));
    }
}

}  // namespace

void requireFormatAndVersion(const QJsonObject& root, const JsonPath& top, const char* format,
                             int version, const char* newer) {
    const std::string given = requireString(root, "format", top);
    if (given != format)
        top.field("format").fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", " must be \"%1\", got \"%2\""), {format, given}));
    const int number = requireInt(root, "version", top);
    if (number != version)
        top.field("version").fail(uiText(newer, {std::to_string(number), std::to_string(version)}));
}

void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         std::initializer_list<const char*> known) {
    rejectFieldsNotIn(obj, where, known.begin(), known.end());
}

void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         const std::vector<const char*>& known) {
    rejectFieldsNotIn(obj, where, known.data(), known.data() + known.size());
}

}  // namespace rnnlab
