"""Metadata completion: the region's code and parents from the gazetteer, a missing region or year guessed.

Part of reading: a :class:`~kgreport.models.Document` leaves here with the metadata
the later stages rely on.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kgreport import gazetteer
from kgreport.models import Document, Level
from kgreport.read import metadata


def complete_meta(doc: Document) -> Document:
    """Fill the region's code and parents from the gazetteer, and a missing year from the file name."""
    meta = doc.meta
    if meta.year is None and (year := metadata.year_from_name(doc.source)) is not None:
        meta = replace(meta, year=year)  # 34 of 384 corpus reports have no header; their names carry it
        doc = replace(doc, meta=meta)
    if not meta.region:
        guessed = _region_from_text(doc.text, meta.level.value, prefecture=metadata.said_body(doc.text).startswith("州"))
        if guessed is None:
            return doc
        level = meta.level if meta.level is not Level.UNKNOWN else Level(guessed.level)
        meta = replace(meta, region=guessed.name, level=level, issuer=meta.issuer or f"{guessed.name}人民政府")
    path = gazetteer.parse_division_path(meta.region)  # 深圳市南山区 → (深圳市, 南山区)
    d = gazetteer.resolve_division(meta.region) or (path[-1] if path else None) or _resolve_by_text(meta.region, doc.text)
    if d is None:
        return doc
    if meta.issuer.endswith(f"{d.name}人民政府") and meta.issuer != f"{d.name}人民政府":
        meta = replace(meta, issuer=f"{d.name}人民政府")  # 深圳市南山区人民政府: one node, named without its city
    parents = tuple(a.name for a in gazetteer.ancestors(d.code))
    return replace(doc, meta=replace(meta, region=d.name, region_code=d.code, parents=parents))


def _region_from_text(text: str, level: str, *, prefecture: bool = False) -> gazetteer.Division | None:
    """The division of ``level`` a report names most often (for "我代表区人民政府" with no place);
    with ``prefecture`` ("我代表州人民政府") only the few 州 are candidates, so naming one (海西州,
    or 海西 alone) is enough even when its province goes unnamed."""
    if level not in ("province", "city", "county"):
        return None  # with no level to go by, names hidden in words (老城区改造) mislead
    levels = [level]
    count = _Counter(text[:20000])
    best, best_score = None, 2
    for d in _divisions(level):
        if len(d.name) < 3 and d.name.endswith("区"):
            continue  # 城区, 郊区, 矿区: also plain words (but 易县, 雄县 name one county each)
        if prefecture and not d.name.endswith("州"):
            continue
        score = (count(d.name) + (sum(count(a) for a in d.aliases) if prefecture else 0)) * 2
        if len(d.short) >= 2 and len(levels) == 1:  # short forms (合作, 平安) are often plain words
            score += count(d.short)
        if level == "province":  # a province report names its cities more than itself (深圳, 广州 → 广东省)
            score += sum(_mentions(count, c) for c in _divisions("city") if c.parent_code == d.code)
        if score and not prefecture:  # a name can hide in a longer word (滨海城区): its parents must be named too
            parents = sum(count(a.short if len(a.short) >= 2 else a.name) for a in gazetteer.ancestors(d.code))
            score = score * 2 if parents else score // 2
        if score > best_score:
            best, best_score = d, score
    return best


@lru_cache(maxsize=8)
def _divisions(level: str) -> tuple[gazetteer.Division, ...]:
    """The divisions of one level, in code order: sorted once, not for every report (and every province)."""
    return gazetteer.all_divisions([level])


class _Counter:
    """``text.count(name)``, answered at once for the many names whose first two characters
    never occur together in ``text`` (thousands of divisions are tried per report)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs = {text[i : i + 2] for i in range(len(text) - 1)}

    def __call__(self, name: str) -> int:
        if len(name) >= 2 and name[:2] not in self.pairs:
            return 0
        return self.text.count(name)


def _mentions(count: _Counter, d: gazetteer.Division) -> int:
    return count(d.name) + (count(d.short) if len(d.short) >= 2 and d.short != d.name else 0)


def _resolve_by_text(region: str, text: str) -> gazetteer.Division | None:
    """An ambiguous region name (南山区) resolved by which enclosing divisions the text names."""
    head = text[:5000]
    best, best_score = None, 0
    for cand in gazetteer.division_by_name(region):
        score = sum(head.count(a.name) + (head.count(a.short) if len(a.short) >= 2 else 0) for a in gazetteer.ancestors(cand.code))
        if score > best_score:
            best, best_score = cand, score
    return best
