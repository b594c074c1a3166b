// rnnlab-cli sample: writes text with a character model trained by `rnnlab-cli train --text`
// (core/train/text_sampling.h): the prime and what the network writes after it, on stdout.
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/io/experiment_file.h"
#include "core/train/text_sampling.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

constexpr const char* kUsage =
    "usage: rnnlab-cli sample --experiment E.rnnlab.json [--prime TEXT] [--length 200]\n"
    "                         [--temperature 1] [--top-k 0] [--seed 1]\n"
    "E is an experiment trained on a text (rnnlab-cli train --text ... --out E): its weights\n"
    "and its vocabulary write --length characters after --prime (read first; without it the\n"
    "first character is drawn at random). --temperature 0 writes the likeliest character at\n"
    "every step; higher temperatures take more risks. --top-k K draws only among the K likeliest\n"
    "characters (0: all). The same seed writes the same text. Prints the prime and the text.\n";

struct SampleRequest {
    bool help = false;
    std::string experiment;
    SamplingSettings settings;
};

SampleRequest parseRequest(const std::vector<std::string>& args) {
    const Arguments a(args, {"experiment", "prime", "length", "temperature", "top-k", "seed"},
                      {"help"});
    a.expectNoPositional();
    SampleRequest r;
    r.help = a.has("help");
    if (r.help) return r;
    r.experiment = a.required("experiment");
    r.settings.prime = a.value("prime", "");
    r.settings.length = a.integer("length", 200, 1, kMaxSampleLength);
    r.settings.temperature = a.number("temperature", 1.0);
    if (!(r.settings.temperature >= 0 && r.settings.temperature <= kMaxTemperature))
        throw UsageError("--temperature must be between 0 (greedy) and 100");
    r.settings.topK = a.integer("top-k", 0, 0, kMaxVocabSize);
    r.settings.seed = static_cast<std::uint64_t>(a.integer("seed", 1, 0, 2147483647));
    return r;
}

int run(const std::vector<std::string>& args) {
    const SampleRequest r = parseRequest(args);
    if (r.help) {
        std::printf("%s", kUsage);
        return 0;
    }
    const Experiment e = readExperiment(r.experiment);
    if (!e.data || e.data->kind != DataSourceKind::Text || e.data->text.vocabulary.empty())
        throw FileError(r.experiment +
                        ": data.text.vocabulary is missing: sample writes with a network "
                        "trained on a text (rnnlab-cli train --text FILE ... --out E)");
    if (!e.weightsFromFile)
        throw FileError(r.experiment + ": the experiment has no weights: train it first");
    try {
        const std::string text = sampleText(
            e.network, e.weights, Vocabulary::fromStrings(e.data->text.vocabulary), r.settings);
        std::printf("%s%s\n", r.settings.prime.c_str(), text.c_str());
    } catch (const ConfigError& error) {
        const std::string what = error.what();
        // The prime's problems are the command line's; the rest are the experiment's.
        if (what.rfind("prime", 0) == 0) throw UsageError("--" + what);
        throw FileError(r.experiment + ": " + what);
    }
    return 0;
}

const CommandRegistration registration{
    "sample", "write text with a character model trained by train --text", &run,
    [](const std::vector<std::string>& args) { parseRequest(args); }};

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
