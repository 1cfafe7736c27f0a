"""SPARQL over a built graph: checking, running and printing queries.

A query first passes the gate: its line ends are normalised (Oxigraph ends a
comment at ``\r``, rdflib does not), a lexical scan refuses the keyword
``SERVICE`` in any form, and rdflib's SPARQL parser refuses updates (INSERT,
DELETE, LOAD, ...), ``SERVICE`` and ``FROM``, so a query can neither change the
graph nor read a file or reach the network. rdflib's grammar costs 0.15-0.3 s
to import, most of ``kgreport query``'s start-up, so it is imported only when
needed: for a query run in this process without limits, a SELECT, CONSTRUCT
or DESCRIBE text that Oxigraph parses as a query (an update never does) and
that names no ``FROM`` (the same lexical scan as ``SERVICE``) is known
read-only without it; anything else (ASK included), and every query of the
endpoint or with limits, goes to rdflib's parser as before. The normalised
text, exactly the one checked, then runs on one of three engines:

* ``store``: the persistent pyoxigraph store written beside the graph
  (``<graph dir>/store``), used when it is not older than the graph file;
* ``memory``: the graph file loaded into an in-memory pyoxigraph store
  (the fallback: several times faster than rdflib, see benchmarks/);
* ``rdflib``: the graph file parsed with rdflib.

Every engine's answer is turned into the same :class:`QueryResult` of rdflib
terms, with numeric literals in canonical form, so results (and everything
printed from them) are identical whichever engine ran the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import ResultRow
from rdflib.term import Node

from kgreport.errors import GraphNotFoundError, InputError, QueryError, StoreError
from kgreport.resources import data_dir
from kgreport.graph.store import DERIVED_GRAPH, derived_triples, load_rdf, open_store, reads_union
from kgreport.graph.vocab import DATA, ONTOLOGY_IRI, SCHEMA

if TYPE_CHECKING:
    from kgreport.query.limits import QueryLimits

#: Prefixes every query may use without declaring them.
PREFIXES: dict[str, str] = {
    "kgr": ONTOLOGY_IRI,
    "kgd": str(DATA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": str(SCHEMA),
}

#: Name of the store folder written beside graph.ttl.
STORE_DIRNAME = "store"

Term = URIRef | BNode | Literal


class OutputFormat(str, Enum):
    """How ``kgreport query`` prints a result."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


class QueryKind(str, Enum):
    """The four SPARQL query forms."""

    SELECT = "SELECT"
    ASK = "ASK"
    CONSTRUCT = "CONSTRUCT"
    DESCRIBE = "DESCRIBE"


class Engine(str, Enum):
    """Which engine answers a query; ``auto`` prefers a fresh store."""

    AUTO = "auto"
    STORE = "store"
    MEMORY = "memory"
    RDFLIB = "rdflib"


class RefusedQueryError(QueryError):
    """A well-formed query that kgreport will not run (update, SERVICE, FROM)."""


@dataclass(frozen=True)
class ExampleQuery:
    """A named query shipped in ``data/queries/NAME.rq``."""

    name: str
    description: str
    text: str


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the read-only gate."""

    text: str
    kind: QueryKind


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query, the same whichever engine computed it.

    SELECT fills ``variables`` and ``rows`` (``None`` for an unbound cell),
    ASK fills ``boolean``, CONSTRUCT and DESCRIBE fill ``triples``.
    """

    kind: QueryKind
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = ()


# ----------------------------------------------------------------- examples

_QUERIES_DIR = "queries"


