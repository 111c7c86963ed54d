"""nhiemvu: turn Vietnamese administrative documents into structured, trackable tasks.

>>> from pipeline import extract, extract_text, to_dataframe

The names are imported on first use, so the command line starts without loading spaCy.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_text", "to_dataframe", "DocumentResult", "NhiemvuError",
           "SCHEMA_VERSION", "__version__"]

# a library configures no output of its own: the command line (or the program) adds handlers
logging.getLogger("nhiemvu").addHandler(logging.NullHandler())

_HOMES = {"extract": "api", "extract_text": "api", "NhiemvuError": "errors", "to_dataframe": "export",
          "SCHEMA_VERSION": "schema", "DocumentResult": "schema"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
