"""The breadcrumb a legal library's crawl writes before the parts of a stored document.

Such a crawl flattens a document into a few long lines and names it, as the library titles
it, before each part it stored apart: "Quyết định 435/QĐ-UBND năm 2020. Điều 1.", "Quyết
định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG". The path is
no word of the document: it is dropped where it repeats. What the crawl ran together in
such a text is parted again: an attached text's heading from its title, the note that
attaches it ("(Ban hành kèm theo Quyết định số ...)") from the title, and a numbered
item's marker left at the end of the line above ("... tiến bộ 1.1." / "Tổ chức ...").

Only a text whose opening name repeats before two lines or more is read this way.

The same crawl runs a document's header into its page title: "Công văn 778/TCHQ-GSQL. BỘ TÀI
CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ...". Under such a title the
header's cells are parted again at the rules between them, the issuer's name in capitals from
the title, and "Kính gửi:" from the date it was run onto.
"""

from __future__ import annotations

import re

from .patterns import CAPITALS, PAGE_MARK, PAGE_MARK_OPTIONAL, SIGNATURE_AUTHORITY, alternation

# the library's name of a document: its type, its number, "năm" and the year (when the number
# does not hold it: "Quyết định 05/2025/QĐ-TTg."), then ". "
_NAME = re.compile(rf"^[{CAPITALS}][^\W\d_]*(?:[ \t][^\W\d_]+){{0,4}}[ \t](?:số[ \t])?\d[\w.-]*/[\w./&-]+"
                   r"(?:[ \t]năm[ \t](?:19|20)\d{2})?\.(?:[ \t]|$)")
_REPEATS = 2  # lines after the first that must open with the same name
# a part's name in capitals after the document's: "CHƯƠNG TRÌNH HÀNH ĐỘNG. "
_PART = re.compile(rf"^([{CAPITALS}][{CAPITALS} ,-]{{2,80}}?)\.[ \t]+(?=\S)")
# the note that attaches a text, run onto the end of its title in capitals
_NOTE = r"\((?:Ban hành |Được ban hành )?[Kk]èm theo[^()]*\)"
_ATTACHED = re.compile(rf"[ \t]+({_NOTE})[ \t]*$")
# a numbered item's marker at the end of the line above its text: "... tiến bộ 1.1."
_TRAILING_MARKER = re.compile(r"(?<=\S)[ \t]+(\d{1,2}(?:\.\d{1,2})+\.)[ \t]*$")
_CITING = re.compile(r"(?<![\wđ])(?:mục|điểm|khoản|tiết|phần|tại|theo)$", re.IGNORECASE)


def drop_breadcrumbs(text: str) -> str:
    """``text`` without a legal library's repeated document name before its lines."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    name = _NAME.match(lines[first]) if first is not None else None
    if name is None:
        return text
    crumb = name.group(0).rstrip()
    # a page mark may stand before any of its words while the text is normalised
    crumb_at = re.compile("".join(re.escape(c) + (_M if c == " " else "") for c in crumb))
    opened = [i for i, line in enumerate(lines) if i != first and crumb_at.match(line.lstrip(PAGE_MARK))]
    if len(opened) < _REPEATS:
        return text
    seen_parts: set[str] = set()
    out: list[str] = []
    for index, line in enumerate(lines):
        if index == first and line[len(crumb):].strip():
            line = line[len(crumb):].lstrip(" \t")  # the page's title, run into the header
        elif index in opened:
            line = _without_crumb(line, crumb_at)
            part = _PART.match(line)
            if part and not re.match(r"^(?:[IVXLC]+|Điều)\b", part.group(1)):
                rest = line[part.end():]
                if part.group(1) in seen_parts:
                    line = rest  # the attached text's name again, before one of its parts
                else:
                    seen_parts.add(part.group(1))
                    out.append(part.group(1))  # the attached text's heading, on its own line
                    line = rest
        out.extend(_parted(line))
    return "\n".join(out)


def _without_crumb(line: str, crumb_at: re.Pattern[str]) -> str:
    """The line after the document's name it opens with; the page marks inside the name stay."""
    opening = len(line) - len(line.lstrip(PAGE_MARK))
    found = crumb_at.match(line, opening)
    marks = line[: found.end()].count(PAGE_MARK) if found else 0
    rest = line[found.end() :].lstrip(" \t") if found else line
    return PAGE_MARK * marks + rest


def _parted(line: str) -> list[str]:
    """A line of the flattened text, the attaching note and a stray marker moved to lines of their own."""
    attached = _ATTACHED.search(line)
    if attached and line[: attached.start()].upper() == line[: attached.start()]:
        return [line[: attached.start()], attached.group(1)]
    marker = _TRAILING_MARKER.search(line)
    if marker and not _CITING.search(line[: marker.start()].rstrip()):
        return [line[: marker.start()], marker.group(1)]
    return [line]