@cache
def list_examples() -> tuple[ExampleQuery, ...]:
    """The example queries shipped with the package, sorted by name."""
    out = []
    for path in sorted((data_dir() / _QUERIES_DIR).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.split("\n", 1)[0]
        description = first[1:].strip() if first.startswith("#") else ""
        out.append(ExampleQuery(path.stem, description, text))
    return tuple(out)


def get_example(name: str) -> ExampleQuery:
    """The example query called ``name``; :class:`QueryError` if there is none."""
    for example in list_examples():
        if example.name == name:
            return example
    names = ", ".join(e.name for e in list_examples())
    raise QueryError(f"unknown example {name!r}; known examples: {names}")


# ----------------------------------------------------------------- checking

# Position in a pyoxigraph syntax error, e.g. "error at 3:11: expected one of ABS, ..."
_OX_POSITION = re.compile(r"^error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$", re.S)

_KIND_BY_NAME = {
    "SelectQuery": QueryKind.SELECT,
    "AskQuery": QueryKind.ASK,
    "ConstructQuery": QueryKind.CONSTRUCT,
    "DescribeQuery": QueryKind.DESCRIBE,
}


def _walk(node: object) -> Iterable[Any]:
    """Every CompValue in an rdflib parse tree, depth first."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, Iterable) and hasattr(item, "asList") and not isinstance(item, str):
            stack.extend(list(item))


def _syntax_error(text: str, exc: Exception) -> QueryError:
    """A one-line QueryError saying where ``text`` is malformed."""
    # pyoxigraph points at the offending token more precisely than pyparsing,
    # which reports the start of the enclosing group. Asking it means running
    # the text on an empty store, which is harmless as SERVICE was refused
    # before; the answer is not read, so nothing is evaluated beyond that.
    if not names_service(text):
        try:
            ox.Store().query(text, prefixes=PREFIXES)
        except SyntaxError as ox_exc:
            m = _OX_POSITION.match(str(ox_exc))
            if m:
                line, col, msg = m.groups()
                return QueryError(f"malformed query at line {line}, column {col}: {_one_line(msg)}")
        except Exception:  # noqa: BLE001 - fall back to rdflib's message
            pass
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    msg = _one_line(getattr(exc, "msg", str(exc)))
    if line is not None:
        return QueryError(f"malformed query at line {line}, column {col}: {msg}")
    return QueryError(f"malformed query: {msg}")


def _one_line(msg: str, limit: int = 200) -> str:
    msg = " ".join(str(msg).split())
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"


# Oxigraph ends a "#" comment at "\r" as well as "\n", rdflib only at "\n"
# (checked against pyoxigraph 0.5: U+2028, U+0085, VT and FF end nothing and
# are not whitespace there). Both therefore see the same text once every line
# end is "\n", e.g. "# x\rSERVICE <u> {}" becomes "# x\nSERVICE <u> {}".
_LINE_ENDS = re.compile(r"\r\n?")

# One lexical token of SPARQL as Oxigraph reads it, tried left to right, e.g.
# '# SERVICE' (comment), '"SERVICE"' (string), '<http://a/SERVICE>' (IRI),
# '?service' (variable), '@en' (language tag), 'ex:a\#b' or 'SERVICE' (word).
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<long>"{3}(?:(?:"|"")?(?:[^"\\]|\\.))*"{3}|'{3}(?:(?:'|'')?(?:[^'\\]|\\.))*'{3})
  | (?P<string>"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>(?:[\w\-.:%\u00B7]|\\.)+)
    """,
    re.X | re.S,
)
# A codepoint escape, which the SPARQL grammar allows anywhere, e.g. \u0053 (S)
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# A local-name escape, e.g. \# in ex:a\#b
_LOCAL_ESCAPE = re.compile(r"\\(.)", re.S)
# Letters of a bare word, e.g. "SERVICE" in ".SERVICE" or "1SERVICE"
_LETTER_RUNS = re.compile(r"[A-Za-z]+")

_SERVICE_REFUSED = "SERVICE (federated query) is refused: queries run only over the local graph"


def normalize_query(text: str) -> str:
    """``text`` with every line end as ``\\n``: the one text that is checked and run."""
    return _LINE_ENDS.sub("\n", text)


def _unescape_word(word: str) -> str:
    word = _CODEPOINT_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), word)
    return _LOCAL_ESCAPE.sub(r"\1", word)


def names_service(text: str) -> bool:
    """True when ``text`` holds the keyword SERVICE outside comments, strings and IRIs.

    A lexical check independent of any parser: a bare word (not a prefixed
    name) with SERVICE among its letter runs, in any case and after codepoint
    escapes, counts. It may refuse a strange but harmless query; it never
    lets through a SERVICE keyword that Oxigraph would read as one.
    """
    return _names_keyword(text, "service")


def _names_keyword(text: str, keyword: str) -> bool:
    """True when a bare word of ``text`` has ``keyword`` (lower case) among its letter runs (see names_service)."""
    for m in _TOKEN.finditer(text):
        word = m.group("word")
        if word is None:
            continue
        plain = _unescape_word(word)
        if ":" in word and ":" in plain:
            continue  # a prefixed name such as ex:service
        if any(run.lower() == keyword for run in _LETTER_RUNS.findall(plain)):
            return True
    return False


