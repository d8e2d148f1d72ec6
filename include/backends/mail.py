"""Outgoing mail: SendGrid v3 mail/send, or real MIME ``.eml`` files in an outbox folder."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Protocol


class MailError(Exception):
    """Sending failed. ``permanent`` (a bad address, a rejected payload) means: do not retry.

    ``maybe_sent``: the provider may have accepted the message before the answer was lost, so only an
    idempotent mailer may try again.
    """

    def __init__(self, reason: str, permanent: bool, maybe_sent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent
        self.maybe_sent = maybe_sent


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str  # "text/calendar"


@dataclass(frozen=True)
class Message:
    """One email. ``key`` is the outbox's unique message key; it travels in custom_args / a header."""

    key: str
    kind: str
    applicant_id: int | None
    to_email: str
    to_name: str
    subject: str
    html: str
    text: str
    from_email: str
    from_name: str
    reply_to: str | None = None
    attachments: tuple[Attachment, ...] = ()
    categories: tuple[str, ...] = ()
    unsubscribe_url: str | None = None
    internal: bool = False  # staff mail (ops alerts, advisors' briefs): outside the applicants' unsubscribe group
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SendResult:
    provider_id: str | None


@dataclass(frozen=True)
class Suppressed:
    """An address the provider will not deliver to; ``reason`` is bounce, spamreport, unsubscribe, ..."""

    email: str
    reason: str
    created_at: datetime | None


class Mailer(Protocol):
    idempotent: bool  # may a message whose send was interrupted be sent again without a duplicate?

    @property
    def unsubscribe_link(self) -> str | None:
        """A per-recipient unsubscribe link the provider fills in, or None to use the configured one."""

    def send(self, msg: Message) -> SendResult:
        """Hand the message over; raises MailError. The outbox guarantees one call per message key."""

    def suppressed(self) -> Iterable[Suppressed]:
        """The provider's own suppression lists (bounces, spam reports, unsubscribes)."""


def single_line(value: str) -> str:
    """Header-safe text: CR, LF and other control characters become spaces (no header injection)."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", value).strip()


def to_mime(msg: Message, now: datetime | None = None) -> EmailMessage:
    """The message as RFC 5322 MIME: text and HTML alternatives, attachments, List-Unsubscribe."""
    mime = EmailMessage()
    mime["From"] = Address(single_line(msg.from_name), addr_spec=msg.from_email)
    mime["To"] = Address(single_line(msg.to_name), addr_spec=msg.to_email)
    mime["Subject"] = single_line(msg.subject)
    mime["Date"] = format_datetime(now or datetime.now(UTC))
    mime["Message-ID"] = make_msgid(idstring=re.sub(r"[^A-Za-z0-9.-]", ".", msg.key)[:60], domain="clerkflow")
    mime["X-Clerkflow-Key"] = single_line(msg.key)
    if msg.reply_to:
        mime["Reply-To"] = msg.reply_to
    if msg.unsubscribe_url:
        mime["List-Unsubscribe"] = f"<{single_line(msg.unsubscribe_url)}>"
    for name, value in msg.headers.items():
        mime[single_line(name)] = single_line(value)
    mime.set_content(msg.text)
    mime.add_alternative(msg.html, subtype="html")
    for att in msg.attachments:
        maintype, subtype = att.mime_type.split("/", 1)
        mime.add_attachment(att.content, maintype=maintype, subtype=subtype, filename=single_line(att.filename))
    return mime


def eml_name(key: str) -> str:
    """A file name for a message key (keys hold ':' and '/')."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", key) + ".eml"


class OutboxMailer:
    """Writes each message as ``<outbox>/<key>.eml``; an existing file means it was already sent."""

    idempotent = True  # re-sending a key rewrites nothing, so a crashed claim can safely be retried
    unsubscribe_link = None

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def suppressed(self) -> Iterable[Suppressed]:
        return ()

    def send(self, msg: Message) -> SendResult:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / eml_name(msg.key)
        if not path.exists():
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(to_mime(msg)))
            tmp.replace(path)
        return SendResult(provider_id=path.name)
