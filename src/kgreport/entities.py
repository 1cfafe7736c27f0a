"""Find entity mentions: quoted terms, class suffixes, gazetteers, honor cues, coordination.

Every rule works on one clause at a time, on jieba tokens whose offsets index the
document text; the result is a flat list of ``Mention``s, longest names kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from kgreport import gazetteer, patterns
from kgreport.lexicon import Lexicon, QuoteRule, lexicon
from kgreport.models import Document, EntityClass, Mention, RelationKind, Sentence
from kgreport.segment import Clause, Token, split_clauses, tokenize

ORG, PLACE, PROJECT, PROGRAM, HONOR = (
    EntityClass.ORGANIZATION,
    EntityClass.PLACE,
    EntityClass.PROJECT,
    EntityClass.PROGRAM,
    EntityClass.HONOR,
)

#: Longest name we accept per class (characters).
MAX_LEN = {ORG: 18, PLACE: 14, PROJECT: 22, PROGRAM: 22, HONOR: 26}
#: jieba POS tags that never belong inside a name: prepositions, conjunctions, particles,
#: adverbs, pronouns, numerals/quantifiers, locality words, punctuation.
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "mq", "w", "y", "e", "o"}
#: Verb tags: allowed inside program, project and honor names (综合整治三年行动), not inside others.
_VERB_TAGS = {"v", "vd", "vi", "vq"}
#: Single-character level prefixes that make a name relative to the issuer (县中医院, 省机场集团).
LEVEL_PREFIXES = "省市县区州盟旗镇乡"
#: Level markers at which an honor span is split from its holder (某画廊|省级样板区).
_HONOR_LEVEL = re.compile(r"(?:国家级|省级|市级|县级|全国|全省|全市|国家|省)")
#: A pilot status rather than a program, e.g. "数字化改革省级试点".
_LEVEL_PILOT = re.compile(r"(?:国家级|省级|市级|县级)试点$")
#: Leading words dropped from a name (全县, 新一轮): they scope, they do not name.
_LEADING_DROP = re.compile(r"^(?:国家级|\d{1,2}[.．、]|〔\d+〕|\[\d+\]|(?:19|20)\d\d年(?:以来|前|底|末|内)?|全国|全省|全县|全市|全区|全州|全旗|新一轮|一批|一大批|各类|本届|我县|我市|我区|我省|省级|市级|县级|区级)")
#: A count right before a candidate, e.g. "7个" in "实施7个城中村环境综合整治工程".
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两百千万]+)[余多]?[个项座所条家批处]$")
#: A count at the start of a name, e.g. "15条" in "15条断头路", "3个" in "3个镇区".
_LEAD_COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[余多]?[个条家所座处项批名位]")
#: A count and classifier at the end or start of a span, e.g. "20个", "4个", "2个".
_COUNT = re.compile(r"\d+(?:\.\d+)?[余多]?[个项家所座条批处名位]$|^\d+(?:\.\d+)?[余多]?[个项家所座条批处名位]|等\d*[个项家所座条批处名位]?$")


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
            part = tokens[lo:hi]
            if part and part[-1].end > clause.end:
                part = None  # a token crossing the clause end: tokenize the clause alone
            out.extend(clause_mentions(clause, sent.index, doc, lex, part))
    return _bracketed(out, sentences)


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


#: A bracket holding only a place name, e.g. "（深圳）".
_PLACE_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def clause_mentions(
    clause: Clause, sentence: int, doc: Document, lex: Lexicon | None = None, tokens: Sequence[Token] | None = None
) -> list[Mention]:
    """Mentions of one clause, overlaps resolved (``tokens``: the clause's tokens, if known)."""
    lex = lex or lexicon()
    if tokens is None:
        tokens = tokenize(clause.text, clause.start)
    found: list[Mention] = []
    found += _quoted(tokens, clause, sentence, lex)
    found += _suffixed(tokens, clause, sentence, lex)
    found += _gazetteer(tokens, sentence, doc, lex)
    found += _honors(tokens, clause, sentence, lex)
    found += _governments(tokens, clause, sentence, doc)
    found = _coordinated(found, tokens, clause, sentence, lex)
    found += _listed(found, tokens, clause, sentence, doc, lex)
    return _expand_pairs(_built(_not_events(_resolve_overlaps(found), clause, lex), clause, lex), lex)


def _not_events(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """Drop a name that only opens the name of a meeting: 某某基地建设现场推进会 is an event."""
    text = clause.text
    out = []
    for m in found:
        after = text[m.end - clause.start : m.end - clause.start + 12]
        if m.cls in (ORG, PROJECT) and after and _EVENT_AFTER.match(after) and _is_event(_EVENT_AFTER.match(after).group(0), lex):
            continue
        out.append(m)
    return out


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


# ---------------------------------------------------------------- quoted terms


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


def _rule_class(lex: Lexicon, before: str, after: str) -> tuple[bool, EntityClass | None]:
    """(decided, class) from the words around a quoted group; class None = reject."""
    before_rules, after_rules = _quote_rule_index()
    # the before-cue nearest the quote decides (实现推行“某某一件事”: 推行, not 实现)
    nearest: tuple[int, int, EntityClass | None] | None = None
    # a before-cue ends in the last five characters: only rules ending in one of them can match
    candidates = sorted({r for c in before[-5:] for r in before_rules.get(c, ())})
    for _, rule in candidates:
        window = before[-len(rule.cue) - 4 :]
        at = window.rfind(rule.cue)
        if at >= 0:
            key = (at + len(rule.cue) - len(window), 1 if rule.cls is None else 0, rule.cls)
            if nearest is None or key[:2] > nearest[:2]:
                nearest = key
    if nearest is not None and nearest[2] is None:
        return True, None  # 整治“散乱污”企业: what is fought is no title, whatever follows
    for rule in after_rules.get(after[:1], ()):
        if after.startswith(rule.cue):
            return True, rule.cls
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


def _quoted(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    for group in _quote_groups(tokens):
        first, last = tokens[group[0]], tokens[group[-1]]
        before = text[max(0, first.start - clause.start - 8) : first.start - clause.start]
        after = text[last.end - clause.start : last.end - clause.start + 8]
        decided, cls = _rule_class(lex, before, after)
        before_all = text[: first.start - clause.start]
        if not decided and _COUNT_AFTER.match(after):
            decided = True  # “亿元楼”7栋: a counted kind of thing
        if not decided and any(inner_ends(tokens[i].inner, lex) for i in group):
            decided, cls = True, HONOR  # “全国工业百强区”: a title
        tail = _name_tail(tokens, group[-1] + 1, lex)
        if tail and _is_event(tail[0], lex):
            continue  # “创业之星”大赛参赛项目: the quoted part names a contest
        if not decided and not tail:
            run = _CLAUSE_CUT.split(text[last.end - clause.start :], maxsplit=1)[0][:10]
            if inner_suffix := next((w for w in _QUOTE_END_REJECT if tokens[group[-1]].inner.endswith(w)), None):
                run = inner_suffix + "机制"  # “鱼腹式”: a manner, not a name
            if run.endswith(lex.quote_reject_tails):
                decided = True  # “集中力量办大事”支出保障机制: a slogan qualifying a noun
        if decided and cls is None and not tail:
            out += [
                Mention(PROGRAM, tokens[i].inner, tokens[i].text, sentence, tokens[i].start, tokens[i].end, "quote+gazetteer")
                for i in group
                if tokens[i].inner in lex.programs
            ]
            continue
        for i in group:
            tok = tokens[i]
            inner = _FOOTNOTE.sub("", tok.inner).strip()  # “百社联百村［10］”: a footnote mark inside the quote
            if not _plausible_quoted(inner, lex):
                continue
            if inner in lex.programs:
                out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote+gazetteer"))
                continue
            if _is_event(inner, lex) or inner.endswith(_EVENT_ENDS):
                continue  # “汽车节”, “文化周”: events are no entities
            if _RESULT_QUOTE.fullmatch(inner):
                continue  # 8个“全省率先”: a ranking won, not a name
            if _BARE_COUNT.fullmatch(inner):
                continue  # “四个”明显: a count, not a name
            if not decided and not tail and len(inner) >= 3 and inner.endswith(_QUOTED_HONOR_ENDS) and not _is_event(inner, lex):
                out.append(Mention(HONOR, inner, tok.text, sentence, tok.start, tok.end, "quote"))
                continue  # “飞天奖”: an award by its head, whatever the words around it
            if not decided and not tail and (_plain_word(inner) or not _program_evidence(inner, group, before_all, lex)):
                continue  # “人间仙境”, “零突破”, “百姓富”: a word or a slogan, nothing says program
            own = _suffix_class(inner, lex)
            if own is not None and own is not PROGRAM and _own_suffix_weak(inner, lex):
                own = None  # “一带一路”: 路 alone does not make a quoted term a road
            if own in (PROJECT, PLACE, ORG) and _weak_end(inner, lex) and not any(is_proper_token(t) for t in tokenize(inner)[:-1]):
                continue  # “打开生命通道”, “能效电厂”: a slogan shaped like a facility
            if own is None and inner.endswith(_QUOTED_HONOR_ENDS):
                own = HONOR  # “绿色图书馆奖”: an award
            if own in (PLACE, PROJECT, ORG) and _NUMERAL_KIND.match(inner):
                continue  # “十大国家级示范试验区”: a count of kinds
            if own is not None and len(inner) > 2:
                out.append(Mention(own, inner, tok.text, sentence, tok.start, tok.end, "quote+suffix"))
                continue
            if tail and i == group[-1] and len(group) == 1:
                tail_text, tail_end, tail_cls = tail
                if tail_text in _BARE_PROGRAM_TAILS or _bare_after_generic(tail_text, lex) or (
                    tail_cls is PROJECT and _PROGRAM_SHAPE.match(inner)
                ):  # “八八战略”项目, “八横八纵”高铁: the quoted part is the program
                    out.append(Mention(PROGRAM, inner, tok.text + tail_text, sentence, tok.start, tail_end, "quote+tail"))
                else:
                    out.append(Mention(tail_cls, inner + tail_text, tok.text + tail_text, sentence, tok.start, tail_end, "quote+tail"))
                    if tail_cls is PROJECT or tail_cls is ORG:
                        out.append(Mention(PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote-nested"))
                continue
            out.append(Mention(cls or PROGRAM, inner, tok.text, sentence, tok.start, tok.end, "quote"))
    return out


#: Endings of a quoted award or title, e.g. “绿色图书馆奖”, “全国文明单位”称号.
_QUOTED_HONOR_ENDS = ("奖", "金奖", "称号", "名录", "榜单")
#: Endings of a quoted event, e.g. “美食节”, “文化周”, “读书月”.
_EVENT_ENDS = ("节", "周", "月", "日", "赛", "展", "季")
#: Endings of a quoted term that make it a manner or a kind, e.g. “鱼腹式”, “菜单式”.
_QUOTE_END_REJECT = ("式", "型")
#: Where the words after a quoted term end: at clause or list punctuation.
_CLAUSE_CUT = re.compile(r"[，,。；;：:、（(“”]")
#: Quoted words that state a result, not a name: “零突破”, “零感染”, “零的突破”.
_ZERO = re.compile(r"^零[^售]")


#: A quoted ranking result, e.g. “全省率先”, “全国第一”.
_RESULT_QUOTE = re.compile(r"(?:全国|全省|全市|全县|全区|全州)(?:率先|第一|首创|领先|首位|首个|唯一)")
#: A count right after a quoted term, e.g. "7栋" after “亿元楼”.
_COUNT_AFTER = re.compile(r"^\d|^[一二三四五六七八九十两]+[个栋家所项条座]")
#: A bare count in quotes, e.g. “四个”.
_BARE_COUNT = re.compile(r"[一二三四五六七八九十两]+个?")
#: A number spelled out at the start of a quoted term, e.g. "九万" in “九万里风鹏正举”.
_SPELLED_NUMBER = re.compile(r"[一二三四五六七八九十两]+[十百千万亿]")
#: A quoted term shaped like a program name: numbered (三区三线, 双减, 1+8), a plus (互联网+).
_PROGRAM_SHAPE = re.compile(r"^[一二三四五六七八九十两双百千万多]|[\d+＋A-Za-z]")


def inner_ends(inner: str, lex: Lexicon) -> bool:
    """Whether a quoted term ends with a title word of two or more characters (百强区, 示范县)."""
    if _NUMERAL_KIND.match(inner):
        return False  # “五类村庄”: kinds of a thing, not a title
    return inner.endswith(_long_honor_heads()) and len(inner) >= 4


def _weak_end(inner: str, lex: Lexicon) -> bool:
    return inner.endswith(_as_tuple(lex.weak_suffixes))


def _own_suffix_weak(inner: str, lex: Lexicon) -> bool:
    m = lex.suffix_re.search(inner, max(0, len(inner) - 7))
    while m and m.end() != len(inner):
        m = lex.suffix_re.search(inner, m.start() + 1)
    return m is None or len(m.group(0)) == 1


def _program_evidence(inner: str, group: Sequence[int], before: str, lex: Lexicon) -> bool:
    """Whether anything marks an undecided quoted term as a program: its shape, a list of
    quoted names, a program suffix, or an implementing verb earlier in the clause."""
    if _PROGRAM_SHAPE.search(inner) and not _SPELLED_NUMBER.match(inner) and (len(inner) <= 6 or not inner[0] in "一二三四五六七八九十两双百千万多"):
        return True  # 三区三线, 双减, 1+8 (not “九万里风鹏正举”, a line of verse)
    if len(group) > 1:
        return True
    if _suffix_class(inner, lex) is not None:
        return True
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
        if tail.endswith(w) and _all_generic(tail[: -len(w)], lex):
            return True
    return False


#: Words that, right after a quoted term, only say what kind of program it is.
_BARE_PROGRAM_TAILS = frozenset({"项目", "计划", "工程", "行动", "政策", "活动", "改革", "战略", "品牌", "试点"})


def _name_tail(tokens: Sequence[Token], j: int, lex: Lexicon) -> tuple[str, int, EntityClass] | None:
    """Words after a quoted term that continue its name up to a class suffix (“零碳亚运”碳汇项目)."""
    text = ""
    end = tokens[j - 1].end if j > 0 else 0
    best = None
    while j < len(tokens) and len(text) <= 10:
        t = tokens[j]
        note = _FOOTNOTE.match("".join(x.text for x in tokens[j : j + 3]))
        if note:  # “一区三边”〔23〕拆违行动: a footnote mark inside the name
            while j < len(tokens) and tokens[j].end - tokens[j].start <= note.end() and tokens[j].text in "〔〕[]【】0123456789" + t.text:
                if tokens[j].text.endswith(("〕", "]", "】")):
                    j += 1
                    break
                j += 1
            continue
        if t.tag in ("Q", "w") or t.tag in _STOP_TAGS or t.text == "等" or t.text in lex.boundary and t.text not in lex.program_inner:
            break
        text += t.text
        end = t.end
        if lex.not_suffixed_re is not None and text.endswith(_not_suffixed_words()):
            j += 1
            continue  # “9+2”产业集群布局: 布局 only looks like a suffix
        cls = _suffix_class(text, lex)
        if cls is not None and not (t.tag in _VERB_TAGS and t.text not in lex.suffixes and len(t.text) > 1 and cls is ORG):
            best = (text, end, cls)
        j += 1
    return best


#: A word list as a tuple, for ``str.endswith`` (one C call instead of a generator per word).
_as_tuple = lru_cache(maxsize=None)(lambda words: tuple(sorted(words)))


@lru_cache(maxsize=1)
def _long_honor_heads() -> tuple[str, ...]:
    """Honor heads of two or more characters (荣誉, 称号, 示范县)."""
    return tuple(h for h in lexicon().honor_heads if len(h) >= 2)


@lru_cache(maxsize=1)
def _not_suffixed_words() -> tuple[str, ...]:
    """Words that only look like a class suffix (布局, 战略通道), as a tuple for ``str.endswith``."""
    from kgreport import resources

    return tuple(sorted(resources.load_words("rules/not_suffixed.txt")))


def _plausible_quoted(inner: str, lex: Lexicon) -> bool:
    if not (1 < len(inner) <= 20) or not patterns.HAS_HAN.search(inner) and not re.search(r"\d\+|\+\d", inner):
        return False
    if any(c in inner for c in "、，,。；;：:！？!?…"):
        return False  # several phrases in one quote: a slogan
    return inner not in lex.generic_names


# ---------------------------------------------------------------- class suffixes


def _suffix_class(name: str, lex: Lexicon) -> EntityClass | None:
    for k in range(min(len(name), 7), 0, -1):
        cls = lex.suffixes.get(name[-k:])
        if cls is not None:
            return cls
    return None


def _suffixed(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    ends = {t.end: i for i, t in enumerate(tokens)}
    text = clause.text
    covered = [(m.start(), m.end()) for m in lex.not_suffixed_re.finditer(text)] if lex.not_suffixed_re else []
    for m in lex.suffix_re.finditer(text):
        ss, se = m.start(), m.end()
        if any(a < se and ss < b and (a < ss or b > se) for a, b in covered):
            continue  # 布局, 部署, 战略通道: the suffix is part of another word
        end = clause.start + se
        if end not in ends:
            continue
        suffix = m.group(0)
        cls = lex.suffixes[suffix]
        j = ends[end]
        tok = tokens[j]
        if tok.tag == "Q":
            continue
        if len(suffix) == 1 and lex.suffixes[suffix] is PROJECT and _town_name(tok.text):
            continue  # 天生桥: a town named like a bridge
        if tok.start < clause.start + ss and tok.text not in lex.suffixes:
            if tok.tag in _VERB_TAGS or len(suffix) == 1 and tok.tag == "vn":
                continue  # the suffix is the end of a verb: 举办, 快办, 经办
            if (tok.tag in ("ns", "nr", "nrt") or (tok.tag == "nz" and len(tok.text) - len(suffix) <= 1)) and not (
                suffix in _FEATURE_WORDS and tok.tag == "ns" and not any(
                    d.level != "town" for c in ("", "区", "县", "市") for d in gazetteer.division_by_name(tok.text + c)
                )
            ):
                continue  # a proper noun that merely ends like a suffix: 天桥, 金桥 (but 白洋淀, 清溪 are features)
        start_i = _left_boundary(tokens, j, cls, clause.start + ss, lex)
        if start_i is None:
            continue
        start_i = _trim_lead(tokens, start_i, j, lex)
        start = tokens[start_i].start
        first = tokens[start_i]
        if start_i < j and first.tag == "x" and len(first.text) >= 2 and first.text[0] in _GLUED_PREPOSITIONS:
            start += 1  # 以海乳/集团为龙头: jieba glued the preposition to an unknown name
        if start > clause.start and text[start - clause.start - 1] == "、" and _NUMERAL_KIND_INSIDE.search(text, start - clause.start, ss):
            continue  # 工业立县、产业化富县四大战略: the last item of a counted list, not a name
        if _COUNTED_BEFORE.search(text, 0, start - clause.start) or _LEAD_COUNT.match(text[start - clause.start :]):
            continue  # 7个城中村环境综合整治工程, 15条断头路: a counted kind, not a name
        end_j = _section_end(tokens, j, cls, lex)
        base = text[start - clause.start : end - clause.start]
        name = text[start - clause.start : tokens[end_j].end - clause.start]
        name, start = _drop_leading(name, start)
        base = base[len(base) - (len(name) - (tokens[end_j].end - end)) :] if len(name) > tokens[end_j].end - end else base
        if cls in (PROGRAM, HONOR) and start > clause.start and text[start - clause.start - 1] == "、":
            prev = re.split(r"[、，,：:；;“”（）()]", text[: start - clause.start - 1])[-1]
            prev = prev[-4:] if len(prev) > 4 else prev
            lead = next((k for k in (3, 2) if len(name) - k >= 4 and gazetteer.division_by_name(name[:k])), 0)
            if lead and any(gazetteer.division_by_name(prev[-k:]) for k in (2, 3, 4) if len(prev) >= k):  # 甲、乙基本公共服务试点: the last place of a list shares the program, it is no part of it
                name, start = name[lead:], start + lead
                while start_i < j and tokens[start_i].start < start:
                    start_i += 1
        if not _specific(base, suffix, cls, lex) or "等" in name:
            continue  # 输配电价等价格改革: a list, not a name
        if cls is PROGRAM and suffix in _WORKS_ON_A_SITE and _proper_head(tokens, start_i, j, suffix, lex):
            cls = PROJECT  # 宝兴路综合整治: works on a named site
        if cls is PROGRAM and suffix == "工程" or cls is PROJECT and suffix == "工程":
            cls = _works_class(name, tokens, start_i, j, lex)
            if cls is None:
                continue
        if not _specific(name, suffix, cls, lex):
            continue
        if suffix in _FEATURE_WORDS and len(suffix) == 1 and len(name) > 5:
            continue  # 一河指布吉河: a river's name is short; a long one swallowed other words
        if suffix in lex.weak_suffixes and not _proper_head(tokens, start_i, j, suffix, lex):
            continue  # 垃圾焚烧发电项目, 通村公路: a kind of thing, not a name
        if cls is PROGRAM and (_LEVEL_PILOT.search(name) or _is_event(name, lex)):
            continue  # 某改革省级试点 is a status (an honor); 纪念活动 is an event
        if cls is PROGRAM and suffix == "试点" and any(text.startswith(h, se) for h in _PILOT_HONOR_TAILS):
            continue  # 智能制造试点示范工厂: the pilot is part of an honor
        if len(suffix) == 1 and tok.text == suffix and tok.tag in _VERB_TAGS and name[:1] not in LEVEL_PREFIXES and not (
            j > start_i and tokens[j - 1].text.endswith(("委", "府"))
        ):
            continue  # 勤俭办, 集中力量办, 民意速办: the verb 办; a body's 办 follows a body or a level (县委办, 市创建办)
        out.append(Mention(cls, name, name, sentence, start, tokens[end_j].end, "suffix"))
    return out


#: Prepositions that jieba's HMM glues to the unknown name after them (以海乳/集团, 以河钢/集团);
#: not 自, 同, 顺, 用, which open names (自贸, 同福, 顺丰).
_GLUED_PREPOSITIONS = frozenset("以向对在从把被将由")
#: Program suffixes that name works when a proper site stands before them (某某路综合整治).
_WORKS_ON_A_SITE = ("整治",)
#: Words after 试点 that make it part of an honor title (试点示范, 试点县).
_PILOT_HONOR_TAILS = ("示范", "县", "市", "区", "城市", "单位", "企业", "基地", "工厂", "乡镇", "镇", "村")
#: jieba tags of words that make a head proper: places, persons, organizations, other proper
#: nouns, abbreviations, rare characters, words jieba does not know (tag "x" here).
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x", "eng", "g", "zg", "ng", "Q"}


def is_proper_token(tok: Token) -> bool:
    """Whether a token can carry a name: a proper noun, an unknown word, a number, a rare word."""
    text = tok.text
    if tok.tag in _PROPER_TAGS and (len(text) > 1 or tok.tag not in ("x", "g", "zg", "ng")):
        return True
    if any(c.isdigit() or ("a" <= c.lower() <= "z") for c in text):
        return True
    if len(text) < 2:
        return False
    if text in gazetteer.soe_names() or text in gazetteer.university_names():
        return True  # 建行, 中大
    return any(d.level in ("province", "city", "county") for d in gazetteer.division_by_name(text))


def _town_name(word: str) -> bool:
    """Whether a word is the short name of a town or township (天生桥 for 天生桥镇)."""
    return len(word) >= 2 and any(gazetteer.division_by_name(word + c) for c in ("镇", "乡"))


def _proper_head(tokens: Sequence[Token], start_i: int, j: int, suffix: str, lex: Lexicon) -> bool:
    """Whether the words before a weak suffix hold a proper word (京昆高速, not 通村公路)."""
    first = tokens[start_i]
    if first.text[0] in LEVEL_PREFIXES and (len(first.text) == 1 or first.tag == "x") and j > start_i:
        return True  # 省机场集团, 县城投公司: relative to the issuer, named by its level
    for k in range(start_i, j + 1):
        t = tokens[k]
        if t.text == suffix or t.text in lex.suffixes or t.text in lex.generic_words or _NUMERAL_KIND.match(t.text):
            continue
        if t.text.isdigit() and k + 1 <= j and tokens[k + 1].tag in ("q", "m", "x") and len(tokens[k + 1].text) == 1:
            continue  # 15条断头路: a count, not a name
        if is_proper_token(t) or t.text in lex.route_words:
            return True  # 京昆高速; 外环高速: one road of the city
    head = "".join(t.text for t in tokens[start_i : j + 1])[: -len(suffix)]
    return any(head[:k] and gazetteer.division_by_name(head[:k]) for k in (2, 3, 4) if len(head) >= k)


def _works_class(name: str, tokens: Sequence[Token], start_i: int, j: int, lex: Lexicon) -> EntityClass | None:
    """A name ending in 工程: a construction work (亭子口灌区一期工程) or a program (千万工程)."""
    if any(w in name for w in lex.project_words):
        return PROJECT if _proper_head(tokens, start_i, j, "工程", lex) else None
    return PROGRAM


def _is_event(name: str, lex: Lexicon) -> bool:
    return any(w in name for w in lex.event_words)


def _section_end(tokens: Sequence[Token], j: int, cls: EntityClass, lex: Lexicon) -> int:
    """Index of the last token of a project name that goes on with a section or phase (渝昆高铁渝宜段, 外环高速二期)."""
    if cls is not PROJECT:
        return j
    k = j + 1
    if k < len(tokens) and _PHASE.fullmatch(tokens[k].text):
        return k
    while k < len(tokens) and k <= j + 5:
        t = tokens[k]
        if t.text.endswith("段") and k > j + 1 or t.text == "段" and k > j + 1:
            return k
        if t.tag in ("w", "Q") or not (is_proper_token(t) or t.text in ("至", "到")):
            break
        k += 1
    return j


#: Fields that a list of rules (清单) covers although they read as verbs elsewhere.
_LIST_FIELD_WORDS = frozenset({"投资", "准入", "服务", "贸易", "管理", "监管", "执法"})
#: Middle dots that join the parts of one name (中国·某某文创产业园).
_MIDDLE_DOTS = frozenset({"·", "・", "•", "‧"})
#: An ordinal inside an organization's name, e.g. "第九" in "附属第九医院".
_ORDINAL_IN_NAME = re.compile(r"第[一二三四五六七八九十\d]+")
#: A span of years or a count of kinds inside a name, e.g. "十年", "八大".
_SPAN_NUMERAL = re.compile(r"[一二三四五六七八九十百]+[年大]")
#: A phase of a project, e.g. "一期", "二期".
_PHASE = re.compile(r"[一二三四五六七八九十\d]期")


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
        if cls is PROJECT and t.text in ("至", "到") and k > 0 and is_proper_token(tokens[k - 1]) and is_proper_token(tokens[k + 1]):
            start_i = k  # 巴中至南充高铁: a road or railway between two places
            k -= 1
            continue
        if cls is ORG and k < i and _ORDINAL_IN_NAME.fullmatch(t.text):
            start_i = k  # 某大学附属第九医院, 第二人民医院: an ordinal inside the name
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
        if cls is ORG and t.text == "和" and 0 < k < i:
            left = _conjoined_field(tokens, k, end - limit, lex)
            if left is not None:
                start_i = left  # 某某法律查明和商事调解中心: two fields of one body
                break
        if t.text in _MIDDLE_DOTS and 0 < k < i and is_proper_token(tokens[k - 1]) and end - tokens[k - 1].start <= limit:
            start_i = k - 1  # 某市·中关村创新中心: a middle dot joins the parts of one name
            k -= 2
            continue
        if t.tag in ("Q", "w") or t.tag in _STOP_TAGS and t.text[0] not in LEVEL_PREFIXES:
            break
        if cls is PROGRAM and k < i and tokens[i].text.endswith("清单") and t.text.endswith(tuple(_LIST_FIELD_WORDS)):
            start_i = k  # 外商投资负面清单: the field of a list, not a verb
            k -= 1
            continue
        if t.text in lex.lead_words and cls in (PROGRAM, PROJECT) and t.text in lex.program_inner and k < i and (
            k > 0 and tokens[k - 1].tag[:1] == "n" and tokens[k - 1].text not in lex.boundary and tokens[k - 1].text not in lex.lead_words
        ):
            start_i = k  # 海洋经济高质量发展倍增行动: a modifier inside the name, a noun before it
            k -= 1
            continue
        if t.text in lex.lead_words or t.text in lex.cue_words and not (
            cls is ORG and t.text in lex.org_inner or cls in (PROGRAM, PROJECT) and t.text in lex.program_inner and k < i
        ):
            break
        boundary = t.text in lex.boundary or _ends_with_boundary(t.text, lex)
        if boundary and cls in (PROGRAM, PROJECT) and k < i and (
            t.text in lex.program_inner or t.text not in lex.boundary and t.tag[:1] == "n" and t.text.endswith(_as_tuple(lex.program_inner))
        ):
            boundary = False  # 公共服务 ends with 服务 but is a noun inside 基本公共服务一体化试点
        verb = t.tag in _VERB_TAGS and len(t.text) > 1 and (
            cls in (ORG, PLACE)
            # 维修金城路, 拓宽改造某某路: a road's name holds no verb once it has a word of its own
            # (but 解放路: the verb is the whole name)
            or cls is PROJECT and k < i - 1 and tokens[i].text.endswith(_ROAD_ENDS)
        )
        if boundary or verb:
            if cls is ORG and crossed < 2 and (
                t.text in lex.org_inner or k > 0 and tokens[k - 1].text in LEVEL_PREFIXES and t.tag in ("v", "vn")
            ):  # 四川某某投资集团, 省担保集团
                # 深圳创新创业学院, 四川科创投资集团: kept only if a proper word starts the name
                if fallback is None:
                    fallback = start_i
                crossed += 1
                start_i = k
                k -= 1
                continue
            break
        start_i = k
        if fallback is not None and (is_proper_token(t) or t.text in LEVEL_PREFIXES) and t.text not in lex.boundary:
            good = k
        k -= 1
    if fallback is not None:
        return good if good is not None else fallback
    return start_i


def _conjoined_field(tokens: Sequence[Token], k: int, floor: int, lex: Lexicon) -> int | None:
    """Start of a run of nouns before the 和 at token k that opens with a proper word and names
    no body itself (某某法律查明 in 某某法律查明和商事调解中心), else None: 甲大学和乙中心 stay two."""
    m = k - 1
    while m >= 0 and tokens[m].start >= floor and tokens[m].tag[:1] == "n" and tokens[m].text not in lex.boundary and tokens[m].text not in lex.lead_words:
        m -= 1
    run = tokens[m + 1 : k]
    if len(run) < 2 or not is_proper_token(run[0]) or run[0].tag in ("nr",):
        return None
    if any(_suffix_class(t.text, lex) is not None or _org_suffix(t.text, lex) for t in run):
        return None
    if _suffix_class("".join(t.text for t in run), lex) is not None:
        return None
    return m + 1


def _trim_lead(tokens: Sequence[Token], start_i: int, j: int, lex: Lexicon) -> int:
    """Skip words that govern a name rather than begin it (确保, 继续深化, 好)."""
    while start_i < j:
        t = tokens[start_i]
        if t.text in lex.lead_words or t.text in lex.boundary or (t.text in lex.program_inner and t.tag[:1] in ("v", "a")):
            start_i += 1
            continue
        break
    return start_i


def _ends_with_boundary(word: str, lex: Lexicon) -> bool:
    """全面实施 ends with 实施: a verb phrase glued into one token."""
    return len(word) > 2 and any(word[-k:] in lex.boundary for k in range(2, min(len(word), lex.max_boundary_len) + 1))


def _drop_leading(name: str, start: int) -> tuple[str, int]:
    c = _LEAD_COUNT.match(name)
    if c and len(name) - c.end() >= 2:
        name, start = name[c.end() :], start + c.end()
    m = _LEADING_DROP.match(name)
    if m and len(name) - m.end() >= 2:
        return name[m.end() :], start + m.end()
    return name, start


def _specific(name: str, suffix: str, cls: EntityClass, lex: Lexicon) -> bool:
    """A name, not a generic reference (上市公司, 重大项目) or a bare suffix."""
    if name in lex.generic_names or len(name) <= len(suffix):
        return False
    head = name[: -len(suffix)]
    if head in LEVEL_PREFIXES and cls is not ORG:
        return False
    if cls is PROGRAM and len(head) == 1:
        return False  # 促改革, 型改革: one character names no program
    if cls in (PLACE, PROJECT) and _NUMERAL_KIND_INSIDE.search(head):
        return False  # 秦皇岛四大港区: a count of kinds
    if head in lex.generic_words or head in lex.boundary or head in lex.lead_words:
        return False  # 采取行动: a verb before a class word
    if len(head) > 1 and head[0] in LEVEL_PREFIXES and _all_generic(head[1:], lex, lex.generic_qualifiers):
        return False  # 市重点项目: the level's generic reference
    if _MAGNITUDE_CLASS.fullmatch(head):
        return False  # 百亿级项目, 三十亿级项目: a size class, not a name
    head = _NUMERAL_KIND.sub("", head)  # 三大先进制造业园区: the count names no one
    if not head:
        return False
    for k in (3, 2):
        # 中国上市公司, 保定市重点项目: a place before a generic reference
        if len(head) > k and (gazetteer.division_by_name(head[:k]) or _is_region_name(head[:k])) and _all_generic(
            head[k:], lex, lex.generic_qualifiers
        ):
            return False
    # every piece of the head generic: 重点产业项目, 各类学校
    return not _all_generic(head, lex)


#: A count of kinds at the start of a head, e.g. "三大", "十大", "5类".
_NUMERAL_KIND = re.compile(r"^(?:[一二三四五六七八九十两百千]+|\d+)[大类个项]")


#: A size class as a head, e.g. "亿级" in "三十亿级项目", "百亿元级" in "百亿元级产业集群".
_MAGNITUDE_CLASS = re.compile(r"[\d一二三四五六七八九十两百千万亿]*[万亿]元?级")


#: A count of kinds inside a head, e.g. "四大" in "秦皇岛四大港区".
_NUMERAL_KIND_INSIDE = re.compile(r"[一二三四五六七八九十两]+大")


def _all_generic(head: str, lex: Lexicon, words: frozenset[str] | None = None) -> bool:
    """Whether a head is made of generic words only (重点产业, 上市)."""
    words = lex.generic_words if words is None else words
    rest = head
    while rest:
        for k in range(min(len(rest), 6), 0, -1):
            if rest[:k] in words:
                rest = rest[k:]
                break
        else:
            return False
    return True


# ---------------------------------------------------------------- gazetteers


@lru_cache(maxsize=1)
def _long_regions() -> re.Pattern[str] | None:
    """Named regions of five or more characters, which jieba cuts into more words than the
    token window below holds (深港科技创新合作区); long names are never parts of other words."""
    names = [r for r in lexicon().regions if len(r) >= 5]
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))) if names else None


def _gazetteer(tokens: Sequence[Token], sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    if tokens and (long_re := _long_regions()) is not None:
        base = tokens[0].start
        text = "".join([t.text for t in tokens])
        if len(text) != tokens[-1].end - base:
            text = ""  # tokens with gaps: offsets would not hold
        for m in long_re.finditer(text):
            out.append(Mention(PLACE, m.group(0), m.group(0), sentence, base + m.start(), base + m.end(), "gazetteer"))
    n = len(tokens)
    stems, known = _known_stems(), _known_names()
    prefixes = lex.program_prefixes
    region_code = doc.meta.region_code
    # most words start no known name (the same test as below, for j == i; and no name starts
    # with a conjunction or preposition: 市/和/县/委); a comprehension finds the few that may,
    # as this runs on every token of every clause
    starts = [
        i for i, t in enumerate(tokens)
        if t.tag not in ("w", "Q", "c", "p") and (
            len(t.text) == 1 or t.text in stems or t.text[:2] in prefixes or t.text[:1] in prefixes
        )
    ]
    for i in starts:
        text = tokens[i].text
        for j in range(i, min(n, i + 4)):
            t = tokens[j]
            if j > i:
                if t.tag in ("w", "Q"):
                    break
                text += t.text
                if text not in stems and text[:2] not in prefixes and text[:1] not in prefixes:
                    break  # no known name starts so, and longer windows only add to the text
            if len(text) < 2 or text not in known and text[:2] not in prefixes and text[:1] not in prefixes:
                continue  # what _lookup's fast path says, without the call
            cls = _lookup_cached(text, region_code)
            if cls is ORG and len(text) <= 2 and j > i:
                continue  # 物产中大 holds 中大 across two tokens: not 中山大学
            if cls is not None and text in lex.generic_names:
                continue
            if cls is PLACE and j == i and t.tag in _COMMON_WORD_TAGS and not text.endswith(_DIVISION_ENDS) and not (
                t.tag in ("nr", "nrfg") and (i > 0 and tokens[i - 1].text == "、" or i + 1 < n and tokens[i + 1].text == "、")
            ):
                continue  # 幸福安康: a short place name read as an ordinary word (but 甲、景宁: a list of places)
            if cls is PLACE and j == i and (text in lex.boundary or text in lex.lead_words) and not text.endswith(_DIVISION_ENDS):
                continue  # 新建 (a verb) is also the short name of a district
            if cls is PLACE and j == i and len(text) == 2 and text[0] in "和与及" and i > 0 and tokens[i - 1].tag not in ("w", "ns"):
                continue  # 市“某某”和县“某某”, 政府和县委: 和 joins two bodies; 和县 the county follows a place or a mark
            if cls is PLACE and j + 1 < n and (tokens[j + 1].text in _ROAD_WORDS or tokens[j + 1].text in _FEATURE_WORDS):
                continue  # 长春北路, 丽水河: the road or river is the name, not the city
            if cls is not None:
                out.append(Mention(cls, text, text, sentence, tokens[i].start, t.end, "gazetteer"))
    return out


#: Endings of a token that holds a road suffix, e.g. "通路" in "政/通路", "路" in "金城/路".
_ROAD_ENDS = ("路", "大道", "大街", "街")
#: Words after a place name that make it part of a road's name, e.g. "北路" in "长春北路".
_ROAD_WORDS = frozenset({"路", "北路", "南路", "东路", "西路", "中路", "大道", "大街", "街", "道"})
#: Words after a place name that make it part of a natural feature's or site's name (丽水河, 某某水库).
_FEATURE_WORDS = frozenset({"河", "江", "溪", "湖", "淀", "水库", "古城", "山", "村", "街区"})
#: jieba tags of a word used as an ordinary word, not a place (安康 in 人民幸福安康 is tagged nr).
_COMMON_WORD_TAGS = frozenset({"nr", "nrfg", "a", "ad", "an", "d", "v", "vn", "l", "i"})
#: Endings of a full division name, which stands for the place whatever jieba says.
_DIVISION_ENDS = ("省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "自治区")


def _lookup(name: str, doc: Document, lex: Lexicon) -> EntityClass | None:
    if len(name) < 2:
        return None
    if name not in _known_names() and name[:2] not in lex.program_prefixes and name[:1] not in lex.program_prefixes:
        return None  # fast path: most word runs name nothing a gazetteer knows
    return _lookup_cached(name, doc.meta.region_code)


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Every name some gazetteer or list knows, for a quick first test."""
    lex = lexicon()
    return frozenset(
        gazetteer.division_forms() | lex.regions | frozenset(lex.place_pairs or ()) | lex.programs | lex.central_bodies
        | gazetteer.university_names() | frozenset(gazetteer.soe_names())
    )


@lru_cache(maxsize=1)
def _known_stems() -> frozenset[str]:
    """Every known name and every start of one (深, 深圳, 深圳市): a token window that is
    none of these cannot grow into a known name."""
    return frozenset(name[:k] for name in _known_names() for k in range(1, len(name) + 1))


@lru_cache(maxsize=65536)
def _lookup_cached(name: str, region_code: str) -> EntityClass | None:
    """The class gazetteers give a name; cached, as the same words recur in every clause."""
    lex = lexicon()
    if name in lex.regions or name in (lex.place_pairs or {}):
        return PLACE
    if name in lex.programs:
        return PROGRAM
    for k in (2, 1):
        if name[:k] in lex.program_prefixes and _program_region(name[k:], region_code):
            return PROGRAM  # 美丽中国, 健康浙江, 平安深圳
    if name in gazetteer.university_names() or name in gazetteer.soe_names() or name in lex.central_bodies:
        return ORG
    if is_place_name(name, region_code):
        return PLACE
    return None


def _program_region(name: str, region_code: str) -> bool:
    """China, a province, or a city the issuer lies in (平安深圳 in a Shenzhen report, not 幸福安康)."""
    if name in ("中国", "中华"):
        return True
    for d in gazetteer.division_by_name(name):
        if d.level == "province":
            return True
        if d.level == "city" and region_code and d.code[:4] == region_code[:4]:
            return True
    return False


def _is_region_name(name: str) -> bool:
    if name in ("中国", "中华"):
        return True
    return any(d.level in ("province", "city") for d in gazetteer.division_by_name(name))


def _region_prefix(code: str) -> str:
    """The part of a GB/T 2260 code shared by everything inside that division."""
    code = code[:6]
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def is_place_name(name: str, region_code: str = "") -> bool:
    """Whether ``name`` names an administrative division a report of ``region_code`` may mention.

    Full names of provinces, cities and counties count anywhere; short forms of provinces
    and cities anywhere, of counties only near the issuer; towns only inside the issuer's region.
    """
    for d in gazetteer.division_by_name(name):
        full = name == d.name
        if d.level == "town":
            if full and region_code and d.code.startswith(_region_prefix(region_code)):
                return True
            continue
        if full and len(name) >= 2:
            return True
        if d.level in ("province", "city") and len(name) >= 2:
            return True
        if region_code and d.code[:4] == region_code[:4] and len(name) >= 2:
            return True
        if region_code.endswith("0000") and d.code[:2] == region_code[:2] and len(name) >= 2:
            return True  # a province's report names its counties by their short forms (某某、某某试点)
    return False


# ---------------------------------------------------------------- governments and Party bodies

#: Government, legislature and Party bodies, bare or with a level prefix, e.g. 县委, 县人大, 政协, 县人民政府.
_GOV = re.compile(
    r"(?:[省市县区州盟旗乡镇])?(?:人民政府|政府|人大常委会|人大|政协|党委|委员会|纪委监委|纪委|县委|市委|区委|省委|州委)"
)
#: What follows a body name when it is not the body: 人大代表, 政协委员, 人大一次会议.
_GOV_NOT = re.compile(r"^(?:代表|委员|工作报告|一次会议|二次会议|三次会议|四次会议|五次会议|会议|常委会委员|办公室主任|书记)")


def _governments(tokens: Sequence[Token], clause: Clause, sentence: int, doc: Document) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    for m in _GOV.finditer(text):
        name = m.group(0)
        if name in ("委员会", "党委") or _GOV_NOT.match(text[m.end() :]):
            continue
        before = text[: m.start()]
        if before.endswith(("届", "上级", "各级", "党委", "本级", "同级", "下级", "两级", "三级", "地方")) or re.search(r"[一二三四五六七八九十\d]届$", before):
            continue
        if name in ("政府", "人民政府") and not (before.endswith(("县", "市", "区", "省", "州", "旗")) or not before):
            continue
        out.append(Mention(ORG, name, name, sentence, clause.start + m.start(), clause.start + m.end(), "government"))
    return out


# ---------------------------------------------------------------- honors


def _honors(tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    for m in lex.cue_re.finditer(text):  # longest first: 获评 before 获
        if text.startswith("感", m.end()) or text.startswith("得感", m.end()):
            continue  # 获得感: a feeling, not a title received
        if lex.cue_by_word[m.group(0)].kind is RelationKind.RECEIVED_HONOR:
            out.extend(_honor_spans(text, m.end(), clause, sentence, lex))
    extra = _level_kinds(text, clause, sentence, lex) + _rankings(text, clause, sentence) + _certified(text, clause, sentence, lex)
    return out + [k for k in extra if not any(o.start < k.end and k.start < o.end for o in out)]


#: A ranking list, e.g. "中国民营企业500强" after a year, punctuation or an entry verb.
_RANKING = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=入围|入选|跻身|位列|进入|上榜|荣登|名列)|(?<=[和及](?=[\u4e00-\u9fff]{2,12}?\d)))(?:(?:19|20)\d\d年?度?)?"
    r"((?:中国|全国|世界|全球|全省|亚洲)?[\u4e00-\u9fff]{2,12}?\d{2,4}强)(?=[和及、，,。；;等]|上榜|榜单|$)"
)


#: The last entry verb inside a ranking match, e.g. "进入" in "某集团进入中国企业500强".
_RANKING_ENTRY = re.compile(r".*(?:入围|入选|跻身|位列|进入|上榜|荣登|名列)")
#: A kind certified and counted, e.g. "高新技术企业" in "新认定高新技术企业16家".
_CERTIFIED = re.compile(r"(?<=认定|评定)([\u4e00-\u9fff“”]{3,14}?)(?=\d+[余多]?[家个所项])")


def _certified(text: str, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """A kind that is certified and counted is a title: 认定高新技术企业16家."""
    if "认定" not in text and "评定" not in text:
        return []
    out = []
    for m in _CERTIFIED.finditer(text):
        name = _QUOTE_MARKS.sub("", m.group(1))
        if name.endswith(_KIND_HEADS) or name.endswith(_long_honor_heads()):
            s = clause.start + m.start(1)
            out.append(Mention(HONOR, name, m.group(1), sentence, s, m.end(1) + clause.start, "honor-counted"))
    return out


def _rankings(text: str, clause: Clause, sentence: int) -> list[Mention]:
    """Ranking lists as titles: 2024中国民营企业500强和民营企业制造业500强."""
    if "强" not in text:
        return []
    out = []
    lex = lexicon()
    for m in _RANKING.finditer(text):
        name, s = m.group(1), clause.start + m.start(1)
        first = tokenize(name[:4])[0].text
        if first in lex.lead_words or first in lex.boundary or first in lex.cue_words:
            continue  # 瞄准世界500强, 支持某企业进入世界500强: a target, not a title held
        entry = _RANKING_ENTRY.search(name)
        if entry:
            name, s = name[entry.end() :], s + entry.end()  # 某集团进入中国企业500强: the holder and the verb are no part
            if len(name) < 4:
                continue
        out.append(Mention(HONOR, name, name, sentence, s, s + len(name), "honor-counted"))
    return out


@lru_cache(maxsize=8)
def _word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation of words, for a quick "does the clause hold any of them" test."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


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
    out = []
    counted = _LEVEL_KIND_COUNTED.match(text)
    if not counted and (not lex.honor_entity_cues or not _word_re(lex.honor_entity_cues).search(text)):
        return out
    for m in _LEVEL_KIND.finditer(text) if not counted else [counted]:
        before = text[: m.start()]
        if not counted and not before.endswith(lex.honor_entity_cues) and not (
            before.endswith("、") and _word_re(lex.honor_entity_cues).search(before)
        ):  # 新增甲企业50家、国家某某冠军44家: an item of a list the verb governs
            continue
        name = _QUOTE_MARKS.sub("", m.group(1))
        if not name.endswith(_long_honor_heads()) and not name.endswith(_KIND_HEADS):
            continue
        kind = _HONOR_LEVEL.sub("", name, count=1)
        if kind.startswith(("首个", "首家", "首批", "唯一", "第一")):
            continue  # 全国首个某某基地: a first, not a title
        if len(kind) < 4 or kind in lex.generic_names or kind in _KIND_HEADS:
            continue  # 省级企业: a level and a bare kind name no title
        s = clause.start + m.start(1)
        out.append(Mention(HONOR, name, m.group(1), sentence, s, s + len(m.group(1)), "honor-counted"))
    return out


#: Kinds that a level makes a title (国家一级博物馆, 省级现代农业产业园, 国家制造业单项冠军).
_KIND_HEADS = ("企业", "冠军", "博物馆", "产业园", "示范村", "示范区", "农产品", "渔场", "医院", "园区", "基地", "试点", "村镇", "景区", "小镇")


def _honor_spans(text: str, begin: int, clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    out = []
    span = text[begin:]
    span = re.split(r"[。；;，,]", span, maxsplit=1)[0]
    pos = begin
    level = ""
    for part in re.split(r"(和|及|、)", span):
        if part in ("和", "及", "、"):
            pos += len(part)
            continue
        cut = _honor_cut(part, lex)
        if "”“" in part[:cut] or part[:1] in _GLUED_PREPOSITIONS:
            cut = 0  # “甲”“乙奖”: two titles, each taken from its quotes; 以企业为主体…: a clause, no title
        if cut:
            raw = part[:cut]
            lead = _COUNT.search(raw)
            offset = 0
            if lead and lead.start() == 0:
                offset = lead.end()
            name = raw[offset:]
            name = patterns.QUOTED.sub(lambda m: next(g for g in m.groups() if g is not None), name)
            name = _QUOTE_MARKS.sub("", name)  # 国际图联“绿色图书馆奖”亚军: a quote cut in two
            if name.startswith("为") and len(name) > 4:
                name, offset = name[1:], offset + 1  # 创建为省级某某: 为 belongs to the verb
            scope = _HONOR_SCOPE.match(name)
            scoped = 0
            if scope and len(name) - scope.end() >= 3:
                scoped = scope.end()  # 全国区县级城区唯一2022某某奖: the scope is no part of the title
                offset += scoped
                name = name[scoped:]
            lm = _HONOR_LEVEL.match(name)
            if lm:
                level = lm.group(0)
            elif level and not _HONOR_LEVEL.search(name):
                name = level + name  # 省级未来社区、未来乡村 → 省级未来乡村
            holder = _HONOR_LEVEL.search(name, 2)
            if holder and _suffix_class(name[: holder.start()], lex) in (PLACE, ORG):
                h = name[: holder.start()]
                hs = clause.start + pos + offset
                out.append(Mention(_suffix_class(h, lex) or PLACE, h, h, sentence, hs, hs + len(h), "honor-holder"))
                name = name[holder.start() :]
                offset += holder.start()
            body = _granting_body(name, lex)
            if body:
                # 获评工信部智能制造试点示范工厂: the ministry grants the title and is no part of it
                bs = clause.start + pos + offset
                out.append(Mention(ORG, body, body, sentence, bs, bs + len(body), "honor-granter"))
                name = name[len(body) :]
                offset += len(body)
            if 3 <= len(name) <= MAX_LEN[HONOR] and patterns.HAS_HAN.search(name) and not _all_generic(name, lex) and name not in lex.not_titles:
                s = clause.start + pos + offset
                source = "honor-counted" if offset - scoped and not out else "honor"
                if lead and lead.start() == 0:
                    source = "honor-counted"  # 2个省级样板镇: held by several places, not the issuer
                out.append(Mention(HONOR, name, text[pos + offset : pos + cut], sentence, s, clause.start + pos + cut, source))
        pos += len(part)
    return out


def _granting_body(name: str, lex: Lexicon) -> str:
    """The central body (three characters or more) an honor name opens with, if at least four
    characters of title follow it: "工信部" in "工信部智能制造试点示范工厂"; else ""."""
    for k in range(min(len(name) - 4, 12), 2, -1):
        if name[:k] in lex.central_bodies:
            return name[:k]
    return ""


#: A scope before a title, e.g. "全国区县级城区唯一2022" in "全国区县级城区唯一2022地方政府创新奖",
#: "全国唯一的" in "全国唯一的中国楹联文化县".
_HONOR_SCOPE = re.compile(r"^(?:[^唯]{0,10}唯一的?)?(?:(?:19|20)\d\d年?度?)?")
#: The word 称号 ("title") after a title's name, e.g. "等称号" in "省级工业电商示范县等称号".
_TITLE_WORD_TAIL = re.compile(r"(?:等(?:一系列|多项|多个|系列)?)?(?:荣誉)?称号$")
#: Quote marks left in an honor name, e.g. the opening one of “绿色图书馆奖”亚军.
_QUOTE_MARKS = re.compile(r"[“”\"《》「」]")


def _honor_cut(part: str, lex: Lexicon) -> int:
    """Length of the honor at the start of ``part``: up to its last honor head word."""
    best = 0
    first = tokenize(part[:6])
    if first and first[0].tag in _VERB_TAGS and (first[0].text in lex.boundary or first[0].text in lex.lead_words):
        return 0  # 获批设立某保税区: approval to set something up, not a title
    for head in lex.honor_heads:
        i = part.rfind(head)
        if len(head) == 1 and i >= 0 and i + 1 < len(part) and patterns.HAS_HAN.match(part, i + 1):
            i = -1  # 市级重点区域: a one-character head must end the title
        if i >= 0 and i + len(head) > best:
            best = i + len(head)
    if best and part.count("“", 0, best) > part.count("”", 0, best):
        close = part.find("”", best)
        best = close + 1 if close > 0 else best  # 全国“品牌之都”: a title ends at its closing quote
    tail = _TITLE_WORD_TAIL.search(part, 0, best) if best else None
    if tail and tail.start() >= 4:
        best = tail.start()  # 全国双拥模范城称号: the title is 全国双拥模范城
    if best and len(part[:best]) >= 3:
        return best
    return 0


# ---------------------------------------------------------------- coordination


def _coordinated(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """金丰、朝阳片区 → 金丰片区 too; list items beside organizations are organizations."""
    out = list(found)
    by_start = {t.start: i for i, t in enumerate(tokens)}
    for m in found:
        if m.source != "suffix":
            continue
        suffix = lex.suffix_re.search(m.name, len(m.name) - 7 if len(m.name) > 7 else 0)
        if not suffix or suffix.end() != len(m.name):
            continue
        suf = suffix.group(0)
        head_len = len(m.name) - len(suf)
        if head_len > 4 or len(suf) < 2:
            continue  # 区委 shares no 委 with the item before it
        i = by_start.get(m.start)
        shared = suf
        if i is not None and is_proper_token(tokens[i]) and len(m.name) - len(tokens[i].text) > len(suf):
            shared = m.name[len(tokens[i].text) :]  # 天府、双流国际机场 → 天府国际机场
        while i is not None and i >= 2 and tokens[i - 1].text == "、":
            h = tokens[i - 2]
            if h.tag in _STOP_TAGS or h.tag in ("w", "Q") or h.text in lex.boundary or not 2 <= len(h.text) <= 4:
                break
            if any(o.start <= h.start < o.end for o in found):
                break
            prev = tokens[i - 3] if i >= 3 else None
            if prev is not None and not (prev.tag in ("w", "Q") or prev.tag in _STOP_TAGS or prev.text in lex.boundary or prev.text in lex.lead_words):
                break  # 中心公园大草坪、横塘湿地公园: 大草坪 is the end of a longer item
            if h.text[-1] == suf[0]:
                break  # 美协、摄影家协会: 美协 is already a name of its own
            if _suffix_class(h.text, lex) is not None or h.text in lex.generic_words or h.text in lex.generic_names or _PHASE.fullmatch(h.text):
                break  # 发展中心、某某集团: the item has a head of its own; 二期 is a phase
            if suf in lex.weak_suffixes and not is_proper_token(h) and shared == suf:
                break  # 食品、医药、轻纺基地: kinds of industry, not names
            name = h.text + shared
            out.append(Mention(m.cls, name, h.text, sentence, h.start, h.end, "coordination"))
            i -= 2
    out += _list_siblings(found, tokens, sentence, lex)
    out += _shared_after_places(found, clause, sentence)
    for m in patterns.NUMBERED_LINES.finditer(clause.text):
        prefix = m.group(1) or ""
        pos = m.start(2)
        nums = m.group(2).split("、")
        for num in nums[:-1]:
            s = clause.start + pos
            out.append(Mention(PROJECT, f"{prefix}{num}号线", num, sentence, s, s + len(num), "coordination"))
            pos += len(num) + 1
        if prefix:  # the last line takes the shared prefix too: 地铁3、5号线 → 地铁5号线
            s, e = clause.start + pos, clause.start + m.end()
            out = [o for o in out if not (o.start == s and o.end == e and o.cls is PROJECT)]
            out.append(Mention(PROJECT, f"{prefix}{nums[-1]}号线", text_of(clause, s, e), sentence, s, e, "coordination"))
    return out


#: A full division name at the start of a name, e.g. "德保县" in "德保县人民医院".
_DIVISION_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|县|区|市|旗|镇|乡)")


def _shared_after_places(found: list[Mention], clause: Clause, sentence: int) -> list[Mention]:
    """甲区、乙县人民医院 → 甲区人民医院 too: places listed before one that heads a name share its rest."""
    out: list[Mention] = []
    text = clause.text
    for m in found:
        if m.cls not in (ORG, PROJECT) or m.source != "suffix":
            continue
        head = _DIVISION_HEAD.match(m.name)
        if not head or not gazetteer.division_by_name(head.group(0)) or len(m.name) - head.end() < 2:
            continue
        rest = m.name[head.end() :]
        pos = m.start - clause.start
        while pos > 0 and text[pos - 1] == "、":
            before = text[: pos - 1]
            name = next((before[-k:] for k in range(7, 1, -1) if len(before) >= k and before.endswith(_DIVISION_CHARS)
                         and any(d.level != "town" and d.name == before[-k:] for d in gazetteer.division_by_name(before[-k:]))), None)
            if name is None:
                break
            s = clause.start + pos - 1 - len(name)
            out.append(Mention(m.cls, name + rest, name, sentence, s, s + len(name), "coordination"))
            pos = pos - 1 - len(name)
    return out


#: Last characters of a full county-level division name (田阳区, 德保县).
_DIVISION_CHARS = ("县", "区", "市", "旗")


def text_of(clause: Clause, start: int, end: int) -> str:
    """The characters of the document between two offsets inside a clause."""
    return clause.text[start - clause.start : end - clause.start]


def _list_siblings(found: list[Mention], tokens: Sequence[Token], sentence: int, lex: Lexicon) -> list[Mention]:
    """In 甲集团、乙、丙集团等, the bare item 乙 is an organization like its neighbours."""
    out: list[Mention] = []
    org_ends = {m.end for m in found if m.cls is ORG}
    if not org_ends:
        return out
    covered = [(m.start, m.end) for m in found]
    # items: maximal runs of non-punctuation tokens separated by 、
    items: list[tuple[int, int, str]] = []
    cur: list[Token] = []
    for t in list(tokens) + [Token("，", 0, 0, "w")]:
        if t.tag == "w" or t.tag == "Q":
            if cur:
                items.append((cur[0].start, cur[-1].end, "".join(c.text for c in cur)))
            cur = []
            if t.text != "、":
                items.append((-1, -1, ""))
            continue
        cur.append(t)
    for k, (s, e, txt) in enumerate(items):
        if s < 0 or any(cs <= s < ce or cs < e <= ce for cs, ce in covered):
            continue
        prev_org = k > 0 and items[k - 1][0] >= 0 and items[k - 1][1] in org_ends
        next_org = k + 1 < len(items) and items[k + 1][0] >= 0 and items[k + 1][1] in org_ends
        if prev_org and next_org and 2 <= len(txt) <= 6 and patterns.HAN_RUN.fullmatch(txt):
            if txt not in lex.generic_names and not any(w in txt for w in ("等", "和", "及")):
                out.append(Mention(ORG, txt, txt, sentence, s, e, "list-sibling"))
    return out


# ---------------------------------------------------------------- lists with a head noun

#: Heads after a list of partners that make them regions, e.g. "等区域".
_REGION_HEADS = ("区域", "地区", "城市", "省份", "国家", "省市", "地市")
#: A footnote mark after a list item, e.g. "〔10〕", "[3]".
_FOOTNOTE = re.compile(r"〔\d+〕|\[\d+\]|【\d+】|［\d+］")
#: A count before or after a list head, e.g. "4家", "31个", "一批".
_LIST_COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两百]+)(?:个|家|条|座|处|所|项|批|大)?|^一大?批")
#: A ranking qualifier between a list and its head, e.g. "世界500强" in "等世界500强企业".
_LIST_QUALIFIER = re.compile(r"^(?:世界|中国|全国|全球|国内|国际|行业)?\d+强|^(?:知名|明星|头部|龙头|上市|外资|跨国)")
#: A firm's name in capitals, e.g. "ABB", "IBM".
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&]{1,11}")
#: Punctuation that ends a list (not 、, which joins its items).
_LIST_STOP = re.compile(r"[，,。；;：:“”《》（）()！!？?]")
#: Words after 与/同 that end the partners of a cooperation, e.g. "与甲、乙 合作".
_PARTNER_END = (
    "对口", "开展", "达成", "签署", "签订", "签约", "合作", "共建", "携手", "结对", "建立", "深化", "加强", "联合", "共同", "等", "在", "就", "围绕",
    # how they cooperate: 与甲互利合作, 与乙战略合作
    "互利", "互惠", "务实", "深度", "全方位", "交流", "战略", "密切", "广泛", "紧密",
)
#: The first word that ends the partners, not inside a name (合作区, 合作社).
_PARTNER_END_RE = re.compile("(?:" + "|".join(_PARTNER_END) + ")(?![区社组])")


def _listed(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """Bare items of a list that a head noun or a cue classifies.

    甲、乙等项目 → projects; 甲、乙4家企业 → organizations; 甲、乙等获评… → organizations
    holding an honor; 与甲、乙合作 → partner organizations.
    """
    text = clause.text
    out: list[Mention] = []
    heads = lex.list_heads or {}
    for m in _LIST_MARK.finditer(text):
        p = m.start()
        after = text[m.end() :]
        cls = None
        if any(after.startswith(c) for c in _HOLDER_CUES):
            cls = ORG  # 甲、乙等获评…: holders of an honor
        else:
            rest = _LIST_QUALIFIER.sub("", _LIST_COUNT.sub("", after, count=1), count=1)
            window = "" if rest.startswith("、") else _LIST_STOP.split(rest, maxsplit=1)[0][:10]  # 甲109个、乙: the next item, no head
            best = None
            for h in heads:
                i = window.find(h)
                if i >= 0 and lex.suffix_re.match(window, i + len(h)):
                    continue  # 等7个社区公园: 社区 only qualifies the head 公园
                if 0 <= i <= 5 and (best is None or (i + len(h), len(h)) < (best[0] + len(best[1]), -len(best[1]))):
                    best = (i, h)
            if best is not None:
                cls = heads[best[1]]
        if cls is None or m.group(0) != "等" and not _LIST_COUNT.match(after) and cls is not ORG:
            continue
        out += _list_items(text[:p], 0, cls, found, clause, sentence, doc, lex, single_ok=m.group(0) == "等")
    hm = _HOLDER_FIRST.match(text)
    if hm and not _HOLDER_ADVERBIAL.search(hm.group(1)) and not any(t.tag[:1] in ("v", "f", "p", "d") for t in tokenize(hm.group(1))):
        out += _list_items(hm.group(1), 0, ORG, found, clause, sentence, doc, lex, single_ok=True)
    for m in _PARTNER_START.finditer(text):
        seg = _LIST_STOP.split(text[m.end() :], maxsplit=1)[0]
        cut = min((m2.start() for m2 in _PARTNER_END_RE.finditer(seg) if m2.start() > 0), default=-1)
        if cut <= 0 or not any(w in seg for w in ("合作", "签约", "签署", "签订", "共建", "携手", "结对")):
            continue
        if any(w in seg[cut : cut + 8] for w in _REGION_HEADS) or seg[:cut].endswith(_REGION_HEADS):
            continue  # 与成渝贵昆等区域合作, 与欧美发达国家互利合作: the partners are regions
        pair = _PARTNER_START.search(seg, 1, cut)
        if pair and "、" in seg[: pair.start()]:
            cut = seg.rindex("、", 0, pair.start())  # 甲与乙、丙与丁合作: 丙 starts another pair
        out += _list_items(text[: m.end() + cut], m.end(), ORG, found, clause, sentence, doc, lex, single_ok=True)
    return out


#: Endings of a listed holder that make it a place, e.g. "村" in "某县某村入选…".
_PLACE_ENDS = ("村", "镇", "乡", "街道", "社区", "县", "旗")
#: A count inside a list item, e.g. "项目2个".
_COUNT_INSIDE = re.compile(r"\d+[余多]?[个家条座处所项批件种部名位人]|[级类型]$|[\d十百千万亿]级|[一二三四五六七八九十两]+[大个县市区镇项家]")
#: Where a list of items ends: 等 before a head or cue, or a count right after the last item.
_LIST_MARK = re.compile(r"等|(?<=[\u4e00-\u9fff〕\]】A-Za-z])(?=(?:\d+|[一二三四五六七八九十两]+)[家个条座处所项])")
#: A word that is only a number or a count (3, 一批, 两个): jieba also tags name parts like 七门 "m".
_PURE_COUNT = re.compile(r"[\d.一二三四五六七八九十两百千万亿余多]+[个项家批条座所种名位元]?|一大?批|一系列")
#: Honor cues right after a list: 甲、乙等获评….
_HOLDER_CUES = ("获评", "荣获", "入选", "被评为", "获得", "获", "入围", "跻身", "列入", "被认定为", "被命名为")
#: A name opening a clause right before an honor cue, e.g. "某某科技获…奖".
_HOLDER_FIRST = re.compile(r"^([^、，,。；;：:“”《》（）()\s等]{2,10}?)(?:获评|荣获|获得|获|入选|被评为|被认定为)")
#: An adverbial of time inside what stands before an honor cue, e.g. "连续五年" (no holder's name).
_HOLDER_ADVERBIAL = re.compile(r"连续|[一二三四五六七八九十两\d]+年|多年|再次|首次|又|已|^\d|^[一二三四五六七八九十两]+[个首部家项名位件]")
#: The start of the partners of a cooperation, e.g. "与" in "与甲、乙合作".
_PARTNER_START = re.compile(r"(?<![参给赋授])(?:与|同)")


def _list_items(
    before: str, floor: int, cls: EntityClass, found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon, *, single_ok: bool
) -> list[Mention]:
    seg_start = max(floor, max((m.end() for m in _LIST_STOP.finditer(before)), default=0))
    seg = before[seg_start:]
    parts = seg.split("、")
    if len(parts) < 2 and not single_ok:
        return []
    out: list[Mention] = []
    pos = seg_start
    proper_share = sum(any(is_proper_token(t) for t in tokenize(_FOOTNOTE.sub("", p))) for p in parts) / max(1, len(parts))
    for k, part in enumerate(parts):
        item_start = pos
        pos += len(part) + 1
        clean = _FOOTNOTE.sub("", part)
        if k == 0:
            toks = tokenize(clean)
            # the first item starts after the last word that governs the list (新引进|甲)
            governing = [
                i for i, t in enumerate(toks)
                if (t.text in lex.lead_words or t.text in lex.boundary or t.text in lex.cue_words
                or t.tag in _STOP_TAGS and not (t.tag == "m" and not _PURE_COUNT.fullmatch(t.text))
                or t.tag in _VERB_TAGS and len(t.text) > 1) and t.text not in ("至", "到")
                and not _PHASE.fullmatch(t.text)  # 某某核电一期: jieba tags the phase an adverb
            ]
            i = governing[-1] + 1 if governing else 0
            if i >= len(toks):
                continue
            skip = toks[i].start
            clean = clean[skip:]
            item_start += part.find(clean[:2]) if clean[:2] in part else skip
        if not (2 <= len(clean) <= 14) or not (patterns.HAS_HAN.search(clean) or cls is ORG and _LATIN_NAME.fullmatch(clean)) or any(
            w in clean for w in ("等", "的", "和")
        ):
            continue
        if clean in lex.generic_names or clean in lex.boundary:
            continue
        first_tok = tokenize(clean[:4])[0]
        if first_tok.text in lex.boundary or first_tok.text in lex.lead_words:
            continue  # 大力推广户外运动: a phrase, not a name
        s = clause.start + item_start
        e = s + len(clean)
        if any(f.start <= s and e <= f.end for f in found):
            continue  # already a name of its own
        if _lookup(clean, doc, lex) is not None:
            continue
        if _COUNT_INSIDE.search(clean):
            continue  # 百亿级项目2个: a count, not an item
        itoks = tokenize(clean)
        noted = bool(_FOOTNOTE.search(part))  # 某某食品〔14〕: the report footnotes it as a name
        suffixed = cls is ORG and _suffix_class(clean, lex) is ORG and _specific(clean, _org_suffix(clean, lex), ORG, lex)
        if not noted and not suffixed and not any(is_proper_token(t) for t in itoks) and clean[0] not in LEVEL_PREFIXES and not (
            (cls is ORG and len(parts) > 1 or cls is PLACE and len(parts) > 2) and proper_share >= 0.5
        ):
            continue
        if any(t.text in lex.lead_words or t.text in lex.cue_words for t in itoks):
            continue
        item_cls = PLACE if cls is ORG and clean.endswith(_PLACE_ENDS) else cls  # 某县某村入选…
        out.append(Mention(item_cls, clean, clean, sentence, s, e, "list"))
    return out


def _org_suffix(name: str, lex: Lexicon) -> str:
    """The longest class suffix a name ends with (集团 in 某某集团)."""
    return next((name[-k:] for k in range(min(len(name), 7), 0, -1) if name[-k:] in lex.suffixes), "")


# ---------------------------------------------------------------- built facilities

#: Sources of names a construction verb may turn into a Project (not gazetteer places or governments).
_BUILT_SOURCES = ("suffix", "coordination", "list", "list-sibling", "quote+suffix", "quote+tail")


#: The rest of a list after its first item, up to the construction verb (、某某中心、某某公园).
_BUILT_LIST_REST = re.compile(r"(?:、[^、，,。；;：:“”《》（）()等的]{2,14})+")


#: Organizations that open or start without being a building: missions, agencies, firms.
_NOT_BUILT_ENDS = ("领事馆", "使馆", "办事处", "局", "委", "办", "厅", "部", "署", "公司", "集团", "银行", "协会", "商会", "联合会", "合作社")


#: Construction verbs that stand before what they build (建成某某中心, 启动建设某某大学新校区).
_BUILT_BEFORE = ("建成", "新建", "启动建设", "开工建设", "开建", "动工兴建", "建成投用", "建成开放")


#: The head of a list of projects after 等, e.g. "等一批新项目", "等重点项目", "等5个项目".
_PROJECT_LIST_HEAD = re.compile(r"等(?:一批|一大批|\d+个|[一二三四五六七八九十]+个)?[^，,。；;、]{0,6}?项目")


def _built(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """A named facility (organization or place by its suffix) that the clause says was built,
    opened or put into use is a Project: 某某博物馆、某某文化馆新馆建成开放."""
    if not lex.built_verbs or not _word_re(lex.built_verbs + _BUILT_BEFORE + ("项目",)).search(clause.text):
        return found
    text = clause.text
    out = list(found)
    for k, m in enumerate(found):
        if m.cls not in (ORG, PLACE) or m.source not in _BUILT_SOURCES or m.name.endswith(_NOT_BUILT_ENDS) or m.name.endswith(tuple(_FEATURE_WORDS)):
            continue
        after = text[m.end - clause.start :]
        if m.source in ("suffix", "quote+suffix") and text[: m.start - clause.start].endswith(_BUILT_BEFORE):
            out[k] = replace(m, cls=PROJECT)  # 建成某某中心
            continue
        etc = after.find("等")
        if etc >= 0 and (etc == 0 or _BUILT_LIST_REST.fullmatch(after[:etc])) and _PROJECT_LIST_HEAD.match(after, etc):
            out[k] = replace(m, cls=PROJECT)  # 某某博物馆、某某植物园等一批新项目落户
            continue
        if after.startswith("、"):  # the rest of a list joined by 、: the verb follows its last item
            cut = min((i for i in (after.find(v) for v in lex.built_verbs) if i > 0), default=-1)
            if cut < 0 or not _BUILT_LIST_REST.fullmatch(after[:cut]):
                continue
            after = after[cut:]
        if after.startswith(("正式", "顺利", "全面", "相继", "先后", "均已", "已")):
            after = after[1:] if after[0] == "已" else after[2:]
        phase = _PHASE.match(after)
        if phase and after[phase.end() :].startswith(lex.built_verbs):  # 某某福利中心二期投入使用
            p = phase.end()
            out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
        elif after.startswith(lex.built_verbs):
            out[k] = replace(m, cls=PROJECT)
    return out


# ---------------------------------------------------------------- overlaps

#: Nestings that name two entities (衢州旅游学校 inside 衢州旅游学校新校区).
_KEEP_NESTED = {(ORG, PROJECT), (PROGRAM, HONOR), (PROGRAM, PROJECT), (ORG, HONOR), (PLACE, HONOR)}


def _resolve_overlaps(found: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions, plus the nestings that name two things."""
    # the granter of a title wins over the same span found otherwise (the relation stage skips it
    # as a holder); the source breaks remaining ties so that runs are reproducible
    ordered = sorted(set(found), key=lambda m: (-(m.end - m.start), m.start, m.cls.value, m.name, m.source != "honor-granter", m.source))
    kept: list[Mention] = []
    for m in ordered:
        clash = False
        for k in kept:
            if m.end <= k.start or m.start >= k.end:
                continue
            inside = k.start <= m.start and m.end <= k.end and (m.start, m.end) != (k.start, k.end)
            if inside and (m.cls, k.cls) in _KEEP_NESTED and m.source not in ("gazetteer",) and not (
                (m.cls, k.cls) == (PROGRAM, PROJECT) and not m.source.startswith("quote")
            ):
                continue
            if inside and m.source == "honor-holder":
                continue
            clash = True
            break
        if not clash:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.cls.value))
