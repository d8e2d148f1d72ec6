"""The booking page: the applicant picks, moves or cancels their consultation from the link we emailed.

``/b/{token}`` (a single-use ``consult_pick`` link) shows the free times live, in the applicant's zone (the
browser's, detected by a few lines of JavaScript, or any zone chosen from the list; without JavaScript the
zone we have on file) and books the one chosen through ``book.book_chosen_slot``. ``/m/{token}`` (the
``consult_manage`` link of every booking email) shows the booking, moves it to another time with the same
advisor (``manage.reschedule_to``) or cancels it (``manage.cancel_booking``). Every change queues its
emails in the outbox and sends this applicant's due ones right after the response.

Nothing here trusts the form: the chosen time must be one the live computation still offers, and the
booking code re-checks it under the advisor's lock. Two people clicking the same time get one booking;
the other gets a page saying the time was just taken, with the times still free.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from include.labels import label, zone_label
from include.links import store as links
from include.links.tokens import TokenError
from include.scheduling import offer
from include.scheduling.choose import format_local
from include.scheduling.slots import load_zone
from include.store import tables as t
from include.timeutil import as_utc
from include.web.app import Web, web

log = logging.getLogger(__name__)
router = APIRouter()

# The zone picker's list (the applicant's own and the browser's are added when missing).
ZONES = (
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/New_York",
    "America/Toronto",
    "America/Mexico_City",
    "America/Bogota",
    "America/Lima",
    "America/Caracas",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Atlantic/Azores",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Africa/Lagos",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Rome",
    "Europe/Warsaw",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Europe/Athens",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Riyadh",
    "Africa/Nairobi",
    "Asia/Tehran",
    "Asia/Dubai",
    "Asia/Kabul",
    "Asia/Karachi",
    "Asia/Tashkent",
    "Asia/Kolkata",
    "Asia/Colombo",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Yangon",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Ho_Chi_Minh",
    "Asia/Shanghai",
    "Asia/Manila",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Pacific/Auckland",
)


# ---- helpers --------------------------------------------------------------------------------------------


def _zone(wanted: str | None, fallback: str | None) -> str:
    """The zone to show times in: the one asked for if it is a real IANA zone, else the applicant's."""
    for name in (wanted, fallback, "UTC"):
        if not name or len(name) > 64:
            continue
        try:
            load_zone(name)
        except ValueError:
            continue
        return name
    return "UTC"


def _zones(current: str, now: datetime) -> list[tuple[str, str]]:
    names = list(ZONES) if current in ZONES else [current, *ZONES]
    # The offset is today's: a day across a DST change shows its own in its heading.
    return sorted(((n, _now_label(n, now)) for n in names), key=lambda z: (_offset(z[0], now), z[1]))


def _now_label(name: str, now: datetime) -> str:
    """ "New York time (now UTC-5)"."""
    text = zone_label(name, as_utc(now).astimezone(load_zone(name)))
    city, _, offset = text.partition(", ")
    return f"{city} (now {offset})" if offset else text


def _offset(name: str, now: datetime) -> float:
    offset = as_utc(now).astimezone(load_zone(name)).utcoffset()
    return offset.total_seconds() if offset else 0.0


def _days(items: list[offer.Offered], tz_name: str) -> list[dict[str, Any]]:
    """Offered times grouped by the local day, each day with its zone label (it changes across DST)."""
    tz = load_zone(tz_name)
    days: list[dict[str, Any]] = []
    for item in items:
        local = as_utc(item.slot.start).astimezone(tz)
        day = local.date()
        if not days or days[-1]["date"] != day:
            days.append(
                {
                    "date": day,
                    "title": f"{local:%A} {local.day} {local:%B %Y}",
                    "zone": zone_label(tz_name, local),
                    "times": [],
                }
            )
        days[-1]["times"].append(
            {
                "value": item.value,
                "time": f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}",
                "full": format_local(item.slot.start, tz_name),
                "advisor": item.advisor_name,
                "id": f"slot-{item.value.replace('|', '-')}",
            }
        )
    return days


def _refused(w: Web, request: Request, reason: str, booked: bool = False) -> HTMLResponse:
    status = 410 if reason in {"expired", "used", "revoked"} else 403
    log.info("link refused: %s", reason)
    ctx = {"title": "This link cannot be used", "reason": reason, "message": label("link_refused", reason)}
    ctx["booked"] = booked
    return w.page(request, "booking/refused.html", ctx, status=status)