def _lexical_form(text: str) -> QueryKind | None:
    """The query form ``text`` opens with: the first of SELECT, ASK, CONSTRUCT, DESCRIBE among its bare words."""
    for m in _TOKEN.finditer(text):
        word = m.group("word")
        if word is not None and ":" not in word:
            kind = _FORMS.get(_unescape_word(word).upper())
            if kind is not None:
                return kind
    return None


_FORMS = {k.value: k for k in QueryKind}
#: What pyoxigraph answers for each form Oxigraph may check: an iterator that has read nothing yet.
_LAZY_ANSWERS: dict[QueryKind, type] = {
    QueryKind.SELECT: ox.QuerySolutions,
    QueryKind.CONSTRUCT: ox.QueryTriples,
    QueryKind.DESCRIBE: ox.QueryTriples,
}


def _oxigraph_kind(text: str) -> QueryKind | None:
    """The form of ``text`` when it is known read-only without rdflib, else None (rdflib's parser decides).

    Known read-only: SERVICE was refused before, no bare word is FROM, and
    Oxigraph parses the text as a SELECT, CONSTRUCT or DESCRIBE query (its
    query grammar has no update operations). Parsing means preparing the
    query on a new empty store: nothing of any graph is read, but pyoxigraph
    evaluates some of a query at once (an ASK; an ORDER BY, even over inline
    VALUES), which is why only callers that run the query in process, without
    limits, use this (``check_query(in_process=True)``). An ASK still goes to
    rdflib's parser.
    """
    expected = _lexical_form(text)
    if expected not in _LAZY_ANSWERS or _names_keyword(text, "from"):
        return None
    try:
        answer = ox.Store().query(text, prefixes=PREFIXES)
    except Exception:  # noqa: BLE001 - SyntaxError or anything else: rdflib's parser says what is wrong
        return None
    return expected if isinstance(answer, _LAZY_ANSWERS[expected]) else None


# rdflib's SPARQL grammar (pyparsing) keeps parse state in module-level objects
# and breaks when two threads parse at once (``serve`` handles each request in
# its own thread), so every use of it is serialised.
_RDFLIB_PARSER_LOCK = threading.Lock()


def check_query(text: str, *, in_process: bool = False) -> CheckedQuery:
    """Parse ``text`` and refuse anything that is not a read-only local query.

    The returned :attr:`CheckedQuery.text` is ``text`` normalised by
    :func:`normalize_query`; that text, and only that, is what the engines
    run. Raises :class:`QueryError` for malformed text (with line and column)
    and :class:`RefusedQueryError` for updates, ``SERVICE`` and ``FROM``.
    Safe to call from several threads.

    ``in_process``: the caller runs the query in this process without limits
    (``kgreport query`` without ``--timeout``, the Python API), so the check
    may prepare it on an empty Oxigraph store instead of importing rdflib's
    grammar (see :func:`_oxigraph_kind`). Preparing evaluates some queries
    (an ASK, an ORDER BY over inline data), which is no more than running them
    here would; the endpoint and limited queries, whose work must stay in a
    limited worker, never take that path.
    """
    if not text.strip():
        raise QueryError("empty query")
    text = normalize_query(text)
    if names_service(text):
        raise RefusedQueryError(_SERVICE_REFUSED)
    kind = _oxigraph_kind(text) if in_process else None
    if kind is None:
        kind = check_query_by_rdflib(text).kind
    return CheckedQuery(text, kind)


def check_query_by_rdflib(text: str) -> CheckedQuery:
    """:func:`check_query` with rdflib's parser deciding every text (the gate's slow path, always taken).

    Refuses exactly what :func:`check_query` refuses; used where a text is not
    known read-only without it, and by the tests that compare the two paths.
    """
    if not text.strip():
        raise QueryError("empty query")
    text = normalize_query(text)
    if names_service(text):
        raise RefusedQueryError(_SERVICE_REFUSED)
    with _RDFLIB_PARSER_LOCK:
        return CheckedQuery(text, _check_parsed(text))


