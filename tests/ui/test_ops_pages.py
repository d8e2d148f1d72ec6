"""Needs attention, Funnel and the consultation actions through FastAPI's TestClient, on a copy of the sample funnel."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from include.analytics import funnel_analytics, load_frames
from include.analytics.charts import CHARTS
from include.analytics.funnel import to_csv
from include.attention import needs_attention
from include.store import tables as t
from tests.ui.conftest import NOW

LATER = NOW + timedelta(days=20)  # every sample consultation has ended by then
ROUTES = [
    ("GET", "/attention", None),
    ("GET", "/funnel", None),
    ("GET", "/funnel/charts/funnel.svg", None),
    ("GET", "/funnel/data/cohorts.csv", None),
    ("POST", "/api/applicants/1/consult", {"action": "done"}),
]


@pytest.fixture
def engine(funnel_db: str, tmp_path: Path) -> Iterator[Engine]:
    """A private copy of the sample funnel: these tests change consultations."""
    from include.store.db import make_engine

    copy = tmp_path / "funnel.db"
    # SQLite's backup API, not a file copy: the session's DB runs in WAL mode and may hold commits in its -wal file
    with sqlite3.connect(funnel_db.removeprefix("sqlite:///")) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


@pytest.fixture
def client(engine: Engine, make_token: Callable[[str], str]) -> Iterator[TestClient]:
    from clerkflow_ui.app import create_app

    with TestClient(create_app(lambda: engine, clock=lambda: LATER), follow_redirects=False) as c:
        yield c


def _as(client: TestClient, role: str, make_token) -> TestClient:
    client.cookies.set("_token", make_token(role))
    return client


def _booked(engine: Engine) -> list[int]:
    b = t.consult_bookings
    with engine.connect() as conn:
        return list(conn.scalars(select(b.c.applicant_id).where(b.c.status == "booked").order_by(b.c.applicant_id)))


def _booking(engine: Engine, applicant_id: int):
    b = t.consult_bookings
    with engine.connect() as conn:
        return conn.execute(select(b).where(b.c.applicant_id == applicant_id)).one()


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_every_ops_route_refuses_anonymous_callers(client: TestClient, method: str, path: str, body) -> None:
    assert client.request(method, path, json=body).status_code == 401


def test_the_queue_lists_every_item_with_links_and_the_nav_counts_them(client, make_token, engine) -> None:
    with engine.connect() as conn:
        items = needs_attention(conn, LATER)
    html = _as(client, "viewer", make_token).get("/attention").text
    assert f'Needs attention <span class="badge badge-on">{len(items)}</span>' in html
    with_applicant = [i for i in items if i.applicant_id is not None]
    assert with_applicant
    for item in with_applicant:
        assert f'href="/applicants/{item.applicant_id}"' in html
    assert {"CV missing", "Rejected form row"} <= {i.title for i in items}
    for title in {i.title for i in items}:
        assert title in html
    # a viewer sees the fixes but cannot trigger them
    assert 'class="fix"' in html
    assert "the one-click fixes are off" in html
    # the applicants list shows the same count in its nav
    assert f'<span class="badge badge-on">{len(items)}</span>' in client.get("/applicants").text


def test_the_funnel_page_shows_the_analytics_numbers_and_links_charts_and_csv(client, make_token, engine) -> None:
    with engine.connect() as conn:
        fa = funnel_analytics(load_frames(conn), ops_tz="America/New_York", now=LATER)
    html = _as(client, "viewer", make_token).get("/funnel").text
    for stage, n in fa.stage_totals.items():
        assert f'data-stage="{stage}">{n:,}</td>' in html
    for chart in CHARTS:
        assert f'src="/funnel/charts/{chart.name}.svg"' in html
        assert f'href="/funnel/data/{chart.name}.csv"' in html
        assert chart.name in fa.tables()
    svg = client.get("/funnel/charts/by_advisor.svg")
    assert svg.status_code == 200
    assert svg.headers["content-type"] == "image/svg+xml"
    assert svg.text.startswith("<svg")
    assert "script-src" not in svg.headers["content-security-policy"]
    assert "X-Clerkflow-CSP" not in svg.headers
    csv = client.get("/funnel/data/by_advisor.csv")
    assert csv.headers["content-disposition"] == 'attachment; filename="clerkflow-by_advisor.csv"'
    assert csv.text == to_csv(fa.by_advisor)
    assert client.get("/funnel/charts/nope.svg").status_code == 404
    assert client.get("/funnel/data/nope.csv").status_code == 404


def test_csv_cells_cannot_become_formulas() -> None:
    table = pd.DataFrame({"Advisor": ["=HYPERLINK(1)", "Dr. A"], "gap": [-4, 3]})
    text = to_csv(table)
    assert "'=HYPERLINK(1)" in text
    assert ",-4" in text  # numbers stay numbers


def test_a_viewer_cannot_change_a_consultation(client, make_token, engine) -> None:
    aid = _booked(engine)[0]
    response = _as(client, "viewer", make_token).post(f"/api/applicants/{aid}/consult", json={"action": "no_show"})
    assert response.status_code == 403
    assert _booking(engine, aid).status == "booked"
    html = client.get(f"/applicants/{aid}").text
    assert "Changing consultations needs edit rights" in html
    assert 'id="consult-no-show"' not in html


def test_marking_a_no_show_shows_in_the_funnel_and_queues_the_email(client, make_token, engine) -> None:
    aid = _booked(engine)[0]
    user = _as(client, "user", make_token)
    page = user.get(f"/applicants/{aid}").text
    assert 'id="consult-no-show"' in page
    assert "Ops time (America/New_York)" in page
    with engine.connect() as conn:
        before = funnel_analytics(load_frames(conn), ops_tz="UTC", now=LATER).by_advisor
    response = user.post(f"/api/applicants/{aid}/consult", json={"action": "no_show"})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "no_show"
    assert _booking(engine, aid).status == "no_show"
    with engine.connect() as conn:
        after = funnel_analytics(load_frames(conn), ops_tz="UTC", now=LATER).by_advisor
        keys = list(
            conn.scalars(select(t.outbox_messages.c.message_key).where(t.outbox_messages.c.applicant_id == aid))
        )
    assert after["No-show"].sum() == before["No-show"].sum() + 1
    assert any(k.startswith("no_show:") for k in keys)
    # the same again changes nothing
    again = user.post(f"/api/applicants/{aid}/consult", json={"action": "no_show"}).json()
    assert again["changed"] is False
    # a call with an outcome cannot be cancelled: the refusal is a readable 409
    refused = user.post(f"/api/applicants/{aid}/consult", json={"action": "cancel", "reason": "x"})
    assert refused.status_code == 409
    assert "cannot be cancelled" in refused.json()["detail"]


def test_reschedule_shows_the_slot_first_and_moves_only_to_the_confirmed_one(client, make_token, engine) -> None:
    aid = _booked(engine)[-1]
    user = _as(client, "admin", make_token)
    old = _booking(engine, aid)
    proposal = user.post(f"/api/applicants/{aid}/consult", json={"action": "propose"}).json()
    assert proposal["proposed_start_ops"].endswith("(New York time, UTC-5)")
    assert proposal["proposed_start_applicant"]
    assert _booking(engine, aid).start_at == old.start_at  # proposing changes nothing
    assert user.post(f"/api/applicants/{aid}/consult", json={"action": "reschedule"}).status_code == 400
    wrong = datetime.fromisoformat(proposal["proposed_start"]) + timedelta(minutes=30)
    stale = user.post(
        f"/api/applicants/{aid}/consult", json={"action": "reschedule", "expect_start": wrong.isoformat()}
    )
    assert stale.status_code == 409
    moved = user.post(
        f"/api/applicants/{aid}/consult", json={"action": "reschedule", "expect_start": proposal["proposed_start"]}
    ).json()
    assert moved["start"] == proposal["proposed_start"]
    assert _booking(engine, aid).sequence == old.sequence + 1


def test_resend_booking_link_shows_the_offer_state_and_retires_the_old_link(
    client, make_token, engine, monkeypatch
) -> None:
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", "ops-page-test-key-" + "k" * 32)
    user = _as(client, "admin", make_token)
    aid = _booked(engine)[0]
    refused = user.post(f"/api/applicants/{aid}/consult", json={"action": "resend_link"})
    assert refused.status_code == 409  # booked: the booking emails carry their own link
    assert user.post(f"/api/applicants/{aid}/consult", json={"action": "cancel", "reason": "x"}).status_code == 200
    first = user.post(f"/api/applicants/{aid}/consult", json={"action": "resend_link"}).json()
    second = user.post(f"/api/applicants/{aid}/consult", json={"action": "resend_link"}).json()
    assert (first["sends"], second["sends"]) == (1, 2)
    page = user.get(f"/applicants/{aid}").text
    assert 'id="offer-state"' in page
    assert "link sent" in page
    assert "(sent 2 times)" in page
    assert 'id="consult-resend-link"' in page
    assert "/b/" not in page  # ops never see the applicant's link
    sl, o = t.signed_links, t.outbox_messages
    with engine.connect() as conn:
        states = sorted(conn.scalars(select(sl.c.state).where(sl.c.subject == str(aid))))
        keys = set(conn.scalars(select(o.c.message_key).where(o.c.kind == "consult_offer")))
    assert states == ["active", "revoked"]
    assert keys == {f"consult_offer:{aid}:1", f"consult_offer:{aid}:2"}
