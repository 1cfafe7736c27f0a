"""Indicators: reported quantities with their unit and what they measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kgreport import patterns
from kgreport.lexicon import lexicon
from kgreport.models import Indicator, Sentence

#: Scale words as exact decimals, so that 303.6亿 is 30360000000, not 30360000000.000004.
_SCALE = {"万亿": Decimal(10**12), "亿": Decimal(10**8), "万": Decimal(10**4), "千": Decimal(1000), "百": Decimal(100)}
#: Units whose scale word folds into money: 万元 → 元.
_MONEY = {"元", "美元"}
#: Units that after a Chinese numeral name a phase (外环高速二期), not a count.
_PHASE_UNITS = {"期"}
#: A unit that is the first character of a longer word, e.g. 群 in "惠及76万群众": no unit there.
_UNIT_STARTS_WORD = re.compile(r"群[众体落岛]")
#: Verbs and particles trimmed from the end of a label: "事项覆盖率达" → "事项覆盖率".
_LABEL_TAIL = re.compile(r"(?:达到|达|为|超过|超|约|近|突破|共|累计|分别|实现|完成|发放|全年|总计|合计|至|到|由|是|了)+$")
_LABEL_HEAD = re.compile(r"^(?:其中|全年|累计|共|新|和|及|并|等|的)+")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return patterns.quantity_pattern(lexicon().units)


def to_number(text: str) -> float | None:
    """Arabic or Chinese numeral as a float: "1,662" → 1662.0, "三千五百" → 3500.0."""
    exact = _to_decimal(text)
    return None if exact is None else float(exact)


def _to_decimal(text: str) -> Decimal | None:
    """Arabic or Chinese numeral as an exact decimal: "303.6" → Decimal("303.6")."""
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if text[:1] in ("十", "百", "千", "万", "亿"):
        text = "一" + text  # 超百亿元: a bare scale word counts one of it
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(text.replace("點", "点"), "smart")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def extract_indicators(sentences: Sequence[Sentence]) -> list[Indicator]:
    """Every quantity of every sentence, except dates, ordinals and counts inside names."""
    out: list[Indicator] = []
    pat = _pattern()
    for sent in sentences:
        text = sent.text
        quoted = [(m.start(), m.end()) for m in patterns.QUOTED.finditer(text)]
        dates = [(m.start(), m.end()) for m in patterns.DATE.finditer(text)]
        ordinals = [(m.start(), m.end()) for m in patterns.ORDINAL.finditer(text)]
        for m in pat.finditer(text):
            s, e = m.start("num"), m.end()
            if any(a <= s < b for a, b in quoted + dates + ordinals):
                continue
            num = m.group("num")
            arabic = num[0].isdigit()
            before = text[:s].rstrip(" \u00a0\u3000")
            if before and (before[-1].isdigit() or before[-1] == "."):
                continue  # "690 亿元" read from 亿: the number stands before the space
            if patterns.RANGE_BEFORE.search(text, max(0, s - 12), s):
                continue  # "3至5个", "2-3年": a range, not one reported quantity
            if not arabic:
                if not patterns.AFTER_QUANTITY_DELIM.match(text[e:]) or len(num) > 8:
                    continue
            if m.group("unit") in ("次",) and text[e : e + 2] == "会议":
                continue
            if _UNIT_STARTS_WORD.match(text, m.start("unit")):
                continue
            exact = _to_decimal(num)
            if exact is None:
                continue
            scale = m.group("scale")
            if scale:
                exact *= _SCALE[scale]
            value = float(exact)
            unit = m.group("unit")
            if not arabic and unit in _PHASE_UNITS:
                continue  # 二期, 一期: the phase of a project, not a count
            if unit == "条" and patterns.POLICY_COUNT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue  # 出台稳经济47条: a count inside the name of a policy package
            approximate = bool(m.group("pre") or m.group("approx0") or m.group("approx") or m.group("post"))
            label = _label(text, m.start(), e)
            out.append(
                Indicator(
                    label=label,
                    value=round(value, 6),
                    unit=unit,
                    surface=text[m.start() : e],
                    sentence=sent.index,
                    start=sent.start + m.start(),
                    end=sent.start + e,
                    approximate=approximate,
                )
            )
    return out


def _label(text: str, start: int, end: int) -> str:
    """What a quantity measures: the words before it in its clause, else the words after it."""
    left = re.split(r"[，,。；;：:、（(）)“”]", text[:start])[-1].rstrip(" \u00a0\u3000")
    left = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", left))[-16:]
    if len(left) >= 2:
        return left
    right = re.split(r"[，,。；;：:、（(）)“”]", text[end:])[0]
    right = re.split(r"[在是为把将被]", right)[0]
    return (right[:16] or left or text[start:end]).strip()
