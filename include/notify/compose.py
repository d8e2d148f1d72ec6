"""One outbox message from the current facts: its recipient, context, invitation (.ics) and rendering.

Called just before sending (``dispatch``) and by the staff preview with the same row and time, so a
preview is what would be sent. Applicants get the branded layout with the unsubscribe footer; staff
(advisors, ops) get the staff layout, outside the unsubscribe group. Every booking message reads its video
link from ``scheduling.video`` and its times with city and offset, so email, .ics, brief and UI agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from include.backends.calendar import event_ics
from include.backends.mail import Attachment, Message
from include.labels import label
from include.matching.score import explain
from include.notify.brief import advisor_briefs, salutation
from include.notify.plan import TOLD_STATES
from include.notify.render import KINDS, STAFF_KINDS, first_name, plain, render_email
from include.notify.unmatched import top_blockers
from include.placements.emails import placement_context
from include.placements.links import request_link
from include.placements.messages import PLACEMENT_KINDS
from include.runtime import Runtime
from include.scheduling.book import booking_query, spec_from_row
from include.scheduling.choose import format_local
from include.scheduling.video import NO_LINK, video_link
from include.store import tables as t
from include.timeutil import as_utc

# Every kind but these is about one consultation booking.
OFFER_KINDS = frozenset({"consult_offer", "offer_reminder"})  # a link to pick a time (include/scheduling/offer.py)
BOOKING_KINDS = (
    frozenset(KINDS)
    - {"application_received", "cv_needed", "cv_nudge", "ops_alert", "ops_report"}
    - OFFER_KINDS
    - PLACEMENT_KINDS
)
ADVISOR_KINDS = frozenset({"advisor_brief", "advisor_rescheduled", "advisor_cancelled"})
# Kinds whose context ``build_message`` reads through its connection; every other kind renders from ``Facts``
# alone, so the sender builds it on a sender thread, without a connection.
CONTEXT_FROM_DB = OFFER_KINDS | PLACEMENT_KINDS | {"followup"}
ICS_KINDS = frozenset({"consult_booked", "consult_rescheduled", "consult_cancelled"} | ADVISOR_KINDS)
CANCEL_KINDS = frozenset({"consult_cancelled", "advisor_cancelled"})
NEXT_STEPS = (
    "Reply to this email with the rotation you would like us to request.",
    "Make sure your CV and USMLE documents are up to date.",
    "Seats are limited; we hold a seat for 7 days once you confirm.",
)
# With a pick link, the first step is the button under the recommendations.
PICK_STEP = "Choose the rotation you would like us to request with the button above; we hold the seat while the "
PICK_STEP += "preceptor answers."
UNMATCHED_STEPS = (
    "Reply to this email if any of the details above have changed, or if you can widen your choices "
    "(another specialty, more states, a later start month or another rotation type).",
    "Send us new documents (for example a USMLE score report) as soon as you have them; we match again every night.",
    "We will email you as soon as a preceptor who fits your profile joins our roster.",
)


@dataclass(frozen=True)
class Facts:
    """What a batch of outbox rows is rendered from, read in a few queries for the whole batch (not per message):
    applicants by id, bookings (``booking_query`` rows) by id, CV profiles by applicant id, the bookings
    whose advisor's brief may have reached the advisor, the advisors' briefs (as of ``today``) and the
    bookings' manage links by applicant id."""

    applicants: dict[int, Any]
    bookings: dict[str, Any]
    profiles: dict[int, Any]
    told: frozenset[str]
    briefs: dict[int, dict[str, Any]]
    manage_links: dict[int, Any]

    @classmethod
    def load(cls, conn: Connection, rows: list[Any], today: date) -> Facts:
        from include.links.store import latest_many
        from include.scheduling.offer import MANAGE

        a, b, p, o = t.applicants, t.consult_bookings, t.cv_profiles, t.outbox_messages
        aids = sorted({r.applicant_id for r in rows if r.applicant_id is not None})
        bids = sorted({r.booking_id for r in rows if r.booking_id and r.kind in BOOKING_KINDS})
        cv_aids = sorted({r.applicant_id for r in rows if r.kind in {"cv_needed", "cv_nudge"}} - {None})
        notices = sorted({r.booking_id for r in rows if r.booking_id and r.kind in ADVISOR_KINDS - {"advisor_brief"}})
        applicants = {r.id: r for r in conn.execute(select(a).where(a.c.id.in_(aids)))} if aids else {}
        bookings = {r.id: r for r in conn.execute(booking_query().where(b.c.id.in_(bids)))} if bids else {}
        profiles = (
            {r.applicant_id: r for r in conn.execute(select(p).where(p.c.applicant_id.in_(cv_aids)))} if cv_aids else {}
        )
        told = (
            frozenset(
                conn.scalars(
                    select(o.c.booking_id).where(
                        o.c.booking_id.in_(notices), o.c.kind == "advisor_brief", o.c.state.in_(TOLD_STATES)
                    )
                )
            )
            if notices
            else frozenset()
        )
        briefed = sorted({r.applicant_id for r in rows if r.kind in ADVISOR_KINDS} & set(applicants))
        briefs = advisor_briefs(conn, [applicants[i] for i in briefed], today)
        booked = {bk.applicant_id for bk in bookings.values()}
        manage_links = {int(k): v for k, v in latest_many(conn, MANAGE, booked).items()}
        return cls(applicants, bookings, profiles, told, briefs, manage_links)


