"""Governments, people's congresses and Party bodies named by their region (某某县人民政府)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport.models import ORG, Document, Mention
from kgreport.segment import Clause, Token

#: Government, legislature and Party bodies, bare or with a level prefix, e.g. 县委, 县人大, 政协, 县人民政府.
_GOV = re.compile(
    r"(?:[省市县区州盟旗乡镇])?(?:人民政府|政府|人大常委会|人大|政协|党委|委员会|纪委监委|纪委|县委|市委|区委|省委|州委)"
)


#: What follows a body name when it is not the body: 人大代表, 政协委员, 人大一次会议.
_GOV_NOT = re.compile(r"^(?:代表|委员|工作报告|一次会议|二次会议|三次会议|四次会议|五次会议|会议|常委会委员|办公室主任|书记)")


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
