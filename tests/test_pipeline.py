"""The build pipeline: parallel extraction, order, determinism, RDF output, cross-report identity."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from kgreport.build import outputs, pipeline, runner, stages
from kgreport.graph import rdf
from kgreport.errors import EmptyInputError, NotAReportError
from kgreport.models import EntityClass
from kgreport.resources import bundled_reports_dir
from kgreport.graph.vocab import DATA, KGR, ONTOLOGY_IRI

SEED = bundled_reports_dir() / "kaihua-2023.txt"
SRC = Path(__file__).resolve().parent.parent / "src"


def _county_report(county: str, city: str, province: str, year: int) -> str:
    """A small synthetic county report; the counties are real, the text is made up."""
    return (
        f"{county}人民政府工作报告\n"
        f"——{year}年1月10日在{county}第十届人民代表大会第二次会议上\n"
        "一、过去一年工作回顾\n"
        "过去一年，在县委的坚强领导下，全县深入实施乡村振兴战略，地区生产总值增长6.1%。\n"
        "县委、县政府坚持以人民为中心，县人民医院新院区建成投用。\n"
        "二、今年工作安排\n"
        "持续推进乡村振兴，全面落实“双减”政策，建设县人民医院二期工程。\n"
    )


@pytest.fixture(scope="module")
def small_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("inputs")
    files = []
    for name, args in [
        ("a-county.txt", ("安吉县", "湖州市", "浙江省", 2021)),
        ("b-county.txt", ("婺源县", "上饶市", "江西省", 2022)),
        ("c-county.txt", ("凤凰县", "湘西土家族苗族自治州", "湖南省", 2023)),
    ]:
        p = d / name
        p.write_text(_county_report(*args), encoding="utf-8")
        files.append(p)
    return files


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in (outputs.TTL_NAME, outputs.TRIG_NAME)}


# ---------------------------------------------------------------- parallel extraction


def test_parallel_output_is_byte_identical_and_in_input_order(small_inputs: list[Path], tmp_path: Path) -> None:
    inputs = [str(small_inputs[2]), str(small_inputs[0]), str(small_inputs[1]), str(SEED)]
    r1 = pipeline.build(inputs, tmp_path / "j1", jobs=1, use_cache=False)
    r2 = pipeline.build(inputs, tmp_path / "j2", jobs=2, use_cache=False)
    assert r2.jobs == 2 and r1.jobs == 1
    assert [s for s, _ in r1.reports] == ["c-county", "a-county", "b-county", "kaihua-2023"]
    assert [s for s, _ in r2.reports] == [s for s, _ in r1.reports]
    assert _outputs(tmp_path / "j1") == _outputs(tmp_path / "j2")
    # TriG graphs follow the input order too.
    trig = (tmp_path / "j2" / "graph.trig").read_text(encoding="utf-8")
    starts = [trig.index(f"<{DATA}report/{slug}> {{") for slug in ("c-county", "a-county", "b-county", "kaihua-2023")]
    assert starts == sorted(starts)


def test_progress_counts_every_input_once(small_inputs: list[Path], tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    pipeline.build([str(p) for p in small_inputs], tmp_path, jobs=2, use_cache=False, progress=lambda d, t: calls.append((d, t)))
    assert [d for d, _ in calls] == [1, 2, 3]
    assert {t for _, t in calls} == {3}


def test_default_jobs_is_the_usable_cores() -> None:
    assert runner.default_jobs() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert runner.default_jobs() == len(os.sched_getaffinity(0))


@pytest.mark.slow
def test_building_twice_in_fresh_processes_gives_the_same_bytes(tmp_path: Path) -> None:
    """Also across hash seeds: nothing may depend on set or dict order of strings."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    for seed, out in (("1", "a"), ("2", "b")):
        subprocess.run(
            [sys.executable, "-m", "kgreport", "build", str(SEED), "--out", str(tmp_path / out), "--no-cache", "-j", "1"],
            check=True, env=dict(env, PYTHONHASHSEED=seed), capture_output=True,
        )
    assert _outputs(tmp_path / "a") == _outputs(tmp_path / "b")


# ---------------------------------------------------------------- bad inputs and failures


