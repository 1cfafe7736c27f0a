"""Coordination and lists: names that share a suffix or a head noun with a listed neighbour.

E.g. 甲、乙两所大学, 与甲、乙等城市合作, 某县、某区 (shared division ends).
"""

from __future__ import annotations

import functools
from dataclasses import replace
import re
from collections.abc import Sequence

from kgreport import gazetteer, patterns
from kgreport.extract.entities.known import FEATURE_WORDS, ROAD_ENDS, lookup
from kgreport.extract.entities.names import (
    FOOTNOTE,
    LEVEL_PREFIXES,
    PHASE,
    STOP_TAGS,
    VERB_TAGS,
    all_generic,
    is_proper_token,
    place_estate,
    text_of,
)
from kgreport.extract.entities.suffixed import _dictionary_tag, drop_descriptor, org_suffix, specific, suffix_class
from kgreport.lexicon import Lexicon
from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT, Document, EntityClass, Mention
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Clause, Token, tokenize

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/lists.tsv"


def coordinated_mentions(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """金丰、朝阳片区 → 金丰片区 too; list items beside organizations are organizations."""
    out = list(found)
    # read only for the suffix family's names below: not built for the many clauses with none
    by_start = {t.start: i for i, t in enumerate(tokens)} if any(m.source == "suffix" for m in found) else {}
    shared_heads = _shared_program_heads(found, tokens, clause, sentence, lex)
    out += shared_heads
    whole = {(o.sentence, o.end) for o in shared_heads}  # items that took a whole head: 科技体制改革, not 科技改革
    for m in found:
        if m.source != "suffix":
            continue
        if m.cls is PROGRAM and (m.sentence, m.start - 1) in whole:
            continue
        if m.cls is PROJECT and any(o.cls is PROJECT and o.source == "suffix" and o.start == m.start and o.end > m.end for o in found):
            continue  # 甲、乙水库灌区: the longer name (乙水库灌区) shares its head with 甲, not the reservoir inside it
        suffix = lex.suffix_re.search(m.name, len(m.name) - 7 if len(m.name) > 7 else 0)
        tail = _SHARED_TAIL.search(m.name) if m.cls is PROJECT else None
        if tail and suffix and suffix.end() < len(m.name) and tail.start() >= suffix.end():
            suffix = tail  # 乙水库灌区: the head that ends the name (灌区) is the one shared, the 水库 before it goes with it
        if tail and tail.start() >= 2 and m.start > clause.start and clause.text[m.start - clause.start - 1] == "、":
            i = by_start.get(m.start)
            split = i is not None and is_proper_token(tokens[i]) and len(m.name) - len(tokens[i].text) - len(tail.group(0)) == 1
            # (the first suffix in the window may end a word inside the name: 河 in 甲河至乙高速)
            ends = suffix is not None and suffix.end() == len(m.name)
            route = not ends and ("至" in m.name or "到" in m.name)  # 甲河至乙高速: the 河 is inside the route's name
            if not ends and not route:
                continue
            if len(m.name) - len(suffix.group(0) if suffix and ends else tail.group(0)) > 4 or split or i is None or route:
                out += _bare_road_items(m, tail.group(0), found, clause, sentence, lex)  # 乌东德、白鹤|滩水电站 (jieba cut the name); 甲、乙大型灌区: the tokens miss the shared head
                continue
        if (not suffix or suffix.end() != len(m.name)) and m.cls is PLACE and _TIER_AFTER_ITEM.search(m.name):
            # 运河国家文化公园: the first suffix in the window ends a word inside the name (河); the name's own
            # suffix is the longest one at its end
            suffix = next((fm for k in range(min(len(m.name), 7), 1, -1) if (fm := lex.suffix_re.fullmatch(m.name, len(m.name) - k))), None)
        if not suffix or suffix.end() != len(m.name):
            continue
        suf = suffix.group(0)
        head_len = len(m.name) - len(suf)
        i = by_start.get(m.start)
        # 交通、机电职业学院 → 交通职业学院: a field word before the kind of a body (职业学院, 技术学院) is the item, and the
        # whole kind after it is shared, not the bare suffix (交通学院); the words between are common nouns
        field_kind = m.cls is ORG and i is not None and 2 <= len(tokens[i].text) <= 4 and tokens[i].text == m.name[: len(tokens[i].text)] and (
            len(m.name) - len(tokens[i].text) > len(suf)
        ) and not is_proper_token(tokens[i]) and all(t.tag in ("n", "vn") and t.text not in lex.boundary for t in tokens[i + 1 :] if t.end <= m.end - len(suf))
        # 甲、乙、丙国家文化公园 → 甲国家文化公园: a tier word after a place's first word opens the kind every
        # listed place shares (国家文化公园, 国家级经开区, 省级高新区), however long the kind
        tiered = m.cls is PLACE and i is not None and 2 <= len(tokens[i].text) <= 4 and m.name.startswith(tokens[i].text) and (
            _TIER_AFTER_ITEM.match(m.name, len(tokens[i].text)) is not None
        ) and i >= 2 and tokens[i - 1].text == "、"
        if head_len > 4 and not field_kind and not tiered or len(suf) < 2:
            continue  # 区委 shares no 委 with the item before it
        if m.name[:head_len] in _LEVEL_WORDS:
            continue  # 正确领导、自治区人大: a level's body is shared by levels only (省、市人大), never by a word
        shared = suf
        if i is not None and is_proper_token(tokens[i]) and len(tokens[i].text) >= 2 and len(m.name) - len(tokens[i].text) > len(suf):
            shared = m.name[len(tokens[i].text) :]  # 天府、双流国际机场 → 天府国际机场 (but not 坪|山中心区: one character names no item)
        elif (field_kind or tiered) and i is not None:
            shared = m.name[len(tokens[i].text) :]
        level = ""  # 省交通、机电职业学院: a level before the first item is every item's (省交通职业学院, 省机电职业学院)
        items: list[Mention] = []
        while i is not None and i >= 2 and (tokens[i - 1].text == "、" or not items and _water_pair(m, tokens, i, suf)):
            h = tokens[i - 2]
            if h.tag in STOP_TAGS or h.tag in ("w", "Q") or h.text in lex.boundary or not 2 <= len(h.text) <= 4:
                break
            if any(o.start <= h.start < o.end and not (tiered and o.cls is PLACE and (o.start, o.end) == (h.start, h.end)) for o in found):
                break  # (燕山、运河国家文化公园: a known region's name is still an item of a tiered kind)
            prev = tokens[i - 3] if i >= 3 else None
            if m.cls is ORG and prev is not None and prev.text in LEVEL_PREFIXES and len(prev.text) == 1 and prev.end == h.start and not m.name.startswith(tuple(LEVEL_PREFIXES)) and (
                i < 4 or tokens[i - 4].tag in ("w", "Q") or tokens[i - 4].tag in STOP_TAGS or tokens[i - 4].text in lex.boundary or tokens[i - 4].text in lex.lead_words
                or tokens[i - 4].tag in VERB_TAGS
            ):
                level = prev.text  # 支持省交通、机电职业学院: the level opens the list, not a longer item
            elif prev is not None and not (prev.tag in ("w", "Q") or prev.tag in STOP_TAGS or prev.text in lex.boundary or prev.text in lex.lead_words):
                break  # 中心公园大草坪、横塘湿地公园: 大草坪 is the end of a longer item
            if prev is not None and m.cls is PROGRAM and tokens[i].text != m.name[:head_len] and len(prev.text) + len(h.text) == head_len and not (
                prev.tag in ("w", "Q") or prev.tag in STOP_TAGS
            ):
                break  # 投资拉动、创新驱动、开放带动战略: the item is two words as the head is (创新驱动), not its second one
            if prev is not None and prev.text.endswith("号") and prev.end == h.start:
                break  # 某某核电6号机组、甲高铁: 机组 ends a numbered unit's name, no item of the head
            if tiered and not is_proper_token(h) and not any(o.cls is PLACE and (o.start, o.end) == (h.start, h.end) for o in found):
                break  # 发展规划、甲国家文化公园: a common word before a tiered kind ends another thing, no place
            if h.text[-1] in (suf[0], suf[-1]):
                break  # 美协、摄影家协会: 美协 is already a name of its own; 南枫线、13号线: so is 南枫线
            if h.text.endswith(_OWN_NAME_ENDS) and not (m.cls is PLACE and h.text.endswith("村")):
                break  # 径口村、某某林场; 市二院、市中医院: the item ends as a village or a body of its own (a village's 片区 is one)
            if suffix_class(h.text, lex) not in (None, *((PLACE,) if tiered else ())) or h.text in lex.generic_words and shared == suf or h.text in lex.generic_names or PHASE.fullmatch(h.text):
                break  # 发展中心、某某集团: the item has a head of its own; 二期 is a phase (a common field is an item before a
                # field's kind: 交通、机电职业学院)
            if suf in lex.weak_suffixes and not is_proper_token(h) and shared == suf:
                break  # 食品、医药、轻纺基地: kinds of industry, not names
            items.append(Mention(m.cls, h.text + shared, h.text, sentence, h.start, h.end, "coordination"))
            i -= 2
            if level:
                break
        if level:
            # 省交通、建筑、机电职业学院: the level opening the list is every item's, the found name's too
            items = [replace(o, name=level + o.name) for o in items]
            out = [replace(o, name=level + o.name) if o is m else o for o in out]
        elif field_kind and not any(is_proper_token(tokens[by_start[o.start]]) for o in items if o.start in by_start):
            items = []  # 新建交通、水利职业学院: common fields before a kind with no level or place name no one body
        if tiered and items:
            # 秦岭、大巴山国家公园: the known region read alone gives way to the item with the shared kind
            spans = {(o.start, o.end) for o in items}
            out = [o for o in out if not (o.cls is PLACE and o.source != "coordination" and (o.start, o.end) in spans)]
        out += items
        if m.cls is PROJECT and _SHARED_TAIL.fullmatch(shared) and i is not None and i >= 2 and tokens[i - 1].text == "、":
            out += _bare_road_items(m, shared, found, clause, sentence, lex)  # 周驻南、息邢高速: jieba split the item
    out += _bare_phases(found, clause, sentence)
    out += [p for p in _parallel_program_items(found, clause, sentence, lex) if not any(p.start < o.end and o.start < p.end for o in shared_heads)]
    out += _list_siblings(found, tokens, sentence, lex)
    listed, replaced = _program_list_items(found, clause, sentence, lex)
    out = [
        o for o in out if o not in replaced and not (
            o.cls is PROGRAM and o.source == "coordination" and any(o.start < li.end and li.start < o.end and o.name != li.name for li in listed)
        )
    ] + listed  # (国资监管、养老保险制度、乙三项改革: the list's head is the items', not the second item's 保险制度)
    out += _shared_after_places(found, clause, sentence, lex)
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
    labs = _shared_lab_heads(out, tokens, clause, sentence, lex)
    if labs:
        # 组建海洋生物、高端装备山东省实验室: a field read alone as a body (海洋生物/nt) is the lab's item
        out = [o for o in out if not (o.cls is ORG and o.source != "coordination" and any(lab.start <= o.start and o.end <= lab.end and o.name != lab.name for lab in labs))]
        out += labs
    return out


#: Kinds of research body that listed fields share (lists.tsv lab_kind), longest first, e.g. "实验室".
_LAB_KINDS = re.compile("|".join(map(re.escape, sorted(word_list(_WORDS, "lab_kind"), key=len, reverse=True))))
#: Qualifiers before a lab kind that listed fields share (lists.tsv lab_qualifier), longest first, e.g. "重点".
_LAB_QUALIFIERS = tuple(sorted(word_list(_WORDS, "lab_qualifier"), key=len, reverse=True))
#: Verbs before the first listed field (lists.tsv lab_opener), e.g. "新建" (jieba: ns).
_LAB_OPENERS = tuple(word_list(_WORDS, "lab_opener"))
#: A listed field: two to six Chinese characters, e.g. "新材料", "旱区农业".
_LAB_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _shared_lab_heads(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Fields listed before one research body's qualifier or place and kind each name a body with that head
    (GUIDELINES coordination): 能源、新材料、旱区农业陕西实验室 → 能源陕西实验室, 新材料陕西实验室, …;
    省先进材料、智能制造重点实验室 → 省先进材料重点实验室, 省智能制造重点实验室 (the level opening the list is each's)."""
    text = clause.text
    out: list[Mention] = []
    if "、" not in text:
        return out  # every reading below needs a 、 before the kind's qualifier
    for km in _LAB_KINDS.finditer(text):
        k0 = km.start()
        q = next((text[k0 - n : k0] for n in (4, 3, 2) if k0 - n >= 0 and _province_or_city(text[k0 - n : k0])), "")
        if not q:
            q = next((w for w in _LAB_QUALIFIERS if text.endswith(w, 0, k0)), "")
        if not q:
            continue
        hs = k0 - len(q)
        j = text.rfind("、", 0, hs)
        if j < 0 or not _LAB_FIELD.fullmatch(text[j + 1 : hs]):
            continue
        items = [(j + 1, hs)]
        p = j
        while True:
            stop = max(text.rfind(c, 0, p) for c in "、，,。；;：:（）()“”")
            piece = text[stop + 1 : p]
            if stop >= 0 and text[stop] == "、" and _LAB_FIELD.fullmatch(piece):
                items.append((stop + 1, p))
                p = stop
                continue
            items.append((stop + 1, p))  # the first field, after the words that govern the list
            break
        first_start, first_end = items[-1]
        first = text[first_start:first_end]
        opener = next((w for w in _LAB_OPENERS if w in first), "")
        if opener:
            cut = first.rindex(opener) + len(opener)
            first_start, first = first_start + cut, first[cut:]
        else:
            toks = [t for t in tokens if clause.start + first_start <= t.start and t.end <= clause.start + first_end]
            gov = [x for x, t in enumerate(toks) if t.tag in VERB_TAGS or t.tag in STOP_TAGS or t.text in lex.lead_words or t.text in lex.cue_words]
            if gov:
                cut = toks[gov[-1]].end - clause.start - first_start
                first_start, first = first_start + cut, first[cut:]
        level = first[0] if first[:1] and first[0] in LEVEL_PREFIXES and len(first) >= 3 else ""
        if level:
            first_start, first = first_start + 1, first[1:]
        if not _LAB_FIELD.fullmatch(first) or len(items) < 2:
            continue
        if any(c in text[a:b] for a, b in items for c in "等和及与的"):
            continue  # 甲、乙等省级重点实验室: a list of kinds or fields counted, no names
        items[-1] = (first_start, first_end)
        spans = [(a, b) for a, b in items]
        if any(suffix_class(text[a:b], lex) is not None for a, b in spans[1:]) or any(
            f.cls is not ORG and f.start < clause.start + b and clause.start + a < f.end for f in found for a, b in spans
        ):
            continue  # 甲大学、乙重点实验室: an item with its own suffix is its own body
        shared = text[hs : km.end()]
        for a, b in spans:
            s = clause.start + a
            e = clause.start + b if (a, b) != spans[0] else clause.start + km.end()
            name = level + text[a:b] + shared
            out.append(Mention(ORG, name, text_of(clause, s, e), sentence, s, e, "coordination"))
    return out


def _province_or_city(word: str) -> bool:
    """Whether ``word`` names a province or a city (陕西, 山东省, 青岛), the place a listed lab kind is named after."""
    return any(d.level in ("province", "city") for c in ("", "省", "市") for d in gazetteer.division_by_name(word + c)) if not word.endswith(("省", "市")) else any(
        d.level in ("province", "city") for d in gazetteer.division_by_name(word)
    )


#: Bare phases right after a project's phase, e.g. "、二期" in "某某广场一期、二期建设", "、三期" in "某某城二期、三期".
_BARE_PHASES = re.compile(r"[、和及]([一二三四五六七八九十]|\d{1,2})期(?![工项])")

#: A phase closing a project's name, e.g. "一期" in "某某广场一期".
_NAME_PHASE = re.compile(r"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]|\d{1,2})期$")


def _bare_phases(found: list[Mention], clause: Clause, sentence: int) -> list[Mention]:
    """某某广场一期、二期: each bare phase after a project's phase is that project's phase (某某广场二期)."""
    out: list[Mention] = []
    for m in found:
        ph = _NAME_PHASE.search(m.name) if m.cls is PROJECT else None
        if ph is None or ph.start() < 2:
            continue
        pos = m.end - clause.start
        while bm := _BARE_PHASES.match(clause.text, pos):
            s, e = clause.start + bm.start() + 1, clause.start + bm.end()
            out.append(Mention(PROJECT, m.name[: ph.start()] + bm.group(0)[1:], bm.group(0)[1:], sentence, s, e, "coordination"))
            pos = bm.end()
    return out


#: Heads of a program that bare items before it share whole (lists.tsv program_head), longest first, e.g.
#: "体制改革" in "科技、教育体制改革".
_PROGRAM_HEADS = tuple(sorted(word_list(_WORDS, "program_head"), key=len, reverse=True))

def _shared_program_heads(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Bare items before a program that share its whole head (科技、教育体制改革 → 科技体制改革; 蓝天、碧水、
    净土保卫战 → 蓝天保卫战, 碧水保卫战), not just its last class word (科技改革); with the program's first
    word as long as the items, all after it (粮食、棉花流通体制改革 → 粮食流通体制改革). Each item is at most
    four characters or as long as the program's own stem, holds no mark or head of its own, and the first
    starts after a mark or the verb leading the list: 塑料薄膜覆盖、耕作制度改革 and 深化、完善代建制改革
    stay one."""
    out: list[Mention] = []
    if not any(m.cls is PROGRAM for m in found):
        return out  # only a program's head is shared: most clauses have none
    by_start = {t.start: i for i, t in enumerate(tokens)}
    for m in found:
        if m.cls is not PROGRAM:
            continue
        head = next((h for h in _PROGRAM_HEADS if m.name.endswith(h)), "")
        stem = m.name[: len(m.name) - len(head)]
        first = by_start.get(m.start)
        if not head or not 2 <= len(stem) <= 6 or first is None:
            continue
        items: list[tuple[str, int]] = []
        i = first
        while i >= 2 and tokens[i - 1].text == "、":
            k = i - 2
            while k >= 0 and tokens[k].tag not in ("w", "Q") and tokens[k].text != "、":
                k -= 1
            if k < 0 or tokens[k].text != "、":  # the first item: after the verb that leads the list (打好, 深化)
                k = next((j for j in range(i - 2, k, -1) if _leads_list(tokens[j], lex)), k)
            item_start = tokens[k + 1].start
            item = text_of(clause, item_start, tokens[i - 1].start)
            if not 2 <= len(item) <= max(4, len(stem)) or not patterns.HAN_RUN.fullmatch(item):
                break
            if any(o.start < tokens[i - 1].start and item_start < o.end for o in found):
                break
            items.append((item, item_start))
            i = k + 1
        word = tokens[first].text
        shared = m.name[len(word) :] if items and len(word) == len(items[0][0]) and len(word) < len(stem) else head
        for item, start in items:
            overlap = next((n for n in range(len(shared) - 1, 0, -1) if item.endswith(shared[:n])), 0)  # 文化体制、社会体制改革
            if not overlap and (item.endswith(_ITEM_HEADS) or suffix_class(item, lex) is not None and not lex.suffix_re.fullmatch(item)):
                break  # “放管服”改革、行政审批制度改革; 医疗保险制度、医疗卫生体制改革: the item has a head of its own
            out.append(Mention(PROGRAM, item + shared[overlap:], item, sentence, start, start + len(item), "coordination"))
    return out


#: Words that end an item with a head of its own, not the shared one, e.g. "制度" in "医疗保险制度、医疗卫生体制改革".
_ITEM_HEADS = ("改革", *{h[:2] for h in _PROGRAM_HEADS})


def _leads_list(token: Token, lex: Lexicon) -> bool:
    """Whether a token may stand right before the first item of a list: a verb, a cue (深化), a lead or
    boundary word, a function word (地)."""
    return token.tag in VERB_TAGS or token.tag in STOP_TAGS or any(token.text in words for words in (lex.lead_words, lex.boundary, lex.cue_words))


#: Level characters that end parallel strategies of a region, e.g. "县" in "生态立县、工业强县战略".
_LEVEL_ENDS = frozenset(gazetteer.division_ends("relative"))

#: Marks that may stand right before the first item of a list, e.g. "，" in "，工业强市、科技强市战略".
_LIST_OPENING_MARKS = frozenset("，,；;：:。“（(、")


def _parallel_program_items(found: list[Mention], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Items before a program that share its suffix (工业强市、科技强市战略 → 工业强市战略 too): each as long
    as the program's head and sharing two characters with it at its start or end (科创金融/绿色金融,
    藏粮于地/藏粮于技) or its level character (生态立县/工业强县), and the first opening after a mark or a verb (实施, 坚持); 薄膜覆盖、耕作制度改革 stays one."""
    out: list[Mention] = []
    text = clause.text
    for m in found:
        if m.cls is not PROGRAM or m.source != "suffix":
            continue
        suffix = lex.suffix_re.search(m.name, len(m.name) - 7 if len(m.name) > 7 else 0)
        if not suffix or suffix.end() != len(m.name):
            continue
        head = m.name[: suffix.start()]
        if not 3 <= len(head) <= 6:
            continue
        items: list[tuple[str, int]] = []
        end = m.start - clause.start  # where the item after the candidate starts
        while end - len(head) - 1 >= 0 and text[end - 1] == "、":
            start = end - 1 - len(head)
            item = text[start : end - 1]
            if not patterns.HAN_RUN.fullmatch(item) or not (
                item[:2] == head[:2] or item[-2:] == head[-2:] or item[-1] == head[-1] and item[-1] in _LEVEL_ENDS
            ):
                break
            items.append((item, start))
            end = start
        before = text[:end]
        if not items or not _opens_list(before, lex):
            continue  # 深化项目评审、人才评价、机构评估改革: the list goes on before the items compared
        for item, start in items:
            s = clause.start + start
            out.append(Mention(PROGRAM, item + suffix.group(0), item, sentence, s, s + len(item), "coordination"))
    return out


def _opens_list(before: str, lex: Lexicon) -> bool:
    """Whether a list may start right after ``before``: the clause's start, a mark, or a verb (实施, 坚持, 落实)."""
    if not before or before[-1] in _LIST_OPENING_MARKS:
        return True
    return any(before.endswith(w) for words in (lex.boundary, lex.lead_words, lex.cue_words) for w in words)


#: Program heads a list of bare items shares after 等 or a count (lists.tsv program_list_head), longest first.
_PROGRAM_LIST_HEADS = tuple(sorted(word_list(_WORDS, "program_list_head"), key=len, reverse=True))

#: The shared end of a programme list: 等 and/or a count, a qualifier, a program head not glued to a longer word,
#: e.g. "等专项行动" in "实施甲、乙等专项行动", "三大工程" in "推进甲、乙、丙三大工程", "等重点改革" in "深化甲、乙等重点改革"
#: followed by a mark or by its carrying out (not "等战略性新兴产业", "等试点县", "等战略环评", "等改革任务": the head
#: qualifies another noun there).
_PROGRAM_LIST_END = re.compile(
    r"(?:等(?:(?:[两二三四五六七八九十多]|\d+)[大项个])?|(?:[两二三四五六七八九十]|\d+)[大项])(?:重点|重大|重要)?("
    + "|".join(map(re.escape, _PROGRAM_LIST_HEADS))
    + r")(?=$|[^\u4e00-\u9fff]|建设|深入|扎实|顺利|有序|稳步|全面|纵深|持续|取得|加快|落地|实施|推进|开展|成效)"
)

#: A count before a list's shared head, e.g. "三项" in "三项工程", "十大" in "等十大工程".
_LIST_COUNT_BEFORE_HEAD = re.compile(r"(?:[两二三四五六七八九十]|\d+)[大项个]")

#: Values of the counts a programme list may give, e.g. "三" in "三项改革".
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2} | {str(i): i for i in range(1, 21)}

#: Verbs of carrying out that open a programme list (lists.tsv program_list_lead), e.g. "实施" in "大力实施甲、乙等行动".
_PROGRAM_LIST_LEAD = re.compile("|".join(map(re.escape, sorted(word_list(_WORDS, "program_list_lead"), key=len, reverse=True))))

#: Carrying out said right after a programme list that opens its clause, e.g. "深入开展" in "甲、乙等专项行动深入开展".
_PROGRAM_LIST_CARRIED = re.compile(r"(?:深入|扎实|顺利|有序|稳步|全面|纵深|持续)(?:实施|开展|推进|推开|落实)")

#: A list item in quotes, a name of its own the quoted-term rules read, e.g. "“甲乙”" in "实施“甲乙”、丙丁等工程".
_QUOTED_ITEM = re.compile(r"“[^“”]+”")

#: One item of a list, a 、 inside quotes kept in it, e.g. "“甲、乙”" in "实施“甲、乙”、丙等行动".
_LIST_ITEM = re.compile(r"(?:“[^“”]*”|[^、“”])+|(?<=、)(?=、|$)")

#: Words that make a list item a phrase, not a programme's stem, e.g. "的" in "甲的乙、丙等改革".
_PROGRAM_ITEM_STOP = re.compile(r"[的和与及等在对从把]")

#: The same, when the list's count equals its items: a conjunction then joins two fields of one item's name, e.g.
#: "城市更新和安全韧性提升" in "开展甲、乙、城市更新和安全韧性提升3项行动" (three items for 三项, none left over).
_COUNTED_ITEM_STOP = re.compile(r"[的等在对从把]")

#: A new round opening a list's first item, no part of its name, e.g. "新一轮" in "开展新一轮甲、乙等行动",
#: "第三轮" in "实施第三轮甲提升、乙整治两项行动".
_ROUND_OPENING = re.compile(r"(?:新一|第[一二三四五六七八九十\d]{1,2})轮|新一批")


def _program_list_items(found: list[Mention], clause: Clause, sentence: int, lex: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """Bare items of a list that share a program head after 等 or a count, each a programme of its own named item
    + head: 实施千企技改、数字化转型等行动 → 千企技改行动, 数字化转型行动; 推进甲、乙、丙三项改革 → 甲改革 …
    The list opens right after a verb of carrying out (实施, 开展, 深化, 落实) in its clause; every item is three to
    twelve characters of Chinese, no phrase (的, 和), no name of another class (甲县、乙区等试点) and no name with a
    suffix of its own (甲水库、乙大桥等工程: works); 教育、医疗等改革 (two-character fields) names no programme.
    Also returns the mentions the items replace: the last item read with the list's count (丙三大工程)."""
    out: list[Mention] = []
    replaced: list[Mention] = []
    text = clause.text
    if "、" not in text:
        return out, replaced  # a list's part before its head needs a 、: most clauses have none
    for m in _PROGRAM_LIST_END.finditer(text):
        head = m.group(1)
        if head == "工程" and not _LIST_COUNT_BEFORE_HEAD.search(m.group(0)):
            continue  # 推进甲供水调蓄、乙引水等工程建设, 抓好生态补水等重点工程: works or kinds of work (甲、乙三项工程 are programmes)
        seg_start = max(text.rfind(c, 0, m.start()) for c in "，,；;：:。（）()《》") + 1
        segment = text[seg_start : m.start()]
        if "、" not in segment:
            continue
        first_end = segment.index("、")
        leads = list(_PROGRAM_LIST_LEAD.finditer(segment, 0, first_end))
        if leads:
            start = leads[-1].end() + (segment[leads[-1].end() : leads[-1].end() + 1] in ("了", "好"))  # 实施了甲、乙三大行动
            if r := _ROUND_OPENING.match(segment, start):
                start = r.end()  # 开展新一轮甲、乙等行动: the round is no part of the first item's name
        elif _PROGRAM_LIST_CARRIED.match(text, m.end()):
            start = 0  # 甲、乙等专项行动深入开展: the list opens its clause, carried out after it
        else:
            continue  # 在甲、乙等试点: no verb of carrying out opens the list
        items: list[tuple[str, int]] = []
        pos = start
        for part in _LIST_ITEM.findall(segment, start):
            items.append((part, seg_start + pos))
            pos += len(part) + 1
        count = _LIST_COUNT_BEFORE_HEAD.match(m.group(0))
        last, last_at = items[-1] if items else ("", 0)
        if count and last.count("和") == 1 and _NUMERALS.get(count.group(0)[:-1], 0) == len(items) + 1:
            # 实施甲、乙和丙三大工程: 和 joins the last two items when the count says so (a count one short of
            # the 、 items); without a count 甲、乙和丙等改革 may be one joint reform (医保支付方式和医疗服务价格改革)
            before, after = last.split("和")
            items[-1:] = [(before, last_at), (after, last_at + len(before) + 1)]
        quoted = [bool(_QUOTED_ITEM.fullmatch(item)) for item, _ in items]
        exact = count is not None and _NUMERALS.get(count.group(0)[:-1], 0) == len(items)
        stop = _COUNTED_ITEM_STOP if exact and len(items) >= 3 else _PROGRAM_ITEM_STOP
        if len(items) < 2 or all(quoted) or any(
            not q and (not 3 <= len(item) <= 12 or not patterns.HAN_RUN.fullmatch(item) or stop.search(item)
            or item in lex.generic_words or item in lex.generic_names or suffix_class(item, lex) not in (None, PROGRAM))
            for (item, _), q in zip(items, quoted)
        ):
            continue
        if count and _NUMERALS.get(count.group(0)[:-1], 0) != len(items):
            continue  # 实施甲、乙三大工程: without 等 the count is of the items; two items for three name no list of them
        spans = [(clause.start + s, clause.start + s + len(item)) for item, s in items]
        if any(o.cls is not PROGRAM and o.start < e and s < o.end and not _field_inside(o, s, e) for o in found for s, e in spans):
            continue  # 甲县、乙区等试点: the items are places, not programmes
        list_end = clause.start + m.end()
        for (item, _), (s, e), q in zip(items, spans, quoted):
            counted = [
                o for o in found if o.cls is PROGRAM and o.start == s and (
                    o.end == list_end and _LIST_COUNT_BEFORE_HEAD.search(o.name) or o.end == e and head == "改革" and o.name.endswith("制度")
                )
            ]  # (甲、养老保险制度、乙三项改革: the system read alone is the item of its reform, 养老保险制度改革)
            if q or any(o.start < e and s < o.end for o in found if o not in counted and not _field_inside(o, s, e)):
                continue  # the item is a programme found already (乡村振兴), or quoted: its own name (“甲”、乙等工程)
            replaced += counted  # 甲、乙和丙三大工程: the last item was read with the list's count (丙三大工程), it is 丙工程
            out.append(Mention(PROGRAM, item + head, item, sentence, s, e, "coordination"))
    return out, replaced


def _field_inside(o: Mention, s: int, e: int) -> bool:
    """Whether a place ``o`` lies inside the list item at ``s``-``e`` with two or more characters of the item after
    it, so that the item is a programme's field that names the place (某某都市圈培育 in 开展甲、某某都市圈培育、乙
    3项行动), not the place itself (甲县、乙区等试点) or a run of places."""
    return o.cls is PLACE and s <= o.start and o.end <= e - 2


#: A full division name at the start of a name, e.g. "德保县" in "德保县人民医院".
_DIVISION_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|县|区|市|旗|镇|乡)")


#: The run of characters before a 、 that ends a bare item of a road list, after a clause break or an
#: earlier 、, e.g. "力争延安东绕城" in "力争延安东绕城、洛卢高速公路".
_BARE_RUN = re.compile(r"(?:^|[、，,。；;：:])([\u4e00-\u9fff]{2,10})、$")


def _bare_road_items(m: Mention, shared: str, found: list[Mention], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """Bare items before a road or railway whose name completes them, found by characters where jieba
    split an item or a place name opens it: 周驻南、息邢高速 → 周驻南高速; 力争延安东绕城、洛卢高速公路
    → 延安东绕城高速公路 (words of aim or verbs opening the run are dropped)."""
    if any(f.start <= m.start and f.end > m.end for f in found):
        return []  # 甲、乙铁路物流园: the road's name opens a longer name, which the items do not share
    if _NEGATION.search(m.name):
        return []  # 甲、乙结束不通高铁历史: a clause about the places, no road's name to share
    out: list[Mention] = []
    end = m.start - clause.start - 1  # the 、 before the named road
    while (run := _BARE_RUN.search(clause.text, 0, end + 1)) is not None:
        toks = tokenize(run.group(1))
        k = 0
        while k < len(toks) and (toks[k].tag.startswith("v") or toks[k].text in lex.lead_words or toks[k].text in lex.cue_words or toks[k].text in lex.boundary):
            k += 1
        item = run.group(1)[toks[k].start :] if k < len(toks) else ""
        s = clause.start + end - len(item)
        if not 2 <= len(item) <= 5 or item.endswith(_JOIN_STOPS) or item.endswith(_WORK_ENDS) or suffix_class(item, lex) is not None or item in lex.generic_words or item in lex.generic_names:
            break
        if not any(is_proper_token(t) for t in toks[k:]):
            break  # 地铁、甲高速公路, 重大水利、中西部铁路: a kind of work, not a bare name
        if any(f.start < s + len(item) and s < f.end and not (s <= f.start and f.end <= s + len(item) and f.cls is PLACE) for f in found):
            break  # a name of its own (a place opening the item is its prefix)
        out.append(Mention(PROJECT, item + shared, item, sentence, s, s + len(item), "coordination"))
        if k > 0 or run.start(1) == 0 or clause.text[run.start()] != "、":
            break
        end = run.start()
    return out


def _shared_after_places(found: list[Mention], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """甲区、乙县人民医院 → 甲区人民医院 too: places listed before one that heads a name share its rest."""
    out: list[Mention] = []
    text = clause.text
    for m in found:
        if m.cls not in (ORG, PROJECT) or m.source != "suffix":
            continue
        head = _DIVISION_HEAD.match(m.name)
        short = 0
        if not head and m.cls is PROJECT:
            short = next((k for k in (3, 2) if len(m.name) - k >= 4 and _short_division(m.name[:k])), 0)  # 甲、佛坪抽水蓄能项目
            if short and (_NEGATION.search(m.name, short) or any(t.text in lex.boundary for t in tokenize(m.name[short:]))):
                short = 0  # 甲、乙建设某某基地, 甲、乙结束不通高铁历史: the places act, the words after them name no works
        if not short and (not head or not gazetteer.division_by_name(head.group(0)) or len(m.name) - head.end() < 2):
            continue
        rest = m.name[short or (head.end() if head else 0) :]
        pos = m.start - clause.start
        while pos > 0 and text[pos - 1] == "、":
            before = text[: pos - 1]
            if short:
                last = tokenize(before[-6:])[-1]  # a place as jieba reads it (新建 is a verb, though also a district's name)
                opener = _ITEM_OPENER.fullmatch(last.text) is not None and last.text != ""  # 新建 (jieba tags it a place) opens an item
                name = last.text if last.tag in ("ns", "nr", "nz", "j") and len(last.text) in (2, 3) and not opener and _short_division(last.text) else None
            else:
                name = next((before[-k:] for k in range(7, 1, -1) if len(before) >= k and before.endswith(_DIVISION_CHARS)
                             and any(d.level != "town" and d.name == before[-k:] for d in gazetteer.division_by_name(before[-k:]))), None)
            if name is None:
                break
            s = clause.start + pos - 1 - len(name)
            out.append(Mention(m.cls, name + rest, name, sentence, s, s + len(name), "coordination"))
            pos = pos - 1 - len(name)
    return out


#: A negation, which no works' name holds after its place, e.g. "不" in "某地结束不通高铁".
_NEGATION = re.compile(r"[不未无]")


def _short_division(word: str) -> bool:
    """Whether a word is the short name of a county or city (山阳 for 山阳县), not of a town."""
    return any(d.level in ("county", "city") for c in ("县", "市", "区") for d in gazetteer.division_by_name(word + c))


#: Endings that make an item before a shared class word a name of its own, e.g. "村" in "径口村、某某林场".
_OWN_NAME_ENDS = tuple(word_list(_WORDS, "own_name_end"))

#: A tier word that opens the kind listed places share, e.g. "国家" in "甲、乙国家文化公园", "省级" in
#: "甲、乙省级高新区" (a place's name never goes on with these words).
_TIER_AFTER_ITEM = re.compile("国家级?|省级|国际")

#: Last characters of a river's or lake's name, e.g. "江" in "甲江和乙江流域", "水" in "甲水和乙水流域".
_WATER_NAME_ENDS = "江河湖溪水"


def _water_pair(m: Mention, tokens: Sequence[Token], i: int, suf: str) -> bool:
    """甲江和乙江流域 → 甲江流域 too: two rivers or lakes joined by 和/及 before a shared basin word (as
    甲江、乙江流域); only for waters, as 甲和乙新区 may name one region's zone (长三角和某某新区 is no 长三角新区)."""
    h, t = tokens[i - 2], tokens[i]
    return m.cls is PLACE and suf.startswith(("流域", "水系")) and tokens[i - 1].text in ("和", "及", "与") and (
        2 <= len(h.text) <= 4 and h.text[-1] in _WATER_NAME_ENDS and t.text[-1:] in _WATER_NAME_ENDS and m.name.startswith(t.text)
    )


#: Level words before a body's name, e.g. "自治区" in "自治区人大", "市" in "市中医院".
_LEVEL_WORDS = frozenset({"自治区", *LEVEL_PREFIXES})

#: Last characters of a full county-level division name (田阳区, 德保县).
_DIVISION_CHARS = gazetteer.division_ends("county")


def _list_siblings(found: list[Mention], tokens: Sequence[Token], sentence: int, lex: Lexicon) -> list[Mention]:
    """In 甲集团、乙、丙集团等, the bare item 乙 is an organization like its neighbours; so is a
    list's first or last item beside one (聘请甲、乙集团; 乙集团、丙等龙头) when jieba reads a name in it."""
    out: list[Mention] = []
    org_ends = {m.end for m in found if m.cls is ORG}
    if not org_ends:
        return out  # no organization, no sibling: the token tables below are not built
    # a whole neighbour, or one its verb follows (甲、乙集团编制…), that no generic kind is (拟上市公司)
    after = {t.start: t for t in tokens}
    # 政协 of 政协提案 ends inside jieba's word: the body qualifies a kind (a proposal), it leads no list of bodies
    token_ends = {t.end for t in tokens}
    org_starts = {
        m.start for m in found if m.cls is ORG and m.name not in lex.generic_names and not m.name.endswith("上市公司") and m.end in token_ends and (
            m.end not in after or after[m.end].tag in ("v", "vn", "w", "d", "p", "u", "uj", "c")
        )
    }
    covered = [(m.start, m.end) for m in found]
    # items: maximal runs of non-punctuation tokens separated by 、 (with their tokens)
    items: list[tuple[int, int, str, list[Token]]] = []
    cur: list[Token] = []
    for t in list(tokens) + [Token("，", 0, 0, "w")]:
        if t.tag == "w" or t.tag == "Q":
            if cur:
                items.append((cur[0].start, cur[-1].end, "".join(c.text for c in cur), cur))
            cur = []
            if t.text != "、":
                items.append((-1, -1, "", []))
            continue
        cur.append(t)
    for k, (s, e, txt, toks) in enumerate(items):
        if s < 0 or any(cs <= s < ce or cs < e <= ce for cs, ce in covered):
            continue
        prev_org = k > 0 and items[k - 1][0] >= 0 and items[k - 1][1] in org_ends
        next_org = k + 1 < len(items) and items[k + 1][0] >= 0 and items[k + 1][1] in org_ends
        first = k == 0 or items[k - 1][0] < 0
        last = k + 1 == len(items) or items[k + 1][0] < 0
        if not (prev_org and next_org):
            if first and k + 1 < len(items) and items[k + 1][0] in org_starts:  # 聘请/甲、乙集团编制: the verb before the list is no part of the name
                while toks and (toks[0].tag in _LEAD_TAGS or toks[0].text in lex.boundary):  # 做强/x: a verb jieba does not know
                    toks = toks[1:]
            elif last and prev_org and any(t.text.startswith("等") for t in toks):  # 乙集团、丙等龙头: the name ends at 等
                toks = toks[: next(i for i, t in enumerate(toks) if t.text.startswith("等"))]
            else:
                continue
            if not toks or not any(t.tag in _NAME_TAGS or t.tag in ("x", "j") for t in toks) or toks[-1].text.endswith(_KIND_ENDS):
                continue  # 推进改革、某某集团: no name jieba reads; 本地企业: a kind
            s, e, txt = toks[0].start, toks[-1].end, "".join(t.text for t in toks)
            if any(cs <= s < ce or cs < e <= ce for cs, ce in covered):
                continue
        if 2 <= len(txt) <= 6 and patterns.HAN_RUN.fullmatch(txt):
            if txt not in lex.generic_names and not any(w in txt for w in ("等", "和", "及")) and not _person_or_team(txt, lex):  # 某某总书记、党中央: a person
                out.append(Mention(ORG, txt, txt, sentence, s, e, "list-sibling"))
    return out


#: Tags of the words that lead a list rather than open its first item: verbs, prepositions, adverbs (聘请/v, 与/p).
_LEAD_TAGS = frozenset({"v", "vn", "p", "c", "d", "ad", "a", "uj", "u", "m", "q", "f"})

#: Endings of a list item that make it a kind of firms or bodies, not one (本地企业, 金融机构).
_KIND_ENDS = ("企业", "机构", "单位", "行业", "院校", "高校", "部门", "公司", "集团", "产业", "龙头")


#: Heads after a list of partners that make them regions, e.g. "等区域".
_REGION_HEADS = word_list(_WORDS, "region_head")

#: Heads after which each item needs a name of its own, e.g. "区域" (医院、公园等重点区域).
_STRICT_HEADS = frozenset(word_list(_WORDS, "strict_head"))

#: Tags of adjectives and adverbs, which alone name nothing, e.g. "友好/a" in "友好合作".
_QUALITY_TAGS = frozenset({"a", "ad", "an", "d"})

#: Organization heads whose items are mostly fields (lists.tsv kind_head), e.g. "机构" in "保险、证券、风投等机构".
_KIND_HEADS = frozenset(word_list(_WORDS, "kind_head"))

#: Tags of words jieba knows as names: places, persons, organizations, other proper nouns, Latin words.
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "eng"})
#: Enterprise certification labels (honors.tsv certified_label), e.g. "瞪羚企业": a bare 瞪羚 in a list of firms is the label.
_CERTIFIED_LABELS = frozenset(word_list("rules/entities/honors.tsv", "certified_label"))

#: Project list heads that complete a bare item's name, e.g. 高速公路 in "甲至乙、丙等高速公路".
_NAME_HEADS = frozenset(word_list(_WORDS, "name_head"))

#: Heads of a planned area that complete each bare place item listed before them, from known.tsv area_tail, e.g.
#: "片区" in "甲、乙、丙等片区" (甲片区, not the street 甲街道 that shares its short form).
_AREA_HEADS = frozenset(word_list("rules/entities/known.tsv", "area_tail"))

#: Full endings of a division (镇, 县 …) and of a street, village or community, which make a listed item a division of its own, no area's short form.
_FULL_DIVISION_ENDS = (*gazetteer.division_ends("full_end"), "街道", "村", "社区")

#: Item endings that name a facility or section already, e.g. 站 in "某某南站、甲等高铁项目".
_JOIN_STOPS = tuple(word_list(_WORDS, "join_stop"))

#: A name head right after 等 and its count, behind at most a scale word, e.g. "大型水库" in
#: "甲、乙等大型水库", "高速公路项目" in "甲至乙等高速公路项目" (not "城际铁路": 城际 is part of the kind).
_NAME_HEAD_RE = re.compile(
    r"^(?:大中型|大型|中型|小型|重点|骨干)?(" + "|".join(map(re.escape, sorted(_NAME_HEADS, key=len, reverse=True))) + ")"
)


#: The head a coordinated project shares with the bare items before it, with its scale word, e.g.
#: "大型灌区" in "甲、乙大型灌区", "水电站" in "甲、乙水电站".
_SHARED_TAIL = re.compile(
    r"(?:大中型|大型|中型|小型)?(?:" + "|".join(map(re.escape, sorted(_NAME_HEADS, key=len, reverse=True))) + ")$"
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

#: Project list heads after which an item that ends in an activity is a kind of work or a programme
#: (lists.tsv activity_head), e.g. 工程 in "实施天然林保护、防沙治沙等重大生态工程".
_ACTIVITY_HEADS = frozenset(word_list(_WORDS, "activity_head"))

#: Prepositions opening a project list that jieba glues to an unknown first name (lists.tsv glued_preposition),
#: e.g. "对" in "对程成超声、辰力索具等新开工项目" (jieba: 对程成|超声).
_GLUED_PREPOSITIONS = frozenset(word_list(_WORDS, "glued_preposition"))

#: Project heads that may stand further from 等, after a kind of trade, e.g. "项目" in "等一批农畜产品加工项目".
_FAR_HEADS = ("项目",)

#: Words between 等 and a far project head that make the items kinds or fields, not works (lists.tsv
#: far_head_stop), e.g. "基础设施" in "铁路、港口等重大基础设施项目", "领域" in "等领域打造一批示范项目".
_FAR_HEAD_STOPS = tuple(word_list(_WORDS, "far_head_stop"))


def _far_head_ok(between: str, lex: Lexicon) -> bool:
    """Whether the words between 等 and a project head further off qualify a trade (等一批农畜产品加工项目),
    not a field, a kind of facility or a clause of its own (等领域打造一批示范项目, 等方面不符合标准的项目)."""
    if "的" in between or any(w in between for w in _FAR_HEAD_STOPS):
        return False
    return not any(t.text in lex.lead_words or t.text in lex.cue_words or t.text in _FAR_HEAD_STOPS for t in tokenize(between))


#: Construction milestones right after 等 with no head (lists.tsv built_after), e.g. "开工" in "甲、乙二期等开工建设".
_BUILT_AFTER = tuple(word_list(_WORDS, "built_after"))

#: An item ending in a bare number, e.g. "16号" in "轨道14号、16号、3号线东延等建成使用".
_BARE_NUMBER_ITEM = re.compile(r"\d+号$")
#: Nouns right after 等 that name what the items are (lists.tsv kind_between), e.g. "领域" in "等领域优势企业".
_KIND_BETWEEN = tuple(word_list(_WORDS, "kind_between"))

#: A qualifier of the kind word after 等 and its count, e.g. "重点" in "风电光伏、新型储能等11个重点领域项目".
_KIND_QUALIFIER = re.compile(r"^(?:重点|重大|主要|关键|新兴|优势|特色)")


def _kind_qualifier_end(window: str) -> int:
    """Where the kind word after a list's 等 may start: after a qualifier (重点领域项目), else at the start."""
    q = _KIND_QUALIFIER.match(window)
    return q.end() if q else 0


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
            rest = _QUOTED_QUALIFIER.sub(r"\1\2", rest)  # 等一批重大“风口”产业项目: the quoted word qualifies the head
            window = "" if rest.startswith("、") else _LIST_STOP.split(rest, maxsplit=1)[0][:10]  # 甲109个、乙: the next item, no head
            best = None
            for h in heads:
                i = window.find(h)
                if i >= 0 and lex.suffix_re.match(window, i + len(h)):
                    continue  # 等7个社区公园: 社区 only qualifies the head 公园
                if i >= 0 and heads[h] is PLACE and rest[i + len(h) :].startswith(_HEAD_MODIFIER):
                    continue  # 等区域中心城市: 区域 qualifies another noun, it is not the items' kind
                if i > 0 and len(h) == 1 and (tag := _dictionary_tag(window[i - 1 : i + 1])) is not None and tag not in _NAME_TAGS:
                    continue  # 等数字乡村新产业: 村 ends the common word 乡村, no head of villages (城中村: jieba's 中村 is a name)
                if 0 <= i <= 5 and (best is None or (i + len(h), len(h)) < (best[0] + len(best[1]), -len(best[1]))):
                    best = (i, h)
            far = next((window.find(h) for h in _FAR_HEADS if 5 < window.find(h) <= 8), -1) if best is None and m.group(0) == "等" else -1
            if far > 0 and _dictionary_tag(text[p : p + 3]) is None and _far_head_ok(window[:far], lex):
                best = (far, window[far : far + 2])  # 等一批农畜产品加工项目: no nearer head, the project head further off
            if best is not None:
                cls = heads[best[1]]
            elif m.group(0) == "等" and after.startswith(_BUILT_AFTER):
                cls = PROJECT  # 甲二期、乙高铁等开工建设: no head, the milestone makes the items works
        if cls is None or m.group(0) != "等" and not _LIST_COUNT.match(after) and cls is not ORG:
            continue
        if cls in (ORG, PROJECT) and best is not None and best[0] > 0 and window[_kind_qualifier_end(window) :].startswith(_KIND_BETWEEN):
            continue  # 大数据、物联网等领域优势企业, 制造、封测、装备等领域项目, 甲、乙等11个重点领域项目: the items are fields
        if best is not None and _kinds_of_qualifier(window[: best[0]], text[:p]):
            continue  # 研发总部、贸易总部等总部企业: kinds of headquarters, no firm's name
        # 等一批农畜产品加工项目: a head further off follows a kind of trade or field; each item needs a name of its own
        strict = best is not None and (best[1] in _STRICT_HEADS or best[0] > 5)
        kinds = best is not None and best[1] in _KIND_HEADS
        counted = m.group(0) == "等" and cls is PROJECT and _COUNTED.match(after) is not None
        joined = _joined_head(window) if cls is PROJECT and best is not None else ""
        if cls is PLACE and best is not None and m.group(0) == "等" and after.startswith(best[1]) and best[1] in _AREA_HEADS:
            joined = best[1]  # 甲、乙、丙等片区 → 甲片区 …: the planned areas the items name, not the streets or towns named alike
            # (a count between, 甲、乙三个片区, is counted_kind_items' to weigh)
        activity = cls is PROJECT and best is not None and best[1] in _ACTIVITY_HEADS
        out += _list_items(
            text[:p], 0, cls, found, clause, sentence, doc, lex, single_ok=m.group(0) == "等", strict=strict, counted=counted, name_head=joined,
            kinds=kinds, activity=activity, road_head=cls is PROJECT and best is not None and best[1].endswith(ROAD_ENDS),
        )
    for m in _AS_BODY.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if _issuer_town(item, doc.meta.region_code):
                s = clause.start + pos
                out.append(Mention(PLACE, item, item, sentence, s, s + len(item), "list"))
            pos += len(item) + 1
    hm = _HOLDER_FIRST.match(text)
    if hm and _persons_honored(hm.group(1), text, hm.end(), lex):
        hm = None  # 王某某获评全国劳动模范: a person holds the title, no body
    if hm and not _HOLDER_ADVERBIAL.search(hm.group(1)) and not any(t.tag[:1] in ("v", "f", "p", "d") for t in tokenize(hm.group(1))) and _cue_word(
        hm, tokens, found, clause
    ):
        out += _list_items(hm.group(1), 0, ORG, found, clause, sentence, doc, lex, single_ok=True)
    lm = _LIST_HOLDERS.match(text)
    title = next((f for f in sorted(found, key=lambda f: f.start) if f.cls is HONOR and f.start >= clause.start + lm.end()), None) if lm else None
    if lm and title and not _persons_honored(lm.group(1), text, lm.end(), lex) and not _HOLDER_ADVERBIAL.search(lm.group(1)) and not _COUNT_INSIDE.search(lm.group(1)):
        # 甲、乙分别荣获某奖: listed holders, when the cue is followed by a title; places when the title is a place's
        held = PLACE if title.name.removesuffix("提名").endswith(_DIVISION_TITLE_ENDS) else ORG  # 甲、乙获全国文明城市提名
        *bare, last = lm.group(1).split("、")
        head = next((h for h in _SHARED_HEADS if last.endswith(h) and len(last) > len(h) + 1), "")  # 甲、乙社区: 甲社区
        if any(b.endswith(_PLACE_ENDS) or suffix_class(b, lex) is not None for b in bare):
            head = ""  # 甲村、乙村: each item has its head
        out += _list_items(lm.group(1), 0, held, found, clause, sentence, doc, lex, single_ok=False, strict=True, name_head=head)
    out += _opening_holder(found, clause, sentence, doc, lex)
    out += _partner_counties(found, clause, sentence)
    rm = _RANK_HOLDERS.match(text)
    if rm and not _HOLDER_ADVERBIAL.search(rm.group(1)) and not _COUNT_INSIDE.search(rm.group(1)):  # 新增2—3家地方国企进入…: a count, no names
        out += _list_items(rm.group(1), 0, ORG, found, clause, sentence, doc, lex, single_ok=True)
    out += _company_subject(found, clause, sentence, doc, lex)
    out += _listed_on_exchange(found, clause, sentence, doc, lex)
    for m in _PARTNER_START.finditer(text):
        seg = _LIST_STOP.split(text[m.end() :], maxsplit=1)[0]
        cut = min((m2.start() for m2 in _PARTNER_END_RE.finditer(seg) if m2.start() > 0), default=-1)
        if cut > 0 and _COUNTY_HEAD.match(seg, cut) and any(w in text[m.end() : m.end() + len(seg) + 12] for w in _COOPERATION_WORDS):
            out += _listed_counties(seg[:cut], clause.start + m.end(), sentence, doc)
            continue  # 与甲、乙、丙等周边县（市、区）合作: the partners are counties by their short forms, no bodies
        if cut <= 0 or not any(w in seg for w in _COOPERATION_WORDS):
            continue
        while manner := next((w for w in _PARTNER_MANNERS if seg.endswith(w, 0, cut) and cut - len(w) >= 2 and seg[cut - len(w) - 1] != "、"), ""):
            cut -= len(manner)  # 与某国友好合作, 与某某研究机构全面合作: the manner is no part of the last partner's name
        if any(w in seg[cut : cut + 8] for w in _REGION_HEADS) or seg[:cut].endswith(_REGION_HEADS):
            continue  # 与成渝贵昆等区域合作, 与欧美发达国家互利合作: the partners are regions
        if 2 <= len(seg[:cut]) <= 4 and all(c in _REGION_ABBRS for c in seg[:cut]):
            continue  # 与闽赣合作, 与欧美等发达经济体合作: regions by their short forms
        fm = _PARTNER_FIELD_END.search(seg, 0, cut)
        field = fm.group() if fm else ""
        if field and "、" not in seg[:cut]:
            continue  # 与港澳地区教育合作, 与台湾经贸交流: a field of cooperation with a region
        if field and not seg[: cut - len(field)].endswith("、"):
            cut -= len(field)  # 与香港、澳门经贸交流合作: the field closes the list, the last partner is 澳门
            last = seg[:cut].rsplit("、", 1)[-1]
            if suffix_class(last, lex) is None and not any(is_proper_token(t) for t in tokenize(last)):
                cut = seg.rindex("、", 0, cut)  # 与葡语系国家、地区经贸往来: the last word before the field names no partner
        pair = _PARTNER_START.search(seg, 1, cut)
        if pair and "、" in seg[: pair.start()]:
            cut = seg.rindex("、", 0, pair.start())  # 甲与乙、丙与丁合作: 丙 starts another pair
        out += _list_items(text[: m.end() + cut], m.end(), ORG, found, clause, sentence, doc, lex, single_ok=True)
    # 引进世界500强、中国500强等企业: a ranking names a group of firms, no firm
    out = _headed_first(out)
    return [m for m in out if not _person_or_team(m.name, lex) and not (m.cls is ORG and _RANKING_ITEM.search(m.name))]


def _headed_first(out: list[Mention]) -> list[Mention]:
    """One item read by two lists keeps the name that took its own list's head: in 甲、乙等高铁和丙等货运铁路 the
    second list runs back over the first, whose items 甲高铁, 乙高铁 are named by their head, not bare 甲, 乙."""
    headed = {(m.start, m.end, m.cls) for m in out if m.source == "list" and len(m.name) > m.end - m.start}
    return [
        m for m in out
        if not (m.source == "list" and len(m.name) == m.end - m.start and (m.start, m.end, m.cls) in headed)
    ]


#: Tags of set phrases and idioms, e.g. "l" of "发展壮大" in "发展壮大甲、乙等企业".
_SET_PHRASE_TAGS = ("l", "i")

#: A ranking as a list item, e.g. "世界500强" in "引进世界500强、中国500强等企业", "百强" in "民企百强".
_RANKING_ITEM = re.compile(r"(?:\d+|[十百千])强$")


#: Ends of industrial estates (built.tsv estate_end), which stay places only when a place opens them or they are
#: generic (names.place_estate), e.g. "产业园" in "某县光电产业园".
_ESTATE_ITEM_ENDS = frozenset(word_list("rules/entities/built.tsv", "estate_end"))

#: Ends of zones and industrial estates that a list of works does not make works (built.tsv zone_end and
#: estate_end, less the parks a construction verb makes works), e.g. "生态城" in "甲新区、某某生态城等重点建设工程".
_ZONE_ITEM_ENDS = tuple(
    w
    for w in word_list("rules/entities/built.tsv", "zone_end") + word_list("rules/entities/built.tsv", "estate_end")
    if w not in word_list("rules/entities/built.tsv", "park_end")
)


#: An investment signed or landed after a list of projects, e.g. "签约" in "某某产业园等一批重大项目签约落地".
_SIGNED_AFTER = re.compile(r"签约|落地|落户")


#: A person by the title before or after the name, or a team, ending an item (lists.tsv person_title), e.g.
#: "创始人汪某" in "某某科技创始人汪某", "院士" in "李某院士", "院士团队" in "李某院士团队".
_PERSON_END = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(word_list(_WORDS, "person_title"), key=len, reverse=True))) + r")(?P<rest>[\u4e00-\u9fff]{0,3})$"
)


def _person_or_team(name: str, lex: Lexicon) -> bool:
    """Whether a listed name is a person or a research team (某某创始人汪某, 李某院士团队): no entity of
    any class. A class suffix after the title (某某院士工作站) makes it a body's name."""
    m = _PERSON_END.search(name)
    return m is not None and len(m.group("rest")) != 1 and suffix_class(name, lex) is None


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
    r"(?:^|(?<=[，,]))(?:(?:成功|签约|积极)?(?:引进|招引|引入))?([^、，,。；;：:“”《》（）()\s等]{4,10}?)(?:" + "|".join(map(re.escape, word_list(_WORDS, "company_verb"))) + ")"
)

