"""SendGrid v3 mail/send with the official client.

mail/send has no idempotency key, so only answers that prove nothing was accepted (429, 5xx, refused
connection) are retried here; a timeout or a dropped connection may hide a 202 and is left to the
outbox (``MailError(maybe_sent=True)``: the outbox never re-sends it). The suppression list GETs have no
side effect and are retried on any transport error. ``custom_args`` and ``categories`` are kept forever by SendGrid and
cannot be redacted: ids only.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import time
import urllib.error
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import requests
from python_http_client import Client
from python_http_client.exceptions import HTTPError, err_dict
from requests.adapters import HTTPAdapter
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import (
    Asm,
    Attachment,
    Category,
    CustomArg,
    Disposition,
    FileContent,
    FileName,
    FileType,
    From,
    GroupId,
    Header,
    HtmlContent,
    Mail,
    MailSettings,
    PlainTextContent,
    ReplyTo,
    SandBoxMode,
    Subject,
    To,
)

from include.backends.google import TRANSPORT_ERRORS, Backoff, Sleep, retry_after_seconds
from include.backends.mail import MailError, Message, SendResult, Suppressed, single_line
from include.config import MailConfig
from include.hooks import SENDGRID_CONN_ID, sendgrid_settings

# The client's HTTP layer logs whole request bodies (names, addresses) at DEBUG: never let that through.
logging.getLogger("python_http_client").setLevel(logging.INFO)

TIMEOUT = 30.0
PAGE_SIZE = 500  # the suppression list endpoints' maximum
ASM_UNSUBSCRIBE_TAG = "<%asm_group_unsubscribe_raw_url%>"
_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+")


class KeepAliveClient(Client):
    """The SendGrid client's HTTP layer (``python_http_client.Client``) over one ``requests.Session`` per run.

    The stock client opens a urllib opener and a new TCP (and TLS) connection for every request; this one keeps
    a pool of connections alive and is safe to share between sender threads. Its answers and errors are the
    stock client's (``HTTPError`` subclasses with status, body and headers), and a connection that could not
    be opened raises what urllib raises for a refused one, so ``SendGridMailer`` tells "not sent" (retry) from
    "maybe sent" (no answer to a request that went out) exactly as before.
    """

    def __init__(self, *args: Any, session: requests.Session | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.session = session or _session()

    def _build_client(self, name: str | None = None) -> KeepAliveClient:
        url_path = [*self._url_path, name] if name else self._url_path
        return KeepAliveClient(
            host=self.host,
            version=self._version,
            request_headers=self.request_headers,
            url_path=url_path,
            append_slash=self.append_slash,
            timeout=self.timeout,
            session=self.session,
        )

    def _make_request(self, opener: Any, request: Any, timeout: float | None = None) -> Any:
        try:
            resp = self.session.request(
                request.get_method(),
                request.full_url,
                data=request.data,
                headers=dict(request.header_items()),
                timeout=timeout or self.timeout,
            )
        except requests.ConnectionError as exc:
            if isinstance(exc, requests.ConnectTimeout) or _never_connected(exc):
                raise urllib.error.URLError(ConnectionRefusedError(str(exc))) from None  # nothing went out
            raise ConnectionError(str(exc)) from None  # the request may have been read: no answer
        except requests.Timeout as exc:
            raise TimeoutError(str(exc)) from None
        if resp.status_code >= 400:
            raise err_dict.get(resp.status_code, HTTPError)(resp.status_code, resp.reason, resp.content, resp.headers)
        return _Answer(resp)


class _Answer:
    """A ``requests`` response as the stock client reads a urllib one."""

    def __init__(self, resp: requests.Response) -> None:
        self.resp = resp

    def getcode(self) -> int:
        return self.resp.status_code

    def read(self) -> bytes:
        return self.resp.content

    def info(self) -> Any:
        return self.resp.headers


def _session(pool: int = 64) -> requests.Session:
    session = requests.Session()
    session.mount("https://", HTTPAdapter(pool_connections=1, pool_maxsize=pool))
    session.mount("http://", HTTPAdapter(pool_connections=1, pool_maxsize=pool))
    return session


def _never_connected(exc: requests.ConnectionError) -> bool:
    """Whether the connection itself failed (refused, unreachable, unknown host): no byte of the request went out."""
    from urllib3.exceptions import NewConnectionError

    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, NewConnectionError)


def keep_alive(client: SendGridAPIClient) -> SendGridAPIClient:
    """``client`` with its HTTP layer replaced by a ``KeepAliveClient`` (same host, headers and version)."""
    stock = client.client
    client.client = KeepAliveClient(
        host=stock.host, request_headers=stock.request_headers, version=stock._version, timeout=stock.timeout
    )
    return client


def sendgrid_payload(msg: Message, config: MailConfig) -> dict[str, Any]:
    """The mail/send JSON for ``msg``: text and HTML, attachments, ids in custom_args, header-safe strings."""
    mail = Mail(
        from_email=From(msg.from_email, single_line(msg.from_name) or None),
        to_emails=To(msg.to_email, single_line(msg.to_name) or None),
        subject=Subject(single_line(msg.subject)),
        plain_text_content=PlainTextContent(msg.text),
        html_content=HtmlContent(msg.html),
    )
    reply_to = msg.reply_to or config.reply_to
    if reply_to:
        mail.reply_to = ReplyTo(single_line(reply_to))
    if msg.attachments:
        mail.attachment = [
            Attachment(
                FileContent(base64.b64encode(att.content).decode("ascii")),
                FileName(single_line(att.filename)),
                FileType(single_line(att.mime_type)),
                Disposition("attachment"),
            )
            for att in msg.attachments
        ]
    args = {"message_key": msg.key}
    if msg.applicant_id is not None:
        args["applicant_id"] = str(msg.applicant_id)
    mail.custom_arg = [CustomArg(k, v) for k, v in args.items()]
    if msg.categories:
        mail.category = [Category(single_line(c)) for c in msg.categories]
    headers = {single_line(k): single_line(v) for k, v in msg.headers.items()}
    headers["X-Clerkflow-Key"] = single_line(msg.key)
    if msg.unsubscribe_url:
        headers["List-Unsubscribe"] = f"<{single_line(msg.unsubscribe_url)}>"
    mail.header = [Header(k, v) for k, v in headers.items()]
    if config.asm_group_id is not None and not msg.internal:
        mail.asm = Asm(GroupId(config.asm_group_id))
    if config.sandbox_mode:
        mail.mail_settings = MailSettings(sandbox_mode=SandBoxMode(True))
    return mail.get()


def _error_reason(exc: HTTPError) -> str:
    """SendGrid's errors[].message, with anything that looks like an address masked."""
    try:
        errors = json.loads(exc.body or b"{}").get("errors") or []
        parts = [" ".join(str(e[k]) for k in ("message", "field") if e.get(k)) for e in errors]
    except (ValueError, AttributeError):
        parts = []
    text = "; ".join(p for p in parts if p) or "no reason given"
    return _EMAIL.sub("<address>", text)[:300]


