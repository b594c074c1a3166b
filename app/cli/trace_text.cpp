#include "trace_text.h"

#include <vector>

#include "arguments.h"
#include "core/base/errors.h"
#include "core/data/labelled_text.h"
#include "core/data/vocabulary.h"

namespace rnnlab::cli {

namespace {

// The vocabulary saved with a network trained on a text or on labelled sentences; null for
// any other experiment and for one not trained yet.
const std::vector<std::string>* savedVocabulary(const Experiment& e) {
    if (!e.data) return nullptr;
    const std::vector<std::string>* saved = nullptr;
    if (e.data->kind == DataSourceKind::Text) saved = &e.data->text.vocabulary;
    if (e.data->kind == DataSourceKind::Labelled) saved = &e.data->labelled.vocabulary;
    return saved && !saved->empty() ? saved : nullptr;
}

}  // namespace

Matrix<double> symbolsOfTraceText(const Experiment& e, const std::string& text) {
    const NetworkConfig& c = e.network;
    if (c.input != InputKind::Symbols)
        throw UsageError("--text: " + e.source + " has a network with real-valued input (" +
                         "input_size " + std::to_string(c.inputSize) +
                         "): --text needs input symbols; give the sequence as --input X.csv");
    const std::vector<std::string>* saved = savedVocabulary(e);
    if (saved == nullptr)
        throw UsageError("--text: " + e.source + " has no vocabulary (data.text.vocabulary or "
                         "data.labelled.vocabulary, saved when a network trains on a text or "
                         "on labelled sentences): give the symbol indices as --input X.csv");
    const Vocabulary vocabulary = Vocabulary::fromStrings(*saved);  // checked when read
    if (vocabulary.size() != c.vocabSize)
        throw FileError(e.source + ": the vocabulary has " + std::to_string(vocabulary.size()) +
                        " symbols, but network.vocab_size is " + std::to_string(c.vocabSize));
    std::vector<int> symbols;
    try {
        symbols = symbolsOfText(text, vocabulary, "--text");
    } catch (const ConfigError& error) {
        throw UsageError(error.what());
    }
    if (e.data->kind == DataSourceKind::Labelled) {
        try {
            symbols = paddedToWindow(symbols, vocabulary, e.data->window.window);
        } catch (const ConfigError& error) {
            throw FileError(e.source + ": data.labelled.vocabulary: " + error.what());
        }
    }
    Matrix<double> x(Index(symbols.size()), 1);
    for (Index t = 0; t < x.rows(); ++t) x(t, 0) = symbols[std::size_t(t)];
    return x;
}

}  // namespace rnnlab::cli
