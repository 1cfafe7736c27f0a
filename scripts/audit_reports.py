"""Choose reports for a blind precision audit, and drop sampled rows the repository has seen.

A blind audit needs corpus reports that no development step used. Rule work draws random corpus
sentences, and some of them end up in test tables and judged draws, so "unused" is measured: a
report is a candidate when no earlier audit drew it, its file name appears nowhere in the
repository, and few of its *distinctive* 14-character runs (runs found in at most two corpus
reports; boilerplate such as 今年经济社会发展的主要预期目标是 occurs in dozens and says nothing about
use) appear in the repository's tracked files:

    python scripts/audit_reports.py candidates ../shared/corpus/reports --audited audited.txt > candidates.tsv

prints one row per report, fewest places first: places (separate stretches of its distinctive
text found in the repository), named (its file name is in the repository), audited, report, characters.

After drawing the audit (`scripts/precision_sample.py draw`), drop the rows whose sentence holds a
distinctive run the repository holds, so that no judged row comes from a sentence that was used:

    python scripts/audit_reports.py filter audit-raw.tsv audit.tsv ../shared/corpus/reports
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

RUN = 14  # characters: long enough that a shared run means shared text, not a shared phrase
DISTINCTIVE = 2  # a run found in more corpus reports than this is boilerplate
ROOT = Path(__file__).resolve().parent.parent


def repository_text(root: Path = ROOT) -> str:
    """The text of every tracked file of the repository (undecodable files skipped)."""
    names = subprocess.run(["git", "-C", str(root), "ls-files"], capture_output=True, text=True, check=True).stdout.split()
    parts = []
    for name in names:
        try:
            parts.append((root / name).read_text(encoding="utf-8"))
        except (UnicodeDecodeError, OSError):
            continue
    return "\n".join(parts)


def runs(text: str) -> set[str]:
    """Every run of RUN characters in text."""
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)}


def candidates(corpus: Path, audited: set[str], root: Path = ROOT) -> list[tuple[int, bool, bool, str, int]]:
    """(places, named, audited, report, characters) per corpus report, fewest places first."""
    repo = repository_text(root)
    seen = runs(repo)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    shared = {name: runs(text) & seen for name, text in texts.items()}
    reports_per_run = Counter(run for found in shared.values() for run in found)
    rows = []
    for name, found in shared.items():
        starts = sorted(texts[name].find(run) for run in found if reports_per_run[run] <= DISTINCTIVE)
        places, last = 0, -10 * RUN
        for start in starts:
            if start - last > 3 * RUN:  # overlapping runs of one sentence are one place
                places += 1
            last = start
        rows.append((places, name.removesuffix(".txt") in repo, name in audited, name, len(texts[name])))
    return sorted(rows)


def filter_rows(source: Path, target: Path, corpus: Path, root: Path = ROOT) -> tuple[int, int]:
    """Copy an audit TSV without the rows whose sentence shares a distinctive run with the repository.

    Returns (rows kept, rows dropped).
    """
    seen = runs(repository_text(root))
    texts = [p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")]
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    head, body = rows[0], rows[1:]
    sentence = head.index("sentence")
    kept = [head]
    for row in body:
        found = runs(row[sentence]) & seen
        if any(sum(run in text for text in texts) <= DISTINCTIVE for run in found):
            continue
        kept.append(row)
    with target.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(kept)
    return len(kept) - 1, len(body) - (len(kept) - 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    cand = sub.add_parser("candidates", help="rank corpus reports by how much of their distinctive text the repository holds")
    cand.add_argument("corpus", type=Path)
    cand.add_argument("--audited", type=Path, help="file of report names (one per line) that earlier audits drew")
    filt = sub.add_parser("filter", help="drop audit rows whose sentence the repository holds")
    filt.add_argument("source", type=Path)
    filt.add_argument("target", type=Path)
    filt.add_argument("corpus", type=Path)
    args = ap.parse_args(argv)
    if args.command == "candidates":
        audited = set(args.audited.read_text(encoding="utf-8").split()) if args.audited else set()
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(["places", "named", "audited", "report", "characters"])
        writer.writerows(candidates(args.corpus, audited))
    else:
        kept, dropped = filter_rows(args.source, args.target, args.corpus)
        print(f"kept {kept}, dropped {dropped}")


if __name__ == "__main__":
    main()
