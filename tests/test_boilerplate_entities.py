"""No entity in a corpus build comes from boilerplate (menus, footers, sidebars, crawler headers)."""

from __future__ import annotations

import pytest

from kgreport.build import stages
from kgreport.read.reader import read_document

from conftest import SHARED, needs_corpus

pytestmark = needs_corpus

#: Corpus files whose SOURCES.tsv notes name boilerplate of each kind.
FILES = [
    "province-hebei-2001.txt",  # web-page dump with navigation and footer
    "city-baoding-2014.txt",  # crawler header and 责任编辑 line
    "county-baoding-rongcheng-2012.txt",  # site header and sidebar of other reports' titles
    "county-baoding-anguo-2020.txt",  # same, another site
    "national-china-2020.txt",  # gov.cn footer 【我要纠错】责任编辑
    "national-china-1989.txt",  # raw page dump, HTML comments, &nbsp; escapes
    "province-anhui-2026.txt",  # web reader UI strings
    "national-china-1957.txt",  # wiki anchors and licence footer
]
#: Words that only boilerplate contains.
MARKERS = ("本文地址", "责任编辑", "验证码", "免责声明", "留言与评论", "【字号】", "我要纠错", "来源URL", "ICP备", "版权所有",
           "打印本页", "关闭窗口", "发文单位", "Wikisource", "知识共享")


@pytest.mark.parametrize("name", FILES)
def test_no_entity_or_sentence_from_boilerplate(name: str) -> None:
    path = SHARED / "corpus" / "reports" / name
    rg = stages.extract(read_document(path))
    assert len(rg.entities) > 5
    evidence = {i for e in rg.entities for i in e.sentences}
    for s in rg.sentences:
        if s.index in evidence:
            assert not any(m in s.text for m in MARKERS), (name, s.text[:80])
    for e in rg.entities:
        assert not any(m in e.label for m in MARKERS), (name, e.label)
