"""How fast is kgreport compared with bare jieba segmentation, and does it scale linearly?

For the same texts on the same machine this prints:

(a) characters per CPU second of bare ``jieba.lcut`` (the floor of any
    jieba-based extractor), of kgreport's extraction alone, of reading +
    extraction + writing graph.ttl/graph.trig (the pipeline), of that plus
    graph.html, and of a whole build (also the SPARQL store), each in one
    process, and the ratios to jieba;
(b) the build time (all cores, no cache) of 1/4, 1/2 and all of the corpus,
    each in a fresh process, as wall and CPU seconds per million characters
    (CPU time is the steadier figure on a machine shared with other work);
(c) the peak memory (max RSS) of those builds and of the single-process runs;
(d) with ``--times N``, the peak memory of a build of a corpus N times larger,
    made from the real reports: copy k of a report is the same text under another
    report's issuer and with its years shifted by k (so its entities, report IRIs
    and year spans are new), each in a fresh process. A streaming build's peak
    stays that of its largest report, whatever N is;
(e) the wall time of ``kgreport build`` (a fresh process on all cores, no cache)
    against the wall time of bare ``jieba.lcut`` in (a), one process (what a
    user waits for, not CPU: labelled as such).

Reports that kgreport cannot read or that make extraction fail are left out
of every measurement (and listed), so all figures are for the same texts.

Usage::

    python benchmarks/bench_pipeline.py                      # the shared corpus
    python benchmarks/bench_pipeline.py --corpus data/reports --fractions 1
    python benchmarks/bench_pipeline.py --sample 40 --profile  # where the time goes
    python benchmarks/bench_pipeline.py --sample 0 --fractions 1 --times 10 --skip-single  # memory at 10× the corpus
    python benchmarks/bench_pipeline.py --fractions "" --times 3 --times-only --skip-single --no-wall  # only 3× the corpus

Example:

    PYTHONPATH=src python benchmarks/bench_pipeline.py --corpus ../shared/corpus/reports/
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import platform
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kgreport.build import outputs, pipeline, runner, stages  # noqa: E402
from kgreport.graph import rdf
from kgreport.read import reader as read
from kgreport.html import render
from kgreport.errors import KgreportError  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/reports")


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB.

    For this process Linux's ``VmHWM`` is used: ``ru_maxrss`` survives
    fork+exec, so a child of a big process would report the parent's peak.
    For children (the worker processes) it is the largest child's peak.
    """
    if who == resource.RUSAGE_SELF:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
    rss = resource.getrusage(who).ru_maxrss
    return rss / (2**20 if sys.platform == "darwin" else 2**10)


