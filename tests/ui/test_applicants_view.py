"""The read queries behind the Applicants page, on the sample funnel and on hand-made rows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, insert

from include.applicants_view import applicant_detail, list_applicants, list_rejected, status_counts
from include.store import tables as t
from include.store.status import STATUSES
from tests.ui.conftest import SCRIPT_NAME

AT = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def test_search_matches_name_email_or_id_in_any_case(funnel_engine: Engine, script_applicant: int) -> None:
    with funnel_engine.connect() as conn:
        by_name = list_applicants(conn, search="  ravi KUMAR ")
        by_email = list_applicants(conn, search="RAVI.KUMAR@example")
        by_id = list_applicants(conn, search=str(script_applicant))
    assert [r["id"] for r in by_name.rows] == [script_applicant]
    assert [r["id"] for r in by_email.rows] == [script_applicant]
    assert script_applicant in [r["id"] for r in by_id.rows]
    assert by_name.rows[0]["full_name"] == SCRIPT_NAME


def test_search_treats_like_wildcards_as_text(funnel_engine: Engine) -> None:
    with funnel_engine.connect() as conn:
        assert list_applicants(conn, search="%").total == 0
        assert list_applicants(conn, search="_").total == 0


def test_status_filter_agrees_with_the_counts(funnel_engine: Engine) -> None:
    with funnel_engine.connect() as conn:
        counts = status_counts(conn)
        totals = {s: list_applicants(conn, status=s).total for s in STATUSES}
        everyone = list_applicants(conn).total
    assert totals == {s: counts[s] for s in STATUSES}
    assert sum(totals.values()) == everyone == 24
    assert counts["rejected"] == 5  # 3 unusable form rows + 2 bad roster rows


def test_unknown_status_is_refused(funnel_engine: Engine) -> None:
    with funnel_engine.connect() as conn, pytest.raises(ValueError, match="unknown status"):
        list_applicants(conn, status="rejected")


def test_pages_cover_every_applicant_once(funnel_engine: Engine) -> None:
    seen: list[int] = []
    with funnel_engine.connect() as conn:
        for offset in range(0, 30, 10):
            page = list_applicants(conn, limit=10, offset=offset)
            assert page.total == 24
            seen += [r["id"] for r in page.rows]
    assert len(seen) == len(set(seen)) == 24


def test_rejected_rows_are_searchable_by_their_raw_cells(funnel_engine: Engine) -> None:
    with funnel_engine.connect() as conn:
        maria = list_rejected(conn, search="maria santos")
        lots = list_rejected(conn, search="LOTS")
        everything = list_rejected(conn)
    assert [(r["kind"], r["reason"]) for r in maria.rows] == [("application", "invalid email address")]
    assert maria.rows[0]["raw"]["Full Name"] == "Maria Santos"
    assert [r["raw"]["Preceptor ID"] for r in lots.rows] == ["PR-014"]
    assert everything.total == 5


def test_detail_gathers_every_section_of_the_funnel(funnel_engine: Engine, script_applicant: int) -> None:
    with funnel_engine.connect() as conn:
        d = applicant_detail(conn, script_applicant)
    assert d is not None
    assert d.applicant["full_name"] == SCRIPT_NAME
    assert d.submissions
    assert d.submissions[0]["raw"]["Full Name"] == SCRIPT_NAME
    assert d.cv is not None
    assert d.cv["status"] == "parsed"
    assert d.cv["filename"]
    assert [r["rank"] for r in d.recommendations] == list(range(1, len(d.recommendations) + 1))
    assert all(r["components"] and r["preceptor"] for r in d.recommendations)
    assert sum(d.ineligible_by_rule.values()) == len(d.ineligibility) > 0
    assert d.booking is not None
    assert d.booking["advisor"]
    assert d.booking["status"] == "booked"
    assert {m["kind"]: m["state"] for m in d.emails} == {
        "application_received": "sent",
        "consult_booked": "sent",
        "advisor_brief": "sent",
    }
    assert ("intake", "created") in {(e["stage"], e["event"]) for e in d.audit}
    assert d.audit == sorted(d.audit, key=lambda e: (e["at"], e["id"]), reverse=True)


def test_detail_of_an_unknown_applicant_is_none(funnel_engine: Engine) -> None:
    with funnel_engine.connect() as conn:
        assert applicant_detail(conn, 10_000) is None


def _applicant(conn, **values) -> int:
    row = {"email": "a@example.com", "full_name": "A Person", "status": "parsed", "created_at": AT, "updated_at": AT}
    return conn.execute(insert(t.applicants).values(**{**row, **values}).returning(t.applicants.c.id)).scalar_one()


def _preceptor(conn, pid: str) -> None:
    conn.execute(
        insert(t.preceptors).values(
            id=pid,
            name=f"Dr {pid}",
            specialty="Internal Medicine",
            rotation_types=["hands_on"],
            monthly_capacity=1,
            available_months=["2027-01"],
            img_friendly=True,
            accepts_visas=["j1"],
            requires_ecfmg=False,
            provides_lor=True,
            languages=["English"],
            active=True,
            content_hash="x",
            updated_at=AT,
        )
    )


def test_detail_shows_discrepancies_overrides_and_email_events(runtime) -> None:
    with runtime.engine.begin() as conn:
        aid = _applicant(conn)
        _preceptor(conn, "PR-900")
        conn.execute(
            insert(t.cv_profiles).values(
                applicant_id=aid,
                parser_version="1",
                status="parsed",
                profile={},
                discrepancies=[{"field": "usmle_step2ck", "form": 250, "cv": 245}],
                parsed_at=AT,
            )
        )
        conn.execute(
            insert(t.match_overrides).values(applicant_id=aid, preceptor_id="PR-900", kind="pin", created_at=AT)
        )
        for key, state in (("received:1", "sent"), ("booked:1", "failed")):
            conn.execute(
                insert(t.outbox_messages).values(
                    message_key=key, applicant_id=aid, kind=key.split(":")[0], to_email="a@example.com",
                    state=state, created_at=AT,
                )
            )  # fmt: skip
        conn.execute(insert(t.email_events).values(message_key="received:1", event="bounce", occurred_at=AT, detail={}))
    with runtime.engine.connect() as conn:
        d = applicant_detail(conn, aid)
    assert d is not None
    assert d.cv is not None
    assert d.cv["discrepancies"] == [{"field": "usmle_step2ck", "form": 250, "cv": 245}]
    assert d.cv["filename"] is None  # no document row: the profile still shows
    assert [(o["preceptor_id"], o["kind"]) for o in d.overrides] == [("PR-900", "pin")]
    assert {m["message_key"]: [e["event"] for e in m["events"]] for m in d.emails} == {
        "received:1": ["bounce"],
        "booked:1": [],
    }
    assert d.booking is None
    assert d.recommendations == []
    assert d.allocation is None


def test_counts_list_every_status_even_when_empty(runtime) -> None:
    with runtime.engine.connect() as conn:
        assert status_counts(conn) == {**dict.fromkeys(STATUSES, 0), "rejected": 0}
