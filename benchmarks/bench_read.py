"""Reading against bare jieba: what the timed tests used to check, as ratios on the same texts.

    PYTHONPATH=src python benchmarks/bench_read.py --sample 120

For a spread sample of corpus reports it prints the CPU seconds (``time.process_time``) of
``read_document`` (decode, clean, metadata), of ``clean_text`` alone on the same decoded texts, and
of 2,000 rounds of gazetteer lookups (a district in its city's context, a city by its short name, a
central SOE by its short name), each beside bare ``jieba.lcut`` of the same texts in the same process,
and the ratio. Reading should stay a small fraction of cutting words (well under 0.2×), and a lookup
round far under one report's cutting.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jieba

from kgreport import gazetteer as g
from kgreport.read.clean import clean_text
from kgreport.read.reader import read_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reports"


def sample(folder: Path, n: int) -> list[Path]:
    """Every k-th report of ``folder`` (sorted), ``n`` of them."""
    files = sorted(folder.glob("*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def cpu(fn: Callable[[], object]) -> float:
    """CPU seconds of one call."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    """Print the table (see the module's docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", type=int, default=120)
    args = ap.parse_args(argv)
    files = sample(args.corpus, args.sample)
    if not files:
        sys.exit(f"no reports under {args.corpus}")
    texts = [read_document(p).text for p in files]  # warm: dictionaries, rules and the files' pages loaded once
    jieba.lcut(texts[0])
    g.resolve_division("朝阳区", ["110000"])
    chars = sum(len(t) for t in texts)
    base = cpu(lambda: [jieba.lcut(t) for t in texts])

    def lookups() -> None:
        for _ in range(2000):
            g.resolve_division("朝阳区", ["110000"])
            g.division_by_name("衢州")
            g.soe_names().get("建行")

    rows = [
        ("bare jieba.lcut", base),
        ("read_document (decode, clean, metadata)", cpu(lambda: [read_document(p) for p in files])),
        ("clean_text alone", cpu(lambda: [clean_text(t) for t in texts])),
        ("2,000 rounds of gazetteer lookups", cpu(lookups)),
    ]
    print(f"{len(files)} reports, {chars:,} characters")
    print(f"{'step':<44}{'CPU s':>9}{'× jieba':>10}")
    for name, seconds in rows:
        print(f"{name:<44}{seconds:>9.3f}{seconds / base:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
