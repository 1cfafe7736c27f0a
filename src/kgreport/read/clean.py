"""Text cleaning: from whatever a file held to the canonical report text.

The cleaned text is one paragraph per line, no blank lines, no leading or
trailing spaces. Every later offset points into it, so cleaning is the only
place where characters are changed. NFKC is deliberately not applied (it would
rewrite 「」, ·, ㈠ and similar); only the listed normalisations are made.
Boilerplate (site menus, footers, crawler headers) is removed by the rules in
``data/rules/boilerplate.tsv``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from kgreport.resources import load_tsv

BOILERPLATE_RULES = "rules/boilerplate.tsv"

# Characters that count as "Chinese" for spacing decisions: CJK ideographs, CJK
# punctuation, full-width forms, Chinese quotes/dashes/ellipsis.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2014\u2026\u00b7"

# Literal escape sequences stored as text by crawlers, e.g. "意见。\r\n一、2018年" (backslash, r).
_LITERAL_NEWLINE = re.compile(r"\\r\\n|\\n|\\r")
# Literal "\t" escapes, e.g. "各位代表：\t现在".
_LITERAL_TAB = re.compile(r"\\t")
# Backslash-escaped quotes from JSON/CSV dumps, e.g. 以\"三个代表\"重要思想.
_LITERAL_QUOTE = re.compile(r"\\([\"'])")
# R-style code point escapes from page dumps, e.g. "<U+00A0>".
_U_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")
# An HTML entity, e.g. "&nbsp;", "&#12288;", "&amp;".
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# A full-width dot between digits, e.g. "1．1" -> "1.1".
_FW_DECIMAL = re.compile(r"(?<=[0-9])．(?=[0-9])")
# Question marks standing for lost characters: after Chinese punctuation ("。?完成"),
# opening a line ("?完成11个村庄"), or in runs ("市长?? 张壮田", "2023-03-30????").
_LOST_CHAR = re.compile(r"(?:(?<=[。；，、：！）\n])|^)(?:[ \t]*\?+)+|\?{2,}", re.M)
# Runs of horizontal space, e.g. "市长   张三".
_SPACES = re.compile(r" {2,}")
# A space between two Chinese characters, e.g. "政 府 工 作" or "刚 刚" (fixed-width wrapping).
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")

# Line starts that continue the previous line (closing punctuation), e.g. "，接着，又通过了".
_CONTINUATION_START = re.compile(r"^[，、。；：！？）》」』”’,.;:!?)\]]")
# Line ends that close a sentence or a label; such a line is never joined to the next.
_CLOSED_END = re.compile(r"[。！？；：…」』”’》）!?;:)\]]$")
# Mid-sentence punctuation showing a line is running prose, e.g. "从今年开始，我省将".
_PROSE = re.compile(r"[，、,。]")
# Heading and list openings that start a new paragraph: "一、", "（二）", "3.", "第一，", "——".
# A sentence end inside a line: a numbered line holding one is a paragraph, not a heading,
# e.g. "各位代表!过去的一年,…;不" (wrapped) vs the heading "（一）积极应对下行压力，经济保持平稳增长".
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_PARAGRAPH_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.．、]"
    r"|第[一二三四五六七八九十]+[，、,]|——|各位代表|同志们|附件|名词解释)"
)

_SPACE_TABLE = {
    **{c: " " for c in "\t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
    "\u2028": "\n",
    "\u2029": "\n",
    "％": "%",
}
# Full-width digits and Latin letters -> ASCII (U+FF10..FF19, FF21..FF3A, FF41..FF5A).
_FW_MAP = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    **_SPACE_TABLE,
}
# Any character of _FW_MAP, e.g. "２０２３" or an ideographic space; a regex sub is much
# faster than str.translate when, as usual, few characters need replacing.
_FW_CHARS = re.compile("[" + "".join(re.escape(c) for c in _FW_MAP) + "]")
# Other C0/C1 control characters are dropped (tab/newline handled above).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class RuleKind(str, Enum):
    """How a boilerplate rule acts on the text."""

    INLINE = "inline"
    LINE = "line"
    BLOCK_START = "block_start"
    BLOCK_END = "block_end"
    TRAILING = "trailing"


@dataclass(frozen=True)
class BoilerplateRule:
    """One row of ``rules/boilerplate.tsv`` with its regex compiled."""

    pattern: re.Pattern[str]
    kind: RuleKind
    comment: str
    example: str
    needs: tuple[str, ...] = ()  # literals, one of which a line must hold before the regex is tried


# A block_start marker is trusted only after this share of the text (a tail sidebar),
# a block_end marker only before this share (a header); elsewhere they may be report text.
_TAIL_FROM = 0.3
_HEAD_UNTIL = 0.4


@cache
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The boilerplate rules, compiled once."""
    rules = []
    for row in load_tsv(BOILERPLATE_RULES):
        rules.append(
            BoilerplateRule(
                pattern=re.compile(row["pattern"]),
                kind=RuleKind(row["kind"].strip()),
                comment=row.get("comment") or "",
                example=row.get("example") or "",
                needs=tuple(x for x in (row.get("needs") or "").split("|") if x),
            )
        )
    return tuple(rules)


