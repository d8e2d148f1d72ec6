"""Load run of the whole funnel: N new applicants with CVs through every stage, with numbers.

    PYTHONPATH=. .venv/bin/python bench/nightly.py              # 1,000 applicants (about 1.5 minutes)
    PYTHONPATH=. .venv/bin/python bench/nightly.py --full       # 1,000 and 5,000 (about 6 minutes)
    PYTHONPATH=. .venv/bin/python bench/nightly.py --applicants 200 --backends local --profile
    PYTHONPATH=. .venv/bin/python bench/nightly.py --applicants 10000 --latency sendgrid=80ms,google=150ms

Default backends are the real Google/SendGrid client code pointed at the local fake servers in
tests/fakes, so the API calls are counted by the fakes; ``--backends local`` uses the file/DB twins.
The app DB is a fresh PostgreSQL database when the local server answers (else SQLite). Prints per-stage
wall time, API calls per applicant, peak memory (this process and the CV parser workers), and a naive
baseline measured in the same run: the same stages driven one applicant at a time (as a mapped task
per applicant would), on a sample, extrapolated. Ends with a summary table of every size run.

``--latency sendgrid=80ms,google=150ms`` makes each fake answer that much later (real SendGrid takes
50–100 ms a call, Google Calendar 100–300 ms), so concurrency shows. SQL statements are counted with a
SQLAlchemy ``before_cursor_execute`` listener: per booking (book stage) and per sent email (notify and
reminders stages); the bench exits 1 above 4 per booking or 3 per sent email.

API calls per run, documented and asserted (the bench exits 1 when a stage makes more):

- Sheets (roster, intake): 2 per worksheet read per run (first worksheet's title, then its values),
  whatever the number of rows.
- Drive (cv): 2 per CV that is due and has a link (metadata, then the bytes or the DOCX export);
  none for a CV not due. Retries of 429/5xx come on top (not in this fault-free run).
- Calendar (book): 1 per booking (insert), plus 1 freeBusy per 50 advisor calendars per run and 1 per
  batch (``booking.calendar_concurrency`` bookings, fewer while batches ramp up: 1, 2, 4, …); a slot
  found taken costs 1 more (find) and another pick (at most 5 picks per applicant); a pending booking
  left by an earlier run costs up to 3 (find, free check, insert), one too late to keep 2 (find, delete).
- SendGrid (notify, reminders): 1 mail/send per message handed over (sent, refused or retried); none
  for a message skipped or suppressed.
- Matching: none.

So a new applicant with a CV and a booking costs about 5 calls: 2 Drive, 1 Calendar, 2 emails
(application received, consultation booked), and 1 more email per reminder and CV request.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="clerkflow-bench-airflow-"))

PG_ADMIN = os.environ.get("CLERKFLOW_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test")


@contextmanager
def database(prefer_pg: bool, folder: Path) -> Iterator[str]:
    """A fresh app database: PostgreSQL when reachable, else SQLite in ``folder``."""
    from sqlalchemy.exc import SQLAlchemyError

    from tests.pgdb import scratch_database

    if prefer_pg:
        with ExitStack() as stack:
            try:
                url = stack.enter_context(scratch_database("clerkflow_bench", PG_ADMIN))
            except SQLAlchemyError as exc:
                print(f"  (PostgreSQL not reachable: {type(exc).__name__}; using SQLite)")
            else:
                yield url
                return
    yield f"sqlite:///{folder / f'bench-{uuid.uuid4().hex[:6]}.db'}"


CONCURRENCY: dict[str, int] = {}  # --concurrency: calendar / sendgrid in-flight calls, instead of the config's


def _settings(workload: Any, db_url: str, out: Path, backends: str) -> Any:
    from dataclasses import replace

    from include.config import load_settings
    from tests.fakes.workload import write_config

    os.environ["CLERKFLOW_DB_URL"] = db_url
    os.environ["CLERKFLOW_OUTPUT_DIR"] = str(out / "var")
    settings = load_settings(write_config(workload, out) if backends == "fakes" else workload.config)
    if "calendar" in CONCURRENCY:
        settings = replace(settings, booking=replace(settings.booking, calendar_concurrency=CONCURRENCY["calendar"]))
    if "sendgrid" in CONCURRENCY:
        settings = replace(settings, mail=replace(settings.mail, send_concurrency=CONCURRENCY["sendgrid"]))
    return settings


def parse_concurrency(value: str) -> dict[str, int]:
    """``calendar=64,sendgrid=64``: ``booking.calendar_concurrency`` and ``mail.send_concurrency`` for this run."""
    out = {}
    for part in filter(None, value.split(",")):
        name, _, n = part.partition("=")
        if name.strip() not in {"calendar", "sendgrid"}:
            raise argparse.ArgumentTypeError(f"unknown API {name!r} (calendar, sendgrid)")
        out[name.strip()] = int(n)
    return out


@dataclass
class Run:
    """One size's numbers, for the summary table."""

    n: int
    db: str = ""
    stages: list[tuple[str, float, int]] = field(default_factory=list)  # name, seconds, API calls
    statements: dict[str, tuple[int, int]] = field(default_factory=dict)  # stage -> (SQL statements, items done)
    peak_mb: tuple[float, float] = (0.0, 0.0)  # this process, the CV workers
    naive_ms: float | None = None  # per applicant, one at a time
    broken: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(s for _, s, _ in self.stages)


