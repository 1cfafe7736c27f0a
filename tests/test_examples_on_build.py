"""Every example query on the real build of the bundled report, with every engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgreport.query.engine import Engine, QueryKind, list_examples, run_query

#: Examples that must find something in the bundled report (a county report of one year).
NON_EMPTY = {
    "issuer-partners": 5,
    "honors": 8,
    "programs": 10,
    "indicators-yuan": 3,
    "relation-evidence": 20,
    "reports": 1,
    "entity-alt-labels": 10,
    "programs-first-year": 10,
}


@pytest.mark.parametrize("example", [e.name for e in list_examples()])
def test_example_gives_same_answer_from_store_and_rdflib(example: str, bundled_build: Path) -> None:
    text = next(e.text for e in list_examples() if e.name == example)
    graph = bundled_build / "graph.ttl"
    by_store = run_query(text, graph, Engine.STORE)
    by_rdflib = run_query(text, graph, Engine.RDFLIB)
    assert by_store == by_rdflib
    if example in NON_EMPTY:
        assert by_store.kind is QueryKind.SELECT
        assert len(by_store.rows) >= NON_EMPTY[example], example


def test_which_sentence_says_the_issuer_cooperates_with_a_partner(bundled_build: Path) -> None:
    rows = run_query(
        next(e.text for e in list_examples() if e.name == "issuer-partners"), bundled_build / "graph.ttl"
    )
    cells = {str(c) for row in rows.rows for c in row if c is not None}
    assert any("合作" in c for c in cells), "the evidence sentence states the cooperation"
