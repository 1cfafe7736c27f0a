"""Shared fixtures: one build of the bundled report per test session."""

from __future__ import annotations

import contextlib
import importlib.util
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BUNDLED = REPO / "data" / "reports" / "kaihua-2023.txt"
QUERY_SAMPLE = REPO / "tests" / "data" / "query_sample.ttl"

if TYPE_CHECKING:
    from kgreport.query.serve import SparqlServer

#: Tests that read ../shared (the scorer, gold files, the corpus) skip on a clone without it.
needs_shared = pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared (scorer, gold, corpus) not present")
needs_corpus = pytest.mark.skipif(not (SHARED / "corpus" / "reports").is_dir(), reason="../shared/corpus not present")


def load_script(path: Path, name: str) -> ModuleType:
    """The Python file at ``path`` (a script of scripts/ or the shared scorer, which are no package)
    imported as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def sample_store_build(out: Path, *, page: bool = False) -> Path:
    """``out`` made a build folder of the query sample: its graph.ttl, its store and, with ``page``,
    a stub graph.html."""
    from kgreport.graph.store import write_store

    shutil.copy(QUERY_SAMPLE, out / "graph.ttl")
    write_store(out / "graph.ttl", out / "store")
    if page:
        (out / "graph.html").write_text("<!DOCTYPE html><title>graph page</title>", encoding="utf-8")
    return out


@contextlib.contextmanager
def serving(server: SparqlServer) -> Iterator[str]:
    """The base URL of ``server`` answering in a thread; shut down and closed on leaving."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
