"""One run at a time per output folder: an exclusive lock on a file holding the runner's pid."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import NhiemvuError

LOCK_FILE = ".nhiemvu.lock"  # hidden: never read as a document


class FolderLockedError(NhiemvuError):
    """Another run is writing to the same output folder."""

    stage = "lock"


@contextmanager
def folder_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock, or raise ``FolderLockedError`` naming the other run.

    The lock (``flock``) goes with the process: a run killed with ``kill -9`` leaves none behind.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise FolderLockedError(
                f"another nhiemvu extract (pid {holder}) is writing to this folder; wait for it "
                "to finish or give another --out", path=out_dir) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
