"""One applicant from the consultation to a confirmed, completed rotation, on SQLite and PostgreSQL.

The walk, on a clock: the consultation is marked held → the follow-up carries the "Request a placement"
link → the applicant picks a preceptor on the public page (seat held) → the preceptor declines with a
reason (seat freed, the next recommendation offered) → the applicant picks the next one, which goes
unanswered (reminder, then ops alerted and the hold released) → ops request the third → the preceptor
accepts by the link in the .eml → T-30 and T-7 checklists, ops tick the items → the rotation ends:
thank-you with a letter request, feedback request, USCE months in the profile, funnel placed → completed.
Every email is sent once; re-running every stage changes nothing.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from include.analytics import funnel_analytics, load_frames
from include.placements import service
from include.placements.model import starts_at
from include.scheduling.manage import mark_outcome
from include.store import tables as t
from tests.placements.conftest import World, link, read_eml

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def kinds(files: list[Path]) -> list[str]:
    """The placement emails among ``files`` (the other sample applicants' reminders and nudges go on too)."""
    return sorted("_".join(f.name.split("_", 2)[:2]) for f in files if f.name.startswith("placement_"))


def by_kind(files: list[Path], kind: str) -> Path:
    found = [f for f in files if f.name.startswith(kind + "_")]
    assert len(found) == 1, (kind, [f.name for f in files])
    return found[0]


def form(w: World, url: str, **data: str):
    """Open ``url`` (GET), then post its form with the page's CSRF value and ``data``."""
    page = w.client.get(url)
    assert page.status_code == 200, page.text
    return w.client.post(url, data={"csrf": CSRF.search(page.text).group(1), **data})


def placement(w: World, pid: int):
    with w.rt.engine.connect() as conn:
        return conn.execute(select(t.placements).where(t.placements.c.id == pid)).one()


def latest_placement(w: World, aid: int):
    with w.rt.engine.connect() as conn:
        return conn.execute(
            select(t.placements).where(t.placements.c.applicant_id == aid).order_by(t.placements.c.id.desc())
        ).first()


def _keep(w: World, files: list[Path]) -> None:
    """A copy of the walk's emails under var/placement-walk (ignored by git), to read them as people will."""
    if w.rt.engine.dialect.name != "sqlite":
        return
    from tests.conftest import ROOT

    folder = ROOT / "var" / "placement-walk"
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
        (folder / f.name).with_suffix(".html").write_text(read_eml(f)[2])


def choice(page: str, preceptor: str, last: bool = False) -> str:
    values = re.findall(rf'value="({re.escape(preceptor)}\|\d{{4}}-\d{{2}})"', page)
    assert values, f"{preceptor} not offered"
    return values[-1] if last else values[0]


def test_consultation_to_completed_rotation(world: World) -> None:
    w = world
    with w.rt.engine.connect() as conn:
        candidates = [(aid, service.options(conn, aid, w.clock.now)) for aid in conn.scalars(select(t.applicants.c.id))]
    aid, opts = next((a, o) for a, o in candidates if len(o) >= 3)
    first, second, third = (o.preceptor_id for o in opts[:3])
    with w.rt.engine.connect() as conn:
        booking = conn.execute(select(t.consult_bookings).where(t.consult_bookings.c.applicant_id == aid)).one()

    # The consultation is held: the follow-up carries the pick link.
    w.clock.now = booking.end_at.replace(tzinfo=w.clock.now.tzinfo) + timedelta(hours=1)
    mark_outcome(w.rt, aid, "done", w.clock.now)
    sent = w.run("placements", "notify")
    followup = by_kind(sent, "followup")
    _, text, html = read_eml(followup)
    assert "Request a placement" in html
    pick = link(followup, "pick")

    # 1. The applicant picks the first recommendation: the seat is held, the preceptor asked.
    page = w.client.get(pick)
    assert page.status_code == 200
    assert "Request your rotation" in page.text
    done = w.client.post(pick, data={"csrf": CSRF.search(page.text).group(1), "choice": choice(page.text, first)})
    assert done.status_code == 200
    assert "Request sent" in done.text
    p1 = latest_placement(w, aid)
    assert (p1.state, p1.preceptor_id, p1.requested_by) == ("requested", first, "applicant")
    again = w.client.get(pick)
    assert "You already have a request" in again.text  # a second request cannot hold a second seat
    sent = w.run("placements", "notify")
    request = by_kind(sent, "placement_request")
    msg, text, _ = read_eml(request)
    assert "Accept this rotation" in text
    assert "Decline" in text
    assert msg["To"].addresses[0].addr_spec == w.settings.mail.ops_email  # no contact_email on the sample roster

    # 2. The preceptor declines, with a reason; the applicant is offered the next one.
    decline = link(request, "decline")
    empty = form(w, decline, reason="  ")
    assert empty.status_code == 400
    assert placement(w, p1.id).state == "requested"
    answered = form(w, decline, reason="Fully booked with our own students that month")
    assert answered.status_code == 200
    assert "Thank you" in answered.text
    assert placement(w, p1.id).state == "declined"
    assert placement(w, p1.id).decline_reason == "Fully booked with our own students that month"
    # the accept link of the same request is now void: it says how the request was settled
    late = w.client.get(link(request, "accept"))
    assert "Already answered" in late.text
    assert "declined" in late.text
    sent = w.run("placements", "notify")
    declined = by_kind(sent, "placement_declined")
    _, text, html = read_eml(declined)
    assert "cannot take you" in text
    assert "Fully booked" not in text
    assert opts[1].preceptor in text
    pick = link(declined, "pick")

    # 3. The applicant picks the second; the preceptor never answers: reminder, then release + ops alert.
    page = w.client.get(pick)
    assert first not in page.text  # who declined is not offered again
    w.client.post(pick, data={"csrf": CSRF.search(page.text).group(1), "choice": choice(page.text, second)})
    p2 = latest_placement(w, aid)
    assert (p2.state, p2.preceptor_id) == ("requested", second)
    assert kinds(w.run("placements", "notify")) == ["placement_request"]
    cfg = w.settings.placements
    w.clock.now += timedelta(days=cfg.remind_after_days, minutes=1)
    assert kinds(w.run("placements", "notify")) == ["placement_reminder"]
    from include.attention import needs_attention

    with w.rt.engine.connect() as conn:
        waiting = [i for i in needs_attention(conn, w.clock.now) if i.category == "placement_waiting"]
    assert [i.applicant_id for i in waiting] == [aid]
    w.clock.now = p2.created_at.replace(tzinfo=w.clock.now.tzinfo) + timedelta(days=cfg.release_after_days, hours=1)
    sent = w.run("placements", "notify")
    assert kinds(sent) == ["placement_declined", "placement_unanswered"]
    assert placement(w, p2.id).state == "expired"
    _, text, _ = read_eml(by_kind(sent, "placement_declined"))
    assert "did not answer in time" in text
    alert, text, _ = read_eml(by_kind(sent, "placement_unanswered"))
    assert alert["To"].addresses[0].addr_spec == w.settings.mail.ops_email
    assert f"#{aid}" in text

    # 4. Ops request the third (the applicant page's action); the preceptor accepts by the link.
    with w.rt.engine.connect() as conn:
        last_month = next(o for o in service.options(conn, aid, w.clock.now) if o.preceptor_id == third).months[-1]
    made = service.request_placement(w.rt.engine, aid, third, last_month, w.clock.now, "ops")
    p3 = placement(w, made["placement_id"])
    sent = w.run("placements", "notify")
    accept = link(by_kind(sent, "placement_request"), "accept")
    page = w.client.get(accept)  # a GET only shows the request: mail scanners must not answer
    assert "Accept the rotation" in page.text
    assert placement(w, p3.id).state == "requested"
    answered = form(w, accept)
    assert "The rotation is confirmed" in answered.text
    assert placement(w, p3.id).state == "confirmed"
    assert "already been used" in w.client.get(accept).text or "Already answered" in w.client.get(accept).text
    sent = w.run("placements", "notify")
    confirmed = by_kind(sent, "placement_confirmed")
    _, text, _ = read_eml(confirmed)
    assert "is confirmed" in text
    assert "WHAT TO BRING" in text
    assert "BLS certification" in text

    # 5. Before the rotation: T-30 and T-7 checklists; ops tick the items.
    start = starts_at(p3.months)
    assert start - w.clock.now > timedelta(days=30), "pick a later month for this walk"
    w.clock.now = start - timedelta(days=30)
    sent = w.run("placements", "notify")
    assert kinds(sent) == ["placement_checklist"]
    assert by_kind(sent, "placement_checklist").name.endswith("_30.eml")
    with w.rt.engine.connect() as conn:
        items = list(
            conn.scalars(select(t.placement_checklist.c.item).where(t.placement_checklist.c.placement_id == p3.id))
        )
    for item in items[:-1]:
        service.tick(w.rt.engine, p3.id, item, True, w.clock.now, "ops:test")
    w.clock.now = start - timedelta(days=7)
    sent = w.run("placements", "notify")
    _, text, _ = read_eml(by_kind(sent, "placement_checklist"))
    assert "we still miss 1 of them" in text
    assert "(received)" in text
    w.clock.now = start + timedelta(hours=9)
    with w.rt.engine.connect() as conn:
        open_items = [i for i in needs_attention(conn, w.clock.now) if i.category == "placement_items_open"]
    assert [i.applicant_id for i in open_items] == [aid]
    service.tick(w.rt.engine, p3.id, items[-1], True, w.clock.now, "ops:test")

    # A nightly match during the rotation keeps the seat where it is.
    w.run("match")
    with w.rt.engine.connect() as conn:
        seat = conn.execute(select(t.allocations).where(t.allocations.c.applicant_id == aid)).one()
    assert (seat.preceptor_id, seat.months) == (third, list(p3.months))

    # 6. The rotation ends: completed, thanks with a letter request (if they write them), feedback, USCE.
    with w.rt.engine.connect() as conn:
        usce_before = conn.scalar(select(t.cv_profiles.c.profile).where(t.cv_profiles.c.applicant_id == aid))
        lor = conn.scalar(select(t.preceptors.c.provides_lor).where(t.preceptors.c.id == third))
    from include.placements.model import ends_at

    w.clock.now = ends_at(p3.months) + timedelta(hours=1)
    sent = w.run("placements", "notify")
    assert kinds(sent) == ["placement_feedback", "placement_thanks"]
    _, text, _ = read_eml(by_kind(sent, "placement_thanks"))
    assert ("A LETTER OF RECOMMENDATION" in text) == bool(lor)
    done = placement(w, p3.id)
    assert done.state == "completed"
    assert done.usce_months == len(p3.months)
    with w.rt.engine.connect() as conn:
        profile = conn.scalar(select(t.cv_profiles.c.profile).where(t.cv_profiles.c.applicant_id == aid))
        status = conn.scalar(select(t.applicants.c.status).where(t.applicants.c.id == aid))
        events = list(
            conn.scalars(
                select(t.audit_log.c.event)
                .where(t.audit_log.c.applicant_id == aid, t.audit_log.c.stage == "placement")
                .order_by(t.audit_log.c.id)
            )
        )
        frames = load_frames(conn)
    assert profile["usce_months"] == int(usce_before.get("usce_months") or 0) + len(p3.months)
    assert profile["usce_entries"][-1]["placement_id"] == p3.id
    assert status == "completed"
    from include import pipeline

    pipeline.parse_cvs(w.settings, w.clock.now, [aid], force=True)  # the CV read again keeps the rotation
    with w.rt.engine.connect() as conn:
        reread = conn.scalar(select(t.cv_profiles.c.profile).where(t.cv_profiles.c.applicant_id == aid))
    assert reread["usce_months"] == profile["usce_months"]
    assert [e["placement_id"] for e in reread["usce_entries"] if "placement_id" in e] == [p3.id]
    assert events[0] == "placement_requested"
    assert events.count("placement_requested") == 3
    for event in ("placement_declined", "placement_expired", "placement_confirmed", "placement_completed"):
        assert event in events
    assert events.count("checklist_done") == len(items)
    totals = funnel_analytics(frames, ops_tz="America/New_York", now=w.clock.now).stage_totals
    assert totals["placed"] == 1
    assert totals["completed"] == 1

    _keep(w, [*sorted(w.settings.outbox_dir.glob("placement_*.eml")), followup])

    # Exactly once: every stage again, and again later, sends nothing new.
    assert w.run("placements", "notify", "match", "notify") == []
    w.clock.now += timedelta(days=40)
    assert w.run("placements", "notify") == []
