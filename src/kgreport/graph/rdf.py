"""Build the RDF of extracted reports (see docs/graph-model.md).

The triples of a report are produced once, as Turtle terms, by
:func:`report_blocks`; everything else is made from them: the merged
``graph.ttl`` and the ``graph.trig`` with one named graph per report are
written by :func:`write_graph_files` without an in-memory RDF store
(rdflib's serializers take minutes on a corpus), and rdflib graphs for
callers that want one are parsed from the same text with pyoxigraph. The
part graph.html shows is gathered on the way into a :class:`TripleView`,
a light stand-in for an rdflib Graph.

Output is deterministic: reports come in input order, a report's subjects in
a fixed order (report, sections, sentences, statements, indicators), entity
subjects sorted by IRI, predicates and objects in the order they were first
stated.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kgreport import __version__
from kgreport.models import Entity, EntityClass, ReportGraph, relation_specs
from kgreport.graph.vocab import DATA, KGR, ONTOLOGY_IRI, SCHEMA

if TYPE_CHECKING:  # at run time pyoxigraph is imported inside the functions that use it
    import pyoxigraph as ox

_KIND = {
    EntityClass.ORGANIZATION: "org",
    EntityClass.PLACE: "place",
    EntityClass.PROJECT: "project",
    EntityClass.PROGRAM: "program",
    EntityClass.HONOR: "honor",
}
#: Characters kept as they are in an IRI path segment: letters, digits, CJK and -._~
_SAFE = "-._~"
_SLUG_UNSAFE = re.compile(r"[^0-9A-Za-z._\-\u3400-\u9fff]+")

#: Prefixes of every file kgreport writes, in the order they are declared.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("dcterms", str(DCTERMS)),
    ("kgr", ONTOLOGY_IRI),
    ("prov", str(PROV)),
    ("rdf", str(RDF)),
    ("rdfs", str(RDFS)),
    ("schema", str(SCHEMA)),
    ("skos", str(SKOS)),
    ("xsd", str(XSD)),
)


def _segment(text: str) -> str:
    """An IRI path segment: CJK kept readable, everything unsafe percent-encoded."""
    return "".join(ch if "\u3400" <= ch <= "\u9fff" else quote(ch, safe=_SAFE) for ch in text)


def report_slug(source: str) -> str:
    """Readable identifier of a report from its file name, e.g. ``kaihua-2023``."""
    stem = source.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    slug = _SLUG_UNSAFE.sub("-", stem).strip("-").lower()
    return slug or "report"


def entity_iri(cls: EntityClass, label: str, report: str | None = None) -> URIRef:
    """IRI of an entity: class and canonical label only, so it is the same in every report.

    A ``report`` slug scopes it to that report: a relative name (县委) of a report whose
    issuer is unknown is ``kgd:report/<slug>/org/县委``, not every such report's 县委.
    """
    if report:
        return DATA[f"report/{report}/{_KIND[cls]}/{_segment(label)}"]
    return DATA[f"{_KIND[cls]}/{_segment(label)}"]


def report_iri(slug: str) -> URIRef:
    """IRI of a report, also the name of its graph in graph.trig."""
    return DATA[f"report/{slug}"]


def bind_prefixes(g: Graph) -> None:
    """Prefixes used in every file kgreport writes."""
    for prefix, ns in PREFIXES:
        g.bind(prefix, ns)
    g.bind("kgd", DATA)


# ---------------------------------------------------------------- Turtle terms

# Characters a Turtle "..." string must escape (ECHAR), e.g. 他说"好" -> 他说\"好\".
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_A = "a"
_P_LABEL = "rdfs:label"
_P_ALT = "skos:altLabel"
_P_MENTIONED = "kgr:mentionedIn"
_P_IN_REPORT = "kgr:inReport"
_P_DERIVED = "prov:wasDerivedFrom"


def _iri(value: str) -> str:
    return f"<{value}>"


def _string(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def _integer(n: int) -> str:
    return str(int(n))


def _decimal(value: float) -> str:
    text = f"{value:.6f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _number(value: float) -> str:
    """``xsd:decimal`` in Turtle's short form; a non-finite value can only be an ``xsd:double``."""
    if not math.isfinite(value):
        return f'"{"NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")}"^^xsd:double'
    return _decimal(value)


def _boolean(flag: bool) -> str:
    return "true" if flag else "false"


