"""Relations between mentions from cue words within a clause.

The subject is the entity the clause names before the cue, or the issuer when the
clause names no other actor (``ISSUER``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kgreport import patterns
from kgreport.entities import HONOR, ORG, PLACE, PROGRAM, PROJECT
from kgreport.lexicon import Cue, lexicon
from kgreport.models import Mention, RelationKind, Sentence
from kgreport.segment import split_clauses

#: Stands for the issuing government (or its territory) as a relation end.
ISSUER = "@issuer"


@dataclass(frozen=True)
class MentionRelation:
    """A relation between two mentions (or the issuer), before canonicalization."""

    kind: RelationKind
    subject: Mention | str  # a Mention or ISSUER
    object: Mention
    sentence: int
    cue: str


_ACTORS = (ORG, PLACE)


def extract_relations(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[MentionRelation]:
    """Relations stated by each clause of each sentence."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[MentionRelation] = []
    for sent in sentences:
        ms = by_sentence.get(sent.index, [])
        for clause in split_clauses(sent):
            inside = [m for m in ms if clause.start <= m.start and m.end <= clause.end]
            out.extend(_clause_relations(clause.text, clause.start, inside, sent))
        out.extend(_located_in(sent, ms))
    return out


def _cues(text: str, offset: int, mentions: Sequence[Mention]) -> list[tuple[Cue, int, int]]:
    """Cue words of the clause that are not part of a name, as (cue, start, end) offsets."""
    lex = lexicon()
    found: list[tuple[Cue, int, int]] = []
    for m in lex.cue_re.finditer(text):  # longest cue first, no overlaps
        s, e = offset + m.start(), offset + m.end()
        if not any(n.start <= s and e <= n.end for n in mentions):
            found.append((lex.cue_by_word[m.group(0)], s, e))
    return found


def _subject_before(mentions: Sequence[Mention], pos: int, classes: tuple = _ACTORS) -> Mention | str:
    before = [m for m in mentions if m.end <= pos and m.cls in classes]
    return before[-1] if before else ISSUER


def _clause_relations(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    out: list[MentionRelation] = []
    cues = _cues(text, offset, mentions)
    if not cues:
        return out
    for cue, cs, ce in cues:
        kind = cue.kind
        if kind is RelationKind.IMPLEMENTS:
            targets = [m for m in mentions if m.cls is PROGRAM and (m.start >= ce or cue.position == "any")]
            subj = _subject_before(mentions, cs)
            out += [MentionRelation(kind, subj, t, sent.index, cue.word) for t in targets if t is not subj]
        elif kind is RelationKind.BUILDS:
            targets = [m for m in mentions if m.cls is PROJECT and (m.start >= ce or cue.position == "any")]
            actors = [m for m in mentions if m.cls in _ACTORS and m.end <= cs and not _names_inside(m, targets)]
            subj: Mention | str = actors[-1] if actors and cue.position == "before" else ISSUER
            out += [MentionRelation(kind, subj, t, sent.index, cue.word) for t in targets]
        elif kind is RelationKind.COOPERATES_WITH:
            out += _cooperation(text, offset, mentions, cs, sent, cue.word)
        elif kind is RelationKind.RECEIVED_HONOR:
            if patterns.COUNTED_HOLDERS.search(text, 0, cs - offset) and not any(m.end <= cs and m.cls is not HONOR for m in mentions):
                continue  # 4家企业获…: held by firms the clause does not name
            out += _honor(mentions, cs, ce, cues, sent, cue.word)
    return out


def _names_inside(m: Mention, others: Sequence[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end for o in others)


def _cooperation(text: str, offset: int, mentions: Sequence[Mention], cs: int, sent: Sentence, cue: str) -> list[MentionRelation]:
    partners_from = offset
    subj: Mention | str = ISSUER
    with_pos = max(text.rfind(w, 0, cs - offset) for w in ("与", "同", "和", "携手"))
    if with_pos >= 0:
        partners_from = offset + with_pos
        subj = _subject_before(mentions, partners_from)
    partners = [m for m in mentions if m.cls in _ACTORS and m.start >= partners_from and m is not subj]
    if with_pos < 0:
        partners = [m for m in mentions if m.cls in _ACTORS]
    return [MentionRelation(RelationKind.COOPERATES_WITH, subj, p, sent.index, cue) for p in partners if p is not subj]


def _honor(mentions: Sequence[Mention], cs: int, ce: int, cues, sent: Sentence, cue: str) -> list[MentionRelation]:
    nxt = min((s for c, s, _ in cues if s > cs), default=10**9)
    honors = [m for m in mentions if m.cls is HONOR and ce <= m.start < nxt]
    if not honors:
        return []
    holders = [m for m in mentions if m.cls is not HONOR and ce <= m.start < nxt]
    before = [m for m in mentions if m.end <= cs and m.cls is not HONOR]
    if before:
        # coordinated holders (甲、乙等7项应用列入…) share the honor; otherwise the nearest one
        last = before[-1]
        group = [m for m in before if m.sentence == last.sentence and m.cls is last.cls]
        subjects: list[Mention | str] = group if len(group) > 1 and _adjacent(group) else [last]
    else:
        subjects = [ISSUER]
    out = []
    for h in honors:
        holder = [x for x in holders if x.end == h.start]
        chosen = holder[-1:] or subjects
        if h.source == "honor-counted" and not holder:
            continue  # 2个省级样板镇: held by places the clause does not name
        for s in chosen:
            out.append(MentionRelation(RelationKind.RECEIVED_HONOR, s, h, sent.index, cue))
    return out


def _adjacent(group: Sequence[Mention]) -> bool:
    return all(b.start - a.end <= 1 for a, b in zip(group, group[1:]))


def _located_in(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """(浙江省)开化县 and 浙江省开化县: the second place lies in the first."""
    out = []
    places = sorted((m for m in mentions if m.cls is PLACE), key=lambda m: m.start)
    for m in patterns.PAREN_PLACE.finditer(sent.text):
        outer = [p for p in places if p.start == sent.start + m.start(1)]
        inner = [p for p in places if p.start == sent.start + m.start(2)]
        if outer and inner:
            out.append(MentionRelation(RelationKind.LOCATED_IN, inner[0], outer[0], sent.index, "()"))
    for a, b in zip(places, places[1:]):
        if b.start == a.end and a.name.endswith(("省", "自治区", "市", "州", "盟")):
            out.append(MentionRelation(RelationKind.LOCATED_IN, b, a, sent.index, "prefix"))
    return out
