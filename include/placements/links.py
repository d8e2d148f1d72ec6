"""The signed links placement emails carry, on the shared link service (``include.links``).

- ``placement_pick`` (applicant id, multi-use, ``PICK_TTL``): the page where the applicant picks a
  recommended preceptor and month (the follow-up email, and again after a decline or a timeout);
- ``placement_accept`` / ``placement_decline`` (placement id, single-use, until the hold is released): the
  preceptor's answer. Either one settles the request; the other then reads "already answered".

Links are issued by ``ensure_links`` (the placements stage, before the emails are planned), so rendering an
email never writes: it rebuilds the stored link's token (``links.store.token_for``). Without a signing key
(``CLERKFLOW_LINK_SECRET`` / the ``clerkflow_links`` connection) nothing is issued: the preceptor's request
waits (it is due only once its links exist) and the applicant's emails ask for a reply instead.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection, exists, select

from include.config import ConfigError, PlacementsConfig
from include.links import store
from include.placements.model import LIVE
from include.runtime import Runtime
from include.store import tables as t
from include.timeutil import as_utc

log = logging.getLogger(__name__)
PICK, ACCEPT, DECLINE = "placement_pick", "placement_accept", "placement_decline"
PICK_TTL = timedelta(days=60)
RENEW_BEFORE = timedelta(days=7)  # a pick link this close to expiry is replaced by a fresh one
GRACE = timedelta(days=1)  # answer links outlive the release by a day: a late click reads "released", not "expired"
PATHS = {PICK: "/placement/pick/", ACCEPT: "/placement/accept/", DECLINE: "/placement/decline/"}


def signing_key() -> bytes | None:
    from include.hooks import link_secret

    try:
        return link_secret()
    except ConfigError as exc:
        log.warning("placement links not issued: %s", exc)
        return None


def ensure_links(conn: Connection, now: datetime, cfg: PlacementsConfig, key: bytes | None) -> dict[str, int]:
    """Issue the links due emails will carry: answer links for each open request, a pick link for each
    consulted applicant with recommendations and no live placement. Safe to repeat."""
    out = {"answer_links": 0, "pick_links": 0}
    if key is None:
        return out
    p, sl = t.placements, t.signed_links
    issued = exists().where(sl.c.purpose == ACCEPT, sl.c.subject == p.c.id.cast(sl.c.subject.type))
    for pid, created in conn.execute(select(p.c.id, p.c.created_at).where(p.c.state == "requested", ~issued)):
        until = as_utc(created) + timedelta(days=cfg.release_after_days) + GRACE
        for purpose in (ACCEPT, DECLINE):
            store.issue(conn, key, purpose, pid, now, until - as_utc(now), single_use=True)
        out["answer_links"] += 1
    a, b, r = t.applicants, t.consult_bookings, t.recommendations
    live = exists().where(p.c.applicant_id == a.c.id, p.c.state.in_(LIVE))
    consulted = exists().where(b.c.applicant_id == a.c.id, b.c.status == "done")
    has_rec = exists().where(r.c.applicant_id == a.c.id)
    for aid in conn.scalars(select(a.c.id).where(consulted, has_rec, ~live)):
        current = store.latest(conn, PICK, aid)
        if current is None or as_utc(current.expires_at) - now < RENEW_BEFORE:
            store.issue(conn, key, PICK, aid, now, PICK_TTL)
            out["pick_links"] += 1
    return out


def url(rt: Runtime, purpose: str, token: str) -> str:
    base = getattr(rt.settings.booking, "page_url", "http://127.0.0.1:8090")  # the public web service
    return f"{base.rstrip('/')}{PATHS[purpose]}{token}"


def link(conn: Connection, rt: Runtime, purpose: str, subject: int, now: datetime) -> str:
    """The newest active link of ``subject`` for ``purpose`` as a URL, or "" (none, or no key)."""
    row = store.latest(conn, purpose, subject)
    if row is None or as_utc(row.expires_at) <= now:
        return ""
    key = signing_key()
    return url(rt, purpose, store.token_for(key, row)) if key else ""


def preceptor_links(conn: Connection, rt: Runtime, placement_id: int, now: datetime) -> dict[str, str]:
    """``accept_url`` and ``decline_url`` of an open request; LookupError when they were never issued."""
    accept, decline = link(conn, rt, ACCEPT, placement_id, now), link(conn, rt, DECLINE, placement_id, now)
    if not (accept and decline):
        raise LookupError(f"placement {placement_id} has no answer links (is a link signing key set?)")
    return {"accept_url": accept, "decline_url": decline}


def request_link(conn: Connection, rt: Runtime, applicant_id: int, now: datetime) -> str:
    return link(conn, rt, PICK, applicant_id, now)


def has_answer_links(conn: Connection, placement_id: int) -> bool:
    return store.latest(conn, ACCEPT, placement_id) is not None
