"""Worker processes of a build end with it, even when the build is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from conftest import BUNDLED

SRC = Path(__file__).resolve().parent.parent / "src"


def _ended(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE  # dead, waiting for a reaper
    except psutil.NoSuchProcess:
        return True


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
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        workers: list[psutil.Process] = []
        while len(workers) < 2:
            assert proc.poll() is None, "the build ended before its workers could be seen"
            assert time.monotonic() < deadline, "no worker processes appeared"
            time.sleep(0.2)
            workers = parent.children()
        pids = [w.pid for w in workers]
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
