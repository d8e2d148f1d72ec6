"""Previews: what the next run would send an applicant now (or why nothing), and fictional sample contexts.

``preview_next`` answers with the very row and rendering the next dispatch would use: the oldest queued
message of that kind still due, else the one the planner would queue now, rendered by the same
``build_message`` at the same moment (so "starts in", the previous time and the invitation's DTSTAMP
match). Otherwise it says why it would not be sent. The sample contexts feed template tests.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, func, select

from include.backends.mail import Message
from include.labels import label
from include.notify.compose import BOOKING_KINDS, build_message
from include.notify.plan import NUDGE_AFTER, REMINDER_WINDOWS, due_messages
from include.notify.render import first_name
from include.placements.messages import PLACEMENT_KINDS
from include.runtime import Runtime
from include.scheduling.choose import format_local
from include.scheduling.video import NO_LINK
from include.store import tables as t
from include.timeutil import as_utc


@dataclass(frozen=True)
class Preview:
    """``message`` as the next run would send it, or None and ``reason`` (why it would not be sent)."""

    kind: str
    message: Message | None
    reason: str
    key: str | None = None


def preview_next(conn: Connection, rt: Runtime, applicant_id: int, kind: str, now: datetime) -> Preview:
    """What the next run at ``now`` sends this applicant of ``kind``, exactly, or why it sends nothing.

    An applicant who does not exist is an error (LookupError), not a message that would not be sent.
    """
    from include.notify.dispatch import no_longer_due  # dispatch imports the composer; not at module load

    now = as_utc(now)
    o = t.outbox_messages
    if conn.scalar(select(t.applicants.c.id).where(t.applicants.c.id == applicant_id)) is None:
        raise LookupError(f"there is no applicant {applicant_id}")
    rows = conn.execute(select(o).where(o.c.applicant_id == applicant_id, o.c.kind == kind).order_by(o.c.id)).all()
    skipped: list[str] = []
    for row in (r for r in rows if r.state == "queued"):
        stale = no_longer_due(conn, row, now)
        if stale is None:
            return _built(conn, rt, row, now, f"queued as {row.message_key}")
        skipped.append(f"{row.message_key} is queued but would be skipped: {stale}")
    for wanted in due_messages(conn, now, [applicant_id], rt.settings.placements):
        if wanted["kind"] == kind:
            row = SimpleNamespace(id=None, **wanted)
            return _built(conn, rt, row, now, f"due now as {wanted['message_key']}")
    if skipped:
        return Preview(kind, None, "; ".join(skipped))
    done = [r for r in rows if r.state != "queued"]
    if done:
        last = done[-1]
        when = format_local(as_utc(last.sent_at or last.created_at), rt.settings.ops_timezone)
        return Preview(kind, None, f"already {label('email_state', last.state)} ({last.message_key}, {when})")
    return Preview(kind, None, _not_due(conn, rt, applicant_id, kind, now))


def _built(conn: Connection, rt: Runtime, row: Any, now: datetime, how: str) -> Preview:
    suppressed = conn.scalar(
        select(func.count()).where(func.lower(t.suppressions.c.email) == str(row.to_email).lower())
    )
    if suppressed:
        return Preview(row.kind, None, "the address is on the suppression list", row.message_key)
    return Preview(row.kind, build_message(conn, rt, row, now), how, row.message_key)


def _not_due(conn: Connection, rt: Runtime, applicant_id: int, kind: str, now: datetime) -> str:
    """Why the planner would not queue ``kind`` for this applicant now (nothing queued or sent before)."""
    what = label("email_kind", kind)
    b = t.consult_bookings
    booking = conn.execute(select(b).where(b.c.applicant_id == applicant_id)).first()
    if kind in BOOKING_KINDS and booking is None:
        return f"applicant {applicant_id} has no consultation booking, which {what.lower()} needs"
    ops_tz = rt.settings.ops_timezone
    if kind in REMINDER_WINDOWS and booking is not None and booking.status == "booked":
        start = as_utc(booking.start_at)
        opens, closes = REMINDER_WINDOWS[kind]
        if now < start - opens:
            return f"not due yet: it goes out from {format_local(start - opens, ops_tz)}"
        if now >= start - closes:
            return "its window has passed (the call is about to start or over)"
        return "the confirmation went out inside this reminder's window, so it served as the reminder"
    if kind in BOOKING_KINDS and booking is not None:
        need = {
            "consult_rescheduled": "the consultation has been moved",
            "consult_cancelled": "the consultation is cancelled",
            "followup": "the consultation is marked held",
            "no_show": "the consultation is marked missed",
            "advisor_rescheduled": "the consultation moved after the advisor had the brief",
            "advisor_cancelled": "the consultation is cancelled after the advisor had the brief",
        }.get(kind, "the consultation is booked")
        return f"it is sent only when {need}; the consultation is {label('booking_status', booking.status)}"
    if kind in {"cv_needed", "cv_nudge"}:
        p = t.cv_profiles
        status = conn.scalar(select(p.c.status).where(p.c.applicant_id == applicant_id))
        if status is None or status == "parsed":
            return f"no CV problem to report (CV: {label('cv_status', status, missing='not fetched yet')})"
        if kind == "cv_nudge":
            return f"a CV reminder follows the CV request after {NUDGE_AFTER[0] // timedelta(days=1)} days"
    return f"nothing triggers {what.lower()} now"


def _placement_sample(kind: str) -> dict[str, Any]:
    """A placement email's sample context (include/placements/emails.py builds the real one)."""
    checklist = [
        {"item": "immunizations", "label": label("checklist_item", "immunizations"), "done": True},
        {"item": "bls", "label": label("checklist_item", "bls"), "done": False},
        {"item": "visa_letter", "label": label("checklist_item", "visa_letter"), "done": False},
    ]
    placement = {
        "id": 7,
        "preceptor_name": "Dr. Laura Whitfield, MD",
        "preceptor_salutation": "Dr. Whitfield",
        "specialty": "Internal Medicine",
        "where": "Newark, NJ",
        "site": "Newark Beth Israel Medical Center, 201 Lyons Ave, Newark, NJ 07112",
        "rotation_type": label("rotation_type", "hands_on"),
        "start": "1 March 2027",
        "end": "30 April 2027",
        "months": 2,
        "respond_by": "8 December 2026",
        "provides_lor": True,
    }
    ctx: dict[str, Any] = {"applicant": _APPLICANT, "placement": placement, "checklist": checklist}
    if kind in {"placement_request", "placement_reminder"}:
        ctx |= {
            "brief": _BRIEF,
            "accept_url": "https://book.example.com/placement/accept/TOKEN",
            "decline_url": "https://book.example.com/placement/decline/TOKEN",
        }
    elif kind == "placement_declined":
        ctx |= {
            "expired": False,
            "next_options": [
                {
                    "name": "Dr. Samuel Ortega",
                    "specialty": "Cardiology",
                    "where": "Houston, TX",
                    "start": "April 2027",
                    "rotation_type": label("rotation_type", "observership"),
                }
            ],
            "request_url": "https://book.example.com/placement/pick/TOKEN",
        }
    elif kind == "placement_checklist":
        ctx["days_before"] = 30
    elif kind == "placement_unanswered":
        ctx["ops"] = {
            "applicant_id": 42,
            "page_url": "http://localhost:8080/plugin/applicants/clerkflow/applicants/42",
            "requested": "1 December 2026",
            "days": 7,
        }
    return ctx


