"""Codes as people read them: the one place the emails, the ops UI and the nightly report take labels from.

Stored values stay codes (``not_certified``, ``hands_on``, ``needs_ocr``); anything an applicant, advisor
or ops person reads goes through ``label(group, code)``. An unknown code still reads as words (underscores
become spaces), never as a bare code, and a missing value reads as "not on file". Times read with a city
and a UTC offset: abbreviations are ambiguous (Asia/Manila and America/Los_Angeles both say "PST").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

NOT_ON_FILE = "not on file"

LABELS: dict[str, dict[str, str]] = {
    "ecfmg_status": {
        "certified": "ECFMG certified",
        "pending": "ECFMG certification pending",
        "not_certified": "not ECFMG certified",
    },
    "visa_status": {
        "citizen": "US citizen",
        "green_card": "green card holder",
        "j1": "J-1 visa",
        "h1b": "H-1B visa",
        "b1b2": "B-1/B-2 visitor visa",
    },
    "rotation_type": {
        "hands_on": "hands-on clerkship",
        "observership": "observership",
        "research": "research",
        "telehealth": "telehealth",
    },
    "applicant_status": {
        "new": "New",
        "needs_cv": "Needs CV",
        "parsed": "Parsed",
        "matched": "Matched",
        "booked": "Booked",
        "consulted": "Consulted",
        "no_show": "No-show",
        "placement_requested": "Placement requested",
        "placed": "Placed",
        "completed": "Rotation completed",
    },
    "cv_status": {
        "parsed": "CV read",
        "needs_ocr": "scanned CV without text",
        "error": "CV could not be read",
        "missing": "no CV received",
    },
    "booking_status": {
        "pending": "being booked",
        "booked": "booked",
        "done": "held",
        "no_show": "missed by the applicant",
        "cancelled": "cancelled",
    },
    "email_kind": {
        "application_received": "Application received",
        "cv_needed": "CV needed",
        "cv_nudge": "CV reminder",
        "consult_booked": "Consultation booked",
        "consult_rescheduled": "Consultation moved",
        "consult_cancelled": "Consultation cancelled",
        "reminder_24h": "Reminder, 24 hours before",
        "reminder_1h": "Reminder, 1 hour before",
        "followup": "Follow-up after the consultation",
        "no_show": "Missed consultation",
        "advisor_brief": "Advisor's brief",
        "advisor_rescheduled": "Advisor told: consultation moved",
        "advisor_cancelled": "Advisor told: consultation cancelled",
        "ops_alert": "Ops alert",
        "ops_report": "Nightly ops report",
        "consult_offer": "Choose a consultation time",
        "offer_reminder": "Reminder: choose a time",
        "placement_request": "Placement request to the preceptor",
        "placement_reminder": "Placement request reminder",
        "placement_confirmed": "Rotation confirmed",
        "placement_declined": "Placement declined or unanswered",
        "placement_unanswered": "Ops alert: placement unanswered",
        "placement_checklist": "Rotation checklist",
        "placement_thanks": "Thank-you and letter request to the preceptor",
        "placement_feedback": "Feedback request after the rotation",
    },
    "email_state": {
        "queued": "queued",
        "sending": "sending",
        "sent": "sent",
        "failed": "failed",
        "suppressed": "not sent: address suppressed",
        "skipped": "not sent: no longer due",
    },
    # Matching rules, as "why a preceptor is not open to this applicant" (ops) ...
    "rule": {
        "specialty": "different specialty",
        "rotation_type": "rotation type not offered",
        "dates_capacity": "no free seat in the wanted months",
        "visa": "visa not accepted",
        "step2ck": "Step 2 CK below the minimum",
        "ecfmg": "ECFMG certification required",
        "years_since_graduation": "graduated too long ago",
        "img_friendly": "not open to international graduates",
    },
    # ... and as something the applicant can act on (the follow-up for unmatched applicants).
    "rule_advice": {
        "specialty": "None of our preceptors offers the specialty you chose yet; a related specialty may open doors.",
        "rotation_type": "The preceptors in your specialty do not offer the rotation type you asked for; "
        "an observership or telehealth rotation may be possible.",
        "dates_capacity": "The preceptors in your specialty have no free seat in the months you chose; "
        "a later start month gives more options.",
        "visa": "The preceptors in your specialty do not host applicants on your visa type.",
        "step2ck": "The preceptors in your specialty ask for a USMLE Step 2 CK score we do not have on file "
        "(or a higher one); send us your score report when you have it.",
        "ecfmg": "The preceptors in your specialty require ECFMG certification; tell us when you are certified.",
        "years_since_graduation": "The preceptors in your specialty take graduates of recent years only.",
        "img_friendly": "The preceptors in your specialty do not host international medical graduates yet.",
    },
    # ... and when the applicant simply has not told us the fact the rule needs.
    "rule_missing": {
        "step2ck": "We have no USMLE Step 2 CK score on file, and the preceptors in your specialty ask for one: "
        "send us your score report when you have it.",
        "ecfmg": "We have no ECFMG status on file, and the preceptors in your specialty require certification: "
        "reply with your ECFMG status.",
        "visa": "We have no visa status on file, and the preceptors in your specialty need it: "
        "reply with the visa you will travel on.",
        "years_since_graduation": "We have no graduation year on file: reply with it so we can check the "
        "preceptors' limits.",
        "dates_capacity": "We have no preferred start month on file: reply with the month you would like to start.",
    },
    "funnel_stage": {
        "applied": "Applied",
        "cv_parsed": "CV parsed",
        "matched": "Matched",
        "booked": "Booked",
        "consulted": "Consulted",
        "followed_up": "Follow-up sent",
        "placed": "Placed",
        "completed": "Rotation completed",
    },
    "source": {"google_form": "Google Form", "partner_referrals": "Partner referrals"},
    # What needs ops today (include/attention.py), and the rerun step that usually fixes it.
    "attention": {
        "quarantined_application": "Rejected form row",
        "quarantined_roster": "Rejected roster row",
        "cv_missing": "CV missing",
        "cv_error": "CV unreadable",
        "cv_needs_ocr": "CV is a scan",
        "discrepancy": "Form and CV disagree",
        "unmatched": "No eligible preceptor",
        "unbooked": "Matched, no consultation booked",
        "pending": "Booking stuck pending",
        "no_video_link": "Consultation without a video link",
        "email_failed": "Email failed",
        "email_unknown": "Email outcome unknown",
        "pin": "Pin not honored",
        "offer_expired": "Booking link expired, no time picked",
        "placement_waiting": "Placement request unanswered",
        "placement_items_open": "Rotation started with checklist items open",
    },
    "action": {
        "cv": "Re-check CV",
        "match": "Re-match",
        "book": "Book again",
        "notify": "Re-send email",
    },
    # The same states as column and row headings: the nightly report's count sections and the Funnel page.
    "applicant_count": {
        "total": "All applicants",
        "new": "New",
        "needs_cv": "Waiting for a CV",
        "parsed": "CV read",
        "matched": "Matched",
        "booked": "Consultation booked",
        "consulted": "Consulted",
        "no_show": "Missed the consultation",
        "placement_requested": "Placement requested",
        "placed": "Placed (rotation confirmed)",
        "completed": "Rotation completed",
    },
    "email_count": {
        "queued": "Waiting to send",
        "sending": "Sending",
        "sent": "Sent",
        "failed": "Failed",
        "suppressed": "Not sent (unsubscribed or bounced)",
        "skipped": "Skipped",
    },
    # Offer mode (include/scheduling/offer.py): the applicant picks the time on the booking page.
    "offer_state": {
        "offered": "link sent",
        "opened": "link opened",
        "booked": "time picked",
        "cancelled": "cancelled by the applicant",
        "expired": "expired, no time picked",
    },
    # Why the booking page refused a link (include/links/tokens.py codes), as the page says it.
    "link_refused": {
        "malformed": "This link is incomplete. Please open it again from your email; it may have been cut when copied.",
        "tampered": "This link is not valid. Please open it again from your email.",
        "unknown": "This link is not valid. Please open it again from your email.",
        "expired": "This link has expired.",
        "wrong_purpose": "This link is not valid for this page.",
        "revoked": "This link has been replaced or withdrawn. Please use the newest email we sent you.",
        "used": "This link has already been used.",
    },
    "booking_count": {
        "pending": "Waiting for the calendar",
        "booked": "Upcoming",
        "done": "Done",
        "no_show": "No-show",
        "cancelled": "Cancelled",
    },
    "intake_count": {
        "rows_read": "Rows read",
        "rows_new": "New rows",
        "applicants_new": "New applicants",
        "applicants_updated": "Applicants updated",
        "rejected": "Rows rejected",
        "rejected_by_reason": "Rejected",
        "duplicates": "Duplicate rows",
        "sources_failed": "Sources that could not be read",
    },
    "report_count": {
        "applicants_total": "Applicants",
        "quarantined_rows": "Rows set aside (quarantined)",
        "last_intake_rows_read": "Last intake: rows read",
        "last_intake_accepted": "Last intake: rows accepted",
        "last_intake_rejected": "Last intake: rows rejected",
        "last_intake_superseded": "Last intake: rows superseded by a newer one",
        "last_intake_applicants_new": "Last intake: new applicants",
        "last_intake_applicants_updated": "Last intake: applicants updated",
        "last_intake_unchanged": "Last intake: rows unchanged",
    },
}

# Placements (issue 18): the request's state, and the checklist items as applicants and ops read them.
LABELS["placement_state"] = {
    "requested": "requested, seat held",
    "confirmed": "confirmed",
    "declined": "declined by the preceptor",
    "expired": "no answer: seat released",
    "cancelled": "cancelled",
    "completed": "completed",
}
LABELS["checklist_item"] = {
    "immunizations": "Immunization records (MMR, varicella, hepatitis B, Tdap, TB test, flu)",
    "bls": "BLS certification (American Heart Association)",
    "insurance": "Health insurance and malpractice cover for the rotation",
    "visa_letter": "Visa support letter for your rotation",
    "background_check": "Background check",
    "drug_screen": "Drug screen",
    "hipaa": "HIPAA training certificate",
    "cv": "Up-to-date CV",
}

_COUNT_PREFIXES = (
    ("applicants_", "Applicants", "applicant_status"),
    ("emails_", "Emails", "email_state"),
    ("bookings_", "Consultations", "booking_status"),
)


def label(group: str, code: str | None, missing: str = NOT_ON_FILE) -> str:
    """The human label of ``code`` in ``group`` (e.g. ``label("visa_status", "j1")`` -> "J-1 visa")."""
    if code is None or code == "":
        return missing
    known = LABELS[group].get(str(code))
    return known if known is not None else str(code).replace("_", " ")


def labels(group: str, codes: Iterable[str] | None, missing: str = NOT_ON_FILE) -> str:
    """Several codes as one comma-separated phrase."""
    words = [label(group, c) for c in codes or () if c]
    return ", ".join(words) if words else missing


_CODED = ("rotation_type", "visa_status", "ecfmg_status")
_CODE_WORD = re.compile(
    r"\b("
    + "|".join(sorted({c for g in _CODED for c in LABELS[g] if "_" in c or c[-1].isdigit()}, key=len, reverse=True))
    + r")\b"
)


def humanize(text: str) -> str:
    """A sentence written by a rule (``offers hands_on``) with the codes in it replaced by their labels."""

    def word(m: re.Match[str]) -> str:
        code = m.group(1)
        return next(LABELS[g][code] for g in _CODED if code in LABELS[g])

    return _CODE_WORD.sub(word, text)


def report_count(key: str) -> str:
    """A nightly-report counter as words: ``emails_failed`` -> "Emails, failed"."""
    known = LABELS["report_count"].get(key)
    if known:
        return known
    if key.startswith("last_intake_rejected_by_reason (") and key.endswith(")"):
        return f"Last intake: rejected, {key.split('(', 1)[1][:-1]}"
    for prefix, noun, group in _COUNT_PREFIXES:
        if key.startswith(prefix):
            return f"{noun}, {label(group, key[len(prefix) :])}"
    return key.replace("_", " ").capitalize()


def step1(value: str | None) -> str:
    """USMLE Step 1 as stored ("pass", "fail" or an old three-digit score)."""
    if not value:
        return NOT_ON_FILE
    return value.capitalize() if value.isalpha() else value


def zone_label(tz_name: str, at: datetime) -> str:
    """ "Manila time, UTC+8": the city and the offset at ``at``; bare "UTC" for UTC."""
    offset = at.astimezone(ZoneInfo(tz_name)).utcoffset() or timedelta(0)
    if tz_name in {"UTC", "Etc/UTC", "Etc/GMT", "GMT"}:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"  # ASCII: a U+2212 forces an encoded Subject header
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    if tz_name.startswith("Etc/") or "/" not in tz_name:
        return utc
    city = tz_name.rsplit("/", 1)[-1].replace("_", " ")
    return f"{city} time, {utc}"
