"""Built facilities: a name right after a building verb (建成某某馆) is a project."""

from __future__ import annotations

import re
from dataclasses import replace

from kgreport.extract.entities.known import FEATURE_WORDS
from kgreport.extract.entities.names import PHASE, word_re
from kgreport.lexicon import Lexicon
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Mention
from kgreport.resources import word_list
from kgreport.segment import Clause

#: This family's word lists (see the file's header for what each is).
_WORDS = "rules/entities/built.tsv"

#: Sources of names a construction verb may turn into a Project (not gazetteer places or governments).
_BUILT_SOURCES = ("suffix", "coordination", "list", "list-sibling", "quote+suffix", "quote+tail")

#: The rest of a list after its first item, up to the construction verb (、某某中心、某某公园).
_BUILT_LIST_REST = re.compile(r"(?:、[^、，,。；;：:“”《》（）()等的]{2,14})+")

#: Organizations that open or start without being a building: missions, agencies, firms.
_NOT_BUILT_ENDS = word_list(_WORDS, "not_built_end")

#: Program suffixes that name one work when a construction verb follows (某某引水工程开工建设).
_WORKS_ENDS = word_list(_WORDS, "works_end")

#: Adverbs between a facility and its construction verb, longest first (某某中心正式启用, 某某园年内建成).
_BUILT_ADVERBS = tuple(sorted(word_list(_WORDS, "built_adverb"), key=len, reverse=True))

#: Construction verbs that stand before what they build (建成某某中心, 启动建设某某大学新校区).
_BUILT_BEFORE = word_list(_WORDS, "built_before")

#: A construction verb and the items of its list before a later item, e.g. "建成投产某某基地、某某生产线、"
#: before 某某产业园 (the verbs are the built_before list; an item holds no clause break and no 等 or 的).
_BUILT_BEFORE_LIST = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_BUILT_BEFORE, key=len, reverse=True))) + r")(?:[^、，,。；;：:“”《》（）()等的]{2,20}、)+$"
)

#: Places that stay places when a list of built things names them (某某科创走廊, 某某新区).
_ZONE_ENDS = word_list(_WORDS, "zone_end")

#: A count of each listed kind, e.g. "各20家" in "新建省重点实验室、省技术创新中心各20家".
_EACH_COUNT = re.compile(r"各[\d一二三四五六七八九十百]+[家个所座处]")

#: The rest of a list whose items may be quoted, up to 等 (、“某某”、某某书院).
_QUOTED_LIST_REST = re.compile(r"(?:、“?[^、，,。；;：:“”《》（）()等的]{2,14}”?)+")

#: The head of a list of projects after 等, e.g. "等一批新项目", "等重点项目", "等5个项目".
_PROJECT_LIST_HEAD = re.compile(r"等(?:一批|一大批|\d+个|[一二三四五六七八九十]+个)?[^，,。；;、]{0,6}?项目")


def built_mentions(found: list[Mention], clause: Clause, lex: Lexicon) -> list[Mention]:
    """A named facility (organization or place by its suffix) that the clause says was built,
    opened or put into use is a Project: 某某博物馆、某某文化馆新馆建成开放."""
    if not lex.built_verbs or not word_re(lex.built_verbs + _BUILT_BEFORE + ("项目",)).search(clause.text):
        return found
    text = clause.text
    out = list(found)
    for k, m in enumerate(found):
        if m.cls is PROGRAM and m.source == "quote":
            after = text[m.end - clause.start :]
            etc = after.find("等")
            head = _PROJECT_LIST_HEAD.match(after, etc) if etc >= 0 and (etc == 0 or _QUOTED_LIST_REST.fullmatch(after[:etc])) else None
            if head and after[head.end() :].startswith(lex.built_verbs):
                out[k] = replace(m, cls=PROJECT)  # “某某”、“某某”等项目建成启用: quoted names of works just built
            continue
        if m.cls is PROGRAM and m.source == "suffix" and m.name.endswith(_WORKS_ENDS):
            if text[m.end - clause.start :].startswith(lex.built_verbs):
                out[k] = replace(m, cls=PROJECT)  # 某某引水工程开工建设: a work under construction
            continue
        if m.cls not in (ORG, PLACE) or m.source not in _BUILT_SOURCES or m.name.endswith(_NOT_BUILT_ENDS) or m.name.endswith(tuple(FEATURE_WORDS)):
            continue
        after = text[m.end - clause.start :]
        before = text[: m.start - clause.start]
        if m.source in ("suffix", "quote+suffix") and before.endswith(_BUILT_BEFORE):
            out[k] = replace(m, cls=PROJECT)  # 建成某某中心
            continue
        if m.source in ("suffix", "quote+suffix") and before.endswith("、") and _BUILT_BEFORE_LIST.search(before):
            phase = PHASE.match(after)
            p = phase.end() if phase else 0
            if m.name.endswith(_ZONE_ENDS) or _EACH_COUNT.search(after):
                continue  # 建成甲、某某科创走廊: a zone stays a place; 新建省甲中心、省乙中心各20家: counted kinds
            if after[p:] == "" or after[p] in "、等，,。；;":  # a whole item, not the body inside one (某某中学新校区)
                out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
            continue  # 建成投产甲、某某产业园: a later item of the built list
        etc = after.find("等")
        if etc >= 0 and (etc == 0 or _BUILT_LIST_REST.fullmatch(after[:etc])) and _PROJECT_LIST_HEAD.match(after, etc):
            out[k] = replace(m, cls=PROJECT)  # 某某博物馆、某某植物园等一批新项目落户
            continue
        if after.startswith("、"):  # the rest of a list joined by 、: the verb follows its last item
            cut = min((i for i in (after.find(v) for v in lex.built_verbs) if i > 0), default=-1)
            if cut < 0 or not _BUILT_LIST_REST.fullmatch(after[:cut]):
                continue
            after = after[cut:]
        adverb = next((a for a in _BUILT_ADVERBS if after.startswith(a)), "")
        after = after[len(adverb) :]  # 某某中心年内建成: an adverb of manner or time before the verb
        phase = PHASE.match(after)
        if phase and after[phase.end() :].startswith(lex.built_verbs):  # 某某福利中心二期投入使用
            p = phase.end()
            out[k] = replace(m, cls=PROJECT, name=m.name + after[:p], surface=m.surface + after[:p], end=m.end + p)
        elif after.startswith(lex.built_verbs):
            out[k] = replace(m, cls=PROJECT)
    return out
