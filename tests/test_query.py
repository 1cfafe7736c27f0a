"""kgreport query: the read-only gate, engines, example queries and output formats."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kgreport.graph.vocab import KGR
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kgreport.cli import cli
from kgreport.errors import GraphNotFoundError, QueryError
from kgreport.query.engine import (
    Engine,
    OutputFormat,
    QueryKind,
    RefusedQueryError,
    canonical_literal,
    check_query,
    choose_engine,
    display_width,
    format_result,
    get_example,
    list_examples,
    run_query,
    store_is_fresh,
)
from kgreport.graph.store import write_store
from conftest import sample_store_build

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
KGD = "https://w3id.org/kgreport/id/"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder: graph.ttl (the sample) and a fresh store beside it."""
    return sample_store_build(tmp_path_factory.mktemp("out"))


def rows(result) -> list[tuple[str | None, ...]]:
    return [tuple(None if t is None else str(t) for t in row) for row in result.rows]


# ------------------------------------------------------------------ the gate

@pytest.mark.parametrize(
    "text, kind",
    [
        ("SELECT * WHERE { ?s ?p ?o }", QueryKind.SELECT),
        ("ASK { ?s kgr:cooperatesWith ?o }", QueryKind.ASK),
        ("CONSTRUCT WHERE { ?s rdfs:label ?o }", QueryKind.CONSTRUCT),
        ("DESCRIBE kgd:x", QueryKind.DESCRIBE),
        ("PREFIX ex: <http://example.org/> SELECT ?s { ?s ex:p ?o }", QueryKind.SELECT),
    ],
)
def test_check_query_accepts_the_four_forms(text: str, kind: QueryKind) -> None:
    assert check_query(text).kind is kind


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "Update"),
        ("DELETE WHERE { ?s ?p ?o }", "Update"),
        ("LOAD <file:///etc/passwd>", "Update"),
        ("CLEAR ALL", "Update"),
        ("DROP GRAPH <http://a/g>", "Update"),
        ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * { ?a ?b ?c OPTIONAL { SERVICE SILENT <http://x/> { ?s ?p ?o } } }", "SERVICE"),
        ("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> { GRAPH ?g { ?s ?p ?o } }", "FROM"),
    ],
)
def test_updates_service_and_from_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(RefusedQueryError, match=fragment):
        check_query(text)


@pytest.mark.parametrize(
    "text, where",
    [
        ("SELECT * WHERE {\n ?s ?p ?o .\n FILTER( }", "line 3, column 11"),
        ("SELECT ?x WHERE { ?x ?p }", "line 1, column"),
        ("SELEC * { ?s ?p ?o }", "line 1, column 1"),
    ],
)
def test_malformed_query_says_where(text: str, where: str) -> None:
    with pytest.raises(QueryError, match="malformed query") as info:
        check_query(text)
    assert where in str(info.value)
    assert "\n" not in str(info.value)


def test_undeclared_prefix_is_named() -> None:
    with pytest.raises(QueryError, match="foo"):
        check_query("SELECT * { ?s foo:bar ?o }")


def test_empty_query() -> None:
    with pytest.raises(QueryError, match="empty"):
        check_query("   \n")


# ------------------------------------------------------------------ examples

def test_examples_have_descriptions_and_parse() -> None:
    examples = list_examples()
    assert len(examples) >= 9
    for e in examples:
        assert e.description, e.name
        assert e.text.startswith("# "), e.name
        check_query(e.text)


def test_unknown_example() -> None:
    with pytest.raises(QueryError, match="unknown example 'nope'"):
        get_example("nope")


@pytest.mark.parametrize("name", [e.name for e in list_examples()])
def test_every_example_gives_identical_results_on_every_engine(build: Path, name: str) -> None:
    text = get_example(name).text
    graph = build / "graph.ttl"
    results = {engine: run_query(text, graph, engine) for engine in (Engine.STORE, Engine.MEMORY, Engine.RDFLIB)}
    first = results[Engine.STORE]
    assert first.rows or first.triples or first.boolean, f"{name} answers nothing on the sample"
    for engine, result in results.items():
        assert result == first, engine
        for fmt in OutputFormat:
            assert format_result(result, fmt) == format_result(first, fmt)


def test_issuer_partners(build: Path) -> None:
    result = run_query(get_example("issuer-partners").text, build / "graph.ttl")
    got = [(r[0], r[2]) for r in rows(result)]
    assert got == [("2022", "浙江大学"), ("2023", "浙江大学"), ("2023", "湖州师范学院")]