def _cpu_seconds() -> float:
    """User + system time of this process and its reaped children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _spread(files: list[Path], fraction: float) -> list[Path]:
    """Every k-th file, so that a fraction of the corpus has the same mix of levels and years."""
    n = max(1, round(len(files) * fraction))
    if n >= len(files):
        return list(files)
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def _single_process(files: list[Path]) -> tuple[dict[str, float], list[Path], list[tuple[str, str]]]:
    """(a): extraction, jieba and a whole build over the same texts, in this process.

    Returns the figures, the files used and the files left out (with why).
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    runner._warm_up()
    docs, graphs, used, left_out = [], [], [], []
    t_read = t_extract = w_read = w_extract = 0.0
    for f in files:
        t, w = time.process_time(), time.perf_counter()
        try:
            doc = read.read_document(f)
        except KgreportError as exc:
            left_out.append((f.name, f"unreadable: {exc}"))
            continue
        t_read += time.process_time() - t
        w_read += time.perf_counter() - w
        t, w = time.process_time(), time.perf_counter()
        try:
            graph = stages.extract(doc)
        except Exception as exc:  # noqa: BLE001 - listed in the output, not hidden
            left_out.append((f.name, f"extraction fails: {type(exc).__name__}: {exc}"))
            continue
        t_extract += time.process_time() - t
        w_extract += time.perf_counter() - w
        docs.append(doc)
        graphs.append(graph)
        used.append(f)
    chars = sum(len(d.text) for d in docs)

    t, w = time.process_time(), time.perf_counter()
    for d in docs:
        jieba.lcut(d.text)
    t_jieba, w_jieba = time.process_time() - t, time.perf_counter() - w

    with tempfile.TemporaryDirectory() as out, outputs._gc_paused():  # as a build writes
        reports = list(zip(runner._slugs(docs), graphs))
        t, w = time.process_time(), time.perf_counter()
        rdf.write_ttl_trig(reports, Path(out) / "graph.ttl", Path(out) / "graph.trig", display=False)
        t_rdf, w_rdf = time.process_time() - t, time.perf_counter() - w
        # as a build writes them: the page's view filled on the way, then the page drawn
        t, w = time.process_time(), time.perf_counter()
        files = rdf.write_ttl_trig(reports, Path(out) / "graph.ttl", Path(out) / "graph.trig")
        render.render_html(files.display, Path(out) / "graph.html", title=outputs.page_title(reports))
        t_html, w_html = time.process_time() - t, time.perf_counter() - w
    del graphs, reports, files

    with tempfile.TemporaryDirectory() as out:
        t, w = time.process_time(), time.perf_counter()
        pipeline.build([str(f) for f in used], out, jobs=1, use_cache=False)
        t_build, w_build = time.process_time() - t, time.perf_counter() - w
    figures = {
        "reports": len(docs),
        "chars": chars,
        "jieba_s": t_jieba,
        "extract_s": t_extract,
        "rdf_s": t_read + t_extract + t_rdf,
        "html_s": t_read + t_extract + t_html,
        "build_s": t_build,
        "jieba_w": w_jieba,
        "extract_w": w_extract,
        "rdf_w": w_read + w_extract + w_rdf,
        "html_w": w_read + w_extract + w_html,
        "build_w": w_build,
        "maxrss_mb": _maxrss_mb(),
    }
    return figures, used, left_out