_FULL_NAME = "Dr. Ananya Venkatesh"
_APPLICANT = {"first_name": first_name(_FULL_NAME), "full_name": _FULL_NAME}
_BOOKING = {
    "advisor_name": "Dr. Michael Okafor",
    "start_applicant": "Tue 1 Dec 2026, 7:30 PM (Kolkata time, UTC+5:30)",
    "start_advisor": "Tue 1 Dec 2026, 9:00 AM (New York time, UTC-5)",
    "duration_minutes": 30,
    "video_link": "https://meet.example.com/abc-defg-hij",
    "no_video_link": NO_LINK,
    "manage_url": "https://apply.example.org/booking/7f3c9a/manage",
    "previous_start_applicant": "Mon 30 Nov 2026, 8:00 PM (Kolkata time, UTC+5:30)",
    "previous_start_advisor": "Mon 30 Nov 2026, 9:30 AM (New York time, UTC-5)",
    "sequence": 1,
    "status": "booked",
}
_BRIEF = {
    "profile": [
        ["Applicant", "Priya Sample (clerkflow #12)"],
        ["Medical school", "Sample Medical College (India)"],
        ["Graduation", "2021"],
        ["USMLE Step 1", "Pass"],
        ["USMLE Step 2 CK", "245"],
        ["ECFMG", "ECFMG certified"],
        ["Visa", "J-1 visa"],
    ],
    "discrepancies": "",
    "recommendations": ["Dr. Sample Preceptor, Internal Medicine, New York NY (fit score 86)"],
    "unmatched": [],
}
_UPLOAD_URL = "https://apply.example.org/cv/upload/5d21e8"
_REBOOK_URL = "https://apply.example.org/booking/rebook/5d21e8"

