// libFuzzer target for the delimited-text reader: any bytes must either load into a consistent
// Series or be refused with a DataError; anything else (a crash, a sanitizer report, another
// exception, a broken invariant) is a bug. The first byte picks the options.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

using namespace rnnlab;

namespace {
void check(bool ok) {
    if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned pick = data[0];
    CsvOptions options;
    options.delimiter = Delimiter(pick % 5);
    options.header = HeaderMode((pick / 5) % 3);
    options.missing = MissingPolicy((pick / 15) % 3);
    options.decimalComma = DecimalComma((pick / 45) % 3);
    options.everyColumnNumeric = (pick / 135) % 2 == 1;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const LoadedCsv loaded = parseCsv(text, "fuzz.csv", options);
        const Series& s = loaded.series;
        check(s.rows() >= options.minRows);
        check(s.names.size() == s.columns.size());
        check(s.lines.size() == std::size_t(s.rows()));
        check(s.labelName.empty() ? s.labels.empty() : s.labels.size() == std::size_t(s.rows()));
        for (const auto& column : s.columns) {
            check(column.size() == std::size_t(s.rows()));
            for (double v : column) check(std::isfinite(v));
        }
        for (std::size_t r = 1; r < s.lines.size(); ++r) check(s.lines[r] > s.lines[r - 1]);
        check(s.target >= 0 && std::size_t(s.target) < s.columns.size());
        for (int i : s.inputs) check(i >= 0 && std::size_t(i) < s.columns.size());
    } catch (const DataError& e) {
        check(e.what()[0] != '\0');
    }
    return 0;
}
