"""Size limits, checked before the expensive work: bytes before a file is read, pages before a
PDF's pages are laid out, characters before normalisation, word analysis and spaCy."""

from __future__ import annotations

from pathlib import Path

from .errors import LimitError

# Characters per document: the largest real documents (a plan with its annexes) hold ~300,000.
DEFAULT_MAX_CHARS = 2_000_000
# Pages per document: a budget report with its annex tables runs to a few hundred pages.
DEFAULT_MAX_PAGES = 2_000
# Bytes per file: a 300-page scanned PDF is ~50 MB; a text document is rarely over 5 MB.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def _check(amount: int, limit: int | None, what: str, per: str, flag: str, path: str | Path | None) -> None:
    if limit is not None and amount > limit:
        keyword = flag.removeprefix("--").replace("-", "_")
        raise LimitError(f"{amount:,} {what}, over the limit of {limit:,} per {per}: raise it with {flag} "
                         f"({keyword}= in the API) or split the document", path=path)


def check_chars(text: str, max_chars: int | None, path: str | Path | None = None) -> None:
    """Raise a LimitError when ``text`` holds more than ``max_chars`` characters (None: no limit).

    >>> check_chars("Sở Y tế chủ trì", 5)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    pipeline.errors.LimitError: 15 characters, over the limit of 5 per document: raise it with --max-chars ...
    """
    _check(len(text), max_chars, "characters", "document", "--max-chars", path)


def check_pages(pages: int, max_pages: int | None, path: str | Path | None = None) -> None:
    """Raise a LimitError when a document has more than ``max_pages`` pages (None: no limit).

    >>> check_pages(2400, 2000, "bao-cao-quyet-toan.pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    pipeline.errors.LimitError: bao-cao-quyet-toan.pdf: 2,400 pages, over the limit of 2,000 per document: ...
    """
    _check(pages, max_pages, "pages", "document", "--max-pages", path)


def check_bytes(size: int, max_bytes: int | None, path: str | Path | None = None) -> None:
    """Raise a LimitError when a file holds more than ``max_bytes`` bytes (None: no limit).

    >>> check_bytes(300_000_000, DEFAULT_MAX_BYTES, "ke-hoach.pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    pipeline.errors.LimitError: ke-hoach.pdf: 300,000,000 bytes, over the limit of 209,715,200 per file: ...
    """
    _check(size, max_bytes, "bytes", "file", "--max-bytes", path)
