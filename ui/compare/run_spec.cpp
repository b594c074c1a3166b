#include "ui/compare/run_spec.h"

#include "ui/cell_name.h"

namespace rnnlab::ui {

std::vector<RunSpec> runSpecs(const Lesson& lesson) {
    std::vector<RunSpec> specs;
    for (const LessonRun& r : lesson.runs)
        specs.push_back({QString::fromStdString(r.label), r.experiment.network,
                         r.experiment.training, *r.experiment.data});
    return specs;
}

std::vector<RunSpec> cellComparison(const NetworkConfig& network, const TrainingSettings& settings,
                                    const DataSource& data) {
    std::vector<RunSpec> specs;
    for (const auto& [cell, label] :
         {std::pair{CellType::Rnn, "RNN"}, std::pair{CellType::Lstm, "LSTM"},
          std::pair{CellType::Gru, "GRU"}}) {
        specs.push_back({QString::fromLatin1(label), withCell(network, cell), settings, data});
    }
    return specs;
}

}  // namespace rnnlab::ui
