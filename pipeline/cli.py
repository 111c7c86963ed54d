"""The ``nhiemvu`` command line: a thin layer over the Python API.

This module holds the app and ``extract``; the other commands live in :mod:`cli_reports`
(explain, schema, eval, diff) and :mod:`cli_outputs` (review, export, bench), and the options
every command shares in :mod:`cli_options`. Heavy modules are imported inside the commands,
so ``nhiemvu --help`` starts without spaCy.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from . import cli_outputs, cli_reports
from .cli_options import LogLevelOption, Quiet, Verbose, err, fail, refuse, setup_logging
from .errors import NhiemvuError
from .inputs import shown
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese administrative documents into trackable tasks.")

STDIN = Path("-")
DEFAULT_TIMEOUT = 300.0  # engine.DEFAULT_TIMEOUT, without importing the engine for --help


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"nhiemvu {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Vietnamese administrative documents into trackable tasks."""


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively); "
                                                "- reads one document from stdin.")],
    out: Annotated[Path | None, typer.Option("-o", "--output", "--out", help="Output folder of a batch "
                   "(without it: one document's JSON on stdout).")] = None,
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1,
                    help="Worker processes (default: one per core).")] = None,
    output_format: Annotated[OutputFormat | None, typer.Option(
        "--format", help="Without --out: one document JSON (default) or JSONL task lines.")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
    models: Annotated[str | None, typer.Option("--models", help="Folder of rule files (default: bundled).")]
    = None,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Characters per document; "
                         "a longer one fails (stage 'limit').")] = DEFAULT_MAX_CHARS,
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Pages per document; a longer "
                         "one fails before its pages are read (stage 'limit').")] = DEFAULT_MAX_PAGES,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Bytes per file; a larger one "
                         "fails unread (stage 'limit').")] = DEFAULT_MAX_BYTES,
    password: Annotated[str | None, typer.Option("--password", envvar="NHIEMVU_PASSWORD", help="Opens "
                        "encrypted PDFs (also from $NHIEMVU_PASSWORD, which other users' ps cannot see).")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Redo every document, even those done "
                                        "by an earlier run.")] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", min=0.1, help="Seconds one document may "
                       "take (default 300); past it its worker is killed and the document fails (stage "
                       "timeout).")] = None,
    memory: Annotated[int | None, typer.Option("--memory", min=64, help="Memory cap of a worker "
                      "process in MB (stage memory when a document needs more).")] = None,
    engine: Annotated[Engine | None, typer.Option("--engine", help="local worker processes (default), or "
                      "Dask (needs the dask extra).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --engine dask: the address of "
                         "an existing cluster's scheduler (tcp://HOST:8786) instead of a LocalCluster.")]
    = None,
) -> None:
    """Extract tasks; write DIR/<relative path>.json, tasks.jsonl, errors.jsonl and skipped.jsonl.

    Documents done by an earlier run into the same folder, unchanged since, are not redone."""
    setup_logging(verbose, log_level, quiet)
    batch_flags = [("-j/--jobs", jobs is not None), ("--force", force), ("--timeout", timeout is not None),
                   ("--memory", memory is not None), ("--engine", engine is not None),
                   ("--scheduler", scheduler is not None)]
    for flag, given in batch_flags:
        if given and out is None:
            fail(f"{flag} is for a batch: give -o DIR (without it one document goes to stdout)")
    refuse((out is not None and output_format is not None, "--format", "-o/--out (it is for stdout)"),
           (scheduler is not None and engine is not Engine.dask, "--scheduler", "--engine local (give --engine dask)"),
           (scheduler is not None and jobs is not None, "--scheduler", "-j/--jobs (the cluster has its workers)"),
           (STDIN in paths and len(paths) > 1, "-", "other paths (stdin is one document)"),
           (STDIN in paths and out is not None, "-", "-o/--out (stdin's JSON goes to stdout)"))
    if paths == [STDIN]:
        _extract_stdin(output_format or OutputFormat.json, models, max_chars)
    missing = [p for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(map(shown, missing))}")
    if out is None:
        read = {"max_pages": max_pages, "max_bytes": max_bytes, "password": password}
        _extract_to_stdout(paths, output_format or OutputFormat.json, models, max_chars, read)
        return
    _check_out(out)
    options = {"workers": jobs, "models_dir": models, "force": force, "timeout": timeout or DEFAULT_TIMEOUT,
               "memory_mb": memory, "engine": (engine or Engine.local).value, "max_chars": max_chars,
               "scheduler": scheduler, "max_pages": max_pages, "max_bytes": max_bytes, "password": password}
    _run_batch(paths, out, options, quiet)


