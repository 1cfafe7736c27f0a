"""One CLI: --out names the build folder everywhere, - reads stdin, -q/-v, exit codes, pasteable IRIs, true counts."""

from __future__ import annotations

import inspect
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

import kgreport.errors
from conftest import BUNDLED, REPO
from kgreport.cli import EXIT_CODES, cli
from kgreport.query.engine import Engine, list_examples, run_query
from test_api import _count

EVAL_DATA = Path(__file__).parent / "data" / "eval"


def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


#: Every command that reads or writes a build folder, and the older name kept as an alias.
FOLDER_OPTIONS = [("build", None), ("query", "--graph"), ("eval", "--graph"), ("serve", None), ("push", None), ("export", "--graph")]


@pytest.mark.parametrize("command, alias", FOLDER_OPTIONS)
def test_every_command_names_the_build_folder_out(command: str, alias: str | None) -> None:
    params = {opt: p.name for p in cli.commands[command].params for opt in getattr(p, "opts", ())}
    assert "--out" in params
    if alias:
        assert params[alias] == params["--out"]


@pytest.mark.parametrize("option", ["--out", "--graph"])
def test_query_and_eval_take_the_folder_or_the_file_under_either_name(bundled_build: Path, tmp_path: Path, option: str) -> None:
    ask = "ASK { ?s a kgr:Honor }"
    assert _run("query", ask, option, str(bundled_build)) == (0, "true\n", "")
    assert _run("query", ask, option, str(bundled_build / "graph.ttl")) == (0, "true\n", "")
    folder = tmp_path / "build"
    folder.mkdir()
    shutil.copy(EVAL_DATA / "entities.ttl", folder / "graph.ttl")
    gold = str(EVAL_DATA / "entities.gold.json")
    by_folder = _run("eval", gold, option, str(folder), "--json")
    by_file = _run("eval", gold, "--graph", str(folder / "graph.ttl"), "--json")
    assert by_folder[0] == 0 and by_folder == by_file
    assert json.loads(by_folder[1])["Organization"]["tp"] > 0


@pytest.mark.parametrize("how", [("query", "-"), ("query", "--file", "-")])
def test_a_dash_reads_the_query_from_stdin(bundled_build: Path, how: tuple[str, ...]) -> None:
    code, out, _ = _run(*how, "--out", str(bundled_build), "--format", "csv", stdin="SELECT ?l { ?p a kgr:Program ; rdfs:label ?l } ORDER BY ?l LIMIT 2")
    assert code == 0 and out.splitlines()[0] == "l" and len(out.splitlines()) == 3


def test_quiet_prints_nothing_but_errors_and_verbose_prints_each_report(tmp_path: Path) -> None:
    code, out, err = _run("-q", "build", str(BUNDLED), "--out", str(tmp_path / "o"), "--no-store")
    assert (code, out, err) == (0, "", "")
    assert _run("build", str(BUNDLED), "--out", str(tmp_path / "o"), "--no-store", "--quiet") == (0, "", "")
    for verbose in (("-v", "build"), ("build", "--verbose")):
        code, out, err = _run(*verbose, str(BUNDLED), "--out", str(tmp_path / "o"), "--no-store")
        assert code == 0 and re.search(r"^  kaihua-2023: \d+ entities, \d+ relations, \d+ indicators", out, re.M)
    assert "Reports read" in _run("build", str(BUNDLED), "--out", str(tmp_path / "o"), "--no-store")[1]
    code, _, err = _run("-q", "query", "ASK {", "--out", str(tmp_path / "o"))
    assert code == 6 and err.startswith("Error: malformed query")
    assert _run("-q", "-v", "build")[0] == 2


def test_the_exit_code_table_lists_every_error_class_and_is_in_help_and_readme() -> None:
    codes = {code for code, _ in EXIT_CODES}
    classes = [c for _, c in inspect.getmembers(kgreport.errors, inspect.isclass) if issubclass(c, kgreport.errors.KgreportError)]
    from kgreport.build.runner import ExtractionCrash

    assert {c.exit_code for c in [*classes, ExtractionCrash]} <= codes
    help_text = _run("--help")[1]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES:
        assert re.search(rf"^\s+{code}\s+{re.escape(meaning.split()[0])}", help_text, re.M), code
        assert re.search(rf"^\| {code} \| {re.escape(meaning)} \|$", readme, re.M), code


def test_a_usage_error_is_code_2_and_says_usage() -> None:
    code, _, err = _run("query", "--no-such-option")
    assert code == 2 and err.startswith("Usage:")


