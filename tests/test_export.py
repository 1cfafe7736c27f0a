"""``kgreport export``: JSON-LD and N-Quads equal graph.trig; GraphML and CSV hold the entity graph."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kgreport.cli import cli
from test_api import _count


def _export(build: Path, fmt: str, to: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--out", str(build), "--to", str(to)])
    assert result.exit_code == 0, result.output


def _trig_quads(build: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


@pytest.mark.parametrize("fmt, name, rdf_format", [("jsonld", "g.jsonld", ox.RdfFormat.JSON_LD), ("nquads", "g.nq", ox.RdfFormat.N_QUADS)])
def test_rdf_exports_hold_exactly_the_named_graphs_of_graph_trig(
    bundled_build: Path, tmp_path: Path, fmt: str, name: str, rdf_format: ox.RdfFormat
) -> None:
    _export(bundled_build, fmt, tmp_path / name)
    quads = set(ox.parse(path=str(tmp_path / name), format=rdf_format))
    assert quads == _trig_quads(bundled_build) and len(quads) > 1000


def test_graphml_reads_back_with_the_graphs_node_and_edge_counts(bundled_build: Path, bundled_graph: Graph, tmp_path: Path) -> None:
    _export(bundled_build, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert g.number_of_nodes() == _count(bundled_graph, "entities") > 50
    assert g.number_of_edges() == _count(bundled_graph, "edges") > 20
    node = g.nodes["https://w3id.org/kgreport/id/org/开化县人民政府"]
    assert node["label"] == "开化县人民政府" and node["cls"] == "Organization"
    assert {d["kind"] for _, _, d in g.edges(data=True)} <= {"cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"}


_TEXT = URIRef("https://w3id.org/kgreport/ontology#text")
_SOURCE_FILE = URIRef("https://w3id.org/kgreport/ontology#sourceFile")

#: Each table: its header and the graph count its rows must equal.
TABLES = [
    ("entities.csv", ["iri", "class", "label", "alt_labels", "reports", "mentions", "evidence"], "entities"),
    ("relations.csv", ["statement", "subject", "subject_label", "relation", "object", "object_label", "report", "evidence"], "relations"),
    ("indicators.csv", ["iri", "label", "value", "unit", "surface", "approximate", "report", "evidence"], "indicators"),
]


@pytest.fixture(scope="module")
def tables(bundled_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csv")
    _export(bundled_build, "csv", folder)
    return folder


@pytest.mark.parametrize("name, header, count", TABLES)
def test_csv_tables_have_a_row_per_graph_node_with_iri_label_report_and_evidence(
    tables: Path, bundled_graph: Graph, name: str, header: list[str], count: str
) -> None:
    with open(tables / name, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == header
    assert len(rows) - 1 == _count(bundled_graph, count)
    sentences = {str(o) for o in bundled_graph.objects(None, _TEXT)}
    reports = {str(s) for s in bundled_graph.subjects(_SOURCE_FILE, None)}
    for row in map(dict, (zip(header, r) for r in rows[1:])):
        assert row[header[0]].startswith("https://w3id.org/kgreport/id/")
        assert all(line in sentences for line in row["evidence"].split("\n")), row
        assert all(r in reports for r in row.get("reports", row.get("report", "")).split()), row


def test_export_of_a_folder_without_a_build_is_exit_code_7(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 7 and "kgreport build" in result.output


def test_an_entity_of_thousands_of_sentences_stays_readable_by_the_csv_module(tmp_path: Path) -> None:
    from kgreport.graph.export import MAX_ENTITY_EVIDENCE, write_csv_tables
    from kgreport.graph.records import EntityRecord, Records

    sentence = "深入实施乡村振兴战略，" * 20  # 220 characters
    many = EntityRecord("https://w3id.org/kgreport/id/program/乡村振兴战略", "Program", "乡村振兴战略", (), ("r1", "r2"), (sentence,) * 3000)
    write_csv_tables(Records((), (many,), (), ()), tmp_path)
    with open(tmp_path / "entities.csv", encoding="utf-8", newline="") as fh:
        (header, row) = list(csv.reader(fh))  # the csv module's default field limit (128 KB) holds
    cells = dict(zip(header, row))
    assert cells["mentions"] == "3000" and cells["evidence"].split("\n") == [sentence] * MAX_ENTITY_EVIDENCE
