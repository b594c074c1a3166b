#pragma once
// A sentence classifier seen from inside, with one set of weights: how often each class is
// right (sequence_predictions.h), the sentences it gets wrong (misclassified.h), where the
// sentences end in the PCA plane of the last layer's state and the path one chosen sentence
// takes there (sentence_plane.h). What the Text view shows for labelled sentences.

#include "core/analysis/sentence_plane.h"
#include "core/train/misclassified.h"
#include "core/train/sequence_predictions.h"

namespace rnnlab {

// Labelled sentences: symbols in, one class out at the last step.
bool readsSentences(const TrainingData& data);
// The part read: validation, else training (the parts the explorer traces).
Split sentenceSplit(const TrainingData& data);

struct SentenceReading {
    SequencePredictions predictions;  // of the whole part: the per-class accuracy
    Misclassified misclassified;
    SentencePlane plane;
    SentencePath path;  // the chosen sentence; none (no points) when the part is empty
};

// `chosen` is a sentence of sentenceSplit(data), or −1 for the most confidently wrong one (the
// first when none is wrong).
SentenceReading readSentences(const RecurrentNetwork<float>& network, const TrainingData& data,
                              Index chosen);

}  // namespace rnnlab
