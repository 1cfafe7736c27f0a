"""First pipeline stage: any report file a user has -> a cleaned ``Document``.

Reads plain text in any common Chinese encoding, saved web pages, ``.docx``
and text-based ``.pdf`` files and standard input (``-``). Bad input raises a
``KgreportError`` subclass whose message names the file and the problem.
Heavy parsers (lxml, python-docx, pdfminer) are imported only when a file
needs them.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import sys
import zipfile
import zlib
from enum import Enum
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgreport import traditional
from kgreport.read.clean import clean_text, normalize_chars
from kgreport.errors import EmptyInputError, InputError, KgreportError, NotAReportError, TooLargeError
from kgreport.read.metadata import extract_meta
from kgreport.models import Document

if TYPE_CHECKING:  # lxml is imported lazily at run time (a heavy parser)
    from lxml import etree

# Between the cells of one table row: spaces between Chinese words are removed by cleaning,
# so cells would run together ("城乡供水工程县水利局") without a visible mark.
TABLE_CELL_SEPARATOR = " | "
SUPPORTED_EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf")
STDIN = "-"
DEFAULT_MAX_BYTES = 50 * 2**20
# Limits that keep a small file from unpacking into gigabytes (a .docx of 5 MB held 1.2 GB of
# paragraphs); a real report has 10,000-200,000 characters, a few hundred paragraphs, 20-80 pages.
# Most characters a report may have once decoded or unpacked (any kind of file).
MAX_TEXT_CHARS = 20_000_000
# Most bytes the members of a .docx may declare in all, unpacked.
MAX_UNPACKED_BYTES = 200 * 2**20
# Highest unpacked/packed ratio of one .docx member over 1 MB unpacked (text XML packs ~5-20 to 1).
MAX_ZIP_RATIO = 100
# Most paragraphs (w:p) of a .docx, counted while streaming document.xml before python-docx parses it.
MAX_PARAGRAPHS = 200_000
# Most characters of a web page's markup once decoded, checked before lxml parses it.
MAX_HTML_CHARS = 50_000_000
# Most pages of a PDF read.
MAX_PDF_PAGES = 2_000



class InputKind(str, Enum):
    """The formats the reader understands; ``read_bytes`` also accepts the plain strings."""

    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


KINDS = tuple(k.value for k in InputKind)
_KIND_BY_EXT = {
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".md": InputKind.TEXT,
    ".html": InputKind.HTML,
    ".htm": InputKind.HTML,
    ".xhtml": InputKind.HTML,
    ".docx": InputKind.DOCX,
    ".pdf": InputKind.PDF,
}

# A report must hold at least this many Chinese characters after cleaning ...
MIN_CJK_CHARS = 30
# ... and they must be at least this share of its non-space characters.
MIN_CJK_SHARE = 0.25
# A UTF-8 file with at most this many broken sequences (or one per thousand bytes) is read as UTF-8.
MAX_BAD_UTF8_BYTES = 4
# Bytes holding NULs are UTF-16 without a BOM when this share of their decoded characters is ordinary report text.
MIN_UTF16_TEXT_SHARE = 0.9
# Decoded text with more than this share of control characters is binary data.
MAX_CONTROL_SHARE = 0.01

# Magic numbers of common binary formats that are not reports, e.g. b"\x89PNG".
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip data"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
)
# Document formats that are not read; the user can re-save them, e.g. b"{\\rtf1".
_UNSUPPORTED_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office format (.doc/.xls/.wps)"),
    (b"{\\rtf", "RTF"),
)
# An HTML document or fragment start, e.g. "<!DOCTYPE html>", "<html lang=zh>", "<div class=…>".
_HTML_SNIFF = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|(html|head|body|meta|div|p|table|section|article|h[1-6])[\s>/])",
    re.I | re.S,
)
# A CJK ideograph (basic block, extension A, compatibility).
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Private-use and replacement characters, the mark of a wrong decoding, e.g. "\ue5e5", "\ufffd".
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
# A character that is ordinary in a Chinese report: whitespace, ASCII, Latin-1, general
# punctuation, number forms, circled numbers, shapes, CJK punctuation and ideographs,
# fullwidth forms, e.g. every character of "一、地区生产总值增长5.2%（①■Ⅱ）".
_REPORT_CHAR = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2150-\u218f\u2460-\u24ff\u25a0-\u25ff"
    r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
# A control character that never appears in text files (tab, LF, FF, CR excluded).
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Encodings charset-normalizer may choose between once strict UTF-8 failed.
_CANDIDATE_ENCODINGS = ["gb18030", "big5", "utf_16_le", "utf_16_be", "big5hkscs", "cp950", "utf_8"]


def collect_inputs(paths: Sequence[str | Path]) -> list[Path | str]:
    """Expand the paths a user gave into the report files to read.

    Folders are searched recursively for files with a supported extension,
    in sorted order; files are kept as given (whatever their extension); ``-``
    stands for standard input and is kept as the string ``"-"``.

    Raises InputError for a missing path, EmptyInputError for a folder that
    holds no report file.
    """
    out: list[Path | str] = []
    for raw in paths:
        if str(raw) == STDIN:
            out.append(STDIN)
            continue
        p = Path(raw)
        if p.is_dir():
            unreadable: list[OSError] = []
            found = sorted(
                Path(root) / name
                for root, _, names in os.walk(p, onerror=unreadable.append)
                for name in names
                if Path(name).suffix.lower() in SUPPORTED_EXTENSIONS and not name.startswith(".")
                # a broken or looping link is kept too: reading it says why (never skipped silently)
                and ((Path(root) / name).is_file() or (Path(root) / name).is_symlink())
            )
            if unreadable and Path(unreadable[0].filename or "") == p and not found:
                exc = unreadable[0]
                raise InputError(f"cannot list folder ({exc.strerror or exc})", path=str(p)) from None
            # a subfolder that cannot be listed is kept as an input: reading it says why (never skipped silently)
            found.extend(Path(e.filename) for e in unreadable if e.filename)
            found.sort()
            if not found:
                raise EmptyInputError(
                    f"folder holds no report files ({' '.join(SUPPORTED_EXTENSIONS)})", path=str(p)
                )
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    return out


def read_document(
    path: Path | str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one report file (or ``-`` for standard input) into a cleaned Document.

    The size is checked before the file is read. ``encoding`` overrides
    detection for text and HTML files.
    """
    if str(path) == STDIN:
        data = _read_stdin(max_bytes)
        return read_bytes(data, STDIN, encoding=encoding)
    p = Path(path)
    name = str(p)
    try:
        if p.is_dir():
            try:
                os.scandir(p).close()
            except OSError as exc:  # a subfolder collect_inputs could not list
                raise InputError(f"cannot list folder ({exc.strerror or exc}); its reports are not read", path=name) from None
            raise InputError("is a folder, not a file", path=name)
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):  # a device or pipe has no size and may never end
            raise InputError("not a regular file", path=name)
        size = st.st_size
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", path=name) from None
    if size > max_bytes:
        raise TooLargeError(
            f"file is {_mb(size)}, over the {_mb(max_bytes)} limit", path=name
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", path=name) from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise TooLargeError(f"file is over the {_mb(max_bytes)} limit", path=name)
    return read_bytes(data, p.name, kind=_KIND_BY_EXT.get(p.suffix.lower()), encoding=encoding, _label=name)


def read_many(
    inputs: Sequence[Path | str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
) -> tuple[list[Document], list[KgreportError]]:
    """Read every input of ``collect_inputs``; bad files are collected, not fatal.

    Returns ``(documents, errors)``. With ``strict`` the first bad file raises.
    Two inputs with the same cleaned text (same sha256) are read once; the
    second is reported as an ``InputError`` naming the first.
    """
    docs: list[Document] = []
    errors: list[KgreportError] = []
    seen: dict[str, str] = {}
    for item in inputs:
        try:
            doc = read_document(item, encoding=encoding, max_bytes=max_bytes)
            if doc.sha256 in seen:
                raise InputError(f"same text as {seen[doc.sha256]}; read once", path=str(item))
        except KgreportError as exc:
            if strict:
                raise
            errors.append(exc)
            continue
        seen[doc.sha256] = str(item)
        docs.append(doc)
    return docs, errors


def read_bytes(
    data: bytes,
    source: str,
    *,
    kind: str | None = None,
    encoding: str | None = None,
    _label: str | None = None,
) -> Document:
    """Turn the bytes of one report into a cleaned Document.

    ``kind`` is one of text/html/docx/pdf; when None it comes from the
    extension of ``source`` or is sniffed from the bytes. ``source`` is
    stored as given (a file name, or ``-``).
    """
    label = _label or ("standard input" if source == STDIN else source)
    if kind is None:
        kind = _KIND_BY_EXT.get(Path(source).suffix.lower()) if source != STDIN else None
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown input kind {kind!r} (expected one of {', '.join(KINDS)})", path=label)
    if not data or not data.strip(b" \t\r\n\x00\x0b\x0c") or not data.strip(codecs.BOM_UTF8 + b" \t\r\n"):
        raise EmptyInputError("file is empty", path=label)
    sniffed = _sniff(data)
    warnings: list[str] = []
    if kind is None or (kind in ("text", "html") and sniffed in ("docx", "pdf")):
        kind = sniffed or "text"
    if kind == "docx":
        raw, used = _docx_text(data, label), "docx"
    elif kind == "pdf":
        raw, used = _pdf_text(data, label), "pdf"
    else:
        _reject_binary(data, label, declared=encoding is not None)
        hint = _declared_charset(data) if (kind == "html" or sniffed == "html") else None
        text, used = decode(data, encoding, label=label, hint=hint)
        if used == _LENIENT_UTF8:
            warnings.append(_dropped_bytes_warning(data, label))
            used = "utf-8"
        if encoding and b"\x00" in data[:4096] and _ordinary_share(text) < MIN_UTF16_TEXT_SHARE:
            raise NotAReportError(f"binary file (holds NUL bytes and is no text in {encoding}), not a report", path=label)
        _reject_control(text, label)
        if sniffed == "html":  # a saved page, whatever its name: no report starts with <!DOCTYPE html>
            kind = "html"
        if kind == "html" and len(text) > MAX_HTML_CHARS:
            raise TooLargeError(f"web page has {len(text):,} characters of markup, over the {MAX_HTML_CHARS:,} limit", path=label)
        raw = _html_text(text, label) if kind == "html" else text
    if len(raw) > MAX_TEXT_CHARS:
        raise TooLargeError(f"text has {len(raw):,} characters, over the {MAX_TEXT_CHARS:,} limit", path=label)
    if not raw.strip():
        raise EmptyInputError("file holds no text", path=label)
    cleaned = clean_text(raw)
    _check_is_report(cleaned, label)
    digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
    original = ""
    if traditional.is_traditional(cleaned):
        # the rules read simplified characters; evidence is shown in the report's own (same offsets)
        original, cleaned, raw = cleaned, traditional.to_simplified(cleaned), traditional.to_simplified(raw)
    meta = extract_meta(normalize_chars(raw)[:6000], body=cleaned)
    return Document(
        source=source, text=cleaned, sha256=digest, encoding=used, meta=meta, original=original, warnings=tuple(warnings)
    )


def decode(
    data: bytes, encoding: str | None = None, *, label: str = "input", hint: str | None = None
) -> tuple[str, str]:
    """Decode bytes to text; returns ``(text, encoding used)``.

    An explicit ``encoding`` wins. Otherwise a BOM decides, then strict UTF-8
    (the common case, and fast), then ``hint`` (a web page's declared charset)
    if the bytes decode cleanly with it, then charset-normalizer among the
    Chinese encodings (GB18030 covers GBK and GB2312; Big5 for traditional text).
    UTF-8 with a few broken sequences, dropped, is named ``"utf-8 (broken bytes dropped)"``.
    """
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path=label) from None
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode as {encoding} (bad byte at offset {exc.start}); try another --encoding",
                path=label,
            ) from None
        return text.lstrip("\ufeff"), codec
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise NotAReportError(f"bad {codec} text (broken byte sequence)", path=label) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a file cut mid-character, a bad copy) stays UTF-8:
    # any other encoding would turn the whole text into mojibake.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(MAX_BAD_UTF8_BYTES, len(data) // 1000):
        return lenient.replace("\ufffd", ""), _LENIENT_UTF8
    if hint:
        try:
            codec = codecs.lookup(_SUPERSET.get(hint.lower(), hint)).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    return _detect(data, label)


