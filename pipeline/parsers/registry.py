"""Parsers for office formats, by format name (as :func:`detect.detect_format` names them).

Each entry imports its module only when a file of that format is read, so a
missing optional library (trafilatura, pytesseract) fails that one file with a
MissingDependencyError that says what to install, not the whole package.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from .base import RawDocument, ReadOptions

Parser = Callable[[bytes, Path, ReadOptions | None], RawDocument]


def _lazy(module: str, function: str = "parse", *, reads_options: bool = False, **kwargs: str) -> Parser:
    """A parser that imports its module on first use; ``reads_options``: it takes the ReadOptions
    (a password, the page limit) as its third argument."""

    def parse(data: bytes, path: Path, options: ReadOptions | None = None) -> RawDocument:
        target = getattr(import_module(f"{__package__}.{module}"), function)
        if reads_options:
            return target(data, path, options or ReadOptions(), **kwargs)
        return target(data, path, **kwargs)

    parse.__name__ = f"parse_{module}"
    return parse


PARSERS: dict[str, Parser] = {
    "pdf": _lazy("pdf", reads_options=True),
    "docx": _lazy("docx"),
    "doc": _lazy("office", fmt="doc"),
    "rtf": _lazy("office", fmt="rtf"),
    "odt": _lazy("office", fmt="odt"),
    "html": _lazy("html"),
    "markdown": _lazy("markdown"),
    "png": _lazy("ocr", "parse_image", reads_options=True, fmt="png"),
    "jpeg": _lazy("ocr", "parse_image", reads_options=True, fmt="jpeg"),
    "tiff": _lazy("ocr", "parse_image", reads_options=True, fmt="tiff"),
}
