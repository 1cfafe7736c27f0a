"""Regular expressions shared by several stages, compiled once (a family's own sit in its module).

Each pattern has a comment saying what it is for and an example it matches.
"""

from __future__ import annotations

import re

#: A CJK ideograph (basic block plus extension A), e.g. 开.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff"

#: Clause separators and the brackets and quotes that protect them, e.g. "，" and "“" in "开展“六比六拼”行动，改造".
CLAUSE_MARK = re.compile(r"[“《「（(【”》」）)】，,：:]")

#: Sentence terminators, full and half width: 。！？；!?; and line breaks.
#: e.g. "新增就业6150人。" ends at "。".
SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)]*|\n+")

#: Clause separators inside a sentence (not 、, which joins list items).
#: e.g. "事项覆盖率达41.7%，73%的执法力量下沉" splits at "，".
CLAUSE_SEP = re.compile(r"[，,：:]")

#: Section headings: 一、 / （一） / (三) / 1. / 1、 at the start of a line.
#: e.g. "（三）建美城乡，高质量发展环境持续优化".
HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[、.．](?!\d))[^\n]{0,60}$",
    re.MULTILINE,
)

#: Quoted names: “…”, 《…》, 「…」, "…" (no nested quotes, at most 30 chars; a document's title in 《》 at
#: most 60, as a plan's full title runs long).
#: e.g. “千万工程”, 《政府工作报告》, 《某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》.
QUOTED = re.compile(r"“([^“”\n]{1,30})”|《([^《》\n]{1,60})》|「([^「」\n]{1,30})」|\"([^\"\n]{1,30})\"")

#: Runs of Han characters, e.g. "新增就业".
HAN_RUN = re.compile(f"[{HAN}]+")

#: Any Han character; used to reject candidates with none.
HAS_HAN = re.compile(f"[{HAN}]")

#: A parenthesised place before a place, e.g. "(浙江省)开化县" → 浙江省 contains 开化县.
PAREN_PLACE = re.compile(f"[（(]([{HAN}]{{2,12}}?(?:省|自治区|市|州|盟|地区))[）)]([{HAN}]{{2,12}}?(?:县|市|区|旗))")

#: Coordinated short names sharing one suffix, e.g. "金丰、朝阳片区" (heads before the last one).
COORD_HEAD = re.compile(f"((?:[{HAN}]{{2,4}}、)+)$")

#: Numbers: Arabic with optional thousands separators and decimals, e.g. "1,662.5", "41.7"; older reports
#: separate thousands with a full-width comma, e.g. "1，062" in "肉类产量1，062万吨".
ARABIC_NUMBER = r"\d{1,3}(?:，\d{3})+(?!\d)(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?"

#: Chinese numerals, e.g. "三千五百", "两", and decimals of older reports, e.g. "三点二" in "增长三点二倍";
#: older reports also write zero as ○, e.g. "二百○八所".
CHINESE_NUMBER = r"(?:[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+)?)"

#: Year, month and day expressions never to be read as indicators, e.g. "2023年1月17日", "2022年".
DATE = re.compile(r"(?:\d{4}|[一二〇零○][一二三四五六七八九〇零○]{3})年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{1,2}月份?")

#: Delivery date of a report, e.g. "——2023年1月17日在…" or "(2023年1月17日)".
DELIVERY_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")

#: Ordinals and congress numbers that are not quantities, e.g. "第3", "十六届", "一次会议".
ORDINAL = re.compile(r"第[\d一二三四五六七八九十百零〇]+|[\d一二三四五六七八九十百]+届")

#: The first half of a range right before a number, e.g. "3至" in "3至5个", "10-" in "10-15%".
RANGE_BEFORE = re.compile(r"(?:\d|[一二三四五六七八九十])(?:%|个百分点|[万亿千]?[个家项条所人元])?[至到\-~－—～]$")

#: A policy verb shortly before "N条", which then names a policy package, e.g. "出台稳经济" in "出台稳经济47条".
POLICY_COUNT_BEFORE = re.compile(r"(?:出台|制定|印发|推出|发布|落实|兑现|实施)[\u4e00-\u9fff“”]{0,8}$")

