"""Parse CVs in worker processes with a wall-time limit and an address-space limit.

A hostile or broken file (a PDF that makes pdfium spin, a DOCX that inflates) must cost one CV, not the
batch: each file runs in a worker process; a worker that overruns its time is killed with its process
group and replaced, one that runs out of memory or dies reports it and is replaced. Workers are reused
across files, so a batch of 1,000 CVs does not pay a process start per file, and small files go to a
worker a few at a time, so it goes from one to the next without waiting on a round trip through this
process; the time limit still applies to each file.

Workers are plain ``python -m include.cv.worker`` children speaking frames over pipes (see that module),
not multiprocessing: a Celery prefork child is daemonic and may not have multiprocessing children, and
the forkserver and spawn starts re-import ``__main__``, which inside a task is the ``airflow`` script.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from queue import Queue
from types import TracebackType
from typing import Any, BinaryIO

from include.cv.keys import MAX_BYTES, error_profile

__all__ = ["CvParserPool", "error_profile", "parse_cv"]

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
# Importing the parser takes ~0.4 s on an idle machine; a loaded Celery host can be far slower.
START_TIMEOUT_S = 60.0
_READ_CHUNK = 1024 * 1024

# The protocol with include.cv.worker: every message is a frame, a 4-byte big-endian length and the bytes.
READY = b"ready"
MEMORY_ERROR_REASON = "memory limit exceeded"
_HEADER = struct.Struct(">I")
# Longer than any CV the pool sends (it refuses files over the size cap): anything bigger is a broken stream.
_MAX_FRAME = 64 * 1024 * 1024
# Files sent to a worker in one request: at most this many, together at most this many bytes (a large
# file goes alone, so the memory limit is what it was with one file a request).
_BATCH_FILES = 4
_BATCH_BYTES = 1024 * 1024


def frame(payload: bytes) -> bytes:
    return _HEADER.pack(len(payload)) + payload


def write_all(fd: int, data: bytes | memoryview) -> None:
    """Write every byte to a blocking pipe (``os.write`` may write part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next frame's payload, or None at a clean end of stream."""
    header = stream.read(_HEADER.size)
    if not header:
        return None
    if len(header) != _HEADER.size:
        raise EOFError("truncated frame header")
    (size,) = _HEADER.unpack(header)
    if size > _MAX_FRAME:
        raise ValueError("frame too large")
    payload = stream.read(size)
    if len(payload) != size:
        raise EOFError("truncated frame")
    return payload


def _worker_env() -> dict[str, str]:
    """This process's environment with the repo root on PYTHONPATH, so ``include`` imports in the child."""
    env = dict(os.environ)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(ROOT) not in paths:
        paths.insert(0, str(ROOT))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


class WorkerStartError(RuntimeError):
    """A worker never became ready: the environment is broken, not a CV."""


@dataclass(eq=False)
class _Worker:
    """One child process, the bytes read from it so far, and the jobs sent to it and not yet answered
    (indexes in a batch, the first one running)."""

    proc: subprocess.Popen[bytes]
    started: float
    ready: bool = False
    tasks: int = 0
    jobs: deque[int] = field(default_factory=deque)
    deadline: float = 0.0
    buffer: bytearray = field(default_factory=bytearray)
    eof: bool = False

    @property
    def fd(self) -> int:
        assert self.proc.stdout is not None
        return self.proc.stdout.fileno()

    def pump(self) -> None:
        """Read what the child has written (call only when its stdout is readable)."""
        chunk = os.read(self.fd, _READ_CHUNK)
        if chunk:
            self.buffer += chunk
        else:
            self.eof = True

    def next_frame(self) -> bytes | None:
        if len(self.buffer) < _HEADER.size:
            return None
        (size,) = _HEADER.unpack_from(self.buffer)
        end = _HEADER.size + size
        if len(self.buffer) < end:
            return None
        payload = bytes(self.buffer[_HEADER.size : end])
        del self.buffer[:end]
        return payload

    def send(self, jobs: list[int], contents: list[bytes], today: date | None, timeout_s: float) -> None:
        """Hand the child the files of ``jobs``; the first one's wall-time limit starts once it has them all.

        Only a ready, idle worker gets files, and it reads the whole request before parsing, so the
        blocking write ends as soon as it has read the bytes or has died (a broken pipe).
        """
        assert self.proc.stdin is not None
        fd = self.proc.stdin.fileno()
        # A child that stopped reading (out of memory, crashed) breaks the pipe; its reply or exit says why.
        request = b"".join(
            [frame(today.isoformat().encode() if today else b""), frame(b"%d" % len(jobs))]
            + [frame(contents[job]) for job in jobs]
        )
        with contextlib.suppress(OSError):
            write_all(fd, request)  # one write: the child wakes once, not once per piece
        self.jobs.extend(jobs)
        self.deadline = time.monotonic() + timeout_s

    def stop(self, *, kill: bool) -> None:
        """End the child: politely (end of its input) unless ``kill``; its whole process group either way."""
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        if not kill:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=2)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # its own session: pgid == pid; also takes tesseract
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        if self.proc.stdout:
            self.proc.stdout.close()


