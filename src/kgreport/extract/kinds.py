"""One shared check for the objects of ``implements`` and ``builds``: a name that only names a kind of work.

棚户区改造, 高标准农田建设, 公厕建设工程, 背街小巷专项整治, 配电网项目 name kinds of works done in many places, no one
programme or works (GUIDELINES: only named, specific things are entities; 老旧小区 is generic). Both relation families read
this one check, and its words are one data list (rules/generic_kinds.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgreport.lexicon import lexicon, made_of
from kgreport.resources import word_list

_FILE = "rules/generic_kinds.tsv"

#: A way of working per unit, a policy, file or code for each one, e.g. "一企一策", "一户一档", "一车一码", "一河一策"
#: (audit 17; not 一村一品 or 一事一议, programmes of their own, whose last character is none of these).
_PER_UNIT = re.compile(r"一[\u4e00-\u9fff]一[策档码案卡]")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(every word a generic kind may be made of, the words it may end in: works and heads, the fields)."""
    fields = word_list(_FILE, "kind_field")
    works = word_list(_FILE, "kind_work")
    heads = word_list(_FILE, "kind_head")
    qualifiers = word_list(_FILE, "kind_qualifier")
    every = frozenset(fields) | frozenset(works) | frozenset(heads) | frozenset(qualifiers) | lexicon().generic_qualifiers
    return every, tuple(sorted(set(works) | set(heads), key=len, reverse=True)), frozenset(fields)


@lru_cache(maxsize=1)
def _categories() -> frozenset[str]:
    return frozenset(word_list(_FILE, "kind_category"))


def generic_category(name: str) -> bool:
    """Whether a whole name is a generic category, no programme or works even when quoted: a benefit bundle (五险一金), a
    kind of premises or firms (三小场所, 散乱污企业), a bare list or campaign head (重大项目清单, 攻坚工程); not
    市场准入负面清单 or 七张问题清单, which name one."""
    return name.strip("“”《》「」‘’") in _categories()


@lru_cache(maxsize=4096)
def generic_kind(name: str) -> bool:
    """Whether a name is only a kind of work: generic words only, ending in a work or a head (矿山生态修复工程,
    农村人居环境整治, 重点工程; not 某某河综合整治工程, whose river is a name, nor 美丽乡村建设, nor 农村人居环境整治三年行动,
    a campaign's name); a field alone is one too (网格, 城中村)."""
    every, ends, fields = _words()
    core = name.strip("“”《》「」‘’")
    # an unquoted per-unit way of working (一企一策) is a kind; quoted before a programme noun its callers keep it
    # (“一企一策”帮扶行动: lead, the quoted name is labelled; quoted alone entities/quoted.py drops it)
    return generic_category(core) or _PER_UNIT.fullmatch(core) is not None or core in fields or len(core) >= 4 and core.endswith(ends) and made_of(core, every)
