"""Markdown: the text of the document without its markup, one source line per line.

Read with markdown-it (CommonMark and GFM tables), walking its tokens:

- emphasis markers are dropped, and so are delimiters left unmatched by a crawl
  that broke bold and italic apart ("**BỘ VĂN HÓA, THỂ\\nTHAO **");
- headings, paragraphs and list items keep their source lines; the line breaks
  are left for normalisation to join, as it joins those of a PDF; a list item
  keeps its marker as written ("3." stays 3, though Markdown renumbers lists);
- a pipe table with its delimiter row is read like a DOCX table
  (:func:`tables.table_lines`): a data table one row per line, cells joined by " | ",
  a two-column header or closing table column by column;
- rules ("---", "** **") and a heading's underline are markup and go; HTML tags go,
  their text stays; escapes and entities are resolved ("\\-" -> "-", "&amp;" -> "&").

Crawled legal-library pages draw their two-column header (and signature block) as
a table whose cell borders are lines holding only "|": each becomes a blank line, so
the cells stay in order, each a block of its own, as the lines of a typed header are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common import html_blocks

from ..normalize import ITEM_START
from .base import RawDocument
from .front_matter import split_front_matter
from .tables import table_lines

# Tags an inline "<...>" must name to be dropped as HTML; any other ("<tenphuongxa>",
# a placeholder of an e-mail address) is text the document wrote.
_INLINE_TAGS = frozenset({
    "a", "abbr", "b", "big", "br", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "var", "wbr",
})
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")

# Block tags whose start or end is a line break in an HTML block's text.
_BREAKING_TAGS = frozenset({"br", "pre", *html_blocks.block_names})
_HIDDEN_TAGS = frozenset({"script", "style"})

# An emphasis delimiter markdown-it could not pair stays in the text as it was typed.
# A run of "*" is then broken bold or italic, unless it is a footnote mark in brackets,
# "(*)"; a pair "__" is broken bold, while "_" and longer runs are content: a separator,
# a blank to fill in a form ("ngày _____ tháng").
_STRAY_DELIMITER = re.compile(r"(?<!\()\*+|\*+(?!\))|(?<!_)__(?!_)")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # "code": a line indented by four spaces is a document's indentation, not code.
    # "text_join": escapes and entities stay tokens of their own ("text_special"), so a
    # "\*" the writer escaped is never taken for a stray delimiter.
    return MarkdownIt("commonmark", {"html": True}).enable("table").disable(["code", "text_join"])


class _HtmlText(HTMLParser):
    """The text of an HTML block, a line break at each block tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # inside <script> or <style>: code, not text

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in _HIDDEN_TAGS
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in _HIDDEN_TAGS and self.hidden > 0
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in _BREAKING_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> list[str]:
    """The lines of text in an HTML block: "<p>Kính gửi:</p><p>Sở Y tế</p>" -> ["Kính gửi:", "Sở Y tế"]."""
    reader = _HtmlText()
    reader.feed(html)
    reader.close()
    return [line.strip() for line in "".join(reader.parts).split("\n") if line.strip()]


def _html_inline(tag: str) -> str:
    if tag.startswith(("<!", "<?")):
        return ""  # a comment, declaration or processing instruction
    match = _TAG_NAME.match(tag)
    if not match or match.group(1).lower() not in _INLINE_TAGS:
        return tag  # not HTML: text in angle brackets
    return "\n" if match.group(1).lower() == "br" else ""


def inline_text(children: list) -> str:
    """The text of an inline token's children: markup dropped, line breaks kept as "\\n"."""
    parts: list[str] = []
    emphasis = 0  # open strong/em spans: a line break inside one is a break inside a phrase
    heading_at = -1  # where a bold span opening a line started ("**3. Cục Điện ảnh**")
    for index, token in enumerate(children):
        if token.type in ("strong_open", "em_open"):
            if not emphasis and _line_start(parts):
                heading_at = len(parts)
            emphasis += 1
        elif token.type in ("strong_close", "em_close"):
            emphasis = max(0, emphasis - 1)
            following = next((c for c in islice(children, index + 1, None)
                              if not (c.type == "text" and not c.content)), None)
            if (not emphasis and heading_at >= 0 and following is not None and following.type == "softbreak"
                    and ITEM_START.match("".join(parts[heading_at:]))):
                parts.append("\n")  # a numbered heading in bold ends its line: the text below is no part of it
            heading_at = -1
        elif token.type == "softbreak" and emphasis:
            # "**2. Sở\nKhoa học và Công nghệ**" is one heading; a crawl's stray "****" may leave a
            # span open over the next item's line ("...xuyên.\n**3. Khẩn trương ..."), which starts anew
            following = next((c for c in islice(children, index + 1, None)
                              if c.type == "text" and c.content), None)
            parts.append("\n" if following is not None and ITEM_START.match(following.content)
                         and _last_char(parts) in ".;:" else " ")
        elif token.type == "text":
            parts.append(_STRAY_DELIMITER.sub("", token.content))
        elif token.type in ("text_special", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):  # normalisation joins a paragraph's lines
            parts.append("\n")
        elif token.type == "html_inline":
            parts.append(_html_inline(token.content))
        elif token.type == "image":
            parts.append(inline_text(token.children or []))  # the alt text stands for the image
    return "".join(parts)


