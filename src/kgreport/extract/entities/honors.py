"""Honors and titles: spans after an honor cue, rankings, certified kinds and level kinds.

E.g. 获评“全国文明城市”, 入选全国百强县, 认定省级专精特新企业12家, 国家级示范区.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import gazetteer, patterns
from kgreport.extract.entities.names import (
    COUNT,
    GLUED_PREPOSITIONS,
    HONOR_LEVEL,
    MAX_LEN,
    VERB_TAGS,
    all_generic,
    is_proper_token,
    word_re,
)
from kgreport.extract.entities.suffixed import suffix_class
from kgreport.lexicon import Lexicon, lexicon
from kgreport.models import HONOR, ORG, PLACE, Mention, RelationKind, Sentence
from kgreport.resources import word_list
from kgreport.segment import Clause, Token, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/honors.tsv"


@lru_cache(maxsize=1)
def long_honor_heads() -> tuple[str, ...]:
    """Honor heads of two or more characters (荣誉, 称号, 示范县)."""
    return tuple(h for h in lexicon().honor_heads if len(h) >= 2)


#: A granting body between 被 and the verb that confers a title, e.g. "被建设部、国家文物局命名为" in
#: "某村被建设部、国家文物局命名为第三批中国历史文化名村" (the bare verb is no honor cue: 授予专利权, 命名为某某水蕨).
_BODY_GRANT = re.compile(
    "被[^，,。；;被“”的]{2,16}?(?:" + "|".join(map(re.escape, word_list(_WORDS, "body_grant_verb"))) + ")"
)


#: The cue whose titles are aims when a goal word precedes it (力争成为…标杆); other cues name real titles
#: even when aimed at (积极创建国家森林城市).
_BECOME = "成为"

#: The cue that also means "by means of" (通过增资扩股支持…); a title it names has a level word or a review
#: right after it, e.g. "复审" in "通过国家卫生城市复审", "评审" in "通过三甲医院评审".
_PASS = "通过"
_REVIEWED = re.compile(f"[^，,；;。]{{0,8}}?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'review_word')))})")

#: The goal cues (data: rules/goal_cues.tsv), one list for this family and relations/honors.py: a title named
#: after one is aimed at, not held.
_GOALS = "rules/goal_cues.tsv"

#: A goal word or aiming verb right before an honor verb, e.g. "努力" in "努力成为超大城市治理的典范", "力争年内" in
#: "力争年内入选…": what 成为 names is no title, and relations/honors.py drops the holder of any title so aimed at.
GOAL_BEFORE = re.compile(
    f"(?:{'|'.join(map(re.escape, sorted(word_list(_GOALS, 'goal_lead') + word_list(_GOALS, 'goal_verb'), key=len, reverse=True)))})"
    "[^，,；;。、]{0,4}$"
)


#: A size in money opening a would-be title, e.g. "千亿" in 千亿产业集群, "500亿级" in 500亿级企业: a scale target.
_MAGNITUDE_OPENING = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]*)[十百千万]*亿(?:元)?级?")


def honor_mentions(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    inside: set[int] | None = None  # built at the first cue: most clauses hold none
    ends: set[int] = set()
    for m in lex.cue_re.finditer(text):  # longest first: 获评 before 获
        if text.startswith("感", m.end()) or text.startswith("得感", m.end()):
            continue  # 获得感: a feeling, not a title received
        if inside is None:
            inside = {c for t in tokens if len(t.text) > 1 for c in range(t.start - clause.start + 1, t.end - clause.start)}
            ends = {t.end - clause.start for t in tokens}
        if m.start() in inside and len(m.group(0)) > 1 and text[m.start() - 1] not in _CUE_LEADS and m.end() not in ends:
            continue  # 培育原创成果: 创成 inside the words 原创 and 成果, no cue (光明湖获批: 获批 ends jieba's 湖获批, a cue)
        if lex.cue_by_word[m.group(0)].kind is RelationKind.RECEIVED_HONOR:
            spans = _honor_spans(text, m.end(), clause, sentence, lex, m.group(0))
            if m.group(0) == _BECOME and GOAL_BEFORE.search(text, 0, m.start()):
                # 努力成为超大城市治理的典范: an aim described, no title (but 力争成为国家某某试验区 names one)
                spans = [h for h in spans if h.cls is not HONOR or HONOR_LEVEL.match(h.name)]
            elif m.group(0) == _BECOME:
                # 培育成为富民强县的支柱产业: a phrase before 的 qualifies what is become, no title
                spans = [h for h in spans if h.cls is not HONOR or not text.startswith("的", h.end - clause.start)]
                # 成为旅游消费新品牌, 成为时尚产业总部新基地: a new something described, no title (a level keeps one)
                spans = [h for h in spans if h.cls is not HONOR or not _NEW_THING.search(h.name) or HONOR_LEVEL.match(h.name)]
            elif m.group(0) == _PASS:  # 通过“营改增”降低企业税负: a means, no title passed
                spans = [h for h in spans if h.cls is not HONOR or HONOR_LEVEL.match(h.name) or _REVIEWED.match(text, h.end - clause.start) or _REVIEWED.fullmatch(h.name)]
            # 成为千亿产业集群, 跻身百亿级企业: a size reached, no title conferred
            spans = [h for h in spans if h.cls is not HONOR or not _MAGNITUDE_OPENING.match(h.name)]
            out.extend(spans)
    for m in _BODY_GRANT.finditer(text):
        if not any(o.start < clause.start + m.end() + 2 and clause.start + m.end() < o.end for o in out):
            out.extend(h for h in _honor_spans(text, m.end(), clause, sentence, lex) if h.cls is HONOR)
    out = [m for m in out if m.cls is not HONOR or not _joined_grades(m)]  # 晋升为国家3A和4A级旅游景区: split by _titles
    extra = _level_kinds(text, clause, sentence, lex) + _rankings(text, clause, sentence) + _certified(text, clause, sentence, lex)
    extra += _labels(text, clause, sentence) + _hundreds(text, clause, sentence) + _descriptors(text, clause, sentence, lex)
    extra += _titles(text, clause, sentence) + _river_sections(text, clause, sentence, lex)
    extra = [k for k in extra if not _joined_grades(k)]
    found = out + [k for k in extra if not any(o.start < k.end and k.start < o.end for o in out)]
    ranked = {(k.start, k.end) for k in found if k.source == "honor-ranked"}
    # 我区进入全国工业百强区: a level and a kind after 进入 is also a ranking entered; the entry names its holder
    found = [k for k in found if k.source != "honor-counted" or (k.start, k.end) not in ranked]
    found = [_held_tail(_tidy(m), text, clause) for m in found]
    # 成为全省集聚度最高的地区, 成为首家税收过亿元企业: a result described, no title given
    # 荣获“双第一”: a position, quoted or not (CONVENTIONS 6)
    # 鲁班奖、国家优质工程奖等国家级大奖, 通过招标等方式: a list or a phrase, no one title
    # 成为与别国平等相处的模范, 为全省唯一入选的行政区: a clause opened by a function word
    # 荣获国家级大奖, 获得国际奖项, 入选白名单: a kind of prize or list in general, no one title
    # 获评全国示范, 评为省级先进: a level and a merit, no title; 获得自治区、某市“某某奖”: a level alone, no title
    found += _shared_levels(text, clause, sentence, found)
    # 认定市级甲企业、“乙”企业各5家: the level-shared 市级乙企业 stands for the bare 乙企业 found inside it
    found = [m for m in found if not any(
        n.source == _LEVEL_LISTED and n.start <= m.start and m.end <= n.end and n.name != m.name and n.name.endswith(m.name) for n in found
    )]
    # 获得自治区文明城市测评第一名: a place in an evaluation, no title (CONVENTIONS 6)
    found = [m for m in found if m.cls is not HONOR or not _EVALUATION_PLACE.match(text, m.end - clause.start)]
    return [
        m for m in found
        if m.cls is not HONOR or ("“" in m.surface or not _RESULT_PHRASE.search(m.name)) and not _POSITION.search(m.name)
        and not _GENERIC_PRIZE.fullmatch(m.name) and not _BARE_MERIT.fullmatch(m.name) and not _BARE_LEVEL.fullmatch(m.name)
        and not _LISTED.search(m.name) and not m.name.startswith(_FUNCTION_OPENINGS)
        and (not _described_role(m.name) or "“" in m.surface and "的" not in m.surface[m.surface.rfind("”") :])
    ]  # (登上“某某”排行榜的企业: a 的 after the quote describes a holder; “人民满意的公务员集体” stays)


_LEVEL_WORD = r"(?:国家级|自治区级|省级|市级|县级|区级)"
_COUNT_WORD = r"(?:(?:\d+|[一二三四五六七八九十两]+)[个家所处])"

#: Levels listed before the one that opens a title and sharing its kind, e.g. "4个省级、" in
#: "建成4个省级、12个市级美丽乡村示范村" (group 1: the levels with their counts; group 2: the title).
_LEVELS_BEFORE = re.compile(f"((?:{_COUNT_WORD}?{_LEVEL_WORD}[、和及])+){_COUNT_WORD}?({_LEVEL_WORD}[\u4e00-\u9fff]{{3,14}})")

#: A level alone and its count after a counted title, sharing its kind, e.g. "省级119家" in
#: "创建国家级现代农业产业园10家、省级119家" (group 1: the title; group 2: the later levels).
_LEVELS_AFTER = re.compile(f"({_LEVEL_WORD}[\u4e00-\u9fff]{{3,14}}?){_COUNT_WORD}((?:[、和及]{_LEVEL_WORD}{_COUNT_WORD})+)")

_ONE_LEVEL = re.compile(_LEVEL_WORD)

#: A level before a 、-list of kinds counted together by 各, e.g. "省级绿色工厂、数字化车间、工业设计中心各2个":
#: the level is every item's (group 1: the level; group 2: the first kind; group 3: the later items).
_LEVEL_LIST_EACH = re.compile(
    f"({_LEVEL_WORD})([\u4e00-\u9fff“”\"]{{2,14}}?)((?:[、和及][\u4e00-\u9fff“”\"]{{2,14}}?)+)各{_COUNT_WORD}"
)
_LIST_MARK = re.compile(r"[、和及]")
_LEVEL_LISTED = "honor-level-listed"  # the source of a title sharing a listed level (no holder: counted)


def _shared_levels(text: str, clause: Clause, sentence: int, found: Sequence[Mention]) -> list[Mention]:
    """Titles of other levels sharing the kind of a title found: 4个省级、12个市级美丽乡村示范村 names 省级美丽乡村示范村
    beside 市级美丽乡村示范村; 国家级现代农业产业园10家、省级119家 names 省级现代农业产业园. Each new title spans its
    level's words and is held as the title it shares the kind of (获评省级、市级文明单位: both the issuer's)."""
    titles = {(m.start - clause.start, m.end - clause.start): m for m in found if m.cls is HONOR}
    out: list[Mention] = []
    if not titles:
        return out  # most clauses: no title found, so no kind to share (and no need to run the two patterns)
    for pattern, levels_at, title_at in ((_LEVELS_BEFORE, 1, 2), (_LEVELS_AFTER, 2, 1)):
        for m in pattern.finditer(text):
            title = next((t for (s, e), t in titles.items() if s == m.start(title_at) and e <= m.end(title_at)), None)
            if title is None:
                continue  # only the kind of a title the rules accepted is shared
            kind = _ONE_LEVEL.sub("", title.name, count=1)
            if len(kind) < 3 or title.name[: len(title.name) - len(kind)] not in ("国家级", "自治区级", "省级", "市级", "县级", "区级"):
                continue
            for lv in _ONE_LEVEL.finditer(text, m.start(levels_at), m.end(levels_at)):
                name = lv.group(0) + kind
                if name != title.name and not any(o.name == name for o in out):
                    s = clause.start + lv.start()
                    out.append(Mention(HONOR, name, lv.group(0), sentence, s, clause.start + lv.end(), title.source))
    return out + _level_list_each(text, clause, sentence, found)


def _level_list_each(text: str, clause: Clause, sentence: int, found: Sequence[Mention]) -> list[Mention]:
    """Kinds listed after a level and counted together by 各 share the level: 新增省级绿色工厂、数字化车间各2个
    names 省级数字化车间 beside 省级绿色工厂. Only items ending in a title's head become titles (工业设计中心, a
    platform, stays out: CONVENTIONS 7), and only items with no level of their own."""
    out: list[Mention] = []
    heads = long_honor_heads() + tuple(_KIND_HEADS)
    names = {m.name for m in found if m.cls is HONOR}
    for m in _LEVEL_LIST_EACH.finditer(text):
        at = m.start(3)
        for item in _LIST_MARK.split(m.group(3))[1:]:
            at += 1
            kind = _QUOTE_MARKS.sub("", item)
            if kind.endswith(heads) and not _ONE_LEVEL.match(kind) and len(kind) >= 3 and not kind.endswith(_SITE_HEADS):
                name = m.group(1) + kind
                if name not in names and not any(o.name == name for o in out):
                    s = clause.start + at
                    out.append(Mention(HONOR, name, item, sentence, s, s + len(item), _LEVEL_LISTED))
            at += len(item)
    return out


#: An evaluation and a place in it right after a would-be title, e.g. "测评第一名" in "自治区文明城市测评第一名",
#: "考核中排名第三" in "某某示范县考核中排名第三": the words before name what was evaluated, no title held.
_EVALUATION_PLACE = re.compile(r"”?(?:测评|评比|考核|评选|评价|考评|评估)(?:中|工作中)?(?:第|前[\d一二三四五六七八九十]|排名|位列|名列|位居|居)")


#: A title cut off before its holder's kind: a qualifier of merit ending the name and one to three characters
#: after it up to a list mark or the clause's end, e.g. "示范" + "学校" in "依法治校示范学校、学法守法示范家庭".
_QUALIFIER_END = ("示范", "模范", "先进")

#: A level alone, the granting level of a prize shared by a list, e.g. "自治区" in "获得自治区、某某市“科技进步奖”":
#: a place, no title.
_BARE_LEVEL = re.compile(r"自治[区州县旗]|[省市县区州盟旗]")

#: A level with a qualifier of merit and no title, e.g. "全国示范" in "经验获评全国示范", "省级先进".
_BARE_MERIT = re.compile(r"(?:全国|全省|全市|全区|国家级?|省级?|市级?|县级?|区级)(?:示范|模范|先进)")
_HOLDER_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}(?=[、，,。；;]|等|称号|$)")


def _held_tail(m: Mention, text: str, clause: Clause) -> Mention:
    """An honor ending in a qualifier of merit (示范, 模范, 先进) with the holder's kind right after it:
    依法治校示范 -> 依法治校示范学校 (a title names what holds it: 示范县, 示范家庭, 先进单位)."""
    if m.cls is not HONOR or not m.name.endswith(_QUALIFIER_END) or m.surface != m.name:
        return m
    tail = _HOLDER_TAIL.match(text, m.end - clause.start)
    if tail is None:
        return m
    word = tail.group(0)
    return Mention(m.cls, m.name + word, m.surface + word, m.sentence, m.start, m.end + len(word), m.source)


#: A stretch of a river or lake named by the place it runs through, e.g. "黄河某某段", "某河（某某段）"
#: (group 1: the stretch as the index lists it).
_RIVER_SECTION = re.compile(
    r"([\u4e00-\u9fff]{1,6}?[河江湖溪渠海](?:（[\u4e00-\u9fff]{2,8}(?:段|部分)）|\([\u4e00-\u9fff]{2,8}(?:段|部分)\)|[\u4e00-\u9fff]{2,5}段))"
)

#: A whole river or lake listed beside stretches, e.g. "某某江" in "某河（某段）、某某江入选…" (group 1).
_WATER = re.compile(r"([\u4e00-\u9fff]{1,5}[河江湖溪海])(?=[、和及]|(?:成功|先后|分别|均|同时|双双)?[入获被荣列])")

#: What joins the stretches listed before an honor cue, or an adverbial between the last one and the cue.
_SECTION_JOIN = re.compile(r"、|和|及")
_SECTION_ADVERB = re.compile(r"(?:成功|先后|分别|均|同时|双双)?")


def _river_sections(text: str, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Stretches of rivers that open a clause and hold the honor the cue after them names, e.g. 某河（某某段）
    and 某江某某段 in "某河（某某段）、某江某某段入选全国美丽河湖优秀案例": each a Place."""
    out: list[Mention] = []
    pos = 0
    stretches = 0
    while True:
        m = _RIVER_SECTION.match(text, pos)
        if m is not None:
            stretches += 1
        else:
            m = _WATER.match(text, pos)  # 某河（某段）、某某江: a whole river listed beside a stretch
            if m is None:
                return []
        out.append(Mention(PLACE, m.group(1), m.group(1), sentence, clause.start + m.start(1), clause.start + m.end(1), "honor-holder"))
        join = _SECTION_JOIN.match(text, m.end())
        if join is None:
            break
        pos = join.end()
    adverb = _SECTION_ADVERB.match(text, m.end())
    cue = lex.cue_re.match(text, adverb.end() if adverb else m.end())
    if not stretches or cue is None or lex.cue_by_word[cue.group(0)].kind is not RelationKind.RECEIVED_HONOR:
        return []  # 某河某某段综合治理: a stretch worked on, no holder; 甲湖、乙湖入选: other rules decide
    return out