# A page mark (``patterns.PAGE_MARK``) may stand before any word while the text is normalised:
# the patterns below let one open a word, so that pages never change what they part.
_M = PAGE_MARK_OPTIONAL
_SP = rf"[ \t]+{_M}"
# the title a library gives a page: the type, then the number ("Công văn 778/TCHQ-GSQL", "Chỉ thị 299/TTg")
PAGE_TITLE = re.compile(rf"^{_M}(?!Số\b)[{CAPITALS}][^\W\d_]+(?:{_SP}[^\W\d_]+){{0,3}}{_SP}(?:số{_SP})?"
                        r"[\w.-]*\d[\w.-]*/\S+")
_HEADER_LINES = 4
# a rule between two cells of the header, text after it on the same line
_RULE_BETWEEN = re.compile(r"(?<=[-_=]{3})[ \t]+(?=\S)")
# the issuer's name in capitals after the page title: two capital words or more
_CAPITALS_RUN = re.compile(rf"(?<=\S)[ \t]+(?={_M}[{CAPITALS}]{{2,}}{_SP}[{CAPITALS}]+(?:[ \t]|$))")
_ADDRESSEE_AFTER = re.compile(rf"(?<=\S)[ \t]+(?={_M}(?:Đồng{_SP})?[Kk]ính{_SP}gửi\b)")
# the place and date after the number ("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020"), and the
# type heading in capitals after the date ("... năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH ...")
_PLACE_DATE_AFTER = re.compile(rf"(?<=\S)[ \t]+(?={_M}[{CAPITALS}][^\s,]*(?:{_SP}[{CAPITALS}][^\s,]*){{0,3}},"
                               rf"[ \t]*{_M}ngày[ \t]*{_M}\d)")
_HEADING_AFTER_DATE = re.compile(rf"(?<=\d{{4}})[ \t]+(?={_M}[{CAPITALS}]{{2,}}{_SP}[{CAPITALS}]{{2,}})")
_AFTER_YEAR = re.compile(rf"năm[ \t]+{_M}\d{{4}}$")


def part_library_header(text: str) -> str:
    """The header a library's crawl ran into its page title, its cells on lines of their own."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not PAGE_TITLE.match(lines[first]):
        return text
    out = lines[:first]
    for index in range(first, min(first + _HEADER_LINES, len(lines))):
        line = lines[index]
        if index == first:
            run = _CAPITALS_RUN.search(line, PAGE_TITLE.match(line).end())
            line = f"{line[:run.start()]}\n{line[run.end():]}" if run else line
        line = _RULE_BETWEEN.sub("\n", line)
        line = _ADDRESSEE_AFTER.sub("\n", line, count=1)
        line = _PLACE_DATE_AFTER.sub("\n", line, count=1) if re.match(rf"{_M}Số\s*:", line) else line
        line = _HEADING_AFTER_DATE.sub(lambda m: "\n" if _AFTER_YEAR.search(m.string, 0, m.start()) else m.group(0),
                                       line, count=1)
        out.append(line)
    out.extend(lines[first + _HEADER_LINES:])
    return "\n".join(out)


def part_signed_annex(text: str, headings: tuple[str, ...] = ()) -> str:
    """An attached text's heading, title and note a crawl ran onto the signature above them ("KT. BỘ
    TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI ... (Ban hành kèm theo Quyết định số
    173/QĐ-BTP ...)"), each on a line of its own, and the body run onto the note after it.
    ``headings`` are the names an attached text is headed by ("Kế hoạch", "Phụ lục"), in capitals there.
    """
    if not headings or "kèm theo" not in text.lower():
        return text
    heading = re.compile(rf"[ \t]+(?=(?:{alternation([h.upper() for h in headings])})(?:[ \t]|$))")
    lines = text.split("\n")
    out: list[str] = []
    recipients_at = last_at = -_RECIPIENT_REACH - 1  # the last "Nơi nhận:" line, the last line with words
    for index, line in enumerate(lines):
        # the line right after a list of recipients ("Nơi nhận:" and its "- ..." lines) is the signature
        listed = index - recipients_at <= _RECIPIENT_REACH and index - last_at <= _RECIPIENT_REACH and (
            lines[last_at].lstrip().startswith("-"))
        if line.strip():
            last_at = index
            if line.lstrip().lower().startswith("nơi nhận"):
                recipients_at = index
        cut = heading.search(line) if SIGNATURE_AUTHORITY.match(line) or listed else None
        if cut is not None and not line[: cut.start()].isupper():
            out.append(line[: cut.start()])  # the signer, then the attached text's heading
            line = line[cut.end():]
        note = _NOTE_WITHIN.search(line)
        if note and note.start() > 0 and line[: note.start()].upper() == line[: note.start()]:
            out += [line[: note.start()].rstrip(), note.group(1)]
            line = line[note.end():].lstrip()
            if not line:
                continue
        out.append(line)
    return "\n".join(out)


# the note that attaches a text, inside a line: its title before it in capitals, the body after it
_NOTE_WITHIN = re.compile(rf"[ \t]*({_NOTE})")
_RECIPIENT_REACH = 20  # lines up from a signature to its "Nơi nhận:"
