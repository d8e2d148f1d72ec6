"""Dispatch through the real sendgrid client against the fake: payload, retries, and never a second send."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from include.backends.sendgrid import ASM_UNSUBSCRIBE_TAG, SendGridMailer
from include.notify.dispatch import STALE_CLAIM, dispatch
from include.notify.plan import plan_messages
from include.store import tables as t
from tests.fakes.server import Fault
from tests.notify.seed import add_applicant, add_booking, outbox, with_mailer

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def sendgrid_rt(runtime, sendgrid_conn, sleeps):
    """The runtime with SendGrid as the mailer (ASM group 77), built from the fake's Airflow connection."""
    mail = replace(runtime.settings.mail, asm_group_id=77)
    settings = replace(runtime.settings, mail=mail)
    mailer = SendGridMailer.from_connection(mail, sleep=sleeps.append, timeout=0.5)
    return with_mailer(replace(runtime, settings=settings), mailer)


def queue(rt, now: datetime = NOW) -> None:
    with rt.engine.begin() as conn:
        plan_messages(conn, now)


def test_dispatch_sends_ids_only_metadata_categories_asm_and_the_invite(sendgrid_rt, sendgrid_conn):
    add_applicant(sendgrid_rt, 7, "Asia/Kolkata")
    bid = add_booking(sendgrid_rt, 7, NOW + timedelta(days=3))
    queue(sendgrid_rt)
    assert dispatch(sendgrid_rt, NOW) == {"sent": 3}
    payloads = {a.payload["categories"][0]: a.payload for a in sendgrid_conn.accepted}
    brief = payloads["advisor_brief"]
    assert brief["personalizations"][0]["to"] == [{"email": "advisor@example.com", "name": "Dr. Michael Okafor"}]
    assert brief["custom_args"] == {"message_key": f"advisor_brief:{bid}:0", "applicant_id": "7"}
    assert re.search(r"Applicant: +Priya Sharma 7 \(clerkflow #7\)", brief["content"][0]["value"])
    assert "asm" not in brief  # staff mail: no unsubscribe group
    assert "unsubscribe" not in brief["content"][1]["value"].lower()
    booked = payloads["consult_booked"]
    assert booked["custom_args"] == {"message_key": f"consult_booked:{bid}", "applicant_id": "7"}
    assert booked["asm"] == {"group_id": 77}
    assert booked["personalizations"][0]["to"] == [{"email": "applicant7@example.org", "name": "Priya Sharma 7"}]
    assert [c["type"] for c in booked["content"]] == ["text/plain", "text/html"]
    (att,) = booked["attachments"]
    assert att["type"] == "text/calendar"
    assert b"BEGIN:VCALENDAR" in base64.b64decode(att["content"])
    html = booked["content"][1]["value"]
    assert f'href="{ASM_UNSUBSCRIBE_TAG}"' in html
    assert "List-Unsubscribe" not in booked.get("headers", {})
    sent = {r.message_key: r.provider_id for r in outbox(sendgrid_rt)}
    assert sorted(sent.values()) == sorted(a.message_id for a in sendgrid_conn.accepted)


def test_sandbox_mode_reaches_sendgrid_from_config(runtime, sendgrid_conn, sleeps):
    mail = replace(runtime.settings.mail, sandbox_mode=True)
    rt = with_mailer(runtime, SendGridMailer.from_connection(mail, sleep=sleeps.append))
    add_applicant(rt, 1)
    queue(rt)
    assert dispatch(rt, NOW) == {"sent": 1}
    assert sendgrid_conn.accepted[0].sandbox is True


def test_rerunning_dispatch_never_sends_a_message_twice(sendgrid_rt, sendgrid_conn):
    add_applicant(sendgrid_rt, 1)
    for _ in range(3):
        queue(sendgrid_rt)
        dispatch(sendgrid_rt, NOW)
    assert len(sendgrid_conn.calls("POST", "/v3/mail/send")) == 1


def test_a_timeout_after_sendgrid_accepted_is_failed_for_ops_and_never_resent(sendgrid_rt, sendgrid_conn):
    add_applicant(sendgrid_rt, 1)
    queue(sendgrid_rt)
    sendgrid_conn.inject(Fault.timeout_after(1.5))
    assert dispatch(sendgrid_rt, NOW) == {"failed": 1}
    (row,) = outbox(sendgrid_rt)
    assert "may have been sent" in row.error
    assert "outcome unknown" in row.error
    for later in (NOW + timedelta(minutes=15), NOW + STALE_CLAIM * 3):
        queue(sendgrid_rt, later)
        assert dispatch(sendgrid_rt, later) == {}
    assert len(sendgrid_conn.calls("POST", "/v3/mail/send")) == 1
    assert len(sendgrid_conn.accepted) == 1


