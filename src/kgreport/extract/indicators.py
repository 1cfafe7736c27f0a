"""Indicators: reported quantities with their unit and what they measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kgreport import patterns, resources
from kgreport.lexicon import lexicon
from kgreport.models import Indicator, Sentence
from kgreport.segment import tokenize

#: Punctuation that ends a clause, e.g. the "，" in "地区生产总值增长5%，居全省第一".
_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
#: Punctuation that ends a piece of a clause: clause ends, 、, brackets and quotes, e.g. "、" in "甲、乙".
_PIECE_BREAK = re.compile(r"[，,。；;：:、（(）)“”]")
#: Punctuation that ends a list item: clause ends, 、 and brackets, e.g. "（" in "新建学校（含幼儿园）".
_ITEM_BREAK = re.compile(r"[，,。；;：:、（(）)]")
#: A Chinese character or an opening quote, e.g. "新" of "新建" right after a number: a noun or verb follows.
_HAN_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“]")
#: A word of Chinese characters only, e.g. "省定" (not "T" of "华星光电T6项目" nor a bracket).
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
#: A year in Chinese numerals opening a clause, e.g. "一九六四年" in "一九六四年全国工业总产值，预计比一九六三年增长…".
_CHINESE_YEAR = re.compile(r"^[一二〇零○][一二三四五六七八九〇零○]{3}年")
#: A copula or a rank opening a label, e.g. "成为" in "成为全省5个获此殊荣的县区之一": what follows is no thing done.
_COPULA_START = re.compile(r"(?:位列|位居|居|列|成为|作为|是)")
#: Scale words as exact decimals, so that 303.6亿 is 30360000000, not 30360000000.000004.
_SCALE = {"万亿": Decimal(10**12), "亿": Decimal(10**8), "万": Decimal(10**4), "千": Decimal(1000), "百": Decimal(100)}
#: Units after which a lone 一 is still a quantity: 增长一倍, 下降一个百分点.
_RATIO_UNITS = {"倍", "个百分点", "百分点"}
#: Units that after a Chinese numeral name a phase (外环高速二期), not a count.
_PHASE_UNITS = {"期"}
#: Characters before 约 that make a word of it, no approximation: "节约10%", "签约5个", "集约8亩".
_YUE_WORD = frozenset("节制签预违履特公集相如践守缔")
#: An idiom holding a numeral and a unit, e.g. "千家万户" in "惠及千家万户": no quantity (it read as 万户).
_IDIOMS = re.compile(r"千家万户|万户千家|千村万户")
#: Full-width digits, point and percent sign of older reports ("增长１．７％"), read as their ASCII forms; one
#: character for one, so offsets into the sentence stay valid.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
#: A unit that is the first character of a longer word, e.g. 群 in "惠及76万群众", 台 in
#: "迈上1200亿台阶", 片 in "721片区", 方 in "抓好11方面重点工作": no unit there.
#: A Latin letter right before a number, which then belongs to a code name: "G" of "华星光电G11项目".
_CODE_LETTER_BEFORE = re.compile(r"[A-Za-z]$")
_UNIT_STARTS_WORD = re.compile(r"群[众体落岛]|台阶|片区|方面")
#: Spaces a PDF leaves around numbers, e.g. the one after "、" in "分别增长 10.4%、 12.5%".
_SPACES = frozenset(" \u00a0\u3000")
#: Words joining the items of a list of quantities, e.g. "、" and "和" in "1.2、0.8和0.5个百分点".
_LIST_SEPARATORS = "、和及与"
#: An Arabic number with no unit of its own, right before the next item of a list,
#: e.g. "1.2" and "3.2亿" in "分别提高1.2和0.8个百分点", "分别为3.2亿、4.5亿元".
_BARE_LIST_ITEM = re.compile(r"(?<![\d.第])(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|亿|万)?(?=[、和及与]\d)")
#: Earlier items of a list of quantities right before a later one, e.g. "10.6万、3.8万、" before "3.3万平方公里"; a PDF's
#: space after the joint too ("10.4%、 " before "12.5%").
#: A name opening with a number and Latin letters ("5G-A基站、") is no item.
_ITEMS_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?(?![A-Za-z][-A-Za-z]*[\u4e00-\u9fff])[^\d，,。；;：:、和及与]{0,5}[、和及与][ \u00a0\u3000]*)+$")
#: An approximation word right before the first item of a list, e.g. "突破" in "突破70和50亿元".
_APPROX_BEFORE = re.compile(r"(?:近|约|超过|超|突破|逾)$")
#: A bound before a quantity, which makes it a threshold (approximate), e.g. "不低于" in "二产占比不低于15%".
_BOUND_BEFORE = re.compile(r"(?:不低于|不少于|不超过|不高于|不足|不到|低于|高于|少于|多于)$")
#: A bound after a quantity, e.g. "以内" in "控制在3%以内", "以下" in "6周岁以下".
_BOUND_AFTER = re.compile(r"以内|以下")
#: 以上 (and 的) right before a noun: the quantity sorts that noun, e.g. "以上企业" in "2亿元以上企业30家"
#: ("且/并/用…" go on with a verb: "增收5000元以上且快于…" keeps its quantity).
_THRESHOLD_AFTER = re.compile(r"以上的?(?![且并用])(?=[\u4e00-\u9fff])")
#: A rank opening before a count of places, e.g. "前" in "首次进入前10名", "位居全省前十位": a rank, no indicator.
_RANK_BEFORE = re.compile(r"前$")
#: The size of a fund ending a label before an amount and 的, e.g. "总规模" in "启动总规模100亿元的某某发展基金".
_FUND_SIZE = re.compile(r"(?:首期|总)?规模$")
#: An investment word ending a label before a quantity and 的, e.g. "总投资" in "总投资12亿元的某某项目".
_INVESTED = re.compile(r"(?:计划总投资|总投资|计划投资|投资总额|投资)$")
#: A percentage in words, e.g. "百分之三十六点九" (36.9 %), "百分之五左右".
_PERCENT_WORDS = re.compile(
    r"(?P<pre>近|约|超过|超|突破|逾)?百分之(?P<num>[零〇一二两三四五六七八九十百]+(?:[点點][零〇一二三四五六七八九]+)?)"
    r"(?P<post>左右|以上|多)?"
)
#: What follows 百分之百 used as an adverb ("fully"): a verb or 地, e.g. "完成" in "计划百分之百完成"; 的, a bound or
#: the clause's end after it keep a share ("比例达到百分之百", "百分之百的行政村").
_FULLY_ADVERB = re.compile(r"地|(?![的以左之])[\u4e00-\u9fff]")
#: The name of a particle size class, whose digits are no quantity: "PM2.5" in "PM2.5平均浓度38微克/立方米".
_PARTICLE_CODE = re.compile(r"(?i:PM)\s*(?:2\.5|10)")
#: A target a quantity is set as, after the verb that reached it: "年度目标" in "超额完成42微克/立方米年度目标".
#: A target's own words, e.g. "年度目标", "约束性目标", "目标" (the group ``target`` of the two patterns below).
_TARGET = r"(?P<target>(?:年度|全年|年|考核|约束性)?目标)"
_TARGET_END = re.compile(_TARGET + "$")
#: The words before such a target saying only that it was reached: "超额" (完成 is cut from labels), "完成", "".
_TARGET_VERB = re.compile(r"(?:超额|超|提前|全面)?(?:完成|实现|达到|达成)?")
#: The same after the quantity: "的年度目标" in "超额完成1.1万人的年度目标".
_TARGET_AFTER = re.compile("的?" + _TARGET)
#: A whole counted before a part of it, e.g. "55户省管企业已有" before "31户完成改制", "120个行政村中有" before "85个…":
#: the part is of the noun counted, done what the words after the part say.
_PART_OF_WHOLE = re.compile(
    r"\d+(?:\.\d+)?[万亿]?(?P<unit>[个家户所项名条座处])(?P<noun>[\u4e00-\u9fff]{2,12}?)(?:中|当中|之中)?(?:已经?|仍|还|共|现)?有"
)
#: "有" ending the words after a whole's count, a part of it counted next: "市属企业已有" of "48户市属企业已有29户完成改制".
_HAS_PART_END = re.compile(r"(?:中|当中|之中)?(?:已经?|仍|还|共|现)有$|(?:中|当中|之中)有$")
#: The words after a whole's count up to the count of its part: "行政村中有" in "120个行政村中有85个".
_PART_NEXT = re.compile(r"[^，,。；;：:\d]{2,14}?有\d")
#: A count of other things inside a label, e.g. "37个" in "37个市级园区新改扩建标准厂房" (1260万平方米) or "56个" in
#: "加速推进56个村气代煤工程" (3.2万户): reported on its own, no part of what this quantity measures. A threshold
#: ("5000户以上超大社区"), an ordinal or batch ("第3批", "2×") or a code ("G11项目") stays.
_COUNT_INSIDE = re.compile(r"(?<![第\d.×xX*＊A-Za-z])\d+(?:\.\d+)?[万亿]?(?:个|家|户|所|项|条|座|处)(?!以上|以下|以内|及以上|左右|多|余)(?=[\u4e00-\u9fff“])")
#: Vague heads naming money put in, read as a total only with no purpose after them (data/rules/vague_label_heads.txt).
_BARE_INVESTMENT = frozenset({"投资", "投入资金", "计划投资"})
#: A label that is only money put into works, with no works named: "完成投资" in "…重点片区建设，完成投资300亿元",
#: "累计完成投资" in "实施某某提质项目573个，已开工410个，累计完成投资152亿元", "投资" in "推进某河流域综合治理，投资18亿元".
_BARE_WORKS_MONEY = re.compile(r"(?:累计|共|全年|当年|年内)?(?:完成|实现)?(?:投资|投资额)")
#: Money spent with nothing before it saying on what: "投资" in "投资900万元，实施了景观街改造", "投入" in "投入1.5亿元，…".
_BARE_SPENT_MONEY = re.compile(r"(?:累计|共|全年|当年|年内|总)?(?:投资|投入|投资额|资金)")
#: The works such money pays for, right after it (a comma at most between): a verb of building or doing, then the works
#: up to the clause end or a count: "，实施了景观街改造" → 景观街改造, "，建设通信基站16个" → 通信基站, "完成9所标准化学校创建"
#: → 9所标准化学校创建 (the count cut after).
_WORKS_AFTER_MONEY = re.compile(
    r"[，,]?(?:用于|主要用于)?(?:重点|继续|全面|集中)?"
    r"(?:(?:实施|完成|开展|推进|启动|启动建设|建设|建成|新建|新改建|改扩建|扩建|改建|改造|购置|开发整理|新增)了?|(?=对))"
    r"(?P<works>(?:对[^，,。；;]{2,24}?进行了?[\u4e00-\u9fff]{2,6})|[^，,。；;、\d]{2,20}|(?:\d[\d.]*[万亿]?[^\d\u4e00-\u9fff]?[\u4e00-\u9fff]{1,2}[^，,。；;、\d]{2,16}))"
    r"(?=[，,。；;、]|$|\d)"
)
#: Works done to a thing: "对100余公里农村公路进行了改造" → 农村公路 + 改造.
_DONE_TO = re.compile(r"对(?P<object>[^，,。；;]{2,24}?)进行了?(?P<act>[\u4e00-\u9fff]{2,6})")
#: The works a clause before names, up to its head: "重大项目" of "推进甲线、乙线等重大项目", "某片区建设" of
#: "加快某片区建设", "重点区域开发建设" of "15个重点区域开发建设启动两年来". 开工建设 and 动工建设 are verbs, no head.
_WORKS_HEAD = re.compile(r"(?:项目|工程)(?:建设)?|(?<![开动]工)(?:建设|综合治理|治理|改造|整治)")
#: Words opening a clause before the works it names: a year, a verb of work with its manner, a count.
_WORKS_OPENING = re.compile(
    r"^(?:\d{4}年度?|今年|去年|全年)?(?:持续|加快|全力|深入|扎实|大力|积极|继续|全面|有序|统筹)*"
    r"(?:推进|实施|推动|加快|开展|启动|谋划|完成|抓好|建设|新建|新开工)*(?:\d+(?:\.\d+)?[万亿]?(?:个|项|大|处))?"
)
#: A verb issuing a package in the clause before its count in 项: "出台" in "出台推动国企改革发展重点举措21项" (项 counts
#: a package's measures only when issued; "31项创新举措入选…" reports measures chosen, "实施整改措施22项" work done).
_PACKAGE_ISSUED = re.compile(r"(?:出台|制定|印发|推出|发布)[^，,。；;：:]{0,24}$")
#: Money labelled by the examples of the things counted after them: "某某工厂等完成投资" of "…、某某工厂等262个重点工业项目
#: 建设，完成投资500亿元", "某集团储能等总投资" of "某集团储能等20个合作项目落地、总投资1370多亿元".
_EXAMPLES_MONEY = re.compile(r"等(?P<money>(?:累计|共)?(?:完成投资|总投资|投资))$")
#: The kind counted after examples, up to its verb of building: "重点工业项目" in "等262个重点工业项目建设，".
_KIND_COUNTED_AFTER_EXAMPLES = re.compile(
    r"等\d+(?:\.\d+)?[万亿]?(?:个|项|家|所|批)(?P<kind>[\u4e00-\u9fff]{2,12}?)(?:加快建设|建设|落地|开工|投产|建成)?(?=[，,、；;]|$)"
)
#: Verbs of reach opening a list item, its own verb: "惠及" in "发放资金超7亿元、惠及企业近600家".
_REACH_OPEN = re.compile(r"(?:惠及|涉及|覆盖|带动|吸引|拉动|辐射|服务|受益|占)")
#: A scope at most before a count of divisions, e.g. "全省" in "全省21个市（州）完成了…"; "全市有" in "全市有8个县…".
# short kinds listed before 等 and the head they share: "食品、石化、医药、信息等产业增加值" (items, head 产业增加值)
_KINDS_ETC_HEAD = re.compile(r"(?P<items>[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+)等(?P<head>[\u4e00-\u9fff]{2,10})")
# a verb of reach opening a list of counts, which every item shares (the tokenizer tags 惠及 a place name, 资助 a noun):
# "惠及企业6000家、职工20万名" → 惠及职工 for 20万名
_REACH_LEAD = re.compile(r"惠及|覆盖|服务|帮助|资助|救助|帮扶")
_SCOPE_ONLY = re.compile(r"(?:全国|全省|全市|全州|全县|全区|全盟|全旗|各地)?(?:有|共有|已有)?")
#: Divisions counted and what they did, an aside of other kinds skipped: "市（州）完成了年度减排任务",
#: "省（区、市）实现…". The words run to the clause end, 16 characters at most.
_DIVISIONS_DONE = re.compile(
    r"(?P<kind>省|市|县|区|市州|县区|县市区|县市|乡镇|镇|乡)(?:[（(][^（()）]{1,8}[）)])?(?P<said>[^，,。；;：:（(]{2,16})(?=[，,。；;：:（(]|$)"
)
#: Adverbs before the verb of what counted divisions did: "全部" in "12个区全部完成年度目标".
_ADVERB_LEAD = re.compile(r"^(?:全部|均|都|已经|已|基本|率先|先后|相继)+")
#: The rest of a range after its lower bound, no noun: "至九" in "宏观调控目标，定为百分之八至九".
_RANGE_REST = re.compile(r"[至到～~－—-](?:百分之)?[\d一二三四五六七八九十]")
#: Where a quantity may start in a clause, e.g. "9" in "进出口总额9.5万亿元", "一" in "其中地方一般预算收入335.4亿元"
#: (there a word: see _before_quantity).
_QUANTITY_START = re.compile(r"(?:近|约|超过|超|突破|逾)?[\d一二三四五六七八九十两百千万亿]")
#: The noun right after a quantity, up to a joining word, e.g. "幼儿园" in "11所幼儿园和…"; a name may open with a
#: number and Latin letters: "5G-A基站" in "新增300座5G-A基站", or with a version: "2.0版应急管理站".
_NOUN_AFTER = re.compile(r"(?:\d*[A-Za-z][-A-Za-z0-9]{0,4}|\d{1,2}\.\d版)?(?:[\u4e00-\u9fff]{2,12}?(?=$|和(?!谐)|[及与的、\d])|[\u4e00-\u9fff]{2,12})")
#: The start of a noun after a quantity, e.g. "“" in "3个“一件事”", "5G" in "300座5G-A基站".
_NOUN_START = re.compile(r"[\u4e00-\u9fff“]|\d*[A-Za-z]")
#: An area word ending a label before a quantity and 的, e.g. "占地" in "启动占地150亩的休闲公园建设".
_AREA_OF = re.compile(r"(?:总)?(?P<word>占地面积|占地|建筑面积|规划面积|用地面积)$")
#: Where the thing an area belongs to ends, besides owner_end_words.txt: "建设" in "启动占地150亩的休闲公园建设",
#: "达到" in "占地6904亩的工业台地达到“九通一平”", a note mark or a number ("830栋建筑物100%签约").
_AREA_OWNER_END = re.compile(r"(?:规划)?建设$|达到|列入|纳入|称为|奠基|[〔\[【\d]")
#: Manner words that jieba tags as nouns, e.g. "全面" in "全面排查1200家重点企业安全隐患": before a verbal noun they make it
#: the verb of the label, its object after the count.
_MANNER_WORDS = frozenset({"全面", "重点", "依法", "逐一", "严格", "集中", "分类", "有序"})
#: An ordinal with spaces after 第 (texts converted from PDF), e.g. "第 2 位" in "均为全市第 2 位": a rank, no quantity.
_SPACED_ORDINAL = re.compile(r"第[ \u00a0\u3000]+[\d一二三四五六七八九十百零〇]+")
#: A subject's own quantity right after it, a verb of reaching at most between: "超120万人次" after "欧美入境游客".
_SUBJECT_QUANTITY = re.compile(r"(?:达到|达|为|超过|超|突破|近|约)?\s*\d")
#: The ordinal of a sector in "一、二、三产业": 一, 二 or 三.
_SECTOR_ORDINAL = re.compile(r"[一二三]")
#: Plenary sessions after a congress number, e.g. "九届九次、十次" in "省委九届九次、十次全会".
_SESSIONS = re.compile(r"届[\d一二三四五六七八九十]+次(?:[、和及][\d一二三四五六七八九十]+次)*")
#: A word that makes a following 十/百/千 vague, e.g. 几 in "几十倍", 数 in "数百家".
_VAGUE_BEFORE = re.compile(r"[几数]$")
#: Verbs and particles trimmed from the end of a label: "事项覆盖率达" → "事项覆盖率".
#: 增至/降至/恢复到 name a level, not a change: "坪山站日停靠列次大幅增至" → "坪山站日停靠列次".
#: 高达/低至 too: "占全市比重高达21.1%" → "占全市比重" (not "占全市比重高").
#: A target set (定为, 拟定) or held (稳定保持在) is a level too: "固定资产投资率定为32%左右" → "固定资产投资率".
_LABEL_TAIL = re.compile(
    r"(?:(?:大幅|稳步|逐步|进一步)?(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|压减|压缩|缩短|缩减|增|降|减|跃升|攀升|升|扩|缩|上升|回升|恢复)(?:到|至)|不少于|不低于|不超过|不到|达到|(?<![提最])高达|低至|(?<![通到抵送下传表发直转])达|(?<![行作])为|超过|超|(?<![节制签预违履特公集相如践守缔])约|接近|近|突破|跃上|迈上|跨上|跨过|跨越|站上|登上|连上|稳定在|控制在|维持在|稳定(?=保持|维持|控制|达|在)|(?:拟|设|确)?定为|拟定|(?<![合兼归])并|按照|按|拟|在|保持|共|累计|分别|(?:顺利|圆满|如期|按期|提前)?(?:实现|完成)|已经|即将|将|始终|(?<![人年日月户亩平])均|发放|全年|总计|合计|至|到|由|是|了|每[人户年月日天亩]|预计|首次|再次"
    # a repeat or a bound than-word before the number: "再度" in "示范田亩产再度突破1100公斤", "低于" in
    # "细颗粒物平均浓度低于30微克/立方米", "不高于" in "降尘量不高于5吨" (不低于 above is matched first, from its 不);
    # a 各 (each) is cut last, see _EACH_END
    r"|再度|又一次|再一次|(?<![有])又|不高于|(?:达到或)?(?:远|略|明显)?(?:低于|高于)"
    # a manner word goes with the 完成/实现 it stands before: "顺利" in "顺利完成26条道路品质提升行动" (was 顺利道路…)
    # an adverb or a modal standing before the verb of the quantity: "都" in "增长速度都在12%以上", "全部" in
    # "村集体收入全部达到10万元", "有" in "正在建设的重大项目有120个" (拥有, 具有… are verbs of their own), "要"
    # in "港口货物吞吐量要达到…" (主要, 重要… are words), "力争" in "研发投入占GDP比重力争达到3%", "就" in "项目就有60多个"
    r"|大约|大概|(?<![首成京古国帝陪旧迁建定])都|全部|(?<![拥具享没所占持含保富固特原专私公国])(?:仍|只|还|已|现|共)?有"
    r"|(?<![主重需纲必摘概简提紧])要(?:保证|确保)?|力争|争取|确保|实际|(?<![成造迁])就|(?<![规原法准细守否])则|(?<![人刚方英天奇口将干专通贤秀蠢])才"
    # the year a level is of, after its subject: "一九八○年" in "全市居民储蓄一九八○年为八亿元" (a base compared with,
    # "比2020年", or a time reached, "到2025年", stays)
    r"|(?<![比较到至从由自于的年是为])(?:\d{4}|[一二〇零○][一二三四五六七八九〇零○]{3})年(?:底|末)?)+$"
)
#: Words opening a label that are no part of what is measured: "力争" in "力争全市每千人病床数达到3.9张",
#: "共计" in "共计119个".
#: An item number or a year opening a label is no part of it either: "10." in "10.发放城镇住房保障家庭租赁补贴1.6万户",
#: "三是" in "三是配置自动体外除颤器1000台",
#: "2016年" in "2016年全市完成财政民生支出337.5亿元".
#: A time or manner word saying when or how, not what: "年内" in "年内建成20座公厕", "目前" in "目前入园在建项目5个",
#: "累积" in "累积完成全社会固定资产投资615亿元".
#: "即" restating a change ("增长12%，即增加3.2亿元") is none either.
#: A conjunction opening a clause is none either: "但" in "但财政用于民生的比例达到70%以上", "而" in "而私营工业则只占0.4%";
#: nor a streak ("连续10个月" too):
#: "连续三年" in "意向投资额1400亿元，连续三年超千亿元" (the subject is in the clause before); nor a span: "五年来" in
#: "城镇居民人均可支配收入达到5160元，五年来年均实际增长6%"; nor a time it is measured by: "到2025年" in
#: "到2025年全区万元GDP能耗下降14%" (到/至/截至 a year opens no label; 前 is cut only after 底/末, it may open a name).
#: A goal or effort verb with the 实现/使 it opens is none either: "努力实现" in "努力实现公交分担率达到60%",
#: "争取实现" in "争取实现外贸进出口总额增长8%" (争取 alone stays: "争取上级资金12亿元" is funds obtained).
_LABEL_HEAD = re.compile(r"^(?:[—－]+|[①-⑳]|即(?![时将使便刻办])|但是?|然而|而且|而(?=[\u4e00-\u9fff]{2})|连续[\d一二三四五六七八九十两]+(?:年|届|个月|个季度)|近?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})年来|\d{1,3}[.．、](?!\d)|\d{1,3}\s+(?![个家条岁名位项人件所座户亩台辆次元万亿千百对])(?=[\u4e00-\u9fff])|[一二三四五六七八九十]{1,3}是|(?:到|至|截至|截止)\d{4}年(?:(?:底|末)(?:前|以前)?)?|\d{4}年(?:以来|底|末|以前|前(?![三六九]个月|[一二三四]季度))?(?!度)|[一二〇零○][一二三四五六七八九〇零○]{3}年(?:以来|底|末)?(?!度)|(?:[两二三四五六七八九十]|\d{1,2})年(?=平均|年均)|将(?=比|较)|\d{1,2}月(?:底|末|份)?(?:前|以前)?|其中|包括|全年|年内|今年|当年|目前|累计|累积|共计|共|和(?!谐)|及(?!时)|并(?![网购联入])|等(?!级)|的|(?:努力|力争|争取|确保|全力)(?:实现|做到|使|让)|努力(?=达到)|力争|预计|确保)+")
#: The joint to the next item of a list of counts, names before its count at most: "、" in "83个社区、31家…",
#: "、某商业街等" in "5个工业区、某商业街等2个商业区".
_NEXT_ITEM = re.compile(r"[、和及与](?:[^，,。；;：:、和及与\d]{1,12}?等)?(?=\d)")
#: The words of an item of a list of counts, up to the joint to the next: "商业区" in "2个商业区和77个…".
_ITEM_WORDS = re.compile(r"[^、和及与，,。；;：:\d]+")
#: Round-the-clock service hours before what is open or done, a modifier and no reported quantity: "24小时" in
#: "24小时自助图书馆", "7×24小时不打烊" (a time limit "24小时内办结" stays).
_ROUND_THE_CLOCK = re.compile(r"(?:7\s*[×xX*＊]\s*)?24\s*小时(?=[“\u4e00-\u9fff])(?![内之以])")
#: Chinese digits side by side without a place word (十, 百, 千, 万, 亿) or a zero: "一一" of "唯一一个", "两三" of "两三个",
#: "二三" of "二三次管网" — no count (a year written so, "一九八一年", carries no unit).
_DIGIT_RUN = re.compile(r"[一二两三四五六七八九]{2,}")
#: A volume the mass after it is counted per, written before the number (older and some recent reports):
#: "每立方米" in "PM2.5平均浓度低于每立方米19微克" → 19 微克/立方米, the label not running into 每立方米.
_PER_VOLUME_BEFORE = re.compile(r"每(?P<per>立方米|升)(?:[降减增提上下]至|[为达])?$")
#: The old level of such a mass right before the new one: "每立方米159微克降至" before "141微克".
_PER_VOLUME_LEVEL_BEFORE = re.compile(r"每(?P<per>立方米|升)\d+(?:\.\d+)?(?:微克|毫克|克)(?:[下上]?[降减增提升][低高少加长]?)?[至到]$")
_MASS_UNITS = frozenset({"微克", "毫克", "克"})
# a reach in minutes or hours naming a service circle: "15分钟健身圈", "一小时交通圈", "半小时“通勤圈”" is a name, no quantity
_TIME_CIRCLE = re.compile(r"(?:\d+|[一二三四五六七八九十两半]{1,3})\s*(?:分钟|小时)[^，,。；;：:、\d]{0,8}?圈")
#: A level opening an item of a list of counts: "市级" in "4个省级、12个市级美丽乡村示范村".
_LEVEL_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}级")
#: Firms or projects sorted by an amount over a threshold, e.g. "企业" in "年销售收入过10亿元企业5家",
#: "的企业集团" in "主营业务收入超百亿元的企业集团" (a fund's size "总规模超500亿元的基金" is measured).
_OVER_MONEY_NOUN = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:企业|项目)")
#: A next item of a list counted in words, e.g. "和一批" in "58个乡镇计生服务站和一批城市社区卫生服务中心".
_JOINED_COUNT = re.compile(r"[和及与、](?:一批|一系列|[一二两三四五六七八九十百千]+[个项件家所座条批名处])")
#: What makes a count an increment, cut before the subject of a total: "新增" in "新增市场主体1.2万户，总数8.6万户".
_NEW_HEAD = re.compile(r"^(?:其中|全年|累计|共|净增|新增|新建|新认定|新培育|新引进)+")
#: The longest label read from the words before a quantity: "东西部协作和对口支援投入财政帮扶资金" fits.
_LEFT = 20
#: A count and a joining word inside the words before a quantity, e.g. "300家以上和" in
#: "新增国家级高新技术企业300家以上和国家级专精特新企业".
_AFTER_COUNT_AND = re.compile(r"\d[^\d和及与，,。；;]{0,6}?[和及与]")
#: The longest clause after a quantity read whole as its label: "规模以上食品生产企业获得食品安全管理国际双体系认证" fits.
_RIGHT_WHOLE = 26
#: The longest label joined from a subject and a change: "城镇居民人均可支配收入增长" fits.
_COMPOSITE = 16
#: A note mark, e.g. "〔24〕", "[3]", "【12】": a pointer to a note, never what a quantity measures.
_NOTE_MARK = re.compile(r"[〔\[【［]\d{1,3}[〕\]】］]")
#: Words saying a quantity is a level or a change, e.g. "提高至" in "补贴标准提高至本科1.5万元".
_LEVEL_WORDS = re.compile(r"提高|提升|增长|增加|下降|降低|减少|达|为|至|到")
#: What a change is measured against, e.g. "比1999年" in "比1999年提高1.4倍", "较上年同期" in "较上年同期增长31%".
#: A five-year period as a base (quotes kept or dropped), e.g. "“十二五”末" in "比“十二五”末提高9.4个百分点",
#: "十一五期间", "上个五年".
_COMPARED = re.compile(
    r"(?:比|较)\s*(?:上年同期|上年末|上年底|去年末|去年底|上一年度|上一年|上年|上届|去年同期|去年|同期|年初"
    r"|\d{4}\s*年(?:底|末)?|[一二〇零○][一二三四五六七八九〇零○]{3}年"
    r"|(?:“?十[一二三四五六七八九]?五”?|“?[六七八九]五”?|上一?个五年)(?:期末|末|期间|时期|时)"
    # the span before the years reported on: "比前五年增长67%"
    r"|前(?:[二三四五六七八九十两]|\d{1,2})年"
    # the five years before, bare: "分别比上个五年增长64.7万人次、4.79亿元"
    r"|上一?个五年(?![规计]))"
)
#: A share with nothing before it, e.g. "占" in "公共安全支出14.7亿元，占12%": of the subject of the clause before.
_SHARE_ALONE = re.compile(r"(?:约|仅|只|均)?占")
#: A share of the whole territory with nothing before it, e.g. "占全市" in "…产值突破6000亿元，占全市28%".
_SHARE_OF_WHOLE = re.compile(r"(?:约|仅|只|均)?占(?:全国|全省|全市|全区|全县|全州|全盟|全旗)")
#: Money words alone before a verb phrase, e.g. "投资" in "投资7500万元实施了7个教育项目".
_BARE_MONEY = re.compile(r"(?:累计|共|先后|全年)?(?:投资|投入|投入资金|筹集资金|筹措资金|安排资金)")
#: Adverbs before 占 ending a label, with it, e.g. "则只占" in "而私营工业则只占0.4%".
_ADVERB_BEFORE_SHARE = re.compile(r"(?:则|只|仅|就|将|也|均|约)*占$")
#: A word naming a group of the items before it, e.g. "等" in "文化创意等支柱产业", "三大" in "…三大主导产业".
_GROUP_WORD = re.compile(r"等|[两二三四五六七八九十]大")
#: A rate of change compared with a base, e.g. "增速高于上年" in "…总额732.12亿元，增长9.2%，增速高于上年0.9个百分点":
#: the rate of the subject of a clause before.
_RATE_COMPARED = re.compile(r"(?:增速|增幅|涨幅|降幅)(?:高于|低于|快于|慢于|比|较)")
#: A comparison opening a clause, e.g. "比全市" in "比全市高5.5个百分点".
_COMPARED_START = re.compile(r"^(?:比|较|同比|高于|低于)")
#: A share or a multiple that names its base but not what is measured: "占一般公共预算支出的" in
#: "民生支出1041亿元，占一般公共预算支出的87.2%"; "是上年的" in "淘汰黄标车近3万辆，是上年的1.5倍".
_BASE_ONLY = re.compile(r"^(?:约|均|分别|仅|只)?(?:占|是|为|相当于)")
#: The price basis of a change, no part of what changed, e.g. "按可比价格计算" in "地区生产总值5000亿元，按可比价格计算，
#: 比上年增长8.5%" (a clause of its own, passed over for the subject) or "扣除物价上升因素" in "…扣除物价上升因素增长86.9%".
_PRICE_BASIS = re.compile(r"(?:按(?:可比|不变|现行)价格?|按可比口径|按同口径)计算|(?:扣除|剔除)(?:物价|价格)(?:上涨|上升|变动)?因素(?:后|影响)?")
#: A share naming its base and 比重 but not what it is a share of, e.g. "占GDP比重" in "…，占GDP比重4.13%".
_SHARE_NAMED = re.compile(r"(?:约|仅|只)?占[^，,。；;]{1,14}(?:比重|比例)")
#: A share naming its base, with 比重 or 的, e.g. "占规上工业的" in "…增加值，分别占规上工业的30%、24%".
_SHARE_OF = re.compile(_SHARE_NAMED.pattern + r"|(?:约|仅|只)?占[^，,。；;]{1,14}的")
#: The base of a share, multiple or comparison ending the words before a quantity: "是2011年的" in "总量是2011年的1.78倍",
#: "比2000年净增" in "按可比口径比2000年净增6.6亿元".
_BASE_TAIL = re.compile(r"(?:(?:约|均|分别)?(?:占|是|为|相当于)[^，,。；;]{0,12}(?:的|(?<=\d年))|" + _COMPARED.pattern + r"(?:净增|净减|增加|增长|提高|减少|下降|降低)?了?)$")
#: A verb ending in 及 that is no conjunction: "惠及" in "补贴惠及21.5万名儿童".
_JI_VERB = re.compile(r"(?:惠|涉|普|波|顾|危|触)及$")
#: A full-width comma between thousands, e.g. in "1，062万吨".
_WIDE_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
#: The end of a list of examples before the count of their kind: "等" in "建成梅沙湾、沙头角郊野等4个公园",
#: "等首批" in "大鹏中心小学等首批6所公办学校".
_EXAMPLES_END = re.compile(r"等(?:首批|第[一二三四五六七八九十\d]+批|共)?$")
#: The kind after a list of examples ending a label, e.g. "落后设备" in "低端电炉等落后设备" (before "500余台").
_KIND_AFTER_EXAMPLES = re.compile(r"等(?P<kind>(?:(?!等)[\u4e00-\u9fff]){2,10})$")
#: A capacity or a multiplier of a spec ending a label, e.g. "年产" in "某某年产10万吨玉米淀粉糖",
#: "2×" in "某集团2×35万千瓦燃气电厂": the product or facility after the quantity says what it measures.
_SPEC_END = re.compile(r"(?:年产能?|年生产能力|年加工|年处理|日处理|年吞吐|年设计产能|(?P<times>\d+\s*[×xX＊]))$")
#: What follows "N%的" when the percentage is a level, not a share of things: "增长6.8%的同时", "2.31%的较低水平".
_NOT_SHARED = re.compile(r"同时|(?:较低|较高|合理|平均|较快)?水平|基础上|目标|增速|增幅|幅度|速度")
#: A verb of being or a preposition ending the words after a quantity, e.g. "在" in "5所学校在…";
#: 在建, 在用, 在营, 在校 are words ("6个在建项目").
#: 评为, 列为, 成为… are one verb: "19个社区评为垃圾分类达标社区" reads on to what they were rated.
#: 所在 and 为民 are words too: "40%以上行政村村委会所在地…", "完成18项为民办实事项目".
_RIGHT_END = re.compile(r"(?<!所)在(?![建用营校职岗线库])|(?<![评列选定成称作改])为(?!民)|[是把将被]")
#: A short aside in brackets, e.g. "（食用菌）" in "蔬菜（食用菌）产量", "（市、区）" in "2343个县（市、区）开展…".
_ASIDE = re.compile(r"[（(][^（()）]{1,12}[）)]")
#: Quotation marks inside the noun after a quantity, e.g. in "打造3个“商旅文体健”消费新场景".
_QUOTE_MARKS = re.compile(r"[“”‘’\"]")

#: Where an owner's name after 的 ends, e.g. "，" or "等" in "总投资12亿元的6个某某项目，…".
_OWNER_NAME_END = re.compile(r"[，,。；;、：:（(等]")
#: Names listed after 的 and then counted, e.g. "甲化纤、乙电力、丙电器3个" in "总投资1.7亿元的甲化纤、乙电力、丙电器3个项目的建设":
#: what has the amount is all of them (items), the kind after the count (rest) says what they are.
_OWNERS_COUNTED = re.compile(
    r"(?P<items>[^，,。；;：:、\d（(]{2,12}(?:[、和及与][^，,。；;：:、\d（(]{2,12})+?)等?(?:\d+|[两二三四五六七八九十]+)[个家项所座条处](?P<rest>[^，,。；;：:]*)"
)
#: Work named after the things that have an amount, e.g. "建设" in "…等5个项目建设".
_OWNED_WORK_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:的)?(?:建设|实施|推进)$")
#: A label of a time span alone, a copula at most before it, e.g. "是自2012年分区以来" of "…，是自2012年分区以来首次突破20%".
_SINCE_ONLY = re.compile(r"(?:是|为|也是)?(?:自|从)[^，,。；;：:、]{1,12}?(?:以来|以后|之后)")
#: The shortest label checked for a word cut by a length limit (the nouns read after a count stop at 12 characters).
_WORD_CUT_FROM = 10
#: A Han character, e.g. "年" in "〔24〕1个": fewer than two around a quantity means no words to label it.
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: The gap to the next item of a sentence's list of labels: a break and at most a few words, e.g. "、农村" in
#: "城镇、农村居民…".
_NEXT_LABEL_GAP = re.compile(r"[、，,]\s*[^，,。；;：:、\d]{0,12}")
#: A joint of a list, e.g. "、" in "20.9、36.2、54个百分点", "和" in "小区和城中村".
_LIST_JOINT = re.compile(r"[、和及与]")
#: A joint ending a text, e.g. "和" in "新建学校和".
_TRAILING_JOINT = re.compile(r"[和及与]$")
#: A change opening with its starting point, e.g. "由" in "由今年的44%提高到45%".
_FROM = re.compile(r"(?:由|从)")
#: A clause break or a quote, e.g. "，" in "粮食产量，比上年增加".
_CLAUSE_OR_QUOTE_BREAK = re.compile(r"[，,。；;：:（(）)“”]")
#: A list end, 分别 or a number in a clause, e.g. "等" in "甲、乙等".
_LIST_OR_NUMBER = re.compile(r"等|分别|\d")
#: A number or a break ending what a share is of, e.g. "，" in "的企业，占…".
_ITEM_OR_NUMBER_BREAK = re.compile(r"[\d，,。；;：:、（(）)]")
#: The last two to twelve Han characters of a text, e.g. "专用车项目" in "年产3000辆专用车项目".
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]{2,12}$")
#: A quoted part, kept by split, e.g. "“一件事”" in "3个“一件事”集成改革".
_QUOTED_PART = re.compile(r"(“[^“”]*”)")
#: An ordinal, a code or a decimal point right before a number, e.g. "第" in "第4批".
_ORDINAL_OR_CODE_END = re.compile(r"[第\dA-Za-z.]$")
#: A short quoted name inside a label, e.g. "“四好农村路”" in "建设“四好农村路”".
_SHORT_QUOTE = re.compile(r"“([^“”，,。；;]*)”")
#: A number in a label or a list left open at its end, e.g. "等" in "甲、乙等".
_NUMBER_OR_OPEN_LIST = re.compile(r"\d|[和及与等]$")
#: A share's base ending a label, e.g. "占总量的" in "社会医疗机构诊疗量占总量的".
# a base year closing a multiple's words without 的: "是2011年" of "是2011年1.81倍"
_YEAR_BASE_END = re.compile(r"^(?:约|均|分别|仅|只)?(?:是|为|相当于)\d{4}年$")
# "完成预算数的", "完成年度计划的": the plan a share of which was done (its subject stands in the clause before)
_DONE_OF = re.compile(r"完成[^，,。；;、的\d]{1,10}的")

_SHARE_BASE_END = re.compile(r"占[^，]{1,16}的$")
#: A total reached, e.g. "累计达到" in "累计达到120家".
# a rate or a copula in a subject: a share of a whole cannot be its part ("总体增速为经济增速")
_RATE_OR_COPULA = re.compile(r"增速|增幅|速度|为|是")
# the words of a share named with its whole, closing the text before its number: "占规模以上工业总产值的"
_SHARE_WORDS_END = re.compile(r"(?:约|仅|只)?占[^，,。；;占]{1,14}?(?:比重|比例)?的?$")
# a bare share word: "占比" of "新能源装机达4091万千瓦、占比达44.7%"
_SHARE_WORD = re.compile(r"(?:占比|比重)")
# between a level and its bare change: a break, and at most one clause without a number ("，居全市第二，")
_CARRY_GAP = re.compile(r"\s*[、，,]\s*(?:[^\d，,。；;：:、（()）]{1,12}[，,、]\s*)?[^\d，,。；;：:、（()）]{0,6}")
# what a level's label may carry after its subject: an old level, a milestone ("地区生产总值突破三千亿大关",
# "国内生产总值从1997年的")
_CARRY_CUT = re.compile(r"(?:(?:从|由)(?=[\d一二三四五六七八九〇零○])|再?创(?:历史|同期|新高)|突破|跃上|跨过|跨越|超过).*$")
# a year or the rest of a cut year closing a subject: "国民收入1987年", "社会商品零售总额一九八"
_CARRY_END = re.compile(r"(?:(?:\d{4}|[一二〇零○][一二三四五六七八九〇零○]{3})年(?:底|末)?|[一二][〇零○一二三四五六七八九]{2})$")
# a share or a price basis is no subject: "占比80%以上", "按可比口径"
_CARRY_NOT_SUBJECT = re.compile(r"%|占比|^按|口径$")
# a span of time is no subject: "一年增加797家、增长36.7%"
_CARRY_SPAN = re.compile(r"(?:近|全|今|去|上|本)?[\d一二三四五六七八九十两]*年(?:来|间|内)?")
# a short heading naming what the sentence measures: "机制糖" of "机制糖：从二十四万九千吨增加到…"
_HEADING = re.compile(r"\s*(?P<what>[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})?)[：:](?=[从由达比])")
# items joined by 、 and the verb reaching their levels: "原煤、原油、天然气产量达到" (the levels follow in the same order)
_LISTED_LEVELS = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)(?:达到|达|为|完成|实现)")
# a level word ending a label: "省级" of "成功创建省级"
_LEVEL_END = re.compile(r"(?:国家|省|市|县|区)级$")
# a level after a count read on past 和: "省级和美乡村" after "8个", "省级和国家级绿色工厂" after "30个"
_LEVEL_JOINED = re.compile(r"(?:以上)?(?P<level>(?:国家|省|市|县|区)级)(?P<rest>和[一-鿿]{2,12}?)(?=[，,。；;、：:（(]|$)")
# the things of a level in the label of the item before: "示范社" of "其中国家级示范社"
_LEVEL_HEAD_OF = re.compile(r"(?P<level>(?:国家|省|市|县|区)级)(?P<head>[一-鿿]{2,8})$")
# a share ending a subject: "占全市比重" of "市级专精特新企业占全市比重"
_SHARE_TAIL = re.compile(r"(?:约|仅|只|均)?占[^占]{0,8}(?:比重|比例)$")
_REACHES = re.compile(r"(?:累计|共计|共)?(?:达到|达)|累计")
#: A bound right after a quantity, e.g. "以上" in "5亿元以上".
_BOUND_WORD_AFTER = re.compile(r"左右|以上|以下|以内")
#: A bound or 的 right after a quantity, e.g. "的" in "12亿元的".
_BOUND_OR_DE_AFTER = re.compile(r"左右|以上|以下|以内|的")
#: 分别 or 全年 in a kind of things, e.g. "分别" in "分别达到".
_RESPECTIVE_OR_YEAR = re.compile("分别|全年")
#: Where a noun after a quantity ends: the text's end, a joint, 的 or a number, e.g. "和" in "11所幼儿园和".
_NOUN_ENDS = re.compile(r"$|[和及与的、\d]")
#: The list end in a product, e.g. "等" in "年产5万吨甲醇等项目建设".
_ETC = re.compile("等")
#: (经由/经从 is a route, but 已经从 a change: "在校学生已经从…增加到…")
#: A year naming when the old level of a change held, e.g. "一九八○年的" in "由一九八○年的一千四百万吨增加到", "2015年的"
#: in "由2015年的1708.4亿元增至".
_FROM_YEAR = r"(?:(?:\d{4}|[一二〇零○][一二三四五六七八九〇零○]{3})年(?:底|末)?的?)?"
#: The first character of a Chinese numeral of older reports, e.g. "四" in "由四千九百七十二亿元增加到" (right after 由 or a
#: year only: 三 in "由前三年分别上升" opens no old level; a share in words may follow a few words: "由去年的百分之十点七").
_HAN_NUMERAL_START = r"[一二三四五六七八九十两百千]"
#: The old level of a change from one level to another, e.g. "由 1万吨提高到" in "日处理能力由 1万吨提高到4万吨".
_FROM_LEVEL = re.compile(r"(?<![理自事缘])(?<![^已]经)(?:由|从)(?:[^，,。；;：:、“”由从\d]{0,6}?" + _FROM_YEAR + r"\s*(?:近|约)?(?:\d|百分之)|" + _FROM_YEAR + r"(?:近|约)?" + _HAN_NUMERAL_START + r")(?:[^，,。；;：:由从、]|、(?=[\d.]))*?(?:提高|提升|增加|增长|扩大|减少|下降|降低|缩小|缩减|压减|增|降|减|升)?(?:到|至)?$")
#: What a change from one level to another starts with, after its subject: "由 " in "日处理能力由 1万吨提高到4万吨",
#: "由每人每年" in "补助标准由每人每年120元提高到200元".
_FROM_OPEN = re.compile(r"(?<![理自事缘])(?<![^已]经)(?:由|从)[^，,。；;：:、“”由从\d]{0,6}?" + _FROM_YEAR + r"\s*(?:近|约)?$")
#: New levels of a 分别 list after its old ones, e.g. "甲、乙分别从每人每月209元、280元提高到" before "217元、290元".
_RESPECTIVE_TO = re.compile(r"^(?P<subjects>.+?)分别(?:由|从).*?(?:提高|提升|增加|增长|扩大|减少|下降|降低)?(?:到|至)$")
#: A clause comparing the level before with a wider or planned one, e.g. "高于全国" in "增长7.6%，高于全国1.7个百分点".
_ABOVE_BASE = re.compile(r"^(?:高于|低于|快于|慢于|高出|超过|超出|比|较)(?:全国|全省|全市|全区|全县|全州|全盟|[^，,。；;、\d]{0,8}?(?:平均|预期|目标|增速|水平))[^，,。；;、\d]{0,8}$")
#: A rate of change named alone, e.g. "增速" in "社会消费品零售总额完成136.5亿元，增速11.5%": of the level before.
_BARE_RATE = re.compile(r"(?:同比)?(?:增速|增幅|涨幅|降幅)")
#: The same comparison inside the level compared: "比全省" in "城镇化水平比全省低".
_ABOVE_BASE_IN = re.compile(r"(?:高于|低于|快于|慢于|比|较)(?:全国|全省|全市|全区|全县|全州|全盟)")
#: A measure of a share or rate ending a subject, e.g. "覆盖率" in "无线宽带网络覆盖率", "占比", "比例".
_RATE_END = re.compile(r"(?:率|比重|占比|比例)$")
#: A list of percentages from a quantity to the end of its clause, e.g. "69.3%和90%".
_PERCENT_LIST = re.compile(r"[^，,。；;]*?(?:%|百分点)")
#: Ten thousand yuan of output as the base of a rate, e.g. "万元GDP" in "万元GDP能耗为0.39吨标准煤": no quantity.
_PER_10K = re.compile(r"万元(?:GDP|地区生产总值|生产总值|国内生产总值|工业增加值)")
#: A verb, an ordinal or a preposition ending the noun after a count, e.g. "获" in "3家企业获第15届专利金奖".
_KIND_END = re.compile(r"荣获|获|第|被|入选|跻身|来自|位列|位居")
#: A verb saying what was done with things counted, ending their noun: "采取" in "23个村采取型煤取暖".
_PREDICATE = re.compile(r"采取|落实|整合|纳入|列入|开展|进行|实行|参与|参加|享受|接受|达到|达标|达优|由|将|被|提前")
#: A note defining a numbered name, e.g. "13.“1+3+N”低空经济发展平台：", "6.六大科技专项：": the quantities after it
#: spell out the name (“1”是1个省级…服务站), none is a reported quantity (GUIDELINES: counts inside names).
#: A note defining a term, e.g. "8.三区三线：指…3条控制线", "[10]“双千工程”：指…每年招商引资入库1000个以上项目": its
#: numbers spell out the definition, none is a reported quantity.
_DEFINITION = re.compile(r"\s*[\[〔【(（]?\d{1,3}[\]〕】)）]?[.．、]?\s*[^：:，,。；;]{1,24}[：:]\s*(?:是?指|即|主要包括|包括)")
_GLOSSARY = re.compile(
    r"\s*[\[〔【(（]?\d{1,3}[\]〕】)）]?[.．、]?\s*[^：:，,。；;]{0,12}?"
    r"(?:“[\dNn+＋]{2,}[^“”]{0,3}”|[一二三四五六七八九十两]+(?:大|个|项|张|条|类|化))[^：:，,。；;]{0,20}[：:]"
    # "8.6个重大科技专项：", "3.10种有色金属：", "36．城乡生活污水治理3个“三年行动”：": a note number, then a name counting
    # its parts in figures (read as 8.6个 before); only after a note number's dot, so "12个重点项目：" in a body stays
    r"|\s*\d{1,3}[.．]\s*[^：:，,。；;\d]{0,12}?\d{1,3}(?:大|个|项|张|条|类|种|批)[^：:，,。；;]{0,20}[：:]"
    # "21.5+2就业之家：": a note number, then a numbered name unquoted (5+2, 1+N)
    r"|\s*\d{1,3}[.．]\s*[\dNn]{1,3}[+＋][\dNn+＋]*[^：:，,。；;]{0,20}[：:]"
)
#: An adverb ending the noun after a count, e.g. "均" in "115个居委会均完成…".
_ADVERB_END = re.compile(r"(?:均|都|全部|已经|已)+$")
#: A year opening a clause, e.g. "1978年" in "…税收利润，1977年为31.5元，1978年为35.5元".
_YEAR_OPEN = re.compile(r"(?:\d{4}|[一二〇零○][一二三四五六七八九〇零○]{3})年")
#: Units of things counted in a place or of its area, after which a noun says what is measured: "520亩土地".
_PLACE_UNITS = frozenset({"个", "家", "所", "座", "处", "条", "项", "户", "栋", "亩", "平方米", "平方公里", "公顷"})
#: A place name alone, e.g. "城东片区" in "城东片区520亩土地征占迁全面完成": it says where, not what is measured.
_PLACE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}(?:片区|新区|园区|开发区|街道|社区|山区|城区|镇|乡|村|县|市|区|省)")
#: A word naming what a unit measures, right before the next item of a list: "标准煤" in "0.51吨标准煤和20.3立方米".
_UNIT_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}(?=[、和及与]\d)")
#: The base of a rate opening the first subject of a list, shared by the short ones after it: "万元GDP" in
#: "万元GDP建设用地、水耗、电耗分别下降…", "人均" in "人均耕地、林地…".
_PER_BASE = re.compile(r"(?:万元|每万元|单位)\s*(?:GDP|地区生产总值|生产总值|工业增加值)\s*|人均|每万人|每千人|每百户")
#: A change to the same list of subjects, e.g. "分别提高" in "户厕覆盖率、污水治理率分别提高20.9、36.2个百分点".
#: The 到/至 after a change word naming a new level, with the base of a rate, e.g. "至" in "提高至2030元和800元",
#: "到每人每月" in "提高到每人每月900元和650元".
_TO_LEVEL_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:到|至)(?:每人每[月年]|每[人月年]|[月年]?人均)?$")
_RESPECTIVELY = re.compile(r"^(?P<subjects>.+?)分别(?P<change>[^、和及与]*)$")

# the disposal construction: what is handled stands after 把, the words before it are who and when
# ("争取在三年内把我国人口自然增长率降到百分之一以下" → 我国人口自然增长率); 把握 is a word
_DISPOSAL = re.compile(r"^.*把(?!握)(?=[\u4e00-\u9fff“]{2})")
# 将 opening a label is no part of what is measured, as "will" ("将新增学位1.2万个" → 新增学位) or as 把 marking what
# is handled ("将小规模纳税人增值税起征点提高到…" → 小规模纳税人增值税起征点); 将军, 将来, 将近, 将领 are words
_WILL_HEAD = re.compile(r"^将(?![军来近领士帅])(?=[\u4e00-\u9fff“]{2})")
# an adverb of sequence opening a label is no part of what is measured ("又撤销了9个国家行业主管局" → 撤销国家行业主管局),
# nor is the 的 tying a quantity to its noun ("完成10万人次的培训任务" read as 的培训任务 → 培训任务)
_SEQUENCE_HEAD = re.compile(r"^(?:又|同时|的(?![确士]))(?=[\u4e00-\u9fff]{2})")
# a list tail left before the subject: the words up to 等 are the examples' tail, the subject follows
# ("大赛等棚户区改造基本建成" → 棚户区改造基本建成); 等级 and 等等 are words, a kind or group word after 等 keeps its
# examples ("科技等领域", "环境保护等十大民生领域"), and so does a list of examples ("甲路、乙路等道路改造工程")
_EXAMPLES_HEAD = re.compile(
    r"^[^、，,和及与]*等(?![级等]|[一二两三四五六七八九十百千\d]|(?:领域|方面|行业|部门|单位|地区|地方|区域|环节|类|项|种|方式))(?=[\u4e00-\u9fff“]{5})"
)
# a count of batches or rounds glued before the counted noun, with the verb before it ("批准2批国家…示范区" →
# 国家…示范区, "完成3批次村庄整治" → 村庄整治): the batches are how, not what, is counted
_BATCH_HEAD = re.compile(r"^[^\d]{0,4}?\d+(?:批次?|轮|次)共?(?=[\u4e00-\u9fff“]{4})")
# a range whose bound this quantity is ("1千万至1亿元企业", "500万元至1000万元的企业"): as a size class sorting a noun
# it gives no value; a range measuring something ("控制在3%至5%之间", "增长6%至8%，") ends in punctuation or 之间
_RANGE_LOWER_BEFORE = re.compile(r"\d(?:[\d.]*)(?:[千万亿]*(?:元|美元|%|人|家|户|吨|亩)?)?\s*[至到～~－\-—]\s*$")
_RANGE_UPPER_AFTER = re.compile(r"\s*[至到～~－\-—]\s*\d[\d.]*[千万亿]*[^\d，,。；;：:\s]{0,3}?(?=的?[\u4e00-\u9fff])")
_CLASS_AFTER = re.compile(r"的?(?!之间|左右|以内|以下|以上|目标|水平|区间|范围|幅度)[\u4e00-\u9fff]")
# a label that is only a time ("到2011年接近1000亿元") or another count with its noun ("涉及177个行政村342个自然村",
# "6个基地1000栋") says nothing a reader could index as what the number measures
_NO_MEASURE_LABEL = re.compile(r"(?:到|至|截至|截止)?\d{4}年(?:底|末)?|(?:\d+(?:\.\d+)?[个家所座处条项名户][\u4e00-\u9fff]{1,4})+")
# "在工业增加值年均增长6.8%的同时": 在…的同时 frames the quantity; 在 is no part of the label
_WHILE_AFTER = re.compile(r"的同时")
# a share of the whole named without 比重: "基层医疗机构诊疗量占全市67%" → 基层医疗机构诊疗量占全市比重
_SHARE_OF_WHOLE_END = re.compile(r"(?<!分别)占(?:全国|全省|全市|全区|全县|全州)$")
# the tags of words a plain noun is made of ("保障性/n 住房/n", "公共/b 住房/n"), for the things a bare verb counts
_NOUN_TAGS = frozenset({"n", "nz", "ns", "nt", "b"})
# "成为全省7个奶业生产能力提升示范县之一": the count is of the set the subject is one of, named up to 之一
# (分之一 is a fraction: "占全市四分之一")
_ONE_OF = re.compile(r"(?P<set>[^，,。；;：:、]{2,24}?)(?<!分)之一")
# the scope and batch before such a count: "全省", "全国首批", "全省第一批"
_SET_SCOPE = re.compile(r"(?:全国|全省|全市|全区|全县|全州)?(?:首批|第[一二三四五六七八九十\d]{1,2}批)?$")
# what qualifies the set, after the verb placing the subject in it: "获得先进集体称号的全国" in
# "我市是获得先进集体称号的全国15个地级市之一"
_SET_LEAD = re.compile(r"(?:成为|是|为|作为|入选|进入)(?P<lead>[^，,。；;：:、成是为]{0,24}(?<![和及与]))$")



# "某某科创园6月底前总投资" → 某某科创园总投资: a month glued inside a label says when, not what is measured
# (a period opening the label, "1—11月规上工业增加值", and a date after a year, "今年7月", stay)
_GLUED_MONTH = re.compile(r"(?<=[\u4e00-\u9fff])(?<![年到至])\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|初|中旬|上旬|下旬)?(?:前|以前)?(?=[\u4e00-\u9fff])")

# "对初步摸底的危房进行核实" → 核实初步摸底的危房: 对…进行 only frames the verb; the label is the verb and its object
#: the words after a quantity saying what it is or does, not naming a noun: "的", "以上", "增长", "用于" ("2亿元用于…"),
#: a grade ("20万吨级码头": no quantity of the noun), the rest of a unit ("5000家次", "9方面"), a milestone ("百亿元大关")
_NOT_A_NOUN_AFTER = re.compile(r"的|以上|以下|以内|左右|多(?!" + patterns.MANY_KINDS + r")|余|增长|下降|提高|减少|增加|同比|比|较|分别|达|为|是|占|用于|以|等|全部|均|和|及|与|或|级|已|并|每|内|之|次(?:以上|以下|左右|[，,。；;、]|$)|面(?!积)|大关|关口|台阶")

#: a verb opening a label within its first characters, after an adverb: 完成 in "全市率先完成辖区"
_VERB_LEAD_WITHIN = 6

#: the longest noun after a quantity that a verb-led label reads on with ("省级县域特色产业集群")
_NOUN_READ_ON = 12

#: a clause opening with a frame (a comparison, a circumstance, a focus, an old level), e.g. 比 in "比原计划", 经过 in
#: "经过群众讨论以后", 由 in "由过去的百分之三十以上":
#: it names no subject of the quantity after it
_FRAME_START = re.compile(r"比|较|与|同|跟|在|经过|通过|因|由于|由|从|将|聚焦|围绕|按照|根据|为了|为|对")

_ABOUT_DONE = re.compile(r"^对(?P<object>[^对，,。；;]{2,20}?)进行了?(?P<verb>[\u4e00-\u9fff]{2,6})$")

# "64 青少年体育技能公益培训", "100.投入": the number of an item of a numbered list (a table row) opens no label
_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:[.．、]|\s+(?![个家条岁名位项人件所座户亩台辆次元万亿千百]))(?=[\u4e00-\u9fff])")

# "十三届文博会成交" → 第十三届文博会成交: the ordinal's 第 was cut with the label's left edge
_SESSION_CUT = re.compile(r"^(?=[一二三四五六七八九十\d]{1,3}届[\u4e00-\u9fff“])")

# a count before a noun and 各 with a verb: "10个街道各打造1个示范小区" → 街道 (the count is of the streets, what each
# does is no part of what is counted)
_EACH = "各"
# 各 (each) left at a label's end says the value is each item's, it is no part of what is measured: "新建图书馆、
# 文化馆各3个" → 新建图书馆、文化馆. Cut only when the label is final, so lists before it are read with it.
_EACH_END = re.compile(r"(?<=[\u4e00-\u9fff])各$")
_EACH_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?各(?![类种级项地界个自族方式样])(?=[\u4e00-\u9fff])")
# the count of the things 各 distributes over, opening the label of what each does: "10个" of "10个街道各打造…"
_EACH_COUNTED = re.compile(r"\d+(?:\.\d+)?[个家所座名处条项](?=[\u4e00-\u9fff]{1,8}各(?![类种级项地界个自族方式样]))")
# a label that is only an amount of money spent, left of a count of what was done with it: "投资1884万元" of
# "投资1884万元完成了30栋老旧楼房维修改造" (the count is of the buildings)
_MONEY_ONLY = re.compile(r"[\u4e00-\u9fff]{0,6}?\d+(?:\.\d+)?[千万亿]*元")
# the verb between that amount and the count: "完成了" (了 only marks it done)
_DONE_WITH = re.compile(r"(?P<verb>[\u4e00-\u9fff]{1,4}?)了?")
# an investment threshold sorting the things counted, after the count: "总投资10亿元以上的项目" of
# "组织实施10个总投资10亿元以上的项目、…" (CONVENTIONS 27: the count is measured, the threshold says which)
_INVESTED_THRESHOLD = re.compile(r"(?:计划总投资|总投资|投资)(?:超过|超|过)?\d+(?:\.\d+)?[千万亿]*元以上的?[\u4e00-\u9fff]{1,8}?(?=[，,。；;、和及与]|$)")
# the bound or 的 tying a quantity to the noun after it: "16.9万平方米的绿化任务", "万人以上的游客"
_OF_NOUN = re.compile(r"(?:以上|以下|左右|多|余)?的")
# a change word after a label's qualifier before 占: "同比" of "某产值同比占规模以上工业总产值比重" (a share is no change)
_CHANGE_BEFORE_SHARE = re.compile(r"同比(?=占)")
# verbs after which a noun tied by 的 says no more than the verb: a change, a level, a share
# the tags of words saying when or how before a verb: 每年 (r), 年内 (t), 全力 (d), 加快 (v)
_WHEN_HOW_TAGS = frozenset({"v", "d", "r", "t"})
_NOT_OF_VERB = re.compile(r"(?:提高|提升|增长|增加|下降|降低|减少|达到|实现|占|是|为|超过|突破)$")

# a frame word 以 opening a quantity that is a goal, not a result: "以企业诉求办结率100%为导向" → 企业诉求办结率
_FRAME_YI = re.compile(r"以(?=[\u4e00-\u9fff“]{2})")
# what closes that frame after the quantity: "为导向", "为目标"
_FRAME_YI_END = re.compile(r"(?:以上|以内|左右)?为(?:导向|目标|重点|标准|抓手|主线|核心|引领|底线)")
# a comparison opening a label whose noun follows the quantity: "远低于全市" of "远低于全市3%的控制线" → 全市控制线
_COMPARE_OPEN = re.compile(r"^(?:远|略|明显|大幅|均)?(?:低于|高于|优于|好于|快于|慢于)")
# a gap to another: "与第一名有着710亿元的差距", "与第三名、第四名相距不足100亿元": the clause before the quantity ...
_GAP_BEFORE = re.compile(r"(?:与|同|和)(?P<other>[^，,。；;：:与同和]{1,12}?)(?P<verb>有着|存在|还有|尚有|相差|相距|差距)(?:不足|不到|近|约|仅|超过|达)?$")
# ... and 的差距 after it: "710亿元的差距"
_GAP_AFTER = re.compile(r"的?(?:差距|差额)")
# a label of only a function word: "的" of "百分之八十以上的在押罪犯" ...
_BARE_FUNCTION = re.compile(r"[的之了和及与]?")
# ... and the noun after the quantity it measures: "的在押罪犯" (up to a verb or adverb of the clause)
_NOUN_AFTER_OF = re.compile(r"(?:以上|以下|左右|多|余)?的(?P<noun>[\u4e00-\u9fff]{2,8}?)(?=分别|均|都|已|被|将|正|在|投入|参加|实现|[，,。；;、]|$)")
# units of a share or a time limit set on what a verb after it does: "100%自营", "48小时上门回收"
_VERB_AFTER_UNITS = {"%": "比例", "小时": "时限", "分钟": "时限", "个工作日": "时限", "工作日": "时限"}
# the verb phrase after such a quantity, ending its clause or list item: "自营", "上门预约回收"
_VERB_AFTER = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2,8})(?=[，,。；;、]|$)")
# words after a quantity that are no verb on it: a bound, a milestone, a change
_NOT_VERB_AFTER = re.compile(r"以上|以下|以内|左右|之间|上下|的|目标|水平|台阶|大关|增长|下降|提高|降低|减少|增加|完成|左|内")
# a frame 在…中 around the things counted: "在党政机关办的公司中" of "在党政机关办的24187个公司中，已有…"
_IN_FRAME = re.compile(r"^在(?P<inner>[^在中]{2,20})[中里]$")
# a comparison verb cut after its first character: "年均增长高" of "年均增长分别高达22%和30%"
_CUT_HIGH = re.compile(r"(?<=增长|下降|增速|增幅|降幅)[高低]$")
# kinds listed before the noun they sort, after a count: "都市型、楼宇型体育场地" of "新建180个都市型、楼宇型体育场地"
_KINDS_BEFORE_NOUN = re.compile(r"(?P<kinds>(?P<first>[\u4e00-\u9fff]{1,4}[型式类级制])(?:[、和及][\u4e00-\u9fff]{1,4}[型式类级制])+)(?P<noun>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)")
# work named at the end of a list of counts, shared by all its items: "消防专项整治" of "38家农贸市场和39家百货商场消防专项整治",
# "建设" of "5个泵站和2个水质净化厂建设"
_WORK_END = re.compile(r"(?:消防|环境|安全|立面)?(?:专项|综合|提标|升级|提质)?(?:建设|改造|整治|治理|修缮|整修|更新改造|改造提升|提升改造)$")
# a frame verb opening that label: "实现" of "实现公办学校食堂100%自营"
_FRAME_VERB_OPEN = re.compile(r"^(?:全[国省市区县])?(?:率先|全面|基本)?(?:实现|做到|确保|力争|推动|保持)")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return patterns.quantity_pattern(lexicon().units)


@lru_cache(maxsize=2)
def _package_after(unit: str) -> re.Pattern[str]:
    """A policy package's noun after its count: a few words before it after 条 ("22条先行先试政策"), none after 项."""
    words = "[\u4e00-\u9fff“”]{0,8}?" if unit == "条" else "(?:重点|具体)?"
    return re.compile(f"{words}(?:{_package_noun().pattern})")


