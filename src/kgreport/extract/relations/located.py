"""``locatedIn``: (浙江省)开化县, 浙江省开化县, 某基地（某县）, 某国驻某市总领事馆, 某项目落户某园区, 某镇某村, 某园区位于某镇."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.gazetteer import Level
from kgreport.extract.relations.cues import MentionRelation
from kgreport.models import ORG, PLACE, PROJECT, Mention, RelationKind, Sentence
from kgreport.resources import word_list

#: Verbs that settle a project or firm in the place right after them, e.g. "落户" in
#: "甲、乙等22个项目落户某某工业园区".
_SETTLE = re.compile("(?:" + "|".join(map(re.escape, word_list("rules/relations/cues.tsv", "settle_cue"))) + ")(?:在|于|到)?")

#: Verbs after "在" and a place that build there, e.g. "建设" in "在某片区建设某某谷", "建成投产" in
#: "某项目在某园区建成投产" (cues.tsv site_build_cue), longest first.
_SITE_BUILD = re.compile("|".join(map(re.escape, sorted(word_list("rules/relations/cues.tsv", "site_build_cue"), key=len, reverse=True))))

#: Endings of a place that contains what is named right after it, e.g. "镇" in "某某镇某某村", "开发区" in
#: "某某经济开发区某某项目".
_CONTAINER_END = tuple(word_list("rules/relations/cues.tsv", "container_end"))

#: Verbs saying where the entity right before them lies, e.g. "位于" in "某某产业园位于某某镇".
_SITUATED = re.compile("(?:" + "|".join(map(re.escape, word_list("rules/relations/cues.tsv", "situated_cue"))) + ")")

#: Levels of a division named without its ending whose name right before a zone, park or district places it
#: there, e.g. "大连" in "大连英歌石科学城".
_SITE_HOLDERS = (Level.CITY, Level.COUNTY)

#: Words right after the place that make it a neighbour or an edge, e.g. "交界" in "地处甲乙交界".
_BESIDE = tuple(word_list("rules/relations/cues.tsv", "beside_word"))

#: What may follow a firm or project that settles, up to the verb: a list mark, 等, a count of projects or adverbials,
#: e.g. "、" in "甲、乙等22个项目落户某园区", "成功" in "甲公司成功落户某园区"; not more of a name that was not found
#: ("先进…实验室" in "甲大学先进某某实验室等项目落户某园区": the university only qualifies the lab).
_SETTLER_NEXT = re.compile(r"[、，,和及与等）)”]|项目|(?:已|将|均|也|还|先后|相继|成功|正式|顺利|整体|同时|挂牌成立并|签约)*$")

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
        # 京冀: two provinces abbreviated side by side, neither inside the other
        if b.start == a.end and a.name.endswith(gazetteer.division_ends("encloses")) and not a.source.startswith("abbreviation"):
            if gazetteer.division_by_name(a.name) and gazetteer.division_by_name(b.name) and not _inside(a.name, b.name):
                continue  # 对口帮扶贵州四川: two provinces listed side by side, the gazetteer puts neither inside the other
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
    out += _built_at(sent, mentions)
    out += _nested(sent, places, mentions)
    out += _situated(sent, mentions)
    return out


def _situated(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """某某产业园位于某某镇, 某某中心：位于某某片区: the place, project or body right before the verb lies in
    the place right after it; not 位于甲和乙之间, 地处甲乙交界 (an edge or a neighbour)."""
    out = []
    text, base = sent.text, sent.start
    for m in _SITUATED.finditer(text):
        start = m.start() - (1 if text[m.start() - 1 : m.start()] in ("：", ":") else 0)
        subject = next((s for s in mentions if s.cls in (PLACE, PROJECT, ORG) and s.end == base + start), None)
        target = next((p for p in mentions if p.cls is PLACE and p.start == base + m.end()), None)
        if subject is None or target is None or text.startswith(_BESIDE, target.end - base):
            continue
        if any(o.cls is PLACE and o.start == target.end for o in mentions):
            continue  # 位于深莞两市…: the place after it is a list or a qualifier, not the container
        out.append(MentionRelation(RelationKind.LOCATED_IN, subject, target, sent.index, m.group(0)))
    return out


def _nested(sent: Sentence, places: Sequence[Mention], mentions: Sequence[Mention]) -> list[MentionRelation]:
    """开化县华埠镇, 某某镇某某村, 某某经济开发区某某项目: a county, town or zone right before a place,
    project or body contains it; a division after it only where the gazetteer puts it inside."""
    out = []
    enclosing = gazetteer.division_ends("encloses")
    for a in places:
        end = next((e for e in sorted(_CONTAINER_END, key=len, reverse=True) if a.name.endswith(e)), "")
        # 大连英歌石科学城, 大连市某某产业园: a city or county by its name (not an abbreviation such as 粤) before a site
        division = not end and not a.source.startswith("abbreviation") and any(
            d.level in _SITE_HOLDERS for d in gazetteer.division_by_name(a.name)
        )
        if not division and (not end or (end == "区" and not gazetteer.division_by_name(a.name))):
            continue  # 大湾区“菜篮子”基地: a region qualifies the name; a district is a division
        for b in mentions:
            if b.start != a.end or b.cls not in (PLACE, PROJECT, ORG) or (b.cls is PLACE and a.name.endswith(enclosing)):
                continue  # (浙江省开化县: the prefix rule above)
            if division and (b.cls is not PLACE or gazetteer.division_by_name(b.name)):
                continue  # 上海大歌剧院, 青岛啤酒: a body or project named after its city is one name, not a site in it
            if b.cls is PLACE and gazetteer.division_by_name(b.name) and not _inside(a.name, b.name):
                continue  # 大湾区深圳, 雄安新区保定: a division inside a zone or region is named, not placed
            out.append(MentionRelation(RelationKind.LOCATED_IN, b, a, sent.index, "nested"))
    return out


def _inside(outer: str, inner: str) -> bool:
    """Whether the gazetteer puts a division of the second name inside one of the first (开化县华埠镇)."""
    outers = {d.code for d in gazetteer.division_by_name(outer)}
    return any(a.code in outers for d in gazetteer.division_by_name(inner) for a in gazetteer.ancestors(d.code))


def _settled(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """甲、乙等N个项目落户某某园区: each named project or firm before the verb lies in the zone after it."""
    out = []
    text, base = sent.text, sent.start
    for m in _SETTLE.finditer(text):
        target = next((p for p in mentions if p.cls is PLACE and p.start == base + m.end()), None)
        if target is None or any(d.level != "town" for d in gazetteer.division_by_name(target.name)):
            continue  # 落户深圳: a firm coming to a city or the issuer is an investment, not a site in a zone
        if text.startswith("的", target.end - base):
            continue  # 甲、乙以及将落户某某片区的高校: the ones settling are named after 的, not the list before
        left = max((c.end() for c in _CLAUSE_MARK.finditer(text, 0, m.start())), default=0)
        subjects = [
            s for s in mentions
            if s.cls in (ORG, PROJECT) and base + left <= s.start and s.end <= base + m.start()
            and _SETTLER_NEXT.match(text, s.end - base, m.start())
        ]
        for s in subjects:
            if not any(o is not s and o.start <= s.start and s.end <= o.end for o in subjects):  # 宝钛集团 inside 宝钛集团钛材
                out.append(MentionRelation(RelationKind.LOCATED_IN, s, target, sent.index, m.group(0)))
    return out


#: How many characters may follow the verb of a project built right before 在 up to the clause's end, e.g. "并投产" in
#: "某项目在某园区建成并投产"; more name what the subject built (甲大学在乙地设立丙机构).
_VERB_TAIL = 3

#: What ends a clause opened by 在 that frames a time or setting, e.g. "新征程中" in "在深圳建设某示范区的新征程中".
_FRAME_END = re.compile(r"(?:中|上|下|时|之际|期间|过程|进程)$")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: the next clause mark, or the text's end."""
    mark = _CLAUSE_MARK.search(text, pos)
    return mark.start() if mark else len(text)


