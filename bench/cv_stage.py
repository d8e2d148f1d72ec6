"""The CV stage alone at nightly size: N new applicants' CVs fetched from the fake Drive, parsed, stored.

    PYTHONPATH=. .venv/bin/python bench/cv_stage.py [--applicants 1000] [--sqlite]

Roster and intake run first (not timed). Then the CV stage, twice on fresh databases with the same files:
as it runs (batches of 32 stored with a fixed number of statements while the parser workers read the next
batch) and the naive baseline, one CV per batch (fetch, parse, store, commit one at a time). Prints wall
time and the SQL statements each sent (counted on the engine), and the plan the process DAG would map.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="clerkflow-bench-airflow-"))
os.environ.setdefault("SENDGRID_API_KEY", "SG.bench")  # the runtime builds every backend; no mail is sent


def run_stage(workload, work: Path, prefer_pg: bool, batch: int) -> tuple[float, int, dict, int, str]:
    """Seconds, statements, the stage's counts, the number of mapped chunks, the DB kind."""
    from sqlalchemy import event

    from bench.nightly import _settings, database
    from include.cv import collect
    from include.intake.ingest import ingest
    from include.matching.sync import sync_roster
    from include.runtime import open_runtime
    from include.store.db import migrate

    now = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    with database(prefer_pg, work) as url:
        migrate(url)
        rt = open_runtime(_settings(workload, url, work, "fakes"))
        sync_roster(rt, now)
        ingest(rt, now)
        chunks = len(collect.plan_chunks(rt))
        statements = [0]

        def count(*_args: object) -> None:
            statements[0] += 1

        event.listen(rt.engine, "before_cursor_execute", count)
        default, collect.BATCH = collect.BATCH, batch
        try:
            start = time.perf_counter()
            result = collect.parse_cvs(rt, now)
            took = time.perf_counter() - start
        finally:
            collect.BATCH = default
            event.remove(rt.engine, "before_cursor_execute", count)
        rt.engine.dispose()
        return took, statements[0], result, chunks, url.split("://")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applicants", type=int, default=1000)
    parser.add_argument("--sqlite", action="store_true", help="use SQLite even when PostgreSQL answers")
    args = parser.parse_args()

    from include.cv.collect import BATCH
    from include.sample_data.synthetic import write_workload
    from tests.fakes.google import FakeGoogle
    from tests.fakes.workload import seed_fakes

    n = args.applicants
    work = Path(tempfile.mkdtemp(prefix="clerkflow-bench-cv-"))
    google = FakeGoogle().start()
    try:
        workload = write_workload(work / "input", n)
        seed_fakes(google, workload)
        os.environ["AIRFLOW_CONN_CLERKFLOW_GOOGLE"] = google.airflow_conn()
        ours = run_stage(workload, work, not args.sqlite, BATCH)
        naive = run_stage(workload, work, not args.sqlite, 1)
    finally:
        google.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"CV stage, {n} new applicants ({ours[4]}, fake Drive), load average {os.getloadavg()[0]:.1f}: {ours[2]}")
    print(f"  clerkflow (batches of {BATCH}): {ours[0]:.2f} s, {ours[1]} statements ({ours[1] / n:.2f} per CV)")
    print(f"  naive, one CV at a time:    {naive[0]:.2f} s, {naive[1]} statements ({naive[1] / n:.2f} per CV)"
          f"  ({naive[0] / ours[0]:.1f}x time, {naive[1] / max(ours[1], 1):.0f}x statements)")  # fmt: skip
    print(f"  the process DAG would map parse_cvs over {ours[3]} id range(s) of at most 500 due CVs")


if __name__ == "__main__":
    main()
