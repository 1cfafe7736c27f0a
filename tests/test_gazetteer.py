"""Gazetteer data and lookups: divisions, former names, universities, central SOEs."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgreport import gazetteer as g
from kgreport.gazetteer import Level
from kgreport.resources import load_tsv

# --------------------------------------------------------------------------- data shape


def test_level_counts_are_complete() -> None:
    counts = Counter(d.level for d in g.all_divisions())
    # 31 mainland provincial units + 香港, 澳门, 台湾
    assert counts[Level.PROVINCE] == 34
    # ~333 prefecture-level units, plus Taiwan's cities
    assert 330 <= counts[Level.CITY] <= 360
    # ~2,844 mainland county-level units, plus Taiwan's districts
    assert 2840 <= counts[Level.COUNTY] <= 3200
    assert counts[Level.TOWN] > 38000


def test_codes_unique_and_parents_exist() -> None:
    rows = load_tsv(g.DIVISIONS_FILE) + load_tsv(g.TOWNS_FILE)
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    known = set(codes)
    for r in rows:
        if r["level"] == "province":
            assert r["parent_code"] == ""
        else:
            assert r["parent_code"] in known, r


def test_parent_is_one_level_up_or_more() -> None:
    for div in g.all_divisions():
        parent = g.division_by_code(div.parent_code) if div.parent_code else None
        if parent is not None:
            assert parent.level.depth < div.level.depth, div


def test_no_one_character_short_forms() -> None:
    bad = [d for d in g.all_divisions() if len(d.short) < 2]
    assert bad == []


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("浙江省", "浙江"),
        ("衢州市", "衢州"),
        ("广西壮族自治区", "广西"),
        ("内蒙古自治区", "内蒙古"),
        ("新疆维吾尔自治区", "新疆"),
        ("西藏自治区", "西藏"),
        ("宁夏回族自治区", "宁夏"),
        ("香港特别行政区", "香港"),
        ("澳门特别行政区", "澳门"),
        ("台湾省", "台湾"),
        ("和县", "和县"),  # 2-character name: no 1-character short
        ("沙县区", "沙县"),
        ("延边朝鲜族自治州", "延边"),
        ("大理白族自治州", "大理"),
        ("大理市", "大理市"),  # the short 大理 belongs to the prefecture
    ],
)
def test_short_forms(name: str, short: str) -> None:
    hits = [d for d in g.division_by_name(name) if d.name == name]
    assert hits, name
    assert {d.short for d in hits} == {short}


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("name", "context", "code"),
    [
        ("海拉尔区", (), "150702"),
        ("呼伦贝尔市", (), "150700"),
        ("清苑区", (), "130608"),
        ("保定", (), "130600"),
        ("南山区", ("440300",), "440305"),  # Shenzhen, not 鹤岗's 南山区
        ("南山区", ("440000",), "440305"),
        ("南山区", ("230400",), "230404"),
        ("朝阳区", ("110000",), "110105"),  # Beijing
        ("朝阳区", ("220100",), "220104"),  # Changchun
        ("朝阳区", ("220102",), "220104"),  # a sibling district as context
        ("朝阳", (), "211300"),  # short form: the prefecture 朝阳市 beats the districts
        ("西藏", (), "540000"),
        ("新疆", (), "650000"),
        ("内蒙古", (), "150000"),
        ("广西", (), "450000"),
        ("海南", (), "460000"),  # the province; 海南藏族自治州 is 海南州, 乌海 has 海南区
        ("海南区", (), "150303"),
        ("吉林", (), "220000"),
        ("吉林市", (), "220200"),
        ("拉萨", (), "540100"),
        ("喀什地区", (), "653100"),
        ("黔南州", (), "522700"),  # alias
        ("景宁县", (), "331127"),  # conventional form of 景宁畲族自治县
        ("巴州", (), "652800"),  # alias of the prefecture beats the town 巴州镇
        ("襄樊", (), "420600"),  # former name -> 襄阳市
        ("襄樊市", (), "420600"),
        ("天津", (), "120000"),
        ("滨海新区", (), "120116"),
        ("东莞", (), "441900"),
        ("济源市", (), "419001"),  # county-level city directly under the province
        ("石河子市", (), "659001"),
        ("开化县", ("330000",), "330824"),
        ("华亭镇", ("310114",), "310114111"),
        ("北京", ("440300",), "110000"),  # in a 深圳 report: the capital, not a 北京街道 elsewhere in the province
        ("北京", ("440104",), "440104003"),  # in that town's own district its street office wins
    ],
)
def test_resolve_division(name: str, context: tuple[str, ...], code: str) -> None:
    div = g.resolve_division(name, context)
    assert div is not None, name
    assert div.code == code


@pytest.mark.parametrize("name", ["朝阳区", "南山区", "城关镇", "鼓楼区"])
def test_ambiguous_without_context_is_none(name: str) -> None:
    assert len(g.division_by_name(name)) > 1
    assert g.resolve_division(name) is None


@pytest.mark.parametrize("name", ["", "政府工作报告", "不存在市", "中"])
def test_unknown_names(name: str) -> None:
    assert g.division_by_name(name) == ()
    assert g.resolve_division(name) is None


def test_division_by_name_returns_all_and_filters_levels() -> None:
    codes = {d.code for d in g.division_by_name("朝阳区")}
    assert {"110105", "220104"} <= codes
    cities = g.division_by_name("朝阳", levels=["city"])
    assert [d.code for d in cities] == ["211300"]


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("150702", ["呼伦贝尔市", "内蒙古自治区"]),
        ("130608", ["保定市", "河北省"]),
        ("440305", ["深圳市", "广东省"]),
        ("110105", ["北京市"]),  # municipalities skip the 市辖区 placeholder
        ("500101", ["重庆市"]),
        ("419001", ["河南省"]),
        ("310114111", ["嘉定区", "上海市"]),
        ("540000", []),
    ],
)
def test_ancestors_nearest_first(code: str, chain: list[str]) -> None:
    assert [d.name for d in g.ancestors(code)] == chain


@pytest.mark.parametrize(
    ("code", "name"),
    [("330824", "开化县"), ("330824000000", "开化县"), ("310114111000", "华亭镇"), ("310114111001", None), ("000000", None), ("x", None)],
)
def test_division_by_code(code: str, name: str | None) -> None:
    div = g.division_by_code(code)
    assert (div.name if div else None) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("呼伦贝尔市海拉尔区", ["呼伦贝尔市", "海拉尔区"]),
        ("保定市清苑区", ["保定市", "清苑区"]),
        ("深圳市南山区", ["深圳市", "南山区"]),
        ("深圳南山", ["深圳市", "南山区"]),
        ("吉林省长春市朝阳区", ["吉林省", "长春市", "朝阳区"]),
        ("北京市朝阳区", ["北京市", "朝阳区"]),
        ("西藏自治区拉萨市城关区", ["西藏自治区", "拉萨市", "城关区"]),
        ("新疆维吾尔自治区伊犁哈萨克自治州伊宁县", ["新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县"]),
        ("上海市嘉定区华亭镇", ["上海市", "嘉定区", "华亭镇"]),
        ("浙江杭州", ["浙江省", "杭州市"]),
        ("朝阳区", []),  # ambiguous on its own
        ("杭州市南山区", []),  # not nested
        ("杭州市某某路", []),
    ],
)
def test_parse_division_path(text: str, names: list[str]) -> None:
    assert [d.name for d in g.parse_division_path(text)] == names


def test_former_divisions() -> None:
    formers = g.former_divisions("襄樊市")
    assert formers and formers[0].successor_code == "420600"
    assert all(f.successor_code == "" or g.division_by_code(f.successor_code) for f in g.former_divisions("沙县"))


def test_every_former_successor_exists() -> None:
    for row in load_tsv(g.RENAMED_FILE):
        if row["successor_code"]:
            assert g.division_by_code(row["successor_code"]) is not None, row


def test_division_forms_include_short_forms() -> None:
    forms = g.division_forms(["province"])
    assert {"浙江", "浙江省", "广西", "香港"} <= forms
    assert "衢州" not in forms
    assert "衢州" in g.division_forms()


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(g.all_divisions(["province", "city", "county"])))
def test_every_division_resolves_in_its_own_context(div: g.Division) -> None:
    # Given the division itself as context, its full name always comes back to it.
    assert g.resolve_division(div.name, [div.code]) == div
    assert div in g.division_by_name(div.short)


def test_lookups_build_their_index_once() -> None:
    """Lookups read indexes built once per process (their speed is in benchmarks/bench_read.py, as ratios)."""
    g.resolve_division("朝阳区", ["110000"])
    g.soe_names()
    before = (g._division_index.cache_info().misses, g._soes.cache_info().misses)
    for _ in range(200):
        assert g.resolve_division("朝阳区", ["110000"]) is not None
        assert g.division_by_name("衢州")
        assert g.soe_names().get("建行")
    assert (g._division_index.cache_info().misses, g._soes.cache_info().misses) == before == (1, 1)


# --------------------------------------------------------------------------- universities


def test_university_list_is_complete() -> None:
    names = g.university_names()
    assert len(names) > 2700
    assert {"北京大学", "清华大学", "浙江大学", "新疆大学", "西藏大学", "南方科技大学"} <= names


@pytest.mark.parametrize(
    ("form", "name", "province"),
    [
        ("北京大学", "北京大学", "北京市"),
        ("北大", "北京大学", "北京市"),
        ("浙大", "浙江大学", "浙江省"),
        ("哈工大", "哈尔滨工业大学", "黑龙江省"),
        ("中科大", "中国科学技术大学", "安徽省"),
        ("内蒙古大学", "内蒙古大学", "内蒙古自治区"),
        ("石河子大学", "石河子大学", "新疆维吾尔自治区"),
    ],
)
def test_university_by_name(form: str, name: str, province: str) -> None:
    uni = g.university_by_name(form)
    assert uni is not None
    assert (uni.name, uni.province) == (name, province)


@pytest.mark.parametrize("form", ["东大", "海大", "西大", "宁大", "某某大学"])
def test_ambiguous_or_unknown_university_alias(form: str) -> None:
    assert g.university_by_name(form) is None


def test_every_university_province_is_a_division() -> None:
    for uni in g.universities():
        div = g.division_by_code(uni.province_code)
        assert div is not None and div.level is Level.PROVINCE and div.name == uni.province, uni


# --------------------------------------------------------------------------- central SOEs


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("建行", "中国建设银行股份有限公司"),
        ("工行", "中国工商银行股份有限公司"),
        ("农行", "中国农业银行股份有限公司"),
        ("中行", "中国银行股份有限公司"),
        ("国开行", "国家开发银行"),
        ("国家电网", "国家电网有限公司"),
        ("中国石化", "中国石油化工集团有限公司"),
        ("中核集团", "中国核工业集团有限公司"),
        ("国家电投", "国家电力投资集团有限公司"),
        ("三峡集团", "中国长江三峡集团有限公司"),
        ("中国移动", "中国移动通信集团有限公司"),
        ("中国中铁", "中国铁路工程集团有限公司"),
        ("中国宝武钢铁集团有限公司", "中国宝武钢铁集团有限公司"),
    ],
)
def test_soe_names(alias: str, canonical: str) -> None:
    assert g.soe_names()[alias] == canonical
    soe = g.soe_by_name(alias)
    assert soe is not None and soe.name == canonical


def test_soe_list_shape() -> None:
    soes = g.central_soes()
    sasac = [s for s in soes if s.category is g.SoeCategory.SASAC]
    assert 95 <= len(sasac) <= 110
    assert len({s.name for s in soes}) == len(soes)
    # No alias may silently point at two companies.
    owners: dict[str, set[str]] = {}
    for s in soes:
        for a in s.aliases:
            owners.setdefault(a, set()).add(s.name)
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}
    assert g.soe_by_name("某某集团") is None
