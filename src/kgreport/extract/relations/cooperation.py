"""``cooperatesWith``: partners listed after 与/同/携手 and before a cooperation cue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import gazetteer, resources
from kgreport.extract.entities.known import COOP_FIELD, OWN_ABBREVIATION, PROVINCE_COUNT
from kgreport.extract.relations.cues import (
    ACTORS,
    ADVERBIALS,
    ISSUER,
    ISSUER_LEAD,
    ISSUER_WORDS,
    MentionRelation,
    cue_table,
    subject_before,
)
from kgreport.models import PLACE, Mention, RelationKind, Sentence

_WITH_LEADS = "rules/relation_with_leads.txt"

_WORDS = "rules/relations/cues.tsv"

#: "With" before a partner list, e.g. "与" in "与甲大学合作"; not 同 of 同比/协同 nor 和 of 和谐.
_WITH = re.compile(r"与|携手|(?<![共协会])同(?![比时步等样期])|和(?![谐平美睦])")

#: A quantifier inside a partner's name, e.g. "一些" in "与国外一些石油公司签订协议": a kind of body, no partner.
_VAGUE = re.compile("|".join(map(re.escape, resources.word_list(_WORDS, "vague_count"))))

#: Endings of a partner's name that make it a kind, no named body, e.g. "央企" in "与行业央企签订协议", "友好城市" in
#: "拓展与国际友好城市的交流合作".
_GENERIC_PARTNER = tuple(resources.word_list(_WORDS, "generic_partner_end"))

#: What joins an actor before 与 to the words before it rather than making it the subject, e.g. "和" in
#: "对口支援甲州和与乙省扶贫协作" (甲州 is the earlier cue's partner; the issuer cooperates with 乙省).
_LIST_BEFORE_WITH = re.compile(r"(?:和|及|以及|、|，|,)")

#: Cues whose partners follow them, e.g. "对口支援" in "对口支援西藏、新疆工作".
_ASSIST = frozenset(resources.word_list(_WORDS, "assist_cue"))

#: Cues that name partners only after 与/同, e.g. "签约" in "与甲大学签约" (甲公司签约落户: a firm settling in).
_WITH_ONLY = frozenset(resources.word_list(_WORDS, "with_only_cue"))

#: Cues that also take resources and strategies as objects, e.g. "对接" (对接北京优质医疗资源).
_OPEN_CUES = frozenset(resources.word_list(_WORDS, "open_cue"))

#: A group a place right before it only qualifies, e.g. "各" in "与北京各产业园区合作", "国家" in "与中亚国家合作",
#: "知名院校" in "与京津知名院校合作".
_GROUP_HEAD = re.compile(
    "(?:" + "|".join(map(re.escape, resources.word_list(_WORDS, "group_adjective"))) + ")?"
    "(?:" + "|".join(map(re.escape, resources.word_list(_WORDS, "group_head"))) + ")"
)

#: What follows a partner that stands on its own, e.g. "，" in "主动对接保定，", "、" in "对接京津、服务京津",
#: "等" in "对接某某中学等名校"; not a noun it qualifies (对接北京优质资源).
_ON_ITS_OWN = re.compile(r"[，,。；;、：:）)等和及与]|对接|合作|协作|工作|作为|$")

#: An event named after the cooperation right after its cue, e.g. "论坛" in "中国—中亚合作论坛", "高端对话" in
#: "某某经贸合作高端对话"; not 联席会议 (a standing mechanism of the partners).
_EVENT_AFTER_CUE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:论坛|峰会|博览会|洽谈会|交易会|研讨会|对话|大会|年会)")

#: What stands between an earlier cue and the partners of a later one that opens a new item of a list,
#: e.g. "、" in "深化甲县对口帮扶、乙市丙县对口合作" (a cue tail such as 工作 may close the earlier item).
_NEW_ITEM = re.compile(r"(?:工作)?[、，,；;]")

#: A new item of a list of cooperations after the partners of the cue before it, up to the next cue, e.g.
#: "、扶贫" in "对口帮扶甲县、扶贫协作乙县和丙县" (the kind of the next cooperation, 扶贫, before its cue 协作).
_NEW_ITEM_KIND = re.compile(r"(?:工作)?[、，,；;](?:扶贫|东西部)?")


def _past_earlier_partners(text: str, offset: int, mentions: Sequence[Mention], since: int, cs: int) -> bool:
    """Whether the words between an earlier cue and this one are the earlier cue's own partners, then a new
    item of the list (对口帮扶甲县、扶贫协作乙县: 甲县, then "、扶贫"), so the partners after this cue are its own."""
    pos = since
    for m in sorted((m for m in mentions if m.cls in ACTORS and since <= m.start and m.end <= cs), key=lambda m: m.start):
        if m.start != pos and text[pos - offset : m.start - offset] not in ("、", "和", "及"):
            break
        pos = m.end
    return pos > since and _NEW_ITEM_KIND.fullmatch(text, pos - offset, cs - offset) is not None


#: The cue "to build together": the place or body right after it is what is built, e.g. "某某综合试验区" in
#: "省市共建某某综合试验区" (深港共建 names its partners before it).
_BUILT_TOGETHER = "共建"

#: Joint work named right after an open cue, e.g. "合作" in "加强与香港的对接合作", "机制" in "与甲国建立沟通对接机制"
#: (对接 alone only links up).
_JOINT_WORK = re.compile(r"合作|协作|机制")

#: A standing mechanism right before an open cue, e.g. "机制" in "加强与前海的机制对接".
_MECHANISM = "机制"

#: The listed items are examples of the cooperation, not partners: "甲、乙成为京保合作的典范".
_EXAMPLE_OF = re.compile(r"成为")


#: A name that was not found right after a place in a partner list, up to a list mark or the cooperation, e.g.
#: "现代农业示范园的" in "抓好与某市现代农业示范园的协作发展" (cues.tsv unfound_name_end; the place only qualifies the park).
_UNFOUND_NAME_AFTER = re.compile(
    r"(?:(?!开展|进行|签署|签订|建立|加强|深化|达成|跨)[\u4e00-\u9fff]){1,10}?"
    f"(?:{'|'.join(map(re.escape, sorted(resources.word_list(_WORDS, 'unfound_name_end'), key=len, reverse=True)))})"
    r"(?=[的、，,和及与等]|合作|协作|共建|战略)"
)


def _qualifies_unfound_name(text: str, offset: int, m: Mention, mentions: Sequence[Mention]) -> bool:
    """与某市现代农业示范园的协作: a place that opens a body's or zone's name not found is no partner itself."""
    return m.cls is PLACE and not any(n.start == m.end for n in mentions) and bool(_UNFOUND_NAME_AFTER.match(text, m.end - offset))


def cooperation(
    text: str, offset: int, mentions: Sequence[Mention], cs: int, since: int, sent: Sentence, cue: str
) -> list[MentionRelation]:
    if _EXAMPLE_OF.search(text, 0, cs - offset):
        return []  # 甲、乙成为…合作的典范: examples of the cooperation, not its partners
    pairs = _paired(text, offset, mentions, since, cs)
    if pairs:
        return [MentionRelation(RelationKind.COOPERATES_WITH, a, b, sent.index, cue) for a, b in pairs]
    partners_from = offset
    subj: Mention | str = ISSUER
    # the partner list starts after the last cue before this one: 加强与甲、乙协作和丙…合作
    withs = list(_WITH.finditer(text, since - offset, cs - offset))
    # 与甲市乙县、丙市丁区和戊区等对口帮扶地区合作: a 和 inside the partner list opens no list of its own
    strong = [w for w in withs if w.group(0) != "和"]
    withs = strong[-1:] or withs[-1:]
    with_pos = withs[-1].start() if withs else -1
    if cue in _WITH_ONLY and (with_pos < 0 or withs[-1].group(0) not in ("与", "同")):
        return []  # 甲公司签约落户: a firm settling in, no partner
    if cue in _ASSIST and (with_pos < 0 or withs[-1].group(0) != "与"):
        return _assisted(text, offset, mentions, cs, sent, cue)  # 与甲对口帮扶: partners before, read below
    if with_pos >= 0:
        partners_from = offset + with_pos
        subj = subject_before([m for m in mentions if m.start >= since], partners_from)
        listed_before = isinstance(subj, Mention) and _LIST_BEFORE_WITH.fullmatch(text, subj.end - offset, with_pos) is not None
        if listed_before:
            subj = ISSUER  # 对口支援甲州和与乙省扶贫协作: 甲州 ends the list before, the issuer cooperates with 乙省
        elif isinstance(subj, Mention) and _LIST_BEFORE_WITH.match(text, subj.end - offset):
            return []  # 甲与乙、丙和丁与戊合作: the subject after the list mark (丁) was not found
        if subj == ISSUER and not listed_before and _generic_subject(text[since - offset : with_pos]):
            return []  # 支持企业与高校合作: a generic subject, not the issuer
    # 与甲、乙合作建设丙园区: the partners stand between 与 and the cue, not after it; 与北京各产业园区合作:
    # the place qualifies a group, which is the partner
    partners = [
        m for m in mentions
        if m.cls in ACTORS and m.start >= partners_from and m.end <= cs and m is not subj
        and not (with_pos >= 0 and _qualifies_group(text, offset, m, mentions))
        and not (with_pos >= 0 and _qualifies_unfound_name(text, offset, m, mentions))
        and not _VAGUE.search(m.name)
        and not m.name.endswith(_GENERIC_PARTNER)
    ]
    if with_pos < 0:
        if since > offset:
            # 与甲合作、平台共建: a later cue with no 与 of its own has no partners of its own, unless a new item of
            # a list of cooperations names them right at it (深化甲县对口帮扶、乙市丙县对口合作)
            own = [m for m in _at_cue(text, offset, [m for m in mentions if m.cls in ACTORS], cs, cs) if m.start >= since and m.end <= cs]
            first = min((m.start for m in own), default=cs)
            if not own or not _NEW_ITEM.fullmatch(text, since - offset, first - offset):
                # 对口帮扶甲县、扶贫协作乙县和丙县: past the earlier cue's own partners, a new item names its
                # partners right after its cue
                own = [m for m in _at_cue(text, offset, [m for m in mentions if m.cls in ACTORS], cs, cs + len(cue)) if m.start >= cs]
                if not own or not _past_earlier_partners(text, offset, mentions, since, cs):
                    return []
            own = [m for m in own if not any(n.start == m.end and _encloses(m, n) for n in own)]
            return [MentionRelation(RelationKind.COOPERATES_WITH, ISSUER, p, sent.index, cue) for p in own if p.source != OWN_ABBREVIATION]
        # 联合香港做好…, 深港合作: with no 与, the partners stand right at the cue, not anywhere in the clause
        # (联合开展某口岸、某片区…整治, 长三角创新共建, 某地—某国…国际合作论坛)
        if _EVENT_AFTER_CUE.match(text, cs + len(cue) - offset):
            return []  # 中国—中亚合作论坛: the name of an event, no partners of the issuer
        partners = _at_cue(text, offset, [m for m in mentions if m.cls in ACTORS], cs, cs + len(cue))
        if cue == _BUILT_TOGETHER:
            partners = [m for m in partners if m.end <= cs]  # 省市共建某某试验区: what is built together is no partner
        if cue in _OPEN_CUES:
            # 支持甲市对接乙市: the one place right before 对接 is who links up (the subject), not a partner
            before = [m for m in partners if m.start < cs]
            partners = _own_partners(text, offset, [m for m in partners if m.start >= cs])
            if len(before) == 1:
                subj = before[0]
    # 与四川阿坝州、广西靖西扶贫协作: a province or city only places the partner after it
    partners = [m for m in partners if not any(n.start == m.end and _encloses(m, n) for n in partners)]
    if cue in _OPEN_CUES and subj == ISSUER and not _JOINT_WORK.match(text, cs + len(cue) - offset) and not text.endswith(_MECHANISM, 0, cs - offset):
        # 多角度对接京津, 与京津进行产业对接: the issuer linking up with a region states no cooperation (对接合作,
        # 对接机制 and 机制对接 do; 支持甲州对接乙州 names a place that links up, kept)
        partners = [m for m in partners if m.cls is not PLACE]
    # 闽宁协作 in a Fujian report: 闽 is the issuer's own province, no partner of its own
    return [
        MentionRelation(RelationKind.COOPERATES_WITH, subj, p, sent.index, cue)
        for p in partners
        if p is not subj and p.source != OWN_ABBREVIATION
    ]


#: What joins the items of a partner list, e.g. "、" in "联合港、澳", "－" in "深圳－新加坡智慧城市合作".
_LIST_JOINS = ("", "、", "和", "及", "与", "-", "－", "—")


#: How many and what kind of cooperation between abbreviated provinces and the cue, e.g. "扶贫" in "京冀扶贫协作",
#: "三省" in "鄂湘赣三省合作", "金融" in "深港金融合作" (a field: entities/known.py keeps such runs to the report's own).
_KIND_BEFORE_CUE = re.compile(PROVINCE_COUNT + f"(?:扶贫|东西部|{COOP_FIELD})?")


#: A preposition of place right before the actor before a cue, e.g. "在" in "条约在华盛顿签订": the venue.
_VENUE_BEFORE = re.compile(r"(?:在|于)$")


#: Verbs that may follow a cue before its partners, e.g. "帮扶" in "结对帮扶某县", "共建" in "合作共建某学校".
_CUE_TAILS = ("帮扶", "共建", "支援")


def _at_cue(text: str, offset: int, actors: Sequence[Mention], cs: int, ce: int) -> list[Mention]:
    """The actors listed right before the cue (深港合作, 甲、乙合作) or right after it (联合香港, 结对帮扶甲、乙)."""
    ordered = sorted(actors, key=lambda m: m.start)
    out: list[Mention] = []
    pos = cs
    for m in reversed([m for m in ordered if m.end <= cs]):
        gap = text[m.end - offset : pos - offset]
        if pos == cs and _KIND_BEFORE_CUE.fullmatch(gap) and m.source.startswith("abbreviation"):
            gap = ""  # 京冀扶贫协作, 粤桂东西部协作: the kind of cooperation between the provinces and the cue
        if gap not in _LIST_JOINS or _VENUE_BEFORE.search(text, 0, m.start - offset):
            break  # 在华盛顿签订: where it was signed, not with whom
        out.append(m)
        pos = m.start
    pos = ce
    for m in (m for m in ordered if m.start >= ce):
        gap = text[pos - offset : m.start - offset]
        if gap not in _LIST_JOINS and not (pos == ce and gap in _CUE_TAILS):
            break
        out.append(m)
        pos = m.end
    return out


#: What may stand between the last pair and the cue, e.g. "深度" in "甲与乙、丙与丁深度协作".
_PAIRS_TO_CUE = re.compile(r"(?:深度|深入|全面|紧密)?")


def _paired(text: str, offset: int, mentions: Sequence[Mention], since: int, cs: int) -> list[tuple[Mention | str, Mention]]:
    """Pairs listed right before the cue, each "甲与乙", joined by 、 (支持甲市与乙市、丙市与丁市对口合作): each
    pair cooperates; [] unless two pairs or more fill the words up to the cue."""
    actors = sorted((m for m in mentions if m.cls in ACTORS and since <= m.start and m.end <= cs), key=lambda m: m.start)
    pairs: list[tuple[Mention | str, Mention]] = [
        (a, b) for a, b in zip(actors, actors[1:]) if text[a.end - offset : b.start - offset] in ("与", "同", "和")
    ]
    if len(pairs) < 2 or not _PAIRS_TO_CUE.fullmatch(text, pairs[-1][1].end - offset, cs - offset):
        return []
    for (_, b), (a, _) in zip(pairs, pairs[1:]):
        if not isinstance(a, Mention) or text[b.end - offset : a.start - offset] != "、":
            return []
    # 深化我省与甲省、乙市与丙市对口合作: the first pair may open with the issuer's own word (我省), which names no mention
    first = pairs[0][0]
    before = [m for m in actors if isinstance(first, Mention) and m.end <= first.start and text[m.end - offset : first.start - offset] == "、"]
    if before and _ISSUER_PAIR_OPENER.search(text, 0, before[-1].start - offset):
        return [(ISSUER, before[-1]), *pairs]
    return pairs


#: The issuer's own word and 与 opening the first of listed pairs, e.g. "我省与" in "深化我省与甲省、乙市与丙市对口合作".
_ISSUER_PAIR_OPENER = re.compile(f"(?:{ISSUER_LEAD.pattern})(?:与|同|和)$")


def _qualifies_group(text: str, offset: int, m: Mention, mentions: Sequence[Mention]) -> bool:
    """与北京各产业园区合作, 与京津知名院校合作: the place (or each of an abbreviated pair) only qualifies a group."""
    if m.cls is not PLACE:
        return False
    end = m.end
    while nxt := next((n for n in mentions if n.cls is PLACE and n.start == end and len(n.surface) == 1), None):
        end = nxt.end  # 京津: the pair's characters stand side by side
    return bool(_GROUP_HEAD.match(text, end - offset))


def _own_partners(text: str, offset: int, partners: Sequence[Mention]) -> list[Mention]:
    """The partners that stand on their own: 对接北京优质医疗资源, 对接长江经济带发展 name a resource or a
    strategy the place qualifies; 对接京津、服务京津 names two places side by side (京津科研院所: neither)."""
    own: set[int] = set()
    for m in sorted(partners, key=lambda m: -m.start):
        if _ON_ITS_OWN.match(text, m.end - offset) or any(n.start == m.end and id(n) in own for n in partners):
            own.add(id(m))
    return [m for m in partners if id(m) in own]


@lru_cache(maxsize=1)
def _with_leads() -> tuple[str, ...]:
    """Words that may precede 与 with the issuer as subject: the listed ones and every cue verb (启动与…)."""
    cues = {w for w, kinds in cue_table().by_word.items() if kinds}
    return tuple(sorted(resources.load_words(_WITH_LEADS) | cues, key=len, reverse=True))


#: The issuer's own word right before 与, e.g. "我省" in "深化我省与甲省对口合作", "全县" in "推动全县与乙集团合作".
_ISSUER_BEFORE_WITH = re.compile(f"(?:{ISSUER_LEAD.pattern})$")


def _generic_subject(before_with: str) -> bool:
    """Whether the words before 与 name a subject that is no entity (企业与…), not the issuer (深化与…, 深化我省与…)."""
    leads = _with_leads()
    rest = ADVERBIALS.sub("", _ISSUER_BEFORE_WITH.sub("", before_with.strip()))
    while rest:
        lead = next((w for w in leads if rest.endswith(w)), None)
        if lead is None:
            break
        rest = ADVERBIALS.sub("", rest[: -len(lead)])
    return bool(rest) and not ISSUER_WORDS.match(rest)


def _assisted(text: str, offset: int, mentions: Sequence[Mention], cs: int, sent: Sentence, cue: str) -> list[MentionRelation]:
    """对口支援西藏、新疆工作: the actor before the cue (else the issuer) assists each one listed right
    after it; of 新疆哈密市 only the inner place is the partner."""
    subj = subject_before(mentions, cs)
    if isinstance(subj, Mention) and ADVERBIALS.sub("", text[subj.end - offset : cs - offset]):
        subj = ISSUER  # 配合市对口办做好对口帮扶…, 对口广西百色扶贫协作和对口帮扶…: not the helper
    after, pos = [], cs + len(cue)
    for m in sorted((m for m in mentions if m.cls in ACTORS and m.start >= pos), key=lambda m: m.start):
        if text[pos - offset : m.start - offset] not in ("", "、", "和", "及"):
            break  # 对口支援新疆是党中央作出的决策: only the list right after the cue
        after.append(m)
        pos = m.end
    listed_before = not after
    if listed_before:
        # 落实甲县、乙县对口支援, 做好新疆喀什地区对口支援工作: the places listed right before the cue are
        # the partners, and the issuer their helper
        subj, after = ISSUER, _listed_before(text, offset, mentions, cs)
    # 对口支援四川江油: a province right after the cue may qualify a county not found; one right before it
    # (北京、天津对口援助) is the partner itself
    partners = [
        m for m in after
        if not any(n.start == m.end and _encloses(m, n) for n in after) and not (not listed_before and _qualifies_unfound(text, offset, m, mentions))
    ]
    return [
        MentionRelation(RelationKind.COOPERATES_WITH, subj, p, sent.index, cue)
        for p in partners
        if p is not subj and p.source != OWN_ABBREVIATION
    ]


#: What may stand between the last partner listed before an assistance cue and the cue, e.g. "等" in
#: "甲县、乙县等对口支援", "的" in "乙县的对口帮扶", "等省市的" in "在甲、乙等省市的对口援助下".
_BEFORE_ASSIST = re.compile(r"(?:等(?:地|省市|省区|省份|城市)?)?的?")


def _listed_before(text: str, offset: int, mentions: Sequence[Mention], cs: int) -> list[Mention]:
    """The places listed right before an assistance cue (甲县、乙县对口支援), first to last; none when the
    place before is the sentence's subject acting (甲县积极对口支援): only a list mark or 等/的 may follow it."""
    places = sorted((m for m in mentions if m.cls is PLACE and m.end <= cs), key=lambda m: m.start)
    out: list[Mention] = []
    pos = cs
    for m in reversed(places):
        gap = text[m.end - offset : pos - offset]
        if not (_BEFORE_ASSIST.fullmatch(gap) if pos == cs else gap in _LIST_JOINS):
            break
        out.append(m)
        pos = m.start
    return out[::-1]


