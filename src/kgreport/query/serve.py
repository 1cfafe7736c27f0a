"""``kgreport serve``: a read-only SPARQL 1.1 Protocol endpoint over a build folder.

* ``/sparql``: the SPARQL 1.1 Protocol: GET ``?query=``, POST
  ``application/x-www-form-urlencoded`` (``query=``) or POST
  ``application/sparql-query``. SELECT/ASK results as SPARQL JSON (the default),
  SPARQL XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (the default),
  N-Triples, RDF/XML or JSON-LD. The format is chosen by the Accept header, or
  by a ``format=`` (or ``output=``) parameter, which wins; 406 only when
  nothing asked for is offered. A malformed query is a 400 with the parser's
  message; updates, SERVICE and FROM are refused with 403. GET without a query
  answers the SPARQL 1.1 Service Description of the endpoint.
* ``/``: the query page (a vendored YASGUI, served from ``/static/``, no
  network); ``/prefixes.json``: the predeclared prefixes, for its editor;
  ``/graph.html``: the graph page of the build, when present.

The stdlib ``ThreadingHTTPServer`` serves each request in its own thread.
Queries run in a small pool of worker processes (:mod:`kgreport.query.worker`)
that are killed at the time limit (504) or end at their memory cap (503);
beyond ``max_concurrent`` queries in flight, or with no worker free in time,
the answer is 503 with ``Retry-After``. Every connection has a socket timeout,
so an idle or half-sent request cannot hold its thread.

CORS: ``/sparql`` answers any origin (``Access-Control-Allow-Origin: *``) and
preflights. The endpoint is read-only and the gate refuses SERVICE, so a
cross-origin page can read the graph, which is public to anything that can
reach the port anyway, but can neither change it nor reach the network.
"""

from __future__ import annotations

import ipaddress
import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import jinja2
import markupsafe
import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Namespace, URIRef

from kgreport.errors import BusyError, GraphNotFoundError, KgreportError, QueryError, QueryMemoryError, QueryTimeoutError
from kgreport.query.engine import (
    Engine,
    CheckedQuery,
    PREFIXES,
    QueryKind,
    QueryResult,
    RefusedQueryError,
    check_query,
    format_csv,
    format_json,
    format_tsv,
    list_examples,
    load_memory_store,
    query_store,
    result_graph,
    store_is_fresh,
)
from kgreport.query.worker import DEFAULT_PORT, QueryLimits, QuerySource, WorkerPool
from kgreport.graph.store import open_store

#: Largest request body accepted (a query, not a data upload).
MAX_BODY = 1 << 20
#: Seconds a connection may sit idle or half-sent before it is closed.
SOCKET_TIMEOUT = 30.0
#: Queries in flight beyond which the answer is 503.
MAX_CONCURRENT = 16
#: Query worker processes of a server.
WORKERS = 2


_CORS = {"Access-Control-Allow-Origin": "*"}
_PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Max-Age": "86400",
}
#: Request headers a preflight allows when it names none (it normally lists what it will send).
_ALLOWED_HEADERS = "Content-Type, Accept"
# A preflight's requested header names, echoed back when they are plain tokens, e.g. "content-type, x-requested-with"
_HEADER_LIST = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?:\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$")

# Media types offered (the first is the default for */*) and the format `render` writes for each.
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "application/json": "json",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "text/n3": "turtle",  # Turtle is a subset of N3
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
#: Names the ``format=`` (or ``output=``) parameter accepts, per result kind, with the media type answered.
_RESULT_NAMES = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_GRAPH_NAMES = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "n3": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "xml": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "rdf/xml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "json": "application/ld+json",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
}
#: Parameters that name a format: ``format`` (Virtuoso, Fuseki), ``output`` (Fuseki, sparqler).
_FORMAT_PARAMS = ("format", "output")
_SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Characters XML 1.0 cannot carry at all, e.g. "\x00"; the XML results write U+FFFD in their place
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Endpoint:
    """What the server answers from: a store and the build folder's files."""

    store: ox.Store
    out_dir: Path
    source: str  # "store" or the graph file loaded into memory