def _header(exc: HTTPError, name: str) -> str | None:
    headers = exc.headers
    return headers.get(name) if headers is not None else None


class SendGridMailer:
    """Sends one message per call; returns SendGrid's X-Message-Id."""

    idempotent = False  # no idempotency key: a send interrupted after the request may already be delivered

    def __init__(
        self, client: SendGridAPIClient, config: MailConfig, backoff: Backoff | None = None, timeout: float = TIMEOUT
    ) -> None:
        self.client = client
        self.config = config
        self.backoff = backoff or Backoff()
        self.timeout = timeout

    @classmethod
    def from_connection(
        cls,
        mail_config: MailConfig,
        conn_id: str = SENDGRID_CONN_ID,
        sleep: Sleep = time.sleep,
        timeout: float = TIMEOUT,
    ) -> SendGridMailer:
        api_key, host = sendgrid_settings(conn_id)
        client = SendGridAPIClient(api_key, host=host) if host else SendGridAPIClient(api_key)
        return cls(keep_alive(client), mail_config, Backoff(sleep), timeout)

    def send(self, msg: Message) -> SendResult:
        payload = sendgrid_payload(msg, self.config)
        resp = self._call(lambda: self.client.client.mail.send.post(request_body=payload, timeout=self.timeout))
        return SendResult(provider_id=resp.headers.get("X-Message-Id") if resp.headers else None)

    @property
    def unsubscribe_link(self) -> str | None:
        """With an ASM group SendGrid fills in a per-recipient link (and the List-Unsubscribe header)."""
        return ASM_UNSUBSCRIBE_TAG if self.config.asm_group_id is not None else None

    def suppressed(self) -> Iterator[Suppressed]:
        """Every address SendGrid will not deliver to: bounces, spam reports, global and group unsubscribes."""
        api = self.client.client
        for reason, endpoint in (
            ("bounce", api.suppression.bounces),
            ("spamreport", api.suppression.spam_reports),
            ("unsubscribe", api.suppression.unsubscribes),
        ):
            for page in self._pages(endpoint):
                for item in page:
                    yield Suppressed(str(item["email"]), reason, _epoch(item.get("created")))
        if self.config.asm_group_id is not None:
            group = api.asm.groups._(str(self.config.asm_group_id)).suppressions
            resp = self._call(lambda: group.get(timeout=self.timeout), safe_to_repeat=True)
            for email in json.loads(resp.body or b"[]"):
                yield Suppressed(str(email), "group_unsubscribe", None)

    def _pages(self, endpoint: Any) -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            params = {"limit": PAGE_SIZE, "offset": offset}
            resp = self._call(lambda p=params: endpoint.get(query_params=p, timeout=self.timeout), safe_to_repeat=True)
            page = json.loads(resp.body or b"[]")
            yield page
            if len(page) < PAGE_SIZE:
                return
            offset += PAGE_SIZE

    def _call(self, request: Callable[[], Any], safe_to_repeat: bool = False) -> Any:
        """``request()`` with 429/5xx retried; a lost answer is retried only when ``safe_to_repeat`` (a GET)."""
        attempt = 0
        while True:
            try:
                self.backoff.hold()
                resp = request()
            except HTTPError as exc:
                status = int(exc.status_code)
                if status == 429 or status >= 500:
                    wait = retry_after_seconds(_header(exc, "Retry-After")) or _rate_limit_reset(exc)
                    if self.backoff.wait(attempt, wait):
                        attempt += 1
                        continue
                    raise MailError(
                        f"SendGrid answered {status} after {attempt + 1} attempts", permanent=False
                    ) from None
                # A bad key is fixed in the connection, not in the message: keep the message for later.
                raise MailError(f"SendGrid refused ({status}): {_error_reason(exc)}", permanent=status != 401) from None
            except urllib.error.URLError as exc:
                refused = isinstance(exc.reason, ConnectionRefusedError)
                if (refused or safe_to_repeat) and self.backoff.wait(attempt, None):
                    attempt += 1
                    continue
                raise _no_answer(exc, maybe_sent=not refused and not safe_to_repeat) from None
            except TRANSPORT_ERRORS as exc:
                if safe_to_repeat and self.backoff.wait(attempt, None):
                    attempt += 1
                    continue
                raise _no_answer(exc, maybe_sent=not safe_to_repeat) from None
            if not 200 <= resp.status_code < 300:
                raise MailError(f"SendGrid answered {resp.status_code}", permanent=False)
            return resp


def _rate_limit_reset(exc: HTTPError) -> float | None:
    """SendGrid's own 429 hint: X-RateLimit-Reset is the Unix time when the quota refills."""
    reset = _header(exc, "X-RateLimit-Reset")
    try:
        return max(0.0, float(reset) - time.time()) if reset else None
    except ValueError:
        return None


def _no_answer(exc: BaseException, maybe_sent: bool) -> MailError:
    if maybe_sent:
        return MailError(
            f"SendGrid gave no answer ({type(exc).__name__}); the message may have been sent",
            permanent=False,
            maybe_sent=True,
        )
    return MailError(f"SendGrid gave no answer ({type(exc).__name__})", permanent=False)


def _epoch(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), UTC) if value is not None else None
    except (TypeError, ValueError, OverflowError):
        return None