def _iri_cells(table: str) -> set[str]:
    """The cells of a printed table that hold an IRI (CONSTRUCT examples print Turtle: none)."""
    lines = table.splitlines()
    if len(lines) < 3 or not re.fullmatch(r"-+(?:-\+-+)*", lines[1]):
        return set()
    cells = {c.strip() for line in lines[2:-1] for c in line.split(" | ")}
    return {c for c in cells if re.fullmatch(r"<[^<>\s]+>|[a-z]+:\S+", c)}


@pytest.mark.parametrize("engine", [Engine.MEMORY, Engine.RDFLIB])
def test_iris_the_table_prints_paste_back_into_a_query(bundled_build: Path, engine: Engine) -> None:
    printed: set[str] = set()
    for example in list_examples():
        code, out, _ = _run("query", "--example", example.name, "--out", str(bundled_build))
        assert code == 0, example.name
        printed |= _iri_cells(out)
    code, out, _ = _run("query", "SELECT ?e ?c { ?e a ?c } LIMIT 400", "--out", str(bundled_build))
    printed |= _iri_cells(out)
    assert any(c.startswith("<https://w3id.org/kgreport/id/org/") for c in printed) and "kgr:Program" in printed
    values = " ".join(sorted(printed))
    result = run_query(f"SELECT ?x {{ VALUES ?x {{ {values} }} FILTER(isIRI(?x)) }}", bundled_build, engine)
    assert len(result.rows) == len(printed)
    names = {str(row[0]) for row in result.rows}
    assert all(isinstance(row[0], URIRef) for row in result.rows) and not any("\\" in n for n in names)


def test_the_build_summary_counts_agree_with_the_graph_and_the_page(bundled_build: Path, bundled_graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "o"
    code, text, _ = _run("build", str(BUNDLED), "--out", str(out))
    assert code == 0
    entities = re.search(r"^Entities \(distinct nodes\): (\d+): (.*)$", text, re.M)
    relations = re.search(r"^Relations \(distinct edges / statements with their sentence\): (\d+) / (\d+)", text, re.M)
    indicators = re.search(r"^Indicators: (\d+)$", text, re.M)
    assert entities and relations and indicators, text
    graph = Graph().parse(out / "graph.ttl")
    assert int(entities.group(1)) == _count(graph, "entities")
    assert (int(relations.group(1)), int(relations.group(2))) == (_count(graph, "edges"), _count(graph, "relations"))
    assert int(indicators.group(1)) == _count(graph, "indicators")
    page = (out / "graph.html").read_text(encoding="utf-8")
    payload = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    by_class = dict(re.findall(r"(\w+) (\d+)", entities.group(2)))
    assert {c["key"]: str(c["total"]) for c in payload["classes"] if c["total"]} == by_class
    assert payload["total"] == int(entities.group(1))
    assert sum(r["total"] for r in payload["relations"]) == int(relations.group(1))


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_help_examples_are_one_command_a_line_and_name_real_outputs(command: str) -> None:
    code, text, _ = _run(command, "--help")
    assert code == 0
    examples = [line for line in text.splitlines() if "kgreport " in line]
    assert examples and all(line.count("kgreport ") == 1 for line in examples), examples
    outputs = {"graph.ttl", "graph.trig", "graph.html", "store", "errors.log", ".cache", ""}
    for name in re.findall(r"\bout/([\w.]*)", text):
        assert name in outputs, f"{command} --help names out/{name}, which no build writes"


def test_eval_reads_a_gold_file_from_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "build"
    folder.mkdir()
    shutil.copy(EVAL_DATA / "entities.ttl", folder / "graph.ttl")
    gold = (EVAL_DATA / "entities.gold.json").read_text(encoding="utf-8")
    by_stdin = CliRunner().invoke(cli, ["eval", "-", "--out", str(folder)], input=gold)
    by_file = CliRunner().invoke(cli, ["eval", str(EVAL_DATA / "entities.gold.json"), "--out", str(folder)])
    assert by_stdin.exit_code == 0 and by_stdin.output == by_file.output and "Organization" in by_file.output


@pytest.mark.parametrize("engine", [Engine.MEMORY, Engine.RDFLIB])
def test_the_default_folder_answers_as_its_graph_ttl_did(bundled_build: Path, engine: Engine) -> None:
    """query's default became the folder (graph.trig, whose merge is graph.ttl) instead of out/graph.ttl."""
    for example in list_examples():
        assert run_query(example.text, bundled_build, engine) == run_query(example.text, bundled_build / "graph.ttl", engine), example.name
