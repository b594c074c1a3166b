#pragma once
// A labelled CSV file as a table of text cells: the first record is the header naming the
// columns, the delimiter is detected as for any CSV (csv_detection.h), quoting is RFC 4180
// (csv_records.h). Columns are named by header name or 1-based number ("2").
//   label,text                     id,label,x,y
//   pos,"a fine, warm film"        a,up,0.1,0.2
//   neg,dull                       a,up,0.3,0.1
// Which columns mean what, with their defaults: LabelledColumns.

#include <string>
#include <string_view>
#include <vector>

namespace rnnlab {

struct LabelledColumns {
    std::string label = "label";  // the class of each line (or of each sequence)
    std::string text = "text";    // a sentence to classify, or
    std::string id = "id";        // which sequence a row belongs to, and
    std::vector<std::string> values;  // its values at this step (empty: every other column)
};

struct LabelledTable {
    std::string source;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // cells as text, quotes undone
    std::vector<long> lines;                     // file line of each row
    long headerLine = 1;

    // The index of a column named by header name or 1-based number, or -1.
    int find(const std::string& name) const;
    // As find(), or DataError at the header naming the role ("the label column").
    int require(const std::string& name, const std::string& role) const;
};

// DataError with file:line:column for bad encoding, quoting, no data rows and a row whose
// number of cells differs from the header's.
LabelledTable readLabelledTable(std::string_view bytes, const std::string& source);

}  // namespace rnnlab
