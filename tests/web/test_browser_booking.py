"""The booking page in a real headless Chromium: from the emailed link to booked, moved and cancelled.

The browser runs in New York time (CDP timezone override) while the applicant's file says India; the
page follows the browser. The clock is Wednesday 10 March 2027, so the 14 days of times cross the US
change to summer time (Sunday 14 March): the advisor's 9:00 AM stays 9:00 AM in New York, shown as
UTC-5 before and UTC-4 after. At every step the page, the booking row, the calendar event (the local
calendar with its ``.ics`` file, and the Google Calendar fake through the real client), the emailed
invitation and the email text must name the same instant. Screenshots go to ``$CLERKFLOW_SCREENSHOTS``
(else the test's temporary folder).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from include.runtime import open_runtime
from include.scheduling.choose import format_local
from include.store import tables as t
from include.store.db import migrate
from include.timeutil import as_utc
from include.web.app import create_app
from include.web.security import RateLimit
from tests.fakes.fixtures import fake_google, google_conn  # noqa: F401
from tests.scheduling.seed import add_advisors, add_applicant
from tests.ui.test_browser import browser  # noqa: F401 - the Applicants page test's Chromium fixture
from tests.web.conftest import ADVISORS, KEY, Clock, emails, link_in, text_of

BROWSER_TZ = "America/New_York"
CALENDARS = {a["id"]: a["calendar_id"] for a in ADVISORS}
US_CHANGE = datetime(2027, 3, 14, 7, 0, tzinfo=UTC)  # 2 AM EST


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """The app under uvicorn in a thread of this process (the clock stays in the test's hands)."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = _free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(params=["local", "google"])
def world(request, settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict]:
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", KEY.decode())
    cfg = replace(settings, booking=replace(settings.booking, mode="offer"))
    migrate(cfg.db_url)
    rt = open_runtime(cfg)
    add_advisors(rt, ADVISORS)
    fake = None
    if request.param == "google":
        from include.backends.google import GoogleCalendar

        fake = request.getfixturevalue("google_conn")
        for adv in ADVISORS:
            fake.events.setdefault(adv["calendar_id"], {})
        rt = replace(rt, backends=replace(rt.backends, calendar=GoogleCalendar.from_connection(sleep=lambda _s: None)))
    add_applicant(rt, 1, "Asia/Kolkata", ["Internal Medicine"])
    with rt.engine.begin() as conn:
        conn.execute(t.applicants.update().values(full_name="Dr. Ananya Rao", country="IN"))
    clock = Clock()
    app = create_app(rt=rt, key=KEY, clock=clock, limit=RateLimit(reads=10_000, writes=10_000))
    shots = Path(os.environ.get("CLERKFLOW_SCREENSHOTS") or tmp_path / "shots") / request.param
    shots.mkdir(parents=True, exist_ok=True)
    with Served(app) as url:
        yield {"rt": rt, "clock": clock, "url": url, "fake": fake, "backend": request.param, "shots": shots}
    rt.engine.dispose()


def _booking(rt):
    b = t.consult_bookings
    with rt.engine.connect() as conn:
        return conn.execute(select(b).where(b.c.applicant_id == 1)).one()


def _calendar_event(world: dict, booking) -> tuple[datetime, str]:
    """(start, status) of the booking's event as the calendar holds it."""
    if world["fake"] is not None:
        ev = world["fake"].events[CALENDARS[booking.advisor_id]]
        found = ev.get(booking.event_id) or next(e for e in ev.values() if e.get("id") == booking.event_id)
        start = datetime.fromisoformat(found["start"]["dateTime"].replace("Z", "+00:00"))
        return as_utc(start), found.get("status", "confirmed")
    ev = t.calendar_events
    with world["rt"].engine.connect() as conn:
        row = conn.execute(select(ev).where(ev.c.booking_id == booking.id)).one()
    ics = Calendar.from_ical(Path(row.ics_path).read_bytes())
    vevent = next(iter(ics.walk("VEVENT")))
    assert as_utc(vevent.decoded("dtstart")) == as_utc(row.start_at)  # the .ics file the local calendar wrote
    return as_utc(row.start_at), row.status


def _invite(msg) -> tuple[datetime, int, str]:
    """DTSTART, SEQUENCE and METHOD of an email's calendar attachment."""
    for part in msg.iter_attachments():
        if part.get_content_type() == "text/calendar":
            content = part.get_content()
            cal = Calendar.from_ical(content.encode() if isinstance(content, str) else content)
            vevent = next(iter(cal.walk("VEVENT")))
            return as_utc(vevent.decoded("dtstart")), int(vevent.get("sequence")), str(cal.get("method"))
    raise AssertionError("no calendar attachment")


def _consistent(world: dict, kind: str, tz: str, status: str = "booked") -> datetime:
    """The row, the calendar, the last email of ``kind`` (text and invitation) agree; returns the start."""
    rt = world["rt"]
    booking = _booking(rt)
    assert booking.status == status
    start = as_utc(booking.start_at)
    cal_start, cal_status = _calendar_event(world, booking)
    assert cal_start == start
    assert cal_status == ("cancelled" if status == "cancelled" else "confirmed")
    mails = emails(rt.settings.outbox_dir, kind, 1)
    assert len(mails) == 1, f"{kind}: {len(mails)} emails"
    invite_start, sequence, method = _invite(mails[0])
    assert invite_start == start
    assert sequence == booking.sequence
    assert method == ("CANCEL" if status == "cancelled" else "REQUEST")
    assert format_local(start, tz) in text_of(mails[0])
    return start


def _shot(driver, world: dict, name: str) -> None:
    driver.save_screenshot(str(world["shots"] / f"{name}.png"))


def _slots(driver) -> list[tuple[str, str, str]]:
    """(value, shown time, day legend) of every time on the page."""
    from selenium.webdriver.common.by import By

    out = []
    for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.day"):
        legend = fieldset.find_element(By.TAG_NAME, "legend").text
        for radio in fieldset.find_elements(By.CSS_SELECTOR, "input[name=slot]"):
            label = fieldset.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']")
            out.append((radio.get_attribute("value"), label.text, legend))
    return out


def _check_times(slots: list[tuple[str, str, str]], tz: str) -> None:
    """Every shown time is its slot's instant in ``tz``, and each day names that day's offset."""
    for value, shown, legend in slots:
        start = datetime.fromtimestamp(int(value.split("|")[1]), UTC)
        full = format_local(start, tz)  # "Thu 11 Mar 2027, 9:00 AM (New York time, UTC-5)"
        assert full.split(", ")[1].split(" (")[0] == shown, (value, shown)
        assert full.split("(")[1].rstrip(")") in legend, (value, legend)


def test_pick_move_and_cancel_in_chromium(world: dict, browser) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from include.notify.dispatch import dispatch
    from include.scheduling.offer import offer_consults

    rt, clock, url = world["rt"], world["clock"], world["url"]
    wait = WebDriverWait(browser, 60)
    browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": BROWSER_TZ})

    offer_consults(rt, KEY, clock.now)
    dispatch(rt, clock.now)
    [offer_mail] = emails(rt.settings.outbox_dir, "consult_offer", 1)
    path = link_in(offer_mail, "b")
    assert f"{rt.settings.booking.page_url}{path}" in text_of(offer_mail)

    # 1. The emailed link; the page switches to the browser's zone (India on file, New York in the browser).
    browser.get(url + path)
    wait.until(ec.url_contains("tz="))
    wait.until(ec.presence_of_element_located((By.ID, "slots-form")))
    assert Select(browser.find_element(By.ID, "tz")).first_selected_option.get_attribute("value") == BROWSER_TZ
    slots = _slots(browser)
    _check_times(slots, BROWSER_TZ)
    before = [s for s in slots if datetime.fromtimestamp(int(s[0].split("|")[1]), UTC) < US_CHANGE]
    after = [s for s in slots if datetime.fromtimestamp(int(s[0].split("|")[1]), UTC) > US_CHANGE]
    assert before
    assert after
    assert all("UTC-5" in s[2] for s in before)
    assert all("UTC-4" in s[2] for s in after)
    nine = [s for s in slots if s[1] == "9:00 AM"]  # the advisor's wall clock: 14:00 UTC before, 13:00 after
    assert {datetime.fromtimestamp(int(s[0].split("|")[1]), UTC).hour for s in nine} == {13, 14}
    _shot(browser, world, "1-pick")

    # 2. Book a time after the change.
    value = after[1][0]  # a morning time on the first day after the change
    browser.find_element(By.CSS_SELECTOR, f"label[for='slot-{value.replace('|', '-')}']").click()
    browser.find_element(By.ID, "book").click()
    wait.until(ec.presence_of_element_located((By.ID, "done")))
    assert "You're booked" in browser.find_element(By.ID, "done").text
    start = _consistent(world, "consult_booked", BROWSER_TZ)
    assert int(start.timestamp()) == int(value.split("|")[1])
    assert browser.find_element(By.ID, "when").text == format_local(start, BROWSER_TZ)
    assert "UTC-4" in browser.find_element(By.ID, "when").text
    manage = browser.current_url.split("?")[0]
    _shot(browser, world, "2-booked")

    # 3. Move it to a time before the change, choosing the zone on the page (Kolkata this time).
    browser.find_element(By.ID, "reschedule").click()
    wait.until(ec.presence_of_element_located((By.ID, "slots-form")))
    Select(browser.find_element(By.ID, "tz")).select_by_value("Asia/Kolkata")
    wait.until(ec.url_contains("Kolkata"))
    wait.until(ec.presence_of_element_located((By.ID, "slots-form")))
    moved_slots = _slots(browser)
    _check_times(moved_slots, "Asia/Kolkata")
    target = next(s for s in moved_slots if datetime.fromtimestamp(int(s[0].split("|")[1]), UTC) < US_CHANGE)
    assert all(s[0].startswith(_booking(rt).advisor_id + "|") for s in moved_slots)  # same advisor
    _shot(browser, world, "3-reschedule")
    browser.find_element(By.CSS_SELECTOR, f"label[for='slot-{target[0].replace('|', '-')}']").click()
    browser.find_element(By.ID, "book").click()
    wait.until(ec.presence_of_element_located((By.ID, "done")))
    assert "has moved" in browser.find_element(By.ID, "done").text
    new_start = _consistent(world, "consult_rescheduled", "Asia/Kolkata")
    assert int(new_start.timestamp()) == int(target[0].split("|")[1])
    assert _booking(rt).sequence == 1
    assert browser.find_element(By.ID, "when").text == format_local(new_start, "Asia/Kolkata")
    assert browser.find_element(By.ID, "previous").text == format_local(start, "Asia/Kolkata")
    _shot(browser, world, "4-moved")

    # 4. Cancel.
    browser.find_element(By.ID, "cancel").click()
    wait.until(ec.presence_of_element_located((By.ID, "confirm-cancel")))
    _shot(browser, world, "5-cancel")
    browser.find_element(By.ID, "confirm-cancel").click()
    wait.until(ec.presence_of_element_located((By.ID, "cancelled")))
    _consistent(world, "consult_cancelled", "Asia/Kolkata", status="cancelled")
    _shot(browser, world, "6-cancelled")

    # The links are spent: the pick link after booking, the manage link after cancelling.
    browser.get(url + path)
    assert browser.find_element(By.ID, "refused").get_attribute("data-reason") == "used"
    browser.get(manage)
    assert browser.find_element(By.ID, "refused").get_attribute("data-reason") == "revoked"
    _shot(browser, world, "7-refused")
    if world["fake"] is not None:
        assert world["fake"].live_events(CALENDARS[_booking(rt).advisor_id]) == []


@pytest.fixture
def no_js_browser() -> Iterator[object]:
    """Chromium with JavaScript switched off (the Applicants page test's flags)."""
    from tests.ui.test_browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS

    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("needs Debian's chromium and chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs the selenium package")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


@pytest.mark.parametrize("world", ["local"], indirect=True)
def test_the_page_works_without_javascript(world: dict, no_js_browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from include.notify.dispatch import dispatch
    from include.scheduling.offer import offer_consults

    rt, driver = world["rt"], no_js_browser
    offer_consults(rt, KEY, world["clock"].now)
    dispatch(rt, world["clock"].now)
    path = link_in(emails(rt.settings.outbox_dir, "consult_offer", 1)[0], "b")
    driver.get(world["url"] + path)
    assert "tz=" not in driver.current_url  # no script: the zone on file (India), and a visible button to change it
    _check_times(_slots(driver), "Asia/Kolkata")
    Select(driver.find_element(By.ID, "tz")).select_by_value("Europe/Berlin")
    driver.find_element(By.ID, "zone-apply").click()
    WebDriverWait(driver, 30).until(lambda d: "tz=Europe" in d.current_url)  # the form's GET has navigated
    assert "tz=Europe%2FBerlin" in driver.current_url or "tz=Europe/Berlin" in driver.current_url
    slots = _slots(driver)
    _check_times(slots, "Europe/Berlin")
    _shot(driver, world, "no-js-pick")
    driver.find_element(By.CSS_SELECTOR, f"label[for='slot-{slots[0][0].replace('|', '-')}']").click()
    driver.find_element(By.ID, "book").click()
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, "done"))  # the form's POST has navigated
    assert "You're booked" in driver.find_element(By.ID, "done").text
    _consistent(world, "consult_booked", "Europe/Berlin")
