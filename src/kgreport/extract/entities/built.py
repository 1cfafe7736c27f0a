"""Built facilities: a name right after a building verb (建成某某馆) is a project."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from kgreport import gazetteer
from kgreport.extract.entities.known import FEATURE_WORDS
from kgreport.extract.entities.names import LEAD_COUNT, LEADING_DROP, NUMERAL_KIND, PHASE, all_generic, is_proper_token, place_estate, word_re
from kgreport.lexicon import Lexicon
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Mention
from kgreport.resources import word_list
from kgreport.segment import Clause, Token, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/built.tsv"

#: A facility name that jieba opened with 建成区 ("built-up area") where the text says 建成 + 区某某, e.g.
#: "建成区妇幼保健院" (not 建成区域性中心: 区域 is one word).
_BUILT_DISTRICT = re.compile(r"建成区(?!域)(?=[\u4e00-\u9fff]{3})")

#: A count of things after a name (and the list it ends), which makes the name their site, e.g.
#: "等2个" in "建成区妇幼保健院等2个机械式立体停车库".
_SITE_OF_COUNTED = re.compile(r"(?:、[^，,。；;、]{1,10})*等?[\d两一二三四五六七八九十]+[个座处]")

#: Sources of names a construction verb may turn into a Project (not gazetteer places or governments).
_BUILT_SOURCES = ("suffix", "coordination", "list", "list-sibling", "quote+suffix", "quote+tail")

#: The rest of a list after its first item, up to the construction verb (、某某中心、某某公园); an item
#: may be long, hold a quoted part or end in its phase in brackets, e.g. "、某某商业遥感卫星接收站总部基地",
#: "、“互联网＋”未来科技城", "、某某医院（二期）".
_BUILT_LIST_REST = re.compile(r"(?:、(?:“[^“”、，,。；;]{1,10}”)?[^、，,。；;：:“”《》（）()等的]{2,20}(?:[（(][一二三四五六七八九十\d]期[）)])?)+")

#: Organizations that open or start without being a building: missions, agencies, firms.
_NOT_BUILT_ENDS = word_list(_WORDS, "not_built_end")

#: Buildings whose name ends like a body that never is one (部), e.g. "总部" in "某某集团总部开工建设": a firm's
#: headquarters building is built (built.tsv facility_head too).
_BUILT_DESPITE_END = ("总部",)

#: Program suffixes that name one work when a construction verb follows (某某引水工程开工建设).
_WORKS_ENDS = word_list(_WORDS, "works_end")

#: Adverbs between a facility and its construction verb, longest first (某某中心正式启用, 某某园年内建成).
_BUILT_ADVERBS = tuple(sorted(word_list(_WORDS, "built_adverb"), key=len, reverse=True))

#: Construction verbs that stand before what they build (建成某某中心, 启动建设某某大学新校区).
_BUILT_BEFORE = word_list(_WORDS, "built_before")

#: The same verbs, longest first (the longest one a clause opens with is its verb).
_BUILT_BEFORE_LONGEST = tuple(sorted(_BUILT_BEFORE, key=len, reverse=True))

#: A construction verb and the items of its list before a later item, e.g. "建成投产某某基地、某某生产线、"
#: before 某某产业园, "建成某某中学和" before 某某高级中学 (the verbs are the built_before list; an item holds
#: no clause break and no 等 or 的; 和 and 及 join the last item; not 建成 inside 组建成立).
_BUILT_BEFORE_LIST = re.compile(
    "(?<!组)(?:" + "|".join(map(re.escape, sorted(_BUILT_BEFORE, key=len, reverse=True))) + r")(?:[^、，,。；;：:“”《》（）()等的]{2,20}[、和及])+$"
)

#: Verbs of building under way before a building-named organization, e.g. "加快建设" in "加快建设某某博物馆".
_BUILDING_BEFORE = word_list(_WORDS, "building_before")

#: Ends of a building's name that such a verb makes a project, e.g. "医院" in "加快建设区中医院".
_BUILDING_ENDS = tuple(word_list(_WORDS, "building_end"))

#: Such a verb and the items of its list before a later item, e.g. "加快建设区中医院、" before 某某博物馆.
_BUILDING_BEFORE_LIST = re.compile(
    "(?:" + "|".join(map(re.escape, _BUILDING_BEFORE)) + r")(?:[^、，,。；;：:“”《》（）()等的]{2,20}、)+$"
)

#: Places that stay places when a list of built things names them (某某科创走廊, 某某新区).
_ZONE_ENDS = word_list(_WORDS, "zone_end")

#: Ends of industrial parks and estates that stay places in a list of projects and as bare facility names, unless a
#: phase follows (某某产业园 is a place, 某某产业园一期 a work), e.g. "产业园" in "某某皮革产业园、乙二期等重点项目开工建设".
_ESTATE_ENDS = tuple(word_list(_WORDS, "estate_end"))

#: An investment signed or landed after a name, e.g. "签约" in "某某产业园等一批重大项目签约落地".
_SIGNED = re.compile(r"签约|落地|落户")

#: Zone ends that a construction verb still makes a work, e.g. "公园" in "某某公园建成开放".
_PARK_ENDS = tuple(word_list(_WORDS, "park_end"))

#: A count before the items of a built list, which makes them kinds, e.g. "若干个" in "新建若干个市级某某中心和".
_COUNTED_KINDS = re.compile(r"若干|一批|[\d一二三四五六七八九十两百千]+[个所家座条处批]")

#: A count of each listed kind, e.g. "各20家" in "新建省重点实验室、省技术创新中心各20家".
_EACH_COUNT = re.compile(r"各[\d一二三四五六七八九十百]+[家个所座处]")

#: The rest of a list whose items may be quoted, up to 等 (、“某某”、某某书院).
_QUOTED_LIST_REST = re.compile(r"(?:、“?[^、，,。；;：:“”《》（）()等的]{2,14}”?)+")

#: The head of a list of projects after 等, e.g. "等一批新项目", "等重点项目", "等5个项目".
_PROJECT_LIST_HEAD = re.compile(r"等 ?(?:一批|一大批|\d+ ?个(?:以上)?|[一二三四五六七八九十]+个(?:以上)?)?[^，,。；;、]{0,6}?项目")


#: The head of a list of buildings after 等, by their kind (built.tsv building_end), with a count and whether they are new,
#: e.g. "等4所新改扩建学校" in "甲学校、乙中学二期等4所新改扩建学校建设", "等多所学校" before 建成投用.
_BUILDING_LIST_HEAD = re.compile(
    r"等 ?(?:多|\d+|[一二三四五六七八九十两]+)?[所家座个]?(?:新建|新改扩建|在建|新)?(?:公立|市属|区属|县属)?(?:"
    + "|".join(map(re.escape, _BUILDING_ENDS))
    + r")"
)

#: Words after such a head that say the buildings are being built (besides the construction verbs), e.g. "建设" in "等学校建设".
_BUILDING_LIST_VERBS = ("建设", "加快建设", "主体")

#: Works on existing buildings after such a head, which leave the listed bodies bodies, e.g. "改扩建" in "甲小学等3所小学改扩建工程".
_RENEWED_BUILDING = ("改扩建", "扩建", "改建", "改造", "提升", "拆建", "加建")

#: The rest of a clause after a list item, e.g. "、乙小学改扩建项目" in "、乙小学改扩建项目，新建…".
_CLAUSE_REST = re.compile(r"[^，,。；;：:]*")


def _renewed_list(after: str) -> bool:
    """Whether the text after an item goes on with the rest of its list and the last item is a renewal
    shared by the list (``、乙小学改扩建项目``: existing buildings renewed, which are no works themselves)."""
    if not after.startswith("、"):
        return False
    match = _CLAUSE_REST.match(after)
    last = match.group(0).rsplit("、", 1)[-1] if match else ""
    return "等" not in last and any(w in last for w in _RENEWED_BUILDING)  # 甲医院、乙分院改扩建等项目: only 乙's


def built_mentions(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """A named facility (organization or place by its suffix) that the clause says was built,
    opened or put into use is a Project: 某某博物馆、某某文化馆新馆建成开放."""
    framed = _framed(clause.text)
    if not lex.built_verbs or not framed and not _built_cue_re(lex.built_verbs).search(clause.text):
        return found
    text = clause.text
    out = list(found)
    for k, m in enumerate(found):
        if m.cls in (ORG, PROJECT) and m.source == "suffix" and _BUILT_DISTRICT.match(m.name) and m.surface == m.name:
            site = _SITE_OF_COUNTED.match(text, m.end - clause.start) is not None  # 建成区某某医院等2个停车库: the body is the site
            site = site or any(o.cls is PROJECT and o.start == m.start and o.end > m.end for o in found)  # 建成区某某医院综合楼: the body's building
            out[k] = replace(m, cls=m.cls if site else PROJECT, name=m.name[2:], surface=m.surface[2:], start=m.start + 2)  # 建成|区妇幼保健院
            continue
        if m.cls is PROGRAM and m.source == "quote":
            after = text[m.end - clause.start :]
            etc = after.find("等")
            head = _PROJECT_LIST_HEAD.match(after, etc) if etc >= 0 and (etc == 0 or _QUOTED_LIST_REST.fullmatch(after[:etc])) else None
            if head and after[head.end() :].startswith(lex.built_verbs):
                out[k] = replace(m, cls=PROJECT)  # “某某”、“某某”等项目建成启用: quoted names of works just built
            continue
        if m.cls is PROGRAM and m.source == "suffix" and m.name.endswith(_WORKS_ENDS):
            before = text[: m.start - clause.start]
            works = next(w for w in _WORKS_ENDS if m.name.endswith(w))
            later = before.endswith("、") and _BUILT_BEFORE_LIST.search(before) is not None  # 建成甲工程、乙水系连通工程: a later item
            if (before.endswith(_BUILT_BEFORE) or later) and m.name.count(works) == 1 and any(is_proper_token(t) for t in tokenize(m.name[: -len(works)])):
                out[k] = replace(m, cls=PROJECT)  # 建成投运某某入鲁工程, 开工建设某某引水工程: a named work built
                continue
            after = text[m.end - clause.start :]
            if after.startswith(lex.built_verbs):
                out[k] = replace(m, cls=PROJECT)  # 某某引水工程开工建设: a work under construction
                continue
            adverb = next((a for a in _BUILT_ADVERBS if after.startswith(a)), "")
            after = after[len(adverb) :]
            progress = after.startswith(_facility_verbs(lex)) and (adverb or any(w in m.name for w in lex.project_words))
            if progress and m.name.count("工程") == 1 and any(is_proper_token(t) for t in tokenize(m.name[: -len("工程")])):
                out[k] = replace(m, cls=PROJECT)  # 某某工程顺利竣工, 某某防洪工程加快推进 (not 农村饮水安全工程顺利完工, 某某提质工程加快推进)
            continue
        if m.cls is ORG and m.source == "gazetteer":
            after = text[m.end - clause.start :]
            etc = after.find("等")
            head = _PROJECT_LIST_HEAD.match(after, etc) if etc >= 0 and (etc == 0 or _BUILT_LIST_REST.fullmatch(after[:etc])) else None
            rest = after[head.end() :] if head else ""
            rest = rest[len(next((a for a in _BUILT_ADVERBS if rest.startswith(a)), "")) :]
            if head and rest.startswith(_facility_verbs(lex)):
                out[k] = replace(m, cls=PROJECT)  # 某某集团、乙等18个项目竣工投产: a known firm named as its project (CONVENTIONS 1)
            continue
        if m.cls not in (ORG, PLACE) or m.source not in _BUILT_SOURCES or m.name.endswith(_NOT_BUILT_ENDS) or m.name.endswith(tuple(FEATURE_WORDS)):
            continue
        if m.cls is PLACE and m.name.endswith(_ZONE_ENDS):
            continue  # 某某片区、某某公园建成: a zone or park stays a place even when built (CONVENTIONS 13)
        after = text[m.end - clause.start :]
        before = text[: m.start - clause.start]
        if m.cls is PLACE and m.name.endswith(_ESTATE_ENDS) and not _PHASE_AFTER.match(after) and not _SIGNED.search(after) and not _firm_park(m.name):
            continue  # 某某产业园加快建设, 建成甲、某某产业园: a named park stays a place even when built (CONVENTIONS 13); its phase is a work
        if m.cls is ORG and _renewed_list(after):
            continue  # 完成甲中学、乙小学改扩建项目: the renewal named last is the works, the schools stand
        if m.cls is ORG and m.source == "suffix" and m.name.endswith(_BUILDING_ENDS) and framed and framed.start(1) <= m.start - clause.start and m.end - clause.start <= framed.end(1):
            item_rest = text[m.end - clause.start : framed.end(1)]
            phase = PHASE.match(item_rest)
            p = phase.end() if phase else 0
            if item_rest[p:] == "" or item_rest[p] == "、":  # a whole item, not the body whose 新院区 is built
                out[k] = replace(m, cls=PROJECT, name=m.name + item_rest[:p], surface=m.surface + item_rest[:p], end=m.end + p)
            continue  # 抓好某某博物馆建设: a building under construction (CONVENTIONS 21)
        if m.cls is ORG and m.source == "suffix" and m.name.endswith(_BUILDING_ENDS) and (
            before.endswith(_BUILDING_BEFORE) or before.endswith("、") and _BUILDING_BEFORE_LIST.search(before)
        ):
            phase = PHASE.match(after)
            rest = after[phase.end() :] if phase else after
            if rest == "" or rest[0] in "、等，,。；;和及暨":
                out[k] = replace(m, cls=PROJECT)  # 加快建设区中医院、某某博物馆: buildings under construction (CONVENTIONS 21)
            continue
        if m.source in ("suffix", "quote+suffix") and before.endswith(_BUILT_BEFORE):
            if not any(o.cls is PROJECT and o.start == m.start and o.end > m.end for o in found):
                phase = _PHASE_AFTER.match(after)
                p = phase.end() if phase and (after[phase.end() :] == "" or after[phase.end()] in "、等，,。；;和及") else 0
                # 建成某某中心 (not 建成某某医院 in 建成某某医院某某院区: the campus is built); 建成某某产业园二期、: its phase with it
                out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
            continue
        if m.source in ("suffix", "quote+suffix") and before.endswith(("、", "和", "及")) and (listed := _BUILT_BEFORE_LIST.search(before)):
            if before.endswith(("和", "及")) and _COUNTED_KINDS.search(listed.group(0)):
                continue  # 新建若干个甲中心和开放式重点实验室: counted kinds, not named works
            phase = PHASE.match(after)
            p = phase.end() if phase else 0
            if m.name.endswith(_ZONE_ENDS) or _EACH_COUNT.search(after):
                continue  # 建成甲、某某科创走廊: a zone stays a place; 新建省甲中心、省乙中心各20家: counted kinds
            if after[p:] == "" or after[p] in "、等，,。；;":  # a whole item, not the body inside one (某某中学新校区)
                out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
            continue  # 建成投产甲、某某产业园: a later item of the built list
        etc = after.find("等")
        if etc >= 0 and (etc == 0 or _BUILT_LIST_REST.fullmatch(after[:etc])) and _PROJECT_LIST_HEAD.match(after, etc):
            if m.cls is PLACE and m.source == "list":
                continue  # 推进甲、乙等街道文体设施项目建设: the head made the items places, the sites of the works
            estate = next((w for w in _ESTATE_ENDS if m.name.endswith(w)), "")
            if estate and place_estate(m.name[: -len(estate)], lex) and not _PHASE_AFTER.match(after) and not _SIGNED.search(after, etc):
                continue  # 某县光电产业园、乙二期等重点项目开工: a place's industrial park in a list of works stays a place (CONVENTIONS
                # 13); 某某产业园一期 is a work, and so are a firm's park and one signed or landed (某某集团产业园, CONVENTIONS 1)
            out[k] = replace(m, cls=PROJECT)  # 某某博物馆、某某植物园等一批新项目落户
            continue
        if m.cls is ORG and etc >= 0 and (etc == 0 or _BUILT_LIST_REST.fullmatch(after[:etc])) and (
            building := _BUILDING_LIST_HEAD.match(after, etc)
        ):
            verb = after[building.end() :]
            if verb.startswith(lex.built_verbs + _BUILDING_LIST_VERBS) and not verb.startswith(_RENEWED_BUILDING):
                out[k] = replace(m, cls=PROJECT)  # 甲学校、乙中学二期等4所学校建设: schools being built (not 等3所小学改扩建: existing ones)
            continue
        verbs = lex.built_verbs + _PROGRESS_VERBS if m.cls is ORG else lex.built_verbs
        lead = _PHASE_AFTER.match(after)
        if lead and after.startswith("、", lead.end()) and not m.name.endswith(_ZONE_ENDS):
            after = after[lead.end() :]  # 某某产业园一期、某某中心建成投用: the first item's phase, then the list
        else:
            lead = None
        if after.startswith("、"):  # the rest of a list joined by 、: the verb follows its last item
            cut = min((i for i in (after.find(v) for v in verbs) if i > 0), default=-1)
            rest_items = after[:cut]
            for _ in range(3):  # 、某某医院（二期）年底前主体封顶: the adverbs before the verb are no part of the last item
                rest_items = rest_items.removesuffix(next((a for a in _BUILT_ADVERBS if rest_items.endswith(a)), ""))
            if cut < 0 or not _BUILT_LIST_REST.fullmatch(rest_items):
                continue
            after = after[cut:]
            if lead:
                p = lead.end()
                if after.startswith(lex.built_verbs):
                    out[k] = replace(m, cls=PROJECT, name=m.name + lead.group(0), surface=m.surface + lead.group(0), end=m.end + p)
                continue
        if m.cls is PLACE and m.name.endswith(_ZONE_ENDS) and not m.name.endswith(_PARK_ENDS):
            continue  # 某某教育创新试验区加快建设: a named zone stays a place (CONVENTIONS 13); a park built is a work
        adverb = _adverb_run(after)
        after = after[len(adverb) :]  # 某某中心年内建成, 某某医院年底前全面封顶: adverbs of manner or time before the verb
        phase = None if adverb else _PHASE_AFTER.match(after)
        if phase and after[phase.end() + len(_adverb_run(after[phase.end() :])) :].startswith(lex.built_verbs):
            p = phase.end()  # 某某福利中心二期投入使用, 某某医院（二期）年底前主体封顶
            out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
        elif after.startswith(lex.built_verbs) or after.startswith("等") and after.startswith(lex.built_verbs, 1) and m.source == "suffix":
            out[k] = replace(m, cls=PROJECT)  # 甲纪念馆、某某博物馆等建成开放: 等 closes the list of buildings right before the verb
        elif m.cls is ORG and _UNDER_WAY.fullmatch(after):
            out[k] = replace(m, cls=PROJECT)  # 某某中心、某某医院建设加快推进: a facility under construction closing its clause
    return out


#: A phase right after a facility's name, bare or in brackets, e.g. "二期" in "某某中心二期投入使用", "（二期）" in
#: "某某医院（二期）主体封顶".
_PHASE_AFTER = re.compile(r"[一二三四五六七八九十\d]期|[（(][一二三四五六七八九十\d]期[）)]")


#: Words of a firm inside a park's name, which make the park the firm's project (CONVENTIONS 1), e.g. "集团" in 某某集团产业园.
_FIRM_WORDS = ("集团", "公司", "股份")


def _firm_park(name: str) -> bool:
    """Whether an industrial park is named by a firm (某某集团产业园, a central SOE's park): the firm's project, no place."""
    return any(w in name for w in _FIRM_WORDS) or name[:2] in gazetteer.soe_names() or name[:3] in gazetteer.soe_names()


def _adverb_run(text: str) -> str:
    """The adverbs of manner or time opening ``text``, up to three, e.g. "年底前全面" in "年底前全面封顶"."""
    n = 0
    for _ in range(3):
        adverb = next((a for a in _BUILT_ADVERBS if text.startswith(a, n)), "")
        if not adverb:
            break
        n += len(adverb)
    return text[:n]


#: Works done on an existing facility, longest first (改扩建 before 扩建).
_WORKS_WORDS = tuple(sorted(word_list(_WORDS, "works_word"), key=len, reverse=True))
#: Any works word anywhere, e.g. "扩建" in "某某小学扩建开工": one search answers "none" for most clauses.
_ANY_WORKS_WORD = re.compile("|".join(map(re.escape, _WORKS_WORDS)))

#: A works word right after a facility's name, with the kind of change it makes, its phase and the building's
#: main part, e.g. "扩建一期" in "某某医院扩建一期投入使用", "扩建主体" in "某某中学扩建主体完工", "迁建" in
#: "加快某某机场迁建", "快速化改造一期" in "建成某某路快速化改造一期" (a road made an expressway).
_WORKS_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{2}化(?=改造))?(?:" + "|".join(map(re.escape, _WORKS_WORDS)) + r")(?:[一二三四五六七八九十\d]期|[（(][一二三四五六七八九十\d]期[）)])?"
    r"(?:[一二三四五六七八九十\d]步)?(?=(主体)?)"
)

#: Push words before a facility whose works close the clause, longest first, e.g. "加快" in "加快某某机场迁建".
_WORKS_PUSH = tuple(sorted(word_list(_WORDS, "progress_opener") + _BUILDING_BEFORE, key=len, reverse=True))


def _works_on(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """A facility's name with the works done on it is one Project when a construction verb follows or a push
    word opens the clause: 某某小学扩建开工, 某某医院扩建一期投入使用, 加快某某机场迁建 (the facility alone is not
    what is built; 某某扩建工程 is the suffix rule's)."""
    text = clause.text
    if not _ANY_WORKS_WORD.search(text):
        return found
    out = list(found)
    facilities = [k for k, m in enumerate(found) if _is_facility(m)]
    for k in facilities:
        m = found[k]
        works = _WORKS_AFTER.match(text, m.end - clause.start)
        if works is None:
            continue
        rest = text[works.end() + len(works.group(1) or "") :]
        rest = rest[len(_adverb_run(rest)) :]
        chain = _shared_by(found, facilities, k, text, clause.start)
        before = text[: found[chain[0]].start - clause.start]
        closing = rest == "" or rest[0] in "，,。；;！!"
        item_end = closing or rest[0] in "、等"
        if not (
            rest.startswith(_facility_verbs(lex))
            or closing and before.endswith(_WORKS_PUSH)
            or item_end and m.cls is PROJECT and before.endswith(_BUILT_BEFORE)
            or closing and len(chain) > 1  # not in 甲医院、乙医院改扩建等项目: there each item names its own works
        ):
            continue  # 开工建设某某高速市政化改造、某某通道: the first item of a built list names the works, not the road
        end = m.end + works.end() - (m.end - clause.start)
        if any(o is not m and o.start < end and m.end < o.end for o in found):
            continue  # a name after the facility overlaps the works words
        words = works.group(0)
        for j in chain:  # 某某、某某高速市政化改造: works named once after a list are done on each facility of it
            o = found[j]
            out[j] = replace(o, cls=PROJECT, name=o.name + words, surface=o.surface + words, end=end if j == k else o.end)
    return out


def _is_facility(m: Mention) -> bool:
    """Whether ``m`` names a facility that works can be done on: a project or a building's body."""
    return m.cls is PROJECT or m.cls is ORG and m.name.endswith(_BUILDING_ENDS + _FACILITY_HEADS) and not m.name.endswith(_NOT_BUILT_ENDS)


def _shared_by(found: list[Mention], facilities: list[int], k: int, text: str, offset: int) -> list[int]:
    """The facilities of one kind joined by 、 that end with ``found[k]``, in order, e.g. both roads of "某某路、某某路改造"
    (not 提速某某高铁、某某机场改扩建, where the works are the airport's alone)."""
    chain = [k]
    for j in reversed([j for j in facilities if found[j].end <= found[k].start]):
        if text[found[j].end - offset : found[chain[0]].start - offset] != "、" or found[j].name[-1] != found[k].name[-1]:
            break
        chain.insert(0, j)
    return chain


#: Verbs of construction under way after a facility (CONVENTIONS 21), e.g. "建设加快推进".
_PROGRESS_VERBS = tuple(sorted(word_list(_WORDS, "progress_verb"), key=len, reverse=True))

#: A progress verb that closes its clause, e.g. "建设加快推进。" (not "加快推进数字化转型", which the body does).
_UNDER_WAY = re.compile("(?:" + "|".join(map(re.escape, _PROGRESS_VERBS)) + r")[。；;！!]?")


#: Facility words ending a name that no suffix rule found (某某戏曲馆, 某某大桥), longest first.
_FACILITY_HEADS = tuple(sorted(word_list(_WORDS, "facility_head"), key=len, reverse=True))
FACILITY_HEADS = _FACILITY_HEADS  # read by mentions (a work's name before its 主体工程)

#: Words that open an item but no facility name (力争, 改扩建, 投产).
_FACILITY_OPENERS = word_list(_WORDS, "facility_opener")


#: Words of aim that open a clause before the facility it says will be built, longest first, e.g. 确保 in
#: "确保某某文体活动中心年内主体完工" (the item starts after it).
_FACILITY_LEADS = tuple(sorted(word_list(_WORDS, "facility_lead"), key=len, reverse=True))

#: Words that describe a kind of facility, not name one (智慧, 零碳: 智慧公园 is a kind).
_FACILITY_GENERIC = frozenset(word_list(_WORDS, "facility_generic"))


#: Construction verbs after a facility: this family's list and the shared one, longest first.
def _facility_verbs(lex: Lexicon) -> tuple[str, ...]:
    return _verbs_with(lex.built_verbs)


@functools.cache
def _verbs_with(built_verbs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(word_list(_WORDS, "facility_verb")) | set(built_verbs), key=len, reverse=True))


@functools.cache
def _built_cue_re(built_verbs: tuple[str, ...]) -> re.Pattern[str]:
    """Whether a clause holds any word ``built_mentions`` acts on: a construction verb, a word before one, 项目."""
    # one alternation per lexicon: built per clause, the joined tuple cost more to make and hash than the search
    return word_re(_verbs_with(built_verbs) + _BUILT_BEFORE + _BUILDING_BEFORE + ("项目",))


#: A clause that pushes the building of its items on (CONVENTIONS 21): a push word, the items, (等)建设
#: closing the clause, e.g. "加快推进某某调蓄库、某某医院建设。", "加快某某医院二期、某某院区等建设，" (the push
#: words are progress_opener; an enumerator such as 二是 may open the clause).
_UNDER_CONSTRUCTION = re.compile(
    r"(?:[一二三四五六七八九十]+是)?(?:" + "|".join(map(re.escape, sorted(word_list(_WORDS, "progress_opener"), key=len, reverse=True))) + ")"
    + r"([^，,。；;：:“”《》（）()等的和及与]{3,40}?)等?(?:开工)?建设(?:进度|步伐)?[。；;！!，,]?"
)

def _framed(text: str) -> re.Match[str] | None:
    """The clause as a push on the building of its items, unless a count makes the items the sites of
    counted things (完成县医院、中医院3个核酸实验室建设: the labs are built, not the hospitals)."""
    framed = _UNDER_CONSTRUCTION.fullmatch(text)
    return None if framed is None or _COUNTED_KINDS.search(framed.group(1)) else framed


#: The kind of the listed facilities after 等, with its count, e.g. "交通枢纽" in "甲站、乙站等交通枢纽投入运营",
#: "14条主干道" in "甲二期、乙路二期等14条主干道建成通车".
_KIND_AFTER_ETC = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)?[个条座处项所家]?[\u4e00-\u9fff]{2,10}")

