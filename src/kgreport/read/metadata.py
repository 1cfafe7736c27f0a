"""Report metadata read from the report's own header lines, never the file name.

Finds the issuing government (``博野县人民政府``, ``国务院``), its region and a
best-guess administrative level, the congress session
(``第十七届人民代表大会第一次会议``), the delivery date and so the year, and the
title. ``region_code`` and ``parents`` stay empty: the pipeline fills them
from the gazetteer, which also knows the true level of county-level cities.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from kgreport.read.clean import normalize_chars, tidy_line
from kgreport.models import Level, ReportMeta
from kgreport.resources import load_tsv

NPC_SESSIONS = "rules/npc_sessions.tsv"

# Only the header is searched: the body mentions other sessions and dates.
HEADER_CHARS = 2500
HEADER_LINES = 40

_NUM = r"[0-9〇○零OoО一二三四五六七八九十]"
_YEAR = rf"{_NUM}{{4}}"
# A Chinese or Arabic date, e.g. "2023年1月17日", "二〇一九年一月十四日", "二00二年三月二日".
_DATE = re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{_NUM}{{1,3}})\s*月\s*(?P<d>{_NUM}{{1,3}})\s*日")
# A congress session, e.g. "第十七届人民代表大会第一次会议", "十八届人民代表大会第四次会议",
# "第七届全国人民代表大会第二次会议", "第十四届全国人民代表大会第一次全体会议"; a header's line may
# break inside it ("在某某县第十八届\n人民代表大会第三次会议上").
_SESSION = re.compile(
    rf"第?(?P<term>{_NUM}{{1,3}})[届屆]\s?(?P<national>全[国國])?人民代表大[会會]\s?"
    rf"(?:常务委员会)?第(?P<sitting>{_NUM}{{1,3}})次(?:全体)?[会會][议議]"
)
# The place named just before a session or an issuer, e.g. "在保定市" before "第十四届…".
# (Looked up backwards from the match: a leading lazy group would be tried at every position.)
_PLACE_BEFORE = re.compile(r"[^\s，。；、：“”（）()—―-]{0,28}$")
# A session mentioned as the past, e.g. "…第一次会议以来", "…会议确定的目标", "…会议闭幕".
_PAST_SESSION = re.compile(r"(?:以来|确定|批准|闭幕|期间|提出|部署|审议通过|通过的|之后|后|到现在|至今|召开|开幕)")
# Words before a session that make it the past, e.g. "从去年9月第五届全国人民代表大会第三次会议到现在".
_PAST_BEFORE = re.compile(r"(?:从|自(?!治)|去年|上次|对照)")
# (traditional forms 屆/會議/会議 occur in older Wikisource texts, e.g. "第一届全国人民代表大会第四次会議")
# The abbreviated form, e.g. "县十七届人大一次会议", "市十四届人大二次会议".
_SESSION_SHORT = re.compile(rf"(?P<term>{_NUM}{{1,3}})届人大(?P<sitting>{_NUM}{{1,3}})次会议")
# The issuing body, e.g. "我代表保定市人民政府", "我代表国务院", "我代表大鹏新区管理委员会".
_WE_REPRESENT = re.compile(
    r"我(?:受[^，。]{0,20}委托，?)?代表(?:中华人民共和国)?(?P<body>国务院|中央人民政府|[^\s，。、；：“”()（）]{0,30}?(?:人民政府|管理委员会|管委会|政府))"
)
# A speaker line, e.g. "保定市人民政府市长 马誉峰", "河北省人民政府省长许勤".
_SPEAKER = re.compile(
    r"(?P<gov>人民政府|管理委员会|管委会)(?:代理)?(?:代|副)?(?P<post>省长|市长|县长|区长|旗长|主席|主任|州长)"
)
# Crawler header fields, e.g. "发文单位：保定市人民政府", "标题：…", "发文时间：2014-02-10".
_FIELD = re.compile(r"^(?P<key>标题|发文单位|发文时间|报告人)[:：]\s*(?P<value>.*)$")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
# A title line, e.g. "2025年安徽省政府工作报告", "政府工作报告(2008年3月27日)".
_TITLE = re.compile(r"^(?!各位)[^。，]{0,40}(?:政府)?工作报告[^。，]{0,30}$")
# The year a title names, e.g. "2025年安徽省政府工作报告", "二00二年政府工作报告".
_TITLE_YEAR = re.compile(rf"(?P<y>{_YEAR})年")
# A region named before 政府工作报告 in a title, e.g. "安徽省" in "2025年安徽省政府工作报告".
_TITLE_REGION = re.compile(
    r"(?:年度?)?(?P<region>[\u4e00-\u9fff]{2,20}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗))(?:\d{4}年度?)?(?:人民)?政府工作报告"
)
# The State Council speaking without "我代表国务院", e.g. "我受中共中央和国务院的委托", "国务院总理 李鹏".
_NATIONAL_CUE = re.compile(r"受[^，。]{0,12}国务院[^，。]{0,4}委托|国务院总理|中央人民政府")
# Strips an enclosing unit from a region, e.g. "保定市" from "保定市徐水区", "河北省" from "河北省博野县".
_ENCLOSING = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:省|自治区|自治州|地区|盟|市)(?=[\u4e00-\u9fff]{2,}(?:市|区|县|旗|自治县|自治旗|新区)$)")

# Year hints in the opening paragraphs when no delivery date is printed, with the offset
# to the report year: "一、2014年工作回顾" -> 2015, "刚刚过去的１９８４年" -> 1985,
# "部署2017年工作" -> 2017.
_YEAR_HINTS = (
    # "首先报告２００１年的工作" -> 2002
    (re.compile(r"报告(?P<y>(?:19|20)\d{2})年的?工作"), 1),
    # the first part of a report reviews the past year: "一、迎难而上，2022年经济社会发展取得新进步"
    (re.compile(r"(?m)^一[、.][^\n]{0,30}?(?P<y>(?:19|20)\d{2})年(?!远景)"), 1),
    (re.compile(r"(?:^|[、\s])(?P<y>(?:19|20)\d{2})年(?:的)?(?:工作|经济社会发展)?(?:简要)?回顾"), 1),
    (re.compile(r"(?:刚刚过去的|过去的|回顾)(?P<y>(?:19|20)\d{2})年"), 1),
    (re.compile(r"(?P<y>(?:19|20)\d{2})年(?:的)?(?:经济社会发展|国民经济和社会发展|经济和社会发展)?(?:基本情况|工作总结)"), 1),
    (re.compile(r"(?P<y>(?:19|20)\d{2})年(?:的)?(?:工作安排|主要任务|重点工作|工作任务|主要工作)"), 0),
    (re.compile(r"部署(?P<y>(?:19|20)\d{2})年"), 0),
    (re.compile(r"(?P<y>(?:19|20)\d{2})年[^，。\n]{0,12}?的?回顾"), 1),
    # a review paragraph opens with the past year: "2021年是中国共产党成立100周年"
    (re.compile(r"(?m)^(?P<y>(?:19|20)\d{2})年，?是"), 1),
)
# The five-year plan a report looks back on, e.g. "一、“十三五”时期发展成就" -> 2021.
_PLAN_REVIEW = re.compile(r"(?m)^一[、.][^\n]{0,6}“?(?P<plan>[八九]|十[一二三四五]?)五”?(?:时期|期间|计划)[^\n]{0,12}(?:回顾|成就|总结)")
# Cut an issuer name out of a run-on header line, e.g.
# "年2月19日在驻马店市第三届人民代表大会第五次会议上驻马店市人民政府" -> "驻马店市人民政府".
_BODY_CUT = re.compile(r"^.*(?:会议上|会议|报告|[0-9一二三四五六七八九十]日|[)）】」”：:]|——|―)")
# Words that show a match is a clause, not a name, e.g. "较好完成了县人民政府".
_NOT_A_NAME = re.compile(r"[了的和向对把被为与及]")
# The government's term inside its body, e.g. "十六届" in "我代表十六届县人民政府", "第十四届" in
# "代表容城县第十四届人民政府" (the bodies are 县人民政府, 容城县人民政府).
_SESSION_ORDINAL = re.compile(r"第?[一二三四五六七八九十百零〇\d]+届")
# An issuer that names no place, e.g. "市人民政府", "自治区人民政府", "区政府".
_GENERIC_BODY = re.compile(r"^(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县|新区|本市|本县|本区)?(?:人民政府|政府|管理委员会|管委会)$")

# A bare unit word left when no place is named, e.g. "市" from "在市第五届…".
_UNIT_ONLY = re.compile(r"(?:省|市|县|区|旗|自治区)?")
# A preposition opening a run-on name, e.g. "在" in "在安徽省人民政府".
_LEADING_PREPOSITION = re.compile(r"^(?:在|于|由|通过|经过|经|根据|按照)")
# Everything up to the preposition before a place, e.g. "1月9日在" in "1月9日在安国市".
_UP_TO_PREPOSITION = re.compile(r"^.*?(?:在|于|日|向)")
# A preposition anywhere before a session, e.g. "在" in "在保定市".
_PREPOSITION = re.compile(r"[在向于]")
# A congress term inside a run-on name, e.g. "第十四届" in "容城县第十四届人民政府".
_TERM = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}届")
# A normalised national session, e.g. "第十届全国人民代表大会第一次会议".
_NATIONAL_SESSION = re.compile(rf"第(?P<term>{_NUM}{{1,3}})届全国人民代表大会第(?P<sitting>{_NUM}{{1,3}})次会议")
# The delivery line glued to a title, e.g. "——2014年2月10日在…" in "保定市政府工作报告——2014年2月10日在…".
_TITLE_DELIVERY = re.compile(r"[—―-]{1,2}\s*" + _YEAR + "年")
# The government part of an issuer's name, e.g. "人民政府" in "博野县人民政府".
# A place's government in short, e.g. "坪山区政府" (said for "坪山区人民政府").
_DIVISION_GOVERNMENT = re.compile(r"^[^\s，。、]{1,10}(?:省|市|县|区|旗|州|盟)政府$")

_GOVERNMENT_SUFFIX = re.compile(r"(?:人民政府|政府|管理委员会|管委会)$")

_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGITS.update({"○": 0, "零": 0, "O": 0, "o": 0, "О": 0})
_DIGITS.update({str(i): i for i in range(10)})


def said_body(text: str) -> str:
    """The body the speaker represents in the report's opening, e.g. "州人民政府" in
    "我代表州人民政府向大会报告工作"; "" when none is said."""
    m = _WE_REPRESENT.search(text[:3000])
    return m.group("body") if m else ""


def extract_meta(text: str, *, body: str | None = None) -> ReportMeta:
    """Metadata from the text of a report (raw or cleaned; only its head is read).

    ``body`` optionally gives the cleaned text, searched when the raw head
    (e.g. a crawler header) lacks a field.
    """
    head = _header_lines(text)
    if body is not None and body is not text:
        head = head + _header_lines(body)
    fields: dict[str, str] = {}
    for line in head:
        m = _FIELD.match(line)
        if m and m.group("key") not in fields:
            fields[m.group("key")] = m.group("value").strip()
    joined = "\n".join(head)

    date = _delivery_date(head, fields)
    session = _session(joined)
    title = _title(head, fields)
    represent = _WE_REPRESENT.search(joined)
    said_body = _SESSION_ORDINAL.sub("", represent.group("body")) if represent else ""

    issuer = _issuer(joined, fields, said_body)
    national = (
        said_body in ("国务院", "中央人民政府")
        or bool(session and "全国" in session[1])
        or (not issuer and bool(_NATIONAL_CUE.search(joined)))
    )
    if national:
        issuer, region = "国务院", "中华人民共和国"
    else:
        region = _region(issuer, session, title)
        if not issuer and region:
            suffix = "管理委员会" if region.endswith("新区") and "管委会" in joined else "人民政府"
            issuer = region + suffix
        region = _innermost(region)
    level = _level(region, national)
    if level is Level.UNKNOWN and _GENERIC_BODY.match(said_body):
        # "我代表区人民政府": the place is unnamed but its level is not.
        level = _level(_GOVERNMENT_SUFFIX.sub("", said_body), False)

    year = int(date[:4]) if date else None
    if year is None and title:
        ty = _TITLE_YEAR.search(title)
        if ty:
            year = _to_int(ty.group("y"), year=True)
    if year is None and session and "全国" in session[1]:
        year = _npc_year(session[1])
    if year is None:
        year = _year_from_body(joined)
    return ReportMeta(
        title=title,
        issuer=issuer,
        region=region,
        level=level,
        session=session[1] if session else "",
        date=date,
        year=year,
    )


def _issuer(joined: str, fields: dict[str, str], said_body: str) -> str:
    """The named issuing body: speaker line first, then the crawler field, then "我代表…"."""
    candidates = [
        _name(_before(joined, x.start(), 28) + x.group("gov"))
        for x in _SPEAKER.finditer(joined)
        if len(_before(joined, x.start(), 28)) >= 2
    ]
    candidates += [_name(fields.get("发文单位", "")), _name(said_body)]
    for cand in candidates:
        if cand.endswith(("人民政府", "管理委员会", "管委会")) and not _GENERIC_BODY.match(cand):
            return cand
    for cand in candidates:
        if _DIVISION_GOVERNMENT.match(cand) and not _GENERIC_BODY.match(cand):
            return cand[: -len("政府")] + "人民政府"  # 我代表坪山区政府筹备组: the district's government
    return ""


def _region(issuer: str, session: tuple[str, str] | None, title: str) -> str:
    """The place a report is about: from its issuer, else the session line, else the title."""
    if issuer:
        return _GOVERNMENT_SUFFIX.sub("", issuer)
    if session and session[0]:
        # "省长 李乐成在辽宁省第十四届…": the place follows the speaker's 在
        named = _name(session[0].rsplit("在", 1)[-1] + "人民政府")
        place = named[: -len("人民政府")] if named else ""
        if not _UNIT_ONLY.fullmatch(place):
            return place
    tm = _TITLE_REGION.search(title) if title else None
    return tm.group("region") if tm else ""


def _name(body: str) -> str:
    """The issuer name at the end of a run-on match, or "" if it is a clause."""
    body = _BODY_CUT.sub("", body.strip())
    body = _LEADING_PREPOSITION.sub("", body)
    body = _TERM.sub("", body)
    if _NOT_A_NAME.search(body):
        return ""
    return body


def _year_from_body(joined: str) -> int | None:
    for pattern, offset in _YEAR_HINTS:
        m = pattern.search(joined)
        if m:
            return int(m.group("y")) + offset
    m = _PLAN_REVIEW.search(joined)
    if m:
        n = _to_int(m.group("plan"))
        if n:
            return 1955 + 5 * n + 1  # the n-th plan ends in 1955 + 5n (九五: 1996-2000)
    return None


# A year in a file name, not part of a longer number, e.g. "2006" in "national-china-2006.txt",
# "2023" in "2023年政府工作报告.docx" (but nothing in "report-20230117.txt").
_NAME_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


def year_from_name(name: str) -> int | None:
    """The one year a file name carries, or None (none, or several different ones)."""
    years = {int(y) for y in _NAME_YEAR.findall(Path(name).name)}
    return years.pop() if len(years) == 1 else None


def _npc_year(session: str) -> int | None:
    """Year of a national session from the NPC calendar, e.g. 第十届…第一次会议 -> 2003."""
    m = _NATIONAL_SESSION.match(session)
    if not m:
        return None
    term, sitting = _to_int(m.group("term")), _to_int(m.group("sitting"))
    for row in load_tsv(NPC_SESSIONS):
        if row["term"] != str(term):
            continue
        if row["sitting"] == "*":
            return int(row["year"]) + (sitting or 1) - 1
        if row["sitting"] == str(sitting):
            return int(row["year"])
    return None


def _header_lines(text: str) -> list[str]:
    head = normalize_chars(text[:HEADER_CHARS])
    out = []
    for raw in head.split("\n"):
        line = tidy_line(raw.replace("\u3000", " ").replace("\xa0", " ").replace("\t", " "))
        if line:
            out.append(line)
        if len(out) >= HEADER_LINES:
            break
    return out


def _to_int(s: str, *, year: bool = False) -> int | None:
    s = s.strip()
    if year:
        digits = [_DIGITS.get(c) for c in s]
        if any(d is None for d in digits):
            return None
        return int("".join(str(d) for d in digits))
    if s.isdigit():
        return int(s)
    if "十" in s:
        left, _, right = s.partition("十")
        tens = _DIGITS.get(left, None) if left else 1
        ones = _DIGITS.get(right, None) if right else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    digits = [_DIGITS.get(c) for c in s]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _iso(y: str, m: str, d: str) -> str:
    yy, mm, dd = _to_int(y, year=True), _to_int(m), _to_int(d)
    if yy is None or mm is None or dd is None or not 1949 <= yy <= 2100:
        return ""
    try:
        return datetime.date(yy, mm, dd).isoformat()
    except ValueError:  # e.g. 2月30日, an OCR slip
        return ""


def _delivery_date(head: list[str], fields: dict[str, str]) -> str:
    # 1. A date followed by the session it was delivered at.
    for line in head:
        for m in _DATE.finditer(line):
            rest = line[m.end() : m.end() + 60]
            if _SESSION.search(rest) or _SESSION_SHORT.search(rest) or "会议" in rest[:40]:
                iso = _iso(m.group("y"), m.group("m"), m.group("d"))
                if iso:
                    return iso
    # 1b. A date in the same line as the session, e.g. "—在河北省第十届人民代表大会第二次会议上（二〇〇四年一月八日）".
    for line in head:
        if _SESSION.search(line) or _SESSION_SHORT.search(line):
            for m in _DATE.finditer(line):
                iso = _iso(m.group("y"), m.group("m"), m.group("d"))
                if iso:
                    return iso
    # 2. A short line that is a date, e.g. "(2023年1月17日)", "2006年2月16日 季允石", or a title ending in one.
    for line in head:
        found = _DATE.search(line)
        if found and (len(line) <= 40 or "工作报告" in line[: found.start()]):
            iso = _iso(found.group("y"), found.group("m"), found.group("d"))
            if iso:
                return iso
    # 3. The crawler's publication date.
    found = _ISO.search(fields.get("发文时间", ""))
    if found:
        return _iso(found.group("y"), found.group("m"), found.group("d"))
    return ""


def _session(joined: str) -> tuple[str, str] | None:
    """(place named before it, normalised session) of the first session in the header."""
    for m in _SESSION.finditer(joined):
        before = _before(joined, m.start(), 20)
        if not _is_delivery_session(joined, m, before):
            continue
        term, sitting = _to_int(m.group("term")), _to_int(m.group("sitting"))
        if term and sitting:
            national = "全国" if m.group("national") else ""
            place = _UP_TO_PREPOSITION.sub("", before)
            return place, f"第{_cn(term)}届{national}人民代表大会第{_cn(sitting)}次会议"
    for m in _SESSION_SHORT.finditer(joined):
        if _PAST_SESSION.match(joined[m.end() : m.end() + 6]) or _PAST_BEFORE.search(joined[max(0, m.start() - 8) : m.start()]):
            continue
        term, sitting = _to_int(m.group("term")), _to_int(m.group("sitting"))
        if term and sitting:
            return "", f"第{_cn(term)}届人民代表大会第{_cn(sitting)}次会议"
    return None


def _before(text: str, pos: int, width: int) -> str:
    """The run of name characters (at most ``width``) ending at ``pos``."""
    m = _PLACE_BEFORE.search(text, max(0, pos - width), pos)
    return m.group() if m else ""


def _is_delivery_session(joined: str, m: re.Match[str], before: str) -> bool:
    """The session the report is delivered at, not one it looks back on.

    "在…第十四届人民代表大会第二次会议上" or "向…会议报告" or a short header line
    qualify; "第九届全国人民代表大会第一次会议以来" does not.
    """
    after = joined[m.end() : m.end() + 6]
    if _PAST_SESSION.match(after) or _PAST_BEFORE.search(before):
        return False
    if after.startswith(("上", "报告", "通过")) or _PREPOSITION.search(before):
        return True
    line_start = joined.rfind("\n", 0, m.start()) + 1
    line_end = joined.find("\n", m.end())
    line = joined[line_start : line_end if line_end >= 0 else len(joined)]
    return len(line) <= 60


def _cn(n: int) -> str:
    """Chinese numeral for 1..99, e.g. 17 -> 十七, 20 -> 二十."""
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else d[tens]) + "十" + (d[ones] if ones else "")


def _title(head: list[str], fields: dict[str, str]) -> str:
    if fields.get("标题"):
        return _strip_title(fields["标题"])
    titles = [x for x in head[:12] if _TITLE.match(x) and not _FIELD.match(x)]
    # Prefer a title naming the place or year over a bare "工作报告".
    for line in titles:
        if len(_strip_title(line)) > 6:
            return _strip_title(line)
    return _strip_title(titles[0]) if titles else ""


def _strip_title(title: str) -> str:
    title = _TITLE_DELIVERY.split(title)[0]
    return title.strip(" ：:")


def _innermost(region: str) -> str:
    while True:
        m = _ENCLOSING.match(region)
        if not m:
            return region
        region = region[m.end() :]


def _level(region: str, national: bool) -> Level:
    if national:
        return Level.NATIONAL
    if not region:
        return Level.UNKNOWN
    if region in _MUNICIPALITIES or region.endswith(("省", "自治区")):
        return Level.PROVINCE
    if region.endswith(("县", "区", "旗", "自治县", "自治旗", "特区", "林区")):
        return Level.COUNTY
    if region.endswith(("镇", "乡", "街道", "苏木")):
        return Level.TOWN
    if region.endswith(("市", "州", "盟", "地区")):
        # County-level cities (安国市) look the same; the gazetteer decides.
        return Level.CITY
    return Level.UNKNOWN
