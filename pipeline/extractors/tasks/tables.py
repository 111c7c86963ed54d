from __future__ import annotations

import re

from ...structure import Block
from ..agencies import FoundAgency, flatten
from .actors import agencies_in
from .model import AssembledTask, Context, Unit, make_task
from .officials import listed_officials, named_official
from .scopes import Scope
from .vocab import BULLET, NUMBERED, Vocab


def row_cells(block: Block, text: str) -> list[tuple[int, int]]:
    """Spans of the cells of a flattened table row ("1 | Rà soát ... | Sở Nội vụ | | Quý II/2024")."""
    spans, cursor = [], block.start
    for part in text[block.start : block.end].split("|"):
        stripped = part.strip()
        start = cursor + (part.index(stripped) if stripped else 0)
        spans.append((start, start + len(stripped)))
        cursor += len(part) + 1
    return spans


def table_header(block: Block, text: str, vocab: Vocab) -> dict[str, int] | None:
    """Column roles of a task table's header row: content, lead, support, deadline."""
    if "|" not in block.text:
        return None
    roles: dict[str, int] = {}
    for index, (start, end) in enumerate(row_cells(block, text)):
        label = " ".join(text[start:end].split()).strip("*_ ")  # "**Chỉ tiêu**": a crawl's bold header
        for role, pattern in vocab.columns.items():
            if role not in roles and pattern.match(label):
                roles[role] = index
                break
    return roles if "content" in roles and ("lead" in roles or "deadline" in roles) else None


_LIST_NUMBER = re.compile(r"(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])[.)]?")


def header_refinement(block: Block, text: str, vocab: Vocab) -> dict[str, int] | None:
    """The second row of a two-level header, every filled cell a role's label: "Thời gian | Nội dung
    | Cơ quan quản lý | Thực hiện" over " |  |  | Đơn vị chủ trì | Đơn vị phối hợp". Its roles are
    the table's, in place of those the first row gave more broadly."""
    if "|" not in block.text:
        return None
    roles: dict[str, int] = {}
    for index, (start, end) in enumerate(row_cells(block, text)):
        label = " ".join(text[start:end].split()).strip("*_ ")
        if not label:
            continue
        role = next((r for r, pattern in vocab.columns.items() if r not in roles and pattern.fullmatch(label)), None)
        if role is None:
            return None
        roles[role] = index
    return roles or None


def spans_down(row: dict[str, tuple[int, int]], first_cell: tuple[int, int]) -> bool:
    """A row under merged cells: its first cell empty and its lead and time left to the row above
    (" | Lấy ý kiến các Bộ, ngành ... |" under "10-11/2019 | Xây dựng ... | Vụ X | Vụ Y")."""
    def empty(role: str) -> bool:
        return role not in row or row[role][0] == row[role][1]
    content = row.get("content")
    return (first_cell[0] == first_cell[1] and content is not None and content[0] < content[1]
            and empty("lead") and empty("deadline"))


def shared_row(block: Block, text: str, table: dict[str, int],
               agencies: list[FoundAgency]) -> tuple[list[FoundAgency], list[FoundAgency]] | None:
    """A row under the number and content cells of the row above, merged over both ("1 | Đề án ... |
    Trung ương MTTQ | Bộ X | 2030" / "Ủy ban nhân dân các tỉnh ... | Đài Truyền hình ... tại địa
    phương"): too few cells to reach the lead's column, the first naming a body. Its cells, from the
    lead's column on, are another lead of the same task and that lead's partners."""
    lead_at, support_at = table.get("lead"), table.get("support")
    cells = row_cells(block, text)
    if lead_at is None or not 0 < len(cells) <= lead_at or cells[0][0] == cells[0][1]:
        return None
    lead = flatten(agencies_in(agencies, *cells[0]))
    if not lead or lead[0].start != cells[0][0]:
        return None
    partners = cells[support_at - lead_at] if support_at is not None and 0 < support_at - lead_at < len(cells) else None
    return lead, flatten(agencies_in(agencies, *partners)) if partners else []


def table_row(block: Block, text: str, table: dict[str, int]) -> dict[str, tuple[int, int]] | None:
    """The cells of a row under a task table's header, by role; None when the table has ended."""
    if "|" not in block.text:
        return None
    cells = row_cells(block, text)
    return {role: cells[index] for role, index in table.items() if index < len(cells)}


