"""The persistent pyoxigraph store written beside ``graph.ttl`` (``out/store/``).

Layout: every distinct triple is stored once. A report's own triples (those
naming the report or a node minted under its IRI: sections, sentences,
statements, indicators, mentions, report-scoped entities) stay in the
report's named graph; the rest of a report graph (entity types, labels,
codes, relations between entities), which several reports repeat, goes once
into :data:`SHARED_GRAPH`. Queries read the union of all graphs
(:func:`reads_union`), which is then exactly the merge of the reports
(graph.ttl) plus the facts :func:`materialize_aggregates` derives into
:data:`DERIVED_GRAPH` (sentence counts, entity-to-report links).

``write_store`` bulk-loads a graph file or an rdflib graph into a fresh store
in a temporary folder and then renames it into place, so a reader never sees
a half-written store. A streaming build calls :func:`load_quads` per report
and :func:`materialize_aggregates` once at the end.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kgreport.errors import GraphNotFoundError, InputError, StoreError
from kgreport.graph.vocab import DATA, KGR, ONTOLOGY_IRI

GraphSource = Path | str | Graph

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
}

#: Named graph holding, once, the triples that report graphs share (entity descriptions and relations).
SHARED_GRAPH = ox.NamedNode(f"{DATA}graph/shared")
#: Named graph holding what :func:`materialize_aggregates` derives; replaced on each call.
DERIVED_GRAPH = ox.NamedNode(f"{DATA}graph/derived")

_KGR = ONTOLOGY_IRI
#: ``report kgr:sentenceCount n``: the report's sentences (nodes with a section), 0 when it has none.
SENTENCE_COUNT = ox.NamedNode(str(KGR.sentenceCount))
#: ``entity kgr:mentionedInReport report``: a sentence of the report mentions the entity.
MENTIONED_IN_REPORT = ox.NamedNode(str(KGR.mentionedInReport))
#: ``entity kgr:reportCount n``: how many reports mention the entity (its mentionedInReport links).
REPORT_COUNT = ox.NamedNode(str(KGR.reportCount))
#: ``entity kgr:regionCount n``: how many distinct regions the reports that mention it are of.
REGION_COUNT = ox.NamedNode(str(KGR.regionCount))
#: ``entity kgr:firstYear y`` / ``kgr:lastYear y``: the earliest and latest year of those reports (those with a year).
FIRST_YEAR = ox.NamedNode(str(KGR.firstYear))
LAST_YEAR = ox.NamedNode(str(KGR.lastYear))
#: ``entity kgr:labelRank n``: the place of the entity's label among the labels of its class (1 = first in
#: SPARQL's order; equal labels share a rank, the next label takes the next number).
LABEL_RANK = ox.NamedNode(str(KGR.labelRank))
#: ``entity kgr:firstYearRank n``: the entity's place in its class ordered by first year, then label, then IRI (1, 2, …).
FIRST_YEAR_RANK = ox.NamedNode(str(KGR.firstYearRank))
#: ``indicator kgr:unitRank n``: the indicator's place among those of its unit ordered by report year,
#: value descending, label, IRI (1, 2, …).
UNIT_RANK = ox.NamedNode(str(KGR.unitRank))
#: ``statement kgr:statementRank n``: the statement's place among the statements with evidence (labelled subject
#: and object, a sentence with text in a report with a year), ordered by relation, subject label, object label,
#: then its earliest (year, sentence) (1, 2, …).
STATEMENT_RANK = ox.NamedNode(str(KGR.statementRank))
#: The classes whose entities get ranks (the examples' classes; the extractor gives an entity one of them).
RANKED_CLASSES = tuple(ox.NamedNode(f"{ONTOLOGY_IRI}{c}") for c in ("Honor", "Organization", "Place", "Program", "Project"))
_RANKED = frozenset(RANKED_CLASSES)

# The derived facts, each a query over the union of the store's graphs. Reports are
# counted by their sentences as the `reports` example always has (a sentence is what has a section);
# grouping the sentences first is 7x cheaper than an OPTIONAL per report (12.5 -> 1.8 CPU s on the corpus).
_REPORTS = f"SELECT ?report WHERE {{ ?report a <{_KGR}Report> }}"
_SENTENCE_COUNTS = f"""
SELECT ?report (COUNT(DISTINCT ?sentence) AS ?n) WHERE {{
  ?sentence <{_KGR}inSection> ?section ; <{_KGR}inReport> ?report .
}} GROUP BY ?report
"""
_REPORT_YEARS = f"SELECT ?report ?year WHERE {{ ?report <{_KGR}year> ?year }}"
_REPORT_REGIONS = f"SELECT ?report ?region WHERE {{ ?report <{_KGR}region> ?region }}"
# Oxigraph has no top-k and compares text from disk at each comparison of an ORDER BY (sorting the
# corpus's 109,450 labels: 11 s CPU; the same rows by a number: 0.4 s): an example reads the first
# rows of a long ordered answer by looking its ranks up (VALUES ?rank { 1 … 100 }), a few hundred
# index lookups instead of a sort of every row.
_CLASS_LABELS = f"""
SELECT ?entity ?class ?label WHERE {{
  VALUES ?class {{ {" ".join(f"<{c.value}>" for c in RANKED_CLASSES)} }}
  ?entity a ?class ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
}}
"""
_INDICATORS = f"""
SELECT ?indicator ?unit ?label ?value ?year WHERE {{
  ?indicator a <{_KGR}Indicator> ; <{_KGR}unit> ?unit ; <http://www.w3.org/2000/01/rdf-schema#label> ?label ;
             <{_KGR}value> ?value ; <{_KGR}inReport> ?report .
  ?report <{_KGR}year> ?year .
}}
"""
_EVIDENCE = f"""
SELECT ?st ?relation ?subjectLabel ?objectLabel ?year ?sentence WHERE {{
  ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?relation ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o ;
      <http://www.w3.org/ns/prov#wasDerivedFrom> ?sentence .
  ?sentence <{_KGR}inReport> ?report .
  FILTER EXISTS {{ ?sentence <{_KGR}text> ?text }}
  ?report <{_KGR}year> ?year .
  ?s <http://www.w3.org/2000/01/rdf-schema#label> ?subjectLabel .
  ?o <http://www.w3.org/2000/01/rdf-schema#label> ?objectLabel .
}}
"""
_ENTITY_REPORTS = f"""
SELECT DISTINCT ?entity ?report WHERE {{
  ?entity <{_KGR}mentionedIn> ?sentence . ?sentence <{_KGR}inReport> ?report .
}}
"""


def reads_union(store: ox.Store) -> bool:
    """Whether queries on ``store`` read the union of its graphs (``use_default_graph_as_union``).

    True for every store in the layout above. A store written before it (its
    merge in the default graph, no :data:`DERIVED_GRAPH`) is read as it was:
    its default graph alone.
    """
    return store.contains_named_graph(DERIVED_GRAPH)


def _local_prefix(graph: ox.NamedNode, cache: dict[str, str]) -> str:
    prefix = cache.get(graph.value)
    if prefix is None:
        prefix = cache[graph.value] = graph.value + "/"
    return prefix


def layout_quads(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """The quads of a graph file in the store's layout (see the module docstring).

    A quad of a named graph ``G`` stays in ``G`` when its subject or object is
    ``G`` or an IRI under ``G/``; any other quad of a named graph goes to
    :data:`SHARED_GRAPH`, where the store keeps each triple once. Quads of the
    default graph (a Turtle file) stay there.
    """
    prefixes: dict[str, str] = {}
    named, shared, quad = ox.NamedNode, SHARED_GRAPH, ox.Quad
    for q in quads:
        g = q.graph_name
        if type(g) is not named:
            yield q
            continue
        name = g.value
        prefix = _local_prefix(g, prefixes)
        s, o = q.subject, q.object
        if (type(s) is named and (s.value == name or s.value.startswith(prefix))) or (
            type(o) is named and (o.value == name or o.value.startswith(prefix))
        ):
            yield q
        else:
            yield quad(s, q.predicate, o, shared)


#: Quads handed to the bulk loader at a time.
_BATCH = 200_000


def load_quads(store: ox.Store, quads: Iterable[ox.Quad], derivation: Derivation | None = None) -> None:
    """Bulk-load ``quads`` (one report's, or a whole file's) into ``store`` in the store's layout.

    Loading a report that shares entities with reports already loaded adds
    nothing for what they share: the store holds each quad once. With
    ``derivation``, it sees every quad on the way (see :class:`Derivation`).
    """
    # In batches: one bulk_extend of the whole corpus buffered it all (peak RSS 1.5 GB; in batches
    # of 200,000 quads 0.38 GB, the same CPU time).
    laid_out = layout_quads(quads if derivation is None else derivation.watch(quads))
    while batch := list(islice(laid_out, _BATCH)):
        store.bulk_extend(batch)


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_RDF_TYPE = ox.NamedNode(f"{_RDF}type")
_REPORT_CLASS = ox.NamedNode(f"{_KGR}Report")
_INDICATOR_CLASS = ox.NamedNode(f"{_KGR}Indicator")
_STATEMENT_CLASS = ox.NamedNode(f"{_RDF}Statement")


class Derivation:
    """The derived facts of a fresh store, gathered from the quads as they are loaded.

    :func:`materialize_aggregates` answers eight queries over the store; a
    streaming build has just handed the store every quad, so this watches them
    pass (:meth:`watch`) and keeps what those queries read. What crosses reports
    (reports, their years and regions, entity classes and labels, entity-report
    pairs, one row per indicator and statement) is kept for the end; what only
    joins inside a report (its sentences' sections, reports and texts, mentions,
    an indicator's or a statement's own triples) is resolved when the quads pass
    on to the next named graph, since a report's graph comes as one run of quads
    (pieces of one report follow each other). A graph that comes again after
    another (or a default-graph quad) makes it :attr:`complete` no more, and the
    store is queried instead.
    """

    _TABLES, _TYPE, _SECTION, _TEXT, _MENTIONED = 10, 10, 11, 12, 13

    def __init__(self) -> None:
        self.complete = True
        self._graph: Any = None
        self._done: set[Any] = set()
        self.reports: set[Any] = set()
        self.years: dict[Any, set[Any]] = {}
        self.regions: dict[Any, set[Any]] = {}
        self.classes: dict[Any, set[Any]] = {}
        self.labels: dict[Any, set[Any]] = {}
        self.sentence_counts: dict[Any, int] = {}
        self.entity_reports: set[tuple[Any, Any]] = set()
        self.indicator_rows: list[tuple[Any, ...]] = []  # (indicator, unit, value, report)
        self.evidence_rows: list[tuple[Any, ...]] = []  # (statement, relation, subject, object, report, sentence)
        # what joins inside one report's graph (forgotten when the next graph starts)
        self.in_report: dict[Any, set[Any]] = {}
        self.derived_from: dict[Any, set[Any]] = {}
        self.st_subjects: dict[Any, set[Any]] = {}
        self.st_relations: dict[Any, set[Any]] = {}
        self.st_objects: dict[Any, set[Any]] = {}
        self.units: dict[Any, set[Any]] = {}
        self.values: dict[Any, set[Any]] = {}
        self.in_section: set[Any] = set()
        self.has_text: set[Any] = set()
        self.mentions: dict[Any, set[Any]] = {}  # sentence -> entities mentioned in it
        self.indicators: set[Any] = set()
        self.statements: set[Any] = set()
        self._local: tuple[Any, ...] = (
            self.in_report, self.derived_from, self.st_subjects, self.st_relations, self.st_objects, self.units,
            self.values, self.in_section, self.has_text, self.mentions, self.indicators, self.statements,
        )
        # predicate -> kind: below _TABLES, the index of the subject -> objects table it fills
        node = ox.NamedNode
        table_of = {
            _RDFS_LABEL: self.labels, node(f"{_KGR}year"): self.years, node(f"{_KGR}region"): self.regions,
            node(f"{_KGR}inReport"): self.in_report, node("http://www.w3.org/ns/prov#wasDerivedFrom"): self.derived_from,
            node(f"{_RDF}subject"): self.st_subjects, node(f"{_RDF}predicate"): self.st_relations,
            node(f"{_RDF}object"): self.st_objects, node(f"{_KGR}unit"): self.units, node(f"{_KGR}value"): self.values,
        }
        self._tables = list(table_of.values())
        self._kinds: dict[Any, int] = {p: i for i, p in enumerate(table_of)}
        self._kinds.update({
            _RDF_TYPE: self._TYPE, node(f"{_KGR}inSection"): self._SECTION, node(f"{_KGR}text"): self._TEXT,
            node(f"{_KGR}mentionedIn"): self._MENTIONED,
        })

    def _clear(self) -> None:
        """Forget the joins inside the graph just passed (in place: :meth:`watch` holds the tables)."""
        for table in self._local:
            table.clear()

    def watch(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """``quads`` unchanged, noting on the way what the derived facts need."""
        # one loop with the tables at hand: per quad this is most of the derivation's cost
        kinds, tables, pairs = self._kinds, self._tables, self._TABLES
        reports, indicators, statements, classes = self.reports, self.indicators, self.statements, self.classes
        in_section, has_text, mentions = self.in_section, self.has_text, self.mentions
        graph = self._graph
        for q in quads:
            kind = kinds.get(q.predicate)
            if kind is not None:
                g = q.graph_name
                if g != graph:
                    self._next_graph(g)
                    graph = g
                if kind < pairs:
                    table, s = tables[kind], q.subject
                    found = table.get(s)
                    if found is None:
                        table[s] = {q.object}
                    else:
                        found.add(q.object)
                elif kind == self._TYPE:
                    o = q.object
                    if o == _REPORT_CLASS:
                        reports.add(q.subject)
                    elif o == _INDICATOR_CLASS:
                        indicators.add(q.subject)
                    elif o == _STATEMENT_CLASS:
                        statements.add(q.subject)
                    elif o in _RANKED:
                        s = q.subject
                        found = classes.get(s)
                        if found is None:
                            classes[s] = {o}
                        else:
                            found.add(o)
                elif kind == self._SECTION:
                    in_section.add(q.subject)
                elif kind == self._TEXT:
                    has_text.add(q.subject)
                else:  # mentionedIn, kept by sentence
                    o = q.object
                    found = mentions.get(o)
                    if found is None:
                        mentions[o] = {q.subject}
                    else:
                        found.add(q.subject)
            yield q

    def _next_graph(self, graph: Any) -> None:
        self._resolve()
        if type(graph) is not ox.NamedNode or graph in self._done:
            self.complete = False
        self._done.add(graph)
        self._graph = graph

    def _resolve(self) -> None:
        """The rows the graph just passed adds (see :meth:`quads` for the queries they answer)."""
        in_report, counts = self.in_report, self.sentence_counts
        for sentence in self.in_section:
            for report in in_report.get(sentence, ()):
                counts[report] = counts.get(report, 0) + 1
        pairs = self.entity_reports
        for sentence, entities in self.mentions.items():
            for report in in_report.get(sentence, ()):
                pairs.update((entity, report) for entity in entities)
        for indicator in self.indicators:
            for unit in self.units.get(indicator, ()):
                for value in self.values.get(indicator, ()):
                    for report in in_report.get(indicator, ()):
                        self.indicator_rows.append((indicator, unit, value, report))
        for st in self.statements:
            subjects, relations, objects = (t.get(st, ()) for t in (self.st_subjects, self.st_relations, self.st_objects))
            for sentence in self.derived_from.get(st, ()):
                if sentence not in self.has_text:
                    continue
                for report in in_report.get(sentence, ()):
                    for relation in relations:
                        for s in subjects:
                            for o in objects:
                                self.evidence_rows.append((st, relation, s, o, report, sentence))
        self._clear()

    def quads(self) -> list[ox.Quad]:
        """The derived quads, as :func:`materialize_aggregates` would query them from the store."""
        self._resolve()
        self._graph = None
        years, labels = self.years, self.labels

        def class_labels() -> Iterator[tuple[Any, ...]]:
            for entity, classes in self.classes.items():
                for cls in classes:
                    for label in labels.get(entity, ()):
                        yield entity, cls, label

        def indicators() -> Iterator[tuple[Any, ...]]:
            for indicator, unit, value, report in self.indicator_rows:
                for label in labels.get(indicator, ()):
                    for year in years.get(report, ()):
                        yield indicator, unit, label, value, year

        def evidence() -> Iterator[tuple[Any, ...]]:
            for st, relation, s, o, report, sentence in self.evidence_rows:
                for year in years.get(report, ()):
                    for subject_label in labels.get(s, ()):
                        for object_label in labels.get(o, ()):
                            yield st, relation, subject_label, object_label, year, sentence

        return _derived_quads(
            sentence_counts=self.sentence_counts,
            reports=self.reports,
            report_years=((r, y) for r, ys in years.items() for y in ys),
            report_regions=((r, g) for r, gs in self.regions.items() for g in gs),
            entity_reports=self.entity_reports,
            class_labels=class_labels,
            indicators=indicators,
            evidence=evidence,
        )


def load_rdf(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Bulk-load an RDF file in the store's layout, then derive its aggregates.

    Measured on the 384-report corpus (4.5 M quads of graph.trig), RocksDB's
    index building dominates the load; an in-memory store loads the same
    quads in a third of the CPU.
    """
    load_quads(store, ox.parse(path=str(path), format=fmt))
    materialize_aggregates(store)


