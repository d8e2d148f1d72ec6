"""Google backends: Sheets (gspread), Drive CVs and Calendar (googleapiclient), called directly, not via Airflow.

Each retries 429, 5xx and Drive/Calendar rate-limit 403s with exponential backoff, honouring Retry-After,
a bounded number of times. ``sleep`` is injectable so tests do not wait. Error messages carry ids and
HTTP statuses only: calendar ids are people's addresses and file names are often people's names.
"""

from __future__ import annotations

import http.client
import io
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import gspread
import httplib2
import requests
from google.auth.transport.requests import AuthorizedSession
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaIoBaseDownload

from include.backends.calendar import (
    CalendarError,
    CalendarEvent,
    DuplicateEventError,
    EventSpec,
    Interval,
    event_ics,
)
from include.backends.cvstore import DEFAULT_MAX_BYTES, CvFetchError, CvFile, drive_file_id
from include.backends.sheets import RowStream, Table, safe_cell
from include.config import SourceConfig
from include.hooks import GOOGLE_CONN_ID, google_credentials
from include.timeutil import as_utc, zone

log = logging.getLogger(__name__)
T = TypeVar("T")
Sleep = Callable[[float], None]

SHEETS_SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
DRIVE_SCOPES = ("https://www.googleapis.com/auth/drive.readonly",)
CALENDAR_SCOPES = ("https://www.googleapis.com/auth/calendar",)
SHEETS_ORIGIN = "https://sheets.googleapis.com"
GOOGLE_DOC = "application/vnd.google-apps.document"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FREEBUSY_MAX = 50  # calendarExpansionMax
TIMEOUT = 60.0
_RATE_LIMIT_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}
# requests' errors subclass OSError; httplib2 and http.client raise their own on a dropped connection.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (OSError, httplib2.HttpLib2Error, http.client.HTTPException)


class GoogleApiError(Exception):
    """A Google API call failed for good; ``status`` is the last HTTP status (None: no answer)."""

    def __init__(self, message: str, status: int | None) -> None:
        super().__init__(message)
        self.status = status


class Backoff:
    """Bounded exponential backoff with jitter; a Retry-After longer than ``max_wait`` means give up.

    Shared by the threads of one backend: a Retry-After one of them hears pauses them all (``hold`` before
    each request), so concurrent senders do not keep hitting a service that asked them to wait.
    """

    def __init__(
        self, sleep: Sleep = time.sleep, attempts: int = 5, base: float = 1.0, cap: float = 30.0, max_wait: float = 60.0
    ) -> None:
        self.sleep, self.attempts, self.base, self.cap, self.max_wait = sleep, attempts, base, cap, max_wait
        self._lock = threading.Lock()
        self._resume_at = 0.0  # time.monotonic() before which no request goes out
        self._paused_by: int | None = None  # the thread that heard the Retry-After (it sleeps in ``wait``)

    def wait(self, attempt: int, retry_after: float | None) -> bool:
        """Sleep before retry number ``attempt + 1``; False when the caller should give up instead."""
        if attempt + 1 >= self.attempts:
            return False
        if retry_after is not None:
            if retry_after > self.max_wait:
                return False
            delay = retry_after
            with self._lock:
                self._resume_at = max(self._resume_at, time.monotonic() + delay)
                self._paused_by = threading.get_ident()
        else:
            delay = min(self.cap, self.base * 2**attempt) * (0.5 + random.random() / 2)
        self.sleep(delay)
        return True

    def hold(self) -> None:
        """Before a request: wait out a Retry-After another thread heard."""
        with self._lock:
            delay = self._resume_at - time.monotonic()
            if self._paused_by == threading.get_ident():
                delay = 0.0
        if delay > 0:
            self.sleep(delay)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: a number or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (as_utc(when) - (now or datetime.now(UTC))).total_seconds())


def _http_status(exc: BaseException) -> tuple[int, str | None, str] | None:
    """(status, Retry-After, first error reason) of an HTTP error from either client library."""
    if isinstance(exc, HttpError):
        return exc.resp.status, exc.resp.get("retry-after"), _reason(exc.content)
    if isinstance(exc, gspread.exceptions.APIError):
        resp = exc.response
        return resp.status_code, resp.headers.get("Retry-After"), _reason(resp.content)
    return None


