"""Every command of the README runs: each code block is run as the README shows it, or skipped with a reason."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SHARED

README = (REPO / "README.md").read_text(encoding="utf-8")
VENV_BIN = Path(sys.executable).parent

#: Blocks not run, by a pattern of their text, and why.
SKIPS = [
    (r"python3 -m venv \.venv", "installs the package: the test itself runs in the installed venv"),
    (r"bash scripts/test\.sh", "the whole test suite, which holds this test"),
    (r"oxigraph serve|kgreport push", "needs a Graph Store server (tests/test_push.py pushes to a real Oxigraph)"),
    (r"precision_sample\.py draw", "draws an audit from 12 corpus reports of ../shared (minutes); docs/precision.md has its rows"),
]


def _blocks() -> list[tuple[str, str]]:
    """(language, text) of each code block: indented blocks are shell commands, fenced ones say their language."""
    out: list[tuple[str, str]] = []
    lines = README.splitlines()
    i = 0
    while i < len(lines):
        fence = re.match(r"^```(\w*)$", lines[i])
        if fence:
            end = lines.index("```", i + 1)
            if fence.group(1):  # a fence without a language holds printed output, not commands
                out.append((fence.group(1), "\n".join(lines[i + 1 : end])))
            i = end + 1
            continue
        if lines[i].startswith("    ") and (i == 0 or not lines[i - 1].strip()):
            block = []
            while i < len(lines) and (lines[i].startswith("    ") or (not lines[i].strip() and i + 1 < len(lines) and lines[i + 1].startswith("    "))):
                block.append(lines[i][4:])
                i += 1
            out.append(("sh", "\n".join(block)))
            continue
        i += 1
    return out


BLOCKS = _blocks()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_readme_has_the_blocks_this_test_knows() -> None:
    assert len(BLOCKS) >= 8 and any(lang == "python" for lang, _ in BLOCKS)
    assert not any("../corpus/" in text for _, text in BLOCKS)  # the corpus is ../shared/corpus/reports/


@pytest.mark.slow
@pytest.mark.parametrize("language, text", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_a_readme_block_runs(tmp_path: Path, language: str, text: str) -> None:
    for pattern, reason in SKIPS:
        if re.search(pattern, text):
            pytest.skip(reason)
    if "../shared" in text and not (SHARED / "eval").is_dir():
        pytest.skip("../shared (scorer, gold, corpus) not present")
    work = tmp_path / "work"
    work.mkdir()
    for name in ("data", "scripts"):
        (work / name).symlink_to(REPO / name)
    (work / ".venv").symlink_to(VENV_BIN.parent)
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED)
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(REPO / "src")}
    if language == "python":
        (work / "example.py").write_text(text, encoding="utf-8")
        command = [sys.executable, "example.py"]
    else:
        assert language == "sh"
        # A real server on a free port: 7878 may be taken by another process of this machine.
        command = ["bash", "-euo", "pipefail", "-c", text.replace("7878", str(_free_port()))]
    done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{text}\n--- stdout\n{done.stdout[-2000:]}\n--- stderr\n{done.stderr[-2000:]}"
    if "kgreport serve" in text:  # the curl answer: SPARQL CSV results, header then the programme labels
        assert re.search(r"^l\r?\n\S", done.stdout, re.M), done.stdout[-300:]
