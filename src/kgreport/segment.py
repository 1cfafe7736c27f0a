"""Split a cleaned report into sections, sentences, clauses and tokens.

Offsets always index the document text, so ``text[start:end]`` cuts a
sentence or token back out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kgreport import gazetteer, patterns
from kgreport.models import Section, Sentence
from kgreport.resources import word_list

_WS = " \t\r\n\u3000\xa0"


def split_sections(text: str) -> tuple[Section, ...]:
    """Sections delimited by numbered headings; text before the first is section 0."""
    starts = [(0, "")]
    for m in patterns.HEADING.finditer(text):
        title = m.group(0).strip(_WS)
        if m.start() == 0:
            starts[0] = (0, title)
        else:
            starts.append((m.start(), title))
    out = []
    for i, (start, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out.append(Section(index=i, title=title, start=start, end=end))
    return tuple(out)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return start, end


#: Most characters in one sentence. The rules' cost per sentence grows faster than its length, so
#: text without sentence ends (punctuation stripped, a 5 MB line) is cut into parts of at most this
#: many; a real sentence is shorter (the longest of the 384 corpus reports has 664 characters).
MAX_SENTENCE = 1000

#: Most characters in one part of a sentence over ``MAX_SENTENCE``. Parts are shorter than the limit
#: because a clause without marks costs the rules more per character the longer it is: a line without
#: punctuation cut into 1,000-character parts ran at 0.7x the characters per CPU second of report
#: text, in 250-character parts at 1.2x (benchmarks/bench_long_text.py). Real sentences stay whole.
MAX_PART = 250

#: Marks after which an overlong sentence is best cut, e.g. "，" in "…推进乡村振兴，加快…", or a space.
_SOFT_CUT = re.compile(r"[，,、：:；;…— \t\u3000]")

#: Characters a hard cut does not fall between, e.g. inside "12.5%" or "5G".
_WORD_CHAR = re.compile(r"[0-9A-Za-z.%]")


def split_sentences(text: str, sections: tuple[Section, ...] | None = None) -> tuple[Sentence, ...]:
    """Sentences split at 。！？；!?; and line breaks, never inside quotes.

    A sentence longer than ``MAX_SENTENCE`` is cut into parts of at most ``MAX_PART`` characters
    (``Sentence.cut`` on all but the last), preferably after a comma or space, never inside a quoted name or a number.
    """
    return tuple(iter_sentences(text, sections))


def iter_sentences(text: str, sections: tuple[Section, ...] | None = None) -> Iterator[Sentence]:
    """The sentences of :func:`split_sentences`, one at a time (a consumer may drop each when done).

    Example: ``[s.text for s in iter_sentences("一是甲。二是乙。")] == ["一是甲。", "二是乙。"]``.
    """
    sections = sections if sections is not None else split_sections(text)
    quoted = [(m.start(), m.end()) for m in patterns.QUOTED.finditer(text)]
    quote_starts = [q[0] for q in quoted]
    qi = 0
    count = 0
    part = _Part("", False)
    for sec in sections:
        pos = sec.start
        cuts = []
        for m in patterns.SENTENCE_END.finditer(text, sec.start, sec.end):
            while qi < len(quoted) and quoted[qi][1] <= m.start():
                qi += 1
            if qi < len(quoted) and quoted[qi][0] < m.start() < quoted[qi][1] and "\n" not in m.group(0):
                continue
            cuts.append(m.end())
        cuts.append(sec.end)
        for cut in cuts:
            s, e = _trimmed(text, pos, min(cut, sec.end))
            pos = cut
            for ps, pe, forced in _parts(text, s, e, quoted, quote_starts):
                if pe > ps and patterns.HAS_HAN.search(text, ps, pe):
                    part = report_part(text[ps:pe], part)
                    yield Sentence(index=count, section=sec.index, start=ps, end=pe, text=text[ps:pe], cut=forced, part=part.name)
                    count += 1


#: The cue lists of a report's parts (data: rules/goal_cues.tsv), e.g. "回顾" in "一、2023年工作回顾", "工作安排" in
#: "二、2024年工作安排", "今年是" opening the plan part where no heading does.
_GOALS = "rules/goal_cues.tsv"
_REVIEW_HEADING = word_list(_GOALS, "review_heading")
_PLAN_HEADING = word_list(_GOALS, "plan_heading")
_PLAN_OPENING = word_list(_GOALS, "plan_opening")

#: A numbered top-level heading opening a sentence, e.g. "二、" in "二、2024年工作安排", "第一部分" (not "（二）", a
#: sub-heading); a heading glued to the sentence after it ("一、过去五年工作回顾刚刚过去的…") is read in its first words.
_TOP_HEADING = re.compile(r"\s*(?:第[一二三四五六七八九十]{1,2}部分[、，,：:\s]*|[一二三四五六七八九十]{1,2}[、.．])")

#: How many characters of a top-level heading are read for part cues, e.g. "2024年工作安排" in "二、2024年工作安排".
_HEADING_SPAN = 20

#: Most characters of a line alone (no sentence end) read as an unnumbered heading, e.g. "2021年工作回顾".
_SHORT_LINE = 24


class _Part(NamedTuple):
    """The part a sentence is in and whether a numbered top-level heading started it."""

    name: str
    numbered: bool


def report_part(sentence: str, before: _Part) -> _Part:
    """The part of the report ``sentence`` is in, given the part of the sentence before it.

    A heading with review words starts the review part ("一、2023年工作回顾", "过去五年工作回顾"), one with plan
    words the plan part ("二、2024年工作安排", "三、2021年重点工作"); a numbered top-level heading with neither ends
    a part a numbered heading started ("四、加强政府自身建设": the part is not known); a sentence opening with
    "今年是" or "今年政府工作的总体要求" starts the plan part. Any other sentence stays in the part before it.
    """
    s = sentence.strip(_WS)
    top = _TOP_HEADING.match(s)
    if top:
        head = s[top.end() : top.end() + _HEADING_SPAN]
    elif len(s) <= _SHORT_LINE and not s.endswith(("。", "；", ";", "！", "？", "!", "?", "，", ",", "：", ":")):
        head = s
    elif s.startswith(_PLAN_OPENING):
        return _Part("plan", before.numbered)
    else:
        return before
    if any(w in head for w in _REVIEW_HEADING):
        return _Part("review", bool(top))
    if any(w in head for w in _PLAN_HEADING):
        return _Part("plan", bool(top))
    if top and before.numbered:
        return _Part("", True)  # 四、加强政府自身建设: a new top-level part whose kind no word says
    return before


#: Characters of report text extracted at once by :func:`kgreport.build.stages.extract`: a
#: 50 MB report is segmented and its rules run piece by piece, and what a piece's rules keep
#: for themselves (tokens, clauses) is dropped before the next piece is cut.
PIECE_CHARS = 200_000


def sentence_pieces(sentences: Iterable[Sentence], max_chars: int = PIECE_CHARS) -> Iterator[tuple[Sentence, ...]]:
    """Consecutive sentences in pieces: whole sections while a piece holds under half of
    ``max_chars`` characters, and a section longer than that cut between two sentences, so no
    piece holds more than ``max_chars + MAX_SENTENCE`` characters of sentences.

    Example: with ``max_chars=2`` each sentence of ``一是甲。二是乙。`` is a piece of its own.
    """
    piece: list[Sentence] = []
    size = 0
    for sent in sentences:
        if piece and (size >= max_chars or size >= max_chars // 2 and sent.section != piece[-1].section):
            yield tuple(piece)
            piece, size = [], 0
        piece.append(sent)
        size += sent.end - sent.start
    if piece:
        yield tuple(piece)


def _parts(text: str, start: int, end: int, quoted: list[tuple[int, int]], quote_starts: list[int]) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, cut)`` pieces: the sentence whole if it is at most ``MAX_SENTENCE`` characters long, else
    parts of at most ``MAX_PART``; ``cut``: ended by the length limit."""
    if end - start <= MAX_SENTENCE:
        yield start, end, False
        return
    while end - start > MAX_PART:
        cut = _cut_point(text, start, quoted, quote_starts)
        s, e = _trimmed(text, start, cut)
        yield s, e, True
        start, end = _trimmed(text, cut, end)
    yield start, end, False


