"""The one loader for data files: gazetteers, cue words, suffixes, rules.

Data lives in the repository's ``data/`` and ``ontology/`` folders; a built
wheel carries them as ``kgreport/_data`` and ``kgreport/_ontology``. Every
file is read once, on first use.

Tables are checked on load against ``SCHEMAS`` (in the spirit of medspaCy's rule
objects): a TSV must be registered, its header may hold only known columns and must
hold the required ones, and a column with a closed set of values rejects any other.
A breach raises ``DataFileError`` naming the file and line, e.g.
``data/rules/suffixes.tsv:12: column 'class': 'Organisation' is not one of ...``.

A user rules folder (``kgreport build --rules DIR``, or the ``KGREPORT_RULES``
environment variable) adds rows and words without editing the package: a file
there at the same path as a package file under ``rules/`` or ``gazetteers/``
(``gazetteers/programs.txt``, ``gazetteers/central_soes.tsv``, …) is read after
it, checked against the same schema, so its entries add to the package's.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kgreport.errors import DataFileError

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent.parent


def _first_existing(*candidates: Path) -> Path:
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


@cache
def data_dir() -> Path:
    """Folder holding gazetteers, rules and the bundled reports."""
    return _first_existing(_PKG / "_data", _REPO / "data")


@cache
def ontology_dir() -> Path:
    """Folder holding ``kgreport.ttl`` and ``shapes.ttl``."""
    return _first_existing(_PKG / "_ontology", _REPO / "ontology")


def bundled_reports_dir() -> Path:
    """Folder of the reports built when ``kgreport build`` gets no input."""
    return data_dir() / "reports"


def data_path(relative: str) -> Path:
    """Path of a data file, e.g. ``rules/org_suffixes.txt``."""
    return data_dir() / relative


# ---------------------------------------------------------------- user rules

#: Environment variable naming a user rules folder (``--rules`` sets it for a build's processes too).
RULES_ENV = "KGREPORT_RULES"
#: Folders of ``data/`` a user rules folder may add to (relations.tsv and the queries are the package's).
_USER_ROOTS = ("rules", "gazetteers")
_user_rules: Path | None = None
_user_rules_set = False
#: Data files read so far in this process: a user folder that would change one of them comes too late.
_loaded: set[str] = set()


def _user_files(folder: Path) -> tuple[str, ...]:
    """The data files of a user rules folder (paths under it), each checked to add to a package file."""
    if not folder.is_dir():
        raise DataFileError("user rules folder not found", path=str(folder))
    out = []
    for f in sorted(folder.rglob("*")):
        if not f.is_file() or f.name.startswith("."):
            continue
        relative = f.relative_to(folder).as_posix()
        if relative.split("/", 1)[0] not in _USER_ROOTS or f.suffix not in (".txt", ".tsv") or not data_path(relative).is_file():
            raise DataFileError(
                "not a rule or gazetteer file of the package (a user rules folder holds files such as"
                " gazetteers/programs.txt or rules/suffixes.tsv that add to the package's)",
                path=str(f),
            )
        out.append(relative)
    return tuple(out)


def user_rules_dir() -> Path | None:
    """The user rules folder in effect: the one :func:`use_user_rules` chose, else ``$KGREPORT_RULES``, else None."""
    global _user_rules, _user_rules_set
    if not _user_rules_set:
        env = os.environ.get(RULES_ENV)
        _user_rules = Path(env).resolve() if env else None
        if _user_rules is not None:
            _user_files(_user_rules)
        _user_rules_set = True
    return _user_rules


def use_user_rules(folder: Path | None) -> None:
    """Read the files of ``folder`` after the package's (None: none), in this process and the ones it starts.

    Raises ``DataFileError`` for a missing folder, for a file that adds to no package file, and when a file
    it would change has already been read in this process (rules are compiled once: choose the folder before
    the first build).
    """
    global _user_rules, _user_rules_set
    new = folder.resolve() if folder is not None else None
    old = user_rules_dir()
    if new == old:
        return
    touched = set(_user_files(new) if new is not None else ()) | set(_user_files(old) if old is not None else ())
    late = sorted(touched & _loaded)
    if late:
        raise DataFileError(
            f"a user rules folder must be chosen before the first build of this process ({late[0]} is already read)",
            path=str(folder),
        )
    _user_rules, _user_rules_set = new, True
    if new is None:
        os.environ.pop(RULES_ENV, None)
    else:
        os.environ[RULES_ENV] = str(new)  # worker processes (forked or spawned) read the same folder
    user_rules_digest.cache_clear()


@cache
def user_rules_digest() -> str:
    """SHA-256 over the user rules folder's files (names and bytes); "" without one. Part of the cache key."""
    folder = user_rules_dir()
    if folder is None:
        return ""
    h = hashlib.sha256()
    for relative in _user_files(folder):
        h.update(f"{relative}\n".encode())
        h.update(hashlib.sha256((folder / relative).read_bytes()).digest())
    return h.hexdigest()


