#!/usr/bin/python3
"""Convert between a PyTorch model and an RNN Lab model file (*.rnnlab.json).

  torch_convert.py to-rnnlab model.pt out.rnnlab.json [--cell C] [--nonlinearity N]
                   [--output last|sequence] [--loss mse|cross_entropy] [--input real|symbols]
                   [--vocab model.pt.vocab.json]
  torch_convert.py to-torch in.rnnlab.json out.pt [--dtype float32|float64] [--module]

The PyTorch side is the reference model of RNN Lab (docs/formats.md, section 1), the `Model`
class of this script: an optional nn.Embedding(V, E) for symbol input, nn.RNN / nn.LSTM /
nn.GRU (batch_first), then nn.Linear. model.pt may hold its state_dict() or the whole module.
Sizes and the cell come from the tensor shapes (an embedding.weight makes the input symbols);
what shapes cannot tell (nonlinearity, output, loss, one-hot symbol input) comes from the flags.

A network trained on a text or on labelled sentences keeps its symbols both ways. to-torch gives
the module the attributes `vocabulary` (list of str in index order, "" the unknown symbol),
`classes` (labelled: list of str in index order) and `rnnlab_data` (the experiment's data
section without them: where the text came from, the window a sentence is padded to, the split);
a state_dict gets them beside it in out.pt.vocab.json. to-rnnlab reads them from a module or from
--vocab FILE.json and writes the data section back, so that `rnnlab-cli trace --text` and
`rnnlab-cli sample` work on the converted file. A vocabulary without "rnnlab_data" (a model
trained in PyTorch) gets the least data section RNN Lab reads: a text (or, with classes,
labelled sentences) of no file, "path": "", which trace and sample never open and training
refuses; labelled sentences then need "window", the length they are padded to.
Needs PyTorch (Debian: python3-torch); RNN Lab itself never does.
"""
import argparse
import json
import os
import sys

import torch
from torch import nn

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
GATES = {"rnn": 1, "lstm": 4, "gru": 3}  # rows of weight_ih per hidden unit


class Model(nn.Module):
    """The reference model: a stacked recurrent layer and a linear head on the last step
    (output "last") or on every step ("sequence"). With vocab_size V > 0 the input is one symbol
    index per step, fed to the first layer as a one-hot vector (embedding_size 0, the layer's
    input size is V) or through nn.Embedding(V, embedding_size); input_size is then unused."""

    def __init__(self, cell, input_size, hidden_size, num_layers, output_size,
                 nonlinearity="tanh", output="last", vocab_size=0, embedding_size=0):
        super().__init__()
        self.vocab_size = vocab_size
        if vocab_size and embedding_size:  # registered first: first in the state_dict
            self.embedding = nn.Embedding(vocab_size, embedding_size)
        if vocab_size:
            input_size = embedding_size or vocab_size
        extra = {"nonlinearity": nonlinearity} if cell == "rnn" else {}
        self.rnn = CELLS[cell](input_size, hidden_size, num_layers, batch_first=True, **extra)
        self.fc = nn.Linear(hidden_size, output_size)
        self.output = output

    def embed(self, x):
        """The first layer's input: x itself (B, T, I), or for symbols x (B, T) of indices as
        embeddings or one-hot vectors."""
        if not self.vocab_size:
            return x
        if hasattr(self, "embedding"):
            return self.embedding(x)
        return nn.functional.one_hot(x, self.vocab_size).to(self.fc.weight.dtype)

    def forward(self, x):  # x: (B, T, I), or (B, T) symbol indices
        y, _ = self.rnn(self.embed(x))  # (B, T, H)
        return self.fc(y[:, -1] if self.output == "last" else y)


