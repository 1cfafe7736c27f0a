"""graph.html: a self-contained, offline page to explore a kgreport graph.

The page carries a compact index of every entity and relation (names,
classes, the reports naming each, a few evidence sentences) and draws a few
hundred of them at a time with vis-network: the facets (report, years, level,
region), the class and relation checkboxes, search, neighbourhood expansion
and a URL fragment choose what is drawn; the browser lays the drawing out so
that no two labels overlap. Everything it needs (vis-network, vendored in
``vendor/``; the page's own JS and CSS; the data) is inlined: it opens from
``file://`` with no network. Report text is embedded as escaped JSON and put
into the page with ``textContent`` only, so nothing from a report can run.

The output is deterministic: the same graph gives a byte-identical file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import jinja2
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgreport import gazetteer
from kgreport.errors import KgreportError
from kgreport.resources import load_tsv
from kgreport.models import EntityClass, RelationKind, relation_specs
from kgreport.graph.vocab import KGR

__all__ = ["VIEW_MAX_NODES", "PageSource", "RenderStats", "TripleSource", "render_html"]

#: The most entities the page draws at a time (a facet choice draws its best-connected
#: entities up to this; search and expansion add to it). Labels stay legible up to a few hundred.
VIEW_MAX_NODES = 200
#: Evidence sentences embedded per node / per edge (the page says how many more). A corpus
#: page embeds fewer per entity so that every entity fits in the page (≤ 25 MB for 42 k).
MAX_NODE_EVIDENCE = 20
MAX_EDGE_EVIDENCE = 10
CORPUS_NODE_EVIDENCE = 2
CORPUS_EDGE_EVIDENCE = 1
#: Above this many entities the page is a corpus page (the smaller evidence budget above).
CORPUS_ENTITIES = 5000
#: Embedded sentences are cut to this many characters (the rest is in graph.ttl).
MAX_SENTENCE_CHARS = 160
#: Indicators embedded per report, and in all (the page says how many more).
MAX_REPORT_INDICATORS = 150
MAX_INDICATORS = 6000

_TEMPLATES = Path(__file__).resolve().parent / "templates"
#: vis-network, vendored with its licenses (see its README.md there and docs/graph-html.md).
_VIS_DIR = Path(__file__).resolve().parent / "vendor" / "vis-network-9.1.2"


# Terms read per node or sentence, looked up once (a namespace attribute costs a call each time).
_TYPE, _LABEL, _ALT_LABEL, _TITLE, _DATE = RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.title, DCTERMS.date
_ST_SUBJECT, _ST_PREDICATE, _ST_OBJECT, _DERIVED = RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom
_ORDER, _IN_REPORT, _IN_SECTION, _TEXT, _MENTIONED = KGR.order, KGR.inReport, KGR.inSection, KGR.text, KGR.mentionedIn
_SOURCE_FILE, _VALUE, _UNIT, _SURFACE = KGR.sourceFile, KGR.value, KGR.unit, KGR.surfaceForm
_YEAR, _LEVEL, _REGION, _ISSUER, _DIVISION_CODE = KGR.year, KGR.level, KGR.region, KGR.issuer, KGR.divisionCode
_REPORT, _INDICATOR = KGR.Report, KGR.Indicator


class TripleSource(Protocol):
    """What :func:`render_html` reads of a graph: an rdflib Graph, or a lighter view such as
    :class:`kgreport.graph.rdf.TripleView`, with the same two methods."""

    def subject_objects(self, predicate: Any = None, unique: bool = False) -> Iterable[tuple[Any, Any]]:
        """(subject, object) pairs of ``predicate``."""
        ...

    def subjects(self, predicate: Any = None, object: Any = None, unique: bool = False) -> Iterable[Any]:
        """Subjects with ``predicate`` and ``object``."""
        ...


@runtime_checkable
class PageSource(TripleSource, Protocol):
    """A :class:`TripleSource` without entities' ``kgr:mentionedIn``, statements and sentences, that tells what the page shows of them
    itself (such as :class:`kgreport.build.page.SpillView`, which reads them from SQLite): the page then
    holds only the evidence it embeds, not every mention and mentioned sentence."""

    def entity_evidence(self, limit: int) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], int]]:
        """Entity IRI -> (reports naming it, sorted; first ``limit`` evidence sentences in document order; their count)."""
        ...

    def edge_evidence(self, limit: int) -> dict[tuple[str, int, str], tuple[tuple[str, ...], int]]:
        """(subject, relation index, object) -> (first ``limit`` evidence sentences in document order; their count)."""
        ...

    def sentence_rows(self, iris: list[str]) -> dict[str, tuple[str, str, str]]:
        """Sentence IRI -> (text, section IRI, report IRI) for the sentences the page embeds."""
        ...


@dataclass(frozen=True)
class _ClassStyle:
    cls: EntityClass
    zh: str
    color: str


@dataclass(frozen=True)
class _RelationStyle:
    kind: RelationKind
    zh: str
    directed: bool
    colour: str


# Order is the legend order and the tie-break when an entity has two classes.
_CLASSES = (
    _ClassStyle(EntityClass.ORGANIZATION, "机构", "#4e79a7"),
    _ClassStyle(EntityClass.PLACE, "地点", "#59a14f"),
    _ClassStyle(EntityClass.PROJECT, "项目", "#f28e2b"),
    _ClassStyle(EntityClass.PROGRAM, "政策举措", "#b07aa1"),
    _ClassStyle(EntityClass.HONOR, "荣誉", "#e15759"),
)
# From data/relations.tsv: its order is the legend order; a symmetric kind is drawn without an arrow.
_RELATIONS = tuple(_RelationStyle(s.kind, s.zh, not s.symmetric, s.colour) for s in relation_specs())
#: Entity classes and relation kinds in legend order (and whether a kind is drawn with an arrow), as the build's page spill numbers them.
CLASS_ORDER = tuple(c.cls for c in _CLASSES)
RELATION_ORDER = tuple((r.kind, r.directed) for r in _RELATIONS)
#: Where the template's data goes until the page is written (the data is then written in pieces, never whole).
_DATA_MARK = "\x00kgreport-page-data\x00"
#: Colour of an edge whose kind has no colour of its own (the page's default, set once in the options).
_EDGE_COLOUR = "#9aa5b1"

# Inside a JSON string these characters are the only ones that can end a
# <script> element or break JavaScript parsing of the text.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass(frozen=True)
class RenderStats:
    """What ``render_html`` drew.

    ``nodes_total``/``edges_total`` count every entity and relation in the
    graph; ``truncated`` is true when fewer than ``nodes_total`` are drawn.
    """

    nodes_drawn: int
    edges_drawn: int
    nodes_total: int
    truncated: bool
    edges_total: int = 0


@dataclass(frozen=True)
class _Node:
    iri: str
    cls: int  # index into _CLASSES
    label: str
    alt: tuple[str, ...]
    sentences: tuple[str, ...]  # evidence sentence IRIs (not the title line), document order (the first ones, from a PageSource)
    reports: tuple[str, ...]  # IRIs of the reports naming it, sorted
    ev_total: int  # how many evidence sentences it has


def _text(value: object) -> str:
    return str(value) if isinstance(value, Literal) else ""


class _Facts:
    """The graph's triples for a few predicates, read once into dictionaries.

    ``graph.value()`` per node costs a store lookup each (seconds for a
    corpus); one pass per predicate is fast. Where a property has several
    values the smallest is used, so the page does not depend on store order.
    """

    def __init__(self, graph: TripleSource) -> None:
        self.graph = graph
        self._cache: dict[URIRef, dict[str, list[Any]]] = {}
        self._first: dict[URIRef, dict[str, Any]] = {}

    def all(self, pred: URIRef) -> dict[str, list[Any]]:
        """Subject IRI -> sorted objects of ``pred``."""
        table = self._cache.get(pred)
        if table is None:
            table = {}
            for s, o in self.graph.subject_objects(pred):
                key = str(s)
                values = table.get(key)
                if values is None:
                    table[key] = [o]
                else:
                    values.append(o)
            for values in table.values():
                if len(values) > 1:
                    values.sort()
            self._cache[pred] = table
        return table

    def first(self, pred: URIRef) -> dict[str, Any]:
        """Subject IRI -> smallest object of ``pred``."""
        table = self._first.get(pred)
        if table is None:
            table = self._first[pred] = {k: v[0] for k, v in self.all(pred).items()}
        return table

    def one(self, subject: str, pred: URIRef) -> Any:
        """The smallest object of ``pred`` on ``subject``, or None."""
        return self.first(pred).get(subject)

    def text(self, subject: str, pred: URIRef) -> str:
        """The smallest literal object, as text ("" when none)."""
        for value in self.all(pred).get(subject, ()):
            if isinstance(value, Literal):
                return str(value)
        return ""


class _Doc:
    """Reports, sections and sentences of the graph, indexed for the page."""

    def __init__(self, facts: _Facts, rows: PageSource | None = None) -> None:
        self.facts = facts
        self._rows = rows  # where the embedded sentences' text, section and report are read, if not from facts
        self._sent_key: dict[str, tuple[str, int, str]] = {}
        self._report_of: dict[str, str] = {}
        self._order = facts.first(_ORDER)
        self._in_report = facts.first(_IN_REPORT)
        self._in_section = facts.first(_IN_SECTION)
        self.reports: list[str] = []
        self.sections: list[str] = []
        self.sentences: list[str] = []
        self._rindex: dict[str, int] = {}
        self._sindex: dict[str, int] = {}
        self._tindex: dict[str, int] = {}

    def sentence_key(self, iri: str) -> tuple[str, int, str]:
        """Sort key giving document order: report, then order, then IRI."""
        key = self._sent_key.get(iri)
        if key is None:
            order = self._order.get(iri)
            try:
                position = int(order) if order is not None else 1 << 30
            except (TypeError, ValueError):
                position = 1 << 30
            key = (self.report_of(iri), position, iri)
            self._sent_key[iri] = key
        return key

    def section_key(self, index: int) -> tuple[int, str]:
        """Sort key of an indexed section: its order in the report, then IRI."""
        iri = self.sections[index]
        order = self._order.get(iri)
        try:
            return (int(order) if order is not None else 1 << 30, iri)
        except (TypeError, ValueError):
            return (1 << 30, iri)

    def report_of(self, sentence: str) -> str:
        found = self._report_of.get(sentence)
        if found is None:
            report = self._in_report.get(sentence)
            if report is None:
                section = self._in_section.get(sentence)
                report = self._in_report.get(str(section)) if section is not None else None
            found = self._report_of[sentence] = str(report) if report is not None else ""
        return found

    def is_title_line(self, sentence: str) -> bool:
        """True for the report's title line, which the reader splits as a first "sentence"."""
        title = self.facts.text(self.report_of(sentence), _TITLE).strip()
        return bool(title) and self.facts.text(sentence, _TEXT).strip() == title

    def section_of(self, sentence: str) -> str:
        section = self._in_section.get(sentence)
        return str(section) if section is not None else ""

    def report_index(self, iri: str) -> int:
        if not iri:
            return -1
        if iri not in self._rindex:
            self._rindex[iri] = len(self.reports)
            self.reports.append(iri)
        return self._rindex[iri]

    def section_index(self, iri: str) -> int:
        if not iri:
            return -1
        if iri not in self._sindex:
            self._sindex[iri] = len(self.sections)
            self.sections.append(iri)
        return self._sindex[iri]

    def sentence_index(self, iri: str) -> int:
        if iri not in self._tindex:
            self._tindex[iri] = len(self.sentences)
            self.sentences.append(iri)
        return self._tindex[iri]

    def tables(
        self, indicators: dict[int, list[dict[str, Any]]], totals: dict[int, int]
    ) -> dict[str, list[dict[str, Any]]]:
        """The report, section and sentence tables; call after all indexing."""
        f = self.facts
        if self._rows is not None:
            read = self._rows.sentence_rows(self.sentences)
            sentences = [
                {
                    "text": _cut(text),
                    "section": self.section_index(section),
                    "report": self.report_index(report),
                }
                for text, section, report in (read.get(iri, ("", "", "")) for iri in self.sentences)
            ]
        else:
            sentences = [
                {
                    "text": _cut(f.text(iri, _TEXT)),
                    "section": self.section_index(self.section_of(iri)),
                    "report": self.report_index(self.report_of(iri)),
                }
                for iri in self.sentences
            ]
        sections = []
        for iri in self.sections:
            report = f.one(iri, _IN_REPORT)
            sections.append(
                {
                    "title": f.text(iri, _TITLE),
                    "report": self.report_index(str(report)) if report is not None else -1,
                }
            )
        reports = [
            {**_report_meta(f, iri), "indicators": indicators.get(i, []), "indicatorTotal": totals.get(i, 0)}
            for i, iri in enumerate(self.reports)
        ]
        return {"reports": reports, "sections": sections, "sentences": sentences}


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SENTENCE_CHARS else text[:MAX_SENTENCE_CHARS] + "…"


