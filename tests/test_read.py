"""Reader: encodings, formats, cleaning, boilerplate and bad input."""

from __future__ import annotations

import codecs
import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgreport.read.clean import boilerplate_rules, clean_text
from kgreport.errors import (
    EmptyInputError,
    InputError,
    KgreportError,
    NotAReportError,
    TooLargeError,
)
from kgreport.read.reader import collect_inputs, read_bytes, read_document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "reports" / "kaihua-2023.txt"
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "reports"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")

# A traditional-character paragraph (from the 1954 national report) for the Big5 round trip.
TRADITIONAL = (
    "各位代表：\n"
    "我們第一屆全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，"
    "已經光榮地完成了一件歷史性的工作，通過了我們國家的根本法。現在，我代表中央人民政府作工作報告。\n"
    "我國偉大的人民革命的根本目的，是在於從帝國主義、封建主義和官僚資本主義的壓迫下面解放我國的生產力。\n"
)


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_doc():
    return read_document(SEED)


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "codec, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gbk", b""),
        ("gb18030", b""),
        ("utf-16", b""),  # Python writes the BOM
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_encoding_round_trip_gives_identical_text(seed_text, seed_doc, codec, prefix):
    data = prefix + seed_text.encode(codec)
    doc = read_bytes(data, "seed.txt")
    assert doc.text == seed_doc.text
    assert doc.sha256 == seed_doc.sha256
    assert doc.meta == seed_doc.meta


def test_crlf_and_gbk_with_crlf_give_identical_text(seed_text, seed_doc):
    data = seed_text.replace("\n", "\r\n").encode("gb18030")
    assert read_bytes(data, "seed.txt").text == seed_doc.text


def test_big5_traditional_round_trip_keeps_traditional_characters():
    utf8 = read_bytes(TRADITIONAL.encode("utf-8"), "t.txt")
    big5 = read_bytes(TRADITIONAL.encode("big5"), "t.txt")
    assert big5.text == utf8.text and big5.original == utf8.original
    # the original keeps its characters (shown as evidence); the rules read them simplified, same offsets
    assert "會議" in big5.original and "憲法" in big5.original
    assert "会议" in big5.text and "宪法" in big5.text and len(big5.text) == len(big5.original)
    assert big5.encoding in ("big5", "cp950", "big5hkscs")