def _plain(value: object) -> str:
    """Text of a str field that may hold a str Enum (``Level.PROVINCE`` must be written ``province``)."""
    return str(value.value) if isinstance(value, Enum) else str(value)


# ---------------------------------------------------------------- triples of a report

PredicateObjects = dict[str, dict[str, None]]  # predicate -> ordered set of objects


@dataclass
class ReportBlocks:
    """The triples of one report, as Turtle terms, grouped by subject.

    ``local`` holds subjects that belong to this report only (report,
    sections, sentences, statements, indicators), in order; ``entities``
    holds entity subjects, which other reports may describe too.
    """

    graph: str  # the report IRI, as a Turtle term
    local: list[tuple[str, PredicateObjects]]
    entities: dict[str, PredicateObjects]


def _add(po: PredicateObjects, p: str, o: str) -> None:
    objs = po.get(p)
    if objs is None:
        po[p] = {o: None}
    else:
        objs[o] = None


@dataclass(frozen=True)
class BlockPiece:
    """A run of consecutive blocks of one report, as :func:`report_pieces` hands them out.

    ``local`` holds some of the report's own subjects, in order; ``entities`` holds all of its
    entity subjects, in the report's last piece (empty in the others). ``hidden`` are the
    sentences of ``local`` that graph.html does not show: no entity is mentioned in them and
    no statement derives from them (a fact of the whole report, known before its first piece).
    """

    graph: str  # the report IRI, as a Turtle term
    local: list[tuple[str, PredicateObjects]]
    entities: dict[str, PredicateObjects]
    hidden: frozenset[str]
    first: bool
    last: bool


def _chars(subject: str, po: PredicateObjects) -> int:
    """About the characters of a block's Turtle (what a piece's size counts)."""
    return len(subject) + sum(len(p) + sum(map(len, objs)) for p, objs in po.items())


