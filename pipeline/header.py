"""The header of a document: issuer, motto, number, place and date, type heading and title.

Decree 30/2020/NĐ-CP lays a header out in two columns: the issuer and "Số: ..." (and an
official letter's "V/v ..." subject) on the left, the national motto (the Party's name on
Party documents) and "<place>, ngày ... tháng ... năm ..." on the right; the type heading
("QUYẾT ĐỊNH", "CÔNG ĐIỆN") and the title follow, then the enacting authority
("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."). A web page may show the header after its own
summary of the document, or lose it: the document then opens with its type heading, or with
"Kính gửi" (a letter), or with its body.

The functions read the emphasis-free lines of :mod:`pipeline.lines`; ``skip`` marks lines
that are not the document's (site furniture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .breadcrumbs import PAGE_TITLE
from .lines import (
    PLACE_DATE,
    RECIPIENTS,
    SUBJECT,
    LayoutVocab,
    bare_letters,
    citation_at,
    is_capitals,
    is_heading,
    is_rule,
    is_stamp_field,
)
from .patterns import NUMBER_NOTATION, SIGNATURE_AUTHORITY, TITLE_GOES_ON

# How far from its anchor a part of the header may stand, in lines with words.
_HEADING_REACH = 16
_ISSUER_LINES = 6
_BODY_OPENERS = re.compile(r"^(?:Kính gửi|Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)", re.IGNORECASE)
# the motto's line; a crawl may run the slogan and the rule under it onto it
_MOTTO_SHAPE = re.compile(r"[^\d.;:]{2,60}?(?:[ \t]+Độc lập[ \t]*[-–][ \t]*Tự do[ \t]*[-–][ \t]*Hạnh phúc)?"
                          r"(?:[ \t]*[-_=]{3,})?", re.IGNORECASE)
_HAS_DATE = re.compile(r"ngày\s*(?:\d|$)|tháng\s+\d{1,2}\s+năm\s+\d{4}|,\s*ngày", re.IGNORECASE)


@dataclass
class Header:
    """Indices (into the line list) of a document's start and header, and what the header says."""

    start: int  # first line of the document: its header, or its first line when it has none
    end: int  # last line of the header; ``start - 1`` when there is no header
    heading: str | None = None  # the type heading as written, in capitals ("QUYẾT ĐỊNH")
    title: str | None = None
    lines: list[str] = field(default_factory=list)  # header lines above the type heading
    letter: bool = False  # a header without a type heading, or a text opening with "Kính gửi"
    authority: str | None = None  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "THỦ TƯỚNG CHÍNH PHỦ điện:"
    attached_to: str | None = None  # "(Ban hành kèm theo Quyết định số ...)" under the title


_SHORT_HEADING = 80  # characters of a sentence-cased type heading and its issuer


def _heading_shape(text: str, found: re.Match[str]) -> bool:
    """A type word heads the document when written as a heading, not opening a sentence.

    The heading is in capitals ("THÔNG BÁO Về việc ..."), or the type name alone ("Thông tư"),
    or all small letters: legacy files set headings in a capitals font (.VnTimeH) over small
    letters, so "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG" reads "quyết định của bộ trưởng" (or, sentence-cased,
    "Quyết định của bộ trưởng"). "QUYẾT ĐỊNH:" is
    the enacting formula of a decision, not its heading.
    """
    rest = text[found.end():].strip()
    if rest.startswith(":"):
        return False
    letters = [c for c in text if c.isalpha()]
    return (is_heading(text.split(" Về ")[0]) or not rest.strip(" .")
            or (len(text) <= 150 and all(c.islower() for c in letters) and not text.endswith("."))
            # ... or sentence-cased by a conversion that lost the capitals font: "Nghị định của chính phủ"
            or (len(text) <= _SHORT_HEADING and all(c.islower() for c in letters[1:])
                and rest.startswith("của ") and not text.endswith((".", ",", ";", ":"))))


# the word an older text sets before its type: "Bản Quy định", "BẢN ĐIỀU LỆ"
_TITLED = re.compile(r"(?:Bản|BẢN)\s+")


