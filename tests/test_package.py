"""The package: LICENSE and py.typed in the wheel, metadata, jieba-next only where it has a wheel."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _requirement(name: str) -> Requirement:
    return next(r for r in map(Requirement, PYPROJECT["project"]["dependencies"]) if r.name == name)


#: Environments and whether PyPI has a jieba-next 1.0.0rc1 wheel for them (pip download --platform, Dec 2026).
WHEELS = [
    ({"sys_platform": "linux", "platform_machine": "x86_64", "python_version": "3.11"}, True),
    ({"sys_platform": "linux", "platform_machine": "aarch64", "python_version": "3.13"}, True),
    ({"sys_platform": "win32", "platform_machine": "AMD64", "python_version": "3.12"}, True),
    ({"sys_platform": "darwin", "platform_machine": "arm64", "python_version": "3.10"}, True),
    ({"sys_platform": "darwin", "platform_machine": "x86_64", "python_version": "3.13"}, False),
    ({"sys_platform": "linux", "platform_machine": "i686", "python_version": "3.11"}, False),
    ({"sys_platform": "linux", "platform_machine": "ppc64le", "python_version": "3.11"}, False),
    ({"sys_platform": "linux", "platform_machine": "x86_64", "python_version": "3.15"}, False),
]


@pytest.mark.parametrize("environment, has_wheel", WHEELS)
def test_jieba_next_is_required_only_where_a_wheel_exists(environment: dict[str, str], has_wheel: bool) -> None:
    marker = _requirement("jieba-next").marker
    assert marker is not None and marker.evaluate(environment) is has_wheel
    assert _requirement("jieba").marker is None  # the fallback is always installed


def test_metadata_has_license_classifiers_and_urls() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == {"text": "MIT"} and "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "License :: OSI Approved :: MIT License" in project["classifiers"] and "Typing :: Typed" in project["classifiers"]
    assert {"Homepage", "Changelog"} <= set(project["urls"])
    assert f"## [{project['version']}]" in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_wheel_carries_license_py_typed_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True, timeout=600,
    )
    (wheel,) = tmp_path.glob("kgreport-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kgreport/py.typed" in names and "kgreport/api.py" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "kgreport/_data/gazetteers/programs.txt" in names