def _sources(relative: str) -> list[tuple[Path, str]]:
    """The files holding ``relative``'s entries with the name errors give them: the package's, then the user's."""
    _loaded.add(relative)
    out = [(data_path(relative), f"data/{relative}")]
    folder = user_rules_dir()
    if folder is not None and (folder / relative).is_file():
        out.append((folder / relative, str(folder / relative)))
    return out


# ---------------------------------------------------------------- schemas


@dataclass(frozen=True)
class Column:
    """One column of a TSV table.

    ``values``: the allowed values (a set, or a function returning them, so that enums of
    modules that import this one can be named); ``pattern``: a regex every value must match.
    """

    name: str
    required: bool = True
    values: frozenset[str] | Callable[[], Iterable[str]] | None = None
    pattern: str | None = None

    def allowed(self) -> frozenset[str] | None:
        """The allowed values, or None when any value is allowed."""
        if self.values is None or isinstance(self.values, frozenset):
            return self.values
        return frozenset(self.values())


@dataclass(frozen=True)
class Table:
    """Schema of a TSV file with a header line."""

    columns: tuple[Column, ...]
    #: lines ``#``-commented are skipped; these columns' values may not be empty
    nonempty: tuple[str, ...] = field(default=())


def _entity_classes() -> Iterable[str]:
    from kgreport.models import EntityClass

    return (c.value for c in EntityClass)


def _relation_kinds() -> Iterable[str]:
    from kgreport.models import RelationKind

    return (k.value for k in RelationKind)


def _relation_members() -> Iterable[str]:
    from kgreport.models import RelationKind

    return (k.name for k in RelationKind)


def _levels() -> Iterable[str]:
    from kgreport.models import Level

    return (lv.value for lv in Level)


def _boilerplate_kinds() -> Iterable[str]:
    from kgreport.read.clean import RuleKind

    return (k.value for k in RuleKind)


def _soe_categories() -> Iterable[str]:
    from kgreport.gazetteer import SoeCategory

    return (c.value for c in SoeCategory)


def _word_lists(*names: str) -> Table:
    """A family's word lists: one word per row, ``list`` names the list it belongs to."""
    return Table((Column("list", values=frozenset(names)), Column("word"), Column("note", required=False)), nonempty=("word",))


_YES_NO = frozenset({"yes", "no"})
#: The uses of a division ending (columns of ``rules/division_ends.tsv``).
DIVISION_END_USES = ("relative", "full_end", "qualifies_title", "county", "encloses", "after_conjunction")
_CUE_COLUMNS = (
    Column("relation", values=_relation_kinds),
    Column("cue"),
    Column("position", values=frozenset({"before", "next", "any"})),
)
_DIVISION_COLUMNS = tuple(Column(n) for n in ("code", "name", "short")) + (
    Column("level", values=_levels),
    Column("parent_code"),
    Column("aliases", required=False),
)

# Entity classes, space-separated, e.g. "Organization Place" (Entity = any class).
_CLASS_LIST = r"(?:Entity|Organization|Place|Project|Program|Honor)(?: (?:Entity|Organization|Place|Project|Program|Honor))*"

