"""The persistent pyoxigraph store: layout (each triple once), derived facts, atomic writes, read-only opening."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef

from conftest import SHARED, needs_corpus
from kgreport.errors import GraphNotFoundError, InputError
from kgreport.graph.store import (
    DERIVED_GRAPH,
    FIRST_YEAR_RANK,
    LABEL_RANK,
    MENTIONED_IN_REPORT,
    AWARD_RANK,
    PARTNER_RANK,
    RANKED_CLASSES,
    SEVERAL_REPORTS_RANK,
    STATEMENT_RANK,
    UNIT_RANK,
    SENTENCE_COUNT,
    SHARED_GRAPH,
    load_quads,
    materialize_aggregates,
    open_store,
    reads_union,
    store_size,
    write_store,
)
from kgreport.graph.store import (
    AWARD_HONOR, AWARD_RECEIVER, AWARD_YEAR, FIRST_YEAR, PARTNER, PARTNER_ISSUER, PARTNER_SENTENCE, PARTNER_YEAR,
    REPORT_COUNT, example_rows,
)
from kgreport.graph.store import ENTITY_CLASSES, LAST_YEAR, REGION_COUNT
from rdflib.namespace import RDF

from kgreport.query.engine import (
    Engine, QueryKind, QueryResult, check_query, list_examples, load_rdflib, query_rdflib, query_store, run_query,
)

SAMPLE = Path(__file__).parent / "data" / "query_sample.ttl"
BEFORE = Path(__file__).parent / "data" / "examples_before"
REPORT_2022 = "https://w3id.org/kgreport/id/report/anji-2022"
REPORT_2023 = "https://w3id.org/kgreport/id/report/anji-2023"


def run_query_on(store: ox.Store, text: str) -> QueryResult:
    return query_store(store, check_query(text))


def sample_triples() -> int:
    return len(Graph().parse(SAMPLE))


def data_quads(store: ox.Store) -> list[ox.Quad]:
    """The store's quads less the derived ones."""
    return [q for q in store if q.graph_name != DERIVED_GRAPH]


def sample_trig(tmp_path: Path) -> Path:
    """The sample split into one named graph per report (entity descriptions repeated in each), as TriG."""
    from kgreport.query.push import partition_by_report

    ds = Dataset()
    for iri, part in partition_by_report(Graph().parse(SAMPLE)).items():
        g = ds.graph(iri)
        for t in part:
            g.add(t)
    trig = tmp_path / "graph.trig"
    ds.serialize(trig, format="trig")
    return trig


def test_write_then_open_read_only(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    store = open_store(tmp_path / "store")
    assert len(data_quads(store)) == sample_triples()
    with pytest.raises((OSError, RuntimeError)):
        store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o")))


def test_two_read_only_openers_share_a_store(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    a, b = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    assert len(a) == len(b) > sample_triples()


def test_rewrite_replaces_the_store_and_leaves_no_temp_dirs(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    smaller = Graph()
    smaller.add((URIRef("http://a/s"), URIRef("http://a/p"), URIRef("http://a/o")))
    write_store(smaller, tmp_path / "store")
    assert store_size(tmp_path / "store") == 1  # nothing to derive from one unrelated triple
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_failed_write_keeps_the_old_store(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    size = store_size(tmp_path / "store")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a/s> <http://a/p> .", encoding="utf-8")
    with pytest.raises(InputError):
        write_store(bad, tmp_path / "store")
    assert store_size(tmp_path / "store") == size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "store"]


def test_trig_is_stored_once_per_triple_in_report_and_shared_graphs(tmp_path: Path) -> None:
    trig = sample_trig(tmp_path)
    for source in (trig, Dataset().parse(trig, format="trig")):
        write_store(source, tmp_path / "store")
        store = open_store(tmp_path / "store")
        names = sorted(g.value for g in store.named_graphs())
        assert names == sorted([REPORT_2022, REPORT_2023, SHARED_GRAPH.value, DERIVED_GRAPH.value])
        quads = data_quads(store)
        triples = Counter((q.subject, q.predicate, q.object) for q in quads)
        # Each triple once, and together exactly the merge of the report graphs.
        assert max(triples.values()) == 1
        assert len(triples) == sample_triples() == len(quads)
        for q in quads:
            if q.graph_name != SHARED_GRAPH:  # a report graph holds only what names the report or its nodes
                mine = (q.graph_name.value, q.graph_name.value + "/")
                assert any(isinstance(t, ox.NamedNode) and t.value.startswith(mine) for t in (q.subject, q.object)), q
        # Queries see the union: a plain count is the merge plus the derived facts.
        assert reads_union(store)
        union = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", use_default_graph_as_union=True)
        assert int(next(iter(union))["n"].value) == sample_triples() + len(list(store.quads_for_pattern(None, None, None, DERIVED_GRAPH)))
        shared = store.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{SHARED_GRAPH.value}> {{ ?s a kgr:Organization }} }}",
                             prefixes={"kgr": "https://w3id.org/kgreport/ontology#"})
        assert int(next(iter(shared))["n"].value) > 0


