"""Commands that write files from an output folder, and the benchmark: review, export, bench
(registered in :mod:`cli`)."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .cli_options import (
    LogLevelOption,
    Quiet,
    Verbose,
    err,
    fail,
    output_option,
    output_stream,
    refuse,
    report_console,
    setup_logging,
)
from .cli_reports import TOKENS_HELP, TokenAnalysis
from .errors import NhiemvuError


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    parquet = "parquet"
    ics = "ics"


def _load_output(out_dir: Path):
    """The document results of an extract output folder, or exit 2 with the reason."""
    from .export import load_results

    if not out_dir.is_dir():
        fail(f"no such folder: {out_dir}")
    try:
        results = load_results(out_dir)
    except NhiemvuError as exc:
        fail(str(exc))
    if not results:
        fail(f"{out_dir} holds no document JSON; run `nhiemvu extract FILES -o {out_dir}` first")
    return results


def review(
    out_dir: Annotated[Path, typer.Argument(help="An `nhiemvu extract --out` folder.")],
    output: Annotated[Path | None, typer.Option("-o", "--output",
                      help="HTML file to write (default: OUT_DIR/review.html).")] = None,
    today: Annotated[dt.datetime | None, typer.Option("--today", formats=["%Y-%m-%d"],
                     help="Date that overdue/upcoming count from (default: the viewer's today).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Report title.")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Write one self-contained HTML review report: highlighted texts, task table, filters."""
    setup_logging(verbose, log_level, quiet)
    from .export import load_errors, write_atomic
    from .review import render_report

    results = _load_output(out_dir)
    errors = load_errors(out_dir)
    target = output or out_dir / "review.html"
    write_atomic(target, render_report(results, errors=errors, today=today.date() if today else None,
                                       title=title or f"nhiemvu review: {out_dir.resolve().name}"))
    if not quiet:
        err.print(f"{len(results)} documents, {sum(len(r.tasks) for r in results)} tasks -> {target}",
                  markup=False)


def export_command(
    out_dir: Annotated[Path, typer.Argument(help="An `nhiemvu extract --out` folder.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    to: Annotated[ExportFormat | None, typer.Option("--to",
                  help="Format (default: from the output file's extension).")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Export the tasks as xlsx (Tasks + Documents sheets), CSV (UTF-8 with BOM), Parquet or iCalendar."""
    setup_logging(verbose, log_level, quiet)
    from .exporters import export

    suffix = output.suffix.lower().lstrip(".")
    refuse((to is not None and suffix in ExportFormat.__members__ and suffix != to.value,
            f"--to {to.value if to else ''}", f"-o {output.name} (its extension says {suffix})"))
    fmt = to.value if to else suffix
    if fmt not in ExportFormat.__members__:
        fail(f"cannot tell the format of {output.name}; give --to {'|'.join(ExportFormat.__members__)}")
    results = _load_output(out_dir)
    rows = export(results, fmt, output)
    tasks = sum(len(r.tasks) for r in results)
    what = f"{rows} events (tasks with a due date, of {tasks})" if fmt == "ics" else f"{rows} tasks"
    if not quiet:
        err.print(f"{len(results)} documents, {what} -> {output}", markup=False)


def bench(
    docs: Annotated[Path | None, typer.Argument(help="Folder of documents (default: corpus; with --batch "
                                                "../shared/corpus-real/docs).")] = None,
    repeat: Annotated[int | None, typer.Option("--repeat", min=1, help="Runs of the pipeline benchmark, "
                      "the best counts (default 3).")] = None,
    tokens: Annotated[TokenAnalysis | None, typer.Option("--tokens", help=TOKENS_HELP)] = None,
    scaling: Annotated[bool, typer.Option(
        "--scaling", help="Instead: characters per second of one text per size (--sizes), "
                          "built by repeating the documents.")] = False,
    sizes: Annotated[str | None, typer.Option("--sizes", help="Text sizes for --scaling, comma-separated "
                     "(default 10000,100000,1000000).")] = None,
    batch: Annotated[bool, typer.Option("--batch", help="Instead: documents per second of whole batches "
                     "with -j 1, -j 2 and Dask with 2 workers.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    output: Annotated[Path | None, output_option("the figures")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Throughput of the whole pipeline as a ratio to underthesea's word_tokenize (or of batches: --batch)."""
    setup_logging(verbose, log_level, quiet)
    refuse((batch and scaling, "--batch", "--scaling"), (sizes is not None and not scaling, "--sizes", "no --scaling"),
           (batch and repeat is not None, "--repeat", "--batch"), (batch and tokens is not None, "--tokens", "--batch"),
           (scaling and repeat is not None, "--repeat", "--scaling"))
    if batch:
        _bench_batch(docs, as_json, output, quiet)
        return
    folder = docs or Path("corpus")
    if not folder.is_dir():
        fail(f"no such folder: {folder}")
    from .benchmark import run_benchmark, run_scaling

    mode = (tokens or TokenAnalysis.underthesea).value
    with output_stream(output) as stream:
        if scaling:
            rows = run_scaling(folder, [int(n) for n in (sizes or "10000,100000,1000000").split(",") if n.strip()],
                               tokens=mode)
            if as_json:
                stream.write(json.dumps(rows, indent=2) + "\n")
            for row in [] if as_json else rows:
                stream.write("  ".join(f"{key} {value}" for key, value in row.items()) + "\n")
            return
        result = run_benchmark(folder, repeat=repeat or 3, tokens=mode)
        if as_json:
            stream.write(json.dumps(result, indent=2) + "\n")
            return
        for key, value in result.items():
            stream.write(f"{key:28} {value}\n")


def _bench_batch(docs: Path | None, as_json: bool, output: Path | None, quiet: bool) -> None:
    import importlib.util

    from .bench_batch import DEFAULT_BATCH_DOCS, batch_runs, run_batch_benchmark

    folder = docs or DEFAULT_BATCH_DOCS
    if not folder.is_dir():
        fail(f"no such folder: {folder}" + ("" if docs else " (the shared real corpus); give the folder "
                                           "to measure: nhiemvu bench --batch PATH"))
    engines = ("local", "dask") if importlib.util.find_spec("distributed") else ("local",)
    if "dask" not in engines and not quiet:
        err.print('dask is not installed (pip install "nhiemvu[dask]"): local runs only')

    def told(row: dict) -> None:
        if not quiet:
            err.print(f"{row['run']}: {row['documents_per_second']} documents/s", markup=False)

    report = run_batch_benchmark(folder, batch_runs(engines), on_run=told)
    with output_stream(output) as stream:
        if as_json:
            stream.write(json.dumps(report, indent=2) + "\n")
            return
        table = Table(title=f"Batch throughput over {folder}")
        for column in ("run", "documents", "failures", "tasks", "seconds", "documents/s"):
            table.add_column(column, justify="left" if column == "run" else "right")
        for row in report["runs"]:
            table.add_row(row["run"], str(row["documents"]), str(row["failures"]), str(row["tasks"]),
                          f"{row['seconds']:.1f}", f"{row['documents_per_second']:.2f}")
        report_console(stream).print(table)
