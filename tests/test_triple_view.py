"""rdf.TripleView, the light triple set graph.html is drawn from in a build.

It must hold exactly the triples of the merged graph that the page shows,
with the terms an RDF parser gives, and answer render_html's reads as an
rdflib Graph of the same triples would.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kgreport.build import runner, stages
from kgreport.graph import rdf
from kgreport.html.render import render_html
from kgreport.graph.vocab import KGR

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt"

#: Predicates the page reads (kgreport.html.render); the view holds these only.
SHOWN = {
    RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
    URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), KGR.mentionedIn, KGR.inReport,
    PROV.wasDerivedFrom, KGR.inSection, KGR.order, KGR.text, URIRef("http://purl.org/dc/terms/title"),
    KGR.sourceFile, RDF.subject, RDF.predicate, RDF.object,
    KGR.cooperatesWith, KGR.receivedHonor, KGR.implements, KGR.builds, KGR.locatedIn,
    # the facets and report names
    KGR.year, KGR.level, KGR.region, KGR.divisionCode, KGR.issuer, URIRef("http://purl.org/dc/terms/date"),
}


@pytest.fixture(scope="module")
def reports() -> list:
    """The bundled report and a second, made-up one sharing entities with it."""
    text = (
        "某某县人民政府工作报告\n一、工作回顾\n"
        "县人民医院与浙江农林大学合作共建医学中心，全县深入实施千万工程，新增就业1200人。\n"
        "二、今年工作\n继续实施乡村振兴战略。\n"
    )
    made_up = stages.extract_text(text, source="made-up.txt")
    bundled, _ = runner.extract_all([BUNDLED], jobs=1)
    shared = {e.key for e in made_up.entities} & {e.key for e in bundled[0][1].entities}
    assert len(shared) >= 2  # the view must merge entities described by both
    return [*bundled, ("made-up", made_up)]


def _expected(merged: Graph) -> set[tuple]:
    """The merged graph minus what the page does not show, worked out on the rdflib graph."""
    indicators = set(merged.subjects(RDF.type, KGR.Indicator))
    cited = {
        o
        for p in (KGR.mentionedIn, PROV.wasDerivedFrom)
        for s, o in merged.subject_objects(p)
        if s not in indicators
    }
    sentences = set(merged.subjects(RDF.type, KGR.Sentence))
    return {
        (s, p, o)
        for s, p, o in merged
        if p in SHOWN and s not in indicators and (s not in sentences or s in cited)
    }


def test_view_holds_the_shown_part_of_the_merged_graph(reports: list) -> None:
    view = rdf.display_view(reports)
    triples = list(view)
    assert len(triples) == len(set(triples)) == len(view)
    assert set(triples) == _expected(rdf.merged_graph(reports))


def test_view_filled_while_writing_equals_the_view_alone(reports: list, tmp_path: Path) -> None:
    files = rdf.write_ttl_trig(reports, tmp_path / "g.ttl", tmp_path / "g.trig")
    assert files.display is not None
    assert list(files.display) == list(rdf.display_view(reports))
    assert files.triples == len(Graph().parse(tmp_path / "g.ttl"))
    assert rdf.write_ttl_trig(reports, tmp_path / "g.ttl", tmp_path / "g.trig", display=False).display is None


def test_view_ended_keeps_its_triples_and_still_takes_a_block(reports: list) -> None:
    """end_merging drops the view's caches, not its triples; a block added after it reads as before."""
    view, same = rdf.display_view(reports), rdf.display_view(reports)
    view.end_merging()
    assert list(view) == list(same)
    block = {"a": {"kgr:Sentence": None}, "kgr:text": {'"又一句"': None}, "kgr:inReport": {"<https://x/r>": None}}
    view.add_block("<https://x/r/s>", block)
    same.add_block("<https://x/r/s>", block)
    assert list(view) == list(same)
    assert (URIRef("https://x/r/s"), KGR.text, Literal("又一句")) in set(view)


def test_view_reads_like_an_rdflib_graph(reports: list) -> None:
    view = rdf.display_view(reports)
    graph = Graph()
    for t in view:
        graph.add(t)
    for p in sorted(SHOWN) + [KGR.value, None]:
        assert sorted(view.subject_objects(p)) == sorted(graph.subject_objects(p, unique=True)), p
    for cls in (KGR.Report, KGR.Sentence, KGR.Place, KGR.Indicator, RDF.Statement):
        assert sorted(view.subjects(RDF.type, cls)) == sorted(set(graph.subjects(RDF.type, cls))), cls
    assert sorted(view.subjects(KGR.order, None)) == sorted(set(graph.subjects(KGR.order, None)))
    assert sorted(view.subjects(None, KGR.Report)) == sorted(set(graph.subjects(None, KGR.Report)))


def test_page_from_view_and_from_graph_is_the_same(reports: list, tmp_path: Path) -> None:
    view = rdf.display_view(reports)
    graph = Graph()
    for t in view:
        graph.add(t)
    a, b = tmp_path / "view.html", tmp_path / "graph.html"
    assert render_html(view, a, max_nodes=40, title="t") == render_html(graph, b, max_nodes=40, title="t")
    assert a.read_bytes() == b.read_bytes()


_PARSE_PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in rdf.PREFIXES)


def _parsed(term: str) -> URIRef | Literal:
    """What an RDF parser makes of ``term`` as an object (pyoxigraph, then rdflib terms)."""
    quads = ox.parse(input=f"{_PARSE_PREFIXES}<urn:s> <urn:p> {term} .".encode(), format=ox.RdfFormat.TURTLE)
    return rdf._Converter().term(next(iter(quads)).object)


@pytest.mark.parametrize(
    "term",
    [
        "<https://w3id.org/kgreport/data/place/%E2%80%9Cx%E2%80%9D%20y>",
        "kgr:Report",
        "rdf:Statement",
        '"普通文本"',
        '"他说\\"好\\"，\\\\n 不是换行"',
        '"两行\\n文本\\r"',
        '""',
        '"2023-01-05"^^xsd:date',
        '"NaN"^^xsd:double',
        '"-INF"^^xsd:double',
        "42",
        "-7",
        "0",
        "3.5",
        "12.0",
        "true",
        "false",
    ],
)
def test_turtle_term_is_what_a_parser_reads(term: str) -> None:
    mine, parsed = rdf.turtle_term(term), _parsed(term)
    assert type(mine) is type(parsed)
    assert mine == parsed


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_turtle_term_reads_back_any_written_string(text: str) -> None:
    assert rdf.turtle_term(rdf._string(text)) == Literal(text)