#: The codec name ``decode`` gives UTF-8 read with a few broken sequences dropped (reported as a warning).
_LENIENT_UTF8 = "utf-8 (broken bytes dropped)"


def _dropped_bytes_warning(data: bytes, label: str) -> str:
    """One line naming the file, how many broken UTF-8 sequences were dropped and where the first was."""
    first = None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    n = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    return f"{label}: {n} invalid UTF-8 byte sequence{'s' if n != 1 else ''} dropped (the first at byte {first:,})"


def _detect(data: bytes, label: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_CANDIDATE_ENCODINGS).best()
    candidates = ([best.encoding] if best is not None else []) + ["gb18030", "big5"]
    for enc in candidates:
        try:
            return data.decode(enc), codecs.lookup(enc).name
        except (UnicodeDecodeError, LookupError):
            continue
    raise NotAReportError("not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)", path=label)


# Declared charsets that real pages use for text in a larger encoding.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "big5": "big5hkscs"}
# A charset declaration in the page head, e.g. <meta charset="gb2312"> or content="text/html; charset=GBK".
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _ordinary_share(text: str) -> float:
    """Share of ``text`` (its first 2000 characters) that is ordinary report text."""
    sample = text[:2000]
    return len(_REPORT_CHAR.findall(sample)) / len(sample) if sample else 1.0


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: bytes with NULs that decode, in one byte order, to ordinary report text.

    NULs alone do not tell: a Chinese report has few ASCII characters (the
    NUL-carrying ones), and some ideographs have a NUL byte too. Decoded in
    the wrong order, or from binary data, the characters scatter over the
    whole of Unicode instead.
    """
    sample = data[:4000]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        share = _ordinary_share(sample.decode(codec, errors="replace"))  # may end inside a surrogate pair
        if share >= MIN_UTF16_TEXT_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    return best[1] if best else None


def _sniff(data: bytes) -> str | None:
    head = data[:2048]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except (zipfile.BadZipFile, OSError, ValueError):
            pass
        return "zip"
    probe = head[len(codecs.BOM_UTF8) :] if head.startswith(codecs.BOM_UTF8) else head
    if _HTML_SNIFF.match(probe):
        return "html"
    return None


def _reject_binary(data: bytes, label: str, *, declared: bool = False) -> None:
    """Refuse known binary formats and, unless the encoding was ``declared``, bytes with NULs that are not UTF-16/32.

    A declared encoding (``--encoding utf-16-le``) is taken at its word; text
    decoded with it still has to pass the control-character check.
    """
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise NotAReportError(f"unsupported format ({what}); save it as .docx, .pdf or .txt", path=label)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise NotAReportError(f"binary file ({what}), not a report", path=label)
    if data.startswith(b"PK\x03\x04"):
        raise NotAReportError("binary file (a zip archive that is not a .docx), not a report", path=label)
    head = data[:4096]
    if not declared and b"\x00" in head and not _guess_utf16(data) and not data.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    ):
        raise NotAReportError("binary file (holds NUL bytes), not a report", path=label)


def _reject_control(text: str, label: str) -> None:
    sample = text[:100_000]
    if not sample or not _CONTROL_CHAR.search(sample):
        return
    n = len(_CONTROL_CHAR.findall(sample))
    if n > MAX_CONTROL_SHARE * len(sample) or "\x00" in sample:
        raise NotAReportError(
            f"binary data ({n} control characters in {len(sample)}), not a text report", path=label
        )


def _check_is_report(text: str, label: str) -> None:
    if not text:
        raise NotAReportError("no report text left after removing page furniture", path=label)
    head = text[:3000]
    if len(_CJK_CHAR.findall(head)) >= max(MIN_CJK_CHARS, 0.5 * len(head)) and not _PRIVATE_USE.search(head):
        return  # plainly Chinese text: the common case, decided on the first page
    sample = text[:20_000]
    cjk = len(_CJK_CHAR.findall(sample))
    visible = len(sample) - sample.count(" ") - sample.count("\n")  # cleaned text has no other spaces
    if cjk < MIN_CJK_CHARS or cjk < MIN_CJK_SHARE * max(visible, 1):
        what = "no Chinese text" if cjk == 0 else f"only {cjk} Chinese characters in {visible}"
        raise NotAReportError(f"not a Chinese government work report ({what})", path=label)
    bad = len(_PRIVATE_USE.findall(sample)) if _PRIVATE_USE.search(sample) else 0
    if bad > 0.2 * len(sample):
        raise NotAReportError("text is mostly unassigned or private-use characters; wrong --encoding?", path=label)


def _read_stdin(max_bytes: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read().encode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read ({exc})", path="standard input") from None
    if len(data) > max_bytes:
        raise TooLargeError(f"over the {_mb(max_bytes)} limit", path="standard input")
    return data


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


# ---------------------------------------------------------------- HTML

# Elements whose content is never report text.
_HTML_DROP = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "button", "select", "svg", "canvas", "object", "embed", "input", "textarea",
)
# class/id values of page furniture, e.g. class="site-nav", id="footer", class="share-box".
_FURNITURE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|side|aside|share|"
    r"comments?|related|recommend|toolbar|tools|copyright|banner|ads?|advert|pagination|pager|"
    r"position|location|search|login|topbar|bottom)($|[\s_-])",
    re.I,
)
# class/id values that mark the article body, e.g. id="zoom", class="TRS_Editor", class="article-content".
_CONTENT = re.compile(r"(^|[\s_-])(article|content|main|zoom|trs_editor|pages_content|text|detail|body|mainbody)($|[\s_-])", re.I)
# An XML declaration, which lxml refuses in a str: '<?xml version="1.0" encoding="utf-8"?>'.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Tabs after table cells, e.g. "项目名称\t牵头单位\t\n"; at a line end they just go.
_CELL_TABS = re.compile(r"[ \t]*\t[ \t]*(\n)?")
_BLOCK_TAGS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 section article blockquote pre table ul ol dl dt dd center title hr".split()
)


def _html_text(markup: str, label: str) -> str:
    """Report body of a web page: block elements become lines, furniture dropped.

    lxml is used: it is already needed by python-docx, is fast (C, libxml2), and
    recovers from the broken markup that saved government pages often have.
    """
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is a dependency
        raise InputError("reading .html needs the lxml package", path=label) from None
    markup = _XML_DECLARATION.sub("", markup)
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*_HTML_DROP)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("html", "body"):
            continue
        marker = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}".strip()
        if marker and (_FURNITURE.search(marker) or marker in ("navigation", "contentinfo", "banner")) and not _CONTENT.search(marker):
            _drop(el)
    body = root.find("body")
    scope = body if body is not None else root
    best = _main_block(scope)
    parts: list[str] = []
    _walk(best if best is not None else scope, parts)
    text = "".join(parts)
    # cells end in a tab: separate them visibly (spaces between Chinese words are removed)
    return _CELL_TABS.sub(lambda m: "\n" if m.group(1) else TABLE_CELL_SEPARATOR, text)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _main_block(scope: etree._Element) -> etree._Element | None:
    """An <article>/<main> or content-classed element holding most of the text."""
    total = len(_CJK_CHAR.findall(scope.text_content() or ""))
    if total == 0:
        return None
    best, best_n = None, 0
    for el in scope.iter("article", "main", "div", "section", "td"):
        marker = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag in ("article", "main") or _CONTENT.search(marker):
            n = len(_CJK_CHAR.findall(el.text_content() or ""))
            if n > best_n:
                best, best_n = el, n
    return best if best is not None and best_n >= 0.6 * total else None


def _walk(el: etree._Element, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if el.text and tag not in ("script", "style"):
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")
    elif tag in ("td", "th"):
        parts.append("\t")


# ---------------------------------------------------------------- DOCX and PDF


def _docx_text(data: bytes, label: str) -> str:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError("reading .docx needs the python-docx package", path=label) from None
    _check_docx_size(data, label)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken files
        raise NotAReportError(f"not a readable .docx file ({type(exc).__name__})", path=label) from None
    lines: list[str] = []
    _docx_blocks(document.element.body, lines)
    return "\n".join(lines)


def _check_docx_size(data: bytes, label: str) -> None:
    """Refuse a .docx that would unpack or parse into far more than a report, before python-docx opens it.

    First the sizes the zip declares (zipfile never unpacks past them, and a lie fails the CRC),
    then document.xml streamed with lxml's iterparse, counting paragraphs and characters and
    dropping each element once seen, so memory stays flat whatever the file holds.
    """
    from lxml import etree

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise NotAReportError(f"not a readable .docx file ({type(exc).__name__})", path=label) from None
    with zf:
        members = zf.infolist()
        total = sum(m.file_size for m in members)
        if total > MAX_UNPACKED_BYTES:
            raise TooLargeError(
                f".docx unpacks to {_mb(total)}, over the {_mb(MAX_UNPACKED_BYTES)} limit (a decompression bomb?)", path=label
            )
        for m in members:
            if m.file_size > 2**20 and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
                raise TooLargeError(
                    f".docx member {m.filename} unpacks {m.file_size // max(m.compress_size, 1):,} times its size,"
                    f" over the {MAX_ZIP_RATIO}:1 limit (a decompression bomb?)", path=label,
                )
        if "word/document.xml" not in zf.namelist():
            return  # python-docx says what is wrong
        paragraphs = chars = 0
        try:
            with zf.open("word/document.xml") as stream:
                for _, el in etree.iterparse(stream, events=("end",), huge_tree=False, resolve_entities=False):
                    tag = el.tag if isinstance(el.tag, str) else ""
                    if tag.endswith("}p"):
                        paragraphs += 1
                        if paragraphs > MAX_PARAGRAPHS:
                            raise TooLargeError(f".docx has over {MAX_PARAGRAPHS:,} paragraphs (the limit)", path=label)
                    elif tag.endswith("}t") and el.text:
                        chars += len(el.text)
                        if chars > MAX_TEXT_CHARS:
                            raise TooLargeError(f".docx has over {MAX_TEXT_CHARS:,} characters of text (the limit)", path=label)
                    if tag.endswith(("}p", "}tbl")):
                        el.clear(keep_tail=True)
                        parent = el.getparent()
                        while parent is not None and el.getprevious() is not None:
                            del parent[0]  # earlier blocks, already counted
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise NotAReportError(f"not a readable .docx file ({type(exc).__name__})", path=label) from None


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _docx_blocks(parent: etree._Element, lines: list[str]) -> None:
    """Paragraphs and table rows in document order, also inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        tag = _local(child)
        if tag == "p":
            lines.append(_docx_runs(child))
        elif tag == "tbl":
            for row in child.iter():
                if _local(row) == "tr":
                    cells = [_docx_runs(cell) for cell in row if _local(cell) == "tc"]
                    lines.append(TABLE_CELL_SEPARATOR.join(c for c in cells if c))
        elif tag in ("sdt", "sdtContent", "customXml"):
            _docx_blocks(child, lines)


