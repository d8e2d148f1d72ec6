"""Signed link tokens: who (subject id), for what (purpose), until when (expiry), and which issue (nonce).

A token is ``base64url(payload) "." base64url(HMAC-SHA256(key, payload))`` with payload
``v1|purpose|subject|expiry-unix|nonce``. Nothing personal goes in: the subject is an internal id (an
applicant's or a preceptor's), never a name or address. Stateless checks (signature, purpose, expiry) live
here; revocation and single use need the issued-link row (``include.links.store``).

The same fields always give the same token, so an email can be rendered again at send time (or in a
preview) from the stored row and the key, without storing the token itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from include.timeutil import as_utc

VERSION = "v1"
MAX_TOKEN = 400  # characters: anything longer is refused before any work
_PURPOSE = re.compile(r"[a-z][a-z0-9_]{0,39}")
_SUBJECT = re.compile(r"[A-Za-z0-9_-]{1,64}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,43}")

# Why a token was refused; the page shows the label (include.labels, group "link_refused"), the log the code.
MALFORMED, TAMPERED, EXPIRED, WRONG_PURPOSE, UNKNOWN, REVOKED, USED = (
    "malformed",
    "tampered",
    "expired",
    "wrong_purpose",
    "unknown",
    "revoked",
    "used",
)


class TokenError(ValueError):
    """A token that must not be honoured; ``reason`` is one of the codes above (no token text in it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Claims:
    purpose: str
    subject: str
    expires_at: datetime
    nonce: str


def new_nonce() -> str:
    """128 random bits, URL-safe: the issued link's id."""
    return _b64(secrets.token_bytes(16))


def sign(key: bytes, purpose: str, subject: str | int, expires_at: datetime, nonce: str) -> str:
    """The token for these claims (deterministic: the same claims and key give the same token)."""
    subject = str(subject)
    if not _PURPOSE.fullmatch(purpose) or not _SUBJECT.fullmatch(subject) or not _NONCE.fullmatch(nonce):
        raise ValueError("purpose, subject or nonce has characters a token cannot carry")
    payload = "|".join((VERSION, purpose, subject, str(int(as_utc(expires_at).timestamp())), nonce)).encode()
    return f"{_b64(payload)}.{_b64(_mac(key, payload))}"


def verify(key: bytes, token: str, purpose: str, now: datetime) -> Claims:
    """The claims of ``token`` if its signature holds, it is for ``purpose`` and not expired at ``now``.

    The signature is checked first (in constant time), so an altered token says "tampered" whatever else
    is wrong with it, and nothing of an unsigned payload is trusted.
    """
    if not token or len(token) > MAX_TOKEN or token.count(".") != 1:
        raise TokenError(MALFORMED)
    body, mac = token.split(".")
    try:
        payload, given = _unb64(body), _unb64(mac)
    except ValueError:
        raise TokenError(MALFORMED) from None
    if not hmac.compare_digest(_mac(key, payload), given):
        raise TokenError(TAMPERED)
    try:
        version, got_purpose, subject, expiry, nonce = payload.decode().split("|")
        expires_at = datetime.fromtimestamp(int(expiry), UTC)
    except (ValueError, UnicodeDecodeError, OverflowError, OSError):
        raise TokenError(MALFORMED) from None
    if version != VERSION:
        raise TokenError(MALFORMED)
    if got_purpose != purpose:
        raise TokenError(WRONG_PURPOSE)
    if as_utc(now) >= expires_at:
        raise TokenError(EXPIRED)
    return Claims(purpose=got_purpose, subject=subject, expires_at=expires_at, nonce=nonce)


def _mac(key: bytes, payload: bytes) -> bytes:
    if not key:
        raise ValueError("empty signing key")
    return hmac.new(key, payload, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    """Decode base64url, refusing non-canonical spellings (stray bits in the last character).

    The lenient decoder maps four spellings of a token to the same bytes; one link has one spelling.
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data
