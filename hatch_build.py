"""Hatchling build hook: a wheel with extraction compiled by mypyc, when ``KGREPORT_MYPYC=1`` is set.

The default wheel (and every editable install) stays pure Python. With the variable set, building a
wheel (``KGREPORT_MYPYC=1 pip install .``, ``KGREPORT_MYPYC=1 python -m build --wheel``) installs mypy
and setuptools into the isolated build environment, compiles the modules ``scripts/compile.py`` names
(a C compiler and the Python headers are needed; a few minutes) and puts the extensions and their stamp
into the wheel, which is then tagged for this interpreter and platform. Extraction output is the same
(tests/test_compiled.py); extraction takes about a third less CPU (docs/benchmarks.md).

``KGREPORT_MYPYC_ONLY=patterns.py,lexicon.py`` compiles only those modules (paths in the package): the
test of this hook uses it to build a compiled wheel in seconds rather than minutes.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The switch. Any of these values turns compiling on; anything else (or unset) leaves the wheel pure.
ENV = "KGREPORT_MYPYC"
ON = ("1", "true", "yes", "on")
#: Optional comma-separated subset of the modules to compile (paths relative to src/kgreport).
ONLY_ENV = "KGREPORT_MYPYC_ONLY"
#: Installed into the build environment when compiling; mypy brings mypyc. Same pin as the test extra.
BUILD_REQUIRES = ["mypy==2.4.1", "setuptools>=69"]


def enabled() -> bool:
    """Whether ``KGREPORT_MYPYC`` asks for a compiled wheel."""
    return os.environ.get(ENV, "").strip().lower() in ON


def _compile_script(root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kgreport_compile_script", root / "scripts" / "compile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class MypycWheelHook(BuildHookInterface):
    """Compile the rule modules into the wheel when :func:`enabled`."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not enabled():
            return []
        self._modules()  # a wrong KGREPORT_MYPYC_ONLY fails here, before mypy is installed
        return list(BUILD_REQUIRES)

    def _modules(self) -> tuple[ModuleType, Path, list[Path]]:
        """scripts/compile.py, the package folder and the sources to compile (all the script names, or the
        KGREPORT_MYPYC_ONLY subset)."""
        root = Path(self.root)
        script = _compile_script(root)
        package = root / "src" / "kgreport"
        files: list[Path] = script.sources(package)
        only = [part.strip() for part in os.environ.get(ONLY_ENV, "").split(",") if part.strip()]
        if only:
            wanted = {package / rel for rel in only}
            unknown = sorted(str(p.relative_to(package)) for p in wanted - set(files))
            if unknown:
                raise ValueError(f"{ONLY_ENV}: not among the modules scripts/compile.py compiles: {', '.join(unknown)}")
            files = [p for p in files if p in wanted]
        return script, package, files

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not enabled() or self.target_name != "wheel" or version == "editable":
            return
        script, package, files = self._modules()
        self._scratch = Path(tempfile.mkdtemp(prefix="kgreport-mypyc-"))
        built = script.build_extensions(files, self._scratch, Path(self.root))
        for path, rel in built.items():
            build_data["force_include"][str(path)] = f"kgreport/{rel}"
        stamp = self._scratch / script.STAMP.name
        stamp.write_text(script.stamp_text(files, package), encoding="utf-8")
        build_data["force_include"][str(stamp)] = f"kgreport/{stamp.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