def type_heading_at(lines: list[str], i: int, nxt: int | None, vocab: LayoutVocab) -> tuple[str, int] | None:
    """The type heading that line ``i`` opens, as written, and the index of its last line.

    A narrow cell may break the heading: "BÁO" / "CÁO". A heading that ends a table cell
    (a "|" line under it) is a column's name ("VĂN BẢN QUY ĐỊNH"), not the document's type.
    """
    found = vocab.type_heading.match(lines[i])
    if found and _heading_shape(lines[i], found):
        return (found.group(0), i) if not _ends_cell(lines, i) else None
    titled = _TITLED.match(lines[i])  # "Bản Quy định", "BẢN ĐIỀU LỆ": the type under its old title word
    untitled = lines[i][titled.end():] if titled else ""
    found = vocab.type_heading.match(untitled) if titled else None
    if found and _heading_shape(untitled, found) and not _ends_cell(lines, i):
        return found.group(0), i
    scanned = vocab.scanned_heading.match(lines[i]) if is_capitals(lines[i]) else None
    if scanned and _heading_shape(lines[i], scanned) and not _ends_cell(lines, i):
        return vocab.type_by_bare[bare_letters(scanned.group(0)).upper()], i  # "NGHỊ QUYET": "NGHỊ QUYẾT"
    if nxt is not None and len(lines[i].split()) <= 2 and is_capitals(lines[i]):
        joined = f"{lines[i]} {lines[nxt]}"
        found = vocab.type_heading.match(joined)
        if found and found.end() > len(lines[i]) and _heading_shape(joined, found) and not _ends_cell(lines, nxt):
            return found.group(0), nxt
    return None


def _ends_cell(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].strip() == "|"


def is_motto(lines: list[str], i: int, nxt: int | None, vocab: LayoutVocab) -> bool:
    """The motto's first line, also when a narrow cell breaks it ("CỘNG" / "HÒA XÃ HỘI ...").

    The motto stands alone on its line: a sentence wrapped before "Cộng hòa xã hội chủ nghĩa
    Việt Nam số 69/2014/QH13" is no motto.
    """
    if _MOTTO_SHAPE.fullmatch(lines[i]) is None:
        return False
    if vocab.motto.match(lines[i]):
        return True
    return nxt is not None and len(lines[i]) <= 24 and bool(vocab.motto.match(f"{lines[i]} {lines[nxt]}"))


def find_header(lines: list[str], skip: list[bool], gaps: list[bool], start: int, end: int,
                vocab: LayoutVocab) -> Header:
    """Where the document starts in ``lines[start:end]`` and what its header says.

    ``gaps[i]`` tells that a blank line stands before line ``i`` (a title paragraph ends there).
    """
    content = [i for i in range(start, end) if not skip[i] and not is_rule(lines[i])]
    if not content:
        return Header(start, start - 1)
    nxt = {a: b for a, b in zip(content, content[1:], strict=False)}
    closing = next((i for i in content if RECIPIENTS.match(lines[i]) or SIGNATURE_AUTHORITY.match(lines[i])),
                   end)
    # The document's header stands before its closing and before its bases ("Căn cứ Luật ..."): a motto
    # after them heads an attached form (a return, a report's template).
    bases = next((i for i in content if vocab.basis.match(lines[i])), end)
    motto = next((k for k, i in enumerate(content)
                  if i < min(closing, bases) and is_motto(lines, i, nxt.get(i), vocab)), None)
    early = next((k for k, i in enumerate(content[:12]) if type_heading_at(lines, i, nxt.get(i), vocab)), None)
    if early is not None and (motto is None or early < motto):
        first = _number_and_date_above(lines, content, early, vocab)
        return _with_heading(lines, content, first, early, [lines[i] for i in content[first:early]], gaps, vocab)
    if motto is None:
        return _unheaded(lines, content, vocab)
    first = _issuer_start(lines, content, motto, vocab)
    for k in range(motto + 1, min(motto + _HEADING_REACH, len(content))):
        line = lines[content[k]]
        if _BODY_OPENERS.match(line) or RECIPIENTS.match(line) or (len(line) > 200 and not is_capitals(line)):
            break
        if type_heading_at(lines, content[k], nxt.get(content[k]), vocab):
            above = [lines[i] for i in content[first:k]]
            return _with_heading(lines, content, first, k, above, gaps, vocab)
    return _letter(lines, content, first, motto, vocab)


