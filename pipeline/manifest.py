"""The manifest of an output folder: one SQLite row per input document, committed as each finishes.

A row holds the document's content hash, the pipeline version it was extracted with (package
version + a hash of the rule files), its status (``running``, ``done``, ``failed``), its output
path, task count and error. A re-run skips the documents whose row says they are done with the
same content and version; ``kill -9`` loses at most the documents in flight.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

MANIFEST_FILE = ".nhiemvu-manifest.sqlite"  # hidden: never read as a document
# A failure that may not happen again (the limit was hit, a worker was killed) is retried; so is
# one that depends on the run's flags (a size limit, a PDF's password), which fails again fast.
TRANSIENT_STAGES = frozenset({"timeout", "worker", "memory", "limit", "password"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    relative TEXT PRIMARY KEY,   -- output path of the document, relative to the output folder
    source TEXT NOT NULL,        -- the input file as given
    hash TEXT NOT NULL,          -- sha256 of its bytes
    version TEXT NOT NULL,       -- pipeline_version() it was extracted with
    status TEXT NOT NULL,        -- running, done, failed
    output TEXT,                 -- the document JSON, relative to the output folder
    tasks INTEGER NOT NULL DEFAULT 0,
    error TEXT,                  -- the errors.jsonl line, as JSON
    pid INTEGER,                 -- the worker extracting it while running
    updated REAL NOT NULL
)
"""


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pipeline_version(models_dir: str | None = None) -> str:
    """The package version and a hash of every rule file: a change to either redoes documents."""
    from . import __version__
    from .resources import default_models_dir

    root = Path(models_dir) if models_dir else default_models_dir()
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class Row:
    relative: str
    source: str
    hash: str
    version: str
    status: str
    output: str | None
    tasks: int
    error: dict[str, str] | None
    pid: int | None


class Manifest:
    """The manifest of one output folder; every write is committed at once."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / MANIFEST_FILE
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def rows(self) -> dict[str, Row]:
        """Every row, by relative output path."""
        cursor = self._db.execute(
            "SELECT relative, source, hash, version, status, output, tasks, error, pid FROM documents")
        return {r[0]: Row(*r[:7], json.loads(r[7]) if r[7] else None, r[8]) for r in cursor}

    def _put(self, relative: str, source: str, digest: str, version: str, status: str, *,
             output: str | None = None, tasks: int = 0, error: dict | None = None,
             pid: int | None = None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (relative, source, digest, version, status, output, tasks,
             json.dumps(error, ensure_ascii=False) if error else None, pid, time.time()))

    def running(self, relative: str, source: str, digest: str, version: str, pid: int) -> None:
        self._put(relative, source, digest, version, "running", pid=pid)

    def done(self, relative: str, source: str, digest: str, version: str, output: str, tasks: int) -> None:
        self._put(relative, source, digest, version, "done", output=output, tasks=tasks)

    def failed(self, relative: str, source: str, digest: str, version: str, error: dict) -> None:
        self._put(relative, source, digest, version, "failed", error=error)

    def drop(self, relatives: list[str]) -> None:
        self._db.executemany("DELETE FROM documents WHERE relative = ?", [(r,) for r in relatives])


def is_current(row: Row | None, digest: str, version: str, out_dir: Path) -> bool:
    """Whether a row already holds this document's result: same content and version, and its
    JSON still there (or a failure that would happen again)."""
    if row is None or row.hash != digest or row.version != version:
        return False
    if row.status == "done":
        return row.output is not None and (out_dir / row.output).is_file()
    return row.status == "failed" and (row.error or {}).get("stage") not in TRANSIENT_STAGES
