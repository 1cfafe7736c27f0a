"""Canonicalize mentions into entities: one node per thing, short and full forms merged.

Relative names are qualified by the issuer (县中医院 in a 开化县 report is 开化县中医院),
administrative divisions get their full name and code, and relations are rewritten
from mentions to entity keys. Classes are never merged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kgreport import gazetteer, patterns
from kgreport.extract.entities.names import LEVEL_PREFIXES
from kgreport.extract.relations import MentionRelation
from kgreport.models import ORG, PLACE, PROGRAM, PROJECT, Document, Entity, EntityClass, Mention, Relation, RelationKind, ReportMeta, Sentence, relation_spec
from kgreport.resources import load_tsv, word_list

#: Linking's word lists (see the file's header for what each is).
_WORDS = "rules/link.tsv"

#: Bodies named without a level (人大, 政协) that belong to the issuer's region.
_BARE_BODIES = word_list(_WORDS, "bare_body")
#: The issuer's territory in a national report: its bodies are the national ones (全国人大).
_NATIONAL_PLACES = word_list(_WORDS, "national_place")
#: Words that only say what kind of program a name is: 六比六拼行动 ~ 六比六拼.
_PROGRAM_TAILS = tuple(r["tail"] for r in load_tsv("rules/program_tails.tsv") if r["same_program"] == "yes")
_LEVEL_CHAR = {"province": "省", "city": "市", "county": "县", "town": "镇"}


@dataclass(frozen=True)
class Issuer:
    """The issuing government and its territory, with the divisions around it."""

    org: str  # 开化县人民政府
    place: str  # 开化县
    short: str  # 开化
    code: str
    level_char: str  # 县
    parents: tuple[tuple[str, str], ...]  # (name, code) of enclosing divisions, nearest first

    def parent_with(self, char: str) -> str:
        """Name of the enclosing division whose name ends with ``char`` (省 → 浙江省)."""
        for name, _ in self.parents:
            if name.endswith(char) or (char == "省" and name.endswith(("自治区", "市")) and len(self.parents) and name == self.parents[-1][0]):
                return name
        return ""


def issuer_of(meta: ReportMeta) -> Issuer:
    """The issuer described by report metadata, completed from the gazetteer."""
    region = meta.region
    code = meta.region_code
    parents: tuple[tuple[str, str], ...] = ()
    d = gazetteer.division_by_code(code) if code else None  # complete_meta resolved it from the text
    d = d or (gazetteer.resolve_division(region) if region else None)
    if d is not None:
        # complete_meta keeps the name the report uses (清苑县 of 2013 for today's 清苑区)
        region, code = (region if meta.region_code and region else d.name), d.code
        parents = tuple((a.name, a.code) for a in gazetteer.ancestors(d.code))
    short = d.short if d is not None and d.short else region
    level_char = region[-1] if region and region[-1] in LEVEL_PREFIXES else ""
    if region.endswith("区"):
        level_char = "区"
    org = meta.issuer or (f"{region}人民政府" if region else "")
    return Issuer(org=org, place=region, short=short, code=code, level_char=level_char, parents=parents)


def canonical_name(m: Mention, issuer: Issuer) -> tuple[str, str, str]:
    """(label, division code, admin level) of a mention."""
    name = m.name
    if m.cls is PLACE:
        from kgreport.lexicon import lexicon

        if issuer.code and name == issuer.short and name != issuer.place:
            own = gazetteer.division_by_code(issuer.code)
            if own is not None:  # in its own report 海西 is the issuer's 海西州, not the region 海西 (海峡西岸)
                return issuer.place, own.code, own.level
        if name in lexicon().regions:
            return name, "", ""  # 大洋洲, 长三角: a named region, not a town that shares the name
        d = gazetteer.resolve_division(name, (issuer.code,) if issuer.code else ())
        if d is not None and d.level == "town" and name != d.name and name.endswith(_FEATURE_ENDS):
            d = None  # 盐田河 the river is not 盐田河镇 the town
        if d is not None and d.level == "town" and name != d.name and issuer.code and not d.code.startswith(_home_prefix(issuer.code)):
            d = None  # 中关村 in a 天津 report is the park, not 北京's 中关村街道: a town's short name far from home names no town
        if d is not None and _far_feature_county(m, d, issuer.code):
            d = None  # 某湖 found as a lake in a 浙江 report is the lake, not a 江苏 county whose short form it matches
        if d is not None and (name in (d.name, d.short) or len(name) >= 2):
            return (issuer.place if d.code == issuer.code else d.name), d.code, d.level  # the issuer's own: as named then
        return name, "", ""
    if m.cls is ORG and not issuer.place and issuer.org and name in (issuer.org, issuer.org[0] + "政府"):
        return issuer.org, "", ""  # 省政府 in an excerpt naming no province: its issuer 省人民政府
    if m.cls is ORG and issuer.place:
        if name in ("人民政府", "政府") or (
            len(name) > 1 and name[0] == issuer.level_char and name[1:] in ("人民政府", "政府")
        ) or name in (issuer.place + "政府", issuer.org) or _issuer_with_parents(name, issuer):
            return issuer.org, "", ""
        if name in _BARE_BODIES:
            if issuer.place in _NATIONAL_PLACES:
                return ("全国" + name if name.startswith(("人大", "政协")) else name), "", ""  # 全国人大常委会
            return issuer.place + name, "", ""
    if m.cls is ORG and name.startswith("自治区") and len(name) > 3:
        region = issuer.place if issuer.place.endswith("自治区") else issuer.parent_with("自治区")
        if region:  # 自治区政府 in a 海拉尔区 report: 内蒙古自治区人民政府; in its own report, the issuer
            body = name[3:]
            return region + ("人民政府" if body in ("政府", "人民政府") else body), "", ""
    if m.cls is ORG and name.endswith("政府") and not name.endswith("人民政府"):
        base = name[:-2]  # 深圳市政府, 市政府: one node with the body's full name, 深圳市人民政府
        if len(base) == 1 and base in LEVEL_PREFIXES and issuer.place:
            parent = issuer.parent_with(base)
            if parent:
                return parent + "人民政府", "", ""
        elif base and any(d.name == base for d in gazetteer.division_by_name(base)):
            return base + "人民政府", "", ""
    short_ok = len(name) > 2 or (m.cls is ORG and len(name) == 2)  # 县委 → 开化县委 too
    if m.cls in (ORG, PROJECT, PROGRAM) and short_ok and name[0] in LEVEL_PREFIXES and issuer.place and not (
        m.cls is PROGRAM and (name.startswith(_LEVEL_WORDS) or m.surface.startswith("“") and name[1:2] != "长")
    ):  # a quoted program's 县 is a word of the coined name (“县管校聘”), unless it opens 县长 (“县长热线”: the issuer's)
        char = name[0]
        if char == issuer.level_char:
            return issuer.place + name[1:], "", ""
        parent = issuer.parent_with(char)
        if parent:
            return parent + name[1:], "", ""
    return name, "", ""


def _far_feature_county(m: Mention, d: gazetteer.Division, issuer_code: str) -> bool:
    """Whether a place found by its feature ending (湖, 山, 河: a lake, mountain or river) matches only the
    short form of a county or district outside the issuer's province, e.g. a lake "某湖" against a far "某湖县":
    the text names the feature, and nothing in it states the far county. County-level cities (某山市) keep
    their match: reports cite them by short form across provinces."""
    if m.source != "suffix" or d.level != "county" or m.name == d.name or not m.name.endswith(_FEATURE_ENDS):
        return False
    if d.name.endswith("市") or len(issuer_code) < 2 or issuer_code.startswith("00"):
        return False
    return d.code[:2] != issuer_code[:2]


def _home_prefix(code: str) -> str:
    """The code prefix of the issuer's home: its province (a province's report) or its city (a city's or a
    county's), within which a town's short name is read as that town, e.g. "4403" for 440308 (深圳市盐田区)."""
    return code[:2] if code[2:4] == "00" else code[:4]


def _issuer_with_parents(name: str, issuer: Issuer) -> bool:
    """The issuer's government named after its enclosing divisions (广东省深圳市宝安区人民政府 for
    宝安区人民政府, as report titles write it): the issuer itself, not a second body."""
    if not name.endswith(issuer.org) or name == issuer.org or not issuer.org.startswith(issuer.place):
        return False
    lead = name[: -len(issuer.org)]
    names = [n for n, _ in reversed(issuer.parents)]  # outermost first: 浙江省杭州市
    return any(lead == "".join(names[i:]) for i in range(len(names)))


def is_relative(m: Mention, issuer: Issuer) -> bool:
    """An organization's name that only the issuer's place would complete (县委, 市政府, 区人大,
    政协) in a report whose issuer's place is unknown."""
    if issuer.place or m.cls is not ORG:
        return False  # programs and works that open with a level character are mostly words (乡村振兴, 县域经济)
    name = m.name
    return name in _BARE_BODIES or name in ("人民政府", "政府") or len(name) >= 2 and name[0] in LEVEL_PREFIXES


