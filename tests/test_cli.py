"""Every command has help with an example; library errors become one line and an exit code."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kgreport.cli import cli


def _commands() -> list[str]:
    return sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"build", "eval"} <= set(_commands())


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"{name} --help lacks an example"
    assert f"kgreport {name}" in result.output


def test_group_help_has_example() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output


@pytest.mark.parametrize(
    "make, code, words",
    [
        (lambda d: d / "missing.txt", 2, "no such file"),
        (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", 3, "empty"),
        (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 20) and d / "bin.txt", 4, "bin.txt"),
    ],
)
def test_bad_input_is_one_line_and_exit_code(tmp_path: Path, make, code: int, words: str) -> None:
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == code, result.output
    err = result.stderr if hasattr(result, "stderr") else result.output
    lines = [line for line in err.splitlines() if line.startswith("Error")]
    assert len(lines) == 1 and words in lines[0]
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


_CLI_DIR = Path(__file__).resolve().parents[1] / "src" / "kgreport" / "cli"


@pytest.mark.parametrize("module", sorted(p.name for p in _CLI_DIR.glob("*.py") if p.name != "__init__.py"))
def test_command_modules_do_not_import_the_group(module: str) -> None:
    """The group imports the command modules, never the reverse (no import circle)."""
    import ast

    tree = ast.parse((_CLI_DIR / module).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m == "kgreport.cli" or m.startswith("kgreport.cli.")}, module


def test_every_command_module_is_registered() -> None:
    """Each command a module defines is on the group (a forgotten add_command would drop it)."""
    import importlib

    for path in _CLI_DIR.glob("*.py"):
        if path.name == "__init__.py":
            continue
        mod = importlib.import_module(f"kgreport.cli.{path.stem}")
        defined = {c.name for c in vars(mod).values() if isinstance(c, click.Command)}
        assert defined and defined <= set(cli.commands), path.name
