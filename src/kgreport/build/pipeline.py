"""The one place that knows the order of the stages.

read → segment → extract entities → extract relations → link/canonicalize →
indicators → build RDF → write (Turtle, TriG, store, graph.html).

Extraction runs in a process pool (``jobs``) and is cached per input under
``<out>/.cache/`` (see :mod:`kgreport.build.cache`). Outputs are first written
into a staging folder inside ``<out>`` and then renamed into place, so an
interrupted or failed build leaves the previous outputs as they were.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rdflib import Graph

from kgreport import gazetteer
from kgreport.read import metadata
from kgreport.graph import rdf
from kgreport.read import reader as read
from kgreport.build.cache import ExtractionCache, cache_key
from kgreport.extract.entities import extract_mentions
from kgreport.errors import EmptyInputError, ForeignOutputError, KgreportError
from kgreport.extract.indicators import extract_indicators
from kgreport.extract.link import link
from kgreport.models import Document, Level, ReportGraph
from kgreport.extract.relations import extract_relations
from kgreport.procs import die_with_parent
from kgreport.resources import bundled_reports_dir
from kgreport.segment import split_sections, split_sentences

#: Names of the outputs inside ``out_dir``.
TTL_NAME = "graph.ttl"
TRIG_NAME = "graph.trig"
HTML_NAME = "graph.html"
STORE_NAME = "store"
ERRORS_NAME = "errors.log"
_STAGE_PREFIX = ".build-"
_LOCK_NAME = ".lock"


class ExtractionCrash(KgreportError):
    """kgreport itself failed on one input (a bug, not a bad file); exit code 70 (EX_SOFTWARE)."""

    exit_code = 70

    def __init__(self, message: str, *, path: str | None = None, detail: str = "") -> None:
        super().__init__(message, path=path)
        self.detail = detail


def complete_meta(doc: Document) -> Document:
    """Fill the region's code and parents from the gazetteer, and a missing year from the file name."""
    meta = doc.meta
    if meta.year is None and (year := metadata.year_from_name(doc.source)) is not None:
        meta = replace(meta, year=year)  # 34 of 384 corpus reports have no header; their names carry it
        doc = replace(doc, meta=meta)
    if not meta.region:
        guessed = _region_from_text(doc.text, meta.level.value)
        if guessed is None:
            return doc
        level = meta.level if meta.level is not Level.UNKNOWN else Level(guessed.level)
        meta = replace(meta, region=guessed.name, level=level, issuer=meta.issuer or f"{guessed.name}人民政府")
    path = gazetteer.parse_division_path(meta.region)  # 深圳市南山区 → (深圳市, 南山区)
    d = gazetteer.resolve_division(meta.region) or (path[-1] if path else None) or _resolve_by_text(meta.region, doc.text)
    if d is None:
        return doc
    if meta.issuer.endswith(f"{d.name}人民政府") and meta.issuer != f"{d.name}人民政府":
        meta = replace(meta, issuer=f"{d.name}人民政府")  # 深圳市南山区人民政府: one node, named without its city
    parents = tuple(a.name for a in gazetteer.ancestors(d.code))
    return replace(doc, meta=replace(meta, region=d.name, region_code=d.code, parents=parents))


def _region_from_text(text: str, level: str) -> gazetteer.Division | None:
    """The division of ``level`` a report names most often (for "我代表区人民政府" with no place)."""
    if level not in ("province", "city", "county"):
        return None  # with no level to go by, names hidden in words (老城区改造) mislead
    levels = [level]
    count = _Counter(text[:20000])
    best, best_score = None, 2
    for d in gazetteer.all_divisions(levels):
        if len(d.name) < 3 and d.name.endswith("区"):
            continue  # 城区, 郊区, 矿区: also plain words (but 易县, 雄县 name one county each)
        score = count(d.name) * 2
        if len(d.short) >= 2 and len(levels) == 1:  # short forms (合作, 平安) are often plain words
            score += count(d.short)
        if level == "province":  # a province report names its cities more than itself (深圳, 广州 → 广东省)
            score += sum(_mentions(count, c) for c in gazetteer.all_divisions(["city"]) if c.parent_code == d.code)
        if score:  # a name can hide in a longer word (滨海城区): its parents must be named too
            parents = sum(count(a.short if len(a.short) >= 2 else a.name) for a in gazetteer.ancestors(d.code))
            score = score * 2 if parents else score // 2
        if score > best_score:
            best, best_score = d, score
    return best