#: Holders counted but not named right before an honor cue, e.g. "4家企业" in "4家企业获省科技进步奖".
COUNTED_HOLDERS = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[个家所项名位条]?[\u4e00-\u9fff（）()、]{0,8}$")

#: Numbered lines sharing one 号线, e.g. "地铁14、16号线" (groups: prefix, the numbers with 、).
NUMBERED_LINES = re.compile(r"(地铁|轨道交通|轨道|轻轨|城轨|有轨电车|云巴|市域铁路|市域)?((?:\d{1,2}、)+\d{1,2})号线")

#: Percent-encoding of characters that are unsafe in an IRI path segment, e.g. " " → %20.
IRI_UNSAFE = re.compile(r"[\x00-\x20<>\"{}|\\^`#%/?\[\]@!$&'()*+,;=]")


#: Words opening with 多 ("many") that a count stands before: "38个多功能运动场" counts multi-purpose grounds, 多 is no
#: "more than" after the classifier (as in "3个多月", about three months).
MANY_KINDS = r"(?:功能|元|样|层次|媒体|语种|学科|部门|领域|渠道|维度|场景|式|能互补|规格|品种|业态|主体|民族|跨|点|方)"


#: Time words a unit may be counted per after a slash that are no units of their own: "吨/日", "吨/年", "立方米/秒".
PER_TIME = r"(?:日|年|月|秒|时)"


def quantity_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    """Number, scale word, approximation and unit, e.g. "1.4万亩", "4500余名", "20余项", "41.7%".

    ``units`` come from ``data/rules/units.txt``; longest first so 千瓦 wins over 千 + 瓦.
    """
    alternation = "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u)))
    # "7500多亿元": the approximation may stand before the scale word; "7.3公里/平方公里",
    # "18.8微克/立方米": a unit per unit is one unit; "690 亿元": texts converted from PDF
    # keep a space between an Arabic number and its scale word or unit; a rate per time is one unit too ("20万吨/日",
    # "30万吨/年", "5立方米/秒"). 千 before 瓦, 克 or 米 opens the
    # unit ("277.9千瓦时" is 277.9 千瓦时, not 277900 瓦 and a stray 时).
    return re.compile(
        rf"(?P<pre>近|约|超过|超|突破|逾)?(?P<num>{ARABIC_NUMBER}|{CHINESE_NUMBER})"
        rf"(?:(?<=\d)[ \u00a0\u3000](?=[万亿千百余多%‰{HAN}]))?(?P<approx0>余|多)?(?P<scale>万亿|亿|万|千(?![瓦克米])|百)?(?P<approx>余|多)?"
        rf"(?P<unit>(?:{alternation})(?:/(?:{alternation}|{PER_TIME}))?)(?P<post>左右|以上|多(?!{MANY_KINDS}))?"
    )


#: Text right after a quantity that makes it part of a name or a date, e.g. "3项" in "第3项".
#: "跃上百亿元台阶": a milestone (台阶, 大关, 关口) may follow too.
AFTER_QUANTITY_DELIM = re.compile(r"^(?:[，。；、,;：:）)”]|$|左右|以上|的|和|及|等|，|台阶|大关|关口)")

#: A milestone word after a quantity or a list of them, e.g. "台阶" in "跨越3000亿元、4000亿元台阶".
MILESTONE_AFTER = re.compile(r"(?:的)?(?:台阶|大关|关口)")


def bare_scale_pattern() -> re.Pattern[str]:
    """A scaled number with no unit after it, e.g. "25万" in "贫困人口减少25万。", "百亿" in "产值突破百亿，"."""
    return re.compile(
        rf"(?P<pre>近|约|超过|超|突破|逾)?(?P<num>{ARABIC_NUMBER}|{CHINESE_NUMBER}?)"
        rf"(?P<approx0>余|多)?(?P<scale>万亿|亿|万)(?P<approx>余|多)?(?P<post>左右|以上)?"
        rf"(?=[，。；、,;）)]|$|(?:的)?(?:台阶|大关|关口))"
    )