def api_bound(stage: str, result: Any, calendars: int, width: int = 1) -> int:
    """The most API calls ``stage`` may make for what it reports having done (see the module docstring);
    ``width`` is ``booking.calendar_concurrency`` (the booking batch size)."""
    from include.backends.google import FREEBUSY_MAX
    from include.scheduling.book import MAX_PICKS

    r = result if isinstance(result, dict) else {}
    if stage in {"roster", "intake"}:
        return 2
    if stage == "cv":
        return 2 * r.get("due", 0)
    if stage == "book":
        freebusy = math.ceil(calendars / FREEBUSY_MAX)
        picks = r.get("booked", 0) + r.get("repicked", 0) + MAX_PICKS * r.get("slot_taken", 0)
        batches = width.bit_length() + math.ceil(picks / width)  # the ramp-up, then full batches
        per_batch = math.ceil(min(width, calendars or 1) / FREEBUSY_MAX)
        taken = 2 * MAX_PICKS * r.get("slot_taken", 0) + 2 * r.get("repicked", 0)  # a find, then another pick
        return r.get("booked", 0) + taken + 2 * r.get("pending_expired", 0) + freebusy + batches * per_batch
    if stage in {"notify", "reminders"}:
        return sum(r.get(k, 0) for k in ("sent", "failed", "retry"))
    return 0


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


MAX_STATEMENTS = {"book": 4.0, "email": 3.0}  # per booking, per sent email (issue 17)


GOOGLE_APIS = {"calendar": "/calendar/", "drive": "/drive/", "sheets": "/v4/spreadsheets/"}


def parse_latency(value: str) -> dict[str, float]:
    """``sendgrid=80ms,google=150ms`` as seconds per fake (``calendar``, ``drive``, ``sheets``: one Google API)."""
    out: dict[str, float] = {}
    for part in filter(None, value.split(",")):
        name, _, amount = part.partition("=")
        amount = amount.strip().lower()
        seconds = float(amount[:-2]) / 1000 if amount.endswith("ms") else float(amount.rstrip("s"))
        if name.strip() not in {"sendgrid", "google", *GOOGLE_APIS}:
            raise argparse.ArgumentTypeError(f"unknown fake {name!r} (sendgrid, google, {', '.join(GOOGLE_APIS)})")
        out[name.strip()] = seconds
    return out


def statement_counter(engine: Any) -> Callable[[], int]:
    """Counts every SQL statement the engine sends (an executemany counts once per call)."""
    from sqlalchemy import event

    count = [0]

    @event.listens_for(engine, "before_cursor_execute")
    def _count(*_args: Any) -> None:
        count[0] += 1

    return lambda: count[0]


