"""The suppression list: webhook exports imported once, SendGrid's lists synced, suppressed never mailed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from include import cli, pipeline
from include.backends.sendgrid import SendGridMailer
from include.notify.dispatch import dispatch
from include.notify.plan import plan_messages
from include.notify.suppressions import import_events, sync_from_sendgrid
from include.store import tables as t
from tests.fakes.server import Fault
from tests.notify.seed import add_applicant, outbox, with_mailer

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TS = 1_764_590_400  # 2025-12-01T12:00:00Z


def event(name: str, email: str, ts: int = TS, **kw) -> dict:
    return {"event": name, "email": email, "timestamp": ts, "message_key": f"application_received:{email[:1]}", **kw}


def suppressed(rt) -> dict[str, str]:
    with rt.engine.connect() as conn:
        return dict(conn.execute(select(t.suppressions.c.email, t.suppressions.c.reason)).all())


def stored_events(rt) -> list:
    with rt.engine.connect() as conn:
        return conn.execute(select(t.email_events)).all()


def test_webhook_events_are_kept_once_however_often_delivered(runtime):
    events = [
        event("delivered", "a@example.org"),
        event("bounce", "b@example.org", type="bounce", reason="550 5.1.1 <b@example.org>: user unknown"),
        event("spamreport", "c@example.org"),
    ]
    # The webhook redelivers each event with a fresh sg_event_id.
    for n in range(3):
        counts = import_events(runtime, [{**e, "sg_event_id": f"id{n}"} for e in events])
    assert counts == {"duplicate": 3}
    rows = stored_events(runtime)
    assert sorted(r.event for r in rows) == ["bounce", "delivered", "spamreport"]
    bounce = next(r for r in rows if r.event == "bounce")
    assert bounce.detail["reason"] == "550 5.1.1 <<address>>: user unknown"
    assert "b@example.org" not in json.dumps([r.detail for r in rows])
    assert suppressed(runtime) == {"b@example.org": "bounce", "c@example.org": "spamreport"}


def test_which_events_suppress_and_a_resubscribe_lifts_an_unsubscribe(runtime):
    import_events(
        runtime,
        [
            event("bounce", "blocked@example.org", type="blocked"),
            event("dropped", "old@example.org", reason="Bounced Address"),
            event("dropped", "fine@example.org", reason="Invalid SMTPAPI header"),
            event("unsubscribe", "u@example.org"),
            event("group_unsubscribe", "G@Example.org", asm_group_id=77),
            event("group_resubscribe", "g@example.org", ts=TS + 60, asm_group_id=77),
            {"event": "spamreport", "email": "nokey@example.org", "timestamp": TS},
            {"event": "open"},
        ],
    )
    assert suppressed(runtime) == {
        "old@example.org": "dropped",
        "u@example.org": "unsubscribe",
        "nokey@example.org": "spamreport",
    }


def test_an_imported_bounce_stops_the_queued_message(runtime, settings):
    add_applicant(runtime, 1)
    with runtime.engine.begin() as conn:
        plan_messages(conn, NOW)
    import_events(runtime, [event("bounce", "applicant1@example.org", type="bounce")])
    assert dispatch(runtime, NOW) == {"suppressed": 1}
    assert list(settings.outbox_dir.glob("*.eml")) == []


def test_sync_reads_every_sendgrid_list_with_paging_and_retries(runtime, sendgrid_conn, sleeps):
    sendgrid_conn.suppression_lists["bounces"] = [
        {"email": f"bounce{i}@example.org", "created": TS, "reason": "550", "status": "5.1.1"} for i in range(501)
    ]
    sendgrid_conn.suppression_lists["spam_reports"] = [{"email": "Spam@Example.org", "created": TS}]
    sendgrid_conn.suppression_lists["unsubscribes"] = [{"email": "bounce0@example.org", "created": TS}]
    sendgrid_conn.group_suppressions[77] = ["group@example.org"]
    sendgrid_conn.inject(Fault.http(500, path="spam_reports"))
    mail = replace(runtime.settings.mail, asm_group_id=77)
    rt = with_mailer(runtime, SendGridMailer.from_connection(mail, sleep=sleeps.append))

    first = sync_from_sendgrid(rt, NOW)
    assert first == {"listed": 503, "new": 503, "new_bounce": 501, "new_spamreport": 1, "new_group_unsubscribe": 1}
    assert len(sendgrid_conn.calls("GET", "/v3/suppression/bounces")) == 2
    assert len(sleeps) == 1
    assert suppressed(rt)["spam@example.org"] == "spamreport"
    assert sync_from_sendgrid(rt, NOW)["new"] == 0


def test_the_nightly_stage_with_the_local_mailer_finds_nothing(runtime, settings):
    assert pipeline.sync_suppressions(settings, NOW) == {"listed": 0, "new": 0}


def test_cli_imports_a_webhook_export_in_json_lines(runtime, settings, tmp_path, capsys):
    export = tmp_path / "events.jsonl"
    export.write_text("\n".join(json.dumps(event(n, f"{n}@example.org")) for n in ("unsubscribe", "delivered")))
    assert cli.main(["--db", settings.db_url, "suppressions", "import", str(export), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"stored": 2, "suppressed": 1}
    assert suppressed(runtime) == {"unsubscribe@example.org": "unsubscribe"}
    assert outbox(runtime) == []
