"""Issue 19: the applicant page shows the name's title and credentials and every intake warning."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, update

from include.intake.normalize import normalize_application
from include.store import tables as t


@pytest.fixture
def client(funnel_engine: Engine, make_token: Callable[[str], str]) -> Iterator[TestClient]:
    from clerkflow_ui.app import create_app

    with TestClient(create_app(lambda: funnel_engine), follow_redirects=False) as c:
        c.cookies.set("_token", make_token("viewer"))
        yield c


def test_detail_page_shows_title_credentials_and_warnings(
    client: TestClient, funnel_engine: Engine, script_applicant: int
) -> None:
    result = normalize_application(
        {
            "full_name": "Dr. Ravi Kumar, MBBS, MRCP(UK) 🩺",
            "email": "ravi@example.org",
            "medical_school_country": "Atlantis",
            "graduation_year": "sometime soon",
        },
        date(2026, 12, 3),
    )
    shown = {k: result.values[k] for k in ("name_title", "name_credentials")} | {"warnings": result.warnings}
    a = t.applicants
    with funnel_engine.begin() as conn:
        old = conn.execute(select(a.c.name_title, a.c.name_credentials, a.c.warnings).where(a.c.id == script_applicant))
        before = dict(old.one()._mapping)
        conn.execute(update(a).where(a.c.id == script_applicant).values(**shown))
    try:
        html = client.get(f"/applicants/{script_applicant}").text
    finally:
        with funnel_engine.begin() as conn:
            conn.execute(update(a).where(a.c.id == script_applicant).values(**before))
    assert '<td id="name-parts">Dr. / MBBS, MRCP</td>' in html
    assert "medical_school_country: &#39;Atlantis&#39; not recognized, left empty" in html
    assert "graduation_year: could not read a year, left empty" in html
