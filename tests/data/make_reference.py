#!/usr/bin/python3
"""Writes the PyTorch reference cases that tests/core/tst_pytorch_reference.cpp checks the
engine against (docs/formats.md, section 1: the engine's numbers are PyTorch's).

For each case, in tests/data/reference/:
  NAME.rnnlab.json   the model (scripts/torch_convert.py's format), random float64 weights
  NAME.x.csv         the input sequence, T rows x input_size numbers (batch 1); for symbol
                     input one integer symbol index per row
  NAME.y.csv         the target: one row (output "last") or T rows ("sequence");
                     for cross_entropy one class index per row
  NAME.expected.json what `rnnlab-cli trace` prints for them (docs/formats.md, section 2):
                     {"loss", "outputs", "layers": [{"h", "c", "gates", "dh", "dc"}], "grads"}

Outputs, loss and gradients come from the nn.RNN/LSTM/GRU module itself. States, gates and
dh_t = dLoss/dh_t (total: through the head, the next step and the layer above) come from a
step-by-step unroll of the cell equations with the module's own weights, checked against the
module's outputs, final states and gradients. Run with /usr/bin/python3 (Debian python3-torch);
the output is committed, so building and testing RNN Lab never needs torch.

  make_reference.py            every case, in an emptied folder
  make_reference.py NAME ...   only these cases (a new one), the other files left as they are:
                               the last digits of a gradient can differ between PyTorch builds
"""
import os
import sys
import zlib

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from torch_convert import (Model, network_from_state_dict, pretty_json,  # noqa: E402
                           rnnlab_json, tensor_json)

OUT = os.path.join(HERE, "reference")

# name: (cell, nonlinearity, I, H, L, O, output, loss, T, weight scale)
CASES = {
    "rnn_tanh_last_mse":      ("rnn", "tanh", 1, 2, 1, 1, "last", "mse", 5, 1.0),
    "rnn_tanh_seq_mse":       ("rnn", "tanh", 3, 4, 2, 2, "sequence", "mse", 7, 1.0),
    "rnn_tanh_t1":            ("rnn", "tanh", 3, 2, 1, 1, "last", "mse", 1, 1.0),
    "rnn_tanh_3layers":       ("rnn", "tanh", 1, 7, 3, 1, "last", "mse", 9, 1.0),
    "rnn_relu_last_mse":      ("rnn", "relu", 1, 5, 1, 1, "last", "mse", 12, 1.0),
    "rnn_relu_seq_ce":        ("rnn", "relu", 3, 3, 3, 3, "sequence", "cross_entropy", 4, 1.0),
    "rnn_relu_2layers_ce":    ("rnn", "relu", 3, 6, 2, 2, "last", "cross_entropy", 3, 1.0),
    "lstm_last_mse":          ("lstm", "tanh", 1, 3, 1, 1, "last", "mse", 6, 1.0),
    "lstm_seq_mse":           ("lstm", "tanh", 3, 4, 2, 2, "sequence", "mse", 8, 1.0),
    "lstm_last_ce":           ("lstm", "tanh", 1, 5, 1, 4, "last", "cross_entropy", 10, 1.0),
    "lstm_3layers_seq_ce":    ("lstm", "tanh", 3, 2, 3, 3, "sequence", "cross_entropy", 5, 1.0),
    "lstm_3layers_seq_mse":   ("lstm", "tanh", 1, 7, 3, 1, "sequence", "mse", 11, 1.0),
    "lstm_t1":                ("lstm", "tanh", 1, 7, 1, 1, "last", "mse", 1, 1.0),
    "lstm_saturated":         ("lstm", "tanh", 1, 6, 2, 1, "last", "mse", 12, 3.0),
    "gru_last_mse":           ("gru", "tanh", 1, 3, 1, 1, "last", "mse", 6, 1.0),
    "gru_seq_mse":            ("gru", "tanh", 3, 5, 2, 2, "sequence", "mse", 9, 1.0),
    "gru_last_ce":            ("gru", "tanh", 3, 4, 1, 3, "last", "cross_entropy", 7, 1.0),
    "gru_3layers_seq_ce":     ("gru", "tanh", 1, 2, 3, 2, "sequence", "cross_entropy", 4, 1.0),
    "gru_t1":                 ("gru", "tanh", 3, 7, 1, 2, "sequence", "mse", 1, 1.0),
    "gru_saturated":          ("gru", "tanh", 1, 4, 1, 1, "last", "mse", 12, 3.0),
}

