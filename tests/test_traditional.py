"""Reports in traditional characters (issue 13, item 10): extracted as well as the simplified original.

A traditional copy of a report decoded fine but extraction collapsed (Honor 19 → 1, Organization
53 → 23): the rules and word lists are simplified. The reader now converts traditional text to
simplified for extraction, keeping every offset, and the evidence sentences keep the report's own
characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import zhconv
from click.testing import CliRunner
from rdflib import Graph, Literal

from kgreport.build import stages
from kgreport.cli import cli
from kgreport.read.reader import read_bytes
from kgreport.traditional import is_traditional, to_simplified, traditional_share
from kgreport.graph.vocab import KGR

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt"
SIMPLIFIED = BUNDLED.read_text(encoding="utf-8")
TRADITIONAL = zhconv.convert(SIMPLIFIED, "zh-hant")


@pytest.mark.parametrize(
    ("name", "text", "traditional"),
    [
        ("simplified report", SIMPLIFIED, False),
        ("traditional copy", TRADITIONAL, True),
        ("simplified with one traditional name", SIMPLIFIED.replace("开化县", "開化縣", 1), False),
        ("Taiwan-style text", zhconv.convert(SIMPLIFIED, "zh-tw"), True),
        ("no Chinese", "GDP grew 5.2% in 2023.", False),
    ],
)
def test_detection_by_share_of_traditional_only_characters(name: str, text: str, traditional: bool) -> None:
    assert is_traditional(text) is traditional, (name, traditional_share(text))


def test_conversion_keeps_every_offset() -> None:
    simplified = to_simplified(TRADITIONAL)
    assert len(simplified) == len(TRADITIONAL)
    assert simplified == zhconv.convert(TRADITIONAL, "zh-hans")


def _labels(graph) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(e.cls.value, e.label) for e in graph.entities}


@pytest.mark.parametrize(("variant", "encoding"), [("zh-hant", "utf-8"), ("zh-tw", "big5hkscs")])
def test_traditional_copy_extracts_nearly_the_same_entities(variant: str, encoding: str) -> None:
    simplified = stages.extract(read_bytes(SIMPLIFIED.encode("utf-8"), "s.txt"))
    data = zhconv.convert(SIMPLIFIED, variant).encode(encoding, errors="strict")
    doc = read_bytes(data, "t.txt")
    assert doc.original and len(doc.original) == len(doc.text)
    traditional = stages.extract(doc)
    ours, theirs = _labels(simplified), _labels(traditional)
    assert len(ours) >= 20  # the bundled report names enough entities for the comparison to mean something
    overlap = len(ours & theirs) / len(ours | theirs)
    assert overlap >= 0.9, sorted(ours ^ theirs)
    # every sentence's offsets cut the same span out of both texts
    for s in traditional.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert to_simplified(doc.shown(s.start, s.end)) == s.text


def test_evidence_is_in_the_original_characters(tmp_path: Path) -> None:
    report = tmp_path / "traditional.txt"
    report.write_text(TRADITIONAL, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(report), "--out", str(tmp_path / "out"), "--no-store"])
    assert result.exit_code == 0, result.output
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    texts = [str(o) for o in g.objects(None, KGR.text) if isinstance(o, Literal)]
    original = read_bytes(TRADITIONAL.encode("utf-8"), "traditional.txt").original
    assert texts and all(t in original for t in texts)  # cut from the report's own characters
    assert sum(traditional_share(t) > 0 for t in texts) > len(texts) // 2
