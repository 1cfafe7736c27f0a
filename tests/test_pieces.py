"""A long report is segmented and extracted in bounded pieces (issue 14, long single inputs).

Every rule but linking looks at one sentence, so extracting a report a piece at a time must give
exactly what extracting it whole gives; these tests check that on corpus reports and Hypothesis
texts with pieces far smaller than the default, and that no piece is over its bound. Nothing is
timed (memory figures: benchmarks/bench_long_text.py --memory).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED, needs_corpus
from kgreport.build import stages
from kgreport.extract.entities import extract_mentions
from kgreport.extract.indicators import extract_indicators
from kgreport.extract.link import link
from kgreport.extract.relations import extract_relations
from kgreport.models import Document, ReportGraph
from kgreport.read import reader
from kgreport.read.complete import complete_meta
from kgreport.read.metadata import extract_meta
from kgreport.segment import MAX_SENTENCE, iter_sentences, sentence_pieces, split_sections, split_sentences

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt"
CORPUS = SHARED / "corpus" / "reports"


def _whole(doc: Document) -> ReportGraph:
    """The stages run on the whole report at once (how extraction ran before it went in pieces)."""
    doc = complete_meta(doc)
    sections = split_sections(doc.text)
    sentences = split_sentences(doc.text, sections)
    mentions = extract_mentions(doc, sentences)
    relations = extract_relations(sentences, mentions)
    linked = link(doc, sentences, mentions, relations)
    return ReportGraph(doc, sections, sentences, linked.entities, linked.relations, tuple(extract_indicators(sentences)))


def _corpus_sample(n: int) -> list[Path]:
    paths = sorted(CORPUS.glob("*.txt"))
    return sorted(random.Random(14).sample(paths, min(n, len(paths))))


@needs_corpus
@pytest.mark.slow
@pytest.mark.parametrize("path", _corpus_sample(24) if CORPUS.is_dir() else [], ids=lambda p: p.stem)
def test_corpus_report_in_pieces_equals_whole(path: Path) -> None:
    doc = reader.read_document(path)
    whole = _whole(doc)
    # pieces of 2,000 characters: a corpus report (~20,000) is cut into ten or more, most inside a section
    pieced = stages.extract(doc, piece_chars=2_000)
    assert len(list(sentence_pieces(iter_sentences(doc.text), 2_000))) >= 5
    assert pieced == whole
    assert stages.extract(doc) == whole  # the default piece size


def test_bundled_report_in_pieces_of_one_sentence_equals_whole() -> None:
    doc = reader.read_document(BUNDLED)
    assert stages.extract(doc, piece_chars=1) == _whole(doc)


#: Report-like text: headings, sentences, quotes, numbers, names the rules find.
_LINES = st.sampled_from(
    [
        "一、过去一年的工作\n",
        "二、今年的主要任务\n",
        "（一）加快产业升级。",
        "深入实施“青禾振兴”行动，",
        "县人民医院新院区建成投用。",
        "地区生产总值增长5.2%，",
        "与某某大学合作共建研究院。",
        "新增城镇就业三千五百人；",
        "推进青禾污水处理厂建设",
        "\n",
    ]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=60), st.integers(min_value=1, max_value=400))
def test_any_piece_size_gives_the_whole_extraction(lines: list[str], piece_chars: int) -> None:
    text = "某某县人民政府工作报告\n" + "".join(lines)
    doc = Document(source="t.txt", text=text, sha256="0", meta=extract_meta(text))
    assert stages.extract(doc, piece_chars=piece_chars) == _whole(doc)


@settings(max_examples=40, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=200), st.integers(min_value=1, max_value=2_000))
def test_pieces_are_bounded_and_cover_every_sentence_in_order(lines: list[str], max_chars: int) -> None:
    text = "".join(lines)
    pieces = list(sentence_pieces(iter_sentences(text), max_chars))
    assert [s for p in pieces for s in p] == list(split_sentences(text))
    assert all(p for p in pieces)
    assert all(sum(s.end - s.start for s in p) <= max_chars + MAX_SENTENCE for p in pieces)


def test_a_long_line_without_sections_is_cut_into_many_pieces() -> None:
    text = "推进乡村振兴，加快产业升级。" * 20_000  # 280,000 characters, one section
    pieces = list(sentence_pieces(iter_sentences(text), 10_000))
    assert len(pieces) >= 28
    assert max(sum(s.end - s.start for s in p) for p in pieces) <= 10_000 + MAX_SENTENCE