def _province(code: str) -> str:
    """The province (or province-level city) of a GB/T 2260 division code, e.g. 330824 -> 浙江省."""
    if len(code) < 2 or not code[:2].isdigit():
        return ""
    return _province_names().get(code[:2] + "0000", "")


@cache
def _province_names() -> dict[str, str]:
    """Province-level division code -> name, as ``gazetteer.division_by_code`` names them.

    Read from the divisions' table alone: the page needs no more, and the whole gazetteer's index (the towns'
    table too) was the largest allocation of a build's page stage (~56 MB at its peak, ~43 MB kept).
    """
    return {row["code"]: row["name"] for row in load_tsv(gazetteer.DIVISIONS_FILE) if row["code"].endswith("0000")}


def _report_meta(f: _Facts, iri: str) -> dict[str, Any]:
    """A report's row: its title, and the metadata the facets filter on.

    ``name`` is what the page calls it: the title, else issuer (or region) and year, else the file name.
    """
    title = f.text(iri, _TITLE)
    year_text = f.text(iri, _YEAR)
    year = int(year_text) if year_text.isdigit() else 0
    region = f.one(iri, _REGION)
    region_label = f.text(str(region), _LABEL) if region is not None else ""
    issuer = f.one(iri, _ISSUER)
    issuer_label = f.text(str(issuer), _LABEL) if issuer is not None else ""
    who = issuer_label or region_label
    file = f.text(iri, _SOURCE_FILE)
    if title:
        # a title without its year ("保定市政府工作报告") would name every year's report alike
        name = title if not year or str(year) in title else f"{title}（{year}年）"
    elif who:
        name = f"{who} {year}年" if year else who
    else:
        name = file or iri.rsplit("/", 1)[-1]
    return {
        "iri": iri,
        "title": title,
        "name": name,
        "file": file,
        "date": f.text(iri, _DATE),
        "year": year,
        "level": f.text(iri, _LEVEL),
        "region": region_label,
        "province": _province(f.text(str(region), _DIVISION_CODE)) if region is not None else "",
        "issuer": issuer_label,
    }


