"""The SERVICE gate sees what Oxigraph sees: no query reaches the network.

Every hostile query is sent while a socket listens on a free loopback port
that the query names; the test fails if that socket is ever connected to.
"""

from __future__ import annotations

import select
from functools import partial
import shutil
import socket
import threading
from pathlib import Path
from collections.abc import Iterator
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgreport.cli import cli
from kgreport.errors import QueryError
from kgreport.query.engine import (
    PREFIXES, QueryKind, RefusedQueryError, check_query, check_query_by_rdflib, names_service,
)
from kgreport.query.serve import make_server
from kgreport.graph.store import write_store
from conftest import sample_store_build, serving

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"

# Hostile queries; {url} is the listening socket. Each would make Oxigraph
# call the socket if it reached the engine (see test_the_payloads_are_live).
HOSTILE = [
    ("CR ends the comment", "SELECT * { ?r a kgr:Report # x\rSERVICE <{url}> { ?a ?b ?c } }"),
    ("CRLF ends the comment", "SELECT * { ?r a kgr:Report # x\r\nSERVICE <{url}> { ?a ?b ?c } }"),
    ("LF ends the comment", "SELECT * { ?r a kgr:Report # x\nSERVICE <{url}> { ?a ?b ?c } }"),
    ("lower case", "select * { ?r a kgr:Report . service <{url}> { ?a ?b ?c } }"),
    ("mixed case", "SELECT * { ?r a kgr:Report . SeRvIcE <{url}> { ?a ?b ?c } }"),
    ("silent", "SELECT * { ?r a kgr:Report . SERVICE SILENT <{url}> { ?a ?b ?c } }"),
    ("no spaces", "SELECT*{?r a ?t.SERVICE<{url}>{?a ?b ?c}}"),
    ("nested groups", "SELECT * { ?r a kgr:Report { OPTIONAL { { # c\rSERVICE <{url}> { ?a ?b ?c } } } } }"),
    ("after a prefix decl", "PREFIX e: <{url}>\rSELECT * { ?r a kgr:Report # \rSERVICE e: { ?a ?b ?c } }"),
    ("tab and CR", "SELECT * {\t?r a kgr:Report\t#\r\tSERVICE\t<{url}>\t{ ?a ?b ?c } }"),
    ("escaped IRI", "SELECT * { ?r a kgr:Report . SERVICE <{url_escaped}> { ?a ?b ?c } }"),
    ("local-name escape hides a comment", "SELECT * { ?r a kgr:Report BIND(kgd:a\\#x AS ?z) SERVICE <{url}> { ?a ?b ?c } }"),
]


