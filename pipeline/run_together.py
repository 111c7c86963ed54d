"""Lines a flattened or scanned text ran together, parted onto lines of their own.

A crawl or a converter that drops a document's paragraph breaks leaves a heading and what
follows it on one line. Two shapes are certain from the layout alone:

- a numbered heading in capitals, then a sentence: "II. MỤC TIÊU, NHIỆM VỤ NĂM 2024 Bộ TN&MT
  yêu cầu các đơn vị ...:" -> "II. MỤC TIÊU, NHIỆM VỤ NĂM 2024" / "Bộ TN&MT yêu cầu ...";
- a numbered heading, then its own first sub-item: "2. Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp
  tục rà soát ..." -> "2. Nhiệm vụ và giải pháp chủ yếu" / "2.1. Tiếp tục rà soát ...".

The heading's scope (a lead-in under it, the sub-items it numbers) then reaches its items.

The closing's two columns read across run the recipients' label into the signature beside it:
"Nơi nhận: TM. ỦY BAN NHÂN DÂN", or with the label garbled by a scan's text recognition, "Net
Kiện: " TM. CHÍNH PHỦ". Who signs for whom then opens a line, where the closing is found.

A letter's header read as one paragraph runs its place and date, its addressee and its first sentence
together: "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Chủ tịch UBND các tỉnh Thực hiện Luật ..., Bộ
Y tế đề nghị ...:" -> the date / "Kính gửi: Chủ tịch UBND các tỉnh" / "Thực hiện Luật ...".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .patterns import (
    ADDRESSEE_LABEL,
    CAPITALS,
    PAGE_MARK,
    PAGE_MARK_OPTIONAL,
    SIGNATURE_AUTHORITY,
    TITLE_GOES_ON,
)

if TYPE_CHECKING:
    from .normalize import LineJoining

_M = PAGE_MARK_OPTIONAL
# a numbered heading's marker; an Arabic number's first sub-item may be run onto it ("2. ... 2.1. ...")
_HEADING_MARKER = re.compile(rf"^[ \t]*{_M}(?:[IVXLC]{{1,5}}|(?P<number>\d{{1,2}}(?:\.\d{{1,2}})*))\.[ \t]+")
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]")
_CAPITALISED = re.compile(rf"^{_M}[{CAPITALS}][^\W\d_]*[a-zđà-ỹ][^\W\d_]*")
_MIN_CAPITAL_WORDS = 2  # "MỤC TIÊU", "TỔ CHỨC THỰC HIỆN": one word in capitals may be a name


def part_run_headings(text: str) -> str:
    """``text`` with a numbered heading and the sentence or first sub-item run after it parted."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(_parted(line))
    return "\n".join(out)


def _parted(line: str) -> list[str]:
    marker = _HEADING_MARKER.match(line)
    if marker is None:
        return [line]
    first_child = _first_child_at(line, marker)
    if first_child is not None:
        return [line[:first_child].rstrip(), line[first_child:]]
    sentence = _sentence_after_capitals(line, marker.end())
    if sentence is not None:
        return [line[:sentence].rstrip(), line[sentence:]]
    return [line]


def _first_child_at(line: str, marker: re.Match[str]) -> int | None:
    """Where the heading's first sub-item ("2.1." under "2.") starts inside its line."""
    if marker["number"] is None:
        return None
    child = re.compile(rf"(?<=\S)[ \t]+({_M}{re.escape(marker['number'])}\.1\.[ \t]+{_M}[{CAPITALS}])")
    found = child.search(line, marker.end())
    return found.start(1) if found else None


def _sentence_after_capitals(line: str, start: int) -> int | None:
    """Where a sentence starts after the heading's words in capitals, if two or more lead the line."""
    capital_words = 0
    for word in _WORD.finditer(line, start):
        token = word.group(0)
        if not _LETTERS.search(token) or token.upper() == token:
            capital_words += bool(_LETTERS.search(token))
            continue
        if capital_words >= _MIN_CAPITAL_WORDS and _CAPITALISED.match(token):
            return word.start()
        return None
    return None


