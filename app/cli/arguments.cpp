#include "arguments.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace rnnlab::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::string inlineValue;
        bool hasInline = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasInline = true;
        }
        if (flags.count(name)) {
            if (hasInline) throw UsageError("option --" + name + " takes no value");
            m_flags.insert(name);
        } else if (valued.count(name)) {
            if (m_values.count(name)) throw UsageError("option --" + name + " given twice");
            if (!hasInline && i + 1 >= args.size())
                throw UsageError("option --" + name + " needs a value");
            const std::string& value = hasInline ? inlineValue : args[++i];
            if (value.empty())
                throw UsageError("option --" + name + " needs a value, not an empty one");
            m_values[name] = value;
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

void Arguments::expectNoPositional() const {
    if (!m_positional.empty()) throw UsageError("unexpected argument '" + m_positional[0] + "'");
}

bool Arguments::has(const std::string& name) const {
    return m_flags.count(name) || m_values.count(name);
}

std::set<std::string> Arguments::given() const {
    std::set<std::string> names = m_flags;
    for (const auto& [name, value] : m_values) names.insert(name);
    return names;
}

std::string Arguments::required(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) throw UsageError("missing required option --" + name);
    return it->second;
}

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
    auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::optional<std::string> Arguments::optional(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

namespace {

// `text` as a number of type T if it is exactly one (an optional '+' sign, no spaces).
template <typename T>
std::optional<T> parseExactly(const std::string& text) {
    const char* first = text.data();
    const char* last = first + text.size();
    if (first != last && *first == '+' && last - first > 1 && first[1] != '-') ++first;
    T value{};
    const std::from_chars_result r = std::from_chars(first, last, value);
    if (r.ec != std::errc() || r.ptr != last) return std::nullopt;
    return value;
}

std::optional<double> finiteNumber(const std::string& text) {
    const std::optional<double> v = parseExactly<double>(text);
    return v && std::isfinite(*v) ? v : std::nullopt;
}

}  // namespace

int Arguments::integer(const std::string& name, int fallback, int lo, int hi) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return fallback;
    const std::optional<long long> v = parseExactly<long long>(it->second);
    if (!v) throw UsageError("--" + name + ": '" + it->second + "' is not a whole number");
    if (*v < lo || *v > hi)
        throw UsageError("--" + name + " must be between " + std::to_string(lo) + " and " +
                         std::to_string(hi) + ", got " + it->second);
    return static_cast<int>(*v);
}

double Arguments::number(const std::string& name, double fallback) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return fallback;
    const std::optional<double> v = finiteNumber(it->second);
    if (!v) throw UsageError("--" + name + ": '" + it->second + "' is not a finite number");
    return *v;
}

std::map<std::string, double> Arguments::namedNumbers(const std::string& name,
                                                      const std::string& example) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return {};
    std::map<std::string, double> values;
    for (const std::string& part : splitList(it->second)) {
        const auto equals = part.find('=');
        const std::optional<double> v =
            equals == std::string::npos ? std::nullopt : finiteNumber(part.substr(equals + 1));
        if (!v || equals == 0)
            throw UsageError("--" + name + " takes name=number pairs separated by commas, e.g. " +
                             example + ", got '" + part + "'");
        if (!values.emplace(part.substr(0, equals), *v).second)
            throw UsageError("--" + name + ": " + part.substr(0, equals) + " is given twice");
    }
    return values;
}

std::vector<double> Arguments::numbers(const std::string& name, std::size_t count,
                                       const std::string& example) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return {};
    const std::vector<std::string> parts = splitList(it->second);
    if (parts.size() != count)
        throw UsageError("--" + name + " takes " + std::to_string(count) +
                         " numbers separated by commas, e.g. " + example + ", got '" +
                         it->second + "'");
    std::vector<double> values;
    for (const std::string& part : parts) {
        const std::optional<double> v = finiteNumber(part);
        if (!v) throw UsageError("--" + name + ": '" + part + "' is not a finite number");
        values.push_back(*v);
    }
    return values;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> parts;
    std::string cur;
    for (char ch : text) {
        if (ch == ',') {
            if (!cur.empty()) parts.push_back(cur);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (!cur.empty()) parts.push_back(cur);
    return parts;
}

}  // namespace rnnlab::cli
