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
import math
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgreport.graph.rdf import PREFIXES, BlockPiece, PredicateObjects, ReportBlocks, unescape_turtle, whole_piece
from kgreport.graph.store import (
    DERIVED_GRAPH, ENTITY_CLASSES, FIRST_YEAR, FIRST_YEAR_RANK, LABEL_RANK, LAST_YEAR, MENTIONED_IN_REPORT, REGION_COUNT,
    REPORT_COUNT, SENTENCE_COUNT, SEVERAL_REPORTS_RANK, STATEMENT_RANK, UNIT_RANK, _unit_ranks, award_and_partner_rows,
    sparql_number, year_key,
)
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
#: Subjects read back per query (SQLite's limit on bound parameters is 32,766 or 999 on old builds).
_BATCH = 500


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


def _value(text: str) -> str:
    """A Turtle term's value (an IRI without its brackets, a literal's lexical form), as the ranks compare it."""
    return text[1:-1] if text[0] == "<" else ox_term(text).value


def _node_text(text: str) -> str:
    """``str()`` of the term, ``<iri>``: the last tie-break of `relation-evidence`'s order."""
    return text if text[0] == "<" else str(ox_term(text))


def _sort_number(text: str) -> float:
    """The negated value of a numeric literal as a float, for ``ORDER BY`` (no number: last, as :func:`sparql_number`)."""
    return float(-sparql_number(ox_term(text)))


def _float_keeps_order(text: str) -> bool:
    """Whether two values' floats are ordered as their decimals (up to 15 significant digits, in range): else
    the indicators are ranked in Python, exactly."""
    d = sparql_number(ox_term(text))
    if d.is_nan():
        return False
    if not d.is_finite():
        return True
    f = float(d)
    return len(d.as_tuple().digits) <= 15 and math.isfinite(f) and (d.is_zero() or 1e-300 < abs(f))


def _expand(name: str) -> ox.NamedNode:
    if name == "a":
        return _RDF_TYPE
    prefix, _, local = name.partition(":")
    return ox.NamedNode(_NAMESPACE_OF[prefix] + local)


