"""Invariants over arbitrary input: no crash, offsets cut sentences back out, determinism."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgreport.build import stages
from kgreport.graph import rdf
from kgreport.errors import KgreportError
from kgreport.read.reader import read_bytes

from conftest import BUNDLED

#: Text made of the characters reports are made of, plus anything else Unicode has.
report_like = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("，。；、：“”《》（）()%,.;:!?\n 0123456789一二三四五六七八九十百千万亿余多个项年月日省市县区委办集团公司大学行动工程改革计划获评入选实施开展建成与合作")),
        st.characters(),
    ),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_like)
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str) -> None:
    rg = stages.extract_text(text)
    clean = re.sub("[\ud800-\udfff]", "\ufffd", text)  # lone surrogates read as U+FFFD
    for s in rg.sentences:
        assert clean[s.start : s.end] == s.text
    keys = {e.key for e in rg.entities}
    for r in rg.relations:
        assert r.subject in keys and r.object in keys
    for ind in rg.indicators:
        assert ind.value >= 0 and ind.unit


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_through_the_reader_never_crash(data: bytes) -> None:
    try:
        doc = read_bytes(data, "random.txt")
    except KgreportError:
        return
    rg = stages.extract(doc)
    rdf.merged_graph([("random", rg)]).serialize(format="turtle")


@settings(max_examples=25, deadline=None)
@given(report_like)
def test_serializing_twice_gives_the_same_bytes(text: str) -> None:
    a = rdf.merged_graph([("t", stages.extract_text(text))]).serialize(format="turtle")
    b = rdf.merged_graph([("t", stages.extract_text(text))]).serialize(format="turtle")
    assert a == b


def _entities(data: bytes, name: str) -> set[tuple[str, str]]:
    rg = stages.extract(read_bytes(data, name))
    return {(e.cls.value, e.label) for e in rg.entities}


def test_same_report_in_every_encoding_and_as_html_gives_same_entities() -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    expected = _entities(text.encode("utf-8"), "r.txt")
    assert len(expected) > 40
    variants = {
        "utf-8-sig": text.encode("utf-8-sig"),
        "gbk": text.encode("gbk"),
        "gb18030": text.encode("gb18030"),
        "utf-16": text.encode("utf-16"),
    }
    for name, data in variants.items():
        assert _entities(data, "r.txt") == expected, name
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告</title><style>p{color:red}</style>"
        "<script>var x = '开化县委';</script></head><body><nav>首页 | 新闻 | 政务公开</nav>"
        f"<div class='article'>{paragraphs}</div><footer>版权所有 ©</footer></body></html>"
    )
    assert _entities(page.encode("utf-8"), "r.html") == expected


def test_lone_surrogates_from_python_code_serialize() -> None:
    text = "某某县委实施乡村振兴战略\ud800。"
    rg = stages.extract_text(text)
    assert all(text[s.start : s.end].replace("\ud800", "\ufffd") == s.text for s in rg.sentences)
    ttl = rdf.merged_graph([("t", rg)]).serialize(format="turtle")
    assert "\ufffd" in ttl
