"""Quoted terms: “六比六拼”行动, “四好农村路”, 《某某规划》 and their classes.

A quoted string is a name when a quote rule (``rules/quote_rules.tsv``) or the word after
it (a suffix, a program tail) says what it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import patterns
from kgreport.extract.entities.honors import long_honor_heads
from kgreport.extract.entities.names import (
    FOOTNOTE,
    NUMERAL_KIND,
    STOP_TAGS,
    VERB_TAGS,
    all_generic,
    as_tuple,
    is_event,
    is_proper_token,
)
from kgreport.extract.entities.suffixed import org_suffix, specific, suffix_class
from kgreport.lexicon import Lexicon, QuoteRule, lexicon
from kgreport.models import (
    HONOR,
    ORG,
    PLACE,
    PROGRAM,
    PROJECT,
    EntityClass,
    Mention,
    RelationKind,
)
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Clause, Token, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/quoted.tsv"


def _quote_groups(tokens: Sequence[Token]) -> list[list[int]]:
    """Indices of quoted tokens that stand together (“救命钱”“养老钱”, “甲”、“乙”)."""
    groups: list[list[int]] = []
    for i, t in enumerate(tokens):
        if t.tag != "Q":
            continue
        if groups:
            last = groups[-1][-1]
            between = tokens[last + 1 : i]
            if all(b.text in ("、", "和", "与", "及") for b in between) and len(between) <= 1:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _rule_class(lex: Lexicon, before: str, after: str, framework: bool = False) -> tuple[bool, EntityClass | None]:
    """(decided, class) from the words around a quoted group; class None = reject.

    ``framework``: the quoted terms are numbered work frameworks (“四个之城”), which a soft
    rejecting cue (打造, 做好) does not reject.
    """
    before_rules, after_rules = _quote_rule_index()
    # the before-cue nearest the quote decides (实现推行“某某一件事”: 推行, not 实现)
    nearest: tuple[int, int, EntityClass | None] | None = None
    soft = False
    # a before-cue ends in the last five characters: only rules ending in one of them can match
    candidates = sorted({r for c in before[-5:] for r in before_rules.get(c, ())})
    for _, rule in candidates:
        window = before[-len(rule.cue) - 4 :]
        at = window.rfind(rule.cue)
        if at >= 0 and rule.cls is not None and "的" in window[at + len(rule.cue) :]:
            continue  # 开展工作的“指挥棒”: the cue is a verb of the clause that qualifies the quote, not its verb
        if at >= 0:
            key = (at + len(rule.cue) - len(window), 1 if rule.cls is None else 0, rule.cls)
            if nearest is None or key[:2] > nearest[:2]:
                nearest = key
                soft = rule.cue in _SOFT_REJECT_BEFORE
    if nearest is not None and nearest[2] is None and not soft:
        return True, None  # 整治“散乱污”企业: what is fought is no title, whatever follows
    for rule in after_rules.get(after[:1], ()):
        if after.startswith(rule.cue):
            return True, rule.cls
    if nearest is not None and soft and framework:
        return False, None  # 打造“四个之城”: a numbered framework, whatever the verb
    if nearest is not None:
        return True, nearest[2]
    return False, None


@lru_cache(maxsize=1)
def _quote_rule_index() -> tuple[dict[str, list[tuple[int, QuoteRule]]], dict[str, list[QuoteRule]]]:
    """Quote rules by the last character of a before-cue (with the rule's rank) and by the
    first character of an after-cue, in file order."""
    before: dict[str, list[tuple[int, QuoteRule]]] = {}
    after: dict[str, list[QuoteRule]] = {}
    for i, rule in enumerate(lexicon().quote_rules):
        if rule.side == "before":
            before.setdefault(rule.cue[-1:], []).append((i, rule))
        elif rule.side == "after":
            after.setdefault(rule.cue[:1], []).append(rule)
    return before, after


#: Words right after a quote that make it a figure of speech whatever cue stands before it, e.g. "文章" in
#: "做好“山水”文章" ("write the article of the hills and waters": make the most of them).
_FIGURE_AFTER = ("文章",)


def quoted_mentions(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = five_year_plans(clause, sentence) + legal_education_drives(clause, sentence)
    text = clause.text
    for group in _quote_groups(tokens):
        first, last = tokens[group[0]], tokens[group[-1]]
        before = text[max(0, first.start - clause.start - 8) : first.start - clause.start]
        after = text[last.end - clause.start : last.end - clause.start + 8]
        framework = all(_FRAMEWORK_SHAPE.match(tokens[i].inner) and not _BARE_COUNT.fullmatch(tokens[i].inner) for i in group)
        decided, cls = _rule_class(lex, before, after, framework)
        before_all = text[: first.start - clause.start]
        if _DEFINES_PART.match(after) or (not after.strip() and _GLOSS_LEAD.fullmatch(before_all)):
            continue  # “三横”指…, [5]“四个不摘”：…: a term being explained, named where the text uses it
        if after.startswith(_FIGURE_AFTER):
            continue  # 做好“山水”文章, 推进两项改革“后半篇”文章: a theme one "writes the article of", a figure of speech
        if not decided and _COUNT_AFTER.match(after):
            decided = True  # “亿元楼”7栋: a counted kind of thing
        if not decided and any(inner_ends(tokens[i].inner, lex) or _RANKED_LIST.match(tokens[i].inner) for i in group):
            decided, cls = True, HONOR  # “全国工业百强区”, “2024中国某某企业500强”: a title, a ranking list
        tail = _name_tail(tokens, group[-1] + 1, lex)
        if (not tail or tail[2] is not PROGRAM) and _qualifies_a_kind(text[last.end - clause.start :]) and not any(
            tokens[i].inner.endswith(_PROGRAM_ENDS) or suffix_class(tokens[i].inner, lex) is PROGRAM for i in group
        ):
            continue  # “两证齐全”医养结合机构达到120家, 争创“双一流”高校: the quote qualifies a kind of body or place
        if all(_ADJECTIVE_PAIR.fullmatch(tokens[i].inner) and tokens[i].inner not in lex.programs for i in group):
            continue  # 实施一批“小而美”民生项目, “专而精”企业: what the things are like, no program
        if tail and is_event(tail[0], lex):
            continue  # “创业之星”大赛参赛项目: the quoted part names a contest
        if len(group) == 1 and (system := _PLAN_SYSTEM_AFTER.match(after)) and _FORMULA.fullmatch(first.inner):
            out.append(Mention(PROGRAM, first.inner + system.group(0), first.text, sentence, first.start, first.end, "quote+system"))
            continue  # 编制“10+7”规划体系, 完善“1+N”政策体系: the system of plans or policies is the name, the formula its alias
        if all(_FACILITY_SET.fullmatch(tokens[i].inner) and _FACILITY_UNIT.search(tokens[i].inner) for i in group):
            continue  # “两仓”封关运营, “一园两馆”建成开放: a set of buildings, no program
        if _EVENT_SERIES_AFTER.match(after):
            continue  # 开展“某某二十年”系列活动: a series of events for an occasion, no program (GUIDELINES: events)
        if not tail and _qualifies_a_thing(text[last.end - clause.start :]) and not any(
            tokens[i].inner.endswith(_PROGRAM_ENDS) or suffix_class(tokens[i].inner, lex) is PROGRAM for i in group
        ):  # (“某某贷”产品, “阳光工程”等平台: the quote names its program itself)
            decided, cls = True, None  # “一对多”智能服务柜台, 出口信用“双统”平台建设: the quote qualifies a thing, names no program
        if not decided and not tail:
            run = _CLAUSE_CUT.split(text[last.end - clause.start :], maxsplit=1)[0][:10]
            if (inner_suffix := next((w for w in _QUOTE_END_REJECT if tokens[group[-1]].inner.endswith(w)), None)) and not tokens[
                group[-1]
            ].inner.endswith(_PROGRAM_ENDS):  # “某某模式” ends in 式 but is a model
                run = inner_suffix + "机制"  # “鱼腹式”: a manner, not a name
            if run.endswith(lex.quote_reject_tails):
                decided = True  # “集中力量办大事”支出保障机制: a slogan qualifying a noun
        if len(group) == 1 and _GUIDE_FRAMEWORK.fullmatch(first.inner) and before.endswith(_GUIDE_CUES) and _GUIDE_NOUN_AFTER.match(after):
            out.append(Mention(PROGRAM, first.inner, first.text, sentence, first.start, first.end, "quote+guide"))
            continue  # 坚持“稳、进、高、新”工作思路: phrases joined by 、 under a guide name one framework
        if len(group) == 1 and _GUIDE_FRAMEWORK.fullmatch(first.inner) and _framework_tail(text, last.end - clause.start) and _implemented(before, lex):
            out.append(Mention(PROGRAM, first.inner, first.text, sentence, first.start, first.end, "quote+framework-tail"))
            continue  # 深入实施“千村引领、万村升级”工程: phrases joined by 、 carried out as a program
        if len(group) == 1 and not tail and _NUMBERED_PARTS.fullmatch(first.inner) and _implemented(before, lex) and _CLAUSE_END_AFTER.match(after):
            out.append(Mention(PROGRAM, first.inner, first.text, sentence, first.start, first.end, "quote+numbered-parts"))
            continue  # 扎实开展“一问责、八清理”, 全面推行“双随机、一公开”: a numbered framework carried out
        if decided and cls is None and not tail:
            out += [
                Mention(PROGRAM, tokens[i].inner, tokens[i].text, sentence, tokens[i].start, tokens[i].end, "quote+gazetteer")
                for i in group
                if tokens[i].inner in lex.programs
            ]
            out += [  # 贯彻《某某实施意见》精神: the document, whatever is said of it
                Mention(PROGRAM, tokens[i].inner, tokens[i].text, sentence, tokens[i].start, tokens[i].end, "quote+document")
                for i in group
                if tokens[i].inner not in lex.programs and _is_document(tokens[i])
            ]
            continue
        for i in group:
            tok = tokens[i]
            inner = FOOTNOTE.sub("", tok.inner).strip()  # “百社联百村［10］”: a footnote mark inside the quote
            if tok.text.startswith("《") and _bare_title(_DOCUMENT_STATUS.sub("", inner)):
                continue  # 学习《建议》精神: a short reference to a document named elsewhere
            if tok.text.startswith("《") and text[: tok.start - clause.start].endswith(_WORK_KINDS):
                continue  # 电视剧《某某餐厅》, 舞剧《某某》: a work, no policy
            if not _plausible_quoted(inner, lex) and not _long_document(tok, inner) and not _coded_program(inner, text, tok.end - clause.start):
                continue
            if inner not in lex.programs and _word_formula(inner, text[last.end - clause.start :], bool(tail and tail[2] is PROGRAM)):
                continue  # “预案+演练+培训”, “公司+农户”模式: a model or a manner in parts, no program
            if inner not in lex.programs and 3 <= len(inner) <= 4 and inner.endswith(_MANNER_ENDS) and not inner.endswith(_MANNER_NOUNS) and not (
                tail and tail[2] is PROGRAM and not (inner.endswith("式") and tail[0] == "改革")  # “集成式”改革: a way of reforming
            ) and not (
                _COUNTED_PARTS.match(inner) or _MULTI_PART.match(inner)
            ):
                continue  # 实行“一次性”告知, 探索“在地化”生产: how a thing is done, no name (“两化”, “七个一体化”, “三重四创五优化”, “某某化”改革 stay)
            if inner not in lex.programs and _SERVICE_MANNER.fullmatch(inner) and not (tail and tail[2] is PROGRAM):
                continue  # 实行“一对一”跟进, 推广“掌上办”: a way of serving or handling, no name (“一对一”帮扶行动 stays)
            if inner in lex.programs:
                if tail and tail[2] is PROGRAM and i == group[-1] and len(group) == 1 and not any(
                    t.text in lex.lead_words for t in tokens[i + 1 :] if t.end <= tail[1]
                ):  # (not “甲”作为乙改革: a governing word in between, 乙改革 is a program of its own)
                    # 实施“四好农村路”提质增效工程: the known program is the name, the words after it its alias
                    out.append(Mention(PROGRAM, inner, tok.text + tail[0], sentence, tok.start, tail[1], "quote+gazetteer+tail"))
                    continue
                out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote+gazetteer"))
                continue
            # 扶持发展一批“电商村”、“淘宝村”, 建成了一批“民心工程”: kinds of thing counted, no programs (titles stay)
            batch = not tail and _BATCH_BEFORE.search(before) is not None and not _PROGRAM_SHAPE.search(inner)
            if is_event(inner, lex) or inner.endswith(_EVENT_ENDS):
                continue  # “汽车节”, “文化周”: events are no entities
            if inner.endswith(_PROBLEM_ENDS) and not (tail and tail[2] is PROGRAM):
                continue  # “三大问题”, “十大观念”: problems or ideas named, no program (“结对解难”活动 is one)
            if _RESULT_QUOTE.fullmatch(inner):
                continue  # 8个“全省率先”: a ranking won, not a name
            if _QUANTITY_QUOTE.fullmatch(inner):
                continue  # 推进“2平方公里”用地清理: a quantity of land in quotes, no program
            if not tail and _CHANGE_RESULT.fullmatch(inner):
                continue  # 排放“双下降”, 欠薪“两清零”: a result reached, not a name (“双提升”行动 is one)
            if _BARE_COUNT.fullmatch(inner):
                continue  # “四个”明显: a count, not a name
            if tok.text.startswith("《") and not tail and cls is not PROGRAM and _work_title(inner, lex):
                continue  # 《我的阿勒泰》, 《塞罕长歌》: a book, a film, a song is no policy (出台《某某工作流程》 is one)
            if not decided and not tail and len(inner) >= 3 and inner.endswith(_QUOTED_HONOR_ENDS) and not is_event(inner, lex):
                out.append(Mention(HONOR, inner, tok.text, sentence, tok.start, tok.end, "quote"))
                continue  # “飞天奖”: an award by its head, whatever the words around it
            if not tail and _is_document(tok):
                out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote+document"))
                continue  # 《某某总体规划》, 《改革方案》: a policy document by its title
            if not decided and not tail and inner.endswith(_PROGRAM_ENDS):
                if not _COUNTED_LESSONS.match(inner) and inner not in _PROGRAM_ENDS:  # (“经验” alone names none)
                    out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote+end"))
                continue  # “某某模式”, “某某经验”: a named model (“十条宝贵经验” are lessons)
            if not decided and not tail and (_plain_word(inner) or not _program_evidence(inner, group, before_all, lex, _RUN_END.split(text[last.end - clause.start :], maxsplit=1)[0])):
                continue  # “人间仙境”, “零突破”, “百姓富”: a word or a slogan, nothing says program
            own = suffix_class(inner, lex)
            if own is not None and own is not PROGRAM and _own_suffix_weak(inner, lex):
                own = None  # “一带一路”: 路 alone does not make a quoted term a road
            if own in (PROJECT, PLACE, ORG) and _MULTI_PART.match(inner):
                own = PROGRAM  # “五廊三区一中心”: parts counted one by one make a framework
            if own in (PROJECT, PLACE, ORG) and _weak_end(inner, lex) and not any(is_proper_token(t) for t in tokenize(inner)[:-1]):
                if framework and not tail:  # “两基地”, “一区两园”: a numbered framework, not a facility
                    out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote+framework"))
                continue  # “打开生命通道”, “能效电厂”: a slogan shaped like a facility
            if own is None and inner.endswith(_QUOTED_HONOR_ENDS):
                own = HONOR  # “绿色图书馆奖”: an award
            if own is PLACE and text.startswith(_POSITION_TAILS, tok.end - clause.start):
                own = PROGRAM  # 着眼“某某生态发展示范区”发展定位: the positioning the region aims at (CONVENTIONS 9), no zone
            if own in (PLACE, PROJECT, ORG) and NUMERAL_KIND.match(inner):
                continue  # “十大国家级示范试验区”: a count of kinds
            if own in (PLACE, ORG) and not specific(inner, org_suffix(inner, lex), own, lex):
                continue  # 实施“新龙头景区”培育计划, “智慧园区”: a kind of zone or body quoted, no one name
            if own is not None and len(inner) > 2:
                if not (batch and own in (PROGRAM, PLACE)):
                    out.append(Mention(own, inner, tok.text, sentence, tok.start, tok.end, "quote+suffix"))
                continue
            if tail and i == group[-1] and len(group) == 1:
                tail_text, tail_end, tail_cls = tail
                if tail_cls is PROJECT and _COUNTED_PLACES.fullmatch(inner) and tail_text not in _BARE_PROGRAM_TAILS and not tail_text.endswith("项目"):
                    continue  # “三江”水电基地, “两湖”防洪堤: rivers or lakes counted, a kind of works on them (“两区”开发项目 is a program's)
                if tail_text in _BARE_PROGRAM_TAILS or _bare_after_generic(tail_text, lex) or (
                    tail_cls is PROJECT and _PROGRAM_SHAPE.match(inner)
                ) or (
                    (framework or _DIGIT_CODE.fullmatch(inner)) and tail_cls is PROGRAM and tail_text.endswith(tuple(_BARE_PROGRAM_TAILS))
                ):  # “八八战略”项目, “八横八纵”高铁, “一三五”发展战略, “35812”发展战略: the quoted part is the program
                    out.append(Mention(PROGRAM, inner, tok.text + tail_text, sentence, tok.start, tail_end, "quote+tail"))
                elif inner + tail_text in lex.generic_names:
                    continue  # 晋级“三甲”医院: a grade of a kind of body, no one body
                elif tail_cls is PLACE and _NUMBER_PAIRING.match(inner):
                    continue  # 沪滇“16+16”园区共建: a scheme pairing sixteen parks with sixteen, no one park
                else:
                    out.append(Mention(tail_cls, inner + tail_text, tok.text + tail_text, sentence, tok.start, tail_end, "quote+tail"))
                    if tail_cls is PROJECT:  # not an organization's: 创建“三甲”医院 names a grade, “光明之眼”文化艺术中心 a building
                        out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote-nested"))
                continue
            if cls in (None, PROGRAM) and not batch and inner.endswith(_QUOTED_ZONE_ENDS) and not text.startswith(_POSITION_TAILS, tok.end - clause.start):
                out.append(Mention(PLACE, inner, tok.text, sentence, tok.start, tok.end, "quote+zone"))
                continue  # 启动“某某金融总部核心区”建设: a named zone of a spatial plan is a Place (CONVENTIONS 13)
            if not (batch and (cls or PROGRAM) is PROGRAM):
                out.append(Mention(cls or PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote"))
    return [_with_field(m, tokens, clause, lex) for m in out]


#: A quoted count of measures that names nothing without the field before it, e.g. "十大行动", "24条",
#: "三项制度", "五张清单" (碳达峰“十大行动”, 稳外贸“24条”); not “八个一”, “四个全面”, nor a count of
#: other kinds (“五大安全”, “四大产业”): the end is one of quoted.tsv counted_program_end.
_COUNTED_KINDS = re.compile(
    r"[一二三四五六七八九十百两\d]+(?:[大项张][\u4e00-\u9fff]{0,4}?)?"
    f"(?:{'|'.join(map(re.escape, sorted(word_list(_WORDS, 'counted_program_end'), key=len, reverse=True)))})"
)

#: A quoted count of other kinds, e.g. "三大保障", "一张网": it takes a field that ends in a noun
#: (农村“三大保障”), unless it ends as a broad set or slogan (quoted.tsv counted_set_reject: “四大产业”).
_COUNTED_SET = re.compile(r"[一二三四五六七八九十百两\d]+[大条项张][\u4e00-\u9fff]{1,4}")
_COUNTED_SET_REJECT = tuple(word_list(_WORDS, "counted_set_reject"))

#: Ends of a word naming a body that issues a counted set, no part of its field, e.g. "委" in 市委“三项建设”
#: (quoted.tsv field_stop_end).
_ISSUER_ENDS = tuple(word_list(_WORDS, "field_stop_end"))

#: Problems a counted campaign tackles, right before its quote, e.g. "短板" in "实施甲领域突出短板“九大攻坚”行动": no field of
#: the campaign's name (the label is the quoted count, 九大攻坚).
_AIMED_PROBLEMS = ("短板", "弱项", "问题", "难题", "痛点", "堵点", "难点")

#: Longest field kept before a quoted count of kinds (消费环境提升“五大行动”: 6).
_FIELD_MAX = 10


def _with_field(m: Mention, tokens: Sequence[Token], clause: Clause, lex: Lexicon) -> Mention:
    """A quoted count of kinds as a program takes the field right before the quote into its name
    (实施碳达峰“十大行动” -> 碳达峰十大行动, 出台稳外贸“24条” -> 稳外贸24条): words up to a governing
    verb, lead word, particle, mark or body; the bare count alone would index nothing."""
    if m.cls is not PROGRAM or not m.surface.startswith("“"):
        return m
    measures = _COUNTED_KINDS.fullmatch(m.name) is not None
    if not measures and not (_COUNTED_SET.fullmatch(m.name) and not m.name.endswith(_COUNTED_SET_REJECT)):
        return m
    i = next((k for k, t in enumerate(tokens) if t.start == m.start), None)
    if i is None:
        return m
    k = i
    while k > 0:
        t = tokens[k - 1]
        if m.start - t.start > _FIELD_MAX or t.tag in ("Q", "w") or t.tag in STOP_TAGS or not patterns.HAS_HAN.search(t.text):
            break
        if t.text.endswith(_ISSUER_ENDS) or t.text in lex.central_bodies or t.tag == "nt":
            break  # 国务院安委会“十五条”: a body's set, not a field's
        if t.text in lex.program_inner:
            if t.tag in VERB_TAGS and k >= 2 and tokens[k - 2].text.endswith("化"):
                break  # 项目化清单化推动“十项行动”: a manner in 化 before the verb, the verb governs the quote
            k -= 1
            continue
        if t.text in lex.boundary or t.text in lex.lead_words or t.text in lex.cue_words or t.text[-2:] in lex.boundary or t.tag == "v":
            break  # 远离“一条红线”, 认真落实“十五条”: a verb governs the quote
        k -= 1
    while k < i and tokens[k].text in lex.program_inner and (tokens[k].text in lex.boundary or tokens[k].text in lex.lead_words and tokens[k].tag in VERB_TAGS):
        k += 1  # 推动“三大工程”, 巩固中心城区“三项整治”: a verb that also stands inside names opens no field
    if k == i or m.start - tokens[k].start < 2 or not any(t.tag[:1] in ("n", "x", "j", "l") for t in tokens[k:i]):
        return m  # 迭代升级“十项行动”: no noun, no field
    if k > 0 and tokens[k - 1].text in ("、", "和", "与", "及") and not (k > 1 and tokens[k - 2].tag == "Q"):
        return m  # 厕所、垃圾处理和生活污水“三大革命”: the count spans a list (甲“十大工程”、乙“八大行动” are two)
    if not measures and tokens[i - 1].tag[:1] not in ("n", "j", "l", "x") or not measures and tokens[i - 1].tag == "vn":
        return m  # 规划培育“五大主导产业”: a verb governs the set
    field = clause.text[tokens[k].start - clause.start : m.start - clause.start]
    if field.endswith(tuple(_BARE_PROGRAM_TAILS)):
        return m  # 国家监察体制改革“九项改革”: the word before is a program of its own
    if field.endswith(_AIMED_PROBLEMS):
        return m  # 实施乙领域突出短板“九大攻坚”行动: the problems the campaign tackles, no field of its name
    return Mention(PROGRAM, field + m.name, field + m.surface, m.sentence, tokens[k].start, m.end, m.source + "+field")


#: A national five-year plan named as a plan, e.g. "“十二五”规划", "十一五规划纲要" (not "…规划建议").
_FIVE_YEAR_PLAN = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?规划(纲要)?(?!建议)")


#: A five-year plan before 2006, named 计划 (CONVENTIONS 12), e.g. "“九五”计划", "六五计划", "“十五”计划纲要";
#: not a count (二十五计划) or an ordinal (第十五计划).
_OLD_FIVE_YEAR_PLAN = re.compile(r"(?<![一二三四五六七八九十〇零第百千])[“\"]?([六七八九十])五[”\"]?计划(?:纲要)?(?!建议)")


def five_year_plans(clause: Clause, sentence: int) -> list[Mention]:
    """十X五规划 (or, before 2006, X五计划) named as a plan: one Program 十X五规划 (X五计划), its surface
    the words as written."""
    if "五" not in clause.text:
        return []  # both patterns need 五: most clauses name no plan
    return [
        Mention(PROGRAM, f"十{m.group(1)}五规划", m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), FIVE_YEAR_PLAN_RULE)
        for m in _FIVE_YEAR_PLAN.finditer(clause.text)
    ] + [
        Mention(PROGRAM, f"{m.group(1)}五计划", m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), FIVE_YEAR_PLAN_RULE)
        for m in _OLD_FIVE_YEAR_PLAN.finditer(clause.text)
    ]


#: The rule name of a five-year plan mention (the implements relation reads it: 实施/落实 only).
FIVE_YEAR_PLAN_RULE = "five-year-plan"


#: A national five-year legal education drive, quoted or not, e.g. "“七五”普法", "“五五普法”", "八五普法"
#: (not a count such as 二十五普法 or an ordinal).
_LEGAL_EDUCATION = re.compile(r"(?<![一二三四五六七八九十〇零第百千])[“\"]?([一二三四五六七八九])五[”\"]?普法")


def legal_education_drives(clause: Clause, sentence: int) -> list[Mention]:
    """X五普法 (the national five-year legal education drives, 一五 to 九五): one Program X五普法, its
    surface the words as written (“七五”普法)."""
    if "普法" not in clause.text:
        return []  # the pattern needs 普法: most clauses name no drive
    return [
        Mention(PROGRAM, f"{m.group(1)}五普法", m.group(0), sentence, clause.start + m.start(), clause.start + m.end(), "legal-education")
        for m in _LEGAL_EDUCATION.finditer(clause.text)
    ]

#: Endings of a quoted term of three or four characters that make it an adjective or a manner (quoted.tsv manner_end),
#: e.g. "性" in “一次性”, "化" in “在地化” (a longer term is a program's name: “源网荷储一体化”).
_MANNER_ENDS = tuple(word_list(_WORDS, "manner_end"))

#: A way of serving or handling in quotes, no program: a pairing "X对X" (“一对一”帮扶, “点对点”对接, “面对面”宣讲) or a
#: way of handling a matter in three characters ending in 办 (“掌上办”, “就近办”, “马上办”), or a policy or file per unit
#: (“一企一策”, “一园一策”, “一户一档”: audit 17); known programs (一网通办, 跨省通办, 一事一议, 一村一品) and a quote with a
#: program noun after it (“一对一”帮扶行动) stay.
_SERVICE_MANNER = re.compile(r"(?P<side>[\u4e00-\u9fff])对(?P=side)|[\u4e00-\u9fff]{2}办|一[\u4e00-\u9fff]一[策档]")

#: A count and one character in quotes, e.g. "三江", "两湖", "五河": so many rivers, lakes or places counted.
_COUNTED_PLACES = re.compile(r"[两二三四五六七八九十][\u4e00-\u9fff]")

#: Nouns that end like a manner, e.g. "文化" in “旅游+文化”, “某某文化” (not an adjective in 化).
_MANNER_NOUNS = ("文化", "模式", "方式", "形式", "范式")

#: A count of parts opening a quoted framework, e.g. "七个" in “七个一体化”.
_COUNTED_PARTS = re.compile(r"[一二三四五六七八九十两\d]+个")

#: A quoted formula of word parts joined by +, e.g. "预案+演练+培训", "公司+农户" (not "互联网+", "5G+工业互联网",
#: "1+N": a part of digits or letters, or an empty part, makes it a coded program's name).
_WORD_FORMULA = re.compile(r"[\u4e00-\u9fff]{2,}(?:[+＋][\u4e00-\u9fff]{2,})+")

#: Words right after a two-part formula that make it a model or a manner (quoted.tsv formula_after), e.g. "模式".
_FORMULA_AFTER = tuple(word_list(_WORDS, "formula_after"))


def _word_formula(inner: str, after: str, program_tail: bool) -> bool:
    """Whether a quoted term is a formula of word parts, a model or a manner rather than a program: with a model's
    word after it (“龙头企业+农户”模式), or of three parts or more with no program noun after it (“预案+演练+培训”);
    “互联网+政务服务” alone and “甲乙+丙丁”教共体改革 stay candidates."""
    if not _WORD_FORMULA.fullmatch(inner):
        return False
    if after.startswith(_FORMULA_AFTER):
        return True
    if any(after.startswith(r.cue) and r.cls is PROGRAM for r in _quote_rule_index()[1].get(after[:1], ())):
        return False  # 打出“甲+乙+丙”组合拳: a package of measures the after-cue names a program
    parts = re.split(r"[+＋]", inner)
    return not program_tail and len(parts) >= 3


#: Endings of a quoted award or title, e.g. “绿色图书馆奖”, “全国文明单位”称号.
_QUOTED_HONOR_ENDS = word_list(_WORDS, "honor_end")

#: Words right after a quoted zone that make it a positioning, a Program, from quoted.tsv position_tail, e.g. "发展定位".
_POSITION_TAILS = tuple(word_list(_WORDS, "position_tail"))

#: Endings of a quoted zone of a spatial plan, from quoted.tsv zone_end, e.g. "核心区" in “某某金融总部核心区”.
_QUOTED_ZONE_ENDS = tuple(word_list(_WORDS, "zone_end"))

#: Endings of a quoted model or approach, e.g. “某某模式”, “某某经验”.
_PROGRAM_ENDS = word_list(_WORDS, "program_end")

#: Endings of a title in 《》 that make it a policy document, e.g. 《某某总体规划》, 《关于…的意见》.
_DOCUMENT_ENDS = word_list(_WORDS, "document_end")

def _is_document(tok: Token) -> bool:
    """Whether a quoted token is a policy document's title: 《某某总体规划》, 《某某规划纲要（草案）》 (not a bare
    《建议》, which only refers to a document named elsewhere)."""
    inner = _DOCUMENT_STATUS.sub("", tok.inner)
    return tok.text.startswith("《") and inner.endswith(_DOCUMENT_ENDS) and not _bare_title(inner)


#: Document words that, alone in 《》, only refer to a document named elsewhere, e.g. 《建议》, 《意见》, 《纲要》
#: (quoted.tsv document_end, title_end); a title of two (《规划建议》, 《总体方案》) is the short name the report uses.
_BARE_TITLES = frozenset({*word_list(_WORDS, "document_end"), *word_list(_WORDS, "title_end")})


def _bare_title(inner: str) -> bool:
    """Whether a title in 《》 is one document word only (《建议》, 《意见》), no document's name."""
    return inner in _BARE_TITLES


