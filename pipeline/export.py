"""All serialisation: JSON, JSONL and pandas DataFrames (UTF-8 kept, never ASCII-escaped)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputError
from .schema import DocumentResult

TASK_COLUMNS = [
    "document_id", "source", "doc_type", "document_number", "issued_date", "task_id", "action",
    "lead", "lead_text", "lead_inferred", "support", "deadline_text", "deadline_kind",
    "deadline_due", "deadline_recurrence", "references", "section", "confidence", "start", "end",
    "page",
]


def document_json(result: DocumentResult) -> str:
    """The document result as pretty JSON."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2)


def task_records(result: DocumentResult) -> list[dict[str, Any]]:
    """One flat dict per task: lead/support joined with "; ", deadline fields spread out."""
    doc = result.document
    rows = []
    for task in result.tasks:
        deadline = task.deadline
        rows.append({
            "document_id": doc.id,
            "source": doc.source,
            "doc_type": doc.doc_type,
            "document_number": doc.number,
            "issued_date": doc.issued_date,
            "task_id": task.id,
            "action": task.action,
            "lead": "; ".join(a.name for a in task.lead),
            "lead_text": "; ".join(a.text for a in task.lead),
            "lead_inferred": any(a.inferred for a in task.lead),
            "support": "; ".join(a.name for a in task.support),
            "deadline_text": deadline.text if deadline else None,
            "deadline_kind": deadline.kind if deadline else None,
            "deadline_due": deadline.due if deadline else None,
            "deadline_recurrence": deadline.recurrence if deadline else None,
            "references": "; ".join(task.references),
            "section": task.section,
            "confidence": task.confidence,
            "start": task.span.start,
            "end": task.span.end,
            "page": task.span.page,
        })
    return rows


def task_json_lines(result: DocumentResult) -> Iterable[str]:
    """JSONL lines, one per task, each carrying its document's id and source."""
    for task in result.tasks:
        record = {"document_id": result.document.id, "source": result.document.source,
                  **task.model_dump(mode="json")}
        yield json.dumps(record, ensure_ascii=False)


def to_dataframe(results: DocumentResult | Iterable[DocumentResult]):
    """A pandas DataFrame with one row per task (columns: ``TASK_COLUMNS``)."""
    import pandas as pd

    if isinstance(results, DocumentResult):
        results = [results]
    rows = [row for result in results for row in task_records(result)]
    frame = pd.DataFrame(rows, columns=TASK_COLUMNS)
    for column in ("issued_date", "deadline_due"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def load_results(folder: str | Path) -> list[DocumentResult]:
    """Read every document JSON an ``nhiemvu extract --out`` folder holds.

    Raises ``InputError`` naming the file when one is not a document result.
    """
    folder = Path(folder)
    results = []
    for path in sorted(folder.rglob("*.json")):
        try:
            results.append(DocumentResult.model_validate_json(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise InputError(f"not an nhiemvu document result ({first}); remove it from the output "
                             "folder or re-run nhiemvu extract", path=path) from exc
    return results


def load_errors(folder: str | Path) -> list[dict[str, Any]]:
    """The failures an output folder's ``errors.jsonl`` records (none when it is absent)."""
    path = Path(folder) / "errors.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_atomic(path: str | Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temp file and a rename: never half a file."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        handle.write(data)


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: done once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temp path beside ``path`` for writers that want a file name (pandas, pyarrow).

    Renamed onto ``path`` when the block succeeds, removed when it fails. The temp name
    ends in ``.tmp``, so such writers must be told their format, not guess it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:  # on disk before the rename makes it visible
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode any new file gets here,
        # so a report or calendar can be shared or served.
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
