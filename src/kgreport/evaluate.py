"""Score a graph against gold annotations, with the matching rules of the shared scorer.

The rules (see the annotation guidelines, "Scoring"):

- Entities are compared per report as (class, name) after :func:`norm`; a node
  matches a gold entity of its class when any of its labels equals any gold name.
  One gold entity absorbs one node; a second node for it is a duplicate (a false
  positive). Optional gold entities count nowhere, matched or not.
- Relations are compared as (relation, subject, object) with ends matched by name
  (``@issuer`` matches the issuer's names); ``cooperatesWith`` ignores order. A
  relation stated twice counts once; a relation touching an optional entity, or a
  ``locatedIn`` between two places, is not a false positive.
- Indicators are compared as (value, unit), value within a relative 1e-6.
"""

from __future__ import annotations

import json
import math
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, SKOS, Dataset, Graph, URIRef
from rdflib.query import ResultRow
from rdflib.term import Node

from kgreport.errors import GraphNotFoundError, InputError, KgreportError
from kgreport.models import EntityClass, RelationKind, relation_specs
from kgreport.resources import bundled_reports_dir
from kgreport.graph.vocab import KGR

CLASSES: tuple[str, ...] = tuple(c.value for c in EntityClass)
#: The classes of the headline figure; Honor is scored on its own line.
CORE: tuple[str, ...] = (
    EntityClass.ORGANIZATION.value,
    EntityClass.PLACE.value,
    EntityClass.PROJECT.value,
    EntityClass.PROGRAM.value,
)
RELATIONS: tuple[str, ...] = tuple(r.value for r in RelationKind)
SYMMETRIC: frozenset[str] = frozenset(s.iri for s in relation_specs() if s.symmetric)
ISSUER = "@issuer"
#: Rows of the score table, in print order.
TABLE_ROWS: tuple[str, ...] = (*CLASSES, "core_micro", "relations", "indicators")

# Quote and bracket marks and white space are not part of a name: “双减” == 双减.
_STRIP = dict.fromkeys(map(ord, "“”‘’\"'《》〈〉「」『』()（）[]【】 \u3000\t\n"), None)

# Indicator rows exactly as the shared scorer asks for them: the row order decides
# how a non-numeric value sorts, so it must be the same query.
_INDICATOR_QUERY = f"""SELECT ?m ?v ?u WHERE {{ ?m a <{KGR.Indicator}> ;
    <{KGR.value}> ?v ; <{KGR.unit}> ?u }}"""


def norm(name: object) -> str:
    """Name as compared: NFKC, without quote/bracket marks and white space."""
    return unicodedata.normalize("NFKC", str(name)).translate(_STRIP)


class MissKind(str, Enum):
    """Kinds of scoring errors, named as in the shared scorer's output."""

    MISSED = "missed"
    FALSE_POSITIVE = "false_positive"
    DUPLICATE = "duplicate"
    FALSE_RELATION = "false_relation"
    MISSED_RELATION = "missed_relation"
    FALSE_INDICATOR = "false_indicator"
    MISSED_INDICATOR = "missed_indicator"


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one row."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, int | float]:
        """The shared scorer's row: counts and figures rounded to 4 places."""
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Miss:
    """One scoring error, e.g. (MISSED, "Place: 浙江省")."""

    kind: MissKind
    text: str


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity: class, name, other names, and whether it is optional."""

    cls: str
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def names(self) -> frozenset[str]:
        """Normalized name and aliases."""
        return frozenset({norm(self.name), *map(norm, self.aliases)})


@dataclass(frozen=True)
class GoldRelation:
    """A gold relation; ends are gold entity names or ``@issuer``."""

    relation: str
    subject: str
    object: str


@dataclass(frozen=True)
class GoldIndicator:
    """A gold indicator: value, unit, what it is about."""

    value: float
    unit: str
    about: str = ""
    optional: bool = False
    approximate: bool = False


@dataclass(frozen=True)
class Gold:
    """The gold annotation of one report."""

    document: str
    issuer_names: tuple[str, ...]
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    indicators: tuple[GoldIndicator, ...]
    path: str = ""


@dataclass(frozen=True)
class EvalResult:
    """Scores per row of :data:`TABLE_ROWS` and every miss, in the scorer's order."""

    scores: dict[str, Counts]
    misses: tuple[Miss, ...] = ()

    def misses_by_kind(self) -> dict[str, list[str]]:
        """Miss texts grouped by kind; kinds in order of first appearance."""
        out: dict[str, list[str]] = {}
        for m in self.misses:
            out.setdefault(m.kind.value, []).append(m.text)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The same JSON structure as the shared scorer's ``score()``."""
        out: dict[str, Any] = {k: self.scores[k].to_dict() for k in TABLE_ROWS}
        out["misses"] = self.misses_by_kind()
        return out