def test_derived_facts(tmp_path: Path) -> None:
    write_store(SAMPLE, tmp_path / "store")
    store = open_store(tmp_path / "store")
    counts = {q.subject.value: int(q.object.value) for q in store.quads_for_pattern(None, SENTENCE_COUNT, None, DERIVED_GRAPH)}
    sample = Graph().parse(SAMPLE)
    kgr = "https://w3id.org/kgreport/ontology#"
    for report in (REPORT_2022, REPORT_2023):
        expected = {s for s in sample.subjects(URIRef(kgr + "inReport"), URIRef(report)) if (s, URIRef(kgr + "inSection"), None) in sample}
        assert counts[report] == len(expected) > 0
    links = {(q.subject.value, q.object.value) for q in store.quads_for_pattern(None, MENTIONED_IN_REPORT, None, DERIVED_GRAPH)}
    entities = {str(e) for c in ENTITY_CLASSES for e in sample.subjects(RDF.type, URIRef(c.value))}
    expected_links = {
        (str(e), str(r)) for e, s in sample.subject_objects(URIRef(kgr + "mentionedIn"))
        for r in sample.objects(s, URIRef(kgr + "inReport")) if str(e) in entities
    }
    assert links == expected_links and len(links) > 5
    year = {str(r): int(y) for r, y in sample.subject_objects(URIRef(kgr + "year"))}
    region = {str(r): str(g) for r, g in sample.subject_objects(URIRef(kgr + "region"))}
    for entity in {e for e, _ in links}:
        reports = {r for e, r in links if e == entity}
        facts = {q.predicate.value.rsplit("#", 1)[1]: int(q.object.value)
                 for q in store.quads_for_pattern(ox.NamedNode(entity), None, None, DERIVED_GRAPH)
                 if q.predicate not in (MENTIONED_IN_REPORT, LABEL_RANK, FIRST_YEAR_RANK, UNIT_RANK, STATEMENT_RANK,
                                        SEVERAL_REPORTS_RANK)}
        assert facts == {
            "reportCount": len(reports),
            "regionCount": len({region[r] for r in reports if r in region}),
            "firstYear": min(year[r] for r in reports),
            "lastYear": max(year[r] for r in reports),
        }, entity
    # the per-entity facts' rdfs:domain is kgr:Entity: an indicator (mentioned in a sentence too) gets none of them
    indicators = {str(i) for i in sample.subjects(RDF.type, URIRef(kgr + "Indicator"))}
    per_entity = (MENTIONED_IN_REPORT, REPORT_COUNT, REGION_COUNT, FIRST_YEAR, LAST_YEAR)
    subjects = {q.subject.value for p in per_entity for q in store.quads_for_pattern(None, p, None, DERIVED_GRAPH)}
    assert indicators and any((URIRef(i), URIRef(kgr + "mentionedIn"), None) in sample for i in indicators)
    assert subjects and subjects <= entities and not subjects & indicators


