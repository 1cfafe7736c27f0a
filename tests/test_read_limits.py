"""Decompression bombs and oversized containers are refused before they are parsed (issue 13, item 5).

A 5 MB .docx held 1.2 GB of paragraphs and was killed by the OS at 6 GB. The bombs here are
built in tmp from zeros streamed into the zip (never held in memory); the paragraph, character,
page and markup limits are lowered for the test so that small files reach them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgreport.read import reader as read
from kgreport.cli import cli
from kgreport.errors import TooLargeError
from kgreport.read.reader import read_bytes, read_document

docx = pytest.importorskip("docx")

TEXT = [
    "某某县人民政府工作报告",
    "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。",
    "过去一年，全县地区生产总值增长百分之六，新建高标准农田一万亩，建成乡村振兴示范带三条。",
]


def _docx(path: Path, paragraphs: list[str] = TEXT) -> Path:
    d = docx.Document()
    for line in paragraphs:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _add_zeros(path: Path, name: str, size: int) -> None:
    """Append a member of ``size`` zero bytes, written 1 MB at a time."""
    chunk = bytes(2**20)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w", force_zip64=True) as out:
        for _ in range(size // len(chunk)):
            out.write(chunk)


def test_a_good_docx_is_read(tmp_path: Path) -> None:
    doc = read_document(_docx(tmp_path / "good.docx"))
    assert doc.text.splitlines()[0] == TEXT[0]


@pytest.mark.parametrize(
    ("name", "member", "size", "message"),
    [
        # declared unpacked total past MAX_UNPACKED_BYTES (file ~250 KB)
        ("huge member", "word/media/image1.bin", 256 * 2**20, "unpacks to 256."),
        # small enough in total, but 1000:1 packed
        ("high ratio", "word/media/image1.bin", 8 * 2**20, "times its size, over the 100:1 limit"),
    ],
)
def test_docx_bomb_is_refused_before_parsing(tmp_path: Path, name: str, member: str, size: int, message: str) -> None:
    path = _docx(tmp_path / "bomb.docx")
    _add_zeros(path, member, size)
    assert path.stat().st_size < 2**20, name  # a small file
    with pytest.raises(TooLargeError, match=message) as err:
        read_document(path)
    assert err.value.exit_code == 5
    assert str(err.value).startswith(str(path))


def test_docx_paragraph_and_character_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _docx(tmp_path / "many.docx", TEXT + ["项目建设稳步推进。"] * 60)
    read_document(path)  # under the real limits
    monkeypatch.setattr(read, "MAX_PARAGRAPHS", 50)
    with pytest.raises(TooLargeError, match="over 50 paragraphs"):
        read_document(path)
    monkeypatch.setattr(read, "MAX_PARAGRAPHS", 10_000)
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 300)
    with pytest.raises(TooLargeError, match="over 300 characters"):
        read_document(path)


def test_html_markup_and_text_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("<html><body>" + "".join(f"<p>{x}</p>" for x in TEXT * 5) + "</body></html>").encode("utf-8")
    assert read_bytes(page, "r.html").text
    monkeypatch.setattr(read, "MAX_HTML_CHARS", len(page.decode("utf-8")) // 2)
    with pytest.raises(TooLargeError, match="characters of markup, over the"):
        read_bytes(page, "r.html")
    monkeypatch.setattr(read, "MAX_HTML_CHARS", 10**9)
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 100)
    with pytest.raises(TooLargeError, match="over the 100 limit"):
        read_bytes(page, "r.html")
    with pytest.raises(TooLargeError, match="over the 100 limit"):  # plain text too
        read_bytes("\n".join(TEXT * 5).encode("utf-8"), "r.txt")


def test_pdf_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path))
    for line in TEXT:  # one paragraph per page
        c.setFont("STSong-Light", 11)
        c.drawString(40, 800, line)
        c.showPage()
    c.save()
    assert read_document(path).encoding == "pdf"
    monkeypatch.setattr(read, "MAX_PDF_PAGES", 2)
    with pytest.raises(TooLargeError, match="over 2 pages"):
        read_document(path)


def _pdf_with_stream(payload: bytes) -> bytes:
    """A one-page PDF whose page content is ``payload`` (already Flate-compressed)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_stream_bomb_is_refused_before_pdfminer_inflates_it(tmp_path: Path) -> None:
    import zlib

    packer = zlib.compressobj(9)
    chunk = b" " * 2**20
    payload = b"".join(packer.compress(chunk) for _ in range(300)) + packer.flush()  # 300 MB of spaces in ~300 KB
    assert len(payload) < 2**20
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_stream(payload))
    with pytest.raises(TooLargeError, match="PDF streams unpack to over"):
        read_document(path)


def test_pdf_streams_under_the_limit_are_not_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import zlib

    small = _pdf_with_stream(zlib.compress(b"BT ET " * 1000))
    read._check_pdf_streams(small, "small.pdf")  # 6 KB inflated: no error
    monkeypatch.setattr(read, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(TooLargeError):
        read._check_pdf_streams(small, "small.pdf")
    read._check_pdf_streams(_pdf_with_stream(b"not zlib data at all"), "raw.pdf")  # other filters count nothing


def test_build_skips_the_bomb_and_builds_the_good_report(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    _docx(reports / "a-good.docx", TEXT * 3)
    bomb = _docx(reports / "b-bomb.docx")
    _add_zeros(bomb, "word/media/image1.bin", 256 * 2**20)
    result = CliRunner().invoke(cli, ["build", str(reports), "--out", str(tmp_path / "out"), "--no-store", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "Reports read: 1 (skipped 1)" in result.output
    assert "b-bomb.docx: .docx unpacks to 256.8 MB, over the 200.0 MB limit (a decompression bomb?)" in result.stderr
