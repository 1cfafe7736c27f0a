"""Names ended by a class suffix (某某大学, 某某产业园, 某某工程) and their left boundary.

The suffixes and their classes are ``rules/suffixes.tsv``; the left boundary stops at
stop tags, boundary words and counts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kgreport import gazetteer, resources
from kgreport.extract.entities.governments import is_joint_body
from kgreport.extract.entities.known import FEATURE_WORDS, ROAD_ENDS, _province_abbreviations, is_place_name, is_region_name
from kgreport.extract.entities.names import (
    FOOTNOTE,
    COUNTED_BEFORE,
    GLUED_PREPOSITIONS,
    LEAD_COUNT,
    LEADING_DROP,
    LEVEL_PILOT,
    LEVEL_PREFIXES,
    MAX_LEN,
    NUMERAL_KIND,
    PHASE,
    STOP_TAGS,
    VERB_TAGS,
    all_generic,
    as_tuple,
    is_event,
    is_proper_token,
)
from kgreport.lexicon import Lexicon
from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT, EntityClass, Mention
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Clause, Token, _jieba, dictionary_frequency, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/suffixed.tsv"


def suffix_class(name: str, lex: Lexicon) -> EntityClass | None:
    for k in range(min(len(name), 7), 0, -1):
        cls = lex.suffixes.get(name[-k:])
        if cls is not None:
            return cls
    return None


def suffixed_mentions(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    ends: dict[int, int] | None = None  # token ends and covered words, built at the first suffix (many clauses have none)
    covered: list[tuple[int, int]] = []
    for m in lex.suffix_re.finditer(text):
        if ends is None:
            ends = {t.end: i for i, t in enumerate(tokens)}
            covered = [(c.start(), c.end()) for c in lex.not_suffixed_re.finditer(text)] if lex.not_suffixed_re else []
        ss, se = m.start(), m.end()
        result_tailed = any(a == ss and text[se:b] in _REFORM_RESULTS for a, b in covered)
        if not result_tailed and any(
            a < se and ss < b and (a < ss or b > se) and not (a < ss < b < se and _proper_before(tokens, ends, clause.start + ss, clause.start + a, lex)) for a, b in covered
        ):
            continue  # 布局, 部署, 战略通道: the suffix is part of another word (浏阳河/流域: not a word the tokens cross; 等/河/流域 is)
        end = clause.start + se
        if end not in ends:
            continue
        suffix = m.group(0)
        cls = lex.suffixes[suffix]
        if cls is PROGRAM and _MANNER_AFTER.match(text, se):
            continue  # 项目化清单化推动: 清单化 "by lists" is a manner of working, no list's name ends here
        j = ends[end]
        tok = tokens[j]
        if tok.tag == "Q":
            continue
        if len(suffix) == 1 and lex.suffixes[suffix] is PROJECT and (
            _town_name(tok.text) or tok.text[0] in GLUED_PREPOSITIONS and _town_name(tok.text[1:])
        ):
            continue  # 天生桥: a town named like a bridge (also 以/天生桥 glued into one word)
        head_tok = next((t for t in tokens if t.start < clause.start + ss < t.end), None)
        if head_tok is not None and head_tok.tag in VERB_TAGS and len(suffix) > 1 and cls is PROJECT:
            continue  # 全部通高铁 (通高/v 铁): the suffix begins inside a verb, no name ends here
        if head_tok is not None and cls is ORG and len(suffix) > 1 and head_tok.end < end and suffix[0] in _STRADDLED_STARTS:
            continue  # 文化名人/大营救: the body's suffix straddles two words, no body's name ends here
        if tok.start < clause.start + ss and tok.text not in lex.suffixes:
            if tok.tag in VERB_TAGS or len(suffix) == 1 and tok.tag == "vn":
                continue  # the suffix is the end of a verb: 举办, 快办, 经办
            if suffix in _GOVERNED_TAILS and _governs(tok.text[: len(tok.text) - len(suffix)], lex):
                continue  # 标准/推进改革, 县社/深化改革: a verb governs the kind, the words before it are no name
            if (tok.tag in ("ns", "nr", "nrt") or (tok.tag == "nz" and len(tok.text) - len(suffix) <= 1)) and not (
                suffix in FEATURE_WORDS and tok.tag == "ns" and not any(
                    d.level != "town" for c in ("", "区", "县", "市") for d in gazetteer.division_by_name(tok.text + c)
                )
            ) and not _built_road(tok, suffix, text, tok.start - clause.start, tok.end - clause.start, lex):
                continue  # a proper noun that merely ends like a suffix: 天桥, 金桥 (but 白洋淀, 清溪 are features)
        start_i = _left_boundary(tokens, j, cls, clause.start + ss, lex)
        if start_i is None:
            continue
        if not (cls is PROGRAM and (_after_object_cue(tokens, start_i, j, lex) or 0 < start_i < j - 1 and (
            tokens[start_i - 1].text in _OBJECT_CUES or tokens[start_i - 1].text in _PAIR_JOINS and _second_of_pair(tokens, start_i - 1, lex)
        ) and _opens_object(tokens[start_i], lex, tokens[start_i + 1]))):  # (实施甲行动和/服务消费提质行动: the cue's second object)
            start_i = _trim_lead(tokens, start_i, j, lex)
        if cls is ORG and start_i == j - 1 and _glued_verb(tokens[start_i], tokens[j], suffix, lex):
            start_i = j  # 尊重市政协, 捅县委, 自建实验室: a verb before a level's body or a bare kind is no part of a name
        if cls is ORG:
            start_i = _after_acting_body(tokens, start_i, j, lex)
        start = tokens[start_i].start
        first = tokens[start_i]
        if start_i < j and first.tag == "x" and len(first.text) >= 2 and (first.text[0] in GLUED_PREPOSITIONS or _glued_second_name(tokens, start_i, lex)):
            start += 1  # 以海乳/集团为龙头: jieba glued the preposition (or 和 after a first name) to an unknown name
        elif start_i < j and first.tag == "x" and len(first.text) >= 4 and first.text[0] in _PLACE_LIKE_ENDS and first.text[1] in _NAME_CONJUNCTIONS:
            start += 2  # 启动/区和碧岭/沙湖/片区: the end of the name before and the conjunction glued to an unknown name
        elif cls is PLACE and start_i < j and first.tag == "x" and first.text.startswith("驻") and len(first.text) >= 3 and (
            gazetteer.division_by_name(first.text[1:], levels=("province", "city", "county")) or is_region_name(first.text[1:])
        ):
            start += 1  # 驻雄安/新区联络处: jieba glued 驻 "stationed at" to the zone's name (驻信/高速: 驻 is 驻马店's short form)
        glued_have = next((k for k in range(j - 1, start_i - 1, -1) if _glued_have(tokens[k])), None)
        if glued_have is not None:
            # 普遍/有县/卫生院, 西有/科技/新城: jieba glued the verb 有 "there are" to a level or a side, the name starts after it
            at = next(i for i, c in enumerate(tokens[glued_have].text) if c in _GLUED_EXISTENTIALS)
            start_i = glued_have if at == 0 else glued_have + 1
            start = tokens[glued_have].start + at + 1
            first = tokens[start_i]
        if start > clause.start and text[start - clause.start - 1] == "、" and _NUMERAL_KIND_INSIDE.search(text, start - clause.start, ss):
            continue  # 工业立县、产业化富县四大战略: the last item of a counted list, not a name
        if COUNTED_BEFORE.search(text, 0, start - clause.start) or LEAD_COUNT.match(text[start - clause.start :]):
            continue  # 7个城中村环境综合整治工程, 15条断头路: a counted kind, not a name
        # 某某调水工程河北段: a 工程 built section by section is a construction work, its section in the name
        sectioned = cls is PROGRAM and suffix == "工程" and _section_end(tokens, j, PROJECT, lex) > j
        end_j = _section_end(tokens, j, PROJECT if sectioned else cls, lex)
        base = text[start - clause.start : end - clause.start]
        name = text[start - clause.start : tokens[end_j].end - clause.start]
        name, start = _drop_leading(name, start)
        name, start = _split_verb_dropped(name, start, tokens, clause, lex)
        if cls is PROGRAM and start == clause.start and name.startswith(_PILOT_VERB) and suffix != _PILOT_VERB and len(name) - len(_PILOT_VERB) >= 6:
            name, start = name[len(_PILOT_VERB) :], start + len(_PILOT_VERB)  # 试点高层次人才评价体系改革，…: 试点 opens the clause as its verb
        if cls in (ORG, PLACE) and name.startswith(_GLUED_PLAN_VERBS) and len(name) >= 6 and _opens_with_place(name[2:]):
            name, start = name[2:], start + 2  # 高起点规划光明中心区: jieba reads 规划 a noun, the name is the area's
        base = base[len(base) - (len(name) - (tokens[end_j].end - end)) :] if len(name) > tokens[end_j].end - end else base
        if cls in (PROGRAM, HONOR) and start > clause.start and text[start - clause.start - 1] == "、":
            prev = re.split(r"[、，,：:；;“”（）()]", text[: start - clause.start - 1])[-1]
            prev = prev[-4:] if len(prev) > 4 else prev
            lead = next((k for k in (3, 2) if len(name) - k >= 4 and gazetteer.division_by_name(name[:k])), 0)
            # 甲、乙基本公共服务试点: the last place of a list shares the program, it is no part of it (but after
            # 某某扩容工程、 or 某某机场、 the item before is a work, not a place: 长沙机场改扩建工程 keeps its place)
            if lead and any(gazetteer.division_by_name(prev[-k:]) for k in (2, 3, 4) if len(prev) >= k) and not any(
                prev.endswith(x) for x in lex.suffixes if lex.suffixes[x] is PROJECT or x == "工程"
            ):
                name, start = name[lead:], start + lead
                while start_i < j and tokens[start_i].start < start:
                    start_i += 1
        if cls is PROGRAM and suffix in _PARTNER_SUFFIXES and _PARTNER_LIST.search(text, 0, start - clause.start) and gazetteer.division_by_name(
            name[: -len(suffix)]
        ):
            continue  # 深化与汕头、潮州协作: the place is a partner of the cooperation, no program's name
        if cls in (ORG, PLACE) and text.endswith(_DISTRIBUTIVE_BEFORE, 0, start - clause.start):
            continue  # 强化各级安委办力量: every level's office, no one body
        if cls in (ORG, PLACE) and _runs_across_conjunction(tokens, start, lex):
            continue  # 工程防水与灾变防控重点实验室, 国际大会及会议协会: the name runs across 与/及, its start unknown
        if result_tailed and (cls is not PROGRAM or len(name) - len(suffix) < 4 or tokens[j - 1].text in lex.generic_qualifiers):
            continue  # 巩固改革成果, 某试验区重点改革任务: no field names the reform whose results are meant
        cued_generic = cls is PROGRAM and _cued_generic_program(name, suffix, text, start - clause.start, lex)
        if not (specific(base, suffix, cls, lex) or cued_generic) or _LIST_DENG.search(name):
            continue  # 输配电价等价格改革: a list, not a name
        if cls is PROGRAM and suffix in _WORKS_ON_A_SITE and not any(w in name for w in _CAMPAIGN_WORDS):
            if not _proper_head(tokens, start_i, j, suffix, lex, works=True) or not _names_a_site(name[: -len(suffix)], lex):
                continue  # 垃圾整治, 隐患排查整治: a kind of work, no named site and no campaign
            cls = PROJECT  # 宝兴路综合整治: works on a named site
        if suffix == "工程" and _KIND_OF_WORK.search(name) and _NAMED_WORK_AFTER.match(text, tokens[end_j].end - clause.start):
            continue  # 某某通道西线主通道重点工程隆泸叙铁路: the kind the work after it is said to be, no name of its own
        if cls is PROGRAM and suffix == "工程" or cls is PROJECT and suffix == "工程":
            works = PROJECT if sectioned else _works_class(name, tokens, start_i, j, lex)
            if works is None:
                continue
            cls = works
        if not (specific(name, suffix, cls, lex) or cued_generic and cls is PROGRAM):
            continue
        if cls is PLACE and suffix in _DESIGNATION_ZONES and _unnamed_designation(name[: -len(suffix)], lex):
            continue  # 林长制改革示范区, 生态保护区, 铁路沿线安全保护区: a kind of designated zone, no place names it
        if cls is PROJECT and suffix in _COUNTED_KINDS and _PROJECT_COUNTED_AFTER.match(text, tokens[end_j].end - clause.start) and not text.endswith(
            ("、", "和", "及"), 0, start - clause.start
        ):
            continue  # 实施百城建设提质项目573个, 新增中小试基地10个: a kind the report counts, no one work (甲、乙两个项目 are named)
        if cls is PROJECT and _LIST_HEAD_BEFORE.search(text, 0, start - clause.start):
            continue  # 推进甲、乙等街道文体设施项目建设: the head of a list names the items' kind, the items are the works
        if cls is PROGRAM and suffix == "计划" and (
            name[:-2].endswith(_PLAN_MEASURES) and not _DATED_PLAN.match(name) or text.startswith(_PLAN_VERB_OBJECTS, se)
        ):
            continue  # 粮食产量计划达到…, 基本建设计划, 某新城计划投资…: a planned quantity or the verb 计划, no program
        if cls is PROGRAM and suffix == "计划" and tok.text == suffix and (
            end_j + 1 < len(tokens) and tokens[end_j + 1].tag not in ("w", "x") and (
                gazetteer.division_by_name(name[:-2]) or _DIVISION_SHAPE.fullmatch(name[:-2]) or tokens[end_j + 1].tag in _PLAN_VERB_NEXT_TAGS
            )
        ):
            continue  # 某某区计划分梯度推进…, 该片区计划于2026年建成: a body or place plans to, no plan's name
        if cls is PROGRAM and suffix == _PILOT_VERB and _pilot_site(name[: -len(suffix)]):
            continue  # 在罗湖试点, 在某市北部试点打造…, 整省试点: where a pilot is run, no program's name
        if cls is PROGRAM and suffix == "改革" and start_i == j - 1 and tokens[start_i].tag not in _FIELD_TAGS:
            continue  # 找准改革, 整个改革, 讲好改革: a verb, adverb or determiner before a bare reform names no field
        if cls is PROGRAM and suffix == "改革" and start_i < j and tok.text == suffix and tokens[j - 1].text in _ATTITUDE_VERBS:
            continue  # 让群众了解改革, 有的人赞成改革, 向社会公开征集改革“金点子”: the kind is an object, no name
        if cls is PROGRAM and start_i == j - 1 and tok.text == suffix and tokens[start_i].tag in _EMPTY_STEM_TAGS:
            continue  # 认真试点, 根本战略, 稳定责任制: an adverb or adjective before a bare kind names no program
        if cls is PROGRAM and suffix == "计划" and start_i == j - 1 and tokens[start_i].tag in _PLAN_NOT_FIELD_TAGS and not _after_object_cue(tokens, start_i, j, lex):
            continue  # 下达计划, 理顺计划, 拟定计划: a verb on the plan, no plan's name (but 实施倍增计划 is one)
        if cls is PROJECT and suffix in _AIM_SUFFIXES and _AIMED.search(text, 0, start - clause.start):
            continue  # 打造全国重要的文化传承创新基地, 打造大湾区综合交通枢纽: an aim of the region, no one work
        if cls is PLACE and suffix in _AIM_ZONE_SUFFIXES and (
            _ZONE_AIMED.search(text, 0, start - clause.start)
            or text.startswith("创建", start - clause.start + len(name))
            or name.startswith(("国家", "全国"))
        ) and not _holds_place(name[: -len(suffix)], lex):
            continue  # 打造碳达峰碳中和先行示范区, 国家生态文明先行示范区创建, 推进国家生态文明建设示范区建设: a designation
        if suffix in FEATURE_WORDS and len(suffix) == 1 and len(name) > 5:
            continue  # 一河指布吉河: a river's name is short; a long one swallowed other words
        if suffix in lex.weak_suffixes and not _proper_head(tokens, start_i, j, suffix, lex, cls is PROJECT) and not (
            cls is PROGRAM and _cued_program(name, suffix, text, start - clause.start)
        ):
            continue  # 垃圾焚烧发电项目, 通村公路: a kind of thing, not a name
        if suffix in _PLACE_HEADED and j - start_i < 3 and not _placed_head(name[: -len(suffix)]):
            continue  # 助企纾困政策, 支农惠农政策: a kind of policy (失业保险保障扩围政策 names one)
        if cls is PROGRAM and (LEVEL_PILOT.search(name) or is_event(name, lex)):
            continue  # 某改革省级试点 is a status (an honor); 纪念活动 is an event
        if cls is PROGRAM and suffix == "试点" and any(text.startswith(h, se) for h in _PILOT_HONOR_TAILS):
            continue  # 智能制造试点示范工厂: the pilot is part of an honor
        if len(suffix) == 1 and tok.text == suffix and tok.tag in VERB_TAGS and name[:1] not in LEVEL_PREFIXES and not (
            j > start_i and tokens[j - 1].text.endswith(("委", "府"))
        ):
            continue  # 勤俭办, 集中力量办, 民意速办: the verb 办; a body's 办 follows a body or a level (县委办, 市创建办)
        if suffix == "办" and len(name) >= 2 and name[-2] in _HANDLING_MANNER:
            continue  # 一窗通办, 民意速办, 网上可办: how a matter is handled, no office (扶贫办, 台办)
        if cls is ORG and start_i == j == end_j and tok.tag == "n" and start == tok.start and name == tok.text:
            continue  # 行政公署, 检察院: one common noun jieba knows is a kind of body, no one body's name
        if cls is ORG and text.startswith(_SYSTEM_AFTER, tokens[end_j].end - clause.start):
            continue  # 建立现代银行制度: the kind of body a system is about, no one body
        if cls is ORG and suffix == "两院" and text.startswith("院士", tokens[end_j].end - clause.start):
            continue  # 在某省工作两院院士: members of the two academies (persons), no paired institutes
        if cls is ORG and _ORG_COUNTED_AFTER.match(text, tokens[end_j].end - clause.start):
            continue  # 新认定某某学者工作站2个, 培育镇街区域养老服务中心100家: a kind counted, no one body
        if cls is PROGRAM and name.endswith("政策") and text.startswith(_POLICY_FIELD_AFTER, tokens[end_j].end - clause.start):
            continue  # 构建某某型政策体系, 加大对某某政策支持力度: a policy system's field or the support given, no one policy
        if cls is ORG and _HOSPITAL_GRADE.search(name):
            continue  # 市三级妇幼保健院, 二级甲等医院: a hospital's grade (an honor), no hospital's name
        if cls in (ORG, PLACE) and _STAR_GRADE.search(name):
            continue  # 评为市五星级公园, 省五星级养老机构: a grade of a kind (an honor), no park's or body's name
        if cls is ORG and name.startswith(_MERIT_OPENINGS) and _LEVEL_BEFORE.search(text, 0, start - clause.start):
            continue  # 全国模范检察院: a title of merit (the honor family's), not a body's name
        if cls in (ORG, PLACE) and name[: -len(suffix)] in _CAMPAIGN_QUALITIES and _CAMPAIGN_ITEM.search(text):
            continue  # 开展平安校园、平安医院建设, 平安景区、平安公园, 平安园区建设: the campaign's item, no one hospital or park
        if cls is ORG and "和" in name[1:-1] and name.rsplit("和", 1)[1][:1] in LEVEL_PREFIXES:
            continue  # 党中央国务院和省委: 和 joins two bodies, the one after it a level's (the government family's)
        if cls is ORG and is_joint_body(name):
            continue  # 区市党委: one body per level, the government family's
        if cls is ORG:
            name, start = drop_descriptor(name, start)
            name, start = _level_body(name, start, lex)
        if cls is ORG and suffix == "人民政府":
            government = _government_name(name)
            if government is None:
                continue  # 会议上市人民政府: the bare 市人民政府 is the government family's
            name, start = government, start + len(name) - len(government)
        if cls is PLACE and name in _WATER_GENERIC:
            continue  # 推进滨河二期等水质净化厂: 'riverside' (a common word), no river's name
        if cls is PLACE:
            name, start = _dash_joined(name, start, tokens, clause, lex)
        count = _LIST_COUNT_IN_NAME.search(name, 0, len(name) - len(suffix)) if cls is PROJECT and suffix else None
        if count:  # 甲、乙4条高速: the list's count is no part of a road's name, nor of an alias
            name = name[: count.start()] + name[count.end() :]
        out.append(Mention(cls, name, name, sentence, start, tokens[end_j].end, "suffix"))
    out = _campuses(out, clause)
    out += _positioned_places(tokens, clause, sentence, lex) + _water_bodies(tokens, clause, sentence) + _villages(tokens, clause, sentence) + _ports(tokens, clause, sentence) + _landforms(tokens, sentence) + _province_parts(clause, sentence) + _direction_parts(tokens, clause, sentence)
    return (
        out + chief_systems(clause, sentence) + region_programs(clause, sentence, lex) + numbered_documents(clause, sentence)
        + policy_packages(clause, sentence) + yearly_programs(clause, sentence) + cued_plans(clause, sentence) + shared_head_programs(clause, sentence, lex)
        + joint_programs(clause, sentence)
    )


#: 等 closing a list inside a candidate, not the 等 of 高等 "higher" or 等级 "grade", e.g. "等" in "输配电价等价格改革",
#: "连平等合作园区" (not "高等" in "某省高等研究院": 平等, 同等 are not excepted, as 连平, 大同 end place names).
_LIST_DENG = re.compile(r"(?<!高)等(?!级)")

#: Tags of a proper name jieba read as one word, e.g. "浏阳河/ns" before 流域.
_PROPER_WORD_TAGS = frozenset({"ns", "nr", "nrt", "nz", "x"})


def _proper_before(tokens: Sequence[Token], ends: dict[int, int], at: int, word_start: int, lex: Lexicon) -> bool:
    """Whether a proper word of two or more characters ends at ``at`` and holds the start of a word of
    not_suffixed.txt that runs on into the suffix: jieba cut the name before the suffix (浏阳河/流域), so the
    word it straddles (河流) is no word here; 等/河/流域 and 中/小河/流域 (小河 a word of the list itself) keep it."""
    k = ends.get(at)
    if k is None or len(tokens[k].text) < 2 or tokens[k].start >= word_start or tokens[k].tag not in _PROPER_WORD_TAGS:
        return False
    return not (lex.not_suffixed_re and lex.not_suffixed_re.fullmatch(tokens[k].text))


#: A kind of work a name is said to be, ending a 工程 span, e.g. "重点工程" in "某某通道西线主通道重点工程".
_KIND_OF_WORK = re.compile(r"(?:重点|重大|标志性|控制性)工程$")

#: A work's own name right after such a kind, up to a project's ending, e.g. "隆泸叙铁路" in "…重点工程隆泸叙铁路开通".
_NAMED_WORK_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:铁路|高铁|高速公路|高速|公路|大桥|隧道|机场|水库|电站|电厂|港|码头|枢纽|管道|线)")


#: Verbs of taking part in or judging that make 改革 right after them their object
#: (suffixed.tsv attitude_verb), e.g. "了解" in "让普通群众了解改革".
_ATTITUDE_VERBS = frozenset(word_list(_WORDS, "attitude_verb"))

#: One character making one noun with the verb before it inside a body's name, e.g. "权" in "碳排放权交易中心".
_VERB_NOUN_ENDS = frozenset(word_list(_WORDS, "verb_noun_end"))


#: Words right after 改革 that speak of its results or tasks, from suffixed.tsv reform_result, e.g. "成果" in
#: "巩固行政审批制度改革成果" (the reform is named when a field of four or more characters comes before it).
_REFORM_RESULTS = frozenset(word_list(_WORDS, "reform_result"))


#: Tags of a lone word before a program's kind that name no field or target: adverbs, adjectives, pronouns,
#: prepositions, conjunctions, e.g. "认真/ad" in "认真试点", "根本/a" in "根本战略".
_EMPTY_STEM_TAGS = frozenset({"d", "ad", "a", "r", "p", "c"})


#: Quantities whose planned value a 计划 gives, from suffixed.tsv plan_measure, e.g. "产量" in "粮食产量计划达到…".
_PLAN_MEASURES = tuple(word_list(_WORDS, "plan_measure"))

#: Fields of working together that name no partners (suffixed.tsv cooperation_field), e.g. "经济技术" in "经济技术协作".
_COOPERATION_FIELDS = frozenset(word_list(_WORDS, "cooperation_field"))

#: Words of a field or scope that, with generic words only, before 战略 name a kind of strategy, e.g. "区域" and "技术" in
#: "区域重大战略", "技术发展战略" (suffixed.tsv strategy_field; "区域协调发展战略" names one, and "协同发展战略" holds none).
_STRATEGY_FIELDS = frozenset(word_list(_WORDS, "strategy_field"))

#: A year opening a plan's name makes the year's plan one document, e.g. "一九五八年" in "一九五八年度国民经济计划",
#: "2024年" in "2024年度投资计划" (a plan_measure end alone, 国民经济计划, is every year's kind).
_DATED_PLAN = re.compile(r"(?:(?:19|20)\d\d|[一二][九〇零][〇零一二三四五六七八九]{2})年")

#: "To pilot", opening a clause before a program's name (试点某某评价体系改革，…): the clause's verb, no part of the name.
_PILOT_VERB = "试点"

#: A site alone before 试点: a place, a place and its part, or a whole division (整省, 整县), e.g. "某市北部" in 某市北部试点.
_PILOT_SITE = re.compile(r"(整[省市县区镇乡村]|[\u4e00-\u9fff]{2,6}?)(?:[东南西北中]部|全域)?")

def _pilot_site(stem: str) -> bool:
    """Whether the words before 试点 only say where a pilot is run: a division, its part or the whole of one."""
    m = _PILOT_SITE.fullmatch(stem)
    return m is not None and (m.group(1).startswith("整") or bool(gazetteer.division_by_name(m.group(1))))


#: Tags of the word right after 计划 that make it the verb "plans to": a preposition or an adverb, e.g. "于" in
#: "计划于2026年建成", "分" in "计划分梯度推进" (jieba tags 分 a preposition or adverb).
_PLAN_VERB_NEXT_TAGS = frozenset({"p", "d"})

#: A short name shaped like a division's, e.g. "某某区" in "某某区计划分梯度推进…": the planner, no plan's field.
_DIVISION_SHAPE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:省|市|县|区|镇|乡|街道|新区)")

#: Objects after 计划 that make it the verb "plans to", from suffixed.tsv plan_verb_object, e.g. "投资" in "某新城计划投资10亿元".
_PLAN_VERB_OBJECTS = tuple(word_list(_WORDS, "plan_verb_object"))

#: Tags of a one-word field before a bare 改革, e.g. "价格/n" in "价格改革", "土地改革/l", "农垦/n".
_FIELD_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "j", "l", "vn", "an", "eng", "i"})

#: Tags of a word before a bare 计划 that make it a verb on a plan, not a plan's name, e.g. "下达/v" in 下达计划.
_PLAN_NOT_FIELD_TAGS = frozenset({"v", "vd", "vi", "d", "r", "p"})

#: 化 right after a program suffix, making it a manner word (not 化工, 化肥, 化学), e.g. "化" in "清单化推进".
_MANNER_AFTER = re.compile(r"化(?![工肥学石纤妆])")

#: Verbs whose object is a whole program name (实施, 开展), from suffixed.tsv object_cue.
_OBJECT_CUES = frozenset(word_list(_WORDS, "object_cue"))

#: Modifiers of standard and scope that open a program's name right after an object cue (高水平, 全方位),
#: from suffixed.tsv name_modifier.
_NAME_MODIFIERS = frozenset(word_list(_WORDS, "name_modifier"))

#: Word tags that may open a program name right after an object cue: verbs, adverbs and
#: adjectives (全面, 优化, 提升) as well as nouns.
_OPENING_TAGS = frozenset({"v", "vn", "vd", "ad", "a", "d", "n"})

#: Tags of nouns jieba does not know as such that may open a program name after an object cue too: abbreviations
#: and unknown words of Chinese characters (农网 in 实施农网巩固提升工程 is tagged x), other proper nouns, fixed
#: phrases (工程建设/l in 实施工程建设领域整顿市场秩序行动).
_OPENING_NOUN_TAGS = frozenset({"j", "nz", "x", "l"})


#: A chief system, e.g. "河长制", "链长制" (the objects from suffixed.tsv chief_object).
_CHIEF_SYSTEM = re.compile(f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'chief_object')))})长制")


#: A hospital's grade right before its kind, e.g. "三级" in "市三级妇幼保健院", "二级甲等" in "二级甲等医院"
#: (the grades from suffixed.tsv hospital_grade).
_HOSPITAL_GRADE = re.compile(f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'hospital_grade')))})(?:[甲乙丙]等)?[^院]{{0,6}}院$")

#: A scenic area's grade as the whole head of a candidate, e.g. "5A" in "5A景区", "4A级以上旅游" in "4A级以上旅游景区".
_SCENIC_GRADE_HEAD = re.compile(r"(?:国家)?[1-5１-５][AaＡ]级?(?:以上)?(?:旅游)?")

#: A star grade inside a candidate, e.g. "五星级" in "市五星级公园", "二星级" in "省二星级开发区".
_STAR_GRADE = re.compile(r"[一二三四五1-5]星级")

#: First characters of body suffixes that jieba often reads as the end of another word (名人/大 of 人大,
#: 个人/大: no 人大 there), e.g. "人" in "文化名人大营救".
_STRADDLED_STARTS = frozenset("人")

#: Verbs of planning that jieba reads as nouns and glues before an area's name (suffixed.tsv glued_plan_verb), e.g. "规划" in "规划光明新城".
_GLUED_PLAN_VERBS = tuple(word_list(_WORDS, "glued_plan_verb"))

#: Qualities a campaign makes of every body of a kind (suffixed.tsv campaign_quality), e.g. "平安" in "平安医院".
_CAMPAIGN_QUALITIES = frozenset(word_list(_WORDS, "campaign_quality"))

#: A clause that runs a campaign of qualities: the quality twice (平安校园、平安医院) or the item
#: built or created (平安医院建设, 创建平安医院3家).
_CAMPAIGN_ITEM = re.compile(
    "|".join(f"{q}.*{q}|(?:创建|打造){q}|{q}[^，。；、]{{1,4}}(?:建设|创建)" for q in map(re.escape, sorted(_CAMPAIGN_QUALITIES)))
)

#: Words of merit that open a title, not a body's name, after a level (全国模范检察院; honors.tsv merit_word).
_MERIT_OPENINGS = tuple(word_list("rules/entities/honors.tsv", "merit_word"))

#: A level right before a name, e.g. "全国" in "全国模范检察院".
_LEVEL_BEFORE = re.compile(r"(?:国家级|省级|市级|县级|全国|全省|全市|全县|国家|省)$")

#: Verbs and cues inside a zone's name, from suffixed.tsv zone_inner, e.g. "合作" in "某皖合作示范区".
_ZONE_INNER = frozenset(word_list(_WORDS, "zone_inner"))

#: Characters before 办 that make it the verb "handle", from suffixed.tsv handling_manner, e.g. "通" in "一窗通办".
_HANDLING_MANNER = frozenset(word_list(_WORDS, "handling_manner"))

#: Program suffixes that are the cooperation itself after a partner list (data: partner_suffix).
_PARTNER_SUFFIXES = frozenset(word_list(_WORDS, "partner_suffix"))

#: A partner list open right before a name, e.g. "与汕头、" in "深化与汕头、潮州协作", "同" in "加强同京津合作".
_PARTNER_LIST = re.compile(r"(?:与|同)(?:[^，,；;。：:与同]{1,8}、)*$")


def chief_systems(clause: Clause, sentence: int) -> list[Mention]:
    """X长制 (河长制, 田长制, 链长制): a Program wherever it stands, even glued to a verb (推行街长制)."""
    if "长制" not in clause.text:
        return []  # the pattern ends in 长制
    return [
        Mention(PROGRAM, m.group(0), m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), "chief-system")
        for m in _CHIEF_SYSTEM.finditer(clause.text)
    ]


#: A road or station used as a place: a position word after it, e.g. "路" before "沿线" in
#: "深南路沿线", "南站" before "周边" in "保定南站周边" (not 丝绸之路沿线, not a railway: 京广铁路沿线城市).
_POSITIONED = re.compile(r"(?<![之铁])(?:[东南西北中]?路|大道|大街|[东南西北]?站)(?=沿线|周边|两侧|一带|区域)")


def _positioned_places(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """某某路沿线, 某某南站周边: the named road or station is a place there, not a work."""
    out: list[Mention] = []
    text = clause.text
    positioned = list(_POSITIONED.finditer(text))
    if not positioned:
        return out  # most clauses: no position word, so no need for the token ends and covered words
    ends = {t.end: i for i, t in enumerate(tokens)}
    covered = [(c.start(), c.end()) for c in lex.not_suffixed_re.finditer(text)] if lex.not_suffixed_re else []
    for m in positioned:
        j = ends.get(clause.start + m.end())
        if j is None or any(a < m.end() and m.start() < b and (a < m.start() or b > m.end()) for a, b in covered):
            continue  # 道路沿线: a common word, no road's name
        start_i = _left_boundary(tokens, j, PLACE, clause.start + m.start(), lex)
        if start_i is None:
            continue
        start_i = _trim_lead(tokens, start_i, j, lex)
        if start_i == j and tokens[j].text in _ROAD_ROOTS and j > 0 and tokens[j - 1].tag in VERB_TAGS and len(tokens[j - 1].text) == 2:
            start_i = j - 1  # 解放路, 建设东路: a road named by a verb
        start, end = tokens[start_i].start, tokens[j].end
        if start_i < j and tokens[start_i].tag == "x" and tokens[start_i].text[0] in GLUED_PREPOSITIONS:
            start += 1  # 对光侨路沿线: jieba glued the preposition to the road's name
        name = text[start - clause.start : end - clause.start]
        if name[0] in LEVEL_PREFIXES or COUNTED_BEFORE.search(text, 0, start - clause.start) or LEAD_COUNT.match(name):
            continue  # 省控站周边, 20条道路沿线: a kind of site, not a name
        one_word = start_i == j and tokens[j].tag in ("ns", "nz", "nr", "x")  # 朝阳路 as one place word
        by_verb = start_i == j - 1 and tokens[j].text in _ROAD_ROOTS and tokens[start_i].tag in VERB_TAGS
        if len(name) > len(m.group(0)) and (one_word or by_verb or start_i < j and _proper_head(tokens, start_i, j, m.group(0), lex)):
            out.append(Mention(PLACE, name, name, sentence, start, end, "suffix"))
    return out


def _water_bodies(tokens: Sequence[Token], clause: Clause, sentence: int) -> list[Mention]:
    """A river or lake whose name jieba reads as an unknown or person's word (练江/x, 梁子湖/nr) or
    cuts in two (滆/湖), named where the sentence speaks of water: before 流域, 治理, 水质… or in a
    list of such names. 江 is no class suffix (浙江, 镇江), so only these words make one a place."""
    out: list[Mention] = []
    if not any(e in clause.text for e in _WATER_ENDS):
        return out  # every name below ends in one of them: most clauses have nothing to do here
    n = len(tokens)
    found: list[tuple[int, int]] = []
    for j, t in enumerate(tokens):
        if len(t.text) == 1 and t.text in _WATER_ENDS and j > 0 and len(tokens[j - 1].text) == 1 and tokens[j - 1].tag in _WATER_HEAD_TAGS:
            i = j - 1  # 滆/湖: a one-character name cut off its ending
            if i > 0 and tokens[i - 1].tag not in _WATER_BEFORE_TAGS:
                continue
        elif 2 <= len(t.text) <= 4 and t.text[-1] in _WATER_ENDS and t.tag in _WATER_WORD_TAGS:
            i = j
            if i > 0 and len(tokens[i - 1].text) == 1 and tokens[i - 1].tag not in _WATER_JOINS:
                continue  # 布/吉河, 小/洪河, 西/淝河: the word is the tail of a longer name jieba cut
        else:
            continue
        name = "".join(tokens[k].text for k in range(i, j + 1))
        if name in _WATER_GENERIC or name[:-1] in _WATER_GENERIC or _is_division_form(name):
            continue  # 河湖, 江河, 沿江; 镇江, 湛江: a common word or a city
        found.append((i, j))
    for i, j in found:
        k = j + 1
        while k + 1 < n and tokens[k].text == "、" and tokens[k + 1].text[-1:] in _WATER_ENDS:
            k += 2
        if k < n and tokens[k].text.startswith(_BASIN_WORDS):
            continue  # 闽江、乌江流域: the basins are the suffix family's names
        listed = (i > 1 and tokens[i - 1].text == "、" and tokens[i - 2].text[-1:] in _WATER_ENDS) or k > j + 1
        if not listed and not (j + 1 < n and tokens[j + 1].text.startswith(_WATER_CONTEXT)):
            continue  # 香蜜湖片区, 西丽湖论坛: the lake's name inside another name
        name = "".join(tokens[k].text for k in range(i, j + 1))
        out.append(Mention(PLACE, name, name, sentence, tokens[i].start, tokens[j].end, "suffix"))
    return out


#: The ending of a port or bay named by the division it serves, e.g. "港" in "深化盐田港绿色低碳港口建设",
#: "湾" in "深化泉州湾综合整治".
_PORT_END = re.compile("[港湾]")

#: Words right after 某某港 (某某湾) that make it part of another word, from suffixed.tsv port_not_after,
#: e.g. "澳" in "深港澳", "公司" in "宝安湾公司".
_PORT_NOT_AFTER = tuple(word_list(_WORDS, "port_not_after"))


@functools.lru_cache(maxsize=4096)
def _port_place(stem: str, ending: str = "港") -> bool:
    """Whether ``stem`` names a division above a town by its full name or short form, and 某某港 (某某湾)
    is no division itself (防城港, 连云港, 香港 are cities, not their ports; 龙湾 a district)."""
    if not any(d.level != "town" for d in gazetteer.division_by_name(stem)):
        return False
    return not any(gazetteer.division_by_name(stem + ending + c) for c in ("", "市", "区", "县", "省", "特别行政区"))


def _ports(tokens: Sequence[Token], clause: Clause, sentence: int) -> list[Mention]:
    """Ports and bays named by their place (深圳港, 盐田港, 宁波舟山港, 北海铁山港区; 泉州湾, 胶州湾):
    a place's full name or short form right before 港 or 湾, opening a word; jieba keeps no such
    name as one word and the known-name index reads the city alone."""
    text = clause.text
    if "港" not in text and "湾" not in text:
        return []  # most clauses name no port or bay
    starts = {t.start - clause.start for t in tokens}
    ends = {t.end - clause.start: t for t in tokens}
    out: list[Mention] = []
    for m in _PORT_END.finditer(text):
        end, ending = m.end(), m.group(0)
        if text.startswith(_PORT_NOT_AFTER, end) or ending == "湾" and text.startswith("区", end):
            continue  # 深港澳, 港资, 友好港口: 港 opens another word; 某湾公司: a firm; 某湾区: a bay area, no bay
        a = next((a for a in range(max(0, end - 5), end - 2) if a in starts and _port_place(text[a : end - 1], ending)), None)
        if a is None:
            continue
        before = ends.get(a)
        if before is not None and before.tag == "ns" and len(before.text) == 2 and is_region_name(before.text) and _port_place(before.text):
            a -= 2  # 宁波舟山港: a port named by two cities (新建/黄骅港: 新建 is a verb there)
        if ending == "港" and end < len(text) and text[end] == "区" and not text.startswith("区域", end):
            end += 1  # 盐田港区: the port's district
        out.append(Mention(PLACE, text[a:end], text[a:end], sentence, clause.start + a, clause.start + end, "suffix"))
    return out


#: A part of a province named by its one-character abbreviation and a direction, e.g. "皖北地区" in
#: "开展皖北地区空气质量提升攻坚", "渝东北片区" (the abbreviations: rules/province_abbreviations.tsv).
_PROVINCE_PART = re.compile(
    "[" + "".join(sorted({r["abbreviation"] for r in load_tsv("rules/province_abbreviations.tsv")})) + "](?:东南|东北|西南|西北|[东南西北中])(?:地区|片区)"
)


def _province_parts(clause: Clause, sentence: int) -> list[Mention]:
    """Named parts of a province (皖北地区, 粤东地区, 渝西地区, 渝东南片区): a region of the report or its
    neighbours that no gazetteer holds and jieba cuts apart."""
    if "地区" not in clause.text and "片区" not in clause.text:
        return []  # most clauses name no such part
    text = clause.text
    return [
        Mention(PLACE, m.group(0), m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), "suffix")
        for m in _PROVINCE_PART.finditer(text)
        if m.start() == 0 or _dictionary_tag(text[m.start() - 1 : m.start() + 1]) is None  # 高新南片区: 新 ends the word 高新
    ]


#: The parts of the country by direction listed before the last one's 部地区, e.g. "东、中、" in "东、中、西部地区",
#: "东部、中部、" in "东部、中部、西部地区" (each item one direction, 部 optional).
_DIRECTION_LIST = re.compile(r"((?:[东中西]部?[、和及与])+)[东中西]部地区")

#: One item of such a list, e.g. "中部" in "东部、中部、".
_DIRECTION_ITEM = re.compile(r"([东中西])部?")


def _direction_parts(tokens: Sequence[Token], clause: Clause, sentence: int) -> list[Mention]:
    """东、中、西部地区, 东部、中部、西部地区: each direction listed before the last one's 部地区 names its
    region (东部地区, 中部地区) as 金丰、朝阳片区 names two zones; the last one is the gazetteer's. An item
    must begin a word (广东、西部地区: 东 ends a province's name)."""
    if "部地区" not in clause.text:
        return []  # most clauses name no such list
    starts = {t.start for t in tokens}
    out: list[Mention] = []
    for m in _DIRECTION_LIST.finditer(clause.text):
        pos = m.start(1)
        for item in re.split("[、和及与]", m.group(1))[:-1]:
            d = _DIRECTION_ITEM.fullmatch(item)
            at = clause.start + pos
            if d is None or at not in starts:
                break
            name = d.group(1) + "部地区"
            out.append(Mention(PLACE, name, item, sentence, at, at + len(item), "coordination"))
            pos += len(item) + 1
    return out


#: Endings of a named landform or region, from suffixed.tsv landform_end, e.g. "走廊" in "河西走廊".
_LANDFORM_ENDS = tuple(word_list(_WORDS, "landform_end"))


def _landforms(tokens: Sequence[Token], sentence: int) -> list[Mention]:
    """Named landforms and regions jieba's dictionary holds as one place word (河西走廊/ns, 青藏高原/ns,
    塔克拉玛干沙漠/ns): a place whatever the verb, as the suffix family skips a place word that
    merely ends like a suffix (天桥). The part before the ending must be no common word (山间盆地, 稀树草原)."""
    out: list[Mention] = []
    for t in tokens:
        if t.tag != "ns" or not t.text.endswith(_LANDFORM_ENDS) or _dictionary_tag(t.text) != "ns":
            continue
        stem = t.text[: -len(next(e for e in _LANDFORM_ENDS if t.text.endswith(e)))]
        if len(stem) >= 2 and _dictionary_tag(stem) not in _COMMON_STEM_TAGS:
            out.append(Mention(PLACE, t.text, t.text, sentence, t.start, t.end, "suffix"))
    return out


#: A village or community right after its town, township or street office, e.g. "马坊村" in
#: "王林口镇马坊村", "益田社区" in "福保街道益田社区"; a gacha (嘎查, Inner Mongolia's village) after its
#: sumu (苏木, township) or town, e.g. "某某图嘎嘎查" in "某某苏木某某图嘎嘎查": Mongolian names are longer (group 1: the name).
_VILLAGE_AFTER_TOWN = re.compile(
    r"(?:(?<=[镇乡])|(?<=街道)|(?<=苏木))([^\W\d镇乡村县市区街道社]{2,3}(?:村|社区)|[^\W\d镇乡村县市区街道社苏木]{2,6}?嘎查)"
)

#: One item of a 、-list that ends as a village or community, e.g. "瓦窑头村" in "红星村、瓦窑头村等",
#: or as a gacha (嘎查), e.g. "乌兰哈达嘎查" in "乌兰哈达嘎查、某某嘎查".
_VILLAGE_ITEM = re.compile(r"([^\W\d镇乡村县市区街道社]{2,4}(?:村|社区)|[^\W\d镇乡村县市区街道社苏木]{2,6}?嘎查)")


def _villages(tokens: Sequence[Token], clause: Clause, sentence: int) -> list[Mention]:
    """Villages and communities named where the text shows they are names: after their town,
    township or street office (王林口镇马坊村, 福保街道益田社区) or as two or more items of a
    list (平山村、百旺村、渔二村); a lone 某某村 is too often a kind (示范村, 城中村)."""
    text = clause.text
    if "村" not in text and "社区" not in text and "嘎查" not in text:
        return []  # both patterns below end in one of these: most clauses have nothing to do here
    starts = {t.start - clause.start for t in tokens}
    ends = {t.end - clause.start: t for t in tokens}
    spans: list[tuple[int, int]] = [
        (m.start(1), m.end(1)) for m in _VILLAGE_AFTER_TOWN.finditer(text) if text[max(0, m.start(1) - 2) : m.start(1)] not in _TOWN_KINDS
    ]
    for run in re.finditer(r"[^、，,；;：:（）()“”《》。\s]+(?:、[^、，,；;：:（）()“”《》。\s]+)+", text):
        items: list[tuple[int, int]] = []
        pos = run.start()
        parts = run.group(0).split("、")
        for k, item in enumerate(parts):
            if k == 0:  # 稳妥推进平山村: the shortest ending that opens a word
                m = next((m for a in range(len(item) - 3, max(-1, len(item) - 9), -1) if (m := _VILLAGE_ITEM.fullmatch(item, a)) and pos + a in starts), None)
            elif k == len(parts) - 1:  # 野牛村棚户区改造: the name runs up to its ending
                m = _VILLAGE_ITEM.match(item)
            else:
                m = _VILLAGE_ITEM.fullmatch(item)
            if m is not None:
                a = pos + m.start(1)
                before = ends.get(a)
                if k == 0 and before is not None and len(before.text) == 1 and before.tag not in _WATER_JOINS and m.end(1) - m.start(1) < 5:
                    a -= 1  # 推进大/南关村: a one-character word before the name opens it
                items.append((a, pos + m.end(1)))
            pos += len(item) + 1
        if len(items) >= 2:
            spans += items
    out: list[Mention] = []
    for a, b in sorted(set(spans)):
        if text[a] in _GLUED_JOINS:
            a += 1  # 城镇和农村, 丹平至六约新村: a conjunction or preposition jieba left before the name
        name = text[a:b]
        if _named_village(name):
            out.append(Mention(PLACE, name, name, sentence, clause.start + a, clause.start + b, "suffix"))
    return out


def _named_village(name: str) -> bool:
    """Whether ``name`` (ending in 村, 社区 or 嘎查) names one village or community, not a kind of them."""
    stem = name[:-2] if name.endswith(("社区", "嘎查")) else name[:-1]
    if name.endswith("嘎查"):  # a Mongolian name jieba splits into odd words: only a common word or a join is no name
        return len(stem) >= 2 and _dictionary_tag(stem) not in _COMMON_STEM_TAGS and not any(c in _GLUED_JOINS for c in stem) and stem not in _VILLAGE_GENERIC
    if len(stem) < 2 or _dictionary_tag(stem) in _COMMON_STEM_TAGS or any(c in _GLUED_JOINS for c in stem) or any(
        t.tag in _VERB_STEM_TAGS for t in tokenize(stem)
    ):
        return False  # 和农村, 创业社区, 实施社区: a common word before the ending names no village
    # 城中村, 示范村, 智慧社区: a kind of village or community
    return not (stem in _VILLAGE_GENERIC or any(stem.startswith(w) or stem.endswith(w) for w in _VILLAGE_GENERIC if len(w) >= 2))


#: A village or community with the division that holds it, read as one name by a list or holder
#: rule, e.g. "清苑区冉庄村", "东闾乡北邓村" (group 1: the division; group 2: the village).
_DIVISION_VILLAGE = re.compile(r"([^\W\d]{2,5}?(?:镇|乡|街道|区|县))([^\W\d镇乡村县市区街道社]{2,3}(?:村|社区))")


def split_village_paths(found: list[Mention]) -> list[Mention]:
    """Place mentions that name a division and a village in it (清苑区冉庄村入选…, a list item)
    cut in two, as the suffix family reads 王林口镇马坊村: the village is the place a reader
    indexes, and locatedIn its division."""
    out: list[Mention] = []
    for m in found:
        path = _DIVISION_VILLAGE.fullmatch(m.name) if m.cls is PLACE and m.name == m.surface else None
        if path is None or not _named_village(path.group(2)) or not _village_holder(path.group(1)):
            out.append(m)
            continue
        cut = m.start + path.end(1)
        out.append(replace(m, name=path.group(1), surface=path.group(1), end=cut))
        out.append(replace(m, name=path.group(2), surface=path.group(2), start=cut))
    return out


def _village_holder(name: str) -> bool:
    """Whether ``name`` names a county or district (清苑区) or a town, township or street office whose
    stem is no common word (东闾乡; not 乡镇, 示范镇)."""
    level = "街道" if name.endswith("街道") else name[-1]
    stem = name[: -len(level)]
    if level in ("区", "县"):
        return any(d.level != "town" for d in gazetteer.division_by_name(name))
    if name[-2:] in _TOWN_KINDS or any(stem.startswith(w) or stem.endswith(w) for w in _VILLAGE_GENERIC if len(w) >= 2):
        return False
    return bool(gazetteer.division_by_name(name)) or _named_village(stem + "村")


#: Generic kinds of town right before a village's place, e.g. "乡镇" in "乡镇联城带村".
_TOWN_KINDS = frozenset({"乡镇", "城镇", "村镇", "集镇", "市镇"})

#: Conjunctions and prepositions glued before a village's name, e.g. "至" in "丹平至六约新村" (and the
#: 办 of 街道办 before it: 坂田街道办南坑村).
_GLUED_JOINS = frozenset("和及与为至或的在对等办进")

#: jieba tags of a common word, whose stem before 村 or 社区 names a kind (创业/n 社区, 实施/v 社区, 农/zg 村).
_COMMON_STEM_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "t", "zg", "l", "i", "vd", "an"})


