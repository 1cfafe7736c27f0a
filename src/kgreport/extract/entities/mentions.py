"""Find entity mentions: run the rule families on each clause, in a fixed order.

Every rule works on one clause at a time, on jieba tokens whose offsets index the
document text; the result is a flat list of ``Mention``s, longest names kept. The
order is: quoted terms, class suffixes, known names, honors, governments, then
coordination and lists (which extend what was found), overlaps, events, built
facilities, and place pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from kgreport import gazetteer
from kgreport.extract.entities.built import FACILITY_HEADS, built_mentions, coded_road_works, facility_mentions
from kgreport.extract.entities.governments import government_mentions
from kgreport.extract.entities.honors import aimed_titles, honor_mentions
from kgreport.extract.entities.known import known_mentions, province_runs
from kgreport.extract.entities.lists import coordinated_mentions, counted_kind_items, listed_mentions
from kgreport.extract.entities.names import LEVEL_PREFIXES, VERB_TAGS, all_generic, is_event
from kgreport.extract.entities.overlaps import resolve_overlaps
from kgreport.extract.entities.quoted import quoted_mentions
from kgreport.extract.entities.suffixed import owned_kind, specific, split_village_paths, suffix_class, suffixed_mentions
from kgreport.extract.kinds import generic_category, generic_kind
from kgreport.lexicon import Lexicon, lexicon
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Document, Mention, Sentence
from kgreport.segment import Clause, Token, split_clauses, tokenize
from kgreport.resources import word_list


def extract_mentions(doc: Document, sentences: Sequence[Sentence]) -> list[Mention]:
    """All entity mentions of a document, in text order."""
    lex = lexicon()
    out: list[Mention] = []
    for sent in sentences:
        # one jieba pass per sentence, sliced per clause: jieba never joins across punctuation
        tokens = tokenize(sent.text, sent.start)
        starts = [t.start for t in tokens]
        for clause in split_clauses(sent):
            lo = bisect_left(starts, clause.start)
            hi = bisect_left(starts, clause.end)
            part: Sequence[Token] | None = tokens[lo:hi]
            if part and part[-1].end > clause.end:
                part = None  # a token crossing the clause end: tokenize the clause alone
            out.extend(clause_mentions(clause, sent.index, doc, lex, part, sent))
    return _not_kinds(_split_joined(_paired_campaigns(_quote_tails(_counted_operations(_not_editions(_unglossed(_extended(_bracketed(out, sentences), sentences), sentences), sentences), sentences)))), sentences)


#: One 及, 以及 or 和 inside a project's name between two parts of at least two characters, e.g. "及" in
#: "甲高速及乙客运专线", "和" in "甲乙和丙丁高速" (not 和 opening or closing a word: 和平路, 共和机场 have one part too short).
_JOINED = re.compile(r"^([^及和]{2,})(以及|及|和)([^及和]{2,})$")


def _project_head(name: str, lex: Lexicon) -> str:
    """The class word ending a project's name (lex suffixes of Project, then built.tsv facility heads), or ""."""
    for k in range(min(len(name) - 1, 7), 0, -1):
        if lex.suffixes.get(name[-k:]) is PROJECT:
            return name[-k:]
    return next((h for h in FACILITY_HEADS if name.endswith(h) and len(h) < len(name)), "")


def _split_joined(mentions: list[Mention]) -> list[Mention]:
    """A project's name that is two works joined by 及/以及/和 is two projects: each part ending in a project's class
    word and naming one (甲高速及乙客运专线, 甲学校以及乙医院), or a bare first part sharing the second's head (甲乙和丙丁高速
    -> 甲乙高速, 丙丁高速; 甲和乙污水处理厂). A part that is a kind (配套设施, 供水管网, 保护工程) keeps the name whole."""
    lex = lexicon()
    out: list[Mention] = []
    for m in mentions:
        j = _JOINED.match(m.name) if m.cls is PROJECT and m.surface == m.name else None
        if j is None:
            out.append(m)
            continue
        left, conj, right = j.groups()
        rhead, lhead = _project_head(right, lex), _project_head(left, lex)
        if not rhead or not specific(right, rhead, PROJECT, lex):
            out.append(m)
            continue
        r_start = m.start + len(left) + len(conj)
        second = replace(m, name=right, surface=right, start=r_start)
        if lhead and specific(left, lhead, PROJECT, lex):
            out += [replace(m, name=left, surface=left, end=m.start + len(left)), second]
        elif not lhead and conj == "和" and 2 <= len(left) <= 3 and 2 <= len(right) - len(rhead) <= 4 and not all_generic(left, lex):
            # 周驻南和息邢高速: the bare first part shares the head (its name is not in the text as one span)
            out += [replace(m, name=left + rhead, surface=left, end=m.start + len(left)), second]
        else:
            out.append(m)
    return out


#: A circled item number inside a name, e.g. "③" in "雨污分流改造③城区供水主干管网建设④文化广场": the mention runs
#: across the items of a numbered list (①甲②乙③丙), no one name (pool seed 3171).
_ITEM_MARK = re.compile("[\u2460-\u2473\u3251-\u325f]")

#: A program's name whose head is only words of manner in 性, e.g. "引领性标志性改革", "突破性改革": what the reforms or
#: campaigns are like, no field that names one (供给侧结构性改革 names its field, 供给侧).
_MANNER_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{1,3}性)+(?:改革|行动|工程|计划|试点|举措)")


