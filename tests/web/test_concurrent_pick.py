"""Two browsers clicking the same time at once, on PostgreSQL: one booking, one "that time was just taken" page.

Each round, two applicants open their own links, find a time both pages offer, and post it at the same
instant (a barrier) from two threads with their own HTTP clients, so the two requests race through
``book_chosen_slot``'s advisor lock (a PostgreSQL session advisory lock on separate connections).
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from include.runtime import open_runtime
from include.store import tables as t
from include.store.db import migrate
from include.web.app import create_app
from include.web.security import RateLimit
from tests.scheduling.seed import add_advisors, add_applicant
from tests.web.conftest import ADVISORS, KEY, Clock, emails, link_in

ROUNDS = 3


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def _slots(html: str) -> list[str]:
    return re.findall(r'name="slot" value="([^"]+)"', html)


def _race(clients: list[TestClient], paths: list[str], pages: list, slot: str) -> list:
    """Both clients post ``slot`` at the same instant (a barrier), each from its own thread."""
    barrier = threading.Barrier(2)
    results: list = [None, None]

    def click(i: int) -> None:
        data = {"csrf": _csrf(pages[i].text), "slot": slot, "tz": "America/New_York"}
        barrier.wait()
        results[i] = clients[i].post(paths[i], data=data)

    threads = [threading.Thread(target=click, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    return results


def test_same_time_twice_at_once_gives_one_booking(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pgdb import PG_URL, scratch_database

    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    monkeypatch.setenv("CLERKFLOW_LINK_SECRET", KEY.decode())
    with scratch_database("clerkflow_pick") as url:
        migrate(url)
        cfg = replace(settings, db_url=url, booking=replace(settings.booking, mode="offer"))
        rt = open_runtime(cfg)
        try:
            add_advisors(rt, ADVISORS[:1])  # one advisor: every page offers the same times
            ids = [add_applicant(rt, n, "America/New_York") for n in range(1, 2 * ROUNDS + 1)]
            clock = Clock()
            app = create_app(rt=rt, key=KEY, clock=clock, limit=RateLimit(reads=10_000, writes=10_000))
            from include.notify.dispatch import dispatch
            from include.scheduling.offer import offer_consults

            offer_consults(rt, KEY, clock.now)
            dispatch(rt, clock.now)
            for r in range(ROUNDS):
                a, b = ids[2 * r], ids[2 * r + 1]
                clients = [TestClient(app, follow_redirects=False) for _ in range(2)]
                paths = [link_in(emails(cfg.outbox_dir, "consult_offer", n)[0], "b") for n in (a, b)]
                pages = [c.get(p + "?tz=America/New_York") for c, p in zip(clients, paths, strict=True)]
                common = [v for v in _slots(pages[0].text) if v in _slots(pages[1].text)]
                assert common
                results = _race(clients, paths, pages, common[0])
                codes = sorted(res.status_code for res in results)
                assert codes == [303, 409], codes
                loser = next(res for res in results if res.status_code == 409)
                assert "That time was just taken" in loser.text
                assert common[0] not in _slots(loser.text)
            b_ = t.consult_bookings
            with rt.engine.connect() as conn:
                live = conn.execute(select(b_.c.advisor_id, b_.c.start_at).where(b_.c.status == "booked")).all()
                events = conn.scalar(select(func.count()).select_from(t.calendar_events))
            assert len(live) == ROUNDS
            assert len(set(live)) == ROUNDS  # never two applicants on one slot
            assert events == ROUNDS
        finally:
            rt.engine.dispose()