#: jieba tags of a word inside a stem that make it a phrase, no name (改造提升/v 村, 通过/p 农村, 艺术进/v 社区).
_VERB_STEM_TAGS = frozenset({"v", "vn", "vd", "p", "c", "u", "uj", "d", "ad"})


#: jieba's tags of the halves of a four-character adverb-and-verb phrase that its dictionary lists as one word
#: under another tag, e.g. 努力/ad 提高/v in "努力提高" (nrt), 大力/ad 支持/v in "大力支持" (nr).
_PHRASE_LEAD_TAGS = frozenset({"a", "ad", "d", "v", "vd"})
_PHRASE_VERB_TAGS = frozenset({"v", "vd"})


def verb_phrase(tok: Token) -> bool:
    """Whether a token that jieba's dictionary tags a name or a noun is an adverb (or verb) and a verb of two
    characters each, e.g. "努力提高" (nrt) before 某某大学: no part of a body's name, it governs the name."""
    text = tok.text
    return len(text) == 4 and tok.tag not in VERB_TAGS and (
        _dictionary_tag(text[:2]) in _PHRASE_LEAD_TAGS and _dictionary_tag(text[2:]) in _PHRASE_VERB_TAGS
    )


@functools.lru_cache(maxsize=4096)
def _dictionary_tag(word: str) -> str | None:
    """jieba's dictionary tag of ``word``, None if the dictionary does not know it."""
    return _jieba()[1].get(word)