#: Characters jieba glues to a cue that follows them, so a cue starting inside their word is still one, e.g.
#: "再" in "再获评", "并" in "并入选", "均" in "均获评".
_CUE_LEADS = "再并均又还已曾先后同亦皆都被新"


#: Phrases with 的 inside a title (data: title_de_phrase), e.g. "人民满意的" in "人民满意的公务员集体".
_TITLE_DE_PHRASES = tuple(word_list(_WORDS, "title_de_phrase"))


def _described_role(name: str) -> bool:
    """Whether an unquoted honor is a role or a place described, no title: 人才的城市,
    以旅游业为主导产业的重点片区 (的 outside a title phrase), or a bare division (深圳市)."""
    rest = name
    for phrase in _TITLE_DE_PHRASES:
        rest = rest.replace(phrase, "")
    if "的" in rest[1:]:
        return True
    return any(d.name == name for d in gazetteer.division_by_name(name))


#: National titles of a city, county or village (data: national_title), longest first.
_TITLES = frozenset(word_list(_WORDS, "national_title"))

#: A national title wherever named, e.g. "国家森林城市" in "成功创建国家森林城市" (not inside a word
#: of letters or digits).
_TITLE = re.compile("|".join(map(re.escape, word_list(_WORDS, "national_title"))))


#: What after a scenic grade makes it a yardstick, not a title: "标准" in "5A级景区标准", "品牌" in "5A级景区品牌影响力".
_NOT_GRADE_TITLE = r"(?!标准|品牌|景观|创建标准)"

#: A scenic area's national grade, e.g. "国家5A级旅游景区", "4A级景区", "AAAA级景区" (not a yardstick, _NOT_GRADE_TITLE).
_SCENIC_GRADE = re.compile(r"(?:国家)?(?:[1-5]A|A{1,5})级(?:旅游)?景区" + _NOT_GRADE_TITLE)

