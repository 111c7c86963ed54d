"""The ``--out`` folder checked before any work: a file, or a folder that cannot be written, is a one-line error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .inputs import shown


def out_dir_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the output folder, or None once it exists and takes a file.

    Creates the folder (and its parents) when missing, as the batch would.

    >>> out_dir_problem(Path("pyproject.toml"))
    'pyproject.toml exists and is a file, not a folder'
    """
    if path.exists() and not path.is_dir():
        return f"{shown(path)} exists and is a file, not a folder"
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".nhiemvu-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        where = f" ({shown(exc.filename)})" if exc.filename and os.fsdecode(exc.filename) != str(path) else ""
        return f"cannot write to {shown(path)}: {reason}{where}"
    return None
