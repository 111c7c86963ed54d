"""The ``nhiemvu`` command line: a thin layer over the Python API."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import NhiemvuError
from .inputs import shown
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese administrative documents into trackable tasks.")
err = Console(stderr=True)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class TokenAnalysis(StrEnum):
    underthesea = "underthesea"
    whitespace = "whitespace"


TOKENS_HELP = ("Word analysis where assembly reads (after agencies, clause openings): underthesea "
               "segmentation + POS, or whitespace syllables without POS (the ablation).")


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    parquet = "parquet"
    ics = "ics"


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
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder.")] = None,
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1,
                    help="Worker processes (default: one per core).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format",
                             help="Without --out: one document JSON or JSONL task lines.")] =
    OutputFormat.json,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
    models: Annotated[str | None, typer.Option(help="Folder of rule files (default: bundled).")]
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
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds one document may "
                       "take; past it its worker is killed and the document fails (stage timeout).")]
    = 300.0,
    memory: Annotated[int | None, typer.Option("--memory", min=64, help="Memory cap of a worker "
                      "process in MB (stage memory when a document needs more).")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local worker processes, or a Dask "
                      "LocalCluster (needs the dask extra; no --timeout or --memory).")] = Engine.local,
) -> None:
    """Extract tasks; write DIR/<relative path>.json, tasks.jsonl, errors.jsonl and skipped.jsonl.

    Documents done by an earlier run into the same folder, unchanged since, are not redone."""
    from .batch import collect_jobs, run_batch

    missing = [p for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/red] no such file or folder: {escape(', '.join(map(shown, missing)))}")
        raise typer.Exit(2)
    if out is None:
        read = {"max_pages": max_pages, "max_bytes": max_bytes, "password": password}
        _extract_to_stdout(paths, output_format, models, max_chars, read)
        return
    _check_out(out)
    options = {"workers": jobs, "models_dir": models, "force": force, "timeout": timeout, "memory_mb": memory,
               "engine": engine.value, "max_chars": max_chars,
               "max_pages": max_pages, "max_bytes": max_bytes, "password": password}
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
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
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
        err.print(f"error: --out {problem}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2)


def _extract_to_stdout(paths: list[Path], output_format: OutputFormat, models: str | None,
                       max_chars: int = DEFAULT_MAX_CHARS, read: dict | None = None) -> None:
    from .api import extract as extract_file
    from .batch import collect_jobs
    from .export import document_json, task_json_lines

    jobs = collect_jobs(paths)
    if output_format is OutputFormat.json and len(jobs) != 1:
        err.print("[red]error:[/red] JSON to stdout takes exactly one file; use --out DIR "
                  "or --format jsonl")
        raise typer.Exit(2)
    failed = False
    for job in jobs:
        try:
            result = extract_file(job.path, models_dir=models, max_chars=max_chars, **(read or {}))
        except NhiemvuError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")  # a file may be named "[b].txt"
            failed = True
            continue
        if output_format is OutputFormat.json:
            sys.stdout.write(document_json(result) + "\n")
        else:
            for line in task_json_lines(result):
                sys.stdout.write(line + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="The document to explain.")],
    models: Annotated[str | None, typer.Option(help="Folder of rule files (default: bundled).")] = None,
) -> None:
    """Each task with the rule that found it, the text that triggered it and its confidence."""
    from .api import extract as extract_file

    try:
        result = extract_file(path, models_dir=models)
    except NhiemvuError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    out = Console(width=140, highlight=False)
    doc = result.document
    out.print(f"{path}: {doc.doc_type}, {doc.number or 'no number'}, {len(result.tasks)} tasks")
    for index, task in enumerate(result.tasks, start=1):
        lead = ", ".join(a.name for a in task.lead) + (" (inherited)" if any(a.inferred for a in task.lead) else "")
        out.print(f"\n[bold]T{index}[/bold]  rule {task.rule}  confidence {task.confidence:.2f}  lead: {lead}")
        if task.cue is not None:
            out.print(f"    cue      [{task.cue.start}:{task.cue.end}] {_one_line(task.cue.text, 110)}")
        out.print(f"    task     [{task.span.start}:{task.span.end}] {_one_line(task.span.text, 110)}")
        if task.section:
            out.print(f"    section  {_one_line(task.section, 110)}")
        if task.support:
            out.print(f"    support  {', '.join(a.name for a in task.support)}")
        if task.deadline:
            due = task.deadline.due or task.deadline.recurrence or "-"
            out.print(f"    deadline {task.deadline.kind} {due} ({_one_line(task.deadline.text, 60)})")


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command("eval")
def evaluate_command(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")],
    docs: Annotated[Path | None, typer.Option(help="Folder of the documents to extract.")] = None,
    pred: Annotated[Path | None, typer.Option(help="Folder of saved predictions.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    models: Annotated[str | None, typer.Option(help="Folder of rule files.")] = None,
    group: Annotated[list[str] | None, typer.Option(
        help="A group of documents scored apart, by file-name prefixes: NAME=PREFIX[,PREFIX...] "
             "(repeatable), e.g. --group legacy=30 --group full=40,60.")] = None,
    tokens: Annotated[TokenAnalysis, typer.Option(help=TOKENS_HELP)] = TokenAnalysis.underthesea,
) -> None:
    """Score extraction against gold files (ANNOTATION.md rules)."""
    from .evaluate import evaluate

    if docs is not None and pred is not None:
        err.print("[red]error:[/red] give --docs or --pred, not both")
        raise typer.Exit(2)
    groups = {}
    for spec in group or []:
        name, _, prefixes = spec.partition("=")
        if not name or not prefixes:
            err.print(f"[red]error:[/red] --group {spec!r}: write NAME=PREFIX[,PREFIX...]")
            raise typer.Exit(2)
        groups[name] = [p for p in prefixes.split(",") if p]
    try:
        report = evaluate(gold, docs_dir=docs, pred_dir=pred, models_dir=models, tokens=tokens.value)
    except NhiemvuError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(groups), ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(width=140)
    table = Table(title="Per document")
    for column in ("file", "task P/R/F1", "lead F1", "support F1", "deadline", "refs F1", "type"):
        table.add_column(column)
    for d in report.documents:
        table.add_row(d.file[:48], f"{d.tasks.precision:.2f}/{d.tasks.recall:.2f}/{d.tasks.f1:.2f}",
                      f"{d.lead.f1:.2f}", f"{d.support.f1:.2f}",
                      f"{d.deadline_correct}/{d.deadline_total}", f"{d.references.f1:.2f}",
                      "ok" if d.doc_type_ok else "WRONG")
    out.print(table)
    rules = Table(title="Per rule of task assembly (precision: share of its tasks that match gold)")
    for column in ("rule", "tasks", "correct", "precision"):
        rules.add_column(column)
    for rule, row in report.rule_precision().items():
        rules.add_row(rule, str(row["tasks"]), str(row["correct"]), f"{row['precision']:.2f}")
    out.print(rules)
    if groups:
        by_group = Table(title="Per group")
        for column in ("group", "documents", "task P/R/F1", "lead F1", "deadline", "refs F1", "type"):
            by_group.add_column(column)
        for name, prefixes in groups.items():
            t = report.subset(prefixes).totals()
            by_group.add_row(name, str(t["documents"]),
                             f"{t['task_precision']:.2f}/{t['task_recall']:.2f}/{t['task_f1']:.2f}",
                             f"{t['lead_f1']:.2f}", f"{t['deadline_accuracy']:.2f}", f"{t['reference_f1']:.2f}",
                             f"{t['doc_type_accuracy']:.2f}")
        out.print(by_group)
    totals = report.totals()
    out.print("Overall")
    for key, value in totals.items():
        out.print(f"  {key:22} {value}")


def _load_output(out_dir: Path):
    """The document results of an extract output folder, or exit 2 with the reason."""
    from .export import load_results

    if not out_dir.is_dir():
        err.print(f"[red]error:[/red] no such folder: {out_dir}")
        raise typer.Exit(2)
    try:
        results = load_results(out_dir)
    except NhiemvuError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not results:
        err.print(f"[red]error:[/red] {out_dir} holds no document JSON; "
                  f"run `nhiemvu extract FILES --out {out_dir}` first")
        raise typer.Exit(2)
    return results


@app.command()
def review(
    out_dir: Annotated[Path, typer.Argument(help="An `nhiemvu extract --out` folder.")],
    output: Annotated[Path | None, typer.Option("--output", "-o",
                      help="HTML file to write (default: OUT_DIR/review.html).")] = None,
    today: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"],
                     help="Date that overdue/upcoming count from (default: the viewer's today).")] = None,
    title: Annotated[str | None, typer.Option(help="Report title.")] = None,
) -> None:
    """Write one self-contained HTML review report: highlighted texts, task table, filters."""
    from .export import load_errors, write_atomic
    from .review import render_report

    results = _load_output(out_dir)
    errors = load_errors(out_dir)
    target = output or out_dir / "review.html"
    write_atomic(target, render_report(results, errors=errors, today=today.date() if today else None,
                                title=title or f"nhiemvu review: {out_dir.resolve().name}"))
    err.print(f"{len(results)} documents, {sum(len(r.tasks) for r in results)} tasks -> {target}")


@app.command("export")
def export_command(
    out_dir: Annotated[Path, typer.Argument(help="An `nhiemvu extract --out` folder.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    to: Annotated[ExportFormat | None, typer.Option("--to",
                  help="Format (default: from the output file's extension).")] = None,
) -> None:
    """Export the tasks as xlsx (Tasks + Documents sheets), CSV (UTF-8 with BOM), Parquet or iCalendar."""
    from .exporters import export

    fmt = to.value if to else output.suffix.lower().lstrip(".")
    if fmt not in ExportFormat.__members__:
        err.print(f"[red]error:[/red] cannot tell the format of {output.name}; "
                  f"give --to {'|'.join(ExportFormat.__members__)}")
        raise typer.Exit(2)
    results = _load_output(out_dir)
    rows = export(results, fmt, output)
    tasks = sum(len(r.tasks) for r in results)
    what = f"{rows} events (tasks with a due date, of {tasks})" if fmt == "ics" else f"{rows} tasks"
    err.print(f"{len(results)} documents, {what} -> {output}")


@app.command("diff")
def diff_command(
    old_dir: Annotated[Path, typer.Argument(help="The earlier `nhiemvu extract --out` folder.")],
    new_dir: Annotated[Path, typer.Argument(help="The later one.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of lines.")] = False,
) -> None:
    """New, closed and changed tasks between two output folders (matched by task id, then by
    document and action)."""
    from .diff import diff_folders, tracked

    try:
        result = diff_folders(old_dir, new_dir)
    except NhiemvuError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    for sign, tasks in (("+", result.new), ("-", result.closed)):
        for task in tasks:
            sys.stdout.write(f"{sign} {Path(str(task.get('source'))).name}: {_one_line(task['action'], 100)}\n")
    for change in result.changed:
        before, after = tracked(change.old), tracked(change.new)
        sys.stdout.write(f"~ {Path(str(change.new.get('source'))).name}: {_one_line(change.new['action'], 100)}\n")
        for name in change.fields:
            sys.stdout.write(f"    {name}: {before[name]!r} -> {after[name]!r}\n")
    err.print(f"{len(result.new)} new, {len(result.closed)} closed, {len(result.changed)} changed, "
              f"{result.unchanged} unchanged")


@app.command()
def bench(
    docs: Annotated[Path, typer.Argument(help="Folder of documents.")] = Path("corpus"),
    repeat: Annotated[int, typer.Option(min=1)] = 3,
    tokens: Annotated[TokenAnalysis, typer.Option(help=TOKENS_HELP)] = TokenAnalysis.underthesea,
    scaling: Annotated[bool, typer.Option(
        "--scaling", help="Instead: characters per second of one text per size (--sizes), "
                          "built by repeating the documents.")] = False,
    sizes: Annotated[str, typer.Option(help="Text sizes for --scaling, comma-separated.")]
    = "10000,100000,1000000",
) -> None:
    """Throughput of the whole pipeline as a ratio to underthesea's word_tokenize."""
    from .benchmark import run_benchmark, run_scaling

    if scaling:
        for row in run_scaling(docs, [int(n) for n in sizes.split(",") if n.strip()],
                               tokens=tokens.value):
            sys.stdout.write("  ".join(f"{key} {value}" for key, value in row.items()) + "\n")
        return
    result = run_benchmark(docs, repeat=repeat, tokens=tokens.value)
    for key, value in result.items():
        sys.stdout.write(f"{key:28} {value}\n")


if __name__ == "__main__":  # pragma: no cover
    app()