def row_task(row: dict[str, tuple[int, int]], text: str, agencies: list[FoundAgency],
              ctx: Context, row_start: int | None = None, above: AssembledTask | None = None) -> AssembledTask | None:
    """A row of a task table: its content is the task, its columns name lead, support, deadline.
    The task's text is the row from ``row_start`` (its number cell: "2. | Hoàn thiện ... | Cục X").

    A row with content but no actor and no time ("II | CÔNG TÁC TUYÊN TRUYỀN"), or one cell merged across the
    row, is a group title."""
    content = row.get("content")
    if content is None or content[0] == content[1] or _numbers_the_columns(row, text):
        return None
    lead = flatten(agencies_in(agencies, *row["lead"])) if "lead" in row else []
    support = flatten(agencies_in(agencies, *row["support"])) if "support" in row else []
    timing = row.get("deadline")
    if timing and _LIST_NUMBER.fullmatch(text[timing[0] : timing[1]]):
        timing = None  # "I | GIAI ĐOẠN 1: ...": a group's number where the time column starts the row
    if above is not None:  # the cells merged over it are the row above's: its lead, partners and time
        task = make_task(Unit(content[0], content[1], text[content[0] : content[1]], True), text, above.lead,
                         above.support, content[0], above.lead_inferred, "table_row", above.cue)
        task.section, task.deadline_cell = ctx.section, above.deadline_cell
        return task
    if (not lead and not (timing and timing[0] < timing[1])) or _merged_across(row, text):
        ctx.scopes.enter("table-group")
        ctx.scopes.push(Scope("table-group", None, title=text[content[0] : content[1]]))
        return None
    inferred = not lead
    cue = row.get("lead")
    if not lead:
        lead = ctx.section_lead or ctx.document_lead
        cue = None
    if not lead:
        return None
    start, end = min(span[0] for span in row.values()), max(span[1] for span in row.values())
    start = min(start, row_start) if row_start is not None else start
    task = make_task(Unit(start, end, text[start:end], True), text, lead, support, content[0], inferred,
                     "table_row", cue)
    task.section = ctx.section
    if timing and timing[0] < timing[1]:
        task.deadline_cell = timing
    return task


def _numbers_the_columns(row: dict[str, tuple[int, int]], text: str) -> bool:
    """The row under a header that numbers its columns ("| (1) | (2) | (3) | (4)", "| A | B | C"): no task."""
    cells = [text[a:b].strip() for a, b in row.values()]
    return sum(1 for cell in cells if cell) >= 2 and all(not cell or _COLUMN_NUMBER.fullmatch(cell) for cell in cells)


_COLUMN_NUMBER = re.compile(r"\(?(?:\d{1,2}|[A-Z])\)?")


def _merged_across(row: dict[str, tuple[int, int]], text: str) -> bool:
    """A group's title whose merged cell a crawl repeated in every column ("I | Hoàn thiện thể chế |
    Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế"): no body, no time, a title."""
    cells = {" ".join(text[a:b].split()) for a, b in row.values()}
    return len(row) > 1 and len(cells) == 1


def structured_field(block: Block, text: str, vocab: Vocab) -> tuple[str, tuple[int, int]] | None:
    """A labelled line of a structured plan: ("lead", span of "Sở Y tế") for "- Cơ quan chủ trì: Sở Y tế"."""
    body = text[block.body_start : block.end]
    for role, pattern in vocab.fields.items():
        m = pattern.match(body)
        if m and role == "output" and not body[m.end() :].strip():
            continue  # "III. Kết quả:" titles a part; an item's output is stated after its label
        if m:
            return role, (block.body_start + m.end(), block.end)
    return None


def field_title(block: Block, text: str, vocab: Vocab) -> str | None:
    """The role of a label standing alone on its line ("a) Cơ quan chủ trì", "b) Cơ quan phối hợp:"),
    whose value the items below it list; "lead" for a line that titles both ("2. Cơ quan chủ trì, phối hợp")."""
    body = text[block.body_start : block.end].strip()
    return next((role for role, pattern in vocab.field_titles.items() if pattern.match(body)), None)


# "1.3 Xây dựng ...": a sub-item's number written without its closing dot
_SUBITEM_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s")