#: Common words that open with a level character, so a program's name is no relative one, e.g. "市场"
#: in "市场化改革" (not 深圳市场化改革), "市容" in "市容环境提升行动" (a body keeps it: 市政协).
_LEVEL_WORDS = tuple(word_list(_WORDS, "level_word"))


#: Endings of a natural feature's name (rivers, lakes, streams, marshes).
_FEATURE_ENDS = word_list(_WORDS, "feature_end")

#: Endings of a region wider than the division its name starts with, e.g. "都市圈" in "沈阳都市圈".
_WIDER_ENDS = tuple(word_list(_WORDS, "wider_end"))

#: A list of short names joined by 、 up to the clause's end, e.g. "田阳区、德保县" in "助力广西百色田阳区、德保县发展".
_LIST_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+")

#: Rank of a level prefix: a lower level is a larger number.
_LEVEL_RANK = gazetteer.level_ranks()


def _below_issuer(m: Mention, issuer: Issuer) -> bool:
    """A relative name one level below the issuer (县医院 in a 省 or 市 report) names no one thing."""
    name = m.name
    if m.cls not in (ORG, PROJECT, PROGRAM) or len(name) < 3 or name[0] not in _LEVEL_RANK or not issuer.level_char:
        return False
    if issuer.level_char not in _LEVEL_RANK or name[0] == issuer.level_char or issuer.parent_with(name[0]):
        return False
    if _LEVEL_RANK[name[0]] <= _LEVEL_RANK[issuer.level_char]:
        return False
    from kgreport.segment import tokenize

    return tokenize(name[:4])[0].text == name[0]  # 县 alone, not 乡村, 市场, 区域


