"""Annexes: the plans, regulations, lists and tables attached after a document's signature.

An attached text opens with a heading ("KẾ HOẠCH", "QUY CHẾ", "PHỤ LỤC II", "DANH MỤC"),
its title, and usually a line naming the document it belongs to: "(Ban hành kèm theo
Quyết định số 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch UBND tỉnh)". Some repeat the
issuer's header above the heading; some end with a signature of their own. The body between
is part of the document (it often holds most of its tasks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .closing import closing_end, is_signature_start
from .header import is_motto
from .lines import PLACE_DATE, RECIPIENTS, LayoutVocab, citation_at, is_heading, is_rule

_TITLE_LINES = 7  # heading and title lines above a "kèm theo" line
_PHU_LUC = re.compile(r"^PHỤ\s+LỤC\b", re.IGNORECASE)
_BLANK_DATE = re.compile(r"^[.…_\s]*,\s*ngày\b", re.IGNORECASE)


@dataclass
class AnnexSpan:
    """An annex by line indices: its first line, its first body line, the line after it."""

    start: int
    body: int
    end: int
    title: str
    excluded: set[int] = field(default_factory=set)  # signatures, recipients, repeated header lines


def find_annexes(lines: list[str], content: list[int], k0: int, vocab: LayoutVocab,
                 after_signature: bool, gaps: list[bool]) -> list[AnnexSpan]:
    """Annexes among ``content[k0:]`` (positions of lines with words, in text order).

    ``after_signature`` tells that ``content[k0]`` follows a signature, where any heading in
    capitals opens an attached text; elsewhere only "PHỤ LỤC" and a "kèm theo" line do.
    """
    annexes: list[AnnexSpan] = []
    k = k0
    floor = k0  # a heading found by walking up from a "kèm theo" line starts at or after this
    while k < len(content):
        opened = _opening(lines, content, k, floor, after_signature, vocab)
        if opened is not None:
            if annexes:
                annexes[-1].end = content[opened]
            annex, k = _read_heading(lines, content, opened, vocab, gaps)
            annexes.append(annex)
            floor = k
            after_signature = False
            continue
        line = lines[content[k]]
        if annexes and (RECIPIENTS.match(line) or is_signature_start(lines, content, k, vocab)):
            last = closing_end(lines, content, k, vocab)
            annexes[-1].excluded.update(content[k:last + 1])
            k = floor = last + 1
            after_signature = True
            continue
        if annexes and _repeated_header(lines, content, k, vocab):
            annexes[-1].excluded.add(content[k])
        k += 1
    if annexes:
        annexes[-1].end = len(lines)
    return annexes


def _opening(lines: list[str], content: list[int], k: int, floor: int, after_signature: bool,
             vocab: LayoutVocab) -> int | None:
    """Position where an annex starts if ``content[k]`` opens one, else None."""
    line = lines[content[k]]
    if citation_at(lines, content, k, vocab) is not None:
        # under a heading; a note "(Kèm theo Báo cáo số ...)" with no heading above attaches nothing here
        first = _heading_above(lines, content, k, floor, vocab)
        # after the document's closing the note opens an attached text even when a scan's text
        # recognition left its heading unreadable ("sai DAN PHONG CHONG DICH")
        return first if first < k or after_signature else None
    heading = is_heading(line) and vocab.annex_heading.match(line)
    if heading and (_PHU_LUC.match(line) or after_signature or _cited_below(lines, content, k, vocab)):
        return k
    if after_signature and is_motto(lines, content[k], content[k + 1] if k + 1 < len(content) else None, vocab):
        # the attached text repeats the issuer's header: it starts with the issuer above the motto
        first = k
        while first > floor and k - first < 4 and is_heading(lines[content[first - 1]]):
            first -= 1
        return first
    return None


def _cited_below(lines: list[str], content: list[int], k: int, vocab: LayoutVocab) -> bool:
    """A "kèm theo" line under the heading's title lines; a sentence of a body between them
    ("Điều 1. Ban hành kèm theo Quyết định này ...") means the heading is the document's own."""
    for n in range(k + 1, min(k + _TITLE_LINES, len(content))):
        if citation_at(lines, content, n, vocab) is not None:
            return True
        line = lines[content[n]]
        if not (is_heading(line) or _short_heading(line)):
            return False
    return False


