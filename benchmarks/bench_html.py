"""Benchmark graph.html on a synthetic corpus-sized graph.

Builds a graph of N entities and M relations (default 5,000 / 15,000, with
sentences and reified statements as in docs/graph-model.md), renders it with
``render_html`` and opens it in Debian's headless Chromium, offline. Prints
the render time and the time until the page is responsive: the network is
drawn and a click on a node has opened its side panel.

Example: python benchmarks/bench_html.py --nodes 5000 --edges 15000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, PROV

from kgreport.html.render import render_html
from kgreport.graph.vocab import DATA, KGR

CLASSES = ["Organization", "Place", "Project", "Program", "Honor"]
RELATIONS = ["cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"]
CHROMIUM = "/usr/bin/chromium"


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> rdflib.Graph:
    """A graph shaped like a corpus: a few hubs, many leaves, one sentence per relation."""
    rng = random.Random(seed)
    g = rdflib.Graph()
    report = DATA["report/bench"]
    g.add((report, RDF.type, KGR.Report))
    g.add((report, DCTERMS.title, Literal("基准测试报告")))
    g.add((report, KGR.sourceFile, Literal("bench.txt")))
    section = DATA["report/bench/section/1"]
    g.add((section, RDF.type, KGR.Section))
    g.add((section, KGR.inReport, report))
    g.add((section, DCTERMS.title, Literal("一、工作回顾")))
    ents = []
    for i in range(n_nodes):
        e = DATA[f"bench/{i}"]
        ents.append(e)
        g.add((e, RDF.type, KGR[CLASSES[i % 5]]))
        g.add((e, RDFS.label, Literal(f"实体{i}号")))
    edges: set[tuple[int, int]] = set()
    while len(edges) < n_edges:
        a = rng.randrange(n_nodes)
        b = int(rng.paretovariate(1.1)) % n_nodes  # heavy-tailed: a few hubs
        if a != b:
            edges.add((a, b))
    for k, (a, b) in enumerate(sorted(edges)):
        sent = DATA[f"report/bench/sentence/{k}"]
        g.add((sent, RDF.type, KGR.Sentence))
        g.add((sent, KGR.inReport, report))
        g.add((sent, KGR.inSection, section))
        g.add((sent, KGR.order, Literal(k)))
        g.add((sent, KGR.text, Literal(f"实体{a}号与实体{b}号有关系，这是第{k}句。")))
        g.add((ents[a], KGR.mentionedIn, sent))
        g.add((ents[b], KGR.mentionedIn, sent))
        pred = KGR[RELATIONS[k % 5]]
        g.add((ents[a], pred, ents[b]))
        st = DATA[f"report/bench/statement/{k}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, ents[a]))
        g.add((st, RDF.predicate, pred))
        g.add((st, RDF.object, ents[b]))
        g.add((st, PROV.wasDerivedFrom, sent))
    return g


def browse(path: Path, screenshot: Path | None) -> dict[str, float]:
    """Open the page offline; seconds until drawn and until a node click opened the panel."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 850}, bypass_csp=True)
        leaked: list[str] = []

        def block(route):  # type: ignore[no-untyped-def]
            if not route.request.url.startswith("file:"):
                leaked.append(route.request.url)
                route.abort()
            else:
                route.continue_()

        page.route("**/*", block)
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgreport && window.kgreport.ready", timeout=120_000, polling=50)
        drawn = time.perf_counter() - t0
        hub = page.evaluate("kgreport.data.nodes.reduce((a, b) => b.deg > a.deg ? b : a).id")
        pt = page.evaluate(f"kgreport.nodePagePoint({hub})")
        page.mouse.click(pt["x"], pt["y"])
        page.wait_for_selector("#panel-body[data-node]", timeout=60_000)
        responsive = time.perf_counter() - t0
        t1 = time.perf_counter()
        page.evaluate("kgreport.network.redraw()")
        redraw = time.perf_counter() - t1
        if screenshot:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot))
        browser.close()
    if leaked:
        raise SystemExit(f"requests left the page: {leaked[:3]}")
    return {"drawn": drawn, "responsive": responsive, "redraw": redraw}


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--max-nodes", type=int, default=5000)
    ap.add_argument("--screenshot", type=Path, default=None)
    args = ap.parse_args()
    t = time.perf_counter()
    g = synthetic_graph(args.nodes, args.edges)
    print(f"graph: {len(g)} triples built in {time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graph.html"
        t = time.perf_counter()
        stats = render_html(g, out, max_nodes=args.max_nodes, title="benchmark")
        render_s = time.perf_counter() - t
        print(f"render_html: {render_s:.2f} s, {out.stat().st_size / 1e6:.1f} MB, {stats}")
        r = browse(out, args.screenshot)
    print(
        f"chromium: drawn after {r['drawn']:.2f} s, responsive (node click opened panel) "
        f"after {r['responsive']:.2f} s, full redraw {r['redraw'] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
