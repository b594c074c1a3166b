#!/usr/bin/python3
"""Training speed of RNN Lab's engine against PyTorch on the same configurations.

  /usr/bin/python3 scripts/bench/compare.py [--cli PATH] [--repeats 3] [--threads 1] [--quick]
                                            [--readme]

Runs `rnnlab-cli bench` and torch_reference.py (beside this file) alternately, A B A B ..., so
that the machine's load hits both alike, and prints median steps/s and the ratio ours/PyTorch
(> 1: RNN Lab is faster), with the date, the processor, the load average before and after, and
PyTorch's version and BLAS. --readme also writes that block into README.md between its
"bench-table" markers. The rnnlab-cli of build/release is built first when it is missing.
Needs Debian's python3-torch and, for a fair PyTorch, libopenblas0-pthread; neither the build
nor the tests need them.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
README = os.path.join(ROOT, "README.md")
BEGIN, END = "<!-- bench-table:begin -->", "<!-- bench-table:end -->"
CONFIGS = [  # (cell, hidden, layers, seq, batch, input)
    ("rnn", 16, 1, 50, 16, 1), ("lstm", 16, 1, 50, 16, 1), ("gru", 16, 1, 50, 16, 1),
    ("rnn", 64, 1, 100, 32, 1), ("lstm", 64, 1, 100, 32, 1), ("gru", 64, 1, 100, 32, 1),
    ("lstm", 64, 2, 100, 32, 4), ("lstm", 128, 1, 200, 64, 1), ("gru", 128, 2, 200, 64, 8),
]


def steps_per_second(cmd, threads):
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"compare.py: failed: {' '.join(cmd)}\n{out.stderr}")
    line = [l for l in out.stdout.splitlines() if l.strip().startswith("{")][-1]
    return json.loads(line)["steps_per_s"]


def rnnlab_cli(path):
    """The given rnnlab-cli, or build/release's, built when missing."""
    if path:
        return path
    cli = os.path.join(ROOT, "build", "release", "app", "rnnlab-cli")
    if not os.access(cli, os.X_OK):
        subprocess.run(["cmake", "--preset", "release"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", "--preset", "release", "--target", "rnnlab-cli"],
                       cwd=ROOT, check=True)
    return cli


def torch_version():
    try:
        import torch
    except ImportError:
        sys.exit("compare.py: PyTorch is missing: apt-get install python3-torch libopenblas0-pthread")
    return torch.__version__


def processor():
    with open("/proc/cpuinfo") as f:
        names = [l.split(":", 1)[1].strip() for l in f if l.startswith("model name")]
    return f"{os.cpu_count()} cores of {names[0] if names else 'an unknown processor'}"


def measure(cli, configs, repeats, threads):
    rows = []
    for cell, h, l, t, b, i in configs:
        args = ["--cell", cell, "--hidden", str(h), "--layers", str(l), "--seq", str(t),
                "--batch", str(b), "--input", str(i), "--threads", str(threads)]
        steps = str(max(20, int(2e6 / (h * h * t * b / 16))))
        ours, ref = [], []
        for _ in range(repeats):
            ours.append(steps_per_second([cli, "bench", *args, "--steps", steps], threads))
            ref.append(steps_per_second([sys.executable, os.path.join(HERE, "torch_reference.py"),
                                         *args, "--steps", steps], threads))
        rows.append((f"{cell} H={h} L={l} T={t} B={b} I={i}", h, statistics.median(ours),
                     statistics.median(ref)))
    return rows


def report(rows, context):
    """The measurement's description and its table, as Markdown."""
    ratios = [ours / ref for _, _, ours, ref in rows]
    small = [r for (_, h, _, _), r in zip(rows, ratios) if h <= 64]
    large = [r for (_, h, _, _), r in zip(rows, ratios) if h > 64]
    lines = [context, "", "```", f"{'config':34} {'ours/s':>10} {'torch/s':>10} {'ratio':>7}"]
    lines += [f"{name:34} {ours:10.1f} {ref:10.1f} {ours / ref:7.2f}" for name, _, ours, ref in rows]
    lines += [f"geometric mean ratio ours/torch: {statistics.geometric_mean(ratios):.2f}", "```"]
    summary = []
    if small:
        summary.append(f"At H = 16–64 RNN Lab was {min(small):.1f}–{max(small):.1f}x as fast as "
                       "PyTorch (its per-operation overhead dominates at these sizes)"
                       + (f"; at H = 128 {min(large):.1f}–{max(large):.1f}x, where both are "
                          "bound by the matrix products." if large else "."))
    met = statistics.geometric_mean(ratios) >= 3 and min(ratios) >= 1
    summary.append("Targets: geometric mean >= 3 and every configuration >= 1 — "
                   + ("both met." if met else "NOT met."))
    return "\n".join(textwrap.wrap(context, 96) + lines[1:] + [""]
                     + textwrap.wrap(" ".join(summary), 96))


def write_readme(block):
    with open(README, encoding="utf-8") as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        sys.exit(f"compare.py: README.md has no {BEGIN} ... {END} block to replace")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(README, "w", encoding="utf-8") as f:
        f.write(f"{head}{BEGIN}\n{block}\n{END}{tail}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cli", help="rnnlab-cli to time (default: build/release's, built if missing)")
    p.add_argument("--repeats", type=int, default=3, help="runs of each side per configuration")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--quick", action="store_true", help="first three configurations only")
    p.add_argument("--readme", action="store_true", help="write the result into README.md")
    a = p.parse_args()
    if a.quick and a.readme:
        p.error("--readme writes README's whole table: leave out --quick")
    version = torch_version()
    cli = rnnlab_cli(a.cli)
    blas = os.path.realpath("/usr/lib/x86_64-linux-gnu/libblas.so.3")
    if "openblas" not in blas:
        print(f"compare.py: PyTorch uses the reference BLAS {blas}, far slower than OpenBLAS: "
              "apt-get install libopenblas0-pthread", file=sys.stderr)
    load_before = os.getloadavg()[0]
    started = datetime.datetime.now(datetime.timezone.utc)
    rows = measure(cli, CONFIGS[:3] if a.quick else CONFIGS, a.repeats, a.threads)
    load_after = os.getloadavg()[0]
    minutes = (datetime.datetime.now(datetime.timezone.utc) - started).total_seconds() / 60
    context = (
        f"Measured by `scripts/bench/compare.py --repeats {a.repeats}"
        f"{f' --threads {a.threads}' if a.threads != 1 else ''}` on "
        f"{started:%Y-%m-%d at %H:%M} UTC ({minutes:.0f} min), {processor()}, "
        f"load average {load_before:.1f} before and {load_after:.1f} after; PyTorch {version} "
        f"(BLAS `{blas}`), float32, {a.threads} thread{'s' if a.threads != 1 else ''} each; "
        f"median steps/s of {a.repeats} run{'s' if a.repeats != 1 else ''} per side:")
    block = report(rows, context)
    print(block)
    if a.readme:
        write_readme(block)
        print(f"\nwritten into {README}")


if __name__ == "__main__":
    main()