#: A document's status or span in brackets after its title, e.g. "（草案）" in 《某某规划纲要（草案）》, "(试行)",
#: "（2023—2025年）" in 《某某三年行动计划（2023—2025年）》.
_DOCUMENT_STATUS = re.compile(r"[（(](?:草案|试行|暂行|修订稿|征求意见稿|修订草案|\d{4}(?:年?[—\-－~～至]\d{4})?年?)[）)]$")


#: Endings of a title in 《》 that make it a law, rule or agreement, e.g. 《某某法》, 《某某条例》 (quoted.tsv title_end).
_TITLE_ENDS = tuple(word_list(_WORDS, "title_end"))


def _work_title(inner: str, lex: Lexicon) -> bool:
    """Whether a title in 《》 names a work (a book, film, song): nothing at its end says document, law,
    program or any class, and it is not numbered (《塞罕长歌》, but not 《某某条例》, 《“十四五”规划》, 《1+N》)."""
    return not (
        _DOCUMENT_STATUS.sub("", inner).endswith(_DOCUMENT_ENDS + _TITLE_ENDS + _PROGRAM_ENDS)
        or suffix_class(inner, lex) is not None
        or _PROGRAM_SHAPE.search(inner)
        or inner in lex.programs
    )


#: A count of lessons or points, e.g. “十条宝贵经验”, “三点经验”.
_COUNTED_LESSONS = re.compile(r"[一二三四五六七八九十两\d]+[条点个项种]")

