"""Batch extraction of files and folders: per-document JSON, tasks.jsonl, errors.jsonl, skipped.jsonl.

A failing file becomes a line of errors.jsonl (file, stage, reason) and the batch
goes on; a file of a folder that is not a document (see :mod:`walk`) becomes a line
of skipped.jsonl (file, reason). Every output is written atomically, so an
interrupted run never leaves half a file behind.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NhiemvuError
from .export import document_json, task_json_lines, write_atomic
from .inputs import shown, special_reason
from .limits import DEFAULT_MAX_CHARS
from .walk import ERRORS_FILE, SKIPPED_FILE, TASKS_FILE, Skipped, walk


@dataclass(frozen=True)
class Job:
    path: Path
    relative: Path  # where its output goes, relative to the output folder


@dataclass
class Outcome:
    job: Job
    json_text: str | None = None
    task_lines: list[str] = field(default_factory=list)
    tasks: int = 0
    error: dict[str, str] | None = None


@dataclass
class Summary:
    documents: int = 0
    tasks: int = 0
    failures: int = 0
    skipped: int = 0  # files of the folders given that are not documents
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failures == 0


def collect(paths: list[Path], out_dir: Path | None = None) -> tuple[list[Job], list[Skipped]]:
    """Files given, and the documents under folders given (recursively), with what was skipped.

    Inside a folder, what is not a document is skipped with a reason (:func:`walk.walk`);
    a file named explicitly is always read."""
    jobs: list[Job] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            documents, passed = walk(path, out_dir)
            jobs += [Job(file, file.relative_to(path)) for file in documents]
            skipped += passed
        elif reason := special_reason(path):  # a FIFO named on the command line would block
            skipped.append(Skipped(path, reason))
        else:
            jobs.append(Job(path, Path(path.name)))
    return jobs, skipped


def collect_jobs(paths: list[Path], out_dir: Path | None = None) -> list[Job]:
    """The files :func:`collect` reads."""
    return collect(paths, out_dir)[0]


def run_job(job: Job, models_dir: str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS) -> Outcome:
    """Extract one file; never raises."""
    from .api import extract

    try:
        result = extract(job.path, models_dir=models_dir, max_chars=max_chars)
    except NhiemvuError as exc:
        return Outcome(job, error={"file": shown(job.path), "stage": exc.stage,
                                   "reason": exc.reason})
    except Exception as exc:  # a bug must not take the batch down: record it
        return Outcome(job, error={
            "file": shown(job.path), "stage": "extract",
            "reason": f"internal error {type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(limit=3),
        })
    return Outcome(job, json_text=document_json(result), task_lines=list(task_json_lines(result)),
                   tasks=len(result.tasks))


def iter_outcomes(jobs: list[Job], workers: int, models_dir: str | None,
                  max_chars: int | None = DEFAULT_MAX_CHARS) -> Iterator[Outcome]:
    """Outcomes as they complete, in worker processes when ``workers > 1``."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_job(job, models_dir, max_chars)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_job, job, models_dir, max_chars) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


def run_batch(
    paths: list[Path],
    out_dir: Path,
    *,
    workers: int = 1,
    models_dir: str | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Summary:
    """Extract every file under ``paths`` into ``out_dir``."""
    started = time.perf_counter()
    jobs, skipped = collect(paths, out_dir)
    summary = Summary(skipped=sum(s.files for s in skipped))
    task_lines: dict[Path, list[str]] = {}
    errors: list[dict[str, str]] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for outcome in iter_outcomes(jobs, workers, models_dir, max_chars):
        if outcome.error:
            summary.failures += 1
            errors.append(outcome.error)
        else:
            target = out_dir / outcome.job.relative.parent / f"{outcome.job.relative.name}.json"
            write_atomic(target, outcome.json_text or "")
            summary.documents += 1
            summary.tasks += outcome.tasks
            task_lines[outcome.job.relative] = outcome.task_lines
        if on_progress:
            on_progress(outcome)
    # Input order, not completion order: re-runs give byte-identical files.
    ordered = [line for job in jobs for line in task_lines.get(job.relative, [])]
    write_atomic(out_dir / TASKS_FILE, "".join(f"{line}\n" for line in ordered))
    order = {shown(job.path): i for i, job in enumerate(jobs)}
    errors.sort(key=lambda e: order.get(e["file"], 0))
    write_atomic(out_dir / ERRORS_FILE,
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    write_atomic(out_dir / SKIPPED_FILE,
                 "".join(json.dumps(s.record(), ensure_ascii=False) + "\n" for s in skipped))
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
