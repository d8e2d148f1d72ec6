"""Erasing one applicant: gone from every table, file and calendar; the rest of the funnel untouched."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select

from include.privacy import PURGED, purge_applicant
from include.rerun import ApplicantNotFound
from include.store import tables as t
from tests.privacy.conftest import NOW


def _booked_applicant(rt) -> tuple[int, str, str]:
    """(id, email, booking id) of an applicant with a booking, a calendar event and sent emails."""
    a, b = t.applicants, t.consult_bookings
    with rt.engine.connect() as conn:
        row = conn.execute(
            select(a.c.id, a.c.email, b.c.id.label("bid"))
            .join(b, b.c.applicant_id == a.c.id)
            .join(t.raw_submissions, t.raw_submissions.c.applicant_id == a.c.id)
            .group_by(a.c.id, a.c.email, b.c.id)
            .having(func.count() > 1)  # one with a re-submission, so every raw row must go
            .order_by(a.c.id)
        ).first()
    assert row is not None
    return row.id, row.email, row.bid


def _rows_mentioning(rt, needle: str, skip: tuple[str, ...] = ()) -> dict[str, int]:
    found: dict[str, int] = {}
    with rt.engine.connect() as conn:
        for table in t.metadata.sorted_tables:
            if table.name in skip:
                continue
            for row in conn.execute(select(table)):
                if needle.lower() in json.dumps([*row], default=str, ensure_ascii=False).lower():
                    found[table.name] = found.get(table.name, 0) + 1
    return found


def _count(rt, table) -> int:
    with rt.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def test_purge_erases_the_applicant_everywhere_and_keeps_one_anonymous_audit_row(funnel) -> None:
    rt = funnel
    applicant_id, email, booking_id = _booked_applicant(rt)
    with rt.engine.connect() as conn:
        keys = list(
            conn.scalars(
                select(t.outbox_messages.c.message_key).where(t.outbox_messages.c.applicant_id == applicant_id)
            )
        )
    others_before = _count(rt, t.applicants) - 1
    assert (rt.settings.ics_dir / f"{booking_id}.ics").is_file()
    assert len(list(rt.settings.outbox_dir.glob(f"*_{applicant_id}.eml"))) >= 1

    result = purge_applicant(rt, email.upper(), NOW)

    assert result["applicant_id"] == applicant_id
    assert result["applicants"] == 1
    assert result["consult_bookings"] == 1
    assert result["calendar_events"] == 1
    assert result["ics_files"] == 1
    assert result["outbox_messages"] == len(keys) == result["eml_files"]
    assert result["raw_submissions_tombstoned"] >= 2
    assert _rows_mentioning(rt, email) == {}
    assert not (rt.settings.ics_dir / f"{booking_id}.ics").exists()
    assert not any(p.name.endswith(f"_{applicant_id}.eml") for p in rt.settings.outbox_dir.iterdir())
    assert _count(rt, t.applicants) == others_before
    with rt.engine.connect() as conn:
        assert conn.scalar(select(func.count()).where(t.audit_log.c.applicant_id == applicant_id)) == 0
        purged = conn.execute(select(t.audit_log).where(t.audit_log.c.event == "purged")).one()
        tombstones = conn.execute(select(t.raw_submissions).where(t.raw_submissions.c.outcome == PURGED)).all()
    assert purged.applicant_id is None
    assert purged.stage == "privacy"
    assert purged.detail["former_applicant_id"] == applicant_id
    assert purged.detail["counts"]["consult_bookings"] == 1
    assert all(r.raw == {} and r.applicant_id is None for r in tombstones)


def test_purged_applicant_is_not_recreated_by_the_next_intake(funnel) -> None:
    from include.intake.ingest import ingest

    rt = funnel
    applicant_id, email, _ = _booked_applicant(rt)
    purge_applicant(rt, str(applicant_id), NOW)

    summary = ingest(rt, NOW + timedelta(days=1))

    assert summary.get("created", 0) == 0
    with rt.engine.connect() as conn:
        assert conn.scalar(select(t.applicants.c.id).where(t.applicants.c.email == email)) is None


def test_purge_cancels_and_forgets_the_calendar_event(funnel) -> None:
    rt = funnel
    applicant_id, _, booking_id = _booked_applicant(rt)
    with rt.engine.connect() as conn:
        calendar_id = conn.scalar(
            select(t.calendar_events.c.calendar_id).where(t.calendar_events.c.booking_id == booking_id)
        )
    start = NOW - timedelta(days=1)
    assert any(rt.backends.calendar.busy([calendar_id], start, start + timedelta(days=60))[calendar_id])
    busy_before = len(rt.backends.calendar.busy([calendar_id], start, start + timedelta(days=60))[calendar_id])

    result = purge_applicant(rt, str(applicant_id), NOW)

    assert result["calendar_events_cancelled"] == 1
    assert rt.backends.calendar.find(calendar_id, booking_id) is None
    assert (
        len(rt.backends.calendar.busy([calendar_id], start, start + timedelta(days=60))[calendar_id]) == busy_before - 1
    )


def test_suppression_is_kept_so_the_address_is_never_mailed_again(funnel) -> None:
    rt = funnel
    applicant_id, email, _ = _booked_applicant(rt)
    with rt.engine.begin() as conn:
        conn.execute(insert(t.suppressions).values(email=email, reason="unsubscribe", created_at=NOW))

    result = purge_applicant(rt, str(applicant_id), NOW)

    assert result["suppression_kept"] == 1
    assert _rows_mentioning(rt, email) == {"suppressions": 1}


def test_purge_by_email_removes_a_quarantined_row_of_someone_never_admitted(funnel) -> None:
    rt = funnel
    with rt.engine.connect() as conn:
        quarantined = (
            conn.execute(select(t.quarantine.c.raw).where(t.quarantine.c.kind == "application")).scalars().all()
        )
    from include.privacy import _email_of

    emails = [e for raw in quarantined for e in map(_email_of, raw.values()) if e]
    assert emails, "the sample data has a quarantined row with a valid address (the one without a name)"
    email = emails[0]

    result = purge_applicant(rt, f"  {email.upper()} ", NOW)

    assert result["applicant_id"] is None
    assert result["quarantine"] >= 1
    assert _rows_mentioning(rt, email) == {}


def test_unknown_applicant_is_an_error_that_names_no_address(funnel) -> None:
    with pytest.raises(ApplicantNotFound) as info:
        purge_applicant(funnel, "nobody@nowhere.example", NOW)
    assert "nobody" not in str(info.value)
    with pytest.raises(ApplicantNotFound):
        purge_applicant(funnel, "99999", NOW)


def test_purge_twice_finds_nothing_the_second_time(funnel) -> None:
    applicant_id, _, _ = _booked_applicant(funnel)
    purge_applicant(funnel, str(applicant_id), NOW)
    with pytest.raises(ApplicantNotFound):
        purge_applicant(funnel, str(applicant_id), NOW)