def _check_parsed(text: str) -> QueryKind:
    """The read-only checks on rdflib's parse of ``text``; the caller holds the parser lock."""
    # Imported here: the grammar takes 0.3 s to build, and most queries never need it (see check_query).
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except Exception as exc:  # noqa: BLE001 - pyparsing raises several kinds
        try:
            parseUpdate(text)
        except Exception:  # noqa: BLE001
            raise _syntax_error(text, exc) from None
        raise RefusedQueryError(
            "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...) is refused: queries are read-only"
        ) from None
    body = parsed[1]
    for node in _walk(body):
        if node.name == "ServiceGraphPattern":
            raise RefusedQueryError(_SERVICE_REFUSED)
    if "datasetClause" in body and len(body["datasetClause"]) > 0:
        raise RefusedQueryError(
            "FROM / FROM NAMED is refused: queries run over the local graph "
            "(use GRAPH <report IRI> { ... } to look inside one report)"
        )
    kind = _KIND_BY_NAME.get(body.name)
    if kind is None:
        raise QueryError(f"unsupported query form {body.name}")
    try:
        # Resolves prefixes: an undeclared one is reported here, by name.
        translateQuery(parsed, initNs=PREFIXES)
    except Exception as exc:  # noqa: BLE001 - rdflib raises bare Exceptions
        raise QueryError(f"malformed query: {_one_line(str(exc))}") from None
    return kind


# ----------------------------------------------------------------- terms

_INTEGER_TYPES = frozenset(
    XSD[t]
    for t in (
        "integer nonPositiveInteger negativeInteger long int short byte nonNegativeInteger "
        "unsignedLong unsignedInt unsignedShort unsignedByte positiveInteger"
    ).split()
)
_XSD_STRING = XSD.string
_RDF_LANGSTRING = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def canonical_literal(lexical: str, datatype: str | None, lang: str | None) -> Literal:
    """An rdflib Literal with integers, decimals and booleans in canonical form.

    Oxigraph canonicalises these on load (``6150.0`` is stored as ``6150``)
    while rdflib keeps the lexical form, so both are brought to one form.
    """
    if lang:
        return Literal(lexical, lang=lang)
    if datatype is None or datatype in (_XSD_STRING, str(_XSD_STRING)):
        return Literal(lexical)
    dt = URIRef(datatype)
    try:
        if dt in _INTEGER_TYPES:
            lexical = str(int(lexical.strip()))
        elif dt == XSD.decimal:
            value = Decimal(lexical.strip())
            if value.is_finite():
                value = value.normalize()
                lexical = str(int(value)) if value == value.to_integral_value() else format(value, "f")
        elif dt == XSD.boolean:
            lexical = {"1": "true", "0": "false"}.get(lexical.strip(), lexical.strip())
    except (ValueError, InvalidOperation):
        pass  # an ill-typed literal keeps its lexical form
    return Literal(lexical, datatype=dt, normalize=False)


