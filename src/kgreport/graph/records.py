"""The entities, relations, indicators and reports of a built graph as frozen records.

Read back from the graph itself (a pyoxigraph store holding a build's merged default
graph), so the Python API, the CSV and GraphML exports and the build summary all count
what graph.ttl holds: one entity per IRI, one relation per ``rdf:Statement`` (one per
stating sentence), one edge per distinct ``(subject, kind, object)`` triple.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kgreport.models import EntityClass, relation_specs

if TYPE_CHECKING:
    import networkx as nx

_KGR = "https://w3id.org/kgreport/ontology#"

_PREFIXES = """PREFIX kgr: <https://w3id.org/kgreport/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_CLASSES = " ".join(f"kgr:{c.value}" for c in EntityClass)


@dataclass(frozen=True)
class ReportRecord:
    """One report of the graph (``kgr:Report``) and what its header says."""

    iri: str
    source_file: str
    title: str = ""
    issuer: str = ""  # IRI of the issuing organization, when known
    region: str = ""  # IRI of its place, when known
    level: str = ""  # national, province, city, county, town
    year: int | None = None
    date: str = ""  # ISO date of delivery
    session: str = ""


@dataclass(frozen=True)
class EntityRecord:
    """One entity node: its IRI, class, names, the reports naming it and the sentences that do."""

    iri: str
    cls: str  # Organization, Place, Project, Program or Honor
    label: str
    alt_labels: tuple[str, ...]
    reports: tuple[str, ...]  # report IRIs
    evidence: tuple[str, ...]  # the sentences mentioning it, by report and order


@dataclass(frozen=True)
class RelationRecord:
    """One relation statement (``rdf:Statement``): an edge as stated by one sentence of one report."""

    iri: str  # the statement's IRI
    kind: str  # cooperatesWith, implements, …
    subject: str
    subject_label: str
    object: str
    object_label: str
    report: str
    evidence: str  # the sentence that states it


@dataclass(frozen=True)
class IndicatorRecord:
    """One reported quantity."""

    iri: str
    label: str
    value: float
    unit: str
    surface: str  # as the text writes it, e.g. 1.4万亩
    approximate: bool
    report: str
    evidence: str


