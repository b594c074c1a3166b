#include "core/train/sentence_steps.h"

#include "core/data/labelled_dataset.h"

namespace rnnlab {

namespace {

constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

}  // namespace

int paddingSymbolOf(const TrainingData& data) {
    const auto* labelled = dynamic_cast<const LabelledDataset*>(&data);
    if (!labelled || !labelled->vocabulary()) return -1;
    const int padding = labelled->vocabulary()->indexOf(U'\n');
    return padding == Vocabulary::kUnknown ? -1 : padding;
}

SentenceSteps sentenceSteps(const std::vector<int>& symbols, const std::vector<std::string>& names,
                            int padding) {
    SentenceSteps s;
    s.symbols = symbols;
    while (padding >= 0 && s.start < Index(symbols.size()) &&
           symbols[std::size_t(s.start)] == padding)
        ++s.start;
    for (std::size_t t = std::size_t(s.start); t < symbols.size(); ++t) {
        const int symbol = symbols[t];
        const std::string name =
            symbol >= 0 && symbol < int(names.size()) ? names[std::size_t(symbol)] : std::string();
        s.shown.push_back(name);
        s.text += name.empty() ? std::string(kReplacementCharacter) : name;
    }
    return s;
}

SentenceSteps sentenceSteps(const TrainingData& data, Split split, Index index) {
    if (data.vocabularySize() == 0) return {};
    Matrix<double> x, y;
    data.batchOf(data.samples(split), index, 1, x, y);  // x (T, 1): one symbol per step
    std::vector<int> symbols(std::size_t(x.rows()));
    for (Index t = 0; t < x.rows(); ++t) symbols[std::size_t(t)] = int(x(t, 0));
    return sentenceSteps(symbols, data.symbolNames(), paddingSymbolOf(data));
}

}  // namespace rnnlab