def report_pieces(rg: ReportGraph, slug: str, piece_chars: int | None = None) -> Iterator[BlockPiece]:
    """All triples of one report (see docs/graph-model.md), grouped by subject, in pieces of about
    ``piece_chars`` characters of Turtle (:data:`PIECE_CHARS` by default).

    A piece is made only when the one before it has been consumed, so a consumer that keeps
    nothing of a piece holds one piece of a long report at a time, not all of its blocks. The
    concatenated pieces are :func:`report_blocks`.
    """
    limit = PIECE_CHARS if piece_chars is None else piece_chars
    doc = rg.document
    meta = doc.meta
    base = f"{DATA}report/{slug}"
    rep = _iri(base)

    def iri(e: Entity) -> str:
        return str(entity_iri(e.cls, e.label, slug if e.local else None))

    named = sorted(((iri(e), e) for e in rg.entities), key=lambda pair: (pair[0], pair[1].key))
    iri_of = {e.key: _iri(node) for node, e in named}  # (before any block: the report block names the issuer)
    # The sentences the page shows, by index: a byte each, where the set of their IRIs took ~100 bytes.
    used = bytearray(max((sent.index for sent in rg.sentences), default=-1) + 1)
    for e in rg.entities:
        for i in e.sentences:
            used[i] = 1
    for r in rg.relations:
        used[r.sentence] = 1

    def sentence(i: int) -> str:
        return f"<{base}/sentence/{i}>"

    def local() -> Iterator[tuple[str, PredicateObjects, bool]]:
        """The report's own subjects, in order, each with whether it is a hidden sentence."""
        report_po: PredicateObjects = {}
        _add(report_po, _A, "kgr:Report")
        _add(report_po, "kgr:sourceFile", _string(doc.source))
        _add(report_po, "kgr:sha256", _string(doc.sha256))
        _add(report_po, "kgr:extractorVersion", _string(__version__))
        if meta.title:
            _add(report_po, "dcterms:title", _string(meta.title))
        level = _plain(meta.level)
        if level and level != "unknown":
            _add(report_po, "kgr:level", _string(level))
        if meta.year:
            _add(report_po, "kgr:year", _integer(meta.year))
        if meta.date:
            _add(report_po, "dcterms:date", f"{_string(meta.date)}^^xsd:date")
        if meta.session:
            _add(report_po, "kgr:session", _string(meta.session))
        region_key = f"Place:{meta.region}"
        if meta.region and region_key in iri_of:
            _add(report_po, "kgr:region", iri_of[region_key])
        issuer_key = f"Organization:{meta.issuer}"
        if meta.issuer and issuer_key in iri_of:
            _add(report_po, "kgr:issuer", iri_of[issuer_key])
        yield rep, report_po, False

        section_iri: dict[int, str] = {}
        for sec in rg.sections:
            s = _iri(f"{base}/section/{sec.index}")
            section_iri[sec.index] = s
            po: PredicateObjects = {_A: {"kgr:Section": None}, _P_IN_REPORT: {rep: None}, "kgr:order": {_integer(sec.index): None}}
            if sec.title:
                po["dcterms:title"] = {_string(sec.title): None}
            yield s, po, False
        # A long report has hundreds of thousands of sentences: the objects every sentence (or every sentence of
        # a section) shares are one dict each, not one per sentence. No consumer of a block changes its dicts.
        sentence_type: dict[str, None] = {"kgr:Sentence": None}
        in_report: dict[str, None] = {rep: None}
        in_section = {i: {s: None} for i, s in section_iri.items()}
        for sent in rg.sentences:
            yield (
                sentence(sent.index),
                {
                    _A: sentence_type,
                    _P_IN_REPORT: in_report,
                    "kgr:inSection": in_section[sent.section],
                    "kgr:order": {_integer(sent.index): None},
                    "kgr:text": {_string(rg.document.shown(sent.start, sent.end)): None},
                    "kgr:startOffset": {_integer(sent.start): None},
                    "kgr:endOffset": {_integer(sent.end): None},
                },
                not used[sent.index],
            )

        statement_type: dict[str, None] = {"rdf:Statement": None}
        # Two relations stated by one sentence share a statement IRI (its hash covers all the block states
        # but what every statement states): the second block would add nothing to the first, so it is skipped.
        stated: set[str] = set()
        for r in rg.relations:
            s, o = iri_of[r.subject], iri_of[r.object]
            digest = hashlib.sha256(f"{s[1:-1]}|{KGR[r.kind.value]}|{o[1:-1]}|{r.sentence}".encode()).hexdigest()[:16]
            if digest in stated:
                continue
            stated.add(digest)
            yield (
                _iri(f"{base}/statement/{digest}"),
                {
                    _A: statement_type,
                    "rdf:subject": {s: None},
                    "rdf:predicate": {f"kgr:{r.kind.value}": None},
                    "rdf:object": {o: None},
                    _P_DERIVED: {sentence(r.sentence): None},
                    _P_IN_REPORT: in_report,
                },
                False,
            )

        indicator_type: dict[str, None] = {"kgr:Indicator": None}
        for i, ind in enumerate(rg.indicators):
            where = sentence(ind.sentence)
            yield (
                _iri(f"{base}/indicator/{i}"),
                {
                    _A: indicator_type,
                    _P_LABEL: {_string(ind.label): None},
                    "kgr:value": {_number(ind.value): None},
                    "kgr:unit": {_string(ind.unit): None},
                    "kgr:approximate": {_boolean(ind.approximate): None},
                    "kgr:surfaceForm": {_string(ind.surface): None},
                    _P_IN_REPORT: in_report,
                    _P_MENTIONED: {where: None},
                    _P_DERIVED: {where: None},
                },
                False,
            )

    piece: list[tuple[str, PredicateObjects]] = []
    hidden: list[str] = []
    size, first = 0, True
    for s, po, unseen in local():
        piece.append((s, po))
        if unseen:
            hidden.append(s)
        size += _chars(s, po)
        if size >= limit:
            yield BlockPiece(rep, piece, {}, frozenset(hidden), first, False)
            piece, hidden, size, first = [], [], 0, False
    yield BlockPiece(rep, piece, _entity_blocks(rg, named, iri_of, sentence), frozenset(hidden), first, True)


def _entity_blocks(
    rg: ReportGraph, named: list[tuple[str, Entity]], iri_of: dict[str, str], sentence: Callable[[int], str]
) -> dict[str, PredicateObjects]:
    """A report's entity subjects, sorted by IRI: what it says of each, and the relations between them."""
    entities: dict[str, PredicateObjects] = {}
    for node, e in named:
        po = entities.setdefault(_iri(node), {})
        _add(po, _A, f"kgr:{e.cls.value}")
        if e.division_code:
            _add(po, _A, "kgr:AdministrativeDivision")
        _add(po, _P_LABEL, _string(e.label))
        for alt in e.alt_labels:
            _add(po, _P_ALT, _string(alt))
        for i in e.sentences:
            _add(po, _P_MENTIONED, sentence(i))
        if e.division_code:
            _add(po, "kgr:divisionCode", _string(_plain(e.division_code)))
            if e.admin_level:
                _add(po, "kgr:adminLevel", _string(_plain(e.admin_level)))
    for r in rg.relations:
        _add(entities[iri_of[r.subject]], f"kgr:{r.kind.value}", iri_of[r.object])
    return entities


