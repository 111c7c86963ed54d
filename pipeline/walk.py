"""Which files under a folder are documents; every other one is skipped with a reason.

Not documents: hidden files and folders, project notes (README, CHANGELOG, LICENSE,
CONTRIBUTING ...), JSON data (gold files, earlier results) and what nhiemvu itself
writes: tasks.jsonl, errors.jsonl, skipped.jsonl, the review report, exports, and a
whole output folder (one holding nhiemvu's tasks.jsonl) found inside the input.
A skipped folder is one entry, with the number of files it holds.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .inputs import shown, skip_reason, symlink_reason
from .manifest import MANIFEST_FILE

TASKS_FILE = "tasks.jsonl"
ERRORS_FILE = "errors.jsonl"
SKIPPED_FILE = "skipped.jsonl"
_OWN_FILES = frozenset({TASKS_FILE, ERRORS_FILE, SKIPPED_FILE})

# File names (before the first dot, any case) of the notes a project keeps beside its files.
NOTE_NAMES = frozenset({
    "README", "CHANGELOG", "CHANGES", "HISTORY", "LICENSE", "LICENCE", "COPYING", "CONTRIBUTING",
    "CODE_OF_CONDUCT", "AUTHORS",
})
_DATA_SUFFIXES = frozenset({".json", ".jsonl"})

# What nhiemvu's own writers put in their files, read from the first (or last) 64 KB.
_SNIFF = 65536
_REVIEW_MARK = b'<body class="nv-report">'  # review.render_report
_ICS_MARK = b"PRODID:-//nhiemvu//"  # exporters.write_ics
_CSV_MARK = "\ufeffDocument number,Document type,Issued,Action,".encode()  # exporters.write_csv
_PARQUET_MARKS = (b"document_id", b"task_id", b"deadline_kind")  # column names, in the footer


@dataclass(frozen=True)
class Skipped:
    """A file, or a folder skipped whole, that is not a document."""

    path: Path
    reason: str
    files: int = 1
    folder: bool = False

    def record(self) -> dict[str, object]:
        """The skipped.jsonl line: ``file`` and ``reason`` (and ``files`` for a folder)."""
        line: dict[str, object] = {"file": shown(self.path), "reason": self.reason}
        if self.folder:
            line["files"] = self.files
        return line


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF)
    except OSError:
        return b""


def _tail(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - _SNIFF))
            return handle.read()
    except OSError:
        return b""


def _is_own_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return b'name="Tasks"' in workbook and b'name="Documents"' in workbook


def export_kind(path: Path) -> str | None:
    """What nhiemvu wrote this file as ("review report", "csv export" ...), or None."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "review report" if _REVIEW_MARK in _head(path) else None
    if suffix == ".ics":
        return "ics export" if _ICS_MARK in _head(path) else None
    if suffix == ".csv":
        return "csv export" if _head(path).startswith(_CSV_MARK) else None
    if suffix == ".xlsx":
        return "xlsx export" if _is_own_xlsx(path) else None
    if suffix == ".parquet":
        tail = _tail(path)
        return "parquet export" if tail.endswith(b"PAR1") and all(m in tail for m in _PARQUET_MARKS) else None
    return None


def is_output_folder(folder: Path) -> bool:
    """A folder ``nhiemvu extract --out`` wrote: it holds a manifest, or a tasks.jsonl that is
    empty or holds task lines."""
    if (folder / MANIFEST_FILE).is_file():
        return True
    tasks = folder / TASKS_FILE
    if not tasks.is_file() or not (folder / ERRORS_FILE).is_file():
        return False
    first = _head(tasks).split(b"\n", 1)[0]
    if not first.strip():
        return True
    try:
        line = json.loads(first)
    except ValueError:
        return False
    return isinstance(line, dict) and "document_id" in line


def file_skip_reason(path: Path) -> str | None:
    """Why a file met in a folder is not a document, or None when it is one."""
    name = path.name
    if name.startswith("."):
        return "hidden file"
    if name in _OWN_FILES:
        return f"nhiemvu output ({name})"
    if path.suffix.lower() in _DATA_SUFFIXES:
        return "JSON data (a gold file or an earlier result), not a document"
    if name.split(".")[0].upper() in NOTE_NAMES:
        return f"project notes ({name}), not a document"
    kind = export_kind(path)
    return f"nhiemvu {kind}" if kind else None


def _skipped_folder(folder: Path, reason: str) -> Skipped:
    return Skipped(folder, reason, sum(len(files) for _root, _dirs, files in os.walk(folder)), folder=True)


def walk(root: Path, out_dir: Path | None = None) -> tuple[list[Path], list[Skipped]]:
    """The documents under ``root`` and what was skipped, each sorted by path.

    ``out_dir``, the output folder of the current run, is skipped when it lies inside ``root``
    (unless it is ``root`` itself: then only nhiemvu's own files in it are). FIFOs, devices
    and sockets are skipped unopened; a symlink is followed only to a file inside ``root``
    (a symlinked folder is never descended: its files, if inside, are read where they are).
    """
    out = out_dir.resolve() if out_dir is not None else None
    documents: list[Path] = []
    skipped: list[Skipped] = []
    for current, dirs, files in os.walk(root):
        here = Path(current)
        kept = []
        for name in sorted(dirs):
            folder = here / name
            if name.startswith("."):
                skipped.append(_skipped_folder(folder, "hidden folder"))
            elif folder.is_symlink():
                skipped.append(Skipped(folder, symlink_reason(folder, root)
                                       or "a symlink to a folder inside the input: read where it is"))
            elif folder.resolve() == out:
                skipped.append(_skipped_folder(folder, "the output folder of this run"))
            elif is_output_folder(folder):
                skipped.append(_skipped_folder(folder, f"an nhiemvu output folder (holds {TASKS_FILE})"))
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            file = here / name
            reason = skip_reason(file, root) or file_skip_reason(file)
            if reason:
                skipped.append(Skipped(file, reason))
            elif file.is_file():
                documents.append(file)
            else:
                skipped.append(Skipped(file, "not a regular file"))
    return sorted(documents), sorted(skipped, key=lambda s: s.path)