class Listener:
    """A socket on a free 127.0.0.1 port that takes and at once closes every connection, counting them.

    Closing matters: Oxigraph waits for an answer without a timeout, so an
    unanswered call would hang the test instead of failing it.
    """

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.setblocking(False)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        self._hits = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, OSError):
                return
            conn.close()
            self._hits += 1

    def _loop(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.sock], [], [], 0.05)
            if ready:
                with self._lock:
                    self._drain()

    def connections(self) -> int:
        """Connections made so far, including any not yet taken by the thread."""
        with self._lock:
            self._drain()
            return self._hits

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def payload(template: str, url: str) -> str:
    escaped = url.replace("/", "\\u002F")
    return template.replace("{url_escaped}", escaped).replace("{url}", url)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store_build(tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def base_url(build: Path) -> Iterator[str]:
    with serving(make_server(build, "127.0.0.1", 0)) as url:
        yield url


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
    try:
        with urlopen(Request(url, data=data, headers=headers or {}), timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


@pytest.mark.parametrize("name, template", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_the_payloads_are_live(build: Path, listener, name: str, template: str) -> None:
    """Control: run unchecked on the engine, each payload does call out, so the other tests can fail."""
    store = ox.Store.read_only(str(build / "store"))
    try:
        list(store.query(payload(template, listener.url), prefixes=PREFIXES))
    except Exception:  # noqa: BLE001 - the socket closes at once; only the connection matters
        pass
    assert listener.connections() >= 1


@pytest.mark.parametrize("name, template", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_check_refuses_service_in_every_form(listener, name: str, template: str) -> None:
    with pytest.raises(RefusedQueryError, match="SERVICE"):
        check_query(payload(template, listener.url))


@pytest.mark.parametrize("name, template", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_cli_query_never_calls_out(build: Path, listener, name: str, template: str) -> None:
    url = listener.url
    res = CliRunner().invoke(cli, ["query", payload(template, url), "--graph", str(build / "graph.ttl")])
    assert res.exit_code == 6 and "SERVICE" in res.output, res.output
    assert listener.connections() == 0


@pytest.mark.parametrize("name, template", HOSTILE, ids=[h[0] for h in HOSTILE])
@pytest.mark.parametrize("method", ["GET", "POST form", "POST query"])
def test_serve_never_calls_out(base_url: str, listener, name: str, template: str, method: str) -> None:
    url = listener.url
    q = payload(template, url)
    if method == "GET":
        status, body = fetch(f"{base_url}/sparql?query={quote(q)}")
    elif method == "POST form":
        status, body = fetch(f"{base_url}/sparql", urlencode({"query": q}).encode(),
                             {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"})
    else:
        status, body = fetch(f"{base_url}/sparql", q.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 403 and "SERVICE" in body, body
    assert listener.connections() == 0


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service { ?service a kgr:Report }",
        "SELECT * { ?r a kgr:Report ; rdfs:label \"SERVICE <http://x/> {}\" }",
        "SELECT * { ?r a kgr:Report # SERVICE <http://x/> { ?a ?b ?c }\n}",
        "PREFIX service: <http://x/>\nSELECT * { ?r service:SERVICE <http://a/SERVICE> }",
        'SELECT * { ?r rdfs:label """a "SERVICE" b""" }',
        "SELECT * { ?r rdfs:label 'x'@en-service }",
    ],
)
def test_harmless_mentions_of_service_pass(text: str) -> None:
    assert check_query(text).kind is QueryKind.SELECT


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SELECT * {\r\n?s ?p ?o\r}", "SELECT * {\n?s ?p ?o\n}"),
        ("ASK { ?s ?p 'a' } # x\r", "ASK { ?s ?p 'a' } # x\n"),
    ],
)
def test_the_checked_text_is_the_text_that_runs(text: str, expected: str) -> None:
    assert check_query(text).text == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("SELECT * { \\u0053ERVICE <http://x/> {} }", True),  # codepoint escape in the keyword
        ("SELECT * { \\U00000073ervice <http://x/> {} }", True),
        ("SELECT * { ?a ?b 1.SERVICE <http://x/> {} }", True),
        ("SELECT * { ?a ?b \"unterminated SERVICE <http://x/> {} }", True),
        ("SELECT * { ?a ex:service ?c }", False),
        ("SELECT * { ?a ?b _:service }", False),
        ("SELECT * { ?a ?b ?c } # service", False),
    ],
)
def test_names_service_is_lexical(text: str, found: bool) -> None:
    assert names_service(text) is found


# ------------------------------------------------------------------ the fast path (Oxigraph's parser, no rdflib grammar)

#: Texts on which the gate's two paths must agree: the same form, or the same refusal.
BOTH_PATHS = [
    "SELECT * WHERE { ?s ?p ?o }",
    "ASK { ?s kgr:cooperatesWith ?o }",
    "CONSTRUCT WHERE { ?s rdfs:label ?o }",
    "CONSTRUCT { ?s <http://a/describe> ?o } WHERE { ?s rdfs:label ?o }",
    "DESCRIBE kgd:x",
    "describe ?s WHERE { ?s a kgr:Report }",
    "PREFIX construct: <http://a/> DESCRIBE construct:x",
    "PREFIX ex: <http://example.org/> SELECT ?s { ?s ex:p ?o }",
    "SELECT * { ?s ?p ?o }\nLIMIT 5",
    "INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>",
    "CLEAR ALL",
    "DROP GRAPH <http://a/g>",
    "SELECT * { ?s ?p ?o } ; INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
    "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
    "select * from <http://a/g> { ?s ?p ?o }",
    "SELECT * \\u0046ROM <http://a/g> { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?from { ?from ?p 'FROM' } # FROM <http://a/g>",
    "SELECT * { ?s ?p ?o } FROM",
    "SELECT * { ?s foo:bar ?o }",
    "SELEC * { ?s ?p ?o }",
    "SELECT ?x WHERE { ?x ?p }",
]


def _outcome(check, text: str) -> object:
    try:
        return check(text).kind
    except RefusedQueryError:
        return "refused"
    except QueryError:
        return "malformed"


@pytest.mark.parametrize("text", BOTH_PATHS)
def test_the_fast_path_refuses_what_rdflib_refuses(text: str) -> None:
    fast = partial(check_query, in_process=True)
    assert _outcome(fast, text) == _outcome(check_query_by_rdflib, text)


def test_only_in_process_checks_prepare_on_oxigraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The endpoint and limited queries check with rdflib alone: preparing on Oxigraph may evaluate (ORDER BY, ASK)."""
    import sys

    engine = sys.modules["kgreport.query.engine"]  # `kgreport.query` is also the API's function

    def refuse(text: str) -> None:
        raise AssertionError("prepared on Oxigraph outside an in-process run")

    monkeypatch.setattr(engine, "_oxigraph_kind", refuse)
    assert check_query("SELECT * { ?s ?p ?o } ORDER BY ?s").kind is QueryKind.SELECT


@pytest.mark.parametrize("text", [
    "SELECT * FROM <http://a/g> { ?s ?p ?o }",
    "INSERT DATA { <http://a/b> <http://a/c> 1 }",
    # an ASK is evaluated as soon as it is prepared: the gate must not run it outside a query worker
    "ASK { VALUES ?a { 1 2 3 } VALUES ?b { 1 2 3 } FILTER(?a + ?b < 0) }",
])
def test_from_updates_and_ask_never_take_the_fast_path(text: str) -> None:
    from kgreport.query.engine import _oxigraph_kind

    assert _oxigraph_kind(text) is None
    if text.startswith("ASK"):
        assert check_query(text, in_process=True).kind is QueryKind.ASK
    else:
        with pytest.raises(RefusedQueryError):
            check_query(text, in_process=True)


def test_a_plain_query_is_checked_without_importing_rdflibs_grammar(tmp_path: Path) -> None:
    """What `kgreport query` start-up no longer pays: the example is checked and run, the grammar never imported."""
    build = tmp_path / "out"
    build.mkdir()
    shutil.copy(SAMPLE, build / "graph.ttl")
    write_store(build / "graph.ttl", build / "store")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kgreport.cli import cli\n"
        f"res = CliRunner().invoke(cli, ['query', '--example', 'reports', '--graph', {str(build)!r}])\n"
        "assert res.exit_code == 0 and 'anji-2022' in res.output, res.output\n"
        "print('rdflib.plugins.sparql.parser' in sys.modules, 'kgreport.query.serve' in sys.modules)\n"
        f"print(','.join(m for m in {UNNEEDED_BY_A_QUERY!r} if m in sys.modules))\n"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    grammar_and_server, unneeded = out.splitlines()
    assert grammar_and_server == "False False"  # nor the endpoint's server (jinja2, http.server)
    assert unneeded == ""


#: Modules the CLI imported at start before they were made lazy, or that only other commands need:
#: the query worker (multiprocessing; only with --timeout), scoring, the extraction (jieba), the page
#: (pyvis, networkx), the endpoint's templates (jinja2) and the readers of .docx/.pdf/.html.
UNNEEDED_BY_A_QUERY = ("kgreport.query.worker", "multiprocessing", "kgreport.evaluate", "jieba", "kgreport.build.runner",
                       "kgreport.html.render", "pyvis", "networkx", "jinja2", "lxml", "docx", "pdfminer")
