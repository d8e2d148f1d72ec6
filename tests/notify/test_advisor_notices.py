"""Advisor change notices with the Google Calendar backend (real googleapiclient against the fake), and two
planners/dispatchers racing on PostgreSQL: each notice is sent once, and the invitation keeps its event.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import select

from include.backends.google import GoogleCalendar
from include.backends.mail import eml_name
from include.notify.dispatch import dispatch
from include.notify.plan import plan_messages
from include.runtime import open_runtime
from include.scheduling.book import book_consults
from include.scheduling.manage import cancel_booking, reschedule_booking
from include.store import tables as t
from include.store.db import migrate
from include.timeutil import as_utc
from tests.pgdb import PG_URL, scratch_database
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors, add_applicant, bookings

NOW = utc(2026, 12, 7, 12)
ROOM = "https://video.example.com/jane"  # the advisor's own room: Google's Meet link wins over it


def step(rt, at) -> dict[str, int]:
    with rt.engine.begin() as conn:
        plan_messages(conn, at)
    return dispatch(rt, at)


def invite(settings, key: str):
    msg = message_from_bytes((settings.outbox_dir / eml_name(key)).read_bytes(), policy=policy.default)
    (part,) = list(msg.iter_attachments())
    cal = Calendar.from_ical(part.get_payload(decode=True))
    (event,) = cal.walk("VEVENT")
    return cal, event, msg.get_body(("plain",)).get_content()


def test_google_reschedule_and_cancel_patch_one_event_and_tell_the_advisor(google_conn, sleeps, runtime, settings):
    add_advisors(runtime, [advisor(video_url=ROOM)])
    google_conn.events.setdefault("jane.placeholder@example.com", {})
    cal = GoogleCalendar.from_connection(sleep=sleeps.append)
    rt = replace(runtime, backends=replace(runtime.backends, calendar=cal))
    add_applicant(rt, 1, "Asia/Kolkata")
    book_consults(rt, NOW)
    (booked,) = bookings(rt)
    meet = google_conn.events["jane.placeholder@example.com"][booked.id]["hangoutLink"]
    assert step(rt, NOW)["sent"] == 3  # application received, confirmation, the advisor's brief

    reschedule_booking(rt, 1, NOW + timedelta(hours=1))
    assert step(rt, NOW + timedelta(hours=1)) == {"sent": 2}
    events = google_conn.events["jane.placeholder@example.com"]
    assert list(events) == [booked.id]  # patched, not duplicated
    (moved,) = bookings(rt)
    assert events[booked.id]["sequence"] == 1
    cal_, event, text = invite(settings, f"advisor_rescheduled:{booked.id}:1")
    assert (cal_["METHOD"], str(event["UID"]), int(event["SEQUENCE"])) == ("REQUEST", f"{booked.id}@clerkflow", 1)
    assert as_utc(event["DTSTART"].dt) == as_utc(moved.start_at)
    assert str(event["LOCATION"]) == meet
    assert meet in text
    assert ROOM not in text

    cancel_booking(rt, 1, NOW + timedelta(hours=2), "applicant asked")
    assert step(rt, NOW + timedelta(hours=2)) == {"sent": 2}
    assert list(events) == [booked.id]
    assert events[booked.id]["status"] == "cancelled"
    cal_, event, text = invite(settings, f"advisor_cancelled:{booked.id}:2")
    assert (cal_["METHOD"], str(event["UID"]), int(event["SEQUENCE"])) == ("CANCEL", f"{booked.id}@clerkflow", 2)
    assert event["STATUS"] == "CANCELLED"
    assert step(rt, NOW + timedelta(hours=3)) == {}


@pytest.mark.postgres
def test_two_runs_at_once_on_postgresql_send_each_advisor_notice_once(settings):
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    with scratch_database("clerkflow_mail") as url:
        migrate(url)
        rt = open_runtime(replace(settings, db_url=url))
        try:
            add_advisors(rt, [advisor(video_url=ROOM)])
            for aid in (1, 2):
                add_applicant(rt, aid, "America/New_York")
            book_consults(rt, NOW)
            step(rt, NOW)
            reschedule_booking(rt, 1, NOW + timedelta(hours=1))
            cancel_booking(rt, 2, NOW + timedelta(hours=1))
            at = NOW + timedelta(hours=1)
            start = threading.Barrier(2)
            results: list[dict[str, int]] = []

            def race() -> None:
                start.wait()
                results.append(step(rt, at))

            threads = [threading.Thread(target=race) for _ in range(2)]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            o = t.outbox_messages
            with rt.engine.connect() as conn:
                notices = conn.execute(
                    select(o.c.message_key, o.c.state).where(o.c.kind.in_(["advisor_rescheduled", "advisor_cancelled"]))
                ).all()
            assert sorted(state for _, state in notices) == ["sent", "sent"]
            assert sum(r.get("sent", 0) for r in results) == 4  # two notices each for the applicant and advisor
            files = {p.name for p in settings.outbox_dir.glob("advisor_*.eml")}
            assert {eml_name(key) for key, _ in notices} <= files
        finally:
            rt.engine.dispose()
