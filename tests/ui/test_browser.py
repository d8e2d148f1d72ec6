"""The Applicants page in a real headless Chromium, against a running ``airflow api-server``.

The server runs with the plugins folder, the sample funnel as its app DB, and one SimpleAuthManager
user (``ops``, admin) whose password is pre-written where Airflow looks for it. No scheduler runs, so a
triggered rerun stays queued: the test checks the run Airflow recorded, through the REST API.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest

from include.labels import label
from tests.conftest import ROOT
from tests.ui.conftest import SCRIPT_NAME

RERUN_DAG = "clerkflow_rerun_applicant"
USER, PASSWORD = "ops", "correct horse battery staple"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


@dataclass
class Server:
    url: str
    log: Path

    def token(self) -> str:
        response = httpx.post(f"{self.url}/auth/token", json={"username": USER, "password": PASSWORD})
        response.raise_for_status()
        return response.json()["access_token"]


def sign_in(browser) -> None:
    """Fill Airflow's login form. The UI redirects to it after loading, and Chromium may answer a lookup made
    during that redirect with "aborted by navigation": such WebDriver errors are waited out, not failures."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,))
    wait.until(ec.presence_of_element_located((By.NAME, "username"))).send_keys(USER)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serialize_rerun_dag() -> None:
    """Write the rerun DAG to the metadata DB, as the DAG processor would (triggering needs it there)."""
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import BundleDagBag, sync_bag_to_db

    manager = DagBundlesManager()
    manager.sync_bundles_to_db()
    for bundle in manager.get_all_dag_bundles():
        bundle.initialize()
        bag = BundleDagBag(
            dag_folder=str(ROOT / "dags" / f"{RERUN_DAG}.py"), bundle_path=bundle.path, bundle_name=bundle.name
        )
        assert RERUN_DAG in bag.dags, bag.import_errors
        sync_bag_to_db(bag, bundle.name, bundle.version)


