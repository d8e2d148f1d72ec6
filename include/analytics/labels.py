"""Human labels for the funnel's codes (stages, sources, booking and email states), with no heavy import.

The CLI and the report use these without loading pandas.
"""

from __future__ import annotations

from include.vocab import COUNTRY_NAMES

# merge into include/labels.py
LABELS: dict[str, dict[str, str]] = {
    "funnel_stage": {
        "applied": "Applied",
        "cv_parsed": "CV parsed",
        "matched": "Matched",
        "booked": "Booked",
        "consulted": "Consulted",
        "followed_up": "Follow-up sent",
    },
    "source": {"google_form": "Google Form", "partner_referrals": "Partner referrals"},
    "email_kind": {
        "application_received": "Application received",
        "cv_needed": "CV needed",
        "cv_nudge": "CV reminder",
        "consult_booked": "Consultation booked",
        "consult_rescheduled": "Consultation moved",
        "consult_cancelled": "Consultation cancelled",
        "reminder_24h": "Reminder, a day before",
        "reminder_1h": "Reminder, an hour before",
        "followup": "Follow-up",
        "no_show": "Missed consultation",
        "advisor_brief": "Advisor's brief",
        "ops_alert": "Ops alert",
        "ops_report": "Ops report",
    },
    "email_state": {
        "queued": "waiting",
        "sending": "sending",
        "sent": "sent",
        "failed": "failed",
        "suppressed": "not sent (unsubscribed or bounced)",
        "skipped": "skipped",
    },
    "booking_status": {
        "pending": "Pending",
        "booked": "Booked",
        "done": "Done",
        "no_show": "No-show",
        "cancelled": "Cancelled",
    },
}
UNKNOWN = "Unknown"


def label(group: str, code: str | None) -> str:
    """The human label of ``code`` in ``group`` (the code itself when none is known)."""
    if code is None or code == "":
        return UNKNOWN
    if group == "country":
        return COUNTRY_NAMES.get(code, code)
    return LABELS.get(group, {}).get(code, code)
