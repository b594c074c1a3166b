#pragma once
// The command line of rnnlab-cli: `rnnlab-cli COMMAND [OPTIONS]`, dispatched to the command
// registered under that name (command_registry.h).

#include <string>
#include <vector>

namespace rnnlab::cli {

// Runs the command line (the arguments after the program name) and returns the exit code: the
// command's own, or 2 for bad usage (an unknown command, a bad option: the message names it)
// and 1 for anything else refused (the message names the file and the place). Messages go to
// stderr, prefixed "rnnlab-cli COMMAND: ".
int runCommandLine(const std::vector<std::string>& args);

// Parses and checks the command line as runCommandLine() does before a command starts its work,
// running nothing: throws UsageError for an unknown command or a bad option, or what the
// command's check throws. What the command-line fuzzer calls (tests/fuzz/fuzz_cli.cpp).
void checkCommandLine(const std::vector<std::string>& args);

}  // namespace rnnlab::cli
