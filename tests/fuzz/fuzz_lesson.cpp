// libFuzzer target for the lesson-file reader (see lesson_fuzz_input.h for what is checked).
#include <cstdio>
#include <cstdlib>

#include "lesson_fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const char* broken = rnnlab::fuzz::checkLessonInput(data, size)) {
        std::fprintf(stderr, "broken invariant: %s\n", broken);
        std::abort();
    }
    return 0;
}
