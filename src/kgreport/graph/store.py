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
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

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
#: ``award kgr:awardRank n``: a derived node per distinct (honor, receiver, report year) that statements of
#: ``kgr:receivedHonor`` state, numbered in the `honors` example's order (honor label, receiver label, year,
#: honor, receiver); ``kgr:awardHonor``, ``kgr:awardReceiver`` and ``kgr:awardYear`` give its three values.
AWARD_RANK = ox.NamedNode(str(KGR.awardRank))
AWARD_HONOR = ox.NamedNode(str(KGR.awardHonor))
AWARD_RECEIVER = ox.NamedNode(str(KGR.awardReceiver))
AWARD_YEAR = ox.NamedNode(str(KGR.awardYear))
#: ``row kgr:partnerRank n``: a derived node per row of the `issuer-partners` example (a statement of
#: ``kgr:cooperatesWith`` with a report's issuer or territory on one side), numbered in its order (year, issuer
#: label, partner label, partner, sentence text); ``kgr:partnerIssuer``, ``kgr:partner``, ``kgr:partnerYear``
#: and ``kgr:partnerSentence`` give the row's values.
PARTNER_RANK = ox.NamedNode(str(KGR.partnerRank))
PARTNER_ISSUER = ox.NamedNode(str(KGR.partnerIssuer))
PARTNER = ox.NamedNode(str(KGR.partner))
PARTNER_YEAR = ox.NamedNode(str(KGR.partnerYear))
PARTNER_SENTENCE = ox.NamedNode(str(KGR.partnerSentence))
#: ``organization kgr:severalReportsRank n``: an organization named by more than one report (with a label and
#: a first year), numbered by report count descending, label, IRI (`organizations-in-several-reports`).
SEVERAL_REPORTS_RANK = ox.NamedNode(str(KGR.severalReportsRank))
#: The subclasses of ``kgr:Entity`` (the extractor gives an entity one of them): the subjects of the per-entity
#: facts (``kgr:mentionedInReport`` … ``kgr:lastYear``, whose ``rdfs:domain`` is ``kgr:Entity``; an indicator,
#: mentioned in one sentence of one report, gets none: ~75 k of a 96-report store's 768 k quads were those).
ENTITY_CLASSES = tuple(ox.NamedNode(f"{ONTOLOGY_IRI}{c}") for c in ("Honor", "Organization", "Place", "Program", "Project"))
#: The classes whose entities get ranks (the examples' classes): every entity class.
RANKED_CLASSES = ENTITY_CLASSES

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
# The rows of three examples that return every row (no LIMIT, so no rank lookup can spare their joins and
# their ORDER BY over text): honors and issuer-partners as they were asked before these facts, read unordered.
_AWARDS = f"""
SELECT DISTINCT ?honor ?receiver ?year ?honorLabel ?receiverLabel WHERE {{
  ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{_KGR}receivedHonor> ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?receiver ;
      <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?honor ;
      <http://www.w3.org/ns/prov#wasDerivedFrom> ?sentence .
  ?sentence <{_KGR}inReport> ?report .
  ?report <{_KGR}year> ?year .
  ?honor <http://www.w3.org/2000/01/rdf-schema#label> ?honorLabel .
  ?receiver <http://www.w3.org/2000/01/rdf-schema#label> ?receiverLabel .
}}
"""
_PARTNER_SIDE = """
  {{
    ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{kgr}cooperatesWith> ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#{mine}> ?self ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#{theirs}> ?partner ;
        <http://www.w3.org/ns/prov#wasDerivedFrom> ?sentence .
    ?sentence <{kgr}inReport> ?report ; <{kgr}text> ?sentenceText .
    ?report <{kgr}issuer>|<{kgr}region> ?self .
    ?report <{kgr}year> ?year .
    ?self <http://www.w3.org/2000/01/rdf-schema#label> ?issuerLabel .
    ?partner <http://www.w3.org/2000/01/rdf-schema#label> ?partnerLabel .
  }}"""
# No DISTINCT, as the example has none: each solution is a row (the issuer on either side of the statement).
_PARTNERS = (
    "SELECT ?self ?partner ?year ?sentence ?issuerLabel ?partnerLabel ?sentenceText WHERE {"
    + _PARTNER_SIDE.format(kgr=_KGR, mine="subject", theirs="object")
    + " UNION "
    + _PARTNER_SIDE.format(kgr=_KGR, mine="object", theirs="subject")
    + "\n}"
)
_ORGANIZATION_LABELS = f"""
SELECT ?org ?label WHERE {{ ?org a <{_KGR}Organization> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }}
"""
_ENTITY_REPORTS = f"""
SELECT DISTINCT ?entity ?report WHERE {{
  VALUES ?class {{ {" ".join(f"<{c.value}>" for c in ENTITY_CLASSES)} }}
  ?entity a ?class ; <{_KGR}mentionedIn> ?sentence . ?sentence <{_KGR}inReport> ?report .
}}
"""


