"""Extraction against bare jieba, before and after a change: A/B in one session.

The baseline revision's tree is exported with ``git archive`` and put first on
``PYTHONPATH``; each round runs the baseline and the working tree in fresh processes,
alternating, on the same reports. Each process extracts every report (CPU time,
after one warm-up extraction) and cuts the same texts with bare ``jieba.lcut``, so
the ratio of the two is measured in one process and the machine's load affects both
alike::

    python benchmarks/bench_extract_ab.py --rev HEAD~1 --sample 40 --rounds 2

Every figure is CPU seconds (user + system) of the process, with the load average
at the start of each run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/work/shared/corpus/reports")

#: The child: extract the listed reports, then bare jieba on the same texts, and print the figures.
_CHILD = r"""
import json, logging, sys, time
from kgreport.build import runner, stages
from kgreport.read import reader
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
runner._warm_up()
docs = [reader.read_document(f) for f in sys.argv[1:]]
stages.extract(docs[0])  # warm-up: lazily built indexes and regexes
t = time.process_time()
for d in docs:
    stages.extract(d)
extract_s = time.process_time() - t
t = time.process_time()
for d in docs:
    jieba.lcut(d.text)
jieba_s = time.process_time() - t
import kgreport
compiled = sorted(n for n, m in sys.modules.items() if n.startswith("kgreport") and str(getattr(m, "__file__", "")).endswith(".so"))
print(json.dumps({"extract_s": extract_s, "jieba_s": jieba_s, "chars": sum(len(d.text) for d in docs), "package": kgreport.__file__, "compiled": len(compiled)}))
"""


def _sample(corpus: Path, n: int) -> list[Path]:
    """Every k-th report, so that the sample has the corpus's mix of levels and years."""
    files = sorted(f for f in corpus.rglob("*.txt"))
    if n <= 0 or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def _run(src: Path, files: list[Path], cwd: Path) -> dict[str, float]:
    """Figures of one fresh process extracting ``files`` with the package in ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _CHILD, *map(str, files)], env=env, cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"extraction with {src} failed:\n{out.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    if not Path(str(figures["package"])).is_relative_to(src):
        sys.exit(f"kgreport was imported from {figures['package']}, not from {src}")
    return figures


def main() -> None:
    """Run the A/B rounds and print one row per run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rev", required=True, help="baseline git revision")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else ROOT / "data" / "reports")
    ap.add_argument("--sample", type=int, default=40, help="reports (spread over the corpus; 0: all)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--after", type=Path, default=ROOT / "src", help="source folder of the second tree (default: the working tree's src/, with any modules compiled there)")
    args = ap.parse_args()
    files = [f.resolve() for f in _sample(args.corpus, args.sample)]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        trees = [(f"before ({args.rev})", base / "src"), ("after (working tree)" if args.after.resolve() == ROOT / "src" else f"after ({args.after})", args.after.resolve())]
        print(f"{len(files)} reports from {args.corpus}")
        print("| tree | run | load avg | extraction CPU s | bare jieba CPU s | × jieba |\n|---|---:|---:|---:|---:|---:|")
        rows: dict[str, list[float]] = {name: [] for name, _ in trees}
        cpu: dict[str, list[float]] = {name: [] for name, _ in trees}
        for r in range(args.rounds):
            for name, src in trees if r % 2 == 0 else trees[::-1]:
                load = os.getloadavg()[0]
                f = _run(src, files, Path(tmp))
                ratio = f["extract_s"] / f["jieba_s"]
                rows[name].append(ratio)
                cpu[name].append(f["extract_s"])
                compiled = f" ({int(f['compiled'])} compiled modules)" if f["compiled"] else ""
                print(f"| {name}{compiled} | {r + 1} | {load:.1f} | {f['extract_s']:.2f} | {f['jieba_s']:.2f} | {ratio:.2f} |", flush=True)
        for name, ratios in rows.items():
            print(f"{name}: × jieba {' / '.join(f'{x:.2f}' for x in ratios)}; extraction CPU s, mean {sum(cpu[name]) / len(cpu[name]):.2f}")


if __name__ == "__main__":
    main()