def test_a_crash_after_the_claim_is_failed_without_calling_sendgrid(sendgrid_rt, sendgrid_conn):
    add_applicant(sendgrid_rt, 1)
    queue(sendgrid_rt)
    with sendgrid_rt.engine.begin() as conn:
        conn.execute(update(t.outbox_messages).values(state="sending", claimed_at=NOW, attempts=1))
    assert dispatch(sendgrid_rt, NOW + timedelta(minutes=5)) == {}
    assert dispatch(sendgrid_rt, NOW + STALE_CLAIM + timedelta(seconds=1)) == {"failed": 1}
    (row,) = outbox(sendgrid_rt)
    assert row.error.startswith("interrupted while sending")
    assert sendgrid_conn.requests == []


def test_429_with_retry_after_then_success_is_sent_once(sendgrid_rt, sendgrid_conn, sleeps):
    add_applicant(sendgrid_rt, 1)
    queue(sendgrid_rt)
    sendgrid_conn.inject(Fault.http(429, retry_after=7))
    assert dispatch(sendgrid_rt, NOW) == {"sent": 1}
    assert sleeps == [7.0]
    assert len(sendgrid_conn.accepted) == 1


def test_500_then_success_is_sent_once_after_a_backoff(sendgrid_rt, sendgrid_conn, sleeps):
    add_applicant(sendgrid_rt, 1)
    queue(sendgrid_rt)
    sendgrid_conn.inject(Fault.http(500))
    assert dispatch(sendgrid_rt, NOW) == {"sent": 1}
    assert len(sleeps) == 1
    assert len(sendgrid_conn.accepted) == 1


def test_a_bad_address_fails_with_the_reason_and_is_not_retried(sendgrid_rt, sendgrid_conn, sleeps):
    add_applicant(sendgrid_rt, 1, email="no-dot@localhost")
    queue(sendgrid_rt)
    assert dispatch(sendgrid_rt, NOW) == {"failed": 1}
    (row,) = outbox(sendgrid_rt)
    assert "SendGrid refused (400): Does not contain a valid address." in row.error
    assert "no-dot" not in row.error
    queue(sendgrid_rt, NOW + timedelta(hours=1))
    assert dispatch(sendgrid_rt, NOW + timedelta(hours=1)) == {}
    assert len(sendgrid_conn.requests) == 1
    assert sleeps == []


def test_an_outage_requeues_and_ends_the_batch_instead_of_hammering(sendgrid_rt, sendgrid_conn, sleeps):
    for aid in (1, 2, 3):
        add_applicant(sendgrid_rt, aid)
    queue(sendgrid_rt)
    sendgrid_conn.inject(Fault.http(503, times=5))
    assert dispatch(sendgrid_rt, NOW) == {"retry": 1, "deferred": 2}
    assert [r.state for r in outbox(sendgrid_rt)] == ["queued"] * 3
    assert len(sendgrid_conn.requests) == 5
    assert dispatch(sendgrid_rt, NOW + timedelta(minutes=15)) == {"sent": 3}
    assert [r.attempts for r in outbox(sendgrid_rt)] == [2, 1, 1]


def test_crlf_and_script_in_a_name_reach_sendgrid_as_one_line_and_escaped(sendgrid_rt, sendgrid_conn):
    add_applicant(sendgrid_rt, 1, full_name="<script>alert(1)</script>\r\nBcc: victim@example.net")
    add_booking(sendgrid_rt, 1, NOW + timedelta(days=3))
    queue(sendgrid_rt)
    dispatch(sendgrid_rt, NOW)
    for accepted in sendgrid_conn.accepted:
        p = accepted.payload
        (to,) = p["personalizations"][0]["to"]
        assert "\r" not in to["name"]
        assert "\n" not in to["name"]
        assert "\n" not in p["subject"]
        html = p["content"][1]["value"].lower()
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
        assert "victim" not in json.dumps(p["custom_args"])
    assert len(sendgrid_conn.accepted) == 3  # received, booked, and the advisor's brief
