"""One report's blocks made and consumed a piece at a time (issue 14, long single inputs).

``rdf.report_pieces`` hands a report's blocks out in pieces, each made once the one before it
has been consumed, and the three consumers of a build (``GraphWriter``, ``PageSpill``,
``BuildTally``) take them one at a time. What they make must not depend on the pieces: each is
compared with the same consumer given the report whole, here with pieces far smaller than a
real build's (down to one block each), so that every cross-piece reference (a statement's
sentence in an earlier piece, an entity's mentions in all of them) is exercised.
"""

from __future__ import annotations

import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from conftest import BUNDLED, SHARED, needs_corpus
from kgreport.build import stages
from kgreport.build.page import PageSpill
from kgreport.graph import rdf
from kgreport.graph.store_tally import BuildTally
from kgreport.html import render
from kgreport.models import Document, Entity, EntityClass, ReportGraph, Section, Sentence
from kgreport.read.reader import read_document

#: Piece sizes in characters of Turtle: one block a piece, a few, many, the whole report.
_SIZES = [1, 700, sys.maxsize]


@pytest.fixture(scope="module")
def reports() -> list[tuple[str, ReportGraph]]:
    """The bundled report, and two corpus reports when the corpus is there."""
    found = [("kaihua-2023", stages.extract(read_document(BUNDLED)))]
    corpus = SHARED / "corpus" / "reports"
    if corpus.is_dir():
        for path in sorted(corpus.glob("*.txt"))[::190][:2]:
            found.append((rdf.report_slug(path.name), stages.extract(read_document(path))))
    return found


def _pieces(reports: list[tuple[str, ReportGraph]], size: int) -> list[rdf.BlockPiece]:
    return [piece for slug, rg in reports for piece in rdf.report_pieces(rg, slug, piece_chars=size)]


@pytest.mark.parametrize("size", _SIZES)
def test_the_pieces_are_the_report_blocks(reports: list[tuple[str, ReportGraph]], size: int) -> None:
    """Concatenated, the pieces are report_blocks; only the first is first, only the last is last and holds the
    entities; the hidden sentences are those the whole report's blocks hide."""
    for slug, rg in reports:
        pieces = list(rdf.report_pieces(rg, slug, piece_chars=size))
        whole = rdf.report_blocks(rg, slug)
        assert [s for p in pieces for s, _ in p.local] == [s for s, _ in whole.local]
        assert [po for p in pieces for _, po in p.local] == [po for _, po in whole.local]
        assert list(pieces[-1].entities.items()) == list(whole.entities.items())
        assert not any(p.entities for p in pieces[:-1])
        assert [p.first for p in pieces] == [True] + [False] * (len(pieces) - 1)
        assert [p.last for p in pieces] == [False] * (len(pieces) - 1) + [True]
        assert frozenset().union(*(p.hidden for p in pieces)) == rdf.whole_piece(whole).hidden
        if size == 1:
            assert all(len(p.local) == 1 for p in pieces[:-1])


def test_some_sentences_are_hidden_and_some_shown(reports: list[tuple[str, ReportGraph]]) -> None:
    """The bundled report has sentences of both kinds, so the tests above compare something."""
    slug, rg = reports[0]
    hidden = rdf.whole_piece(rdf.report_blocks(rg, slug)).hidden
    assert 0 < len(hidden) < len(rg.sentences)


def _written(reports: list[tuple[str, ReportGraph]], size: int | None, tmp_path: Path) -> tuple[str, str, str]:
    """graph.ttl, graph.trig and the store's TriG of ``reports`` written in pieces of ``size`` (None: whole)."""
    ttl, trig, teed = io.StringIO(), io.StringIO(), io.StringIO()
    writer = rdf.GraphWriter(ttl, trig, spill=tmp_path / f"spill-{size}", tee=teed.write)
    for slug, rg in reports:
        if size is None:
            writer.add_blocks(rdf.report_blocks(rg, slug))
        else:
            for piece in rdf.report_pieces(rg, slug, piece_chars=size):
                writer.add_piece(piece)
    writer.close()
    return ttl.getvalue(), trig.getvalue(), teed.getvalue()


