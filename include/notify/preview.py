"""Realistic, entirely fictional contexts for every email kind: for staff previews and template tests."""

from __future__ import annotations

import copy
from typing import Any

from include.notify.render import first_name

_FULL_NAME = "Dr. Ananya Venkatesh"
_APPLICANT = {"first_name": first_name(_FULL_NAME), "full_name": _FULL_NAME}
_BOOKING = {
    "advisor_name": "Dr. Michael Okafor",
    "start_applicant": "Tue 1 Dec 2026, 7:30 PM IST (Asia/Kolkata)",
    "start_advisor": "Tue 1 Dec 2026, 9:00 AM EST (America/New_York)",
    "duration_minutes": 30,
    "meet_link": "https://meet.example.com/abc-defg-hij",
    "manage_url": "https://apply.example.org/booking/7f3c9a/manage",
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
        "previous_start_applicant": "Mon 30 Nov 2026, 8:00 PM IST (Asia/Kolkata)",
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
    "advisor_brief": {
        "advisor_name": _BOOKING["advisor_name"],
        "booking": _BOOKING,
        "brief": [
            "Applicant: Priya Sample (clerkflow #12)",
            "School: Sample Medical College (IN), graduation 2021",
            "USMLE: Step 1 pass, Step 2 CK 245; ECFMG certified",
            "Top recommendations:",
            "  1. Dr. Sample Preceptor, Internal Medicine, New York NY (score 86)",
        ],
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
        "generated_at": "Tue 1 Dec 2026, 7:00 AM EST (America/New_York)",
        "counts": {"applications": 14, "cvs_parsed": 11, "consults_booked": 6, "emails_sent": 23, "emails_failed": 1},
        "attention": [
            {"kind": "quarantine", "ref": "application row 42", "reason": "missing email address"},
            {"kind": "outbox", "ref": "message 318", "reason": "address bounced"},
        ],
        "report_path": "var/reports/2026-12-01.md",
    },
}


def sample_context(kind: str) -> dict[str, Any]:
    """A fresh copy of the sample context for ``kind`` (callers may change it freely)."""
    try:
        return copy.deepcopy(_SAMPLES[kind])
    except KeyError:
        raise ValueError(f"unknown email kind {kind!r}") from None
