#!/usr/bin/python3
"""Reference values from PyTorch for tests/core/optim/tst_optimizer.cpp and
tst_gradient_clipping.cpp.

Run once with the Debian PyTorch (python3-torch 1.13):
    /usr/bin/python3 tests/data/make_optimizer_reference.py
It writes tests/data/optim/optimizers.json and tests/data/optim/clip_grad_norm.json; the tests
read those files and never need Python or torch.

optimizers.json: a list of cases, each
  {"name", "dtype": "float32" | "float64",
   "optimizer": "sgd" | "adam" | "rmsprop" | "adagrad",
   "settings": {torch constructor arguments: "lr", "momentum", "betas": [b1, b2], ...},
   "lr_per_step": [lr set in param_groups[0] before each step],
   "params0": [flat initial parameters], "grads": [[flat gradient of step 1], ...],
   "params": [[flat parameters after step 1], ...],
   "state": {"step": n, "buffers": {torch state key: [flat values after the last step]}}}
and "defaults": {optimizer: {constructor argument: torch's default}} (numbers and booleans).
"Flat" concatenates the parameter tensors (a (3, 4) weight and a (5,) bias) row-major, as the
engine's flat buffer does. The optimizers run with foreach=False (the _single_tensor_* paths).

clip_grad_norm.json: a list of cases, each
  {"name", "dtype", "network": {"cell", "input_size", "hidden_size", "num_layers",
   "output_size"}, "max_norm", "grads": [flat state_dict-ordered gradients],
   "total_norm": clip_grad_norm_'s return value, "clipped": [flat gradients afterwards]}
"""

import inspect
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "optim")
STEPS = 5

OPTIMIZER_CASES = [
    # name, kind, constructor arguments, lr per step (None: the constructor's lr throughout)
    ("sgd_plain", "sgd", dict(lr=0.1), None),
    ("sgd_momentum_dampening_wd", "sgd",
     dict(lr=0.05, momentum=0.8, dampening=0.3, weight_decay=0.1), None),
    ("sgd_nesterov_wd", "sgd", dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
     None),
    ("adam_default", "adam", dict(lr=1e-3), None),
    ("adam_amsgrad_wd", "adam",
     dict(lr=0.02, betas=(0.8, 0.95), eps=1e-6, weight_decay=0.05, amsgrad=True), None),
    ("adam_lr_change", "adam", dict(lr=0.01), [0.01, 0.01, 0.003, 0.003, 0.0]),
    ("rmsprop_default", "rmsprop", dict(lr=1e-2), None),
    ("rmsprop_centered_momentum_wd", "rmsprop",
     dict(lr=0.01, alpha=0.9, eps=1e-6, weight_decay=0.02, momentum=0.7, centered=True), None),
    ("adagrad_default", "adagrad", dict(lr=1e-2), None),
    ("adagrad_lr_decay_wd", "adagrad",
     dict(lr=0.1, lr_decay=0.05, weight_decay=0.01, initial_accumulator_value=0.1, eps=1e-8),
     None),
]

CLASSES = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "rmsprop": torch.optim.RMSprop,
           "adagrad": torch.optim.Adagrad}
SHAPES = [(3, 4), (5,)]


def flat(tensors):
    return [float(x) for t in tensors for x in t.detach().reshape(-1).tolist()]


def optimizer_case(index, name, kind, kwargs, lrs, dtype):
    gen = torch.Generator().manual_seed(1000 + index)
    params = [torch.randn(s, generator=gen, dtype=torch.float64).to(dtype).requires_grad_()
              for s in SHAPES]
    grads = [[torch.randn(s, generator=gen, dtype=torch.float64).to(dtype) for s in SHAPES]
             for _ in range(STEPS)]
    lrs = lrs or [kwargs["lr"]] * STEPS
    opt = CLASSES[kind](params, foreach=False, **kwargs)
    case = {"name": name, "dtype": str(dtype).replace("torch.", ""), "optimizer": kind,
            "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in kwargs.items()},
            "lr_per_step": lrs, "params0": flat(params), "grads": [flat(g) for g in grads],
            "params": []}
    for step in range(STEPS):
        opt.param_groups[0]["lr"] = lrs[step]
        for p, g in zip(params, grads[step]):
            p.grad = g.clone()
        opt.step()
        case["params"].append(flat(params))
    states = [opt.state[p] for p in params]
    buffers = {key: flat([s[key] for s in states])
               for key in states[0] if key != "step" and states[0][key] is not None}
    step = int(states[0]["step"]) if "step" in states[0] else STEPS
    case["state"] = {"step": step, "buffers": buffers}
    return case


CLIP_CASES = [
    # name, network, max_norm, gradient scale
    ("fires", dict(cell="lstm", input_size=2, hidden_size=3, num_layers=1, output_size=2), 1.0,
     1.0),
    ("does_not_fire", dict(cell="gru", input_size=1, hidden_size=4, num_layers=2, output_size=1),
     100.0, 1.0),
    ("small_gradients_fire", dict(cell="rnn", input_size=3, hidden_size=5, num_layers=1,
                                  output_size=2), 1e-3, 1e-2),
]


def clip_case(index, name, net, max_norm, scale, dtype):
    module = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}[net["cell"]]
    rnn = module(net["input_size"], net["hidden_size"], net["num_layers"], batch_first=True,
                 dtype=dtype)
    fc = torch.nn.Linear(net["hidden_size"], net["output_size"], dtype=dtype)
    tensors = [p for _, p in rnn.named_parameters()] + [fc.weight, fc.bias]
    gen = torch.Generator().manual_seed(2000 + index)
    for p in tensors:
        p.grad = (scale * torch.randn(p.shape, generator=gen, dtype=torch.float64)).to(dtype)
    grads = flat([p.grad for p in tensors])
    total = torch.nn.utils.clip_grad_norm_(tensors, max_norm)
    return {"name": name, "dtype": str(dtype).replace("torch.", ""), "network": net,
            "max_norm": max_norm, "grads": grads, "total_norm": float(total),
            "clipped": flat([p.grad for p in tensors])}


def defaults():
    out = {}
    for kind, cls in CLASSES.items():
        params = inspect.signature(cls.__init__).parameters.values()
        out[kind] = {p.name: list(p.default) if isinstance(p.default, tuple) else p.default
                     for p in params
                     if isinstance(p.default, (int, float, bool, tuple)) and p.name != "foreach"}
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = [optimizer_case(i, *c, dtype) for dtype in (torch.float64, torch.float32)
             for i, c in enumerate(OPTIMIZER_CASES)]
    with open(os.path.join(OUT, "optimizers.json"), "w") as f:
        json.dump({"torch_version": torch.__version__, "defaults": defaults(), "cases": cases}, f,
                  indent=1)
    clips = [clip_case(i, *c, dtype) for dtype in (torch.float64, torch.float32)
             for i, c in enumerate(CLIP_CASES)]
    with open(os.path.join(OUT, "clip_grad_norm.json"), "w") as f:
        json.dump({"torch_version": torch.__version__, "cases": clips}, f, indent=1)


if __name__ == "__main__":
    main()
