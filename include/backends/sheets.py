"""Tabular sources: Google Sheets (gspread) or local CSV/XLSX files, read as header + rows of strings."""

from __future__ import annotations

import codecs
import csv
import logging
from collections.abc import Callable, Iterable, Iterator
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


class RowStream:
    """A worksheet's rows (header first) produced as they are read, so a 200,000-row sheet never sits in memory
    whole; ``notes`` as in ReadTable. Iterate it once: ``open_rows`` is called (the file opened) on iteration."""

    def __init__(self, open_rows: Callable[[], Iterable[list[str]]], notes: tuple[str, ...] = ()) -> None:
        self._open_rows = open_rows
        self.notes = notes

    def __iter__(self) -> Iterator[list[str]]:
        return iter(self._open_rows())


_NOT_UTF8 = "the file is not UTF-8; read it as Windows-1252 (check accented letters; save as CSV UTF-8 to silence)"


def csv_encoding(path: Path, block: int = 1 << 20) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM); else Windows-1252, which Excel on Windows writes, with a note saying so.
    Checked by reading the file in blocks, so memory stays one block whatever the file's size."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while data := fh.read(block):
                decoder.decode(data)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252", (_NOT_UTF8,)
    return "utf-8-sig", ()


# Cells starting with these are evaluated as formulas by Sheets and Excel (CSV injection).
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text that a spreadsheet shows verbatim: a leading formula character gets a quote prefix."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


class SheetsBackend(Protocol):
    def read(self, source: SourceConfig) -> Table:
        """The whole worksheet in one call: the header row first, every cell a string."""

    def stream(self, source: SourceConfig) -> RowStream:
        """The same rows as ``read``, produced as they are read (one call per worksheet, as ``read``)."""

    def write(self, target: SourceConfig, rows: Table) -> None:
        """Replace the target's contents with ``rows`` (header first); cells are made formula-safe."""


class LocalSheets:
    """CSV and XLSX files on disk (the embedded default)."""

    def read(self, source: SourceConfig) -> Table:
        rows = self.stream(source)
        return ReadTable(list(rows), rows.notes)

    def stream(self, source: SourceConfig) -> RowStream:
        path = _require_path(source)
        if source.kind == "xlsx" or path.suffix.lower() == ".xlsx":
            return RowStream(lambda: _xlsx_rows(path, source.worksheet))
        encoding, notes = csv_encoding(path)
        if notes:
            log.warning("source %s: %s", source.name, notes[0])
        return RowStream(lambda: _csv_rows(path, encoding), notes)

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


def _csv_rows(path: Path, encoding: str) -> Iterator[list[str]]:
    errors = "replace" if encoding == "cp1252" else "strict"
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        yield from csv.reader(fh)


def _xlsx_rows(path: Path, worksheet: str | None) -> Iterator[list[str]]:
    """openpyxl's read-only mode parses the sheet XML as it goes: one row in memory at a time."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[worksheet] if worksheet else wb.worksheets[0]
        for row in ws.iter_rows(values_only=True):
            yield ["" if v is None else str(v) for v in row]
    finally:
        wb.close()
