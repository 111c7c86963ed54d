"""The closing of a document: "Nơi nhận:" (the recipients) and the signature block.

The signature block reads who signs for whom ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the
office ("PHÓ CHỦ TỊCH") and the name; a head who signs in person gives only the office
("THỦ TƯỚNG"). Crawled pages put "Nơi nhận:" and the signature in two cells of a table.
Neither contains tasks.
"""

from __future__ import annotations

import re

from .lines import RECIPIENTS, LayoutVocab, is_heading
from .patterns import CAPITALS, SIGNATURE_AUTHORITY

# "Nguyễn Minh Luân", "Đỗ Thị Thu Hà": two to five capitalised words
PERSON_NAME = re.compile(rf"^[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{1,4}}$")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|ký|đã ký và đóng dấu|ký tên, đóng dấu)\s*\)?\.?$", re.IGNORECASE)
_SIGNATURE_SPAN = 6  # lines from the authority or the office to the name


def is_person_name(line: str) -> bool:
    """A line that is a person's name ("Trương Công Thái"), not a body in capitals."""
    text = line.strip().rstrip(".")
    return bool(PERSON_NAME.match(text)) and not is_heading(text) and not RECIPIENTS.match(text)


def is_signature_start(lines: list[str], content: list[int], k: int, vocab: LayoutVocab) -> bool:
    """``content[k]`` opens a signature: "TM./KT./TL." or an office in capitals over a name."""
    line = lines[content[k]]
    if SIGNATURE_AUTHORITY.match(line):
        return True
    if not (is_heading(line) and vocab.signature_title.match(line)):
        return False
    return any(is_person_name(lines[i]) for i in content[k + 1:k + 4])


def signature_end(lines: list[str], content: list[int], k: int) -> int:
    """Position (in ``content``) of the last line of the signature opened at ``content[k]``: its name."""
    for n in range(k, min(k + _SIGNATURE_SPAN, len(content))):
        line = lines[content[n]]
        if is_person_name(line):
            return n
        if n > k and not (is_heading(line) or _SIGNED.match(line) or SIGNATURE_AUTHORITY.match(line)):
            return n - 1
    return min(k + _SIGNATURE_SPAN, len(content)) - 1


def closing_end(lines: list[str], content: list[int], k: int, vocab: LayoutVocab) -> int:
    """Position of the last line of a closing that starts at ``content[k]``: recipients, then signature.

    The table of a crawled page may hold the signature before "Nơi nhận:" or after it.
    """
    n = k
    last = k
    while n < len(content):
        line = lines[content[n]]
        if RECIPIENTS.match(line):
            n = last = _recipients_last(lines, content, n)
            n += 1
        elif is_signature_start(lines, content, n, vocab) or (n == k and is_heading(line)):
            n = last = signature_end(lines, content, n)
            n += 1
        else:
            break
    return last


def _recipients_last(lines: list[str], content: list[int], k: int) -> int:
    """Position of the last entry of the "Nơi nhận:" list opened at ``content[k]``."""
    last = k
    for n in range(k + 1, len(content)):
        line = lines[content[n]]
        if re.match(r"^[-–+•]", line) or (not is_heading(line) and not is_person_name(line)
                                           and not SIGNATURE_AUTHORITY.match(line) and n == last + 1
                                           and not lines[content[last]].rstrip().endswith((";", "."))):
            last = n
        else:
            break
    return last


def signer_of(closing_lines: list[str]) -> str | None:
    """The signer's name: the first line after the signature authority that reads as a name.

    Without an authority line ("TM. ...", "KT. ...") the search starts after the
    recipient list; an appendix after the signature never supplies the name.
    """
    # "THỦ TƯỚNG Nguyễn Tấn Dũng", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành": a table cell runs the
    # authority and the office in capitals into the name
    lines = [_OFFICE_BEFORE_NAME.sub("", line.strip()) for line in closing_lines]
    names = [i for i, line in enumerate(lines) if is_person_name(line)]
    if not names:
        return None
    authority = next((i for i, line in enumerate(closing_lines) if SIGNATURE_AUTHORITY.match(line)), None)
    start = authority if authority is not None else _recipients_end(closing_lines)
    chosen = next((i for i in names if i > start), names[-1])
    return lines[chosen].rstrip(".")


_OFFICE_BEFORE_NAME = re.compile(rf"^(?:(?:[{CAPITALS}]+\.|[{CAPITALS}]{{2,}})\s+)+(?=[{CAPITALS}][^\W\d{CAPITALS}_])")


def _recipients_end(closing_lines: list[str]) -> int:
    """Index of the last line of the "Nơi nhận:" list (-1 when there is none)."""
    end = -1
    for i, line in enumerate(closing_lines):
        continues = end >= 0 and end == i - 1 and re.match(r"^[-–+•]", line)
        if RECIPIENTS.match(line) or continues:
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
        if RECIPIENTS.match(line):
            inside = True
            rest = RECIPIENTS.sub("", line).strip()
            if rest:
                recipients.append(rest.strip("-–+ ;.,"))
            open_entry = False
            continue
        if not inside:
            continue
        if not recipients and (SIGNATURE_AUTHORITY.match(line) or is_heading(line)):
            continue  # "Nơi nhận:" / "TM. CHÍNH PHỦ" / "- Ban Bí thư ...": the signature read across the label
        if SIGNATURE_AUTHORITY.match(line):
            break
        if re.match(r"^[-–+•]", line):
            recipients.append(line.lstrip("-–+• ").rstrip(";.,/ ").strip())
        elif open_entry and recipients and not is_heading(line) and not is_person_name(line):
            recipients[-1] = f"{recipients[-1]} {line.rstrip(';.,/ ').strip()}"
        else:
            break
        open_entry = not line.rstrip().endswith((";", "."))
    return [r for r in recipients if r]
