"""Check a built graph against ``ontology/shapes.ttl`` (SHACL)."""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from kgreport.errors import KgreportError
from kgreport.resources import ontology_dir


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes a well-formed build output conforms to (parsed once)."""
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Validate ``graph`` against the shapes; return (conforms, pySHACL's text report).

    No inference is run: the build must state every class it relies on.
    """
    try:
        from pyshacl import validate as shacl_validate
    except ImportError as exc:  # pyshacl is a test/extra dependency
        raise KgreportError("validation needs pyshacl: pip install pyshacl") from exc
    conforms, _results, text = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    return bool(conforms), str(text)
