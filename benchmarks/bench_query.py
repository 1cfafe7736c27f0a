"""Benchmark: the example queries on a corpus-sized graph, rdflib versus the pyoxigraph store.

Generates a synthetic graph following docs/graph-model.md (default: 300
reports, about 260 000 triples) or takes an existing one, then times

* loading: rdflib parse, in-memory pyoxigraph load, ``write_store`` + open;
* every example query on each engine (results are checked to be identical);

and prints the ratios. Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_query.py [--reports 300] [--graph out/graph.ttl]

With ``--build OUT`` (a build folder with its store, e.g. of the 384-report corpus) it
instead prints one table row per example: rows, the warm in-process time on the store
(median of ``--repeat`` runs after one warm-up), CPU time of the same, the time of
``kgreport query --example NAME --graph OUT`` in a fresh process (start-up and printing
included, median of ``--cli-repeat``), the load average after the row, and, with ``--before DIR`` (the examples' former
texts, tests/data/examples_before), the former text's warm time on the same store with
its rows checked to be identical:

    PYTHONPATH=src python benchmarks/bench_query.py --build /tmp/corpus-out --before tests/data/examples_before
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from kgreport.query.engine import (
    QueryKind,
    check_query,
    list_examples,
    load_memory_store,
    load_rdflib,
    query_rdflib,
    query_store,
)
from kgreport.graph.store import open_store, write_store

KGR = "https://w3id.org/kgreport/ontology#"
KGD = "https://w3id.org/kgreport/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

INDICATORS = [("地区生产总值", "元"), ("一般公共预算收入", "元"), ("固定资产投资", "元"),
              ("新增就业", "人"), ("城镇居民人均可支配收入", "元"), ("地区生产总值增长", "%"),
              ("森林覆盖率", "%"), ("新增国土空间绿化面积", "亩")]
RELATIONS = ["cooperatesWith", "receivedHonor", "implements", "builds", "locatedIn"]
TARGET = {"cooperatesWith": "org", "receivedHonor": "honor", "implements": "program",
          "builds": "project", "locatedIn": "place"}
CLASS = {"org": "Organization", "place": "Place", "project": "Project", "program": "Program", "honor": "Honor"}
POOL = {"org": 3000, "place": 600, "project": 1500, "program": 400, "honor": 300}
NAME = {"org": "机构", "place": "地区", "project": "工程项目", "program": "专项行动", "honor": "示范称号"}


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _iri(path: str) -> str:
    return f"<{KGD}{quote(path, safe='/')}>"


def generate(path: Path, reports: int, sentences: int = 40, seed: int = 7) -> int:
    """Write a synthetic graph (N-Triples, which is also Turtle) and return its triple count."""
    rng = random.Random(seed)
    lines: list[str] = []
    add = lines.append
    entities = {kind: [_iri(f"{kind}/{NAME[kind]}{i:04d}") for i in range(n)] for kind, n in POOL.items()}
    described: set[str] = set()

    def describe(kind: str, idx: int) -> str:
        iri = entities[kind][idx]
        if iri not in described:
            described.add(iri)
            add(f"{iri} <{RDF}type> <{KGR}{CLASS[kind]}> .")
            add(f"{iri} <{RDFS}label> {_lit(f'{NAME[kind]}{idx:04d}')} .")
            if idx % 3 == 0:
                add(f"{iri} <{SKOS}altLabel> {_lit(f'简称{idx:04d}')} .")
        return iri

    for r in range(reports):
        region_idx = r % 120
        year = 2000 + (r // 120) * 8 + rng.randrange(8)
        slug = f"region{region_idx:03d}-{year}-{r}"
        rep = _iri(f"report/{slug}")
        region = describe("place", region_idx)
        issuer = describe("org", region_idx)
        add(f"{rep} <{RDF}type> <{KGR}Report> .")
        add(f"{rep} <{DCT}title> {_lit(f'{year}年政府工作报告{r}')} .")
        add(f"{rep} <{KGR}issuer> {issuer} .")
        add(f"{rep} <{KGR}region> {region} .")
        add(f"{rep} <{KGR}level> \"county\" .")
        add(f"{rep} <{KGR}year> \"{year}\"^^<{XSD}integer> .")
        add(f"{rep} <{DCT}date> \"{year}-01-15\"^^<{XSD}date> .")
        add(f"{rep} <{KGR}sourceFile> {_lit(slug + '.txt')} .")
        add(f"{rep} <{KGR}sha256> \"{r:064d}\" .")
        for s in range(1, 4):
            sec = _iri(f"report/{slug}/section/{s}")
            add(f"{sec} <{RDF}type> <{KGR}Section> .")
            add(f"{sec} <{KGR}inReport> {rep} .")
            add(f"{sec} <{KGR}order> \"{s}\"^^<{XSD}integer> .")
            add(f"{sec} <{DCT}title> {_lit(f'第{s}部分')} .")
        offset = 0
        for n in range(1, sentences + 1):
            sen = _iri(f"report/{slug}/sentence/{n}")
            text = f"第{n}句：推进各项工作取得新成效，实施重点任务{n}。"
            add(f"{sen} <{RDF}type> <{KGR}Sentence> .")
            add(f"{sen} <{KGR}inReport> {rep} .")
            add(f"{sen} <{KGR}inSection> {_iri(f'report/{slug}/section/{1 + (n - 1) * 3 // sentences}')} .")
            add(f"{sen} <{KGR}order> \"{n}\"^^<{XSD}integer> .")
            add(f"{sen} <{KGR}text> {_lit(text)} .")
            add(f"{sen} <{KGR}startOffset> \"{offset}\"^^<{XSD}integer> .")
            add(f"{sen} <{KGR}endOffset> \"{offset + len(text)}\"^^<{XSD}integer> .")
            offset += len(text) + 1
            kinds = rng.sample(list(POOL), 2)
            picked = [(k, rng.randrange(POOL[k]) if rng.random() < 0.7 else rng.randrange(POOL[k] // 10))
                      for k in kinds]
            for kind, idx in picked:
                add(f"{describe(kind, idx)} <{KGR}mentionedIn> {sen} .")
            if n % 2 == 0:  # a relation every other sentence
                rel = rng.choice(RELATIONS)
                subj = issuer if rng.random() < 0.5 else describe("org", rng.randrange(POOL["org"]))
                kind = TARGET[rel]
                obj = describe(kind, rng.randrange(POOL[kind]))
                add(f"{subj} <{KGR}{rel}> {obj} .")
                st = _iri(f"report/{slug}/statement/{n:04x}")
                add(f"{st} <{RDF}type> <{RDF}Statement> .")
                add(f"{st} <{RDF}subject> {subj} .")
                add(f"{st} <{RDF}predicate> <{KGR}{rel}> .")
                add(f"{st} <{RDF}object> {obj} .")
                add(f"{st} <{PROV}wasDerivedFrom> {sen} .")
            if n % 3 == 0:  # an indicator every third sentence
                label, unit = INDICATORS[(n // 3) % len(INDICATORS)]
                ind = _iri(f"report/{slug}/indicator/{n}")
                value = f"{rng.randrange(1, 100000) * (10000 if unit == '元' else 1)}.0"
                add(f"{ind} <{RDF}type> <{KGR}Indicator> .")
                add(f"{ind} <{RDFS}label> {_lit(label)} .")
                add(f"{ind} <{KGR}value> \"{value}\"^^<{XSD}decimal> .")
                add(f"{ind} <{KGR}unit> {_lit(unit)} .")
                add(f"{ind} <{KGR}approximate> \"false\"^^<{XSD}boolean> .")
                add(f"{ind} <{KGR}surfaceForm> {_lit(value + unit)} .")
                add(f"{ind} <{KGR}inReport> {rep} .")
                add(f"{ind} <{KGR}mentionedIn> {sen} .")
                add(f"{ind} <{PROV}wasDerivedFrom> {sen} .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def _median_run(fn, repeat: int) -> tuple[object, float, float]:
    """(result, median wall s, median CPU s) of ``repeat`` runs after one warm-up."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, statistics.median(walls), statistics.median(cpus)