#: Endings of a quoted event, e.g. “美食节”, “文化周”, “读书月”.
_EVENT_ENDS = word_list(_WORDS, "event_end")

#: Endings of a quoted term that name problems or ideas, e.g. “三大问题”, “十大观念” (quoted.tsv problem_end).
_PROBLEM_ENDS = tuple(word_list(_WORDS, "problem_end"))

#: Endings of a quoted term that make it a manner or a kind, e.g. “鱼腹式”, “菜单式”.
_QUOTE_END_REJECT = word_list(_WORDS, "reject_end")

#: Where the words after a quoted term end: at clause or list punctuation.
_CLAUSE_CUT = re.compile(r"[，,。；;：:、（(“”]")

#: Quoted words that state a result, not a name: “零突破”, “零感染”, “零的突破”.
_ZERO = re.compile(r"^零[^售]")

#: A quoted ranking result or a bare superlative, e.g. “全省率先”, “全国第一”, 历年“最多” (rhetoric, no name), or a bare
#: first of its kind, e.g. “首创”, “首批” in "实施14项全国“首创”“首批”金融政策" (descriptors of the policies, CONVENTIONS 3).
_RESULT_QUOTE = re.compile(
    r"(?:全国|全省|全市|全县|全区|全州)(?:率先|第一|首创|领先|首位|首个|唯一)|最[\u4e00-\u9fff]{1,2}"
    r"|(?:全国|全省|全市|全县|全区|全州|国内|省内)?(?:首创|首批|首个|首家|首例|首单|首笔|首台套)"
)

