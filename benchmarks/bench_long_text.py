"""Does extraction stay linear on text without sentence ends (issue 13, item 6)?

For lines of growing length made from the bundled report with every punctuation mark removed
(and, with ``--shape commas``, a line of clauses with no sentence end), this prints the CPU
seconds of reading + extraction, characters per CPU second (and as a ratio to the report's own
text, punctuation kept, read and extracted in the same run), the ratio of each time to the
previous one (2.0 per doubling is linear), and the Python function calls counted by the
profiler, which do not depend on the machine's load. With ``--memory`` each size is read and
extracted in a fresh process and its peak RSS (and the growth over the process's own start-up
peak) is printed as well: the memory a long report costs, per character. ``--shape corpus`` is
one report made of the shared corpus's reports in turn (each later round's paragraphs marked, so
that reading keeps them), the realistic text for sizes of 5 to 50 MB. ``--build`` runs a whole
``kgreport build`` (graph.ttl, graph.trig, the store, graph.html; ``--jobs 1 --no-cache``) of each
size in a fresh process and prints its CPU seconds and peak RSS, and the growth over the peak of
the same build of the bundled report.

Usage::

    PYTHONPATH=src python benchmarks/bench_long_text.py                     # 50k … 400k characters
    PYTHONPATH=src python benchmarks/bench_long_text.py --sizes 100000 1000000 --no-calls
    PYTHONPATH=src python benchmarks/bench_long_text.py --memory --no-calls --sizes 250000 500000 1000000 2000000
    PYTHONPATH=src python benchmarks/bench_long_text.py --memory --no-calls --shape corpus --mb 5 20 50
    PYTHONPATH=src python benchmarks/bench_long_text.py --build --shape corpus --mb 5 20 50
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kgreport.build import runner, stages  # noqa: E402
from kgreport.read import reader as read  # noqa: E402
from kgreport.segment import MAX_PART, MAX_SENTENCE  # noqa: E402

BUNDLED = ROOT / "data" / "reports" / "kaihua-2023.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "reports"


def make_text(n: int, shape: str) -> str:
    """A report head and ``n`` characters of one line of the given shape."""
    base = BUNDLED.read_text(encoding="utf-8")
    if shape == "flat":
        body = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z%.]", "", base)
    elif shape == "corpus":  # one long report: the corpus's reports (as read: a page's furniture would
        # cut the rest) in turn, then again with each paragraph ended by a marker naming the round
        # (reading drops a paragraph repeated word for word)
        reports = [read.read_document(p).text for p in sorted(CORPUS.glob("*.txt"))] or [base]
        rounds: list[str] = []
        size, k = 0, 0
        while size < n:
            for report in reports:
                part = report if k == 0 else report.replace("\n", f"第{k}轮。\n")
                rounds.append(part)
                size += len(part)
                if size >= n:
                    break
            k += 1
        body = "".join(rounds)
    elif shape == "report":  # the reference: report text with its punctuation, not repeated
        # (repeated sentences would hit the per-sentence caches): the shared corpus's reports, in turn
        body = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[: n // 10_000 + 2])
        body = body if len(body) >= n else base
    else:  # sentence ends turned into commas: clauses, but one sentence
        body = re.sub(r"[。！？；\n]", "，", base)
    return "某某县人民政府工作报告\n" + (body * (n // len(body) + 1))[:n] + "\n"


def run(text: str, count_calls: bool) -> tuple[float, int]:
    """CPU seconds of reading and extracting ``text``, and the function calls it made (0 if not counted)."""
    seconds, calls, _ = run_counted(text, count_calls)
    return seconds, calls


def run_counted(text: str, count_calls: bool) -> tuple[float, int, int]:
    """:func:`run`, and the characters of the text as read (cleaning drops some of a report's)."""
    data = text.encode("utf-8")
    t0 = time.process_time()
    doc = read.read_bytes(data, "line.txt")
    stages.extract(doc)
    seconds = time.process_time() - t0
    calls = 0
    if count_calls:
        prof = cProfile.Profile()
        prof.enable()
        stages.extract(read.read_bytes(data, "line.txt"))
        prof.disable()
        calls = pstats.Stats(prof).total_calls  # type: ignore[attr-defined]
    return seconds, calls, len(doc.text)


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _one(n: int, shape: str) -> None:
    """Child process: the peak RSS before and after reading and extracting ``n`` characters (JSON on stdout)."""
    stages.extract_text(runner._WARM_UP_TEXT)
    text = make_text(n, shape)
    before = _peak_mb()
    seconds, _ = run(text, False)
    print(json.dumps({"before": before, "after": _peak_mb(), "seconds": seconds}))


def _memory_row(n: int, shape: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", str(n), "--shape", shape]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _build_row(path: Path, out: Path) -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of ``kgreport build path --out out`` in a fresh process."""
    cmd = [sys.executable, "-m", "kgreport", "build", str(path), "--out", str(out), "--jobs", "1", "--no-cache", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux: ru_maxrss in KiB


def _build_table(sizes: list[int], shape: str) -> None:
    """A whole build of each size (and of the bundled report, the start-up peak), each in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="kgreport-long-") as tmp:
        _, base = _build_row(BUNDLED, Path(tmp) / "base")
        print(f"shape {shape}; whole build, --jobs 1 --no-cache, each in a fresh process; bundled report: peak {base:.0f} MB")
        print(f"{'chars':>10} {'CPU s':>8} {'chars/CPU s':>11} {'peak MB':>8} {'growth MB':>10} {'bytes/char':>10}")
        for n in sizes:
            path = Path(tmp) / f"long-{n}.txt"
            path.write_text(make_text(n, shape), encoding="utf-8")
            seconds, peak = _build_row(path, Path(tmp) / f"out-{n}")
            growth = peak - base
            print(f"{n:>10,} {seconds:>8.2f} {n / seconds:>11,.0f} {peak:>8.0f} {growth:>10.0f} {growth * 2**20 / n:>10.0f}", flush=True)
            path.unlink()


def main() -> None:
    """Print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000, 400_000])
    ap.add_argument("--mb", type=float, nargs="+", help="sizes in MB of UTF-8 (10**6 bytes, 3 per Chinese character) instead of --sizes")
    ap.add_argument("--shape", choices=["flat", "commas", "report", "corpus"], default="flat")
    ap.add_argument("--no-calls", action="store_true", help="do not count function calls (a second, slower run)")
    ap.add_argument("--memory", action="store_true", help="peak RSS of each size, in a fresh process")
    ap.add_argument("--build", action="store_true", help="a whole kgreport build of each size, in a fresh process: CPU s, peak RSS")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mb:
        args.sizes = [int(mb * 1_000_000) // 3 for mb in args.mb]
    if args.one:
        _one(args.one, args.shape)
        return
    if args.build:
        _build_table(args.sizes, args.shape)
        return
    if args.memory:
        print(f"shape {args.shape}, MAX_SENTENCE {MAX_SENTENCE}; each size in a fresh process")
        print(f"{'chars':>10} {'CPU s':>8} {'peak MB':>8} {'growth MB':>10} {'bytes/char':>10}")
        for n in args.sizes:
            r = _memory_row(n, args.shape)
            growth = r["after"] - r["before"]
            print(f"{n:>10,} {r['seconds']:>8.2f} {r['after']:>8.0f} {growth:>10.0f} {growth * 2**20 / n:>10.0f}", flush=True)
        return
    stages.extract_text(runner._WARM_UP_TEXT)  # dictionaries and rules loaded before timing
    # the same report's text with its punctuation, as long as the first size: chars/s of normal text
    # (the same repeated words, so the per-word caches help both alike)
    ref_seconds, _, ref_chars = run_counted(make_text(args.sizes[0], "report"), False)
    ref = ref_chars / ref_seconds
    print(f"shape {args.shape}, MAX_SENTENCE {MAX_SENTENCE}, MAX_PART {MAX_PART}; report text: {ref:,.0f} chars/CPU s")
    print(f"{'chars':>10} {'CPU s':>8} {'chars/s':>10} {'× report':>8} {'× prev':>7} {'calls':>12} {'× prev':>7}")
    prev: tuple[float, int] | None = None
    for n in args.sizes:
        seconds, calls = run(make_text(n, args.shape), not args.no_calls)
        ratio = f"{seconds / prev[0]:.2f}" if prev else ""
        cratio = f"{calls / prev[1]:.2f}" if prev and prev[1] else ""
        shown = f"{calls:,}" if calls else ""
        print(f"{n:>10,} {seconds:>8.2f} {n / seconds:>10,.0f} {n / seconds / ref:>8.2f} {ratio:>7} {shown:>12} {cratio:>7}", flush=True)
        prev = (seconds, calls)


if __name__ == "__main__":
    main()
