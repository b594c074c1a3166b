// libFuzzer target for the command line of rnnlab-cli (see cli_fuzz_input.h for what is
// checked).
#include <cstdio>
#include <cstdlib>

#include "cli_fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const char* broken = rnnlab::fuzz::checkCliInput(data, size)) {
        std::fprintf(stderr, "broken invariant: %s\n", broken);
        std::abort();
    }
    return 0;
}