@pytest.mark.parametrize("size", _SIZES)
@pytest.mark.parametrize("trig_chars", [2_000, rdf.PIECE_CHARS])
def test_a_report_written_piece_by_piece_is_byte_identical(
    reports: list[tuple[str, ReportGraph]], size: int, trig_chars: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """graph.ttl and graph.trig (and what goes to the store) do not depend on the pieces the blocks came in,
    also when the TriG blocks are small and their bounds fall inside a piece or across pieces."""
    monkeypatch.setattr(rdf, "PIECE_CHARS", trig_chars)
    assert _written(reports, size, tmp_path) == _written(reports, None, tmp_path)


@pytest.mark.parametrize("size", [1, 700, sys.maxsize])
def test_the_page_of_pieces_is_the_page_of_the_whole_report(
    reports: list[tuple[str, ReportGraph]], size: int, tmp_path: Path
) -> None:
    """graph.html drawn from a spill fed piece by piece equals the one fed each report whole."""
    pages = []
    for name, by_piece in (("whole", False), ("pieces", True)):
        spill = PageSpill()
        for slug, rg in reports:
            if by_piece:
                for piece in rdf.report_pieces(rg, slug, piece_chars=size):
                    spill.add_piece(piece)
            else:
                spill.add(rdf.report_blocks(rg, slug))
        render.render_html(spill.view(), tmp_path / f"{name}.html", title="t")
        spill.close()
        pages.append((tmp_path / f"{name}.html").read_bytes())
    assert pages[0] == pages[1]


@pytest.mark.parametrize("size", [1, 700, sys.maxsize])
@pytest.mark.parametrize("spilled", [False, True])
def test_the_tally_of_pieces_is_the_tally_of_the_whole_report(
    reports: list[tuple[str, ReportGraph]], size: int, spilled: bool, tmp_path: Path
) -> None:
    """The derived facts tallied piece by piece are those tallied from each report whole, in the same order
    (every report twice, so that entities are shared and the tally knows a report repeated)."""
    tallies = []
    for name, by_piece in (("whole", False), ("pieces", True)):
        tally = BuildTally(tmp_path / f"{name}.sqlite" if spilled else None)
        for slug, rg in [*reports, *((f"{slug}-again", rg) for slug, rg in reports)]:
            if by_piece:
                for piece in rdf.report_pieces(rg, slug, piece_chars=size):
                    tally.add_piece(piece)
            else:
                tally.add(rdf.report_blocks(rg, slug))
        assert tally.complete
        tallies.append([str(q) for q in tally.derived_quads()])
        tally.close()
    assert tallies[0] and tallies[0] == tallies[1]


@needs_corpus
def test_a_cooperation_statement_reads_its_sentence_text_from_an_earlier_piece(reports: list[tuple[str, ReportGraph]]) -> None:
    """The partners rows hold the text of a cooperation's sentence, which an earlier piece gave."""
    rows = []
    for by_piece in (False, True):
        tally = BuildTally()
        for slug, rg in reports:
            if by_piece:
                for piece in rdf.report_pieces(rg, slug, piece_chars=1):
                    tally.add_piece(piece)
            else:
                tally.add(rdf.report_blocks(rg, slug))
        rows.append(sorted(map(str, tally.partners())))
        tally.close()
    assert rows[0] == rows[1]


def _long_report(n: int) -> ReportGraph:
    """A report of ``n`` sentences in two sections, with entities each mentioned in a few of them."""
    s = "全县深入实施乡村振兴战略，建设县人民医院。"
    text = s * n
    sents = tuple(Sentence(i, int(i >= n // 2), i * len(s), (i + 1) * len(s), s) for i in range(n))
    half = (n // 2) * len(s)
    entities = tuple(
        Entity(f"Program:计划{k}", EntityClass.PROGRAM, f"计划{k}", (), (0, n // 2, n - 1)) for k in range(20)
    )
    sections = (Section(0, "", 0, half), Section(1, "", half, len(text)))
    return ReportGraph(Document("a.txt", text, "0"), sections, sents, entities, (), ())


def _writing_peak(rg: ReportGraph, tmp_path: Path) -> int:
    """Bytes of Python memory the writing of ``rg`` (graph files, page spill, tally) peaked at, over its start."""
    tmp_path.mkdir()
    page, tally = PageSpill(tmp_path / "page.sqlite"), BuildTally(tmp_path / "tally.sqlite")
    with open(tmp_path / "g.ttl", "w", encoding="utf-8") as ttl, open(tmp_path / "g.trig", "w", encoding="utf-8") as trig:
        writer = rdf.GraphWriter(ttl, trig, spill=tmp_path / "spill.sqlite")
        tracemalloc.start()
        start = tracemalloc.get_traced_memory()[0]
        for piece in rdf.report_pieces(rg, "a"):
            writer.add_piece(piece)
            page.add_piece(piece)
            tally.add_piece(piece)
            del piece
        peak = tracemalloc.get_traced_memory()[1] - start
        tracemalloc.stop()
        writer.close()
    page.close()
    tally.close()
    return peak


def test_writing_a_long_report_is_bounded_by_a_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing a report eight times longer peaks at about the same Python memory: it holds a piece, not the report.

    With pieces (and TriG blocks) of 50,000 characters, 2,000 sentences are ~10 pieces; whole, the blocks of
    16,000 sentences peaked at 7.7 times those of 2,000 (measured with each report given whole to the three).
    """
    monkeypatch.setattr(rdf, "PIECE_CHARS", 50_000)
    small = _writing_peak(_long_report(2_000), tmp_path / "small")
    large = _writing_peak(_long_report(16_000), tmp_path / "large")
    assert large < 1.5 * small, (small, large)