class _Counter:
    """``text.count(name)``, answered at once for the many names whose first two characters
    never occur together in ``text`` (thousands of divisions are tried per report)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs = {text[i : i + 2] for i in range(len(text) - 1)}

    def __call__(self, name: str) -> int:
        if len(name) >= 2 and name[:2] not in self.pairs:
            return 0
        return self.text.count(name)


def _mentions(count: _Counter, d: gazetteer.Division) -> int:
    return count(d.name) + (count(d.short) if len(d.short) >= 2 and d.short != d.name else 0)


def _resolve_by_text(region: str, text: str) -> gazetteer.Division | None:
    """An ambiguous region name (南山区) resolved by which enclosing divisions the text names."""
    head = text[:5000]
    best, best_score = None, 0
    for cand in gazetteer.division_by_name(region):
        score = sum(head.count(a.name) + (head.count(a.short) if len(a.short) >= 2 else 0) for a in gazetteer.ancestors(cand.code))
        if score > best_score:
            best, best_score = cand, score
    return best


def extract(doc: Document) -> ReportGraph:
    """Everything the rules find in one document."""
    doc = complete_meta(doc)
    sections = split_sections(doc.text)
    sentences = split_sentences(doc.text, sections)
    mentions = extract_mentions(doc, sentences)
    relations = extract_relations(sentences, mentions)
    linked = link(doc, sentences, mentions, relations)
    indicators = extract_indicators(sentences)
    return ReportGraph(
        document=doc,
        sections=sections,
        sentences=sentences,
        entities=linked.entities,
        relations=linked.relations,
        indicators=tuple(indicators),
    )


def extract_text(text: str, source: str = "text.txt") -> ReportGraph:
    """Extract from a string (already clean), metadata read from the text itself."""
    from kgreport.read.metadata import extract_meta

    # surrogatepass: a str from Python code may hold lone surrogates, which no file read ever gives
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(source=source, text=text, sha256=digest, meta=extract_meta(text))
    return extract(doc)


@dataclass(frozen=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    message: str
    internal: bool = False  # kgreport failed on it (a bug), rather than the file being bad
    detail: str = ""  # traceback of an internal failure


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
        """Distinct entities per class over all reports."""
        seen: dict[str, set[str]] = {}
        for _, rg in self.reports:
            for e in rg.entities:
                seen.setdefault(e.cls.value, set()).add(e.label)
        return {k: len(v) for k, v in sorted(seen.items())}

    @property
    def relation_counts(self) -> dict[str, int]:
        """Relations per kind over all reports."""
        c: Counter[str] = Counter(r.kind.value for _, rg in self.reports for r in rg.relations)
        return dict(sorted(c.items()))

    @property
    def indicator_count(self) -> int:
        """Indicators over all reports."""
        return sum(len(rg.indicators) for _, rg in self.reports)


def _slugs(docs: Sequence[Document]) -> list[str]:
    used: Counter[str] = Counter()
    out = []
    for d in docs:
        base = rdf.report_slug(d.source)
        used[base] += 1
        out.append(base if used[base] == 1 else f"{base}-{used[base]}")
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
        graph = extract(doc)
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
        extract_text(_WARM_UP_TEXT, source="warm-up.txt")
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
        with ProcessPoolExecutor(
            max_workers=self.workers, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)
        ) as pool:
            pending: set[Future[_Outcome]] = set()
            try:
                for item in items:
                    if isinstance(item, _Outcome):
                        yield item
                        continue
                    pending.add(pool.submit(_run_job, item, self.encoding))
                    # A bounded number of inputs in flight: their bytes are not all held at once.
                    while len(pending) >= 2 * self.workers:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for fut in done:
                            yield fut.result()
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        yield fut.result()
            except BrokenProcessPool:
                raise ExtractionCrash(
                    "a worker process died while extracting (killed, or out of memory?); try fewer --jobs"
                ) from None
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise


@dataclass(frozen=True)
class Extraction:
    """The extracted reports of a set of inputs, and how they were obtained."""

    reports: tuple[tuple[str, ReportGraph], ...]  # (slug, graph) in input order
    skipped: tuple[Skipped, ...]
    cached: int  # reports taken from the cache
    workers: int  # processes that extracted the rest


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
    ``progress(done, total)`` is called as inputs complete.
    """
    paths = read.collect_inputs(list(inputs) or [bundled_reports_dir()])
    single = len(paths) == 1
    out_dir = Path(cache_dir) if cache_dir is not None else None
    cache = ExtractionCache(out_dir) if out_dir is not None else None
    runner = _Runner(min(jobs or default_jobs(), len(paths)), encoding)
    graphs: dict[int, ReportGraph] = {}
    skipped: dict[int, Skipped] = {}
    cached = 0
    for done, out in enumerate(runner.outcomes(_plan(paths, encoding, cache, out_dir)), start=1):
        label = str(paths[out.index])
        if out.graph is not None:
            graphs[out.index] = out.graph
            cached += out.cached
        elif out.error is not None:
            if strict or single:
                raise out.error
            skipped[out.index] = Skipped(label, str(out.error))
        else:
            message = f"kgreport failed on this report ({out.crash}); this is a bug, please report it with the file"
            if strict or single:
                raise ExtractionCrash(message, path=label, detail=out.detail)
            skipped[out.index] = Skipped(label, f"{label}: {message}", internal=True, detail=out.detail)
        if progress:
            progress(done, len(paths))
    ordered = [graphs[i] for i in sorted(graphs)]
    slugs = _slugs([g.document for g in ordered])
    return Extraction(tuple(zip(slugs, ordered)), tuple(skipped[i] for i in sorted(skipped)), cached, runner.used)


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