def test_bad_file_is_skipped_in_a_multi_file_build(small_inputs: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "in" / "empty.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    result = pipeline.build([str(small_inputs[0]), str(bad)], tmp_path / "out", jobs=2, use_cache=False)
    assert len(result.reports) == 1
    assert [s.path for s in result.skipped] == [str(bad)]
    assert "empty" in result.skipped[0].message and not result.skipped[0].internal


def test_bad_file_raises_when_strict(small_inputs: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(NotAReportError):
        pipeline.build([str(small_inputs[0]), str(bad)], tmp_path / "out", jobs=2, strict=True, use_cache=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    with pytest.raises(EmptyInputError):
        pipeline.build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path / "out", use_cache=False)


def test_an_extraction_bug_skips_that_report_loudly(small_inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = stages.extract

    def flaky(doc):  # type: ignore[no-untyped-def]
        if doc.source == "b-county.txt":
            raise KeyError("boom")
        return real(doc)

    monkeypatch.setattr(stages, "extract", flaky)
    out = tmp_path / "out"
    result = pipeline.build([str(p) for p in small_inputs], out, jobs=1, use_cache=False)
    assert [s for s, _ in result.reports] == ["a-county", "c-county"]
    (crash,) = result.skipped
    assert crash.internal and "KeyError: 'boom'" in crash.message and "bug" in crash.message
    log = (out / outputs.ERRORS_NAME).read_text(encoding="utf-8")
    assert "b-county.txt" in log and "Traceback" in log and "flaky" in log
    # A later clean build removes the stale log.
    monkeypatch.setattr(stages, "extract", real)
    pipeline.build([str(p) for p in small_inputs], out, jobs=1, use_cache=False)
    assert not (out / outputs.ERRORS_NAME).exists()


def test_an_extraction_bug_on_a_single_input_is_a_kgreport_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stages, "extract", lambda doc: {}["missing"])
    with pytest.raises(runner.ExtractionCrash) as info:
        pipeline.build([str(SEED)], tmp_path, jobs=1, use_cache=False)
    assert info.value.exit_code == 70 and "kaihua-2023.txt" in str(info.value)
    assert "Traceback" in info.value.detail


# ---------------------------------------------------------------- the RDF written


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pipeline.BuildResult]:
    out = tmp_path_factory.mktemp("seed")
    return out, pipeline.build([str(SEED)], out, jobs=1, use_cache=False)


def test_turtle_and_trig_hold_the_same_triples(seed_build: tuple[Path, pipeline.BuildResult]) -> None:
    out, _ = seed_build
    triples = set(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert {q.graph_name for q in quads} == {ox.NamedNode(f"{DATA}report/kaihua-2023")}
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in quads} == {ox.Triple(t.subject, t.predicate, t.object) for t in triples}
    # rdflib, a second parser, reads the same graph.
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) == len(triples)


def test_written_graph_matches_the_extraction(seed_build: tuple[Path, pipeline.BuildResult]) -> None:
    out, result = seed_build
    ((slug, summary),) = result.reports  # a build keeps a summary of each report, not its graph
    ((slug_again, rg),) = runner.extract_inputs([str(SEED)], jobs=1).reports
    assert slug_again == slug and summary.sentences == len(rg.sentences) and summary.sha256 == rg.document.sha256
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    for sent in rg.sentences:
        node = DATA[f"report/{slug}/sentence/{sent.index}"]
        assert g.value(node, KGR.text) == Literal(sent.text)
        assert rg.document.text[int(g.value(node, KGR.startOffset)) : int(g.value(node, KGR.endOffset))] == sent.text
    for e in rg.entities:
        node = rdf.entity_iri(e.cls, e.label)
        assert (node, RDFS.label, Literal(e.label)) in g
        assert {str(o) for o in g.objects(node, SKOS.altLabel)} >= set(e.alt_labels)
    for r in rg.relations:
        s = next(rdf.entity_iri(e.cls, e.label) for e in rg.entities if e.key == r.subject)
        o = next(rdf.entity_iri(e.cls, e.label) for e in rg.entities if e.key == r.object)
        assert (s, KGR[r.kind.value], o) in g
    assert len(list(g.subjects(rdflib.RDF.type, KGR.Indicator))) == len(rg.indicators)


def test_only_ontology_terms_and_plain_levels_are_written(seed_build: tuple[Path, pipeline.BuildResult]) -> None:
    out, _ = seed_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    used = {str(t) for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY_IRI)}
    assert used, "kgr terms expected"
    for iri in used:
        KGR[iri[len(ONTOLOGY_IRI):]]  # DefinedNamespace with _fail: raises on an unknown term
    levels = {str(o) for o in g.objects(None, KGR.adminLevel)}
    assert levels and levels <= {"province", "city", "county", "town"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ('他说"好"\\n', '"他说\\"好\\"\\\\n"'),
        ("一\n二\r三", '"一\\n二\\r三"'),
    ],
)
def test_strings_are_escaped(text: str, expected: str) -> None:
    assert rdf._string(text) == expected
    g = rdflib.Graph().parse(data=f"<urn:s> <urn:p> {expected} .", format="turtle")
    assert str(next(g.objects())) == text


