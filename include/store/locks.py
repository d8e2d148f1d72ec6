"""Named locks shared by every process using the app DB: who may book one applicant or one advisor's slot now.

PostgreSQL: a session advisory lock (``pg_advisory_lock``) on a connection of its own, so the lock spans
the caller's several commits and calendar calls and is released when the work ends or the process dies
(the server drops a dead session's locks). SQLite: an ``flock`` on a file next to the database, which the
kernel likewise releases with the process. Lock order everywhere: applicant, then advisor.
"""

from __future__ import annotations

import fcntl
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

_local = threading.local()


def lock_key(kind: str, name: str | int) -> int:
    """A stable signed 64-bit key for ``kind:name`` (PostgreSQL advisory locks take a bigint)."""
    digest = hashlib.sha256(f"clerkflow:{kind}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def named_lock(engine: Engine, kind: str, name: str | int) -> Iterator[None]:
    """Hold the lock ``kind:name`` across processes for the ``with`` block (blocking until it is free).

    Re-entrant within one thread: a nested request for a lock already held passes straight through.
    """
    held: set[tuple[str, str]] = _local.__dict__.setdefault("held", set())
    ident = (kind, str(name))
    if ident in held or getattr(engine, "single_transaction", False):  # a dry run: one connection, rolled back
        yield
        return
    held.add(ident)
    try:
        if engine.dialect.name == "postgresql":
            with _pg_lock(engine, lock_key(kind, name)):
                yield
        else:
            with _file_lock(engine, lock_key(kind, name)):
                yield
    finally:
        held.discard(ident)


@contextmanager
def _pg_lock(engine: Engine, key: int) -> Iterator[None]:
    conn = engine.connect()
    try:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        conn.commit()  # the lock is per session: no transaction stays open while the caller works
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
    finally:
        conn.close()


@contextmanager
def _file_lock(engine: Engine, key: int) -> Iterator[None]:
    database = engine.url.database
    if not database or database == ":memory:":  # one process owns an in-memory database
        yield
        return
    bucket = key & 0xFFFF  # 65,536 lock files: two names sharing one only wait for each other
    buckets: set[int] = _local.__dict__.setdefault("buckets", set())
    if bucket in buckets:  # this thread holds it already (another name, same bucket): flock would self-block
        yield
        return
    folder = Path(database).resolve().with_name(Path(database).name + ".locks")
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{bucket:04x}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        buckets.add(bucket)
        try:
            yield
        finally:
            buckets.discard(bucket)
            fcntl.flock(handle, fcntl.LOCK_UN)
