"""``kgreport push``: load the graph into a remote store, one named graph per report.

Uses the SPARQL 1.1 Graph Store HTTP Protocol: each report's triples are sent
with ``PUT <URL>?graph=<report IRI>``, which replaces what that graph held
before, so pushing a rebuilt report never leaves stale triples behind and
other reports' graphs are untouched.

A build with graph.trig is pushed from it as it is: its named graphs are read
one at a time with pyoxigraph and each is sent exactly as graph.trig holds
it, so memory stays bounded by the largest report and two halves of a corpus
built apart push exactly the quads of one build of the whole. The next
report is parsed while the store loads the previous one. A folder with only
graph.ttl is split by :func:`partition_by_report`.

``bulk=True`` is for an Oxigraph server, whose transactional PUTs cost a
disk-backed (RocksDB) server most of a corpus push: each graph is still
emptied first (``DELETE``, so the push replaces as before), then the quads of
consecutive graphs, up to :data:`BULK_QUADS`, go as N-Quads in one
``POST <URL>?no_transaction``, which Oxigraph loads with its bulk loader (no
transaction: a load cut off half-way leaves part of its quads until the
graphs are pushed again).
"""

from __future__ import annotations

import base64
import mmap
import re
import socket
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from kgreport.errors import GraphNotFoundError, InputError, PartialPushError, StoreError
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
    """What a push did: triples per named graph replaced, graphs that failed (and why) or were skipped."""

    url: str
    graphs: tuple[tuple[str, int], ...]  # replaced: (graph IRI, triples)
    seconds: float
    failed: tuple[tuple[str, str], ...] = ()  # (graph IRI, last error)
    skipped: tuple[str, ...] = ()  # not tried: the store stopped answering or refused the credentials

    def describe(self) -> str:
        """Human-readable lines for the CLI."""
        total = sum(n for _, n in self.graphs)
        lines = [f"pushed {total} triples in {len(self.graphs)} named graphs to {self.url} "
                 f"({self.seconds:.1f} s)"]
        shown = self.graphs[:_LISTED]
        lines.extend(f"  {iri}  {n} triples" for iri, n in shown)
        if len(self.graphs) > len(shown):
            lines.append(f"  ... and {len(self.graphs) - len(shown)} more graphs")
        if self.failed:
            lines.append(f"failed {len(self.failed)} named graphs (their previous version is left in the store):")
            lines.extend(f"  {iri}  {why}" for iri, why in self.failed[:_LISTED])
            if len(self.failed) > _LISTED:
                lines.append(f"  ... and {len(self.failed) - _LISTED} more graphs")
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} named graphs (not sent):")
            lines.extend(f"  {iri}" for iri in self.skipped[:_LISTED])
            if len(self.skipped) > _LISTED:
                lines.append(f"  ... and {len(self.skipped) - _LISTED} more graphs")
        return "\n".join(lines)


def _document_reports(graph: Graph, reports: set[URIRef]) -> dict[Node, URIRef]:
    """Report of each document node: the report, its sections, sentences, indicators, statements."""
    owner: dict[Node, URIRef] = {r: r for r in reports}
    for node, report in graph.subject_objects(KGR.inReport):
        if isinstance(report, URIRef) and report in reports:
            owner[node] = report
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
    stated: dict[tuple[Node, Node, Node], set[URIRef]] = defaultdict(set)
    involved: dict[Node, set[URIRef]] = defaultdict(set)
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
        for subject, entity in graph.subject_objects(link):
            if isinstance(subject, URIRef) and subject in reports:
                involved[entity].add(subject)

    # Unstated relations carry their subject's reports over to their objects (one step).
    extra: dict[Node, set[URIRef]] = defaultdict(set)
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
    assigned: set[tuple[Node, Node, Node]] = set()
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
            loaded = load_rdflib(path, derived=False)
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
    data: bytes,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 120.0,
    method: str = "PUT",
) -> None:
    """Replace the named graph ``graph_iri`` at ``endpoint`` with the N-Triples ``data`` (HTTP PUT).

    ``method="POST"`` adds them to what the graph holds instead.
    """
    _send(Request(graph_url(endpoint, graph_iri), data=data, method=method), "application/n-triples",
          endpoint, graph_iri, user=user, password=password, timeout=timeout)