@pytest.mark.parametrize("value,term", [(6150.0, "6150.0"), (0.052, "0.052"), (-3.5, "-3.5"), (float("nan"), '"NaN"^^xsd:double')])
def test_numbers_are_valid_turtle(value: float, term: str) -> None:
    assert rdf._number(value) == term


# ---------------------------------------------------------------- identity across reports


@pytest.fixture(scope="module")
def two_counties() -> tuple[rdflib.Graph, list]:
    a = stages.extract_text(_county_report("安吉县", "湖州市", "浙江省", 2021), source="anji.txt")
    b = stages.extract_text(_county_report("婺源县", "上饶市", "江西省", 2022), source="wuyuan.txt")
    reports = [("anji", a), ("wuyuan", b)]
    return rdflib.Graph().parse(data=rdf.turtle_text(reports), format="turtle"), reports


def _labels(g: rdflib.Graph, cls: EntityClass) -> set[str]:
    return {str(g.value(s, RDFS.label)) for s in g.subjects(rdflib.RDF.type, KGR[cls.value])}


def test_a_national_program_is_one_node_across_reports(two_counties: tuple[rdflib.Graph, list]) -> None:
    g, reports = two_counties
    node = rdf.entity_iri(EntityClass.PROGRAM, "乡村振兴")
    for slug, _ in reports:
        assert any(str(s).startswith(f"{DATA}report/{slug}/") for s in g.objects(node, KGR.mentionedIn)), slug
    assert "安吉县乡村振兴" not in _labels(g, EntityClass.PROGRAM)


def test_relative_names_are_qualified_by_the_issuer(two_counties: tuple[rdflib.Graph, list]) -> None:
    g, _ = two_counties
    orgs = _labels(g, EntityClass.ORGANIZATION)
    assert {"安吉县人民医院", "婺源县人民医院"} <= orgs
    assert {"安吉县人民政府", "婺源县人民政府"} <= orgs
    assert {"县人民医院", "县政府", "县人民政府"}.isdisjoint(orgs)
    for county in ("安吉县", "婺源县"):
        node = rdf.entity_iri(EntityClass.ORGANIZATION, f"{county}人民医院")
        assert Literal("县人民医院") in set(g.objects(node, SKOS.altLabel))


def test_two_character_relative_names_are_qualified_too(two_counties: tuple[rdflib.Graph, list]) -> None:
    g, _ = two_counties
    orgs = _labels(g, EntityClass.ORGANIZATION)
    assert {"安吉县委", "婺源县委"} <= orgs
    assert "县委" not in orgs


def test_chained_program_tails_do_not_crash() -> None:
    """Cut down from national-china-2024.txt of the corpus."""
    text = (
        "某某省人民政府工作报告\n"
        "深入实施新型城镇化战略，增强县城综合承载能力。\n"
        "要深入实施新型城镇化战略行动，促进各类要素双向流动。\n"
        "新型城镇化要处处体现以人为本。\n"
    )
    labels = {e.label for e in stages.extract_text(text).entities}
    assert "新型城镇化" in labels


def test_extract_text_takes_any_python_string() -> None:
    """Lone surrogates cannot come from a file, but a caller's str may hold them."""
    rg = stages.extract_text("\ud800某某县人民政府工作报告\n全县实施乡村振兴战略。\udfff")
    assert rg.document.text == "\ufffd某某县人民政府工作报告\n全县实施乡村振兴战略。\ufffd"  # one for one
    assert "乡村振兴战略" in {e.label for e in rg.entities}


def test_graph_html_of_a_corpus_draws_at_most_max_nodes(small_inputs: list[Path], tmp_path: Path) -> None:
    result = pipeline.build([str(p) for p in small_inputs], tmp_path, jobs=1, use_cache=False, max_nodes=3)
    assert result.html_nodes == 3 < result.html_total
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert f"3 of {result.html_total}" in page
    assert "<title>kgreport: 3 reports, 2021–2023</title>" in page