def materialize_aggregates(store: ox.Store, derivation: Derivation | None = None) -> int:
    """Replace :data:`DERIVED_GRAPH` with the facts the example queries would otherwise aggregate on each run.

    * ``report kgr:sentenceCount n`` for every ``kgr:Report`` (the `reports` example);
    * ``entity kgr:mentionedInReport report`` once per entity and report
      (a join over a few hundred thousand pairs instead of millions of mentions);
    * per entity mentioned: ``kgr:reportCount`` (its reports), ``kgr:regionCount``
      (their distinct regions) and, when any of them has a year,
      ``kgr:firstYear`` and ``kgr:lastYear`` (`programs-first-year`,
      `organizations-in-several-reports`: a few values per entity instead of a
      GROUP BY over its reports on each run);
    * per labelled entity of a class in :data:`RANKED_CLASSES`: ``kgr:labelRank``
      and, when it has a first year, ``kgr:firstYearRank`` (its place in the
      order of `entity-alt-labels`, `programs` and `programs-first-year`, so
      that those read their first rows without sorting every row);
    * per indicator with a unit, label, value and report year: ``kgr:unitRank``
      (`indicators-yuan`'s order within the unit);
    * per statement with evidence: ``kgr:statementRank`` (`relation-evidence`'s order).

    Called after loading (a whole build, or the last report of a streaming
    or incremental one); returns the number of derived triples. With
    ``derivation`` (a :class:`Derivation` that saw every quad loaded into this
    fresh store, and is still :attr:`Derivation.complete`), the facts are
    computed from what it gathered instead of queried from the store: the same
    triples (tests/test_store.py compares both), without the queries (on 96
    corpus reports 5.8 of the derivation's 7.4 CPU s).
    """
    if store.contains_named_graph(DERIVED_GRAPH):
        store.remove_graph(DERIVED_GRAPH)
    if derivation is not None and derivation.complete:
        quads = derivation.quads()
    else:
        quads = _derived_quads(
            sentence_counts={report: int(n.value) for report, n in _rows(store, _SENTENCE_COUNTS)},
            reports=[report for (report,) in _rows(store, _REPORTS)],
            report_years=_rows(store, _REPORT_YEARS),
            report_regions=_rows(store, _REPORT_REGIONS),
            entity_reports=_rows(store, _ENTITY_REPORTS),
            class_labels=lambda: _rows(store, _CLASS_LABELS),
            indicators=lambda: _rows(store, _INDICATORS),
            evidence=lambda: _rows(store, _EVIDENCE),
        )
    store.add_graph(DERIVED_GRAPH)  # marks the layout even when nothing is derived (see query_options)
    store.bulk_extend(quads)
    return len(quads)