#: Query parameter of Oxigraph server's ``/store`` that loads a POSTed dataset with its bulk loader.
OXIGRAPH_BULK_PARAMETER = "no_transaction"


def bulk_load(
    endpoint: str,
    data: bytes,
    emptied: list[str],
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 120.0,
) -> None:
    """Load the N-Quads ``data`` into an Oxigraph server with its bulk loader, after emptying the graphs ``emptied``.

    Each graph of ``emptied`` is first emptied (``DELETE``; a graph the store
    does not hold yet is no error), so the push replaces as a PUT does.
    """
    for graph_iri in emptied:
        try:
            _send(Request(graph_url(endpoint, graph_iri), method="DELETE"), None, endpoint, graph_iri,
                  user=user, password=password, timeout=timeout)
        except _PutError as exc:
            if exc.status != 404:
                raise
    sep = "&" if "?" in endpoint else "?"
    names = f"{emptied[0]}…" if emptied else "a later block"
    _send(Request(f"{endpoint}{sep}{OXIGRAPH_BULK_PARAMETER}", data=data, method="POST"), "application/n-quads",
          endpoint, names, user=user, password=password, timeout=timeout)


#: Quads sent in one bulk POST: the bulk loader's cost is per request (384 reports one by one: 48 s of
#: server CPU against 2.3 M quads), so reports go together up to this many.
BULK_QUADS = 250_000


def _batches(parts: Iterator[GraphPart], limit: int = BULK_QUADS) -> Iterator[list[GraphPart]]:
    """Consecutive parts, together up to ``limit`` quads (a larger part alone)."""
    batch: list[GraphPart] = []
    size = 0
    for part in parts:
        if batch and size + part.triples > limit:
            yield batch
            batch, size = [], 0
        batch.append(part)
        size += part.triples
    if batch:
        yield batch


def _send(
    request: Request, content_type: str | None, endpoint: str, graph_iri: str, *,
    user: str | None, password: str | None, timeout: float,
) -> None:
    """Send one request about ``graph_iri``; failures as :class:`_PutError` (see its kinds)."""
    if content_type is not None:
        request.add_header("Content-Type", content_type)
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own URL
            response.read()
    except HTTPError as exc:
        detail = " ".join(exc.read(300).decode("utf-8", "replace").split())
        hint = " (check --user/--password)" if exc.code in (401, 403) else ""
        raise _PutError(
            f"{endpoint}: HTTP {exc.code} {exc.reason} for graph <{graph_iri}>{hint}" + (f": {detail}" if detail else ""),
            transient=exc.code >= 500 or exc.code == 429, fatal=exc.code in (401, 403), status=exc.code,
        ) from None
    except TimeoutError as exc:
        raise _PutError(f"{endpoint}: no answer within {timeout:g} s (--timeout) for graph <{graph_iri}>",
                        transient=True, timed_out=True) from exc
    except URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise _PutError(f"{endpoint}: no answer within {timeout:g} s (--timeout) for graph <{graph_iri}>",
                            transient=True, timed_out=True) from None
        raise _PutError(f"cannot reach {endpoint}: {exc.reason}", fatal=True) from None
    except OSError as exc:
        raise _PutError(f"cannot reach {endpoint}: {exc}", transient=True) from None


