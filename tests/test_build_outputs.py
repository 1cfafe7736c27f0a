"""kgreport build never removes or overwrites a file or folder it did not write."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgreport.build import outputs
from kgreport.cli import cli

from conftest import BUNDLED


def snapshot(path: Path) -> dict[str, str]:
    """Digest of a file, or of every file under a folder (names included)."""
    if path.is_file():
        return {"": hashlib.sha256(path.read_bytes()).hexdigest()}
    return {p.relative_to(path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def build(out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["build", str(BUNDLED), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def ours(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder written by kgreport, to copy outputs from."""
    out = tmp_path_factory.mktemp("ours")
    res = build(out)
    assert res.exit_code == 0, res.output
    return out


def _foreign_store(out: Path) -> None:
    (out / "store").mkdir()
    (out / "store" / "thesis.docx").write_bytes(b"PK\x03\x04 my only copy")


def _foreign_errors_log(out: Path) -> None:
    (out / "errors.log").write_text("2026-12-01 my server's errors\n", encoding="utf-8")


def _foreign_page(out: Path) -> None:
    (out / "graph.html").write_text("<html><body>my hand-made page</body></html>\n", encoding="utf-8")


def _foreign_graph(out: Path) -> None:
    (out / "graph.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")


def _store_is_a_file(out: Path) -> None:
    (out / "store").write_text("notes", encoding="utf-8")


def _graph_is_a_link(out: Path) -> None:
    (out / "elsewhere.ttl").write_text("@prefix kgr: <https://w3id.org/kgreport/ontology#> .\n", encoding="utf-8")
    os.symlink(out / "elsewhere.ttl", out / "graph.ttl")


FOREIGN = [
    ("store", _foreign_store),
    ("errors.log", _foreign_errors_log),
    ("graph.html", _foreign_page),
    ("graph.ttl", _foreign_graph),
    ("store", _store_is_a_file),
    ("graph.ttl", _graph_is_a_link),
]


@pytest.mark.parametrize("name, make", FOREIGN, ids=[f.__name__.strip("_") for _, f in FOREIGN])
def test_a_foreign_output_stops_the_build_before_any_work(tmp_path: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    make(out)
    before = {p.name: snapshot(p) for p in out.iterdir()}
    res = build(out)
    assert res.exit_code == 12, res.output
    errors = [line for line in res.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and str(out / name) in errors[0] and "Traceback" not in res.output
    assert {p.name: snapshot(p) for p in out.iterdir()} == before  # untouched, and nothing new (no cache: no extraction)


@pytest.mark.parametrize("name, make", FOREIGN[:3], ids=["store", "errors.log", "graph.html"])
def test_a_foreign_output_beside_our_own_is_kept_too(tmp_path: Path, ours: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    shutil.copytree(ours, out)
    path = out / name
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    make(out)
    before = snapshot(path)
    res = build(out)
    assert res.exit_code == 12 and str(path) in res.output, res.output
    assert snapshot(path) == before


def test_write_outputs_checks_again_under_its_lock(tmp_path: Path) -> None:
    """The library call alone, without build(), refuses too."""
    out = tmp_path / "out"
    out.mkdir()
    _foreign_page(out)
    before = snapshot(out / "graph.html")
    with pytest.raises(outputs.ForeignOutputError, match="graph.html"):
        outputs.write_outputs([], out)
    assert snapshot(out / "graph.html") == before


def test_a_second_build_over_our_own_outputs_works(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(out).exit_code == 0
    manifest = json.loads((out / outputs.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert set(manifest["outputs"]) == {"graph.ttl", "graph.trig", "graph.html"}
    assert (out / "store" / outputs.STORE_MARKER).is_file()
    first = {n: snapshot(out / n) for n in ("graph.ttl", "graph.trig", "graph.html", outputs.MANIFEST_NAME)}
    res = build(out)
    assert res.exit_code == 0, res.output
    assert {n: snapshot(out / n) for n in first} == first  # identical rebuild, manifest included
    q = CliRunner().invoke(cli, ["query", "--graph", str(out), "--engine", "store", "--format", "tsv",
                                 "SELECT (COUNT(*) AS ?n) { ?r a kgr:Report }"])
    assert q.exit_code == 0 and q.output.splitlines()[1] == "1", q.output  # the marker does not upset the store


def test_outputs_of_a_kgreport_without_manifest_are_recognised(tmp_path: Path, ours: Path) -> None:
    """Pragmatic: an out dir from before the manifest is accepted by content (our prefixes, our page, RocksDB files)."""
    out = tmp_path / "out"
    shutil.copytree(ours, out)
    (out / outputs.MANIFEST_NAME).unlink()
    (out / "store" / outputs.STORE_MARKER).unlink()
    (out / "errors.log").write_text("== reports/bad.txt\nkgreport failed\nTraceback ...\n", encoding="utf-8")
    res = build(out)
    assert res.exit_code == 0, res.output
    assert not (out / "errors.log").exists()  # ours, and stale: removed as before
    assert (out / outputs.MANIFEST_NAME).is_file() and (out / "store" / outputs.STORE_MARKER).is_file()


def test_an_edited_output_is_no_longer_ours(tmp_path: Path, ours: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(ours, out)
    (out / "graph.html").write_text("<html>my notes about the graph</html>", encoding="utf-8")
    before = snapshot(out / "graph.html")
    res = build(out)
    assert res.exit_code == 12 and "graph.html" in res.output
    assert snapshot(out / "graph.html") == before


def test_no_store_leaves_a_foreign_store_alone_and_removes_ours(tmp_path: Path, ours: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _foreign_store(out)
    before = snapshot(out / "store")
    res = build(out, "--no-store")
    assert res.exit_code == 0, res.output
    assert snapshot(out / "store") == before
    mine = tmp_path / "mine"
    shutil.copytree(ours, mine)
    assert build(mine, "--no-store").exit_code == 0
    assert not (mine / "store").exists()


def test_a_store_folder_with_more_than_rocksdb_files_is_not_ours(tmp_path: Path, ours: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(ours, out)
    (out / "store" / outputs.STORE_MARKER).unlink()
    (out / "store" / "README.txt").write_text("my own oxigraph data", encoding="utf-8")
    before = snapshot(out / "store")
    res = build(out)
    assert res.exit_code == 12 and "store" in res.output
    assert snapshot(out / "store") == before
