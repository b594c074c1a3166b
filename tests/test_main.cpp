// The main of each suite's test program (tests/test_main.h): runs the test its first argument
// names, with the other arguments, as that test's own program would.
#include "test_main.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace rnnlab::test {
namespace {

std::map<std::string, TestMain>& registry() {
    static std::map<std::string, TestMain> tests;
    return tests;
}

QString& running() {
    static QString name;
    return name;
}

// A source's name as tests/CMakeLists.txt gives it: its path below tests/
// (core/train/tst_trainer.cpp), whether __FILE__ is absolute or relative.
std::string testName(const std::string& sourceFile) {
    const std::string marker = "tests/";
    const std::size_t at = sourceFile.rfind("/" + marker);
    if (at != std::string::npos) return sourceFile.substr(at + 1 + marker.size());
    return sourceFile.rfind(marker, 0) == 0 ? sourceFile.substr(marker.size()) : sourceFile;
}

int usage(const char* program, const char* problem) {
    std::fprintf(stderr, "%s: %s\nusage: %s TEST [Qt Test options]; its tests:\n", program,
                 problem, program);
    for (const auto& [name, main] : registry()) std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}

}  // namespace

bool registerTest(const char* sourceFile, TestMain main) {
    registry()[testName(sourceFile)] = main;
    return true;
}

QString runningTest() {
    return running();
}

}  // namespace rnnlab::test

int main(int argc, char** argv) {
    using namespace rnnlab::test;
    if (argc < 2) return usage(argv[0], "no test named");
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) return usage(argv[0], "no such test");
    running() = QString::fromUtf8(argv[1]);
    // The test sees the program's name followed by its own arguments.
    std::vector<char*> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    return found->second(argc - 1, arguments.data());
}