# ---------------------------------------------------------------- writing outputs


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _file_mode() -> int:
    """Mode a newly created file gets under the current umask (mkstemp would give 0600)."""
    return 0o666 & ~_umask()


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, _file_mode())
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Only one build writes into ``out_dir`` at a time (the lock dies with its process)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return
    fh = open(out_dir / _LOCK_NAME, "a+b")
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        fh.close()


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False when unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def _replace_dir(new: Path, target: Path, stage: Path) -> None:
    """Put folder ``new`` at ``target``, the old one (if any) moved into ``stage``.

    An atomic swap where the system has one; otherwise two renames, and
    :func:`_recover` rolls an interrupted swap forward on the next build.
    """
    if not target.exists():
        os.rename(new, target)
    elif not _exchange(new, target):
        os.rename(target, stage / f"{target.name}.old")
        os.rename(new, target)
    os.utime(target)  # the store must look newer than graph.ttl to readers that compare


def _recover(out_dir: Path) -> None:
    """Clean up after a build that was killed: finish its store swap, drop its staging folders."""
    for stage in sorted(out_dir.glob(f"{_STAGE_PREFIX}*")):
        if not stage.is_dir():
            continue
        store = out_dir / STORE_NAME
        if not store.exists() and (stage / f"{STORE_NAME}.old").is_dir() and (stage / STORE_NAME).is_dir():
            # Killed between the two renames: files were already committed, so the new store goes in.
            os.rename(stage / STORE_NAME, store)
            os.utime(store)
        shutil.rmtree(stage, ignore_errors=True)
    for tmp in out_dir.glob(".graph.*"):
        if tmp.is_file():
            tmp.unlink()


# ---------------------------------------------------------------- which outputs are ours

#: Written last into ``out_dir``: every output file this build put there, with its size and SHA-256.
MANIFEST_NAME = ".kgreport-outputs.json"
#: Written into every store folder kgreport makes.
STORE_MARKER = ".kgreport-store"
_MANIFEST_FORMAT = 1

# Files of a RocksDB folder (what pyoxigraph writes), e.g. CURRENT, MANIFEST-000005, 000009.sst, LOG.old.1700000000
_ROCKSDB_FILE = re.compile(
    r"^(?:CURRENT|IDENTITY|LOCK|LOG(?:\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+(?:\.dbtmp)?|\d+\.(?:sst|log|blob|dbtmp))$"
)
# The first line graph.ttl and graph.trig have always started with, e.g. "@prefix dcterms: <http://purl.org/dc/terms/> ."
_OUR_GRAPH_HEAD = re.compile(rb"^@prefix \w+: <[^>]*> \.\n")
# Opens every errors.log kgreport writes, e.g. "== reports/bad.txt"
_OUR_ERRORS_HEAD = b"== "
# Inlined into every graph.html kgreport writes (from templates/graph.js)
_OUR_PAGE_SIGNATURE = b"/* kgreport graph page."


