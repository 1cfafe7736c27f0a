"""``kgreport eval`` agrees exactly with the shared scorer (../shared/eval/score.py)."""

from __future__ import annotations

import json
import random
import sys
import types
from pathlib import Path

import pytest
from conftest import load_script
from click.testing import CliRunner
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kgreport.cli import cli
from kgreport.errors import InputError
from kgreport.evaluate import Counts, evaluate, load_gold, norm, report_subgraph
from kgreport.graph.vocab import DATA, KGR

EVAL_DATA = Path(__file__).parent / "data" / "eval"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
KAIHUA_GOLD = SHARED / "eval" / "kaihua-2023.gold.json"
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")

pytestmark = pytest.mark.skipif(not SCORE_PY.is_file(), reason="shared scorer not present")


def _load_scorer() -> types.ModuleType:
    return load_script(SCORE_PY, "shared_score")


scorer = _load_scorer() if SCORE_PY.is_file() else None

PAIRS = sorted(p.name.removesuffix(".gold.json") for p in EVAL_DATA.glob("*.gold.json"))


def _pair(name: str) -> tuple[Path, Path]:
    return EVAL_DATA / f"{name}.ttl", EVAL_DATA / f"{name}.gold.json"


def test_hand_made_pairs_exist() -> None:
    assert {"entities", "relations", "indicators"} <= set(PAIRS)


@pytest.mark.parametrize("name", PAIRS)
def test_agrees_with_shared_scorer(name: str) -> None:
    ttl, gold = _pair(name)
    ours = evaluate(Graph().parse(ttl), [gold]).to_dict()
    assert ours == scorer.score([(str(ttl), str(gold))])


def test_several_reports_are_micro_averaged_like_the_scorer() -> None:
    pairs = [_pair(n) for n in PAIRS]
    ours = evaluate([Graph().parse(t) for t, _ in pairs], [g for _, g in pairs]).to_dict()
    assert ours == scorer.score([(str(t), str(g)) for t, g in pairs])


# Hand-checked figures, so the data really exercises each rule.
EXPECTED = [
    # (pair, row, tp, fp, fn)
    ("entities", "Organization", 2, 2, 0),  # alias match; 县中医院 node; ABC公司 and 东湖片区 false
    ("entities", "Place", 2, 2, 1),  # 清河 duplicate and 永安隧道 wrong class; 河北省 missed
    ("entities", "Program", 2, 0, 0),  # optional 两个确立 twice counts nowhere
    ("entities", "Project", 1, 0, 1),
    ("entities", "Honor", 1, 1, 1),
    ("relations", "relations", 5, 4, 3),  # reversed receivedHonor is a false relation and a miss
    ("indicators", "indicators", 6, 5, 3),  # 3.9亿 outside tolerance: one false, one missed
]


@pytest.mark.parametrize(("name", "row", "tp", "fp", "fn"), EXPECTED)
def test_hand_checked_counts(name: str, row: str, tp: int, fp: int, fn: int) -> None:
    ttl, gold = _pair(name)
    assert evaluate(Graph().parse(ttl), gold).scores[row] == Counts(tp, fp, fn)


def test_misses_name_what_went_wrong() -> None:
    ttl, gold = _pair("entities")
    misses = evaluate(Graph().parse(ttl), gold).misses_by_kind()
    assert misses["duplicate"] == ["Place: 清河"]
    assert "Place: 永安隧道" in misses["false_positive"]
    assert "Project: 永安隧道" in misses["missed"]
    ttl, gold = _pair("relations")
    misses = evaluate(Graph().parse(ttl), gold).misses_by_kind()
    assert "builds: 北方大学 -> ?" in misses["false_relation"]
    assert "receivedHonor: 省级文明城市 -> 清河县" in misses["false_relation"]
    assert "receivedHonor: 清河县 -> 省级文明城市" in misses["missed_relation"]


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [("“双减”", "双减"), ("《千万 工程》", "千万工程"), ("ＡＢＣ（集团）", "ABC集团"), ("％", "%"), ("【两山】\u3000", "两山")],
)
def test_norm(raw: str, normalized: str) -> None:
    assert norm(raw) == normalized


# --- randomized: perturb a perfect graph built from the bundled report's gold ---------


