"""The query page of ``kgreport serve`` (vendored YASGUI) and CORS, in Debian's Chromium through Playwright.

A real server on a free loopback port; every request that is not to it (or,
for the CORS test, to a second server standing for another origin) is
aborted and recorded. The page runs under its own Content-Security-Policy.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.request import Request, urlopen

import pytest

from kgreport.query.engine import get_example, list_examples
from kgreport.query.serve import STATIC_FILES, make_server, with_prefixes

from test_html_browser import CHROMIUM, CHROMIUM_ARGS
from conftest import sample_store_build, serving

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
ORG_LABELS = ["安吉县人民政府", "浙江大学", "湖州师范学院"]
ORGS = "SELECT ?l WHERE { ?o a kgr:Organization ; rdfs:label ?l } ORDER BY ?l"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = sample_store_build(tmp_path_factory.mktemp("out"), page=True)
    with serving(make_server(out, "127.0.0.1", 0)) as url:
        yield url


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urlopen(url, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def rows_of(base_url: str, query: str) -> list[dict[str, Any]]:
    """The JSON bindings the endpoint answers ``query`` with (what the page's table must show)."""
    return json.loads(get(f"{base_url}/sparql?query={quote(query)}")[2])["results"]["bindings"]


# ------------------------------------------------------------------ without a browser


def test_page_and_its_assets_come_from_the_server(base_url: str) -> None:
    status, headers, body = get(f"{base_url}/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert '<script src="static/yasgui/yasgui.min.js">' in page and 'href="graph.html"' in page
    assert "//" not in page.replace("://w3id.org", "").replace("://www.w3.org", "").replace("://purl.org", "") \
        .replace("://schema.org", "")  # no other host: no CDN
    for name in ("yasgui/yasgui.min.js", "yasgui/yasgui.min.css", "yasgui/LICENSE", "query.js", "query.css"):
        status, headers, body = get(f"{base_url}/static/{name}")
        assert status == 200 and body == STATIC_FILES[name].read_bytes()
    assert b"MIT License" in get(f"{base_url}/static/yasgui/LICENSE")[2]
    assert json.loads(get(f"{base_url}/prefixes.json")[2])["kgr"] == "https://w3id.org/kgreport/ontology#"


@pytest.mark.parametrize("path", ["/static/../serve.py", "/static/%2e%2e/serve.py", "/static/", "/static/yasgui",
                                  "/static/yasgui/yasgui.min.js.map", "/static//etc/passwd"])
def test_static_serves_only_its_own_files(base_url: str, path: str) -> None:
    from urllib.error import HTTPError

    with pytest.raises(HTTPError) as caught:
        get(base_url + path)
    assert caught.value.code == 404


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT * { ?o a kgr:Organization }",
         "PREFIX kgr: <https://w3id.org/kgreport/ontology#>\nSELECT * { ?o a kgr:Organization }"),
        ("# about\nSELECT * { ?o rdfs:label ?l ; a kgr:X }",
         "# about\nPREFIX kgr: <https://w3id.org/kgreport/ontology#>\n"
         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT * { ?o rdfs:label ?l ; a kgr:X }"),
        ("PREFIX kgr: <http://other/>\nSELECT * { ?o a kgr:X }", "PREFIX kgr: <http://other/>\nSELECT * { ?o a kgr:X }"),
        ("SELECT * { ?o ?p <http://a/kgr:b> }", "SELECT * { ?o ?p <http://a/kgr:b> }"),
    ],
)
def test_with_prefixes(query: str, expected: str) -> None:
    assert with_prefixes(query) == expected


# ------------------------------------------------------------------ in Chromium


