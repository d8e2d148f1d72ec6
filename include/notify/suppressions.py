"""The local suppression list: addresses we never mail again (bounced, spam-reported, unsubscribed).

Fed two ways: SendGrid event-webhook exports (``import_events``) and SendGrid's own suppression lists
(``sync_from_sendgrid``, nightly). The webhook delivers each event about three times and its
``sg_event_id`` changes between deliveries, so events are kept once per (message key, event, timestamp).
Addresses are stored lower-cased; nothing here logs or returns an address.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, select, tuple_

from include.runtime import Runtime
from include.store import tables as t
from include.store.db import upsert
from include.timeutil import as_utc

# A hard bounce, a spam report or an unsubscribe stops all mail; "blocked" bounces and deferrals are temporary.
SUPPRESSING = frozenset({"bounce", "dropped", "spamreport", "unsubscribe", "group_unsubscribe"})
RESUBSCRIBE = "group_resubscribe"
UNSUBSCRIBE_REASONS = ("unsubscribe", "group_unsubscribe")
_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+")
BATCH = 500


def load_events(path: Path) -> list[dict[str, Any]]:
    """Events from an export file: a JSON array (a webhook POST body) or one JSON object per line."""
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def import_events(rt: Runtime, events: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Store new events in ``email_events`` and suppress the addresses they condemn; counts per outcome."""
    counts: Counter[str] = Counter()
    parsed = sorted(_parse(events, counts), key=lambda e: e["occurred_at"])
    for i in range(0, len(parsed), BATCH):
        with rt.engine.begin() as conn:
            _store_batch(conn, parsed[i : i + BATCH], counts)
    return {k: n for k, n in counts.items() if n}


def sync_from_sendgrid(rt: Runtime, now: datetime) -> dict[str, int]:
    """Add every address on the provider's suppression lists (bounces, spam reports, unsubscribes, ASM group)."""
    listed = {}
    for item in rt.backends.mailer.suppressed():
        listed.setdefault(item.email.strip().lower(), item)
    with rt.engine.connect() as conn:
        known = set(conn.scalars(select(t.suppressions.c.email)))
    new = [
        {"email": email, "reason": item.reason, "created_at": item.created_at or now}
        for email, item in listed.items()
        if email not in known
    ]
    with rt.engine.begin() as conn:
        for i in range(0, len(new), BATCH):
            upsert(conn, t.suppressions, new[i : i + BATCH], keys=["email"], update=[])
    return {"listed": len(listed), "new": len(new), **Counter(f"new_{r['reason']}" for r in new)}


def _parse(events: Iterable[Mapping[str, Any]], counts: Counter[str]) -> Iterator[dict[str, Any]]:
    for ev in events:
        try:
            name = str(ev["event"])
            occurred_at = datetime.fromtimestamp(int(ev["timestamp"]), UTC)
        except (KeyError, TypeError, ValueError, OverflowError):
            counts["invalid"] += 1
            continue
        email = str(ev.get("email") or "").strip().lower()
        yield {
            "event": name[:40],
            "occurred_at": occurred_at,
            "message_key": str(ev.get("message_key") or "")[:200] or None,
            "email": email or None,
            "suppress": _suppresses(name, ev),
            "detail": {
                k: _mask(str(ev[k]))[:300]
                for k in ("type", "reason", "status", "sg_message_id", "asm_group_id", "applicant_id")
                if ev.get(k) is not None
            },
        }


def _suppresses(name: str, ev: Mapping[str, Any]) -> bool:
    if name == "bounce":
        return str(ev.get("type") or "bounce") == "bounce"  # "blocked" is a temporary refusal
    if name == "dropped":
        # Dropped because SendGrid already suppresses the address, not for a fault of the message.
        reason = str(ev.get("reason") or "").lower()
        return "address" in reason or reason == "invalid"
    return name in SUPPRESSING


def _store_batch(conn: Connection, batch: list[dict[str, Any]], counts: Counter[str]) -> None:
    e, s = t.email_events, t.suppressions
    keyed = [ev for ev in batch if ev["message_key"]]
    counts["no_message_key"] += len(batch) - len(keyed)
    ids = {(ev["message_key"], ev["event"]) for ev in keyed}
    known = select(e.c.message_key, e.c.event, e.c.occurred_at).where(tuple_(e.c.message_key, e.c.event).in_(ids))
    seen = {(k, n, as_utc(at)) for k, n, at in conn.execute(known)} if ids else set()
    fresh: dict[tuple[str, str, datetime], dict[str, Any]] = {}
    for ev in keyed:
        ident = (ev["message_key"], ev["event"], ev["occurred_at"])
        if ident in seen or ident in fresh:
            counts["duplicate"] += 1
            continue
        fresh[ident] = {k: ev[k] for k in ("message_key", "event", "occurred_at", "detail")}
    upsert(conn, e, list(fresh.values()), keys=["message_key", "event", "occurred_at"], update=[])
    counts["stored"] += len(fresh)
    for ev in batch:
        if not ev["email"]:
            continue
        if ev["suppress"]:
            exists = conn.scalar(select(s.c.email).where(s.c.email == ev["email"]))
            if exists is None:
                row = {"email": ev["email"], "reason": ev["event"], "created_at": ev["occurred_at"]}
                upsert(conn, s, row, keys=["email"], update=[])
                counts["suppressed"] += 1
        elif ev["event"] == RESUBSCRIBE:
            gone = conn.execute(
                delete(s).where(
                    s.c.email == ev["email"], s.c.reason.in_(UNSUBSCRIBE_REASONS), s.c.created_at <= ev["occurred_at"]
                )
            ).rowcount
            counts["resubscribed"] += gone


def _mask(text: str) -> str:
    """Bounce reasons quote the address; keep the reason, not the address."""
    return _EMAIL.sub("<address>", text)
