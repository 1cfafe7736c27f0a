"""Relations between mentions from cue words within a clause.

The subject is the entity the clause names before the cue, or the issuer when the
clause names no other actor (``ISSUER``). Cue words come from ``rules/relation_cues.tsv``
(shared with entity boundaries) and ``rules/relation_cues_extra.tsv`` (relations only); one word
may cue several relations, and the class of the object decides which one applies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kgreport import gazetteer, patterns, resources
from kgreport.entities import HONOR, ORG, PLACE, PROGRAM, PROJECT
from kgreport.lexicon import Cue, lexicon
from kgreport.models import EntityClass, Level, Mention, RelationKind, Sentence
from kgreport.segment import split_clauses

#: Stands for the issuing government (or its territory) as a relation end.
ISSUER = "@issuer"

_EXTRA_CUES = "rules/relation_cues_extra.tsv"
_NON_CUES = "rules/relation_non_cues.txt"
_WITH_LEADS = "rules/relation_with_leads.txt"

_NUM = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)"

#: A count of unnamed things, e.g. "12部" in "12部浙产作品获…", "4个" in "4个社区获评…".
_COUNT_START = re.compile(f"^{_NUM}[个家所项名位条部批座件款种类支户次]")

#: Counted unnamed holders right after an honor, e.g. "3家" in "获评省级数字化车间企业3家".
_COUNT_AFTER = re.compile(f"[）)”]?{_NUM}[个家所项名位条部批座件款种类支户次]")

#: Adverbials between a subject and an honor verb, e.g. "成功", "连续五年", "再次", "先后".
_ADVERBIALS = re.compile(
    f"(?:了|一向|成功|首次|再次|再度|又|还|也|均|已|已经|先后|相继|分别|正式|顺利|荣|共|累计|积极|努力|力争|争取|全力|全面|新|今年|去年|当年|年内|全年|连续{_NUM}(?:年|届|次)|{_NUM}年|"
    r"\d{4}年|[\[〔【(（]\d+[\]〕】)）])+$"
)

#: A title held again, after the title, e.g. "”实现九连冠" in "“全国双拥模范城”实现九连冠".
_REPEAT_AFTER = re.compile(f"[”》]?(?:实现|荣获|获得)?(?:{_NUM}连冠|{_NUM}连创)")

#: Words after a cue, so the cue does not end its clause, e.g. "改革" in "全面深化改革" (aspect marks excepted).
_MORE_AFTER = re.compile(f"[{patterns.HAN}A-Za-z]{{2}}|[{patterns.HAN}](?<![了中完])")

#: A count after 等 right before an object makes it a category, e.g. "等8个" in "推行甲等8个“全省率先”"
#: (but 实施三个“一号工程” names a program).
_COUNT_BEFORE = re.compile(f"等{_NUM}[个项类][“《]?$")

#: Only opening quotes between a "next" cue and its object, e.g. "“" in "建设“四好农村路”".
_OPENERS = re.compile(r"[“《「‘]?")

#: Words that stand for the issuer as a subject, e.g. "我市", "全县", or a bare connective "同时".
_ISSUER_WORDS = re.compile(r"^(?:我|本|全)(?:省|市|县|区|州|旗|盟|镇|乡)?$|^(?:并|同时|此外|其中|还|另外|今年|去年|当年|一年来|过去一年)?$")

#: Divisions of these levels (or names with these ends) right before a title qualify it, e.g. 深圳“年度教师”.
_UPPER_LEVELS = frozenset({Level.PROVINCE, Level.CITY, Level.COUNTY})
_DIVISION_END = ("省", "自治区", "市", "县", "区", "州", "旗", "盟")

#: "With" before a partner list, e.g. "与" in "与甲大学合作"; not 同 of 同比/协同 nor 和 of 和谐.
_WITH = re.compile(r"与|携手|(?<![共协会])同(?![比时步等样期])|和(?![谐平美睦])")

#: The listed items are examples of the cooperation, not partners: "甲、乙成为京保合作的典范".
_EXAMPLE_OF = re.compile(r"成为")


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
def _cue_table() -> _CueTable:
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


_ACTORS = (ORG, PLACE)
_TARGET = {RelationKind.IMPLEMENTS: PROGRAM, RelationKind.BUILDS: PROJECT}


def extract_relations(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[MentionRelation]:
    """Relations stated by each clause of each sentence."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[MentionRelation] = []
    for sent in sentences:
        ms = by_sentence.get(sent.index)
        if not ms:
            continue  # every relation has an entity for its object
        for clause in split_clauses(sent):
            inside = [m for m in ms if clause.start <= m.start and m.end <= clause.end]
            if inside:
                out.extend(_clause_relations(clause.text, clause.start, inside, sent))
        out.extend(_located_in(sent, ms))
    return out


def _cues(text: str, offset: int, mentions: Sequence[Mention]) -> list[tuple[tuple[Cue, ...], int, int]]:
    """Cue words of the clause that are not part of a name, as (cues, start, end) offsets."""
    table = _cue_table()
    found: list[tuple[tuple[Cue, ...], int, int]] = []
    for m in table.regex.finditer(text):  # longest word first, no overlaps
        s, e = offset + m.start(), offset + m.end()
        kinds = table.by_word[m.group(0)]
        if kinds and not any(n.start <= s and e <= n.end for n in mentions):
            found.append((kinds, s, e))
    return found


