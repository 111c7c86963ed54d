"""Plain text: UTF-8 (with or without BOM), UTF-16 and Windows-1258, detected from the bytes."""

from __future__ import annotations

import codecs
import html
import re
from itertools import islice
from pathlib import Path

from ..errors import EncodingError
from ..repair import decode_damaged_utf8, decode_utf16
from . import markdown
from .base import RawDocument
from .front_matter import split_front_matter

# Letters only Vietnamese uses (precomposed, or the combining tones Windows-1258 produces).
_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u0300\u0301\u0303\u0309\u0323]"
)


def vietnamese_score(text: str) -> float:
    """Share of letters that are Vietnamese-specific: ~0.2-0.35 for Vietnamese prose."""
    letters = sum(1 for c in text if c.isalpha())
    return len(_VIETNAMESE.findall(text)) / letters if letters else 0.0


def _utf16(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 by its BOM or its NUL bytes; lone surrogates replaced (:func:`repair.decode_utf16`)."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return decode_utf16(data[2:], "utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return decode_utf16(data[2:], "utf-16-be")
    for enc in ("utf-16-le", "utf-16-be"):
        zeros = data[1:400:2] if enc == "utf-16-le" else data[0:400:2]
        if zeros and zeros.count(0) > 0.6 * len(zeros):
            return decode_utf16(data, enc)
    return None


def decode_text(data: bytes, path: Path | None = None, warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file; returns ``(text, encoding name)``.

    A few damaged bytes (invalid UTF-8, lone UTF-16 surrogates) are replaced by U+FFFD and
    counted in ``warnings`` when a list is given."""
    warnings = warnings if warnings is not None else []
    utf16 = _utf16(data)
    if utf16 is not None:
        warnings += utf16[1]
        return utf16[0], "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
        repaired = decode_damaged_utf8(data)
        if repaired is not None:
            warnings += repaired[1]
            return repaired[0], "utf-8-sig"
        return data.decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = decode_damaged_utf8(data)
    if repaired is not None:
        warnings += repaired[1]
        return repaired[0], "utf-8"
    from .legacy_bytes import decode_legacy_bytes  # 8-bit encodings: cp1258, TCVN3, VNI

    decoded = decode_legacy_bytes(data)
    if decoded is None:
        raise EncodingError("not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text; re-save it as UTF-8", path=path)
    return decoded


# A page break a PDF-to-text tool wrote as a line of its own: "--- PAGE BREAK ---", "===== Page 3 =====",
# "[Trang 2/5]". It is a form feed in the text it left.
_PAGE_BREAK_LINE = re.compile(r"^[ \t]*[-=_*#<\[]+[ \t]*"
                              r"(?:page[ \t]*break|(?:page|trang)[ \t]*\d+(?:[ \t]*/[ \t]*\d+)?)"
                              r"[ \t]*[-=_*#>\]]+[ \t]*$", re.IGNORECASE | re.MULTILINE)


# the page number printed at the top of the next page, on a line of its own after the break: "2", "- 2 -"
_NUMBER_AFTER_BREAK = re.compile(r"\f[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?[ \t]*\n")
# a sentence cut by the page's end: no stop before the break, a small letter after it
_SENTENCE_ACROSS = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?:[ \t]*\n)*[ \t]*\f(?:[ \t]*\n)+[ \t]*(?=[a-zà-ỹđ])")


def written_page_breaks(text: str) -> str:
    """``text`` with page breaks written as marker lines turned into form feeds; the page number
    under a break is dropped, and a sentence the page's end cut goes on across the break.

    >>> written_page_breaks("Trang một\\n--- PAGE BREAK ---\\nTrang hai")
    'Trang một\\n\\x0c\\nTrang hai'
    >>> written_page_breaks("các sản phẩm, dịch vụ nội dung thông\\n\\n--- PAGE BREAK ---\\n\\n2\\n\\ntin số")
    'các sản phẩm, dịch vụ nội dung thông\\n\\x0ctin số'
    """
    text = _PAGE_BREAK_LINE.sub("\f", text)
    if "\f" not in text:
        return text
    text = _NUMBER_AFTER_BREAK.sub("\f\n", text)
    return _SENTENCE_ACROSS.sub("\n\f", text)


def form_feed_pages(text: str) -> list[int]:
    """Where pages 2.. start in text with a form feed between pages (as pdftotext writes it).

    >>> form_feed_pages("Trang 1\\fTrang 2\\f")
    [8]
    """
    return [m.end() for m in re.finditer("\f", text) if text[m.end() :].strip()]


def parse(data: bytes, path: Path) -> RawDocument:
    """Read a text file; form feeds in it mark pages, and so do page-break lines a converter wrote.

    A web page crawled into Markdown and saved as ``.txt`` (two bold or italic pairs or
    more: :func:`markdown.looks_like_markdown`) is read as Markdown, so it gives what its
    ``.md`` twin gives.
    """
    warnings: list[str] = []
    text, encoding = decode_text(data, path, warnings)
    return text_document(text, encoding, warnings)


# A web page's HTML kept in a text file (a database dump's row, a crawler's raw field): the ends of its blocks
# (not "<br>", which a crawl's Markdown writes inside a table's cell: "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. |")
_BLOCK_TAGS = re.compile(r"</(?:p|div|h[1-6]|li|td|tr|table|ul|ol|blockquote)\s*>", re.IGNORECASE)
_MIN_BLOCK_TAGS = 3
# ... and the line breaks a dump or a JSON string writes as escapes: "\r\n", "\n"
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n")


def carries_html(text: str) -> bool:
    """Whether a text file holds HTML markup: three ends of blocks or more ("</p>", "</div>", "</li>").

    >>> carries_html("<p>Sở Y tế</p><p>chủ trì</p><p>Sở Tài chính</p>"), carries_html("a < b > c")
    (True, False)
    >>> carries_html("| Nơi nhận:<br>- Như trên;<br>- Lưu: VT;<br>- Sở Y tế. | GIÁM ĐỐC |")
    False
    """
    return len(list(islice(_BLOCK_TAGS.finditer(text), _MIN_BLOCK_TAGS))) == _MIN_BLOCK_TAGS


_BLOCK_EDGE = re.compile(r"</?(?:p|div|h[1-6]|li|tr|table|ul|ol|blockquote|section|article)(?:\s[^<>]*)?>",
                         re.IGNORECASE)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")


def markup_to_text(text: str) -> str:
    r"""The text of HTML markup kept in a text file: a block's edges are paragraph breaks, "<br>" a line
    break, other tags nothing; character references decoded ("&agrave;" -> "à").

    >>> markup_to_text("<p><strong>Cục H&agrave;ng kh&ocirc;ng</strong> y&ecirc;u cầu:</p><p>a) X;<br>b) Y.</p>")
    'Cục Hàng không yêu cầu:\n\na) X;\nb) Y.'
    """
    text = _LINE_BREAK_TAG.sub("\n", _BLOCK_EDGE.sub("\n\n", text))
    text = html.unescape(_ANY_TAG.sub("", text)).replace("\xa0", " ")
    return re.sub(r"[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip()


def unescape_breaks(text: str) -> str:
    r"""A text whose line breaks are written as escapes ("\r\n", three or more, and more than its
    real ones) with them as line breaks; any other text as it is.

    >>> unescape_breaks("<p>Một</p>\\r\\n<p>Hai</p>\\r\\n<p>Ba</p>\\n")
    '<p>Một</p>\n<p>Hai</p>\n<p>Ba</p>\n'
    """
    escaped = len(_ESCAPED_BREAK.findall(text))
    if escaped < _MIN_BLOCK_TAGS or escaped <= text.count("\n"):
        return text
    return _ESCAPED_BREAK.sub("\n", text)


def text_document(text: str, encoding: str = "utf-8", warnings: list[str] | None = None) -> RawDocument:
    """A decoded text as :func:`parse` reads a ``.txt`` file: HTML markup it holds read as text
    (:func:`markup_to_text`), Markdown when it looks like it, its form feeds and written page-break
    lines as pages."""
    warnings = warnings if warnings is not None else []
    text = unescape_breaks(text)
    if carries_html(text):
        text = markup_to_text(text)
    if markdown.looks_like_markdown(text):
        doc = markdown.from_text(text, encoding)
        doc.warnings[:0] = warnings
        return doc
    page, text = split_front_matter(text)  # a site's post saved as text: its title and date
    text = written_page_breaks(text)
    return RawDocument(text=text, format="txt", page_breaks=form_feed_pages(text),
                       meta={"encoding": encoding, **page}, warnings=warnings)
