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
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

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
def named_locks(engine: Engine, kind: str, names: Iterable[str | int]) -> Iterator[None]:
    """``named_lock`` on many names at once (a batch of applicants): one connection and one statement to take
    them and one to release them, on PostgreSQL. Taken in key order, so two batches never deadlock.

    Not re-entrant like ``named_lock``: the names are marked held for this thread only.
    """
    held: set[tuple[str, str]] = _local.__dict__.setdefault("held", set())
    idents = {(kind, str(n)) for n in names} - held  # already held by this thread: taking them again would wait
    keys = sorted({lock_key(kind, n) for _, n in idents})  # forever on PostgreSQL (another session of ours)
    if not keys or getattr(engine, "single_transaction", False):
        yield
        return
    held |= idents
    try:
        if engine.dialect.name == "postgresql":
            with _pg_locks(engine, keys):
                yield
        else:
            with ExitStack() as stack:
                for key in sorted(keys, key=lambda k: k & 0xFFFF):  # lock files in order too
                    stack.enter_context(_file_lock(engine, key))
                yield
    finally:
        held -= idents


@contextmanager
def _pg_locks(engine: Engine, keys: list[int]) -> Iterator[None]:
    conn = engine.connect()
    try:
        conn.execute(text(_PG_MANY.format(fn="pg_advisory_lock")), {"k": keys})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text(_PG_MANY.format(fn="pg_advisory_unlock")), {"k": keys})
            conn.commit()
    finally:
        conn.close()


def pg_xact_locks(conn: Connection, kind: str, names: Iterable[str | int]) -> None:
    """Inside ``conn``'s transaction, take the locks ``kind:name`` until it ends (PostgreSQL; one statement).

    They conflict with ``named_lock``'s session locks on the same names, and free no connection to do so.
    """
    keys = sorted({lock_key(kind, n) for n in names})
    if keys:
        conn.execute(text(_PG_MANY.format(fn="pg_advisory_xact_lock")), {"k": keys})


# The array is sorted and unnest() yields it in order: the locks are taken in key order.
_PG_MANY = "SELECT {fn}(k) FROM unnest(CAST(:k AS BIGINT[])) AS k"


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
    # This thread's open lock files and how many holders each has: a second name in a held bucket (flock would
    # self-block) shares it, and the file stays locked until its LAST holder leaves, whichever ends first.
    buckets: dict[int, list[Any]] = _local.__dict__.setdefault("bucket_holds", {})
    if bucket not in buckets:
        folder = Path(database).resolve().with_name(Path(database).name + ".locks")
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / f"{bucket:04x}.lock", "a+b")  # noqa: SIM115 (closed by the last holder)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except BaseException:
            handle.close()
            raise
        buckets[bucket] = [handle, 0]
    buckets[bucket][1] += 1
    try:
        yield
    finally:
        buckets[bucket][1] -= 1
        if buckets[bucket][1] == 0:
            handle = buckets.pop(bucket)[0]
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
