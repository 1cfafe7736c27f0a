"""The opt-in mypyc build (scripts/compile.py): a compiled module is never stale, and extracts what its source does.

Without compiled modules (the default install, CI) only the stamp's checks run; the comparison of compiled
and pure-Python extraction runs where ``scripts/compile.py`` was run.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED, REPO, load_script

compile_script = load_script(REPO / "scripts" / "compile.py", "compile_script")

COMPILED = [p for p in compile_script.sources() if any(p.parent.glob(p.stem + ".*.so"))]
needs_compiled = pytest.mark.skipif(not COMPILED, reason="no compiled modules: scripts/compile.py was not run (the default pure-Python install)")


def test_sources_are_the_rule_modules_and_their_helpers() -> None:
    rel = {str(p.relative_to(compile_script.PACKAGE)) for p in compile_script.sources()}
    rules = {str(p.relative_to(compile_script.PACKAGE)) for p in (compile_script.PACKAGE / "extract").rglob("*.py") if p.name != "__init__.py"}
    assert rules <= rel
    assert {"segment.py", "gazetteer.py", "lexicon.py", "patterns.py"} <= rel
    assert not any(r.startswith(("build/", "graph/", "cli/", "read/")) for r in rel)


def _fake_package(root: Path, compiled: dict[str, str]) -> Path:
    """A package folder with ``compiled`` sources (name -> text), an extension beside each and the stamp."""
    pkg = root / "kgreport"
    (pkg / "extract").mkdir(parents=True)
    for rel, text in compiled.items():
        (pkg / rel).write_text(text, encoding="utf-8")
        (pkg / rel).with_name(Path(rel).stem + ".cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    stamp = {rel: hashlib.sha256(text.encode()).hexdigest() for rel, text in compiled.items()}
    (pkg / "_compiled.json").write_text(json.dumps(stamp), encoding="utf-8")
    return pkg


@pytest.mark.parametrize(
    "change, expected",
    [
        (None, []),
        ("edit", ["extract/a.py"]),
        ("drop extension", ["extract/a.py"]),
        ("unstamped extension", ["extract/c.py"]),
    ],
)
def test_stale_names_a_compiled_module_whose_source_changed(tmp_path: Path, change: str | None, expected: list[str]) -> None:
    pkg = _fake_package(tmp_path, {"extract/a.py": "A = 1\n", "extract/b.py": "B = 2\n"})
    if change == "edit":
        (pkg / "extract" / "a.py").write_text("A = 3\n", encoding="utf-8")
    elif change == "drop extension":
        next((pkg / "extract").glob("a.*.so")).unlink()
    elif change == "unstamped extension":
        (pkg / "extract" / "c.py").write_text("C = 1\n", encoding="utf-8")
        (pkg / "extract" / "c.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    assert compile_script.stale(pkg) == expected


def test_nothing_compiled_is_not_stale(tmp_path: Path) -> None:
    pkg = tmp_path / "kgreport"
    pkg.mkdir()
    (pkg / "a.py").write_text("A = 1\n", encoding="utf-8")
    assert compile_script.stale(pkg) == []


def test_no_compiled_module_is_stale() -> None:
    """Also where nothing is compiled: then the stamp is absent and nothing may be listed."""
    assert compile_script.stale() == [], "compiled modules older than their source: run scripts/compile.py again (or --clean)"


@needs_compiled
def test_compiled_modules_are_the_ones_imported() -> None:
    for path in COMPILED:
        name = "kgreport." + ".".join(path.relative_to(compile_script.PACKAGE).with_suffix("").parts)
        module = importlib.import_module(name)
        assert str(module.__file__).endswith(".so"), name


_EXTRACT = """
import hashlib, sys
from kgreport.build import stages
from kgreport.read import reader
g = stages.extract(reader.read_document(sys.argv[1]))
print(hashlib.sha256(repr((g.sentences, g.entities, g.relations, g.indicators)).encode()).hexdigest(), len(g.entities), len(g.relations))
"""


@needs_compiled
def test_compiled_extraction_equals_pure_python(tmp_path: Path) -> None:
    """The bundled report extracted by the compiled modules and by a copy of the same sources without them."""
    pure = tmp_path / "pure"
    shutil.copytree(REPO / "src", pure / "src", ignore=shutil.ignore_patterns("*.so", "__pycache__", "_compiled.json"))
    for folder in ("data", "ontology"):
        (pure / folder).symlink_to(REPO / folder)
    outputs = []
    # one hash seed for both: a set's repr follows it
    for src in (REPO / "src", pure / "src"):
        done = subprocess.run([sys.executable, "-c", _EXTRACT, str(BUNDLED)], env={**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}, cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append(done.stdout.split())
    compiled, plain = outputs
    assert int(plain[1]) > 50 and int(plain[2]) > 10  # the report yields entities and relations at all
    assert compiled == plain
