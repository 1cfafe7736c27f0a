"""kgreport serve: a real server on a free loopback port, talked to with urllib."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pytest
from rdflib import Graph

from kgreport.query.engine import get_example, list_examples
from kgreport.query.serve import make_server, negotiate
from kgreport.query.engine import QueryKind
from kgreport.graph.store import write_store
from conftest import sample_store_build, serving

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
ORGS = "SELECT ?l WHERE { ?o a kgr:Organization ; rdfs:label ?l } ORDER BY ?l"
ORG_LABELS = ["安吉县人民政府", "浙江大学", "湖州师范学院"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory):
    out = sample_store_build(tmp_path_factory.mktemp("out"), page=True)
    server = make_server(out, "127.0.0.1", 0)
    assert server.endpoint.source == "store"
    with serving(server) as url:
        yield url


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None):
    """(status, content type, body text) of one request; HTTP errors are returned, not raised."""
    request = Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urlopen(request, timeout=20) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def labels(body: str) -> list[str]:
    return [b["l"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_get_returns_sparql_json_by_default(base_url: str) -> None:
    status, ctype, body = fetch(f"{base_url}/sparql?query={quote(ORGS)}")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert labels(body) == ORG_LABELS


def test_post_form_and_post_query(base_url: str) -> None:
    form = urlencode({"query": ORGS}).encode()
    status, _, body = fetch(f"{base_url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and labels(body) == ORG_LABELS
    status, _, body = fetch(f"{base_url}/sparql", ORGS.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and labels(body) == ORG_LABELS


@pytest.mark.parametrize(
    "accept, media",
    [
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/json"),
        ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/csv"),
    ],
)
def test_accept_header_picks_the_format(base_url: str, accept: str, media: str) -> None:
    status, ctype, body = fetch(f"{base_url}/sparql?query={quote(ORGS)}", headers={"Accept": accept})
    assert status == 200 and ctype.split(";")[0] == media
    if media == "text/csv":
        assert list(csv.reader(io.StringIO(body, newline=""))) == [["l"]] + [[x] for x in ORG_LABELS]
    elif media == "text/tab-separated-values":
        assert body.split("\n")[:2] == ["?l", '"安吉县人民政府"']
    else:
        assert labels(body) == ORG_LABELS


def test_unacceptable_type_is_406(base_url: str) -> None:
    status, _, _ = fetch(f"{base_url}/sparql?query={quote(ORGS)}", headers={"Accept": "image/png"})
    assert status == 406


def test_construct_is_turtle(base_url: str) -> None:
    q = get_example("cooperation-network").text
    status, ctype, body = fetch(f"{base_url}/sparql?query={quote(q)}")
    assert status == 200 and ctype.startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) == 5
    status, ctype, body = fetch(f"{base_url}/sparql?query={quote(q)}", headers={"Accept": "application/n-triples"})
    assert ctype.startswith("application/n-triples") and len(body.strip().split("\n")) == 5


def test_ask(base_url: str) -> None:
    status, _, body = fetch(f"{base_url}/sparql?query={quote('ASK { ?s kgr:builds ?o }')}")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_malformed_query_is_400_with_position(base_url: str) -> None:
    status, ctype, body = fetch(f"{base_url}/sparql?query={quote('SELECT * WHERE { ?s ?p }')}")
    assert status == 400 and ctype.startswith("text/plain")
    assert "malformed query at line 1, column" in body


@pytest.mark.parametrize(
    "data, headers, url_suffix",
    [
        (b"INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }", {"Content-Type": "application/sparql-update"}, ""),
        (urlencode({"update": "CLEAR ALL"}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}, ""),
        (b"LOAD <file:///etc/passwd>", {"Content-Type": "application/sparql-query"}, ""),
        (None, {}, "?query=" + quote("INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }")),
        (None, {}, "?query=" + quote("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")),
    ],
)
def test_updates_and_service_are_refused(base_url: str, data, headers, url_suffix: str) -> None:
    status, _, body = fetch(f"{base_url}/sparql{url_suffix}", data, headers)
    assert status == 403, body
    status, _, body = fetch(f"{base_url}/sparql?query={quote(ORGS)}")
    assert labels(body) == ORG_LABELS  # nothing changed


def test_missing_query_and_unknown_path(base_url: str) -> None:
    assert fetch(f"{base_url}/sparql", b"", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
    assert fetch(f"{base_url}/sparql?query=ASK{{}}&query=ASK{{}}")[0] == 400
    assert fetch(f"{base_url}/nothing")[0] == 404
    assert fetch(f"{base_url}/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415
    assert fetch(f"{base_url}/sparql", b"", {}, method="PUT")[0] == 405


def test_concurrent_queries(base_url: str) -> None:
    queries = [e.text for e in list_examples() if e.name != "cooperation-network"][:5]
    expected = {q: fetch(f"{base_url}/sparql?query={quote(q)}")[2] for q in queries}

    def worker(_: int) -> list[bool]:
        return [fetch(f"{base_url}/sparql?query={quote(q)}")[2] == expected[q] for q in queries]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))
    assert all(all(r) for r in results) and sum(len(r) for r in results) == 40


def test_index_page_is_self_contained(base_url: str) -> None:
    status, ctype, body = fetch(f"{base_url}/")
    assert status == 200 and ctype.startswith("text/html")
    assert 'id="yasgui"' in body and 'id="examples"' in body and 'href="graph.html"' in body
    # Scripts and styles only from this server (relative paths), no other host.
    assert re.findall(r'(?:src|href)="([^"]*)"', body) == [
        "data:,", "static/yasgui/yasgui.min.css", "static/query.css", "graph.html",
        "static/yasgui/yasgui.min.js", "static/query.js"]
    status, _, page = fetch(f"{base_url}/graph.html")
    assert status == 200 and "graph page" in page


@pytest.mark.parametrize(
    "accept, kind, expected",
    [
        (None, QueryKind.SELECT, "json"),
        ("text/turtle", QueryKind.SELECT, None),
        (None, QueryKind.CONSTRUCT, "turtle"),
        ("application/sparql-results+json", QueryKind.CONSTRUCT, None),
        ("text/tab-separated-values;q=0.9, text/csv;q=0.8", QueryKind.ASK, "tsv"),
    ],
)
def test_negotiate(accept: str | None, kind: QueryKind, expected: str | None) -> None:
    chosen = negotiate(accept, kind)
    assert (chosen[1] if chosen else None) == expected


def test_endpoint_falls_back_to_the_graph_file(tmp_path: Path) -> None:
    from kgreport.errors import GraphNotFoundError
    from kgreport.query.serve import open_endpoint

    with pytest.raises(GraphNotFoundError):
        open_endpoint(tmp_path)
    shutil.copy(SAMPLE, tmp_path / "graph.ttl")
    endpoint = open_endpoint(tmp_path)  # no store/: the graph file, in memory
    assert endpoint.source.endswith("graph.ttl") and len(endpoint.store) > 0
    write_store(tmp_path / "graph.ttl", tmp_path / "store")
    assert open_endpoint(tmp_path).source == "store"


def test_serve_cli_reports_a_missing_build(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kgreport.cli import cli

    res = CliRunner().invoke(cli, ["serve", "--out", str(tmp_path / "none"), "--port", "0"])
    assert res.exit_code == 7 and res.output.startswith("Error:") and res.output.count("\n") == 1
