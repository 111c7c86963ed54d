"""Task tables a PDF converter flattened to one cell per line, rebuilt as rows.

A plan's annex lists its tasks in a table ("STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
hợp | Kết quả | Thời gian hoàn thành"). Converted to text, every cell comes out on lines of its
own, wrapped at its column's width, one after another, the header's labels too::

    STT
    Tên nhiệm vụ cụ thể
    Cơ quan
    chủ trì
    ...
    1.
    Tăng cường lãnh đạo, chỉ đạo xây dựng và
    tổ chức thực hiện hiệu quả ...
    Các bộ ở Trung ương,
    Ủy ban nhân
    dân cấp tỉnh
    ...

The header is known by its labels (``table_columns`` of ``directives.yaml`` and
``flattened_tables`` of ``layout.yaml``), a row by its number on a line of its own, and a cell
by its first line: a wrapped cell goes on in small letters, after a comma, a hyphen or a word
that needs what follows, while the next cell opens with a capital ("Các cơ quan ...", "Thường
xuyên"). Each row is written back as a flattened row ("1. | Tăng cường ... | Các bộ ... | ...")
that task assembly reads as any crawled table. A row whose cells cannot be told apart keeps the
content first and a time last; a text with no such header is left as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .parsers.tables import CELL_SEPARATOR  # the cells of a row, as every table reader joins them
from .patterns import CAPITALS, LABEL_NOTE, PAGE_MARK

_MAX_HEADER_LINES = 24  # a header's labels, wrapped at their columns' widths
_MAX_LABEL_WORDS = 6  # a header line is a label or a piece of one
_MAX_ROW_LINES = 120  # a row longer than this is no row of a flattened table
_LABEL_NOTE = re.compile(LABEL_NOTE)
# a row's number, maybe a sub-row's under a numbered group ("1.", "12", "1.1", "2.3.")
_ROW_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)\.?")
_GROUP_NUMBER = re.compile(r"([IVXLC]{1,5})\.?")
_NUMBERED_LINE = re.compile(r"(\d{1,3}\.|\d{1,3}\.\d{1,2}\.?)\s+(?=\S)")
_GROUP_TITLE = re.compile(rf"([IVXLC]{{1,5}})\.\s+(?=[{CAPITALS}])")
# a cell's line that goes on: it ends inside a word, a number or a name ("210-" / "KL/TW", "Quý II/" /
# "2026", "Bộ ở Trung ương," / "Ủy ban nhân dân")
_GOES_ON_END = re.compile(r"[-/,(–]$")
# ... or a date or a number a wrap broke before its figures ("ngày 02 tháng 12 năm" / "2025 của Ban ...")
_FIGURES_FOLLOW = re.compile(r"(?<![\wđ])(?:năm|tháng|ngày|số|quý|quí)$", re.IGNORECASE)


@dataclass(frozen=True)
class FlatTableVocab:
    """The labels of a flattened task table's header, and the words a cell's line goes on after."""

    number_label: re.Pattern[str]  # the header's first cell: "STT", "TT"
    label: re.Pattern[str]  # any column's label, at the start of the header's rest
    role: dict[str, re.Pattern[str]]  # content, lead, support, deadline: the roles rows are read by
    open_ending: re.Pattern[str]  # "... trình" / "Hội đồng nhân dân": a line needing what follows
    joining_start: re.Pattern[str]  # "Bộ Ngoại giao" / "Và các cơ quan ...": a line going on the one above
    time_cell: re.Pattern[str]  # a cell that gives a time: "Thường xuyên", "Quý II/2026", "Năm 2026"
    furniture: re.Pattern[str]  # a page's running head between two pages of the table
    body_spans: Callable[[str], Iterable[tuple[int, int]]]  # where bodies are named: "Bộ Tài chính", "Cơ quan, ..."
    known_names: frozenset[str]  # the gazetteer's names, lowercased: "bộ ngoại giao"

    @classmethod
    def from_vocabulary(cls, columns: dict[str, list[str]], flattened: dict[str, list[str]],
                        open_endings: Iterable[str], furniture: Iterable[str],
                        body_spans: Callable[[str], Iterable[tuple[int, int]]] = lambda text: (),
                        known_names: Iterable[str] = ()) -> FlatTableVocab:
        roles = {role: "|".join(patterns) for role, patterns in columns.items()}
        every = "|".join([*roles.values(), *flattened.get("other_columns", [])])
        ending = "|".join(re.escape(w) for w in sorted({*open_endings, *flattened.get("open_endings", [])},
                                                        key=len, reverse=True))
        return cls(
            number_label=re.compile(rf"(?:{'|'.join(flattened.get('number_labels', [])) or '(?!)'})", re.IGNORECASE),
            # ... maybe with a note in brackets: "Đơn vị phối hợp (Bộ/ngành/địa phương)"
            label=re.compile(rf"(?:{every})(?![\wđ])(?:\s*{LABEL_NOTE})?\s*", re.IGNORECASE),
            role={role: re.compile(rf"(?:{pattern})", re.IGNORECASE) for role, pattern in roles.items()},
            open_ending=re.compile(rf"(?<![\wđ])(?:{ending or '(?!)'})$"),
            joining_start=re.compile(rf"(?:{'|'.join(flattened.get('joining_openers', [])) or '(?!)'})(?![\wđ])",
                                     re.IGNORECASE),
            time_cell=re.compile(rf"(?:{'|'.join(flattened.get('time_openers', [])) or '(?!)'})", re.IGNORECASE),
            furniture=re.compile(rf"(?:{'|'.join(furniture) or '(?!)'})", re.IGNORECASE),
            body_spans=body_spans,
            known_names=frozenset(" ".join(name.lower().split()) for name in known_names),
        )

    def opens_with_body(self, text: str) -> bool:
        """Whether a cell opens with a body's name ("Bộ Công Thương", "Cơ quan, tổ chức ... liên quan")."""
        return any(start == 0 for start, _ in self.body_spans(text))

    def ends_with_known_name(self, line: str) -> bool:
        """Whether a line ends with a body's whole name: "Bộ Ngoại giao" needs nothing after its "giao"."""
        words = line.lower().split()
        return any(" ".join(words[-size:]) in self.known_names for size in range(2, min(len(words), 10) + 1))


