"""An OS error while writing the outputs (read-only, disk full, permission) is one line, exit 15, the previous outputs intact.

Tests run as root, where permission bits do not stop writes, so the system's refusals are
simulated by making the call that would fail raise the OSError the system would raise.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kgreport.build import outputs, pipeline
from kgreport.cli import cli
from kgreport.errors import OutputWriteError
from kgreport.graph import rdf

REPORT_A = "安吉县人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县人民医院新院区建成投用。\n"
REPORT_B = "婺源县人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县第一中学新校区建成投用。\n"

ERRNOS = [errno.EROFS, errno.ENOSPC, errno.EACCES]


def _snapshot(out: Path) -> dict[str, str]:
    """Digest of every file under ``out`` but the build cache and the lock file."""
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] not in (".cache", ".lock")
    }


def _build(inputs: list[Path], out: Path, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["build", *map(str, inputs), "--out", str(out), "--jobs", "1", *extra])


def _error_lines(res: Result) -> list[str]:
    return [line for line in res.output.splitlines() if line.startswith("Error")]


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, list[Path]]:
    """An out folder holding a first build (with errors.log absent), and the inputs of a second, different one."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPORT_A, encoding="utf-8")
    b.write_text(REPORT_B, encoding="utf-8")
    out = tmp_path / "out"
    res = _build([a], out)
    assert res.exit_code == 0, res.output
    return out, [a, b]


@pytest.mark.parametrize("code", ERRNOS, ids=[errno.errorcode[c] for c in ERRNOS])
def test_failing_to_write_graph_ttl_is_one_line_and_leaves_the_previous_outputs(
    built: tuple[Path, list[Path]], code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, inputs = built
    before = _snapshot(out)
    real = rdf.GraphWriter.close

    def half_written(self):  # type: ignore[no-untyped-def]
        real(self)  # graph.ttl half there in the staging folder, then the disk says no
        raise OSError(code, os.strerror(code), self.ttl.name)

    monkeypatch.setattr(rdf.GraphWriter, "close", half_written)
    res = _build(inputs, out)
    assert res.exit_code == OutputWriteError.exit_code == 15, res.output
    assert "Traceback" not in res.output
    [line] = _error_lines(res)
    assert line == f"Error: {out / 'graph.ttl'}: cannot write the outputs ({os.strerror(code)}); the previous outputs are unchanged"
    assert _snapshot(out) == before
    assert not [p.name for p in out.iterdir() if p.name.startswith(".build-")]


@pytest.mark.parametrize("code", ERRNOS, ids=[errno.errorcode[c] for c in ERRNOS])
@pytest.mark.parametrize("refused", ["graph.trig", "graph.html", ".kgreport-outputs.json"])
def test_a_rename_refused_halfway_through_the_commit_puts_the_renamed_outputs_back(
    built: tuple[Path, list[Path]], code: int, refused: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, inputs = built
    before = _snapshot(out)
    real = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        # graph.ttl (and more, for later names) has already been renamed into place when this one fails
        if Path(dst) == out / refused:
            raise OSError(code, os.strerror(code), str(src), str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    res = _build(inputs, out)
    assert res.exit_code == 15, res.output
    [line] = _error_lines(res)
    assert "cannot write the outputs" in line and str(out) in line
    assert _snapshot(out) == before


def test_a_new_output_is_removed_again_when_the_commit_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first build into an empty folder that fails at the last rename leaves no output at all."""
    a = tmp_path / "a.txt"
    a.write_text(REPORT_A, encoding="utf-8")
    out = tmp_path / "out"
    real = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst).name == ".kgreport-outputs.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(src))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    res = _build([a], out, "--no-store")
    assert res.exit_code == 15, res.output
    assert _snapshot(out) == {}


@pytest.mark.parametrize("under", ["file.txt/out", "file.txt/deeper/out"])
def test_an_out_folder_under_a_file_is_refused_before_extraction(
    tmp_path: Path, under: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = tmp_path / "a.txt"
    a.write_text(REPORT_A, encoding="utf-8")
    (tmp_path / "file.txt").write_text("notes", encoding="utf-8")

    def no_extraction(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("extraction ran before the out folder was checked")

    monkeypatch.setattr(pipeline, "stream_inputs", no_extraction)
    res = _build([a], tmp_path / under)
    assert res.exit_code == 15, res.output
    [line] = _error_lines(res)
    assert str(tmp_path / "file.txt") in line and "Not a directory" in line
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "notes"


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES], ids=["EROFS", "EACCES"])
def test_a_read_only_out_folder_is_refused_before_extraction(
    built: tuple[Path, list[Path]], code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, inputs = built
    before = _snapshot(out)

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(code, os.strerror(code), os.path.join(kwargs.get("dir", ""), ".write-test.x"))

    def no_extraction(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("extraction ran before the out folder was checked")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(pipeline, "stream_inputs", no_extraction)
    res = _build(inputs, out)
    assert res.exit_code == 15, res.output
    [line] = _error_lines(res)
    assert line.startswith(f"Error: {out}") and os.strerror(code) in line
    assert _snapshot(out) == before


def test_check_out_writable_makes_a_missing_folder(tmp_path: Path) -> None:
    outputs.check_out_writable(tmp_path / "new" / "out")
    assert (tmp_path / "new" / "out").is_dir() and list((tmp_path / "new" / "out").iterdir()) == []
