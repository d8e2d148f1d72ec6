"""Property test over the whole booking stage: random advisors, applicants, busy time and clocks near DST.

Whatever the input, no advisor is double-booked (buffers included), no call is outside working hours,
inside the minimum notice, on busy calendar time or outside the applicant's daytime, and a second run
books nothing new.

"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from include.scheduling.book import book_consults
from include.scheduling.choose import local_daytime
from include.scheduling.slots import WEEKDAYS, working_windows
from include.store import tables as t
from include.timeutil import as_utc
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, add_foreign_event, bookings, with_booking

APPLICANT_ZONES = ["Asia/Kolkata", "Asia/Kathmandu", "Africa/Lagos", "America/Sao_Paulo", "Asia/Manila", "Europe/Kyiv"]
ADVISOR_ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Phoenix"]
ANCHORS = [utc(2026, 3, 5, 12), utc(2026, 10, 29, 12), utc(2026, 12, 7, 3)]  # around both US changes + plain
SPECIALTIES = ["Internal Medicine", "Pediatrics", "Cardiology", "Psychiatry"]
HORIZON = 5


@st.composite
def scenarios(draw):
    now = draw(st.sampled_from(ANCHORS)) + timedelta(minutes=15 * draw(st.integers(0, 4 * 48)))
    advisors = []
    for i in range(draw(st.integers(1, 3))):
        start = draw(st.integers(6, 14))
        hours = [f"{start:02d}:00-{draw(st.integers(start + 1, 22)):02d}:00"]
        days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7, unique=True))
        advisors.append(
            advisor(
                id=f"adv{i}",
                calendar_id=f"adv{i}@example.com",
                timezone=draw(st.sampled_from(ADVISOR_ZONES)),
                specialties=draw(st.lists(st.sampled_from(SPECIALTIES), min_size=1, max_size=2, unique=True)),
                working_hours={d: hours for d in days},
                slot_minutes=draw(st.sampled_from([20, 30, 45])),
                buffer_minutes=draw(st.sampled_from([0, 10, 15])),
                daily_max=draw(st.integers(1, 6)),
            )
        )
    busy = [
        (
            f"adv{draw(st.integers(0, len(advisors) - 1))}@example.com",
            now + timedelta(minutes=15 * draw(st.integers(0, 4 * 24 * HORIZON))),
            timedelta(minutes=15 * draw(st.integers(1, 16))),
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    applicants = [
        (draw(st.sampled_from(APPLICANT_ZONES)), draw(st.lists(st.sampled_from(SPECIALTIES), max_size=2)))
        for _ in range(draw(st.integers(1, 8)))
    ]
    notice = draw(st.integers(0, 48))
    return {"now": now, "advisors": advisors, "busy": busy, "applicants": applicants, "notice": notice}


def _reset(rt) -> None:
    with rt.engine.begin() as conn:
        for table in (t.outbox_messages, t.audit_log, t.consult_bookings, t.calendar_events, t.applicants, t.advisors):
            conn.execute(delete(table))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=scenarios())
def test_the_booking_stage_never_double_books_or_leaves_the_rules(runtime, case):
    _reset(runtime)
    rt = with_booking(runtime, horizon_days=HORIZON, min_notice_hours=case["notice"])
    now = case["now"]
    add_advisors(rt, case["advisors"])
    for n, (cal, start, length) in enumerate(case["busy"]):
        add_foreign_event(rt, cal, start, start + length, n)
    for i, (tz, specialties) in enumerate(case["applicants"], start=1):
        add_applicant(rt, i, tz, specialties)

    counts = book_consults(rt, now)
    rows = [r for r in bookings(rt) if r.status == "booked"]
    assert counts.get("booked", 0) == len(rows)
    assert sum(counts.values()) == len(case["applicants"])

    by_id = {a["id"]: a for a in case["advisors"]}
    per_advisor = defaultdict(list)
    for row in rows:
        adv = by_id[row.advisor_id]
        start, end = as_utc(row.start_at), as_utc(row.end_at)
        per_advisor[row.advisor_id].append((start, end))
        assert start >= now + timedelta(hours=case["notice"])
        windows = working_windows(adv, (now - timedelta(days=1)).date(), HORIZON + 3)
        assert any(ws <= start and end <= we for ws, we in windows)
        tz = case["applicants"][row.applicant_id - 1][0]
        assert local_daytime(start, tz, duration=end - start)
        for cal, b_start, length in case["busy"]:
            if cal == adv["calendar_id"]:
                assert end <= b_start or start >= b_start + length
    for advisor_id, spans in per_advisor.items():
        pad = timedelta(minutes=by_id[advisor_id]["buffer_minutes"])
        for (_, a_end), (b_start, _) in itertools.pairwise(sorted(spans)):
            assert a_end + pad <= b_start

    assert "booked" not in book_consults(rt, now)  # those without a slot stay unbooked; nobody moves
    assert [(r.id, r.start_at) for r in bookings(rt) if r.status == "booked"] == [(r.id, r.start_at) for r in rows]
