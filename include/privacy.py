"""Forgetting people: erase one applicant everywhere, and drop CV data once it is past its retention period.

What an erasure keeps, and why:

- one ``audit_log`` row (stage ``privacy``, event ``purged``) with the former numeric id and counts, so ops
  can explain why ``#17`` vanished from old reports and logs (which only ever name ids);
- the applicant's older audit rows, detached (``applicant_id`` NULL) and with their details emptied: the
  funnel's history stays countable without saying whom it was about;
- each of their ``raw_submissions`` as a tombstone (content hash only, ``outcome='purged'``): the form sheet
  is not ours to edit, and without the hash the next intake would read the row again and re-create them;
- a ``suppressions`` row, in clear: an unsubscribe or complaint is the legal basis for never mailing the
  address again, and the outbox matches suppressions by address, so a hash could not be honoured.

Besides the app DB, an erasure covers: the ``.eml`` outbox and ``.ics`` files, staff previews written by
``render-email`` under ``<output>/preview`` (the applicant's folder and any file naming them), quarantined
and rejected rows of the same person even when the email was mistyped (matched by phone, or by name on a
row whose email is missing, invalid or a near miss of theirs), and Airflow's metadata: the address in a
``dag_run.conf`` (runs of the rerun DAG triggered by email) and in ``log.extra`` (command lines).

What is outside clerkflow and stays: the source CV (Drive or the CV folder) and the form/referral sheets
(ops delete those by hand), mail already handed to SendGrid, and the stub Google Calendar keeps of a
deleted event.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, update

from include.backends.mail import eml_name
from include.intake.normalize import normalize_email
from include.rerun import ApplicantNotFound
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit
from include.store.locks import named_lock
from include.timeutil import as_utc

log = logging.getLogger(__name__)

PURGED = "purged"  # raw_submissions.outcome of a tombstone
RETAINED_SHA = "purged-by-retention"  # cv_documents.sha256 once the CV's bytes are forgotten

_EMAIL = re.compile(r"[^\s<>(),;:\"'\[\]@]+@[^\s<>(),;:\"'\[\]@]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w/#])\+?\d(?:[\s().-]{0,2}\d){6,}(?!\w)")


def mask(text: object) -> str:
    """``text`` with email addresses and phone-like digit runs replaced, for logs and stored error reasons."""
    return _PHONE.sub("<phone>", _EMAIL.sub("<email>", str(text)))


def _email_of(value: object) -> str | None:
    return normalize_email(value, [])[0] if isinstance(value, str) and "@" in value else None


def _holds(raw: Any, email: str) -> bool:
    """Does a raw sheet row (header → cell) carry ``email`` in any cell, however it was typed?"""
    return isinstance(raw, dict) and any(_email_of(v) == email for v in raw.values())


def _digits(value: object) -> str:
    return re.sub(r"\D", "", str(value or ""))


def _name_key(value: object) -> str:
    return " ".join(str(value or "").casefold().split())


def _near(a: str, b: str) -> bool:
    """Edit distance at most 2 (a typo in an address), without a library."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


@dataclass(frozen=True)
class Person:
    """What identifies one person in a raw sheet row: their address, phone and name."""

    email: str | None
    phone_digits: str | None = None  # at least 7 digits, else None
    name: str | None = None

    def owns(self, raw: Any) -> bool:
        """Is this raw row theirs? The address anywhere; or their phone; or their name on a row whose address
        is missing, not an address, or a near miss of theirs (the mistyped-email case)."""
        if not isinstance(raw, dict):
            return False
        cells = list(raw.values())
        emails = [e for e in (_email_of(v) for v in cells) if e]
        if self.email and self.email in emails:
            return True
        if self.phone_digits and any(
            _digits(v).endswith(self.phone_digits[-9:]) for v in cells if len(_digits(v)) >= 7
        ):
            return True
        if self.name and any(_name_key(v) == self.name for v in cells):
            return not emails or (self.email is not None and any(_near(e, self.email) for e in emails))
        return False