def _derived_quads(
    *, sentence_counts: dict[Any, int], reports: Iterable[Any], report_years: Iterable[tuple[Any, ...]],
    report_regions: Iterable[tuple[Any, ...]], entity_reports: Iterable[tuple[Any, ...]],
    class_labels: Callable[[], Iterable[tuple[Any, ...]]], indicators: Callable[[], Iterable[tuple[Any, ...]]],
    evidence: Callable[[], Iterable[tuple[Any, ...]]],
) -> list[ox.Quad]:
    """The derived quads from the rows of the queries above (each argument is one query's rows, distinct entity-report pairs)."""
    quads: list[ox.Quad] = []
    add, quad, literal = quads.append, ox.Quad, ox.Literal
    for report in reports:
        add(quad(report, SENTENCE_COUNT, literal(sentence_counts.get(report, 0)), DERIVED_GRAPH))
    years: dict[Any, Any] = {}
    for report, year in report_years:
        years.setdefault(report, []).append(year)
    regions: dict[Any, list[Any]] = {}
    for report, region in report_regions:
        regions.setdefault(report, []).append(region)
    reports_of: dict[Any, list[Any]] = {}
    first_years: dict[Any, Any] = {}
    for entity, report in entity_reports:
        add(quad(entity, MENTIONED_IN_REPORT, report, DERIVED_GRAPH))
        reports_of.setdefault(entity, []).append(report)
    for entity, its_reports in reports_of.items():
        add(quad(entity, REPORT_COUNT, literal(len(its_reports)), DERIVED_GRAPH))
        add(quad(entity, REGION_COUNT, literal(len({g for r in its_reports for g in regions.get(r, ())})), DERIVED_GRAPH))
        # MIN and MAX as SPARQL orders literals; a report's year is an xsd:integer (several: all count)
        spans = [y for r in its_reports for y in years.get(r, ())]
        if spans:
            first = first_years[entity] = min(spans, key=_year_key)
            add(quad(entity, FIRST_YEAR, first, DERIVED_GRAPH))
            add(quad(entity, LAST_YEAR, max(spans, key=_year_key), DERIVED_GRAPH))
    quads.extend(_ranks(class_labels(), first_years))
    quads.extend(_unit_ranks(indicators()))
    quads.extend(_statement_ranks(evidence()))
    return quads


