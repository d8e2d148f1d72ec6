"""The pandas funnel against the same numbers counted row by row (tests/analytics/reference.py)."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bench.history import History
from include.analytics import STAGES, FunnelAnalytics, funnel_analytics, label, load_frames
from include.analytics.charts import CHARTS, render_svg
from tests.analytics.conftest import APPLICANTS
from tests.analytics.reference import reference_analytics
from tests.conftest import ROOT

OPS_TZ = "America/New_York"


@pytest.fixture(scope="module")
def both(history: History, history_engine: Engine) -> tuple[FunnelAnalytics, dict]:
    with history_engine.connect() as conn:
        result = funnel_analytics(load_frames(conn), ops_tz=OPS_TZ, now=history.end)
        expected = reference_analytics(conn, ops_tz=OPS_TZ)
    return result, expected


def test_the_history_is_big_and_spread_over_six_months(both) -> None:
    result, expected = both
    assert expected["totals"]["applied"] == APPLICANTS
    assert len(expected["cohorts"]) >= 26
    # every stage is reached by someone and drops off along the way
    assert all(expected["totals"][s] > 0 for s in STAGES)
    assert result.stage_totals == expected["totals"]


def test_weekly_cohorts_match_the_row_by_row_count(both) -> None:
    result, expected = both
    got = {row["week"]: {s: row[label("funnel_stage", s)] for s in STAGES} for row in result.cohorts.to_dict("records")}
    want = {week: {s: counts.get(s, 0) for s in STAGES} for week, counts in expected["cohorts"].items()}
    assert got == want
    assert list(result.cohorts["week"]) == sorted(want)


def test_step_shares_and_median_hours_match(both) -> None:
    result, expected = both
    steps = result.conversion.to_dict("records")
    assert len(steps) == len(STAGES) - 1
    for got, want in zip(steps, expected["steps"], strict=True):
        assert (got["reached_from"], got["reached_to"]) == (want["reached_from"], want["reached_to"])
        assert got["share"] == pytest.approx(want["reached_to"] / want["reached_from"], abs=1e-4)
        assert got["median_hours"] == pytest.approx(want["median_hours"], abs=0.01)


@pytest.mark.parametrize("dimension", ["source", "country", "specialty"])
def test_breakdowns_match(both, dimension: str) -> None:
    result, expected = both
    table = getattr(result, f"by_{dimension}")
    want = {
        label(dimension if dimension != "specialty" else "specialty", key): {s: c.get(s, 0) for s in STAGES}
        for key, c in expected["groups"][dimension].items()
    }
    got = {row[dimension]: {s: row[label("funnel_stage", s)] for s in STAGES} for row in table.to_dict("records")}
    assert got == want
    assert len(got) >= 2
    for row in table.to_dict("records"):
        booked, applied = row[label("funnel_stage", "booked")], row[label("funnel_stage", "applied")]
        assert row["Booked / applied"] == pytest.approx(booked / applied, abs=1e-4)


def test_sources_are_labelled_for_people(both) -> None:
    result, _ = both
    assert set(result.by_source["source"]) == {"Google Form", "Partner referrals"}
    assert "India" in set(result.by_country["country"])


def test_no_show_rate_per_advisor_matches(both) -> None:
    result, expected = both
    rows = {r["Advisor"]: r for r in result.by_advisor.to_dict("records")}
    assert set(rows) == set(expected["advisors"])
    for name, counts in expected["advisors"].items():
        assert rows[name]["No-show"] == counts.get("no_show", 0)
        assert rows[name]["Done"] == counts.get("done", 0)
        assert rows[name]["No-show rate"] == pytest.approx(expected["no_show_rate"][name], abs=1e-4)
    rates = [r for r in expected["no_show_rate"].values() if r is not None]
    assert max(rates) - min(rates) > 0.1  # the generator's advisors differ; the table must show it


def test_supply_and_demand_match(both) -> None:
    result, expected = both
    rows = {(r["specialty"], r["month"]): r for r in result.supply_demand.to_dict("records")}
    keys = set(expected["demand"]) | set(expected["seats"]) | set(expected["allocated"])
    assert set(rows) == keys
    for key in keys:
        row = rows[key]
        assert row["applicants"] == expected["demand"].get(key, 0)
        assert row["seats"] == expected["seats"].get(key, 0)
        assert row["allocated"] == expected["allocated"].get(key, 0)
        assert row["gap"] == row["applicants"] - row["seats"]
    assert any(r["gap"] > 0 for r in rows.values())
    assert any(r["seats"] > 0 for r in rows.values())


def test_every_table_has_a_csv(both) -> None:
    result, _ = both
    for name, table in result.tables().items():
        text = table.to_csv(index=False)
        assert text.count("\n") == len(table) + 1, name


def test_the_analytics_package_never_imports_airflow() -> None:
    for path in (ROOT / "include" / "analytics").glob("*.py"):
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] == "airflow" for n in names), path


def test_an_empty_database_gives_empty_tables(tmp_path: Path) -> None:
    from include.store.db import make_engine, migrate

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    migrate(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        result = funnel_analytics(load_frames(conn), ops_tz=OPS_TZ, now=datetime.now(UTC))
    engine.dispose()
    assert result.stage_totals == dict.fromkeys(STAGES, 0)
    assert result.cohorts.empty
    assert result.supply_demand.empty
    assert result.by_advisor.empty
    assert result.conversion["share"].isna().all()
    for chart in CHARTS:
        assert render_svg(chart.name, result).startswith("<svg")


def test_every_chart_draws_the_history(both) -> None:
    result, _ = both
    for chart in CHARTS:
        svg = render_svg(chart.name, result, fluid=True)
        assert svg.startswith("<svg")
        assert 'width="100%"' in svg.split(">", 1)[0]
        assert "<script" not in svg


def test_a_step_nobody_reached_draws_without_numbers(both) -> None:
    result, _ = both
    conversion = result.conversion.copy()
    conversion.loc[len(conversion) - 1, ["reached_to", "share", "median_hours"]] = [0, None, None]
    svg = render_svg("conversion", replace(result, conversion=conversion))
    assert "<svg" in svg
