"""Where CVs come from: Google Drive (files.get / export) or a local folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, urlparse

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_DRIVE_PATH = re.compile(r"/(?:file/d|document/d)/([A-Za-z0-9_-]{10,})")
_DRIVE_ID = re.compile(r"^[A-Za-z0-9_-]{10,}$")


class CvFetchError(Exception):
    """The CV could not be fetched; ``str(exc)`` is a reason fit to show ops (no personal data)."""


@dataclass(frozen=True)
class CvFile:
    name: str
    content: bytes
    mime_type: str | None = None


def drive_file_id(ref: str) -> str | None:
    """The Drive file id in any link Google produces (/file/d/ID/view, open?id=ID, uc?id=ID) or a bare id."""
    ref = ref.strip()
    if _DRIVE_ID.match(ref):
        return ref
    parsed = urlparse(ref)
    if m := _DRIVE_PATH.search(parsed.path):
        return m.group(1)
    ids = parse_qs(parsed.query).get("id")
    if ids and _DRIVE_ID.match(ids[0]):
        return ids[0]
    return None


class CvStore(Protocol):
    def fetch(self, ref: str, max_bytes: int = DEFAULT_MAX_BYTES) -> CvFile:
        """The file behind ``ref`` (a Drive link or id); raises CvFetchError with a reason."""


class LocalCvStore:
    """A folder of CVs named by their Drive file id (``<id>.pdf``), or by file name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fetch(self, ref: str, max_bytes: int = DEFAULT_MAX_BYTES) -> CvFile:
        path = self._locate(ref)
        size = path.stat().st_size
        if size > max_bytes:
            raise CvFetchError(f"CV file is {size} bytes, over the {max_bytes}-byte limit")
        return CvFile(name=path.name, content=path.read_bytes())

    def _locate(self, ref: str) -> Path:
        file_id = drive_file_id(ref)
        if file_id:
            matches = sorted(p for p in self.folder.glob(f"{file_id}.*") if p.is_file())
            if matches:
                return matches[0]
            raise CvFetchError(f"no CV file for Drive id {file_id} in the CV folder")
        candidate = (self.folder / Path(ref).name).resolve()
        if candidate.parent == self.folder.resolve() and candidate.is_file():
            return candidate
        raise CvFetchError("CV link is not a Drive link or a file in the CV folder")