def _strip_quotes(s: str) -> str:
    return patterns.QUOTED.sub(lambda m: next(g for g in m.groups() if g is not None), s).strip("“”《》「」\"")


@dataclass(frozen=True)
class Linked:
    """Entities of a report and the relations between them."""

    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    mention_keys: dict[Mention, str]


def entity_key(cls: EntityClass, label: str) -> str:
    """Stable key of an entity; the IRI is made from it."""
    return f"{cls.value}:{label}"


def link(doc: Document, sentences: Sequence[Sentence], mentions: Sequence[Mention], relations: Sequence[MentionRelation]) -> Linked:
    """Merge mentions into entities and resolve relation ends to entity keys."""
    issuer = issuer_of(doc.meta)
    labels: dict[str, tuple[EntityClass, str, str, str]] = {}
    alts: dict[str, set[str]] = {}
    sents: dict[str, set[int]] = {}
    keys: dict[Mention, str] = {}

    def add(cls: EntityClass, label: str, code: str, level: str, forms: set[str], sentence: int | None) -> str:
        key = entity_key(cls, label)
        labels.setdefault(key, (cls, label, code, level))
        alts.setdefault(key, set()).update(f for f in forms if f and f != label)
        if sentence is not None:
            sents.setdefault(key, set()).add(sentence)
        return key

    local: set[str] = set()
    for m in mentions:
        if _below_issuer(m, issuer):
            continue  # 县医院 in a provincial report: county hospitals in general
        label, code, level = canonical_name(m, issuer)
        forms = {m.name, _strip_quotes(m.surface)}
        keys[m] = add(m.cls, label, code, level, forms, m.sentence)
        if is_relative(m, issuer):
            local.add(keys[m])

    issuer_keys = _issuer_entities(issuer, sentences, add)
    if issuer_keys[0] and not issuer.place:
        local.add(issuer_keys[0])  # 市人民政府 of a report naming no place: not every such report's
    _merge_program_tails(labels, alts, sents, keys)
    _merge_document_short_forms(labels, alts, sents, keys, {keys[m] for m in mentions if m in keys and m.source == "quote+document"})

    out_rel: set[Relation] = set()
    subj: str | None
    for r in relations:
        obj = keys.get(r.object)
        if obj is None:
            continue
        if isinstance(r.subject, str):
            role = relation_spec(r.kind).issuer  # data/relations.tsv: which issuer node stands in
            subj = issuer_keys[1] if role == "Place" or role == "object" and r.object.cls is PLACE else issuer_keys[0]
        else:
            subj = keys.get(r.subject)
        if not subj or subj == obj or obj in issuer_keys and r.kind is RelationKind.COOPERATES_WITH:
            continue
        out_rel.add(Relation(r.kind, subj, obj, r.sentence, r.cue))
    # a county's or district's region is its city's (光明科学城 in a sister district's report lies in 光明区)
    region = (issuer.parents[0][1] if issuer.parents and issuer.level_char in _COUNTY_LEVEL else issuer.code) if issuer.code else ""
    out_rel |= _hierarchy(labels, sents, {s.index: s.text for s in sentences}, alts, region)

    entities = tuple(
        Entity(
            key=k,
            cls=cls,
            label=label,
            alt_labels=tuple(sorted(alts.get(k, set()) - {label})),
            sentences=tuple(sorted(sents.get(k, set()))),
            division_code=code,
            admin_level=level,
            local=k in local,
        )
        for k, (cls, label, code, level) in sorted(labels.items())
    )
    rels = tuple(sorted(_dedupe(out_rel), key=lambda r: (r.sentence, r.kind.value, r.subject, r.object)))
    return Linked(entities, rels, keys)


