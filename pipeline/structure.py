"""Document structure: header, body blocks (paragraphs, items, headings), closing.

The header of a formal document holds the issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM", "Số: 12/TB-UBND", "Bình Định, ngày 05 tháng 01 năm 2024" and the
document type in capitals; the closing holds "Nơi nhận:" and the signature
(TM./KT./TL. lines, title, name). Neither contains tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import ITEM_START
from .normalize import SIGNATURE_AUTHORITY as _SIGNATURE_AUTHORITY

_HEADER_FURNITURE = re.compile(
    r"^(?:CỘNG HÒA XÃ HỘI|CHỦ NGHĨA VIỆT NAM|Độc lập\s*-|Số\s*:|[\W_]+$|V/v\b|"
    r".{2,40},\s*ngày(?:\s|$)|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$)",
    re.IGNORECASE,
)
# "Nơi nhận:" heads the recipient list; documents of the 1990s-2000s say "Nơi gửi:".
_RECIPIENTS = re.compile(r"^Nơi (?:nhận|gửi)\s*:?", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^(?:[A-ZĐ][a-zà-ỹđ]+)(?:\s+[A-ZĐ][a-zà-ỹđ]+){1,4}$")


@dataclass(frozen=True)
class Block:
    """One line of the canonical text: a paragraph, an item or a heading."""

    start: int
    end: int
    text: str
    kind: str  # "paragraph" | "item" | "heading"
    marker: str | None = None

    @property
    def body_start(self) -> int:
        """Offset where the text after the item marker begins."""
        return self.start + (len(self.marker) if self.marker else 0)


@dataclass
class Layout:
    blocks: list[Block]
    header_end: int = 0
    closing_start: int | None = None
    doc_heading: str | None = None
    title: str | None = None
    header_lines: list[str] = field(default_factory=list)
    closing_lines: list[str] = field(default_factory=list)
    letter: bool = False  # a formal header without a type heading: an official letter (công văn)


def is_heading(text: str) -> bool:
    """A line in capitals ("TỔ CHỨC THỰC HIỆN", "I. ĐÁNH GIÁ ...")."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) <= 2 and text.rstrip().endswith((".", ",", ";")):
        return False  # "TTHC." ends a sentence broken over lines: an abbreviation, not a heading
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _type_heading(text: str, type_heading: re.Pattern[str]) -> str | None:
    """The document type word a heading line opens with, as written, or None.

    A heading is in capitals ("THÔNG BÁO Về việc ..."), or is the type name alone
    ("Thông tư"), or is all small letters: legacy files set headings in a capitals
    font (.VnTimeH) over small letters, so after conversion "QUYẾT ĐỊNH CỦA BỘ
    TRƯỞNG" reads "quyết định của bộ trưởng". A sentence never starts in small letters.
    """
    found = type_heading.match(text)
    if not found:
        return None
    letters = [c for c in text if c.isalpha()]
    if (
        is_heading(text.split(" Về ")[0])
        or not text[found.end() :].strip(" :.")
        or (len(text) <= 150 and all(c.islower() for c in letters) and not text.endswith("."))
    ):
        return found.group(0)
    return None


def _looks_like_title(text: str) -> bool:
    """A sentence-case title line right under the type heading: no final full stop."""
    return len(text) < 300 and not text.endswith((".", ":")) and not re.match(
        r"^(?:Căn cứ|Thực hiện|Sáng|Chiều|Ngày|Kính gửi)", text)


def split_blocks(text: str) -> list[Block]:
    """Every non-empty line as a Block with offsets into ``text``."""
    blocks = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            marker_match = ITEM_START.match(stripped)
            marker = marker_match.group(0) if marker_match else None
            if marker and marker.strip().startswith(("Điều", "Khoản")):
                kind = "heading" if len(stripped) < 12 else "item"
            elif is_heading(stripped):
                kind = "heading"
            else:
                kind = "item" if marker else "paragraph"
            blocks.append(Block(start, start + len(stripped), stripped, kind, marker))
        offset += len(line) + 1
    return blocks


