"""The same batch on a Dask cluster (``--engine dask``): a LocalCluster, or the cluster at ``--scheduler``.

Needs the ``dask`` extra (``pip install "nhiemvu[dask]"``). Dask cannot stop a running task nor
cap one task's memory, so the documents do not run in the Dask worker itself: every worker
thread keeps a :class:`sandbox.Sandbox`, a child process that loads the models once and runs one
document at a time under ``--timeout`` and ``--memory``, killed and replaced when a document goes
past them. The sandboxes belong to a Dask worker plugin (:class:`SandboxPlugin`), registered
for the batch and unregistered at its end, which stops them on every worker. Dask runs a
document once more on another worker when a whole worker dies; a document whose workers keep
dying fails with stage ``worker``.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from .errors import NhiemvuError
from .sandbox import Sandbox

try:
    from distributed import WorkerPlugin
except ImportError:  # no dask extra: DaskPool says so
    WorkerPlugin = object

log = logging.getLogger("nhiemvu.dask")


class DaskMissingError(NhiemvuError):
    """``--engine dask`` without dask installed."""

    stage = "engine"


class SandboxPlugin(WorkerPlugin):
    """A Dask worker plugin holding the worker's sandboxes: one per thread running documents.

    Built by the client, copied to every worker, where :meth:`setup` runs first and
    :meth:`teardown` kills the children when the plugin is unregistered or the worker closes."""

    def __init__(self, run: Callable[[Any], Any], failure: Callable[[Any, str, str], Any], *,
                 timeout: float, memory_mb: int | None, warm_up: Callable[[], None] | None) -> None:
        self.run, self.failure, self.warm_up = run, failure, warm_up
        self.timeout, self.memory_mb = timeout, memory_mb
        self._lock: threading.Lock | None = None
        self._idle: list[Sandbox] = []
        self._all: list[Sandbox] = []

    def setup(self, worker: Any) -> None:
        """On the worker: nothing is started yet (the first document starts a child)."""
        self._lock = threading.Lock()
        self._idle, self._all = [], []

    def teardown(self, worker: Any) -> None:
        """On the worker: kill every child."""
        for sandbox in self._all:
            sandbox.close()

    def extract(self, job: Any) -> Any:
        """Run ``job`` in an idle sandbox of this worker (a new one when all are busy)."""
        assert self._lock is not None, "setup() runs first"
        with self._lock:
            if self._idle:
                sandbox = self._idle.pop()
            else:
                sandbox = Sandbox(self.run, self.failure, timeout=self.timeout, memory_mb=self.memory_mb,
                                  warm_up=self.warm_up)
                self._all.append(sandbox)
        try:
            return sandbox.run(job)
        finally:
            with self._lock:
                self._idle.append(sandbox)


def _extract_on_worker(job: Any, plugin: str) -> Any:
    """The Dask task: run ``job`` in a sandbox of the plugin named ``plugin`` on this worker."""
    from distributed import get_worker

    return get_worker().plugins[plugin].extract(job)


class DaskPool:
    """Documents on a Dask cluster, each in a sandbox under the limits; outcomes as they complete.

    Without ``scheduler``, a LocalCluster of ``size`` worker processes of one thread each."""

    def __init__(self, size: int, run: Callable[[Any], Any], failure: Callable[[Any, str, str], Any], *,
                 timeout: float, memory_mb: int | None = None, warm_up: Callable[[], None] | None = None,
                 scheduler: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise DaskMissingError('--engine dask needs dask: pip install "nhiemvu[dask]"') from exc
        self.failure = failure
        self._cluster = None
        if scheduler:
            log.info("connecting to the Dask scheduler at %s", scheduler)
            try:
                self._client = Client(scheduler, timeout="30s")
            except OSError as exc:
                raise NhiemvuError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        else:
            self._cluster = LocalCluster(n_workers=max(1, size), threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
            log.info("started a Dask LocalCluster of %d workers", max(1, size))
        self._plugin = f"nhiemvu-sandbox-{uuid.uuid4().hex[:12]}"
        self._client.register_plugin(SandboxPlugin(run, failure, timeout=timeout, memory_mb=memory_mb,
                                                   warm_up=warm_up), name=self._plugin)

    def map(self, jobs: list[Any]) -> Iterator[Any]:
        """The outcome of every job, in completion order."""
        from distributed import as_completed

        futures = {self._client.submit(_extract_on_worker, job, self._plugin, pure=False): job for job in jobs}
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
        """Stop the sandboxes on every worker, then the client (and the LocalCluster, if ours)."""
        try:
            self._client.unregister_worker_plugin(self._plugin)
        except Exception as exc:  # noqa: BLE001 - a worker gone meanwhile has no children left to stop
            log.debug("unregistering the sandbox plugin: %s", exc)
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