def _ranks(class_labels: Iterable[tuple[Any, ...]], first_years: dict[Any, Any]) -> Iterator[ox.Quad]:
    """``kgr:labelRank`` and ``kgr:firstYearRank`` quads for (entity, class, label) rows, ranked within each class."""
    by_class: dict[Any, list[tuple[str, str, Any]]] = {}
    for entity, cls, label in class_labels:
        # SPARQL orders plain strings and IRIs by code point, as Python compares str
        by_class.setdefault(cls, []).append((label.value, entity.value, entity))
    quad, literal = ox.Quad, ox.Literal
    for members in by_class.values():
        members.sort()
        rank, previous = 0, None
        for label, _, entity in members:
            if label != previous:
                rank, previous = rank + 1, label
            yield quad(entity, LABEL_RANK, literal(rank), DERIVED_GRAPH)
        dated = sorted((_year_key(first_years[e]), label, iri, e) for label, iri, e in members if e in first_years)
        for place, (*_, entity) in enumerate(dated, 1):
            yield quad(entity, FIRST_YEAR_RANK, literal(place), DERIVED_GRAPH)


def _unit_ranks(indicators: Iterable[tuple[Any, ...]]) -> Iterator[ox.Quad]:
    """``kgr:unitRank`` quads for (indicator, unit, label, value, year) rows: an indicator of several rows takes its first place."""
    by_unit: dict[Any, dict[Any, tuple[Any, ...]]] = {}
    for indicator, unit, label, value, year in indicators:
        key = (_year_key(year), -_number(value), label.value, indicator.value)
        keys = by_unit.setdefault(unit, {})
        if indicator not in keys or key < keys[indicator]:
            keys[indicator] = key
    for keys in by_unit.values():
        for place, indicator in enumerate(sorted(keys, key=keys.__getitem__), 1):
            yield ox.Quad(indicator, UNIT_RANK, ox.Literal(place), DERIVED_GRAPH)


