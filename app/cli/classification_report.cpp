#include "classification_report.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/data/labelled_dataset.h"
#include "core/train/sequence_predictions.h"

namespace rnnlab::cli {

namespace {

// "0.867 (39/45)"
std::string fraction(double share, long long correct, long long total) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f (%lld/%lld)", share, correct, total);
    return buf;
}

std::string padded(const std::string& text, std::size_t width) {
    return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
}

}  // namespace

void reportClassification(const Trainer& trainer) {
    const auto* data = dynamic_cast<const LabelledDataset*>(&trainer.data());
    if (!data) return;
    std::string parts;
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const SequencePredictions p = predictSequences(trainer.network(), *data, split);
        if (p.total() == 0) continue;
        parts += (parts.empty() ? "" : ", ") + toString(split) + " " +
                 fraction(double(p.correct()) / double(p.total()), p.correct(), p.total());
    }
    const std::vector<Index> counts = data->classCounts(Split::Train);
    const Index largest = *std::max_element(counts.begin(), counts.end());
    std::fprintf(stderr, "accuracy: %s; the largest training class alone: %.3f\n", parts.c_str(),
                 double(largest) / double(data->count(Split::Train)));

    const Split held = predictionSplit(*data);
    if (held == Split::Train) return;
    const SequencePredictions p = predictSequences(trainer.network(), *data, held);
    const std::vector<std::string>& classes = data->classes();
    const std::vector<std::optional<double>> accuracy = p.classAccuracy();
    const std::vector<long long> totals = p.classTotals();
    std::string perClass;
    for (std::size_t c = 0; c < classes.size(); ++c)
        perClass += (perClass.empty() ? "" : ", ") + classes[c] + " " +
                    (accuracy[c] ? fraction(*accuracy[c], p.confusion[c][c], totals[c])
                                 : std::string("(none)"));
    std::fprintf(stderr, "per-class accuracy (%s): %s\n", toString(held).c_str(),
                 perClass.c_str());
    std::size_t width = 5;
    for (const std::string& c : classes) width = std::max(width, c.size() + 1);
    std::string table = padded("", width + 2);
    for (const std::string& c : classes) table += padded(c, width);
    for (std::size_t a = 0; a < classes.size(); ++a) {
        table += "\n  " + padded(classes[a], width);
        for (long long count : p.confusion[a]) table += padded(std::to_string(count), width);
    }
    std::fprintf(stderr,
                 "confusion matrix (%s; rows: actual class, columns: predicted):\n%s\n",
                 toString(held).c_str(), table.c_str());
}

}  // namespace rnnlab::cli