def report_blocks(rg: ReportGraph, slug: str) -> ReportBlocks:
    """All triples of one report (see docs/graph-model.md), grouped by subject: its pieces in one."""
    local: list[tuple[str, PredicateObjects]] = []
    for piece in report_pieces(rg, slug, piece_chars=sys.maxsize):
        local.extend(piece.local)
    return ReportBlocks(piece.graph, local, piece.entities)


def whole_piece(blocks: ReportBlocks) -> BlockPiece:
    """A whole report's blocks as its one piece (its hidden sentences found from its blocks)."""
    used: set[str] = set()
    for po in blocks.entities.values():
        used.update(po.get(_P_MENTIONED, ()))
    for _, po in blocks.local:
        types = po.get(_A, {})
        if "rdf:Statement" in types and "kgr:Indicator" not in types:
            used.update(po.get(_P_DERIVED, ()))
    hidden = frozenset(s for s, po in blocks.local if "kgr:Sentence" in po.get(_A, {}) and s not in used)
    return BlockPiece(blocks.graph, blocks.local, blocks.entities, hidden, True, True)


# ---------------------------------------------------------------- writing


def prefix_lines() -> str:
    """The ``@prefix`` lines every file kgreport writes opens with, and a blank line."""
    return _prefix_lines()


def _prefix_lines() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES) + "\n"


def _block(subject: str, po: PredicateObjects) -> str:
    """One subject's triples: ``s p o1, o2 ; p2 o3 .`` on indented lines, then a blank line."""
    return (
        subject + " " + " ;\n    ".join(p + " " + ",\n        ".join(objs) for p, objs in po.items()) + " .\n\n"
    )


def _indented(block: str) -> str:
    """A block inside a TriG graph (terms never hold a raw line break: literals are escaped)."""
    return "    " + block[:-2].replace("\n", "\n    ") + "\n\n"


def _size(po: PredicateObjects) -> int:
    return sum(map(len, po.values()))


def pairs_text(po: PredicateObjects) -> str:
    """A block's pairs as lines, ``predicate object`` (a Turtle term holds no raw line break, a predicate no space)."""
    return "\n".join(p + " " + o for p, objs in po.items() for o in objs)


def add_pairs(po: PredicateObjects, pairs: str) -> None:
    """Merge the lines of :func:`pairs_text` into ``po`` (objects kept in order, once each)."""
    for pair in pairs.split("\n"):
        p, _, o = pair.partition(" ")
        objs = po.get(p)
        if objs is None:
            po[p] = {o: None}
        else:
            objs[o] = None