def _indicators(facts: _Facts, doc: _Doc) -> tuple[dict[int, list[dict[str, Any]]], dict[int, int]]:
    """Report index -> its first indicators in document order, and how many it has.

    Indicators are not drawn as nodes; the page lists them per report.
    """
    found: dict[int, list[tuple[tuple[str, int, str], str, str]]] = defaultdict(list)
    for iri in sorted(str(s) for s in facts.graph.subjects(_TYPE, _INDICATOR)):
        sentence = facts.one(iri, _MENTIONED) or facts.one(iri, _DERIVED)
        sentence = str(sentence) if sentence is not None else ""
        report = facts.one(iri, _IN_REPORT)
        report_iri = str(report) if report is not None else (doc.report_of(sentence) if sentence else "")
        key = doc.sentence_key(sentence) if sentence else ("", 1 << 30, iri)
        found[doc.report_index(report_iri)].append((key, iri, sentence))
    shown: dict[int, list[dict[str, Any]]] = {}
    budget = MAX_INDICATORS
    for r in sorted(found):
        items = sorted(found[r])[: max(0, min(MAX_REPORT_INDICATORS, budget))]
        budget -= len(items)
        shown[r] = [
            {
                "label": facts.text(iri, _LABEL),
                "value": facts.text(iri, _VALUE),
                "unit": facts.text(iri, _UNIT),
                "surface": facts.text(iri, _SURFACE),
                "ev": doc.sentence_index(sentence) if sentence else -1,
            }
            for _, iri, sentence in items
        ]
    return shown, {r: len(items) for r, items in found.items()}