#: Words that make a village or community a kind, from suffixed.tsv village_generic, e.g. "城中", "示范", "智慧".
_VILLAGE_GENERIC = frozenset(word_list(_WORDS, "village_generic"))


@functools.lru_cache(maxsize=4096)
def _is_division_form(name: str) -> bool:
    """Whether ``name`` or it with a level ending names a division above a town (镇江, 湛江, 清河县)."""
    return any(d.level != "town" for c in ("", "市", "县", "区", "省") for d in gazetteer.division_by_name(name + c))


#: Endings of a river's or lake's name, from suffixed.tsv water_end, e.g. "江" in "练江".
_WATER_ENDS = frozenset(word_list(_WORDS, "water_end"))

#: Words after a river's or lake's name that speak of the water, from suffixed.tsv water_context, e.g. "流域".
_WATER_CONTEXT = tuple(word_list(_WORDS, "water_context"))

#: Tags of a one-character word right before a whole river's name that is no part of it (、/东江, 和/北江, 对/洪河).
_WATER_JOINS = frozenset({"w", "p", "c", "uj", "u", "v"})

#: Words after a river's name that make a basin of it, a name of the suffix family (闽江流域).
_BASIN_WORDS = ("流域", "水系")

#: Common words that end like a river or lake, from suffixed.tsv water_generic, e.g. "河湖", "沿江".
_WATER_GENERIC = frozenset(word_list(_WORDS, "water_generic"))

#: jieba tags of a whole river or lake name it does not know as a common word (练江/x, 梁子湖/nr, 闽江/ns).
_WATER_WORD_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x"})

#: jieba tags of a one-character name cut off its ending (滆/zg 湖).
_WATER_HEAD_TAGS = frozenset({"zg", "x", "ns", "nr", "g", "ng"})

#: Tags of the word before a river's name that leave its first character a name's start: marks,
#: verbs, prepositions, conjunctions (实施/练江, 、/东江, 和/北江).
_WATER_BEFORE_TAGS = frozenset({"w", "v", "vn", "p", "c", "d", "ns", "f", "uj", "u", "m", "a", "ad"})


#: Bare road endings that a verb before them may name (前进/东路).
_ROAD_ROOTS = frozenset(word_list("rules/entities/known.tsv", "road_word"))


def drop_descriptor(name: str, start: int) -> tuple[str, int]:
    """A company's name without the descriptor before it (世界500强企业某某控股集团 → 某某控股集团,
    行业领军企业某某科技 → 某某科技), and its new start; the descriptor is an honor or a plain
    phrase, not part of the name."""
    m = _DESCRIPTOR.match(name)
    if m is None or len(name) - m.end() < 4:
        return name, start
    return name[m.end() :], start + m.end()


#: Everything up to the last descriptor of a company, e.g. "中国民营企业500强" in
#: "中国民营企业500强某某集团", "世界领军企业" in "世界领军企业某某科技".
_DESCRIPTOR = re.compile(
    "^.*(?:(?:\\d+|[百千])强(?:企业)?|" + "|".join(map(re.escape, word_list(_WORDS, "descriptor_end"))) + ")"
)


def _government_name(name: str) -> str | None:
    """The longest end of "…人民政府" whose head is a run of division names or one (also an
    ambiguous one: 南山区) (保定市满城区人民政府
    out of 中国政府网保定市满城区人民政府), a bare level's or a town's government kept whole (县人民政府,
    某某镇人民政府); None when no division heads it (会议上市人民政府: a title line whose spaces
    were removed; its 市人民政府 is the government family's)."""
    head = name[: -len("人民政府")]
    if head in LEVEL_PREFIXES:
        return name  # 县人民政府: the issuer's, named by its level
    for i in range(len(head) - 1):
        if not head[i].isspace() and (gazetteer.parse_division_path(head[i:]) or gazetteer.division_by_name(head[i:])):
            return name[i:]
    if len(head) >= 2 and head.endswith(_GOVERNMENT_HEADS) and head.strip() == head:
        return name  # towns share names across counties, so the gazetteer cannot resolve them
    return None


