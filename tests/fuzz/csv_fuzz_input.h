#pragma once
// One fuzz input for the delimited-text reader, shared by the libFuzzer target (fuzz_csv.cpp) and
// its replay test (tests/core/tst_csv_fuzz_corpus.cpp). The first byte picks the options, the
// rest is the file. The input must either load into a consistent Series or be refused with a
// DataError; any other exception propagates. Returns the broken invariant, or nullptr.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/data/csv_reader.h"
#include "core/data/data_error.h"

namespace rnnlab::fuzz {

inline const char* checkCsvInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return nullptr;
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
        const std::size_t rows = std::size_t(s.rows());
        if (s.rows() < options.minRows) return "fewer rows than minRows";
        if (s.names.size() != s.columns.size()) return "names and columns differ";
        if (s.lines.size() != rows) return "one line number per row";
        if (s.labelName.empty() ? !s.labels.empty() : s.labels.size() != rows)
            return "one label per row";
        for (const auto& column : s.columns) {
            if (column.size() != rows) return "columns of unequal length";
            for (double v : column)
                if (!std::isfinite(v)) return "a non-finite value survived";
        }
        for (std::size_t r = 1; r < rows; ++r)
            if (s.lines[r] <= s.lines[r - 1]) return "line numbers not increasing";
        if (s.target < 0 || std::size_t(s.target) >= s.columns.size()) return "bad target";
        for (int i : s.inputs)
            if (i < 0 || std::size_t(i) >= s.columns.size()) return "bad input column";
    } catch (const DataError& e) {
        if (e.what()[0] == '\0') return "empty error message";
    }
    return nullptr;
}

}  // namespace rnnlab::fuzz
