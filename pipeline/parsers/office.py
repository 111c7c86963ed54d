"""Word 97 (.doc), RTF and ODT: converted to DOCX by LibreOffice, then read as DOCX.

LibreOffice's import filters are the maintained readers of these formats; the
conversion runs headless in a temporary folder with a private profile, so it
neither touches the user's LibreOffice settings nor collides with a running one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import MissingDependencyError, ParseError
from . import docx
from .base import RawDocument

_INSTALL = (
    "reading {fmt} files needs LibreOffice: install it (Debian/Ubuntu: "
    "apt-get install libreoffice-writer-nogui; other systems: libreoffice.org) "
    "or save the file as .docx"
)
# Generous: a 300-page Word 97 file takes ~10 s; a hung conversion must still end.
_TIMEOUT_S = 180


def soffice_path() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    override = os.environ.get("NHIEMVU_SOFFICE")
    if override:
        return override if shutil.which(override) or Path(override).is_file() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_soffice(sources: list[Path], target: str, outdir: Path, *, what: str = "office") -> list[Path]:
    """Convert files with ``soffice --headless --convert-to TARGET``; returns the outputs.

    ``target`` is a filter spec such as "docx" or "pdf". All files go through one
    LibreOffice start, which is what costs time. Raises MissingDependencyError
    when LibreOffice is absent and ParseError when a file does not convert.
    """
    binary = soffice_path()
    if binary is None:
        raise MissingDependencyError(_INSTALL.format(fmt=what), path=sources[0] if sources else None)
    extension = target.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="nhiemvu-lo-profile-") as profile:
        command = [
            binary,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, sources),
        ]
        try:
            result = subprocess.run(command, capture_output=True, timeout=_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ParseError(
                f"LibreOffice did not finish converting within {_TIMEOUT_S} s; "
                "open the file in an office suite and save it as .docx",
                path=sources[0],
            ) from exc
    outputs = [outdir / f"{source.stem}.{extension}" for source in sources]
    for source, output in zip(sources, outputs, strict=True):
        if not output.is_file():
            detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise ParseError(
                f"LibreOffice could not convert this file ({detail[0] or 'no output'}); "
                "check that it opens in an office suite",
                path=source,
            )
    return outputs


def parse(data: bytes, path: Path, fmt: str = "doc") -> RawDocument:
    """Read a .doc, .rtf or .odt file through a LibreOffice conversion to .docx."""
    with tempfile.TemporaryDirectory(prefix="nhiemvu-office-") as tmp:
        # The name given to LibreOffice only picks the import filter's file name;
        # the content decides the filter, so a wrong suffix does no harm.
        source = Path(tmp) / f"document.{fmt}"
        source.write_bytes(data)
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        try:
            (converted,) = convert_with_soffice([source], "docx", outdir, what=f".{fmt}")
        except (MissingDependencyError, ParseError) as exc:  # name the user's file
            raise type(exc)(exc.reason, path=path) from exc
        doc = docx.parse(converted.read_bytes(), path)
    doc.format = fmt
    doc.meta["converted_by"] = "libreoffice"
    return doc
