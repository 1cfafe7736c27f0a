"""Queries under a time and memory limit, each run in a worker process.

pyoxigraph cannot cancel a running query, and a cartesian product or a huge
ORDER BY can take every core and all memory of the machine. So a limited
query runs in a separate process that can be killed: the parent waits for
the answer up to the time limit and kills the worker when it passes; the
worker's address space is capped (``RLIMIT_AS``), so a query that grows past
it ends that process, not the machine. Workers die with the thread that
started them (``PR_SET_PDEATHSIG``) and, where the kernel allows, live in a
network namespace of their own, so even a query that slipped past the gate
could reach no address.

The worker runs the same engine functions as the in-process path and sends
back the result's terms as plain tuples, rebuilt here unchanged, so results
are identical either way.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef

from kgreport.errors import BusyError, KgreportError, QueryError, QueryMemoryError, QueryTimeoutError, StoreError
from kgreport.procs import cap_memory, cut_network, die_with_parent
from kgreport.query.engine import CheckedQuery, Engine, QueryKind, QueryResult, Term
from kgreport.query.limits import DEFAULT_MAX_MEMORY_MB, DEFAULT_PORT, DEFAULT_TIMEOUT, QueryLimits

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["DEFAULT_MAX_MEMORY_MB", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "QueryLimits"]  # from limits, for older imports

#: How long a new worker may take to open its store or load its graph, seconds.
STARTUP_TIMEOUT = 300.0

# A worker killed by SIGABRT ran out of memory: Rust aborts when an allocation fails.
_SIGABRT = 6


@dataclass(frozen=True)
class QuerySource:
    """What a worker opens: a store folder (``store``) or a graph file (``memory``/``rdflib``)."""

    engine: Engine
    path: Path


# ----------------------------------------------------------------- transport

_Encoded = tuple


def _encode_term(term: Term | None) -> _Encoded | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("u", str(term))
    if isinstance(term, BNode):
        return ("b", str(term))
    return ("l", str(term), None if term.datatype is None else str(term.datatype), term.language)


def _decode_cell(data: _Encoded | None) -> Term | None:
    return None if data is None else _decode_term(data)


def _decode_term(data: _Encoded) -> Term:
    if data[0] == "u":
        return URIRef(data[1])
    if data[0] == "b":
        return BNode(data[1])
    _, lexical, datatype, lang = data
    if lang:
        return Literal(lexical, lang=lang)
    return Literal(lexical, datatype=None if datatype is None else URIRef(datatype), normalize=False)


def encode_result(result: QueryResult) -> tuple:
    """``result`` as plain tuples that pickle without rdflib's literal normalisation."""
    return (
        result.kind.value,
        result.variables,
        tuple(tuple(_encode_term(t) for t in row) for row in result.rows),
        result.boolean,
        tuple(tuple(_encode_term(t) for t in triple) for triple in result.triples),
    )


def decode_result(data: tuple) -> QueryResult:
    """The :class:`QueryResult` that :func:`encode_result` encoded."""
    kind, variables, rows, boolean, triples = data
    return QueryResult(
        QueryKind(kind),
        variables=tuple(variables),
        rows=tuple(tuple(_decode_cell(t) for t in row) for row in rows),
        boolean=boolean,
        triples=tuple((_decode_term(s), _decode_term(p), _decode_term(o)) for s, p, o in triples),
    )


# ----------------------------------------------------------------- worker side


def _open(source: QuerySource) -> ox.Store | Graph:
    from kgreport.query import engine as q

    if source.engine is Engine.STORE:
        return q.open_store(source.path, read_only=True)
    if source.engine is Engine.MEMORY:
        return q.load_memory_store(source.path)
    return q.load_rdflib(source.path)


def _worker_main(conn: Connection, source: QuerySource, max_memory_mb: int | None, parent_pid: int) -> None:
    """Entry point of a worker process: open the source, then answer queries until the pipe closes."""
    die_with_parent(parent_pid)
    cut_network()  # before anything starts a thread: the kernel requires one thread
    cap_memory(max_memory_mb)
    # Errors go back over the pipe; Rust's "memory allocation failed" banner
    # would otherwise land in the server's log or the user's terminal.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    from kgreport.query import engine as q

    try:
        engine = _open(source)
    except KgreportError as exc:
        conn.send(("error", exc))
        return
    except MemoryError:
        conn.send(("memory", None))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, kind = conn.recv()
        except (EOFError, OSError):
            return
        checked = CheckedQuery(text, QueryKind(kind))
        try:
            if isinstance(engine, Graph):
                result = q.query_rdflib(engine, checked)
            else:
                result = q.query_store(engine, checked)
            conn.send(("ok", encode_result(result)))
        except MemoryError:
            conn.send(("memory", None))
            return
        except KgreportError as exc:
            conn.send(("error", exc))
        except Exception as exc:  # noqa: BLE001 - reported to the parent as one line
            conn.send(("error", QueryError(f"query failed: {type(exc).__name__}: {exc}")))


# ----------------------------------------------------------------- parent side


