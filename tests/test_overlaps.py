"""The overlap policy (``resolve_overlaps``): longest wins, except nestings that name two things."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgreport.extract.entities.overlaps import resolve_overlaps
from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT, EntityClass, Mention

#           0123456789012345
TEXT = "衢州旅游学校新校区获评省级示范项目"

Spec = tuple[EntityClass, int, int, str]


def _m(spec: Spec) -> Mention:
    cls, start, end, source = spec
    return Mention(cls, TEXT[start:end], TEXT[start:end], 0, start, end, source)


CASES: list[tuple[str, list[Spec], list[Spec]]] = [
    ("disjoint mentions are all kept", [(ORG, 0, 6, "suffix"), (HONOR, 11, 17, "honor")], [(ORG, 0, 6, "suffix"), (HONOR, 11, 17, "honor")]),
    ("of two crossing mentions the longer wins", [(ORG, 0, 6, "suffix"), (PROJECT, 4, 9, "suffix")], [(ORG, 0, 6, "suffix")]),
    ("a crossing tie goes to the earlier one", [(ORG, 0, 6, "suffix"), (PROJECT, 3, 9, "suffix")], [(ORG, 0, 6, "suffix")]),
    ("a school inside its new campus names two things", [(PROJECT, 0, 9, "suffix"), (ORG, 0, 6, "suffix")], [(ORG, 0, 6, "suffix"), (PROJECT, 0, 9, "suffix")]),
    ("a gazetteer name inside a project is dropped", [(PROJECT, 0, 9, "suffix"), (ORG, 0, 6, "gazetteer")], [(PROJECT, 0, 9, "suffix")]),
    ("a place inside an organization is dropped", [(ORG, 0, 6, "suffix"), (PLACE, 0, 2, "gazetteer-division")], [(ORG, 0, 6, "suffix")]),
    ("a place inside a document's title names the region it is about", [(PROGRAM, 0, 14, "quote+document"), (PLACE, 1, 6, "gazetteer-division")],
     [(PROGRAM, 0, 14, "quote+document"), (PLACE, 1, 6, "gazetteer-division")]),
    ("a place inside another program is dropped", [(PROGRAM, 0, 14, "quote"), (PLACE, 1, 6, "gazetteer-division")], [(PROGRAM, 0, 14, "quote")]),
    ("a place inside an honor is kept", [(HONOR, 0, 9, "honor"), (PLACE, 3, 6, "suffix")], [(HONOR, 0, 9, "honor"), (PLACE, 3, 6, "suffix")]),
    # 山东省服务业特色小镇 opening 山东省服务业特色小镇培育单位: the title's head, no place
    ("a suffix place opening an honor is dropped", [(HONOR, 0, 9, "honor"), (PLACE, 0, 6, "suffix")], [(HONOR, 0, 9, "honor")]),
    ("a quoted program inside a project is kept", [(PROJECT, 0, 9, "suffix"), (PROGRAM, 2, 6, "quote")], [(PROJECT, 0, 9, "suffix"), (PROGRAM, 2, 6, "quote")]),
    ("an unquoted program inside a project is dropped", [(PROJECT, 0, 9, "suffix"), (PROGRAM, 2, 6, "suffix")], [(PROJECT, 0, 9, "suffix")]),
    ("a program inside an honor is kept", [(HONOR, 11, 17, "honor"), (PROGRAM, 13, 17, "suffix")], [(HONOR, 11, 17, "honor"), (PROGRAM, 13, 17, "suffix")]),
    ("an honor's holder inside another mention is kept", [(HONOR, 0, 9, "honor"), (ORG, 0, 6, "honor-holder")], [(ORG, 0, 6, "honor-holder"), (HONOR, 0, 9, "honor")]),
    ("the same span in two classes: one survives, by class name", [(PLACE, 0, 6, "suffix"), (ORG, 0, 6, "suffix")], [(ORG, 0, 6, "suffix")]),
    ("the same span: the granter of a title wins", [(ORG, 0, 6, "suffix"), (ORG, 0, 6, "honor-granter")], [(ORG, 0, 6, "honor-granter")]),
    ("a nested span equal to its container is no nesting", [(PROJECT, 0, 6, "suffix"), (ORG, 0, 6, "suffix")], [(ORG, 0, 6, "suffix")]),
    ("duplicates collapse", [(ORG, 0, 6, "suffix"), (ORG, 0, 6, "suffix")], [(ORG, 0, 6, "suffix")]),
]


@pytest.mark.parametrize(("found", "kept"), [(f, k) for _, f, k in CASES], ids=[c[0] for c in CASES])
def test_resolve_overlaps(found: list[Spec], kept: list[Spec]) -> None:
    assert resolve_overlaps([_m(s) for s in found]) == [_m(s) for s in kept]
    assert resolve_overlaps([_m(s) for s in reversed(found)]) == [_m(s) for s in kept]  # input order does not matter


_spans = st.tuples(
    st.sampled_from([ORG, PLACE, PROJECT, PROGRAM, HONOR]),
    st.integers(0, 15),
    st.integers(1, 6),
    st.sampled_from(["suffix", "quote", "gazetteer", "honor", "honor-holder", "honor-granter"]),
).map(lambda t: (t[0], t[1], min(t[1] + t[2], len(TEXT)), t[3]))


@given(st.lists(_spans, max_size=8))
def test_resolve_overlaps_invariants(specs: list[Spec]) -> None:
    found = [_m(s) for s in specs]
    kept = resolve_overlaps(found)
    assert set(kept) <= set(found)
    assert kept == sorted(kept, key=lambda m: (m.start, m.end, m.cls.value))
    assert resolve_overlaps(kept) == kept  # idempotent
    for a in kept:
        for b in kept:
            if a is b or a.end <= b.start or b.end <= a.start:
                continue
            # two kept mentions that overlap: one nests strictly inside the other
            assert (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            assert (a.start, a.end) != (b.start, b.end)
    if found:
        longest = max(m.end - m.start for m in found)
        assert any(m.end - m.start == longest for m in kept)  # the longest mention always survives
