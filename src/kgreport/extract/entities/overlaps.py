"""The overlap policy: which of two overlapping mentions survives (``resolve_overlaps``)."""

from __future__ import annotations

from collections.abc import Iterable

from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT, Mention

#: Nestings that name two entities (衢州旅游学校 inside 衢州旅游学校新校区).
_KEEP_NESTED = {(ORG, PROJECT), (PROGRAM, HONOR), (PROGRAM, PROJECT), (ORG, HONOR), (PLACE, HONOR)}


def resolve_overlaps(found: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions, plus the nestings that name two things."""
    # the granter of a title wins over the same span found otherwise (the relation stage skips it
    # as a holder); a project named by a bare item that shares the next item's head wins over the
    # place it is named after (德江、盘州机场: 德江机场, not the county); the source breaks remaining
    # ties so that runs are reproducible
    ordered = sorted(set(found), key=lambda m: (
        -(m.end - m.start), m.start, not (m.cls is PROJECT and m.source == "coordination"), m.cls.value, m.name, m.source != "honor-granter", m.source
    ))
    kept: list[Mention] = []
    for m in ordered:
        clash = False
        for k in kept:
            if m.end <= k.start or m.start >= k.end:
                continue
            inside = k.start <= m.start and m.end <= k.end and (m.start, m.end) != (k.start, k.end)
            if inside and (m.cls, k.cls) in _KEEP_NESTED and m.source not in ("gazetteer",) and not (
                (m.cls, k.cls) == (PROGRAM, PROJECT) and not m.source.startswith("quote")
            ) and not (
                (m.cls, k.cls) == (PLACE, HONOR) and m.source == "suffix" and m.start == k.start
            ):  # 山东省服务业特色小镇 opening 山东省服务业特色小镇培育单位: the title's head, no place
                continue
            if inside and m.source in ("honor-holder", "title-parent"):
                continue
            if inside and k.source == "quote+document" and m.cls in (PLACE, ORG):
                continue  # 《珠江三角洲地区改革发展规划纲要》: the region or body a document is about stays named
            clash = True
            break
        if not clash:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.cls.value))
