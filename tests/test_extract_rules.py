"""One row per extraction rule, with sentences in the style of reports from many provinces.

The sentences are written for these tests (not copied from any report). Each row runs the
whole pipeline on a one-line report whose title names the issuer, so canonicalization
against the issuer's place is exercised too.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache, cache
from pathlib import Path

import pytest

from kgreport.graph import rdf
from kgreport.extract.entities.honors import honor_mentions
from kgreport.extract.indicators import extract_indicators
from kgreport.lexicon import lexicon
from kgreport.models import HONOR, ReportGraph, Sentence
from kgreport.build.stages import extract_text
from kgreport.segment import Clause, tokenize

ROOT = Path(__file__).resolve().parents[1]
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
BUNDLED = ROOT / "data" / "reports" / "kaihua-2023.txt"
BUNDLED_GOLD = ROOT.parent / "shared" / "eval" / "kaihua-2023.gold.json"
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"

#: Titles that set the issuer: a county-level city in Hunan, a county in Sichuan, a Hebei county.
LIUYANG = "2024年湖南省浏阳市政府工作报告"
CANGXI = "2023年四川省苍溪县政府工作报告"
ANPING = "2022年河北省安平县政府工作报告"


@cache
def run(title: str, body: str) -> ReportGraph:
    return extract_text(f"{title}\n{body}\n")


def entities(rg: ReportGraph) -> set[tuple[str, str]]:
    return {(e.cls.value, e.label) for e in rg.entities}


def names(rg: ReportGraph) -> set[tuple[str, str]]:
    """(class, any label) of every entity."""
    return {(e.cls.value, n) for e in rg.entities for n in (e.label, *e.alt_labels)}


def relations(rg: ReportGraph) -> set[tuple[str, str, str]]:
    label = {e.key: e.label for e in rg.entities}
    return {(r.kind.value, label[r.subject], label[r.object]) for r in rg.relations}


# ---------------------------------------------------------------- entities found

FOUND = [
    ("suffixed: pollution control, water supply and dredging on a named river are works, Projects", "2019年河北省保定市政府工作报告",
     "实施潴龙河补水工程，推进洲河、凤塘河生态补水工程，实施骏马河治污工程。",
     [("Project", "潴龙河补水工程"), ("Project", "凤塘河生态补水工程"), ("Project", "骏马河治污工程")]),
    ("suffixed: a 月 that jieba tags a numeral opens a river's name", "2020年河北省蠡县政府工作报告",
     "完成投资8845万元的月明河绿道绿廊建设。", [("Project", "月明河绿道")]),
    ("names: an airport's runway stays in the project's name; 筹建 opens no name", "2026年广东省政府工作报告",
     "深圳宝安机场第三跑道建成投用，筹建乒乓球国家队训练基地。",
     [("Project", "深圳宝安机场第三跑道"), ("Project", "乒乓球国家队训练基地")]),
    ("names: a bare numbered line takes the transit system the sentence names", "2020年广东省深圳市罗湖区政府工作报告",
     "推动地铁11号线东延至罗湖口岸，加快5号线西延、14号线建设；轨道交通7、9号线建成试运行，8号线一期动工。",
     [("Project", "地铁14号线"), ("Project", "轨道交通8号线一期")]),
    ("honors: a bracket inside a title keeps its conjunctions", "2021年广东省深圳市龙岗区政府工作报告",
     "完善依法决策机制，获评全省法治县（市、区）创建活动先进单位。", [("Honor", "全省法治县（市、区）创建活动先进单位")]),
    ("honors: a title with its own scope takes no level from the title before it", "2011年河南省驻马店市政府工作报告",
     "成功创建了省级园林城市、省级卫生城市和中国优秀旅游城市，被授予全国双拥模范城、中国优秀旅游城市。",
     [("Honor", "省级园林城市"), ("Honor", "中国优秀旅游城市"), ("Honor", "全国双拥模范城")]),
    ("built: a museum whose building is pushed on is a project", "2021年河北省清河县政府工作报告", "抓好中国陶瓷博物馆建设，大力发展工业旅游。",
     [("Project", "中国陶瓷博物馆")]),
    ("built: hospitals and a library after 加快建设 are projects", "2022年江西省赣州市政府工作报告", "加快建设市第四人民医院、市第三图书馆、章贡文体中心。",
     [("Project", "市第四人民医院"), ("Project", "市第三图书馆")]),
    ("built: a school with its phase under construction", "2020年湖南省株洲市天元区政府工作报告", "加快第二中学一期、城南幼儿园建设进度，确保秋季投用。",
     [("Project", "第二中学一期"), ("Project", "城南幼儿园")]),
    ("names: a verb glued before a facility is cut off", "2021年河北省唐县政府工作报告", "建成用好县城智慧运营中心，整合数据资源。",
     [("Project", "县城智慧运营中心")]),
    ("names: 开放 after 建成 is cut off a greenway's name", "2019年浙江省温州市政府工作报告", "建设滨江体育公园，建成开放瓯江绿道3号线。",
     [("Project", "瓯江绿道3号线")]),
    ("names: 及 glued before a road is cut off", "2022年广西壮族自治区柳州市政府工作报告", "启动沿线综合整治规划设计项目前期研究及文昌路、兴华路建设前期工作。",
     [("Project", "文昌路")]),
    ("names: 发布 glued before a plan is cut off", "2023年四川省成都市政府工作报告", "面向全球发布公园城市示范场景计划。",
     [("Program", "公园城市示范场景计划")]),
    ("honors: a demonstration project is a title after an honor cue", "2023年山东省高唐县政府工作报告", "“红日”计划获评全市党建引领示范项目。",
     [("Honor", "全市党建引领示范项目")]),
    ("lists: counties by short form after their city before 对口支援", "2017年广东省深圳市坪山新区政府工作报告", "落实河源紫金、百色凌云对口支援。",
     [("Place", "紫金县"), ("Place", "凌云县")]),
    ("lists: a county by short form right after 对口帮扶", "2016年广东省深圳市南山区政府工作报告", "对口帮扶连平15个贫困村全部脱贫。",
     [("Place", "连平县")]),
    ("lists: bare listed holders share the last one's head", "2015年广东省深圳市坪山新区政府工作报告", "碧岭、汤坑社区获评全国综合减灾示范社区。",
     [("Place", "碧岭社区"), ("Place", "汤坑社区")]),
    ("honors: 光荣称号 is no part of the title", "2008年广东省深圳市政府工作报告", "连续第四次获得“全国双拥模范城”光荣称号。",
     [("Honor", "全国双拥模范城")]),
    ("honors: a joined title before 之一", "2008年广东省深圳市政府工作报告", "被确定为国家机关办公建筑及大型公共建筑节能监管示范城市之一。",
     [("Honor", "国家机关办公建筑及大型公共建筑节能监管示范城市")]),
    ("lists: a company opening a clause before an honor cue", "2019年广东省深圳市大鹏新区政府工作报告", "东湾核电运营公司荣获全国质量奖。",
     [("Organization", "东湾核电运营公司")]),
    ("lists: a trade-word company opening a clause before an honor cue", "2019年广东省深圳市盐田区政府工作报告", "清河医疗荣获中国最具投资价值品牌。",
     [("Organization", "清河医疗")]),
    ("honors: a nomination is what is held", "2022年湖南省常德市政府工作报告", "石门、澧县获全国文明城市提名。",
     [("Honor", "全国文明城市提名")]),
    ("honors: 和 joining two topics inside one title", "2021年安徽省池州市政府工作报告", "成功创建国家文化和科技融合示范基地。",
     [("Honor", "国家文化和科技融合示范基地")]),
    ("honors: 和 between two titles keeps two", "2018年湖北省宜昌市政府工作报告", "荣获全国文明城市和国家卫生城市称号。",
     [("Honor", "全国文明城市"), ("Honor", "国家卫生城市")]),
    ("lists: villages listed before an honor cue are places", "2022年浙江省安吉县政府工作报告", "枫林村、石门村成功入选省级乡村旅游重点村。",
     [("Place", "枫林村"), ("Place", "石门村")]),
    ("lists/suffixed: the places of a partner list stay places", "2025年四川省政府工作报告",
     "深化与汕头、潮州协作，与重庆协同共建长江上游航运中心，加强与香港多层次、多领域的合作。",
     [("Place", "潮州市"), ("Place", "重庆市"), ("Place", "香港特别行政区")]),
    ("suffixed: a cooperation named without 与 stays a program", "2023年浙江省政府工作报告", "深化山海协作和沪滇协作。",
     [("Program", "山海协作"), ("Program", "沪滇协作")]),
    ("honors: a level-prefixed title after 力争成为 is still a title", "2019年广东省深圳市盐田区政府工作报告",
     "力争成为国家生物医药创新政策试验区。", [("Honor", "国家生物医药创新政策试验区")]),
    # known: short forms of cities that jieba tags as person names or adverbs still name the place
    ("known: a city's short form jieba reads as a person's name", "2021年河北省政府工作报告", "秦皇岛获批国家冰雪装备产业基地，支持承德建设国家可持续发展议程创新示范区。",
     [("Place", "秦皇岛市"), ("Place", "承德市")]),
    ("known: a city's short form jieba reads as an adverb", "2026年辽宁省政府工作报告", "深化沈阳与北京、大连与上海对口合作。",
     [("Place", "大连市"), ("Place", "沈阳市")]),
    ("known: a short form jieba reads as a verb", "2024年河北省政府工作报告", "保定正在由服务北京向联动北京转变。", [("Place", "保定市")]),
    # coordination: two items share one suffix
    ("coordination of places", LIUYANG, "完成桃源、金湾片区控制性详细规划编制。", [("Place", "桃源片区"), ("Place", "金湾片区")]),
    ("a named site before a project kind stays", ANPING, "张北风电项目并网发电，金寨抽水蓄能电站开工。", [("Project", "张北风电项目"), ("Project", "金寨抽水蓄能电站")]),
    ("extension: a rebuilding work keeps the project's name", LIUYANG, "沪昆高速改扩建工程开工。", [("Project", "沪昆高速改扩建工程")]),
    ("extension: a line's eastward extension", CANGXI, "加快地铁5号线东延建设。", [("Project", "地铁5号线东延")]),
    ("extension: a link road", ANPING, "京港澳高速公路连接线建成通车。", [("Project", "京港澳高速公路连接线")]),
    ("coordination shares the tail", CANGXI, "天府、双流国际机场协同运营。", [("Project", "天府国际机场"), ("Project", "双流国际机场")]),
    ("coordination of quoted programs", LIUYANG, "争取市“领航”“筑巢”计划项目5项。", [("Program", "领航"), ("Program", "筑巢")]),
    ("a span of years inside a name", ANPING, "深入实施生产性服务业十年倍增行动。", [("Program", "生产性服务业十年倍增行动")]),
    ("works on a named site", LIUYANG, "完成宝华路、金沙路综合整治。", [("Project", "金沙路综合整治")]),
    ("numbered lines", LIUYANG, "地铁3、5号线建设提速。", [("Project", "地铁3号线"), ("Project", "地铁5号线")]),
    ("a ring road", CANGXI, "外环高速二期建成通车。", [("Project", "外环高速二期")]),
    ("towns in a counted list", ANPING, "完成马店、南王庄2个镇区改造。", [("Place", "马店镇"), ("Place", "南王庄镇")]),
    ("coordinated programs with a shared verb", ANPING, "开展绿色智能家电、绿色建材下乡。", [("Program", "绿色建材下乡")]),
    # nesting: the longest name, and an organization inside a project
    ("nesting keeps both", LIUYANG, "长岭职业技术学院新校区建成投用。", [("Project", "长岭职业技术学院新校区"), ("Organization", "长岭职业技术学院")]),
    # quoted programs
    ("quoted program with a cue", LIUYANG, "深入推进“放管服”改革。", [("Program", "放管服")]),
    ("quoted program with a tail", CANGXI, "实施“百城千村”行动。", [("Program", "百城千村")]),
    ("numbered quoted program", ANPING, "全面落实“1+6”政策体系。", [("Program", "1+6")]),
    # canonicalization of relative names against the issuer
    ("county hospital", CANGXI, "县中医院通过三级甲等评审。", [("Organization", "苍溪县中医院"), ("Honor", "三级甲等")]),
    ("city hospital", LIUYANG, "市中心医院荣获全国改善医疗服务示范医院。", [("Organization", "浏阳市中心医院")]),
    ("provincial group", LIUYANG, "与省交通投资集团签订战略合作协议。", [("Organization", "湖南省交通投资集团")]),
    # left boundaries: governing verbs are not part of names
    ("verb before a program", CANGXI, "全面推行田长制。", [("Program", "田长制")]),
    ("route between two places", LIUYANG, "加快推进宁远至道县高速公路建设。", [("Project", "宁远至道县高速公路")]),
    ("section of a railway", CANGXI, "渝西高铁广安段开工建设。", [("Project", "渝西高铁广安段")]),
    # list items take the class of the head noun
    ("list of projects", ANPING, "其中，丝网产业园〔3〕、恒泰食品〔4〕等项目实现投产。", [("Project", "恒泰食品")]),
    ("list of companies", ANPING, "引进北京华拓、河南中晟2家企业入驻。", [("Organization", "北京华拓"), ("Organization", "河南中晟")]),
    ("partners of a cooperation", LIUYANG, "与湘江数科、麓山智造合作共建实验平台。", [("Organization", "湘江数科"), ("Organization", "麓山智造")]),
    # honors with a proper cut
    ("honor after a cue", LIUYANG, "获评全国文明城市。", [("Honor", "全国文明城市")]),
    ("scope cut from a title", LIUYANG, "获评全国县级城区唯一2022地方政府创新奖。", [("Honor", "地方政府创新奖")]),
    ("a named region stays a region", "1984年政府工作报告", "我国同亚洲、非洲、拉丁美洲和大洋洲国家的友好关系不断增进。", [("Place", "大洋洲")]),
    ("a quoted title after a scope", LIUYANG, "我市被评为全国“品牌之都”。", [("Honor", "全国品牌之都")]),
    ("an ordinal inside a hospital's name", LIUYANG, "规划建设湘雅医学院附属第九医院。", [("Organization", "湘雅医学院附属第九医院")]),
    ("quoted title", ANPING, "争创全省“双拥模范县”。", [("Honor", "双拥模范县")]),
    ("quoted award", CANGXI, "县图书馆获“全民阅读示范奖”。", [("Honor", "全民阅读示范奖")]),
    ("a phase and an odd numeral in a listed project", "2024年福建省政府工作报告", "漳州核电一期、闽粤联网等项目开工建设。",
     [("Project", "漳州核电一期"), ("Project", "闽粤联网")]),
    ("a province names its counties short", "2024年浙江省政府工作报告", "开展淳安、龙游山区共同富裕试点。",
     [("Place", "淳安县"), ("Place", "龙游县"), ("Program", "山区共同富裕试点")]),
    ("a modifier inside a program name", "2023年山东省政府工作报告", "实施海洋经济高质量发展倍增行动。", [("Program", "海洋经济高质量发展倍增行动")]),
    ("a noun ending like a verb inside a program", "2022年江苏省政府工作报告", "推进城乡基本公共服务一体化试点。", [("Program", "城乡基本公共服务一体化试点")]),
    ("countries are places", "2019年江苏省政府工作报告", "对美国、加拿大、以色列出口增长较快。",
     [("Place", "美国"), ("Place", "加拿大"), ("Place", "以色列")]),
    ("international blocs are organizations", "2021年广西壮族自治区政府工作报告", "与东盟、欧盟经贸往来更加密切。",
     [("Organization", "东盟"), ("Organization", "欧盟")]),
    ("an abbreviation of two places names both", "2020年福建省政府工作报告", "与港澳共建一批青年创业基地。",
     [("Place", "香港特别行政区"), ("Place", "澳门特别行政区")]),
    ("an abbreviation of two places among trade partners still names both", "2019年江苏省政府工作报告", "对东盟、港澳、日韩出口稳步增长。",
     [("Place", "香港特别行政区"), ("Place", "澳门特别行政区")]),
    ("suffixed: a zone aimed for that holds a place name stays a place", "2022年河北省政府工作报告", "打造雄安数字经济创新示范区。",
     [("Place", "雄安数字经济创新示范区")]),
    ("suffixed: a named zone being built stays a place", "2022年广东省深圳市政府工作报告", "加快建设大湾区生命健康创新示范区。",
     [("Place", "大湾区生命健康创新示范区")]),
    ("an area named by a site and two sides stays a place", "2012年广东省深圳市宝安区政府工作报告", "推动火车站东西片区改造。",
     [("Place", "火车站东西片区")]),
    ("quoted: a zone quoted as the region's 发展定位 is a positioning, a Program, no place", "2022年河北省保定市阜平县政府工作报告",
     "着眼“某某都市圈生态发展示范区”发展定位，抓好环境保护和生态建设。", [("Program", "某某都市圈生态发展示范区")]),
    ("named rivers, streams and marshes are places", "2022年河北省雄县政府工作报告", "治理大清河、燕清溪，保护白洋淀。",
     [("Place", "大清河"), ("Place", "燕清溪"), ("Place", "白洋淀")]),
    ("a city inside a river name", "2023年浙江省政府工作报告", "开挖丽水河，建设滨水绿道。", [("Place", "丽水河")]),
    ("a title ending in 企业家", "2023年山东省高唐县政府工作报告", "获评省级优秀企业家2人。", [("Honor", "省级优秀企业家")]),
    ("a title ending in 河湖", "2023年江西省政府工作报告", "梅江成功创建省级美丽幸福示范河湖。", [("Honor", "省级美丽幸福示范河湖")]),
    ("a place in brackets belongs to the name", "2021年广东省政府工作报告", "北京师范大学（珠海）新校区加快建设，香港中文大学（深圳）扩招。",
     [("Organization", "香港中文大学（深圳）")]),
    ("a middle dot joins one name", "2021年河北省保定市政府工作报告", "推动石家庄·中关村协同创新中心建设。", [("Organization", "石家庄·中关村协同创新中心")]),
    ("a descriptor before a laboratory", "2022年浙江省杭州市政府工作报告", "国家战略科技力量之江实验室扩容。", [("Organization", "之江实验室")]),
    ("firms of services", "2021年上海市政府工作报告", "德勤会计师事务所、金杜律所等机构落户。", [("Organization", "德勤会计师事务所"), ("Organization", "金杜律所")]),
    ("listed firms before a ranking head", "2022年江苏省苏州市政府工作报告", "西门子、ABB等世界500强企业增资扩产。", [("Organization", "西门子"), ("Organization", "ABB")]),
    ("a holder named by its suffix", "2023年山东省高唐县政府工作报告", "鲁丰集团荣获省长杯工业设计大赛金奖。", [("Organization", "鲁丰集团")]),
    ("posts and service halls", "2021年河北省保定市政府工作报告", "建成阜平农业创新驿站、唐县行政服务大厅。",
     [("Organization", "唐县行政服务大厅")]),
    ("a quoted policy adopted", "2021年江西省政府工作报告", "出台“民营经济二十条”，减轻企业负担。", [("Program", "民营经济二十条")]),
    ("a cooperation programme", "2019年贵州省政府工作报告", "深入开展东西部扶贫协作。", [("Program", "东西部扶贫协作")]),
    ("a repair of a numbered road is a project", "2022年山东省高唐县政府工作报告", "完成省道316城区段大修工程。", [("Project", "省道316城区段大修工程")]),
    ("facilities listed before 等一批项目 are projects", "2022年江苏省淮安市政府工作报告", "淮安科技馆、淮安美术馆等一批新项目落户。",
     [("Project", "淮安美术馆")]),
    ("lists: items counted out as projects", "2022年河北省满城区政府工作报告", "南山机电、金源精密铸件等6个项目建成投产。",
     [("Project", "南山机电"), ("Project", "金源精密铸件")]),
    ("lists: one item counted out as projects", "2023年广西壮族自治区玉林市政府工作报告", "锂电池隔膜等35个工业项目开工建设。",
     [("Project", "锂电池隔膜")]),
    ("lists: a count spaced out in PDF text", "2024年辽宁省盘山县政府工作报告", "总投资 40 亿元的北方重装、海晟化工等 9 个重大产业项目开工建设。",
     [("Project", "北方重装"), ("Project", "海晟化工")]),
    ("suffixed: named plazas and shopping streets are projects", "2023年河北省涿州市政府工作报告", "建成鼓楼步行街、华阳时代广场，凤凰商业街开业运营。",
     [("Project", "鼓楼步行街"), ("Project", "华阳时代广场"), ("Project", "凤凰商业街")]),
    ("suffixed: a stadium, a reserve depot and a breed farm", "2022年内蒙古自治区乌审旗政府工作报告", "建成乌审体育场、鄂尔多斯粮食储备库和乌审马保种场。",
     [("Project", "乌审体育场"), ("Project", "鄂尔多斯粮食储备库"), ("Project", "乌审马保种场")]),
    ("honors: footnote marks and a glued 了 leave the title", "2019年河北省保定市满城区政府工作报告", "杜各庄村获评全国“一村一品”[5]示范村，通过了省级优质服务先进县检查验收。",
     [("Honor", "全国一村一品示范村"), ("Honor", "省级优质服务先进县")]),
    ("honors: the last title before 等 and a kind of honors", "2012年广东省深圳市政府工作报告", "42个项目获鲁班奖、国家优质工程奖等国家级大奖。", [("Honor", "鲁班奖"), ("Honor", "国家优质工程奖")]),
    ("honors: a granter and its verb before the title are no part of it", "2021年四川省绵阳市涪城区政府工作报告",
     "区政务服务中心荣获省政务服务协会颁发的2020年度政务服务创新奖，区人民医院荣获市卫健委授予优质服务示范医院称号。",
     [("Honor", "2020年度政务服务创新奖"), ("Honor", "优质服务示范医院")]),
    ("suffixed: the name after a governing verb is found without it", "2019年福建省三明市政府工作报告",
     "在全市试行林业碳票交易制度改革。", [("Program", "林业碳票交易制度改革")]),
    ("quoted: a counted ranking list is an honor, year or not", "2023年浙江省湖州市长兴县政府工作报告",
     "天能集团进入“2022中国制造业企业500强”，两家企业入选“中国孵化器50强”。",
     [("Honor", "2022中国制造业企业500强"), ("Honor", "中国孵化器50强")]),
    ("honors: a first-of-its-kind descriptor stays out of the title, a batch stays in", "2022年江苏省苏州市吴江区政府工作报告",
     "获批全国首个丝绸产业标准化示范区，入选首批国家农业现代化示范区。",
     [("Honor", "丝绸产业标准化示范区"), ("Honor", "首批国家农业现代化示范区")]),
    ("suffixed: a verb split across the name's edge stays out (做大做强某某中心)", "2023年吉林省长春市政府工作报告",
     "做大做强青禾湖国际科教城融合创新中心，全面实行行政执法责任制。",
     [("Organization", "青禾湖国际科教城融合创新中心"), ("Program", "行政执法责任制")]),
    ("honors: grades are no list", "2021年四川省攀枝花市米易县政府工作报告", "县医院获评三级乙等综合医院，荣获省科技进步二等奖。", [("Honor", "三级乙等综合医院"), ("Honor", "省科技进步二等奖")]),
    ("honors: national titles in a list, one before 和", "2018年河南省驻马店市政府工作报告", "荣获全国文明城市、国家卫生城市和国家园林城市称号。",
     [("Honor", "全国文明城市"), ("Honor", "国家卫生城市"), ("Honor", "国家园林城市")]),
    ("honors: a national title wherever named", "2021年河北省保定市政府工作报告", "巩固国家卫生城市创建成果，积极争创国家森林城市。", [("Honor", "国家卫生城市"), ("Honor", "国家森林城市")]),
    ("honors: 和 inside a quoted title and in 和谐", "2016年广东省深圳市盐田区政府工作报告", "被确定为“省市共建和谐劳动关系综合试验区”，创建4个市级和谐社区示范点。",
     [("Honor", "省市共建和谐劳动关系综合试验区")]),
    ("honors: 和美乡村 is one word, 和美国 two", "2023年广东省深圳市坪山区政府工作报告", "成功创建8个省级和美乡村，体育聚落获德国红点奖和美国缪斯创意金奖。",
     [("Honor", "省级和美乡村"), ("Honor", "德国红点奖"), ("Honor", "美国缪斯创意金奖")]),
    ("honors: scenic grades and brand titles wherever named", "2019年河南省驻马店市政府工作报告", "其中5A级景区1家、4A级景区5家，新增中国驰名商标2件，培育中华老字号3个。",
     [("Honor", "5A级景区"), ("Honor", "4A级景区"), ("Honor", "中国驰名商标"), ("Honor", "中华老字号")]),
    ("honors: a batch or the rest of a count is no part of a title", "2024年广东省深圳市龙华区政府工作报告", "创建一批未来产业先导区，创建2个以上市级工业旅游示范点。",
     [("Honor", "未来产业先导区"), ("Honor", "市级工业旅游示范点")]),
    ("suffixed: a named reform after a governing verb stays", "2014年广西壮族自治区政府工作报告", "深化医药卫生体制改革，推进农村集体产权制度改革。", [("Program", "医药卫生体制改革"), ("Program", "农村集体产权制度改革")]),
    ("built: quoted items of a project list just built are projects", "2023年江苏省常熟市政府工作报告", "“虞山云谷”、“琴川里”等项目建成启用。",
     [("Project", "虞山云谷"), ("Project", "琴川里")]),
    ("built: a quoted scheme put in place stays a program", "2022年广东省珠海市政府工作报告", "“跨境理财通”、“港澳药械通”等项目落地见效。",
     [("Program", "跨境理财通"), ("Program", "港澳药械通")]),
    ("built: a named work under construction is a project", "2022年甘肃省政府工作报告", "引洮供水二期工程建成通水，白龙江引水工程开工建设。",
     [("Project", "引洮供水二期工程"), ("Project", "白龙江引水工程")]),
    ("suffixed: the kind of works before 项目 stays in the name", "2022年广东省深圳市政府工作报告", "建成大唐国际宝昌燃气热电扩建项目。",
     [("Project", "大唐国际宝昌燃气热电扩建项目")]),
    ("suffixed: a road's widening works are one project", "2025年广东省深圳市龙岗区政府工作报告", "惠盐高速公路改扩建工程地面层基本完工。",
     [("Project", "惠盐高速公路改扩建工程")]),
    ("suffixed: a waterworks' expansion works are one project", "2024年广东省深圳市宝安区政府工作报告", "开工建设长流陂水厂改扩建工程。",
     [("Project", "长流陂水厂改扩建工程")]),
    ("built: later items of a list after the construction verb are projects", "2020年广东省深圳市政府工作报告", "开工建设第三儿童医院、深汕人民医院、港大深圳医院二期、肿瘤医院二期。",
     [("Project", "第三儿童医院"), ("Project", "深汕人民医院"), ("Project", "港大深圳医院二期")]),
    ("built: a park among the works built is a project", "2025年河南省驻马店市政府工作报告", "建成平煤储能产业园二期、铭普光磁二期、汝南锂电装备产业园。",
     [("Project", "汝南锂电装备产业园")]),
    ("built: a zone in a list of built things stays a place", "2025年四川省政府工作报告", "建成渝综合性科学中心、成渝中线科创走廊。",
     [("Place", "成渝中线科创走廊")]),
    ("suffixed: a district's city sub-centre is a place", "2017年广东省深圳市大鹏新区政府工作报告", "争取葵涌中心区提升为深圳城市副中心。",
     [("Place", "深圳城市副中心")]),
    ("suffixed: a sub-centre named by the district", "2020年广东省深圳市光明区政府工作报告", "支持公明街道打造光明城市副中心。",
     [("Place", "光明城市副中心")]),
    ("suffixed: a planned city centre zone is a place", "2023年广东省深圳市宝安区政府工作报告", "深圳西部城市中心空间规划出台。",
     [("Place", "深圳西部城市中心")]),
    ("suffixed: a named core functional zone is a place", "2021年河北省保定市定兴县政府工作报告", "河北省全力推进环京津核心功能区建设。",
     [("Place", "环京津核心功能区")]),
    ("list: companies named before 进入 a ranking", "2025年黑龙江省政府工作报告", "飞鹤乳业、鸿展生物进入“2024中国制造业民营企业500强”。",
     [("Organization", "飞鹤乳业"), ("Organization", "鸿展生物")]),
    ("list: short brand names before 跻身 a ranking", "2025年广东省深圳市龙华区政府工作报告", "易站、中业爱民跻身全国便利店百强榜前30。",
     [("Organization", "易站"), ("Organization", "中业爱民")]),
    ("list: one company after a supporting verb before a ranking", "2021年福建省宁德市政府工作报告", "支持宁德时代进入世界500强。",
     [("Organization", "宁德时代")]),
    ("list: a software park holding a title is a place", "2025年广东省深圳市龙岗区政府工作报告", "深圳工业软件园被认定为全市鸿蒙原生应用特色产业园。",
     [("Place", "深圳工业软件园")]),
    ("list: an agricultural science park holding a title is a place", "2022年河北省保定市博野县政府工作报告", "博野农业科技园区被认定为省级农业科技园区。",
     [("Place", "博野农业科技园区")]),
    ("list: a light-industry park holding a title is a place", "2023年广西壮族自治区钦州市政府工作报告", "钦州新材料轻工园获认定为“第五批自治区级轻工产业园”。",
     [("Place", "钦州新材料轻工园")]),
    ("built: counted kinds in a list of new things stay bodies", "2026年山西省政府工作报告", "新建省重点实验室、省技术创新中心、省工程研究中心各20家。",
     [("Organization", "省技术创新中心")]),
    ("suffixed: a hospital's campus is a project", "2024年河北省政府工作报告", "4所疏解高校和北大人民医院雄安院区开工建设。",
     [("Project", "北大人民医院雄安院区")]),
    ("suffixed: a campus named by the city's hospital", "2025年海南省政府工作报告", "西部中心医院滨海院区正式运营。",
     [("Project", "西部中心医院滨海院区")]),
    ("suffixed: an interchange opened to traffic", "2023年广东省深圳市盐田区政府工作报告", "盐港东立交建成通车。", [("Project", "盐港东立交")]),
    ("suffixed: a greenway around a reservoir", "2017年广东省深圳市坪山区政府工作报告", "完成大山陂水库环湖绿道建设。",
     [("Project", "大山陂水库环湖绿道")]),
    ("suffixed: a county hospital's new building", "2020年河北省易县政府工作报告", "县医院综合楼建成投用。", [("Project", "县医院综合楼")]),
    ("suffixed: a firm's plant keeps its yearly capacity", "2025年吉林省政府工作报告", "吉林化纤年产15万吨原丝项目投产。",
     [("Project", "吉林化纤年产15万吨原丝项目")]),
    ("suffixed: a firm's plant keeps its capacity", "2025年甘肃省政府工作报告", "开工建设兰州石化120万吨乙烯改造项目。",
     [("Project", "兰州石化120万吨乙烯改造项目")]),
    ("suffixed: a county's wind farm keeps its capacity", "2025年河北省保定市政府工作报告", "蠡县10万千瓦风电项目并网发电。",
     [("Project", "蠡县10万千瓦风电项目")]),
    ("built: an adverb of time before the construction verb", "2022年河北省涞源县政府工作报告", "投资3.87亿元的中国雪上运动学院即将开工建设。",
     [("Project", "中国雪上运动学院")]),
    ("suffixed: a road between two places joined by a dash", "2003年河北省清苑县政府工作报告", "今年县里重点完成望亭—何桥公路建设。",
     [("Project", "望亭—何桥公路")]),
    ("suffixed: a numbered road between two places", "2021年河北省阜平县政府工作报告", "推进S248正定-繁峙公路建设。",
     [("Project", "S248正定-繁峙公路")]),
    ("suffixed: a dash between two roads joins two names", "2021年广东省深圳市龙岗区政府工作报告", "加快盐排高速-博深高速、惠盐高速建设。",
     [("Project", "盐排高速"), ("Project", "博深高速")]),
    ("suffixed: an airport's terminal put into use", "2026年山东省政府工作报告", "临沂机场航站楼投用。", [("Project", "临沂机场航站楼")]),
    ("suffixed: a district's arts centre put into use", "2020年广东省深圳市宝安区政府工作报告", "碧海湾文化艺术中心投入使用。",
     [("Project", "碧海湾文化艺术中心")]),
    ("lists: a scale character inside a firm's name is no count", "2023年湖南省醴陵市政府工作报告", "宏科亿三期、美科万二期等项目竣工投产。",
     [("Project", "宏科亿三期"), ("Project", "美科万二期")]),
    ("lists: a bracketed phase or section stays inside a listed item", "2021年广东省深圳市宝安区政府工作报告", "加快沙井古墟、福海科创园（一期）、松岗文体中心（二期）等项目建设。",
     [("Project", "福海科创园（一期）"), ("Project", "松岗文体中心（二期）")]),
    ("a facility after 建成 is a project", "2021年广东省深圳市南山区政府工作报告", "建成蛇口知识产权保护中心。", [("Project", "蛇口知识产权保护中心")]),
    ("two fields joined by 和 inside one body", "2021年广东省深圳市南山区政府工作报告", "深港法律查明和商事调解中心正式运营。",
     [("Organization", "深港法律查明和商事调解中心")]),
    ("national campaigns named without quotes", "2020年广东省政府工作报告", "三大攻坚战取得关键进展，贫困人口实现两不愁三保障。",
     [("Program", "三大攻坚战"), ("Program", "两不愁三保障")]),
    ("a ministry before a title grants it", "2022年湖北省政府工作报告", "3家工厂获评工信部智能制造示范工厂。",
     [("Organization", "工信部"), ("Honor", "智能制造示范工厂")]),
    ("a level and a kind opening a counted clause", "2022年湖北省政府工作报告", "创新能力增强，国家高新技术企业超过2000家。",
     [("Honor", "国家高新技术企业")]),
    ("a level and a kind after a title verb", "2022年湖北省政府工作报告", "新认定国家级高新技术企业1200家，6家博物馆晋级国家一级博物馆。",
     [("Honor", "国家级高新技术企业"), ("Honor", "国家一级博物馆")]),
    ("a counted level and kind built", "2023年河南省兰考县政府工作报告", "建成2个省级现代农业产业园。", [("Honor", "省级现代农业产业园")]),
    ("the field of a negative list", "2020年海南省政府工作报告", "全面落实外商投资负面清单。", [("Program", "外商投资负面清单")]),
    ("a partner before 对口合作", "2020年广东省政府工作报告", "与黑龙江对口合作全面加强。", [("Place", "黑龙江")]),
    ("a phase of a facility put into use", "2022年广东省深圳市宝安区政府工作报告", "宝安福利中心二期投入使用。", [("Project", "宝安福利中心二期")]),
    ("a facility built before a list", "2021年广东省深圳市南山区政府工作报告", "建成蛇口知识产权保护中心、全省首个商业秘密保护基地。",
     [("Project", "蛇口知识产权保护中心")]),
    ("a long named region cut into many words", "2021年广东省深圳市福田区政府工作报告", "深港科技创新合作区建设提速。", [("Place", "深港科技创新合作区")]),
    ("streets listed before a counted head", "2022年广东省深圳市南山区政府工作报告", "推进沙河、南头、西丽3个国际化街区建设。",
     [("Place", "沙河"), ("Place", "西丽")]),
    ("和 inside a county's name", "2023年浙江省丽水市政府工作报告", "云和梯田景区成功创建国家5A级旅游景区。", [("Place", "云和梯田景区")]),
    ("a county read as a person's name in a list", "2024年浙江省政府工作报告", "支持淳安、景宁山区发展。", [("Place", "景宁畲族自治县")]),
    ("quoted awards by their head", "2023年江苏省政府工作报告", "“梅花奖”“白玉兰奖”获奖数全国第一。", [("Honor", "梅花奖"), ("Honor", "白玉兰奖")]),
    ("a title in a list governed by 新增", "2022年湖北省政府工作报告", "新增上市公司12家、国家制造业单项冠军20家。", [("Honor", "国家制造业单项冠军")]),
    ("a facility put into service", "2022年广东省深圳市宝安区政府工作报告", "宝安国际化交流中心投入运营。", [("Project", "宝安国际化交流中心")]),
    ("ranking lists are titles", "2023年江苏省政府工作报告", "2022中国民营企业500强和民营企业制造业500强上榜数全国第二。",
     [("Honor", "中国民营企业500强"), ("Honor", "民营企业制造业500强")]),
    ("a ranking entered", "2023年湖南省浏阳市政府工作报告", "我市入围全国县域经济100强。", [("Honor", "全国县域经济100强")]),
    ("a mountain's scenic area is not the town named after it", "2025年河北省保定市易县政府工作报告",
     "清西陵、狼牙山、易水湖三个景区入选河北省“十条精品研学线路”。", [("Place", "狼牙山")]),
    ("a river is not the town named after it", "2023年广东省深圳市盐田区政府工作报告", "完成盐田河综合治理。", [("Place", "盐田河")]),
    ("the nearest verb before a quote decides", "2022年江苏省政府工作报告", "行政审批实现推行“开办企业一件事”。", [("Program", "开办企业一件事")]),
    ("a quoted policy package", "2023年浙江省政府工作报告", "迭代升级“稳进提质”组合拳。", [("Program", "稳进提质")]),
    ("a certified and counted kind is a title", "2023年山东省高唐县政府工作报告", "新认定高新技术企业16家。", [("Honor", "高新技术企业")]),
    ("honors: certification labels with a level and quotes dropped", "2025年陕西省政府工作报告",
     "新增国家级专精特新“小巨人”企业37家、制造业单项冠军企业8家、上市企业3家。",
     [("Honor", "国家级专精特新小巨人企业"), ("Honor", "制造业单项冠军企业")]),
    ("honors: quoted certification labels in a list", "2021年山东省高唐县政府工作报告",
     "培育“隐形冠军”企业2家、“专精特新”企业21家、“瞪羚”企业1家。",
     [("Honor", "隐形冠军企业"), ("Honor", "专精特新企业"), ("Honor", "瞪羚企业")]),
    ("honors: a certification label counted without a verb", "2026年浙江省政府工作报告", "高新技术企业从2.2万家增加到4.9万家。",
     [("Honor", "高新技术企业")]),
    ("honors: a 百强 ranking placed, the holder and verb cut", "2024年广东省深圳市龙华区政府工作报告", "龙华稳居全国工业百强区第13位。",
     [("Honor", "全国工业百强区")]),
    ("honors: listed 百强 rankings before a rank", "2023年广东省深圳市宝安区政府工作报告",
     "全国工业百强区排名由第八位上升到第四位、创新百强区排名由第八位上升到第二位。", [("Honor", "全国工业百强区")]),
    ("honors: a collective title keeps 集体", "2021年河北省安平县政府工作报告", "县民政局被评为全国民政系统先进集体。",
     [("Honor", "全国民政系统先进集体")]),
    ("honors: a State Council incentive keeps its body", "2022年河南省驻马店市政府工作报告", "8项工作获国务院督查激励。",
     [("Honor", "国务院督查激励")]),
    ("honors: an industrial cluster list entered", "2023年广东省汕头市政府工作报告", "纺织服装产业入选国家中小企业特色产业集群。",
     [("Honor", "国家中小企业特色产业集群")]),
    ("honors: a quoted superlative title stays", "2021年广东省深圳市福田区政府工作报告", "“福田民生”荣获“广东省最具影响力的十大政务微信”荣誉称号。",
     [("Honor", "广东省最具影响力的十大政务微信")]),
    ("honors: a provincial certification label", "2023年河南省驻马店市政府工作报告", "争创省级专精特新企业20家。",
     [("Honor", "省级专精特新企业")]),
    ("counties listed before one that heads a name share its rest", "2021年广西壮族自治区百色市政府工作报告", "支持田阳区、德保县人民医院提标扩能。",
     [("Organization", "田阳区人民医院"), ("Organization", "德保县人民医院")]),
    ("a consulate that opens stays an organization", "2024年四川省政府工作报告", "新加坡驻成都总领事馆开馆。", [("Organization", "新加坡驻成都总领事馆")]),
    ("built: a facility with no class suffix opening a clause before its construction verb", "2026年湖南省政府工作报告",
     "生态绿心绿色转型发展方案获国家批复，长沙奥体中心开工建设。", [("Project", "长沙奥体中心")]),
    ("built: a port's phase before the verb", "2025年湖南省政府工作报告", "邵永高铁等加快建设，岳阳虞公港一期建成运行。",
     [("Project", "岳阳虞公港一期")]),
    ("built: a rail line finished", "2009年河北省政府工作报告", "石太客运专线完工，港口通过能力大幅提升。", [("Project", "石太客运专线")]),
    ("built: a plant after the construction verb closing its clause", "2023年广东省深圳市龙华区政府工作报告",
     "推进管网提质增效二期工程，建成章阁综合水质净化厂，新增25公里补水管道。", [("Project", "章阁综合水质净化厂")]),
    ("built: a station whose place name jieba tags as a verb, under way", "2024年河北省保定市清苑区政府工作报告",
     "雄忻高铁加快建设，西三环南延、南三环、保定南站加快推进。", [("Project", "保定南站")]),
    ("built: a village's bus terminal built", "2014年广东省深圳市坪山新区政府工作报告", "碧岭村公交总站建成。", [("Project", "碧岭村公交总站")]),
    ("built: the last facility after 建成 closes the sentence", "2025年河南省政府工作报告", "建成汉魏故城遗址博物馆、开封悬河文化展示馆。",
     [("Project", "汉魏故城遗址博物馆"), ("Project", "开封悬河文化展示馆")]),
    ("built: a facility after 建成并启用", "2016年广东省深圳市福田区政府工作报告", "建成并启用新洲户政中心，方便群众办理业务。",
     [("Project", "新洲户政中心")]),
    ("built: a flood-control work under way is a project", "2025年宁夏回族自治区政府工作报告",
     "黄河宁夏段河道治理三期工程开工建设，贺兰山东麓防洪治理工程加快推进。", [("Project", "贺兰山东麓防洪治理工程")]),
    ("lists: a bare item jieba splits shares the head of the next hydropower station", "2026年云南省政府工作报告",
     "乌东德、白鹤滩水电站等大国重器投产发电。", [("Project", "乌东德水电站"), ("Project", "白鹤滩水电站")]),
    ("lists: the first item after 建成 shares the scale word and head of the next irrigation district", "2026年云南省政府工作报告",
     "建成柴石滩、麻栗坝大型灌区，全省新增有效灌溉面积超240万亩。", [("Project", "柴石滩大型灌区"), ("Project", "麻栗坝大型灌区")]),
    ("lists: a common-noun item of a reservoir list whose other items are names", "2025年贵州省政府工作报告",
     "加快建设观音、宣威、花滩子等大型水库。", [("Project", "观音水库"), ("Project", "宣威水库"), ("Project", "花滩子水库")]),
    ("built: a list after 建成 closing with 等, a line named with letters and digits", "2025年福建省政府工作报告",
     "建成福莆宁F1线、福州地铁4号线后通段、沙南高速等。", [("Project", "福莆宁F1线"), ("Project", "沙南高速")]),
    ("built: the issuer's numbered plant built is a facility", "2014年河南省驻马店市政府工作报告",
     "市第二污水处理厂建成投用，建筑垃圾处理二期工程投入运营。", [("Project", "驻马店市第二污水处理厂")]),
    ("built: numbered plants pushed on in a list", "2020年河南省驻马店市政府工作报告",
     "加快市第五污水处理厂、褚堂垃圾处理场建设。", [("Project", "驻马店市第五污水处理厂"), ("Project", "褚堂垃圾处理场")]),
    ("built: a school joined by 和 after 建成", "2012年广东省深圳市政府工作报告",
     "新增公办义务教育学位1.55万个，建成市第六高级中学和龙岗高级中学。", [("Project", "龙岗高级中学")]),
    ("built: counted kinds before 和 stay kinds, not works built", "2002年广东省深圳市政府工作报告",
     "新建若干个市级工程技术研究开发中心和开放式重点实验室。", [("Organization", "开放式重点实验室")]),
    ("suffix: a first phase jieba tags an adverb stays inside the work's name", "2014年广东省深圳市政府工作报告",
     "建成国家基因库一期工程，加快太空科技南方中心等项目建设。", [("Project", "国家基因库一期工程")]),
    ("built: a named work after 建成投运 and 开工建设 is a project", "2025年甘肃省政府工作报告",
     "建成投运陇电入鲁工程，加快推进陇电入浙工程，开工建设陇电入川工程。", [("Project", "陇电入鲁工程"), ("Project", "陇电入川工程")]),
    ("built: schools pushed on after an enumerator, a school whose building is completed", "2018年河北省易县政府工作报告",
     "二是加快推进第三高中、易水初级中学建设，完成荆轲山小学建设。", [("Project", "易水初级中学"), ("Project", "荆轲山小学")]),
    ("suffix: a named section jieba keeps as one word stays in the railway's name", "2025年甘肃省政府工作报告",
     "兰张高铁兰武段开通运营、武张段开工建设。", [("Project", "兰张高铁兰武段")]),
    ("suffix: a project's name starts after an earlier 项目", "2025年贵州省政府工作报告",
     "贵州投资最大的产业项目毕节磷煤化工一体化项目启动建设。", [("Project", "毕节磷煤化工一体化项目")]),
    ("built: hospitals that are the sites of counted labs built stay bodies", "2021年河北省博野县政府工作报告",
     "完成了县医院、中医院、疾控中心3个核酸实验室建设。", [("Organization", "博野县医院")]),
    ("built: items pushed on before 等建设", "2021年广东省深圳市坪山区政府工作报告",
     "加快金龟自然教育中心、马峦山自然学校等建设。", [("Project", "金龟自然教育中心"), ("Project", "马峦山自然学校")]),
    ("built: hospitals whose building is under way", "2023年广东省深圳市龙岗区政府工作报告", "市吉华医院、平湖医院建设加快推进。",
     [("Project", "平湖医院")]),
    ("built: a generic works finished is no project", "2014年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "4个村的安全饮水工程顺利完工。", [("Program", "安全饮水工程")]),
    ("built: a long later item of a project list under construction", "2024年广东省深圳市大鹏新区政府工作报告",
     "加快智联光电半导体研发中心、北斗商业遥感卫星地面接收站总部基地等项目建设。",
     [("Project", "智联光电半导体研发中心"), ("Project", "北斗商业遥感卫星地面接收站总部基地")]),
    ("list: an investment figure before a later project item is no part of its name", "2013年河北省保定市徐水县政府工作报告",
     "力争投资12亿元的瑞丰光伏组件、投资4.5亿元的金禾粮油深加工等6个过亿元项目竣工投产。",
     [("Project", "瑞丰光伏组件"), ("Project", "金禾粮油深加工")]),
    ("built: a facility after a word of aim opening its clause", "2014年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "完善公共文化设施，确保青湖文体活动中心年内主体完工。", [("Project", "青湖文体活动中心")]),
    ("suffixed: a firm's short name jieba does not know keeps the capacity of its plant", "2021年内蒙古自治区政府工作报告",
     "推进嘉能120兆瓦风电项目、鑫源300万吨煤炭提质项目开工建设。",
     [("Project", "嘉能120兆瓦风电项目"), ("Project", "鑫源300万吨煤炭提质项目")]),
    ("suffixed: a highway's link road keeps the highway's name", "2020年河北省保定市阜平县政府工作报告",
     "加快道路交通建设，京石高速龙泉关连接线上半年建成通车。", [("Project", "京石高速龙泉关连接线")]),
    ("suffixed: a railway's connecting line between two stations", "2019年广东省政府工作报告",
     "推进南昌站至南昌西站联络线等项目建设。", [("Project", "南昌站至南昌西站联络线")]),
    ("suffixed: the count of a list of highways is no part of a highway's name", "2026年辽宁省政府工作报告",
     "丹锡、阜朝、营盘3条高速提前建成通车。", [("Project", "营盘高速"), ("Project", "阜朝高速")]),
    ("list: a bare road item that jieba splits takes the shared head", "2021年河南省驻马店市政府工作报告",
     "周商南、息淮高速建成通车。", [("Project", "周商南高速"), ("Project", "息淮高速")]),
    ("list: a word of aim and a place name opening a bare road item", "2026年陕西省政府工作报告",
     "力争榆林东绕城、洛南高速公路建成通车。", [("Project", "榆林东绕城高速公路"), ("Project", "洛南高速公路")]),
    ("list: a construction verb glued to the first project item is no part of its name", "2025年贵州省政府工作报告",
     "建成投产清水湾、石门等煤电项目，优化风光资源配置。", [("Project", "清水湾"), ("Project", "石门")]),
    ("list: a plant named by its capacity stays a project item", "2022年吉林省吉林市政府工作报告",
     "20万吨乙二醇、80万吨催化裂化等项目建成投产。", [("Project", "20万吨乙二醇"), ("Project", "80万吨催化裂化")]),
    ("built: 建成 glued to a district's facility by jieba (建成区) builds it", "2019年广东省深圳市盐田区政府工作报告",
     "建成区公共安全教育基地，建成区妇幼保健院等2个机械式立体停车库。",
     [("Project", "盐田区公共安全教育基地"), ("Organization", "区妇幼保健院")]),
    ("built: an item number before a project is no part of its name", "2018年河北省保定市徐水区政府工作报告", "⑶瀑河景观带二期工程建成。",
     [("Project", "瀑河景观带二期工程")]),
    ("suffixed: a 工程 built section by section is a work, its section in the name", "2024年甘肃省政府工作报告",
     "加快陇电入渝特高压工程甘肃段建设，推进引洮供水二期工程。", [("Project", "陇电入渝特高压工程甘肃段")]),
    ("suffixed: a 工程 with a province's section is a work", "2022年河北省政府工作报告", "抓好引黄入冀补淀工程河北段建设。",
     [("Project", "引黄入冀补淀工程河北段")]),
    ("suffixed: a special campaign on a site is a program, not a work", "2023年广东省深圳市盐田区政府工作报告", "推进海鲜街专项整治。",
     [("Program", "海鲜街专项整治")]),
    ("built: the first item's phase before the rest of a built list", "2025年海南省政府工作报告", "省民族博物馆二期、省黄花梨沉香博物馆开工。",
     [("Project", "省民族博物馆二期")]),
    ("built: a key laboratory inside a project's name", "2026年北京市政府工作报告", "建成昌平南口全国重点实验室基地一期。",
     [("Project", "昌平南口全国重点实验室基地一期")]),
    ("built: facilities between a push and a closing 建设 are under construction", "2009年河南省驻马店市政府工作报告",
     "加快石武客运专线、焦桐高速建设进度，开工建设化新高速。", [("Project", "石武客运专线")]),
    ("built: a dry port pushed on", "2023年河南省驻马店市政府工作报告", "加快平舆无水港建设，加强与郑州航空港合作。",
     [("Project", "平舆无水港")]),
    ("built: known firms named as the projects of a list", "2015年广东省深圳市坪山新区政府工作报告", "加快推进宁德时代、中芯国际、华谊兄弟等80余个社会投资项目建设。",
     [("Project", "宁德时代"), ("Project", "中芯国际")]),
    ("built: a firm's project before a count with 以上", "2025年吉林省政府工作报告", "开工建设东方电气氢燃料电池等5个以上装备制造项目。",
     [("Project", "东方电气氢燃料电池")]),
    ("built: a named works finished", "2016年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告", "东海写字楼土建工程全面完工，远山红郡住宅小区一期建设顺利推进。",
     [("Project", "东海写字楼土建工程")]),
    ("built: a campus of a numbered hospital keeps the ordinal", "2026年天津市政府工作报告", "建成市第三中心医院东丽院区、市口腔医院梅江院区。",
     [("Project", "市第三中心医院东丽院区"), ("Organization", "市第三中心医院")]),
    ("built: a centre that speeds up a task stays an organization", "2024年山西省太原市政府工作报告", "市政务服务中心加快推进一网通办。",
     [("Organization", "市政务服务中心")]),
    ("built facilities are projects", "2022年广东省深圳市福田区政府工作报告", "福田美术馆、福田文化馆新馆建成开放，香蜜湖文体中心竣工。",
     [("Project", "福田文化馆新馆"), ("Project", "香蜜湖文体中心")]),
    ("a listed facility built is a project", LIUYANG, "浏阳博物馆、浏阳图书馆相继建成开放。", [("Project", "浏阳博物馆"), ("Project", "浏阳图书馆")]),
    ("the only one of its kind", "2021年山东省高唐县政府工作报告", "被命名为2020年全国唯一的中国楹联文化县。", [("Honor", "中国楹联文化县")]),
    ("a title without the word 称号", "2021年山东省高唐县政府工作报告", "获得省级工业电商示范县等称号，荣获全国双拥模范城称号。",
     [("Honor", "省级工业电商示范县"), ("Honor", "全国双拥模范城")]),
    ("titles side by side in quotes", "2021年河北省容城县政府工作报告", "荣获河北省第三届“秀美河湖”“北京银行投资机构荣誉奖”等一系列荣誉称号。",
     [("Honor", "秀美河湖"), ("Honor", "北京银行投资机构荣誉奖")]),
    ("a road after a repair verb", "2021年山东省高唐县政府工作报告", "维修金城路，打通解放路，扩能改造宝中铁路。",
     [("Project", "金城路"), ("Project", "解放路"), ("Project", "宝中铁路")]),
    ("a preposition glued to an unknown name", "2019年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告", "以海乳集团为龙头，以河钢集团为依托。",
     [("Organization", "海乳集团"), ("Organization", "河钢集团")]),
    ("a name that opens like a preposition", "2025年海南省政府工作报告", "建设自贸港重点园区，同福集团扩产。",
     [("Place", "自贸港重点园区")]),
    ("a ranking entered by a firm", "2025年海南省政府工作报告", "海垦集团进入中国企业500强。", [("Honor", "中国企业500强"), ("Organization", "海垦集团")]),
    ("partners that cooperate strategically", "2025年海南省政府工作报告", "与华为公司战略合作，与浙江大学深度合作。",
     [("Organization", "华为公司"), ("Organization", "浙江大学")]),
    ("pairs of partners are four bodies", "2018年广东省深圳市南山区政府工作报告", "西丽医院与南科大、区妇幼保健院与广东医科大学深度合作。",
     [("Organization", "南科大"), ("Organization", "南山区妇幼保健院"), ("Organization", "广东医科大学")]),
    ("two bodies joined by 和 before 县", "2021年山东省高唐县政府工作报告", "县中医院标准化和县疾控中心建设完成。",
     [("Organization", "高唐县中医院"), ("Organization", "高唐县疾控中心")]),
    ("the county 和县 after its province", "2024年安徽省马鞍山市政府工作报告", "安徽和县、含山县加强合作。", [("Place", "和县"), ("Place", "含山县")]),
    ("two works joined by 和", "2016年广东省深圳市罗湖区政府工作报告", "加快布罗通道和布心路建设。", [("Project", "布罗通道"), ("Project", "布心路")]),
    ("two roads joined by 及", "2015年河北省保定市政府工作报告", "建成徐新公路及西张庄至大河公路。", [("Project", "徐新公路"), ("Project", "西张庄至大河公路")]),
    ("a park after an adverb-verb idiom", "2024年江苏省苏州市政府工作报告", "大力发展苏州工业园区。", [("Place", "苏州工业园区")]),
    ("a body after a preposition", "2021年广东省深圳市宝安区政府工作报告", "主动向区人大报告工作。", [("Organization", "宝安区人大")]),
    ("a body after 这是", "2019年河南省驻马店市政府工作报告", "这是市委、市政府作出的重大决策。", [("Organization", "驻马店市委")]),
    ("offices of a Party committee and a government", CANGXI, "县委办、县府办联合督查。", [("Organization", "苍溪县委办"), ("Organization", "苍溪县府办")]),
    ("place suffixes: new town, science city, corridor", "2021年广东省深圳市政府工作报告", "高标准建设西丽高铁新城、光明科学城，推进龙澜智造走廊建设。",
     [("Place", "西丽高铁新城"), ("Place", "光明科学城"), ("Place", "龙澜智造走廊")]),
    ("place suffixes: heritage site, tourism belt", "2022年河北省张家口市政府工作报告", "保护泥河湾遗址，打造京张体育文化旅游带。",
     [("Place", "泥河湾遗址"), ("Place", "京张体育文化旅游带")]),
    ("place suffix: free trade port", "2022年海南省政府工作报告", "高标准建设中国特色自由贸易港。", [("Place", "中国特色自由贸易港")]),
    ("place suffix: an old town quarter after a verb", "2024年广东省深圳市南山区政府工作报告", "丰富蛇口老镇功能，推进片区更新。", [("Place", "蛇口老镇")]),
    ("items of a list of key areas are places", "2017年广东省深圳市政府工作报告", "规划建设光明中心区、龙华梅林关、坪山中心区等重点区域。",
     [("Place", "龙华梅林关"), ("Place", "光明中心区")]),
    ("items of a list of core carriers are places", "2022年江苏省苏州市政府工作报告", "依托金鸡湖港、独墅湾等核心载体，打造数字经济高地。",
     [("Place", "金鸡湖港"), ("Place", "独墅湾")]),
    ("a road or station with a position word is a place", "2019年广东省深圳市罗湖区政府工作报告", "完成深南东路沿线城市设计，提升布心站周边环境。",
     [("Place", "深南东路"), ("Place", "布心站")]),
    ("a road named by a verb is a place", "2020年河北省保定市政府工作报告", "推动解放东路沿线改造。", [("Place", "解放东路")]),
    ("the issuer's towns as the body of a plan", ANPING, "以马店、大子文为主体，建设丝网产业集聚区；以东黄城为核心发展特色农业。",
     [("Place", "马店镇"), ("Place", "大子文镇"), ("Place", "东黄城镇")]),
    ("macro-regions by their 地区 forms", "2021年河北省保定市政府工作报告", "主动对接雄安，深化与中部地区、西部地区合作。",
     [("Place", "雄安"), ("Place", "中部地区"), ("Place", "西部地区")]),
    ("a named square is a work, the district inside it no place", "2019年河南省驻马店市政府工作报告", "建成天中广场，开工建设清苑时代广场。",
     [("Project", "天中广场"), ("Project", "清苑时代广场")]),
    ("macro-regions and national corridors", "2019年辽宁省政府工作报告", "推动东北全面振兴，积极融入西部陆海新通道。", [("Place", "东北"), ("Place", "西部陆海新通道")]),
    ("governments: the State Council among higher bodies", "2022年甘肃省天水市政府工作报告", "坚决落实党中央、国务院和省委、省政府决策部署。",
     [("Organization", "党中央"), ("Organization", "国务院"), ("Organization", "甘肃省委"), ("Organization", "甘肃省人民政府")]),
    ("organizations: descriptors before companies are dropped", "2023年江西省宜春市政府工作报告",
     "引进行业领军企业华泰新材科技、世界500强企业中钢控股集团、中国民营企业500强江苏恒远集团等12户企业入驻园区。",
     [("Organization", "华泰新材科技"), ("Organization", "中钢控股集团"), ("Organization", "江苏恒远集团")]),
    ("organizations: a county's short name tagged a verb after its province", "2023年江西省宜春市政府工作报告",
     "江西奉新工业园区管委会挂牌成立。", [("Organization", "江西奉新工业园区管委会")]),
    ("organizations: a company opening a counted list of 户企业", "2023年江西省宜春市政府工作报告",
     "合力机械、长丰汽车等4户企业获评省级瞪羚企业。", [("Organization", "合力机械"), ("Organization", "长丰汽车")]),
    ("organizations: a company before its verb (batch production)", "2022年安徽省芜湖市政府工作报告",
     "沃德汽车批量生产并上市销售，产量增长。", [("Organization", "沃德汽车")]),
    ("organizations: a company before its verb (restructuring)", "2021年云南省楚雄彝族自治州政府工作报告",
     "兴盛铜业破产重组有序推进。", [("Organization", "兴盛铜业")]),
    ("organizations: a company before its verb (output)", "2023年陕西省宝鸡市政府工作报告",
     "宝华机械产值突破百亿。", [("Organization", "宝华机械")]),
    ("organizations: a company before its verb (listing)", "2020年广东省深圳市大鹏新区政府工作报告",
     "华泰股份在深交所上市。", [("Organization", "华泰股份")]),
    ("governments: Party committees and governments of two levels", "2022年宁夏回族自治区吴忠市利通区政府工作报告",
     "在区市党委、政府的坚强领导下，我们完成了全年任务。",
     [("Organization", "吴忠市党委"), ("Organization", "吴忠市人民政府"), ("Organization", "利通区党委")]),
    ("governments: 省市委 names two committees", "2021年江苏省苏州市吴江区政府工作报告", "按照省市委要求，扎实推进各项工作。",
     [("Organization", "江苏省委"), ("Organization", "苏州市委")]),
    ("governments: a committee and its bare government", "2023年湖南省浏阳市政府工作报告", "在长沙市委、政府的关心支持下。",
     [("Organization", "长沙市人民政府")]),
    ("governments: an ambiguous district's government in the opening", "2016年广东省深圳市南山区政府工作报告",
     "在此，我代表南山区人民政府，向全区人民致以敬意。", [("Organization", "南山区人民政府")]),
    ("governments: an autonomous region's bodies named by its level in a district's report", "2015年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "被自治区政府授予重点区域绿化先进单位，在自治区党委正确领导、自治区人大监督支持下推进工作。",
     [("Organization", "内蒙古自治区人民政府"), ("Organization", "内蒙古自治区党委"), ("Organization", "内蒙古自治区人大")]),
    ("governments: an autonomous region's own bodies in its report", "2025年广西壮族自治区政府工作报告",
     "在自治区党委坚强领导下，提请自治区人大常委会审议地方性法规，自治区政府出台实施意见。",
     [("Organization", "广西壮族自治区党委"), ("Organization", "广西壮族自治区人大常委会"), ("Organization", "广西壮族自治区人民政府")]),
    ("suffixed: an office's 办 after its field stays a body", "2020年河北省保定市易县政府工作报告",
     "县扶贫办、县信访办牵头，市对口办协助办理。", [("Organization", "县扶贫办"), ("Organization", "县信访办"), ("Organization", "市对口办")]),
    ("coordination: places of one zone kind still share it", "2016年广东省深圳市罗湖区政府工作报告", "推进鹿丹村、白石洲片区等一批城市更新工程。",
     [("Place", "鹿丹村片区"), ("Place", "白石洲片区")]),
    ("places: named characteristic towns, industrial and cultural belts", "2019年河南省驻马店市政府工作报告",
     "建设梁祝文旅小镇、竹沟红色小镇，推进大运河文化带建设，打造盐田河临港产业带。",
     [("Place", "梁祝文旅小镇"), ("Place", "竹沟红色小镇"), ("Place", "大运河文化带"), ("Place", "盐田河临港产业带")]),
    ("list: firms before an institutions head stay organizations", "2016年广东省深圳市福田区政府工作报告",
     "目前，恒盛知识产权、嘉邦设计、联信税务师等专业机构已进驻运营，发挥深交所、招商银行等金融机构作用。",
     [("Organization", "恒盛知识产权"), ("Organization", "嘉邦设计"), ("Organization", "联信税务师"), ("Organization", "深交所")]),
    ("list: a division inside a division in a partner list is a place", "2018年广东省深圳市南山区政府工作报告",
     "深化与哈尔滨南岗区对口合作，加强与广西田阳、德保的产业合作。", [("Place", "哈尔滨南岗区"), ("Place", "广西田阳")]),
    ("places: cooperation and innovation inside a zone's name after a proper word", "2025年安徽省政府工作报告",
     "加快建设苏皖合作示范区，推进汕头华侨经济文化合作试验区建设，打造广深科技创新走廊。",
     [("Place", "苏皖合作示范区"), ("Place", "汕头华侨经济文化合作试验区"), ("Place", "广深科技创新走廊")]),
    ("built: a named zone under construction stays a place", "2026年海南省政府工作报告", "陵水黎安国际教育创新试验区加快建设。",
     [("Place", "陵水黎安国际教育创新试验区")]),
    ("suffixed: 即 glued to a level's body opens no name", "2026年海南省政府工作报告", "“1”即省疾控中心，发挥龙头带动作用。",
     [("Organization", "海南省疾控中心")]),
    ("known: a county after its province is still the county", "2024年山西省政府工作报告", "支持吕梁兴县、陕西富县发展红色旅游。",
     [("Place", "兴县"), ("Place", "富县")]),
    # quoted programs: numbered work frameworks and five-year plans
    ("program: numbered framework before a strategy tail", LIUYANG, "大力实施“一核两带三区”发展战略。", [("Program", "一核两带三区")]),
    ("program: 做好 yields to a 工作 after-cue", CANGXI, "扎实做好“两保两促”“三稳”工作。", [("Program", "两保两促"), ("Program", "三稳")]),
    ("program: numbered framework after 打造", ANPING, "全力打造“四个之城”。", [("Program", "四个之城")]),
    ("program: numbered framework ending like a facility", LIUYANG, "奋力建设“两基地”，各项工作取得积极成效。", [("Program", "两基地")]),
    ("program: framework counted part by part", CANGXI, "主动融入全省“五廊三区一中心”建设。", [("Program", "五廊三区一中心")]),
    ("program: numbered code of digits", ANPING, "按照“二一三四”工作思路，狠抓落实。", [("Program", "二一三四")]),
    ("program: quoted five-year plan", ANPING, "“十二五”规划纲要确定的目标任务全面完成。", [("Program", "十二五规划")]),
    ("program: a policy named by its place", "2016年广东省深圳市南山区政府工作报告", "全面落实前海税收优惠政策。", [("Program", "前海税收优惠政策")]),
    ("program: a policy named by three words", CANGXI, "全面落实失业保险保障扩围政策。", [("Program", "失业保险保障扩围政策")]),
    ("program: a chief system glued to its verb", ANPING, "全面推行街长制，深化产业链链长制。", [("Program", "街长制")]),
    ("program: chief systems in a list", CANGXI, "河长制、田长制、路长制等工作获省政府督查激励。", [("Program", "河长制"), ("Program", "田长制"), ("Program", "路长制")]),
    ("program: safe and law-based region", "2022年湖北省武汉市政府工作报告", "加快建设更高水平平安武汉法治武汉。", [("Program", "平安武汉"), ("Program", "法治武汉")]),
    ("program: healthy and beautiful province", CANGXI, "深入推进健康四川、美丽四川建设。", [("Program", "健康四川"), ("Program", "美丽四川")]),
    ("program: a region program after a district that ends in a lake", "2021年广东省深圳市罗湖区政府工作报告", "推进健康罗湖建设。", [("Program", "健康罗湖")]),
    ("program: an action plan", "2022年山西省政府工作报告", "制定我省碳达峰行动方案。", [("Program", "碳达峰行动方案")]),
    ("program: a numbered central document", ANPING, "认真落实中央一号文件精神和国务院16号文件。", [("Program", "中央一号文件"), ("Program", "国务院16号文件")]),
    ("program: a quoted model", LIUYANG, "完善提升“平阳模式”，推广“西乡经验”。", [("Program", "平阳模式"), ("Program", "西乡经验")]),
    ("program: documents in book-title marks", "2021年江西省政府工作报告", "认真落实《改革方案》和省委《实施意见》精神。", [("Program", "改革方案"), ("Program", "实施意见")]),
    ("quoted: a regulation, a policy and an index system in 《》 stay Programs", "2024年云南省大理白族自治州政府工作报告",
     "认真贯彻《云南省河道管理条例》，出台《大理州招商引资政策（试行）》，落实《法治政府建设指标体系》。",
     [("Program", "云南省河道管理条例"), ("Program", "大理州招商引资政策（试行）"), ("Program", "法治政府建设指标体系")]),
    ("quoted: a title in 《》 issued by the government stays a Program whatever its ending", "2022年福建省泉州市政府工作报告",
     "出台《社区网格员岗位职责详情》。", [("Program", "社区网格员岗位职责详情")]),
    ("program: a named plan drawn up", "2020年青海省海东市政府工作报告", "编制完成《湟水河生态保护总体规划》。", [("Program", "湟水河生态保护总体规划")]),
    ("program: the whole object of 实施 opens the name", "2023年吉林省四平市政府工作报告", "今年是实施全面振兴城乡融合三年行动的攻坚之年。", [("Program", "全面振兴城乡融合三年行动")]),
    ("program: a verb after 实施 opens the name", "2024年贵州省遵义市政府工作报告", "实施优化消费环境三年行动。", [("Program", "优化消费环境三年行动")]),
    ("program: phrases under a guide cue and 工作思路", "2026年湖南省政府工作报告", "坚持“稳、进、高、新”工作思路。", [("Program", "稳、进、高、新")]),
    ("program: phrases under a guide cue and 的发展思路", "2022年河北省阜平县政府工作报告", "按照“一区多园、产城教融合”的发展思路，加快园区建设。", [("Program", "一区多园、产城教融合")]),
    ("program: phrases under a guide cue and 目标", "2025年甘肃省政府工作报告", "锚定“西部领先、全国靠前”目标。", [("Program", "西部领先、全国靠前")]),
    ("program: 利用 inside the name", "2024年陕西省政府工作报告", "实施黄河流域文物保护利用工程。", [("Program", "黄河流域文物保护利用工程")]),
    ("program: an idiom ending in 利用 inside the name", "2025年河北省政府工作报告", "开展国家黑土地保护利用试点。", [("Program", "国家黑土地保护利用试点")]),
    ("program: 利用 inside a named action", "2023年内蒙古自治区政府工作报告", "实施再生水利用行动。", [("Program", "再生水利用行动")]),
    ("program: a verb after 制定 opens the name", "2016年广东省深圳市大鹏新区政府工作报告", "制定淘汰落后产能行动计划，逐年分步实施。", [("Program", "淘汰落后产能行动计划")]),
    ("program: a verb after 出台 opens the name", "2021年山东省青岛市政府工作报告", "出台推动西海岸新区创新发展先行先试行动计划。", [("Program", "推动西海岸新区创新发展先行先试行动计划")]),
    ("program: a verb after 印发 opens the name", "2022年云南省昆明市政府工作报告", "印发加快数字经济发展行动方案。", [("Program", "加快数字经济发展行动方案")]),
    ("program: an adverb after 实施 opens the name", CANGXI, "实施全面节约战略。", [("Program", "全面节约战略")]),
    ("program: unquoted five-year plan", "2011年广西壮族自治区柳州市政府工作报告", "今年是实施十二五规划的开局之年。", [("Program", "十二五规划")]),
    ("program: five-year plans before 2006 are 计划", "2003年河北省保定市清苑县政府工作报告", "“九五”计划圆满完成，“十五”计划进展顺利。", [("Program", "九五计划"), ("Program", "十五计划")]),
    ("program: an unquoted national 计划", "1983年国务院政府工作报告", "全面完成六五计划规定的各项任务。", [("Program", "六五计划")]),
    ("program: a campaign named by its field and span", "2021年四川省攀枝花市米易县政府工作报告", "持续推进安全生产专项整治三年行动，加大食品药品安全管理。", [("Program", "安全生产专项整治三年行动")]),
    ("program: a hundred-day campaign", "2018年河北省保定市唐县政府工作报告", "全面开展安全稳定百日攻坚行动，圆满完成安保任务。", [("Program", "安全稳定百日攻坚行动")]),
    ("program: a dust campaign of a hundred days", "2025年北京市政府工作报告", "持续开展扬尘专项治理百日攻坚行动。", [("Program", "扬尘专项治理百日攻坚行动")]),
    ("program: a five-year plan of a generic field", "2019年广东省深圳市盐田区政府工作报告", "实施农村人居环境整治提升五年行动方案。", [("Program", "农村人居环境整治提升五年行动方案")]),
    ("program: a one-word field before a bare reform", "1993年国务院政府工作报告", "积极推进价格改革和军队改革。", [("Program", "价格改革"), ("Program", "军队改革")]),
    ("suffixed: a road's extension works are a project", "2014年河北省保定市政府工作报告", "实施振兴路南延工程和西三环南延工程。", [("Project", "振兴路南延工程"), ("Project", "西三环南延工程")]),
    ("suffixed: a road's rebuilding works are a project", "2009年广东省深圳市龙岗区政府工作报告", "适时启动投资8000万元的丽康路拓宽工程。", [("Project", "丽康路拓宽工程")]),
    ("program: a three-year action plan keeps 方案", "2023年广东省深圳市大鹏新区政府工作报告", "出台全域旅游发展三年行动方案。", [("Program", "全域旅游发展三年行动方案")]),
    ("program: a three-year plan of a generic field keeps 方案", "2022年重庆市政府工作报告", "实施城市更新三年行动方案。", [("Program", "城市更新三年行动方案")]),
    ("program: 落实 takes the whole object, an adverb inside (Hebei)", "2024年某某市政府工作报告", "落实空气质量持续改善行动计划，开展全域控尘。", [("Program", "空气质量持续改善行动计划")]),
    ("program: 深化 takes the whole object, a verb inside (Shandong)", "2023年某某县政府工作报告", "深化企业投资项目审批制度改革，缩短审批时限。", [("Program", "企业投资项目审批制度改革")]),
    ("project: a water-resources allocation works is a construction work (Chongqing)", "2024年某某区政府工作报告", "推进渝西水资源配置工程，提升供水保障能力。", [("Project", "渝西水资源配置工程")]),
    ("project: an expressway interchange works is a construction work (Sichuan)", "2022年某某县政府工作报告", "加快京昆高速米易服务区互通工程前期工作。", [("Project", "米易服务区互通工程")]),
    ("project: a reservoir reinforcement works is a construction work (Henan)", "2009年某某市政府工作报告", "完成铜山湖除险加固工程，新增蓄水能力。", [("Project", "铜山湖除险加固工程")]),
    ("program: a 实施方案 the issuer issues is a Program (Guangdong)", "2016年某某市政府工作报告", "出台宽带城市示范市实施方案，新建基站1.7万个。", [("Program", "宽带城市示范市实施方案")]),
    ("program: a 实施意见 the issuer draws up is a Program (Anhui)", "2022年某某省政府工作报告", "制定构建新型能源体系实施意见，推进能源转型。", [("Program", "构建新型能源体系实施意见")]),
    ("lists: parallel items share a program's suffix (Jiangsu)", "2023年某某市政府工作报告", "大力实施工业强市、科技强市战略，加快转型。", [("Program", "工业强市战略"), ("Program", "科技强市战略")]),
    ("lists: three parallel items share a strategy (Henan)", "2022年某某县政府工作报告", "坚持生态立县、工业强县、文旅兴县战略。", [("Program", "生态立县战略"), ("Program", "工业强县战略"), ("Program", "文旅兴县战略")]),
    ("lists: parallel fields share a reform (Hunan)", "2010年某某省政府工作报告", "加快推进文化体制、社会体制改革。", [("Program", "文化体制改革"), ("Program", "社会体制改革")]),
    ("program: 推进 takes the whole object, a verb inside (Fujian)", "2021年某某市政府工作报告", "推进企业投资项目承诺制改革，压缩审批时间。", [("Program", "企业投资项目承诺制改革")]),
    ("program: 推进 a field's reform (Jiangxi)", "2020年某某县政府工作报告", "深入推进卫生领域体制改革，完善医疗服务。", [("Program", "卫生领域体制改革")]),
    ("program: 深化 glued after a place is no part of the name (Sichuan)", "2026年某某省政府工作报告", "支持两市深化科技金融改革先行先试。", [("Program", "科技金融改革")]),
    ("program: phrases joined by 、 carried out as a 建设 (Henan)", "2024年某某市政府工作报告", "高质量推进“人人持证、技能强市”建设，完成职业技能培训5万人次。", [("Program", "人人持证、技能强市")]),
    ("program: phrases joined by 、 carried out as a 工程", "2025年安徽省政府工作报告", "深入实施“千村引领、万村升级”工程，新增精品示范村200个。", [("Program", "千村引领、万村升级")]),
    ("program: phrases joined by 、 carried out as a 战略", "2016年广东省深圳市龙岗区政府工作报告", "深入实施“高端引领、创新驱动”战略，加快推动发展动力转换。", [("Program", "高端引领、创新驱动")]),
    ("program: phrases joined by 、 carried out as a 行动", "2019年四川省攀枝花市政府工作报告", "深入开展“净天、净城、净村”行动。", [("Program", "净天、净城、净村")]),
    ("program: the object of 实施 runs over a verb inside it", "2024年广东省深圳市政府工作报告", "实施空间拓展挖潜行动，促集约、提质效。", [("Program", "空间拓展挖潜行动")]),
    ("program: the object of 制定 runs over an adverb and a verb", "2019年青海省西宁市政府工作报告", "制定率先实现共同富裕行动方案，集中力量补齐短板。", [("Program", "率先实现共同富裕行动方案")]),
    ("program: the object of 开展 keeps its verbs", "2024年湖北省宜昌市政府工作报告", "开展优质企业对标提升行动，力争专精特新企业倍增。", [("Program", "优质企业对标提升行动")]),
    ("program: the object of 实施 opens with a verb that governs elsewhere", "2025年贵州省政府工作报告", "实施降低全社会物流成本专项行动，规范涉企收费。",
     [("Program", "降低全社会物流成本专项行动")]),
    ("program: the object of 开展 opens with 扩大", "2024年宁夏回族自治区政府工作报告", "开展扩大有效投资攻坚行动，抓实项目建设。", [("Program", "扩大有效投资攻坚行动")]),
    ("program: the object of 实施 opens with 促进", "2023年北京市政府工作报告", "实施促进科技成果转化三年行动，加快建设创新高地。", [("Program", "促进科技成果转化三年行动")]),
    ("program: the object of 实施 keeps a quality phrase", "2019年河北省政府工作报告", "实施空气质量持续改善行动计划，开展全域控尘。", [("Program", "空气质量持续改善行动计划")]),
    ("suffixed: a 工程 that is the whole object of 实施 is a program", "2019年四川省政府工作报告", "实施新型职业农民培育工程，培训农民5万人次。",
     [("Program", "新型职业农民培育工程")]),
    ("suffixed: a 工程 after 开展 is a program", "2006年广西壮族自治区政府工作报告", "开展就业促进工程，新增就业岗位。", [("Program", "就业促进工程")]),
    ("suffixed: each 工程 listed after 实施 is a program", "2021年湖南省政府工作报告", "实施产业基础再造工程和质量提升工程、品牌培育工程。",
     [("Program", "产业基础再造工程"), ("Program", "质量提升工程"), ("Program", "品牌培育工程")]),
    ("suffixed: a policy package after 出台 is a program", "2019年广东省深圳市政府工作报告", "出台稳就业20条、科技金融12条，落实大气污染防治十条措施。",
     [("Program", "稳就业20条"), ("Program", "科技金融12条"), ("Program", "大气污染防治十条")]),
    ("suffixed: a later verb opens the package", "2023年四川省政府工作报告", "出台和落实促进民营经济高质量发展33条。",
     [("Program", "促进民营经济高质量发展33条")]),
    ("suffixed: a package qualified before 的, and the last of a list before 等", "2013年广东省深圳市政府工作报告",
     "出台支持扩大出口的稳定经贸发展33条、金融支持实体经济24条等政策措施。",
     [("Program", "稳定经贸发展33条"), ("Program", "金融支持实体经济24条")]),
    ("suffixed: a drive's year after 开展 is a program", "2019年河南省驻马店市政府工作报告", "开展项目建设推进年活动，推进干部作风建设年活动。",
     [("Program", "项目建设推进年"), ("Program", "干部作风建设年")]),
    ("suffixed: a drive's year without 活动 ends in its kind", "2021年山东省政府工作报告", "实施项目建设年，开展城市建设攻坚年活动。",
     [("Program", "项目建设年"), ("Program", "城市建设攻坚年")]),
    ("quoted: phrases joined by 、 before a longer program noun", "2023年广东省深圳市龙华区政府工作报告",
     "深入实施“东进、西协、南联”发展战略，开展“讲文明、树新风”市民素质提升工程。",
     [("Program", "东进、西协、南联"), ("Program", "讲文明、树新风")]),
    ("quoted: a field between the verb and phrases joined by 、", "2021年湖北省武汉市政府工作报告",
     "深化街道“大部门、宽职能”改革，深入推进产业用地“两评估、一清单”行动，扎实开展“转变作风、优化环境”集中整治活动。",
     [("Program", "大部门、宽职能"), ("Program", "两评估、一清单"), ("Program", "转变作风、优化环境")]),
    ("quoted: phrases joined by 、 before 监管 name one regime", "2019年河南省驻马店市政府工作报告", "全面推行“双随机、一公开”监管，不断优化营商环境。",
     [("Program", "双随机、一公开")]),
    ("quoted: a code of digits before a program noun", "2022年河北省保定市清苑区政府工作报告", "持续推进“1530”工程，实施乡村建设“1842”行动。",
     [("Program", "1530"), ("Program", "1842")]),
    ("quoted: a long document title after 出台", "2022年广东省深圳市光明区政府工作报告",
     "出台《支持脑科学与类脑智能创新链产业链融合发展若干措施》，引驻研究机构1家以上。",
     [("Program", "支持脑科学与类脑智能创新链产业链融合发展若干措施")]),
    ("quoted: a plan's full title in book marks, its draft mark kept", "2021年河北省保定市易县政府工作报告",
     "现将《易县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》提请大会审议。",
     [("Program", "易县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）")]),
    ("suffixed: a responsibility system named by a common field", "2007年河南省驻马店市政府工作报告", "认真落实安全生产责任制，落实国家安全责任制。",
     [("Program", "安全生产责任制"), ("Program", "国家安全责任制")]),
    ("project: works on a named river or road are a construction work", "2021年河南省驻马店市政府工作报告",
     "实施青柳河综合治理工程，推进东湖路白改黑工程。", [("Project", "青柳河综合治理工程"), ("Project", "东湖路白改黑工程")]),
    ("place: a park, a planning area or a new town built stays a place", "2023年河南省驻马店市政府工作报告",
     "月湖公园建成开放，河湾片区建成，青柳新城建成。", [("Place", "月湖公园"), ("Place", "河湾片区"), ("Place", "青柳新城")]),
    ("project: a named road keeps its renewal project", "2020年河北省保定市清苑区政府工作报告", "实施东湖路改造提升项目。",
     [("Project", "东湖路改造提升项目")]),
    ("organization: a national centre of field words is one body", "2015年广东省深圳市政府工作报告", "建设国家能源新材料技术研发中心。",
     [("Organization", "国家能源新材料技术研发中心")]),
    ("project: a firm's base keeps its field", "2023年广东省深圳市政府工作报告", "加快建设柳湾仓储基地。", [("Project", "柳湾仓储基地")]),
    ("program: 打响 governs the campaign, the resolve before it is no part", "2017年河北省保定市政府工作报告",
     "以壮士断腕的决心打响碧水保卫攻坚战。", [("Program", "碧水保卫攻坚战")]),
    ("program: 妥善解决 governs the reform", "2005年河南省驻马店市政府工作报告", "妥善解决农村税费改革后出现的新问题。", [("Program", "农村税费改革")]),
    ("program: 普及 governs the action", "2019年广东省深圳市坪山区政府工作报告", "深入推进和努力普及全民健身行动。", [("Program", "全民健身行动")]),
    ("known: countries of a list and a foreign city with its 市", "1964年国务院政府工作报告",
     "我国同蒙古、津巴布韦、斯威士兰友好往来，与蒙古国乌兰巴托市缔结友好城市，开通至莫斯科、汉堡的班列。",
     [("Place", "蒙古"), ("Place", "津巴布韦"), ("Place", "斯威士兰"), ("Place", "乌兰巴托市"), ("Place", "莫斯科"), ("Place", "汉堡")]),
    ("suffixed: a river jieba does not know, before its works", "2021年广东省政府工作报告", "全面推进练江综合整治，提升北江、东江水质。",
     [("Place", "练江"), ("Place", "北江"), ("Place", "东江")]),
    ("suffixed: a lake cut in two by jieba, in a list of lakes", "2025年江苏省政府工作报告", "更大力度实施滆湖、太湖治理。",
     [("Place", "滆湖")]),
    ("suffixed: rivers of a list and one before its upper reaches", "2024年甘肃省政府工作报告",
     "提升渭河、泾河、洮河等水源涵养功能，推进金沙江下游综合治理。",
     [("Place", "渭河"), ("Place", "泾河"), ("Place", "洮河"), ("Place", "金沙江")]),
    ("known: counties of a partner list named after their province or city", "2022年广东省深圳市南山区政府工作报告",
     "深化与广西巴马、河源源城等地帮扶协作，落实汕尾陆河、百色田东对口支援，支持广西都安、大化等地发展。",
     [("Place", "巴马瑶族自治县"), ("Place", "源城区"), ("Place", "河源市"), ("Place", "陆河县"), ("Place", "田东县"),
      ("Place", "都安瑶族自治县"), ("Place", "大化瑶族自治县")]),
    ("known: counties of the issuer's province listed beside each other", "2024年广东省深圳市龙岗区政府工作报告",
     "与海丰、惠东、龙门签订合作协议，联动濠江、连平等合作园区开展招商推介。",
     [("Place", "海丰县"), ("Place", "惠东县"), ("Place", "龙门县"), ("Place", "濠江区"), ("Place", "连平县")]),
    ("known: a district written out after its city is the district, not a town named after it", "2020年河北省保定市阜平县政府工作报告",
     "与北京市西城区深入对接，争取帮扶资金1.2亿元。", [("Place", "西城区")]),
    ("suffixed: villages of a list and after their township are places", "2020年河北省保定市阜平县政府工作报告",
     "稳妥推进平山村、百旺村、渔二村综合整治，加快推进大南关村、小南关村等棚改项目，项目位于王林口镇马坊村南侧。",
     [("Place", "平山村"), ("Place", "百旺村"), ("Place", "渔二村"), ("Place", "大南关村"), ("Place", "小南关村"), ("Place", "马坊村")]),
    ("suffixed: a village after its township is a place", "2021年河北省保定市清苑区政府工作报告",
     "李庄乡北段庄村建成第二批省级示范村。", [("Place", "北段庄村"), ("Place", "李庄乡")]),
    ("list: a firm opening or closing a list beside a group is a firm", "2008年河南省驻马店市政府工作报告",
     "支持天方药业、蓝天集团发展，聘请戴德梁行、中建科集团编制规划，中船重工、京粮集团、长城汽车等知名企业来投资。",
     [("Organization", "天方药业"), ("Organization", "戴德梁行"), ("Organization", "长城汽车")]),
    ("suffixed: a works between two places keeps both ends before 工程", "2025年新疆维吾尔自治区政府工作报告",
     "喀什至和田段铁路扩能改造工程加快推进，乌鲁木齐至奎屯高速改扩建工程开工建设。",
     [("Project", "喀什至和田段铁路扩能改造工程")]),
    ("suffixed: a road's section between two places keeps the road before it", "2024年江西省政府工作报告",
     "昌九高速南昌至永修段改扩建工程建成通车。", [("Project", "昌九高速南昌至永修段改扩建工程")]),
    ("suffixed: a numbered hospital's new building keeps the level and the ordinal", "2021年广东省深圳市宝安区政府工作报告",
     "区第二人民医院新住院大楼投入使用，市第三中医院综合楼开工。",
     [("Project", "宝安区第二人民医院新住院大楼"), ("Organization", "宝安区第二人民医院")]),
    ("built: a numbered hospital's building after 建成 with 区 glued to the verb", "2016年广东省深圳市南山区政府工作报告",
     "建成区第五人民医院门诊综合楼。", [("Project", "南山区第五人民医院门诊综合楼")]),
    ("lists: a place named bare before a shared airport head names the airport", "2024年贵州省政府工作报告",
     "推进威宁、盘州机场等项目建设。", [("Project", "威宁机场"), ("Project", "盘州机场")]),
    ("lists: a bare route before a road whose name holds a river's name takes the shared head", "2025年吉林省政府工作报告",
     "加快松原至长春、辉发河至桦甸高速等项目建设。", [("Project", "松原至长春高速"), ("Project", "辉发河至桦甸高速")]),
]


@pytest.mark.parametrize("case,title,body,expected", FOUND, ids=[c[0] for c in FOUND])
def test_entity_found(case: str, title: str, body: str, expected: list[tuple[str, str]]) -> None:
    got = names(run(title, body))
    for item in expected:
        assert item in got, f"{case}: {item} not in {sorted(got)}"


# ---------------------------------------------------------------- entities not found

NOT_FOUND = [
    # A long list of two-character items used to make the listed-holders pattern backtrack without end (a report hung).
    ("lists: a long list of work areas before 等工作 has no holders and ends", "2026年广西壮族自治区政府工作报告",
     "外事、侨务、海关、海事、药监、矿监、地震、消防、反走私、监狱管理、供销、气象、水文、信访、档案、保密、机关事务管理、科学研究、"
     "地方史志、新闻出版、参事文史、智库、科协、工会、共青团、妇女儿童、老龄、残疾人、红十字、宗教、公益慈善等工作取得新进展。",
     ["外事", "侨务", "公益慈善"]),
    ("built: towns listed before 等 and a kind of facilities name no project", "2019年广东省深圳市龙岗区政府工作报告",
     "推进坂田、横岗、坪地等街道文体设施项目建设。", ["街道文体设施项目"]),
    ("suffixed: the head after 等 names the kind of the listed works, no project", "2020年河北省保定市政府工作报告",
     "推进东湖、西湖等3个水生态修复项目建设。", ["水生态修复项目"]),
    ("known: 港澳 listed among fields of government work is the office, not the two places", "2020年湖南省长沙市政府工作报告",
     "档案、外事、侨务、港澳、台务、民族宗教、统计、气象、民防等各项事业都取得新进步。", ["香港特别行政区", "澳门特别行政区"]),
    ("known: 港澳台 among fields of work names no places either", "2021年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "我区民族宗教、侨务、港澳台、青年、妇女儿童、人防等工作扎实推进。", ["香港特别行政区", "澳门特别行政区", "台湾省"]),
    ("known: 京津 opening the name of the sand-source programme names no cities", "2008年河北省保定市政府工作报告",
     "退耕还林、天然林保护、京津风沙源治理等六大林业生态工程建设全面实施。", ["北京市", "天津市"]),
    ("suffixed: a designation a district aims for after 打造 is no named zone", "2022年广东省深圳市坪山区政府工作报告",
     "二是打造碳达峰碳中和先行示范区。", ["碳达峰碳中和先行示范区"]),
    ("suffixed: a designation after 创建 and a level is no named zone", "2019年甘肃省政府工作报告",
     "加快创建国家级生态文明示范区，推进祁连山生态保护。", ["生态文明示范区"]),
    ("suffixed: aims listed after 打造 are no named zones", "2023年四川省成都市政府工作报告",
     "打造通用航空产业综合示范区、民用无人驾驶航空试验区，推广无人机配送。", ["航空产业综合示范区", "民用无人驾驶航空试验区", "通用航空产业综合示范区"]),
    ("overlaps: a zone's kind opening an honor title is the title's head, no place", "2022年山东省聊城市高唐县政府工作报告",
     "某某书画小镇获评山东省服务业特色小镇培育单位。", ["山东省服务业特色小镇"]),
    ("generic: the south and north areas of a district are two areas, no name", "2022年广东省深圳市龙华区政府工作报告",
     "促进南北片区均衡发展，强化重点区域错位布局。", ["南北片区"]),
    ("link: a mountain's scenic area is not resolved to the town named after it", "2025年河北省保定市易县政府工作报告",
     "清西陵、狼牙山、易水湖三个景区入选河北省“十条精品研学线路”。", ["狼牙山镇"]),
    ("built: a batch of plants is no numbered plant", "2015年河南省驻马店市政府工作报告", "建成市第一批污水处理厂。", ["市第一批污水处理厂", "驻马店市第一批污水处理厂"]),
    ("built: smart kinds of work in a project list are no projects", "2021年广东省深圳市罗湖区政府工作报告",
     "启动智慧消防、智慧水务、智慧交通、智慧教育、智慧防疫等项目建设。", ["智慧消防", "智慧教育", "智慧防疫"]),
    ("built: kinds of bus station pushed on are no projects", "2014年河南省驻马店市政府工作报告",
     "加快中心城区公交首末站、换乘站建设，缓解城市交通拥堵压力。", ["换乘站", "中心城区公交首末站"]),
    ("built: the town's schools built are no project", "2014年河南省驻马店市政府工作报告", "加快城区中小学建设，着力解决入学难问题。", ["城区中小学"]),
    ("built: numbered buildings after 新建 are no named facilities", "2020年河南省驻马店市政府工作报告", "新建1号楼、2号楼等。", ["1号楼", "2号楼"]),
    ("lists: a river before a reservoir shares no head", "2006年广东省深圳市政府工作报告", "布吉河、深圳水库水质明显改善。", ["布吉河水库"]),
    ("honors: a frame's words are no part of a title", "2017年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "以创建全国文明城为主线，推动创建文明城市向建设城市文明转变。", ["全国文明城为主线", "文明城市向建设城市"]),
    ("built: kinds of bus stations are no projects", "2016年河南省驻马店市政府工作报告",
     "大力发展城市公交，加快中心城区公交首末站、换乘站建设。", ["中心城区公交首末站", "换乘站"]),
    ("suffixed: a base or hub after 打造 is an aim, no project", "2025年甘肃省政府工作报告",
     "聚力打造全国重要的文化传承创新基地，加快打造大湾区国际综合交通枢纽。", ["文化传承创新基地", "大湾区国际综合交通枢纽"]),
    ("suffixed: a footnote mark opens no name", "2021年河北省易县政府工作报告", "做好碳达峰、碳中和工作，为“30·60”［13］行动做出易县贡献。",
     ["［13］行动", "行动"]),
    ("names: a name that opens a plan's is no project", "2023年广东省深圳市罗湖区政府工作报告",
     "努力争取地铁8号线东延纳入深圳市轨道交通第五期建设规划，完成中运量轨道交通线网规划。", ["深圳市轨道交通", "中运量轨道交通"]),
    ("honors: a money reward or a bare head is no title", "2021年河北省保定市清苑区政府工作报告",
     "空气质量改善幅度居全省第1，获省资金奖励92万元；新能源汽车产业知名品牌创建示范区获批筹建。", ["省资金奖", "示范区"]),
    ("suffixed: kinds of roads and schools are no projects", "2019年广东省深圳市坪山区政府工作报告",
     "加快外环高速等高快速路建设，推进国际化学校建设，高速铁路运营里程达1.6万公里。", ["高快速路", "国际化学校", "高速铁路"]),
    ("coordination: a line named with its own 线 takes no shared 号线", "2024年上海市政府工作报告",
     "加快建设崇明线、南枫线、13号线东延伸、19号线等轨道交通线。", ["南枫线号线"]),
    ("lists: activities before 等生态工程 are kinds of work, no projects", "2014年国务院政府工作报告",
     "实施退牧还草、天然林保护、防沙治沙、水土保持、石漠化治理、湿地恢复等重大生态工程。", ["天然林保护", "防沙治沙", "水土保持", "湿地恢复"]),
    ("lists: activities before 等民生工程 are programmes, no projects", "2020年广东省深圳市大鹏新区政府工作报告",
     "深入实施阳光救助、优抚安置、残疾人关爱等民生工程，实施森林抚育、珊瑚保育等生态修复工程。", ["阳光救助", "森林抚育", "珊瑚保育"]),
    ("suffixed: a generic aim before 项目 or 枢纽 names no project", "2016年国务院政府工作报告",
     "中央政府定价项目减少80%，推进工程建设项目审批改革，引进一批延链补链强链项目，加快建设区位门户复合型国际航空枢纽。",
     ["中央政府定价项目", "工程建设项目", "延链补链强链项目", "区位门户复合型国际航空枢纽"]),
    ("generic: kinds of lists are no programs", "2019年江苏省南通市政府工作报告", "严格按照权力清单、责任清单履职，全面落实负面清单。",
     ["权力清单", "责任清单", "负面清单"]),
    ("generic: a section's kind of works and kinds of units are no entities", "2018年湖北省宜昌市政府工作报告",
     "扎实推进惠民利民工程，加快建设中心镇，发挥交警作用。", ["惠民利民工程", "中心镇", "交警"]),
    ("names: glued verbs and conjunctions open no name", "2021年河北省唐县政府工作报告",
     "建成用好县城智慧运营中心，建成开放瓯江绿道3号线，项目前期研究及文昌路、兴华路建设，面向全球发布公园城市示范场景计划。",
     ["用好县城智慧运营中心", "开放瓯江绿道3号线", "及文昌路", "全球发布公园城市示范场景计划"]),
    ("lists: a county's short form inside a word after 携手 is no county", "2020年广东省深圳市罗湖区政府工作报告", "更有携手同心、风雨兼程。", ["同心县", "同心"]),
    ("lists: a county's short form that is a verb after 对口支援 is no county", "2015年河北省徐水县政府工作报告",
     "县疾控中心与市疾控中心建立对口支援合作关系。", ["合作市", "合作"]),
    ("lists: a count opening a clause before an honor cue names no holder", "2023年江苏省政府工作报告", "4个园区入围全国园区高质量发展百强。",
     ["4个园区"]),
    ("lists: a kind of park opening a clause before an honor cue names no holder", "2012年河北省徐水县政府工作报告", "电子产业园被评为省级新型工业化示范基地。",
     ["电子产业园"]),
    ("honors: 和 before a scope opens a second title", "2020年江西省上饶市政府工作报告", "获评国家文化创新工程项目和全国基层文化志愿服务示范项目。",
     ["国家文化创新工程项目和全国基层文化志愿服务示范", "国家文化创新工程项目和全国基层文化志愿服务示范项目"]),
    ("honors: 和 does not join a left part to a title that stops short of the clause end", "2023年湖北省政府工作报告",
     "入选省重大科技创新和科技型中小企业创新能力提升工程。", ["省重大科技创新和科技型中小企业"]),
    ("lists: a list before a cue with no title after it names no holders", "2024年广东省深圳市政府工作报告",
     "海岸口岸、东湾口岸获批放宽过境免签政策。", ["海岸口岸", "东湾口岸"]),
    ("suffixed: a generic functional zone is no place", "2019年湖南省政府工作报告", "落实主体功能区制度，加强重点生态功能区保护。", ["主体功能区", "重点生态功能区"]),
    ("suffixed: a city centre without a proper head is no place", "2019年河北省政府工作报告", "抓好城市中心商务区建设和楼宇经济发展。", ["城市中心", "城市中心商务区"]),
    ("quoted: a centre system after a quoted slogan is no place", "2022年江苏省苏州市政府工作报告", "着力构建“一核两翼”城市中心体系。", ["一核两翼城市中心", "“一核两翼”城市中心"]),
    ("list: a counted kind before a ranking names no company", "2025年湖北省政府工作报告", "力争新增2—3家地方国企进入中国企业500强。", ["地方国企"]),
    ("list: an adverb's subjects before a ranking are no companies", "2021年河南省驻马店市政府工作报告", "城市品牌、生产总值双双跻身全国百强。", ["城市品牌", "生产总值双双"]),
    ("list: more counties before a ranking are no place", "2023年山东省政府工作报告", "推动更多县进入全国百强。", ["更多县"]),
    ("suffixed: a title of merit after a level is no body", "2018年河北省保定市徐水区政府工作报告",
     "区检察院被评为全国模范检察院，区公安局被评为全国优秀公安局。", ["模范检察院", "优秀公安局"]),
    ("lists/suffixed: a partner after 与 is no program or body of its own", "2021年广东省深圳市政府工作报告",
     "深化与汕头、潮州协作，加强与香港多层次、多领域的合作，与重庆协同共建航运中心。",
     ["潮州协作", "香港多层次", "重庆协同"]),
    ("honors: what a goal before 成为 names is an aim, no title", "2021年广东省深圳市政府工作报告",
     "努力成为超大城市现代化治理的典范，力争成为区域产业链上重要的采购物流基地。",
     ["超大城市", "超大城市现代化治理的典范", "区域产业链上重要的采购物流基地", "采购物流基地"]),
    ("known: a city's short form that is also an ordinary word", "2022年广东省深圳市宝安区政府工作报告",
     "用真金白银帮助企业，维护社会长治久安，让人民幸福安康。", ["白银市", "长治市", "安康市", "白银", "长治", "安康"]),
    ("suffixed: a governing verb never opens a name (试行, 开启, 享受, 办理)", "2020年江西省赣州市南康区政府工作报告",
     "试行乡镇干部绩效考核制度改革，开启农村集体产权制度改革，让企业享受增值税留抵退税政策，认真办理人大代表建议和政协委员提案。",
     ["试行乡镇干部绩效考核制度改革", "开启农村集体产权制度改革", "享受增值税留抵退税政策", "办理人大", "认真办理人大"]),
    ("quoted: 强 without a count is no ranking", "2021年山东省烟台市政府工作报告", "推动骨干企业“做大做强”，坚持“向海图强”。",
     ["做大做强", "向海图强"]),
    ("honors: a granter and 颁发/授予 never open a title", "2019年湖北省宜昌市政府工作报告",
     "荣获中国城市发展研究会颁发的城市治理创新奖，被省政府授予全省文明城市称号。",
     ["中国城市发展研究会颁发的城市治理创新奖", "省政府授予全省文明城市", "被省政府授予全省文明城市"]),
    ("generic companies", LIUYANG, "支持上市公司、龙头企业做大做强。", ["上市公司", "龙头企业"]),
    ("built: kinds of facilities with no name stay out", "2024年广东省深圳市光明区政府工作报告", "智慧公园开园，零碳公园投入使用。",
     ["智慧公园", "零碳公园"]),
    ("built: counts, descriptors and verbs are no facility name", "2022年广东省深圳市宝安区政府工作报告",
     "新建改造10个社区公园，建成内陆地区首个国际公路运输集结中心，力争春晖苑公办养老院封顶。",
     ["改造10个社区公园", "内陆地区首个国际公路运输集结中心", "力争春晖苑公办养老院"]),
    ("built: a park's phase in a built list stays out of the projects", "2025年重庆市政府工作报告", "红岩文化公园二期、市青少年活动中心建成投用。",
     ["红岩文化公园二期"]),
    ("suffixed: key or major projects of a kind are a category, no name", "2024年广东省深圳市宝安区政府工作报告",
     "完成9宗重点产业项目遴选，推动集成电路重大项目扩产量产，强化重点河湖排污口整治。",
     ["9宗重点产业项目", "重点产业项目", "集成电路重大项目", "重点河湖排污口整治"]),
    ("built: a push on wetlands or a district builds no project", "2016年广东省深圳市宝安区政府工作报告", "推进易马湿地、兰沟洼湿地建设，加快市中心区建设。",
     ["易马湿地", "市中心区"]),
    ("suffixed: the projects of an industry are a kind, no name", "2025年吉林省政府工作报告", "推动绿氢产业项目投产达效，引进培育文创产业项目12个以上。",
     ["绿氢产业项目", "文创产业项目"]),
    ("built: a consulate opened is no project", "2019年重庆市政府工作报告", "越南驻渝总领馆开馆。", ["越南驻渝总领馆"]),
    ("built: a verb that ends in the suffix's first character opens no name", "2026年贵州省政府工作报告", "各市（州）中心城市全部通高铁。", ["通高铁"]),
    ("built: a verb of effort opens no project", "2022年广东省深圳市大鹏新区政府工作报告", "力推新区养老院项目年内开工。", ["力推新区养老院项目"]),
    ("built: a park being built stays out of the projects", "2018年河南省驻马店市政府工作报告", "开工建设开源河、朱氏河带状公园。", ["朱氏河带状公园"]),
    ("suffixed: generic kinds of works stay generic", "2024年河南省驻马店市政府工作报告", "实施中小学校、幼儿园改扩建项目80个，推进59个医院新改扩建工程。",
     ["幼儿园改扩建项目", "医院新改扩建工程", "改扩建项目"]),
    ("suffixed: greenways counted in kilometres are no name", "2011年广东省深圳市政府工作报告", "新建绿道300公里，改造立交5座。", ["绿道", "立交"]),
    ("suffixed: a capacity after no firm starts no name", "2025年山东省高唐县政府工作报告", "力争53.75万千瓦集中式陆上风电项目并网发电。",
     ["75万千瓦集中式陆上风电项目", "53.75万千瓦集中式陆上风电项目", "力争53.75万千瓦集中式陆上风电项目"]),
    ("suffixed: a descriptor before a capacity is no firm", "2025年福建省政府工作报告", "全球最大单套年产100万吨丙烷脱氢项目建成投产。",
     ["单套年产100万吨丙烷脱氢项目", "全球最大单套年产100万吨丙烷脱氢项目"]),
    ("suffixed: a common arts centre or terminal is no name", "2014年广东省深圳市政府工作报告", "提升新航站楼综合服务功能，加快推进群众文化艺术中心运营。",
     ["新航站楼", "群众文化艺术中心"]),
    ("generic projects", CANGXI, "实施重点项目86个，新建各类学校12所。", ["重点项目", "各类学校", "学校"]),
    ("generic project kinds, suffixed", CANGXI, "推动风电光伏项目和抽水蓄能项目建设，加快棚改项目。", ["风电光伏项目", "抽水蓄能项目", "棚改项目"]),
    ("generic project kinds, care and energy", LIUYANG, "建成康养综合体，分布式光伏示范项目并网。", ["康养综合体", "分布式光伏示范项目"]),
    ("place before a generic reference", ANPING, "推动中国上市公司在县域设立分支。", ["中国上市公司"]),
    ("rhetoric in quotes", LIUYANG, "坚决守住群众的“钱袋子”，杜绝“躺平”现象。", ["钱袋子", "躺平"]),
    ("a quoted plain word", CANGXI, "当好游客心中的“人间仙境”。", ["人间仙境"]),
    ("a zero result", ANPING, "外贸出口实现“零突破”。", ["零突破"]),
    ("honors: a list closed by 等 is no title", "2016年广东省深圳市政府工作报告", "创建时装、钟表、机器人等知名品牌示范区，通过招标等方式选择项目管理单位。", ["机器人等知名品牌示范区", "招标等方式选择专业化的项目管理单位"]),
    ("honors: a clause opened by a function word is no title", "1986年国务院政府工作报告", "社会主义国家应该成为与别国平等相处的模范。", ["与别国平等相处的模范"]),
    ("programs: kinds of urban works are no programs", "2021年广东省深圳市福田区政府工作报告", "开工城市更新项目60个，完成10个老旧小区改造任务，新增海绵城市面积9.8平方公里，推动社区生活垃圾分类，加快推进智慧城市建设。",
     ["城市更新", "老旧小区改造", "海绵城市", "垃圾分类", "智慧城市"]),
    ("honors: a scenic grade as a yardstick is no title", "2021年甘肃省政府工作报告", "对标5A级旅游景区标准，推进景区提升，全面建设“智慧城市”。", ["5A级旅游景区", "智慧城市"]),
    ("programs: kinds, manners and problems with a program suffix", "2008年河北省保定市政府工作报告", "坚决杜绝政绩工程，铁腕整治违法建筑，加强小散工程安全监管，指令性计划逐步缩小。",
     ["政绩工程", "铁腕整治", "小散工程", "指令性计划"]),
    ("quoted: a guiding idea is no entity", "2001年河北省政府工作报告", "按照“三个有利于”标准推进改革，践行“三个代表”要求。", ["三个有利于", "三个代表", "标准推进改革"]),
    ("quoted: the problems fought are no program", "2022年山东省聊城市高唐县政府工作报告", "驰而不息纠“四风”、转作风，巩固“四风”整治成果。", ["四风", "四风整治"]),
    ("suffixed: a verb glued to 改革 ends no name", "2019年广东省深圳市政府工作报告", "运用法治思维和法治方式深化改革，指导股份合作公司深化改革、完善治理。", ["法治方式深化改革", "公司深化改革", "深化改革"]),
    ("suffixed: 更大力度推进改革 is a manner", "1995年国务院政府工作报告", "在社会稳定中推进改革与发展，以更大力度推进改革攻坚。", ["社会稳定中推进改革", "更大力度推进改革"]),
    ("a slogan qualifying a mechanism", LIUYANG, "健全“集中力量办大事”工作机制。", ["集中力量办大事"]),
    ("verb glued to a name", CANGXI, "确保城南大道年内通车。", ["确保城南大道"]),
    ("words that only end like a suffix", ANPING, "优化产业布局，做好决策部署。", ["产业布局", "决策部署", "布局", "部署"]),
    ("a generic road", LIUYANG, "完成通村公路改造120公里。", ["通村公路"]),
    ("an event", CANGXI, "隆重举行建县1500周年纪念活动。", ["建县1500周年纪念活动"]),
    ("a one-character head ends a title", ANPING, "高新区纳入省级重点区域。", ["省级重点区"]),
    ("honors: a superlative result is no title", "2024年广东省政府工作报告", "广东成为全国储能电池产业配套最全的地区。",
     ["全国储能电池产业配套最全的地区"]),
    ("honors: a money threshold is no title", "2022年广东省政府工作报告", "东莞成为我省第四个经济总量过万亿元城市。",
     ["我省第四个经济总量过万亿元城市", "第四个经济总量过万亿元城市"]),
    ("honors: an epidemic risk level is no title", "2022年四川省绵阳市政府工作报告", "各县市区较早成为低风险区域和低风险地区。", ["低风险地区"]),
    ("honors: a ranking describing no named company", "2021年广东省深圳市南山区政府工作报告", "吸引世界500强企业设立创新研发中心。",
     ["世界500强"]),
    ("honors: a certification label as a statistic's category", "2024年江苏省政府工作报告",
     "高新技术企业营业收入增长12%。", ["高新技术企业"]),
    ("a lower level in general", "2025年四川省政府工作报告", "县医院医疗服务能力全面提升。", ["县医院", "四川省医院"]),
    ("an abbreviation before a full name", LIUYANG, "支持书协、美协、摄影家协会开展活动。", ["美协协会"]),
    ("lists: counted works and generic facilities are no project names", "2019年广东省深圳市宝安区政府工作报告",
     "城中村整治、品质提升、道路等48个项目同步推进，技改等12个项目竣工。", ["品质提升", "道路", "技改"]),
    ("lists: no project cut out of the middle of a name", "2007年河北省政府工作报告", "宣钢结构优化升级工程等一批项目开工建设。",
     ["升级工程"]),
    ("suffixed: a plaza without a proper head is generic", "2021年河南省驻马店市政府工作报告", "新建一批文化广场和商业步行街。",
     ["文化广场", "商业步行街", "一批文化广场"]),
    ("suffixed: a superlative stays out of the name", "2023年湖南省炎陵县政府工作报告", "全县最大单体项目龙溪水电站开工建设。",
     ["最大单体项目龙溪水电站"]),
    ("generic kinds of energy projects", "2024年甘肃省民勤县政府工作报告", "实施光伏项目9个，一批石化大项目建成投用。", ["光伏项目", "石化大项目"]),
    ("a counted kind", CANGXI, "实施7个城中村环境综合整治工程。", ["城中村环境综合整治工程"]),
    ("a verb between a body and a name", "2023年政府工作报告", "国务院提请全国人大常委会审议法律草案。", ["国务院提请全国人大常委会"]),
    ("a place name read as a word", LIUYANG, "让人民生活幸福安康。", ["安康", "安康市"]),
    ("participation is no partnership", CANGXI, "深度参与东北亚经贸合作。", ["东北亚经贸"]),
    ("a generic title", LIUYANG, "培育成为大城市的卫星城。", ["大城市"]),
    ("a count before a road", ANPING, "金辉路等15条断头路全面打通。", ["断头路", "15条断头路"]),
    ("kinds of industry are no coordinated names", CANGXI, "加快能源、食品、医药基地建设。", ["食品基地", "能源基地"]),
    ("partners in a field", LIUYANG, "与周边地区在基础设施、能源、劳务等方面合作。", ["能源", "劳务"]),
    ("a city inside a road name", LIUYANG, "双明大道、长春北路等主次干道加快建设。", ["长春", "长春市"]),
    ("a fought kind of firm is no title", CANGXI, "整治“散乱污”企业89家。", ["散乱污"]),
    ("a quoted result", CANGXI, "生产安全事故起数、死亡人数实现“双下降”。", ["双下降"]),
    ("the last item of a counted list", ANPING, "推进工业立县、产业化富县四大战略。", ["产业化富县四大战略"]),
    ("a line of verse", CANGXI, "“九万里风鹏正举”，我们信心满怀。", ["九万里风鹏正举"]),
    ("a level's generic reference", CANGXI, "完成投资的18个省、市重点项目。", ["苍溪县重点项目", "四川省重点项目", "市重点项目"]),
    ("a slogan shaped like a facility", LIUYANG, "开展“打开生命通道”集中整治。", ["打开生命通道"]),
    ("a holder that is a phrase", ANPING, "在国家考核评估中连获好评。", ["国家考核评估中连"]),
    ("a cooperation zone is no cue", CANGXI, "深汕特别合作区赤石镇结对帮扶。", ["深汕特别"]),
    ("a city is not named by its river", "2023年浙江省政府工作报告", "开挖丽水河，建设滨水绿道。", ["丽水市", "丽水"]),
    ("a river word is no name", LIUYANG, "开创了全省先河，守护母亲河。", ["全省先河", "母亲河"]),
    ("a counted list item with 多", "2021年河北省保定市政府工作报告", "与京津80多家医院开展合作。", ["京津80多家医院"]),
    ("a counted level and bare kind", CANGXI, "省级企业超过200家，市级项目达30个。", ["省级企业", "市级项目"]),
    ("a size class is no name", CANGXI, "引进项目78个，其中百亿级项目2个、三十亿级项目2个。", ["亿级项目", "百亿级项目", "三十亿级项目"]),
    ("two bodies joined by 和 stay two", CANGXI, "四川大学和华西医学中心签约合作。", ["四川大学和华西医学中心"]),
    ("typhoons are no programs", "2019年福建省政府工作报告", "成功应对“利奇马”“米娜”等台风侵袭。", ["利奇马", "米娜"]),
    ("a contest is no program", "2021年广东省深圳市南山区政府工作报告", "举办“创客之星”大赛。", ["创客之星"]),
    ("a result in quotes", "2020年河北省政府工作报告", "夺取“双胜利”，啃下“硬骨头”。", ["双胜利", "硬骨头"]),
    ("listing is no part of the title", "2021年河北省保定市政府工作报告", "我市被列为国家职业教育改革市域试点。", ["列为国家职业教育改革市域试点"]),
    ("taking action is no program", LIUYANG, "果断采取行动，稳住经济大盘。", ["采取行动"]),
    ("generic checks and plans", CANGXI, "开展安全风险整治，实施科技计划和三年行动计划。", ["风险整治", "科技计划", "三年行动计划"]),
    ("a ranking won in quotes", "2025年浙江省政府工作报告", "推行“数据共享一件事”等8个“全省率先”。", ["全省率先"]),
    ("a quoted contest with entries", "2021年广东省深圳市南山区政府工作报告", "“创客之星”大赛累计参赛项目3000个。", ["创客之星", "创客之星大赛累计参赛项目"]),
    ("handling idioms are no offices", CANGXI, "坚持特事特办、全程网办。", ["特事特办", "全程网办"]),
    ("a generic qualifier before a kindergarten", LIUYANG, "普惠性幼儿园增至183所。", ["普惠性幼儿园"]),
    ("a name that opens a meeting's name", "2021年河北省保定市政府工作报告", "举办阜平产业扶贫基地建设现场推进会。", ["阜平产业扶贫基地"]),
    ("years before a title cue are no holder", "2021年广东省深圳市南山区政府工作报告", "福田教师连续三年获评全市“年度教师”。", ["福田教师连续三年"]),
    ("counted items are no head for the next item", "2021年广东省深圳市南山区政府工作报告", "打造母婴室147个、妇儿之家109个、社区儿童友好空间20个。", ["妇儿之家"]),
    ("kinds of industry before 等产业园区", "2009年河北省政府工作报告", "加快推进软件产业、卫星导航等产业园区建设。", ["软件产业", "卫星导航"]),
    ("parks named in a short list are no places by their head", "2023年广东省深圳市福田区政府工作报告", "新建菩提、追梦等7个社区公园。", ["菩提", "追梦"]),
    ("a first of its kind is no title", "2021年广东省深圳市罗湖区政府工作报告", "建成全市首个5G产业专业园区。", ["全市首个5G产业专业园区"]),
    ("a target ranking is no title", "2023年广东省深圳市盐田区政府工作报告", "引进企业，瞄准世界500强。", ["瞄准世界500强"]),
    ("a first of its kind after a level", "2025年北京市政府工作报告", "建成全国首个人工智能数据训练基地。", ["全国首个人工智能数据训练基地"]),
    ("a generic title of rivers", "2025年北京市政府工作报告", "建设幸福河湖。", ["幸福河湖"]),
    ("money before a counted head is no item", "2015年河南省驻马店市政府工作报告", "实施总投资1080亿元、年度投资399亿元的194个重点工业项目。", ["1080亿元", "399亿元"]),
    ("a counted work is no holder", "2025年广东省深圳市南山区政府工作报告", "2首原创歌曲获评“五个一工程”优秀作品。", ["2首原创歌曲"]),
    ("river work is no river", "2015年广东省深圳市大鹏新区政府工作报告", "坚持生态治河。", ["生态治河"]),
    ("funds of a kind are no organizations", "2025年广东省深圳市罗湖区政府工作报告", "管好社保基金、医保基金。", ["社保基金", "医保基金"]),
    ("slogans holding a lake or marsh", "2022年河北省曲阳县政府工作报告", "统筹山水林田湖草系统治理，不让一滴污水入淀。", ["山水林田湖", "污水入淀"]),
    ("a verb that is also a district's short name", "2026年江西省政府工作报告", "新建、改扩建学校10所。", ["新建", "新建区"]),
    ("为 after a title verb", "2025年山东省高唐县政府工作报告", "鱼丘湖成功创建为省级美丽河湖。", ["为省级美丽河湖"]),
    ("a governing verb before a project", "2026年江西省政府工作报告", "建立健全招商引资项目库。", ["建立健全招商引资项目"]),
    ("property checks are generic", "2023年山东省高唐县政府工作报告", "31个住宅小区列入物业专项整治范围。", ["物业专项整治"]),
    ("a phase is no coordinated item", ANPING, "外环高速二期、滨河路建成通车。", ["二期路", "二期"]),
    ("a preposition glued to a level is no name", "2021年广东省深圳市宝安区政府工作报告", "主动向区人大报告工作，坚持重大事项向区人大常委会报告制度。",
     ["向区人大", "重大事项向区人大常委会", "宝安区向区人大"]),
    ("这是 before a body", "2019年河南省驻马店市政府工作报告", "这是市委、市政府作出的重大决策。", ["这是市委", "驻马店市这是市委"]),
    ("暨 joins two meetings", "2024年河北省政府工作报告", "十届三中全会暨省委经济工作会议作出部署。", ["三中全会暨省委", "全会暨省委"]),
    ("the verb 办 is no office", CANGXI, "集中力量办大事，勤俭办一切事业。", ["勤俭办", "集中力量办"]),
    ("generic kinds of bodies", "2020年河南省驻马店市政府工作报告", "支持行业协会商会发展，引进三甲医院2家，新建工程技术研究中心5个。",
     ["行业协会商会", "三甲医院", "工程技术研究中心"]),
    ("a repair verb is no part of a road", "2021年山东省高唐县政府工作报告", "维修金城路，拓宽改造政通路。", ["维修金城路", "拓宽改造政通路"]),
    ("和 opens no name", "2016年广东省深圳市罗湖区政府工作报告", "加快布罗通道和布心路建设。", ["和布心路", "布罗通道和布心路"]),
    ("manner words make no program", "2019年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告", "迅速行动起来，统一行动，推进深层次改革，开展机制试点，实施体制机制改革。",
     ["迅速行动", "统一行动", "深层次改革", "机制试点", "体制机制改革"]),
    ("a clause after a title verb is no title", "2025年江苏省政府工作报告", "入选国家重大人才工程科技类项目人数、以企业为主体引进国家级人才数量均居全国前列。",
     ["以企业", "企业"]),
    ("a role is no title", "2023年河南省驻马店市政府工作报告", "成为全省科技力量的重要分支、重要基地。", ["重要基地", "重要分支"]),
    ("a ranking as a target", "2022年广东省深圳市坪山区政府工作报告", "支持比亚迪进入世界500强。", ["世界500强", "比亚迪进入世界500强"]),
    ("how partners cooperate is no part of their name", "2025年海南省政府工作报告", "深化与欧美发达国家互利合作，与华为公司战略合作，与浙江大学深度合作。",
     ["欧美发达国家互利", "欧美发达国家", "华为公司战略", "浙江大学深度"]),
    ("pairs of partners", "2018年广东省深圳市南山区政府工作报告", "西丽医院与南科大、区妇幼保健院与广东医科大学深度合作。",
     ["区妇幼保健院与广东医科大学", "南山区妇幼保健院与广东医科大学", "广东医科大学深度"]),
    ("和 before 县 joins two bodies, not a county", "2021年山东省高唐县政府工作报告", "县中医院标准化和县疾控中心建设完成，贯彻中央、省、市和县委的部署。",
     ["和县", "县中医院标准化和县疾控中心", "高唐县中医院标准化和县疾控中心"]),
    ("和 before 县 joins two bodies", "2021年山东省高唐县政府工作报告", "聚焦省“十强”产业、市“九大产业集群”和县“123制造业体系”。", ["和县"]),
    ("no title of 的 or 称号", "2021年山东省高唐县政府工作报告", "被命名为全国唯一的中国楹联文化县，获得省级工业电商示范县等称号。",
     ["的中国楹联文化县", "省级工业电商示范县等称号", "省级工业电商示范县称号"]),
    ("an adverb-verb idiom opens no name", "2025年宁夏回族自治区政府工作报告", "大力发展枢纽经济，建设宁东基地。", ["大力发展枢纽", "大力发展枢纽经济"]),
    ("a per-capita measure is no road", "2025年宁夏回族自治区政府工作报告", "每万人拥有高速公路里程达到全国平均水平。", ["每万人拥有高速公路"]),
    ("parks named by their industry only", "2025年宁夏回族自治区政府工作报告", "支持化工园区、零碳园区建设。", ["化工园区", "零碳园区"]),
    ("quoted categories of enterprises are no titles", "2021年河北省保定市政府工作报告",
     "全面抓好“散乱污”企业整治，新增“小升规”企业26家，“四上”企业超1000家，有效处置“僵尸企业”。",
     ["散乱污", "小升规", "四上", "僵尸企业", "散乱污企业", "四上企业"]),
    ("generic new towns and corridors are no places", "2022年河南省南阳市政府工作报告", "建设宜居宜业品质新城，完善生态走廊，保护革命遗址。",
     ["宜居宜业品质新城", "品质新城", "生态走廊", "革命遗址", "丰富"]),
    ("kinds of site before 重点区域 are no places", "2021年山东省高唐县政府工作报告", "深化企业厂区、建筑工地、城区道路等重点区域扬尘治理，加快县城出入口、商业聚集区等重点区域微整治。",
     ["企业厂区", "建筑工地", "城区道路", "县城出入口", "商业聚集区"]),
    ("区域 before another noun is no list head", "2021年新疆维吾尔自治区政府工作报告", "建设冷链仓储、保税物流等区域性物流节点。", ["冷链仓储", "保税物流"]),
    ("common roads and railways with a position word are no places", "2020年河北省保定市政府工作报告", "完成20条道路沿线绿化，整治道路两侧环境，提升京广铁路沿线城市功能。",
     ["20条道路", "道路", "条道路"]),
    ("another county's towns and plain words are no body of a plan", CANGXI, "以马店、大子文为主体，以技术、品牌为核心。",
     ["马店", "大子文", "马店镇", "技术", "品牌"]),
    ("a town glued to a preposition is no bridge", ANPING, "以马店为主体，以大何庄为依托。", ["以马店", "以大何庄"]),
    ("generic squares are no works", "2021年河北省保定市政府工作报告", "利用城市公园、草坪广场建设健身场地，改造火车站广场和休闲广场。",
     ["草坪广场", "火车站广场", "休闲广场", "城市广场"]),
    ("a heritage site is taken whole", "2023年浙江省政府工作报告", "加强河姆渡遗址保护。", ["河姆渡"]),
    ("governments: a title line whose spaces were removed", "2015年山东省聊城市政府工作报告",
     "2015年1月9日在聊城市第十六届人民代表大会第四次会议上市人民政府市长各位代表：", ["会议上市人民政府", "上市人民政府"]),
    ("governments: a site's banner before a county government", "2019年河北省涞源县政府工作报告",
     "中国政府网涞源县人民政府发布。", ["中国政府网涞源县人民政府"]),
    ("organizations: the verb 请 of the opening formula", "2023年江西省南昌市青山湖区政府工作报告",
     "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协各位委员提出意见。", ["请区政协"]),
    ("organizations: 大院、大所 are kinds of institutes", "2022年浙江省宁波市政府工作报告", "加强与高校、大院、大所等合作。", ["大院", "大所"]),
    ("organizations: a descriptor is no part of the name", "2007年河北省政府工作报告",
     "引进世界500强企业华兴科技集团。", ["世界500强企业华兴科技集团", "企业华兴科技集团"]),
    ("organizations: a verb before a county's name is no place", "2021年甘肃省政府工作报告",
     "深化合作创新中心建设。", ["深化合作创新中心"]),
    ("organizations: a region's industry before a company's verb", "2023年陕西省宝鸡市政府工作报告",
     "全县汽车产值突破百亿，某某县汽车产业产值突破千亿。", ["全县汽车", "某某县汽车"]),
    ("organizations: a governing phrase before a company", "2019年河北省顺平县政府工作报告",
     "全力支持英华机械在沪市主板上市。", ["全力支持英华机械"]),
    ("governments: a place ending in a level character is no joint body", "2015年北京市通州区政府工作报告",
     "在市委、市政府和通州区委领导下。", ["州区委", "州委"]),
    ("governments: 县乡党委书记 are persons", "2019年河北省政府工作报告", "开展县乡党委书记擂台赛。", ["河北省乡党委", "乡党委", "县党委"]),
    ("governments: 区市党委 is two bodies, not one", "2022年宁夏回族自治区吴忠市利通区政府工作报告",
     "在区市党委、政府的坚强领导下。", ["区市党委", "利通区市党委", "宁夏回族自治区市党委"]),
    ("program: a kind of policy is no name", LIUYANG, "及时兑现助企纾困政策和奖扶政策，各项支农惠农政策落实到位。", ["助企纾困政策", "奖扶政策", "支农惠农政策"]),
    ("program: a division named like a common word is no region program", LIUYANG, "推进法治城区建设，实施健康惠民行动。", ["法治城区", "健康惠民"]),
    ("program: a region program needs the whole region name", "2020年宁夏回族自治区政府工作报告", "建设美丽新宁夏。", ["美丽新宁"]),
    ("program: counted lessons are no model", CANGXI, "总结“五条宝贵经验”。", ["五条宝贵经验"]),
    ("program: a certified label is no program", ANPING, "新认证“两品一标”农产品3个。", ["两品一标"]),
    ("program: a brand after 打造 is no framework", LIUYANG, "大力打造“花炮之乡”“烟花名城”。", ["花炮之乡", "烟花名城"]),
    ("program: 做好 before a non-program noun", CANGXI, "做好“山字号”文章。", ["山字号"]),
    ("program: a ranking after a numeral is no framework", ANPING, "3个项目获评全市“十佳项目”。", ["十佳项目"]),
    ("program: phrases under 打造 and a plain noun are a slogan", "2023年云南省大理州政府工作报告", "打造“吃、住、行、游”服务链。", ["吃、住、行、游"]),
    ("program: phrases under a guide cue with no program noun", "2024年江西省政府工作报告", "围绕“走在前、勇争先”持续发力。", ["走在前、勇争先"]),
    ("program: a second drafting verb is no part of the name", "2024年上海市政府工作报告", "制定出台自贸试验区提升战略实施方案。", ["出台自贸试验区提升战略", "出台自贸试验区提升战略实施方案"]),
    ("program: 实施好 keeps 好 out of the name", "2023年湖南省政府工作报告", "实施好省域现代职业教育新模式试点。", ["好省域现代职业教育新模式试点"]),
    ("program: a conjunction ends the object of 实施", "2022年四川省南充市政府工作报告", "实施绿化工程和城区建设提速行动。", ["绿化工程和城区建设提速行动", "工程和城区建设提速行动"]),
    ("program: a verb before a bare reform names no field", "2015年广东省深圳市政府工作报告", "找准改革突破口，力促改革落地。", ["找准改革", "力促改革"]),
    ("program: a determiner before a bare reform names no field", "1988年国务院政府工作报告", "整个改革必须统筹安排，当前改革的重点是企业。", ["整个改革", "当前改革"]),
    ("program: a planned quantity is no program", "1958年国务院政府工作报告", "粮食产量计划达到三千八百亿斤，耕地总面积计划达到十六亿亩。", ["粮食产量计划", "耕地总面积计划"]),
    ("program: 计划 as the verb plans to", "2019年广东省深圳市宝安区政府工作报告", "空港新城计划投资120亿元，区级产业引导基金计划投入2.6亿元。", ["空港新城计划", "产业引导基金计划", "基金计划"]),
    ("program: phrases joined by 、 qualifying a longer noun", "2020年广东省深圳市宝安区政府工作报告", "落实“防查结合、以防为主”工作新模式。", ["防查结合、以防为主"]),
    ("program: a bare 实施方案 names no program (Hebei)", "2020年某某县政府工作报告", "制定实施方案，明确责任分工。", ["实施方案"]),
    ("program: a quoted follow-up check is generic (Sichuan)", "2023年某某县政府工作报告", "全覆盖开展一轮“回头看”、两轮集中排查。", ["回头看"]),
    ("lists: an item unlike the program's head takes no suffix (Hebei)", "2000年某某市政府工作报告", "推广模式化栽培、塑料薄膜覆盖、耕作制度改革。", ["薄膜覆盖改革", "塑料薄膜覆盖改革"]),
    ("program: 战略 as a modifier of 使命 is no strategy (Guizhou)", "2025年某某省政府工作报告", "建立国有企业履行战略使命评价制度。", ["国有企业履行战略"]),
    ("program: 战略 as a modifier of 主动 or 布局 (Shenzhen)", "2024年某某区政府工作报告", "在激烈竞争中赢得战略主动，优化国有经济战略布局。", ["激烈竞争中赢得战略", "赢得战略", "国有经济战略"]),
    ("program: a firm's 战略投资 is no strategy (Hebei)", "2019年某某县政府工作报告", "引进中建材战略投资，推动某某集团战略重组。", ["中建材战略", "某某集团战略"]),
    ("program: phrases joined by 、 before 建设 with no implementing verb", "2022年江西省政府工作报告", "“山水相依、城乡相融”建设成效明显。", ["山水相依、城乡相融"]),
    ("program: phrases joined by 、 with no implementing verb", "2022年广东省政府工作报告", "学习运用“千村引领、万村升级”工程经验。", ["千村引领、万村升级"]),
    ("program: works counted by 宗 are a kind, no name", "2016年广东省政府工作报告", "完成50宗中小河流治理工程，推进33宗重大产业项目。", ["50宗中小河流治理工程", "中小河流治理工程", "33宗重大产业项目"]),
    ("suffixed: 整治 of a kind of thing, no named site, is no entity", "2024年山东省聊城市政府工作报告",
     "抓好农村垃圾整治、厕所改造，常态化开展燃气、消防等领域风险隐患排查整治。", ["垃圾整治", "农村垃圾整治", "风险隐患排查整治", "隐患排查整治"]),
    ("suffixed: a word that is only a town's short form names no site before 整治", "2023年浙江省政府工作报告",
     "完善安全生产风险排查整治机制，推进治安整治。", ["安全生产风险排查整治", "治安整治"]),
    ("suffixed: 整治 of a kind of place, no named site, is no entity", "2021年湖北省襄阳市政府工作报告",
     "推进市容环境整治和重污染河流整治。", ["市容环境整治", "重污染河流整治"]),
    ("suffixed: works counted by 件 are a kind, no name", "2024年云南省政府工作报告", "办好10件惠民工程和12件品质民生项目，开工5件大中型水库。",
     ["10件惠民工程", "惠民工程", "12件品质民生项目", "5件大中型水库"]),
    ("suffixed: reform of key links in general names no reform", "2023年江苏省政府工作报告",
     "持续深化重点领域和关键环节改革，补齐薄弱环节改革短板。", ["关键环节改革", "环节改革", "薄弱环节改革"]),
    ("quoted: a suffix joined to 等 ends no project name", "2023年广东省深圳市政府工作报告", "推进滨江公园、“智造＋”未来科技城等项目建设。",
     ["智造＋未来科技城等项目", "“智造＋”未来科技城等项目"]),
    ("built: a generic facility after a word of aim is no project", "2016年河南省驻马店市政府工作报告", "确保残疾人康复中心建成投用。", ["残疾人康复中心"]),
    ("suffixed: a link road of common words is no project", "2021年河北省保定市政府工作报告", "完善高铁连接线和公路连接线建设。", ["高铁连接线", "公路连接线"]),
    ("suffixed: a list's count of highways stays out of the names", "2026年辽宁省政府工作报告", "丹锡、阜朝、营盘3条高速提前建成通车。",
     ["营盘3条高速", "阜朝3条高速"]),
    ("list: a kind of work before a road names no road", "2012年广东省政府工作报告", "加快推进地铁、盐坝高速公路建设。", ["地铁高速公路"]),
    ("list: a road's name opening a longer name is not shared", "2012年河北省保定市徐水县政府工作报告",
     "福和物流、马庄铁路物流园加快推进。", ["福和物流铁路"]),
    ("list: a year or a voltage opening a project item is no name", "2016年广东省深圳市宝安区政府工作报告",
     "建成12座22万伏等级以上变电站，2019年甲兴、乙顺等总部项目落成使用。", ["22万伏", "2019年甲兴", "12座22万伏"]),
    ("built: a name is not opened by 建成区", "2019年广东省深圳市盐田区政府工作报告", "建成区妇幼保健院等2个机械式立体停车库。",
     ["建成区妇幼保健院"]),
    ("suffixed: projects of a kind of investor or industry are no project", "2023年广东省深圳市光明区政府工作报告",
     "引进世界500强项目6个、上市公司项目12个，积极引进先进制造业项目和重大外资项目。",
     ["世界500强项目", "上市公司项目", "先进制造业项目", "重大外资项目", "外资项目"]),
    ("program: a bare verb and a span name no campaign", "2016年河北省保定市容城县政府工作报告", "道路改造和整治三年行动全面完成。", ["整治三年行动"]),
    ("suffixed: 实施 a kind of 工程 names no program", "2018年江西省政府工作报告", "实施示范工程，实施一批重点工程，实施好十项民心工程。",
     ["示范工程", "重点工程", "民心工程", "十项民心工程"]),
    ("suffixed: counts of roads, problems and measures are no policy package", "2016年河南省驻马店市政府工作报告",
     "实施雪松大道等10条道路改造，落实解决1109条，制定整改措施12条，发布政务微博778条，制定出台20条。",
     ["雪松大道等10条", "解决1109条", "整改措施12条", "政务微博778条", "出台20条"]),
    ("suffixed: a span or a key year is no drive", "2015年河北省政府工作报告", "今年是深化改革的关键之年，也是推进的五年，实施帮扶青年。",
     ["深化改革的关键之年", "关键之年", "的五年", "帮扶青年"]),
    ("quoted: phrases joined by 、 that qualify a requirement are no program", "2020年山东省政府工作报告",
     "落实“谁主管、谁负责”的要求，落实“管行业、管业务”要求落实到工作中。", ["谁主管、谁负责", "管行业、管业务"]),
    ("quoted: a hotline number or a year is no program code", "2021年广东省深圳市政府工作报告", "开通“12345”热线，实施“2025”行动。",
     ["12345", "2025"]),
    ("suffixed: 办 after how a matter is handled is no office", "2024年贵州省政府工作报告",
     "推行政务服务一窗通办、跨省通办，推动民意速办、网上可办，完善诉求闭环处办机制。", ["一窗通办", "民意速办", "网上可办", "闭环处办", "诉求闭环处办"]),
    ("places: a town or belt of a kind is no place", "2018年河北省政府工作报告",
     "打造一批特色小镇，建设美丽小镇，发展高新技术产业带和先进装备制造产业带。", ["特色小镇", "美丽小镇", "高新技术产业带", "先进装备制造产业带"]),
    ("list: fields before an institutions head are no organizations", "2025年山东省政府工作报告",
     "积极引进保险、证券、风投等机构，科创、金融等服务机构超过380家，加强粉尘涉爆、有限空间等重点单位管理。",
     ["保险", "证券", "风投", "科创", "金融", "粉尘涉爆", "有限空间"]),
    ("places: a verb of building before a zone is no part of its name", "2019年广东省政府工作报告",
     "出台支持深圳建设先行示范区若干重大措施，深化国际合作示范区建设。", ["深圳建设先行示范区", "国际合作示范区"]),
    ("known: a county name ending a slogan is no county", "2023年山东省聊城市高唐县政府工作报告",
     "聚焦产业兴县，按照工业兴县的思路，实施开放兴县、科教兴县战略，坚持强工富县。", ["兴县", "富县"]),
    ("list: a quality of the cooperation is no partner", "1987年国务院政府工作报告",
     "我国同世界各国的友好合作关系得到进一步的巩固和发展。", ["友好", "友好合作"]),
    ("suffixed: bare street offices are a generic reference", "2017年广东省深圳市福田区政府工作报告", "城管局牵头，各街道办协助办理。", ["街道办"]),
    ("coordination: a word before a level's body shares no body", "2015年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "在自治区党委正确领导、自治区人大监督支持下推进工作。", ["领导人大", "领导"]),
    ("coordination: a village or a body of its own before a class word shares none", "2022年河南省驻马店市政府工作报告",
     "完成东岭村、西山林场改造，加强与市二院、市中医院合作，由某某研究促进会、市人民政府共同主办。",
     ["东岭村林场", "市二院中医院", "驻马店市二院中医院", "促进会人民政府"]),
    ("project: a field of a kind of base names no base", "2024年江苏省政府工作报告",
     "打造一批创业孵化基地和技术研发基地，全年引进入园项目20个。", ["创业孵化基地", "技术研发基地", "入园项目"]),
    ("project: an aim or a fund of a kind of project names none", "2022年广东省深圳市罗湖区政府工作报告",
     "实施人才安居项目和土地整备项目，争取地方政府专项债券项目。", ["人才安居项目", "土地整备项目", "地方政府专项债券项目"]),
    ("quoted: a quoted sentence is a slogan, no program", "2022年河北省保定市政府工作报告",
     "努力在“产业协同上走在前列”，让“园区成为创新高地”。", ["产业协同上走在前列", "园区成为创新高地"]),
    ("program: a verb before a reform is no part of its name", "2005年河南省驻马店市政府工作报告", "妥善解决农村税费改革后出现的新问题。", ["妥善解决农村税费改革", "解决农村税费改革"]),
    ("list: kinds of bodies in a list of bodies name none", "2022年天津市政府工作报告", "引导科研单位、金融等机构参与建设。", ["科研单位", "金融"]),
    ("quoted: problems and ideas named by a count are no program", "2021年广东省深圳市宝安区政府工作报告",
     "正视发展面临的“三大差距”，严控“三公经费”，传播“十大观念”。", ["三大差距", "三公经费", "十大观念"]),
    ("quoted: a fair or the two sessions are events", "2019年河北省保定市政府工作报告", "办好“农博会”，做好全国“两会”期间安保。", ["农博会", "两会"]),
    ("project: a kind of supply work or complex names none", "2021年河北省保定市博野县政府工作报告",
     "实施配水管网延伸工程，全市首个养老助残服务综合体开业运营。", ["配水管网延伸工程", "养老助残服务综合体"]),
    ("project: a kind of renewal or cold-chain project names none", "2010年广东省深圳市盐田区政府工作报告",
     "城中村改造项目稳步推进，实施农产品冷链仓储项目。", ["城中村改造项目", "农产品冷链仓储项目"]),
    ("list: certification labels in a list of firms name no firm", "2025年广东省深圳市政府工作报告",
     "支持瞪羚、独角兽等高成长性企业领跑新赛道。", ["瞪羚", "独角兽"]),
    ("organization: microcredit firms in general are a kind", "2022年河北省保定市蠡县政府工作报告", "加强小贷公司、投融资公司监测预警。", ["小贷公司", "投融资公司"]),
    ("project: solid-waste, trade and prefab kinds name no project", "2021年广东省深圳市光明区政府工作报告",
     "固废综合利用项目开工，外贸产业园加快建设，装配式钢结构基地投产。", ["固废综合利用项目", "外贸产业园", "装配式钢结构基地"]),
    ("organization: a large holding group is a kind, no body", "2008年广东省深圳市政府工作报告", "培育大型金融控股集团。", ["大型金融控股集团"]),
    ("program: a plan's quota is no program", "2007年广东省深圳市政府工作报告",
     "严格执行国家下达的土地利用年度计划，投资额与上年计划持平。", ["土地利用年度计划", "上年计划"]),
    ("organization: 历届 opens no body's name", "2011年河北省保定市徐水县政府工作报告", "在历届县委的正确领导下，我们顶住了压力。", ["历届县委"]),
    ("organization: a world-class university is an aim, no body", "2021年广东省深圳市政府工作报告", "支持本地高校创建世界一流创新型大学。", ["世界一流创新型大学"]),
    ("program: inviting investment in general is no campaign", "2005年河南省驻马店市政府工作报告",
     "开展有针对性的招商引资活动，完善招商引资责任制。", ["招商引资活动", "招商引资责任制"]),
    ("known: a city named in an agreement or a round of talks is no place of the report", "2016年国务院政府工作报告",
     "落实巴黎协定，推动多哈回合谈判。", ["巴黎", "多哈"]),
    ("known: a county name that is also an adjective, before a noun", "2025年广东省政府工作报告",
     "拓展东盟、中亚等新兴市场，培育新兴产业。", ["新兴", "新兴县"]),
    ("suffixed: common words ending like a river and lakes inside other names are no rivers", "2023年广东省深圳市政府工作报告",
     "加强大江大河大湖治理，落实巡河、护河责任，推进香蜜湖片区建设，办好西丽湖论坛，保护江河湖泊。",
     ["大湖", "巡河", "护河", "香蜜湖", "西丽湖", "江河"]),
    ("known: a county's short name that is an ordinary word in a list of words is no county", "2024年广东省深圳市龙岗区政府工作报告",
     "坚持民主、和平、发展，推动协调、绿色、开放。", ["和平", "和平县"]),
    ("known: a lake's name and its side are no province", "2022年河北省保定市涞源县政府工作报告", "完成涞源湖南侧污水管网建设。",
     ["湖南", "湖南省"]),
    ("known: a district written out names no town called after it", "2020年河北省保定市阜平县政府工作报告",
     "与北京市西城区深入对接。", ["西城区街道"]),
    ("suffixed: kinds of villages and communities in lists are no places", "2022年广东省深圳市龙华区政府工作报告",
     "推动城中村、城边村改造，建设开源社区、创业社区，提升城镇和农村住房，推进文化艺术进社区、进农村，实施搬迁保留村、改造提升村整体打造。",
     ["城边村", "开源社区", "创业社区", "和农村", "进农村", "改造提升村", "城中村"]),
    ("suffixed: a hospital's grade is no hospital, a verb of punishing or showing opens no name", "2021年广东省深圳市罗湖区政府工作报告",
     "区妇保院挂牌市三级妇幼保健院，严肃查处银行、证券等机构违规行为，更加凸显雄安新区的作用。",
     ["深圳市三级妇幼保健院", "市三级妇幼保健院", "严肃查处银行", "凸显雄安新区"]),
    ("government: a special administrative region's government is no district government", "2002年国务院政府工作报告",
     "中央政府将继续全力支持香港、澳门两个特别行政区政府依法施政。", ["区政府"]),
    ("generic: kinds of partners are no organizations", "2003年河南省驻马店市政府工作报告",
     "加强同明星企业、大专院校、科研院校的联合与合作。", ["明星企业", "大专院校"]),
    ("list: a kind or a word beside a group or a generic firm is no firm", "2016年广东省深圳市龙岗区政府工作报告",
     "引进央企总部以及上市、拟上市公司，支持本地企业、河钢集团发展，改造交通局家属楼、农行家属楼。",
     ["上市", "本地企业", "交通局家属楼"]),
    ("suffixed: the tail of a river's name jieba cut off is no river", "2005年河南省驻马店市政府工作报告", "推进小洪河、大洪河治理。",
     ["洪河"]),
    ("quoted: quoted formats before 等方式, 形式, 手段 are ways of working, no programs", "2024年四川省南充市政府工作报告",
     "鼓励商户通过“直播带货”“到店自提”等方式拓展销售，采取“先租后让”形式供地，综合运用“双随机”手段加强监管。",
     ["直播带货", "到店自提", "先租后让", "双随机"]),
    ("quoted: a quoted pair of plus formats before 等形式 is no program", "2023年湖北省宜昌市政府工作报告",
     "引导企业以“总部+基地”“研发+生产”等形式布局产业链。", ["总部+基地", "研发+生产"]),
    ("quoted: behaviour to correct, abandon or curb is no program", "2022年江西省赣州市政府工作报告",
     "坚决纠正“躺平式干部”，彻底摒弃“等靠要”，坚决遏制“两高”项目盲目发展。", ["躺平式干部", "等靠要", "两高"]),
    ("quoted: books, films and songs in 《》 are no programs", "2024年云南省大理白族自治州政府工作报告",
     "推出《苍山长歌》《洱海月色》等一批文艺精品，电视剧《茶马古道》热播。", ["苍山长歌", "洱海月色", "茶马古道"]),
    ("suffixed: a verb on a bare plan names no plan", "2019年黑龙江省哈尔滨市政府工作报告",
     "全年投资超过省里下达计划3个百分点，各地要理顺计划、财政之间的关系，坚决维护国家计划的严肃性。",
     ["下达计划", "理顺计划", "维护国家计划"]),
    ("quoted: a grade before a hospital is no program", "2023年甘肃省天水市政府工作报告",
     "支持市中医医院创建“三甲”综合医院，推动县人民医院创建“三甲”医院。", ["三甲"]),
]


@pytest.mark.parametrize("title,body,sites", [
    ("2019年广东省深圳市龙岗区政府工作报告", "推进坂田、横岗、坪地等街道文体设施项目建设。", ["坂田", "横岗", "坪地"]),
    ("2022年河北省保定市满城区政府工作报告", "加快神星、方顺桥等乡镇综合文化站项目建设。", ["神星", "方顺桥"]),
])
def test_places_listed_before_a_kind_of_works_are_no_projects(title: str, body: str, sites: list[str]) -> None:
    projects = {n for c, n in names(run(title, body)) if c == "Project"}
    assert not any(site in p for site in sites for p in projects), projects


@pytest.mark.parametrize("body,place", [
    ("与前海、南山、宝安、河套等地合作推进旅游线路互通。", "宝安"),
    ("支持在高新区、产业园、专业镇设立科技支行等科技金融机构。", "高新区"),
])
def test_places_in_an_organization_list_are_no_organizations(body: str, place: str) -> None:
    got = names(run("2025年广东省深圳市大鹏新区政府工作报告", body))
    assert ("Organization", place) not in got


def test_a_division_inside_a_division_in_a_partner_list_is_no_organization() -> None:
    got = names(run("2018年广东省深圳市南山区政府工作报告", "深化与哈尔滨南岗区对口合作。"))
    assert ("Place", "哈尔滨南岗区") in got and ("Organization", "哈尔滨南岗区") not in got


def test_works_on_an_unnamed_site_are_no_construction_work() -> None:
    got = entities(run("2020年河北省保定市清苑区政府工作报告", "完成城区集中供热工程和源头治理工程。"))
    assert not {n for c, n in got if c == "Project"} & {"城区集中供热工程", "源头治理工程"}, got


@pytest.mark.parametrize("case,title,body,absent", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_entity_not_found(case: str, title: str, body: str, absent: list[str]) -> None:
    got = {n for _, n in names(run(title, body))}
    for name in absent:
        assert name not in got, f"{case}: {name} extracted"


#: A bare item of a project list whose head noun is a kind of work (高速公路, 水库, 高铁) takes the
#: head into its label and keeps the bare form as an alias; an item that names a facility of its
#: own (某某南站, 某某二通道) or a kind after the head (城际铁路) takes nothing.
LIST_HEAD_JOINS = [
    ("an X至Y route before 等高速公路", "2024年江西省政府工作报告", "建成安远至定南、遂川至大余等高速公路，新增里程300公里。",
     [("安远至定南高速公路", "安远至定南"), ("遂川至大余高速公路", "遂川至大余")], []),
    ("reservoirs before 等大型水库", "2025年湖南省政府工作报告", "加快建设犬木塘、毛俊等大型水库，推进灌区现代化改造。",
     [("毛俊水库", "毛俊")], []),
    ("a head before a counted 项目", "2023年甘肃省政府工作报告", "推进平凉至庆阳、天水至陇南等5个铁路项目建设。",
     [("平凉至庆阳铁路", "平凉至庆阳"), ("天水至陇南铁路", "天水至陇南")], []),
    ("short rail names before 等高铁", "2026年河南省政府工作报告", "加快推进濮潢、商信等高铁建设。",
     [("濮潢高铁", "濮潢"), ("商信高铁", "商信")], []),
    ("a station or a corridor keeps its own name", "2025年广西壮族自治区政府工作报告", "加快推进柳州东站、钦州至防城港二通道等高铁项目。",
     [], ["柳州东站高铁", "钦州至防城港二通道高铁"]),
    ("a kind after the head is no part of the name", "2022年广东省政府工作报告", "推进深惠、穗莞等城际铁路建设。",
     [], ["深惠铁路", "穗莞铁路"]),
]


@pytest.mark.parametrize("case,title,body,joined,absent", LIST_HEAD_JOINS, ids=[c[0] for c in LIST_HEAD_JOINS])
def test_list_head_joins_a_bare_item(case: str, title: str, body: str, joined: list[tuple[str, str]], absent: list[str]) -> None:
    rg = run(title, body)
    projects = {e.label: e.alt_labels for e in rg.entities if e.cls.value == "Project"}
    for label, alias in joined:
        assert label in projects, f"{case}: {label} not in {sorted(projects)}"
        assert alias in projects[label], f"{case}: {alias} not an alias of {label}"
    got = {n for _, n in names(rg)}
    for name in absent:
        assert name not in got, f"{case}: {name} extracted"


#: Report titles that name the issuer after its enclosing divisions, and the issuer's label.
ISSUER_TITLES = [
    ("(上海市)上海市闵行区人民政府工作报告", "现在，我代表区人民政府向大会报告工作。", "闵行区人民政府", "上海市闵行区人民政府"),
    ("(广西)桂林市临桂区人民政府工作报告", "临桂区人民政府坚持依法行政。", "临桂区人民政府", "桂林市临桂区人民政府"),
    ("2021年四川省成都市武侯区人民政府工作报告", "四川省成都市武侯区人民政府全面落实。", "武侯区人民政府", "四川省成都市武侯区人民政府"),
]


@pytest.mark.parametrize("title,body,issuer,full", ISSUER_TITLES, ids=[t[0] for t in ISSUER_TITLES])
def test_issuer_named_with_its_parents_is_one_node(title: str, body: str, issuer: str, full: str) -> None:
    """(上海市)上海市闵行区人民政府: the issuer itself, not a second government."""
    rg = run(title, title + "。" + body)
    governments = [e for e in rg.entities if e.label.endswith("人民政府") and issuer in (e.label, *e.alt_labels, full)]
    assert [e.label for e in governments] == [issuer]
    assert full in governments[0].alt_labels


# ---------------------------------------------------------------- relations

RELATIONS = [
    ("receivedHonor, companies entering a ranking", "2021年湖南省政府工作报告", "华菱钢铁、三一重工进入全省制造业纳税前50强。",
     ("receivedHonor", "三一重工", "全省制造业纳税前50强")),
    ("implements, issuer", LIUYANG, "深入实施乡村振兴战略。", ("implements", "@issuer", "乡村振兴战略")),
    ("implements, a quoted policy whose pace is quickened", "2009年河北省政府工作报告", "加快“退二进三”步伐，优化城市布局。", ("implements", "@issuer", "退二进三")),
    ("implements, a reform that takes a step", "2026年甘肃省政府工作报告", "数据要素市场化配置改革迈出关键步伐。", ("implements", "@issuer", "数据要素市场化配置改革")),
    ("implements, a quoted policy in a field", "2023年山东省高唐县政府工作报告", "加快制造业“智改数转”步伐。", ("implements", "@issuer", "智改数转")),
    ("implements, 完善提升 a system", "2023年广东省深圳市龙岗区政府工作报告", "完善提升“链长制”，壮大产业集群。", ("implements", "@issuer", "链长制")),
    ("implements, 坚持和发展 a model", "2023年青海省政府工作报告", "坚持和发展新时代“枫桥经验”，完善社会治理体系。", ("implements", "@issuer", "枫桥经验")),
    ("implements, 坚持和发展 two models", "2024年广东省深圳市龙岗区政府工作报告", "坚持和发展新时代“枫桥经验”、“浦江经验”。", ("implements", "@issuer", "浦江经验")),
    ("implements, explicit subject", LIUYANG, "浏阳高新区全面推行“标准地”改革。", ("implements", "浏阳高新区", "标准地")),
    ("builds, issuer", CANGXI, "西外环快速路建成通车。", ("builds", "@issuer", "西外环快速路")),
    ("builds, explicit subject", LIUYANG, "浏阳经开区引进三一重工智能制造项目。", ("builds", "浏阳经开区", "三一重工智能制造项目")),
    ("builds, a facility with no class suffix", "2025年湖南省政府工作报告", "岳阳虞公港一期建成运行。", ("builds", "@issuer", "岳阳虞公港一期")),
    ("builds, projects under construction (在建)", "2018年河南省驻马店市政府工作报告",
     "对华瑞电缆、泌阳嫘祖服装城等一批在建重点项目，要加快建设进度。", ("builds", "@issuer", "泌阳嫘祖服装城")),
    ("builds, projects whose building goes well (进展顺利)", "2010年广东省深圳市政府工作报告",
     "盐田高速、南澳快速路二期、清龙路等工程进展顺利。", ("builds", "@issuer", "南澳快速路二期")),
    ("builds, a flood-control work under way", "2025年宁夏回族自治区政府工作报告", "贺兰山东麓防洪治理工程加快推进。",
     ("builds", "@issuer", "贺兰山东麓防洪治理工程")),
    ("cooperates, issuer", LIUYANG, "与中南大学签订战略合作协议。", ("cooperatesWith", "@issuer", "中南大学")),
    ("cooperates, explicit subject", LIUYANG, "浏阳高新区与华为公司共建数字经济产业园。", ("cooperatesWith", "浏阳高新区", "华为公司")),
    ("honor, issuer", ANPING, "成功创建国家园林县城。", ("receivedHonor", "@issuer", "国家园林县城")),
    ("honor, issuer after a streak of times", ANPING, "连续第六次获“全国双拥模范城”称号。", ("receivedHonor", "@issuer", "全国双拥模范城")),
    ("honor, villages listed before the cue", "2022年浙江省安吉县政府工作报告", "枫林村、石门村成功入选省级乡村旅游重点村。",
     ("receivedHonor", "石门村", "省级乡村旅游重点村")),
    ("honor, firms listed before 分别荣获", "2023年江苏省常州市政府工作报告", "恒润重工、汇丰机械分别荣获省长质量奖。",
     ("receivedHonor", "恒润重工", "省长质量奖")),
    ("honor, a company opening the clause", "2019年广东省深圳市大鹏新区政府工作报告", "东湾核电运营公司荣获全国质量奖。",
     ("receivedHonor", "东湾核电运营公司", "全国质量奖")),
    ("honor, a field of the issuer's work", ANPING, "计生工作连续三年被评为全市先进县。",
     ("receivedHonor", "@issuer", "全市先进县")),
    ("honor, a title naming two topics with 和", "2021年安徽省池州市政府工作报告", "成功创建国家文化和科技融合示范基地。",
     ("receivedHonor", "@issuer", "国家文化和科技融合示范基地")),
    ("cooperates, counties by short form after their city", "2017年广东省深圳市坪山新区政府工作报告", "落实河源紫金、百色凌云对口支援。",
     ("cooperatesWith", "@issuer", "凌云县")),
    ("cooperates, places listed before 对口支援", "2019年江苏省苏州市政府工作报告", "认真做好西藏林周县、新疆阿图什市对口支援工作。",
     ("cooperatesWith", "@issuer", "阿图什市")),
    ("honor, explicit subject", CANGXI, "县人民医院获评国家级胸痛中心示范单位。", ("receivedHonor", "苍溪县人民医院", "国家级胸痛中心示范单位")),
    ("located in, bracketed province", LIUYANG, "(湖南省)浏阳市持续推进城市更新。", ("locatedIn", "浏阳市", "湖南省")),
    ("implements a five-year plan, post-posed", ANPING, "“十一五”规划圆满收官，“十二五”规划顺利实施。", ("implements", "@issuer", "十二五规划")),
    ("implements a five-year plan, 落实", LIUYANG, "全面落实“十二五”规划。", ("implements", "@issuer", "十二五规划")),
    ("implements a 计划 of the 1990s", "2005年河南省驻马店市政府工作报告", "今年是全面实施“十五”计划的最后一年。", ("implements", "@issuer", "十五计划")),
    ("implements, 做好…工作", CANGXI, "扎实做好“两保两促”工作。", ("implements", "@issuer", "两保两促")),
    ("implements, 按照 a work framework", ANPING, "按照“二一三四”工作思路，狠抓落实。", ("implements", "@issuer", "二一三四")),
    ("implements, 构建 a numbered framework", LIUYANG, '着力构建"一核两翼"城市中心体系。', ("implements", "@issuer", "一核两翼")),
    ("implements, 融入 a higher framework", CANGXI, "积极融入全省“五廊三区一中心”建设。", ("implements", "@issuer", "五廊三区一中心")),
    ("implements, 锚定 a target", "2022年江西省赣州市政府工作报告", "锚定“两区一城”目标，奋力争先。", ("implements", "@issuer", "两区一城")),
]


def test_a_district_that_ends_in_a_lake_names_no_lake() -> None:
    got = entities(run("2021年广东省深圳市罗湖区政府工作报告", "推进健康罗湖建设。"))
    assert ("Program", "健康罗湖") in got
    assert not [n for c, n in got if c == "Place" and n.startswith("健康")]


def test_a_plan_drawn_up_is_not_implemented() -> None:
    rg = run(LIUYANG, "编制完成《浏阳河生态保护总体规划》。")
    assert ("Program", "浏阳河生态保护总体规划") in entities(rg)
    assert not [r for r in relations(rg) if r[0] == "implements"]


@pytest.mark.parametrize(
    "body",
    ["高质量完成“十二五”规划目标任务。", "今年是实现“十二五”规划目标任务的关键之年。", "编制“十二五”规划。"],
)
def test_a_five_year_plan_is_implemented_only_by_carrying_it_out(body: str) -> None:
    rg = run(LIUYANG, body)
    assert ("Program", "十二五规划") in entities(rg)
    assert not [r for r in relations(rg) if r[0] == "implements"], body


#: Relations a sentence does not state, each with an entity the rules must still find there.
NOT_RELATIONS = [
    ("receivedHonor: a company's founder is a person, no holder", "2015年广东省深圳市政府工作报告",
     "某某科技创始人汪某、某某副总裁张某入选《福布斯》“2014中美十大创新人物”。", "2014中美十大创新人物", ("receivedHonor", "某某科技创始人汪某", "2014中美十大创新人物")),
    ("receivedHonor: an academician's team is no entity", "2019年吉林省政府工作报告", "李某院士团队荣获国家科学技术进步奖一等奖。",
     "国家科学技术进步奖一等奖", ("receivedHonor", "李某院士团队", "国家科学技术进步奖一等奖")),
    ("locatedIn: an honor title's province prefix contains nothing", "2022年山东省聊城市高唐县政府工作报告",
     "某某书画小镇获评山东省服务业特色小镇培育单位。", "山东省服务业特色小镇培育单位", ("locatedIn", "山东省服务业特色小镇", "山东省")),
    ("receivedHonor: an academician is a person", "2023年广东省深圳市光明区政府工作报告", "颜某院士获世界杰出女科学家成就奖。",
     "世界杰出女科学家成就奖", ("receivedHonor", "颜某院士", "世界杰出女科学家成就奖")),
]


@pytest.mark.parametrize("case,title,body,kept,absent", NOT_RELATIONS, ids=[r[0] for r in NOT_RELATIONS])
def test_relation_not_stated(case: str, title: str, body: str, kept: str, absent: tuple[str, str, str]) -> None:
    rg = run(title, body)
    assert absent not in relations(rg), f"{case}: {absent} extracted"
    assert absent[1] not in {label for _, label in names(rg)}, f"{case}: {absent[1]} is an entity"
    if kept:
        assert kept in {label for _, label in names(rg)}, f"{case}: {kept} not found"


@pytest.mark.parametrize("case,title,body,expected", RELATIONS, ids=[c[0] for c in RELATIONS])
def test_relation(case: str, title: str, body: str, expected: tuple[str, str, str]) -> None:
    rg = run(title, body)
    issuer_org = rg.document.meta.issuer
    issuer_labels = {e.label for e in rg.entities if e.label == issuer_org or e.division_code and e.label in issuer_org}
    kind, subject, obj = expected
    got = relations(rg)
    subjects = issuer_labels if subject == "@issuer" else {subject}
    assert any((kind, s, obj) in got for s in subjects), f"{case}: {expected} not in {sorted(got)}"


def test_national_bodies_in_a_national_report() -> None:
    """人大常委会 in a State Council report is 全国人大常委会; 同级人大 is no body."""
    rg = run("政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n国务院总理", "国务院提请全国人大常委会审议法律议案11件。依法接受同级人大的监督。")
    labels = entities(rg)
    assert ("Organization", "全国人大常委会") in labels
    assert not any("同级" in label for _, label in labels)


def test_a_river_keeps_its_own_label() -> None:
    got = entities(run("2023年广东省深圳市盐田区政府工作报告", "完成盐田河综合治理。"))
    assert ("Place", "盐田河") in got and ("Place", "盐田河镇") not in got


def test_kinds_in_quotes_are_no_title() -> None:
    assert ("Honor", "五类村庄") not in entities(run(CANGXI, "合理划分“五类村庄”。"))


def test_counted_works_hold_no_honor() -> None:
    """12件作品获…奖: a count of works is no holder."""
    rg = run(LIUYANG, "12件作品获全省五个一工程奖。")
    assert not [r for r in relations(rg) if r[0] == "receivedHonor" and "作品" in r[1]]
    assert not any("作品" in e.label for e in rg.entities)


def test_counted_holders_get_no_relation() -> None:
    """4家企业获省科技进步奖: the holders are not named, so the issuer holds nothing."""
    rg = run(CANGXI, "4家企业获省科技进步奖。")
    assert not [r for r in relations(rg) if r[0] == "receivedHonor"]


# ---------------------------------------------------------------- indicators

INDICATORS = [
    ("a compound unit of days", "不动产登记压缩至3个工作日。", 3, "个工作日", False),
    ("months, not 个", "用4个月完成全部征收。", 4, "个月", False),
    ("批次 whole", "组织企业对接活动56批次。", 56, "批次", False),
    ("trains", "中欧班列开行1860列。", 1860, "列", False),
    ("cases", "破获电信诈骗案件860起。", 860, "起", False),
    ("a price per unit", "一般工商业电价下降2分/千瓦时。", 2, "分/千瓦时", False),
    ("a bare scale word", "带动社会投资超千亿元。", 100000000000, "元", True),
    ("万 scaling", "新增就业1.2万人。", 12000, "人", False),
    ("亿元 to 元", "一般公共预算收入完成45.6亿元。", 4560000000, "元", False),
    ("万元 to 元", "实现税收3500万元。", 35000000, "元", False),
    ("余 approximate", "引进人才3000余名。", 3000, "名", True),
    ("多 approximate", "建成5G基站200多个。", 200, "个", True),
    ("多 before the scale", "缓税缓费7500多亿元。", 750000000000, "元", True),
    ("左右 approximate, percent", "全社会用电量增长8.5%左右。", 8.5, "%", True),
    ("percentage points", "城镇调查失业率下降0.3个百分点。", 0.3, "个百分点", False),
    ("Chinese numerals", "新建学校十二所。", 12, "所", False),
    ("斤 and 亿", "粮食产量60.5亿斤。", 6050000000, "斤", False),
    ("a unit per unit", "PM2.5年均浓度降至28微克/立方米。", 28, "微克/立方米", False),
]


def _indicators(text: str):  # type: ignore[no-untyped-def]
    return extract_indicators([Sentence(index=0, section=0, start=0, end=len(text), text=text)])


@pytest.mark.parametrize("case,text,value,unit,approx", INDICATORS, ids=[c[0] for c in INDICATORS])
def test_indicator(case: str, text: str, value: float, unit: str, approx: bool) -> None:
    got = [(i.value, i.unit, i.approximate) for i in _indicators(text)]
    assert any(abs(v - value) <= 1e-6 * max(1, value) and u == unit and a == approx for v, u, a in got), f"{case}: {got}"


NOT_INDICATORS = [
    ("a year", "2023年以来，经济持续恢复。"),
    ("a date", "2024年1月18日召开全会。"),
    ("an ordinal", "经济总量保持全国第3位。"),
    ("a congress number", "按照十四届人大二次会议部署。"),
    ("a range", "力争用2至3年时间完成改造，每年新增3-5个。"),
    ("a month span", "1-2月工业用电量回升。"),
    ("a plan period in quotes", "“十四五”规划目标任务全面完成。"),
    ("a project phase", "外环高速二期建成通车。"),
    ("a count inside a policy name", "出台稳经济47条。"),
    ("a footnote mark", "开发区〔12〕建设提速。"),
]


@pytest.mark.parametrize("case,text", NOT_INDICATORS, ids=[c[0] for c in NOT_INDICATORS])
def test_not_indicator(case: str, text: str) -> None:
    assert _indicators(text) == [], case


# ---------------------------------------------------------------- scores against gold


@lru_cache(maxsize=1)
def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("kgreport_eval_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(text_path: Path, gold_path: Path, tmp_path: Path) -> dict:
    from kgreport.read import reader as read
    from kgreport.build.stages import extract

    rg = extract(read.read_document(text_path))
    graph = tmp_path / f"{text_path.stem}.ttl"
    rdf.merged_graph([(text_path.stem, rg)]).serialize(graph, format="turtle")
    return _score_module().score([(str(graph), str(gold_path))])


@pytest.mark.skipif(not SCORE_PY.exists() or not BUNDLED_GOLD.exists(), reason="shared eval folder not present")
def test_bundled_report_scores(tmp_path: Path) -> None:
    """The bundled report keeps its scores: core ≥ 0.95, honors ≥ 0.9, relations ≥ 0.9, indicators ≥ 0.95."""
    result = _score(BUNDLED, BUNDLED_GOLD, tmp_path)
    assert result["core_micro"]["f1"] >= 0.95, result["misses"]
    assert result["Honor"]["f1"] >= 0.9, result["misses"]
    assert result["relations"]["f1"] >= 0.9, result["misses"]
    assert result["indicators"]["f1"] >= 0.95, result["misses"]


GOLD_PASSAGES = sorted(GOLD_DIR.glob("*.gold.json"))


@pytest.mark.skipif(not SCORE_PY.exists(), reason="shared eval folder not present")
@pytest.mark.parametrize("gold", GOLD_PASSAGES, ids=[g.name for g in GOLD_PASSAGES])
def test_gold_passages_hold(gold: Path, tmp_path: Path) -> None:
    """Passages of other provinces, levels and years (annotated by hand) stay above a floor."""
    text = gold.with_name(gold.name.replace(".gold.json", ".txt"))
    assert json.loads(gold.read_text(encoding="utf-8"))["document"] == text.name
    result = _score(text, gold, tmp_path)
    assert result["core_micro"]["f1"] >= 0.78, result["misses"]
    assert result["relations"]["f1"] >= 0.7, result["misses"]
    assert result["indicators"]["f1"] >= 0.95, result["misses"]


# ---- the honor family alone, before overlaps are resolved: (case, clause, honors it must yield, honors it must not)
HONOR_FAMILY = [
    ("honors: a role described with 的 is no title", "努力建设成为创新活力充沛的现代化城市，成为全省有影响的种苗繁育基地",
     [], ["创新活力充沛的现代化城市", "全省有影响的种苗繁育基地"]),
    ("honors: a title phrase with 的 stays a title", "区税务局荣获省人民满意的公务员集体称号", ["省人民满意的公务员集体"], []),
    ("honors: a bare city is no title", "“三个一”经验入选洛阳市2024年改革创新项目", [], ["洛阳市"]),
    ("honors: a blacklist or prizes in general are no title", "将失信企业纳入黑名单，文艺作品获多个奖项", [], ["黑名单", "多个奖项"]),
    ("honors: what the holder is approved to do is no part of the title", "深圳获批建设全国足球发展重点城市",
     ["全国足球发展重点城市"], ["建设全国足球发展重点城市"]),
    ("honors: a title of merit with a kind of unit is not cut at 模范", "县检察院被评为全国模范检察院", ["全国模范检察院"], ["全国模范"]),
    ("honors: a title of merit with no head word", "园岭小学获评全国文明校园，田心小学荣获全国优秀少先队大队称号",
     ["全国文明校园", "全国优秀少先队大队"], ["全国优秀少先队大队称号"]),
    ("honors: a grade of merit is no title", "年度考核被评为全省考核优秀等次", [], ["全省考核优秀等次"]),
    ("honors: a ranking describing the company after it", "引进世界500强中冶集团华南总部", ["世界500强"], []),
    ("honors: a ranking before 企业 and a company", "世界500强企业富士康科技集团落户河北", ["世界500强"], []),
    ("honors: listed rankings describing companies", "引进世界500强企业中冶集团、中国民营企业500强恒力集团等企业入驻园区",
     ["世界500强", "中国民营企业500强"], []),
    ("honors: a ranking describing unnamed companies", "吸引世界500强企业设立创新研发中心", [], ["世界500强"]),
    ("honors: a ranking before a count", "引进世界500强企业3家", [], ["世界500强"]),
    ("honors: a quoted name conferred by 评为, no head word", "区妇联被评为“全国三八红旗集体”", ["全国三八红旗集体"], []),
    ("honors: a quoted name conferred by 授予 before 称号", "徐淙祥被授予“时代楷模”称号", ["时代楷模"], []),
    ("honors: a quoted name after 获认定为", "县经开区获认定为“第三批自治区级开放型经济平台”", ["第三批自治区级开放型经济平台"], []),
    ("honors: a quoted name after 获评, no head word", "盐田市场监管所获评“全国市场监管卫士”", ["全国市场监管卫士"], []),
    ("honors: a quoted list entered", "大亚湾核电基地入选“中国美丽电厂”", ["中国美丽电厂"], []),
    ("honors: a quoted bare position is no title", "在全国博览会上荣获“双第一”", [], ["双第一"]),
    ("honors: an unquoted top-ten list after 入选", "西涌海岸入选全省十大最美海岸", ["全省十大最美海岸"], []),
    ("honors: a top-ten list after 获评 with a one-character scope", "深圳宪法公园获评省十佳法治文化主题公园", ["省十佳法治文化主题公园"], []),
    ("honors: a top-ten work item is no title", "开展文明创建十大攻坚行动", [], ["十大攻坚行动"]),
    ("honors: two titles joined by 并", "米易阳光城获评省级旅游度假区并入选四川十大冬游胜地", ["四川十大冬游胜地"],
     ["省级旅游度假区并入选四川十大冬游胜地"]),
    ("honors: a manufacturing cluster list", "乌昌石光伏集群列入国家先进制造业集群", ["国家先进制造业集群"], []),
    ("honors: the count before a level is cut", "创建了5个国家先进制造业集群", ["国家先进制造业集群"], ["了5个国家先进制造业集群"]),
    ("honors: a batch stays in the title", "骆驼湾获评第二批全国乡村治理示范村", ["第二批全国乡村治理示范村"], []),
    ("honors: a demonstration park title", "1980油松漫城产业园获评省级文化产业示范园", ["省级文化产业示范园"], []),
    ("honors: a digital workshop title", "锦纶工业布智能化制造车间获评省级数字化车间", ["省级数字化车间"], []),
    ("honors: an outstanding result title", "基层依法治理新模式获评全省社会治理创新优秀成果", ["全省社会治理创新优秀成果"], []),
    ("honors: a model set as a goal is no title", "努力成为绿色发展的典范", [], ["绿色发展的典范"]),
    ("honors: a 百强 ranking entered at the clause end", "8家医院进入国家公立医院绩效考核百强", ["国家公立医院绩效考核百强"], []),
    ("honors: a 百强 ranking of a year entered", "瓦房店进入2023全国百强县", ["全国百强县"], []),
    ("honors: a 百强 ranking aimed at is no title", "争创全国百强", [], ["全国百强"]),
    ("honors: a theme year set is no title", "我县将2022年确定为“开放招商提升年”", [], ["开放招商提升年"]),
    ("honors: a quoted approval is no title", "我县获批“三区三线”", [], ["三区三线"]),
]


@pytest.mark.parametrize("case,text,found,absent", HONOR_FAMILY, ids=[r[0] for r in HONOR_FAMILY])
def test_honor_family(case: str, text: str, found: list[str], absent: list[str]) -> None:
    names = {m.name for m in honor_mentions(tokenize(text, 0), Clause(0, len(text), text), 0, lexicon()) if m.cls is HONOR}
    for name in found:
        assert name in names, f"{case}: {name} not in {sorted(names)}"
    for name in absent:
        assert name not in names, f"{case}: {name} found"
