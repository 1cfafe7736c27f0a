"""Precision check on real text: a seeded random sample of extracted entities, to judge by hand.

Draw a sample (extracts every report of the folder, pools the entities of all reports,
draws N of them with a fixed seed and writes them with their evidence sentence):

    PYTHONPATH=src python scripts/precision_sample.py draw ../shared/corpus/reports \\
        --n 100 --seed 2026 --out docs/precision-sample.tsv

Or audit whole reports, as the issue 11 audit did: draw K random reports and sample both
entities and relations (a relation row's class is the relation, its label "subject → object"):

    PYTHONPATH=src python scripts/precision_sample.py draw ../shared/corpus/reports \\
        --max-reports 12 --n 160 --relations 90 --indicators 40 --seed 7 --out docs/precision-audit.tsv

An indicator row's class is ``Indicator`` and its label "what it measures = number unit (as
written)"; it is judged readable when the label names what the number measures and the value
and unit are what the sentence says.

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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgreport.models import Indicator

COLUMNS = ["id", "report", "class", "label", "sentence", "correct", "note"]
CLASSES = ["Organization", "Place", "Project", "Program", "Honor"]
RELATIONS = ["cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"]
INDICATOR = "Indicator"
DEFAULT_REPORTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reports"


Row = tuple[str, str, str, str]


def indicator_label(ind: Indicator) -> str:
    """An indicator as an annotator reads it, e.g. "新增就业 = 12000 人 (1.2万人)"."""
    value = f"{ind.value:.15g}"
    approx = " (approximate)" if ind.approximate else ""
    return f"{ind.label} = {value} {ind.unit} ({ind.surface}){approx}"


def pool(folder: Path, max_reports: int | None, seed: int) -> tuple[list[Row], list[Row], list[Row]]:
    """(report, class, label, sentence) of every entity of every report of ``folder``,
    (report, relation, "subject → object", sentence) of every relation and
    (report, "Indicator", label, sentence) of every indicator."""
    from kgreport.read import reader as read
    from kgreport.errors import KgreportError
    from kgreport.build.stages import extract

    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if max_reports and len(paths) > max_reports:
        paths = sorted(random.Random(seed).sample(paths, max_reports))
    out: list[Row] = []
    rels: list[Row] = []
    inds: list[Row] = []
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
        labels = {e.key: e.label for e in rg.entities}
        for r in rg.relations:
            text = " ".join(by_index.get(r.sentence, "").split())[:300]
            pair = f"{labels.get(r.subject, r.subject)} → {labels.get(r.object, r.object)}"
            rels.append((path.name, r.kind.value.rsplit("#", 1)[-1], pair, text))
        for ind in rg.indicators:
            text = " ".join(by_index.get(ind.sentence, "").split())[:300]
            inds.append((path.name, INDICATOR, indicator_label(ind), text))
        print(f"\r{i}/{len(paths)} reports", end="", file=sys.stderr)
    print(file=sys.stderr)
    return out, rels, inds


def draw(
    folder: Path,
    n: int,
    seed: int,
    out: Path,
    max_reports: int | None,
    n_relations: int = 0,
    n_indicators: int = 0,
) -> None:
    """Write a seeded random sample of ``n`` entities (and ``n_relations`` relations and
    ``n_indicators`` indicators) to ``out`` (TSV, ``correct`` left blank)."""
    entities, relations, indicators = pool(folder, max_reports, seed)
    rng = random.Random(seed)
    sample = rng.sample(entities, min(n, len(entities)))
    sample += rng.sample(relations, min(n_relations, len(relations)))
    sample += rng.sample(indicators, min(n_indicators, len(indicators)))
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
    groups: dict[str, list[dict[str, str]]] = {c: [r for r in judged if r["class"] == c] for c in CLASSES + RELATIONS}
    groups["all entities"] = [r for r in judged if r["class"] in CLASSES]
    groups["all relations"] = [r for r in judged if r["class"] in RELATIONS]
    groups["indicators (readable)"] = [r for r in judged if r["class"] == INDICATOR]
    for cls, sel in groups.items():
        if not sel:
            continue
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
    d.add_argument("--relations", type=int, default=0, help="also draw this many relations")
    d.add_argument("--indicators", type=int, default=0, help="also draw this many indicators")
    s = sub.add_parser("summarize", help="per-class precision of a judged sample")
    s.add_argument("tsv", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        draw(args.folder, args.n, args.seed, args.out, args.max_reports, args.relations, args.indicators)
    else:
        print(summarize(args.tsv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