@functools.lru_cache(maxsize=1)
def default_vocab() -> FlatTableVocab:
    """The vocabulary of the packaged ``models/``."""
    from .resources import load_resources

    return load_resources().flat_tables


def unflatten_tables(text: str, vocab: FlatTableVocab | None = None) -> str:
    """Rewrite every task table flattened to one cell per line as rows of cells.

    A PDF prints the header again on every page; the lines between it and the page's first row
    number are what the row above left over at the page's foot, and go back into its content."""
    if "\n" not in text:
        return text
    vocab = vocab or default_vocab()
    lines = text.split("\n")
    out: list[str] = []
    last_row: tuple[int, int] | None = None  # where the last row was written, and its content's column
    index = 0
    while index < len(lines):
        header = _header_at(lines, index, vocab)
        if header is None:
            out.append(lines[index])
            index += 1
            continue
        labels, roles, leftover, first_row = header
        rows, after = _rows(lines, first_row, labels, roles, vocab)
        if not rows and not (leftover and last_row is not None):
            out.append(lines[index])
            index += 1
            continue
        if leftover and last_row is not None:
            at, column = last_row
            cells = out[at].split(CELL_SEPARATOR)
            cells[column] = " ".join([cells[column], *leftover]).strip()
            out[at] = CELL_SEPARATOR.join(cells)
        if rows:
            out.append(CELL_SEPARATOR.join(labels))
            out.extend(rows)
            last_row = (len(out) - 1, roles["content"])
        index = after
    return "\n".join(out)


