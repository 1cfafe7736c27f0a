"""Governments, people's congresses and Party bodies named by their region (某某县人民政府)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer
from kgreport.extract.entities.names import LEVEL_PREFIXES
from kgreport.models import ORG, Document, Level, Mention
from kgreport.resources import word_list
from kgreport.segment import Clause, Token

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/governments.tsv"


def _alternation(name: str) -> str:
    return "|".join(map(re.escape, word_list(_WORDS, name)))


#: Government, legislature and Party bodies, bare or with a level prefix, e.g. 县委, 县人大, 政协, 县人民政府,
#: 自治区政府 (the level 自治区 whole: its 区 alone would read as a district's 区政府).
_GOV = re.compile(f"(?:自治区|[{LEVEL_PREFIXES}])?(?:{_alternation('body')})")

#: What follows a body name when it is not the body: 人大代表, 政协委员, 人大一次会议.
_GOV_NOT = re.compile(f"^(?:{_alternation('not_body_after')})")


#: What ends the text before a body when the body is a kind, not one body: 各级政府, 上级党委, 本级人大,
#: 特区政府, 十四届人大 (a congress's term).
_GENERIC_BEFORE = re.compile(f"(?:{_alternation('generic_before')})$")

#: Level characters of a township (镇, 乡): a body named by one alone, e.g. "镇政府" in "县和乡镇政府", is every
#: township's body of that kind, no one body (reports are given by counties and above).
_TOWNSHIP_LEVELS = frozenset(end for end, rank in gazetteer.level_ranks().items() if rank == 3)

#: Bodies of one to three levels, e.g. "区市党委" (区党委, 市党委), "省市委" (省委, 市委), "市委".
_JOINT = re.compile(f"(?<![各两三四五])([{LEVEL_PREFIXES}]{{1,3}})(党委|委|人民政府|政府|人大|政协)")

#: A body's bare government after the levels' Party committees, e.g. "、政府" in "区市党委、政府".
_JOINT_GOVERNMENT = re.compile("^、(?:人民)?政府")


def is_joint_body(name: str) -> bool:
    """Whether a name is the bodies of two or three levels at once (区市党委, 省市委)."""
    m = _JOINT.fullmatch(name)
    return m is not None and len(m.group(1)) > 1


def _place_ending(text: str, end: int) -> str:
    """The division's name (two to six characters) that ends at ``end``, e.g. 通州 in
    某州区人民政府 (so 州区 is no pair of levels), 长沙市 in 长沙市委; "" if none."""
    return next((text[i:end] for i in range(max(0, end - 6), end - 1) if gazetteer.division_by_name(text[i:end])), "")


def _joint_mentions(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """One body per level of a joint name (区市党委、政府 → 区党委, 市党委, 区政府, 市政府;
    市委、政府 → 市政府); each level keeps a span of its own, so that no two overlap."""
    out: list[Mention] = []
    if "委" not in text and "政府" not in text and "人大" not in text and "政协" not in text:
        return out  # the pattern ends in one of these bodies (党委, 委, 人民政府, 政府, 人大, 政协)
    for m in _JOINT.finditer(text):
        levels, body = m.group(1), m.group(2)
        place = _place_ending(text, m.start(1) + 1)
        if len(set(levels)) < len(levels) or len(levels) > 1 and place:
            continue  # 某州区人民政府: 州 ends the place's name, it is no level
        if not place and _TOWNSHIP_LEVELS.intersection(levels):
            continue  # 乡镇党委、政府: every township's bodies, no one body
        if text[: m.start(1)].endswith("自治") or _GOV_NOT.match(text[m.end() :]):
            continue  # 自治区党委 is no 区党委; 县乡党委书记 names persons
        spans = [(m.start(1) + k, m.start(1) + k + 1) for k in range(len(levels) - 1)] + [(m.start(1) + len(levels) - 1, m.end())]
        if len(levels) > 1:
            for level, (s, e) in zip(levels, spans):
                name = level + body
                out.append(Mention(ORG, name, name, sentence, clause.start + s, clause.start + e, "government"))
        g = _JOINT_GOVERNMENT.match(text[m.end() :]) if body in ("党委", "委") else None
        if g is not None:
            gs, word = m.end() + 1, g.group(0)[1:]
            spans = [(gs + k, gs + k + 1) for k in range(len(levels) - 1)] + [(gs + len(levels) - 1, m.end() + g.end())]
            for level, (s, e) in zip(levels, spans):
                name = (place or level) + word  # 长沙市委、政府: 长沙市政府
                out.append(Mention(ORG, name, name, sentence, clause.start + s, clause.start + e, "government"))
    return out


#: Level characters joined by 、 right before a body's own level, e.g. "省、市、" in "省、市、县政府".
_LEVELS_BEFORE = re.compile(f"(?:[{LEVEL_PREFIXES}]、)+$")

#: The rank (gazetteer.level_ranks) of an issuer's own level; a national report's is above every province.
_ISSUER_RANK = {Level.NATIONAL: -1, Level.PROVINCE: 0, Level.CITY: 1, Level.COUNTY: 2}


def _every_lower_body(levels: str, doc: Document) -> bool:
    """Whether bodies of several levels reach below the issuer's own level: 市县政府 in a province's or a
    city's report is every city's and county's government (市县政府机构改革, 市、县政府部门), no one body;
    a county's 省市委 are the bodies leading it (CONVENTIONS 16)."""
    rank = _ISSUER_RANK.get(doc.meta.level)
    ranks = gazetteer.level_ranks()
    return len(levels) > 1 and rank is not None and max(ranks.get(c, -1) for c in levels) > rank


