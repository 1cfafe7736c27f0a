"""Metadata completion: the region's code and parents from the gazetteer, a missing region or year guessed.

Part of reading: a :class:`~kgreport.models.Document` leaves here with the metadata
the later stages rely on.
"""

from __future__ import annotations

from dataclasses import replace
import re
from collections import Counter
from functools import lru_cache

from kgreport import gazetteer
from kgreport.models import Document, Level
from kgreport.read import metadata


def complete_meta(doc: Document) -> Document:
    """Fill the region's code and parents from the gazetteer, and a missing year from the file name."""
    meta = doc.meta
    if meta.year is None and (year := metadata.year_from_name(doc.source)) is not None:
        meta = replace(meta, year=year)  # 34 of 384 corpus reports have no header; their names carry it
        doc = replace(doc, meta=meta)
    if not meta.region:
        level_said, autonomous = (meta.level.value, False) if meta.level is not Level.UNKNOWN else _level_from_text(doc.text)
        prefecture = metadata.said_body(doc.text).startswith("州")
        guessed = _region_from_text(doc.text, level_said, prefecture=prefecture, autonomous=autonomous)
        if guessed is None:
            if not meta.issuer and (unnamed := unnamed_issuer(doc.text)):
                doc = replace(doc, meta=replace(meta, issuer=unnamed))
            return doc
        level = Level(guessed.level)  # 我代表市人民政府 of a county-level city: the gazetteer knows its level
        meta = replace(meta, region=guessed.name, level=level, issuer=meta.issuer or f"{guessed.name}人民政府")
    path = gazetteer.parse_division_path(meta.region)  # 深圳市南山区 → (深圳市, 南山区)
    d = gazetteer.resolve_division(meta.region) or (path[-1] if path else None) or _resolve_by_text(meta.region, doc.text)
    region = d.name if d is not None else meta.region
    if d is None and (d := _resolve_by_stem(meta.region, doc.text)) is not None:
        region = meta.region  # 清苑县人民政府 of 2005: today's 清苑区, named as the header names it
    if d is None:
        return doc
    if meta.issuer.endswith(f"{d.name}人民政府") and meta.issuer != f"{d.name}人民政府":
        meta = replace(meta, issuer=f"{d.name}人民政府")  # 深圳市南山区人民政府: one node, named without its city
    if region == d.name and meta.issuer in ("", f"{d.name}人民政府") and (then := then_name(d, doc.text, meta.year)):
        region = then  # a 2008 report of 清苑县 that never names itself in its header: 清苑县人民政府, not today's 清苑区
        meta = replace(meta, issuer=f"{then}人民政府")
    parents = tuple(a.name for a in gazetteer.ancestors(d.code))
    return replace(doc, meta=replace(meta, region=region, region_code=d.code, parents=parents))


#: The level words a county- or city-level division's name ends with, which renaming or re-levelling changes
#: (县 → 区, 县 → 市, 县级市 → 区, 地区 → 市, 旗 → 区).
_LEVEL_WORDS = ("地区", "县", "区", "市", "旗")

#: The report's words for its own territory, one level word each, e.g. "我县", "本区", "全旗", "县政府",
#: "区人民政府", "县委", "我市". Not 全市, 市政府 or 市委: a county or district names its city so.
_SELF_WORD = re.compile(r"[我本]([县区市旗])|全([县区旗])|([县区旗])(?:人民)?政府|([县区旗])委(?![员会])")

#: How often the text's own level word must be said, and how many times more than today's, to name
#: the issuer by it.
_SELF_MIN = 3
_SELF_RATIO = 3


def _self_words(text: str) -> Counter[str]:
    """How often the report calls its territory by each level word (我县 and 县政府 count for 县)."""
    return Counter(next(g for g in m.groups() if g) for m in _SELF_WORD.finditer(text[:_SCAN_CHARS]))


def then_name(d: gazetteer.Division, text: str, year: int | None) -> str:
    """The name of today's division ``d`` that a report of ``year`` uses for itself, when it is not
    today's: the stem with the level word the text calls its territory by (清苑区 in a text saying
    我县, 县政府 → 清苑县; 驻马店市 in one saying 全区 and naming 驻马店地区 → 驻马店地区), else the
    former name the renaming history records as in force in ``year``; "" when today's name stands."""
    now = next((w for w in _LEVEL_WORDS if d.name.endswith(w)), "")
    stem = d.name[: -len(now)] if now else ""
    if len(stem) >= 2 and d.level in ("county", "city"):
        words = _self_words(text)
        said, n = words.most_common(1)[0] if words else ("", 0)
        own = "市" if now == "地区" else now
        if said and said != own and n >= _SELF_MIN and n >= _SELF_RATIO * words[own]:
            then = stem + ("地区" if d.level == "city" and said == "区" else said)
            if d.level == "county" or then in text:  # a city report saying 全区 is an 地区's only when it names itself so
                return then
    if year is not None:
        for f in gazetteer.formers_of(d.code):
            if f.level.value == d.level and f.date[:4].isdigit() and year < int(f.date[:4]) and f.name in text:
                return f.name
    return ""