#: Labels of a report's entities by key: (class, label, division code, admin level).
_Labels = dict[str, tuple[EntityClass, str, str, str]]
#: Adds an entity (class, label, code, level, other forms, sentence) and returns its key.
_Add = Callable[[EntityClass, str, str, str, set[str], "int | None"], str]


def _issuer_entities(issuer: Issuer, sentences: Sequence[Sentence], add: _Add) -> tuple[str, str]:
    """The issuer's government and territory, always present, with their usual short forms. A report whose
    place is unknown but whose level is said (``issuer.org`` "市人民政府", see
    :func:`kgreport.read.complete.unnamed_issuer`) has its government only, a node of the report's own."""
    if not issuer.place:
        if not issuer.org:
            return ("", "")
        forms = {issuer.org[0] + "政府"} if issuer.org[1:] == "人民政府" else set()
        sents = [s.index for s in sentences if issuer.org in s.text or any(f in s.text for f in forms)]
        return add(ORG, issuer.org, "", "", forms, sents[0] if sents else (sentences[0].index if sentences else None)), ""
    lc = issuer.level_char
    org_forms = {f"{lc}人民政府", f"{lc}政府", f"{issuer.place}政府"} if lc else {f"{issuer.place}政府"}
    place_forms = {issuer.short} if len(issuer.short) >= 2 else set()
    today = gazetteer.division_by_code(issuer.code) if issuer.code else None
    if today is not None and today.name != issuer.place:  # 清苑县 of 2013: today's 清苑区 as its other name
        org_forms.add(f"{today.name}人民政府")
        place_forms.add(today.name)
    org_sents = [s.index for s in sentences if issuer.org in s.text or any(f in s.text for f in org_forms)]
    # a sentence naming the territory by its short form (深圳 for 深圳市, 中国) before the first sentence of all:
    # the first sentence (各位代表：) names no place, and is what a reader is shown as the evidence
    place_sents = [s.index for s in sentences if issuer.place in s.text] or [
        s.index for s in sentences if any(f in s.text for f in place_forms | (set(_NATIONAL_PLACES) if issuer.place in _NATIONAL_PLACES else set()))
    ]
    first = sentences[0].index if sentences else None
    okey = add(ORG, issuer.org, "", "", org_forms, org_sents[0] if org_sents else first)
    pkey = add(PLACE, issuer.place, issuer.code, _level_of(issuer.code), place_forms, place_sents[0] if place_sents else first)
    return okey, pkey


def _level_of(code: str) -> str:
    d = gazetteer.division_by_code(code) if code else None
    return d.level if d is not None else ""