@pytest.fixture(scope="module")
def airflow_server(airflow_db: None, funnel_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from airflow.configuration import conf

    _serialize_rerun_dag()
    home = tmp_path_factory.mktemp("api-server-home")
    (home / "simple_auth_manager_passwords.json.generated").write_text(json.dumps({USER: PASSWORD}))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "CLERKFLOW_"))}
    env.update(
        AIRFLOW_HOME=str(home),
        # The pytest session's metadata DB, already migrated by the airflow_db fixture.
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=conf.get("database", "sql_alchemy_conn"),
        AIRFLOW__CORE__DAGS_FOLDER=str(ROOT / "dags"),
        AIRFLOW__CORE__PLUGINS_FOLDER=str(ROOT / "plugins"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS=f"{USER}:admin",
        AIRFLOW__API__HOST="127.0.0.1",
        AIRFLOW__API_AUTH__JWT_SECRET="browser-test-" + "x" * 64,
        CLERKFLOW_DB_URL=funnel_db,
        CLERKFLOW_OUTPUT_DIR=str(home / "var"),
        PYTHONPATH=str(ROOT),
    )
    log = home / "api-server.log"
    airflow = Path(sys.executable).with_name("airflow")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(airflow), "api-server", "--port", str(port), "--workers", "1", "--apps", "core"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # a busy 2-core machine needs most of a minute
        while True:
            if proc.poll() is not None:
                pytest.fail(f"api-server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/api/v2/monitor/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"api-server not healthy after 180 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield Server(url, log)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def browser() -> Iterator[object]:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs the selenium package")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def test_the_running_server_guards_the_plugin_and_lists_it(airflow_server: Server) -> None:
    assert httpx.get(f"{airflow_server.url}/clerkflow/applicants").status_code == 401
    assert httpx.post(f"{airflow_server.url}/clerkflow/api/applicants", json={}).status_code == 401
    auth = {"Authorization": f"Bearer {airflow_server.token()}"}
    page = httpx.get(f"{airflow_server.url}/clerkflow/applicants", headers=auth)
    assert page.status_code == 200
    assert "Applicants" in page.text
    plugins = httpx.get(f"{airflow_server.url}/api/v2/plugins", headers=auth).json()["plugins"]
    views = [v for p in plugins if p["name"] == "clerkflow_ui" for v in p["external_views"]]
    assert [(v["name"], v["href"], v["url_route"]) for v in views] == [
        ("Applicants", "/clerkflow/applicants", "applicants"),
        ("Needs attention", "/clerkflow/attention", "attention"),
        ("Funnel", "/clerkflow/funnel", "funnel"),
    ]


def test_ops_sign_in_find_an_applicant_and_rerun_them(airflow_server: Server, browser, script_applicant: int) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(f"{airflow_server.url}/")
    sign_in(browser)

    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "a[href$='plugin/applicants']"))).click()
    browser.switch_to.frame(wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "iframe[title=Applicants]"))))
    wait.until(ec.text_to_be_present_in_element((By.ID, "summary"), "of 24"))
    browser.find_element(By.ID, "q").send_keys("ravi.kumar@example.net")
    wait.until(ec.text_to_be_present_in_element((By.ID, "summary"), "1–1 of 1 "))
    link = browser.find_element(By.CSS_SELECTOR, "#results a.name")
    assert link.text == SCRIPT_NAME
    assert browser.find_elements(By.CSS_SELECTOR, "#results script") == []

    link.click()
    heading = wait.until(ec.presence_of_element_located((By.ID, "applicant-name")))
    assert heading.text == SCRIPT_NAME
    assert browser.find_elements(By.CSS_SELECTOR, "main script") == []
    for box in browser.find_elements(By.CSS_SELECTOR, "input[name=steps]"):
        if box.get_attribute("value") != "match":
            box.click()
    browser.find_element(By.NAME, "dry_run").click()
    browser.find_element(By.ID, "rerun-button").click()
    run_link = wait.until(ec.presence_of_element_located((By.ID, "rerun-link")))
    assert "queued" in browser.find_element(By.ID, "rerun-result").text
    run_id = unquote(run_link.get_attribute("href").rsplit("/", 1)[1])
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert  # noqa: B018 - an injected alert(1) would be open here

    browser.switch_to.default_content()
    assert browser.current_url.endswith(f"/plugin/applicants/clerkflow/applicants/{script_applicant}")
    auth = {"Authorization": f"Bearer {airflow_server.token()}"}
    run = httpx.get(f"{airflow_server.url}/api/v2/dags/{RERUN_DAG}/dagRuns/{quote(run_id)}", headers=auth)
    assert run.status_code == 200
    assert run.json()["conf"] == {
        "applicant": str(script_applicant),
        "steps": ["match"],
        "force": False,
        "dry_run": True,
    }
    assert run.json()["run_type"] == "manual"
    # The search was for an email address; it must not reach the server's (access) log.
    assert "example.net" not in airflow_server.log.read_text()


def _screenshot(browser, name: str, height: int) -> Path:
    """A full-width screenshot under var/screenshots (ignored by git), its path printed for the run's log."""
    folder = ROOT / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    browser.set_window_size(1400, height)
    assert browser.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path