def _visible(line: str) -> str:
    return line.replace(PAGE_MARK, "").strip()


def _header_at(lines: list[str], index: int, vocab: FlatTableVocab
               ) -> tuple[list[str], dict[str, int], list[str], int] | None:
    """The labels of a flattened header opening at ``index`` ("STT" alone on its line), their roles'
    columns, the lines a row on the page before left over, and the index of the page's first row;
    None when no header starts there."""
    if not vocab.number_label.fullmatch(_visible(lines[index])):
        return None
    pieces: list[str] = []
    end = index + 1
    while end < len(lines) and end - index <= _MAX_HEADER_LINES + _MAX_ROW_LINES:  # labels, then a row's rest
        seen = _visible(lines[end])
        if _row_start(seen) or _NUMBERED_LINE.match(seen) or _GROUP_TITLE.match(seen) or vocab.furniture.match(seen):
            break
        if seen:
            pieces.append(lines[end].strip())
        end += 1
    for count in range(min(len(pieces), _MAX_HEADER_LINES), 2, -1):  # the longest run of labels: then leftover
        labels = _labels(" ".join(pieces[:count]), vocab)
        if labels is None:
            continue
        labels = [lines[index].strip(), *labels]
        roles: dict[str, int] = {}
        for column, label in enumerate(labels[1:], start=1):
            clean = _LABEL_NOTE.sub("", " ".join(label.replace(PAGE_MARK, "").split())).strip()
            role = next((r for r, pattern in vocab.role.items() if r not in roles and pattern.fullmatch(clean)),
                        None)
            if role is not None:
                roles[role] = column
        if "content" not in roles or "lead" not in roles:
            return None
        return labels, roles, pieces[count:], end
    return None


def _labels(header: str, vocab: FlatTableVocab) -> list[str] | None:
    """The header's labels, in order, when its words are all labels ("Cơ quan chủ trì Cơ quan phối hợp ...")."""
    labels, at = [], 0
    words = " ".join(header.split())
    seen = words.replace(PAGE_MARK, " ")  # a page mark between two labels is no letter of either
    while at < len(words):
        match = vocab.label.match(seen, at)
        if match is None or match.end() == at:
            return None
        labels.append(re.sub(rf"\s+({PAGE_MARK}+)$", r"\1", words[at : match.end()].strip()))  # no space left
        at = match.end()
    return labels if len(labels) >= 3 else None


Number = tuple[int, ...]


def _number(match: re.Match[str]) -> Number:
    """A row's number as a key: "1." -> (1,), "2.3" -> (2, 3)."""
    return tuple(int(part) for part in match.group(1).rstrip(".").split("."))


def _next_numbers(last: Number | None) -> set[Number]:
    """The numbers a row after ``last`` may have: the next row, the first sub-row of a numbered
    group ("1." then "1.1"), or, after a sub-row, the next sub-row or the next group."""
    if last is None:
        return {(1,), (1, 1)}
    if len(last) == 1:
        return {(last[0] + 1,), (last[0], 1)}
    return {(last[0], last[1] + 1), (last[0] + 1,), (last[0] + 1, 1)}


def _row_start(seen: str, following: set[Number] | None = None) -> re.Match[str] | None:
    """A row's number alone on its line ("1.", "12", "1.1"), a group's ("II"), or the next row's
    number before its first words ("10.  Xây dựng Luật ...") when it is one of ``following``."""
    alone = _ROW_NUMBER.fullmatch(seen) or _GROUP_NUMBER.fullmatch(seen)
    if alone is not None or following is None:
        return alone
    opening = _NUMBERED_LINE.match(seen)
    return opening if opening is not None and _number(opening) in following else None


