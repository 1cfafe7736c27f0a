"""Frozen dataclasses passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cache


class EntityClass(str, Enum):
    """The entity classes of the annotation guidelines."""

    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROJECT = "Project"
    PROGRAM = "Program"
    HONOR = "Honor"


#: Short names of the entity classes, used throughout the rules.
ORG, PLACE, PROJECT, PROGRAM, HONOR = (
    EntityClass.ORGANIZATION,
    EntityClass.PLACE,
    EntityClass.PROJECT,
    EntityClass.PROGRAM,
    EntityClass.HONOR,
)


class RelationKind(str, Enum):
    """The relation kinds of the annotation guidelines; described in ``data/relations.tsv``
    (:func:`relation_specs`), which a test keeps in step with this enum."""

    COOPERATES_WITH = "cooperatesWith"
    RECEIVED_HONOR = "receivedHonor"
    IMPLEMENTS = "implements"
    BUILDS = "builds"
    LOCATED_IN = "locatedIn"


@dataclass(frozen=True)
class RelationSpec:
    """One row of ``data/relations.tsv``: what the graph, the page, linking and scoring know of a kind."""

    kind: RelationKind
    iri: str  # local name of the kgr: property, e.g. "cooperatesWith"
    subject: tuple[str, ...]  # classes of rdfs:domain ("Entity" = any)
    object: tuple[str, ...]  # classes of rdfs:range
    symmetric: bool
    zh: str
    en: str
    colour: str  # edge colour in graph.html
    issuer: str  # issuer node standing in for an unnamed subject: "Organization", "Place" or "object"
    rule: str  # module of extract/relations/ that finds it: "target", "cooperation", "honors", "located"
    example: str  # a sentence in which the rules find this kind, e.g. "深入实施青禾振兴行动。"


@cache
def relation_specs() -> tuple[RelationSpec, ...]:
    """Every relation kind's spec, in the table's (legend) order.

    Example: ``relation_specs()[0].iri == "cooperatesWith"``.
    """
    from kgreport.resources import load_tsv

    return tuple(
        RelationSpec(
            kind=RelationKind[r["kind"]],
            iri=r["iri"],
            subject=tuple(r["subject"].split()),
            object=tuple(r["object"].split()),
            symmetric=r["symmetric"] == "yes",
            zh=r["zh"],
            en=r["en"],
            colour=r["colour"],
            issuer=r["issuer"],
            rule=r["rule"],
            example=r["example"],
        )
        for r in load_tsv("relations.tsv")
    )


def relation_spec(kind: RelationKind) -> RelationSpec:
    """The spec of one kind (its row in ``data/relations.tsv``)."""
    return _spec_by_kind()[kind]


@cache
def _spec_by_kind() -> dict[RelationKind, RelationSpec]:
    return {s.kind: s for s in relation_specs()}


class Level(str, Enum):
    """Administrative level of an issuing government."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWN = "town"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReportMeta:
    """What the text says about itself: who issued it, where, when."""

    title: str = ""
    issuer: str = ""  # e.g. 开化县人民政府
    region: str = ""  # e.g. 开化县
    region_code: str = ""  # GB/T 2260 code of the region, when known
    parents: tuple[str, ...] = ()  # enclosing divisions, nearest first: (衢州市, 浙江省)
    level: Level = Level.UNKNOWN
    session: str = ""  # e.g. 第十七届人民代表大会第一次会议
    date: str = ""  # ISO date of delivery, e.g. 2023-01-17
    year: int | None = None


@dataclass(frozen=True)
class Document:
    """A report read from disk: cleaned text plus where it came from."""

    source: str  # file name (no directories) or "-" for stdin
    text: str  # cleaned text; every offset in the graph points into it
    sha256: str  # of the cleaned text
    encoding: str = "utf-8"
    meta: ReportMeta = field(default_factory=ReportMeta)
    #: The cleaned text in the report's traditional characters when ``text`` is its simplified
    #: conversion (same length, so offsets hold for both); "" for a simplified report.
    original: str = ""
    #: Problems of reading that did not stop it, one line each naming the file (dropped bytes).
    warnings: tuple[str, ...] = ()

    def shown(self, start: int, end: int) -> str:
        """The characters from ``start`` to ``end`` as the report writes them (traditional stays traditional)."""
        return (self.original or self.text)[start:end]


@dataclass(frozen=True)
class Section:
    """A heading-delimited part of a report."""

    index: int
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence; ``text == document.text[start:end]`` always holds."""

    index: int
    section: int
    start: int
    end: int
    text: str
    #: The text had no sentence end here: an overlong sentence was cut into parts of ``segment.MAX_PART`` characters.
    cut: bool = False
    #: The part of the report the sentence is in (``segment.report_part``): "review" (一、2023年工作回顾), "plan"
    #: (二、2024年工作安排, 今年是…) or "" where no heading says.
    part: str = ""


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity name in a sentence."""

    cls: EntityClass
    name: str  # the name as an index would list it (quotes removed, coordination expanded)
    surface: str  # the characters in the text
    sentence: int
    start: int  # offsets into the document text
    end: int
    source: str = ""  # which rule found it, for debugging and eval


@dataclass(frozen=True)
class Entity:
    """A canonical entity of one report: one label, other names, its mentions."""

    key: str  # stable identifier used for the IRI
    cls: EntityClass
    label: str
    alt_labels: tuple[str, ...]
    sentences: tuple[int, ...]
    division_code: str = ""
    admin_level: str = ""
    #: A relative name (县委, 市政府) in a report whose issuer is unknown: a body of that report's
    #: region only, so its IRI is the report's own, never shared with another report's 县委.
    local: bool = False


@dataclass(frozen=True)
class Relation:
    """A typed relation between two entities, stated by one sentence."""

    kind: RelationKind
    subject: str  # Entity.key
    object: str  # Entity.key
    sentence: int
    cue: str = ""


@dataclass(frozen=True)
class Indicator:
    """A reported quantity: number, unit, and what it measures."""

    label: str  # what it measures, e.g. 新增就业
    value: float
    unit: str
    surface: str  # e.g. 1.4万亩
    sentence: int
    start: int
    end: int
    approximate: bool = False


@dataclass(frozen=True)
class ReportGraph:
    """Everything extracted from one report, ready to become RDF."""

    document: Document
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    indicators: tuple[Indicator, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        """Problems that did not stop reading or extraction, one line each naming the file (dropped bytes, text
        without sentence ends)."""
        out = list(self.document.warnings)
        run: list[Sentence] = []
        for sent in self.sentences:
            if sent.cut or run:
                run.append(sent)
            if run and not sent.cut:
                out.append(self._cut_warning(run))
                run = []
        if run:  # the last part held no Chinese character, so no sentence ends the run
            out.append(self._cut_warning(run))
        return tuple(out)

    def _cut_warning(self, run: list[Sentence]) -> str:
        return (
            f"{self.document.source}: {run[-1].end - run[0].start:,} characters without a sentence end"
            f" at character {run[0].start:,}, extracted in {len(run)} parts (names across a cut are missed)"
        )
