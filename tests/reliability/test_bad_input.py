"""Bad input: random sheets through intake and mutated CV files through the parser pool.

Intake: any header row and any cells, read through the Sheets API (the fake) into ``ingest``: the run
either refuses the whole sheet for a missing required column (nothing stored) or settles every row as
accepted or quarantined with a reason, and a second run changes nothing. CVs: real PDFs and DOCX files
truncated, bit-flipped and spliced never make the pool raise, and every failure says why.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from include.backends.google import Backoff, GoogleSheets
from include.config import ConfigError
from include.cv import PROFILE_KEYS, CvParserPool
from include.intake.ingest import IntakeSourceError, ingest
from include.runtime import Runtime
from include.sample_data.synthetic import SAMPLE_DIR
from include.store import tables as t
from include.tabular import column_map, iter_rows
from tests.fakes.google import FakeGoogle
from tests.reliability.funnel import T0, no_sleep

SHEET = "fuzz-sheet"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def fake_sheets() -> Iterator[FakeGoogle]:
    with FakeGoogle() as google:
        google.add_sheet(SHEET, "Sheet1", [])
        yield google


@pytest.fixture
def intake_rt(runtime: Runtime, fake_sheets: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    """The sample settings with the form read from the fake sheet through the real Sheets backend."""
    monkeypatch.setenv("AIRFLOW_CONN_CLERKFLOW_GOOGLE", fake_sheets.airflow_conn())
    source = replace(runtime.settings.sources[0], kind="gsheet", path=None, spreadsheet_id=SHEET)
    sheets = GoogleSheets.from_connection(sleep=no_sleep, timeout=5)
    sheets.backoff = Backoff(no_sleep)
    backends = replace(runtime.backends, sheets=sheets)
    return Runtime(replace(runtime.settings, sources=(source,)), runtime.engine, backends)


def _aliases(rt: Runtime) -> list[str]:
    return [alias for aliases in rt.settings.sources[0].mapping.values() for alias in aliases]


_CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "N/A",
            "=1+1",
            "+cmd",
            "@SUM(A1)",
            "\r\n",
            "\x00",
            "a@b.co",
            "A@B.CO ",
            "x@y",
            "José García",
            "1/2/2026 10:00:00",
            "2026-13-45",
            "245 (expected)",
            "9" * 400,
            "Internal Medicine; Surgery",
            "ASAP",
        ]
    ),
    st.emails().map(lambda e: f"  {e.upper()} "),
)


@st.composite
def sheets(draw: st.DrawFn, aliases: list[str]) -> list[list[str]]:
    """A header of real aliases (some dropped, repeated, re-cased, padded) and random names; ragged rows."""
    picked = draw(st.lists(st.sampled_from(aliases), max_size=len(aliases) + 3))
    variants = [draw(st.sampled_from([a, a.upper(), f"  {a} ", a.lower()])) for a in picked]
    header = draw(st.permutations(variants + draw(st.lists(st.text(max_size=15), max_size=3))))
    width = len(header)
    rows = draw(st.lists(st.lists(_CELLS, min_size=0, max_size=width + 2), max_size=12))
    duplicate = draw(st.booleans()) and rows
    return [list(header), *rows, *(rows[:1] if duplicate else [])]


def _reset(rt: Runtime) -> None:
    with rt.engine.begin() as conn:
        for table in (t.audit_log, t.quarantine, t.raw_submissions, t.applicants):
            conn.execute(delete(table))


@given(data=st.data())
@FUZZ
def test_any_sheet_ends_with_every_row_accepted_or_quarantined_with_a_reason(
    intake_rt: Runtime, fake_sheets: FakeGoogle, data: st.DataObject
) -> None:
    rt = intake_rt
    table = data.draw(sheets(_aliases(rt)))
    fake_sheets.add_sheet(SHEET, "Sheet1", table)
    _reset(rt)
    source = rt.settings.sources[0]
    read = rt.backends.sheets.read(source)
    try:
        if read:
            column_map([str(h) for h in read[0]], source)
    except ConfigError:
        with pytest.raises(IntakeSourceError):
            ingest(rt, T0)
        with rt.engine.connect() as conn:
            assert conn.execute(select(t.raw_submissions.c.id)).all() == []
        return
    rows = list(iter_rows(read, source))
    summary = ingest(rt, T0)
    distinct = {r.content_hash for r in rows}
    assert summary["rows_read"] == len(rows)
    assert summary["accepted"] + summary["rejected"] == len(distinct)
    assert summary["rows_read"] == summary["accepted"] + summary["rejected"] + summary["unchanged"]
    with rt.engine.connect() as conn:
        stored = conn.execute(select(t.raw_submissions.c.content_hash, t.raw_submissions.c.outcome)).all()
        reasons = dict(conn.execute(select(t.quarantine.c.content_hash, t.quarantine.c.reason)).all())
        applicants = set(conn.scalars(select(t.applicants.c.id)))
        linked = set(
            conn.scalars(select(t.raw_submissions.c.applicant_id).where(t.raw_submissions.c.outcome == "accepted"))
        )
    assert sorted(h for h, _ in stored) == sorted(distinct), "each distinct row stored once"
    rejected = {h for h, outcome in stored if outcome == "rejected"}
    assert {h for h, outcome in stored if outcome not in {"accepted", "rejected"}} == set()
    assert set(reasons) == rejected
    assert all(isinstance(why, str) and why.strip() for why in reasons.values())
    assert None not in linked
    assert linked <= applicants
    again = ingest(rt, T0)
    assert (again["accepted"], again["rejected"], again["unchanged"]) == (0, 0, len(rows))


# ------------------------------------------------------------------------------------------------ CV files


def _seed_documents() -> list[tuple[str, bytes]]:
    files = sorted(p for p in (SAMPLE_DIR / "cvs").iterdir() if p.suffix in {".pdf", ".docx"})
    pdfs = [p for p in files if p.suffix == ".pdf"][:3]
    docxs = [p for p in files if p.suffix == ".docx"][:3]
    return [(p.name, p.read_bytes()) for p in pdfs + docxs]


SEEDS = _seed_documents()


def mutate(content: bytes, how: str, rng: random.Random) -> bytes:
    """One structural mutation of a document's bytes."""
    n = len(content)
    at = rng.randrange(n)
    if how == "truncate":
        return content[:at]
    if how == "flip":
        out = bytearray(content)
        for _ in range(rng.randint(1, 64)):
            out[rng.randrange(n)] ^= 1 << rng.randrange(8)
        return bytes(out)
    if how == "zero":
        size = rng.randint(1, max(1, n // 8))
        return content[:at] + b"\x00" * size + content[at + size :]
    if how == "splice":
        other = SEEDS[rng.randrange(len(SEEDS))][1]
        cut = rng.randrange(len(other))
        return content[:at] + other[cut : cut + rng.randint(1, 4096)] + content[at:]
    if how == "repeat":
        chunk = content[at : at + rng.randint(1, 2048)]
        return content[:at] + chunk * rng.randint(2, 50) + content[at:]
    raise ValueError(how)


@pytest.fixture(scope="module")
def pool() -> Iterator[CvParserPool]:
    with CvParserPool(2, timeout_s=15.0) as p:
        yield p


@given(
    seed=st.sampled_from(range(len(SEEDS))),
    how=st.lists(st.sampled_from(["truncate", "flip", "zero", "splice", "repeat"]), min_size=1, max_size=3),
    rng_seed=st.integers(0, 2**32 - 1),
)
@FUZZ
def test_mutated_pdf_and_docx_never_raise_and_every_failure_has_a_reason(
    pool: CvParserPool, seed: int, how: list[str], rng_seed: int
) -> None:
    name, content = SEEDS[seed]
    rng = random.Random(rng_seed)
    for step in how:
        content = mutate(content, step, rng) or content[:1]
    profile: dict[str, Any] = pool.parse(content, name)
    assert tuple(profile) == PROFILE_KEYS
    if profile["error"]:
        assert str(profile["error_reason"] or "").strip()
    else:
        assert profile["error_reason"] in (None, "")


def test_the_pool_survives_a_batch_of_mutants_and_still_parses_a_good_cv(pool: CvParserPool) -> None:
    rng = random.Random(2026)
    batch = [(mutate(c, rng.choice(["truncate", "flip", "splice"]), rng), n) for n, c in SEEDS for _ in range(4)]
    profiles = pool.parse_many(batch)
    assert len(profiles) == len(batch)
    assert all(p["error_reason"] for p in profiles if p["error"])
    name, good = SEEDS[0]
    assert pool.parse(good, name)["error"] is False
