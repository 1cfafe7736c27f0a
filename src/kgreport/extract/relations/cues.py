"""Shared cue machinery of the relation kinds: the cue table, the issuer as subject, adverbials.

Cue words come from ``rules/relation_cues.tsv`` (shared with entity boundaries) and
``rules/relation_cues_extra.tsv`` (relations only); one word may cue several relations, and
the class of the object decides which one applies. The subject is the entity the clause
names before the cue, or the issuer when the clause names no other actor (``ISSUER``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kgreport import gazetteer, resources
from kgreport.lexicon import Cue, lexicon
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Mention, RelationKind
from kgreport.resources import word_list

#: Stands for the issuing government (or its territory) as a relation end.
ISSUER = "@issuer"

_EXTRA_CUES = "rules/relation_cues_extra.tsv"

_NON_CUES = "rules/relation_non_cues.txt"

#: This module's word lists (see the file's header for what each is).
_WORDS = "rules/relations/cues.tsv"


def _alternation(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, words))


#: A number in digits or characters, e.g. "12", "五", "两百".
NUM = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)"

#: Adverbials between a subject and an honor verb, e.g. "成功", "连续五年", "再次", "先后", "连续第六次", "近三年".
ADVERBIALS = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'adverbial'))}|(?:连续|近)?第?{NUM}(?:年|届|次)|"
    r"\d{4}年|[\[〔【(（]\d+[\]〕】)）])+$"
)

#: Words that stand for the issuer as a subject, e.g. "我市", "全县", or a bare connective "同时".
ISSUER_WORDS = re.compile(
    f"^(?:{_alternation(word_list(_WORDS, 'issuer_opener'))})(?:{_alternation(gazetteer.division_ends('relative'))})?$"
    f"|^(?:{_alternation(word_list(_WORDS, 'issuer_connective'))})?$"
)


#: Words that open a clause with the issuer as its subject, e.g. "我市", "全县", "我们", "本区".
ISSUER_LEAD = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'issuer_opener'))})(?:们|{_alternation(gazetteer.division_ends('relative'))})"
)


@dataclass(frozen=True)
class MentionRelation:
    """A relation between two mentions (or the issuer), before canonicalization."""

    kind: RelationKind
    subject: Mention | str  # a Mention or ISSUER
    object: Mention
    sentence: int
    cue: str


@dataclass(frozen=True)
class _CueTable:
    regex: re.Pattern[str]
    by_word: dict[str, tuple[Cue, ...]]  # an empty tuple: a word that contains a cue but is none


@lru_cache(maxsize=1)
def cue_table() -> _CueTable:
    """All relation cue words and the non-cue words that contain them, longest first."""
    lex = lexicon()
    by_word: dict[str, list[Cue]] = {w: [c] for w, c in lex.cue_by_word.items()}  # one relation per shared cue
    for r in resources.load_tsv(_EXTRA_CUES):
        c = Cue(RelationKind(r["relation"]), r["cue"], r["position"])
        same = by_word.setdefault(c.word, [])
        if all(x.kind is not c.kind for x in same):
            same.append(c)
    # a compound cue keeps the relations of the shorter cues inside it: 加快推进 builds and implements
    for word, own in list(by_word.items()):
        for inner, inner_cues in list(by_word.items()):
            if inner != word and inner in word:
                own.extend(c for c in inner_cues if all(x.kind is not c.kind for x in own))
    for line in resources.load_lines(_NON_CUES):
        by_word.setdefault(line.split()[0], [])
    words = sorted(by_word, key=lambda w: (-len(w), w))
    # Any cue or non-cue word, longest first, e.g. "获得感" before "获得", "全面实施" before "实施".
    regex = re.compile("|".join(re.escape(w) for w in words))
    return _CueTable(regex, {w: tuple(cs) for w, cs in by_word.items()})


ACTORS = (ORG, PLACE)

#: A "with" that opens a partner list in the clause, e.g. "与" in "加快与甲、乙合作项目进度".
_WITH_BEFORE = re.compile(r"与|携手")


def clause_cues(text: str, offset: int, mentions: Sequence[Mention]) -> list[tuple[tuple[Cue, ...], int, int]]:
    """Cue words of the clause that are not part of a name, as (cues, start, end) offsets."""
    table = cue_table()
    found: list[tuple[tuple[Cue, ...], int, int]] = []
    for m in table.regex.finditer(text):  # longest word first, no overlaps
        s, e = offset + m.start(), offset + m.end()
        kinds = table.by_word[m.group(0)]
        if kinds and not any(n.start <= s and e <= n.end for n in mentions):
            found.append((kinds, s, e))
        elif any(n.cls is PROGRAM and n.end == e and n.start < s or n.cls is PROJECT and _WITH_BEFORE.search(text, 0, n.start - offset) and n.start < s for n in mentions):
            # 与甲、乙东西部协作: the program's last word is the cooperation with the partners before it;
            # 与甲、乙合作项目: so is the cue inside a project named after the partners listed after 与
            coop = tuple(c for c in kinds if c.kind is RelationKind.COOPERATES_WITH)
            if coop:
                found.append((coop, s, e))
    return found


def subject_before(mentions: Sequence[Mention], pos: int, classes: tuple = ACTORS) -> Mention | str:
    before = [m for m in mentions if m.end <= pos and m.cls in classes]
    return before[-1] if before else ISSUER


def unnamed_subject(before: str) -> bool:
    """Whether the words before an honor verb name a holder that is no entity ("南山教师连续五年")."""
    head = ADVERBIALS.sub("", before.strip())
    # 我市被确定为…: 被 after the issuer's word leaves the issuer the holder
    named = ADVERBIALS.sub("", head[:-1])
    return bool(head) and not ISSUER_WORDS.match(head) and not (
        head.endswith("被") and named.startswith(_ISSUER_OPENERS) and ISSUER_WORDS.match(named)
    )


#: Words that open the issuer's own name (我市, 本县, 全区): before 被 they leave the issuer the holder, a bare
#: connective (并被…) does not.
_ISSUER_OPENERS = tuple(word_list(_WORDS, "issuer_opener"))
