"""Overlapping runs on PostgreSQL: two booking processes and two notify processes over the same applicants.

What happens when ``clerkflow_rerun_applicant`` (or a manual CLI run) overlaps the process DAG's book and
notify tasks. Each round starts the four processes 0–2 s apart against the fake Google and SendGrid
servers (real clients), waits for all of them, and checks what an applicant and an advisor would see:

- no process crashed (no unique-key error, no traceback);
- one booking per applicant, no booking left pending, one live calendar event per booking and none without
  a booking, the event's time equal to the booking's time;
- no two live consultations of one advisor overlap (buffer included), no advisor-day over its cap;
- each email delivered at most once, and every confirmation's text and ``.ics`` give the booking's time.
"""

from __future__ import annotations

import base64
import itertools
import os
import random
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml
from icalendar import Calendar
from sqlalchemy import select

from include.config import load_settings
from include.intake.ingest import ingest
from include.matching.sync import sync_roster
from include.sample_data.synthetic import write_workload
from include.scheduling.choose import format_local
from include.store import tables as t
from include.store.db import migrate
from include.timeutil import as_utc
from tests.fakes.google import FakeGoogle
from tests.fakes.sendgrid import FakeSendGrid
from tests.fakes.server import Fault
from tests.fakes.workload import seed_fakes, write_config
from tests.pgdb import PG_URL, scratch_database
from tests.reliability import funnel
from tests.reliability.funnel import T0

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="needs CLERKFLOW_TEST_PG_URL")]

ROOT = Path(__file__).resolve().parents[2]
N = 45  # applicants; 3 advisors, so the runs compete for the same slots
ROUNDS = int(os.environ.get("CLERKFLOW_CONCURRENT_ROUNDS", "3"))  # e.g. 20 for a long local soak
SEED = int(os.environ.get("CLERKFLOW_CONCURRENT_SEED", "0"))  # another set of workloads and start offsets


def _start(config: Path, stage: str, log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "tests.reliability.stage_child", str(config), stage, T0.isoformat()]
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_two_bookings_and_two_notifies_at_once_agree_on_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, round_no: int
) -> None:
    rng = random.Random(SEED + round_no)
    workload = write_workload(tmp_path / "input", N, seed=11 + SEED + round_no, advisors=3)
    with scratch_database("cf_concurrent") as url, FakeGoogle() as google, FakeSendGrid() as sendgrid:
        seed_fakes(google, workload)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "AIRFLOW_CONN_CLERKFLOW_GOOGLE": google.airflow_conn(),
            "AIRFLOW_CONN_CLERKFLOW_SENDGRID": sendgrid.airflow_conn(),
            "CLERKFLOW_DB_URL": url,
            "CLERKFLOW_OUTPUT_DIR": str(tmp_path / "var"),
        }
        for key in ("AIRFLOW_CONN_CLERKFLOW_GOOGLE", "AIRFLOW_CONN_CLERKFLOW_SENDGRID", "CLERKFLOW_DB_URL"):
            monkeypatch.setenv(key, env[key])
        monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", env["CLERKFLOW_OUTPUT_DIR"])
        config = write_config(workload, tmp_path)
        settings = load_settings(config)
        migrate(url)
        rt = funnel.fast_runtime(settings)
        try:
            sync_roster(rt, T0)
            ingest(rt, T0)
            # Calendar writes answer a little late: the window in which the other run acts is wide open.
            google.inject(Fault(delay=0.02, method="POST", path=r"/events$", times=100_000))
            procs = []
            for i, stage in enumerate(("book", "book", "notify", "notify")):
                time.sleep(rng.uniform(0, 2) if i else 0)
                procs.append((stage, log := tmp_path / f"{stage}{i}.log", _start(config, stage, log, env)))
            for stage, log, proc in procs:
                assert proc.wait(timeout=300) == 0, f"{stage} crashed:\n{log.read_text(errors='replace')[-3000:]}"
                assert "Traceback" not in log.read_text(errors="replace")
            funnel.notify_round(rt, T0)  # what is left to send after the overlap, from the final facts
            booked = _assert_bookings_agree_with_calendar(rt, google)
            assert len(booked) >= N * 0.8, "most applicants should be booked"
            _assert_no_slot_shared_and_caps_kept(rt, workload.folder / "advisors.yaml")
            _assert_emails_give_the_booked_time(rt, sendgrid)
        finally:
            rt.engine.dispose()