def _has_live_booking(conn: Any, applicant_id: int) -> bool:
    b = t.consult_bookings
    status = conn.scalar(select(b.c.status).where(b.c.applicant_id == applicant_id))
    return status in {"pending", "booked"}


def _send_due(w: Web, applicant_id: int) -> None:
    """Send this applicant's due emails now (the notify stage would, a few minutes later; the outbox keeps it once)."""
    from include.notify.dispatch import dispatch

    try:
        dispatch(w.rt, w.now(), applicant_ids=[applicant_id])
    except Exception as exc:  # the notify stage sends it on its next run
        log.warning("sending after a booking change failed (%s); left queued", type(exc).__name__)


def _check(w: Web, token: str, purpose: str) -> tuple[Any, Any]:
    with w.rt.engine.connect() as conn:
        return links.check(conn, w.key, token, purpose, w.now())


# ---- pick a time ----------------------------------------------------------------------------------------


@router.get("/b/{token}", response_class=HTMLResponse)
def pick_page(request: Request, token: str, tz: str | None = None) -> Response:
    w = web(request)
    now = w.now()
    try:
        claims, link = _check(w, token, offer.PICK)
    except TokenError as exc:
        return _pick_refused(w, request, token, exc.reason)
    aid = int(claims.subject)
    with w.rt.engine.begin() as conn:
        applicant = offer.applicant_facts(conn, aid)
        if applicant is None:
            return _refused(w, request, "unknown")
        offer.mark_opened(conn, aid, link.nonce, now)
    return _pick(w, request, token, applicant, _zone(tz, applicant["timezone"]))


def _pick_refused(w: Web, request: Request, token: str, reason: str) -> HTMLResponse:
    """A spent pick link says so, and whether the consultation is booked (its email has the manage link)."""
    booked = False
    if reason == "used":
        from include.links.tokens import verify

        try:
            subject = verify(w.key, token, offer.PICK, w.now() - timedelta(days=3650)).subject
        except TokenError:
            subject = None
        if subject is not None:
            with w.rt.engine.connect() as conn:
                booked = _has_live_booking(conn, int(subject))
    return _refused(w, request, reason, booked=booked)


def _pick(
    w: Web,
    request: Request,
    token: str,
    applicant: dict[str, Any],
    zone: str,
    *,
    taken: bool = False,
    status: int = 200,
) -> HTMLResponse:
    now = w.now()
    items, _avail = offer.offered_slots(w.rt, applicant, zone, now)
    ctx = {
        "title": "Choose a time for your consultation",
        "first_name": _first_name(applicant),
        "days": _days(items, zone),
        "zone": zone,
        "zone_label": zone_label(zone, now),
        "zones": _zones(zone, now),
        "action": f"/b/{token}",
        "taken": taken,
        "horizon_days": w.settings.booking.horizon_days,
        "duration": _duration(items),
    }
    return w.page(request, "booking/pick.html", ctx, status=status)


def _first_name(applicant: dict[str, Any]) -> str:
    from include.notify.render import first_name

    return first_name(applicant["full_name"], applicant.get("given_name"), applicant.get("country"))