def _reason(content: bytes | None) -> str:
    try:
        err = json.loads(content or b"{}").get("error", {})
        errors = err.get("errors") or [{}]
        return str(errors[0].get("reason") or err.get("status") or "")
    except (ValueError, AttributeError):
        return ""


def _retryable(status: int, reason: str) -> bool:
    return status == 429 or status >= 500 or (status == 403 and reason in _RATE_LIMIT_REASONS)


def call_with_retries(call: Callable[[], T], backoff: Backoff, retry_transport: bool = True) -> T:
    """``call()``, retried on 429/5xx/rate-limit 403 and (if safe) on timeouts; re-raises the last error."""
    attempt = 0
    while True:
        try:
            backoff.hold()
            return call()
        except Exception as exc:
            info = _http_status(exc)
            if info is not None:
                status, retry_after, reason = info
                if not _retryable(status, reason) or not backoff.wait(attempt, retry_after_seconds(retry_after)):
                    raise
            elif isinstance(exc, TRANSPORT_ERRORS) and retry_transport:
                if not backoff.wait(attempt, None):
                    raise
            else:
                raise
        attempt += 1


def _describe(exc: BaseException) -> tuple[int | None, str]:
    info = _http_status(exc)
    if info is None:
        return None, f"no answer ({type(exc).__name__})"
    status, _, reason = info
    return status, f"HTTP {status}{f' {reason}' if reason else ''}"


# ---------------------------------------------------------------- Sheets


class _RebasedSession(requests.Session):
    """gspread hard-codes https://sheets.googleapis.com; this sends those calls to ``endpoint`` instead."""

    endpoint: str | None = None

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if self.endpoint and isinstance(url, str) and url.startswith(SHEETS_ORIGIN):
            url = self.endpoint + url[len(SHEETS_ORIGIN) :]
        return super().request(method, url, *args, **kwargs)


class _AuthorizedRebasedSession(_RebasedSession, AuthorizedSession):
    pass


def _sheets_session(credentials: Any | None, endpoint: str | None) -> _RebasedSession:
    session = _RebasedSession() if credentials is None else _AuthorizedRebasedSession(credentials)
    session.endpoint = endpoint
    return session


