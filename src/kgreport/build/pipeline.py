"""A whole build: check the out folder, extract every input (pool, cache), write the outputs.

The stages of one report are in :mod:`kgreport.build.stages`, the pool and cache in
:mod:`kgreport.build.runner`, the atomic outputs in :mod:`kgreport.build.outputs`.
Reports stream from extraction into the outputs one at a time (in input order), so
a build's memory is bounded by its largest report, not by the number of reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kgreport.build.outputs import ReportSummary, check_out_writable, check_outputs_are_ours, write_outputs
from kgreport.build.runner import Skipped, StreamStats, stream_inputs
from kgreport.errors import EmptyInputError
from kgreport.models import ReportGraph


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    reports: tuple[tuple[str, ReportSummary], ...]  # (slug, summary) in input order
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0
    outputs: tuple[Path, ...] = ()
    cached: int = 0  # reports taken from the cache instead of being extracted
    jobs: int = 1  # worker processes used for extraction
    extract_seconds: float = 0.0  # reading and extracting (or loading from the cache), waited for by the writer
    html_nodes: int = 0  # entities drawn in graph.html (at most --max-nodes, best-connected first)
    html_total: int = 0  # entities in the graph
    # distinct entity nodes (IRIs, as in graph.ttl and graph.html) per class over all reports
    entity_counts: dict[str, int] = field(default_factory=dict)
    # distinct edges (subject, kind, object) per kind over all reports: the graph's relation triples
    relation_counts: dict[str, int] = field(default_factory=dict)
    indicator_count: int = 0  # indicators over all reports
    # relation statements (an edge as stated by one sentence of one report) per kind
    statement_counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Timed:
    """Time spent waiting for the next extracted report (the rest of a build's time is writing)."""

    seconds: float = 0.0


def _timed(
    reports: Iterator[tuple[str, ReportGraph]], clock: _Timed, stats: StreamStats, on_done: Callable[[], None] | None
) -> Iterator[tuple[str, ReportGraph]]:
    count = 0
    while True:
        t = time.perf_counter()
        try:
            item = next(reports)
        except StopIteration:
            clock.seconds += time.perf_counter() - t
            break
        clock.seconds += time.perf_counter() - t
        count += 1
        yield item
    if not count:
        raise EmptyInputError(f"no report could be read ({len(stats.skipped)} skipped)")
    if on_done is not None:
        on_done()


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

    Each report is written (graph.ttl, graph.trig, the page's view) as soon as it and
    the reports before it are extracted; the merged entities, the store and
    graph.html follow. ``with_store=False`` skips the SPARQL store (about half a
    corpus build's CPU time); ``kgreport query`` then loads the graph file instead.
    ``on_writing()`` is called when extraction is done and the rest of the writing starts.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    check_out_writable(out)  # before any extraction work: a read-only or mistyped --out costs nothing
    check_outputs_are_ours(out, with_store=with_store)  # before any extraction work; again when writing
    stats = StreamStats()
    stream = stream_inputs(
        inputs, encoding=encoding, strict=strict, progress=progress, jobs=jobs, cache_dir=out if use_cache else None,
        stats=stats,
    )
    clock = _Timed()
    written = write_outputs(
        _timed(stream, clock, stats, on_writing), out, max_nodes=max_nodes, with_store=with_store,
        errors=lambda: [s for s in stats.skipped if s.internal],
    )
    return BuildResult(
        written.reports, tuple(stats.skipped), time.perf_counter() - t0, written.paths, stats.cached, stats.workers,
        clock.seconds, written.html_nodes, written.html_total, written.entity_counts, written.relation_counts,
        written.indicator_count, written.statement_counts,
    )
