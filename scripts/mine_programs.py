"""Mine national program names from the corpus's national and provincial reports.

A quoted term (“…”) that at least MIN_REPORTS different national or provincial reports
quote, and that no rule rejects as rhetoric, becomes a line of data/gazetteers/programs.txt.
Evidence only from ../shared/corpus (never from the bundled report). Usage:

    python scripts/mine_programs.py ../shared/corpus/reports > data/gazetteers/programs.mined.txt
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

MIN_REPORTS = 3
QUOTED = re.compile(r"“([\u4e00-\u9fff0-9+]{2,10})”")
REJECT_AFTER = ("问题", "现象", "风气", "精神", "作风", "心态", "难题", "短板", "思想")


def main(folder: str) -> None:
    counts: Counter[str] = Counter()
    for path in sorted(Path(folder).glob("*.txt")):
        if not path.name.startswith(("national-", "province-")):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found = set()
        for m in QUOTED.finditer(text):
            after = text[m.end() : m.end() + 2]
            if after in REJECT_AFTER:
                continue
            found.add(m.group(1))
        counts.update(found)
    for term, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= MIN_REPORTS and not term.isdigit():
            print(f"{term}\t{n}")


if __name__ == "__main__":
    main(sys.argv[1])
