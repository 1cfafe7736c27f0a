"""Writing a build's outputs atomically: staged inside ``<out>``, then renamed into place.

An interrupted or failed build leaves the previous outputs as they were; a
manifest and content checks make sure only outputs kgreport wrote are replaced.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgreport.build.runner import Skipped
from kgreport.errors import EmptyInputError, ForeignOutputError, OutputWriteError
from kgreport.graph import rdf
from kgreport.models import ReportGraph

#: Names of the outputs inside ``out_dir``.
TTL_NAME = "graph.ttl"
TRIG_NAME = "graph.trig"
HTML_NAME = "graph.html"
STORE_NAME = "store"
ERRORS_NAME = "errors.log"
_STAGE_PREFIX = ".build-"
_LOCK_NAME = ".lock"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _file_mode() -> int:
    """Mode a newly created file gets under the current umask (mkstemp would give 0600)."""
    return 0o666 & ~_umask()


def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
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
#: In every store folder kgreport makes: the hash of each report's named graph (TriG) the store was
#: loaded from, so that the next build can keep the store and load only the reports that are new.
STORE_REPORTS = ".kgreport-reports.json"
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
            return "CURRENT" in entries and all(_ROCKSDB_FILE.match(n) or n == STORE_REPORTS for n in entries)
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


def _mark_store(store_dir: Path, graph: Path) -> None:
    """Sign a staged store as kgreport's; the content follows the graph, so identical rebuilds stay identical."""
    (store_dir / STORE_MARKER).write_text(
        json.dumps({"written by": "kgreport", "graph sha256": _sha256(graph)}) + "\n", encoding="utf-8"
    )


@dataclass(frozen=True)
class ReportSummary:
    """What a build keeps of one report once it is written: enough to list and count it, not its graph."""

    source: str
    sha256: str
    title: str = ""
    issuer: str = ""
    year: int | None = None
    warnings: tuple[str, ...] = ()
    chars: int = 0  # of the cleaned text
    sentences: int = 0
    entities: int = 0
    relations: int = 0
    indicators: int = 0

    @classmethod
    def of(cls, rg: ReportGraph) -> ReportSummary:
        """The summary of an extracted report."""
        meta = rg.document.meta
        return cls(
            rg.document.source, rg.document.sha256, meta.title or "", meta.issuer or "", meta.year or None,
            rg.warnings, len(rg.document.text), len(rg.sentences), len(rg.entities), len(rg.relations), len(rg.indicators),
        )


@dataclass
class _Crossing:
    """What crosses reports while they stream past: summaries, distinct entities and edges, counts."""

    reports: list[tuple[str, ReportSummary]]
    entities: dict[str, set[str]]  # class -> entity IRIs, as graph.ttl names them
    edges: set[tuple[str, str, str]] = field(default_factory=set)  # (subject IRI, kind, object IRI)
    statements: Counter[str] = field(default_factory=Counter)  # kind -> statements (edge, sentence, report)
    indicators: int = 0

    def add(self, slug: str, rg: ReportGraph) -> None:
        self.reports.append((slug, ReportSummary.of(rg)))
        iri = {e.key: rdf.entity_iri(e.cls, e.label, slug if e.local else None) for e in rg.entities}
        for e in rg.entities:
            self.entities.setdefault(e.cls.value, set()).add(iri[e.key])
        said = {(iri[r.subject], r.kind.value, iri[r.object], r.sentence) for r in rg.relations}
        self.edges.update((s, k, o) for s, k, o, _ in said)
        self.statements.update(k for _, k, _, _ in said)
        self.indicators += len(rg.indicators)

    def entity_counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in sorted(self.entities.items())}

    def relation_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(k for _, k, _ in self.edges).items()))


@dataclass(frozen=True)
class Written:
    """The outputs a build put in place, and what the build wrote into them."""

    paths: tuple[Path, ...]
    html_nodes: int = 0  # entities drawn in graph.html
    html_total: int = 0  # entities in the graph
    reports: tuple[tuple[str, ReportSummary], ...] = ()  # (slug, summary) in input order
    entity_counts: dict[str, int] = field(default_factory=dict)  # distinct entities per class
    relation_counts: dict[str, int] = field(default_factory=dict)  # distinct edges per kind
    indicator_count: int = 0
    statement_counts: dict[str, int] = field(default_factory=dict)  # relation statements per kind


