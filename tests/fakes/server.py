"""A loopback HTTP server for fakes: records every request and plays a fault plan.

Subclasses implement ``handle(req) -> Reply``. The fault plan injects what real services do under load:
an error status (429 with Retry-After, 500, 503) without side effect, a slow answer, or the side effect
followed by a dropped connection or a silence longer than the client's timeout. ``Chaos`` draws such faults
at random (seeded) for a share of all requests; explicit ``inject``-ed faults take precedence.
"""

from __future__ import annotations

import json
import random
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
    peer: tuple[str, int] | None = None  # the client's address and port: one per TCP connection

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
    kind: str | None = None  # set by Chaos: which of its kinds this is

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


CHAOS_KINDS = ("429", "503", "slow", "reset", "drop_after", "timeout_after")
_AFTER_KINDS = frozenset({"drop_after", "timeout_after"})


@dataclass
class Chaos:
    """A seeded random fault plan: ``rate`` of all requests get one fault, its kind drawn by ``weights``.

    Kinds: ``429``/``503`` with Retry-After (no side effect), ``slow`` (handled, answered after ``slow``
    seconds), ``reset`` (connection closed before handling), and, only for requests matching
    ``side_effects`` (inserts, sends), ``drop_after`` (handled, then the connection closed) and
    ``timeout_after`` (handled, then ``timeout`` seconds of silence: set the client's timeout below it).
    Other requests draw among the remaining kinds. The same seed and request order give the same plan.
    """

    rate: float = 0.2
    seed: int = 0
    weights: dict[str, float] = field(
        default_factory=lambda: {"429": 3, "503": 3, "slow": 2, "reset": 1, "drop_after": 1, "timeout_after": 1}
    )
    retry_after: float = 0.01
    slow: float = 0.05
    timeout: float = 1.0
    side_effects: str = r"^POST /(calendar/v3/calendars/[^/]+/events|v3/mail/send)$"
    methods: frozenset[str] | None = None  # only requests with these methods (None: all)

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(CHAOS_KINDS)
        if unknown:
            raise ValueError(f"unknown chaos kinds {sorted(unknown)}")
        self._rng = random.Random(self.seed)

    def draw(self, method: str, path: str) -> Fault | None:
        """The fault for this request, or None (callers hold the server lock: the draw order is the plan)."""
        if self.methods is not None and method not in self.methods:
            return None
        if self._rng.random() >= self.rate:
            return None
        after_ok = re.search(self.side_effects, f"{method} {path}") is not None
        kinds = [(k, w) for k, w in self.weights.items() if w > 0 and (after_ok or k not in _AFTER_KINDS)]
        if not kinds:
            return None
        kind = self._rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        if kind in {"429", "503"}:
            return Fault.http(int(kind), retry_after=self.retry_after, kind=kind)
        if kind == "slow":
            return Fault(delay=self.slow, kind=kind)
        if kind == "reset":
            return Fault(drop="before", kind=kind)
        if kind == "drop_after":
            return Fault.drop_after(kind=kind)
        return Fault.timeout_after(self.timeout, kind=kind)


class FakeServer:
    """Base class: ``with Sub() as srv: srv.url`` serves on 127.0.0.1:<free port> in a daemon thread."""

    def __init__(self, faults: Iterable[Fault] = (), chaos: Chaos | None = None) -> None:
        self.faults: list[Fault] = list(faults)
        self.chaos = chaos
        self.latency = 0.0  # seconds every call takes before it is handled (a real service's round trip)
        self.latencies: dict[str, float] = {}  # path prefix -> seconds, instead of ``latency`` for those paths
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
        # A listen backlog like a real service's: socketserver's default of 5 refuses the 6th concurrent connect.
        ThreadingHTTPServer.request_queue_size = 128
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

    def chaos_faults(self, kind: str | None = None) -> list[Recorded]:
        """Recorded requests that got a chaos fault (of ``kind``)."""
        with self.lock:
            return [r for r in self.requests if r.fault and r.fault.kind and kind in (None, r.fault.kind)]

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.matches(method, path):
                    fault.times -= 1
                    return fault
            if self.chaos is not None:
                return self.chaos.draw(method, path)
        return None

    def handle(self, req: Recorded) -> Reply:
        raise NotImplementedError


def _make_handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes; with Nagle on, each reply waits ~40 ms for a delayed ACK.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if len(body) < length:
                # The client died while sending (a SIGKILL mid-write): no request arrived, as for a real service.
                self.close_connection = True
                return
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
                peer=tuple(self.client_address[:2]),
            )
            with server.lock:
                server.requests.append(req)
            delay = next((v for k, v in server.latencies.items() if req.path.startswith(k)), server.latency)
            if delay:
                time.sleep(delay)  # outside the lock: concurrent calls overlap, as on the real service
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