#: Scenic grades joined before one 级 and kind, e.g. "国家3A和4A级旅游景区" (国家3A级旅游景区 and 国家4A级旅游景区):
#: group 1 the scope, group 2 the grades, group 3 the kind after 级.
_SCENIC_GRADES_JOINED = re.compile(r"(国家)?((?:[1-5]A[和、及与])+[1-5]A)级((?:旅游)?景区)" + _NOT_GRADE_TITLE)

#: One grade of a joined run, e.g. "3A" in "3A和4A".
_ONE_GRADE = re.compile(r"[1-5]A")

#: A first-of-its-kind certification of a product, with its level, e.g. "全省首台（套）重大技术装备", "国家首台套重大
#: 技术装备", "省首批次新材料", "首版次软件": a title wherever named, counted or received (the brackets kept).
_FIRST_OF_KIND = re.compile(
    r"(?:国家|全国|省级|全省|自治区|全区|市级|全市|省|市)"
    r"(?:(?:首台[（(]套[）)]|首台套)(?:重大技术)?装备|首批次(?:重点)?新材料|首版次(?:高端)?软件)"
    r"(?![\u4e00-\u9fff]{0,6}(?:目录|基地|保险|补偿|奖励|政策|推广|应用))"
)  # (支持首台（套）装备推广应用: a policy, no level, no title; 某某装备推广应用指导目录: the list is the title)


def _titles(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """National titles and scenic grades are titles wherever named (巩固国家卫生城市创建成果, 获评全国文明城市,
    新增4A级景区3家), like certification labels; a cue before one gives its holder (relations), not this rule."""
    # a scenic grade needs 景区 and a first-of-its-kind 首: most clauses hold neither, their patterns are not run
    runs = (_TITLE, _SCENIC_GRADE, _FIRST_OF_KIND) if "景区" in text and "首" in text else (
        (_TITLE, _SCENIC_GRADE) if "景区" in text else (_TITLE, _FIRST_OF_KIND) if "首" in text else (_TITLE,)
    )
    out = [
        Mention(HONOR, m.group(0), m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), "honor-counted")
        for pattern in runs
        for m in pattern.finditer(text)
    ]
    for m in _SCENIC_GRADES_JOINED.finditer(text) if "景区" in text else ():  # 国家3A和4A级旅游景区: a title per grade
        grades = list(_ONE_GRADE.finditer(text, m.start(2), m.end(2)))
        out = [o for o in out if not (clause.start + m.start() <= o.start < clause.start + m.end())]
        for i, g in enumerate(grades):
            s = m.start() if i == 0 else g.start()
            e = m.end() if i == len(grades) - 1 else g.end()
            name = f"{m.group(1) or ''}{g.group(0)}级{m.group(3)}"
            out.append(Mention(HONOR, name, text[s:e], sentence, clause.start + s, clause.start + e, "honor-counted"))
    return out


def _joined_grades(m: Mention) -> bool:
    """Whether a title found after a cue joins scenic grades (国家3A和4A级旅游景区): ``_titles`` splits it."""
    return _SCENIC_GRADES_JOINED.search(m.name) is not None


#: A footnote mark inside a name, e.g. "[5]" in "全国“一村一品”[5]示范村".
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")

#: A batch or the rest of a count opening an honor's name, e.g. "一批" in "一批绿色工厂", "以上" in
#: "以上市级工业旅游示范点" (after "2个").
_BATCH = re.compile(r"^(?:一大批|一批|以上)")

#: 等 closing a list, e.g. "等" in "政府采购百强县等国家级荣誉" (not a grade: 一等奖, 三级甲等, 平等).
_LISTED = re.compile(r"(?<![一二三四五六七八九十特甲乙丙优高同平中初])等")

#: Function words that open a clause, never a title (data: function_opening), e.g. "的" in "的行政区".
_FUNCTION_OPENINGS = tuple(word_list(_WORDS, "function_opening"))


#: A granter and its granting verb before a title (data: granting_verb), e.g. "中国信息协会颁发" in
#: "中国信息协会颁发2021政府信息化管理创新奖", "省政府授予的" in "省政府授予的科学技术进步奖".
_GRANTED_BY = re.compile(
    r"^[^“”\"]{2,16}?(?:" + "|".join(map(re.escape, word_list(_WORDS, "granting_verb"))) + r")的?(?=[^的]{3})"
)


#: A prize or list named only by its level and kind, e.g. "国家级大奖", "国家级和国际大奖", "国际奖项", "市级以上荣誉称号", "白名单",
#: "国家重大奖项", "次国家级大奖" (of 两次国家级大奖 cut after the count).
_GENERIC_PRIZE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两多几]+)?次?"
    r"(?:(?:(?:国家|省|市|县|区)级?(?:以上)?|国际|国内|全国性?|各级|各类|多项|多个|重要|重大|知名|顶级|权威|行业|最高)[和及、]?)*"
    r"(?:大奖|奖项|奖励|荣誉称号|荣誉|称号|白名单|名单|榜单)"
)

#: A description of an award fused before its name, e.g. "房地产领域国家级奖项" in "房地产领域国家级奖项广厦奖", "中国曲艺界最高奖"
#: in "中国曲艺界最高奖牡丹奖".
_PRIZE_DESCRIPTOR = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:奖项|大奖|最高奖)(?=[\u4e00-\u9fff“]{2,10}奖”?$)")


#: An edition of a recurring selection opening a title of the province's or the nation's, e.g. "第十一届" in
#: "第十一届省双拥模范县", "第九届" in "第九届全国双拥模范城" (the title is the same every round; an event's
#: own edition stays: 第十届中国艺术节群星奖).
_EDITION = re.compile(r"^第[一二三四五六七八九十\d]{1,3}届(?=(?:全国|国家|全省|省|自治区|全市)[\u4e00-\u9fff]{4})")


#: A second honor cue joined to the first title, e.g. "并入选" in "获评省级某某示范园区并入选全国某某名单": the title ends before it.
_CHAINED_CUE = re.compile(r"(?:并|并且|且|又|还)(?:被|成功|先后)?(?:入选|获评|荣获|获批|评为|被评为|列入|纳入|命名为|认定为|授予|跻身|入围)")


#: Counted holders and their cue opening a later title of a list, e.g. "4人获" in "1人获“某某英雄”、4人获“某某英雄群体”".
_COUNTED_HOLDERS = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[人个家项名所](?:荣获|获评|获得|获)")


#: A count of holders opening an honor's name, e.g. "30个" in "30个帮扶产业高质量发展典型案例" (after its granter
#: 农业农村部 was cut off); a top-N count (十大, 百佳) has no measure word and stays.
_LEAD_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[个家项](?=[\u4e00-\u9fff“]{4})")

#: A count of prizes right before the prize that ends an honor, e.g. "3项" in "某某国际发明展3项金奖".
_PRIZE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十两]+)[项个枚块](?=[金银铜]?奖$)")


#: A granter's approval and the entry verb before a title, e.g. "批准列入" in "获某组织批准列入世界地质公园网络名录",
#: "省政府批准列入" in "获省政府批准列入省级某某示范县", "准列入" in "获批准列入…" (获批 read as the cue): no part of the title.
_APPROVED_ENTRY = re.compile(r"^(?:[^“”]{0,12}?(?:批准|同意)|准)(?:列入|纳入|命名为|认定为|确定为|成为)")


def _tidy(m: Mention) -> Mention:
    """An honor's name without footnote marks ([5]), the aspect particle 了 glued before it
    (通过了省级优质服务先进县 -> 省级优质服务先进县), an edition (第九届全国双拥模范城 -> 全国双拥模范城) and a
    batch before it (一批绿色工厂 -> 绿色工厂)."""
    if m.cls is not HONOR:
        return m
    name = _FOOTNOTE.sub("", m.name)
    start = m.start
    if name.startswith("了") and len(name) > 3:
        name, start = name[1:], start + 1
    approved = _APPROVED_ENTRY.match(name)
    if approved and len(name) - approved.end() >= 4:
        name, start = name[approved.end() :], start + approved.end()  # 批准列入世界地质公园网络名录 -> 世界地质公园网络名录
    granted = _GRANTED_BY.match(name)
    if granted:
        name, start = name[granted.end() :], start + granted.end()
    described = _PRIZE_DESCRIPTOR.match(name)
    if described and m.surface.startswith(name[: described.end()]):
        name, start = name[described.end() :], start + described.end()  # 国家级奖项广厦奖 -> 广厦奖
    holders = _COUNTED_HOLDERS.match(name)
    if holders and len(name) - holders.end() >= 4:
        name, start = name[holders.end() :], start + holders.end()  # 4人获河北省见义勇为英雄群体: the holders and their cue
    count = _LEAD_COUNT.match(name)
    if count and f"“{count.group(0)}" not in m.surface and f'"{count.group(0)}' not in m.surface:  # “五个一工程”奖: quoted, the name
        name, start = name[count.end() :], start + count.end()  # 某部30个某某典型案例: the count of cases is no part
    inner = _PRIZE_COUNT.search(name)
    if inner and m.surface == m.name:
        name = name[: inner.start()] + name[inner.end() :]  # 某某发明展3项金奖 -> 某某发明展金奖: the count of prizes won
    edition = _EDITION.match(name)
    if edition:
        name, start = name[edition.end() :], start + edition.end()  # 第十一届省双拥模范县 -> 省双拥模范县
    source = m.source
    batch = _BATCH.match(name)
    if batch and len(name) - batch.end() >= 4:
        # 创建一批绿色工厂, 创建2个以上市级某某点: no part of the title, and held by several, not the issuer
        name, start, source = name[batch.end() :], start + batch.end(), "honor-counted"
    end = m.end
    chained = _CHAINED_CUE.search(name)
    if chained and chained.start() >= 4 and m.surface == m.name:
        name = name[: chained.start()]  # 省级某某示范园区并入选全国某某名单: the first title, the second has its own cue
        end = start + len(name)
    listed = _LISTED.search(name)
    if listed and listed.start() >= 4 and name[: listed.start()].endswith(long_honor_heads() + ("奖",)) and m.surface == m.name:
        name = name[: listed.start()]  # 国家优质工程奖等国家级大奖: the last title of the list
        end = start + len(name)
    if name == m.name:
        return m
    return Mention(m.cls, name, m.surface[start - m.start : end - m.start], m.sentence, start, end, source)