def _subject_before(mentions: Sequence[Mention], pos: int, classes: tuple = _ACTORS) -> Mention | str:
    before = [m for m in mentions if m.end <= pos and m.cls in classes]
    return before[-1] if before else ISSUER


def _objects(
    cls: EntityClass, mentions: Sequence[Mention], cue: Cue, cs: int, ce: int, prev_end: int, clause_text: str, clause_start: int
) -> tuple[list[Mention], bool]:
    """Objects of class ``cls`` that a cue governs, and whether they stand before it (post-posed cue).

    ``cs``/``ce`` are the cue's document offsets, ``prev_end`` where the last cue that took objects ended.
    """
    mentions = [m for m in mentions if not _COUNT_BEFORE.search(clause_text, 0, m.start - clause_start)]
    if cue.position == "any":
        return [m for m in mentions if m.cls is cls], False
    if cue.position == "next":  # 建设“四好农村路”, but not 建设项目…负面清单 or 建设和“菜篮子”工程
        return [
            m for m in mentions
            if m.cls is cls and 0 <= m.start - ce <= 1 and _OPENERS.fullmatch(clause_text, ce - clause_start, m.start - clause_start)
        ], False
    after = [m for m in mentions if m.cls is cls and m.start >= ce]
    if after:
        return after, False
    if _MORE_AFTER.search(clause_text, ce - clause_start):
        return [], False  # “一个目标”即全面深化改革: the cue governs what follows, which names nothing
    # 甲、乙等项目顺利推进 / “大综合一体化”改革持续深化: the cue follows its objects and ends the clause
    return [m for m in mentions if m.cls is cls and prev_end <= m.start and m.end <= cs], True