#: Every TSV table the package reads, by path under ``data/``.
SCHEMAS: dict[str, Table] = {
    "relations.tsv": Table(
        (
            Column("kind", values=_relation_members),
            Column("iri", pattern=r"[a-z][A-Za-z]*"),
            Column("subject", pattern=_CLASS_LIST),
            Column("object", pattern=_CLASS_LIST),
            Column("symmetric", values=_YES_NO),
            Column("zh"),
            Column("en"),
            Column("colour", pattern=r"#[0-9a-f]{6}"),
            Column("issuer", values=frozenset({"Organization", "Place", "object"})),
            Column("rule", values=frozenset({"target", "cooperation", "honors", "located"})),
            Column("example"),
        ),
        nonempty=("kind", "iri", "zh", "en", "example"),
    ),
    "rules/suffixes.tsv": Table((Column("suffix"), Column("class", values=_entity_classes), Column("note", required=False)), nonempty=("suffix",)),
    "rules/quote_rules.tsv": Table(
        (
            Column("side", values=frozenset({"before", "after"})),
            Column("cue"),
            Column("class", values=lambda: {"-", *_entity_classes()}),  # "-" rejects the term
        ),
        nonempty=("cue",),
    ),
    "rules/list_heads.tsv": Table((Column("head"), Column("class", values=_entity_classes)), nonempty=("head",)),
    "rules/label_gate.tsv": Table(
        (Column("kind", values=frozenset({"dangles", "from", "keeps", "trims", "leads"})), Column("word")), nonempty=("kind", "word")
    ),
    "rules/relation_cues.tsv": Table(
        (*_CUE_COLUMNS, Column("names_holder", required=False, values=frozenset({"", "yes"}))), nonempty=("cue",)
    ),
    "rules/relation_cues_extra.tsv": Table(_CUE_COLUMNS, nonempty=("cue",)),
    "rules/place_pairs.tsv": Table((Column("abbreviation"), Column("places")), nonempty=("abbreviation", "places")),
    "rules/province_abbreviations.tsv": Table(
        (Column("abbreviation", pattern=r"[\u4e00-\u9fff]"), Column("province")), nonempty=("abbreviation", "province")
    ),
    "rules/npc_sessions.tsv": Table(
        (Column("term", pattern=r"\d+"), Column("sitting", pattern=r"\d+|\*"), Column("year", pattern=r"(?:19|20)\d\d"))
    ),
    "rules/boilerplate.tsv": Table(
        (
            Column("pattern"),
            Column("kind", values=_boilerplate_kinds),
            Column("comment", required=False),
            Column("example", required=False),
            Column("needs", required=False),
        ),
        nonempty=("pattern",),
    ),
    "rules/division_ends.tsv": Table(
        (
            Column("end"),
            Column("rank", pattern=r"[0-3]"),
            *(Column(use, values=_YES_NO) for use in DIVISION_END_USES),
        ),
        nonempty=("end",),
    ),
    "rules/program_tails.tsv": Table((Column("tail"), Column("same_program", values=_YES_NO)), nonempty=("tail",)),
    "rules/implied_units.tsv": Table((Column("head"), Column("unit")), nonempty=("head", "unit")),
    "rules/entities/names.tsv": _word_lists("glued_preposition", "project_extension", "glued_lead", "opened_lead", "project_lead", "site_only_work", "reservoir_works", "designation_end", "event_end", "road_section"),
    "rules/entities/quoted.tsv": _word_lists(
        "honor_end", "position_tail", "event_end", "reject_end", "soft_reject_before", "program_end", "document_end", "guide_cue", "guide_noun",
        "framework_tail", "framework_tail_stop", "group_tail", "group_verb", "clause_word", "problem_end", "title_end", "field_stop_end", "counted_program_end", "counted_set_reject",
        "modified_head", "work_kind", "zone_end", "result_change", "manner_end", "formula_after", "kind_head",
    ),
    "rules/entities/suffixed.tsv": _word_lists("designation_end", "attitude_verb", "works_on_a_site", "aim_zone_suffix", "pilot_honor_tail", "list_field_word", "government_head", "descriptor_end", "place_headed", "chief_object", "region_program_prefix", "document_issuer", "object_cue", "works_kind", "capacity_unit", "governed_tail", "object_stop", "plan_measure", "plan_verb_object", "partner_suffix", "campaign_word", "category_word", "category_exception", "category_tail", "program_cue", "program_cue_suffix", "package_verb", "document_noun", "shared_program_head", "yearly_cue", "year_kind", "system_suffix", "road_part", "handling_manner", "zone_inner", "project_kind_word", "site_works_word", "facility_aim_word", "designation_zone", "region_suffix", "water_end", "water_context", "water_generic", "village_generic", "hospital_grade", "aim_suffix", "distributive_opening", "distributive_before", "generic_tail", "system_after", "policy_field_after", "name_modifier", "reform_result", "joint_word", "paired_campaign_end", "campaign_quality", "glued_plan_verb", "port_not_after", "landform_end", "noun_lead", "verb_noun_end", "generic_head_cue", "generic_head_suffix", "generic_head_empty", "plan_name_cue", "plan_generic_head", "department_end", "strategy_field", "cooperation_field", "term_lead"),
    "rules/entities/known.tsv": _word_lists("road_end", "road_word", "feature_word", "common_word_place", "slogan_division", "adjective_division", "eponym_word", "side_word", "work_area", "descriptor_after", "water_after", "area_tail", "phrase_after", "program_facility_after", "foreign_division_end", "foreign_name_stop", "foreign_after_stop", "people_after", "national_measure_after"),
    "rules/entities/governments.tsv": _word_lists("body", "not_body_after", "generic_before"),
    "rules/entities/honors.tsv": _word_lists("kind_head", "ranking_entry", "certified_label", "certified_level", "label_not_before", "hundred_tail", "rank_position", "placed_verb", "title_verb", "granting_verb", "function_opening", "national_title", "merit_word", "approved_verb", "title_de_phrase", "site_head", "body_grant_verb", "cue_head", "kind_title_cue"),
    # generic kinds of works and programmes (棚户区改造, 公厕建设工程): no implements nor builds (extract/kinds.py)
    "rules/generic_kinds.tsv": _word_lists("kind_field", "kind_work", "kind_head", "kind_qualifier", "kind_category"),
    "rules/goal_cues.tsv": _word_lists(
        "goal_lead", "goal_verb", "goal_target_verb", "held_word", "section_verb", "own_time", "plan_heading", "review_heading", "plan_opening"
    ),
    "rules/entities/lists.tsv": _word_lists("person_title", "region_head", "place_end", "partner_end", "head_modifier", "strict_head", "work_end", "activity_head", "company_verb", "listing_verb", "listed_not_firm", "trade_word", "industry_kind", "rank_cue", "name_head", "join_stop", "list_holder_cue", "list_holder_adverb", "place_title_end", "holder_place_end", "partner_cue", "item_opener", "own_name_end", "kind_head", "program_head", "partner_field", "region_abbr", "built_after", "glued_preposition", "far_head_stop", "kind_between", "relative_body_end", "kind_body_end", "partner_manner", "lab_kind", "lab_qualifier", "lab_opener", "program_list_head", "program_list_lead", "product_end", "process_end"),
    "rules/entities/built.tsv": _word_lists("not_built_end", "built_before", "works_end", "zone_end", "built_adverb", "facility_head", "facility_verb", "facility_opener", "facility_generic", "progress_verb", "progress_opener", "facility_lead", "park_end", "building_before", "building_end", "works_word", "estate_end", "road_head", "road_kind"),
    "rules/link.tsv": _word_lists("bare_body", "national_place", "feature_end", "wider_end", "level_word"),
    "rules/relations/cues.tsv": _word_lists("adverbial", "issuer_opener", "issuer_connective", "settle_cue", "site_build_cue", "plan_cue", "prep_cue", "unit_title_end", "practice_title_end", "assist_cue", "open_cue", "work_field_end", "container_end", "situated_cue", "beside_word", "done_cue", "task_word", "done_plan_end", "slogan_program", "answered_word", "issuing_cue", "urged_lead", "no_post_cue", "own_body_end", "progress_lead", "done_work", "group_head", "group_adjective", "next_modifier", "aim_title_end", "coop_field", "review_word", "vague_count", "generic_partner_end", "with_only_cue", "site_work", "field_prefix", "made_into_lead", "generic_works", "unfound_name_end", "joined_strategy_end", "frame_noun", "site_point", "assist_lead", "not_works_end", "opened_verb", "leading_body_end", "holder_kind_end", "street_renewal", "standing_word", "drafting_word"),
    "gazetteers/divisions.tsv": Table(_DIVISION_COLUMNS, nonempty=("code", "name")),
    "gazetteers/towns.tsv": Table(_DIVISION_COLUMNS, nonempty=("code", "name")),
    "gazetteers/renamed.tsv": Table(
        (
            Column("former_name"),
            Column("former_short"),
            Column("level", values=_levels),
            Column("former_parent"),
            Column("successor_code"),
            Column("successor_name"),
            Column("date"),
        ),
        nonempty=("former_name",),
    ),
    "gazetteers/universities.tsv": Table(
        tuple(
            Column(n)
            for n in ("name", "aliases", "province", "province_code", "city", "moe_code", "authority", "level", "english", "note")
        ),
        nonempty=("name",),
    ),
    "gazetteers/central_soes.tsv": Table(
        (Column("name"), Column("aliases"), Column("category", values=_soe_categories)), nonempty=("name",)
    ),
}