def _from_rdflib(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return canonical_literal(str(term), term.datatype, term.language)
    if isinstance(term, (URIRef, BNode)):
        return term
    raise QueryError(f"unsupported term in result: {term!r}")


def _from_ox(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return canonical_literal(term.value, term.datatype.value, term.language)
    raise QueryError(f"unsupported term in result: {term!r}")


# ----------------------------------------------------------------- engines


def store_dir_for(graph_path: Path) -> Path:
    """Where the persistent store of ``graph_path`` lives: ``<graph dir>/store``."""
    return graph_path.parent / STORE_DIRNAME


def store_is_fresh(graph_path: Path) -> bool:
    """True when ``<graph dir>/store`` exists and is not older than the graph."""
    store = store_dir_for(graph_path)
    if not store.is_dir():
        return False
    try:
        return store.stat().st_mtime >= graph_path.stat().st_mtime
    except OSError:
        return False


def _rdf_format(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower()
    return {
        ".trig": ox.RdfFormat.TRIG,
        ".nq": ox.RdfFormat.N_QUADS,
        ".nt": ox.RdfFormat.N_TRIPLES,
    }.get(suffix, ox.RdfFormat.TURTLE)


def load_memory_store(graph_path: Path) -> ox.Store:
    """The graph file (Turtle, TriG, N-Triples, N-Quads) in an in-memory store."""
    store = ox.Store()
    try:
        load_rdf(store, graph_path, _rdf_format(graph_path))
    except SyntaxError as exc:
        raise InputError(f"not a valid RDF file: {_one_line(str(exc))}", path=str(graph_path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", path=str(graph_path)) from None
    return store


class _DescribeGraph(Graph):
    """rdflib Graph whose DESCRIBE matches Oxigraph's: outgoing triples plus blank nodes."""

    def cbd(self, resource: Node, *, target_graph: Graph | None = None, include_reifications: bool = False) -> Graph:
        return super().cbd(resource, target_graph=target_graph, include_reifications=False)


class _DescribeDataset(Dataset):
    """Union Dataset with the same DESCRIBE as :class:`_DescribeGraph`."""

    def cbd(self, resource: Node, *, target_graph: Graph | None = None, include_reifications: bool = False) -> Graph:
        return super().cbd(resource, target_graph=target_graph, include_reifications=False)


def load_rdflib(graph_path: Path, *, derived: bool = True) -> Graph:
    """The graph file parsed by rdflib; quad formats become a union Dataset.

    With ``derived``, the facts a store derives (:func:`kgreport.graph.store.materialize_aggregates`)
    are added too, so every engine answers a query over the same triples.
    """
    fmt = {".trig": "trig", ".nq": "nquads", ".nt": "nt"}.get(graph_path.suffix.lower(), "turtle")
    graph: Graph = _DescribeDataset(default_union=True) if fmt in ("trig", "nquads") else _DescribeGraph()
    try:
        graph.parse(str(graph_path), format=fmt)
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", path=str(graph_path)) from None
    except Exception as exc:  # noqa: BLE001 - rdflib parsers raise many kinds
        raise InputError(f"not a valid RDF file: {_one_line(str(exc))}", path=str(graph_path)) from None
    if derived:
        into = graph.graph(URIRef(DERIVED_GRAPH.value)) if isinstance(graph, Dataset) else graph
        for q in derived_triples(load_memory_store(graph_path)):
            s, p, o = _from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object)
            assert s is not None and p is not None and o is not None  # a stored quad has all three
            into.add((s, p, o))
    return graph


def _sorted_triples(triples: Iterable[tuple]) -> tuple[tuple[Term, Term, Term], ...]:
    """Distinct triples in one order, so engines that emit them differently agree."""
    return tuple(sorted(set(triples), key=lambda t: tuple(term_n3(x) for x in t)))


def query_store(store: ox.Store, query: CheckedQuery) -> QueryResult:
    """Run a checked query on a pyoxigraph store: the union of its graphs (see :mod:`kgreport.graph.store`)."""
    try:
        answer = store.query(query.text, prefixes=PREFIXES, use_default_graph_as_union=reads_union(store))
        if query.kind is QueryKind.ASK:
            return QueryResult(QueryKind.ASK, boolean=bool(answer))
        if query.kind in (QueryKind.CONSTRUCT, QueryKind.DESCRIBE):
            assert isinstance(answer, ox.QueryTriples)  # the kind of the query fixes the kind of the answer
            triples = _sorted_triples(
                (_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in answer
            )
            return QueryResult(query.kind, triples=triples)
        assert isinstance(answer, ox.QuerySolutions)
        names = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(_from_ox(solution[name]) for name in names) for solution in answer)
        return QueryResult(QueryKind.SELECT, variables=names, rows=rows)
    except SyntaxError as exc:
        m = _OX_POSITION.match(str(exc))
        where = f" at line {m.group(1)}, column {m.group(2)}" if m else ""
        msg = m.group(3) if m else str(exc)
        raise QueryError(f"malformed query{where}: {_one_line(msg)}") from None
    except OSError as exc:
        raise StoreError(f"store query failed: {_one_line(str(exc))}") from None


def query_rdflib(graph: Graph, query: CheckedQuery) -> QueryResult:
    """Run a checked query on an rdflib graph.

    DESCRIBE answers as Oxigraph's only on graphs from :func:`load_rdflib`;
    a plain rdflib Graph adds the reified statements about the resource.
    """
    try:
        answer = graph.query(query.text, initNs=PREFIXES)
    except Exception as exc:  # noqa: BLE001 - rdflib evaluation raises bare Exceptions
        raise QueryError(f"query failed: {_one_line(str(exc))}") from None
    if query.kind is QueryKind.ASK:
        return QueryResult(QueryKind.ASK, boolean=bool(answer.askAnswer))
    if query.kind in (QueryKind.CONSTRUCT, QueryKind.DESCRIBE):
        assert answer.graph is not None  # a CONSTRUCT or DESCRIBE answer is a graph
        triples = _sorted_triples((_from_rdflib(s), _from_rdflib(p), _from_rdflib(o)) for s, p, o in answer.graph)
        return QueryResult(query.kind, triples=triples)
    names = tuple(str(v) for v in (answer.vars or ()))
    rows = []
    for row in answer:
        assert isinstance(row, ResultRow)  # a SELECT answer iterates as rows
        rows.append(tuple(_from_rdflib(row[i]) for i in range(len(names))))
    return QueryResult(QueryKind.SELECT, variables=names, rows=tuple(rows))


def open_graph_store(graph_path: Path) -> ox.Store:
    """The persistent store beside ``graph_path``, opened read-only."""
    return open_store(store_dir_for(graph_path), read_only=True)


def resolve_graph_path(graph: Path) -> Path:
    """The graph file to query: ``graph`` itself, or ``graph.ttl``/``graph.trig`` in a folder."""
    if graph.is_dir():
        for name in ("graph.trig", "graph.ttl"):
            if (graph / name).is_file():
                return graph / name
        raise GraphNotFoundError("no graph.ttl in this folder; run `kgreport build` first", path=str(graph))
    if not graph.is_file():
        raise GraphNotFoundError("graph file not found; run `kgreport build` first", path=str(graph))
    return graph


def choose_engine(graph_path: Path, engine: Engine = Engine.AUTO) -> Engine:
    """The engine ``auto`` stands for: the store when fresh, else in-memory pyoxigraph."""
    if engine is not Engine.AUTO:
        return engine
    return Engine.STORE if store_is_fresh(graph_path) else Engine.MEMORY


def run_query(
    text: str, graph: Path, engine: Engine = Engine.AUTO, limits: QueryLimits | None = None
) -> QueryResult:
    """Check ``text`` and run it over the graph at ``graph`` (file or build folder).

    With ``limits`` the query runs in a worker process that is killed at the
    time limit and capped in memory (:mod:`kgreport.query.worker`); without,
    in this process.
    """
    checked = check_query(text, in_process=limits is None)
    graph_path = resolve_graph_path(graph)
    chosen = choose_engine(graph_path, engine)
    if chosen is Engine.STORE and not store_dir_for(graph_path).is_dir():
        raise GraphNotFoundError("no store beside the graph", path=str(store_dir_for(graph_path)))
    if limits is not None:
        from kgreport.query.worker import QuerySource, run_limited

        source_path = store_dir_for(graph_path) if chosen is Engine.STORE else graph_path
        return run_limited(QuerySource(chosen, source_path), checked, limits)
    if chosen is Engine.STORE:
        return query_store(open_graph_store(graph_path), checked)
    if chosen is Engine.MEMORY:
        return query_store(load_memory_store(graph_path), checked)
    return query_rdflib(load_rdflib(graph_path), checked)


# ----------------------------------------------------------------- output

_XSD_NS = str(XSD)


def short_iri(iri: str) -> str:
    """``iri`` as prefix:local when a predeclared prefix matches, for display."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


# A local name written as is after a prefix: PN_CHARS only, no escapes (rdflib's parser keeps the backslash
# of an escaped "/"), not starting with "-" or a digit-free dot, e.g. Program or implements
_PLAIN_LOCAL = re.compile(
    "[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
    "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]"
    "[A-Za-z0-9_\\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040"
    "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*"
)


def sparql_name(iri: str) -> str:
    """``iri`` as text a query accepts: a prefixed name when a predeclared prefix fits, else ``<iri>``.

    ``kgr:Program`` stays short; ``https://w3id.org/kgreport/id/org/开化县中医院`` prints whole, in
    angle brackets: its ``/`` could only be escaped (``kgd:org\\/…``), which rdflib's parser misreads.
    """
    short = short_iri(iri)
    if short != iri:
        prefix, _, local = short.partition(":")
        if _PLAIN_LOCAL.fullmatch(local):
            return short
    return f"<{iri}>"


def display_width(text: str) -> int:
    """Terminal columns of ``text``: East Asian Wide/Fullwidth count 2, combining marks 0."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return sparql_name(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term).replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(result: QueryResult) -> str:
    """SELECT rows aligned in columns (CJK counted double width), then a row count."""
    header = list(result.variables)
    cells = [[_cell(t) for t in row] for row in result.rows]
    widths = [display_width(h) for h in header]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], display_width(c))
    lines = [" | ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells)
    n = len(cells)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends, RFC 4180 quoting."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return buf.getvalue()


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


# Lexical forms that Turtle may write bare, e.g. 42, -7 (integer) and 3.1 (decimal)
_BARE_INTEGER = re.compile(r"^[+-]?\d+$")
_BARE_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")


def term_n3(term: Term) -> str:
    """``term`` in Turtle/SPARQL syntax, as the TSV results format writes it."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    lex = str(term)
    if term.language:
        return f'"{_escape(lex)}"@{term.language}'
    dt = term.datatype
    if dt is None or dt == _XSD_STRING:
        return f'"{_escape(lex)}"'
    if dt == XSD.integer and _BARE_INTEGER.match(lex):
        return lex
    if dt == XSD.decimal and _BARE_DECIMAL.match(lex):
        return lex
    if dt == XSD.boolean and lex in ("true", "false"):
        return lex
    return f'"{_escape(lex)}"^^<{dt}>'


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` header, terms in Turtle syntax."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else term_n3(t) for t in row))
    return "\n".join(lines) + "\n"


def term_json(term: Term) -> dict[str, str]:
    """``term`` as a SPARQL 1.1 Query Results JSON binding value."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != _XSD_STRING:
        out["datatype"] = str(term.datatype)
    return out


def results_json(result: QueryResult) -> dict:
    """The SPARQL 1.1 Query Results JSON document of a SELECT or ASK result."""
    if result.kind is QueryKind.ASK:
        return {"head": {}, "boolean": bool(result.boolean)}
    bindings = [
        {name: term_json(t) for name, t in zip(result.variables, row) if t is not None}
        for row in result.rows
    ]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def format_json(result: QueryResult, indent: int | None = 2) -> str:
    """SPARQL 1.1 Query Results JSON text of a SELECT or ASK result."""
    return json.dumps(results_json(result), ensure_ascii=False, indent=indent) + "\n"


def result_graph(result: QueryResult) -> Graph:
    """The triples of a CONSTRUCT/DESCRIBE result as an rdflib Graph with the prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in result.triples:
        graph.add(triple)
    return graph


def format_turtle(result: QueryResult) -> str:
    """Turtle text of a CONSTRUCT/DESCRIBE result."""
    return result_graph(result).serialize(format="turtle")


def format_result(result: QueryResult, fmt: OutputFormat = OutputFormat.TABLE) -> str:
    """The text ``kgreport query`` prints for ``result`` in ``fmt``.

    CONSTRUCT/DESCRIBE always print Turtle; ASK prints ``true``/``false``
    except in JSON, which has its own boolean form.
    """
    if result.kind in (QueryKind.CONSTRUCT, QueryKind.DESCRIBE):
        return format_turtle(result)
    if fmt is OutputFormat.JSON:
        return format_json(result)
    if result.kind is QueryKind.ASK:
        return ("true" if result.boolean else "false") + "\n"
    if fmt is OutputFormat.CSV:
        return format_csv(result)
    if fmt is OutputFormat.TSV:
        return format_tsv(result)
    return format_table(result)


def format_examples() -> str:
    """The list ``kgreport query --example`` prints: name and description per line."""
    examples = list_examples()
    width = max((len(e.name) for e in examples), default=0)
    return "".join(f"{e.name.ljust(width)}  {e.description}\n" for e in examples)


def query_command(
    query: str | None,
    *,
    file: Path | None = None,
    example: str | None = None,
    graph: Path = Path("out/graph.ttl"),
    fmt: OutputFormat = OutputFormat.TABLE,
    engine: Engine = Engine.AUTO,
    limits: QueryLimits | None = None,
) -> str:
    """Everything ``kgreport query`` does, as text to print.

    Exactly one of ``query``, ``file`` and ``example`` is given; ``example=""``
    lists the examples. ``limits`` runs the query in a limited worker process.
    """
    given = [x for x in (query, file, example) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of QUERY, --file Q.rq or --example NAME")
    if example == "":
        return format_examples()
    if example is not None:
        text = get_example(example).text
    elif file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file: {exc.strerror}", path=str(file)) from None
        except UnicodeDecodeError:
            raise QueryError("query file is not UTF-8", path=str(file)) from None
    else:
        assert query is not None  # exactly one of the three is given, checked above
        text = query
    try:
        return format_result(run_query(text, graph, engine, limits), fmt)
    except QueryError as exc:
        if file is not None and exc.path is None:
            raise type(exc)(str(exc), path=str(file)) from None
        raise
