"""The pipeline completes report metadata from the gazetteer and, failing that, from the text."""

from __future__ import annotations

import hashlib

import pytest

from kgreport.read.metadata import extract_meta
from kgreport.models import Document
from kgreport.read.complete import complete_meta


def _doc(text: str) -> Document:
    return Document("t.txt", text, hashlib.sha256(text.encode()).hexdigest(), meta=extract_meta(text))


@pytest.mark.parametrize(
    "text, region, code_prefix, issuer",
    [
        # ambiguous district name resolved by the city the text names
        ("——2025年1月8日在南山区第八届人民代表大会第五次会议上\n各位代表：深圳南山科技园发展迅速，深圳市委市政府大力支持。",
         "南山区", "4403", "南山区人民政府"),
        # no place named in the header: the district named most often, with its city named too
        ("各位代表：\n现在，我代表区人民政府向大会作政府工作报告。\n一、2018年工作回顾\n盐田港区吞吐量增长，盐田区建设"
         "滨海城区，新盐田面貌一新，深圳市支持盐田发展。", "盐田区", "440308", "盐田区人民政府"),
        # a province report with no title: its cities are named, the province hardly
        ("各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2019年工作回顾\n广州、深圳双城联动，珠海、佛山、东莞加快发展，"
         "深圳先行示范区建设扎实推进，广州老城市新活力。", "广东省", "440000", "广东省人民政府"),
        # an autonomous prefecture speaking as 州人民政府, named once by its usual form, its province never
        ("各位代表：\n现在，我代表州人民政府向大会报告工作，请予审议。\n一、2019年工作回顾\n凉山州经济稳中有进，"
         "凉山发展的基础更加坚实，凉山人民的生活持续改善。", "凉山彝族自治州", "5134", "凉山彝族自治州人民政府"),
        # a county in Hebei
        ("——2020年1月11日在涞水县第十七届人民代表大会第五次会议上\n各位代表：保定市", "涞水县", "130623", "涞水县人民政府"),
    ],
)
def test_region_code_and_issuer(text: str, region: str, code_prefix: str, issuer: str) -> None:
    meta = complete_meta(_doc(text)).meta
    assert meta.region == region
    assert meta.region_code.startswith(code_prefix)
    assert meta.issuer == issuer
    if not code_prefix.endswith("0000"):
        assert meta.parents  # enclosing divisions, nearest first


def test_text_naming_no_division_leaves_region_empty() -> None:
    meta = complete_meta(_doc("各位代表：\n我代表区人民政府作报告。今年工作很多。")).meta
    assert meta.region == "" and meta.region_code == ""


@pytest.mark.parametrize(
    "name, year",
    [
        ("national-china-2006.txt", 2006),
        ("county-shenzhen-baoan-2021-2.txt", 2021),
        ("2023年政府工作报告.docx", 2023),
        ("广东省政府工作报告（1998）.pdf", 1998),
        ("report-20230117.txt", None),  # a date-like number, not a year
        ("plan-1999-2005.txt", None),  # two different years: which one is unknowable
        ("kaihua.txt", None),
        ("-", None),
    ],
)
def test_year_from_file_name(name: str, year: int | None) -> None:
    from kgreport.read.metadata import year_from_name

    assert year_from_name(name) == year


def test_missing_year_comes_from_the_file_name_and_never_overrides_the_text() -> None:
    text = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n过去的五年极不寻常。"
    doc = Document("province-x-2018.txt", text, hashlib.sha256(text.encode()).hexdigest(), meta=extract_meta(text))
    assert doc.meta.year is None
    assert complete_meta(doc).meta.year == 2018
    dated = "2025年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。"
    doc = Document("copy-2018.txt", dated, hashlib.sha256(dated.encode()).hexdigest(), meta=extract_meta(dated))
    assert complete_meta(doc).meta.year == 2025


def test_a_two_character_county_is_guessed_over_a_partner_district() -> None:
    """易县 (two characters) is named far more often than the Beijing district it pairs with."""
    body = "各位代表：\n现在，我代表县人民政府，向大会作工作报告。\n一、2017年工作回顾\n" + "易县经济平稳发展，保定市支持易县建设。" * 5
    body += "推进与北京海淀区对接合作，积极争取海淀区对口帮扶资金支持。"
    meta = complete_meta(_doc(body)).meta
    assert (meta.region, meta.issuer, meta.parents) == ("易县", "易县人民政府", ("保定市", "河北省"))


