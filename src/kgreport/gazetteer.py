"""General-knowledge gazetteers: administrative divisions, universities, central SOEs.

Data files live in ``data/gazetteers/`` (see its SOURCES.md for provenance) and are
read on first use through :mod:`kgreport.resources`; every lookup afterwards is a
dict access. Division codes are GB/T 2260 (6 digits) for province, prefecture and
county level and the NBS 9-digit codes for towns (乡镇街道).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from .resources import DIVISION_END_USES, load_tsv

DIVISIONS_FILE = "gazetteers/divisions.tsv"
TOWNS_FILE = "gazetteers/towns.tsv"
RENAMED_FILE = "gazetteers/renamed.tsv"
UNIVERSITIES_FILE = "gazetteers/universities.tsv"
SOES_FILE = "gazetteers/central_soes.tsv"


class Level(str, Enum):
    """Administrative level of a division, from the top down."""

    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWN = "town"

    @property
    def depth(self) -> int:
        """1 for province … 4 for town."""
        return _DEPTH[self]


_DEPTH = {Level.PROVINCE: 1, Level.CITY: 2, Level.COUNTY: 3, Level.TOWN: 4}
_CITY_DEPTH = _DEPTH[Level.CITY]


class MatchKind(str, Enum):
    """How a surface form matched a division; a full name beats a short form."""

    ALIAS = "alias"
    SHORT = "short"
    NAME = "name"


_KIND_RANK = {MatchKind.ALIAS: 0, MatchKind.SHORT: 1, MatchKind.NAME: 2}


@dataclass(frozen=True)
class Division:
    """One administrative division, e.g. ``Division('330824', '开化县', '开化', COUNTY, '330800')``."""

    code: str
    name: str
    short: str
    level: Level
    parent_code: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormerDivision:
    """A division that was renamed or merged, pointing to its successor when known."""

    name: str
    short: str
    level: Level
    former_parent: str
    successor_code: str
    successor_name: str
    date: str


@dataclass(frozen=True)
class University:
    """A regular higher-education institution from the Ministry of Education list."""

    name: str
    aliases: tuple[str, ...]
    province: str
    province_code: str
    city: str
    moe_code: str
    authority: str
    level: str
    english: str


class SoeCategory(str, Enum):
    """Who supervises a central state-owned enterprise."""

    SASAC = "sasac"
    FINANCIAL = "financial"
    OTHER = "other"


@dataclass(frozen=True)
class CentralSoe:
    """A central state-owned enterprise with its common short names."""

    name: str
    aliases: tuple[str, ...]
    category: SoeCategory


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(a for a in (field or "").split("|") if a)


# --------------------------------------------------------------------------- divisions


@dataclass(frozen=True)
class _DivisionIndex:
    by_code: dict[str, Division]
    by_form: dict[str, tuple[tuple[Division, MatchKind], ...]]


@cache
def _division_index() -> _DivisionIndex:
    by_code: dict[str, Division] = {}
    forms: dict[str, dict[str, tuple[Division, MatchKind]]] = defaultdict(dict)
    for row in load_tsv(DIVISIONS_FILE) + load_tsv(TOWNS_FILE):
        div = Division(
            code=row["code"],
            name=row["name"],
            short=row["short"],
            level=Level(row["level"]),
            parent_code=row["parent_code"] or "",
            aliases=_split(row.get("aliases")),
        )
        by_code[div.code] = div
        # Strongest kind wins when one form is both (short == name for 和县).
        for form, kind in [(a, MatchKind.ALIAS) for a in div.aliases] + [
            (div.short, MatchKind.SHORT),
            (div.name, MatchKind.NAME),
        ]:
            if form:
                forms[form][div.code] = (div, kind)
    for hits in forms.values():
        if any(k is MatchKind.NAME and d.level != Level.TOWN for d, k in hits.values()):
            # 西城区, 唐县 written out are the district and the county, never the short form of a
            # town named after them (西城区街道, 唐县镇), however near the town lies to the issuer
            for code in [c for c, (d, k) in hits.items() if d.level == Level.TOWN and k is not MatchKind.NAME]:
                del hits[code]
    by_form = {
        form: tuple(sorted(hits.values(), key=lambda h: (-_KIND_RANK[h[1]], h[0].level.depth, h[0].code)))
        for form, hits in forms.items()
    }
    return _DivisionIndex(by_code, by_form)


def division_by_code(code: str) -> Division | None:
    """The division with this GB/T 2260 (or 9-digit town) code, e.g. ``'330824'``.

    A 12-digit statistical code is accepted and trimmed (``'330824000000'``).
    """
    code = code.strip()
    index = _division_index().by_code
    if code in index:
        return index[code]
    if len(code) == 12 and code.isdigit() and code.endswith("000"):
        # 12-digit statistical codes pad towns with 000 and counties with 000000;
        # a village code (no 000 tail) names nothing in the gazetteer.
        return index.get(code[:6] if code[6:] == "000000" else code[:9])
    return None


def division_matches(name: str) -> tuple[tuple[Division, MatchKind], ...]:
    """Every division whose full name, short form or alias is ``name``, with how it matched.

    Full-name matches come first, then higher levels.
    """
    return _division_index().by_form.get(name.strip(), ())


def division_by_name(name: str, levels: Iterable[Level | str] | None = None) -> tuple[Division, ...]:
    """All divisions called ``name`` (full name, short form or alias); may be several.

    ``levels`` restricts the result, e.g. ``division_by_name('朝阳', levels=['city'])``.
    """
    return _division_by_name(name, None if levels is None else tuple(levels))


# the rules ask for the same short strings in clause after clause (tens of thousands a report)
@lru_cache(maxsize=1 << 16)
def _division_by_name(name: str, levels: tuple[Level | str, ...] | None) -> tuple[Division, ...]:
    wanted = None if levels is None else {Level(lv) for lv in levels}
    return tuple(d for d, _k in division_matches(name) if wanted is None or d.level in wanted)


def ancestors(code: str) -> tuple[Division, ...]:
    """The divisions containing ``code``, nearest first (county -> city -> province)."""
    return _ancestors(code)


# the rules ask for the same divisions' ancestors again and again (context scores, nesting tests)
@lru_cache(maxsize=1 << 16)
def _ancestors(code: str) -> tuple[Division, ...]:
    index = _division_index().by_code
    out: list[Division] = []
    current = division_by_code(code)
    while current is not None and current.parent_code:
        parent = index.get(current.parent_code)
        if parent is None:
            break
        out.append(parent)
        current = parent
    return tuple(out)


def _lineage(code: str) -> dict[str, int]:
    """Code -> depth for the division itself and all its ancestors."""
    div = division_by_code(code)
    if div is None:
        return {}
    return {d.code: d.level.depth for d in (div, *ancestors(div.code))}


def _context_score(candidate: Division, contexts: Sequence[dict[str, int]]) -> tuple[int, int]:
    """(deepest shared division with any context, number of contexts sharing something)."""
    own = _lineage(candidate.code)
    best, hits = 0, 0
    for ctx in contexts:
        shared = [depth for code, depth in own.items() if code in ctx]
        if shared:
            hits += 1
            best = max(best, max(shared))
    return best, hits


def resolve_division(name: str, context_codes: Sequence[str] = ()) -> Division | None:
    """The one division ``name`` most likely means, or None if unknown or undecidable.

    Candidates inside (or containing) the places in ``context_codes`` win, e.g.
    ``resolve_division('朝阳区', ['110000'])`` is Beijing's 朝阳区. Without a deciding
    context a higher level beats a lower one (``'巴州'`` is the prefecture 巴音郭楞, not
    the town 巴州镇), then a full name beats a short form; a remaining tie returns None.
    Former names (``'襄樊市'``) resolve to their successor.
    """
    return _resolve_division(name, tuple(context_codes))


# pure given the (cached) index; the rules resolve the same short strings in clause after clause
@lru_cache(maxsize=1 << 16)
def _resolve_division(name: str, context_codes: tuple[str, ...]) -> Division | None:
    matches = division_matches(name)
    if not matches:
        matches = tuple(
            (div, MatchKind.ALIAS)
            for former in former_divisions(name)
            if (div := division_by_code(former.successor_code)) is not None
        )
        if not matches:
            return None
    contexts = [lin for c in context_codes if (lin := _lineage(c))]
    scored = [(*_context_score(div, contexts), -div.level.depth, _KIND_RANK[kind], div) for div, kind in matches]
    if any(t[4].level is not Level.TOWN for t in scored):
        # Sharing only the province does not make a town nearer than a city: in a 深圳 report 北京
        # is 北京市, not a 北京街道 of Guangzhou; a town wins by context only inside the same city.
        scored = [t for t in scored if t[4].level is not Level.TOWN or t[0] >= _CITY_DEPTH]
    ranked = sorted(
        scored,
        key=lambda t: t[:4],
        reverse=True,
    )
    if len(ranked) > 1 and ranked[0][:4] == ranked[1][:4] and ranked[0][4] != ranked[1][4]:
        return None
    return ranked[0][4]


@cache
def _max_form_length() -> int:
    return max(len(f) for f in _division_index().by_form)


def _is_inside(div: Division, outer: Division) -> bool:
    return any(a.code == outer.code for a in ancestors(div.code))


def parse_division_path(text: str, context_codes: Sequence[str] = ()) -> tuple[Division, ...]:
    """Split a run of nested place names into divisions, outermost first.

    ``parse_division_path('呼伦贝尔市海拉尔区')`` is (呼伦贝尔市, 海拉尔区); short forms work
    too (``'深圳南山'``). Each name must lie inside the one before it (the highest such
    division when several share the name); the first one is
    resolved with ``context_codes``. Returns () unless the whole text is consumed.
    """
    return _parse_division_path(text.strip(), tuple(context_codes))


# pure given the (cached) index; the list rules try every substring of every 、-list item, and
# the same items (and their substrings) come back in clause after clause and report after report
@lru_cache(maxsize=1 << 16)
def _parse_division_path(text: str, context_codes: tuple[str, ...]) -> tuple[Division, ...]:
    by_form = _division_index().by_form
    longest = _max_form_length()

    def step(pos: int, outer: Division | None) -> tuple[Division, ...] | None:
        if pos == len(text):
            return ()
        for end in range(min(len(text), pos + longest), pos, -1):
            form = text[pos:end]
            if form not in by_form:
                continue
            if outer is None:
                div = resolve_division(form, context_codes)
                options = [div] if div is not None else []
            else:
                inside = [d for d, _k in by_form[form] if _is_inside(d, outer)]
                # 深圳 + 南山: the district 南山区, not its own 南山街道 one level down.
                top = min((d.level.depth for d in inside), default=0)
                options = [d for d in inside if d.level.depth == top]
            if len(options) != 1:
                continue
            rest = step(end, options[0])
            if rest is not None:
                return (options[0], *rest)
        return None

    return step(0, None) or ()


def all_divisions(levels: Iterable[Level | str] | None = None) -> tuple[Division, ...]:
    """Every division (optionally only some levels), in code order."""
    wanted = None if levels is None else {Level(lv) for lv in levels}
    divs = _division_index().by_code.values()
    return tuple(sorted((d for d in divs if wanted is None or d.level in wanted), key=lambda d: d.code))


def division_forms(levels: Iterable[Level | str] | None = None) -> frozenset[str]:
    """Every surface form (full names, short forms, aliases) of the divisions at ``levels``.

    Meant for dictionary-based recognition, e.g. loading into a tokenizer.
    """
    wanted = None if levels is None else {Level(lv) for lv in levels}
    return _division_forms(frozenset(wanted) if wanted is not None else None)


@cache
def _division_forms(wanted: frozenset[Level] | None) -> frozenset[str]:
    return frozenset(
        form
        for form, hits in _division_index().by_form.items()
        if any(wanted is None or d.level in wanted for d, _k in hits)
    )


@cache
def _former_index() -> dict[str, tuple[FormerDivision, ...]]:
    out: dict[str, list[FormerDivision]] = defaultdict(list)
    for row in load_tsv(RENAMED_FILE):
        former = FormerDivision(
            name=row["former_name"],
            short=row["former_short"],
            level=Level(row["level"]),
            former_parent=row["former_parent"],
            successor_code=row["successor_code"] or "",
            successor_name=row["successor_name"] or "",
            date=row["date"] or "",
        )
        out[former.name].append(former)
        if former.short and len(former.short) >= 2 and former.short != former.name:
            out[former.short].append(former)
    return {k: tuple(v) for k, v in out.items()}


def former_divisions(name: str) -> tuple[FormerDivision, ...]:
    """Renamed or merged divisions once called ``name`` (full or short), e.g. ``'襄樊'``."""
    return _former_index().get(name.strip(), ())


@cache
def _formers_by_successor() -> dict[str, tuple[FormerDivision, ...]]:
    out: dict[str, dict[str, FormerDivision]] = defaultdict(dict)
    for formers in _former_index().values():
        for f in formers:
            if f.successor_code:
                out[f.successor_code][f.name] = f
    return {k: tuple(v.values()) for k, v in out.items()}


def formers_of(code: str) -> tuple[FormerDivision, ...]:
    """The renamed or merged divisions that today's division ``code`` succeeds, e.g. 襄樊市 for 襄阳市."""
    return _formers_by_successor().get(code, ())


