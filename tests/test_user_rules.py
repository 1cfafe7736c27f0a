"""A user rules folder (--rules DIR, $KGREPORT_RULES) adds gazetteer entries and rule words, checked as the package's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kgreport import resources
from kgreport.errors import DataFileError

# A made-up county report: 稻香惠农 is a programme no rule finds without the user's gazetteer entry.
REPORT = "青禾县人民政府工作报告\n\n一、过去一年的工作\n\n全面推进稻香惠农，青禾县中医院新院区建成投用。全年新增就业6150人。\n"
PROGRAMS = "# our county's own programmes\n稻香惠农\n"


def _kgreport(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A fresh process: rules are compiled once per process, so the folder must be chosen before any build.
    code = "import sys; from kgreport.cli import main; sys.argv[0] = 'kgreport'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src"), **(env or {})},
    )


def _programs(out: Path, cwd: Path) -> list[str]:
    done = _kgreport("query", "SELECT ?l { ?p a kgr:Program ; rdfs:label ?l }", "--out", str(out), "--format", "csv", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[1:]


@pytest.mark.slow
def test_a_user_gazetteer_entry_is_found_and_the_cache_key_covers_the_folder(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    rules = tmp_path / "my-rules"
    (rules / "gazetteers").mkdir(parents=True)
    (rules / "gazetteers" / "programs.txt").write_text(PROGRAMS, encoding="utf-8")
    build = ("build", "report.txt", "--out", "o", "--no-store", "--jobs", "1")

    plain = _kgreport(*build, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert "稻香惠农" not in _programs(tmp_path / "o", tmp_path)

    with_rules = _kgreport(*build, "--rules", "my-rules", cwd=tmp_path)
    assert with_rules.returncode == 0, with_rules.stderr
    assert "0 from cache" in with_rules.stdout  # the folder is part of the cache key: no stale extraction
    assert "稻香惠农" in _programs(tmp_path / "o", tmp_path)

    by_env = _kgreport(*build, cwd=tmp_path, env={"KGREPORT_RULES": str(rules)})
    assert "1 from cache" in by_env.stdout  # same folder, same files: the cached extraction is right
    (rules / "gazetteers" / "programs.txt").write_text(PROGRAMS + "青禾共富\n", encoding="utf-8")
    edited = _kgreport(*build, "--rules", "my-rules", cwd=tmp_path)
    assert "0 from cache" in edited.stdout


@pytest.mark.slow
def test_a_user_table_that_breaks_its_schema_stops_the_build_naming_its_line(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "r" / "rules").mkdir(parents=True)
    (tmp_path / "r" / "rules" / "suffixes.tsv").write_text("suffix\tclass\n惠农\tProgramme\n", encoding="utf-8")
    done = _kgreport("build", "report.txt", "--out", "o", "--no-store", "--rules", "r", cwd=tmp_path)
    assert done.returncode == 13
    assert f"{tmp_path / 'r' / 'rules' / 'suffixes.tsv'}:2: column 'class': 'Programme' is not one of" in done.stderr


@pytest.mark.parametrize(
    "relative, why",
    [
        ("gazetteers/programmes.txt", "not a rule or gazetteer file"),  # a typo would silently add nothing
        ("relations.tsv", "not a rule or gazetteer file"),  # relation kinds need code
        ("queries/mine.rq", "not a rule or gazetteer file"),
    ],
)
def test_a_file_that_adds_to_no_package_file_is_refused(tmp_path: Path, relative: str, why: str) -> None:
    (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / relative).write_text("x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=why):
        resources.use_user_rules(tmp_path)
    assert resources.user_rules_dir() is None


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not found"):
        resources.use_user_rules(tmp_path / "nowhere")


def test_a_folder_chosen_after_its_files_were_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gazetteers").mkdir()
    (tmp_path / "gazetteers" / "programs.txt").write_text(PROGRAMS, encoding="utf-8")
    resources.load_words("gazetteers/programs.txt")  # as a build in this process would have
    with pytest.raises(DataFileError, match="before the first build"):
        resources.use_user_rules(tmp_path)
    assert resources.user_rules_dir() is None


def test_user_rows_follow_the_packages_and_are_checked_by_the_same_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soes = "gazetteers/central_soes.tsv"
    (tmp_path / "gazetteers").mkdir()
    monkeypatch.setattr(resources, "_user_rules", tmp_path)
    monkeypatch.setattr(resources, "_user_rules_set", True)
    resources.load_tsv.cache_clear()
    try:
        (tmp_path / soes).write_text("name\taliases\tcategory\n青禾控股集团\t青禾控股\tother\n", encoding="utf-8")
        rows = resources.load_tsv(soes)
        assert rows[-1] == {"name": "青禾控股集团", "aliases": "青禾控股", "category": "other"}
        assert len(rows) > 50  # the package's rows first
        resources.load_tsv.cache_clear()
        (tmp_path / soes).write_text("name\taliases\tcategory\n青禾控股集团\t\tcounty\n", encoding="utf-8")
        with pytest.raises(DataFileError, match=rf"^{tmp_path / soes}:2: column 'category'"):
            resources.load_tsv(soes)
    finally:
        monkeypatch.undo()
        resources.load_tsv.cache_clear()