@dataclass(frozen=True)
class _RuleSet:
    """The rules of one kind: ungated ones as one alternation (each line scanned once),
    costly ones gated by a cheap substring test."""

    combined: re.Pattern[str] | None
    gated: tuple[BoilerplateRule, ...]
    gate: re.Pattern[str] | None  # any literal of any gated rule

    def search(self, line: str) -> bool:
        if self.combined is not None and self.combined.search(line):
            return True
        if self.gate is None or not self.gate.search(line):
            return False
        return any(r.pattern.search(line) for r in self.gated if any(n in line for n in r.needs))

    def sub(self, line: str) -> str:
        if self.combined is not None:
            line = self.combined.sub(" ", line)
        if self.gate is not None and self.gate.search(line):
            for r in self.gated:
                if any(n in line for n in r.needs):
                    line = r.pattern.sub(" ", line)
        return line


@cache
def _combined(kind: RuleKind) -> _RuleSet | None:
    rules = [r for r in boilerplate_rules() if r.kind is kind]
    if not rules:
        return None
    pats = [r.pattern.pattern for r in rules if not r.needs]
    combined = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
    gated = tuple(r for r in rules if r.needs)
    literals = sorted({n for r in gated for n in r.needs}, key=len, reverse=True)
    gate = re.compile("|".join(re.escape(n) for n in literals)) if literals else None
    return _RuleSet(combined, gated, gate)


