"""``kgreport push``: load the graph into a remote store, one named graph per report.

Uses the SPARQL 1.1 Graph Store HTTP Protocol: each report's triples are sent
with ``PUT <URL>?graph=<report IRI>``, which replaces what that graph held
before, so pushing a rebuilt report never leaves stale triples behind and
other reports' graphs are untouched.

Which triples belong to a report is decided by :func:`partition_by_report`.
"""

from __future__ import annotations

import base64
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF

from kgreport.errors import GraphNotFoundError, StoreError
from kgreport.query.engine import load_rdflib
from kgreport.graph.vocab import DATA, KGR

#: Named graph receiving triples that belong to no report (see :func:`unassigned_triples`).
SHARED_GRAPH = URIRef(str(DATA) + "graph/shared")

#: Properties linking an entity to a report-level node (issuer, region) that make it part of the report.
_REPORT_ENTITY_LINKS = (KGR.issuer, KGR.region)


#: Named graphs listed one per line in the summary; the rest are counted.
_LISTED = 20


@dataclass(frozen=True)
class PushSummary:
    """What a push sent: triples per named graph, and where."""

    url: str
    graphs: tuple[tuple[str, int], ...]
    seconds: float

    def describe(self) -> str:
        """Human-readable lines for the CLI."""
        total = sum(n for _, n in self.graphs)
        lines = [f"pushed {total} triples in {len(self.graphs)} named graphs to {self.url} "
                 f"({self.seconds:.1f} s)"]
        shown = self.graphs[:_LISTED]
        lines.extend(f"  {iri}  {n} triples" for iri, n in shown)
        if len(self.graphs) > len(shown):
            lines.append(f"  ... and {len(self.graphs) - len(shown)} more graphs")
        return "\n".join(lines)


def _document_reports(graph: Graph, reports: set[URIRef]) -> dict[object, URIRef]:
    """Report of each document node: the report, its sections, sentences, indicators, statements."""
    owner: dict[object, URIRef] = {r: r for r in reports}
    for node, report in graph.subject_objects(KGR.inReport):
        if report in reports:
            owner[node] = report  # type: ignore[assignment]
    for st in graph.subjects(RDF.type, RDF.Statement):
        for source in graph.objects(st, PROV.wasDerivedFrom):
            if source in owner:
                owner[st] = owner[source]
                break
    # Nodes minted under a report's IRI (…/report/{slug}/…) belong to it even without links.
    prefixes = sorted(((str(r) + "/", r) for r in reports), key=lambda x: -len(x[0]))
    for node in set(graph.subjects()):
        if node not in owner and isinstance(node, URIRef):
            for prefix, report in prefixes:
                if str(node).startswith(prefix):
                    owner[node] = report
                    break
    return owner


def partition_by_report(graph: Graph) -> dict[URIRef, Graph]:
    """Split ``graph`` into one graph per ``kgr:Report``, keyed by the report IRI.

    A report's graph holds:

    * every triple whose subject is a node of the report: the report node, its
      sections, sentences and indicators (``kgr:inReport``), and its reified
      statements (``prov:wasDerivedFrom`` one of its sentences, or minted under
      the report's IRI);
    * ``entity kgr:mentionedIn sentence`` for its sentences;
    * each relation triple ``s p o`` that one of its statements reifies;
    * the descriptive triples (type, labels, codes, ...) of every entity the
      report involves: mentioned in it, its issuer or region, a side of one of
      its statements; plus an entity's relation triples that no statement
      reifies (e.g. a gazetteer's ``locatedIn``) and the description of their
      objects;
    * blank-node descriptions hanging off any triple above.

    An entity shared by two reports has its description in both graphs, so
    the union of the graphs is the input graph (less :func:`unassigned_triples`).
    """
    reports = {r for r in graph.subjects(RDF.type, KGR.Report) if isinstance(r, URIRef)}
    owner = _document_reports(graph, reports)
    parts: dict[URIRef, Graph] = {r: Graph() for r in sorted(reports)}

    # Relation triples stated by statements, and which entities each report involves.
    stated: dict[tuple, set[URIRef]] = defaultdict(set)
    involved: dict[object, set[URIRef]] = defaultdict(set)
    for st, report in owner.items():
        if (st, RDF.type, RDF.Statement) not in graph:
            continue
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        if s is None or p is None or o is None:
            continue
        stated[(s, p, o)].add(report)
        involved[s].add(report)
        involved[o].add(report)
    for entity, sentence in graph.subject_objects(KGR.mentionedIn):
        if sentence in owner:
            involved[entity].add(owner[sentence])
    for link in _REPORT_ENTITY_LINKS:
        for report, entity in graph.subject_objects(link):
            if report in reports:
                involved[entity].add(report)  # type: ignore[arg-type]

    # Unstated relations carry their subject's reports over to their objects (one step).
    extra: dict[object, set[URIRef]] = defaultdict(set)
    for s, p, o in graph:
        if s in owner or p == KGR.mentionedIn or (s, p, o) in stated or not isinstance(o, URIRef):
            continue
        if o in involved or o in owner or p == RDF.type:
            continue
        if involved.get(s) and (o, None, None) in graph:
            extra[o] |= involved[s]
    for node, rs in extra.items():
        involved[node] |= rs

    bnode_targets: dict[BNode, set[URIRef]] = defaultdict(set)
    for s, p, o in graph:
        if isinstance(s, BNode):
            continue  # placed with the triple that references it, below
        if s in owner:
            targets = {owner[s]}
        elif p == KGR.mentionedIn:
            targets = {owner[o]} if o in owner else set()
        elif (s, p, o) in stated:
            targets = stated[(s, p, o)]
        else:
            targets = involved.get(s, set())
        for r in targets:
            parts[r].add((s, p, o))
        if isinstance(o, BNode):
            bnode_targets[o] |= targets
    # Blank-node closures, following chains of blank nodes.
    queue = list(bnode_targets)
    while queue:
        b = queue.pop()
        for _, p, o in graph.triples((b, None, None)):
            for r in bnode_targets[b]:
                parts[r].add((b, p, o))
            if isinstance(o, BNode) and not bnode_targets[b] <= bnode_targets[o]:
                bnode_targets[o] |= bnode_targets[b]
                queue.append(o)
    return parts