def open_endpoint(out_dir: Path) -> Endpoint:
    """The store of ``out_dir`` (read-only), or its graph file loaded in memory when the store is missing or stale."""
    out_dir = Path(out_dir)
    graph = next((out_dir / n for n in ("graph.trig", "graph.ttl") if (out_dir / n).is_file()), None)
    store_dir = out_dir / "store"
    if store_dir.is_dir() and (graph is None or store_is_fresh(graph)):
        return Endpoint(open_store(store_dir, read_only=True), out_dir, "store")
    if graph is not None:
        return Endpoint(load_memory_store(graph), out_dir, str(graph))
    raise GraphNotFoundError("no store/ or graph.ttl here; run `kgreport build` first", path=str(out_dir))


def _accepted(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, order kept on ties)."""
    if not header:
        return ["*/*"]
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            items.append((-q, i, fields[0].lower()))
    return [t for _, _, t in sorted(items)]


def _is_graph(kind: QueryKind) -> bool:
    return kind in (QueryKind.CONSTRUCT, QueryKind.DESCRIBE)


def offered(kind: QueryKind) -> tuple[str, ...]:
    """The media types a result of ``kind`` can be answered in."""
    return tuple(_GRAPH_TYPES if _is_graph(kind) else _RESULT_TYPES)


def negotiate(accept: str | None, kind: QueryKind) -> tuple[str, str] | None:
    """(media type, format) for a result of ``kind``, or None when nothing acceptable."""
    table = _GRAPH_TYPES if _is_graph(kind) else _RESULT_TYPES
    default = next(iter(table))
    for media in _accepted(accept):
        if media in table:
            return media, table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "text/*" and not default.startswith("text/"):
                match = next((m for m in table if m.startswith("text/")), None)
                if match:
                    return match, table[match]
                continue
            return default, table[default]
    return None


def format_parameter(values: list[str], kind: QueryKind) -> tuple[str, str] | None:
    """(media type, format) named by ``format=``/``output=`` values, the first one understood; None when none is.

    A value is a short name (``xml``, ``json``, ``csv``, ``tsv``, ``turtle``, ``nt``,
    ``rdfxml``, ``jsonld``…) or a media type; ``xml`` and ``json`` mean RDF/XML and
    JSON-LD for CONSTRUCT/DESCRIBE, as SPARQLWrapper sends them.
    """
    names = _GRAPH_NAMES if _is_graph(kind) else _RESULT_NAMES
    table = _GRAPH_TYPES if _is_graph(kind) else _RESULT_TYPES
    for value in values:
        value = value.split(";")[0].strip().lower()
        media = names.get(value, value)
        if media in table:
            return media, table[media]
    return None


def format_xml(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results XML text of a SELECT or ASK result."""

    def text(value: str) -> str:
        return escape(_NOT_XML.sub("\ufffd", value), {"\r": "&#13;"})

    def attr(value: str) -> str:
        return quoteattr(_NOT_XML.sub("\ufffd", value), {"\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})

    out = ['<?xml version="1.0" encoding="utf-8"?>\n', f'<sparql xmlns="{_SPARQL_RESULTS_NS}">\n']
    if result.kind is QueryKind.ASK:
        out.append(f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(out)
    out.append("<head>")
    out.extend(f"<variable name={attr(v)}/>" for v in result.variables)
    out.append("</head>\n<results>\n")
    for row in result.rows:
        out.append("<result>")
        for name, term in zip(result.variables, row):
            if term is None:
                continue
            if isinstance(term, URIRef):
                value = f"<uri>{text(str(term))}</uri>"
            elif isinstance(term, BNode):
                value = f"<bnode>{text(str(term))}</bnode>"
            elif term.language:
                value = f"<literal xml:lang={attr(term.language)}>{text(str(term))}</literal>"
            elif term.datatype is not None and str(term.datatype) != _XSD_STRING:
                value = f"<literal datatype={attr(str(term.datatype))}>{text(str(term))}</literal>"
            else:
                value = f"<literal>{text(str(term))}</literal>"
            out.append(f"<binding name={attr(name)}>{value}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


# A Host header fit to put in an IRI, e.g. "127.0.0.1:7383", "example.org", "[::1]:7383"
_HOST = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
_SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_FORMATS = Namespace("http://www.w3.org/ns/formats/")
#: The W3C format IRIs (http://www.w3.org/ns/formats/) of the formats served.
_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "RDF_XML", "JSON-LD")


def service_description(endpoint: str) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint`` (answered to GET without a query)."""
    graph = Graph(bind_namespaces="none")
    graph.bind("sd", _SD)
    graph.bind("format", _FORMATS)
    service, dataset, default = URIRef(endpoint + "#service"), BNode("dataset"), BNode("default")
    graph.add((service, RDF.type, _SD.Service))
    graph.add((service, _SD.endpoint, URIRef(endpoint)))
    graph.add((service, _SD.supportedLanguage, _SD.SPARQL11Query))
    # The default graph is the union of the report graphs; SERVICE is refused, so no federation.
    graph.add((service, _SD.feature, _SD.UnionDefaultGraph))
    for name in _FORMAT_IRIS:
        graph.add((service, _SD.resultFormat, _FORMATS[name]))
    graph.add((service, _SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, _SD.Dataset))
    graph.add((dataset, _SD.defaultGraph, default))
    graph.add((default, RDF.type, _SD.Graph))
    return graph


#: rdflib serializer of each graph format.
_RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}


def render(result: QueryResult, fmt: str) -> bytes:
    """The response body of ``result`` in the negotiated format."""
    if _is_graph(result.kind):
        if fmt == "rdfxml":
            # rdflib writes any character raw; XML 1.0 cannot carry some (as in the XML results)
            return _NOT_XML.sub("\ufffd", result_graph(result).serialize(format="xml")).encode("utf-8")
        return result_graph(result).serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
    if fmt == "csv":
        text = ("true" if result.boolean else "false") + "\r\n" if result.kind is QueryKind.ASK else format_csv(result)
    elif fmt == "tsv":
        text = ("true" if result.boolean else "false") + "\n" if result.kind is QueryKind.ASK else format_tsv(result)
    elif fmt == "xml":
        text = format_xml(result)
    else:
        text = format_json(result, indent=None)
    return text.encode("utf-8")


_HERE = Path(__file__).parent
_TEMPLATES = _HERE / "templates"
_STATIC = _HERE / "static"
#: Files served under /static/, by their path below it: a fixed list, so no request names another file.
STATIC_FILES: dict[str, Path] = {
    p.relative_to(_STATIC).as_posix(): p for p in sorted(_STATIC.rglob("*")) if p.is_file() and p.suffix != ".map"
}
_STATIC_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE
}
#: The query page runs only scripts and styles of this server, and talks only to it.
_PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'"
)
# A predeclared prefix used in an example query, e.g. "kgr:" in "?o a kgr:Organization"
# (not inside an IRI such as <http://x/kgr:y>, nor after another name character)
_PREFIX_USE = re.compile(r"(?<![\w:/#.<-])(" + "|".join(map(re.escape, PREFIXES)) + r"):")
# A PREFIX declaration, e.g. "PREFIX kgr: <https://w3id.org/kgreport/ontology#>"
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([\w.-]*):", re.I | re.M)
# Characters that must not appear raw in JSON placed inside <script>, e.g. "</script>"
_SCRIPT_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def with_prefixes(query: str) -> str:
    """``query`` with a PREFIX line for each predeclared prefix it uses and does not declare.

    The server accepts the query without them; an editor shows them, and so does a
    query copied from the page to another endpoint.
    """
    declared = {m.group(1) for m in _PREFIX_DECL.finditer(query)}
    used = sorted({m.group(1) for m in _PREFIX_USE.finditer(query)} - declared, key=list(PREFIXES).index)
    if not used:
        return query
    lines = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used)
    # The example's first line is its description comment: keep it on top.
    head, sep, rest = query.partition("\n")
    if head.startswith("#") and sep:
        return f"{head}\n{lines}{rest}"
    return lines + query


def _script_json(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False)
    for char, escaped in _SCRIPT_JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


@cache
def query_page(has_graph_page: bool) -> str:
    """The query page served at ``/``: YASGUI from ``/static/`` on this server, the example queries selectable."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True)
    examples = list_examples()
    payload = [{"name": e.name, "description": e.description, "query": with_prefixes(e.text)} for e in examples]
    return env.get_template("query.html.j2").render(
        graph_page=has_graph_page,
        examples=examples,
        prefixes=list(PREFIXES),
        examples_json=markupsafe.Markup(_script_json(payload)),
    )


class SparqlHandler(BaseHTTPRequestHandler):
    """Answers /sparql, / and /graph.html from the server's :class:`Endpoint`."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------ plumbing
    def setup(self) -> None:
        super().setup()
        # What StreamRequestHandler.setup does with its class-level ``timeout``, per server.
        if self.server.socket_timeout is not None:
            self.connection.settimeout(self.server.socket_timeout)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if urlsplit(self.path).path == "/sparql":
            extra = {**_CORS, **(extra or {})}
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    # ------------------------------------------------------------ routes
    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True))
        elif url.path in ("/", "/index.html"):
            page = query_page((self.server.endpoint.out_dir / "graph.html").is_file())
            self._send(200, page.encode("utf-8"), "text/html; charset=utf-8", {"Content-Security-Policy": _PAGE_CSP})
        elif url.path.startswith("/static/"):
            path = STATIC_FILES.get(url.path[len("/static/"):])
            if path is None:
                self._error(404, "no such file under /static/")
            else:
                self._send(200, path.read_bytes(), _STATIC_TYPES.get(path.suffix, _STATIC_TYPES[""]),
                           {"Cache-Control": "max-age=3600"})
        elif url.path == "/prefixes.json":
            self._send(200, json.dumps(PREFIXES).encode("utf-8"), "application/json")
        elif url.path == "/graph.html":
            path = self.server.endpoint.out_dir / "graph.html"
            if path.is_file():
                self._send(200, path.read_bytes(), "text/html; charset=utf-8")
            else:
                self._error(404, "no graph.html in this build folder")
        else:
            self._error(404, "not found; the SPARQL endpoint is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, "not found; the SPARQL endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._error(400, "bad Content-Length")
            return
        if length > MAX_BODY:
            self._error(413, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif ctype == "application/sparql-update":
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        else:
            self._error(415, "send application/sparql-query or application/x-www-form-urlencoded")
            return
        self._sparql(params)

    def do_OPTIONS(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != "/sparql":
            self._error(404, "not found; the SPARQL endpoint is /sparql")
            return
        self.send_response(204)
        for k, v in _PREFLIGHT.items():
            self.send_header(k, v)
        requested = (self.headers.get("Access-Control-Request-Headers") or "").strip()
        # Any header a page asks to send is allowed: the endpoint is public and reads no credentials.
        self.send_header("Access-Control-Allow-Headers", requested if _HEADER_LIST.match(requested) else _ALLOWED_HEADERS)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:  # noqa: N802
        self._error(405, "this endpoint is read-only")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    # ------------------------------------------------------------ SPARQL
    def _service_description(self, params: dict[str, list[str]]) -> None:
        """GET /sparql without a query: the SPARQL 1.1 Service Description of this endpoint, in an RDF format."""
        named = [v for k in _FORMAT_PARAMS for v in params.get(k, []) if v.strip()]
        kind = QueryKind.DESCRIBE
        chosen = format_parameter(named, kind) if named else negotiate(self.headers.get("Accept"), kind)
        if chosen is None:
            self._error(406, "a service description; acceptable types: " + ", ".join(offered(kind)))
            return
        media, fmt = chosen
        host = self.headers.get("Host") or ""
        if not _HOST.match(host):
            host = "{}:{}".format(*self.server.server_address[:2])
        graph = service_description(f"http://{host}/sparql")
        body = graph.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
        self._send(200, body, f"{media}; charset=utf-8", {"Vary": "Accept"})

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._error(400, "default-graph-uri and named-graph-uri are not supported: "
                        "queries run over the union of the report graphs")
            return
        queries = params.get("query", [])
        if not queries and self.command in ("GET", "HEAD"):
            self._service_description(params)
            return
        if len(queries) != 1:
            self._error(400, "give exactly one query parameter")
            return
        try:
            checked = check_query(queries[0])
        except RefusedQueryError as exc:
            self._error(403, str(exc))
            return
        except QueryError as exc:
            self._error(400, str(exc))
            return
        named = [v for k in _FORMAT_PARAMS for v in params.get(k, []) if v.strip()]
        if named:
            chosen = format_parameter(named, checked.kind)
        else:
            chosen = negotiate(self.headers.get("Accept"), checked.kind)
        if chosen is None:
            asked = "format=" + ",".join(named) if named else "Accept: " + (self.headers.get("Accept") or "")
            self._error(406, f"not offered ({asked}); acceptable types: " + ", ".join(offered(checked.kind)))
            return
        media, fmt = chosen
        if not self.server.query_slots.acquire(blocking=False):
            self._error(503, f"more than {self.server.max_concurrent} queries at once; try again shortly",
                        {"Retry-After": "1"})
            return
        try:
            result = self.server.run(checked)
        except BusyError as exc:
            self._error(503, str(exc), {"Retry-After": "1"})
            return
        except QueryTimeoutError as exc:
            self._error(504, str(exc))
            return
        except QueryMemoryError as exc:
            self._error(503, str(exc))
            return
        except QueryError as exc:
            self._error(400, str(exc))
            return
        except KgreportError as exc:
            self._error(500, str(exc))
            return
        finally:
            self.server.query_slots.release()
        try:
            body = render(result, fmt)
        except ValueError as exc:
            # RDF/XML cannot write a predicate IRI that ends in no XML name, e.g. <http://example.org/1>.
            others = ", ".join(m for m in offered(checked.kind) if _GRAPH_TYPES.get(m) != fmt)
            self._error(406, f"this result cannot be written as {media}: {exc}; acceptable types: {others}")
            return
        self._send(200, body, f"{media}; charset=utf-8", {"Vary": "Accept"})


class SparqlServer(ThreadingHTTPServer):
    """Threading HTTP server carrying the endpoint, its query workers and an optional request logger."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog; the stdlib default of 5 drops bursts

    def __init__(
        self,
        address: tuple[str, int],
        endpoint: Endpoint,
        log: Callable[[str], None] | None = None,
        *,
        pool: WorkerPool | None = None,
        max_concurrent: int = MAX_CONCURRENT,
        socket_timeout: float | None = SOCKET_TIMEOUT,
    ):
        self.endpoint = endpoint
        self.log = log
        self.pool = pool
        self.max_concurrent = max_concurrent
        self.query_slots = threading.BoundedSemaphore(max_concurrent)
        self.socket_timeout = socket_timeout
        self._running = 0
        self._running_lock = threading.Lock()
        super().__init__(address, SparqlHandler)

    @property
    def running(self) -> int:
        """Queries being answered right now (waiting for a worker or running in one)."""
        with self._running_lock:
            return self._running

    def run(self, query: CheckedQuery) -> QueryResult:
        """Answer a checked query: in a worker process when there is a pool, else in this thread."""
        with self._running_lock:
            self._running += 1
        try:
            if self.pool is None:
                return query_store(self.endpoint.store, query)
            return self.pool.run(query, wait=self.pool.limits.timeout or SOCKET_TIMEOUT)
        finally:
            with self._running_lock:
                self._running -= 1

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()


def is_loopback(host: str) -> bool:
    """True when ``host`` names only this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(
    out_dir: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    log: Callable[[str], None] | None = None,
    *,
    limits: QueryLimits | None = QueryLimits(),
    workers: int = WORKERS,
    max_concurrent: int = MAX_CONCURRENT,
    socket_timeout: float | None = SOCKET_TIMEOUT,
) -> SparqlServer:
    """A bound (not yet serving) server over ``out_dir``; port 0 picks a free port.

    With ``limits`` (the default) queries run in ``workers`` worker processes
    under those limits; ``limits=None`` runs them in the request threads.
    """
    endpoint = open_endpoint(out_dir)
    pool = None
    if limits is not None:
        if endpoint.source == "store":
            source = QuerySource(Engine.STORE, Path(out_dir) / "store")
        else:
            source = QuerySource(Engine.MEMORY, Path(endpoint.source))
        pool = WorkerPool(source, limits, workers)
    try:
        return SparqlServer(
            (host, port), endpoint, log, pool=pool, max_concurrent=max_concurrent, socket_timeout=socket_timeout
        )
    except OSError as exc:
        if pool is not None:
            pool.close()
        raise KgreportError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def serve(
    out_dir: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    announce: Callable[[str], None] | None = None,
    *,
    limits: QueryLimits | None = QueryLimits(),
    workers: int = WORKERS,
    max_concurrent: int = MAX_CONCURRENT,
) -> None:
    """Serve ``out_dir`` until interrupted (Ctrl-C)."""
    server = make_server(
        out_dir, host, port, log=announce, limits=limits, workers=workers, max_concurrent=max_concurrent
    )
    if announce is not None and not is_loopback(host):
        announce(f"Warning: listening on {host}, not only on this machine: anyone who can reach "
                 "the port can read the whole graph (there is no authentication)")
    if announce is not None:
        h, p = server.server_address[:2]
        assert isinstance(h, str)  # a bound AF_INET/AF_INET6 socket names its host as str (typeshed allows bytes)
        shown = f"[{h}]" if ":" in h else h
        announce(f"SPARQL endpoint http://{shown}:{p}/sparql over {server.endpoint.source}; "
                 f"query page http://{shown}:{p}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
