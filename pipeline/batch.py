"""Batch extraction of files and folders: per-document JSON, tasks.jsonl, errors.jsonl, skipped.jsonl.

A failing file becomes a line of errors.jsonl (file, stage, reason) and the batch
goes on; a file of a folder that is not a document (see :mod:`walk`) becomes a line
of skipped.jsonl (file, reason). Every output is written atomically, so an
interrupted run never leaves half a file behind; the manifest (:mod:`manifest`) records
each document as it finishes, so a re-run does only what is left or changed.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .engine import DEFAULT_TIMEOUT, Pool, default_workers
from .errors import LimitError, NhiemvuError
from .export import document_json, task_json_lines, write_atomic
from .indexes import write_indexes
from .inputs import shown, special_reason
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES, check_bytes
from .lock import folder_lock
from .manifest import Manifest, Row, file_hash, is_current, pipeline_version
from .parsers.base import ReadOptions
from .walk import Skipped, walk

log = logging.getLogger("nhiemvu.batch")


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
    unchanged: int = 0  # documents done by an earlier run, not redone
    total: int = 0  # documents of the input
    finished: int = 0  # of them, done or failed by now
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.failures == 0 and not self.interrupted


def root_labels(roots: list[Path]) -> list[Path]:
    """The folder each input root's outputs go under: its name, or more of its path when names clash.

    ``c1/doc.txt`` and ``c2/doc.txt`` give ``c1/doc.txt`` and ``c2/doc.txt``; ``a/x.txt`` and
    ``b/y.txt`` give ``x.txt`` and ``y.txt`` (the shortest tail of the path that is unique)."""
    parts = [root.resolve().parts[1:] or ("root",) for root in roots]
    labels = []
    for mine in parts:
        for size in range(1, len(mine) + 1):
            tail = mine[-size:]
            if all(other is mine or other[-size:] != tail for other in parts):
                break
        labels.append(Path(*tail))
    return labels


def _unique_roots(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    roots = []
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            roots.append(path)
    return roots


def collect(paths: list[Path], out_dir: Path | None = None) -> tuple[list[Job], list[Skipped]]:
    """Files given, and the documents under folders given (recursively), with what was skipped.

    Inside a folder, what is not a document is skipped with a reason (:func:`walk.walk`);
    a file named explicitly is always read. Output paths never collide: with one folder they
    are relative to it; with several inputs each goes under its label (:func:`root_labels`),
    and a file given twice is read once."""
    roots = _unique_roots(paths)
    labels = root_labels(roots)
    jobs: list[Job] = []
    skipped: list[Skipped] = []
    single_folder = len(roots) == 1 and roots[0].is_dir()
    for root, label in zip(roots, labels, strict=True):
        if root.is_dir():
            documents, passed = walk(root, out_dir)
            base = Path() if single_folder else label
            jobs += [Job(file, base / file.relative_to(root)) for file in documents]
            skipped += passed
        elif reason := special_reason(root):  # a FIFO named on the command line would block
            skipped.append(Skipped(root, reason))
        else:
            jobs.append(Job(root, label))
    kept, duplicates = _distinct(jobs)
    return kept, skipped + duplicates


def _key(job: Job) -> str:
    """A document's row in the manifest: its output path, undecodable bytes of its name escaped."""
    return shown(job.relative.as_posix())


def _distinct(jobs: list[Job]) -> tuple[list[Job], list[Skipped]]:
    """Each file once (a link to a file already read is skipped, with a reason), and no two
    files with one output path (a later one gets ``~2``, ``~3`` ...)."""
    files: dict[Path, Path] = {}  # each file's path to read: the file itself rather than a link to it
    for job in jobs:
        real = job.path.resolve()
        if real not in files or (files[real].is_symlink() and not job.path.is_symlink()):
            files[real] = job.path
    taken: set[Path] = set()
    kept = []
    duplicates = []
    read: set[Path] = set()
    for job in jobs:
        real = job.path.resolve()
        chosen = files[real]
        if job.path != chosen:
            duplicates.append(Skipped(job.path, f"the same file as {shown(chosen)}, read once"))
            continue
        if real in read:  # the same path named twice ("c1" and "c1/doc.txt")
            continue
        read.add(real)
        # a name with undecodable bytes gets its output under the escaped name: text all the way
        relative, number = Path(shown(job.relative)), 1
        while relative in taken:
            number += 1
            relative = Path(shown(job.relative)).with_name(f"{Path(shown(job.relative)).name}~{number}")
        taken.add(relative)
        kept.append(Job(job.path, relative))
    return kept, duplicates


