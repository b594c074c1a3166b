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

void JsonPath::fail(const std::string& what) const {
    std::string message = m_file + ": " + m_path;
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
        message += quote + shortened(what.substr(i + 1, close - i - 1)) + quote;
        i = close + 1;
    }
    throw FileError(message);
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
[[noreturn]] void wrongType(const QJsonValue& value, const JsonPath& at, const char* expected) {
    at.fail(std::string(" must be ") + expected + ", got " + describeJson(value));
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
        wrongType(value, at, "an integer");
    if (d < lo || d > hi)
        at.fail(" must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " +
                formatWhole(d));
    return static_cast<int>(d);
}

long long asInt64(const QJsonValue& value, const JsonPath& at, long long lo, long long hi) {
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 0x1p53)
        wrongType(value, at, "an integer");
    if (d < static_cast<double>(lo) || d > static_cast<double>(hi))
        at.fail(" must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " +
                formatWhole(d));
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
    if (!value.isDouble() || !std::isfinite(d)) wrongType(value, at, "a finite number");
    if (d < lo || d > hi)
        at.fail(" must be between " + formatDouble(lo) + " and " + formatDouble(hi) + ", got " +
                formatDouble(d));
    return d;
}

std::string asString(const QJsonValue& value, const JsonPath& at) {
    if (!value.isString()) wrongType(value, at, "a string");
    return value.toString().toStdString();
}

bool asBool(const QJsonValue& value, const JsonPath& at) {
    if (!value.isBool()) wrongType(value, at, "true or false");
    return value.toBool();
}

QJsonObject asObject(const QJsonValue& value, const JsonPath& at) {
    if (!value.isObject()) wrongType(value, at, "an object");
    return value.toObject();
}

QJsonArray asArray(const QJsonValue& value, const JsonPath& at) {
    if (!value.isArray()) wrongType(value, at, "an array");
    return value.toArray();
}

QJsonValue requireField(const QJsonObject& obj, const char* key, const JsonPath& where) {
    const auto it = obj.constFind(QLatin1String(key));
    if (it == obj.constEnd()) where.field(key).fail(" is missing");
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
        where.field(it.key().toStdString()).fail(": unknown field (expected " + list + ")");
    }
}

}  // namespace

void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         std::initializer_list<const char*> known) {
    rejectFieldsNotIn(obj, where, known.begin(), known.end());
}

void rejectUnknownFields(const QJsonObject& obj, const JsonPath& where,
                         const std::vector<const char*>& known) {
    rejectFieldsNotIn(obj, where, known.data(), known.data() + known.size());
}

}  // namespace rnnlab
