"""Placement pages (issue 18) on the public service: the applicant picks a rotation, the preceptor answers.

- ``/placement/pick/{token}`` (``placement_pick``, the applicant's, multi-use): their recommended preceptors
  with the start months that still have a seat; choosing one requests it and holds the seat
  (``service.request_placement``, under the seats lock: two tabs cannot hold two seats).
- ``/placement/accept/{token}`` and ``/placement/decline/{token}`` (single-use, the preceptor's): a GET only
  shows the request and a button (mail scanners open links; they must not answer), the POST answers. The
  answer, spending the link and revoking its twin happen in one transaction; a second click, or the other
  link, reads "already answered".

Every change queues its emails and sends this applicant's due ones right after the response.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from include.labels import label
from include.links import store as links
from include.links.tokens import TokenError
from include.placements import service
from include.placements.links import ACCEPT, DECLINE, PICK, ensure_links
from include.placements.model import PlacementError, rotation_dates
from include.store import tables as t
from include.web.app import Web, web

log = logging.getLogger(__name__)
router = APIRouter()


def _refused(w: Web, request: Request, reason: str) -> HTMLResponse:
    status = 410 if reason in {"expired", "used", "revoked"} else 403
    log.info("placement link refused: %s", reason)
    ctx = {"title": "This link cannot be used", "reason": reason, "message": label("link_refused", reason)}
    return w.page(request, "placements/refused.html", ctx, status=status)


def _settled(w: Web, request: Request, token: str, purpose: str, reason: str) -> HTMLResponse:
    """A spent or revoked answer link (this one or its twin was clicked): show how the request was settled."""
    if reason in {"used", "revoked"}:
        from datetime import timedelta

        from include.links.tokens import verify

        try:
            subject = verify(w.key, token, purpose, w.now() - timedelta(days=3650)).subject
        except TokenError:
            subject = None
        if subject is not None:
            with w.rt.engine.connect() as conn:
                info = _placement(conn, int(subject))
            return w.page(request, "placements/answered.html", {"title": "Already answered", "p": info, "late": True})
    return _refused(w, request, reason)


def _send_due(w: Web, applicant_id: int) -> None:
    from include.notify.dispatch import dispatch

    try:
        dispatch(w.rt, w.now(), applicant_ids=[applicant_id])
    except Exception as exc:  # the notify stage sends it on its next run
        log.warning("sending after a placement change failed (%s); left queued", type(exc).__name__)


def _queue(conn: Any, w: Web, applicant_id: int, now: datetime) -> None:
    from include.notify.plan import plan_messages

    ensure_links(conn, now, w.settings.placements, w.key)
    plan_messages(conn, now, [applicant_id], w.settings.placements)


def _day(d: Any) -> str:
    return f"{d.day} {d:%B %Y}"


def _placement(conn: Any, pid: int) -> dict[str, Any]:
    p, pr, a = t.placements, t.preceptors, t.applicants
    row = conn.execute(
        select(p, pr.c.name.label("preceptor"), pr.c.specialty, a.c.full_name, a.c.medical_school, a.c.graduation_year)
        .join(pr, pr.c.id == p.c.preceptor_id)
        .join(a, a.c.id == p.c.applicant_id)
        .where(p.c.id == pid)
    ).one()
    first, last = rotation_dates(row.months)
    return {
        "id": pid,
        "state": row.state,
        "state_label": label("placement_state", row.state),
        "preceptor": row.preceptor,
        "specialty": row.specialty,
        "applicant": row.full_name,
        "school": row.medical_school or "",
        "graduation": row.graduation_year or "",
        "rotation_type": label("rotation_type", row.rotation_type, missing="rotation"),
        "dates": f"{_day(first)} – {_day(last)}",
    }


# ---- the preceptor's answer -----------------------------------------------------------------------------


def _answer_page(w: Web, request: Request, token: str, purpose: str) -> HTMLResponse:
    try:
        with w.rt.engine.begin() as conn:
            claims, link = links.check(conn, w.key, token, purpose, w.now())
            links.opened(conn, link.nonce, w.now())
            info = _placement(conn, int(claims.subject))
    except TokenError as exc:
        return _settled(w, request, token, purpose, exc.reason)
    accept = purpose == ACCEPT
    ctx = {
        "title": "Accept this rotation" if accept else "Decline this rotation",
        "p": info,
        "accept": accept,
        "action": f"/placement/{'accept' if accept else 'decline'}/{token}",
        "open": info["state"] == "requested",
    }
    return w.page(request, "placements/answer.html", ctx)


async def _answer(w: Web, request: Request, token: str, purpose: str, background: BackgroundTasks) -> Response:
    form = await request.form()
    w.check_form(request, form)
    now, accept = w.now(), purpose == ACCEPT
    reason = str(form.get("reason") or "").strip()
    if not accept and not reason:
        with w.rt.engine.connect() as conn:
            try:
                claims, _ = links.check(conn, w.key, token, purpose, now)
            except TokenError as exc:
                return _settled(w, request, token, purpose, exc.reason)
            info = _placement(conn, int(claims.subject))
        ctx = {"title": "Decline this rotation", "p": info, "accept": False, "open": True, "missing_reason": True}
        return w.page(request, "placements/answer.html", {**ctx, "action": f"/placement/decline/{token}"}, 400)
    try:
        with w.rt.engine.begin() as conn:
            claims, link = links.check(conn, w.key, token, purpose, now)
            pid = int(claims.subject)
            if accept:
                row = service.accept_in(conn, pid, now, w.settings.placements, "preceptor")
            else:
                row = service.decline_in(conn, pid, now, reason, "preceptor")
            links.use(conn, link.nonce, now)
            links.revoke(conn, DECLINE if accept else ACCEPT, pid, now)
            _queue(conn, w, row.applicant_id, now)
    except TokenError as exc:
        return _settled(w, request, token, purpose, exc.reason)
    except PlacementError:
        with w.rt.engine.connect() as conn:
            info = _placement(conn, int(links.check(conn, w.key, token, purpose, now)[0].subject))
        return w.page(request, "placements/answered.html", {"title": "Already answered", "p": info, "late": True})
    log.info("placement answered: %s", "accepted" if accept else "declined")
    background.add_task(_send_due, w, row.applicant_id)
    with w.rt.engine.connect() as conn:
        info = _placement(conn, pid)
    return w.page(request, "placements/answered.html", {"title": "Thank you", "p": info, "late": False})


@router.get("/placement/accept/{token}", response_class=HTMLResponse)
def accept_page(request: Request, token: str) -> Response:
    return _answer_page(web(request), request, token, ACCEPT)


@router.post("/placement/accept/{token}", response_class=HTMLResponse)
async def accept_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    return await _answer(web(request), request, token, ACCEPT, background)


@router.get("/placement/decline/{token}", response_class=HTMLResponse)
def decline_page(request: Request, token: str) -> Response:
    return _answer_page(web(request), request, token, DECLINE)


@router.post("/placement/decline/{token}", response_class=HTMLResponse)
async def decline_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    return await _answer(web(request), request, token, DECLINE, background)


# ---- the applicant's pick -------------------------------------------------------------------------------


def _pick_ctx(w: Web, conn: Any, token: str, aid: int) -> dict[str, Any]:
    from include.notify.compose import month_words

    current = service.live_placement(conn, aid)
    ctx: dict[str, Any] = {"title": "Request your rotation", "action": f"/placement/pick/{token}", "current": None}
    if current is not None:
        ctx["current"] = _placement(conn, current.id)
        return ctx
    ctx["options"] = [
        {
            "rank": o.rank,
            "preceptor": o.preceptor,
            "specialty": o.specialty,
            "where": ", ".join(x for x in (o.city, o.state) if x),
            "rotation_type": label("rotation_type", o.rotation_type, missing="rotation"),
            "months": [
                {"value": f"{o.preceptor_id}|{m}", "label": month_words(m), "suggested": m == o.suggested}
                for m in o.months
            ],
        }
        for o in service.options(conn, aid, w.now())
    ]
    return ctx


@router.get("/placement/pick/{token}", response_class=HTMLResponse)
def pick_page(request: Request, token: str) -> Response:
    w = web(request)
    try:
        with w.rt.engine.begin() as conn:
            claims, link = links.check(conn, w.key, token, PICK, w.now())
            links.opened(conn, link.nonce, w.now())
            ctx = _pick_ctx(w, conn, token, int(claims.subject))
    except TokenError as exc:
        return _refused(w, request, exc.reason)
    return w.page(request, "placements/pick.html", ctx)


@router.post("/placement/pick/{token}", response_class=HTMLResponse)
async def pick_submit(request: Request, token: str, background: BackgroundTasks) -> Response:
    w = web(request)
    form = await request.form()
    w.check_form(request, form)
    now = w.now()
    try:
        with w.rt.engine.connect() as conn:
            claims, _ = links.check(conn, w.key, token, PICK, now)
    except TokenError as exc:
        return _refused(w, request, exc.reason)
    aid = int(claims.subject)
    preceptor, _, month = str(form.get("choice") or "").partition("|")
    try:
        made = service.request_placement(w.rt.engine, aid, preceptor, month or None, now, "applicant")
    except PlacementError:
        with w.rt.engine.connect() as conn:
            ctx = _pick_ctx(w, conn, token, aid)
        return w.page(request, "placements/pick.html", {**ctx, "taken": True}, status=409)
    with w.rt.engine.begin() as conn:
        _queue(conn, w, aid, now)
        info = _placement(conn, made["placement_id"])
    background.add_task(_send_due, w, aid)
    return w.page(request, "placements/requested.html", {"title": "Request sent", "p": info})


__all__ = ["router"]
