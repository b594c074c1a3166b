#!/usr/bin/python3
"""Writes the metrics cases that tests/core/train/tst_evaluation.cpp and
tests/core/tst_cli_train_log.cpp check the engine's losses and metrics against.

For each case, in tests/data/metrics/:
  NAME.csv           the series (a header row, then one row per time step)
  NAME.rnnlab.json   an experiment on it: a tanh RNN with random weights, trained by SGD at
                     lr 1e-30 (so its float32 weights never change) for one epoch
and expected.json, for each case, computed here with NumPy in float64 from the same numbers:
  train_loss           mean loss over every training window (what the epoch's batches average)
  val_loss, test_loss  mean loss over every window of the part (normalised units)
  val_rmse, val_mae, test_rmse, test_mae   regression, in the data's own units
  val_accuracy, test_accuracy              classification: fraction of windows whose largest
                                           output is the true class
  val_count, test_count                    windows (times outputs per window)
  steps_per_epoch      batches of the training windows

What the engine does, written again here from its documentation:
  - the rows are split in order: round(train * n) training rows, then up to
    round((train + validation) * n) validation rows, the rest test rows;
  - a window at row s reads rows s .. s+T-1, its target is row s+T-1+k (k = horizon);
    training windows start at the part's first row, s = i * stride, while the window and its
    target fit in the part; a validation or test window is placed by its target: every row
    of the part is a target in turn, read from the true rows before it (rolling origin), its
    inputs reaching back into the earlier part;
  - z-score: mean and population standard deviation of each column over the training rows;
    a classification target stays a class index;
  - h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh), output W_fc h_T + b_fc;
  - MSE loss: mean of squared errors over every output; cross-entropy: mean of
    -log softmax(output)[class].
Each validation part has more than 256 windows, so the engine evaluates it in two batches;
the training batch size does not divide the training windows, so the last batch is smaller.

Run with /usr/bin/python3 (Debian python3-numpy); the output is committed, so building and
testing RNN Lab never needs NumPy.
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "metrics")

# name: rows, inputs, target, target kind, hidden, window T, horizon k, split, batch, seed
CASES = {
    "regression": dict(rows=1000, columns=["level", "driver"], target="level",
                       kind="regression", hidden=5, window=6, horizon=2, split=(0.6, 0.3),
                       batch=64, seed=11),
    "classification": dict(rows=900, columns=["u"], target="label", kind="classification",
                           hidden=4, window=5, horizon=0, split=(0.6, 0.3), batch=50, seed=12),
}


def series(name, rows, rng):
    """The case's columns, rounded to 3 decimals as written to the CSV file."""
    i = np.arange(rows)
    if name == "regression":
        level = 50 + 10 * np.sin(0.05 * i) + 4 * np.sin(0.31 * i + 1) + rng.normal(0, 1.5, rows)
        driver = np.cos(0.11 * i) + rng.normal(0, 0.2, rows)
        return {"level": np.round(level, 3), "driver": np.round(driver, 3)}
    u = np.sin(0.2 * i) + rng.normal(0, 0.3, rows)
    label = np.where(u < -0.3, 0, np.where(u <= 0.3, 1, 2))
    return {"u": np.round(u, 3), "label": label.astype(float)}


def write_csv(path, data):
    names = list(data)
    with open(path, "w") as f:
        f.write(",".join(names) + "\n")
        for r in range(len(data[names[0]])):
            f.write(",".join(repr(float(data[n][r])) if n != "label" else str(int(data[n][r]))
                             for n in names) + "\n")


def float32_weights(shapes, rng):
    """Uniform(-0.6, 0.6), rounded to float32 so the engine's float weights are exactly these."""
    return {name: rng.uniform(-0.6, 0.6, shape).astype(np.float32).astype(np.float64)
            for name, shape in shapes.items()}


def split_rows(n, train, validation):
    train_end = min(n, math.floor(train * n + 0.5))
    validation_end = min(n, math.floor((train + validation) * n + 0.5))
    return [(0, train_end), (train_end, validation_end), (validation_end, n)]


def window_starts(begin, end, span, stride=1):
    return list(range(begin, end - span + 1, stride))


def held_out_starts(begin, end, span, stride=1):
    """Windows whose targets are the rows begin, begin + stride, ... of the part."""
    return [target - (span - 1) for target in range(begin, end, stride)]


def outputs(w, x):
    """x: (B, T, I) -> (B, O)."""
    h = np.zeros((x.shape[0], w["rnn.weight_hh_l0"].shape[0]))
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t, :] @ w["rnn.weight_ih_l0"].T + w["rnn.bias_ih_l0"] +
                    h @ w["rnn.weight_hh_l0"].T + w["rnn.bias_hh_l0"])
    return h @ w["fc.weight"].T + w["fc.bias"]


