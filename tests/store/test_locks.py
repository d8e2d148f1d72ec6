"""Named locks taken again by the thread that holds them: they must pass, never wait on our own other session."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from include.store.db import make_engine
from include.store.locks import named_lock, named_locks
from tests.pgdb import PG_URL


def _nest(engine) -> None:
    # 1 is held when [1, 2] are asked for, and 2 when [2, 3] are: a second session locking them would wait forever
    with (
        named_lock(engine, "applicant", 1),
        named_locks(engine, "applicant", [1, 2]),
        named_locks(engine, "applicant", [2, 3]),
    ):
        pass


def _finishes(engine) -> bool:
    worker = threading.Thread(target=_nest, args=(engine,), daemon=True)
    worker.start()
    worker.join(timeout=20)
    return not worker.is_alive()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="needs CLERKFLOW_TEST_PG_URL")
def test_locks_held_by_this_thread_are_not_taken_again_on_postgres() -> None:
    engine = make_engine(PG_URL)
    try:
        assert _finishes(engine)
        with engine.connect() as conn:  # and everything was released (in this database: the server is shared)
            held = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            where = " WHERE l.locktype = 'advisory' AND d.datname = current_database()"
            assert conn.exec_driver_sql(held + where).scalar() == 0
    finally:
        engine.dispose()


def test_locks_held_by_this_thread_are_not_taken_again_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'app.db'}")
    try:
        assert _finishes(engine)
    finally:
        engine.dispose()
