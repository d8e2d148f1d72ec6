"""The funnel's charts as SVG text, drawn server-side with matplotlib (no browser library, no CDN).

Each chart has a name shared with the table it draws (``FunnelAnalytics.tables()``), so the page can
offer that table as CSV beside it. Figures are built with ``matplotlib.figure.Figure`` (no pyplot
global state), so API server threads can draw at the same time.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from include.analytics.funnel import STAGES, FunnelAnalytics, label

BRAND = "#1a5fb4"
PALETTE = ("#1a5fb4", "#26a269", "#e66100", "#9141ac", "#c01c28", "#865e3c")
mpl.rcParams.update(
    {
        "svg.fonttype": "none",  # text stays text: smaller files, selectable, the page's font
        "svg.hashsalt": "clerkflow",  # stable element ids: the same data draws the same bytes
        "font.family": "sans-serif",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.edgecolor": "#9ca3af",
        "axes.titleweight": "bold",
        "axes.titlesize": 11,
    }
)


@dataclass(frozen=True)
class Chart:
    name: str  # also the CSV table's name
    title: str
    draw: Callable[[Figure, FunnelAnalytics], None]


def _hbars(
    ax: Any, names: list[str], values: list[float], notes: list[str], color: str, xmax: float, share: bool = False
) -> None:
    """Horizontal bars, first item on top, each with its note at the bar's end."""
    bars = ax.barh(names[::-1], values[::-1], color=color, height=0.6)
    for bar, note in zip(bars, notes[::-1], strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {note}", va="center")
    ax.set_xlim(0, xmax)
    if share:
        ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))


def _nothing(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", transform=ax.transAxes)


def _funnel(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    values = [fa.stage_totals[s] for s in STAGES]
    first = values[0] or 1
    notes = [f"{v:,} ({v / first:.0%})" for v in values]
    _hbars(ax, [label("funnel_stage", s) for s in STAGES], values, notes, BRAND, max([*values, 1]) * 1.25)
    ax.set_xlabel("applicants")


def _cohorts(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    c = fa.cohorts
    if c.empty:
        _nothing(ax, "no applicants yet")
        return
    x = pd.to_datetime(c["week"])
    for stage, color in zip(("applied", "cv_parsed", "booked", "consulted"), PALETTE, strict=False):
        col = label("funnel_stage", stage)
        ax.plot(x, c[col], marker="o", markersize=3, color=color, label=col)
    ax.legend(frameon=False, ncols=4, loc="upper left")
    ax.set_ylabel("applicants (by week applied)")
    fig.autofmt_xdate()


def _step_hours(fig: Figure, fa: FunnelAnalytics) -> None:
    rows = fa.conversion.to_dict("records")
    # a stage stamped before the one it follows (a form back-dated after intake ran) reads as no wait
    hours = [0.0 if pd.isna(r["median_hours"]) else max(0.0, float(r["median_hours"])) for r in rows]
    notes = [
        f"{h:.1f} h · " + ("—" if pd.isna(r["share"]) else f"{r['share']:.0%} move on")
        for h, r in zip(hours, rows, strict=True)
    ]
    ax = fig.add_subplot()
    _hbars(ax, [f"{r['from']} → {r['to']}" for r in rows], hours, notes, PALETTE[1], max([*hours, 1]) * 1.5)
    ax.set_xlabel("median hours between stages")


def _shares(column: str, top: int) -> Callable[[Figure, FunnelAnalytics], None]:
    def draw(fig: Figure, fa: FunnelAnalytics) -> None:
        table = getattr(fa, f"by_{column}").head(top)
        booked = list(table["Booked / applied"].fillna(0))
        applied = list(table[label("funnel_stage", "applied")])
        notes = [f"{b:.0%} of {n:,}" for b, n in zip(booked, applied, strict=True)]
        ax = fig.add_subplot()
        _hbars(ax, list(table[column]), booked, notes, BRAND, 1.25, share=True)
        ax.set_xlabel("share of applicants booked")

    return draw


def _advisors(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    table = fa.by_advisor
    if table.empty:
        _nothing(ax, "no bookings yet")
        return
    rates = list(table["No-show rate"].fillna(0))
    held = list(table["Done"] + table["No-show"])
    notes = [f"{r:.0%} of {n:,} calls" for r, n in zip(rates, held, strict=True)]
    _hbars(ax, list(table["Advisor"]), rates, notes, PALETTE[4], max([*rates, 0.1]) * 1.4, share=True)
    ax.set_xlabel("no-show rate (no-shows / calls held or missed)")


def _supply_demand(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    table = fa.supply_demand
    if table.empty:
        _nothing(ax, "no demand or seats recorded")
        return
    gap = table.pivot_table(index="specialty", columns="month", values="gap", aggfunc="sum", fill_value=0)
    limit = max(1, int(gap.abs().to_numpy().max()))
    image = ax.imshow(gap.to_numpy(), cmap="RdBu_r", vmin=-limit, vmax=limit, aspect="auto")
    ax.set_yticks(range(len(gap.index)), list(gap.index))
    ax.set_xticks(range(len(gap.columns)), list(gap.columns), rotation=45, ha="right")
    for (row, col), value in pd.DataFrame(gap.to_numpy()).stack().items():
        if value:
            ax.text(col, row, f"{value:+d}", ha="center", va="center", fontsize=7)
    ax.spines[:].set_visible(False)
    cbar = fig.colorbar(image, ax=ax, shrink=0.8)
    cbar.set_label("applicants minus seats (red: recruit)")


CHARTS: tuple[Chart, ...] = (
    Chart("funnel", "Applicants reaching each stage", _funnel),
    Chart("cohorts", "Weekly cohorts through the funnel", _cohorts),
    Chart("conversion", "Time between stages (median) and share moving on", _step_hours),
    Chart("by_source", "Booked, by source", _shares("source", 10)),
    Chart("by_country", "Booked, by country of medical school (top 12)", _shares("country", 12)),
    Chart("by_specialty", "Booked, by first-choice specialty", _shares("specialty", 12)),
    Chart("by_advisor", "No-show rate per advisor", _advisors),
    Chart(
        "supply_demand",
        "Supply vs demand: applicants minus preceptor seats, by specialty and start month",
        _supply_demand,
    ),
)
CHART_NAMES = {c.name: c for c in CHARTS}
_SIZES = {"funnel": (7, 3), "cohorts": (13, 3.6), "supply_demand": (13, 5)}
NARROW = 7.0  # inches: what an email's 600-pixel column holds at a readable text size


def render_svg(name: str, fa: FunnelAnalytics, *, fluid: bool = False, narrow: bool = False) -> str:
    """Chart ``name`` as a standalone ``<svg>`` element (no XML prolog: it can sit inside HTML).

    ``fluid`` drops the fixed size so the chart fills its container's width (reports, emails);
    ``narrow`` draws wide charts at email width, so their text is not shrunk to unreadable.
    """
    chart = CHART_NAMES[name]
    width, height = _SIZES.get(name, (7, 3.4))
    if narrow and width > NARROW:
        width, height = NARROW, max(height * 0.9, 3.2)
    fig = Figure(figsize=(width, height), layout="constrained")
    fig.suptitle(chart.title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    chart.draw(fig, fa)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = re.sub(r"^.*?(?=<svg)", "", svg, count=1, flags=re.DOTALL)
    if fluid:
        svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 width="100%"', svg, count=1)
    return svg
