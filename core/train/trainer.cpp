#include "core/train/trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/analysis/analysis_schedule.h"
#include "core/analysis/gradient_profile.h"
#include "core/base/errors.h"
#include "core/optim/gradient_clipping.h"
#include "core/optim/initializers.h"
#include "core/optim/lr_schedule.h"
#include "core/train/evaluation.h"
#include "core/train/forecast.h"
#include "core/train/memory_budget.h"
#include "core/train/sequence_tracing.h"
#include "core/train/trainer_state_check.h"

namespace rnnlab {

namespace {

void checkFits(const NetworkConfig& c, const TrainingData& d) {
    validate(c);
    const int V = d.vocabularySize();
    if (c.input == InputKind::Symbols && V == 0)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "network.input: \"symbols\" needs symbol data, "
                                                   "but the data section gives real-valued "
                                                   "series: use \"input\": \"real\"")));
    if (c.input == InputKind::Real && V > 0)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "network.input: the data gives symbols (a "
                                                   "vocabulary of %1): use \"input\": \"symbols\" "
                                                   "with vocab_size %1"),
                                 {std::to_string(V)}));
    if (c.input == InputKind::Symbols && c.vocabSize != V)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "network.vocab_size is %1 but the data has a "
                                                   "vocabulary of %2 symbols"),
                                 {std::to_string(c.vocabSize), std::to_string(V)}));
    if (c.inputSize != d.inputSize())
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "the network has input size %1 but the data "
                                                   "has %2 input columns"),
                                 {std::to_string(c.inputSize), std::to_string(d.inputSize())}));
    if (c.outputSize != d.outputSize())
        throw ConfigError(uiText(d.classification()
                                     ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the network has output size %1 but the "
                                                         "data needs %2 (one per class)")
                                     : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the network has output size %1 but the "
                                                         "data needs %2"),
                                 {std::to_string(c.outputSize), std::to_string(d.outputSize())}));
    if (d.perStepTargets() != (c.output == OutputMode::Sequence))
        throw ConfigError(uiText(d.perStepTargets()
                                     ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the data has a target at every step: use "
                                                         "output \"sequence\"")
                                     : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the data has one target per sample: use "
                                                         "output \"last\"")));
    if (d.classification() != (c.loss == LossKind::CrossEntropy))
        throw ConfigError(uiText(d.classification()
                                     ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the data's target is a class: use the "
                                                         "cross_entropy loss")
                                     : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                         "the data's target is a number: use the "
                                                         "mse loss")));
    if (d.count(Split::Train) == 0)
        throw ConfigError(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                   "the training part of the data has no samples: "
                                                   "shorten the window or give training a larger "
                                                   "fraction")));
}

// The buffers of training with these settings must fit the memory budget (memory_budget.h).
void checkMemory(const NetworkConfig& c, const TrainingSettings& s, const TrainingData& d) {
    const Index batch = std::min<Index>(s.batchSize, d.count(Split::Train));
    const Index evaluated = std::max(d.count(Split::Validation), d.count(Split::Test));
    checkMemoryBudget(
        estimateTraining(c, batch, std::min(kEvaluationChunk, evaluated), d.steps()),
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                 "training the %1 network (num_layers %2, "
                                 "hidden_size %3)"),
               {toString(c.cell), std::to_string(c.numLayers), std::to_string(c.hiddenSize)}));
}

// "NaN" or "infinite": a word of the message, so a template of its own.
UiText describeNonFinite(double v) {
    return std::isnan(v) ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "NaN"))
                         : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "infinite"));
}

// Records a result in a history: a live run's, or a copy in its state. The trace itself is the
// live run's business (Trainer::record).
void recordAnalysis(const AnalysisResult& r, const AnalysisJob& job, TrainingHistory& history,
                    TrainerProgress& progress, Vector<float>& bestWeights) {
    if (r.profile) history.gradientProfiles.add(*r.profile);
    if (r.jacobians) history.jacobianProfiles.add(*r.jacobians);
    if (r.recurrentNorms) history.recurrentNorms.add(*r.recurrentNorms);
    if (!r.epoch) return;
    history.epochs.push_back(*r.epoch);
    const std::optional<double>& validation = r.epoch->validationLoss;
    if (!validation) return;
    if (*validation < progress.bestValidation) {
        progress.bestValidation = *validation;
        progress.epochsWithoutImprovement = 0;
        bestWeights = job.weights->flat();
    } else {
        ++progress.epochsWithoutImprovement;
    }
}

}  // namespace

