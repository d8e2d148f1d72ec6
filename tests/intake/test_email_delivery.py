"""Issue 13 item 2 (intake side): only addresses our mail backends can send to are accepted.

SendGrid and the .eml outbox do not do SMTPUTF8: an accented local part crashed every later ``notify``.
Intake now encodes IDNA domains, rejects non-ASCII local parts and look-alike (mixed-script) domains to
quarantine with a clear reason, and the batch goes on.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from email.headerregistry import Address

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from include.config import SourceConfig
from include.intake.ingest import ingest
from include.intake.normalize import LOOKALIKE_DOMAIN, NON_ASCII_LOCAL, normalize_email
from include.store import tables as t
from tests.intake.test_ingest import both_databases

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "stored", "reason"),
    [
        ("user@bücher.de", "user@xn--bcher-kva.de", None),
        ("a@почта.рф", "a@xn--80a1acny.xn--p1ai", None),
        ("a@xn--bcher-kva.de", "a@xn--bcher-kva.de", None),
        ("José@Gmail.com", None, NON_ASCII_LOCAL),
        ("иван@example.org", None, NON_ASCII_LOCAL),
        ("a@gmаil.com", None, LOOKALIKE_DOMAIN),  # Cyrillic "а" in gmail
        ("a@аррӏе.com", None, LOOKALIKE_DOMAIN),  # all-Cyrillic "apple" under .com
        ("a@xn--80ak6aa92e.com", None, LOOKALIKE_DOMAIN),  # the same, already punycode
        ("a@例え.jp", "a@xn--r8jz45g.jp", None),  # a real IDN: not a look-alike of a Latin name
    ],
)
def test_addresses_are_stored_ascii_or_rejected_with_a_reason(typed, stored, reason):
    assert normalize_email(typed, []) == (stored, reason)


@settings(max_examples=200, deadline=None)
@given(st.emails() | st.text(max_size=40).map(lambda s: s + "@exämple.org") | st.text(max_size=20))
def test_every_accepted_address_can_be_put_in_a_mail_header(text):
    email, reason = normalize_email(text, [])
    if reason is None:
        assert email is not None
        assert email.isascii()
        local, _, domain = email.rpartition("@")
        Address(username=local, domain=domain)  # what the .eml / SendGrid path builds; raises if it cannot


@both_databases
def test_undeliverable_rows_are_quarantined_and_the_batch_goes_on(make_rt, tmp_path):
    path = tmp_path / "form.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["Full Name", "Email Address"],
                ["José García", "josé@example.org"],
                ["Ivan Petrov", "ivan@gmаil.com"],
                ["Anna Müller", "anna@bücher.de"],
                ["Asha Rao", "asha@example.org"],
            ]
        )
    src = SourceConfig(
        name="form",
        kind="csv",
        mapping={"full_name": ["Full Name"], "email": ["Email Address"]},
        path=path,
        required=("full_name", "email"),
    )
    rt = make_rt((src,))
    summary = ingest(rt, NOW)
    assert (summary["accepted"], summary["rejected"]) == (2, 2)
    assert summary["rejected_by_reason"] == {NON_ASCII_LOCAL: 1, LOOKALIKE_DOMAIN: 1}
    with rt.engine.connect() as conn:
        assert sorted(conn.scalars(select(t.applicants.c.email))) == ["anna@xn--bcher-kva.de", "asha@example.org"]
        assert sorted(conn.scalars(select(t.quarantine.c.reason))) == sorted([NON_ASCII_LOCAL, LOOKALIKE_DOMAIN])