# an article a flattened text ran on after the sentence before it, or after the enacting "QUYẾT ĐỊNH":
# "... Quy định về ban hành văn bản. Điều 3. Giao Văn phòng ..." (never an article cited inside a
# sentence: "theo Điều 3. ..." has no sentence end before it)
_RUN_ARTICLE = re.compile(rf"(?:(?<=[.;:!?”\"])|(?<=QUYẾT ĐỊNH))[ \t]+"
                          rf"(?={_M}Điều[ \t]+{_M}\d{{1,3}}[ \t]*[.:][ \t]+{_M}[{CAPITALS}])")


def part_run_articles(text: str) -> str:
    """``text`` with each article a flattened decision ran on after the sentence before it on a line of
    its own: "... QUYẾT ĐỊNH Điều 1. Ban hành ... Điều 2. Quyết định này ..." -> "Điều 1. ..." / "Điều 2. ..."."""
    return _RUN_ARTICLE.sub("\n", text)


# a label of one to three words and its colon, then who signs for whom, in capitals (not the cells of a
# table row, "Nơi nhận: | KT. BỘ TRƯỞNG |", which the closing reads as cells)
_LABEL_THEN_SIGNATURE = re.compile(
    rf"^[ \t]*{_M}[^\W\d_]+(?:[ \t]+{_M}[^\W\d_]+){{0,2}}[ \t]*:[^\w\n|]{{0,6}}?[ \t]+"
    rf"(?={_M}(?:TM|KT|TL|TUQ)\.[ \t]*{_M}[{CAPITALS}]{{2,}})")


def part_run_signature(text: str) -> str:
    """``text`` with a signature run onto the recipients' label beside it on a line of its own."""
    out: list[str] = []
    for line in text.split("\n"):
        run = _LABEL_THEN_SIGNATURE.match(line)
        if run and SIGNATURE_AUTHORITY.match(line[run.end():].replace(PAGE_MARK, "")):
            label = line[: run.end()].rstrip()
            out += [label.rstrip(' "\'“”'), line[run.end():]]
        else:
            out.append(line)
    return "\n".join(out)


# the recipients' label run onto the end of the text: "... biết, thực hiện./.Nơi nhận:"
_RECIPIENTS_AFTER_END = re.compile(r"(?<=\./\.)[ \t]*(?=Nơi[ \t]+nhận[ \t]*:)")


def part_run_recipients(text: str) -> str:
    """``text`` with the recipients' label that a crawl ran onto the text's closing mark ("./.") on a line of its
    own."""
    return _RECIPIENTS_AFTER_END.sub("\n", text) if "Nơi" in text else text


# the addressee's label right after a date's year on one line: "... ngày 27 tháng 09 năm 2013 Kính gửi: ..."
# a header's date up to its year ("... ngày 27 tháng 09 năm 2013"), then what a crawl ran onto its line
_AFTER_DATE = r"(?<=ngày)(?P<date>[^\n]*?\d{4})[ \t]+"
_ADDRESSEE_AFTER_DATE = re.compile(rf"{_AFTER_DATE}(?={ADDRESSEE_LABEL}[ \t]*:)")
_ADDRESSEE_LABEL = re.compile(rf"[ \t]*{ADDRESSEE_LABEL}[ \t]*:")
_ADDRESSEE_WORDS = 2  # an addressee has a name of two words at least before the body goes on


def part_run_addressee(text: str, joining: LineJoining | None = None) -> str:
    """``text`` with a letter's date, its "Kính gửi:" line and its first sentence, run onto one line by a
    crawl, parted onto lines of their own (``joining.letter_body``: what the first sentence opens with)."""
    if "gửi" not in text:
        return text
    if joining is None:
        from .normalize import default_line_joining

        joining = default_line_joining()
    out: list[str] = []
    for line in text.split("\n"):
        cuts = _addressee_cuts(line.replace(PAGE_MARK, ""), joining) if "gửi" in line else []
        out.extend(_parted_at(line, cuts) if cuts else [line])
    return "\n".join(out)


