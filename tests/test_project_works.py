"""Project precision rows: the works phrase is the project, kinds and parks are not.

Each row runs the whole pipeline on a one-line report (title + sentence) written for these
tests in the style of reports of several provinces; the shapes come from a judged draw of
Project rows on random corpus reports (works on an existing road or airport, a list item cut
at a place, an intercity line, a capacity before a kind, industrial parks in lists of works; roads where only pipes, greening or lights are
worked on, reservoirs named only as water bodies, figurative corridors).
"""

from __future__ import annotations

from functools import cache

import pytest

from kgreport.build.stages import extract_text
from kgreport.models import ReportGraph


@cache
def _run(title: str, body: str) -> ReportGraph:
    return extract_text(f"{title}\n{body}\n")


def _names(rg: ReportGraph) -> set[tuple[str, str]]:
    """(class, any label) of every entity."""
    return {(e.cls.value, n) for e in rg.entities for n in (e.label, *e.alt_labels)}


#: (case, title, sentence, (class, name) pairs that must be found, names that must be no Project).
PROJECT_ROWS = [
    ("names.project_extension: a road's 快速化改造 is the works", "2023年广东省深圳市某区政府工作报告",
     "推动青枫路快速化改造等5个重大项目建设。",
     [("Project", "青枫路快速化改造")], ["青枫路"]),
    ("names.project_extension: an airport's 迁建 and a highway's 改扩建 in a list", "2025年新疆维吾尔自治区政府工作报告",
     "开工建设塔河至库车铁路、白杨水库、塔城机场迁建、昌吉高速改扩建等项目。",
     [("Project", "塔城机场迁建"), ("Project", "昌吉高速改扩建")], ["塔城机场", "昌吉高速"]),
    ("names.project_extension: a highway's 市政化改造 opening its clause", "2021年广东省深圳市某区政府工作报告",
     "梅岭高速市政化改造提速推进，完成北环立交改造。",
     [("Project", "梅岭高速市政化改造")], ["梅岭高速"]),
    ("names.project_extension: a railway's 扩能改造 and a waterworks' 升级改造 are the works", "2025年宁夏回族自治区政府工作报告",
     "推进宝丰铁路银川段扩能改造，加快西湖水厂升级改造和北门路改造提升。",
     [("Project", "宝丰铁路银川段扩能改造"), ("Project", "西湖水厂升级改造")], ["宝丰铁路银川段", "西湖水厂"]),
    ("suffixed: an intercity line keeps its 线", "2022年广东省东莞市政府工作报告",
     "推进莞惠、莞深城际线建设，力争城际线在松山湖设站。",
     [("Project", "莞深城际线")], ["莞深城际"]),
    ("suffixed: a work after a list item that ends like a town keeps its city", "2025年湖南省政府工作报告",
     "着重抓好高速公路主通道扩容工程、岳阳机场改扩建工程、高标准农田等建设。",
     [("Project", "岳阳机场改扩建工程")], ["机场改扩建工程"]),
    ("suffixed: the last airport of a list keeps its city before 改扩建工程", "2016年广东省政府工作报告",
     "开工建设梅州新机场、汕尾机场、阳江机场改扩建工程。",
     [("Project", "阳江机场改扩建工程")], ["机场改扩建工程"]),
    ("suffixed: a kind of project the report counts right after it names no work", "2016年河南省某市政府工作报告",
     "全年实施城建提质项目573个，引进纺织服装项目24个、建成投产17个。",
     [], ["城建提质项目", "纺织服装项目"]),
    ("suffixed: a count of one project's parts leaves the project", "2021年河北省保定市某区政府工作报告",
     "力争投资16亿元的长城汽车项目五个车间主体完工。",
     [("Project", "长城汽车项目")], []),
    ("suffixed: a voltage before a bare substation names no work", "2019年河北省保定市某县政府工作报告",
     "城南110kv变电站投入使用，220kv变电站正在进行主体施工。",
     [], ["220kv变电站"]),
    ("suffixed: generic kinds (新一代, 周边, 新业态) before a project word name none", "2023年河北省保定市某县政府工作报告",
     "加快建设新一代数据中心，依托山区和周边旅游新业态项目建设带动群众增收。",
     [], ["新一代数据中心", "周边旅游新业态项目"]),
    ("built: a county's industrial park in a list of works under construction stays a place", "2018年河南省驻马店市政府工作报告",
     "南湖生态皮革产业园、今朝面业二期等重点项目开工建设。",
     [("Project", "今朝面业二期")], ["南湖生态皮革产业园"]),
    ("lists: an eco-city among key works is a zone, no project", "2010年河北省政府工作报告",
     "集中力量抓好沧州滨海新区、邢台东湖生态城、承德西港东迁等100项重点建设工程。",
     [], ["邢台东湖生态城", "东湖生态城"]),
    ("lists: a firm's park signed as an investment is a project (CONVENTIONS 1)", "2023年山东省聊城市某县政府工作报告",
     "新签约亿元以上项目28个，祥和年产2万吨稻米油、华重智能制造产业园等一批重大项目签约落地。",
     [("Project", "华重智能制造产业园")], []),
    ("built: a firm's industrial park in a list of works is its project (CONVENTIONS 1)", "2020年河北省保定市某市政府工作报告",
     "加快安丰集团产业园、百草二期、金禾二期等项目建设进度。",
     [("Project", "安丰集团产业园")], []),
    ("built: an industrial park's phase built is a work", "2022年广东省深圳市某区政府工作报告",
     "河口高新区共建产业园一期建成运营。",
     [("Project", "河口高新区共建产业园一期")], []),
    ("mentions.site_only_work: roads where only rain and sewage pipes are split are no works", "2023年山东省聊城市某县政府工作报告",
     "实施汇通路、光明街雨污分流改造，新建幸福大道。",
     [("Project", "幸福大道")], ["汇通路", "光明街"]),
    ("mentions.site_only_work: roads greened and lit after 等重点道路进行", "2022年河北省保定市某县政府工作报告",
     "围绕青石高速引线、博文路、东环快速路等重点道路进行美化亮化。",
     [], ["博文路", "东环快速路"]),
    ("mentions.site_only_work: roads repaired or given rain pipes are no works, roads newly built are", "2025年河南省驻马店市政府工作报告",
     "加快慎阳路、洪河大道等道路维修，实施雪松大道等10条道路雨水管网改造，完成白云山大道、板桥路等道路新建。",
     [("Project", "白云山大道"), ("Project", "板桥路")], ["慎阳路", "洪河大道", "雪松大道"]),
    ("mentions.site_only_work: roads whose green belt is improved", "2018年广东省深圳市某区政府工作报告",
     "按照高于原特区内标准实施光明大道、光侨路、观光路绿化提升。",
     [], ["光明大道", "光侨路"]),
    ("mentions.site_only_work: pipes laid under roads, roads' surroundings improved, guard rails on rural roads", "2022年河北省保定市某县政府工作报告",
     "年内完成苍山西路至行政审批局、北环路、三官庙北大街等路段管网敷设，完成京赞线、腰隘线等安防工程36.2公里。",
     [], ["北环路", "三官庙北大街", "京赞线", "腰隘线"]),
    ("mentions.site_only_work: the kind of the sites before 的 (等6条主干道的环境提升工程)", "2010年广东省深圳市某区政府工作报告",
     "完成辖区北山道、东海道、沙盐路、深沙路、田心东路、大梅沙内环路等6条主干道的环境提升工程。",
     [], ["沙盐路", "深沙路", "大梅沙内环路"]),
    ("mentions.site_only_work: congestion treated at a checkpoint and a road", "2016年广东省深圳市某区政府工作报告",
     "加强梅林关、布吉关、福龙路等重点区域交通拥堵治理。",
     [], ["福龙路"]),
    ("names.project_extension: a plant's bare 扩建 and a national road's 改线 are the works", "2025年广东省深圳市政府工作报告",
     "加快建设茜山水厂改扩建、北山水厂扩建等工程，推动107国道改线。",
     [("Project", "北山水厂扩建"), ("Project", "107国道改线"), ("Project", "茜山水厂改扩建")], ["北山水厂", "107国道"]),
    ("names.project_extension: a road's, an interchange's or a tunnel's bare 改造 is the works", "2016年广东省深圳市某区政府工作报告",
     "盐田路改造等9项工程顺利完工，加快罗沙路-延芳路立交改造，完成大岭后隧道改造。",
     [("Project", "盐田路改造"), ("Project", "罗沙路-延芳路立交改造"), ("Project", "大岭后隧道改造")], ["盐田路", "大岭后隧道"]),
    ("names.glued_lead: 迎来 opens no project's name", "2010年河北省保定市某区政府工作报告",
     "我们还将迎来荣乌高速、津保城际铁路等一批国家重点工程建设。",
     [("Project", "荣乌高速")], ["迎来荣乌高速"]),
    ("mentions.reservoir_works: a reservoir whose water is measured is a water body", "2023年广东省深圳市某区政府工作报告",
     "生态文明考核断面全部达标，东湖水库达到地表水Ⅱ类标准。",
     [("Place", "东湖水库")], ["东湖水库"]),
    ("mentions.reservoir_works: a reservoir named as a scenic resource is a water body", "2023年广东省深圳市某区政府工作报告",
     "依托凤凰山森林公园、屋山水库生态资源和凤凰古村人文优势，规划打造世界级旅游目的地。",
     [("Place", "屋山水库")], ["屋山水库"]),
    ("mentions.reservoir_works: a reservoir built is a work, its size class no part of each name", "2026年云南省政府工作报告",
     "德厚、阿岗、车马碧大型水库建成投用，库塘蓄水量首次突破100亿立方米。",
     [("Project", "德厚水库"), ("Project", "车马碧水库")], []),
    ("not_suffixed: a golden or trade corridor is a figure of speech, no work", "2026年青海省政府工作报告",
     "提升经格尔木口岸至尼泊尔贸易通道能级，架起通达藏区的黄金通道。",
     [], ["尼泊尔贸易通道", "黄金通道"]),
    ("mentions.designation_end: designations and regions named like works are no Projects", "2019年广东省深圳市政府工作报告",
     "积极参与振兴东北老工业基地建设，获批建设港口型国家物流枢纽，推进国家双创示范基地建设，盐田低空飞行示范基地开工建设。",
     [("Project", "盐田低空飞行示范基地")], ["东北老工业基地", "港口型国家物流枢纽", "国家双创示范基地"]),
    ("mentions.designation_end: a city's international air hub is a function, a named logistics hub a work", "2026年黑龙江省政府工作报告",
     "推动哈尔滨国际航空枢纽建设，建设平湖南国际综合物流枢纽。",
     [("Project", "平湖南国际综合物流枢纽")], ["哈尔滨国际航空枢纽"]),
    ("not_suffixed: idioms ending in 路 (抬头看路, 埋头赶路, 广开言路, 为…探路) name no road", "1979年全国政府工作报告",
     "既要抬头看路、谋划长远，又要埋头赶路，坚持广开言路，为共同富裕探路。",
     [], ["抬头看路", "埋头赶路", "广开言路", "共同富裕探路"]),
    ("lists.name_head: short names before 等城际项目 take the head 城际", "2022年广东省政府工作报告",
     "推进广佛环线、广清、深惠、广佛江珠等城际项目，建成佛莞城际。",
     [("Project", "广清城际"), ("Project", "广佛江珠城际"), ("Project", "深惠城际")], []),
    ("lists.name_head: short names before 等城际轨道项目 take the whole head", "2012年广东省政府工作报告",
     "加快广佛肇、莞惠、穗莞深等城际轨道项目建设。",
     [("Project", "广佛肇城际轨道"), ("Project", "莞惠城际轨道")], []),
    ("built: schools in a list of schools being built are works (class by state)", "2022年河北省保定市某县政府工作报告",
     "加快第四学校、新职中二期等4所新改扩建学校建设，易州学校等多所学校建成投用。",
     [("Project", "第四学校"), ("Project", "新职中二期"), ("Project", "易州学校")], []),
    ("built: schools opened in a counted list are works", "2020年安徽省某县政府工作报告",
     "许楼学校、鸣山实验学校等4所学校建成启用。",
     [("Project", "许楼学校"), ("Project", "鸣山实验学校")], []),
    ("built: existing schools whose buildings are enlarged stay bodies", "2021年河北省保定市某县政府工作报告",
     "完成北张小学等3所小学改扩建工程。",
     [("Organization", "北张小学")], ["北张小学"]),
    ("suffixes: a port district is a Place even when built (CONVENTIONS 13)", "2024年湖北省黄石市政府工作报告",
     "加快建设棋盘洲港区，推动新港港区三期工程开工。",
     [("Place", "棋盘洲港区"), ("Project", "新港港区三期工程")], ["棋盘洲港区"]),
    ("suffixes: an inland port district is a Place", "2023年陕西省宝鸡市政府工作报告",
     "蔡家坡陆港区建设加快推进。",
     [("Place", "蔡家坡陆港区")], ["蔡家坡陆港区"]),
    ("mentions.port_phases: a port district's phase is a works", "2022年浙江省宁波市政府工作报告",
     "抓紧梅山港区三期、穿山港区二期A码头建设，加快建设金塘港区。",
     [("Project", "梅山港区三期"), ("Place", "金塘港区")], ["梅山港区", "金塘港区"]),
    ("mentions.network_roads: roads that make up a network are no works", "2022年河南省洛阳市政府工作报告",
     "中心城区路网由王城大道、九都路、洛龙高速构成。",
     [], ["王城大道", "九都路", "洛龙高速"]),
    ("mentions.network_roads: the roads a numbered axis stands for are no works", "2021年江苏省徐州市某区政府工作报告",
     "“三横”指淮海路、建国路、和平大道。",
     [], ["淮海路", "建国路", "和平大道"]),
    ("mentions.network_roads: a road built in a clause without a network stays a work", "2021年江苏省徐州市某区政府工作报告",
     "“三横”指淮海路、建国路、和平大道，建成汉源大道。",
     [("Project", "汉源大道")], ["淮海路"]),
    ("lists.industry_kind: kinds of industry listed before 等项目 are no works", "2023年内蒙古自治区鄂尔多斯市政府工作报告",
     "推进煤制芳烃、集成电路封装测试等项目建设。",
     [], ["煤制芳烃", "集成电路封装测试"]),
    ("lists.industry_kind: products and processes before 等一批项目 are no works", "2024年四川省遂宁市政府工作报告",
     "开工建设锂电池正极材料、光伏组件、高端装备制造等一批项目。",
     [], ["锂电池正极材料", "光伏组件", "高端装备制造"]),
    ("lists.industry_kind: kinds of livelihood works counted before 等 are no works", "2016年广东省某市政府工作报告",
     "完成养老、安居、食品安全等12项重大民生工程。",
     [], ["食品安全"]),
    ("lists.industry_kind: a firm's name before the product keeps the work", "2022年江苏省盐城市政府工作报告",
     "推进东方希望新材料、协鑫光伏组件等项目建设。",
     [("Project", "东方希望新材料"), ("Project", "协鑫光伏组件")], []),
    ("names.road_section: a road's section right after it is the works", "2021年河南省新乡市某县政府工作报告",
     "牧野大道东段完工，建成滨河路示范段。",
     [("Project", "牧野大道东段"), ("Project", "滨河路示范段")], ["牧野大道", "滨河路"]),
    ("names.road_section: a section of a highway opening its clause", "2024年贵州省遵义市政府工作报告",
     "仁遵高速城区段建成通车，湘江大道北段开工建设。",
     [("Project", "仁遵高速城区段"), ("Project", "湘江大道北段")], ["仁遵高速", "湘江大道"]),
    ("names.road_section: a section word after no road stays out of a name", "2023年云南省昆明市某区政府工作报告",
     "滇池湿地公园东段完成提升，建成翠湖中心。",
     [("Project", "翠湖中心")], ["滇池湿地公园东段"]),
    ("segment: jieba's 路北/路东 before 延段 leave the road its 路", "2022年山东省潍坊市某区政府工作报告",
     "开建胜利路东延段，建成鸢飞路北延段。",
     [("Project", "胜利路东延段"), ("Project", "鸢飞路北延段")], []),
    ("segment: 路北 before a district's 区 stays the district", "2019年河北省唐山市政府工作报告",
     "路北区新建学校3所。",
     [("Place", "路北区")], ["路北"]),
    ("suffixed.built_road: a road jieba holds as one proper word is built when a construction verb names it", "2022年江西省九江市某县政府工作报告",
     "红旗路建成通车，开工建设北京路，东风大道、红旗路西段竣工。",
     [("Project", "红旗路"), ("Project", "北京路"), ("Project", "红旗路西段")], []),
    ("suffixed.built_road: such a road named only as a site stays no works", "2023年湖南省岳阳市某区政府工作报告",
     "红旗路两侧新增停车位200个，对北京路进行提升改造。",
     [], ["红旗路", "北京路"]),
    ("names.glued_lead: 投用 after 建成 opens no name", "2023年广东省深圳市某区政府工作报告",
     "建成投用区图书馆新馆和区文化中心。",
     [("Project", "区图书馆新馆")], ["投用区图书馆新馆"]),
]


@pytest.mark.parametrize("case,title,body,found,not_projects", PROJECT_ROWS, ids=[r[0] for r in PROJECT_ROWS])
def test_project_rows(case: str, title: str, body: str, found: list[tuple[str, str]], not_projects: list[str]) -> None:
    got = _names(_run(title, body))
    for item in found:
        assert item in got, f"{case}: {item} not in {sorted(got)}"
    for name in not_projects:
        assert ("Project", name) not in got, f"{case}: {name} extracted as a Project"
