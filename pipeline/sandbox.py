"""One document at a time in a child process under a time and memory limit, from any process.

The local engine (:mod:`engine`) starts its workers with :mod:`multiprocessing`; a Dask worker
cannot, being a daemonic process ("daemonic processes are not allowed to have children"), and
Dask itself can neither stop a running task nor cap one task's memory. A :class:`Sandbox` starts
its child with :mod:`subprocess` instead (``python -c ...`` running :func:`engine.serve`, the
local workers' own loop), talks to it over a socket pair, and kills it at the time limit. The child
loads the models once and serves document after document until it is killed or the pipe closes.
"""

from __future__ import annotations

import logging
import multiprocessing
import subprocess
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .engine import READY, death, past_time_limit, serve

log = logging.getLogger("nhiemvu.sandbox")

# the child: find the package where the parent found it, take its end of the pipe, serve
_CHILD = ("import sys; sys.path.append({root!r}); from pipeline.sandbox import child_main; "
          "child_main(int(sys.argv[1]))")


def child_main(fd: int) -> None:
    """The child's entry point: receive ``(run, warm_up, memory_mb)`` on ``fd``, then serve jobs."""
    conn = Connection(fd)
    run, warm_up, memory_mb = conn.recv()
    serve(conn, run, warm_up, memory_mb)


class Sandbox:
    """A child process running ``run(job)`` one job at a time, under ``timeout`` and ``memory_mb``.

    ``failure(job, stage, reason)`` builds the outcome of a job that the child did not finish:
    stage ``timeout`` (the child is killed), ``memory`` or ``worker`` (the child died). A new
    child is started for the next job. The time limit counts from when the child has loaded
    its models (``warm_up``), like the local engine's."""

    def __init__(self, run: Callable[[Any], Any], failure: Callable[[Any, str, str], Any], *,
                 timeout: float, memory_mb: int | None = None,
                 warm_up: Callable[[], None] | None = None) -> None:
        self.run_job, self.failure, self.warm_up = run, failure, warm_up
        self.timeout, self.memory_mb = timeout, memory_mb
        self._process: subprocess.Popen | None = None
        self._conn: Connection | None = None

    def _start(self) -> tuple[str, str] | None:
        """Start a child and wait until it has loaded its models; its death's (stage, reason) if it died."""
        mine, theirs = multiprocessing.Pipe()
        root = str(Path(__file__).resolve().parent.parent)
        self._process = subprocess.Popen(
            [sys.executable, "-c", _CHILD.format(root=root), str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        theirs.close()
        self._conn = mine
        log.debug("sandbox child %s started", self._process.pid)
        try:
            mine.send((self.run_job, self.warm_up, self.memory_mb))
            if mine.recv() == READY:
                return None
        except (EOFError, OSError):
            pass
        code = self._process.wait()
        self.close()
        stage, reason = death(code, self.memory_mb)
        return stage, reason.replace("while extracting it", "while loading the models")

    def run(self, job: Any) -> Any:
        """The outcome of ``job``, or ``failure(job, ...)`` when the child is killed or dies."""
        if self._conn is None:
            died = self._start()
            if died:
                return self.failure(job, *died)
        assert self._conn is not None and self._process is not None
        try:
            self._conn.send(job)
        except OSError:  # the child died while idle: start another one, once
            self.close()
            return self.run(job)
        if not self._conn.poll(self.timeout):
            log.info("sandbox child %s past the time limit: killed", self._process.pid)
            self.close()
            return self.failure(job, *past_time_limit(self.timeout))
        try:
            outcome = self._conn.recv()
        except (EOFError, OSError):
            code = self._process.wait()
            self.close()
            log.warning("sandbox child died (exit %s)", code)
            return self.failure(job, *death(code, self.memory_mb))
        if isinstance(outcome, MemoryError):
            self.close()  # its heap may be in any state: start afresh
            return self.failure(job, "memory", str(outcome))
        return outcome

    def close(self) -> None:
        """Kill the child (if any) and reap it."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