def _statement_ranks(evidence: Iterable[tuple[Any, ...]]) -> Iterator[ox.Quad]:
    """``kgr:statementRank`` quads for (statement, relation, subject label, object label, year, sentence) rows."""
    keys: dict[Any, tuple[Any, ...]] = {}
    for st, relation, subject_label, object_label, year, sentence in evidence:
        key = (relation.value, subject_label.value, object_label.value, _year_key(year), sentence.value, str(st))
        if st not in keys or key < keys[st]:
            keys[st] = key
    for place, st in enumerate(sorted(keys, key=keys.__getitem__), 1):
        yield ox.Quad(st, STATEMENT_RANK, ox.Literal(place), DERIVED_GRAPH)


def _number(value: ox.Literal) -> Decimal:
    """A numeric literal's value as SPARQL compares it (a value that is no number sorts last)."""
    try:
        return Decimal(value.value)
    except InvalidOperation:
        return Decimal("-Infinity")


def _year_key(year: ox.Literal) -> tuple[int, str]:
    """A report year's place in SPARQL's order: as a number when it is one."""
    try:
        return (int(year.value), "")
    except ValueError:
        return (1 << 62, year.value)


def _rows(store: ox.Store, query: str) -> Iterator[tuple[Any, ...]]:
    """The rows of a SELECT over the union of the store's graphs, every variable bound."""
    answer = store.query(query, use_default_graph_as_union=True)
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    for solution in answer:
        yield tuple(solution[name] for name in names)