def analyse_layout(text: str, doc_type_words: list[str]) -> Layout:
    """Find header, document-type heading, title and closing of ``text``."""
    blocks = split_blocks(text)
    layout = Layout(blocks=blocks)
    type_heading = re.compile(r"^(?:" + "|".join(re.escape(w) for w in doc_type_words) + r")(?=\s|$|:)", re.IGNORECASE)
    # Header: furniture lines, then the type heading, then the title lines.
    for i, block in enumerate(blocks[:25]):
        heading = _type_heading(block.text, type_heading)
        if heading:
            layout.doc_heading = heading.upper()
            title_parts = [block.text[len(heading):].strip(" :")]
            end = block.end
            for nxt in blocks[i + 1 : i + 5]:
                if is_heading(nxt.text) or nxt.text.startswith(("V/v", "Về ")):
                    title_parts.append(nxt.text)
                    end = nxt.end
                elif nxt is blocks[i + 1] and _looks_like_title(nxt.text):
                    title_parts.append(nxt.text)
                    end = nxt.end
                    break
                else:
                    break
            layout.title = " ".join(p for p in title_parts if p) or None
            layout.header_end = end
            layout.header_lines = [b.text for b in blocks[:i]]
            break
    if layout.doc_heading is None:
        _letter_header(blocks, layout)
    # Closing: "Nơi nhận:" or a signature authority line in the last part of the text.
    for block in blocks:
        if block.start < layout.header_end:
            continue
        late = block.start > 0.4 * len(text)
        if _RECIPIENTS.match(block.text) or (late and _SIGNATURE_AUTHORITY.match(block.text)):
            layout.closing_start = block.start
            break
    if layout.closing_start is not None:
        layout.closing_lines = [b.text for b in blocks if b.start >= layout.closing_start]
    layout.blocks = [
        b for b in blocks
        if b.start >= layout.header_end
        and (layout.closing_start is None or b.start < layout.closing_start)
        and not (b.start < 600 and _HEADER_FURNITURE.match(b.text))
    ]
    return layout


# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", also when a narrow column wraps it
NATIONAL_MOTTO = re.compile(r"^CỘNG H(?:ÒA|OÀ) XÃ HỘI", re.IGNORECASE)
_NUMBER = re.compile(r"^Số\s*:", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^.{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)


def _letter_header(blocks: list[Block], layout: Layout) -> None:
    """The header of an official letter: issuer, "Số:", "V/v ..." subject, motto, place and date."""
    head = blocks[:20]
    number = next((i for i, b in enumerate(head) if _NUMBER.match(b.text)), None)
    motto = next((i for i, b in enumerate(head) if NATIONAL_MOTTO.match(b.text)), None)
    if number is None or motto is None:
        return
    layout.letter = True
    layout.header_lines = [b.text for b in head[: min(number, motto)]]
    end = max(number, motto)
    dated = next((i for i in range(end, len(head)) if _PLACE_DATE.match(head[i].text)), None)
    end = dated if dated is not None else end
    subject_at = next((i for i, b in enumerate(head) if b.text.startswith("V/v")), None)
    subject: list[str] = []
    if subject_at is not None:
        subject.append(head[subject_at].text[3:].strip(" :."))
        for block in head[subject_at + 1 : subject_at + 4]:
            if NATIONAL_MOTTO.match(block.text) or _HEADER_FURNITURE.match(block.text) or (
                    _PLACE_DATE.match(block.text) or _RECIPIENTS.match(block.text)
                    or block.text.startswith("Kính gửi")):
                break
            subject.append(block.text)
        end = max(end, subject_at + len(subject) - 1)
    layout.header_end = head[end].end
    layout.title = " ".join(subject) or None


def signer_of(closing_lines: list[str]) -> str | None:
    """The signer's name: the first line after the signature authority that reads as a name.

    Without an authority line ("TM. ...", "KT. ...") the search starts after the
    recipient list; an appendix after the signature never supplies the name.
    """
    names = [i for i, line in enumerate(closing_lines)
             if _PERSON_NAME.match(line.strip().rstrip(".")) and not _RECIPIENTS.match(line)]
    if not names:
        return None
    authority = next((i for i, line in enumerate(closing_lines) if _SIGNATURE_AUTHORITY.match(line)), None)
    start = authority if authority is not None else _recipients_end(closing_lines)
    chosen = next((i for i in names if i > start), names[-1])
    return closing_lines[chosen].strip().rstrip(".")


def _recipients_end(closing_lines: list[str]) -> int:
    """Index of the last line of the "Nơi nhận:" list (-1 when there is none)."""
    end = -1
    for i, line in enumerate(closing_lines):
        continues = end >= 0 and end == i - 1 and re.match(r"^[-–+•]", line)
        if _RECIPIENTS.match(line) or continues:
            end = i
    return end


def recipients_of(closing_lines: list[str]) -> list[str]:
    """Entries of the "Nơi nhận:" list, without bullets and trailing punctuation.

    An entry wrapped in a narrow column ("- Thủ tướng và các Phó Thủ tướng" /
    "Chính phủ (để b/c);") is one entry: a line without a bullet continues an
    entry that has not ended with ";" or "." yet.
    """
    recipients: list[str] = []
    inside = False
    open_entry = False
    for line in closing_lines:
        if _RECIPIENTS.match(line):
            inside = True
            rest = _RECIPIENTS.sub("", line).strip()
            if rest:
                recipients.append(rest.strip("-–+ ;.,"))
            open_entry = False
            continue
        if not inside:
            continue
        if _SIGNATURE_AUTHORITY.match(line):
            break
        if re.match(r"^[-–+•]", line):
            recipients.append(line.lstrip("-–+• ").rstrip(";.,/ ").strip())
        elif open_entry and recipients and not is_heading(line) and not _PERSON_NAME.match(line):
            recipients[-1] = f"{recipients[-1]} {line.rstrip(';.,/ ').strip()}"
        else:
            break
        open_entry = not line.rstrip().endswith((";", "."))
    return [r for r in recipients if r]
