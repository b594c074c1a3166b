#pragma once
// Numeric sequences to classify, from a CSV (labelled_table.h) with a sequence id column, a
// label column and one or more value columns: the rows of one id, in file order, are one
// sequence of real-valued inputs (one step per row), and its label is its class.
//   id,label,x
//   s1,rising,0.1        sequence s1: x = 0.1 0.4 0.9, class "rising"
//   s1,rising,0.4
//   s1,rising,0.9
//   s2,falling,0.8       ...
// The rows of an id must be together, and all carry the same label; every sequence has the
// same number of steps T (no padding: a real value has no neutral "nothing yet"). The value
// columns are normalised per column (normaliser.h) with the statistics of the training
// sequences' rows.

#include <memory>

#include "core/data/labelled_dataset.h"
#include "core/data/labelled_table.h"
#include "core/data/normaliser.h"

namespace rnnlab {

// DataError naming file:line:column for a value that is not a number, an id whose rows are
// not together, a label that changes within a sequence, a sequence of another length than
// the first, fewer than two classes.
std::shared_ptr<LabelledDataset> labelledSequenceData(const LabelledTable& table,
                                                      const LabelledColumns& columns,
                                                      NormalisationKind normalisation,
                                                      const SplitSpec& split);

}  // namespace rnnlab
