#pragma once
// The labelled data a command reads, as `rnnlab-cli train --labelled` and `rnnlab-cli data
// --labelled` name it: a labelled file (core/data/labelled_file.h), or the name of a bundled
// labelled set (sentiment_en, sentiment_zh) when no file of that name exists; and the columns
// of a CSV:
//   --label-column NAME (label) --text-column NAME (text) --id-column NAME (id)
//   --value-columns a,b (every column but the id and the label)

#include <set>
#include <string>

#include "arguments.h"
#include "core/train/data_source.h"

namespace rnnlab::cli {

// The option names above, for Arguments' list of valued options.
const std::set<std::string>& labelledOptionNames();

// A file is recorded by its absolute path (an experiment file records it relative to itself).
LabelledSource labelledSourceFrom(const std::string& argument, const Arguments& args);

// UsageError when a labelled option is given without --labelled.
void refuseLabelledOptions(const Arguments& args);

}  // namespace rnnlab::cli
