"""One guard for every stage: an exception that is not an :class:`NhiemvuError` becomes one.

A bug or a library's surprise on odd input (a parser's KeyError on a damaged file, spaCy on
an odd text) must reach the user as "file, stage, reason", never as a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ExtractionError, NhiemvuError


@contextmanager
def stage(name: str, path: str | Path | None, doing: str) -> Iterator[None]:
    """Run a stage; any other exception is raised as an ExtractionError of stage ``name``.

    ``doing`` says what failed, for the reason: "reading this pdf file".

    >>> with stage("parse", "a.pdf", "reading this pdf file"):
    ...     {}["x"]
    Traceback (most recent call last):
    pipeline.errors.ExtractionError: a.pdf: internal error while reading this pdf file (KeyError: 'x'); please report it
    """
    try:
        yield
    except (NhiemvuError, MemoryError):
        raise  # (memory running out is no internal error: a batch reports it as stage "memory")
    except Exception as exc:  # noqa: BLE001 - turned into a reason a person reads
        error = ExtractionError(f"internal error while {doing} ({type(exc).__name__}: {exc}); please report it",
                                path=path)
        error.stage = name
        raise error from exc