class _EntitySpill:
    """Entity subjects of many reports, merged by subject at the end, held in a SQLite file (or in memory).

    An entity is described by every report that mentions it; graph.ttl states it once
    with the union of those triples. A corpus's entity triples (each mention's
    ``kgr:mentionedIn``) grow with the corpus, so a streaming build keeps them on disk
    and SQLite's sort gives them back grouped by subject, in the order they were added.
    """

    def __init__(self, path: Path | None) -> None:
        import sqlite3

        self._db = sqlite3.connect(str(path) if path is not None else ":memory:", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.execute("CREATE TABLE e (s TEXT NOT NULL, n INTEGER NOT NULL, po TEXT NOT NULL)")
        self._n = 0

    def add(self, entities: dict[str, PredicateObjects]) -> None:
        """Spill one report's entity blocks (predicate and object of a pair never hold a line break or ``p``'s space)."""
        rows = []
        for s, po in entities.items():
            self._n += 1
            rows.append((s, self._n, pairs_text(po)))
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO e VALUES (?, ?, ?)", rows)
        self._db.execute("COMMIT")

    def merged(self) -> Iterator[tuple[str, PredicateObjects]]:
        """Each subject once, sorted (code point order: SQLite compares the UTF-8 bytes), its triples merged."""
        current: str | None = None
        po: PredicateObjects = {}
        for s, pairs in self._db.execute("SELECT s, po FROM e ORDER BY s, n"):
            if s != current:
                if current is not None:
                    yield current, po
                current, po = s, {}
            add_pairs(po, pairs)
        if current is not None:
            yield current, po

    def close(self) -> None:
        """Drop the spill."""
        self._db.close()


#: A report's named graph is written in pieces of about this many characters: a long report is never
#: one string (nor one store batch). TriG lets a graph's triples come in several blocks of its name;
#: a report of ordinary size (~0.5 MB of TriG) is one block.
PIECE_CHARS = 4 << 20


class GraphWriter:
    """Writes reports into graph.ttl (the merge) and graph.trig (a named graph each) one at a time.

    A report's own subjects go to the files as soon as its pieces come (:meth:`add_piece`);
    its entity subjects go to its named graph at once and, for the merge, to a spill
    (``spill``: a SQLite file; None keeps it in memory) written out sorted by
    :meth:`close`. ``tee``, if given, gets each report's named graph (TriG, without
    prefixes), e.g. to load it into the store. A report's named graph is written in TriG
    blocks of about :data:`PIECE_CHARS` characters, whatever the pieces it came in; nothing
    of a piece is held once :meth:`add_piece` returns but the text of the TriG block being
    filled, so a corpus of any size, and a report of any length, is written in bounded memory.
    """

    def __init__(
        self,
        ttl: IO[str] | None = None,
        trig: IO[str] | None = None,
        display: TripleView | None = None,
        *,
        spill: Path | None = None,
        tee: Callable[[str], None] | None = None,
    ) -> None:
        self.ttl, self.trig, self.display = ttl, trig, display
        # tee(named graph as TriG): each report for whatever else loads it (the store)
        self.tee = tee
        self._spill: _EntitySpill | None = _EntitySpill(spill)
        self.triples = 0  # of the merge, complete after close()
        self.reports = 0
        # The TriG block being filled: the report's own subjects' blocks, then its entity subjects'.
        self._own: list[str] = []
        self._shared: list[str] = []
        self._chars = 0
        if ttl is not None:
            ttl.write(_prefix_lines())
        if trig is not None:
            trig.write(_prefix_lines())

    def add(self, slug: str, rg: ReportGraph) -> None:
        """Write one report's triples, a piece at a time."""
        for piece in report_pieces(rg, slug):
            self.add_piece(piece)

    def add_blocks(self, blocks: ReportBlocks) -> None:
        """Write the triples of one report made by :func:`report_blocks`."""
        self.add_piece(whole_piece(blocks))

    def add_piece(self, piece: BlockPiece) -> None:
        """Write one piece of a report (its pieces in order, from its first to its last)."""
        if piece.first:
            self.reports += 1
        if self.display is not None:
            for s, po, entity in display_piece(piece):
                self.display.add_block(s, po, merge=entity)
        self.triples += sum(_size(po) for _, po in piece.local)
        for s, po in piece.local:
            self._put(piece.graph, _block(s, po), self._own)
        for s in sorted(piece.entities):
            self._put(piece.graph, _block(s, piece.entities[s]), self._shared)
        if piece.last:
            self._flush(piece.graph)
        if self._spill is not None and piece.entities:
            self._spill.add(piece.entities)

    def _put(self, graph: str, block: str, into: list[str]) -> None:
        into.append(block)
        self._chars += len(block)
        if self._chars >= PIECE_CHARS:
            self._flush(graph)

    def _flush(self, graph: str) -> None:
        """Write the TriG block being filled (and its own subjects to graph.ttl)."""
        own, shared = self._own, self._shared
        self._own, self._shared, self._chars = [], [], 0
        if self.ttl is not None and own:
            self.ttl.write("".join(own))
        if (self.trig is not None or self.tee is not None) and (own or shared):
            text = f"{graph} {{\n" + "".join(map(_indented, [*own, *shared])) + "}\n\n"
            if self.trig is not None:
                self.trig.write(text)
            if self.tee is not None:
                self.tee(text)

    def close(self) -> int:
        """Write the merged entity subjects (sorted) to graph.ttl; returns the merge's triple count."""
        if self._spill is not None:
            for s, po in self._spill.merged():
                self.triples += _size(po)
                if self.ttl is not None:
                    self.ttl.write(_block(s, po))
            self._spill.close()
            self._spill = None
        return self.triples


def write_graph_files(
    reports: Iterable[tuple[str, ReportGraph]],
    ttl: IO[str] | None = None,
    trig: IO[str] | None = None,
    display: TripleView | None = None,
    *,
    spill: Path | None = None,
) -> int:
    """Stream the merged graph (Turtle) and the per-report graphs (TriG); returns the triple count of the merge.

    A report's own subjects are written as soon as the report is turned into
    triples; entity subjects of the merged graph (shared by reports) are
    gathered (in ``spill``, a SQLite file, when given) and written at the end.
    ``display``, if given, receives what graph.html shows (see :func:`display_view`)
    from the same triples. See :class:`GraphWriter`.
    """
    writer = GraphWriter(ttl, trig, display, spill=spill)
    for slug, rg in reports:
        writer.add(slug, rg)
    return writer.close()


def turtle_text(reports: Iterable[tuple[str, ReportGraph]]) -> str:
    """The merged graph of ``reports`` as Turtle."""
    import io

    buf = io.StringIO()
    write_graph_files(reports, ttl=buf)
    return buf.getvalue()


def trig_text(reports: Iterable[tuple[str, ReportGraph]]) -> str:
    """One named graph per report, as TriG."""
    import io

    buf = io.StringIO()
    write_graph_files(reports, trig=buf)
    return buf.getvalue()


# ---------------------------------------------------------------- rdflib views


_XSD_STRING = str(XSD.string)


class _Converter:
    """pyoxigraph terms to rdflib terms; IRIs are memoized (a corpus repeats each many times)."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self._named_node: type[ox.NamedNode] = ox.NamedNode
        self._literal: type[ox.Literal] = ox.Literal
        self._iris: dict[str, URIRef] = {}
        self._datatypes: dict[str, URIRef] = {}

    def term(self, term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> URIRef | Literal:
        """The rdflib term of ``term`` (kgreport writes no blank nodes)."""
        if type(term) is self._named_node:
            value = term.value
            node = self._iris.get(value)
            if node is None:
                node = self._iris[value] = URIRef(value)
            return node
        if type(term) is self._literal:
            if term.language:
                return Literal(term.value, lang=term.language)
            dt = term.datatype.value
            if dt == _XSD_STRING:
                return Literal(term.value)
            datatype = self._datatypes.get(dt)
            if datatype is None:
                datatype = self._datatypes[dt] = URIRef(dt)
            return Literal(term.value, datatype=datatype)
        raise TypeError(f"unexpected term {term!r}")

    def into(self, graph: Graph, quads: Iterable[ox.Quad]) -> Graph:
        """Add the triples of ``quads`` to ``graph``."""
        t = self.term
        graph.addN((t(q.subject), t(q.predicate), t(q.object), graph) for q in quads)
        return graph


def _parse(text: str, fmt: str) -> Iterator[ox.Quad]:
    import pyoxigraph as ox

    return ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.TRIG)


def merged_graph(reports: Iterable[tuple[str, ReportGraph]]) -> Graph:
    """All reports in one rdflib graph."""
    g = Graph()
    bind_prefixes(g)
    return _Converter().into(g, _parse(turtle_text(reports), "ttl"))


#: Predicates graph.html reads (see kgreport.html.render); the view for it holds only these.
_DISPLAY_PREDICATES = frozenset(
    {
        _A, _P_LABEL, _P_ALT, _P_MENTIONED, _P_IN_REPORT, _P_DERIVED, "kgr:inSection", "kgr:order", "kgr:text",
        "dcterms:title", "kgr:sourceFile", "rdf:subject", "rdf:predicate", "rdf:object",
        # the page's facets and report names: year, level, region (and its division code), issuer, date
        "kgr:year", "kgr:level", "kgr:region", "kgr:divisionCode", "kgr:issuer", "dcterms:date",
        *(f"kgr:{spec.iri}" for spec in relation_specs()),
    }
)

_NAMESPACE_OF = dict(PREFIXES)
# A backslash escape of _string, e.g. \" in "他说\"好\"" (the only four it writes).
_TURTLE_ESCAPE = re.compile(r'\\([\\"nr])')
_UNESCAPED = {"\\": "\\", '"': '"', "n": "\n", "r": "\r"}
_INTEGER_TERM = re.compile(r"[+-]?[0-9]+")  # e.g. 42
_DECIMAL_TERM = re.compile(r"[+-]?[0-9]*\.[0-9]+")  # e.g. 3.5


def unescape_turtle(body: str) -> str:
    """The text of a Turtle string literal's body as :func:`report_blocks` escapes it (``\\"`` → ``"``)."""
    return _TURTLE_ESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], body) if "\\" in body else body