def _one_build(files: list[str], jobs: int | None) -> dict[str, float]:
    """One build in this (fresh) process; called through ``--one``."""
    with tempfile.TemporaryDirectory() as out:
        cpu = _cpu_seconds()
        t = time.perf_counter()
        result = pipeline.build(files, out, jobs=jobs, use_cache=False)
        seconds = time.perf_counter() - t
        cpu = _cpu_seconds() - cpu
    return {
        "cpu_s": cpu,
        "reports": len(result.reports),
        "chars": sum(summary.chars for _, summary in result.reports),
        "seconds": seconds,
        "extract_s": result.extract_seconds,
        "jobs": result.jobs,
        "maxrss_mb": _maxrss_mb(),
        "children_maxrss_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def _build_in_fresh_process(files: list[Path], jobs: int | None) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump([str(f) for f in files], fh)
        listing = fh.name
    try:
        cmd = [sys.executable, __file__, "--one", listing] + (["--jobs", str(jobs)] if jobs else [])
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    finally:
        os.unlink(listing)
    return json.loads(done.stdout.strip().splitlines()[-1])


#: A year in a report's text, e.g. 2023年 or 2023 (four digits not inside a longer number).
_YEAR = re.compile(r"(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])")


def multiplied_corpus(files: list[Path], times: int, into: Path) -> list[Path]:
    """The corpus ``times`` over: copy k of report i under report i+k's issuer, its years shifted by k.

    Copy 0 is the report itself. A copy's issuer names (full and short: 保定市人民政府, 保定市,
    保定) are replaced by the other report's, so the copies add new entities and report
    IRIs, as a larger archive of other governments' reports would.
    """
    texts, issuers = [], []
    for f in files:
        doc = read.read_document(f)
        texts.append(doc.text)
        issuers.append(doc.meta.region or doc.meta.issuer or "")
    out = []
    into.mkdir(parents=True, exist_ok=True)
    for k in range(times):
        for i, f in enumerate(files):
            text = texts[i]
            if k:
                mine, other = issuers[i], issuers[(i + k * 37) % len(files)]
                if mine and other and mine != other:
                    text = text.replace(mine, other)
                text = _YEAR.sub(lambda m, k=k: str(int(m.group(1)) + k), text)
            p = into / f"{f.stem}-x{k}.txt"
            p.write_text(text, encoding="utf-8")
            out.append(p)
    return out


def _profile(files: list[Path], top: int) -> str:
    """cProfile of extraction over ``files``: own time per function and per module."""
    runner._warm_up()
    docs = [read.read_document(f) for f in files]
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        stages.extract(d)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    by_module: dict[str, float] = {}
    for (filename, _line, _fn), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = filename.split("site-packages/")[-1] if "site-packages" in filename else Path(filename).name
        by_module[key] = by_module.get(key, 0.0) + tt
    total = sum(by_module.values())
    lines = [f"{'module':40} {'own s':>8} {'share':>6}"]
    for mod, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"{mod:40} {tt:8.2f} {tt / total:6.1%}")
    return "\n".join(lines) + "\n\n" + buf.getvalue()


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else ROOT / "data" / "reports")
    ap.add_argument("--sample", type=int, default=0, help="use only this many reports (spread over the corpus)")
    ap.add_argument("--fractions", default="0.25,0.5,1", help="corpus fractions for the scaling runs ('' skips them)")
    ap.add_argument("--jobs", type=int, default=None, help="processes for the scaling runs (default: all cores)")
    ap.add_argument("--profile", action="store_true", help="also profile extraction (cProfile)")
    ap.add_argument("--times", type=int, default=0, help="(d): also build a corpus this many times larger")
    ap.add_argument("--skip-single", action="store_true", help="skip (a), the single-process ratios")
    ap.add_argument("--times-only", action="store_true", help="(d): build only the larger corpus, not the corpus once")
    ap.add_argument("--no-wall", action="store_true", help="skip (e), kgreport build's wall time on all cores")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.one:
        print(json.dumps(_one_build(json.loads(Path(args.one).read_text()), args.jobs)))
        return

    files = sorted(f for f in args.corpus.rglob("*") if f.suffix.lower() in read.SUPPORTED_EXTENSIONS)
    if args.sample:
        files = _spread(files, args.sample / len(files))
    print(f"machine: {platform.processor() or platform.machine()}, {runner.default_jobs()} usable cores, "
          f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    compiled = sorted((ROOT / "src" / "kgreport").rglob("*.so"))
    print(f"extraction compiled with mypyc (scripts/compile.py): {len(compiled)} extension modules" if compiled else "pure Python (scripts/compile.py not run)")
    jieba_wall = None
    if not args.skip_single:
        files, jieba_wall = _print_single(files, args.corpus)
    if not args.no_wall:
        _print_wall(files, args.jobs, jieba_wall)
    _print_scaling(files, args)
    if args.times:
        print(f"\n(d) a corpus {args.times} times larger (copies under other issuers and years), fresh process, jobs={args.jobs or runner.default_jobs()}")
        print(f"  {'reports':>7} {'chars':>12} {'wall s':>8} {'CPU s':>8} {'CPU s/Mchar':>11} {'peak RSS MB':>26}")
        with tempfile.TemporaryDirectory() as tmp:
            for n in (args.times,) if args.times_only else (1, args.times):
                r = _build_in_fresh_process(multiplied_corpus(files, n, Path(tmp) / f"x{n}"), args.jobs)
                rss = f"main {r['maxrss_mb']:.0f}, worker {r['children_maxrss_mb']:.0f}"
                print(f"  {r['reports']:7d} {r['chars']:12,d} {r['seconds']:8.1f} {r['cpu_s']:8.1f} "
                      f"{r['cpu_s'] / (r['chars'] / 1e6):11.2f} {rss:>26}", flush=True)
    if args.profile:
        print("\nprofile of extraction (own time):")
        print(_profile(_spread(files, min(1.0, 40 / len(files))), 25))


def _cli_build_wall(files: list[Path], jobs: int | None) -> float:
    """Wall seconds of ``kgreport build`` (a fresh process, no cache, default: all cores) of ``files``."""
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "kgreport", "build", *map(str, files), "--out", out, "--no-cache", "-q"]
        cmd += ["--jobs", str(jobs)] if jobs else []
        t = time.perf_counter()
        subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        return time.perf_counter() - t


