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
    // missing or empty value or a repeated option throws UsageError.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
              const std::set<std::string>& flags = {});

    bool has(const std::string& name) const;
    // The names of the options given (valued and flags), in alphabetical order.
    std::set<std::string> given() const;
    std::string required(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback) const;
    std::optional<std::string> optional(const std::string& name) const;
    // A whole number in [lo, hi] / a finite number, written as a number and nothing more:
    // "--lr 0.01x" is refused naming the option, as is leading space or a hexadecimal number.
    int integer(const std::string& name, int fallback, int lo, int hi) const;
    double number(const std::string& name, double fallback) const;
    // A comma list of exactly `count` numbers ("--split 0.7,0.15"); empty when absent.
    std::vector<double> numbers(const std::string& name, std::size_t count,
                                const std::string& example) const;
    // A comma list of name=number pairs ("--parameters depth=4,length=20"); empty when absent.
    std::map<std::string, double> namedNumbers(const std::string& name,
                                               const std::string& example) const;
    // A name from a fixed list, read by one of the engine's parsers (which throw ConfigError
    // listing the valid names): UsageError "--cell: unknown cell 'x' (expected rnn, lstm or
    // gru)". Without `fallback` the option is required.
    template <typename Parse>
    auto choice(const std::string& name, Parse parse,
                const std::optional<std::string>& fallback = std::nullopt) const
        -> decltype(parse(std::string())) {
        const std::string text = fallback ? value(name, *fallback) : required(name);
        try {
            return parse(text);
        } catch (const std::runtime_error& e) {
            throw UsageError("--" + name + ": " + e.what());
        }
    }
    const std::vector<std::string>& positional() const { return m_positional; }
    // UsageError "unexpected argument 'x'" for a command that takes none.
    void expectNoPositional() const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> splitList(const std::string& text);

}  // namespace rnnlab::cli
