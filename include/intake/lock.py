"""One intake at a time per app database: the hourly DAG, a rerun and the CLI may overlap.

Without it two runs read the same new rows, both insert the same applicant and one crashes on the unique
email (or, falling back row by row, quarantines good rows). PostgreSQL: a session advisory lock held on its
own connection for the run. SQLite: an exclusive file lock beside the database file.
"""

from __future__ import annotations

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, func, select

INTAKE_LOCK_KEY = zlib.crc32(b"clerkflow:intake")  # a stable 32-bit key (pg_advisory_lock takes a bigint)


@contextmanager
def intake_lock(engine: Engine) -> Iterator[None]:
    """Block until no other intake holds the lock, then hold it for the ``with`` body.

    A stand-in engine pinned to one open transaction (the rerun DAG's dry run) is not locked: it commits
    nothing, and locking would need a second connection or a commit inside its transaction.
    """
    if not isinstance(engine, Engine):
        yield
        return
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(select(func.pg_advisory_lock(INTAKE_LOCK_KEY)))
            conn.commit()
            try:
                yield
            finally:
                conn.execute(select(func.pg_advisory_unlock(INTAKE_LOCK_KEY)))
                conn.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    lock_path = Path(database).with_name(Path(database).name + ".intake.lock")
    with lock_path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
