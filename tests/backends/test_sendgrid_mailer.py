import base64
import json
from dataclasses import replace

import pytest

from include.backends.mail import Attachment, MailError, Message
from include.backends.sendgrid import SendGridMailer
from include.config import MailConfig
from tests.fakes.server import Fault

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
CONFIG = MailConfig(from_email="team@clerkflow.example", from_name="Clerkflow", ops_email="ops@clerkflow.example")


def message(**kw) -> Message:
    base = Message(
        key="consult_confirmation:42:b0k1ng",
        kind="consult_confirmation",
        applicant_id=42,
        to_email="applicant@example.org",
        to_name="Amara Okafor",
        subject="Your consultation is booked",
        html="<p>See you soon</p>",
        text="See you soon",
        from_email="team@clerkflow.example",
        from_name="Clerkflow Team",
        reply_to="advisors@clerkflow.example",
        attachments=(Attachment("invite.ics", ICS, "text/calendar"),),
        categories=("consult_confirmation",),
        unsubscribe_url="https://clerkflow.example/u/abc",
    )
    return replace(base, **kw)


def mailer(sleeps: list[float] | None = None, config: MailConfig = CONFIG, timeout: float = 30.0) -> SendGridMailer:
    sleep = (sleeps if sleeps is not None else []).append
    return SendGridMailer.from_connection(config, sleep=sleep, timeout=timeout)


def test_payload_carries_everything_sendgrid_needs(sendgrid_conn):
    config = replace(CONFIG, asm_group_id=4242)
    result = mailer(config=config).send(message())
    (accepted,) = sendgrid_conn.accepted
    assert result.provider_id == accepted.message_id
    p = accepted.payload
    assert p["from"] == {"email": "team@clerkflow.example", "name": "Clerkflow Team"}
    assert p["personalizations"][0]["to"] == [{"email": "applicant@example.org", "name": "Amara Okafor"}]
    assert p["subject"] == "Your consultation is booked"
    assert [c["type"] for c in p["content"]] == ["text/plain", "text/html"]
    (att,) = p["attachments"]
    assert (att["type"], att["filename"], base64.b64decode(att["content"])) == ("text/calendar", "invite.ics", ICS)
    assert p["custom_args"] == {"message_key": "consult_confirmation:42:b0k1ng", "applicant_id": "42"}
    assert p["categories"] == ["consult_confirmation"]
    assert p["asm"] == {"group_id": 4242}
    assert p["reply_to"] == {"email": "advisors@clerkflow.example"}
    assert p["headers"]["List-Unsubscribe"] == "<https://clerkflow.example/u/abc>"
    assert "mail_settings" not in p
    assert sendgrid_conn.requests[0].headers["authorization"] == f"Bearer {sendgrid_conn.api_key}"


def test_custom_args_and_categories_hold_no_personal_data(sendgrid_conn):
    mailer().send(message())
    p = sendgrid_conn.accepted[0].payload
    stored_forever = json.dumps([p["custom_args"], p["categories"]])
    assert "applicant@example.org" not in stored_forever
    assert "Amara" not in stored_forever


def test_sandbox_mode_answers_200_and_is_a_success(sendgrid_conn):
    result = mailer(config=replace(CONFIG, sandbox_mode=True)).send(message())
    assert sendgrid_conn.accepted[0].sandbox is True
    assert sendgrid_conn.accepted[0].payload["mail_settings"] == {"sandbox_mode": {"enable": True}}
    assert result.provider_id == sendgrid_conn.accepted[0].message_id


def test_429_waits_for_retry_after_then_sends(sendgrid_conn, sleeps):
    sendgrid_conn.inject(Fault.http(429, retry_after=3, body={"errors": [{"message": "too many requests"}]}))
    result = mailer(sleeps).send(message())
    assert sleeps == [3.0]
    assert len(sendgrid_conn.requests) == 2
    assert len(sendgrid_conn.accepted) == 1
    assert result.provider_id == sendgrid_conn.accepted[0].message_id


def test_500_is_retried_then_sends(sendgrid_conn, sleeps):
    sendgrid_conn.inject(Fault.http(500))
    mailer(sleeps).send(message())
    assert len(sleeps) == 1
    assert len(sendgrid_conn.accepted) == 1