@dataclass
class Visit:
    """A page in a browser context that may reach only ``allowed`` origins, and what it tried."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run scripts/install-system-deps.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def visit(browser: Any, allowed: list[str]) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    out = Visit(page)

    def route(r: Any) -> None:
        if any(r.request.url.startswith(origin + "/") for origin in allowed):
            r.continue_()
        else:
            out.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda req: out.requests.append(req.url))
    page.on("pageerror", lambda exc: out.errors.append(f"pageerror: {exc}"))
    # Console errors include CSP violations and failed loads.
    page.on("console", lambda msg: out.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    yield out
    context.close()


@pytest.fixture
def on_page(browser: Any, base_url: str) -> Iterator[Visit]:
    for v in visit(browser, [base_url]):
        v.page.goto(f"{base_url}/")
        v.page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        yield v


def editor_text(v: Visit) -> str:
    return v.page.evaluate("window.kgreportYasgui.getTab().getYasqe().getValue()")


@pytest.mark.browser
def test_page_loads_offline_with_no_error(on_page: Visit, base_url: str) -> None:
    v = on_page
    v.page.wait_for_timeout(500)  # let late requests (prefixes, fonts) happen before counting them
    assert v.errors == [] and v.blocked == []
    assert v.requests and all(url.startswith(base_url + "/") for url in v.requests)
    assert f"{base_url}/prefixes.json" in v.requests  # the editor's prefixes come from this server
    # The editor highlights SPARQL: keywords and variables are styled tokens.
    assert v.page.locator(".CodeMirror .cm-keyword").count() > 0
    assert v.page.locator(".CodeMirror .cm-atom, .CodeMirror .cm-variable-2").count() > 0
    first = get_example("reports").text
    assert editor_text(v) == with_prefixes(first)
    options = v.page.locator("#examples option").evaluate_all("os => os.map(o => o.value).filter(Boolean)")
    assert options == [e.name for e in list_examples()]


@pytest.mark.browser
def test_an_example_runs_and_its_rows_show(on_page: Visit, base_url: str) -> None:
    v = on_page
    name = "organizations-in-several-reports"
    example = get_example(name).text
    expected = rows_of(base_url, example)
    assert expected  # the sample has organizations named in both reports
    v.page.select_option("#examples", name)
    assert editor_text(v) == with_prefixes(example)
    assert "PREFIX kgr: <https://w3id.org/kgreport/ontology#>" in editor_text(v)
    v.page.click("#run-example")
    rows = v.page.locator(".yasr table.dataTable tbody tr")
    rows.first.wait_for(timeout=30_000)
    assert rows.count() == len(expected)
    shown = v.page.locator(".yasr table.dataTable tbody").inner_text()
    for binding in expected:
        for value in binding.values():
            if value["type"] == "literal":
                assert value["value"] in shown
    assert any(url.startswith(f"{base_url}/sparql") for url in v.requests)
    assert v.errors == [] and v.blocked == []


@pytest.mark.browser
def test_a_query_typed_in_the_editor_runs_with_its_prefix_added(on_page: Visit, base_url: str) -> None:
    v = on_page
    v.page.evaluate("window.kgreportYasgui.getTab().getYasqe().setValue('')")
    v.page.click(".yasqe .CodeMirror")
    v.page.keyboard.type("SELECT ?l WHERE { ?o a kgr:Organization ; rdfs:label ?l } ORDER BY ?l", delay=10)
    text = editor_text(v)
    assert "PREFIX kgr: <https://w3id.org/kgreport/ontology#>" in text  # added by the editor as the prefix was typed
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in text
    v.page.click(".yasqe_queryButton")
    cells = v.page.locator(".yasr table.dataTable tbody tr")
    cells.first.wait_for(timeout=30_000)
    shown = v.page.locator(".yasr table.dataTable tbody").inner_text()
    assert cells.count() == len(ORG_LABELS) and all(label in shown for label in ORG_LABELS)
    assert v.errors == [] and v.blocked == []


class _OtherOrigin(BaseHTTPRequestHandler):
    """A page of another origin (another port) that queries the endpoint with fetch."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        body = b"<!DOCTYPE html><title>elsewhere</title><p>another site"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.mark.browser
def test_a_page_of_another_origin_can_query_with_fetch(browser: Any, base_url: str) -> None:
    other = ThreadingHTTPServer(("127.0.0.1", 0), _OtherOrigin)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{other.server_address[1]}"
    try:
        for v in visit(browser, [base_url, origin]):
            v.page.goto(f"{origin}/")
            answers = v.page.evaluate(
                """async ([endpoint, query]) => {
                  const post = await fetch(endpoint, {method: "POST", body: query, headers: {
                      "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml",
                      "X-Requested-With": "test"}});  // not CORS-safelisted: a preflight goes first
                  const get = await fetch(endpoint + "?query=" + encodeURIComponent(query),
                                          {headers: {"Accept": "application/sparql-results+json"}});
                  return [post.status, await post.text(), get.status, await get.json()];
                }""",
                [f"{base_url}/sparql", ORGS],
            )
            post_status, post_xml, get_status, get_json = answers
            assert post_status == 200 and all(f"<literal>{label}</literal>" in post_xml for label in ORG_LABELS)
            assert get_status == 200 and [b["l"]["value"] for b in get_json["results"]["bindings"]] == ORG_LABELS
            assert v.errors == [] and v.blocked == []
    finally:
        other.shutdown()
        other.server_close()


