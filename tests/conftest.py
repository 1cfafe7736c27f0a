"""Shared fixtures: one build of the bundled report per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BUNDLED = REPO / "data" / "reports" / "kaihua-2023.txt"


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