class _PutError(StoreError):
    """One failed PUT: ``transient`` ones (5xx, 429, time-outs, resets) are retried, ``fatal`` ones end the push."""

    def __init__(
        self, message: str, *, transient: bool = False, fatal: bool = False, timed_out: bool = False,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.transient = transient
        self.fatal = fatal
        self.timed_out = timed_out


def _put_with_retries(
    endpoint: str, unit: list[GraphPart], *, user: str | None, password: str | None, timeout: float,
    retries: int, backoff: float, bulk: bool = False,
) -> None:
    """:func:`put_graph` of the one part of ``unit`` (or :func:`bulk_load` of all of them), tried again after
    ``backoff``, 2×``backoff``, … seconds on a transient failure."""
    for attempt in range(retries + 1):
        try:
            if bulk:
                emptied = list(dict.fromkeys(p.iri for p in unit if p.method == "PUT"))
                bulk_load(endpoint, b"".join(p.data for p in unit), emptied, user=user, password=password,
                          timeout=timeout)
            else:
                (part,) = unit
                put_graph(endpoint, part.iri, part.data, user=user, password=password, timeout=timeout,
                          method=part.method)
            return
        except _PutError as exc:
            if not exc.transient or attempt == retries:
                raise
        time.sleep(backoff * 2**attempt)


@dataclass(frozen=True)
class GraphPart:
    """One named graph to send: its IRI, its triples as N-Triples (N-Quads in its graph for a bulk push), how many, and the HTTP method."""

    iri: str
    data: bytes
    triples: int
    method: str = "PUT"  # POST for a later block of a graph already sent (adds to it)


# The line that opens a named graph in TriG as kgreport writes it, e.g. "<https://w3id.org/kgreport/id/report/kaihua-2023> {"
_TRIG_GRAPH_LINE = re.compile(rb"^<([^<>\s]*)> \{$", re.M)


def trig_graph_names(trig: Path) -> list[str]:
    """Names of the named graphs of ``trig`` in file order, found by their opening lines (no parsing)."""
    with open(trig, "rb") as fh:
        if fh.seek(0, 2) == 0:
            return []
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return [m.group(1).decode("utf-8") for m in _TRIG_GRAPH_LINE.finditer(data)]


def _ntriples(quads: list[ox.Quad]) -> bytes:
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # serialize without an output returns the bytes
    return data


def _nquads(quads: list[ox.Quad], graph: str) -> bytes:
    name = ox.NamedNode(graph)
    data = ox.serialize((ox.Quad(q.subject, q.predicate, q.object, name) for q in quads), format=ox.RdfFormat.N_QUADS)
    assert data is not None  # serialize without an output returns the bytes
    return data


def trig_parts(trig: Path, nquads: bool = False) -> Iterator[GraphPart]:
    """The named graphs of ``trig`` one at a time, exactly as the file holds them (parsed by pyoxigraph).

    A graph whose triples come in several blocks is sent as a PUT of the first
    and POSTs of the others; triples outside any graph go to :data:`SHARED_GRAPH`.
    ``nquads``: each part's data as N-Quads in its graph (for a bulk push).
    """
    sent: set[str] = set()
    current: str | None = None
    quads: list[ox.Quad] = []

    def part() -> GraphPart:
        assert current is not None
        method = "POST" if current in sent else "PUT"
        sent.add(current)
        data = _nquads(quads, current) if nquads else _ntriples(quads)
        return GraphPart(current, data, len(quads), method)

    try:
        for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
            g = q.graph_name
            name = g.value if isinstance(g, ox.NamedNode) else str(SHARED_GRAPH)
            if name != current:
                if quads:
                    yield part()
                current, quads = name, []
            quads.append(q)
    except SyntaxError as exc:
        raise InputError(f"not a valid RDF file: {' '.join(str(exc).split())}", path=str(trig)) from None
    if quads:
        yield part()


def ttl_parts(graph: Graph, nquads: bool = False) -> Iterator[GraphPart]:
    """The report graphs of a merged graph (graph.ttl alone), split by :func:`partition_by_report`."""
    parts = partition_by_report(graph)
    leftover = unassigned_triples(graph, parts)
    todo: list[tuple[str, Graph]] = [(str(iri), part) for iri, part in parts.items()]
    if len(leftover):
        todo.append((str(SHARED_GRAPH), leftover))
    for iri, part in todo:
        data = part.serialize(format="nt", encoding="utf-8")
        if nquads:
            data = _nquads(list(ox.parse(input=data, format=ox.RdfFormat.N_TRIPLES)), iri)
        yield GraphPart(iri, data, len(part))


def build_parts(out_dir: Path, nquads: bool = False) -> tuple[list[str], Iterator[GraphPart]]:
    """The graph names a push of ``out_dir`` will send, in order, and the graphs themselves (lazily)."""
    out_dir = Path(out_dir)
    trig = out_dir / "graph.trig"
    if trig.is_file():
        names = list(dict.fromkeys(trig_graph_names(trig)))
        return names, trig_parts(trig, nquads)
    graph = load_build_graph(out_dir)
    parts = list(ttl_parts(graph, nquads))
    return [p.iri for p in parts], iter(parts)


def push(
    url: str,
    out_dir: Path,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 30.0,
    retries: int = 2,
    backoff: float = 1.0,
    progress: Callable[[int, int], None] | None = None,
    bulk: bool = False,
) -> PushSummary:
    """PUT each report's graph of ``out_dir`` to the Graph Store endpoint ``url``.

    From graph.trig when the build has one (each named graph exactly as there, see the module
    docstring), else from graph.ttl split by :func:`partition_by_report`, where triples that
    belong to no report go to :data:`SHARED_GRAPH`, replaced the same way. ``progress`` is
    called with (graphs done, graphs in all) after each graph.
    Each PUT waits at most ``timeout`` seconds for an answer; a 5xx answer, a 429, a time-out or a
    reset connection is tried again ``retries`` times, ``backoff``, 2×``backoff``, … seconds apart.
    A graph that still fails is listed and the next one is sent, except that a store that does not
    answer in time, cannot be reached or refuses the credentials ends the push (the rest skipped).
    Raises ``StoreError`` (exit 8) when no graph was replaced, ``PartialPushError`` (exit 14, with
    the summary) when some were and others failed or were skipped.
    ``bulk``: the store is an Oxigraph server, loaded with its bulk loader (see the module docstring).
    """
    if not url.startswith(("http://", "https://")):
        raise StoreError(f"not an http(s) URL: {url}")
    started = time.perf_counter()
    names, parts = build_parts(out_dir, nquads=bulk)
    triples: dict[str, int] = {}  # graphs replaced (a graph in several blocks: all of them sent)
    failed: dict[str, str] = {}
    first: _PutError | None = None

    def settle(unit: list[GraphPart], future: Future[None]) -> bool:
        """Record how one send ended; False when the push must stop."""
        nonlocal first
        try:
            future.result()
        except _PutError as exc:
            first = first or exc
            for part in unit:
                failed.setdefault(part.iri, str(exc))
                triples.pop(part.iri, None)
            return not (exc.fatal or exc.timed_out)
        for part in unit:
            if part.iri not in failed:
                triples[part.iri] = triples.get(part.iri, 0) + part.triples
        if progress is not None:
            progress(len(triples) + len(failed), max(len(names), len(triples) + len(failed)))
        return True

    tried: set[str] = set()
    going = True
    # The next report is parsed and serialized while the store loads the previous one.
    units = _batches(parts) if bulk else ([part] for part in parts)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgreport-push") as sender:
        pending: tuple[list[GraphPart], Future[None]] | None = None
        for unit in units:
            if pending is not None:
                going = settle(*pending)
                pending = None
                if not going:
                    break
            tried.update(part.iri for part in unit)
            future = sender.submit(_put_with_retries, url, unit, user=user, password=password, timeout=timeout,
                                   retries=retries, backoff=backoff, bulk=bulk)
            pending = (unit, future)
        if pending is not None:
            going = settle(*pending)
    if progress is not None and not going:
        progress(len(triples) + len(failed), len(names))
    skipped = () if going else tuple(name for name in names if name not in tried)
    sent = [(iri, n) for iri, n in triples.items()]
    failed_list = list(failed.items())
    summary = PushSummary(url, tuple(sent), time.perf_counter() - started, tuple(failed_list), skipped)
    if first is None:
        return summary
    if not sent:
        raise StoreError(str(first) + (f" ({len(skipped)} more graphs not sent)" if skipped else ""))
    raise PartialPushError(
        f"{len(sent)} of {len(names)} named graphs replaced, {len(failed)} failed, {len(skipped)} skipped; first failure: {first}",
        summary=summary,
    )