def _resolve(conn: Connection, ref: str) -> tuple[int | None, str | None]:
    """(applicant id, normalized email) for an id or an address; the address may belong to quarantine only."""
    ref = (ref or "").strip()
    a = t.applicants
    if ref.isdigit():
        row = conn.execute(select(a.c.id, a.c.email).where(a.c.id == int(ref))).first()
        if row is None:
            raise ApplicantNotFound(f"no applicant with id {ref}")
        return row.id, row.email
    email = _email_of(ref)
    if email is None:
        raise ApplicantNotFound("not an applicant id or an email address")
    return conn.scalar(select(a.c.id).where(a.c.email == email)), email


def _unlink(paths: Iterable[Path]) -> int:
    gone = 0
    for path in set(paths):
        if path.is_file():
            path.unlink()
            gone += 1
    return gone


def purge_applicant(rt: Runtime, ref: str, now: datetime) -> dict[str, Any]:
    """Erase the applicant ``ref`` (id or email) everywhere clerkflow keeps them; returns what was removed.

    Re-runnable: calendar cancels go first (a failure stops before anything is deleted), then one DB
    transaction that also removes the .eml/.ics files, so a crash leaves either everything or a re-runnable rest.
    Raises ApplicantNotFound when nothing at all matches ``ref``.
    """
    with rt.engine.connect() as conn:
        applicant_id, _ = _resolve(conn, ref)
    if applicant_id is None:
        return _purge(rt, ref, now)
    with named_lock(rt.engine, "applicant", applicant_id):  # no booking or consultation change meanwhile
        return _purge(rt, ref, now)