#: Marks that end a sentence after its last clause, e.g. "。" in "建成某某大桥、某某展示馆。".
_SENTENCE_END = "。；;！!"


#: The last item of a list before a construction verb, joined by one 和 or 及 (not 以及) of two such items, e.g.
#: "甲当代艺术馆和乙规划展览馆" before 开工建设, "某高铁及某港二期" (each part still has to name a facility).
_JOINED_LAST = re.compile(r"([^和及以]{3,16})[和及]([^和及]{3,16})")

#: One item of a list of facilities: characters of a name only (no clause break, 等, 的, count words),
#: with an optional phase, e.g. "某某产业园一期" in "某某产业园一期、某某中心建成投用".
_FACILITY_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{3,16}")


#: What a facility name never holds: a count or measure (10个, 310公里, 5000吨; a line's number, as in
#: 某某F1线 or 地铁4号线, is part of its name), a first-of-its-kind
#: descriptor (首个, 首批, 第一, 地标; CONVENTIONS 3), an ordinal opener (七是), e.g. "首批100个县域医疗卫生次中心".
_FACILITY_NOT_NAME = re.compile(
    r"(?<![A-Za-z\d])\d+(?!\d|号线|线)|[一二三四五六七八九十两百千万]+[个所家座条处批吨]|首[个家座批套条]|第[一二三四五六七八九十]|^[一二三四五六七八九十]+是|地标"
)


