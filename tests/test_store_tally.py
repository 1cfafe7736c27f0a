"""The store's derived facts tallied from a build's reports equal those its queries derive."""

from __future__ import annotations

import sqlite3
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import BUNDLED, SHARED, needs_corpus
from kgreport.build.pipeline import build
from kgreport.graph import rdf, store
from kgreport.graph.store import (
    DERIVED_GRAPH, FIRST_YEAR_RANK, LABEL_RANK, MENTIONED_IN_REPORT, PARTNER_RANK, SENTENCE_COUNT, STATEMENT_RANK,
    UNIT_RANK, QueriedRows, RowsOnly, load_quads, materialize_aggregates, open_store, write_store,
)
from kgreport.graph.store_tally import BuildTally, ox_term
from kgreport.build import stages
from kgreport.models import EntityClass, ReportGraph
from kgreport.read.reader import read_document

_ROWS = (
    "sentence_counts", "reports", "report_years", "report_regions", "entity_reports", "class_labels", "indicators",
    "evidence", "awards", "partners", "organization_labels",
)


_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


def _compared(row: tuple[object, ...]) -> tuple[object, ...]:
    """A row with each xsd:decimal as its number: the store keeps a decimal's value, not its text (3.0 comes back 3)."""
    return tuple(
        Decimal(t.value) if isinstance(t, ox.Literal) and t.datatype == _DECIMAL else t for t in row
    )


def _derived(st_: ox.Store) -> set[tuple[object, object, object]]:
    return {(q.subject, q.predicate, q.object) for q in st_.quads_for_pattern(None, None, None, DERIVED_GRAPH)}


@pytest.fixture(scope="module")
def twice() -> list[tuple[str, ReportGraph]]:
    """The bundled report extracted once and given as two reports: every entity is shared by both."""
    rg = stages.extract(read_document(BUNDLED))
    return [("one", rg), ("two", rg)]


def _tallied_and_queried(reports: list[tuple[str, ReportGraph]]) -> tuple[BuildTally, ox.Store]:
    tally = BuildTally()
    for slug, rg in reports:
        tally.add(rdf.report_blocks(rg, slug))
    queried = ox.Store()
    load_quads(queried, ox.parse(input=rdf.trig_text(reports).encode(), format=ox.RdfFormat.TRIG))
    return tally, queried


@pytest.mark.parametrize("name", _ROWS)
def test_each_kind_of_row_equals_the_query(twice: list[tuple[str, ReportGraph]], name: str) -> None:
    """Row by row (as multisets, the queries' solutions), the tally answers what the store's query does."""
    tally, queried = _tallied_and_queried(twice)
    mine = Counter(map(_compared, getattr(tally, name)()))
    theirs = Counter(map(_compared, getattr(QueriedRows(queried), name)()))
    assert mine == theirs
    assert theirs, f"the bundled report gives {name} rows: the comparison must compare something"


def test_the_derived_quads_equal_the_queries_derivation(twice: list[tuple[str, ReportGraph]]) -> None:
    tally, queried = _tallied_and_queried(twice)
    tallied = ox.Store()
    load_quads(tallied, queried.quads_for_pattern(None, None, None))
    assert materialize_aggregates(tallied, tally) == materialize_aggregates(queried) > 500
    assert _derived(tallied) == _derived(queried)
    kinds = Counter(p for _, p, _ in _derived(tallied))
    assert all(kinds[p] > 0 for p in (SENTENCE_COUNT, MENTIONED_IN_REPORT, LABEL_RANK, FIRST_YEAR_RANK, UNIT_RANK, STATEMENT_RANK))