def _last_char(parts: list[str]) -> str:
    """The last visible character written so far (walks back over empty and blank pieces only)."""
    for part in reversed(parts):
        if part.strip():
            return part.rstrip()[-1]
    return ""


def _line_start(parts: list[str]) -> bool:
    """Whether what is written so far ends a line (or nothing is written yet)."""
    for part in reversed(parts):
        if part:
            return part.endswith("\n")
    return True


def _list_marker(token) -> str:
    # An ordered item's own number is in info ("3"), its delimiter in markup ("." or ")").
    if token.info:
        return f"{token.info}{token.markup} "
    return "- " if token.markup == "*" else f"{token.markup} "


class _Lines:
    """Lines of text as the blocks come, a blank line where the source had one."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.last_line = 0  # source line after the last block written
        self.marker = ""  # the marker of a list item whose first line is still to come

    def block(self, lines: list[str], source: list[int] | None) -> None:
        if source is not None:
            if source[0] > self.last_line and self.lines and self.lines[-1]:
                self.lines.append("")
            self.last_line = max(self.last_line, source[1])
        if not lines:
            return
        if self.marker:
            lines = [self.marker + lines[0], *lines[1:]]
            self.marker = ""
        for line in lines:
            line = line.strip()
            if line or (self.lines and self.lines[-1]):  # one blank line at most, none first
                self.lines.append(line)


def _strip_blank(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


_SENTENCE_END = re.compile(r"[.;:!?…]\W*$")
# A line that opens an item of its own inside a list item: "a) Tập trung ...", "(1) Bộ Tài chính ...".
_ITEM_OPENING = re.compile(r"\s*(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+\.?|[-+•])\s")


def _join_item_lines(lines: list[str]) -> list[str]:
    """The lines of a list item's text, rejoined where a crawl broke a sentence: "- Đánh giá công
    tác quản lý" / "Chương trình trong năm ..." is one line. A line that ends a sentence, and
    lines in capitals (a signature under the last recipient: "PHÓ CHỦ TỊCH" / its name), stay apart."""
    joined: list[str] = []
    for line in lines:
        if (joined and joined[-1].strip() not in {"", "|"} and any(c.isalpha() for c in line)
                and not _SENTENCE_END.search(joined[-1])
                and not _in_capitals(line) and not _in_capitals(joined[-1]) and not _ITEM_OPENING.match(line)):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _in_capitals(line: str) -> bool:
    if line.upper() == line:
        return any(c.isalpha() for c in line)
    if sum(map(str.islower, line[:120])) * 5 > len(line):
        return False  # more small letters in its opening than a fifth of the line: no line in capitals
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def markdown_lines(source: str) -> list[str]:
    """The document's lines without their markup.

    >>> markdown_lines("**ỦY BAN NHÂN DÂN**\\n\\n3) Sở Y tế *chủ trì*\\n4) Sở Tài chính")
    ['ỦY BAN NHÂN DÂN', '', '3) Sở Y tế chủ trì', '4) Sở Tài chính']
    """
    tokens = _parser().parse(_rebuild_drawn_tables(_close_tables(source)))
    out = _Lines()
    rows: list[list[str]] | None = None  # the cells of the table being read
    table_map: list[int] | None = None
    item_map: list[int] | None = None
    lists = 0  # depth of open lists: a line break inside an item is a break inside its text
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists = max(0, lists - 1)
        if kind == "list_item_open":  # "1. - Sở Y tế": an item opening with a list keeps both markers
            out.marker, item_map = out.marker + _list_marker(token), token.map
        elif kind == "list_item_close" and out.marker:
            # An item with nothing on its marker's line ("1." above its text) keeps its number;
            # an empty "*" item is what a crawl leaves of an empty emphasis ("* *").
            marker, out.marker = out.marker.rstrip(), ""
            out.block([] if token.markup == "*" else [marker], item_map)
        elif kind == "table_open":
            rows, table_map = [], token.map
        elif kind == "tr_open" and rows is not None:
            rows.append([])
        elif kind == "inline" and rows:
            rows[-1].append(" ".join(inline_text(token.children or []).split()))
        elif kind == "table_close" and rows is not None:
            out.block(_strip_blank(table_lines(rows)), table_map)
            rows = None
        elif kind == "inline":  # a paragraph's or heading's: its lines are those of the block opened before it
            lines = inline_text(token.children or []).split("\n")
            if lists or _ITEM_OPENING.match(lines[0]):  # an item, in a list or a paragraph of its own ("a) ...")
                lines = _join_item_lines(lines)
            out.block(["" if line.strip() == "|" else line for line in lines], tokens[index - 1].map)
        elif kind in ("fence", "code_block"):
            out.block(token.content.rstrip("\n").split("\n"), token.map)
        elif kind == "html_block":
            out.block(html_text(token.content), token.map)
        elif kind == "hr":
            out.block([""], token.map)  # a rule ends what is above it
    return _strip_blank(out.lines)


# "TT | Chỉ tiêu | Chủ trì": three columns make a table when the first numbers its rows; a
# document's header and its signature block have two, a page's layout three around its body
_MIN_DRAWN_COLUMNS = 3
_NUMBERED_ONLY_BELOW = 4
_NUMBER_COLUMN = re.compile(r"(?:S[ốo]\s*)?T\.?\s*T\.?|Số thứ tự", re.IGNORECASE)


def _drawn_rows(lines: list[str]) -> list[list[str]] | None:
    """The rows of a data table a crawl drew with lines holding only "|": one border between
    two cells, two in a row between two rows ("|" / "STT" / "|" / "Nội dung" / "|" / "|" / "1" ...);
    an empty cell is "** **". A table of fewer than three columns or three rows (a two-column
    header, a document's card, a signature block) is None: its cells stay blocks of their own,
    as the header reader expects them."""
    rows: list[list[str]] = [[]]
    cell: list[str] | None = None  # the lines of the open cell; None right after a border
    for line in lines:
        if line.strip() == "|":
            if cell is not None:
                rows[-1].append(" ".join(" ".join(cell).split()))
                cell = None
            elif rows[-1]:
                rows.append([])  # "|" twice: the row ended
            continue
        if cell is None:
            cell = []
        cell.append("" if _EMPTY_CELL.fullmatch(line) else line)
    if not lines or lines[0].strip() != "|":
        return None
    rows = [row for row in rows if row]
    if len(rows) < 3 or len(rows[0]) < _MIN_DRAWN_COLUMNS or any(len(cell.split()) > 12 for cell in rows[0]):
        return None  # a header's cells are short: a long first "cell" is the text above the table
    if len(rows[0]) < _NUMBERED_ONLY_BELOW and not _NUMBER_COLUMN.fullmatch(rows[0][0].replace("*", "").strip()):
        return None  # three columns: a table only when "TT" / "STT" heads its first
    body = rows[1:]
    numbered = sum(bool(_ROW_NUMBER.fullmatch(row[0].replace("*", ""))) for row in body)
    # its numbered rows ("1", "2": a part's rows "I", "II" hold only a title) are as wide as its
    # header, or a cell short where a cell is merged over the rows below it
    counted = [row for row in body if _ROW_DECIMAL.fullmatch(row[0].strip(" *"))]
    wide = sum(len(rows[0]) - 1 <= len(row) <= len(rows[0]) for row in counted)
    if not (counted and wide >= 0.6 * len(counted) and numbered >= 0.5 * len(body)):
        return None
    return rows


_ROW_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,5}\.?|[a-zđ][.)]?)?\s*")
_EMPTY_CELL = re.compile(r"\s*(?:\*+\s*)*")


# Where in a run of lines a drawn table may start: at most this many borders are tried.
_TABLE_STARTS = 40


def _table_in(lines: list[str], start: int, end: int) -> tuple[int, list[list[str]] | None]:
    """The first drawn data table in ``lines[start:end]`` (a run without blank lines, which a
    crawl may open with the closing or a title before the table): where it starts and its rows,
    to the run's end (page furniture after a table becomes rows too, and goes as furniture)."""
    tried = 0
    for k in range(start, end):
        if lines[k].strip() != "|" or (k > start and lines[k - 1].strip() == "|"):
            continue
        if k - 2 >= start and lines[k - 2].strip() == "|":
            continue  # a border between two cells: the table, if any, started before it
        if sum(1 for line in lines[k:end] if line.strip() == "|") < 8:
            break
        rows = _drawn_rows(lines[k:end])
        if rows is not None:
            return k, rows
        tried += 1
        if tried >= _TABLE_STARTS:
            break
    return start, None


_DELIMITER_ROW = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.count("|") >= 2


def _close_tables(source: str) -> str:
    """Source lines with a blank line where a pipe table starts or ends without one: before a line
    of text ("PHỤ LỤC" under the signature's table), before the head of a table (a row with its
    delimiter row under it) that follows a paragraph or another table. A Markdown reader would read
    the text as more rows of the table above, and the head as more lines of the paragraph; a crawl
    that saves a page as Markdown seldom leaves the blank line."""
    lines = source.split("\n")
    out: list[str] = []
    in_table = False
    for i, line in enumerate(lines):
        head = _is_row(line) and i + 1 < len(lines) and bool(_DELIMITER_ROW.fullmatch(lines[i + 1].strip()))
        if in_table and line.strip() and (head or not _is_row(line)):
            out.append("")
            in_table = False
        elif not line.strip():
            in_table = False
        elif head and out and out[-1].strip() and not in_table:
            out.append("")  # "... hiệu quả./." / "| Nơi nhận: ... | KT. BỘ TRƯỞNG ... |"
        if head and not in_table:
            in_table = True
        out.append(line)
    return "\n".join(out)


def _rebuild_drawn_tables(source: str) -> str:
    """Source lines with each drawn data table (see :func:`_drawn_rows`) written one row per
    line, its cells joined by " | " as every reader writes a data table; other lines as they are."""
    lines = source.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "|":
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        start, rows = _table_in(lines, i, j)
        out.extend(lines[i:start])
        if rows is None:
            out.extend(lines[start:j])
        else:
            out.append("")  # the table is a block of its own, not the end of the paragraph above it
            for row in rows:
                out.extend([" | ".join(row), ""])
        i = j
    return "\n".join(out)


def read_markdown(source: str) -> str:
    """The text of a Markdown document, one source line per line (see the module's docstring)."""
    return "\n".join(markdown_lines(source))


# What a page crawled into Markdown shows even when it was saved as .txt: emphasis
# pairs, "**THÔNG BÁO**" and "*Hà Nội, ngày 22\ntháng 11 năm 2025*", inside one paragraph,
# opening and closing next to a letter or punctuation. Plain text has separators
# ("*****"), bullets ("* Kế toán thu:") and footnote marks ("(*) ... (*)"), not pairs. The lone
# "|" lines of a crawled header say nothing: plain copies of such pages have them too.
_EMPHASIS_PAIR = re.compile(r"(?<![*\w])(\*\*?)(?=[^\s*)\]])(?:[^*\n]|\n(?!\n)){1,300}?(?<=[^\s*(\[])\1(?![*\w])")
MIN_EMPHASIS_PAIRS = 2


def looks_like_markdown(text: str) -> bool:
    """Crawled Markdown saved as plain text: at least two bold or italic pairs, or a pipe table
    at its head (a row and the delimiter row under it, as a legal library's header table is saved;
    a table further down may be a plain text's own).

    >>> looks_like_markdown("**UBND TỈNH ĐẮK LẮK**\\n**CHỈ THỊ**\\n*Đắk Lắk, ngày 17 tháng 11 năm 2025*")
    True
    >>> looks_like_markdown("| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\n|---|---|\\n| Số: 1/BYT | Hà Nội |")
    True
    >>> looks_like_markdown("UBND TỈNH ĐẮK LẮK\\n*****\\n* Kế toán thu (*) và chi (*)")
    False
    """
    return (len(list(islice(_EMPHASIS_PAIR.finditer(text), MIN_EMPHASIS_PAIRS))) == MIN_EMPHASIS_PAIRS
            or _PIPE_TABLE.search(text, 0, _HEAD_CHARACTERS) is not None)


_HEAD_CHARACTERS = 2000  # where a document's header table stands
# a pipe table's first row and its delimiter row: "| A | B |" / "|---|---|"
_PIPE_TABLE = re.compile(r"^\|[^\n]*\|[ \t]*\n\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.MULTILINE)


def parse(data: bytes, path: Path) -> RawDocument:
    """Read a Markdown file (any encoding the plain-text reader knows)."""
    from .text import decode_text

    warnings: list[str] = []
    text, encoding = decode_text(data, path, warnings)
    doc = from_text(text, encoding)
    doc.warnings[:0] = warnings
    return doc


def from_text(text: str, encoding: str) -> RawDocument:
    """A decoded Markdown text as a document; a site's front matter gives its title and date, and
    page-break lines a PDF converter wrote ("--- PAGE BREAK ---") its pages, as in plain text."""
    from .text import form_feed_pages, written_page_breaks

    page, text = split_front_matter(text)
    body = written_page_breaks(read_markdown(text))
    return RawDocument(text=body, format="markdown", page_breaks=form_feed_pages(body),
                       meta={"encoding": encoding, **page})
