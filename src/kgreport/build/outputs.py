"""Writing a build's outputs atomically: staged inside ``<out>``, then renamed into place.

An interrupted or failed build leaves the previous outputs as they were; a
manifest and content checks make sure only outputs kgreport wrote are replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgreport.build.runner import Skipped
from kgreport.errors import ForeignOutputError, OutputWriteError
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
    warnings: Sequence[tuple[str, str]] = (),
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
                files, stats = _stage_outputs(
                    reports, stage, max_nodes=max_nodes, errors=errors, with_store=with_store, warnings=warnings
                )
                entries = _manifest_entries(stage, files)
                written = _commit(out_dir, stage, files, entries, with_store=with_store)
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    except OSError as exc:
        raise _write_error(exc, out_dir, stage) from exc
    return Written(tuple(written), stats.nodes_drawn, stats.nodes_total)


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
    with_store: bool = True, warnings: Sequence[tuple[str, str]] = (),
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
        assert shown is not None  # write_ttl_trig gathers the display triples unless told not to
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgreport-store") as background:
            stored = (
                background.submit(store.write_store, stage / TRIG_NAME, stage / STORE_NAME)
                if with_store else None
            )
            stats = render.render_html(shown, stage / HTML_NAME, max_nodes=max_nodes, title=page_title(reports))
            del shown
            if stored is not None:
                stored.result()  # raises what the store raised
    if with_store:
        _mark_store(stage / STORE_NAME, stage / TRIG_NAME)
        os.chmod(stage / STORE_NAME, 0o777 & ~_umask())
    if errors or warnings:
        text = "".join(f"== {s.path}\n{s.message}\n{s.detail}\n" for s in errors)
        text += "".join(f"== {source}\nwarning: {message}\n" for source, message in warnings)
        (stage / ERRORS_NAME).write_text(text, encoding="utf-8")
        names.append(ERRORS_NAME)
    for name in names:
        os.chmod(stage / name, mode)
    return names, stats