def test_relation_evidence_names_the_sentence(build: Path) -> None:
    result = run_query(get_example("relation-evidence").text, build / "graph.ttl")
    coop = [r for r in rows(result) if r[1].endswith("cooperatesWith") and r[2] == "湖州师范学院"]
    assert coop == [("安吉县人民政府", str(URIRef("https://w3id.org/kgreport/ontology#cooperatesWith")),
                     "湖州师范学院", "2023", "与浙江大学、湖州师范学院深化合作。",
                     KGD + "report/anji-2023/sentence/2")]


def test_indicators_in_yuan_are_multiplied_out(build: Path) -> None:
    result = run_query(get_example("indicators-yuan").text, build / "graph.ttl")
    values = {(r[0], r[1]): Decimal(r[2]) for r in rows(result)}
    assert values == {
        ("2022", "地区生产总值"): Decimal("56680000000"),
        ("2023", "地区生产总值"): Decimal("60120000000"),
        ("2023", "一般公共预算收入"): Decimal("5860000000"),
    }


def test_cross_report_examples(build: Path) -> None:
    graph = build / "graph.ttl"
    first = {r[0]: (r[1], r[2], r[3]) for r in rows(run_query(get_example("programs-first-year").text, graph))}
    assert first == {"乡村振兴": ("2022", "2023", "2"), "千万工程": ("2022", "2022", "1"),
                     "数字化改革": ("2023", "2023", "1")}
    several = rows(run_query(get_example("organizations-in-several-reports").text, graph))
    assert [(r[0], r[1]) for r in several] == [("浙江大学", "2")]
    gdp = rows(run_query(get_example("indicator-over-years").text, graph))
    assert [(r[0], r[1], r[2]) for r in gdp] == [("安吉县", "2022", "56680000000"),
                                                 ("安吉县", "2023", "60120000000")]


def test_construct_example_is_turtle_of_the_cooperation_network(build: Path) -> None:
    result = run_query(get_example("cooperation-network").text, build / "graph.ttl")
    text = format_result(result, OutputFormat.JSON)  # CONSTRUCT ignores the format: Turtle
    parsed = Graph().parse(data=text, format="turtle")
    assert len(parsed) == len(result.triples) == 5
    assert isomorphic(parsed, Graph().parse(data=format_result(result), format="turtle"))


def test_describe_is_the_same_on_every_engine(build: Path) -> None:
    text = f"DESCRIBE <{KGD}org/安吉县人民政府>"  # the rdf:subject of several statements
    results = [run_query(text, build / "graph.ttl", e) for e in (Engine.STORE, Engine.RDFLIB)]
    assert results[0] == results[1]
    # Oxigraph's DESCRIBE: the resource's own triples, not the statements about it.
    assert {str(s) for s, _, _ in results[0].triples} == {f"{KGD}org/安吉县人民政府"}
    # Its 10 triples of the graph, the derived link to the one report that mentions it, and its derived
    # report count, region count, first and last year, and its two ranks in its class (label, first year).
    assert len(results[0].triples) == 17
    assert sum(p == KGR.mentionedInReport for _, p, _ in results[0].triples) == 1
    assert {p for _, p, _ in results[0].triples} >= {KGR.reportCount, KGR.regionCount, KGR.firstYear, KGR.lastYear,
                                                     KGR.labelRank, KGR.firstYearRank}


# ------------------------------------------------------------------ formats

@pytest.mark.parametrize(
    "text, width",
    [("abc", 3), ("浙江大学", 8), ("ＡＢ", 4), ("a浙b", 4), ("e\u0301", 1), ("", 0), ("“千万工程”", 10)],
)
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width


@pytest.mark.parametrize(
    "lexical, datatype, expected",
    [
        ("6150.0", XSD.decimal, "6150"),
        ("3.10", XSD.decimal, "3.1"),
        ("0.0000615", XSD.decimal, "0.0000615"),
        ("007", XSD.integer, "7"),
        ("1", XSD.boolean, "true"),
        ("abc", XSD.integer, "abc"),
        ("2023-01-17", XSD.date, "2023-01-17"),
    ],
)
def test_canonical_literal(lexical: str, datatype: URIRef, expected: str) -> None:
    assert str(canonical_literal(lexical, str(datatype), None)) == expected


def test_canonical_literal_keeps_language() -> None:
    assert canonical_literal("x", None, "zh") == Literal("x", lang="zh")


