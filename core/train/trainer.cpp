#include "core/train/trainer.h"

#include <algorithm>
#include <cmath>

#include "core/analysis/gradient_profile.h"
#include "core/analysis/recurrent_weight_norms.h"
#include "core/analysis/state_jacobian.h"
#include "core/errors.h"
#include "core/gradient_clipping.h"
#include "core/initializers.h"
#include "core/lr_schedule.h"
#include "core/train/evaluation.h"
#include "core/train/forecast.h"

namespace rnnlab {

namespace {

void checkFits(const NetworkConfig& c, const TrainingData& d) {
    validate(c);
    if (c.inputSize != d.inputSize())
        throw ConfigError("the network has input size " + std::to_string(c.inputSize) +
                          " but the data has " + std::to_string(d.inputSize()) + " input columns");
    if (c.outputSize != d.outputSize())
        throw ConfigError("the network has output size " + std::to_string(c.outputSize) +
                          " but the data needs " + std::to_string(d.outputSize()) +
                          (d.classification() ? " (one per class)" : ""));
    if (d.perStepTargets() != (c.output == OutputMode::Sequence))
        throw ConfigError(d.perStepTargets()
                              ? "the data has a target at every step: use output \"sequence\""
                              : "the data has one target per sample: use output \"last\"");
    if (d.classification() != (c.loss == LossKind::CrossEntropy))
        throw ConfigError(d.classification()
                              ? "the data's target is a class: use the cross_entropy loss"
                              : "the data's target is a number: use the mse loss");
    if (d.count(Split::Train) == 0)
        throw ConfigError("the training part of the data has no samples: shorten the window or "
                          "give training a larger fraction");
}

std::string describeNonFinite(double v) { return std::isnan(v) ? "NaN" : "infinite"; }

}  // namespace

Trainer::Trainer(const NetworkConfig& network, const TrainingSettings& settings,
                 std::shared_ptr<const TrainingData> data)
    : m_data(std::move(data)),
      m_settings(settings),
      m_network(network),
      m_optimizer(settings.optimizer),
      m_rng(settings.seed),
      m_lastGoodOptimizer(settings.optimizer) {
    RNNLAB_ASSERT(m_data != nullptr, "trainer without data");
    validate(settings);
    checkFits(network, *m_data);
    reinitialise();
}

void Trainer::setSettings(const TrainingSettings& s) {
    validate(s);
    m_settings = s;
    m_optimizer.setSettings(s.optimizer);
    m_optimizer.setLearningRate(learningRateAt(s.schedule, s.optimizer.learningRate, m_state.epoch));
    m_lastGoodOptimizer.setSettings(s.optimizer);
    if (m_stopReason == StopReason::EpochsDone && m_state.epoch < s.epochs)
        m_stopReason = StopReason::None;
}

void Trainer::reinitialise() {
    Parameters<double> w(m_network.config());
    initialise(w, m_network.config(), m_settings.init, m_settings.seed);
    setWeights(w);
}

void Trainer::setWeights(const Parameters<double>& weights) {
    RNNLAB_ASSERT(weights.flat().size() == m_network.parameters().flat().size(), "weights layout");
    m_network.parameters().flat() = weights.flat().cast<float>();
    m_freeRunning.reset();
    m_optimizer = Optimizer<float>(m_settings.optimizer);
    m_rng = Random(m_settings.seed);
    m_state = TrainerProgress{};
    m_history = TrainingHistory{};
    m_stopReason = StopReason::None;
    m_divergence.reset();
    m_lastGoodWeights = m_network.parameters().flat();
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = 0;
    m_bestWeights.resize(0);
    recordTrace(true);
}

double Trainer::epochProgress() const {
    const Index n = m_data->count(Split::Train);
    return n == 0 ? 0.0 : static_cast<double>(m_state.samplesDone) / static_cast<double>(n);
}

void Trainer::startEpochIfNeeded() {
    if (!m_state.order.empty()) return;
    m_state.order = m_data->samples(Split::Train);
    m_rng.shuffle(m_state.order);
    m_state.samplesDone = 0;
    m_state.epochLossSum = 0.0;
    m_optimizer.setLearningRate(
        learningRateAt(m_settings.schedule, m_settings.optimizer.learningRate, m_state.epoch));
}

std::optional<StepRecord> Trainer::step() {
    if (finished()) return std::nullopt;
    startEpochIfNeeded();
    const Index n = static_cast<Index>(m_state.order.size());
    const Index first = m_state.samplesDone;
    const Index B = std::min<Index>(m_settings.batchSize, n - first);
    m_data->batchOf(m_state.order, first, B, m_x, m_y);

    m_network.forward(m_x, m_data->steps(), B, m_ws);
    const double loss = m_network.backward(m_ws, m_y, m_grads, m_settings.truncation);
    const std::vector<double> norms = parameterNorms(m_grads);
    if (!checkDivergence(loss, norms)) return std::nullopt;

    // These weights passed: they are the ones to come back to if the update breaks them.
    Vector<float>& w = m_network.parameters().flat();
    m_lastGoodWeights = w;
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = m_state.step;

    StepRecord r;
    r.step = m_state.step + 1;
    r.epoch = m_state.epoch;
    r.loss = loss;
    r.learningRate = m_optimizer.settings().learningRate;
    if (m_settings.clip) {
        const ClipResult c = clipGradNorm(m_grads, m_settings.clipMaxNorm);
        r.gradNormBefore = c.normBefore;
        r.gradNormAfter = c.normAfter;
        r.clipped = c.clipped;
    } else {
        r.gradNormBefore = r.gradNormAfter = totalNorm(norms);
    }
    m_optimizer.step(w, m_grads.flat());
    if (!w.allFinite()) {
        const ParameterLayout& l = m_network.parameters().layout();
        for (const ParameterInfo& p : l.entries())
            if (!w.segment(p.offset, p.size()).allFinite()) {
                diverge(r.step, p.name, "the update made " + p.name + " non-finite");
                return std::nullopt;
            }
    }

    m_state.step = r.step;
    m_state.samplesDone += B;
    m_state.epochLossSum += loss * static_cast<double>(B);
    if (m_state.referenceLoss == 0.0) m_state.referenceLoss = std::max(loss, 1e-12);
    m_history.steps.add(r);
    if (m_history.parameterNorms.wants(r.step)) m_history.parameterNorms.add({r.step, norms});
    if (m_settings.traceEvery > 0 && r.step % m_settings.traceEvery == 0) recordTrace(true);
    if (m_state.samplesDone >= n) finishEpoch();
    return r;
}

bool Trainer::checkDivergence(double loss, const std::vector<double>& norms) {
    const std::vector<ParameterInfo>& entries = m_network.parameters().layout().entries();
    Index worst = 0;  // the largest gradient, or the first non-finite one
    for (Index i = 0; i < static_cast<Index>(norms.size()); ++i) {
        if (!std::isfinite(norms[i])) {
            diverge(m_state.step + 1, entries[i].name,
                    "the gradient of " + entries[i].name + " became " + describeNonFinite(norms[i]));
            return false;
        }
        if (norms[i] > norms[worst]) worst = i;
    }
    const std::string& culprit = entries[worst].name;
    std::string what;
    if (!std::isfinite(loss)) {
        what = "the loss became " + describeNonFinite(loss) + " (largest gradient: " + culprit + ")";
    } else if (m_settings.divergenceFactor > 0 && m_state.referenceLoss > 0 &&
               loss > m_settings.divergenceFactor * m_state.referenceLoss) {
        char buf[200];
        std::snprintf(buf, sizeof buf, "the loss jumped to %.4g, %.3g times the first step's %.4g",
                      loss, loss / m_state.referenceLoss, m_state.referenceLoss);
        what = std::string(buf) + " (largest gradient: " + culprit + ")";
    } else {
        return true;
    }
    diverge(m_state.step + 1, culprit, what);
    return false;
}

void Trainer::diverge(long long step, const std::string& parameter, const std::string& what) {
    m_freeRunning.reset();
    m_network.parameters().flat() = m_lastGoodWeights;
    m_optimizer = m_lastGoodOptimizer;
    m_divergence = Divergence{step, m_lastGoodStep, m_state.epoch, parameter, what, hint()};
    m_stopReason = StopReason::Diverged;
    recordTrace(false);
}

std::string Trainer::hint() const {
    char lr[64];
    std::snprintf(lr, sizeof lr, "%g", m_optimizer.settings().learningRate);
    std::string h = "lower the learning rate (now " + std::string(lr) + ")";
    if (m_settings.clip) {
        char clip[64];
        std::snprintf(clip, sizeof clip, "%g", m_settings.clipMaxNorm);
        return h + " or the gradient clipping threshold (now " + clip + ")";
    }
    return h + " or turn on gradient clipping";
}

void Trainer::resume() {
    if (m_stopReason == StopReason::Diverged) m_divergence.reset();
    if (m_stopReason == StopReason::EpochsDone && m_state.epoch >= m_settings.epochs) return;
    m_stopReason = StopReason::None;
}

void Trainer::finishEpoch() {
    const Vector<float>& w = m_network.parameters().flat();
    EpochRecord e;
    e.epoch = m_state.epoch;
    e.step = m_state.step;
    e.trainLoss = m_state.epochLossSum / static_cast<double>(m_state.order.size());
    e.learningRate = m_optimizer.settings().learningRate;
    const Evaluation val = evaluate(Split::Validation);
    const Evaluation test = evaluate(Split::Test);
    e.validationLoss = val.loss;
    e.validation = val.metrics;
    e.testLoss = test.loss;
    e.test = test.metrics;
    const FreeRunningErrors freeRunning = freeRunningErrors(m_network, *m_data);
    e.validationFreeRunning = freeRunning.validation;
    e.testFreeRunning = freeRunning.test;
    m_freeRunning = freeRunning.forecast;
    m_freeRunningStep = m_state.step;
    m_history.epochs.push_back(e);

    ++m_state.epoch;
    m_state.order.clear();
    m_state.samplesDone = 0;
    if (val.loss) {
        if (*val.loss < m_state.bestValidation) {
            m_state.bestValidation = *val.loss;
            m_state.epochsWithoutImprovement = 0;
            m_bestWeights = w;
        } else if (++m_state.epochsWithoutImprovement >= m_settings.earlyStoppingPatience &&
                   m_settings.earlyStoppingPatience > 0) {
            m_network.parameters().flat() = m_bestWeights;
            m_freeRunning.reset();
            m_stopReason = StopReason::EarlyStopped;
            recordTrace(false);
            return;
        }
    }
    if (m_state.epoch >= m_settings.epochs) m_stopReason = StopReason::EpochsDone;
}

Evaluation Trainer::evaluate(Split split) const {
    return evaluateSplit(m_network, *m_data, split);
}

std::pair<Split, Index> Trainer::tracedSample() const {
    const Split split = m_data->count(Split::Validation) > 0 ? Split::Validation : Split::Train;
    const Index n = m_data->count(split);
    return {split, std::min<Index>(m_settings.traceSample, n - 1)};
}

SequenceTrace Trainer::traceSample(Split split, Index index) const {
    RecurrentNetwork<double> net(m_network.config());
    net.parameters().flat() = m_network.parameters().flat().cast<double>();
    Matrix<double> x, y;
    m_data->batchOf(m_data->samples(split), index, 1, x, y);
    Workspace<double> ws;
    Parameters<double> grads;
    net.forward(x, m_data->steps(), 1, ws);
    const double loss = net.backward(ws, y, grads, m_settings.truncation);
    return extractTrace(net, ws, 0, loss);
}

SequenceTrace Trainer::traceInput(const Matrix<double>& input) const {
    if (input.rows() < 1 || input.cols() != m_network.config().inputSize)
        throw ConfigError("the input must have " + std::to_string(m_network.config().inputSize) +
                          " value(s) per step and at least one step");
    RecurrentNetwork<double> net(m_network.config());
    net.parameters().flat() = m_network.parameters().flat().cast<double>();
    Workspace<double> ws;
    net.forward(input, input.rows(), 1, ws);
    return extractTrace(net, ws, 0, std::nullopt);
}

void Trainer::recordTrace(bool addProfile) {
    const auto [split, index] = tracedSample();
    auto trace = std::make_shared<SequenceTrace>(traceSample(split, index));
    const long long step = m_state.step;
    if (addProfile && m_history.gradientProfiles.wants(step))
        m_history.gradientProfiles.add({step, hiddenGradientNorms(*trace)});
    if (addProfile && m_history.jacobianProfiles.wants(step))
        m_history.jacobianProfiles.add(
            {step, jacobianProductNorms(*trace, m_network.parameters().cast<double>())});
    if (addProfile && m_history.recurrentNorms.wants(step)) {
        RecurrentWeightNorms n = recurrentWeightNorms(m_network.parameters(), m_network.config());
        m_history.recurrentNorms.add(
            {step, std::move(n.spectralRadius), std::move(n.largestSingularValue)});
    }
    m_latestTrace = std::move(trace);
}

TrainerState Trainer::state() const {
    TrainerState s;
    s.progress = m_state;
    s.rng = m_rng.state();
    s.optimizer = m_optimizer.state().cast<double>();
    s.bestWeights = m_bestWeights.cast<double>();
    s.history = m_history;
    return s;
}

void Trainer::restore(const TrainerState& s) {
    m_freeRunning.reset();
    const Index n = m_data->count(Split::Train);
    if (!s.progress.order.empty() && static_cast<Index>(s.progress.order.size()) != n)
        throw ConfigError("the saved run shuffled " + std::to_string(s.progress.order.size()) +
                          " training samples but the data has " + std::to_string(n));
    if (s.progress.samplesDone < 0 || s.progress.samplesDone > n)
        throw ConfigError("the saved run's position in its epoch is outside the data");
    const Index params = m_network.parameters().flat().size();
    if (s.bestWeights.size() != 0 && s.bestWeights.size() != params)
        throw ConfigError("the saved best weights do not fit the network");
    m_optimizer.setState(s.optimizer.cast<float>(), params);
    m_state = s.progress;
    m_rng.setState(s.rng);
    m_bestWeights = s.bestWeights.cast<float>();
    m_history = s.history;
    m_optimizer.setLearningRate(
        learningRateAt(m_settings.schedule, m_settings.optimizer.learningRate, m_state.epoch));
    m_lastGoodWeights = m_network.parameters().flat();
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = m_state.step;
    m_divergence.reset();
    m_stopReason = m_state.epoch >= m_settings.epochs ? StopReason::EpochsDone : StopReason::None;
    recordTrace(false);
}

}  // namespace rnnlab
