"""Fast checks of graph.html without a browser: offline, escaped, deterministic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import rdflib
from rdflib import RDF, RDFS, Literal

from kgreport.html import render as render_mod
from kgreport.errors import KgreportError
from kgreport.html.layout import force_layout
from kgreport.html.render import RenderStats, render_html
from kgreport.graph.vocab import DATA, KGR

SAMPLE = Path(__file__).parent / "data" / "render_sample.ttl"

# <script type="application/json" id="kg-data">{...}</script>
DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)
# A resource the browser would fetch: src=, href=, srcset=, url(...), @import, with http(s).
REMOTE_RE = re.compile(
    r"""(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//)""",
    re.I,
)


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE)


def _render(graph: rdflib.Graph, tmp_path: Path, **kw) -> tuple[str, RenderStats]:
    out = tmp_path / "graph.html"
    stats = render_html(graph, out, **kw)
    return out.read_text(encoding="utf-8"), stats


def _payload(html: str) -> dict:
    m = DATA_RE.search(html)
    assert m, "no embedded data"
    return json.loads(m.group(1))


def test_counts_match_graph(sample: rdflib.Graph, tmp_path: Path) -> None:
    html, stats = _render(sample, tmp_path)
    assert stats == RenderStats(nodes_drawn=10, edges_drawn=8, nodes_total=10, truncated=False, edges_total=8)
    data = _payload(html)
    assert len(data["vis"]["nodes"]) == 10 and len(data["vis"]["edges"]) == 8
    labels = {n["label"] for n in data["nodes"]}
    assert "新增就业" not in labels  # indicators are not nodes
    assert 'id="truncation-note"' not in html


@pytest.mark.parametrize(
    "pattern",
    [
        '<script src="https://cdn.example/x.js"></script>',
        "<link rel=stylesheet href=http://cdn.example/a.css>",
        "<style>body{background:url( 'https://x/y.png')}</style>",
        '<style>@import "https://x/y.css";</style>',
        '<img srcset="//x/y.png 2x">',
    ],
)
def test_remote_pattern_catches(pattern: str) -> None:
    assert REMOTE_RE.search(pattern)


def test_no_remote_resource(sample: rdflib.Graph, tmp_path: Path) -> None:
    html, _ = _render(sample, tmp_path)
    hits = [html[max(0, m.start() - 40) : m.end() + 40] for m in REMOTE_RE.finditer(html)]
    assert hits == []
    # everything is inline: no external script or stylesheet element at all
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "Content-Security-Policy" in html


def test_report_text_is_escaped(sample: rdflib.Graph, tmp_path: Path) -> None:
    html, _ = _render(sample, tmp_path, title='<b>"标题"</b>')
    m = DATA_RE.search(html)
    raw = m.group(1)
    for char in "<>&\u2028\u2029":
        assert char not in raw
    outside = html[: m.start()] + html[m.end() :]
    for hostile in ("<img src=x", "onerror=alert", "<script>alert", "<svg onload", '<b>"标题'):
        assert hostile not in outside
    assert "<title>&lt;b&gt;&#34;标题&#34;&lt;/b&gt;</title>" in html
    data = json.loads(raw)
    labels = {n["label"] for n in data["nodes"]}
    assert "<img src=x onerror=alert(1)>公司" in labels
    assert "</script><script>alert(1)</script>项目" in labels
    assert "\"双'引号\"改革 & 试点\u2028" in labels
    assert any("<script>alert(2)</script>" in s["text"] for s in data["sentences"])


def test_page_js_never_uses_innerhtml() -> None:
    js = (Path(render_mod.__file__).parent / "templates" / "graph.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", js)


def test_deterministic(sample: rdflib.Graph, tmp_path: Path) -> None:
    first, _ = _render(sample, tmp_path)
    shuffled = rdflib.Graph()
    for triple in sorted(sample, reverse=True):
        shuffled.add(triple)
    second, _ = _render(shuffled, tmp_path)
    assert first == second


@pytest.mark.parametrize("max_nodes", [1, 3, 9])
def test_truncation(sample: rdflib.Graph, tmp_path: Path, max_nodes: int) -> None:
    html, stats = _render(sample, tmp_path, max_nodes=max_nodes)
    assert stats.truncated and stats.nodes_drawn == max_nodes and stats.nodes_total == 10
    assert f"{max_nodes} / 10" in html and f"showing {max_nodes} of 10" in html
    data = _payload(html)
    assert data["truncated"] is True and len(data["nodes"]) == max_nodes
    kept_degree = min(n["deg"] for n in data["nodes"])
    assert kept_degree >= 1  # the best-connected entities are kept
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_edge_evidence_and_symmetric_dedup(sample: rdflib.Graph, tmp_path: Path) -> None:
    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    a, b = DATA["org/青山县人民政府"], DATA["org/绿水集团"]
    g.add((b, KGR.cooperatesWith, a))  # the symmetric triple must not make a second edge
    html, stats = _render(g, tmp_path)
    assert stats.edges_drawn == 8
    data = _payload(html)
    by_label = {n["label"]: n["id"] for n in data["nodes"]}
    coop = [e for e in data["edges"] if data["relations"][e["rel"]]["key"] == "cooperatesWith"]
    assert len(coop) == 1
    assert {coop[0]["from"], coop[0]["to"]} == {by_label["青山县人民政府"], by_label["绿水集团"]}
    assert [data["sentences"][i]["text"] for i in coop[0]["ev"]] == [
        "县政府与绿水集团签订战略合作协议，共建碧溪产业园。"
    ]
    vis_coop = [e for e in data["vis"]["edges"] if e["id"] == coop[0]["id"]][0]
    assert vis_coop["label"] == "合作" and vis_coop["title"].startswith("cooperatesWith")