#: Firms brought in, listed after 引进 up to the clause's end with no head noun, e.g. "某科能源、某泰科技" in
#: "成功引进某科能源、某泰科技。" (each item a company's short name by its trade word, else none is taken).
_BROUGHT_IN = re.compile(r"(?:^|(?<=[，,；;]))(?:成功|签约|积极)?(?:引进|招引|引入)([^，,。；;：:“”《》（）()\s等]{4,40}?)[。！!]?$")

#: Industry words that end a company's short name (某某汽车, 某某铜业).
_TRADE_WORDS = tuple(word_list(_WORDS, "trade_word"))

#: Words of products, processes and industries: a project-list item made of them only is a kind of industry, e.g.
#: "煤制" + "芳烃" in "煤制芳烃、芯片封装测试等项目" (no works; 某某新材料 keeps a firm's name).
_INDUSTRY_KINDS = frozenset(word_list(_WORDS, "industry_kind"))


#: A name opening a clause or a list item right before going public on a board or exchange (lists.tsv listing_verb),
#: e.g. "某某光" in "某某光在创业板上市", "某某房车" in "、某某房车新三板挂牌".
_LISTING = re.compile(
    r"(?:^|(?<=、))([^、，,。；;：:“”《》（）()\s等的]{2,8}?)(?:" + "|".join(map(re.escape, word_list(_WORDS, "listing_verb"))) + ")"
)