@pytest.mark.browser
def test_a_shared_link_opens_its_query(browser: Any, base_url: str) -> None:
    """YASGUI's share links (``/?query=…&endpoint=…``) open the query they carry, on this server's page."""
    for v in visit(browser, [base_url]):
        v.page.goto(f"{base_url}/?query={quote(ORGS)}&endpoint={quote(base_url + '/sparql')}")
        v.page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        assert editor_text(v) == ORGS
        # YASGUI runs a shared link's query itself on load. No click: a click on the query button while
        # that request is still out aborts it (the button toggles to "cancel"), which made this test flaky.
        rows = v.page.locator(".yasr table.dataTable tbody tr")
        rows.first.wait_for(timeout=60_000)
        assert rows.count() == len(ORG_LABELS)
        assert v.errors == [] and v.blocked == []


@pytest.fixture(scope="module")
def bundled_url(bundled_build: Path) -> Iterator[str]:
    with serving(make_server(bundled_build, "127.0.0.1", 0)) as url:
        yield url


def poll(v: Visit, expression: str, timeout: float = 60.0) -> None:
    """Wait until ``expression`` is true in the page (wait_for_function needs eval, which the page's CSP forbids)."""
    import time

    deadline = time.monotonic() + timeout
    while not v.page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        v.page.wait_for_timeout(50)


@pytest.mark.browser
def test_every_example_runs_on_the_page_over_the_bundled_build(browser: Any, bundled_url: str) -> None:
    """Each example, chosen in the list and run, shows what the endpoint answers: its row count, boolean or graph."""
    from kgreport.query.engine import QueryKind, check_query

    for v in visit(browser, [bundled_url]):
        v.page.goto(f"{bundled_url}/")
        v.page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        v.page.evaluate("() => { window.responses = 0; kgreportYasgui.on('queryResponse', () => { window.responses += 1; }); }")
        shown: dict[str, str] = {}
        for n, example in enumerate(list_examples(), start=1):
            v.page.select_option("#examples", example.name)
            v.page.click("#run-example")
            poll(v, f"window.responses >= {n}")
            kind = check_query(example.text).kind
            results = v.page.locator(".yasr .yasr_results")
            if kind is QueryKind.ASK:
                answer = json.loads(get(f"{bundled_url}/sparql?query={quote(example.text)}")[2])["boolean"]
                poll(v, "document.querySelector('.yasr .yasr_results').innerText.trim() !== ''")
                assert str(answer).lower() in results.inner_text().lower(), example.name
                shown[example.name] = str(answer)
                continue
            if kind is QueryKind.SELECT:
                count = len(rows_of(bundled_url, example.text))
            else:  # YASR shows a graph as a table of triples
                request = Request(f"{bundled_url}/sparql?query={quote(example.text)}",
                                  headers={"Accept": "application/n-triples"})
                with urlopen(request, timeout=30) as response:
                    count = len(response.read().decode("utf-8").splitlines())
            info = v.page.locator(".yasr .dt-info").first
            if count:
                info.wait_for(timeout=10_000)
                # "Showing 1 to 50 of 1,234 entries"; YASR may still be drawing just after the response
                for _ in range(100):
                    total = re.search(r"of ([\d,]+) entr", info.inner_text())
                    if total and int(total.group(1).replace(",", "")) == count:
                        break
                    v.page.wait_for_timeout(100)
                assert total and int(total.group(1).replace(",", "")) == count, (example.name, info.inner_text())
            else:
                poll(v, "document.querySelector('.yasr .yasr_results').innerText.trim() !== ''")
                assert "no data" in results.inner_text().lower(), example.name
            shown[example.name] = f"{count} {'rows' if kind is QueryKind.SELECT else 'triples'}"
        assert len(shown) == len(list_examples()) and v.errors == [] and v.blocked == []
        print(shown)


@pytest.mark.browser
def test_a_query_stopped_at_the_time_limit_shows_its_error_on_the_page(browser: Any, tmp_path: Path) -> None:
    from kgreport.query.worker import QueryLimits

    from test_serve_limits import RUNAWAY_COUNT

    shutil.copy(SAMPLE, tmp_path / "graph.ttl")
    server = make_server(tmp_path, "127.0.0.1", 0, limits=QueryLimits(timeout=2.0, max_memory_mb=1024), workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://{}:{}".format(*server.server_address[:2])
    try:
        for v in visit(browser, [base]):
            v.page.goto(f"{base}/")
            v.page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
            v.page.evaluate("q => kgreportYasgui.getTab().getYasqe().setValue(q)", RUNAWAY_COUNT)
            v.page.click(".yasqe_queryButton")
            poll(v, "document.querySelector('.yasr').innerText.includes('time limit')")
            assert "query stopped at the time limit of 2 s" in v.page.locator(".yasr").inner_text()
            # The browser logs the 504 itself; nothing else went wrong.
            assert [e for e in v.errors if "504" not in e] == [] and v.blocked == []
    finally:
        server.shutdown()
        server.server_close()
