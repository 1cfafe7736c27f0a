"""``locatedIn``: (浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆."""

from __future__ import annotations

from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.extract.relations.cues import MentionRelation
from kgreport.models import ORG, PLACE, PROJECT, Mention, RelationKind, Sentence


def located_in(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """(浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆: the first lies in the place."""
    out = []
    places = sorted((m for m in mentions if m.cls is PLACE), key=lambda m: m.start)
    for m in patterns.PAREN_PLACE.finditer(sent.text):
        outer = [p for p in places if p.start == sent.start + m.start(1)]
        inner = [p for p in places if p.start == sent.start + m.start(2)]
        if outer and inner:
            out.append(MentionRelation(RelationKind.LOCATED_IN, inner[0], outer[0], sent.index, "()"))
    for a, b in zip(places, places[1:]):
        if b.start == a.end and a.name.endswith(gazetteer.division_ends("encloses")):
            out.append(MentionRelation(RelationKind.LOCATED_IN, b, a, sent.index, "prefix"))
    text, base = sent.text, sent.start
    for m in mentions:
        if m.cls not in (ORG, PROJECT):
            continue
        for p in places:
            # 训练基地（某县）: a bracketed place right after a project (哈尔滨工业大学（深圳） is one name)
            if m.cls is PROJECT and p.start == m.end + 1 and text[m.end - base] in "（(" and text[p.end - base : p.end - base + 1] in ("）", ")"):
                out.append(MentionRelation(RelationKind.LOCATED_IN, m, p, sent.index, "()"))
            # 某国驻某市总领事馆: the place after 驻
            elif m.cls is ORG and m.start < p.start and p.end <= m.end and text[p.start - base - 1] == "驻":
                out.append(MentionRelation(RelationKind.LOCATED_IN, m, p, sent.index, "驻"))
    return out
