#!/usr/bin/env python3
"""Compile extraction's hot pure-Python modules with mypyc, in place (opt-in; ~28 % less extraction CPU).

The default install stays pure Python. In a source checkout (``pip install -e '.[test]'``, which
brings mypy and with it mypyc) this builds one C extension per module beside its source in
``src/kgreport/``; Python then imports the extension instead of the ``.py`` file. It needs a C
compiler and the Python headers, and takes a few minutes. The extraction output is the same
(tests/test_compiled.py checks it on the bundled report, ``scripts/check_identical.py`` on the
corpus).

A compiled module does not follow later edits of its source: run this script again after changing
any of them (tests/test_compiled.py fails while a compiled module is older than its source), or
remove the extensions with ``--clean``::

    .venv/bin/python scripts/compile.py           # compile
    .venv/bin/python scripts/compile.py --clean   # back to pure Python
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
PACKAGE = SRC / "kgreport"

#: The modules compiled, relative to src/kgreport: the rules run on every clause and what they call
#: per clause (mypyc speeds up Python-level loops, calls and attribute access; ``re`` itself not).
MODULES = (
    "extract/entities/*.py",
    "extract/relations/*.py",
    "extract/indicators.py",
    "extract/link.py",
    "extract/kinds.py",
    "segment.py",
    "gazetteer.py",
    "lexicon.py",
    "patterns.py",
)

#: Written beside the extensions: each compiled module's source hash, so that a stale extension is seen.
STAMP = PACKAGE / "_compiled.json"


def sources(package: Path = PACKAGE) -> list[Path]:
    """The source files :data:`MODULES` names in ``package`` (package ``__init__`` files stay Python)."""
    # in MODULES' order: mypy then checks the rules before the shared modules they import, which it needs
    # to infer the type of a cached function called at import time (segment's _LEVEL_CHARS)
    return [p for pattern in MODULES for p in sorted(package.glob(pattern)) if p.name != "__init__.py"]


def source_hash(path: Path) -> str:
    """sha256 of a source file, as the stamp records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extensions() -> list[Path]:
    """Compiled extension modules now in the package (``*.so``, ``*.pyd``), mypyc's shared library included."""
    return sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".so", ".pyd"))


def stale(package: Path = PACKAGE) -> list[str]:
    """Compiled modules (per the stamp in ``package``) whose source changed since, or whose extension is gone; [] when
    nothing was compiled. An extension without a stamp entry counts too: nothing says which source it was built from."""
    stamp = package / STAMP.name
    recorded: dict[str, str] = json.loads(stamp.read_text(encoding="utf-8")) if stamp.exists() else {}
    out = []
    for rel, digest in sorted(recorded.items()):
        src = package / rel
        if not src.exists() or source_hash(src) != digest or not any(src.parent.glob(src.stem + ".*.so")):
            out.append(rel)
    for ext in sorted(package.rglob("*.so")):
        rel = str(ext.relative_to(package).parent / ext.name.split(".")[0]) + ".py"
        if rel not in recorded and (package / rel).exists():
            out.append(rel)
    return out


def clean() -> int:
    """Remove every extension and the stamp; the package is pure Python again. Returns how many files went."""
    gone = extensions() + ([STAMP] if STAMP.exists() else [])
    for p in gone:
        p.unlink()
    return len(gone)


#: The setup script: mypycify builds the extensions (C sources and objects in a scratch folder) and
#: ``build_ext`` writes them under ``--build-lib`` in the package's layout. It runs in the checkout (or the
#: unpacked sdist) so that mypy reads the project's own configuration (pyproject.toml). The runtime library
#: shared by the compiled modules is named into the package (``kgreport._native__mypyc``), not put at the top.
_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

scratch, opt_level, files = sys.argv[2], sys.argv[3], sys.argv[4:]
setup(
    name="kgreport-compiled",
    package_dir={"": "src"},
    ext_modules=mypycify(files, opt_level=opt_level, group_name="kgreport._native", target_dir=scratch + "/c"),
    script_args=["build_ext", "--build-temp", scratch + "/temp", "--build-lib", scratch + "/lib"],
)
"""


class CompileError(RuntimeError):
    """mypyc or the C compiler failed; the message ends with their output."""


def build_extensions(files: list[Path], scratch: Path, root: Path = REPO, opt_level: str = "3") -> dict[Path, str]:
    """Compile ``files`` (sources under ``root/src/kgreport``) with mypyc into ``scratch``.

    Returns each extension built (the shared runtime library included) with its path inside the package,
    e.g. ``extract/indicators.cpython-311-x86_64-linux-gnu.so``. Nothing is written beside the sources.
    """
    setup = scratch / "setup.py"
    setup.write_text(_SETUP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(setup), "--", str(scratch), opt_level, *(str(p.relative_to(root)) for p in files)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise CompileError(f"mypyc failed ({done.returncode}):\n{(done.stdout + done.stderr)[-4000:]}")
    lib = scratch / "lib" / "kgreport"
    return {p: str(p.relative_to(lib)) for p in sorted(lib.rglob("*")) if p.suffix in (".so", ".pyd")}


def stamp_text(files: list[Path], package: Path = PACKAGE) -> str:
    """The stamp's JSON: each compiled source (relative to ``package``) with its hash (see :func:`stale`)."""
    return json.dumps({str(p.relative_to(package)): source_hash(p) for p in files}, indent=1, sort_keys=True) + "\n"


def compile_modules(opt_level: str = "3") -> list[Path]:
    """Compile :func:`sources` into extensions beside them and write the stamp; returns the extensions."""
    clean()
    files = sources()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            built = build_extensions(files, Path(tmp), REPO, opt_level)
        except CompileError as err:
            sys.exit(str(err))
        for path, rel in built.items():
            shutil.copy2(path, PACKAGE / rel)
    STAMP.write_text(stamp_text(files), encoding="utf-8")
    return extensions()


def main(argv: list[str] | None = None) -> int:
    """Compile, or with ``--clean`` remove the compiled modules."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules (pure Python again)")
    ap.add_argument("--opt-level", default="3", choices=("0", "1", "2", "3"), help="C optimization level (MYPYC_OPT_LEVEL)")
    args = ap.parse_args(argv)
    if args.clean:
        print(f"removed {clean()} files")
        return 0
    built = compile_modules(args.opt_level)
    print(f"compiled {len(sources())} modules into {len(built)} extensions under {PACKAGE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