def build_message(
    conn: Connection | None, rt: Runtime, row: Any, now: datetime | None = None, facts: Facts | None = None
) -> Message:
    """Render outbox row ``row`` from the current facts at ``now``; LookupError when they are gone.

    ``facts``: what ``Facts.load`` read for the row's whole batch (read for this row alone when not given).
    ``conn`` may be None with ``facts`` for a kind not in ``CONTEXT_FROM_DB`` (built on a sender thread).
    """
    mail = rt.settings.mail
    now = as_utc(now or row.created_at)
    facts = facts or Facts.load(conn, [row], now.date())
    ap = facts.applicants.get(row.applicant_id)
    if ap is None:
        raise LookupError("applicant no longer exists")
    kind = row.kind
    staff = kind in STAFF_KINDS
    ctx: dict[str, Any] = {
        "applicant": {"first_name": first_name(ap.full_name, ap.given_name, ap.country), "full_name": ap.full_name}
    }
    link = None if staff else rt.backends.mailer.unsubscribe_link
    if link:
        ctx["brand"] = {"unsubscribe_url": link}
    attachments: tuple[Attachment, ...] = ()
    if kind == "application_received":
        ctx |= {"specialties": ap.specialties or [], "preferred_start": month_words(ap.preferred_start)}
    elif kind in {"cv_needed", "cv_nudge"}:
        ctx |= _cv_context(facts, row)
        ctx["upload_url"] = mail.upload_cv_url
    elif kind in OFFER_KINDS:
        ctx["offer"] = _offer_context(conn, rt, ap, row)
    if kind in BOOKING_KINDS:
        if not row.booking_id:
            raise LookupError(f"{kind} needs a consultation booking")
        booking, spec = _booking_context(facts, rt, row.booking_id, ap.timezone, now)
        ctx["booking"] = booking
        ctx["previous_start_applicant"] = booking["previous_start_applicant"]
        ctx["rebook_url"] = mail.manage_booking_url
        if kind in ICS_KINDS:
            status = "CANCELLED" if kind in CANCEL_KINDS else "CONFIRMED"
            ics = event_ics(spec, spec.booking_id, status=status, meet_link=booking["video_link"], stamp=now)
            attachments = (Attachment("consultation.ics", ics, "text/calendar"),)
    if kind == "followup":
        ctx["recommendations"] = _recommendations(conn, rt, ap.id)
        ctx["next_steps"] = list(NEXT_STEPS if ctx["recommendations"] else UNMATCHED_STEPS)
        ctx["missing"] = [] if ctx["recommendations"] else _missing(conn, ap, now)
        ctx["request_url"] = request_link(conn, rt, ap.id, now) if ctx["recommendations"] else ""
        if ctx["request_url"]:
            ctx["next_steps"][0] = PICK_STEP
    to_email, to_name = ap.email, ap.full_name
    recipient = None
    if kind in PLACEMENT_KINDS:
        placement, recipient = placement_context(conn, rt, row, now)
        ctx |= placement
    if recipient is not None:  # the preceptor (or their coordinator), or ops
        to_email, to_name = recipient
    elif kind in ADVISOR_KINDS:  # to the advisor, never the applicant (the brief stays off the shared event)
        advisor = facts.bookings[row.booking_id]
        to_email, to_name = advisor.advisor_email, advisor.advisor_name
        told = kind == "advisor_brief" or row.booking_id in facts.told
        ctx |= {
            "advisor_name": salutation(advisor.advisor_name),
            "brief": facts.briefs[ap.id],
            "include_brief": not told,
        }
    elif staff and kind not in PLACEMENT_KINDS:
        to_email, to_name = mail.ops_email, "clerkflow ops"
    rendered = render_email(kind, ctx, mail)
    return Message(
        key=row.message_key,
        kind=kind,
        applicant_id=ap.id,
        to_email=to_email,
        to_name=to_name,
        subject=rendered.subject,
        html=rendered.html,
        text=rendered.text,
        from_email=mail.from_email,
        from_name=mail.from_name,
        reply_to=mail.reply_to,
        attachments=attachments,
        categories=(kind,),
        unsubscribe_url=None if link or staff else (mail.unsubscribe_url or None),
        internal=staff,
    )


