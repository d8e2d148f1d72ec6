"""The plugin's web app through FastAPI's TestClient: Airflow auth on every route, escaping, headers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update

from include.store import tables as t
from tests.ui.conftest import SCRIPT_NAME

ROUTES = [
    ("GET", "/", None),
    ("GET", "/applicants", None),
    ("GET", "/applicants/1", None),
    ("GET", "/static/clerkflow.js", None),
    ("POST", "/api/applicants", {"q": ""}),
    ("POST", "/api/rejected", {"q": ""}),
]


@pytest.fixture
def client(funnel_engine: Engine, make_token: Callable[[str], str]) -> Iterator[TestClient]:
    from clerkflow_ui.app import create_app

    with TestClient(create_app(lambda: funnel_engine), follow_redirects=False) as c:
        yield c


def _as(client: TestClient, token: str) -> TestClient:
    client.cookies.set("_token", token)
    return client


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_every_route_refuses_anonymous_callers(client: TestClient, method: str, path: str, body) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == 401
    assert "Ravi" not in response.text
    assert "example.com" not in response.text


def test_a_forged_token_is_refused(client: TestClient) -> None:
    response = client.get("/applicants", headers={"Authorization": "Bearer not.a.jwt"})
    assert response.status_code == 403


def test_a_bearer_token_or_the_ui_cookie_lets_a_viewer_in(client: TestClient, make_token) -> None:
    token = make_token("viewer")
    assert client.get("/applicants", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert _as(client, token).post("/api/applicants", json={"q": "ravi"}).json()["total"] == 1


def test_the_script_name_is_rendered_as_text(client: TestClient, make_token, script_applicant: int) -> None:
    html = _as(client, make_token("admin")).get(f"/applicants/{script_applicant}").text
    assert "<script>alert(1)</script>" not in html
    assert "Ravi Kumar&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The list is rendered in the browser from JSON, with textContent; the JSON carries the name verbatim.
    rows = client.post("/api/applicants", json={"q": "ravi"}).json()["rows"]
    assert rows[0]["full_name"] == SCRIPT_NAME


def test_detail_page_shows_each_section(client: TestClient, make_token, script_applicant: int) -> None:
    html = _as(client, make_token("admin")).get(f"/applicants/{script_applicant}").text
    for section in ('id="form"', 'id="cv"', 'id="recommendations"', 'id="ineligibility"', 'id="consultation"'):
        assert section in html
    for text in ("Application received", "consult_booked", "Audit log", "ravi.kumar@example.net", "Asia/Kolkata"):
        assert text in html
    assert f'data-applicant-id="{script_applicant}"' in html


def test_only_http_links_become_links(
    client: TestClient, make_token, funnel_engine: Engine, script_applicant: int
) -> None:
    a = t.applicants
    with funnel_engine.begin() as conn:
        old = conn.scalar(a.select().with_only_columns(a.c.cv_url).where(a.c.id == script_applicant))
        conn.execute(update(a).where(a.c.id == script_applicant).values(cv_url="javascript:alert(2)"))
    try:
        html = _as(client, make_token("admin")).get(f"/applicants/{script_applicant}").text
    finally:
        with funnel_engine.begin() as conn:
            conn.execute(update(a).where(a.c.id == script_applicant).values(cv_url=old))
    assert "javascript:alert(2)" in html
    assert 'href="javascript:' not in html


def test_a_viewer_sees_the_rerun_button_disabled(client: TestClient, make_token, script_applicant: int) -> None:
    viewer = _as(client, make_token("viewer")).get(f"/applicants/{script_applicant}").text
    user = _as(client, make_token("user")).get(f"/applicants/{script_applicant}").text
    assert "<fieldset disabled>" in viewer
    assert "may read applicants but not trigger" in viewer
    assert "<fieldset >" in user
    assert "not trigger" not in user


def test_pages_forbid_framing_by_others_and_caching(client: TestClient, make_token) -> None:
    response = _as(client, make_token("viewer")).get("/applicants")
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    assert "script-src 'self';" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


def test_bad_requests_are_answered_without_a_stack(client: TestClient, make_token) -> None:
    _as(client, make_token("viewer"))
    assert client.get("/applicants/999999").status_code == 404
    assert client.get("/static/../app.py").status_code == 404
    assert client.post("/api/applicants", json={"status": "nope"}).status_code == 400
    assert client.post("/api/applicants", json={"limit": 100_000}).status_code == 422


def test_discrepancies_are_shown_form_against_cv(
    client: TestClient, make_token, funnel_engine: Engine, script_applicant: int
) -> None:
    p = t.cv_profiles
    found = [{"field": "usmle_step2ck", "form": 250, "cv": "<b>245</b>"}]
    with funnel_engine.begin() as conn:
        conn.execute(update(p).where(p.c.applicant_id == script_applicant).values(discrepancies=found))
    try:
        html = _as(client, make_token("viewer")).get(f"/applicants/{script_applicant}").text
    finally:
        with funnel_engine.begin() as conn:
            conn.execute(update(p).where(p.c.applicant_id == script_applicant).values(discrepancies=[]))
    assert "Discrepancies with the form (1)" in html
    assert "<b>usmle_step2ck</b>: form 250, CV &lt;b&gt;245&lt;/b&gt;" in html


def test_the_page_shows_labels_and_the_one_video_link_every_email_shows(
    client: TestClient, make_token, funnel_engine: Engine, script_applicant: int
) -> None:
    import re

    from sqlalchemy import select

    from include.scheduling.video import video_link

    b, adv, a = t.consult_bookings, t.advisors, t.applicants
    with funnel_engine.connect() as conn:
        row = conn.execute(
            select(b.c.meet_link, adv.c.video_url)
            .join(adv, adv.c.id == b.c.advisor_id)
            .where(b.c.applicant_id == script_applicant)
        ).one()
        codes = conn.execute(select(a.c.ecfmg_status, a.c.visa_status).where(a.c.id == script_applicant)).one()
    link = video_link(row.meet_link, row.video_url)
    assert link  # the sample advisors each have a video room
    html = _as(client, make_token("viewer")).get(f"/applicants/{script_applicant}").text
    meeting = re.search(r'<td id="meeting-link">(.*?)</td>', html).group(1)
    assert f'href="{link}"' in meeting
    form = html.split('<section id="form">', 1)[1].split("</table>", 1)[0]
    for code in (c for c in codes if c):
        assert f"<td>{code}</td>" not in form  # a label, never the stored code
    assert "Consultation booked</td>" in html  # the email kind, as people say it
    assert not re.search(r"\b(PST|EST|IST)\b", html)