#: Ends of heads kept before 人民政府 unresolved, e.g. "镇" in "城关镇人民政府", "自治区人民政府".
_GOVERNMENT_HEADS = tuple(word_list(_WORDS, "government_head"))


#: Program suffixes that name works when a proper site stands before them (某某路综合整治).
_WORKS_ON_A_SITE = word_list(_WORDS, "works_on_a_site")

#: Words that make works on a site a campaign, e.g. "专项" in "安全生产风险专项整治".
_CAMPAIGN_WORDS = word_list(_WORDS, "campaign_word")

#: Words that make a project name a category, e.g. "重点" in "集成电路重点项目".
_CATEGORY_WORDS = word_list(_WORDS, "category_word")

#: Kinds holding a category word that may stand inside a project's name, e.g. "重点实验室".
_CATEGORY_EXCEPTIONS = word_list(_WORDS, "category_exception")

#: Ends of a project's head that make it a kind of projects, e.g. "产业" in "绿氢产业项目".
_CATEGORY_TAILS = tuple(word_list(_WORDS, "category_tail"))

#: A type of projects ending a project's head, a word of two characters or more before 型, e.g. "财源型" in
#: "财源型项目", "外向型" in "外向型项目" (not a size or a model inside a name: 某某大型灌区, 某某新车型项目).
_TYPE_TAIL = re.compile(r"[\u4e00-\u9fff]{2}(?<![大中小新车机重轻微巨典模体造户])型$")

#: Openings that make a body of field words one national body, e.g. "国家" in "国家能源新材料技术研发中心".
_NATIONAL_OPENINGS = ("国家", "中国", "全国")

#: Fields and aims of a kind of project, e.g. "研发" in "技术研发基地", "入园" in "入园项目".
_PROJECT_KIND_WORDS = frozenset(word_list(_WORDS, "project_kind_word"))

#: Words after 试点 that make it part of an honor title (试点示范, 试点县).
_PILOT_HONOR_TAILS = word_list(_WORDS, "pilot_honor_tail")


#: Program suffixes that name something unquoted only after a place or a number (政策).
_PLACE_HEADED = frozenset(word_list(_WORDS, "place_headed"))


def _placed_head(head: str) -> bool:
    """Whether the words before a place-headed suffix open with a place or hold a number (深圳前海, 稳经济21条);
    a head of three words or more needs neither."""
    if any(c.isdigit() or "a" <= c.lower() <= "z" for c in head):
        return True
    return any(
        d.level in ("province", "city", "county") for k in (2, 3, 4) if len(head) > k for d in gazetteer.division_by_name(head[:k])
    )  # not towns: 宏观 is also a township
def _firm_word(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k can be part of a firm's name before a capacity (吉林|化纤 年产15万吨), not a verb or a number."""
    if k < 0:
        return False
    t = tokens[k]
    return HAN.search(t.text) is not None and t.text not in lex.lead_words and t.text not in lex.boundary and t.text not in lex.cue_words


#: A firm's short name that jieba does not know, e.g. "京能" in "、京能30兆瓦风电项目" (two to four Han characters).
_UNKNOWN_FIRM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _opening_firm(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k is a word jieba does not know opening a list item or a verb's object before a
    capacity (、京能|30兆瓦风电项目, 推进亘富|200万吨褐煤提质项目): a firm's short name."""
    if tokens[k].tag != "x" or not _UNKNOWN_FIRM.fullmatch(tokens[k].text):
        return False
    prev = tokens[k - 1] if k > 0 else None
    return prev is None or prev.tag == "w" or prev.tag.startswith("v") or prev.text in lex.lead_words or prev.text in lex.cue_words



#: Ends of the roads that jieba may hold as one proper word with their name, e.g. "路" in 红旗路 (nr).
_ONE_WORD_ROAD_ENDS = ("路", "大道", "大街")

#: Construction verbs right before a road built (built.tsv built_before), longest first, e.g. "开工建设" in "开工建设某某路".
_ROAD_BUILT_BEFORE = tuple(sorted(word_list("rules/entities/built.tsv", "built_before"), key=len, reverse=True))

#: A section or extension of a road right after its name (names.tsv road_section, 北延段, 东延), e.g. "东段" in "某某路东段完工".
_ROAD_PART_AFTER = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(word_list("rules/entities/names.tsv", "road_section"), key=len, reverse=True))) + r"|[东西南北]延)"
)


def _built_road(tok: Token, suffix: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a road jieba holds as one proper word (红旗路/nr, 北京路/ns) is named as being built: a construction verb
    right after it or right before it, or its section or extension after it (红旗路建成通车, 开工建设胜利路, 红旗路东段完工);
    elsewhere such a word is an existing street, no works."""
    if suffix not in _ONE_WORD_ROAD_ENDS or len(tok.text) - len(suffix) < 2:
        return False
    after = text[end:]
    return after.startswith(lex.built_verbs) or text[:start].endswith(_ROAD_BUILT_BEFORE) or _ROAD_PART_AFTER.match(after) is not None

def _town_name(word: str) -> bool:
    """Whether a word is the short name of a town or township (天生桥 for 天生桥镇)."""
    return len(word) >= 2 and any(gazetteer.division_by_name(word + c) for c in ("镇", "乡"))


def _names_a_site(head: str, lex: Lexicon) -> bool:
    """Whether the words before 整治 open with a named site: a division (某某县城区) or a place or
    work with its own suffix (某某路, 某某河, 某某口岸), not a kind of thing (扬尘, 城中村消防管网)."""
    for k in range(len(head), 1, -1):
        part = head[:k]
        cls = suffix_class(part, lex)
        if cls in (PLACE, PROJECT) and specific(part, _class_suffix(part, lex), cls, lex):
            return True
    # a town only by its full name: 安全 (安全乡) or 和平 (和平镇) in a kind of work names no site; a division named
    # like a common word (城区, 城中, 矿区: jieba's dictionary tags it a noun or a place word) is the kind of area there
    return any(
        d.level != "town" or d.name == head[:k] for k in (2, 3, 4) if len(head) >= k and _dictionary_tag(head[:k]) not in _AREA_WORD_TAGS
        for d in gazetteer.division_by_name(head[:k])
    )


#: jieba's dictionary tags of a common word that also names a division, e.g. "n" for 城区, "s" for 城中 and 郊区.
_AREA_WORD_TAGS = frozenset({"n", "s", "f"})


def _class_suffix(name: str, lex: Lexicon) -> str:
    """The longest class suffix a name ends in ("" when none)."""
    return next((name[-k:] for k in range(min(len(name), 7), 0, -1) if name[-k:] in lex.suffixes), "")


def _proper_head(tokens: Sequence[Token], start_i: int, j: int, suffix: str, lex: Lexicon, works: bool | None = None) -> bool:
    """Whether the words before a weak suffix hold a proper word (京昆高速, not 通村公路); the field or
    aim of a kind of project (研发, 入园, 配水) is no proper word before a project's suffix or 工程.
    ``works``: whether the name is a construction work's (default: whether the suffix is a project's)."""
    first = tokens[start_i]
    if first.text[0] in LEVEL_PREFIXES and (len(first.text) == 1 or first.tag == "x") and j > start_i:
        return True  # 省机场集团, 县城投公司: relative to the issuer, named by its level
    if first.text[-1] in LEVEL_PREFIXES and start_i + 1 < j and _ORDINAL_IN_NAME.fullmatch(tokens[start_i + 1].text):
        return True  # 建成区/第二/人民医院: a level's numbered body (jieba glued the verb before the level)
    for k in range(start_i, j + 1):
        t = tokens[k]
        if t.text == suffix or t.text in lex.suffixes or t.text in lex.generic_words or NUMERAL_KIND.match(t.text):
            continue
        if t.text in _PROJECT_KIND_WORDS and (lex.suffixes.get(suffix) is PROJECT or suffix == "工程"):
            continue  # 双创/x in 农村双创基地, 入园/x in 入园项目: a field or aim, no name
        if t.text.isdigit() and k + 1 <= j and tokens[k + 1].tag in ("q", "m", "x") and len(tokens[k + 1].text) == 1:
            continue  # 15条断头路: a count, not a name
        if is_proper_token(t) or t.text in lex.route_words:
            return True  # 京昆高速; 外环高速: one road of the city
    head = "".join(t.text for t in tokens[start_i : j + 1])[: -len(suffix)]
    works = (lex.suffixes.get(suffix) is PROJECT if works is None else works) and not suffix.endswith(tuple(ROAD_ENDS))
    # (a road is named with common words too: 幸福大道, 人民路)
    return any(head[:k] and _opening_division(head[:k], works) for k in (2, 3, 4) if len(head) >= k)


#: jieba's dictionary frequency from which a word is a common word, e.g. 机场 (7741), 文化 (34860), 健康 (5971):
#: a town's short form that is such a word (机场街道, 文化街道) names no place before a project's kind, while
#: rarer ones do (望海 32, 观澜 6, 天府 1002, 狮子 1192 in 望海路, 观澜版画基地, 天府国际机场, 狮子洋通道).
_COMMON_WORD_FREQUENCY = 2000


def _opening_division(part: str, works: bool) -> bool:
    """Whether ``part``, the opening of a head, is a division's name and, before a project's kind (``works``), not
    a town's short form that is also a common word (机场 in 机场三期改扩建工程, though 机场街道 is a town; a
    place's kind keeps it: 人民/公园)."""
    divisions = gazetteer.division_by_name(part)
    if not divisions:
        return False
    if any(d.level != "town" for d in divisions):
        return True
    return not (works and dictionary_frequency(part) >= _COMMON_WORD_FREQUENCY)


def _works_class(name: str, tokens: Sequence[Token], start_i: int, j: int, lex: Lexicon) -> EntityClass | None:
    """A name ending in 工程: a construction work (亭子口灌区一期工程) or a program (千万工程)."""
    aim = min((i for w in _FACILITY_AIM_WORDS if (i := name.find(w)) > 0), default=-1)
    if aim > 0 and not _one_facility(name[:aim], lex):
        return PROGRAM  # 农村公路提质增效工程, 某省烈士纪念设施提质改造工程: upgrading a kind of facility everywhere, no one work
    if any(w in name for w in lex.project_words):
        return PROJECT if _proper_head(tokens, start_i, j, "工程", lex, works=True) else None
    at = min((i for w in _SITE_WORKS_WORDS if (i := name.find(w)) > 0), default=-1)
    if at > 0 and _names_a_site(name[:at], lex) and not all_generic(name[:at], lex):
        return PROJECT  # 某某河治理工程, 某某路白改黑工程: works on a named site
    facility = _named_facility(name[: -len("工程")], lex)
    if facility and not any(w in name[len(facility) :] for w in _FACILITY_AIM_WORDS) and _proper_head(tokens, start_i, j, "工程", lex, works=True):
        return PROJECT  # 某某小学教学楼建设工程, 某某公园工程: works on one named facility
    return PROGRAM


def _one_facility(head: str, lex: Lexicon) -> bool:
    """Whether a 工程's head names one facility by a proper word other than a division's name (某某路, 某某公园),
    not a kind of facility of a whole division (城区道路, 某省农村公路)."""
    facility = _named_facility(head, lex)
    return bool(facility) and any(
        is_proper_token(t) and not gazetteer.division_by_name(t.text, levels=("province", "city", "county")) and t.text not in lex.generic_words
        for t in tokenize(facility)
    )


def _named_facility(head: str, lex: Lexicon) -> str:
    """The longest opening of a 工程's head that names one facility, site or body by its own suffix
    (某某小学 in 某某小学教学楼建设工程, 某某公园 in 某某公园工程); "" when none does (中职学校提质工程)."""
    for k in range(len(head), 2, -1):
        part = head[:k]
        cls = suffix_class(part, lex)
        suffix = _class_suffix(part, lex)
        if cls in (ORG, PLACE, PROJECT) and (len(suffix) >= 2 or cls is not ORG) and suffix not in _REGION_SUFFIXES and specific(part, suffix, cls, lex):
            return part  # (a body's one-character suffix names no facility: 办 in 城镇公办幼儿园扩容工程; 路 in 某某路 does)
    return ""


#: Words after a named facility that make a 工程 a program for its aims, e.g. "发展" in 某某园区高质量发展工程.
_FACILITY_AIM_WORDS = tuple(word_list(_WORDS, "facility_aim_word"))

#: Place suffixes of a region, no facility, e.g. "流域" in 黄河流域文物保护利用工程.
_REGION_SUFFIXES = frozenset(word_list(_WORDS, "region_suffix"))


#: Works that make a 工程 on a named site a construction work, e.g. "治理" in "某某河治理工程".
_SITE_WORKS_WORDS = frozenset(word_list(_WORDS, "site_works_word"))


def _section_end(tokens: Sequence[Token], j: int, cls: EntityClass, lex: Lexicon) -> int:
    """Index of the last token of a project name that goes on with a section or phase (渝昆高铁渝宜段, 外环高速二期)."""
    if cls is not PROJECT:
        return j
    k = j + 1
    if k < len(tokens) and PHASE.fullmatch(tokens[k].text):
        return k
    while k < len(tokens) and k <= j + 5:
        t = tokens[k]
        if t.text.endswith("段") and (k > j + 1 or len(t.text) >= 3 and t.tag in ("x", "nz", "ns")):
            return k  # 某某高铁某某|段; 某某高铁兰武段 (jieba keeps the section one unknown word)
        if t.tag in ("w", "Q") or not (is_proper_token(t) or t.text in ("至", "到")):
            break
        k += 1
    return j


#: A count of a list's roads or lines right before the shared suffix, e.g. "4条" in "甲、乙、丙4条高速".
_LIST_COUNT_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十两]+)条$")

#: What joins a body's name to the campus after it: up to two characters of the campus's place (the
#: suffix rule stopped before them) or an opening bracket, e.g. "天" in "某某医院天|塔院区", "（" in "某某医院（甲院区）".
_CAMPUS_JOIN = re.compile(r"[\u4e00-\u9fff]{0,2}|[（(]")

#: Ends of a campus's name, e.g. "院区" in "某某医院甲院区".
_CAMPUS_ENDS = ("院区", "校区")


def _campuses(found: list[Mention], clause: Clause) -> list[Mention]:
    """A campus right after the body it belongs to takes the body's name: 某某医院天塔院区 (not 塔院区),
    某某医院（甲院区） (the bracket kept: the scorer drops it)."""
    text = clause.text
    out = list(found)
    for k, m in enumerate(found):
        if m.cls is not PROJECT or not m.name.endswith(_CAMPUS_ENDS) or m.surface != m.name:
            continue
        body = next((o for o in found if o.cls is ORG and o.end <= m.start and _CAMPUS_JOIN.fullmatch(text, o.end - clause.start, m.start - clause.start)), None)
        if body is None:
            continue
        end = m.end + 1 if text[body.end - clause.start : body.end - clause.start + 1] in ("（", "(") and text[m.end - clause.start : m.end - clause.start + 1] in ("）", ")") else m.end
        if end == m.end and text[body.end - clause.start] in "（(":
            continue  # an unclosed bracket: no campus of the body
        name = text[body.start - clause.start : end - clause.start]
        out[k] = replace(m, name=name, surface=name, start=body.start, end=end)
    return out


#: 等 closing a list right before a name, with its count, e.g. "等" in "甲、乙等街道文体设施项目", "等3个" in
#: "甲、乙等3个水厂改造工程" (what follows is the items' kind).
_LIST_HEAD_BEFORE = re.compile(r"等 ?(?:\d+|[一二三四五六七八九十两百]+)? ?[个项批座所条处]?(?:重点|重大)?$|等一批$")

#: Suffixes of a part of a road that keep the road's name before them, e.g. "连接线" in "某某高速某某连接线".
_ROAD_PARTS = frozenset(word_list(_WORDS, "road_part"))

#: Units of a plant's capacity inside a project's name, e.g. "万吨" in "某某化纤年产15万吨原丝项目".
_CAPACITY_UNITS = frozenset(word_list(_WORDS, "capacity_unit"))

#: A Chinese character.
HAN = re.compile(r"[\u4e00-\u9fff]")

#: A number as jieba cuts it before a unit, e.g. "13.6" in "13.6万吨".
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

#: Project suffixes of a kind the report may count right after it (项目, 基地), e.g. "项目" in "城建工程项目20个".
_COUNTED_KINDS = frozenset({"项目", "基地"})

#: A count closing its clause or phrase right after a kind of project, e.g. "573个" in "实施百城建设提质项目573个，";
#: not "五个车间" (the count of a part of one project).
_PROJECT_COUNTED_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两百千]+)[余多]?[个项家](?:以上|左右)?(?:$|[，,。；;、）)]|增长|同比)")

#: A capacity opening a project's head, e.g. "220kv" in "220kv变电站", "5万千瓦" in "5万千瓦风电", "100兆瓦级" (the
#: voltages and the capacity_unit words).
_LEAD_CAPACITY = re.compile(
    r"[\d.×*]+(?:kv|KV|kV|Kv|千伏|" + "|".join(map(re.escape, sorted(_CAPACITY_UNITS, key=len, reverse=True))) + r")级?"
)

#: Kinds of works right before 项目/工程 that stay inside a project's name (扩建 in 某某机场扩建工程).
_WORKS_KIND = frozenset(word_list(_WORDS, "works_kind"))

#: Dashes that join the two ends of a road's route, e.g. "-" in "某某-某某公路".
_ROUTE_DASHES = frozenset({"-", "—", "－", "―"})


def _dash_joined(name: str, start: int, tokens: Sequence[Token], clause: Clause, lex: Lexicon) -> tuple[str, int]:
    """A zone named by the two places it joins (西宁—海东都市圈, 中国—东盟产业合作区): the first
    place and the dash before the name belong to it; any other word before a dash does not."""
    at = start - clause.start
    k = at - 1  # one dash joins two places; a double one (——) sets off an apposition (湿地公园——某某湿地公园)
    if k < 1 or clause.text[k] not in _ROUTE_DASHES or clause.text[k - 1] in _ROUTE_DASHES:
        return name, start
    prev = next((t for t in tokens if t.end == clause.start + k), None)
    if prev is None or not 2 <= len(prev.text) <= 4 or prev.text in lex.generic_words or prev.text in lex.suffixes or prev.tag in VERB_TAGS:
        return name, start
    if not (gazetteer.division_by_name(prev.text) or is_region_name(prev.text)):
        return name, start
    return clause.text[prev.start - clause.start : at] + name, prev.start

#: A Chinese character.
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")

#: Fields that a list of rules (清单) covers although they read as verbs elsewhere.
_LIST_FIELD_WORDS = frozenset(word_list(_WORDS, "list_field_word"))

