"""A whole build: check the out folder, extract every input (pool, cache), write the outputs.

The stages of one report are in :mod:`kgreport.build.stages`, the pool and cache in
:mod:`kgreport.build.runner`, the atomic outputs in :mod:`kgreport.build.outputs`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kgreport.build.outputs import check_out_writable, check_outputs_are_ours, write_outputs
from kgreport.build.runner import Skipped, extract_inputs
from kgreport.errors import EmptyInputError
from kgreport.models import ReportGraph


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    reports: tuple[tuple[str, ReportGraph], ...]  # (slug, graph) in input order
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0
    outputs: tuple[Path, ...] = ()
    cached: int = 0  # reports taken from the cache instead of being extracted
    jobs: int = 1  # worker processes used for extraction
    extract_seconds: float = 0.0  # reading and extracting (or loading from the cache)
    html_nodes: int = 0  # entities drawn in graph.html (at most --max-nodes, best-connected first)
    html_total: int = 0  # entities in the graph

    @property
    def entity_counts(self) -> dict[str, int]:
        """Distinct entity nodes (IRIs, as in graph.ttl and graph.html) per class over all reports."""
        from kgreport.graph.rdf import entity_iri

        seen: dict[str, set[str]] = {}
        for slug, rg in self.reports:
            for e in rg.entities:
                seen.setdefault(e.cls.value, set()).add(entity_iri(e.cls, e.label, slug if e.local else None))
        return {k: len(v) for k, v in sorted(seen.items())}

    def _relations(self) -> Iterator[tuple[str, str, str, str, int]]:
        """(report, subject IRI, kind, object IRI, sentence) of every relation, as the graph names them."""
        from kgreport.graph.rdf import entity_iri

        for slug, rg in self.reports:
            iri = {e.key: entity_iri(e.cls, e.label, slug if e.local else None) for e in rg.entities}
            for r in rg.relations:
                yield slug, iri[r.subject], r.kind.value, iri[r.object], r.sentence

    @property
    def relation_counts(self) -> dict[str, int]:
        """Distinct edges (subject, kind, object) per kind over all reports: the graph's relation triples."""
        c: Counter[str] = Counter(kind for _, kind, _ in {(s, k, o) for _, s, k, o, _ in self._relations()})
        return dict(sorted(c.items()))

    @property
    def statement_counts(self) -> dict[str, int]:
        """Relation statements (``rdf:Statement``: an edge as stated by one sentence of one report) per kind."""
        c: Counter[str] = Counter(k for _, _, k, _, _ in set(self._relations()))
        return dict(sorted(c.items()))

    @property
    def indicator_count(self) -> int:
        """Indicators over all reports."""
        return sum(len(rg.indicators) for _, rg in self.reports)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path = "out",
    *,
    encoding: str | None = None,
    strict: bool = False,
    max_nodes: int = 3000,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    with_store: bool = True,
    on_writing: Callable[[], None] | None = None,
) -> BuildResult:
    """Read the inputs, extract (in ``jobs`` processes, cached), and write every output into ``out_dir``.

    ``with_store=False`` skips the SPARQL store (about half a corpus build's CPU time);
    ``kgreport query`` then loads the graph file instead. ``on_writing()`` is called
    when extraction is done and writing starts (for a corpus, half a minute or more).
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    check_out_writable(out)  # before any extraction work: a read-only or mistyped --out costs nothing
    check_outputs_are_ours(out, with_store=with_store)  # before any extraction work; again when writing
    ex = extract_inputs(
        inputs, encoding=encoding, strict=strict, progress=progress, jobs=jobs, cache_dir=out if use_cache else None
    )
    if not ex.reports:
        raise EmptyInputError(f"no report could be read ({len(ex.skipped)} skipped)")
    t_extract = time.perf_counter() - t0
    crashes = [s for s in ex.skipped if s.internal]
    if on_writing is not None:
        on_writing()
    warnings = [(rg.document.source, w) for _, rg in ex.reports for w in rg.warnings]
    written = write_outputs(
        ex.reports, out, max_nodes=max_nodes, errors=crashes, with_store=with_store, warnings=warnings
    )
    return BuildResult(
        ex.reports, ex.skipped, time.perf_counter() - t0, written.paths, ex.cached, ex.workers, t_extract,
        written.html_nodes, written.html_total,
    )
