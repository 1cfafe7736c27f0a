"""A streaming build: each report is written as it is extracted, and the result equals the reports' union.

The reference for "equal" is each report built alone: the named graphs of graph.trig
are those of the single-report builds, and graph.ttl is the set union of their
merged graphs, whatever order and however many processes the build used.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgreport.build import outputs, pipeline, runner, stages
from kgreport.graph import rdf
from kgreport.models import ReportGraph
from kgreport.resources import bundled_reports_dir

SEED = bundled_reports_dir() / "kaihua-2023.txt"

#: (file name, county, city, province, year): reports that share entities (县人民医院, 乡村振兴战略…)
_REPORTS = [
    ("a-county.txt", "安吉县", "湖州市", "浙江省", 2021),
    ("b-county.txt", "婺源县", "上饶市", "江西省", 2022),
    ("c-county.txt", "凤凰县", "湘西土家族苗族自治州", "湖南省", 2023),
    ("d-county.txt", "安吉县", "湖州市", "浙江省", 2022),
    ("e-county.txt", "开化县", "衢州市", "浙江省", 2023),
]


def _report(county: str, city: str, province: str, year: int) -> str:
    """A small made-up county report (the counties are real)."""
    return (
        f"{county}人民政府工作报告\n"
        f"——{year}年1月10日在{county}第十届人民代表大会第二次会议上\n"
        "一、过去一年工作回顾\n"
        f"过去一年，{county}深入实施乡村振兴战略，地区生产总值增长6.1%，与{city}共建产业园。\n"
        f"县人民医院新院区建成投用，{province}高速公路{county}段开工建设。\n"
        "二、今年工作安排\n"
        "全面落实“双减”政策，建设县人民医院二期工程。\n"
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("stream-inputs")
    files = []
    for name, *args in _REPORTS:
        p = d / name
        p.write_text(_report(*args), encoding="utf-8")  # type: ignore[arg-type]
        files.append(p)
    return [*files, SEED]


def _quads(path: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def _triples(path: Path) -> set[ox.Triple]:
    return {ox.Triple(t.subject, t.predicate, t.object) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_streamed_build_holds_the_quads_of_each_report_built_alone(inputs: list[Path], tmp_path: Path, jobs: int) -> None:
    result = pipeline.build([str(p) for p in inputs], tmp_path / "out", jobs=jobs, use_cache=False, with_store=False)
    quads: set[ox.Quad] = set()
    triples: set[ox.Triple] = set()
    for slug, rg in runner.extract_inputs([str(p) for p in inputs], jobs=1).reports:
        quads |= set(ox.parse(input=rdf.trig_text([(slug, rg)]).encode(), format=ox.RdfFormat.TRIG))
        triples |= {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(input=rdf.turtle_text([(slug, rg)]).encode(), format=ox.RdfFormat.TURTLE)
        }
    assert len(result.reports) == len(inputs)
    assert _quads(tmp_path / "out" / outputs.TRIG_NAME) == quads
    assert _triples(tmp_path / "out" / outputs.TTL_NAME) == triples
    # Reports do share entities here, so the merge is smaller than the sum of the report graphs.
    assert len(triples) < sum(1 for _ in quads)
    assert not list((tmp_path / "out").glob(".build-*")), "the spill and staging folder are gone"


def _live_report_graphs() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is ReportGraph)


def test_a_build_holds_one_report_at_a_time(inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = rdf.GraphWriter.add_piece

    def counting(self, piece):  # type: ignore[no-untyped-def]
        if piece.first:
            seen.append(_live_report_graphs())
        return real(self, piece)

    monkeypatch.setattr(rdf.GraphWriter, "add_piece", counting)
    gc.collect()
    before = _live_report_graphs()  # other tests' fixtures may hold some
    result = pipeline.build([str(p) for p in inputs], tmp_path / "out", jobs=1, use_cache=False, with_store=False)
    assert len(seen) == len(result.reports) == len(inputs)
    assert max(seen) <= before + 1  # a build holding every report would count 1, 2, … 6 more


@pytest.mark.skipif(runner._fork_context() is None, reason="workers inherit the patch only when forked")
def test_the_reorder_buffer_stops_new_jobs_when_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the first report slow, the reports after it wait in memory only up to the window."""
    inputs = []
    for i in range(10):
        name, *args = _REPORTS[i % len(_REPORTS)]
        inputs.append(tmp_path / f"{i}-{name}")
        inputs[-1].write_text(_report(*args), encoding="utf-8")  # type: ignore[arg-type]
    monkeypatch.setattr(runner, "_REORDER_WINDOW", 1)
    real_extract = stages.extract

    def slow_first(doc):  # type: ignore[no-untyped-def]
        if doc.source == inputs[0].name:
            time.sleep(4)  # every other report is done meanwhile, and would wait unbounded
        return real_extract(doc)

    monkeypatch.setattr(stages, "extract", slow_first)
    started: list[int] = []
    real = runner._Runner._pool_until_broken

    def watched(self, items, ctx):  # type: ignore[no-untyped-def]
        def note(it):  # type: ignore[no-untyped-def]
            for item in it:
                started.append(self.backlog())
                yield item
        return (yield from real(self, note(items), ctx))

    monkeypatch.setattr(runner._Runner, "_pool_until_broken", watched)
    reports = list(runner.stream_inputs([str(p) for p in inputs], jobs=2))
    assert [s for s, _ in reports] == [rdf.report_slug(p.name) for p in inputs]
    assert len(started) == len(inputs) and max(started) <= 2  # window 1 × 2 workers; unbounded, it reached 6


