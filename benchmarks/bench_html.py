"""Benchmark graph.html: a synthetic graph, or a real build's page (the 384-report corpus).

With ``--page PATH`` it opens a page that ``kgreport build`` wrote, e.g. the corpus built once with
``kgreport build ../shared/corpus/reports/ --out /tmp/html-corpus --no-store``; without, it builds a
synthetic graph of N entities and M relations (default 5,000 / 15,000) and renders it. Either way
it opens the page in Debian's headless Chromium, offline (any request that is not the file itself
is aborted and fails the run), and prints:

- the page's size (target ≤ 25 MB);
- time to interactive: from navigation until the first view is drawn, and until a search answered
  and a click on a node opened its panel (target ≤ 3 s);
- facet redraws: for every region, level and start year and for ``--reports`` reports spread over
  the list, the time from the choice until vis-network has drawn the new view (target ≤ 1 s each);
  the slowest and the median;
- one expansion of the best-connected drawn node, and one search that draws an undrawn entity.

Example: python benchmarks/bench_html.py --page /tmp/html-corpus/graph.html --screenshot docs/graph-corpus.png
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

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


# In the page: make a choice, then resolve with the milliseconds until vis-network drew the result.
_TIMED = """async ([selector, value]) => {
  const el = document.querySelector(selector);
  const drawn = new Promise(r => kgreport.network.once('afterDrawing', r));
  const t0 = performance.now();
  if (el.type === 'checkbox') el.checked = value; else el.value = value;
  el.dispatchEvent(new Event('change'));
  await drawn;
  return [performance.now() - t0, kgreport.drawnNodeIds().length];
}"""


def _facet_choices(page: Any, reports: int) -> list[tuple[str, str, Any, tuple[str, Any]]]:
    """(what, selector, value, reset) for each facet choice measured."""
    out: list[tuple[str, str, Any, tuple[str, Any]]] = []
    regions = page.evaluate("Array.from(document.querySelectorAll('#facet-region option')).map(o => o.value)")
    out += [(f"region {v}", "#facet-region", v, ("#facet-region", "")) for v in regions[1:]]
    years = page.evaluate("Array.from(document.querySelectorAll('#facet-year-from option')).map(o => o.value)")
    if years:
        out += [(f"years {v}-", "#facet-year-from", v, ("#facet-year-from", years[0])) for v in years[1:]]
    levels = page.evaluate("Array.from(document.querySelectorAll('#facet-level input')).map(b => b.value)")
    out += [(f"level without {v}", f'#facet-level input[value="{v}"]', False, (f'#facet-level input[value="{v}"]', True))
            for v in levels if len(levels) > 1]
    options = page.evaluate("Array.from(document.querySelectorAll('#facet-report option')).map(o => o.value)")[1:]
    step = max(1, len(options) // max(reports, 1))
    out += [(f"report {v}", "#facet-report", v, ("#facet-report", "-1")) for v in options[::step][:reports]]
    return out


def browse(path: Path, screenshot: Path | None, reports: int) -> dict[str, Any]:
    """Open the page offline and time it (see the module's docstring)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 850}, bypass_csp=True)
        leaked: list[str] = []
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))

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
        page.fill("#search", "中心")
        page.wait_for_selector("#search-results li", timeout=60_000)
        page.keyboard.press("Escape")
        hub = page.evaluate("kgreport.drawnNodeIds().reduce((a, b) => kgreport.data.nodes[b].deg > kgreport.data.nodes[a].deg ? b : a)")
        page.evaluate("id => kgreport.network.focus(id, {scale: 1.2})", hub)
        pt = page.evaluate(f"kgreport.nodePagePoint({hub})")
        page.mouse.click(pt["x"], pt["y"])
        page.wait_for_selector("#panel-body[data-node]", timeout=60_000)
        interactive = time.perf_counter() - t0
        figures: dict[str, Any] = {
            "drawn": drawn, "interactive": interactive, "nodes": page.evaluate("kgreport.data.nodes.length"),
            "edges": page.evaluate("kgreport.data.edges.length"), "reports": page.evaluate("kgreport.data.reports.length"),
            "first_view": page.evaluate("kgreport.drawnNodeIds().length"),
        }
        page.evaluate("document.getElementById('panel-close').click()")
        redraws: list[tuple[float, str, int]] = []
        choices = _facet_choices(page, reports)
        print(f"first view drawn after {drawn:.2f} s, interactive after {interactive:.2f} s; timing {len(choices)} facet choices",
              flush=True)
        for what, selector, value, (reset_selector, reset_value) in choices:
            ms, n = page.evaluate(_TIMED, [selector, value])
            redraws.append((ms, what, n))
            print(f"  {what}: {ms:.0f} ms, {n} nodes", flush=True)
            page.evaluate(_TIMED, [reset_selector, reset_value])
        redraws.sort()
        figures["redraws"] = redraws
        # The listener goes in before the action: vis-network may draw before a second evaluate arrives.
        after = "(async () => { const d = new Promise(r => kgreport.network.once('afterDrawing', r)); const t0 = performance.now(); %s; await d; return performance.now() - t0; })()"
        ms = page.evaluate(after % f"kgreport.expandNode({hub})")
        figures["expand"] = (ms / 1000, page.evaluate("kgreport.drawnNodeIds().length"))
        undrawn = page.evaluate(
            "(() => { const d = new Set(kgreport.drawnNodeIds()); return kgreport.data.nodes.find(n => !d.has(n.id) && n.deg > 0).id; })()"
        )
        figures["search_draw"] = page.evaluate(after % f"kgreport.focusNode({undrawn}, true)") / 1000
        if screenshot:
            # One report's view, as a reader gets it after choosing it in the facet (the overview of a
            # corpus is drawn too small for labels); the panel closed, the pointer away from nodes.
            page.evaluate("document.getElementById('panel-close').click()")
            options = page.evaluate("Array.from(document.querySelectorAll('#facet-report option')).map(o => o.value)")
            page.evaluate(_TIMED, ["#facet-report", options[len(options) // 3]])
            page.mouse.move(2, 840)
            page.wait_for_timeout(500)
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot))
        browser.close()
    if leaked or errors:
        raise SystemExit(f"requests left the page: {leaked[:3]}; page errors: {errors[:3]}")
    return figures


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--page", type=Path, default=None, help="a graph.html kgreport build wrote (else a synthetic graph)")
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--max-nodes", type=int, default=3000)
    ap.add_argument("--reports", type=int, default=40, help="how many report choices to time")
    ap.add_argument("--screenshot", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.page is not None:
            out = args.page
        else:
            t = time.perf_counter()
            g = synthetic_graph(args.nodes, args.edges)
            print(f"graph: {len(g)} triples built in {time.perf_counter() - t:.2f} s")
            out = Path(tmp) / "graph.html"
            t = time.perf_counter()
            stats = render_html(g, out, max_nodes=args.max_nodes, title="benchmark")
            print(f"render_html: {time.perf_counter() - t:.2f} s, {stats}")
        size = out.stat().st_size / 1e6
        r = browse(out, args.screenshot, args.reports)
    redraws = r["redraws"]
    print(f"page: {size:.1f} MB (target ≤ 25 MB: {size / 25:.2f} of it); {r['nodes']} entities, {r['edges']} relations, "
          f"{r['reports']} reports; first view draws {r['first_view']}")
    print(f"chromium: first view drawn after {r['drawn']:.2f} s; interactive (search answered, node click opened "
          f"its panel) after {r['interactive']:.2f} s (target ≤ 3 s: {r['interactive'] / 3:.2f} of it)")
    if redraws:
        worst, median = redraws[-1], redraws[len(redraws) // 2]
        print(f"facet redraws: {len(redraws)} choices, median {median[0]:.0f} ms, slowest {worst[0]:.0f} ms "
              f"({worst[1]}, {worst[2]} nodes; target ≤ 1000 ms: {worst[0] / 1000:.2f} of it)")
    print(f"expansion of a hub: {r['expand'][0] * 1000:.0f} ms to {r['expand'][1]} nodes; "
          f"search draws an undrawn entity with its neighbours: {r['search_draw'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
