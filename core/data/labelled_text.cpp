#include "core/data/labelled_text.h"

#include <algorithm>

#include "core/base/errors.h"
#include "core/data/data_error.h"
#include "core/data/utf8_text.h"

namespace rnnlab {

namespace {

constexpr char32_t kPadding = U'\n';

bool isBlank(char32_t c) {
    return c == U' ' || c == U'\t';
}

std::u32string_view trimmed(std::u32string_view s) {
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

// One line of label<TAB>text, without its line break.
LabelledLine parseLine(std::u32string_view line, long number, const std::string& source) {
    const std::size_t tab = line.find(U'\t');
    if (tab == std::u32string_view::npos)
        throw DataError(source, number, 0, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "no TAB: a labelled line is the label, a TAB, "
                                                 "then the text")));
    const std::u32string_view label = trimmed(line.substr(0, tab));
    if (label.empty())
        throw DataError(
            source, number, 1, {},
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the label before the TAB is empty")));
    LabelledLine l;
    l.label = {encodeUtf8(label), number, 1};
    l.text = std::u32string(line.substr(tab + 1));
    l.textColumn = int(tab) + 2;
    if (trimmed(l.text).empty())
        throw DataError(
            source, number, l.textColumn, {},
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the text after the TAB is empty")));
    return l;
}

}  // namespace

std::vector<LabelledLine> readLabelledLines(std::string_view bytes, const std::string& source) {
    checkEncoding(bytes, source, QT_TRANSLATE_NOOP("rnnlab::UiText", "labelled text"));
    const std::u32string text = decodeUtf8(bytes);
    std::vector<LabelledLine> lines;
    long number = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        while (end < text.size() && text[end] != U'\n' && text[end] != U'\r') ++end;
        const std::u32string_view line(text.data() + start, end - start);
        if (!trimmed(line).empty()) lines.push_back(parseLine(line, number, source));
        if (end + 1 < text.size() && text[end] == U'\r' && text[end + 1] == U'\n') ++end;
        start = end + 1;
        ++number;
    }
    if (lines.empty())
        throw DataError(source, 0, 0, {},
                        uiText(QT_TRANSLATE_NOOP(
                            "rnnlab::UiText", "the file is empty: there are no labelled lines")));
    return lines;
}

std::vector<LabelledLine> labelledLinesOf(const LabelledTable& table,
                                          const LabelledColumns& columns) {
    const int label = table.require(columns.label, "the labels");
    const int text = table.require(columns.text, "the texts");
    std::vector<LabelledLine> lines;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const long line = table.lines[r];
        const std::vector<std::string>& row = table.rows[r];
        if (row[std::size_t(label)].empty())
            throw DataError(table.source, line, label + 1, table.header[std::size_t(label)],
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the label is empty")));
        LabelledLine l;
        l.label = {row[std::size_t(label)], line, label + 1};
        l.text = decodeUtf8(row[std::size_t(text)]);
        l.textColumn = text + 1;
        const std::string& name = table.header[std::size_t(text)];
        if (trimmed(l.text).empty())
            throw DataError(table.source, line, text + 1, name,
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the text is empty")));
        if (l.text.find_first_of(U"\r\n") != std::u32string::npos)
            throw DataError(table.source, line, text + 1, name,
                            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                     "the text holds a line break: a text is one "
                                                     "line")));
        lines.push_back(std::move(l));
    }
    return lines;
}

std::vector<int> paddedToWindow(const std::vector<int>& symbols, const Vocabulary& vocabulary,
                                Index window) {
    if (!vocabulary.contains(kPadding))
        throw ConfigError(uiText(QT_TRANSLATE_NOOP(
            "rnnlab::UiText",
            "the vocabulary lacks \"\\n\", the padding symbol of labelled sentences")));
    const std::size_t T = std::size_t(window), L = std::min(T, symbols.size());
    std::vector<int> padded(T - L, vocabulary.indexOf(kPadding));
    padded.insert(padded.end(), symbols.end() - std::ptrdiff_t(L), symbols.end());
    return padded;
}

std::shared_ptr<LabelledDataset> labelledTextData(const std::vector<LabelledLine>& lines,
                                                  const std::string& source, Index window,
                                                  const SplitSpec& split) {
    std::vector<LabelAt> labels;
    for (const LabelledLine& l : lines) labels.push_back(l.label);
    classesOf(labels, source);  // refuses one class before anything else
    const Index training = splitSizes(split, Index(lines.size()))[0];
    if (training == 0)
        throw DataError(
            source, 0, 0, {},
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                     "the split leaves no line for training (%1 lines)"),
                   {std::to_string(lines.size())}));
    // The training texts, each followed by the padding symbol, and where each starts.
    std::u32string joined;
    std::vector<std::size_t> starts;
    Index longest = 0;
    for (Index i = 0; i < training; ++i) {
        starts.push_back(joined.size());
        joined += lines[std::size_t(i)].text;
        joined += kPadding;
        longest = std::max(longest, Index(lines[std::size_t(i)].text.size()));
    }
    Vocabulary vocabulary;
    try {
        vocabulary = Vocabulary::ofText(joined);
    } catch (const VocabularyLimitError& e) {
        const std::size_t k =
            std::size_t(std::upper_bound(starts.begin(), starts.end(), e.index()) -
                        starts.begin()) -
            1;
        const LabelledLine& l = lines[k];
        throw DataError(source, l.label.line, l.textColumn + int(e.index() - starts[k]), {},
                        e.text());
    }
    const Index T = window > 0 ? window : std::min(longest, kMaxLabelledWindow);
    Matrix<double> inputs(Index(lines.size()) * T, 1);
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::vector<int> symbols;  // a held-out character the training part lacks: unknown
        for (const char32_t c : lines[n].text) symbols.push_back(vocabulary.indexOf(c));
        const std::vector<int> steps = paddedToWindow(symbols, vocabulary, T);
        for (Index t = 0; t < T; ++t) inputs(Index(n) * T + t, 0) = steps[std::size_t(t)];
    }
    return std::make_shared<LabelledDataset>(source, T, std::move(inputs), labels,
                                             std::move(vocabulary), split);
}

}  // namespace rnnlab