def state_dict_names(num_layers, embedding=False):
    """The state_dict() keys of Model, in order."""
    names = ["embedding.weight"] if embedding else []
    for k in range(num_layers):
        names += [f"rnn.{w}_l{k}" for w in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
    return names + ["fc.weight", "fc.bias"]


def network_from_state_dict(sd, cell=None, nonlinearity="tanh", output="last", loss="mse",
                            input="real"):
    """The "network" section for a state_dict of Model; raises ValueError when it is not one.
    An embedding.weight makes the input symbols; input="symbols" without one means one-hot."""
    if "rnn.weight_hh_l0" not in sd:
        raise ValueError("no rnn.weight_hh_l0: not a state_dict of the reference model")
    rows, hidden = sd["rnn.weight_hh_l0"].shape
    cells = [c for c, g in GATES.items() if g * hidden == rows]
    if cell is None:
        cell = cells[0] if cells else None
    if cell not in cells:
        raise ValueError(f"rnn.weight_hh_l0 has shape {list(sd['rnn.weight_hh_l0'].shape)}: "
                         f"not a {cell} layer (it is {' or '.join(cells) or 'no known cell'})")
    num_layers = sum(1 for key in sd if key.startswith("rnn.weight_ih_l"))
    embedding = "embedding.weight" in sd
    expected = state_dict_names(num_layers, embedding)
    if sorted(sd) != sorted(expected):
        extra, missing = sorted(set(sd) - set(expected)), sorted(set(expected) - set(sd))
        raise ValueError(f"unexpected tensors {extra}, missing {missing} (bidirectional, "
                         "proj_size and bias=False models are not supported)")
    network = {"cell": cell, "nonlinearity": nonlinearity if cell == "rnn" else "tanh"}
    first_input = sd["rnn.weight_ih_l0"].shape[1]
    if embedding:
        vocab, size = sd["embedding.weight"].shape
        if size != first_input:
            raise ValueError(f"embedding.weight has shape {list(sd['embedding.weight'].shape)} "
                             f"but rnn.weight_ih_l0 takes {first_input} inputs")
        network.update(input="symbols", vocab_size=vocab, embedding_size=size)
    elif input == "symbols":
        network.update(input="symbols", vocab_size=first_input, embedding_size=0)
    else:
        network["input_size"] = first_input
    network.update(hidden_size=hidden, num_layers=num_layers,
                   output_size=sd["fc.weight"].shape[0], output=output, loss=loss)
    return network


def pretty_json(value, indent=0):
    """JSON with objects indented, a list of lists or objects one element per line, and a list
    of numbers on one line. Floats print as Python's repr: the shortest text that reads back
    exactly."""
    pad = "    " * indent
    if isinstance(value, dict):
        items = [f"{pad}    {json.dumps(k)}: {pretty_json(v, indent + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], (list, dict)):
        rows = [pad + "    " + pretty_json(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(rows) + "\n" + pad + "]"
    return json.dumps(value)


def tensor_json(t):
    """{"shape", "data"}: a tensor as float64, row-major."""
    return {"shape": list(t.shape), "data": t.detach().double().flatten().tolist()}


def rnnlab_json(network, state_dict, data=None):
    """The text of an *.rnnlab.json model file, with a data section when given."""
    embedding = network.get("embedding_size", 0) > 0
    weights = {name: tensor_json(state_dict[name])
               for name in state_dict_names(network["num_layers"], embedding)}
    doc = {"format": "rnnlab", "version": 1, "network": network, "weights": weights}
    if data:
        doc["data"] = data
    return pretty_json(doc) + "\n"


SYMBOL_SOURCES = ("text", "labelled")  # the data sections that save a vocabulary


def symbols_of(doc, path):
    """{"vocabulary", "classes", "rnnlab_data"} of an RNN Lab file trained on a text or labelled
    sentences, {} for any other. Relative paths in the data section become absolute (they are
    relative to the file), so they still hold beside the converted file."""
    data = dict(doc.get("data", {}))
    kind = data.get("source")
    if kind not in SYMBOL_SOURCES or "vocabulary" not in data[kind]:
        return {}
    source = dict(data[kind])
    symbols = {"vocabulary": source.pop("vocabulary")}
    if "classes" in source:
        symbols["classes"] = source.pop("classes")
    if "path" in source:
        source["path"] = os.path.join(os.path.dirname(os.path.abspath(path)), source["path"])
    data[kind] = source
    symbols["rnnlab_data"] = data
    return symbols


def data_section(symbols):
    """The data section of a converted file: its saved vocabulary (and classes) put back into
    rnnlab_data, or the least section RNN Lab reads (the module docstring)."""
    classes = symbols.get("classes")
    data = symbols.get("rnnlab_data")
    if data is None:
        kind = "labelled" if classes else "text"
        data = {"source": kind, kind: {"path": ""}}
        if classes:
            if "window" not in symbols:
                raise ValueError("classes without \"window\": give the length a sentence is "
                                 "padded to (data.window.length of the experiment)")
            data["window"] = {"length": symbols["window"]}
    data = json.loads(json.dumps(data))  # a copy
    source = data[data["source"]]
    source["vocabulary"] = symbols["vocabulary"]
    if classes:
        source["classes"] = classes
    return data


def read_vocab(path):
    """A --vocab FILE.json: {"vocabulary": [...], "classes": [...], "rnnlab_data": {...}}, the
    last two optional (and "window" for classes without rnnlab_data)."""
    with open(path) as f:
        symbols = json.load(f)
    if not isinstance(symbols, dict) or not isinstance(symbols.get("vocabulary"), list):
        raise ValueError(f"--vocab {path}: expected {{\"vocabulary\": [...], ...}}")
    return symbols


# What a text or labelled sentences fix of the network: the output and the loss.
SHAPE_OF_SOURCE = {"text": ("sequence", "cross_entropy"), "labelled": ("last", "cross_entropy")}


def to_rnnlab(args):
    obj = torch.load(args.input, map_location="cpu")
    symbols = read_vocab(args.vocab) if args.vocab else {}
    if isinstance(obj, nn.Module) and not symbols:
        symbols = {key: getattr(obj, key) for key in ("vocabulary", "classes", "rnnlab_data")
                   if getattr(obj, key, None)}
    data = data_section(symbols) if symbols else None
    output, loss = SHAPE_OF_SOURCE[data["source"]] if data else ("last", "mse")
    settings = {"nonlinearity": args.nonlinearity, "output": args.output or output,
                "input": "symbols" if data else args.input_kind}
    if isinstance(obj, nn.Module):  # a whole module knows its cell and settings
        rnn = obj.rnn
        settings = {"cell": args.cell or type(rnn).__name__.lower(),
                    "nonlinearity": getattr(rnn, "nonlinearity", "tanh"),
                    "output": getattr(obj, "output", settings["output"]),
                    "input": "symbols" if getattr(obj, "vocab_size", 0) else settings["input"]}
        obj = obj.state_dict()
    else:
        settings["cell"] = args.cell
    network = network_from_state_dict(obj, loss=args.loss or loss, **settings)
    if data and len(symbols["vocabulary"]) != network.get("vocab_size"):
        raise ValueError(f"the vocabulary has {len(symbols['vocabulary'])} symbols, but the "
                         f"network has vocab_size {network.get('vocab_size', 0)}")
    with open(args.out, "w") as f:
        f.write(rnnlab_json(network, obj, data))
    print(f"{args.out}: {network}" + (f", data.source {data['source']}" if data else ""))


def to_torch(args):
    with open(args.input) as f:
        doc = json.load(f)
    if doc.get("format") != "rnnlab":
        raise ValueError(f"{args.input}: not an RNN Lab file (format is {doc.get('format')!r})")
    if "weights" not in doc:
        raise ValueError(f"{args.input}: has no weights to convert (an untrained model)")
    n = doc["network"]
    symbols = n.get("input", "real") == "symbols"
    model = Model(n["cell"], n.get("input_size", 1), n["hidden_size"], n["num_layers"],
                  n["output_size"], n.get("nonlinearity", "tanh"), n["output"],
                  n["vocab_size"] if symbols else 0, n.get("embedding_size", 0) if symbols else 0)
    model.to(getattr(torch, args.dtype))  # before loading: float64 weights stay exact
    state = {name: torch.tensor(w["data"], dtype=torch.float64).reshape(w["shape"])
             for name, w in doc["weights"].items()}
    model.load_state_dict(state)  # strict: names and shapes must match; casts to the dtype
    symbols = symbols_of(doc, args.input)
    if args.module:
        for key, value in symbols.items():
            setattr(model, key, value)
    torch.save(model if args.module else model.state_dict(), args.out)
    print(f"{args.out}: {'module' if args.module else 'state_dict'} in {args.dtype}, {n}")
    if symbols and not args.module:
        with open(args.out + ".vocab.json", "w") as f:
            f.write(pretty_json(symbols) + "\n")
        print(f"{args.out}.vocab.json: the vocabulary" +
              (" and classes" if "classes" in symbols else ""))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 2)[2])
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("to-rnnlab", help="PyTorch .pt -> .rnnlab.json")
    a.add_argument("input", help="a saved state_dict() or module of the reference model")
    a.add_argument("out", help="the .rnnlab.json to write")
    a.add_argument("--cell", choices=CELLS, help="default: from the shapes (3H rows: gru, ...)")
    a.add_argument("--nonlinearity", choices=["tanh", "relu"], default="tanh",
                   help="of an rnn cell (default tanh)")
    a.add_argument("--output", choices=["last", "sequence"],
                   help="where the head applies (default last; a text's: sequence)")
    a.add_argument("--loss", choices=["mse", "cross_entropy"],
                   help="default mse; with a vocabulary cross_entropy")
    a.add_argument("--input", dest="input_kind", choices=["real", "symbols"], default="real",
                   help="symbols: one-hot symbol input, V = rnn.weight_ih_l0's columns (a model "
                        "with an embedding.weight is always symbols)")
    a.add_argument("--vocab", metavar="FILE.json",
                   help="the vocabulary (and classes) to write into the data section, as "
                        "to-torch writes them beside a state_dict (default: a module's own)")
    a.set_defaults(run=to_rnnlab)
    b = sub.add_parser("to-torch", help=".rnnlab.json -> PyTorch .pt")
    b.add_argument("input", help="an .rnnlab.json with weights")
    b.add_argument("out", help="the .pt to write")
    b.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    b.add_argument("--module", action="store_true",
                   help="save the whole module instead of its state_dict()")
    b.set_defaults(run=to_torch)
    args = p.parse_args()
    try:
        args.run(args)
    except (ValueError, KeyError, RuntimeError, OSError) as e:
        sys.exit(f"torch_convert.py: error: {e}")


if __name__ == "__main__":
    main()