def _entities(facts: _Facts, doc: _Doc, source: PageSource | None = None) -> dict[str, _Node]:
    """Every entity of the five classes; its evidence from its mentions, or from ``source`` when given."""
    named: dict[str, tuple[int, str, tuple[str, ...]]] = {}
    labels_of = facts.all(_LABEL)
    alts_of = facts.all(_ALT_LABEL)
    typed: dict[str, list[Any]] = defaultdict(list)
    for s, o in facts.graph.subject_objects(_TYPE):
        if isinstance(s, URIRef):
            typed[str(o)].append(str(s))
    for ci, style in enumerate(_CLASSES):
        for iri in sorted(typed.get(str(KGR[style.cls.value]), ())):
            if iri in named:
                continue
            labels = [str(o) for o in labels_of.get(iri, ()) if isinstance(o, Literal) and str(o)]
            label = labels[0] if labels else iri.rsplit("/", 1)[-1]
            alt = sorted({str(o) for o in alts_of.get(iri, ()) if isinstance(o, Literal)} - {label, ""})
            alt += [x for x in labels[1:] if x not in alt]
            named[iri] = (ci, label, tuple(alt))
    del typed
    found: dict[str, _Node] = {}
    if source is not None:
        evidence = source.entity_evidence(_node_evidence(len(named)))
        for iri, (ci, label, alts) in named.items():
            named_in, first, total = evidence.get(iri, ((), (), 0))
            found[iri] = _Node(iri, ci, label, alts, first, named_in, total)
        return found
    mentions_of = facts.all(_MENTIONED)
    for iri, (ci, label, alts) in named.items():
        mentions = {str(s) for s in mentions_of.get(iri, ())}
        reports = sorted({r for m in mentions if (r := doc.report_of(m))})
        ordered = sorted((m for m in mentions if not doc.is_title_line(m)), key=doc.sentence_key)
        found[iri] = _Node(iri, ci, label, alts, tuple(ordered), tuple(reports), len(ordered))
    return found


