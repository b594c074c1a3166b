#include "core/analysis/sentence_reading.h"

#include "core/data/labelled_dataset.h"

namespace rnnlab {

bool readsSentences(const TrainingData& data) {
    return dynamic_cast<const LabelledDataset*>(&data) != nullptr && data.vocabularySize() > 0;
}

Split sentenceSplit(const TrainingData& data) {
    return data.count(Split::Validation) > 0 ? Split::Validation : Split::Train;
}

SentenceReading readSentences(const RecurrentNetwork<float>& network, const TrainingData& data,
                              Index chosen) {
    const Split split = sentenceSplit(data);
    SentenceReading r;
    r.predictions = predictSequences(network, data, split);
    r.misclassified = findMisclassified(network, data, split);
    r.plane = fitSentencePlane(network.config(), network.parameters(), data, split);
    const Index count = data.count(split);
    if (count == 0) return r;
    if (chosen < 0 || chosen >= count)
        chosen = r.misclassified.listed.empty() ? 0 : r.misclassified.listed.front().index;
    r.path =
        sentencePath(network.config(), network.parameters(), data, split, chosen, r.plane.plane);
    return r;
}

}  // namespace rnnlab
