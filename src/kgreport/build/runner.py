"""Extraction of many inputs: a process pool (``jobs``) and the per-input cache under ``<out>/.cache/``.

See :mod:`kgreport.build.cache` for the cache key; the stages each worker runs are
:func:`kgreport.build.stages.extract`.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import signal
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kgreport.build import stages
from kgreport.build.cache import ExtractionCache, cache_key
from kgreport.errors import KgreportError
from kgreport.graph import rdf
from kgreport.models import Document, ReportGraph
from kgreport.procs import die_with_parent
from kgreport.read import reader as read
from kgreport.resources import bundled_reports_dir


class WorkerDiedError(KgreportError):
    """The process extracting one input died (killed, out of memory): that input is skipped."""

    exit_code = 70


class ExtractionCrash(KgreportError):
    """kgreport itself failed on one input (a bug, not a bad file); exit code 70 (EX_SOFTWARE)."""

    exit_code = 70

    def __init__(self, message: str, *, path: str | None = None, detail: str = "") -> None:
        super().__init__(message, path=path)
        self.detail = detail


@dataclass(frozen=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    message: str
    internal: bool = False  # kgreport failed on it (a bug), rather than the file being bad
    detail: str = ""  # traceback of an internal failure


def _slugs(docs: Sequence[Document]) -> list[str]:
    """One slug per report, independent of input order.

    A slug no other report shares stays the file name's (``kaihua-2023``); reports
    sharing one each get a short hash of their cleaned text (``report-1a2b3c4d``),
    so ``a/report.txt`` keeps its IRI whether it is given before or after ``b/report.txt``.
    """
    bases = [rdf.report_slug(d.source) for d in docs]
    shared = {b for b, n in Counter(bases).items() if n > 1}
    out = [f"{b}-{d.sha256[:8]}" if b in shared else b for b, d in zip(bases, docs)]
    # The same text under the same name twice (a copy in two folders) still needs two slugs: numbered
    # in order of the full hash, so a copy's graph (identical to the first) is all that order changes.
    seen: Counter[str] = Counter()
    for i in sorted(range(len(docs)), key=lambda i: (out[i], docs[i].sha256)):
        seen[out[i]] += 1
        if seen[out[i]] > 1:
            out[i] = f"{out[i]}-{seen[out[i]]}"
    return out


def default_jobs() -> int:
    """Worker processes used when ``jobs`` is not given: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------- extraction jobs


@dataclass(frozen=True)
class _Job:
    """One input to extract; ``data`` is None when the reader must open the path itself."""

    index: int
    label: str  # the path as given, for messages
    source: str  # file name stored in the graph
    data: bytes | None
    key: str = ""  # cache key ("" = do not cache)
    cache_dir: str = ""  # out_dir of the cache


@dataclass(frozen=True)
class _Outcome:
    index: int
    graph: ReportGraph | None = None
    error: KgreportError | None = None
    crash: str = ""  # one-line description of an internal failure
    detail: str = ""  # its traceback
    cached: bool = False  # the graph came from the cache