def month_words(value: str | None) -> str | None:
    """ "2027-03" as "March 2027" (what the applicant wrote, readable)."""
    try:
        return datetime.strptime(value or "", "%Y-%m").strftime("%B %Y")
    except ValueError:
        return value


def applicant_reason(status: str, error_reason: str | None) -> tuple[str, str]:
    """The template's reason code and one sentence the applicant can act on, from our internal CV reason.

    Internal reasons name parsers, limits and Drive ids; none of that is useful (or safe) in the email.
    """
    why = (error_reason or "").lower()
    if status == "needs_ocr":
        return "needs_ocr", ""
    if status == "missing":
        if "no cv link" in why:
            return "missing", ""
        if "no access" in why:
            return "not_found", "The file's sharing settings don't let us open it; please upload it directly."
        if "not a" in why and "link" in why:
            return "not_found", "The CV link in your application doesn't point to a file we can open."
        if "limit" in why or "too large" in why:
            return "unreadable", "The file is too large for us to process; please send a smaller copy."
        return "not_found", ""
    if "encrypted" in why or "password" in why:
        return "unreadable", "The file is password-protected."
    if "unsupported" in why or "not a document" in why:
        # Photos are read too, but the email goes on to advise against them: name only the formats we recommend.
        return "unreadable", "We can read PDF, Word (.docx), OpenDocument (.odt), RTF and plain-text files."
    if "empty" in why or "no text" in why:
        return "unreadable", "The file appears to be empty."
    if any(w in why for w in ("too large", "memory", "timed out", "zip bomb")):
        return "unreadable", "The file is too large or complex for us to process; please send a simpler copy."
    return "unreadable", ""


def starts_in(start: datetime, now: datetime) -> str:
    """How long until ``start``, as a reminder says it: "45 minutes", "about 1 hour", "about 23 hours"."""
    minutes = max(0, round((as_utc(start) - as_utc(now)).total_seconds() / 60))
    if minutes < 50:
        return f"{minutes} minutes"
    hours = max(1, round(minutes / 60))
    return f"about {hours} hour{'s' if hours != 1 else ''}"


def _cv_context(facts: Facts, row: Any) -> dict[str, Any]:
    prof = facts.profiles.get(row.applicant_id)
    reason, text = applicant_reason(prof.status if prof else "missing", prof.error_reason if prof else None)
    ctx: dict[str, Any] = {"reason": reason, "reason_text": text}
    if row.kind == "cv_nudge":
        ctx["nudge_number"] = int(row.message_key.rsplit(":", 1)[-1])
    return ctx


