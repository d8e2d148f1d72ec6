"""CV stage: fetch each due applicant's CV, parse it in the sandboxed pool, store the profile, merge with the form.

Due = never parsed, application changed since (maybe a new CV link), or a newer parser. A CV whose
bytes (sha256) are unchanged is not parsed again, but its facts are merged again with the form,
which may have changed. Fetch and parse failures become stored reasons that drive the "CV needed"
email and the ops report: ``missing`` (no link, not on Drive, not shared), ``error`` (too large,
not a document, unreadable), ``needs_ocr`` (image-only). A Drive outage stores nothing: the CV stays
due and is fetched again on the next run, so nobody is asked for a CV because Google had a bad minute.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from include.backends.cvstore import CvFetchError, CvFile
from include.cv import PARSER_VERSION, CvParserPool
from include.cv.merge import FILLABLE, merge
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit, upsert
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)

# Files per batch: one batch is parsed by all workers while the next is fetched, then stored in one commit.
BATCH = 32
FILLED_EVENT = "filled_from_cv"


def fetch_failure(reason: str) -> str:
    """``missing``, ``error`` or ``retry`` for a fetch failure's reason.

    Missing: the applicant must send or share a CV. Error: the file is there but cannot be used.
    Retry: Google did not answer; nothing is stored and the next run tries again.
    """
    text = reason.lower()
    if "over the" in text or "too large" in text or "not a document" in text or "unsupported" in text:
        return "error"
    if "did not answer" in text or "drive failed" in text:
        return "retry"
    return "missing"


@dataclass
class _Due:
    row: Any
    cv: CvFile | None = None
    sha: str | None = None


def parse_cvs(
    rt: Runtime, now: datetime, applicant_ids: Sequence[int] | None = None, force: bool = False
) -> dict[str, int]:
    """Parse the CVs that are due (or those of ``applicant_ids``; ``force`` re-parses unchanged files)."""
    a, p, d = t.applicants, t.cv_profiles, t.cv_documents
    query = (
        select(
            a.c.id,
            a.c.cv_url,
            a.c.updated_at,
            *(a.c[c] for c in {*FILLABLE, "country", "visa_status"}),
            p.c.parsed_at,
            p.c.parser_version,
            p.c.profile,
            d.c.sha256,
        )
        .select_from(a.outerjoin(p, p.c.applicant_id == a.c.id).outerjoin(d, d.c.id == p.c.document_id))
        .order_by(a.c.id)
    )
    if applicant_ids is not None:
        query = query.where(a.c.id.in_(list(applicant_ids)))
    with rt.engine.connect() as conn:
        rows = conn.execute(query).all()
    due = [
        r
        for r in rows
        if force
        or applicant_ids is not None
        or r.parsed_at is None
        or r.parser_version != PARSER_VERSION
        or as_utc(r.parsed_at) < as_utc(r.updated_at)
    ]
    counts: Counter[str] = Counter(due=len(due))
    if not due:
        return dict(counts)
    with CvParserPool(min(2, len(due))) as pool, ThreadPoolExecutor(1, thread_name_prefix="cv-parse") as parser:
        parsing: tuple[list[_Due], Future[list[dict[str, Any]]]] | None = None
        for batch in _batches(due, BATCH):
            to_parse = [item for r in batch if (item := _fetch(rt, r, now, force, counts)) is not None]
            parsed = (parsing[0], parsing[1].result()) if parsing else None
            files = [(item.cv.content, item.cv.name) for item in to_parse if item.cv]
            parsing = (to_parse, parser.submit(pool.parse_many, files)) if to_parse else None
            if parsed:
                _store_batch(rt, *parsed, now, counts)
        if parsing:
            _store_batch(rt, parsing[0], parsing[1].result(), now, counts)
    log.info("cv done %s", dict(counts))
    return dict(counts)


def _store_batch(
    rt: Runtime, items: list[_Due], profiles: list[dict[str, Any]], now: datetime, counts: Counter[str]
) -> None:
    """One commit for a batch: a crash before it leaves the whole batch due, to be parsed again next run."""
    with rt.engine.begin() as conn:
        for item, profile in zip(items, profiles, strict=True):
            counts[_store_parsed(conn, item, profile, now)] += 1


def _batches(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _fetch(rt: Runtime, r: Any, now: datetime, force: bool, counts: Counter[str]) -> _Due | None:
    """The fetched CV when it must be parsed; failures and unchanged files are settled here."""
    if not r.cv_url:
        with rt.engine.begin() as conn:
            counts[_store(conn, r, None, "missing", "no CV link in the application", {}, now)] += 1
        return None
    try:
        cv = rt.backends.cvstore.fetch(r.cv_url)
    except CvFetchError as exc:
        outcome = fetch_failure(str(exc))
        if outcome == "retry":
            log.warning("cv fetch for applicant %s will be retried: %s", r.id, exc)
            counts["retry"] += 1
        else:
            with rt.engine.begin() as conn:
                counts[_store(conn, r, None, outcome, str(exc), {}, now)] += 1
        return None
    sha = hashlib.sha256(cv.content).hexdigest()
    if sha == r.sha256 and r.parser_version == PARSER_VERSION and not force and r.profile is not None:
        with rt.engine.begin() as conn:
            conn.execute(t.cv_profiles.update().where(t.cv_profiles.c.applicant_id == r.id).values(parsed_at=now))
            _merge_with_form(conn, r, r.profile, now)
        counts["unchanged"] += 1
        return None
    return _Due(r, cv, sha)


def _store_parsed(conn: Connection, item: _Due, profile: dict[str, Any], now: datetime) -> str:
    assert item.cv is not None
    assert item.sha is not None
    status = "error" if profile.get("error") else "needs_ocr" if profile.get("needs_ocr") else "parsed"
    reason = profile.get("error_reason") or ("image-only CV: no text layer to read" if status == "needs_ocr" else None)
    doc_id = _document(conn, item.row.id, item.sha, item.cv.name, len(item.cv.content), now)
    return _store(conn, item.row, doc_id, status, reason, profile, now)


def _document(conn: Connection, applicant_id: int, sha: str, name: str, size: int, now: datetime) -> int:
    d = t.cv_documents
    found = conn.scalar(select(d.c.id).where(d.c.applicant_id == applicant_id, d.c.sha256 == sha))
    if found is not None:
        return found
    return conn.execute(
        insert(d)
        .values(applicant_id=applicant_id, sha256=sha, filename=name[:300], size_bytes=size, fetched_at=now)
        .returning(d.c.id)
    ).scalar_one()


def _store(
    conn: Connection, r: Any, doc_id: int | None, status: str, reason: str | None, profile: dict, now: datetime
) -> str:
    if status == "parsed":  # rotations arranged through clerkflow count as USCE whatever the CV says
        from include.placements.service import with_placements

        profile = with_placements(conn, r.id, profile)
    upsert(
        conn,
        t.cv_profiles,
        {
            "applicant_id": r.id,
            "document_id": doc_id,
            "parser_version": PARSER_VERSION,
            "status": status,
            "error_reason": reason,
            "profile": profile,
            "discrepancies": [],
            "parsed_at": now,
        },
        keys=["applicant_id"],
    )
    audit(conn, r.id, "cv", status, now, reason=reason)
    _merge_with_form(conn, r, profile, now)
    refresh_status(conn, [r.id])
    return status


def _merge_with_form(conn: Connection, r: Any, profile: dict[str, Any], now: datetime) -> None:
    """Flag form/CV disagreements on the profile and fill the form's gaps from the CV (audited)."""
    form = {c: r._mapping[c] for c in (*FILLABLE, "country", "visa_status")}
    result = merge(form, profile, _filled_before(conn, r.id))
    conn.execute(
        update(t.cv_profiles).where(t.cv_profiles.c.applicant_id == r.id).values(discrepancies=result.discrepancies)
    )
    if result.discrepancies:
        audit(conn, r.id, "cv", "discrepancies", now, fields=[x["field"] for x in result.discrepancies])
    if result.fills:
        # updated_at stays: it marks form changes, and bumping it would make this CV due again.
        conn.execute(update(t.applicants).where(t.applicants.c.id == r.id).values(**result.fills))
        audit(conn, r.id, "cv", FILLED_EVENT, now, fields=result.fills)


def _filled_before(conn: Connection, applicant_id: int) -> dict[str, Any]:
    """Columns earlier CVs filled, with the last value each was given."""
    log_ = t.audit_log
    filled: dict[str, Any] = {}
    for (detail,) in conn.execute(
        select(log_.c.detail)
        .where(log_.c.applicant_id == applicant_id, log_.c.stage == "cv", log_.c.event == FILLED_EVENT)
        .order_by(log_.c.id)
    ):
        filled |= (detail or {}).get("fields") or {}
    return filled
