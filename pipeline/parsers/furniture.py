"""Page furniture: page numbers and running headers and footers, dropped before reading.

Vietnamese offices put the page number at the top centre of pages 2.. ("2",
"- 2 -", "Trang 2/5"); some add a running footer ("Thông báo 12/TB-UBND ...").
Both live in the top or bottom margin band; a running line repeats on several
pages once its digits are ignored.
"""

from __future__ import annotations

import re

from .layout import Line, Page

# Running headers and footers live in the top and bottom tenth of the page.
_MARGIN_BAND = 0.1
# "2", "- 2 -", "(2)", "Trang 2", "Page 2/5", "2/5"
_PAGE_NUMBER = re.compile(r"^[-–—(\s]*(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[-–—)\s]*$", re.I)


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom < _MARGIN_BAND * page.height or line.top > (1 - _MARGIN_BAND) * page.height


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated in the top or bottom margin of several pages."""
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_key(line) for line in page.lines if _in_margin(line, page)}:
            seen[key] = seen.get(key, 0) + 1
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (_in_margin(line, page) and (_PAGE_NUMBER.match(line.text) or seen[_key(line)] >= 2))
        ]


# A legal library's page around a document (crawled or copied text): notices, the document
# card, the parts after the document. The vocabulary is data (models/site_furniture.yaml);
# the lines are the emphasis-free lines of the canonical text (see pipeline.lines).
# Short unknown lines between two furniture lines at the top of a page ("X") are furniture too.
_BRIDGE = 2


_UNACCENTED = re.compile(r"[a-z]+(?: [a-z]+)+")


def unaccented_copies(lines: list[str]) -> list[bool]:
    """Which lines are a page's unaccented copy of its words (an image's alt text, a link's slug:
    "thu tuong yeu cau tang cuong an ninh"): lowercase words without a diacritic, in a text whose
    lines are written with them.

    >>> unaccented_copies(["Thủ tướng yêu cầu tăng cường an ninh", "thu tuong yeu cau", "Sở Y tế chủ trì."])
    [False, True, False]
    """
    unaccented = [bool(_UNACCENTED.fullmatch(line.strip())) for line in lines]
    worded = [line for line in lines if len(line.split()) >= 3]
    accented = sum(1 for line in worded if not line.isascii())
    if not worded or accented * 2 < len(worded):
        return [False] * len(lines)  # a text written without diacritics: its lines are its words
    return unaccented


def site_furniture(lines: list[str], furniture: re.Pattern[str], panel_label: re.Pattern[str]) -> list[bool]:
    """Which lines are the site's: notice lines, the document card (labels and values).

    >>> import re
    >>> site_furniture(["Đang tải văn bản...", "Số hiệu:", "|", "01763/QĐ-UBND", "|", "ỦY BAN NHÂN DÂN"],
    ...                re.compile("Đang tải"), re.compile("Số hiệu:"))
    [True, True, True, True, False, False]
    """
    marked = [bool(furniture.match(line)) for line in lines]
    labels = [i for i, line in enumerate(lines) if panel_label.match(line)]
    for k, label in enumerate(labels):
        # a label's value runs to the next label, or is the first line with words after the last one
        if k + 1 < len(labels) and labels[k + 1] - label <= 8:
            stop = labels[k + 1]
        else:
            stop = next((j + 1 for j in range(label + 1, min(label + 6, len(lines)))
                         if lines[j].strip(" |")), label + 1)
        for j in range(label, stop):
            marked[j] = True
    _bridge_top(lines, marked)
    return marked


def site_card(lines: list[str], panel_label: re.Pattern[str]) -> dict[str, str]:
    """The document card of a page: label -> value ("Số hiệu" -> "01763/QĐ-UBND").

    >>> import re
    >>> site_card(["Số hiệu:", "|", "01763/QĐ-UBND", "|", "Người ký:", "|", "Nguyễn Minh Luân"],
    ...           re.compile("(?:Số hiệu|Người ký):"))
    {'Số hiệu': '01763/QĐ-UBND', 'Người ký': 'Nguyễn Minh Luân'}
    """
    card: dict[str, str] = {}
    for i, line in enumerate(lines):
        if panel_label.match(line):
            value = next((v.strip(" |") for v in lines[i + 1:i + 5] if v.strip(" |")), "")
            label = line.rstrip(": ").strip()
            if value and not panel_label.match(value) and label not in card:
                card[label] = value
    return card


def _bridge_top(lines: list[str], marked: list[bool]) -> None:
    """Mark the few lines caught between two furniture lines (the "X" of a closed notice)."""
    last = None
    for i, is_furniture in enumerate(marked):
        if not is_furniture:
            continue
        if last is not None:
            between = [j for j in range(last + 1, i) if lines[j].strip(" |-")]
            if 0 < len(between) <= _BRIDGE and all(len(lines[j]) <= 40 for j in between):
                for j in range(last + 1, i):
                    marked[j] = True
        last = i


def page_end(lines: list[str], start: int, page_end_line: re.Pattern[str], page_title: re.Pattern[str],
             motto: re.Pattern[str], closing: re.Pattern[str]) -> int:
    """Index of the first line of the page's trailing part at or after ``start`` (len(lines) if none).

    A page title that reports the document ("Quyết định 1498/QĐ-UBND năm 2025 phê duyệt ...")
    just above the first trailing line belongs to the trailing part; so does a page title over
    a new header after the document's ``closing`` (the page goes on with its translation).
    """
    closed = False
    for i in range(start, len(lines)):
        closed = closed or bool(closing.match(lines[i]))
        if closed and page_title.match(lines[i]) and any(motto.match(line) for line in _next_words(lines, i, 4)):
            return i
        if page_end_line.match(lines[i]) and not _article_goes_on(lines, i):
            before = i - 1
            while before >= start and not lines[before].strip(" |"):
                before -= 1
            if before >= start and page_title.match(lines[before]):
                return before
            return i
    return len(lines)


def box_titles(lines: list[str], start: int, end: int, page_end_line: re.Pattern[str]) -> list[int]:
    """The lines before the page's trailing part that title an empty box of links: "TIN LIÊN QUAN" right
    before the article's next paragraph, its links lost in the crawl. They are the site's, not the article's;
    a box that kept its links stays, a break in the article.

    >>> import re
    >>> prose = "Báo cáo kết quả " + "thực hiện " * 15 + "trước ngày 10/6."
    >>> box_titles(["Chủ tịch chỉ đạo ...", "TIN LIÊN QUAN", prose], 0, 3, re.compile("TIN LIÊN QUAN"))
    [1]
    >>> box_titles(["Chủ tịch chỉ đạo ...", "TIN LIÊN QUAN", "Thời tiết ngày 30/8", prose], 0, 4,
    ...            re.compile("TIN LIÊN QUAN"))
    []
    """
    return [i for i in range(start, end) if page_end_line.match(lines[i])
            and all(len(line.split()) >= _PROSE_WORDS for line in _next_words(lines, i, 1))]


def _article_goes_on(lines: list[str], i: int) -> bool:
    """Whether the text after a trailing part's first line is the article again: a crawl may
    keep a box of links ("Tin liên quan", "Đọc nhiều") above the article's body. A box holds
    titles; a paragraph of prose ending its sentence, among the next lines, is the body."""
    return any(len(line.split()) >= _PROSE_WORDS and line.rstrip().endswith((".", "!", "?", "…"))
               for line in _next_words(lines, i, _LINKS_BEFORE_BODY))


_PROSE_WORDS = 30  # longer than any link's title
_LINKS_BEFORE_BODY = 4


def _next_words(lines: list[str], i: int, count: int) -> list[str]:
    """The next ``count`` lines with words after line ``i``."""
    found: list[str] = []
    for line in lines[i + 1:]:
        if len(found) == count:
            break
        if line.strip(" |-*"):
            found.append(line)
    return found
