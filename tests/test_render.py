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

from kgreport import gazetteer
from kgreport.html import render as render_mod
from kgreport.errors import KgreportError
from kgreport.html.render import VIEW_MAX_NODES, RenderStats, render_html
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
    """The page's data, with the node and edge columns turned into rows as the page does."""
    m = DATA_RE.search(html)
    assert m, "no embedded data"
    data = json.loads(m.group(1))
    for table, columns in (("nodes", data.pop("nodeColumns")), ("edges", data.pop("edgeColumns"))):
        size = len(next(iter(columns.values())))
        data[table] = [{"id": i, **{k: v[i] for k, v in columns.items()}} for i in range(size)]
    for n in data["nodes"]:
        n["iri"] = data["base"] + n["iri"]
    return data


def test_counts_match_graph(sample: rdflib.Graph, tmp_path: Path) -> None:
    html, stats = _render(sample, tmp_path)
    assert stats == RenderStats(nodes_drawn=10, edges_drawn=8, nodes_total=10, truncated=False, edges_total=8)
    data = _payload(html)
    assert len(data["nodes"]) == 10 and len(data["edges"]) == 8 and data["total"] == 10
    labels = {n["label"] for n in data["nodes"]}
    assert "新增就业" not in labels  # indicators are not nodes
    assert [c["total"] for c in data["classes"]] == [3, 2, 2, 2, 1]


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
    data = _payload(html)
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
def test_view_is_capped_but_every_entity_is_in_the_index(sample: rdflib.Graph, tmp_path: Path, max_nodes: int) -> None:
    html, stats = _render(sample, tmp_path, max_nodes=max_nodes)
    assert stats.truncated and stats.nodes_drawn == max_nodes and stats.nodes_total == 10
    data = _payload(html)
    assert data["view"] == max_nodes
    assert f"showing {max_nodes} of 10 entities" in html  # also without JavaScript
    assert len(data["nodes"]) == 10  # search finds entities that are not drawn
    degree = [data["nodes"][i]["deg"] for i in data["rank"]]
    assert sorted(data["rank"]) == list(range(10)) and degree == sorted(degree, reverse=True)
    first = set(data["rank"][:max_nodes])
    assert stats.edges_drawn == sum(1 for e in data["edges"] if e["from"] in first and e["to"] in first)


def test_view_never_exceeds_the_readable_size(tmp_path: Path) -> None:
    g = rdflib.Graph()
    for i in range(VIEW_MAX_NODES + 50):
        g.add((DATA[f"t/{i}"], RDF.type, KGR.Place))
        g.add((DATA[f"t/{i}"], RDFS.label, Literal(f"地{i}")))
    html, stats = _render(g, tmp_path, max_nodes=3000)
    assert stats.nodes_drawn == VIEW_MAX_NODES and stats.nodes_total == VIEW_MAX_NODES + 50
    assert _payload(html)["view"] == VIEW_MAX_NODES


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
    assert data["relations"][coop[0]["rel"]]["zh"] == "合作"


def test_node_details(sample: rdflib.Graph, tmp_path: Path) -> None:
    data = _payload(_render(sample, tmp_path)[0])
    node = next(n for n in data["nodes"] if n["label"] == "绿水集团")
    assert node["alt"] == ["绿水控股集团有限公司"]
    assert data["classes"][node["cls"]]["key"] == "Organization"
    assert node["iri"] == str(DATA["org/绿水集团"])
    assert node["evTotal"] == 2
    assert [data["sentences"][i]["text"][:4] for i in node["ev"]] == ["县政府与", "深入实施"]
    (report,) = node["reps"]
    assert data["reports"][report]["file"] == "qingshan-2023.txt"
    assert [data["sections"][data["sentences"][i]["section"]]["title"] for i in node["ev"]] == [
        "一、过去一年工作回顾", "二、今年工作安排<b>重点</b>"
    ]


def test_empty_graph(tmp_path: Path) -> None:
    html, stats = _render(rdflib.Graph(), tmp_path)
    assert stats == RenderStats(0, 0, 0, False, 0)
    data = json.loads(DATA_RE.search(html).group(1))
    assert data["nodeColumns"]["label"] == [] and data["edgeColumns"]["from"] == [] and data["rank"] == []


def test_unwritable_path(sample: rdflib.Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KgreportError):
        render_html(sample, blocker / "graph.html")


@given(st.recursive(st.text(), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3), max_leaves=8))
@settings(max_examples=200, deadline=None)
def test_script_json_round_trips_and_cannot_close_script(value: object) -> None:
    text = render_mod._script_json(value)
    assert not any(c in text for c in "<>&\u2028\u2029")
    assert json.loads(text) == value


