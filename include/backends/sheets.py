"""Tabular sources: Google Sheets (gspread) or local CSV/XLSX files, read as header + rows of strings."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Protocol

from include.config import SourceConfig

log = logging.getLogger(__name__)

Table = list[list[str]]


class ReadTable(list[list[str]]):
    """A table as read, plus notes for ops about how it was read (e.g. "not UTF-8, read as Windows-1252")."""

    def __init__(self, rows: Table, notes: tuple[str, ...] = ()) -> None:
        super().__init__(rows)
        self.notes = notes


def decode_csv(data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM); else Windows-1252, which Excel on Windows writes, with a note saying so."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    note = "the file is not UTF-8; read it as Windows-1252 (check accented letters; save as CSV UTF-8 to silence)"
    return text, (note,)


# Cells starting with these are evaluated as formulas by Sheets and Excel (CSV injection).
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text that a spreadsheet shows verbatim: a leading formula character gets a quote prefix."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


class SheetsBackend(Protocol):
    def read(self, source: SourceConfig) -> Table:
        """The whole worksheet in one call: the header row first, every cell a string."""

    def write(self, target: SourceConfig, rows: Table) -> None:
        """Replace the target's contents with ``rows`` (header first); cells are made formula-safe."""


class LocalSheets:
    """CSV and XLSX files on disk (the embedded default)."""

    def read(self, source: SourceConfig) -> Table:
        path = _require_path(source)
        if source.kind == "xlsx" or path.suffix.lower() == ".xlsx":
            return _read_xlsx(path, source.worksheet)
        text, notes = decode_csv(path.read_bytes())
        if notes:
            log.warning("source %s: %s", source.name, notes[0])
        return ReadTable([list(row) for row in csv.reader(io.StringIO(text, newline=""))], notes)

    def write(self, target: SourceConfig, rows: Table) -> None:
        path = _require_path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        safe = [[safe_cell(c) for c in row] for row in rows]
        if target.kind == "xlsx" or path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            ws.title = target.worksheet or "Sheet1"
            for row in safe:
                ws.append(row)
            wb.save(path)
            return
        tmp = path.with_suffix(path.suffix + ".tmp")
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(safe)
        tmp.replace(path)


def _require_path(source: SourceConfig) -> Path:
    if source.path is None:
        raise ValueError(f"source {source.name!r} has no local path")
    return source.path


def _read_xlsx(path: Path, worksheet: str | None) -> Table:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[worksheet] if worksheet else wb.worksheets[0]
        return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
