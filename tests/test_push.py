"""kgreport push: the per-report partition, and PUTs to a real Oxigraph server started here."""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kgreport.cli import cli
from kgreport.errors import StoreError
from kgreport.query.push import SHARED_GRAPH, graph_url, partition_by_report, push, unassigned_triples
from kgreport.graph.vocab import KGR

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
KGD = "https://w3id.org/kgreport/id/"
R22, R23 = URIRef(KGD + "report/anji-2022"), URIRef(KGD + "report/anji-2023")


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).is_file():
        pytest.fail("the `oxigraph` server binary is missing: pip install oxigraph (in the test extra)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_server(*flags: str) -> Iterator[str]:
    """Base URL of a fresh in-memory Oxigraph server on loopback, started with ``flags``."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}", *flags],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory):
    """Base URL of an Oxigraph server (in-memory, loopback) run for these tests."""
    with oxigraph_server() as base:
        yield base


def remote_select(base: str, query: str) -> list[dict]:
    request = Request(f"{base}/query?query={quote(query)}", headers={"Accept": "application/sparql-results+json"})
    with urlopen(request, timeout=20) as response:
        return json.loads(response.read())["results"]["bindings"]


def graph_sizes(base: str) -> dict[str, int]:
    rows = remote_select(base, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


# ------------------------------------------------------------------ partition

@pytest.fixture(scope="module")
def sample() -> Graph:
    return Graph().parse(SAMPLE)


def test_partition_covers_the_graph(sample: Graph) -> None:
    parts = partition_by_report(sample)
    assert set(parts) == {R22, R23}
    union = Graph()
    for part in parts.values():
        union += part
    assert len(unassigned_triples(sample, parts)) == 0
    assert set(union) == set(sample)


@pytest.mark.parametrize(
    "triple, in22, in23",
    [
        # document nodes belong to their own report only
        ((URIRef(KGD + "report/anji-2022/sentence/2"), KGR.text, None), True, False),
        ((URIRef(KGD + "report/anji-2023/indicator/3"), KGR.value, None), False, True),
        ((URIRef(KGD + "report/anji-2023/statement/c2"), RDF.subject, None), False, True),
        # a relation stated in both reports is in both; one stated once, in one
        ((URIRef(KGD + "org/安吉县人民政府"), KGR.cooperatesWith, URIRef(KGD + "org/浙江大学")), True, True),
        ((URIRef(KGD + "org/安吉县人民政府"), KGR.implements, URIRef(KGD + "program/千万工程")), True, False),
        # mentions go with the sentence's report
        ((URIRef(KGD + "org/浙江大学"), KGR.mentionedIn, URIRef(KGD + "report/anji-2023/sentence/2")), False, True),
        # an entity's description goes to every report involving it
        ((URIRef(KGD + "org/浙江大学"), RDF.type, KGR.Organization), True, True),
        ((URIRef(KGD + "org/湖州师范学院"), RDF.type, KGR.Organization), False, True),
        # the issuer is involved through kgr:issuer even where no sentence names it
        ((URIRef(KGD + "org/安吉县人民政府"), RDF.type, KGR.Organization), True, True),
        # an unstated (gazetteer) relation follows its subject, and brings its object's description
        ((URIRef(KGD + "place/安吉县"), KGR.locatedIn, URIRef(KGD + "place/湖州市")), True, True),
        ((URIRef(KGD + "place/湖州市"), RDF.type, KGR.Place), True, True),
    ],
)
def test_partition_places_triples(sample: Graph, triple, in22: bool, in23: bool) -> None:
    parts = partition_by_report(sample)
    assert ((triple in parts[R22]) if triple[2] else bool(set(parts[R22].triples(triple)))) is in22
    assert ((triple in parts[R23]) if triple[2] else bool(set(parts[R23].triples(triple)))) is in23


def test_orphan_triples_are_unassigned(sample: Graph) -> None:
    g = Graph()
    g += sample
    orphan = (URIRef(KGD + "org/无关机构"), RDF.type, KGR.Organization)
    g.add(orphan)
    parts = partition_by_report(g)
    assert set(unassigned_triples(g, parts)) == {orphan}


# ------------------------------------------------------------------ push to Oxigraph

def make_build(tmp_path: Path, text: str) -> Path:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (out / "graph.ttl").write_text(text, encoding="utf-8")
    return out


def test_push_puts_one_named_graph_per_report_and_replaces_it(oxigraph: str, tmp_path: Path, sample: Graph) -> None:
    out = make_build(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    summary = push(f"{oxigraph}/store", out)
    parts = partition_by_report(sample)
    expected = {str(r): len(g) for r, g in parts.items()}
    assert dict(summary.graphs) == expected
    assert graph_sizes(oxigraph) == expected

    # Rebuild without 湖州师范学院 (a 2023-only partner): pushing replaces that report's graph.
    gone = URIRef(KGD + "org/湖州师范学院")
    statement = URIRef(KGD + "report/anji-2023/statement/c2")
    smaller = Graph()
    smaller += [t for t in sample if gone not in t and statement not in t]
    (out / "graph.ttl").write_text(smaller.serialize(format="turtle"), encoding="utf-8")
    runner = CliRunner().invoke(cli, ["push", f"{oxigraph}/store", "--out", str(out)])
    assert runner.exit_code == 0, runner.output
    assert "2 named graphs" in runner.output
    sizes = graph_sizes(oxigraph)
    assert sizes[str(R22)] == expected[str(R22)]
    assert sizes[str(R23)] == len(partition_by_report(smaller)[R23]) < expected[str(R23)]
    assert remote_select(oxigraph, f"SELECT * {{ GRAPH ?g {{ ?s ?p <{gone}> }} }}") == []


def test_push_sends_leftovers_to_the_shared_graph(oxigraph: str, tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8") + f"\n<{KGD}org/无关机构> a <{KGR.Organization}> .\n"
    push(f"{oxigraph}/store", make_build(tmp_path, text))
    assert graph_sizes(oxigraph)[str(SHARED_GRAPH)] == 1


def test_unreachable_store_is_one_line(tmp_path: Path) -> None:
    out = make_build(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    res = CliRunner().invoke(cli, ["push", f"http://127.0.0.1:{free_port()}/store", "--out", str(out)])
    assert res.exit_code == StoreError.exit_code
    assert res.output.startswith("Error: cannot reach") and res.output.count("\n") == 1


def test_missing_build_and_bad_url(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["push", "http://127.0.0.1:1/store", "--out", str(tmp_path)]).exit_code == 7
    assert CliRunner().invoke(cli, ["push", "ftp://x/store", "--out", str(tmp_path)]).exit_code == 8


# ------------------------------------------------------------------ what a Fuseki-like store receives

class _Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, str, str | None, str | None, int]] = []
    status = 204

    def do_PUT(self) -> None:  # noqa: N802
        length = int(self.headers["Content-Length"])
        self.rfile.read(length)
        url = urlsplit(self.path)
        graph = parse_qs(url.query).get("graph", [None])[0]
        _Recorder.seen.append((url.path, graph or "", self.headers.get("Authorization"),
                               self.headers.get("Content-Type"), length))
        self.send_response(_Recorder.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder():
    _Recorder.seen = []
    _Recorder.status = 204
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_graph_store_protocol_requests(recorder: str, tmp_path: Path) -> None:
    out = make_build(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    push(f"{recorder}/ds/data", out, user="admin", password="pw")
    token = "Basic " + base64.b64encode(b"admin:pw").decode()
    assert [(p, g, a, c) for p, g, a, c, _ in _Recorder.seen] == [
        ("/ds/data", str(R22), token, "application/n-triples"),
        ("/ds/data", str(R23), token, "application/n-triples"),
    ]


def test_auth_failure_is_reported(recorder: str, tmp_path: Path) -> None:
    _Recorder.status = 401
    out = make_build(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    with pytest.raises(StoreError, match="HTTP 401.*--user"):
        push(f"{recorder}/ds/data", out)


@pytest.mark.parametrize(
    "endpoint, expected",
    [
        ("http://h:3030/ds/data", "http://h:3030/ds/data?graph=https%3A%2F%2Fw3id.org%2Fr"),
        ("http://h/store?x=1", "http://h/store?x=1&graph=https%3A%2F%2Fw3id.org%2Fr"),
    ],
)
def test_graph_url(endpoint: str, expected: str) -> None:
    assert graph_url(endpoint, "https://w3id.org/r") == expected


@pytest.mark.parametrize("n, lines", [(2, 3), (20, 21), (25, 22)])
def test_summary_lists_at_most_twenty_graphs(n: int, lines: int) -> None:
    from kgreport.query.push import PushSummary

    text = PushSummary("http://h/store", tuple((f"http://r/{i}", i) for i in range(n)), 1.0).describe()
    assert len(text.splitlines()) == lines
    assert text.startswith(f"pushed {sum(range(n))} triples in {n} named graphs")