def _perturbed_graph(gold: dict, seed: int) -> Graph:
    """A graph that gets the gold partly right: drops, aliases, duplicates, noise."""
    rnd = random.Random(seed)
    g = Graph()
    node_of: dict[str, list[URIRef]] = {}
    classes = ["Organization", "Place", "Project", "Program", "Honor"]
    n = 0

    def node(cls: str, label: str, alts: list[str] = ()) -> URIRef:
        nonlocal n
        n += 1
        iri = DATA[f"{cls.lower()}/{n}"]
        g.add((iri, RDF.type, KGR[cls]))
        g.add((iri, RDFS.label, Literal(label)))
        for a in alts:
            g.add((iri, SKOS.altLabel, Literal(a)))
        return iri

    for e in gold["entities"]:
        r = rnd.random()
        if r < 0.1:
            continue  # missed
        cls = rnd.choice(classes) if r > 0.95 else e["class"]
        names = [e["name"], *e.get("aliases", [])]
        label = rnd.choice(names)
        if rnd.random() < 0.2:
            label = f"“{label}”"
        made = [node(cls, label, rnd.sample(names, k=rnd.randint(0, len(names))))]
        if rnd.random() < 0.1:
            made.append(node(cls, rnd.choice(names)))  # duplicate
        node_of[e["name"]] = made
    issuer = [x for x in node_of.get(gold["issuer"]["names"][0], [])] or [node("Organization", gold["issuer"]["names"][0])]
    node_of["@issuer"] = issuer
    for i in range(rnd.randint(0, 15)):
        node(rnd.choice(classes), f"噪声实体{seed}-{i}")
    all_nodes = [x for xs in node_of.values() for x in xs]
    places = [x for x in all_nodes if (x, RDF.type, KGR.Place) in g]

    for r in gold["relations"]:
        if rnd.random() < 0.15 or r["subject"] not in node_of or r["object"] not in node_of:
            continue
        s, o = rnd.choice(node_of[r["subject"]]), rnd.choice(node_of[r["object"]])
        if r["relation"] == "cooperatesWith" and rnd.random() < 0.5:
            s, o = o, s
        g.add((s, KGR[r["relation"]], o))
        if rnd.random() < 0.15:  # stated twice through another node
            g.add((rnd.choice(node_of["@issuer"]), KGR[r["relation"]], o))
    for _ in range(rnd.randint(0, 10)):
        rel = rnd.choice(["cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"])
        g.add((rnd.choice(all_nodes), KGR[rel], rnd.choice(all_nodes)))
    for _ in range(rnd.randint(0, 4)):
        if len(places) > 1:
            a, b = rnd.sample(places, 2)
            g.add((a, KGR.locatedIn, b))

    k = 0
    for x in gold["indicators"]:
        r = rnd.random()
        if r < 0.1:
            continue
        value = float(x["value"])
        if r > 0.9:
            value *= 1 + rnd.choice([1e-9, 1e-3])  # inside or outside the tolerance
        unit = "％" if x["unit"] == "%" and rnd.random() < 0.3 else x["unit"]
        for _ in range(2 if rnd.random() < 0.1 else 1):
            k += 1
            ind = DATA[f"report/r/indicator/{k}"]
            g.add((ind, RDF.type, KGR.Indicator))
            g.add((ind, KGR.value, Literal(str(value), datatype=XSD_DECIMAL)))
            g.add((ind, KGR.unit, Literal(unit)))
    for _ in range(rnd.randint(0, 5)):
        k += 1
        ind = DATA[f"report/r/indicator/{k}"]
        g.add((ind, RDF.type, KGR.Indicator))
        g.add((ind, KGR.value, Literal(str(rnd.randint(1, 9999)), datatype=XSD_DECIMAL)))
        g.add((ind, KGR.unit, Literal(rnd.choice(["个", "%", "元", "亩"]))))
    return g


@pytest.mark.skipif(not KAIHUA_GOLD.is_file(), reason="bundled gold not present")
@pytest.mark.parametrize("seed", range(12))
def test_agrees_on_perturbed_graphs_of_the_bundled_gold(seed: int, tmp_path: Path) -> None:
    gold = json.loads(KAIHUA_GOLD.read_text(encoding="utf-8"))
    path = tmp_path / "g.nt"
    _perturbed_graph(gold, seed).serialize(path, format="nt", encoding="utf-8")
    ours = evaluate(Graph().parse(path), KAIHUA_GOLD).to_dict()
    theirs = scorer.score([(str(path), str(KAIHUA_GOLD))])
    assert ours == theirs


@pytest.mark.skipif(not KAIHUA_GOLD.is_file(), reason="bundled gold not present")
def test_perfect_graph_scores_one() -> None:
    gold = json.loads(KAIHUA_GOLD.read_text(encoding="utf-8"))
    g = Graph()
    names: dict[str, URIRef] = {}
    for i, e in enumerate(gold["entities"]):
        iri = DATA[f"e/{i}"]
        g.add((iri, RDF.type, KGR[e["class"]]))
        g.add((iri, RDFS.label, Literal(e["name"])))
        names[e["name"]] = iri
    names["@issuer"] = names[gold["issuer"]["names"][0]]
    for r in gold["relations"]:
        g.add((names[r["subject"]], KGR[r["relation"]], names[r["object"]]))
    for i, x in enumerate(gold["indicators"]):
        ind = DATA[f"i/{i}"]
        g.add((ind, RDF.type, KGR.Indicator))
        g.add((ind, KGR.value, Literal(str(x["value"]), datatype=XSD_DECIMAL)))
        g.add((ind, KGR.unit, Literal(x["unit"])))
    result = evaluate(g, KAIHUA_GOLD)
    for row in ("core_micro", "Honor", "relations", "indicators"):
        assert result.scores[row].f1 == 1.0, row
    assert result.misses == ()


# --- several reports in one graph ------------------------------------------------