#: Endings of what else goes public or is listed (lists.tsv listed_not_firm), e.g. "基金", "产品", "企业".
_LISTED_NOT_FIRMS = tuple(word_list(_WORDS, "listed_not_firm"))


def _listed_on_exchange(found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """A company by its brand name, going public (某某光在创业板上市, 某某房车新三板挂牌): only a company lists
    on a board, so no trade word is needed; no place, count, kind, governing word or listed product."""
    out: list[Mention] = []
    for m in _LISTING.finditer(clause.text):
        name = m.group(1)
        if not (patterns.HAN_RUN.fullmatch(name) or _LATIN_NAME.fullmatch(name)) or name.endswith(_LISTED_NOT_FIRMS) or name in lex.generic_names:
            continue  # 3家企业, 某某基金, 创新药: counted firms or another thing listed
        toks = tokenize(name)
        s = clause.start + m.start(1)
        if len(toks) > 1 and toks[0].tag == "t":
            s, name, toks = s + len(toks[0].text), name[len(toks[0].text) :], toks[1:]  # 今年|某某房车: a time word opens the clause
        if len(name) < 2 or toks[0].text in lex.generic_words or any(
            t.text in lex.lead_words or t.text in lex.boundary or t.tag[:1] in ("v", "m", "r", "d", "p", "c", "f") for t in toks
        ):
            continue  # 推动企业, 新增5家: not a company's own name (generic words may follow the brand: 某远新材料)
        if name[-1] in LEVEL_PREFIXES or lookup(name, doc, lex) is not None:
            continue  # 全市, 某某县: a place
        e = clause.start + m.end(1)
        if any(f.start <= s and e <= f.end for f in found):
            continue
        out.append(Mention(ORG, name, name, sentence, s, e, "company-verb"))
    return out


def _company_subject(found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """The company opening a clause or a comma's part before a company's verb (某某机械产值突破百亿, 引进某某汽车落户…):
    a proper head and a trade word, no place, count or governing word; the firms listed after 引进 closing the clause."""
    bm = _BROUGHT_IN.search(clause.text) if "引" in clause.text else None  # the pattern needs 引进, 招引 or 引入
    out: list[Mention] = _brought_in(bm, found, clause, sentence, doc, lex) if bm is not None else []
    for m in _COMPANY_FIRST.finditer(clause.text):
        name = m.group(1)
        s, e = clause.start + m.start(1), clause.start + m.end(1)
        if _short_firm(name, doc, lex) and not any(f.start <= s and e <= f.end for f in found + out):
            out.append(Mention(ORG, name, name, sentence, s, e, "company-verb"))
    return out


def _short_firm(name: str, doc: Document, lex: Lexicon) -> bool:
    """Whether a name is a company's short name: a proper head of two to four characters and a trade word (某某汽车)."""
    trade = next((w for w in _TRADE_WORDS if name.endswith(w)), "")
    head = name[: -len(trade)] if trade else ""
    if not 2 <= len(head) <= 4 or not patterns.HAN_RUN.fullmatch(head):
        return False
    if any(t.text in lex.lead_words or t.text in lex.boundary or t.text in lex.generic_words or t.tag[:1] in ("v", "m", "r", "d", "p") for t in tokenize(head)):
        return False
    return not (head[-1] in LEVEL_PREFIXES or lookup(head, doc, lex) is not None or lookup(name, doc, lex) is not None)


def _brought_in(m: re.Match[str], found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """The firms of a list closing the clause after 引进 (成功引进某科能源、某泰科技): each item a company's short
    name, or none taken (引进人才、资金 lists no firm)."""
    items = m.group(1).split("、")
    if not all(_short_firm(i, doc, lex) for i in items):
        return []
    out, pos = [], clause.start + m.start(1)
    for item in items:
        if not any(f.start <= pos and pos + len(item) <= f.end for f in found):
            out.append(Mention(ORG, item, item, sentence, pos, pos + len(item), "company-verb"))
        pos += len(item) + 1
    return out


#: Endings of a natural feature's or site's name (known.tsv feature_word) that make a listed holder a place, e.g. "湖" in "某某湖入选…".
_FEATURE_ENDS = tuple(FEATURE_WORDS)

#: Endings of a listed holder that make it a place, e.g. "村" in "某县某村入选…".
_PLACE_ENDS = word_list(_WORDS, "place_end")

#: A count inside a list item, e.g. "项目2个" (a level or kind closing it, 百亿级, but not 升级 "upgrade").
#: A first-of-its-kind descriptor opening a listed works (known.tsv descriptor_after, after an optional scope),
#: e.g. "世界首台" in "世界首台某某核电1号机组", "全省首个" in "全省首个某某数据中心".
_FIRST_OF_KIND = re.compile(
    r"(?:世界|全球|全国|全省|全市|全县|全区|国内|省内|亚洲|国际)?(?:"
    + "|".join(map(re.escape, sorted(word_list("rules/entities/known.tsv", "descriptor_after"), key=len, reverse=True)))
    + ")"
)

#: A run of Arabic digits inside a list item, e.g. "1000" in "某某水电站1000吨级通航设施".
_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")

_COUNT_INSIDE = re.compile(r"\d+[余多]?[个家条座处所项批件种部名位人]|(?<!升)级$|[类型]$|[\d十百千万亿]级|[一二三四五六七八九十两]+[大个县市区镇项家]")

#: A short quoted qualifier between a list's count and its head, e.g. "“风口”" in "等一批重大“风口”产业项目".
_QUOTED_QUALIFIER = re.compile(r"^([^、，,。；;：:“”《》（）()]{0,6})“([\u4e00-\u9fff]{1,4})”")

#: Where a list of items ends: 等 before a head or cue, or a count right after the last item. The 等 of 高等/中等 before
#: a kind of school or education is a word's character, no list's end: "区属医院高等院校" lists no 区属医院高 (a cut
#: word), "某县二中等学校" still ends a list (中等 before 学校 is not read as a word).
_LIST_MARK = re.compile(r"等(?!(?<=高等)(?:院校|学校|教育|职业|学府|专科|师范|学历)|(?<=中等)(?:职业|专业|收入|技术|教育))|(?<=[\u4e00-\u9fff〕\]】A-Za-z])(?<!第)(?=(?:\d+|[一二三四五六七八九十两]+)[家个条座处所项])")

#: A word that is only a number or a count (3, 一批, 两个): jieba also tags name parts like 七门 "m".
_PURE_COUNT = re.compile(r"[\d.一二三四五六七八九十两百千万亿余多]+[个项家批条座所种名位元]?|一大?批|一系列")

#: A phase closing a list item, bracketed or not, e.g. "一期" in "某某树脂一期", "（三期）" in "某某氨纶（三期）".
_PHASED_ITEM = re.compile(r"[（(]?[一二三四五六七八九十\d]期[）)]?$")

#: A short bracket right after an item's text or inside it, e.g. "（二期）" in "某某智园（二期）等项目",
#: "（华东）" in "浙江（华东）某某风电母港等项目".
_ITEM_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^、，,。；;：:“”《》（）()]{1,6}[）)](?=[、\u4e00-\u9fff]|$)")

#: An investment figure that opens a list item before its name, e.g. "投资3.7亿元的" in
#: "投资13.65亿元的甲光伏组件、投资3.7亿元的乙粮油深加工等8个项目" (CONVENTIONS 3: a descriptor, no part of the name).
_ITEM_INVESTMENT = re.compile(r"^(?:总|计划|预计)?投资[约近超逾]?\d+(?:\.\d+)?(?:万|亿)*(?:美)?元(?:以上|左右)?的")

#: A year or a construction verb (lists.tsv item_opener) glued to the first item of a project list,
#: e.g. "2019年" in "2019年某某银行、乙等总部项目", "建成投产" in "建成投产甲、乙等煤电项目".
_ITEM_OPENER = re.compile(
    r"(?:(?:19|20)\d\d年(?:底前|内)?)?(?:" + "|".join(map(re.escape, sorted(word_list(_WORDS, "item_opener"), key=len, reverse=True))) + r")*"
)

#: A voltage opening an item: a grade, not a name, e.g. "11万伏" in "11万伏等级以上变电站" (not "20万吨乙二醇", a plant by its capacity).
_QUANTITY_ITEM = re.compile(r"\d+(?:\.\d+)?[万千]?伏(?:等级|以上|$)")

#: Scale characters that jieba tags as numbers even inside a firm's name (欧科亿, 华亿).
_SCALE_CHARS = "百千万亿"

#: Honor cues right after a list: 甲、乙等获评….
_HOLDER_CUES = tuple(r["cue"] for r in load_tsv("rules/relation_cues.tsv") if r.get("names_holder") == "yes")

#: Titles only a person holds, e.g. "劳动模范" in "张某获评全国劳动模范", "好人" in "李某、赵某获评中国好人" (a unit's
#: award is a 奖状, a person's a 奖章): the bare holders before them are people, no bodies (劳动模范集体 is a unit's).
_PERSON_TITLE = re.compile(r"(?:劳动模范|劳模|好人|道德模范|先进个人|先进工作者|劳动奖章|优秀共产党员|优秀党务工作者|工匠|楷模|能手)(?!集体|单位)")


def _persons_honored(holders: str, text: str, cue_end: int, lex: Lexicon) -> bool:
    """Whether bare holders (no item with a class suffix) take a title only a person holds, in the clause after the cue."""
    return _PERSON_TITLE.search(text, cue_end) is not None and all(suffix_class(h, lex) is None for h in holders.split("、"))


#: A name opening a clause right before an honor cue, e.g. "某某科技获…奖".
_HOLDER_FIRST = re.compile(r"^([^、，,。；;：:“”《》（）()\s等]{2,10}?)(?:获评|荣获|获得|获|入选|被评为|被认定为)")

#: What follows the holders opening a clause: an optional streak and adverbial, then an honor cue (lists.tsv
#: list_holder_adverb, list_holder_cue), e.g. "成功入选" in "甲村、乙村成功入选省乡村旅游重点村", "连续三年获得" in
#: "某某商会连续三年获得…".
_HOLDER_CUE_TAIL = (
    r"(?:连续(?:\d{1,2}|[一二三四五六七八九十两]{1,2})(?:年|届|次))?"  # 区工商联连续三年获得…: a streak, no part of the name
    r"(?:" + "|".join(map(re.escape, word_list(_WORDS, "list_holder_adverb"))) + r")?"
    r"(?:" + "|".join(map(re.escape, sorted(word_list(_WORDS, "list_holder_cue"), key=len, reverse=True)))
    + r"|被[^，,。；;被“”的]{2,16}?(?:命名为|评为|认定为|确定为|授予))"  # 甲村被某部、某局命名为…: the granting bodies between
)

#: Two or more names opening a clause before an honor cue (cues and adverbials: lists.tsv list_holder_cue,
#: list_holder_adverb), e.g. "甲村、乙村" in "甲村、乙村成功入选省乡村旅游重点村" (group 1: the list). An item holds
#: no 、, or the ways of splitting a long list into items grow exponentially (a corpus report hung here).
_LIST_HOLDERS = re.compile(
    r"^([^、，,。；;：:“”《》（）()\s等]{2,14}?(?:、[^、，,。；;：:“”《》（）()\s等]{2,14}?)+)"
    + _HOLDER_CUE_TAIL
)

#: One name opening a clause before an honor cue (cues and adverbials as for a list), e.g. "某某核电运营公司" in
#: "某某核电运营公司荣获全国质量奖", "某某生态城" in "某某生态城获评全球绿色智慧城市" (group 1: the name).
_OPENING_HOLDER = re.compile(
    r"^([^、，,。；;：:“”《》（）()\s等的]{3,16}?)"
    + _HOLDER_CUE_TAIL
)

#: Heads of the last listed holder that the bare items before it share, e.g. "社区" in "甲、乙社区获评…"
#: (甲社区, 乙社区); the place_end words.
_SHARED_HEADS = tuple(sorted(_PLACE_ENDS, key=len, reverse=True))

#: Endings that make a name opening a clause before an honor cue a place (data: holder_place_end), e.g. 生态城.
_HOLDER_PLACE_ENDS = tuple(word_list(_WORDS, "holder_place_end"))


#: Level characters that open a body's name relative to the issuer's region, e.g. "区" in "区科技创新局".
_RELATIVE_LEVELS = ("区", "县", "市", "旗")

#: Endings of a body that has no class suffix of its own, named by the issuer's level character before an honor
#: cue (data: relative_body_end), e.g. "执法大队" in "区文化执法大队入选…".
_RELATIVE_BODY_ENDS = tuple(word_list(_WORDS, "relative_body_end"))


#: The streak, adverbial and honor cue after a holder, alone, e.g. "连续三年入选" in "宝安连续三年入选…".
_CUE_TAIL = re.compile(_HOLDER_CUE_TAIL)


@functools.lru_cache(maxsize=256)
def _own_short_form(region: str) -> str:
    """The short form of the issuer's region (龙岗 for 龙岗区), "" when the gazetteer knows none of two characters or more."""
    return next((d.short for d in gazetteer.division_by_name(region) if d.name == region and len(d.short) >= 2 and d.short != region), "") if region else ""


def _opening_holder(found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    """The one name that opens a clause before an honor cue followed by a title (某某核电运营公司荣获全国质量奖,
    某某医疗荣获…品牌, 某某生态城获评…): a company or body by its class suffix or trade word, a place by its
    suffix or a place ending; it must open with a proper word and hold no governing word."""
    if not any(f.cls is HONOR for f in found):
        return []  # both readings below need a title after the holder: most clauses have none
    own = _own_short_form(doc.meta.region)
    if own and clause.text.startswith(own) and (t := _CUE_TAIL.match(clause.text, len(own))) is not None and any(
        f.cls is HONOR and f.start >= clause.start + t.end() for f in found
    ) and not any(f.start < clause.start + len(own) and clause.start < f.end for f in found):
        # 龙岗跻身…, 宝安获评…: the issuer's own region by its short form (jieba reads it as a person's name)
        return [Mention(PLACE, doc.meta.region, own, sentence, clause.start, clause.start + len(own), "list")]
    m = _OPENING_HOLDER.match(clause.text)
    if m is None or not any(f.cls is HONOR and f.start >= clause.start + m.end() for f in found):
        return []
    name = m.group(1)
    s, e = clause.start, clause.start + len(name)
    if any(f.start < e and s < f.end for f in found if f.cls is not HONOR):
        return []  # already a name, or a name inside the words (某县某村): other rules decide
    cls = suffix_class(name, lex)
    if cls is None and name[0] in _RELATIVE_LEVELS and name.endswith(_RELATIVE_BODY_ENDS):
        cls = ORG  # 区文化执法大队入选…, 区工商联获评…: a body of the issuer's own region (data: relative_body_end)
    by_suffix = cls in (ORG, PLACE)
    if not by_suffix:
        cls = ORG if name.endswith(_TRADE_WORDS) else PLACE if name.endswith(_HOLDER_PLACE_ENDS) else None
    if cls is None or name in lex.generic_names or all_generic(name, lex) or _COUNT_INSIDE.search(name):
        return []  # 4个园区入围…: a count, no name
    toks = tokenize(name)
    first = toks[0]
    if first.text in lex.lead_words or first.text in lex.boundary or first.text in lex.generic_words or any(
        t.text in lex.cue_words or t.tag[:1] in ("p", "d", "r", "m") for t in toks
    ):
        return []  # 全面推进某某公司…, 我区某某, 企业研发中心: not a name
    # 区科技创新局获评…, 县图书馆荣获…: a body of the issuer's own region named by its level character (linking
    # completes it, 某某区科技创新局), not a kind
    relative = by_suffix and cls is ORG and name[0] in _RELATIVE_LEVELS and (len(name) >= 4 or name.endswith(_RELATIVE_BODY_ENDS)) and first.text == name[0]
    if not relative and not is_proper_token(first) and (by_suffix or not (len(first.text) >= 2 and first.tag[:1] == "n")):
        return []  # 电子产业园: a kind; a trade-word company (清影医疗) may open with a noun of its own
    if lookup(name, doc, lex) is not None:
        return []
    return [Mention(cls, name, name, sentence, s, e, "list")]


def _kinds_of_qualifier(qualifier: str, before: str) -> bool:
    """Whether most items of the list ending ``before`` end with the word that qualifies the list's
    head (研发总部、贸易总部等|总部|企业): they are kinds of it, named by a field, not names."""
    items = _LIST_STOP.split(before)[-1].split("、")
    return len(qualifier) >= 2 and len(items) >= 2 and 2 * sum(item.endswith(qualifier) and len(item) > len(qualifier) for item in items) >= len(items)


def _cue_word(hm: re.Match[str], tokens: Sequence[Token], found: list[Mention], clause: Clause) -> bool:
    """Whether the honor cue after a clause's opening words starts a word of its own (not 去年共破|获) and,
    when the cue is 获 or 获得 or only begins a word (获批), a title follows it (not 某某方案获…委员会通过,
    规划获批实施, 某某精品获151个大奖)."""
    at = clause.start + hm.end(1)
    cue = hm.group(0)[len(hm.group(1)) :]
    word = next((t.text for t in tokens if t.start == at), None)
    glued = next((t for t in tokens if t.start < at < t.end), None)
    if word is None and glued is not None and _dictionary_tag(glued.text) is None:
        word = glued.text[at - glued.start :]  # 某某轻工园获…: jieba glued 园获, no word of its dictionary (破获 is one)
    if word is None or not (word.startswith(cue) or cue.startswith(word)):
        return False
    if word != cue and cue.startswith(word) or word == cue and cue not in ("获", "获得"):
        return True  # 获评, 入选, 被|评为: only a title follows
    names = [f for f in found if f.cls is not HONOR]
    after = at + len(word)
    return any(
        f.cls is HONOR and after <= f.start <= after + 12 and not any(n.start <= f.start and f.end <= n.end for n in names) for f in found
    )  # 深圳市城市 read as a title inside a body's name (某某方案获深圳市城市规划委员会通过) is none


#: Cooperation cues next to which a county's short form names the county (data: partner_cue), e.g. 对口支援.
_PARTNER_CUES = tuple(sorted(word_list(_WORDS, "partner_cue"), key=len, reverse=True))

#: Any partner cue, e.g. "对口帮扶" in "对口帮扶连平": one search per clause instead of a ``in`` per cue.
_PARTNER_CUE = re.compile("|".join(map(re.escape, _PARTNER_CUES)))

#: A list of short names right before a partner cue (group 1), or right after one (group 2), e.g. "汕尾陆河、
#: 百色田东" in "落实汕尾陆河、百色田东对口支援", "连平" in "对口帮扶连平15个贫困村".
_PARTNER_RUN = re.compile(
    r"([\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})*)(?=(?:" + "|".join(map(re.escape, _PARTNER_CUES)) + "))"
    r"|(?:(?<=" + ")|(?<=".join(map(re.escape, _PARTNER_CUES)) + r"))([\u4e00-\u9fff]{2,3})"
)


def _county(short: str, within: str = "") -> gazetteer.Division | None:
    """The one county-level division a short form (or full name) names, inside ``within`` (a code prefix) if given."""
    found = [d for d in gazetteer.division_by_name(short, levels=["county"]) if d.code.startswith(within)]
    return found[0] if len(found) == 1 else None


#: Words of working together that make the names after 与/同 partners, e.g. "合作" in "与甲、乙合作".
_COOPERATION_WORDS = ("合作", "签约", "签署", "签订", "共建", "携手", "结对")

#: A head of counties after a list of partners, e.g. "等周边县" in "与甲、乙、丙等周边县（市、区）合作", "等3个县市".
_COUNTY_HEAD = re.compile(r"等?(?:\d+个|[一二三四五六七八九十两]+个)?(?:周边|周围|毗邻|相邻|邻近|兄弟|友好)?(?:县|市县|县市|县区|区县|旗县)")


def _listed_counties(items: str, start: int, sentence: int, doc: Document) -> list[Mention]:
    """The counties a list of short forms names (甲、乙、丙 before 等周边县): each item that one county of the
    issuer's province, or else one county anywhere, is called; an item that names none is left out."""
    out: list[Mention] = []
    pos = start
    for item in items.split("、"):
        county = _county(item, doc.meta.region_code[:2]) if len(doc.meta.region_code) >= 2 else None
        county = county or _county(item)
        if county is not None and 2 <= len(item) <= 4:
            out.append(Mention(PLACE, county.name, item, sentence, pos, pos + len(item), "list"))
        pos += len(item) + 1
    return out


def _partner_counties(found: list[Mention], clause: Clause, sentence: int) -> list[Mention]:
    """Counties named by their short forms next to a partner cue: after their city or province (汕尾陆河,
    广西靖西、那坡: the county lies inside it), or alone right before or after the cue (对口帮扶连平)."""
    text = clause.text
    if not _PARTNER_CUE.search(text):
        return []
    out: list[Mention] = []
    places = sorted((f for f in found if f.cls is PLACE), key=lambda f: f.start)
    taken = [(f.start, f.end) for f in found]
    # a county's short form with no parent before it must be a word of its own and a noun (陆河, 连平), not
    # part of a word or a verb (携手同心, 对口支援合作关系)
    nouns = {(clause.start + t.start, t.text) for t in tokenize(text) if t.tag[:1] in ("n", "x", "j")}
    for m in _PARTNER_RUN.finditer(text):
        if m.group(2) is not None:  # 对口帮扶连平, 携手陆河共建: the longest county form right after the cue
            s = clause.start + m.start(2)
            spans = [(s, m.group(2)[:k], "") for k in (3, 2) if _county(m.group(2)[:k]) is not None][:1]
            spans += _later_counties(text, s - clause.start + len(spans[0][1]), clause.start) if spans else []
        else:
            spans, pos, parent = [], m.start(1), ""
            for item in m.group(1).split("、"):
                s, e = clause.start + pos, clause.start + pos + len(item)
                upper = [f for f in places if s <= f.start and f.end < e]  # 汕尾陆河: the city, then the county
                if upper:
                    codes = [d.code for d in gazetteer.division_by_name(upper[-1].name) if d.level in ("province", "city")]
                    parent = _region_prefix(codes[0]) if len(codes) == 1 else ""
                    if parent:
                        spans.append((upper[-1].end, text[upper[-1].end - clause.start : pos + len(item)], parent))
                elif parent or pos > m.start(1):
                    spans.append((s, item, parent))  # 广西靖西、那坡: a later item under the same parent, or alone in a list
                pos += len(item) + 1
        for a, w, within in spans:
            if not within and (a, w) not in nouns:
                continue
            county = _county(w, within)
            if county is not None and not any(x < a + len(w) and a < y for x, y in taken):
                out.append(Mention(PLACE, county.name, w, sentence, a, a + len(w), "list"))
    return out


#: A later item of a list of counties' short forms after a partner cue (group 1), e.g. "、那坡" or "和那坡" in
#: "对口帮扶靖西、那坡", "扶贫协作靖西和那坡" (not 和谐, 及时).
_LATER_COUNTY = re.compile(r"(?:、|和(?!谐)|及(?!时))([\u4e00-\u9fff]{2,3})")


def _later_counties(text: str, pos: int, base: int) -> list[tuple[int, str, str]]:
    """The items after the first county listed right after a partner cue, each a county's unique short form
    (对口帮扶靖西、那坡: 那坡), up to the first item that names none."""
    out: list[tuple[int, str, str]] = []
    while m := _LATER_COUNTY.match(text, pos):
        w = next((m.group(1)[:k] for k in (3, 2) if _county(m.group(1)[:k]) is not None), "")
        if not w:
            break
        out.append((base + m.start(1), w, ""))
        pos = m.start(1) + len(w)
    return out


def _region_prefix(code: str) -> str:
    """The part of a division code shared by everything inside it (44 for a province, 4415 for a city)."""
    code = code[:6]
    return code[:2] if code.endswith("0000") else code[:4] if code.endswith("00") else code


#: Titles with these ends are held by places (data: place_title_end, and the division ends), e.g.
#: 省级文明城市, 国家5A级旅游景区: the names listed before their cue are places, not bodies.
_DIVISION_TITLE_ENDS = gazetteer.division_ends("full_end") + tuple(word_list(_WORDS, "place_title_end"))

#: Names opening a clause before a cue that enters them into a ranking (cues: lists.tsv rank_cue),
#: e.g. "甲科技、乙钨业" in "甲科技、乙钨业进入全省民营企业百强".
_RANK_HOLDERS = re.compile(
    r"^([^，,。；;：:“”《》（）()\s等]{2,24}?)(?:" + "|".join(map(re.escape, word_list(_WORDS, "rank_cue")))
    + r")(?=[^，,。；;]{0,20}?前?[\d一二三四五六七八九十百千]+强)"
)

#: An adverbial of time inside what stands before an honor cue, e.g. "连续五年" (no holder's name).
_HOLDER_ADVERBIAL = re.compile(r"连续|更多|双双|[一二三四五六七八九十两\d]+年|多年|再次|首次|又|已|^\d|^[一二三四五六七八九十两]+[个首部家项名位件]")

#: Fields of a cooperation (lists.tsv partner_field) that end the words before its cue, e.g. "经贸" in
#: "与台湾经贸合作": the words name a region or kind and a field, no partner.
_PARTNER_FIELDS = tuple(word_list(_WORDS, "partner_field"))

#: A field of cooperation, with the exchange it names, closing the words before the partners' end, e.g. "经贸往来" in
#: "与葡语系国家、地区经贸往来等各方面交流合作", "经贸" in "与香港、澳门经贸交流合作".
_PARTNER_FIELD_END = re.compile("(?:" + "|".join(map(re.escape, _PARTNER_FIELDS)) + ")(?:往来|交往|交流)?$")

#: One-character short forms of regions (lists.tsv region_abbr): a partner made of them only, e.g. "闽赣" in
#: "与闽赣合作", is a group of regions.
_REGION_ABBRS = frozenset(word_list(_WORDS, "region_abbr"))

#: Words of manner between the last partner and the word of working together (lists.tsv partner_manner),
#: longest first, e.g. "友好" in "与某国友好合作", "全面" in "与某某研究机构全面合作".
_PARTNER_MANNERS = tuple(sorted(word_list(_WORDS, "partner_manner"), key=len, reverse=True))

#: The start of the partners of a cooperation, e.g. "与" in "与甲、乙合作".
_PARTNER_START = re.compile(r"(?<![参给赋授])(?:与|同)")


def _named_item(toks: Sequence[Token]) -> bool:
    """Whether list item words hold a name: a word jieba knows as one (place, person, organization,
    brand), Latin letters, or an unknown word before a trade (某盛|知识产权, 某邦|设计), not a field
    alone (风投, 科创) or after a noun (粉尘|涉爆)."""
    if any(t.tag in _NAME_TAGS or _LATIN_NAME.fullmatch(t.text) for t in toks):
        return True
    return len(toks) >= 2 and toks[0].tag in ("x", "j") and len(toks[0].text) >= 2


def _division_pair(name: str) -> bool:
    """Whether a name is a division followed by a division inside it, e.g. 哈尔滨南岗区, 广西田阳:
    a place, whatever list it stands in."""
    def division(part: str) -> bool:
        return any(d.level != "town" for d in gazetteer.division_by_name(part))
    return any(division(name[:k]) and division(name[k:]) for k in range(2, min(len(name) - 1, 5)))


def _inside_word_scale(toks: Sequence[Token], i: int) -> bool:
    """Whether token i is a scale character glued to a word, not a count: 亿 in 欧科|亿|三期."""
    t = toks[i]
    return len(t.text) == 1 and t.text in _SCALE_CHARS and i > 0 and patterns.HAN_RUN.fullmatch(toks[i - 1].text) is not None and not _PURE_COUNT.fullmatch(toks[i - 1].text) and toks[i - 1].end == t.start


#: Last characters of a site that works in a list may be done on, e.g. "河" in "某某河治理", "库" in "某某水库除险加固".
_SITE_ENDS = tuple("河湖江海库渠湾线路段港山岛桥站场")


def _named_site(toks: Sequence[Token]) -> bool:
    """Whether the words before a work name a site of their own (某某河, 某某水库, a division), not a kind of land."""
    for k in range(len(toks), 0, -1):
        site = PHASE.sub("", "".join(t.text for t in toks[:k]))  # 某某线某段二期改造, 某某水库除险加固
        if len(site) >= 3 and site.endswith(_SITE_ENDS):
            return True
    return any(t.tag == "ns" and gazetteer.division_by_name(t.text) for t in toks)


def _works_verbs_kept(toks: Sequence[Token], governing: list[int], lex: Lexicon) -> list[int]:
    """The governing words of a project list's first item without the works verbs inside a firm's item:
    a plain verb after a name in the item (重点抓好|海川电子超净排放, 东方钛业智能制造升级) is what the
    firm builds, not a verb governing the list; lead, boundary and cue words (推进, 建设) still govern."""
    kept: list[int] = []
    for j in governing:
        t = toks[j]
        plain_verb = t.tag in VERB_TAGS and t.text not in lex.lead_words and t.text not in lex.boundary and t.text not in lex.cue_words
        start = kept[-1] + 1 if kept else 0
        if plain_verb and any(len(p.text) >= 2 and is_proper_token(p) for p in toks[start:j]):
            continue
        kept.append(j)
    return kept
#: Word tags that open or carry a works' name before a mis-tagged adverb: nouns, names, unknown words, abbreviations.
_NOUN_LIKE_TAGS = frozenset({"n", "ns", "nr", "nrt", "nz", "nt", "j", "x", "eng", "an"})


def _adverb_inside_name(toks: Sequence[Token], i: int) -> bool:
    """Whether token i is a two-character word jieba tags an adverb (d) that stands inside a works' name,
    not before it: a noun before it and a noun after it, no verb after it, e.g. 高新 in 某色|高新|材料中试线,
    高速 in G某高速|延长线 (not 已经 in 已经|建成, nor 全力 at the clause start)."""
    t = toks[i]
    if t.tag != "d" or len(t.text) != 2 or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    return before.tag in _NOUN_LIKE_TAGS and after.tag in _NOUN_LIKE_TAGS and before.end == t.start and t.end == after.start


def _ends_in_activity(item: str) -> bool:
    """Whether a list item of more than one word ends in a verb or verbal noun (总装测试, 数据应用)."""
    toks = tokenize(item)
    return len(toks) > 1 and (toks[-1].tag in VERB_TAGS or toks[-1].tag == "vn")


def _list_items(
    before: str, floor: int, cls: EntityClass, found: list[Mention], clause: Clause, sentence: int, doc: Document, lex: Lexicon, *, single_ok: bool,
    strict: bool = False,
    counted: bool = False,
    name_head: str = "",
    kinds: bool = False,
    activity: bool = False,
    road_head: bool = False,
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
    lead_cut = False
    cut_at_word = True  # the first item starts at the segment's start or after a governing word, not inside a name
    proper_share = sum(any(is_proper_token(t) for t in tokenize(FOOTNOTE.sub("", p))) for p in parts) / max(1, len(parts))
    # 深交所、招商银行、平安集团等金融机构: one item named by a suffix or a known name makes the list one of names
    named_list = kinds and any(suffix_class(FOOTNOTE.sub("", p), lex) is ORG or _named_item(tokenize(FOOTNOTE.sub("", p))) for p in parts)
    # 卫星研发制造、火箭总装测试、卫星数据应用等企业: most items end in an activity, the fields the firms work in
    fields_list = cls is ORG and len(parts) > 1 and 2 * sum(_ends_in_activity(FOOTNOTE.sub("", p)) for p in parts) > len(parts)
    for k, part in enumerate(parts):
        item_start = pos
        pos += len(part) + 1
        clean = FOOTNOTE.sub("", part)
        invest = _ITEM_INVESTMENT.match(clean) if k > 0 else None
        if invest and not FOOTNOTE.search(part[: invest.end()]):
            item_start += invest.end()
            clean = clean[invest.end() :]
        noun_lead = False
        if k == 0:
            toks = tokenize(_ITEM_BRACKET.sub("", clean))  # 确保甲氨纶（三期）: the closing bracket governs nothing
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
                or t.tag in VERB_TAGS and len(t.text) > 1
                # 做大做强|甲: a one-character verb and its one-character result (做/强) govern the list, no part of a name
                or cls is ORG and t.tag == "a" and len(t.text) == 1 and i > 0 and toks[i - 1].tag == "v" and len(toks[i - 1].text) == 1
                # 发展壮大|甲: a set phrase before the first firm governs the list (jieba tags it l), no part of a name
                # (only at the start or after a verb: 技术创新 inside 国家乳业技术创新中心 is part of the name)
                or cls is ORG and t.tag in _SET_PHRASE_TAGS and len(t.text) >= 4 and i < len(toks) - 1
                and (i == 0 or toks[i - 1].tag in VERB_TAGS or toks[i - 1].text in lex.lead_words)) and t.text not in ("至", "到")
                and not (i > 0 and toks[i - 1].text in ("至", "到"))  # 甲至表白/寺: the route's far end, though jieba reads a verb
                and not PHASE.fullmatch(t.text)  # 某某核电一期: jieba tags the phase an adverb
                and not (cls is PROJECT and _adverb_inside_name(toks, i))  # 某色|高新|材料中试线: jieba's adverb inside a works' name
                and not (i == 0 and noun_lead)
            ]
            if cls is PROJECT:
                governing = _works_verbs_kept(toks, governing, lex)
            i = governing[-1] + 1 if governing else 0
            cut_at_word = not governing or toks[i - 1].text in lex.lead_words or toks[i - 1].text in lex.boundary or toks[i - 1].text in lex.cue_words
            lead_cut = bool(governing) and toks[i - 1].text in lex.lead_words  # 加快推进|甲: the item starts after a push word
            if i >= len(toks):
                continue
            if cls is PROJECT and i >= 2 and toks[i - 1].tag == "m" and i - 2 not in governing and toks[i - 2].end == toks[i - 1].start and patterns.HAN_RUN.fullmatch(toks[i - 2].text):
                continue  # 兰张三四线铁路中武段: a number glued inside the first item's name, no governing count; the cut item names nothing
            skip = toks[i].start
            clean = clean[skip:]
            item_start += part.find(clean[:2]) if clean[:2] in part else skip
            if cls is PROJECT and toks[i].tag == "x" and len(toks[i].text) >= 3 and toks[i].text[0] in _GLUED_PREPOSITIONS:
                item_start, clean = item_start + 1, clean[1:]  # 对程成|超声: jieba glued the preposition to an unknown name
        if cls is PROJECT:
            opener = _ITEM_OPENER.match(clean)
            if opener and len(clean) - opener.end() >= 2:  # 2019年甲、乙等总部项目, 建成投产甲、乙等煤电项目: jieba glued the year or verb to the item
                item_start, clean = item_start + opener.end(), clean[opener.end() :]
            if _QUANTITY_ITEM.match(clean):
                continue  # 建成19座11万伏等级以上变电站: a voltage, no item
        if cls is PROJECT and (desc := _FIRST_OF_KIND.match(clean)) and len(clean) - desc.end() >= 4:
            item_start, clean = item_start + desc.end(), clean[desc.end() :]  # 世界首台|某某核电1号机组: the descriptor is no part of the name (CONVENTIONS 3)
        if cls is ORG:
            kept, _ = drop_descriptor(clean, 0)
            item_start, clean = item_start + len(clean) - len(kept), kept
            clean = _verbs_after_body(clean, lex)  # 某某科技大学开办招生: the body's name ends at its suffix
        # a works' capacity in digits (某某水电站1000吨级通航设施) adds no words: its digits do not count towards the length
        if not (2 <= len(clean) - (sum(map(len, _DIGIT_RUN.findall(clean))) if cls is PROJECT else 0) <= 14) or not (patterns.HAS_HAN.search(clean) or cls is ORG and _LATIN_NAME.fullmatch(clean)) or any(
            w in clean for w in ("等", "的", "和")
        ):
            continue
        if cls is PROJECT and len(clean) > 14 and ("与" in clean or "及" in clean):
            continue  # 甲化工100万吨醋酸及乙公司: past the plain length only by its digits, an item joining two firms' works is two
        if cls in (ORG, PLACE) and ("与" in clean or "及" in clean) and suffix_class(clean, lex) is None:
            continue  # 甲与乙煤矿, 某某水源及沿线: two things joined (not 某某科学与某某材料研究院, one body; a works may be 甲及乙加工)
        if clean in lex.generic_names or clean in lex.boundary:
            continue
        first_tok = tokenize(clean[:4])[0]
        if (first_tok.text in lex.boundary or first_tok.text in lex.lead_words) and not noun_lead:
            continue  # 大力推广户外运动: a phrase, not a name
        if cls is PROJECT and _BARE_NUMBER_ITEM.search(clean):
            continue  # 轨道14号、16号、3号线东延: a numbered line's bare number names no works
        if cls is PROJECT and any(lm.start(2) < item_start + len(clean) <= lm.end() for lm in patterns.NUMBERED_LINES.finditer(clause.text)):
            continue  # 轨道17、21号线等6条线路, 轨道交通四期12、13号线等: the numbered lines name each item (轨道17号线), the bare number none
        s = clause.start + item_start
        e = s + len(clean)
        if any(f.start <= s and e <= f.end for f in found):
            continue  # already a name of its own
        if lookup(clean, doc, lex) is not None:
            continue
        if _COUNT_INSIDE.search(clean):
            continue  # 百亿级项目2个: a count, not an item
        itoks = tokenize(clean)
        if all(t.tag in _QUALITY_TAGS for t in itoks):
            continue  # 同各国的友好合作: a quality of the cooperation, no partner's name
        noted = bool(FOOTNOTE.search(part))  # 某某食品〔14〕: the report footnotes it as a name
        if activity and not noted and suffix_class(clean, lex) is None and (itoks[-1].tag in VERB_TAGS or itoks[-1].tag == "vn" or clean.endswith(_WORK_ENDS)) and not _named_site(itoks[:-1]):
            continue  # 天然林保护、防沙治沙等生态工程, 阳光救助等民生工程: kinds of work or programmes on no named site (not 某某河治理)
        suffixed = cls in (ORG, PLACE) and suffix_class(clean, lex) is cls and specific(clean, org_suffix(clean, lex), cls, lex)
        if strict and not suffixed and not any(is_proper_token(t) and t.text not in lex.generic_words for t in itoks):
            continue  # 县城出入口、商业聚集区等重点区域: jieba tags 县城 a place, but it names none
        # 某某电炉等88个项目开工: an item the report counts out as a project names one, unless cut out of a longer
        # phrase (冲之|大道) or a work done (品质提升, 河流整治)
        counted_name = counted and (k > 0 or cut_at_word) and len(clean) >= 4 and itoks[-1].tag not in VERB_TAGS and itoks[-1].tag != "vn" and not clean.endswith(_WORK_ENDS)
        # 甲树脂一期、乙电池等项目: an item the report counts in phases is one works (its body more than a kind)
        phased = cls is PROJECT and (k > 0 or cut_at_word) and (ph := _PHASED_ITEM.search(clean)) is not None and ph.start() >= 3 and not all_generic(clean[: ph.start()], lex)
        # 打通甲路、乙路等断头路: an item named as a road in a list of roads is that road (jieba splits 甲/路)
        road = road_head and clean.endswith(ROAD_ENDS) and len(clean) >= 3 and not all_generic(clean[:-1], lex)
        # 华润风电、银泰电动汽车、富兴电子等重点项目: most items are firms' works, so a bare one of four characters is one too
        among_names = cls is PROJECT and not activity and (k > 0 or lead_cut) and len(parts) > 2 and proper_share >= 2 / 3 and len(clean) >= 4 and itoks[-1].tag not in VERB_TAGS and itoks[-1].tag != "vn" and not all_generic(clean, lex)
        if not noted and not suffixed and not counted_name and not phased and not road and not any(is_proper_token(t) for t in itoks) and not among_names and clean[0] not in LEVEL_PREFIXES and not (
            (cls is ORG and len(parts) > 1 or cls is PLACE and len(parts) > 2 and not strict) and proper_share >= 0.5
            or cls is PROJECT and name_head != "" and len(parts) > 2 and proper_share >= 2 / 3
        ):  # 建设观音、甲、乙等大型水库: most items are names, so a bare item before the shared head is one too  # after a strict head an item needs a name of its own: 企业厂区、建筑工地等重点区域 are kinds of site
            continue
        if kinds and not noted and not suffixed and not named_list and not _named_item(itoks):
            continue  # 保险、证券、风投等机构: fields of institutions, no names (unknown words alone are no evidence)
        if any((t.text in lex.lead_words and not (noun_lead and t is itoks[0])) or t.text in lex.cue_words for t in itoks):
            continue
        if fields_list and not noted and not suffixed:
            continue  # 火箭总装测试、卫星数据应用等企业: fields of firms, no firm's name
        if cls is ORG and not suffixed and not noted and (all_generic(clean, lex) or clean + "企业" in _CERTIFIED_LABELS or _place_then_kind(clean, lex)):
            continue  # 科研单位、金融等机构: a kind of body; 瞪羚、独角兽等企业: certification labels, no firm's name; 京津科研单位: a region's kind
        if cls in (ORG, PLACE) and clean.endswith(_PRODUCT_ENDS + _PROCESS_ENDS):
            continue  # 某某警务APP被评为…: an app is no body; 甲乙同城化、丙丁一体化等区域: the joining of places, no place
        if cls is ORG and not suffixed and not noted and clean.endswith(_KIND_BODY_ENDS):
            continue  # 与甲大学、某某研究机构合作, 与驻地高校合作: an item ending in a kind of body with no suffix names none
        if cls is PROJECT and not noted and not suffixed and not (counted_name and len(parts) == 1) and all_generic(clean, lex, _INDUSTRY_KINDS | lex.generic_words):
            continue  # 煤制芳烃、芯片封装测试等项目: kinds of industry, no works named (a lone item counted out, 某某隔膜等35个项目, stays)
        zone = next((w for w in _ZONE_ITEM_ENDS if clean.endswith(w)), "") if cls is PROJECT and name_head == "" else ""
        if zone and (zone not in _ESTATE_ITEM_ENDS or place_estate(clean[: -len(zone)], lex)) and not _SIGNED_AFTER.search(clause.text, e - clause.start):
            continue  # 甲新区、某市某某生态城等重点建设工程: a zone or a place's estate in a list of works stays a place (CONVENTIONS
            # 13), unless a firm's (某某集团产业园) or signed or landed (某某产业园等一批项目签约落地: CONVENTIONS 1)
        item_cls = PLACE if cls is ORG and (clean.endswith(_PLACE_ENDS) or _division_pair(clean) or clean.endswith(_FEATURE_ENDS)) else cls  # 某县某村入选…; 与哈尔滨南岗区合作; 某某湖入选…
        # a country or world region (gazetteers/regions.txt) opening a firm's bare name, longest first
        lead = next((clean[:k] for k in range(min(len(clean) - 2, 8), 1, -1) if clean[:k] in lex.regions), "") if item_cls is ORG and not suffixed and not noted else ""
        rest = clean[len(lead) :]
        if lead and (rest[0] in "、和与及的" or len(rest) > 4 and not rest.isascii() or not all(is_proper_token(t) for t in itoks if t.start >= len(lead))):
            lead = ""  # 德国中小企业联盟, 德国工商社团: common words after the country, a body named with it
        # 甲至乙、丙等高速公路: the bare item is a cut name, the shared head completes it (the bare form stays an alias)
        name = clean + name_head if name_head and suffix_class(clean, lex) is None and not clean.endswith(_JOIN_STOPS) else clean
        if name_head in _AREA_HEADS and not clean.endswith(tuple(_AREA_HEADS) + _FULL_DIVISION_ENDS):
            name = clean + name_head  # 甲、平湖等片区 → 平湖片区: a short form read as a lake or a town still names the area
        # 德国库卡, 韩国DST: the country says where the firm is from, no part of its name (audit 11); the span keeps it
        out.append(Mention(item_cls, name[len(lead) :], clean, sentence, s, e, "list"))
    return out


def _verbs_after_body(item: str, lex: Lexicon) -> str:
    """A listed body's name without the verbs glued after its organization suffix (某某科技大学开办招生 →
    某某科技大学, 某某学院升格本科 → 某某学院); the item itself when no suffix ends a shorter name."""
    if suffix_class(item, lex) is not None:
        return item
    for j in range(4, len(item) - 1):
        head, tail = item[:j], item[j:]
        if suffix_class(head, lex) is ORG and all(t.tag in VERB_TAGS or t.tag == "vn" for t in tokenize(tail)):
            return head
    return item


#: Words that end a kind of body, never a firm's short name, from lists.tsv kind_body_end, e.g. "单位" in "京津科研单位".
_KIND_BODY_ENDS = tuple(word_list("rules/entities/lists.tsv", "kind_body_end"))

#: Endings of a product or service, never a body, from lists.tsv product_end, e.g. "APP" in "某某警务APP被评为…".
_PRODUCT_ENDS = tuple(word_list("rules/entities/lists.tsv", "product_end"))

#: Endings of a process joining places, from lists.tsv process_end, e.g. "同城化" in "推进甲乙同城化、丙丁一体化等区域融合".
_PROCESS_ENDS = tuple(word_list("rules/entities/lists.tsv", "process_end"))


def _place_then_kind(item: str, lex: Lexicon) -> bool:
    """Whether a list item is a place (a division, a region or a group of places) before generic words only: the
    bodies of a kind in that place, none by name (京津科研单位, 北京高校; 北京协和医院 has a word of its own)."""
    for k in (4, 3, 2):
        head, rest = item[:k], item[k:]
        if rest.endswith(_KIND_BODY_ENDS) and (head in (lex.place_pairs or {}) or head in lex.regions or gazetteer.division_by_name(head)) and all_generic(rest, lex):
            return True
    return False


#: Listed items, their count and a measure word before a kind they share, e.g. "甲山、乙湖两个" in
#: "甲山、乙湖两个新村", "甲、乙等3个" (items of two to four Han characters without 等/和/及/以, joined by 、 or a
#: last 和/及).
_HAN = "(?:(?![等和及以])[\u4e00-\u9fff])"
_COUNTED_ITEMS = re.compile(
    rf"((?:{_HAN}{{2,4}}、)+{_HAN}{{2,4}}?|{_HAN}{{2,4}}[和及]{_HAN}{{2,4}}?)等?([两二三四五六七八九十]|\d{{1,2}})(?:个|座|处|大)"
)

#: Village-level kinds a counted list shares (a village's 村 is no suffix of its own), e.g. "新村" in "甲、乙两个新村".
_VILLAGE_KINDS = frozenset({"新村"})

#: Counts by number, e.g. "两" → 2.
_COUNT_VALUES = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def counted_kind_items(found: list[Mention], tokens: Sequence[Token], clause: Clause, sentence: int, lex: Lexicon) -> list[Mention]:
    """甲山、乙湖两个新村 → 甲山新村, 乙湖新村 (GUIDELINES coordination, with the list's count between): when
    the count is the number of items and a Place suffix of two characters or more follows it (新村, 片区,
    产业园), each item is a place of that kind, and an item read alone as a place gives way to it."""
    out = list(found)
    text = clause.text
    if ("、" not in text and "和" not in text and "及" not in text) or ("个" not in text and "座" not in text and "处" not in text and "大" not in text):
        return out  # the pattern needs a 、, 和 or 及 between items and 个, 座, 处 or 大 after the count: most clauses lack one
    for m in _COUNTED_ITEMS.finditer(text):
        items = re.split("[、和及]", m.group(1))
        # the first item starts at a word: 完成|甲山、乙湖 → 甲山 (the shortest tail of two characters or more)
        first = m.start(1)
        starts = [t.start - clause.start for t in tokens if first <= t.start - clause.start < first + len(items[0]) - 1]
        if not starts:
            continue
        cut = max(starts) - first
        items[0] = items[0][cut:]
        before = [t for t in tokens if t.end - clause.start == first + cut]
        if before and not (before[-1].tag in VERB_TAGS or before[-1].tag in ("w", "p", "c", "d") or before[-1].text in lex.lead_words):
            continue  # 加快甲台乙湾、丙等3个示范区: the first item goes on before the list (a name longer than four)
        num = m.group(2)
        if (int(num) if num.isdigit() else _COUNT_VALUES[num]) != len(items):
            continue
        rest = clause.text[m.end() : m.end() + 7]
        suf = next((rest[:k] for k in range(min(len(rest), 5), 1, -1) if lex.suffixes.get(rest[:k]) is PLACE or rest[:k] in _VILLAGE_KINDS), None)
        if suf is None or suf in lex.generic_words:
            continue
        if suf in lex.weak_suffixes:
            # 食品、医药两个产业园: kinds of industry before a weak suffix; some item must be a name jieba reads as one
            word = {(t.start, t.end): t for t in tokens}
            item_spans = [(clause.start + m.start(1) + cut, 0)]
            for it in items:
                item_spans[-1] = (item_spans[-1][0], item_spans[-1][0] + len(it))
                item_spans.append((item_spans[-1][1] + 1, 0))
            if not any(sp in word and is_proper_token(word[sp]) for sp in item_spans[:-1]):
                continue
        if any(it.endswith((*_OWN_NAME_ENDS, suf[-1])) or lex.suffixes.get(it[-2:]) is PLACE or suffix_class(it, lex) not in (None, PLACE) or it in lex.boundary or it in lex.generic_words for it in items):
            continue  # 甲镇、乙镇两个片区: the items are named places already; 重点、一般两类: no names
        pos = clause.start + m.start(1) + cut
        if any(o.start < clause.start + m.end(1) and pos < o.end and (o.cls is not PLACE or o.source == "gazetteer") for o in found):
            continue  # an item inside another family's name, or a known place (its own short form links elsewhere)
        new: list[Mention] = []
        for it in items:
            new.append(Mention(PLACE, it + suf, it, sentence, pos, pos + len(it), "coordination"))
            pos += len(it) + 1
        spans = {(o.start, o.end) for o in new}
        out = [o for o in out if not (o.cls is PLACE and (o.start, o.end) in spans)] + new
    return out