def write_outputs(
    reports: Iterable[tuple[str, ReportGraph]],
    out_dir: Path,
    *,
    max_nodes: int = 3000,
    errors: Sequence[Skipped] | Callable[[], Sequence[Skipped]] = (),
    with_store: bool = True,
    warnings: Sequence[tuple[str, str]] = (),
) -> Written:
    """graph.ttl, graph.trig, the SPARQL store and graph.html, replaced together.

    ``reports`` may be a stream (:func:`kgreport.build.runner.stream_inputs`): each
    report is written as it comes and then dropped, so memory is bounded by the
    largest report and what crosses reports, not by the corpus. ``errors`` may be
    a callable, asked once the stream is exhausted. Each report's own warnings go
    to errors.log, after ``warnings``.

    Everything is written into a staging folder inside ``out_dir`` first; only
    when all of it is complete are the outputs renamed into place (files,
    then the store), so a build that fails or is killed before that leaves the
    previous outputs untouched, and one killed during it leaves each output
    either old or new, never partial. ``errors`` (internal failures) go to
    errors.log; a stale errors.log is removed. Without ``with_store`` no store
    is written and a previous one is removed (it would describe old graphs).
    Nothing kgreport did not write is ever replaced or removed
    (:func:`check_outputs_are_ours`); the outputs are listed in a manifest.
    ``warnings`` (``(source, message)`` pairs) are listed in errors.log too.

    An OS error (read-only folder, disk full, permission denied) becomes one
    :class:`OutputWriteError` naming the path, with the previous outputs as they were.
    """
    out_dir = Path(out_dir)
    check_out_writable(out_dir)
    stage: Path | None = None
    try:
        with _locked(out_dir):
            _recover(out_dir)
            check_outputs_are_ours(out_dir, with_store=with_store)
            stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=out_dir))
            try:
                files, stats, crossing = _stage_outputs(
                    reports, stage, max_nodes=max_nodes, errors=errors, with_store=with_store, warnings=warnings
                )
                entries = _manifest_entries(stage, files)
                written = _commit(out_dir, stage, files, entries, with_store=with_store)
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    except OSError as exc:
        raise _write_error(exc, out_dir, stage) from exc
    return Written(
        tuple(written), stats.nodes_drawn, stats.nodes_total, tuple(crossing.reports),
        crossing.entity_counts(), crossing.relation_counts(), crossing.indicators,
        dict(sorted(crossing.statements.items())),
    )