#: A numbered formula in quotes, e.g. “1+N”, “10+7”, “1+3+N”.
_FORMULA = re.compile(r"[\dNnXx一二三四五六七八九十]+(?:[+＋][\dNnXx一二三四五六七八九十]+)+")

#: A counted set of buildings, e.g. “两仓”, “一园两馆”, “新老三馆”, “公建四馆”, “两中心一馆”: facilities built or opened,
#: no program (a spatial framework, “一核两带三区”, “一城一园”, holds no hall, depot or institute).
_FACILITY_SET = re.compile(
    r"(?:[\u4e00-\u9fff]{1,2}(?=[一二三四五六七八九十两双]))?(?:[一二三四五六七八九十两双]+(?:馆|仓|所|院|站|楼|场|中心|园|城))+"
)
_FACILITY_UNIT = re.compile(r"[馆仓所院站楼]")

#: A quoted numbered formula before a system of plans, policies or rules, e.g. "规划体系" in “10+7”规划体系 (CONVENTIONS
#: 22: d43), "政策体系" in “1+N”政策体系: the system is the program, its label takes the words (audit 15: “1+N” alone
#: is a cut label); other systems after a quote (“1+4”应用体系, “1+2+3”制造业体系) are what the quote qualifies.
_PLAN_SYSTEM_AFTER = re.compile(r"(?:规划|政策|制度|标准|指标)体系")