def _number_and_date_above(lines: list[str], content: list[int], at: int, vocab: LayoutVocab) -> int:
    """Position (in ``content``) of the first of the number and place-and-date lines right above a type
    heading that has no motto (the issuer's column lost: "Số 70/KH-UBND" / "Cần Thơ, ngày 15 tháng 9 năm
    2025" / "KẾ HOẠCH"); ``at`` when none stands there."""
    first = at
    while first > 0 and ((vocab.number_line.match(lines[content[first - 1]])
                          and NUMBER_NOTATION.search(lines[content[first - 1]]))
                         or PLACE_DATE.match(lines[content[first - 1]])):
        first -= 1
    return first


def _issuer_start(lines: list[str], content: list[int], motto: int, vocab: LayoutVocab) -> int:
    """Position (in ``content``) of the header's first line: the issuer above the motto.

    Walking up from the motto, header lines are short and end no sentence; the site's
    summary of the document above a header does. A number's line may end in the full stop of
    the subject a crawl ran onto it ("Số: 2214/BXD-QLN V/v: Hỗ trợ ... về nhà ở.").
    """
    first = motto
    named = False  # an issuer's line in capitals is already taken: what stands above it is the page's
    for k in range(motto - 1, max(-1, motto - _ISSUER_LINES - 1), -1):
        line = lines[content[k]]
        # a letter's "V/v ..." under its number, or run onto it
        subject = (SUBJECT.match(line) or vocab.number_line.match(line)) and len(line) < 300
        if not subject and (len(line) > 100 or re.search(r"[.;!?]$", line) or _BODY_OPENERS.match(line)
                            or PAGE_TITLE.match(line)  # "Chỉ thị 299/TTg": a library's page title
                            or is_stamp_field(line)):
            break
        if named and (subject or line.startswith("Về ")) and not is_capitals(line):
            break  # "Về kết quả giám sát ..." above "ỦY BAN THƯỜNG VỤ": the library's title of the page
        named = named or is_capitals(line)
        first = k
    return first


def _with_heading(lines: list[str], content: list[int], first: int, at: int, above: list[str],
                  gaps: list[bool], vocab: LayoutVocab) -> Header:
    """A header whose type heading is ``content[at]``; its title lines follow the heading."""
    nxt = content[at + 1] if at + 1 < len(content) else None
    heading, last = type_heading_at(lines, content[at], nxt, vocab) or ("", content[at])
    written = lines[content[at]] if last == content[at] else f"{lines[content[at]]} {lines[last]}"
    titled = _TITLED.match(written)
    rest = written[len(heading) + (titled.end() if titled else 0):].strip(" :")
    parts = [rest] if rest else []
    authority = None
    following = [i for i in content[at + 1:at + 10] if i > last]
    for n, i in enumerate(following):
        line = lines[i]
        if _is_enacting(line, vocab) and not (parts and TITLE_GOES_ON.search(parts[-1])):
            authority = line
            break
        if parts and gaps[i] and not TITLE_GOES_ON.search(parts[-1]):
            break  # a blank line ends the title paragraph
        if is_heading(line) or is_capitals(line) or SUBJECT.match(line) or line.startswith("Về "):
            parts.append(line)
            last = i
        elif n == 0 and not parts and _looks_like_title(line):
            parts.append(line)
            last = i
            if not TITLE_GOES_ON.search(line):
                break
        elif (parts and TITLE_GOES_ON.search(parts[-1]) and not gaps[i] and "|" not in line and _looks_like_title(line)
              and not vocab.annex_citation.match(line)):
            parts.append(line)  # a sentence-cased title wrapped after "... đối với một số" goes on
            last = i
            if not TITLE_GOES_ON.search(line):
                break
        else:
            break
    title = " ".join(parts) or None
    # a regulation or plan published alone says under its title which decision it is attached to
    after = [k for k, i in enumerate(content) if i > last][:1]
    attached = None
    if after and authority is None:
        cited = citation_at(lines, content, after[0], vocab)
        if cited is not None:
            attached = " ".join(lines[i] for i in content[after[0]:cited + 1])
            last = content[cited]
    return Header(content[first], last, heading.upper(), title, above, authority=authority, attached_to=attached)


