"""The word cutter: no character lost, offsets that cut tokens back out, jieba's words.

kgreport cuts words with jieba-next (jieba's dictionary and algorithm, the DAG
search in Rust) when it is installed. These tests hold it to what extraction
relies on: every character of a clause is in exactly one token, in order, and
the words are jieba's own (on real report sentences of every level and decade).
"""

from __future__ import annotations

import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgreport import segment
from kgreport.read.reader import read_document

from conftest import BUNDLED, SHARED

CORPUS = SHARED / "corpus" / "reports"

#: Characters reports are made of, plus anything else Unicode has (surrogates excluded:
#: they cannot come out of a decoded file).
texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("，。；、：“”《》（）()%.-—…\n\t 　0123456789ABCabc一二三四五六七八九十亿万省市县区委集团公司大学行动工程改革获评实施建設與發展")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=200,
)


def _corpus_sentences(every: int = 12) -> list[str]:
    files = sorted(CORPUS.glob("*.txt"))[::every] if CORPUS.is_dir() else []
    files = files or [BUNDLED]
    out: list[str] = []
    for f in files:
        text = read_document(f).text
        out.extend(s for s in re.split(r"[。！？；\n]", text) if s.strip())
    return out


def test_the_fast_cutter_is_the_one_in_use() -> None:
    pytest.importorskip("jieba_next")
    lcut, _tags = segment._jieba()
    assert lcut.__module__.startswith("jieba_next")


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=10_000))
def test_tokens_cover_every_character_in_order(text: str, offset: int) -> None:
    tokens = segment.tokenize(text, offset)
    assert "".join(t.text for t in tokens) == text
    pos = offset
    for t in tokens:
        assert t.start == pos and t.end == pos + len(t.text) and t.text
        pos = t.end


def test_no_character_lost_on_corpus_sentences() -> None:
    sentences = _corpus_sentences()
    assert len(sentences) > 1000 or not CORPUS.is_dir()
    for s in sentences:
        assert "".join(t.text for t in segment.tokenize(s)) == s


def test_words_are_jiebas_on_corpus_sentences() -> None:
    """jieba-next gives jieba's words: at most 1 sentence in 500 differs (runs of "--", a
    rare character before Latin letters), and never by a lost or added character."""
    pytest.importorskip("jieba_next")
    import jieba

    jieba.setLogLevel(logging.WARNING)
    lcut, _tags = segment._jieba()
    sentences = _corpus_sentences()
    differing = [s for s in sentences if lcut(s) != jieba.lcut(s)]
    assert len(differing) <= len(sentences) / 500, differing[:10]


def test_dictionary_frequency_is_the_dictionarys_line() -> None:
    """The frequency found by a word's line in jieba's dictionary is what parsing every line into a dict gives
    (the last line of a word with a numeric frequency counts): every 50th dictionary word, and words it lacks."""
    import jieba

    with jieba.get_dict_file() as f:
        lines = f.read().decode("utf-8").splitlines()
    parsed = {parts[0]: int(parts[1]) for line in lines if len(parts := line.split(" ")) >= 2 and parts[1].isdigit()}
    words = [*list(parsed)[::50], "", " ", "机 场", "机\n场", "机场\n", "不在词典里的词"]
    assert segment.dictionary_frequency("机场") == 7741
    assert [segment.dictionary_frequency(w) for w in words] == [parsed.get(w, 0) for w in words]
