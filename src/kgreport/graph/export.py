"""Exports of a build folder for other tools: JSON-LD, N-Quads, GraphML, CSV tables.

JSON-LD and N-Quads are graph.trig (one named graph per report) re-serialized by
pyoxigraph; GraphML is the entity graph of :meth:`Records.to_networkx` written by
networkx (Gephi, Cytoscape, yEd open it); the CSV tables hold one row per entity,
relation statement and indicator with IRIs, labels, classes, reports and the
evidence sentences (pandas, spreadsheets, Neo4j's ``LOAD CSV``). Each file is
written to a temporary name and renamed into place.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kgreport.errors import OutputWriteError
from kgreport.graph.records import Records, open_build, read_records
from kgreport.query.engine import resolve_graph_path


class ExportFormat(str, Enum):
    """What ``kgreport export --format`` writes."""

    JSONLD = "jsonld"
    NQUADS = "nquads"
    GRAPHML = "graphml"
    CSV = "csv"


#: File written for each format (CSV writes the three tables of CSV_NAMES).
FILE_NAMES = {ExportFormat.JSONLD: "graph.jsonld", ExportFormat.NQUADS: "graph.nq", ExportFormat.GRAPHML: "graph.graphml"}
CSV_NAMES = ("entities.csv", "relations.csv", "indicators.csv")

#: Separator of several values in one CSV cell (alternative labels); reports are separated by spaces
#: (IRIs hold none) and evidence sentences by line breaks (the cell is quoted).
LIST_SEPARATOR = "|"
#: Evidence sentences kept per entity in entities.csv (``mentions`` has the full count): a national
#: programme is mentioned by thousands of sentences of a corpus, a cell past the 128 KB that
#: Python's csv module reads by default. The graph (``kgr:mentionedIn``) and the API keep them all.
MAX_ENTITY_EVIDENCE = 10


@contextmanager
def _atomic(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A file opened under a temporary name beside ``path``, renamed to ``path`` once written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OutputWriteError(f"cannot write: {exc.strerror}", path=str(path)) from None
    try:
        fh: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with fh:
            yield fh
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputWriteError(f"cannot write: {exc.strerror}", path=str(path)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _quads(out_dir: Path) -> list[ox.Quad]:
    """The quads of the build's graph.trig (or the triples of its graph.ttl)."""
    path = resolve_graph_path(out_dir)
    fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    return list(ox.parse(path=str(path), format=fmt))


def _serialize(out_dir: Path, dest: Path, fmt: ox.RdfFormat) -> Path:
    quads = _quads(out_dir)
    with _atomic(dest, binary=True) as fh:
        ox.serialize(quads, fh, fmt)
    return dest


def export_jsonld(out_dir: Path, dest: Path) -> Path:
    """Write the build's graph as JSON-LD (a ``@graph`` per report) to ``dest``."""
    return _serialize(out_dir, dest, ox.RdfFormat.JSON_LD)


def export_nquads(out_dir: Path, dest: Path) -> Path:
    """Write the build's graph as N-Quads (the fourth term: the report's graph) to ``dest``."""
    return _serialize(out_dir, dest, ox.RdfFormat.N_QUADS)


def export_graphml(out_dir: Path, dest: Path) -> Path:
    """Write the entity graph (nodes: entities, edges: distinct relations) as GraphML to ``dest``."""
    import networkx as nx

    graph = read_records(open_build(out_dir)).to_networkx()
    with _atomic(dest, binary=True) as fh:
        nx.write_graphml(graph, fh)
    return dest


def _write_rows(path: Path, header: tuple[str, ...], rows: Iterator[tuple[object, ...]]) -> Path:
    with _atomic(path) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")  # RFC 4180
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_csv_tables(records: Records, dest_dir: Path) -> tuple[Path, ...]:
    """``entities.csv``, ``relations.csv`` and ``indicators.csv`` of ``records`` in ``dest_dir``."""
    entities = _write_rows(
        dest_dir / CSV_NAMES[0],
        ("iri", "class", "label", "alt_labels", "reports", "mentions", "evidence"),
        (
            (
                e.iri, e.cls, e.label, LIST_SEPARATOR.join(e.alt_labels), " ".join(e.reports), len(e.evidence),
                "\n".join(e.evidence[:MAX_ENTITY_EVIDENCE]),
            )
            for e in records.entities
        ),
    )
    relations = _write_rows(
        dest_dir / CSV_NAMES[1],
        ("statement", "subject", "subject_label", "relation", "object", "object_label", "report", "evidence"),
        ((r.iri, r.subject, r.subject_label, r.kind, r.object, r.object_label, r.report, r.evidence) for r in records.relations),
    )
    indicators = _write_rows(
        dest_dir / CSV_NAMES[2],
        ("iri", "label", "value", "unit", "surface", "approximate", "report", "evidence"),
        (
            (i.iri, i.label, repr(i.value), i.unit, i.surface, "true" if i.approximate else "false", i.report, i.evidence)
            for i in records.indicators
        ),
    )
    return entities, relations, indicators


def export_csv(out_dir: Path, dest_dir: Path) -> tuple[Path, ...]:
    """Write ``entities.csv``, ``relations.csv`` and ``indicators.csv`` of the build into ``dest_dir``."""
    return write_csv_tables(read_records(open_build(out_dir)), dest_dir)


_WRITERS: dict[ExportFormat, Callable[[Path, Path], Path]] = {
    ExportFormat.JSONLD: export_jsonld,
    ExportFormat.NQUADS: export_nquads,
    ExportFormat.GRAPHML: export_graphml,
}


def export(out_dir: Path, fmt: ExportFormat, dest: Path | None = None) -> tuple[Path, ...]:
    """Export the build in ``out_dir`` as ``fmt``; the files written.

    ``dest`` is the file to write (for ``csv``, the folder of the three tables); by default
    ``OUT/graph.jsonld``, ``OUT/graph.nq``, ``OUT/graph.graphml`` or the tables in ``OUT``.
    """
    out_dir = Path(out_dir)
    if fmt is ExportFormat.CSV:
        return export_csv(out_dir, dest if dest is not None else (out_dir if out_dir.is_dir() else out_dir.parent))
    target = dest if dest is not None else (out_dir if out_dir.is_dir() else out_dir.parent) / FILE_NAMES[fmt]
    return (_WRITERS[fmt](out_dir, target),)
