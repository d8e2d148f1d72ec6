"""What needs ops today: one list behind the nightly report, the Needs-attention page and the CLI summary.

Each item names the applicant by id (never by contact details), says why in words, and names the one
action that usually fixes it (a rerun step), when there is one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, String, cast, func, literal, select

from include.cv.merge import describe
from include.labels import LABELS
from include.matching.reasons import first_rule_counts
from include.store import tables as t

CV_PROBLEMS = ("missing", "error", "needs_ocr")
PENDING_STALE = timedelta(hours=1)
NO_SLOT = "no free advisor slot in the applicant's daytime"


@dataclass(frozen=True)
class AttentionItem:
    """One thing ops should look at. ``step`` is the rerun step that usually fixes it (None: fix by hand)."""

    category: str
    applicant_id: int | None
    ref: str
    reason: str
    step: str | None = None
    force: bool = False

    @property
    def title(self) -> str:
        return LABELS["attention"].get(self.category, self.category)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "title": self.title}


def _rule(code: str) -> str:
    return LABELS["rule"].get(code, code.replace("_", " "))


def blocking_rules(conn: Connection, applicant_ids: list[int] | None = None) -> dict[int, list[tuple[str, int]]]:
    """Per applicant, the rules that ruled preceptors out, most preceptors first."""
    return {aid: c.most_common() for aid, c in first_rule_counts(conn, applicant_ids).items()}


def needs_attention(conn: Connection, now: datetime) -> list[AttentionItem]:
    """Every open item, grouped by kind in a stable order (oldest problems first within a kind)."""
    a, o, b, p, q = t.applicants, t.outbox_messages, t.consult_bookings, t.cv_profiles, t.quarantine
    items: list[AttentionItem] = []
    for r in conn.execute(select(q.c.kind, q.c.source, q.c.row_number, q.c.reason).order_by(q.c.id)):
        items.append(AttentionItem(f"quarantined_{r.kind}", None, f"{r.source} row {r.row_number}", r.reason))
    for r in conn.execute(
        select(p.c.applicant_id, p.c.status, p.c.error_reason)
        .where(p.c.status.in_(CV_PROBLEMS))
        .order_by(p.c.applicant_id)
    ):
        items.append(
            AttentionItem(f"cv_{r.status}", r.applicant_id, f"applicant #{r.applicant_id}", r.error_reason or "", "cv")
        )
    for r in conn.execute(select(p.c.applicant_id, p.c.discrepancies).order_by(p.c.applicant_id)):
        if r.discrepancies:
            items.append(
                AttentionItem("discrepancy", r.applicant_id, f"applicant #{r.applicant_id}", describe(r.discrepancies))
            )
    has_rec = select(t.recommendations.c.applicant_id).where(t.recommendations.c.applicant_id == a.c.id).exists()
    has_booking = select(b.c.id).where(b.c.applicant_id == a.c.id, b.c.status != "cancelled").exists()
    # Matching has looked at them (it recorded why preceptors were ruled out, or their CV is read) and
    # found no one; a consultation may still be booked, it does not need a match.
    mf = t.match_failures
    ruled_out = select(mf.c.applicant_id).where(mf.c.applicant_id == a.c.id, mf.c.kept > 0).exists()
    unmatched = list(
        conn.scalars(select(a.c.id).where(~has_rec, ruled_out | (a.c.status == "parsed")).order_by(a.c.id))
    )
    rules = blocking_rules(conn, unmatched)
    for aid in unmatched:
        why = rules.get(aid)
        reason = (
            "; ".join(f"{_rule(rule)} ({n} preceptor{'s' if n != 1 else ''})" for rule, n in why[:3])
            if why
            else "no active preceptor on the roster"
        )
        items.append(AttentionItem("unmatched", aid, f"applicant #{aid}", reason, "match"))
    offer = t.consult_offers
    # Offer mode: an applicant still choosing (or who cancelled) is not stuck; an offer that expired unpicked
    # is (booking.offer_fallback: ops) and listed once, as such.
    offered = select(offer.c.applicant_id).where(offer.c.applicant_id == a.c.id).exists()
    for r in conn.execute(
        select(offer.c.applicant_id, offer.c.closed_at).where(offer.c.state == "expired").order_by(offer.c.closed_at)
    ):
        why = "no time picked on the booking page; book the best slot, or resend the link from the applicant's page"
        items.append(AttentionItem("offer_expired", r.applicant_id, f"applicant #{r.applicant_id}", why, "book"))
    for aid in conn.scalars(select(a.c.id).where(has_rec, ~has_booking, ~offered).order_by(a.c.id)):
        items.append(
            AttentionItem(
                "unbooked", aid, f"applicant #{aid}", "no free advisor slot in the applicant's daytime", "book"
            )
        )
    for r in conn.execute(
        select(b.c.id, b.c.applicant_id).where(b.c.status == "pending", b.c.updated_at < now - PENDING_STALE)
    ):
        items.append(
            AttentionItem("pending", r.applicant_id, f"applicant #{r.applicant_id}", f"booking {r.id}", "book")
        )
    adv = t.advisors
    no_link = conn.execute(
        select(b.c.applicant_id)
        .join(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.status == "booked", func.coalesce(b.c.meet_link, "") == "", func.coalesce(adv.c.video_url, "") == "")
        .order_by(b.c.start_at)
    )
    for r in no_link:  # everyone was told ops will email the link (include/scheduling/video.py)
        why = "email the link to the applicant and the advisor before the call"
        items.append(AttentionItem("no_video_link", r.applicant_id, f"applicant #{r.applicant_id}", why, None))
    for r in conn.execute(
        select(o.c.message_key, o.c.applicant_id, o.c.kind, o.c.error).where(o.c.state == "failed").order_by(o.c.id)
    ):
        unknown = "outcome unknown" in (r.error or "").lower()
        ref = f"applicant #{r.applicant_id}: {r.kind}" if r.applicant_id else r.message_key
        # An unknown outcome may have been delivered: re-sending is a person's decision, hence force.
        items.append(
            AttentionItem(
                "email_unknown" if unknown else "email_failed",
                r.applicant_id,
                ref,
                r.error or "",
                "notify" if r.applicant_id else None,
                force=True,
            )
        )
    items += placement_items(conn, now)
    from include.matching.overrides import unhonored_pins

    for pin in unhonored_pins(conn):
        items.append(
            AttentionItem(
                "pin",
                pin["applicant_id"],
                f"applicant #{pin['applicant_id']} / preceptor {pin['preceptor_id']}",
                pin["reason"],
                "match",
            )
        )
    return items


def placement_items(conn: Connection, now: datetime) -> list[AttentionItem]:
    """Requests the preceptor has not answered after the reminder; rotations started with checklist items open."""
    from include.placements.model import starts_at

    pl, o, c = t.placements, t.outbox_messages, t.placement_checklist
    items = []
    key = literal("placement_reminder:", String) + cast(pl.c.id, String)
    reminded = select(o.c.id).where(o.c.message_key == key).exists()
    for r in conn.execute(
        select(pl.c.id, pl.c.applicant_id, pl.c.preceptor_id, pl.c.created_at)
        .where(pl.c.state == "requested", reminded)
        .order_by(pl.c.created_at)
    ):
        why = f"preceptor {r.preceptor_id} has not answered since {r.created_at:%Y-%m-%d}, reminder sent"
        items.append(AttentionItem("placement_waiting", r.applicant_id, f"applicant #{r.applicant_id}", why))
    for r in conn.execute(
        select(pl.c.id, pl.c.applicant_id, pl.c.months).where(pl.c.state == "confirmed").order_by(pl.c.id)
    ):
        if now < starts_at(r.months):
            continue
        missing = list(conn.scalars(select(c.c.item).where(c.c.placement_id == r.id, c.c.done_at.is_(None))))
        if missing:
            why = f"started {starts_at(r.months):%Y-%m-%d}; open: " + ", ".join(
                LABELS["checklist_item"].get(m, m) for m in missing
            )
            items.append(AttentionItem("placement_items_open", r.applicant_id, f"applicant #{r.applicant_id}", why))
    return items


LEGACY_KINDS = {
    "quarantined_application": "quarantined application row",
    "quarantined_roster": "quarantined roster row",
    "cv_missing": "CV missing",
    "cv_error": "CV error",
    "cv_needs_ocr": "CV needs_ocr",
    "discrepancy": "form and CV disagree",
    "unmatched": "no consultation booked",
    "unbooked": "no consultation booked",
    "pending": "booking stuck pending",
    "no_video_link": "consultation without a video link",
    "email_failed": "email failed",
    "email_unknown": "email failed",
    "pin": "pin not honored",
    "offer_expired": "booking link expired",
    "placement_waiting": "placement request unanswered",
    "placement_items_open": "rotation started with checklist items open",
}


def legacy(item: AttentionItem) -> dict[str, str]:
    """The report's original ``{kind, ref, reason}`` row (other stages' tests and tools read it)."""
    return {"kind": LEGACY_KINDS.get(item.category, item.category), "ref": item.ref, "reason": item.reason}


def attention_counts(items: list[AttentionItem]) -> dict[str, int]:
    """Items per category, in the order they are listed."""
    return dict(Counter(i.category for i in items))