def _particulars(described: list[AssembledTask], titled: bool, vocab: Vocab) -> list[AssembledTask]:
    """The bullets of a numbered item that state what its work must meet, above the labelled lines that
    give its lead and time: "1.1. Xây dựng và ban hành Hướng dẫn ..." / "- Bảo đảm thống nhất với hướng
    dẫn ..." / "- Các văn bản hướng dẫn ... phải thể hiện rõ ..." / "- Đơn vị chủ trì: ...". They are the
    item's requirements, not tasks of their own; a bullet with an action of its own ("- Phối hợp tổ chức
    kiểm tra ...") stays a task. ``titled``: a numbered heading above them is the item."""
    if described and (NUMBERED.match(described[0].text) or _SUBITEM_NUMBER.match(described[0].text)):
        bullets = described[1:]
    else:
        bullets = described if titled else []
    return [task for task in bullets if BULLET.match(task.text)
            and vocab.requirement.match(BULLET.sub("", task.text, count=1))]


def apply_fields(fields: dict[str, tuple[int, int]], tasks: list[AssembledTask], first: int, text: str,
                  agencies: list[FoundAgency], ctx: Context, body_end: int, vocab: Vocab,
                  intro: tuple[int, int] | None = None) -> None:
    """Give the tasks since ``first`` the actors and timing of the labelled lines below them.

    When no task precedes them in their section, the section's content item (its heading
    and body up to ``body_end``) is the task; with no heading, the paragraph that announces
    them (``intro``: "Việc tổng kết ... như sau:") and the lines themselves."""
    lead_span = fields.get("lead")
    partners: list[FoundAgency] = []
    if lead_span is not None:
        # "Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành ...":
        # the bodies after "phối hợp" support the one in charge
        marker = vocab.support.search(text, *lead_span)
        if marker is not None:
            partners = flatten(agencies_in(agencies, marker.end(), lead_span[1]))
            lead_span = (lead_span[0], marker.start())
    official = named_official(text, *lead_span, vocab) if lead_span is not None else None
    lead = [official] if official else flatten(agencies_in(agencies, *lead_span)) if lead_span is not None else []
    support = []
    if "support" in fields:
        support = (listed_officials(text, *fields["support"], agencies, vocab)
                   or flatten(agencies_in(agencies, *fields["support"])))
    support = support + [p for p in partners if all(p.name != s.name for s in support)]
    described = tasks[first:]
    heading = ctx.scopes.heading()
    titled = heading is not None and heading.block is not None and heading.block.kind == "item"
    particulars = _particulars(described, titled, vocab) if lead else []
    if particulars:  # the item is the task, these bullets say what it must meet
        tasks[first:] = [task for task in described if all(task is not p for p in particulars)]
        described = tasks[first:]
    content = None  # the text the labelled lines describe, when no task precedes them: (start, end, in an item)
    if heading is not None and heading.block is not None:
        content = (heading.block.body_start, max(heading.block.end, body_end), True)
    elif intro is not None:
        content = (intro[0], max(span[1] for span in fields.values()), False)
    if content is not None and any(t.start == content[0] for t in tasks):
        content = None  # the heading's content is a task already: a second group of lines adds none
    if content is not None and ctx.scopes.in_attendance():
        content = None  # "I. THÀNH PHẦN THAM DỰ" / "1. Chủ trì: Đồng chí ...": who chairs the meeting, no task
    if not described and content is not None and lead:  # a task has a lead
        start, end, in_item = content
        task = make_task(Unit(start, end, text[start:end], in_item), text, lead, support, start, False,
                         "labelled_fields", fields.get("lead") or fields.get("support"))
        task.section = ctx.section
        tasks.append(task)
        described = [task]
    for task in described:
        if lead and (task.lead_inferred or not task.lead or task.rule == "addressee"):
            # "c) Đề nghị Ủy ban Dân tộc cử cán bộ ... / - Đơn vị chủ trì: Các đơn vị thuộc Bộ": the
            # labelled line says who carries out the item, which asks another body for its part
            task.lead, task.lead_inferred = lead, False
            task.rule, task.cue = "labelled_fields", fields["lead"]
        if support:  # the labelled partners, and those the task's own text names
            named = {a.name for a in task.lead} | {s.name for s in task.support}
            task.support = task.support + [s for s in support if s.name not in named]
        if "deadline" in fields:
            task.deadline_spans.insert(0, fields["deadline"])
    if lead:
        ctx.previous_lead = lead
