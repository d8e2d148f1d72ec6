"""Fake SendGrid v3 ``POST /v3/mail/send``: checks the key and the payload the way SendGrid does.

``accepted`` holds every payload answered 202 (or 200 in sandbox mode) with its X-Message-Id.
Suppression lists (``GET /v3/suppression/{bounces,spam_reports,unsubscribes}`` with limit/offset, and
``GET /v3/asm/groups/{id}/suppressions``) serve ``suppression_lists`` and ``group_suppressions``.
Point clerkflow at it with ``AIRFLOW_CONN_CLERKFLOW_SENDGRID=fake.airflow_conn()``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
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
        self.suppression_lists: dict[str, list[dict[str, Any]]] = {
            "bounces": [],
            "spam_reports": [],
            "unsubscribes": [],
        }
        self.group_suppressions: dict[int, list[str]] = {}

    def airflow_conn(self) -> str:
        return json.dumps({"conn_type": "sendgrid", "password": self.api_key, "extra": {"host": self.url}})

    def delivered(self) -> Counter[str]:
        """How many times each message key (``custom_args.message_key``) was accepted: a duplicate shows as 2+."""
        with self.lock:
            return Counter(str((a.payload.get("custom_args") or {}).get("message_key")) for a in self.accepted)

    def handle(self, req: Recorded) -> Reply:
        if req.headers.get("authorization") != f"Bearer {self.api_key}":
            return sendgrid_error(401, "The provided authorization grant is invalid, expired, or revoked")
        if req.method == "GET":
            return self._suppressions(req)
        if req.path != "/v3/mail/send" or req.method != "POST":
            return sendgrid_error(404, "not found")
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

    def _suppressions(self, req: Recorded) -> Reply:
        group = re.fullmatch(r"/v3/asm/groups/(\d+)/suppressions", req.path)
        if group:
            return json_reply(self.group_suppressions.get(int(group.group(1)), []))
        listed = re.fullmatch(r"/v3/suppression/(bounces|spam_reports|unsubscribes)", req.path)
        if not listed:
            return sendgrid_error(404, "not found")
        limit = int(req.param("limit") or 500)
        if limit > 500:
            return sendgrid_error(400, "limit must be at most 500", "limit")
        offset = int(req.param("offset") or 0)
        return json_reply(self.suppression_lists[listed.group(1)][offset : offset + limit])


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
