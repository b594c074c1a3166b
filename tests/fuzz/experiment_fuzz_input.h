#pragma once
// One fuzz input for the experiment-file reader, shared by the libFuzzer target
// (fuzz_experiment.cpp) and its replay test (tests/core/tst_experiment_fuzz_corpus.cpp). The
// input is the file's bytes. It must either be refused with a FileError whose message starts with
// the file name, or read into a valid Experiment that writes and reads back unchanged; any other
// exception propagates. Returns the broken invariant, or nullptr.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/base/errors.h"
#include "core/io/experiment_file.h"

namespace rnnlab::fuzz {

// Larger networks are read but not written back: writing millions of weights as text takes
// seconds, which would slow the fuzzer down without exploring anything new.
constexpr long long kMaxRoundTripParameters = 100000;

inline const char* checkExperimentInput(const std::uint8_t* data, std::size_t size) {
    static const char* const kName = "fuzz.rnnlab.json";
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Experiment e;
    try {
        e = parseExperiment(bytes, kName);
    } catch (const FileError& error) {
        const std::size_t n = std::strlen(kName);
        if (std::strncmp(error.what(), kName, n) != 0 || error.what()[n] != ':')
            return "a message that does not start with the file name";
        return nullptr;
    }
    try {
        validate(e.network);
        validate(e.training);
    } catch (const ConfigError&) {
        return "an experiment was read that does not validate";
    }
    if (e.weights.flat().size() != parameterCount(e.network)) return "weights of the wrong size";
    if (!e.weights.flat().allFinite()) return "a non-finite weight was read";
    if (parameterCount(e.network) > kMaxRoundTripParameters) return nullptr;

    // Written and read back, the experiment is the same. The first write may differ from the
    // second (a -0 weight is written as -0 and read back as 0); from then on it is stable.
    Experiment again, third;
    QByteArray second;
    try {
        again = parseExperiment(experimentJson(e, kName), kName);
        second = experimentJson(again, kName);
        third = parseExperiment(second, kName);
    } catch (const FileError&) {
        return "an experiment that was read cannot be written and read back";
    }
    if (again.network != e.network || again.training != e.training ||
        again.data.has_value() != e.data.has_value() ||
        again.state.has_value() != e.state.has_value())
        return "the settings changed in a write and read";
    if (experimentJson(third, kName) != second)
        return "a written experiment reads back differently";
    return nullptr;
}

}  // namespace rnnlab::fuzz
