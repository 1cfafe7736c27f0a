"""Extraction cache: an unchanged report is not extracted again.

An entry is keyed by the SHA-256 of the raw input bytes, the file name, the
``--encoding`` option and the extractor version (``kgreport.__version__``
plus a hash of everything in ``data/`` and every ``.py`` file of the package), so any change to
one of them misses. Entries are JSON (never pickle: an ``out/`` folder may
come from someone else) with a checksum of the payload; an entry that is
truncated, altered or of another schema is ignored and overwritten.

Layout: ``<out>/.cache/extract-<version>/<key>.json``; folders of other
extractor versions are removed when a cache is opened, so the cache never
holds more than one version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import types
import typing
from enum import Enum
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from kgreport import __version__, segment
from kgreport.models import ReportGraph
from kgreport.resources import data_dir, user_rules_digest

#: Bumped when the entry layout changes (not the models: a model change fails to decode).
CACHE_FORMAT = 1
CACHE_DIRNAME = ".cache"
_ENTRY_PREFIX = "extract-"


def package_dir() -> Path:
    """Folder of the ``kgreport`` package whose source is part of the extractor version."""
    return Path(__file__).resolve().parent.parent


@cache
def extractor_version() -> str:
    """Hex digest naming this extractor: version, all of ``data/``, all package source.

    Every ``.py`` file under the package (subpackages too) counts, so an edited rule in
    Python, wherever its module sits, invalidates cached results as an edited data file does.
    Hashing modules that cannot change extraction (the CLI, the writers) only costs a
    re-extraction after editing them; a list of names to skip would silently miss new modules.
    """
    h = hashlib.sha256(f"kgreport {__version__} cache {CACHE_FORMAT} {segment.cutter_id()}\n".encode())
    roots = (("data", data_dir(), None), ("code", package_dir(), ".py"))
    for name, root, suffix in roots:
        if not root.is_dir():
            continue
        for f in sorted(root.rglob("*")):
            if not f.is_file() or "__pycache__" in f.parts or (suffix and f.suffix != suffix):
                continue
            h.update(f"{name}/{f.relative_to(root).as_posix()}\n".encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def cache_key(raw: bytes, source: str, encoding: str | None) -> str:
    """Key of one input: its bytes, its file name (it is stored in the graph), ``--encoding`` and the user rules folder's files."""
    h = hashlib.sha256()
    h.update(hashlib.sha256(raw).digest())
    h.update(f"\0{source}\0{encoding or ''}\0{extractor_version()}\0{user_rules_digest()}".encode())
    return h.hexdigest()


class ExtractionCache:
    """Extracted ``ReportGraph``s stored under ``<out>/.cache/``."""

    def __init__(self, out_dir: Path) -> None:
        self.root = Path(out_dir) / CACHE_DIRNAME
        self.dir = self.root / f"{_ENTRY_PREFIX}{extractor_version()[:24]}"
        self.hits = 0
        self.misses = 0
        self._pruned = False

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def get(self, key: str) -> ReportGraph | None:
        """The cached graph for ``key``, or None when absent or not trustworthy."""
        try:
            blob = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        graph = _decode_entry(blob, key)
        if graph is None:
            self.misses += 1
        else:
            self.hits += 1
        return graph

    def put(self, key: str, graph: ReportGraph) -> None:
        """Store ``graph`` under ``key`` (atomically; a failure to write only costs speed)."""
        try:
            self._prune_other_versions()
            self.dir.mkdir(parents=True, exist_ok=True)
            blob = encode_entry(key, graph)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.dir)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(blob)
                os.replace(tmp, self._path(key))
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass  # a read-only or full disk must not fail the build; the next build extracts again

    def _prune_other_versions(self) -> None:
        if self._pruned:
            return
        self._pruned = True
        if not self.root.is_dir():
            return
        for d in self.root.iterdir():
            if d.is_dir() and d.name.startswith(_ENTRY_PREFIX) and d != self.dir:
                shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------- JSON codec


def encode_entry(key: str, graph: ReportGraph) -> bytes:
    """Entry bytes: a header line (format, key, payload checksum), then the payload."""
    payload = json.dumps(_encode(graph), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"format": CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    return json.dumps(header).encode() + b"\n" + payload


def _decode_entry(blob: bytes, key: str) -> ReportGraph | None:
    head, sep, payload = blob.partition(b"\n")
    if not sep:
        return None
    try:
        header = json.loads(head)
        if (
            not isinstance(header, dict)
            or header.get("format") != CACHE_FORMAT
            or header.get("key") != key
            or header.get("sha256") != hashlib.sha256(payload).hexdigest()
        ):
            return None
        graph = _decode(ReportGraph, json.loads(payload))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    return graph if _consistent(graph) else None


def _consistent(g: ReportGraph) -> bool:
    """Offsets still cut the sentence texts out of the document text."""
    text = g.document.text
    return all(text[s.start : s.end] == s.text for s in g.sentences)


def _encode(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, tuple):
        return [_encode(v) for v in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(f"cannot cache a {type(obj).__name__}")


def _decode(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from JSON, checking every type on the way."""
    return _decoder(tp)(value)


def _fail(message: str) -> Any:
    raise TypeError(message)


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A checking decoder for ``tp``, built once per type (decoding a corpus calls it millions of times)."""
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp))
        names = frozenset(name for name, _ in fields)

        def dataclass_(v: Any) -> Any:
            if type(v) is not dict or v.keys() != names:
                _fail(f"fields of {tp.__name__} differ")
            return tp(**{name: dec(v[name]) for name, dec in fields})

        return dataclass_
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            if args[0] is str:

                def strings(v: Any) -> Any:
                    if type(v) is not list or not all(type(x) is str for x in v):
                        _fail("expected a list of strings")
                    return tuple(v)

                return strings
            if args[0] is int:

                def ints(v: Any) -> Any:
                    if type(v) is not list or not all(type(x) is int for x in v):
                        _fail("expected a list of integers")
                    return tuple(v)

                return ints

            def items(v: Any) -> Any:
                if type(v) is not list:
                    _fail("expected a list")
                return tuple(map(item, v))

            return items
        decs = tuple(_decoder(a) for a in args)

        def fixed(v: Any) -> Any:
            if type(v) is not list or len(v) != len(decs):
                _fail("tuple length differs")
            return tuple(d(x) for d, x in zip(decs, v))

        return fixed
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        optional = type(None) in args
        members = tuple(_decoder(a) for a in args if a is not type(None))

        def union(v: Any) -> Any:
            if v is None:
                return None if optional else _fail("unexpected null")
            for dec in members:
                try:
                    return dec(v)
                except (TypeError, ValueError, KeyError):
                    continue
            return _fail(f"no member of {tp} fits")

        return union
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is bool:
        return lambda v: v if type(v) is bool else _fail("expected a boolean")
    if tp is int:
        return lambda v: v if type(v) is int else _fail("expected an integer")
    if tp is float:
        return lambda v: float(v) if type(v) in (int, float) else _fail("expected a number")
    if tp is str:
        return lambda v: v if type(v) is str else _fail("expected a string")
    raise TypeError(f"unsupported type {tp!r}")
