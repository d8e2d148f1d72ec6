"""Issued links: the row behind each signed token, so a link can be revoked, used once, and seen by ops.

``issue`` writes the row and returns the token; ``check`` verifies a token (signature, purpose, expiry) and
then its row (still active); ``use`` spends a single-use link atomically (one of two simultaneous clicks
wins, the other is told it was already used); ``revoke`` ends every live link of a subject for a purpose.
``token_for`` rebuilds a stored link's token, so an email re-rendered at send time carries the same link.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from include.links.tokens import REVOKED, UNKNOWN, USED, Claims, TokenError, new_nonce, sign, verify
from include.store import tables as t
from include.timeutil import as_utc

ACTIVE = "active"


def issue(
    conn: Connection,
    key: bytes,
    purpose: str,
    subject: str | int,
    now: datetime,
    ttl: timedelta,
    *,
    single_use: bool = False,
) -> tuple[str, str]:
    """Store a new link and return ``(token, nonce)``."""
    nonce = new_nonce()
    expires_at = as_utc(now) + ttl
    token = sign(key, purpose, subject, expires_at, nonce)
    conn.execute(
        insert(t.signed_links).values(
            nonce=nonce,
            purpose=purpose,
            subject=str(subject),
            single_use=single_use,
            state=ACTIVE,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return token, nonce


def token_for(key: bytes, row: Row[Any] | Any) -> str:
    """The token of a stored link (the same every time)."""
    return sign(key, row.purpose, row.subject, as_utc(row.expires_at), row.nonce)


def latest(conn: Connection, purpose: str, subject: str | int) -> Row[Any] | None:
    """The newest active link of ``subject`` for ``purpose``, or None."""
    return latest_many(conn, purpose, [subject]).get(str(subject))


def latest_many(conn: Connection, purpose: str, subjects: Iterable[str | int]) -> dict[str, Row[Any]]:
    """``latest`` for many subjects in one query (a batch of emails): subject -> its newest active link."""
    sl = t.signed_links
    wanted = sorted({str(s) for s in subjects})
    if not wanted:
        return {}
    rows = conn.execute(
        select(sl)
        .where(sl.c.purpose == purpose, sl.c.subject.in_(wanted), sl.c.state == ACTIVE)
        .order_by(sl.c.subject, sl.c.created_at.desc(), sl.c.nonce)
    )
    out: dict[str, Row[Any]] = {}
    for row in rows:
        out.setdefault(row.subject, row)
    return out


def check(conn: Connection, key: bytes, token: str, purpose: str, now: datetime) -> tuple[Claims, Row[Any]]:
    """The claims and row of a token that may be honoured now; ``TokenError`` says why not.

    The stored row must match the signed claims exactly, so a row altered in the DB cannot widen a link.
    """
    claims = verify(key, token, purpose, now)
    sl = t.signed_links
    row = conn.execute(select(sl).where(sl.c.nonce == claims.nonce)).first()
    if row is None or row.purpose != claims.purpose or row.subject != claims.subject:
        raise TokenError(UNKNOWN)
    if row.state == "used":
        raise TokenError(USED)
    if row.state != ACTIVE:
        raise TokenError(REVOKED)
    return claims, row


def opened(conn: Connection, nonce: str, now: datetime) -> bool:
    """Record the first opening; True the first time."""
    sl = t.signed_links
    done = conn.execute(update(sl).where(sl.c.nonce == nonce, sl.c.opened_at.is_(None)).values(opened_at=now))
    return done.rowcount == 1


def use(conn: Connection, nonce: str, now: datetime) -> None:
    """Spend a single-use link (a multi-use one stays active). Raises ``TokenError(USED)`` if it is spent."""
    sl = t.signed_links
    done = conn.execute(
        update(sl)
        .where(sl.c.nonce == nonce, sl.c.state == ACTIVE, sl.c.single_use.is_(True))
        .values(state="used", used_at=now)
    )
    if done.rowcount == 1:
        return
    state = conn.scalar(select(sl.c.state).where(sl.c.nonce == nonce))
    if state != ACTIVE:
        raise TokenError(USED if state == "used" else REVOKED)


def revoke(conn: Connection, purpose: str, subject: str | int, now: datetime) -> int:
    """End every active link of ``subject`` for ``purpose``; returns how many."""
    sl = t.signed_links
    done = conn.execute(
        update(sl)
        .where(sl.c.purpose == purpose, sl.c.subject == str(subject), sl.c.state == ACTIVE)
        .values(state="revoked", revoked_at=now)
    )
    return done.rowcount