def run_funnel(
    n: int,
    backends: str,
    prefer_pg: bool,
    naive_sample: int,
    profile: bool = False,
    latency: dict[str, float] | None = None,
) -> Run:
    from sqlalchemy import func, select

    from include.cv.collect import parse_cvs
    from include.intake.ingest import ingest
    from include.matching.run import match
    from include.matching.sync import sync_roster
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages
    from include.runtime import open_runtime
    from include.sample_data.synthetic import write_workload
    from include.scheduling.book import book_consults
    from include.store import tables as t
    from include.store.db import migrate

    run = Run(n)
    work = Path(tempfile.mkdtemp(prefix="clerkflow-bench-"))
    t0 = time.perf_counter()
    workload = write_workload(work / "input", n)
    print(f"\n== {n} applicants ({len(workload.cv_files)} CV files), backends={backends}; "
          f"workload written in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    fakes: list[Any] = []
    if backends == "fakes":
        from tests.fakes.google import FakeGoogle
        from tests.fakes.sendgrid import FakeSendGrid
        from tests.fakes.workload import seed_fakes

        google, sendgrid = FakeGoogle().start(), FakeSendGrid().start()
        latency = latency or {}
        google.latency = latency.get("google", 0.0)
        google.latencies = {path: latency[api] for api, path in GOOGLE_APIS.items() if api in latency}
        sendgrid.latency = latency.get("sendgrid", 0.0)
        fakes = [google, sendgrid]
        seed_fakes(google, workload)
        os.environ["AIRFLOW_CONN_CLERKFLOW_GOOGLE"] = google.airflow_conn()
        os.environ["AIRFLOW_CONN_CLERKFLOW_SENDGRID"] = sendgrid.airflow_conn()
    now = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)

    def calls() -> int:
        return sum(len(f.requests) for f in fakes)

    try:
        with database(prefer_pg, work) as url:
            run.db = url.split("://")[0]
            print(f"  app DB: {run.db}")
            migrate(url)
            rt = open_runtime(_settings(workload, url, work, backends))
            print(f"  latency {latency or 'none'}; calendar_concurrency {rt.settings.booking.calendar_concurrency}, "
                  f"send_concurrency {rt.settings.mail.send_concurrency}")  # fmt: skip
            statements = statement_counter(rt.engine)
            stages: list[tuple[str, Callable[[], Any]]] = [
                ("roster", lambda: sync_roster(rt, now)),
                ("intake", lambda: ingest(rt, now)),
                ("cv", lambda: parse_cvs(rt, now)),
                ("match", lambda: match(rt, now)),
                ("book", lambda: book_consults(rt, now)),
                ("notify", lambda: _notify(rt, now, plan_messages, dispatch)),
                ("reminders", lambda: _notify(rt, now + timedelta(days=1, hours=12), plan_messages, dispatch)),
            ]
            print(f"  {'stage':<10} {'seconds':>8} {'API calls':>10} {'per applicant':>14} {'bound':>7}  result")
            for name, fn in stages:
                before, start, sql = calls(), time.perf_counter(), statements()
                result = _profiled(name, fn) if profile else fn()
                took = time.perf_counter() - start
                made = calls() - before
                sql = statements() - sql
                r = result if isinstance(result, dict) else {}
                run.statements[name] = (sql, r.get("booked", 0) if name == "book" else r.get("sent", 0))
                run.stages.append((name, took, made))
                with rt.engine.connect() as conn:
                    calendars = conn.scalar(
                        select(func.count(t.advisors.c.calendar_id.distinct())).where(t.advisors.c.active)
                    )
                bound = api_bound(name, result, calendars or 0, rt.settings.booking.calendar_concurrency)
                if made > bound:
                    run.broken.append(f"{n} applicants: {name} made {made} API calls, bound {bound}")
                short = (
                    {k: v for k, v in result.items() if not isinstance(v, dict)} if isinstance(result, dict) else result
                )
                print(f"  {name:<10} {took:>8.2f} {made:>10} {made / n:>14.2f} {bound:>7}  {short}")
            with rt.engine.connect() as conn:
                booked = conn.scalar(select(func.count()).select_from(t.consult_bookings))
                sent = conn.scalar(select(func.count()).where(t.outbox_messages.c.state == "sent"))
            run.peak_mb = _peak_mb()
            book_sql, bookings = run.statements["book"]
            mail_sql = sum(run.statements[s][0] for s in ("notify", "reminders"))
            emails = sum(run.statements[s][1] for s in ("notify", "reminders"))
            per_booking, per_email = book_sql / max(bookings, 1), mail_sql / max(emails, 1)
            print(f"  SQL statements: {per_booking:.2f} per booking ({book_sql} for {bookings}), "
                  f"{per_email:.2f} per sent email ({mail_sql} for {emails})")  # fmt: skip
            if per_booking > MAX_STATEMENTS["book"]:
                run.broken.append(f"{n} applicants: {per_booking:.2f} SQL statements per booking")
            if per_email > MAX_STATEMENTS["email"]:
                run.broken.append(f"{n} applicants: {per_email:.2f} SQL statements per sent email")
            print(f"  TOTAL {run.total:.1f} s end to end ({n / run.total:.0f} applicants/s); {calls()} API calls "
                  f"({calls() / n:.2f}/applicant); bookings {booked}; emails sent {sent}; "
                  f"peak RSS {run.peak_mb[0]:.0f} MB (CV workers {run.peak_mb[1]:.0f} MB)")  # fmt: skip
            rt.engine.dispose()
        if naive_sample:
            run.naive_ms = _naive(workload, backends, prefer_pg, work, now, naive_sample, n, run.total)
    finally:
        for f in fakes:
            f.stop()
        shutil.rmtree(work, ignore_errors=True)
    return run