#: Verbs that enter a ranking, as an alternation, e.g. "进入" (two characters each: a look-behind below).
_RANKING_VERBS = "|".join(map(re.escape, word_list(_WORDS, "ranking_entry")))

#: A ranking list, e.g. "中国民营企业500强" after a year, punctuation or an entry verb.
_RANKING = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=" + _RANKING_VERBS + r")|(?<=[和及](?=[\u4e00-\u9fff]{2,12}?\d)))(?:(?:19|20)\d\d年?度?)?"
    r"((?:中国|全国|世界|全球|全省|亚洲)?[\u4e00-\u9fff]{2,12}?\d{2,4}强)(?=[和及、，,。；;等]|上榜|榜单|$)"
)

#: The last entry verb inside a ranking match, e.g. "进入" in "某集团进入中国企业500强".
_RANKING_ENTRY = re.compile(f".*(?:{_RANKING_VERBS})")

#: An entry verb right before a ranking (and its year), e.g. "进入" in "某集团进入2023中国企业500强".
_ENTERED = re.compile(f"(?:{_RANKING_VERBS})(?:(?:19|20)\\d\\d年?度?)?$")

#: A new something ending what 成为 names, e.g. "新品牌" in "成为旅游消费新品牌": a description, no title.
_NEW_THING = re.compile(r"新[\u4e00-\u9fff]{2}$")

#: An entry verb or an honor cue anywhere in a clause, e.g. "跻身" in "两家集团跻身中国企业500强": without one
#: a ranking names a group of firms (瞄准世界500强、国内500强), not a title held.
_ENTRY_OR_CUE = re.compile("|".join(map(re.escape, sorted({*word_list(_WORDS, "ranking_entry"), *lexicon().honor_entity_cues}, key=len, reverse=True))))

#: A kind certified and counted, e.g. "高新技术企业" in "新认定高新技术企业16家".
_CERTIFIED = re.compile(r"(?<=认定|评定)([\u4e00-\u9fff“”]{3,14}?)(?=\d+[余多]?[家个所项])")


#: Ends of a platform designation, optional at most (CONVENTIONS 7), e.g. "中心" in "认定省级企业技术中心8家".
_PLATFORM_ENDS = ("中心", "实验室", "工作站", "孵化器", "众创空间", "研究院", "研究所", "平台")

#: A level opening a kind certified and counted, e.g. "省级" in "认定省级共享农庄5家".
_CERTIFIED_LEVEL = re.compile(r"(?:国家级|省级|自治区级|市级|县级|区级)")


def _certified(text: str, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """A kind that is certified and counted is a title: 认定高新技术企业16家."""
    if "认定" not in text and "评定" not in text:
        return []
    out = []
    for m in _CERTIFIED.finditer(text):
        name = _QUOTE_MARKS.sub("", m.group(1))
        level = _CERTIFIED_LEVEL.match(name)
        if name.endswith(_KIND_HEADS) or name.endswith(long_honor_heads()) or (
            level and len(name) - level.end() >= 4 and "以上" not in name and not name.endswith(_PLATFORM_ENDS)
        ):
            # 认定省级共享农庄5家: a level and a kind certified and counted is a title, head word or not
            s = clause.start + m.start(1)
            out.append(Mention(HONOR, name, m.group(1), sentence, s, m.end(1) + clause.start, "honor-counted"))
    return out


#: An enterprise certification label with its level, quote marks dropped, e.g. "国家级专精特新小巨人企业"
#: (in the text 国家级专精特新“小巨人”企业); not a statistic's category (高新技术企业产值).
_LABEL = re.compile(
    "((?:" + "|".join(map(re.escape, word_list(_WORDS, "certified_level"))) + ")?"
    "(?:" + "|".join(map(re.escape, word_list(_WORDS, "certified_label"))) + "))"
    "(?!" + "|".join(map(re.escape, word_list(_WORDS, "label_not_before"))) + ")"
)

#: Quote marks inside a certification label, e.g. those of “小巨人” in 专精特新“小巨人”企业.
_LABEL_QUOTES = re.compile(r"[“”\"]")

#: What a certification label is read without: quote marks and footnote marks, e.g. "[6]" in "专精特新[6]企业".
_LABEL_DROPPED = re.compile(r"[“”\"]|\[\d{1,2}\]")

#: Words one of which a clause must hold to name a certification label (a quick test before the regex).
_LABEL_WORDS = ("企业", "小巨人", "单项冠军")


def _labels(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """Enterprise certification labels are titles even when only counted (CONVENTIONS 7):
    新增国家级专精特新“小巨人”企业12家, 高新技术企业突破2000家."""
    if not any(w in text for w in _LABEL_WORDS):
        return []
    dropped = {i for d in _LABEL_DROPPED.finditer(text) for i in range(d.start(), d.end())}
    kept = [i for i in range(len(text)) if i not in dropped]
    bare = "".join(text[i] for i in kept)
    out = []
    for m in _LABEL.finditer(bare):
        s, e = kept[m.start(1)], kept[m.end(1) - 1] + 1
        out.append(Mention(HONOR, m.group(1), text[s:e], sentence, clause.start + s, clause.start + e, "honor-counted"))
    return out


#: A 百强 ranking after a clause or list boundary or an entry verb, its year dropped, followed by
#: a rank position (group 2), a list mark (group 3) or, after an entry verb, the clause end (group 4), e.g. "某某全国县域百强" in "某某全国县域百强排名上升至第55位",
#: "全国某某百强县市" in "全国某某百强县市位列第50位".
_HUNDRED = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=" + _RANKING_VERBS + r"))(?:(?:19|20)\d\d年?度?)?"
    r"([\u4e00-\u9fff]{2,14}?百强(?:" + "|".join(map(re.escape, word_list(_WORDS, "hundred_tail"))) + r")?)"
    r"(?:(" + "|".join(map(re.escape, word_list(_WORDS, "rank_position"))) + r")|([、和及])|([，,。；;！!]|$))"
)


#: A year opening a ranking's name, e.g. "2023年度" in "2023年度全国工业百强区".
_YEAR = re.compile(r"(?:19|20)\d\d年?度?")

#: The last verb placing a holder inside a 百强 match, e.g. "稳居" in "龙华稳居全国工业百强区".
_PLACED = re.compile(".*(?:" + "|".join(map(re.escape, word_list(_WORDS, "placed_verb"))) + ")")


#: The first verb placing a holder inside a 百强 match, e.g. "进入" in "某大学进入某某大学排名百强" (where the last one,
#: 排名, is part of the ranking's name).
_PLACED_FIRST = re.compile(".*?(?:" + "|".join(map(re.escape, word_list(_WORDS, "placed_verb"))) + ")")


def _placed(name: str) -> re.Match[str] | None:
    """The holder and the verb placing it opening a 百强 match: up to the last placing verb, or up to the first
    when the last leaves less than a ranking's name (某大学进入某某大学排名百强: not cut at 排名); None when no
    verb leaves one (软科某某排名百强 after 进入: the verb stands before the match)."""
    placed = _PLACED.match(name)
    if placed and len(name) - placed.end() < 4:
        first = _PLACED_FIRST.match(name)
        return first if first and len(name) - first.end() >= 4 else None  # 软科某某排名百强: 排名 is the ranking's own word
    return placed


#: The issuer's own word or the rest of a count opening a 百强 match before its verb, e.g. "我县" in
#: "我县进入全国县域百强", "个" in "8个市场进入全国百强" (the match starts after the digit): the holder, not a lead word.
_OWN_OR_COUNTED = re.compile(r"(?:[我本][省市县区州旗]|[个家所座项])")


