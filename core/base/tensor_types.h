#pragma once
// Dimension key used in every shape comment of the engine:
//   B batch size        T time steps        I input size     H hidden size
//   G gate count (RNN 1, LSTM 4, GRU 3)     L layers         O output size
// Sequences are stored time-major: row t*B + b of a (T*B, ·) matrix is sample b at step t,
// so the B rows of one step are contiguous. Matrices are row-major like PyTorch tensors,
// so a weight's flat data is exactly its state_dict() data.

#include <Eigen/Core>
#include <cstdio>
#include <cstdlib>

namespace rnnlab {

using Index = Eigen::Index;

template <typename S>
using Matrix = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <typename S>
using Vector = Eigen::Matrix<S, Eigen::Dynamic, 1>;
template <typename S>
using MatrixMap = Eigen::Map<Matrix<S>>;
template <typename S>
using ConstMatrixMap = Eigen::Map<const Matrix<S>>;
template <typename S>
using VectorMap = Eigen::Map<Vector<S>>;
template <typename S>
using ConstVectorMap = Eigen::Map<const Vector<S>>;

// A row-major (R, C) weight read as its column-major transpose (C, R): same memory, no copy.
template <typename S>
using TransposedMap =
    Eigen::Map<const Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>>;

}  // namespace rnnlab

// Programming errors (a shape mismatch between engine parts) stop with file and line, in every
// build type. User errors (bad files, bad settings) throw typed exceptions instead (errors.h).
#define RNNLAB_ASSERT(cond, what)                                                       \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            std::fprintf(stderr, "%s:%d: internal error: %s (%s)\n", __FILE__, __LINE__, \
                         what, #cond);                                                  \
            std::abort();                                                               \
        }                                                                               \
    } while (false)