#: Middle dots that join the parts of one name (中国·某某文创产业园).
_MIDDLE_DOTS = frozenset({"·", "・", "•", "‧"})

#: An ordinal inside an organization's name, e.g. "第九" in "附属第九医院".
_ORDINAL_IN_NAME = re.compile(r"第[一二三四五六七八九十\d]+")

#: A span of years or days or a count of kinds inside a name, e.g. "十年", "八大", "百日".
_SPAN_NUMERAL = re.compile(r"[一二三四五六七八九十百]+[年大日天]")


#: Conjunctions that may stand inside a body's or zone's name, e.g. "与" in "某某科学与技术实验室".
_INNER_CONJUNCTIONS = frozenset({"与", "及", "和"})

#: Last characters of a word before such a conjunction that make it a facility, zone or body of its own, e.g. "心" of 中心, "区" of 启动区.
_PLACE_LIKE_ENDS = frozenset("心区城站堂馆所院园校构")

#: Tags of a common noun before such a conjunction, e.g. "科学/n" in "科学与技术".
_COMMON_NOUN_TAGS = frozenset({"n", "vn", "an", "l"})


def _runs_across_conjunction(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """Whether a candidate starting right after 与/及/和 continues a common noun before it (科学与/技术省实验室,
    交易所与/知识产权交易中心 does not: a complete name ends before the conjunction, which then joins two names)."""
    k = next((i for i, t in enumerate(tokens) if t.end == start), None)
    if k is None or k < 1 or tokens[k].text not in _INNER_CONJUNCTIONS:
        return False
    prev = tokens[k - 1]
    if suffix_class(prev.text, lex) is not None or prev.text in lex.generic_words or prev.text in lex.boundary or prev.text[-1] in _PLACE_LIKE_ENDS:
        return False  # 区人民医院与/区中医院, 国际医疗中心和/临床医学研究院, 启动区和/某某片区: two names joined
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and (is_proper_token(nxt) or nxt.tag in ("ns", "nr", "nz", "x", "m") or nxt.text in LEVEL_PREFIXES):
        return False  # 院士和/澳门科技大学, 东角头和/妈湾片区, 标准化和/县/疾控中心: a named or the issuer's body after the conjunction
    # 工程/防水/与: a verb inside a field's name after a noun (加强/与 is the preposition after a verb of its own)
    return prev.tag in _COMMON_NOUN_TAGS or prev.tag == "v" and k >= 2 and tokens[k - 2].tag in _COMMON_NOUN_TAGS


#: jieba tags of a word that governs or qualifies what follows it: verbs, adjectives, adverbs and time words
#: ("尊重/a" in "尊重市政协", "现在/t" in "现在银行储蓄存款比较多").
_GOVERNING_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "d", "t"})


