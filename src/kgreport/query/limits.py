"""The defaults and limits of a query, apart from the worker that enforces them.

In a module of their own so that the CLI can show the defaults and build a
:class:`QueryLimits` without importing :mod:`kgreport.query.worker`
(multiprocessing, threads: part of ``kgreport query``'s start-up otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Default port of ``kgreport serve``: not Oxigraph's 7878, not in Debian's /etc/services, not the
#: default of a common triple store (Fuseki 3030, GraphDB 7200, Virtuoso 8890, Blazegraph 9999).
#: Here rather than in serve.py so that the CLI can show it without importing the server (start-up).
DEFAULT_PORT = 7383

#: Default time limit of one query, seconds (``serve``).
DEFAULT_TIMEOUT = 10.0
#: Default address-space cap of one query worker, MB.
DEFAULT_MAX_MEMORY_MB = 2048


@dataclass(frozen=True)
class QueryLimits:
    """Per-query limits: seconds of wall time and MB of address space (None: unlimited)."""

    timeout: float | None = DEFAULT_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
