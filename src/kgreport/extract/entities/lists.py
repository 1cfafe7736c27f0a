"""Coordination and lists: names that share a suffix or a head noun with a listed neighbour.

E.g. 甲、乙两所大学, 与甲、乙等城市合作, 某县、某区 (shared division ends).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.extract.entities.known import lookup
from kgreport.extract.entities.names import (
    FOOTNOTE,
    LEVEL_PREFIXES,
    PHASE,
    STOP_TAGS,
    VERB_TAGS,
    all_generic,
    is_proper_token,
    text_of,
)
from kgreport.extract.entities.suffixed import drop_descriptor, org_suffix, specific, suffix_class
from kgreport.lexicon import Lexicon
from kgreport.models import ORG, PLACE, PROJECT, Document, EntityClass, Mention
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Clause, Token, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/lists.tsv"


def coordinated_mentions(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
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
            if h.tag in STOP_TAGS or h.tag in ("w", "Q") or h.text in lex.boundary or not 2 <= len(h.text) <= 4:
                break
            if any(o.start <= h.start < o.end for o in found):
                break
            prev = tokens[i - 3] if i >= 3 else None
            if prev is not None and not (prev.tag in ("w", "Q") or prev.tag in STOP_TAGS or prev.text in lex.boundary or prev.text in lex.lead_words):
                break  # 中心公园大草坪、横塘湿地公园: 大草坪 is the end of a longer item
            if h.text[-1] == suf[0]:
                break  # 美协、摄影家协会: 美协 is already a name of its own
            if suffix_class(h.text, lex) is not None or h.text in lex.generic_words or h.text in lex.generic_names or PHASE.fullmatch(h.text):
                break  # 发展中心、某某集团: the item has a head of its own; 二期 is a phase
            if suf in lex.weak_suffixes and not is_proper_token(h) and shared == suf:
                break  # 食品、医药、轻纺基地: kinds of industry, not names
            name = h.text + shared
            out.append(Mention(m.cls, name, h.text, sentence, h.start, h.end, "coordination"))
            i -= 2
    out += _list_siblings(found, tokens, sentence, lex)
    out += _shared_after_places(found, clause, sentence)
    for lm in patterns.NUMBERED_LINES.finditer(clause.text):
        prefix = lm.group(1) or ""
        pos = lm.start(2)
        nums = lm.group(2).split("、")
        for num in nums[:-1]:
            s = clause.start + pos
            out.append(Mention(PROJECT, f"{prefix}{num}号线", num, sentence, s, s + len(num), "coordination"))
            pos += len(num) + 1
        if prefix:  # the last line takes the shared prefix too: 地铁3、5号线 → 地铁5号线
            s, e = clause.start + pos, clause.start + lm.end()
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
_DIVISION_CHARS = gazetteer.division_ends("county")


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


#: Heads after a list of partners that make them regions, e.g. "等区域".
_REGION_HEADS = word_list(_WORDS, "region_head")

#: Heads after which each item needs a name of its own, e.g. "区域" (医院、公园等重点区域).
_STRICT_HEADS = frozenset(word_list(_WORDS, "strict_head"))

#: Enterprise certification labels (honors.tsv certified_label), e.g. "瞪羚企业": a bare 瞪羚 in a list of firms is the label.
_CERTIFIED_LABELS = frozenset(word_list("rules/entities/honors.tsv", "certified_label"))

#: Project list heads that complete a bare item's name, e.g. 高速公路 in "甲至乙、丙等高速公路".
_NAME_HEADS = frozenset(word_list(_WORDS, "name_head"))

#: Item endings that name a facility or section already, e.g. 站 in "某某南站、甲等高铁项目".
_JOIN_STOPS = tuple(word_list(_WORDS, "join_stop"))

#: A name head right after 等 and its count, behind at most a scale word, e.g. "大型水库" in
#: "甲、乙等大型水库", "高速公路项目" in "甲至乙等高速公路项目" (not "城际铁路": 城际 is part of the kind).
_NAME_HEAD_RE = re.compile(
    r"^(?:大中型|大型|中型|小型|重点|骨干)?(" + "|".join(map(re.escape, sorted(_NAME_HEADS, key=len, reverse=True))) + ")"
)


def _joined_head(window: str) -> str:
    """The head noun that completes each bare item of a project list, or ""."""
    m = _NAME_HEAD_RE.match(window)
    return m.group(1) if m else ""

#: Words after a place head that make it a modifier, e.g. "中心" in "等区域中心城市".
_HEAD_MODIFIER = tuple(word_list(_WORDS, "head_modifier"))

#: A count before or after a list head, e.g. "4家", "5户", "31个", "一批"; spaces around digits come from PDF text (" 12 个").
_LIST_COUNT = re.compile(r"^ ?(?:\d+|[一二三四五六七八九十两百]+) ?(?:个|家|户|条|座|处|所|项|批|大)?(?:以上|余)?|^一大?批")

#: A ranking qualifier between a list and its head, e.g. "世界500强" in "等世界500强企业".
_LIST_QUALIFIER = re.compile(r"^(?:世界|中国|全国|全球|国内|国际|行业)?\d+强|^(?:知名|明星|头部|龙头|上市|外资|跨国)")

#: A firm's name in capitals, e.g. "ABB", "IBM".
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&]{1,11}")

#: Punctuation that ends a list (not 、, which joins its items).
_LIST_STOP = re.compile(r"[，,。；;：:“”《》（）()！!？?]")

#: Endings of a counted project-list item that make it a kind of work (河流整治), not a name.
_WORK_ENDS = word_list(_WORDS, "work_end")

#: A number of items after 等 (not 一批), e.g. " 12 个" in "甲、乙等 12 个重大产业项目".
_COUNTED = re.compile(r"^ ?(?:\d+|[一二三四五六七八九十两百]+) ?[个项]")

#: Words after 与/同 that end the partners of a cooperation, e.g. "与甲、乙 合作".
_PARTNER_END = word_list(_WORDS, "partner_end")

#: The first word that ends the partners, not inside a name (合作区, 合作社).
_PARTNER_END_RE = re.compile("(?:" + "|".join(map(re.escape, _PARTNER_END)) + ")(?![区社组])")


def listed_mentions(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
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
        best = None
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
                if i >= 0 and heads[h] is PLACE and rest[i + len(h) :].startswith(_HEAD_MODIFIER):
                    continue  # 等区域中心城市: 区域 qualifies another noun, it is not the items' kind
                if 0 <= i <= 5 and (best is None or (i + len(h), len(h)) < (best[0] + len(best[1]), -len(best[1]))):
                    best = (i, h)
            if best is not None:
                cls = heads[best[1]]
        if cls is None or m.group(0) != "等" and not _LIST_COUNT.match(after) and cls is not ORG:
            continue
        strict = best is not None and best[1] in _STRICT_HEADS
        counted = m.group(0) == "等" and cls is PROJECT and _COUNTED.match(after) is not None
        joined = _joined_head(window) if cls is PROJECT and best is not None else ""
        out += _list_items(
            text[:p], 0, cls, found, clause, sentence, doc, lex, single_ok=m.group(0) == "等", strict=strict, counted=counted, name_head=joined
        )
    for m in _AS_BODY.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if _issuer_town(item, doc.meta.region_code):
                s = clause.start + pos
                out.append(Mention(PLACE, item, item, sentence, s, s + len(item), "list"))
            pos += len(item) + 1
    hm = _HOLDER_FIRST.match(text)
    if hm and not _HOLDER_ADVERBIAL.search(hm.group(1)) and not any(t.tag[:1] in ("v", "f", "p", "d") for t in tokenize(hm.group(1))):
        out += _list_items(hm.group(1), 0, ORG, found, clause, sentence, doc, lex, single_ok=True)
    rm = _RANK_HOLDERS.match(text)
    if rm and not _HOLDER_ADVERBIAL.search(rm.group(1)) and not _COUNT_INSIDE.search(rm.group(1)):  # 新增2—3家地方国企进入…: a count, no names
        out += _list_items(rm.group(1), 0, ORG, found, clause, sentence, doc, lex, single_ok=True)
    out += _company_subject(found, clause, sentence, doc, lex)
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


#: Sub-units named as the body or core of a plan, e.g. "以甲、乙为主体" (甲, 乙: the issuer's towns).
_AS_BODY = re.compile(r"以([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)为(?:主体|核心|重点|龙头|中心|依托)")


def _issuer_town(name: str, region_code: str) -> bool:
    """Whether a name is the short form of a town of the issuing county (甲 for 甲镇), never elsewhere."""
    if len(region_code) < 6 or region_code[:6].endswith("00"):
        return False  # only a county's report names its towns without their 镇
    return any(d.level == "town" and d.code.startswith(region_code[:6]) for d in gazetteer.division_by_name(name))
#: A name opening a clause right before what only a company does, e.g. "某某铜业" in
#: "某某铜业破产重组", "某某股份" in "某某股份在深交所上市".
_COMPANY_FIRST = re.compile(
    r"^([^、，,。；;：:“”《》（）()\s等]{4,10}?)(?:" + "|".join(map(re.escape, word_list(_WORDS, "company_verb"))) + ")"
)

#: Industry words that end a company's short name (某某汽车, 某某铜业).
_TRADE_WORDS = tuple(word_list(_WORDS, "trade_word"))


def _company_subject(found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """The company opening a clause before a company's verb (某某机械产值突破百亿): a proper head
    and a trade word, no place, count or governing word."""
    m = _COMPANY_FIRST.match(clause.text)
    if m is None:
        return []
    name = m.group(1)
    trade = next((w for w in _TRADE_WORDS if name.endswith(w)), "")
    head = name[: -len(trade)] if trade else ""
    if not 2 <= len(head) <= 4 or not patterns.HAN_RUN.fullmatch(head):
        return []  # 2家汽车: a count; 全力支持某某机械: a short name's head is short
    toks = tokenize(head)
    if any(t.text in lex.lead_words or t.text in lex.boundary or t.text in lex.generic_words or t.tag[:1] in ("v", "m", "r", "d", "p") for t in toks):
        return []  # 全县汽车, 推动某某机械: not a company's own name
    if head[-1] in LEVEL_PREFIXES or lookup(head, doc, lex) is not None or lookup(name, doc, lex) is not None:
        return []  # 某某县汽车产值: a place's industry
    s, e = clause.start, clause.start + len(name)
    if any(f.start <= s and e <= f.end for f in found):
        return []
    return [Mention(ORG, name, name, sentence, s, e, "company-verb")]


#: Endings of a listed holder that make it a place, e.g. "村" in "某县某村入选…".
_PLACE_ENDS = word_list(_WORDS, "place_end")

#: A count inside a list item, e.g. "项目2个".
_COUNT_INSIDE = re.compile(r"\d+[余多]?[个家条座处所项批件种部名位人]|[级类型]$|[\d十百千万亿]级|[一二三四五六七八九十两]+[大个县市区镇项家]")

#: Where a list of items ends: 等 before a head or cue, or a count right after the last item.
_LIST_MARK = re.compile(r"等|(?<=[\u4e00-\u9fff〕\]】A-Za-z])(?=(?:\d+|[一二三四五六七八九十两]+)[家个条座处所项])")

#: A word that is only a number or a count (3, 一批, 两个): jieba also tags name parts like 七门 "m".
_PURE_COUNT = re.compile(r"[\d.一二三四五六七八九十两百千万亿余多]+[个项家批条座所种名位元]?|一大?批|一系列")

#: A short bracket right after an item's text, e.g. "（二期）" in "某某智园（二期）等项目".
_ITEM_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^、，,。；;：:“”《》（）()]{1,6}[）)](?=、|$)")

#: Scale characters that jieba tags as numbers even inside a firm's name (欧科亿, 华亿).
_SCALE_CHARS = "百千万亿"

#: Honor cues right after a list: 甲、乙等获评….
_HOLDER_CUES = tuple(r["cue"] for r in load_tsv("rules/relation_cues.tsv") if r.get("names_holder") == "yes")

#: A name opening a clause right before an honor cue, e.g. "某某科技获…奖".
_HOLDER_FIRST = re.compile(r"^([^、，,。；;：:“”《》（）()\s等]{2,10}?)(?:获评|荣获|获得|获|入选|被评为|被认定为)")

#: Names opening a clause before a cue that enters them into a ranking (cues: lists.tsv rank_cue),
#: e.g. "甲科技、乙钨业" in "甲科技、乙钨业进入全省民营企业百强".
_RANK_HOLDERS = re.compile(
    r"^([^，,。；;：:“”《》（）()\s等]{2,24}?)(?:" + "|".join(map(re.escape, word_list(_WORDS, "rank_cue")))
    + r")(?=[^，,。；;]{0,20}?前?[\d一二三四五六七八九十百千]+强)"
)

#: An adverbial of time inside what stands before an honor cue, e.g. "连续五年" (no holder's name).
_HOLDER_ADVERBIAL = re.compile(r"连续|更多|双双|[一二三四五六七八九十两\d]+年|多年|再次|首次|又|已|^\d|^[一二三四五六七八九十两]+[个首部家项名位件]")

#: The start of the partners of a cooperation, e.g. "与" in "与甲、乙合作".
_PARTNER_START = re.compile(r"(?<![参给赋授])(?:与|同)")


def _inside_word_scale(toks: Sequence[Token], i: int) -> bool:
    """Whether token i is a scale character glued to a word, not a count: 亿 in 欧科|亿|三期."""
    t = toks[i]
    return len(t.text) == 1 and t.text in _SCALE_CHARS and i > 0 and patterns.HAN_RUN.fullmatch(toks[i - 1].text) is not None and not _PURE_COUNT.fullmatch(toks[i - 1].text) and toks[i - 1].end == t.start


def _list_items(
    before: str, floor: int, cls: EntityClass, found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon, *, single_ok: bool,
    strict: bool = False,
    counted: bool = False,
    name_head: str = "",
) -> list[Mention]:
    # a short bracket inside an item belongs to it (某某智园（二期）、某某大学（深圳）): no list stop
    masked = _ITEM_BRACKET.sub(lambda b: "_" * len(b.group()), before)
    seg_start = max(floor, max((m.end() for m in _LIST_STOP.finditer(masked)), default=0))
    seg = before[seg_start:]
    parts = seg.split("、")
    if len(parts) < 2 and not single_ok:
        return []
    out: list[Mention] = []
    pos = seg_start
    cut_at_word = True  # the first item starts at the segment's start or after a governing word, not inside a name
    proper_share = sum(any(is_proper_token(t) for t in tokenize(FOOTNOTE.sub("", p))) for p in parts) / max(1, len(parts))
    for k, part in enumerate(parts):
        item_start = pos
        pos += len(part) + 1
        clean = FOOTNOTE.sub("", part)
        noun_lead = False
        if k == 0:
            toks = tokenize(clean)
            # 甲力机械、某某等4户企业: a noun opening the clause opens a company's name, although the
            # same word governs elsewhere (合力 "jointly")
            noun_lead = cls is ORG and len(parts) > 1 and len(toks) > 1 and toks[0].tag == toks[1].tag == "n" and (
                toks[0].text in lex.lead_words and toks[0].text not in lex.boundary and toks[0].text not in lex.cue_words
            )
            # the first item starts after the last word that governs the list (新引进|甲)
            governing = [
                i for i, t in enumerate(toks)
                if (t.text in lex.lead_words or t.text in lex.boundary or t.text in lex.cue_words
                or t.tag in STOP_TAGS and not (t.tag == "m" and (not _PURE_COUNT.fullmatch(t.text) or _inside_word_scale(toks, i)))
                or t.tag in VERB_TAGS and len(t.text) > 1) and t.text not in ("至", "到")
                and not PHASE.fullmatch(t.text)  # 某某核电一期: jieba tags the phase an adverb
                and not (i == 0 and noun_lead)
            ]
            i = governing[-1] + 1 if governing else 0
            cut_at_word = not governing or toks[i - 1].text in lex.lead_words or toks[i - 1].text in lex.boundary or toks[i - 1].text in lex.cue_words
            if i >= len(toks):
                continue
            skip = toks[i].start
            clean = clean[skip:]
            item_start += part.find(clean[:2]) if clean[:2] in part else skip
        if cls is ORG:
            kept, _ = drop_descriptor(clean, 0)
            item_start, clean = item_start + len(clean) - len(kept), kept
        if not (2 <= len(clean) <= 14) or not (patterns.HAS_HAN.search(clean) or cls is ORG and _LATIN_NAME.fullmatch(clean)) or any(
            w in clean for w in ("等", "的", "和")
        ):
            continue
        if clean in lex.generic_names or clean in lex.boundary:
            continue
        first_tok = tokenize(clean[:4])[0]
        if (first_tok.text in lex.boundary or first_tok.text in lex.lead_words) and not noun_lead:
            continue  # 大力推广户外运动: a phrase, not a name
        s = clause.start + item_start
        e = s + len(clean)
        if any(f.start <= s and e <= f.end for f in found):
            continue  # already a name of its own
        if lookup(clean, doc, lex) is not None:
            continue
        if _COUNT_INSIDE.search(clean):
            continue  # 百亿级项目2个: a count, not an item
        itoks = tokenize(clean)
        noted = bool(FOOTNOTE.search(part))  # 某某食品〔14〕: the report footnotes it as a name
        suffixed = cls in (ORG, PLACE) and suffix_class(clean, lex) is cls and specific(clean, org_suffix(clean, lex), cls, lex)
        if strict and not suffixed and not any(is_proper_token(t) and t.text not in lex.generic_words for t in itoks):
            continue  # 县城出入口、商业聚集区等重点区域: jieba tags 县城 a place, but it names none
        # 某某电炉等88个项目开工: an item the report counts out as a project names one, unless cut out of a longer
        # phrase (冲之|大道) or a work done (品质提升, 河流整治)
        counted_name = counted and (k > 0 or cut_at_word) and len(clean) >= 4 and itoks[-1].tag not in VERB_TAGS and itoks[-1].tag != "vn" and not clean.endswith(_WORK_ENDS)
        if not noted and not suffixed and not counted_name and not any(is_proper_token(t) for t in itoks) and clean[0] not in LEVEL_PREFIXES and not (
            (cls is ORG and len(parts) > 1 or cls is PLACE and len(parts) > 2 and not strict) and proper_share >= 0.5
        ):  # after a strict head an item needs a name of its own: 企业厂区、建筑工地等重点区域 are kinds of site
            continue
        if any((t.text in lex.lead_words and not (noun_lead and t is itoks[0])) or t.text in lex.cue_words for t in itoks):
            continue
        if cls is ORG and not suffixed and not noted and (all_generic(clean, lex) or clean + "企业" in _CERTIFIED_LABELS):
            continue  # 科研单位、金融等机构: a kind of body; 瞪羚、独角兽等企业: certification labels, no firm's name
        item_cls = PLACE if cls is ORG and clean.endswith(_PLACE_ENDS) else cls  # 某县某村入选…
        # 甲至乙、丙等高速公路: the bare item is a cut name, the shared head completes it (the bare form stays an alias)
        name = clean + name_head if name_head and suffix_class(clean, lex) is None and not clean.endswith(_JOIN_STOPS) else clean
        out.append(Mention(item_cls, name, clean, sentence, s, e, "list"))
    return out
