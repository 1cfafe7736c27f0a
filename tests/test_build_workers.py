"""Worker processes of a build end with it, even when the build is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import BUNDLED

SRC = Path(__file__).resolve().parent.parent / "src"


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process from /proc, or None when there is no such process."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # the command name may hold spaces and parentheses
    return fields[0], int(fields[1])


def _children(pid: int) -> list[int]:
    return [int(d.name) for d in Path("/proc").iterdir()
            if d.name.isdigit() and (st := _stat(int(d.name))) is not None and st[1] == pid]


def _ended(pid: int) -> bool:
    st = _stat(pid)
    return st is None or st[0] == "Z"  # gone, or dead and waiting for a reaper


def test_workers_die_when_the_build_is_killed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = BUNDLED.read_text(encoding="utf-8")
    for i in range(40):  # enough work that the pool is still busy when the build is killed
        (inputs / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kgreport", "build", str(inputs), "--out", str(tmp_path / "out"), "-j", "2", "--no-cache"],
        env=dict(os.environ, PYTHONPATH=str(SRC)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        pids: list[int] = []
        while len(pids) < 2:
            assert proc.poll() is None, "the build ended before its workers could be seen"
            assert time.monotonic() < deadline, "no worker processes appeared"
            time.sleep(0.2)
            pids = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)  # the build only, not its process group
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while not all(_ended(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert all(_ended(p) for p in pids), [p for p in pids if not _ended(p)]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left, so a failing run cleans up
        except (ProcessLookupError, PermissionError):
            pass
