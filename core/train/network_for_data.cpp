#include "core/train/network_for_data.h"

namespace rnnlab {

NetworkConfig fittedToData(NetworkConfig c, const TrainingData& d) {
    c.inputSize = static_cast<int>(d.inputSize());
    c.input = d.vocabularySize() > 0 ? InputKind::Symbols : InputKind::Real;
    c.vocabSize = d.vocabularySize();
    if (c.input == InputKind::Real) c.embeddingSize = 0;
    c.outputSize = static_cast<int>(d.outputSize());
    c.output = d.perStepTargets() ? OutputMode::Sequence : OutputMode::Last;
    c.loss = d.classification() ? LossKind::CrossEntropy : LossKind::Mse;
    return c;
}

std::unique_ptr<Trainer> trainerForData(const NetworkConfig& network,
                                        const TrainingSettings& settings,
                                        std::shared_ptr<const TrainingData> data,
                                        AnalysisMode analysisMode) {
    const NetworkConfig fitted = fittedToData(network, *data);
    return std::make_unique<Trainer>(fitted, settings, std::move(data), analysisMode);
}

bool fixesNetworkShape(const DataSource& s) {
    return makesSequences(s) || s.kind == DataSourceKind::Text ||
           s.kind == DataSourceKind::Labelled;
}

DataSource shapedForNetwork(DataSource s, const NetworkConfig& requested) {
    if (fixesNetworkShape(s)) return s;
    s.window.mode =
        requested.output == OutputMode::Sequence ? WindowMode::ManyToMany : WindowMode::ManyToOne;
    s.target = requested.loss == LossKind::CrossEntropy ? TargetKind::Classification
                                                        : TargetKind::Regression;
    return s;
}

}  // namespace rnnlab
