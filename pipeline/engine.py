"""Worker processes that extract one document at a time, each under a time (and memory) limit.

A worker past its time limit is killed and its document fails with stage ``timeout``; a worker
that dies (killed, out of memory) takes only its document down (stage ``worker``, or ``memory``
when it ran out of the memory cap) and a new worker takes its place.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

DEFAULT_TIMEOUT = 300.0
READY = "ready"  # what a worker says once it has loaded its models
log = logging.getLogger("nhiemvu.engine")


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    job: Any = None
    deadline: float = 0.0
    ready: bool = False  # warmed up (models loaded): the time limit counts from here


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers start from a clean process that imported the pipeline once,
    # so a restart is quick and no worker inherits another one's pipes.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.api"])
        return context
    return multiprocessing.get_context("spawn")


_OUT_OF_MEMORY = frozenset({-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS})


def serve(conn: Connection, run: Callable[[Any], Any], warm_up: Callable[[], None] | None,
           memory_mb: int | None) -> None:
    """A worker's loop: warm up, say so, then receive a job and send its outcome until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    limit_memory(memory_mb)
    if warm_up:
        # a failure here meets the first document again, which reports it
        with contextlib.suppress(Exception):
            warm_up()
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = run(job)
        except MemoryError:
            outcome = MemoryError(over_memory_cap(memory_mb)[1])
        conn.send(outcome)


def death(code: int | None, memory_mb: int | None) -> tuple[str, str]:
    """The stage and reason of a document whose worker process died with exit ``code``.

    Past the memory cap allocations fail: native code aborts or crashes, the OOM killer kills;
    so with a cap, a death by one of those signals is stage ``memory``, any other ``worker``."""
    stage = "memory" if memory_mb and code in _OUT_OF_MEMORY else "worker"
    reason = f"the worker process {describe_exit(code)} while extracting it"
    if stage == "memory":
        reason += f", most likely past the memory cap of {memory_mb} MB"
    return stage, reason


def past_time_limit(timeout: float) -> tuple[str, str]:
    """The stage and reason of a document whose worker was killed at the time limit."""
    return "timeout", f"not done within the time limit of {timeout:g} s"


def over_memory_cap(memory_mb: int | None) -> tuple[str, str]:
    """The stage and reason of a document that raised MemoryError under the cap."""
    return "memory", f"over the memory cap of {memory_mb} MB"


def limit_memory(memory_mb: int | None) -> None:
    """Cap this process's address space at ``memory_mb`` MB (no cap: None)."""
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def describe_exit(code: int | None) -> str:
    """'killed by SIGKILL', 'exited with status 1' ..."""
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with status {code}"


class Pool:
    """``size`` worker processes running ``run(job)``; outcomes come back as they complete.

    ``failure(job, stage, reason)`` builds the outcome of a job whose worker was killed or died.
    ``started(job, pid)`` is told which worker took a job. ``warm_up()`` runs in each new worker
    before its first job (loading models), outside the time limit.
    """

    def __init__(self, size: int, run: Callable[[Any], Any], failure: Callable[[Any, str, str], Any], *,
                 timeout: float = DEFAULT_TIMEOUT, memory_mb: int | None = None,
                 started: Callable[[Any, int], None] | None = None,
                 warm_up: Callable[[], None] | None = None) -> None:
        self.size, self.run, self.failure = max(1, size), run, failure
        self.timeout, self.memory_mb, self.started, self.warm_up = timeout, memory_mb, started, warm_up
        self._stillborn = 0  # workers that died before they were ready
        self._context = _context()
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(target=serve,
                                        args=(theirs, self.run, self.warm_up, self.memory_mb), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, mine)
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._workers.remove(worker)

    def _give(self, worker: _Worker, job: Any) -> bool:
        """Hand ``job`` to an idle worker; False (and the worker retired) when it died meanwhile."""
        try:
            worker.conn.send(job)
        except OSError:  # BrokenPipeError: killed while idle
            self._retire(worker)
            return False
        worker.job, worker.deadline = job, time.monotonic() + self.timeout
        if self.started:
            self.started(job, worker.process.pid or 0)
        return True

    def map(self, jobs: list[Any]) -> Iterator[Any]:
        """The outcome of every job, in completion order."""
        pending = list(reversed(jobs))
        try:
            while True:
                for worker in list(self._workers):
                    if worker.ready and worker.job is None and pending:
                        job = pending.pop()
                        if not self._give(worker, job):
                            pending.append(job)
                busy = [w for w in self._workers if w.job is not None]
                while len(self._workers) < min(self.size, len(busy) + len(pending)):
                    self._start()
                waiting = [w for w in self._workers if not w.ready]
                if not busy and not waiting:
                    return
                soonest = min((w.deadline for w in busy), default=None)
                watched = busy + waiting
                ready = wait([w.conn for w in watched] + [w.process.sentinel for w in watched],
                             timeout=None if soonest is None else max(0.0, soonest - time.monotonic()))
                for worker in waiting:
                    self._hatch(worker, ready)
                for worker in busy:
                    outcome = self._collect(worker, ready)
                    if outcome is not None:
                        yield outcome
        finally:
            self.close()

    def _hatch(self, worker: _Worker, ready: list[Any]) -> None:
        """Mark a new worker ready when it says so; retire it when it died warming up."""
        if worker.conn in ready:
            try:
                worker.ready = worker.conn.recv() == READY
            except (EOFError, OSError):
                worker.ready = False
            if worker.ready:
                return
        if worker.conn in ready or worker.process.sentinel in ready:
            self._retire(worker)
            self._stillborn += 1
            if self._stillborn > 3:
                raise RuntimeError(f"worker processes die before their first document "
                                   f"({describe_exit(worker.process.exitcode)})")

    def _collect(self, worker: _Worker, ready: list[Any]) -> Any:
        """The outcome of a busy worker when it has one, or it died, or it is past its limit."""
        job = worker.job
        if worker.conn in ready:
            try:
                outcome = worker.conn.recv()
            except (EOFError, OSError):
                outcome = None
            if outcome is not None:
                worker.job = None
                if isinstance(outcome, MemoryError):
                    self._retire(worker)  # its heap may be in any state: start afresh
                    return self.failure(job, "memory", str(outcome))  # see over_memory_cap
                return outcome
        if worker.conn in ready or worker.process.sentinel in ready:
            worker.process.join(timeout=5)
            code = worker.process.exitcode
            self._retire(worker)
            log.warning("worker %s %s; a new one takes its place", worker.process.pid, describe_exit(code))
            return self.failure(job, *death(code, self.memory_mb))
        if time.monotonic() >= worker.deadline:
            self._retire(worker)
            return self.failure(job, *past_time_limit(self.timeout))
        return None

    def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._workers):
            self._retire(worker)


def default_workers() -> int:
    """One worker per core."""
    return max(1, os.cpu_count() or 1)