def test_explicit_encoding_overrides_detection(seed_text, seed_doc):
    data = seed_text.encode("gbk")
    assert read_bytes(data, "s.txt", encoding="gbk").text == seed_doc.text
    with pytest.raises(InputError, match="cannot decode as utf-8"):
        read_bytes(data, "s.txt", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_bytes(data, "s.txt", encoding="no-such-codec")


# ---------------------------------------------------------------- formats


def _html_page(body_lines: list[str]) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body_lines)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告_门户网站</title>
<style>.nav {{ color: red; }} body {{ font-size: 14px }}</style>
<script>var menu = ["首页", "政务公开", "互动交流"]; document.write("广告");</script>
</head><body>
<nav class="site-nav"><ul><li><a href="/">首页</a></li><li>网上办事大厅</li><li>办事服务</li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政府工作报告</div>
<div id="zoom" class="article-content">
{paragraphs}
</div>
<aside class="sidebar"><h3>相关文章</h3><ul><li>某某市2024年政府工作报告</li><li>某某县2023年政府工作报告</li></ul></aside>
<footer id="footer">版权所有：某某市人民政府办公室 ICP备12345678号 网站标识码：1234567890</footer>
<!-- 统计代码 -->
</body></html>"""


def test_html_page_gives_same_text_as_plain_file(seed_text, seed_doc):
    import html

    lines = [html.escape(x.strip()) for x in seed_text.splitlines() if x.strip()]
    page = _html_page(lines)
    for codec in ("utf-8", "gb18030"):
        doc = read_bytes(page.encode(codec), "report.html")
        assert doc.text == seed_doc.text
        for junk in ("首页", "网上办事大厅", "办事服务", "ICP备", "相关文章", "某某市2024年", "font-size", "document.write", "统计代码"):
            assert junk not in doc.text
    # sniffed without an extension, too
    assert read_bytes(page.encode("utf-8"), "-").text == seed_doc.text


def test_html_without_content_container_uses_body(seed_text, seed_doc):
    import html

    lines = [html.escape(x.strip()) for x in seed_text.splitlines() if x.strip()]
    page = "<html><body><header>站点导航 首页 新闻</header>" + "".join(f"<div>{x}</div>" for x in lines)
    page += "<footer>主办单位 版权所有</footer></body></html>"
    assert read_bytes(page.encode("utf-8"), "x.htm").text == seed_doc.text


def test_docx_generated_in_test(tmp_path, seed_text, seed_doc):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in seed_text.splitlines():
        d.add_paragraph(line.strip())
    path = tmp_path / "report.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.text == seed_doc.text
    assert doc.encoding == "docx"
    assert doc.source == "report.docx"
    # sniffed from the bytes when the name does not say
    assert read_bytes(path.read_bytes(), "-").text == seed_doc.text


def _write_pdf(path: Path, paragraphs: list[str], page_numbers: bool = False) -> None:
    """A text PDF with a CID CJK font (reportlab's STSong-Light; pdfminer maps it back to Unicode)."""
    import html

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")

    def footer(canvas, doc):  # type: ignore[no-untyped-def]
        if page_numbers:
            canvas.setFont("STSong-Light", 9)
            canvas.drawString(280, 20, f"— {doc.page} —")

    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(html.escape(p), style) for p in paragraphs], onFirstPage=footer, onLaterPages=footer
    )


def test_pdf_generated_in_test(tmp_path):
    """PDF text comes back wrapped at the page width, with page numbers; cleaning rejoins it.

    Not byte-identical: a paragraph ending exactly at the right margin can merge
    with the next one, so the test asserts near-identity and the metadata.
    """
    pytest.importorskip("reportlab")
    pytest.importorskip("pdfminer")
    short = [
        "政府工作报告",
        "——2023年1月17日在某某县第十七届人民代表大会第一次会议上",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。"
        "过去一年，全县地区生产总值增长百分之六，新建高标准农田一万亩，建成乡村振兴示范带三条，"
        "引进省级以上科研平台两个，城乡居民收入稳步增长。",
    ]
    path = tmp_path / "report.pdf"
    _write_pdf(path, short)
    doc = read_document(path)
    assert doc.encoding == "pdf"
    assert doc.text == "\n".join(short)
    assert doc.meta.date == "2023-01-17"
    assert doc.meta.session == "第十七届人民代表大会第一次会议"


def test_pdf_of_bundled_report_is_nearly_identical(tmp_path, seed_doc):
    import difflib

    pytest.importorskip("reportlab")
    path = tmp_path / "seed.pdf"
    _write_pdf(path, seed_doc.text.split("\n"), page_numbers=True)
    doc = read_document(path)
    assert "— 1 —" not in doc.text
    assert difflib.SequenceMatcher(None, seed_doc.text, doc.text, autojunk=False).ratio() > 0.995
    assert doc.text.replace("\n", "") == seed_doc.text.replace("\n", "")
    assert doc.meta == seed_doc.meta


def test_stdin_dash(monkeypatch, seed_text, seed_doc):
    class FakeStdin:
        buffer = io.BytesIO(seed_text.encode("gbk"))

    monkeypatch.setattr("sys.stdin", FakeStdin())
    doc = read_document("-")
    assert doc.source == "-"
    assert doc.text == seed_doc.text

    class EmptyStdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr("sys.stdin", EmptyStdin())
    with pytest.raises(EmptyInputError, match="^standard input: file is empty$"):
        read_document("-")