def evaluate(case, data, w, starts):
    """Loss and metrics over the windows starting at `starts`."""
    T, k = case["window"], case["horizon"]
    norm = data["normalised"]
    x = np.stack([np.stack([norm[c][s:s + T] for c in case["columns"]], axis=1) for s in starts])
    y_rows = np.array([s + T - 1 + k for s in starts])
    out = outputs(w, x)
    if case["kind"] == "classification":
        classes = data["raw"][case["target"]][y_rows].astype(int)
        shifted = out - out.max(axis=1, keepdims=True)
        log_softmax = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        loss = -log_softmax[np.arange(len(starts)), classes].mean()
        accuracy = float((out.argmax(axis=1) == classes).mean())
        return {"loss": float(loss), "accuracy": accuracy, "count": len(starts)}
    y = norm[case["target"]][y_rows]
    predicted = out[:, 0]
    loss = ((predicted - y) ** 2).mean()
    mean, std = data["zscore"][case["target"]]
    errors = (predicted * std + mean) - data["raw"][case["target"]][y_rows]
    return {"loss": float(loss), "rmse": float(np.sqrt((errors ** 2).mean())),
            "mae": float(np.abs(errors).mean()), "count": len(starts)}


def experiment(name, case, weights):
    columns = case["columns"]
    classes = 3 if case["kind"] == "classification" else 1
    return {
        "format": "rnnlab", "version": 1,
        "network": {"cell": "rnn", "nonlinearity": "tanh", "input_size": len(columns),
                    "hidden_size": case["hidden"], "num_layers": 1, "output_size": classes,
                    "output": "last",
                    "loss": "cross_entropy" if case["kind"] == "classification" else "mse"},
        "weights": {n: {"shape": list(v.shape), "data": [float(x) for x in v.flatten()]}
                    for n, v in weights.items()},
        "training": {"optimizer": {"kind": "sgd", "lr": 1e-30}, "clip": False,
                     "batch_size": case["batch"], "epochs": 1, "seed": case["seed"]},
        "data": {"source": "csv",
                 "csv": {"path": name + ".csv", "columns": columns, "target": case["target"],
                         "label": ""},
                 "window": {"length": case["window"], "horizon": case["horizon"], "stride": 1,
                            "mode": "many_to_one"},
                 "split": {"train": case["split"][0], "validation": case["split"][1]},
                 "normalisation": "zscore", "target_kind": case["kind"]},
    }


def make(name, case):
    rng = np.random.RandomState(case["seed"])
    raw = series(name, case["rows"], rng)
    write_csv(os.path.join(OUT, name + ".csv"), raw)
    # What the engine reads back from the file: the same doubles.
    raw = {c: np.array([float(repr(float(v))) for v in values]) for c, values in raw.items()}
    parts = split_rows(case["rows"], *case["split"])
    train_begin, train_end = parts[0]
    zscore = {}
    normalised = {}
    for c, values in raw.items():
        if c == case["target"] and case["kind"] == "classification":
            zscore[c], normalised[c] = (0.0, 1.0), values
            continue
        mean = values[train_begin:train_end].mean()
        std = math.sqrt(((values[train_begin:train_end] - mean) ** 2).mean())
        zscore[c], normalised[c] = (mean, std), (values - mean) / std
    data = {"raw": raw, "normalised": normalised, "zscore": zscore}

    H, I = case["hidden"], len(case["columns"])
    O = 3 if case["kind"] == "classification" else 1
    weights = float32_weights({"rnn.weight_ih_l0": (H, I), "rnn.weight_hh_l0": (H, H),
                               "rnn.bias_ih_l0": (H,), "rnn.bias_hh_l0": (H,),
                               "fc.weight": (O, H), "fc.bias": (O,)}, rng)
    with open(os.path.join(OUT, name + ".rnnlab.json"), "w") as f:
        json.dump(experiment(name, case, weights), f, indent=1)
        f.write("\n")

    span = case["window"] + case["horizon"]
    result = {}
    for part, (begin, end) in zip(["train", "val", "test"], parts):
        starts = (window_starts if part == "train" else held_out_starts)(begin, end, span)
        e = evaluate(case, data, weights, starts)
        result[part + "_loss"] = e["loss"]
        if part == "train":
            continue
        for metric in ("rmse", "mae", "accuracy", "count"):
            if metric in e:
                result[part + "_" + metric] = e[metric]
    assert result["val_count"] > 256, "the validation part must take two evaluation batches"
    train_windows = len(window_starts(train_begin, train_end, span))
    assert train_windows % case["batch"] != 0, "the last training batch must be smaller"
    result["steps_per_epoch"] = -(-train_windows // case["batch"])
    return result


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {name: make(name, case) for name, case in CASES.items()}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps(expected, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