def reply_error(status: str, payload: object) -> KgreportError:
    """The error a worker's reply other than the one expected stands for.

    A worker reports a failure as ``("error", KgreportError)``; anything else
    in its place is a protocol slip, told as a QueryError rather than raised
    as whatever object came over the pipe.
    """
    if status == "error" and isinstance(payload, KgreportError):
        return payload
    return QueryError(f"the query worker sent an unexpected reply ({status!r})")


class QueryWorker:
    """One worker process over one source, answering one query at a time."""

    def __init__(self, source: QuerySource, limits: QueryLimits) -> None:
        self.limits = limits
        ctx = mp.get_context("spawn")  # fork would copy a threaded server's locks
        self._conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main,
            args=(child, source, limits.max_memory_mb, os.getpid()),
            name="kgreport-query",
            daemon=True,
        )
        self.process.start()
        child.close()
        try:
            status, payload = self._receive(STARTUP_TIMEOUT, starting=True)
        except BaseException:
            self.kill()
            raise
        if status != "ready":
            self.kill()
            raise reply_error(status, payload)

    @property
    def pid(self) -> int | None:
        """The worker's process id."""
        return self.process.pid

    def _died(self) -> QueryError:
        self.process.join(5)
        code = self.process.exitcode
        limit = self.limits.max_memory_mb
        if code == -_SIGABRT:
            return QueryMemoryError(f"query stopped at the memory limit of {limit} MB")
        return QueryError(f"the query worker ended unexpectedly (exit status {code})")

    def _receive(self, timeout: float | None, *, starting: bool = False) -> tuple[str, object]:
        if not self._conn.poll(timeout):
            self.kill()
            if starting:
                raise StoreError(f"the query worker did not start within {timeout:g} s")
            raise QueryTimeoutError(f"query stopped at the time limit of {timeout:g} s")
        try:
            status, payload = self._conn.recv()
        except (EOFError, OSError):
            error = self._died()
            self.kill()
            raise error from None
        if status == "memory":
            self.kill()
            raise QueryMemoryError(f"query stopped at the memory limit of {self.limits.max_memory_mb} MB")
        return status, payload

    def run(self, query: CheckedQuery) -> QueryResult:
        """The answer to ``query``; the worker is killed when a limit is hit (and must then be replaced)."""
        try:
            self._conn.send((query.text, query.kind.value))
        except (BrokenPipeError, OSError):
            error = self._died()
            self.kill()
            raise error from None
        status, payload = self._receive(self.limits.timeout)
        if status == "ok" and isinstance(payload, tuple):
            return decode_result(payload)
        failure = reply_error(status, payload)
        if status != "error":
            self.kill()  # out of step with the worker: its next reply cannot be trusted either
        raise failure

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.process.is_alive()

    def kill(self) -> None:
        """End the worker now and reap it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self._conn.close()


def run_limited(source: QuerySource, query: CheckedQuery, limits: QueryLimits) -> QueryResult:
    """Run one query in a fresh worker under ``limits`` (loading the source is not timed)."""
    worker = QueryWorker(source, limits)
    try:
        return worker.run(query)
    finally:
        worker.kill()


class WorkerPool:
    """A fixed number of query workers shared by a server's request threads.

    Workers are started (and replaced after a kill) by one long-lived thread,
    since a worker dies with the thread that started it. A request waits for
    an idle worker at most ``wait`` seconds, then gets :class:`BusyError`.
    """

    def __init__(self, source: QuerySource, limits: QueryLimits, size: int = 2) -> None:
        self.source = source
        self.limits = limits
        self.size = max(1, size)
        self._idle: queue.Queue[QueryWorker] = queue.Queue()
        self._starts: queue.Queue[bool] = queue.Queue()
        self._all: set[QueryWorker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._first = threading.Event()
        self._first_error: KgreportError | None = None
        self._thread = threading.Thread(target=self._starter, name="kgreport-query-workers", daemon=True)
        self._thread.start()
        for _ in range(self.size):
            self._starts.put(True)
        self._first.wait()
        if self._first_error is not None:
            self.close()
            raise self._first_error

    def _starter(self) -> None:
        while self._starts.get():
            try:
                worker = QueryWorker(self.source, self.limits)
            except KgreportError as exc:
                if not self._first.is_set():
                    self._first_error = exc
                    self._first.set()
                    return
                time.sleep(1.0)  # the source may be back later; try again
                self._starts.put(True)
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
                self._all.add(worker)
            self._idle.put(worker)
            self._first.set()

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return [w.pid for w in self._all if w.pid is not None and w.alive]

    def run(self, query: CheckedQuery, wait: float | None = None) -> QueryResult:
        """Run ``query`` on an idle worker, waiting for one at most ``wait`` seconds."""
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise BusyError("every query worker is busy; try again shortly") from None
        try:
            result = worker.run(query)
        except (QueryTimeoutError, QueryMemoryError):
            self._replace(worker)
            raise
        except KgreportError:
            if worker.alive:
                self._idle.put(worker)
            else:
                self._replace(worker)
            raise
        except BaseException:
            self._replace(worker)
            raise
        self._idle.put(worker)
        return result

    def _replace(self, worker: QueryWorker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        self._starts.put(True)

    def close(self) -> None:
        """Kill every worker and stop starting new ones."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._starts.put(False)
        for worker in workers:
            worker.kill()
