"""kgreport push against stores that fail (issue 13, item 8): retries, time-outs, and what was replaced.

Real local HTTP servers: one answers a chosen PUT with 5xx (once, or always), one never answers a
chosen PUT. Before, push stopped at the first failed PUT without saying which graphs were already
replaced, and a silent server cost a fixed 120 s per graph.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from kgreport.cli import cli
from kgreport.errors import PartialPushError, StoreError
from kgreport.query.push import SHARED_GRAPH, push
from kgreport.graph.vocab import KGR

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
KGD = "https://w3id.org/kgreport/id/"
R22, R23 = KGD + "report/anji-2022", KGD + "report/anji-2023"
#: The sample plus a triple of no report: three graphs, R22, R23, then the shared one.
TEXT = SAMPLE.read_text(encoding="utf-8") + f"\n<{KGD}org/无关机构> a <{KGR.Organization}> .\n"


class _Flaky(BaseHTTPRequestHandler):
    """Answers PUTs with 204, except for graph ``bad``: ``status`` for its first ``failures`` PUTs, or
    no answer at all (``hang``) until the test ends."""

    seen: list[str] = []
    bad = ""
    status = 500
    failures = 10**6
    hang = False
    release = threading.Event()

    def do_PUT(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        graph = parse_qs(urlsplit(self.path).query)["graph"][0]
        cls = type(self)
        cls.seen.append(graph)
        if graph == cls.bad and cls.seen.count(graph) <= cls.failures:
            if cls.hang:
                cls.release.wait(30)  # the client gives up long before
                return
            self.send_response(cls.status)
        else:
            self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def flaky():
    _Flaky.seen, _Flaky.bad, _Flaky.status, _Flaky.failures, _Flaky.hang = [], "", 500, 10**6, False
    _Flaky.release = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    _Flaky.release.set()
    server.shutdown()
    server.server_close()


def _out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text(TEXT, encoding="utf-8")
    return out


def test_a_passing_5xx_is_retried_and_everything_is_replaced(flaky: str, tmp_path: Path) -> None:
    _Flaky.bad, _Flaky.status, _Flaky.failures = R23, 503, 1
    summary = push(flaky, _out(tmp_path), retries=2, backoff=0)
    assert [g for g, _ in summary.graphs] == [R22, R23, str(SHARED_GRAPH)]
    assert (summary.failed, summary.skipped) == ((), ())
    assert _Flaky.seen == [R22, R23, R23, str(SHARED_GRAPH)]


def test_a_lasting_500_fails_that_graph_only_with_a_distinct_exit_code(flaky: str, tmp_path: Path) -> None:
    _Flaky.bad = R23
    with pytest.raises(PartialPushError) as err:
        push(flaky, _out(tmp_path), retries=2, backoff=0)
    summary = err.value.summary
    assert [g for g, _ in summary.graphs] == [R22, str(SHARED_GRAPH)]
    assert [g for g, _ in summary.failed] == [R23] and "HTTP 500" in summary.failed[0][1]
    assert _Flaky.seen == [R22, R23, R23, R23, str(SHARED_GRAPH)]  # one try and two retries
    assert err.value.exit_code == 14 != StoreError.exit_code

    _Flaky.seen = []
    res = CliRunner().invoke(cli, ["push", flaky, "--out", str(tmp_path / "out"), "--retries", "0"])
    assert res.exit_code == 14
    assert f"failed 1 named graphs (their previous version is left in the store):\n  {R23}  " in res.stderr
    assert f"  {R22}  " in res.stderr and f"  {SHARED_GRAPH}  " in res.stderr
    assert res.stderr.strip().splitlines()[-1].startswith("Error: 2 of 3 named graphs replaced, 1 failed, 0 skipped")
    assert _Flaky.seen == [R22, R23, str(SHARED_GRAPH)]  # --retries 0: one try each


def test_a_store_that_stops_answering_ends_the_push_and_lists_the_rest_as_skipped(flaky: str, tmp_path: Path) -> None:
    _Flaky.bad, _Flaky.hang = R23, True
    res = CliRunner().invoke(cli, ["push", flaky, "--out", str(_out(tmp_path)), "--timeout", "0.3", "--retries", "1"])
    assert res.exit_code == 14, res.output
    assert _Flaky.seen == [R22, R23, R23]  # a time-out is retried, then the push ends
    assert "no answer within 0.3 s (--timeout)" in res.stderr
    assert f"skipped 1 named graphs (not sent):\n  {SHARED_GRAPH}" in res.stderr


def test_a_store_that_never_answers_replaces_nothing(flaky: str, tmp_path: Path) -> None:
    _Flaky.bad, _Flaky.hang = R22, True
    with pytest.raises(StoreError) as err:
        push(flaky, _out(tmp_path), timeout=0.3, retries=0)
    assert not isinstance(err.value, PartialPushError) and err.value.exit_code == 8
    assert str(err.value).endswith(f"no answer within 0.3 s (--timeout) for graph <{R22}> (2 more graphs not sent)")
    assert _Flaky.seen == [R22]
