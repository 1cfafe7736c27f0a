"""data/relations.tsv agrees with RelationKind, the ontology and the SHACL shapes."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection

from kgreport.graph.vocab import KGR
from kgreport.models import RelationKind, relation_spec, relation_specs
from kgreport.resources import ontology_dir

SH = "http://www.w3.org/ns/shacl#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "kgreport.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def _classes(g: Graph, node: URIRef) -> set[str]:
    """Local names of a class or of an owl:unionOf of classes; kgr:Entity stays "Entity"."""
    union = g.value(node, OWL.unionOf)
    members = list(Collection(g, union)) if union is not None else [node]
    return {str(m).removeprefix(str(KGR)) for m in members}


def test_enum_and_table_name_the_same_kinds_in_the_same_order() -> None:
    assert [(s.kind.name, s.iri) for s in relation_specs()] == [(k.name, k.value) for k in RelationKind]


@pytest.mark.parametrize("spec", relation_specs(), ids=lambda s: s.iri)
def test_each_kind_is_an_object_property_with_the_tables_domain_and_range(ontology: Graph, spec) -> None:  # type: ignore[no-untyped-def]
    prop = KGR[spec.iri]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) == spec.symmetric
    domain, range_ = ontology.value(prop, RDFS.domain), ontology.value(prop, RDFS.range)
    assert domain is not None and range_ is not None
    assert _classes(ontology, domain) == set(spec.subject)
    assert _classes(ontology, range_) == set(spec.object)
    labels = set(ontology.objects(prop, RDFS.label))
    assert Literal(spec.zh, lang="zh") in labels and Literal(spec.en, lang="en") in labels


def test_shapes_allow_exactly_the_tables_kinds(shapes: Graph) -> None:
    lists = [Collection(shapes, o) for o in shapes.objects(None, URIRef(SH + "in"))]
    predicate_lists = [set(c) for c in lists if any(str(x).startswith(str(KGR)) for x in c)]
    assert predicate_lists == [{KGR[s.iri] for s in relation_specs()}]


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        (RelationKind.COOPERATES_WITH, "Organization"),
        (RelationKind.IMPLEMENTS, "Organization"),
        (RelationKind.BUILDS, "Organization"),
        (RelationKind.RECEIVED_HONOR, "Place"),
        (RelationKind.LOCATED_IN, "object"),
    ],
)
def test_issuer_roles(kind: RelationKind, role: str) -> None:
    """The issuer node link puts in as subject when the text names none (was a tuple in link.py)."""
    assert relation_spec(kind).issuer == role


def test_a_bad_issuer_role_names_file_and_line(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kgreport import resources
    from kgreport.errors import DataFileError

    real = resources.data_path("relations.tsv").read_text(encoding="utf-8")
    bad = tmp_path / "relations.tsv"
    bad.write_text(real.replace("\tobject\tlocated", "\tsomeone\tlocated"), encoding="utf-8")
    monkeypatch.setattr(resources, "data_path", lambda relative: bad)
    resources.load_tsv.cache_clear()  # loads are cached; the real table must not answer
    with pytest.raises(DataFileError, match=r"relations\.tsv:\d+: column 'issuer'"):
        resources.load_tsv("relations.tsv")
    monkeypatch.undo()
    resources.load_tsv.cache_clear()


def test_a_target_kind_has_one_object_class() -> None:
    """targets.py looks for the objects of one class after a cue (implements → Program)."""
    from kgreport.extract.relations.targets import TARGET

    targets = [s for s in relation_specs() if s.rule == "target"]
    assert targets and all(len(s.object) == 1 and s.object[0] != "Entity" for s in targets)
    assert {k: c.value for k, c in TARGET.items()} == {s.kind: s.object[0] for s in targets}


@pytest.mark.parametrize("spec", relation_specs(), ids=lambda s: s.iri)
def test_the_rules_find_each_kind_in_its_example(spec) -> None:  # type: ignore[no-untyped-def]
    """Every kind is extracted from the example sentence of its row (a new kind is tested by its row)."""
    from kgreport.build.stages import extract_text

    rg = extract_text(f"某某县人民政府工作报告\n一、过去一年的工作\n{spec.example}\n", source="example.txt")
    kinds = {r.kind for r in rg.relations}
    assert spec.kind in kinds, f"{spec.iri} not found in {spec.example!r}: {sorted(k.value for k in kinds)}"
    found = [r for r in rg.relations if r.kind is spec.kind]
    classes = {e.key: e.cls.value for e in rg.entities}
    for r in found:
        assert "Entity" in spec.subject or classes[r.subject] in spec.subject
        assert classes[r.object] in spec.object
