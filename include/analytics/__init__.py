"""Funnel analytics for ops: read the app DB into pandas, compute cohorts and breakdowns, draw SVG charts.

Plain Python (no Airflow import): the Funnel page, the nightly report and the CLI share it.
"""

from __future__ import annotations

from include.analytics.frames import Frames, load_frames
from include.analytics.funnel import STAGES, FunnelAnalytics, funnel_analytics, label

__all__ = ["STAGES", "Frames", "FunnelAnalytics", "funnel_analytics", "label", "load_frames"]
