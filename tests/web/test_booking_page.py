"""The booking page through FastAPI's TestClient: pick, move, cancel, refusals, and the emails each step sends."""

from __future__ import annotations

import re

from sqlalchemy import select

from include.links.tokens import new_nonce, sign
from include.scheduling.choose import format_local
from include.store import tables as t
from include.timeutil import as_utc
from tests.web.conftest import KEY, emails, later, link_in, text_of


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def _slots(html: str) -> list[str]:
    return re.findall(r'name="slot" value="([^"]+)"', html)


def _booking(world, applicant_id: int):
    with world.rt.engine.connect() as conn:
        b = t.consult_bookings
        return conn.execute(select(b).where(b.c.applicant_id == applicant_id)).first()


def _offer(world, applicant_id: int):
    with world.rt.engine.connect() as conn:
        o = t.consult_offers
        return conn.execute(select(o).where(o.c.applicant_id == applicant_id)).first()


def test_offer_email_link_books_and_the_link_is_then_spent(world) -> None:
    assert world.run_offers()["offered"] == 2
    world.send()
    [offer_mail] = emails(world.outbox, "consult_offer", 1)
    path = link_in(offer_mail, "b")
    assert "applicant1" not in path  # no applicant data in the URL
    client = world.client

    page = client.get(path + "?tz=Europe/Berlin")
    assert page.status_code == 200
    assert _offer(world, 1).state == "opened"
    values = _slots(page.text)
    assert values, page.text
    assert "Berlin time, UTC+1" in page.text
    choice = values[0]
    advisor_id, stamp = choice.split("|")

    done = client.post(path, data={"csrf": _csrf(page.text), "slot": choice, "tz": "Europe/Berlin"})
    assert done.status_code == 303
    manage = done.headers["location"]
    assert manage.startswith("/m/")
    booking = _booking(world, 1)
    assert booking.status == "booked"
    assert booking.advisor_id == advisor_id
    assert int(as_utc(booking.start_at).timestamp()) == int(stamp)
    assert _offer(world, 1).state == "booked"
    assert _offer(world, 1).booked_by == "applicant"

    shown = client.get(manage)
    assert "You're booked" in shown.text
    when = format_local(booking.start_at, "Europe/Berlin")
    assert when in shown.text
    [confirmation] = emails(world.outbox, "consult_booked", 1)  # sent right away, once
    assert when in confirmation["Subject"]
    assert link_in(confirmation, "m") == manage.split("?")[0]
    ics = client.get(manage.split("?")[0] + "/consultation.ics")
    assert ics.status_code == 200
    assert "BEGIN:VEVENT" in ics.text
    assert booking.id in ics.text

    replay = client.get(path)  # the pick link again: refused, and says the consultation is booked
    assert replay.status_code == 410
    assert "already been used" in replay.text
    assert 'id="already-booked"' in replay.text
    again = client.post(path, data={"csrf": _csrf(page.text), "slot": values[1], "tz": "Europe/Berlin"})
    assert again.status_code == 410
    assert _booking(world, 1).start_at == booking.start_at
    world.send()
    assert len(emails(world.outbox, "consult_booked", 1)) == 1


def test_tampered_expired_and_wrong_purpose_links_are_refused(world) -> None:
    world.run_offers()
    world.send()
    path = link_in(emails(world.outbox, "consult_offer", 1)[0], "b")
    token = path.rsplit("/", 1)[1]
    body, mac = token.split(".")
    flipped = mac[:5] + ("B" if mac[5] != "B" else "C") + mac[6:]
    assert world.client.get(f"/b/{body}.{flipped}").status_code == 403
    forged = sign(b"another-key-0123456789abcdef-0123456789", "consult_pick", 2, world.clock.now, new_nonce())
    assert world.client.get(f"/b/{forged}").status_code == 403
    assert world.client.get(f"/m/{token}").status_code == 403  # a pick link is not a manage link
    assert "not valid for this page" in world.client.get(f"/m/{token}").text
    later(world.clock, days=7)
    expired = world.client.get(path)
    assert expired.status_code == 410
    assert "expired" in expired.text


def test_two_people_on_one_time_get_one_booking_and_a_clear_page(world) -> None:
    world.run_offers()
    world.send()
    first, second = world.client, world.new_client()
    path1 = link_in(emails(world.outbox, "consult_offer", 1)[0], "b")
    path2 = link_in(emails(world.outbox, "consult_offer", 2)[0], "b")
    page1 = first.get(path1 + "?tz=America/New_York")
    page2 = second.get(path2 + "?tz=America/New_York")
    common = [v for v in _slots(page1.text) if v in _slots(page2.text)]
    assert common
    ok = first.post(path1, data={"csrf": _csrf(page1.text), "slot": common[0], "tz": "America/New_York"})
    lost = second.post(path2, data={"csrf": _csrf(page2.text), "slot": common[0], "tz": "America/New_York"})
    assert ok.status_code == 303
    assert lost.status_code == 409
    assert "That time was just taken" in lost.text
    assert common[0] not in _slots(lost.text)  # the fresh list no longer shows it
    assert _booking(world, 2) is None
    assert _offer(world, 2).state == "opened"