def _profiled(name: str, fn: Callable[[], Any]) -> Any:
    """``fn()`` under cProfile; prints the functions that took the most time of their own."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    result = prof.runcall(fn)
    print(f"  -- profile of {name}")
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(10)
    stats.sort_stats("cumulative").print_stats("include/", 16)
    return result


def _notify(rt: Any, now: datetime, plan: Callable, dispatch: Callable) -> dict[str, Any]:
    with rt.engine.begin() as conn:
        queued = plan(conn, now)
    return {"queued": sum(queued.values()), **dispatch(rt, now, limit=100_000)}


def _naive(
    workload: Any, backends: str, prefer_pg: bool, work: Path, now: datetime, k: int, n: int, batch: float
) -> float:
    """Per-applicant processing (a mapped task per applicant): CV, match, book, emails, one at a time."""
    from sqlalchemy import select

    from include.cv.collect import parse_cvs
    from include.intake.ingest import ingest
    from include.matching.run import match
    from include.matching.sync import sync_roster
    from include.notify.dispatch import dispatch
    from include.notify.plan import plan_messages
    from include.runtime import open_runtime
    from include.scheduling.book import book_consults
    from include.store import tables as t
    from include.store.db import migrate

    with database(prefer_pg, work) as url:
        migrate(url)
        rt = open_runtime(_settings(workload, url, work / "naive", backends))
        sync_roster(rt, now)
        ingest(rt, now)
        with rt.engine.connect() as conn:
            ids = conn.execute(select(t.applicants.c.id).order_by(t.applicants.c.id).limit(k)).scalars().all()
        start = time.perf_counter()
        for aid in ids:
            parse_cvs(rt, now, [aid])
            match(rt, now)  # a per-applicant run recomputes matching for its applicant's view of the roster
            book_consults(rt, now, [aid])
            with rt.engine.begin() as conn:
                plan_messages(conn, now, [aid])
            dispatch(rt, now, applicant_ids=[aid])
        took = time.perf_counter() - start
        rt.engine.dispose()
    per = took / len(ids)
    print(f"  naive per-applicant loop: {per * 1000:.0f} ms/applicant on a sample of {len(ids)} "
          f"-> {per * n:.0f} s extrapolated for {n} (batch: {batch:.1f} s, {per * n / batch:.1f}x faster)")  # fmt: skip
    return per * 1000


def summary(runs: list[Run], backends: str) -> None:
    """One table for every size: what the README quotes."""
    print(f"\n== summary: {runs[0].db}, backends={backends}, {os.cpu_count()} CPUs")
    head = "".join(f" {f'{r.n:,} s':>10} {'calls/ap':>9}" for r in runs)
    print(f"  {'stage':<24}{head}")
    for i, (name, _, _) in enumerate(runs[0].stages):
        cells = "".join(f" {r.stages[i][1]:>10.1f} {r.stages[i][2] / r.n:>9.2f}" for r in runs)
        print(f"  {name:<24}{cells}")
    rows = [
        ("end to end", lambda r: f"{r.total:.1f} s", lambda r: f"{sum(c for *_, c in r.stages) / r.n:.2f}"),
        ("applicants/s", lambda r: f"{r.n / r.total:.1f}", lambda r: ""),
        ("peak RSS MB (process)", lambda r: f"{r.peak_mb[0]:.0f}", lambda r: ""),
        ("peak RSS MB (CV worker)", lambda r: f"{r.peak_mb[1]:.0f}", lambda r: ""),
        (
            "naive, extrapolated",
            lambda r: f"{r.naive_ms * r.n / 1000:.0f} s" if r.naive_ms else "-",
            lambda r: f"{r.naive_ms * r.n / 1000 / r.total:.1f}x" if r.naive_ms else "",
        ),
    ]
    for label, first, second in rows:
        print(f"  {label:<24}" + "".join(f" {first(r):>10} {second(r):>9}" for r in runs))
    print("  (peak RSS is the maximum so far in this process; the CV worker figure is the largest worker's)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--applicants", type=int, nargs="+", default=[1000])
    parser.add_argument("--full", action="store_true", help="1,000 and 5,000 applicants")
    parser.add_argument("--backends", choices=["fakes", "local"], default="fakes")
    parser.add_argument("--sqlite", action="store_true", help="use SQLite even when PostgreSQL answers")
    parser.add_argument("--naive-sample", type=int, default=20)
    parser.add_argument("--profile", action="store_true", help="cProfile each stage and print its top functions")
    parser.add_argument(
        "--latency", type=parse_latency, default={}, help="per-call delay of the fakes, e.g. sendgrid=80ms,google=150ms"
    )
    parser.add_argument(
        "--concurrency",
        type=parse_concurrency,
        default={},
        help="calls in flight per API instead of the config's, e.g. calendar=64,sendgrid=64",
    )
    args = parser.parse_args()
    CONCURRENCY.update(args.concurrency)
    import logging

    logging.disable(logging.INFO)
    runs = [
        run_funnel(n, args.backends, not args.sqlite, args.naive_sample, args.profile, args.latency)
        for n in ([1000, 5000] if args.full else args.applicants)
    ]
    summary(runs, args.backends)
    broken = [b for r in runs for b in r.broken]
    for line in broken:
        print(f"BOUND BROKEN: {line}", file=sys.stderr)
    if broken:
        sys.exit(1)


if __name__ == "__main__":
    main()