def _print_wall(files: list[Path], jobs: int | None, jieba_wall: float | None) -> None:
    """(e): what a user waits for: ``kgreport build`` on all cores against bare jieba's wall in one process."""
    wall = _cli_build_wall(files, jobs)
    print(f"\n(e) wall time: `kgreport build --no-cache` (jobs={jobs or runner.default_jobs()}, process start and store "
          f"included), load average {os.getloadavg()[0]:.1f}")
    line = f"  kgreport build {wall:8.2f} s"
    if jieba_wall:
        line += f"; bare jieba.lcut in one process (a) {jieba_wall:.2f} s; ratio {wall / jieba_wall:.2f}"
    print(line)


def _print_single(files: list[Path], corpus: Path) -> tuple[list[Path], float]:
    a, files, left_out = _single_process(files)
    print(f"corpus: {corpus} — {len(files)} reports used, {len(left_out)} left out")
    for name, why in left_out:
        print(f"  left out {name}: {why}")
    chars = a["chars"]
    print("\n(a) one process, same texts; CPU seconds (not inflated by other jobs on the machine), wall seconds for reference")
    print(f"  {'':46} {'CPU s':>8} {'chars/CPU s':>11} {'× jieba':>8} {'wall s':>8}")
    rows = (
        ("bare jieba.lcut", "jieba_s"),
        ("extraction (entities, relations, indicators)", "extract_s"),
        ("read + extraction + graph.ttl/graph.trig", "rdf_s"),
        ("  + graph.html", "html_s"),
        ("whole build (+ graph.html, store)", "build_s"),
    )
    for label, key in rows:
        wall = a[key[:-2] + "_w"]
        print(f"  {label:46} {a[key]:8.2f} {chars / a[key]:11,.0f} {a[key] / a['jieba_s']:8.2f} {wall:8.2f}")
    print(f"  {chars:,} characters in {a['reports']} reports; peak memory {a['maxrss_mb']:.0f} MB")
    return files, a["jieba_w"]


def _print_scaling(files: list[Path], args: argparse.Namespace) -> None:
    if not args.fractions.strip():
        fractions: list[float] = []
    else:
        fractions = [float(x) for x in args.fractions.split(",")]
    print(f"\n(b) build time by corpus size (no cache, jobs={args.jobs or runner.default_jobs()}), each in a fresh process")
    print(f"  {'fraction':>8} {'reports':>7} {'chars':>11} {'wall s':>7} {'wall s/Mchar':>12} {'CPU s':>7} {'CPU s/Mchar':>11} {'(c) peak RSS MB':>24}")
    for frac in fractions:
        r = _build_in_fresh_process(_spread(files, frac), args.jobs)
        rss = f"main {r['maxrss_mb']:.0f}, worker {r['children_maxrss_mb']:.0f}"
        mchars = r["chars"] / 1e6
        print(
            f"  {frac:8.2f} {r['reports']:7d} {r['chars']:11,d} {r['seconds']:7.2f} {r['seconds'] / mchars:12.2f} "
            f"{r['cpu_s']:7.2f} {r['cpu_s'] / mchars:11.2f} {rss:>24}"
        )


if __name__ == "__main__":
    main()
