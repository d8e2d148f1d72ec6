"""Scratch PostgreSQL databases for tests and benches: created fresh, dropped afterwards (even if in use)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

PG_URL = os.environ.get("CLERKFLOW_TEST_PG_URL")


@contextmanager
def scratch_database(prefix: str, admin_url: str | None = None) -> Iterator[str]:
    """URL of a new database ``<prefix>_<random>`` on ``admin_url``'s server (default: CLERKFLOW_TEST_PG_URL)."""
    admin_url = admin_url or PG_URL
    if not admin_url:
        raise RuntimeError("CLERKFLOW_TEST_PG_URL is not set")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield admin_url.rsplit("/", 1)[0] + f"/{name}"
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
