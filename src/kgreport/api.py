"""The Python API: ``kgreport.build``, ``kgreport.load``, ``kgreport.query``.

A thin layer over the library the CLI uses: :func:`kgreport.build.runner.extract_inputs`
(or :func:`kgreport.build.pipeline.build` when an out folder is given) extracts, the
graph is the one ``graph.trig`` holds, and the records are read back from it
(:mod:`kgreport.graph.records`), so what Python sees is what a build writes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kgreport.errors import InputError
from kgreport.graph.records import EntityRecord, IndicatorRecord, Records, RelationRecord, ReportRecord, open_build, read_records
from kgreport.query.engine import QueryResult, check_query, query_store

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset


@dataclass(frozen=True)
class Text:
    """A report given as text rather than as a file; ``name`` is its file name in the graph (``kgr:sourceFile``)."""

    text: str
    name: str = "text.txt"


#: A str that is no existing path is taken as a report's text only when it is at least this long
#: (or holds a line break): a mistyped file name must not become a one-line "report".
_MIN_TEXT = 200


@dataclass(frozen=True)
class KnowledgeGraph:
    """A built graph: its reports, entities, relations and indicators as frozen records.

    ``dataset`` is the graph as an rdflib ``Dataset`` (one named graph per report, as in
    graph.trig), made on first use; :meth:`to_networkx` gives the entity graph and
    :meth:`query` runs SPARQL over it. ``out`` is the build folder, when there is one.
    """

    reports: tuple[ReportRecord, ...]
    entities: tuple[EntityRecord, ...]
    relations: tuple[RelationRecord, ...]
    indicators: tuple[IndicatorRecord, ...]
    out: Path | None = None
    _store: ox.Store = field(repr=False, compare=False, default_factory=ox.Store)
    _records: Records | None = field(repr=False, compare=False, default=None)
    # graph.trig (a path, or its text for a build without a folder): the store keeps what reports
    # share once, in a graph of its own, so the report graphs are read from here.
    _trig: Path | bytes | None = field(repr=False, compare=False, default=None)

    @cached_property
    def dataset(self) -> Dataset:
        """The graph as an rdflib ``Dataset``: a named graph per report (its IRI), as graph.trig holds it."""
        from rdflib import Dataset, Graph, URIRef

        from kgreport.graph.rdf import _Converter

        ds = Dataset()
        ds.bind("kgr", "https://w3id.org/kgreport/ontology#")
        ds.bind("kgd", "https://w3id.org/kgreport/id/")
        from kgreport.graph.store import DERIVED_GRAPH

        convert = _Converter().term
        graphs: dict[str, Graph] = {}
        if isinstance(self._trig, Path):
            quads: Iterable[ox.Quad] = ox.parse(path=str(self._trig), format=ox.RdfFormat.TRIG)
        elif self._trig is not None:
            quads = ox.parse(input=self._trig, format=ox.RdfFormat.TRIG)
        else:  # a graph file without named graphs
            quads = self._store.quads_for_pattern(None, None, None, None)
        for q in quads:
            if isinstance(q.graph_name, ox.DefaultGraph) or q.graph_name == DERIVED_GRAPH:
                continue  # the merge, or facts the store derives for queries: not graph.trig's
            name = q.graph_name.value
            g = graphs.get(name)
            if g is None:
                g = graphs[name] = ds.graph(URIRef(name))
            g.add((convert(q.subject), convert(q.predicate), convert(q.object)))
        return ds

    def to_networkx(self) -> nx.MultiDiGraph:
        """The entity graph in networkx: a node per entity, an edge per distinct (subject, kind, object).

        See :meth:`kgreport.graph.records.Records.to_networkx` for the attributes.
        """
        return self._all().to_networkx()

    def query(self, text: str) -> QueryResult:
        """Run a read-only SPARQL query (prefixes kgr, kgd, rdfs, … predeclared) over the merged graph."""
        return query_store(self._store, check_query(text, in_process=True))

    def _all(self) -> Records:
        return self._records or Records(self.reports, self.entities, self.relations, self.indicators)


def _graph_of(store: ox.Store, out: Path | None, trig: Path | bytes | None = None) -> KnowledgeGraph:
    records = read_records(store)
    if trig is None and out is not None:
        candidate = out / "graph.trig" if out.is_dir() else out
        trig = candidate if candidate.suffix.lower() == ".trig" and candidate.is_file() else None
    return KnowledgeGraph(records.reports, records.entities, records.relations, records.indicators, out, store, records, trig)


def _is_path(item: str | os.PathLike[str] | Text) -> bool:
    if isinstance(item, Text):
        return False
    if not isinstance(item, str):
        return True
    if item == "-" or os.path.exists(item):
        return True
    if "\n" in item or len(item) >= _MIN_TEXT:
        return False
    raise InputError(
        "no such file or folder (a report's text needs a line break or 200 characters, or kgreport.Text(...))", path=item
    )


def _inputs(items: Iterable[str | os.PathLike[str] | Text], folder: Path) -> list[str | Path]:
    """Paths to read: paths as given, texts written to ``folder`` as ``text-N.txt`` (or their ``Text.name``)."""
    out: list[str | Path] = []
    for n, item in enumerate(items, start=1):
        if _is_path(item):
            assert not isinstance(item, Text)  # _is_path is False for a Text
            out.append(item if isinstance(item, str) else Path(item))
            continue
        text = item if isinstance(item, Text) else Text(str(item), f"text-{n}.txt")
        sub = folder / str(n)  # one folder per text: two Texts may share a name
        sub.mkdir()
        path = sub / Path(text.name).name
        path.write_text(text.text, encoding="utf-8")
        out.append(path)
    return out


def build(
    paths_or_texts: str | os.PathLike[str] | Text | Sequence[str | os.PathLike[str] | Text] = (),
    *,
    out: str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    jobs: int | None = 1,
    rules: str | os.PathLike[str] | None = None,
    with_store: bool = True,
) -> KnowledgeGraph:
    """Build the graph of report files, folders of them, or report texts.

    Each item is a path (a ``Path``, or a ``str`` naming an existing file or folder),
    a report's text (a ``str`` with a line break, or a :class:`Text`); nothing builds the
    bundled report. With ``out`` every output of ``kgreport build`` is written there
    (graph.ttl, graph.trig, store/, graph.html; cached as the CLI caches); without it
    nothing is written. ``rules`` is a user rules folder (see ``kgreport build --rules``); rules are
    compiled once per process, so it must be given on the process's first build (or set ``KGREPORT_RULES``).
    ``jobs=1`` extracts in this process; None uses every core. Reports that cannot be
    read are skipped unless there is only one; errors are :class:`kgreport.KgreportError`.
    """
    from kgreport import resources

    items = [paths_or_texts] if isinstance(paths_or_texts, (str, os.PathLike, Text)) else list(paths_or_texts)
    if rules is not None:
        resources.use_user_rules(Path(rules))
    with tempfile.TemporaryDirectory(prefix="kgreport-texts-") as tmp:
        inputs = _inputs(items, Path(tmp))
        if out is not None:
            from kgreport.build.pipeline import build as run_build

            run_build(inputs, Path(out), encoding=encoding, jobs=jobs, with_store=with_store)
            return _graph_of(open_build(Path(out)), Path(out))
        from kgreport.build.runner import extract_inputs
        from kgreport.errors import EmptyInputError
        from kgreport.graph.rdf import trig_text
        from kgreport.graph.store import load_quads, materialize_aggregates

        ex = extract_inputs(inputs, encoding=encoding, jobs=jobs)
        if not ex.reports:
            raise EmptyInputError(f"no report could be read ({len(ex.skipped)} skipped)")
    trig = trig_text(ex.reports).encode("utf-8")
    store = ox.Store()
    load_quads(store, ox.parse(input=trig, format=ox.RdfFormat.TRIG))
    materialize_aggregates(store)
    return _graph_of(store, None, trig)


def load(out: str | os.PathLike[str] = "out") -> KnowledgeGraph:
    """The graph of an earlier build: a build folder (or its graph.trig / graph.ttl)."""
    return _graph_of(open_build(Path(out)), Path(out))


def query(text: str, graph: KnowledgeGraph | str | os.PathLike[str] = "out") -> QueryResult:
    """Run a read-only SPARQL query over a :class:`KnowledgeGraph` or a build folder (or graph file).

    The result's ``variables`` and ``rows`` (SELECT), ``boolean`` (ASK) or ``triples``
    (CONSTRUCT, DESCRIBE) hold rdflib terms; ``kgreport.query.engine.format_result``
    prints it as ``kgreport query`` does.
    """
    if isinstance(graph, KnowledgeGraph):
        return graph.query(text)
    from kgreport.query.engine import run_query

    return run_query(text, Path(graph))