def _merge_document_short_forms(labels: _Labels, alts: dict[str, set[str]], sents: dict[str, set[int]], keys: dict[Mention, str], documents: set[str]) -> None:
    """《某某省…远景目标纲要（草案）》 and a later 《规划纲要（草案）》 are one document: a short title whose
    characters all stand in order in exactly one longer document title of the report, with the same last
    four characters, goes into it (the long label kept, the short one an alt)."""
    titles = {k: labels[k][1] for k in documents if k in labels and labels[k][0] is PROGRAM}
    moved: dict[str, str] = {}  # merged key -> the key it went into
    # only titles with the same last four characters can merge: comparing within those keeps a long report linear
    by_end: dict[str, list[str]] = {}
    for k, lab in titles.items():
        by_end.setdefault(lab[-4:], []).append(k)
    for key, short in sorted(titles.items(), key=lambda kv: len(kv[1])):
        longer = [k for k in by_end.get(short[-4:], ()) if k != key and k in labels and len(titles[k]) > len(short) + 2 and _in_order(short, titles[k])]
        if len(short) < 4 or len(longer) != 1:
            continue
        target = longer[0]
        alts.setdefault(target, set()).add(short)
        alts[target] |= alts.pop(key, set())
        sents.setdefault(target, set()).update(sents.pop(key, set()))
        labels.pop(key)
        moved[key] = target
    _redirect(keys, moved)


def _redirect(keys: dict[Mention, str], moved: dict[str, str]) -> None:
    """Point each mention at the key its key was merged into, following chains (X → X战略 → X战略行动);
    once after all merges, not once per merge: a 20 MB report has thousands of merges and a million mentions."""
    if not moved:
        return
    for m, k in keys.items():
        if k in moved:
            while k in moved:
                k = moved[k]
            keys[m] = k


def _in_order(short: str, long: str) -> bool:
    """Whether every character of ``short`` stands in ``long`` in the same order."""
    it = iter(long)
    return all(c in it for c in short)


def _merge_program_tails(labels: _Labels, alts: dict[str, set[str]], sents: dict[str, set[int]], keys: dict[Mention, str]) -> None:
    """六比六拼行动 and 六比六拼 are one program: keep the shorter label, the other as alt."""
    programs = {lab: k for k, (cls, lab, _, _) in labels.items() if cls is PROGRAM}
    moved: dict[str, str] = {}  # merged key -> the key it went into (chains: X, X战略, X战略行动)
    for lab, key in sorted(programs.items()):
        for tail in _PROGRAM_TAILS:
            if lab.endswith(tail) and lab[: -len(tail)] in programs:
                target = programs[lab[: -len(tail)]]
                while target in moved:
                    target = moved[target]
                if target == key:
                    break
                moved[key] = target
                alts.setdefault(target, set()).add(lab)
                alts[target] |= alts.pop(key, set())
                sents.setdefault(target, set()).update(sents.pop(key, set()))
                labels.pop(key)
                break
    _redirect(keys, moved)


def _hierarchy(labels: _Labels, sents: dict[str, set[int]], texts: dict[int, str], alts: dict[str, set[str]], region: str = "") -> set[Relation]:
    """Each administrative division lies in its nearest enclosing division the report names, where a
    sentence states it (a title prefix, 甲市乙区); the gazetteer alone is knowledge, not a statement.
    ``region`` is the code of the issuer's region: its own, or its city's for a county or district (empty when unknown)."""
    by_code = {code: k for k, (cls, _, code, _) in labels.items() if cls is PLACE and code}
    out: set[Relation] = set()
    for code, key in sorted(by_code.items()):
        for anc in gazetteer.ancestors(code):
            if anc.code in by_code:
                parent = by_code[anc.code]
                inner = _division_forms(code, labels[key][1], alts.get(key, set()))
                outer = _division_forms(anc.code, labels[parent][1], alts.get(parent, set()))
                both = sorted(sents.get(key, set()) & sents.get(parent, set()))
                stated = next((i for i in both if _states_containment(texts.get(i, ""), outer, inner, anc.code)), None)
                if stated is not None:
                    out.add(Relation(RelationKind.LOCATED_IN, key, parent, stated, "gazetteer"))
                break
    for key, (cls, label, code, _) in sorted(labels.items()):
        if cls is not PLACE or code or label.endswith(_WIDER_ENDS) or gazetteer.division_by_name(label):
            continue  # a division of its own (新华区) lies where the gazetteer says
        # 某市南站, 某县经开区: a zone or site named after a division the report names lies in it
        for k in (4, 3, 2):
            named = gazetteer.division_by_name(label[:k])
            if k == 2 and region and not any(_in_region(d.code, region) for d in named):
                continue  # 北京公交智造产业园, 上海绿氢走廊 in a report of another region: a short prefix there names a firm or an end
            if k == 2 and region and any(_in_region(d.code, region, down_only=True) for d in named):
                named = tuple(d for d in named if _in_region(d.code, region, down_only=True))  # 南澳中心公园: the region's own 南澳
            parents = {by_code[d.code] for d in named if d.code in by_code and d.level != "town"}
            if len(label) > k + 1 and len(parents) == 1:
                if label[k] in _JOINING_DASHES:
                    break  # 北京—燕太片区, 广东—马六甲海洋工业园: a name joining two places lies in neither
                parent = parents.pop()
                first = sorted(sents.get(key, set()))
                if first and parent != key:
                    out.add(Relation(RelationKind.LOCATED_IN, key, parent, first[0], "name-prefix"))
                break
    return out


