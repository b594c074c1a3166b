#include "core/nn/parameters.h"

namespace rnnlab {

std::vector<Index> ParameterInfo::shape() const {
    if (cols == 0) return {rows};
    return {rows, cols};
}

ParameterLayout::ParameterLayout(const NetworkConfig& c) {
    // Sizes are checked before anything is allocated from them: a hidden_size of 100000 would
    // ask for hundreds of gigabytes, a negative one for a negative size.
    validate(c);
    const Index G = gateCount(c.cell), H = c.hiddenSize;
    auto add = [this](std::string name, Index rows, Index cols) {
        ParameterInfo p{std::move(name), rows, cols, m_totalSize};
        m_totalSize += p.size();
        m_entries.push_back(std::move(p));
    };
    if (hasEmbedding(c)) add("embedding.weight", c.vocabSize, c.embeddingSize);
    m_firstLayer = static_cast<int>(m_entries.size());
    m_oneHotInput = hasOneHotInput(c);
    for (int k = 0; k < c.numLayers; ++k) {
        const std::string l = "_l" + std::to_string(k);
        add("rnn.weight_ih" + l, G * H, k == 0 ? firstLayerInputSize(c) : H);
        add("rnn.weight_hh" + l, G * H, H);
        add("rnn.bias_ih" + l, G * H, 0);
        add("rnn.bias_hh" + l, G * H, 0);
    }
    add("fc.weight", c.outputSize, H);
    add("fc.bias", c.outputSize, 0);
}

const ParameterInfo* ParameterLayout::find(const std::string& name) const {
    for (const ParameterInfo& p : m_entries)
        if (p.name == name) return &p;
    return nullptr;
}

}  // namespace rnnlab
