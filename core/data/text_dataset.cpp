#include "core/data/text_dataset.h"

#include <cmath>

#include "core/data/data_error.h"
#include "core/data/utf8_text.h"

namespace rnnlab {

namespace {

[[noreturn]] void refuseAt(const std::string& source, std::u32string_view text, std::size_t index,
                           const UiText& problem) {
    const TextPosition p = positionOf(text, index);
    throw DataError(source, p.line, p.column, {}, problem);
}

UiText countOf(Index n) {
    return uiText(n == 1 ? QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 character")
                         : QT_TRANSLATE_NOOP("rnnlab::UiText", "%1 characters"),
                  {std::to_string(n)});
}

}  // namespace

std::shared_ptr<TextDataset> TextDataset::fromBytes(std::string_view bytes,
                                                    const std::string& source, Index window,
                                                    const SplitSpec& split) {
    checkEncoding(bytes, source, QT_TRANSLATE_NOOP("rnnlab::UiText", "text"));
    return std::make_shared<TextDataset>(decodeUtf8(bytes), source, window, split);
}

TextDataset::TextDataset(std::u32string text, const std::string& source, Index window,
                         const SplitSpec& split)
    : TrainingData(window, 1, 1, true, true), m_source(source), m_text(std::move(text)) {
    const Index T = window, n = characters();
    if (n == 0)
        throw DataError(source, 1, 1, {},
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                 "the text is empty: there are no characters to "
                                                 "learn from")));
    const std::array<Index, 3> sizes = splitSizes(split, n);
    if ((sizes[0] - 1) / T < 1) {
        const bool whole = n < T + 1;
        refuseAt(
            source, m_text, std::size_t(whole ? n - 1 : sizes[0] - 1),
            (whole ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "the text ends here, after ")) +
                         countOf(n)
                   : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                              "the training part ends here, after ")) +
                         countOf(sizes[0])) +
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", ": one window needs ")) +
                countOf(T + 1) +
                uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                         " (the window and the character after it); shorten "
                                         "the window")) +
                (whole ? uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " or use a longer text"))
                       : uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                  " or train on more of the text"))));
    }
    const std::u32string_view training(m_text.data(), std::size_t(sizes[0]));
    try {
        m_vocabulary = Vocabulary::ofText(training);
    } catch (const VocabularyLimitError& e) {
        refuseAt(source, m_text, e.index(), e.text());
    }
    setOutputSize(m_vocabulary.size());
    m_symbols.reserve(m_text.size());
    for (char32_t c : m_text) m_symbols.push_back(m_vocabulary.indexOf(c));

    Index begin = 0;
    for (std::size_t p = 0; p < 3; ++p) {
        m_partBegin[p] = begin;
        m_partLength[p] = sizes[p];
        begin += sizes[p];
        if (sizes[p] == 0) continue;
        // The first target of a part: its first character, or the second for the training part.
        const Index firstTarget = std::max<Index>(m_partBegin[p], 1);
        const Index count = (m_partBegin[p] + sizes[p] - firstTarget) / T;
        for (Index k = 0; k < count; ++k) m_ids[p].push_back(firstTarget - 1 + k * T);
    }
}

Index TextDataset::unknownCharacters(Split split) const {
    Index unknown = 0;
    for (Index i = partBegin(split); i < partBegin(split) + partLength(split); ++i)
        unknown += m_symbols[std::size_t(i)] == Vocabulary::kUnknown;
    return unknown;
}

double TextDataset::unigramEntropyBits() const {
    std::vector<double> counts(std::size_t(m_vocabulary.size()), 0.0);
    const Index n = partLength(Split::Train);
    for (Index i = 0; i < n; ++i) counts[std::size_t(m_symbols[std::size_t(i)])] += 1.0;
    double bits = 0.0;
    for (double c : counts)
        if (c > 0) bits -= c / double(n) * std::log2(c / double(n));
    return bits;
}

void TextDataset::sample(Index start, Matrix<double>& inputs, Matrix<double>& targets) const {
    const Index T = steps();
    inputs.resize(T, 1);
    targets.resize(T, 1);
    for (Index t = 0; t < T; ++t) {
        inputs(t, 0) = m_symbols[std::size_t(start + t)];
        targets(t, 0) = m_symbols[std::size_t(start + t + 1)];
    }
}

}  // namespace rnnlab