Trainer::Trainer(const NetworkConfig& network, const TrainingSettings& settings,
                 std::shared_ptr<const TrainingData> data, AnalysisMode analysisMode)
    : m_data(std::move(data)),
      m_settings(settings),
      m_network(network),
      m_optimizer(settings.optimizer),
      m_rng(settings.seed),
      m_lastGoodOptimizer(settings.optimizer),
      m_bestSoundOptimizer(settings.optimizer),
      m_analysisMode(analysisMode) {
    RNNLAB_ASSERT(m_data != nullptr, "trainer without data");
    validate(settings);
    checkFits(network, *m_data);
    checkMemory(network, settings, *m_data);
    reinitialise();
}

void Trainer::setSettings(const TrainingSettings& s) {
    validate(s);
    checkMemory(m_network.config(), s, *m_data);
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
    for (const ParameterInfo& p : weights.layout().entries())
        checkFloatRange(weights.flat().data() + p.offset, p.size(), "weights." + p.name + ".data");
    m_network.parameters().flat() = weights.flat().cast<float>();
    m_optimizer = Optimizer<float>(m_settings.optimizer);
    m_rng = Random(m_settings.seed);
    m_state = TrainerProgress{};
    m_history = TrainingHistory{};
    m_stopReason = StopReason::None;
    m_divergence.reset();
    m_lastGoodWeights = m_network.parameters().flat();
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = 0;
    keepAsBestSound(std::numeric_limits<double>::infinity());
    m_bestWeights.resize(0);
    for (PendingQueue& q : m_pending) q.clear();
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
    if (loss < m_bestSoundLoss) keepAsBestSound(loss);

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
                diverge(r.step, p.name,
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the update made %1 non-finite"),
                               {p.name}));
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
                    uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the gradient of %1 became "),
                           {entries[i].name}) +
                        describeNonFinite(norms[i]));
            return false;
        }
        if (norms[i] > norms[worst]) worst = i;
    }
    const std::string& culprit = entries[worst].name;
    UiText what;
    if (!std::isfinite(loss)) {
        what = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the loss became ")) +
               describeNonFinite(loss) +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " (largest gradient: %1)"), {culprit});
    } else if (m_settings.divergenceFactor > 0 && m_state.referenceLoss > 0 &&
               loss > m_settings.divergenceFactor * m_state.referenceLoss) {
        char jumped[40], times[40], first[40];
        std::snprintf(jumped, sizeof jumped, "%.4g", loss);
        std::snprintf(times, sizeof times, "%.3g", loss / m_state.referenceLoss);
        std::snprintf(first, sizeof first, "%.4g", m_state.referenceLoss);
        what = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "the loss jumped to %1, %2 times the first step's %3"),
                      {jumped, times, first}) +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " (largest gradient: %1)"), {culprit});
    } else {
        return true;
    }
    diverge(m_state.step + 1, culprit, what);
    return false;
}

void Trainer::diverge(long long step, const std::string& parameter, const UiText& what) {
    m_network.parameters().flat() = m_lastGoodWeights;
    m_optimizer = m_lastGoodOptimizer;
    m_divergence = Divergence{step, m_lastGoodStep, m_state.epoch, parameter, what, hint()};
    m_stopReason = StopReason::Diverged;
    recordTrace(false);
}

UiText Trainer::hint() const {
    char lr[64];
    std::snprintf(lr, sizeof lr, "%g", m_optimizer.settings().learningRate);
    if (m_settings.clip) {
        char clip[64];
        std::snprintf(clip, sizeof clip, "%g", m_settings.clipMaxNorm);
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "lower the learning rate (now %1) or the gradient "
                                        "clipping threshold (now %2)"),
                      {lr, clip});
    }
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                    "lower the learning rate (now %1) or turn on gradient "
                                    "clipping"),
                  {lr});
}

