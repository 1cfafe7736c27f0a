"""graph.html in a real browser: Debian's chromium driven by Playwright, offline.

The page is built from the ``page_graph`` fixture (the bundled report's build, and a
hand-written sample with hostile names). The corpus features (facets, search of undrawn
entities, expansion, timeline, URL fragment) are tested on ``corpus_graph``: the two
as two reports of different years, levels and regions, with one relation across them.
Every test loads the page with all non-file requests aborted and recorded.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import rdflib

from kgreport.html.render import render_html

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KGREPORT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]
SAMPLE = Path(__file__).parent / "data" / "render_sample.ttl"
ARTIFACTS = Path(__file__).resolve().parents[1] / "out" / "test-artifacts"
PREFIXES = """
PREFIX kgr: <https://w3id.org/kgreport/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
CLASSES = ["Organization", "Place", "Project", "Program", "Honor"]
RELATIONS = ["cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"]


@pytest.fixture(scope="module", params=["bundled-report", "hostile-sample"])
def page_name(request: pytest.FixtureRequest) -> str:
    """Which page is under test: the build of the bundled report, or a sample with hostile names."""
    return request.param


@functools.cache
def _bundled_report_graph() -> rdflib.Graph:
    from kgreport.build import runner
    from kgreport.graph import rdf

    reports, _ = runner.extract_all([Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt"])
    return rdf.merged_graph(reports)


@pytest.fixture(scope="module")
def page_graph(page_name: str, tmp_path_factory: pytest.TempPathFactory) -> rdflib.Graph:
    """The RDF graph the page under test is built from ($KGREPORT_PAGE_GRAPH overrides)."""
    if os.environ.get("KGREPORT_PAGE_GRAPH"):
        return rdflib.Graph().parse(os.environ["KGREPORT_PAGE_GRAPH"])
    if page_name == "hostile-sample":
        return rdflib.Graph().parse(SAMPLE)
    return _bundled_report_graph()


@pytest.fixture(scope="module")
def graph_html(page_graph: rdflib.Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    render_html(page_graph, path, title="kgreport 浏览器测试")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run scripts/install-system-deps.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Loaded:
    """A loaded page plus what it tried to do."""

    page: Any
    name: str = ""
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


def _open(browser: Any, path: Path, name: str, fragment: str = "") -> tuple[Any, Loaded]:
    """A new offline context with ``path`` loaded and ready; returns (context, what the page did)."""
    # bypass_csp: test what the page itself does, not what its CSP would stop
    # (and let Playwright evaluate its polling predicates).
    context = browser.new_context(viewport={"width": 1400, "height": 850}, offline=True, bypass_csp=True)
    page = context.new_page()
    out = Loaded(page, name)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            out.blocked.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        out.dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    page.on("request", lambda req: out.requests.append(req.url))
    page.on("dialog", dialog)
    page.on("pageerror", lambda exc: out.errors.append(str(exc)))
    page.goto(path.as_uri() + fragment)
    page.wait_for_function("window.kgreport && window.kgreport.ready", timeout=30_000)
    return context, out


def _clean(loaded: Loaded) -> None:
    """No dialog, no page error, no request that is not the page itself."""
    assert loaded.dialogs == [] and loaded.errors == [] and loaded.blocked == []
    assert all(url.startswith("file:") for url in loaded.requests)


@pytest.fixture
def loaded(browser: Any, graph_html: Path, page_name: str) -> Iterator[Loaded]:
    context, out = _open(browser, graph_html, page_name)
    yield out
    context.close()


def _select(graph: rdflib.Graph, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in graph.query(PREFIXES + query)]


def _class_of_entities(graph: rdflib.Graph) -> dict[str, str]:
    """Entity IRI -> class; the first of CLASSES wins, as on the page."""
    out: dict[str, str] = {}
    for cls in CLASSES:
        for (e,) in _select(graph, f"SELECT ?e WHERE {{ ?e a kgr:{cls} }}"):
            out.setdefault(str(e), cls)
    return out


def _click_node(loaded: Loaded, node_id: int) -> None:
    """Zoom onto a node, check it is the one under its centre, and click it."""
    loaded.js(
        "id => kgreport.network.moveTo({position: kgreport.network.getPositions([id])[id], scale: 1.5})",
        node_id,
    )
    loaded.page.wait_for_timeout(100)
    pt = loaded.js("id => kgreport.nodePagePoint(id)", node_id)
    box = loaded.page.locator("#network").bounding_box()
    at = loaded.js("p => kgreport.network.getNodeAt(p)", {"x": pt["x"] - box["x"], "y": pt["y"] - box["y"]})
    assert at == node_id
    loaded.page.mouse.click(pt["x"], pt["y"])
    loaded.page.wait_for_selector(f'#panel-body[data-node="{node_id}"]', timeout=5_000)


def test_no_request_leaves_the_page(loaded: Loaded) -> None:
    loaded.page.fill("#search", "a")
    loaded.page.wait_for_timeout(300)
    assert loaded.blocked == []
    assert loaded.requests and all(url.startswith("file:") for url in loaded.requests)
    assert loaded.errors == []


def test_every_entity_is_drawn(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    entities = _class_of_entities(page_graph)
    assert loaded.js("kgreport.drawnNodeIds().length") == len(entities) > 0
    iris = loaded.js("kgreport.data.nodes.map(n => n.iri)")
    assert sorted(iris) == sorted(entities)
    edges = {
        (str(s), p, str(o)) if p != "cooperatesWith" else (min(str(s), str(o)), p, max(str(s), str(o)))
        for p in RELATIONS
        for s, o in _select(page_graph, f"SELECT ?s ?o WHERE {{ ?s kgr:{p} ?o }}")
        if str(s) in entities and str(o) in entities and s != o
    }
    assert loaded.js("kgreport.drawnEdgeIds().length") == len(edges)
    # once ready the layout has settled and physics is off: nothing moves
    before = loaded.js("JSON.stringify(kgreport.network.getPositions())")
    loaded.page.wait_for_timeout(300)
    assert loaded.js("JSON.stringify(kgreport.network.getPositions())") == before


def test_class_checkbox_hides_that_class(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    entities = _class_of_entities(page_graph)
    total = len(entities)
    for cls in sorted(set(entities.values())):
        n = sum(1 for c in entities.values() if c == cls)
        count = loaded.page.locator(f"#class-{cls} .count").text_content()
        assert count == str(n)
        box = loaded.page.locator(f"#class-{cls} input")
        box.uncheck()
        assert loaded.js("kgreport.drawnNodeIds().length") == total - n
        shown = loaded.js("kgreport.drawnNodeIds().map(id => kgreport.data.classes[kgreport.data.nodes[id].cls].key)")
        assert cls not in shown
        box.check()
        assert loaded.js("kgreport.drawnNodeIds().length") == total


def test_relation_checkbox_hides_that_relation(loaded: Loaded) -> None:
    total = loaded.js("kgreport.drawnEdgeIds().length")
    for rel in RELATIONS:
        n = loaded.js("k => kgreport.data.edges.filter(e => kgreport.data.relations[e.rel].key === k).length", rel)
        if not n:
            continue
        loaded.page.locator(f"#relation-{rel} input").uncheck()
        assert loaded.js("kgreport.drawnEdgeIds().length") == total - n
        loaded.page.locator(f"#relation-{rel} input").check()
    assert loaded.js("kgreport.drawnEdgeIds().length") == total


def test_search_finds_node_by_alternative_name(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    labels = {str(x) for (x,) in _select(page_graph, "SELECT ?l WHERE { ?e rdfs:label ?l }")}
    rows = _select(
        page_graph,
        "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt ; kgr:mentionedIn ?s } ORDER BY ?alt",
    )
    entities = _class_of_entities(page_graph)
    alt = next(str(a) for e, a in rows if str(e) in entities and str(a) not in labels)
    loaded.page.fill("#search", alt)
    assert loaded.page.locator("#search-results li").count() >= 1
    loaded.page.press("#search", "Enter")
    loaded.page.wait_for_selector("#panel-body[data-node]", timeout=5_000)
    selected = loaded.js("kgreport.network.getSelectedNodes()")
    assert len(selected) == 1
    names = loaded.js("id => [kgreport.data.nodes[id].label].concat(kgreport.data.nodes[id].alt)", selected[0])
    assert alt in names
    assert loaded.page.locator("#panel-body h2").text_content() == names[0]
    assert alt in loaded.page.locator("#panel-body .alt-names").text_content()
    loaded.page.wait_for_timeout(500)  # the focus animation
    centre = loaded.js("id => kgreport.network.canvasToDOM(kgreport.network.getPositions([id])[id])", selected[0])
    box = loaded.page.locator("#network").bounding_box()
    assert 0 <= centre["x"] <= box["width"] and 0 <= centre["y"] <= box["height"]


def test_click_node_shows_its_evidence(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    node = loaded.js("kgreport.data.nodes.slice().sort((a, b) => b.deg - a.deg || a.id - b.id)[0]")
    texts = [
        str(t)
        for (t,) in _select(
            page_graph,
            f"SELECT ?t WHERE {{ <{node['iri']}> kgr:mentionedIn ?s . ?s kgr:text ?t ; kgr:order ?o }} ORDER BY ?o",
        )
    ]
    titles = {str(t) for (t,) in _select(page_graph, "SELECT ?t WHERE { ?r a kgr:Report ; <http://purl.org/dc/terms/title> ?t }")}
    texts = [t for t in texts if t not in titles]  # the title line is no evidence sentence
    assert texts
    _click_node(loaded, node["id"])
    panel = loaded.page.locator("#panel-body")
    assert panel.locator("h2").text_content() == node["label"]
    evidence = panel.locator("ol.evidence li")
    assert evidence.first.text_content().startswith(texts[0])
    shown = [evidence.nth(i).text_content() for i in range(evidence.count())]
    assert not any(line.startswith(title) for line in shown for title in titles)
    assert node["iri"] in panel.text_content()
    groups = panel.locator(".neighbours")
    assert groups.count() >= 1
    # a neighbour button opens the neighbour
    groups.first.locator("button").first.click()
    loaded.page.wait_for_function(
        f"document.getElementById('panel-body').getAttribute('data-node') !== '{node['id']}'"
    )
    _click_node(loaded, node["id"])
    loaded.js("kgreport.network.fit()")
    loaded.page.wait_for_timeout(200)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    loaded.page.screenshot(path=str(ARTIFACTS / f"graph-{loaded.name}.png"))


def test_click_edge_shows_its_sentence(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    edge = loaded.js("kgreport.data.edges.find(e => e.ev.length > 0)")
    assert edge is not None
    rel = RELATIONS[edge["rel"]]
    src = loaded.js("id => kgreport.data.nodes[id].iri", edge["from"])
    dst = loaded.js("id => kgreport.data.nodes[id].iri", edge["to"])
    pair = f"VALUES (?a ?b) {{ (<{src}> <{dst}>) (<{dst}> <{src}>) }}"
    texts = {
        str(t)
        for (t,) in _select(
            page_graph,
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            f"SELECT ?t WHERE {{ {pair} ?st rdf:subject ?a ; rdf:predicate kgr:{rel} ; rdf:object ?b ; "
            "prov:wasDerivedFrom ?s . ?s kgr:text ?t }",
        )
    }
    assert texts
    # Zoom on the edge's midpoint and click there.
    mid = loaded.js(
        """id => { const e = kgreport.network.body.edges[id];
                   const p = e.edgeType.getPoint(0.5);
                   kgreport.network.moveTo({position: {x: p.x, y: p.y}, scale: 1.5});
                   return id; }""",
        edge["id"],
    )
    loaded.page.wait_for_timeout(100)
    pt = loaded.js(
        """id => { const p = kgreport.network.body.edges[id].edgeType.getPoint(0.5);
                   const d = kgreport.network.canvasToDOM(p);
                   const r = document.getElementById('network').getBoundingClientRect();
                   return {x: r.left + d.x, y: r.top + d.y}; }""",
        mid,
    )
    loaded.page.mouse.click(pt["x"], pt["y"])
    loaded.page.wait_for_selector(f'#panel-body[data-edge="{edge["id"]}"]', timeout=5_000)
    panel = loaded.page.locator("#panel-body")
    assert rel in panel.locator("h2").text_content()
    shown = panel.locator("ol.evidence li").first.text_content()
    assert any(shown.startswith(t) for t in texts)


def test_report_lists_its_indicators(loaded: Loaded, page_graph: rdflib.Graph) -> None:
    rows = _select(
        page_graph,
        "SELECT ?r ?label WHERE { ?i a kgr:Indicator ; kgr:inReport ?r ; rdfs:label ?label ; "
        "kgr:mentionedIn ?s . ?s kgr:order ?o } ORDER BY ?r ?o ?i",
    )
    reports = sorted({str(r) for (r,) in _select(page_graph, "SELECT ?r WHERE { ?r a kgr:Report }")})
    assert loaded.page.locator("#report-list button").count() == len(reports) > 0
    if not rows:
        pytest.skip("the page graph has no indicators")
    report, label = str(rows[0][0]), str(rows[0][1])
    loaded.page.locator("#report-list button").nth(reports.index(report)).click()
    panel = loaded.page.locator("#panel-body")
    loaded.page.wait_for_selector(f'#panel-body[data-report="{reports.index(report)}"]', timeout=5_000)
    assert panel.locator("code").text_content() == report
    first = panel.locator("table.indicators tr").first.locator("td").first.text_content()
    assert first.startswith(label)


def test_hover_shows_tooltip(loaded: Loaded) -> None:
    node = loaded.js("kgreport.data.nodes.slice().sort((a, b) => b.deg - a.deg || a.id - b.id)[0]")
    loaded.js(
        "id => kgreport.network.moveTo({position: kgreport.network.getPositions([id])[id], scale: 1.5})", node["id"]
    )
    loaded.page.wait_for_timeout(100)
    pt = loaded.js("id => kgreport.nodePagePoint(id)", node["id"])
    loaded.page.mouse.move(pt["x"] - 3, pt["y"] - 3)
    loaded.page.mouse.move(pt["x"], pt["y"])
    tip = loaded.page.locator(".vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    text = tip.text_content()
    cls = loaded.js("c => kgreport.data.classes[c].key", node["cls"])
    assert cls in text and node["label"] in text


def test_no_script_from_report_text_runs(loaded: Loaded) -> None:
    # Render every panel, every search result list and every tooltip text.
    loaded.js("kgreport.data.nodes.forEach(n => kgreport.showNodePanel(n.id))")
    loaded.js("kgreport.data.edges.forEach(e => kgreport.showEdgePanel(e.id))")
    loaded.js("kgreport.data.reports.forEach((r, i) => kgreport.showReportPanel(i))")
    labels = loaded.js("kgreport.data.nodes.map(n => n.label)")
    for label in labels:
        loaded.page.fill("#search", label)
    hostile = [lab for lab in labels if "<" in lab or '"' in lab]
    if loaded.name == "hostile-sample":
        assert len(hostile) >= 2, "the sample must carry hostile names"
    for label in hostile:
        node_id = loaded.js("l => kgreport.data.nodes.find(n => n.label === l).id", label)
        _click_node(loaded, node_id)
        assert loaded.page.locator("#panel-body h2").text_content() == label
        pt = loaded.js("id => kgreport.nodePagePoint(id)", node_id)
        loaded.page.mouse.move(pt["x"] + 1, pt["y"] + 1)
        tip = loaded.page.locator(".vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        assert label in tip.inner_text()  # shown as text, not parsed as HTML
        loaded.page.mouse.move(5, 5)
        loaded.page.wait_for_timeout(200)
    loaded.page.wait_for_timeout(300)
    assert loaded.dialogs == []
    assert loaded.errors == []
    assert loaded.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert loaded.js("document.scripts.length") == 3


def _boxes_overlapping(boxes: list[dict[str, float]]) -> list[tuple[int, int]]:
    """Pairs of label boxes that share more than half a pixel both ways."""
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            dx = min(a["right"], b["right"]) - max(a["left"], b["left"])
            dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if dx > 0.5 and dy > 0.5:
                out.append((a["id"], b["id"]))
    return out


def test_labels_legible_and_apart_at_first_view(loaded: Loaded) -> None:
    boxes = loaded.js("kgreport.labelBoxes()")
    assert len(boxes) == loaded.js("kgreport.drawnNodeIds().length") > 0
    assert all(b["right"] > b["left"] and b["bottom"] > b["top"] for b in boxes)
    assert _boxes_overlapping(boxes) == []
    net = loaded.page.locator("#network").bounding_box()
    assert all(net["x"] - 1 <= b["left"] and b["right"] <= net["x"] + net["width"] + 1 for b in boxes)  # all in view
    scale = loaded.js("kgreport.network.getScale()")
    font = loaded.js("kgreport.network.body.nodes[kgreport.drawnNodeIds()[0]].labelModule.fontOptions.size")
    assert font * scale >= 10  # pixels on screen
    # Opening the side panel does not shrink the drawing (it floats over it).
    node = loaded.js("kgreport.data.nodes.slice().sort((a, b) => b.deg - a.deg || a.id - b.id)[0]")
    _click_node(loaded, node["id"])
    loaded.js("kgreport.network.fit({animation: false})")
    loaded.page.wait_for_timeout(100)
    assert loaded.js("kgreport.network.getScale()") == pytest.approx(scale, rel=0.01)
    _clean(loaded)


def test_edge_labels_on_hover_or_zoom(loaded: Loaded) -> None:
    edge = loaded.js("kgreport.drawnEdgeIds()[0]")
    visible = "id => kgreport.network.body.edges[id].labelModule.visible()"
    loaded.js("kgreport.network.moveTo({scale: 0.9})")
    loaded.page.wait_for_timeout(100)
    assert loaded.js(visible, edge) is False  # not at the overview's scale
    loaded.js("id => kgreport.network.emit('hoverEdge', {edge: id})", edge)
    loaded.page.wait_for_timeout(100)
    assert loaded.js(visible, edge) is True
    loaded.js("id => kgreport.network.emit('blurEdge', {edge: id})", edge)
    loaded.page.wait_for_timeout(100)
    assert loaded.js(visible, edge) is False
    loaded.js("kgreport.network.moveTo({scale: 2})")
    loaded.page.wait_for_timeout(100)
    assert loaded.js(f"kgreport.drawnEdgeIds().every({visible})") is True


# ---- corpus features ------------------------------------------------------------------

OTHER = "https://w3id.org/kgreport/id/report/qingshan-2023"  # the sample, made a 2019 city report in 北京市


@functools.cache
def _corpus_graph() -> rdflib.Graph:
    """The bundled report (2023, county, 浙江省) and the sample as a second report (2019, city, 北京市).

    The bundled report's issuer cooperates with 碧溪产业园, which only the sample names (a link
    across reports for expansion); a sentence of the bundled report names the sample's 绿水集团,
    which so has a timeline of two reports.
    """
    from kgreport.graph.vocab import DATA, KGR

    g = rdflib.Graph()
    for t in _bundled_report_graph():
        g.add(t)
    other = rdflib.URIRef(OTHER)
    for s, p, o in rdflib.Graph().parse(SAMPLE):
        if not (s == other and p in (KGR.year, KGR.level)):
            g.add((s, p, o))
    g.add((other, KGR.year, rdflib.Literal(2019)))
    g.add((other, KGR.level, rdflib.Literal("city")))
    g.add((DATA["place/青山县"], KGR.divisionCode, rdflib.Literal("110101")))
    bundled = next(r for r in g.subjects(rdflib.RDF.type, KGR.Report) if r != other)
    g.add((g.value(bundled, KGR.issuer), KGR.cooperatesWith, DATA["place/碧溪产业园"]))
    sentence = next(s for s in g.subjects(KGR.inReport, bundled) if (s, rdflib.RDF.type, KGR.Sentence) in g)
    g.add((DATA["org/绿水集团"], KGR.mentionedIn, sentence))
    return g


@pytest.fixture(scope="module")
def corpus_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-report page; every entity fits in the view."""
    path = tmp_path_factory.mktemp("corpus") / "graph.html"
    render_html(_corpus_graph(), path, title="两份报告")
    return path


@pytest.fixture(scope="module")
def capped_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-report page drawing only its 5 best-connected entities at first."""
    path = tmp_path_factory.mktemp("capped") / "graph.html"
    render_html(_corpus_graph(), path, max_nodes=5, title="两份报告")
    return path


@pytest.fixture
def corpus(browser: Any, corpus_html: Path) -> Iterator[Loaded]:
    context, out = _open(browser, corpus_html, "corpus")
    yield out
    context.close()


def _drawn(loaded: Loaded) -> set[int]:
    return set(loaded.js("kgreport.drawnNodeIds()"))


def _named_by(loaded: Loaded, reports: set[str]) -> set[int]:
    """Ids of the entities the given reports name."""
    return set(
        loaded.js(
            """iris => { const ok = new Set(kgreport.data.reports.map((r, i) => iris.includes(r.iri) ? i : -1));
                         return kgreport.data.nodes.filter(n => n.reps.some(r => ok.has(r))).map(n => n.id); }""",
            sorted(reports),
        )
    )


def _neighbours(loaded: Loaded, node_id: int) -> set[int]:
    return set(
        loaded.js(
            "id => kgreport.data.edges.filter(e => e.from === id || e.to === id).map(e => e.from === id ? e.to : e.from)",
            node_id,
        )
    )


@pytest.mark.parametrize(
    ("facet", "kept"),
    [
        ("report", {OTHER}),
        ("years", "bundled"),
        ("level", {OTHER}),
        ("region", {OTHER}),
    ],
)
def test_each_facet_narrows_the_drawing(corpus: Loaded, facet: str, kept: Any) -> None:
    page = corpus.page
    reports = corpus.js("kgreport.data.reports.map(r => r.iri)")
    assert len(reports) == 2
    kept = {r for r in reports if r != OTHER} if kept == "bundled" else kept
    everything = _drawn(corpus)
    assert everything == set(range(corpus.js("kgreport.data.nodes.length")))
    if facet == "report":
        page.select_option("#facet-report", str(reports.index(OTHER)))
    elif facet == "years":
        page.select_option("#facet-year-from", "2023")
    elif facet == "level":
        page.locator('#facet-level input[value="county"]').uncheck()
    else:
        page.select_option("#facet-region", "北京市")
    drawn = _drawn(corpus)
    assert drawn == _named_by(corpus, kept)
    assert 0 < len(drawn) < len(everything)
    summary = page.locator("#summary").text_content()
    assert f"{len(drawn)} / {len(everything)}" in summary and "1 / 2" in summary
    _clean(corpus)


def test_search_draws_an_undrawn_entity_with_its_neighbours(browser: Any, capped_html: Path) -> None:
    context, loaded = _open(browser, capped_html, "capped")
    try:
        drawn = _drawn(loaded)
        assert len(drawn) == 5
        labels = loaded.js("kgreport.data.nodes.map(n => n.label)")
        target = next(
            i for i in range(len(labels))
            if i not in drawn and _neighbours(loaded, i) - drawn and labels.count(labels[i]) == 1
        )
        loaded.page.fill("#search", labels[target])
        assert loaded.page.locator("#search-results li").count() >= 1
        loaded.page.press("#search", "Enter")
        loaded.page.wait_for_selector(f'#panel-body[data-node="{target}"]', timeout=5_000)
        now = _drawn(loaded)
        assert {target} | _neighbours(loaded, target) | drawn <= now
        assert loaded.js("kgreport.network.getSelectedNodes()") == [target]
        key = loaded.js("id => kgreport.data.nodes[id].key", target)
        assert loaded.js("decodeURIComponent(location.hash)") == "#node=" + key
        _clean(loaded)
    finally:
        context.close()


def test_expansion_adds_neighbours_step_by_step_across_reports(corpus: Loaded) -> None:
    from kgreport.graph.vocab import KGR

    page = corpus.page
    reports = corpus.js("kgreport.data.reports.map(r => r.iri)")
    bundled = next(r for r in reports if r != OTHER)
    page.select_option("#facet-report", str(reports.index(bundled)))
    issuer = corpus.js("iri => kgreport.nodeIdByIri(iri)", str(_corpus_graph().value(rdflib.URIRef(bundled), KGR.issuer)))
    park = corpus.js("kgreport.nodeIdByIri('https://w3id.org/kgreport/id/place/碧溪产业园')")
    before = _drawn(corpus)
    assert issuer in before and park not in before  # only the other report names the park
    # Step 1: expanding the issuer draws its neighbours, the other report's park among them.
    _click_node(corpus, issuer)
    page.click("#expand")
    step1 = _drawn(corpus)
    assert step1 == before | _neighbours(corpus, issuer) and park in step1
    # Step 2: expanding the park draws its neighbours in turn.
    assert _neighbours(corpus, park) - step1
    corpus.js("id => kgreport.showNodePanel(id)", park)
    page.click("#expand")
    assert _drawn(corpus) == step1 | _neighbours(corpus, park)
    assert _boxes_overlapping(corpus.js("kgreport.labelBoxes()")) == []
    _clean(corpus)


def test_fragment_opens_on_a_node(browser: Any, capped_html: Path) -> None:
    probe, first = _open(browser, capped_html, "capped")
    try:
        drawn = _drawn(first)
        target = next(i for i in range(first.js("kgreport.data.nodes.length")) if i not in drawn)
        key = first.js("id => kgreport.data.nodes[id].key", target)
    finally:
        probe.close()
    from urllib.parse import quote

    context, loaded = _open(browser, capped_html, "capped", "#node=" + quote(key))
    try:
        loaded.page.wait_for_selector(f'#panel-body[data-node="{target}"]', timeout=5_000)
        assert target in _drawn(loaded) and _neighbours(loaded, target) <= _drawn(loaded)
        assert loaded.js("kgreport.network.getSelectedNodes()") == [target]
        loaded.page.wait_for_timeout(500)  # the focus animation
        pt = loaded.js("id => kgreport.nodePagePoint(id)", target)
        box = loaded.page.locator("#network").bounding_box()
        assert box["x"] <= pt["x"] <= box["x"] + box["width"] and box["y"] <= pt["y"] <= box["y"] + box["height"]
        _clean(loaded)
    finally:
        context.close()


def test_timeline_lists_the_reports_and_years_naming_an_entity(corpus: Loaded) -> None:
    partner = corpus.js("kgreport.nodeIdByIri('https://w3id.org/kgreport/id/org/绿水集团')")
    corpus.js("id => kgreport.showNodePanel(id)", partner)
    rows = corpus.page.locator("#panel-body .timeline li")
    assert rows.count() == 2
    assert [rows.nth(i).locator(".year").text_content() for i in range(2)] == ["2019", "2023"]
    names = corpus.js("kgreport.data.reports.map(r => r.name)")
    assert sorted(rows.nth(i).locator("button").text_content() for i in range(2)) == sorted(names)
    rows.nth(0).locator("button").click()
    assert corpus.page.locator("#panel-body code").text_content() == OTHER
    _clean(corpus)