def _rows(lines: list[str], start: int, labels: list[str], roles: dict[str, int],
          vocab: FlatTableVocab) -> tuple[list[str], int]:
    """The rows from ``start`` as flattened lines, and the index of the first line after the table."""
    rows: list[str] = []
    index = start
    last_number: Number | None = None
    while index < len(lines):
        seen = _visible(lines[index])
        if not seen:
            index += 1
            continue
        number = _ROW_NUMBER.fullmatch(seen)
        if number is None:  # "10.  Xây dựng Luật Bảo hiểm y tế sửa đổi.": the next number, or a page's first
            number = (_row_start(seen, _next_numbers(last_number)) if last_number is not None
                      else _NUMBERED_LINE.match(seen))
        if number is not None and number.re is _GROUP_NUMBER:
            number = None  # a group's number alone on its line, read as a group below
        group = None if number is not None else (_GROUP_NUMBER.fullmatch(seen) or _GROUP_TITLE.match(seen))
        if number is not None and last_number is not None and _number(number) not in _next_numbers(last_number) | {
                (1,)}:
            break  # a number out of sequence: a page's number or the text after the table
        if number is None and group is None:
            break
        expected = _next_numbers(_number(number) if number is not None else last_number)
        body, after = _row_body(lines, index + 1, vocab, expected)
        if group is not None:
            title = _raw_rest(lines[index], group.end() if _GROUP_TITLE.match(seen) else len(seen))
            title = " ".join([title, *(line.strip() for line in body)]).strip()
            rows.append(_group_row(group.group(1), title, len(labels)))
            index = after
            continue
        first = _raw_rest(lines[index], number.end())  # the page's mark, if one stands here, stays
        if first and not _visible(first):  # a number alone on its line: its mark goes to the first cell
            body = [first + body[0], *body[1:]] if body else body
            first = "" if body else first
        cells = _cells([first, *body] if first else body, vocab)
        if not cells:
            break
        if len(cells) == 1 and _opens_sub_rows(lines, after, _number(number)):
            # "1." / "Rà soát, hoàn thiện thể chế" / "1.1" ...: a numbered group's title over its sub-rows
            rows.append(_group_row(seen[: number.end()].strip(), cells[0], len(labels)))
            last_number = _number(number)
            index = after
            continue
        rows.append(CELL_SEPARATOR.join([seen[: number.end()].strip(), *_placed(cells, labels, roles, vocab)]))
        last_number = _number(number)
        index = after
    return rows, index


def _group_row(number: str, title: str, width: int) -> str:
    """A group's row: its number and title, its other cells empty."""
    return CELL_SEPARATOR.join([number, title, *[""] * (width - 2)])


def _raw_rest(line: str, visible_end: int) -> str:
    """What follows the first ``visible_end`` characters of ``_visible(line)`` in the line itself,
    with the page marks those characters held: a page's start rides on into the row's cells."""
    raw, marks, seen, started = line.strip(), "", 0, False
    for at, char in enumerate(raw):
        if char == PAGE_MARK:
            if seen < visible_end:
                marks += char
            continue
        if not started and char.isspace():
            continue
        started = True
        if seen == visible_end:
            return marks + raw[at:].strip()
        seen += 1
    return marks


def _opens_sub_rows(lines: list[str], index: int, number: Number) -> bool:
    """Whether the row at ``index`` is the first sub-row of the group numbered ``number``."""
    while index < len(lines) and not _visible(lines[index]):
        index += 1
    following = _ROW_NUMBER.fullmatch(_visible(lines[index])) if index < len(lines) else None
    return len(number) == 1 and following is not None and _number(following) == (number[0], 1)


def _row_body(lines: list[str], index: int, vocab: FlatTableVocab,
              following: set[Number]) -> tuple[list[str], int]:
    """The lines of a row's cells after its number, up to the next row (``following``), group, page
    head or table's end."""
    body: list[str] = []
    start = index
    while index < len(lines) and index - start < _MAX_ROW_LINES:
        seen = _visible(lines[index])
        if seen and (_row_start(seen, following) or _GROUP_TITLE.match(seen) or vocab.furniture.match(seen)
                     or vocab.number_label.fullmatch(seen)) and not _ordinal_goes_on(body, seen, vocab):
            break
        if seen:
            body.append(lines[index].strip())
        index += 1
    return body, index


