"""Reports in traditional characters: detected, and converted to simplified for extraction.

The rules, word lists and gazetteers are written in simplified characters; a Big5 or traditional
UTF-8 copy of a report decodes fine but its names are not found (Honor 19 → 1). The text the rules
see is converted to simplified with zhconv's ``zh-hans`` table, whose every entry (phrases too)
maps a string to one of the same length, so every offset holds for both texts and the original
characters stay available for evidence (``Document.original``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources as importlib_resources

#: Share of a text's Chinese characters that exist only in traditional script above which the
#: text is traditional: a simplified report has next to none (a name or a quotation), a
#: traditional one 15–25 %.
MIN_TRADITIONAL_SHARE = 0.05

#: A CJK ideograph of the basic block, e.g. "發".
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters used only in traditional script (zhconv's ``TRADONLY`` list), e.g. "發", "區"."""
    data = json.loads(importlib_resources.files("zhconv").joinpath("zhcdict.json").read_text(encoding="utf-8"))
    return frozenset(data["TRADONLY"])


def traditional_share(text: str, sample: int = 20_000) -> float:
    """Share of the Chinese characters of ``text`` (its first ``sample`` characters) that are traditional-only."""
    han = _HAN.findall(text[:sample])
    if not han:
        return 0.0
    only = _traditional_only()
    return sum(1 for c in han if c in only) / len(han)


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters."""
    return traditional_share(text) >= MIN_TRADITIONAL_SHARE


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (so offsets into either text agree)."""
    import zhconv

    out = zhconv.convert(text, "zh-hans")
    if len(out) != len(text):  # never with zhconv's table; kept as the contract's guard
        raise ValueError("simplified text changed length")
    return out
