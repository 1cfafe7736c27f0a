"""The ontology defines the contract and the vocabulary; the shapes accept good output only."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import NamespaceManager

from kgreport.resources import ontology_dir
from kgreport.graph.validate import validate
from kgreport.graph.vocab import KGR, ONTOLOGY_IRI

SH = Namespace("http://www.w3.org/ns/shacl#")
KGRSH = Namespace("https://w3id.org/kgreport/shapes#")
SHAPES_DATA = Path(__file__).parent / "data" / "shapes"


@cache
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "kgreport.ttl", format="turtle")


def defined_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        s for k in kinds for s in g.subjects(RDF.type, k)
        if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_IRI)
    }


def vocab_terms() -> set[URIRef]:
    return {URIRef(ONTOLOGY_IRI + name) for name in (*KGR.__annotations__, *KGR._extras)}  # _extras: relation kinds of data/relations.tsv


def union_members(g: Graph, node) -> set:
    """Classes of ``node``: itself if a named class, else the members of its owl:unionOf."""
    if isinstance(node, URIRef):
        return {node}
    lst = g.value(node, OWL.unionOf)
    return set(g.items(lst)) if lst is not None else set()


def test_ontology_header_has_version() -> None:
    g = ontology()
    onts = list(g.subjects(RDF.type, OWL.Ontology))
    assert onts == [URIRef("https://w3id.org/kgreport/ontology")]
    assert g.value(onts[0], OWL.versionInfo) is not None


CONTRACT = [
    (KGR.Organization, OWL.Class),
    (KGR.Place, OWL.Class),
    (KGR.Project, OWL.Class),
    (KGR.Program, OWL.Class),
    (KGR.Honor, OWL.Class),
    (KGR.Indicator, OWL.Class),
    (KGR.value, OWL.DatatypeProperty),
    (KGR.unit, OWL.DatatypeProperty),
    (KGR.cooperatesWith, OWL.ObjectProperty),
    (KGR.receivedHonor, OWL.ObjectProperty),
    (KGR.implements, OWL.ObjectProperty),
    (KGR.builds, OWL.ObjectProperty),
    (KGR.locatedIn, OWL.ObjectProperty),
]


@pytest.mark.parametrize(("term", "kind"), CONTRACT, ids=lambda x: str(x).split("#")[-1])
def test_contract_term_has_its_type(term: URIRef, kind: URIRef) -> None:
    assert (term, RDF.type, kind) in ontology()


O, P, PJ, PG, H = KGR.Organization, KGR.Place, KGR.Project, KGR.Program, KGR.Honor

# (property, domain classes, range classes), per GUIDELINES.md
RELATION_ENDS = [
    (KGR.cooperatesWith, {O, P}, {O, P}),
    (KGR.receivedHonor, {KGR.Entity}, {H}),
    (KGR.implements, {O, P}, {PG}),
    (KGR.builds, {O, P}, {PJ}),
    (KGR.locatedIn, {P, PJ, O}, {P}),
    (KGR.value, {KGR.Indicator}, {URIRef("http://www.w3.org/2001/XMLSchema#decimal")}),
    (KGR.unit, {KGR.Indicator}, {URIRef("http://www.w3.org/2001/XMLSchema#string")}),
]


@pytest.mark.parametrize(("prop", "domain", "range_"), RELATION_ENDS, ids=lambda x: str(x).split("#")[-1])
def test_relation_domain_and_range(prop: URIRef, domain: set, range_: set) -> None:
    g = ontology()
    assert union_members(g, g.value(prop, RDFS.domain)) == domain
    assert union_members(g, g.value(prop, RDFS.range)) == range_


def test_cooperates_with_is_symmetric() -> None:
    assert (KGR.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology()
    for prop in (KGR.receivedHonor, KGR.implements, KGR.builds, KGR.locatedIn):
        assert (prop, RDF.type, OWL.SymmetricProperty) not in ontology()


def test_entity_classes_share_the_entity_superclass() -> None:
    g = ontology()
    for cls in (O, P, PJ, PG, H):
        assert (cls, RDFS.subClassOf, KGR.Entity) in g
    assert (KGR.AdministrativeDivision, RDFS.subClassOf, P) in g


def test_vocab_and_ontology_define_the_same_terms() -> None:
    defined = defined_terms(ontology())
    assert vocab_terms() - defined == set(), "in vocab.py but not in kgreport.ttl"
    assert defined - vocab_terms() == set(), "in kgreport.ttl but not in vocab.py"


@pytest.mark.parametrize("term", sorted(vocab_terms()), ids=lambda t: str(t).split("#")[-1])
@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment], ids=["label", "comment"])
def test_every_term_has_zh_and_en_text(term: URIRef, prop: URIRef) -> None:
    langs = {o.language for o in ontology().objects(term, prop) if isinstance(o, Literal)}
    assert {"zh", "en"} <= langs


def test_alignment_to_schema_org_and_prov() -> None:
    g = ontology()
    schema, prov = Namespace("https://schema.org/"), Namespace("http://www.w3.org/ns/prov#")
    assert (O, RDFS.subClassOf, schema.Organization) in g
    assert (P, RDFS.subClassOf, schema.Place) in g
    assert (KGR.Report, RDFS.subClassOf, prov.Entity) in g
    assert (KGR.Sentence, RDFS.subClassOf, prov.Entity) in g
    assert (KGR.mentionedIn, OWL.inverseOf, schema.mentions) in g


# --- SHACL: data-driven, one file per case --------------------------------------

_EXPECT = re.compile(r"^# expect: (.*)$", re.M)  # "# expect: component=sh:X path=kgr:y shape=kgrsh:Z"


def _expand(curie: str) -> URIRef:
    nm = NamespaceManager(Graph())
    nm.bind("kgr", KGR._NS)
    nm.bind("kgrsh", KGRSH)
    nm.bind("sh", SH)
    nm.bind("skos", Namespace("http://www.w3.org/2004/02/skos/core#"))
    nm.bind("prov", Namespace("http://www.w3.org/ns/prov#"))
    return nm.expand_curie(curie)


def _files(kind: str) -> list[Path]:
    return sorted((SHAPES_DATA / kind).glob("*.ttl"))


def test_there_are_shape_cases() -> None:
    assert len(_files("valid")) >= 2 and len(_files("invalid")) >= 20


@pytest.mark.parametrize("path", _files("valid"), ids=lambda p: p.stem)
def test_valid_graph_conforms(path: Path) -> None:
    conforms, report = validate(Graph().parse(path, format="turtle"))
    assert conforms, report


def _results(g: Graph) -> list[dict[str, set]]:
    """Each violation as {"component", "path", "shape"} -> the values that match it.

    A property shape's violation also matches the node shapes that hold it.
    """
    from pyshacl import validate as shacl_validate

    from kgreport.graph.validate import shapes_graph

    shapes = shapes_graph()
    _, results, _ = shacl_validate(g, shacl_graph=shapes, inference="none")
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(r, SH.sourceShape)
        out.append({
            "component": {results.value(r, SH.sourceConstraintComponent)},
            "path": {results.value(r, SH.resultPath)},
            "shape": {source, *shapes.subjects(SH.property, source)},
        })
    return out


@pytest.mark.parametrize("path", _files("invalid"), ids=lambda p: p.stem)
def test_invalid_graph_fails_for_the_stated_reason(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    match = _EXPECT.search(text)
    assert match, f"{path.name} must say what it expects"
    expected = {k: _expand(v) for k, v in (kv.split("=", 1) for kv in match.group(1).split())}

    g = Graph().parse(data=text, format="turtle")
    conforms, report = validate(g)
    assert not conforms
    assert any(all(v in res[k] for k, v in expected.items()) for res in _results(g)), report

    # the context without the defect is fine, so the defect is what fails
    context = text.split("# the defect", 1)[0]
    ok, report = validate(Graph().parse(data=context, format="turtle"))
    assert ok, report
