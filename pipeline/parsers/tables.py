"""Tables as text: layout tables column by column, data tables one row per line.

Offices lay out a document's header (issuer | national motto) and its closing
(Nơi nhận | signature) as borderless two-column tables. Read row by row, the two
sides would interleave ("Nơi nhận: TM. ỦY BAN NHÂN DÂN"), so those are read
column by column. Every other table is data, flattened one row per line with its
cells joined by " | ". The DOCX and PDF readers share this rule.
"""

from __future__ import annotations

import re

# Two columns of at most this many rows read as layout whatever they hold ...
_LAYOUT_MAX_ROWS = 4
# ... and longer ones when a cell opens like a header or closing does (a recipient
# list typed one entry per row runs to a dozen rows). Raw text: both tone placements.
_LAYOUT_CUE = re.compile(
    r"^\s*(?:nơi\s+(?:nhận|gửi)\b|cộng\s+h(?:òa|oà)\s+xã\s+hội|độc\s+lập\s*[-–]|"
    # a signature authority: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M UBND", "K/T GIÁM ĐỐC"
    r"(?:tm|kt|tl|tuq)\s*\.\s*\w|[tk]\s*/\s*[mtl]\b)",
    re.IGNORECASE,
)
# A data row: cells joined with this, so the row stays readable on one line.
CELL_SEPARATOR = " | "


def is_layout_table(rows: list[list[str]]) -> bool:
    """Two filled columns, and either short or opened like a header or closing block.

    >>> is_layout_table([["UBND TỈNH BÌNH ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])
    True
    """
    width = max((len(row) for row in rows), default=0)
    filled = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in rows)]
    if len(filled) != 2:
        return False
    if len(rows) <= _LAYOUT_MAX_ROWS:
        return True
    return any(_LAYOUT_CUE.match(row[c]) for row in rows[:2] for c in filled if c < len(row))


def table_lines(rows: list[list[str]]) -> list[str]:
    """Flatten a table: a layout table column by column, a data table one row per line.

    An empty spacer column between the two sides of a layout table does not
    count. Cells of a data row are joined with " | "; a blank line ends the table.
    """
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    if is_layout_table(rows):
        width = max(len(row) for row in rows)
        filled = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in rows)]
        lines: list[str] = []
        for column in filled:
            for row in rows:
                if column < len(row) and row[column].strip():
                    lines.extend(row[column].split("\n"))
            lines.append("")
        return lines
    return [*(_data_row(row) for row in rows), ""]


def _data_row(row: list[str]) -> str:
    """A data row on one line. An empty cell keeps its place, so that every cell stays under its
    column's header: the rows a merged cell spans leave it empty ("|  | + Hỗ trợ ... | Bộ Tư pháp");
    the empty cells that end a row say nothing.

    >>> _data_row(["", "", "Rà soát", "Sở Tư pháp", ""])
    '|  | Rà soát | Sở Tư pháp'
    """
    cells = [" ".join(cell.split()) for cell in row]
    while cells and not cells[-1]:
        cells.pop()
    return CELL_SEPARATOR.join(cells).strip()
