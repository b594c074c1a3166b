#pragma once
// rnnlab-cli subcommands. Each app/cli/cmd_NAME.cpp defines one run function and registers it
// with a file-scope CommandRegistration; main.cpp dispatches on the first argument.

#include <string>
#include <vector>

namespace rnnlab::cli {

// Returns the process exit code. Arguments exclude the program and subcommand names.
using CommandFunction = int (*)(const std::vector<std::string>& args);

struct Command {
    std::string name;
    std::string synopsis;  // one line for `rnnlab-cli --help`
    CommandFunction run = nullptr;
};

std::vector<Command>& commandRegistry();

struct CommandRegistration {
    CommandRegistration(std::string name, std::string synopsis, CommandFunction run) {
        commandRegistry().push_back({std::move(name), std::move(synopsis), run});
    }
};

}  // namespace rnnlab::cli
