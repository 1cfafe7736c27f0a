"""The precision-audit script draws entities, relations and indicators and summarizes judged rows."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    return load_script(ROOT / "scripts" / "precision_sample.py", "precision_sample")


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    folder = tmp_path_factory.mktemp("reports")
    shutil.copy(ROOT / "data" / "reports" / "kaihua-2023.txt", folder)
    out = folder.parent / "sample.tsv"
    _script().main(["draw", str(folder), "--n", "10", "--relations", "5", "--indicators", "7", "--seed", "3", "--out", str(out)])
    return list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))


def test_draw_has_each_kind_of_row(drawn: list[dict[str, str]]) -> None:
    mod = _script()
    classes = [r["class"] for r in drawn]
    assert sum(c in mod.CLASSES for c in classes) == 10
    assert sum(c in mod.RELATIONS for c in classes) == 5
    assert classes.count("Indicator") == 7


def test_indicator_rows_show_label_value_unit_and_surface_found_in_sentence(drawn: list[dict[str, str]]) -> None:
    for row in (r for r in drawn if r["class"] == "Indicator"):
        label, _, rest = row["label"].partition(" = ")
        assert label and rest, row
        surface = rest[rest.index("(") + 1 : rest.index(")")]
        assert surface.replace(" ", "") in row["sentence"].replace(" ", ""), row


def test_summary_counts_indicators_apart(tmp_path: Path, drawn: list[dict[str, str]]) -> None:
    judged = tmp_path / "judged.tsv"
    with judged.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(drawn[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        for i, row in enumerate(drawn):
            w.writerow({**row, "correct": "no" if row["class"] == "Indicator" and i % 2 else "yes"})
    table = _script().summarize(judged)
    ind_rows = [r for r in drawn if r["class"] == "Indicator"]
    bad = sum(1 for i, r in enumerate(drawn) if r["class"] == "Indicator" and i % 2)
    assert f"| indicators (readable) | {len(ind_rows)} | {len(ind_rows) - bad} |" in table
    assert "| all entities | 10 | 10 | 1.00 |" in table