def collect_jobs(paths: list[Path], out_dir: Path | None = None) -> list[Job]:
    """The files :func:`collect` reads."""
    return collect(paths, out_dir)[0]


def run_job(job: Job, models_dir: str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS,
            read: ReadOptions | None = None) -> Outcome:
    """Extract one file (``read``: its password, the page and byte limits); never raises."""
    from .api import extract

    read = read or ReadOptions()
    try:
        result = extract(job.path, models_dir=models_dir, max_chars=max_chars, max_pages=read.max_pages,
                         max_bytes=read.max_bytes, password=read.password)
    except NhiemvuError as exc:
        return Outcome(job, error={"file": shown(job.path), "stage": exc.stage,
                                   "reason": exc.reason})
    except MemoryError:
        raise  # the worker reports it (stage memory) and is replaced
    except Exception as exc:  # a bug must not take the batch down: record it
        return Outcome(job, error={
            "file": shown(job.path), "stage": "extract",
            "reason": f"internal error {type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(limit=3),
        })
    return Outcome(job, json_text=document_json(result), task_lines=list(task_json_lines(result)),
                   tasks=len(result.tasks))


def warm_up(models_dir: str | None = None) -> None:
    """Load the rules and language models, so that a worker's first document is not slower."""
    from .api import extract_text

    extract_text("Sở Y tế chủ trì, hoàn thành trước ngày 30/6/2024.", models_dir=models_dir)


def _failure(job: Job, stage: str, reason: str) -> Outcome:
    return Outcome(job, error={"file": str(job.path), "stage": stage, "reason": reason})


def run_batch(
    paths: list[Path],
    out_dir: Path,
    *,
    workers: int | None = None,
    models_dir: str | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    force: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    max_pages: int | None = DEFAULT_MAX_PAGES,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    password: str | None = None,
) -> Summary:
    """Extract every file under ``paths`` into ``out_dir``, skipping those already done.

    Each document runs in a worker process (``workers``, default one per core) under ``timeout``
    seconds (and ``memory_mb``); its row in the manifest is committed as it finishes. Ctrl-C
    stops the workers and still writes the indexes (``Summary.interrupted``). Raises
    ``FolderLockedError`` when another run writes to ``out_dir``. ``engine="dask"`` runs the
    documents on a Dask LocalCluster instead, or on the cluster at ``scheduler`` (:mod:`engine_dask`),
    under the same limits.
    ``password`` opens the encrypted PDFs; a file over ``max_bytes`` fails unread (stage limit).
    """
    started = time.perf_counter()
    with folder_lock(out_dir):
        jobs, skipped = collect(paths, out_dir)
        manifest = Manifest(out_dir)
        try:
            return _run(jobs, skipped, out_dir, manifest, started, workers=workers or default_workers(),
                        models_dir=models_dir, on_progress=on_progress, force=force, timeout=timeout,
                        memory_mb=memory_mb, engine=engine, max_chars=max_chars, scheduler=scheduler,
                        read=ReadOptions(password=password, max_pages=max_pages, max_bytes=max_bytes))
        finally:
            manifest.close()


