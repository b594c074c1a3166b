#pragma once
// One fuzz input for the command line of rnnlab-cli, shared by the libFuzzer target (fuzz_cli.cpp)
// and its replay test (tests/cli/tst_fuzz_corpus.cpp). The input is the arguments after the program
// name, separated by NUL bytes (which no real argument holds). The command line is parsed and
// checked as rnnlab-cli does before a command starts its work (nothing runs, no file is read). It
// must either be accepted, or refused with a UsageError whose message names what is wrong: an
// option (--name), the command or an argument. Any other exception propagates. Returns the broken
// invariant, or nullptr.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "arguments.h"
#include "command_line.h"

namespace rnnlab::fuzz {

// More arguments than any command takes: a longer input explores nothing new.
constexpr std::size_t kMaxArguments = 64;

inline std::vector<std::string> argumentsOf(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args(1);
    for (std::size_t i = 0; i < size && args.size() <= kMaxArguments; ++i) {
        if (data[i] == 0)
            args.emplace_back();
        else
            args.back() += char(data[i]);
    }
    return args;
}

inline bool namesWhatIsWrong(const char* message) {
    for (const char* word : {"--", "argument", "command", "FILE"})
        if (std::strstr(message, word) != nullptr) return true;
    return false;
}

inline const char* checkCliInput(const std::uint8_t* data, std::size_t size) {
    try {
        cli::checkCommandLine(argumentsOf(data, size));
    } catch (const cli::UsageError& e) {
        if (*e.what() == '\0') return "an empty usage message";
        if (!namesWhatIsWrong(e.what())) return "a usage message that names no option";
    }
    return nullptr;
}

}  // namespace rnnlab::fuzz
