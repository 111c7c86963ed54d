"""Hand-off files for Excel, trackers, analysts and calendars: xlsx, CSV, Parquet, iCalendar.

Spreadsheets (xlsx, CSV) carry one row per task under readable English headers
(``COLUMN_LABELS``; the values stay Vietnamese), dates as real dates. Parquet keeps the
machine column names of ``export.TASK_COLUMNS`` with typed columns. The iCalendar file
holds one all-day event per task with a due date (RFC 5545), with UIDs stable across
re-exports so a subscribed calendar updates its events instead of duplicating them.
Every file is written through a temp file and a rename.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .export import TASK_COLUMNS, atomic_path, to_dataframe
from .frames import documents_frame
from .schema import Deadline, DocumentResult, Task

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FORMATS = ("xlsx", "csv", "parquet", "ics")

# Spreadsheet column order and headers: what an office reads first comes first.
COLUMN_LABELS = {
    "document_number": "Document number", "doc_type": "Document type", "issued_date": "Issued",
    "action": "Action", "lead": "Lead", "support": "Support", "deadline_text": "Deadline (as written)",
    "deadline_kind": "Deadline kind", "deadline_due": "Due date", "deadline_recurrence": "Recurrence",
    "references": "References", "section": "Section", "confidence": "Confidence",
    "lead_inferred": "Lead inferred", "lead_text": "Lead (as written)", "source": "Source file",
    "task_id": "Task ID", "document_id": "Document ID", "start": "Start offset", "end": "End offset",
    "page": "Page",
}
DOCUMENT_LABELS = {
    "number": "Document number", "doc_type": "Document type", "issued_date": "Issued", "issuer": "Issuer",
    "signer": "Signer", "title": "Title", "tasks": "Tasks", "dated_tasks": "Tasks with a due date",
    "references": "References", "pages": "Pages", "warnings": "Warnings", "source": "Source file",
    "document_id": "Document ID",
}
# Excel (and LibreOffice) run a CSV cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XLSX_CELL_LIMIT = 32767
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def tasks_sheet(results: Sequence[DocumentResult]) -> pd.DataFrame:
    """The task rows under spreadsheet headers (``COLUMN_LABELS``), dates as datetimes."""
    frame = to_dataframe(results)
    order = [c for c in COLUMN_LABELS if c in frame.columns] + [c for c in frame.columns if c not in COLUMN_LABELS]
    return frame[order].rename(columns=COLUMN_LABELS)


def documents_sheet(results: Sequence[DocumentResult]) -> pd.DataFrame:
    """The document rows under spreadsheet headers (``DOCUMENT_LABELS``)."""
    frame = documents_frame(results)
    return frame[list(DOCUMENT_LABELS)].rename(columns=DOCUMENT_LABELS)


def _text_columns(frame: pd.DataFrame) -> list[str]:
    types = pd.api.types
    return [c for c in frame.columns if types.is_object_dtype(frame[c]) or types.is_string_dtype(frame[c])]


def _xlsx_text(value: object) -> object:
    if not isinstance(value, str):
        return value
    return _ILLEGAL_XML.sub("", value)[:_XLSX_CELL_LIMIT]


def write_xlsx(results: Sequence[DocumentResult], path: str | Path) -> int:
    """A workbook with a "Tasks" sheet (one row per task) and a "Documents" sheet; returns the task count."""
    sheets = {"Tasks": tasks_sheet(results), "Documents": documents_sheet(results)}
    with atomic_path(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame = frame.copy()
            for column in _text_columns(frame):
                frame[column] = frame[column].map(_xlsx_text)
            frame.to_excel(writer, sheet_name=name, index=False, freeze_panes=(1, 0))
            _format_sheet(writer.sheets[name], frame)
    return len(sheets["Tasks"])


def _format_sheet(sheet: Worksheet, frame: pd.DataFrame) -> None:
    """Dates shown as dates, text kept as text, a filter on the header row, readable widths."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.is_date:  # pandas' openpyxl writer ignores its date_format argument
                cell.number_format = "yyyy-mm-dd"
            elif cell.data_type == "f":  # openpyxl takes a string starting with "=" for a formula
                cell.data_type = "s"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(frame.columns, start=1):
        values = frame[column].dropna().astype(str)
        longest = max([len(str(column)), *(len(v) for v in values.head(500))]) if len(values) else len(str(column))
        width = min(max(longest + 2, 10), 60)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        if width == 60:
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _neutralise(value: object) -> object:
    """Prefix ``'`` to a text cell Excel would run as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(results: Sequence[DocumentResult], path: str | Path) -> int:
    """Tasks as CSV in UTF-8 with a BOM (Excel then reads Vietnamese right), ISO dates; returns the row count."""
    frame = tasks_sheet(results)
    for column in _text_columns(frame):
        frame[column] = frame[column].map(_neutralise)
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d", lineterminator="\r\n")
    return len(frame)


def write_parquet(results: Sequence[DocumentResult], path: str | Path) -> int:
    """Tasks as Parquet with the ``TASK_COLUMNS`` names, dates as date32; returns the row count."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(to_dataframe(results)[TASK_COLUMNS], preserve_index=False)
    for name, kind in (("issued_date", pa.date32()), ("deadline_due", pa.date32()), ("page", pa.int32())):
        index = table.schema.get_field_index(name)
        table = table.set_column(index, name, pc.cast(table.column(name), kind))
    table = table.replace_schema_metadata(None)  # pandas' metadata would still say datetime64
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return table.num_rows


