#include "core/train/analysis_job.h"

#include "core/analysis/gradient_profile.h"
#include "core/analysis/recurrent_weight_norms.h"
#include "core/analysis/state_jacobian.h"
#include "core/nn/recurrent_network.h"
#include "core/train/evaluation.h"
#include "core/train/forecast.h"
#include "core/train/sequence_tracing.h"

namespace rnnlab {

namespace {

std::shared_ptr<const SequenceTrace> traceOf(const AnalysisJob& job) {
    if (job.trace) return job.trace;
    return std::make_shared<const SequenceTrace>(traceSample(
        job.network, *job.weights, *job.data, job.split, job.index, job.truncation));
}

EpochRecord evaluated(const AnalysisJob& job) {
    RecurrentNetwork<float> network(job.network);
    network.parameters().flat() = job.weights->flat();
    EpochRecord e = *job.epoch;
    const Evaluation validation = evaluateSplit(network, *job.data, Split::Validation);
    const Evaluation test = evaluateSplit(network, *job.data, Split::Test);
    e.validationLoss = validation.loss;
    e.validation = validation.metrics;
    e.testLoss = test.loss;
    e.test = test.metrics;
    if (!job.freeRunning) return e;
    const FreeRunningErrors freeRunning = freeRunningErrors(network, *job.data);
    e.validationFreeRunning = freeRunning.validation;
    e.testFreeRunning = freeRunning.test;
    return e;
}

}  // namespace

AnalysisResult runAnalysis(const AnalysisJob& job) {
    AnalysisResult r;
    r.id = job.id;
    r.kind = job.kind;
    switch (job.kind) {
        case AnalysisKind::Trace:
            r.trace = traceOf(job);
            if (job.profile) r.profile = GradientProfileRecord{job.step, hiddenGradientNorms(*r.trace)};
            break;
        case AnalysisKind::HeavyAnalyses:
            if (job.jacobians)
                r.jacobians = JacobianProfileRecord{
                    job.step, jacobianProductNorms(*traceOf(job), job.weights->cast<double>())};
            if (job.recurrentNorms) {
                RecurrentWeightNorms n = recurrentWeightNorms(*job.weights, job.network);
                r.recurrentNorms = RecurrentNormRecord{job.step, std::move(n.spectralRadius),
                                                       std::move(n.largestSingularValue)};
            }
            break;
        case AnalysisKind::Epoch:
            r.epoch = evaluated(job);
            break;
    }
    return r;
}

}  // namespace rnnlab