def _resolve_by_stem(region: str, text: str) -> gazetteer.Division | None:
    """Today's division that a county- or city-level name of another level word has become
    (清苑县 → 清苑区, 海拉尔市 → 海拉尔区): the one of that stem, or the one whose enclosing
    divisions the text names."""
    now = next((w for w in _LEVEL_WORDS if region.endswith(w)), "")
    stem = region[: -len(now)] if now else ""
    if len(stem) < 2:
        return None
    cands = [
        d
        for w in _LEVEL_WORDS
        if w != now
        for d in gazetteer.division_by_name(stem + w)
        if d.name == stem + w and d.level in ("county", "city")
    ]
    if len(cands) == 1:
        return cands[0]
    head = text[:5000]
    scored = sorted(((sum(head.count(a.name) + (head.count(a.short) if len(a.short) >= 2 else 0) for a in gazetteer.ancestors(c.code)), c) for c in cands), key=lambda x: -x[0])
    if scored and scored[0][0] and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


#: How much more the guessed division must score than the next one, and at least how much, for the
#: guess to stand: hiding the header of the 243 corpus reports with a known county, city or province
#: issuer and guessing from the body (scripts/issuer_guess.py) gives 239 right, 0 wrong, 4 unguessed
#: with "我代表市人民政府" left in, and 117 right, 0 wrong, 126 unguessed with it dropped too.
_MARGIN = 2
_MIN_SCORE = 3

#: How much of the text is searched for names: a whole report, as a headerless one may name itself only
#: a few times (and its counties a few times more).
_SCAN_CHARS = 60000

#: The issuer's own relative words, e.g. "我县", "本区": which level a report speaks for (not 全市: a district
#: report ranks itself in 全市).
_RELATIVE = re.compile("[我本](" + "|".join(sorted(map(re.escape, gazetteer.level_ranks()), key=len, reverse=True)) + ")")

_RANK_LEVEL = {0: "province", 1: "city", 2: "county"}

#: A county's or banner's report says 全县 / 全旗 of its own territory (全县生产总值, 全旗上下); the level above
#: is never named so, so these count for the county level like 我县 (a report with no header, 全县 12 times
#: and 我县 never); 全区 like 我区 (a district, or an autonomous region competing). Not 全市: a county or
#: district ranks itself in its city (居全市第一).
_WHOLE_COUNTY = re.compile(r"全([县区旗])(?![委级域])")


def _own_territory_chars(text: str) -> Counter[str]:
    """The level characters of the words the head of a report uses for its own territory: 我县, 本区 (any level),
    全县, 全区, 全旗; e.g. Counter({"县": 12, "市": 1})."""
    head = text[:_SCAN_CHARS]
    return Counter([m.group(1) for m in _RELATIVE.finditer(head)] + _WHOLE_COUNTY.findall(head))


def _level_from_text(text: str) -> tuple[str, bool]:
    """The level a report speaks for when its header says none: the level of the relative word
    (我县, 本区; 全县 for a county) it uses most, if at least three times and three times as often as any other level's;
    and whether that word is 区, which an autonomous region (a province) uses too (我区)."""
    ranks: Counter[int] = Counter()
    ends = gazetteer.level_ranks()
    own = _own_territory_chars(text)
    for char, n in own.items():
        ranks[ends[char]] += n
    districts = own["区"]
    top = ranks.most_common(2)
    if not top or top[0][0] not in _RANK_LEVEL or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 3 * top[1][1]):
        return "", False
    return _RANK_LEVEL[top[0][0]], 2 * districts > top[0][1]


def _region_from_text(text: str, level: str, *, prefecture: bool = False, autonomous: bool = False) -> gazetteer.Division | None:
    """The division of ``level`` a report names most often (for "我代表区人民政府" with no place), with the
    divisions right below it (a city report names its counties) and its parent named (a county's city);
    none unless it scores :data:`_MARGIN` times the next one. With ``prefecture`` ("我代表州人民政府")
    only the few 州 are candidates, so naming one (海西州, or 海西 alone) is enough even when its
    province goes unnamed. With ``autonomous`` (a report saying 我区 with no header) the autonomous
    regions compete with the districts."""
    if level not in ("province", "city", "county"):
        return None  # with no level to go by, names hidden in words (老城区改造) mislead
    count = _Counter(text[:_SCAN_CHARS])
    scored: list[tuple[int, gazetteer.Division]] = []
    candidates = _divisions(level)
    if autonomous:
        candidates += tuple(d for d in _divisions("province") if d.name.endswith("自治区"))
    if level == "city" and not prefecture:  # 我代表市人民政府 is said by county-level cities too
        candidates += tuple(d for d in _divisions("county") if d.name.endswith("市"))
    for d in candidates:
        if len(d.name) < 3 and d.name.endswith("区"):
            continue  # 城区, 郊区, 矿区: also plain words (but 易县, 雄县 name one county each)
        if prefecture and not d.name.endswith("州"):
            continue
        score = (count(d.name) + (sum(count(a) for a in d.aliases) if prefecture else 0)) * 2
        if len(d.short) >= 2 and d.level == level:  # short forms (合作, 平安) are often plain words
            score += count(d.short)  # (a county-level city or an autonomous region competing: its full name only)
        if not score and d.level != "province":
            continue
        # a province report names its cities more than itself (深圳, 广州 → 广东省), a city its counties
        kids = [_mentions(count, c) for c in _children(d.code)]
        if d.level == "city" and max(kids, default=0) > _mentions(count, d):
            continue  # a county-level city's report names it more than its prefecture (安国 in a 保定 one)
        score += sum(kids)
        if not score:
            continue
        if not prefecture:  # a name can hide in a longer word (滨海城区): its parents must be named too
            ups = gazetteer.ancestors(d.code)
            if ups and _mentions(count, ups[0]):
                score *= 4  # the city of a county (新城区 of another city is a plain word here)
            elif any(_mentions(count, a) for a in ups[1:]):
                score *= 2
            elif ups:
                score //= 2
        scored.append((score, d))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < _MIN_SCORE or (len(scored) > 1 and scored[0][0] < _MARGIN * scored[1][0]):
        return None
    return scored[0][1]


