"""Metadata from the report text: issuer, region, level, session, date, year, title."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgreport.read.metadata import extract_meta
from kgreport.models import Level
from kgreport.read.reader import read_document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "reports"

# Header lines copied from corpus files (file name in the comment), with what they must yield:
# (header, issuer, region, level, session, date, year)
CASES = [
    (  # province-liaoning-2025 (speaker before 在 on the session line)
        "2025年辽宁省政府工作报告\n——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话\n来源：辽宁日报\n各位代表：",
        "辽宁省人民政府", "辽宁省", Level.PROVINCE, "第十四届人民代表大会第三次会议", "2025-01-16", 2025,
    ),
    (  # province-guangdong-2026 (the session line breaks after 届)
        "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议。",
        "广东省人民政府", "广东省", Level.PROVINCE, "第十四届人民代表大会第五次会议", "2026-01-26", 2026,
    ),
    (  # city-baoding-2014 (crawler header)
        "标题：保定市政府工作报告——2014年2月10日在保定市第十四届人民代表大会第二次会议上\n发文单位：保定市人民政府\n"
        "发文时间：2014-02-10\n报告人：保定市市长 马誉峰\n来源URL：http://district.ce.cn/x.shtml\n\n正文：\n\n"
        "——2014年2月10日在保定市第十四届人民代表大会第二次会议上\n\n保定市人民政府市长 马誉峰\n\n各位代表：",
        "保定市人民政府", "保定市", Level.CITY, "第十四届人民代表大会第二次会议", "2014-02-10", 2014,
    ),
    (  # county-hulunbuir-hailar-2012 (spaced title, ideographic spaces)
        "政 府 工 作 报 告\n\n ----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n\n"
        "海拉尔区人民政府区长\u3000\u3000张天喜\n\n\u3000\u3000各位代表：",
        "海拉尔区人民政府", "海拉尔区", Level.COUNTY, "第十三届人民代表大会第六次会议", "2012-02-29", 2012,
    ),
    (  # province-hebei-2019 (Chinese-numeral date; 标题 names the wrong year)
        "标题：2018年河北省政府工作报告\n发文单位：河北省人民政府\n发文时间：未知\n正文：\n"
        "二〇一九年一月十四日在河北省第十三届人民代表大会第二次会议上\n河北省人民政府省长许勤\n各位代表：",
        "河北省人民政府", "河北省", Level.PROVINCE, "第十三届人民代表大会第二次会议", "2019-01-14", 2019,
    ),
    (  # national-china-1989 (full-width digits)
        "1989年政府工作报告\n坚决贯彻治理整顿和深化改革的方针\n——１９８９年３月２０日在第七届全国人民代表大会第二次会议上\n"
        "国务院总理 李鹏\n各位代表：",
        "国务院", "中华人民共和国", Level.NATIONAL, "第七届全国人民代表大会第二次会议", "1989-03-20", 1989,
    ),
    (  # national-china-2015 (no date printed: year from the review heading)
        "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。\n一、2014年工作回顾",
        "国务院", "中华人民共和国", Level.NATIONAL, "", "", 2015,
    ),
    (  # county-baoding-anguo-2020 (site copy, run-on abstract line)
        "政 府 工 作 报 告——2020年1月9日在安国市第七届人民代表大会第五次会议上安国市人民政府市长 张壮田各位代表：现在，"
        "我代表安国市人民政府向大会作工作报告......\n政 府 工 作 报 告\n——2020年1月9日在安国市第七届人民代表大会第五次会议上\n"
        "安国市人民政府市长?? 张壮田",
        "安国市人民政府", "安国市", Level.CITY, "第七届人民代表大会第五次会议", "2020-01-09", 2020,
    ),
    (  # county-baoding-boye-2022 (session without 第)
        "政 府 工 作 报 告\n—2022年1月27日在博野县十八届人民代表大会第二次会议上\n博野县人民政府县长 许 喆\n各位代表：",
        "博野县人民政府", "博野县", Level.COUNTY, "第十八届人民代表大会第二次会议", "2022-01-27", 2022,
    ),
    (  # county-baoding-mancheng-2023 (district under a city)
        "政府工作报告\n——2023年1月11日在保定市满城区第三届人民代表大会第三次会议上\n保定市满城区人民政府区长 晏中亚\n各位代表：",
        "保定市满城区人民政府", "满城区", Level.COUNTY, "第三届人民代表大会第三次会议", "2023-01-11", 2023,
    ),
    (  # province-anhui-2026 (reader UI lines before the title)
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年安徽省政府工作报告\n"
        "——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n来源：安徽日报\n各位代表：\n"
        "现在，我代表省人民政府，向大会报告政府工作，请予审议。",
        "安徽省人民政府", "安徽省", Level.PROVINCE, "第十四届人民代表大会第四次会议", "2026-02-05", 2026,
    ),
    (  # province-neimenggu-2026 (autonomous region; "我代表自治区人民政府")
        "2026年内蒙古自治区政府工作报告\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上\n各位代表：\n"
        "现在，我代表自治区人民政府，向大会报告工作，请予审议。",
        "内蒙古自治区人民政府", "内蒙古自治区", Level.PROVINCE, "第十四届人民代表大会第五次会议", "2026-02-04", 2026,
    ),
    (  # province-beijing-2025 (municipality)
        "2025年北京市政府工作报告\n来源：北京日报\n2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇\n各位代表：",
        "北京市人民政府", "北京市", Level.PROVINCE, "第十六届人民代表大会第三次会议", "2025-01-14", 2025,
    ),
    (  # city-zhumadian-2002 (crawler 年份 header; Chinese year with zeros)
        "标题：二00二年政府工作报告\n年份：2002\n" + "=" * 60 + "\n\n各位代表：现在，我代表市人民政府，向大会作政府工作报告。",
        "", "", Level.CITY, "", "", 2002,
    ),
    (  # county-shenzhen-dapeng-2016 (management committee)
        "各位代表：\n现在，我代表大鹏新区管理委员会向大会作工作报告，请予审议。\n一、2015年工作回顾",
        "大鹏新区管理委员会", "大鹏新区", Level.COUNTY, "", "", 2016,
    ),
    (  # province-hebei-2004 (page date first, delivery date after the session)
        "政府工作报告\n2004年01月12日\n政府工作报告\n—在河北省第十届人民代表大会第二次会议上（二〇〇四年一月八日）\n"
        "河北省人民政府省长 季允石\n各位代表：",
        "河北省人民政府", "河北省", Level.PROVINCE, "第十届人民代表大会第二次会议", "2004-01-08", 2004,
    ),
    (  # county-baoding-qingyuan-2008 (date alone in brackets)
        "政府工作报告\n（2008年3月27日）\n各位代表：\n现在，我代表县政府向大会作政府工作报告，请予审议。",
        "", "", Level.COUNTY, "", "2008-03-27", 2008,
    ),
    (  # the government's term inside its body (cf. county-baoding-rongcheng: "代表容城县第十四届人民政府")
        "各位代表：\n现在，我代表十六届县人民政府，向大会报告工作，请予审议。",
        "", "", Level.COUNTY, "", "", None,
    ),
    (  # invented: a named body with its term
        "各位代表：\n现在，我代表临川区第五届人民政府向大会报告工作，请予审议。",
        "临川区人民政府", "临川区", Level.COUNTY, "", "", None,
    ),
]


@pytest.mark.parametrize("header, issuer, region, level, session, date, year", CASES)
def test_header_table(header, issuer, region, level, session, date, year):
    meta = extract_meta(header)
    assert meta.issuer == issuer
    assert meta.region == region
    assert meta.level == level
    assert meta.session == session
    assert meta.date == date
    assert meta.year == year
    assert meta.region_code == "" and meta.parents == ()


def test_bundled_report():
    doc = read_document(Path(__file__).resolve().parents[1] / "data" / "reports" / "kaihua-2023.txt")
    m = doc.meta
    assert (m.issuer, m.region, m.level, m.date, m.year) == ("开化县人民政府", "开化县", Level.COUNTY, "2023-01-17", 2023)
    # The only session it names is a past one ("对照县十七届人大一次会议确定的目标任务"),
    # so no delivery session is claimed.
    assert m.session == ""
    assert "工作报告" in m.title


def test_title_strips_delivery_line():
    m = extract_meta("标题：保定市政府工作报告——2014年2月10日在保定市第十四届人民代表大会第二次会议上")
    assert m.title == "保定市政府工作报告"


def test_impossible_date_is_not_reported():
    m = extract_meta("政府工作报告\n——2023年2月30日在某某县第十七届人民代表大会第二次会议上")
    assert m.date == "" and m.session == "第十七届人民代表大会第二次会议"


def test_nothing_found_gives_empty_meta():
    m = extract_meta("今天天气很好，我们去公园散步。")
    assert (m.issuer, m.region, m.level, m.session, m.date, m.year) == ("", "", Level.UNKNOWN, "", "", None)


# Corpus files read end to end: (file, issuer, level, date, year); None = not checked
CORPUS_CASES = [
    ("city-baoding-2021.txt", "保定市人民政府", Level.CITY, "2021-01-31", 2021),
    ("city-zhumadian-2017.txt", "驻马店市人民政府", Level.CITY, "2017-06-13", 2017),
    ("county-baoding-anguo-2020.txt", "安国市人民政府", Level.CITY, "2020-01-09", 2020),
    ("county-baoding-boye-2025.txt", "博野县人民政府", Level.COUNTY, "2025-01-15", 2025),
    ("county-baoding-qingyuan-2025.txt", "保定市清苑区人民政府", Level.COUNTY, "2025-01-13", 2025),
    ("county-hulunbuir-hailar-2013.txt", "海拉尔区人民政府", Level.COUNTY, "2013-02-28", 2013),
    ("county-liaocheng-gaotang-2024.txt", "高唐县人民政府", Level.COUNTY, "2024-01-17", 2024),
    ("national-china-1991.txt", "国务院", Level.NATIONAL, "1991-03-26", 1991),
    ("national-china-2021.txt", "国务院", Level.NATIONAL, "2021-03-05", 2021),
    ("province-hebei-2019.txt", "河北省人民政府", Level.PROVINCE, "2019-01-14", 2019),
    ("province-guizhou-2025.txt", "贵州省人民政府", Level.PROVINCE, "2025-01-19", 2025),
    ("province-shanghai-2026.txt", "上海市人民政府", Level.PROVINCE, "2026-02-03", 2026),
    ("province-xizang-2026.txt", "西藏自治区人民政府", Level.PROVINCE, None, 2026),
    ("county-shenzhen-nanshan-2016.txt", "南山区人民政府", Level.COUNTY, None, 2016),
]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
@pytest.mark.parametrize("name, issuer, level, date, year", CORPUS_CASES)
def test_corpus_files(name, issuer, level, date, year):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in corpus")
    m = read_document(path).meta
    assert m.issuer == issuer
    assert m.level == level
    if date is not None:
        assert m.date == date
        assert m.session.endswith("次会议")
    assert m.year == year


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_corpus_years_mostly_found():
    """The year comes from the text for most of the corpus, and agrees with SOURCES.tsv when found."""
    import csv

    sources = CORPUS.parent / "SOURCES.tsv"
    rows = {r["file"]: r for r in csv.DictReader(sources.open(encoding="utf-8"), delimiter="\t")}
    files = sorted(CORPUS.glob("*.txt"))[::4]
    found = agree = 0
    for path in files:
        m = read_document(path).meta
        if m.year is not None:
            found += 1
            agree += str(m.year) == rows[path.name]["year"]
    assert found >= 0.75 * len(files)
    assert agree >= 0.9 * found


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_HEADER_BITS = st.sampled_from(
    ["——", "2023年1月17日", "二〇一九年一月十四日", "在", "某某县", "第十七届", "全国", "人民代表大会", "第一次会议", "上",
     "\n", "人民政府", "县长", "我代表", "国务院", "标题：", "发文时间：2014-02-10", "十八届人大一次会议", "以来", "。", "，"]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_HEADER_BITS, max_size=40).map("".join)))
def test_extract_meta_never_crashes_and_dates_are_valid(text):
    import datetime

    m = extract_meta(text)
    if m.date:
        datetime.date.fromisoformat(m.date)
        assert m.year == int(m.date[:4])
    assert isinstance(m.level, Level)
