#pragma once
// A deliberately naive second implementation of the forward pass: one sample, one step, one
// unit at a time, straight from the equations of docs/formats.md §1. Tests compare the engine with
// it, and perturb a single h^k_t or c^k_t inside it to take finite differences of the
// per-step gradients dL/dh_t and dL/dc_t that the engine reports.

#include "core/nn/network_config.h"
#include "core/nn/parameters.h"

namespace rnnlab::test {

struct Perturbation {
    int layer = -1;  // -1: none
    int step = 0;
    int sample = 0;
    int unit = 0;
    bool cellState = false;  // perturb c (LSTM) instead of h
    double delta = 0.0;
};

struct ReferenceResult {
    double loss = 0.0;
    Matrix<double> outputs;               // as Workspace::outputs
    std::vector<Matrix<double>> h;        // per layer (T*B, H)
};

// x: (T*B, I) time-major (symbols: (T*B, 1) indices, fed as dense one-hot vectors or embedding
// rows); targets as for RecurrentNetwork::backward.
ReferenceResult referenceForward(const NetworkConfig& config, const Parameters<double>& params,
                                 const Matrix<double>& x, Index T, Index B,
                                 const Matrix<double>& targets, const Perturbation& p = {});

}  // namespace rnnlab::test