@pytest.mark.parametrize("max_nodes", [3, 12, 3000])
def test_the_page_of_a_streamed_build_is_the_page_of_the_whole_graph(inputs: list[Path], tmp_path: Path, max_nodes: int) -> None:
    """graph.html is drawn from the selected entities' part of the graph, with the whole graph's counts."""
    from kgreport.html import render

    result = pipeline.build(
        [str(p) for p in inputs], tmp_path / "out", jobs=1, use_cache=False, with_store=False, max_nodes=max_nodes
    )
    reports = runner.extract_inputs([str(p) for p in inputs], jobs=1).reports
    stats = render.render_html(
        rdf.display_view(reports), tmp_path / "whole.html", max_nodes=max_nodes, title=outputs.page_title(reports)
    )
    assert (tmp_path / "out" / outputs.HTML_NAME).read_bytes() == (tmp_path / "whole.html").read_bytes()
    assert (result.html_nodes, result.html_total) == (stats.nodes_drawn, stats.nodes_total)
    assert stats.truncated == (max_nodes < stats.nodes_total)


@pytest.mark.parametrize("corpus", [False, True])
def test_the_spill_picks_the_evidence_the_whole_graph_gives(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: bool
) -> None:
    """The spill's view holds no mentions, statements or sentences, and the page drawn from it is the whole graph's,
    with the corpus page's smaller evidence budget too (first sentences cut to 2 and 1, counts of all)."""
    from rdflib import RDF

    from kgreport.build.page import PageSpill
    from kgreport.graph.vocab import KGR
    from kgreport.html import render

    if corpus:
        monkeypatch.setattr(render, "CORPUS_ENTITIES", 0)
    reports = runner.extract_inputs([str(p) for p in inputs], jobs=1).reports
    spill = PageSpill()
    for slug, rg in reports:
        spill.add(rdf.report_blocks(rg, slug))
    shown = spill.view()
    for predicate in (KGR.mentionedIn, KGR.text, RDF.subject):
        assert not list(shown.subject_objects(predicate))
    limit = render.CORPUS_NODE_EVIDENCE if corpus else render.MAX_NODE_EVIDENCE
    evidence = shown.entity_evidence(limit)
    assert all(len(first) == min(total, limit) for _, first, total in evidence.values())
    assert any(total > len(first) for _, first, total in evidence.values()) == corpus  # the budget cut some
    title = outputs.page_title(reports)
    render.render_html(shown, tmp_path / "spill.html", title=title)
    spill.close()
    render.render_html(rdf.display_view(reports), tmp_path / "whole.html", title=title)
    assert (tmp_path / "spill.html").read_bytes() == (tmp_path / "whole.html").read_bytes()


