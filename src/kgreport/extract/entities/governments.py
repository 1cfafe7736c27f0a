"""Governments, people's congresses and Party bodies named by their region (某某县人民政府)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport.extract.entities.names import LEVEL_PREFIXES
from kgreport.models import ORG, Document, Mention
from kgreport.resources import word_list
from kgreport.segment import Clause, Token

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/governments.tsv"


def _alternation(name: str) -> str:
    return "|".join(map(re.escape, word_list(_WORDS, name)))


#: Government, legislature and Party bodies, bare or with a level prefix, e.g. 县委, 县人大, 政协, 县人民政府.
_GOV = re.compile(f"(?:[{LEVEL_PREFIXES}])?(?:{_alternation('body')})")

#: What follows a body name when it is not the body: 人大代表, 政协委员, 人大一次会议.
_GOV_NOT = re.compile(f"^(?:{_alternation('not_body_after')})")


def government_mentions(tokens: Sequence[Token], clause: Clause, sentence: int, doc: Document) -> list[Mention]:
    out: list[Mention] = []
    text = clause.text
    for m in _GOV.finditer(text):
        name = m.group(0)
        if name in ("委员会", "党委") or _GOV_NOT.match(text[m.end() :]):
            continue
        before = text[: m.start()]
        if before.endswith(("届", "上级", "各级", "党委", "本级", "同级", "下级", "两级", "三级", "地方")) or re.search(r"[一二三四五六七八九十\d]届$", before):
            continue
        if name in ("政府", "人民政府") and not (before.endswith(("县", "市", "区", "省", "州", "旗")) or not before):
            continue
        out.append(Mention(ORG, name, name, sentence, clause.start + m.start(), clause.start + m.end(), "government"))
    return out