@pytest.mark.parametrize(
    "case, text, region, level",
    [
        # no header and no "我代表…": 我县 says the level, the county is named with its city
        ("county-by-wo-xian", "一、2019年工作回顾\n我县经济平稳运行，我县工业提质增效，" + "涉县钢铁转型，邯郸市支持涉县发展。" * 4
         + "我县民生持续改善。", "涉县", "county"),
        # no header, never 我县: 全县 (a county's word for its own territory) says the level
        ("county-by-quan-xian", "一、2016年工作回顾\n全县经济平稳运行，全县工业提质增效，全县民生改善。"
         + "安溪茶产业发展，泉州市支持安溪县建设。" * 4 + "主要指标增速居全市前列。", "安溪县", "county"),
        # 全区 as 我区: a district of a city, named with its city
        ("district-by-quan-qu", "一、2016年工作回顾\n全区经济平稳运行，全区服务业提质，全区民生改善。"
         + "越秀区商贸发展，广州市支持越秀区建设。" * 4 + "增速居全市第一。", "越秀区", "county"),
        # 我区 in a report of an autonomous region: the region competes with the districts, and wins
        ("autonomous-region", "一、2024年工作回顾\n我区经济稳中有进，我区民生改善，我区生态向好。" + "宁夏发展，银川、石嘴山、吴忠、固原、中卫协同。" * 3,
         "宁夏回族自治区", "province"),
        # a district ranks itself in 全市 more often than it says 我区: 全市 says no level
        ("district-ranked-in-city", "一、2019年工作回顾\n" + "主要指标增速居全市第一，全市领先。" * 6 + "福田区经济发展，深圳市支持福田。" * 3,
         "", "unknown"),
        # a city named twice, two of its counties once: too little to tell it from a neighbour
        ("weak-evidence", "各位代表：\n现在，我代表市人民政府作报告。\n驻马店农业增产，郑州物流，遂平、西平发展，新郑发展。", "", "city"),
    ],
)
def test_region_guessed_only_when_sure(case: str, text: str, region: str, level: str) -> None:
    meta = complete_meta(_doc(text)).meta
    assert (meta.region, meta.level.value) == (region, level), case
    # with no place named, the issuer is the government of the level the speaker represents, if said
    unnamed = "市人民政府" if "我代表市人民政府" in text else ""
    assert meta.issuer == (f"{region}人民政府" if region else unnamed)


@pytest.mark.parametrize(
    "text, issuer, level",
    [
        # the State Council named with the country before it (1950s reports)
        ("各位代表：\n现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出报告。", "国务院", "national"),
        # a district's government said short, by a preparatory group of a new district
        ("各位代表：\n现在，我代表坪山区政府筹备组向大会作工作报告，请予审议。", "坪山区人民政府", "county"),
        # a bare level's government in short names no place: the issuer is the district's government, name unknown
        ("各位代表：\n现在，我代表区政府向大会作工作报告。", "区人民政府", "county"),
    ],
)
def test_issuer_said_in_other_words(text: str, issuer: str, level: str) -> None:
    meta = complete_meta(_doc(text)).meta
    assert (meta.issuer, meta.level.value) == (issuer, level)


