"""Child-process hygiene shared by query workers and build workers (Linux; no-ops elsewhere)."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import sys

_PR_SET_PDEATHSIG = 1
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_M_ARENA_MAX = -8  # glibc mallopt parameter


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def die_with_parent(parent_pid: int | None = None) -> None:
    """Have the kernel kill this process when the thread that started it ends.

    Called first thing in a child process; when ``parent_pid`` is given and
    that parent is already gone (it died before this call), exit at once.
    """
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


def cut_network() -> bool:
    """Move this process into new user and network namespaces, where no address is reachable.

    Best effort: True when it worked. It needs a single-threaded process and
    unprivileged user namespaces; where the kernel refuses, nothing changes.
    """
    libc = _libc()
    if libc is None:
        return False
    return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0


def few_malloc_arenas(arenas: int = 2) -> bool:
    """Let glibc's malloc use at most ``arenas`` arenas in this process (True when it took).

    glibc reserves up to 128 MB of address space for each thread's arena, so the store's
    threads alone put a worker's address space anywhere between ~550 MB and past 1 GB from
    one start to the next, and a ``--max-memory`` cap on the address space stopped a worker
    before its first query now and then. Call it before the cap and before any thread starts.
    """
    libc = _libc()
    if libc is None or not hasattr(libc, "mallopt"):
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, arenas))


def cap_memory(megabytes: int | None) -> None:
    """Limit this process's address space to ``megabytes`` (None: no limit)."""
    if megabytes:
        few_malloc_arenas()
        limit = int(megabytes) << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
