"""Document structure: header, body blocks (paragraphs, items, headings), closing, annexes.

The header of a formal document holds the issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM", "Số: 12/TB-UBND", "Bình Định, ngày 05 tháng 01 năm 2024" and the
document type in capitals (:mod:`.header`); the closing holds "Nơi nhận:" and the
signature (:mod:`.closing`). Neither contains tasks. Plans, regulations and lists attached
after the signature (:mod:`.annexes`) are part of the document: their bodies are blocks too.
A web page's own furniture around the document (:mod:`.parsers.furniture`) is no block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .annexes import AnnexSpan, find_annexes
from .closing import is_person_name, is_signature_start, recipients_of, signer_of
from .header import find_header
from .lines import RECIPIENTS, LayoutVocab, is_heading, is_rule, layout_vocab, plain
from .normalize import ITEM_START
from .parsers.furniture import box_titles, page_end, site_card, site_furniture, unaccented_copies
from .patterns import ADDRESSEE_LABEL
from .patterns import SIGNATURE_AUTHORITY as _SIGNATURE_AUTHORITY
from .resources import Resources, load_resources

__all__ = ["NATIONAL_MOTTO", "Annex", "Block", "Layout", "analyse_layout", "is_heading", "recipients_of",
           "signer_of", "split_blocks"]

# Header lines outside a header: the motto, the number, the place and date line alone (not a
# sentence that opens with a date: "Sau cuộc làm việc, ngày 23-8-2011, ...").
_HEADER_FURNITURE = re.compile(
    r"^(?:CỘNG HÒA XÃ HỘI|CHỦ NGHĨA VIỆT NAM|Độc lập\s*-|Số\s*:|[\W_]+$|V/v\b|"
    r".{2,40},\s*ngày(?:\s+\S+){0,8}\s*$|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$)",
    re.IGNORECASE,
)
# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", also when a narrow column wraps it
NATIONAL_MOTTO = re.compile(r"^CỘNG H(?:ÒA|OÀ) XÃ HỘI", re.IGNORECASE)
# What opens a closing: the recipients or who signs for whom.
_CLOSING = re.compile(f"{RECIPIENTS.pattern}|{_SIGNATURE_AUTHORITY.pattern}", re.IGNORECASE)
# A signature authority in the first part of the body is no closing unless a name follows it.
_LATE = 0.4


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


@dataclass(frozen=True)
class Annex:
    """A text attached after the signature: offsets of its heading to its end, and its title
    ("KẾ HOẠCH Triển khai thực hiện Tổng kiểm kê tài sản công ...")."""

    start: int
    end: int
    title: str


@dataclass
class Layout:
    blocks: list[Block]
    header_end: int = 0
    closing_start: int | None = None  # start of the main document's closing, not an annex's
    doc_heading: str | None = None
    title: str | None = None
    header_lines: list[str] = field(default_factory=list)  # emphasis-free, above the type heading
    closing_lines: list[str] = field(default_factory=list)  # the main document's closing, emphasis-free
    letter: bool = False  # a formal header without a type heading: an official letter (công văn)
    annexes: list[Annex] = field(default_factory=list)
    header_start: int = 0  # where the document starts (after a web page's furniture and summary)
    authority: str | None = None  # the enacting line under the title ("THỦ TƯỚNG CHÍNH PHỦ điện:")
    card: dict[str, str] = field(default_factory=dict)  # a web page's card of the document ("Số hiệu": ...)
    attached_to: str | None = None  # a text published alone: "(Ban hành kèm theo Quyết định số ...)"
    end: int | None = None  # where a web page's matter after the document starts (None: the text's end)


# a letter's addressee line that runs on into its body: "Kính gửi: Hiệu trưởng các trường. Thực hiện
# Kế hoạch số ..., Phòng Giáo dục yêu cầu ...": the body is a paragraph of its own
_INLINE_ADDRESSEE = re.compile(
    rf"{ADDRESSEE_LABEL}\s*:?[^.\n]{{2,200}}?\.[ \t]+(?=(?:Thực hiện|Triển khai|Căn cứ|Theo|Để|Nhằm|Ngày|Vừa qua|"
    r"Hiện nay|Trên cơ sở|Nhận được|Xét|Tiếp theo|Sau khi)(?![\wđ]))", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets, an addressee line that runs on into the body parted."""
    out = []
    offset = 0
    for line in text.split("\n"):
        inline = _INLINE_ADDRESSEE.match(line.lstrip())
        if inline:
            cut = len(line) - len(line.lstrip()) + inline.end()
            out += [(offset, line[:cut]), (offset + cut, line[cut:])]
        else:
            out.append((offset, line))
        offset += len(line) + 1
    return out


