"""Parsers for office formats, by format name (as :func:`detect.detect_format` names them).

Each entry imports its module only when a file of that format is read, so a
missing optional library (trafilatura, pytesseract) fails that one file with a
MissingDependencyError that says what to install, not the whole package.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from .base import RawDocument

Parser = Callable[[bytes, Path], RawDocument]


def _lazy(module: str, function: str = "parse", **kwargs: str) -> Parser:
    def parse(data: bytes, path: Path) -> RawDocument:
        target = getattr(import_module(f"{__package__}.{module}"), function)
        return target(data, path, **kwargs)

    parse.__name__ = f"parse_{module}"
    return parse


PARSERS: dict[str, Parser] = {
    "pdf": _lazy("pdf"),
    "docx": _lazy("docx"),
    "doc": _lazy("office", fmt="doc"),
    "rtf": _lazy("office", fmt="rtf"),
    "odt": _lazy("office", fmt="odt"),
    "html": _lazy("html"),
    "markdown": _lazy("markdown"),
    "png": _lazy("ocr", "parse_image", fmt="png"),
    "jpeg": _lazy("ocr", "parse_image", fmt="jpeg"),
    "tiff": _lazy("ocr", "parse_image", fmt="tiff"),
}