class DerivationRows(Protocol):
    """The rows :func:`materialize_aggregates` derives its facts from, each as the query of the same name gives them.

    :class:`QueriedRows` asks the store; :class:`kgreport.graph.store_tally.BuildTally` answers from what a
    build tallied of its reports. Each row is a tuple of pyoxigraph terms, every variable bound.
    """

    def sentence_counts(self) -> Iterable[tuple[Any, ...]]:
        """(report, n): sentences (nodes with a section) per report that has any."""
        ...

    def reports(self) -> Iterable[tuple[Any, ...]]:
        """(report,) per ``kgr:Report``."""
        ...

    def report_years(self) -> Iterable[tuple[Any, ...]]:
        """(report, year)."""
        ...

    def report_regions(self) -> Iterable[tuple[Any, ...]]:
        """(report, region)."""
        ...

    def entity_reports(self) -> Iterable[tuple[Any, ...]]:
        """(entity, report), distinct: the entity (of a class of :data:`ENTITY_CLASSES`) is ``kgr:mentionedIn`` a sentence of the report."""
        ...

    def class_labels(self) -> Iterable[tuple[Any, ...]]:
        """(entity, class, label) for the classes of :data:`RANKED_CLASSES`."""
        ...

    def indicators(self) -> Iterable[tuple[Any, ...]]:
        """(indicator, unit, label, value, report year)."""
        ...

    def evidence(self) -> Iterable[tuple[Any, ...]]:
        """(statement, relation, subject label, object label, year, sentence) of statements whose sentence has text."""
        ...

    def awards(self) -> Iterable[tuple[Any, ...]]:
        """(honor, receiver, year, honor label, receiver label), distinct."""
        ...

    def partners(self) -> Iterable[tuple[Any, ...]]:
        """(self, partner, year, sentence, issuer label, partner label, sentence text), one per solution."""
        ...

    def organization_labels(self) -> Iterable[tuple[Any, ...]]:
        """(organization, label)."""
        ...


@runtime_checkable
class DerivesItself(Protocol):
    """Rows that also derive :func:`materialize_aggregates`'s facts themselves, in bounded memory
    (:class:`kgreport.graph.store_tally.BuildTally`: grouped and ranked in SQLite)."""

    def derived_quads(self) -> Iterable[ox.Quad]:
        """Every quad :func:`materialize_aggregates` would derive from these rows (in any order)."""
        ...


class RowsOnly:
    """``rows`` without their own derivation: :func:`materialize_aggregates` then ranks them in Python
    (the reference the tests and ``benchmarks/bench_memory.py`` compare :class:`DerivesItself` with)."""

    def __init__(self, rows: DerivationRows) -> None:
        self._rows = rows

    def __getattr__(self, name: str) -> Any:
        if name == "derived_quads":
            raise AttributeError(name)
        return getattr(self._rows, name)


class QueriedRows:
    """:class:`DerivationRows` answered by queries over the union of ``store``'s graphs."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def sentence_counts(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _SENTENCE_COUNTS)

    def reports(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _REPORTS)

    def report_years(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _REPORT_YEARS)

    def report_regions(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _REPORT_REGIONS)

    def entity_reports(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _ENTITY_REPORTS)

    def class_labels(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _CLASS_LABELS)

    def indicators(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _INDICATORS)

    def evidence(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _EVIDENCE)

    def awards(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _AWARDS)

    def partners(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _PARTNERS)

    def organization_labels(self) -> Iterable[tuple[Any, ...]]:
        """See :class:`DerivationRows`."""
        return _rows(self._store, _ORGANIZATION_LABELS)


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


def load_quads(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Bulk-load ``quads`` (one report's, or a whole file's) into ``store`` in the store's layout.

    Loading a report that shares entities with reports already loaded adds
    nothing for what they share: the store holds each quad once.
    """
    # In batches: one bulk_extend of the whole corpus buffered it all (peak RSS 1.5 GB; in batches
    # of 200,000 quads 0.38 GB, the same CPU time).
    laid_out = layout_quads(quads)
    while batch := list(islice(laid_out, _BATCH)):
        store.bulk_extend(batch)