void Trainer::keepAsBestSound(double loss) {
    m_bestSoundWeights = m_network.parameters().flat();
    m_bestSoundOptimizer = m_optimizer;
    m_bestSoundLoss = loss;
}

void Trainer::restoreBestSoundWeights() {
    m_network.parameters().flat() = m_bestSoundWeights;
    m_optimizer = m_bestSoundOptimizer;
    m_optimizer.setSettings(m_settings.optimizer);
    m_optimizer.setLearningRate(
        learningRateAt(m_settings.schedule, m_settings.optimizer.learningRate, m_state.epoch));
    m_lastGoodWeights = m_bestSoundWeights;
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = m_state.step;
    resume();
    recordTrace(false);
}

void Trainer::resume() {
    if (m_stopReason == StopReason::Diverged) m_divergence.reset();
    if (m_stopReason == StopReason::EpochsDone && m_state.epoch >= m_settings.epochs) return;
    m_stopReason = StopReason::None;
}

void Trainer::finishEpoch() {
    std::shared_ptr<AnalysisJob> job = newJob(AnalysisKind::Epoch);
    EpochRecord& e = job->epoch.emplace();
    e.epoch = m_state.epoch;
    e.step = m_state.step;
    e.trainLoss = m_state.epochLossSum / static_cast<double>(m_state.order.size());
    e.learningRate = m_optimizer.settings().learningRate;
    job->freeRunning =
        e.epoch % freeRunningEvery(m_network.config(), m_data->steps(), m_settings.batchSize,
                                   m_data->count(Split::Train), freeRunningRows(*m_data)) ==
        0;

    ++m_state.epoch;
    m_state.order.clear();
    m_state.samplesDone = 0;
    const int patience = m_settings.earlyStoppingPatience;
    if (patience > 0) {
        // Early stopping decides now, on every epoch before this one too.
        finishPendingAnalyses(AnalysisKind::Epoch);
        record(runAnalysis(*job), *job);
        if (m_history.epochs.back().validationLoss &&
            m_state.epochsWithoutImprovement >= patience) {
            m_network.parameters().flat() = m_bestWeights;
                    m_stopReason = StopReason::EarlyStopped;
            recordTrace(false);
            return;
        }
    } else {
        submit(std::move(job));
    }
    if (m_state.epoch >= m_settings.epochs) m_stopReason = StopReason::EpochsDone;
}

std::shared_ptr<AnalysisJob> Trainer::newJob(AnalysisKind kind) const {
    auto job = std::make_shared<AnalysisJob>();
    job->id = m_nextJobId++;
    job->kind = kind;
    job->network = m_network.config();
    job->data = m_data;
    job->weights = std::make_shared<const Parameters<float>>(m_network.parameters());
    job->step = m_state.step;
    const auto [split, index] = tracedSample();
    job->split = split;
    job->index = index;
    job->truncation = m_settings.truncation;
    return job;
}

void Trainer::submit(std::shared_ptr<AnalysisJob> job) {
    if (m_analysisMode == AnalysisMode::Inline) {
        record(runAnalysis(*job), *job);
        return;
    }
    PendingQueue& queue = pending(job->kind);
    queue.push_back({std::move(job), false, std::nullopt});
    while (queue.size() > kMaxPendingAnalyses) {
        const PendingAnalysis oldest = std::move(queue.front());
        queue.pop_front();
        record(oldest.result ? *oldest.result : runAnalysis(*oldest.job), *oldest.job);
    }
}

void Trainer::record(const AnalysisResult& result, const AnalysisJob& job) {
    if (result.trace) m_latestTrace = result.trace;
    recordAnalysis(result, job, m_history, m_state, m_bestWeights);
}

void Trainer::finishPendingAnalyses(AnalysisKind kind) {
    PendingQueue& queue = pending(kind);
    while (!queue.empty()) {
        const PendingAnalysis oldest = std::move(queue.front());
        queue.pop_front();
        record(oldest.result ? *oldest.result : runAnalysis(*oldest.job), *oldest.job);
    }
}

std::vector<std::shared_ptr<const AnalysisJob>> Trainer::takeAnalysisJobs() {
    std::vector<std::shared_ptr<const AnalysisJob>> jobs;
    for (PendingQueue& queue : m_pending) {
        for (PendingAnalysis& p : queue) {
            if (p.handedOut || p.result) continue;
            p.handedOut = true;
            jobs.push_back(p.job);
        }
    }
    return jobs;
}