@dataclass
class _Tally:
    """Mutable accumulator while scoring; frozen into an EvalResult at the end."""

    counts: dict[str, Counts] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def add(self, row: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.counts[row] = self.counts.get(row, Counts()) + Counts(tp, fp, fn)

    def miss(self, kind: MissKind, text: str) -> None:
        self.misses.append(Miss(kind, text))

    def result(self) -> EvalResult:
        scores = {k: self.counts.get(k, Counts()) for k in (*CLASSES, "relations", "indicators")}
        core = Counts()
        for c in CORE:
            core = core + scores[c]
        scores["core_micro"] = core
        return EvalResult(scores=scores, misses=tuple(self.misses))


# --- gold files ---------------------------------------------------------------


def load_gold(path: str | Path) -> Gold:
    """Read a gold annotation JSON file (``-``: standard input); raise InputError if it is missing or malformed."""
    p = Path(path)
    try:
        raw = json.loads(sys.stdin.read() if str(path) == "-" else p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("gold file not found", path=str(p)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", path=str(p)) from None
    try:
        return Gold(
            document=str(raw.get("document", "")),
            issuer_names=tuple(str(n) for n in raw["issuer"]["names"]),
            entities=tuple(
                GoldEntity(
                    cls=str(e["class"]), name=str(e["name"]),
                    aliases=tuple(str(a) for a in e.get("aliases", [])),
                    optional=bool(e.get("optional")),
                )
                for e in raw.get("entities", [])
            ),
            relations=tuple(
                GoldRelation(str(r["relation"]), str(r["subject"]), str(r["object"]))
                for r in raw.get("relations", [])
            ),
            indicators=tuple(
                GoldIndicator(
                    value=float(x["value"]), unit=str(x["unit"]), about=str(x.get("about", "")),
                    optional=bool(x.get("optional")), approximate=bool(x.get("approximate")),
                )
                for x in raw.get("indicators", [])
            ),
            path=str(p),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"not a gold annotation ({type(exc).__name__}: {exc})", path=str(p)) from None


# --- matching -------------------------------------------------------------------


def _names(g: Graph, node: Node) -> set[str]:
    return {norm(n) for p in (RDFS.label, SKOS.altLabel) for n in g.objects(node, p)}


def predicted_entities(g: Graph) -> dict[str, dict[str, frozenset[str]]]:
    """Class -> {node -> normalized names} for every labelled node of an entity class."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for c in CLASSES:
        nodes: dict[str, set[str]] = {}
        for node in g.subjects(RDF.type, KGR[c]):
            names = _names(g, node)
            if names:
                nodes.setdefault(str(node), set()).update(names)
        out[c] = {k: frozenset(v) for k, v in nodes.items()}
    return out


def _node_names(g: Graph) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in g.subject_objects(p):
            names.setdefault(str(s), set()).add(norm(o))
    return names


def _score_entities(pred: dict[str, dict[str, frozenset[str]]], gold: Gold, t: _Tally) -> None:
    for c in CLASSES:
        golds = [e for e in gold.entities if e.cls == c]
        gnames = [e.names for e in golds]
        matched = [False] * len(golds)
        for _node, names in sorted(pred[c].items()):
            hits = [i for i, gn in enumerate(gnames) if names & gn]
            if not hits:
                t.add(c, fp=1)
                t.miss(MissKind.FALSE_POSITIVE, f"{c}: {min(names)}")
                continue
            free = [i for i in hits if not matched[i]]
            if not free:  # a second node for an entity already found
                if any(not golds[i].optional for i in hits):
                    t.add(c, fp=1)
                    t.miss(MissKind.DUPLICATE, f"{c}: {min(names)}")
                continue
            matched[free[0]] = True
            if not golds[free[0]].optional:
                t.add(c, tp=1)
        for e, found in zip(golds, matched):
            if not found and not e.optional:
                t.add(c, fn=1)
                t.miss(MissKind.MISSED, f"{c}: {e.name}")


def _gold_name_sets(gold: Gold) -> dict[str, frozenset[str]]:
    sets = {ISSUER: frozenset(map(norm, gold.issuer_names))}
    for e in gold.entities:
        sets[e.name] = e.names
    return sets


def _score_relations(g: Graph, gold: Gold, pred: dict[str, dict[str, frozenset[str]]], t: _Tally) -> None:
    names = _node_names(g)
    places = set(pred[EntityClass.PLACE.value])
    optional: set[str] = set()
    for e in gold.entities:
        if e.optional:
            optional |= e.names
    sets = _gold_name_sets(gold)
    golds = [
        (r.relation, sets.get(r.subject, frozenset({norm(r.subject)})),
         sets.get(r.object, frozenset({norm(r.object)})))
        for r in gold.relations
    ]
    matched = [False] * len(golds)
    for rel in RELATIONS:
        for s, _p, o in g.triples((None, KGR[rel], None)):
            sn, on = names.get(str(s), set()), names.get(str(o), set())
            hit: int | None = None
            for i, (grel, gs, go) in enumerate(golds):
                if grel != rel:
                    continue
                if (sn & gs and on & go) or (rel in SYMMETRIC and sn & go and on & gs):
                    if not matched[i]:
                        hit = i
                        break
                    hit = -1
            if hit is not None and hit >= 0:
                matched[hit] = True
                t.add("relations", tp=1)
            elif hit == -1:
                continue  # the same fact stated twice
            elif (sn | on) & optional:
                continue
            elif rel == RelationKind.LOCATED_IN.value and str(s) in places and str(o) in places:
                continue  # administrative hierarchy from a gazetteer
            else:
                t.add("relations", fp=1)
                t.miss(MissKind.FALSE_RELATION, f"{rel}: {min(sn, default='?')} -> {min(on, default='?')}")
    for r, found in zip(gold.relations, matched):
        if not found:
            t.add("relations", fn=1)
            t.miss(MissKind.MISSED_RELATION, f"{r.relation}: {r.subject} -> {r.object}")


def _as_float(v: Node) -> float:
    try:
        return float(str(v))  # the lexical form: an rdflib term is a str
    except (TypeError, ValueError):
        return math.nan


def _score_indicators(g: Graph, gold: Gold, t: _Tally) -> None:
    pred: list[tuple[float, str]] = []
    for row in g.query(_INDICATOR_QUERY):
        assert isinstance(row, ResultRow)  # a SELECT answer iterates as rows
        pred.append((_as_float(row[1]), norm(row[2])))
    golds = gold.indicators
    matched = [False] * len(golds)
    for v, u in sorted(pred):
        hit = next(
            (i for i, x in enumerate(golds)
             if not matched[i] and norm(x.unit) == u and abs(x.value - v) <= 1e-6 * max(1.0, abs(v))),
            None,
        )
        if hit is None:
            t.add("indicators", fp=1)
            t.miss(MissKind.FALSE_INDICATOR, f"{v:g} {u}")
        else:
            matched[hit] = True
            if not golds[hit].optional:
                t.add("indicators", tp=1)
    for x, found in zip(golds, matched):
        if not found and not x.optional:
            t.add("indicators", fn=1)
            t.miss(MissKind.MISSED_INDICATOR, f"{x.value:g} {x.unit} ({x.about})")


# --- entry points ---------------------------------------------------------------


def report_subgraph(graph: Graph, source_file: str) -> Graph:
    """The part of a many-report graph that was built from ``source_file``.

    Keeps the entities and indicators mentioned in that report's sentences, the
    relations whose reified statement comes from one of them, and unreified
    relations (gazetteer hierarchy) between two kept entities.
    """
    reports = set(graph.subjects(KGR.sourceFile, None))
    reports = {r for r in reports if any(str(f) == source_file for f in graph.objects(r, KGR.sourceFile))}
    if not reports:
        raise InputError(f"the graph holds no report built from {source_file}")
    sentences = {s for r in reports for s in graph.subjects(KGR.inReport, r)
                 if (s, RDF.type, KGR.Sentence) in graph}
    keep_nodes: set[Node] = set()
    for s in sentences:
        keep_nodes.update(graph.subjects(KGR.mentionedIn, s))
    keep_nodes.update(x for r in reports for x in graph.subjects(KGR.inReport, r)
                      if (x, RDF.type, KGR.Indicator) in graph)
    sub = Graph()
    for node in keep_nodes:
        for p, o in graph.predicate_objects(node):
            if p not in {KGR[r] for r in RELATIONS}:
                sub.add((node, p, o))
    reified: set[tuple[Node | None, Node | None, Node | None]] = set()  # None: a statement missing a part
    for st in graph.subjects(RDF.type, RDF.Statement):
        if any(src in sentences for src in graph.objects(st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))):
            reified.add((graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)))
    all_reified = {
        (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        for st in graph.subjects(RDF.type, RDF.Statement)
    }
    for rel in RELATIONS:
        for triple in graph.triples((None, KGR[rel], None)):
            s, _p, o = triple
            if triple in reified or (triple not in all_reified and s in keep_nodes and o in keep_nodes):
                sub.add(triple)
    return sub


def _pairs(graph: Graph | Sequence[Graph], golds: Sequence[Gold]) -> list[tuple[Graph, Gold]]:
    if isinstance(graph, Graph):
        if len(golds) == 1:
            return [(graph, golds[0])]
        return [(report_subgraph(graph, g.document), g) for g in golds]
    graphs = list(graph)
    if len(graphs) != len(golds):
        raise KgreportError(f"{len(graphs)} graphs for {len(golds)} gold files")
    return list(zip(graphs, golds))


def evaluate(
    graph: Graph | Sequence[Graph],
    gold_paths: Sequence[str | Path | Gold] | str | Path,
) -> EvalResult:
    """Score per-report graphs against their gold files, micro-averaged over reports.

    ``graph`` is one graph per gold file, in order, or a single graph: scored whole
    against a single gold file, or split per report (by ``kgr:sourceFile`` ==
    the gold's ``document``) for several.
    """
    if isinstance(gold_paths, (str, Path)):
        gold_paths = [gold_paths]
    golds = [g if isinstance(g, Gold) else load_gold(g) for g in gold_paths]
    tally = _Tally()
    for g, gold in _pairs(graph, golds):
        pred = predicted_entities(g)
        _score_entities(pred, gold, tally)
        _score_relations(g, gold, pred, tally)
        _score_indicators(g, gold, tally)
    return tally.result()


_DATASET_FORMATS = {".trig": "trig", ".nq": "nquads", ".trix": "trix"}


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file (any rdflib format; quads are merged into one graph)."""
    p = Path(path)
    if not p.is_file():
        raise GraphNotFoundError("graph file not found", path=str(p))
    try:
        fmt = _DATASET_FORMATS.get(p.suffix.lower())
        if fmt:
            ds = Dataset()
            ds.parse(p, format=fmt)
            g = Graph()
            for s, pr, o, _ctx in ds.quads((None, None, None, None)):
                g.add((s, pr, o))
            return g
        return Graph().parse(p)
    except Exception as exc:  # rdflib raises many unrelated types for bad input
        raise InputError(f"cannot parse graph: {exc}", path=str(p)) from None


def find_report(gold: Gold) -> Path:
    """The report text a gold file annotates: in the bundled reports, or next to the gold file."""
    if not gold.document:
        raise InputError("gold file names no document", path=gold.path)
    name = Path(gold.document).name
    candidates = [bundled_reports_dir() / name]
    if gold.path:
        candidates.insert(0, Path(gold.path).parent / name)
    for c in candidates:
        if c.is_file():
            return c
    raise InputError(f"report {name} not found in {', '.join(str(c.parent) for c in candidates)}", path=gold.path)


def _build(paths: Iterable[Path]) -> Graph:
    try:
        from kgreport.build.runner import build_graph
    except ImportError as exc:
        raise KgreportError(f"the build pipeline is not available ({exc})") from None
    return build_graph(list(paths))


def evaluate_files(gold_paths: Sequence[str | Path], graph_path: str | Path | None = None) -> EvalResult:
    """Score ``graph_path`` (or, without it, a fresh build of each gold's report) against gold files."""
    golds = [load_gold(p) for p in gold_paths]
    if not golds:
        raise InputError("no gold file given")
    if graph_path is not None:
        if Path(graph_path).is_dir():  # a build folder, as ``kgreport query --out`` takes it
            from kgreport.query.engine import resolve_graph_path

            graph_path = resolve_graph_path(Path(graph_path))
        return evaluate(load_graph(graph_path), golds)
    return evaluate([_build([find_report(g)]) for g in golds], golds)


def format_table(result: EvalResult, max_misses: int = 60, *, misses: bool = True) -> str:
    """The score table and (unless ``misses`` is false) the misses, as the shared scorer prints them."""
    lines = [f"{'':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k in TABLE_ROWS:
        m = result.scores[k].to_dict()  # rounded first, as the shared scorer prints
        lines.append(
            f"{k:14} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['tp']:4} {m['fp']:4} {m['fn']:4}"
        )
    for kind, items in result.misses_by_kind().items() if misses else ():
        shown = items if max_misses <= 0 else items[:max_misses]
        more = f"; … {len(items) - len(shown)} more" if len(shown) < len(items) else ""
        lines.append(f"\n{kind} ({len(items)}): " + "; ".join(shown) + more)
    return "\n".join(lines)