# --------------------------------------------------------------------------- universities


@cache
def _universities() -> tuple[tuple[University, ...], dict[str, University]]:
    unis = tuple(
        University(
            name=row["name"],
            aliases=_split(row["aliases"]),
            province=row["province"],
            province_code=row["province_code"],
            city=row["city"],
            moe_code=row["moe_code"],
            authority=row["authority"],
            level=row["level"],
            english=row["english"],
        )
        for row in load_tsv(UNIVERSITIES_FILE)
    )
    by_form: dict[str, University] = {}
    ambiguous: set[str] = set()
    for uni in unis:
        for alias in uni.aliases:
            if alias in by_form and by_form[alias].name != uni.name:
                ambiguous.add(alias)
            by_form.setdefault(alias, uni)
    for alias in ambiguous:  # 东大, 海大, 西大 … mean different schools: never guess
        del by_form[alias]
    for uni in unis:  # full names always win over someone else's alias
        by_form[uni.name] = uni
    return unis, by_form


def universities() -> tuple[University, ...]:
    """Every university in the list."""
    return _universities()[0]


@cache
def university_names() -> frozenset[str]:
    """Full names of all universities (about 2,700)."""
    return frozenset(u.name for u in universities())


def university_by_name(name: str) -> University | None:
    """The university with this full name or unambiguous short name (``'浙大'``)."""
    return _universities()[1].get(name.strip())


