#pragma once
// A labelled file for sequence classification, in whichever form it is written:
//   a name ending in ".csv" (any case)   a CSV table (labelled_table.h): sentences when it has
//                                         the text column (labelled_text.h), else numeric
//                                         sequences by id (labelled_sequences.h)
//   any other name (.tsv, .txt)           label<TAB>text lines (labelled_text.h)

#include <memory>
#include <string>
#include <string_view>

#include "core/data/labelled_dataset.h"
#include "core/data/labelled_table.h"
#include "core/data/normaliser.h"

namespace rnnlab {

// Largest labelled file read: hundreds of thousands of sentences.
constexpr std::uint64_t kMaxLabelledBytes = std::uint64_t(64) << 20;

// What shapes the data besides the file: `window` for sentences (0: chosen from the texts),
// `normalisation` for numeric sequences.
struct LabelledShape {
    LabelledColumns columns;
    Index window = 0;
    NormalisationKind normalisation = NormalisationKind::ZScore;
    SplitSpec split;
};

bool isLabelledCsv(const std::string& name);

// `source` names the file in messages and decides its form.
std::shared_ptr<LabelledDataset> readLabelled(std::string_view bytes, const std::string& source,
                                              const LabelledShape& shape);

}  // namespace rnnlab
