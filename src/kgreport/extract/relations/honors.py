"""``receivedHonor``: who holds a title named after an honor cue (获评, 入选…), or again (九连冠)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer
from kgreport.extract.entities.honors import GOAL_BEFORE
from kgreport.extract.relations.cues import (
    ACTORS,
    ADVERBIALS,
    ISSUER,
    NUM,
    MentionRelation,
    unnamed_subject,
)
from kgreport.resources import word_list
from kgreport.models import HONOR, ORG, PLACE, Level, Mention, RelationKind, Sentence
from kgreport.lexicon import lexicon
from kgreport.segment import tokenize

#: A count of unnamed things, e.g. "12部" in "12部浙产作品获…", "4个" in "4个社区获评…".
_COUNT_START = re.compile(f"^{NUM}[个家所项名位条部批座件款种类支户次]")

#: A count between the cue and a title, e.g. "2个" in "创建2个省级现代农业产业园".
_COUNT_BEFORE = re.compile(f"{NUM}[个家所项名位条部批座件款种类支户次]")

#: Titles with these ends are held by firms, schools or villages, not the issuer (省级美丽乡村示范村).
_UNIT_TITLE_END = tuple(word_list("rules/relations/cues.tsv", "unit_title_end"))

#: Titles with these ends are held by a practice, model or project, not the issuer (全国产业扶贫典型案例).
_PRACTICE_TITLE_END = tuple(word_list("rules/relations/cues.tsv", "practice_title_end"))

#: A body approving the entry right before the cue, e.g. "获某组织批准" in "甲获某组织批准列入世界地质公园网络名录",
#: "经某部同意" in "甲经某部同意命名为…": the body grants, the words before 获/经 name the holder.
_APPROVED_BY = re.compile(r"[获经][^，,；;。获经]{2,16}?(?:批准|同意)$")

#: A bracket right before an honor cue, after a holder's name: its alias or the part meant, e.g. "（某关）" in
#: "某古城（某关）入选…", "（集团）" in "某外国语学校（集团）获评…", "（某段）" in "某河（某段）入选…"; adverbials, 成功
#: or 被 may follow it.
_ALIAS_BEFORE = re.compile(r"[（(][^（）()，,；;。、“”]{1,12}([）)])(?:先后|成功|再次|连续|均|被)*$")

#: Adverbs between listed holders and the 被 of their granter, e.g. "分别" in "甲镇、乙镇分别被市政府认定为…".
_LEAD_ADVERB = re.compile(r"^(?:分别|均|都|先后|相继|同时|共同|再次|还|也|又)+")

#: A later clause whose subject is the sentence's first one, e.g. "并被" in "甲局被乙授予…，并被评为…".
_SAME_SUBJECT = re.compile(r"^(?:并|并且|且|还|也|又)被?$")

#: The count of a list of holders, e.g. "两县" in "甲、乙两县分别获评…", "3家企业" in "甲、乙3家企业入选…",
#: "三个景区" in "甲、乙、丙三个景区入选…", "2个县市" in "甲、乙2个县市获批…".
_LIST_COUNT = re.compile(f"^({NUM})(?:[个家所座处]?(?:县市|县区|市县|区县|市区|县|区|市|镇|乡|村|企业|公司|单位|学校|医院|园区|景区|街道|社区|乡镇))$")

#: The rest of a list of holders whose later items were not found, e.g. "、平利等5个县区" in
#: "宜川、平利等5个县区被命名为…": the found first item still holds the title.
_LIST_REST = re.compile(f"^(?:、[^，,；;。、“”]{{1,8}})+等(?:{NUM}[个家所座处]?)?(?:县|区|县区|市|县市|镇|乡|乡镇|村|企业|公司|单位|学校|医院|园区|景区|街道|社区|地)?被?$")

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _count(num: str) -> int:
    """两 → 2, 十二 → 12, 4 → 4; 0 for a count this does not read (百, 千)."""
    if num.isdigit():
        return int(num)
    if num in _DIGITS:
        return _DIGITS[num]
    tens, _, ones = num.partition("十")
    if "十" in num and all(c in _DIGITS for c in tens + ones):
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return 0

#: Counted unnamed holders right after an honor, e.g. "3家" in "获评省级数字化车间企业3家", "2人" in
#: "获评某某奖2人" (persons of the region, not the issuer), "2处" in "获评全省“最美公共文化空间”2处".
_COUNT_AFTER = re.compile(f"[）)”]?{NUM}[个家所项名位条部批座件款种类支户次人处]")

#: A title held again, after the title, e.g. "”实现九连冠" in "“全国双拥模范城”实现九连冠".
_REPEAT_AFTER = re.compile(f"[”》]?(?:实现|荣获|获得)?(?:{NUM}连冠|{NUM}连创)")

#: Divisions of these levels (or names with these ends) right before a title qualify it, e.g. 深圳“年度教师”.
_UPPER_LEVELS = frozenset({Level.PROVINCE, Level.CITY, Level.COUNTY})

_DIVISION_END = gazetteer.division_ends("qualifies_title")

#: Titles with these ends are held by a division (示范区, 示范县, 文明城市), never by a body.
_HELD_BY_DIVISION = gazetteer.division_ends("full_end")


def repeated_titles(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """“全国双拥模范城”实现九连冠: a title held again, the cue after it."""
    out = []
    for h in mentions:
        if h.cls is HONOR and _REPEAT_AFTER.match(text, h.end - offset):
            before = [m for m in mentions if m.end <= h.start and m.cls in ACTORS]
            if not before and unnamed_subject(text[: h.start - offset].rstrip("“《")):
                continue
            subj: Mention | str = before[-1] if before else ISSUER
            out.append(MentionRelation(RelationKind.RECEIVED_HONOR, subj, h, sent.index, "连冠"))
    return out


#: What may stand between a holder and the 百强 ranking it is placed in, e.g. "连续两年位居" in
#: "宝安区连续两年位居全国创新百强区第二": no mark of a list or a clause; the count of a list the holders close
#: may stand before it, e.g. "等6家地方国企" in "甲、乙等6家地方国企进入中国企业500强" (the listed firms hold it).
_PLACED_BETWEEN = re.compile(f"^(?:等{NUM}[个家所座处][^、，,；;“”]{{1,6}}?)?[^、，,；;“”]{{0,8}}$")


def described_holders(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """世界500强企业某某集团: the company right after a ranking that describes it holds the ranking."""
    out = []
    for h in mentions:
        if h.cls is HONOR and h.source == "honor-descriptor":
            after = h.end + (2 if text.startswith("企业", h.end - offset) else 0)
            out += [MentionRelation(RelationKind.RECEIVED_HONOR, m, h, sent.index, "强") for m in mentions if m.cls is ORG and m.start == after]
    return out


#: A verb placing the holder right before a ranking, e.g. "进入" in "我县进入全国县域百强" (data: placed_verb of
#: the entity family): the words before it name the holder.
_PLACING_VERB = re.compile(f"(?:{'|'.join(map(re.escape, word_list('rules/entities/honors.tsv', 'placed_verb')))})$")


#: The region's own overall standing before a ranking, its holder unnamed (data: standing_word), the issuer's
#: word or its territory (县域, 市域) before it, e.g. "县域经济综合实力" in "县域经济综合实力居全国百强县第45位",
#: "我县综合实力" in "我县综合实力位列中部百强县": the issuer is placed (not "城区综合实力": a part named in words).
_OWN_STANDING = re.compile(
    f"^(?:(?:我|本|全)(?:{'|'.join(map(re.escape, gazetteer.division_ends('relative')))})|[县市区]域)?(?:的)?"
    f"(?:{'|'.join(map(re.escape, sorted(word_list('rules/relations/cues.tsv', 'standing_word'), key=len, reverse=True)))})+$"
)


def ranked_titles(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """某某全国县域百强排名上升至第55位: the issuer (or the holders named before) is placed in the ranking;
    甲、乙进入全市某某前50强: both entered it."""
    ranked = [m for m in mentions if m.cls is HONOR and m.source == "honor-ranked"]
    if not ranked:
        return []
    first = ranked[0]
    before = [m for m in mentions if m.end <= first.start and m.cls in ACTORS]
    subjects: list[Mention | str]
    if before:
        last = before[-1]
        if not _PLACED_BETWEEN.match(text[last.end - offset : first.start - offset]):
            return []
        group = [m for m in before if m.cls is last.cls]
        subjects = [*group] if len(group) > 1 and _adjacent(group) and group[-1] is last else [last]  # 甲、乙进入…前50强
    elif _OWN_STANDING.match(ADVERBIALS.sub("", _PLACING_VERB.sub("", text[: first.start - offset]).strip())):
        subjects = [ISSUER]  # 县域经济综合实力居全国百强县第45位, 我县综合实力位列…: the region's own standing is placed
    elif unnamed_subject(_PLACING_VERB.sub("", text[: first.start - offset])):
        return []  # 城区综合实力居全国百强区榜首: a holder the clause names in words only
    else:
        subjects = [ISSUER]
    return [MentionRelation(RelationKind.RECEIVED_HONOR, s, h, sent.index, "排名") for h in ranked for s in subjects]


#: A clause that opens with the granter, its holder unnamed, e.g. "被自治区继续" in "被自治区继续评为双拥模范城",
#: "一是被某部委" in "一是被某部委确定为…" (an enumerator before it):
#: the subject of the sentence (the issuer) holds the title, the words after 被 only grant it.
_BY_GRANTER = re.compile(r"^(?:[一二三四五六七八九十]是|首先|其次)?(?:\d{4}年)?(?:还|也|又|曾|先后|再次)?被[^，,；;。“”]{0,14}$")


#: A field of the issuer's own work before the cue (data: work_field_end), its adverbials and 被 after it, e.g.
#: "计生工作连续三年被" in "计生工作连续三年被评为全市先进县": the issuer holds the title, the field names no holder.
_WORK_FIELD = re.compile(
    f"^[^，,；;。、“”]{{1,10}}(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'work_field_end')))})"
    f"(?:{ADVERBIALS.pattern[:-1]})?被?$"
)


#: The verb "to create" a title: without a success word it names an aim, e.g. "创建" in "创建国家森林城市".
_CREATE = "创建"

#: What may follow a title a bare 创建 names in the review part of a report when the title was won: the clause's
#: or sentence's end, a list mark or conjunction, 称号, e.g. "，" in "创建国家森林城市，…", "、" in "创建国家园林城市、
#: 国家卫生城市" (not "取得" in "创建全国文明城市取得阶段性成效": work that goes on).
_CREATED_END = re.compile(r"[”》]?(?:荣誉称号|称号)?(?:[，,；;。、和及与]|$)")

#: A batch or a count after a bare 创建, e.g. "一批" in "创建一批国家现代农业产业园", "5家" in "创建甲示范区和乙基地5家":
#: the titles of unnamed holders.
_BATCH = re.compile(f"一批|{NUM}[个家所项名位条批座件处]")

#: Ends of a thing a bare 创建 makes rather than a title it wins, e.g. "品牌" in "创建某某特色品牌".
_NOT_WON_END = ("品牌",)

#: A success word right after 创建, e.g. "成功" in "创建成功".
_SUCCEEDED = ("成功", "为")



def _issuer_granted(head: str, offset: int, sent: Sentence) -> bool:
    """Whether the words before the cue are only the granter after 被, so the issuer holds the title: 被自治区
    评为…; a bare 被 in a later clause only when the sentence opens with a verb (深化某改革，被确定为…), not
    after a subject the clause before names in words (某产业园完成规划，并被确定为…)."""
    own = _ISSUER_BEFORE_GRANTER.match(head)
    if own is not None and _BY_GRANTER.match(head[own.end() :]):
        head = head[own.end() :]  # 我县被国家体育总局命名为…: the issuer named as 我县 before the granter
    granted = _BY_GRANTER.match(head)
    if granted is None:
        return False
    if not granted.group(0).endswith("被") or offset <= sent.start:
        return True
    return _opens_with_action(sent)


def _opens_with_action(sent: Sentence) -> bool:
    """Whether the sentence opens with a verb or a lead word (深化某改革，…), so its subject is the issuer."""
    first = tokenize(sent.text[:16])
    lex = lexicon()
    if bool(first) and (first[0].tag[:1] == "v" or first[0].text in lex.lead_words or first[0].text in lex.cue_words):
        return True
    # 扎实推进某整治，被确定为…: a cue of several words (扎实推进, 深入开展) that the tokenizer cuts after its adverb
    return any(sent.text[:n] in lex.cue_words or sent.text[:n] in lex.lead_words for n in range(3, 7))


def honor_relations(
    text: str, offset: int, mentions: Sequence[Mention], cs: int, ce: int, cues, sent: Sentence, cue: str, topic: Mention | None = None
) -> list[MentionRelation]:
    """Holders of the honors a cue names: the actor(s) before the cue, the one that opens the
    sentence (``topic``) when the clause starts with the cue, else the issuer."""
    if GOAL_BEFORE.search(text, 0, cs - offset):
        return []  # 积极创建国家森林城市: a goal, no title held yet
    plain_create = cue == _CREATE and not text.startswith(_SUCCEEDED, ce - offset)
    if plain_create and sent.part != "review":
        return []  # 创建国家森林城市, 推动某湖创建国家旅游度假区: a bare 创建 aims at a title (成功创建, 创建成功 hold one)
    # 荣获某联合会授予的某奖, 获某总会授予某奖: the grant qualifies the title won, it ends no cue's reach;
    # 获批建设某某先导区: a verb right after the cue says what is approved, it ends no reach either
    nxt = min(
        (s for kinds, s, e in cues if s > ce and not text.startswith("的", e - offset) and all(k.word != _GRANT for k in kinds)),
        default=10**9,
    )
    if text.startswith("的", ce - offset) or (cue == _GRANT and any(s < cs for _, s, _ in cues)):
        return []
    honors = [m for m in mentions if m.cls is HONOR and ce <= m.start < nxt and not _COUNT_AFTER.match(text, m.end - offset)]
    if plain_create:
        # 一、2023年工作回顾 … 创建国家森林城市: in the review part a bare 创建 reports a title won, but not one whose
        # work goes on (创建全国文明城市取得阶段性成效), nor titles of a batch or count of unnamed holders (创建一批…,
        # 创建甲和乙5家), nor a creation the holder was only chosen for (被确定为创建…)
        if text.endswith("为", 0, cs - offset) or _BATCH.search(text, ce - offset):
            return []
        honors = [h for h in honors if _CREATED_END.match(text, h.end - offset) and not h.name.endswith(_NOT_WON_END)]
    if not honors:
        return []  # also 获评省级数字化车间企业3家: the counted holders are not named
    # 甲被最高人民法院确定为…, 被省委、省政府授予…: the bodies after 被 grant, they hold nothing
    by = text.rfind("被", 0, cs - offset)
    granters_from = offset + by if by >= 0 and not _CLAUSE_BREAK.search(text, by, cs - offset) else cs
    # 甲镇被命名为某某示范乡、乙路被评为…: that 被 was the cue before, 乙路 (after the 、 that ends the title) holds this
    # one; names before that 、 hold nothing here (乙路 not found: no holder)
    listed_after = max((m.end for m in mentions if m.cls is HONOR and granters_from < m.start and m.end <= cs and text.startswith(("、", "”、"), m.end - offset)), default=0)
    if listed_after:
        granters_from = cs
    approved = _APPROVED_BY.search(text, 0, cs - offset)
    if approved and granters_from == cs:
        granters_from = offset + approved.start()  # 甲获某组织批准列入…: the body approves, 甲 holds the title
    if cue == _GRANT and granters_from == cs:
        return _granted(text, offset, mentions, ce, honors, sent)
    holders = [m for m in mentions if m.cls is not HONOR and ce <= m.start < nxt and not _is_division(m)]
    before = [m for m in mentions if m.end <= cs and m.cls is not HONOR and m.start < granters_from and m.start >= listed_after]
    alias = _ALIAS_BEFORE.search(text, 0, cs - offset)
    if alias is not None:
        # 某古城（某关）入选…, 某校（集团）获评…: the bracket names the holder again or a part of it, it holds nothing
        before = [m for m in before if not (alias.start() <= m.start - offset and m.end - offset <= alias.end(1))]
    if before:
        # coordinated holders (甲、乙等7项应用列入…) share the honor; otherwise the nearest one
        last = before[-1]
        if _COUNT_START.match(last.surface):
            return []  # 12部作品获…: counted, unnamed holders
        between = text[last.end - offset : cs - offset]
        if alias is not None and last.end - offset == alias.start():
            between = text[alias.end(1) : cs - offset]  # 某古城（某关）入选: the holder before the bracket
        if last.cls not in ACTORS and len(ADVERBIALS.sub("", between)) > 1 and _kind(ADVERBIALS.sub("", between)) is not None:
            return []  # 乡村振兴首倡地某某村入选…: the programme qualifies a village that was not found
        if _LEAD_ADVERB.sub("", between).startswith("被") or (approved is not None and approved.start() == last.end - offset):
            between = ""  # 甲被某部确定为, 甲获某组织批准列入: the granting body stands between the holder and the verb
        elif _chained(text, offset, mentions, last, cs):
            between = ""  # 甲园区获评乙称号并入选丙名单: the holder of the first title holds the second
        # 甲局、乙镇被评为…: a list of a body and a place names holders of both classes
        group = [m for m in before if m.sentence == last.sentence and (m.cls is last.cls or m.cls in ACTORS and last.cls in ACTORS)]
        counted = _LIST_COUNT.match(ADVERBIALS.sub("", between))
        # 甲、乙两县分别获评…: the count is the listed holders' (not 宝安、龙岗四个镇, towns inside them)
        listed = len(group) > 1 and _adjacent(group) and counted is not None and _count(counted.group(1)) == len(group)
        unfound_rest = _LIST_REST.match(ADVERBIALS.sub("", between)) is not None  # 甲、乙等5个县区: 乙 not found
        if _OPENED_AND.fullmatch(between):
            between = ""  # 某医院正式运营并获评三甲医院: the hospital that opened holds the title
        if last.cls in ACTORS and not between.startswith("等") and not listed and not unfound_rest and unnamed_subject(between):
            return []  # 某合作区大安村入选…: the place qualifies a holder that was not found
        # 清苑区冉庄村、东闾乡北邓村入选…: a division right before its village holds nothing
        chain = group if len(group) > 1 and _adjacent(group) else _listed_tail(group, text, offset)
        # 甲小镇、乙基地入选…: a 、-list of holders of different classes (a town's park and a works) all hold the title
        mixed = _listed_tail([m for m in before if m.sentence == last.sentence], text, offset)
        if len(mixed) > len(chain) and mixed[-len(chain) :] == chain:
            chain = mixed
        subjects: list[Mention | str] = [m for m in chain if not _encloses_next(m, chain)]
    elif (
        unnamed_subject(text[: (approved.start() if approved else cs - offset)])
        and not _issuer_granted(ADVERBIALS.sub("", text[: cs - offset].strip()), offset, sent)
        and not _WORK_FIELD.search(text, 0, cs - offset)
        and not _OWN_STANDING.match(ADVERBIALS.sub("", text[: cs - offset].strip()))  # 综合实力跻身全国百强县: the issuer's
    ):
        subjects = []  # 鱼丘湖成功创建…, with 鱼丘湖 not found: not the issuer's honor
    elif topic is not None and not ADVERBIALS.sub("", text[: cs - offset].strip()):
        subjects = [topic]  # 区人民医院成功创三甲，获评…: the hospital, named in the first clause
    elif _SAME_SUBJECT.match(text[: cs - offset].strip()) and offset > sent.start and not _opens_with_action(sent) and not _ISSUER_AFTER.search(sent.text, 0, cs - sent.start):
        # 甲局被乙授予…，并被评为…: the first clause's subject, not the issuer (no relation when it was not found)
        subjects = [topic] if topic is not None else []
    else:
        subjects = [ISSUER]
    if len(subjects) == 1 and isinstance(subjects[0], Mention) and len(honors) > 1 and _RESPECTIVELY in text[: cs - offset]:
        # 甲、乙分别获评国家级、省级某某集群 with 甲 not found: 乙 holds the second title only
        pos = _list_position(text, offset, subjects[0], cs, len(honors))
        if pos is not None:
            honors = [honors[pos]]
    # 甲、乙分别被评为丙、丁: the n-th holder holds the n-th title, not every one
    respective = len(subjects) > 1 and len(subjects) == len(honors) and _RESPECTIVELY in text[: cs - offset]
    if not respective and len(subjects) > 1 and len(subjects) == len(honors):
        paired = _paired_by_kind(subjects, honors)
        if paired is not None:
            subjects, respective = paired, True  # 甲街道、乙社区获评某某示范街道、示范社区: each its own kind
    out = []
    for i, h in enumerate(honors):
        holder = [x for x in holders if x.end == h.start and x.source != "honor-granter"]
        chosen: list[Mention | str] = [*holder[-1:]] or ([subjects[i]] if respective else subjects)
        if topic is not None and chosen == [topic] and topic.cls is ORG and h.name.endswith(_HELD_BY_DIVISION):
            chosen = [ISSUER]  # 区医院开业，创建省级健康促进区: a district's title, not the hospital's
        if h.source == "honor-counted" and not holder and (
            _COUNT_BEFORE.search(text, ce - offset, h.start - offset) or (chosen == [ISSUER] and h.name.endswith(_UNIT_TITLE_END))
        ):
            continue  # 2个省级样板镇, 获评省级专精特新企业: held by places or firms the clause does not name
        if chosen == [ISSUER] and h.source == "honor-kind":
            continue  # 获评省级特色高中 with no holder named: a unit's title (entities/honors.py), not the region's
        if chosen == [ISSUER] and h.name.endswith(_PRACTICE_TITLE_END) and not _WORK_FIELD.search(text, 0, cs - offset) and not (
            _ISSUER_AFTER.search(text, 0, cs - offset) or _ISSUER_AFTER.match(sent.text.strip())
        ):
            continue  # 某某模式…入选全国典型示范案例: the practice holds the title, and it was not found
        for s in chosen:
            out.append(MentionRelation(RelationKind.RECEIVED_HONOR, s, h, sent.index, cue))
    return out


#: A holder's opening, start or completion between it and 并 before the cue, e.g. "全面开业并" in "某城全面开业并获得…称号",
#: "建成投产并" in "某中心建成投产并获评…" (adverbials before the verbs; 被 or 成功 after 并).
_OPENED_AND = re.compile(
    f"(?:全面|正式|顺利|成功|如期|率先|已经|已|一期|二期)?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'opened_verb')))}){{1,2}}"
    r"(?:并|并且)(?:成功|先后)?被?"
)


#: What joins a second honor cue to the title of the first, e.g. "并" in "获评甲称号并入选乙名单".
_CHAIN_JOIN = re.compile(f"[”》]?(?:并|并且|且|又|还|、(?:(?:连续|近)?{NUM}(?:年|届|次))?)(?:被|成功|先后)?$")

#: A first honor cue right after the holder, e.g. "获评" in "甲园区获评乙称号并入选丙名单", "成功" and "被" before it.
_FIRST_CUE = re.compile(f"(?:(?:连续|近)?{NUM}(?:年|届|次))?(?:成功|先后|连续)?被?(?:入选|获评|荣获|获批|评为|被评为|列入|纳入|命名为|认定为|跻身|入围|获)[“《]?")


def _chained(text: str, offset: int, mentions: Sequence[Mention], last: Mention, cs: int) -> bool:
    """甲园区获评乙称号并入选丙名单: between the holder and this cue stand only an honor cue, one title and 并."""
    titles = [h for h in mentions if h.cls is HONOR and last.end <= h.start and h.end <= cs]
    if len(titles) != 1:
        return False
    first = titles[0]
    return bool(_FIRST_CUE.fullmatch(text, last.end - offset, first.start - offset)) and bool(
        _CHAIN_JOIN.fullmatch(text, first.end - offset, cs - offset)
    )


#: "Respectively" before an honor cue: the listed holders and titles pair up in order, e.g. "分别" in
#: "甲卫生院、乙中心分别被评为丙、丁".
_RESPECTIVELY = "分别"


#: What ends the clause before a list of holders, e.g. "，" in "…，甲、乙分别获评…".
_CLAUSE_OPEN = re.compile(r"[，,；;：:。]")


def _list_position(text: str, offset: int, holder: Mention, cs: int, n: int) -> int | None:
    """The place of ``holder`` in the 、-list of ``n`` holders that opens its clause before 分别 (甲、乙分别获评…: 乙 is
    1, when 甲 was not found), or None when the clause does not open with such a list."""
    head = text[: text.rfind(_RESPECTIVELY, 0, cs - offset)]
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(head)), default=0)
    items = head[opened:].split("、")
    if len(items) != n or holder.start - offset < opened or any(not i or len(i) > 20 for i in items):
        return None
    at = holder.end - offset - opened
    ends = [sum(len(i) + 1 for i in items[: k + 1]) - 1 for k in range(n)]
    return next((k for k, e in enumerate(ends) if at <= e and (k == 0 or at > ends[k - 1] + 1)), None)


#: Kinds of a listed holder and of a title, e.g. "街道" and "社区" in "甲街道、乙社区获评某某示范街道、示范社区"
#: (longest first, so 园区 wins over 区).
_HOLDER_KINDS = tuple(sorted(word_list("rules/relations/cues.tsv", "holder_kind_end"), key=len, reverse=True))


def _kind(name: str) -> str | None:
    return next((k for k in _HOLDER_KINDS if name.endswith(k)), None)


def _paired_by_kind(subjects: Sequence[Mention | str], honors: Sequence[Mention]) -> list[Mention | str] | None:
    """The holders reordered to stand with the titles of their own kind, when the holders' kinds differ and the
    titles carry the same kinds (甲街道、乙社区获评示范街道、示范社区); None when they do not pair so."""
    kinds = [_kind(s.name) if isinstance(s, Mention) else None for s in subjects]
    wanted = [_kind(h.name) for h in honors]
    if None in kinds or len(set(kinds)) != len(kinds) or sorted(map(str, kinds)) != sorted(map(str, wanted)):
        return None
    by_kind = dict(zip(kinds, subjects))
    return [by_kind[k] for k in wanted]


#: The cue of a grant whose holder follows it, e.g. "授予" in "科技部授予我县“…”称号".
_GRANT = "授予"

#: What ends the granter after 被 on its right: a clause or list mark, e.g. "，" in "被评为甲，被乙授予".
_CLAUSE_BREAK = re.compile(r"[，,；;。]")

#: A word that stands for the issuer right after 授予, e.g. "我县" in "授予我县“…”称号".
_ISSUER_AFTER = re.compile(f"(?:我|本)(?:{'|'.join(map(re.escape, gazetteer.division_ends('relative')))})")

#: The issuer named as 我县/本市 opening a clause before 被 and its granter, an enumerator before it, e.g. "八是我区" in
#: "八是我区被文化部授予…", "我县" in "我县还被省政府确定为…".
_ISSUER_BEFORE_GRANTER = re.compile(f"^(?:[一二三四五六七八九十]是)?{_ISSUER_AFTER.pattern}")


def _granted(text: str, offset: int, mentions: Sequence[Mention], ce: int, honors: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """某部授予甲“…”称号: the holder is the actor right after 授予 (or 我县, the issuer); 授予89人: no named holder."""
    holder: Mention | str | None = next((m for m in mentions if m.cls in ACTORS and m.start == ce), None)
    if holder is None and _ISSUER_AFTER.match(text, ce - offset):
        holder = ISSUER
    if holder is None:
        return []
    return [MentionRelation(RelationKind.RECEIVED_HONOR, holder, h, sent.index, _GRANT) for h in honors]


def _is_division(m: Mention) -> bool:
    """An administrative division right before a title qualifies it (深圳“年度教师”): not its holder."""
    if m.cls is not PLACE:
        return False
    if m.source.startswith("gazetteer") or m.name.endswith(_DIVISION_END):
        return True
    return any(d.level in _UPPER_LEVELS for d, _ in gazetteer.division_matches(m.name))


def _encloses_next(m: Mention, group: Sequence[Mention]) -> bool:
    """Whether the place ``m`` stands right before another place of ``group`` (清苑区 in 清苑区冉庄村)."""
    return m.cls is PLACE and any(n.cls is PLACE and n.start == m.end for n in group)


#: What may stand between two listed holders when an item between them was not found, e.g. "、农业农村局、" in
#: "县委组织部、农业农村局、某某镇被评为…".
_UNFOUND_ITEM = re.compile(r"、[^，,；;。、“”《》（）()\s]{1,10}、")


#: A bracket after a listed holder, before the 、 that joins the next one, e.g. "（某段）" in "甲河（某段）、乙河入选…".
_ALIAS_GAP = re.compile(r"^[（(][^（）()，,；;。、“”]{1,12}[）)]")


def _listed_tail(group: Sequence[Mention], text: str, offset: int) -> list[Mention]:
    """The holders listed with the last one of ``group`` (joined by 、, or by an item between them that was not
    found): 甲、乙、丙被评为… gives 甲 and 丙 when 乙 was not found; just the last one when nothing is listed."""
    chain = [group[-1]]
    for m in reversed(group[:-1]):
        gap = _ALIAS_GAP.sub("", text[m.end - offset : chain[0].start - offset])  # 甲（丙）、乙入选…
        if gap != "、" and not _UNFOUND_ITEM.fullmatch(gap):
            break
        chain.insert(0, m)
    return chain


def _adjacent(group: Sequence[Mention]) -> bool:
    return all(b.start - a.end <= 1 for a, b in zip(group, group[1:]))


#: A review a title named before it passed, e.g. "”顺利通过验收" in "创建“省级园林县城”并顺利通过验收", "工作顺利通过验收"
#: in "创建省级园林县城工作顺利通过验收",
#: "顺利通过国家复核" in "某某示范县顺利通过国家复核".
_PASSED_AFTER = re.compile(
    r"[”》]?(?:称号|创建工作|创建|工作)?(?:并|并且|且|已|均|全部)?(?:顺利|成功|高分|一次性|以优异成绩)?通过了?"
    f"[^，,；;。“”、]{{0,10}}?(?:认定|{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'review_word')))})"
)

#: What may open the clause before a title whose review it passed: adverbials, a verb of creating and an
#: opening quote, e.g. "全力创建“" in "全力创建“省级园林县城”并顺利通过验收"; any other words name a holder.
_PASSED_LEAD = re.compile(f"(?:{ADVERBIALS.pattern[:-1]})?(?:成功创建|创建|争创|创成|申创)?[“《]?$")

#: A goal before the review, e.g. "确保" in "确保国家卫生县城顺利通过复审": not passed yet.
_PASS_GOAL = re.compile(r"确保|力争|争取|迎接|迎检|准备|筹备|申报|有望|计划|将|要")


def passed_titles(text: str, offset: int, mentions: Sequence[Mention], sent: Sentence) -> list[MentionRelation]:
    """“某某示范单位”顺利通过验收, 创建某某县城并通过验收: the title a review passed is held by the actor named right
    before it, or by the issuer when the clause names nobody before it."""
    out = []
    for h in mentions:
        passed = _PASSED_AFTER.match(text, h.end - offset) if h.cls is HONOR else None
        if passed is None or _PASS_GOAL.search(text, 0, passed.end()):
            continue
        head = text[: h.start - offset]
        before = [m for m in mentions if m.cls in ACTORS and m.end <= h.start]
        subj: Mention | str
        if before and _PASSED_LEAD.fullmatch(text, before[-1].end - offset, h.start - offset):
            subj = before[-1]  # 甲镇创建“省级卫生镇”通过验收: the town
        elif not before and _PASSED_LEAD.fullmatch(head.strip()):
            if h.name.endswith(_UNIT_TITLE_END) or h.source == "honor-kind":
                continue  # 某某示范企业通过认定: a unit's title, its holder unnamed
            subj = ISSUER
        else:
            continue
        out.append(MentionRelation(RelationKind.RECEIVED_HONOR, subj, h, sent.index, "通过"))
    return out
