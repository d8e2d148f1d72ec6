"""Turning a sheet (header + rows) into records keyed by canonical field names, per a source's mapping.

Shared by intake (applications) and roster sync (preceptors): both configure ``field: [header aliases]``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from include.config import ConfigError, SourceConfig


def header_key(text: str) -> str:
    """Headers match case- and whitespace-insensitively ("Email  Address " == "email address")."""
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def content_hash(raw: Mapping[str, str]) -> str:
    """A stable hash of a row's values: unchanged rows are skipped, edited rows are re-ingested."""
    return hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class SourceRow:
    row_number: int  # as the sheet shows it: the header is row 1
    raw: dict[str, str]  # every column, mapped or not, keyed by its header
    fields: dict[str, str]  # canonical field -> value
    content_hash: str
    mapping_key: str = ""  # which header each field was read from (see mapping_key())


def unique_headers(header: list[str]) -> list[str]:
    """Header names made unique so no cell is lost: a repeated "Email" becomes "Email [2]", a blank one "column_3"."""
    seen: dict[str, int] = {}
    out: list[str] = []
    taken = {header_key(h) for h in header if str(h).strip()}
    for i, h in enumerate(header):
        name = str(h) if str(h).strip() else f"column_{i + 1}"
        key = header_key(name)
        if key in seen:
            n = seen[key] + 1
            while header_key(f"{name} [{n}]") in taken:
                n += 1
            seen[key] = n
            name = f"{name} [{n}]"
            taken.add(header_key(name))
        else:
            seen[key] = 1
        out.append(name)
    return out


def mapping_key(header: list[str], columns: Mapping[str, int], source: SourceConfig) -> str:
    """A short digest of how this header was read (field -> header, required fields): part of what a stored
    row depends on, so a changed mapping re-reads the rows it affects and an unrelated edit does not."""
    used = {f: header_key(header[i]) for f, i in sorted(columns.items())}
    payload = json.dumps([used, sorted(source.required)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def column_map(header: list[str], source: SourceConfig) -> dict[str, int]:
    """Canonical field -> column index. A missing required header is a configuration error naming the source.
    When a header repeats, its first column is the one read (the others stay in the raw row)."""
    index: dict[str, int] = {}
    for i, h in enumerate(header):
        if str(h).strip():
            index.setdefault(header_key(h), i)
    found: dict[str, int] = {}
    for fieldname, aliases in source.mapping.items():
        for alias in aliases:
            if header_key(alias) in index:
                found[fieldname] = index[header_key(alias)]
                break
    missing = [f for f in source.required if f not in found]
    if missing:
        raise ConfigError(
            f"source {source.name!r}: no column for required field(s) {', '.join(missing)} "
            f"(looked for headers {[a for f in missing for a in source.mapping.get(f, [])]})"
        )
    return found


def iter_rows(table: Iterable[list[str]], source: SourceConfig) -> Iterator[SourceRow]:
    """Every non-blank data row of ``table`` (a list or a stream of rows, header first) as a SourceRow."""
    rows = iter(table)
    first = next(rows, None)
    if first is None:
        return
    header = [str(h) for h in first]
    columns = column_map(header, source)
    names = unique_headers(header)
    key = mapping_key(header, columns, source)
    for offset, row in enumerate(rows, start=2):
        cells = [("" if c is None else str(c)) for c in row]
        if not any(c.strip() for c in cells):
            continue
        cells += [""] * (len(header) - len(cells))
        raw = {name: cells[i] for i, name in enumerate(names)}
        for extra in range(len(header), len(cells)):
            if cells[extra].strip():
                raw[f"column_{extra + 1}"] = cells[extra]
        fields = {f: cells[i] for f, i in columns.items()}
        yield SourceRow(offset, raw, fields, content_hash(raw), key)