def _run_job(job: _Job, encoding: str | None) -> _Outcome:
    """Read and extract one input; runs in a worker process or in-process."""
    try:
        if job.data is None:
            doc = read.read_document(job.label, encoding=encoding)
        else:
            doc = read.read_bytes(job.data, job.source, encoding=encoding, _label=job.label)
        graph = stages.extract(doc)
    except KgreportError as exc:
        return _Outcome(job.index, error=exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not lose the other reports
        return _Outcome(job.index, crash=f"{type(exc).__name__}: {exc}", detail=traceback.format_exc())
    if job.key:
        ExtractionCache(Path(job.cache_dir)).put(job.key, graph)
    return _Outcome(job.index, graph=graph)


#: A short report in the shape of a real one, extracted once per process to load
#: jieba's dictionary, the gazetteers and the rules before the real work starts.
_WARM_UP_TEXT = "某某县人民政府工作报告\n一、过去一年的工作\n全县深入实施乡村振兴战略，县人民医院新院区建成投用，地区生产总值增长5.2%，新增城镇就业三千五百人。\n"


def _warm_up() -> None:
    """Load everything extraction needs (idempotent: every loader is cached)."""
    try:
        stages.extract_text(_WARM_UP_TEXT, source="warm-up.txt")
    except Exception:  # noqa: BLE001 - a bug here shows again, and is reported, on the real inputs
        pass


def _init_worker(parent_pid: int | None = None) -> None:
    """Worker start: die with the build, leave Ctrl-C to the main process (which stops the pool), warm up."""
    die_with_parent(parent_pid)  # a killed build must not leave ~300 MB workers behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


def _fork_context() -> multiprocessing.context.BaseContext | None:
    """``fork`` where it exists: workers start with the parent's loaded dictionary and gazetteers."""
    if sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _plan(
    paths: Sequence[Path | str], encoding: str | None, cache: ExtractionCache | None, out_dir: Path | None
) -> Iterator[_Job | _Outcome]:
    """For each input in order: its cached graph (as an outcome), or the job that extracts it.

    Lazy, so that only the inputs in flight are held in memory.
    """
    for i, p in enumerate(paths):
        if str(p) == read.STDIN:
            # Here, not in a worker: multiprocessing gives worker processes an empty stdin.
            yield _run_job(_Job(i, read.STDIN, read.STDIN, None), encoding)
            continue
        path = Path(p)
        data: bytes | None = None
        try:
            if path.is_file() and path.stat().st_size <= read.DEFAULT_MAX_BYTES:
                data = path.read_bytes()
        except OSError:
            data = None  # the reader opens it again and says what is wrong
        if data is None or len(data) > read.DEFAULT_MAX_BYTES:
            yield _Job(i, str(path), path.name, None)
            continue
        key = ""
        if cache is not None:
            key = cache_key(data, path.name, encoding)
            hit = cache.get(key)
            if hit is not None:
                yield _Outcome(i, graph=hit, cached=True)
                continue
        yield _Job(i, str(path), path.name, data, key, str(out_dir) if cache is not None else "")


class _Runner:
    """Runs jobs in this process or, once there is more than one to run, in a process pool."""

    def __init__(self, workers: int, encoding: str | None) -> None:
        self.workers = workers
        self.encoding = encoding
        self.used = 1  # processes that extracted something
        # Outcomes handed out but not yet consumed (the caller's reorder buffer), and how many of them may
        # wait before no further job is started: memory stays bounded when one slow report holds up the rest.
        self.backlog: Callable[[], int] = lambda: 0
        self.window = 1 << 30

    def outcomes(self, items: Iterator[_Job | _Outcome]) -> Iterator[_Outcome]:
        """Outcomes of ``items`` in completion order."""
        if self.workers <= 1:
            for item in items:
                yield item if isinstance(item, _Outcome) else _run_job(item, self.encoding)
            return
        # Hold back the first job until a second one shows up: one job needs no pool.
        first: _Job | None = None
        for item in items:
            if isinstance(item, _Outcome):
                yield item
            elif first is None:
                first = item
            else:
                yield from self._pooled(itertools.chain([first, item], items))
                return
        if first is not None:
            yield _run_job(first, self.encoding)

    def _pooled(self, items: Iterator[_Job | _Outcome]) -> Iterator[_Outcome]:
        ctx = _fork_context()
        if ctx is not None:
            _warm_up()  # before the fork, so that workers share it instead of each loading it
        self.used = self.workers
        while True:
            suspects = yield from self._pool_until_broken(items, ctx)
            if not suspects:
                return
            # A worker died (killed, out of memory): every input in flight is a suspect. Each runs
            # alone in a pool of its own, so one bad file is skipped and every other report is built.
            for job in suspects:
                yield self._isolated(job, ctx)

    def _pool_until_broken(
        self, items: Iterator[_Job | _Outcome], ctx: multiprocessing.context.BaseContext | None
    ) -> Generator[_Outcome, None, list[_Job]]:
        """Outcomes of ``items`` from one pool; the jobs in flight when a worker died, if one did."""
        with ProcessPoolExecutor(
            max_workers=self.workers, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)
        ) as pool:
            pending: dict[Future[_Outcome], _Job] = {}
            try:
                for item in items:
                    if isinstance(item, _Outcome):
                        yield item
                        continue
                    pending[pool.submit(_run_job, item, self.encoding)] = item
                    # A bounded number of inputs in flight: their bytes are not all held at once.
                    while pending and (len(pending) >= 2 * self.workers or self.backlog() >= self.window):
                        yield from self._collect(pending)
                while pending:
                    yield from self._collect(pending)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                return sorted(pending.values(), key=lambda j: j.index)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        return []

    @staticmethod
    def _collect(pending: dict[Future[_Outcome], _Job]) -> Iterator[_Outcome]:
        """Outcomes of the jobs done next; a job is forgotten only once its outcome is had."""
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for fut in sorted(done, key=lambda f: pending[f].index):
            outcome = fut.result()  # BrokenProcessPool: the job stays pending, a suspect
            del pending[fut]
            yield outcome

    def _isolated(self, job: _Job, ctx: multiprocessing.context.BaseContext | None) -> _Outcome:
        """One job in a one-worker pool: its outcome, or a skip if the worker dies on it."""
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)) as pool:
            try:
                return pool.submit(_run_job, job, self.encoding).result()
            except BrokenProcessPool:
                return _Outcome(job.index, error=WorkerDiedError("a worker process died while extracting this report (killed, or out of memory?); the other reports are built", path=job.label))


