"""A report's IRI does not depend on the order of the inputs (issue 13, item 9)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from rdflib import Graph
from click.testing import CliRunner

from kgreport.build.runner import _slugs, extract_inputs
from kgreport.cli import cli
from kgreport.models import Document

REPORTS = {
    "a/report.txt": "安吉县人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县人民医院新院区建成投用。\n",
    "b/report.txt": "婺源县人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县第一中学新校区建成投用。\n",
    "c/kaihua.txt": "开化县人民政府工作报告\n一、工作回顾\n全县深入实施乡村振兴战略，县体育馆建成投用。\n",
}
# Report nodes in graph.trig, e.g. "<https://w3id.org/kgreport/id/report/report-1a2b3c4d> {"
_GRAPH_NAME = re.compile(r"^<(https://w3id\.org/kgreport/id/report/[^>/]+)> \{$", re.M)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for rel, text in REPORTS.items():
        path = tmp_path / rel
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths[rel] = path
    return paths


def _slug_by_issuer(inputs: list[Path]) -> dict[str, str]:
    ex = extract_inputs(inputs, jobs=1)
    return {rg.document.meta.issuer or "": slug for slug, rg in ex.reports}


def test_same_named_reports_keep_their_slugs_whatever_the_order(folders: dict[str, Path]) -> None:
    a, b, c = folders["a/report.txt"], folders["b/report.txt"], folders["c/kaihua.txt"]
    forward = _slug_by_issuer([a, b, c])
    backward = _slug_by_issuer([c, b, a])
    assert forward == backward
    assert len(set(forward.values())) == 3
    assert forward["开化县人民政府"] == "kaihua"  # a name no other report shares stays as it was
    others = sorted(v for k, v in forward.items() if k != "开化县人民政府")
    assert all(re.fullmatch(r"report-[0-9a-f]{8}", s) for s in others), others


def test_build_gives_the_same_graph_names_both_ways(folders: dict[str, Path], tmp_path: Path) -> None:
    a, b = folders["a/report.txt"], folders["b/report.txt"]
    names = []
    for order, out in (([a, b], tmp_path / "ab"), ([b, a], tmp_path / "ba")):
        res = CliRunner().invoke(cli, ["build", *map(str, order), "--out", str(out), "--no-store", "--jobs", "1"])
        assert res.exit_code == 0, res.output
        names.append(set(_GRAPH_NAME.findall((out / "graph.trig").read_text(encoding="utf-8"))))
    assert names[0] == names[1] and len(names[0]) == 2
    # The same triples both ways (graph.ttl lists the reports in input order, so not the same bytes).
    triples = [set(Graph().parse(tmp_path / d / "graph.ttl", format="turtle")) for d in ("ab", "ba")]
    assert triples[0] == triples[1] and triples[0]


def _doc(source: str, text: str) -> Document:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(source=source, text=text, sha256=digest)


@pytest.mark.parametrize(
    "docs",
    [
        [("report.txt", "甲"), ("report.txt", "乙"), ("other.txt", "丙")],
        [("report.txt", "甲"), ("report.txt", "甲"), ("report.txt", "乙")],  # a copy of the same text
        [("x.txt", "甲"), ("x.docx", "乙"), ("y.txt", "甲")],
    ],
)
def test_slugs_are_unique_and_follow_each_report_in_every_order(docs: list[tuple[str, str]]) -> None:
    import itertools

    reference = _slugs([_doc(*d) for d in docs])
    assert len(set(reference)) == len(docs)
    expected = sorted(zip(docs, reference))
    for perm in itertools.permutations(range(len(docs))):
        slugs = _slugs([_doc(*docs[i]) for i in perm])
        assert sorted(zip([docs[i] for i in perm], slugs)) == expected
