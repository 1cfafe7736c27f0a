"""graph.html's part of a build, gathered in bounded memory while the reports stream past.

While the reports stream past, the triples the page reads (labels, classes,
evidence sentences, report metadata) go to a SQLite file, and only what crosses
reports stays in memory (each entity's class and the distinct relations between
entities, for the degrees). At the end the display graph is read back for
:func:`kgreport.html.render.render_html`: all of it, since the page indexes every
entity for search and facets (``view(max_nodes)`` can read back only the
best-connected part).
"""

from __future__ import annotations

import heapq
import sqlite3
from pathlib import Path

from kgreport.graph import rdf
from kgreport.html.render import CLASS_ORDER, RELATION_ORDER

_TYPE = "a"
_MENTIONED = "kgr:mentionedIn"
_DERIVED = "prov:wasDerivedFrom"
_CLASS_INDEX = {f"kgr:{cls.value}": i for i, cls in enumerate(CLASS_ORDER)}
_RELATION_INDEX = {f"kgr:{kind.value}": (i, directed) for i, (kind, directed) in enumerate(RELATION_ORDER)}

# Row kinds of the spill: an entity block (several reports may describe one entity), a statement
# (with its subject and object, to keep those between drawn entities), a sentence, anything else.
_ENTITY, _STATEMENT, _SENTENCE, _OTHER = "E", "S", "T", "O"


def _pairs(po: rdf.PredicateObjects) -> str:
    return rdf.pairs_text(po)


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
        self._db.execute("CREATE TABLE d (k TEXT NOT NULL, s TEXT NOT NULL, a TEXT, b TEXT, po TEXT NOT NULL)")
        self._ids: dict[str, int] = {}  # entity (Turtle IRI term) -> id
        self._class: list[int] = []  # id -> class index (-1: not a drawn class)
        self._edges: set[tuple[int, int, int]] = set()  # (subject id, relation index, object id), as the page keys them

    def _id(self, iri: str) -> int:
        found = self._ids.get(iri)
        if found is None:
            found = self._ids[iri] = len(self._class)
            self._class.append(-1)
        return found

    def add(self, blocks: rdf.ReportBlocks) -> None:
        """Spill what graph.html reads of one report, and count its entities and relations."""
        rows: list[tuple[str, str, str | None, str | None, str]] = []
        for s, po, entity in rdf.display_blocks(blocks):
            if not po:
                continue
            if entity:
                node = self._id(s)
                classes = [_CLASS_INDEX[t] for t in po.get(_TYPE, ()) if t in _CLASS_INDEX]
                if classes and (self._class[node] < 0 or min(classes) < self._class[node]):
                    self._class[node] = min(classes)
                rows.append((_ENTITY, s, None, None, _pairs(po)))
                self._count_relations(s, po)
                continue
            types = po.get(_TYPE, {})
            if "rdf:Statement" in types:
                a, b = next(iter(po.get("rdf:subject", {"": None}))), next(iter(po.get("rdf:object", {"": None})))
                rows.append((_STATEMENT, s, a, b, _pairs(po)))
            elif "kgr:Sentence" in types:
                rows.append((_SENTENCE, s, None, None, _pairs(po)))
            else:
                rows.append((_OTHER, s, None, None, _pairs(po)))
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO d VALUES (?, ?, ?, ?, ?)", rows)
        self._db.execute("COMMIT")

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

    def view(self, max_nodes: int | None = None) -> rdf.TripleView:
        """The part of the graph holding the ``max_nodes`` best-connected entities (all of them by default)."""
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
        used: set[str] = set()
        for k, s, a, b, pairs in self._db.execute("SELECT k, s, a, b, po FROM d WHERE k != ? ORDER BY rowid", (_SENTENCE,)):
            if k == _ENTITY:
                if s in kept:
                    po = _block(pairs)
                    used.update(po.get(_MENTIONED, ()))
                    view.add_block(s, po, merge=True)
            elif k == _STATEMENT:
                if a in kept and b in kept:
                    po = _block(pairs)
                    used.update(po.get(_DERIVED, ()))
                    view.add_block(s, po)
            else:
                view.add_block(s, _block(pairs))
        for s, pairs in self._db.execute("SELECT s, po FROM d WHERE k = ? ORDER BY rowid", (_SENTENCE,)):
            if s in used:
                view.add_block(s, _block(pairs))
        view.end_merging()
        return view

    def close(self) -> None:
        """Drop the spill."""
        self._db.close()