def _not_kinds(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Mentions less the programs and projects that only name a kind of work (推进高标准农田建设, 实施公厕建设工程,
    加快配电网项目建设: GUIDELINES, generic references are no entities; extract/kinds.py, the check implements and builds
    read too). A quoted name is kept (实施“绿化提质工程”), unless it is a generic category (“五险一金”)."""
    by_index = {s.index: s for s in sentences}
    out = []
    for m in mentions:
        if m.cls in (PROGRAM, PROJECT) and _ITEM_MARK.search(m.name, 1, len(m.name) - 1):
            continue  # 雨污分流改造③城区供水主干管网建设④文化广场: items of a numbered list glued, no name
        if m.cls is PROGRAM and _MANNER_ONLY.fullmatch(m.name) and not m.surface.startswith(("“", "《")):
            continue  # 推进引领性标志性改革: reforms named by what they are like, no one reform
        if m.cls is ORG and owned_kind(m.name):
            continue  # 与市属医院合作, 省属高校: the bodies a level owns, whichever rule found them, name no one body
        if m.cls in (PROGRAM, PROJECT) and generic_kind(m.name):
            sent = by_index.get(m.sentence)
            before = sent.text[max(m.start - sent.start - 1, 0) : m.start - sent.start] if sent is not None else ""
            # a generic category (“五险一金”, “三小场所”) is none even when quoted
            if generic_category(m.name) or not (m.surface.startswith(("“", "《")) or before in ("“", "《")):
                continue
        out.append(m)
    return out


#: An edition number right before a name, e.g. "第三届" in "举办第三届某某活动", "首届" (an event held, GUIDELINES: events).
_EDITION_BEFORE = re.compile(r"(?:第[一二三四五六七八九十百\d]+|首)届$")


def _not_editions(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Mentions less the programs numbered by edition (开展第三届某某大比武活动: one event of a series, no program)."""
    by_index = {s.index: s for s in sentences}
    out = []
    for m in mentions:
        sent = by_index.get(m.sentence) if m.cls is PROGRAM else None
        if sent is not None and _EDITION_BEFORE.search(sent.text, 0, m.start - sent.start):
            continue
        out.append(m)
    return out


#: A numbered note defining a term, up to where its definition starts: "27.三大工程：指" in "27.三大工程：指甲建设、乙改造…",
#: "20.“甲”“乙”：“甲”指" (several terms, the first defined), "[5]“双千工程”：是指", "注：“两个代办”是指". The term is named
#: where the report's body uses it; the programs that spell it out in the note are no mentions of the report's own
#: (GUIDELINES: a name where the text uses it; audit 15: notes gave programs).
_GLOSS_ENTRY = re.compile(
    r"\s*(?:[\[〔【(（［]?\d{1,3}[\]〕】)）］]?[.．、]?|注\d*[：:])\s*"
    r"(?:[^：:，,。；;]{1,30}[：:]\s*(?:“[^“”]{1,15}”)?|“[^“”]{1,15}”)\s*(?:是?指|即|主要包括)"
)


#: A program name of two campaigns joined by 和/及/与 before one kind, e.g. "城市更新和安全韧性提升行动": groups
#: a (城市更新), b (安全韧性提升) and kind (行动).
_PAIRED = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10}?)[和及与](?P<b>[\u4e00-\u9fff]{2,12}?)(?P<kind>专项行动|攻坚行动|三年行动|行动|工程|计划|试点)")

#: A reform's name of two systems joined by 和/及/与, each ending in the same kind of system, e.g.
#: "农村土地制度和集体产权制度改革": groups a (农村土地制度), b (集体产权制度) and kind (改革); each side names a system
#: of its own (not "投融资体制和机制改革": 机制 alone names no field, the pair stays one name).
_PAIRED_SYSTEMS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10}?(?P<end>制度|体制))[和及与](?P<b>[\u4e00-\u9fff]{2,10}?(?P=end))(?P<kind>改革)")

#: Ends of a campaign's field, a work done (suffixed.tsv paired_campaign_end), e.g. "更新", "提升".
_PAIRED_ENDS = tuple(word_list("rules/entities/suffixed.tsv", "paired_campaign_end"))

#: Words that join two fields into one program (suffixed.tsv joint_word), e.g. "融合".
_JOINT_WORDS = tuple(word_list("rules/entities/suffixed.tsv", "joint_word"))


#: A count of runs before an operation's name (words of its field may stand between, e.g. "72次森林防火联合" before 巡查行动
#: when 联合 cuts the name), e.g. "72次" in "开展72次安全生产专项执法行动", "3轮" in "开展3轮环境整治
#: 行动" (not a round of one programme: "第二轮", "新一轮"; 轮 after a Chinese numeral only in digits: 三轮车 is a vehicle;
#: 三次产业 are the three sectors; "每月开展一次甲行动" says how often one campaign is run, no count).
_RUNS = r"(?:\d+余?(?:次|轮|场|批次)|(?!一[次场])[一二三四五六七八九十百千两]+余?(?:次|场|批次))"

#: The sectors of the economy, e.g. "三次产业", "一二三次产业": no count of runs (masked before the count is read).
_SECTORS = re.compile(r"[一二三]+次产业")
_RUNS_BEFORE = re.compile(f"(?<![第新\\d一二三四五六七八九十百千两]){_RUNS}[\u4e00-\u9fff]{{0,12}}$")