@pytest.mark.parametrize("cls", [c.value.rsplit("#", 1)[1] for c in RANKED_CLASSES])
def test_ranks_follow_sparql_order(bundled_build: Path, cls: str) -> None:
    """kgr:labelRank numbers a class's labels in ORDER BY ?label; kgr:firstYearRank is ORDER BY ?firstYear ?label ?e."""
    store = open_store(bundled_build / "store")
    by_label = run_query_on(store, f"""
        SELECT ?e ?label ?rank WHERE {{ ?e a kgr:{cls} ; rdfs:label ?label . OPTIONAL {{ ?e kgr:labelRank ?rank }} }}
        ORDER BY ?label ?e""").rows
    assert by_label, cls
    ranks = [int(rank) for _, _, rank in by_label]  # an unranked labelled entity fails here
    distinct_labels = list(dict.fromkeys(str(label) for _, label, _ in by_label))
    assert ranks == [distinct_labels.index(str(label)) + 1 for _, label, _ in by_label]
    by_year = run_query_on(store, f"""
        SELECT ?e ?rank WHERE {{
          ?e a kgr:{cls} ; rdfs:label ?label ; kgr:firstYear ?y . OPTIONAL {{ ?e kgr:firstYearRank ?rank }}
        }} ORDER BY ?y ?label ?e""").rows
    assert [int(rank) for _, rank in by_year] == list(range(1, len(by_year) + 1))


def test_unit_ranks_follow_sparql_order(bundled_build: Path) -> None:
    """kgr:unitRank numbers each unit's indicators in ORDER BY ?year DESC(?value) ?label ?indicator."""
    store = open_store(bundled_build / "store")
    rows = run_query_on(store, """
        SELECT ?unit ?rank WHERE {
          ?i a kgr:Indicator ; kgr:unit ?unit ; rdfs:label ?label ; kgr:value ?value ; kgr:inReport/kgr:year ?year .
          OPTIONAL { ?i kgr:unitRank ?rank }
        } ORDER BY ?year DESC(?value) ?label ?i""").rows
    per_unit: dict[str, list[int]] = {}
    for unit, rank in rows:
        per_unit.setdefault(str(unit), []).append(int(rank))  # type: ignore[arg-type]
    assert len(per_unit) > 1 and "元" in per_unit
    assert all(ranks == list(range(1, len(ranks) + 1)) for ranks in per_unit.values()), per_unit


def test_statement_ranks_follow_sparql_order(bundled_build: Path) -> None:
    """kgr:statementRank numbers the statements in their first row's place in relation-evidence's ORDER BY."""
    store = open_store(bundled_build / "store")
    rows = run_query_on(store, """
        SELECT ?st ?rank WHERE {
          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o ; prov:wasDerivedFrom ?sentence .
          ?sentence kgr:text ?text ; kgr:inReport/kgr:year ?year .
          ?s rdfs:label ?subjectLabel . ?o rdfs:label ?objectLabel .
          OPTIONAL { ?st kgr:statementRank ?rank }
        } ORDER BY ?relation ?subjectLabel ?objectLabel ?year ?sentence ?st""").rows
    first = dict(reversed(rows))  # each statement's first row
    ranks = [int(first[st]) for st in dict.fromkeys(st for st, _ in rows)]  # type: ignore[arg-type]
    assert len(ranks) > 10 and ranks == list(range(1, len(ranks) + 1))


#: The examples that return every row ordered by a rank derived per row (example_rows), with that rank.
ROW_RANKED = {"honors": AWARD_RANK, "issuer-partners": PARTNER_RANK, "organizations-in-several-reports": SEVERAL_REPORTS_RANK}


@pytest.mark.parametrize("name", sorted(ROW_RANKED))
def test_row_ranks_number_the_former_answer(bundled_build: Path, tmp_path: Path, name: str) -> None:
    """One rank per row of the former text's answer, 1..n in its ORDER BY (which orders by every projected value).

    On the bundled build (one report) and on the two-report sample with three organizations named by both.
    """
    sample = tmp_path / "sample.ttl"
    sample.write_text(SAMPLE.read_text(encoding="utf-8") + """
<org/安吉县人民政府> kgr:mentionedIn <report/anji-2023/sentence/2> .
<org/湖州师范学院> kgr:mentionedIn <report/anji-2022/sentence/2>, <report/anji-2023/sentence/2> .
""", encoding="utf-8")
    write_store(sample, tmp_path / "store")
    sizes = []
    for graph, store_dir in ((bundled_build / "graph.ttl", bundled_build / "store"), (sample, tmp_path / "store")):
        before = _rows_before(name, graph)
        store = open_store(store_dir)
        ranks = sorted(int(q.object.value) for q in store.quads_for_pattern(None, ROW_RANKED[name], None, DERIVED_GRAPH))
        assert ranks == list(range(1, len(before) + 1))  # type: ignore[arg-type]
        sizes.append(len(before))  # type: ignore[arg-type]
    assert max(sizes) > 1, sizes
    text = next(e.text for e in list_examples() if e.name == name)
    full = re.sub(r"^LIMIT \d+\s*\Z", "", _RANK_VALUES.sub("", text), flags=re.M)  # honors reads its first 100
    assert full.rstrip().endswith("ORDER BY ?rank") and not re.search(r"^\s*(VALUES \?rank|LIMIT)", full, re.M)