def _fail(shown: str, line: int, message: str) -> DataFileError:
    return DataFileError(message, path=f"{shown}:{line}")


def _check_header(relative: str, line: int, header: list[str], table: Table) -> None:
    known = {c.name for c in table.columns}
    for name in header:
        if name not in known:
            raise _fail(relative, line, f"unknown column {name!r} (known: {', '.join(c.name for c in table.columns)})")
    if len(set(header)) != len(header):
        raise _fail(relative, line, "a column is named twice")
    for c in table.columns:
        if c.required and c.name not in header:
            raise _fail(relative, line, f"missing column {c.name!r}")


def _check_row(relative: str, line: int, row: dict[Any, Any], table: Table, allowed: dict[str, frozenset[str] | None]) -> None:
    if None in row:
        raise _fail(relative, line, f"more fields than columns: {row[None]!r}")
    for c in table.columns:
        value = row.get(c.name)
        if value is None:
            continue  # a short row: trailing columns left out
        ok = allowed[c.name]
        if ok is not None and value not in ok:
            raise _fail(relative, line, f"column {c.name!r}: {value!r} is not one of {', '.join(sorted(ok))}")
        if c.pattern is not None and value and not re.fullmatch(c.pattern, value):
            raise _fail(relative, line, f"column {c.name!r}: {value!r} does not match {c.pattern}")
    for name in table.nonempty:
        if not row.get(name):
            raise _fail(relative, line, f"column {name!r} is empty")


