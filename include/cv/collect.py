"""CV stage: fetch each due applicant's CV, parse it in the sandboxed pool, store the profile.

Due = never parsed, application changed since (maybe a new CV link), or a newer parser. A CV whose
bytes (sha256) are unchanged is not parsed again. Fetch and parse failures become stored reasons
(status ``missing``/``error``/``needs_ocr``) that drive the "CV needed" email and the ops report.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from include.backends.cvstore import CvFetchError
from include.cv import PARSER_VERSION, CvParserPool
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit, upsert
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)


def parse_cvs(
    rt: Runtime, now: datetime, applicant_ids: Sequence[int] | None = None, force: bool = False
) -> dict[str, int]:
    """Parse the CVs that are due (or those of ``applicant_ids``; ``force`` re-parses unchanged files)."""
    a, p, d = t.applicants, t.cv_profiles, t.cv_documents
    query = (
        select(a.c.id, a.c.cv_url, a.c.updated_at, p.c.parsed_at, p.c.parser_version, d.c.sha256)
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
    with CvParserPool() as pool:
        for r in due:
            counts[_collect_one(rt, pool, r, now, force)] += 1
    log.info("cv done %s", dict(counts))
    return dict(counts)


def _collect_one(rt: Runtime, pool: CvParserPool, r: Any, now: datetime, force: bool) -> str:
    if not r.cv_url:
        return _store(rt, r.id, None, "missing", "no CV link in the application", {}, now)
    try:
        cv = rt.backends.cvstore.fetch(r.cv_url)
    except CvFetchError as exc:
        return _store(rt, r.id, None, "missing", str(exc), {}, now)
    sha = hashlib.sha256(cv.content).hexdigest()
    if sha == r.sha256 and r.parser_version == PARSER_VERSION and not force:
        with rt.engine.begin() as conn:
            conn.execute(t.cv_profiles.update().where(t.cv_profiles.c.applicant_id == r.id).values(parsed_at=now))
        return "unchanged"
    profile = pool.parse(cv.content, cv.name)
    status = "error" if profile.get("error") else "needs_ocr" if profile.get("needs_ocr") else "parsed"
    reason = profile.get("error_reason") or ("image-only CV: no text layer to read" if status == "needs_ocr" else None)
    with rt.engine.begin() as conn:
        doc_id = _document(conn, r.id, sha, cv.name, len(cv.content), now)
    return _store(rt, r.id, doc_id, status, reason, profile, now)


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
    rt: Runtime, applicant_id: int, doc_id: int | None, status: str, reason: str | None, profile: dict, now: datetime
) -> str:
    with rt.engine.begin() as conn:
        upsert(
            conn,
            t.cv_profiles,
            {
                "applicant_id": applicant_id,
                "document_id": doc_id,
                "parser_version": PARSER_VERSION,
                "status": status,
                "error_reason": reason,
                "profile": profile,
                "parsed_at": now,
            },
            keys=["applicant_id"],
        )
        audit(conn, applicant_id, "cv", status, now, reason=reason)
        refresh_status(conn, [applicant_id])
    return status
