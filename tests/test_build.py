"""End to end: build the bundled report with the CLI and check what it wrote."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import RDF, Graph
from rdflib.namespace import PROV

from kgreport.cli import cli
from kgreport.graph.validate import validate
from kgreport.graph.vocab import KGR

from conftest import BUNDLED, load_script, needs_shared


def test_build_writes_outputs_and_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(BUNDLED), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").stat().st_size > 1000
    assert (tmp_path / "graph.trig").exists()
    for word in ("Reports read: 1", "Organization", "Place", "Project", "Program", "Honor", "Indicators:"):
        assert word in result.output
    assert "cooperatesWith" in result.output and "receivedHonor" in result.output


def test_build_without_input_uses_bundled_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    g = Graph().parse(tmp_path / "graph.ttl")
    files = {str(o) for o in g.objects(None, KGR.sourceFile)}
    assert "kaihua-2023.txt" in files


def test_rebuild_is_byte_identical(tmp_path: Path, bundled_build: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(BUNDLED), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / name).read_bytes() == (bundled_build / name).read_bytes(), name


def test_build_output_conforms_to_shapes(bundled_graph: Graph) -> None:
    conforms, report = validate(bundled_graph)
    assert conforms, report


def test_every_relation_is_reified_with_its_sentence(bundled_graph: Graph) -> None:
    rels = [KGR.cooperatesWith, KGR.receivedHonor, KGR.implements, KGR.builds, KGR.locatedIn]
    triples = [(s, p, o) for p in rels for s, o in bundled_graph.subject_objects(p)]
    assert len(triples) >= 20
    for s, p, o in triples:
        stmts = set(bundled_graph.subjects(RDF.subject, s)) & set(bundled_graph.subjects(RDF.object, o))
        stmts = {st for st in stmts if (st, RDF.predicate, p) in bundled_graph}
        assert stmts, (s, p, o)
        for st in stmts:
            sentence = bundled_graph.value(st, PROV.wasDerivedFrom)
            assert (sentence, RDF.type, KGR.Sentence) in bundled_graph


def test_sentence_offsets_cut_the_text_back_out(bundled_graph: Graph) -> None:
    from kgreport.read.reader import read_document

    text = read_document(BUNDLED).text
    n = 0
    for sent in bundled_graph.subjects(RDF.type, KGR.Sentence):
        start = int(bundled_graph.value(sent, KGR.startOffset))
        end = int(bundled_graph.value(sent, KGR.endOffset))
        assert text[start:end] == str(bundled_graph.value(sent, KGR.text))
        n += 1
    assert n > 20


@needs_shared
def test_score_of_bundled_report_is_printed_by_shared_scorer(bundled_build: Path) -> None:
    import subprocess
    import sys

    from conftest import SHARED

    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(bundled_build / "graph.ttl"),
         str(SHARED / "eval" / "kaihua-2023.gold.json")],
        capture_output=True, text=True, check=True,
    ).stdout
    core = next(line for line in out.splitlines() if line.startswith("core_micro"))
    assert float(core.split()[3]) >= 0.9


@needs_shared
def test_kgreport_eval_agrees_with_shared_scorer_on_bundled_report(bundled_build: Path) -> None:
    from conftest import SHARED

    from kgreport.evaluate import evaluate_files

    score = load_script(SHARED / "eval" / "score.py", "shared_score")
    gold = SHARED / "eval" / "kaihua-2023.gold.json"
    theirs = score.score([(str(bundled_build / "graph.ttl"), str(gold))])
    ours = evaluate_files([gold], bundled_build / "graph.ttl").to_dict()
    for key in ("Organization", "Place", "Project", "Program", "Honor", "core_micro", "relations", "indicators"):
        assert ours[key] == theirs[key], key
    built = evaluate_files([gold]).to_dict()  # without --graph: builds the bundled report itself
    assert built["core_micro"] == theirs["core_micro"]


def test_no_store_skips_the_store_removes_an_old_one_and_queries_still_work(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    first = runner.invoke(cli, ["build", str(BUNDLED), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert (out / "store").is_dir()
    second = runner.invoke(cli, ["build", str(BUNDLED), "--out", str(out), "--no-store"])
    assert second.exit_code == 0, second.output
    assert not (out / "store").exists()  # an old store would describe an old graph
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.trig", "graph.html"}
    assert str(out / "store") not in second.output.split("Wrote", 1)[1]
    q = runner.invoke(cli, ["query", "--graph", str(out), "--format", "tsv", "SELECT (COUNT(?p) AS ?n) { ?p a kgr:Program }"])
    assert q.exit_code == 0, q.output
    assert int(q.output.splitlines()[1]) >= 20
    assert not [p for p in out.iterdir() if p.name.startswith(".build-")]


def test_build_says_when_writing_starts(tmp_path: Path) -> None:
    """The progress bar counts extraction; writing a corpus takes a while more and is announced."""
    from kgreport.build.pipeline import build

    out = tmp_path / "out"
    seen: list[tuple[str, bool]] = []

    def progress(done: int, total: int) -> None:
        seen.append((f"extracted {done}/{total}", (out / "graph.ttl").exists()))

    def writing() -> None:
        seen.append(("writing", (out / "graph.ttl").exists()))

    build([BUNDLED], out, jobs=1, progress=progress, on_writing=writing)
    assert seen == [("extracted 1/1", False), ("writing", False)]
    assert (out / "graph.ttl").exists()
