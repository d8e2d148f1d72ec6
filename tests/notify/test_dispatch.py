"""Sending through the local .eml outbox: every message kind once, rendered from current facts, safely."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

from sqlalchemy import insert, update

from include.backends.mail import eml_name
from include.notify.compose import applicant_reason
from include.notify.dispatch import STALE_CLAIM, dispatch
from include.notify.plan import plan_messages
from include.store import tables as t
from tests.notify.seed import (
    add_applicant,
    add_booking,
    add_cv,
    add_recommendation,
    outbox,
    set_booking,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
START = NOW + timedelta(days=3)


def step(rt, now: datetime = NOW) -> dict:
    with rt.engine.begin() as conn:
        plan_messages(conn, now)
    return dispatch(rt, now)


def eml(settings, key: str):
    return message_from_bytes((settings.outbox_dir / eml_name(key)).read_bytes(), policy=policy.default)


def text_of(settings, key: str) -> str:
    return eml(settings, key).get_body(("plain",)).get_content()


def attachment(settings, key: str) -> bytes:
    (part,) = list(eml(settings, key).iter_attachments())
    assert part.get_content_type() == "text/calendar"
    return part.get_payload(decode=True)


def test_every_trigger_is_mailed_exactly_once_from_the_current_facts(runtime, settings):
    add_applicant(runtime, 1, "Asia/Kathmandu")
    add_cv(runtime, 1, "error", "encrypted PDF", document=True)
    bid = add_booking(runtime, 1, START)
    for rank in (1, 2, 3):
        add_recommendation(runtime, 1, rank)
    assert step(runtime) == {"sent": 4}
    assert step(runtime) == {}
    brief = eml(settings, f"advisor_brief:{bid}:0")
    assert brief["To"].addresses[0].addr_spec == "advisor@example.com"
    assert "Applicant:" in brief.get_body(("plain",)).get_content()
    assert b"Applicant:" not in attachment(settings, f"consult_booked:{bid}")  # the applicant's invite has no brief

    booked = text_of(settings, f"consult_booked:{bid}")
    assert "Your time:       Fri 4 Dec 2026, 5:45 PM (Kathmandu time, UTC+5:45)" in booked
    assert "Advisor's time:  Fri 4 Dec 2026, 7:00 AM (New York time, UTC-5)" in booked
    assert b"METHOD:REQUEST" in attachment(settings, f"consult_booked:{bid}")
    cv = text_of(settings, f"cv_needed:1:{outbox(runtime, kind='cv_needed')[0].message_key.split(':')[2]}")
    assert "password-protected" in cv
    assert "encrypted PDF" not in cv

    set_booking(runtime, bid, start_at=START + timedelta(days=1), previous_start_at=START, sequence=1)
    assert step(runtime) == {"sent": 2}  # the applicant's notice and the advisor's change notice
    assert "Was (no longer valid):  Fri 4 Dec 2026, 7:00 AM (New York time, UTC-5)" in text_of(
        settings, f"advisor_rescheduled:{bid}:1"
    )
    moved = text_of(settings, f"consult_rescheduled:{bid}:1")
    assert "Previous time (no longer valid):  Fri 4 Dec 2026, 5:45 PM (Kathmandu time, UTC+5:45)" in moved
    assert "Sat 5 Dec 2026" in moved

    set_booking(runtime, bid, status="done")
    assert step(runtime) == {"sent": 1}
    followup = text_of(settings, f"followup:{bid}")
    assert followup.count("Why we suggest this preceptor:") == 3
    assert "In your preferred state (NY)" in followup
    assert "Offers letters of recommendation" in followup
    assert "NEXT STEPS" in followup
    assert step(runtime) == {}
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 7


def test_no_show_and_cancellation_offer_to_rebook(runtime, settings):
    add_applicant(runtime, 1)
    add_applicant(runtime, 2)
    no_show = add_booking(runtime, 1, NOW - timedelta(hours=2), status="no_show")
    cancelled = add_booking(runtime, 2, START, status="cancelled", sequence=1)
    step(runtime)
    assert "https://clerkflow.example.com/consultation" in text_of(settings, f"no_show:{no_show}")
    assert b"METHOD:CANCEL" in attachment(settings, f"consult_cancelled:{cancelled}:1")
    assert {r.kind for r in outbox(runtime, state="sent")} == {"application_received", "no_show", "consult_cancelled"}


def test_a_confirmation_for_a_booking_cancelled_before_sending_is_skipped(runtime, settings):
    add_applicant(runtime, 1)
    bid = add_booking(runtime, 1, START)
    with runtime.engine.begin() as conn:
        plan_messages(conn, NOW)
    set_booking(runtime, bid, status="cancelled", sequence=1)
    dispatch(runtime, NOW)
    (row,) = outbox(runtime, kind="consult_booked")
    assert (row.state, row.error) == ("skipped", "booking is cancelled now")
    assert not (settings.outbox_dir / eml_name(row.message_key)).exists()


def test_a_crashed_claim_is_resent_by_the_idempotent_outbox_once_stale(runtime, settings):
    add_applicant(runtime, 1)
    with runtime.engine.begin() as conn:
        plan_messages(conn, NOW)
        conn.execute(update(t.outbox_messages).values(state="sending", claimed_at=NOW, attempts=1))
    assert dispatch(runtime, NOW + STALE_CLAIM - timedelta(minutes=1)) == {}
    assert dispatch(runtime, NOW + STALE_CLAIM + timedelta(minutes=1)) == {"sent": 1}
    (row,) = outbox(runtime)
    assert (row.state, row.attempts) == ("sent", 2)
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 1


def test_suppressed_addresses_are_never_mailed_whatever_their_case(runtime, settings):
    add_applicant(runtime, 1, email="Bounced@Example.org")
    with runtime.engine.begin() as conn:
        conn.execute(insert(t.suppressions).values(email="bounced@example.org", reason="bounce", created_at=NOW))
    assert step(runtime) == {"suppressed": 1}
    assert list(settings.outbox_dir.glob("*.eml")) == []


def test_hostile_names_cannot_inject_headers_or_markup_into_the_eml(runtime, settings):
    add_applicant(runtime, 1, full_name="<script>alert(1)</script>\r\nBcc: victim@example.net")
    bid = add_booking(runtime, 1, START)
    step(runtime)
    raw = (settings.outbox_dir / eml_name(f"consult_booked:{bid}")).read_bytes()
    head = raw.split(b"\n\n", 1)[0]
    assert not any(line.lower().startswith(b"bcc:") for line in head.splitlines())
    msg = eml(settings, f"consult_booked:{bid}")
    assert msg["Bcc"] is None
    assert "\n" not in str(msg["To"])
    assert "Bcc" in str(msg["To"])
    html = msg.get_body(("html",)).get_content().lower()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    ics = attachment(settings, f"consult_booked:{bid}")
    assert b"\r\nBcc:" not in ics


def test_a_message_that_cannot_be_rendered_fails_instead_of_sticking_in_sending(runtime):
    add_applicant(runtime, 1)
    rt = replace(runtime, settings=replace(runtime.settings, mail=replace(runtime.settings.mail, upload_cv_url="")))
    add_cv(rt, 1, "missing", "no CV link in the application")
    assert step(rt) == {"sent": 1, "failed": 1}
    (row,) = outbox(rt, kind="cv_needed")
    assert row.state == "failed"
    assert row.error.startswith("cannot render")


def test_internal_cv_reasons_become_advice_the_applicant_can_act_on():
    assert applicant_reason("missing", "no CV link in the application") == ("missing", "")
    assert applicant_reason("missing", "CV not found on Drive (file id 1abc)")[0] == "not_found"
    code, text = applicant_reason("missing", "no access to the CV on Drive (file id 1abc): share it")
    assert code == "not_found"
    assert "1abc" not in text
    assert text
    assert applicant_reason("error", "memory limit exceeded")[1].startswith("The file is too large or complex")
    assert applicant_reason("needs_ocr", "image-only CV: no text layer to read") == ("needs_ocr", "")