def _cli_seconds(name: str, out: Path, repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of ``kgreport query --example NAME --graph OUT`` in a fresh process."""
    times, cpus = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "kgreport", "query", "--example", name, "--graph", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(time.perf_counter() - start)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def bench_build(out: Path, before: Path | None, repeat: int, cli_repeat: int, only: list[str] | None = None) -> int:
    """The per-example table on an existing build's store (see the module docstring)."""
    store = open_store(out / "store")
    print(f"store: {out / 'store'} ({len(store)} quads); load average {os.getloadavg()[0]:.1f} at the start")
    print()
    # The 1-minute load average beside each row: on a shared machine the walls follow it, the CPU much less.
    print("| example | rows | in process, warm (ms) | CPU (ms) | `kgreport query` (ms) | its CPU (ms) | former text, warm (ms) | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for example in list_examples():
        if only and example.name not in only:
            continue
        checked = check_query(example.text)
        result, wall, cpu = _median_run(lambda checked=checked: query_store(store, checked), repeat)
        size = len(result.rows) or len(result.triples) or int(bool(result.boolean))
        cli, cli_cpu = _cli_seconds(example.name, out, cli_repeat)
        former = ""
        if before is not None:
            old = check_query((before / f"{example.name}.rq").read_text(encoding="utf-8"))
            old_result, old_wall, _ = _median_run(lambda old=old: query_store(store, old), repeat)
            # A limited example gives the first rows of its former text's full ordered answer.
            limited = "\nLIMIT " in example.text and result.kind is QueryKind.SELECT
            if old_result != result and not (
                limited and old_result.variables == result.variables
                and old_result.rows[: len(result.rows)] == result.rows
            ):
                print(f"{example.name}: THE FORMER TEXT GIVES OTHER ROWS")
                return 1
            former = f"{old_wall * 1000:,.0f}"
        print(f"| {example.name} | {size:,} | {wall * 1000:,.0f} | {cpu * 1000:,.0f} | {cli * 1000:,.0f} | {cli_cpu * 1000:,.0f} | {former} "
              f"| {os.getloadavg()[0]:.1f} |", flush=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="an existing graph.ttl instead of a synthetic one")
    parser.add_argument("--reports", type=int, default=300, help="synthetic reports (about 870 triples each)")
    parser.add_argument("--build", type=Path, help="a build folder with a store: time every example on it")
    parser.add_argument("--before", type=Path, help="with --build: folder of the examples' former texts")
    parser.add_argument("--repeat", type=int, default=3, help="with --build: warm runs per example")
    parser.add_argument("--cli-repeat", type=int, default=1, help="with --build: `kgreport query` runs per example")
    parser.add_argument("--example", action="append", help="with --build: only this example (repeatable)")
    args = parser.parse_args(argv)
    if args.build is not None:
        return bench_build(args.build, args.before, args.repeat, args.cli_repeat, args.example)

    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            graph = Path(tmp) / "graph.ttl"
            n, secs = timed(lambda: generate(graph, args.reports))
            print(f"synthetic graph: {args.reports} reports, {n} triples, "
                  f"{graph.stat().st_size / 1e6:.1f} MB ({secs:.1f} s to generate)")
        store_dir = Path(tmp) / "store"
        rdf_graph, t_rdflib = timed(lambda: load_rdflib(graph))
        memory, t_memory = timed(lambda: load_memory_store(graph))
        _, t_write = timed(lambda: write_store(graph, store_dir))
        store, t_open = timed(lambda: open_store(store_dir))
        print(f"triples: {len(rdf_graph)}")
        print(f"load: rdflib parse {t_rdflib:.2f} s | in-memory pyoxigraph {t_memory:.2f} s | "
              f"write_store {t_write:.2f} s, open {t_open * 1000:.0f} ms")
        print(f"load ratio rdflib / in-memory pyoxigraph: {t_rdflib / t_memory:.1f}x")
        print()
        header = f"{'example':34} {'rows':>6} {'rdflib s':>9} {'memory s':>9} {'store s':>9} {'rdflib/store':>12}"
        print(header)
        print("-" * len(header))
        totals = [0.0, 0.0, 0.0]
        for example in list_examples():
            checked = check_query(example.text)
            r_rdflib, a = timed(lambda checked=checked: query_rdflib(rdf_graph, checked))
            r_memory, b = timed(lambda checked=checked: query_store(memory, checked))
            r_store, c = timed(lambda checked=checked: query_store(store, checked))
            same = r_rdflib == r_memory == r_store
            size = len(r_store.rows) or len(r_store.triples) or int(bool(r_store.boolean))
            totals = [totals[0] + a, totals[1] + b, totals[2] + c]
            print(f"{example.name:34} {size:>6} {a:>9.3f} {b:>9.3f} {c:>9.3f} {a / max(c, 1e-6):>11.0f}x"
                  + ("" if same else "  RESULTS DIFFER"))
            if not same:
                return 1
        print("-" * len(header))
        print(f"{'all examples':34} {'':>6} {totals[0]:>9.2f} {totals[1]:>9.2f} {totals[2]:>9.2f} "
              f"{totals[0] / max(totals[2], 1e-6):>11.0f}x")
        cold_rdflib = t_rdflib + totals[0]
        cold_store = t_open + totals[2]
        print(f"\none `kgreport query` run of every example, loading included: rdflib {cold_rdflib:.1f} s, "
              f"in-memory fallback {t_memory + totals[1]:.1f} s, store {cold_store:.2f} s "
              f"(rdflib/store {cold_rdflib / cold_store:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