def test_node_details(sample: rdflib.Graph, tmp_path: Path) -> None:
    data = _payload(_render(sample, tmp_path)[0])
    node = next(n for n in data["nodes"] if n["label"] == "绿水集团")
    assert node["alt"] == ["绿水控股集团有限公司"]
    assert data["classes"][node["cls"]]["key"] == "Organization"
    assert node["iri"] == str(DATA["org/绿水集团"])
    assert node["evTotal"] == 2
    assert [data["sentences"][i]["text"][:4] for i in node["ev"]] == ["县政府与", "深入实施"]
    (report, sections), = node["places"]
    assert data["reports"][report]["file"] == "qingshan-2023.txt"
    assert [data["sections"][s]["title"] for s in sections] == ["一、过去一年工作回顾", "二、今年工作安排<b>重点</b>"]
    vis = next(v for v in data["vis"]["nodes"] if v["id"] == node["id"])
    assert vis["title"].splitlines()[:3] == ["机构 Organization", "绿水集团", "别名: 绿水控股集团有限公司"]


def test_large_graph_has_positions_and_no_physics(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    g = rdflib.Graph()
    for i in range(60):
        e = DATA[f"t/{i}"]
        g.add((e, RDF.type, KGR.Place))
        g.add((e, RDFS.label, Literal(f"地{i}")))
        if i:
            g.add((e, KGR.locatedIn, DATA[f"t/{i // 3}"]))
    monkeypatch.setattr(render_mod, "PHYSICS_MAX_NODES", 20)
    data = _payload(_render(g, tmp_path)[0])
    assert data["physics"] is False and data["vis"]["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["vis"]["nodes"])
    sizes = {n["label"]: v["size"] for n, v in zip(data["nodes"], data["vis"]["nodes"])}
    assert sizes["地1"] > sizes["地59"]  # size grows with degree


def test_empty_graph(tmp_path: Path) -> None:
    html, stats = _render(rdflib.Graph(), tmp_path)
    assert stats == RenderStats(0, 0, 0, False, 0)
    assert _payload(html)["nodes"] == []


def test_unwritable_path(sample: rdflib.Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KgreportError):
        render_html(sample, blocker / "graph.html")


def test_layout_deterministic_and_isolated_nodes_apart() -> None:
    edges = [(i, i + 1) for i in range(49)] + [(i, (i * 7) % 49) for i in range(1, 49)]
    first = force_layout(60, edges)
    assert first == force_layout(60, edges)
    assert len(first) == 60
    lowest_linked = max(y for x, y in first[:50])
    assert all(y > lowest_linked for x, y in first[50:])  # nodes 50..59 have no edge
    assert len({(round(x, 3), round(y, 3)) for x, y in first}) == 60


@given(st.recursive(st.text(), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3), max_leaves=8))
@settings(max_examples=200, deadline=None)
def test_script_json_round_trips_and_cannot_close_script(value: object) -> None:
    text = render_mod._script_json(value)
    assert not any(c in text for c in "<>&\u2028\u2029")
    assert json.loads(text) == value


def test_deterministic_across_processes(tmp_path: Path) -> None:
    """Hash randomisation must not leak into the page (sets, dict order)."""
    import os
    import subprocess
    import sys

    src = Path(render_mod.__file__).resolve().parents[2]
    code = (
        "import sys, rdflib; from pathlib import Path; from kgreport.html.render import render_html; "
        "render_html(rdflib.Graph().parse(sys.argv[1]), Path(sys.argv[2]))"
    )
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"graph-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(src)}
        subprocess.run([sys.executable, "-c", code, str(SAMPLE), str(out)], check=True, env=env)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_indicators_listed_per_report(sample: rdflib.Graph, tmp_path: Path) -> None:
    data = _payload(_render(sample, tmp_path)[0])
    (report,) = data["reports"]
    assert report["indicatorTotal"] == 1 and report["file"] == "qingshan-2023.txt"
    (ind,) = report["indicators"]
    assert (ind["label"], ind["surface"], ind["unit"]) == ("新增就业", "6000人", "人")
    assert float(ind["value"]) == 6000
    assert data["sentences"][ind["ev"]]["text"] == "青山县成功创建省级生态文明示范县。"
