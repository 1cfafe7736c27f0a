"""graph.html's part of a build, gathered in bounded memory while the reports stream past.

While the reports stream past, the triples the page reads (labels, classes,
evidence sentences, report metadata) go to a SQLite file, and only what crosses
reports stays in memory (each entity's class and the distinct relations between
entities, for the degrees). At the end the display graph is read back for
:func:`kgreport.html.render.render_html`, every entity (the page indexes every
entity for search and facets; ``view(max_nodes)`` can read back only the
best-connected part) but not their mentions: each entity's reports, first
evidence sentences and their count are picked in SQLite
(:meth:`SpillView.entity_evidence`), and only the sentences the page embeds are
read back (:meth:`SpillView.sentence_rows`).
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import Literal

from kgreport.graph import rdf
from kgreport.graph.vocab import KGR
from kgreport.html.render import CLASS_ORDER, RELATION_ORDER

_TYPE = "a"
_MENTIONED = "kgr:mentionedIn"
_DERIVED = "prov:wasDerivedFrom"
_IN_REPORT, _IN_SECTION, _ORDER, _TEXT, _TITLE = "kgr:inReport", "kgr:inSection", "kgr:order", "kgr:text", "dcterms:title"
_CLASS_INDEX = {f"kgr:{cls.value}": i for i, cls in enumerate(CLASS_ORDER)}
_RELATION_INDEX = {f"kgr:{kind.value}": (i, directed) for i, (kind, directed) in enumerate(RELATION_ORDER)}
#: The same by the relation's IRI, as a statement's ``rdf:predicate`` names it.
_RELATION_BY_IRI = {str(KGR[kind.value]): (i, directed) for i, (kind, directed) in enumerate(RELATION_ORDER)}

# Row kinds of the spill's blocks: an entity block (several reports may describe one entity), anything else the
# page reads whole (reports, sections). Of statements and sentences only what the page shows is kept, in tables v and t.
_ENTITY, _OTHER = "E", "O"
#: Subjects that are no sentence's section or report.
_NOT_PLACES = frozenset({"kgr:Sentence", "rdf:Statement", "kgr:Indicator"})


def _pairs(po: rdf.PredicateObjects) -> str:
    return rdf.pairs_text(po)


def _plain(term: str) -> str:
    """A Turtle term as the page keys it: an IRI without its brackets, a literal's value."""
    return str(rdf.turtle_term(term))


def _smallest(objs: Iterable[str]) -> Any:
    """The smallest of some Turtle terms as rdflib orders them (what the page reads of a property), or None."""
    terms = sorted(rdf.turtle_term(o) for o in objs)
    return terms[0] if terms else None


def _first_text(objs: Iterable[str]) -> str:
    """The smallest literal of some Turtle terms, as text ("" when none), as the page reads a text property."""
    for term in sorted(rdf.turtle_term(o) for o in objs):
        if isinstance(term, Literal):
            return str(term)
    return ""


#: Sentences read back per query (SQLite's limit on bound parameters is 32,766 or 999 on old builds).
_BATCH = 500
#: A sentence's position when it has no order, as the page sorts it.
_NO_ORDER = 1 << 30


def _block(pairs: str) -> rdf.PredicateObjects:
    po: rdf.PredicateObjects = {}
    rdf.add_pairs(po, pairs)
    return po


