"""Issue 17: intake streams rows in chunks and writes them in bulk (COPY on PostgreSQL).

The bulk writer must store exactly what SQLAlchemy would (NULL vs "", tabs, newlines, backslashes, JSON, booleans,
times); a person whose rows fall in different chunks ends as if read in one go; rows are stored while the sheet is
still being read (memory does not hold the sheet).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from include.backends.sheets import LocalSheets, RowStream
from include.intake import ingest as ingest_module
from include.intake.ingest import ingest
from include.store import tables as t
from include.store.bulk import insert_rows, update_rows, upsert_rows
from include.tabular import iter_rows
from tests.intake.test_ingest import NOW, applicant, both_databases, count, csv_source, write_csv

AWKWARD = ["", "a\tb", "line\nbreak", "cr\rhere", "back\\slash", "\\N", "\x1a", "sub\x1ainside", "ünïcödé ✓", "'quote'"]


def _applicant_row(i: int, name: str) -> dict:
    return dict(
        email=f"p{i}@example.org",
        full_name=name,
        given_name=None,
        specialties=["IM", name],
        preferred_states=[],
        rotation_types=[],
        warnings=[name] if name else [],
        is_student=[None, True, False][i % 3],
        graduation_year=2020 + i,
        status="new",
        submitted_at=datetime(2026, 11, 20, 9, i % 60, tzinfo=UTC),
        created_at=NOW,
        updated_at=NOW,
    )


@both_databases
def test_bulk_writes_store_awkward_values_exactly(make_rt):
    rt = make_rt()
    rows = [_applicant_row(i, name) for i, name in enumerate(AWKWARD)]
    with rt.engine.begin() as conn:
        ids = dict(insert_rows(conn, t.applicants, rows, returning=("email", "id")))
    assert sorted(ids) == sorted(r["email"] for r in rows)
    for row in rows:
        stored = applicant(rt, row["email"])
        assert {k: stored[k] for k in row if k not in ("submitted_at", "created_at", "updated_at")} == {
            k: v for k, v in row.items() if k not in ("submitted_at", "created_at", "updated_at")
        }
        assert stored["given_name"] is None
        assert stored["full_name"] == row["full_name"]

    changed = [{"id": ids[r["email"]], "full_name": r["full_name"][::-1], "given_name": "x\ty"} for r in rows]
    with rt.engine.begin() as conn:
        update_rows(conn, t.applicants, changed)
    for row in rows:
        stored = applicant(rt, row["email"])
        assert (stored["full_name"], stored["given_name"]) == (row["full_name"][::-1], "x\ty")


@both_databases
def test_bulk_upsert_updates_only_the_named_columns(make_rt):
    rt = make_rt()
    q = t.quarantine

    def entry(h: str, reason: str, row_number: int) -> dict:
        return dict(kind="application", source="form", row_number=row_number, content_hash=h, raw={"a": "\t"},
                    reason=reason, created_at=NOW)  # fmt: skip

    keys = ["kind", "source", "content_hash"]
    with rt.engine.begin() as conn:
        upsert_rows(conn, q, [entry("h1", "first", 2), entry("h2", "a\nb", 3)], keys=keys, update=["reason"])
        upsert_rows(conn, q, [entry("h1", "second", 9), entry("h3", "\\", 4)], keys=keys, update=["reason"])
        upsert_rows(conn, q, [entry("h3", "ignored", 5)], keys=keys, update=[])
    with rt.engine.connect() as conn:
        got = {r.content_hash: (r.reason, r.row_number, r.raw) for r in conn.execute(select(q))}
    assert got == {"h1": ("second", 2, {"a": "\t"}), "h2": ("a\nb", 3, {"a": "\t"}), "h3": ("\\", 4, {"a": "\t"})}


@both_databases
def test_a_person_split_over_chunks_ends_as_if_read_at_once(make_rt, tmp_path, monkeypatch):
    rows = []
    for i in range(12):  # p0 … p3 each submit three times, oldest timestamps last for p3; one row repeated
        person = i % 4
        minute = 59 - i if person == 3 else i
        rows.append([f"11/20/2026 9:{minute:02d}:00", f"Person {person}", f"p{person}@example.org", f"IM {i}", ""])
    rows.append(rows[0])
    path = write_csv(tmp_path / "f.csv", rows)

    whole = make_rt((csv_source(path),))
    expected = ingest(whole, NOW)
    expected_people = {e: applicant(whole, e) for e in (f"p{p}@example.org" for p in range(4))}
    whole.engine.dispose()
    with whole.engine.begin() as conn:
        for table in (t.audit_log, t.quarantine, t.raw_submissions, t.applicants):
            conn.execute(table.delete())

    monkeypatch.setattr(ingest_module, "CHUNK", 3)
    split = make_rt((csv_source(path),))
    got = ingest(split, NOW)
    assert got == expected
    assert (got["applicants_new"], got["applicants_updated"], got["unchanged"]) == (4, 0, 1)
    for email, values in expected_people.items():
        now_values = applicant(split, email)
        for key in ("id", "created_at", "updated_at"):
            now_values.pop(key), values.pop(key)
        assert now_values == values
    assert count(split, t.raw_submissions) == 12
    assert ingest(split, NOW)["unchanged"] == 13


@both_databases
def test_rows_are_stored_while_the_sheet_is_still_being_read(make_rt, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "CHUNK", 10)
    path = write_csv(
        tmp_path / "f.csv", [["11/20/2026 9:00", f"P {i}", f"p{i}@example.org", "", ""] for i in range(60)]
    )
    rt = make_rt((csv_source(path),))
    stored_when_read: list[int] = []
    stream = rt.backends.sheets.stream

    def watched(source):
        rows = stream(source)

        def produce() -> Iterator[list[str]]:
            for n, row in enumerate(rows):
                if n == 45:
                    stored_when_read.append(count(rt, t.raw_submissions))
                yield row

        return RowStream(produce, rows.notes)

    monkeypatch.setattr(rt.backends.sheets, "stream", watched)
    assert ingest(rt, NOW)["applicants_new"] == 60
    assert stored_when_read
    assert stored_when_read[0] >= 10


# ----------------------------------------------------------------------------------------- sheet streams


def test_csv_stream_matches_read_and_notes_a_windows_1252_file(tmp_path):
    utf8 = tmp_path / "u.csv"
    utf8.write_bytes('\ufeffName,Note\r\nJosé,"two\nlines"\r\n'.encode())
    cp1252 = tmp_path / "w.csv"
    cp1252.write_bytes("Name,Note\r\nJos\xe9,x\r\n".encode("cp1252"))
    sheets = LocalSheets()
    stream = sheets.stream(csv_source(utf8))
    assert stream.notes == ()
    assert list(stream) == [["Name", "Note"], ["José", "two\nlines"]] == sheets.read(csv_source(utf8))
    stream = sheets.stream(csv_source(cp1252))
    assert "Windows-1252" in stream.notes[0]
    assert list(stream) == [["Name", "Note"], ["José", "x"]]


def test_a_utf8_character_split_across_read_blocks_is_still_utf8(tmp_path):
    from include.backends.sheets import csv_encoding

    path = tmp_path / "u.csv"
    path.write_bytes("a,é\n".encode())
    assert csv_encoding(path, block=3) == ("utf-8-sig", ())  # "é" is 2 bytes, split by the 3-byte blocks


def test_xlsx_stream_yields_rows_lazily(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Timestamp", "Full Name", "Email Address"])
    for i in range(5):
        ws.append(["11/20/2026 9:00", f"P {i}", f"p{i}@example.org"])
    wb.save(path)
    source = csv_source(path)
    rows = iter(LocalSheets().stream(source))
    assert next(rows) == ["Timestamp", "Full Name", "Email Address"]
    assert [r.fields["email"] for r in iter_rows(itertools.chain([["Timestamp", "Full Name", "Email Address"]], rows),
                                                 source)] == [f"p{i}@example.org" for i in range(5)]  # fmt: skip


def test_iter_rows_takes_any_iterable_and_an_empty_one():
    source = csv_source(__file__)  # type: ignore[arg-type]
    assert list(iter_rows(iter([]), source)) == []
    header = ["Timestamp", "Full Name", "Email Address"]
    (row,) = iter_rows(iter([header, ["", "Ana", "ana@example.org"]]), source)
    assert (row.row_number, row.fields["full_name"]) == (2, "Ana")


@pytest.mark.parametrize("chunk", [1, 2, 1000])
def test_summary_counts_do_not_depend_on_the_chunk_size(make_rt, monkeypatch, chunk):
    monkeypatch.setattr(ingest_module, "CHUNK", chunk)
    summary = ingest(make_rt(), NOW)  # the sample sheets: 29 rows, 24 applicants (tests/intake/test_ingest.py)
    assert (summary["rows_read"], summary["applicants_new"], summary["applicants_updated"]) == (29, 24, 0)
    assert (summary["rejected"], summary["superseded"]) == (3, 2)
