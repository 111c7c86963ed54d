"""Commands that report on documents and results: explain, schema, eval, diff (registered in :mod:`cli`)."""

from __future__ import annotations

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
from .errors import NhiemvuError


class TokenAnalysis(StrEnum):
    underthesea = "underthesea"
    whitespace = "whitespace"


TOKENS_HELP = ("Word analysis where assembly reads (after agencies, clause openings): underthesea "
               "segmentation + POS (default), or whitespace syllables without POS (the ablation).")
ModelsOption = Annotated[str | None, typer.Option("--models", help="Folder of rule files (default: bundled).")]


def explain(
    path: Annotated[Path, typer.Argument(help="The document to explain.")],
    models: ModelsOption = None,
    output: Annotated[Path | None, output_option("the explanation")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Each task with the rule that found it, the text that triggered it and its confidence."""
    setup_logging(verbose, log_level, quiet)
    from .api import extract as extract_file

    try:
        result = extract_file(path, models_dir=models)
    except NhiemvuError as exc:
        fail(str(exc), 1)
    with output_stream(output) as stream:
        out = report_console(stream)
        doc = result.document
        out.print(f"{path}: {doc.doc_type}, {doc.number or 'no number'}, {len(result.tasks)} tasks", markup=False)
        for index, task in enumerate(result.tasks, start=1):
            inherited = " (inherited)" if any(a.inferred for a in task.lead) else ""
            lead = ", ".join(a.name for a in task.lead) + inherited
            out.print(f"\n[bold]T{index}[/bold]  rule {task.rule}  confidence {task.confidence:.2f}  lead: {lead}")
            if task.cue is not None:
                out.print(f"    cue      [{task.cue.start}:{task.cue.end}] {one_line(task.cue.text, 110)}",
                          markup=False)
            out.print(f"    task     [{task.span.start}:{task.span.end}] {one_line(task.span.text, 110)}",
                      markup=False)
            if task.section:
                out.print(f"    section  {one_line(task.section, 110)}", markup=False)
            if task.support:
                out.print(f"    support  {', '.join(a.name for a in task.support)}", markup=False)
            if task.deadline:
                due = task.deadline.due or task.deadline.recurrence or "-"
                out.print(f"    deadline {task.deadline.kind} {due} ({one_line(task.deadline.text, 60)})",
                          markup=False)


def one_line(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def schema(
    output: Annotated[Path | None, output_option("the JSON Schema")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Print the JSON Schema of the output."""
    setup_logging(verbose, log_level, quiet)
    from .schema import json_schema

    with output_stream(output) as stream:
        stream.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def _groups(specs: list[str]) -> dict[str, list[str]]:
    groups = {}
    for spec in specs:
        name, _, prefixes = spec.partition("=")
        if not name or not prefixes:
            fail(f"--group {spec!r}: write NAME=PREFIX[,PREFIX...]")
        groups[name] = [p for p in prefixes.split(",") if p]
    return groups


def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.")],
    docs: Annotated[Path | None, typer.Option("--docs", help="Folder of the documents to extract.")] = None,
    pred: Annotated[Path | None, typer.Option("--pred", help="Folder of saved predictions.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    models: ModelsOption = None,
    group: Annotated[list[str] | None, typer.Option(
        "--group", help="A group of documents scored apart, by file-name prefixes: NAME=PREFIX[,PREFIX...] "
                        "(repeatable), e.g. --group legacy=30 --group full=40,60.")] = None,
    tokens: Annotated[TokenAnalysis | None, typer.Option("--tokens", help=TOKENS_HELP)] = None,
    output: Annotated[Path | None, output_option("the report")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """Score extraction against gold files (ANNOTATION.md rules)."""
    setup_logging(verbose, log_level, quiet)
    refuse((docs is not None and pred is not None, "--docs", "--pred"),
           (tokens is not None and pred is not None, "--tokens", "--pred (saved predictions are not extracted)"),
           (models is not None and pred is not None, "--models", "--pred (saved predictions are not extracted)"))
    groups = _groups(group or [])
    from .evaluate import evaluate

    try:
        report = evaluate(gold, docs_dir=docs, pred_dir=pred, models_dir=models,
                          tokens=(tokens or TokenAnalysis.underthesea).value)
    except NhiemvuError as exc:
        fail(str(exc))
    with output_stream(output) as stream:
        if as_json:
            stream.write(json.dumps(report.to_json(groups), ensure_ascii=False, indent=2) + "\n")
        else:
            _print_tables(report, groups, report_console(stream))


def _print_tables(report, groups: dict[str, list[str]], out) -> None:
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
    out.print("Overall")
    for key, value in report.totals().items():
        out.print(f"  {key:22} {value}")


def diff_command(
    old_dir: Annotated[Path, typer.Argument(help="The earlier `nhiemvu extract --out` folder.")],
    new_dir: Annotated[Path, typer.Argument(help="The later one.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of lines.")] = False,
    output: Annotated[Path | None, output_option("the differences")] = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    log_level: LogLevelOption = None,
) -> None:
    """New, closed and changed tasks between two output folders (matched by task id, then by
    document and action)."""
    setup_logging(verbose, log_level, quiet)
    from .diff import diff_folders, tracked

    try:
        result = diff_folders(old_dir, new_dir)
    except NhiemvuError as exc:
        fail(str(exc))
    with output_stream(output) as stream:
        if as_json:
            stream.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
            return
        for sign, tasks in (("+", result.new), ("-", result.closed)):
            for task in tasks:
                stream.write(f"{sign} {Path(str(task.get('source'))).name}: {one_line(task['action'], 100)}\n")
        for change in result.changed:
            before, after = tracked(change.old), tracked(change.new)
            stream.write(f"~ {Path(str(change.new.get('source'))).name}: {one_line(change.new['action'], 100)}\n")
            for name in change.fields:
                stream.write(f"    {name}: {before[name]!r} -> {after[name]!r}\n")
    if not quiet:
        err.print(f"{len(result.new)} new, {len(result.closed)} closed, {len(result.changed)} changed, "
                  f"{result.unchanged} unchanged")