@dataclass(frozen=True)
class Extraction:
    """The extracted reports of a set of inputs, and how they were obtained."""

    reports: tuple[tuple[str, ReportGraph], ...]  # (slug, graph) in input order
    skipped: tuple[Skipped, ...]
    cached: int  # reports taken from the cache
    workers: int  # processes that extracted the rest


def _planned_slugs(paths: Sequence[Path | str], encoding: str | None) -> list[str | None]:
    """The slug of each input before any is extracted (None: it cannot be read), as :func:`_slugs` gives.

    A slug depends on the file name alone unless another input's name gives the same
    base; only those inputs are read here first, for the hash of their text. So the
    reports can be written one by one, in input order, as they are extracted.
    """
    names = [read.STDIN if str(p) == read.STDIN else Path(p).name for p in paths]
    bases = [rdf.report_slug(n) for n in names]
    shared = {b for b, n in Counter(bases).items() if n > 1}
    digests: list[str | None] = [""] * len(paths)
    for i, p in enumerate(paths):
        if bases[i] in shared and str(p) != read.STDIN:
            try:
                digests[i] = read.read_document(p, encoding=encoding).sha256
            except KgreportError:
                digests[i] = None  # skipped later with its error; it takes no slug
    kept = [i for i in range(len(paths)) if digests[i] is not None]
    # Counted again without the unreadable ones, as _slugs counts only the extracted reports.
    shared = {b for b, n in Counter(bases[i] for i in kept).items() if n > 1}
    out: list[str | None] = [None] * len(paths)
    for i in kept:
        out[i] = f"{bases[i]}-{(digests[i] or '')[:8]}" if bases[i] in shared else bases[i]
    seen: Counter[str | None] = Counter()
    for i in sorted(kept, key=lambda i: (out[i] or "", digests[i] or "")):
        seen[out[i]] += 1
        if seen[out[i]] > 1:
            out[i] = f"{out[i]}-{seen[out[i]]}"
    return out


@dataclass
class StreamStats:
    """What :func:`stream_inputs` has met so far (complete once its iterator is exhausted)."""

    total: int = 0  # inputs
    skipped: list[Skipped] = dataclasses.field(default_factory=list)  # in input order once complete
    cached: int = 0
    workers: int = 1


#: Reports extracted ahead of the one to be written next, at most (times the worker count): a slow
#: report holds back the writing of those after it, and this many wait in memory meanwhile.
_REORDER_WINDOW = 4


