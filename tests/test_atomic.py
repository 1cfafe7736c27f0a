"""Nothing is lost: a failed or killed build leaves the previous outputs as they were."""

from __future__ import annotations

import concurrent.futures

import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

import kgreport.build.page  # noqa: F401 - imported with the real page renderer, before a test puts in a fake one
from kgreport.build import outputs, pipeline
from kgreport.errors import OutputWriteError
from kgreport.graph import rdf
from kgreport.resources import bundled_reports_dir

SEED = bundled_reports_dir() / "kaihua-2023.txt"
SRC = Path(__file__).resolve().parent.parent / "src"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reports"


def _snapshot(out: Path) -> dict[str, str]:
    """Digest of every output file under ``out`` (the cache, the lock file and staging folders aside)."""
    snap = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if rel.parts[0] in (".cache", ".lock") or rel.parts[0].startswith(".build-") or not p.is_file():
            continue
        snap[rel.as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return snap


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith((".build-", ".graph.", ".store")))


def _report(county: str) -> str:
    return f"{county}人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县人民医院新院区建成投用。\n"


@pytest.fixture
def fake_render_and_store(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """Stand-ins for kgreport.html.render and kgreport.graph.store that can be told to fail."""
    state = types.SimpleNamespace(fail_render=False, fail_store=False)

    def render_html(graph, path, *, max_nodes=3000, title="kgreport", whole=None):  # type: ignore[no-untyped-def]
        Path(path).write_text(f"<html>{len(graph)} triples, max {max_nodes}", encoding="utf-8")
        if state.fail_render:
            raise RuntimeError("render failed")
        return types.SimpleNamespace(nodes_drawn=1, nodes_total=1)

    class StoreFeed:  # the build loads the store in batches as reports stream past
        def __init__(self, store_dir, batch=0, **where):  # type: ignore[no-untyped-def]
            self.dir = Path(store_dir)
            self.dir.mkdir()
            self.graphs: list[str] = []

        def add(self, graph):  # type: ignore[no-untyped-def]
            self.graphs.append(graph)

        def note(self, blocks):  # type: ignore[no-untyped-def]
            pass  # the real feed tallies each report's triples for the derived facts

        def finish(self):  # type: ignore[no-untyped-def]
            (self.dir / "data").write_text(rdf.prefix_lines() + "".join(self.graphs), encoding="utf-8")
            done: concurrent.futures.Future[None] = concurrent.futures.Future()
            if state.fail_store:
                done.set_exception(OSError("disk full"))
            else:
                done.set_result(None)
            return done

        def abort(self):  # type: ignore[no-untyped-def]
            pass

    def write_store(source, store_dir, merged=None):  # type: ignore[no-untyped-def]
        raise AssertionError("a build loads the store through StoreFeed")

    import kgreport.graph
    import kgreport.html

    # ``from kgreport.html import render`` reads the package attribute first, then sys.modules.
    for package, name, fake in (
        (kgreport.html, "render", types.SimpleNamespace(render_html=render_html)),
        (kgreport.graph, "store", types.SimpleNamespace(write_store=write_store)),
    ):
        monkeypatch.setitem(sys.modules, f"{package.__name__}.{name}", fake)
        monkeypatch.setattr(package, name, fake, raising=False)
    monkeypatch.setattr(outputs, "StoreFeed", StoreFeed)
    return state


@pytest.fixture
def two_builds(tmp_path: Path) -> tuple[list[str], list[str]]:
    d = tmp_path / "in"
    d.mkdir()
    for name, county in (("a.txt", "安吉县"), ("b.txt", "婺源县")):
        (d / name).write_text(_report(county), encoding="utf-8")
    return [str(d / "a.txt")], [str(d / "a.txt"), str(d / "b.txt")]


# ---------------------------------------------------------------- in-process failures


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def failing(p: Path) -> None:
        p.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError):
        outputs._atomic_write(target, failing)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_atomic_write_gives_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    outputs._atomic_write(target, lambda p: p.write_text("new", encoding="utf-8"))
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("stage", ["rdf", "render", "store"])
def test_a_failing_build_leaves_every_output_as_it_was(
    stage: str, tmp_path: Path, fake_render_and_store: types.SimpleNamespace, two_builds, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_builds
    out = tmp_path / "out"
    pipeline.build(first, out, jobs=1)
    assert {"graph.ttl", "graph.trig", "graph.html", "store/data"} <= set(_snapshot(out))
    before = _snapshot(out)
    if stage == "rdf":
        real = rdf.GraphWriter.close

        def half(self):  # type: ignore[no-untyped-def]
            real(self)  # every report written into the staging folder, then memory runs out
            raise MemoryError("out of memory")

        monkeypatch.setattr(rdf.GraphWriter, "close", half)
    elif stage == "render":
        fake_render_and_store.fail_render = True
    else:
        fake_render_and_store.fail_store = True
    # An OSError of the system (the store's disk full) becomes the one-line OutputWriteError.
    with pytest.raises((MemoryError, RuntimeError, OutputWriteError)):
        pipeline.build(second, out, jobs=1)
    assert _snapshot(out) == before
    assert _leftovers(out) == []


def test_every_output_is_replaced_and_the_store_looks_newer(tmp_path: Path, fake_render_and_store, two_builds) -> None:  # type: ignore[no-untyped-def]
    first, second = two_builds
    out = tmp_path / "out"
    pipeline.build(first, out, jobs=1)
    before = _snapshot(out)
    result = pipeline.build(second, out, jobs=1)
    after = _snapshot(out)
    assert set(after) == set(before)
    assert all(after[k] != before[k] for k in after)
    assert (out / "store" / "data").read_bytes() == (out / "graph.trig").read_bytes()
    assert (out / "store").stat().st_mtime >= (out / "graph.ttl").stat().st_mtime
    assert set(result.outputs) == {out / n for n in ("graph.ttl", "graph.trig", "graph.html", "store")}
    assert _leftovers(out) == []


def test_store_swap_without_an_atomic_exchange(tmp_path: Path, fake_render_and_store, two_builds, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    first, second = two_builds
    out = tmp_path / "out"
    pipeline.build(first, out, jobs=1)
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    pipeline.build(second, out, jobs=1)
    assert (out / "store" / "data").read_bytes() == (out / "graph.trig").read_bytes()
    assert _leftovers(out) == []


def test_a_swap_cut_between_its_two_renames_is_rolled_forward(tmp_path: Path, fake_render_and_store, two_builds) -> None:  # type: ignore[no-untyped-def]
    first, second = two_builds
    out = tmp_path / "out"
    pipeline.build(first, out, jobs=1)
    # What a build killed between "store -> stage/store.old" and "stage/store -> store" leaves.
    stage = out / ".build-killed"
    (stage / "store").mkdir(parents=True)
    (stage / "store" / "data").write_bytes((out / "graph.trig").read_bytes())
    os.rename(out / "store", stage / "store.old")
    (out / ".graph.ttl.abc123").write_text("partial", encoding="utf-8")
    outputs._recover(out)
    assert (out / "store" / "data").read_bytes() == (out / "graph.trig").read_bytes()
    assert _leftovers(out) == []


def test_exchange_swaps_two_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a", encoding="utf-8")
    (b / "x").write_text("b", encoding="utf-8")
    if not outputs._exchange(a, b):
        pytest.skip("no renameat2 exchange on this system")
    assert (a / "x").read_text(encoding="utf-8") == "b" and (b / "x").read_text(encoding="utf-8") == "a"


# ---------------------------------------------------------------- a killed build


def _corpus_sample(n: int) -> list[str]:
    files = sorted(CORPUS.glob("*.txt"))
    if len(files) < n:
        pytest.skip("the shared corpus is not here")
    step = len(files) // n
    return [str(f) for f in files[::step][:n]]


def _start(inputs: list[str], out: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen(
        [sys.executable, "-m", "kgreport", "build", *inputs, "--out", str(out), *extra],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def _kill(proc: subprocess.Popen) -> None:
    """SIGKILL the build and the worker processes it started (its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["extracting", "writing"])
def test_killing_a_build_midway_leaves_the_previous_outputs(moment: str, tmp_path: Path) -> None:
    big = _corpus_sample(20)
    out = tmp_path / "out"
    if moment == "writing":
        # Fill the cache first, so that the killed build reaches the writing stage at once.
        subprocess.run(
            [sys.executable, "-m", "kgreport", "build", *big, "--out", str(out), "-j", "2"],
            env=dict(os.environ, PYTHONPATH=str(SRC)), check=True, capture_output=True,
        )
    pipeline.build([str(SEED)], out, jobs=1)
    before = _snapshot(out)
    assert {"graph.ttl", "graph.trig"} <= set(before)

    if moment == "extracting":
        proc = _start(big, out, "-j", "2", "--no-cache")
        time.sleep(1.5)
        assert proc.poll() is None, "the build ended before it could be killed"
    else:
        proc = _start(big, out, "-j", "2")
        deadline = time.monotonic() + 60
        while not list(out.glob(".build-*")):
            assert proc.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.001)
    _kill(proc)
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(out) == before
    if moment == "writing":
        assert _leftovers(out), "killed while writing: its staging folder is still there"

    # The next build cleans up what the killed one left and completes.
    result = pipeline.build([str(SEED)], out, jobs=1)
    assert result.cached == 1
    assert _leftovers(out) == []
    # Same input, same files (a store's database files are not byte-stable from one load to the next).
    files = {k: v for k, v in before.items() if not k.startswith("store/")}
    assert {k: v for k, v in _snapshot(out).items() if not k.startswith("store/")} == files
