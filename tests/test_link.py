"""Linking: one canonical name per thing, relative names qualified by the issuer (extract/link.py)."""

from __future__ import annotations

import pytest

from kgreport import gazetteer
from kgreport.extract.link import canonical_name, issuer_of, is_relative
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, EntityClass, Mention, ReportMeta


def _meta(region: str) -> ReportMeta:
    d = gazetteer.resolve_division(region)
    assert d is not None, region
    return ReportMeta(region=d.name, region_code=d.code)


def _mention(cls: EntityClass, name: str) -> Mention:
    return Mention(cls, name.strip("“”"), name, 0, 0, len(name))  # “县管校聘”: the surface keeps the quotes


#: (case, issuer's region, class, name in the text, canonical label)
CASES = [
    ("a relative hospital takes the county", "安平县", ORG, "县中医院", "安平县中医院"),
    ("a relative Party committee takes the county", "安平县", ORG, "县委", "安平县委"),
    ("a city body in a county report takes the parent city", "安平县", ORG, "市委", "衡水市委"),
    ("a province body takes the province", "安平县", ORG, "省委", "河北省委"),
    ("市政府 is the parent city's 人民政府", "安平县", ORG, "市政府", "衡水市人民政府"),
    ("县政府 is the issuer's government", "安平县", ORG, "县政府", "安平县人民政府"),
    ("the title's parent-qualified government is the issuer", "宝安区", ORG, "广东省深圳市宝安区人民政府", "宝安区人民政府"),
    ("a bare 人大 belongs to the issuer's region", "宝安区", ORG, "人大", "宝安区人大"),
    ("a division's short form is its full name", "宝安区", PLACE, "深圳", "深圳市"),
    ("the issuer's short name is the issuer, even where a region shares it",
     "海西蒙古族藏族自治州", PLACE, "海西", "海西蒙古族藏族自治州"),
    ("a named region stays a region in another issuer's report", "嘉兴市", PLACE, "长三角", "长三角"),
    ("a relative project takes the issuer", "嘉兴市", PROJECT, "市体育中心", "嘉兴市体育中心"),
    ("a program opening with a level word is left alone when no level matches", "嘉兴市", PROGRAM, "乡村振兴", "乡村振兴"),
    ("a program opening with 市场 is no city program", "深圳市", PROGRAM, "市场化改革", "市场化改革"),
    ("a program opening with 市容 is no city program", "保定市", PROGRAM, "市容环境提升行动", "市容环境提升行动"),
    ("a program opening with 县域 is no county program", "易县", PROGRAM, "县域经济高质量发展行动", "县域经济高质量发展行动"),
    ("a relative program still takes the city (市民生, not 市民)", "深圳市", PROGRAM, "市民生实事工程", "深圳市民生实事工程"),
    ("a body opening with 市政 still takes the city", "深圳市", ORG, "市政协", "深圳市政协"),
    ("a quoted program's 县 is a word of its coined name", "安平县", PROGRAM, "“县管校聘”", "县管校聘"),
    ("a quoted program's 区 is a word of its coined name", "宝安区", PROGRAM, "“区管校聘”", "区管校聘"),
    ("a quoted program of the issuer's head takes the county", "安平县", PROGRAM, "“县长热线”", "安平县长热线"),
    ("a quoted program's 省 is a word of its coined name", "易县", PROGRAM, "“省市重点项目倍增计划”", "省市重点项目倍增计划"),
]


@pytest.mark.parametrize("case,region,cls,name,label", CASES, ids=[c[0] for c in CASES])
def test_canonical_name(case: str, region: str, cls: EntityClass, name: str, label: str) -> None:
    got, _code, _level = canonical_name(_mention(cls, name), issuer_of(_meta(region)))
    assert got == label, case


def test_divisions_carry_their_code_and_level() -> None:
    label, code, level = canonical_name(_mention(PLACE, "深圳"), issuer_of(_meta("宝安区")))
    assert (label, code, level) == ("深圳市", "440300", "city")


@pytest.mark.parametrize("name,relative", [("县委", True), ("政协", True), ("市政府", True), ("某某集团", False)])
def test_relative_names_only_matter_without_an_issuer(name: str, relative: bool) -> None:
    assert is_relative(_mention(ORG, name), issuer_of(ReportMeta())) is relative
    assert not is_relative(_mention(ORG, name), issuer_of(_meta("安平县")))
