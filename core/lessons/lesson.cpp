#include "core/lessons/lesson.h"

#include "core/base/errors.h"
#include "core/base/tensor_types.h"

namespace rnnlab {

namespace {

struct CheckName {
    LessonCheckKind kind;
    const char* name;
    bool hasValue;
};

constexpr CheckName kCheckNames[] = {
    {LessonCheckKind::GradientRatioBelow, "gradient_ratio_below", true},
    {LessonCheckKind::GradientRatioAbove, "gradient_ratio_above", true},
    {LessonCheckKind::LossFallAbove, "loss_fall_above", true},
    {LessonCheckKind::LossFallBelow, "loss_fall_below", true},
    {LessonCheckKind::Diverges, "diverges", false},
    {LessonCheckKind::StaysFinite, "stays_finite", false},
    {LessonCheckKind::GradientNormAbove, "gradient_norm_above", true},
    {LessonCheckKind::ForgetGateAbove, "forget_gate_above", true},
    {LessonCheckKind::ClosedLoopErrorAbove, "closed_loop_error_above", true},
    {LessonCheckKind::NaiveErrorAbove, "naive_error_above", true},
    {LessonCheckKind::OverfitAbove, "overfit_above", true},
    {LessonCheckKind::StopsEarly, "stops_early", false},
    {LessonCheckKind::AccuracyAbove, "accuracy_above", true},
    {LessonCheckKind::AccuracyBelow, "accuracy_below", true},
    {LessonCheckKind::BitsPerCharacterBelow, "bits_per_character_below", true},
    {LessonCheckKind::UnitCorrelationAbove, "unit_correlation_above", true},
};

struct SelectionName {
    UnitSelection selection;
    const char* name;
};

constexpr SelectionName kSelectionNames[] = {
    {UnitSelection::AfterSpace, "after_space"},
    {UnitSelection::InsideQuotes, "inside_quotes"},
    {UnitSelection::InsideBrackets, "inside_brackets"},
    {UnitSelection::LineEnds, "line_ends"},
};

const CheckName& entry(LessonCheckKind kind) {
    for (const CheckName& c : kCheckNames)
        if (c.kind == kind) return c;
    RNNLAB_ASSERT(false, "lesson check kind missing from kCheckNames");
    return kCheckNames[0];
}

}  // namespace

std::string toString(LessonCheckKind kind) {
    return entry(kind).name;
}

bool hasValue(LessonCheckKind kind) {
    return entry(kind).hasValue;
}

LessonCheckKind parseLessonCheckKind(const std::string& name) {
    std::string names;
    for (const CheckName& c : kCheckNames) {
        if (name == c.name) return c.kind;
        names += (names.empty() ? "" : ", ") + std::string(c.name);
    }
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown check '%1' (expected %2)"), {name, names}));
}

std::string toString(UnitSelection selection) {
    for (const SelectionName& s : kSelectionNames)
        if (s.selection == selection) return s.name;
    RNNLAB_ASSERT(false, "unit selection missing from kSelectionNames");
    return {};
}

UnitSelection parseUnitSelection(const std::string& name) {
    std::string names;
    for (const SelectionName& s : kSelectionNames) {
        if (name == s.name) return s.selection;
        names += (names.empty() ? "" : ", ") + std::string(s.name);
    }
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "unknown selection '%1' (expected %2)"), {name, names}));
}

std::string joinedNames(const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    return list;
}

UiText noRunLabelled(const std::string& run, const std::vector<std::string>& labels) {
    if (labels.empty())
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": no run is labelled '%1' (runs: none)"),
                      {run});
    return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": no run is labelled '%1' (runs: %2)"),
                  {run, joinedNames(labels)});
}

const std::vector<std::string>& lessonViewNames() {
    static const std::vector<std::string> names = {"training", "data", "explorer", "gradients",
                                                   "compare",  "text"};
    return names;
}

const Experiment* Lesson::experimentFor(const std::string& runLabel) const {
    if (runLabel.empty()) return &experiment;
    for (const LessonRun& r : runs)
        if (r.label == runLabel) return &r.experiment;
    return nullptr;
}

}  // namespace rnnlab
