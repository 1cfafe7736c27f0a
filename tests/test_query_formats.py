"""Invariant: what kgreport writes as SPARQL TSV/JSON, a conforming parser (Oxigraph's) reads back."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kgreport.query.engine import QueryKind, QueryResult, _from_ox, format_csv, format_json, format_tsv

# Text with the characters the formats must escape, CJK, and surrogate-free Unicode.
texts = st.text(
    alphabet=st.one_of(st.sampled_from('\t\n\r"\\,;?@^<> 浙江“”'), st.characters(blacklist_categories=("Cs",))),
    max_size=20,
)
terms = st.one_of(
    st.none(),
    texts.map(Literal),
    st.tuples(texts, st.sampled_from(["zh", "en", "zh-hans"])).map(lambda t: Literal(t[0], lang=t[1])),
    st.integers(-10**12, 10**12).map(lambda i: Literal(str(i), datatype=XSD.integer)),
    st.integers(0, 10**6).map(lambda i: Literal(f"{i}.5", datatype=XSD.decimal)),
    st.text(alphabet="abcxyz0123456789/-", min_size=1, max_size=12).map(
        lambda s: URIRef("https://w3id.org/kgreport/id/" + s)
    ),
)
results = st.lists(st.tuples(terms, terms), max_size=5).map(
    lambda rows: QueryResult(QueryKind.SELECT, variables=("a", "b"), rows=tuple(rows))
)


def parsed(text: str, fmt: ox.QueryResultsFormat) -> list[tuple]:
    return [tuple(_from_ox(s[v]) for v in ("a", "b")) for s in ox.parse_query_results(text, fmt)]


@settings(max_examples=150, deadline=None)
@given(results)
def test_tsv_and_json_round_trip_through_a_conforming_parser(result: QueryResult) -> None:
    expected = [tuple(row) for row in result.rows]
    assert parsed(format_tsv(result), ox.QueryResultsFormat.TSV) == expected
    assert parsed(format_json(result), ox.QueryResultsFormat.JSON) == expected


@settings(max_examples=150, deadline=None)
@given(results)
def test_csv_round_trips_the_values(result: QueryResult) -> None:
    rows = list(csv.reader(io.StringIO(format_csv(result), newline="")))
    assert rows[0] == ["a", "b"]
    assert rows[1:] == [["" if t is None else str(t) for t in row] for row in result.rows]
