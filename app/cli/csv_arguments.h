#pragma once
// The CSV reading options shared by `rnnlab-cli data` and `rnnlab-cli train --csv`:
//   --columns a,b --target c --label NAME|none --missing reject|drop|interpolate
//   --delimiter auto|comma|semicolon|tab|whitespace --header auto|yes|no --decimal-comma
//   auto|yes|no
//   --missing-markers "NA,n/a,-" --unpivot auto|yes|no

#include <set>
#include <string>

#include "arguments.h"
#include "core/data/csv_reader.h"

namespace rnnlab::cli {

// The option names above, for Arguments' list of valued options.
const std::set<std::string>& csvOptionNames();

CsvOptions csvOptionsFrom(const Arguments& args);

}  // namespace rnnlab::cli
