"""Batch throughput (``nhiemvu bench --batch``): documents per second of whole ``extract --out`` runs
with ``-j 1``, ``-j 2`` and a Dask LocalCluster of two workers, on the same folder.

Each run writes into a fresh temporary output folder (no manifest: nothing is left unchanged),
so the figures count every document, including the workers' start and model loading, which a
real batch pays too. Runs are sequential, so they do not compete for the cores.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .batch import run_batch

log = logging.getLogger("nhiemvu.bench")

DEFAULT_BATCH_DOCS = Path("../shared/corpus-real/docs")
# (name, engine, workers) of every run
RUNS: tuple[tuple[str, str, int], ...] = (("local -j 1", "local", 1), ("local -j 2", "local", 2),
                                          ("dask 2 workers", "dask", 2))


def batch_runs(engines: tuple[str, ...] = ("local", "dask")) -> list[tuple[str, str, int]]:
    """The runs of :data:`RUNS` whose engine is in ``engines`` (no dask: the local runs only)."""
    return [run for run in RUNS if run[1] in engines]


def run_batch_benchmark(folder: Path, runs: list[tuple[str, str, int]] | None = None,
                        on_run: Callable[[dict], None] | None = None) -> dict:
    """Documents per second of each run over ``folder``; ``on_run(row)`` is told of each as it ends.

    >>> run_batch_benchmark(Path("corpus"))["runs"][0]["run"]
    'local -j 1'
    """
    rows = []
    for name, engine, workers in runs or list(RUNS):
        with tempfile.TemporaryDirectory(prefix="nhiemvu-bench-") as out:
            log.info("bench --batch: %s over %s", name, folder)
            started = time.perf_counter()
            summary = run_batch([folder], Path(out), workers=workers, engine=engine, force=True)
            seconds = time.perf_counter() - started
        finished = summary.documents + summary.failures
        row = {"run": name, "engine": engine, "workers": workers, "documents": summary.documents,
               "failures": summary.failures, "tasks": summary.tasks, "seconds": round(seconds, 3),
               "documents_per_second": round(finished / seconds, 3) if seconds else 0.0}
        rows.append(row)
        if on_run:
            on_run(row)
    return {"folder": str(folder), "runs": rows}
