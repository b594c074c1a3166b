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

[[noreturn]] void refuse(const std::string& place, const UiText& what) {
    throw ConfigError(verbatim(place) + what);
}

std::string element(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
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
            refuse(at, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " is %1, after the run's step (%2.step is %3)"),
                              {std::to_string(step), kState, std::to_string(runStep)}));
        if (step < previous)
            refuse(at, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " is %1, before the step %2 of the row above"),
                              {std::to_string(step), std::to_string(previous)}));
        previous = step;
    }
}

// A [layer][...] table: one row per layer, each of `width` values (0: any width).
void checkTable(const std::vector<std::vector<double>>& table, const std::string& path, int layers,
                std::size_t width, const char* widthName) {
    if (table.size() != static_cast<std::size_t>(layers))
        refuse(
            path,
            uiText(table.size() == 1
                       ? QT_TRANSLATE_NOOP("rnnlab::UiText", " has 1 layer, the network has %2")
                       : QT_TRANSLATE_NOOP("rnnlab::UiText", " has %1 layers, the network has %2"),
                   {std::to_string(table.size()), std::to_string(layers)}));
    if (width == 0) return;
    for (std::size_t k = 0; k < table.size(); ++k)
        if (table[k].size() != width)
            refuse(element(path, k),
                   uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " has %1 values, expected %2 ("),
                          {std::to_string(table[k].size()), std::to_string(width)}) +
                       uiText(widthName) + verbatim(")"));
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
        refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ".epochs_without_improvement is %1, more than the "
                                                "%2 epochs done (%3.epoch)"),
                              {std::to_string(p.epochsWithoutImprovement), std::to_string(p.epoch),
                               kState}));
    if (const std::optional<UiText> problem =
            Optimizer<double>::stateProblem(s.optimizer, settings.optimizer.kind, parameters))
        refuse(kState + ".optimizer.", *problem);
    for (const auto& [name, values] : s.optimizer.buffers)
        checkFloatRange(values.data(), values.size(), kState + ".optimizer.buffers." + name);
    checkFloatRange(s.bestWeights.data(), s.bestWeights.size(), kState + ".best_weights");
    if (s.optimizer.step > p.step)
        refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ".optimizer.step is %1, more than the run's %2 "
                                                "steps (%3.step)"),
                              {std::to_string(s.optimizer.step), std::to_string(p.step), kState}));
    if (s.bestWeights.size() != 0 && s.bestWeights.size() != parameters)
        refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ".best_weights has %1 values, expected %2 (one per "
                                                "parameter of the network)"),
                              {std::to_string(s.bestWeights.size()), std::to_string(parameters)}));
    if (std::all_of(std::begin(s.rng.s), std::end(s.rng.s), [](std::uint64_t w) { return !w; }))
        refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ".rng.s: all four words are 0, a state the "
                                                "generator never reaches (it would draw 0 "
                                                "forever)")));
}

void checkHistory(const TrainingHistory& h, const TrainerProgress& p,
                  const NetworkConfig& network) {
    for (std::size_t i = 0; i < h.epochs.size(); ++i) {
        const EpochRecord& e = h.epochs[i];
        const std::string at = element(kHistory + ".epochs", i);
        if (e.epoch >= p.epoch)
            refuse(at, uiText(p.epoch == 1
                                  ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                      ".epoch is %1, but the run has finished 1 "
                                                      "epoch, numbered from 0 (%2.epoch is %3)")
                                  : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                      ".epoch is %1, but the run has finished %3 "
                                                      "epochs, numbered from 0 (%2.epoch is %3)"),
                              {std::to_string(e.epoch), kState, std::to_string(p.epoch)}));
        if (i > 0 && e.epoch <= h.epochs[i - 1].epoch)
            refuse(at, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ".epoch is %1, not after the epoch %2 of the "
                                                "record above"),
                              {std::to_string(e.epoch), std::to_string(h.epochs[i - 1].epoch)}));
    }
    checkSteps(h.epochs, kHistory + ".epochs", kStepField, p.step);
    const std::string steps = kHistory + ".steps.rows";
    checkSteps(h.steps.items(), steps, kStepColumn, p.step);
    for (std::size_t i = 0; i < h.steps.items().size(); ++i)
        if (h.steps.items()[i].epoch > p.epoch)
            refuse(element(steps, i),
                   uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            "[1] (the epoch) is %1, after the run's epoch %2"),
                          {std::to_string(h.steps.items()[i].epoch), std::to_string(p.epoch)}));

    const std::size_t tensors = ParameterLayout(network).entries().size();
    const std::string norms = kHistory + ".parameter_norms.rows";
    checkSteps(h.parameterNorms.items(), norms, kStepColumn, p.step);
    for (std::size_t i = 0; i < h.parameterNorms.items().size(); ++i)
        if (h.parameterNorms.items()[i].norms.size() != tensors)
            refuse(element(norms, i),
                   uiText(h.parameterNorms.items()[i].norms.size() == 1
                              ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                  " has 1 norm after the step, expected %2 (one "
                                                  "per weight tensor of the network)")
                              : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                  " has %1 norms after the step, expected %2 (one "
                                                  "per weight tensor of the network)"),
                          {std::to_string(h.parameterNorms.items()[i].norms.size()),
                           std::to_string(tensors)}));

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
        const char* gates = QT_TRANSLATE_NOOP("rnnlab::UiText", "one per gate block of the cell");
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
                       uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                " has %1 time steps, but the data's samples have "
                                                "%2"),
                              {std::to_string(layers[k].size()), std::to_string(steps)}));
    }
}

}  // namespace

void checkFloatRange(const double* values, Index count, const std::string& place) {
    constexpr double kLargest = std::numeric_limits<float>::max();
    for (Index i = 0; i < count; ++i)
        if (std::abs(values[i]) > kLargest)
            refuse(element(place, std::size_t(i)),
                   uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                            " is %1, beyond the float32 range (about ±3.4e38) the "
                                            "trainer computes in"),
                          {shortest(values[i])}));
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
            refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                    ".samples_done is %1, but the epoch has not "
                                                    "begun (%2 is empty): expected 0"),
                                  {std::to_string(p.samplesDone), order}));
    } else {
        if (static_cast<Index>(p.order.size()) != n)
            refuse(order, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   " lists %1 samples, but the data has %2 "
                                                   "training samples"),
                                 {std::to_string(p.order.size()), std::to_string(n)}));
        std::vector<std::size_t> seenAt(train.size(), p.order.size());
        for (std::size_t i = 0; i < p.order.size(); ++i) {
            const auto it = std::lower_bound(train.begin(), train.end(), p.order[i]);
            if (it == train.end() || *it != p.order[i])
                refuse(element(order, i),
                       uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ": sample %1 is not one of the %2 training "
                                                "samples"),
                              {std::to_string(p.order[i]), std::to_string(n)}));
            std::size_t& first = seenAt[static_cast<std::size_t>(it - train.begin())];
            if (first != p.order.size())
                refuse(element(order, i),
                       uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                ": sample %1 is listed twice (also at order[%2])"),
                              {std::to_string(p.order[i]), std::to_string(first)}));
            first = i;
        }
        if (p.samplesDone >= n)
            refuse(kState, uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                    ".samples_done is %1, but the epoch has only "
                                                    "%2 training samples: an epoch in progress has "
                                                    "used fewer (a finished one has an empty "
                                                    "order)"),
                                  {std::to_string(p.samplesDone), std::to_string(n)}));
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