def _purge(rt: Runtime, ref: str, now: datetime) -> dict[str, Any]:
    a, b, o, ev = t.applicants, t.consult_bookings, t.outbox_messages, t.calendar_events
    with rt.engine.connect() as conn:
        applicant_id, email = _resolve(conn, ref)
        person = _person(conn, applicant_id, email)
        mine = o.c.applicant_id == applicant_id if applicant_id is not None else o.c.id.is_(None)
        booking_ids = set(conn.scalars(select(b.c.id).where(b.c.applicant_id == applicant_id)))
        booking_ids |= {bid for bid in conn.scalars(select(o.c.booking_id).where(mine)) if bid}
        events = {
            (r.calendar_id, r.event_id)
            for r in conn.execute(
                select(t.advisors.c.calendar_id, b.c.event_id)
                .join(t.advisors, t.advisors.c.id == b.c.advisor_id)
                .where(b.c.applicant_id == applicant_id, b.c.event_id.is_not(None))
            )
        }
        local = conn.execute(select(ev.c.id, ev.c.calendar_id, ev.c.ics_path).where(ev.c.booking_id.in_(booking_ids)))
        ics = {rt.settings.ics_dir / f"{bid}.ics" for bid in booking_ids}
        for r in local:
            events.add((r.calendar_id, r.id))
            if r.ics_path:
                ics.add(Path(r.ics_path))
    for calendar_id, event_id in sorted(events):
        rt.backends.calendar.cancel(calendar_id, event_id)

    counts: dict[str, int] = {"calendar_events_cancelled": len(events)}
    with rt.engine.begin() as conn:
        keys = set(conn.scalars(select(o.c.message_key).where(or_(mine, o.c.to_email == email))))
        raw_ids = [
            r.id
            for r in conn.execute(
                select(t.raw_submissions.c.id, t.raw_submissions.c.applicant_id, t.raw_submissions.c.raw).where(
                    or_(t.raw_submissions.c.applicant_id == applicant_id, t.raw_submissions.c.applicant_id.is_(None)),
                    t.raw_submissions.c.outcome != PURGED,
                )
            )
            if (applicant_id is not None and r.applicant_id == applicant_id) or person.owns(r.raw)
        ]
        quarantine_ids = [
            r.id
            for r in conn.execute(
                select(t.quarantine.c.id, t.quarantine.c.raw).where(t.quarantine.c.kind == "application")
            )
            if person.owns(r.raw)
        ]
        if applicant_id is None and not raw_ids and not quarantine_ids and not keys:
            raise ApplicantNotFound("no applicant or stored submission with that email address")

        def gone(table: Any, *where: Any) -> int:
            return conn.execute(delete(table).where(*where)).rowcount

        counts["email_events"] = gone(t.email_events, t.email_events.c.message_key.in_(keys))
        counts["outbox_messages"] = gone(o, o.c.message_key.in_(keys))
        counts["calendar_events"] = gone(ev, ev.c.booking_id.in_(booking_ids))
        counts["quarantine"] = gone(t.quarantine, t.quarantine.c.id.in_(quarantine_ids))
        counts["raw_submissions_tombstoned"] = conn.execute(
            update(t.raw_submissions)
            .where(t.raw_submissions.c.id.in_(raw_ids))
            .values(raw={}, applicant_id=None, outcome=PURGED)
        ).rowcount
        if applicant_id is not None:
            for table in (
                t.cv_profiles,
                t.cv_documents,
                t.recommendations,
                t.match_failures,
                t.allocations,
                t.match_overrides,
                t.consult_offers,
                t.placements,  # its checklist goes with it (ON DELETE CASCADE)
                b,
            ):
                counts[table.name] = gone(table, table.c.applicant_id == applicant_id)
            # Their booking-page links (include/scheduling/offer.py): subject = the applicant id.
            counts["signed_links"] = gone(
                t.signed_links,
                t.signed_links.c.subject == str(applicant_id),
                t.signed_links.c.purpose.in_(("consult_pick", "consult_manage")),
            )
            counts["audit_rows_anonymized"] = conn.execute(
                update(t.audit_log)
                .where(t.audit_log.c.applicant_id == applicant_id)
                .values(applicant_id=None, detail={})
            ).rowcount
            counts["applicants"] = gone(a, a.c.id == applicant_id)
        counts["suppression_kept"] = conn.scalar(
            select(func.count()).select_from(t.suppressions).where(t.suppressions.c.email == email)
        )
        # Files last, inside the transaction: if one cannot be removed, nothing is committed and a re-run retries.
        counts["eml_files"] = _unlink(rt.settings.outbox_dir / eml_name(k) for k in keys)
        counts["ics_files"] = _unlink(ics)
        counts["preview_files"] = _unlink(_previews(rt.settings.output_dir / "preview", applicant_id, person))
        audit(conn, None, "privacy", "purged", now, former_applicant_id=applicant_id, counts=counts)
    counts |= scrub_airflow_metadata([x for x in {email, ref.strip().lower() if "@" in ref else None} if x])
    log.info("purged applicant #%s %s", applicant_id if applicant_id is not None else "(quarantine only)", counts)
    return {"applicant_id": applicant_id, **counts}


def _person(conn: Connection, applicant_id: int | None, email: str | None) -> Person:
    if applicant_id is None:
        return Person(email)
    a = t.applicants
    row = conn.execute(select(a.c.full_name, a.c.phone_e164, a.c.phone_raw).where(a.c.id == applicant_id)).one()
    digits = _digits(row.phone_e164 or row.phone_raw)
    return Person(email, digits if len(digits) >= 7 else None, _name_key(row.full_name) or None)


def _previews(folder: Path, applicant_id: int | None, person: Person) -> list[Path]:
    """Staff previews (``render-email``) of this person: their own folder, and any file naming them."""
    if not folder.is_dir():
        return []
    import html

    needles = [n for n in (person.email, person.name) if n]
    needles += [html.escape(n).casefold() for n in needles]
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        if applicant_id is not None and str(applicant_id) in path.relative_to(folder).parts[:-1]:
            found.append(path)
            continue
        text = " ".join(path.read_bytes().decode("utf-8", "replace").casefold().split())
        if any(n in text for n in needles):
            found.append(path)
    return found