def _a1(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


class GoogleSheets:
    """Worksheets read with one values call each and written RAW with formula-safe cells."""

    def __init__(self, client: gspread.Client, backoff: Backoff | None = None) -> None:
        self.http = client.http_client
        self.backoff = backoff or Backoff()

    @classmethod
    def from_connection(
        cls, conn_id: str = GOOGLE_CONN_ID, sleep: Sleep = time.sleep, timeout: float = TIMEOUT
    ) -> GoogleSheets:
        credentials, endpoint = google_credentials(conn_id, SHEETS_SCOPES)
        client = gspread.Client(auth=None, session=_sheets_session(credentials, endpoint))  # type: ignore[arg-type]
        client.http_client.set_timeout(timeout)
        return cls(client, Backoff(sleep))

    def read(self, source: SourceConfig) -> Table:
        return list(self.stream(source))

    def stream(self, source: SourceConfig) -> RowStream:
        """One values call; rows are handed on (and let go of) one at a time rather than copied whole."""
        sid = _spreadsheet_id(source)
        title = source.worksheet or self._first_title(sid)
        data = self._call(sid, lambda: self.http.values_get(sid, _a1(title), params={"majorDimension": "ROWS"}))
        values: list[list[Any]] = data.get("values", [])
        width = max((len(r) for r in values), default=0)
        values.reverse()

        def rows() -> Iterator[list[str]]:
            while values:
                row = values.pop()
                # The API drops trailing empty cells; callers expect a rectangle.
                yield ["" if c is None else str(c) for c in row] + [""] * (width - len(row))

        return RowStream(rows)

    def write(self, target: SourceConfig, rows: Table) -> None:
        sid = _spreadsheet_id(target)
        title = target.worksheet or self._first_title(sid)
        values = [[safe_cell(c) for c in row] for row in rows]
        self._call(sid, lambda: self.http.values_clear(sid, _a1(title)))
        self._call(
            sid,
            lambda: self.http.values_update(
                sid,
                f"{_a1(title)}!A1",
                params={"valueInputOption": "RAW"},
                body={"majorDimension": "ROWS", "values": values},
            ),
        )

    def _first_title(self, sid: str) -> str:
        meta = self._call(sid, lambda: self.http.fetch_sheet_metadata(sid))
        sheets = meta.get("sheets") or []
        if not sheets:
            raise GoogleApiError(f"spreadsheet {sid} has no worksheets", None)
        return str(sheets[0]["properties"]["title"])

    def _call(self, sid: str, call: Callable[[], T]) -> T:
        try:
            return call_with_retries(call, self.backoff)
        except (gspread.exceptions.APIError, *TRANSPORT_ERRORS) as exc:
            status, what = _describe(exc)
            raise GoogleApiError(f"Sheets API failed for spreadsheet {sid}: {what}", status) from None


def _spreadsheet_id(source: SourceConfig) -> str:
    if not source.spreadsheet_id:
        raise ValueError(f"source {source.name!r} has no spreadsheet_id")
    return source.spreadsheet_id


# ---------------------------------------------------------------- googleapiclient services


def _service(name: str, version: str, scopes: tuple[str, ...], conn_id: str, timeout: float) -> Any:
    credentials, endpoint = google_credentials(conn_id, scopes)
    http: Any = httplib2.Http(timeout=timeout)
    if credentials is not None:
        import google_auth_httplib2

        http = google_auth_httplib2.AuthorizedHttp(credentials, http=http)
    options = {"api_endpoint": f"{endpoint}/{name}/{version}/"} if endpoint else None
    return build(name, version, http=http, client_options=options, static_discovery=True, cache_discovery=False)


# ---------------------------------------------------------------- Drive


class DriveCvStore:
    """CVs on Google Drive by link or id; Google Docs come back exported as DOCX."""

    def __init__(self, service: Any, backoff: Backoff | None = None, chunk_size: int = 1024 * 1024) -> None:
        self.files = service.files()
        self.backoff = backoff or Backoff()
        self.chunk_size = chunk_size

    @classmethod
    def from_connection(
        cls, conn_id: str = GOOGLE_CONN_ID, sleep: Sleep = time.sleep, timeout: float = TIMEOUT
    ) -> DriveCvStore:
        return cls(_service("drive", "v3", DRIVE_SCOPES, conn_id, timeout), Backoff(sleep))

    def fetch(self, ref: str, max_bytes: int = DEFAULT_MAX_BYTES) -> CvFile:
        file_id = drive_file_id(ref)
        if file_id is None:
            raise CvFetchError("CV link is not a Google Drive link or file id")
        try:
            meta = call_with_retries(
                lambda: self.files.get(
                    fileId=file_id, fields="id,name,mimeType,size", supportsAllDrives=True
                ).execute(),
                self.backoff,
            )
            mime = str(meta.get("mimeType") or "")
            name = str(meta.get("name") or file_id)
            if mime == GOOGLE_DOC:
                request = self.files.export_media(fileId=file_id, mimeType=DOCX)
                mime = DOCX
                name = name if name.lower().endswith(".docx") else f"{name}.docx"
            elif mime.startswith("application/vnd.google-apps."):
                raise CvFetchError(f"CV on Drive (file id {file_id}) is a {mime.rsplit('.', 1)[-1]}, not a document")
            else:
                size = int(meta.get("size") or 0)
                if size > max_bytes:
                    raise CvFetchError(f"CV file is {size} bytes, over the {max_bytes}-byte limit")
                request = self.files.get_media(fileId=file_id, supportsAllDrives=True)
            content = self._download(request, max_bytes)
        except HttpError as exc:
            raise CvFetchError(_drive_reason(exc, file_id)) from None
        except TRANSPORT_ERRORS as exc:
            raise CvFetchError(f"Drive did not answer for file id {file_id} ({type(exc).__name__})") from None
        return CvFile(name=name, content=content, mime_type=mime or None)

    def _download(self, request: Any, max_bytes: int) -> bytes:
        buf = io.BytesIO()
        downloader = MediaIoBaseDownload(buf, request, chunksize=self.chunk_size)
        done = False
        while not done:
            _, done = call_with_retries(downloader.next_chunk, self.backoff)
            # Metadata can be missing (exports) or wrong; the bytes themselves decide.
            if buf.tell() > max_bytes:
                raise CvFetchError(f"CV file is over the {max_bytes}-byte limit")
        return buf.getvalue()


def _drive_reason(exc: HttpError, file_id: str) -> str:
    status = exc.resp.status
    reason = _reason(exc.content)
    if status == 404:
        return f"CV not found on Drive (file id {file_id})"
    if status == 403 and reason == "exportSizeLimitExceeded":
        return f"CV Google Doc (file id {file_id}) is too large to export"
    if status == 403 and reason not in _RATE_LIMIT_REASONS:
        return f"no access to the CV on Drive (file id {file_id}): share it with the service account"
    return f"Drive failed for file id {file_id}: HTTP {status}{f' {reason}' if reason else ''}"


# ---------------------------------------------------------------- Calendar


def _rfc3339(value: datetime) -> str:
    return as_utc(value).isoformat().replace("+00:00", "Z")


def _parse_time(part: dict[str, Any]) -> datetime:
    if "dateTime" in part:
        return as_utc(datetime.fromisoformat(part["dateTime"]))
    return datetime.fromisoformat(part["date"]).replace(tzinfo=UTC)


def _meet_link(event: dict[str, Any]) -> str | None:
    if event.get("hangoutLink"):
        return str(event["hangoutLink"])
    for entry in (event.get("conferenceData") or {}).get("entryPoints") or []:
        if entry.get("entryPointType") == "video" and entry.get("uri"):
            return str(entry["uri"])
    return None


def _to_event(event: dict[str, Any], spec: EventSpec | None = None) -> CalendarEvent:
    private = (event.get("extendedProperties") or {}).get("private") or {}
    meet = _meet_link(event)
    status = str(event.get("status") or "confirmed")
    ics = event_ics(spec, event["id"], meet_link=meet) if spec is not None and status != "cancelled" else None
    return CalendarEvent(
        event_id=str(event["id"]),
        booking_id=str(private.get("booking_id") or event["id"]),
        start=_parse_time(event["start"]),
        end=_parse_time(event["end"]),
        status=status,
        meet_link=meet,
        ics=ics,
    )


def _blocks(event: dict[str, Any], spec: EventSpec, event_id: str | None) -> bool:
    """Whether ``event`` (an events.list item) occupies time ``spec`` wants, as freeBusy would count it."""
    private = (event.get("extendedProperties") or {}).get("private") or {}
    if event.get("id") in {event_id, spec.booking_id} or private.get("booking_id") == spec.booking_id:
        return False
    if event.get("status") == "cancelled" or event.get("transparency") == "transparent":
        return False
    if any(a.get("self") and a.get("responseStatus") == "declined" for a in event.get("attendees") or []):
        return False
    if "start" not in event or "end" not in event:
        return False
    return _parse_time(event["start"]) < spec.end and _parse_time(event["end"]) > spec.start


def _times(spec: EventSpec) -> dict[str, Any]:
    tz = zone(spec.timezone)
    return {
        "start": {"dateTime": spec.start.astimezone(tz).isoformat(), "timeZone": tz.key},
        "end": {"dateTime": spec.end.astimezone(tz).isoformat(), "timeZone": tz.key},
    }


def event_body(spec: EventSpec) -> dict[str, Any]:
    """The events.insert body: our id, a Meet request keyed by the booking, ids in private properties."""
    return {
        "id": spec.booking_id,
        "summary": spec.summary,
        "description": spec.description,
        **_times(spec),
        "attendees": [{"email": spec.attendee_email, "displayName": spec.attendee_name}],
        "guestsCanInviteOthers": False,
        "sequence": spec.sequence,
        "conferenceData": {
            "createRequest": {"requestId": spec.booking_id, "conferenceSolutionKey": {"type": "hangoutsMeet"}}
        },
        "extendedProperties": {"private": {"booking_id": spec.booking_id, "applicant_id": str(spec.applicant_id)}},
    }


def _thread_http(template: Any) -> Any:
    """A new ``httplib2.Http`` like ``template`` (a plain or a google-auth ``AuthorizedHttp`` one)."""
    if isinstance(template, httplib2.Http):
        return httplib2.Http(timeout=template.timeout)
    import google_auth_httplib2

    return google_auth_httplib2.AuthorizedHttp(template.credentials, http=httplib2.Http(timeout=template.http.timeout))


class GoogleCalendar:
    """Advisors' Google calendars; Google sends no invitations (``sendUpdates=none``): clerkflow mails its own."""

    def __init__(self, service: Any, backoff: Backoff | None = None) -> None:
        self.service = service
        self.events = service.events()
        self.backoff = backoff or Backoff()
        self._owner = threading.get_ident()
        self._local = threading.local()

    def _http(self) -> Any:
        """The HTTP connection for this thread: httplib2 objects are not thread-safe, so each worker thread of
        the booking stage gets its own (same timeout and credentials), kept alive for the rest of the run."""
        if threading.get_ident() == self._owner:
            return self.service._http
        http = getattr(self._local, "http", None)
        if http is None:
            http = self._local.http = _thread_http(self.service._http)
        return http

    @classmethod
    def from_connection(
        cls, conn_id: str = GOOGLE_CONN_ID, sleep: Sleep = time.sleep, timeout: float = TIMEOUT
    ) -> GoogleCalendar:
        return cls(_service("calendar", "v3", CALENDAR_SCOPES, conn_id, timeout), Backoff(sleep))

    def busy(self, calendar_ids: list[str], start: datetime, end: datetime) -> dict[str, list[Interval]]:
        out: dict[str, list[Interval]] = {}
        for i in range(0, len(calendar_ids), FREEBUSY_MAX):
            chunk = calendar_ids[i : i + FREEBUSY_MAX]
            body: dict[str, Any] = {
                "timeMin": _rfc3339(start),
                "timeMax": _rfc3339(end),
                "timeZone": "UTC",
                "items": [{"id": c} for c in chunk],
            }
            resp = self._call(
                "freeBusy", lambda body=body: self.service.freebusy().query(body=body).execute(http=self._http())
            )
            calendars = resp.get("calendars") or {}
            for n, cid in enumerate(chunk, start=i):
                entry = calendars.get(cid) or {"errors": [{"reason": "missing"}]}
                if entry.get("errors"):
                    # An unreadable calendar must not look free: block the whole window.
                    log.warning("freeBusy could not read calendar #%d of %d; treating it as busy", n, len(calendar_ids))
                    out[cid] = [(as_utc(start), as_utc(end))]
                    continue
                out[cid] = [
                    (_parse_time({"dateTime": b["start"]}), _parse_time({"dateTime": b["end"]}))
                    for b in entry.get("busy") or []
                ]
        return out

    def find(self, calendar_id: str, booking_id: str) -> CalendarEvent | None:
        event = self._find_raw(calendar_id, booking_id)
        return None if event is None else _to_event(event)

    def _find_raw(self, calendar_id: str, booking_id: str) -> dict[str, Any] | None:
        resp = self._call(
            "events.list",
            lambda: self.events.list(
                calendarId=calendar_id,
                privateExtendedProperty=f"booking_id={booking_id}",
                showDeleted=False,
                maxResults=10,
            ).execute(http=self._http()),
        )
        for item in resp.get("items") or []:
            if item.get("status") != "cancelled":
                return dict(item)
        return None

    def insert(self, spec: EventSpec) -> CalendarEvent:
        body = event_body(spec)
        attempt = 0
        while True:
            try:
                self.backoff.hold()
                created = self.events.insert(
                    calendarId=spec.calendar_id, body=body, conferenceDataVersion=1, sendUpdates="none"
                ).execute(http=self._http())
                return _to_event(created, spec)
            except HttpError as exc:
                status, retry_after, reason = exc.resp.status, exc.resp.get("retry-after"), _reason(exc.content)
                if status == 409:
                    # Our id is taken: an earlier attempt landed (its answer lost, or its row never updated).
                    return self._existing(spec)
                if not _retryable(status, reason) or not self.backoff.wait(attempt, retry_after_seconds(retry_after)):
                    raise CalendarError(
                        f"Google Calendar events.insert failed: HTTP {status} {reason}".rstrip()
                    ) from None
            except TRANSPORT_ERRORS as exc:
                # The insert may have landed without us hearing; look before trying again.
                if not self.backoff.wait(attempt, None):
                    raise CalendarError(f"Google Calendar events.insert got no answer ({type(exc).__name__})") from None
                found = self._find_raw(spec.calendar_id, spec.booking_id)
                if found is not None:
                    return _to_event(found, spec)
            attempt += 1

    def update(self, spec: EventSpec, event_id: str) -> CalendarEvent:
        patch = {"summary": spec.summary, "description": spec.description, "sequence": spec.sequence, **_times(spec)}
        return _to_event(self._patch(spec.calendar_id, event_id, patch), spec)

    def is_free(self, spec: EventSpec, event_id: str | None = None) -> bool:
        """Lists the events in the slot (not freeBusy: its answer cannot tell our own event from another)."""
        page: str | None = None
        while True:
            resp = self._call(
                "events.list",
                lambda page=page: self.events.list(
                    calendarId=spec.calendar_id,
                    timeMin=_rfc3339(spec.start),
                    timeMax=_rfc3339(spec.end),
                    singleEvents=True,
                    showDeleted=False,
                    maxResults=250,
                    pageToken=page,
                ).execute(http=self._http()),
            )
            if any(_blocks(item, spec, event_id) for item in resp.get("items") or []):
                return False
            page = resp.get("nextPageToken")
            if not page:
                return True

    def cancel(self, calendar_id: str, event_id: str) -> None:
        try:
            call_with_retries(
                lambda: self.events.delete(calendarId=calendar_id, eventId=event_id, sendUpdates="none").execute(
                    http=self._http()
                ),
                self.backoff,
            )
        except HttpError as exc:
            if exc.resp.status in (404, 410):
                return
            raise CalendarError(f"Google Calendar events.delete failed: {_describe(exc)[1]}") from None
        except TRANSPORT_ERRORS as exc:
            raise CalendarError(f"Google Calendar events.delete got no answer ({type(exc).__name__})") from None

    def _existing(self, spec: EventSpec) -> CalendarEvent:
        """After a 409: revive our cancelled event with that id, or raise ``DuplicateEventError`` with the live one
        (read by id: events.list may not show an event inserted moments ago)."""
        event = self._get(spec.calendar_id, spec.booking_id)
        if event.get("status") != "cancelled":
            raise DuplicateEventError(_to_event(event))
        # A deleted event keeps its id; reviving it is the only way to book that id again.
        revive = {k: v for k, v in event_body(spec).items() if k not in {"id", "conferenceData"}}
        event = self._patch(spec.calendar_id, spec.booking_id, {**revive, "status": "confirmed"})
        return _to_event(event, spec)

    def _get(self, calendar_id: str, event_id: str) -> dict[str, Any]:
        return self._call(
            "events.get", lambda: self.events.get(calendarId=calendar_id, eventId=event_id).execute(http=self._http())
        )

    def _patch(self, calendar_id: str, event_id: str, patch: dict[str, Any]) -> dict[str, Any]:
        return self._call(
            "events.patch",
            lambda: self.events.patch(calendarId=calendar_id, eventId=event_id, body=patch, sendUpdates="none").execute(
                http=self._http()
            ),
        )

    def _call(self, what: str, call: Callable[[], T]) -> T:
        try:
            return call_with_retries(call, self.backoff)
        except (HttpError, *TRANSPORT_ERRORS) as exc:
            raise CalendarError(f"Google Calendar {what} failed: {_describe(exc)[1]}") from None
