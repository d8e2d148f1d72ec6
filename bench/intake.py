"""Intake throughput: generated application rows → SQLite (and PostgreSQL when reachable), rows/s.

Beside it, in the same run, the naive way (per row: normalize, SELECT the applicant, INSERT/UPDATE, INSERT the
raw row, COMMIT) on a sample, so the numbers compare like with like. Usage::

    .venv/bin/python bench/intake.py                 # 10,000 rows; naive baseline on 2,000
    .venv/bin/python bench/intake.py --rows 50000    # the issue's size; naive baseline on 5,000
    .venv/bin/python bench/intake.py --rows 200000   # memory: compare "peak RSS" with the 10,000-row run
    CLERKFLOW_BENCH_PG_URL=postgresql+psycopg2://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/intake.py

PostgreSQL: ``--pg URL`` (or $CLERKFLOW_BENCH_PG_URL, else $CLERKFLOW_TEST_PG_URL) names a server database; the
bench creates and drops its own databases there.

Peak RSS is this process's high-water mark (ru_maxrss) after each batched ingest; the rows are generated
straight into the CSV file, so the bench itself holds no table and the figure is the ingest's.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from include.backends.sheets import LocalSheets, RowStream
from include.config import SourceConfig, load_settings
from include.sample_data.applicants import FORM_HEADERS

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

_FIRST = [
    "Priya", "José", "Lan", "Søren", "Zoë", "Ahmed", "Aarav", "Fatima", "Oleksandr", "Rohan", "Grace", "Maria",
    "Ravi", "Chloe", "Chinedu", "Ana", "Hira", "Kavya", "Juan", "Marcus", "Emily", "Bilal", "Deepak", "Layla",
    "Ikechukwu", "Nguyễn", "Mohammed", "Sara", "Omar", "Aisha", "Carlos", "Yuki", "Olga", "Tunde", "أحمد", "आरव",
]  # fmt: skip
_LAST = [
    "Raghavan", "Álvarez", "Lindqvist", "Okafor", "Hassan", "Sharma", "Malik", "Kovalenko", "Mehta", "Adeyemi",
    "Santos", "Kumar", "Baptiste", "Okoro", "Souza", "Qureshi", "Nair", "Reyes", "Campbell", "Carter", "Thapa",
    "Mansour", "Obi", "Thị Lan", "Tariq", "Haddad", "Ivanenko", "Silva", "Gupta", "Bello", "حسن", "शर्मा",
]  # fmt: skip
_COUNTRIES = [
    ("India", "+91 9{:04d} {:05d}"), ("IN", "9{:04d}{:05d}"), ("Pakistan", "+92 3{:02d} {:07d}"),
    ("Nigeria", "080{:02d} {:06d}"), ("Egypt", "+20 10 {:04d} {:04d}"), ("Philippines", "0917 {:03d} {:04d}"),
    ("Brazil", "(21) 9{:04d}-{:04d}"), ("Ukraine", "+380 67 {:03d} {:04d}"), ("Nepal", "98{:02d}{:06d}"),
    ("Grenada", "(305) 555-01{:02d}"), ("Dominica", "+1 767 245 {:04d}"), ("United States", "+1 (617) 555-01{:02d}"),
]  # fmt: skip
_SCHOOLS = ["Seth Memorial Medical College, Mumbai", "Cairo Nile University Faculty of Medicine",
            "University of Lagos Lagoon College of Medicine", "St. Aldric University School of Medicine",
            "Kharkiv Regional Medical University", "=HYPERLINK(\"https://evil.example.net\",\"x\")"]  # fmt: skip
_ECFMG = ["Certified", "Pending", "Not yet", "certified ", "N/A", ""]
_STEP1 = ["Pass", "PASS", "fail", "231", "228", "", "scheduled"]
_STEP2 = ["245", "238", "251", "245 (expected)", "scheduled", "not taken", "N/A", "", "232"]
_SPECIALTIES = ["IM, Peds", "Internal Medicine", "Psych", "FM", "OBGYN", "OB/GYN", "Gen Surg", "Cardiology",
                "Neuro", "Int. Med", "Family Med", "Internal Medicine, Cardiology", "Emergency"]  # fmt: skip
_STATES = ["NY, NJ", "TX; FL", "California", "anywhere", "East Coast", "ny", "NYC", "New York", "TN, GA", ""]
_STARTS = ["January 2027", "2027-02", "Mar 2027", "03/2027", "ASAP", "Feb 2027", "2027-04", "flexible"]
_ROTATIONS = ["Hands-on (clerkship/externship)", "Observership", "Hands-on, Observership", "Research", "Telehealth"]
_VISAS = ["J-1", "B1/B2", "Green Card", "US Citizen", "Need visa", "H-1B"]
_HEARD = ["Instagram", "Friend / colleague", "Google search", "YouTube", "WhatsApp group", ""]


def generate_rows(n: int, seed: int = 7) -> Iterator[list[str]]:
    """``n`` form rows (after the header) like a busy season's export: ~12% resubmissions, ~3% unusable rows,
    messy values."""
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 8, 0)
    people: list[tuple[str, str, int]] = []
    yield list(FORM_HEADERS)
    for i in range(n):
        when = start + timedelta(seconds=i * 90 + rng.randrange(60))
        if people and rng.random() < 0.12:
            name, email, c = rng.choice(people)  # the same person again, email typed differently
            email = rng.choice([email, email.upper(), f"  {email.title()} "])
        else:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            email = f"applicant{i}.{rng.randrange(10**6)}@example.{rng.choice(['com', 'org', 'net'])}"
            c = rng.randrange(len(_COUNTRIES))
            people.append((name, email, c))
        broken = rng.random()
        if broken < 0.01:
            email = ""
        elif broken < 0.02:
            email = email.replace("@", ".at.")
        elif broken < 0.03:
            name = ""
        elif broken < 0.04:
            name = name.replace(" ", "\n", 1)
        country, phone_fmt = _COUNTRIES[c]
        phone = phone_fmt.format(rng.randrange(100), rng.randrange(10**4)) if rng.random() > 0.05 else "WhatsApp"
        yield (
            [
                f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}:{when.second:02d}",
                name,
                email,
                phone,
                rng.choice(_SCHOOLS),
                country,
                str(rng.choice([2015, 2018, 2020, 2022, 2024, 2027, 2028])),
                rng.choice(_ECFMG),
                rng.choice(_STEP1),
                rng.choice(_STEP2),
                rng.choice(_SPECIALTIES),
                rng.choice(_STATES),
                rng.choice(_STARTS),
                rng.choice(_ROTATIONS),
                rng.choice(_VISAS),
                f"https://drive.google.com/file/d/1{uuid.UUID(int=rng.getrandbits(128)).hex[:27]}/view",
                rng.choice(_HEARD),
            ]
        )


class CountingSheets(LocalSheets):
    """Local files, counting read calls (the issue's promise: one per sheet)."""

    def __init__(self) -> None:
        self.reads = 0

    def stream(self, source: SourceConfig) -> RowStream:
        self.reads += 1
        return super().stream(source)


def _write_csv(rows: Iterator[list[str]], big: Path, small: Path, sample: int) -> None:
    """All rows to ``big``, the header and the first ``sample`` rows also to ``small``, one row at a time."""
    with big.open("w", newline="", encoding="utf-8") as fb, small.open("w", newline="", encoding="utf-8") as fs:
        wb, ws = csv.writer(fb), csv.writer(fs)
        for i, row in enumerate(rows):
            wb.writerow(row)
            if i <= sample:
                ws.writerow(row)


def _rss_mb() -> float:
    """Resident memory now (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _runtime(url: str, csv_path: Path, out: Path) -> Any:
    from include.runtime import Backends, Runtime
    from include.store.db import make_engine, migrate

    base = load_settings()
    form = replace(base.sources[0], path=csv_path, kind="csv")
    settings = replace(base, sources=(form,), output_dir=out, db_url=url)
    migrate(url)
    engine = make_engine(url)
    return Runtime(settings, engine, Backends(CountingSheets(), None, None, None))  # type: ignore[arg-type]


def naive_ingest(rt: Any, now: datetime) -> int:
    """The obvious loop: per row normalize, SELECT the applicant, INSERT or UPDATE, INSERT the raw row, COMMIT."""
    from sqlalchemy import insert, select, update

    from include.intake.normalize import normalize_application
    from include.store import tables as t
    from include.store.db import fit
    from include.tabular import iter_rows

    a = t.applicants
    n = 0
    for source in rt.settings.sources:
        for row in iter_rows(rt.backends.sheets.stream(source), source):
            n += 1
            result = normalize_application(row.fields, now.date(), source_tz=rt.settings.ops_timezone)
            with rt.engine.begin() as conn:
                applicant_id = None
                if not result.reject_reason:
                    values = fit(a, result.values)
                    found = conn.scalar(select(a.c.id).where(a.c.email == values["email"]))
                    if found is None:
                        applicant_id = conn.scalar(
                            insert(a)
                            .values(**values, warnings=result.warnings, status="new", created_at=now, updated_at=now)
                            .returning(a.c.id)
                        )
                    else:
                        applicant_id = found
                        conn.execute(update(a).where(a.c.id == found).values(**values, updated_at=now))
                conn.execute(
                    insert(t.raw_submissions)
                    .values(
                        source=source.name,
                        row_number=row.row_number,
                        content_hash=row.content_hash,
                        raw=row.raw,
                        applicant_id=applicant_id,
                        outcome="rejected" if result.reject_reason else "accepted",
                        ingested_at=now,
                    )
                    .prefix_with("OR IGNORE" if rt.engine.dialect.name == "sqlite" else "")
                )
    return n


def _timed(label: str, fn: Callable[[], Any], rows: int) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rate = rows / seconds
    print(f"  {label:<44} {rows:>7,} rows in {seconds:6.2f} s = {rate:8,.0f} rows/s  (this process: {cpu:.2f} s CPU)")
    if isinstance(result, dict):
        keys = ("accepted", "rejected", "superseded", "applicants_new", "applicants_updated", "unchanged")
        print("    " + ", ".join(f"{k} {result[k]:,}" for k in keys))
    return rate


def bench(label: str, make_url: Callable[[str], str], rows: int, sample: int, work: Path) -> dict[str, float]:
    from include.intake.ingest import ingest

    big, small = work / f"rows-{rows}.csv", work / f"rows-{sample}.csv"
    _write_csv(generate_rows(rows), big, small, sample)
    print(f"{label}:")
    rt = _runtime(make_url("batched"), big, work)
    before = _rss_mb()
    batched = _timed("clerkflow ingest (batched)", lambda: ingest(rt, NOW), rows)
    print(f"    RSS before the ingest {before:,.0f} MB; peak RSS of this process so far {_peak_mb():,.0f} MB")
    assert rt.backends.sheets.reads == 1, rt.backends.sheets.reads
    again = _timed("clerkflow ingest again (all unchanged)", lambda: ingest(rt, NOW), rows)
    print(f"    sheet read calls: {rt.backends.sheets.reads} (one per run)")
    rt.engine.dispose()
    rt = _runtime(make_url("naive"), small, work)
    naive = _timed("naive row-at-a-time (select+insert+commit)", lambda: naive_ingest(rt, NOW), sample)
    rt.engine.dispose()
    print(f"  speed-up over naive: {batched / naive:.1f}x")
    return {"batched": batched, "again": again, "naive": naive}


def _pg(url: str) -> Callable[[str], str] | None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except SQLAlchemyError as exc:
        print(f"PostgreSQL not reachable ({type(exc).__name__}); skipped")
        return None
    prefix = f"clerkflow_bench_{uuid.uuid4().hex[:6]}"
    made: list[str] = []

    def make(name: str) -> str:
        db = f"{prefix}_{name}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db}"'))
        made.append(db)
        return url.rsplit("/", 1)[0] + f"/{db}"

    make.cleanup = lambda: [  # type: ignore[attr-defined]
        admin.connect()
        .execution_options(isolation_level="AUTOCOMMIT")
        .execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        for db in made
    ]
    return make


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000, help="rows for the batched ingest (issue: 50000)")
    parser.add_argument("--naive-rows", type=int, default=None, help="rows for the naive baseline")
    parser.add_argument(
        "--pg", default=os.environ.get("CLERKFLOW_BENCH_PG_URL") or os.environ.get("CLERKFLOW_TEST_PG_URL")
    )
    args = parser.parse_args(argv)
    sample = args.naive_rows or min(args.rows, 5_000 if args.rows >= 50_000 else 2_000)
    print(f"intake bench: {args.rows:,} generated rows; naive baseline on the first {sample:,} (it is slow)")
    print(f"load average before: {_load()} on {os.cpu_count()} CPUs\n")
    with tempfile.TemporaryDirectory(prefix="clerkflow-bench-") as tmp:
        work = Path(tmp)
        bench("SQLite", lambda name: f"sqlite:///{work / name}.db", args.rows, sample, work)
        if args.pg:
            make = _pg(args.pg)
            if make is not None:
                try:
                    print()
                    bench("PostgreSQL", make, args.rows, sample, work)
                finally:
                    make.cleanup()  # type: ignore[attr-defined]
        else:
            print("\nPostgreSQL: set --pg or CLERKFLOW_BENCH_PG_URL to include it")
    print(f"\nload average after: {_load()}")
    return 0


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    raise SystemExit(main())
