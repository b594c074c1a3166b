#include "core/train/trainer_state_check.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include "core/base/errors.h"
#include "core/nn/parameters.h"
#include "core/optim/optimizer.h"

namespace rnnlab {

namespace {

const std::string kState = "training.state";
const std::string kHistory = "training.history";

[[noreturn]] void refuse(const std::string& place, const std::string& what) {
    throw ConfigError(place + what);
}

std::string element(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Where a record's step is: a field of an object row, or the first number of a row of numbers.
constexpr const char* kStepField = ".step";
constexpr const char* kStepColumn = "[0] (the step)";

// Records of a series are kept in the order of their steps, none after the run's own step.
template <typename Record>
void checkSteps(const std::vector<Record>& records, const std::string& rows, const char* stepAt,
                long long runStep) {
    long long previous = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const long long step = records[i].step;
        const std::string at = element(rows, i) + stepAt;
        if (step > runStep)
            refuse(at, " is " + std::to_string(step) + ", after the run's step (" + kState +
                           ".step is " + std::to_string(runStep) + ")");
        if (step < previous)
            refuse(at, " is " + std::to_string(step) + ", before the step " +
                           std::to_string(previous) + " of the row above");
        previous = step;
    }
}

// A [layer][...] table: one row per layer, each of `width` values (0: any width).
void checkTable(const std::vector<std::vector<double>>& table, const std::string& path, int layers,
                std::size_t width, const char* widthName) {
    if (table.size() != static_cast<std::size_t>(layers))
        refuse(path, " has " + plural(table.size(), "layer", "layers") + ", the network has " +
                         std::to_string(layers));
    if (width == 0) return;
    for (std::size_t k = 0; k < table.size(); ++k)
        if (table[k].size() != width)
            refuse(element(path, k), " has " + std::to_string(table[k].size()) + " values, " +
                                         "expected " + std::to_string(width) + " (" + widthName +
                                         ")");
}

// The shortest text that reads back as `value`: 1e+300.
std::string shortest(double value) {
    char text[32];
    return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
}

void checkProgress(const TrainerState& s, const NetworkConfig& network,
                   const TrainingSettings& settings) {
    const TrainerProgress& p = s.progress;
    const Index parameters = static_cast<Index>(parameterCount(network));
    if (p.epochsWithoutImprovement > p.epoch)
        refuse(kState, ".epochs_without_improvement is " +
                           std::to_string(p.epochsWithoutImprovement) + ", more than the " +
                           std::to_string(p.epoch) + " epochs done (" + kState + ".epoch)");
    if (const std::optional<std::string> problem =
            Optimizer<double>::stateProblem(s.optimizer, settings.optimizer.kind, parameters))
        refuse(kState + ".optimizer.", *problem);
    for (const auto& [name, values] : s.optimizer.buffers)
        checkFloatRange(values.data(), values.size(), kState + ".optimizer.buffers." + name);
    checkFloatRange(s.bestWeights.data(), s.bestWeights.size(), kState + ".best_weights");
    if (s.optimizer.step > p.step)
        refuse(kState, ".optimizer.step is " + std::to_string(s.optimizer.step) +
                           ", more than the run's " + std::to_string(p.step) + " steps (" + kState +
                           ".step)");
    if (s.bestWeights.size() != 0 && s.bestWeights.size() != parameters)
        refuse(kState, ".best_weights has " + std::to_string(s.bestWeights.size()) +
                           " values, expected " + std::to_string(parameters) +
                           " (one per parameter of the network)");
    if (std::all_of(std::begin(s.rng.s), std::end(s.rng.s), [](std::uint64_t w) { return !w; }))
        refuse(kState,
               ".rng.s: all four words are 0, a state the generator never reaches (it "
               "would draw 0 forever)");
}

void checkHistory(const TrainingHistory& h, const TrainerProgress& p,
                  const NetworkConfig& network) {
    for (std::size_t i = 0; i < h.epochs.size(); ++i) {
        const EpochRecord& e = h.epochs[i];
        const std::string at = element(kHistory + ".epochs", i);
        if (e.epoch >= p.epoch)
            refuse(at, ".epoch is " + std::to_string(e.epoch) + ", but the run has finished " +
                           plural(static_cast<std::size_t>(p.epoch), "epoch", "epochs") +
                           ", numbered from 0 (" + kState + ".epoch is " + std::to_string(p.epoch) +
                           ")");
        if (i > 0 && e.epoch <= h.epochs[i - 1].epoch)
            refuse(at, ".epoch is " + std::to_string(e.epoch) + ", not after the epoch " +
                           std::to_string(h.epochs[i - 1].epoch) + " of the record above");
    }
    checkSteps(h.epochs, kHistory + ".epochs", kStepField, p.step);
    const std::string steps = kHistory + ".steps.rows";
    checkSteps(h.steps.items(), steps, kStepColumn, p.step);
    for (std::size_t i = 0; i < h.steps.items().size(); ++i)
        if (h.steps.items()[i].epoch > p.epoch)
            refuse(element(steps, i), "[1] (the epoch) is " +
                                          std::to_string(h.steps.items()[i].epoch) +
                                          ", after the run's epoch " + std::to_string(p.epoch));

    const std::size_t tensors = ParameterLayout(network).entries().size();
    const std::string norms = kHistory + ".parameter_norms.rows";
    checkSteps(h.parameterNorms.items(), norms, kStepColumn, p.step);
    for (std::size_t i = 0; i < h.parameterNorms.items().size(); ++i)
        if (h.parameterNorms.items()[i].norms.size() != tensors)
            refuse(element(norms, i),
                   " has " + plural(h.parameterNorms.items()[i].norms.size(), "norm", "norms") +
                       " after the step, expected " + std::to_string(tensors) +
                       " (one per weight tensor of the network)");

    const int layers = network.numLayers;
    const std::string profiles = kHistory + ".gradient_profiles.rows";
    checkSteps(h.gradientProfiles.items(), profiles, kStepField, p.step);
    for (std::size_t i = 0; i < h.gradientProfiles.items().size(); ++i)
        checkTable(h.gradientProfiles.items()[i].dhNorm, element(profiles, i) + ".dh_norm", layers,
                   0, "");
    const std::string jacobians = kHistory + ".jacobian_profiles.rows";
    checkSteps(h.jacobianProfiles.items(), jacobians, kStepField, p.step);
    for (std::size_t i = 0; i < h.jacobianProfiles.items().size(); ++i)
        checkTable(h.jacobianProfiles.items()[i].norm, element(jacobians, i) + ".norm", layers, 0,
                   "");
    const std::string recurrent = kHistory + ".recurrent_norms.rows";
    checkSteps(h.recurrentNorms.items(), recurrent, kStepField, p.step);
    const std::size_t blocks = static_cast<std::size_t>(gateCount(network.cell));
    for (std::size_t i = 0; i < h.recurrentNorms.items().size(); ++i) {
        const RecurrentNormRecord& r = h.recurrentNorms.items()[i];
        const char* gates = "one per gate block of the cell";
        checkTable(r.spectralRadius, element(recurrent, i) + ".spectral_radius", layers, blocks,
                   gates);
        checkTable(r.largestSingularValue, element(recurrent, i) + ".largest_singular_value",
                   layers, blocks, gates);
    }
}

// Every record of `records` holds a [layer][t] table (`table`) over the traced sequence's steps.
template <typename Record, typename Table>
void checkTimeSteps(const std::vector<Record>& records, const std::string& rows, const char* name,
                    Table table, Index steps) {
    for (std::size_t i = 0; i < records.size(); ++i) {
        const std::vector<std::vector<double>>& layers = table(records[i]);
        for (std::size_t k = 0; k < layers.size(); ++k)
            if (static_cast<Index>(layers[k].size()) != steps)
                refuse(element(element(rows, i) + "." + name, k),
                       " has " + std::to_string(layers[k].size()) + " time steps, but the data's " +
                           "samples have " + std::to_string(steps));
    }
}

}  // namespace

void checkFloatRange(const double* values, Index count, const std::string& place) {
    constexpr double kLargest = std::numeric_limits<float>::max();
    for (Index i = 0; i < count; ++i)
        if (std::abs(values[i]) > kLargest)
            refuse(element(place, std::size_t(i)),
                   " is " + shortest(values[i]) + ", beyond the float32 range (about ±3.4e38) " +
                       "the trainer computes in");
}

void checkStateFitsNetwork(const TrainerState& state, const NetworkConfig& network,
                           const TrainingSettings& settings) {
    checkProgress(state, network, settings);
    checkHistory(state.history, state.progress, network);
}

void checkStateFitsData(const TrainerState& state, const TrainingData& data) {
    const TrainerProgress& p = state.progress;
    const std::vector<Index>& train = data.samples(Split::Train);  // in ascending order
    const Index n = static_cast<Index>(train.size());
    const std::string order = kState + ".order";
    if (p.order.empty()) {
        if (p.samplesDone != 0)
            refuse(kState, ".samples_done is " + std::to_string(p.samplesDone) +
                               ", but the epoch has not begun (" + order +
                               " is empty): expected 0");
    } else {
        if (static_cast<Index>(p.order.size()) != n)
            refuse(order, " lists " + std::to_string(p.order.size()) +
                              " samples, but the data has " + std::to_string(n) +
                              " training samples");
        std::vector<std::size_t> seenAt(train.size(), p.order.size());
        for (std::size_t i = 0; i < p.order.size(); ++i) {
            const auto it = std::lower_bound(train.begin(), train.end(), p.order[i]);
            if (it == train.end() || *it != p.order[i])
                refuse(element(order, i), ": sample " + std::to_string(p.order[i]) +
                                              " is not one of the " + std::to_string(n) +
                                              " training samples");
            std::size_t& first = seenAt[static_cast<std::size_t>(it - train.begin())];
            if (first != p.order.size())
                refuse(element(order, i), ": sample " + std::to_string(p.order[i]) +
                                              " is listed twice (also at order[" +
                                              std::to_string(first) + "])");
            first = i;
        }
        if (p.samplesDone >= n)
            refuse(kState, ".samples_done is " + std::to_string(p.samplesDone) + ", but the " +
                               "epoch has only " + std::to_string(n) + " training samples: an " +
                               "epoch in progress has used fewer (a finished one has an empty " +
                               "order)");
    }
    const TrainingHistory& h = state.history;
    checkTimeSteps(
        h.gradientProfiles.items(), kHistory + ".gradient_profiles.rows", "dh_norm",
        [](const GradientProfileRecord& r) -> const auto& { return r.dhNorm; }, data.steps());
    checkTimeSteps(
        h.jacobianProfiles.items(), kHistory + ".jacobian_profiles.rows", "norm",
        [](const JacobianProfileRecord& r) -> const auto& { return r.norm; }, data.steps());
}

}  // namespace rnnlab
