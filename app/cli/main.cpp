// rnnlab-cli: the headless entry point. Each subcommand lives in cmd_NAME.cpp; command_line.h
// dispatches to it.
#include <string>
#include <vector>

#include "command_line.h"

int main(int argc, char** argv) {
    return rnnlab::cli::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
}