#: An ordinal (after a level word, if any) opening a facility's name, which make it one named facility of the
#: issuer's, e.g. "市第五" in "市第五污水处理厂", "县第二" in "县第二水厂", "第三" in "第三污水处理厂、某某厂建成投用"
#: (a few words may follow: 市第二再生水; not a batch, a count or a third party: 市第一批, 第一条生产线, 第三方).
_ORDINAL_BODY = re.compile(r"^[省市县区]?第[一二三四五六七八九十]{1,3}(?![批个期次轮类届年方条座所家名位台])[\u4e00-\u9fff]{0,3}$")


def _facility_name(item: str, start: int, tokens: Sequence[Token], lex: Lexicon) -> str | None:
    """The item as a facility name (phase kept), or None when it has no facility head or no proper
    word before the head (新建学校, 乡镇卫生院 are kinds, not names)."""
    phase = PHASE.search(item)
    core = item[: phase.start()] if phase and phase.end() == len(item) else item
    # 甲核电扩建一期开工: works done on a facility named by its head alone (works_word) leave the head before them
    works = next((w for w in _WORKS_WORDS if core.endswith(w) and core[: -len(w)].endswith(_FACILITY_HEADS)), "")
    core = core[: len(core) - len(works)]
    head = next((h for h in _FACILITY_HEADS if core.endswith(h)), "")
    if not head and phase and core != item and len(core) >= 2 and not LEADING_DROP.match(item) and not any(c in item for c in "等和与及的"):
        inside = [t for t in tokens if t.start >= start and t.end <= start + len(core)]
        if inside and all(is_proper_token(t) for t in inside) and not gazetteer.division_by_name(core) and not all_generic(core, lex):
            return item  # 甲乙二期、某某路二期建成通车: a works named by its proper name and phase alone
        if (
            len(inside) >= 2 and len(core) >= 4 and is_proper_token(inside[0]) and all(is_proper_token(t) or t.tag in _PHASED_NAME_TAGS for t in inside[1:])
            and not gazetteer.division_by_name(core) and not core.endswith(_ZONE_ENDS)
            and not all_generic(inside[0].text, lex, _FACILITY_GENERIC | lex.generic_words)
            and not all_generic(core[len(inside[0].text) :], lex, _FACILITY_GENERIC | lex.generic_words)
        ):
            return item  # 甲地纺织新材料二期、乙服装城二期开工: a proper word, then nouns of what it makes, and its phase
    body = core[: len(core) - len(head)]
    if not head or len(body) < 2 or LEADING_DROP.match(item) or LEAD_COUNT.match(item) or any(c in item for c in "等和与及的"):
        return None
    if _ORDINAL_BODY.match(body) and not item.endswith(_NOT_BUILT_ENDS):
        return item  # 市第五污水处理厂: the issuer's numbered plant names one (the report's own city)
    if item.endswith(_NOT_BUILT_ENDS) and not item.endswith(_BUILT_DESPITE_END) or core.endswith(_ZONE_ENDS) or all_generic(body, lex, _FACILITY_GENERIC | lex.generic_words) or NUMERAL_KIND.match(item) or _FACILITY_NOT_NAME.search(item):
        return None
    if any(core[-k:] in lex.generic_names and all_generic(core[:-k], lex, _FACILITY_GENERIC | lex.generic_words) for k in range(3, len(core) - 1)):
        return None  # 城区中小学: generic words before a generic reference
    inside = [t for t in tokens if t.start >= start and t.end <= start + len(item)]
    if not inside or (inside[0].tag.startswith("v") and not is_proper_token(inside[0])) or item.startswith(_FACILITY_OPENERS):
        return None  # 力争某某院封顶, 新建改造某某公园: a verb opens the item, no name
    proper = [t for t in inside if t.end <= start + len(body) and is_proper_token(t)]
    # 建成某某路: a whole name the segmenter knows as a place's names one too (not 儿童医院, 幼儿园: nt, nr)
    whole = any(t.tag == "ns" and t.start == start and t.end == start + len(core) for t in inside)
    if not proper and not whole and head in _ROAD_HEADS and 2 <= len(body) <= 3 and body not in _ROAD_KINDS and not gazetteer.division_by_name(body):
        stem = [t for t in inside if t.start < start + len(body)]
        # 建成卫民路, 新建巨力大街, 开工建设建设路: a common word jieba tags so may name a street, when the words of its stem
        # end where the head begins (道路 crosses it) and none is a verb, preposition, adverb, count or pronoun
        if stem and (stem[-1].end == start + len(body) or len(stem) == 1 and stem[0].end == start + len(core)) and not any(
            t.tag[:1] in _NOT_STEM_TAGS for t in stem
        ):
            return item
    return item if proper or whole else None


