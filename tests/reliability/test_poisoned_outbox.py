"""One bad message never blocks the others: it is failed with a reason, attempts are capped, the batch goes on."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, update

from include.backends.mail import Message, OutboxMailer, SendResult
from include.notify.dispatch import STALE_CLAIM, dispatch
from include.notify.plan import plan_messages
from include.store import tables as t
from tests.notify.seed import add_applicant, outbox, with_mailer

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
POISON = 36  # in the middle of 71 applicants


def _applicants(rt, n: int = 71, poison_email: str = "josé@example.org") -> None:
    for aid in range(1, n + 1):
        add_applicant(rt, aid, **({"email": poison_email} if aid == POISON else {}))
    with rt.engine.begin() as conn:
        plan_messages(conn, NOW)


def test_a_non_ascii_local_part_fails_that_message_only_and_the_other_70_are_sent(runtime, settings) -> None:
    _applicants(runtime)
    assert dispatch(runtime, NOW) == {"sent": 70, "failed": 1}
    (bad,) = outbox(runtime, state="failed")
    assert bad.applicant_id == POISON
    assert "non-ASCII characters before the @" in bad.error
    assert "josé" not in bad.error  # the reason names the problem, not the address
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 70
    assert dispatch(runtime, NOW) == {}  # not retried: it would fail the same way


def test_a_cyrillic_lookalike_local_part_is_failed_the_same_way(runtime) -> None:
    _applicants(runtime, 40, poison_email="аdmin@example.org")  # Cyrillic "а"
    counts = dispatch(runtime, NOW)
    assert counts == {"sent": 39, "failed": 1}


class _Exploding(OutboxMailer):
    """The real outbox, except that one message's send raises something no one planned for."""

    def send(self, msg: Message) -> SendResult:
        if msg.applicant_id == POISON:
            raise RuntimeError("client bug")
        return super().send(msg)


def test_any_exception_sending_one_message_is_recorded_and_the_batch_goes_on(runtime, settings) -> None:
    _applicants(runtime)
    rt = with_mailer(runtime, _Exploding(settings.outbox_dir))
    assert dispatch(rt, NOW) == {"sent": 70, "failed": 1}
    (bad,) = outbox(runtime, state="failed")
    assert bad.error == "cannot send: RuntimeError: client bug"


def test_a_stale_sending_row_is_given_up_after_the_attempt_cap_and_does_not_go_first(runtime) -> None:
    _applicants(runtime, 4)
    o = t.outbox_messages
    later = NOW + STALE_CLAIM + timedelta(minutes=1)
    cap = runtime.settings.mail.max_attempts
    with runtime.engine.begin() as conn:  # applicant 1's message: claimed and killed mid-send `cap` times
        conn.execute(update(o).where(o.c.applicant_id == 1).values(state="sending", attempts=cap, claimed_at=NOW))
    assert dispatch(runtime, later, limit=1) == {"sent": 1}  # a fresh message goes first
    assert [r.state for r in outbox(runtime, applicant_id=1)] == ["sending"]
    assert dispatch(runtime, later) == {"sent": 2, "failed": 1}
    (stuck,) = outbox(runtime, applicant_id=1)
    assert stuck.state == "failed"
    assert stuck.error.startswith(f"gave up after {cap} attempts")


def test_the_attempt_cap_comes_from_the_config(runtime) -> None:
    rt = replace(runtime, settings=replace(runtime.settings, mail=replace(runtime.settings.mail, max_attempts=1)))
    add_applicant(rt, 1)
    with rt.engine.begin() as conn:
        conn.execute(
            insert(t.outbox_messages).values(
                message_key="application_received:1",
                applicant_id=1,
                kind="application_received",
                to_email="applicant1@example.org",
                state="sending",
                attempts=1,
                claimed_at=NOW,
                created_at=NOW,
            )
        )
    assert dispatch(rt, NOW + STALE_CLAIM + timedelta(seconds=1)) == {"failed": 1}
    assert outbox(rt)[0].error.startswith("gave up after 1 attempts")
