"""The store's derived facts tallied from the triples a build writes, report by report.

:func:`kgreport.graph.store.materialize_aggregates` joins eleven kinds of rows
(sentence counts, report years and regions, entity-report links, class labels,
indicators, statements with their evidence …). A build already holds every
report's triples as Turtle terms (:class:`kgreport.graph.rdf.ReportBlocks`)
before it loads them, so :class:`BuildTally` keeps, as each report passes,
the few values those rows need (per entity: its reports, classes and labels;
per report: year, region, issuer, sentence count; per statement and indicator:
one small tuple) and gives the same rows at the end, with no query over the
store and no quad read back from it (reading a pyoxigraph quad's terms from
Python costs 2–4 µs a quad; a store query's index lookups about the same).

The rows are those of the queries over the union of the reports' graphs: a
report's own subjects (sentences, statements, indicators) are joined within
the report; entity labels and classes, which several reports state, at the end.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgreport.graph.rdf import PREFIXES, ReportBlocks, unescape_turtle
from kgreport.graph.store import ENTITY_CLASSES
from kgreport.graph.vocab import ONTOLOGY_IRI

_NAMESPACE_OF = dict(PREFIXES)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD = _NAMESPACE_OF["xsd"]
_INTEGER = ox.NamedNode(f"{_XSD}integer")
_DECIMAL = ox.NamedNode(f"{_XSD}decimal")
_BOOLEAN = ox.NamedNode(f"{_XSD}boolean")
# The entity classes (also the ranked ones), as report_blocks writes them, e.g. kgr:Organization.
_RANKED = frozenset(f"kgr:{c.value.removeprefix(ONTOLOGY_IRI)}" for c in ENTITY_CLASSES)
_ORGANIZATION = "kgr:Organization"
_RECEIVED_HONOR = "kgr:receivedHonor"
_COOPERATES = "kgr:cooperatesWith"


def ox_term(text: str) -> Any:
    """The pyoxigraph term of one Turtle term as :func:`kgreport.graph.rdf.report_blocks` writes it.

    ``<iri>``, ``prefix:name`` (``a`` is ``rdf:type``), ``"text"``, ``"text"^^prefix:name``,
    integers, decimals and booleans; equal to what a TriG parser gives for the same text.
    """
    first = text[0]
    if first == "<":
        return ox.NamedNode(text[1:-1])
    if first == '"':
        if text[-1] == '"':
            return ox.Literal(unescape_turtle(text[1:-1]))
        body, _, datatype = text[1:].rpartition('"^^')
        return ox.Literal(unescape_turtle(body), datatype=_expand(datatype))
    if text in ("true", "false"):
        return ox.Literal(text, datatype=_BOOLEAN)
    if first.isdigit() or first in "+-." and len(text) > 1:
        return ox.Literal(text, datatype=_DECIMAL if "." in text else _INTEGER)
    return _expand(text)


def _expand(name: str) -> ox.NamedNode:
    if name == "a":
        return _RDF_TYPE
    prefix, _, local = name.partition(":")
    return ox.NamedNode(_NAMESPACE_OF[prefix] + local)


# The spilled tallies: (entity, report) pairs a sentence of the report mentions the entity in; an entity's
# ranked classes and rdfs:label terms; (indicator, unit, label, value, report); and per statement and sentence
# (statement, subject, relation, object, sentence, report, sentence has text, its texts as JSON if a cooperation).
_TABLES = """
CREATE TABLE er (e TEXT NOT NULL, r TEXT NOT NULL, PRIMARY KEY (e, r)) WITHOUT ROWID;
CREATE TABLE cls (e TEXT NOT NULL, c TEXT NOT NULL, PRIMARY KEY (e, c)) WITHOUT ROWID;
CREATE TABLE lab (e TEXT NOT NULL, l TEXT NOT NULL, PRIMARY KEY (e, l)) WITHOUT ROWID;
CREATE TABLE ind (i TEXT, unit TEXT, label TEXT, value TEXT, r TEXT);
CREATE TABLE st (st TEXT, s TEXT, rel TEXT, o TEXT, sentence TEXT, r TEXT, has_text INTEGER, said TEXT);
"""


def _statement_rows(
    st: str, po: dict[str, dict[str, None]], in_report: dict[str, tuple[str, ...]], texts: dict[str, tuple[str, ...]]
) -> Iterator[tuple[str, str, str, str, str, str, int, str | None]]:
    for subject in po.get("rdf:subject", ()):
        for relation in po.get("rdf:predicate", ()):
            for obj in po.get("rdf:object", ()):
                for sentence in po.get("prov:wasDerivedFrom", ()):
                    said = texts.get(sentence, ())
                    for r in in_report.get(sentence, ()):
                        yield (
                            st, subject, relation, obj, sentence, r, int(bool(said)),
                            json.dumps(said) if relation == _COOPERATES else None,
                        )


class BuildTally:
    """Per-entity, per-report and per-statement tallies of a build's reports, read as the derivation's rows.

    :meth:`add` takes each report's blocks as the build writes them; the row methods
    (the :class:`kgreport.graph.store.DerivationRows` protocol) answer once every report is added.
    ``complete`` turns False when a report's graph comes twice (its joins could then
    span two additions): the store's queries must derive the facts instead.

    What grows with the corpus (per entity its reports, classes and labels; per statement and
    indicator one row) goes to a SQLite file (``path``; None keeps it in SQLite's memory), so that
    a build's main process does not grow by it while the reports stream in; only the per-report
    values (year, region, issuer, sentence count) stay in Python.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.complete = True
        self._graphs: set[str] = set()
        self._reports: list[str] = []  # subjects typed kgr:Report, in order
        self._sentences: dict[str, int] = {}  # report -> sentences (subjects with kgr:inSection and kgr:inReport)
        self._years: dict[str, list[str]] = {}
        self._regions: dict[str, list[str]] = {}
        self._issuers: dict[str, list[str]] = {}
        self._path = path
        if path is not None:
            path.unlink(missing_ok=True)  # a spill a killed build left behind
        # (added to in the build's thread, read in the store's once the last report is added)
        self._db = sqlite3.connect(
            str(path) if path is not None else ":memory:", isolation_level=None, check_same_thread=False
        )
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.executescript(_TABLES)
        self._terms: dict[str, Any] = {}

    def add(self, blocks: ReportBlocks) -> None:
        """Tally one report's triples (all of its blocks, as :func:`kgreport.graph.rdf.report_blocks` made them)."""
        if blocks.graph in self._graphs:
            self.complete = False
        self._graphs.add(blocks.graph)
        subjects = [*blocks.local, *blocks.entities.items()]
        in_report: dict[str, tuple[str, ...]] = {}  # a subject of this report -> its kgr:inReport objects
        texts: dict[str, tuple[str, ...]] = {}
        for s, po in subjects:
            reports = po.get("kgr:inReport")
            if reports:
                in_report[s] = tuple(reports)
                if "kgr:inSection" in po:
                    for r in reports:
                        self._sentences[r] = self._sentences.get(r, 0) + 1
            said = po.get("kgr:text")
            if said:
                texts[s] = tuple(said)
        entity_reports: dict[tuple[str, str], None] = {}
        classes: list[tuple[str, str]] = []
        labelled: list[tuple[str, str]] = []
        indicators: list[tuple[str, str, str, str, str]] = []
        statements: list[tuple[str, str, str, str, str, str, int, str | None]] = []
        for s, po in subjects:
            types = po.get("a", {})
            labels = po.get("rdfs:label", {})
            if "kgr:Report" in types:
                self._reports.append(s)
            for p, into in (("kgr:year", self._years), ("kgr:region", self._regions), ("kgr:issuer", self._issuers)):
                for o in po.get(p, ()):
                    into.setdefault(s, []).append(o)
            for sentence in po.get("kgr:mentionedIn", ()):
                for r in in_report.get(sentence, ()):
                    entity_reports[s, r] = None
            if "kgr:Indicator" in types:
                indicators.extend(
                    (s, unit, label, value, r)
                    for unit in po.get("kgr:unit", ()) for label in labels
                    for value in po.get("kgr:value", ()) for r in in_report.get(s, ())
                )
            elif labels:
                labelled.extend((s, label) for label in labels)
            classes.extend((s, c) for c in _RANKED.intersection(types))
            if "rdf:Statement" in types:
                statements.extend(_statement_rows(s, po, in_report, texts))
        db = self._db
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO er VALUES (?, ?)", entity_reports)
        db.executemany("INSERT OR IGNORE INTO cls VALUES (?, ?)", classes)
        db.executemany("INSERT OR IGNORE INTO lab VALUES (?, ?)", labelled)
        db.executemany("INSERT INTO ind VALUES (?, ?, ?, ?, ?)", indicators)
        db.executemany("INSERT INTO st VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statements)
        db.execute("COMMIT")

    def close(self) -> None:
        """Drop the spill (its file too)."""
        self._db.close()
        self._terms = {}
        if self._path is not None:
            self._path.unlink(missing_ok=True)

    def _labels(self, entity: str) -> list[str]:
        return [label for (label,) in self._db.execute("SELECT l FROM lab WHERE e = ?", (entity,))]

    def _term(self, text: str) -> Any:
        term = self._terms.get(text)
        if term is None:
            term = self._terms[text] = ox_term(text)
        return term

    # ------------------------------------------------------------ the rows (DerivationRows)

    def sentence_counts(self) -> Iterator[tuple[Any, ...]]:
        """(report, number of sentences) for each report with a sentence."""
        t = self._term
        return ((t(r), ox.Literal(n)) for r, n in self._sentences.items())

    def reports(self) -> Iterator[tuple[Any, ...]]:
        """(report,) for each ``kgr:Report``."""
        t = self._term
        return ((t(r),) for r in dict.fromkeys(self._reports))

    def report_years(self) -> Iterator[tuple[Any, ...]]:
        """(report, year)."""
        return self._pairs(self._years)

    def report_regions(self) -> Iterator[tuple[Any, ...]]:
        """(report, region)."""
        return self._pairs(self._regions)

    def _pairs(self, values: dict[str, list[str]]) -> Iterator[tuple[Any, ...]]:
        t = self._term
        return ((t(s), t(o)) for s, objs in values.items() for o in dict.fromkeys(objs))

    def entity_reports(self) -> Iterator[tuple[Any, ...]]:
        """(entity, report), distinct: a sentence of the report mentions the entity (one of an entity class)."""
        t = self._term
        rows = self._db.execute("SELECT e, r FROM er WHERE e IN (SELECT e FROM cls)")
        return ((t(e), t(r)) for e, r in rows)

    def class_labels(self) -> Iterator[tuple[Any, ...]]:
        """(entity, ranked class, label)."""
        t = self._term
        rows = self._db.execute("SELECT cls.e, c, l FROM cls JOIN lab ON lab.e = cls.e")
        return ((t(e), t(c), t(label)) for e, c, label in rows)

    def indicators(self) -> Iterator[tuple[Any, ...]]:
        """(indicator, unit, label, value, report year)."""
        t, years = self._term, self._years
        return (
            (ox_term(i), t(unit), t(label), t(value), t(y))
            for i, unit, label, value, r in self._db.execute("SELECT i, unit, label, value, r FROM ind")
            for y in years.get(r, ())
        )

    def evidence(self) -> Iterator[tuple[Any, ...]]:
        """(statement, relation, subject label, object label, year, sentence) for statements whose sentence has text."""
        t, years = self._term, self._years
        rows = self._db.execute(
            "SELECT st, rel, ls.l, lo.l, r, sentence FROM st JOIN lab ls ON ls.e = st.s JOIN lab lo ON lo.e = st.o"
            " WHERE has_text"
        )
        for st, relation, sl, ol, r, sentence in rows:
            for y in years.get(r, ()):
                yield ox_term(st), t(relation), t(sl), t(ol), t(y), ox_term(sentence)

    def awards(self) -> Iterable[tuple[Any, ...]]:
        """(honor, receiver, year, honor label, receiver label), distinct, of ``kgr:receivedHonor`` statements."""
        years = self._years
        found = self._db.execute(
            "SELECT DISTINCT o, s, r, lo.l, ls.l FROM st JOIN lab lo ON lo.e = st.o JOIN lab ls ON ls.e = st.s WHERE rel = ?",
            (_RECEIVED_HONOR,),
        )
        rows = {(o, s, y, hl, rl) for o, s, r, hl, rl in found for y in years.get(r, ())}
        t = self._term
        return [tuple(map(t, row)) for row in rows]

    def partners(self) -> Iterator[tuple[Any, ...]]:
        """(self, partner, year, sentence, issuer label, partner label, sentence text): a cooperation with the report's issuer or region."""
        t, years = self._term, self._years
        rows = self._db.execute("SELECT s, o, sentence, r, said FROM st WHERE rel = ?", (_COOPERATES,)).fetchall()
        for s, o, sentence, r, said in rows:
            for me, partner in ((s, o), (o, s)):  # the example's two sides, a UNION: each solution a row
                for _ in range(self._issuers.get(r, []).count(me) + self._regions.get(r, []).count(me)):
                    for text in json.loads(said):
                        for y in years.get(r, ()):
                            for il in self._labels(me):
                                for pl in self._labels(partner):
                                    yield t(me), t(partner), t(y), t(sentence), t(il), t(pl), t(text)

    def organization_labels(self) -> Iterator[tuple[Any, ...]]:
        """(organization, label)."""
        t = self._term
        rows = self._db.execute("SELECT lab.e, l FROM cls JOIN lab ON lab.e = cls.e WHERE c = ?", (_ORGANIZATION,))
        return ((t(e), t(label)) for e, label in rows)