def _docx_runs(el: etree._Element) -> str:
    """Text of a paragraph or cell: w:t text, w:br/w:cr as line breaks, w:tab as a space."""
    out = []
    for node in el.iter():
        tag = _local(node)
        if tag == "t":
            out.append(node.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab":
            out.append(" ")
    return "".join(out)


# The opening of a heading or salutation, never the continuation of a wrapped line, e.g. "一、", "（二）", "各位代表".
_PARAGRAPH_OPENING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.、]|各位代表|——)")
# Blank lines between PDF text boxes, e.g. "涉及政\n\n— 1 —\n\n府层面".
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


# The data between a PDF stream's keywords, e.g. b"stream\r\n<compressed bytes>\r\nendstream".
_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


def _check_pdf_streams(data: bytes, label: str) -> None:
    """Refuse a PDF whose compressed streams inflate past ``MAX_UNPACKED_BYTES`` in all, before
    pdfminer inflates any of them whole (a page's content stream of a few KB can hold GBs).

    Each stream is inflated in 1 MB steps and only counted; a stream that is not zlib data (images,
    other filters) counts nothing.
    """
    total = 0
    for m in _PDF_STREAM.finditer(data):
        inflater = zlib.decompressobj()
        try:
            pending = m.group(1)
            while pending and total <= MAX_UNPACKED_BYTES:
                total += len(inflater.decompress(pending, 2**20))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue
        if total > MAX_UNPACKED_BYTES:
            raise TooLargeError(
                f"PDF streams unpack to over {_mb(MAX_UNPACKED_BYTES)}, the limit (a decompression bomb?)", path=label
            )