def _glued_verb(word: Token, body: Token, suffix: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a verb or adjective before ``body``, a body named by its level alone (市政协, 县委)
    or a generic kind (实验室, after the verb 建; not 安/委办, whose 安 jieba cuts off the office's name)."""
    if word.tag not in _GOVERNING_TAGS or len(word.text) > 2 or is_proper_token(word):
        return False  # (保定/v 银行: jieba reads a city's name as a verb)
    relative = body.text[:1] in LEVEL_PREFIXES and len(body.text) > len(suffix) and len(body.text) <= 4
    return relative or body.text == suffix and word.tag in ("v", "vd", "d", "t") and body.text in lex.generic_names  # 现在/银行


#: jieba tags of the word before 区委 that make 区 the level, no zone's end: a time, verb or idiom
#: ("今年初/t 区委", "坚决贯彻/i 区委", "执行/v 区委"; 高新/d 区 and 开发/v 区 end a zone, see _level_body).
_BEFORE_LEVEL_TAGS = frozenset({"t", "v", "i", "l", "z", "p", "c"})


#: A body named by a level (省, 市, 县, 区) ending a candidate, e.g. "县委" in "坚决贯彻县委", "省人大常委会" in
#: "前向省人大常委会" (group 1: what stands before it).
_LEVEL_BODY_END = re.compile(r"^(.+?)(?=[省市县区](?:委|人大常委会|人大|政协|人民政府|政府|党委|纪委)$)")


def _level_body(name: str, start: int, lex: Lexicon) -> tuple[str, int]:
    """A body named by its level without the words glued before it that name no place: 坚决贯彻县委 -> 县委,
    时任省委 -> 省委, 办复市人大 -> 市人大, 今年初区委 -> 区委, 坚决贯彻区委 -> 区委 (深圳市委, 中共河北省委,
    经开区党委 keep their place)."""
    m = _LEVEL_BODY_END.match(name)
    if m is None:
        return name, start
    before = name[: m.end() + 1]  # with the level: 坚决贯彻县, 中共河北省
    if any(gazetteer.division_by_name(before[i:]) for i in range(len(before) - 2, -1, -1)):
        return name, start  # 深圳市委, 中共河北省委, 某某自治县委: a division's body
    if before.endswith("区") and tokenize(m.group(1))[-1].tag not in _BEFORE_LEVEL_TAGS or (
        before.endswith("区") and any(before.endswith(s) and c is PLACE for s, c in lex.suffixes.items() if len(s) > 1)
    ):
        return name, start  # 经开区党委, 高新区党委: a zone's body (but 今年初区委, 坚决贯彻区委 are the district's)
    return name[m.end() :], start + m.end()


def _after_acting_body(tokens: Sequence[Token], start_i: int, j: int, lex: Lexicon) -> int:
    """Index of the first token after a body and its verb inside a name's span, e.g. 乙集团 in "甲集团重组乙集团"
    (a firm acting on another: two names, the one ending with token j after the verb); ``start_i`` if none."""
    for k in range(j - 2, start_i - 1, -1):
        if tokens[k + 1].tag in ("v", "vn") and len(tokens[k].text) >= 2 and lex.suffixes.get(tokens[k].text) is ORG and (
            k + 2 < j and is_proper_token(tokens[k + 2])
        ):
            return k + 2  # (not 某集团投资公司: a bare kind after the verb names the first body's arm)
    return start_i


def _left_boundary(tokens: Sequence[Token], j: int, cls: EntityClass, suffix_start: int, lex: Lexicon) -> int | None:
    """Index of the first token of the name ending with token j, or None."""
    limit = MAX_LEN[cls]
    end = tokens[j].end
    i = j
    while i >= 0 and tokens[i].start > suffix_start:
        i -= 1
    if i < 0:
        return None
    # the token holding the suffix may begin with a boundary word glued to it (实现安/委办)
    start_i = i
    fallback: int | None = None  # organizations: the start before the first word crossed on trial
    good: int | None = None  # the leftmost proper word reached after crossing
    crossed = 0
    k = i - 1
    while k >= 0:
        t = tokens[k]
        if end - t.start > limit:
            break
        if cls is PROGRAM and k < i and t.text in _TERM_LEADS and tokens[k + 1].text in _TERM_LEADS[t.text]:
            start_i = k  # 健全/长期/护理/保险制度: 长期护理 is one term, though jieba tags 长期 an adverb
            break  # (the term opens the name: 全省/域/长期护理保险制度, the scope before it is no part of it)
        if _opens_division(tokens, k, i):
            start_i = k  # 和龙通用机场: the conjunction opens a county's name (和龙市)
            k -= 1
            continue
        if cls in (PROJECT, PLACE, ORG) and _listed_conjunction(tokens, k, i):
            start_i = k  # 甲产业港、和谷某某产业园: right after a list mark 和 is no conjunction, it opens the next item's name
            break
        if cls is PROJECT and t.text.endswith("建设") and k < i - 1 and not all(PHASE.fullmatch(x.text) for x in tokens[k + 1 : i]) and (
            t.text != "建设" or k > 0 and bool(gazetteer.division_by_name(tokens[k - 1].text, levels=("province", "city", "county")))
            or any(is_proper_token(x) and x.tag != "x" for x in tokens[k + 1 : i])
        ):
            # 规划建设某某污水处理厂, 支持某市建设某某枢纽: the verb governs the name (某某站建设工程, 某某公园建设一期工程
            # keep it, and so does 百城建设提质项目: no division before it, no place or name after it)
            break
        if (cls is PROJECT or cls is PROGRAM and tokens[i].text == "工程") and t.text in ("至", "到") and k > 0 and is_proper_token(tokens[k - 1]) and is_proper_token(tokens[k + 1]):
            start_i = k  # 巴中至南充高铁, 甲至乙段铁路扩能改造工程: a road or railway between two places
            k -= 1
            continue
        if cls is PROJECT and t.text in _ROUTE_DASHES and 0 < k < i and HAN_CHAR.search(tokens[k - 1].text) and HAN_CHAR.search(tokens[k + 1].text) and (
            tokens[k - 1].text not in lex.lead_words and tokens[k - 1].text not in lex.boundary and tokens[k - 1].tag != "w"
            and not lex.suffixes.get(tokens[k - 1].text) and not tokens[k - 1].text.endswith(ROAD_ENDS)
        ):  # (not 甲高速—乙高速: two roads, each its own name)
            start_i = k - 1  # 某某-某某公路: a road between two places joined by a dash
            k -= 2
            continue
        # the ordinal test first: it is rarely true, the suffix scan behind it costly
        if k < i and _ORDINAL_IN_NAME.fullmatch(t.text) and (
            cls is ORG or cls in (PROJECT, PROGRAM) and any(
                tokens[x].text.endswith(y) for x in range(k + 1, min(k + 3, i)) for y, c in lex.suffixes.items() if c in (ORG, PLACE)
            )
        ):  # (the body's or zone's suffix may be a later token: 第三/人民/医院/新/住院/大楼, 第三/工业区/改造/项目; 工程 scans as a program)
            start_i = k  # 某大学附属第九医院, 第二人民医院, 市第三中心医院某某院区: an ordinal inside the name (or the body's whose campus it is)
            if cls is PROGRAM:  # 保障市第三人民医院二期工程: a program's name may hold verbs, so only the level or place before is taken
                start_i = k - 1 if k > 0 and (tokens[k - 1].text in LEVEL_PREFIXES or is_proper_token(tokens[k - 1])) else k
                break  # (松岗第一小学拆除扩建工程, 大鹏第二小学综合馆工程)
            k -= 1
            continue
        if cls in (PROGRAM, PROJECT) and k < i and _SPAN_NUMERAL.fullmatch(t.text):
            start_i = k  # 生产性服务业十年倍增行动: a span of years inside the name
            k -= 1
            continue
        if cls in (PROJECT, PROGRAM) and t.text in ("段", "标段") and 0 < k < i:
            start_i = k  # 某某公路某某段大修工程: the section is inside the name
            k -= 1
            continue
        if cls is PROJECT and _lone_char_opens(tokens, k, start_i, lex):
            start_i = k  # 建成那|棱|格勒河水利枢纽: a lone pronoun or adverb character right after a verb opens the name
            break
        if t.text in ("和", "与") and 0 < k < i and gazetteer.division_by_name(tokens[k - 1].text + t.text + tokens[k + 1].text[:1]) and any(
            d.level != "town" for d in gazetteer.division_by_name(tokens[k - 1].text + t.text + tokens[k + 1].text[:1])
        ):
            start_i = k - 1  # 云和梯田景区: 和 inside a place name is no conjunction
            k -= 2
            continue
        if t.text in ("和", "与") and 0 < k < i and any(
            d.level != "town" for d in gazetteer.division_by_name(tokens[k - 1].text + t.text)
        ):
            start_i = k - 1  # 云/和: jieba split the place name at its last character
            k -= 2
            continue
        if cls is ORG and t.text == "和" and 0 < k < i and (field := _merged_department(tokens, k, i, lex)) is not None:
            start_i = field  # 市规划和自然资源局, 省发展和改革委员会: two fields of one merged department
            k = field - 1
            continue
        if cls is ORG and t.text == "和" and 0 < k < i:
            left = _conjoined_field(tokens, k, end - limit, lex)
            if left is not None:
                start_i = left  # 某某法律查明和商事调解中心: two fields of one body
                break
        if cls is PROGRAM and t.text in _FIELD_JOINS and (joined := _joined_object_start(tokens, k, i, end - limit, lex)) is not None:
            start_i = joined  # 实施/增强农业质量效益和竞争力行动: two fields of one program's head after its cue
            break
        if _glued_second_name(tokens, k, lex):
            start_i = k  # 甲中学|和乙|中学: jieba glued 和 to the second name, the first ends before it
            break
        if t.text in _MIDDLE_DOTS and 0 < k < i and is_proper_token(tokens[k - 1]) and end - tokens[k - 1].start <= limit:
            start_i = k - 1  # 某市·中关村创新中心: a middle dot joins the parts of one name
            k -= 2
            continue
        if cls is PROGRAM and _after_object_cue(tokens, k, i, lex):
            start_i = k  # 实施全面提升某某三年行动: after 实施 the whole object is the name
            break
        if cls is PROJECT and k < i and t.text in _CAPACITY_UNITS and k > 1 and _NUMBER.fullmatch(tokens[k - 1].text):
            n = k - 2 if tokens[k - 2].text == "年产" else k - 1
            firm = n - 1
            if _firm_word(tokens, firm, lex) and (
                tokens[firm].tag != "x" and is_proper_token(tokens[firm])
                or tokens[firm].tag in ("n", "j") and _firm_word(tokens, firm - 1, lex) and is_proper_token(tokens[firm - 1])
                or _opening_firm(tokens, firm, lex)
                or lex.suffixes.get(tokens[firm].text) is ORG and any(is_proper_token(tokens[x]) for x in range(max(firm - 3, 0), firm))
            ):
                start_i = n  # 某某化纤年产15万吨原丝项目, 某某物贸集团年产3000辆专用车项目: a firm's plant keeps its capacity in the name
                k = n - 1
                continue
        if cls is PROJECT and 0 < k < i and tokens[i].text in _ROAD_PARTS and lex.suffixes.get(t.text) is PROJECT and is_proper_token(tokens[k - 1]):
            start_i = k  # 某某高速某某连接线: the road's name is inside its link's (jieba tags 高速 an adverb)
            k -= 1
            continue
        if cls in (PROJECT, PROGRAM) and k < start_i < i - 1 and lex.suffixes.get(t.text) is PROJECT and tokens[start_i + 1].text in ("至", "到") and any(
            tokens[x].text.endswith("段") for x in range(start_i + 2, i)
        ):
            start_i = k  # 某某高速甲至乙段改扩建工程: the road whose section between two places is worked on (jieba tags 高速 an adverb)
            k -= 1
            continue
        if cls is PROJECT and k < i and t.text == "项目" and tokens[i].text == "项目":
            break  # 最大的产业项目某某一体化项目: a project's name holds 项目 once, the earlier one is a noun before it
        if cls in (PROJECT, PROGRAM) and k == i - 1 and PHASE.fullmatch(t.text) and tokens[i].text in ("项目", "工程"):
            start_i = k  # 某某公园一期工程: the phase is inside the name (jieba tags 一期 an adverb)
            k -= 1
            continue
        if t.tag in ("m", "q") and k < i and len(t.text) == 1 and not _NUMERAL_CHAR.match(t.text) and k > 0 and tokens[k - 1].text in ("的", "、"):
            start_i = k  # 投资8845万元的月明河绿道, 确定的天山北坡…: jieba tags the 月 of 月明河 a numeral, the 天 of 天山 a classifier
            k -= 1
            continue
        if cls is PROGRAM and 0 < k < i - 1 and t.text in _NAME_MODIFIERS and tokens[k - 1].text in _OBJECT_CUES:
            start_i = k  # 实施高水平医院建设计划, 实施全方位开放战略: the modifier after the cue opens the name
            break
        if cls in (PROJECT, PLACE) and t.text in ("）", ")") and k >= 3 and tokens[k - 2].text in ("（", "(") and _bracketed_place(tokens, k, lex):
            # 某省（某区域）深远海风电母港, 某市（某县）国家远洋渔业基地, 中国（某省）自由贸易试验区, 某企业（某区）研发中心:
            # a place or a firm and the place in brackets open the name
            start_i = k - 3
            if k == 3 or tokens[k - 4].tag.startswith("v"):
                break  # 甲乙共建某区域（某县）康养基地: a verb before the place governs the name
            k -= 4  # 某云某区域（某市）数据中心, 某地至某市（某市）城际: the words before the place may belong to the name too
            continue
        if t.tag in ("Q", "w") or t.tag in STOP_TAGS and t.text[0] not in LEVEL_PREFIXES and not (cls is PROGRAM and _NUMBER_TAG_NO_NUMBER(t)):
            if cls is PROGRAM and t.text in _FIELD_JOINS and (joined := _joined_object_start(tokens, k, i, end - limit, lex)) is not None:
                start_i = joined  # 实施某湖总磷污染控制与削减攻坚行动: 与 joins two fields of one program's head after its cue
            break
        if cls in (PROJECT, PROGRAM) and k == i - 1 and t.text in _WORKS_KIND and tokens[i].text in ("项目", "工程"):
            start_i = k  # 某某机场改扩建工程, 某某热电扩建项目: the kind of works is inside the name
            k -= 1
            continue
        if cls is PROGRAM and k < i and tokens[i].text.endswith("清单") and t.text.endswith(tuple(_LIST_FIELD_WORDS)):
            start_i = k  # 外商投资负面清单: the field of a list, not a verb
            k -= 1
            continue
        if t.text in lex.lead_words and cls in (PROGRAM, PROJECT) and t.text in lex.program_inner and k < i and (
            k > 0 and (tokens[k - 1].tag[:1] == "n" or tokens[k - 1].tag == "j") and tokens[k - 1].text not in lex.boundary and tokens[k - 1].text not in lex.lead_words
        ):
            start_i = k  # 海洋经济高质量发展倍增行动: a modifier inside the name, a noun or an abbreviation before it (社保/j)
            k -= 1
            continue
        if cls in (PROGRAM, PROJECT) and k < i and _noun_modifier(tokens, k, i + 1, lex):
            start_i = k  # 实施基本公共服务提质工程: 基本 opens the name after its verb (not 基本建成)
            break
        if t.text in lex.lead_words or t.text in lex.cue_words and not (
            cls is ORG and t.text in lex.org_inner or cls is PLACE and t.text in _ZONE_INNER or cls in (PROGRAM, PROJECT) and t.text in lex.program_inner and k < i
        ):
            if cls is PROGRAM:
                start_i = _cue_object_start(tokens, k, i, end - limit, lex, start_i)
            break
        boundary = t.text in lex.boundary or _ends_with_boundary(t.text, lex)
        if boundary and cls in (PROGRAM, PROJECT) and k < i and (
            t.text in lex.program_inner or t.text not in lex.boundary and t.tag[:1] in ("n", "l") and t.text.endswith(as_tuple(lex.program_inner))
        ):
            boundary = False  # 公共服务 ends with 服务 but is a noun inside 基本公共服务一体化试点
        if boundary and cls is ORG and k < i and _department_field(t, tokens[i].text, lex):
            boundary = False  # 省人力资源/社会保障/厅: a noun field that ends like a verb, inside a department's name
        verb = (t.tag in VERB_TAGS and len(t.text) > 1 or cls is ORG and verb_phrase(t)) and not _county_after_its_province(tokens, k) and not _city_short(t.text) and (
            cls in (ORG, PLACE)
            # 维修金城路, 拓宽改造某某路: a road's name holds no verb once it has a word of its own
            # (but 解放路: the verb is the whole name)
            or cls is PROJECT and k < i - 1 and tokens[i].text.endswith(ROAD_ENDS)
        )
        if verb and cls is ORG and start_i == k + 1 < i and tokens[start_i].text in _VERB_NOUN_ENDS:
            start_i = k  # 碳排放权交易中心: the verb and the one character after it are one noun (排放权), no name starts at 权
            k -= 1
            continue
        if boundary or verb:
            if (cls is ORG and (t.text in lex.org_inner or k > 0 and tokens[k - 1].text in LEVEL_PREFIXES and t.tag in ("v", "vn")) or (
                cls is PLACE and t.text in _ZONE_INNER
            )) and crossed < 2:  # 四川某某投资集团, 省担保集团; zones: 某皖合作示范区, 某某教育创新试验区
                # 深圳创新创业学院, 四川科创投资集团: kept only if a proper word starts the name
                if fallback is None:
                    fallback = start_i
                crossed += 1
                start_i = k
                k -= 1
                continue
            if cls is PROGRAM:
                start_i = _cue_object_start(tokens, k, i, end - limit, lex, start_i)
            break
        start_i = k
        if fallback is not None and (is_proper_token(t) or t.text in LEVEL_PREFIXES) and t.text not in lex.boundary and not (
            cls is PLACE and t.tag == "j" and not is_region_name(t.text) and not gazetteer.division_by_name(t.text)
            and not all(c in _province_abbreviations() for c in t.text)
        ):  # (a zone's name opens with a place: 研发/j 制造 园区 is a kind of park; 苏皖/j names two provinces)
            good = k
        k -= 1
    if fallback is not None:
        return good if good is not None else fallback
    return start_i


#: One-character function words that never open a work's name, even before a lone character (建成的|厂|房,
#: 建成了|桥): particles, conjunctions, prepositions and pronouns that stand alone in a clause.
_NOT_NAME_CHARS = frozenset("的了着过并和与及或在于为将把被对向从到等这其该各每此之所以而且也又还都再就才已均")

#: Tags of a bound morpheme or unknown single character jieba splits off a name's start (棱/ng, 湄/x, 钒/nr).
_BOUND_TAGS = frozenset({"ng", "vg", "ag", "x", "nr", "nrt", "ns", "nz", "n", "j", "tg", "dg"})


def _lone_char_opens(tokens: Sequence[Token], k: int, start_i: int, lex: Lexicon) -> bool:
    """Whether the one-character token k, which jieba tags a pronoun, adverb or preposition, is the first
    character of a work's name rather than a function word: right after a verb or a cue word, it stands before a
    lone character that opens the name (建成那|棱|格勒河水利枢纽, 开工正|阳|河大桥), a character no name would start with
    alone. Not a function word that stands alone in a clause (建成的|厂|房, 建成了|桥)."""
    t = tokens[k]
    if len(t.text) != 1 or t.tag not in STOP_TAGS or t.tag in ("w", "m", "q", "Q") or t.text in _NOT_NAME_CHARS:
        return False
    if not (0 < k and k + 1 == start_i < len(tokens)):
        return False
    nxt, before = tokens[k + 1], tokens[k - 1]
    if len(nxt.text) != 1 or nxt.tag not in _BOUND_TAGS:
        return False
    return before.tag in VERB_TAGS or before.tag == "vn" or before.text in lex.cue_words


def _bracketed_place(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether the closing bracket at token k closes a place right after a place or a firm's name that opens
    the name before it: 中国（某省）, 某企业（某区） (not a verb or a generic word before the bracket)."""
    inside, before = tokens[k - 1], tokens[k - 3]
    if not (inside.tag == "ns" or gazetteer.division_by_name(inside.text) or len(inside.text) == 2 and inside.tag in ("nr", "nz", "x")):
        return False
    if before.tag == "ns":
        return inside.tag == "ns" or bool(gazetteer.division_by_name(inside.text))
    return before.tag in ("nr", "nz", "nt") and len(before.text) >= 2 and before.text not in lex.boundary and before.text not in lex.generic_words


def _glued_second_name(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k is a conjunction jieba glued to the head of a second name right after a
    first one's class suffix (范家庄/中学/和晓林/中学): the two names are apart, not one."""
    t = tokens[k]
    return t.tag == "x" and len(t.text) >= 3 and t.text[0] in _NAME_CONJUNCTIONS and k > 0 and suffix_class(tokens[k - 1].text, lex) is not None


#: Verbs of existence jieba glues into an unknown two-character word with a level or a side before a name,
#: e.g. "有" in 有县/卫生院 and in 西有/科技/新城.
_GLUED_EXISTENTIALS = frozenset("有")


def _glued_have(t: Token) -> bool:
    """Whether jieba glued the verb 有 into an unknown word before a name: 有县 (a level after it), 西有 or
    南有章 (a side before it, the name's first characters after it)."""
    return t.tag == "x" and (
        len(t.text) == 2 and any(c in _GLUED_EXISTENTIALS for c in t.text)
        or len(t.text) >= 3 and t.text[0] in _SIDES and t.text[1] in _GLUED_EXISTENTIALS
    )


#: Sides that open "东有某某、西有某某" (a layout: on the east there is …).
_SIDES = frozenset("东南西北中")


#: Conjunctions that join two names, e.g. "和" in "甲中学和乙中学".
_NAME_CONJUNCTIONS = frozenset("和与及")


def _opens_division(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether token k is a conjunction that, with the one character after it, is the short name of a
    county or city (和/龙 in 和龙通用机场: 和龙市; not 和/龙门 or 和/平安, which join two names, nor 和/县 before
    the issuer's 县医院)."""
    return (
        tokens[k].text in _NAME_CONJUNCTIONS and k < j and len(tokens[k + 1].text) == 1 and tokens[k + 1].text not in "县市区镇乡"
        and any(
            len(d.name) == 3  # the two characters and one level character (和龙市, 和政县), not an abbreviation (和布 of 和布克赛尔…)
            for d in gazetteer.division_by_name(tokens[k].text + tokens[k + 1].text, levels=("county", "city"))
        )
    )


def _city_short(word: str) -> bool:
    """Whether a word jieba tags a verb is the short name of a prefecture-level city or a province
    (保定 in 保定财经职业学院, 抚顺, 开封): inside a name it is the place, not the verb. Counties
    are left out: their short names are mostly verbs (合作, 延长)."""
    return any(d.level.value in ("city", "province") for d in gazetteer.division_by_name(word))


def _county_after_its_province(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k, tagged a verb, is the short name of a county or city right after its
    province (江西/奉新 in 江西奉新工业园区管委会): a place inside the name. Alone such words are
    mostly verbs (合作, 延长), so the province must name it."""
    word = tokens[k].text
    if k == 0 or len(word) != 2:
        return False
    outer = gazetteer.resolve_division(tokens[k - 1].text)
    if outer is None or outer.level != "province":
        return False
    return any(
        d.level in ("county", "city") and any(a.code == outer.code for a in gazetteer.ancestors(d.code))
        for c in gazetteer.division_ends("county") for d in gazetteer.division_by_name(word + c)
    )


#: Ends of a government department's name, e.g. "局" in "规划和自然资源局" (suffixed.tsv department_end).
_DEPARTMENT_ENDS = tuple(word_list(_WORDS, "department_end"))


def _merged_department(tokens: Sequence[Token], k: int, i: int, lex: Lexicon) -> int | None:
    """Start of the first field of a merged department whose two fields 和 joins, right after a level or a
    division (市|规划|和|自然资源|局, 省|发展|和|改革|委员会), else None: 甲公司和乙局 stay two."""
    if not tokens[i].text.endswith(_DEPARTMENT_ENDS) or sum(len(t.text) for t in tokens[k + 1 : i + 1]) > 8:
        return None
    m = k - 1
    while m >= 0 and k - m <= 2 and tokens[m].tag[:1] in ("n", "v", "a", "l") and tokens[m].tag not in ("nr", "ns"):
        if tokens[m].text in lex.lead_words or tokens[m].text in lex.boundary or suffix_class(tokens[m].text, lex) is not None:
            return None
        if m > 0 and (tokens[m - 1].text in LEVEL_PREFIXES or gazetteer.division_by_name(tokens[m - 1].text)):
            return m if sum(len(t.text) for t in tokens[m:k]) <= 5 else None
        m -= 1
    return None


def _conjoined_field(tokens: Sequence[Token], k: int, floor: int, lex: Lexicon) -> int | None:
    """Start of a run of nouns before the 和 at token k that opens with a proper word and names
    no body itself (某某法律查明 in 某某法律查明和商事调解中心), else None: 甲大学和乙中心 stay two."""
    m = k - 1
    while m >= 0 and tokens[m].start >= floor and tokens[m].tag[:1] == "n" and tokens[m].text not in lex.boundary and tokens[m].text not in lex.lead_words:
        m -= 1
    run = tokens[m + 1 : k]
    if len(run) < 2 or not is_proper_token(run[0]) or run[0].tag in ("nr",):
        return None
    if any(suffix_class(t.text, lex) is not None or org_suffix(t.text, lex) for t in run):
        return None
    if suffix_class("".join(t.text for t in run), lex) is not None:
        return None
    return m + 1


#: Weak program suffixes that a program verb before the whole name makes a program, e.g. 工程.
_PROGRAM_CUE_SUFFIXES = tuple(word_list(_WORDS, "program_cue_suffix"))

#: A program verb (suffixed.tsv program_cue) right before a name, or before the earlier items of its
#: list, e.g. "实施" in "实施文化惠民工程", "实施知识创新工程和" in "实施知识创新工程和技术创新工程", an earlier
#: item quoted: "实施“某某强芯”工程、" before "核心软件攻关工程" (but 开工/建成 a 工程 is a construction work).
_PROGRAM_CUE = re.compile(
    f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'program_cue')))})"
    f"(?:[^，,。；;：:（）()]{{2,20}}?(?:{'|'.join(map(re.escape, _PROGRAM_CUE_SUFFIXES))})[、和及])*$"
)


def _cued_program(name: str, suffix: str, text: str, start: int) -> bool:
    """Whether a program name of a weak suffix is the whole object of a program verb (实施农民减负增收工程),
    with a head of three characters or more and no category word (实施示范工程, 实施重点工程 name kinds)."""
    head = name[: -len(suffix)]
    return suffix in _PROGRAM_CUE_SUFFIXES and len(head) >= 3 and not any(w in head for w in _CATEGORY_WORDS) and bool(
        _PROGRAM_CUE.search(text, 0, start)
    )


#: Program suffixes that a generic-head cue right before makes a program with a head of common words, e.g. 行动.
_GENERIC_HEAD_SUFFIXES = frozenset(word_list(_WORDS, "generic_head_suffix"))

#: A generic-head cue right before a name (suffixed.tsv generic_head_cue), e.g. "实施" in "实施城市更新行动",
#: "深化" in "深化国资国企改革", "实施新一轮" in "实施新一轮基础教育综合改革" (a new round of the same programme),
#: "实施乡村建设行动和" in "实施乡村建设行动和城市更新行动" (a second campaign of the same kind joined by 和/及 after the first).
_GENERIC_HEAD_CUE = re.compile(
    f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'generic_head_cue')))})(?:新一轮)?"
    f"(?:[\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(map(re.escape, sorted(word_list(_WORDS, 'generic_head_suffix'), key=len, reverse=True)))})[和及])?$"
)

#: Heads of common words that name no field of their own (suffixed.tsv generic_head_empty), e.g. "体制机制".
_GENERIC_HEAD_EMPTY = frozenset(word_list(_WORDS, "generic_head_empty"))

#: What ends the item a generic-head program name fills, e.g. "，" after "实施城市更新行动" (not "预选" in
#: "实施政府投资工程预选承包商制度", where the words run on into another name).
_ITEM_END = re.compile(r"[，,。；;、：:！!和及等]|$")


def _cued_generic_program(name: str, suffix: str, text: str, start: int, lex: Lexicon) -> bool:
    """Whether a campaign, works programme or reform whose head is common words only is the whole object of a
    program verb (实施城市更新行动, 开展住房改善专项行动, 深化国资国企改革, 实施就业惠民工程): named all the same,
    with a head of four characters or more and no category or qualifier word (推进重点领域改革, 实施民心工程 stay out)."""
    head = name[: -len(suffix)]
    return (
        suffix in _GENERIC_HEAD_SUFFIXES
        and len(head) >= 4
        and not any(w in head for w in _CATEGORY_WORDS)
        and not any(q in head for q in lex.generic_qualifiers)
        and name not in lex.generic_names
        and head not in _GENERIC_HEAD_EMPTY
        and not NUMERAL_KIND.search(head)  # 实施三大人才工程: a generic set (CONVENTIONS 10)
        and bool(_ITEM_END.match(text, start + len(name)))
        and bool(_GENERIC_HEAD_CUE.search(text, 0, start))
    )


def _after_object_cue(tokens: Sequence[Token], k: int, i: int, lex: Lexicon) -> bool:
    """Whether token k opens a program's name as the whole object of 实施/开展 (实施全面提升某某行动),
    with at least one more word before the suffix token i."""
    t = tokens[k]
    return 0 < k < i - 1 and tokens[k - 1].text in _OBJECT_CUES and t.tag in _OPENING_TAGS and not (
        t.text in lex.cue_words or t.text in lex.lead_words or t.text in _OBJECT_CUES  # 制定出台某某方案
    )


def _joined_object_start(tokens: Sequence[Token], k: int, i: int, floor: int, lex: Lexicon) -> int | None:
    """Start of a program's name whose head joins two fields with the 和 at token k, right after an object cue
    (实施/增强农业质量效益和竞争力行动, 深化/国防和军队改革), else None: only name words stand between the cue and
    和, and none of them ends in a program's or project's suffix (实施甲工程和乙行动 stays two)."""
    if not 1 < k < i - 1 or tokens[k].text not in _FIELD_JOINS or tokens[k + 1].tag in STOP_TAGS:
        return None
    if any(x.tag == "Q" and x.text.startswith("《") for x in tokens[k + 1 : i]):
        return None  # (a titled document after 和/及 names itself)
    for m in range(k - 1, 0, -1):
        t = tokens[m]
        if t.start < floor or t.text in _OBJECT_CUES or t.tag in _OBJECT_STOP_TAGS or t.text in _OBJECT_STOP_WORDS or t.tag == "Q" and t.text.startswith("《"):
            return None  # 实施珠三角《规划纲要》及相关政策: a titled document before 及 names itself (纠正“四风”和甲专项整治 is one name)
        if suffix_class(t.text, lex) in (PROGRAM, PROJECT) or any(q in t.text for q in lex.generic_qualifiers):
            return None  # (深化重点领域和关键环节改革: fields of no name)
        if tokens[m - 1].text in _OBJECT_CUES or tokens[m - 1].text in _ROUND_WORDS and m > 1 and tokens[m - 2].text in _OBJECT_CUES:
            # (实施新一轮/农村公路及村庄道路提升行动: the round is no part of the name; 实施/某湖…与削减攻坚行动: a place opens it)
            return m if _opens_object(t, lex, tokens[m + 1]) or is_proper_token(t) and t.tag == "ns" else None
    return None


#: Conjunctions that join two fields of one program's head after its cue, e.g. "和" in 实施农业质量效益和竞争力提升行动,
#: "及" in 实施农村公路及村庄道路提升行动, "与" in 开展先进制造业与现代服务业融合试点.
_FIELD_JOINS = ("和", "及", "与")

#: Words of a new round between a cue and a program's name, no part of the name, e.g. "新一轮" in 实施新一轮某某提升行动.
_ROUND_WORDS = frozenset({"新一轮", "新一批"})


def _cue_object_start(tokens: Sequence[Token], k: int, i: int, floor: int, lex: Lexicon, start_i: int) -> int:
    """Start of a program's name that runs from an object cue over verbs and adverbs to the suffix token i
    (实施/空间拓展挖潜行动, 制定/率先实现共同富裕行动方案), else ``start_i``: the walk stopped at token k,
    and only words that may stand in a name lie between the cue and k (no mark, particle, preposition or
    conjunction: 实施甲工程和乙行动 stays two)."""
    for m in range(k, 0, -1):
        t = tokens[m]
        if t.text in _FIELD_JOINS and (joined := _joined_object_start(tokens, m, i, floor, lex)) is not None:
            return joined  # 实施/文艺精品创作和文艺名家推广计划: two fields of one program's head
        if t.text in _PAIR_JOINS and m + 1 < i and _second_of_pair(tokens, m, lex):
            return m + 1 if _opens_object(tokens[m + 1], lex, tokens[m + 2]) else start_i  # 实施甲专项行动和/服务消费提质行动
        if t.start < floor or t.text in _OBJECT_CUES or t.tag in _OBJECT_STOP_TAGS or t.text in _OBJECT_STOP_WORDS:
            return start_i
        if tokens[m - 1].text in _OBJECT_CUES:
            return m if _opens_object(t, lex, tokens[m + 1]) and m < i - 1 else start_i
    return start_i


#: Characters of a number or a count; a word jieba tags a number (m, mq) with none of them is a verb or noun it
#: does not know, e.g. "整顿" in 实施某某领域整顿市场秩序行动 (not "三", "数十", "第二").
_NUMERAL_CHARS = re.compile(r"[\d０-９一二三四五六七八九十百千万亿两零〇几半多余数第首]")


def _NUMBER_TAG_NO_NUMBER(t: Token) -> bool:
    """Whether jieba tags a word a number though it holds no numeral (整顿/m): inside a program's name it walks on."""
    return t.tag in ("m", "mq") and _NUMERAL_CHARS.search(t.text) is None


#: Conjunctions that join two whole programs under one object cue, e.g. "和" in 实施提振消费专项行动和服务消费提质行动.
_PAIR_JOINS = ("和", "及", "以及")


def _second_of_pair(tokens: Sequence[Token], m: int, lex: Lexicon) -> bool:
    """Whether the conjunction at token m follows a whole program's name (its last word ends in a program
    suffix: 行动, 工程, 计划) that an object cue governs earlier in the clause, so that the words after m are
    the cue's second object (实施甲专项行动和服务消费提质行动: 服务 opens the second name, no verb of its own)."""
    if m < 2 or suffix_class(tokens[m - 1].text, lex) is not PROGRAM:
        return False
    for x in range(m - 2, -1, -1):
        if tokens[x].tag in ("w", "Q"):
            return False
        if tokens[x].text in _OBJECT_CUES:
            return True
    return False


def _opens_object(t: Token, lex: Lexicon, nxt: Token | None = None) -> bool:
    """Whether a word may open the object of a cue over the walk's stops: a noun, verb or adjective that is
    no cue and no governing lead (实施/好, 制定/出台), or an adverb of two characters (制定/率先…)."""
    if t.text in _NAME_MODIFIERS:
        return True  # 实施/高水平医院建设计划: a lead word elsewhere (高水平建设), here the name's modifier
    if t.text in lex.cue_words or t.text in _OBJECT_CUES:
        return False
    if t.text in lex.lead_words or t.text in lex.boundary:
        # 实施降低物流成本行动: right after the cue a two-character verb opens the name, though it governs elsewhere
        # (also one jieba tags a noun: 开展规范/n 涉企执法专项行动, 实施服务/vn 消费提质行动)
        return t.tag in ("d", "v", "vn", "n") and len(t.text) == 2 or t.tag == "d" and len(t.text) > 2
    return t.tag in _OPENING_TAGS or (
        t.tag in _OPENING_NOUN_TAGS and len(t.text) > 1 and _ALL_HAN.fullmatch(t.text) is not None and not (nxt is not None and (nxt.tag in ("m", "mq") or _NUMERAL_START.match(nxt.text) is not None))
    )  # (落实省定/20项民生工程: a count of works follows, no name opens)


#: A word that opens with a numeral, e.g. "20" (jieba may tag it x), "三".
_NUMERAL_START = re.compile(r"[\d一二三四五六七八九十两百千]")

#: A word of Chinese characters only, e.g. "农网" (not "5G", not a mark).
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


#: Tags that end the object of a cue: marks, particles, prepositions, conjunctions, pronouns, numbers
#: (an adverb stays: 率先 in 制定率先实现共同富裕行动方案).
_OBJECT_STOP_TAGS = STOP_TAGS - {"d"}

#: Words that end the object of a cue although jieba may tag them otherwise, from suffixed.tsv object_stop
#: (的, 和, 等: 实施甲工程和乙行动 names two).
_OBJECT_STOP_WORDS = frozenset(word_list(_WORDS, "object_stop"))


#: Program suffixes that a glued governing verb turns into a verb phrase (推进改革), from suffixed.tsv.
_GOVERNED_TAILS = frozenset(word_list(_WORDS, "governed_tail"))


def _governs(word: str, lex: Lexicon) -> bool:
    """Whether a word glued before a program suffix governs it (推进 in 推进改革, 深化 in 深化改革)."""
    return word in lex.cue_words or word in lex.lead_words or word in lex.boundary


def _listed_conjunction(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether token k is 和 right after a list mark and before a proper word that is no place, which a list
    never puts there as a conjunction: it opens the item's name (甲、和谷某某产业园). 与 there is a preposition
    (甲、与港澳共建某某基地), and so is 和 before a place (甲、和港澳合作)."""
    return 0 < k < j - 1 and tokens[k].text == "和" and tokens[k - 1].text == "、" and is_proper_token(tokens[k + 1]) and not (
        is_place_name(tokens[k + 1].text) or tokens[k + 1].tag == "ns"
    )


def _trim_lead(tokens: Sequence[Token], start_i: int, j: int, lex: Lexicon) -> int:
    """Skip words that govern a name rather than begin it (确保, 继续深化, 好)."""
    while start_i < j:
        t = tokens[start_i]
        if _listed_conjunction(tokens, start_i, j):
            break  # 甲产业港、和谷某某产业园: 和 right after a list mark opens the item's name
        if start_i + 1 < j and _lone_char_opens(tokens, start_i, start_i + 1, lex):
            break  # 建成那|棱|格勒河水利枢纽: the lone character opens the name (no name starts at 棱)
        if (t.text in lex.lead_words or t.text in lex.boundary or (t.text in lex.program_inner and t.tag[:1] in ("v", "a"))) and not _opens_division(tokens, start_i, j) and not _noun_modifier(tokens, start_i, j, lex):
            start_i += 1
            continue
        break
    return start_i


#: Lead words that may open a name as a noun's modifier, e.g. "基本" (suffixed.tsv noun_lead).
_NOUN_LEADS = frozenset(word_list(_WORDS, "noun_lead"))


def _noun_modifier(tokens: Sequence[Token], k: int, j: int, lex: Lexicon) -> bool:
    """Whether a lead word that also stands inside names modifies the noun after it as a noun (基本 in
    实施基本公共服务提质工程), not a verb (基本建成): tagged a noun, a noun after it, a verb or cue before it."""
    t = tokens[k]
    if t.text in _TERM_LEADS and k + 1 < j and tokens[k + 1].text in _TERM_LEADS[t.text]:
        return True  # 健全/长期/护理/保险制度: jieba tags 长期 an adverb, but 长期护理 is one term
    return (
        t.text in _NOUN_LEADS and t.tag[:1] == "n" and k + 1 < j
        and tokens[k + 1].tag[:1] in ("n", "l", "j") and (k == 0 or tokens[k - 1].tag[:1] == "v" or tokens[k - 1].text in lex.cue_words)
    )


#: Lead words that open a set term with the word after them, whatever jieba tags them (suffixed.tsv term_lead: the
#: lead word, then the word after it), e.g. "长期" before "护理" in 长期护理保险制度.
_TERM_LEADS: dict[str, frozenset[str]] = {
    lead: frozenset(w for lw, w in (row.split(" ", 1) for row in word_list(_WORDS, "term_lead")) if lw == lead)
    for lead in {row.split(" ", 1)[0] for row in word_list(_WORDS, "term_lead")}
}


def _department_field(tok: Token, end_word: str, lex: Lexicon) -> bool:
    """Whether ``tok``, a noun jieba knows that ends in a verb (社会保障, 环境保护), is the field of the department
    whose name ends with ``end_word`` (厅, 局, 委员会): its first part is itself a noun and no adverb or lead
    word (not 全力支持, 充分利用, 全面提高 before 集团, 银行, 学校)."""
    if tok.tag != "n" or tok.text in lex.boundary or not end_word.endswith(_DEPARTMENT_ENDS):
        return False
    field = next((tok.text[:-k] for k in range(2, min(len(tok.text) - 1, lex.max_boundary_len) + 1) if tok.text[-k:] in lex.boundary), "")
    return len(field) >= 2 and _dictionary_tag(field) == "n" and field not in lex.boundary and field not in lex.lead_words


def _ends_with_boundary(word: str, lex: Lexicon) -> bool:
    """全面实施 ends with 实施, 全面推广 is an adverb before a governing verb: a verb phrase glued into one token."""
    return len(word) > 2 and (
        any(word[-k:] in lex.boundary for k in range(2, min(len(word), lex.max_boundary_len) + 1))
        or any(word[:k] in lex.boundary and word[k:] in lex.lead_words for k in range(2, len(word) - 1))
    )


def _opens_with_place(name: str) -> bool:
    """Whether a name opens with a division's or region's name of two or three characters (光明中心区)."""
    return any(gazetteer.division_by_name(name[:k]) or is_region_name(name[:k]) for k in (2, 3) if len(name) > k)


def _split_verb_dropped(name: str, start: int, tokens: Sequence[Token], clause: Clause, lex: Lexicon) -> tuple[str, int]:
    """A name without the last character of a verb the tokenizer split across its left edge
    (做大做强某某中心: 做/强某某); 实行行政执法: 行政 is a word of its own and stays."""
    while start > clause.start and len(name) > 4:
        tok = next((t for t in tokens if t.start <= start < t.end), None)
        split = tok is None or tok.start != start or len(tok.text) == 1 or tok.tag == "x"
        if split and clause.text[start - clause.start - 1] + name[0] in lex.boundary:
            name, start = name[1:], start + 1
            continue
        break
    return name, start


def _drop_leading(name: str, start: int) -> tuple[str, int]:
    c = LEAD_COUNT.match(name)
    if c and len(name) - c.end() >= 2:
        name, start = name[c.end() :], start + c.end()
    m = LEADING_DROP.match(name)
    if m and len(name) - m.end() >= 2:
        name, start = name[m.end() :], start + m.end()
    if name[:1] in _ROUTE_DASHES and len(name) > 3:
        return name[1:], start + 1  # 甲高速-乙高速: the dash joins two roads, it starts neither
    return name, start


def specific(name: str, suffix: str, cls: EntityClass, lex: Lexicon) -> bool:
    """A name, not a generic reference (上市公司, 重大项目) or a bare suffix."""
    if name in lex.generic_names or len(name) <= len(suffix):
        return False
    if cls in (ORG, PLACE) and (name.startswith(_DISTRIBUTIVE_OPENINGS) or name.endswith(_GENERIC_TAILS)):
        return False  # 各级党委, 各县区开发区, 某交易所上市公司: every one of a kind, no one body or zone
    if cls is ORG and name.endswith(_DESIGNATION_ENDS):
        return False  # 大湾区国际科技创新中心, 某市建设国际科技产业创新中心: a region's role or mission, no body
    if cls is ORG and owned_kind(name):
        return False  # 市属医院, 省属普通本科学校, 教育部直属师范大学: the bodies a level owns, no one body (直属机关工委 is one)
    if cls is ORG and any(
        name[-k:] in lex.generic_names and all_generic(name[:-k], lex) for k in range(3, len(name) - 1)
    ):
        return False  # 城镇中小学, 农村幼儿园: generic words before a generic reference
    if cls is PROGRAM and _TIMED_CAMPAIGN.search(name):
        return True  # 安全生产专项整治三年行动: a campaign given its own span is named, its field words generic or not
    head = name[: -len(suffix)]
    if FOOTNOTE.match(head):
        return False  # 为“30·60”［13］行动做出贡献: the mark notes the quoted word before it, it names nothing
    if cls is PROJECT and any(w in functools.reduce(lambda h, x: h.replace(x, ""), _CATEGORY_EXCEPTIONS, head) for w in _CATEGORY_WORDS):
        return False  # 集成电路重点项目, 重点平原洼地治理: key or major projects of a kind, no one work
    if cls is PROJECT and (head.endswith(_CATEGORY_TAILS) or _TYPE_TAIL.search(head)):
        return False  # 绿氢产业项目, 文创产业项目, 财源型项目: the projects of an industry or a type
    if (cls is PROJECT or cls is ORG and not head.startswith(_NATIONAL_OPENINGS)) and all_generic(head, lex, lex.generic_words | _PROJECT_KIND_WORDS):
        return False  # 技术研发基地, 入园项目, 大型金融控股集团: a field or aim of a kind (国家某某技术研发中心 is one body)
    if cls is PROJECT and (cap := _LEAD_CAPACITY.match(head)) and all_generic(head[cap.end() :], lex, lex.generic_words | _PROJECT_KIND_WORDS):
        return False  # 220千伏变电站, 5万千瓦风电: a capacity and a kind, no one work (110千伏某某变电站 is one)
    if head in LEVEL_PREFIXES and cls is not ORG:
        return False
    if cls is PLACE and _SCENIC_GRADE_HEAD.fullmatch(head):
        return False  # 5A景区, 4A级以上旅游景区: a grade of scenic area, no one area
    if cls is PROGRAM and len(head) == 1:
        return False  # 促改革, 型改革: one character names no program
    if cls is PROGRAM and suffix == "协作" and all_generic(head, lex, lex.generic_words | _COOPERATION_FIELDS):
        return False  # 经济协作, 专业化协作, 产业链供应链协作: a kind of working together; 东西部协作, 粤桂协作 name their partners
    if cls is PROGRAM and suffix == "战略" and any(w in head for w in _STRATEGY_FIELDS) and all_generic(
        head, lex, lex.generic_words | _STRATEGY_FIELDS | {"发展"}
    ):
        return False  # 区域重大战略, 技术发展战略: a kind of strategy, no one strategy (协同发展战略 names a region's)
    if cls in (PLACE, PROJECT, ORG) and _NUMERAL_KIND_INSIDE.search(head):
        return False  # 秦皇岛四大港区, 五大区域疾控中心, 投控三大集团: a count of kinds
    if cls is PROGRAM and suffix == "改革" and head.endswith("化") and head in lex.generic_words:
        return True  # 数字化改革 (a GUIDELINES example): a reform named by the one manner it brings, generic as the word is
    if head in lex.generic_words or head in lex.boundary or head in lex.lead_words:
        return False  # 采取行动: a verb before a class word
    if len(head) > 1 and head[0] in LEVEL_PREFIXES and all_generic(head[1:], lex, lex.generic_qualifiers):
        return False  # 市重点项目: the level's generic reference
    if _MAGNITUDE_CLASS.fullmatch(head):
        return False  # 百亿级项目, 三十亿级项目: a size class, not a name
    head = NUMERAL_KIND.sub("", head)  # 三大先进制造业园区: the count names no one
    head = _LEAD_SPAN.sub("", head)  # 百日攻坚行动: the span alone names no campaign
    if not head:
        return False
    for k in (3, 2):
        # 中国上市公司, 保定市重点项目: a place before a generic reference
        if len(head) > k and (gazetteer.division_by_name(head[:k]) or is_region_name(head[:k]) or head[:k] in (lex.place_pairs or {})) and all_generic(
            head[k:], lex, lex.generic_qualifiers
        ):
            return False
    if cls is PROGRAM and suffix in _SYSTEM_SUFFIXES and len(head) >= 4:
        return True  # 安全生产责任制, 国家安全责任制: a system named by its field, however common the field's words
    # every piece of the head generic: 重点产业项目, 各类学校
    return not all_generic(head, lex)


#: Openings of a candidate that make it every one of a kind, from suffixed.tsv distributive_opening, e.g. "各" in "各级党委".
_DISTRIBUTIVE_OPENINGS = tuple(word_list(_WORDS, "distributive_opening"))

#: Words right before a candidate that make it every one of a kind, from suffixed.tsv distributive_before, e.g. "各级"
#: before "安委办" (各 alone may end a name: 王各庄).
_DISTRIBUTIVE_BEFORE = tuple(word_list(_WORDS, "distributive_before"))

#: Generic references that keep a longer candidate generic, from suffixed.tsv generic_tail, e.g. "上市公司" in "某交易所上市公司".
_GENERIC_TAILS = tuple(word_list(_WORDS, "generic_tail"))

#: Ends of a national designation a region is to become, from suffixed.tsv designation_end, e.g. "国际科技创新中心" in
#: "粤港澳大湾区国际科技创新中心" (a role of the region, no body).
_DESIGNATION_ENDS = tuple(word_list(_WORDS, "designation_end"))

#: An owner's level before 属 (市属, 省属, 区属, 县属, 部属, 直属, 下属, 所属): the bodies a government or ministry owns,
#: a class of bodies, e.g. "市属" in "某市属医院", "直属" in "教育部直属师范大学" (附属 and 隶属 in a name, 金属, are not read).
_OWNED_KIND = re.compile(r"[省市区县州盟旗镇乡部委厅局直下所]属")


def owned_kind(name: str) -> bool:
    """Whether an organization's name is the bodies a level owns (市属医院, 省属高校, 教育部直属师范大学), a class of
    bodies, not one; a Party body of the level's own organs (市直属机关工委) is one."""
    return _OWNED_KIND.search(name) is not None and "机关" not in name

#: Words after an organization's candidate that make it the kind a system is about, from suffixed.tsv system_after,
#: e.g. "制度" after "现代银行" in "建立现代银行制度".
_SYSTEM_AFTER = tuple(word_list(_WORDS, "system_after"))

#: A count closing an organization's candidate up to a list mark or the clause's end, which makes it a kind,
#: e.g. "2个" in "省级星创天地5个、某某学者工作站2个；" (not "3家企业" after a listed firm: the count is the list's).
_ORG_COUNTED_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两百千]+)[个家所座处](?:以上|左右|余)?(?=[、，,。；;]|$)")

#: Words after a candidate ending in 政策 that make it a field, e.g. "体系" in 构建某某型政策体系 (suffixed.tsv policy_field_after).
_POLICY_FIELD_AFTER = tuple(word_list(_WORDS, "policy_field_after"))

#: A character that is a number or counts, e.g. "三", "百", "8" (not "月" in 月明河).
_NUMERAL_CHAR = re.compile(r"[\d零〇一二三四五六七八九十百千万亿两几半双多数]")

#: Project suffixes that name an aim after 打造 (suffixed.tsv aim_suffix), e.g. 枢纽 in "打造某某综合交通枢纽".
_AIM_SUFFIXES = frozenset(word_list(_WORDS, "aim_suffix"))

#: 打造 with at most a few modifiers before a name, e.g. "打造全国重要的" before "文化传承创新基地".
_AIMED = re.compile(r"打造(?:成为?|为)?[^，。；、“]{0,10}$")


#: Zone suffixes that, after 打造 or 创建 and no place name, name a designation aimed for, from suffixed.tsv aim_zone_suffix.
_AIM_ZONE_SUFFIXES = frozenset(word_list(_WORDS, "aim_zone_suffix"))

#: A verb aiming at a designation with at most a few modifiers, or at a list of them, e.g. "创建国家级" before
#: "生态文明示范区", "打造通用航空产业综合示范区、" before "民用无人驾驶航空试验区".
_ZONE_AIMED = re.compile(r"(?:打造|创建|争创|申创)(?:成为?|为)?(?:[^，。；、“”]{1,16}、)*[^，。；、“”]{0,10}$")


#: Suffixes of a zone designated for an aim (suffixed.tsv designation_zone), e.g. 示范区 in 某某改革示范区.
_DESIGNATION_ZONES = frozenset(word_list(_WORDS, "designation_zone"))

#: jieba tags of a word that may name a place or body inside a zone's head (not 'x': unknown words are as often
#: common ones, 产教, 林长制).
_ZONE_NAME_TAGS = frozenset({"ns", "nt", "nz", "j", "eng"})

#: Last characters of a landform or water's name, e.g. "山" in 某某山自然保护区.
_FEATURE_CHARS = "山河湖江海岛湾峡谷溪"


def _unnamed_designation(head: str, lex: Lexicon) -> bool:
    """Whether the head of a designated zone (某某示范区, 某某保护区) names no place: no division, region,
    proper word, landform or number in it (林长制改革, 铁路沿线安全), so the zone is a kind, not a place."""
    if not head or _holds_place(head, lex):
        return False
    toks = tokenize(head)
    for k, t in enumerate(toks):
        text = t.text
        if t.tag in _ZONE_NAME_TAGS and len(text) > 1 or any(c.isdigit() or "a" <= c.lower() <= "z" for c in text):
            return False
        if len(text) >= 2 and any(gazetteer.division_by_name(text + e, levels=("province", "city", "county")) for e in ("", "区", "县", "市")):
            return False  # 某某循环经济示范区: a district's short name
        joined = text + toks[k + 1].text if k + 1 < len(toks) and len(toks[k + 1].text) == 1 else text
        if joined.endswith(("镇", "乡")) and gazetteer.division_by_name(joined) or len(joined) >= 3 and joined[-1] in _FEATURE_CHARS:
            return False  # 某镇饮用水源地保护区, 某某山自然保护区
    return True


def _holds_place(head: str, lex: Lexicon) -> bool:
    """Whether a zone's head names a place (前海, 京津冀, 粤港澳大湾区, 中国): then the zone is a named one.
    Counties count by their full names only: a short one is too often a word (中和 in 碳中和)."""
    for k in range(2, min(len(head), 8) + 1):
        for a in range(len(head) - k + 1):
            word = head[a : a + k]
            if word == "中国" or word in lex.regions or word in (lex.place_pairs or {}) or any(
                d.level in ("province", "city") or d.level != "town" and d.name == word for d in gazetteer.division_by_name(word)
            ):
                return True
    return False


#: Program suffixes of a system that its field of four or more characters names even when the field's words
#: are generic (suffixed.tsv system_suffix), e.g. 责任制 in 安全生产责任制 (not 经济责任制).
_SYSTEM_SUFFIXES = frozenset(word_list(_WORDS, "system_suffix"))


#: A span at the start of a head, e.g. "百日" in "百日攻坚行动".
_LEAD_SPAN = re.compile(r"^(?:[一二三四五六七八九十两]年|百日|百天)")

#: A campaign named by its field (four characters or more) and its span, e.g. "安全生产专项整治三年行动",
#: "安全稳定百日攻坚行动" (not "整治三年行动": a bare verb names no field).
_TIMED_CAMPAIGN = re.compile(
    r"^[\u4e00-\u9fff]{4,}(?:[一二三四五六七八九十两]年|百日|百天)[\u4e00-\u9fff]{0,2}(?:行动|计划|行动计划|行动方案)$"
)


#: A size class as a head, e.g. "亿级" in "三十亿级项目", "百亿元级" in "百亿元级产业集群".
_MAGNITUDE_CLASS = re.compile(r"[\d一二三四五六七八九十两百千万亿]*[万亿]元?级")

#: A count of kinds inside a head, e.g. "四大" in "秦皇岛四大港区", "5大" in "5大微短剧基地" (not a number glued to a
#: road's or building's 大: 3大道, 2大桥, 1大厦).
_NUMERAL_KIND_INSIDE = re.compile(r"[一二三四五六七八九十两]+大|(?<![\d.A-Za-z])\d{1,2}大(?![道桥街厦楼院队])")


def org_suffix(name: str, lex: Lexicon) -> str:
    """The longest class suffix a name ends with (集团 in 某某集团)."""
    return next((name[-k:] for k in range(min(len(name), 7), 0, -1) if name[-k:] in lex.suffixes), "")


#: A region program's opening word and the two or three characters after it, e.g. "平安武汉"
#: (a lookahead, so 平安武汉法治武汉 yields both).
_REGION_PROGRAM = re.compile(f"(?=((?:{'|'.join(map(re.escape, word_list(_WORDS, 'region_program_prefix')))})[\u4e00-\u9fff]{{2,3}}))")


def region_programs(clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """平安/法治/健康/美丽/数字 + a province, city or county (平安武汉, 健康湖南): a Program.

    Not a division's name that is also a common word (城区, 惠民), nor two characters that open a
    longer name (美丽新宁夏 is not 美丽新宁)."""
    out = []
    for m in _REGION_PROGRAM.finditer(clause.text):
        found = m.group(1)
        prefix_len = next(len(w) for w in _REGION_PREFIXES if found.startswith(w))
        rest = found[prefix_len:]
        for k in (3, 2):
            place = rest[:k]
            if len(place) == k and _big_division(place) and place not in lex.generic_words and not (k == 2 and _big_division(rest[1:3])):
                start = clause.start + m.start()
                name = found[: prefix_len + k]
                out.append(Mention(PROGRAM, name, name, sentence, start, start + len(name), "region-program"))
                break
    return out


#: The opening words of region programs.
_REGION_PREFIXES = word_list(_WORDS, "region_program_prefix")


def _big_division(name: str) -> bool:
    return any(d.level in ("province", "city", "county") for d in gazetteer.division_by_name(name))


#: A numbered document of a higher body, e.g. "中央一号文件", "国务院16号文件".
_NUMBERED_DOCUMENT = re.compile(
    f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'document_issuer')))})(?:\\d+|[一二三四五六七八九十]+)号文件"
)


def numbered_documents(clause: Clause, sentence: int) -> list[Mention]:
    """中央N号文件 and the like: a policy document known by its number is a Program."""
    if "号文件" not in clause.text:
        return []  # the pattern ends in 号文件
    return [
        Mention(PROGRAM, m.group(0), m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), "numbered-document")
        for m in _NUMBERED_DOCUMENT.finditer(clause.text)
    ]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


