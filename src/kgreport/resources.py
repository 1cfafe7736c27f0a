"""The one loader for data files: gazetteers, cue words, suffixes, rules.

Data lives in the repository's ``data/`` and ``ontology/`` folders; a built
wheel carries them as ``kgreport/_data`` and ``kgreport/_ontology``. Every
file is read once, on first use.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent.parent


def _first_existing(*candidates: Path) -> Path:
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


@lru_cache(maxsize=None)
def data_dir() -> Path:
    """Folder holding gazetteers, rules and the bundled reports."""
    return _first_existing(_PKG / "_data", _REPO / "data")


@lru_cache(maxsize=None)
def ontology_dir() -> Path:
    """Folder holding ``kgreport.ttl`` and ``shapes.ttl``."""
    return _first_existing(_PKG / "_ontology", _REPO / "ontology")


def bundled_reports_dir() -> Path:
    """Folder of the reports built when ``kgreport build`` gets no input."""
    return data_dir() / "reports"


def data_path(relative: str) -> Path:
    """Path of a data file, e.g. ``rules/org_suffixes.txt``."""
    return data_dir() / relative


@lru_cache(maxsize=None)
def load_lines(relative: str) -> tuple[str, ...]:
    """Non-empty lines of a text list; ``#`` starts a comment."""
    out = []
    for line in data_path(relative).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def load_words(relative: str) -> frozenset[str]:
    """All whitespace-separated words of a text list; ``#`` starts a comment."""
    return frozenset(w for line in load_lines(relative) for w in line.split())


@lru_cache(maxsize=None)
def load_tsv(relative: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line; lines starting with ``#`` are skipped."""
    with data_path(relative).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=None)
def load_json(relative: str) -> Any:
    """Parsed JSON data file."""
    return json.loads(data_path(relative).read_text(encoding="utf-8"))