@lru_cache(maxsize=1)
def _package_noun() -> re.Pattern[str]:
    """What a policy package of "N项" is called, e.g. 措施 in "出台外贸高质量发展32项措施"."""
    return re.compile("|".join(map(re.escape, sorted(resources.load_words("rules/package_nouns.txt"), key=len, reverse=True))))


@lru_cache(maxsize=1)
def _change_only() -> re.Pattern[str]:
    """A label that says only how something changed, e.g. "同比增长" (data/rules/change_words.txt)."""
    qualifiers, changes = (line.split() for line in resources.load_lines("rules/change_words.txt"))
    # two qualifiers at most ("年均实际增长"); 分别 only first, a later 分别 pairs values with a list ("同比分别增长")
    later = [q for q in qualifiers if q != "分别"]
    return re.compile(f"(?:{_COMPARED.pattern}|比重)?(?:{'|'.join(qualifiers)})?(?:{'|'.join(later)})?(?:{'|'.join(changes)})")


@lru_cache(maxsize=1)
def _threshold_noun() -> re.Pattern[str]:
    """A noun sorted by a count of households or people, e.g. 自然村 (data/rules/threshold_nouns.txt)."""
    return re.compile("|".join(map(re.escape, sorted(resources.load_words("rules/threshold_nouns.txt"), key=len, reverse=True))))