def test_table_columns_align_in_terminal_cells(build: Path) -> None:
    result = run_query(get_example("relation-evidence").text, build / "graph.ttl")
    lines = format_result(result, OutputFormat.TABLE).splitlines()
    bars = [[display_width(line[: i]) for i, ch in enumerate(line) if ch == "|"] for line in lines[:-1]]
    header_bars = bars[0]
    assert len(header_bars) == len(result.variables) - 1
    for b in bars[2:]:
        assert b == header_bars
    assert lines[-1] == f"({len(result.rows)} rows)"


def test_csv_is_sparql_csv(build: Path) -> None:
    result = run_query(get_example("relation-evidence").text, build / "graph.ttl")
    text = format_result(result, OutputFormat.CSV)
    assert text.endswith("\r\n") and "\r\n" in text.split("\r\n", 1)[0] + "\r\n"
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == list(result.variables)
    assert len(parsed) == len(result.rows) + 1
    assert parsed[1][5].startswith("https://")  # IRIs are bare in CSV


def test_tsv_is_sparql_tsv(build: Path) -> None:
    result = run_query(get_example("indicators-yuan").text, build / "graph.ttl")
    lines = format_result(result, OutputFormat.TSV).rstrip("\n").split("\n")
    assert lines[0].split("\t") == [f"?{v}" for v in result.variables]
    first = lines[1].split("\t")
    assert first[0] == "2022"  # integer written bare
    assert first[1] == '"地区生产总值"'
    assert first[2] == '"56680000000"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert first[4].startswith("<https://")


def test_json_is_sparql_results_json(build: Path) -> None:
    result = run_query(get_example("indicators-yuan").text, build / "graph.ttl")
    data = json.loads(format_result(result, OutputFormat.JSON))
    assert data["head"]["vars"] == list(result.variables)
    first = data["results"]["bindings"][0]
    assert first["year"] == {"type": "literal", "value": "2022", "datatype": str(XSD.integer)}
    assert first["label"] == {"type": "literal", "value": "地区生产总值"}
    assert first["indicator"]["type"] == "uri"
    ask = json.loads(format_result(run_query("ASK { ?s kgr:builds ?o }", build / "graph.ttl"), OutputFormat.JSON))
    assert ask == {"head": {}, "boolean": True}


def test_unbound_cells(build: Path) -> None:
    text = "SELECT ?l ?alt WHERE { ?e a kgr:Honor ; rdfs:label ?l OPTIONAL { ?e skos:altLabel ?alt } }"
    result = run_query(text, build / "graph.ttl")
    assert rows(result) == [("国家生态文明建设示范县", None)]
    assert json.loads(format_result(result, OutputFormat.JSON))["results"]["bindings"] == [
        {"l": {"type": "literal", "value": "国家生态文明建设示范县"}}
    ]
    assert format_result(result, OutputFormat.CSV).split("\r\n")[1] == "国家生态文明建设示范县,"


# ------------------------------------------------------------------ engines and files

def test_stale_store_is_not_used(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copy(SAMPLE, graph)
    assert choose_engine(graph) is Engine.MEMORY  # no store yet
    write_store(graph, tmp_path / "store")
    assert store_is_fresh(graph) and choose_engine(graph) is Engine.STORE
    # The graph is rebuilt after the store: the store is stale, the file wins.
    later = time.time() + 10
    graph.write_text(SAMPLE.read_text(encoding="utf-8").replace("浙江大学", "浙江工业大学"), encoding="utf-8")
    os.utime(graph, (later, later))
    assert choose_engine(graph) is Engine.MEMORY
    result = run_query("SELECT ?l { ?o a kgr:Organization ; rdfs:label ?l } ORDER BY ?l", graph)
    assert "浙江工业大学" in {r[0] for r in rows(result)}


def test_trig_named_graphs_are_queried_as_one_union(tmp_path: Path) -> None:
    from kgreport.query.push import partition_by_report
    from kgreport.query.engine import load_rdflib
    from rdflib import Dataset

    ds = Dataset()  # the merge without the derived facts, as a build writes graph.trig
    for iri, part in partition_by_report(load_rdflib(SAMPLE, derived=False)).items():
        g = ds.graph(iri)
        for t in part:
            g.add(t)
    trig = tmp_path / "graph.trig"
    ds.serialize(trig, format="trig")
    write_store(trig, tmp_path / "store")
    # An entity described in both report graphs must not give duplicate rows.
    for example in list_examples():
        expected = run_query(example.text, SAMPLE)
        for engine in (Engine.STORE, Engine.MEMORY, Engine.RDFLIB):
            assert run_query(example.text, trig, engine) == expected, (example.name, engine)
    # A report's graph holds its own nodes: what it states is its statements (the relation
    # triples themselves are stored once, in the shared graph, see kgreport.graph.store).
    per_report = run_query(
        f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{KGD}report/anji-2023> {{ ?st rdf:predicate kgr:implements }} }}",
        trig, Engine.STORE,
    )
    assert rows(per_report) == [("2",)]
    in_report_graph = run_query(
        f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{KGD}report/anji-2023> {{ ?s kgr:implements ?o }} }}", trig, Engine.STORE
    )
    assert rows(in_report_graph) == [("0",)]