# ---------------------------------------------------------------- cleaning


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("各位代表：\\r\\n现在，我代表县人民政府向大会作报告，请予审议。", "各位代表：\n现在，我代表县人民政府向大会作报告，请予审议。"),
        ("增长１２．５％，完成ＧＤＰ目标。", "增长12.5%，完成GDP目标。"),
        ("\u3000\u3000各位代表：\u3000现在", "各位代表：现在"),
        ("市长&nbsp;&nbsp;张三&amp;李四", "市长张三&李四"),
        ("<U+00A0>当前页<U+00A0>", "当前页"),
        ("政 府 工 作 报 告", "政府工作报告"),
        ("a\r\nb\r\n\r\n\r\n\r\nc", "a\nb\nc"),
        ("「一带一路」与《纲要》", "「一带一路」与《纲要》"),  # no NFKC
        ("完成任务。?完成11个村庄", "完成任务。完成11个村庄"),
        ("县长?? 杨某某", "县长杨某某"),
        ("以\\\"三个代表\\\"重要思想为指导", '以"三个代表"重要思想为指导'),
        ("已经完成了一件历史性的工作，通过了我们国家的根本法——\n中华人民共和国宪法\n，接着，又通过了几个法律。", "已经完成了一件历史性的工作，通过了我们国家的根本法——中华人民共和国宪法，接着，又通过了几个法律。"),
        ("从今年开始，我省将实施规划。省委六届八\n次全会\n通过的决定很重要。", "从今年开始，我省将实施规划。省委六届八次全会通过的决定很重要。"),
        ("一、2013年工作回顾\n刚刚过去的2013年，是开局之年。", "一、2013年工作回顾\n刚刚过去的2013年，是开局之年。"),
    ],
)
def test_clean_text_table(raw, expected):
    assert clean_text(raw) == expected


def test_seed_boilerplate_removed(seed_doc):
    for junk in ("导航菜单", "本文地址", "留言与评论", "验证码", "本文仅代表作者观点"):
        assert junk not in seed_doc.text
    assert "\n\n" not in seed_doc.text
    assert seed_doc.text == seed_doc.text.strip()


def test_every_rule_example_is_caught():
    """Each rule's example matches its pattern as cleaning sees it, and goes in context."""
    from kgreport.read.clean import RuleKind, normalize_chars, tidy_line

    paras = [f"现在，我代表县人民政府向大会报告第{i}项工作，请予审议，并请各位政协委员提出意见。" for i in range(6)]
    report = "\n".join(paras)
    for rule in boilerplate_rules():
        seen = tidy_line(normalize_chars(rule.example))
        assert rule.pattern.search(seen), rule.example
        assert not rule.needs or any(n in seen for n in rule.needs), rule.example
        if rule.kind is RuleKind.INLINE:
            out = clean_text(f"{paras[0]}\n{rule.example}\n{paras[1]}")
            assert not rule.pattern.search(out), rule.example
        elif rule.kind is RuleKind.LINE:
            assert clean_text("\n".join(paras[:1] + [rule.example] + paras[1:])) == report, rule.example
        elif rule.kind is RuleKind.BLOCK_START:
            out = clean_text("\n".join(paras + [rule.example, "某某县2024年政府工作报告", "某某市2023年政府工作报告"]))
            assert out == report, rule.example
        elif rule.kind is RuleKind.BLOCK_END:
            assert clean_text("\n".join(["首页", "站点导航", rule.example] + paras)) == report, rule.example
        elif rule.kind is RuleKind.TRAILING:
            assert clean_text("\n".join(paras + [rule.example])) == report, rule.example


