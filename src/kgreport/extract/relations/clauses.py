"""Relations of each clause: find its cues and hand each to the kind it cues."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.extract.relations.cooperation import cooperation
from kgreport.extract.relations.cues import ACTORS, ADVERBIALS, ISSUER, ISSUER_LEAD, ISSUER_WORDS, MentionRelation, clause_cues
from kgreport.extract.relations.honors import described_holders, honor_relations, passed_titles, ranked_titles, repeated_titles
from kgreport.extract.relations.located import located_in
from kgreport.extract.relations.targets import TARGET, carried_projects, doers, objects
from kgreport.models import HONOR, ORG, Mention, RelationKind, Sentence
from kgreport.resources import word_list
from kgreport.segment import Clause, split_clauses


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
        clauses = split_clauses(sent)
        first = len(out)
        for i, clause in enumerate(clauses):
            inside = [m for m in ms if clause.start <= m.start and m.end <= clause.end]
            if not inside and i:  # 甲大桥新建项目，确保6月底顺利通车: the projects of the clause before are built
                k = i - 1
                while k and _INVESTMENT.fullmatch(clauses[k].text.strip()) and not any(clauses[k].start <= m.start < clauses[k].end for m in ms):
                    k -= 1  # 甲高速公路，总投资120亿元，今年开工建设: the amount is no other object
                prev = clauses[k]
                before = [m for m in ms if prev.start <= m.start and m.end <= prev.end]
                found, cue = carried_projects(before, prev.text, clause.text)
                out += [MentionRelation(RelationKind.BUILDS, ISSUER, m, sent.index, cue) for m in found]
            if inside:
                topic = _topic(sent, clauses[0], clause, ms)
                out.extend(_clause_relations(clause.text, clause.start, inside, sent, topic))
        if _NOTE.match(sent.text):  # 〔5〕三深化、三提升：指深化…: a note defines a term, what it lists is no work of the issuer
            out[first:] = [r for r in out[first:] if r.kind not in TARGET]
        out.extend(located_in(sent, ms))
    return out


#: The opening of a note that explains a term, e.g. "〔5〕三深化、三提升：", "[3]“营养社区”：", "12.“双高计划”：" (a
#: numbered work item "27、社区服务：" or "（1）…：" is the issuer's own).
_NOTE = re.compile(r"\s*(?:[\[［〔]\d{1,3}[\]］〕]\s*|\d{1,3}[.．]\s*(?=“))[^：:。；]{1,40}[：:]")


#: A clause that only gives a project's investment, e.g. "总投资120亿元" in "甲高速公路，总投资120亿元，今年开工建设".
_INVESTMENT = re.compile(r"(?:总|计划|预计|估算)?投资(?:额|规模)?(?:约|达|超|为)?[\d.]+(?:多|余)?[万亿]+元")


#: What makes works or a programme named as "X的建设" a reason after the cue: a causative for the issuer ("我") opening the
#: next clause, e.g. "，使我" in "甲高速的开通、乙高速的建设，使我们区位优势更加凸显", "，为我" in "丙机场的投用，为我县借势发展
#:提供了契机" (others' works the issuer gains from; but "加快推进丁路的建设。" builds it, and "《戊条例》的实施，为困难群众…提供
#: 帮助" carries the regulation out).
_REASON = re.compile(r"[^，,。；;]*[，,][^，,。；;]{0,4}?(?:使|让|给|为)我")


#: Endings of a leading body (Party committee, government) that opens a sentence but builds nothing itself, e.g. "委" in
#: "省委省政府高度重视，开工建设甲项目" (the issuer builds), "政府" (cues.tsv leading_body_end).
_LEADING_BODY_ENDS = tuple(word_list("rules/relations/cues.tsv", "leading_body_end"))


#: An enumerator opening a clause, e.g. "八是" in "八是我区被某部授予…" (its numeral counts no holders).
_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2}是)")


#: What may follow the actor that opens a sentence when it is the subject of the clauses after
#: it, e.g. "成功" in "区人民医院成功创三甲，获评…"; not "的", "、", "和", "与" (a qualifier or a list).
_TOPIC_NEXT = re.compile(r"[^的、和与及同，,]")


def _topic(sent: Sentence, first: Clause, clause: Clause, mentions: Sequence[Mention]) -> Mention | None:
    """The actor that opens the sentence and stays the subject of a later clause that names no actor
    between them: 区人民医院成功创三甲，获评全国改善医疗服务示范医院 (the hospital holds the title)."""
    if clause is first:
        return None
    at = first.start + len(first.text) - len(first.text.lstrip())
    # (the longest name there: 宁夏 inside 宁夏某某学院一期 opens no sentence as its actor)
    lead = max((m for m in mentions if m.start == at), key=lambda m: m.end, default=None)
    if lead is None or lead.cls not in ACTORS or not _TOPIC_NEXT.match(sent.text, lead.end - sent.start):
        return None
    if any(m.cls in ACTORS and lead.end <= m.start and m.end <= clause.start for m in mentions):
        return None  # another actor named in between may be the subject
    return lead


def _builder_topic(topic: Mention, targets: Sequence[Mention], cues: Sequence[tuple[object, int, int]]) -> bool:
    """Whether the actor that opens the sentence builds the works of a later clause: a firm or body that is no leading
    one (省委省政府高度重视，开工建设…: the issuer builds), or a division or zone (甲县…，建成乙大桥; 甲景区…，加快乙索道建设;
    not 甲沙漠…, a natural place), and only works a cue of the clause governs from before them (甲汽车批量生产，乙等66个
    项目投产: the works open their own clause as its subject)."""
    if topic.cls is ORG:
        able = not topic.name.endswith(_LEADING_BODY_ENDS)
    else:
        able = topic.name.endswith(_CONTAINER_ENDS) or bool(gazetteer.division_by_name(topic.name))
    return able and all(any(c_start < t.start for _, c_start, _ in cues) for t in targets)


#: Endings of a place that may act as a builder, e.g. "县", "开发区", "景区" (cues.tsv container_end).
_CONTAINER_ENDS = tuple(word_list("rules/relations/cues.tsv", "container_end"))


def _clause_relations(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence, topic: Mention | None = None) -> list[MentionRelation]:
    out: list[MentionRelation] = []
    cues = clause_cues(text, offset, mentions)
    prev_end = offset  # objects before a post-posed cue start after the last cue that took objects
    last_cue_end = offset  # where the last cooperation cue ended
    for kinds, cs, ce in cues:
        found = len(out)
        for cue in kinds:
            kind = cue.kind
            if kind in TARGET:
                targets, post = objects(TARGET[kind], mentions, cue, cs, ce, prev_end, text, offset)
                if not targets or _REASON.match(sent.text, ce - sent.start) and text[: cs - offset].endswith("的"):
                    continue  # 甲高速的开通、乙高速的建设，使我们区位优势凸显: the works named as a reason, nothing built
                pairs = doers(kind, cue, mentions, targets, cs, post, text, offset)
                if topic is not None and not post and not ISSUER_LEAD.match(text.strip()) and (
                    kind is RelationKind.IMPLEMENTS or _builder_topic(topic, targets, cues)
                ):
                    # 省委全会锚定…，持续实施“十大战略”、推进“十大建设”: the body that opens the sentence carries them out;
                    # 甲公司加快技术改造，建成乙生产线: the firm, division or zone that opens it builds (CONVENTIONS 20;
                    # _builder_topic) (but 全县实施…, 我们推进…: the issuer's own action)
                    pairs = [(t, topic if s == ISSUER else s) for t, s in pairs]
                out += [MentionRelation(kind, s, t, sent.index, cue.word) for t, s in pairs]
            elif kind is RelationKind.COOPERATES_WITH:
                out += cooperation(text, offset, mentions, cs, last_cue_end, sent, cue.word)
            elif kind is RelationKind.RECEIVED_HONOR:
                head = ADVERBIALS.sub("", text[: cs - offset])  # 连续两年获…: a streak, not a count of holders
                head = _ENUMERATOR.sub("", head)  # 八是我区被某部授予…: an enumerator, no count of holders
                # 四是成功创建…: an enumerator, not a count of holders
                if patterns.COUNTED_HOLDERS.search(head) and not ISSUER_WORDS.match(head.strip()) and not any(m.end <= cs and m.cls is not HONOR for m in mentions):
                    continue  # 4家企业获…: held by firms the clause does not name
                out += honor_relations(text, offset, mentions, cs, ce, cues, sent, cue.word, topic)
        if len(out) > found or any(c.kind is RelationKind.RECEIVED_HONOR for c in kinds):
            prev_end = ce  # “三区三线”获批实施: approved from above, not implemented
        if any(c.kind is RelationKind.COOPERATES_WITH for c in kinds):
            last_cue_end = ce  # 与甲协作和乙合作: the second partner list starts after 协作
    out += repeated_titles(text, offset, mentions, sent) + ranked_titles(text, offset, mentions, sent)
    out += described_holders(text, offset, mentions, sent) + passed_titles(text, offset, mentions, sent)
    return _unique(out)


def _unique(rels: list[MentionRelation]) -> list[MentionRelation]:
    seen: set[tuple] = set()
    out = []
    for r in rels:
        key = (r.kind, r.subject, r.object)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