def test_the_tally_spills_to_its_file_and_gives_the_same_rows(twice: list[tuple[str, ReportGraph]], tmp_path: Path) -> None:
    """With a path, what grows with the corpus is in that SQLite file, not in Python; the rows are the same; close removes it."""
    path = tmp_path / "tally.sqlite"
    path.write_text("left by a killed build")
    spilled, in_memory = BuildTally(path), BuildTally()
    for slug, rg in twice:
        spilled.add(rdf.report_blocks(rg, slug))
        in_memory.add(rdf.report_blocks(rg, slug))
    with sqlite3.connect(str(path)) as db:
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("er", "cls", "lab", "ind", "st")}
    assert all(n > 0 for n in counts.values()), counts
    # what stays in Python is per report: two reports, whatever the number of entities and statements
    assert len(spilled._sentences) == len(spilled._years) == 2
    for name in _ROWS:
        assert Counter(getattr(spilled, name)()) == Counter(getattr(in_memory, name)()), name
    spilled.close()
    assert not path.exists()


def test_a_report_graph_added_twice_leaves_the_tally_incomplete(twice: list[tuple[str, ReportGraph]]) -> None:
    tally = BuildTally()
    blocks = rdf.report_blocks(twice[0][1], "one")
    tally.add(blocks)
    assert tally.complete
    tally.add(blocks)
    assert not tally.complete


def test_a_fresh_build_derives_without_querying_and_equals_the_queries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The build's store takes its derived facts from the tally, not from queries over itself; write_store's queries agree."""

    def no_queries(*args: object, **kwargs: object) -> object:
        raise AssertionError("the derived facts were queried")

    monkeypatch.setattr(store, "_rows", no_queries)
    build([str(BUNDLED)], tmp_path / "out", jobs=1, use_cache=False)
    monkeypatch.undo()
    write_store(tmp_path / "out" / "graph.trig", tmp_path / "queried")
    built = _derived(open_store(tmp_path / "out" / "store"))
    assert built == _derived(open_store(tmp_path / "queried"))
    assert len(built) > 500


@needs_corpus
@pytest.mark.slow
def test_the_derived_quads_equal_the_queries_on_48_corpus_reports(tmp_path: Path) -> None:
    """Every eighth corpus report (48, of all levels and years, sharing entities): the build's derived facts are the queries'."""
    reports = sorted((SHARED / "corpus" / "reports").glob("*.txt"))[::8]
    assert len(reports) >= 40
    build([str(p) for p in reports], tmp_path / "out", jobs=2, use_cache=False)
    write_store(tmp_path / "out" / "graph.trig", tmp_path / "queried")
    built = _derived(open_store(tmp_path / "out" / "store"))
    assert built == _derived(open_store(tmp_path / "queried"))
    kinds = Counter(p for _, p, _ in built)
    assert len(built) > 50_000 and kinds[PARTNER_RANK] > 0


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(
    st.one_of(
        _TEXT.map(lambda t: '"' + t.translate(str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})) + '"'),
        st.integers(min_value=-(10**12), max_value=10**12).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=4).map(lambda d: f"{d:f}" if "." in f"{d:f}" else f"{d:f}.0"),
        st.sampled_from(["true", "false", "kgr:Report", "a", '"2023-01-05"^^xsd:date', '"NaN"^^xsd:double']),
        _TEXT.map(lambda t: f"<{rdf.entity_iri(EntityClass.ORGANIZATION, t)}>"),  # IRIs as report_blocks makes them
    )
)
def test_a_turtle_term_is_the_term_a_parser_reads(text: str) -> None:
    """ox_term of a term as report_blocks writes it equals what pyoxigraph's Turtle parser makes of the same text."""
    turtle = rdf.prefix_lines() + f"<http://x/s> <http://x/p> {text} ."
    if text == "a":
        turtle = rdf.prefix_lines() + "<http://x/s> a <http://x/o> ."
        assert ox_term(text) == next(iter(ox.parse(input=turtle.encode(), format=ox.RdfFormat.TURTLE))).predicate
        return
    (triple,) = list(ox.parse(input=turtle.encode(), format=ox.RdfFormat.TURTLE))
    assert ox_term(text) == triple.object


def _esc(text: str) -> str:
    return '"' + text.translate(str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})) + '"'


