"""The wheel: pure Python by default, extraction compiled by mypyc with KGREPORT_MYPYC=1 (hatch_build.py).

Both build a real wheel with pip (build isolation: hatchling, and for the compiled one mypy, come from
the package index, as for any install from source).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO


def _wheel(out: Path, **env: str) -> Path:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("KGREPORT_MYPYC")}
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
        env={**clean_env, **env},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = out.glob("kgreport-*.whl")
    return wheel


@pytest.mark.slow
def test_the_default_wheel_is_pure_python_with_its_data(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path)
    assert wheel.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert not [n for n in names if n.endswith((".so", ".pyd"))]
    assert "kgreport/_compiled.json" not in names
    assert "kgreport/extract/indicators.py" in names
    assert any(n.startswith("kgreport/_data/rules/") for n in names)
    assert any(n.startswith("kgreport/_ontology/") for n in names)


@pytest.mark.slow
def test_kgreport_mypyc_compiles_into_the_wheel(tmp_path: Path) -> None:
    """One module compiled (KGREPORT_MYPYC_ONLY keeps it to seconds): tagged for this platform, the extension
    and mypyc's runtime library inside, the stamp naming its source's hash, and the extension is what imports."""
    wheel = _wheel(tmp_path / "dist", KGREPORT_MYPYC="1", KGREPORT_MYPYC_ONLY="patterns.py")
    assert not wheel.name.endswith("-none-any.whl"), wheel.name
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    assert f"-{tag}-" in wheel.name
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    extensions = sorted(n for n in names if n.endswith(".so"))
    assert [n.split(".")[0] for n in extensions] == ["kgreport/_native__mypyc", "kgreport/patterns"]
    stamp = json.loads(archive.read("kgreport/_compiled.json"))
    assert stamp == {"patterns.py": hashlib.sha256((REPO / "src/kgreport/patterns.py").read_bytes()).hexdigest()}
    unpacked = tmp_path / "site"
    archive.extractall(unpacked)
    done = subprocess.run(
        [sys.executable, "-c", "import kgreport.patterns as p, kgreport.lexicon as l; print(p.__file__); print(l.__file__)"],
        env={**os.environ, "PYTHONPATH": str(unpacked)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    compiled, pure = done.stdout.split()
    assert compiled.startswith(str(unpacked)) and compiled.endswith(".so")
    assert pure.endswith("lexicon.py")


@pytest.mark.slow
def test_kgreport_mypyc_only_must_name_a_compiled_module(tmp_path: Path) -> None:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("KGREPORT_MYPYC")}
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp_path)],
        env={**clean_env, "KGREPORT_MYPYC": "1", "KGREPORT_MYPYC_ONLY": "cli/build.py"},
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "not among the modules scripts/compile.py compiles: cli/build.py" in done.stdout + done.stderr
    assert not list(tmp_path.glob("*.whl"))
