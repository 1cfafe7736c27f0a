#!/usr/bin/env python3
"""Prove that a refactoring changes no output: build with a baseline revision and with the working tree.

Builds the bundled report and a fixed, seeded selection of corpus reports twice, once with the
source of ``--rev`` (exported by ``git archive`` into a temporary folder and put first on
``PYTHONPATH``) and once with the working tree, each into a fresh ``--out`` (no build cache is
shared), with ``--no-store``; then compares graph.ttl, graph.trig and graph.html byte for byte.
With ``--store`` both builds also write the SPARQL store, and the two stores must hold the same
quads (derived facts included). Exits 0 when all are identical, else 1 naming the first file that
differs.

Example:

    .venv/bin/python scripts/check_identical.py --rev 6648515
    .venv/bin/python scripts/check_identical.py --rev 9e08cc9 --store   # the store too
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")


def corpus_sample(corpus: Path, count: int, seed: int) -> list[Path]:
    """``count`` reports of ``corpus`` chosen by ``seed`` (the same ones on every run)."""
    reports = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    if len(reports) <= count:
        return reports
    return sorted(random.Random(seed).sample(reports, count))


def build(src: Path, inputs: list[Path], out: Path, jobs: int, store: bool = False) -> None:
    """Run ``kgreport build`` with the package found in ``src`` (``store``: with the SPARQL store)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-m", "kgreport", "build", *map(str, inputs), "--out", str(out), "--jobs", str(jobs)]
    cmd += [] if store else ["--no-store"]
    # run outside the repository so that no ./src of the working tree shadows the baseline
    probe = subprocess.run(
        [sys.executable, "-c", "import kgreport; print(kgreport.__file__)"], env=env, cwd=out.parent, capture_output=True, text=True, check=True
    )
    if not Path(probe.stdout.strip()).is_relative_to(src):
        sys.exit(f"kgreport was imported from {probe.stdout.strip()}, not from {src}")
    done = subprocess.run(cmd, env=env, cwd=out.parent, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"build with {src} failed ({done.returncode}):\n{done.stderr[-2000:]}")


def first_difference(a: Path, b: Path) -> str | None:
    """Name of the first output that differs between two build folders, or None."""
    for name in OUTPUTS:
        fa, fb = a / name, b / name
        if not fa.is_file() or not fb.is_file():
            return f"{name} (missing in {a if not fa.is_file() else b})"
        if fa.read_bytes() != fb.read_bytes():
            return name
    return None


def store_difference(a: Path, b: Path) -> str | None:
    """How the stores of two build folders differ (quads only in one of them), or None when they hold the same quads."""
    import pyoxigraph as ox

    quads = [{str(q) for q in ox.Store.read_only(str(folder / "store"))} for folder in (a, b)]
    if quads[0] == quads[1]:
        return None
    only_a, only_b = quads[0] - quads[1], quads[1] - quads[0]
    example = sorted(only_a or only_b)[0]
    return f"store ({len(only_a)} quads only in baseline, {len(only_b)} only in working; e.g. {example[:200]})"


def main(argv: list[str] | None = None) -> int:
    """Build both ways and compare; 0 when identical."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rev", default="6648515", help="baseline git revision (default: %(default)s)")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "reports")
    ap.add_argument("--count", type=int, default=80, help="corpus reports to build (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=12, help="seed of the corpus selection (default: %(default)s)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--store", action="store_true", help="also write the stores and compare their quads")
    args = ap.parse_args(argv)

    if not args.corpus.is_dir():
        sys.exit(f"corpus folder not found: {args.corpus}")
    sets = {
        "bundled": [REPO / "data" / "reports" / "kaihua-2023.txt"],
        "corpus": corpus_sample(args.corpus, args.count, args.seed),
    }
    with tempfile.TemporaryDirectory(prefix="check-identical-") as tmp:
        root = Path(tmp)
        base = root / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.rev], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        trees = {"baseline": base / "src", "working": REPO / "src"}
        compiled = sorted((REPO / "src" / "kgreport").rglob("*.so"))
        if compiled:  # scripts/compile.py was run: the working tree's builds use its extensions
            print(f"working tree: {len(compiled)} compiled extension modules (scripts/compile.py)")
        for set_name, inputs in sets.items():
            outs = {}
            for tree, src in trees.items():
                out = root / f"{set_name}-{tree}" / "out"
                out.parent.mkdir()
                build(src, inputs, out, args.jobs, args.store)
                outs[tree] = out
            diff = first_difference(outs["baseline"], outs["working"])
            if diff is None and args.store:
                diff = store_difference(outs["baseline"], outs["working"])
            if diff:
                print(f"DIFFERENT: {set_name} ({len(inputs)} reports): {diff}")
                return 1
            print(f"identical: {set_name} ({len(inputs)} reports): {', '.join(OUTPUTS + (('store',) if args.store else ()))}")
    print(f"all outputs identical to {args.rev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
