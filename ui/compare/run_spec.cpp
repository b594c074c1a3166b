#include "ui/compare/run_spec.h"

namespace rnnlab::ui {

std::vector<RunSpec> runSpecs(const Lesson& lesson) {
    std::vector<RunSpec> specs;
    for (const LessonRun& r : lesson.runs)
        specs.push_back({QString::fromStdString(r.label), r.experiment.network,
                         r.experiment.training, *r.experiment.data});
    return specs;
}

}  // namespace rnnlab::ui
