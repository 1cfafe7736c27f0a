"""The Python API: ``kgreport.build`` / ``load`` / ``query``, records that match the graph, networkx."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, URIRef

import kgreport
from kgreport.errors import InputError
from conftest import BUNDLED, REPO

#: Counts asked of graph.ttl itself, to compare with the records.
COUNTS = {
    "entities": "SELECT (COUNT(DISTINCT ?e) AS ?n) { VALUES ?c { kgr:Organization kgr:Place kgr:Project kgr:Program kgr:Honor } ?e a ?c }",
    "relations": "SELECT (COUNT(DISTINCT ?st) AS ?n) { ?st a rdf:Statement }",
    "edges": """SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o {
                  VALUES ?p { kgr:cooperatesWith kgr:receivedHonor kgr:implements kgr:builds kgr:locatedIn } ?s ?p ?o } }""",
    "indicators": "SELECT (COUNT(DISTINCT ?i) AS ?n) { ?i a kgr:Indicator }",
    "reports": "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a kgr:Report }",
}

# A made-up report: names that the rules find, none from the dev or seed texts.
TEXT = (
    "青禾县人民政府工作报告\n\n一、过去一年的工作\n\n"
    "深入实施乡村振兴战略，青禾县中医院新院区建成投用。我县与青禾大学开展战略合作。"
    "全年新增就业6150人。\n"
)


def _count(graph: Graph, name: str) -> int:
    from kgreport.query.engine import PREFIXES

    return int(next(iter(graph.query(COUNTS[name], initNs=PREFIXES)))[0])  # type: ignore[index]


@pytest.fixture(scope="module")
def loaded(bundled_build: Path) -> kgreport.KnowledgeGraph:
    return kgreport.load(bundled_build)


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_records_count_what_the_graph_holds(loaded: kgreport.KnowledgeGraph, bundled_graph: Graph, name: str) -> None:
    edges = {(r.subject, r.kind, r.object) for r in loaded.relations}
    got = {
        "entities": len(loaded.entities), "relations": len(loaded.relations), "edges": len(edges),
        "indicators": len(loaded.indicators), "reports": len(loaded.reports),
    }[name]
    assert got == _count(bundled_graph, name) > 0


def test_records_are_frozen_and_carry_evidence(loaded: kgreport.KnowledgeGraph, bundled_graph: Graph) -> None:
    e = next(e for e in loaded.entities if e.label == "开化县人民政府")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.label = "x"  # type: ignore[misc]
    assert e.cls == "Organization" and e.reports == (loaded.reports[0].iri,) and e.evidence
    sentences = {str(o) for o in bundled_graph.objects(None, URIRef("https://w3id.org/kgreport/ontology#text"))}
    assert all(r.evidence in sentences for r in loaded.relations)
    assert all(r.subject_label and r.object_label for r in loaded.relations)
    report = loaded.reports[0]
    assert (report.source_file, report.year, report.level) == ("kaihua-2023.txt", 2023, "county")
    assert report.region.endswith("/place/开化县")


def test_to_networkx_has_a_node_per_entity_and_an_edge_per_distinct_relation(loaded: kgreport.KnowledgeGraph) -> None:
    g = loaded.to_networkx()
    assert g.number_of_nodes() == len(loaded.entities)
    assert g.number_of_edges() == len({(r.subject, r.kind, r.object) for r in loaded.relations})
    r = loaded.relations[0]
    edge = g.edges[r.subject, r.object, r.kind]
    assert edge["kind"] == r.kind and r.evidence in edge["evidence"].split("\n")
    assert g.nodes[r.subject]["label"] == r.subject_label


def test_build_of_a_text_without_out_writes_nothing_and_answers_queries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    kg = kgreport.build(TEXT)
    assert list(tmp_path.iterdir()) == []
    assert kg.out is None and kg.reports[0].source_file == "text-1.txt"
    labels = {(e.cls, e.label) for e in kg.entities}
    assert ("Program", "乡村振兴战略") in labels and any(i.value == 6150 and i.unit == "人" for i in kg.indicators)
    result = kgreport.query("SELECT ?l { ?p a kgr:Program ; rdfs:label ?l }", kg)
    assert {str(row[0]) for row in result.rows} == {e.label for e in kg.entities if e.cls == "Program"}
    # the Dataset holds one named graph per report, as graph.trig does
    names = {str(g.identifier) for g in kg.dataset.graphs() if len(g)}
    assert kg.reports[0].iri in names


def test_build_with_out_writes_the_cli_outputs_and_a_path_equals_its_text(tmp_path: Path) -> None:
    kg = kgreport.build([BUNDLED], out=tmp_path / "o", with_store=False)
    assert {p.name for p in (tmp_path / "o").iterdir()} >= {"graph.ttl", "graph.trig", "graph.html"}
    again = kgreport.build(kgreport.Text(BUNDLED.read_text(encoding="utf-8"), "kaihua-2023.txt"))
    assert again.entities == kg.entities and again.relations == kg.relations and again.indicators == kg.indicators
    assert kgreport.query("ASK { ?s a kgr:Honor }", tmp_path / "o").boolean is True


@pytest.mark.parametrize("item", ["no-such-report.txt", "missing/folder"])
def test_a_short_string_that_is_no_path_is_an_error_not_a_report(item: str) -> None:
    with pytest.raises(InputError, match="no such file"):
        kgreport.build(item)


def test_the_package_is_typed_and_exports_its_api() -> None:
    assert (REPO / "src" / "kgreport" / "py.typed").is_file()
    assert callable(kgreport.build) and callable(kgreport.query)
    importlib.import_module("kgreport.build.pipeline")  # the subpackage of the same name keeps off the function's name
    importlib.import_module("kgreport.query.serve")
    assert callable(kgreport.build) and callable(kgreport.query)
    assert set(kgreport.__all__) <= set(dir(kgreport))


def test_dataset_holds_the_named_graphs_of_graph_trig(loaded: kgreport.KnowledgeGraph, bundled_build: Path) -> None:
    """The store keeps shared triples once in a graph of its own; the Dataset still gives graph.trig's report graphs."""
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    trig = Dataset()
    trig.parse(bundled_build / "graph.trig", format="trig")
    want = {str(g.identifier): g for g in trig.graphs() if len(g)}
    got = {str(g.identifier): g for g in loaded.dataset.graphs() if len(g)}
    assert set(got) == set(want) and len(want) == 1
    for name, graph in want.items():
        assert isomorphic(got[name], graph)


def test_dataset_of_a_build_without_a_folder_is_its_report_graph() -> None:
    kg = kgreport.build(TEXT)
    graphs = [g for g in kg.dataset.graphs() if len(g)]
    assert [str(g.identifier) for g in graphs] == [kg.reports[0].iri]
    labels = {str(o) for o in graphs[0].objects(None, RDFS.label)}
    assert {e.label for e in kg.entities} <= labels  # entity descriptions are in the report's graph
