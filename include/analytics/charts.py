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


def _funnel(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    labels = [label("funnel_stage", s) for s in STAGES][::-1]
    values = [fa.stage_totals[s] for s in STAGES][::-1]
    bars = ax.barh(labels, values, color=BRAND)
    first = fa.stage_totals[STAGES[0]] or 1
    for bar, v in zip(bars, values, strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {v:,} ({v / first:.0%})", va="center")
    ax.set_xlim(0, max([*values, 1]) * 1.25)
    ax.set_xlabel("applicants")


def _cohorts(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    c = fa.cohorts
    if c.empty:
        ax.text(0.5, 0.5, "no applicants yet", ha="center", transform=ax.transAxes)
        return
    x = pd.to_datetime(c["week"])
    for stage, color in zip(("applied", "cv_parsed", "booked", "consulted"), PALETTE, strict=False):
        col = label("funnel_stage", stage)
        ax.plot(x, c[col], marker="o", markersize=3, color=color, label=col)
    ax.legend(frameon=False, ncols=4, loc="upper left")
    ax.set_ylabel("applicants (by week applied)")
    fig.autofmt_xdate()


def _step_hours(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    conv = fa.conversion
    rows = conv.to_dict("records")[::-1]
    names = [f"{r['from']} → {r['to']}" for r in rows]
    # a stage stamped before the one it follows (a form back-dated after intake ran) reads as no wait
    hours = [0.0 if pd.isna(r["median_hours"]) else max(0.0, float(r["median_hours"])) for r in rows]
    shares = [None if pd.isna(r["share"]) else float(r["share"]) for r in rows]
    bars = ax.barh(names, hours, color=PALETTE[1])
    for bar, h, s in zip(bars, hours, shares, strict=True):
        share = f"{s:.0%} move on" if s is not None else "—"
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {h:.1f} h · {share}", va="center")
    ax.set_xlim(0, max([*hours, 1]) * 1.5)
    ax.set_xlabel("median hours between stages")


def _shares(column: str, top: int) -> Callable[[Figure, FunnelAnalytics], None]:
    def draw(fig: Figure, fa: FunnelAnalytics) -> None:
        ax = fig.add_subplot()
        table = getattr(fa, f"by_{column}").head(top)
        names = list(table[column])[::-1]
        booked = list(table["Booked / applied"].fillna(0))[::-1]
        applied = list(table[label("funnel_stage", "applied")])[::-1]
        bars = ax.barh(names, booked, color=BRAND)
        for bar, b, n in zip(bars, booked, applied, strict=True):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {b:.0%} of {n:,}", va="center")
        ax.set_xlim(0, 1.25)
        ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
        ax.set_xlabel("share of applicants booked")

    return draw


def _advisors(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    table = fa.by_advisor
    if table.empty:
        ax.text(0.5, 0.5, "no bookings yet", ha="center", transform=ax.transAxes)
        return
    names = list(table["Advisor"])[::-1]
    rates = list(table["No-show rate"].fillna(0))[::-1]
    held = list(table["Done"] + table["No-show"])[::-1]
    bars = ax.barh(names, rates, color=PALETTE[4])
    for bar, r, n in zip(bars, rates, held, strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {r:.0%} of {n:,} calls", va="center")
    ax.set_xlim(0, max([*rates, 0.1]) * 1.4)
    ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    ax.set_xlabel("no-show rate (no-shows / calls held or missed)")


def _supply_demand(fig: Figure, fa: FunnelAnalytics) -> None:
    ax = fig.add_subplot()
    table = fa.supply_demand
    if table.empty:
        ax.text(0.5, 0.5, "no demand or seats recorded", ha="center", transform=ax.transAxes)
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
