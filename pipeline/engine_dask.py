"""The same batch on a Dask cluster (``--engine dask``): a LocalCluster of worker processes.

Needs the ``dask`` extra (``pip install "nhiemvu[dask]"``). Dask runs every document once more
on another worker when its worker dies; a document whose workers keep dying fails with stage
``worker``. The per-document time and memory limits are the local engine's (:mod:`engine`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .errors import NhiemvuError


class DaskMissingError(NhiemvuError):
    """``--engine dask`` without dask installed."""

    stage = "engine"


class DaskPool:
    """``size`` Dask worker processes running ``run(job)``; outcomes come back as they complete."""

    def __init__(self, size: int, run: Callable[[Any], Any], failure: Callable[[Any, str, str], Any]) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise DaskMissingError('--engine dask needs dask: pip install "nhiemvu[dask]"') from exc
        self.run, self.failure = run, failure
        self._cluster = LocalCluster(n_workers=max(1, size), threads_per_worker=1, processes=True,
                                     dashboard_address=None)
        self._client = Client(self._cluster)

    def map(self, jobs: list[Any]) -> Iterator[Any]:
        """The outcome of every job, in completion order."""
        from distributed import as_completed

        futures = {self._client.submit(self.run, job, pure=False): job for job in jobs}
        try:
            for future in as_completed(futures):
                try:
                    yield future.result()
                except Exception as exc:  # KilledWorker, or a worker lost for good
                    yield self.failure(futures[future], "worker", f"the Dask worker was lost: {exc}")
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        """Stop the cluster."""
        self._client.close()
        self._cluster.close()
