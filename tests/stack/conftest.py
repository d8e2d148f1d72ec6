"""The ``stack`` marker: tests that start real Airflow services (enabled by .ci/run, skipped by default)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "stack: starts Airflow services (set CLERKFLOW_STACK_TEST=1 to run)")