def load_rdf(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Bulk-load an RDF file in the store's layout, then derive its aggregates.

    Measured on the 384-report corpus (4.5 M quads of graph.trig), RocksDB's
    index building dominates the load; an in-memory store loads the same
    quads in a third of the CPU.
    """
    load_quads(store, ox.parse(path=str(path), format=fmt))
    materialize_aggregates(store)


def materialize_aggregates(store: ox.Store, rows: DerivationRows | None = None) -> int:
    """Replace :data:`DERIVED_GRAPH` with the facts the example queries would otherwise aggregate on each run.

    * ``report kgr:sentenceCount n`` for every ``kgr:Report`` (the `reports` example);
    * ``entity kgr:mentionedInReport report`` once per entity (of :data:`ENTITY_CLASSES`)
      and report (a join over a few hundred thousand pairs instead of millions of mentions);
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
    or incremental one); returns the number of derived triples. The facts are
    derived from ``rows``: by default the store's own queries; a build passes
    what it tallied of the reports it loaded (:class:`kgreport.graph.store_tally.BuildTally`),
    which gives the same rows without a query.
    """
    if rows is None:
        rows = QueriedRows(store)
    if store.contains_named_graph(DERIVED_GRAPH):
        store.remove_graph(DERIVED_GRAPH)
    store.add_graph(DERIVED_GRAPH)  # marks the layout even when nothing is derived (see query_options)
    quads = _Loader(store)  # loaded as made, _BATCH at a time, not all held as Python objects first
    if isinstance(rows, DerivesItself):
        # The per-entity lists and ranking keys below grow with the corpus: the ten-times corpus
        # (3,840 reports) peaked after the stream; the tally groups and ranks on disk instead.
        quads.extend(rows.derived_quads())
        return quads.close()
    add, quad, literal = quads.append, ox.Quad, ox.Literal
    counts = {report: int(n.value) for report, n in rows.sentence_counts()}
    for (report,) in rows.reports():
        add(quad(report, SENTENCE_COUNT, literal(counts.get(report, 0)), DERIVED_GRAPH))
    years: dict[Any, Any] = {}
    for report, year in rows.report_years():
        years.setdefault(report, []).append(year)
    regions: dict[Any, list[Any]] = {}
    for report, region in rows.report_regions():
        regions.setdefault(report, []).append(region)
    reports_of: dict[Any, list[Any]] = {}
    first_years: dict[Any, Any] = {}  # kept as made (ranks and example_rows): reading them back cost a pass over all quads
    for entity, report in rows.entity_reports():
        add(quad(entity, MENTIONED_IN_REPORT, report, DERIVED_GRAPH))
        reports_of.setdefault(entity, []).append(report)
    for entity, reports in reports_of.items():
        add(quad(entity, REPORT_COUNT, literal(len(reports)), DERIVED_GRAPH))
        add(quad(entity, REGION_COUNT, literal(len({g for r in reports for g in regions.get(r, ())})), DERIVED_GRAPH))
        # MIN and MAX as SPARQL orders literals; a report's year is an xsd:integer (several: all count)
        spans = [y for r in reports for y in years.get(r, ())]
        if spans:
            first = first_years[entity] = min(spans, key=year_key)
            add(quad(entity, FIRST_YEAR, first, DERIVED_GRAPH))
            add(quad(entity, LAST_YEAR, max(spans, key=year_key), DERIVED_GRAPH))
    quads.extend(_ranks(rows.class_labels(), first_years))
    quads.extend(_unit_ranks(rows.indicators()))
    quads.extend(_statement_ranks(rows.evidence()))
    quads.extend(example_rows(store, {e: len(r) for e, r in reports_of.items()}, first_years, rows))
    return quads.close()


class _Loader:
    """Quads bulk-loaded into a store :data:`_BATCH` at a time as they are appended."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store
        self._batch: list[ox.Quad] = []
        self.count = 0

    def append(self, q: ox.Quad) -> None:
        self._batch.append(q)
        if len(self._batch) >= _BATCH:
            self._flush()

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            self.append(q)

    def _flush(self) -> None:
        self.count += len(self._batch)
        self._store.bulk_extend(self._batch)
        self._batch = []

    def close(self) -> int:
        """Load what is left; the number of quads loaded."""
        self._flush()
        return self.count


