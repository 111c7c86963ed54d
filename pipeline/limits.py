"""Size limits, checked before the expensive work (normalisation, word analysis, spaCy)."""

from __future__ import annotations

from pathlib import Path

from .errors import LimitError

# Characters per document: the largest real documents (a plan with its annexes) hold ~300,000.
DEFAULT_MAX_CHARS = 2_000_000


def check_chars(text: str, max_chars: int | None, path: str | Path | None = None) -> None:
    """Raise a LimitError when ``text`` holds more than ``max_chars`` characters (None: no limit).

    >>> check_chars("Sở Y tế chủ trì", 5)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    pipeline.errors.LimitError: 15 characters, over the limit of 5 per document: raise it with --max-chars ...
    """
    if max_chars is not None and len(text) > max_chars:
        raise LimitError(f"{len(text):,} characters, over the limit of {max_chars:,} per document: raise it "
                         "with --max-chars (max_chars= in the API) or split the document", path=path)