# ---------------------------------------------------------------- loaders


@cache
def load_lines(relative: str) -> tuple[str, ...]:
    """Non-empty lines of a text list; ``#`` starts a comment."""
    out = []
    for path, _ in _sources(relative):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return tuple(out)


@cache
def load_words(relative: str) -> frozenset[str]:
    """All whitespace-separated words of a text list; ``#`` starts a comment."""
    return frozenset(w for line in load_lines(relative) for w in line.split())


@cache
def load_tsv(relative: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line, checked against its schema in ``SCHEMAS``.

    Lines starting with ``#`` and blank lines are skipped; a row shorter than the header
    leaves its trailing columns None. Raises ``DataFileError`` (file and line) on a breach.
    """
    table = SCHEMAS.get(relative)
    if table is None:
        raise DataFileError("no schema registered in kgreport.resources.SCHEMAS", path=f"data/{relative}")
    rows: list[dict[str, str]] = []
    for path, shown in _sources(relative):
        rows.extend(_read_tsv(path, shown, table))
    return tuple(rows)


def _read_tsv(path: Path, shown: str, table: Table) -> list[dict[str, str]]:
    numbers: list[int] = []

    def kept(fh: Iterable[str]) -> Iterable[str]:
        for n, line in enumerate(fh, 1):
            if line.strip() and not line.startswith("#"):
                numbers.append(n)
                yield line

    allowed = {c.name: c.allowed() for c in table.columns}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(kept(fh), delimiter="\t")
        rows: list[dict[str, str]] = []
        for row in reader:
            if not rows:
                _check_header(shown, numbers[0], list(reader.fieldnames or ()), table)
            _check_row(shown, numbers[reader.line_num - 1], row, table, allowed)
            rows.append(dict(row))
        if not rows and reader.fieldnames:
            _check_header(shown, numbers[0], list(reader.fieldnames), table)
    return rows


@cache
def word_lists(relative: str) -> dict[str, tuple[str, ...]]:
    """A family's word lists (a ``list``/``word`` table), each in file order.

    Every list the schema names is present, empty if the file has no row for it.
    """
    table = SCHEMAS[relative]
    names = next(c for c in table.columns if c.name == "list").allowed() or frozenset()
    out: dict[str, list[str]] = {n: [] for n in sorted(names)}
    for row in load_tsv(relative):
        out[row["list"]].append(row["word"])
    return {n: tuple(ws) for n, ws in out.items()}


def word_list(relative: str, name: str) -> tuple[str, ...]:
    """One list of a family's word lists, in file order, e.g. ``word_list("rules/entities/built.tsv", "built_before")``."""
    return word_lists(relative)[name]