# Symbol input: a character model, cross_entropy over the V symbols (O = V), T > V so that
# symbols repeat and their gradients add up.
# name: (cell, nonlinearity, V, E (0: one-hot), H, L, output, T)
SYMBOL_CASES = {
    "symbols_lstm_onehot_seq":  ("lstm", "tanh", 7, 0, 4, 2, "sequence", 11),
    "symbols_lstm_embed_seq":   ("lstm", "tanh", 6, 3, 5, 1, "sequence", 9),
    "symbols_lstm_embed_last":  ("lstm", "tanh", 5, 4, 3, 2, "last", 8),
    "symbols_gru_onehot_last":  ("gru", "tanh", 5, 0, 3, 1, "last", 7),
    "symbols_gru_embed_seq":    ("gru", "tanh", 8, 4, 3, 2, "sequence", 12),
    "symbols_rnn_embed_last":   ("rnn", "tanh", 4, 2, 3, 1, "last", 6),
}

# Sequence classification of symbols (labelled sentences): C classes from the last step, C != V,
# a padded start (`pad` steps of index 0 first, as a short sentence is padded) in one case.
# name: (cell, nonlinearity, V, E (0: one-hot), H, L, C, T, pad)
CLASSIFIER_CASES = {
    "classifier_lstm_onehot":   ("lstm", "tanh", 9, 0, 4, 1, 3, 8, 0),
    "classifier_gru_padded":    ("gru", "tanh", 7, 3, 5, 1, 2, 10, 4),
    "classifier_rnn_2layers":   ("rnn", "tanh", 6, 2, 3, 2, 4, 7, 0),
}

GATE_NAMES = {"rnn": [], "lstm": ["i", "f", "g", "o"], "gru": ["r", "z", "n"]}


def unroll(model, cell, x):
    """The recurrent layers step by step, as RNN Lab's cells compute them (docs/formats.md,
    section 1).
    x: (T, I) the first layer's input (for symbols the one-hot vectors or embeddings, part of
    the autograd graph). Returns one dict per layer of per-step tensors h, c, gates, each
    retaining its gradient."""
    rnn, T = model.rnn, x.shape[0]
    inputs = list(x)
    layers = []
    for k in range(rnn.num_layers):
        W_ih, W_hh = getattr(rnn, f"weight_ih_l{k}"), getattr(rnn, f"weight_hh_l{k}")
        b_ih, b_hh = getattr(rnn, f"bias_ih_l{k}"), getattr(rnn, f"bias_hh_l{k}")
        h = c = torch.zeros(rnn.hidden_size)
        layer = {"h": [], "c": [], "gates": {g: [] for g in GATE_NAMES[cell]}}
        for t in range(T):
            a_x, a_h = W_ih @ inputs[t] + b_ih, W_hh @ h + b_hh
            if cell == "rnn":
                h = torch.tanh(a_x + a_h) if rnn.nonlinearity == "tanh" else torch.relu(a_x + a_h)
                gates = []
            elif cell == "lstm":
                i, f, g, o = (a_x + a_h).chunk(4)
                i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
                c = f * c + i * g
                h = o * torch.tanh(c)
                c.retain_grad()
                layer["c"].append(c)
                gates = [i, f, g, o]
            else:
                x_r, x_z, x_n = a_x.chunk(3)
                h_r, h_z, h_n = a_h.chunk(3)
                r, z = torch.sigmoid(x_r + h_r), torch.sigmoid(x_z + h_z)
                n = torch.tanh(x_n + r * h_n)
                h = (1 - z) * n + z * h
                gates = [r, z, n]
            h.retain_grad()
            layer["h"].append(h)
            for name, value in zip(GATE_NAMES[cell], gates):
                layer["gates"][name].append(value)
        layers.append(layer)
        inputs = layer["h"]
    return layers


def loss_of(outputs, target, loss):
    """docs/formats.md, section 1: mse = mean over all elements; cross_entropy = log-softmax + NLL,
    mean over rows."""
    return F.mse_loss(outputs, target) if loss == "mse" else F.cross_entropy(outputs, target)


def rows(tensors):
    """A list of per-step vectors (or a matrix) as a list of lists."""
    return [v.detach().tolist() for v in tensors]


