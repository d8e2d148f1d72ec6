"""Fake SendGrid v3 ``POST /v3/mail/send``: checks the key and the payload the way SendGrid does.

``accepted`` holds every payload answered 202 (or 200 in sandbox mode) with its X-Message-Id.
Point clerkflow at it with ``AIRFLOW_CONN_CLERKFLOW_SENDGRID=fake.airflow_conn()``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Reply, json_reply

_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
MAX_BYTES = 30 * 1024 * 1024


@dataclass(frozen=True)
class Accepted:
    message_id: str
    payload: dict[str, Any]
    sandbox: bool


def sendgrid_error(status: int, message: str, field: str | None = None) -> Reply:
    return json_reply({"errors": [{"message": message, "field": field, "help": None}]}, status)


class FakeSendGrid(FakeServer):
    def __init__(self, *args: Any, api_key: str = "SG.fake-key", **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.api_key = api_key
        self.accepted: list[Accepted] = []

    def airflow_conn(self) -> str:
        return json.dumps({"conn_type": "sendgrid", "password": self.api_key, "extra": {"host": self.url}})

    def handle(self, req: Recorded) -> Reply:
        if req.path != "/v3/mail/send" or req.method != "POST":
            return sendgrid_error(404, "not found")
        if req.headers.get("authorization") != f"Bearer {self.api_key}":
            return sendgrid_error(401, "The provided authorization grant is invalid, expired, or revoked")
        if len(req.body) > MAX_BYTES:
            return sendgrid_error(413, "The JSON payload you have included in your request is too large.")
        try:
            payload = req.json()
        except ValueError:
            return sendgrid_error(400, "Bad Request", None)
        problem = _validate(payload)
        if problem:
            return sendgrid_error(400, *problem)
        sandbox = bool(((payload.get("mail_settings") or {}).get("sandbox_mode") or {}).get("enable"))
        message_id = f"fake{len(self.accepted) + 1:06d}"
        self.accepted.append(Accepted(message_id, payload, sandbox))
        if sandbox:
            return Reply(200, b"", {"X-Message-Id": message_id})
        return Reply(202, b"", {"X-Message-Id": message_id})


def _validate(p: dict[str, Any]) -> tuple[str, str] | None:
    """The first problem SendGrid would report, as (message, field)."""
    if not _ADDRESS.match((p.get("from") or {}).get("email", "")):
        return "The from email does not contain a valid address.", "from.email"
    personalizations = p.get("personalizations") or []
    if not personalizations:
        return "The personalizations field is required and must have at least one personalization.", "personalizations"
    for i, pers in enumerate(personalizations):
        for j, to in enumerate(pers.get("to") or []):
            if not _ADDRESS.match(to.get("email", "")):
                return "Does not contain a valid address.", f"personalizations.{i}.to.{j}.email"
        if not (pers.get("subject") or p.get("subject")):
            return "The subject is required.", "subject"
    content = p.get("content") or []
    if not content:
        return "Unless a valid template_id is provided, the content parameter is required.", "content"
    types = [c.get("type") for c in content]
    if "text/plain" in types and types[0] != "text/plain":
        return "If present, text/plain content must be first, followed by HTML content.", "content"
    # Stricter than SendGrid on purpose: a CR or LF in any header-bound value fails the test that sent it.
    if any("\r" in v or "\n" in v for v in _header_values(p)):
        return "A header-bound value contains CR or LF.", "headers"
    return None


def _header_values(p: dict[str, Any]) -> list[str]:
    """The values SendGrid turns into MIME headers (where CR/LF would inject a header)."""
    out = [p.get("subject") or "", (p.get("from") or {}).get("name") or ""]
    out += [(p.get("reply_to") or {}).get("email") or ""]
    for pers in p.get("personalizations") or []:
        out.append(pers.get("subject") or "")
        out += [to.get("name") or "" for to in pers.get("to") or []]
        out += list((pers.get("headers") or {}).values()) + list((pers.get("headers") or {}).keys())
    out += list((p.get("headers") or {}).values()) + list((p.get("headers") or {}).keys())
    return out
