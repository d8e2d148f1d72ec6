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
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from include.backends.cvstore import CvFetchError, CvFile
from include.cv import PARSER_VERSION, CvParserPool
from include.cv.merge import FILLABLE, merge
from include.runtime import Runtime
from include.store import tables as t
from include.store.db import audit_row, upsert
from include.store.status import refresh_status
from include.timeutil import as_utc

log = logging.getLogger(__name__)

# Files per batch: one batch is parsed by all workers while the next is fetched, then stored in one commit.
BATCH = 32
# Due CVs per mapped task of the process DAG: a larger backlog is split over the workers by applicant id.
CHUNK = 500
IdRange = tuple[int, int | None]  # first and last applicant id (None: no upper end)
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


@dataclass
class _Settled:
    """What a due CV came to, stored with the rest of its batch: ``unchanged`` keeps the stored profile."""

    row: Any
    status: str
    reason: str | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    document: _Due | None = None  # the fetched file, for its cv_documents row


def due_rows(
    rt: Runtime, applicant_ids: Sequence[int] | None = None, force: bool = False, id_range: IdRange | None = None
) -> list[Any]:
    """Applicants whose CV is due (never parsed, application changed since, older parser), by id."""
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
    if id_range is not None:
        low, high = id_range
        query = query.where(a.c.id >= low) if high is None else query.where(a.c.id.between(low, high))
    with rt.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        r
        for r in rows
        if force
        or applicant_ids is not None
        or r.parsed_at is None
        or r.parser_version != PARSER_VERSION
        or as_utc(r.parsed_at) < as_utc(r.updated_at)
    ]


def plan_chunks(rt: Runtime, chunk: int = CHUNK) -> list[IdRange]:
    """Id ranges holding at most ``chunk`` due CVs each, covering every id (one range when few are due).

    Each range becomes one mapped task (one Celery worker's share); ranges are contiguous and the last is
    open-ended, so a CV that becomes due after this plan still falls in exactly one range.
    """
    ids = [r.id for r in due_rows(rt)]
    starts = [0, *ids[chunk::chunk]]
    return [(low, (starts[i + 1] - 1) if i + 1 < len(starts) else None) for i, low in enumerate(starts)]


def parse_cvs(
    rt: Runtime,
    now: datetime,
    applicant_ids: Sequence[int] | None = None,
    force: bool = False,
    id_range: IdRange | None = None,
) -> dict[str, int]:
    """Parse the CVs that are due (or those of ``applicant_ids``; ``force`` re-parses unchanged files).

    ``id_range`` (first id, last id or None) limits the run to one chunk of a large backlog.
    """
    due = due_rows(rt, applicant_ids, force, id_range)
    counts: Counter[str] = Counter(due=len(due))
    if not due:
        return dict(counts)
    with CvParserPool(min(2, len(due))) as pool, ThreadPoolExecutor(1, thread_name_prefix="cv-parse") as parser:
        parsing: tuple[list[_Settled], list[_Due], Future[list[dict[str, Any]]]] | None = None
        for batch in _batches(due, BATCH):
            settled: list[_Settled] = []
            to_parse = [item for r in batch if (item := _fetch(rt, r, force, settled, counts)) is not None]
            done = _with_profiles(*parsing) if parsing else []  # the previous batch, parsed meanwhile
            files = [(item.cv.content, item.cv.name) for item in to_parse if item.cv]
            parsing = (settled, to_parse, parser.submit(pool.parse_many, files))
            _store_batch(rt, done, now, counts)  # while the workers parse this batch
        if parsing:
            _store_batch(rt, _with_profiles(*parsing), now, counts)
    log.info("cv done %s", dict(counts))
    return dict(counts)


def _with_profiles(
    settled: list[_Settled], parsed: list[_Due], profiles: Future[list[dict[str, Any]]]
) -> list[_Settled]:
    out = list(settled)
    for item, profile in zip(parsed, profiles.result(), strict=True):
        status = "error" if profile.get("error") else "needs_ocr" if profile.get("needs_ocr") else "parsed"
        reason = profile.get("error_reason") or (
            "image-only CV: no text layer to read" if status == "needs_ocr" else None
        )
        out.append(_Settled(item.row, status, reason, profile, item))
    return out