def _cut_point(text: str, start: int, quoted: list[tuple[int, int]], quote_starts: list[int]) -> int:
    """Where to end a piece starting at ``start``: after the last comma or space of its second half, else
    at the limit moved back out of a quoted name and a number."""
    def quote_around(pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(quote_starts, pos - 1) - 1
        return quoted[i] if i >= 0 and quoted[i][0] < pos < quoted[i][1] else None

    limit = start + MAX_PART
    soft = None
    for m in _SOFT_CUT.finditer(text, start + MAX_PART // 2, limit):
        if quote_around(m.end()) is None:  # not the comma of 《…，…》
            soft = m.end()
    if soft is not None:
        return soft
    cut = limit
    around = quote_around(cut)
    if around is not None and around[0] > start:
        cut = around[0]  # “…” is at most 32 characters, so the piece stays long
    back = cut
    while back > cut - 20 and back > start + 1 and _WORD_CHAR.match(text, back - 1) and _WORD_CHAR.match(text, back):
        back -= 1
    if not (_WORD_CHAR.match(text, back - 1) and _WORD_CHAR.match(text, back)):
        cut = back  # a run of 20 digits or letters is no number: cut inside it
    return cut


@dataclass(frozen=True)
class Clause:
    """A comma-delimited part of a sentence; offsets into the document text."""

    start: int
    end: int
    text: str


def split_clauses(sentence: Sentence) -> tuple[Clause, ...]:
    """Clauses of a sentence, split at ，,：: outside quotes and brackets."""
    text = sentence.text
    out = []
    depth = 0
    last = 0
    for m in patterns.CLAUSE_MARK.finditer(text):  # only the marks, not every character
        ch, i = m.group(0), m.start()
        if ch in "“《「（(【":
            depth += 1
        elif ch in "”》」）)】":
            depth = max(0, depth - 1)
        elif depth == 0:
            if i > last:
                out.append(Clause(sentence.start + last, sentence.start + i, text[last:i]))
            last = i + 1
    if last < len(text):
        out.append(Clause(sentence.start + last, sentence.start + len(text), text[last:]))
    return tuple(out)


class Token(NamedTuple):
    """A word; ``quoted`` tokens are a whole “…” span, never cut by jieba.

    A NamedTuple rather than a frozen dataclass: a report makes tens of thousands of them.
    """

    text: str
    start: int  # offset into the document text
    end: int
    tag: str = ""  # jieba dictionary POS tag, "Q" for quoted spans, "w" for punctuation

    @property
    def inner(self) -> str:
        """The token without its quote marks."""
        return self.text[1:-1] if self.tag == "Q" else self.text


@lru_cache(maxsize=1)
def _jieba() -> tuple[Callable[[str], list[str]], dict[str, str]]:
    """The word cutter and jieba's word -> POS tag table, loaded once.

    Words are cut by jieba-next when it is installed: jieba's dictionary and
    algorithm with the DAG search in Rust, about four times faster, and the
    same words (tests/test_segment.py holds both to the same output on corpus
    sentences). jieba itself supplies the POS table, and cuts when jieba-next
    is missing (a platform without its wheel).
    """
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    try:
        import jieba_next
    except ImportError:
        jieba.initialize()
        lcut = jieba.lcut
    else:
        jieba_next.set_log_level(logging.WARNING)
        jieba_next.initialize()
        lcut = jieba_next.lcut
    return lcut, jieba.posseg.dt.word_tag_tab


@lru_cache(maxsize=1)
def _dictionary_lines() -> str:
    """jieba's own dictionary ("word frequency tag" lines), each line between two "\n", read once."""
    import jieba

    with jieba.get_dict_file() as f:
        return "\n" + "\n".join(f.read().decode("utf-8").splitlines()) + "\n"


@lru_cache(maxsize=1 << 14)
def dictionary_frequency(word: str) -> int:
    """How often jieba's general dictionary counts ``word`` (0 when it lacks the word), e.g. 7741 for 机场,
    32 for 望海: a general measure of how common a word is, built from no report."""
    # Only a few dozen words are asked per process: finding their lines costs far less than parsing all
    # 349,000 lines into a dict (~0.5 s per process). The word's last line with a numeric frequency counts.
    if " " in word or "".join(word.splitlines()) != word:
        return 0  # no line's first field holds a space or a line break
    text = _dictionary_lines()
    key = "\n" + word + " "
    at = text.rfind(key)
    while at >= 0:
        frequency = text[at + len(key) : text.index("\n", at + 1)].split(" ", 1)[0]
        if frequency.isdigit():
            return int(frequency)
        at = text.rfind(key, 0, at)
    return 0


def cutter_id() -> str:
    """Name and version of the word cutter in use, e.g. "jieba-next 1.0.0rc1" (part of the cache key)."""
    from importlib import metadata

    for dist in ("jieba-next", "jieba"):
        try:
            return f"{dist} {metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


_PUNCT = set("，,、。；;：:！!？?（）()【】[]“”\"《》「」『』—…·/ \t\n\u3000")


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """jieba tokens with offsets; quoted spans stay whole."""
    if offset == 0 and len(text) <= _SHORT_TEXT:
        return _tokenize_short(text)
    return _tokenize(text, offset)


#: Longest text whose tokens at offset 0 are remembered: the rules cut names, labels and words again
#: (~8,000 texts of ~6 characters for 20 reports, 40 % of them repeated), a sentence is cut once.
_SHORT_TEXT = 32


@lru_cache(maxsize=1 << 14)
def _tokenize_short(text: str) -> tuple[Token, ...]:
    return _tokenize(text, 0)


def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    lcut, tags = _jieba()
    out: list[Token] = []
    pos = 0
    for m in patterns.QUOTED.finditer(text):
        out.extend(_plain_tokens(lcut, tags, text[pos : m.start()], offset + pos))
        out.append(Token(m.group(0), offset + m.start(), offset + m.end(), "Q"))
        pos = m.end()
    out.extend(_plain_tokens(lcut, tags, text[pos:], offset + pos))
    return tuple(out)


def _plain_tokens(lcut: Callable[[str], list[str]], tags: dict[str, str], text: str, offset: int) -> list[Token]:
    out: list[Token] = []
    pos = offset
    tag_of = _TAG_OF
    new = tuple.__new__  # Token(...) without the Python-level __new__: a report makes ~10^5 tokens
    words = lcut(text)
    for i, w in enumerate(words):
        if w in _ROAD_SIDES and i + 1 < len(words) and words[i + 1].startswith(_SECTION_STARTS) and out and out[-1].tag != "w":
            # 某某路北延段, 某某路东段: jieba reads 路北 (a district's name) or 路东; the road ends at 路
            out.append(new(Token, (w[0], pos, pos + 1, tags.get(w[0], "x"))))
            out.append(new(Token, (w[1], pos + 1, pos + 2, tags.get(w[1], "x"))))
            pos += 2
            continue
        tag = tag_of.get(w)
        if tag is None:
            tag = _tag(w, tags)
            if len(tag_of) < 1 << 20:
                tag_of[w] = tag
        if w[0] in "和与及或" and len(w) == 2 and w[1] in _LEVEL_CHARS and tag != _SPLIT and out and out[-1].tag not in ("w", "ns"):
            tag = _SPLIT  # 标准化和县疾控中心: 和 + 县 after a word; 和县 the county follows a place or a mark
        if tag == _SPLIT:
            for c in w:
                out.append(new(Token, (c, pos, pos + 1, tags.get(c, "x"))))
                pos += 1
            continue
        end = pos + len(w)
        out.append(new(Token, (w, pos, end, tag)))
        pos = end
    return out


#: Words jieba makes of a road's 路 and the side its section or extension runs to, e.g. "路北" in "某某路北延段".
_ROAD_SIDES = frozenset(("路东", "路西", "路南", "路北"))
#: Starts of the word after such a side that make it a section or extension of the road: 延段, 延线, 延伸, 段.
_SECTION_STARTS = ("延", "段")

#: Word -> tag, filled as words are met (the same few thousand words make up most text).
_TAG_OF: dict[str, str] = {}
#: Tag of a word made of two words that jieba's HMM glued together, cut again into characters.
_SPLIT = "<split>"
#: Level characters that open a relative name (区人大, 市委), e.g. "区" in "向区".
_LEVEL_CHARS: frozenset[str] = frozenset(gazetteer.division_ends("after_conjunction"))


def _tag(w: str, tags: dict[str, str]) -> str:
    if w in _PUNCT or all(c in _PUNCT for c in w):
        return "w"
    tag = tags.get(w)
    if tag is not None:
        return tag
    if len(w) == 2 and (
        tags.get(w[0]) in ("p", "c") and w[1] in _LEVEL_CHARS  # 向区 in 向区人大报告, 以县 in 以县城为中心
        or w[0] in "和与及或" and tags.get(w[0]) in ("p", "c")  # 和布 in 某某通道和布心路
        or tags.get(w[0]) == "r" and w[1] == "是"  # 这是 in 这是市委作出的决策
    ):
        return _SPLIT  # an unknown word, glued by jieba's HMM from a function word and the next word's start
    return "x"