class _Slot:
    """A place for one worker; empty until a job needs it (so a replacement takes the current limits).

    ``successor`` is started near the end of a worker's ``max_tasks_per_worker`` so that recycling does
    not stall the batch for an interpreter start (0.2-0.5 s).
    """

    def __init__(self) -> None:
        self.worker: _Worker | None = None
        self.successor: _Worker | None = None


class CvParserPool:
    """N long-lived parser processes, ready when the constructor returns; ``parse`` is thread-safe.

    ``timeout_s`` and ``memory_mb`` may be changed between calls; a worker started after the change
    uses the new memory limit. ``start_method`` is accepted for compatibility and ignored.
    """

    def __init__(
        self,
        workers: int = 2,
        *,
        timeout_s: float = 60.0,
        memory_mb: int = 512,
        start_method: str | None = None,
        max_tasks_per_worker: int = 1000,
    ) -> None:
        del start_method  # workers are always fresh interpreters (see the module docstring)
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.max_tasks_per_worker = max_tasks_per_worker
        self._slots = [_Slot() for _ in range(max(1, workers))]
        self._free: Queue[_Slot] = Queue()
        self._claim = threading.Lock()  # one caller at a time takes several slots: no deadlock
        self._closed = False
        for slot in self._slots:
            slot.worker = self._start()
        try:
            # All start in parallel; a broken environment fails here, not in the middle of a batch.
            self._run(self._slots, [], deque(), [], None, until_ready=True)
        except BaseException:
            self.close()
            raise
        for slot in self._slots:
            self._free.put(slot)

    def __enter__(self) -> CvParserPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self) -> _Worker:
        proc = subprocess.Popen(
            [sys.executable, "-m", "include.cv.worker", "--memory-mb", str(self.memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_worker_env(),
            start_new_session=True,  # killable as a group, and out of reach of signals meant for the task
        )
        return _Worker(proc, started=time.monotonic())

    def parse(self, content: bytes, filename: str, *, today: date | None = None) -> dict[str, Any]:
        """The profile of one CV (``filename`` is informational: the format is read from the content)."""
        return self.parse_many([(content, filename)], today=today)[0]

    def parse_many(self, files: Iterable[tuple[bytes, str]], *, today: date | None = None) -> list[dict[str, Any]]:
        """Profiles of ``(content, filename)`` pairs in input order, every worker kept busy."""
        if self._closed:
            raise RuntimeError("CvParserPool is closed")
        contents = [content for content, _name in files]
        results: list[dict[str, Any] | None] = [
            error_profile("file too large") if len(c) > MAX_BYTES else None for c in contents
        ]
        todo = deque(i for i, r in enumerate(results) if r is None)
        if not todo:
            return [r for r in results if r is not None]
        with self._claim:
            slots = [self._free.get() for _ in range(min(len(todo), len(self._slots)))]
        try:
            self._run(slots, contents, todo, results, today)
        except BaseException:
            # Interrupted (task timeout, start failure): a worker mid-job would answer the next caller.
            for slot in slots:
                if slot.worker is not None and (slot.worker.jobs or not slot.worker.ready):
                    self._retire(slot, kill=True)
            raise
        finally:
            for slot in slots:
                self._free.put(slot)
        return [r if r is not None else error_profile("parser crashed") for r in results]

    def _run(
        self,
        slots: Sequence[_Slot],
        contents: list[bytes],
        todo: deque[int],
        results: list[dict[str, Any] | None],
        today: date | None,
        *,
        until_ready: bool = False,
    ) -> None:
        """Feed ``todo`` to the slots' workers, a few small files each at a time, until every result is in.

        With ``until_ready``, also until every worker has started.
        """
        while True:
            for slot in slots:
                if slot.worker is None and todo:
                    slot.worker = self._start()
                worker = slot.worker
                if worker is not None and worker.ready and not worker.jobs and todo:
                    jobs = self._take(todo, contents, len(slots), self.max_tasks_per_worker - worker.tasks)
                    worker.send(jobs, contents, today, self.timeout_s)
            waiting = [s.worker for s in slots if s.worker and (s.worker.jobs or not s.worker.ready)]
            if not todo and all(not w.jobs and (w.ready or not until_ready) for w in waiting):
                return
            now = time.monotonic()
            deadline = min(w.deadline if w.ready else w.started + START_TIMEOUT_S for w in waiting)
            poller = select.poll()
            for w in waiting:
                poller.register(w.fd, select.POLLIN)
            readable = {fd for fd, _ in poller.poll(max(0.0, deadline - now) * 1000)}
            now = time.monotonic()
            for slot in slots:
                worker = slot.worker
                if worker is None or worker not in waiting:
                    continue
                if worker.fd in readable:
                    worker.pump()
                if not self._settle(slot, worker, results, now):
                    todo.extendleft(reversed([job for job in worker.jobs if results[job] is None]))  # not begun
                    self._retire(slot, kill=True)

    @staticmethod
    def _take(todo: deque[int], contents: list[bytes], workers: int, room: int) -> list[int]:
        """The next files for one worker: a few small ones while the queue is long, one when it runs low
        (so no worker sits on several files while another is idle at the end of a batch)."""
        most = max(1, min(_BATCH_FILES, room, len(todo) // (2 * workers)))
        jobs = [todo.popleft()]
        size = len(contents[jobs[0]])
        while todo and len(jobs) < most and size + len(contents[todo[0]]) <= _BATCH_BYTES:
            size += len(contents[todo[0]])
            jobs.append(todo.popleft())
        return jobs

    def _settle(self, slot: _Slot, worker: _Worker, results: list[dict[str, Any] | None], now: float) -> bool:
        """Take in what ``worker`` said or failed to say by ``now``; False when it must be killed (its
        running job then has its reason, and the files it had not started go back to ``todo``)."""
        while (payload := worker.next_frame()) is not None:
            if not worker.ready:
                worker.ready = payload == READY
                if not worker.ready:
                    raise WorkerStartError("CV parser worker answered before it was ready")
                continue
            if not worker.jobs:
                return False  # a reply nobody asked for: the protocol is broken
            try:
                profile = json.loads(payload)
            except ValueError:
                profile = None
            if not isinstance(profile, dict):
                results[worker.jobs[0]] = error_profile("parser failed (bad reply)")
                return False
            results[worker.jobs.popleft()] = profile
            worker.tasks += 1
            worker.deadline = now + self.timeout_s  # the next file of its request starts now
            if profile.get("error") and profile.get("error_reason") == MEMORY_ERROR_REASON:
                return False  # it exits on its own; its heap may be unusable
            if worker.jobs:
                continue
            if worker.tasks >= self.max_tasks_per_worker:
                successor, slot.successor = slot.successor, None
                self._retire(slot, kill=False)
                slot.worker = successor
                return True
            if worker.tasks >= self.max_tasks_per_worker * 0.9 and slot.successor is None:
                slot.successor = self._start()
        if worker.eof:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.proc.wait(timeout=1)  # closed its stdout: it is exiting (or is killed next)
            code = worker.proc.returncode
            if not worker.ready:
                raise WorkerStartError(f"CV parser worker exited during start-up (exit code {code})")
            if worker.jobs:
                log.warning("cv parser worker died (exit code %s); replaced", code)
                results[worker.jobs[0]] = error_profile("parser crashed")
            return False
        if not worker.ready and now >= worker.started + START_TIMEOUT_S:
            raise WorkerStartError(f"CV parser worker not ready after {START_TIMEOUT_S:g} s")
        if worker.jobs and now >= worker.deadline:
            log.warning("cv parse timed out after %.1fs; worker replaced", self.timeout_s)
            results[worker.jobs[0]] = error_profile(f"timed out after {self.timeout_s:g} s")
            return False
        return True

    def _retire(self, slot: _Slot, *, kill: bool) -> None:
        if slot.worker is not None:
            slot.worker.stop(kill=kill)
            slot.worker = None

    def close(self) -> None:
        """Stop every worker (idempotent)."""
        if self._closed:
            return
        self._closed = True
        workers = [s.worker for s in self._slots if s.worker is not None]
        for worker in workers:  # end every input first, so the workers exit in parallel
            with contextlib.suppress(OSError):
                if worker.proc.stdin:
                    worker.proc.stdin.close()
        for slot in self._slots:
            self._retire(slot, kill=False)
            if slot.successor is not None:
                slot.successor.stop(kill=True)
                slot.successor = None


def parse_cv(content: bytes, filename: str, *, timeout_s: float = 60.0, memory_mb: int = 512) -> dict[str, Any]:
    """The profile of one CV, parsed in a one-shot worker process with time and memory limits."""
    if len(content) > MAX_BYTES:
        return error_profile("file too large")
    with CvParserPool(1, timeout_s=timeout_s, memory_mb=memory_mb) as pool:
        return pool.parse(content, filename)
