#include "command_line.h"

#include <algorithm>
#include <cstdio>
#include <exception>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"

namespace rnnlab::cli {

std::vector<Command>& commandRegistry() {
    static std::vector<Command> commands;
    return commands;
}

namespace {

void printUsage(std::FILE* out) {
    auto commands = commandRegistry();
    std::sort(commands.begin(), commands.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    std::fprintf(out, "usage: rnnlab-cli COMMAND [OPTIONS]\n\ncommands:\n");
    for (const auto& c : commands)
        std::fprintf(out, "  %-9s %s\n", c.name.c_str(), c.synopsis.c_str());
    std::fprintf(out, "\n'rnnlab-cli COMMAND --help' shows a command's options.\n");
}

bool asksForHelp(const std::vector<std::string>& args) {
    return !args.empty() && (args[0] == "--help" || args[0] == "-h");
}

const Command* findCommand(const std::string& name) {
    for (const Command& c : commandRegistry())
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace

int runCommandLine(const std::vector<std::string>& args) {
    if (args.empty() || asksForHelp(args)) {
        printUsage(args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    const std::string& name = args[0];
    const Command* command = findCommand(name);
    if (command == nullptr) {
        std::fprintf(stderr, "rnnlab-cli: unknown command '%s'\n\n", name.c_str());
        printUsage(stderr);
        return 2;
    }
    try {
        return command->run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "rnnlab-cli %s: %s\n", name.c_str(), e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "rnnlab-cli %s: error: %s\n", name.c_str(), userMessage(e).c_str());
        return 1;
    }
}

void checkCommandLine(const std::vector<std::string>& args) {
    if (args.empty()) throw UsageError("no command: expected rnnlab-cli COMMAND [OPTIONS]");
    if (asksForHelp(args)) return;
    const Command* command = findCommand(args[0]);
    if (command == nullptr) throw UsageError("unknown command '" + args[0] + "'");
    command->check(std::vector<std::string>(args.begin() + 1, args.end()));
}

}  // namespace rnnlab::cli
