#pragma once
// A small parser for "--name value" and "--flag" options, with messages that name the option.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace rnnlab::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    // valued: options that take a value; flags: options that take none. Anything else, a
    // missing value or a repeated option throws UsageError.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
              const std::set<std::string>& flags = {});

    bool has(const std::string& name) const;
    std::string required(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback) const;
    std::optional<std::string> optional(const std::string& name) const;
    int integer(const std::string& name, int fallback, int lo, int hi) const;
    double number(const std::string& name, double fallback) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> splitList(const std::string& text);

}  // namespace rnnlab::cli