def check_out_writable(out_dir: Path) -> None:
    """Make ``out_dir`` (with its parents) and prove a file can be created in it, else :class:`OutputWriteError`.

    Called before extraction, so a read-only or mistyped ``--out`` costs no extraction time.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test.", dir=out_dir)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise _write_error(exc, out_dir, None) from exc


def _write_error(exc: OSError, out_dir: Path, stage: Path | None) -> OutputWriteError:
    """One line naming the path the system refused; a path in the staging folder is named as its output."""
    name = exc.filename if exc.filename is not None else out_dir
    path = Path(os.fsdecode(name))
    if stage is not None and path.is_relative_to(stage):
        path = out_dir / path.relative_to(stage)
    reason = exc.strerror or type(exc).__name__
    return OutputWriteError(f"cannot write the outputs ({reason}); the previous outputs are unchanged", path=str(path))


def _commit(
    out_dir: Path, stage: Path, files: Sequence[str], entries: dict[str, dict[str, Any]], *, with_store: bool
) -> list[Path]:
    """Rename the staged outputs into place; on an OS error, put the previous ones back and raise it.

    Only renames, links and unlinks happen here (no data is written), so a full
    disk has already failed in staging; a read-only or permission error on the
    second rename still leaves the set of outputs as it was, from hard links of the old ones.
    """
    manifest = json.dumps({"format": _MANIFEST_FORMAT, "outputs": entries}, indent=1, sort_keys=True) + "\n"
    (stage / MANIFEST_NAME).write_text(manifest, encoding="utf-8")  # deterministic (no times): rebuilds stay identical
    os.chmod(stage / MANIFEST_NAME, _file_mode())
    backups = stage / ".previous"
    backups.mkdir()
    moves = [*files, MANIFEST_NAME]
    if ERRORS_NAME not in files:
        moves.append(ERRORS_NAME)  # a stale errors.log goes (into the backups, until the commit is done)
    done: list[tuple[str, bool, bool]] = []  # (name, previous file kept in backups, new file put in place)
    written: list[Path] = []
    try:
        for name in moves:
            target = out_dir / name
            had = target.is_file() and not target.is_symlink() and _hard_link(target, backups / name)
            placed = (stage / name).exists()
            if placed:
                os.replace(stage / name, target)
                if name != MANIFEST_NAME:
                    written.append(target)
            elif target.is_file():
                os.unlink(target)
            done.append((name, had, placed))
        if (stage / STORE_NAME).is_dir():
            _replace_dir(stage / STORE_NAME, out_dir / STORE_NAME, stage)
            written.append(out_dir / STORE_NAME)
        elif not with_store and (out_dir / STORE_NAME).is_dir() and _is_ours(out_dir / STORE_NAME, STORE_NAME, None):
            os.rename(out_dir / STORE_NAME, stage / "old-store")  # removed with the stage
    except OSError:
        for name, had, placed in reversed(done):
            try:
                if had:
                    os.replace(backups / name, out_dir / name)
                elif placed:
                    os.unlink(out_dir / name)  # an output the previous build did not have
            except OSError:
                pass  # the system refuses this too: the first error is the one to report
        raise
    return written


def _hard_link(target: Path, link: Path) -> bool:
    """A second name for ``target`` to restore it from; False where the file system has no hard links."""
    try:
        os.link(target, link)
    except OSError:
        return False
    return True


def page_title(reports: Sequence[tuple[str, ReportGraph | ReportSummary]]) -> str:
    """Title of graph.html: the report's own title, or how many reports and which years."""
    summaries = [(slug, r if isinstance(r, ReportSummary) else ReportSummary.of(r)) for slug, r in reports]
    if len(summaries) == 1:
        one = summaries[0][1]
        return one.title or one.issuer or summaries[0][0]
    years = sorted(y for _, r in summaries if (y := r.year))
    span = f", {years[0]}–{years[-1]}" if years and years[0] != years[-1] else (f", {years[0]}" if years else "")
    return f"kgreport: {len(summaries)} reports{span}"


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