@dataclass(frozen=True)
class Records:
    """Everything :func:`read_records` finds, each tuple sorted by IRI."""

    reports: tuple[ReportRecord, ...]
    entities: tuple[EntityRecord, ...]
    relations: tuple[RelationRecord, ...]
    indicators: tuple[IndicatorRecord, ...]

    def entity_counts(self) -> dict[str, int]:
        """Distinct entity nodes per class (a node of two classes would count in both)."""
        counts: dict[str, int] = defaultdict(int)
        for e in self.entities:
            counts[e.cls] += 1
        return dict(sorted(counts.items()))

    def edge_counts(self) -> dict[str, int]:
        """Distinct ``(subject, kind, object)`` edges per kind."""
        edges = {(r.subject, r.kind, r.object) for r in self.relations}
        counts: dict[str, int] = defaultdict(int)
        for _, kind, _ in edges:
            counts[kind] += 1
        return dict(sorted(counts.items()))

    def statement_counts(self) -> dict[str, int]:
        """Relation statements (one per stating sentence) per kind."""
        counts: dict[str, int] = defaultdict(int)
        for r in self.relations:
            counts[r.kind] += 1
        return dict(sorted(counts.items()))

    def to_networkx(self) -> nx.MultiDiGraph:
        """The entity graph: a node per entity IRI, an edge per distinct ``(subject, kind, object)``.

        Node attributes: ``label``, ``cls``, ``alt_labels`` and ``reports`` (joined by
        ``|``), ``mentions``; edge key and ``kind`` attribute: the relation kind, with
        ``statements`` (how many sentences state it) and ``evidence`` (those sentences,
        one per line). Every value is a string or an int, so GraphML can hold it.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for e in self.entities:
            g.add_node(
                e.iri, label=e.label, cls=e.cls, alt_labels="|".join(e.alt_labels), reports="|".join(e.reports),
                mentions=len(e.evidence),
            )
        stated: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for r in self.relations:
            stated[(r.subject, r.kind, r.object)].append(r.evidence)
        for (s, kind, o), sentences in sorted(stated.items()):
            g.add_edge(s, o, key=kind, kind=kind, statements=len(sentences), evidence="\n".join(dict.fromkeys(sentences)))
        return g


def _rows(store: ox.Store, query: str) -> list[list[ox.NamedNode | ox.Literal | None]]:
    from kgreport.graph.store import reads_union

    answer = store.query(_PREFIXES + query, use_default_graph_as_union=reads_union(store))
    assert isinstance(answer, ox.QuerySolutions)  # every query here is a SELECT
    names = [v.value for v in answer.variables]
    return [[solution[n] for n in names] for solution in answer]


def _value(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", ""))


def read_records(store: ox.Store) -> Records:
    """The records of the graph in ``store``'s default graph (a build's merge of its reports)."""
    reports = []
    for row in _rows(
        store,
        """SELECT ?r ?file ?title ?issuer ?region ?level ?year ?date ?session WHERE {
             ?r a kgr:Report ; kgr:sourceFile ?file .
             OPTIONAL { ?r dcterms:title ?title } OPTIONAL { ?r kgr:issuer ?issuer } OPTIONAL { ?r kgr:region ?region }
             OPTIONAL { ?r kgr:level ?level } OPTIONAL { ?r kgr:year ?year } OPTIONAL { ?r dcterms:date ?date }
             OPTIONAL { ?r kgr:session ?session } }""",
    ):
        iri, file, title, issuer, region, level, year, date, session = (_value(t) for t in row)
        reports.append(ReportRecord(iri, file, title, issuer, region, level, int(year) if year else None, date, session))

    alts: dict[str, list[str]] = defaultdict(list)
    for e, alt in _rows(store, f"SELECT ?e ?alt WHERE {{ VALUES ?c {{ {_CLASSES} }} ?e a ?c ; skos:altLabel ?alt }}"):
        alts[_value(e)].append(_value(alt))
    mentions: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for e, rep, order, text in _rows(
        store,
        f"""SELECT ?e ?r ?o ?text WHERE {{ VALUES ?c {{ {_CLASSES} }} ?e a ?c ; kgr:mentionedIn ?s .
              ?s kgr:inReport ?r ; kgr:order ?o ; kgr:text ?text }}""",
    ):
        mentions[_value(e)].append((_value(rep), int(_value(order)), _value(text)))
    entities = []
    for e, cls, label in _rows(store, f"SELECT ?e ?c ?label WHERE {{ VALUES ?c {{ {_CLASSES} }} ?e a ?c ; rdfs:label ?label }}"):
        iri = _value(e)
        seen = sorted(set(mentions.get(iri, ())))
        entities.append(
            EntityRecord(
                iri, _value(cls).removeprefix(_KGR), _value(label), tuple(sorted(alts.get(iri, ()))),
                tuple(dict.fromkeys(r for r, _, _ in seen)), tuple(t for _, _, t in seen),
            )
        )

    kinds = " ".join(f"kgr:{spec.iri}" for spec in relation_specs())
    relations = [
        RelationRecord(
            _value(st), _value(p).removeprefix(_KGR), _value(s), _value(sl), _value(o), _value(ol), _value(r), _value(text)
        )
        for st, p, s, sl, o, ol, r, text in _rows(
            store,
            f"""SELECT ?st ?p ?s ?sl ?o ?ol ?r ?text WHERE {{ VALUES ?p {{ {kinds} }}
                 ?st a rdf:Statement ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
                 ?sent kgr:inReport ?r ; kgr:text ?text .
                 OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }}""",
        )
    ]
    indicators = [
        IndicatorRecord(
            _value(i), _value(label), float(_value(value)), _value(unit), _value(surface), _value(approx) == "true",
            _value(r), _value(text),
        )
        for i, label, value, unit, surface, approx, r, text in _rows(
            store,
            """SELECT ?i ?label ?value ?unit ?surface ?approx ?r ?text WHERE {
                 ?i a kgr:Indicator ; rdfs:label ?label ; kgr:value ?value ; kgr:unit ?unit ; kgr:inReport ?r ;
                    prov:wasDerivedFrom ?sent . ?sent kgr:text ?text .
                 OPTIONAL { ?i kgr:surfaceForm ?surface } OPTIONAL { ?i kgr:approximate ?approx } }""",
        )
    ]
    return Records(
        tuple(sorted(reports, key=lambda r: r.iri)),
        tuple(sorted(entities, key=lambda e: (e.iri, e.cls))),
        tuple(sorted(relations, key=lambda r: (r.iri, r.kind))),
        tuple(sorted(indicators, key=_indicator_order)),
    )


def _indicator_order(i: IndicatorRecord) -> tuple[str, int, str]:
    """Report, then the indicator's number in it (``…/indicator/10`` after ``…/indicator/9``)."""
    head, _, n = i.iri.rpartition("/")
    return (head, int(n), "") if n.isdigit() else (head, -1, n)


def open_build(out_dir: Path) -> ox.Store:
    """A store of the build in ``out_dir`` (a folder, or its graph file): its fresh ``store/``, else the graph file loaded in memory."""
    from kgreport.query.engine import Engine, choose_engine, load_memory_store, open_graph_store, resolve_graph_path

    graph_path = resolve_graph_path(Path(out_dir))
    if choose_engine(graph_path) is Engine.STORE:
        return open_graph_store(graph_path)
    return load_memory_store(graph_path)
