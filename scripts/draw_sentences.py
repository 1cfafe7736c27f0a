"""Draw seeded random sentences from corpus reports and print the entities found in each.

Usage: python scripts/draw_sentences.py --seed N [--groups 40] [--per-report 5]
       [--classes Organization,Place] [--exclude LIST] CORPUS_FOLDER

One report is drawn from each of ``--groups`` report groups (level and region, e.g.
``county-shenzhen``, ``province-hebei``) so that a draw spans many provinces and levels, then
``--per-report`` sentences of 25–160 characters from each. Every report is extracted whole,
so the issuer and relative names resolve as in a build. ``--exclude`` names a file of report
file names (one a line) that no draw may use, such as reports reserved for a blind audit.

Each sentence is printed with the labels of the entities of the chosen classes that it
holds, for marking by hand what a reader would index; the same seed with another revision
of the rules gives the same sentences, so a before → after comparison needs no new marking.

Example: python scripts/draw_sentences.py --seed 404 --exclude reserved.txt ../shared/corpus/reports
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

from kgreport.build.stages import extract
from kgreport.read.reader import read_document


def draw(folder: Path, seed: int, groups: int, excluded: frozenset[str]) -> list[Path]:
    """One seeded report per drawn group of ``folder``'s ``.txt`` reports, none of ``excluded``."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.name not in excluded)
    by_group: dict[str, list[Path]] = collections.defaultdict(list)
    for f in files:
        by_group["-".join(f.name.split("-")[:2])].append(f)
    rng = random.Random(seed)
    keys = rng.sample(sorted(by_group), min(groups, len(by_group)))
    return [rng.choice(by_group[k]) for k in keys]


def main(argv: list[str]) -> int:
    """Print the drawn sentences and the entities found in them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--groups", type=int, default=40)
    ap.add_argument("--per-report", type=int, default=5)
    ap.add_argument("--classes", default="Organization,Place")
    ap.add_argument("--exclude", type=Path)
    ns = ap.parse_args(argv)
    excluded = frozenset(ns.exclude.read_text(encoding="utf-8").split()) if ns.exclude else frozenset()
    classes = set(ns.classes.split(","))
    rng = random.Random(ns.seed + 1)  # sentences drawn apart from the reports, so --groups leaves them alone
    n = 0
    for path in draw(ns.folder, ns.seed, ns.groups, excluded):
        graph = extract(read_document(path))
        sentences = [s for s in graph.sentences if 25 <= len(s.text) <= 160]
        for s in rng.sample(sentences, min(ns.per_report, len(sentences))):
            found = sorted(f"{e.cls.value[:3]}:{e.label}" for e in graph.entities if s.index in e.sentences and e.cls.value in classes)
            print(f"## {n} {path.name} [{graph.document.meta.issuer}]\n{s.text}\n  -> {' | '.join(found)}")
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