def test_persistent_503_gives_up_as_a_temporary_failure(sendgrid_conn, sleeps):
    sendgrid_conn.inject(Fault.http(503, times=100))
    with pytest.raises(MailError) as info:
        mailer(sleeps).send(message())
    assert info.value.permanent is False
    assert len(sendgrid_conn.requests) == 5
    assert sendgrid_conn.accepted == []


def test_bad_address_is_permanent_after_exactly_one_request(sendgrid_conn, sleeps):
    with pytest.raises(MailError) as info:
        mailer(sleeps).send(message(to_email="not an address@example"))
    assert info.value.permanent is True
    assert "Does not contain a valid address" in str(info.value)
    assert "not an address" not in str(info.value)
    assert len(sendgrid_conn.requests) == 1
    assert sleeps == []


def test_a_revoked_key_is_not_a_permanent_failure_of_the_message(sendgrid_conn, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_CLERKFLOW_SENDGRID",
        json.dumps({"conn_type": "sendgrid", "password": "SG.wrong", "extra": {"host": sendgrid_conn.url}}),
    )
    with pytest.raises(MailError) as info:
        mailer().send(message())
    assert info.value.permanent is False
    assert "401" in str(info.value)


def test_cr_lf_in_subject_names_and_headers_cannot_inject_headers(sendgrid_conn):
    evil = message(
        subject="Booked\r\nBcc: victim@example.net",
        to_name="Amara\nBcc: victim@example.net",
        from_name="Clerkflow\r\nX-Evil: 1",
        headers={"X-Ref\r\nBcc": "a\nb"},
    )
    mailer().send(evil)
    p = sendgrid_conn.accepted[0].payload
    assert p["subject"] == "Booked Bcc: victim@example.net"
    assert p["personalizations"][0]["to"][0]["name"] == "Amara Bcc: victim@example.net"
    assert p["from"]["name"] == "Clerkflow X-Evil: 1"
    assert all("\r" not in k + v and "\n" not in k + v for k, v in p["headers"].items())


def test_a_lost_answer_is_not_retried_so_no_second_email(sendgrid_conn, sleeps):
    sendgrid_conn.inject(Fault.timeout_after(1.0))
    with pytest.raises(MailError) as info:
        mailer(sleeps, timeout=0.3).send(message())
    assert info.value.permanent is False
    assert "may have been sent" in str(info.value)
    assert len(sendgrid_conn.requests) == 1
    assert len(sendgrid_conn.accepted) == 1


def test_dropped_connection_after_acceptance_is_not_retried(sendgrid_conn, sleeps):
    sendgrid_conn.inject(Fault.drop_after())
    with pytest.raises(MailError) as info:
        mailer(sleeps).send(message())
    assert info.value.permanent is False
    assert len(sendgrid_conn.requests) == 1


def test_api_key_falls_back_to_the_environment(fake_sendgrid, monkeypatch):
    from include.hooks import sendgrid_settings

    monkeypatch.delenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", raising=False)
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.from-env")
    assert sendgrid_settings() == ("SG.from-env", None)


def test_one_mailer_keeps_one_connection_alive_for_its_sends(sendgrid_conn):
    sender = mailer()
    for n in range(5):
        sender.send(message(key=f"application_received:{n}"))
    assert len(sendgrid_conn.accepted) == 5
    assert len({r.peer for r in sendgrid_conn.requests}) == 1  # no new TCP connection per message


def test_concurrent_sends_share_the_mailer_and_each_lands_once(sendgrid_conn):
    from concurrent.futures import ThreadPoolExecutor

    sender = mailer()
    keys = [f"application_received:{n}" for n in range(40)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda k: sender.send(message(key=k)), keys))
    assert len({r.provider_id for r in results}) == 40
    assert sorted(sendgrid_conn.delivered()) == sorted(keys)
    assert len({r.peer for r in sendgrid_conn.requests}) <= 8  # connections reused, at most one per thread


def test_a_refused_connection_sent_nothing_and_is_retried(fake_sendgrid, monkeypatch, sleeps):
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_SENDGRID", fake_sendgrid.airflow_conn())
    sender = mailer(sleeps)
    fake_sendgrid.stop()  # nothing listens on the port any more
    with pytest.raises(MailError) as info:
        sender.send(message())
    assert info.value.maybe_sent is False
    assert len(sleeps) == 4  # every attempt the backoff allows: a refused connection is safe to retry