def _node_evidence(entities: int) -> int:
    """Evidence sentences embedded per entity on a page of ``entities`` entities."""
    return CORPUS_NODE_EVIDENCE if entities > CORPUS_ENTITIES else MAX_NODE_EVIDENCE


def _relations(
    facts: _Facts, nodes: dict[str, _Node], doc: _Doc, source: PageSource | None = None
) -> dict[tuple[str, int, str], tuple[list[str], int]]:
    """Unique (subject, relation index, object) -> (evidence sentence IRIs in document order, how many).

    From a ``source``, only the first ones the page embeds."""
    edges: dict[tuple[str, int, str], set[str]] = {}
    for ri, style in enumerate(_RELATIONS):
        for s, o in facts.graph.subject_objects(KGR[style.kind.value]):
            a, b = nodes.get(str(s)), nodes.get(str(o))
            if a is None or b is None or a is b:
                continue
            s, o = a.iri, b.iri  # the node's own string: an edge key holds no copy of its ends' IRIs
            if not style.directed and o < s:
                s, o = o, s
            edges.setdefault((s, ri, o), set())
    if source is not None:
        evidence = source.edge_evidence(_edge_evidence(len(nodes)))
        picked: dict[tuple[str, int, str], tuple[list[str], int]] = {}
        for key in sorted(edges):
            first, total = evidence.get(key, ((), 0))
            picked[key] = (list(first), total)
        return picked
    by_pred: dict[str, list[str]] = defaultdict(list)
    derived = facts.all(_DERIVED)
    for stmt, pred in facts.graph.subject_objects(_ST_PREDICATE):
        by_pred[str(pred)].append(str(stmt))
    for ri, style in enumerate(_RELATIONS):
        pred = KGR[style.kind.value]
        for stmt in by_pred.get(str(pred), ()):
            s = str(facts.one(stmt, _ST_SUBJECT))
            o = str(facts.one(stmt, _ST_OBJECT))
            if not style.directed and o < s:
                s, o = o, s
            key = (s, ri, o)
            if key in edges:
                edges[key].update(str(x) for x in derived.get(stmt, ()) if not doc.is_title_line(str(x)))
    return {k: (sorted(v, key=doc.sentence_key), len(v)) for k, v in sorted(edges.items())}


