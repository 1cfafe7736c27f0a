"""Shared fixtures: one build of the bundled report per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BUNDLED = REPO / "data" / "reports" / "kaihua-2023.txt"

#: Tests that read ../shared (the scorer, gold files, the corpus) skip on a clone without it.
needs_shared = pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared (scorer, gold, corpus) not present")
needs_corpus = pytest.mark.skipif(not (SHARED / "corpus" / "reports").is_dir(), reason="../shared/corpus not present")


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output folder of ``kgreport build`` on the bundled report (built once)."""
    from click.testing import CliRunner

    from kgreport.cli import cli

    out = tmp_path_factory.mktemp("bundled-out")
    result = CliRunner().invoke(cli, ["build", str(BUNDLED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def bundled_graph(bundled_build: Path) -> Graph:
    """The graph.ttl of the bundled report, parsed."""
    return Graph().parse(bundled_build / "graph.ttl", format="turtle")
