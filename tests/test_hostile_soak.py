"""Soak tests of issue 13: 200 hostile files through ``build`` under a memory cap, 1,000 queries on ``serve``.

Both run real processes (``python -m kgreport``) and only loopback traffic. They are bounded by a
subprocess time-out as a guard against a hang, never by a clock measurement.
"""

from __future__ import annotations

import io
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest
import zhconv
from rdflib import Dataset, Namespace

from kgreport.graph.store import write_store

from conftest import QUERY_SAMPLE
from test_serve_limits import ORG_LABELS, ORGS, RUNAWAY_COUNT, RUNAWAY_SORT, fetch, labels, spawn_serve

KGR = Namespace("https://w3id.org/kgreport/ontology#")
MEMORY_CAP = 3 * 2**30  # bytes of address space for the build and each of its workers
HOSTILE = 200

# Three invented reports; each must be in the graph whatever lies beside them.
GOOD = {
    f"good-{i}.txt": (
        f"{county}人民政府工作报告\n"
        f"——{2020 + i}年1月{10 + i}日在{county}第十七届人民代表大会第{i}次会议上\n"
        "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。\n"
        "一、过去一年工作回顾\n"
        f"过去一年，全县地区生产总值增长{4 + i}.5%，新建高标准农田一万亩，县人民医院新院区建成投用。\n"
        "深入实施乡村振兴战略，建成乡村振兴示范带三条，新增城镇就业三千五百人。\n"
        "二、今年工作安排\n"
        "加快建设县第一中学新校区，推进城乡供水一体化工程，确保粮食播种面积稳定。\n"
    )
    for i, county in enumerate(("安吉县", "婺源县", "开化县"), start=1)
}


def _docx(text: str) -> bytes:
    """A real .docx of ``text`` (python-docx), one paragraph per line."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _zip_bomb(member_mb: int) -> bytes:
    """A .docx whose document.xml unpacks to ``member_mb`` MB of one repeated byte (packed ~1,000 times smaller)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w") as member:
            block = b"<" * 2**20
            for _ in range(member_mb):
                member.write(block)
    return buf.getvalue()


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)