def _duration(items: list[offer.Offered]) -> int:
    return int((items[0].slot.end - items[0].slot.start).total_seconds() // 60) if items else 30


@router.post("/b/{token}", response_class=HTMLResponse)
async def pick_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    w = web(request)
    form = await _form(w, request)
    return _book(w, request, token, str(form.get("slot") or ""), str(form.get("tz") or ""), background)


def _book(w: Web, request: Request, token: str, choice: str, tz: str, background: BackgroundTasks) -> Response:
    from include.notify.plan import plan_messages
    from include.scheduling.book import book_chosen_slot

    now = w.now()
    try:
        claims, link = _check(w, token, offer.PICK)
    except TokenError as exc:
        return _pick_refused(w, request, token, exc.reason)
    aid = int(claims.subject)
    with w.rt.engine.connect() as conn:
        applicant = offer.applicant_facts(conn, aid)
    if applicant is None:
        return _refused(w, request, "unknown")
    zone = _zone(tz, applicant["timezone"])
    if not choice:  # the form was sent without a time (no JavaScript, no "required" support)
        return _pick(w, request, token, applicant, zone, status=400)
    every, _avail = offer.offered_slots(w.rt, applicant, zone, now, every=True)
    chosen = next((o for o in every if o.value == choice), None)
    outcome = "taken" if chosen is None else book_chosen_slot(w.rt, aid, chosen.slot, now)
    log.info("pick: %s", outcome)
    if outcome == "taken":
        return _pick(w, request, token, applicant, zone, taken=True, status=409)
    if outcome not in {"booked", "already_booked"}:
        return _refused(w, request, "unknown")
    with w.rt.engine.begin() as conn:
        if outcome == "booked":
            offer.set_timezone(conn, aid, zone, now)
        with contextlib.suppress(TokenError):  # the other tab spent it; the booking is what counts
            links.use(conn, link.nonce, now)
        manage_token = offer.mark_booked(conn, w.rt, w.key, aid, now, by="applicant")
        plan_messages(conn, now, [aid])
    background.add_task(_send_due, w, aid)
    done = "booked" if outcome == "booked" else "already"
    return RedirectResponse(f"/m/{manage_token}?{urlencode({'tz': zone, 'done': done})}", status_code=303)


# ---- the booked consultation ----------------------------------------------------------------------------


def _booking(conn: Any, applicant_id: int) -> Any:
    b, adv = t.consult_bookings, t.advisors
    return conn.execute(
        select(b, adv.c.name.label("advisor_name"), adv.c.timezone.label("advisor_tz"), adv.c.video_url)
        .join(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.applicant_id == applicant_id)
    ).first()


def _manage_ctx(w: Web, token: str, aid: int, tz: str | None) -> tuple[dict[str, Any], Any] | None:
    from include.scheduling.video import NO_LINK, video_link

    with w.rt.engine.connect() as conn:
        applicant = offer.applicant_facts(conn, aid)
        row = _booking(conn, aid)
    if applicant is None or row is None:
        return None
    zone = _zone(tz, applicant["timezone"])
    start = as_utc(row.start_at)
    ctx = {
        "title": "Your consultation",
        "first_name": _first_name(applicant),
        "zone": zone,
        "zones": _zones(zone, w.now()),
        "status": row.status,
        "status_label": label("booking_status", row.status),
        "start": format_local(start, zone),
        "start_advisor": format_local(start, row.advisor_tz),
        "previous": format_local(as_utc(row.previous_start_at), zone) if row.previous_start_at else "",
        "duration": int((as_utc(row.end_at) - start).total_seconds() // 60),
        "advisor": row.advisor_name,
        "video": video_link(row.meet_link, row.video_url),
        "no_video": NO_LINK,
        "base": f"/m/{token}",
        "can_change": row.status == "booked" and start > w.now(),
        "applicant": applicant,
    }
    return ctx, row


def _managed(w: Web, request: Request, token: str, tz: str | None) -> tuple[int, dict[str, Any], Any] | HTMLResponse:
    """The manage link's applicant, the page context and the booking row; or the page refusing the link."""
    try:
        claims, _link = _check(w, token, offer.MANAGE)
    except TokenError as exc:
        return _refused(w, request, exc.reason)
    aid = int(claims.subject)
    found = _manage_ctx(w, token, aid, tz)
    if found is None:
        return _refused(w, request, "unknown")
    return aid, *found


async def _form(w: Web, request: Request) -> Any:
    form = await request.form()
    w.check_form(request, form)
    return form


async def _managed_post(
    w: Web, request: Request, token: str
) -> tuple[Any, datetime, tuple[int, dict[str, Any], Any]] | HTMLResponse:
    """A manage-link form post checked (CSRF, link, booking): the form, the time it is judged at and ``_managed``."""
    form = await _form(w, request)
    now = w.now()
    got = _managed(w, request, token, str(form.get("tz") or ""))
    if isinstance(got, Response):
        return got
    return form, now, got


@router.get("/m/{token}", response_class=HTMLResponse)
def manage_page(request: Request, token: str, tz: str | None = None, done: str | None = None) -> Response:
    w = web(request)
    got = _managed(w, request, token, tz)
    if isinstance(got, Response):
        return got
    _aid, ctx, _row = got
    ctx["done"] = done if done in {"booked", "rescheduled", "already"} else None
    return w.page(request, "booking/manage.html", ctx)


@router.get("/m/{token}/consultation.ics")
def manage_ics(request: Request, token: str) -> Response:
    """The invitation as the emails attach it (same event, same sequence)."""
    from dataclasses import replace

    from include.backends.calendar import event_ics
    from include.notify.render import plain
    from include.scheduling.book import event_spec
    from include.scheduling.video import video_link

    w = web(request)
    try:
        claims, _link = _check(w, token, offer.MANAGE)
    except TokenError as exc:
        return _refused(w, request, exc.reason)
    with w.rt.engine.connect() as conn:
        row = _booking(conn, int(claims.subject))
        if row is None or row.status not in {"booked", "done", "no_show"}:
            return _refused(w, request, "unknown")
        spec = event_spec(conn, row.id, w.settings.mail.from_email)
    spec = replace(spec, attendee_name=plain(spec.attendee_name))
    ics = event_ics(spec, row.id, status="CONFIRMED", meet_link=video_link(row.meet_link, row.video_url), stamp=w.now())
    return Response(
        ics,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="consultation.ics"'},
    )


@router.get("/m/{token}/reschedule", response_class=HTMLResponse)
def reschedule_page(request: Request, token: str, tz: str | None = None) -> Response:
    w = web(request)
    try:
        claims, _link = _check(w, token, offer.MANAGE)
    except TokenError as exc:
        return _refused(w, request, exc.reason)
    return _reschedule_form(w, request, token, int(claims.subject), tz)


def _reschedule_form(
    w: Web, request: Request, token: str, aid: int, tz: str | None, *, taken: bool = False, status: int = 200
) -> HTMLResponse:
    found = _manage_ctx(w, token, aid, tz)
    if found is None:
        return _refused(w, request, "unknown")
    ctx, row = found
    items: list[offer.Offered] = []
    if ctx["can_change"]:
        items, _avail = offer.offered_slots(w.rt, ctx["applicant"], ctx["zone"], w.now(), advisor_id=row.advisor_id)
    ctx |= {
        "title": "Choose a new time",
        "days": _days(items, ctx["zone"]),
        "zone_label": zone_label(ctx["zone"], w.now()),
        "action": f"/m/{token}/reschedule",
        "taken": taken,
    }
    return w.page(request, "booking/reschedule.html", ctx, status=status)


@router.post("/m/{token}/reschedule", response_class=HTMLResponse)
async def reschedule_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    from include.scheduling import manage

    w = web(request)
    got = await _managed_post(w, request, token)
    if isinstance(got, Response):
        return got
    form, now, (aid, ctx, row) = got
    zone = ctx["zone"]
    every, _avail = offer.offered_slots(w.rt, ctx["applicant"], zone, now, advisor_id=row.advisor_id, every=True)
    chosen = next((o for o in every if o.value == form.get("slot")), None)
    if chosen is None:
        return _reschedule_form(w, request, token, aid, zone, taken=bool(form.get("slot")), status=409)
    try:
        manage.reschedule_to(w.rt, aid, chosen.slot, now)
    except manage.SlotTaken:
        return _reschedule_form(w, request, token, aid, zone, taken=True, status=409)
    except manage.BookingError as exc:
        log.info("reschedule refused: %s", type(exc).__name__)
        return _reschedule_form(w, request, token, aid, zone, status=409)
    with w.rt.engine.begin() as conn:
        offer.set_timezone(conn, aid, zone, now)
    background.add_task(_send_due, w, aid)
    return RedirectResponse(f"/m/{token}?{urlencode({'tz': zone, 'done': 'rescheduled'})}", status_code=303)


@router.get("/m/{token}/cancel", response_class=HTMLResponse)
def cancel_page(request: Request, token: str, tz: str | None = None) -> Response:
    w = web(request)
    got = _managed(w, request, token, tz)
    if isinstance(got, Response):
        return got
    _aid, ctx, _row = got
    ctx |= {"title": "Cancel your consultation?", "action": f"/m/{token}/cancel"}
    return w.page(request, "booking/cancel.html", ctx)


@router.post("/m/{token}/cancel", response_class=HTMLResponse)
async def cancel_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    from include.scheduling import manage

    w = web(request)
    got = await _managed_post(w, request, token)
    if isinstance(got, Response):
        return got
    _form_data, now, (aid, ctx, _row) = got
    try:
        manage.cancel_booking(w.rt, aid, now, "cancelled by the applicant on the booking page")
    except manage.BookingError as exc:
        log.info("cancel refused: %s", type(exc).__name__)
        return w.page(request, "booking/manage.html", {**ctx, "done": None, "refused": True}, status=409)
    with w.rt.engine.begin() as conn:
        offer.close_cancelled(conn, aid, now)
    background.add_task(_send_due, w, aid)
    ctx["title"] = "Your consultation is cancelled"
    return w.page(request, "booking/cancelled.html", ctx)
