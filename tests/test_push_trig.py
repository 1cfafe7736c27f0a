"""kgreport push from graph.trig: graphs sent exactly as built, a union view, shards meeting in one store, the password.

Every push here goes to a real Oxigraph server started for the test (in memory, loopback).
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote
from urllib.request import Request, urlopen

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import SHARED, needs_corpus
from kgreport.build.pipeline import build
from kgreport.cli import cli
from kgreport.query.push import GraphPart, _batches, push, trig_graph_names
from test_push import _Recorder, free_port, oxigraph_binary, oxigraph_server, recorder  # noqa: F401 - recorder is a fixture

KGR = "https://w3id.org/kgreport/ontology#"


def remote_quads(base: str) -> set[ox.Quad]:
    """Every quad the server holds (Graph Store Protocol GET of the whole dataset as N-Quads)."""
    with urlopen(Request(f"{base}/store", headers={"Accept": "application/n-quads"}), timeout=60) as response:
        return set(ox.parse(input=response.read(), format=ox.RdfFormat.N_QUADS))


def trig_quads(out: Path) -> set[ox.Quad]:
    """The quads of graph.trig as an Oxigraph store holds them (it writes numbers canonically: 6150.0 as 6150)."""
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return set(store)


def count(base: str, query: str) -> int:
    request = Request(f"{base}/query?query={quote(query)}", headers={"Accept": "application/sparql-results+json"})
    with urlopen(request, timeout=30) as response:
        return int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])


# ------------------------------------------------------------------ one build (the bundled report)


def test_pushed_graphs_are_graph_trigs_named_graphs(bundled_build: Path) -> None:
    with oxigraph_server() as base:
        summary = push(f"{base}/store", bundled_build)
        assert remote_quads(base) == trig_quads(bundled_build)
    assert [iri for iri, _ in summary.graphs] == trig_graph_names(bundled_build / "graph.trig")
    assert sum(n for _, n in summary.graphs) == len(trig_quads(bundled_build))


@pytest.mark.parametrize("flags, seen", [(("--union-default-graph",), True), ((), False)])
def test_a_plain_select_sees_the_data_with_the_union_default_graph(bundled_build: Path, flags: tuple[str, ...], seen: bool) -> None:
    """The README's recipe: `oxigraph serve --union-default-graph`; without it the default graph is empty."""
    with oxigraph_server(*flags) as base:
        push(f"{base}/store", bundled_build)
        reports = count(base, f"SELECT (COUNT(*) AS ?n) {{ ?r a <{KGR}Report> }}")
        in_graphs = count(base, f"SELECT (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?r a <{KGR}Report> }} }}")
    assert in_graphs == 1
    assert reports == (1 if seen else 0)


def test_progress_counts_every_graph(bundled_build: Path, recorder: str) -> None:  # noqa: F811 - the fixture
    calls: list[tuple[int, int]] = []
    push(f"{recorder}/ds/data", bundled_build, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]


@pytest.mark.parametrize(
    "env, stdin",
    [({"KGREPORT_PASSWORD": "pw"}, None), ({}, "pw\n")],
    ids=["environment", "prompt"],
)
def test_password_from_the_environment_or_a_prompt(bundled_build: Path, recorder: str, env: dict[str, str], stdin: str | None) -> None:  # noqa: F811
    res = CliRunner().invoke(cli, ["push", f"{recorder}/ds/data", "--out", str(bundled_build), "--user", "admin"],
                             env=env, input=stdin)
    assert res.exit_code == 0, res.output
    assert "pw" not in res.output  # the prompt hides what is typed
    token = "Basic " + base64.b64encode(b"admin:pw").decode()
    assert [auth for _, _, auth, _, _ in _Recorder.seen] == [token]


def test_a_graph_in_two_blocks_is_put_then_posted(tmp_path: Path) -> None:
    a, b = "https://w3id.org/kgreport/id/report/a", "https://w3id.org/kgreport/id/report/b"
    (tmp_path / "graph.trig").write_text(
        f"<{a}> {{\n<{a}> a <{KGR}Report> .\n}}\n<{b}> {{\n<{b}> a <{KGR}Report> .\n}}\n"
        f"<{a}> {{\n<{a}> <{KGR}year> 2020 .\n}}\n",
        encoding="utf-8",
    )
    with oxigraph_server() as base:
        summary = push(f"{base}/store", tmp_path)
        assert remote_quads(base) == trig_quads(tmp_path)
    assert dict(summary.graphs) == {a: 2, b: 1}