@lru_cache(maxsize=1)
def _bare_scale() -> re.Pattern[str]:
    return patterns.bare_scale_pattern()


@lru_cache(maxsize=1)
def _implied_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """The trailing verbs to trim, and the unit each measured noun implies (data/rules/implied_units.tsv)."""
    verbs = sorted(resources.load_words("rules/quantity_verbs.txt"), key=len, reverse=True)
    trim = re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")+$")
    heads = {row["head"]: row["unit"] for row in resources.load_tsv("rules/implied_units.tsv")}
    return trim, heads


@lru_cache(maxsize=1)
def _count_verbs() -> tuple[re.Pattern[str], frozenset[str]]:
    """Verbs that read on with the noun counted after them, and the classifiers of counts (data/rules/count_verbs.txt)."""
    verbs, classifiers = (line.split() for line in resources.load_lines("rules/count_verbs.txt"))
    return re.compile("(?:" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")$"), frozenset(classifiers)


@lru_cache(maxsize=1)
def _verb_start() -> re.Pattern[str]:
    """A clause or noun opening with a verb of count_verbs.txt or list_lead_verbs.txt: "建成" in "建成梅沙湾"."""
    verbs = resources.load_lines("rules/count_verbs.txt")[0].split()
    verbs += sorted(resources.load_words("rules/list_lead_verbs.txt"))
    return re.compile("(?:" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


@lru_cache(maxsize=1)
def _leading_verbs() -> re.Pattern[str]:
    """Verbs opening the words before a count, e.g. "筹集" in "筹集资金3亿元" (built once from _verb_start)."""
    return re.compile(f"^(?:{_verb_start().pattern}|筹集|完成|新增|新开工|开工)+")


@lru_cache(maxsize=1)
def _list_lead() -> re.Pattern[str]:
    """An increment verb opening a list of counts, a few words in at most (data/rules/list_lead_verbs.txt).

    "勘探新增石油地质储量3000万吨、天然气200亿立方米": 新增 holds for 天然气 too.
    """
    verbs = sorted(resources.load_words("rules/list_lead_verbs.txt"), key=len, reverse=True)
    return re.compile(r"^(?:全年|其中)?[\u4e00-\u9fff]{0,2}?(" + "|".join(map(re.escape, verbs)) + ")")


@lru_cache(maxsize=1)
def _measure_head() -> re.Pattern[str]:
    """A word ending the name of a measured quantity, e.g. "产量" (data/rules/measure_heads.txt)."""
    heads = sorted(resources.load_words("rules/measure_heads.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")


#: A record or a steady rise said of measures before their figures: "再创新高" in "图书借阅量、到馆人数再创新高，分别
#: 增长12%、9%", "创历史新高" in "粮食产量创历史新高，比上年增加…", "保持较快增长"; the measures named before are the subject.
_RECORD_TAIL = re.compile(r"(?:均|再|双双|同时|分别)?(?:再创|创)(?:历史|近年)?新高$|(?:均|双双)?(?:实现|保持)(?:较快|快速|稳定|稳步|平稳)增长$")


def _named_measure(piece: str, longest: int = _COMPOSITE) -> str | None:
    """A clause that only names a measured quantity, the subject of the change after it: "棉纱的产量" of
    "棉纱的产量，比上一年增加…"; None when the clause holds a quantity or a verb opening it, or ends in no measure."""
    name = _LABEL_HEAD.sub("", _CHINESE_YEAR.sub("", piece.strip(" \u00a0\u3000")))
    name = _RECORD_TAIL.sub("", name)  # "图书借阅量、到馆人数再创新高" → 图书借阅量、到馆人数
    if not 2 <= len(name) <= longest or _before_quantity(name) != name or _verb_start().match(name):
        return None
    return name if _measure_head().search(name) and _HAN_WORD.fullmatch(name.replace("、", "")) else None


@lru_cache(maxsize=1)
def _scope_words() -> frozenset[str]:
    """Words naming where a counted thing is, e.g. "市区" (data/rules/scope_words.txt)."""
    return resources.load_words("rules/scope_words.txt")


@lru_cache(maxsize=1)
def _vague_heads() -> frozenset[str]:
    """Label heads that alone say nothing of what is counted (data/rules/vague_label_heads.txt)."""
    return resources.load_words("rules/vague_label_heads.txt")


@lru_cache(maxsize=1)
def _money_verb() -> re.Pattern[str]:
    """A verb ending a label before money that reads on with the fund after it (data/rules/money_verbs.txt)."""
    verbs = sorted(resources.load_words("rules/money_verbs.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")$")


# a second owner joined after the first, with a quantity of its own: "和总投资5亿元的" of
# "总投资8.1亿元的某某产业园和总投资5亿元的某某项目"
_NEXT_OWNED = re.compile(r"[和及与、](?=(?:计划)?总?投资|\d)")


@lru_cache(maxsize=1)
def _owner_end() -> re.Pattern[str]:
    """Where the name of what has a quantity ends (data/rules/owner_end_words.txt, built_verbs.txt)."""
    words = resources.load_words("rules/owner_end_words.txt") | resources.load_words("rules/built_verbs.txt")
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _owner_after(text: str, pos: int) -> str | None:
    """What has the quantity before ``pos`` (a 的 stands there): "某某工业园" in "投资33亿元的某某工业园、…".

    A count before it is skipped ("总投资12亿元的6个某某项目如期完成" → 某某项目), and a predicate after it cut.
    """
    listed = _OWNERS_COUNTED.match(_QUOTE_MARKS.sub("", _NOTE_MARK.sub("", text[pos:])))
    if listed is not None and (kind := _NOUN_AFTER.match(listed.group("rest"))) is not None:
        # "总投资1.7亿元的甲化纤、乙电力、丙电器3个项目": the amount is of all the things counted, not of the first
        noun = _OWNED_WORK_END.sub("", _owner_end().split(kind.group())[0])  # "项目建设": the work is no part of what has it
        named = listed.group("items") + noun
        return named if len(named) <= _RIGHT_WHOLE - 3 else noun if len(noun) >= 2 else None
    piece = _QUOTE_MARKS.sub("", _OWNER_NAME_END.split(_NOTE_MARK.sub("", text[pos:]))[0])
    piece = _NEXT_OWNED.split(piece)[0]  # "…产业园和总投资5亿元的…": the next owner of its own quantity
    count = _pattern().match(piece)
    if count is not None and count.group("num")[0].isdigit():
        piece = piece[count.end() :]
    classifiers = _count_verbs()[1]
    # "某某中心11个过亿元项目开工": a later count ends the name; "某某5GW光伏电池": a spec inside it does not
    later = next((m for m in _pattern().finditer(piece) if m.group("unit") in classifiers and m.group("num")[0].isdigit()), None)
    ends = [m.start() for m in (_owner_end().search(piece, 2), later) if m is not None]
    owner = piece[: min(ends)] if ends else piece
    return owner if 2 <= len(owner) <= _LEFT else None


@lru_cache(maxsize=1)
def _body_end() -> re.Pattern[str]:
    """A label ending in a body's name, e.g. "区政府" (data/rules/body_label_ends.txt)."""
    ends = sorted(resources.load_words("rules/body_label_ends.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + ")$")


def _implied_unit(text: str, start: int) -> str | None:
    """The unit a bare scaled number counts, from the noun before it: "贫困人口减少25万" → 人."""
    trim, heads = _implied_units()
    clause = _PIECE_BREAK.split(text[:start])[-1].rstrip(" \u00a0\u3000")
    noun = trim.sub("", clause)
    for size in range(min(len(noun), 5), 1, -1):
        unit = heads.get(noun[-size:])
        if unit is not None:
            return unit
    return None


def _before_quantity(piece: str) -> str:
    """The words of a clause before its first quantity: "其中地方一般预算收入" of "其中地方一般预算收入335.4亿元".

    A Chinese numeral starts a quantity only with a unit after it: 一 of 一般 starts none; nor does a date.
    """
    if (percent := _PERCENT_WORDS.search(piece)) is not None:
        piece = piece[: percent.start()]  # "一九八一年比一九八○年增长百分之十四点一": a share in words is a quantity too
    dates = [d.span() for d in patterns.DATE.finditer(piece)] + [c.span() for c in _PARTICLE_CODE.finditer(piece)]
    for m in _QUANTITY_START.finditer(piece):
        if any(a <= m.start() < b for a, b in dates):
            continue  # "2016年本市生产总值19492.6亿元": a year starts no quantity
        if not piece[m.end() - 1].isdigit() and piece[m.start() - 1 : m.start()] == "每":
            continue  # "城镇居民每百户拥有家用汽车21.5辆": 每百户 is the base of a rate, no quantity
        if _PER_10K.match(piece, m.start()):
            continue  # "万元GDP能耗为0.39吨": the base of a rate, no quantity
        if piece[m.end() - 1].isdigit() or _pattern().match(piece, m.start()) or _bare_scale().match(piece, m.start()):
            # "职工大约八百万人": 约 opens the quantity, 大 before it is the rest of 大约, no part of the words
            return piece[: m.start() - 1] if piece.startswith("大约", m.start() - 1) else piece[: m.start()]
    return piece


def to_number(text: str) -> float | None:
    """Arabic or Chinese numeral as a float: "1,662" → 1662.0, "三千五百" → 3500.0."""
    exact = _to_decimal(text)
    return None if exact is None else float(exact)


def _to_decimal(text: str) -> Decimal | None:
    """Arabic or Chinese numeral as an exact decimal: "303.6" → Decimal("303.6")."""
    text = text.replace(",", "").replace("，", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if text[:1] in ("十", "百", "千", "万", "亿"):
        text = "一" + text  # 超百亿元: a bare scale word counts one of it
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(text.replace("點", "点").replace("○", "〇"), "smart")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def _long_numeral(num: str) -> bool:
    """Whether a Chinese numeral of more than eight characters is one well-formed number with 万 or 亿 in it, as older
    reports write large amounts: "三千零四十七亿五千万" (斤), "一万二千三百四十五" (人); not a run of digits."""
    if len(num) > 16 or not ("万" in num or "亿" in num):
        return False
    try:
        import cn2an

        cn2an.cn2an(num.replace("○", "〇"), "strict")
    except (ValueError, KeyError, TypeError):
        return False
    return True


def extract_indicators(sentences: Sequence[Sentence]) -> list[Indicator]:
    """Every quantity of every sentence, except dates, ordinals and counts inside names."""
    out: list[Indicator] = []
    for sent in sentences:
        out.extend(sorted(_sentence_indicators(sent), key=lambda i: i.start))
    return out


def _sentence_indicators(sent: Sentence) -> list[Indicator]:
    """The quantities of one sentence: number + unit, and list items sharing the last item's unit."""
    pat = _pattern()
    text = sent.text.translate(_HALF_WIDTH)
    blocked = [
        (m.start(), m.end())
        for rx in (patterns.QUOTED, patterns.DATE, patterns.ORDINAL, _SPACED_ORDINAL, _SESSIONS, _IDIOMS, _ROUND_THE_CLOCK, _TIME_CIRCLE)
        for m in rx.finditer(text)
    ]
    out: list[Indicator] = []

    glossary = _GLOSSARY.match(text) is not None
    definition = _DEFINITION.match(text) is not None

    def add(start: int, end: int, num_start: int, exact: Decimal, unit: str, approximate: bool) -> None:
        if _NOTE_MARK.fullmatch(text[:start].strip(" \u00a0\u3000")):
            return  # "〔24〕1个“精品街道”：即…": a note defining a term, no reported quantity
        if definition or glossary:
            # "8.三区三线：指…3条控制线", "1.“3+4+8”机场群：…等3个国际航空枢纽机场", "“9064”养老模式：90%的老年人…":
            # a quantity spelling out a defined term or a numbered name
            return
        if len(_HAN.findall(_NOTE_MARK.sub("", text[:start] + text[end:]))) < 2:
            return  # "1亿元" standing alone (a table cell): no words saying what the number measures
        if _RANGE_LOWER_BEFORE.search(text[:start]) and _CLASS_AFTER.match(text, end):
            return  # "1千万至1亿元企业159家": the upper bound of a size class, no value
        if (upper := _RANGE_UPPER_AFTER.match(text, end)) is not None and _CLASS_AFTER.match(text, upper.end()):
            return  # "年营业收入500万元至1000万元的企业": the lower bound of a size class, no value
        label = _label(text, start, end).strip(" \u00a0\u3000")  # "，  比上届增长31.4%": no spaces around a label
        if unit in _count_verbs()[1] and (one_of := _ONE_OF.match(_ASIDE.sub("", text[end:]))) is not None:
            lead = _SET_LEAD.search(text[:start])
            scoped = _SET_SCOPE.search(text[:start])
            scope = lead.group("lead") if lead is not None else scoped.group() if scoped is not None else ""
            label = (scope + one_of.group("set"))[-_RIGHT_WHOLE:]
        label = _owned(label, text, start, [i for i in out if i.end <= sent.start + start], sent.start)
        if _list_size(text, start, end)[1] < 2:  # "城镇、农村居民…增长6.1%和7.4%": the items pair with the values
            label = _shared_items(label, text, start)
        label = _shared_tail(label, text, end)
        label = _SEQUENCE_HEAD.sub("", _WILL_HEAD.sub("", _DISPOSAL.sub("", label)))
        label = _BATCH_HEAD.sub("", _EXAMPLES_HEAD.sub("", label))
        if label.startswith("在") and _WHILE_AFTER.match(text, end) and len(label) >= 3:
            label = label[1:]
        if unit == "%" and _SHARE_OF_WHOLE_END.search(label) and len(label) >= 5:
            label += "比重"
        if unit == "%" and label.endswith("的") and _DONE_OF.search(label[-12:]):
            label = label[:-1] + "比例"  # "甲、乙分别完成年度任务的128%、142%" → 甲完成年度任务比例
        label = _tidied(label, text, start, end, unit)
        label = _framed(label, text, start, end, unit)
        if _HAS_PART_END.search(label) and _PART_NEXT.match(text, end) and len(whole := _HAS_PART_END.sub("", label)) >= 2:
            label = whole  # "全县120个行政村中有85个…": the whole is 行政村, 中有 opens its part
        if _NO_MEASURE_LABEL.fullmatch(label):
            return
        # "37个市级园区新改扩建标准厂房" (1260万平方米) → 市级园区新改扩建标准厂房: a count reported on its own is no
        # part of this label; one not reported ("5家金融机构向12家企业发放贷款") stays, it says whose
        reported = {i.surface for i in out}
        inside = _COUNT_INSIDE.sub(lambda c: "" if c.group() in reported else c.group(), label)
        if len(inside) >= 4:
            label = inside
        gated = _gated(label)
        if gated is None:
            return  # "对…充电站进行 = 80个": no words say what the number measures (see data/rules/label_gate.tsv)
        label = gated
        # "…总产值增长22.6%，占规模以上工业总产值的58.64%": a share named with its whole but no part takes the part too
        if (_bare_change(label) or _SHARE_NAMED.fullmatch(label)) and "分别" not in label:
            label = _carried(label, text, start, end, [i for i in out if i.end <= sent.start + start], sent.start)
        if unit.endswith("元") and (money := _EXAMPLES_MONEY.search(label)) is not None:
            kinds = list(_KIND_COUNTED_AFTER_EXAMPLES.finditer(_QUOTE_MARKS.sub("", text[:start]).rstrip("，,、 ")))
            if kinds:
                label = kinds[-1].group("kind") + money.group("money")  # the kind counted names what the money is of
        if unit.endswith("元") and _BARE_WORKS_MONEY.fullmatch(label):
            label = _works_before(text, start) + label  # "推进甲线等重大项目，完成投资2000亿元" → 重大项目完成投资
        if unit.endswith("元") and _BARE_SPENT_MONEY.fullmatch(label):
            label = _works_after(text, end) + label  # "投资900万元，实施了景观街改造" → 景观街改造投资
        label = _change_subject_trimmed(label)
        label = _level_head(label, text, end, [i for i in out if i.end <= sent.start + start])
        label = _word_completed(label, text)
        target = _TARGET_END.search(label) or _TARGET_AFTER.match(text, end)
        if target is not None and _TARGET_VERB.fullmatch(label[: target.start()] if target.re is _TARGET_END else label):
            # "PM2.5浓度45微克/立方米，…，超额完成50微克/立方米年度目标": the target is of what was measured in the same unit
            same = [i for i in out if i.unit == unit and i.end <= sent.start + start and not _TARGET_END.search(i.label)]
            if same:
                label = same[-1].label + target.group("target")
        label = _EACH_END.sub("", label)  # "省级园区各1个" → 省级园区
        if text[num_start - 1 : num_start] in ("-", "－") and label.endswith("增长"):
            label = label[:-2] + "下降"  # "增长-2.6%": a fall, recorded as 2.6 (GUIDELINES: a fall is positive)
        out.append(
            Indicator(
                label=label,
                value=round(float(exact), 6),
                unit=unit,
                surface=text[start:end],
                sentence=sent.index,
                start=sent.start + start,
                end=sent.start + end,
                approximate=approximate,
            )
        )

    def free(s: int) -> bool:
        """Not inside a name, date or ordinal, not the second half of a number or of a range."""
        if any(a <= s < b for a, b in blocked):
            return False
        before = text[:s].rstrip(" \u00a0\u3000")
        if before and (before[-1].isdigit() or before[-1] == "."):
            return False  # "690 亿元" read from 亿: the number stands before the space
        # "3至5个", "2-3年": a range, not one reported quantity
        return not patterns.RANGE_BEFORE.search(text, max(0, s - 12), s)

    for m in pat.finditer(text):
        s, e = m.start("num"), m.end()
        if not free(s):
            continue
        num = m.group("num")
        arabic = num[0].isdigit()
        if not arabic:
            # "由四千九百七十二亿元增加到…": the old level of a change is a quantity though no delimiter follows it
            old_level = _FROM_OPEN.search(text, 0, m.start()) is not None and _change_end(text, e) > e
            if not (patterns.AFTER_QUANTITY_DELIM.match(text[e:]) or old_level) or (len(num) > 8 and not _long_numeral(num)):
                continue
            if num[0] in "零〇○" or (num[0] in "十百千万亿" and _VAGUE_BEFORE.search(text, 0, s)):
                continue  # "一年零三个月", "几十倍": no number of its own
            if _DIGIT_RUN.fullmatch(num):
                continue  # "全市唯一一个", "两三个", "二三次管网": digits side by side with no place word are no count
            if num == "一" and m.group("unit") not in _RATIO_UNITS:
                continue  # 一批, 新一轮, 干一件成一件: an article ("a", "the next"), not a count
        if m.group("unit") in ("次",) and text[e : e + 2] == "会议":
            continue
        if _UNIT_STARTS_WORD.match(text, m.start("unit")):
            continue
        if m.group("unit") == "个" and text.startswith("方面", e):
            continue  # "从6个方面推出18项任务": the areas a text is ordered in, no reported quantity
        if m.group("unit") == "项" and text.startswith("目", e) and _CODE_LETTER_BEFORE.search(text, 0, m.start()):
            continue  # "华星光电G11项目", "某某T7项目": a letter and digits are the project's code name, no count
        if text.startswith("级", e):
            continue  # "30万吨级航道", "10亿元级项目", "25兆瓦级风电主轴轴承": a grade of the thing, no reported quantity
        if text[m.start() - 1 : m.start()] == "每" and not m.group("pre"):
            continue  # "每10万人45台", "最低收购价每50公斤": the base of a rate, no reported quantity
        if m.group("unit") in ("名", "位") and not m.group("pre") and _RANK_BEFORE.search(text, 0, m.start()):
            continue  # "首次进入前10名", "居全省前十位": a rank (CONVENTIONS 5), not a reported quantity
        exact = _to_decimal(num)
        if exact is None:
            continue
        scale = m.group("scale")
        if scale:
            exact *= _SCALE[scale]
        unit = m.group("unit")
        if not arabic and unit in _PHASE_UNITS:
            continue  # 二期, 一期: the phase of a project, not a count
        if unit in ("条", "项") and patterns.POLICY_COUNT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            if unit == "条" or _package_noun().match(text, e):
                continue  # 出台稳经济47条, 出台外贸高质量发展32项措施: a count inside a policy package's name
        if unit in ("条", "项") and _package_after(unit).match(text, e):
            if unit == "条" or _PACKAGE_ISSUED.search(text, 0, m.start()):
                # "实施促进民营经济高质量发展20条措施", "某区22条先行先试政策基本落地", "制定支持外贸的若干政策，出台
                # 稳外资15项措施": the verb far before or none, the package named after the count (CONVENTIONS 4)
                continue
        threshold = _THRESHOLD_AFTER.match(text, m.end("unit"))
        if threshold and (unit.endswith("元") or (unit in ("户", "人") and _threshold_noun().match(text, threshold.end()))):
            continue  # "2亿元以上企业30家", "20户以上自然村": a criterion sorting the noun, no measured value (CONVENTIONS 27)
        over = m.group("pre") in ("超", "超过") or text[max(0, m.start() - 1) : m.start()] == "过"
        if over and unit.endswith("元") and _OVER_MONEY_NOUN.match(text, e) and not _FUND_SIZE.search(text, 0, m.start()):
            continue  # "年销售收入过10亿元企业5家": a criterion sorting the firms too, the count is measured
        tail = _list_tail(text, e)
        if tail is not None and len(tail.group("unit")) > len(unit) and tail.group("unit").startswith(unit):
            unit = tail.group("unit")  # "提高9.9个、3.1个百分点": the first 个 is short for 个百分点
        begin = m.start()
        if m.group("pre") == "约" and text[begin - 1 : begin] in _YUE_WORD:
            begin = s  # "节约10%": 约 ends the verb before, the quantity starts at the number
        if "/" not in unit and unit in _MASS_UNITS and (per := _PER_VOLUME_BEFORE.search(text, 0, begin)) is not None:
            # "臭氧浓度由每立方米159微克降至141微克": the volume named before the number is the unit's denominator
            unit, begin = f"{unit}/{per.group('per')}", per.start()
        elif "/" not in unit and unit in _MASS_UNITS and (per := _PER_VOLUME_LEVEL_BEFORE.search(text, 0, begin)):
            unit = f"{unit}/{per.group('per')}"  # "141微克" of "由每立方米159微克降至141微克": the new level's unit is the old's
        approximate = bool((begin < s and m.group("pre")) or m.group("approx0") or m.group("approx") or m.group("post"))
        approximate = approximate or _approx_list_head(text, begin) or _milestone(text, e)
        # "占比不低于15%", "控制在3%以内": a floor or a ceiling is a bound, marked approximate (GUIDELINES)
        approximate = approximate or bool(_BOUND_BEFORE.search(text, 0, begin) or _BOUND_AFTER.match(text, e))
        add(begin, e, s, exact, unit, approximate)

    for m in _BARE_LIST_ITEM.finditer(text):
        tail = _list_tail(text, m.end())
        if tail is None or not free(m.start()):
            continue
        exact = Decimal(m.group("num"))
        scale = m.group("scale") or tail.group("scale")
        if scale:
            exact *= _SCALE[scale]
        approximate = _approx_list_head(text, m.start()) or _milestone(text, m.end())
        add(m.start(), m.end(), m.start(), exact, tail.group("unit"), approximate)

    for m in _PERCENT_WORDS.finditer(text):
        exact = _to_decimal(m.group("num"))
        if m.group("num") == "百" and not m.group("post") and _FULLY_ADVERB.match(text, m.end()):
            continue  # "百分之百完成", "百分之百地落实": "fully", no quantity measured
        if exact is not None and free(m.start()):
            add(m.start(), m.end(), m.start("num"), exact, "%", bool(m.group("pre") or m.group("post")))

    for m in _bare_scale().finditer(text):
        s, e = m.start("num"), m.end()
        if not free(s) or _list_tail(text, e) is not None or (text[s - 1 : s] or "").isdigit():
            continue  # "10.6万、3.8万平方公里": an item sharing the unit of its list
        unit = _implied_unit(text, m.start())
        exact = _to_decimal(m.group("num"))
        if unit is None or exact is None:
            continue
        exact *= _SCALE[m.group("scale")]
        approximate = any(m.group(g) for g in ("pre", "approx0", "approx", "post"))
        add(m.start(), e, s, exact, unit, approximate or patterns.MILESTONE_AFTER.match(text, e) is not None)
    return out


def _works_after(text: str, end: int) -> str:
    """The works money spent (a bare 投资/投入 label) pays for, named right after it ("" when none is named for sure):
    "景观街改造" in "投资900万元，实施了景观街改造", "通信基站" in "投资1000万元，建设通信基站16个", "标准化学校创建" in
    "投资2756万元，完成9所标准化学校创建", "农村公路改造" in "投资3000万元，对100余公里农村公路进行了改造"."""
    m = _WORKS_AFTER_MONEY.match(text, end)
    if m is None:
        return ""
    works = m.group("works")
    if (counted := _pattern().match(works)) is not None and counted.start() == 0:
        works = works[counted.end() :]  # "完成9所标准化学校创建": the count before the works is reported on its own
    if (object_ := _DONE_TO.fullmatch(works)) is not None:
        # "对21个小区…的二三次管网进行更换改造": counts (in Arabic digits) are cut, words such as 二三次 stay
        counts_cut = _pattern().sub(lambda q: "" if q.group("num")[0].isdigit() else q.group(), object_.group("object"))
        works = counts_cut.lstrip("余多") + object_.group("act")
    follows = text[m.end() : m.end() + 2]
    if (count_after := _pattern().match(text, m.end())) is not None and count_after.start() == m.end():
        follows = text[count_after.end() : count_after.end() + 2]  # "新改建线路400公里、配变244台": one of a list
    if (
        len(works) < 3
        or len(works) > 16
        or works.endswith("等")
        or _NUMBER_OR_OPEN_LIST.search(works)
        or any(ch.isdigit() for ch in works)
        or (follows[:1] == "、" and follows[1:].isdigit())  # "完成16个老旧小区环境综合整治、29个…": one of a list
        or follows[:1] == "、"
    ):
        return ""
    return works


def _works_before(text: str, start: int) -> str:
    """The works whose investment a bare 完成投资 before ``start`` reports, named in one of the three clauses before it
    ("" when none is): "重大项目" in "推进甲线、乙线等重大项目，完成投资2000亿元", "某提质项目" in
    "实施某提质项目573个，已开工410个、竣工133个，累计完成投资152亿元"."""
    clauses = _CLAUSE_BREAK.split(_QUOTE_MARKS.sub("", text[:start]))[:-1]
    for clause in reversed(clauses[-3:]):
        heads = list(_WORKS_HEAD.finditer(clause))
        if not heads:
            continue
        works = clause[: heads[-1].end()]
        works = works.rsplit("等", 1)[-1]  # "甲线、乙线等重大项目": the kind after the examples
        works = _WORKS_OPENING.sub("", works.strip(" \u00a0\u3000"))
        if _pattern().search(works) or len(works) < 4 or len(works) > _LEFT:
            return ""  # a quantity of its own, a bare head or a long stretch of words: no works named for sure
        return works
    return ""


def _word_completed(label: str, text: str) -> str:
    """A long label cut by a length limit inside a word, with the word completed (four characters at most):
    "…配备抢险救援消" → "…配备抢险救援消防车", "项目成功申报省级非物质文" → "项目成功申报省级非物质文化遗产"."""
    if len(label) < _WORD_CUT_FROM or not _HAN.match(label[-1]) or len(tokenize(label)[-1].text) != 1:
        return label  # a label ending in a whole word of two characters or more ("…项目") was not cut
    tail = label[-6:]
    at = text.find(tail)
    if at < 0 or not _HAN.match(text, at + len(tail)):
        return label
    cut = at + len(tail)
    window = max(0, cut - 6)
    for token in tokenize(text[window : cut + 6]):
        first, last = window + token.start, window + token.start + len(token.text)
        if first < cut < last and last - cut <= 4 and _HAN_WORD.fullmatch(text, cut, last):
            completed = label + text[cut:last]
            # "参保率达99.8%", "减按15%": a verb right before the quantity was trimmed on purpose
            if _QUANTITY_START.match(text, last) or _LABEL_TAIL.search(completed):
                return label
            return completed
    return label


def _tidied(label: str, text: str, start: int, end: int, unit: str) -> str:
    """A label read from words that are not what the quantity measures, set right.

    "10个街道各打造1个…" → 街道 (10个); "投资1884万元完成了30栋老旧楼房维修改造" → 完成老旧楼房维修改造 (30栋);
    "组织实施10个总投资10亿元以上的项目" → 组织实施总投资10亿元以上的项目; "每年吸纳万人以上的游客" → 每年吸纳游客.
    """
    each = label.find(_EACH)  # 各类, 各级, 各项 … are "all kinds of", no distribution: see _EACH_AFTER
    if each >= 2 and (owner := _EACH_AFTER.match(text, end)) is not None and (cut := label.find(owner.group())) >= 0:
        return label[: cut + len(owner.group()) - 1]  # the noun right after the count, then 各: what is counted
    if each >= 2 and (counted := _EACH_COUNTED.search(label)) is not None:
        label = label[: counted.start()] + label[counted.end() :]  # "10个街道各打造…示范小区" (1个): the streets' count
    money = None if unit.endswith("元") else _MONEY_ONLY.fullmatch(label)
    if money is not None and (at := text.rfind(label, 0, start)) >= 0:
        between = _DONE_WITH.fullmatch(text, at + len(label), start)
        right = _right(text, end)
        if between is not None and _counted_noun(right):
            return (between.group("verb") + right)[:_RIGHT_WHOLE]
    invested = _INVESTED.search(label)
    if invested is not None and not unit.endswith("元") and (sorted_by := _INVESTED_THRESHOLD.match(text, end)) is not None:
        return (label[: invested.start()] + sorted_by.group())[:_RIGHT_WHOLE]
    if (of := _OF_NOUN.match(text, end)) is not None and not _NOT_OF_VERB.search(label) and len(label) <= _COMPOSITE:
        at = text.rfind(label, 0, start) if label else -1
        verb = text[at + len(label) : start] if at >= 0 and _HAN_WORD.fullmatch(text, at + len(label), start) else ""
        led = label + (verb if len(verb) <= 4 else "")  # "全力完成5万亩的造林任务": the verb cut as the label's tail is back
        words = tokenize(led)
        # only a label of a verb and what says when or how ("完成", "每年吸纳"): a label naming a noun of its own keeps it
        if words and words[-1].tag == "v" and len(words[-1].text) >= 2 and all(w.tag in _WHEN_HOW_TAGS for w in words[:-1]):
            # the rest of the clause is that noun alone ("的绿化任务。"); 的 opening a word ("的士司机") ties nothing
            rest = _CLAUSE_BREAK.split(text[of.end() :])[0]
            tied = tokenize(text[of.end() - 1 : of.end() + 2])[0].text == "的" if of.group().endswith("的") else True
            noun = rest if tied and all(t.tag in _NOUN_TAGS for t in tokenize(rest)) else ""
            if 2 <= len(noun) <= 8 and not _pattern().search(noun):
                return led + noun  # "完成绿化任务": the verb and the noun its quantity is of
    return _CHANGE_BEFORE_SHARE.sub("", label)


def _framed(label: str, text: str, start: int, end: int, unit: str) -> str:
    """A label read from a frame, a comparison or a function word around the quantity, set to what it measures.

    "以企业诉求办结率100%为导向" → 企业诉求办结率; "远低于全市3%的控制线" → 全市控制线;
    "与第一名有着710亿元的差距" → 与第一名差距; "在党政机关办的24187个公司中" → 党政机关办的公司;
    "投入年均增长分别高达22%" → 投入年均增长; "百分之八十以上的在押罪犯" → 在押罪犯比例;
    "公办学校食堂100%自营" → 公办学校食堂自营比例; "大件垃圾48小时上门预约回收" → 大件垃圾上门预约回收时限.
    """
    if _FRAME_YI.match(label) and _FRAME_YI_END.match(text, end):
        return label[1:]
    if (kinds := _KINDS_BEFORE_NOUN.match(text, end)) is not None and label.endswith(kinds.group("first")):
        # the count is of the noun the listed kinds sort, not of the first kind alone
        return (label[: -len(kinds.group("first"))] + kinds.group("kinds") + kinds.group("noun"))[:_RIGHT_WHOLE]
    if (inside := _IN_FRAME.match(label)) is not None:
        return inside.group("inner")  # the things counted, without the frame "among"
    if _CUT_HIGH.search(label):
        return label[:-1]  # 高达 and 低至 are no part of what grew
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    if (gap := _GAP_BEFORE.search(clause)) is not None and (_GAP_AFTER.match(text, end) or gap.group("verb") in ("相差", "相距")):
        return "与" + gap.group("other") + "差距"
    if (opened := _COMPARE_OPEN.match(label)) is not None and len(label) - opened.end() >= 2 and _OF_NOUN.match(text, end):
        other = label[opened.end() :]
        if other not in _scope_words():
            return other  # the comparison's other side, named with its noun: what the quantity is
        if (noun := _NOUN_AFTER_OF.match(text, end)) is not None:
            return other + noun.group("noun")  # "低于全国5.1张的平均水平" → 全国平均水平
    if _BARE_FUNCTION.fullmatch(label) and (noun := _NOUN_AFTER_OF.match(text, end)) is not None:
        return noun.group("noun") + ("比例" if unit == "%" else "")
    if (
        (suffix := _VERB_AFTER_UNITS.get(unit)) is not None
        and (verb := _VERB_AFTER.match(text, end)) is not None
        and not _NOT_VERB_AFTER.match(verb.group("verb"))
        and "圈" not in verb.group("verb")  # "10分钟健身圈": a reach named by its time, no time limit
        and (label.endswith(verb.group("verb")) or verb.group("verb")[:2] not in label)  # "基本网上申报" read on already
        and _HAN.match(text, start - 1) is not None
        and not _LEVEL_WORDS.search(text[max(0, start - 2) : start])
    ):
        # "全市率先实现建筑垃圾上门清运" (the verb after already read on): the subject is before that verb
        subject = _FRAME_VERB_OPEN.sub("", label.removesuffix(verb.group("verb")))
        measured = _measure_head().search(subject) or _RATE_END.search(subject)  # "普及率98%实现…": the rate is named
        words = tokenize(subject) if len(subject) >= 2 and not measured else []
        # a noun before ("食堂"), a verb after ("自营"): "覆盖90%以上行政村" is a verb before and its object after
        if words and words[-1].tag in _NOUN_TAGS and any(w.tag in ("v", "vn") for w in tokenize(verb.group("verb"))):
            return (subject + verb.group("verb") + suffix)[-_RIGHT_WHOLE:]
    return label


_GATE_KINDS = ("dangles", "from", "keeps", "trims", "leads")


@lru_cache(maxsize=1)
def _gate_words() -> tuple[tuple[str, ...], ...]:
    """Dangling ends, old-level ends, whole words keeping their end, trailing adverbs and prepositions before a scope
    (data/rules/label_gate.tsv)."""
    rows = resources.load_tsv("rules/label_gate.tsv")
    kinds = {kind: tuple(sorted((r["word"] for r in rows if r["kind"] == kind), key=len, reverse=True)) for kind in _GATE_KINDS}
    return kinds["dangles"], kinds["from"], kinds["keeps"], kinds["trims"], kinds["leads"]



def _gated(label: str) -> str | None:
    """A label read as a reader would index it, or None when it is still a clause piece.

    "对已确定的易发案区域进行重点整治" → 重点整治已确定的易发案区域; "规上工业增加值从" → 规上工业增加值起点;
    "粮食产量继续", "平均处置时间仅" → 粮食产量, 平均处置时间; "全区", "对全区", "全国仅", "分别从",
    "对车流量较大的高速公路服务区充电站进行", "完成150台燃气锅炉低氮化改造和" → None.
    """
    if (whole := _pattern().fullmatch(label)) is not None and whole.start("num") <= 2:
        return None  # "100家 = 100家", "八千八百二十七万头": a label of a quantity alone says nothing of what it measures
    if _pattern().match(label) is None:  # "60 岁以上参合老人…": a spaced quantity opening the label stays
        label = _ITEM_NUMBER.sub("", label)
    label = _SESSION_CUT.sub("第", _GLUED_MONTH.sub("", label))
    if (about := _ABOUT_DONE.match(label)) is not None:
        label = (about.group("verb") + about.group("object"))[:_RIGHT_WHOLE]
    dangles, old_level, keeps, trims, leads = _gate_words()
    if label.endswith(keeps):
        return label
    while (adverb := next((w for w in trims if label.endswith(w)), None)) is not None:
        label = label[: -len(adverb)]  # "粮食产量继续 = 500亿斤" → 粮食产量; a bare "已" says nothing
        if len(label) < 2:
            return None
    if (label[1:] if label.startswith(leads) else label) in _scope_words():
        return None  # "全区 = 453台", "对全区 = 2397名": where, not what, the number counts
    if label.endswith(keeps):
        return label
    cut = next((w for w in old_level if label.endswith(w)), None)
    if cut is not None:
        subject = label[: -len(cut)]
        return subject + "起点" if len(subject) >= 2 and not subject.endswith("分别") else None
    return None if label.endswith(dangles) else label


@lru_cache(maxsize=1)
def _bare_measures() -> tuple[frozenset[str], frozenset[str]]:
    """Measure words naming no owner, and rate words (data/rules/bare_measure_words.txt)."""
    measures, rates = (frozenset(line.split()) for line in resources.load_lines("rules/bare_measure_words.txt"))
    return measures, rates


def _owned(label: str, text: str, start: int, before: list[Indicator], offset: int) -> str:
    """A label of a bare measure word with the owner of the item just before it.

    "生猪存栏47.2万头、出栏63万头" → 生猪出栏; "…户数149户，金额4.1亿元" → …金额; "事项减少到348项，减幅达50%" → 事项减幅.
    """
    measures, rates = _bare_measures()
    word = next((w for w in sorted(measures | rates, key=len, reverse=True) if label.startswith(w)), None)
    if word is None or not before:
        return label
    rest = label[len(word) :].replace("分别", "")
    if rest and not _change_only().fullmatch(rest):
        return label
    previous = max(before, key=lambda i: i.end)
    # only the next item of the same sentence, with nothing but a break and the label's own words between
    gap = text[previous.end - offset : start]
    if not _NEXT_LABEL_GAP.fullmatch(gap) or word not in gap and not rest:
        return label
    base = re.sub(f"(?:{_change_only().pattern})$", "", previous.label).replace("分别", "")
    base = _COMPARED.sub("", base, count=1) if _COMPARED.match(base) else base  # "比上年产值增长…、利润增长…"
    if base.endswith(word) and len(base) > len(word):
        return base + rest  # "…金额4.1亿元、同比增长15.8%": the change of the item just owned
    if word in rates:
        return base + label if len(base) >= 2 and word in gap else label  # "减幅达50%": the rate of what was measured
    other = next((w for w in sorted(measures, key=len, reverse=True) if base.endswith(w) and len(base) > len(w)), None)
    if other is None:
        return label
    owner = base[: -len(other)]
    if other == "面积" and (words := tokenize(owner)) and words[-1].tag.startswith("v") and len(words) >= 2:
        owner = owner[: -len(words[-1].text)]  # "粮食播种面积…、产量…": the sowing goes with the area, 粮食产量
    return owner + label.replace("分别", "")  # "生猪存栏…、出栏…": the owner of a parallel measure


@lru_cache(maxsize=1)
def _bare_change(label: str) -> bool:
    """A label saying only how something changed or what share it holds: "增长", "平均每年增长", "占比"."""
    return _change_only().fullmatch(label) is not None or _SHARE_WORD.fullmatch(label) is not None


def _level_head(label: str, text: str, end: int, before: list[Indicator]) -> str:
    """A label ending in a level word with the things of that level it counts.

    "国家级示范社31家、省级36家" → 省级示范社 (the head of the item before); "创建8个省级和美乡村" → 创建省级和美乡村,
    "培育30个省级和国家级绿色工厂" → 培育省级和国家级绿色工厂 (a level is no noun to stop at before 和).
    """
    level = _LEVEL_END.search(label)
    if level is None:
        return label
    joined = _LEVEL_JOINED.match(text, end)
    if joined is not None and joined.group("level") == level.group():
        return label + joined.group("rest")
    if level.start() == 0 and before:
        previous = max(before, key=lambda i: i.end)
        if (head := _LEVEL_HEAD_OF.search(previous.label)) is not None and head.group("level") != level.group():
            return label + head.group("head")
    return label


def _change_subject_trimmed(label: str) -> str:
    """A change label with the old level or year after its subject cut: "国内生产总值从1997年的平均每年增长" →
    国内生产总值平均每年增长; "国民收入1987年平均每年增长" → 国民收入平均每年增长."""
    change = next((k for k in range(2, len(label) - 1) if _change_only().fullmatch(label, k)), None)
    if change is None or re.search("[比较]", label[change:]) or label[change - 1] in "比较在是到超于":
        return label  # "比2004年分别提高", "较十三五增长": the base compared with stays
    subject = label[:change]
    trimmed = _CARRY_END.sub("", _CARRY_CUT.sub("", subject) if "超过" not in subject else subject)
    if not trimmed and _CARRY_END.fullmatch(subject):
        return label[change:]  # "一九八平均每年增加": the rest of a year is no subject
    if trimmed == subject or _CARRY_SPAN.fullmatch(trimmed):
        return label
    if len(_HAN.findall(patterns.DATE.sub("", _CHINESE_YEAR.sub("", trimmed)))) < 2 or trimmed[-1] in "比较的在是到超将又只都于":
        return label
    return trimmed + label[change:]


def _opening_subject(head: str) -> str:
    """A first clause of nouns alone, without a quantity, before a clause of only a change: "服务业" of
    "服务业，增长10.7%"; "" otherwise (a clause with a predicate names its subject where jieba's tags cannot tell)."""
    clauses = _CLAUSE_BREAK.split(head)
    first = clauses[0].strip(" \u00a0\u3000")
    if len(clauses) != 2 or not 2 <= len(first) <= 8 or _HAN_WORD.fullmatch(first) is None:
        return ""
    tokens = tokenize(first)
    nouns = all(t.tag.startswith("n") or t.tag in ("j", "b", "vn") for t in tokens)
    return first if nouns and tokens[-1].tag.startswith("n") else ""


def _carried(label: str, text: str, start: int, end: int, before: list[Indicator], offset: int) -> str:
    """A bare change or share label with the subject of the quantity just before it in the same sentence.

    "财政支出2373.5亿元，增长63.2%" → 财政支出增长; "新能源装机达4091万千瓦、占比达44.7%" → 新能源装机占比; "社会消费品
    零售总额924亿元，居全市第二，增长10.7%" → 社会消费品零售总额增长 (a clause of a rank between passes it on).
    """
    if _list_size(text, start, end)[1] > 1:
        return label  # "增长88%、108%和158%": a list of changes pairs with a list of subjects, not the last one
    heading = _HEADING.match(text)
    if heading is not None and not _pattern().search(heading.group("what")):
        return heading.group("what") + label  # "机制糖：从…增加到…，增长一点八倍": the heading names what is measured
    if not before:
        return _opening_subject(text[:start]) + label
    previous = max(before, key=lambda i: i.end)
    gap = text[previous.end - offset : start]
    if _SHARE_NAMED.fullmatch(label):
        gap = _SHARE_WORDS_END.sub("", gap)  # "，占规模以上工业总产值的": the share's own words are no gap
    if not _CARRY_GAP.fullmatch(gap) or _bare_change(previous.label) or "分别" in previous.label:
        return label
    base = _SHARE_TAIL.sub("", re.sub(f"(?:{_change_only().pattern})$", "", previous.label))
    base = _CARRY_END.sub("", _CARRY_CUT.sub("", base))
    if _CARRY_NOT_SUBJECT.search(base) or _CARRY_SPAN.fullmatch(base):
        return label
    if len(base) == 1 and previous.label == base and (words := tokenize(base)) and words[0].tag == "n":
        return base + label  # "钢六千六百零四万吨，增长7.2%": a product of one character
    if len(_HAN.findall(patterns.DATE.sub("", _CHINESE_YEAR.sub("", base)))) < 2:
        return label  # "一九八五年将达到九百八十三亿元，平均每年增加…": a year is no subject
    if _SHARE_NAMED.fullmatch(label) and _RATE_OR_COPULA.search(base):
        return label  # "总体增速为经济增速两倍以上，占…比重超过25%": a rate or a comparison is no part of a whole
    if _SHARE_NAMED.fullmatch(label) and len(base + label) <= _RIGHT_WHOLE:
        return base + label  # a part and its whole, both needed: as long as a share named after its part may be
    return _clip_left(base + label)


@lru_cache(maxsize=1)
def _shared_items_before() -> re.Pattern[str]:
    """Short items joined by 、 opening a clause, after a verb at most: "省、" in "实施省、市重点项目38项", "东南亚、日韩、"
    in "东南亚、日韩、欧美入境游客增长95.4%" (items of up to three characters)."""
    return re.compile(f"(?:^|[，,。；;：:（(“])(?:{_verb_start().pattern})?(?P<items>(?:[\u4e00-\u9fff]{{1,3}}、)+)$")


def _shared_items(label: str, text: str, start: int) -> str:
    """A label with the short items joined to it by 、 that share its head.

    "实施省、市重点项目38项" → 省、市重点项目 (not 市重点项目); "畜牧、蔬菜、果品三大产业占农业的比重" whole.
    """
    at = text.rfind(label, 0, start) if len(label) >= 2 else -1
    if at < 0 and (subject := _carried_subject(label, text, start)) is not None:
        # "东南亚、日韩、欧美入境游客超120万人次，增长95.4%": the subject carried from the clause before keeps its items
        at, head = subject
        items = _shared_items_before().search(text, 0, at)
        if items is None or _pattern().search(items.group("items")) or "分别" in text[at:start]:
            return label
        joined = items.group("items") + label
        return joined if len(joined) <= _RIGHT_WHOLE else label
    if at < 1 or text[at - 1] != "、" or _CLAUSE_BREAK.search(text, at, start) or "分别" in text[at:start]:
        return label  # "燃气管网、无线宽带网络覆盖率分别…": 分别 pairs the items with values of their own
    items = _shared_items_before().search(text, 0, at)
    if items is None or _pattern().search(items.group("items")):
        return _listed_nouns(label, text, at, start)
    joined = items.group("items") + label
    return joined if len(joined) <= _RIGHT_WHOLE else label  # a long list of names is examples, not one head shared


#: Longer nouns joined by 、 right before the last one a quantity follows, after a verb opening the clause at most:
#: "绿色建筑、" before "装配式建筑4000万平方米" in "新增绿色建筑、装配式建筑4000万平方米" (items of 2 to 8 characters).
_LISTED_NOUNS_BEFORE = re.compile(r"(?:^|[，,。；;：:])(?P<lead>[^，,。；;：:、\d]{0,6}?)(?P<items>(?:[\u4e00-\u9fff]{2,10}、){1,3})$")


def _listed_nouns(label: str, text: str, at: int, start: int) -> str:
    """A label naming the last of two to four nouns joined by 、 that one quantity right after them counts together:
    "新增绿色建筑、装配式建筑4000万平方米" → 新增绿色建筑、装配式建筑 (was 装配式建筑), "惠及困难群众、残疾人、老年人2.1万人"
    → 惠及困难群众、残疾人、老年人. Items with a verb of their own are clauses, not nouns, and a noun right after the
    quantity makes the items examples of it ("建成甲、乙4家养老服务综合体")."""
    quantity = _pattern().match(text, start)
    if text[at:start] != label or quantity is None or _HAN_OR_QUOTE.match(text, quantity.end()):
        return label  # a noun right after the quantity: the items are examples of it
    found = _LISTED_NOUNS_BEFORE.search(text, 0, at)
    if found is None:
        return label
    items = found.group("items").rstrip("、").split("、")
    lead = found.group("lead")
    if not lead:
        items[0] = _LABEL_HEAD.sub("", items[0])  # "其中新能源汽车、": 其中, 共, 力争 and the like open no item
    if not lead and (verb := _verb_start().match(items[0])) is not None:
        lead, items[0] = verb.group(), items[0][verb.end() :]  # "新增绿色建筑、": the verb opens the list
    if any(len(item) < 2 or _verb_start().match(item) or "等" in item for item in items + [label]):
        return label
    lead = _LABEL_HEAD.sub("", lead)  # "其中新能源汽车、办公用品销售额": 其中, 共, 力争 and the like are no part
    if lead and not _verb_start().fullmatch(lead):
        return label  # "…，某某、某某": words before the list that are no verb opening it
    joined = lead + "、".join(items) + "、" + label
    return joined if len(joined) <= _RIGHT_WHOLE else label


def _carried_subject(label: str, text: str, start: int) -> tuple[int, str] | None:
    """Where the subject a change label carries from a clause before stands, right after a 、, and the subject: "欧美入境游客"
    of "欧美入境游客增长" in "东南亚、日韩、欧美入境游客超120万人次，增长95.4%"; None when the label is not a carried one."""
    for k in range(len(label) - 2, 1, -1):
        if not _change_only().fullmatch(label, k):
            continue
        head = label[:k]
        at = text.rfind(head, 0, start)
        # the subject's own quantity right after it (a verb of reaching at most between), then a clause break
        if at >= 1 and text[at - 1] == "、" and _SUBJECT_QUANTITY.match(text, at + k) and _CLAUSE_BREAK.search(text, at, start):
            return at, head
        return None
    return None


def _work(words: str) -> bool:
    """Words naming work done, ending in its verb: "环境综合整治", "规划编制" (not "指标体系", "支持力度")."""
    tokens = tokenize(words)
    if not tokens:
        return False
    ends = tokens[-1].tag in ("v", "vn") or re.search(f"(?:{_verb_start().pattern})$", words) is not None  # 整治 (n)
    return len(tokens) >= 2 and ends and not any(t.tag == "v" for t in tokens[:-1])


@lru_cache(maxsize=1)
def _place_kinds() -> frozenset[str]:
    """Kinds of places counted in a list sharing its last item's work (data/rules/counted_place_kinds.txt)."""
    return resources.load_words("rules/counted_place_kinds.txt")


def _shared_tail(label: str, text: str, end: int) -> str:
    """A label naming only the kind counted, with what the list of counts it opens shares at its end.

    "879个小区和114个城中村正本清源改造" → 小区正本清源改造 (not 小区); "5个工业区、2个商业区和77个城中村的环境
    综合整治" → 工业区环境综合整治.
    """
    # the kind is a short word right after the count, the whole item ("二次供水设施" has words of its own)
    kind = next((label[-k:] for k in range(min(len(label), 4), 1, -1) if text.startswith(label[-k:], end)), None)
    if kind is None:
        return label
    pos, last = end + len(kind), None
    if text.startswith("的", pos) and (own := _HAN_WORD.match(text, pos + 1)) is not None and _work(own.group()):
        # "…和77个城中村的环境综合整治": the work done on the things counted, not a thing they have ("县的城区")
        return label + own.group() if len(label + own.group()) <= _RIGHT_WHOLE else label
    # the chain of items "、31家…", "和114个…" (names may stand before an item's count: "、某商业街等2个商业区")
    while (joint := _NEXT_ITEM.match(text, pos)) is not None and (count := _pattern().match(text, joint.end())) is not None:
        if not count.group("num")[0].isdigit():
            break
        last = count
        pos = count.end()
        words = _ITEM_WORDS.match(text, pos)
        if words is None or not _NEXT_ITEM.match(text, words.end()):
            break
        pos = words.end()
    if last is None or (words := _HAN_WORD.match(text, last.end())) is None:
        return label
    item = words.group()
    # "…和39家百货商场（商业综合体）消防专项整治": an aside inside the last item is skipped
    unaside = _HAN_WORD.match(_ASIDE.sub("", text[last.end() : last.end() + 40]))
    whole = unaside.group() if unaside is not None else ""
    works = _WORK_END.search(whole)
    level = _LEVEL_WORD.match(item)
    if kind.endswith("级") and level is not None and len(item) - level.end() >= 2:
        tail = item[level.end() :]  # "建成4个省级、12个市级美丽乡村示范村": the levels share the noun after them
    elif "的" in item[1:]:
        tail = item.split("的", 1)[1]  # "77个城中村的环境综合整治"
        if not _work(tail):
            return label
    else:
        # the kind is the first word and the rest an activity ending in its verb ("城中村|正本清源改造",
        # "小区|二次供水设施提标改造"); a clause with a verb of its own inside is a predicate, not shared
        tokens = tokenize(item)
        activity = len(tokens) >= 3 and tokens[0].text in _place_kinds() and tokens[-1].tag in ("v", "vn")
        if not activity or any(t.tag == "v" for t in tokens[1:-1]) or tokens[1].text in _place_kinds():
            if works is None or works.start() < 2 or _verb_start().search(whole, 0, works.start()) or _WORK_END.search(label):
                return label
            tail = works.group()  # "5个泵站和2个水质净化厂建设" → 泵站建设: the work named at the list's end
        else:
            tail = "".join(t.text for t in tokens[1:])
    if len(tail) < 2 or len(label + tail) > _RIGHT_WHOLE or tail.startswith(label[-2:]):
        return label  # "工矿企业、…企业安全生产…": a word of the last item's kind, not its work
    return label + tail


def _approx_list_head(text: str, start: int) -> bool:
    """Whether the list holding the quantity at ``start`` opens with 突破/超过/近…: "突破70和50亿元"."""
    head = _ITEMS_BEFORE.sub("", text[:start])
    return _APPROX_BEFORE.search(head) is not None


def _milestone(text: str, end: int) -> bool:
    """Whether the list going on at ``end`` closes approximate or as a milestone.

    "跨越3000亿元、4000亿元台阶", "分别增长6%、7.5%、3%左右": every item is approximate.
    """
    last = None
    while (tail := _list_tail(text, end)) is not None:
        last, end = tail, tail.end()
    # 左右 closing a list rounds every item; 以上 may bound only the last ("分别增长9%和11%以上")
    return patterns.MILESTONE_AFTER.match(text, end) is not None or (last is not None and last.group("post") == "左右")


def _list_tail(text: str, pos: int) -> re.Match[str] | None:
    """The quantity closing a list that continues at ``pos``: "、3.1个百分点" in "9.9个、3.1个百分点"."""
    pat = _pattern()
    while pos < len(text) and text[pos] in _LIST_SEPARATORS:
        pos += 1
        while text[pos : pos + 1] in _SPACES:
            pos += 1  # "10.4%、 12.5%": a PDF's space after the joint
        m = pat.match(text, pos)
        if m is not None and m.group("num")[0].isdigit() and not m.group("pre"):
            return m
        bare = _BARE_LIST_ITEM.match(text, pos)
        if bare is None:
            return None
        pos = bare.end()
    return None


def _change_end(text: str, end: int) -> int:
    """Where the change word after an old level ends: after "提高到" in "由 1万吨提高到4万吨"."""
    m = re.compile(r"\s*(?:提高|提升|增加|增长|扩大|减少|下降|降低|缩小|缩减|压减|增|降|减|升)?(?:到|至)").match(text, end)
    return m.end() if m else end


def _list_size(text: str, start: int, end: int) -> tuple[int, int]:
    """The position of the quantity at ``start`` in its list and the list's length: (1, 3) for 36.2 in "20.9、36.2、54个百分点"."""
    before = _ITEMS_BEFORE.search(text[:start])
    index = len(_LIST_JOINT.findall(before.group())) if before else 0
    pat, pos, after = _pattern(), end, 0
    if (word := _UNIT_WORD.match(text, pos)) is not None:
        pos = word.end()  # "0.51吨标准煤和20.3立方米": the word after a unit says what is weighed, the list goes on
    while pos < len(text) and text[pos] in _LIST_SEPARATORS:
        nxt = pos + 1
        while text[nxt : nxt + 1] in _SPACES:
            nxt += 1  # "10.4%、 12.5%": a PDF's space after the joint
        m = pat.match(text, nxt) or _BARE_LIST_ITEM.match(text, nxt)
        if m is None:
            break
        after, pos = after + 1, m.end()
    return index, index + 1 + after


def _unmarked_respective(clause: str, place: tuple[int, int]) -> str | None:
    """A list of subjects and a change before a list of as many values, with no 分别, read as with it:
    "万元GDP水耗、电耗累计下降" before "38.2%和29.5%" → "万元GDP水耗、电耗分别累计下降"; None for any other clause."""
    size = place[1]
    if size < 2 or "、" not in clause:
        return None
    for k in range(clause.rfind("、") + 2, len(clause)):
        change = clause[k:]
        # "最低工资、最低生活保障标准提高至" before "2030元和800元": a change to new levels pairs them in order too
        level = _TO_LEVEL_END.sub("", change)
        if _change_only().fullmatch(_LABEL_TAIL.sub("", change) or change) or (level != change and _change_only().fullmatch(level)):
            subjects = clause[:k].split("、")
            return clause[:k] + "分别" + change if len(subjects) == size and all(len(x) >= 1 for x in subjects) else None
    return None


def _respective_label(text: str, start: int, end: int, head: str) -> str | None:
    """The subject a quantity of a 分别 list belongs to: "污水治理率提高" for 36.2 in "户厕覆盖率、污水治理率分别提高20.9、36.2个百分点"."""
    clauses = _CLAUSE_BREAK.split(head)
    clause = clauses[-1].rstrip(" \u00a0\u3000")
    if "分别" not in clause and (paired := _unmarked_respective(clause, _list_size(text, start, end))) is not None:
        clause = clauses[-1] = paired  # "水耗、电耗累计下降38.2%和29.5%": paired in order as if 分别 stood there
    m = _RESPECTIVELY.match(clause)
    change = m.group("change") if m else clause.replace("分别", "")
    if m is not None and _FROM.match(change):
        change = "起点"  # "甲、乙分别从每人每月209元、280元提高到…": the old levels
    elif m is None and (m := _RESPECTIVE_TO.match(clause)) is not None:
        change = ""  # "…提高到217元、290元": the new levels
    own_items, owner = False, ""
    if m is not None and m.re is _RESPECTIVELY and _change_only().fullmatch(m.group("subjects") + _LABEL_TAIL.sub("", m.group("change"))):
        m, change = None, clause.replace("分别", "")  # "同比分别增长": 同比 qualifies the change, it names no subject
    # "…，分别比上个五年增长64.7万人次、4.79亿元": the base compared with stands before the change, no subject
    if m is None and len(clauses) >= 2 and _change_only().fullmatch(_LABEL_TAIL.sub("", _COMPARED.sub("", clause.replace("分别", ""), count=1))):
        # "…、实际利用外资分别完成120亿元、4.3亿元、76万美元，增长6%、8.2%、117.1%": the changes follow the same subjects
        m = _RESPECTIVELY.match(_before_quantity(clauses[-2]).rstrip(" \u00a0\u3000"))
        if m is None and "分别" in clause and (items := _item_subjects(clauses[-2])):
            # "实现利润47.39亿元、税金28.68亿元，分别增长…": each change is of an item of the list before
            m, own_items = _RESPECTIVELY.match("、".join(items) + "分别"), True
        elif m is None and "分别" in clause and (items := _clause_subjects(clauses[:-1], _list_size(text, start, end)[1])):
            # "城镇居民人均可支配收入5985元，农民人均纯收入2604元，分别增长5.7%和5%": one clause before for each value
            m, own_items = _RESPECTIVELY.match("、".join(items) + "分别"), True
        elif m is None and "分别" in clause and (listed := _whole_listed_levels(clauses[-2])) is not None:
            # "原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长…": the items whose levels were listed
            m = _RESPECTIVELY.match(listed.group("items") + "分别")
        elif m is None and "分别" in clause and (named := _named_measure(clauses[-2], _RIGHT_WHOLE)) is not None:
            # "城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%": the measures named before
            m, own_items = _RESPECTIVELY.match(named + "分别"), True
    elif m is None and len(clauses) >= 2 and "分别" in clause and _SHARE_OF.fullmatch(share := _LABEL_TAIL.sub("", change)):
        # "高新技术产业、战略性新兴产业增加值，分别占规上工业的30%、24%": the shares of the measures named before
        if (named := _named_measure(clauses[-2], _RIGHT_WHOLE)) is not None:
            m, own_items = _RESPECTIVELY.match(named + "分别"), True
            change = share[:-1] + "比重" if share.endswith("的") else share
    elif m is not None and m.group("subjects").startswith("占") and len(clauses) >= 2:
        # "甲贷款、乙贷款分别增长23.8%、15.9%，占贷款余额比重分别提高2.2、0.7个百分点": the shares of those subjects
        before = _RESPECTIVELY.match(_before_quantity(clauses[-2]).rstrip(" \u00a0\u3000"))
        if before is not None:
            share = _LABEL_TAIL.sub("", m.group("subjects"))
            items = [x + share for x in _LABEL_TAIL.sub("", before.group("subjects")).split("、")]
            m = _RESPECTIVELY.match("、".join(items) + "分别" + change)
        else:
            # "金融业增加值…，占全市、全省金融业增加值比重分别为41%、17%": the shares of one subject in several wholes
            owner = _subject_before(clauses)
    if m is None:
        return None
    index, size = _list_size(text, start, end)
    # 和/及/与 also sit inside words (普及率, 和谐): split on them only when 、 alone falls short
    splits = (re.split(sep, _LABEL_TAIL.sub("", m.group("subjects"))) for sep in ("、", "[、和]", "[、和及与]"))
    subjects = next((s for s in splits if len(s) == size and all(s)), None)
    kinds = _KINDS_ETC_HEAD.fullmatch(_LABEL_TAIL.sub("", m.group("subjects")))
    if kinds is not None and len(kind_items := kinds.group("items").split("、")) == size:
        # "食品、石化、医药、信息等产业增加值分别增长…": each kind before 等 with the head after it, 食品产业增加值
        subjects = [x + kinds.group("head") for x in kind_items]
    if subjects is None and size == 2:
        subjects = _paired_subjects(_LABEL_TAIL.sub("", m.group("subjects")))
    if size < 2 or subjects is None:
        return None
    ordinals = [_LABEL_HEAD.sub("", x) for x in subjects[:-1]]
    if all(_SECTOR_ORDINAL.fullmatch(x) for x in ordinals) and _SECTOR_ORDINAL.match(subjects[-1]) and subjects[-1][1:3] == "产业":
        # "一、二、三产业增加值分别增长4.6%、14.7%和9%": 第一产业增加值, 第二产业增加值, 第三产业增加值
        subjects = ["第" + x + subjects[-1][1:] for x in ordinals] + ["第" + subjects[-1]]
    subject = _LABEL_HEAD.sub("", subjects[index])
    if index < size - 1:
        subject = _shared_head(subject, subjects)
    if len(subject) < 3 and not own_items and index > 0 and (base := _PER_BASE.match(_LABEL_HEAD.sub("", subjects[0]))):
        subject = base.group() + subject  # "万元GDP能耗、水耗分别…": 水耗 is per 万元GDP too
    measured = _measure_head().search(subject) or subject.endswith(("量", "额", "率", "耗", "数"))
    if len(subject) == 2 and not own_items and index < size - 1 and not measured and (head := _after_first_word(subjects[-1])):
        subject += head  # "刑事治安、涉诈、涉毒警情分别下降…": 涉诈 shares what follows the last item's first word, 涉诈警情
    last = index == size - 1
    if len(subject) == 2 and not own_items and (last or len(_LABEL_HEAD.sub("", subjects[-1])) <= 2):
        # "进口、出口分别增长…": two-character items sharing no head each name their own measure; the last item
        # "人次" of "信访总量件次、人次" shares the first item's front (信访总量人次), the first item's last word swapped
        first = _LABEL_HEAD.sub("", subjects[0])
        word = tokenize(first)[-1].text if last and len(first) > 2 else ""
        front = first[:-2]
        if len(word) == 2 and not re.search(r"\d", front) and (word[-1] == subject[-1] or subject.endswith(("量", "额", "数"))):
            subject = front + subject
    elif len(subject) < (2 if own_items else 3):
        return None  # "蔬菜、小浆果设施产量占比": the first subject shares the last one's head
    rate = _RATE_END.search(subjects[-1])
    if index < size - 1 and rate is not None and _RATE_END.search(subject) is None and _PERCENT_LIST.match(text, start):
        # "燃气管网、无线宽带网络覆盖率分别提高到69.3%和90%": the first item shares the last one's rate
        tokens = [t.text for t in tokenize(subjects[-1])]
        measure = tokens[-1] if len(tokens[-1]) >= 2 or len(tokens) < 2 else tokens[-2] + tokens[-1]
        if len(measure) < len(subjects[-1]) and _RATE_END.search(measure):
            subject += measure
    if owner and subject.startswith("占"):
        subject = owner + subject
    elif owner:
        subject = owner + "占" + subject
    return (subject + _LABEL_TAIL.sub("", change))[-_RIGHT_WHOLE:]  # a long subject of a list keeps its head


def _whole_listed_levels(piece: str) -> re.Match[str] | None:
    """Items joined by 、 before the levels of a clause, each ending in a whole word: "原煤、原油、天然气产量达到"
    (not "本外币存、贷款余额达到", where 存 is half of 存款)."""
    listed = _LISTED_LEVELS.fullmatch(_before_quantity(piece).strip(" \u00a0\u3000"))
    if listed is None:
        return None
    items = listed.group("items").split("、")
    return listed if all(len(tokenize(x)[-1].text) >= 2 for x in items) else None


def _after_first_word(words: str) -> str:
    """What follows the first word of a subject, shared by the short items before it: "警情" of "涉毒警情", "低保标准"
    of "农村低保标准", "保险参保人数" of "失业保险参保人数"; "" for a subject of one word."""
    tokens = [t for t in tokenize(words) if t.text.strip()]
    if words.startswith("第") and len(words) > 2:
        return words[2:]  # "第一、第三产业增加值": 第一 shares 产业增加值
    rest = words[len(tokens[0].text) :] if len(tokens) >= 2 and words.startswith(tokens[0].text) else ""
    # "文化创意等支柱产业", "石油物探装备三大主导产业": a group named after the items shares no words with them
    return rest if len(rest) >= 2 and _HAN_WORD.fullmatch(rest) and not _GROUP_WORD.search(rest) else ""


def _shared_head(subject: str, subjects: list[str]) -> str:
    """An earlier item of a 分别 list with what the last item adds to it, else the item as it is.

    "黄金、白银、镍产量分别增长…" → 黄金产量 (short items share the last one's measure); "城镇、农村居民人均可支配收入
    分别增长…" → 城镇居民人均可支配收入 (one of a pair of data/rules/paired_words.txt takes the other's words).
    """
    last = subjects[-1]
    for _joint, first, second in _pairs():
        if subject == first and last.startswith(second) and len(last) > len(second):
            return first + last[len(second) :]
    head = _measure_head().search(last)
    stem = last[: head.start()] if head is not None else ""
    if head is None or not 1 <= len(stem) <= 3 or len(subject) > 3 or any(len(x) > 4 for x in subjects[:-1]):
        return subject
    if _measure_head().search(subject) or subject.endswith(("数", "量", "额")):  # "事故起数、死亡人数": a measure of its own
        return subject
    return subject + head.group()


def _clause_subjects(clauses: list[str], size: int) -> list[str] | None:
    """What the last ``size`` clauses measure, one quantity each, over a price basis: [城镇居民人均可支配收入,
    农民人均纯收入] of "城镇居民人均可支配收入5985元，农民人均纯收入2604元"; None unless each is words and one quantity."""
    kept = [c for c in clauses if not _PRICE_BASIS.fullmatch(c.strip(" \u00a0\u3000"))]
    if size < 2 or len(kept) < size:
        return None
    return _item_subjects("、".join(c.strip(" \u00a0\u3000") for c in kept[-size:]))


def _item_subjects(clause: str) -> list[str] | None:
    """What each item of a list of quantities measures: [实现利润, 税金] of "实现利润47.39亿元、税金28.68亿元".

    None unless every item is words and one quantity ending it ("…1250元标准给予补助" is no such list).
    """
    subjects = []
    for item in clause.split("、"):
        words = _before_quantity(item)
        quantity = _pattern().match(item, len(words))
        if quantity is None or item[quantity.end() :].strip(" \u00a0\u3000") or not _HAN_OR_QUOTE.search(words):
            return None
        # "企业接近600家": 接近 ends the words, though the quantity starts at 近
        subjects.append(_LABEL_HEAD.sub("", _LABEL_TAIL.sub("", item[: quantity.start("num")].strip(" \u00a0\u3000"))))
    return subjects if len(subjects) >= 2 and all(subjects) else None


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str, str], ...]:
    """Words naming two things, with the two (data/rules/paired_words.txt): (城乡, 城镇, 农村)."""
    return tuple((a, b, c) for a, b, c in (line.split() for line in resources.load_lines("rules/paired_words.txt")))


def _paired_subjects(subject: str) -> list[str] | None:
    """The two subjects a joint word names: "城乡居民收入" → 城镇居民收入, 农村居民收入; None without one."""
    for joint, first, second in _pairs():
        if joint in subject:
            return [subject.replace(joint, first, 1), subject.replace(joint, second, 1)]
    return None


def _total_label(text: str, start: int, head: str, left: str) -> str | None:
    """A vague head with what it totals: "电子商务企业总量" in "新增450家电子商务企业，总量1500家"."""
    pieces = _ITEM_BREAK.split(_QUOTE_MARKS.sub("", head))
    here = _pattern().match(text, start)
    before = list(_pattern().finditer(pieces[-2])) if len(pieces) >= 2 else []
    if here is None or not before:
        return None
    previous, last = pieces[-2], before[-1]
    if last.group("unit") != here.group("unit"):
        # "外贸进出口增长8.4%，总额突破8000亿元": the total of what changed; "比全市高5.5个百分点": of nothing named
        grown = _LABEL_TAIL.sub("", previous[: last.start()])
        changed = _change_only().search(grown)
        subject = _NEW_HEAD.sub("", grown[: changed.start()]) if changed and changed.end() == len(grown) else ""
        if not subject and last.group("unit") in _count_verbs()[1] and not _COMPARED_START.match(grown):
            # "其中亿元以上工业项目132个，总投资796亿元": the total of the things just counted
            subject = _LABEL_HEAD.sub("", _NEW_HEAD.sub("", grown))
        if _single_verb(subject):
            return None  # "派出90多名干部驻村，投入资金16.5亿元": a bare verb before the count names no things
        return (subject + left)[-_LEFT:] if len(subject) >= 2 else None
    noun = _NOUN_AFTER.match(previous, last.end())
    # "新增市场主体1.2万户，总数8.6万户": the counted noun stands before the number
    subject = noun.group() if noun else _NEW_HEAD.sub("", _implied_units()[0].sub("", previous[: last.start()]))
    if _INVESTED.search(subject):
        return None  # "总投资141.3亿元，年度投资49.2亿元": a total before is no subject of another
    return (subject + left)[-_COMPOSITE:] if len(subject) >= 2 else None


def _list_led(head: str, piece: str, label: str, unit: str | None = None) -> str:
    """A later item of a list of counts with the increment verb opening the list.

    "新增科技型中小企业543家、高新技术企业54家" → 新增高新技术企业 for 54家.
    """
    items = _CLAUSE_BREAK.split(head)[-1].split("、")
    if len(items) < 2 or _QUOTE_MARKS.sub("", items[-1]).strip() != piece.strip() or not _pattern().search(items[-2]):
        return label
    first = _NOTE_MARK.sub("", items[0])
    lead = _list_lead().match(first)
    # "打造母婴室147个、妇儿之家109个", "压缩会议16.2%、文件15.9%": the verb opening the list holds for every item
    verb, verb_end = (lead.group(1), lead.end()) if lead else _opening_verb(first)
    if lead is None and verb:
        before = list(_pattern().finditer(items[-2]))
        words = [t for t in tokenize(label) if t.text.strip()]
        own_verb = len(words) >= 2 and words[0].tag == "v" and words[1].tag.startswith("n") and unit not in _count_verbs()[1]
        # "建成口袋公园83座、绿道63公里": a plain noun of another unit is built too; a measure, money or a share is not
        other = before and before[-1].group("unit") != unit
        plain = not any(t.tag in ("v", "vn") for t in words) and _measure_head().search(label) is None
        plain = plain and _REACH_OPEN.match(label) is None  # "发放资金超7亿元、惠及企业近600家": 惠及 is its own verb
        plain = plain and unit is not None and not unit.endswith(("元", "%", "倍")) and unit not in _RATIO_UNITS
        if own_verb or not before or (other and not plain):
            # "建成5G基站8.99万个、覆盖95%以上行政村", "实施项目51个、下达资金123.1亿元": an item of its own verb or measure
            verb = ""
    if not verb or verb in label or _verb_start().match(label) or _LEVEL_WORDS.search(_before_quantity(first), verb_end):
        return label  # "新引进人才补贴标准提高至本科1.5万元、硕士2.5万元": 新引进 qualifies a level, not the items
    words = [t for t in tokenize(label) if t.text.strip()]
    if words and words[-1].tag in ("v", "vn") and all(t.tag in ("v", "vn", "d") for t in words) and unit is not None:
        # "开工建设保障房1.5万套、竣工1.5万套": an item of a verb of its own counts the first item's things, not
        # 开工竣工: 竣工保障房
        counted = _noun_counted_before(first, unit)
        things = _leading_verbs().sub("", counted.group()) if counted is not None else ""
        tokens = tokenize(things)
        # things counted by a classifier only: "完成造林10.9万亩、抚育7.5万亩" (an area of work, no things: 完成抚育)
        counts = unit in _count_verbs()[1]
        if counts and len(things) >= 2 and tokens and tokens[-1].tag.startswith("n") and not _pattern().search(things):
            return (label + things)[:_COMPOSITE]  # "全年实现新增就业5300人、再就业1500人": no things, 新增再就业
    return (verb + label)[:_COMPOSITE]


def _opening_verb(clause: str) -> tuple[str, int]:
    """The verb a clause opens with, after an adverb at most, and where it ends: ("打造", 2) for "打造母婴室147个"."""
    pos = len(clause) - len(_LABEL_HEAD.sub("", clause))
    tokens = [t for t in tokenize(clause[pos : pos + 8]) if t.text.strip()]
    while tokens and tokens[0].tag == "d":
        pos, tokens = pos + len(tokens[0].text), tokens[1:]
    verb = _verb_start().match(clause, pos) or _REACH_LEAD.match(clause, pos)
    if verb is not None:
        return verb.group(), verb.end()
    if tokens and tokens[0].tag == "v" and len(tokens[0].text) >= 2:
        return tokens[0].text, pos + len(tokens[0].text)
    return "", 0


def _listed_label(text: str, head: str, end: int) -> str | None:
    """A count of every item of a list of kinds before it: "新增首店、旗舰店、新概念店" for 45家 in "新增首店、旗舰店、新概念店45家".

    None when an item holds a quantity of its own, when the list gives examples (等) or pairs values (分别),
    or when a noun after the count says what is counted.
    """
    here = _pattern().match(text, len(head)) if len(head) < len(text) else None
    clause = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", _CLAUSE_OR_QUOTE_BREAK.split(_NOTE_MARK.sub("", head))[-1]))
    items = clause.split("、")
    if here is None or here.group("unit") not in _count_verbs()[1] or len(items) < 2 or not all(items):
        return None
    if _pattern().search(clause) or _LIST_OR_NUMBER.search(clause) or _HAN_OR_QUOTE.match(text, end):
        return None
    if max(map(len, items)) > 10 or len(clause) > _LEFT + 4:
        return None
    return clause


def _clip_left(label: str) -> str:
    """The last _LEFT characters of a label, cut where a word starts: "西部地区…" of "全部免除了西部地区…", never "了西部地区…"."""
    if len(label) <= _LEFT:
        return label
    cut = len(label) - _LEFT
    starts = [t.start for t in tokenize(label) if t.start >= cut]
    clipped = label[starts[0] :] if starts else label[cut:]
    return clipped.lstrip("了的和及与") or label[cut:]


def _share_of(text: str, start: int, end: int, left: str) -> str | None:
    """A share of the things named after it: "全区老住宅区居民用上管道天然气" for "全区80%的老住宅区居民用上管道天然气".

    None unless a percentage is followed by 的 and a noun; "增长6.8%的同时", "2.31%的较低水平" name no things.
    """
    here = _pattern().match(text, start)
    if here is None or here.group("unit") != "%" or not text.startswith("的", end) or _NOT_SHARED.match(text, end + 1):
        return None
    # the whole clause after 的: 被/在 inside it are part of what the share is of ("小学被评为省一级小学")
    things = _LABEL_TAIL.sub("", _ITEM_OR_NUMBER_BREAK.split(_QUOTE_MARKS.sub("", text[end + 1 :]))[0])
    if len(things) < 2:
        return None
    left = "" if len(left) < 2 else left
    return (left + things)[:_RIGHT_WHOLE] if len(left + things) <= _RIGHT_WHOLE else things[:_RIGHT_WHOLE]


def _trimmed_verb(raw: str, label: str) -> bool:
    """Whether ``label`` is ``raw`` without a verb of two characters at its end: 完成 of "高质量完成"."""
    tail = raw[len(label) :]
    return raw.startswith(label) and len(tail) == 2 and _LABEL_TAIL.fullmatch(tail) is not None


def _kind(words: str) -> str:
    """The noun opening the words after a count, up to its predicate: "企业" of "企业获第" (in "甲、乙、丙3家企业获第
    15届…"), "土地征占迁" of "土地征占迁全面完成"."""
    ends = [m.start() for m in (_owner_end().search(words, 2), _KIND_END.search(words, 2)) if m is not None]
    return words[: min(ends)] if ends else words


def _placed_noun(words: str) -> str:
    """The noun after a count in a place, up to its predicate: "村" of "村采取型煤取暖以外", "土地征占迁" of
    "土地征占迁全面完成" (a one-character noun stands alone too)."""
    words = _kind(words)
    ends = [m.start() for m in (_owner_end().search(words, 1), _PREDICATE.search(words, 1)) if m is not None]
    return _ADVERB_END.sub("", words[: min(ends)] if ends else words)


def _purpose(words: str) -> str:
    """What money was spent on, from the verb phrase after it, counts and 了 left out: "实施教育项目" of
    "实施了7个教育项目"; "" when fewer than two words are left or too many to read as a label."""
    # a Chinese numeral inside a word (一期, 二次供水) is no count to leave out
    counts = (q for q in _pattern().finditer(words) if q.group("num")[0].isdigit() or patterns.AFTER_QUANTITY_DELIM.match(words[q.end() :]))
    for q in sorted(counts, key=lambda q: -q.start()):
        words = words[: q.start()] + words[q.end() :]
    words = _LABEL_TAIL.sub("", words.replace("了", ""))
    return words if 2 <= len(_HAN.findall(words)) and len(words) <= _RIGHT_WHOLE else ""


def _clause_lead(clause: str) -> str:
    """The verb opening a clause, after an adverb at most: "建成" of "高品质建成甲、乙等10个项目", "" if none."""
    clause = _LABEL_HEAD.sub("", clause)
    verb = _verb_start().search(clause[:6])
    if verb is not None:
        return verb.group()
    tokens = [t for t in tokenize(clause[:8]) if t.text.strip()]
    while tokens and tokens[0].tag == "d":
        tokens = tokens[1:]  # "同步实施", "稳步推进": the adverb is no part of what was done
    return tokens[0].text if tokens and tokens[0].tag == "v" and len(tokens[0].text) >= 2 else ""


def _subject_of(piece: str) -> str:
    """What the quantity of a clause measures, for a later clause that names no subject of its own.

    "总量是2011年的1.78倍" → 总量 (the base of a multiple is not the subject); "新启动21个改造项目" → 新启动改造项目.
    """
    before = _FROM_OPEN.sub("", _before_quantity(piece))  # "人均地区生产总值从5.6万元增至7.8万元": 从 opens the change
    before = before.rstrip(" \u00a0\u3000")  # "地区生产总值达到 287.9亿元" (a PDF's space): 达到 still closes the subject
    subject = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", _BASE_TAIL.sub("", before)))
    here = _pattern().match(piece, len(before))
    if here is not None and _count_verbs()[0].search(subject):
        noun = _NOUN_AFTER.match(piece, here.end())
        subject += noun.group() if noun else ""
    return subject


def _subject_before(parts: list[str]) -> str:
    """The subject of the nearest clause before the last one that measures something, over clauses of changes.

    "民生支出240.5亿元，增长68.7%，占财政支出的85.1%" → 民生支出 for 85.1%.
    """
    for piece in reversed(parts[-4:-1]):
        if _PRICE_BASIS.fullmatch(piece.strip(" \u00a0\u3000")):
            continue  # "…，按可比价格计算，比上年增长8.5%": the price basis is no subject, the one before is
        if (named := _named_measure(piece)) is not None and not _LIST_JOINT.search(named):
            return named  # "棉纱的产量，比上一年增加…": a clause naming only the measure is the subject (a list: see 分别)
        raw = _subject_of(piece)
        subject = _implied_units()[0].sub("", raw)
        # "同比增长3%": trimmed of its change, a qualifier alone (同比) is no subject either
        if 2 <= len(subject) < len(piece) and not _change_only().fullmatch(subject) and not _change_only().fullmatch(raw):
            return subject
        before = _before_quantity(piece)
        # "…、达14.2万亿元、年均增长5.7%": a level with only a verb before it passes the subject on too
        # "…62164亿元、突破1万亿美元，比上年增长8.5%": a milestone restating the level passes the subject on too
        restated = _pattern().fullmatch(piece.strip(" \u00a0\u3000"))
        alone = restated is not None and bool(restated.group("pre"))  # "突破1万亿美元", "超过1万美元": the level restated
        if not (_change_only().fullmatch(raw) or _BASE_TAIL.search(before) or (before.strip() and not raw) or alone):
            break  # only a clause of a change, a share or a multiple passes the subject on: "增长15%，占…的80%"
    return ""


def _compared_level(parts: list[str]) -> str:
    """What the clause before measured, change word kept, for a clause comparing it: "规上工业增加值增长" of
    "规上工业增加值增长7.6%" before "高于全国1.7个百分点"; "" if that clause measured nothing."""
    piece = parts[-2]
    before = _before_quantity(piece)
    if before == piece:
        return ""
    level = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", before))
    if _change_only().fullmatch(level) and (subject := _subject_before(parts[:-1])):
        level = subject + level  # "利润总额100亿元，同比下降1.2%，高于全市0.3个百分点"
    if (other := _ABOVE_BASE_IN.search(level, 2)) is not None:
        level = level[: other.start()]  # "城镇化水平比全省低12个百分点，比全国低20多个百分点": the level, once
    if level.endswith("占") and len(level) >= 3:
        level = _ADVERB_BEFORE_SHARE.sub("", level) + "占比"  # "机电产品出口占55%，高出全省…": the share is compared
    if "第" in level or _change_only().fullmatch(level):
        return ""  # "工业投资增长27%、全省第3，高于全省18.1个百分点": a rank is no level to compare
    return level if len(level) >= 2 and len(level) <= _LEFT else ""


def _noun_counted_before(piece: str, unit: str) -> re.Match[str] | None:
    """The noun a count of ``unit`` in the clause before counts: "保障性住房" in "筹集建设保障性住房近2.7万套"."""
    counts = [m for m in _pattern().finditer(piece) if m.group("unit") == unit]
    if not counts:
        return None
    after = _NOUN_AFTER.match(piece, counts[-1].end())
    return after or _HAN_TAIL.search(_leading_verbs().sub("", piece[: counts[-1].start()]))


def _single_verb(words: str) -> bool:
    """A label that is one verb and nothing else: "竣工", "供应" (a count of it says nothing of what was counted)."""
    tokens = tokenize(words)
    return len(tokens) == 1 and tokens[0].tag.startswith("v")


def _thing_counted_before(parts: list[str], unit: str) -> str:
    """The noun counted in the nearest clause before (up to three back) with a count of ``unit``: "保障性住房" in
    "新开工保障性住房1030套" or in "保障性住房开工1.7万套"; a clause of a bare verb and a count ("竣工3099套") is passed.
    Only a clause of verbs, the noun and at most one verb after it names the things; anything else names nothing."""
    for piece in reversed(parts[-4:-1]):
        counts = [m for m in _pattern().finditer(piece) if m.group("unit") == unit]
        if not counts:
            return ""  # a clause counting something else in between: the things are not named near
        after = _NOUN_AFTER.match(piece, counts[-1].end())
        words = after.group() if after else _PIECE_BREAK.split(piece[: counts[-1].start()])[-1]
        bare = _LABEL_HEAD.sub("", _leading_verbs().sub("", words))
        tokens = tokenize(bare)
        verb = [t.tag in ("v", "vn") or _leading_verbs().fullmatch(t.text) is not None for t in tokens]  # 新开工 is nz
        acted = after is not None or bare != _LABEL_HEAD.sub("", words)
        while tokens and verb[0]:
            tokens, verb, acted = tokens[1:], verb[1:], True  # "筹集建设公共住房": the verbs before the noun, what was done
        # "保障性住房和人才住房": two nouns joined by 和 or 及 are the things counted together
        joined = [
            t.text in ("和", "及") and 0 < k < len(tokens) - 1 and tokens[k - 1].tag in _NOUN_TAGS and tokens[k + 1].tag in _NOUN_TAGS
            for k, t in enumerate(tokens)
        ]
        size = next((k for k, t in enumerate(tokens) if (t.tag not in _NOUN_TAGS or verb[k]) and not joined[k]), len(tokens))
        rest = tokens[size:]
        if not tokens:
            continue  # "竣工3099套": the clause before names nothing either
        if size == 0 or not tokens[size - 1].tag.startswith("n") or (rest and (len(rest) > 1 or not verb[size])):
            return ""  # "全市已出栏…", "五年内…": no plain noun, or more than its predicate after it
        if not acted and not rest:
            return ""  # "办理建议707件、提案325件": a noun with no verb of its own; the count is of a list item
        noun = "".join(t.text for t in tokens[:size])
        # "原煤开采…" (2 characters: too often a product or an adverb), "通车里程达…" (a measure, not things counted)
        return noun if len(noun) >= 3 and _measure_head().search(noun) is None else ""
    return ""


def _modifying_verb(words: str) -> bool:
    """Whether ``words`` are a verb and one noun that it qualifies, ending the name of a kind: "支持政策", "扶持资金"."""
    tokens = tokenize(words)
    return len(tokens) == 2 and tokens[0].tag.startswith("v") and tokens[1].tag == "n" and len(tokens[1].text) >= 2


def _verb_led(left: str) -> bool:
    """Whether a label is a verb and what qualifies its object, the object itself left after the quantity:
    "完成环某水库", "统筹用好中央", "高质量实施年度十大类" (a copula or a verb of being opens no such label)."""
    lead = _verb_start().search(left[:_VERB_LEAD_WITHIN])
    if lead is None:
        tokens = [t for t in tokenize(left[:8]) if t.tag != "d"]
        # "研制完成…" (vn + v), "全力推动…", "高质量实施…" (a manner word, then the verb)
        verb = [t.tag == "v" and len(t.text) >= 2 for t in tokens[:2]]
        if not verb or not (verb[0] or (len(verb) == 2 and verb[1] and len(tokens[0].text) <= 3)):
            return False
    return _COPULA_START.match(left) is None and len(left) <= _LEFT


def _counted_noun(right: str) -> bool:
    """Whether the words after a quantity open with the noun it counts or measures, short enough to read as part of a
    label: "绿道建设", "乡村振兴补助资金"; not a verb ("用于…", "支持…", "办结") or what is said of the quantity."""
    if not 2 <= len(right) <= _NOUN_READ_ON or not _HAN_OR_QUOTE.match(right) or _NOT_A_NOUN_AFTER.match(right):
        return False
    first = tokenize(right[:6])[0]  # "…并有序开放", "…已按计划完成", "从60个扩围至…": an adverb, a conjunction or a preposition
    return first.tag not in ("v", "d", "c", "p") and _verb_start().match(right) is None


def _right(text: str, end: int) -> str:
    """The words after a quantity up to the end of its clause or a verb of being: "幼儿园" in "新增11所幼儿园，"."""
    right = ""
    # a quoted name after the quantity is read whole: 为 in "“见义勇为英雄群体”" ends nothing
    # "2343个县（市、区）开展…": a short aside in brackets is skipped, not an end
    after = _ASIDE.sub("", text[end:]).replace("以及", "及")
    for piece in _QUOTED_PART.split(_ITEM_BREAK.split(after)[0]):
        quoted = piece.startswith("“")
        right += _QUOTE_MARKS.sub("", piece) if quoted else _RIGHT_END.split(piece)[0]
        if not quoted and _RIGHT_END.search(piece):
            break
    return right


def _divisions_done(text: str, start: int, end: int, head: str) -> str | None:
    """What a count of divisions with a scope at most before it counts: the divisions that did what follows.

    "全省21个市（州）完成了年度减排任务" → 市完成了年度减排任务 (the count is of cities, not of the task).
    """
    here = _pattern().match(text, start)
    if here is None or here.group("unit") != "个" or not _SCOPE_ONLY.fullmatch(_CLAUSE_BREAK.split(head)[-1].strip(" \u00a0\u3000")):
        return None
    done = _DIVISIONS_DONE.match(text, end)
    if done is None:
        return None
    said = done.group("said")
    verb = _ADVERB_LEAD.sub("", said)  # "全部完成年度目标": an adverb before the verb
    if len(verb) < 2 or not (tokenize(verb[:4])[0].tag == "v" or _verb_start().match(verb) or verb.startswith(("完成", "实现", "达到", "建成"))):
        return None
    return done.group("kind") + said


def _label(text: str, start: int, end: int) -> str:
    """What a quantity measures: the words before it in its clause, else the words after it."""
    # "净减少10.6万、3.8万、3.3万平方公里": a later item of a list measures what the first one does
    head = _NOTE_MARK.sub("", _ITEMS_BEFORE.sub("", text[:start]))
    head = _WIDE_THOUSANDS.sub("", head)  # "肉类产量1，062万吨，比上年增加…": the comma parts no clauses
    if text.startswith("近", start) and head.endswith("接"):
        head = head[:-1]  # "人口接近30万人": 近 opened the quantity; 接 is the rest of 接近
    if text.startswith("约", start) and head.endswith("大"):
        head = head[:-1]  # "职工大约八百万人": 约 opened the quantity; 大 is the rest of 大约
    # "蔬菜（食用菌）产量达950万吨": a short aside in brackets is skipped, not an end
    head = _ASIDE.sub("", head)
    respective = _respective_label(text, start, end, head)
    if respective is not None:
        return respective
    if (divisions := _divisions_done(text, start, end, head)) is not None:
        return divisions
    # "完成221户385人年度脱贫任务", "拆除714栋66万平方米建筑": two measures of the same things side by side; each
    # reads past the other to the words that say what they measure
    beside = next((m for m in _pattern().finditer(head) if m.end() == len(head) and m.group("num")[0].isdigit()), None)
    if beside is not None and not _ORDINAL_OR_CODE_END.search(head[: beside.start()]):
        head = head[: beside.start()]  # "推动第4批51项…": an ordinal stays
    after = _pattern().match(text, end)
    if (
        after is not None
        and after.group("num")[0].isdigit()
        and _HAN_OR_QUOTE.match(text, after.end())
        and not text.startswith("级", after.end())  # "10个10亿级项目": a grade, no measure
        and not _UNIT_STARTS_WORD.match(text, after.start("unit"))  # "13.07万户46万群众"
    ):
        end = after.end()
    if _FROM_OPEN.search(head) and _change_end(text, end) > end and _FROM_LEVEL.search(text[: _change_end(text, end)]):
        # "日处理能力由 1万吨提高到4万吨": the old level is where the change started
        pieces = _PIECE_BREAK.split(_SHORT_QUOTE.sub(r"\1", _FROM_OPEN.sub("", head)))  # "西部地区“两基”人口覆盖率由…"
        subject = _ADVERB_END.sub("", _LABEL_TAIL.sub("", pieces[-1]))  # "学校已由598所增加到715所": 已 is no part
        if not subject and len(pieces) >= 2:
            subject = _subject_of(pieces[-2])  # "大中城市，由35个增加到100个": the subject stands in the clause before
        # "…，钢由三千七百万吨增加到…": a product of one character that is its whole clause names the subject too
        if len(subject) >= 2 or (subject == pieces[-1].strip(" \u00a0\u3000") and _HAN.fullmatch(subject)):
            return (subject + "起点")[-_RIGHT_WHOLE:]  # "战略性新兴产业产值占规上工业比重起点": the head stays
    # "建设“四好农村路”153公里", "新增专精特新“小巨人”企业7家": a quoted name is part of the label
    for joined in (_SHORT_QUOTE.sub(r"\1", head), head):
        parts = _PIECE_BREAK.split(_FROM_LEVEL.sub("", joined))
        left = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", parts[-1].lstrip(" \u00a0\u3000").rstrip(" \u00a0\u3000-－")))
        # "新增…企业300家以上和国家级…企业80家": the words after the last count and 和
        after_and = _AFTER_COUNT_AND.split(left)[-1]
        # "吸引35个国家和地区50万人次": a short word after 和 is still the first count's noun, unless a counted
        # noun follows ("省定17项民生工程和县定10项民生实事")
        here = _pattern().match(text, start)
        counted = here is not None and here.group("unit") in _count_verbs()[1] and _HAN_OR_QUOTE.match(text, end) is not None
        left = _clip_left(after_and if len(after_and) >= 4 or counted else left)
        if joined is head and "”" in head and not left.strip() and (quantities := list(_pattern().finditer(unquoted := _SHORT_QUOTE.sub(r"\1", head)))):
            # "投资16.89亿元完成全域“双代”19.5万户": the quote ends the words, which run from the quantity before
            left = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", _PIECE_BREAK.split(unquoted)[-1][quantities[-1].end() - len(unquoted) :]))
            parts = _PIECE_BREAK.split(unquoted)
        if not _NUMBER_OR_OPEN_LIST.search(_YEAR_OPEN.sub("", left)):
            break  # "推出391项“不见面审批”和135项…": joined, the label would hold another item
    here = _pattern().match(text, start)
    whole = _PART_OF_WHOLE.search(_LABEL_HEAD.sub("", parts[-1].strip(" \u00a0\u3000")))
    whole = whole if whole is not None and whole.end() == len(_LABEL_HEAD.sub("", parts[-1].strip(" \u00a0\u3000"))) else None
    if whole is not None and here is not None and here.group("unit") == whole.group("unit"):
        # "55户省管企业已有31户完成改制": the part is of the noun counted, done what the words after it say
        said = _CLAUSE_OR_QUOTE_BREAK.split(text[end:])[0]
        said = said if 2 <= len(said) <= 16 and _pattern().search(said) is None and _HAN.match(said) else ""
        return whole.group("noun") + said
    if len(unpriced := _PRICE_BASIS.sub("", left)) >= 2:
        left = unpriced  # "按可比价格计算增长8.5%": the price basis says how, not what, it grew
    if (
        _SHARE_NAMED.fullmatch(left)
        and len(parts) >= 2
        and (subject := _subject_before(parts))
        and len(subject + left) <= 26
        and not _RATE_OR_COPULA.search(subject)  # "总体增速为工业增速1.5倍，占…比重": a rate is no part of a whole
    ):
        return subject + left  # "研发投入超过900亿元，占GDP比重4.13%" → 研发投入占GDP比重
    if _BASE_ONLY.match(left) and _YEAR_BASE_END.search(left):
        left += "的"  # "是2011年1.81倍": the base year without its 的, read as "是2011年的"
    if _BASE_ONLY.match(left) and left.endswith("的") and len(parts) >= 2:
        # "民生支出1041亿元，占一般公共预算支出的87.2%" → 民生支出占一般公共预算支出比重
        share = left[:-1] + "比重" if "占" in left[:3] else left
        subject = _subject_before(parts)
        return subject + share if subject and len(subject + share) <= 26 else share
    percent = (here := _pattern().match(text, start)) is not None and here.group("unit") == "%"
    if percent and _DONE_OF.fullmatch(left) and len(parts) >= 2 and (subject := _subject_before(parts)):
        # "其他收入收到9.03亿元，完成预算数的121.68%" → 其他收入完成预算数比例: the share of the plan done, by what
        return (subject + left[:-1] + "比例")[-_RIGHT_WHOLE:]
    if _SHARE_BASE_END.search(left):
        left = left[:-1] + "比重"  # "社会医疗机构诊疗量占总量的23.3%" → …占总量比重
    if _SHARE_OF_WHOLE.fullmatch(left) and len(parts) >= 2 and (subject := _subject_before(parts)):
        return (subject + left + "比重")[-_RIGHT_WHOLE:]  # "高新技术产业产值突破6000亿元，增长15%，占全市28%"
    if _SHARE_ALONE.fullmatch(left) and len(parts) >= 2 and (subject := _subject_before(parts)):
        return (subject + "占比")[-_LEFT:]  # "公共安全支出14.7亿元，占12%" → 公共安全支出占比
    if left.endswith("占") and len(left) >= 3 and not left.endswith("分别占"):
        left = _ADVERB_BEFORE_SHARE.sub("", left) + "占比"  # "其中外商直接投资占70%" → 外商直接投资占比; "则只占" too
    if _RATE_COMPARED.match(left) and len(parts) >= 2 and (subject := _subject_before(parts)):
        # "社会消费品零售总额732.12亿元，增长9.2%，增速高于上年0.9个百分点" → …总额增速高于上年
        return _clip_left(subject + left)
    if _TRAILING_JOINT.search(left) and not _JI_VERB.search(left) and (other := _NOUN_AFTER.match(_right(text, end))):
        # "427条定制化巴士线路和46条社区微巴线路": the noun after the count, not the item before 和
        lead = _verb_start().match(_LABEL_HEAD.sub("", _CLAUSE_BREAK.split(head)[-1]))
        return (lead.group() if lead else "") + other.group()
    if _ABOVE_BASE.match(left) and len(parts) >= 2 and (compared := _compared_level(parts)):
        return compared + left  # "规上工业增加值增长7.6%，高于全国1.7个百分点" → 规上工业增加值增长高于全国
    # "…3082.8亿元，首次突破3000亿元大关": a milestone word after the quantity names nothing measured
    first = _LABEL_HEAD.sub("", _CHINESE_YEAR.sub("", parts[0].strip(" \u00a0\u3000")))
    series = len(parts) >= 2 and all(_YEAR_OPEN.match(p.strip()) for p in parts[1:])
    named_first = _HAN_WORD.fullmatch(first) is not None and _before_quantity(first) == first
    if not left and series and named_first and 2 <= len(first) <= _RIGHT_WHOLE and not _NOUN_START.match(text, end):
        # "每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元": a series by year of the measure first named
        return first
    if _SINCE_ONLY.fullmatch(left) and len(parts) >= 2:
        left = ""  # "…比重高达21.1%，是自2012年分区以来首次突破20%": a span names nothing, the clause before does
    if not left and len(parts) >= 2 and (not _NOUN_START.match(text, end) or patterns.MILESTONE_AFTER.match(text, end) or _RANGE_REST.match(text, end)):
        # "新增43.04万家、达到79.1万家": the level of what the clause before counted
        subject = _subject_before(parts)
        new = _NEW_HEAD.match(subject)
        if new is not None and _REACHES.match(parts[-1].strip()) and len(subject) - new.end() >= 2:
            # "新增公园141座、累计达到973座": the level reached is the total of the things added, not an increment
            here = _pattern().match(text, start)
            counted = here is not None and here.group("unit") in _count_verbs()[1]
            summed = "累计" if parts[-1].strip().startswith("累计") else ""  # "达到159万立方米/天": the level itself
            return (subject[new.end() :] + ("总数" if counted else summed))[-16:]
        if subject.startswith("占") and len(parts) >= 3 and (whose := _subject_before(parts[:-1])):
            subject = whose + subject  # "…2005亿元，占全市比重高达21.1%，是…首次突破20%": the share of the subject before it
            return subject[-_RIGHT_WHOLE:]
        if subject:
            return subject[-16:]
        if _FROM_LEVEL.search(head) and (subject := _LABEL_TAIL.sub("", _LABEL_HEAD.sub("", parts[-2]))):
            return subject[-_LEFT:]  # "比重，由今年的44%提高到45%": the subject stands before the change
    # "新增4个国家生态文明建设示范区": a noun after the count is what changed, not the subject before
    noun_after = _NOUN_START.match(text, end) and not _BOUND_WORD_AFTER.match(text[end:])
    # "…3255元，扣除价格因素，分别增长6.2%、8%": 分别 pairs values with a list, so no single subject before is theirs
    if (_change_only().fullmatch(left) or _BARE_RATE.fullmatch(left)) and len(parts) >= 2 and not noun_after and "分别" not in left:
        # "进出口总额9.5万亿元、增长4.4%": the change is of what the clause before measured
        subject = _subject_before(parts)
        if subject:
            if len(subject + left) > _COMPOSITE:
                left = _COMPARED.sub("", left)  # "城镇居民每百户拥有家用汽车比2007年增加": the base goes before the subject
            # "城镇居民人均可支配收入年均实际增长" (17) stays whole; a longer one is cut at its head's start
            return _clip_left(subject + left)
    last = next(reversed(list(_pattern().finditer(left))), None)
    invested = _INVESTED.search(left[: last.start()]) if last is not None and left.endswith("的") and last.end() == len(left) - 1 else None
    qualified = invested is not None and last is not None and invested.end() == last.start()
    if invested is not None and last is not None and invested.end() == last.start():
        # "总投资12亿元的6个某某项目", "甲、乙等总投资45亿元的8个项目": the investment qualifies the things counted
        left = left[: invested.start()]
    invested = _INVESTED.search(left)
    if invested is not None and text.startswith("的", end) and (owner := _owner_after(text, end + 1)) is not None:
        # "投资2亿元的某某结构件": the investment of what follows, not a bare 投资
        return owner + invested.group()
    capacity = _SPEC_END.search(left)
    if capacity is not None and not capacity.group("times") and text.startswith("的", end) and (owner := _owner_after(text, end + 1)) is not None:
        # "年产38.8亿方的某某气田增产项目": the capacity of what follows, not a bare 年产
        return owner + capacity.group()
    sized = _FUND_SIZE.search(left)
    money = (here := _pattern().match(text, start)) is not None and here.group("unit").endswith("元")
    if sized is not None and money and text.startswith("的", end) and (owner := _owner_after(text, end + 1)) is not None:
        # "设立首期规模50亿元的天使投资引导基金": the size of the fund named after it, not a bare 设立首期规模
        return owner + sized.group()
    area = _AREA_OF.search(left)
    areal = (here := _pattern().match(text, start)) is not None and here.group("unit").endswith(("亩", "平方米", "平米", "平方公里", "公顷"))
    if area is not None and areal and text.startswith("的", end) and (owner := _owner_after(text, end + 1)) is not None:
        # "启动占地150亩的休闲公园建设": the area of what follows, not a bare 占地; its predicate cut
        owner = _AREA_OWNER_END.split(owner)[0]
        if len(owner) >= 2:
            return owner + ("占地面积" if area.group("word") == "占地" else area.group("word"))
    # "投资2.6亿元实施高标准农田建设": a bare investment with its purpose after it is read below, not as a total
    purposed = left in _BARE_INVESTMENT and _HAN_OR_QUOTE.match(text, end) is not None and not _BOUND_OR_DE_AFTER.match(text[end:])
    if left in _vague_heads() and not text.startswith("的", end) and not purposed:  # "总投资9亿元的某项目": a modifier, no total
        total = _total_label(text, start, head, left)
        if total is not None:
            return total
    right = _right(text, end)
    if _body_end().search(left) and len(right) >= 2:
        return right[:16]  # "区政府184项量化指标任务": the body acts; the tasks are counted
    if _EXAMPLES_END.search(left) and (found := _NOUN_AFTER.match(right)) is not None:
        # "建成梅沙湾、沙头角郊野等4个公园": the items are examples; the count is of the kind named after it,
        # up to a verb ("甲、乙等3个产业集群入选…" → 产业集群)
        verb = next(reversed(list(_verb_start().finditer(found.group(), 2))), None)
        kind = found.group()[: verb.start()] if verb and verb.end() < len(found.group()) else found.group()
        opening = _clause_lead(_CLAUSE_BREAK.split(head)[-1])
        if verb is not None and kind != found.group() and _modifying_verb(found.group()[verb.start() :]):
            kind = found.group()  # "出台甲、乙等29个服务业专项支持政策": 支持 qualifies the noun it ends with, no predicate
        elif verb is not None and kind != found.group() and not opening and found.end() == len(right) <= _COMPOSITE:
            kind = found.group()  # "力争甲、乙等6个项目建成投产": no verb before, the one after says what is counted of them
        return (opening + kind)[:_COMPOSITE]  # "开工甲、乙等2个项目" → 开工项目, not 乙等项目
    examples = _LABEL_HEAD.sub("", _EXAMPLES_END.sub("", _CLAUSE_BREAK.split(head)[-1]).strip(" \u00a0\u3000"))
    a_count = (here := _pattern().match(text, start)) is not None and not here.group("unit").endswith("元")
    a_list = ("、" in examples or "和" in examples) and not _pattern().search(examples) and len(examples) <= _RIGHT_WHOLE
    if a_count and a_list and _EXAMPLES_END.search(left) and not _NOUN_START.match(text, end):
        # "新增中小试基地、概念验证中心等35个，": nothing named after the count, so it counts all the examples
        # (before: 概念验证中心等); the last two are joined by 和 unless one already is. One example
        # keeps its 等 ("…示范区等4个"), and 少等 is a verb ("排队少等10分钟")
        items = examples.rsplit("、", 1)
        return items[0] + "和" + items[1] if len(items) == 2 and "和" not in examples else examples
    kinds = _KIND_AFTER_EXAMPLES.search(left)
    clause = _CLAUSE_BREAK.split(head)[-1]
    noun_follows = _HAN_OR_QUOTE.match(text, end) and not _BOUND_OR_DE_AFTER.match(text[end:])
    if kinds is not None and (_RESPECTIVE_OR_YEAR.search(kinds.group("kind")) or _verb_start().search(kinds.group("kind"))):
        kinds = None  # "甲、乙等领域全年分别引进人才100名": after 等 a clause goes on, no kind
    if kinds is not None and "、" in clause and not _pattern().search(left) and not noun_follows:
        # "淘汰燃煤小锅炉、低端电炉等落后设备500余台": the count is of the kind after 等, done by the clause's verb
        return (_clause_lead(clause) + kinds.group("kind"))[:_COMPOSITE]
    named = _CLAUSE_BREAK.split(head)[-1].split("、")
    here = _pattern().match(text, start)
    if len(named) >= 2 and here is not None and here.group("unit") in _count_verbs()[1] and (kind_after := _NOUN_AFTER.match(right)):
        # "新增甲医院、乙医院2家三级医院": as many names as the count, the count is of the kind after them
        if _to_decimal(here.group("num")) == len(named) and all(_before_quantity(n) == n for n in named):
            lead = _verb_start().match(_LABEL_HEAD.sub("", named[0]))
            # "甲、乙、丙3家企业获第15届某某金奖": the kind, with what is said of it when the noun alone ends at a verb
            kind = kind_after.group()
            kind = right if _KIND_END.search(kind, 2) and len(right) <= _RIGHT_WHOLE else _kind(kind)
            return ((lead.group() if lead else "") + kind)[:_COMPOSITE if kind != right else _RIGHT_WHOLE]
    tokens = tokenize(left) if _PLACE_LABEL.fullmatch(left) and here is not None and here.group("unit") in _PLACE_UNITS else []
    thing = _NOUN_AFTER.match(right) if tokens and not any(t.tag.startswith("v") for t in tokens) else None
    if thing is not None and _HAN_OR_QUOTE.match(text, end) and not _BOUND_OR_DE_AFTER.match(text[end:]):
        # "城东片区520亩土地征占迁全面完成": the place says where; the noun after the quantity says what is measured
        if placed := _placed_noun(thing.group()):
            return (left + placed)[:_RIGHT_WHOLE]
    shared = _share_of(text, start, end, left)
    if shared is not None:
        return shared
    listed = _listed_label(text, head, end)
    if listed is not None:
        return listed
    spec = _SPEC_END.search(left)
    if spec is not None and len(left) - len(spec.group()) >= 2:
        left = left[: len(left) - len(spec.group("times") or "")]  # "某集团2×35万千瓦燃气电厂": 2× is part of the spec
    if len(left) >= 2:
        verb_end, classifiers = _count_verbs()
        counted = (here := _pattern().match(text, start)) is not None and here.group("unit") in classifiers
        # "国家公布产量的104种工业产品": a label ending in 的 reads on with the noun counted ("收入的60%" is a share)
        # "新建改造310公里燃气管道": a label of verbs alone reads on whatever the unit
        only_verbs = re.fullmatch(f"(?:{_verb_start().pattern})+", left) is not None
        reads_on = len(left) == 2 or only_verbs or (counted and (left.endswith("的") or verb_end.search(left) is not None))
        measured = here is not None and not here.group("unit").endswith(("元", "%", "百分点", "倍"))
        # "高质量建设48公里碧道", "规划建设16.8公里远足郊野径": a verb of building reads on whatever is measured
        reads_on = reads_on or (measured and verb_end.search(left) is not None)
        # "加强对100家拟上市重点企业的指导": 对 reads on with what it is about; "同时发行1万亿元抗疫特别国债":
        # money reads on with the fund named after a verb of raising or granting it. Only a whole noun reads on
        # there, not one cut at its longest ("安排32.5亿元帮助解决北方农村中小学取…").
        about = (left.endswith("对") and measured) or (
            here is not None and here.group("unit").endswith("元") and _money_verb().search(left) is not None
        )
        whole = _NOUN_AFTER.match(right)
        if about and not reads_on and whole is not None and _NOUN_ENDS.match(right[whole.end() :]):
            reads_on = True
        # "某某年产10万吨玉米淀粉糖": a capacity reads on with its product, whatever the unit
        # "推进好总投资1.78万亿元的289个省重点项目": with the investment cut, the verb reads on with the things counted
        reads_on = reads_on or spec is not None or (qualified and counted)
        if not reads_on and counted and right:
            # "全市将有109个地铁站", "与港澳共建13家青年创新创业基地": a label ending in a verb or an adverb
            # reads on with the noun counted after it
            # "完成省定20项民生工程": 省定 (tagged x, unknown) qualifies the noun counted, no noun of its own
            word = tokenize(left)[-1]
            reads_on = word.tag in ("v", "d") or (word.tag == "x" and _HAN_WORD.fullmatch(word.text) is not None)
            # "严格管控432个在建工地扬尘污染": a verbal noun after a manner word only is the verb; its object follows
            tokens = tokenize(left)
            manner = all(w.tag in ("ad", "d") or w.text in _MANNER_WORDS for w in tokens[:-1])
            reads_on = reads_on or (word.tag == "vn" and len(tokens) >= 2 and manner)
            # "完成市区71条小街巷改造", "启动第二批18个城中村综合整治": a label opening with a verb and ending in a
            # scope (data/rules/scope_words.txt), a batch or a numeral reads on with the noun counted
            qualifier = word.tag in ("m", "q") or word.text in _scope_words()
            opens = (_verb_start().match(left) is not None or tokenize(left)[0].tag == "v") and not _COPULA_START.match(left)
            reads_on = reads_on or (qualifier and opens and _HAN_OR_QUOTE.match(text, end) is not None)
            raw = _LABEL_HEAD.sub("", parts[-1].rstrip(" \u00a0\u3000"))
            if not reads_on and _trimmed_verb(raw, left):
                # "高质量完成10件重点民生实事": the verb trimmed from the label reads on with the noun counted
                reads_on, left = True, raw
        if not reads_on and _verb_led(left) and _counted_noun(right):
            reads_on = True  # "完成环某水库30公里绿道建设", "统筹用好中央149亿元乡村振兴补助资金": the verb's object follows
        # "投资7.8亿元的某某项目": what has the quantity, not what it counts
        noun = _NOUN_AFTER.match(right) if reads_on and not right.startswith("的") else None
        if noun is None and reads_on and counted and right.startswith("的") and len(left) <= 4:
            noun = _NOUN_AFTER.match(right, 1)  # "努力完成4000户的改造任务": a short label reads on over 的
            raw = _LABEL_HEAD.sub("", parts[-1].rstrip(" \u00a0\u3000"))
            if noun is not None and _trimmed_verb(raw, left):
                left = raw  # the verb trimmed from the label says what was done: 努力完成改造任务
        money = here is not None and here.group("unit").endswith("元")
        if noun is not None and money and (_verb_start().match(noun.group()) or noun.group().startswith(("完成", "用于"))):
            noun = None  # "投资8000万元实施保涞线…": what follows is what the money does, not a noun
            clause = _CLAUSE_OR_QUOTE_BREAK.split(text[end:])[0]  # "投资90万元完成甲中学、乙中学少年宫建设": the whole list
            if _BARE_MONEY.fullmatch(left) and (purpose := _purpose(clause if "、" in clause else right)):
                return left + purpose  # "投资7500万元实施了7个教育项目" → 投资实施教育项目: what the money was for
        if noun is None and only_verbs and here is not None and len(parts) >= 2:
            noun = _noun_counted_before(parts[-2], here.group("unit"))  # "筹集住房2.7万套，建成1444套" → 建成住房
        product = noun.group() if noun else ""
        if noun is not None and len(product) <= 6 and right.startswith("的", noun.end()) and (owned := _NOUN_AFTER.match(right, noun.end() + 1)):
            closes = owned.end() == len(right) or _CLAUSE_BREAK.match(right, owned.end()) is not None
            # "8000余张床位的会展北、坝光两家酒店": the noun after 的 opens a list, not the name of what is counted
            at = text.find(right, end)
            closes = closes and (at < 0 or not text.startswith(tuple(_LIST_SEPARATORS), at + len(right)))
            if closes and len(product) + 1 + len(owned.group()) <= 12 and _verb_start().match(owned.group()) is None:
                product = right[: owned.end()]  # "选取710公里有代表性的路段": what qualifies the noun, with the noun
        if not product and measured and here is not None and len(parts) >= 2 and _single_verb(left):
            # "新开工保障性住房1030套，竣工3099套，供应3170套" → 竣工保障性住房, 供应保障性住房: a bare verb's count
            # counts the things a count of the same unit named in a clause before
            if left not in _bare_measures()[0] and (product := _thing_counted_before(parts, here.group("unit"))):
                return left + product  # its own verb: "开工…147个、完工80个" → 完工老旧小区, not 开工完工…
        if spec is not None:
            # "年产5万吨甲醇等项目建设", "年产3000辆专用车项目顺利开工": the product, without the list end or the predicate
            ends = [m.start() for m in (_ETC.search(product), _owner_end().search(product, 2)) if m is not None]
            product = product[: min(ends)] if ends else product
        label = left + product  # "新增11所幼儿园" → 新增幼儿园
        return _list_led(head, parts[-1], label, here.group("unit") if here is not None else None)
    # "完成30座公厕改造和12个农贸市场提升": the words after end where the next item of the list begins
    # "296个市重点项目完成投资989.9亿元": the next quantity ends the words, unless it qualifies them
    # ("82个预增产值过10亿元的重大增长点") or nothing would be left ("为5000名6周岁以下残疾儿童")
    # "完成9个小区二次供水改造工程": a Chinese numeral inside a word (二次供水) is no next quantity
    later = next((q for q in _pattern().finditer(right) if q.group("num")[0].isdigit() or patterns.AFTER_QUANTITY_DELIM.match(right[q.end() :])), None)
    if later is not None and later.start() >= 2 and not right.startswith("的", later.end()):
        right = _TRAILING_JOINT.sub("", right[: later.start()])
        if len(whole_words := _HAS_PART_END.sub("", right)) >= 2:
            right = whole_words  # "48户市属企业已有29户完成改制": the whole is 市属企业, 已有 opens its part
    elif (coordinated := _JOINED_COUNT.search(right, 2)) is not None:
        right = right[: coordinated.start()]  # "58个乡镇计生服务站和一批城市社区卫生服务中心": another item, counted in words
    if len(right) > _RIGHT_WHOLE and (cut := _owner_end().search(right, 2)) is not None:
        right = right[: cut.start()]  # a long clause after the count: its subject, up to the predicate
    elif len(right) > _RIGHT_WHOLE:
        right = right[:16]
    # "9家规模以上食品生产企业获得食品安全管理国际双体系认证": a clause up to _RIGHT_WHOLE reads whole, not cut mid-word
    if not right.strip() and not left.strip():
        # "…，318项被列入容缺服务": what is said of the things counted, rather than the bare number
        said = _QUOTE_MARKS.sub("", _ITEM_BREAK.split(text[end:])[0]).strip(" \u00a0\u3000")
        if 2 <= len(said) <= _RIGHT_WHOLE and _HAN.match(said):
            return said
        # "本地生产总值高位竞进，超过6500亿元", "新建和修复的铁路，就有三千一百零八公里": a clause of words alone before
        # names what the bare quantity measures
        # (a list item before 、 or an aside's words name no subject; nor does a frame: 比原计划, 经过…以后, 聚焦…)
        words = _FROM_LEVEL.sub("", joined)
        clause_before = len(parts) >= 2 and _CLAUSE_BREAK.fullmatch(words[len(words) - len(parts[-1]) - 1 :][:1]) is not None
        before = _LABEL_TAIL.sub("", _LABEL_HEAD.sub("", parts[-2].strip(" \u00a0\u3000"))) if clause_before else ""
        quantified = _pattern().search(before) is not None or _PERCENT_WORDS.search(before) is not None
        if 2 <= len(before) <= _LEFT and _HAN.match(before) and not quantified and not _FRAME_START.match(before):
            return before
    return (right or left or text[start:end]).strip()