_SAMPLES: dict[str, dict[str, Any]] = {
    "application_received": {
        "applicant": _APPLICANT,
        "specialties": ["Internal Medicine", "Cardiology"],
        "preferred_start": "March 2027",
    },
    "cv_needed": {
        "applicant": _APPLICANT,
        "reason": "needs_ocr",
        "reason_text": "The PDF you uploaded contains scanned pages without selectable text.",
        "upload_url": _UPLOAD_URL,
    },
    "cv_nudge": {"applicant": _APPLICANT, "nudge_number": 1, "upload_url": _UPLOAD_URL},
    "consult_booked": {"applicant": _APPLICANT, "booking": _BOOKING},
    "consult_rescheduled": {
        "applicant": _APPLICANT,
        "booking": _BOOKING,
        "previous_start_applicant": _BOOKING["previous_start_applicant"],
    },
    "consult_cancelled": {
        "applicant": _APPLICANT,
        "booking": {"advisor_name": _BOOKING["advisor_name"], "start_applicant": _BOOKING["start_applicant"]},
        "rebook_url": _REBOOK_URL,
    },
    "reminder_24h": {"applicant": _APPLICANT, "booking": {**_BOOKING, "starts_in": "about 24 hours"}},
    "reminder_1h": {"applicant": _APPLICANT, "booking": {**_BOOKING, "starts_in": "about 1 hour"}},
    "followup": {
        "applicant": _APPLICANT,
        "booking": {"advisor_name": _BOOKING["advisor_name"]},
        "recommendations": [
            {
                "name": "Dr. Laura Whitfield",
                "specialty": "Internal Medicine",
                "city": "Newark",
                "state": "NJ",
                "score": 91,
                "reasons": [
                    "Hands-on clerkship open to graduates",
                    "Writes letters of recommendation",
                    "Has a block starting in March 2027",
                ],
            },
            {
                "name": "Dr. Samuel Ortega",
                "specialty": "Cardiology",
                "city": "Houston",
                "state": "TX",
                "score": 84,
                "reasons": ["Counts toward Internal Medicine", "Affiliated with a residency program"],
            },
            {
                "name": "Dr. Helen Park",
                "specialty": "Internal Medicine",
                "city": "Chicago",
                "state": "IL",
                "score": 78,
                "reasons": ["Fee within your budget", "Telehealth option for the first week"],
            },
        ],
        "missing": [],
        "next_steps": [
            "Reply to confirm which preceptors you would like us to approach.",
            "Send your USMLE Step 2 CK score report when it is available.",
            "Keep your passport and ECFMG documents ready for onboarding.",
        ],
    },
    "no_show": {
        "applicant": _APPLICANT,
        "booking": {"advisor_name": _BOOKING["advisor_name"], "start_applicant": _BOOKING["start_applicant"]},
        "rebook_url": _REBOOK_URL,
    },
    "advisor_brief": {"applicant": _APPLICANT, "advisor_name": "Dr. Okafor", "booking": _BOOKING, "brief": _BRIEF},
    "advisor_rescheduled": {
        "applicant": _APPLICANT,
        "advisor_name": "Dr. Okafor",
        "booking": _BOOKING,
        "brief": _BRIEF,
        "include_brief": False,
    },
    "advisor_cancelled": {"applicant": _APPLICANT, "advisor_name": "Dr. Okafor", "booking": _BOOKING, "brief": _BRIEF},
    "consult_offer": {
        "applicant": _APPLICANT,
        "offer": {
            "pick_url": "https://book.example.org/b/sample-token",
            "duration_minutes": 30,
            "valid_until": "Tue 8 Dec 2026, 9:00 AM (Kolkata time, UTC+5:30)",
        },
    },
    "offer_reminder": {
        "applicant": _APPLICANT,
        "offer": {
            "pick_url": "https://book.example.org/b/sample-token",
            "duration_minutes": 30,
            "fallback_at": "Sun 6 Dec 2026, 9:00 AM (Kolkata time, UTC+5:30)",
            "auto_book": True,
        },
    },
    "ops_alert": {
        "dag_id": "clerkflow_intake",
        "task_id": "parse_cvs",
        "run_id": "scheduled__2026-12-01T06:00:00+00:00",
        "try_number": 3,
        "log_url": "http://localhost:8080/dags/clerkflow_intake/runs/scheduled__2026-12-01T06:00:00+00:00/tasks/parse_cvs",
        "error": "CvStoreError: folder listing timed out after 30 s",
    },
    "ops_report": {
        "generated_at": "Tue 1 Dec 2026, 7:00 AM (New York time, UTC-5)",
        "counts": {"applications": 14, "cvs_parsed": 11, "consults_booked": 6, "emails_sent": 23, "emails_failed": 1},
        "attention": [
            {"kind": "quarantine", "ref": "application row 42", "reason": "missing email address"},
            {"kind": "outbox", "ref": "message 318", "reason": "address bounced"},
        ],
        "report_path": "var/reports/2026-12-01.md",
    },
    **{kind: _placement_sample(kind) for kind in PLACEMENT_KINDS},
}


def sample_context(kind: str) -> dict[str, Any]:
    """A fresh copy of the sample context for ``kind`` (callers may change it freely)."""
    try:
        return copy.deepcopy(_SAMPLES[kind])
    except KeyError:
        raise ValueError(f"unknown email kind {kind!r}") from None