#: A policy package named by its field and its count of articles after a policy verb, ended by the clause, a
#: list mark or a package noun (CONVENTIONS 4), e.g. "稳外贸15条" in "出台稳外贸15条", "大气污染防治十条" in
#: "落实大气污染防治十条措施", "稳定经贸发展33条" in "出台支持扩大出口的稳定经贸发展33条" (the words before
#: 的 qualify it); not "驿城大道等12条道路" (等, and a road follows), "这一条主线".
_PACKAGE_ITEM = (
    r"(?:[\u4e00-\u9fff]{1,12}的)?(?P<name>(?P<field>[\u4e00-\u9fff]{2,14}?)(?:\d{1,2}|[一二三四五六七八九十]+)(?<!\d\d\d)条)"
    f"(?=$|[，,。；;、和及与等）)”]|[\u4e00-\u9fff]{{0,2}}(?:{_alternation(resources.load_words('rules/package_nouns.txt'))}))"
)
_POLICY_PACKAGE = re.compile(f"(?:{_alternation(word_list(_WORDS, 'package_verb'))})+了?{_PACKAGE_ITEM}")

#: A later package of the same list, e.g. "、利用外资20条" in "出台大气质量提升40条、利用外资20条".
_NEXT_PACKAGE = re.compile(f"[、和及]{_PACKAGE_ITEM}")