def _with_report(g: Graph, slug: str, source: str) -> Graph:
    """Put every entity and indicator of ``g`` into one report's sentence."""
    out = Graph()
    for t in g:
        out.add(t)
    report, sentence = DATA[f"report/{slug}"], DATA[f"report/{slug}/sentence/0"]
    out.add((report, RDF.type, KGR.Report))
    out.add((report, KGR.sourceFile, Literal(source)))
    out.add((sentence, RDF.type, KGR.Sentence))
    out.add((sentence, KGR.inReport, report))
    for cls in ("Organization", "Place", "Project", "Program", "Honor", "Indicator"):
        for node in g.subjects(RDF.type, KGR[cls]):
            out.add((node, KGR.mentionedIn, sentence))
    return out


def test_one_graph_for_several_golds_is_split_by_source_file() -> None:
    (e_ttl, e_gold), (i_ttl, i_gold) = _pair("entities"), _pair("indicators")
    merged = _with_report(Graph().parse(e_ttl), "entities", "entities.txt")
    merged += _with_report(Graph().parse(i_ttl), "indicators", "indicators.txt")
    together = evaluate(merged, [e_gold, i_gold]).to_dict()
    reference = scorer.score([(str(e_ttl), str(e_gold)), (str(i_ttl), str(i_gold))])
    # the merged graph lists triples in another order, which moves the NaN row
    for result in (together, reference):
        result["misses"] = {k: sorted(v) for k, v in result["misses"].items()}
    assert together == reference
    with pytest.raises(InputError, match="no report built from"):
        report_subgraph(merged, "other.txt")


# --- gold files and the CLI --------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [("{", "cannot read gold"), ('{"entities": []}', "not a gold annotation"), ("[1]", "not a gold annotation")],
)
def test_bad_gold_files_raise_input_error(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.gold.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(p)


def test_cli_prints_the_scorers_table(capsys: pytest.CaptureFixture[str]) -> None:
    ttl, gold = _pair("relations")
    out = CliRunner().invoke(cli, ["eval", str(gold), "--graph", str(ttl)])
    assert out.exit_code == 0, out.output
    scorer.main([str(ttl), str(gold)])
    assert out.output.strip() == capsys.readouterr().out.strip()


@pytest.mark.parametrize("json_out", [False, True])
def test_cli_scores_only_prints_no_miss(json_out: bool) -> None:
    """--scores-only: the same figures, and none of the misses (a check half's errors stay unread)."""
    ttl, gold = _pair("relations")
    base = ["eval", str(gold), "--graph", str(ttl)] + (["--json"] if json_out else [])
    full = CliRunner().invoke(cli, base)
    only = CliRunner().invoke(cli, [*base, "--scores-only"])
    assert full.exit_code == only.exit_code == 0, only.output
    if json_out:
        whole, scores = json.loads(full.output), json.loads(only.output)
        assert any(whole["misses"].values()) and "misses" not in scores
        assert scores == {k: v for k, v in whole.items() if k != "misses"}
    else:
        assert "missed" in full.output or "false" in full.output
        table = full.output.split("\n\n")[0].strip()
        assert only.output.strip() == table
        assert "missed" not in only.output and "false" not in only.output


def test_cli_json_matches_the_scorer() -> None:
    ttl, gold = _pair("indicators")
    out = CliRunner().invoke(cli, ["eval", str(gold), "--graph", str(ttl), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == scorer.score([(str(ttl), str(gold))])


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["missing.gold.json", "--graph", str(EVAL_DATA / "entities.ttl")], 2, "gold file not found"),
        ([str(EVAL_DATA / "entities.gold.json"), "--graph", "missing.ttl"], 7, "graph file not found"),
    ],
)
def test_cli_errors_are_one_line(args: list[str], code: int, message: str) -> None:
    out = CliRunner().invoke(cli, ["eval", *args])
    assert out.exit_code == code
    assert message in out.output and "Traceback" not in out.output


def test_cli_without_graph_builds_the_gold_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ttl, gold = _pair("entities")
    (tmp_path / "entities.txt").write_text("清河县……", encoding="utf-8")
    gold_copy = tmp_path / gold.name
    gold_copy.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    built: list[list[Path]] = []

    def fake_build_graph(paths: list[Path]) -> Graph:
        built.append(list(paths))
        return Graph().parse(ttl)

    monkeypatch.setitem(sys.modules, "kgreport.build.runner", types.SimpleNamespace(build_graph=fake_build_graph))
    out = CliRunner().invoke(cli, ["eval", str(gold_copy), "--json"])
    assert out.exit_code == 0, out.output
    assert built == [[tmp_path / "entities.txt"]]
    assert json.loads(out.output) == scorer.score([(str(ttl), str(gold))])


def test_cli_without_graph_reports_a_missing_document(tmp_path: Path) -> None:
    gold = tmp_path / "x.gold.json"
    gold.write_text(json.dumps({"document": "nowhere-1999.txt", "issuer": {"names": []}}), encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", str(gold)])
    assert out.exit_code == 2
    assert "nowhere-1999.txt not found" in out.output