# Labels and IRI tails where the Turtle text and the value order differ ("a" < "a0" but "<…a>" > "<…a0>").
_NAME = st.text(st.sampled_from("a0>-/中国\"\\ 9"), min_size=1, max_size=4)
_TAIL = st.text(st.sampled_from("a0-/.中9"), min_size=1, max_size=4)
_REPORT = st.fixed_dictionaries({
    "year": st.one_of(st.integers(1999, 2003).map(str), st.sampled_from(['"2001"', '"二〇〇一"', '"x"'])),
    "region": st.sampled_from(["<http://x/region/a>", "<http://x/region/b>"]),
    "entities": st.lists(st.tuples(_TAIL, _NAME, st.sampled_from(["kgr:Organization", "kgr:Program"])), min_size=1, max_size=4),
    "values": st.lists(st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(lambda d: f"{d:f}"),
        st.sampled_from(["12345678901234567.5", "12345678901234567.25", '"n/a"', "0", "-0.0"]),
    ), max_size=3),
})


def _blocks(i: int, report: dict[str, object]) -> rdf.ReportBlocks:
    r = f"<http://x/report/{i}>"
    sentence = f"<http://x/report/{i}/s>"
    local: list[tuple[str, dict[str, dict[str, None]]]] = [
        (r, {"a": {"kgr:Report": None}, "kgr:year": {str(report["year"]): None}, "kgr:region": {str(report["region"]): None}}),
        (sentence, {"a": {"kgr:Sentence": None}, "kgr:inReport": {r: None}, "kgr:inSection": {f"{r[:-1]}/sec>": None},
                    "kgr:text": {'"句"': None}}),
    ]
    entities: dict[str, dict[str, dict[str, None]]] = {}
    names = list(report["entities"])  # type: ignore[call-overload]
    for tail, label, cls in names:
        po = entities.setdefault(f"<http://x/e/{tail}>", {})
        po.setdefault("a", {})[cls] = None
        po.setdefault("rdfs:label", {})[_esc(label)] = None
        po.setdefault("kgr:mentionedIn", {})[sentence] = None
    for n, value in enumerate(report["values"]):  # type: ignore[arg-type]
        local.append((f"<http://x/report/{i}/i{n}>", {
            "a": {"kgr:Indicator": None}, "kgr:unit": {'"元"': None}, "rdfs:label": {_esc(names[n % len(names)][1]): None},
            "kgr:value": {value: None}, "kgr:inReport": {r: None},
        }))
    for n, ((a, _, _), (b, _, _)) in enumerate(zip(names, names[1:])):
        local.append((f"<http://x/report/{i}/st{n}>", {
            "a": {"rdf:Statement": None}, "rdf:subject": {f"<http://x/e/{a}>": None},
            "rdf:predicate": {"kgr:cooperatesWith": None}, "rdf:object": {f"<http://x/e/{b}>": None},
            "prov:wasDerivedFrom": {sentence: None}, "kgr:inReport": {r: None},
        }))
    return rdf.ReportBlocks(r, local, entities)


@given(st.lists(_REPORT, min_size=1, max_size=4))
def test_the_spilled_derivation_equals_the_python_ranking(reports: list[dict[str, object]]) -> None:
    """derived_quads (grouped and ranked in SQLite) gives the quads, and as many, that the in-memory derivation gives from
    the same rows: labels and IRIs compared by value not by their Turtle text, years that are no numbers, values a float
    cannot tell apart (ranked exactly in Python then), ties."""
    tally = BuildTally()
    for i, report in enumerate(reports):
        tally.add(_blocks(i, report))
    spilled, in_python = ox.Store(), ox.Store()
    assert materialize_aggregates(spilled, tally) == materialize_aggregates(in_python, RowsOnly(tally))  # type: ignore[arg-type]
    assert _derived(spilled) == _derived(in_python)
    assert any(p == LABEL_RANK for _, p, _ in _derived(spilled))