def example_rows(
    store: ox.Store, report_counts: Mapping[Any, int], first_years: Mapping[Any, Any], rows: DerivationRows | None = None
) -> list[ox.Quad]:
    """The derived facts of the examples that return every row, each row numbered in its example's order.

    ``report_counts`` and ``first_years`` (entity -> ``kgr:reportCount`` / ``kgr:firstYear``) are what
    :func:`materialize_aggregates` has derived before, passed as made rather than read back from its quads. Gives the award nodes of `honors` (:data:`AWARD_RANK`), the cooperation rows of
    `issuer-partners` (:data:`PARTNER_RANK`) and :data:`SEVERAL_REPORTS_RANK`: the examples then order by
    an integer instead of comparing labels and texts read from disk at each comparison. ``rows`` as for
    :func:`materialize_aggregates`.
    """
    if rows is None:
        rows = QueriedRows(store)
    quads = award_and_partner_rows(rows)
    several = sorted((
        ((-report_counts[org], label.value, org.value), org)
        for org, label in rows.organization_labels()
        if report_counts.get(org, 0) > 1 and org in first_years
    ), key=_first)
    for place, (_, org) in enumerate(several, 1):
        quads.append(ox.Quad(org, SEVERAL_REPORTS_RANK, ox.Literal(place), DERIVED_GRAPH))
    return quads


def award_and_partner_rows(rows: DerivationRows) -> list[ox.Quad]:
    """The award nodes of `honors` (:data:`AWARD_RANK`) and the cooperation rows of `issuer-partners`
    (:data:`PARTNER_RANK`), numbered in their examples' order (few: honors and cooperations with the issuer)."""
    quads: list[ox.Quad] = []
    add, quad, literal, node = quads.append, ox.Quad, ox.Literal, ox.NamedNode
    awards = sorted((
        ((hl.value, rl.value, year_key(year), honor.value, receiver.value), honor, receiver, year)
        for honor, receiver, year, hl, rl in rows.awards()
    ), key=_first)
    for place, (_, honor, receiver, year) in enumerate(awards, 1):
        award = node(f"{DATA}derived/award/{place}")
        add(quad(award, AWARD_RANK, literal(place), DERIVED_GRAPH))
        add(quad(award, AWARD_HONOR, honor, DERIVED_GRAPH))
        add(quad(award, AWARD_RECEIVER, receiver, DERIVED_GRAPH))
        add(quad(award, AWARD_YEAR, year, DERIVED_GRAPH))
    partners = sorted((
        ((year_key(year), il.value, pl.value, partner.value, text.value, sentence.value, me.value), me, partner, year, sentence)
        for me, partner, year, sentence, il, pl, text in rows.partners()
    ), key=_first)
    for place, (_, me, partner, year, sentence) in enumerate(partners, 1):
        row = node(f"{DATA}derived/partner/{place}")
        add(quad(row, PARTNER_RANK, literal(place), DERIVED_GRAPH))
        add(quad(row, PARTNER_ISSUER, me, DERIVED_GRAPH))
        add(quad(row, PARTNER, partner, DERIVED_GRAPH))
        add(quad(row, PARTNER_YEAR, year, DERIVED_GRAPH))
        add(quad(row, PARTNER_SENTENCE, sentence, DERIVED_GRAPH))
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
        dated = sorted((year_key(first_years[e]), label, iri, e) for label, iri, e in members if e in first_years)
        for place, (*_, entity) in enumerate(dated, 1):
            yield quad(entity, FIRST_YEAR_RANK, literal(place), DERIVED_GRAPH)


def _unit_ranks(indicators: Iterable[tuple[Any, ...]]) -> Iterator[ox.Quad]:
    """``kgr:unitRank`` quads for (indicator, unit, label, value, year) rows: an indicator of several rows takes its first place."""
    by_unit: dict[Any, dict[Any, tuple[Any, ...]]] = {}
    for indicator, unit, label, value, year in indicators:
        key = (year_key(year), -sparql_number(value), label.value, indicator.value)
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
        key = (relation.value, subject_label.value, object_label.value, year_key(year), sentence.value, str(st))
        if st not in keys or key < keys[st]:
            keys[st] = key
    for place, st in enumerate(sorted(keys, key=keys.__getitem__), 1):
        yield ox.Quad(st, STATEMENT_RANK, ox.Literal(place), DERIVED_GRAPH)


def _first(row: tuple[Any, ...]) -> Any:
    return row[0]


def sparql_number(value: ox.Literal) -> Decimal:
    """A numeric literal's value as SPARQL compares it (a value that is no number sorts last)."""
    try:
        return Decimal(value.value)
    except InvalidOperation:
        return Decimal("-Infinity")


def year_key(year: ox.Literal) -> tuple[int, str]:
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
