#pragma once
// What `rnnlab-cli train` prints after training on labelled data (core/data/labelled_dataset.h),
// on stderr:
//   accuracy: train 0.952 (200/210), validation 0.867 (39/45), test 0.822 (37/45); the largest
//   training class alone: 0.524
//   per-class accuracy (validation): neg 0.905 (19/21), pos 0.833 (20/24)
//   confusion matrix (validation; rows: actual class, columns: predicted):
//          neg  pos
//     neg   19    2
//     pos    4   20
// Accuracy = correct / predicted over a part; a class's accuracy is its recall (the share of
// its sequences predicted as it, sequence_predictions.h). The per-class accuracy and the
// confusion matrix are the validation part's, else the test part's.

#include "core/train/trainer.h"

namespace rnnlab::cli {

// Nothing for data that is not labelled.
void reportClassification(const Trainer& trainer);

}  // namespace rnnlab::cli