def _read_manifest(out_dir: Path) -> dict[str, dict[str, int]]:
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    outputs = data.get("outputs") if isinstance(data, dict) else None
    return outputs if isinstance(outputs, dict) else {}


def _recognisably_ours(path: Path, name: str) -> bool:
    """Content test for outputs with no (or an outdated) manifest entry, e.g. from a kgreport before manifests."""
    try:
        if name == STORE_NAME:
            if (path / STORE_MARKER).is_file():
                return True
            entries = [p.name for p in path.iterdir()]
            return "CURRENT" in entries and all(_ROCKSDB_FILE.match(n) for n in entries)
        if name == HTML_NAME:
            return _OUR_PAGE_SIGNATURE in path.read_bytes()
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if name == ERRORS_NAME:
        return head.startswith(_OUR_ERRORS_HEAD)
    return bool(_OUR_GRAPH_HEAD.match(head)) and b"<https://w3id.org/kgreport/" in head


def _is_ours(path: Path, name: str, entry: dict[str, int] | None) -> bool:
    if path.is_symlink():
        return False  # kgreport never writes links; replacing one would surprise whoever made it
    if name == STORE_NAME:
        return path.is_dir() and _recognisably_ours(path, name)
    if not path.is_file():
        return False
    if entry is not None and entry.get("size") == path.stat().st_size and entry.get("sha256") == _sha256(path):
        return True
    return _recognisably_ours(path, name)


def check_outputs_are_ours(out_dir: Path, *, with_store: bool = True) -> None:
    """Raise :class:`ForeignOutputError` when an output's name in ``out_dir`` is taken by something kgreport did not write.

    A build replaces graph.ttl, graph.trig, graph.html, errors.log and store/
    (and removes errors.log, and store/ under ``--no-store``); each may only
    be something an earlier build wrote: listed in the manifest with the same
    size and SHA-256, or recognisably ours by content (graph files opening with
    kgreport's prefixes, the page with its script, errors.log with ``== ``, the
    store folder by its marker or by holding nothing but RocksDB files).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return
    manifest = _read_manifest(out_dir)
    for name in (TTL_NAME, TRIG_NAME, HTML_NAME, ERRORS_NAME, STORE_NAME):
        path = out_dir / name
        if not os.path.lexists(path) or _is_ours(path, name, manifest.get(name)):
            continue
        if name == STORE_NAME and not with_store:
            continue  # --no-store leaves a foreign store alone
        kind = "folder" if path.is_dir() and not path.is_symlink() else "file"
        raise ForeignOutputError(
            f"a {kind} kgreport did not write has the name of an output; move it away or pick another --out",
            path=str(path),
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_entries(stage: Path, names: Sequence[str]) -> dict[str, dict[str, Any]]:
    return {name: {"size": (stage / name).stat().st_size, "sha256": _sha256(stage / name)} for name in names}


def _write_manifest(out_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    """The manifest: deterministic (no times), so identical rebuilds leave it identical."""
    text = json.dumps({"format": _MANIFEST_FORMAT, "outputs": entries}, indent=1, sort_keys=True) + "\n"
    _atomic_write(out_dir / MANIFEST_NAME, lambda p: p.write_text(text, encoding="utf-8"))


def _mark_store(store_dir: Path, graph: Path) -> None:
    """Sign a staged store as kgreport's; the content follows the graph, so identical rebuilds stay identical."""
    (store_dir / STORE_MARKER).write_text(
        json.dumps({"written by": "kgreport", "graph sha256": _sha256(graph)}) + "\n", encoding="utf-8"
    )


@dataclass(frozen=True)
class Written:
    """The outputs a build put in place."""

    paths: tuple[Path, ...]
    html_nodes: int = 0  # entities drawn in graph.html
    html_total: int = 0  # entities in the graph


