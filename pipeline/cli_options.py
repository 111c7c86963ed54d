"""What every command of the command line shares: -v/--verbose, --log-level, -q/--quiet, -o/--output,
logging on stderr, one-line errors and contradictory flags."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
import typer.models
from rich.console import Console

err = Console(stderr=True)


class LogLevel(StrEnum):
    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


Verbose = Annotated[int, typer.Option("-v", "--verbose", count=True,
                                      help="Log what is done on stderr: -v progress (info), -vv details (debug).")]
LogLevelOption = Annotated[LogLevel | None, typer.Option("--log-level", help="Log level on stderr "
                           "(default warning; instead of -v).")]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="No progress, no summary on stderr; only errors.")]

_HANDLER_MARK = "_nhiemvu_cli"


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, then exit with ``code`` (2: the command line is wrong)."""
    err.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def refuse(*pairs: tuple[bool, str, str]) -> None:
    """Exit 2 with one line at the first pair ``(both_given, flag, other)`` whose flags were both given."""
    for both, flag, other in pairs:
        if both:
            fail(f"{flag} cannot be used with {other}")


def setup_logging(verbose: int = 0, log_level: LogLevel | None = None, quiet: bool = False) -> None:
    """Send the ``nhiemvu`` loggers to stderr: warnings by default, -v info, -vv debug, -q errors only.

    ``--log-level`` names the level itself; with -v, or -v with -q, it is a contradiction (exit 2)."""
    refuse((quiet and verbose > 0, "-q/--quiet", "-v/--verbose"),
           (log_level is not None and verbose > 0, "--log-level", "-v/--verbose"))
    if log_level is not None:
        level = getattr(logging, log_level.value.upper())
    elif quiet:
        level = logging.ERROR
    else:
        level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logger = logging.getLogger("nhiemvu")
    for handler in [h for h in logger.handlers if getattr(h, _HANDLER_MARK, False)]:
        logger.removeHandler(handler)  # a second command in the same process (tests) starts afresh
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    setattr(handler, _HANDLER_MARK, True)
    logger.addHandler(handler)
    logger.setLevel(level)


def output_option(what: str) -> typer.models.OptionInfo:
    """The -o/--output option of a command whose result is ``what`` (default: stdout)."""
    return typer.Option("-o", "--output", help=f"Write {what} to this file instead of stdout.")


@contextlib.contextmanager
def output_stream(output: Path | None) -> Iterator[TextIO]:
    """stdout, or a text buffer written to ``output`` atomically when the block ends without error."""
    if output is None:
        yield sys.stdout
        return
    from .export import write_atomic

    buffer = io.StringIO()
    yield buffer
    write_atomic(output, buffer.getvalue())


def report_console(stream: TextIO) -> Console:
    """A wide console printing reports into ``stream`` (no colours when it is a file)."""
    return Console(file=stream, width=140, highlight=False)