def _run(jobs: list[Job], skipped: list[Skipped], out_dir: Path, manifest: Manifest, started: float, *,
         workers: int, models_dir: str | None, on_progress: Callable[[Outcome], None] | None,
         force: bool, timeout: float, memory_mb: int | None, engine: str,
         max_chars: int | None = DEFAULT_MAX_CHARS, scheduler: str | None = None,
         read: ReadOptions | None = None) -> Summary:
    version = pipeline_version(models_dir)
    rows = manifest.rows()
    summary = Summary(skipped=sum(s.files for s in skipped), total=len(jobs))
    digests: dict[Path, str] = {}
    todo: list[Job] = []
    for job in jobs:
        key = _key(job)
        try:
            check_bytes(job.path.stat().st_size, (read or ReadOptions()).max_bytes, job.path)
            digests[job.relative] = file_hash(job.path)
        except LimitError as exc:  # never read, not even to hash it
            digests[job.relative] = ""
            manifest.failed(key, shown(job.path), "", version,
                            {"file": shown(job.path), "stage": exc.stage, "reason": exc.reason})
            continue
        except OSError as exc:
            digests[job.relative] = ""
            manifest.failed(key, shown(job.path), "", version,
                            {"file": shown(job.path), "stage": "read", "reason": f"cannot read the file: {exc}"})
            continue
        if not force and is_current(rows.get(key), digests[job.relative], version, out_dir):
            summary.unchanged += 1
        else:
            todo.append(job)
    _drop_gone(out_dir, manifest, rows, {_key(job) for job in jobs})
    log.info("%d documents, %d unchanged, %d to extract with the %s engine (%d workers)",
             len(jobs), summary.unchanged, len(todo), engine, workers)

    def started_on(job: Job, pid: int) -> None:
        manifest.running(_key(job), shown(job.path), digests[job.relative], version, pid)

    run = partial(run_job, models_dir=models_dir, max_chars=max_chars, read=read)
    if engine == "dask":
        from .engine_dask import DaskPool

        pool: Pool | DaskPool = DaskPool(workers, run, _failure, timeout=timeout, memory_mb=memory_mb,
                                         warm_up=partial(warm_up, models_dir), scheduler=scheduler)
    else:
        pool = Pool(workers, run, _failure, timeout=timeout, memory_mb=memory_mb, started=started_on,
                    warm_up=partial(warm_up, models_dir))
    outcomes = pool.map(todo)
    try:
        for outcome in outcomes:
            _record(outcome, out_dir, manifest, digests[outcome.job.relative], version)
            if on_progress:
                on_progress(outcome)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        outcomes.close()
        pool.close()
    rows = manifest.rows()
    current = [rows[_key(job)] for job in jobs if _key(job) in rows]
    summary.tasks = write_indexes(out_dir, current, skipped)
    summary.documents = sum(row.status == "done" for row in current)
    summary.failures = sum(row.status == "failed" for row in current)
    summary.finished = summary.documents + summary.failures
    summary.seconds = time.perf_counter() - started
    return summary


def _record(outcome: Outcome, out_dir: Path, manifest: Manifest, digest: str, version: str) -> None:
    """Write a document's JSON, then commit its row: a crash between the two only redoes it."""
    job = outcome.job
    key = _key(job)
    if outcome.error:
        log.info("failed: %s (%s: %s)", shown(job.path), outcome.error["stage"], outcome.error["reason"])
        manifest.failed(key, shown(job.path), digest, version, outcome.error)
        return
    log.debug("done: %s, %d tasks", shown(job.path), outcome.tasks)
    output = job.relative.parent / f"{job.relative.name}.json"
    write_atomic(out_dir / output, outcome.json_text or "")
    manifest.done(key, shown(job.path), digest, version, shown(output.as_posix()), outcome.tasks)


def _drop_gone(out_dir: Path, manifest: Manifest, rows: dict[str, Row], present: set[str]) -> None:
    """Forget the documents that left the input, and remove the JSON written for them."""
    gone = [key for key in rows if key not in present]
    for key in gone:
        if rows[key].output:
            (out_dir / rows[key].output).unlink(missing_ok=True)
    manifest.drop(gone)