def _built_at(sent: Sentence, mentions: Sequence[Mention]) -> list[MentionRelation]:
    """在某片区建设某某谷, 某项目在某园区建成投产 (CONVENTIONS 25): what is built, named right after the verb or
    right before 在, lies in the place named right after 在; a division built or named after it is no site."""
    out = []
    text, base = sent.text, sent.start
    for p in mentions:
        at = p.start - base - 1
        if p.cls is not PLACE or at < 0 or text[at] != "在":
            continue
        verb = _SITE_BUILD.match(text, p.end - base)
        if verb is None:
            continue  # 在某片区的…, 在某园区建设上攻坚: no verb right after the place, or no name after it
        # 在深圳建设某某先行示范区…的新征程中: 在 frames a time or setting (…中), a city makes itself a zone
        upper = any(d.level in _SITE_HOLDERS or d.level == Level.PROVINCE for d in gazetteer.division_by_name(p.name))
        built = [
            m for m in mentions
            if m.cls in (PROJECT, ORG, PLACE) and m.start == base + verb.end() and not gazetteer.division_by_name(m.name)
            and not (upper and m.cls is PLACE) and not _FRAME_END.search(text, m.end - base, _clause_end(text, m.end - base))
        ]
        # 某项目在某园区建成投产: the project right before 在, when the verb ends the clause (甲大学在乙地设立丙机构:
        # the university acts there, it is not what is built)
        if _clause_end(text, verb.end()) - verb.end() <= _VERB_TAIL:
            built += [m for m in mentions if m.cls is PROJECT and m.end == base + at]
        out += [MentionRelation(RelationKind.LOCATED_IN, m, p, sent.index, "在" + verb.group(0)) for m in built if m is not p]
    return out
