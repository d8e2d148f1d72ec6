"""A generated six-month history (bench/history.py), made once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bench.history import History, generate_history

APPLICANTS = 2500


@pytest.fixture(scope="session")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate_history(tmp_path_factory.mktemp("history"), APPLICANTS)


@pytest.fixture(scope="session")
def history_engine(history: History) -> Iterator[Engine]:
    from include.store.db import make_engine

    engine = make_engine(history.db_url)
    yield engine
    engine.dispose()