def split_blocks(text: str) -> list[Block]:
    """Every non-empty line as a Block with offsets into ``text``."""
    blocks = []
    for offset, line in _lines(text):
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
    return blocks


def analyse_layout(text: str, doc_type_words: list[str], resources: Resources | None = None) -> Layout:
    """Find header, document-type heading, title, closing and annexes of ``text``.

    >>> layout = analyse_layout("THÔNG BÁO\\nKết luận\\nGiao Sở Y tế chủ trì.", ["Thông báo"])
    >>> layout.doc_heading, [b.text for b in layout.blocks]
    ('THÔNG BÁO', ['Giao Sở Y tế chủ trì.'])
    """
    vocab = layout_vocab(resources or load_resources(), tuple(doc_type_words))
    blocks = split_blocks(text)
    if not blocks:
        return Layout(blocks=[])
    lines = [plain(b.text) for b in blocks]
    gaps = [i == 0 or "\n\n" in text[blocks[i - 1].end : blocks[i].start] for i in range(len(blocks))]
    skip = [a or b for a, b in zip(site_furniture(lines, vocab.furniture, vocab.panel_label),
                                   unaccented_copies(lines), strict=True)]
    first = next((i for i, line in enumerate(lines) if not skip[i] and not is_rule(line)), 0)
    end = page_end(lines, first + 1, vocab.page_end, vocab.page_title, vocab.motto, _CLOSING)
    for i in box_titles(lines, first + 1, end, vocab.page_end):
        skip[i] = True
    header = find_header(lines, skip, gaps, 0, end, vocab)
    layout = Layout(blocks=[], doc_heading=header.heading, title=header.title, header_lines=header.lines,
                    letter=header.letter, authority=header.authority, header_start=blocks[header.start].start,
                    card=site_card(lines, vocab.panel_label), attached_to=header.attached_to,
                    end=blocks[end].start if end < len(blocks) else None)
    has_header = header.end >= header.start
    layout.header_end = blocks[header.end].end if has_header else blocks[header.start].start
    content = [i for i in range(header.end + 1, end) if not skip[i] and not is_rule(lines[i])]
    annexes = find_annexes(lines, content, 0, vocab, False, gaps)
    main_end = annexes[0].start if annexes else end
    closing = _closing(lines, blocks, content, main_end, layout.header_end, vocab)
    if closing is None and annexes:  # the signature after an attached list
        closing = _closing(lines, blocks, content, end, layout.header_end, vocab, late=False)
    if closing is not None and content[closing] < main_end:
        annexes = find_annexes(lines, content, closing + 1, vocab, True, gaps)
    for annex in annexes:
        annex.end = min(annex.end, end)
    if closing is not None:
        stop = next((a.start for a in annexes if a.start > content[closing]), end)
        layout.closing_start = blocks[content[closing]].start
        layout.closing_lines = [lines[i] for i in content if content[closing] <= i < stop]
    layout.annexes = [Annex(blocks[a.start].start, blocks[a.end - 1].end, a.title) for a in annexes]
    main_stop = min(content[closing] if closing is not None else end, main_end if annexes else end)
    keep = [i for i in range(header.end + 1, main_stop)
            if not skip[i] and not (blocks[i].start < 600 and _HEADER_FURNITURE.match(lines[i]))]
    keep += [i for a in annexes for i in _annex_body(a, skip)]
    layout.blocks = [blocks[i] for i in keep]
    return layout


def _annex_body(annex: AnnexSpan, skip: list[bool]) -> list[int]:
    """Indices of an annex's body lines: not its heading, a signature, recipients or header lines."""
    return [i for i in range(annex.body, annex.end)
            if not skip[i] and i not in annex.excluded]


def _closing(lines: list[str], blocks: list[Block], content: list[int], stop: int, body_start: int,
             vocab: LayoutVocab, late: bool = True) -> int | None:
    """Position (in ``content``) of the line that opens the closing before line ``stop``.

    "Nơi nhận:" opens it; so does a signature ("TM. ...", an office over a name) in the last
    part of the text, or anywhere when a name follows it.
    """
    last = blocks[stop - 1].end if stop > 0 else 0
    threshold = body_start + _LATE * (last - body_start) if late else body_start
    for k, i in enumerate(content):
        if i >= stop:
            break
        line = lines[i]
        if RECIPIENTS.match(line):
            return k
        if not is_signature_start(lines, content, k, vocab):
            continue
        named = any(is_person_name(lines[j]) for j in content[k + 1 : k + 6])
        authority = bool(_SIGNATURE_AUTHORITY.match(line))
        if blocks[i].start > threshold and (authority or named) or (authority and named):
            return k
    return None
