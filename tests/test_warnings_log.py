"""Per-report warnings (a long sentence cut, dropped bytes) are listed in errors.log as well as on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kgreport.cli import cli

REPORT = (
    "某某县人民政府工作报告\n各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。\n"
    "过去一年，全县地区生产总值增长百分之六，新建高标准农田一万亩，建成乡村振兴示范带三条。\n"
)
# 1,500 characters without a sentence end: cut into two parts with a warning
FLAT = "全县新建高标准农田一万亩建成乡村振兴示范带三条" * 63 + "\n"


def _build(out: Path, *inputs: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["build", *map(str, inputs), "--out", str(out), "--no-store", "--jobs", "1"])


def test_warnings_go_to_errors_log_and_the_manifest(tmp_path: Path) -> None:
    bytes_ = tmp_path / "bytes.txt"
    bytes_.write_bytes(REPORT.encode("utf-8")[:30] + b"\xff" + REPORT.encode("utf-8")[30:])
    flat = tmp_path / "flat.txt"
    flat.write_text(REPORT + FLAT, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(REPORT.replace("某某县", "某甲县"), encoding="utf-8")
    out = tmp_path / "out"
    res = _build(out, bytes_, flat, clean)
    assert res.exit_code == 0, res.output
    log = (out / "errors.log").read_text(encoding="utf-8")
    dropped = f"{bytes_}: 1 invalid UTF-8 byte sequence dropped (the first at byte 30)"
    assert f"== bytes.txt\nwarning: {dropped}\n" in log
    assert f"warning: {dropped}" in res.stderr  # still printed
    [cut] = [line for line in log.splitlines() if "without a sentence end" in line]
    assert cut.startswith("warning: flat.txt: 1,449 characters without a sentence end at character ")
    assert "== flat.txt\n" + cut + "\n" in log
    assert "clean.txt" not in log
    assert f"failures and warnings listed in {out / 'errors.log'}" in res.stderr
    manifest = json.loads((out / ".kgreport-outputs.json").read_text(encoding="utf-8"))
    assert "errors.log" in manifest["outputs"]

    # A build without warnings removes the stale errors.log it wrote.
    res = _build(out, clean)
    assert res.exit_code == 0, res.output
    assert not (out / "errors.log").exists()
    manifest = json.loads((out / ".kgreport-outputs.json").read_text(encoding="utf-8"))
    assert "errors.log" not in manifest["outputs"]
