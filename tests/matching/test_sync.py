"""Roster sync on the store: history of changes in the audit log, bad rows quarantined, leavers deactivated."""

from __future__ import annotations

import csv
import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select

from include.matching.sync import sync_roster
from include.report import build_report
from include.store import tables as t
from tests.matching.store import NOW

HEADER = [
    "Preceptor ID", "Name", "Specialty", "City", "State", "Timezone", "Rotation Types", "Monthly Capacity",
    "Available Months", "IMG Friendly", "Accepts Visas", "Min Step 2 CK", "Max Years Since Graduation",
    "Requires ECFMG", "Provides LoR", "Languages", "Hospital Affiliation", "Fee (USD)",
]  # fmt: skip
GOOD = ["PR-1", "Dr A Example", "IM", "Brooklyn", "NY", "America/New_York", "hands_on", "2", "2027-01;2027-02",
        "yes", "j1", "230", "", "no", "yes", "English", "Teaching Hospital", "2000"]  # fmt: skip
OTHER = ["PR-2", "Dr B Example", "Peds", "Newark", "NJ", "America/New_York", "observership", "1", "2027-03",
         "yes", "", "", "", "no", "no", "English;Spanish", "", "1500"]  # fmt: skip
BAD = ["PR-3", "Dr C Example", "Astrology", "Austin", "TX", "America/Chicago", "hands_on", "lots", "2027-01",
       "yes", "", "", "", "no", "no", "English", "", "1000"]  # fmt: skip


@pytest.fixture
def roster(runtime, tmp_path):
    path = tmp_path / "roster.csv"
    runtime.settings = dataclasses.replace(
        runtime.settings, roster=dataclasses.replace(runtime.settings.roster, path=path)
    )

    def write(*rows: list[str]) -> None:
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([HEADER, *rows])

    return runtime, write


def history(rt):
    a = t.audit_log
    with rt.engine.connect() as conn:
        return [
            (r.event, r.detail)
            for r in conn.execute(select(a).where(a.c.stage == "roster", a.c.applicant_id.is_(None)).order_by(a.c.id))
        ]


def test_changes_are_recorded_field_by_field_with_old_and_new_values(roster):
    rt, write = roster
    write(GOOD, OTHER)
    assert sync_roster(rt, NOW)["added"] == 2
    edited = list(GOOD)
    edited[7], edited[11], edited[1] = "3", "", "Dr A Renamed"
    write(edited, OTHER)
    counts = sync_roster(rt, NOW + timedelta(days=1))
    assert counts["changed"] == 1
    assert counts["unchanged"] == 1
    assert history(rt)[-1] == (
        "changed",
        {
            "preceptor_id": "PR-1",
            "changes": {
                "name": ["(withheld)", "(withheld)"],
                "monthly_capacity": [2, 3],
                "min_step2ck": [230, None],
            },
        },
    )
    assert "Dr A" not in str(history(rt))


def test_a_preceptor_who_leaves_is_deactivated_and_one_who_returns_reactivated(roster):
    rt, write = roster
    write(GOOD, OTHER)
    sync_roster(rt, NOW)
    write(GOOD)
    assert sync_roster(rt, NOW)["deactivated"] == 1
    with rt.engine.connect() as conn:
        assert conn.scalar(select(t.preceptors.c.active).where(t.preceptors.c.id == "PR-2")) is False
    write(GOOD, OTHER)
    assert sync_roster(rt, NOW)["reactivated"] == 1
    assert [e for e, _ in history(rt)] == ["added", "added", "deactivated", "reactivated"]
    with rt.engine.connect() as conn:
        assert conn.scalar(select(t.preceptors.c.active).where(t.preceptors.c.id == "PR-2")) is True


def test_bad_rows_are_quarantined_once_with_every_reason_and_reported(roster):
    rt, write = roster
    write(GOOD, BAD, [*GOOD[:1], *OTHER[1:]])
    counts = sync_roster(rt, NOW)
    sync_roster(rt, NOW)
    assert counts["rejected"] == 2
    q = t.quarantine
    with rt.engine.connect() as conn:
        rows = conn.execute(select(q.c.row_number, q.c.reason).where(q.c.kind == "roster").order_by(q.c.row_number))
        quarantined = rows.all()
        report = build_report(conn, NOW, "UTC")
    assert quarantined == [
        (3, "specialty: 'Astrology' is not one known specialty; monthly_capacity: 'lots' is not a whole number"),
        (4, "duplicate preceptor id PR-1"),
    ]
    assert [i["ref"] for i in report.attention if i["kind"] == "quarantined roster row"] == [
        "preceptor_roster row 3",
        "preceptor_roster row 4",
    ]
