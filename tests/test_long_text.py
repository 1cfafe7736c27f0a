"""Text without sentence ends (issue 13, item 6): cut into bounded sentences, so extraction stays linear.

The rules' cost per sentence grows faster than its length (a regex search per cue word over the
whole clause, mentions × cues loops); a 5 MB line without punctuation never finished. Bounding every
sentence (and so every clause) at ``MAX_SENTENCE`` makes the work per report linear in its length;
these tests check the bound structurally, never the clock (the scaling figures are in
benchmarks/bench_long_text.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kgreport.build import stages
from kgreport.cli import cli
from kgreport.extract import link as link_module
from kgreport.extract.relations import clauses as relation_clauses
from kgreport.graph import rdf
from kgreport.models import PROGRAM, Document, Mention, ReportGraph, ReportMeta, Section, Sentence
from kgreport.segment import MAX_PART, MAX_SENTENCE, split_sentences

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt"
HEAD = "某某县人民政府工作报告\n"


def _flat(n: int) -> str:
    """``n`` characters of the bundled report with every punctuation mark and line break removed."""
    flat = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z%.]", "", BUNDLED.read_text(encoding="utf-8"))
    return (flat * (n // len(flat) + 1))[:n]


def _check_cover(text: str) -> None:
    """Sentences are at most MAX_SENTENCE long, in order, cut back out of the text, and lose no character."""
    sents = split_sentences(text)
    assert all(len(s.text) <= (MAX_PART if s.cut else MAX_SENTENCE) for s in sents)
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
    # every Chinese character is in some sentence (only spaces and marks are trimmed between parts)
    covered = sum(len(re.findall(r"[\u4e00-\u9fff]", s.text)) for s in sents)
    assert covered == len(re.findall(r"[\u4e00-\u9fff]", text))


@pytest.mark.parametrize(
    ("name", "body", "expect_after"),
    [
        # no mark at all: cut at the limit
        ("no punctuation", _flat(5_300), None),
        # commas only: every part ends right after a comma
        ("commas only", "全面推进乡村振兴，" * 700, "，"),
        # 、 between list items only
        ("enumeration marks only", "甲乙丙丁项目、" * 800, "、"),
        # spaces (a page with words split by spaces that cleaning kept)
        ("spaces only", "推进乡村振兴 abc " * 600, " "),
    ],
)
def test_overlong_sentence_is_cut_into_bounded_parts(name: str, body: str, expect_after: str | None) -> None:
    text = HEAD + body + "。\n"
    sents = split_sentences(text)
    _check_cover(text)
    long_parts = [s for s in sents if s.start >= len(HEAD)]
    assert len(long_parts) >= len(body) // MAX_PART, name
    assert all(len(s.text) <= MAX_PART for s in long_parts), name
    assert [s.cut for s in long_parts] == [True] * (len(long_parts) - 1) + [False]
    if expect_after is not None:
        for s in long_parts[:-1]:
            # the cut is right after the mark: the mark ends the part (trimmed when it is a space)
            assert text[s.end : s.end + 1] == expect_after or s.text.endswith(expect_after), (name, s.text[-5:])


@pytest.mark.parametrize(
    ("name", "filler", "protected"),
    [
        ("number at the limit", "推" * (MAX_SENTENCE - 3), "12.75%"),
        ("quoted name at the limit", "推" * (MAX_SENTENCE - 5), "“四好农村路”"),
        ("book title at the limit", "推" * (MAX_SENTENCE - 2), "《乡村振兴促进法》"),
        # the only comma of the second half is inside a title: no soft cut there
        ("comma inside a title", "推" * (MAX_SENTENCE - 6), "《关于乡村，振兴》"),
    ],
)
def test_hard_cut_never_splits_a_number_or_a_quoted_name(name: str, filler: str, protected: str) -> None:
    text = HEAD + filler + protected + "推" * 600 + "\n"
    sents = split_sentences(text)
    _check_cover(text)
    assert any(protected in s.text for s in sents), name


def test_real_sentences_are_not_cut() -> None:
    sents = split_sentences(BUNDLED.read_text(encoding="utf-8"))
    assert sents and not any(s.cut for s in sents)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("推进乡村振兴战略项目12.%“”《》，、 \n。")), min_size=0, max_size=4_000),
)
def test_sentences_are_bounded_for_any_text(text: str) -> None:
    _check_cover(text)


def test_extraction_never_sees_a_clause_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The structural bound behind linear time: no clause handed to the relation rules is longer than MAX_SENTENCE."""
    seen: list[int] = []
    real = relation_clauses.split_clauses

    def spy(sentence):  # type: ignore[no-untyped-def]
        out = real(sentence)
        seen.extend(len(c.text) for c in out)
        return out

    monkeypatch.setattr(relation_clauses, "split_clauses", spy)
    graph = stages.extract_text(HEAD + _flat(20_000) + "\n", source="flat.txt")
    assert seen and max(seen) <= MAX_PART
    assert len(seen) >= 20_000 // MAX_SENTENCE  # the line was really cut, not skipped (clauses without a name skip the relations)
    assert graph.entities  # names are still found in the parts
    parts = sum(1 for s in graph.sentences if s.start >= len(HEAD))
    assert 20_000 // MAX_PART <= parts <= 20_000 // MAX_PART + 10  # a few more where a cut moved out of a number
    assert graph.warnings == (
        f"flat.txt: 20,000 characters without a sentence end at character {len(HEAD)}, "
        f"extracted in {parts} parts (names across a cut are missed)",
    )


