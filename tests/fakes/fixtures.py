"""Pytest fixtures for the fakes; import the ones you need into a conftest.py.

``fake_google`` / ``fake_sendgrid`` are running servers; ``google_conn`` / ``sendgrid_conn`` also set the
``AIRFLOW_CONN_CLERKFLOW_*`` variables that point clerkflow at them; ``sleeps`` records backoff sleeps
(pass ``sleep=sleeps.append``) so retries cost no time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.google import FakeGoogle
from tests.fakes.sendgrid import FakeSendGrid


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    with FakeGoogle() as server:
        yield server


@pytest.fixture
def fake_sendgrid() -> Iterator[FakeSendGrid]:
    with FakeSendGrid() as server:
        yield server


@pytest.fixture
def google_conn(fake_google: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> FakeGoogle:
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", fake_google.airflow_conn())
    return fake_google


@pytest.fixture
def sendgrid_conn(fake_sendgrid: FakeSendGrid, monkeypatch: pytest.MonkeyPatch) -> FakeSendGrid:
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", fake_sendgrid.airflow_conn())
    return fake_sendgrid


@pytest.fixture
def sleeps() -> list[float]:
    return []
