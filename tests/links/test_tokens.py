"""Signed tokens: a changed byte, the wrong purpose, an expired, revoked or replayed link is refused."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from include.links import store
from include.links.tokens import TokenError, new_nonce, sign, verify
from include.store import tables as t

KEY = b"k" * 32
NOW = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=7)


def _reason(fn, *args) -> str:
    with pytest.raises(TokenError) as err:
        fn(*args)
    return err.value.reason


def test_round_trip_and_deterministic() -> None:
    nonce = new_nonce()
    token = sign(KEY, "consult_pick", 42, LATER, nonce)
    assert token == sign(KEY, "consult_pick", "42", LATER, nonce)
    claims = verify(KEY, token, "consult_pick", NOW)
    assert (claims.subject, claims.purpose, claims.nonce, claims.expires_at) == ("42", "consult_pick", nonce, LATER)


def test_tampered_tokens_are_refused() -> None:
    token = sign(KEY, "consult_pick", 42, LATER, new_nonce())
    body, mac = token.split(".")
    payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    other = base64.urlsafe_b64encode(payload.replace(b"|42|", b"|43|")).rstrip(b"=").decode()
    assert _reason(verify, KEY, f"{other}.{mac}", "consult_pick", NOW) == "tampered"  # another applicant
    flipped = mac[:-2] + ("A" if mac[-2] != "A" else "B") + mac[-1]
    assert _reason(verify, KEY, f"{body}.{flipped}", "consult_pick", NOW) == "tampered"
    assert _reason(verify, b"x" * 32, token, "consult_pick", NOW) == "tampered"  # another key
    longer = sign(KEY, "consult_pick", 42, LATER + timedelta(days=365), new_nonce()).split(".")[0]
    assert _reason(verify, KEY, f"{longer}.{mac}", "consult_pick", NOW) == "tampered"  # a later expiry
    stray = mac[:-1] + chr(ord(mac[-1]) + 1)  # same bytes to a lenient decoder, another spelling
    assert _reason(verify, KEY, f"{body}.{stray}", "consult_pick", NOW) == "malformed"
    for junk in ("", "abc", "a.b.c", "!!.??", "x" * 500, token + "."):
        assert _reason(verify, KEY, junk, "consult_pick", NOW) == "malformed"


def test_expired_and_wrong_purpose() -> None:
    token = sign(KEY, "consult_pick", 42, LATER, new_nonce())
    assert _reason(verify, KEY, token, "consult_pick", LATER) == "expired"
    assert _reason(verify, KEY, token, "consult_manage", NOW) == "wrong_purpose"
    assert _reason(verify, KEY, token, "placement_accept", NOW) == "wrong_purpose"


def test_sign_refuses_what_a_token_cannot_carry() -> None:
    with pytest.raises(ValueError, match="cannot carry"):
        sign(KEY, "consult_pick", "a|b", LATER, new_nonce())
    with pytest.raises(ValueError, match="cannot carry"):
        sign(KEY, "consult_pick", "someone@example.com", LATER, new_nonce())


def test_stored_links_single_use_revoke_and_replay(runtime) -> None:
    with runtime.engine.begin() as conn:
        token, nonce = store.issue(conn, KEY, "consult_pick", 7, NOW, timedelta(days=7), single_use=True)
        claims, row = store.check(conn, KEY, token, "consult_pick", NOW)
        assert claims.subject == "7"
        assert store.token_for(KEY, row) == token
        assert store.opened(conn, nonce, NOW)
        assert not store.opened(conn, nonce, NOW)
        store.use(conn, nonce, NOW)
        assert _reason(store.check, conn, KEY, token, "consult_pick", NOW) == "used"  # replayed
        assert _reason(store.use, conn, nonce, NOW) == "used"

        manage, _ = store.issue(conn, KEY, "consult_manage", 7, NOW, timedelta(days=30))
        store.check(conn, KEY, manage, "consult_manage", NOW)
        store.use(conn, _, NOW)  # multi-use: stays active
        store.check(conn, KEY, manage, "consult_manage", NOW)
        assert store.latest(conn, "consult_manage", 7).nonce == _
        assert store.revoke(conn, "consult_manage", 7, NOW) == 1
        assert _reason(store.check, conn, KEY, manage, "consult_manage", NOW) == "revoked"
        assert store.latest(conn, "consult_manage", 7) is None


def test_a_link_unknown_to_the_db_or_altered_there_is_refused(runtime) -> None:
    orphan = sign(KEY, "consult_pick", 7, LATER, new_nonce())
    with runtime.engine.begin() as conn:
        assert _reason(store.check, conn, KEY, orphan, "consult_pick", NOW) == "unknown"
        token, nonce = store.issue(conn, KEY, "consult_pick", 7, NOW, timedelta(days=7))
        conn.execute(t.signed_links.update().where(t.signed_links.c.nonce == nonce).values(subject="8"))
        assert _reason(store.check, conn, KEY, token, "consult_pick", NOW) == "unknown"
        assert conn.scalar(select(t.signed_links.c.state).where(t.signed_links.c.nonce == nonce)) == "active"
