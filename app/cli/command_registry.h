#pragma once
// rnnlab-cli subcommands. Each app/cli/cmd_NAME.cpp defines one run function and one check
// function (its argument parsing alone) and registers them with a file-scope
// CommandRegistration; command_line.h dispatches on the first argument.

#include <string>
#include <vector>

namespace rnnlab::cli {

// Returns the process exit code. Arguments exclude the program and subcommand names.
using CommandFunction = int (*)(const std::vector<std::string>& args);
// Reads and checks the arguments as the command does before it starts its work, reading and
// writing no file: throws UsageError (or ConfigError) for what the command would refuse from
// its arguments alone. The command-line fuzzer calls it (tests/fuzz/fuzz_cli.cpp).
using CheckFunction = void (*)(const std::vector<std::string>& args);

struct Command {
    std::string name;
    std::string synopsis;  // one line for `rnnlab-cli --help`
    CommandFunction run = nullptr;
    CheckFunction check = nullptr;
};

std::vector<Command>& commandRegistry();

struct CommandRegistration {
    CommandRegistration(std::string name, std::string synopsis, CommandFunction run,
                        CheckFunction check) {
        commandRegistry().push_back({std::move(name), std::move(synopsis), run, check});
    }
};

}  // namespace rnnlab::cli