def normalize_chars(text: str) -> str:
    """Character-level normalisation, no line logic.

    Literal ``\\r\\n`` escapes and CRLF become newlines, HTML entities and
    ``<U+00A0>`` escapes are decoded, full-width digits/letters become ASCII,
    all kinds of space become one ASCII space, control characters are dropped.
    """
    if "\\" in text:
        text = _LITERAL_NEWLINE.sub("\n", text)
        text = _LITERAL_TAB.sub(" ", text)
        text = _LITERAL_QUOTE.sub(r"\1", text)
    if "<U+" in text:
        text = _U_ESCAPE.sub(lambda m: _safe_chr(m.group(1)), text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _FW_CHARS.sub(lambda m: _FW_MAP[m.group()], text)
    if "．" in text:
        text = _FW_DECIMAL.sub(".", text)
    text = _CONTROL.sub("", text)
    if "?" in text:
        text = _LOST_CHAR.sub(" ", text)
    return text


def _safe_chr(hexdigits: str) -> str:
    cp = int(hexdigits, 16)
    if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return ""
    ch = chr(cp)
    return " " if ch.isspace() else ch


def tidy_line(line: str) -> str:
    """One line with spaces trimmed, runs collapsed, spaces between Chinese characters removed."""
    line = line.strip(" ")
    if "  " in line:
        line = _SPACES.sub(" ", line)
    if " " in line:
        line = _CJK_SPACE.sub("", line)
    return line


def strip_boilerplate(lines: list[str]) -> list[str]:
    """Remove boilerplate lines and blocks; ``lines`` are already tidied."""
    total = sum(len(x) + 1 for x in lines) or 1

    block_end = _combined(RuleKind.BLOCK_END)
    if block_end is not None:
        cut, pos = -1, 0
        for i, line in enumerate(lines):
            if pos > _HEAD_UNTIL * total:
                break
            if line and block_end.search(line):
                cut = i
            pos += len(line) + 1
        if cut >= 0:
            lines = lines[cut + 1 :]
            total = sum(len(x) + 1 for x in lines) or 1

    block_start = _combined(RuleKind.BLOCK_START)
    if block_start is not None:
        pos = 0
        for i, line in enumerate(lines):
            if pos >= _TAIL_FROM * total and line and block_start.search(line):
                lines = lines[:i]
                break
            pos += len(line) + 1

    line_rule = _combined(RuleKind.LINE)
    if line_rule is not None:  # whole lines first: an attachment line ending in ".jpg" goes entirely
        lines = [x for x in lines if not (x and line_rule.search(x))]

    inline = _combined(RuleKind.INLINE)
    if inline is not None:
        out = []
        for line in lines:
            if line and inline.search(line):
                line = tidy_line(inline.sub(line))
            out.append(line)
        lines = out

    if line_rule is not None:  # again: inline removal can expose a furniture line
        lines = [x for x in lines if not (x and line_rule.search(x))]

    trailing = _combined(RuleKind.TRAILING)
    while lines and (not lines[-1] or (trailing is not None and trailing.search(lines[-1]))):
        lines.pop()
    return lines


# A paragraph this long is never legitimately repeated word for word in one report.
_LONG_PARAGRAPH = 30


def drop_repeated_copies(lines: list[str]) -> list[str]:
    """Cut page dumps that hold the report several times, and repeated paragraphs.

    When the first long paragraph occurs again and the next long paragraphs
    follow it again, the text from the repetition on is a second copy and is
    dropped (with the short header lines that led into it). Any other long
    paragraph that repeats an earlier one word for word is dropped too.
    """
    longs = [i for i, x in enumerate(lines) if len(x) >= _LONG_PARAGRAPH]
    if len(longs) >= 4:
        first = lines[longs[0]]
        probe = [lines[i] for i in longs[1:4]]
        for k in range(1, len(longs) - 3):
            if lines[longs[k]] == first and [lines[i] for i in longs[k + 1 : k + 4]] == probe:
                cut = longs[k]
                head = set(lines[: longs[0]])
                while cut > 0 and len(lines[cut - 1]) < _LONG_PARAGRAPH and (
                    not lines[cut - 1] or lines[cut - 1] in head
                ):
                    cut -= 1
                lines = lines[:cut]
                break
    seen: set[str] = set()
    out = []
    for x in lines:
        if len(x) >= _LONG_PARAGRAPH:
            if x in seen:
                continue
            seen.add(x)
        out.append(x)
    return out


def join_broken_lines(lines: list[str]) -> list[str]:
    """Rejoin paragraphs split by hyperlink anchors, page breaks or fixed-width wrapping.

    Blank lines are ignored (dumps put them inside sentences too). The next
    line is appended when it starts with closing punctuation ("，接着"), when
    the current line is running prose (has a comma) that stops mid-sentence and
    the next line does not open a heading or list item, or when a short title
    lost its last characters to a line of their own ("政府工作报\n告").
    """
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if out:
            last = out[-1]
            if _CONTINUATION_START.match(line) or _split_title_tail(last, line) or (
                not _CLOSED_END.search(last)
                and _PROSE.search(last)
                and not (_PARAGRAPH_START.match(last) and not _SENTENCE_END.search(last))
                and not _PARAGRAPH_START.match(line)
            ):
                sep = " " if last[-1].isascii() and line[0].isascii() and last[-1].isalnum() and line[0].isalnum() else ""
                out[-1] = last + sep + line
                continue
        out.append(line)
    return out


# One or two Chinese characters, e.g. the "告" of a title wrapped as "政府工作报\n告".
_TINY_CJK = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


def _split_title_tail(last: str, line: str) -> bool:
    """A short title or name whose last characters were wrapped onto their own line."""
    return bool(_TINY_CJK.match(line)) and len(last) <= 20 and not _CLOSED_END.search(last) and not _PARAGRAPH_START.match(last)


def clean_text(raw: str) -> str:
    """Canonical report text: normalised characters, boilerplate removed,
    broken paragraphs rejoined, one paragraph per line, no blank lines."""
    text = normalize_chars(raw)
    lines = [tidy_line(x) for x in text.split("\n")]
    lines = drop_repeated_copies(lines)
    lines = strip_boilerplate(lines)
    lines = join_broken_lines(lines)
    # Joining can reassemble a furniture line split by an anchor ("责任编辑" + "：某某").
    lines = strip_boilerplate(lines)
    return "\n".join(x for x in lines if x)