def test_cli_says_when_graph_html_is_truncated(small_inputs: list[Path], tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kgreport.cli import cli

    r = CliRunner().invoke(cli, ["build", *map(str, small_inputs), "--out", str(tmp_path), "--max-nodes", "2", "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "graph.html draws the 2 best-connected of" in r.output


@pytest.mark.skipif(runner._fork_context() is None, reason="workers inherit the patch only when forked")
def test_a_worker_that_dies_loses_only_its_own_report(small_inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = stages.extract

    def dying(doc):  # type: ignore[no-untyped-def]
        if doc.source == "b-county.txt":
            os._exit(9)  # what the out-of-memory killer leaves behind
        return real(doc)

    monkeypatch.setattr(stages, "extract", dying)
    result = pipeline.build([str(p) for p in small_inputs], tmp_path, jobs=2, use_cache=False)
    assert [Path(s.path).name for s in result.skipped] == ["b-county.txt"]
    assert "worker process died" in result.skipped[0].message
    built = {g.source for _, g in result.reports}
    assert built == {p.name for p in small_inputs} - {"b-county.txt"}
    assert (tmp_path / "graph.ttl").exists()
    assert "b-county.txt" in (tmp_path / "errors.log").read_text(encoding="utf-8")


@pytest.mark.skipif(runner._fork_context() is None, reason="workers inherit the patch only when forked")
def test_a_worker_dying_on_every_input_skips_them_all_with_one_line_each(small_inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = stages.extract

    def dying(doc):  # type: ignore[no-untyped-def]
        if doc.source == "warm-up.txt":
            return real(doc)  # the main process warms up before forking
        os._exit(9)

    monkeypatch.setattr(stages, "extract", dying)
    ex = runner.extract_inputs([str(p) for p in small_inputs], jobs=2)
    assert ex.reports == ()
    assert len(ex.skipped) == len(small_inputs)
    assert all("worker process died" in s.message for s in ex.skipped)


@pytest.mark.slow
def test_standard_input_beside_files_in_a_parallel_build(small_inputs: list[Path], tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run(
        [sys.executable, "-m", "kgreport", "build", "-", *map(str, small_inputs[:2]), "--out", str(tmp_path), "-j", "2", "--no-cache"],
        input=_county_report("凤凰县", "湘西土家族苗族自治州", "湖南省", 2023).encode(), env=env, capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    assert b"Reports read: 3" in done.stdout and b"skipped" not in done.stdout + done.stderr


def test_a_government_is_one_node_in_its_own_report_and_in_its_districts() -> None:
    city = stages.extract_text(
        "深圳市人民政府工作报告\n——2021年1月在深圳市第七届人民代表大会第二次会议上\n一、工作回顾\n市政府坚持以人民为中心，全市深入实施乡村振兴战略。\n",
        source="city.txt",
    )
    district = stages.extract_text(
        "南山区人民政府工作报告\n——2021年1月在深圳市南山区第七届人民代表大会第二次会议上\n一、工作回顾\n在市委、市政府的坚强领导下，全区深入实施乡村振兴战略。\n",
        source="district.txt",
    )
    g = rdflib.Graph().parse(data=rdf.turtle_text([("city", city), ("district", district)]), format="turtle")
    orgs = _labels(g, EntityClass.ORGANIZATION)
    assert {"市政府", "深圳市政府"}.isdisjoint(orgs) and "深圳市人民政府" in orgs
    # The district government is one node too, whether named with its city or without.
    assert len({label for label in orgs if label.endswith("南山区人民政府")}) == 1


def test_relative_names_of_reports_without_issuer_stay_in_their_report() -> None:
    """Two reports that never say whose they are: their 市委 are two bodies, not one node."""
    body = "各位代表：\n现在，我代表政府作工作报告。\n在市委坚强领导下，市人大、市政协大力支持，市政府深入推进乡村振兴。\n"
    reports = [(slug, stages.extract_text(body, source=f"{slug}.txt")) for slug in ("nameless-a", "nameless-b")]
    for _, rg in reports:
        assert not rg.document.meta.region
    g = rdflib.Graph().parse(data=rdf.turtle_text(reports), format="turtle")
    for slug, _ in reports:
        node = rdf.entity_iri(EntityClass.ORGANIZATION, "市委", slug)
        assert str(node) == f"{DATA}report/{slug}/org/市委"
        assert (node, rdflib.RDF.type, KGR.Organization) in g
        mentioned = {str(s) for s in g.objects(node, KGR.mentionedIn)}
        assert mentioned and all(s.startswith(f"{DATA}report/{slug}/") for s in mentioned)
    assert (rdf.entity_iri(EntityClass.ORGANIZATION, "市委"), None, None) not in g
    # a national program is still one node
    program = rdf.entity_iri(EntityClass.PROGRAM, "乡村振兴")
    assert len(set(g.objects(program, KGR.mentionedIn))) == 2
