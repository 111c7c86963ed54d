"""What an input path is before it is opened: its printable name, special files, symlinks.

A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates):
:func:`shown` gives the name with those bytes escaped (``bad\\xff.txt``), safe to print and
to write into JSON. A FIFO, a device or a socket is never opened (reading a FIFO blocks
forever); a symlink is followed only when its target lies inside the input tree.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# What a non-regular file is, by the type bits of its stat.
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def shown(path: str | Path) -> str:
    """The path as text a person can read and JSON can hold: undecodable bytes escaped.

    >>> shown(Path(os.fsdecode(b"c\\xf4ng-v\\xe4n.txt")))
    'c\\\\xf4ng-v\\\\xe4n.txt'
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def special_reason(path: Path) -> str | None:
    """Why ``path`` (after symlinks) is not a readable file: a FIFO, a device, a socket; or None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for test, name in _SPECIAL:
        if test(mode):
            return f"{name}, not a document: never opened"
    return None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def symlink_reason(path: Path, root: Path) -> str | None:
    """Why a symlink met under ``root`` is not followed (outside the tree, broken), or None.

    ``path`` that is no symlink, or one whose target lies inside ``root``, gives None.
    """
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a broken symlink (its target does not exist or loops)"
    if not _inside(target, root.resolve()):
        return f"a symlink to {shown(target)}, outside the input folder: not followed"
    return None


def skip_reason(path: Path, root: Path | None) -> str | None:
    """Why an input is not read before it is opened (symlink out of ``root``, special file), or None.

    ``root`` is the folder given on the command line; None for a path named on it, which is
    read wherever its symlink points (the user named it), unless it is a special file.
    """
    if root is not None:
        reason = symlink_reason(path, root)
        if reason:
            return reason
    return special_reason(path)