def _pdf_text(data: bytes, label: str) -> str:
    _check_pdf_streams(data, label)
    try:
        from pdfminer.converter import TextConverter
        from pdfminer.layout import LAParams
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
    except ImportError:  # pragma: no cover - pdfminer.six is a dependency
        raise InputError("reading .pdf needs the pdfminer.six package", path=label) from None
    out = io.StringIO()
    try:
        # pdfminer's extract_text, page by page, so that the page and character limits stop it early
        manager = PDFResourceManager(caching=True)
        device = TextConverter(manager, out, laparams=LAParams(line_margin=0.5))
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data), caching=True), start=1):
            if number > MAX_PDF_PAGES:
                raise TooLargeError(f"PDF has over {MAX_PDF_PAGES:,} pages (the limit)", path=label)
            interpreter.process_page(page)
            if out.tell() > MAX_TEXT_CHARS:
                raise TooLargeError(f"PDF has over {MAX_TEXT_CHARS:,} characters of text (the limit)", path=label)
        text = out.getvalue()
    except KgreportError:
        raise
    except Exception as exc:  # pdfminer raises many types for broken files
        raise NotAReportError(f"not a readable PDF ({type(exc).__name__})", path=label) from None
    if not _CJK_CHAR.search(text or ""):
        raise NotAReportError(
            "PDF has no extractable Chinese text (scanned images need OCR first)", path=label
        )
    # PDF lines are wrapped at the page width and text boxes are set apart by blank lines
    # that mean nothing (a page break falls mid-sentence); drop them so cleaning can
    # rejoin the wrapped paragraphs.
    lines = [x.strip() for x in _BLANK_LINES.sub("\n", text.replace("\x0c", "\n")).split("\n")]
    return "\n".join(_unwrap_full_lines(lines))


def _unwrap_full_lines(lines: list[str]) -> list[str]:
    """Join lines that run to the right margin, even when they happen to end in "。".

    The margin is estimated as the 90th percentile of line lengths in characters
    (Chinese text is monospaced enough for this).
    """
    lengths = sorted(len(x) for x in lines if len(x) >= 10)
    if len(lengths) < 5:
        return lines
    full = lengths[int(0.9 * (len(lengths) - 1))]
    out: list[str] = []
    carry = False
    for line in lines:
        if carry and out and line and not _PARAGRAPH_OPENING.match(line):
            out[-1] += line
        else:
            out.append(line)
        carry = len(line) >= 0.92 * full and len(line) >= 10
    return out