def scrub_airflow_metadata(emails: list[str]) -> dict[str, Any]:
    """Replace ``emails`` in Airflow's metadata DB: ``dag_run.conf`` values and ``log.extra`` (command lines).

    The metadata DB is found as Airflow finds it (``AIRFLOW__DATABASE__SQL_ALCHEMY_CONN`` or the config in
    ``AIRFLOW_HOME``); without either, clerkflow is not running under Airflow and there is nothing to scrub.
    """
    from include.airflow_meta import metadata_engine, scrub

    engine = metadata_engine()
    if engine is None or not emails:
        return {"airflow_metadata": "not configured" if engine is None else "nothing to scrub"}
    try:
        return scrub(engine, emails)
    finally:
        engine.dispose()


def last_activity(conn: Connection) -> dict[int, datetime]:
    """Each applicant's latest own activity: an application change, a CV fetched, or a consultation."""
    a, d, b = t.applicants, t.cv_documents, t.consult_bookings
    latest: dict[int, datetime] = {}

    def bump(rows: Iterable[Any]) -> None:
        for aid, at in rows:
            if at is not None and (aid not in latest or as_utc(at) > latest[aid]):
                latest[aid] = as_utc(at)

    bump(conn.execute(select(a.c.id, a.c.updated_at)))
    bump(conn.execute(select(d.c.applicant_id, func.max(d.c.fetched_at)).group_by(d.c.applicant_id)))
    bump(conn.execute(select(b.c.applicant_id, b.c.end_at)))
    bump(conn.execute(select(b.c.applicant_id, b.c.updated_at)))
    return latest


def purge_old_cvs(rt: Runtime, now: datetime, days: int) -> dict[str, int]:
    """Forget the CV data of applicants inactive for ``days``; their status and CV status stay.

    The profile and form-vs-CV discrepancies are emptied. The ``cv_documents`` row the profile points at stays
    as a receipt (when, how big) with its file name dropped and its hash replaced: deleting it would detach the
    profile and queue a fresh "CV needed" email, and a kept hash would make a returning applicant's same CV
    look already parsed. Older documents are deleted. clerkflow keeps no copy of CV files: it reads them from
    Drive or the CV folder on each parse.
    """
    if days < 1:
        raise ValueError("retention must be at least one day")
    cutoff = now - timedelta(days=days)
    p, d = t.cv_profiles, t.cv_documents
    counts: Counter[str] = Counter(applicants=0, profiles=0, documents=0)
    with rt.engine.begin() as conn:
        stale = sorted(aid for aid, at in last_activity(conn).items() if at < cutoff)
        for chunk in (stale[i : i + 500] for i in range(0, len(stale), 500)):
            profiles = {
                r.applicant_id: r
                for r in conn.execute(
                    select(p.c.applicant_id, p.c.document_id, p.c.profile, p.c.discrepancies).where(
                        p.c.applicant_id.in_(chunk)
                    )
                )
            }
            docs: dict[int, list[Any]] = {}
            for doc in conn.execute(select(d.c.id, d.c.applicant_id, d.c.sha256).where(d.c.applicant_id.in_(chunk))):
                docs.setdefault(doc.applicant_id, []).append(doc)
            for aid in chunk:
                prof = profiles.get(aid)
                receipt = prof.document_id if prof is not None else None
                drop = [x.id for x in docs.get(aid, []) if x.id != receipt]
                scrub = [x.id for x in docs.get(aid, []) if x.id == receipt and x.sha256 != RETAINED_SHA]
                content = prof is not None and bool(prof.profile or prof.discrepancies)
                if not (drop or scrub or content):
                    continue
                if content:
                    conn.execute(update(p).where(p.c.applicant_id == aid).values(profile={}, discrepancies=[]))
                    counts["profiles"] += 1
                if drop:
                    conn.execute(delete(d).where(d.c.id.in_(drop)))
                if scrub:
                    conn.execute(update(d).where(d.c.id.in_(scrub)).values(sha256=RETAINED_SHA, filename=None))
                counts["documents"] += len(drop) + len(scrub)
                counts["applicants"] += 1
                audit(conn, aid, "privacy", "cv_retention", now, days=days)
    log.info("cv retention (%d days) %s", days, dict(counts))
    return dict(counts)