def test_build_warns_naming_file_and_offset(tmp_path: Path) -> None:
    report = tmp_path / "flat.txt"
    report.write_text(HEAD + "全县上下团结一心。\n" + _flat(3_000) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(report), "--out", str(tmp_path / "out"), "--no-store"])
    assert result.exit_code == 0, result.output
    assert f"warning: flat.txt: 3,000 characters without a sentence end at character {len(HEAD) + 10}" in result.stderr
    parts = re.search(r"extracted in (\d+) parts", result.stderr)
    assert parts and 3_000 // MAX_PART <= int(parts.group(1)) <= 3_000 // MAX_PART + 2


@pytest.mark.slow
def test_a_200k_character_line_builds_with_bounded_sentences(tmp_path: Path) -> None:
    report = tmp_path / "line.txt"
    report.write_text(HEAD + _flat(200_000) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(report), "--out", str(tmp_path / "out"), "--no-store", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "200,000 characters without a sentence end" in result.stderr
    graph = stages.extract_text(HEAD + _flat(200_000) + "\n", source="line.txt")
    assert max(len(s.text) for s in graph.sentences) <= MAX_PART
    # at least 800 parts; a few more where a hard cut moved back out of a number
    assert 1 + 200_000 // MAX_PART <= len(graph.sentences) <= 1 + 200_000 // MAX_PART * 11 // 10


_DIGITS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def _word(i: int) -> str:
    """A distinct made-up name part for each ``i`` (甲, 乙, …, 乙甲, …)."""
    out = ""
    while True:
        out = _DIGITS[i % 20] + out
        i //= 20
        if not i:
            return out


def _program_mentions(n: int, tails: bool, documents: bool) -> list[Mention]:
    """``n`` programmes' mentions of a long report: with and without a tail (X工程 / X工程行动), and/or a
    document's full title and its later short title (《X省X发展规划纲要X》 / 《规划纲要X》)."""
    out: list[Mention] = []
    for i in range(n):
        w = _word(i)
        names = [(f"{w}振兴工程", f"{w}振兴工程", "x")]
        if tails:
            names.append((f"{w}振兴工程行动", f"{w}振兴工程行动", "x"))
        if documents:
            names += [(f"{w}省{w}发展规划纲要{w}", f"《{w}省{w}发展规划纲要{w}》", "quote+document"), (f"规划纲要{w}", f"《规划纲要{w}》", "quote+document")]
        out += [Mention(PROGRAM, name, surface, i, 0, 1, source) for name, surface, source in names]
    return out


def _link_lines(mentions: list[Mention]) -> tuple[int, int]:
    """Lines of extract/link.py executed while linking ``mentions`` (a count of work that does not depend on
    the machine's load), and the entities linked."""
    doc = Document(source="long.txt", text="", sha256="", meta=ReportMeta())
    lines = 0

    def in_link(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal lines
        lines += event == "line"
        return in_link

    def calls(frame, event, arg):  # type: ignore[no-untyped-def]
        return in_link if frame.f_code.co_filename == link_module.__file__ else None

    before = sys.gettrace()
    sys.settrace(calls)
    try:
        linked = link_module.link(doc, [], mentions, [])
    finally:
        sys.settrace(before)
    return lines, len(linked.entities)


@pytest.mark.parametrize(
    ("merges", "tails", "documents"),
    [
        ("programme tails (X工程行动 into X工程)", True, False),
        ("document short titles (《规划纲要X》 into the full title)", False, True),
        ("both", True, True),
    ],
)
def test_linking_work_is_linear_in_the_merges(merges: str, tails: bool, documents: bool) -> None:
    """Linking a report twice as long, with twice the merges, executes at most ~twice the lines: a merge
    scanning every mention or every other title (the 20 MB report's quadratic steps) would make it four times."""
    small, small_entities = _link_lines(_program_mentions(300, tails, documents))
    large, large_entities = _link_lines(_program_mentions(600, tails, documents))
    per_programme = 1 + documents  # the merges happened: one entity per programme, plus one per document
    assert (small_entities, large_entities) == (300 * per_programme, 600 * per_programme), merges
    assert large <= 2.2 * small, (merges, small, large)


def _one_section_report(n: int) -> ReportGraph:
    """A report of ``n`` sentences in two sections, no entities."""
    s = "全县深入实施乡村振兴战略。"
    text = s * n
    sents = tuple(Sentence(i, int(i >= n // 2), i * len(s), (i + 1) * len(s), s) for i in range(n))
    half = (n // 2) * len(s)
    return ReportGraph(Document("a.txt", text, "0"), (Section(0, "", 0, half), Section(1, "", half, len(text))), sents, (), (), ())


def test_sentence_blocks_share_what_every_sentence_states() -> None:
    """A long report's blocks are mostly sentence blocks: their type, report and section are one dict per
    report (per section), not one per sentence; what differs per sentence is still its own."""
    blocks = rdf.report_blocks(_one_section_report(400), "a")
    sentences = [po for _, po in blocks.local if "kgr:Sentence" in po.get("a", {})]
    assert len(sentences) == 400
    assert len({id(po["a"]) for po in sentences}) == 1
    assert len({id(po["kgr:inReport"]) for po in sentences}) == 1
    assert len({id(po["kgr:inSection"]) for po in sentences}) == 2
    assert len({next(iter(po["kgr:order"])) for po in sentences}) == 400
    assert len({id(po["kgr:order"]) for po in sentences}) == 400