def _is_enacting(line: str, vocab: LayoutVocab) -> bool:
    """The enacting authority under a title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ điện:"."""
    return bool(vocab.enacting.match(line)) and is_heading(re.sub(r"\s*điện\s*:?\s*$|:$", "", line))


def _looks_like_title(text: str) -> bool:
    """A sentence-case title line right under the type heading: no final full stop."""
    return len(text) < 300 and not text.endswith((".", ":")) and not re.match(
        r"^(?:Căn cứ|Thực hiện|Sáng|Chiều|Ngày|Kính gửi)", text)


def _letter(lines: list[str], content: list[int], first: int, motto: int, vocab: LayoutVocab) -> Header:
    """An official letter's header: issuer, "Số:", "V/v ..." subject, motto, place and date."""
    zone = content[first:motto + _HEADING_REACH]
    last = content[motto]
    subject: list[str] = []
    seen_date = False
    for n, i in enumerate(zone):
        line = lines[i]
        if _BODY_OPENERS.match(line) or RECIPIENTS.match(line) or (n > motto - first and len(line) > 200):
            break
        inline = _INLINE_SUBJECT.search(line) if vocab.number_line.match(line) else None
        if SUBJECT.match(line):
            subject = _subject(lines, i, vocab)
            last = max(last, i + len(subject) - 1)
        elif inline:  # "Số: 627/BYT-BH V/v hướng dẫn ...": a crawl ran the subject onto the number's line
            subject = [line[inline.end() - len(inline.group(1)):]]
            last = max(last, i)
        elif vocab.number_line.match(line) or vocab.motto_line.match(line) or is_motto(lines, i, None, vocab):
            last = max(last, i)
        elif _HAS_DATE.search(line) and not seen_date:
            seen_date = True
            last = max(last, i)
            # "Hà Nội, ngày 18" / "tháng 11 năm 2025": the date goes on on the next line
            k = content.index(i)
            if k + 1 < len(content) and re.match(r"^(?:tháng|năm|\d)", lines[content[k + 1]]):
                last = max(last, content[k + 1])
        elif i > last and seen_date:
            break
    above = [lines[i] for i in content[first:] if i <= last]
    title = " ".join(subject)
    title = SUBJECT.sub("", title, count=1).strip(" :.") or None
    return Header(content[first], last, None, title, above, letter=True)


# a letter's subject after its number on one line
_INLINE_SUBJECT = re.compile(r"\s((?:V/v|V/V|Về việc)\b)")


def _subject(lines: list[str], at: int, vocab: LayoutVocab) -> list[str]:
    """The "V/v ..." subject lines: to the end of its cell, at most four lines."""
    subject = [lines[at]]
    for i in range(at + 1, min(at + 5, len(lines))):
        line = lines[i]
        if is_rule(line) or vocab.motto.match(line) or vocab.motto_line.match(line) or _HAS_DATE.search(line) \
                or _BODY_OPENERS.match(line) or RECIPIENTS.match(line) or vocab.number_line.match(line):
            break
        subject.append(line)
    return subject


def _unheaded(lines: list[str], content: list[int], vocab: LayoutVocab) -> Header:
    """A text without motto or type heading: a letter when it opens with "Kính gửi" or with
    "Số:" and a date, else a body (a press release, an excerpt)."""
    first = content[0]
    head = content[:8]
    number = next((i for i in head if vocab.number_line.match(lines[i])), None)
    dated = next((i for i in head if re.search(r",\s*ngày\s*\d", lines[i], re.IGNORECASE)), None)
    if number is not None and dated is not None:
        last = max(number, dated)
        return Header(first, last, None, None, [lines[i] for i in content if i <= last], letter=True)
    opens = lines[first].lower().startswith("kính gửi")
    return Header(first, first - 1, letter=opens)