def test_block_rules_do_not_fire_in_the_middle_of_the_report():
    body = [f"现在，我代表县人民政府向大会报告第{i}项工作，请予审议，并请各位政协委员提出意见。" for i in range(10)]
    # a header marker after 40% of the text does not cut the head
    assert clean_text("\n".join(body + ["正文：", "结束了。"])).startswith(body[0])
    # a sidebar marker before 30% of the text does not cut the tail, after it it does
    assert clean_text("\n".join(body[:2] + ["相关文章"] + body[2:])).count("\n") == 10
    assert clean_text("\n".join(body[:5] + ["相关文章"] + body[5:])).count("\n") == 4


def test_heavy_parsers_not_imported_for_text():
    import subprocess
    import sys

    code = (
        "import sys; from kgreport.read.reader import read_document; "
        f"read_document({str(SEED)!r}); "
        "print(','.join(m for m in ('lxml', 'docx', 'pdfminer') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert out.stdout.strip() == ""


# ---------------------------------------------------------------- corpus


def _corpus_sample(n: int) -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


# Lines that are page furniture in the corpus; none may survive cleaning.
_MARKERS = re.compile(
    r"^(本文地址|留言与评论|验证码|免责声明|责任编辑|（责任编辑|打印|下载|全屏|收藏|【字号|【字体|导航菜单|分享到|上一篇|下一篇|相关文章|"
    r"本栏最新|本栏推荐|阅读排行|标签云|相关报道|来源URL|发文单位|发文时间|正文：|当前位置|QQ空间|新浪微博|"
    r"Public domain|注：中文维基文库|本作品是中华人民共和国的|网站标识码|版权所有|扫一扫|<!--|-->|\d{2}-\d{2}$)"
)


@needs_corpus
def test_no_boilerplate_line_survives_in_corpus_sample():
    for path in _corpus_sample(60):
        doc = read_document(path)
        for line in doc.text.split("\n"):
            assert not _MARKERS.match(line), (path.name, line)
            assert "&nbsp;" not in line and "<U+00A0>" not in line and "\\r\\n" not in line, path.name
            assert not re.search(r"\.(jpe?g|png|gif)\b", line), (path.name, line)
            assert "\u3000" not in line and "\r" not in line


@needs_corpus
def test_sidebar_titles_removed_from_site_copies():
    """xlsx site copies end with lists of other reports' titles; none survive."""
    for path in sorted(CORPUS.glob("county-baoding-*.txt"))[:15]:
        doc = read_document(path)
        tail = doc.text.split("\n")[-3:]
        for line in tail:
            assert not re.fullmatch(r"\S{0,12}\d{4}年\S{0,12}政府工作报告", line), (path.name, line)


@needs_corpus
def test_repeated_page_copies_are_cut():
    path = CORPUS / "national-china-1989.txt"
    if not path.exists():
        pytest.skip("file not in corpus")
    doc = read_document(path)
    assert doc.text.count("一、一心一意进行治理整顿") == 1


# ---------------------------------------------------------------- bad input


def test_empty_file(tmp_path):
    for content in (b"", b"   \n\r\n  ", codecs.BOM_UTF8):
        p = tmp_path / "empty.txt"
        p.write_bytes(content)
        with pytest.raises(EmptyInputError, match="empty.txt: file is empty"):
            read_document(p)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"\xff\xd8\xff\xe0" + os.urandom(1000), "JPEG"),
        (b"PK\x03\x04" + b"\x00" * 100, "zip"),
        (bytes(range(32)) * 50, "binary"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 500, "executable"),
    ],
)
def test_binary_input(tmp_path, data, what):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(NotAReportError) as exc:
        read_document(p)
    assert "x.txt" in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.parametrize(
    "text",
    [
        "This is an English shopping list: milk, eggs, bread. " * 20,
        "def main():\n    print('hello')\n" * 30,
        "你好",
        "1234567890 " * 100 + "报告",
    ],
)
def test_not_a_report(text):
    with pytest.raises(NotAReportError, match="not a Chinese government work report"):
        read_bytes(text.encode("utf-8"), "note.txt")


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(51 * 2**20)  # sparse: no real disk use

    def boom(self):  # the size check must come first
        raise AssertionError("file was read")

    monkeypatch.setattr(Path, "read_bytes", boom)
    with pytest.raises(TooLargeError, match="big.txt: file is 51.0 MB, over the 50.0 MB limit"):
        read_document(p)


