"""The lexicon: rule data loaded once from data/, with the orderings the rules rely on."""

from __future__ import annotations

import pytest

from kgreport.lexicon import lexicon
from kgreport.models import EntityClass, RelationKind


def test_loaded_once() -> None:
    assert lexicon() is lexicon()


@pytest.mark.parametrize(
    "word,cls",
    [("研究院", EntityClass.ORGANIZATION), ("大学", EntityClass.ORGANIZATION), ("产业园", EntityClass.PLACE), ("隧道", EntityClass.PROJECT), ("行动", EntityClass.PROGRAM)],
)
def test_suffix_classes(word: str, cls: EntityClass) -> None:
    assert lexicon().suffixes[word] is cls


@pytest.mark.parametrize("text,suffix", [("某某研究院", "研究院"), ("某某产业园区", "产业园区"), ("某某高速公路", "高速公路")])
def test_suffix_pattern_takes_the_longest_suffix(text: str, suffix: str) -> None:
    found = {m.group(0) for m in lexicon().suffix_re.finditer(text)}
    assert suffix in found
    assert max(found, key=len) == suffix


@pytest.mark.parametrize("text,cue", [("全面实施", "全面实施"), ("深入实施", "实施")])
def test_cue_pattern_takes_the_longest_cue(text: str, cue: str) -> None:
    m = lexicon().cue_re.search(text)
    assert m is not None and m.group(0) == cue


def test_cues_are_longest_first_and_indexed_by_word() -> None:
    lex = lexicon()
    lengths = [len(c.word) for c in lex.cues]
    assert lengths == sorted(lengths, reverse=True)
    assert lex.cue_by_word is not None
    assert lex.cue_by_word["获评"].kind is RelationKind.RECEIVED_HONOR
    assert lex.cue_by_word["实施"].kind is RelationKind.IMPLEMENTS


def test_word_tables_are_longest_first() -> None:
    lex = lexicon()
    for table in (lex.units, lex.honor_heads, lex.project_words, lex.event_words, lex.built_verbs):
        assert [len(w) for w in table] == sorted((len(w) for w in table), reverse=True)


def test_lists_hold_no_blank_or_commented_words() -> None:
    lex = lexicon()
    for words in (lex.boundary, lex.generic_words, lex.generic_names, lex.regions, lex.programs, lex.lead_words):
        assert words and all(w.strip() == w and w and not w.startswith("#") for w in words)
