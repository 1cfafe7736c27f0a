"""The extraction cache: unchanged reports are not extracted again; nothing untrustworthy is used."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgreport.build import cache
from kgreport.build import outputs, pipeline, stages
from kgreport.cli import cli
from kgreport.resources import bundled_reports_dir

SEED = bundled_reports_dir() / "kaihua-2023.txt"


def _report(county: str, extra: str = "") -> str:
    return (
        f"{county}人民政府工作报告\n一、过去一年工作回顾\n"
        f"全县深入实施乡村振兴战略，县人民医院新院区建成投用，地区生产总值增长6.1%。{extra}\n"
    )


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(_report("安吉县"), encoding="utf-8")
    (d / "b.txt").write_text(_report("婺源县"), encoding="utf-8")
    return d


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Sources passed to ``stages.extract`` (in-process builds, jobs=1)."""
    calls: list[str] = []
    real = stages.extract

    def counting(doc):  # type: ignore[no-untyped-def]
        calls.append(doc.source)
        return real(doc)

    monkeypatch.setattr(stages, "extract", counting)
    return calls


def _bytes(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in (outputs.TTL_NAME, outputs.TRIG_NAME)}


def test_second_build_does_not_extract_and_writes_the_same_bytes(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    first = pipeline.build([str(inputs)], out, jobs=1)
    assert sorted(counted) == ["a.txt", "b.txt"] and first.cached == 0
    before = _bytes(out)
    counted.clear()
    second = pipeline.build([str(inputs)], out, jobs=1)
    assert counted == [] and second.cached == 2
    assert _bytes(out) == before
    assert second.reports == first.reports


def test_a_changed_file_is_extracted_again(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.build([str(inputs)], out, jobs=1)
    (inputs / "b.txt").write_text(_report("婺源县", "县委党校迁建。"), encoding="utf-8")
    counted.clear()
    result = pipeline.build([str(inputs)], out, jobs=1)
    assert counted == ["b.txt"] and result.cached == 1
    fresh = pipeline.build([str(inputs)], tmp_path / "fresh", jobs=1, use_cache=False)
    assert _bytes(out) == _bytes(tmp_path / "fresh")
    assert "县委党校迁建" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert fresh.reports == result.reports


def test_a_renamed_file_is_not_served_under_its_old_name(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.build([str(inputs)], out, jobs=1)
    shutil.move(inputs / "b.txt", inputs / "c.txt")
    counted.clear()
    result = pipeline.build([str(inputs)], out, jobs=1)
    assert counted == ["c.txt"]
    assert [s for s, _ in result.reports] == ["a", "c"]


def test_encoding_option_is_part_of_the_key(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.build([str(inputs / "a.txt"), str(inputs / "b.txt")], out, jobs=1)
    counted.clear()
    pipeline.build([str(inputs / "a.txt"), str(inputs / "b.txt")], out, jobs=1, encoding="utf-8")
    assert sorted(counted) == ["a.txt", "b.txt"]


def test_no_cache_extracts_everything_and_parallel_builds_fill_the_cache(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.build([str(inputs)], out, jobs=2)  # workers write the cache entries
    assert [c for c in counted if c != "warm-up.txt"] == []  # extraction ran in the worker processes
    counted.clear()
    pipeline.build([str(inputs)], out, jobs=1, use_cache=False)
    assert sorted(counted) == ["a.txt", "b.txt"]
    counted.clear()
    assert pipeline.build([str(inputs)], out, jobs=1).cached == 2
    assert counted == []


def test_cli_no_cache_flag(inputs: Path, tmp_path: Path, counted: list[str]) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    r1 = runner.invoke(cli, ["build", str(inputs), "--out", str(out), "-j", "1"])
    assert r1.exit_code == 0, r1.output
    r2 = runner.invoke(cli, ["build", str(inputs), "--out", str(out), "-j", "1"])
    assert "2 from cache" in r2.output
    r3 = runner.invoke(cli, ["build", str(inputs), "--out", str(out), "-j", "1", "--no-cache"])
    assert "0 from cache" in r3.output
    assert counted == ["a.txt", "b.txt"] * 2


def _entries(out: Path) -> list[Path]:
    return sorted((out / cache.CACHE_DIRNAME).glob("extract-*/*.json"))


def _corruptions() -> list[tuple[str, object]]:
    def truncate(b: bytes) -> bytes:
        return b[: len(b) // 2]

    def flip_payload(b: bytes) -> bytes:
        i = b.index(b"\n") + len(b) // 3
        return b[:i] + bytes([b[i] ^ 0x01]) + b[i + 1 :]

    def garbage(b: bytes) -> bytes:
        return b"\x00\xff not json at all"

    def empty(b: bytes) -> bytes:
        return b""

    def wrong_key(b: bytes) -> bytes:
        head, _, payload = b.partition(b"\n")
        h = json.loads(head)
        h["key"] = "0" * 64
        return json.dumps(h).encode() + b"\n" + payload

    def other_schema(b: bytes) -> bytes:
        # A consistent checksum over a payload of another shape (as an older kgreport would write).
        payload = json.dumps({"document": {"source": "x"}}).encode()
        head = json.loads(b.partition(b"\n")[0])
        import hashlib

        head["sha256"] = hashlib.sha256(payload).hexdigest()
        return json.dumps(head).encode() + b"\n" + payload

    def moved_offsets(b: bytes) -> bytes:
        # Well-formed, right checksum, but the sentence offsets no longer cut the text.
        import hashlib

        head, _, payload = b.partition(b"\n")
        data = json.loads(payload)
        data["sentences"][0]["start"] += 1
        payload = json.dumps(data, ensure_ascii=False).encode()
        h = json.loads(head)
        h["sha256"] = hashlib.sha256(payload).hexdigest()
        return json.dumps(h).encode() + b"\n" + payload

    return [(f.__name__, f) for f in (truncate, flip_payload, garbage, empty, wrong_key, other_schema, moved_offsets)]


@pytest.mark.parametrize("name,corrupt", _corruptions())
def test_a_corrupt_entry_is_never_trusted(name: str, corrupt, inputs: Path, tmp_path: Path, counted: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    pipeline.build([str(inputs / "a.txt")], out, jobs=1)
    before = _bytes(out)
    (entry,) = _entries(out)
    entry.write_bytes(corrupt(entry.read_bytes()))
    counted.clear()
    result = pipeline.build([str(inputs / "a.txt")], out, jobs=1)
    assert counted == ["a.txt"] and result.cached == 0
    assert _bytes(out) == before
    # The bad entry was replaced by a good one.
    counted.clear()
    assert pipeline.build([str(inputs / "a.txt")], out, jobs=1).cached == 1 and counted == []


def test_a_new_extractor_version_misses_and_drops_old_entries(inputs: Path, tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    pipeline.build([str(inputs)], out, jobs=1)
    old_dirs = {p.parent for p in _entries(out)}
    monkeypatch.setattr(cache, "extractor_version", lambda: "f" * 64)
    counted.clear()
    pipeline.build([str(inputs)], out, jobs=1)
    assert sorted(counted) == ["a.txt", "b.txt"]
    assert {p.parent for p in _entries(out)}.isdisjoint(old_dirs)
    assert all(not d.exists() for d in old_dirs)


def test_version_covers_rules_gazetteers_and_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kgreport import resources

    fake = tmp_path / "data"
    for sub in ("rules", "gazetteers"):
        (fake / sub).mkdir(parents=True)
        (fake / sub / "x.txt").write_text("one\n", encoding="utf-8")
    monkeypatch.setattr(cache, "data_dir", lambda: fake)
    versions = set()
    for sub in ("rules", "gazetteers"):
        cache.extractor_version.cache_clear()
        versions.add(cache.extractor_version())
        (fake / sub / "x.txt").write_text("two\n", encoding="utf-8")
    cache.extractor_version.cache_clear()
    versions.add(cache.extractor_version())
    monkeypatch.setattr(cache, "__version__", "9.9.9")
    cache.extractor_version.cache_clear()
    versions.add(cache.extractor_version())
    cache.extractor_version.cache_clear()
    assert len(versions) == 4
    assert resources.data_dir().is_dir()


@pytest.mark.parametrize(
    "edited",
    [
        "extract/entities/quoted.py",  # a rule family in a subpackage
        "extract/relations/cues.py",
        "pipeline.py",  # a top-level module
        "extract/entities/new_family.py",  # a module that did not exist
    ],
)
def test_version_covers_every_module_of_the_package(edited: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "kgreport"
    shutil.copytree(cache.package_dir(), pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "package_dir", lambda: pkg)
    cache.extractor_version.cache_clear()
    before = cache.extractor_version()
    (pkg / "__pycache__").mkdir(exist_ok=True)
    (pkg / "__pycache__" / "x.pyc").write_bytes(b"compiled")  # bytecode is not source
    cache.extractor_version.cache_clear()
    assert cache.extractor_version() == before
    target = pkg / edited
    target.write_text((target.read_text(encoding="utf-8") if target.exists() else "") + "\n# edited\n", encoding="utf-8")
    cache.extractor_version.cache_clear()
    after = cache.extractor_version()
    cache.extractor_version.cache_clear()
    assert after != before


def test_version_covers_a_new_folder_of_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "data"
    (fake / "rules" / "entities").mkdir(parents=True)
    monkeypatch.setattr(cache, "data_dir", lambda: fake)
    cache.extractor_version.cache_clear()
    before = cache.extractor_version()
    (fake / "rules" / "entities" / "built_before.txt").write_text("建成\n", encoding="utf-8")
    cache.extractor_version.cache_clear()
    after = cache.extractor_version()
    cache.extractor_version.cache_clear()
    assert after != before


def test_entries_round_trip_exactly() -> None:
    from kgreport.read import reader as read

    doc = read.read_document(SEED)
    rg = stages.extract(doc)
    key = cache.cache_key(SEED.read_bytes(), SEED.name, None)
    blob = cache.encode_entry(key, rg)
    assert cache._decode_entry(blob, key) == rg
    assert cache._decode_entry(blob, "x" * 64) is None


def test_an_unwritable_cache_does_not_fail_the_build(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / cache.CACHE_DIRNAME).write_text("a file where the cache folder should be", encoding="utf-8")
    result = pipeline.build([str(inputs)], out, jobs=1)
    assert len(result.reports) == 2 and (out / "graph.ttl").is_file()
