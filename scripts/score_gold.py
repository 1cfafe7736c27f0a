"""Build every passage of gold folders in-process and print micro scores and misses.

Usage: PYTHONPATH=src python scripts/score_gold.py [--misses N] [--per-file] FOLDER_OR_GOLD...

Each argument is a folder of ``NAME.txt`` + ``NAME.gold.json`` pairs or one gold file
(its report is found next to it or among the bundled reports). All pairs given are
scored together, micro-averaged, with the shared scorer's rules (kgreport.evaluate).

Example: PYTHONPATH=src python scripts/score_gold.py tests/data/gold2
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kgreport.evaluate import evaluate_files, format_table


def gold_files(args: list[str]) -> list[Path]:
    """The gold files named by the arguments (folders expand to their *.gold.json)."""
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out.extend(sorted(p.glob("*.gold.json")) if p.is_dir() else [p])
    return out


def main(argv: list[str]) -> int:
    """Score and print; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--misses", type=int, default=200, help="misses shown per kind (0: all)")
    ap.add_argument("--per-file", action="store_true", help="also print the core F1 of each file")
    ns = ap.parse_args(argv)
    golds = gold_files(ns.paths)
    if ns.per_file:
        for g in golds:
            s = evaluate_files([g]).scores
            print(f"{g.name:28} core {s['core_micro'].to_dict()['f1']:.3f}  "
                  f"honor {s['Honor'].to_dict()['f1']:.3f}  rel {s['relations'].to_dict()['f1']:.3f}  "
                  f"ind {s['indicators'].to_dict()['f1']:.3f}")
    print(format_table(evaluate_files(golds), max_misses=ns.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
