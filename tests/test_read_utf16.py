"""UTF-16 without a BOM is read, and --encoding is applied before the binary check."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgreport.cli import cli
from kgreport.errors import InputError, NotAReportError
from kgreport.read.reader import read_bytes

from conftest import BUNDLED

REPORT = BUNDLED.read_text(encoding="utf-8")
# Almost no ASCII, so almost no NUL bytes: the case a NUL-count rule missed.
TERSE = "某某县人民政府工作报告\n一、过去一年工作回顾\n全县深入实施乡村振兴战略，县人民医院新院区建成投用。\n二、今年主要任务\n持续推进共同富裕示范区建设，加快建设数字化改革先行区。\n" * 20


@pytest.mark.parametrize("text", [REPORT, TERSE], ids=["bundled report", "almost no ASCII"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("declared", [False, True], ids=["detected", "--encoding"])
def test_utf16_without_bom_reads_like_utf8(text: str, codec: str, declared: bool) -> None:
    data = text.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    doc = read_bytes(data, "report.txt", encoding=codec if declared else None)
    assert doc.text == read_bytes(text.encode("utf-8"), "report.txt").text
    assert doc.encoding.replace("_", "-") == codec


def test_declared_encoding_comes_before_the_nul_check() -> None:
    """UTF-32 without a BOM is all NULs; declared, it is read (it was refused as binary before decoding)."""
    data = REPORT.encode("utf-32-le")
    with pytest.raises(NotAReportError, match="NUL"):
        read_bytes(data, "report.txt")
    assert read_bytes(data, "report.txt", encoding="utf-32-le").text == read_bytes(REPORT.encode(), "r.txt").text


@pytest.mark.parametrize("seed", range(5))
def test_binary_with_nuls_is_still_refused(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) if i % 7 else 0 for i in range(20_000))
    with pytest.raises(NotAReportError, match="binary"):
        read_bytes(data, "blob.txt")
    with pytest.raises((NotAReportError, InputError)):  # declared: no text in it either
        read_bytes(data, "blob.txt", encoding="utf-16-le")


def test_cli_builds_a_bom_less_utf16_report(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode("utf-16-le"))
    for extra in ([], ["--encoding", "utf-16-le"]):
        res = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), *extra])
        assert res.exit_code == 0, res.output
        assert "Reports read: 1" in res.output