#: A number and a unit of area, length, mass, power or money alone in quotes, e.g. “2平方公里”, “500亩”, “10亿元”
#: (a quantity, no name; “1530”工程 has no unit).
_QUANTITY_QUOTE = re.compile(r"[\d.]+(?:多|余)?[万亿]?(?:平方公里|平方米|公里|公顷|亩|吨|千瓦|兆瓦|元|米)")

#: A series of events right after a quoted term, e.g. "系列活动" in "开展“某某二十年”系列活动" (jieba splits 系列 off, so no
#: name tail reaches the event word; but “某某”活动 alone is a campaign).
_EVENT_SERIES_AFTER = re.compile(r"[”’]?系列(?:活动|赛事|展演|演出|展览)")

#: A count and a change alone in quotes, e.g. “双下降”, “两清零”, “三个增长” (quoted.tsv result_change): a result stated.
_CHANGE_RESULT = re.compile(f"[双两三四五六七八九十]+个?(?:{'|'.join(map(re.escape, word_list(_WORDS, 'result_change')))})")

#: Kinds of work right before a title in 《》, e.g. "电视剧" in 电视剧《某某餐厅》 (quoted.tsv work_kind).
_WORK_KINDS = tuple(word_list(_WORDS, "work_kind"))

#: Nouns of things (platforms, systems, routes, services, shows, crimes) that, closing the words right
#: after a quoted term, make it their qualifier, no program, e.g. "智能服务柜台" after “一对多”, "平台" in
#: “掌上办”平台建设 (quoted.tsv modified_head).
_MODIFIED_HEADS = tuple(word_list(_WORDS, "modified_head"))