# A report of a division renamed or re-levelled since: the issuer is named as the report names itself.
_THEN_CASES = [
    # 河北: 清苑县 became 保定's 清苑区 in 2015; a 2008 report with no issuer line speaks of 县政府, 全县, 我县
    ("county-baoding-qingyuan-2008.txt",
     "政府工作报告\n2008年3月1日\n各位代表：\n现在，我代表县政府向大会作工作报告，请予审议。\n一、2007年工作回顾\n"
     "一年来，全县上下围绕建设经济强县、和谐清苑，清苑经济加快发展，保定市大力支持。我县工业增长，县委县政府带领全县人民奋力拼搏。",
     2008, "清苑县", "130608", "清苑县人民政府"),
    # the same county's 2005 header names it 清苑县: today's code, the header's name
    ("county-baoding-qingyuan-2005.txt", "——2005年2月20日在清苑县第十四届人民代表大会第三次会议上\n各位代表：全县经济发展。",
     2005, "清苑县", "130608", "清苑县人民政府"),
    # 浙江: 富阳市 (a county-level city) became 杭州's 富阳区 in 2014
    ("county-hangzhou-fuyang-2010.txt", "——2010年1月8日在富阳市第十四届人民代表大会第五次会议上\n各位代表：我市经济发展。",
     2010, "富阳市", "330111", "富阳市人民政府"),
    # 江苏: 江都市 became 扬州's 江都区 in 2011
    ("county-yangzhou-jiangdu-2009.txt", "——2009年1月8日在江都市第十四届人民代表大会第三次会议上\n各位代表：我市经济发展，扬州市支持。",
     2009, "江都市", "321012", "江都市人民政府"),
    # 广东: a district that speaks of 我区 and ranks itself in 全市 keeps today's name
    ("county-shenzhen-nanshan-2012.txt",
     "政府工作报告\n2012年3月1日\n各位代表：\n现在，我代表区政府向大会作工作报告。\n一、2011年工作回顾\n全区上下围绕建设，"
     "南山区经济加快发展，深圳市支持南山，我区工业增长，全市第一，市委市政府，我市。",
     2012, "南山区", "440305", "南山区人民政府"),
    # 内蒙古: a district's header names it as it is today
    ("county-hulunbuir-hailar-2012.txt", "——2012年3月8日在海拉尔区第十四届人民代表大会第五次会议上\n各位代表：全区经济发展。",
     2012, "海拉尔区", "150702", "海拉尔区人民政府"),
]


@pytest.mark.parametrize("name, text, year, region, code, issuer", _THEN_CASES, ids=[c[0] for c in _THEN_CASES])
def test_issuer_named_as_in_the_reports_year(name: str, text: str, year: int, region: str, code: str, issuer: str) -> None:
    doc = _doc(text)
    meta = complete_meta(Document(name, doc.text, doc.sha256, meta=doc.meta)).meta
    assert (meta.year, meta.region, meta.region_code, meta.issuer) == (year, region, code, issuer)


def test_build_names_the_issuer_as_it_was_with_todays_name_as_alt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    from kgreport.cli import cli

    name, text = _THEN_CASES[0][0], _THEN_CASES[0][1]
    (tmp_path / name).write_text(text + "\n全县实施乡村振兴战略。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["-q", "build", str(tmp_path / name), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    issuers = set(g.objects(None, URIRef("https://w3id.org/kgreport/ontology#issuer")))
    assert [g.value(i, RDFS.label) for i in issuers] == [Literal("清苑县人民政府")]
    assert Literal("清苑区人民政府") in set(g.objects(next(iter(issuers)), SKOS.altLabel))


@pytest.mark.parametrize(
    "text, issuer",
    [
        # an excerpt naming its province's bodies by level alone
        ("二、主要目标任务\n省政府出台支持政策。省委作出部署，推进自由贸易港建设。", "省人民政府"),
        # its own territory said with 全县 beats the city it ranks itself in
        ("全县粮食增产，增速居全市第一。县委县政府高度重视。", "县人民政府"),
        # 我市 / 本市 as the own territory; the province named only as the body that leads
        ("在省委、省政府的坚强领导下，我市经济稳中有进，本市民生改善。", "市人民政府"),
        # the higher body that leads, and 市县政府 of a province, say no level of the speaker's own
        ("在省委、省政府的坚强领导下，各项工作扎实推进。市县政府要压实责任。", ""),
        # a level body inside a longer word (特别行政区政府) or of every division (各省政府) is not the speaker's
        ("中央政府支持两个特别行政区政府依法施政，各省政府积极配合。", ""),
        # no level word at all
        ("政府工作报告\n实施文化服务提质增效行动，加快重大文化项目建设。", ""),
    ],
)
def test_issuer_of_a_report_naming_no_place(text: str, issuer: str) -> None:
    meta = complete_meta(_doc(text)).meta
    assert (meta.region, meta.issuer) == ("", issuer)