def _booking_context(
    facts: Facts, rt: Runtime, bid: str, applicant_tz: str | None, now: datetime
) -> tuple[dict[str, Any], Any]:
    row = facts.bookings.get(bid)
    if row is None:
        raise LookupError("booking no longer exists")
    tz = applicant_tz or "UTC"
    start = as_utc(row.start_at)
    previous = as_utc(row.previous_start_at) if row.previous_start_at else None
    booking = {
        "advisor_name": row.advisor_name,
        "start_applicant": format_local(start, tz),
        "start_advisor": format_local(start, row.timezone),
        "duration_minutes": int((as_utc(row.end_at) - start).total_seconds() // 60),
        "video_link": video_link(row.meet_link, row.video_url),
        "no_video_link": NO_LINK,
        "manage_url": _manage_url(rt, facts.manage_links.get(row.applicant_id)),
        "starts_in": starts_in(start, now),
        "previous_start_applicant": format_local(previous, tz) if previous else "",
        "previous_start_advisor": format_local(previous, row.timezone) if previous else "",
        "sequence": row.sequence,
        "status": label("booking_status", row.status),
    }
    spec = spec_from_row(row, rt.settings.mail.from_email)
    # The attendee's name is applicant data: no line breaks into the ICS.
    return booking, replace(spec, attendee_name=plain(spec.attendee_name))


def _offer_context(conn: Connection, rt: Runtime, ap: Any, row: Any) -> dict[str, Any]:
    """The pick link of the offer this message belongs to (its send number is the key's last part)."""
    from include.hooks import link_secret
    from include.scheduling.offer import PICK, pick_link_row

    offer, link = pick_link_row(conn, row.applicant_id)
    if offer is None or link is None or row.message_key.rsplit(":", 1)[-1] != str(offer.sends):
        raise LookupError("this booking link was replaced or withdrawn")
    cfg = rt.settings.booking
    tz = ap.timezone or "UTC"
    return {
        "pick_url": page_url(rt, "b", link_secret(), link),
        "duration_minutes": _slot_minutes(conn),
        "valid_until": format_local(as_utc(link.expires_at), tz),
        "fallback_at": format_local(as_utc(offer.fallback_at), tz),
        "auto_book": cfg.offer_fallback == "auto",
        "purpose": PICK,
    }


def page_url(rt: Runtime, path: str, key: bytes, link: Any) -> str:
    """The booking page's address for a stored link (``b``: pick a time, ``m``: manage the booking)."""
    from include.links.store import token_for

    return f"{rt.settings.booking.page_url}/{path}/{token_for(key, link)}"


def _manage_url(rt: Runtime, link: Any) -> str:
    """The booking's own manage link (``Facts.manage_links``) when it was booked through an offer, else the
    configured page."""
    if link is None:
        return rt.settings.mail.manage_booking_url
    from include.hooks import link_secret

    return page_url(rt, "m", link_secret(), link)


def _slot_minutes(conn: Connection) -> int:
    """The consultation's length as advisors offer it (the commonest ``slot_minutes``; 30 when unset)."""
    adv = t.advisors
    minutes = [m for m in conn.scalars(select(adv.c.slot_minutes).where(adv.c.active)) if m]
    return max(set(minutes), key=minutes.count) if minutes else 30


def _recommendations(conn: Connection, rt: Runtime, applicant_id: int) -> list[dict[str, Any]]:
    r, pr = t.recommendations, t.preceptors
    rows = conn.execute(
        select(r.c.score, r.c.components, r.c.fallback, r.c.conditions, pr)
        .join(pr, pr.c.id == r.c.preceptor_id)
        .where(r.c.applicant_id == applicant_id)
        .order_by(r.c.rank)
    )
    weights = rt.settings.matching.get("weights")
    return [
        {
            "name": x.name,
            "specialty": x.specialty,
            "city": x.city or "",
            "state": x.state or "",
            "score": round(x.score),
            "reasons": explain(x.components, weights, preceptor=dict(x._mapping)),
            # What the advisor offers instead of what was asked, and what must be confirmed first.
            "offered_instead": x.fallback or "",
            "to_confirm": list(x.conditions or []),
        }
        for x in rows
    ]


def _missing(conn: Connection, ap: Any, now: datetime) -> list[str]:
    """What kept the applicant from a match, in words they can act on (most common first)."""
    found = [b.applicant_text for b in top_blockers(conn, ap.id, now.date())]
    return found or [
        "No preceptor on our roster fits your choices yet (specialty, states, start month and rotation type)."
    ]
