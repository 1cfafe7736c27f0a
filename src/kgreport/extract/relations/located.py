"""``locatedIn``: (浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆, 某项目落户某园区."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.extract.relations.cues import MentionRelation
from kgreport.models import ORG, PLACE, PROJECT, Mention, RelationKind, Sentence
from kgreport.resources import word_list

#: Verbs that settle a project or firm in the place right after them, e.g. "落户" in
#: "甲、乙等22个项目落户某某工业园区".
_SETTLE = re.compile("(?:" + "|".join(map(re.escape, word_list("rules/relations/cues.tsv", "settle_cue"))) + ")(?:在|于|到)?")

#: What ends the subjects of a settling verb on their left: a clause mark.
_CLAUSE_MARK = re.compile(r"[，,；;。：:！!？?]")


def located_in(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """(浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆: the first lies in the place."""
    out: list[MentionRelation] = []
    places = sorted((m for m in mentions if m.cls is PLACE), key=lambda m: m.start)
    for pm in patterns.PAREN_PLACE.finditer(sent.text):
        outer = [p for p in places if p.start == sent.start + pm.start(1)]
        inner = [p for p in places if p.start == sent.start + pm.start(2)]
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
    out += _settled(sent, mentions)
    return out


def _settled(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """甲、乙等N个项目落户某某园区: each named project or firm before the verb lies in the zone after it."""
    out = []
    text, base = sent.text, sent.start
    for m in _SETTLE.finditer(text):
        target = next((p for p in mentions if p.cls is PLACE and p.start == base + m.end()), None)
        if target is None or any(d.level != "town" for d in gazetteer.division_by_name(target.name)):
            continue  # 落户深圳: a firm coming to a city or the issuer is an investment, not a site in a zone
        left = max((c.end() for c in _CLAUSE_MARK.finditer(text, 0, m.start())), default=0)
        subjects = [s for s in mentions if s.cls in (ORG, PROJECT) and base + left <= s.start and s.end <= base + m.start()]
        for s in subjects:
            if not any(o is not s and o.start <= s.start and s.end <= o.end for o in subjects):  # 宝钛集团 inside 宝钛集团钛材
                out.append(MentionRelation(RelationKind.LOCATED_IN, s, target, sent.index, m.group(0)))
    return out