def government_mentions(tokens: Sequence[Token], clause: Clause, sentence: int, doc: Document) -> list[Mention]:
    text = clause.text
    lower = [  # 市县政府, 市县党委、政府 in a province's report: the bodies of every lower region
        (m.start(), m.end() + (g.end() if (g := _JOINT_GOVERNMENT.match(text[m.end() :])) else 0))
        for m in _JOINT.finditer(text)
        if _every_lower_body(m.group(1), doc)
    ]
    out: list[Mention] = [
        x for x in _joint_mentions(text, clause, sentence) if not any(a <= x.start - clause.start < b for a, b in lower)
    ]
    joint = [(x.start - clause.start, x.end - clause.start) for x in out] + lower
    for m in _GOV.finditer(text):
        name = m.group(0)
        if any(a < m.end() and m.start() < b for a, b in joint):
            continue  # one of a joint name's levels, found above
        if name in ("委员会", "党委") or _GOV_NOT.match(text[m.end() :]):
            continue
        at, stop = clause.start + m.start(), clause.start + m.end()
        if any(t.start < at < t.end < stop for t in tokens):
            continue  # 文化名人/大营救: the body's name straddles two words, no body is named
        before = text[: m.start()]
        if _GENERIC_BEFORE.search(before):
            continue
        if name in ("政府", "人民政府") and not (before.endswith(("县", "市", "区", "省", "州", "旗")) or not before):
            continue
        if name in ("政府", "人民政府") and not before and doc.meta.level is Level.NATIONAL:
            continue  # 人民政府大力帮助失业者就业 in a national report: governments at every level, not the State Council by name
        if (run := _LEVELS_BEFORE.search(before)) and _every_lower_body(run.group(0).replace("、", "") + name[0], doc):
            continue  # 省、市、县政府 in a province's report: every level's government, no one body
        if name[0] in _TOWNSHIP_LEVELS and not _place_ending(text, m.start() + 1):
            continue  # 县和乡镇政府, 镇党委: a township's body named by its level alone is every township's
        out.append(Mention(ORG, name, name, sentence, clause.start + m.start(), clause.start + m.end(), "government"))
    return out
