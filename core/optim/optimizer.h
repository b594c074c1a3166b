#pragma once
// First-order optimizers, computing exactly what torch.optim 1.13 computes (the single-tensor
// `_single_tensor_*` code paths of torch/optim/{sgd,adam,rmsprop,adagrad}.py). Parameters,
// gradients and every state buffer share the flat layout of core/nn/parameters.h, so each update
// is one loop over one vector. Per element, with g = gradient, p = parameter, t = step (1, 2, ...):
//
// SGD (torch.optim.SGD; Sutskever et al. 2013 for the Nesterov form)
//   (1) g <- g + wd p
//   (2) b <- g                          first step with momentum (not (1 - dampening) g)
//       b <- mu b + (1 - dampening) g   later steps
//   (3) d <- g + mu b  (nesterov)   or   d <- b   (momentum > 0)   or   d <- g
//   (4) p <- p - lr d
//
// Adam (torch.optim.Adam; Kingma & Ba 2015, with torch's placement of eps)
//   (1) g <- g + wd p
//   (2) m <- beta1 m + (1 - beta1) g                    "exp_avg"
//   (3) v <- beta2 v + (1 - beta2) g^2                  "exp_avg_sq"
//   (4) v^ <- max(v^, v)  (amsgrad; Reddi et al. 2018)  "max_exp_avg_sq", used in (5) instead of v
//   (5) denom <- sqrt(v) / sqrt(1 - beta2^t) + eps
//   (6) p <- p - lr / (1 - beta1^t) * m / denom
//
// RMSprop (torch.optim.RMSprop; Hinton 2012, centered form Graves 2013)
//   (1) g <- g + wd p
//   (2) s <- alpha s + (1 - alpha) g^2                  "square_avg"
//   (3) a <- alpha a + (1 - alpha) g                    "grad_avg" (centered only)
//   (4) avg <- sqrt(s - a^2) + eps  (centered)   or   sqrt(s) + eps
//   (5) b <- mu b + g / avg,  p <- p - lr b  (momentum > 0)   or   p <- p - lr g / avg
//
// Adagrad (torch.optim.Adagrad; Duchi et al. 2011)
//   (1) g <- g + wd p
//   (2) clr <- lr / (1 + (t - 1) lr_decay)
//   (3) G <- G + g^2     G starts at initial_accumulator_value   "sum"
//   (4) p <- p - clr g / (sqrt(G) + eps)
//
// Scalars (lr / (1 - beta1^t), sqrt(1 - beta2^t), clr) are computed in double and then used in
// the parameter precision S, as torch does with Python floats applied to S tensors.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/tensor_types.h"
#include "core/base/ui_text.h"

namespace rnnlab {

enum class OptimizerKind { Sgd, Adam, RmsProp, Adagrad };

// Every hyper-parameter of the four optimizers; each kind reads only its own (listed per field).
// The member defaults are torch's defaults for Adam; forKind() gives torch's defaults for any
// kind. Plain data: change it between steps with Optimizer::setSettings().
struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 1e-3;            // all
    double weightDecay = 0.0;              // all: L2 penalty added to the gradient
    double momentum = 0.0;                 // SGD, RMSprop
    double dampening = 0.0;                // SGD
    bool nesterov = false;                 // SGD
    double beta1 = 0.9;                    // Adam
    double beta2 = 0.999;                  // Adam
    bool amsgrad = false;                  // Adam
    double alpha = 0.99;                   // RMSprop: smoothing constant
    bool centered = false;                 // RMSprop
    double lrDecay = 0.0;                  // Adagrad
    double initialAccumulatorValue = 0.0;  // Adagrad
    double eps = 1e-8;                     // Adam, RMSprop, Adagrad (whose torch default is 1e-10)

    // torch's defaults for that optimizer. SGD has no default learning rate in torch
    // (lr=required); 0.01 is used here.
    static OptimizerSettings forKind(OptimizerKind kind);

    bool operator==(const OptimizerSettings& o) const;
    bool operator!=(const OptimizerSettings& o) const { return !(*this == o); }
};

// Throws ConfigError naming the setting, e.g. "learning rate must be positive and finite, got -1".
// The ranges are torch's (which raises ValueError outside them), plus finiteness, alpha at
// most 1 and dampening in [0, 1].
void validate(const OptimizerSettings& settings);

// Switching a run to another kind of optimizer: torch's defaults for `kind` (forKind()), with
// the learning rate and every hyper-parameter both kinds read that was changed from the old
// kind's default (weight decay; momentum between SGD and RMSprop; eps between Adam, RMSprop
// and Adagrad, whose defaults differ). The same kind keeps every setting.
OptimizerSettings switchOptimizer(const OptimizerSettings& settings, OptimizerKind kind);
// What switchOptimizer() leaves behind: the hyper-parameters changed from their defaults that
// `kind` does not read, named as validate() names them ("momentum", "beta2", "amsgrad", ...).
std::vector<std::string> settingsLostBySwitch(const OptimizerSettings& settings,
                                              OptimizerKind kind);