def test_max_bytes_parameter(tmp_path, seed_text):
    p = tmp_path / "r.txt"
    p.write_text(seed_text, encoding="utf-8")
    with pytest.raises(TooLargeError):
        read_document(p, max_bytes=100)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file or folder"):
        collect_inputs([tmp_path / "nope"])


def test_devices_and_folders_are_refused(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        read_document("/dev/zero")  # would never end if read
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


def test_exit_codes_are_distinct():
    codes = {c.exit_code for c in (InputError, EmptyInputError, NotAReportError, TooLargeError)}
    assert len(codes) == 4


def test_collect_inputs(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.html").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "c.PDF").write_bytes(b"%PDF-")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"x")
    single = tmp_path / "notes.csv"
    got = collect_inputs([tmp_path, single, "-"])
    assert got == [tmp_path / "a.html", tmp_path / "b" / "c.PDF", tmp_path / "b" / "z.txt", single, "-"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.png").write_bytes(b"x")
    with pytest.raises(EmptyInputError, match="folder holds no report files"):
        collect_inputs([empty])


@pytest.mark.parametrize("data", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"{\\rtf1\\ansi\\ansicpg936 \\'d5\\'fe\\'b8\\'ae}"])
def test_unsupported_formats_say_how_to_fix(data):
    with pytest.raises(NotAReportError, match=r"report.doc: unsupported format .*save it as \.docx"):
        read_bytes(data, "report.doc")


def test_broken_docx_and_pdf():
    with pytest.raises(NotAReportError):
        read_bytes(b"PK\x03\x04garbage" * 10, "r.docx")
    with pytest.raises(NotAReportError):
        read_bytes(b"%PDF-1.4\n garbage " * 10, "r.pdf")


# ---------------------------------------------------------------- invariants


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.html", "x.docx", "x.pdf", "-", "x"]))
def test_random_bytes_only_raise_kgreport_errors(data, name):
    try:
        doc = read_bytes(data, name)
    except KgreportError as exc:
        assert "\n" not in str(exc)
    else:
        assert doc.text and "\n\n" not in doc.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_text_never_crashes(text):
    out = clean_text(text)
    assert "\n\n" not in out
    assert out == out.strip()
    try:
        read_bytes(text.encode("utf-8", "surrogatepass"), "t.txt")
    except KgreportError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=40, max_size=400))
def test_plain_chinese_survives_cleaning(text):
    assert clean_text(text) == text


@needs_corpus
@pytest.mark.parametrize("size", [200, 2000, 20000])
def test_gbk_and_utf16_corpus_samples_decode_identically(size):
    """Short and long GBK/UTF-16 copies of corpus reports detect back to the same text."""
    for path in _corpus_sample(25):
        text = path.read_text(encoding="utf-8")[:size]
        want = read_bytes(text.encode("utf-8"), path.name) if _is_report(text) else None
        for codec in ("gb18030", "utf-16"):
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            if want is None:
                with pytest.raises(KgreportError):
                    read_bytes(data, path.name)
            else:
                assert read_bytes(data, path.name).text == want.text, (path.name, codec)


def _is_report(text: str) -> bool:
    try:
        read_bytes(text.encode("utf-8"), "probe.txt")
    except KgreportError:
        return False
    return True


def test_html_declared_charset_is_used(seed_text, seed_doc):
    """A short GBK page declaring charset=gb2312 decodes by its declaration."""
    import html

    lines = [html.escape(x.strip()) for x in seed_text.splitlines() if x.strip()]
    page = _html_page(lines).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    doc = read_bytes(page.encode("gb18030"), "page.htm")
    assert doc.encoding == "gb18030"
    assert doc.text == seed_doc.text