def _run_batch(paths: list[Path], out: Path, options: dict, quiet: bool) -> None:
    """The batch with a progress bar on a terminal, its summary, and the exit status."""
    from .batch import collect_jobs, run_batch

    show_progress = not quiet and sys.stderr.isatty()
    try:
        if show_progress:
            from rich.progress import Progress

            total = len(collect_jobs(paths, out))
            with Progress(console=err, transient=True) as progress:
                bar = progress.add_task("extracting", total=total)
                summary = run_batch(paths, out, on_progress=lambda _o: progress.advance(bar), **options)
        else:
            summary = run_batch(paths, out, **options)
    except NhiemvuError as exc:
        fail(str(exc))
    except KeyboardInterrupt:  # before the first document or while writing the indexes
        err.print("interrupted; the same command finishes the batch")
        raise typer.Exit(130) from None
    if summary.interrupted:
        err.print(f"interrupted: {summary.finished} of {summary.total} done; the same command "
                  "finishes the batch")
        raise typer.Exit(130)
    if not quiet:
        colour = "green" if summary.ok else "red"
        err.print(f"[{colour}]{summary.documents} documents, {summary.tasks} tasks, "
                  f"{summary.failures} failures[/{colour}], {summary.skipped} skipped, "
                  f"{summary.unchanged} unchanged in {summary.seconds:.1f}s -> {escape(shown(out))}")
        if summary.failures:
            err.print(f"see {escape(shown(out / 'errors.jsonl'))}")
    raise typer.Exit(0 if summary.ok else 1)


def _check_out(out: Path) -> None:
    """A bad --out (a file, a folder that cannot be written) stops here: one line, exit status 2."""
    from .outdir import out_dir_problem

    problem = out_dir_problem(out)
    if problem:
        fail(f"--out {problem}")


def _write_result(result, output_format: OutputFormat) -> None:
    from .export import document_json, task_json_lines

    if output_format is OutputFormat.json:
        sys.stdout.write(document_json(result) + "\n")
    else:
        for line in task_json_lines(result):
            sys.stdout.write(line + "\n")


def _extract_stdin(output_format: OutputFormat, models: str | None, max_chars: int) -> None:
    """One document read from stdin (its format told from the content), named ``stdin``."""
    from .api import extract_bytes

    try:
        result = extract_bytes(sys.stdin.buffer.read(), source="stdin", models_dir=models, max_chars=max_chars)
    except NhiemvuError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    except MemoryError as exc:
        err.print("[red]error:[/red] stdin: out of memory while extracting it")
        raise typer.Exit(1) from exc
    _write_result(result, output_format)
    raise typer.Exit(0)


def _extract_to_stdout(paths: list[Path], output_format: OutputFormat, models: str | None,
                       max_chars: int = DEFAULT_MAX_CHARS, read: dict | None = None) -> None:
    from .api import extract as extract_file
    from .batch import collect_jobs

    jobs = collect_jobs(paths)
    if output_format is OutputFormat.json and len(jobs) != 1:
        fail("JSON to stdout takes exactly one file; use -o DIR or --format jsonl")
    failed = False
    for job in jobs:
        try:
            result = extract_file(job.path, models_dir=models, max_chars=max_chars, **(read or {}))
        except NhiemvuError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")  # a file may be named "[b].txt"
            failed = True
            continue
        except MemoryError:
            err.print(f"[red]error:[/red] {escape(str(job.path))}: out of memory while extracting it")
            failed = True
            continue
        _write_result(result, output_format)
    raise typer.Exit(1 if failed else 0)


app.command()(cli_reports.explain)
app.command()(cli_reports.schema)
app.command("eval")(cli_reports.evaluate_command)
app.command("diff")(cli_reports.diff_command)
app.command()(cli_outputs.review)
app.command("export")(cli_outputs.export_command)
app.command()(cli_outputs.bench)


if __name__ == "__main__":  # pragma: no cover
    app()