def _copy_reports(paths: list[Path], folder: Path) -> Path:
    """A folder holding copies of ``paths``, which a test may then change, add to or remove from."""
    folder.mkdir()
    for p in paths:
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def test_adding_and_changing_reports_extracts_only_those_and_equals_a_fresh_build(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_reports(inputs[:3], tmp_path / "reports")
    out = tmp_path / "out"
    pipeline.build([str(folder)], out, jobs=1, with_store=False)
    extracted: list[str] = []
    real = stages.extract

    def counting(doc):  # type: ignore[no-untyped-def]
        extracted.append(doc.source)
        return real(doc)

    monkeypatch.setattr(stages, "extract", counting)
    # Two reports added, one changed: only those three are extracted; the changed one's graph is replaced.
    for p in inputs[3:]:
        (folder / p.name).write_bytes(p.read_bytes())
    changed = folder / inputs[0].name
    changed.write_text(_report("德清县", "湖州市", "浙江省", 2024), encoding="utf-8")
    result = pipeline.build([str(folder)], out, jobs=1, with_store=False)
    assert sorted(extracted) == sorted([changed.name, *(p.name for p in inputs[3:])])
    assert result.cached == 2
    fresh = pipeline.build([str(folder)], tmp_path / "fresh", jobs=1, use_cache=False, with_store=False)
    assert _quads(out / outputs.TRIG_NAME) == _quads(tmp_path / "fresh" / outputs.TRIG_NAME)
    assert _triples(out / outputs.TTL_NAME) == _triples(tmp_path / "fresh" / outputs.TTL_NAME)
    assert fresh.reports == result.reports
    graph = ox.NamedNode(str(rdf.report_iri("a-county")))
    titles = {q.object.value for q in _quads(out / outputs.TRIG_NAME) if q.graph_name == graph and q.predicate.value.endswith("/title")}
    assert "德清县人民政府工作报告" in titles and "安吉县人民政府工作报告" not in titles


def test_the_store_loaded_in_batches_holds_the_quads_of_the_graph_files(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of a few reports (a tiny batch size here) give the store that graph.trig loaded whole gives."""
    from kgreport.graph import store

    real = outputs.StoreFeed.__init__
    monkeypatch.setattr(outputs.StoreFeed, "__init__", lambda self, d, batch=0, **kw: real(self, d, batch=20_000, **kw))
    out = tmp_path / "out"
    pipeline.build([str(p) for p in inputs], out, jobs=1, use_cache=False)
    store.write_store(out / outputs.TRIG_NAME, tmp_path / "whole")
    whole = ox.Store.read_only(str(tmp_path / "whole"))
    built = ox.Store.read_only(str(out / outputs.STORE_NAME))
    assert set(built) == set(whole)
    reports = {g for g in built.named_graphs()} - {store.SHARED_GRAPH, store.DERIVED_GRAPH}
    assert len(reports) == len(inputs)


def test_a_long_report_is_written_in_pieces_with_the_same_quads(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report's named graph in several TriG blocks (tiny pieces here) holds the quads of one block."""
    one = pipeline.build([str(SEED)], tmp_path / "one", jobs=1, use_cache=False)
    monkeypatch.setattr(rdf, "PIECE_CHARS", 2_000)
    batches: list[int] = []
    real = outputs.StoreFeed._load

    def counted(self, graphs):  # type: ignore[no-untyped-def]
        batches.append(len(graphs))
        return real(self, graphs)

    monkeypatch.setattr(outputs.StoreFeed, "_load", counted)
    real_init = outputs.StoreFeed.__init__
    monkeypatch.setattr(outputs.StoreFeed, "__init__", lambda self, d, batch=0, **kw: real_init(self, d, batch=20_000, **kw))
    pieces = pipeline.build([str(SEED)], tmp_path / "pieces", jobs=1, use_cache=False)
    trig = (tmp_path / "pieces" / outputs.TRIG_NAME).read_text(encoding="utf-8")
    assert trig.count(f"<{rdf.report_iri('kaihua-2023')}> {{") > 10
    assert (tmp_path / "one" / outputs.TRIG_NAME).read_text(encoding="utf-8").count("> {") == 1
    assert _quads(tmp_path / "pieces" / outputs.TRIG_NAME) == _quads(tmp_path / "one" / outputs.TRIG_NAME)
    assert (tmp_path / "pieces" / outputs.TTL_NAME).read_bytes() == (tmp_path / "one" / outputs.TTL_NAME).read_bytes()
    assert len(batches) > 3 and max(batches) < 40_000  # the store took the one report in batches
    assert set(ox.Store.read_only(str(tmp_path / "pieces" / "store"))) == set(ox.Store.read_only(str(tmp_path / "one" / "store")))
    assert one.reports == pieces.reports


def _store_quads(out: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(out / outputs.STORE_NAME)))


def _loaded_graphs(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Named graphs of the quads the build loads into its store from now on (whatever the path)."""
    from kgreport.graph import store

    seen: set[str] = set()
    real = store.load_quads

    def watched(target, quads):  # type: ignore[no-untyped-def]
        def noted():  # type: ignore[no-untyped-def]
            for q in quads:
                seen.add(q.graph_name.value)
                yield q

        return real(target, noted())

    monkeypatch.setattr(store, "load_quads", watched)
    return seen


def _derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """[how many times the build derives the store's facts from now on]."""
    from kgreport.graph import store

    calls = [0]
    real = store.materialize_aggregates

    def counted(target, rows=None):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(target, rows)

    monkeypatch.setattr(store, "materialize_aggregates", counted)
    return calls


@pytest.mark.parametrize(
    ("step", "loads"),
    [
        ("add", [3, 4]),  # two reports added: the previous store is copied, only they are loaded
        ("change", [0]),  # one report's text changed: its graph replaced, its stale shared triples removed
        ("remove", []),  # one report gone: its graph dropped, and the shared triples only it stated
        ("same", []),  # nothing changed: the copy is the store, derived facts included (not derived again)
    ],
)
def test_an_incremental_build_loads_only_new_reports_into_the_store_and_equals_a_fresh_build(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, loads: list[int]
) -> None:
    folder = _copy_reports(inputs[:3], tmp_path / "reports")
    out = tmp_path / "out"
    pipeline.build([str(folder)], out, jobs=1)
    assert (out / outputs.STORE_NAME / outputs.STORE_REPORTS).is_file()
    if step == "add":
        for p in inputs[3:5]:
            (folder / p.name).write_bytes(p.read_bytes())
    elif step == "change":
        (folder / inputs[0].name).write_text(_report("德清县", "湖州市", "浙江省", 2024), encoding="utf-8")
    elif step == "remove":
        (folder / inputs[1].name).unlink()
    loaded = _loaded_graphs(monkeypatch)
    derived = _derivations(monkeypatch)
    pipeline.build([str(folder)], out, jobs=1)
    # only these reports' quads were loaded: the others came with the copy of the previous store
    assert loaded == {str(rdf.report_iri(rdf.report_slug(inputs[i].name))) for i in loads}
    assert derived == [0 if step == "same" else 1]
    fresh = tmp_path / "fresh"
    pipeline.build([str(folder)], fresh, jobs=1, use_cache=False)
    assert _store_quads(out) == _store_quads(fresh)
    assert _quads(out / outputs.TRIG_NAME) == _quads(fresh / outputs.TRIG_NAME)
    assert (out / outputs.STORE_NAME / outputs.STORE_REPORTS).read_bytes() == (fresh / outputs.STORE_NAME / outputs.STORE_REPORTS).read_bytes()


def test_without_the_previous_graph_file_a_changed_report_reloads_the_whole_store(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stale shared triples are read from the graph.trig the copied store came from; edited, it is not trusted."""
    folder = _copy_reports(inputs[:3], tmp_path / "reports")
    out = tmp_path / "out"
    pipeline.build([str(folder)], out, jobs=1)
    (folder / inputs[0].name).write_text(_report("德清县", "湖州市", "浙江省", 2024), encoding="utf-8")
    trig = out / outputs.TRIG_NAME
    trig.write_text(trig.read_text(encoding="utf-8").replace("安吉县", "某某县"), encoding="utf-8")
    loaded = _loaded_graphs(monkeypatch)
    pipeline.build([str(folder)], out, jobs=1)
    assert loaded == {str(rdf.report_iri(rdf.report_slug(p.name))) for p in inputs[:3]}  # all of it again
    pipeline.build([str(folder)], tmp_path / "fresh", jobs=1, use_cache=False)
    assert _store_quads(out) == _store_quads(tmp_path / "fresh")