#: Ends of a street's name whose stem may be a common word (built.tsv road_head), e.g. "大街" in "巨力大街".
_ROAD_HEADS = frozenset(word_list(_WORDS, "road_head"))

#: Stems that name a kind of road, no one street (built.tsv road_kind), e.g. "断头" in "打通断头路".
_ROAD_KINDS = frozenset(word_list(_WORDS, "road_kind"))

#: First letters of jieba tags no street's stem holds: verbs, prepositions, conjunctions, particles, adverbs,
#: numerals, measure words, pronouns (新建/v, 通/v 村, 这/r 条).
_NOT_STEM_TAGS = frozenset("vpcudmqr")


#: Tags of the words after a phased works' proper first word, e.g. 纺织/n, 新/a, 材料/n in "某地纺织新材料二期"
#: (nouns and adjectives: no verb, no adverb, no pronoun).
_PHASED_NAME_TAGS = frozenset({"n", "a", "b", "j", "nz", "vn"})


#: An item's opening up to the kind of work it is said to be, before the work's own name, e.g. "西线主通道重点工程" in
#: "西线主通道重点工程某某铁路开通" (重点/重大/标志性 工程 or 项目; the shortest such opening).
_KIND_BEFORE_NAME = re.compile(r"[^、，,。；;]*?(?:重点|重大|标志性|控制性)(?:工程|项目)")