# The spilled tallies: (entity, report) pairs a sentence of the report mentions the entity in; an entity's
# ranked classes and rdfs:label terms; (indicator, unit, label, value, report); and per statement and sentence
# (statement, subject, relation, object, sentence, report, sentence has text, its texts as JSON if a cooperation);
# and, for the report being added, the kgr:inReport and kgr:text terms of its earlier pieces' subjects (one line each).
_TABLES = """
CREATE TABLE er (e TEXT NOT NULL, r TEXT NOT NULL, PRIMARY KEY (e, r)) WITHOUT ROWID;
CREATE TABLE cls (e TEXT NOT NULL, c TEXT NOT NULL, PRIMARY KEY (e, c)) WITHOUT ROWID;
CREATE TABLE lab (e TEXT NOT NULL, l TEXT NOT NULL, PRIMARY KEY (e, l)) WITHOUT ROWID;
CREATE TABLE ind (i TEXT, unit TEXT, label TEXT, value TEXT, r TEXT);
CREATE TABLE st (st TEXT, s TEXT, rel TEXT, o TEXT, sentence TEXT, r TEXT, has_text INTEGER, said TEXT);
CREATE TABLE here (s TEXT PRIMARY KEY, r TEXT NOT NULL, said TEXT NOT NULL) WITHOUT ROWID;
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
        self.add_piece(whole_piece(blocks))

    def add_piece(self, piece: BlockPiece) -> None:
        """Tally one piece of a report's triples (its pieces in order, as :func:`kgreport.graph.rdf.report_pieces`
        makes them): what they state of subjects of earlier pieces (a statement's sentence, a mention's) is read
        back from the spill, where each piece but the last leaves its subjects' reports and texts."""
        if piece.first:
            if piece.graph in self._graphs:
                self.complete = False
            self._graphs.add(piece.graph)
            self._db.execute("DELETE FROM here")
        subjects = [*piece.local, *piece.entities.items()]
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
        if not piece.last:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO here VALUES (?, ?, ?)",
                ((s, "\n".join(in_report.get(s, ())), "\n".join(texts.get(s, ()))) for s in in_report.keys() | texts.keys()),
            )
            self._db.execute("COMMIT")
        self._recall(subjects, in_report, texts)
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

    def _recall(
        self, subjects: list[tuple[str, PredicateObjects]], in_report: dict[str, tuple[str, ...]],
        texts: dict[str, tuple[str, ...]],
    ) -> None:
        """Add to ``in_report`` and ``texts`` what earlier pieces of the report said of the subjects these blocks
        name (a mention's sentence, a statement's), as one piece of the whole report would have them."""
        wanted: dict[str, None] = {}
        for _, po in subjects:
            for sentence in po.get("kgr:mentionedIn", ()):
                if sentence not in in_report:
                    wanted[sentence] = None
            if "rdf:Statement" in po.get("a", {}):
                for sentence in po.get("prov:wasDerivedFrom", ()):
                    if sentence not in in_report or sentence not in texts:
                        wanted[sentence] = None
        if not wanted:
            return
        split: dict[str, tuple[str, ...]] = {"": ()}  # one tuple per distinct value (a report has one IRI)
        keys = list(wanted)
        for start in range(0, len(keys), _BATCH):
            batch = keys[start:start + _BATCH]
            marks = ",".join("?" * len(batch))
            for s, r, said in self._db.execute(f"SELECT s, r, said FROM here WHERE s IN ({marks})", batch):
                if r and s not in in_report:
                    in_report[s] = split.get(r) or split.setdefault(r, tuple(r.split("\n")))
                if said and s not in texts:
                    texts[s] = tuple(said.split("\n"))

    def close(self) -> None:
        """Drop the spill (its file too)."""
        self._db.close()
        self._terms = {}
        if self._path is not None:
            self._path.unlink(missing_ok=True)

    def derived_quads(self) -> Iterator[ox.Quad]:
        """The facts :func:`kgreport.graph.store.materialize_aggregates` derives, grouped and ranked in SQLite.

        Equal to what it derives from this tally's rows, quad for quad and with the same multiplicity; but
        the per-entity report lists, first years and ranking keys, which grow with the corpus, are SQL
        groups, window functions and ``ORDER BY`` over the spill (sorted on disk), not Python objects:
        the ten-times corpus's main process peaked after the stream when they were. Only per-report
        values, the awards and the cooperations (few) are held.
        """
        db, t, quad, literal, g = self._db, ox_term, ox.Quad, ox.Literal, DERIVED_GRAPH
        for r in dict.fromkeys(self._reports):
            yield quad(t(r), SENTENCE_COUNT, literal(self._sentences.get(r, 0)), g)
        for name, fn in (("v", _value), ("nt", _node_text), ("neg", _sort_number)):
            db.create_function(name, 1, fn, deterministic=True)
        # A report's years (yn, ys: year_key's two parts) and regions, each once and in order (yr's rowid).
        db.executescript(
            "DROP TABLE IF EXISTS yr; DROP TABLE IF EXISTS rg; DROP TABLE IF EXISTS ent; DROP TABLE IF EXISTS span;"
            "CREATE TABLE yr (r TEXT NOT NULL, y TEXT NOT NULL, yn INTEGER NOT NULL, ys TEXT NOT NULL);"
            "CREATE TABLE rg (r TEXT NOT NULL, g TEXT NOT NULL);"
        )
        db.executemany(
            "INSERT INTO yr VALUES (?, ?, ?, ?)",
            ((r, y, *year_key(t(y))) for r, ys in self._years.items() for y in dict.fromkeys(ys)),
        )
        db.executemany("INSERT INTO rg VALUES (?, ?)", ((r, x) for r, xs in self._regions.items() for x in dict.fromkeys(xs)))
        db.executescript(
            "CREATE INDEX yr_r ON yr (r); CREATE INDEX rg_r ON rg (r);"
            # per entity of an entity class: its reports and their distinct regions
            "CREATE TABLE ent (e TEXT PRIMARY KEY, n INTEGER NOT NULL, g INTEGER NOT NULL) WITHOUT ROWID;"
            "INSERT INTO ent SELECT er.e, COUNT(DISTINCT er.r), COUNT(DISTINCT rg.g) FROM er LEFT JOIN rg ON rg.r = er.r"
            " WHERE er.e IN (SELECT e FROM cls) GROUP BY er.e;"
            # per entity with a dated report: the first and last year as min() and max() by year_key pick them
            # (of equal keys the first met, its reports in er's order, a report's years in theirs)
            "CREATE TABLE span (e TEXT PRIMARY KEY, first TEXT, fn INTEGER, fs TEXT, last TEXT) WITHOUT ROWID;"
            "INSERT INTO span SELECT e, MAX(CASE WHEN a = 1 THEN y END), MAX(CASE WHEN a = 1 THEN yn END),"
            " MAX(CASE WHEN a = 1 THEN ys END), MAX(CASE WHEN b = 1 THEN y END) FROM ("
            "  SELECT er.e, yr.y, yr.yn, yr.ys,"
            "   ROW_NUMBER() OVER (PARTITION BY er.e ORDER BY yr.yn, yr.ys, er.r, yr.rowid) AS a,"
            "   ROW_NUMBER() OVER (PARTITION BY er.e ORDER BY yr.yn DESC, yr.ys DESC, er.r, yr.rowid) AS b"
            "  FROM er JOIN ent ON ent.e = er.e JOIN yr ON yr.r = er.r"
            " ) WHERE a = 1 OR b = 1 GROUP BY e;"
        )
        for e, r in db.execute("SELECT e, r FROM er WHERE e IN (SELECT e FROM cls)"):
            yield quad(t(e), MENTIONED_IN_REPORT, t(r), g)
        for e, n, regions, first, last in db.execute(
            "SELECT ent.e, n, g, first, last FROM ent LEFT JOIN span ON span.e = ent.e"
        ):
            entity = t(e)
            yield quad(entity, REPORT_COUNT, literal(n), g)
            yield quad(entity, REGION_COUNT, literal(regions), g)
            if first is not None:
                yield quad(entity, FIRST_YEAR, t(first), g)
                yield quad(entity, LAST_YEAR, t(last), g)
        # kgr:labelRank: per class, the labels' dense rank (label, then IRI, by code point: SQLite's BINARY
        # collation compares UTF-8 bytes, which orders as code points do)
        cls, rank, previous = None, 0, None
        for c, e, label in db.execute(
            "SELECT c, cls.e, v(l) AS lv FROM cls JOIN lab ON lab.e = cls.e ORDER BY c, lv, v(cls.e)"
        ):
            if c != cls:
                cls, rank, previous = c, 0, None
            if label != previous:
                rank, previous = rank + 1, label
            yield quad(t(e), LABEL_RANK, literal(rank), g)
        cls, place = None, 0
        for c, e in db.execute(
            "SELECT c, cls.e FROM cls JOIN lab ON lab.e = cls.e JOIN span ON span.e = cls.e ORDER BY c, fn, fs, v(l), v(cls.e)"
        ):
            cls, place = c, (place + 1 if c == cls else 1)
            yield quad(t(e), FIRST_YEAR_RANK, literal(place), g)
        yield from self._unit_ranks()
        # kgr:statementRank: each statement at its first row's place
        for place, (st,) in enumerate(db.execute(
            "SELECT st FROM (SELECT st.st, v(st.rel) AS a, v(ls.l) AS b, v(lo.l) AS c, yr.yn, yr.ys, v(st.sentence) AS d,"
            "  nt(st.st) AS f,"
            "  ROW_NUMBER() OVER (PARTITION BY st.st ORDER BY v(st.rel), v(ls.l), v(lo.l), yr.yn, yr.ys, v(st.sentence)) AS k"
            " FROM st JOIN lab ls ON ls.e = st.s JOIN lab lo ON lo.e = st.o JOIN yr ON yr.r = st.r WHERE st.has_text"
            ") WHERE k = 1 ORDER BY a, b, c, yn, ys, d, f"
        ), 1):
            yield quad(t(st), STATEMENT_RANK, literal(place), g)
        yield from award_and_partner_rows(self)
        for place, (e,) in enumerate(db.execute(
            "SELECT cls.e FROM cls JOIN lab ON lab.e = cls.e JOIN ent ON ent.e = cls.e JOIN span ON span.e = cls.e"
            " WHERE c = ? AND ent.n > 1 ORDER BY ent.n DESC, v(l), v(cls.e)",
            (_ORGANIZATION,),
        ), 1):
            yield quad(t(e), SEVERAL_REPORTS_RANK, literal(place), g)

    def _unit_ranks(self) -> Iterator[ox.Quad]:
        """``kgr:unitRank``: per unit, each indicator at its first row's place (year, value descending, label, IRI)."""
        db, t = self._db, ox_term
        if not all(_float_keeps_order(value) for (value,) in db.execute("SELECT DISTINCT value FROM ind")):
            yield from _unit_ranks(self.indicators())
            return
        unit, place = None, 0
        for u, i in db.execute(
            "SELECT unit, i FROM (SELECT ind.unit, ind.i, yr.yn, yr.ys, neg(ind.value) AS nv, v(ind.label) AS lv, v(ind.i) AS iv,"
            "  ROW_NUMBER() OVER (PARTITION BY ind.unit, ind.i ORDER BY yr.yn, yr.ys, neg(ind.value), v(ind.label)) AS k"
            " FROM ind JOIN yr ON yr.r = ind.r"
            ") WHERE k = 1 ORDER BY unit, yn, ys, nv, lv, iv"
        ):
            unit, place = u, (place + 1 if u == unit else 1)
            yield ox.Quad(t(i), UNIT_RANK, ox.Literal(place), DERIVED_GRAPH)

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