#: Words that may close the run after such a noun without changing what it is, e.g. "建设" in "平台建设", "和" in
#: "高快速路网和" before the next quoted term (形成“五横五纵”高快速路网和“十横十纵”主干道网).
_THING_RUN_END = re.compile(r"(?:建设|等|[和与及])$")


#: Nouns of counted kinds of bodies, places and goods that a quoted term right before them qualifies (quoted.tsv kind_head).
_KIND_HEADS = tuple(word_list(_WORDS, "kind_head"))

#: Where the predicate starts after a quoted term and the kind it qualifies, e.g. "达到" in "医养结合机构达到120家",
#: "创建" in "公安派出所创建", "11个" in "平安村11个".
_KIND_PREDICATE = re.compile(r"创建|达到?|突破|超过?|增至|增加|新增|覆盖|实现|\d|[一二三四五六七八九十两百千]+[个家所座处项]")


#: Two qualities joined by 而, e.g. “小而美”, “专而精”: an adjective of the noun after it, no name.
_ADJECTIVE_PAIR = re.compile(r"[\u4e00-\u9fff]而[\u4e00-\u9fff]")


def _qualifies_a_kind(after: str) -> bool:
    """Whether the words right after a quoted term, up to clause punctuation or their predicate, end in a noun of a
    counted kind of body, place or goods (quoted.tsv kind_head): “两证齐全”医养结合机构达到120家, “双一流”高校
    (not “放管服”改革, “六稳”工作)."""
    run = _CLAUSE_CUT.split(after, maxsplit=1)[0][:12]
    if m := _KIND_PREDICATE.search(run):
        run = run[: m.start()]
    run = _THING_RUN_END.sub("", run)
    return 0 < len(run) <= 8 and run.endswith(_KIND_HEADS) and not run.startswith(_INTO_VERBS)


#: Verbs of going into a place right after a quoted term, e.g. "进" in “五员”进社区: the quote is who goes, not a qualifier.
_INTO_VERBS = ("进", "入", "到", "下", "走进", "深入")


def _qualifies_a_thing(after: str) -> bool:
    """Whether the words right after a quoted term (up to clause punctuation) end in a noun of a thing
    it qualifies: “双统”平台建设, “七进”文艺演出, “两抢”等多发性犯罪 (not “放管服”改革, “六稳”工作)."""
    run = _THING_RUN_END.sub("", _CLAUSE_CUT.split(after, maxsplit=1)[0][:10])
    if (head := next((h for h in _MODIFIED_HEADS if run.startswith(h)), None)) is not None and _HEAD_PREDICATE.match(run, len(head)):
        return True  # “两头在外”产品在出口贸易中的比重, “某某”平台上线: the noun the quote qualifies is the subject
    return bool(run) and run.endswith(_MODIFIED_HEADS)


#: Words that open a predicate right after such a noun, e.g. "在" in "产品在出口贸易中的比重", "上线" in "平台上线".
_HEAD_PREDICATE = re.compile(r"在|的|超|达|突破|上线|用户|已|将|占")


#: A count right after a quoted term, e.g. "7栋" after “亿元楼”.
_COUNT_AFTER = re.compile(r"^\d|^[一二三四五六七八九十两]+[个栋家所项条座]")

#: A definition right after a quoted term, e.g. "指" in “百点”指每个乡镇…, "（南北向分布）指" in “三横”（南北向分布）指,
#: "即" in “三专”即一名领导专职负责…: the quote is a term (or part of a framework) being explained, no mention of its own.
_DEFINES_PART = re.compile(r"(?:（[^）]{1,12}）)?[：:]?\s*(?:是指|指|即)(?![将使便])")

#: A note mark opening a clause that holds only a quoted term: a glossary entry of the report's notes, e.g. "[5]" in
#: "[5]“四个不摘”：摘帽不摘责任…" (the clause ends at the colon; not 做到“六个必须”：, a list introduced in the text).
_GLOSS_LEAD = re.compile(r"\s*[\[［〔【]\d+[\]］〕】]\s*")

#: A bare count in quotes, e.g. “四个”, “十二” (but not a numbered code such as “二一三四”).
_BARE_COUNT = re.compile(r"[一二三四五六七八九两]?十?[一二三四五六七八九两]?个?")

#: A numbered work framework, e.g. “四个之城”, “两基地”, “一核两带三区”, “1+6” (not “四个”, nor a
#: ranking such as “十佳项目”, “百强县”).
_FRAMEWORK_SHAPE = re.compile(r"[一二三四五六七八九十两双\d]+(?![佳强优杰])[^，,。]*[\u4e00-\u9fff+＋]")

#: A framework counted part by part, e.g. “一区两园”, “三区三线”, “五廊三区一中心”.
_MULTI_PART = re.compile(r"[一二三四五六七八九十两双][\u4e00-\u9fff]{1,3}?[一二三四五六七八九十两双][\u4e00-\u9fff]")

#: Rejecting before-cues that yield to a program after-cue or a numbered framework, e.g. 做好 in
#: 做好“两保两促”工作, 打造 in 打造“四个之城” (but 打造“公园之城”, 做好“土特产”文章 stay rejected).
_SOFT_REJECT_BEFORE = frozenset(word_list(_WORDS, "soft_reject_before"))