# --- iCalendar (RFC 5545) ---

def ics_escape(text: str) -> str:
    r"""Escape a TEXT value: backslash, ``;``, ``,`` and line breaks (as ``\n``); drop other controls.

    >>> ics_escape("Sở Y tế; Sở Tài chính, hạn 15/3\nxem")
    'Sở Y tế\\; Sở Tài chính\\, hạn 15/3\\nxem'
    """
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = re.sub(r"\r\n|\r|\n", r"\\n", text)
    return re.sub(r"[\x00-\x08\x0a-\x1f\x7f]", "", text)


def ics_fold(line: str, limit: int = 75) -> str:
    """Fold a content line into lines of at most ``limit`` octets, never inside a UTF-8 character."""
    lines, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            lines.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += char
        size += octets
    lines.append(current)
    return "\r\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def dated_tasks(results: Sequence[DocumentResult]) -> list[tuple[DocumentResult, Task, Deadline]]:
    """The tasks that get a calendar event: those whose deadline has a due date."""
    return [(result, task, task.deadline) for result in results for task in result.tasks
            if task.deadline is not None and task.deadline.due is not None]


_LEAD_IN_TITLE = 48  # characters of the first lead's name in an event's title, the rest is the action's


def _event(result: DocumentResult, task: Task, deadline: Deadline, stamp: str) -> list[str]:
    doc = result.document
    # a calendar title shows the action: several leads are named by the first (all are in the description)
    lead = "; ".join(a.name for a in task.lead)
    # the title shows the action: several leads are named by the first (the description lists all)
    # (a long name is shortened so that the action still shows: "Ban Chỉ huy Phòng, chống thiên tai …")
    first = _shorten(task.lead[0].name, _LEAD_IN_TITLE) + (
        f" (+{len(task.lead) - 1})" if len(task.lead) > 1 else "") if task.lead else ""
    summary = _shorten(f"{first}: {task.action}" if first else task.action, 120)
    document = " ".join(x for x in (doc.number, doc.title) if x) or (doc.source or doc.id)
    issued = f", {doc.issued_date.isoformat()}" if doc.issued_date else ""
    description = "\n".join(line for line in (
        task.action,
        f"Lead: {lead}" if lead else "",
        "Support: " + "; ".join(a.name for a in task.support) if task.support else "",
        f"Deadline: {deadline.text} ({deadline.kind})",
        f"Document: {document} ({doc.doc_type}{issued})",
        "References: " + "; ".join(task.references) if task.references else "",
        f"Source: {doc.source}" if doc.source else "",
        f"Task: {task.id}",
    ) if line)
    day = deadline.due  # never None: dated_tasks keeps only those
    return [
        "BEGIN:VEVENT",
        f"UID:{ics_escape(task.id)}@nhiemvu",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics_escape(summary)}",
        f"DESCRIPTION:{ics_escape(description)}",
        f"CATEGORIES:{ics_escape(deadline.kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def ics_calendar(results: Sequence[DocumentResult], *, stamp: dt.datetime | None = None,
                 name: str = "nhiemvu deadlines") -> str:
    """An iCalendar with one all-day VEVENT per task that has a due date (CRLF line ends, folded)."""
    from . import __version__

    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//nhiemvu//nhiemvu {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(name)}",
             "REFRESH-INTERVAL;VALUE=DURATION:P1D", "X-PUBLISHED-TTL:P1D"]
    for result, task, deadline in dated_tasks(results):
        lines.extend(_event(result, task, deadline, stamp))
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def write_ics(results: Sequence[DocumentResult], path: str | Path, *, stamp: dt.datetime | None = None,
              name: str = "nhiemvu deadlines") -> int:
    """Write ``ics_calendar``; returns the number of events (tasks with a due date)."""
    text = ics_calendar(results, stamp=stamp, name=name)
    with atomic_path(path) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return len(dated_tasks(results))


def export(results: Sequence[DocumentResult], fmt: str, path: str | Path) -> int:
    """Write ``results`` as ``fmt`` (one of ``FORMATS``) to ``path``; returns the rows or events written."""
    writers = {"xlsx": write_xlsx, "csv": write_csv, "parquet": write_parquet, "ics": write_ics}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writers[fmt](results, path)