def unassigned_triples(graph: Graph, parts: dict[URIRef, Graph]) -> Graph:
    """Triples of ``graph`` that :func:`partition_by_report` put in no report's graph."""
    assigned = set()
    for part in parts.values():
        assigned.update(part)
    leftover = Graph()
    for triple in graph:
        if triple not in assigned:
            leftover.add(triple)
    return leftover


def load_build_graph(out_dir: Path) -> Graph:
    """The graph of a build folder (``graph.trig`` when present, else ``graph.ttl``) as one Graph."""
    out_dir = Path(out_dir)
    for name in ("graph.trig", "graph.ttl"):
        path = out_dir / name
        if path.is_file():
            loaded = load_rdflib(path)
            if isinstance(loaded, Dataset):
                merged = Graph()
                for s, p, o, _ in loaded.quads((None, None, None, None)):
                    merged.add((s, p, o))
                return merged
            return loaded
    raise GraphNotFoundError("no graph.ttl here; run `kgreport build` first", path=str(out_dir))


def graph_url(endpoint: str, graph_iri: str) -> str:
    """The Graph Store Protocol URL of one named graph: ``endpoint?graph=<iri>``."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={quote(graph_iri, safe='')}"


def put_graph(
    endpoint: str,
    graph_iri: str,
    graph: Graph,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 120.0,
) -> None:
    """Replace the named graph ``graph_iri`` at ``endpoint`` with ``graph`` (HTTP PUT, N-Triples)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    request = Request(graph_url(endpoint, graph_iri), data=data, method="PUT")
    request.add_header("Content-Type", "application/n-triples")
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own URL
            response.read()
    except HTTPError as exc:
        detail = " ".join(exc.read(300).decode("utf-8", "replace").split())
        hint = " (check --user/--password)" if exc.code in (401, 403) else ""
        raise StoreError(f"{endpoint}: HTTP {exc.code} {exc.reason} for graph <{graph_iri}>{hint}"
                         + (f": {detail}" if detail else "")) from None
    except URLError as exc:
        raise StoreError(f"cannot reach {endpoint}: {exc.reason}") from None
    except OSError as exc:
        raise StoreError(f"cannot reach {endpoint}: {exc}") from None


def push(
    url: str,
    out_dir: Path,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 120.0,
) -> PushSummary:
    """PUT each report's graph of ``out_dir`` to the Graph Store endpoint ``url``.

    Triples that belong to no report go to :data:`SHARED_GRAPH`, replaced the same way.
    """
    if not url.startswith(("http://", "https://")):
        raise StoreError(f"not an http(s) URL: {url}")
    started = time.perf_counter()
    graph = load_build_graph(out_dir)
    parts = partition_by_report(graph)
    leftover = unassigned_triples(graph, parts)
    sent = []
    for iri, part in parts.items():
        put_graph(url, str(iri), part, user=user, password=password, timeout=timeout)
        sent.append((str(iri), len(part)))
    if len(leftover):
        put_graph(url, str(SHARED_GRAPH), leftover, user=user, password=password, timeout=timeout)
        sent.append((str(SHARED_GRAPH), len(leftover)))
    return PushSummary(url, tuple(sent), time.perf_counter() - started)
