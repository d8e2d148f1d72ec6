"""Funnel analytics for ops: read the app DB into pandas, compute cohorts and breakdowns, draw SVG charts.

Plain Python (no Airflow import): the Funnel page, the nightly report and the CLI share it. Names load
on first use, so importing the package does not load pandas; labels live in ``include.labels``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "Frames": "frames",
    "load_frames": "frames",
    "STAGES": "funnel",
    "FunnelAnalytics": "funnel",
    "funnel_analytics": "funnel",
    "label": "funnel",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(import_module(f"include.analytics.{_WHERE[name]}"), name)
