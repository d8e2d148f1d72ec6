"""Fake Google APIs on one loopback server: Sheets v4 (as gspread calls it), Drive v3, Calendar v3, OAuth token.

Point clerkflow at it with ``AIRFLOW_CONN_CLERKFLOW_GOOGLE=fake.airflow_conn()``. State is plain dicts so
tests can seed and inspect it: ``sheets[spreadsheet_id][title] = rows``, ``files[file_id]``,
``events[calendar_id][event_id]``, ``busy[calendar_id]`` (extra busy intervals as RFC 3339 pairs).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote

from tests.fakes.server import FakeServer, Recorded, Reply, json_reply

GOOGLE_DOC = "application/vnd.google-apps.document"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FREEBUSY_MAX = 50
_EVENT_ID = re.compile(r"^[a-v0-9]{5,1024}$")


def google_error(status: int, message: str, reason: str = "", status_name: str = "") -> Reply:
    errors = [{"domain": "global", "reason": reason, "message": message}] if reason else []
    return json_reply({"error": {"code": status, "message": message, "errors": errors, "status": status_name}}, status)


@dataclass
class DriveFile:
    name: str
    mime_type: str
    content: bytes
    size: int | None = None  # what metadata claims; defaults to len(content); Google Docs report none
    forbidden: bool = False


class FakeGoogle(FakeServer):
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.sheets: dict[str, dict[str, list[list[str]]]] = {}
        self.value_inputs: list[str | None] = []
        self.files: dict[str, DriveFile] = {}
        self.events: dict[str, dict[str, dict[str, Any]]] = {}
        self.busy: dict[str, list[tuple[str, str]]] = {}
        self.token = "fake-access-token"

    def airflow_conn(self, **extra: Any) -> str:
        """The JSON form of an Airflow connection that points clerkflow's Google backends here."""
        return json.dumps(
            {"conn_type": "google_cloud_platform", "extra": {"anonymous": True, "endpoint": self.url, **extra}}
        )

    # -- seeding helpers
    def add_sheet(self, spreadsheet_id: str, title: str, rows: list[list[str]]) -> None:
        self.sheets.setdefault(spreadsheet_id, {})[title] = [list(r) for r in rows]

    def add_file(self, file_id: str, name: str, mime_type: str, content: bytes, **kw: Any) -> None:
        self.files[file_id] = DriveFile(name, mime_type, content, **kw)

    def add_busy(self, calendar_id: str, start: str, end: str) -> None:
        self.busy.setdefault(calendar_id, []).append((start, end))

    def live_events(self, calendar_id: str) -> list[dict[str, Any]]:
        return [e for e in self.events.get(calendar_id, {}).values() if e.get("status") != "cancelled"]

    def live_events_by_booking(self) -> dict[str, list[tuple[str, str]]]:
        """booking_id (the event's private property) -> [(calendar_id, event_id)] of its live events, all calendars."""
        out: dict[str, list[tuple[str, str]]] = {}
        with self.lock:
            for cal_id in self.events:
                for ev in self.live_events(cal_id):
                    bid = ((ev.get("extendedProperties") or {}).get("private") or {}).get("booking_id") or ""
                    out.setdefault(bid, []).append((cal_id, ev["id"]))
        return out

    # -- routing
    def handle(self, req: Recorded) -> Reply:
        path = req.raw_path
        if path == "/token" and req.method == "POST":
            return json_reply({"access_token": self.token, "expires_in": 3600, "token_type": "Bearer"})
        if path.startswith("/v4/spreadsheets/"):
            return self._sheets(req, path[len("/v4/spreadsheets/") :])
        if path.startswith("/drive/v3/files/"):
            return self._drive(req, path[len("/drive/v3/files/") :])
        if path.startswith("/calendar/v3/"):
            return self._calendar(req, path[len("/calendar/v3/") :])
        return google_error(404, "no such API in the fake", "notFound")

    # -- Sheets v4
    def _sheets(self, req: Recorded, rest: str) -> Reply:
        sid, _, tail = rest.partition("/")
        book = self.sheets.get(sid)
        if book is None:
            return google_error(404, "Requested entity was not found.", status_name="NOT_FOUND")
        if not tail:
            sheets = [
                {"properties": {"sheetId": i, "title": title, "index": i, "sheetType": "GRID"}}
                for i, title in enumerate(book)
            ]
            return json_reply({"spreadsheetId": sid, "properties": {"title": sid}, "sheets": sheets})
        if not tail.startswith("values/"):
            return google_error(400, "unsupported call in the fake")
        rng = unquote(tail[len("values/") :])
        action = ""
        if rng.endswith(":clear"):
            rng, action = rng[: -len(":clear")], "clear"
        title = _sheet_title(rng)
        if title not in book:
            return google_error(400, f"Unable to parse range: {rng}", status_name="INVALID_ARGUMENT")
        if action == "clear" and req.method == "POST":
            book[title] = []
            return json_reply({"spreadsheetId": sid, "clearedRange": rng})
        if req.method == "GET":
            values = [_trim(r) for r in book[title]]
            while values and not values[-1]:
                values.pop()
            body: dict[str, Any] = {"range": rng, "majorDimension": "ROWS"}
            if values:
                body["values"] = values
            return json_reply(body)
        if req.method == "PUT":
            option = req.param("valueInputOption")
            self.value_inputs.append(option)
            if option not in {"RAW", "USER_ENTERED"}:
                return google_error(400, "valueInputOption is required", status_name="INVALID_ARGUMENT")
            values = req.json().get("values", [])
            book[title] = [["" if c is None else str(c) for c in row] for row in values]
            return json_reply({"spreadsheetId": sid, "updatedRange": rng, "updatedRows": len(values)})
        return google_error(400, "unsupported call in the fake")

    # -- Drive v3
    def _drive(self, req: Recorded, rest: str) -> Reply:
        file_id, _, tail = rest.partition("/")
        f = self.files.get(file_id)
        if f is None:
            return google_error(404, f"File not found: {file_id}.", "notFound")
        if f.forbidden:
            return google_error(403, "The user does not have sufficient permissions for this file.", "forbidden")
        if tail == "export":
            if f.mime_type != GOOGLE_DOC:
                return google_error(403, "Export only supports Docs Editors files.", "fileNotExportable")
            return Reply(200, f.content, {"Content-Type": req.param("mimeType") or DOCX})
        if req.param("alt") == "media":
            if f.mime_type.startswith("application/vnd.google-apps."):
                return google_error(403, "Only files with binary content can be downloaded.", "fileNotDownloadable")
            return _ranged(f.content, f.mime_type, req.headers.get("range"))
        meta: dict[str, Any] = {"id": file_id, "name": f.name, "mimeType": f.mime_type}
        if not f.mime_type.startswith("application/vnd.google-apps."):
            meta["size"] = str(f.size if f.size is not None else len(f.content))
        return json_reply(meta)

    # -- Calendar v3
    def _calendar(self, req: Recorded, rest: str) -> Reply:
        if rest == "freeBusy" and req.method == "POST":
            return self._freebusy(req.json())
        m = re.fullmatch(r"calendars/([^/]+)/events(?:/([^/]+))?", rest)
        if not m:
            return google_error(404, "Not Found", "notFound")
        cal_id, event_id = unquote(m.group(1)), m.group(2) and unquote(m.group(2))
        cal = self.events.setdefault(cal_id, {})
        if event_id is None and req.method == "POST":
            return self._insert(req, cal)
        if event_id is None and req.method == "GET":
            return self._list(req, cal)
        ev = cal.get(event_id or "")
        if ev is None:
            return google_error(404, "Not Found", "notFound")
        if req.method == "GET":
            return json_reply(ev)
        if req.method == "PATCH":
            patch = req.json()
            for key, value in patch.items():
                ev[key] = value
            ev["updated"] = "patched"
            return json_reply(ev)
        if req.method == "DELETE":
            if ev.get("status") == "cancelled":
                return google_error(410, "Resource has been deleted", "deleted")
            ev["status"] = "cancelled"
            return Reply(204)
        return google_error(405, "method not allowed")

    def _insert(self, req: Recorded, cal: dict[str, dict[str, Any]]) -> Reply:
        body = req.json()
        event_id = body.get("id") or hashlib.sha1(req.body).hexdigest()[:26]  # noqa: S324 (an id, not security)
        if not _EVENT_ID.match(event_id):
            return google_error(400, "Invalid resource id value.", "invalid")
        if event_id in cal:
            return google_error(409, "The requested identifier already exists.", "duplicate")
        ev = {**body, "id": event_id, "status": "confirmed", "kind": "calendar#event"}
        create = (body.get("conferenceData") or {}).get("createRequest")
        if create and req.param("conferenceDataVersion") == "1":
            code = hashlib.sha1(create["requestId"].encode()).hexdigest()  # noqa: S324
            link = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:10]}"
            ev["hangoutLink"] = link
            ev["conferenceData"] = {
                "createRequest": {**create, "status": {"statusCode": "success"}},
                "entryPoints": [{"entryPointType": "video", "uri": link}],
                "conferenceSolution": {"key": {"type": "hangoutsMeet"}},
            }
        cal[event_id] = ev
        return json_reply(ev)

    def _list(self, req: Recorded, cal: dict[str, dict[str, Any]]) -> Reply:
        wanted = dict(p.split("=", 1) for p in req.query.get("privateExtendedProperty", []))
        show_deleted = req.param("showDeleted") == "true"
        items = [
            ev
            for ev in cal.values()
            if (show_deleted or ev.get("status") != "cancelled")
            and all((ev.get("extendedProperties") or {}).get("private", {}).get(k) == v for k, v in wanted.items())
        ]
        return json_reply({"kind": "calendar#events", "items": items})

    def _freebusy(self, body: dict[str, Any]) -> Reply:
        items = body.get("items", [])
        if len(items) > FREEBUSY_MAX:
            return google_error(400, "Too many calendars requested.", "tooManyCalendarsRequested")
        t0, t1 = _ts(body["timeMin"]), _ts(body["timeMax"])
        out: dict[str, Any] = {}
        for item in items:
            cid = item["id"]
            if cid not in self.events and cid not in self.busy:
                out[cid] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
                continue
            spans = list(self.busy.get(cid, []))
            for ev in self.live_events(cid):
                if ev.get("transparency") != "transparent":
                    spans.append((ev["start"]["dateTime"], ev["end"]["dateTime"]))
            busy = [{"start": s, "end": e} for s, e in spans if _ts(e) > t0 and _ts(s) < t1]
            out[cid] = {"busy": busy}
        return json_reply(
            {"kind": "calendar#freeBusy", "timeMin": body["timeMin"], "timeMax": body["timeMax"], "calendars": out}
        )


def _sheet_title(rng: str) -> str:
    m = re.fullmatch(r"'((?:[^']|'')*)'(?:!.*)?|([^!]*)(?:!.*)?", rng)
    assert m is not None
    return m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)


def _trim(row: list[str]) -> list[str]:
    row = list(row)
    while row and row[-1] == "":
        row.pop()
    return row


def _ranged(content: bytes, mime: str, range_header: str | None) -> Reply:
    m = re.fullmatch(r"bytes=(\d+)-(\d*)", range_header or "")
    if not m:
        return Reply(200, content, {"Content-Type": mime})
    start = int(m.group(1))
    end = min(int(m.group(2)) if m.group(2) else len(content) - 1, len(content) - 1)
    if start >= len(content):
        return Reply(416, b"", {"Content-Range": f"bytes */{len(content)}"})
    headers = {"Content-Type": mime, "Content-Range": f"bytes {start}-{end}/{len(content)}"}
    return Reply(206, content[start : end + 1], headers)


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value)