def _expand(name: str) -> URIRef:
    """``kgr:Report`` -> the full IRI (``a`` is ``rdf:type``)."""
    if name == _A:
        return RDF.type
    prefix, _, local = name.partition(":")
    return URIRef(_NAMESPACE_OF[prefix] + local)


def turtle_term(text: str) -> URIRef | Literal:
    """The rdflib term of one Turtle term as :func:`report_blocks` writes it.

    ``<iri>``, ``prefix:name``, ``"text"``, ``"text"^^prefix:name``, integers,
    decimals and booleans; the terms equal what an RDF parser gives.
    """
    if text[0] == "<":
        return URIRef(text[1:-1])
    if text[0] == '"':
        if text[-1] == '"':
            return Literal(unescape_turtle(text[1:-1]))
        body, _, datatype = text[1:].rpartition('"^^')
        return Literal(unescape_turtle(body), datatype=_expand(datatype))
    if text in ("true", "false"):
        return Literal(text, datatype=XSD.boolean)
    if _INTEGER_TERM.fullmatch(text):
        return Literal(text, datatype=XSD.integer)
    if _DECIMAL_TERM.fullmatch(text):
        return Literal(text, datatype=XSD.decimal)
    return _expand(text)


class TripleView:
    """A read-only set of triples indexed by predicate, read like an rdflib Graph.

    It answers the two reads graph.html makes (:meth:`subject_objects` and
    :meth:`subjects`) from plain lists: filling an rdflib Graph with a corpus
    costs seconds per hundred thousand triples. Terms are rdflib ``URIRef``
    and ``Literal``, each distinct one made once.
    """

    def __init__(self) -> None:
        # predicate -> (subjects, objects): two lists hold fewer objects for the garbage collector than pairs.
        self._columns: dict[URIRef, tuple[list[URIRef], list[URIRef | Literal]]] = {}
        self._terms: dict[str, URIRef | Literal] = {}
        # (subject, predicate, object) of the triples of merged subjects, as the terms the columns hold:
        # three references a triple, where the Turtle text "s\np\no" was a new string of ~100 characters each.
        self._merged: set[tuple[URIRef, URIRef, URIRef | Literal]] = set()
        self._by_object: dict[URIRef, dict[URIRef | Literal, list[URIRef]]] = {}

    def _term(self, text: str) -> URIRef | Literal:
        term = self._terms.get(text)
        if term is None:
            term = self._terms[text] = turtle_term(text)
        return term

    def _iri(self, text: str) -> URIRef:
        term = self._term(text)
        assert isinstance(term, URIRef), text  # subjects and predicates are written as IRIs
        return term

    def add_block(
        self, subject: str, po: PredicateObjects, predicates: frozenset[str] | None = None, *, merge: bool = False
    ) -> None:
        """Add one subject's triples, given as Turtle terms (only ``predicates``, if given).

        ``merge`` is for a subject that several blocks describe (an entity in
        several reports): triples another merged block gave already are
        skipped. Otherwise the block is taken to be the subject's only one.
        """
        terms, term = self._terms, self._term
        s = self._iri(subject)
        for p, objs in po.items():
            if predicates is not None and p not in predicates:
                continue
            pred = self._iri(p)
            column = self._columns.get(pred)
            if column is None:
                column = self._columns[pred] = ([], [])
            subjects, objects = column
            if merge:
                seen = self._merged
                for o in objs:
                    value = term(o)
                    key = (s, pred, value)
                    if key not in seen:
                        seen.add(key)
                        subjects.append(s)
                        objects.append(value)
                continue
            subjects.extend([s] * len(objs))
            for o in objs:  # _term inlined: this runs once per triple of a corpus
                obj = terms.get(o)
                if obj is None:
                    obj = terms[o] = turtle_term(o)
                objects.append(obj)
        self._by_object.clear()

    def end_merging(self) -> None:
        """No more blocks will come: drop what told merged blocks' repeated triples apart, and the cache of terms
        by their Turtle text (a second copy of each distinct term's text, every sentence's included).

        A block added after this still reads right; its terms are made anew instead of shared.
        """
        self._merged = set()
        self._terms = {}

    def subject_objects(
        self, predicate: URIRef | None = None, unique: bool = False
    ) -> Iterator[tuple[URIRef, URIRef | Literal]]:
        """(subject, object) pairs of ``predicate``, or of every predicate when None."""
        if predicate is not None:
            column = self._columns.get(predicate)
            if column is not None:
                yield from zip(*column)
            return
        seen: set[tuple[URIRef, URIRef | Literal]] = set()
        for subjects, objects in self._columns.values():
            for pair in zip(subjects, objects):
                if pair not in seen:
                    seen.add(pair)
                    yield pair

    def subjects(
        self, predicate: URIRef | None = None, object: URIRef | Literal | None = None, unique: bool = False
    ) -> Iterator[URIRef]:
        """Subjects having ``predicate`` (None: any) with ``object`` (None: any), each once."""
        if predicate is not None and object is not None:
            index = self._by_object.get(predicate)
            if index is None:
                index = self._by_object[predicate] = {}
                for s, o in self.subject_objects(predicate):
                    index.setdefault(o, []).append(s)
            yield from index.get(object, ())
            return
        done: set[URIRef] = set()
        for s, o in self.subject_objects(predicate):
            if (object is None or o == object) and s not in done:
                done.add(s)
                yield s

    def __iter__(self) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
        for p, (subjects, objects) in self._columns.items():
            for s, o in zip(subjects, objects):
                yield s, p, o

    def __len__(self) -> int:
        return sum(len(subjects) for subjects, _ in self._columns.values())