def test_example_rows_are_derived_in_a_function_of_their_own() -> None:
    """example_rows alone gives the row facts, from the store's rows and the counts derived before it."""
    store = ox.Store()
    load_quads(store, ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TURTLE))
    materialize_aggregates(store)
    derived = list(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    counts = {q.subject: int(q.object.value) for q in derived if q.predicate == REPORT_COUNT}
    first_years = {q.subject: q.object for q in derived if q.predicate == FIRST_YEAR}
    rows = example_rows(store, counts, first_years)
    mine = {AWARD_RANK, AWARD_HONOR, AWARD_RECEIVER, AWARD_YEAR, PARTNER_RANK, PARTNER_ISSUER, PARTNER,
            PARTNER_YEAR, PARTNER_SENTENCE, SEVERAL_REPORTS_RANK}
    assert rows and {q.predicate for q in rows} <= mine
    assert set(rows) == {q for q in derived if q.predicate in mine}


def test_ranked_classes_are_disjoint(bundled_build: Path) -> None:
    """The examples look a rank up and then test the class: an entity of two ranked classes would have two ranks."""
    store = open_store(bundled_build / "store")
    classes = " ".join(f"<{c.value}>" for c in RANKED_CLASSES)
    shared = run_query_on(store, f"""
        SELECT ?e WHERE {{ VALUES ?a {{ {classes} }} VALUES ?b {{ {classes} }} ?e a ?a, ?b . FILTER(?a != ?b) }}""")
    assert shared.rows == ()
    assert len(list(store.quads_for_pattern(None, LABEL_RANK, None, DERIVED_GRAPH))) > 10


def test_materializing_again_replaces_the_derived_graph() -> None:
    store = ox.Store()
    load_quads(store, ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TURTLE))
    first = materialize_aggregates(store)
    assert materialize_aggregates(store) == first
    assert len(list(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))) == first > 0


def test_an_old_store_without_the_layout_reads_its_default_graph() -> None:
    """A store written before this layout held the merge in its default graph and the same triples in report graphs."""
    store = ox.Store()
    triple = (ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o"))
    store.add(ox.Quad(*triple))
    store.add(ox.Quad(*triple, ox.NamedNode("http://a/report")))
    assert not reads_union(store)
    result = run_query_on(store, "SELECT * { ?s ?p ?o }")
    assert len(result.rows) == 1


def test_loading_report_by_report_equals_loading_the_file(bundled_build: Path, tmp_path: Path) -> None:
    """The streaming build's path (load_quads per report, materialize at the end) stores what write_store does."""
    write_store(bundled_build / "graph.trig", tmp_path / "whole")
    whole = set(open_store(tmp_path / "whole"))
    by_report: dict[str, list[ox.Quad]] = {}
    for q in ox.parse(path=str(bundled_build / "graph.trig"), format=ox.RdfFormat.TRIG):
        by_report.setdefault(str(q.graph_name), []).append(q)
    streamed = ox.Store()
    for quads in by_report.values():
        load_quads(streamed, quads)
    materialize_aggregates(streamed)
    assert len(whole) > 1000
    assert set(streamed) == whole


@pytest.mark.parametrize("suffix, fmt", [(".nt", "nt"), (".ttl", "turtle")])
def test_triple_formats(tmp_path: Path, suffix: str, fmt: str) -> None:
    src = tmp_path / f"g{suffix}"
    Graph().parse(SAMPLE).serialize(src, format=fmt)
    write_store(src, tmp_path / "store")
    assert len(data_quads(open_store(tmp_path / "store"))) == sample_triples()


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFoundError):
        write_store(tmp_path / "missing.ttl", tmp_path / "store")
    with pytest.raises(GraphNotFoundError):
        open_store(tmp_path / "nostore")
    odd = tmp_path / "g.xyz"
    shutil.copy(SAMPLE, odd)
    with pytest.raises(InputError, match="unknown RDF file type"):
        write_store(odd, tmp_path / "store")


# ------------------------------------------------------------------ example rows before and after


