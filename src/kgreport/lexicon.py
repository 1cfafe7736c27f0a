"""Rule data of the extractor (suffixes, cue words, boundary words), built once from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kgreport import resources
from kgreport.models import EntityClass, RelationKind


@dataclass(frozen=True)
class QuoteRule:
    """A word before or after a quoted term that decides its class (None: not an entity)."""

    side: str  # "before" | "after"
    cue: str
    cls: EntityClass | None


@dataclass(frozen=True)
class Cue:
    """A relation cue word and where it stands relative to the object."""

    kind: RelationKind
    word: str
    position: str  # "before" | "any"


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules need, loaded from ``data/rules`` and ``data/gazetteers``."""

    suffixes: dict[str, EntityClass]
    suffix_re: re.Pattern[str]
    boundary: frozenset[str]
    generic_words: frozenset[str]
    generic_names: frozenset[str]
    honor_heads: tuple[str, ...]
    quote_rules: tuple[QuoteRule, ...]
    cues: tuple[Cue, ...]
    units: tuple[str, ...]
    approx_words: frozenset[str]
    programs: frozenset[str]
    regions: frozenset[str]
    program_prefixes: frozenset[str]
    program_inner: frozenset[str]
    max_boundary_len: int
    lead_words: frozenset[str] = frozenset()
    not_suffixed_re: re.Pattern[str] | None = None
    weak_suffixes: frozenset[str] = frozenset()
    project_words: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()
    list_heads: dict[str, EntityClass] | None = None
    cue_words: frozenset[str] = frozenset()
    org_inner: frozenset[str] = frozenset()
    quote_reject_tails: tuple[str, ...] = ()
    central_bodies: frozenset[str] = frozenset()
    generic_qualifiers: frozenset[str] = frozenset()
    cue_re: re.Pattern[str] = re.compile("(?!)")  # matches nothing until loaded
    route_words: frozenset[str] = frozenset()
    cue_by_word: dict[str, Cue] = field(default_factory=dict)
    built_verbs: tuple[str, ...] = ()
    place_pairs: dict[str, tuple[str, ...]] | None = None
    honor_entity_cues: tuple[str, ...] = ()
    not_titles: frozenset[str] = frozenset()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, loaded on first use."""
    suffixes = {row["suffix"]: EntityClass(row["class"]) for row in resources.load_tsv("rules/suffixes.tsv")}
    quote_rules = tuple(
        QuoteRule(r["side"], r["cue"], None if r["class"] == "-" else EntityClass(r["class"]))
        for r in resources.load_tsv("rules/quote_rules.tsv")
    )
    cues = tuple(
        sorted(
            (Cue(RelationKind(r["relation"]), r["cue"], r["position"]) for r in resources.load_tsv("rules/relation_cues.tsv")),
            key=lambda c: -len(c.word),
        )
    )
    boundary = resources.load_words("rules/boundary_words.txt")
    return Lexicon(
        suffixes=suffixes,
        # A class suffix, longest first, e.g. "研究院" before "院".
        suffix_re=re.compile(f"(?:{_alternation(list(suffixes))})"),
        boundary=boundary,
        generic_words=resources.load_words("rules/generic_words.txt"),
        generic_names=resources.load_words("rules/generic_names.txt"),
        honor_heads=tuple(sorted(resources.load_words("rules/honor_heads.txt"), key=lambda w: -len(w))),
        quote_rules=quote_rules,
        cues=cues,
        units=tuple(sorted(resources.load_lines("rules/units.txt"), key=lambda w: -len(w))),
        approx_words=resources.load_words("rules/approx_words.txt"),
        programs=resources.load_words("gazetteers/programs.txt"),
        regions=resources.load_words("gazetteers/regions.txt"),
        program_prefixes=resources.load_words("rules/program_prefixes.txt"),
        program_inner=resources.load_words("rules/program_inner_words.txt"),
        max_boundary_len=max(map(len, boundary)),
        lead_words=resources.load_words("rules/lead_words.txt"),
        # A word that holds a suffix without being a name of its class, e.g. "布局", "战略通道".
        not_suffixed_re=re.compile(f"(?:{_alternation(list(resources.load_words('rules/not_suffixed.txt')))})"),
        weak_suffixes=resources.load_words("rules/weak_suffixes.txt"),
        project_words=tuple(sorted(resources.load_words("rules/project_words.txt"), key=lambda w: -len(w))),
        event_words=tuple(sorted(resources.load_words("rules/event_words.txt"), key=lambda w: -len(w))),
        list_heads={r["head"]: EntityClass(r["class"]) for r in resources.load_tsv("rules/list_heads.tsv")},
        cue_words=frozenset(c.word for c in cues),
        org_inner=resources.load_words("rules/org_inner_words.txt"),
        quote_reject_tails=tuple(resources.load_words("rules/quote_reject_tails.txt")),
        central_bodies=resources.load_words("rules/central_bodies.txt") | resources.load_words("rules/international_bodies.txt"),
        generic_qualifiers=resources.load_words("rules/generic_qualifiers.txt"),
        # Any relation cue word, longest first, e.g. "全面实施" before "实施".
        cue_re=re.compile(f"(?:{_alternation([c.word for c in cues])})"),
        cue_by_word={c.word: c for c in reversed(cues)},
        route_words=resources.load_words("rules/route_words.txt"),
        honor_entity_cues=tuple(sorted(resources.load_words("rules/honor_entity_cues.txt"), key=lambda w: -len(w))),
        place_pairs={r["abbreviation"]: tuple(r["places"].split()) for r in resources.load_tsv("rules/place_pairs.tsv")},
        built_verbs=tuple(sorted(resources.load_words("rules/built_verbs.txt"), key=lambda w: -len(w))),
        not_titles=resources.load_words("rules/not_titles.txt"),
    )


def made_of(text: str, words: frozenset[str]) -> bool:
    """Whether a text is a run of the words, longest word (up to six characters) first at each step, e.g. 农村公路提升改造
    工程 as 农村 公路 提升改造 工程."""
    rest = text
    while rest:
        for k in range(min(len(rest), 6), 0, -1):
            if rest[:k] in words:
                rest = rest[k:]
                break
        else:
            return False
    return True
