"""DataFrames for review: documents, task-agency pairs, task filters and deadline status.

The task frame itself is ``export.to_dataframe`` (one row per task); these helpers add
what reviewing needs on top of it, for the notebooks and the spreadsheet exports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import pandas as pd

from .schema import DocumentResult

DOCUMENT_COLUMNS = [
    "document_id", "source", "doc_type", "number", "issued_date", "issued_year", "issuer", "signer",
    "title", "pages", "tasks", "dated_tasks", "references", "warnings",
]
AGENCY_COLUMNS = ["document_id", "task_id", "role", "agency", "inferred", "successor", "deadline_due"]
STATUSES = ("overdue", "upcoming", "later", "undated")


def documents_frame(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per document: metadata, task counts, cited numbers ("; "-joined)."""
    rows = []
    for result in results:
        doc = result.document
        rows.append({
            "document_id": doc.id, "source": doc.source, "doc_type": doc.doc_type, "number": doc.number,
            "issued_date": doc.issued_date, "issued_year": doc.issued_year,
            "issuer": doc.issuer, "signer": doc.signer, "title": doc.title,
            "pages": doc.pages, "tasks": len(result.tasks),
            "dated_tasks": sum(1 for t in result.tasks if t.deadline and t.deadline.due),
            "references": "; ".join(r.number for r in result.references),
            "warnings": "; ".join(result.warnings),
        })
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    frame["issued_date"] = pd.to_datetime(frame["issued_date"])
    frame["issued_year"] = frame["issued_year"].astype("Int64")
    frame["pages"] = frame["pages"].astype("Int64")
    return frame


def agencies_frame(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per (task, agency, role): who leads or supports what, for counting per agency."""
    rows = []
    for result in results:
        for task in result.tasks:
            due = task.deadline.due if task.deadline else None
            for role, agencies in (("lead", task.lead), ("support", task.support)):
                rows.extend({"document_id": result.document.id, "task_id": task.id, "role": role,
                             "agency": a.name, "inferred": a.inferred, "successor": a.successor,
                             "deadline_due": due} for a in agencies)
    frame = pd.DataFrame(rows, columns=AGENCY_COLUMNS)
    frame["deadline_due"] = pd.to_datetime(frame["deadline_due"])
    return frame


def _names(joined: object) -> list[str]:
    return [n for n in str(joined).split("; ") if n] if isinstance(joined, str) else []


def filter_tasks(tasks: pd.DataFrame, *, agency: str | None = None, role: str = "any",
                 due_from: str | dt.date | None = None, due_to: str | dt.date | None = None,
                 doc_type: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Rows of a ``to_dataframe`` frame that match every filter given.

    ``agency`` is an exact canonical name, looked for among the lead (``role="lead"``), the
    support (``"support"``) or both (``"any"``); ``due_from``/``due_to`` bound the due date
    (inclusive; tasks without one are left out when either is given); ``doc_type`` is one
    type or several. E.g. ``filter_tasks(frame, agency="Sở Y tế", due_to="2024-06-30")``.
    """
    if role not in ("any", "lead", "support"):
        raise ValueError(f"role must be 'any', 'lead' or 'support', not {role!r}")
    keep = pd.Series(True, index=tasks.index)
    if agency:
        columns = ["lead", "support"] if role == "any" else [role]
        named = pd.Series(False, index=tasks.index)
        for column in columns:
            named |= tasks[column].map(lambda joined: agency in _names(joined))
        keep &= named
    due = pd.to_datetime(tasks["deadline_due"])
    if due_from is not None:
        keep &= due >= pd.Timestamp(due_from)
    if due_to is not None:
        keep &= due <= pd.Timestamp(due_to)
    if doc_type:
        keep &= tasks["doc_type"].isin([doc_type] if isinstance(doc_type, str) else list(doc_type))
    return tasks[keep.fillna(False).astype(bool)]


def deadline_status(due: pd.Series, today: str | dt.date, days: int = 30) -> pd.Series:
    """``overdue`` (before today), ``upcoming`` (today .. today + days), ``later`` or ``undated``.

    The HTML report's filter applies the same rule in the browser.
    """
    today_ts = pd.Timestamp(today).normalize()
    due = pd.to_datetime(due)
    status = pd.Series("later", index=due.index, dtype=object)
    status[due <= today_ts + pd.Timedelta(days=days)] = "upcoming"
    status[due < today_ts] = "overdue"
    status[due.isna()] = "undated"
    return status