def _assert_bookings_agree_with_calendar(rt, google: FakeGoogle) -> dict[str, tuple[datetime, datetime]]:
    b, adv = t.consult_bookings, t.advisors
    with rt.engine.connect() as conn:
        rows = conn.execute(select(b, adv.c.calendar_id).join(adv, adv.c.id == b.c.advisor_id)).all()
    per_applicant = Counter(r.applicant_id for r in rows)
    assert [a for a, n in per_applicant.items() if n > 1] == []
    assert [r.id for r in rows if r.status != "booked"] == [], "a booking left pending or otherwise unfinished"
    live = google.live_events_by_booking()
    assert {bid: evs for bid, evs in live.items() if len(evs) > 1} == {}, "two live events for one booking"
    assert set(live) == {r.id for r in rows}, "a live event without a booking, or a booking without its event"
    events = {ev["id"]: ev for cal in google.events.values() for ev in cal.values() if ev.get("status") != "cancelled"}
    out = {}
    for r in rows:
        ((cal_id, event_id),) = live[r.id]
        assert cal_id == r.calendar_id
        assert event_id == r.event_id
        ev = events[event_id]
        start, end = (datetime.fromisoformat(ev[k]["dateTime"]) for k in ("start", "end"))
        assert (start, end) == (as_utc(r.start_at), as_utc(r.end_at)), f"booking {r.id}: event at another time"
        out[r.id] = (start, end)
    return out


def _assert_no_slot_shared_and_caps_kept(rt, advisors_yaml: Path) -> None:
    from zoneinfo import ZoneInfo

    config = {a["id"]: a for a in yaml.safe_load(advisors_yaml.read_text(encoding="utf-8"))["advisors"]}
    b = t.consult_bookings
    with rt.engine.connect() as conn:
        rows = conn.execute(select(b.c.advisor_id, b.c.start_at, b.c.end_at).where(b.c.status == "booked")).all()
    by_advisor: dict[str, list[tuple[datetime, datetime]]] = {}
    for r in rows:
        by_advisor.setdefault(r.advisor_id, []).append((as_utc(r.start_at), as_utc(r.end_at)))
    for aid, spans in by_advisor.items():
        pad = timedelta(minutes=config[aid]["buffer_minutes"])
        spans.sort()
        for (_s0, e0), (s1, _e1) in itertools.pairwise(spans):
            assert s1 >= e0 + pad, f"advisor {aid}: two consultations overlap at {s1.isoformat()}"
        tz = ZoneInfo(config[aid]["timezone"])
        per_day = Counter(s.astimezone(tz).date() for s, _ in spans)
        assert max(per_day.values()) <= config[aid]["daily_max"], f"advisor {aid}: a day over its cap"


def _assert_emails_give_the_booked_time(rt, sendgrid: FakeSendGrid) -> None:
    assert {k: n for k, n in sendgrid.delivered().items() if n > 1} == {}, "an email was delivered twice"
    a, b = t.applicants, t.consult_bookings
    with rt.engine.connect() as conn:
        bookings = {r.id: r for r in conn.execute(select(b.c.id, b.c.start_at, a.c.timezone).join(a))}
    confirmations = 0
    for accepted in sendgrid.accepted:
        key = str((accepted.payload.get("custom_args") or {}).get("message_key"))
        if not key.startswith("consult_booked:"):
            continue
        confirmations += 1
        row = bookings[key.split(":", 1)[1]]
        start = as_utc(row.start_at)
        text = next(c["value"] for c in accepted.payload["content"] if c["type"] == "text/plain")
        assert format_local(start, row.timezone or "UTC") in text, f"{key}: the email gives another time"
        (ics,) = [x for x in accepted.payload.get("attachments") or [] if x["filename"].endswith(".ics")]
        event = next(iter(Calendar.from_ical(base64.b64decode(ics["content"])).walk("VEVENT")))
        assert as_utc(event.decoded("dtstart")) == start, f"{key}: the .ics gives another time"
    assert confirmations >= len(bookings) * 0.8
