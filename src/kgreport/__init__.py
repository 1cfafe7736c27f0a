"""kgreport: turn Chinese government work reports into RDF knowledge graphs.

The Python API (the README has a notebook example)::

    import kgreport
    kg = kgreport.build(["report.txt"])     # files, folders or texts; out="out/" also writes the outputs
    kg.entities, kg.relations, kg.to_networkx(), kgreport.query("SELECT ...", kg)
"""

from __future__ import annotations

__version__ = "0.1.0"

# ``build`` and ``query`` are also the names of subpackages: importing them first means the import
# system has already bound them here, so the functions below keep the names for good (a later
# ``import kgreport.build.pipeline`` finds the subpackage in sys.modules and rebinds nothing).
import kgreport.build as _build_package  # noqa: E402
import kgreport.query as _query_package  # noqa: E402
from kgreport.api import KnowledgeGraph, Text, build, load, query  # noqa: E402
from kgreport.errors import KgreportError  # noqa: E402
from kgreport.graph.records import EntityRecord, IndicatorRecord, RelationRecord, ReportRecord  # noqa: E402

__all__ = [
    "EntityRecord", "IndicatorRecord", "KgreportError", "KnowledgeGraph", "RelationRecord", "ReportRecord", "Text",
    "__version__", "build", "load", "query",
]
del _build_package, _query_package