void Trainer::handOutAnalysesAgain() {
    for (PendingQueue& queue : m_pending)
        for (PendingAnalysis& p : queue) p.handedOut = false;
}

void Trainer::completeAnalysis(const AnalysisResult& result) {
    PendingQueue& queue = pending(result.kind);
    for (PendingAnalysis& p : queue) {
        if (p.job->id == result.id) {
            p.result = result;
            break;
        }
    }
    while (!queue.empty() && queue.front().result) {
        const PendingAnalysis oldest = std::move(queue.front());
        queue.pop_front();
        record(*oldest.result, *oldest.job);
    }
}

std::size_t Trainer::pendingAnalyses() const {
    std::size_t n = 0;
    for (const PendingQueue& queue : m_pending) n += queue.size();
    return n;
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
    return rnnlab::traceSample(m_network.config(), m_network.parameters(), *m_data, split, index,
                               m_settings.truncation);
}

SequenceTrace Trainer::traceInput(const Matrix<double>& input) const {
    return rnnlab::traceInput(m_network.config(), m_network.parameters(), input);
}

void Trainer::recordTrace(bool addProfile) {
    const long long step = m_state.step;
    std::shared_ptr<AnalysisJob> trace = newJob(AnalysisKind::Trace);
    trace->profile = addProfile && m_history.gradientProfiles.wants(step);
    // Inline, the heavy analyses below reuse this trace.
    if (m_analysisMode == AnalysisMode::Inline)
        trace->trace = std::make_shared<const SequenceTrace>(traceSample(trace->split, trace->index));
    std::shared_ptr<const SequenceTrace> traced = trace->trace;
    submit(std::move(trace));
    if (!addProfile) return;
    // The heavy analyses at their own interval (analysis_schedule.h); a fresh run's weights
    // always.
    const long long every = heavyAnalysisEvery(m_network.config(), m_data->steps(),
                                               m_settings.batchSize, m_settings.traceEvery);
    if (step != 0 && (every == 0 || step % every != 0)) return;
    std::shared_ptr<AnalysisJob> heavy = newJob(AnalysisKind::HeavyAnalyses);
    heavy->jacobians = m_history.jacobianProfiles.wants(step);
    heavy->recurrentNorms = m_history.recurrentNorms.wants(step);
    heavy->trace = std::move(traced);
    if (heavy->jacobians || heavy->recurrentNorms) submit(std::move(heavy));
}

TrainerState Trainer::state() const {
    TrainerState s;
    s.progress = m_state;
    s.rng = m_rng.state();
    s.optimizer = m_optimizer.state().cast<double>();
    s.history = m_history;
    Vector<float> best = m_bestWeights;
    for (const PendingQueue& queue : m_pending)
        for (const PendingAnalysis& p : queue)
            recordAnalysis(p.result ? *p.result : runAnalysis(*p.job), *p.job, s.history,
                           s.progress, best);
    s.bestWeights = best.cast<double>();
    return s;
}

void Trainer::restore(const TrainerState& s) {
    checkStateFitsNetwork(s, m_network.config(), m_settings);
    checkStateFitsData(s, *m_data);
    m_optimizer.setState(s.optimizer.cast<float>(), m_network.parameters().flat().size());
    m_state = s.progress;
    m_rng.setState(s.rng);
    m_bestWeights = s.bestWeights.cast<float>();
    m_history = s.history;
    m_optimizer.setLearningRate(
        learningRateAt(m_settings.schedule, m_settings.optimizer.learningRate, m_state.epoch));
    m_lastGoodWeights = m_network.parameters().flat();
    m_lastGoodOptimizer = m_optimizer;
    m_lastGoodStep = m_state.step;
    keepAsBestSound(std::numeric_limits<double>::infinity());
    m_divergence.reset();
    for (PendingQueue& q : m_pending) q.clear();
    m_stopReason = m_state.epoch >= m_settings.epochs ? StopReason::EpochsDone : StopReason::None;
    recordTrace(false);
}

}  // namespace rnnlab