def make_case(name, cell, nonlinearity, I, H, L, O, output, loss, T, scale, V=0, E=0, pad=0):
    """V > 0: symbol input (I unused), x one random index 0..V-1 per step, the first `pad` of
    them 0."""
    torch.manual_seed(zlib.crc32(name.encode()))
    model = Model(cell, I, H, L, O, nonlinearity, output, V, E)
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(scale)
    x = torch.randint(0, V, (T,)) if V else torch.randn(T, I)
    x[:pad] = 0
    rows_out = 1 if output == "last" else T
    target = (torch.randn(rows_out, O) if loss == "mse"
              else torch.randint(0, O, (rows_out,)))

    # PyTorch's own module: outputs, loss, gradients.
    params = dict(model.named_parameters())
    outputs = model(x.unsqueeze(0)).reshape(rows_out, O)
    module_loss = loss_of(outputs, target, loss)
    grads = dict(zip(params, torch.autograd.grad(module_loss, list(params.values()))))

    # The manual unroll: states, gates, dh, dc; it must agree with the module.
    layers = unroll(model, cell, model.embed(x.unsqueeze(0))[0])
    top = torch.stack(layers[-1]["h"])  # (T, H)
    manual_outputs = model.fc(top[-1:] if output == "last" else top)
    manual_loss = loss_of(manual_outputs, target, loss)
    manual_loss.backward()
    close = dict(rtol=1e-12, atol=1e-13)
    y, state = model.rnn(model.embed(x.unsqueeze(0)))
    h_n = state[0] if cell == "lstm" else state
    torch.testing.assert_close(top, y[0], **close)
    for k, layer in enumerate(layers):
        torch.testing.assert_close(layer["h"][-1], h_n[k, 0], **close)
        if cell == "lstm":
            torch.testing.assert_close(layer["c"][-1], state[1][k, 0], **close)
    torch.testing.assert_close(manual_outputs, outputs, **close)
    torch.testing.assert_close(manual_loss, module_loss, **close)
    for p_name, p in params.items():
        torch.testing.assert_close(p.grad, grads[p_name], **close)

    trace_layers = []
    for layer in layers:
        entry = {"h": rows(layer["h"])}
        if cell == "lstm":
            entry["c"] = rows(layer["c"])
        if cell != "rnn":
            entry["gates"] = {g: rows(v) for g, v in layer["gates"].items()}
        entry["dh"] = rows(h.grad for h in layer["h"])
        if cell == "lstm":
            entry["dc"] = rows(c.grad for c in layer["c"])
        trace_layers.append(entry)
    trace = {"loss": module_loss.item(), "outputs": rows(outputs), "layers": trace_layers,
             "grads": {p_name: tensor_json(g) for p_name, g in grads.items()}}

    sd = model.state_dict()
    network = network_from_state_dict(sd, cell, nonlinearity, output, loss,
                                      "symbols" if V else "real")
    base = os.path.join(OUT, name)
    with open(base + ".rnnlab.json", "w") as f:
        f.write(rnnlab_json(network, sd))
    with open(base + ".x.csv", "w") as f:
        if V:
            f.writelines(f"{v}\n" for v in x.tolist())
        else:
            f.writelines(",".join(repr(v) for v in row) + "\n" for row in x.tolist())
    with open(base + ".y.csv", "w") as f:
        if loss == "mse":
            f.writelines(",".join(repr(v) for v in row) + "\n" for row in target.tolist())
        else:
            f.writelines(f"{v}\n" for v in target.tolist())
    with open(base + ".expected.json", "w") as f:
        f.write(pretty_json(trace) + "\n")
    return module_loss.item()


def main():
    chosen = sys.argv[1:]
    unknown = set(chosen) - set(CASES) - set(SYMBOL_CASES) - set(CLASSIFIER_CASES)
    if unknown:
        sys.exit(f"make_reference.py: no case {', '.join(sorted(unknown))}")

    def wanted(cases):
        return {name: case for name, case in cases.items() if not chosen or name in chosen}

    torch.set_default_dtype(torch.float64)
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT) if not chosen else []:
        os.remove(os.path.join(OUT, old))
    print(f"{'case':24} {'cell':5} {'act':5} I H L O {'output':9} {'loss':14} {'T':>2} loss")
    for name, (cell, act, I, H, L, O, output, loss, T, scale) in wanted(CASES).items():
        value = make_case(name, cell, act, I, H, L, O, output, loss, T, scale)
        print(f"{name:24} {cell:5} {act:5} {I} {H} {L} {O} {output:9} {loss:14} {T:2} {value:.6g}")
    print(f"\n{'symbol case':24} {'cell':5} {'act':5} V E H L {'output':9} {'T':>2} loss")
    for name, (cell, act, V, E, H, L, output, T) in wanted(SYMBOL_CASES).items():
        value = make_case(name, cell, act, 1, H, L, V, output, "cross_entropy", T, 1.0, V, E)
        print(f"{name:24} {cell:5} {act:5} {V} {E} {H} {L} {output:9} {T:2} {value:.6g}")
    print(f"\n{'classifier case':24} {'cell':5} {'act':5} V E H L C {'T':>2} pad loss")
    for name, (cell, act, V, E, H, L, C, T, pad) in wanted(CLASSIFIER_CASES).items():
        value = make_case(name, cell, act, 1, H, L, C, "last", "cross_entropy", T, 1.0, V, E, pad)
        print(f"{name:24} {cell:5} {act:5} {V} {E} {H} {L} {C} {T:2} {pad:3} {value:.6g}")
    count = sum(len(wanted(c)) for c in (CASES, SYMBOL_CASES, CLASSIFIER_CASES))
    print(f"{count} cases in {os.path.relpath(OUT)}: manual unrolls match PyTorch's modules")


if __name__ == "__main__":
    main()