# ------------------------------------------------------------------ shards of a corpus


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Four small corpus reports built as a whole and as two halves, each half into its own folder."""
    reports = sorted((SHARED / "corpus" / "reports").glob("*.txt"), key=lambda p: p.stat().st_size)[:4]
    outs = []
    for name, part in (("whole", reports), ("half1", reports[:2]), ("half2", reports[2:])):
        out = tmp_path_factory.mktemp(name)
        build([str(p) for p in part], out, jobs=1, with_store=False)
        outs.append(out)
    return outs[0], outs[1], outs[2]


@needs_corpus
@pytest.mark.slow
def test_two_halves_pushed_into_one_store_give_the_whole(shards: tuple[Path, Path, Path]) -> None:
    whole, half1, half2 = shards
    with oxigraph_server() as base:
        push(f"{base}/store", half1)
        push(f"{base}/store", half2)
        assert remote_quads(base) == trig_quads(whole)
        # Pushing a half again (a rebuilt shard) replaces its graphs and changes nothing else.
        push(f"{base}/store", half1)
        assert remote_quads(base) == trig_quads(whole)
    assert len(trig_quads(whole)) == len(trig_quads(half1)) + len(trig_quads(half2))
    assert trig_quads(half1) and trig_quads(half2)


@needs_corpus
@pytest.mark.slow
def test_two_halves_bulk_loaded_as_n_quads_give_the_whole(shards: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """docs/query-serve-push.md: `oxigraph convert` each part to N-Quads, `oxigraph load` them into one store."""
    whole, half1, half2 = shards
    parts = []
    for i, half in enumerate((half1, half2), 1):
        nq = tmp_path / f"part{i}.nq"
        subprocess.run([oxigraph_binary(), "convert", "--from-file", str(half / "graph.trig"), "--to-file", str(nq)],
                       check=True, capture_output=True)
        parts.append(str(nq))
    subprocess.run([oxigraph_binary(), "load", "--location", str(tmp_path / "db"), "--file", *parts],
                   check=True, capture_output=True)
    assert set(ox.Store.read_only(str(tmp_path / "db"))) == trig_quads(whole)


@needs_corpus
@pytest.mark.slow
def test_pushed_corpus_graphs_hold_no_labels_of_other_reports(shards: tuple[Path, Path, Path]) -> None:
    """Issue 15: a report's pushed graph had alternative labels that only other reports gave."""
    whole = shards[0]
    with oxigraph_server() as base:
        push(f"{base}/store", whole)
        got = remote_quads(base)
    expected = trig_quads(whole)
    assert got == expected
    assert len({q.graph_name for q in got}) == 4


# ------------------------------------------------------------------ the README's recipe

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_push_recipe_runs_and_a_plain_select_sees_the_data(bundled_build: Path, tmp_path: Path) -> None:
    """The README's two lines, run as written (port and folders swapped for the test's)."""
    lines = [line.strip() for line in README.read_text(encoding="utf-8").splitlines()]
    serve = next(line for line in lines if line.startswith("oxigraph serve --location db"))
    push_line = next(line for line in lines if line.startswith("kgreport push http://127.0.0.1:7879/store"))
    port = str(free_port())
    serve_args = serve.rstrip("&").split()[1:]
    serve_args = [a.replace("7879", port).replace("db", str(tmp_path / "db")) if a in ("db", "127.0.0.1:7879") else a
                  for a in serve_args]
    proc = subprocess.Popen([oxigraph_binary(), *serve_args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", int(port)), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        args = [a.replace("7879", port) if "7879" in a else (str(bundled_build) if a == "out/" else a)
                for a in push_line.split()[1:]]
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 0, res.output
        assert count(base, f"SELECT (COUNT(*) AS ?n) {{ ?r a <{KGR}Report> }}") == 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ------------------------------------------------------------------ bulk loading into a disk-backed Oxigraph server


def test_oxigraph_bulk_push_into_a_disk_backed_server_replaces_each_graph(bundled_build: Path, tmp_path: Path) -> None:
    """`push --oxigraph-bulk`: the same quads as graph.trig, a stale triple of a report graph gone, nothing doubled."""
    report = trig_graph_names(bundled_build / "graph.trig")[0]
    stale = f"<http://example.org/stale> <{KGR}p> \"old\" <{report}> .\n"
    with oxigraph_server("--location", str(tmp_path / "db")) as base:
        with urlopen(Request(f"{base}/store", data=stale.encode(), method="POST",
                             headers={"Content-Type": "application/n-quads"}), timeout=30):
            pass
        first = CliRunner().invoke(cli, ["push", f"{base}/store", "--out", str(bundled_build), "--oxigraph-bulk"])
        assert first.exit_code == 0, first.output
        assert remote_quads(base) == trig_quads(bundled_build)
        summary = push(f"{base}/store", bundled_build, bulk=True)
        assert remote_quads(base) == trig_quads(bundled_build)
    assert [iri for iri, _ in summary.graphs] == list(dict.fromkeys(trig_graph_names(bundled_build / "graph.trig")))


def test_oxigraph_bulk_batches_take_consecutive_graphs_up_to_the_limit() -> None:
    parts = [GraphPart(f"http://a/{i}", b"", n) for i, n in enumerate([3, 4, 2, 9, 1, 1])]
    sizes = [[p.triples for p in batch] for batch in _batches(iter(parts), limit=7)]
    assert sizes == [[3, 4], [2], [9], [1, 1]]


class _BulkRecorder(BaseHTTPRequestHandler):
    """Answers every request with 204 and records (method, path and query, Content-Type)."""

    calls: list[tuple[str, str, str | None]] = []

    def _record(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        _BulkRecorder.calls.append((self.command, self.path, self.headers.get("Content-Type")))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_DELETE = _record  # noqa: N815 - the handler's method names

    def log_message(self, *args: object) -> None:
        pass


def test_oxigraph_bulk_requests(bundled_build: Path) -> None:
    """Each graph emptied by a DELETE, then the N-Quads POSTed to the endpoint with no_transaction in batches; no PUT."""
    _BulkRecorder.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BulkRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        push(f"http://127.0.0.1:{server.server_address[1]}/store", bundled_build, bulk=True)
    finally:
        server.shutdown()
        server.server_close()
    names = trig_graph_names(bundled_build / "graph.trig")
    deletes = [path for method, path, _ in _BulkRecorder.calls if method == "DELETE"]
    posts = [(path, kind) for method, path, kind in _BulkRecorder.calls if method == "POST"]
    assert deletes == [f"/store?graph={quote(n, safe='')}" for n in dict.fromkeys(names)]
    assert posts == [("/store?no_transaction", "application/n-quads")]  # the bundled build is one batch
    assert len(_BulkRecorder.calls) == len(deletes) + len(posts)