def _hundreds(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """百强 rankings a holder is placed in: 某某全国县域百强排名上升至第55位; items listed before one that is
    placed (甲百强县市、乙全国百强排名均进入50强) are placed too."""
    if "百强" not in text:
        return []
    lex = lexicon()
    found = []
    for m in _HUNDRED.finditer(text):
        probe = m.group(1)
        placed = _placed(probe)
        if placed and _OWN_OR_COUNTED.match(probe):
            probe = probe[placed.end() :]  # 我县进入全国县域百强, 8个市场进入全国百强: the holder and the verb before the ranking
        first = tokenize(probe[:4])[0].text
        if first in lex.lead_words or first in lex.boundary or first in lex.cue_words:
            continue  # 实施全国百强县巩固行动: a target, not a place held
        if GOAL_BEFORE.search(text, 0, m.start(1) + (placed.end() if placed else 0)):
            continue  # 我县力争进入全国百强: an aim, no ranking held yet
        found.append(m)
    out: list[Mention] = []
    for i, m in enumerate(found):
        if m.group(3) and not any(n.group(2) for n in found[i + 1 :]):
            continue  # 世界百强、上市公司: a list of kinds, nobody placed
        if m.group(4) is not None and not _ENTERED.search(text, 0, m.start(1)) and not _PLACED.match(m.group(1)):
            continue  # 争创全国百强: only an entry verb makes a clause-final ranking one that is held
        name, s = m.group(1), clause.start + m.start(1)
        placed = _placed(name)
        if placed:
            name, s = name[placed.end() :], s + placed.end()
            year = _YEAR.match(name)
            if year:
                name, s = name[year.end() :], s + year.end()
        if len(name) >= 4:
            out.append(Mention(HONOR, name, name, sentence, s, s + len(name), "honor-ranked"))
    return out


#: A ranking before the words that may name a company (group 3), e.g. "世界500强" in
#: "世界500强企业某某集团落户", "中国民营企业500强" in "中国民营企业500强某某集团等".
_DESCRIPTOR = re.compile(
    r"((?:世界|中国|全国|全球|亚洲)[\u4e00-\u9fff]{0,10}?\d{2,4}强)(企业)?"
    r"(?=([\u4e00-\u9fffA-Za-z]{2,20}))"
)


def _descriptors(text: str, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """A ranking before a company describes it (世界500强企业某某集团): the ranking is a title the
    company holds, the company's name is no part of it."""
    if "强" not in text:
        return []
    out = []
    for m in _DESCRIPTOR.finditer(text):
        rest = m.group(3)
        if any(suffix_class(rest[:k], lex) is ORG and _proper_name(rest[:k], lex) for k in range(len(rest), 3, -1)):
            s = clause.start + m.start(1)
            out.append(Mention(HONOR, m.group(1), m.group(1), sentence, s, s + len(m.group(1)), "honor-descriptor"))
    return out


def _proper_name(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` opens with a proper word and holds no verb: 恒力集团, not 跨国公司, 研发中心 or 设立…中心."""
    toks = tokenize(name)
    if not is_proper_token(toks[0]) or toks[0].text in lex.generic_words or all_generic(name, lex):
        return False
    return not any(t.tag in VERB_TAGS or t.tag == "vn" for t in toks)


def _rankings(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """Ranking lists as titles: 2024中国民营企业500强和民营企业制造业500强."""
    if "强" not in text:
        return []
    out = []
    lex = lexicon()
    if not _ENTRY_OR_CUE.search(text):
        return []  # 世界500强、国内500强…纷纷伸出合作之手, 引进世界500强: a group of firms, no title held
    for m in _RANKING.finditer(text):
        name, s = m.group(1), clause.start + m.start(1)
        entry = _RANKING_ENTRY.search(name)
        probe = name[entry.end() :] if entry and _OWN_OR_COUNTED.match(name) else name  # 14家企业上榜某某500强
        first = tokenize(probe[:4])[0].text
        if first in lex.lead_words or first in lex.boundary or first in lex.cue_words:
            continue  # 瞄准世界500强, 支持某企业进入世界500强: a target, not a title held
        if entry:
            name, s = name[entry.end() :], s + entry.end()  # 某集团进入中国企业500强: the holder and the verb are no part
            if len(name) < 4:
                continue
        # 甲、乙进入全市某某前50强: entered by the holders named before the verb
        entered = entry or _ENTERED.search(text, 0, m.start())
        out.append(Mention(HONOR, name, name, sentence, s, s + len(name), "honor-ranked" if entered else "honor-counted"))
    return out


#: A level-prefixed category, optionally counted before or after: "1个省级现代农业产业园",
#: "国家制造业单项冠军44家", "国家一级博物馆". The head is checked against the honor heads.
_LEVEL_KIND = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十两]+)[个家])?((?:国家级|省级|市级|县级|国家|全国)[^，,。；;、（）()\s]{2,16}?)"
    r"(?=(?:[（(][^）)]{1,6}[）)])?(?:\d+[余多]?[家个所项]|行列|[，,。；;、]|$))"
)

#: A level-prefixed kind that opens a clause and is then counted: "国家高新技术企业超过4100家",
#: "国家级高新技术企业总量超5万家". The head is checked against the kind heads.
_LEVEL_KIND_COUNTED = re.compile(
    r"^((?:国家级|省级|国家)[\u4e00-\u9fff]{2,14}?)"
    r"(?=(?:总量|总数|数量|数)?(?:超过|超|达到|达|增至|增加到|突破|累计达)\d+(?:\.\d+)?万?[余多]?[家个所])"
)


def _level_kinds(text: str, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Titles shaped as a level and a kind after a title verb (认定国家级高新技术企业16家) or
    opening a clause that counts them (国家高新技术企业超过4100家)."""
    out: list[Mention] = []
    counted = _LEVEL_KIND_COUNTED.match(text)
    if not counted and (not lex.honor_entity_cues or not word_re(lex.honor_entity_cues).search(text)):
        return out
    for m in _LEVEL_KIND.finditer(text) if not counted else [counted]:
        before = text[: m.start()]
        if not counted and not before.endswith(lex.honor_entity_cues) and not (
            before.endswith("、") and word_re(lex.honor_entity_cues).search(before)
        ):  # 新增甲企业50家、国家某某冠军44家: an item of a list the verb governs
            continue
        name = _QUOTE_MARKS.sub("", m.group(1))
        if not name.endswith(long_honor_heads()) and not name.endswith(_KIND_HEADS) or name.endswith(_SITE_HEADS):
            continue  # 建成国家湿地公园2个: a site built, no title
        kind = HONOR_LEVEL.sub("", name, count=1)
        if kind.startswith(("首个", "首家", "首批", "唯一", "第一")):
            continue  # 全国首个某某基地: a first, not a title
        if len(kind) < 4 or kind in lex.generic_names or kind in _KIND_HEADS:
            continue  # 省级企业: a level and a bare kind name no title
        s = clause.start + m.start(1)
        out.append(Mention(HONOR, name, m.group(1), sentence, s, s + len(m.group(1)), "honor-counted"))
    return out


#: Heads of a designated site, e.g. "公园" in "国家湿地公园": a title only after an honor cue, never as a
#: level and a kind after a verb of building or counting.
_SITE_HEADS = tuple(word_list(_WORDS, "site_head"))

#: Kinds that a level makes a title (国家一级博物馆, 省级现代农业产业园, 国家制造业单项冠军).
_KIND_HEADS = word_list(_WORDS, "kind_head")


#: A conjunction between titles, e.g. "和" in "甲示范县和乙先进县" (not the 和 of 和谐, 和美乡村, 和美海岛).
_CONJUNCTION = re.compile(r"(和(?!谐|美乡村|美海岛)|及(?!时)|、)")


#: A scope that opens a title of its own, so the level of the title before it does not carry over, e.g.
#: "中国" in "获评国家某某示范区和中国最美某某名城", "新时代" in "…和新时代某某名城".
_OWN_SCOPE = re.compile(r"中国|中华|世界|全球|亚洲|国际|联合国|新时代")


def _coordinated(span: str) -> list[str]:
    """``span`` split at its conjunctions, kept as parts (like ``re.split`` with a group), except
    at 和 and 及 inside quotes: “省市共建和谐劳动关系综合试验区” is one title (“甲、乙” are two)."""
    parts = _CONJUNCTION.split(span)
    out: list[str] = []
    depth = 0
    brackets = 0  # 全国法治县（市、区）创建活动先进单位: every conjunction inside brackets is the title's own
    for part in parts:
        if out and (brackets > 0 or depth > 0 and part != "、" and not out[-1].endswith("、")):
            out[-1] += part
        else:
            out.append(part)
        depth += part.count("“") - part.count("”")
        brackets += part.count("（") + part.count("(") - part.count("）") - part.count(")")
    return out


#: A national or provincial scope opening a quoted name after 成为, e.g. "全国" in "成为“全国示范性基层电大”".
_NATIONAL_LEVEL = re.compile(r"(?:全国|国家级|国家|全省|省级)[\u4e00-\u9fff]{3}")


#: What a title won is built around, between the cue and a title with a level, e.g. "以智慧农业为核心的" in
#: "成功创建以智慧农业为核心的省级农业科技园区": no part of the title (a clause opening with 以 names none otherwise).
_DESCRIBED_BY = re.compile(
    r"^以[^，,。；;“”]{1,14}?为(?:核心|主体|龙头|引领|特色|主导|重点|支撑|依托|主题)(?:产业)?的"
    r"(?=(?:国家级|省级|自治区级|市级|县级|全国|国家|全省|全市|省|市)[\u4e00-\u9fff]{3})"
)


#: A 、 that opens the next holder's own clause, its cue after the holder's name, e.g. "、乙路被评为" in
#: "甲镇被命名为省某某示范乡、乙路被评为省某某示范路": the titles of the cue before end at it.
_NEXT_HOLDER_CLAUSE = re.compile(
    r"、[^、，,；;。“”]{2,14}?(?:被|成功|先后|均|也|还)?(?:评为|命名为|认定为|确定为|列为|获评|入选|荣获|荣膺|创成|跻身|晋升为)"
)


def _honor_spans(text: str, begin: int, clause: Clause, sentence: int, lex: Lexicon, cue: str = "") -> list[Mention]:
    out = []
    span = text[begin:]
    span = re.split(r"[。；;，,]", span, maxsplit=1)[0]
    clause_after = _NEXT_HOLDER_CLAUSE.search(span)
    if clause_after:
        span = span[: clause_after.start()]  # 甲镇被命名为某某示范乡、乙路被评为…: the item after 、 is a holder's own clause
    frame = _FRAME_END.search(span)
    if frame:
        span = span[: frame.start()]  # 以创建全国文明城为主线: the frame's words are no part of the title
    pos = begin
    described = _DESCRIBED_BY.match(span)
    if described:
        span, pos = span[described.end() :], pos + described.end()  # 创建以某某为核心的省级农业科技园区: the title after 的
    level = ""
    prev = ""  # the last title found in the span
    parts = _joined_topics(_coordinated(span), lex)
    respective = bool(_RESPECTIVE_CUE.search(text, 0, begin))
    for i, part in enumerate(parts):
        if part in ("和", "及", "、"):
            pos += len(part)
            continue
        cut = _honor_cut(part, lex)
        shared_tail = ""
        if cut < len(_TITLE_WORD_TAIL.sub("", part)) and respective and i + 2 < len(parts) and parts[i + 1] == "、" and HONOR_LEVEL.match(part) and patterns.HAS_HAN.search(part[-1]):
            # 甲、乙分别入选国家某某改革、某某发展示范城市: a first title not ending in a head of its own (国家公立医院改革
            # ends in no head, though 医院 is one) shares the qualified head of the next one
            later = parts[i + 2][: _honor_cut(parts[i + 2], lex)]
            tail = _QUALIFIED_HEAD.search(later)
            if tail and len(part) >= 6:
                shared_tail, cut = tail.group(0), len(part)
        core = _TITLE_WORD_TAIL.sub("", part)
        kind_title = cut < len(core) and cue in _KIND_TITLE_CUES and _kind_title(core)
        if kind_title:
            # 获评省级特色高中 (no honor head), 被认定为国家级企业技术中心 (not cut at 企业): a level and a kind of unit
            cut = len(core)
        if not cut and _short_merit_title(prev, part):
            cut = len(part)  # 全国某某模范集体和模范个人: a merit word and a kind of holder share the title before
        quoted = None if cut else _TITLE_QUOTE.match(part)
        if quoted and (
            quoted.start(1) > 1 or text[:begin].endswith(_TITLE_VERBS)
            or cue == _BECOME and _NATIONAL_LEVEL.match(quoted.group(1)) and not GOAL_BEFORE.search(text, 0, begin - len(cue))
        ):
            # 获认定为“第四批某某园”: a quoted name conferred is a title, head word or not; so is a quoted
            # national or provincial name become (成为“全国示范性基层电大”), not one aimed at (努力成为“全国…”)
            cut = quoted.end(1) + 1
        if "”“" in part[:cut] or part[:1] in GLUED_PREPOSITIONS:
            cut = 0  # “甲”“乙奖”: two titles, each taken from its quotes; 以企业为主体…: a clause, no title
        if cut:
            raw = part[:cut]
            lead = COUNT.search(raw)
            offset = 0
            if lead and lead.start() == 0:
                offset = lead.end()
            verb = quoted.start(1) - 1 if quoted and not offset else 0  # the verb before the quote is no part of the title
            offset += verb
            name = raw[offset:]
            name = patterns.QUOTED.sub(lambda m: next(g for g in m.groups() if g is not None), name)
            name = _QUOTE_MARKS.sub("", name)  # 国际图联“绿色图书馆奖”亚军: a quote cut in two
            name += shared_tail
            if name.startswith("为") and len(name) > 4:
                name, offset = name[1:], offset + 1  # 创建为省级某某: 为 belongs to the verb
            approved = next((v for v in _APPROVED_VERBS if name.startswith(v)), "")
            if approved and len(name) - len(approved) >= 4:
                name, offset, verb = name[len(approved) :], offset + len(approved), verb + len(approved)  # 获批建设某某重点城市: approved as the title
            inner = _INNER_COUNT.match(name)
            if inner and "“" not in raw and len(name) - inner.end() >= 4:
                name, offset = name[inner.end() :], offset + inner.end()  # 创建了5个国家某某集群: the count is no part
            scope = _HONOR_SCOPE.match(name)
            scoped = 0
            if scope and len(name) - scope.end() >= 3:
                scoped = scope.end()  # 全国区县级城区唯一2022某某奖: the scope is no part of the title
                offset += scoped
                name = name[scoped:]
            stem = _shared_stem(prev, name)
            if stem:
                name = stem + name  # 全国甲示范街道、示范社区 → 全国甲示范社区: the short title shares the stem before it
            lm = HONOR_LEVEL.match(name)
            if lm:
                level = lm.group(0)
            elif level and not HONOR_LEVEL.search(name) and not _OWN_SCOPE.match(name) and not (scoped and _YEAR.match(raw, offset - scoped)):
                # 省级未来社区、未来乡村 → 省级未来乡村; a part with a year of its own opens its own title
                # (2023年全国甲百强县、2023年中部乙百强县: 中部乙百强县, not 全国中部…)
                name = level + name
            holder = HONOR_LEVEL.search(name, 2)
            if holder and suffix_class(name[: holder.start()], lex) in (PLACE, ORG):
                h = name[: holder.start()]
                hs = clause.start + pos + offset
                out.append(Mention(suffix_class(h, lex) or PLACE, h, h, sentence, hs, hs + len(h), "honor-holder"))
                name = name[holder.start() :]
                offset += holder.start()
            body = _granting_body(name, lex)
            if body:
                # 获评工信部智能制造试点示范工厂: the ministry grants the title and is no part of it
                bs = clause.start + pos + offset
                out.append(Mention(ORG, body, body, sentence, bs, bs + len(body), "honor-granter"))
                name = name[len(body) :]
                offset += len(body)
            if name.endswith(_SITE_HEADS) and not HONOR_LEVEL.match(name) and not _OWN_SCOPE.match(name):
                name = ""  # 创建某某国家考古遗址公园: a named site, a Place of its own, no title
            if (
                3 <= len(name) <= MAX_LEN[HONOR] and patterns.HAS_HAN.search(name) and (not all_generic(name, lex) or name in _TITLES or _levelled_kind(name))
                and name not in lex.not_titles and name not in lex.honor_heads  # 创建示范区获批筹建: a bare head names no title
            ):
                s = clause.start + pos + offset
                source = "honor-counted" if offset - scoped - verb and not out else "honor"
                if lead and lead.start() == 0:
                    source = "honor-counted"  # 2个省级样板镇: held by several places, not the issuer
                elif kind_title:
                    source = "honor-kind"  # held by the unit the clause names, never by the issuer's region
                out.append(Mention(HONOR, name, text[pos + offset : pos + cut], sentence, s, clause.start + pos + cut, source))
                prev = name
        pos += len(part)
    return out


#: 分别 right before the cue whose titles a span names, e.g. "分别入选" in "甲、乙分别入选国家某某、某某示范城市".
_RESPECTIVE_CUE = re.compile(r"分别[^，,；;。、]{0,4}$")

#: The qualified head ending a title, shared by a headless title listed before it when the holders take the titles
#: respectively, e.g. "示范城市" in "某某发展示范城市", "试点县" in "某某改革试点县".
_QUALIFIED_HEAD = re.compile(r"(?:示范|试点|先进|模范|重点)[\u4e00-\u9fff]{0,3}$")


#: Cues after which a level and a kind of unit with no honor head is a title (data: kind_title_cue), e.g.
#: "获评" in "某某一中获评省级特色高中".
_KIND_TITLE_CUES = frozenset(word_list(_WORDS, "kind_title_cue"))

#: A level, an optional grade and a kind of unit filling the span after such a cue, e.g. "国家级临床重点专科",
#: "省级五星级养老机构", "国家一级图书馆" (Han characters only: no count, year or rank).
_KIND_TITLE = re.compile(r"(?:国家级|省级|市级|县级|国家|全国|全省|全市)(?:[一二三四五]星级|[一二三]级)?[\u4e00-\u9fff]{4,10}")

#: What makes such a span a first, a grade or a result rather than a kind (全省首家某某馆, 国家优秀等次, 考核优秀).
_NOT_KIND_TITLE = re.compile(r"首家|首个|首批|唯一|等次|等级|考核|评价|优秀$|先进$|第[一二三四五六七八九十]")


def _kind_title(part: str) -> bool:
    """Whether ``part`` is a level and a kind of unit ending in a noun (省级特色高中, 国家级工业设计中心), not a
    first (全省首家…), a grade (国家优秀等次) nor a phrase that ends in a verb (全省对外开放)."""
    if not _KIND_TITLE.fullmatch(part) or _NOT_KIND_TITLE.search(part):
        return False
    toks = tokenize(part)
    return bool(toks) and toks[-1].tag[:1] in ("n", "s") and toks[-1].tag != "nr" and len(toks[-1].text) >= 2


#: A level opening a title named after a cue, e.g. "国家级" in "被评为国家级农业龙头企业".
_TITLE_LEVEL = re.compile(r"(?:国家级|省级|市级|县级|国家|全国|全省|全市)")


def _levelled_kind(name: str) -> bool:
    """Whether a title of generic words after a cue is one by its level: 国家级农业龙头企业 (a level and four
    characters of kind or more), not a prize of a level in general (国家级大奖, 省级荣誉称号) nor a range of
    levels (市级以上专业合作示范: a count of titles of several levels)."""
    level = _TITLE_LEVEL.match(name)
    return (
        level is not None and len(name) - level.end() >= 4 and not name.startswith("以上", level.end())
        and not _GENERIC_PRIZE.fullmatch(name)
    )


def _shared_stem(prev: str, name: str) -> str:
    """The words of the title before that a short coordinated title shares: "全国甲" for "示范社区" after
    "全国甲示范街道" (its first two characters stand in the title before, after a stem of two or more),
    "某办甲" for "优秀案例" after "某办甲十佳案例" (a word of merit and the same head); "" when ``name`` is a
    title of its own."""
    if not prev or len(name) > 4 or HONOR_LEVEL.match(name):
        return ""
    at = prev.rfind(name[:2])
    if at >= 2 and prev[at:] != name:
        return prev[:at]
    if len(name) == 4 and len(prev) >= 8 and prev[-2:] == name[-2:] and prev[-4:] != name and (
        name.startswith(_MERIT_WORDS) and prev[-4:-2].startswith(_MERIT_WORDS)
    ):
        level = HONOR_LEVEL.match(prev)
        if level and level.group(0) + name in _TITLES:
            return level.group(0)  # 全国双拥模范城市和文明城市: a national title of its own shares the level only
        return prev[:-4]  # 某办某某十佳案例和优秀案例: two ranks of merit before one head share the stem
    if 3 <= len(name) <= 4 and name.endswith("奖") and len(prev) >= len(name) + 4 and prev[-2:] == name[-2:] and prev[-len(name) :] != name:
        return prev[: -len(name)]  # “某某音乐节”器乐金奖和声乐金奖, 某某进步二等奖和一等奖: one prize, two categories or grades
    return ""


#: A word of merit and a kind of holder after a title of the same merit, e.g. "模范个人" after
#: "全国某某进步模范集体" (no honor head of its own: 个人 ends no title), "先进个人" after "…先进集体".
_SHORT_MERIT = re.compile(r"(?:模范|先进|优秀)(?:个人|工作者|人物|家庭|集体)")


def _short_merit_title(prev: str, part: str) -> bool:
    """Whether ``part`` is a short coordinated title sharing the stem of ``prev``: 模范个人 after 某某模范集体."""
    return bool(prev) and bool(_SHORT_MERIT.fullmatch(part)) and prev.rfind(part[:2]) >= 2 and not prev.endswith(part)


#: What closes a frame around a title, e.g. "为主线" in "以创建全国文明城为主线", "向…转变" in
#: "推动创建文明城市向建设城市文明转变".
_FRAME_END = re.compile(r"为(?:主线|抓手|载体|契机|突破口|切入点)|向[^，。；]{1,12}(?:转变|迈进|跨越|转型)")


def _joined_topics(parts: list[str], lex: Lexicon) -> list[str]:
    """Coordinated parts with a 和/及 that joins two topics inside one title put back together: in
    国家级夜间文化和旅游消费集聚区 the left part 国家级夜间文化 names no title of its own (no head word), so
    the 和 joins words of one title, not two titles (甲示范县和乙先进县, 甲工程项目和全国乙示范项目 stay two)."""
    out: list[str] = []
    for part in parts:
        if (
            len(out) >= 2
            and out[-1] in ("和", "及")
            and out[-2] not in ("和", "及", "、")
            and not _honor_cut(out[-2], lex)
            and not _TITLE_QUOTE.match(out[-2])
            and _ends_title(part, lex)  # 甲创新和乙企业创新能力提升工程: the title must run to the part's end
            and not HONOR_LEVEL.match(part)  # 甲工程项目和全国乙示范项目: a scope opens a second title
            and not _LABEL.match(_LABEL_QUOTES.sub("", part))  # 甲创新和科技型中小企业: a certified kind of its own
        ):
            out[-2:] = [out[-2] + out[-1] + part]
        else:
            out.append(part)
    return out


def _ends_title(part: str, lex: Lexicon) -> bool:
    """Whether a title found in ``part`` runs to its end, bar the word 称号 or 之一: 旅游消费集聚区, 先进市称号."""
    cut = _honor_cut(part, lex)
    return bool(cut) and (cut == len(part) or part[cut:] == _ONE_OF or _TITLE_WORD_TAIL.fullmatch(part[cut:]) is not None)


#: "One of" after a title, e.g. in "甲和乙节能检测示范城市之一": the title still runs to the part's end.
_ONE_OF = "之一"


def _granting_body(name: str, lex: Lexicon) -> str:
    """The central body (three characters or more) an honor name opens with, if more than four
    characters of title other than a bare head word follow it: "工信部" in "工信部智能制造试点示范工厂";
    else "" (also for 国务院督查激励)."""
    for k in range(min(len(name) - 4, 12), 2, -1):
        if name[:k] in lex.central_bodies and name[k:] not in lex.honor_heads and len(name) - k > 4:
            # 国务院督查激励: a bare head names no title; 国家卫健委典型案例: a rest of four characters is too
            # generic to stand alone, the title keeps its body
            return name[:k]
    return ""


#: A scope before a title, e.g. "全国区县级城区唯一2022" in "全国区县级城区唯一2022地方政府创新奖",
#: "全国唯一的" in "全国唯一的中国楹联文化县", "全国首个" in "全国首个社会工作标准化服务试验区", "全省唯一一家" in
#: "全省唯一一家首批国家级产业园", "我省第一家" in "我省第一家国家级现代农业产业园" (a descriptor,
#: CONVENTIONS 3; 首批 names a batch and stays).
_HONOR_SCOPE = re.compile(
    r"^(?:[^唯]{0,10}唯一(?:一[个家所])?的?|(?:全国|全省|全市|全区|国内|省内|世界|全球|我省|我市)(?:首|第一)[个家所]的?)?(?:(?:19|20)\d\d年?度?)?"
)

#: A description of a result rather than a title (unquoted): a superlative with 的 ("集聚度最高的地区"),
#: a money threshold ("税收过亿元", "产值超过2000亿元"), or an epidemic risk level ("全域低风险地区").
_RESULT_PHRASE = re.compile(r"最[\u4e00-\u9fff]{1,4}的|过[\d.]*[百千万亿]+元?|[\d.]+[万亿]元|风险地?区$")

#: Verbs that confer the quoted name after them as a title (data: title_verb).
_TITLE_VERBS = tuple(word_list(_WORDS, "title_verb"))

#: A quoted name right after a title verb (or at the start, the verb being the cue), ending the
#: clause or followed by 称号/等/之一, e.g. "认定为“第四批某某轻工园”", "获评“某某最美公路”之一" (group 1: the name).
_TITLE_QUOTE = re.compile(
    "^(?:被?(?:" + "|".join(map(re.escape, _TITLE_VERBS)) + "))?“([^“”]{2,20})”(?=(?:等|荣誉|之一)*(?:称号)?$)"
)

#: A bare position ending a name, e.g. "第一" in "双第一", "第一名" in "某某评估第一名", or a streak opening it,
#: e.g. "四连冠" in "成为全省唯一“四连冠”区县" (CONVENTIONS 6, 32: positions and streaks name no title).
_POSITION = re.compile(r"第[一二三四五六七八九十\d]+名?$|^[一二三四五六七八九十两\d]+连冠")

#: A top-N list that fills what follows an honor cue, e.g. "中国社区治理十大创新成果".
_TOP_LIST = re.compile(r"^[\u4e00-\u9fff]{1,14}(?:十大|十佳|百佳|十强|百优|十优)[\u4e00-\u9fff]{1,10}$")

#: Words before a level that count the holders, e.g. "了5个" in "了5个国家先进制造业集群",
#: "我省第2个" in "我省第2个国家某某集群" (a batch, 第二批, stays in the title).
_INNER_COUNT = re.compile(r"^.*(?:\d+|[一二三四五六七八九十两]+)[个家项](?=国家|省级|省|市级|全国)")

#: The word 称号 ("title") after a title's name, e.g. "等称号" in "省级工业电商示范县等称号", "光荣称号" in
#: "全国双拥模范城光荣称号", "荣誉" after a quoted title in "“第七次全国人口普查先进集体”荣誉".
_TITLE_WORD_TAIL = re.compile(r"(?:等(?:一系列|多项|多个|系列)?)?(?:(?:荣誉|光荣)?称号|(?<=”)荣誉)$")

#: Quote marks left in an honor name, e.g. the opening one of “绿色图书馆奖”亚军.
_QUOTE_MARKS = re.compile(r"[“”\"《》「」]")


def _honor_cut(part: str, lex: Lexicon) -> int:
    """Length of the honor at the start of ``part``: up to its last honor head word."""
    best = 0
    first = tokenize(part[:6])
    if first and first[0].tag in VERB_TAGS and (first[0].text in lex.boundary or first[0].text in lex.lead_words):
        return 0  # 获批设立某保税区: approval to set something up, not a title
    for head in lex.honor_heads + _CUE_HEADS:
        i = part.rfind(head)
        if len(head) == 1 and i >= 0 and i + 1 < len(part) and patterns.HAS_HAN.match(part, i + 1):
            i = -1  # 市级重点区域: a one-character head must end the title
        if i >= 0 and part.startswith("性", i + len(head)):
            i = -1  # 河北省示范性青少年校外活动中心: 示范性 qualifies what follows, it ends no title
        if i >= 0 and head in _CUE_HEADS and (
            patterns.HAS_HAN.match(part, i + len(head)) or not (HONOR_LEVEL.search(part, 0, i) or "批" in part[:i])
        ):
            i = -1  # 推行产业园区, 通过某某新材料产业园…带动: a park named, no title (全市首批某某产业园 is one)
        if i >= 0 and i + len(head) > best:
            best = i + len(head)
    if best and part.count("“", 0, best) > part.count("”", 0, best):
        close = part.find("”", best)
        best = close + 1 if close > 0 else best  # 全国“品牌之都”: a title ends at its closing quote
    if best and part.count("（", 0, best) > part.count("）", 0, best):
        close = part.find("）", best)
        best = close + 1 if close > 0 else best  # 全国某某示范省（区）: a bracket ends the title it opened
    rank = _RANK_AFTER_LIST.search(part, 0, best) if best else None
    if rank and rank.start() >= 4:
        best = rank.start()  # “中国某某百强榜”前五强: the rank within the list is no part of its name (CONVENTIONS 5)
    tail = _TITLE_WORD_TAIL.search(part, 0, best) if best else None
    if tail and tail.start() >= 4:
        best = tail.start()  # 全国双拥模范城称号: the title is 全国双拥模范城
    if not best and _TOP_LIST.match(part) and not lex.cue_re.search(part):
        best = len(part)  # 入选年度中国科学十大进展: a top-N list ending the clause, head word or not
    core = _TITLE_WORD_TAIL.sub("", part)
    if not best or part[:best].endswith(_MERIT_WORDS) or best > len(core) and core.endswith(_MERIT_WORDS):
        merit = _MERIT_TITLE.fullmatch(core)
        if merit and not merit.group(2).endswith(_NOT_MERIT_KINDS):
            best = len(core)  # 被评为全国模范检察院: a scope, a word of merit and a kind of unit (not cut at 模范)
    if best and part.startswith(_NOMINATION, best):
        best += len(_NOMINATION)  # 获全国文明城市提名: a nomination, not the title itself
    if best and part[best - 1] == "奖" and part.startswith(_REWARD_TAIL, best):
        return 0  # 获省资金奖励92万元: a money reward, no award's name
    if best and len(part[:best]) >= 3:
        return best
    return 0


#: Heads that end a title only after an honor cue (data: cue_head), e.g. "名园" in "获评全市首批特色软件名园".
_CUE_HEADS = tuple(word_list(_WORDS, "cue_head"))

#: A rank within a list right after the list's name, e.g. "前五强" in "跻身“中国某某百强榜”前五强".
_RANK_AFTER_LIST = re.compile(r"(?<=[榜单”])前[\d一二三四五六七八九十百]+(?:强|名|位)$")


#: Characters after 奖 that make it a money reward or grant, not an award, e.g. "励" in "获省资金奖励",
#: "补" in "争取奖补资金".
_REWARD_TAIL = ("励", "补", "金")


#: A nomination right after a title's head, e.g. "提名" in "获全国文明城市提名" (a nomination is what is held).
_NOMINATION = "提名"


#: Verbs of what a holder is approved to do right after the cue, e.g. "建设" in "获批建设全国足球发展重点城市".
_APPROVED_VERBS = tuple(word_list(_WORDS, "approved_verb"))

#: Words of merit (data: merit_word), e.g. "模范" in "全国模范检察院".
_MERIT_WORDS = tuple(word_list(_WORDS, "merit_word"))

#: A title of merit with no honor head: a scope, a merit word, a kind of unit, e.g. "全国模范检察院",
#: "粤桂协作优秀商会" (not "优秀等次": the merit word must not open the part).
_MERIT_TITLE = re.compile(
    f"([\u4e00-\u9fff]{{2,10}}?)(?:{'|'.join(map(re.escape, word_list(_WORDS, 'merit_word')))})([\u4e00-\u9fff]{{2,6}})"
)

#: What a merit word may precede that is a grade or a result, not a kind of unit (优秀等次, 先进水平).
_NOT_MERIT_KINDS = ("等次", "等级", "成绩", "水平", "经验", "做法", "作用", "文化", "理念", "技术", "表彰", "殊荣", "荣誉", "称号")


#: A cue that aims at the title after it, e.g. "积极创建" in "积极创建国家生态文明建设示范区", "争创" in
#: "争创全国文明城市", "争取获批" in "争取获批国家级现代农业产业园", "支持…创建" in "支持甲市、乙市创建国家级
#: 高新区" (the places listed between the goal and its verb); group 1 is a held word between a goal
#: and its verb ("成功" in "力争成功创建"), which makes the title held after all.
_AIM_CUE = re.compile(
    "(?:(?:" + "|".join(map(re.escape, word_list(_GOALS, "goal_lead"))) + ")[^，,；;。！？]{0,10}?"
    "(" + "|".join(map(re.escape, word_list(_GOALS, "held_word"))) + ")?"
    "(?:" + "|".join(map(re.escape, word_list(_GOALS, "goal_target_verb"))) + ")"
    "|" + "|".join(map(re.escape, sorted(word_list(_GOALS, "goal_verb"), key=len, reverse=True))) + ")"
)

#: What may stand between an aim cue and its title: a level, count or a few words, e.g. "首届" in
#: "争创首届全国文明典范城市", "1—2个" in "争取获批1—2个国家级现代农业产业园" (no held word, no clause break).
_AIM_GAP = re.compile(r"[^，,；;。！？：:]{0,8}")

#: The most characters from a goal word's start to a held word that still aims, e.g. 6 in "确保年内成功创建" (确保年内: 4):
#: a held word so close to the goal word is part of the aim (力争成功创建国家生态园林城市), not a title won after it.
_HELD_RIGHT_AFTER = 6

#: A held word in the gap, e.g. "成功" in "积极推进并成功创建某某示范区": the title is held.
_HELD_GAP = re.compile("|".join(map(re.escape, word_list(_GOALS, "held_word"))))

#: A goal verb right before a title that is followed by 创建, e.g. "推进" in "推进国家全域旅游示范区创建工作".
_AIM_BEFORE_CREATE = re.compile(
    "(?:" + "|".join(map(re.escape, word_list(_GOALS, "goal_lead"))) + "|开展|做好|深化)[^，,；;。！？、]{0,3}$"
)

#: What joins a title to the aimed title before it, e.g. "和" in "争创全国文明典范城市和第七届全国文明城市".
_AIM_JOIN = re.compile(r"[、和及与]?[^，,；;。！？、和及与]{0,4}$")

#: A named zone aimed at: a name of its own before the level of its designation, and a zone head, e.g.
#: "某某国家农业高新技术产业示范区", "某某国家级自然保护区" (CONVENTIONS 13: a named zone is a Place even while created); not a
#: batch or count before the level ("首批", "更多" in "推动创建更多国家级旅游度假区").
_NAMED_ZONE = re.compile(
    r"(?!首批|第|更多|一批|新一批|多个|一流|高水平)[\u4e00-\u9fff]{2,6}?(?:国家级|国家|省级|自治区级|全国)"
    r"[\u4e00-\u9fff]{2,}(?:示范区|试验区|先行区|实验区|产业园|公园|基地|走廊|保护区|度假区|开发区|高新区)"
)

#: A verb whose title is aimed at in the plan part of a report and won in its review part (data: section_verb),
#: right before the title or a count between them, e.g. "创建" in "创建全国文明城市" (under 二、2024年工作安排: a goal),
#: "打造" in "打造2个省级特色小镇", "创建" in "创建一批省级美丽乡村".
_SECTION_VERB = re.compile(
    "(?:" + "|".join(map(re.escape, word_list(_GOALS, "section_verb"))) + r")(?:[0-9一二三四五六七八九十两几多余个家所项座批处至—-]|更多)*$"
)

#: A time word of the sentence's own that dates a title as won, whatever part it stands in (data: own_time), e.g.
#: "去年" in "去年创建国家森林城市", "已" in "已创建省级园林县城".
_OWN_TIME = re.compile("|".join(map(re.escape, word_list(_GOALS, "own_time"))))


def _aimed_in_plan(before: str, sent: Sentence | None, start: int) -> bool:
    """Whether a plain 创建/打造 right before a title (``before``: the clause up to it) aims at it: in the plan part
    of the report, with no time word of the sentence's own before the title (``start``: its start in the document)."""
    if sent is None or sent.part != "plan" or not _SECTION_VERB.search(before):
        return False
    return not _OWN_TIME.search(sent.text, 0, start - sent.start)


#: An enterprise certification label, whole (CONVENTIONS 7: a title even when only counted or aimed at).
_LABEL_WHOLE = re.compile(_LABEL.pattern + "$")


def aimed_titles(found: Sequence[Mention], clause: Clause, sent: Sentence | None = None) -> list[Mention]:
    """Drop titles only aimed at (积极争创国家生态园林城市, 争取获批国家级现代农业产业园, 推进国家全域旅游示范区
    创建): a goal is no honor held, so the span names no Honor and no other entity either (a place nested
    in it stays, and a named zone aimed at, 积极创建某某国家级高新区, is a Place). A title held (成功创建,
    获评, 创成) and certification labels (力争新增高新技术企业) stay. A plain 创建 or 打造 aims in the plan part of the
    report (``sent.part``), unless the sentence dates the title itself (去年创建, 已创建)."""
    text = clause.text
    aimed: set[tuple[int, int]] = set()
    last_end = -1  # end of the last aimed title in the clause, for coordinated titles
    for m in sorted((m for m in found if m.cls is HONOR), key=lambda m: m.start):
        if _LABEL_WHOLE.match(_LABEL_DROPPED.sub("", m.name)):
            continue
        s, e = m.start - clause.start, m.end - clause.start
        if s < 0 or e > len(text):
            continue
        before = text[:s].rstrip("“\"《")
        goal = False
        cues = list(_AIM_CUE.finditer(before))
        if cues:
            cue = cues[-1]
            gap = before[cue.end() :]
            # 力争…成功创建 in the review part holds the title; 力争成功创建, 确保年内成功创建 (the held word right after the goal
            # word) or any held word in the plan part still aims at it
            held = cue.group(1) is not None and cue.start(1) - cue.start() > _HELD_RIGHT_AFTER and not (sent is not None and sent.part == "plan")
            goal = not held and _AIM_GAP.fullmatch(gap) is not None and not _HELD_GAP.search(gap)
        if not goal and last_end >= 0 and _AIM_JOIN.fullmatch(text[last_end:s].strip("“”\"《》")):
            goal = True  # 争创全国文明典范城市和第七届全国文明城市: the second title is aimed at too
        if not goal and text.startswith("创建", e) and _AIM_BEFORE_CREATE.search(before):
            goal = True  # 推进国家全域旅游示范区创建
        if not goal and _aimed_in_plan(before, sent, m.start):
            goal = True  # 二、2024年工作安排 … 创建全国文明城市: a plain 创建 in the plan part aims
        if goal:
            aimed.add((m.start, m.end))
            last_end = e
    if not aimed:
        return list(found)
    out = []
    for m in found:
        if (m.start, m.end) not in aimed:
            out.append(m)
        elif m.cls is HONOR and _NAMED_ZONE.fullmatch(m.name):
            out.append(Mention(PLACE, m.name, m.surface, m.sentence, m.start, m.end, "aimed-zone"))
    return list(dict.fromkeys(out))
