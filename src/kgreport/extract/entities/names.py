"""Shared name predicates and constants of every entity rule family.

Class aliases, name length limits, the jieba tags that never sit inside a name, and the
small tests (proper token, generic head, event word…) that several families ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgreport import gazetteer
from kgreport.lexicon import Lexicon, made_of
from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT
from kgreport.resources import load_tsv, word_list
from kgreport.segment import Clause, Token

#: Longest name we accept per class (characters).
MAX_LEN = {ORG: 18, PLACE: 14, PROJECT: 22, PROGRAM: 22, HONOR: 26}

#: jieba POS tags that never belong inside a name: prepositions, conjunctions, particles,
#: adverbs, pronouns, numerals/quantifiers, locality words, punctuation.
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "mq", "w", "y", "e", "o"}

#: Verb tags: allowed inside program, project and honor names (综合整治三年行动), not inside others.
VERB_TAGS = {"v", "vd", "vi", "vq"}

#: Single-character level prefixes that make a name relative to the issuer (县中医院, 省机场集团):
#: "省市县区州盟旗镇乡". A string, not a set: some callers test a whole token with ``in``, so a
#: run of level characters (省市, 县区) or an empty head counts too.
LEVEL_PREFIXES = "".join(gazetteer.division_ends("relative"))

#: Level markers at which an honor span is split from its holder (某画廊|省级样板区).
HONOR_LEVEL = re.compile(r"(?:国家级|省级|市级|县级|全国|全省|全市|国家|省)")

#: A pilot status rather than a program, e.g. "数字化改革省级试点".
LEVEL_PILOT = re.compile(r"(?:国家级|省级|市级|县级)试点$")

#: Leading words dropped from a name (全县, 新一轮, a circled or bracketed item number ①, ⑶): they scope, they do not name.
LEADING_DROP = re.compile(r"^(?:[\u2460-\u249b]|国家级|\d{1,2}[.．、]|〔\d+〕|\[\d+\]|(?:19|20)\d\d年(?:以来|前|底|末|内|度)?|全国|全省|全县|全市|全区|全州|全旗|新一轮|一批|一大批|各类|本届|我县|我市|我区|我省|省级|市级|县级|区级)")

#: A count right before a candidate, e.g. "7个" in "实施7个城中村环境综合整治工程".
COUNTED_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两百千万]+)[余多]?[个项座所条家批处宗件支]$")

#: A count at the start of a name, e.g. "15条" in "15条断头路", "3个" in "3个镇区".
LEAD_COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[余多]?[个条家所座处项批名位宗件支]")

#: A count and classifier at the end or start of a span, e.g. "20个", "4个", "2个".
COUNT = re.compile(r"\d+(?:\.\d+)?[余多]?[个项家所座条批处名位]$|^\d+(?:\.\d+)?[余多]?[个项家所座条批处名位]|等\d*[个项家所座条批处名位]?$")

#: A word list as a tuple, for ``str.endswith`` (one C call instead of a generator per word).
as_tuple = lru_cache(maxsize=None)(lambda words: tuple(sorted(words)))

#: Prepositions that jieba's HMM glues to the unknown name after them (以海乳/集团, 以河钢/集团);
#: not 自, 同, 顺, 用, which open names (自贸, 同福, 顺丰).
GLUED_PREPOSITIONS = frozenset(word_list("rules/entities/names.tsv", "glued_preposition"))

#: jieba tags of words that make a head proper: places, persons, organizations, other proper
#: nouns, abbreviations, rare characters, words jieba does not know (tag "x" here).
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x", "eng", "g", "zg", "ng", "Q"}


def is_proper_token(tok: Token) -> bool:
    """Whether a token can carry a name: a proper noun, an unknown word, a number, a rare word."""
    text = tok.text
    if tok.tag in _PROPER_TAGS and (len(text) > 1 or tok.tag not in ("x", "g", "zg", "ng")):
        return True
    if any(c.isdigit() or ("a" <= c.lower() <= "z") for c in text):
        return True
    if len(text) < 2:
        return False
    if text in gazetteer.soe_names() or text in gazetteer.university_names():
        return True  # 建行, 中大
    return any(d.level in ("province", "city", "county") for d in gazetteer.division_by_name(text))


def is_event(name: str, lex: Lexicon) -> bool:
    return any(w in name for w in lex.event_words)


#: A phase of a project, e.g. "一期", "二期".
PHASE = re.compile(r"[一二三四五六七八九十\d]期")

#: A count of kinds at the start of a head, e.g. "三大", "十大", "5类".
NUMERAL_KIND = re.compile(r"^(?:[一二三四五六七八九十两百千]+|\d+)[大类个项]")


def all_generic(head: str, lex: Lexicon, words: frozenset[str] | None = None) -> bool:
    """Whether a head is made of generic words only (重点产业, 上市)."""
    return made_of(head, lex.generic_words if words is None else words)


@lru_cache(maxsize=8)
def word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation of words, for a quick "does the clause hold any of them" test."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


def text_of(clause: Clause, start: int, end: int) -> str:
    """The characters of the document between two offsets inside a clause."""
    return clause.text[start - clause.start : end - clause.start]


#: A footnote mark after a list item, e.g. "〔10〕", "[3]".
FOOTNOTE = re.compile(r"〔\d+〕|\[\d+\]|【\d+】|［\d+］")


#: Fields and aims of a kind of project (suffixed.tsv project_kind_word), generic before a park's kind word, e.g. "外贸".
_PROJECT_KINDS = frozenset(word_list("rules/entities/suffixed.tsv", "project_kind_word"))


#: Two provinces by their one-character abbreviations opening a park's name, the partners that run it together
#: (rules/province_abbreviations.tsv), e.g. "湘赣" in "湘赣先进制造业共建产业园", "粤桂" in "粤桂合作特别试验区".
_PAIRED_PROVINCES = re.compile(
    "[{0}][{0}]".format("".join(sorted({r["abbreviation"] for r in load_tsv("rules/province_abbreviations.tsv")})))
)


def place_estate(stem: str, lex: Lexicon) -> bool:
    """Whether an industrial park's name before its kind word (产业园, 工业园) names a zone of a place
    or a kind, not one firm's project: a county or larger division opens it (某县光电产业园, 某区专精特新
    产业园), two provinces' abbreviations open it (湘赣共建产业园: the provinces' joint park) or it is
    generic words only. A firm's or brand's park (某某集团产业园) is its project (CONVENTIONS 1); a place's
    park is a place (CONVENTIONS 13)."""
    if all_generic(stem, lex, lex.generic_words | _PROJECT_KINDS):
        return True
    if _PAIRED_PROVINCES.match(stem) and stem[0] != stem[1]:
        return True
    return any(
        d.level not in ("town", "village") for k in (2, 3, 4) if len(stem) > k for d in gazetteer.division_by_name(stem[:k])
    ) and stem[:2] not in gazetteer.soe_names()