# --------------------------------------------------------------------------- central SOEs


@cache
def _soes() -> tuple[tuple[CentralSoe, ...], dict[str, str], dict[str, CentralSoe]]:
    soes = tuple(
        CentralSoe(row["name"], _split(row["aliases"]), SoeCategory(row["category"]))
        for row in load_tsv(SOES_FILE)
    )
    mapping: dict[str, str] = {}
    ambiguous: set[str] = set()
    for soe in soes:
        for alias in soe.aliases:
            if alias in mapping and mapping[alias] != soe.name:
                ambiguous.add(alias)
            mapping.setdefault(alias, soe.name)
    for alias in ambiguous:
        del mapping[alias]
    for soe in soes:
        mapping[soe.name] = soe.name
    return soes, mapping, {s.name: s for s in soes}


def central_soes() -> tuple[CentralSoe, ...]:
    """Every central SOE in the list."""
    return _soes()[0]


def soe_names() -> dict[str, str]:
    """Alias or full name -> canonical full name, e.g. ``'建行' -> '中国建设银行股份有限公司'``.

    The dict is shared: do not modify it.
    """
    return _soes()[1]


def soe_by_name(name: str) -> CentralSoe | None:
    """The central SOE with this full or short name."""
    _all, mapping, by_name = _soes()
    canonical = mapping.get(name.strip())
    return None if canonical is None else by_name[canonical]


DIVISION_ENDS_FILE = "rules/division_ends.tsv"


@cache
def division_ends(use: str) -> tuple[str, ...]:
    """Endings of division names that rule ``use`` takes (a column of ``rules/division_ends.tsv``), in file order.

    E.g. ``division_ends("encloses")`` is ``("省", "市", "州", "盟", "自治区")``.
    """
    if use not in DIVISION_END_USES:
        raise ValueError(f"unknown use of division ends: {use!r}")
    return tuple(r["end"] for r in load_tsv(DIVISION_ENDS_FILE) if r[use] == "yes")


@cache
def level_ranks() -> dict[str, int]:
    """Rank of each ranked division ending: 0 province, 1 prefecture, 2 county, 3 township."""
    return {r["end"]: int(r["rank"]) for r in load_tsv(DIVISION_ENDS_FILE) if r["rank"]}
