#pragma once
// All trainable values of a network in one flat buffer, with named views in PyTorch's
// state_dict() order:
//   embedding.weight   (V, E)       symbol input with an embedding only
//   rnn.weight_ih_l{k} (G*H, I_k)   rnn.weight_hh_l{k} (G*H, H)
//   rnn.bias_ih_l{k}   (G*H)        rnn.bias_hh_l{k}   (G*H)      for k = 0..L-1, I_k = H and
//                                    I_0 = firstLayerInputSize(): input_size, V (one-hot) or E
//   fc.weight (O, H)   fc.bias (O)
// Gradients and optimizer state use the same layout, so an optimizer is one loop over a vector.

#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/nn/network_config.h"

namespace rnnlab {

struct ParameterInfo {
    std::string name;   // state_dict key, e.g. "rnn.weight_hh_l0"
    Index rows = 0;     // first dimension
    Index cols = 0;     // second dimension; 0 for a bias (a 1-D tensor)
    Index offset = 0;   // into the flat buffer
    Index size() const { return cols == 0 ? rows : rows * cols; }
    bool isMatrix() const { return cols != 0; }
    std::vector<Index> shape() const;  // [rows, cols] or [rows], as in PyTorch
};

class ParameterLayout {
public:
    ParameterLayout() = default;
    // Validates the config first (ConfigError, network_config.h).
    explicit ParameterLayout(const NetworkConfig& config);

    const std::vector<ParameterInfo>& entries() const { return m_entries; }
    Index totalSize() const { return m_totalSize; }
    // nullptr when no parameter has that name.
    const ParameterInfo* find(const std::string& name) const;

    // Index into entries() of each tensor of layer k, and of the head.
    int weightIh(int layer) const { return m_firstLayer + 4 * layer; }
    int weightHh(int layer) const { return m_firstLayer + 4 * layer + 1; }
    int biasIh(int layer) const { return m_firstLayer + 4 * layer + 2; }
    int biasHh(int layer) const { return m_firstLayer + 4 * layer + 3; }
    int fcWeight() const { return static_cast<int>(m_entries.size()) - 2; }
    int fcBias() const { return static_cast<int>(m_entries.size()) - 1; }
    // embedding.weight, or -1 without an embedding.
    int embedding() const { return m_firstLayer == 1 ? 0 : -1; }
    // Symbols one-hot: the first layer's W_ih has a column per symbol.
    bool oneHotInput() const { return m_oneHotInput; }

private:
    std::vector<ParameterInfo> m_entries;
    Index m_totalSize = 0;
    int m_firstLayer = 0;  // entries before rnn.weight_ih_l0
    bool m_oneHotInput = false;
};

// A flat buffer plus the layout that names its parts. Used for weights, gradients and
// optimizer moments alike.
template <typename S>
class Parameters {
public:
    Parameters() = default;
    explicit Parameters(const NetworkConfig& config)
        : m_layout(config), m_flat(Vector<S>::Zero(m_layout.totalSize())) {}

    const ParameterLayout& layout() const { return m_layout; }
    Vector<S>& flat() { return m_flat; }
    const Vector<S>& flat() const { return m_flat; }

    // A weight as a row-major matrix, or a bias as a vector, viewing the flat buffer.
    MatrixMap<S> matrix(int entry) {
        const ParameterInfo& p = m_layout.entries()[entry];
        return MatrixMap<S>(m_flat.data() + p.offset, p.rows, p.cols);
    }
    ConstMatrixMap<S> matrix(int entry) const {
        const ParameterInfo& p = m_layout.entries()[entry];
        return ConstMatrixMap<S>(m_flat.data() + p.offset, p.rows, p.cols);
    }
    VectorMap<S> vector(int entry) {
        const ParameterInfo& p = m_layout.entries()[entry];
        return VectorMap<S>(m_flat.data() + p.offset, p.size());
    }
    ConstVectorMap<S> vector(int entry) const {
        const ParameterInfo& p = m_layout.entries()[entry];
        return ConstVectorMap<S>(m_flat.data() + p.offset, p.size());
    }
    // W^T of a weight, read in place: (cols, rows).
    TransposedMap<S> transposed(int entry) const {
        const ParameterInfo& p = m_layout.entries()[entry];
        return TransposedMap<S>(m_flat.data() + p.offset, p.cols, p.rows);
    }

    void setZero() { m_flat.setZero(); }

    // The same values in another precision (float for speed, double for gradient checks).
    template <typename S2>
    Parameters<S2> cast() const {
        Parameters<S2> out;
        out.m_layout = m_layout;
        out.m_flat = m_flat.template cast<S2>();
        return out;
    }

private:
    template <typename>
    friend class Parameters;
    ParameterLayout m_layout;
    Vector<S> m_flat;
};

}  // namespace rnnlab