def _batches(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _fetch(rt: Runtime, r: Any, force: bool, settled: list[_Settled], counts: Counter[str]) -> _Due | None:
    """The fetched CV when it must be parsed; failures and unchanged files go to ``settled``."""
    if not r.cv_url:
        settled.append(_Settled(r, "missing", "no CV link in the application"))
        return None
    try:
        cv = rt.backends.cvstore.fetch(r.cv_url)
    except CvFetchError as exc:
        outcome = fetch_failure(str(exc))
        if outcome == "retry":
            log.warning("cv fetch for applicant %s will be retried: %s", r.id, exc)
            counts["retry"] += 1
        else:
            settled.append(_Settled(r, outcome, str(exc)))
        return None
    sha = hashlib.sha256(cv.content).hexdigest()
    if sha == r.sha256 and r.parser_version == PARSER_VERSION and not force and r.profile is not None:
        settled.append(_Settled(r, "unchanged", profile=r.profile))
        return None
    return _Due(r, cv, sha)


def _store_batch(rt: Runtime, items: list[_Settled], now: datetime, counts: Counter[str]) -> None:
    """One commit and a fixed number of statements for a whole batch (documents, profiles, merges with the
    form, audit lines, statuses): a crash before it leaves the whole batch due, to be parsed again next run."""
    if not items:
        return
    ids = [item.row.id for item in items]
    with rt.engine.begin() as conn:
        documents = _documents(conn, [item.document for item in items if item.document is not None], now)
        filled = _filled_before(conn, ids)
        placed = _with_completed_placements(conn, ids)
        profiles: list[dict[str, Any]] = []
        unchanged: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        fills: list[tuple[int, dict[str, Any]]] = []
        for item in items:
            r = item.row
            profile = item.profile
            if item.status == "parsed" and r.id in placed:  # rotations arranged through clerkflow count as USCE
                from include.placements.service import with_placements

                profile = with_placements(conn, r.id, profile)
            result = merge(_form(r), profile, filled.get(r.id, {}))
            if item.status == "unchanged":
                unchanged.append({"aid": r.id, "at": now, "disc": result.discrepancies})
            else:
                doc = item.document
                profiles.append(
                    {
                        "applicant_id": r.id,
                        "document_id": documents[(r.id, doc.sha)] if doc is not None and doc.sha else None,
                        "parser_version": PARSER_VERSION,
                        "status": item.status,
                        "error_reason": item.reason,
                        "profile": profile,
                        "discrepancies": result.discrepancies,
                        "parsed_at": now,
                    }
                )
                audits.append(audit_row(r.id, "cv", item.status, now, reason=item.reason))
            if result.discrepancies:
                fields = [x["field"] for x in result.discrepancies]
                audits.append(audit_row(r.id, "cv", "discrepancies", now, fields=fields))
            if result.fills:
                fills.append((r.id, result.fills))
                audits.append(audit_row(r.id, "cv", FILLED_EVENT, now, fields=result.fills))
            counts[item.status] += 1
        p = t.cv_profiles
        upsert(conn, p, profiles, keys=["applicant_id"])
        if unchanged:
            conn.execute(
                update(p)
                .where(p.c.applicant_id == bindparam("aid"))
                .values(parsed_at=bindparam("at"), discrepancies=bindparam("disc")),
                unchanged,
            )
        _fill(conn, fills)
        if audits:
            conn.execute(insert(t.audit_log), audits)
        refresh_status(conn, ids)


def _with_completed_placements(conn: Connection, ids: list[int]) -> set[int]:
    """Applicants of the batch with a completed placement, whose profile gets its months (one query a batch)."""
    p = t.placements
    return set(conn.scalars(select(p.c.applicant_id).where(p.c.applicant_id.in_(ids), p.c.state == "completed")))


def _fill(conn: Connection, fills: list[tuple[int, dict[str, Any]]]) -> None:
    """Fill form gaps from CVs: one executemany per set of filled columns.

    ``updated_at`` stays: it marks form changes, and bumping it would make the CV due again.
    """
    a = t.applicants
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for applicant_id, values in fills:
        groups.setdefault(tuple(sorted(values)), []).append(
            {"a_id": applicant_id, **{f"v_{c}": v for c, v in values.items()}}
        )
    for columns, rows in groups.items():
        stmt = update(a).where(a.c.id == bindparam("a_id")).values({c: bindparam(f"v_{c}") for c in columns})
        conn.execute(stmt, rows)


def _documents(conn: Connection, fetched: list[_Due], now: datetime) -> dict[tuple[int, str], int]:
    """The cv_documents id of each fetched file, (applicant id, sha256) -> id, inserting the new ones."""
    d = t.cv_documents
    wanted = {(item.row.id, item.sha): item for item in fetched if item.sha and item.cv}
    if not wanted:
        return {}

    def known() -> dict[tuple[int, str], int]:
        rows = conn.execute(
            select(d.c.id, d.c.applicant_id, d.c.sha256).where(d.c.applicant_id.in_({a for a, _ in wanted}))
        ).all()
        return {(r.applicant_id, r.sha256): r.id for r in rows if (r.applicant_id, r.sha256) in wanted}

    found = known()
    new = [
        {
            "applicant_id": aid,
            "sha256": sha,
            "filename": item.cv.name[:300],
            "size_bytes": len(item.cv.content),
            "fetched_at": now,
        }
        for (aid, sha), item in wanted.items()
        if (aid, sha) not in found and item.cv is not None
    ]
    if not new:
        return found
    conn.execute(insert(d), new)
    return known()


def _form(r: Any) -> dict[str, Any]:
    return {c: r._mapping[c] for c in (*FILLABLE, "country", "visa_status")}


def _filled_before(conn: Connection, applicant_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per applicant, the columns earlier CVs filled, with the last value each was given."""
    log_ = t.audit_log
    filled: dict[int, dict[str, Any]] = {}
    for applicant_id, detail in conn.execute(
        select(log_.c.applicant_id, log_.c.detail)
        .where(log_.c.applicant_id.in_(applicant_ids), log_.c.stage == "cv", log_.c.event == FILLED_EVENT)
        .order_by(log_.c.id)
    ):
        filled.setdefault(applicant_id, {}).update((detail or {}).get("fields") or {})
    return filled
