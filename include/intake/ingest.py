"""Intake: every configured source → one applicant per email; bad rows quarantined with a reason.

Each worksheet is read with one call. Incremental by row content hash: an unchanged row is skipped, an
edited row is a new submission that merges into the same applicant. Every submission stays in
``raw_submissions`` (the history); the applicant holds the merge of them all: **the latest submission
(by submitted_at, then source order in the config, then row) wins field by field where it has a
value**. A submission without a timestamp counts as older than any dated one. When a submission older
than the applicant's newest one arrives later (a referral sheet processed after the form), the
applicant is re-folded from its whole history, so the older values only fill what no newer one gives.

Rows stream through in chunks (read, skip the stored, normalize, store), so memory does not grow with the
sheet. Writes are batched (one query loads the applicants of a chunk, include.store.bulk writes it: COPY on
PostgreSQL); a chunk that fails is retried row by row, each in its own savepoint, so one unstorable row is
quarantined with a reason and never sinks the batch. A person whose rows fall in two chunks is merged twice,
with the same result as once: the second merge re-folds from the stored history when it has to.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Row, String, delete, select
from sqlalchemy.exc import SQLAlchemyError

from include.config import ConfigError, SourceConfig
from include.intake.normalize import VALUE_KEYS, Normalized, normalize_application
from include.runtime import Runtime
from include.store import tables as t
from include.store.bulk import in_list, insert_rows, update_rows, upsert_rows
from include.store.locks import named_lock
from include.tabular import SourceRow, column_map, iter_rows
from include.timeutil import as_utc

log = logging.getLogger(__name__)

CHUNK = 2000  # rows read, normalized and stored together (and applicants per bulk write)
_EPOCH = datetime.min.replace(tzinfo=UTC)
_LIST_KEYS = frozenset({"specialties", "preferred_states", "rotation_types"})
_MERGED_KEYS = (*VALUE_KEYS, "warnings")
_LIMITS = {c.name: c.type.length for c in t.applicants.c if isinstance(c.type, String) and c.type.length}


class IntakeStoreError(RuntimeError):
    """A rejected row could not even be quarantined (the database refuses it); names source and row only."""


class IntakeSourceError(RuntimeError):
    """Some sources could not be read; the others were ingested. The message names the sources."""


@dataclass
class IntakeSummary:
    """What one run did, in counts (no personal data). ``rows_read = accepted + rejected + unchanged``.

    ``superseded``: submissions whose values were overridden by a newer submission of the same person
    during this run, i.e. the accepted rows of this run plus the previously stored ones that are no longer
    their applicant's newest submission (a resubmission, an edited row, a second source).
    """

    rows_read: int = 0
    accepted: int = 0
    rejected: int = 0
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    superseded: int = 0
    applicants_new: int = 0
    applicants_updated: int = 0
    unchanged: int = 0
    created_ids: set[int] = field(default_factory=set, repr=False)  # this run's new applicants (not "updated")

    def reject(self, reason: str, n: int = 1) -> None:
        self.rejected += n
        self.rejected_by_reason[reason] += n

    def add(self, other: IntakeSummary) -> None:
        for name in ("accepted", "superseded", "applicants_new", "applicants_updated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.created_ids |= other.created_ids

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "rejected_by_reason": dict(sorted(self.rejected_by_reason.items())),
            "superseded": self.superseded,
            "applicants_new": self.applicants_new,
            "applicants_updated": self.applicants_updated,
            "unchanged": self.unchanged,
        }


@dataclass(frozen=True)
class Submission:
    """One new row of one source, normalized."""

    source_index: int  # position in the config: the tie-break after submitted_at
    source: str
    row: SourceRow
    result: Normalized

    @property
    def key(self) -> tuple[bool, datetime, int, int]:
        at = self.result.values.get("submitted_at")
        return (at is not None, at or _EPOCH, self.source_index, self.row.row_number)


def ingest(rt: Runtime, now: datetime) -> dict[str, Any]:
    """Read every source once and store what is new. Returns the summary (counts only).

    Runs hold the intake stage lock (include.store.locks), so two at once (the hourly DAG and a rerun) take turns
    instead of racing on the same new rows; the second then finds them stored and skips them.
    """
    summary = IntakeSummary()
    today = now.date()
    failed: list[str] = []
    notes: list[str] = []
    with named_lock(rt.engine, "stage", "intake"), _Writer(rt, now, summary) as writer:
        for index, source in enumerate(rt.settings.sources):
            read = fresh_rows = 0
            try:
                for rows in _chunks(rt, source, notes):
                    fresh = _unseen(rt, source.name, rows, writer.pending)
                    read, fresh_rows = read + len(rows), fresh_rows + len(fresh)
                    summary.rows_read += len(rows)
                    summary.unchanged += len(rows) - len(fresh)
                    new = [_normalize(index, source.name, row, today, rt.settings.ops_timezone) for row in fresh]
                    writer.store(new)
            except _Unreadable as exc:  # one unreadable source must not stop the others; raised below
                cause = exc.__cause__
                log.error("intake source=%s could not be read: %s", source.name, cause)
                failed.append(f"{source.name} ({type(cause).__name__}: {cause})")
                continue
            log.info("intake source=%s rows=%d new=%d", source.name, read, fresh_rows)

    result = summary.as_dict()
    if notes:
        result["source_notes"] = notes
        for note in notes:
            log.warning("intake %s", note)
    log.info("intake summary %s", result)
    if failed:
        raise IntakeSourceError(f"could not read {len(failed)} source(s): {'; '.join(failed)}")
    return result


def store_submissions(rt: Runtime, new: Sequence[Submission], now: datetime, summary: IntakeSummary) -> None:
    """Quarantine the rejected submissions and merge the accepted ones into their applicants, in chunks: one
    connection, one transaction per chunk."""
    today = now.date()
    rejected = [s for s in new if s.result.reject_reason]
    groups: dict[str, list[Submission]] = {}
    for s in new:
        if not s.result.reject_reason:
            groups.setdefault(s.result.values["email"], []).append(s)
    emails = list(groups)
    history = _History(rt.settings.sources, today, rt.settings.ops_timezone)
    with rt.engine.connect() as conn:
        for i in range(0, len(rejected), CHUNK):
            _store_rejected(conn, rejected[i : i + CHUNK], now)
        for s in rejected:
            summary.reject(s.result.reject_reason or "")
        for i in range(0, len(emails), CHUNK):
            chunk = {e: sorted(groups[e], key=lambda s: s.key) for e in emails[i : i + CHUNK]}
            _store_chunk(conn, chunk, history, now, summary)


class _Writer:
    """Stores each chunk in a second thread while the next one is read and normalized, so the database's work
    overlaps ours. One chunk at a time, in order: ``store`` first waits for the previous chunk (re-raising its
    error), so every chunk is merged against the stored result of the ones before it. ``pending``: the
    (source, content hash, mapping key) of the chunk still being stored, which the next chunk's check cannot
    see in the database yet."""

    def __init__(self, rt: Runtime, now: datetime, summary: IntakeSummary) -> None:
        self.rt, self.now, self.summary = rt, now, summary
        self.pending: set[tuple[str, str, str]] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intake-store")
        self._running: Future[None] | None = None

    def store(self, subs: list[Submission]) -> None:
        self.wait()
        self.pending = {(s.source, s.row.content_hash, s.row.mapping_key) for s in subs}
        self._running = self._pool.submit(store_submissions, self.rt, subs, self.now, self.summary)

    def wait(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.result()
        self.pending = set()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self.wait()
        finally:
            self._pool.shutdown(wait=True)  # never leave the lock with a write still running


class _Unreadable(Exception):
    """Reading a source failed (its cause attached); storing failures are not this and propagate."""


def _chunks(rt: Runtime, source: SourceConfig, notes: list[str]) -> Iterator[list[SourceRow]]:
    """The source's rows, CHUNK at a time, as the backend reads them; appends the backend's notes to ``notes``."""
    try:
        stream = rt.backends.sheets.stream(source)
        rows = iter_rows(stream, source)
    except Exception as exc:
        raise _Unreadable from exc
    notes += [f"{source.name}: {n}" for n in getattr(stream, "notes", ())]
    while True:
        try:
            chunk = list(itertools.islice(rows, CHUNK))
        except Exception as exc:
            raise _Unreadable from exc
        if not chunk:
            return
        yield chunk


def _unseen(
    rt: Runtime, source: str, rows: list[SourceRow], pending: set[tuple[str, str, str]] | None = None
) -> list[SourceRow]:
    """Rows not stored yet with this content *and this mapping* (a row repeated in the same sheet counts once:
    earlier chunks are stored, or ``pending``, before the next is checked).

    A row stored before mapping keys existed (NULL) counts as read with the current mapping.
    """
    rs = t.raw_submissions
    hashes = list({row.content_hash for row in rows})
    with rt.engine.connect() as conn:
        query = select(rs.c.content_hash, rs.c.mapping_key).where(rs.c.source == source)
        stored = conn.execute(query.where(rs.c.content_hash.in_(in_list(hashes)))).all()
    legacy = {h for h, k in stored if k is None}
    seen = {(h, k) for h, k in stored if k is not None}
    seen |= {(h, k) for s, h, k in pending or () if s == source}
    fresh = []
    for row in rows:
        key = (row.content_hash, row.mapping_key)
        if key not in seen and row.content_hash not in legacy:
            seen.add(key)
            fresh.append(row)
    return fresh


def _normalize(index: int, source: str, row: SourceRow, today: date, tz: str) -> Submission:
    return Submission(index, source, row, normalize_application(row.fields, today, source_tz=tz))


# --------------------------------------------------------------------------------------------- rejects


def _store_rejected(conn: Connection, subs: Sequence[Submission], now: datetime) -> None:
    """In one transaction; if that fails, again row by row, each in its own savepoint."""
    try:
        with conn.begin():
            _quarantine(conn, [(s, s.result.reject_reason or "") for s in subs], now)
        return
    except SQLAlchemyError:
        pass
    with conn.begin():
        for s in subs:
            _quarantine_one(conn, s, s.result.reject_reason or "", now)


def _quarantine_one(conn: Connection, s: Submission, reason: str, now: datetime) -> None:
    """Quarantine one row in its own savepoint; if even that fails, say which row without its (personal) values."""
    try:
        with conn.begin_nested():
            _quarantine(conn, [(s, reason)], now)
    except SQLAlchemyError as exc:
        raise IntakeStoreError(f"could not quarantine {s.source} row {s.row.row_number}: {_error_name(exc)}") from None


def _error_name(exc: SQLAlchemyError) -> str:
    return type(getattr(exc, "orig", None) or exc).__name__


def _quarantine(conn: Connection, items: Sequence[tuple[Submission, str]], now: datetime) -> None:
    """The row goes to history as rejected and to quarantine with its reason, raw values and all."""
    upsert_rows(
        conn,
        t.raw_submissions,
        [
            dict(
                source=s.source,
                row_number=s.row.row_number,
                content_hash=s.row.content_hash,
                mapping_key=s.row.mapping_key,
                raw=s.row.raw,
                applicant_id=None,
                outcome="rejected",
                ingested_at=now,
            )
            for s, _ in items
        ],
        keys=["source", "content_hash", "mapping_key"],
        update=["row_number", "outcome", "ingested_at"],
    )
    # re-read with a new mapping (or replayed) and still rejected: one quarantine entry, with the newest reason
    upsert_rows(
        conn,
        t.quarantine,
        [
            dict(
                kind="application",
                source=s.source,
                row_number=s.row.row_number,
                content_hash=s.row.content_hash,
                raw=s.row.raw,
                reason=reason,
                created_at=now,
            )
            for s, reason in items
        ],
        keys=["kind", "source", "content_hash"],
        update=["row_number", "reason", "created_at"],
    )


# ---------------------------------------------------------------------------------------------- merges


def _store_chunk(
    conn: Connection, chunk: dict[str, list[Submission]], history: _History, now: datetime, summary: IntakeSummary
) -> None:
    """Bulk in one transaction; if that fails, each row alone in its own savepoint, quarantining the ones that fail."""
    try:
        with conn.begin():
            done = _merge_and_store(conn, chunk, history, now, summary.created_ids)
        summary.add(done)
        return
    except SQLAlchemyError as exc:
        log.warning("intake chunk of %d applicants failed (%s); storing row by row", len(chunk), type(exc).__name__)
    with conn.begin():
        for email, subs in chunk.items():
            for s in subs:
                try:
                    with conn.begin_nested():
                        done = _merge_and_store(conn, {email: [s]}, history, now, summary.created_ids)
                    summary.add(done)
                except SQLAlchemyError as exc:
                    reason = f"could not store the row: {_error_name(exc)}"
                    log.warning("intake source=%s row=%d not stored: %s", s.source, s.row.row_number, reason)
                    _quarantine_one(conn, s, reason, now)
                    summary.reject(reason)


def _merge_and_store(
    conn: Connection, chunk: dict[str, list[Submission]], history: _History, now: datetime, created: set[int]
) -> IntakeSummary:
    """Merge each email's new submissions (sorted oldest first) into its applicant and store everything.
    ``created``: applicants this run created (an earlier chunk); merging into them is not an update."""
    a = t.applicants
    done = IntakeSummary()
    existing = {r.email: r for r in conn.execute(select(a).where(a.c.email.in_(in_list(list(chunk)))))}
    out_of_order = [
        r.id for e, r in existing.items() if chunk[e][0].key[:2] < (r.submitted_at is not None, _utc(r.submitted_at))
    ]
    past = history.load(conn, out_of_order)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for email, subs in chunk.items():
        done.accepted += len(subs)
        row = existing.get(email)
        if row is None:
            done.applicants_new += 1
            done.superseded += len(subs) - 1
            inserts.append(
                {**_fold(dict.fromkeys(_MERGED_KEYS), subs), "status": "new", "created_at": now, "updated_at": now}
            )
            continue
        done.superseded += len(subs)
        stored = row._mapping
        base = {k: stored[k] for k in _MERGED_KEYS}
        merged = _fold(base, sorted([*past.get(row.id, []), *subs], key=lambda s: s.key))
        if not _same(base, merged):
            done.applicants_updated += row.id not in created
            updates.append({"id": row.id, **merged, "updated_at": now})
    ids = {r.email: r.id for r in existing.values()}
    if inserts:
        new_ids = dict(insert_rows(conn, a, inserts, returning=("email", "id")))
        ids |= new_ids
        done.created_ids = set(new_ids.values())
    update_rows(conn, a, updates)
    subs_all = [(email, s) for email, subs in chunk.items() for s in subs]
    upsert_rows(
        conn,
        t.raw_submissions,
        [
            dict(
                source=s.source,
                row_number=s.row.row_number,
                content_hash=s.row.content_hash,
                mapping_key=s.row.mapping_key,
                raw=s.row.raw,
                applicant_id=ids[email],
                outcome="accepted",
                ingested_at=now,
            )
            for email, s in subs_all
        ],
        keys=["source", "content_hash", "mapping_key"],
        update=["row_number", "applicant_id", "outcome", "ingested_at"],
    )
    _release_from_quarantine(conn, [s for _, s in subs_all])
    insert_rows(
        conn,
        t.audit_log,
        [
            dict(
                applicant_id=ids[email],
                at=now,
                stage="intake",
                event="merged" if email in existing else "created",
                detail={
                    "rows": [[s.source, s.row.row_number] for s in subs],
                    "warnings": len(subs[-1].result.warnings),
                },
            )
            for email, subs in chunk.items()
        ],
    )
    return done


def _release_from_quarantine(conn: Connection, subs: Sequence[Submission]) -> None:
    """A row once rejected and now accepted (mapping fixed, replayed) leaves quarantine."""
    q = t.quarantine
    by_source: dict[str, list[str]] = {}
    for s in subs:
        by_source.setdefault(s.source, []).append(s.row.content_hash)
    for source, hashes in by_source.items():
        where = (q.c.kind == "application", q.c.source == source, q.c.content_hash.in_(in_list(hashes)))
        conn.execute(delete(q).where(*where))


def _fold(base: dict[str, Any], subs: Iterable[Submission]) -> dict[str, Any]:
    """``base`` overlaid with each submission in order, field by field where the submission has a value."""
    merged = dict(base)
    last: Submission | None = None
    for s in subs:
        merged.update({k: v for k, v in s.result.values.items() if v is not None and v != "" and v != []})
        last = s
    for key in _LIST_KEYS:
        merged[key] = merged.get(key) or []
    if last is not None:
        merged["warnings"] = list(last.result.warnings)  # what is still worth fixing is in the newest one
    for key, limit in _LIMITS.items():  # store.db.fit's rule with the lengths looked up once, not per row
        value = merged.get(key)
        if isinstance(value, str) and len(value) > limit:
            merged[key] = value[:limit]
    return merged


def _same(stored: dict[str, Any], merged: dict[str, Any]) -> bool:
    for key, value in merged.items():
        old = stored.get(key)
        if isinstance(old, datetime):
            old = as_utc(old)
        if old != value:
            return False
    return True


def _utc(value: datetime | None) -> datetime:
    return _EPOCH if value is None else as_utc(value)


class _History:
    """An applicant's stored accepted submissions, re-read with their source's mapping (for re-folds)."""

    def __init__(self, sources: Sequence[SourceConfig], today: date, tz: str) -> None:
        self.sources = {s.name: (i, s) for i, s in enumerate(sources)}
        self.today, self.tz = today, tz

    def load(self, conn: Connection, applicant_ids: list[int]) -> dict[int, list[Submission]]:
        if not applicant_ids:
            return {}
        rs = t.raw_submissions
        rows = conn.execute(
            select(rs)
            .where(rs.c.applicant_id.in_(in_list(applicant_ids)), rs.c.outcome == "accepted")
            .order_by(rs.c.id)
        )
        out: dict[int, list[Submission]] = {}
        for r in rows:
            sub = self._submission(r)
            if sub is not None:  # a source no longer configured: its values stay as the applicant has them
                out.setdefault(r.applicant_id, []).append(sub)
        return out

    def _submission(self, r: Row[Any]) -> Submission | None:
        found = self.sources.get(r.source)
        if found is None:
            return None
        index, source = found
        header = list(r.raw)
        try:
            columns = column_map(header, source)
        except ConfigError:  # the mapping changed so much this row no longer has the required columns
            return None
        fields = {f: str(r.raw[header[i]]) for f, i in columns.items()}
        row = SourceRow(r.row_number, dict(r.raw), fields, r.content_hash, r.mapping_key or "")
        return _normalize(index, r.source, row, self.today, self.tz)
