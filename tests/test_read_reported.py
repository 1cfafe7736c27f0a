"""Nothing is lost silently while reading (issue 13, item 9): dropped bytes and unreadable folders are reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgreport.build import stages
from kgreport.cli import cli
from kgreport.errors import InputError
from kgreport.read.reader import collect_inputs, read_bytes, read_document

REPORT = (
    "某某县人民政府工作报告\n各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。\n"
    "过去一年，全县地区生产总值增长百分之六，新建高标准农田一万亩，建成乡村振兴示范带三条。\n"
)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("one bad byte", REPORT.encode("utf-8")[:30] + b"\xff" + REPORT.encode("utf-8")[30:],
         "r.txt: 1 invalid UTF-8 byte sequence dropped (the first at byte 30)"),
        ("a cut character and a stray byte", REPORT.encode("utf-8")[:31] + REPORT.encode("utf-8")[33:60] + b"\x80" + REPORT.encode("utf-8")[60:],
         "r.txt: 2 invalid UTF-8 byte sequences dropped (the first at byte 30)"),
    ],
)
def test_dropped_bytes_are_a_warning(name: str, data: bytes, message: str) -> None:
    doc = read_bytes(data, "r.txt")
    assert doc.encoding == "utf-8"
    assert doc.warnings == (message,), name
    assert stages.extract(doc).warnings[0] == message


def test_clean_utf8_has_no_warning() -> None:
    assert read_bytes(REPORT.encode("utf-8"), "r.txt").warnings == ()


def test_build_prints_the_dropped_bytes_warning(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(REPORT.encode("utf-8")[:30] + b"\xff" + REPORT.encode("utf-8")[30:])
    result = CliRunner().invoke(cli, ["build", str(report), "--out", str(tmp_path / "out"), "--no-store"])
    assert result.exit_code == 0, result.output
    assert f"warning: {report}: 1 invalid UTF-8 byte sequence dropped (the first at byte 30)" in result.stderr


@pytest.fixture()
def locked_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """reports/ with a good report and a subfolder that cannot be listed.

    The tests run as root, which no permission bit stops, so listing the subfolder is made to
    fail the way it does for an ordinary user (PermissionError from scandir).
    """
    reports = tmp_path / "reports"
    (reports / "locked").mkdir(parents=True)
    (reports / "locked" / "hidden.txt").write_text(REPORT, encoding="utf-8")
    (reports / "good.txt").write_text(REPORT, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # type: ignore[no-untyped-def]
        if isinstance(path, (str, os.PathLike)) and Path(path) == reports / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return reports


def test_an_unreadable_subfolder_is_an_input_that_says_why(locked_subfolder: Path) -> None:
    found = collect_inputs([locked_subfolder])
    assert found == [locked_subfolder / "good.txt", locked_subfolder / "locked"]
    with pytest.raises(InputError, match=r"locked: cannot list folder \(Permission denied\); its reports are not read"):
        read_document(found[1])


def test_build_reports_the_unreadable_subfolder_and_builds_the_rest(locked_subfolder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(locked_subfolder), "--out", str(tmp_path / "out"), "--no-store", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "Reports read: 1 (skipped 1)" in result.output
    assert "locked: cannot list folder (Permission denied); its reports are not read" in result.stderr


def test_an_unreadable_top_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "reports"
    top.mkdir()
    real = os.scandir

    def scandir(path="."):  # type: ignore[no-untyped-def]
        if isinstance(path, (str, os.PathLike)) and Path(path) == top:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match=r"reports: cannot list folder \(Permission denied\)"):
        collect_inputs([top])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: os.symlink(d / "loop.txt", d / "loop.txt"), r"loop\.txt: cannot read \(Too many levels of symbolic links\)"),
        (lambda d: os.symlink(d / "gone.txt", d / "dangling.txt"), r"dangling\.txt: no such file"),
    ],
    ids=["self-loop", "dangling"],
)
def test_a_broken_link_in_a_folder_is_an_input_that_says_why(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "good.txt").write_text(REPORT, encoding="utf-8")
    make(reports)
    found = collect_inputs([reports])
    [link] = [p for p in found if p != reports / "good.txt"]
    assert len(found) == 2 and Path(link).is_symlink()
    with pytest.raises(InputError, match=message):
        read_document(link)