#: Words before a count that make it no package's field: a list (等), a qualifier (的), an ordinal (第)
#: or a pointer (这) inside; a conjunction or a second policy verb at the start (出台和落实…, 制定出台20条);
#: a package noun or an approximation at the end, a count of measures (整改措施12条, 稳增长措施近100条).
_NOT_A_FIELD = re.compile(
    f"[等的第这]|^(?:[和及并与]|{_alternation(word_list(_WORDS, 'package_verb'))})"
    f"|(?:{_alternation(resources.load_words('rules/package_nouns.txt'))}|[近约共超余])$"
)


#: A policy package counted in 项 or 若干 and named by its package noun after a policy verb (CONVENTIONS 4), the
#: field right before the count, e.g. "外贸高质量发展32项措施" in "出台外贸高质量发展32项措施",
#: "扶持产业发展6项政策措施" in "出台实施扶持产业发展6项政策措施", "促进商业高质量发展若干措施" in
#: "出台促进商业高质量发展若干措施"; not "出台69项支持政策" (no field), "实施低效用地再开发等18项政策" (a list).
_COUNTED_PACKAGE = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'package_verb'))})+了?"
    r"(?P<name>(?P<field>[\u4e00-\u9fff]{2,16}?)(?:(?:\d{1,3}|[一二三四五六七八九十]+)项|若干)[\u4e00-\u9fff]{0,2}?"
    f"(?:{_alternation(resources.load_words('rules/package_nouns.txt'))}))(?=$|[，,。；;、和及与）)”])"
)

#: Fields that make a counted package no local policy: a central rule (中央八项规定, optional as a Party rule),
#: the rules a sentence pairs with another body's (中央八项规定精神和省市若干意见), a level or body alone before the
#: count (省级若干支持措施, 省委若干规定), a conjunction last (工业互联网行动计划和若干措施).
_NOT_A_PACKAGE_FIELD = re.compile(r"^(?:党?中央)|规定|精神|[和及与]$|(?:[省市县区]级|[省市县区]委|省市|[省市县区]政府)$")

#: A policy document adopted after a policy verb and named by its aim, 的 and its noun (suffixed.tsv document_noun),
#: e.g. "促进高质量充分就业的实施意见" in "出台促进高质量充分就业的实施意见", "加快民营经济发展的若干措施" in
#: "出台了加快民营经济发展的若干措施" (the aim holds no list mark, no second 的 and no number).
_QUALIFIED_DOCUMENT = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'package_verb'))})+了?"
    r"(?P<name>(?P<field>[\u4e00-\u9fff]{4,24}?)的"
    f"(?:{_alternation(word_list(_WORDS, 'document_noun'))}))(?=$|[，,。；;、和及）)”])"
)

#: The issuer's own region opening a package's field, e.g. "我省" in "制定我省减轻企业负担十项措施".
_OWN_REGION = re.compile(r"^我[省市县区州旗]")


#: A policy verb (suffixed.tsv package_verb), which each of the three package patterns opens with.
_PACKAGE_VERB = re.compile(_alternation(word_list(_WORDS, "package_verb")))


def policy_packages(clause: Clause, sentence: int) -> list[Mention]:
    """稳外贸15条 after 出台/落实: a policy package known by its field and count is a Program; its count is
    no indicator (the indicator family skips it)."""
    out: list[Mention] = []
    if _PACKAGE_VERB.search(clause.text) is None:
        return out  # no policy verb: none of the three patterns can match (one search instead of three)
    first, pos = _POLICY_PACKAGE.search(clause.text), 0
    while first is not None:
        m: re.Match[str] | None = first
        pos = first.start() + 1  # 出台和落实甲33条: a later verb may open the package
        while m is not None and not _NOT_A_FIELD.search(m.group("field")):
            start, end = clause.start + m.start("name"), clause.start + m.end("name")
            out.append(Mention(PROGRAM, m.group("name"), m.group("name"), sentence, start, end, "policy-package"))
            pos = m.end()
            m = _NEXT_PACKAGE.match(clause.text, m.end())
        first = _POLICY_PACKAGE.search(clause.text, pos)
    for pattern, source in ((_COUNTED_PACKAGE, "policy-package"), (_QUALIFIED_DOCUMENT, "policy-document")):
        for c in pattern.finditer(clause.text):
            field = _OWN_REGION.sub("", c.group("field"))
            if pattern is _QUALIFIED_DOCUMENT and "关于" in field:
                field = field[field.find("关于") :]  # 国务院关于…的若干意见: the title opens at 关于
            if len(field) < 2 or _NOT_A_FIELD.search(field) or _NOT_A_PACKAGE_FIELD.search(field):
                continue
            start, end = clause.start + c.end("field") - len(field), clause.start + c.end("name")
            name = clause.text[start - clause.start : end - clause.start]
            out.append(Mention(PROGRAM, name, name, sentence, start, end, source))
    return out


#: Campaigns listed with 、 as the whole object of a program verb, sharing one kind (suffixed.tsv
#: shared_program_head), each item a field of four to twelve characters, e.g. "城市商业提质", "零售业创新提升" in
#: "实施城市商业提质、零售业创新提升工程", "基础教育扩优提质", "县域普通高中振兴" in "开展基础教育扩优提质、县域普通高中振兴等行动";
#: not "保订单、保履约、保市场专项行动" (short items: one campaign's name may hold them).
_SHARED_HEAD_LIST = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'program_cue'))})[了好]?"
    r"(?P<items>(?:(?:(?![等的和及与])[\u4e00-\u9fff]){4,12}、)+(?:(?![等的和及与])[\u4e00-\u9fff]){4,12})等?"
    f"(?P<head>{_alternation(word_list(_WORDS, 'shared_program_head'))})(?=$|[，,。；;])"
)


#: A count of kinds at an item's end, e.g. "三项" in "节能减排三项集中".
_COUNTED_KIND = re.compile(r"[一二三四五六七八九十两\d]+[项个类]")


#: Short fields joined by 、 after a program verb into one program by a joining word (suffixed.tsv joint_word) and a
#: program kind, e.g. "医疗、医保、医药联动改革" in "深化医疗、医保、医药联动改革", "科技、教育、人才一体化改革";
#: each field two to four characters with no conjunction or 的 (not 口岸改造提升、功能优化和通关一体化改革).
_JOINT_PROGRAM = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'object_cue'))})"
    r"(?P<name>(?:(?:(?![等的和及与])[\u4e00-\u9fff]){2,4}、)+(?:(?![等的和及与])[\u4e00-\u9fff]){2,4}"
    f"(?:{_alternation(word_list(_WORDS, 'joint_word'))})(?:发展)?(?:综合)?(?:改革|试点|行动|工程|计划))(?=$|[，,。；;])"
)


def joint_programs(clause: Clause, sentence: int) -> list[Mention]:
    """深化医疗、医保、医药联动改革: fields joined into one program name it together (the last field alone names none)."""
    if "、" not in clause.text:
        return []  # the fields are joined by 、
    return [
        Mention(PROGRAM, m.group("name"), m.group("name"), sentence, clause.start + m.start("name"), clause.start + m.end("name"), "joint")
        for m in _JOINT_PROGRAM.finditer(clause.text)
    ]


def shared_head_programs(clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """实施甲提质、乙提升工程 → 甲提质工程, 乙提升工程: each item of a program verb's list of campaigns with one shared
    kind is a Program, unless an item has a class word of its own (then the list names whole programs)."""
    out: list[Mention] = []
    if "、" not in clause.text:
        return out  # the campaigns are listed with 、
    for m in _SHARED_HEAD_LIST.finditer(clause.text):
        items = m.group("items").split("、")
        if any(_class_suffix(item, lex) or _class_suffix(item + m.group("head"), lex) != m.group("head") for item in items):
            continue  # 实施甲工程、乙提升工程: the items are named in full; 乙建设工程 ends in a kind of its own
        if _NUMERAL_CHAR.match(items[0]) or any(_NUMERAL_KIND_INSIDE.search(item) or _COUNTED_KIND.search(item) for item in items):
            continue  # 实施一批基础设施、园林绿化工程; 甲、乙、丙四大提升工程: a counted set, its parts no campaigns of their own
        if m.group("head") == "工程" and any(w in item for item in items for w in lex.project_words):
            continue  # 实施甲河治理、乙路东延工程: construction works, the projects family's
        pos = clause.start + m.start("items")
        for item in items:
            out.append(Mention(PROGRAM, item + m.group("head"), item, sentence, pos, pos + len(item), "shared-head"))
            pos += len(item) + 1
    return out


#: A year given to a drive, as the object of a program verb, e.g. "项目建设推进年" in "开展项目建设推进年活动",
#: "项目建设年" in "实施项目建设年"; the drive's name keeps 年 and drops 活动 (as the quoted “某某提升年”活动 does).
_YEARLY_PROGRAM = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'program_cue') + word_list(_WORDS, 'yearly_cue'))})了?"
    r"(?P<name>(?P<field>[\u4e00-\u9fff]{2,12}?)年)(?P<tail>活动|行动)?(?=$|[，,。；;、和及])"
)

#: What a drive's year ends with when no 活动 follows it, e.g. "建设" in "实施项目建设年".
_YEAR_KINDS = tuple(word_list(_WORDS, "year_kind"))

#: Words before 年 that make it a span or a time, not a drive: a count (三年, 五年), a time word (今年,
#: 周年, 之年, 青年) or a qualifier (的), e.g. "的关键之" in "深化改革的关键之年".
_NOT_A_YEAR_FIELD = re.compile(r"[的之等]|[\d一二三四五六七八九十两百千多每全当今明去同本往近历逐周青少老中新成常]$")


#: A plan named right after a verb that carries it out, up to the end of its item (suffixed.tsv plan_name_cue), e.g.
#: "中长期青年发展规划" in "深入实施中长期青年发展规划，", "数字经济发展规划" in "落实好数字经济发展规划。", an outline
#: whole: "某某人才发展规划纲要" in "落实某某人才发展规划纲要。", "妇女发展纲要" in "实施妇女发展纲要。" (not
#: "实施面向2035年的国土空间总体规划": digits and 的 stay out of a name).
_CUED_PLAN = re.compile(
    f"(?:{_alternation(word_list(_WORDS, 'plan_name_cue'))})[好了]?(?:新一轮)?"
    r"(?P<name>[^\W\d_的和及与等]{5,20}(?:规划(?:纲要)?|纲要))(?=[，,。；;、]|$)"
)

#: Openings of a plan's name that make it every place's plan of a kind (suffixed.tsv plan_generic_head), e.g. "国土空间".
_PLAN_GENERIC_HEADS = tuple(word_list(_WORDS, "plan_generic_head"))


def cued_plans(clause: Clause, sentence: int) -> list[Mention]:
    """深入实施中长期青年发展规划, 实施环塔里木经济带发展规划: a plan the report carries out, named by more than
    a kind of plan, is a Program (CONVENTIONS 12, 22); 落实国土空间总体规划 names every place's plan of a kind."""
    out: list[Mention] = []
    if "规划" not in clause.text and "纲要" not in clause.text:
        return out  # the plan's name ends in 规划 or 纲要
    for m in _CUED_PLAN.finditer(clause.text):
        name = m.group("name")
        if name.startswith(_PLAN_GENERIC_HEADS) or NUMERAL_KIND.search(name):
            continue
        start = clause.start + m.start("name")
        out.append(Mention(PROGRAM, name, name, sentence, start, start + len(name), "cued-plan"))
    return out


def yearly_programs(clause: Clause, sentence: int) -> list[Mention]:
    """开展项目建设推进年活动, 实施项目建设年: a year-long drive the report carries out is a Program (issue 11 item 4)."""
    out: list[Mention] = []
    if "年" not in clause.text:
        return out  # the drive's name ends in 年
    for m in _YEARLY_PROGRAM.finditer(clause.text):
        field = m.group("field")
        if _NOT_A_YEAR_FIELD.search(field) or not (m.group("tail") or field.endswith(_YEAR_KINDS)):
            continue
        start, end = clause.start + m.start("name"), clause.start + m.end("name")
        out.append(Mention(PROGRAM, m.group("name"), m.group("name"), sentence, start, end, "yearly-program"))
    return out