def stream_inputs(
    inputs: Sequence[str | Path],
    *,
    encoding: str | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    cache_dir: str | Path | None = None,
    stats: StreamStats | None = None,
) -> Iterator[tuple[str, ReportGraph]]:
    """``(slug, graph)`` of every input, in input order, each as soon as it and those before it are extracted.

    What :func:`extract_inputs` returns, one report at a time: only the reports in
    flight are held (a bounded number), so a caller writing each one out holds
    no more than that. ``stats`` is filled with the skipped inputs, the cache hits
    and the worker count.
    """
    stats = stats if stats is not None else StreamStats()
    paths = read.collect_inputs(list(inputs) or [bundled_reports_dir()])
    stats.total = len(paths)
    single = len(paths) == 1
    slugs = _planned_slugs(paths, encoding) if not single else [rdf.report_slug(
        read.STDIN if str(paths[0]) == read.STDIN else Path(paths[0]).name)]
    out_dir = Path(cache_dir) if cache_dir is not None else None
    cache = ExtractionCache(out_dir) if out_dir is not None else None
    runner = _Runner(min(jobs or default_jobs(), len(paths)), encoding)
    waiting: dict[int, ReportGraph | None] = {}  # done, not yet passed on (None: skipped)
    skipped: dict[int, Skipped] = {}
    runner.backlog = lambda: len(waiting)
    runner.window = _REORDER_WINDOW * runner.workers
    next_index = 0
    for done, out in enumerate(runner.outcomes(_plan(paths, encoding, cache, out_dir)), start=1):
        label = str(paths[out.index])
        waiting[out.index] = out.graph
        if out.graph is not None:
            stats.cached += out.cached
        elif out.error is not None:
            if strict or single:
                raise out.error
            died = isinstance(out.error, WorkerDiedError)  # listed in errors.log too: no message of the file's own
            skipped[out.index] = Skipped(label, str(out.error), internal=died, detail=str(out.error) if died else "")
        else:
            message = f"kgreport failed on this report ({out.crash}); this is a bug, please report it with the file"
            if strict or single:
                raise ExtractionCrash(message, path=label, detail=out.detail)
            skipped[out.index] = Skipped(label, f"{label}: {message}", internal=True, detail=out.detail)
        if progress:
            progress(done, len(paths))
        while next_index in waiting:
            graph = waiting.pop(next_index)
            slug = slugs[next_index]
            next_index += 1
            if graph is not None:
                yield (slug or rdf.report_slug(graph.document.source)), graph
        stats.workers = runner.used
    stats.skipped[:] = [skipped[i] for i in sorted(skipped)]
    stats.workers = runner.used


def extract_inputs(
    inputs: Sequence[str | Path],
    *,
    encoding: str | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    cache_dir: str | Path | None = None,
) -> Extraction:
    """Read and extract every input; bad files are skipped (or raise, with ``strict``).

    ``jobs`` worker processes extract in parallel (None: all cores; 1: in this
    process). With ``cache_dir`` (a build's out folder) a report whose bytes,
    name, ``encoding`` and extractor version are unchanged is taken from the
    cache there. The result is in input order whatever ``jobs`` is.
    ``progress(done, total)`` is called as inputs complete. All reports are held
    in memory; :func:`stream_inputs` gives them one at a time.
    """
    stats = StreamStats()
    reports = tuple(
        stream_inputs(
            inputs, encoding=encoding, strict=strict, progress=progress, jobs=jobs, cache_dir=cache_dir, stats=stats
        )
    )
    return Extraction(reports, tuple(stats.skipped), stats.cached, stats.workers)


def extract_all(
    inputs: Sequence[str | Path],
    *,
    encoding: str | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    cache_dir: str | Path | None = None,
) -> tuple[list[tuple[str, ReportGraph]], list[Skipped]]:
    """``(reports, skipped)`` of :func:`extract_inputs`."""
    ex = extract_inputs(inputs, encoding=encoding, strict=strict, progress=progress, jobs=jobs, cache_dir=cache_dir)
    return list(ex.reports), list(ex.skipped)


def build_graph(inputs: Sequence[str | Path], *, encoding: str | None = None) -> Graph:
    """The merged RDF graph of the inputs (nothing written)."""
    reports, _ = extract_all(inputs, encoding=encoding, jobs=1)
    return rdf.merged_graph(reports)
