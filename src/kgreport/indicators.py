"""Indicators: reported quantities with their unit and what they measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgreport import patterns
from kgreport.lexicon import lexicon
from kgreport.models import Indicator, Sentence

_SCALE = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
#: Units whose scale word folds into money: 万元 → 元.
_MONEY = {"元", "美元"}
#: Units that after a Chinese numeral name a phase (外环高速二期), not a count.
_PHASE_UNITS = {"期"}
#: Verbs and particles trimmed from the end of a label: "事项覆盖率达" → "事项覆盖率".
_LABEL_TAIL = re.compile(r"(?:达到|达|为|超过|超|约|近|突破|共|累计|分别|实现|完成|发放|全年|总计|合计|至|到|由|是|了)+$")
_LABEL_HEAD = re.compile(r"^(?:其中|全年|累计|共|新|和|及|并|等|的)+")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return patterns.quantity_pattern(lexicon().units)


def to_number(text: str) -> float | None:
    """Arabic or Chinese numeral as a float: "1,662" → 1662.0, "三千五百" → 3500.0."""
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text[:1] in ("十", "百", "千", "万", "亿"):
        text = "一" + text  # 超百亿元: a bare scale word counts one of it
    try:
        import cn2an

        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
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
            if s > 0 and (text[s - 1].isdigit() or text[s - 1] == "."):
                continue
            if patterns.RANGE_BEFORE.search(text, max(0, s - 12), s):
                continue  # "3至5个", "2-3年": a range, not one reported quantity
            if not arabic:
                if not patterns.AFTER_QUANTITY_DELIM.match(text[e:]) or len(num) > 8:
                    continue
            if m.group("unit") in ("次",) and text[e : e + 2] == "会议":
                continue
            value = to_number(num)
            if value is None:
                continue
            scale = m.group("scale")
            if scale:
                value *= _SCALE[scale]
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
    left = re.split(r"[，,。；;：:、（(）)“”]", text[:start])[-1]
    left = _LABEL_HEAD.sub("", _LABEL_TAIL.sub("", left))[-16:]
    if len(left) >= 2:
        return left
    right = re.split(r"[，,。；;：:、（(）)“”]", text[end:])[0]
    right = re.split(r"[在是为把将被]", right)[0]
    return (right[:16] or left or text[start:end]).strip()