def _edge_evidence(entities: int) -> int:
    """Evidence sentences embedded per relation on a page of ``entities`` entities."""
    return CORPUS_EDGE_EVIDENCE if entities > CORPUS_ENTITIES else MAX_EDGE_EVIDENCE


def _script_json(payload: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _script_json_pieces(payload: Any, depth: int = 2) -> Iterator[str]:
    """:func:`_script_json`'s text in pieces: the top ``depth`` levels of dictionaries are taken apart, so that
    a page's data is written to its file column by column rather than held whole (several times) as one string."""
    if depth > 0 and isinstance(payload, dict):
        yield "{"
        for i, (key, value) in enumerate(sorted(payload.items())):
            yield ("," if i else "") + _script_json(key) + ":"
            yield from _script_json_pieces(value, depth - 1)
        yield "}"
    else:
        yield _script_json(payload)


def _inline_asset(path: Path, closing: str) -> str:
    text = path.read_text(encoding="utf-8")
    # Inlined code must not close its own element early.
    if closing in text.lower() or "<!--" in text:
        raise RuntimeError(f"cannot inline {path.name}: it contains {closing} or <!--")
    return text




def _common_prefix(iris: Iterable[str]) -> str:
    """The longest prefix ending in "/" that every IRI shares (the page stores the rest)."""
    items = sorted(iris)
    if not items:
        return ""
    first, last = items[0], items[-1]
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[: first.rfind("/", 0, n) + 1] if n else ""


def render_html(
    graph: rdflib.Graph | TripleSource, path: Path, *, max_nodes: int = 3000, title: str = "kgreport",
) -> RenderStats:
    """Write an interactive, self-contained ``graph.html`` for ``graph`` to ``path``.

    Every entity of the five classes and every relation between them goes into the page's
    index (searchable, with the reports naming it and evidence sentences); the page draws at
    most ``min(max_nodes, VIEW_MAX_NODES)`` at a time, the best-connected of the facets'
    choice first. ``RenderStats`` tells what the first view draws.

    Example: ``render_html(g, Path("out/graph.html"), title="开化县 2023")``
    """
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    source = graph if isinstance(graph, PageSource) else None
    facts = _Facts(graph)
    doc = _Doc(facts, source)
    for report in sorted(str(r) for r in graph.subjects(_TYPE, _REPORT)):
        doc.report_index(report)
    all_nodes = _entities(facts, doc, source)
    all_edges = _relations(facts, all_nodes, doc, source)
    indicators, indicator_totals = _indicators(facts, doc)
    node_evidence = _node_evidence(len(all_nodes))
    edge_evidence = _edge_evidence(len(all_nodes))

    iris = sorted(all_nodes)
    node_id = {iri: i for i, iri in enumerate(iris)}
    degree = [0] * len(iris)
    for s, _, o in all_edges:
        degree[node_id[s]] += 1
        degree[node_id[o]] += 1
    # The order in which a view fills up: best-connected first, then by IRI.
    rank = sorted(range(len(iris)), key=lambda i: (-degree[i], iris[i]))
    view = min(max_nodes, VIEW_MAX_NODES)
    first_view = set(rank[:view])
    base = _common_prefix(iris)

    columns: dict[str, list[Any]] = {k: [] for k in ("iri", "cls", "label", "alt", "deg", "reps", "ev", "evTotal")}
    class_total = [0] * len(_CLASSES)
    for i, iri in enumerate(iris):
        node = all_nodes[iri]
        class_total[node.cls] += 1
        columns["iri"].append(iri[len(base):])
        columns["cls"].append(node.cls)
        columns["label"].append(node.label)
        columns["alt"].append(list(node.alt))
        columns["deg"].append(degree[i])
        columns["reps"].append(sorted(doc.report_index(r) for r in node.reports))
        columns["ev"].append([doc.sentence_index(x) for x in node.sentences[:node_evidence]])
        columns["evTotal"].append(node.ev_total)

    edge_columns: dict[str, list[Any]] = {k: [] for k in ("from", "to", "rel", "ev", "evTotal")}
    rel_total = [0] * len(_RELATIONS)
    edges_drawn = 0
    for (s, ri, o), (evidence, evidence_total) in all_edges.items():
        a, b = node_id[s], node_id[o]
        rel_total[ri] += 1
        edges_drawn += a in first_view and b in first_view
        edge_columns["from"].append(a)
        edge_columns["to"].append(b)
        edge_columns["rel"].append(ri)
        edge_columns["ev"].append([doc.sentence_index(x) for x in evidence[:edge_evidence]])
        edge_columns["evTotal"].append(evidence_total)

    payload = {
        "title": title,
        "base": base,
        "view": view,
        "total": len(iris),
        "rank": rank,
        "edgeColour": _EDGE_COLOUR,
        "classes": [
            {"key": c.cls.value, "zh": c.zh, "color": c.color, "total": t} for c, t in zip(_CLASSES, class_total)
        ],
        "relations": [
            {"key": r.kind.value, "zh": r.zh, "directed": r.directed, "colour": r.colour, "total": t}
            for r, t in zip(_RELATIONS, rel_total)
        ],
        "nodeColumns": columns,
        "edgeColumns": edge_columns,
        **doc.tables(indicators, indicator_totals),
    }

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    markup = jinja2.utils.markupsafe.Markup
    html = env.get_template("graph.html.j2").render(
        title=title,
        truncated=len(first_view) < len(iris),
        shown=len(first_view),
        total=len(iris),
        data_json=markup(_DATA_MARK),
        vis_js=markup(_inline_asset(_VIS_DIR / "vis-network.min.js", "</script")),
        page_css=markup(_inline_asset(_TEMPLATES / "graph.css", "</style")),
        page_js=markup(_inline_asset(_TEMPLATES / "graph.js", "</script")),
    )
    head, *tail = html.split(_DATA_MARK)
    if len(tail) != 1:
        raise RuntimeError(f"the page template must place the data once, not {len(tail)} times")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(head)
            for piece in _script_json_pieces(payload):
                out.write(piece)
            out.write(tail[0])
    except OSError as exc:
        raise KgreportError(f"cannot write graph page: {exc.strerror or exc}", path=str(path)) from exc
    return RenderStats(
        nodes_drawn=len(first_view),
        edges_drawn=edges_drawn,
        nodes_total=len(iris),
        truncated=len(first_view) < len(iris),
        edges_total=len(all_edges),
    )