def derived_triples(store: ox.Store) -> list[ox.Quad]:
    """The quads of :data:`DERIVED_GRAPH` (what :func:`materialize_aggregates` put there)."""
    return list(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))


def _load_into(store: ox.Store, source: GraphSource) -> None:
    if isinstance(source, Graph):
        # Quads keep the named graphs of a Dataset; a plain Graph goes to the default graph.
        if isinstance(source, Dataset) or source.context_aware:
            data = source.serialize(format="nquads", encoding="utf-8")
            load_quads(store, ox.parse(input=data, format=ox.RdfFormat.N_QUADS))
        else:
            store.bulk_load(input=source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        materialize_aggregates(store)
        return
    path = Path(source)
    if not path.is_file():
        raise GraphNotFoundError("graph file not found", path=str(path))
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError("unknown RDF file type (expected .ttl, .trig, .nt or .nq)", path=str(path))
    try:
        load_rdf(store, path, fmt)
    except SyntaxError as exc:
        raise InputError(f"not a valid RDF file: {' '.join(str(exc).split())}", path=str(path)) from None


def write_store(source: GraphSource, store_dir: Path) -> None:
    """Write ``source`` (a .ttl/.trig/.nt/.nq path or an rdflib Graph/Dataset) as a store.

    The store is built in a temporary folder beside ``store_dir`` and renamed
    into place, replacing any previous store; its folder's mtime is then set to
    now, which is what ``kgreport query`` compares with the graph file's.
    """
    store_dir = Path(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.tmp-", dir=store_dir.parent))
    try:
        store = ox.Store(str(tmp))
        try:
            _load_into(store, source)
            store.flush()
        finally:
            del store
        old = None
        if store_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.old-", dir=store_dir.parent))
            os.rename(store_dir, old / "store")
        os.rename(tmp, store_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        os.utime(store_dir)
    except OSError as exc:
        raise StoreError(f"cannot write store: {exc}", path=str(store_dir)) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def open_store(store_dir: Path, read_only: bool = True) -> ox.Store:
    """Open the store in ``store_dir`` (read-only by default, so several readers may share it)."""
    store_dir = Path(store_dir)
    if not store_dir.is_dir():
        raise GraphNotFoundError("no store here; run `kgreport build` first", path=str(store_dir))
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as exc:
        raise StoreError(f"cannot open store: {' '.join(str(exc).split())}", path=str(store_dir)) from None


def store_size(store_dir: Path) -> int:
    """Number of quads in the store at ``store_dir`` (derived ones included)."""
    return len(open_store(store_dir))
