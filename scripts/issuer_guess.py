"""How right the issuer guess of headerless reports is: hide the header of every report whose header
names its issuer, guess from the body, compare.

    PYTHONPATH=src python scripts/issuer_guess.py ../shared/corpus/reports --exclude reserved.txt

The body starts at the first 各位代表/同志们; "我代表某某人民政府" is made "我代表市人民政府" (the level
said, the place not: mode ``said``) or dropped (mode ``unsaid``: the level too must be guessed).
Prints each wrong or missing guess and the counts. With ``--excerpts N`` each report gives N seeded
windows of ``--chars`` characters starting at a line of its body instead (as the dev set's excerpts of
600–800 characters are cut), e.g.

    PYTHONPATH=src python scripts/issuer_guess.py ../shared/corpus/reports --excerpts 3 --chars 700
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from kgreport.read.complete import complete_meta
from kgreport.read.reader import read_bytes, read_document

#: The opening's "我代表…" with the body named, e.g. "我代表保定市人民政府".
_REPRESENT = re.compile(r"(我(?:谨)?(?:受[^，。]{0,20}委托，?)?代表)([^\s，。、；：“”()（）]{0,30}?(?:人民政府|管理委员会|管委会|政府))")

#: Where the body starts.
_BODY = re.compile(r"各位代表|同志们")

_SAID = {"province": "省", "city": "市", "county": "县"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--exclude", help="file of report names to leave out (one a line)")
    ap.add_argument("--mode", choices=("said", "unsaid"), default="said")
    ap.add_argument("--excerpts", type=int, default=0, help="windows per report (0: the whole body)")
    ap.add_argument("--chars", type=int, default=700, help="length of a window")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    skip = set(Path(args.exclude).read_text(encoding="utf-8").split()) if args.exclude else set()
    counts = {"right": 0, "wrong": 0, "none": 0}
    for path in sorted(Path(args.folder).glob("*.txt")):
        if path.name in skip:
            continue
        doc = read_document(path)
        truth = complete_meta(doc).meta
        if not doc.meta.issuer or not truth.region_code or truth.level.value not in _SAID:
            continue  # no header naming the issuer, or a national report
        text = doc.text
        start = _BODY.search(text)
        if start is None or start.start() > 5000:
            continue
        said = "自治区" if truth.region.endswith("自治区") else "区" if truth.region.endswith("区") else _SAID[truth.level.value]
        repl = r"\1" + said + "人民政府" if args.mode == "said" else ""
        body = _REPRESENT.sub(repl, text[start.start() :], count=1)
        for piece in _windows(body, args.excerpts, args.chars, rng) if args.excerpts else [body]:
            got = complete_meta(read_bytes(piece.encode("utf-8"), "hidden.txt")).meta
            verdict = "none" if not got.region_code else "right" if got.region_code == truth.region_code else "wrong"
            counts[verdict] += 1
            if verdict == "wrong" or (verdict == "none" and not args.excerpts):
                print(verdict, path.name, truth.region, got.region or "-", piece[:40].replace("\n", " ") if args.excerpts else "")
    guessed = counts["right"] + counts["wrong"]
    print(f"mode {args.mode}: {sum(counts.values())} reports, {counts['right']} right, {counts['wrong']} wrong, "
          f"{counts['none']} unguessed; accuracy of guesses {counts['right'] / max(1, guessed):.3f}")


def _windows(body: str, n: int, chars: int, rng: random.Random) -> list[str]:
    """``n`` windows of ``chars`` characters, each starting at a line of ``body``."""
    starts = [0] + [m.end() for m in re.finditer("\n", body) if m.end() < len(body) - chars]
    return [body[s : s + chars] for s in rng.sample(starts, min(n, len(starts)))]


if __name__ == "__main__":
    main()
