"""The CV parser worker: a plain child process that parses CVs sent over its stdin, one after another.

Started by ``CvParserPool`` as ``python -m include.cv.worker --memory-mb N`` (no multiprocessing, so it works
from daemonic Celery prefork children, Airflow's task supervisor and ``airflow dags test`` alike, and never
re-imports the parent's ``__main__``). It caps its own address space once the parser is imported, then
answers each request with the profile as JSON. Nothing it parses reaches a log: logging is off and
stray prints from parser libraries go to /dev/null.

Protocol, each message a frame of a 4-byte big-endian length and that many bytes:
worker → pool ``ready`` once, then one JSON profile per file, in order; pool → worker a request is the ISO
date to parse against (empty for today), the number of files, and each file's bytes, one frame each (a few
small files a request, so the worker goes on to the next without a round trip). End of stdin means stop.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import threading
import time
import warnings
from datetime import date
from typing import Any, BinaryIO

from include.cv.sandbox import MEMORY_ERROR_REASON, READY, frame, read_frame, write_all

_MB = 1024 * 1024


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at its current size plus ``memory_mb``.

    Relative, because the interpreter and pdfium are already mapped: the budget is what parsing may add.
    """
    try:
        with open("/proc/self/statm") as f:
            baseline = int(f.read().split()[0]) * resource.getpagesize()
    except OSError:
        baseline = 0
    limit = baseline + memory_mb * _MB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _exit_when_orphaned() -> None:
    """Exit if the pool's process goes away, even in the middle of a parse that would never end.

    The worker runs in its own session, so signals to the pool's process group do not reach it; a pool
    that is killed outright cannot kill it either. Polling the parent is the portable way to notice.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def _profile_json(profile: dict[str, Any]) -> bytes:
    return json.dumps(profile, ensure_ascii=False).encode()


def serve(requests: BinaryIO, replies: int, memory_mb: int) -> int:
    """Answer requests until the end of ``requests``; returns the exit status."""
    from include.cv.document import parse_document
    from include.cv.profile import error_profile

    _exit_when_orphaned()  # before the limit: a thread's stack counts against the address space
    # Built before the limit: after a MemoryError there may be no room left to build it.
    out_of_memory = frame(_profile_json(error_profile(MEMORY_ERROR_REASON)))
    limit_memory(memory_mb)
    write_all(replies, frame(READY))
    while True:
        try:
            request = _read_request(requests)
        except MemoryError:
            write_all(replies, out_of_memory)
            return 3
        except (EOFError, ValueError):
            return 2  # a broken request stream: nothing sensible to answer
        if request is None:
            return 0
        today, contents = request
        del request
        while contents:
            content = contents.pop(0)  # each file freed once parsed, before the next one
            try:
                reply = frame(_profile_json(parse_document(content, today)))
            except MemoryError:
                # Its heap may be unusable now: report and exit; the pool starts a fresh worker.
                write_all(replies, out_of_memory)
                return 3
            except Exception as exc:  # a parser bug must fail this CV with a reason, not the batch
                reply = frame(_profile_json(error_profile(f"parser failed ({type(exc).__name__})")))
            del content
            write_all(replies, reply)


def _read_request(requests: BinaryIO) -> tuple[date | None, list[bytes]] | None:
    """The next ``(today, contents)``, or None when the pool closed the stream."""
    when = read_frame(requests)
    count = read_frame(requests) if when is not None else None
    if when is None or count is None:
        return None
    if not count.isdigit():
        raise ValueError("bad file count")
    contents = []
    for _ in range(int(count)):
        content = read_frame(requests)
        if content is None:
            return None
        contents.append(content)
    return date.fromisoformat(when.decode()) if when else None, contents


def main() -> int:
    parser = argparse.ArgumentParser(description="CV parser worker (started by CvParserPool)")
    parser.add_argument("--memory-mb", type=int, default=512)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    # The protocol keeps its own copy of stdout; fd 1 then points at /dev/null so that nothing a parser
    # library prints can corrupt a frame or reach a log.
    replies = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    requests = os.fdopen(os.dup(0), "rb")
    try:
        return serve(requests, replies, args.memory_mb)
    except BrokenPipeError:
        return 0  # the pool went away
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