def test_utf8_with_a_few_broken_bytes_stays_utf8(seed_text, seed_doc):
    data = seed_text.encode("utf-8")
    cut = data[: len(data) // 2] + b"\xe5\xbc" + data[len(data) // 2 :]  # a stray half character
    doc = read_bytes(cut, "r.txt")
    assert doc.encoding == "utf-8"
    assert "开化县人民政府" in doc.text
    cut_last = (seed_text + "各项工作").encode("utf-8")[:-1]  # cut inside the last character
    with pytest.raises(UnicodeDecodeError):
        cut_last.decode("utf-8")
    assert read_bytes(cut_last, "r.txt").encoding == "utf-8"


_PIECES = st.sampled_from(
    ["各位代表：", "现在，我代表县人民政府向大会报告工作", "。", "，", "\n", "\n\n", "相关文章", "正文：", "责任编辑",
     "：某某", "一、", "2023年", " ", "\u3000", "?", "政 府", "——", "【", "】", "分享到：", "……", "&nbsp;", "\\r\\n", "１２"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=60).map("".join)))
def test_cleaning_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@needs_corpus
def test_cleaning_corpus_is_idempotent():
    for path in _corpus_sample(40):
        once = clean_text(path.read_text(encoding="utf-8"))
        assert clean_text(once) == once, path.name


def test_read_many_skips_bad_files_or_stops_when_strict(tmp_path, seed_text):
    from kgreport.read.reader import read_many

    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "d.txt").write_text(seed_text, encoding="gbk")  # same report again
    inputs = collect_inputs([tmp_path])
    docs, errors = read_many(inputs)
    assert [d.source for d in docs] == ["a.txt"]
    assert [type(e) for e in errors] == [EmptyInputError, NotAReportError, InputError]
    assert "b.txt" in str(errors[0]) and "same text as" in str(errors[2])
    with pytest.raises(EmptyInputError):
        read_many(inputs, strict=True)


def test_html_table_cells_stay_apart():
    page = (
        "<html><body><div class='content'><p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>"
        "<table><tr><th>项目名称</th><th>牵头单位</th></tr><tr><td>城乡供水一体化工程</td><td>县水利局</td></tr></table>"
        "</div></body></html>"
    )
    lines = read_bytes(page.encode("utf-8"), "t.html").text.split("\n")
    assert lines[1:] == ["项目名称 | 牵头单位", "城乡供水一体化工程 | 县水利局"]


def test_html_fragment_saved_as_txt_is_parsed(seed_text, seed_doc):
    import html

    body = "".join(f"<p>{html.escape(x.strip())}</p>" for x in seed_text.splitlines() if x.strip())
    fragment = f'<div class="article">{body}<script>var x = "统计代码";</script></div>'
    doc = read_bytes(fragment.encode("utf-8"), "copied.txt")
    assert doc.text == seed_doc.text


def test_docx_line_breaks_tabs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("政府工作报告")
    p = d.add_paragraph("各位代表：")
    p.add_run().add_break()  # a soft line break inside one paragraph
    p.add_run("现在，我代表县人民政府向大会报告工作，请予审议。")
    q = d.add_paragraph("一、")
    q.add_run().add_tab()
    q.add_run("过去一年工作回顾")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "牵头单位"
    table.cell(1, 0).text, table.cell(1, 1).text = "城乡供水一体化工程", "县水利局"
    d.add_paragraph("全年新增城镇就业三千人，城乡居民收入稳步增长，各项社会事业全面进步。")
    path = tmp_path / "r.docx"
    d.save(str(path))
    lines = read_document(path).text.split("\n")
    assert lines[:4] == ["政府工作报告", "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。", "一、过去一年工作回顾"]
    assert "项目名称 | 牵头单位" in lines and "城乡供水一体化工程 | 县水利局" in lines