#: Works on a national or provincial road named by its route code (G/S and digits, CONVENTIONS 21), e.g. "G227提档升级",
#: "S465线改扩建", "G5京昆高速甲至乙段改扩建", "G107东移改建": the code, an optional line, road or section, then the kind of works.
_CODED_ROAD_WORKS = re.compile(
    r"(?<![A-Za-z0-9])[GS]\d{1,4}线?(?:[\u4e00-\u9fff]{2,6}?(?:高速公路|高速|公路|国道|省道))?(?:[\u4e00-\u9fff]{2,9}?段|[东西南北]移)?"
    r"(?:改扩建|扩建|改建|提档升级|提质改造|升级改造|拓宽改造|改造提升|提质升级|拓宽|大修|改造)"
    r"(?:工程|项目)?"
)

#: Words of a clause that carry out or finish works, e.g. "加快" in "加快G227提档升级", "开工" in "S465改扩建开工".
_CODED_WORKS_CUES = re.compile(r"开工|建成|完工|竣工|通车|推进|加快|实施|完成|启动|建设|等[^、，,。；;]{0,8}(?:工程|项目)")


def coded_road_works(found: list[Mention], clause: Clause, sentence: int) -> list[Mention]:
    """Works on a road named by its route code in a clause that carries them out (加快G227提档升级, S465改扩建、
    G227提档升级等重点交通工程加快推进): Projects, unless a found name covers them already."""
    if "G" not in clause.text and "S" not in clause.text or not _CODED_WORKS_CUES.search(clause.text):
        return found
    out = list(found)
    for m in _CODED_ROAD_WORKS.finditer(clause.text):
        a, b = clause.start + m.start(), clause.start + m.end()
        if any(o.start < b and a < o.end for o in found):
            continue
        out.append(Mention(PROJECT, m.group(0), m.group(0), sentence, a, b, "facility"))
    return out