def _encloses(outer: Mention, inner: Mention) -> bool:
    """新疆喀什: the first place contains the second (not 河源汕尾, two cities side by side); 蒙古国乌兰巴托市: a
    foreign place right before another (neither a division of China) is its country and contains it too."""
    if outer.cls is not PLACE or inner.cls is not PLACE:
        return False
    if min(len(outer.surface), len(inner.surface)) >= 2 and not gazetteer.division_by_name(outer.name) and not gazetteer.division_by_name(inner.name):
        return True  # 蒙古国乌兰巴托市, 俄罗斯赤塔市: callers only ask of places side by side
    outer_codes = {d.code for d in gazetteer.division_by_name(outer.name)}
    return any(a.code in outer_codes for d in gazetteer.division_by_name(inner.name) for a in gazetteer.ancestors(d.code))


#: What may follow a province-level partner that is itself the partner, e.g. "等" in "对口支援西藏等",
#: "工" in "对口支援新疆工作"; any other character starts a place it qualifies (四川江油, 广西巴马).
_AFTER_PROVINCE = re.compile(r"[等及与工取地的、，,。；;]|[和及][^平]|$")


def _qualifies_unfound(text: str, offset: int, m: Mention, mentions: Sequence[Mention]) -> bool:
    """对口支援四川江油: the province qualifies a county that was not found; it is no partner."""
    if m.cls is not PLACE or not any(d.level == "province" for d in gazetteer.division_by_name(m.name)):
        return False
    if any(n.start == m.end for n in mentions):
        return False
    return not _AFTER_PROVINCE.match(text, m.end - offset)
