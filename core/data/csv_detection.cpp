#include "core/data/csv_detection.h"

#include <utility>

#include "core/data/data_error.h"
#include "core/data/utf8_text.h"

namespace rnnlab {

Delimiter detectDelimiter(std::string_view text, const std::string& source) {
    std::vector<Field> fields;
    auto firstCount = [&](Delimiter d) {
        RecordReader reader(text, d, source);
        try {
            return reader.next(fields) ? fields.size() : 0;
        } catch (const DataError&) {
            return std::size_t(0);
        }
    };
    auto consistent = [&](Delimiter d) {
        RecordReader reader(text, d, source);
        std::size_t count = 0;
        try {
            for (int r = 0; r < kCsvSampleRecords && reader.next(fields); ++r) {
                if (r == 0) count = fields.size();
                if (fields.size() != count) return false;
            }
        } catch (const DataError&) {
            return false;
        }
        return count > 1;
    };
    const Delimiter candidates[] = {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma,
                                    Delimiter::Whitespace};
    for (Delimiter d : candidates)
        if (consistent(d)) return d;
    Delimiter best = Delimiter::Comma;
    std::size_t most = 1;
    for (Delimiter d : {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma}) {
        const std::size_t count = firstCount(d);
        if (count > most) {
            most = count;
            best = d;
        }
    }
    return best;
}

CsvSample readSample(std::string_view text, Delimiter delimiter, const std::string& source) {
    CsvSample sample;
    RecordReader reader(text, delimiter, source);
    std::vector<Field> fields;
    try {
        while (int(sample.records.size()) <= kCsvSampleRecords && reader.next(fields)) {
            sample.records.push_back(fields);
            sample.lines.push_back(reader.recordLine());
        }
    } catch (const DataError&) {
        // A quoting error after the first record is reported by the full pass, which knows the
        // column names.
        if (sample.records.empty()) throw;
    }
    if (sample.records.empty())
        throw DataError(
            source, 0, 0, {},
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the file has only blank lines")));
    return sample;
}

namespace {

bool isTextCell(const Field& f, bool decimalComma, const MissingMarkers& markers) {
    double v;
    return parseCell(f.text, decimalComma, markers, v) == CellKind::Text;
}

}  // namespace

bool detectHeader(const std::vector<std::vector<Field>>& sample, bool decimalComma,
                  const MissingMarkers& markers) {
    const std::vector<Field>& first = sample.front();
    if (sample.size() == 1) {
        bool anyText = false;
        for (const Field& f : first) {
            double v;
            const CellKind kind = parseCell(f.text, decimalComma, markers, v);
            if (kind == CellKind::Number) return false;
            anyText = anyText || kind == CellKind::Text;
        }
        return anyText;
    }
    const std::vector<Field>& second = sample[1];
    for (std::size_t j = 0; j < first.size(); ++j)
        if (isTextCell(first[j], decimalComma, markers) &&
            (j >= second.size() || !isTextCell(second[j], decimalComma, markers)))
            return true;
    return false;
}

}  // namespace rnnlab