def _rows_before(name: str, graph: Path) -> object:
    """The rows the example gave before the store layout: its former text on the plain merge (rdflib, nothing derived)."""
    text = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    result = query_rdflib(load_rdflib(graph, derived=False), check_query(text))
    return result.rows if result.kind is QueryKind.SELECT else (result.boolean, result.triples)


def _rows_after(name: str, out: Path) -> object:
    text = next(e.text for e in list_examples() if e.name == name)
    result = run_query(text, out / "graph.ttl", Engine.STORE)
    return result.rows if result.kind is QueryKind.SELECT else (result.boolean, result.triples)


def _limit(name: str) -> int | None:
    """The LIMIT that ends the example's text, if any (a user reads the first rows of a long ordered answer)."""
    text = next(e.text for e in list_examples() if e.name == name)
    m = re.search(r"^LIMIT (\d+)\s*\Z", text, re.M)
    return int(m.group(1)) if m else None


def _expected(name: str, before: object) -> object:
    """The former text's rows, cut to the example's LIMIT: the limited rows are the first rows of the full ordered answer."""
    limit = _limit(name)
    return before if limit is None else before[:limit]  # type: ignore[index]


#: Examples that end with a LIMIT: the answers with thousands of rows on a corpus.
LIMITED = {"entity-alt-labels", "honors", "indicators-yuan", "issuer-partners", "programs", "programs-first-year", "relation-evidence"}


def test_the_long_answers_are_limited_and_ordered() -> None:
    assert {e.name for e in list_examples() if _limit(e.name) is not None} == LIMITED
    for name in LIMITED:
        assert "ORDER BY" in next(e.text for e in list_examples() if e.name == name), name


#: The lines a reader drops for every row of a limited example (its comment says so): the rank lookup and the LIMIT.
_RANK_VALUES = re.compile(r"^  VALUES \?rank \{[^}]*\}\n", re.M)  # "  VALUES ?rank {\n    1 2 … 100\n  }\n"


@pytest.mark.parametrize("name", sorted(LIMITED))
def test_a_limited_example_without_its_rank_lookup_and_limit_gives_every_row(bundled_build: Path, name: str) -> None:
    text = next(e.text for e in list_examples() if e.name == name)
    assert "drop the VALUES" in text
    full = re.sub(r"^LIMIT \d+\s*\Z", "", _RANK_VALUES.sub("", text), flags=re.M)
    assert not re.search(r"^\s*(VALUES \?rank|LIMIT)", full, re.M), full
    rows = run_query(full, bundled_build / "graph.ttl", Engine.STORE).rows
    assert len(rows) > 0 and rows == _rows_before(name, bundled_build / "graph.ttl")


def test_every_example_has_its_former_text() -> None:
    assert sorted(p.stem for p in BEFORE.glob("*.rq")) == sorted(e.name for e in list_examples())


@pytest.fixture(scope="module")
def small_corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of five corpus reports of two places and several years (entities shared between reports)."""
    from kgreport.build.pipeline import build

    reports = sorted((SHARED / "corpus" / "reports").glob("city-baoding-*.txt"))[:3]
    reports += sorted((SHARED / "corpus" / "reports").glob("*.txt"))[-2:]
    out = tmp_path_factory.mktemp("small-corpus")
    build([str(p) for p in reports], out, jobs=1)
    return out


@pytest.mark.parametrize("name", [e.name for e in list_examples()])
def test_example_rows_unchanged_on_the_bundled_build(bundled_build: Path, name: str) -> None:
    before = _rows_before(name, bundled_build / "graph.ttl")
    assert _expected(name, before) == _rows_after(name, bundled_build)


@needs_corpus
@pytest.mark.slow
@pytest.mark.parametrize("name", [e.name for e in list_examples()])
def test_example_rows_unchanged_on_a_small_corpus_build(small_corpus_build: Path, name: str) -> None:
    before = _rows_before(name, small_corpus_build / "graph.ttl")
    if name in ("reports", "programs-first-year", "organizations-in-several-reports"):
        assert before, "the comparison needs rows: the derived facts are what these examples read"
    if name in ("relation-evidence", "entity-alt-labels", "programs"):
        assert len(before) > _limit(name), "the LIMIT must bite on this build"  # type: ignore[operator]
    assert _expected(name, before) == _rows_after(name, small_corpus_build)
