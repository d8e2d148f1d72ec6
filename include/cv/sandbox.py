"""Parse CVs in worker processes with a wall-time limit and an address-space limit.

A hostile or broken file (a PDF that makes pdfium spin, a DOCX that inflates) must cost one CV, not the
batch: each file runs in a worker process; a worker that overruns its time is killed and replaced, one
that runs out of memory reports it and is replaced. Workers are reused across files (forkserver start)
so a batch of 1,000 CVs does not pay a process start per file.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import resource
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from include.cv.extract import MAX_BYTES
from include.cv.profile import error_profile

log = logging.getLogger(__name__)

_MB = 1024 * 1024


def _address_space() -> int:
    """This process's current virtual size in bytes (the baseline the limit is added to)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[0])
    return pages * resource.getpagesize()


def _limit_memory(memory_mb: int) -> None:
    # The interpreter and pdfium are already mapped, so the budget is what parsing may add on top.
    try:
        baseline = _address_space()
    except OSError:
        baseline = 0
    limit = baseline + memory_mb * _MB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker_main(conn: Connection, memory_mb: int) -> None:
    """Serve parse requests until told to stop; exits after a MemoryError (its heap may be unusable)."""
    from include.cv.document import parse_document

    _limit_memory(memory_mb)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        except MemoryError:
            conn.send(error_profile("memory limit exceeded"))
            return
        if message is None:
            return
        content, today = message
        try:
            result = parse_document(content, today)
        except MemoryError:
            result = None
        except Exception as exc:  # a parser bug must fail this CV with a reason, not the batch
            result = error_profile(f"parser failed ({type(exc).__name__})")
        if result is None:
            conn.send(error_profile("memory limit exceeded"))
            return
        conn.send(result)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    tasks: int = 0


class CvParserPool:
    """N long-lived parser processes; ``parse`` is safe to call from several threads at once."""

    def __init__(
        self,
        workers: int = 2,
        *,
        timeout_s: float = 20.0,
        memory_mb: int = 512,
        start_method: str = "forkserver",
        max_tasks_per_worker: int = 200,
    ) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.max_tasks_per_worker = max_tasks_per_worker
        self._workers_wanted = max(1, workers)
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._ctx.set_forkserver_preload(["include.cv.document"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._closed = False
        for _ in range(self._workers_wanted):
            self._idle.put(self._start())

    def __enter__(self) -> CvParserPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_worker_main, args=(child, self.memory_mb), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.append(worker)
        return worker

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if not kill:
            try:
                worker.conn.send(None)
            except OSError:
                kill = True
            worker.process.join(timeout=2)
        if kill or worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
        worker.conn.close()
        if worker in self._all:
            self._all.remove(worker)

    def parse(self, content: bytes, filename: str, *, today: date | None = None) -> dict[str, Any]:
        """The profile of one CV (``filename`` is informational: the format is read from the content)."""
        if self._closed:
            raise RuntimeError("CvParserPool is closed")
        if len(content) > MAX_BYTES:
            return error_profile("file too large")
        worker = self._idle.get()
        try:
            result, healthy = self._run(worker, content, today)
        except BaseException:
            self._stop(worker, kill=True)
            self._idle.put(self._start())
            raise
        if not healthy or worker.tasks >= self.max_tasks_per_worker:
            self._stop(worker, kill=not healthy)
            worker = self._start()
        self._idle.put(worker)
        return result

    def _run(self, worker: _Worker, content: bytes, today: date | None) -> tuple[dict[str, Any], bool]:
        worker.tasks += 1
        # A worker that stopped reading (out of memory, crashed) breaks the pipe; its answer, if any, says why.
        with contextlib.suppress(OSError):
            worker.conn.send((content, today))
        try:
            if not worker.conn.poll(self.timeout_s):
                log.warning("cv parse timed out after %.1fs; worker replaced", self.timeout_s)
                return error_profile(f"timed out after {self.timeout_s:g} s"), False
            result = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            log.warning("cv parser worker died (exit code %s); replaced", worker.process.exitcode)
            return error_profile("parser crashed"), False
        healthy = not (result.get("error") and result.get("error_reason") == "memory limit exceeded")
        return result, healthy

    def parse_many(self, files: Iterable[tuple[bytes, str]]) -> list[dict[str, Any]]:
        """Profiles of ``(content, filename)`` pairs in input order, all workers busy at once."""
        with ThreadPoolExecutor(max_workers=self._workers_wanted) as executor:
            return list(executor.map(lambda item: self.parse(item[0], item[1]), files))

    def close(self) -> None:
        """Stop every worker (idempotent)."""
        if self._closed:
            return
        self._closed = True
        for worker in list(self._all):
            self._stop(worker, kill=False)


def parse_cv(content: bytes, filename: str, *, timeout_s: float = 20.0, memory_mb: int = 512) -> dict[str, Any]:
    """The profile of one CV, parsed in a one-shot worker process with time and memory limits."""
    if len(content) > MAX_BYTES:
        return error_profile("file too large")
    with CvParserPool(1, timeout_s=timeout_s, memory_mb=memory_mb) as pool:
        return pool.parse(content, filename)