def test_missing_graph(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFoundError):
        run_query("ASK {}", tmp_path / "nothere.ttl")
    with pytest.raises(GraphNotFoundError):
        run_query("ASK {}", tmp_path)


def test_graph_folder_is_accepted(build: Path) -> None:
    assert run_query("ASK { ?s a kgr:Report }", build).boolean is True


# ------------------------------------------------------------------ CLI

def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_lists_examples() -> None:
    res = invoke("query", "--example")
    assert res.exit_code == 0
    for e in list_examples():
        assert f"{e.name} " in res.output and e.description in res.output


def test_cli_runs_an_example(build: Path) -> None:
    res = invoke("query", "--example", "honors", "--graph", str(build / "graph.ttl"))
    assert res.exit_code == 0, res.output
    assert "国家生态文明建设示范县" in res.output and "(1 row)" in res.output


def test_cli_query_file_and_formats(build: Path, tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?l WHERE { ?p a kgr:Program ; rdfs:label ?l } ORDER BY ?l", encoding="utf-8")
    res = invoke("query", "--file", str(q), "--graph", str(build / "graph.ttl"), "--format", "csv")
    assert res.exit_code == 0
    assert res.stdout_bytes.decode("utf-8") == "l\r\n乡村振兴\r\n千万工程\r\n数字化改革\r\n"


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["query", "SELECT * WHERE {\n?s ?p ?o .\nFILTER( }"], 6, "line 3, column"),
        (["query", "--example", "nope"], 6, "unknown example"),
        (["query", "INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }"], 6, "refused"),
        (["query", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"], 6, "SERVICE"),
        (["query", "ASK {}", "--graph", "/nonexistent/graph.ttl"], 7, "not found"),
        (["query"], 6, "exactly one"),
        (["query", "--file", "/nonexistent/q.rq"], 6, "q.rq"),
    ],
)
def test_cli_errors_are_one_line(build: Path, args: list[str], code: int, fragment: str) -> None:
    if "--graph" not in args:
        args = args + ["--graph", str(build / "graph.ttl")]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == code, res.output
    assert fragment in res.output
    assert "Traceback" not in res.output
    assert res.output.count("\n") == 1


@pytest.mark.parametrize("command", ["query", "serve", "push"])
def test_help_has_an_example(command: str) -> None:
    res = invoke(command, "--help")
    assert res.exit_code == 0 and "Example:" in res.output


@pytest.mark.parametrize("engine", ["memory", "rdflib"])
def test_cli_malformed_graph_file_is_one_line(tmp_path: Path, engine: str) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("<http://a/s> <http://a/p> .\n", encoding="utf-8")
    res = invoke("query", "ASK {}", "--graph", str(bad), "--engine", engine)
    assert res.exit_code == 2
    assert "not a valid RDF file" in res.output and res.output.count("\n") == 1


def test_a_report_without_year_does_not_void_the_span_of_years(tmp_path: Path) -> None:
    """MIN/MAX over an unbound year give no value at all in Oxigraph; the example must skip it."""
    g = Graph().parse(SAMPLE)
    kgr_year = URIRef("https://w3id.org/kgreport/ontology#year")
    dropped = [(s, p, o) for s, p, o in g.triples((None, kgr_year, None)) if str(o) == "2022"]
    assert dropped
    for t in dropped:
        g.remove(t)
    graph = tmp_path / "graph.ttl"
    g.serialize(graph, format="turtle")
    write_store(graph, tmp_path / "store")
    text = get_example("organizations-in-several-reports").text
    for engine in (Engine.STORE, Engine.MEMORY, Engine.RDFLIB):
        got = [(r[0], r[1], r[2], r[3]) for r in rows(run_query(text, graph, engine))]
        assert got == [("浙江大学", "2", "2023", "2023")], engine