# a date's year, then on the same line what a type heading may open: "... ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT ..."
_YEAR_THEN_CAPITALS = re.compile(rf"{_AFTER_DATE}(?=[{CAPITALS}]{{2}})")


def part_run_type_heading(text: str, joining: LineJoining | None = None) -> str:
    """``text`` with a document's type heading in capitals, which a crawl ran onto its place and date, on
    a line of its own: "Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM ..." -> the date /
    "NGHỊ QUYẾT THÍ ĐIỂM ..." (``joining.type_heading``: the types, as a heading writes them). On a type
    heading's line, the enacting authority run onto the title ("... NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP") and
    a sentence run on after the capitals ("... QUỐC HỘI Xét thấy, ...") open lines too."""
    if joining is None:
        from .normalize import default_line_joining

        joining = default_line_joining()
    out: list[str] = []
    for line in text.split("\n"):
        visible = line.replace(PAGE_MARK, "")
        dated = _YEAR_THEN_CAPITALS.search(visible) if "ngày" in visible else None
        heading = dated.end() if dated else len(visible) - len(visible.lstrip())
        if not joining.type_heading.match(visible, heading):
            out.append(line)
            continue
        cuts = [(dated.end("date"), dated.end())] if dated else []
        sentence = _sentence_after_capitals(visible, heading)  # "... QUỐC HỘI Xét thấy, ..."
        authority = _authority_at(visible, heading, sentence or len(visible), joining)
        if authority is not None:  # "... NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP": who enacts, under the title
            cuts.append((len(visible[:authority].rstrip()), authority))
        if sentence is not None:
            cuts.append((len(visible[:sentence].rstrip()), sentence))
        out.extend(_parted_at(line, cuts) if cuts else [line])
    return "\n".join(out)


_AUTHORITY_WORDS = 10  # "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH": the longest enacting line


def _authority_at(line: str, start: int, end: int, joining: LineJoining) -> int | None:
    """Where the enacting authority starts at the end of a title in capitals (``line[start:end]``): the
    last run of enacting words, when only a name follows it and it does not go on a title's "CỦA"."""
    found = list(joining.enacting.finditer(line, start, end))
    if not found:
        return None
    at = len(found) - 1
    while at and not line[found[at - 1].end() : found[at].start()].strip():
        at -= 1  # "THỦ TƯỚNG CHÍNH PHỦ": one authority, from its first word
    begin = found[at].start()
    if (begin == start or TITLE_GOES_ON.search(line[start:begin].rstrip())
            or len(line[begin:end].split()) > _AUTHORITY_WORDS):
        return None
    return begin


def _addressee_cuts(line: str, joining: LineJoining) -> list[tuple[int, int]]:
    """Where a letter's line parts: (end of a part, start of the next) before "Kính gửi:" after a date,
    and before the first sentence after the addressee."""
    cuts = []
    dated = _ADDRESSEE_AFTER_DATE.search(line)
    if dated:
        cuts.append((dated.end("date"), dated.end()))
    label = _ADDRESSEE_LABEL.match(line, cuts[-1][1] if cuts else 0)
    body = joining.letter_body.search(line, label.end()) if label else None
    if label and body and len(line[label.end() : body.start()].split()) >= _ADDRESSEE_WORDS:
        cuts.append((len(line[: body.start()].rstrip()), body.start(1)))
    return cuts


def _parted_at(line: str, cuts: list[tuple[int, int]]) -> list[str]:
    """``line`` parted at ``cuts``, offsets in the line read without its page marks; the marks between
    two parts open the second."""
    index = [k for k, char in enumerate(line) if char != PAGE_MARK] + [len(line)]
    parts, start, carried = [], 0, ""
    for end, resume in cuts:
        left_end = index[end - 1] + 1 if end else 0
        parts.append(carried + line[start:left_end])
        carried = PAGE_MARK * line[left_end : index[resume]].count(PAGE_MARK)
        start = index[resume]
    parts.append(carried + line[start:])
    return parts
