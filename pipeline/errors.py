"""Error hierarchy: every message names the file (or resource) and what to do about it."""

from __future__ import annotations

from pathlib import Path

from .inputs import shown


class NhiemvuError(Exception):
    """Root of all errors raised by nhiemvu."""

    stage: str = "pipeline"

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = shown(path) if path is not None else None
        self.reason = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(NhiemvuError):
    """The input file cannot be read as a document (missing, empty, corrupt)."""

    stage = "read"


class UnsupportedFormatError(InputError):
    """The file's content is of a format nhiemvu does not read."""

    stage = "detect"


class EncodingError(InputError):
    """The bytes of a text file are in no encoding nhiemvu recognises."""

    stage = "decode"


class ParseError(InputError):
    """A supported format whose content could not be parsed (corrupt PDF, DOCX ...)."""

    stage = "parse"


class MissingDependencyError(NhiemvuError):
    """An optional tool (LibreOffice, Tesseract ...) is needed and not installed."""

    stage = "parse"


class ResourceError(NhiemvuError):
    """A rule file in models/ is malformed; the message names file and line."""

    stage = "resources"

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(message, path=where)


class ExtractionError(NhiemvuError):
    """The text was read but the extraction pipeline failed on it."""

    stage = "extract"


class GoldFileError(NhiemvuError):
    """A gold file for evaluation is malformed."""

    stage = "eval"


class LimitError(InputError):
    """The file or document is larger than a limit (bytes, pages, characters); the message names the flag."""

    stage = "limit"


class PasswordError(ParseError):
    """An encrypted file (PDF, Office) whose password was not given, or not the right one."""

    stage = "password"