def _heading_above(lines: list[str], content: list[int], k: int, floor: int, vocab: LayoutVocab) -> int:
    """Walk up from a "kèm theo" line to its heading: the nearest annex heading within a few
    lines, else the lines in capitals right above it."""
    for n in range(k - 1, max(floor, k - _TITLE_LINES) - 1, -1):
        line = lines[content[n]]
        if vocab.annex_heading.match(line) and (is_heading(line) or _short_heading(line)):
            return n
        if n + 1 < k and len(line.split()) == 1 and is_heading(f"{line} {lines[content[n + 1]]}") \
                and vocab.annex_heading.match(f"{line} {lines[content[n + 1]]}"):
            return n  # "DANH" / "MỤC THỦ TỤC HÀNH CHÍNH ...": a narrow line broke the heading
        if not (is_heading(line) or _short_heading(line)):
            break
    first = k
    while first > floor and k - first < 4 and is_heading(lines[content[first - 1]]) \
            and not any(is_rule(lines[i]) for i in range(content[first - 1] + 1, content[first])):
        first -= 1
    return first


def _short_heading(line: str) -> bool:
    """A heading of a legacy file in small letters ("Quy chế" / "Thực hiện dân chủ ở xã")."""
    return len(line) <= 120 and not re.search(r"[.;:,!?]$", line)


def _read_heading(lines: list[str], content: list[int], k: int, vocab: LayoutVocab,
                  gaps: list[bool]) -> tuple[AnnexSpan, int]:
    """The annex opened at ``content[k]``: its title and the position of its first body line."""
    n = k
    reach = range(k, min(k + 8, len(content)))
    if any(is_motto(lines, content[m], None, vocab) for m in reach):
        # a repeated header (issuer, motto, number, place and date) stands above the heading
        while n < min(k + 12, len(content)) and _header_line(lines, content, n, vocab) \
                and not vocab.annex_heading.match(lines[content[n]]):
            n += 1
    cited = next((c for c in range(n, min(n + _TITLE_LINES, len(content)))
                  if citation_at(lines, content, c, vocab) is not None), None)
    if cited is not None:
        title_lines = [lines[i] for i in content[n:cited]]
        body = (citation_at(lines, content, cited, vocab) or cited) + 1
    else:
        body = n + 1  # title lines in capitals; a blank line may part the heading from the title only
        while body < min(n + _TITLE_LINES, len(content)) and is_heading(lines[content[body]]) \
                and (body == n + 1 or not gaps[content[body]]):
            body += 1
        title_lines = [lines[i] for i in content[n:body]]
    title = " ".join(title_lines) or lines[content[k]]
    excluded = set(content[k:n])
    return AnnexSpan(content[k], content[body] if body < len(content) else len(lines), len(lines), title,
                     excluded), body


def _header_line(lines: list[str], content: list[int], n: int, vocab: LayoutVocab) -> bool:
    line = lines[content[n]]
    nxt = content[n + 1] if n + 1 < len(content) else None
    return (is_heading(line) or is_motto(lines, content[n], nxt, vocab) or bool(vocab.motto_line.match(line))
            or bool(vocab.number_line.match(line)) or bool(PLACE_DATE.match(line)) or bool(_BLANK_DATE.match(line)))


def _repeated_header(lines: list[str], content: list[int], k: int, vocab: LayoutVocab) -> bool:
    """A header line inside an attached text (a form's motto, "Số: ...", "..., ngày ... tháng ...")."""
    line = lines[content[k]]
    nxt = content[k + 1] if k + 1 < len(content) else None
    return (is_motto(lines, content[k], nxt, vocab) or bool(vocab.motto_line.match(line))
            or bool(vocab.number_line.match(line)) or bool(PLACE_DATE.match(line)) or bool(_BLANK_DATE.match(line)))