#: A count of runs right after an operation's name, e.g. "35次" in "开展打击行动35次".
_RUNS_AFTER = re.compile(_RUNS)

#: Endings of an operation that is run again and again (行动, 整治), counted by runs.
_OPERATION_ENDS = ("行动", "整治", "攻坚")


def _counted_operations(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Mentions less the unquoted operations counted by runs (开展72次安全生产专项执法行动, 开展打击行动35次, 开展3轮环境
    整治行动): operations carried out so many times, no one named programme. A quoted name stays (开展“甲乙”行动3次)."""
    by_index = {s.index: s for s in sentences}
    out = []
    for m in mentions:
        sent = by_index.get(m.sentence) if m.cls is PROGRAM and m.source == "suffix" and m.name.endswith(_OPERATION_ENDS) else None
        if sent is not None:
            lo, hi = m.start - sent.start, m.end - sent.start
            text = _SECTORS.sub(lambda x: "＿" * len(x.group(0)), sent.text)  # 实施三次产业融合行动: sectors, no runs
            head = _RUNS_AFTER.match(text, lo)
            if (
                _RUNS_BEFORE.search(text, 0, lo)
                or _RUNS_AFTER.match(text, hi)
                or head is not None and not text[:lo].endswith(("第", "新"))
            ):
                continue
        out.append(m)
    return out


def _quote_tails(mentions: list[Mention]) -> list[Mention]:
    """Mentions less the short suffixed programs that start right where a quoted program ends, e.g. 市场工程 in
    "推进“万村千乡”市场工程": the words after the quote are its category, the quoted name is the programme (GUIDELINES:
    省“尖兵”“领雁”项目 names 尖兵 and 领雁). A longer one names a field of its own and stays (“互联网+”农产品出村进城工程)."""
    quoted_ends = {m.end for m in mentions if m.cls is PROGRAM and m.source.startswith("quote") and m.surface.endswith("”")}
    return [m for m in mentions if not (m.cls is PROGRAM and m.source == "suffix" and m.start in quoted_ends and len(m.name) <= 5)]


def _paired_campaigns(mentions: list[Mention]) -> list[Mention]:
    """实施城市更新和安全韧性提升行动 → 城市更新行动, 安全韧性提升行动: a suffixed program whose fields on both sides of
    和/及/与 each end in a work done names two campaigns of one kind (居家和社区基本养老服务提升行动 stays one: 居家
    is no work; 科技创新和产业创新深度融合行动 stays one: a joint word makes the pair one field). So does a reform of two
    systems of one kind (农村土地制度和集体产权制度改革 → 农村土地制度改革, 集体产权制度改革)."""
    out: list[Mention] = []
    for m in mentions:
        p = _PAIRED.fullmatch(m.name) if m.cls is PROGRAM and m.source == "suffix" and m.name == m.surface else None
        if p is not None and not (p["a"].endswith(_PAIRED_ENDS) and p["b"].endswith(_PAIRED_ENDS)):
            p = None
        if p is None and m.cls is PROGRAM and m.source == "suffix" and m.name == m.surface:
            p = _PAIRED_SYSTEMS.fullmatch(m.name)  # 深化农村土地制度和集体产权制度改革: two reforms of one kind
        if p is None or any(w in m.name for w in _JOINT_WORDS):
            out.append(m)
            continue
        a, b, kind = p["a"], p["b"], p["kind"]
        out.append(replace(m, name=a + kind, surface=a, end=m.start + len(a), source="suffix-paired"))
        b_start = m.start + p.start("b")
        out.append(replace(m, name=b + kind, surface=m.surface[p.start("b") :], start=b_start, source="suffix-paired"))
    return out


#: A numbered note naming a quoted or counted term before a colon, e.g. "3.“双改”示范：", "5.企业梯度培育“三大行动”：",
#: "6.六大科技专项：" (the indicators family reads the same shape): what follows the colon spells the term out.
_GLOSS_NAMED = re.compile(
    r"\s*[\[〔【(（［]?\d{1,3}[\]〕】)）］]?[.．、]\s*[^：:，,。；;]{0,12}?"
    r"(?:“[^“”]{1,15}”|[一二三四五六七八九十两]+(?:大|个|项|张|条|类|化))[^：:，,。；;]{0,20}[：:]"
)


def _unglossed(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """Mentions less the programs inside the definition of a numbered note (_GLOSS_ENTRY, _GLOSS_NAMED)."""
    ends = {}
    for s in sentences:
        if (g := _GLOSS_ENTRY.match(s.text) or _GLOSS_NAMED.match(s.text)) is not None:
            ends[s.index] = s.start + g.end()
    if not ends:
        return mentions
    return [m for m in mentions if not (m.cls is PROGRAM and m.sentence in ends and m.start >= ends[m.sentence])]


def _bracketed(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """An organization or project followed by a bracket holding only a place takes it into its
    name: 某某大学（深圳）, 某某科技大学（广州）. The clause split at the bracket cut it off."""
    by_index = {s.index: s for s in sentences}
    out = []
    for m in mentions:
        if m.cls in (ORG, PROJECT):
            sent = by_index.get(m.sentence)
            if sent is not None:
                b = _PLACE_BRACKET.match(sent.text, m.end - sent.start)
                if b and gazetteer.division_by_name(b.group(1)):
                    m = replace(m, name=m.name + b.group(0), surface=m.surface + b.group(0), end=m.end + len(b.group(0)))
        out.append(m)
    return out


def _extended(mentions: list[Mention], sentences: Sequence[Sentence]) -> list[Mention]:
    """A project followed by a word naming a part of it takes the word into its name: 某某高速改扩建工程,
    某号线东延 (the suffix rules stop at the project's own class word); a work's main works (主体工程) are the work."""
    lex = lexicon()
    by_index = {s.index: s for s in sentences}
    out = []
    for m in mentions:
        sent = by_index.get(m.sentence) if m.cls is PROJECT else None
        if sent is not None and _PLAN_AFTER.match(sent.text, m.end - sent.start) and not _BARE_LINE.search(m.name):
            continue  # 纳入某市轨道交通第五期建设规划: the name opens a plan's, it names no project
        if sent is not None and _SITE_ONLY.match(sent.text, m.end - sent.start) and not _WORKS_NAMED.search(m.name):
            continue  # 实施甲路、乙路雨污分流改造: an existing road where other works happen, nothing built
        if sent is not None and _PART_AFTER.match(sent.text, m.end - sent.start):
            continue  # 盐坝高速下盐梅路匝道建设, 京港澳高速至上蔡连接线: the ramp or the link is built, not the road it joins
        if sent is not None and (
            _COUNT_BEFORE.search(sent.text, 0, m.start - sent.start)
            or _COUNT_AFTER.match(sent.text, m.end - sent.start)
            or len(m.name) <= _CUT_ITEM_MAX and _COUNTED_LIST_AFTER.match(sent.text, m.end - sent.start)
        ):
            continue  # 启动1000个一类探头补点项目, 开展民生创新项目35个, 东旺、晓林两所卫生院: a counted kind, no name
        if sent is not None and m.name.endswith(_ROAD_ENDS) and _LOCATIVE_BEFORE.search(sent.text, 0, m.start - sent.start):
            continue  # 在恒山路、南环路安装景观灯, 在津保高速出口以南规划: a road as where other things happen, nothing built
        if sent is not None and m.name.endswith(_ROAD_ENDS) and _POSITION_AFTER.match(sent.text, m.end - sent.start):
            continue  # 位于甲路、乙路交叉口, 某某大道南侧, 以某某路为起点: a road naming a position, nothing built
        if sent is not None and _RANGE_END.search(sent.text, 0, m.start - sent.start) and _RANGE_CLOSE.match(sent.text, m.end - sent.start):
            continue  # 启动工业大街（北三环至建业路）: a road named as the end of another road's section, nothing built
        if sent is not None and (m.name.endswith(_DESIGNATION_ENDS) or _NATIONAL_BASE.search(m.name)):
            continue  # 振兴东北老工业基地, 获批建设港口型国家物流枢纽, 推进国家双创示范基地建设: a designation, no one work
        if sent is not None and m.name.endswith("水库") and not _WORKS_NAMED.search(m.name) and not _RESERVOIR_WORKS.search(sent.text):
            m = replace(m, cls=PLACE)  # 深圳水库达到地表水Ⅱ类标准: an existing reservoir, a water body (a Place)
        if m.cls is PROJECT and (main := _MAIN_WORKS.search(m.name)):
            if all_generic(m.name[: main.start()], lex, lex.generic_words | lex.generic_names):
                continue  # 城区主体工程完工, 保障性住房主体工程: the main works of a kind of building, no work named
            if _names_works(m.name[: main.start()], lex):
                m = replace(m, name=m.name[: main.start()])  # 甲高铁主体工程开工建设, 乙水厂主体工程完工: the main works are part of the work
        if m.cls is PROJECT and (cut := _described_work(m.name, lex)):
            m = replace(m, name=m.name[cut:])  # 专业货运机场|甲乙机场: a kind describing the work is no part of its name (CONVENTIONS 3)
        if m.cls is PROJECT and (size := _SIZED_RESERVOIR.search(m.name)):
            m = replace(m, name=m.name[: size.start()] + "水库")  # 甲、乙大型水库建成: the size is no part of each one's name
        if sent is not None:
            if m.name.endswith(_SECTIONED_ENDS) and _AND_OPENED.search(sent.text, 0, m.start - sent.start):
                # 建成甲路、和乐路北段, 乙铁路、和丙铁路: after a pause 和 opens the road's name (和乐路), it joins no two items
                m = replace(m, name="和" + m.name, surface="和" + m.surface, start=m.start - 1)
            section = _SECTION.match(sent.text, m.end - sent.start) if m.name.endswith(_SECTIONED_ENDS) else None
            if section:  # 甲路东段完工, 建成乙大道示范段: the section is the works
                m = replace(m, name=m.name + section.group(0), surface=m.surface + section.group(0), end=m.end + len(section.group(0)))
            x = _EXTENSION.match(sent.text, m.end - sent.start)
            if x:
                m = replace(m, name=m.name + x.group(0), surface=m.surface + x.group(0), end=m.end + len(x.group(0)))
            kinds = list(_TRANSIT.finditer(sent.text)) if _BARE_LINE.match(m.name) else []
            if kinds:
                # 推动地铁11号线东延，加快14号线建设: a bare line is one of the transit system the sentence names
                before = [k for k in kinds if k.end() <= m.start - sent.start]
                m = replace(m, name=(before[-1] if before else kinds[0]).group(0) + m.name)
        out.append(m)
    return out


#: A metro line named by its number alone, e.g. "14号线" (not "地铁14号线").
_BARE_LINE = re.compile(r"\d+号线")

#: The transit system of numbered lines, e.g. "地铁" in "地铁11号线", "轨道交通" in "…等轨道交通线".
_TRANSIT = re.compile(r"地铁|轨道交通|轨交|轨道")

#: A 和 right after a pause of a list, glued before a road's name, e.g. "、和" before 乐路 in "建成甲路、和乐路"
#: (a list joins its last item with 和 after a name, never after 、).
_AND_OPENED = re.compile(r"、和$")

#: A plan's name going on after a project's, e.g. "第五期建设规划" after "某市轨道交通", "线网规划".
_PLAN_AFTER = re.compile(r"(?:第?[一二三四五六七八九十\d]+期|远景|线网|建设)+规划")


#: A section of a road or line named right after it (names.tsv road_section), e.g. "示范段" in "建成某某大道示范段".
_SECTION = re.compile("|".join(re.escape(w) for w in sorted(word_list("rules/entities/names.tsv", "road_section"), key=len, reverse=True)))

#: Ends of the roads and lines whose sections are named so, e.g. "大道" in "某某大道东段".
_SECTIONED_ENDS = ("路", "街", "大道", "高速", "公路", "铁路", "高铁", "国道", "省道", "号线", "环线", "通道")

#: A part of a project named right after it, e.g. "东延" in "地铁5号线东延", "改扩建工程" in "沪昆高速改扩建工程",
#: "除险加固" in "某某水库除险加固" (longest first: "拓宽工程" before "拓宽").
_EXTENSION = re.compile("|".join(re.escape(w) for w in sorted(word_list("rules/entities/names.tsv", "project_extension"), key=len, reverse=True)))

#: The same words closing a name, e.g. "扩容" in "某某水库清淤扩容", "改扩建" in "某某机场改扩建".
_EXTENSION_END = re.compile("(?:" + _EXTENSION.pattern + ")$")


#: What follows a road, street or building where only works on an existing site happen, e.g. "、乙路雨污分流改造"
#: after 甲路, "等重点道路进行美化亮化" after 丙路: other sites of a list (each ending like a road or a building's
#: part), a 等 closing it, then a work of names.tsv site_only_work.
_SITE_ONLY = re.compile(
    r"(?:(?:[、和及与]|以及)[^，,。；;、：:“”]{1,12}?(?:路|街|道|线|速|桥|段|河|渠|口|关|楼|馆))*"
    r"(?:等(?:(?!项目|工程)[^，,。；;、“”]){0,8}?的?)?"
    r"(?:进行|实施|开展)?(?:" + "|".join(re.escape(w) for w in word_list("rules/entities/names.tsv", "site_only_work")) + ")"
)

#: A part of a road named after the road and a place, e.g. "下盐梅路匝道" after 盐坝高速, "至上蔡、正阳连接线"
#: after 京港澳高速, "匝道" after 下盐梅路 (a bare "连接线" right after the name is an extension instead: at least one
#: character between).
_PART_AFTER = re.compile(r"(?:至[^，,。；;：:]{1,12}?|[^，,。；;、：:等和及与]{1,8}?)(?:连接线|引线|支线)|[^，,。；;、：:等和及与]{0,8}?(?:匝道|互通立交|互通)")

#: A count right before a project (a class word between), e.g. "1000个一类" in "启动1000个一类探头补点项目"
#: (not an ordinal: "第3个").
_COUNT_BEFORE = re.compile(r"(?<![第\d])[\d一二三四五六七八九十百千两]+[项个座所家条处](?:[一二三四五六七八九十\d]类)?$")

#: A count closing its item right after a project, e.g. "35个" in "开展民生创新项目35个、" (not a length or a sum:
#: "3公里", "5亿元"; not a count of a kind named after it: "甲隧道、乙隧道两座隧道").
_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十百千两]+[项个座所家条处](?=[、，,。；;]|$)")

#: The rest of a list of bare short items and a count, e.g. "、晓林两所" after 东旺 and "两所" after 晓林 in "东旺、晓林两所卫生院提升工程":
#: the kind after the count completes each item's name, so the bare item alone is a cut name.
_COUNTED_LIST_AFTER = re.compile(r"(?:、[^，,。；;、等]{1,4}?)*[\d一二三四五六七八九十百千两]+[项个座所家条处]")

#: The longest bare item that _COUNTED_LIST_AFTER drops ("甲山隧道、乙岭隧道两座隧道" keeps its full names).
_CUT_ITEM_MAX = 3

#: Ends of a road's name (for the locative rule below), e.g. "路" in "恒山路", "高速" in "津保高速".
_ROAD_ENDS = ("路", "街", "大道", "高速", "公路")

#: A locative 在 before a road, with the earlier roads of its list (、 or 和), e.g. "在恒山路、" before 南环路 in
#: "在恒山路、南环路安装景观灯组", "在" in "在深盐路和海山路打造…长廊" (not 正在, 现在, 存在, 实在; not 沿, which opens
#: names: 沿江高速).
_LOCATIVE_BEFORE = re.compile(r"(?:(?<![正现存实所])在|位于)(?:[^，,。；;、：:“”在和]{2,10}?(?:路|街|道|线|速)[、和])*$")

#: A position relative to a road after it, with the later roads of its list, e.g. "、乙路交叉口" after 甲路 in "位于甲路、
#: 乙路交叉口", "南侧" in "某某大道南侧", "为起点" in "以某某路为起点", "围合" in "由甲路、乙路围合": the road says where
#: something else is, nothing is built on it.
_POSITION_AFTER = re.compile(r"(?:[、和][^，,。；;、：:“”]{1,10}?(?:路|街|道|线|速))*(?:交叉口|路口|[东南西北]侧|两侧|沿线|周边|为起点|为终点|围合)")

#: The open bracket of a section's range after a road's name, up to the name, e.g. "（北三环至" before 建业路 in
#: "工业大街（北三环至建业路）", "（" before 育才街 in "满中北路（育才街至西苑街）".
_RANGE_END = re.compile(r"[路道街线速]（(?:[^（）]{1,12}[至－—-])?$")

#: The rest of a section's range after a name, e.g. "至西苑街）" after 育才街, "）" after 建业路, "段）" after 107国道.
_RANGE_CLOSE = re.compile(r"(?:[至－—-][^（）]{1,12})?段?）")

#: A name that already says the works it is, e.g. "工程" in "某某路绿化工程", "改造" in "某某路升级改造".
_WORKS_NAMED = re.compile(r"工程|项目|改造|建设|扩建|改建|迁建|新建|整治|提升|修缮|延")


#: A word saying a reservoir of the sentence is built or worked on, e.g. "建成" in "某某水库建成投用" (names.tsv reservoir_works).
_RESERVOIR_WORKS = re.compile("|".join(re.escape(w) for w in word_list("rules/entities/names.tsv", "reservoir_works")))


#: Ends of a designation or a region named like a work (names.tsv designation_end), e.g. "国家物流枢纽" in "港口型国家物流枢纽".
_DESIGNATION_ENDS = tuple(word_list("rules/entities/names.tsv", "designation_end"))

#: A demonstration base named by the nation that designates it, e.g. "国家…示范基地" in "国家新兴产业发展示范基地".
_NATIONAL_BASE = re.compile(r"(?:国家|全国).*示范基地$")


#: A size class before 水库 at the end of a name with a name of its own before it, e.g. "大型" in "某某大型水库".
_SIZED_RESERVOIR = re.compile(r"(?<=[\u4e00-\u9fff]{2})[大中小]型水库$")


#: The main works of a named work closing a project's name, e.g. "主体工程" in "某某高铁主体工程", "某某水厂二期主体工程"
#: (CONVENTIONS 21 and audit 17: the index names the work, 某某高铁, not its part).
_MAIN_WORKS = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z\d）)])主体工程$")

#: A phase closing a name, e.g. "二期" in "某某水厂二期", "（一期）".
_PHASE_END = re.compile(r"(?:[一二三四五六七八九十\d]期|[（(][一二三四五六七八九十\d]期[）)])$")


def _names_works(rest: str, lex: Lexicon) -> bool:
    """Whether ``rest``, a project's name less its 主体工程, names a work on its own: a project's class word
    (某某高铁, 某某水厂, 某某升级项目), a facility's head (某某医院住院楼: built.tsv facility_head), a phase (某某碧道一期) or a works word (某某水库清淤扩容, 某某机场改扩建);
    not a bare kind or a few characters (主体工程 alone, 城区主体工程)."""
    if len(rest) < 3:
        return False
    return suffix_class(rest, lex) is PROJECT or rest.endswith(FACILITY_HEADS) or bool(_PHASE_END.search(rest) or _EXTENSION_END.search(rest))


#: jieba tags of a word that names something (a place, person, body, unknown word or abbreviation): a descriptor
#: before a work's name holds none of them.
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "x", "j", "eng", "Q"})


#: Levels of the divisions whose names open a work's own name (a town's name is often a common word: 机场, 火车站).
_NAMED_LEVELS = ("province", "city", "county")


def _described_work(name: str, lex: Lexicon) -> int:
    """Where a work's own name starts after a kind of work describing it, or 0: the kind is common words ending in
    a project's class word or a facility's head (专业货运机场, 地下火车站) and the rest opens with a division's name and
    names a work of four characters or more (专业货运机场甲州乙湖机场 -> 甲州乙湖机场, 地下火车站甲区综合交通枢纽 ->
    甲区综合交通枢纽); a name whose first part is proper (甲州机场乙区航站楼) or a body (市人民医院乙区医院) keeps it."""
    for k in range(3, len(name) - 3):
        head, rest = name[:k], name[k:]
        kind = suffix_class(head, lex)
        if not (kind is PROJECT or kind is None and head.endswith(FACILITY_HEADS)) or head[0] in LEVEL_PREFIXES:
            continue  # (市人民医院|某某医院, 省医学科学院|某某基地: a body whose campus or base the rest is, no kind)
        if not (suffix_class(rest, lex) is PROJECT or rest.endswith(FACILITY_HEADS)):
            continue
        if not any(gazetteer.division_by_name(rest[:n], levels=_NAMED_LEVELS) for n in (2, 3)):
            continue
        if any(t.tag in _PROPER_TAGS or gazetteer.division_by_name(t.text, levels=_NAMED_LEVELS) for t in tokenize(head)):
            continue
        return k
    return 0


#: A bracket holding only a place name, e.g. "（深圳）".
_PLACE_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def clause_mentions(
    clause: Clause, sentence: int, doc: Document, lex: Lexicon | None = None, tokens: Sequence[Token] | None = None, sent: Sentence | None = None
) -> list[Mention]:
    """Mentions of one clause, overlaps resolved (``tokens``: the clause's tokens, if known; ``sent``: its sentence,
    whose part of the report says whether a plain 创建 aims at a title)."""
    lex = lex or lexicon()
    if tokens is None:
        tokens = tokenize(clause.text, clause.start)
    found: list[Mention] = []
    found += quoted_mentions(tokens, clause, sentence, lex)
    found += suffixed_mentions(tokens, clause, sentence, lex)
    found += known_mentions(tokens, sentence, doc, lex)
    found += honor_mentions(tokens, clause, sentence, lex)
    found += government_mentions(tokens, clause, sentence, doc)
    found = coordinated_mentions(found, tokens, clause, sentence, lex)
    found = split_village_paths(found + listed_mentions(found, tokens, clause, sentence, doc, lex))
    found = counted_kind_items(found, tokens, clause, sentence, lex)
    built = built_mentions(_not_events(resolve_overlaps(found), clause, lex, tokens), clause, lex)
    found = _port_phases(_network_roads(_expand_pairs(_unglued(facility_mentions(built, tokens, clause, sentence, lex), clause, lex), lex), clause), clause)
    found = coded_road_works(found, clause, sentence)
    # a title only aimed at (积极争创某某示范县) names nothing: dropped after the overlaps are resolved, so no
    # other family's reading of the same span takes its place
    found = aimed_titles(found, clause, sent)
    return province_runs(found, tokens, clause.text, clause.start, sentence, doc)


#: A clause that describes a network by the roads that make it up, e.g. "由甲大道、乙路、丙高速构成" in
#: "主城路网由甲大道、乙路、丙高速构成", "“三纵”指" in "“三纵”指甲大道、乙路、丙高速" (existing roads, no works).
_NETWORK = re.compile(r"由[^，,。；;：:]{2,80}?(?:构成|组成)|[一二三四五六七八九十\d]+[纵横环射联轴]”?(?:是指|指)")


def _network_roads(found: list[Mention], clause: Clause) -> list[Mention]:
    """Drop the roads a clause names only as the parts of a network (由甲路、乙大道构成; “两横”指甲路、乙大道):
    they are existing roads described, not works (a 工程 or 项目 named there stays)."""
    if not _NETWORK.search(clause.text):
        return found
    return [m for m in found if not (m.cls is PROJECT and m.name.endswith(_ROAD_ENDS))]


#: A phase right after a port district, e.g. "三期" in "某某港区三期", "二期A" (the phase is a works: a terminal).
_PORT_PHASE = re.compile(r"[一二三四五六七八九十\d]{1,2}期[A-Za-z]?")


def _port_phases(found: list[Mention], clause: Clause) -> list[Mention]:
    """A port district is a Place (suffixes.tsv: 港区), but its phase is a works: 甲港区三期 is a Project."""
    out = []
    for m in found:
        phase = _PORT_PHASE.match(clause.text, m.end - clause.start) if m.cls is PLACE and m.name.endswith("港区") and m.surface == m.name else None
        if phase is not None:
            p = phase.group(0)
            m = replace(m, cls=PROJECT, name=m.name + p, surface=m.surface + p, end=m.end + len(p))
        out.append(m)
    return out


def _unglued(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """Cut a verb or conjunction glued to the front of a name: 建成用好甲中心 -> 甲中心, 建成开放乙公园 -> 乙公园;
    a project's name is cut after a verb of the report's own work (继续跟进甲机场 -> 甲机场) and dropped when
    only a kind is left (严把项目准入关, 拓通道)."""
    out = []
    for m in found:
        if m.cls is PROJECT and m.surface == m.name:
            cut = _project_cut(m, clause, lex)
            if cut is None:
                continue
            m = cut
        lead = _GLUED_LEAD.match(m.name) if m.cls in (ORG, PROJECT, PROGRAM) and m.surface == m.name else None
        if lead is None and m.cls is PROJECT and m.surface == m.name and _BUILT_END.search(clause.text, 0, m.start - clause.start):
            lead = _OPENED_LEAD.match(m.name)
        if lead is not None and len(m.name) - lead.end() >= 3:
            n = lead.end()
            m = replace(m, name=m.name[n:], surface=m.surface[n:], start=m.start + n)
        if m.cls is PROJECT and m.surface == m.name and m.name.startswith(_URBAN_AREAS) and m.name.endswith(_ROAD_ENDS) and len(m.name) >= 5:
            m = replace(m, name=m.name[2:], surface=m.surface[2:], start=m.start + 2)  # 打通市区某某路: the area is no part of the road's name
        out.append(m)
    return out


def _project_cut(m: Mention, clause: Clause, lex: Lexicon) -> Mention | None:
    """A project's mention without a verb of the report's work glued to its front (规划建设甲新馆 -> 甲新馆, 实施好
    乙生态连通 -> 乙生态连通) or a subject and 打造 (支持甲市打造乙枢纽: an aim, none), None when what is left names
    only a kind (严把项目准入关, 提质改造农村公路) or an aim."""
    n = 0
    aimed = _AIMING_INSIDE.search(m.name)
    if aimed is not None:
        n = aimed.end()
    elif (lead := _PROJECT_LEAD.match(m.name)) is not None:
        n = lead.end()
    elif m.name.startswith("好") and _GOOD_AFTER.search(clause.text, 0, m.start - clause.start):
        n = 1  # 实施好某某生态连通: 好 completes the verb before the name
    if n == 0:
        return m
    rest = m.name[n:]
    suffix = max((s for s in lex.suffixes if rest.endswith(s)), key=len, default="")
    if aimed is not None and suffix in _AIM_SUFFIXES:
        return None  # 支持甲市打造乙综合利用示范基地: an aim of the place, no one work
    if len(rest) < 3 or suffix and not specific(rest, suffix, PROJECT, lex):
        return None  # 严把项目准入关, 拓通道, 提质改造农村公路: a kind after the verb, no name
    return replace(m, name=rest, surface=rest, start=m.start + n)


#: Verbs of the report's own work that never open a project's name (names.tsv project_lead), longest first,
#: e.g. "继续跟进" in "继续跟进某某通用机场", "规划建设" in "规划建设某某科学馆新馆" (拓宽, 拓展, but not 拓 alone:
#: it opens firms' names, 拓普).
_PROJECT_LEAD = re.compile("|".join(re.escape(w) for w in sorted(word_list("rules/entities/names.tsv", "project_lead"), key=len, reverse=True)))

#: Project suffixes that name an aim after 打造 (suffixed.tsv aim_suffix), e.g. 基地 in "某市打造某某示范基地".
_AIM_SUFFIXES = frozenset(word_list("rules/entities/suffixed.tsv", "aim_suffix"))

#: 打造 inside a project's span after its subject, e.g. "打造" in "某市打造某某示范基地" (one character at least before it).
_AIMING_INSIDE = re.compile(r"(?<=.)打造(?:成为?|为)?")

#: A verb that 好 completes right before a name, e.g. "实施" before "好某某生态连通".
_GOOD_AFTER = re.compile(r"(?:实施|建设|抓|办|管|用|做|落实|推进)$")


#: The urban area of a city or county before a road's name, e.g. "市区" in "打通市区某某路", "县城" in "改造县城某某大街".
_URBAN_AREAS = ("市区", "城区", "县城")

#: A word glued to a name's front, e.g. "用好" in "用好智慧城市运营中心", "及" in "及宝润路" (not 及时).
_GLUED_LEAD = re.compile("(?:" + "|".join(re.escape(w) for w in word_list("rules/entities/names.tsv", "glued_lead")) + ")(?!时)")

#: A word that opens a name only after a construction verb, e.g. "开放" in "开放省立绿道2号线" after 建成.
_OPENED_LEAD = re.compile("|".join(re.escape(w) for w in word_list("rules/entities/names.tsv", "opened_lead")))

#: A construction verb right before a name, e.g. "建成" in "建成开放某某公园".
_BUILT_END = re.compile(r"(?:建成|竣工|完工)$")


def _not_events(found: list[Mention], clause: Clause, lex: Lexicon, tokens: Sequence[Token] = ()) -> list[Mention]:
    """Drop a name that only opens the name of a meeting: 某某基地建设现场推进会 is an event, and so is
    大湾区工业博览会 (a place opening an event's name, no verb between: 在某市举办博览会 keeps the place)."""
    text = clause.text
    out = []
    for m in found:
        after = text[m.end - clause.start : m.end - clause.start + 12]
        if m.cls in (ORG, PROJECT) and after and (event := _EVENT_AFTER.match(after)) and is_event(event.group(0), lex):
            continue
        if m.cls in (PLACE, ORG) and after and (event := _PLACE_EVENT_AFTER.match(after)) and not any(
            t.tag in VERB_TAGS or t.tag == "w" for t in tokens if m.end <= t.start < m.end + event.end()
        ):
            continue
        out.append(m)
    return out


#: The words after a place or body up to the end of an event's name (names.tsv event_end), e.g. "工业博览会" after
#: "某某湾区", "城市赛艇挑战赛" after a river, "国际杂技艺术节" after a county.
_PLACE_EVENT_AFTER = re.compile(
    r"(?:第[一二三四五六七八九十百\d]+届)?[\u4e00-\u9fff]{0,8}?(?:"
    + "|".join(re.escape(w) for w in word_list("rules/entities/names.tsv", "event_end"))
    + ")"
)


#: The words after a name up to an event word, e.g. "建设现场推进会" after a base's name.
_EVENT_AFTER = re.compile(r"(?:建设|发展|合作|创新)?(?:现场)?[\u4e00-\u9fff]{0,3}?(?:推进会|现场会|观摩会|座谈会|发布会|研讨会|论坛|峰会|大会|博览会|交易会|洽谈会)")


def _expand_pairs(found: list[Mention], lex: Lexicon) -> list[Mention]:
    """港澳 → 香港 and 澳门: an abbreviation of several places names each of them."""
    pairs = lex.place_pairs or {}
    if not any(m.name in pairs for m in found):
        return found
    out: list[Mention] = []
    for m in found:
        places = pairs.get(m.name) if m.cls is PLACE else None
        if not places or len(m.surface) != len(places) and len(m.surface) != len(m.name):
            out.append(m)
            continue
        for k, place in enumerate(places):  # each place keeps its own character of the abbreviation
            s = m.start + min(k, m.end - m.start - 1)
            out.append(Mention(PLACE, place, m.surface[s - m.start : s - m.start + 1], m.sentence, s, s + 1, "pair"))
    return out