def _clause_relations(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    out: list[MentionRelation] = []
    cues = _cues(text, offset, mentions)
    prev_end = offset  # objects before a post-posed cue start after the last cue that took objects
    last_cue_end = offset  # where the last cooperation cue ended
    for kinds, cs, ce in cues:
        found = len(out)
        for cue in kinds:
            kind = cue.kind
            if kind in _TARGET:
                targets, post = _objects(_TARGET[kind], mentions, cue, cs, ce, prev_end, text, offset)
                if not targets:
                    continue
                out += [MentionRelation(kind, s, t, sent.index, cue.word) for t, s in _doers(kind, cue, mentions, targets, cs, post, text, offset)]
            elif kind is RelationKind.COOPERATES_WITH:
                out += _cooperation(text, offset, mentions, cs, last_cue_end, sent, cue.word)
            elif kind is RelationKind.RECEIVED_HONOR:
                head = _ADVERBIALS.sub("", text[: cs - offset])  # 连续两年获…: a streak, not a count of holders
                if patterns.COUNTED_HOLDERS.search(head) and not any(m.end <= cs and m.cls is not HONOR for m in mentions):
                    continue  # 4家企业获…: held by firms the clause does not name
                out += _honor(text, offset, mentions, cs, ce, cues, sent, cue.word)
        if len(out) > found or any(c.kind is RelationKind.RECEIVED_HONOR for c in kinds):
            prev_end = ce  # “三区三线”获批实施: approved from above, not implemented
        if any(c.kind is RelationKind.COOPERATES_WITH for c in kinds):
            last_cue_end = ce  # 与甲协作和乙合作: the second partner list starts after 协作
    out += _repeated_titles(text, offset, mentions, sent)
    return _unique(out)


def _repeated_titles(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """“全国双拥模范城”实现九连冠: a title held again, the cue after it."""
    out = []
    for h in mentions:
        if h.cls is HONOR and _REPEAT_AFTER.match(text, h.end - offset):
            before = [m for m in mentions if m.end <= h.start and m.cls in _ACTORS]
            if not before and _unnamed_subject(text[: h.start - offset].rstrip("“《")):
                continue
            subj: Mention | str = before[-1] if before else ISSUER
            out.append(MentionRelation(RelationKind.RECEIVED_HONOR, subj, h, sent.index, "连冠"))
    return out


def _unique(rels: list[MentionRelation]) -> list[MentionRelation]:
    seen: set[tuple] = set()
    out = []
    for r in rels:
        key = (r.kind, r.subject, r.object)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _doers(
    kind: RelationKind, cue: Cue, mentions: Sequence[Mention], targets: list[Mention], cs: int, post: bool, clause_text: str, clause_start: int
) -> list[tuple[Mention, Mention | str]]:
    """(object, subject) pairs: the actor named before the cue (or the objects), else the issuer."""
    limit = min(t.start for t in targets) if post else cs
    actors = [m for m in mentions if m.cls in _ACTORS and m.end <= limit and not _names_inside(m, targets)]
    if post:
        # 开发区甲项目、乙项目顺利推进: the subject opens the list; 某地热电扩建、乙项目…推进 names
        # no subject (the place is inside an item that was not found), nor does a listed place
        actors = [m for m in actors if not clause_text[m.end - clause_start : limit - clause_start].strip("“《 ")]
    if kind is RelationKind.IMPLEMENTS:
        subj: Mention | str = actors[-1] if actors else ISSUER
    else:
        subj = actors[-1] if actors and (cue.position == "before" or post) else ISSUER
    return [(t, subj) for t in targets if t is not subj]


def _names_inside(m: Mention, others: Sequence[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end for o in others)


def _cooperation(
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
        subj = _subject_before([m for m in mentions if m.start >= since], partners_from)
        if subj == ISSUER and _generic_subject(text[since - offset : with_pos]):
            return []  # 支持企业与高校合作: a generic subject, not the issuer
    # 与甲、乙合作建设丙园区: the partners stand between 与 and the cue, not after it
    partners = [m for m in mentions if m.cls in _ACTORS and m.start >= partners_from and m.end <= cs and m is not subj]
    if with_pos < 0:
        if since > offset:
            return []  # 与甲合作、平台共建: a later cue with no 与 of its own has no partners of its own
        partners = [m for m in mentions if m.cls in _ACTORS]
    return [MentionRelation(RelationKind.COOPERATES_WITH, subj, p, sent.index, cue) for p in partners if p is not subj]


@lru_cache(maxsize=1)
def _with_leads() -> tuple[str, ...]:
    """Words that may precede 与 with the issuer as subject: the listed ones and every cue verb (启动与…)."""
    cues = {w for w, kinds in _cue_table().by_word.items() if kinds}
    return tuple(sorted(resources.load_words(_WITH_LEADS) | cues, key=len, reverse=True))


def _generic_subject(before_with: str) -> bool:
    """Whether the words before 与 name a subject that is no entity (企业与…), not the issuer (深化与…)."""
    leads = _with_leads()
    rest = _ADVERBIALS.sub("", before_with.strip())
    while rest:
        lead = next((w for w in leads if rest.endswith(w)), None)
        if lead is None:
            break
        rest = _ADVERBIALS.sub("", rest[: -len(lead)])
    return bool(rest) and not _ISSUER_WORDS.match(rest)


def _honor(text: str, offset: int, mentions: Sequence[Mention], cs: int, ce: int, cues, sent: Sentence, cue: str) -> list[MentionRelation]:
    nxt = min((s for _, s, _ in cues if s > cs), default=10**9)
    honors = [m for m in mentions if m.cls is HONOR and ce <= m.start < nxt and not _COUNT_AFTER.match(text, m.end - offset)]
    if not honors:
        return []  # also 获评省级数字化车间企业3家: the counted holders are not named
    holders = [m for m in mentions if m.cls is not HONOR and ce <= m.start < nxt and not _is_division(m)]
    # 甲被最高人民法院确定为…: the body after 被 is the one who grants, not a holder
    before = [m for m in mentions if m.end <= cs and m.cls is not HONOR and not text.endswith("被", 0, max(m.start - offset, 0))]
    if before:
        # coordinated holders (甲、乙等7项应用列入…) share the honor; otherwise the nearest one
        last = before[-1]
        if _COUNT_START.match(last.surface):
            return []  # 12部作品获…: counted, unnamed holders
        between = text[last.end - offset : cs - offset]
        if between.startswith("被"):
            between = ""  # 甲被某部确定为: the granting body stands between the holder and the verb
        if last.cls in _ACTORS and not between.startswith("等") and _unnamed_subject(between):
            return []  # 某合作区大安村入选…: the place qualifies a holder that was not found
        group = [m for m in before if m.sentence == last.sentence and m.cls is last.cls]
        subjects: list[Mention | str] = group if len(group) > 1 and _adjacent(group) else [last]
    elif _unnamed_subject(text[: cs - offset]):
        subjects = []  # 鱼丘湖成功创建…, with 鱼丘湖 not found: not the issuer's honor
    else:
        subjects = [ISSUER]
    out = []
    for h in honors:
        holder = [x for x in holders if x.end == h.start and x.source != "honor-granter"]
        chosen = holder[-1:] or subjects
        if h.source == "honor-counted" and not holder:
            continue  # 2个省级样板镇: held by places the clause does not name
        for s in chosen:
            out.append(MentionRelation(RelationKind.RECEIVED_HONOR, s, h, sent.index, cue))
    return out


def _unnamed_subject(before: str) -> bool:
    """Whether the words before an honor verb name a holder that is no entity ("南山教师连续五年")."""
    head = _ADVERBIALS.sub("", before.strip())
    return bool(head) and not _ISSUER_WORDS.match(head)


def _is_division(m: Mention) -> bool:
    """An administrative division right before a title qualifies it (深圳“年度教师”): not its holder."""
    if m.cls is not PLACE:
        return False
    if m.source.startswith("gazetteer") or m.name.endswith(_DIVISION_END):
        return True
    return any(d.level in _UPPER_LEVELS for d, _ in gazetteer.division_matches(m.name))


def _adjacent(group: Sequence[Mention]) -> bool:
    return all(b.start - a.end <= 1 for a, b in zip(group, group[1:]))


def _located_in(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """(浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆: the first lies in the place."""
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