def _ordinal_goes_on(body: list[str], seen: str, vocab: FlatTableVocab) -> bool:
    """Whether a Roman numeral alone on its line ends the cell line above that needs it ("Hội nghị lần thứ" /
    "XVI"): the cell's words, no group of the table."""
    return bool(body) and _GROUP_NUMBER.fullmatch(seen) is not None and bool(
        vocab.open_ending.search(_visible(body[-1]).rstrip()))


def _cells(body: list[str], vocab: FlatTableVocab) -> list[str]:
    """A row's lines grouped into cells: a cell opens on a capital after a line that ends its own (not
    inside brackets: "(thay thế Thông tư" / "34/2014/TT-BKHCN)")."""
    cells: list[list[str]] = []
    unclosed = 0  # brackets the current cell opened and has not closed
    for line in body:
        seen = _visible(line)
        opens = seen[:1].isupper() or seen[:1].isdigit()
        previous = _visible(cells[-1][-1]) if cells else ""
        goes_on = (_GOES_ON_END.search(previous) or unclosed > 0 or vocab.joining_start.match(seen)
                   or (vocab.open_ending.search(previous) and not vocab.ends_with_known_name(previous))
                   or (seen[:1].isdigit() and _FIGURES_FOLLOW.search(previous)))
        if not cells or (opens and not goes_on):
            cells.append([line])
            unclosed = 0
        else:
            cells[-1].append(line)
        unclosed += seen.count("(") - seen.count(")")
    return [" ".join(cell) for cell in cells]


def _placed(cells: list[str], labels: list[str], roles: dict[str, int], vocab: FlatTableVocab) -> list[str]:
    """The cells of a row under its columns (after the number's): as found when they are as many as the
    columns; otherwise the content first, a time last under its column, the rest in order."""
    wanted = len(labels) - 1
    if len(cells) == wanted:
        return cells
    placed = [""] * wanted
    deadline = roles.get("deadline")
    rest = cells
    if deadline is not None and len(rest) > 1 and vocab.time_cell.match(_visible(rest[-1])):
        placed[deadline - 1] = rest[-1]
        rest = rest[:-1]
    free = [column for column in range(wanted) if not placed[column]]
    if len(rest) > len(free):
        rest = _bodies_gathered(rest, len(free), roles, vocab)
    for column, cell in zip(free, rest, strict=False):
        placed[column] = cell
    if len(rest) > len(free):  # more cells than columns: the last column takes what is left
        placed[free[-1]] = " ".join(rest[len(free) - 1 :])
    return placed


def _bodies_gathered(cells: list[str], room: int, roles: dict[str, int], vocab: FlatTableVocab) -> list[str]:
    """More cells than columns where the lead's column follows the content's: the content's lines that
    a wrap opened on a capital ("... khuyến khích" / "M&A doanh nghiệp ...", "... quốc gia" / "Việt Nam
    trên ...") run up to the first cell that names a body, and the support's bodies, one cell each
    ("Bộ Công Thương" / "Cơ quan, tổ chức ... liên quan"), are one cell."""
    if roles.get("content") != 1 or roles.get("lead") != 2:
        return cells
    first_body = next((at for at in range(1, len(cells)) if vocab.opens_with_body(_visible(cells[at]))), None)
    if first_body is None:
        return cells
    gathered = [" ".join(cells[:first_body]), cells[first_body]]
    following = cells[first_body + 1 :]
    if roles.get("support") == 3 and following and vocab.opens_with_body(_visible(following[0])):
        support = [following.pop(0)]
        while following and len(gathered) + 1 + len(following) > room and vocab.opens_with_body(_visible(following[0])):
            support.append(following.pop(0))
        gathered.append("; ".join(cell.rstrip(";, ") for cell in support))  # one body a cell
    return gathered + following