def test_reschedule_then_cancel_from_the_manage_link(world) -> None:
    world.run_offers()
    world.send()
    path = link_in(emails(world.outbox, "consult_offer", 1)[0], "b")
    client = world.client
    page = client.get(path + "?tz=Europe/Berlin")
    manage = client.post(path, data={"csrf": _csrf(page.text), "slot": _slots(page.text)[0], "tz": "Europe/Berlin"})
    base = manage.headers["location"].split("?")[0]
    first = _booking(world, 1)

    form = client.get(base + "/reschedule?tz=Europe/Berlin")
    assert form.status_code == 200
    options = _slots(form.text)
    assert options
    assert all(v.startswith(first.advisor_id + "|") for v in options)  # same advisor
    pick = {"csrf": _csrf(form.text), "slot": options[-1], "tz": "Europe/Berlin"}
    moved = client.post(base + "/reschedule", data=pick)
    assert moved.status_code == 303
    now = _booking(world, 1)
    assert now.sequence == first.sequence + 1
    assert int(as_utc(now.start_at).timestamp()) == int(options[-1].split("|")[1])
    [notice] = emails(world.outbox, "consult_rescheduled", 1)
    assert format_local(now.start_at, "Europe/Berlin") in text_of(notice)
    assert "Moved from" in client.get(moved.headers["location"]).text

    ask = client.get(base + "/cancel")
    gone = client.post(base + "/cancel", data={"csrf": _csrf(ask.text), "tz": "Europe/Berlin"})
    assert gone.status_code == 200
    assert "is cancelled" in gone.text
    assert _booking(world, 1).status == "cancelled"
    assert _offer(world, 1).state == "cancelled"
    assert len(emails(world.outbox, "consult_cancelled", 1)) == 1
    assert client.get(base).status_code == 410  # the manage link is withdrawn with the booking


def test_reminder_then_fallback_auto_books(world) -> None:
    world.run_offers()
    world.send()
    later(world.clock, days=2, minutes=1)
    world.send()
    assert len(emails(world.outbox, "offer_reminder", 1)) == 1
    world.send()
    assert len(emails(world.outbox, "offer_reminder", 1)) == 1  # once
    later(world.clock, days=3)
    counts = world.run_offers()
    assert counts.get("fallback_booked") == 2
    assert _offer(world, 1).state == "booked"
    assert _offer(world, 1).booked_by == "auto"
    world.send()
    [confirmation] = emails(world.outbox, "consult_booked", 1)
    assert "/m/" in link_in(confirmation, "m")


def test_fallback_ops_lists_the_expired_offer(world) -> None:
    from dataclasses import replace

    from include.attention import needs_attention

    world.rt.settings = replace(world.rt.settings, booking=replace(world.rt.settings.booking, offer_fallback="ops"))
    world.run_offers()
    later(world.clock, days=5, minutes=1)
    assert world.run_offers()["expired"] == 2
    with world.rt.engine.connect() as conn:
        items = [i for i in needs_attention(conn, world.clock.now) if i.applicant_id == 1]
    assert [i.category for i in items] == ["offer_expired"]
    assert _booking(world, 1) is None


def test_resend_gives_a_new_link_and_retires_the_old(world) -> None:
    from include.scheduling.offer import resend_offer

    world.run_offers()
    world.send()
    old = link_in(emails(world.outbox, "consult_offer", 1)[0], "b")
    later(world.clock, hours=1)
    assert resend_offer(world.rt, KEY, 1, world.clock.now)["sends"] == 2
    world.send()
    mails = emails(world.outbox, "consult_offer", 1)
    assert len(mails) == 2
    new = link_in(mails[-1], "b")
    assert new != old
    assert world.client.get(old).status_code == 410
    assert world.client.get(new).status_code == 200


def test_purge_erases_the_offer_and_its_links(world) -> None:
    from include.privacy import purge_applicant

    world.run_offers()
    world.send()
    path = link_in(emails(world.outbox, "consult_offer", 1)[0], "b")
    page = world.client.get(path)
    world.client.post(path, data={"csrf": _csrf(page.text), "slot": _slots(page.text)[0], "tz": "UTC"})
    counts = purge_applicant(world.rt, "1", world.clock.now)
    assert counts["signed_links"] == 2  # the spent pick link and the manage link
    assert counts["consult_offers"] == 1
    with world.rt.engine.connect() as conn:
        assert conn.scalar(select(t.signed_links.c.nonce).where(t.signed_links.c.subject == "1")) is None
    assert world.client.get(path).status_code == 403  # unknown now
