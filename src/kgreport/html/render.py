"""graph.html: a self-contained, offline page to explore a kgreport graph.

The page is a pyvis/vis-network network plus a legend with class and relation
filters, a name search and a side panel with the evidence of the selected
node or edge. Everything it needs (vis-network's JS and CSS from the pyvis
package, the page's own JS and CSS, the data) is inlined: it opens from
``file://`` with no network. Report text is embedded as escaped JSON and put
into the page with ``textContent`` only, so nothing from a report can run.

The output is deterministic: the same graph gives a byte-identical file.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import jinja2
import rdflib
from pyvis.network import Network
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgreport.errors import KgreportError
from kgreport.html.layout import force_layout
from kgreport.models import EntityClass, RelationKind, relation_specs
from kgreport.graph.vocab import KGR

__all__ = ["PHYSICS_MAX_NODES", "RenderStats", "TripleSource", "render_html"]

#: Above this many drawn nodes the layout is computed in Python and physics stays off
#: (vis-network's stabilization of 1,000 nodes takes ~10 s on a 2-core machine).
PHYSICS_MAX_NODES = 500
#: Budget of node-iterations for the in-browser stabilization (300 for small graphs).
_STABILIZATION_BUDGET = 40_000
#: Evidence sentences embedded per node / per edge (the page says how many more).
MAX_NODE_EVIDENCE = 20
MAX_EDGE_EVIDENCE = 10
#: Indicators embedded per report, and in all (the page says how many more).
MAX_REPORT_INDICATORS = 150
MAX_INDICATORS = 6000
#: Evidence sentences in a node's hover tooltip, and their length.
TOOLTIP_SENTENCES = 2
TOOLTIP_CHARS = 80
#: Pixels per unit of layout length.
_LAYOUT_SCALE = 110.0

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_VIS_VERSION = "vis-9.1.2"


# Terms read per node or sentence, looked up once (a namespace attribute costs a call each time).
_TYPE, _LABEL, _ALT_LABEL, _TITLE, _DATE = RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.title, DCTERMS.date
_ST_SUBJECT, _ST_PREDICATE, _ST_OBJECT, _DERIVED = RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom
_ORDER, _IN_REPORT, _IN_SECTION, _TEXT, _MENTIONED = KGR.order, KGR.inReport, KGR.inSection, KGR.text, KGR.mentionedIn
_SOURCE_FILE, _VALUE, _UNIT, _SURFACE = KGR.sourceFile, KGR.value, KGR.unit, KGR.surfaceForm
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
#: Entity classes and relation kinds in legend order (and whether a kind is drawn with an arrow), for :class:`WholeGraph`.
CLASS_ORDER = tuple(c.cls for c in _CLASSES)
RELATION_ORDER = tuple((r.kind, r.directed) for r in _RELATIONS)
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
class WholeGraph:
    """Counts over a whole graph of which ``render_html`` is given only the part it draws.

    A streaming build selects the entities to draw itself (the same ranking:
    degree, then IRI) and passes their part of the graph with these counts, so the
    page is the one the whole graph gives, in memory bounded by ``max_nodes``.
    """

    degree: dict[str, int]  # entity IRI -> relations (distinct, not to itself) in the whole graph
    class_totals: tuple[int, ...]  # entities per class, in legend order (CLASS_ORDER)
    relation_totals: tuple[int, ...]  # distinct relations per kind, in legend order (RELATION_ORDER)


@dataclass(frozen=True)
class _Node:
    iri: str
    cls: int  # index into _CLASSES
    label: str
    alt: tuple[str, ...]
    sentences: tuple[str, ...]  # sentence IRIs, document order


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

    def __init__(self, facts: _Facts) -> None:
        self.facts = facts
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
        sentences = [
            {
                "text": f.text(iri, _TEXT),
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
            {
                "iri": iri,
                "title": f.text(iri, _TITLE),
                "file": f.text(iri, _SOURCE_FILE),
                "date": f.text(iri, _DATE),
                "indicators": indicators.get(i, []),
                "indicatorTotal": totals.get(i, 0),
            }
            for i, iri in enumerate(self.reports)
        ]
        return {"reports": reports, "sections": sections, "sentences": sentences}


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


def _entities(facts: _Facts, doc: _Doc) -> dict[str, _Node]:
    found: dict[str, _Node] = {}
    labels_of = facts.all(_LABEL)
    alts_of = facts.all(_ALT_LABEL)
    mentions_of = facts.all(_MENTIONED)
    typed: dict[str, list[Any]] = defaultdict(list)
    for s, o in facts.graph.subject_objects(_TYPE):
        if isinstance(s, URIRef):
            typed[str(o)].append(str(s))
    for ci, style in enumerate(_CLASSES):
        for iri in sorted(typed.get(str(KGR[style.cls.value]), ())):
            if iri in found:
                continue
            labels = [str(o) for o in labels_of.get(iri, ()) if isinstance(o, Literal) and str(o)]
            label = labels[0] if labels else iri.rsplit("/", 1)[-1]
            alt = sorted({str(o) for o in alts_of.get(iri, ()) if isinstance(o, Literal)} - {label, ""})
            alt += [x for x in labels[1:] if x not in alt]
            sentences = sorted({str(s) for s in mentions_of.get(iri, ())}, key=doc.sentence_key)
            found[iri] = _Node(iri, ci, label, tuple(alt), tuple(sentences))
    return found


def _relations(
    facts: _Facts, nodes: dict[str, _Node], doc: _Doc
) -> dict[tuple[str, int, str], list[str]]:
    """Unique (subject, relation index, object) -> sorted evidence sentence IRIs."""
    edges: dict[tuple[str, int, str], set[str]] = {}
    by_pred: dict[str, list[str]] = defaultdict(list)
    derived = facts.all(_DERIVED)
    for stmt, pred in facts.graph.subject_objects(_ST_PREDICATE):
        by_pred[str(pred)].append(str(stmt))
    for ri, style in enumerate(_RELATIONS):
        pred = KGR[style.kind.value]
        for s, o in facts.graph.subject_objects(pred):
            s, o = str(s), str(o)
            if s not in nodes or o not in nodes or s == o:
                continue
            if not style.directed and o < s:
                s, o = o, s
            edges.setdefault((s, ri, o), set())
        for stmt in by_pred.get(str(pred), ()):
            s = str(facts.one(stmt, _ST_SUBJECT))
            o = str(facts.one(stmt, _ST_OBJECT))
            if not style.directed and o < s:
                s, o = o, s
            key = (s, ri, o)
            if key in edges:
                edges[key].update(str(x) for x in derived.get(stmt, ()))
    return {k: sorted(v, key=doc.sentence_key) for k, v in sorted(edges.items())}


def _tooltip(node: _Node, sentence_text: dict[str, str]) -> str:
    style = _CLASSES[node.cls]
    lines = [f"{style.zh} {style.cls.value}", node.label]
    if node.alt:
        lines.append("别名: " + "、".join(node.alt))
    for iri in node.sentences[:TOOLTIP_SENTENCES]:
        text = sentence_text.get(iri, "")
        if len(text) > TOOLTIP_CHARS:
            text = text[:TOOLTIP_CHARS] + "…"
        if text:
            lines.append("“" + text + "”")
    return "\n".join(lines)


def _script_json(payload: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _inline_asset(path: Path, closing: str) -> str:
    text = path.read_text(encoding="utf-8")
    # Inlined code must not close its own element early.
    if closing in text.lower() or "<!--" in text:
        raise RuntimeError(f"cannot inline {path.name}: it contains {closing} or <!--")
    return text


def _vis_options(physics: bool, big: bool, n: int) -> dict[str, Any]:
    iterations = max(50, min(300, _STABILIZATION_BUDGET // max(n, 1)))
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif", "color": "#222"},
        },
        "edges": {
            "width": 1,
            "color": {"color": _EDGE_COLOUR, "highlight": "#333", "hover": "#333"},
            "font": {"size": 11, "align": "middle", "color": "#555", "strokeWidth": 3},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}},
        },
        "groups": {
            c.cls.value: {
                "color": {
                    "background": c.color,
                    "border": "#333333",
                    "highlight": {"background": c.color, "border": "#000000"},
                    "hover": {"background": c.color, "border": "#000000"},
                }
            }
            for c in _CLASSES
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -3000,
                "centralGravity": 0.8,
                "springLength": 120,
                "springConstant": 0.03,
                "avoidOverlap": 0.2,
            },
            "stabilization": {"enabled": physics, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
    }


def render_html(
    graph: rdflib.Graph | TripleSource, path: Path, *, max_nodes: int = 3000, title: str = "kgreport",
    whole: WholeGraph | None = None,
) -> RenderStats:
    """Write an interactive, self-contained ``graph.html`` for ``graph`` to ``path``.

    Entities of the five classes become nodes (at most ``max_nodes``, the
    best-connected first; the page says when it is truncated), relation
    triples become edges with their evidence sentences.

    Example: ``render_html(g, Path("out/graph.html"), title="开化县 2023")``
    """
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    facts = _Facts(graph)
    doc = _Doc(facts)
    for report in sorted(str(r) for r in graph.subjects(_TYPE, _REPORT)):
        doc.report_index(report)
    all_nodes = _entities(facts, doc)
    all_edges = _relations(facts, all_nodes, doc)
    indicators, indicator_totals = _indicators(facts, doc)

    degree: dict[str, int] = defaultdict(int)
    if whole is not None:  # ``graph`` holds the drawn part of a larger graph: its counts come with it
        degree.update(whole.degree)
    else:
        for s, _, o in all_edges:
            degree[s] += 1
            degree[o] += 1
    ranked = sorted(all_nodes, key=lambda iri: (-degree[iri], iri))
    kept = sorted(ranked[:max_nodes])
    node_id = {iri: i for i, iri in enumerate(kept)}
    edges = [(k, ev) for k, ev in all_edges.items() if k[0] in node_id and k[2] in node_id]
    nodes_total = sum(whole.class_totals) if whole is not None else len(all_nodes)
    edges_total = sum(whole.relation_totals) if whole is not None else len(all_edges)
    truncated = len(kept) < nodes_total

    physics = len(kept) <= PHYSICS_MAX_NODES
    positions = force_layout(
        len(kept),
        [(node_id[s], node_id[o]) for (s, _, o), _ in edges],
        iterations=80,
    )

    sentence_text: dict[str, str] = {}
    node_rows: list[dict[str, Any]] = []
    vis_nodes: list[dict[str, Any]] = []
    for iri in kept:
        node = all_nodes[iri]
        for sent in node.sentences[:TOOLTIP_SENTENCES]:
            sentence_text[sent] = facts.text(sent, _TEXT)
    for iri in kept:
        node = all_nodes[iri]
        nid = node_id[iri]
        class_style = _CLASSES[node.cls]
        places: dict[int, set[int]] = defaultdict(set)
        for sent in node.sentences:
            report_no = doc.report_index(doc.report_of(sent))
            section_no = doc.section_index(doc.section_of(sent))
            if section_no >= 0:
                places[report_no].add(section_no)
            else:
                places.setdefault(report_no, set())
        node_rows.append(
            {
                "id": nid,
                "iri": iri,
                "cls": node.cls,
                "label": node.label,
                "alt": list(node.alt),
                "deg": degree[iri],
                "ev": [doc.sentence_index(x) for x in node.sentences[:MAX_NODE_EVIDENCE]],
                "evTotal": len(node.sentences),
                "places": [
                    [r, sorted(secs, key=doc.section_key)]
                    for r, secs in sorted(places.items(), key=lambda kv: doc.reports[kv[0]] if kv[0] >= 0 else "")
                ],
            }
        )
        x, y = positions[nid]
        vis_nodes.append(
            {
                "id": nid,
                "label": node.label,
                "title": _tooltip(node, sentence_text),
                "group": class_style.cls.value,
                "size": round(8 + 6 * math.log2(1 + degree[iri]), 1),
                "x": round(x * _LAYOUT_SCALE, 1),
                "y": round(y * _LAYOUT_SCALE, 1),
            }
        )

    edge_rows: list[dict[str, Any]] = []
    vis_edges: list[dict[str, Any]] = []
    for eid, ((s, ri, o), evidence) in enumerate(edges):
        rel_style = _RELATIONS[ri]
        edge_rows.append(
            {
                "id": eid,
                "from": node_id[s],
                "to": node_id[o],
                "rel": ri,
                "ev": [doc.sentence_index(x) for x in evidence[:MAX_EDGE_EVIDENCE]],
                "evTotal": len(evidence),
            }
        )
        arrow = "→" if rel_style.directed else "↔"
        vis_edge: dict[str, Any] = {
            "id": eid,
            "from": node_id[s],
            "to": node_id[o],
            "label": rel_style.zh,
            "title": f"{rel_style.kind.value} ({rel_style.zh})\n"
            f"{all_nodes[s].label} {arrow} {all_nodes[o].label}",
            "arrows": "to" if rel_style.directed else "",
        }
        if rel_style.colour != _EDGE_COLOUR:  # the default is in the options, not repeated on every edge
            vis_edge["color"] = {"color": rel_style.colour, "highlight": "#333", "hover": "#333"}
        vis_edges.append(vis_edge)

    class_total = [0] * len(_CLASSES)
    class_shown = [0] * len(_CLASSES)
    for iri, node in all_nodes.items():
        class_total[node.cls] += 1
        if iri in node_id:
            class_shown[node.cls] += 1
    rel_total = [0] * len(_RELATIONS)
    rel_shown = [0] * len(_RELATIONS)
    for _s, ri, _o in all_edges:
        rel_total[ri] += 1
    if whole is not None:
        class_total, rel_total = list(whole.class_totals), list(whole.relation_totals)
    for (_s, ri, _o), _ in edges:
        rel_shown[ri] += 1

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    net.nodes = vis_nodes  # add_node() is quadratic in the node count
    net.edges = vis_edges
    net.options = _vis_options(physics, big=not physics, n=len(kept))
    vn, ve, heading, _, _, options_json = net.get_network_data()

    payload = {
        "title": heading,
        "physics": physics,
        "truncated": truncated,
        "shown": len(kept),
        "total": nodes_total,
        "edgesShown": len(edges),
        "edgesTotal": edges_total,
        "classes": [
            {"key": c.cls.value, "zh": c.zh, "color": c.color, "total": t, "shown": n}
            for c, t, n in zip(_CLASSES, class_total, class_shown)
        ],
        "relations": [
            {"key": r.kind.value, "zh": r.zh, "directed": r.directed, "total": t, "shown": n}
            for r, t, n in zip(_RELATIONS, rel_total, rel_shown)
        ],
        "nodes": node_rows,
        "edges": edge_rows,
        "vis": {"nodes": vn, "edges": ve, "options": json.loads(options_json)},
        **doc.tables(indicators, indicator_totals),
    }

    lib = Path(net.template_dir) / "lib" / _VIS_VERSION
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    html = env.get_template("graph.html.j2").render(
        title=title,
        truncated=truncated,
        shown=len(kept),
        total=nodes_total,
        data_json=jinja2.utils.markupsafe.Markup(_script_json(payload)),
        vis_css=jinja2.utils.markupsafe.Markup(_inline_asset(lib / "vis-network.css", "</style")),
        vis_js=jinja2.utils.markupsafe.Markup(_inline_asset(lib / "vis-network.min.js", "</script")),
        page_css=jinja2.utils.markupsafe.Markup(_inline_asset(_TEMPLATES / "graph.css", "</style")),
        page_js=jinja2.utils.markupsafe.Markup(_inline_asset(_TEMPLATES / "graph.js", "</script")),
    )
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise KgreportError(f"cannot write graph page: {exc.strerror or exc}", path=str(path)) from exc
    return RenderStats(
        nodes_drawn=len(kept),
        edges_drawn=len(edges),
        nodes_total=nodes_total,
        truncated=truncated,
        edges_total=edges_total,
    )