#: Level characters of an issuer whose region, for a two-character prefix, is its city's, e.g. "区" (宝安区 in 深圳市).
_COUNTY_LEVEL = ("县", "区", "旗", "市辖区")


def _in_region(code: str, region: str, down_only: bool = False) -> bool:
    """Whether a division is the region's own, lies inside it, or (unless ``down_only``) encloses it: the places a
    two-character prefix may name in a report (光明科学城 in a 深圳 report is 光明区's; 广东自贸区 is the province's)."""
    if code == region or any(a.code == region for a in gazetteer.ancestors(code)):
        return True
    return not down_only and any(a.code == code for a in gazetteer.ancestors(region))


#: Dashes right after a division's name that join it to another place, e.g. "—" in "广东—马六甲海洋工业园".
_JOINING_DASHES = "-—－–"


def _division_forms(code: str, label: str, alts: set[str]) -> set[str]:
    """The names a division goes by in a text: its label, other labels, and the gazetteer's full, short and
    alias forms (two characters at least: 粤 alone is an abbreviation, not a stated place)."""
    d = gazetteer.division_by_code(code)
    forms = {label, *alts, *((d.name, d.short, *d.aliases) if d else ())}
    return {f for f in forms if len(f) >= 2}


def _states_containment(text: str, outer: set[str], inner: set[str], outer_code: str) -> bool:
    """Whether a sentence states that a division lies in another: the outer right before the inner
    (深圳市盐田区, 保定涿州, 金华（义乌）), before a list of its divisions that holds the inner (广西百色田阳区、德保县), or
    as the title's bracketed prefix ((江西省)宜黄县人民政府工作报告)."""
    head = text.lstrip()
    if head[:1] in "(（" and any(head[1:].startswith(o) and head[1 + len(o) : 2 + len(o)] in ")）" for o in outer):
        return any(i in head for i in inner)
    if any(o + b + i in text for o in outer for i in inner for b in ("", "（", "(")):
        return True  # 深圳市盐田区, 金华（义乌）
    for o in outer:
        at = text.find(o)
        while at >= 0:
            m = _LIST_AFTER.match(text, at + len(o))
            items = m.group(0).split("、") if m else []
            if any(it.startswith(tuple(inner)) for it in items[1:]) and _division_in(items[0], outer_code):
                return True
            at = text.find(o, at + 1)
    return False


def _division_in(name: str, code: str) -> bool:
    """Whether a list item is a division the gazetteer puts inside the division ``code`` (田阳区 in 百色市)."""
    return any(any(a.code == code for a in gazetteer.ancestors(d.code)) for d in gazetteer.division_by_name(name))


def _dedupe(rels: set[Relation]) -> list[Relation]:
    """One relation per (kind, subject, object): the first sentence that states it."""
    best: dict[tuple[RelationKind, str, str], Relation] = {}
    for r in sorted(rels, key=lambda r: (r.sentence, r.cue)):
        k = (r.kind, r.subject, r.object)
        if r.kind is RelationKind.COOPERATES_WITH:
            k = (r.kind, *sorted((r.subject, r.object)))  # type: ignore[assignment]
        best.setdefault(k, r)
    return list(best.values())