def write_outputs(
    reports: Sequence[tuple[str, ReportGraph]],
    out_dir: Path,
    *,
    max_nodes: int = 3000,
    errors: Sequence[Skipped] = (),
    with_store: bool = True,
) -> Written:
    """graph.ttl, graph.trig, the SPARQL store and graph.html, replaced together.

    Everything is written into a staging folder inside ``out_dir`` first; only
    when all of it is complete are the outputs renamed into place (files,
    then the store), so a build that fails or is killed before that leaves the
    previous outputs untouched, and one killed during it leaves each output
    either old or new, never partial. ``errors`` (internal failures) go to
    errors.log; a stale errors.log is removed. Without ``with_store`` no store
    is written and a previous one is removed (it would describe old graphs).
    Nothing kgreport did not write is ever replaced or removed
    (:func:`check_outputs_are_ours`); the outputs are listed in a manifest.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        _recover(out_dir)
        check_outputs_are_ours(out_dir, with_store=with_store)
        stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=out_dir))
        try:
            files, stats = _stage_outputs(reports, stage, max_nodes=max_nodes, errors=errors, with_store=with_store)
            entries = _manifest_entries(stage, files)
            written = []
            for name in files:
                os.replace(stage / name, out_dir / name)
                written.append(out_dir / name)
            if not errors and (out_dir / ERRORS_NAME).exists():
                (out_dir / ERRORS_NAME).unlink()
            if (stage / STORE_NAME).is_dir():
                _replace_dir(stage / STORE_NAME, out_dir / STORE_NAME, stage)
                written.append(out_dir / STORE_NAME)
            elif not with_store and (out_dir / STORE_NAME).is_dir() and _is_ours(out_dir / STORE_NAME, STORE_NAME, None):
                os.rename(out_dir / STORE_NAME, stage / "old-store")  # removed with the stage below
            _write_manifest(out_dir, entries)

        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return Written(tuple(written), stats.nodes_drawn, stats.nodes_total)


def page_title(reports: Sequence[tuple[str, ReportGraph]]) -> str:
    """Title of graph.html: the report's own title, or how many reports and which years."""
    if len(reports) == 1:
        meta = reports[0][1].document.meta
        return meta.title or meta.issuer or reports[0][0]
    years = sorted(y for _, rg in reports if (y := rg.document.meta.year))
    span = f", {years[0]}–{years[-1]}" if years and years[0] != years[-1] else (f", {years[0]}" if years else "")
    return f"kgreport: {len(reports)} reports{span}"


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Run a block with Python's cyclic garbage collector off, then turn it back on.

    Writing a corpus makes millions of small, acyclic objects (terms, tuples,
    table rows); the collector's repeated passes over them cost close to half
    of the page's CPU time and free nothing.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stage_outputs(
    reports: Sequence[tuple[str, ReportGraph]], stage: Path, *, max_nodes: int, errors: Sequence[Skipped],
    with_store: bool = True,
) -> tuple[list[str], Any]:
    """Write every output into ``stage``; returns the file names, in commit order, and what the page drew.

    The store is loaded from graph.trig in a second thread while graph.html is
    drawn (pyoxigraph's loader releases the GIL); for a corpus the store is
    most of the writing time (~26 s wall for 384 reports, the page ~2.5 s).
    """
    from kgreport.html import render  # heavy imports (pyvis, pyoxigraph) only a build needs
    from kgreport.graph import store

    mode = _file_mode()
    names = [TTL_NAME, TRIG_NAME, HTML_NAME]
    with _gc_paused():
        # The page's triples are gathered while the files are written, from the same per-report triples.
        shown = rdf.write_ttl_trig(reports, stage / TTL_NAME, stage / TRIG_NAME).display
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgreport-store") as background:
            stored = (
                background.submit(store.write_store, stage / TRIG_NAME, stage / STORE_NAME, merged=stage / TTL_NAME)
                if with_store else None
            )
            stats = render.render_html(shown, stage / HTML_NAME, max_nodes=max_nodes, title=page_title(reports))
            del shown
            if stored is not None:
                stored.result()  # raises what the store raised
    if with_store:
        _mark_store(stage / STORE_NAME, stage / TRIG_NAME)
        os.chmod(stage / STORE_NAME, 0o777 & ~_umask())
    if errors:
        text = "".join(f"== {s.path}\n{s.message}\n{s.detail}\n" for s in errors)
        (stage / ERRORS_NAME).write_text(text, encoding="utf-8")
        names.append(ERRORS_NAME)
    for name in names:
        os.chmod(stage / name, mode)
    return names, stats


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
    written = write_outputs(ex.reports, out, max_nodes=max_nodes, errors=crashes, with_store=with_store)
    return BuildResult(
        ex.reports, ex.skipped, time.perf_counter() - t0, written.paths, ex.cached, ex.workers, t_extract,
        written.html_nodes, written.html_total,
    )
