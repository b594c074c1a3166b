// libFuzzer target for the experiment-file reader and writer (see experiment_fuzz_input.h for
// what is checked).
#include <cstdio>
#include <cstdlib>

#include "experiment_fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const char* broken = rnnlab::fuzz::checkExperimentInput(data, size)) {
        std::fprintf(stderr, "broken invariant: %s\n", broken);
        std::abort();
    }
    return 0;
}
