"""Funnel analytics in pandas: weekly cohorts, stage conversion and timing, breakdowns, supply vs demand.

Stages and the time each is reached (all from the app DB, see ``frames.py``):

- applied: the form's submission time (else when intake first stored the applicant);
- CV parsed: ``cv_profiles.parsed_at`` of a CV whose status is *parsed*;
- matched: the first recommendation's ``computed_at``;
- booked: the booking's ``created_at`` (a cancelled booking was still booked);
- consulted: the call's end, when the booking is marked *done*;
- follow-up: the first follow-up email actually sent;
- placed: the preceptor accepted a placement request (``placements.decided_at`` of a confirmed or completed one);
- completed: the rotation ended (``placements.completed_at``).

The funnel is strict: an applicant reaches a stage only after reaching every stage before it (a match
made on the form alone, without a parsed CV, does not count as matched). Cohorts are weeks (Monday
first) of the applied time in the ops time zone. Shares are fractions (0–1), durations hours.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from include.analytics.frames import Frames
from include.backends.sheets import safe_cell
from include.labels import LABELS
from include.vocab import COUNTRY_NAMES

UNKNOWN = "Unknown"


def label(group: str, code: str | None) -> str:
    """A label from include.labels for the funnel's tables: "Unknown" when missing, a country by its name,
    the code itself when no label is known (a specialty is stored as words)."""
    if code is None or code == "":
        return UNKNOWN
    if group == "country":
        return COUNTRY_NAMES.get(code, code)
    return LABELS.get(group, {}).get(code, code)


STAGES = ("applied", "cv_parsed", "matched", "booked", "consulted", "followed_up", "placed", "completed")


@dataclass(frozen=True)
class FunnelAnalytics:
    """Every table the Funnel page, the report and their CSV downloads show."""

    generated_at: datetime
    ops_tz: str
    stage_totals: dict[str, int]
    cohorts: pd.DataFrame
    conversion: pd.DataFrame
    by_source: pd.DataFrame
    by_country: pd.DataFrame
    by_specialty: pd.DataFrame
    by_advisor: pd.DataFrame
    supply_demand: pd.DataFrame
    per_applicant: pd.DataFrame = field(repr=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Name → table, for the CSV downloads."""
        return {
            "funnel": pd.DataFrame(
                {"stage": [label("funnel_stage", s) for s in STAGES], "applicants": list(self.stage_totals.values())}
            ),
            "cohorts": self.cohorts,
            "conversion": self.conversion,
            "by_source": self.by_source,
            "by_country": self.by_country,
            "by_specialty": self.by_specialty,
            "by_advisor": self.by_advisor,
            "supply_demand": self.supply_demand,
        }


def stage_times(frames: Frames) -> pd.DataFrame:
    """One row per applicant: the time each stage was reached (NaT when not) and the breakdown dimensions."""
    a = frames.applicants.set_index("id")
    out = pd.DataFrame(index=a.index)
    out["applied"] = a["applied_at"]
    cv = frames.cv[frames.cv["status"] == "parsed"].set_index("applicant_id")["parsed_at"]
    out["cv_parsed"] = cv.reindex(out.index)
    out["matched"] = frames.matches.set_index("applicant_id")["matched_at"].reindex(out.index)
    bookings = frames.bookings.set_index("applicant_id")
    out["booked"] = bookings["created_at"].reindex(out.index)
    done = bookings["end_at"].where(bookings["status"] == "done")
    out["consulted"] = done.reindex(out.index)
    out["followed_up"] = frames.followups.set_index("applicant_id")["sent_at"].reindex(out.index)
    placed = frames.placements if frames.placements is not None else pd.DataFrame(columns=["applicant_id"])
    placed = placed.set_index("applicant_id")
    for stage, col in (("placed", "placed_at"), ("completed", "completed_at")):
        times = placed[col] if col in placed else pd.Series(dtype="datetime64[ns, UTC]")
        out[stage] = pd.to_datetime(times, utc=True).reindex(out.index)
    for before, stage in itertools.pairwise(STAGES):
        out[stage] = out[stage].where(out[before].notna())
    out["source"] = a["source"].map(lambda c: label("source", c))
    out["country"] = a["country"].map(lambda c: label("country", c))
    out["specialty"] = a["specialties"].map(lambda s: s[0] if isinstance(s, list) and s else UNKNOWN)
    return out


def _week(times: pd.Series, ops_tz: str) -> pd.Series:
    local = times.dt.tz_convert(ops_tz)
    monday = local.dt.normalize() - pd.to_timedelta(local.dt.day_of_week, unit="D")
    return monday.dt.strftime("%Y-%m-%d")


