"""A loopback HTTP server for fakes: records every request and plays a fault plan.

Subclasses implement ``handle(req) -> Reply``. The fault plan injects what real services do under load:
an error status (429 with Retry-After, 500, 503) without side effect, a slow answer, or the side effect
followed by a dropped connection or a silence longer than the client's timeout.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it (``headers`` keys lower-cased)."""

    method: str
    path: str  # percent-decoded, for assertions; routing should split ``raw_path``
    raw_path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    fault: Fault | None = None

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(obj).encode(), {"Content-Type": "application/json", **(headers or {})})


@dataclass
class Fault:
    """One injected misbehaviour, used for the next ``times`` requests matching ``method`` and ``path``.

    ``status`` set: answer it (after ``delay``) and skip the side effect. Otherwise the request is handled,
    then ``delay`` seconds pass, then the answer is sent, or the connection is closed if ``drop`` is
    "after". ``drop="before"`` closes the connection without handling the request.
    """

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    delay: float = 0.0
    drop: str | None = None  # None | "before" | "after"
    method: str | None = None
    path: str | None = None  # regex, searched in the request path
    times: int = 1

    @classmethod
    def http(cls, status: int, retry_after: float | None = None, **kw: Any) -> Fault:
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        return cls(status=status, headers=headers, **kw)

    @classmethod
    def drop_after(cls, **kw: Any) -> Fault:
        """Perform the side effect, then close the connection without an answer."""
        return cls(drop="after", **kw)

    @classmethod
    def timeout_after(cls, seconds: float, **kw: Any) -> Fault:
        """Perform the side effect, then stay silent for ``seconds`` (longer than the client's timeout)."""
        return cls(delay=seconds, **kw)

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return self.path is None or re.search(self.path, path) is not None

    def reply(self) -> Reply:
        assert self.status is not None
        if self.body is None:
            body = {"error": {"code": self.status, "message": f"injected {self.status}"}}
            return json_reply(body, self.status, self.headers)
        if isinstance(self.body, bytes):
            return Reply(self.status, self.body, dict(self.headers))
        return json_reply(self.body, self.status, self.headers)


class FakeServer:
    """Base class: ``with Sub() as srv: srv.url`` serves on 127.0.0.1:<free port> in a daemon thread."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self.faults: list[Fault] = list(faults)
        self.requests: list[Recorded] = []
        self.lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- plan and record
    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def calls(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        """Recorded requests, optionally filtered by method and a path regex."""
        with self.lock:
            return [
                r
                for r in self.requests
                if (method is None or r.method == method.upper()) and (path is None or re.search(path, r.path))
            ]

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.matches(method, path):
                    fault.times -= 1
                    return fault
        return None

    def handle(self, req: Recorded) -> Reply:
        raise NotImplementedError


def _make_handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            method = self.command.upper()
            fault = server._take_fault(method, unquote(parts.path))
            req = Recorded(
                method=method,
                path=unquote(parts.path),
                raw_path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                fault=fault,
            )
            with server.lock:
                server.requests.append(req)
            if fault is not None and fault.drop == "before":
                self.close_connection = True
                return
            if fault is not None and fault.status is not None:
                time.sleep(fault.delay)
                self._send(fault.reply())
                return
            with server.lock:
                reply = server.handle(req)
            if fault is not None:
                time.sleep(fault.delay)
                if fault.drop == "after":
                    self.close_connection = True
                    return
            self._send(reply)

        def _send(self, reply: Reply) -> None:
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                # The client gave up (timeout fault); nothing to answer.
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    return Handler
