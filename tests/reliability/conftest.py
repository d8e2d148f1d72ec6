"""The ``slow`` variants here run only when asked for: ``-m slow`` (or any -m naming slow) or CLERKFLOW_RUN_SLOW=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.option.markexpr or "") or os.environ.get("CLERKFLOW_RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow variant: run with -m slow or CLERKFLOW_RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords and HERE in item.path.resolve().parents:
            item.add_marker(skip)