def _counts(times: pd.DataFrame, by: pd.Series) -> pd.DataFrame:
    """Applicants reaching each stage per group, with the share booked and the share consulted once booked."""
    reached = times[list(STAGES)].notna().groupby(by).sum().astype(int)
    reached.columns = [label("funnel_stage", s) for s in STAGES]
    booked, consulted = reached[label("funnel_stage", "booked")], reached[label("funnel_stage", "consulted")]
    reached["Booked / applied"] = (booked / reached[label("funnel_stage", "applied")]).round(4)
    reached["Consulted / booked"] = (consulted / booked.where(booked > 0)).round(4)
    return reached


def cohorts(times: pd.DataFrame, ops_tz: str) -> pd.DataFrame:
    """Weekly cohorts (week of application) × applicants reaching each stage."""
    week = _week(times["applied"], ops_tz).rename("week")
    table = _counts(times, week)
    return table.sort_index().reset_index()


def conversion(times: pd.DataFrame) -> pd.DataFrame:
    """Each step of the funnel: how many moved on, the share, and the median hours it took."""
    rows = []
    for before, stage in itertools.pairwise(STAGES):
        reached = times[stage].notna()
        took = (times.loc[reached, stage] - times.loc[reached, before]).dt.total_seconds() / 3600
        n_before = int(times[before].notna().sum())
        rows.append(
            {
                "from": label("funnel_stage", before),
                "to": label("funnel_stage", stage),
                "reached_from": n_before,
                "reached_to": int(reached.sum()),
                "share": round(int(reached.sum()) / n_before, 4) if n_before else None,
                "median_hours": round(float(took.median()), 2) if len(took) else None,
            }
        )
    return pd.DataFrame(rows)


def breakdown(times: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Stage counts and shares per value of ``dimension`` (source, country, specialty), largest first."""
    table = _counts(times, times[dimension].rename(dimension))
    return table.sort_values(label("funnel_stage", "applied"), ascending=False, kind="stable").reset_index()


def by_advisor(frames: Frames) -> pd.DataFrame:
    """Bookings per advisor by status and the no-show rate (no-shows / calls with an outcome)."""
    b = frames.bookings.assign(advisor=frames.bookings["advisor"].fillna(frames.bookings["advisor_id"]))
    table = pd.crosstab(b["advisor"], b["status"]).reindex(
        columns=["booked", "done", "no_show", "cancelled"], fill_value=0
    )
    held = table["done"] + table["no_show"]
    table["no_show_rate"] = (table["no_show"] / held.where(held > 0)).round(4)
    table.columns = [label("booking_count", c) if c != "no_show_rate" else "No-show rate" for c in table.columns]
    return table.sort_index().reset_index().rename(columns={"advisor": "Advisor"})


def supply_demand(frames: Frames) -> pd.DataFrame:
    """Applicants wanting each specialty × start month against preceptor seats that month (and seats allocated).

    Every specialty an applicant lists counts as demand for it; seats are active preceptors' monthly
    capacity in the months they offer. ``gap`` > 0 means more applicants than seats: preceptors to recruit.
    """
    a = frames.applicants[["id", "specialties", "preferred_start"]].explode("specialties").dropna()
    demand = a.groupby(["specialties", "preferred_start"]).size().rename("applicants")
    demand.index.names = ["specialty", "month"]
    p = frames.preceptors.explode("available_months").dropna(subset=["available_months"])
    seats = p.groupby(["specialty", "available_months"])["monthly_capacity"].sum().rename("seats")
    seats.index.names = ["specialty", "month"]
    al = frames.allocations.merge(
        frames.preceptors[["id", "specialty"]], left_on="preceptor_id", right_on="id", how="inner"
    )
    allocated = al.groupby(["specialty", "month"]).size().rename("allocated")
    table = pd.concat([demand, seats, allocated], axis=1).fillna(0).astype(int)
    table["gap"] = table["applicants"] - table["seats"]
    return table.sort_index().reset_index()


def funnel_analytics(frames: Frames, ops_tz: str, now: datetime) -> FunnelAnalytics:
    """Every funnel table from the frames (see the module docstring for what each stage means)."""
    times = stage_times(frames)
    totals = {s: int(times[s].notna().sum()) for s in STAGES}
    return FunnelAnalytics(
        generated_at=now,
        ops_tz=ops_tz,
        stage_totals=totals,
        cohorts=cohorts(times, ops_tz),
        conversion=conversion(times),
        by_source=breakdown(times, "source"),
        by_country=breakdown(times, "country"),
        by_specialty=breakdown(times, "specialty"),
        by_advisor=by_advisor(frames),
        supply_demand=supply_demand(frames),
        per_applicant=times,
    )


def to_csv(table: pd.DataFrame) -> str:
    """``table`` as CSV for a spreadsheet: text cells made formula-safe, numbers left as numbers."""
    out = table.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].map(lambda v: safe_cell(v) if isinstance(v, str) else v)
    return out.to_csv(index=False)