def facility_mentions(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Named facilities with no class suffix at a clause's edge next to a construction verb are
    Projects: "某某戏曲馆、某某大桥建成投用", "建成某某大桥" (the clause holds nothing else)."""
    text = clause.text
    verbs = _facility_verbs(lex)
    spans: list[tuple[int, int]] = []
    before = next((v for v in _BUILT_BEFORE_LONGEST if text.startswith(v)), "") if text.startswith(_BUILT_BEFORE) else ""
    framed = _framed(text)
    if framed:  # 加快某某调蓄库、某某医院建设: the items between a push and 建设 closing the clause
        pos = framed.start(1)
        for i in framed.group(1).split("、"):
            if _FACILITY_ITEM.fullmatch(i):
                spans.append((pos, pos + len(i)))
            pos += len(i) + 1
    elif before:
        rest = text[len(before) :].rstrip(_SENTENCE_END)  # 建成某某馆。: the sentence's end is no part of the last item
        rest = rest.removesuffix("等")  # 建成甲、乙、丙等。: the list closes with 等 and no head
        etc = rest.rfind("等")
        if etc > 0 and "、" in rest[:etc] and _KIND_AFTER_ETC.fullmatch(rest, etc + 1):
            rest = rest[:etc]  # 建成启用甲大厦、乙中心等标志性空间: the items before the kind they are
        items = rest.split("、")
        if all(_FACILITY_ITEM.fullmatch(i) for i in items):
            pos = len(before)
            for i in items:
                spans.append((pos, pos + len(i)))
                pos += len(i) + 1
    else:
        # most clauses hold no verb after their first character: one search answers for all verbs
        cut = min((i for i in (text.find(v) for v in verbs) if i > 0), default=-1) if word_re(verbs).search(text, 1) else -1
        lead = next((w for w in _FACILITY_LEADS if text.startswith(w)), "") if cut > 0 else ""  # no verb: no lead to look for
        if cut > len(lead):
            items_text = text[len(lead) : cut]
            kind = _KIND_BEFORE_NAME.match(items_text)
            if kind and len(items_text) - kind.end() >= 4:
                lead, items_text = text[: len(lead) + kind.end()], items_text[kind.end() :]  # 某某通道重点工程|隆泸叙铁路开通
            adverb = next((a for a in _BUILT_ADVERBS if items_text.endswith(a)), "")
            items_text = items_text[: len(items_text) - len(adverb)]
            etc = items_text.rfind("等")
            if etc > 0 and "、" in items_text[:etc] and _KIND_AFTER_ETC.fullmatch(items_text, etc + 1):
                items_text = items_text[:etc]  # 甲北站、乙东站等交通枢纽投入运营: the items before the kind they are
            items = items_text.split("、")
            if items and (joined := _JOINED_LAST.fullmatch(items[-1])):
                items[-1:] = [joined.group(1), joined.group(2)]  # 甲艺术馆和乙展览馆开工建设: 和/及 joins the last two items
            if items_text and all(_FACILITY_ITEM.fullmatch(i) for i in items) and len(text) - cut <= 8 and not _made_into(tokens, clause, cut):
                pos = len(lead)
                for i in items:
                    spans.append((pos, pos + len(i)))
                    pos += len(i) + 1  # the 、, 和 or 及 after the item
    out = list(found)
    for s, e in spans:
        kind = _KIND_BEFORE_NAME.match(text, s, e)
        if kind and e - kind.end() >= 4:
            s = kind.end()  # 加快重点工程某某铁路建设: the kind the item is said to be stands before its name
        name = _facility_name(text[s:e], clause.start + s, tokens, lex)
        a, b = clause.start + s, clause.start + e
        if name is None or any(m.start < b and a < m.end and (m.start <= a and m.end >= b or m.start < a or m.end > b or m.cls is not PLACE) for m in found):
            continue  # a found name over it decides (the suffix and built rules went first); a place inside it is its prefix
        estate = next((w for w in _ESTATE_ENDS if name.endswith(w)), "")
        if estate and not _PHASE_AFTER.match(text, e) and not _firm_park(name):
            if place_estate(name[: -len(estate)], lex) and not all_generic(name[: -len(estate)], lex, _FACILITY_GENERIC | lex.generic_words):
                out.append(Mention(PLACE, name, name, sentence, a, b, "facility"))  # 湘赣共建产业园 (a verb inside its name)
            continue  # 某区智能建造产业园加快建设: a named industrial park is a place, no work (CONVENTIONS 13; 某某产业园一期 is one)
        out.append(Mention(PROJECT, name, name, sentence, a, b, "facility"))
    # 启动智慧消防、智慧教育等项目建设, 加快城区中小学建设: a kind of work made only of generic words names none
    out = [m for m in out if not (m.cls is PROJECT and m.source in _GENERIC_CHECKED and all_generic(m.name, lex, _FACILITY_GENERIC | lex.generic_words))]
    return _works_on(out, clause, lex)


def _made_into(tokens: Sequence[Token], clause: Clause, cut: int) -> bool:
    """Whether the items before the verb at ``cut`` are made into what follows it: 将/把 before them and a noun right
    after the verb (将甲路、乙大街建成样板路: existing streets turned into model ones, nothing built)."""
    at = clause.start + cut
    after = next((k for k, t in enumerate(tokens) if t.start >= at), None)
    if after is None or after + 1 >= len(tokens) or not tokens[after + 1].tag.startswith("n"):
        return False
    return any(t.text in ("将", "把") and t.tag in ("d", "p") and clause.start <= t.start < at for t in tokens)


#: Sources of projects whose names may be generic words only (a list item, a class suffix after a kind).
_GENERIC_CHECKED = ("list", "suffix", "coordination")
