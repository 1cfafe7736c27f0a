"""The store's share of a build, A/B against another commit's tree, in alternating fresh processes.

    python benchmarks/bench_store.py --sample 96 --rev HEAD~1 --rounds 2
    python benchmarks/bench_store.py --sample 96 --derivation 3

The sample's reports are extracted once (this tree) and pickled; each run is a
fresh process (this tree, or ``--rev``'s exported with ``git archive``) that
writes the outputs from the pickle twice, without and with the store, and
prints the CPU seconds of each (user + system, every thread: RocksDB's own
included). The store's share is the difference; ratios to bare ``jieba.lcut``
on the same texts, measured in this process, are printed beside it. The
models of extracted reports must be the same in both trees (the pickle is read
by both). ``--derivation N`` instead times the derivation alone, in this tree and
one process: the tally of every report's triples, ``materialize_aggregates`` from
it once, then the rows the derivation reads, N times from the tally and N times
from the store's queries, alternating (same data, same process, nothing written:
the machine's load drifts less between them, and no deleted quads slow a read).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reports"


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _write(pickled: Path) -> dict[str, float]:
    """In this (fresh) process: write_outputs without, then with, the store; CPU seconds of each."""
    from kgreport.build import outputs, runner

    runner._warm_up()
    reports = pickle.loads(pickled.read_bytes())
    figures: dict[str, float] = {}
    for name, with_store in (("files_s", False), ("build_s", True)):
        with tempfile.TemporaryDirectory() as out:
            t = _cpu()
            outputs.write_outputs(iter(reports), Path(out), with_store=with_store)
            figures[name] = _cpu() - t
    figures["store_s"] = figures["build_s"] - figures["files_s"]
    return figures


def _source_of_kgreport() -> str:
    import kgreport

    return str(Path(kgreport.__file__).parent)


def _derivation(pickled: Path, rounds: int) -> None:
    """Print the tally's CPU, then, alternating, the CPU of every derivation row read from the tally and from the queries."""
    import pyoxigraph as ox

    from kgreport.graph import rdf, store
    from kgreport.graph.store_tally import BuildTally

    reports = pickle.loads(pickled.read_bytes())
    tally = BuildTally()
    tally_s = 0.0
    for slug, rg in reports:
        blocks = rdf.report_blocks(rg, slug)  # the writer makes them anyway
        t = _cpu()
        tally.add(blocks)
        tally_s += _cpu() - t
    names = [n for n in vars(store.QueriedRows) if not n.startswith("_")]
    with tempfile.TemporaryDirectory() as tmp:
        trig_path = Path(tmp) / "graph.trig"
        trig_path.write_text(rdf.trig_text(reports), encoding="utf-8")
        db = ox.Store(str(Path(tmp) / "store"))
        store.load_quads(db, ox.parse(path=str(trig_path), format=ox.RdfFormat.TRIG))
        db.flush()
        print(f"store data {len(db):,} quads; tallying {len(reports)} reports' triples: {tally_s:.2f} CPU s")
        t = _cpu()
        n = store.materialize_aggregates(db, tally)
        print(f"materialize_aggregates from the tally, once (rows, ranking, loading): {_cpu() - t:.2f} CPU s, {n:,} derived quads")
        for rnd in range(rounds):
            for label, rows in (("tally", tally), ("queries", store.QueriedRows(db))):
                t = _cpu()
                count = sum(sum(1 for _ in getattr(rows, name)()) for name in names)
                print(f"  the {len(names)} kinds of rows from the {label:<7} #{rnd + 1}: {_cpu() - t:6.2f} CPU s, {count:,} rows, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)


def _extract(files: list[Path], into: Path) -> tuple[int, float]:
    """Extract ``files`` into a pickle of (slug, ReportGraph); returns characters and bare jieba's CPU seconds on them."""
    import logging

    import jieba

    from kgreport.build import runner, stages
    from kgreport.read import reader as read

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    docs = [read.read_document(f) for f in files]
    graphs = [stages.extract(d) for d in docs]
    into.write_bytes(pickle.dumps(list(zip(runner._slugs(docs), graphs))))
    t = time.process_time()
    for d in docs:
        jieba.lcut(d.text)
    return sum(len(d.text) for d in docs), time.process_time() - t


def main() -> None:
    """Extract the sample, then alternate fresh processes of this tree and ``--rev``'s."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sample", type=int, default=96)
    ap.add_argument("--rev", default="HEAD~1", help="the tree to compare with (git archive of this revision)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--derivation", type=int, default=0, help="time the derivation alone, this many rounds")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps({**_write(args.one), "src": _source_of_kgreport()}))
        return
    files = sorted(args.corpus.glob("*.txt"))
    step = len(files) / min(args.sample, len(files))
    files = [files[int(i * step)] for i in range(min(args.sample, len(files)))]
    with tempfile.TemporaryDirectory() as tmp:
        pickled = Path(tmp) / "reports.pickle"
        chars, jieba_s = _extract(files, pickled)
        if args.derivation:
            print(f"{len(files)} reports, {chars:,} characters; bare jieba.lcut {jieba_s:.2f} CPU s")
            _derivation(pickled, args.derivation)
            return
        before = Path(tmp) / "before"
        before.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, "src", "data", "ontology"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        print(f"{len(files)} reports, {chars:,} characters; bare jieba.lcut {jieba_s:.2f} CPU s; load average "
              f"{os.getloadavg()[0]:.1f}")
        print(f"{'tree':<22} {'files+page CPU s':>16} {'whole CPU s':>12} {'store CPU s':>12} {'store × jieba':>14} {'load':>5}")
        for rnd in range(args.rounds):
            for label, src in ((f"before ({args.rev})", before / "src"), ("after (this tree)", ROOT / "src")):
                env = {**os.environ, "PYTHONPATH": str(src)}
                out = subprocess.run([sys.executable, __file__, "--one", str(pickled)], env=env, check=True,
                                     capture_output=True, text=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                assert Path(r["src"]).is_relative_to(src), f"{label} ran {r['src']}, not {src}"
                print(f"{label + f' #{rnd + 1}':<22} {r['files_s']:16.2f} {r['build_s']:12.2f} {r['store_s']:12.2f} "
                      f"{r['store_s'] / jieba_s:14.2f} {os.getloadavg()[0]:5.1f}", flush=True)


if __name__ == "__main__":
    main()
