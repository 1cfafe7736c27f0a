"""Known names: gazetteer divisions, universities, central SOEs, programs and regions.

Also the known-name index (``lookup``, ``is_place_name``) that other families ask whether a
string is a known place or body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import gazetteer
from kgreport.lexicon import Lexicon, lexicon
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Document, EntityClass, Mention
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Token, _jieba

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/known.tsv"

#: Ends of a river's or lake's name (suffixed.tsv water_end) and the words after it that speak only of
#: the water (known.tsv water_after), e.g. "河" and "流域" in "唐河流域": a division named after a river.
_WATER_ENDS = tuple(word_list("rules/entities/suffixed.tsv", "water_end"))
_WATER_AFTER = frozenset(word_list(_WORDS, "water_after"))


@lru_cache(maxsize=1)
def _long_regions() -> re.Pattern[str] | None:
    """Named regions of five or more characters, which jieba cuts into more words than the
    token window below holds (深港科技创新合作区); long names are never parts of other words."""
    names = [r for r in lexicon().regions if len(r) >= 5]
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))) if names else None


#: Ends of a foreign division's name, characters it never holds, and characters right after its end that make
#: the end part of a word (known.tsv foreign_division_end, foreign_name_stop, foreign_after_stop).
_FOREIGN_ENDS = word_list(_WORDS, "foreign_division_end")
_FOREIGN_STOP = "".join(word_list(_WORDS, "foreign_name_stop"))
_FOREIGN_AFTER_STOP = "".join(word_list(_WORDS, "foreign_after_stop"))


@lru_cache(maxsize=1)
def _foreign_division() -> re.Pattern[str] | None:
    """A foreign city, prefecture or state right after its country, e.g. "安山市" in "与韩国安山市结为友好城市",
    "长野县" in "日本长野县", and a city after such a division ("乔巴山市" in "蒙古国东方省乔巴山市"): the
    gazetteers hold neither, and the country alone is no partner. Leads are the regions that are no division
    of China, no Chinese macro-region (西部地区) and no river or lake (黄河)."""
    leads = [
        r for r in lexicon().regions
        if not gazetteer.division_by_name(r) and not r.endswith("地区") and r[-1:] not in "河江湖海区"
    ]
    if not leads or not _FOREIGN_ENDS:
        return None
    lead = "|".join(re.escape(r) for r in sorted(leads, key=lambda r: (-len(r), r)))
    ends = "|".join(map(re.escape, _FOREIGN_ENDS))
    name = f"[^\\W\\d{re.escape(_FOREIGN_STOP)}]{{2,5}}?(?:{ends})(?![{re.escape(_FOREIGN_AFTER_STOP)}])"
    return re.compile(f"(?:{lead})({name})({name})?")


def _joined(tokens: Sequence[Token]) -> str:
    """The tokens' text run together, "" when they have gaps (offsets into it would not hold) or there are none:
    joined once per clause for the passes of this family that read it."""
    if not tokens:
        return ""
    text = "".join([t.text for t in tokens])
    return text if len(text) == tokens[-1].end - tokens[0].start else ""


def _foreign_divisions(tokens: Sequence[Token], sentence: int, text: str | None = None) -> list[Mention]:
    """Foreign divisions named right after their country (韩国/安山市): the division alone, as a place
    (``text``: the tokens' :func:`_joined` text, if known)."""
    pattern = _foreign_division()
    if not tokens or pattern is None:
        return []
    base = tokens[0].start
    text = _joined(tokens) if text is None else text
    if not text:
        return []  # tokens with gaps: offsets would not hold
    # a city after its province (蒙古国东方省乔巴山市): both, the linker's containment picks the city as partner
    return [
        Mention(PLACE, m.group(g), m.group(g), sentence, base + m.start(g), base + m.end(g), "gazetteer")
        for m in pattern.finditer(text)
        for g in (1, 2)
        if m.group(g) and not gazetteer.division_by_name(m.group(g))
    ]


def known_mentions(tokens: Sequence[Token], sentence: int, doc: Document, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    joined = _joined(tokens)  # "" for tokens with gaps: offsets would not hold
    out += _foreign_divisions(tokens, sentence, joined)
    if tokens and (long_re := _long_regions()) is not None:
        base = tokens[0].start
        text = joined
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
                continue  # what lookup's fast path says, without the call
            cls = _lookup_cached(text, region_code)
            if cls is ORG and len(text) <= 2 and j > i:
                continue  # 物产中大 holds 中大 across two tokens: not 中山大学
            if cls is not None and text in lex.generic_names:
                continue
            if cls is PLACE and j == i and t.tag in _COMMON_WORD_TAGS and not text.endswith(_DIVISION_ENDS) and not (
                t.tag in ("nr", "nrfg") and (i > 0 and tokens[i - 1].text == "、" or i + 1 < n and tokens[i + 1].text == "、")
            ) and not _upper_short_form(text):
                continue  # 幸福安康: a short place name read as an ordinary word (but 甲、景宁: a list of places)
            if cls is PLACE and j == i and (text in lex.boundary or text in lex.lead_words) and not text.endswith(_DIVISION_ENDS):
                continue  # 新建 (a verb) is also the short name of a district
            if cls is PLACE and j == i and len(text) == 2 and text[0] in "和与及" and i > 0 and tokens[i - 1].tag not in ("w", "ns"):
                continue  # 市“某某”和县“某某”, 政府和县委: 和 joins two bodies; 和县 the county follows a place or a mark
            if cls is PLACE and j == i and text in _SLOGAN_DIVISIONS and i > 0 and tokens[i - 1].tag not in ("w", "Q", "ns", "c", "p", "uj") and (
                tokens[i - 1].end == tokens[i].start and not any(d.level != "town" for d in gazetteer.division_by_name(tokens[i - 1].text))
            ):
                continue  # 产业兴县, 开放兴县: a slogan making the county thrive, not the county 兴县
            if cls is PLACE and j + 1 < n and (tokens[j + 1].text in _ROAD_WORDS or tokens[j + 1].text in FEATURE_WORDS):
                continue  # 长春北路, 丽水河: the road or river is the name, not the city
            if cls is PLACE and j == i and 0 < i and j + 1 < n and text[0] in FEATURE_ENDS and tokens[j + 1].text in _SIDE_WORDS and (
                tokens[i - 1].tag in ("ns", "nr", "nz", "x")
            ):
                continue  # 涞源/湖南/侧: the lake 涞源湖 and its south side, not the province 湖南
            if cls is PLACE and text.endswith(_WATER_ENDS) and j + 1 < n and tokens[j + 1].text in _WATER_AFTER:
                continue  # 黑河沿岸, 唐河流域: the river the city or county is named after, not the division
            if cls is PLACE and text.endswith(("河", "江")) and not text.endswith(_DIVISION_ENDS) and _river_sibling(tokens, i, j):
                continue  # 潮白河、沙河等: the river, not the city 沙河 (a lake, 西湖、大运河, is a place the linker keeps)
            if cls is PLACE and not text.endswith(_DIVISION_ENDS) and not _upper_short_form(text) and text not in (lex.place_pairs or {}) and (
                j + 1 < n and tokens[j + 1].text in _PHRASE_AFTER
                or _AREA_LIST_TAIL.match("".join(tok.text for tok in tokens[j + 1 : j + 16])) and _short_form_only(text)
            ):
                continue  # 光明前景: a phrase; 坪山新城, 光明、坪山四大新城: the planned areas, not the districts
            if cls is PLACE and j + 1 < n and tokens[j + 1].text in _EPONYM_WORDS:
                continue  # 巴黎协定, 多哈回合: the agreement or talks are named after the city
            if cls is PLACE and j + 1 < n and tokens[j + 1].text.startswith(_PEOPLE_AFTER):
                continue  # 港澳台同胞, 香港同胞: a fixed phrase naming people (compatriots), no mention of the places
            if cls is PLACE and text in (lex.place_pairs or {}) and _among_work_areas(tokens, i, j):
                continue  # 外事、侨务、港澳、台务: the office for Hong Kong and Macao affairs, not the places
            if cls is PLACE and j == i and text in _ADJECTIVE_DIVISIONS and j + 1 < n and tokens[j + 1].tag.startswith("n") and (
                tokens[j + 1].text not in _DIVISION_ENDS
            ):
                continue  # 新兴市场, 新兴产业: the adjective, not the county 新兴
            if cls is PLACE and j == i and i > 0 and tokens[i - 1].text.endswith("周年"):
                continue  # 新中国成立70周年大庆: the celebration, not the city 大庆
            if cls is PLACE and text in lex.regions and j + 1 < n and tokens[j + 1].text.startswith(_DESCRIPTOR_AFTER):
                continue  # 亚洲首个, 全球唯一: the region scopes a descriptor (CONVENTIONS 3), no place of the report
            if cls is PLACE and not text.endswith(_DIVISION_ENDS) and _distant_short_form(text, region_code) and _opens_site(tokens, j + 1, lex):
                continue  # 海北物流园区 in a Hulunbuir report, 罗田二期 in a Shenzhen one: a local site named like a far county
            if cls is ORG and text.startswith("中国") and "".join(tok.text for tok in tokens[j + 1 : j + 4]).startswith(_NATIONAL_MEASURE_AFTER):
                continue  # 中国石油产量: the country's oil output, not the firm 中国石油
            if cls is ORG and text in lex.central_bodies and _listed_with_regions(tokens, i, j, lex):
                cls = PLACE  # 开拓东盟、南美、中东等新兴市场: a bloc listed with world regions is the region of its members
            if cls is PROGRAM and j + 1 < n and tokens[j + 1].text in _PROGRAM_FACILITY_AFTER:
                continue  # 全民健身中心, 全民健身设施: a kind of facility named after the program, no program
            if cls is not None:
                out.append(Mention(cls, text, text, sentence, tokens[i].start, t.end, "gazetteer"))
    out += _title_parents(tokens, sentence, doc, joined) + _listed_counties(tokens, sentence, doc, joined)
    return out


def _listed_with_regions(tokens: Sequence[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Whether tokens i..j stand in a 、-list beside a world region or a group of places (欧洲、中亚、东盟;
    东盟、南美、中东; 港澳台、东盟): the list names markets or areas, not bodies."""
    regions = lex.regions | frozenset(lex.place_pairs or ())
    before = i >= 2 and tokens[i - 1].text == "、" and tokens[i - 2].text in regions
    after = j + 2 < len(tokens) and tokens[j + 1].text == "、" and tokens[j + 2].text in regions
    return before or after


@lru_cache(maxsize=4096)
def _distant_short_form(text: str, region_code: str) -> bool:
    """Whether a short form names county- or prefecture-level divisions only outside the issuer's
    province (海北 for a report of Inner Mongolia): a namesake is likelier than the far division."""
    if len(region_code) < 2 or region_code.startswith("00"):
        return False  # a national report speaks of every province
    far = [d for d in gazetteer.division_by_name(text) if d.level in ("county", "city") and d.name != text]
    return bool(far) and all(d.code[:2] != region_code[:2] for d in far)


#: A phase right after a name, e.g. "二期" in "某某二期".
_PHASE = re.compile(r"[一二三四五六七八九十\d]期")


def _opens_site(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether the word right after the name closes a site's or works' name (物流园区, 二期); not
    after a verb (甲和吉安共建产业园: the county is a partner of the park)."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return bool(_PHASE.fullmatch(tok.text)) or any(lex.suffixes.get(tok.text[-n:]) in (PLACE, PROJECT) for n in range(2, min(len(tok.text), 5) + 1))


#: A list of two or more items joined by 、, its last item up to 等 or a mark, e.g. "广西巴马、河源源城、深汕特别合作区等地".
_LIST_RUN = re.compile(r"[^、，,；;：:（）()“”《》。\s]+(?:、[^、，,；;：:（）()“”《》。\s]+)+")


def _listed_counties(tokens: Sequence[Token], sentence: int, doc: Document, text: str | None = None) -> list[Mention]:
    """Counties a list names by their short forms outside the issuer's own city, where the text
    says which they are: after their city or province (广西巴马, 河源源城, 汕尾陆河) or, in the
    issuer's province, beside another such county (联动濠江、连平等合作园区). Alone, a short county
    name far from the issuer is too often an ordinary word (和平, 新兴) to count."""
    if not tokens:
        return []
    base = tokens[0].start
    text = _joined(tokens) if text is None else text
    if "、" not in text:
        return []  # tokens with gaps ("": offsets would not hold); no 、: no list (the run pattern rescans long clauses)
    province = doc.meta.region_code[:2]
    out: list[Mention] = []
    for run in _LIST_RUN.finditer(text):
        items = run.group(0).split("、")
        found = _list_items(items, run.start(), {province} - {""})
        provinces = {div.code[:2] for _, _, div, parented in found if parented}
        if provinces - {province}:  # 广西都安、大化: the province of one county is that of the next
            found = _list_items(items, run.start(), ({province} | provinces) - {""})
        if len(found) < 2 and not any(parented for *_, parented in found):
            continue  # one county short form in a list of other words: 和平、发展
        for start, end, div, _ in found:
            if _AREA_LIST_TAIL.match(text, end) and div.name != text[start:end] and div.level not in ("province", "city"):
                continue  # 光明、龙华、坪山四大新城: the planned areas, not the districts
            out.append(Mention(PLACE, div.name, text[start:end], sentence, base + start, base + end, "gazetteer"))
    return out


@lru_cache(maxsize=1)
def _county_forms() -> frozenset[str]:
    """Every form of a county's name (gazetteer.division_forms of the county level, asked once: each list run asks it)."""
    return gazetteer.division_forms(("county",))


def _list_items(items: Sequence[str], pos: int, provinces: set[str]) -> list[tuple[int, int, gazetteer.Division, bool]]:
    """The divisions a list's items name (start, end, division, whether after its city or province)."""
    found: list[tuple[int, int, gazetteer.Division, bool]] = []
    forms = _county_forms()  # what an item naming a county ends with
    for k, item in enumerate(items):
        # the first item may follow a verb (联动濠江), the last run on into a head (连平等合作园区)
        spans = [(a, len(item)) for a in range(len(item) - 1)] if k == 0 else []
        spans += [(0, b) for b in range(len(item), 1, -1)] if k == len(items) - 1 else []
        spans = spans or [(0, len(item))]
        county_end: dict[int, int] = {}
        for a, b in spans:
            if k == len(items) - 1 and b < len(item) and item[b] != "等" and not found:
                continue  # the last item ends at 等 or at the list's end, unless counties came before (惠东、龙门签订)
            if b not in county_end:
                county_end[b] = _county_end(item, b, forms)
            if a > county_end[b]:
                continue  # no county's name ends the span: _listed_county finds none (most spans of most items)
            hit = _listed_county(item[a:b], provinces, strict=not any(parented for *_, parented in found))
            if hit is not None:
                div, parented = hit
                if parented:  # 河源源城: the county is the name after its city, which is a place of its own
                    c = next(c for c in range(b - 1, a, -1) if item[c:b] in (div.name, div.short) + div.aliases)
                    outer = gazetteer.parse_division_path(item[a:c])
                    if len(outer) == 1:
                        found.append((pos + a, pos + c, outer[0], parented))
                    a = c
                found.append((pos + a, pos + b, div, parented))
                break
        pos += len(item) + 1
    return found


def _county_end(item: str, b: int, forms: frozenset[str]) -> int:
    """Where the last county name of ``forms`` ending at ``b`` of ``item`` starts (within the 9 characters
    :func:`_listed_county` reads), or -1: a span ``item[a:b]`` names a county only if ``a`` is at most this."""
    for x in range(b - 1, max(0, b - 9) - 1, -1):
        if item[x:b] in forms:
            return x
    return -1


def _proper_word(word: str) -> bool:
    """Whether jieba's dictionary knows ``word`` as no common word: a place or a name, or not at all
    (濠江/ns, 陆河/nr; not 和平/n, 新兴/b)."""
    tag = _dictionary_tags().get(word)
    return tag is None or tag in ("ns", "nr", "nrt", "nrfg", "nz", "x")


@lru_cache(maxsize=1)
def _dictionary_tags() -> dict[str, str]:
    """jieba's word -> tag dictionary, as segment loads it."""
    return _jieba()[1]


def _listed_county(item: str, provinces: set[str], strict: bool = True) -> tuple[gazetteer.Division, bool] | None:
    """The county a list item names, and whether its city or province comes first (河源源城); ``strict``:
    a bare short form must be no common word (not so after a county named with its province: 广西都安、大化)."""
    if len(item) < 2 or len(item) > 9:
        return None
    path = gazetteer.parse_division_path(item)
    if len(path) >= 2 and path[-1].level == "county" and path[0].level in ("province", "city"):
        return path[-1], True
    if len(item) <= 3:
        counties = [d for d in gazetteer.division_by_name(item, levels=("county",)) if d.code[:2] in provinces]
        if len(counties) == 1 and item == counties[0].short and (not strict or _proper_word(item)):
            return counties[0], False
    return None


def _title_parents(tokens: Sequence[Token], sentence: int, doc: Document, text: str | None = None) -> list[Mention]:
    """The division a title names right before the issuer's territory: 柳州市 in
    "(广西)柳州市城中区人民政府工作报告". The title states the containment, so the parent is a
    place of the report even inside the longer name of the issuing government."""
    meta = doc.meta
    if not tokens or not meta.title or not meta.region or not meta.parents:
        return []
    base = tokens[0].start
    text = _joined(tokens) if text is None else text
    if not text or text not in meta.title:
        return []  # only the title line, with offsets that hold
    out = []
    for parent in meta.parents:
        k = text.find(parent + meta.region)
        if k >= 0:
            out.append(Mention(PLACE, parent, parent, sentence, base + k, base + k + len(parent), "title-parent"))
    return out


#: Endings of a token that holds a road suffix, e.g. "通路" in "政/通路", "路" in "金城/路".
ROAD_ENDS = word_list(_WORDS, "road_end")

#: Words after a place name that make it part of a road's name, e.g. "北路" in "长春北路".
_ROAD_WORDS = frozenset(word_list(_WORDS, "road_word"))

#: Words after a place name that make it part of a natural feature's or site's name (丽水河, 某某水库).
FEATURE_WORDS = frozenset(word_list(_WORDS, "feature_word"))

#: jieba tags of a word used as an ordinary word, not a place (安康 in 人民幸福安康 is tagged nr).
_COMMON_WORD_TAGS = frozenset({"nr", "nrfg", "a", "ad", "an", "d", "v", "vn", "l", "i"})

#: Short forms of provinces and cities that are also ordinary words (幸福安康, 真金白银, 长治久安).
_COMMON_WORD_PLACES = frozenset(word_list(_WORDS, "common_word_place"))

#: Short county names that are also adjectives, from known.tsv adjective_division, e.g. "新兴" in "新兴市场".
_ADJECTIVE_DIVISIONS = frozenset(word_list(_WORDS, "adjective_division"))

#: Sides after a province's short name that cut a lake or river off its name, from known.tsv side_word, e.g. "侧" in "涞源/湖南/侧".
_SIDE_WORDS = frozenset(word_list(_WORDS, "side_word"))

#: One-character endings of a natural feature's name that may open a province's short name (湖 of 湖南).
FEATURE_ENDS = frozenset(w for w in FEATURE_WORDS if len(w) == 1)

#: Words after a place name that make it part of an agreement's or talks' name, e.g. "协定" in "巴黎协定".
_EPONYM_WORDS = frozenset(word_list(_WORDS, "eponym_word"))

#: Words after an abbreviation of several places that make it a fixed phrase naming people, from known.tsv
#: people_after, e.g. "同胞" in "港澳台同胞".
_PEOPLE_AFTER = tuple(word_list(_WORDS, "people_after"))

#: Words after a central firm's short name of 中国 and a good that make it the country's measure of that good, from
#: known.tsv national_measure_after, e.g. "产量" in "中国石油产量" (China's oil output, no company).
_NATIONAL_MEASURE_AFTER = tuple(word_list(_WORDS, "national_measure_after"))

#: Fields of government work listed beside 港澳, from known.tsv work_area, e.g. "侨务" in "外事、侨务、港澳、台务".
_WORK_AREAS = frozenset(word_list(_WORDS, "work_area"))

#: Words right after a region's name that make it part of a descriptor, from known.tsv descriptor_after, e.g. "首个" in "亚洲首个".
_DESCRIPTOR_AFTER = tuple(word_list(_WORDS, "descriptor_after"))


#: Heads of a planned area after a division's short form, from known.tsv area_tail, e.g. "新城" in "坪山新城".
_AREA_TAILS = word_list(_WORDS, "area_tail")

#: What follows a short form that names a planned area, not its district: more short forms joined
#: by 、/和 (each of at most four characters), an optional count (四大, 两大), then an area head not
#: part of a longer word (新城区 is a district); e.g. "、龙华、大运、坪山四大新城" after "光明".
_AREA_LIST_TAIL = re.compile(
    r"(?:[、和与及][^、，,；;：:（）()“”《》。\s和与及等]{1,4}){0,6}等?(?:[两二三四五六七八九十]大)?(?<!高)(?:"
    + "|".join(re.escape(w) for w in _AREA_TAILS) + r")(?![区城])"
)

#: Words right after a known program that make it the kind of a facility, from known.tsv program_facility_after,
#: e.g. "中心" in "全民健身中心" (a generic facility, audit 10).
_PROGRAM_FACILITY_AFTER = frozenset(word_list(_WORDS, "program_facility_after"))

#: Words that make a short division name half of a common phrase, from known.tsv phrase_after, e.g. "前景" in "光明前景".
_PHRASE_AFTER = frozenset(word_list(_WORDS, "phrase_after"))


def _short_form_only(text: str) -> bool:
    """Whether ``text`` is a division's short form and no division's full name nor a named region
    (光明 of 光明区; not 浦东新区, nor 前海 or 横琴, whose own areas 前海片区, 横琴新区 are the region)."""
    divisions = gazetteer.division_by_name(text)
    return bool(divisions) and text not in lexicon().regions and not any(d.name == text for d in divisions)


def _river_sibling(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens i..j stand in a 、 list next to a river or lake that is no division (潮白河、沙河):
    a short name ending in 河/江/湖 there is the water, not the city named after it."""
    near = [tokens[i - 2].text] if i >= 2 and tokens[i - 1].text == "、" else []
    if j + 2 < len(tokens) and tokens[j + 1].text == "、":
        near.append(tokens[j + 2].text)
    return any(len(w) >= 2 and w.endswith(_WATER_ENDS) and not gazetteer.division_by_name(w) for w in near)


def _among_work_areas(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens i..j stand in a 、 list next to a field of government work (外事、港澳、对台)."""
    before = i >= 2 and tokens[i - 1].text == "、" and tokens[i - 2].text in _WORK_AREAS
    return before or j + 2 < len(tokens) and tokens[j + 1].text == "、" and tokens[j + 2].text in _WORK_AREAS


#: County names that also end a slogan, from known.tsv slogan_division, e.g. "兴县" in "产业兴县".
_SLOGAN_DIVISIONS = frozenset(word_list(_WORDS, "slogan_division"))


@lru_cache(maxsize=4096)
def _upper_short_form(name: str) -> bool:
    """Whether ``name`` is the short form of a province or city and no ordinary word: jieba's
    dictionary tags many of them as person names or adverbs (秦皇岛/nr, 大连/d, 保定/v), yet in a
    report they name the place."""
    return name not in _COMMON_WORD_PLACES and bool(gazetteer.division_by_name(name, levels=("province", "city")))


#: Endings of a full division name, which stands for the place whatever jieba says.
_DIVISION_ENDS = gazetteer.division_ends("full_end")


def lookup(name: str, doc: Document, lex: Lexicon) -> EntityClass | None:
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
        | gazetteer.university_names() | frozenset(gazetteer.soe_names()) | frozenset(r + "市" for r in lex.regions)
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
    if name in lex.regions or name in (lex.place_pairs or {}) or name[-1:] == "市" and name[:-1] in lex.regions:
        return PLACE  # 乌兰巴托市: a foreign city with the 市 jieba keeps in one word
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


def is_region_name(name: str) -> bool:
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


@lru_cache(maxsize=1)
def _province_abbreviations() -> dict[str, str]:
    """Each province's one-character abbreviation and its full name, e.g. 闽 → 福建省."""
    return {r["abbreviation"]: r["province"] for r in load_tsv("rules/province_abbreviations.tsv")}


#: How many provinces a run names, between the run and the cue, e.g. "三省" in "鄂湘赣三省合作", "三地" in "粤港澳三地合作".
PROVINCE_COUNT = "(?:[两三四五](?:省区?|地|市))?"


#: Fields of cooperation between a run and its cue (data: coop_field), e.g. "金融" in "深港金融合作", "教育交流" in
#: "深港教育交流合作" (one or two of them).
COOP_FIELD = "(?:" + "|".join(map(re.escape, sorted(word_list("rules/relations/cues.tsv", "coop_field"), key=len, reverse=True))) + "){1,2}"


@lru_cache(maxsize=64)
def _province_run(own: str = "") -> re.Pattern[str]:
    """A run of two or more province abbreviations right before a cooperation cue, e.g. "闽宁" in
    "闽宁协作", "沪滇" in "沪滇合作", "皖港澳" in "深化皖港澳合作"; not after 中 (中新合作: China and
    Singapore) nor inside a longer run. ``own`` adds the first characters of the report's own cities
    (深 of 深港合作 in a Shenzhen report). A field of cooperation may stand before the cue (group 1: 深港金融合作,
    京冀战略合作), not before a zone named after it (前海深港现代服务业合作区)."""
    chars = "".join(_province_abbreviations()) + own
    return re.compile(
        f"(?<![{chars}中])(?:[{chars}]{{2,4}}、)*[{chars}]{{2,4}}"
        f"(?={PROVINCE_COUNT}(?:{_RUN_CUE.pattern})|({COOP_FIELD})(?:{_RUN_CUE.pattern})(?![区园]))"
    )


def _own_city_abbreviations(own: set[str]) -> dict[str, str]:
    """The first character of each city the report lies in that is no province's abbreviation, and the city:
    深 → 深圳市 in a report of Shenzhen or one of its districts (深港合作, 深澳合作)."""
    abbrev = _province_abbreviations()
    return {
        name[0]: name
        for name in sorted(own)
        if name[:1] not in abbrev and any(d.level == "city" and d.name == name for d in gazetteer.division_by_name(name))
    }


def province_runs(found: list[Mention], tokens: Sequence[Token], text: str, start: int, sentence: int, doc: Document) -> list[Mention]:
    """闽宁协作 in a Fujian report: each abbreviated province is a Place (宁夏回族自治区), the partner of the
    cooperation cue that follows (the report's own marked as such); a run inside a longer name
    (粤桂合作特别试验区) is left to that name, and a run starts where a word does (创新川渝合作: not 新)."""
    if not _RUN_CUE.search(text):
        return found  # every run ends before a cue (the pattern's lookahead): most clauses hold none
    own = {doc.meta.region, *doc.meta.parents} - {""}
    cities = _own_city_abbreviations(own)
    abbrev = {**_province_abbreviations(), **cities}
    starts = {t.start for t in tokens}
    out = found
    for m in _province_run("".join(cities)).finditer(text):
        s, e = start + m.start(), start + m.end()
        while s < e and s not in starts:
            s += 1
        if e - s < 2 or text[s - start] == "、":
            continue
        if m.group(1) and not any(abbrev.get(c) in own for c in text[s - start : e - start]):
            continue  # 粤港澳全面合作 in a national report: a field of cooperation only when the report's own place is one side
        cue_end = m.end() + len(m.group(1) or "") + len(cue_after(text, m.end() + len(m.group(1) or "")))
        if _NAMED_AFTER_CUE.match(text, cue_end):
            continue  # 南部深港合作新廊带, 深港合作区: a corridor or zone named after the cooperation, no partners
        around = [n for n in out if n.start < e and n.end > s and (n.start < s or n.end > e)]
        if any(n.cls is not PROGRAM or n.end != e + len(cue_after(text, m.end())) for n in around):
            continue  # 粤桂合作特别试验区: the run opens a name found around it (not 粤桂协作 as a program)
        inside = [n for n in out if s <= n.start and n.end <= e]
        # the report's own province stays a place, marked so that it is no partner of its own issuer
        provinces = [
            Mention(PLACE, abbrev[c], c, sentence, s + k, s + k + 1, OWN_ABBREVIATION if abbrev[c] in own else "abbreviation")
            for k, c in enumerate(text[s - start : e - start])
            if c in abbrev
        ]
        if any(p.source != OWN_ABBREVIATION for p in provinces):
            out = [n for n in out if n not in inside] + provinces
    return out


#: A corridor, zone or park right after a run's cue, e.g. "新廊带" in "深港合作新廊带", "延伸区" in "深港科技创新合作延伸区"
#: (a name of a place, not a cooperation of the run's places).
_NAMED_AFTER_CUE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:廊带|走廊|轴带|区|园)")


#: The source of a province abbreviation naming the report's own province (闽 of 闽宁协作 in a Fujian report).
OWN_ABBREVIATION = "abbreviation-own"

#: The cooperation cue right after a run of province abbreviations, e.g. "协作" after "粤桂".
_RUN_CUE = re.compile(r"(?:扶贫|东西部)协作|对口(?:合作|协作|帮扶|支援)?|合作|协作|共建")


def cue_after(text: str, pos: int) -> str:
    """The cooperation cue at ``pos`` of ``text`` ("协作" of "粤桂协作"), or ""."""
    m = _RUN_CUE.match(text, pos)
    return m.group(0) if m else ""