class StoreFeed:
    """The SPARQL store, loaded in batches while the reports stream past.

    Each report's named graph (TriG) is gathered until a batch holds ``batch``
    characters, then loaded in the store's layout (:func:`kgreport.graph.store.load_quads`:
    the report's own triples in its graph, shared ones once in the shared graph) in a
    second thread while the next batch is gathered (pyoxigraph releases the GIL). One
    batch loads at a time, so memory is bounded by the batch, not by the corpus. The
    derived facts (:func:`kgreport.graph.store.materialize_aggregates`) follow the last
    batch, derived from what :meth:`note` tallied of each report's triples as the build wrote them
    (:class:`kgreport.graph.store_tally.BuildTally`), not from queries over the store. The quads equal
    those of :func:`kgreport.graph.store.write_store` on graph.trig.

    With ``previous`` (the store of the build before, with its :data:`STORE_REPORTS`) the
    store starts as a copy of it (RocksDB's backup: hard links to its files) and only the
    reports it does not hold are loaded; the derived facts are derived again. The store is a
    set of quads and a report's named graph and shared triples are a function of its TriG
    text, so this is exact when every report of the previous store comes again with the same
    text (same hash); when the build has exactly the previous reports, unchanged, the copy's derived
    facts are kept too. When some of them changed or are gone, :meth:`finish` replaces their
    named graphs and removes the shared triples no report states any more
    (:meth:`_replace_stale`, from ``previous_trig``, the graph.trig the copy was loaded from,
    and ``trig``, the staged one); without the previous graph.trig it loads the store whole
    from ``trig``, as a fresh build would.
    """

    def __init__(
        self, store_dir: Path, *, batch: int = 16 << 20, previous: Path | None = None, trig: Path | None = None,
        previous_trig: Path | None = None,
    ) -> None:
        import pyoxigraph as ox

        from kgreport.graph import store
        from kgreport.graph import store_tally as tally_module

        self._ox = ox
        self._layout = store
        self.store_dir = store_dir
        self._trig = trig
        self._previous, self._previous_trig = previous, previous_trig
        self._old: dict[str, str] = _previous_reports(previous) if previous is not None and trig is not None else {}
        self.store: Any = None
        if self._old:
            try:
                ox.Store.read_only(str(previous)).backup(str(store_dir))
                self.store = ox.Store(str(store_dir))
            except OSError:
                shutil.rmtree(store_dir, ignore_errors=True)
                self._old = {}
        if self.store is None:
            self.store = ox.Store(str(store_dir))
        self.reused = bool(self._old)  # the previous store was copied (until a changed report says otherwise)
        self.loaded = 0  # reports (named graphs) loaded by this build, not taken from the copy
        self._hashes: dict[str, Any] = {}  # report IRI (Turtle term) -> running sha256 of its TriG pieces
        self._batch = batch
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgreport-store")
        self._loading: Future[None] | None = None
        self._graphs: list[str] = []
        self._size = 0
        # (beside the store, not in it: RocksDB's folder must hold only its own files)
        self._tally: Any = tally_module.BuildTally(store_dir.parent / f".{store_dir.name}-tally.sqlite")

    def note(self, piece: rdf.BlockPiece) -> None:
        """Tally a piece of a report's triples for the derived facts (every report of the build, whether loaded or held
        by the copy)."""
        self._tally.add_piece(piece)

    def add(self, graph: str) -> None:
        """One report, or a piece of one: its named graph as TriG (no prefixes: they are added here)."""
        name = graph[: graph.index(" {")]
        digest = self._hashes.get(name)
        if digest is None:
            digest = self._hashes[name] = hashlib.sha256()
            if name not in self._old:
                self.loaded += 1
        digest.update(graph.encode("utf-8"))
        if name in self._old:
            return  # held by the copy if its text is unchanged (checked at finish)
        self._graphs.append(graph)
        self._size += len(graph)
        if self._size >= self._batch:
            self._submit()

    def _submit(self) -> None:
        if not self._graphs:
            return
        head = rdf.prefix_lines()
        graphs = (head + "".join(self._graphs)).encode("utf-8")
        self._graphs, self._size = [], 0
        if self._loading is not None:
            self._loading.result()  # the previous batch first: one in memory at a time
        self._loading = self._pool.submit(self._load, graphs)

    def _load(self, graphs: bytes) -> None:
        self._layout.load_quads(self.store, self._ox.parse(input=graphs, format=self._ox.RdfFormat.TRIG))

    def report_hashes(self) -> dict[str, str]:
        """Report IRI -> sha256 of its named graph's TriG, for every report this build fed."""
        return {name: h.hexdigest() for name, h in sorted(self._hashes.items())}

    def _copy_holds_exactly_these(self) -> bool:
        return self.report_hashes().items() >= self._old.items()

    def finish(self) -> Future[None]:
        """Load what is left; the future is done when the store is complete and closed."""
        self._submit()
        previous = self._loading
        hashes = self.report_hashes()

        def close() -> None:
            if previous is not None:
                previous.result()
            if self.reused and not self._copy_holds_exactly_these() and not self._replace_stale(hashes):
                # without the previous graph.trig the stale shared triples are unknown: load it all
                self.store = None
                shutil.rmtree(self.store_dir)
                self.store = self._ox.Store(str(self.store_dir))
                assert self._trig is not None
                self._layout.load_quads(self.store, self._ox.parse(path=str(self._trig), format=self._ox.RdfFormat.TRIG))
                self.reused, self.loaded = False, len(hashes)
            if not (self.reused and hashes == self._old):
                # (the same reports with the same texts: the copy's derived facts are this store's; deriving them
                # again cost 14 CPU s for 96 corpus reports)
                # The store now holds exactly this build's reports, each tallied by note(): their tally gives the
                # rows the store's queries would (on 96 corpus reports: tally 0.55 + rows ~0.1 CPU s, the queries 5.2-5.5)
                self._layout.materialize_aggregates(self.store, self._tally if self._tally.complete else None)
            self._tally.close()
            self.store.flush()
            self.store = None  # closes the RocksDB folder
            state = {"version": _store_state_version(), "reports": hashes}
            (self.store_dir / STORE_REPORTS).write_text(json.dumps(state, indent=0) + "\n", encoding="utf-8")

        done = self._pool.submit(close)
        self._pool.shutdown(wait=False)
        return done

    def _replace_stale(self, hashes: dict[str, str]) -> bool:
        """Bring the copy up to date for reports that changed or are gone; False when it cannot (then load all).

        Their named graphs are dropped; of the triples they shared (read from the previous
        graph.trig, which the copy was loaded from: its hash is in the store's marker), those no
        report of this build states any more (the staged graph.trig) are removed from the shared
        graph; the changed reports' new named graphs are loaded from the staged graph.trig.
        """
        ox, layout = self._ox, self._layout
        old_trig = self._previous_trig
        if old_trig is None or self._trig is None or not old_trig.is_file():
            return False
        try:
            marker = json.loads((self._previous / STORE_MARKER).read_text(encoding="utf-8"))  # type: ignore[operator]
        except (OSError, ValueError, TypeError):
            return False
        if not isinstance(marker, dict) or marker.get("graph sha256") != _sha256(old_trig):
            return False
        stale = {ox.NamedNode(name[1:-1]) for name, h in self._old.items() if hashes.get(name) != h}
        changed = {g for g in stale if f"<{g.value}>" in hashes}
        candidates = {
            (q.subject, q.predicate, q.object)
            for q in layout.layout_quads(q for q in ox.parse(path=str(old_trig), format=ox.RdfFormat.TRIG) if q.graph_name in stale)
            if q.graph_name == layout.SHARED_GRAPH
        }
        for g in stale:
            self.store.remove_graph(g)
        again: list[Any] = []  # the changed reports' quads, as this build wrote them
        stated: set[tuple[Any, Any, Any]] = set()
        written, laid = itertools.tee(ox.parse(path=str(self._trig), format=ox.RdfFormat.TRIG))
        for q, placed in zip(written, layout.layout_quads(laid)):  # one laid-out quad per quad, in order
            if placed.graph_name == layout.SHARED_GRAPH:
                triple = (q.subject, q.predicate, q.object)
                if triple in candidates:
                    stated.add(triple)
            if q.graph_name in changed:
                again.append(q)
        for s, p, o in candidates - stated:
            self.store.remove(ox.Quad(s, p, o, layout.SHARED_GRAPH))
        layout.load_quads(self.store, again)
        return True

    def abort(self) -> None:
        """Stop after a failure elsewhere: wait for the batch in flight, close the store (its folder goes with the stage)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.store = None
        self._tally.close()


def _store_state_version() -> str:
    """What a copied store must have been written by: this extractor and writer (any package file) and these prefixes."""
    from kgreport.build.cache import extractor_version

    return hashlib.sha256(f"{extractor_version()}\n{rdf.prefix_lines()}".encode()).hexdigest()


def _previous_reports(store_dir: Path) -> dict[str, str]:
    """Report IRI -> TriG hash of the store a previous build left in ``store_dir``; empty when it cannot be reused."""
    try:
        state = json.loads((store_dir / STORE_REPORTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(state, dict) or state.get("version") != _store_state_version() or not (store_dir / STORE_MARKER).is_file():
        return {}
    reports = state.get("reports")
    if not isinstance(reports, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in reports.items()):
        return {}
    return reports


def _stage_outputs(
    reports: Iterable[tuple[str, ReportGraph]], stage: Path, *, max_nodes: int,
    errors: Sequence[Skipped] | Callable[[], Sequence[Skipped]], with_store: bool = True,
    warnings: Sequence[tuple[str, str]] = (),
) -> tuple[list[str], Any, _Crossing]:
    """Write every output into ``stage``; returns the file names, in commit order, what the page drew, what crossed reports.

    The reports are written one at a time as they come, each a piece at a time (:func:`kgreport.graph.rdf.report_pieces`,
    :class:`kgreport.graph.rdf.GraphWriter`),
    and loaded into the store in batches in a second thread (:class:`StoreFeed`);
    graph.html is drawn at the end from the entities :class:`kgreport.build.page.PageSpill` picks,
    once the store is complete (so that the store's tally and the page's view are not held together).
    """
    from kgreport.html import render  # heavy imports (jinja2, pyoxigraph) only a build needs
    from kgreport.build.page import PageSpill

    mode = _file_mode()
    names = [TTL_NAME, TRIG_NAME, HTML_NAME]
    crossing = _Crossing([], {})
    page = PageSpill(stage / ".page.sqlite")
    feed = StoreFeed(
        stage / STORE_NAME, previous=stage.parent / STORE_NAME, trig=stage / TRIG_NAME, previous_trig=stage.parent / TRIG_NAME
    ) if with_store else None
    try:
        with open(stage / TTL_NAME, "w", encoding="utf-8", newline="\n") as ttl, \
                open(stage / TRIG_NAME, "w", encoding="utf-8", newline="\n") as trig:
            writer = rdf.GraphWriter(ttl, trig, spill=stage / ".entities.sqlite", tee=feed.add if feed else None)
            for slug, rg in reports:
                with _gc_paused():
                    # A piece at a time through all three: a long report's blocks are never all held at once.
                    for piece in rdf.report_pieces(rg, slug):
                        writer.add_piece(piece)
                        page.add_piece(piece)
                        if feed is not None:
                            feed.note(piece)
                        del piece  # before the next piece is made
                    crossing.add(slug, rg)
                del rg
            if not crossing.reports:
                raise EmptyInputError("no report could be read")
            with _gc_paused():
                writer.close()
        stored = feed.finish() if feed is not None else None
    except BaseException:
        if feed is not None:
            feed.abort()
        raise
    (stage / ".entities.sqlite").unlink(missing_ok=True)
    if stored is not None:
        # The store's derived facts first, then the page: run side by side, the store's tally and the
        # page's whole display graph were in memory at once (their sum was the build's peak).
        try:
            stored.result()  # raises what the store raised
        except BaseException:
            page.close()
            raise
    with _gc_paused():
        # The page indexes every entity (search, facets) and draws a few hundred at a time,
        # so it is given the whole display graph, not only what its first view draws.
        shown = page.view()
    try:
        with _gc_paused():  # the page reads its entities' evidence from the spill while it renders
            stats = render.render_html(shown, stage / HTML_NAME, max_nodes=max_nodes, title=page_title(crossing.reports))
            del shown
    finally:
        page.close()
        (stage / ".page.sqlite").unlink(missing_ok=True)
    if with_store:
        _mark_store(stage / STORE_NAME, stage / TRIG_NAME)
        os.chmod(stage / STORE_NAME, 0o777 & ~_umask())
    failures = errors() if callable(errors) else errors
    warned = [*warnings, *((r.source, w) for _, r in crossing.reports for w in r.warnings)]
    if failures or warned:
        text = "".join(f"== {s.path}\n{s.message}\n{s.detail}\n" for s in failures)
        text += "".join(f"== {source}\nwarning: {message}\n" for source, message in warned)
        (stage / ERRORS_NAME).write_text(text, encoding="utf-8")
        names.append(ERRORS_NAME)
    for name in names:
        os.chmod(stage / name, mode)
    return names, stats, crossing
