"""The persistent pyoxigraph store: atomic writes, formats, named graphs, read-only opening."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef

from kgreport.errors import GraphNotFoundError, InputError
from kgreport.graph.store import open_store, store_size, write_store

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
REPORT_2022 = "https://w3id.org/kgreport/id/report/anji-2022"


def sample_triples() -> int:
    return len(Graph().parse(SAMPLE))


def test_write_then_open_read_only(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    store = open_store(tmp_path / "store")
    assert len(store) == sample_triples()
    with pytest.raises((OSError, RuntimeError)):
        store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o")))


def test_two_read_only_openers_share_a_store(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    a, b = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    assert len(a) == len(b) == sample_triples()


def test_rewrite_replaces_the_store_and_leaves_no_temp_dirs(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    smaller = Graph()
    smaller.add((URIRef("http://a/s"), URIRef("http://a/p"), URIRef("http://a/o")))
    write_store(smaller, tmp_path / "store")
    assert store_size(tmp_path / "store") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_failed_write_keeps_the_old_store(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a/s> <http://a/p> .", encoding="utf-8")
    with pytest.raises(InputError):
        write_store(bad, tmp_path / "store")
    assert store_size(tmp_path / "store") == sample_triples()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "store"]


def test_trig_keeps_one_named_graph_per_report(tmp_path: Path) -> None:
    from kgreport.query.push import partition_by_report

    ds = Dataset()
    for iri, part in partition_by_report(Graph().parse(SAMPLE)).items():
        g = ds.graph(iri)
        for t in part:
            g.add(t)
    trig = tmp_path / "graph.trig"
    ds.serialize(trig, format="trig")
    for source in (trig, ds):
        write_store(source, tmp_path / "store")
        store = open_store(tmp_path / "store")
        names = sorted(g.value for g in store.named_graphs())
        assert names == [REPORT_2022, "https://w3id.org/kgreport/id/report/anji-2023"]
        # The default graph holds the merge: a triple in two report graphs counts once.
        merged = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
        assert int(next(iter(merged))["n"].value) == sample_triples()
        in_graphs = store.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
        assert int(next(iter(in_graphs))["n"].value) > sample_triples()


@pytest.mark.parametrize("suffix, fmt", [(".nt", "nt"), (".ttl", "turtle")])
def test_triple_formats(tmp_path: Path, suffix: str, fmt: str) -> None:
    src = tmp_path / f"g{suffix}"
    Graph().parse(SAMPLE).serialize(src, format=fmt)
    write_store(src, tmp_path / "store")
    assert store_size(tmp_path / "store") == sample_triples()


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFoundError):
        write_store(tmp_path / "missing.ttl", tmp_path / "store")
    with pytest.raises(GraphNotFoundError):
        open_store(tmp_path / "nostore")
    odd = tmp_path / "g.xyz"
    shutil.copy(SAMPLE, odd)
    with pytest.raises(InputError, match="unknown RDF file type"):
        write_store(odd, tmp_path / "store")


def test_store_from_trig_with_merged_turtle_equals_store_merging_quads(bundled_build: Path, tmp_path: Path) -> None:
    """The build's fast path (graph.ttl as the default graph) stores exactly what merging the quads stores."""
    from kgreport.graph.store import open_store, write_store

    write_store(bundled_build / "graph.trig", tmp_path / "slow")
    write_store(bundled_build / "graph.trig", tmp_path / "fast", merged=bundled_build / "graph.ttl")
    slow = set(open_store(tmp_path / "slow"))
    fast = set(open_store(tmp_path / "fast"))
    assert len(fast) > 1000
    assert slow == fast
