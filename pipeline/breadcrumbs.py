"""The breadcrumb a legal library's crawl writes before the parts of a stored document.

Such a crawl flattens a document into a few long lines and names it, as the library titles
it, before each part it stored apart: "Quyết định 435/QĐ-UBND năm 2020. Điều 1.", "Quyết
định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG". The path is
no word of the document: it is dropped where it repeats. What the crawl ran together in
such a text is parted again: an attached text's heading from its title, the note that
attaches it ("(Ban hành kèm theo Quyết định số ...)") from the title, and a numbered
item's marker left at the end of the line above ("... tiến bộ 1.1." / "Tổ chức ...").

Only a text whose opening name repeats before two lines or more is read this way.
"""

from __future__ import annotations

import re

from .patterns import CAPITALS

# the library's name of a document: its type, its number, "năm" and the year, then ". "
_NAME = re.compile(rf"^[{CAPITALS}][^\W\d_]*(?:[ \t][^\W\d_]+){{0,4}}[ \t](?:số[ \t])?\d[\w.-]*/[\w./&-]+"
                   r"[ \t]năm[ \t](?:19|20)\d{2}\.[ \t]")
_REPEATS = 2  # lines after the first that must open with the same name
# a part's name in capitals after the document's: "CHƯƠNG TRÌNH HÀNH ĐỘNG. "
_PART = re.compile(rf"^([{CAPITALS}][{CAPITALS} ,-]{{2,80}}?)\.[ \t]+(?=\S)")
# the note that attaches a text, run onto the end of its title in capitals
_ATTACHED = re.compile(r"[ \t]+(\((?:Ban hành |Được ban hành )?[Kk]èm theo[^()]*\))[ \t]*$")
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
    crumb = name.group(0)
    opened = [i for i, line in enumerate(lines) if i != first and line.startswith(crumb)]
    if len(opened) < _REPEATS:
        return text
    seen_parts: set[str] = set()
    out: list[str] = []
    for index, line in enumerate(lines):
        if index == first and line[len(crumb):].strip():
            line = line[len(crumb):]  # the page's title, run into the header
        elif index in opened:
            line = line[len(crumb):]
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


def _parted(line: str) -> list[str]:
    """A line of the flattened text, the attaching note and a stray marker moved to lines of their own."""
    attached = _ATTACHED.search(line)
    if attached and line[: attached.start()].upper() == line[: attached.start()]:
        return [line[: attached.start()], attached.group(1)]
    marker = _TRAILING_MARKER.search(line)
    if marker and not _CITING.search(line[: marker.start()].rstrip()):
        return [line[: marker.start()], marker.group(1)]
    return [line]