#: Work-framework guides before a quote, e.g. 围绕 in 围绕“稳、进、高、新”工作思路 (quoted.tsv guide_cue).
_GUIDE_CUES = tuple(word_list(_WORDS, "guide_cue"))

#: A program noun right after such a quote, e.g. "工作思路", "的目标" (quoted.tsv guide_noun).
_GUIDE_NOUN_AFTER = re.compile(f"的?(?:{'|'.join(map(re.escape, word_list(_WORDS, 'guide_noun')))})")

#: A program noun right after a quote of phrases joined by 、, e.g. "工程" in 实施“甲、乙”工程 (quoted.tsv framework_tail).
#: Not when the tail opens a longer noun the quote qualifies, e.g. "新机制" in “甲、乙”工作新机制 (quoted.tsv framework_tail_stop).
_FRAMEWORK_TAIL_AFTER = re.compile(
    f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'framework_tail')))})"
    f"(?!{'|'.join(map(re.escape, word_list(_WORDS, 'framework_tail_stop')))})"
)


#: A program noun after a quote of phrases joined by 、 with a few words of its kind between, ending its clause
#: or a list, e.g. "发展战略" in 实施“东进、西协”发展战略, "市民素质提升工程" in 开展“讲文明、树新风”市民素质提升工程.
_FRAMEWORK_LONG_TAIL = re.compile(
    f"(?:(?![的是为])[\u4e00-\u9fff]){{1,6}}?(?:{'|'.join(map(re.escape, word_list(_WORDS, 'framework_tail')))})(?=$|[，,。；;、）)])"
)

#: A field of at most four characters between an implementing verb and the quote, e.g. "产业用地" in
#: 深入推进产业用地“两评估、一清单”行动, "街道" in 深化街道“大部门、宽职能”改革.
_FIELD_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fff]{1,4}$")


def _framework_tail(text: str, end: int) -> bool:
    """Whether a program noun follows a quote of phrases joined by 、 ending at ``end``: right after it, or
    after a few words of its kind when it ends the clause (“甲、乙”工程, “甲、乙”发展战略)."""
    return bool(_FRAMEWORK_TAIL_AFTER.match(text, end) or _FRAMEWORK_LONG_TAIL.match(text, end))


def _implemented(before: str, lex: Lexicon) -> bool:
    """Whether the words right before a quote end with an implementing verb (深入实施, 扎实推进, 出台), or with
    one and a short field (深化街道“…”改革)."""
    if any(c.kind is RelationKind.IMPLEMENTS and before.endswith(c.word) for c in lex.cues):
        return True
    field = _FIELD_BEFORE_QUOTE.search(before)
    return field is not None and any(
        c.kind is RelationKind.IMPLEMENTS and before.endswith(c.word, 0, field.start() + k) for c in lex.cues for k in range(len(field.group(0)))
    )


#: A quote of two to eight short phrases joined by 、, e.g. "稳、进、高、新", "当好主力军、走在全省前列".
_GUIDE_FRAMEWORK = re.compile(r"[\u4e00-\u9fff0-9]{1,12}(?:、[\u4e00-\u9fff0-9]{1,12}){1,7}")

#: A quote of two to five parts joined by 、, each opening with a count, e.g. “一问责、八清理”, “双随机、一公开”.
_NUMBERED_PARTS = re.compile(r"[一二三四五六七八九十两双百千万][\u4e00-\u9fff]{1,5}(?:、[一二三四五六七八九十两双百千万][\u4e00-\u9fff]{1,5}){1,4}")

#: What may follow a framework that stands alone: the end of the clause or a footnote, e.g. "，" in
#: "扎实开展“一问责、八清理”，".
_CLAUSE_END_AFTER = re.compile(r"(?:[［\[【〔(（]\d+[］\]】〕)）])?(?:$|[，,。；;！!])")


#: A batch counted right before a quote, e.g. "一批" in "扶持发展一批“电商村”".
_BATCH_BEFORE = re.compile(r"一批批?$")


#: A number spelled out at the start of a quoted term, e.g. "九万" in “九万里风鹏正举”.
_SPELLED_NUMBER = re.compile(r"[一二三四五六七八九十两]+[十百千万亿]")

#: A quoted term shaped like a program name: numbered (三区三线, 双减, 1+8), a plus (互联网+).
#: A quoted pairing of counts, e.g. "16+16" in “16+16”园区: a scheme of so many with so many, no one place.
_NUMBER_PAIRING = re.compile(r"^\d+(?:[+＋]\d+)+$")

_PROGRAM_SHAPE = re.compile(r"^[一二三四五六七八九十两双百千万多]|[\d+＋A-Za-z]")


#: A counted ranking list, optionally after its year, e.g. “2024中国制造业民营企业500强”, “全国十强”,
#: “全球500佳” (a count before 强/佳: “做大做强”, “环境佳” are no lists).
_RANKED_LIST = re.compile(r"^(?:(?:19|20)\d\d年?度?)?[\u4e00-\u9fff]{2,16}?(?:\d{1,4}|[十百千])[强佳]$")


def inner_ends(inner: str, lex: Lexicon) -> bool:
    """Whether a quoted term ends with a title word of two or more characters (百强区, 示范县)."""
    if NUMERAL_KIND.match(inner):
        return False  # “五类村庄”: kinds of a thing, not a title
    return inner.endswith(long_honor_heads()) and len(inner) >= 4


def _weak_end(inner: str, lex: Lexicon) -> bool:
    return inner.endswith(as_tuple(lex.weak_suffixes))


def _own_suffix_weak(inner: str, lex: Lexicon) -> bool:
    m = lex.suffix_re.search(inner, max(0, len(inner) - 7))
    while m and m.end() != len(inner):
        m = lex.suffix_re.search(inner, m.start() + 1)
    return m is None or len(m.group(0)) == 1


#: What a quoted year-long drive ends with before 年 (suffixed.tsv year_kind), e.g. "提升" in “质量提升年”.
_YEAR_KINDS = tuple(word_list("rules/entities/suffixed.tsv", "year_kind"))


#: A program noun closing a run of quoted terms, after other items of the list, 等 and a few words of its kind,
#: e.g. "等专项行动" in “甲”“乙”等专项行动深入实施, "、丙等项目" in “甲”、“乙”、丙等项目建成, or a verb saying they
#: were honoured, e.g. "等3项应用入选" (quoted.tsv group_tail); not "等特色劳务品牌", "持续深化".
_GROUP_TAIL = re.compile(
    r"(?:[、和及与][^、等]{1,12}?)*(?:等等?|这些)?(?:\d+|[一二三四五六七八九十两]+)?[项个大批类]?(?:(?![的是为])[\u4e00-\u9fff]){0,4}?"
    f"(?:{'|'.join(map(re.escape, word_list(_WORDS, 'group_tail')))})"
)

#: Verbs right before a run of quoted terms that carry them out as programs, e.g. "推出" in 推出“甲贷”“乙贷”,
#: "加大" in 加大“甲”“乙”力度 (quoted.tsv group_verb); not 严防, 打击, 处理 (problems, relations).
_GROUP_VERBS = tuple(word_list(_WORDS, "group_verb"))