def _hostile_files(folder: Path, rng: random.Random) -> list[Path]:
    """Write the hostile inputs into ``folder``; returns the ones a build must account for (built or skipped)."""
    good = GOOD["good-1.txt"]
    files: dict[str, bytes] = {}
    docx = _docx(good)
    files.update({
        "empty.txt": b"",
        "spaces.txt": b" \t \n" * 100,
        "bom-only.txt": b"\xef\xbb\xbf",
        "nul-only.txt": b"\0" * 100_000,
        "nul-inside.txt": good.encode("utf-8").replace("，".encode(), b"\0"),
        "utf16-le-no-bom.txt": good.encode("utf-16-le"),
        "utf16-odd-length.txt": good.encode("utf-16-le")[:-1],
        "utf16-bom.txt": good.encode("utf-16"),
        "utf32.txt": good.encode("utf-32"),
        "gb18030.txt": good.encode("gb18030"),
        "mixed-gbk-utf8.txt": good[: len(good) // 2].encode("gbk") + good[len(good) // 2 :].encode("utf-8"),
        "doc-ole.doc.txt": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(4000)),
        "rtf.txt": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\u25919?\\u24220? report}",
        "code.md": b"def main():\n    return 42\n" * 200,
        "english.txt": b"It was the best of times, it was the worst of times. " * 500,
        "zero-width.txt": ("\u200b\u200d\ufeff\u202e" * 2000 + good).encode("utf-8"),
        "combining.txt": ("政" + "\u0301" * 5000 + good).encode("utf-8"),
        "controls.txt": bytes(range(1, 32)) * 300 + good.encode("utf-8"),
        "punctuation-only.txt": ("，。、；：" * 5000).encode("utf-8"),
        "numbers-only.txt": ("１２３４５６７８９０%" * 3000).encode("utf-8"),
        "huge-line.txt": (good.splitlines()[0] + "\n" + re.sub(r"[^\u4e00-\u9fff]", "", good) * 1500 + "\n").encode("utf-8"),
        "traditional-utf8.txt": zhconv.convert(good, "zh-hant").encode("utf-8"),
        "traditional-big5.txt": zhconv.convert(good, "zh-hant").encode("big5", errors="ignore"),
        "random-cjk.txt": "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(30_000)).encode("utf-8"),
        "script.html": (
            "<html><head><script>alert(1)</script><style>p{}</style></head><body onload=alert(2)>"
            f"<img src=x onerror=alert(3)><iframe src=javascript:alert(4)></iframe><p>{good}</p>"
            "<script>document.write('<p>注入</p>')</script></body></html>"
        ).encode(),
        "nested.html": b"<div>" * 50_000 + good.encode("utf-8") + b"</div>" * 50_000,
        "charset-lie.html": b'<meta charset="utf-16"><p>' + good.encode("utf-8") + b"</p>",
        "entities.html": b"<p>" + b"&#x0;&#xD800;&#1114112;&amp;&lt;" * 5000 + good.encode("utf-8") + b"</p>",
        "unclosed.html": b"<html><body><p" + b"<" * 100_000,
        "doctype-entity.html": b'<!DOCTYPE html [<!ENTITY a "' + b"x" * 1000 + b'">]><p>&a;&a;&a;</p>' + good.encode("utf-8"),
        "pdf-header-only.pdf": b"%PDF-1.4\n",
        "pdf-garbage.pdf": b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(50_000)),
        "pdf-loop.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R /Kids [1 0 R] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        "docx-good.docx": docx,
        "docx-no-document.docx": _zip({"[Content_Types].xml": b"<Types/>"}),
        "docx-garbage-member.docx": _zip({"word/document.xml": bytes(rng.randrange(256) for _ in range(20_000))}),
        "docx-laughs.docx": _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": _LAUGHS}),
        "docx-paragraphs.docx": _zip({"word/document.xml": b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + b"<w:p/>" * 250_000 + b"</w:body></w:document>"}),
        "docx-bomb.docx": _zip_bomb(300),
        "text-named.docx": good.encode("utf-8"),
        "html-named.pdf": b"<html><body><p>" + good.encode("utf-8") + b"</p></body></html>",
        "with space and 'quote\".txt": good.replace("安吉县", "德清县").encode("utf-8"),
        "line\nbreak.txt": good.replace("安吉县", "长兴县").encode("utf-8"),
        "-dash.txt": good.replace("安吉县", "桐庐县").encode("utf-8"),
        "\u202eright-to-left.txt": good.replace("安吉县", "淳安县").encode("utf-8"),
        ("很长的名字" * 16) + ".txt": good.replace("安吉县", "建德县").encode("utf-8"),
    })
    for cut in sorted(rng.sample(range(1, len(docx)), 12)):
        files[f"docx-cut-{cut}.docx"] = docx[:cut]
    data = good.encode("utf-8")
    for i in range(25):  # cut mid-character and flipped bytes: most still build, some with a warning
        flipped = bytearray(data[: rng.randrange(len(data) // 3, len(data))])
        for _ in range(rng.randrange(1, 12)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        files[f"mutated-{i:02}.txt"] = bytes(flipped)
    extensions = (".txt", ".html", ".docx", ".pdf", ".md", ".htm")
    i = 0
    while len(files) < HOSTILE - 4:  # the rest: seeded random bytes of every kind and size
        size = rng.choice((1, 2, 3, 17, 512, 4096, 65_536, 300_000))
        files[f"random-{i:03}{extensions[i % len(extensions)]}"] = rng.randbytes(size)
        i += 1
    for name, content in files.items():
        (folder / name).write_bytes(content)
    big = folder / "over-the-limit.txt"  # sparse: 50 MB + 1 byte of nothing on disk
    with open(big, "wb") as fh:
        fh.truncate(50 * 2**20 + 1)
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    accounted = [folder / n for n in files] + [big, folder / "loop.txt", folder / "dangling.txt", folder / "zero.txt"]
    assert len(accounted) == HOSTILE
    # A folder link back up (not followed: no endless walk), which holds nothing to account for.
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "up")
    return accounted


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.slow
def test_200_hostile_files_beside_3_good_reports_under_a_memory_cap(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    hostile = _hostile_files(folder, random.Random(13))
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kgreport", "build", str(folder), "--out", str(out), "--jobs", "2"],
        capture_output=True, text=True, preexec_fn=_cap_memory, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for sign in ("Traceback", "this is a bug", "worker process died", "MemoryError"):
        assert sign not in proc.stderr, proc.stderr[-3000:]
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    built = {str(o) for _, _, o, _ in dataset.quads((None, KGR.sourceFile, None, None))}
    assert set(GOOD) <= built
    skipped = proc.stderr
    # Every hostile input is either a report in the graph or named on a skipped line.
    unaccounted = [p.name for p in hostile if p.name not in built and f"skipped {p}" not in skipped]
    assert unaccounted == []
    summary = re.search(r"Reports read: (\d+) \(skipped (\d+)\)", proc.stdout)
    assert summary, proc.stdout
    assert int(summary.group(1)) == len(built) and int(summary.group(1)) + int(summary.group(2)) == HOSTILE + len(GOOD)
    assert not (out / "errors.log").exists() or "kgreport failed" not in (out / "errors.log").read_text("utf-8")


# ------------------------------------------------------------------ serve

CLIENTS = 20
REQUESTS = 50  # per client: 1,000 in all
NORMAL = [
    (ORGS, lambda body: labels(body) == ORG_LABELS),
    (
        "SELECT (COUNT(DISTINCT ?o) AS ?l) WHERE { ?o a kgr:Organization }",
        lambda body: labels(body) == [str(len(ORG_LABELS))],
    ),
]
RUNAWAY = [RUNAWAY_COUNT, RUNAWAY_SORT]


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    shutil.copy(QUERY_SAMPLE, out / "graph.ttl")
    write_store(out / "graph.ttl", out / "store")
    return out


@pytest.mark.slow
def test_1000_requests_from_20_clients_with_runaway_queries_among_them(small_build: Path) -> None:
    proc, base, _ = spawn_serve(
        small_build, "--host", "127.0.0.1", "--timeout", "2", "--max-memory", "1024", "--workers", "4",
        "--max-concurrent", "64",
    )
    wrong: list[str] = []
    runaway_statuses: list[int] = []
    busy = 0
    lock = threading.Lock()

    def client(c: int) -> None:
        nonlocal busy
        rng = random.Random(c)
        for r in range(REQUESTS):
            if (c * REQUESTS + r) % 20 == 7:  # 5 % runaway, spread over every client
                status, _, body = fetch(f"{base}/sparql?query={quote(rng.choice(RUNAWAY))}")
                with lock:
                    runaway_statuses.append(status)
                continue
            query, right = NORMAL[rng.randrange(len(NORMAL))]
            for _ in range(100):
                status, headers, body = fetch(f"{base}/sparql", data=f"query={quote(query)}".encode(),
                                              headers={"Content-Type": "application/x-www-form-urlencoded"})
                if status == 503 and headers.get("Retry-After"):
                    # Every worker held by a runaway query: the client is told when to come back.
                    with lock:
                        busy += 1
                    time.sleep(rng.uniform(0.1, 0.5))
                    continue
                break
            if status != 200 or not right(body):
                with lock:
                    wrong.append(f"client {c} request {r}: {status} {body[:200]}")

    try:
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            list(pool.map(client, range(CLIENTS)))
        assert wrong == []
        assert len(runaway_statuses) == CLIENTS * REQUESTS // 20
        assert set(runaway_statuses) <= {503, 504} and 504 in runaway_statuses
        status, _, body = fetch(f"{base}/sparql?query={quote(ORGS)}")
        assert status == 200 and labels(body) == ORG_LABELS  # still answering at the end
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait()
    print(f"{busy} busy answers (503 with Retry-After) to normal queries, each tried again")
