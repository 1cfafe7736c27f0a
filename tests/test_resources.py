"""The data loader: every table is checked on load; a breach names file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kgreport import resources
from kgreport.errors import DataFileError, KgreportError

HEAD = "# comment line\nsuffix\tclass\tnote\n"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fake data/ folder; the loader's caches are cleared around each test."""
    (tmp_path / "rules" / "entities").mkdir(parents=True)
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    resources.load_tsv.cache_clear()
    resources.word_lists.cache_clear()
    yield tmp_path
    resources.load_tsv.cache_clear()
    resources.word_lists.cache_clear()


@pytest.mark.parametrize(
    ("relative", "text", "line", "says"),
    [
        ("rules/suffixes.tsv", "suffix\tclas\n大学\tOrganization\n", 1, "unknown column 'clas'"),
        ("rules/suffixes.tsv", "suffix\tclass\tnote\tcolour\n", 1, "unknown column 'colour'"),
        ("rules/suffixes.tsv", "suffix\tnote\n大学\tx\n", 1, "missing column 'class'"),
        ("rules/suffixes.tsv", HEAD + "大学\tOrganization\t\n\n# gap\n中心\tOrganisation\t\n", 6, "'Organisation' is not one of"),
        ("rules/suffixes.tsv", HEAD + "大学\tOrganization\tnote\textra\n", 3, "more fields than columns"),
        ("rules/suffixes.tsv", HEAD + "\tOrganization\t\n", 3, "column 'suffix' is empty"),
        ("rules/quote_rules.tsv", "side\tcue\tclass\nafter\t行动\tProgram\nabove\t奖\tHonor\n", 3, "'above' is not one of"),
        ("rules/relation_cues.tsv", "relation\tcue\tposition\nimplements\t实施\tafter\n", 2, "'after' is not one of"),
        ("rules/relation_cues.tsv", "relation\tcue\tposition\nsponsors\t资助\tbefore\n", 2, "'sponsors' is not one of"),
        ("rules/npc_sessions.tsv", "term\tsitting\tyear\n十四\t1\t2023\n", 2, "does not match"),
        ("rules/entities/built.tsv", "list\tword\nbuilt_before\t建成\nbuilt_after\t竣工\n", 3, "'built_after' is not one of"),
        ("rules/entities/unregistered.tsv", "a\tb\n1\t2\n", None, "no schema registered"),
    ],
)
def test_a_table_that_breaks_its_schema_is_an_error_naming_file_and_line(
    data: Path, relative: str, text: str, line: int | None, says: str
) -> None:
    (data / relative).write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        resources.load_tsv(relative)
    where = f"data/{relative}:{line}: " if line else f"data/{relative}: "
    assert str(caught.value).startswith(where), str(caught.value)
    assert says in str(caught.value)
    assert isinstance(caught.value, KgreportError)


def test_a_valid_table_loads_with_short_rows_left_none(data: Path) -> None:
    (data / "rules/relation_cues.tsv").write_text(
        "relation\tcue\tposition\tnames_holder\nreceivedHonor\t获评\tbefore\tyes\nimplements\t实施\tbefore\n", encoding="utf-8"
    )
    rows = resources.load_tsv("rules/relation_cues.tsv")
    assert rows == (
        {"relation": "receivedHonor", "cue": "获评", "position": "before", "names_holder": "yes"},
        {"relation": "implements", "cue": "实施", "position": "before", "names_holder": None},
    )


def test_word_lists_keep_file_order_and_name_every_list(data: Path) -> None:
    (data / "rules/entities/built.tsv").write_text("# head\nlist\tword\nbuilt_before\t新建\nbuilt_before\t建成\n", encoding="utf-8")
    assert resources.word_lists("rules/entities/built.tsv") == {"built_before": ("新建", "建成"), "not_built_end": (), "works_end": (), "zone_end": (), "built_adverb": (),
        "facility_head": (), "facility_verb": (), "facility_opener": (), "facility_lead": (), "facility_generic": (), "progress_verb": (), "progress_opener": (), "park_end": (), "building_before": (), "building_end": (), "works_word": (), "estate_end": (), "road_head": (), "road_kind": ()}
    assert resources.word_list("rules/entities/built.tsv", "built_before") == ("新建", "建成")


def test_every_table_in_data_is_registered_and_valid() -> None:
    root = resources.data_dir()
    tables = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.tsv") if "sources" not in p.parts)
    assert "rules/suffixes.tsv" in tables
    assert set(tables) == set(resources.SCHEMAS)
    for relative in tables:
        assert resources.load_tsv(relative), relative


def test_division_ends_serve_each_use_from_one_table() -> None:
    from kgreport import gazetteer

    relative = gazetteer.division_ends("relative")
    assert all(len(c) == 1 for c in relative)  # names.LEVEL_PREFIXES joins them into one string
    assert set(gazetteer.division_ends("county")) <= set(relative) <= set(gazetteer.division_ends("full_end"))
    assert set(gazetteer.level_ranks()) == set(relative)
    assert gazetteer.level_ranks()["省"] < gazetteer.level_ranks()["市"] < gazetteer.level_ranks()["县"] < gazetteer.level_ranks()["镇"]
    with pytest.raises(ValueError, match="unknown use"):
        gazetteer.division_ends("encloses_not")