// Names used in files and on the command line: "sgd" "adam" "rmsprop" "adagrad".
std::string toString(OptimizerKind kind);
OptimizerKind parseOptimizerKind(const std::string& s);

// Everything an optimizer remembers between steps, for saving an experiment mid-training and
// resuming it bit-identically. Buffer names are torch's per-parameter state keys:
//   SGD "momentum_buffer" (once a step with momentum > 0 ran); Adam "exp_avg", "exp_avg_sq",
//   "max_exp_avg_sq" (amsgrad); RMSprop "square_avg", "grad_avg" (centered), "momentum_buffer"
//   (momentum > 0); Adagrad "sum".
// Each buffer has one value per parameter, in the flat layout of core/nn/parameters.h.
template <typename S>
struct OptimizerState {
    std::int64_t step = 0;  // steps taken (torch's state["step"]; SGD keeps none, counted here)
    std::map<std::string, Vector<S>> buffers;

    template <typename S2>
    OptimizerState<S2> cast() const {
        OptimizerState<S2> out;
        out.step = step;
        for (const auto& [name, values] : buffers) out.buffers[name] = values.template cast<S2>();
        return out;
    }
};

template <typename S>
class Optimizer {
public:
    // Validates the settings (ConfigError). The state starts empty, as a new torch optimizer's.
    explicit Optimizer(const OptimizerSettings& settings);

    const OptimizerSettings& settings() const { return m_settings; }
    // Validates. Changing the kind clears the state; other changes keep it, as assigning to
    // torch's param_groups[0][...] between steps does. Buffers a new option needs (amsgrad,
    // centered, RMSprop momentum) start at zero, where torch would fail.
    void setSettings(const OptimizerSettings& settings);
    // For learning-rate schedules, which may reach 0 (cosine with eta_min = 0); ConfigError if
    // negative or not finite.
    void setLearningRate(double lr);

    // One update of params from grads (same size; the buffers take that size on the first
    // step). grads are not modified.
    void step(Vector<S>& params, const Vector<S>& grads);

    std::int64_t stepCount() const { return m_step; }
    // Forget every buffer and the step count.
    void reset();

    OptimizerState<S> state() const;
    // Restores a state from state(); parameterCount is the size of the parameter vector it will
    // be used with. Throws ConfigError "optimizer state: " + stateProblem() for a state that
    // does not fit.
    void setState(const OptimizerState<S>& state, Index parameterCount);
    // What is wrong with a state for an optimizer of `kind`, or nothing: a negative step, a
    // buffer unknown for the kind or of the wrong size, or a buffer every step of the kind writes
    // ("exp_avg", "exp_avg_sq", "square_avg", "sum") missing while step > 0. The optional
    // buffers ("momentum_buffer", "max_exp_avg_sq", "grad_avg") may be absent: that resumes
    // exactly as switching their option on between steps. The text starts with the field of the
    // state it is about ("buffers.exp_avg has 2 values, expected 3 (one per parameter)").
    static std::optional<UiText> stateProblem(const OptimizerState<S>& state, OptimizerKind kind,
                                              Index parameterCount);

private:
    void stepSgd(Vector<S>& p, const Vector<S>& g);
    void stepAdam(Vector<S>& p, const Vector<S>& g);
    void stepRmsProp(Vector<S>& p, const Vector<S>& g);
    void stepAdagrad(Vector<S>& p, const Vector<S>& g);
    // A buffer a kind can keep: torch's name, the member holding it, and whether every step
    // of the kind writes it (so that a state past step 0 must contain it).
    struct BufferSlot {
        std::string name;
        Vector<S> Optimizer::*member;
        bool required;
    };
    static const std::vector<BufferSlot>& buffersOf(OptimizerKind kind);

    OptimizerSettings m_settings;
    std::int64_t m_step = 0;
    Vector<S> m_momentumBuffer;  // SGD, RMSprop
    Vector<S> m_expAvg;          // Adam m
    Vector<S> m_expAvgSq;        // Adam v
    Vector<S> m_maxExpAvgSq;     // Adam v^ (amsgrad)
    Vector<S> m_squareAvg;       // RMSprop s
    Vector<S> m_gradAvg;         // RMSprop a (centered)
    Vector<S> m_sum;             // Adagrad G
};

extern template class Optimizer<float>;
extern template class Optimizer<double>;

}  // namespace rnnlab