#: A government or party committee named by its level alone: after punctuation or a particle, never inside a
#: word (特别行政区政府, 市县政府: every county's government of a province; 各省政府) and not as the higher body that
#: leads (在省委、省政府的坚强领导下, said by the city and county reports of every province), e.g. "，省政府制定",
#: "和省委《规划》".
_LEVEL_BODY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在和与及由经是将向对把被为同跟按]))"
    r"([省市县区旗州盟])(?:人民政府|政府|委(?![员会]))(?![^，。；]{0,14}领导)"
)

#: Level characters from the highest level (省) to the lowest (县, 区, 旗).
_LEVEL_CHAR_RANK = gazetteer.level_ranks()


def unnamed_issuer(text: str) -> str:
    """The government a report speaks for when no place can be named, by its level alone, e.g. "省人民政府" for an
    excerpt that says 省政府 and 省委 but never names its province; "" when the text says no level.

    The body the speaker represents comes first (我代表区政府: "区人民政府"); else the lowest level of the words
    it uses for its own territory (我市, 全县); else, with none of those, the lowest level of the bodies it names
    by level alone. The issuer's node is then the report's own (see :func:`kgreport.extract.link.issuer_of`),
    so the relations stated of the issuer are kept instead of dropped.
    """
    said = metadata.said_body(text)
    if said and said[0] in _LEVEL_CHAR_RANK and said[1:] in ("人民政府", "政府"):
        return f"{said[0]}人民政府"
    # towns and townships (我镇) are below every report's issuer
    chars = Counter({c: n for c, n in _own_territory_chars(text).items() if _LEVEL_CHAR_RANK[c] <= 2})
    if not chars:
        chars = Counter(_LEVEL_BODY.findall(text, 0, _SCAN_CHARS))
    if not chars:
        return ""
    lowest = max(_LEVEL_CHAR_RANK[c] for c in chars)
    char = max((c for c in chars if _LEVEL_CHAR_RANK[c] == lowest), key=lambda c: (chars[c], c))
    return f"{char}人民政府"


@lru_cache(maxsize=1)
def _children_index() -> dict[str, tuple[gazetteer.Division, ...]]:
    out: dict[str, list[gazetteer.Division]] = {}
    for d in gazetteer.all_divisions(["city", "county"]):
        out.setdefault(d.parent_code, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def _children(code: str) -> tuple[gazetteer.Division, ...]:
    """The cities of a province, the counties of a city (towns are left out: their names are words too often)."""
    return _children_index().get(code, ())


@lru_cache(maxsize=8)
def _divisions(level: str) -> tuple[gazetteer.Division, ...]:
    """The divisions of one level, in code order: sorted once, not for every report (and every province)."""
    return gazetteer.all_divisions([level])


class _Counter:
    """``text.count(name)``, answered at once for the many names whose first two characters
    never occur together in ``text`` (thousands of divisions are tried per report)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs = {text[i : i + 2] for i in range(len(text) - 1)}

    def __call__(self, name: str) -> int:
        if len(name) >= 2 and name[:2] not in self.pairs:
            return 0
        return self.text.count(name)


def _mentions(count: _Counter, d: gazetteer.Division) -> int:
    return count(d.name) + (count(d.short) if len(d.short) >= 2 and d.short != d.name else 0)


def _resolve_by_text(region: str, text: str) -> gazetteer.Division | None:
    """An ambiguous region name (南山区) resolved by which enclosing divisions the text names."""
    head = text[:5000]
    best, best_score = None, 0
    for cand in gazetteer.division_by_name(region):
        score = sum(head.count(a.name) + (head.count(a.short) if len(a.short) >= 2 else 0) for a in gazetteer.ancestors(cand.code))
        if score > best_score:
            best, best_score = cand, score
    return best
