"""``cooperatesWith``: partners listed after 与/同/携手 and before a cooperation cue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import resources
from kgreport.extract.relations.cues import (
    ACTORS,
    ADVERBIALS,
    ISSUER,
    ISSUER_WORDS,
    MentionRelation,
    cue_table,
    subject_before,
)
from kgreport.models import Mention, RelationKind, Sentence

_WITH_LEADS = "rules/relation_with_leads.txt"

#: "With" before a partner list, e.g. "与" in "与甲大学合作"; not 同 of 同比/协同 nor 和 of 和谐.
_WITH = re.compile(r"与|携手|(?<![共协会])同(?![比时步等样期])|和(?![谐平美睦])")

#: The listed items are examples of the cooperation, not partners: "甲、乙成为京保合作的典范".
_EXAMPLE_OF = re.compile(r"成为")


def cooperation(
    text: str, offset: int, mentions: Sequence[Mention], cs: int, since: int, sent: Sentence, cue: str
) -> list[MentionRelation]:
    if _EXAMPLE_OF.search(text, 0, cs - offset):
        return []  # 甲、乙成为…合作的典范: examples of the cooperation, not its partners
    partners_from = offset
    subj: Mention | str = ISSUER
    # the partner list starts after the last cue before this one: 加强与甲、乙协作和丙…合作
    withs = list(_WITH.finditer(text, since - offset, cs - offset))
    with_pos = withs[-1].start() if withs else -1
    if with_pos >= 0:
        partners_from = offset + with_pos
        subj = subject_before([m for m in mentions if m.start >= since], partners_from)
        if subj == ISSUER and _generic_subject(text[since - offset : with_pos]):
            return []  # 支持企业与高校合作: a generic subject, not the issuer
    # 与甲、乙合作建设丙园区: the partners stand between 与 and the cue, not after it
    partners = [m for m in mentions if m.cls in ACTORS and m.start >= partners_from and m.end <= cs and m is not subj]
    if with_pos < 0:
        if since > offset:
            return []  # 与甲合作、平台共建: a later cue with no 与 of its own has no partners of its own
        partners = [m for m in mentions if m.cls in ACTORS]
    return [MentionRelation(RelationKind.COOPERATES_WITH, subj, p, sent.index, cue) for p in partners if p is not subj]


@lru_cache(maxsize=1)
def _with_leads() -> tuple[str, ...]:
    """Words that may precede 与 with the issuer as subject: the listed ones and every cue verb (启动与…)."""
    cues = {w for w, kinds in cue_table().by_word.items() if kinds}
    return tuple(sorted(resources.load_words(_WITH_LEADS) | cues, key=len, reverse=True))


def _generic_subject(before_with: str) -> bool:
    """Whether the words before 与 name a subject that is no entity (企业与…), not the issuer (深化与…)."""
    leads = _with_leads()
    rest = ADVERBIALS.sub("", before_with.strip())
    while rest:
        lead = next((w for w in leads if rest.endswith(w)), None)
        if lead is None:
            break
        rest = ADVERBIALS.sub("", rest[: -len(lead)])
    return bool(rest) and not ISSUER_WORDS.match(rest)