class PageSpill:
    """The part of each report graph.html reads, on disk; the entity counts that pick what it draws, in memory."""

    def __init__(self, path: Path | None = None) -> None:
        self._db = sqlite3.connect(str(path) if path is not None else ":memory:", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE d (k TEXT NOT NULL, s TEXT NOT NULL, po TEXT NOT NULL)")
        # Each entity's mentions (entity id, sentence IRI), and each spilled sentence as the page reads it:
        # its report, its order (for document order), its section, whether it is the report's title line, its text.
        self._db.execute("CREATE TABLE m (e INTEGER NOT NULL, s TEXT NOT NULL)")
        self._db.execute(
            "CREATE TABLE t (s TEXT PRIMARY KEY, r TEXT NOT NULL, o INTEGER NOT NULL, sec TEXT NOT NULL,"
            " title INTEGER NOT NULL, text TEXT NOT NULL)"
        )
        # Each statement's evidence, keyed as the page keys an edge: (subject IRI, relation index, object IRI, sentence IRI).
        self._db.execute("CREATE TABLE v (a TEXT NOT NULL, ri INTEGER NOT NULL, b TEXT NOT NULL, s TEXT NOT NULL)")
        self._ids: dict[str, int] = {}  # entity (Turtle IRI term) -> id
        self._class: list[int] = []  # id -> class index (-1: not a drawn class)
        self._edges: set[tuple[int, int, int]] = set()  # (subject id, relation index, object id), as the page keys them
        # Of the report being added: its sections' reports, its title (see _note_places)
        self._in_report: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    def _id(self, iri: str) -> int:
        found = self._ids.get(iri)
        if found is None:
            found = self._ids[iri] = len(self._class)
            self._class.append(-1)
        return found

    def add(self, blocks: rdf.ReportBlocks) -> None:
        """Spill what graph.html reads of one report, and count its entities and relations."""
        self.add_piece(rdf.whole_piece(blocks))

    def add_piece(self, piece: rdf.BlockPiece) -> None:
        """Spill what graph.html reads of one piece of a report (its pieces in order), and count its entities and
        relations."""
        if piece.first:
            self._in_report, self._titles = {}, {}
        self._note_places(piece.local)
        rows: list[tuple[str, str, str]] = []
        mentions: list[tuple[int, str]] = []
        evidence: list[tuple[str, int, str, str]] = []
        sentences: list[tuple[str, rdf.PredicateObjects]] = []
        for s, po, entity in rdf.display_piece(piece):
            if not po:
                continue
            if entity:
                node = self._id(s)
                classes = [_CLASS_INDEX[t] for t in po.get(_TYPE, ()) if t in _CLASS_INDEX]
                if classes and (self._class[node] < 0 or min(classes) < self._class[node]):
                    self._class[node] = min(classes)
                mentions.extend((node, _plain(m)) for m in po.get(_MENTIONED, ()))
                rows.append((_ENTITY, s, _pairs(po)))
                self._count_relations(s, po)
                continue
            types = po.get(_TYPE, {})
            if "rdf:Statement" in types:
                evidence.extend(self._statement_evidence(po))  # the page reads no more of a statement
            elif "kgr:Sentence" in types:
                sentences.append((s, po))  # into the sentences' table only
            else:
                rows.append((_OTHER, s, _pairs(po)))
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO d VALUES (?, ?, ?)", rows)
        self._db.executemany("INSERT INTO m VALUES (?, ?)", mentions)
        self._db.executemany("INSERT INTO v VALUES (?, ?, ?, ?)", evidence)
        self._db.executemany("INSERT OR IGNORE INTO t VALUES (?, ?, ?, ?, ?, ?)", self._sentence_rows(sentences))
        self._db.execute("COMMIT")

    def _note_places(self, local: list[tuple[str, rdf.PredicateObjects]]) -> None:
        """The reports of a report's sections and the reports' titles, which its sentences' rows read (a report's
        pieces come in order, and a sentence's section and report come before it)."""
        for s, po in local:
            types = po.get(_TYPE, {})
            # (not statements' and indicators', which are many and are nobody's section)
            if _IN_REPORT in po and not types.keys() & _NOT_PLACES:  # a sentence's own is read in _sentence_rows
                self._in_report[_plain(s)] = str(_smallest(po[_IN_REPORT]))
            if "kgr:Report" in types:
                self._titles[_plain(s)] = _first_text(po.get(_TITLE, ()))

    @staticmethod
    def _statement_evidence(po: rdf.PredicateObjects) -> Iterator[tuple[str, int, str, str]]:
        """A statement's evidence sentences under the edge key ``render_html`` gives it (an undirected pair in IRI
        order), for each relation it states."""
        subject, obj = str(_smallest(po.get("rdf:subject", ()))), str(_smallest(po.get("rdf:object", ())))
        for pred in po.get("rdf:predicate", ()):
            kind = _RELATION_BY_IRI.get(_plain(pred))
            if kind is None:
                continue
            ri, directed = kind
            a, b = (subject, obj) if directed or not obj < subject else (obj, subject)
            for sentence in po.get(_DERIVED, ()):
                yield a, ri, b, _plain(sentence)

    def _sentence_rows(self, sentences: list[tuple[str, rdf.PredicateObjects]]) -> Iterator[tuple[str, str, int, str, int, str]]:
        """Each sentence as ``render_html``'s ``_Doc`` reads it (a sentence, its section and its report are
        described in the same report's blocks): report (its own, else its section's), position, section,
        title line or not, text."""
        in_report, titles = self._in_report, self._titles
        for s, po in sentences:
            iri = _plain(s)
            section = _smallest(po.get(_IN_SECTION, ()))
            own = _smallest(po.get(_IN_REPORT, ()))
            report = str(own) if own is not None else None
            if report is None:
                report = in_report.get(str(section), "") if section is not None else ""
            order = _smallest(po.get(_ORDER, ()))
            try:
                position = int(order) if order is not None else _NO_ORDER
            except (TypeError, ValueError):
                position = _NO_ORDER
            text = _first_text(po.get(_TEXT, ()))
            title = titles.get(report, "").strip()
            yield iri, report, position, str(section) if section is not None else "", int(
                bool(title) and text.strip() == title
            ), text

    def _count_relations(self, s: str, po: rdf.PredicateObjects) -> None:
        """The distinct relations of one entity block, keyed as the page keys its edges."""
        for p, objs in po.items():
            kind = _RELATION_INDEX.get(p)
            if kind is None:
                continue
            ri, directed = kind
            for o in objs:
                if o == s:
                    continue
                a, b = (s, o) if directed or s[1:-1] < o[1:-1] else (o, s)  # as the page orders an undirected pair
                self._edges.add((self._id(a), ri, self._id(b)))

    def view(self, max_nodes: int | None = None) -> SpillView:
        """The part of the graph holding the ``max_nodes`` best-connected entities (all of them by default),
        without their mentions (:meth:`SpillView.entity_evidence` reads those); valid until :meth:`close`."""
        iris = list(self._ids)
        nodes = [i for i, c in enumerate(self._class) if c >= 0]
        # Edges between entities the page does not draw as nodes are not the page's edges.
        edges = [(a, ri, b) for a, ri, b in self._edges if self._class[a] >= 0 and self._class[b] >= 0]
        degree = [0] * len(iris)
        for a, _ri, b in edges:
            degree[a] += 1
            degree[b] += 1
        if max_nodes is None:
            kept_ids = nodes
        else:
            kept_ids = heapq.nsmallest(max_nodes, nodes, key=lambda i: (-degree[i], iris[i][1:-1]))
        kept = {iris[i] for i in kept_ids}
        view = rdf.TripleView()
        # Statements and sentences stay in SQLite: SpillView.edge_evidence and sentence_rows read what the page embeds.
        for k, s, pairs in self._db.execute("SELECT k, s, po FROM d ORDER BY rowid"):
            if k == _ENTITY:
                if s in kept:
                    po = _block(pairs)
                    po.pop(_MENTIONED, None)
                    view.add_block(s, po, merge=True)
            else:
                view.add_block(s, _block(pairs))
        view.end_merging()
        return SpillView(view, self._db, {self._ids[t] for t in kept} if max_nodes is not None else None, iris)

    def close(self) -> None:
        """Drop the spill."""
        self._db.close()


class SpillView:
    """graph.html's source from a :class:`PageSpill`: the display graph without entities' mentions
    (:meth:`subject_objects`, :meth:`subjects`), and what the page shows of those mentions, read from SQLite."""

    def __init__(self, view: rdf.TripleView, db: sqlite3.Connection, kept: set[int] | None, iris: list[str]) -> None:
        self._view = view
        self._db = db
        self._kept = kept
        self._iris = iris

    def subject_objects(self, predicate: Any = None, unique: bool = False) -> Iterator[tuple[Any, Any]]:
        """(subject, object) pairs of ``predicate`` in the display graph (no ``kgr:mentionedIn`` of entities)."""
        return iter(self._view.subject_objects(predicate, unique))

    def subjects(self, predicate: Any = None, object: Any = None, unique: bool = False) -> Iterator[Any]:
        """Subjects with ``predicate`` and ``object`` in the display graph."""
        return iter(self._view.subjects(predicate, object, unique))

    def __len__(self) -> int:
        """Triples held in memory (entities' mentions, statements and sentences stay in SQLite)."""
        return len(self._view)

    def entity_evidence(self, limit: int) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], int]]:
        """Entity IRI -> (the reports naming it, sorted; its first ``limit`` evidence sentences; how many it has).

        Evidence sentences are the mentioned ones that are not their report's title line, in document order
        (report, order, IRI), as ``render_html`` picks them from a whole graph.
        """
        found: dict[str, tuple[list[str], list[str], int]] = {}
        kept, iris = self._kept, self._iris

        def entry(e: int) -> tuple[list[str], list[str], int] | None:
            if kept is not None and e not in kept:
                return None
            iri = _plain(iris[e])
            got = found.get(iri)
            if got is None:
                got = found[iri] = ([], [], 0)
            return got

        # Distinct mentions with their sentence's report, position and title flag (no sentence row: as a
        # graph without that sentence reads, no report, last).
        mentions = (
            "SELECT DISTINCT m.e AS e, m.s AS s, COALESCE(t.r, '') AS r, COALESCE(t.o, ?) AS o,"
            " COALESCE(t.title, 0) AS title FROM m LEFT JOIN t ON t.s = m.s"
        )
        reports: dict[str, str] = {}  # one string per report, however many entities name it
        for e, r in self._db.execute(f"SELECT DISTINCT e, r FROM ({mentions}) WHERE r != '' ORDER BY e, r", (_NO_ORDER,)):
            got = entry(e)
            if got is not None:
                got[0].append(reports.setdefault(r, r))
        query = (
            f"SELECT e, s, n, total FROM (SELECT e, s, ROW_NUMBER() OVER (PARTITION BY e ORDER BY r, o, s) AS n,"
            f" COUNT(*) OVER (PARTITION BY e) AS total FROM ({mentions}) WHERE title = 0) WHERE n <= ? ORDER BY e, n"
        )
        for e, s, _n, total in self._db.execute(query, (_NO_ORDER, limit)):
            got = entry(e)
            if got is not None:
                got[1].append(s)
                found[_plain(iris[e])] = (got[0], got[1], total)
        return {k: (tuple(r), tuple(s), n) for k, (r, s, n) in found.items()}

    def edge_evidence(self, limit: int) -> dict[tuple[str, int, str], tuple[tuple[str, ...], int]]:
        """(subject IRI, relation index, object IRI) -> (its first ``limit`` evidence sentences, how many it has).

        A relation's evidence is what the statements of it derive from, but the title lines, in document order.
        """
        found: dict[tuple[str, int, str], tuple[list[str], int]] = {}
        query = (
            "SELECT a, ri, b, s, total FROM (SELECT a, ri, b, s,"
            " ROW_NUMBER() OVER (PARTITION BY a, ri, b ORDER BY r, o, s) AS n, COUNT(*) OVER (PARTITION BY a, ri, b) AS total"
            " FROM (SELECT DISTINCT v.a AS a, v.ri AS ri, v.b AS b, v.s AS s, COALESCE(t.r, '') AS r, COALESCE(t.o, ?) AS o,"
            " COALESCE(t.title, 0) AS title FROM v LEFT JOIN t ON t.s = v.s) WHERE title = 0) WHERE n <= ? ORDER BY a, ri, b, n"
        )
        for a, ri, b, s, total in self._db.execute(query, (_NO_ORDER, limit)):
            key = (a, ri, b)
            got = found.get(key)
            if got is None:
                got = found[key] = ([], total)
            got[0].append(s)
        return {k: (tuple(s), n) for k, (s, n) in found.items()}

    def sentence_rows(self, iris: list[str]) -> dict[str, tuple[str, str, str]]:
        """Sentence IRI -> (text, section IRI, report IRI) of the given sentences ("" where unknown), read in batches."""
        rows: dict[str, tuple[str, str, str]] = {}
        for start in range(0, len(iris), _BATCH):
            batch = iris[start:start + _BATCH]
            marks = ",".join("?" * len(batch))
            for s, text, sec, r in self._db.execute(f"SELECT s, text, sec, r FROM t WHERE s IN ({marks})", batch):
                rows[s] = (text, sec, r)
        return rows