def display_blocks(blocks: ReportBlocks) -> Iterator[tuple[str, PredicateObjects, bool]]:
    """What graph.html shows of one report: ``(subject, predicate-objects, is an entity)``.

    No indicators, offsets or unmentioned sentences; only the predicates the page reads.
    """
    return display_piece(whole_piece(blocks))


def display_piece(piece: BlockPiece) -> Iterator[tuple[str, PredicateObjects, bool]]:
    """What graph.html shows of one piece of a report, as :func:`display_blocks` of the whole report does."""
    for s, po in piece.local:
        types = po.get(_A, {})
        if "kgr:Indicator" in types or ("kgr:Sentence" in types and s in piece.hidden):
            continue
        yield s, _shown(po), False
    for s, po in piece.entities.items():
        yield s, _shown(po), True


def _shown(po: PredicateObjects) -> PredicateObjects:
    return {p: objs for p, objs in po.items() if p in _DISPLAY_PREDICATES}


def add_display_blocks(view: TripleView, blocks: ReportBlocks) -> None:
    """Add the part of one report that graph.html shows: no indicators, offsets or unmentioned sentences."""
    for s, po, entity in display_blocks(blocks):
        view.add_block(s, po, merge=entity)


def display_view(reports: Iterable[tuple[str, ReportGraph]]) -> TripleView:
    """The part of the merged graph that graph.html shows, as a :class:`TripleView`.

    For a corpus this is a fraction of the merge; :func:`write_ttl_trig` can
    fill the same view while it writes, from the triples it makes anyway.
    """
    view = TripleView()
    for slug, rg in reports:
        for piece in report_pieces(rg, slug):
            for s, po, entity in display_piece(piece):
                view.add_block(s, po, merge=entity)
    return view


@dataclass(frozen=True)
class GraphFiles:
    """What :func:`write_ttl_trig` wrote: the merge's triple count, and what graph.html shows of it."""

    triples: int
    display: TripleView | None


def write_ttl_trig(
    reports: Iterable[tuple[str, ReportGraph]], ttl_path: Path, trig_path: Path, *, display: bool = True
) -> GraphFiles:
    """Write graph.ttl and graph.trig (UTF-8, LF).

    With ``display``, the view :func:`display_view` would give is filled on
    the way, from the triples made for the files.
    """
    view = TripleView() if display else None
    spill = ttl_path.with_name(f".{ttl_path.name}.spill")  # "." + "graph.*": removed by a later build if left behind
    try:
        with open(ttl_path, "w", encoding="utf-8", newline="\n") as ttl, open(trig_path, "w", encoding="utf-8", newline="\n") as trig:
            return GraphFiles(write_graph_files(reports, ttl, trig, view, spill=spill), view)
    finally:
        spill.unlink(missing_ok=True)