_JSON_VALUES = st.recursive(
    st.none() | st.integers() | st.text(), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


@given(_JSON_VALUES, st.integers(min_value=0, max_value=3))
@settings(max_examples=200, deadline=None)
def test_the_page_data_written_in_pieces_is_the_whole_json(value: object, depth: int) -> None:
    """graph.html writes its data a piece at a time: joined, the pieces are :func:`_script_json`'s text."""
    assert "".join(render_mod._script_json_pieces(value, depth)) == render_mod._script_json(value)


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


def test_title_line_is_not_evidence(sample: rdflib.Graph, tmp_path: Path) -> None:
    """The reader splits the title line as a first "sentence": the issuer is named there, but it is no evidence."""
    from rdflib.namespace import DCTERMS, PROV

    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    report, issuer = DATA["report/qingshan-2023"], DATA["org/青山县人民政府"]
    title_line = DATA["report/qingshan-2023/sentence/0"]
    g.add((title_line, RDF.type, KGR.Sentence))
    g.add((title_line, KGR.inReport, report))
    g.add((title_line, KGR.order, Literal(0)))
    g.add((title_line, KGR.text, Literal(str(g.value(report, DCTERMS.title)))))
    g.add((issuer, KGR.mentionedIn, title_line))
    stmt = next(iter(g.subjects(RDF.predicate, KGR.cooperatesWith)))
    g.add((stmt, PROV.wasDerivedFrom, title_line))
    data = _payload(_render(g, tmp_path)[0])
    texts = {i: s["text"] for i, s in enumerate(data["sentences"])}
    node = next(n for n in data["nodes"] if n["iri"] == str(issuer))
    assert [texts[i] for i in node["ev"]] == ["县政府与绿水集团签订战略合作协议，共建碧溪产业园。"]
    assert node["evTotal"] == 1 and node["reps"] == [0]
    assert all(texts[i] != "2023年青山县人民政府工作报告" for e in data["edges"] for i in e["ev"])


@pytest.mark.parametrize(
    ("title", "issuer", "region", "year", "name"),
    [
        ("2023年青山县人民政府工作报告", "青山县人民政府", "青山县", 2023, "2023年青山县人民政府工作报告"),
        ("青山县人民政府工作报告", "青山县人民政府", "青山县", 2023, "青山县人民政府工作报告（2023年）"),
        ("青山县人民政府工作报告", "青山县人民政府", "青山县", None, "青山县人民政府工作报告"),
        (None, "青山县人民政府", "青山县", 2023, "青山县人民政府 2023年"),
        (None, None, "青山县", 2023, "青山县 2023年"),
        (None, "青山县人民政府", None, None, "青山县人民政府"),
        (None, None, None, 2023, "qingshan-2023.txt"),
    ],
)
def test_report_name_from_metadata(
    sample: rdflib.Graph, tmp_path: Path, title: str | None, issuer: str | None, region: str | None,
    year: int | None, name: str,
) -> None:
    from rdflib.namespace import DCTERMS

    report = DATA["report/qingshan-2023"]
    g = rdflib.Graph()
    for s, p, o in sample:
        if s != report or p not in (DCTERMS.title, KGR.issuer, KGR.region, KGR.year):
            g.add((s, p, o))
    if title:
        g.add((report, DCTERMS.title, Literal(title)))
    if issuer:
        g.add((report, KGR.issuer, DATA[f"org/{issuer}"]))
    if region:
        g.add((report, KGR.region, DATA[f"place/{region}"]))
    if year:
        g.add((report, KGR.year, Literal(year)))
    (row,) = _payload(_render(g, tmp_path)[0])["reports"]
    assert row["name"] == name and row["title"] == (title or "") and row["year"] == (year or 0)


@pytest.mark.parametrize(("code", "province"), [("330100", "浙江省"), ("110101", "北京市"), ("", ""), ("99", "")])
def test_report_region_facet_is_the_province(sample: rdflib.Graph, tmp_path: Path, code: str, province: str) -> None:
    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    if code:
        g.add((DATA["place/青山县"], KGR.divisionCode, Literal(code)))
    (row,) = _payload(_render(g, tmp_path)[0])["reports"]
    assert (row["region"], row["province"], row["level"], row["year"]) == ("青山县", province, "county", 2023)


@pytest.mark.parametrize("code", ["330824", "110101", "650000", "540102", "810000", "990000", "12", "x30824", ""])
def test_a_reports_province_is_the_gazetteers(code: str) -> None:
    """The page names a report's province from the divisions' table alone, as the whole gazetteer names it."""
    division = gazetteer.division_by_code(code[:2] + "0000") if code[:2].isdigit() else None
    assert render_mod._province(code) == (division.name if division is not None else "")
    assert (render_mod._province(code) != "") == (code[:2] in {"33", "11", "65", "54", "81", "12"})
