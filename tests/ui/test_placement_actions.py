"""The applicant page's placement actions through FastAPI's TestClient (a private copy of the sample funnel)."""

from __future__ import annotations

from sqlalchemy import select

from include.labels import label
from include.placements.service import options
from include.store import tables as t
from tests.ui.test_ops_pages import LATER, _as, client, engine  # noqa: F401 - fixtures reused


def test_ops_request_tick_and_cancel_a_placement(client, make_token, engine) -> None:  # noqa: F811
    with engine.connect() as conn:
        aid, opts = next(
            (a, o)
            for a in conn.scalars(select(t.applicants.c.id).order_by(t.applicants.c.id))
            if (o := options(conn, a, LATER))
        )
    path = f"/api/applicants/{aid}/placement"
    body = {"action": "request", "preceptor_id": opts[0].preceptor_id, "month": opts[0].months[-1]}
    assert _as(client, "viewer", make_token).post(path, json=body).status_code == 403
    user = _as(client, "op", make_token)
    made = user.post(path, json=body)
    assert made.status_code == 200, made.text
    pid = made.json()["placement_id"]
    assert user.post(path, json=body).status_code == 409  # one live placement per applicant
    page = user.get(f"/applicants/{aid}")
    assert label("placement_state", "requested") in page.text
    assert 'id="placement-choice"' not in page.text  # no second request while one is live

    # Ticking needs a confirmed placement's checklist; the preceptor accepts here through the service.
    from include.config import load_settings
    from include.placements.service import accept

    accept(engine, pid, LATER, load_settings().placements)
    with engine.connect() as conn:
        item = conn.scalar(select(t.placement_checklist.c.item).where(t.placement_checklist.c.placement_id == pid))
    ticked = user.post(path, json={"action": "tick", "placement_id": pid, "item": item})
    assert ticked.status_code == 200
    assert user.post(path, json={"action": "tick", "placement_id": pid, "item": "nope"}).status_code == 409
    assert user.post(path, json={"action": "tick", "placement_id": pid + 999, "item": item}).status_code in {404, 409}
    page = user.get(f"/applicants/{aid}")
    assert "received" in page.text
    assert label("placement_state", "confirmed") in page.text

    cancelled = user.post(path, json={"action": "cancel", "placement_id": pid, "reason": "visa refused"})
    assert cancelled.json()["state"] == "cancelled"
    with engine.connect() as conn:
        row = conn.execute(select(t.placements).where(t.placements.c.id == pid)).one()
        events = list(conn.scalars(select(t.audit_log.c.event).where(t.audit_log.c.applicant_id == aid)))
    assert (row.state, row.decline_reason) == ("cancelled", "visa refused")
    assert {"placement_requested", "placement_confirmed", "checklist_done", "placement_cancelled"} <= set(events)