#: Where the words after a run of quoted terms end: at clause punctuation (not 、, which goes on with the list).
_RUN_END = re.compile(r"[，,。；;：:（(]")


def _program_evidence(inner: str, group: Sequence[int], before: str, lex: Lexicon, after: str = "") -> bool:
    """Whether anything marks an undecided quoted term as a program: its shape, a program suffix, a
    year-long drive, an implementing verb earlier in the clause, or for a run of quoted terms a program
    noun after the run (“甲”“乙”等专项行动); the run alone is no evidence (“硬联通”和“软联通”持续深化,
    “青绣”“互助家政”等劳务品牌: slogans, brands)."""
    if _PROGRAM_SHAPE.search(inner) and not _SPELLED_NUMBER.match(inner) and (len(inner) <= 6 or inner[0] not in "一二三四五六七八九十两双百千万多"):
        return True  # 三区三线, 双减, 1+8 (not “九万里风鹏正举”, a line of verse)
    if inner.endswith("年") and (inner[:-1].endswith(_YEAR_KINDS) or suffix_class(inner[:-1], lex) is PROGRAM):
        return True  # “质量提升年”, “全面深化改革年”: a year-long drive
    if len(group) > 1 and not before.endswith("的") and (_GROUP_TAIL.match(after) or before.endswith(_GROUP_VERBS)):
        return True  # “甲”“乙”等专项行动, 推出“甲”“乙”: a list of quoted names of programs (not 工作的“指挥棒”和“度量尺”: metaphors)
    if suffix_class(inner, lex) is not None:
        return True
    if before.endswith("的") and not inner.endswith("制"):
        return False  # 开展工作的“度量尺”: the verb is the qualifying clause's, the quote a metaphor (实施…的“会商会审制”: a system)
    return any(c.kind is RelationKind.IMPLEMENTS and c.word in before for c in lex.cues)


def _plain_word(inner: str) -> bool:
    """A dictionary word of the language (人间仙境, 绿色通道) or a 零-result (零突破)."""
    if _ZERO.match(inner):
        return True
    from kgreport.segment import tokenize

    toks = tokenize(inner)
    return len(toks) == 1 and toks[0].tag not in ("x", "Q", "w", "eng", "m") and len(inner) <= 4


def _bare_after_generic(tail: str, lex: Lexicon) -> bool:
    """“2+N”产业政策体系: generic words and a program kind only, the quoted part is the name."""
    for w in _BARE_PROGRAM_TAILS:
        if tail.endswith(w) and all_generic(tail[: -len(w)], lex):
            return True
    return False


#: Words that, right after a quoted term, only say what kind of program it is.
_BARE_PROGRAM_TAILS = frozenset(r["tail"] for r in load_tsv("rules/program_tails.tsv"))


def _name_tail(tokens: Sequence[Token], j: int, lex: Lexicon) -> tuple[str, int, EntityClass] | None:
    """Words after a quoted term that continue its name up to a class suffix (“零碳亚运”碳汇项目)."""
    text = ""
    end = tokens[j - 1].end if j > 0 else 0
    best = None
    while j < len(tokens) and len(text) <= 10:
        t = tokens[j]
        note = FOOTNOTE.match("".join(x.text for x in tokens[j : j + 3]))
        if note:  # “一区三边”〔23〕拆违行动, “两园四带”[18]党建示范工程: a footnote mark inside the name
            stop = t.start + note.end()  # the tokens are contiguous: skip those the mark covers (18 is no substring of 0-9)
            while j < len(tokens) and tokens[j].end <= stop:
                j += 1
            continue
        if t.tag in ("Q", "w") or t.tag in STOP_TAGS or t.text == "等" or t.text in lex.boundary and t.text not in lex.program_inner:
            break
        if _GLUED_ETC.match(t.text):
            break  # “某某乐购”等促消费活动: jieba glues 等 to the next word (等促); the quote before 等 names itself
        if len(t.text) > 1 and t.text.endswith("等"):  # “互联网＋”未来科技城等项目: jieba joins the suffix and 等 ("城等")
            text += t.text[:-1]
            cls = suffix_class(text, lex)
            return (text, t.end - 1, cls) if cls is not None else best
        text += t.text
        end = t.end
        if lex.not_suffixed_re is not None and text.endswith(_not_suffixed_words()):
            word = max((w for w in _not_suffixed_words() if text.endswith(w)), key=len)
            if best is not None and len(text) - len(word) < len(best[0]):
                best = None  # “一核两翼”城市中心体系: the suffix found before is inside the longer word
            j += 1
            continue  # “9+2”产业集群布局: 布局 only looks like a suffix
        cls = suffix_class(text, lex)
        if cls is not None and not (t.tag in VERB_TAGS and t.text not in lex.suffixes and len(t.text) > 1 and cls is ORG):
            best = (text, end, cls)
        j += 1
    return best


#: A word that jieba glues from 等 and the word after it, e.g. "等促" in “某某乐购”等促消费活动 (not 等级, 等次: grades).
_GLUED_ETC = re.compile(r"等(?![级次])[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _not_suffixed_words() -> tuple[str, ...]:
    """Words that only look like a class suffix (布局, 战略通道), as a tuple for ``str.endswith``."""
    from kgreport import resources

    return tuple(sorted(resources.load_words("rules/not_suffixed.txt")))


#: A program known by a code of digits, its program noun right after the quote, e.g. “1530” in “1530”工程
#: (not “12345”热线, not a year: “2025”).
_DIGIT_CODE = re.compile(r"\d{2,6}")


def _coded_program(inner: str, text: str, end: int) -> bool:
    """Whether a quote of digits alone names a program by its code: a program noun follows it (“1530”工程)."""
    return bool(_DIGIT_CODE.fullmatch(inner)) and not _YEAR.fullmatch(inner) and bool(_FRAMEWORK_TAIL_AFTER.match(text, end))


#: A year, e.g. "2025".
_YEAR = re.compile(r"(?:19|20)\d\d")


def _long_document(tok: Token, inner: str) -> bool:
    """Whether a title in book marks longer than a quoted term is a policy document's (《支持某某产业链融合发展若干措施》,
    《某某省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要（草案）》)."""
    return 20 < len(inner) <= 60 and _is_document(tok) and not any(c in inner for c in "，,。；;！？!?…")


#: Words that make a quoted term a sentence, e.g. "成为" in "上下楼成为上下游" (quoted.tsv clause_word).
_CLAUSE_WORDS = tuple(word_list(_WORDS, "clause_word"))


def _plausible_quoted(inner: str, lex: Lexicon) -> bool:
    if not (1 < len(inner) <= 20) or not patterns.HAS_HAN.search(inner) and not re.search(r"\d\+|\+\d", inner):
        return False
    if any(c in inner for c in "、，,。；;：:！？!?…"):
        return False  # several phrases in one quote: a slogan
    if len(inner) >= 6 and any(w in inner for w in _CLAUSE_WORDS):
        return False  # “上下楼成为上下游”, “努力在某某上走在前列”: a sentence, a slogan
    return inner not in lex.generic_names
