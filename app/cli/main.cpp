// rnnlab-cli: the headless entry point (design.md §5). Each subcommand lives in cmd_NAME.cpp.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "arguments.h"
#include "command_registry.h"
#include "core/errors.h"

namespace rnnlab::cli {
std::vector<Command>& commandRegistry() {
    static std::vector<Command> commands;
    return commands;
}
}  // namespace rnnlab::cli

namespace {
void printUsage(std::FILE* out) {
    auto commands = rnnlab::cli::commandRegistry();
    std::sort(commands.begin(), commands.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    std::fprintf(out, "usage: rnnlab-cli COMMAND [OPTIONS]\n\ncommands:\n");
    for (const auto& c : commands)
        std::fprintf(out, "  %-8s %s\n", c.name.c_str(), c.synopsis.c_str());
    std::fprintf(out, "\n'rnnlab-cli COMMAND --help' shows a command's options.\n");
}
}  // namespace

int main(int argc, char** argv) {
    using namespace rnnlab::cli;
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        printUsage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string name = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    for (const Command& c : commandRegistry()) {
        if (c.name != name) continue;
        try {
            return c.run(args);
        } catch (const UsageError& e) {
            std::fprintf(stderr, "rnnlab-cli %s: %s\n", name.c_str(), e.what());
            return 2;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "rnnlab-cli %s: error: %s\n", name.c_str(),
                         rnnlab::userMessage(e).c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "rnnlab-cli: unknown command '%s'\n\n", name.c_str());
    printUsage(stderr);
    return 2;
}
