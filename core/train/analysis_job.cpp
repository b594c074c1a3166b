#include "core/train/analysis_job.h"

#include "core/analysis/recurrent_weight_norms.h"
#include "core/analysis/state_jacobian.h"
#include "core/recurrent_network.h"
#include "core/train/evaluation.h"

namespace rnnlab {

namespace {

EpochRecord evaluated(EpochRecord e, const NetworkConfig& config, const Parameters<float>& weights,
                      const TrainingData& data) {
    RecurrentNetwork<float> network(config);
    network.parameters().flat() = weights.flat();
    const Evaluation validation = evaluateSplit(network, data, Split::Validation);
    const Evaluation test = evaluateSplit(network, data, Split::Test);
    e.validationLoss = validation.loss;
    e.validation = validation.metrics;
    e.testLoss = test.loss;
    e.test = test.metrics;
    return e;
}

}  // namespace

AnalysisResult runAnalysis(const AnalysisJob& job) {
    AnalysisResult r;
    r.id = job.id;
    if (job.epoch) {
        r.epoch = evaluated(*job.epoch, job.network, *job.weights, *job.data);
        return r;
    }
    if (job.jacobians)
        r.jacobians = JacobianProfileRecord{
            job.step, jacobianProductNorms(*job.trace, job.weights->cast<double>())};
    if (job.recurrentNorms) {
        RecurrentWeightNorms n = recurrentWeightNorms(*job.weights, job.network);
        r.recurrentNorms = RecurrentNormRecord{job.step, std::move(n.spectralRadius),
                                               std::move(n.largestSingularValue)};
    }
    return r;
}

}  // namespace rnnlab