def _no_shows(browser, advisor: str) -> int:
    from selenium.webdriver.common.by import By

    for row in browser.find_elements(By.CSS_SELECTOR, "#advisors tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells and cells[0].text == advisor:
            return int(cells[3].text)
    raise AssertionError(f"advisor {advisor!r} not in the Funnel page's table")


def test_ops_walk_the_queue_mark_a_no_show_and_see_it_in_the_funnel(
    airflow_server: Server, browser, funnel_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait
    from sqlalchemy import select

    from include.attention import needs_attention
    from include.store import tables as t
    from include.store.db import make_engine

    engine = make_engine(funnel_db)
    b, adv = t.consult_bookings, t.advisors
    with engine.connect() as conn:
        items = needs_attention(conn, datetime.now(UTC))
        ended = {
            r.applicant_id: r.advisor
            for r in conn.execute(
                select(b.c.applicant_id, adv.c.name.label("advisor"))
                .join(adv, adv.c.id == b.c.advisor_id)
                .where(b.c.status == "booked", b.c.end_at < datetime.now(UTC))
            )
        }
    engine.dispose()
    target = next(i for i in items if i.applicant_id in ended)
    advisor = ended[target.applicant_id]

    # The page's actions re-render parts of it: a read of a node being replaced is waited out, not a failure.
    wait = WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,))
    browser.get(f"{airflow_server.url}/")
    sign_in(browser)

    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "a[href$='plugin/attention']")))  # signed in

    # The funnel before: the advisor's no-shows
    browser.get(f"{airflow_server.url}/clerkflow/funnel")
    wait.until(ec.presence_of_element_located((By.ID, "advisors")))
    before = _no_shows(browser, advisor)

    browser.get(f"{airflow_server.url}/")
    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "a[href$='plugin/attention']"))).click()
    frame = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "iframe[title='Needs attention']")))
    browser.switch_to.frame(frame)
    badge = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#nav-attention .badge")))
    assert badge.text == str(len(items))
    _screenshot(browser, "needs-attention", 1000)
    row = browser.find_element(By.CSS_SELECTOR, f"tr[data-applicant-id='{target.applicant_id}'] a.applicant")
    assert row.text == target.ref
    row.click()

    heading = wait.until(ec.presence_of_element_located((By.ID, "applicant-name")))
    assert heading.text
    assert "America/New_York" in browser.find_element(By.ID, "consult-actions").text
    browser.find_element(By.ID, "consult-no-show").click()
    wait.until(
        ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#consultation .status"), label("booking_status", "no_show"))
    )
    browser.execute_script("document.getElementById('consultation').scrollIntoView()")
    _screenshot(browser, "applicant-after-no-show", 1000)

    # Reschedule shows the proposed slot and waits for a confirmation (not taken here: "Keep as is")
    browser.find_element(By.ID, "consult-propose").click()
    question = wait.until(ec.visibility_of_element_located((By.ID, "consult-question")))
    assert question.text.startswith("Move it to ")
    assert "applicant's time" in question.text
    browser.find_element(By.ID, "consult-no").click()

    browser.find_element(By.ID, "nav-funnel").click()
    wait.until(ec.presence_of_element_located((By.ID, "advisors")))
    assert _no_shows(browser, advisor) == before + 1
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.chart img")
    statuses = browser.execute_script(
        "return Promise.all([...arguments[0]].map((i) => fetch(i.src).then((r) => r.status)))", charts
    )
    assert statuses == [200] * len(charts)
    slow = WebDriverWait(browser, 180)
    slow.until(lambda _d: all(int(i.get_attribute("naturalWidth") or 0) > 0 for i in charts))
    browser.switch_to.default_content()
    _screenshot(browser, "funnel-in-airflow", 1000)

    # The Funnel page on its own, full height, and the nightly report on the changed data
    browser.get(f"{airflow_server.url}/clerkflow/funnel")
    wait.until(ec.presence_of_element_located((By.ID, "advisors")))
    images = browser.find_elements(By.CSS_SELECTOR, "figure.chart img")
    assert len(images) == 8
    WebDriverWait(browser, 180).until(lambda _d: all(int(i.get_attribute("naturalWidth") or 0) > 0 for i in images))
    _screenshot(browser, "funnel", browser.execute_script("return document.body.scrollHeight") + 40)

    from include.config import load_settings
    from include.report import nightly_report
    from include.runtime import open_runtime

    monkeypatch.setenv("CLERKFLOW_DB_URL", funnel_db)
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", airflow_server.url)
    rt = open_runtime(load_settings())
    try:
        report = Path(nightly_report(rt, datetime.now(UTC))["report"])
    finally:
        rt.engine.dispose()
    browser.get(report.as_uri())
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg")) >= 5
    link = browser.find_element(By.CSS_SELECTOR, f"a[href$='/clerkflow/applicants/{target.applicant_id}']")
    assert link.text == target.ref
    _screenshot(browser, "nightly-report", browser.execute_script("return document.body.scrollHeight") + 40)
