"""Choosing audit reports: distinctive text found in the repository marks a report (and a sampled row) as used."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]

BOILERPLATE = "今年经济社会发展的主要预期目标是地区生产总值增长百分之六左右。"
USED = "新建甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥大桥一座。"  # text of report a that reached a test table
CLEAN = "完成天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏工程。"


def _script() -> ModuleType:
    return load_script(ROOT / "scripts" / "audit_reports.py", "audit_reports")


@pytest.fixture()
def world(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "a.txt").write_text(BOILERPLATE + USED, encoding="utf-8")
    (corpus / "b.txt").write_text(BOILERPLATE + CLEAN, encoding="utf-8")
    (corpus / "c.txt").write_text(BOILERPLATE + "其他内容不在仓库里出现过的一段很长的话语。", encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "rows.tsv").write_text(f"{BOILERPLATE}\n{USED}\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "rows.tsv"], check=True)
    return corpus, repo


def test_used_text_marks_a_report_and_boilerplate_does_not(world: tuple[Path, Path]) -> None:
    corpus, repo = world
    rows = {r[3]: r for r in _script().candidates(corpus, {"c.txt"}, root=repo)}
    assert rows["a.txt"][0] == 1  # one stretch of its own text is in the repository
    assert rows["b.txt"][0] == 0  # only the boilerplate every report shares
    assert rows["c.txt"][2] is True and rows["b.txt"][2] is False
    assert not any(r[1] for r in rows.values())


def test_filter_drops_rows_from_used_sentences_only(world: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, repo = world
    source, target = tmp_path / "raw.tsv", tmp_path / "audit.tsv"
    head = ["id", "report", "class", "label", "sentence", "correct", "note"]
    body = [["1", "a.txt", "Project", "大桥", USED, "", ""], ["2", "b.txt", "Project", "工程", CLEAN, "", ""], ["3", "a.txt", "Indicator", "x", BOILERPLATE, "", ""]]
    with source.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows([head, *body])
    assert _script().filter_rows(source, target, corpus, root=repo) == (2, 1)
    kept = list(csv.DictReader(target.open(encoding="utf-8"), delimiter="\t"))
    assert [r["id"] for r in kept] == ["2", "3"]
