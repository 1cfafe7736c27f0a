"""Precision check on real text: a seeded random sample of extracted entities, to judge by hand.

Draw a sample (extracts every report of the folder, pools the entities of all reports,
draws N of them with a fixed seed and writes them with their evidence sentence):

    PYTHONPATH=src python scripts/precision_sample.py draw ../shared/corpus/reports \\
        --n 100 --seed 2026 --out docs/precision-sample.tsv

Judge the sample: fill the ``correct`` column with ``yes`` or ``no`` (GUIDELINES decide;
``optional`` where the guidelines allow either reading), then summarize it:

    python scripts/precision_sample.py summarize docs/precision-sample.tsv

The summary prints per-class precision (``optional`` rows count as correct, as the scorer
never penalizes them) as a Markdown table for docs/precision.md.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

COLUMNS = ["id", "report", "class", "label", "sentence", "correct", "note"]
CLASSES = ["Organization", "Place", "Project", "Program", "Honor"]
DEFAULT_REPORTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reports"


def pool(folder: Path, max_reports: int | None, seed: int) -> list[tuple[str, str, str, str]]:
    """(report, class, label, sentence) of every entity of every report of ``folder``."""
    from kgreport import read
    from kgreport.errors import KgreportError
    from kgreport.pipeline import extract

    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if max_reports and len(paths) > max_reports:
        paths = sorted(random.Random(seed).sample(paths, max_reports))
    out: list[tuple[str, str, str, str]] = []
    for i, path in enumerate(paths, 1):
        try:
            rg = extract(read.read_document(path))
        except KgreportError as exc:
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        by_index = {s.index: s.text for s in rg.sentences}
        for e in rg.entities:
            sentence = by_index.get(e.sentences[0], "") if e.sentences else ""
            out.append((path.name, e.cls.value, e.label, " ".join(sentence.split())[:300]))
        print(f"\r{i}/{len(paths)} reports", end="", file=sys.stderr)
    print(file=sys.stderr)
    return out


def draw(folder: Path, n: int, seed: int, out: Path, max_reports: int | None) -> None:
    """Write a seeded random sample of ``n`` entities to ``out`` (TSV, ``correct`` left blank)."""
    entities = pool(folder, max_reports, seed)
    sample = random.Random(seed).sample(entities, min(n, len(entities)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for i, (report, cls, label, sentence) in enumerate(sample, 1):
            w.writerow([i, report, cls, label, sentence, "", ""])
    counts = Counter(cls for _, cls, _, _ in entities)
    print(f"{len(entities)} entities in the pool ({dict(sorted(counts.items()))}); {len(sample)} drawn to {out}")


def summarize(path: Path) -> str:
    """Per-class precision of a judged sample, as a Markdown table."""
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    judged = [r for r in rows if r["correct"].strip().lower() in ("yes", "no", "optional")]
    lines = ["| class | judged | correct | precision |", "|---|---:|---:|---:|"]
    for cls in CLASSES + ["all"]:
        sel = judged if cls == "all" else [r for r in judged if r["class"] == cls]
        ok = sum(r["correct"].strip().lower() in ("yes", "optional") for r in sel)
        share = f"{ok / len(sel):.2f}" if sel else "–"
        lines.append(f"| {cls} | {len(sel)} | {ok} | {share} |")
    if len(judged) < len(rows):
        lines.append(f"\n{len(rows) - len(judged)} rows not judged yet.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``draw`` a sample or ``summarize`` a judged one."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="extract a folder of reports and draw a sample of entities")
    d.add_argument("folder", nargs="?", type=Path, default=DEFAULT_REPORTS)
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--out", type=Path, default=Path("docs/precision-sample.tsv"))
    d.add_argument("--max-reports", type=int, default=None, help="extract only this many reports (seeded)")
    s = sub.add_parser("summarize", help="per-class precision of a judged sample")
    s.add_argument("tsv", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        draw(args.folder, args.n, args.seed, args.out, args.max_reports)
    else:
        print(summarize(args.tsv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
