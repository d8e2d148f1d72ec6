"""Placements in a real headless Chromium: ops request a placement on the Applicants page, the preceptor
accepts by the link in the .eml the notify stage wrote, ops tick a checklist item.

Reuses the Applicants browser test's server and browser fixtures (a real ``airflow api-server`` with the
plugin, on the sample funnel's DB); the public pages run in this process (uvicorn on a free port), as
``python -m include.web`` serves them. Screenshots go to var/screenshots.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from include.labels import label
from tests.placements.conftest import read_eml
from tests.ui.test_browser import PASSWORD, USER, Server, _free_port, _screenshot, airflow_server, browser, sign_in  # noqa: F401 - fixtures reused

KEY = "browser-placement-link-key-0123456789abcdef"


@pytest.fixture
def public_pages(funnel_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, object]]:
    """The public web service on a free port, and settings whose links point at it (outbox under tmp_path)."""
    import uvicorn

    from include.config import load_settings
    from include.runtime import open_runtime
    from include.web.app import create_app

    monkeypatch.setenv("CLERKFLOW_DB_URL", funnel_db)
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", KEY)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    settings = load_settings()
    settings = replace(settings, booking=replace(settings.booking, page_url=url))
    rt = open_runtime(settings)
    server = uvicorn.Server(
        uvicorn.Config(create_app(rt=rt, key=KEY.encode()), host="127.0.0.1", port=port, access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    try:
        yield url, settings
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        rt.engine.dispose()


def test_ops_request_a_placement_and_the_preceptor_accepts_by_the_emailed_link(
    airflow_server: Server,  # noqa: F811 - the fixture imported above
    browser,  # noqa: F811
    funnel_db: str,
    public_pages,
) -> None:
    from datetime import UTC, datetime

    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from include import pipeline
    from include.placements.service import live_placement, options
    from include.store import tables as t
    from include.store.db import make_engine

    url, settings = public_pages
    engine = make_engine(funnel_db)
    with engine.connect() as conn:
        now = datetime.now(UTC)
        aid, opts = next(
            (a, o)
            for a in conn.scalars(select(t.applicants.c.id).order_by(t.applicants.c.id))
            if (o := options(conn, a, now)) and live_placement(conn, a) is None
        )

    wait = WebDriverWait(browser, 60)
    browser.get(f"{airflow_server.url}/")
    sign_in(browser)
    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "a[href$='plugin/applicants']")))  # signed in

    # Ops: request the suggested month of the first recommendation from the applicant's page.
    browser.get(f"{airflow_server.url}/clerkflow/applicants/{aid}")
    choice = Select(wait.until(ec.presence_of_element_located((By.ID, "placement-choice"))))
    assert choice.first_selected_option.get_attribute("value") == f"{opts[0].preceptor_id}|{opts[0].suggested}"
    browser.find_element(By.ID, "placement-request").click()
    state = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#placement .placement-state")))
    assert state.text == label("placement_state", "requested")

    # The placements and notify stages write the preceptor's request to the outbox.
    pipeline.placements(settings)
    pipeline.notify(settings)
    request = next(settings.outbox_dir.glob("placement_request_*.eml"))
    _, text, html = read_eml(request)
    accept = next(line.strip() for line in text.splitlines() if line.strip().startswith(f"{url}/placement/accept/"))
    preview = request.with_suffix(".html")
    preview.write_text(html)
    browser.get(preview.as_uri())
    _screenshot(browser, "placement-request-email", browser.execute_script("return document.body.scrollHeight") + 40)

    # The preceptor: the link shows the request; the button accepts it.
    browser.get(accept)
    wait.until(ec.presence_of_element_located((By.ID, "accept")))
    assert browser.find_element(By.ID, "state").text == label("placement_state", "requested")
    _screenshot(browser, "placement-accept-page", 900)
    browser.find_element(By.ID, "accept").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "answered"), "The rotation is confirmed"))
    assert browser.find_element(By.ID, "state").text == label("placement_state", "confirmed")
    _screenshot(browser, "placement-accepted", 900)
    browser.get(accept)  # the link is spent
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Already answered"))

    with engine.connect() as conn:
        row = live_placement(conn, aid)
    assert row.state == "confirmed"

    # Ops: the page shows the confirmation and its checklist; ticking an item records who and when.
    browser.get(f"{airflow_server.url}/clerkflow/applicants/{aid}")
    state = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#placement .placement-state")))
    assert state.text == label("placement_state", "confirmed")
    box = browser.find_element(By.CSS_SELECTOR, "#placement input[data-item]")
    item = box.get_attribute("data-item")
    box.click()
    # The click re-renders the checklist: a read of the list being replaced fails ("Node with given id does not
    # belong to the document") and is waited out, not a failure.
    rerendered = WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,))
    rerendered.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#placement ul.checklist"), "received"))
    browser.execute_script("document.getElementById('placement').scrollIntoView()")
    _screenshot(browser, "applicant-placement", 1000)
    with engine.connect() as conn:
        done_by = conn.scalar(
            select(t.placement_checklist.c.done_by).where(
                t.placement_checklist.c.placement_id == row.id, t.placement_checklist.c.item == item
            )
        )
    engine.dispose()
    assert done_by == f"ops:{USER}"
