"""Where a build's main process spends its memory: RSS sampled over one build, with the stages marked.

Runs one build in this process (the workers are separate processes and are not counted) while
a thread samples the resident set size (``VmRSS``) every ``--every`` seconds. The stages of the
writing (the graph files' merge, the store's last batch and derived facts, the page's view and
rendering) are marked by wrapping their functions, so the timeline shows which one holds the
peak. Prints the peak RSS (``VmHWM``) and, per stage, the highest RSS sampled while it ran.

Usage::

    PYTHONPATH=src python benchmarks/bench_memory.py ../shared/corpus/reports --out /tmp/m384 --jobs 2
    PYTHONPATH=src python benchmarks/bench_memory.py /tmp/x3 --out /tmp/o3 --cache --post-stream   # after the stream
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kgreport.build import outputs, page, pipeline  # noqa: E402
from kgreport.graph import rdf, store  # noqa: E402
from kgreport.html import render  # noqa: E402


def _status(field: str) -> int:
    """A field of /proc/self/status in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    return 0


class Timeline:
    """RSS samples and the stages running when each was taken."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.t0 = time.perf_counter()
        self.running: list[str] = []
        self.peaks: dict[str, int] = {}
        self.marks: list[tuple[float, str, int]] = []
        self.traced: dict[str, int] = {}  # stage -> peak of traced Python allocations while it ran (bytes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            rss = _status("VmRSS")
            for name in list(self.running) or ["(streaming)"]:
                self.peaks[name] = max(self.peaks.get(name, 0), rss)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Mark every call of ``owner.name`` as the stage ``label``.

        While ``tracemalloc`` traces, the highest Python allocation total during the stage is kept too
        (``traced``; stages that overlap share one peak counter, so a stage's figure can include the other's).
        """
        inner: Callable[..., Any] = getattr(owner, name)

        def marked(*args: Any, **kwargs: Any) -> Any:
            self.mark(f"{label} starts")
            self.running.append(label)
            tracing = tracemalloc.is_tracing() and label != "store batch"
            if tracing:
                tracemalloc.reset_peak()
            try:
                return inner(*args, **kwargs)
            finally:
                if tracing and tracemalloc.is_tracing():
                    self.traced[label] = max(self.traced.get(label, 0), tracemalloc.get_traced_memory()[1])
                self.running.remove(label)
                self.mark(f"{label} ends")

        setattr(owner, name, marked)

    def mark(self, what: str) -> None:
        self.marks.append((time.perf_counter() - self.t0, what, _status("VmRSS")))

    def __enter__(self) -> Timeline:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _trace_post_stream(found: dict[str, tuple[float, int]]) -> None:
    """Wrap the derivation and the page so that each is traced alone (its peak: what it allocates on top of the build)."""
    import pyoxigraph as ox

    derive, view, render_html = store.materialize_aggregates, page.PageSpill.view, render.render_html

    def derived(target: Any, rows: Any = None) -> int:
        n = 0
        ways = [("derived facts, ranked in Python", store.RowsOnly(rows), ox.Store())] if rows is not None else []
        for label, r, into in [*ways, ("derived facts, as the build derives them", rows, target)]:
            tracemalloc.start()
            n = derive(into, r)
            found[label] = (tracemalloc.get_traced_memory()[1] / 2**20, n)
            tracemalloc.stop()
        return n

    def viewed(self: Any, *args: Any, **kwargs: Any) -> Any:
        tracemalloc.start()
        return view(self, *args, **kwargs)

    def rendered(*args: Any, **kwargs: Any) -> Any:
        out = render_html(*args, **kwargs)
        found["graph.html: page view + render"] = (tracemalloc.get_traced_memory()[1] / 2**20, 0)
        tracemalloc.stop()
        return out

    store.materialize_aggregates = derived  # type: ignore[assignment]
    page.PageSpill.view = viewed  # type: ignore[method-assign]
    render.render_html = rendered  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--every", type=float, default=0.25, help="seconds between samples")
    ap.add_argument("--no-store", action="store_true")
    ap.add_argument("--cache", action="store_true", help="use out/.cache/ (a second run then extracts nothing)")
    ap.add_argument(
        "--trace", type=int, default=0, metavar="N",
        help="trace Python allocations (tracemalloc) and print the N largest by file:line when extraction is done",
    )
    ap.add_argument(
        "--trace-after", action="store_true",
        help="with --trace: keep tracing after the stream and print each later stage's peak of traced allocations",
    )
    ap.add_argument(
        "--post-stream", action="store_true",
        help="trace Python allocations only while the derived facts and graph.html (view + render) are made; "
        "the facts are also derived a second time ranked in Python, from the same tally, into a store in memory",
    )
    args = ap.parse_args()
    traced_after: dict[str, tuple[float, int]] = {}
    if args.post_stream:
        _trace_post_stream(traced_after)
    held: list[tracemalloc.Snapshot] = []
    if args.trace:
        tracemalloc.start()

    def extraction_done() -> None:
        tl.mark("extraction done")
        if args.trace:
            held.append(tracemalloc.take_snapshot())
            if not args.trace_after:
                tracemalloc.stop()

    with Timeline(args.every) as tl:
        tl.wrap(rdf.GraphWriter, "close", "graph.ttl merge")
        tl.wrap(store, "materialize_aggregates", "derived facts")
        tl.wrap(outputs.StoreFeed, "_load", "store batch")
        tl.wrap(page.PageSpill, "view", "page view")
        tl.wrap(render, "render_html", "page render")
        result = pipeline.build(
            args.inputs, args.out, jobs=args.jobs, use_cache=args.cache, with_store=not args.no_store,
            on_writing=extraction_done,
        )
    for t, what, rss in tl.marks:
        if "store batch" not in what:
            print(f"{t:8.1f} s  {rss:6,} MB  {what}")
    print(f"\n{len(result.reports) if hasattr(result, 'reports') else '?'} reports; highest RSS sampled while each stage ran:")
    for name, mb in sorted(tl.peaks.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20} {mb:6,} MB")
    print(f"peak RSS (VmHWM) of the main process: {_status('VmHWM'):,} MB")
    if tl.traced:
        print("\nhighest traced Python allocations while each stage ran (tracemalloc):")
        for name, size in sorted(tl.traced.items(), key=lambda kv: -kv[1]):
            print(f"  {name:20} {size / 2**20:8.1f} MB")
    for name, (mb, quads) in traced_after.items():
        print(f"  traced: {name:42} {mb:8.1f} MB" + (f"  ({quads:,} derived quads)" if quads else ""))
    if held:
        stats = held[0].statistics("lineno")
        total = sum(s.size for s in stats)
        print(f"\nPython allocations held when extraction was done: {total / 2**20:,.1f} MB; the {args.trace} largest:")
        for s in stats[: args.trace]:
            frame = s.traceback[0]
            name = frame.filename.split("/src/")[-1].split("site-packages/")[-1]
            print(f"  {s.size / 2**20:8.1f} MB {s.count:10,}  {name}:{frame.lineno}")


if __name__ == "__main__":
    main()
