"""A six-month history of the funnel for the analytics: a few thousand applicants, then pandas vs plain loops.

    PYTHONPATH=. .venv/bin/python bench/history.py                   # 3,000 applicants over 26 weeks
    PYTHONPATH=. .venv/bin/python bench/history.py --applicants 6000

The applicants are the synthetic workload's people (``include.sample_data.synthetic``, as
``tests/fakes/workload.py`` uses them), spread over six months across two sources and ingested by the
real intake and roster stages. The later stages are then written as their tables record them (CV
parsed or not, a recommendation and allocation, a booking with an advisor, the outcome, the follow-up
email), with per-source, per-country and per-advisor rates that differ, so breakdowns have something to
show. Running every real stage for six months of weekly batches would take an hour and add nothing the
analytics read. Prints the generation time and the analytics time against the plain-loop baseline.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, insert, select  # noqa: E402

END = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
SOURCES = ("google_form", "partner_referrals")
ADVISORS = 8
# Per-advisor no-show probability: a spread the per-advisor chart should show.
NO_SHOW = [0.04 + 0.035 * i for i in range(ADVISORS)]
CV_STATUS = {"missing": "missing", "pdf_corrupt": "error"}
CONSULT_MINUTES = 30
OPS_ZONE = ZoneInfo("America/New_York")


@dataclass(frozen=True)
class History:
    """Where the generated history lives and what it was generated for."""

    db_url: str
    config: Path
    applicants: int
    end: datetime


def _form_csv(people: list[Any]) -> str:
    from include.sample_data.applicants import FORM_HEADERS

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FORM_HEADERS)
    for a in people:
        writer.writerow(
            [a.submitted, a.name, a.email, a.phone, a.school, a.country, a.graduation_year, a.ecfmg, a.step1,
             a.step2ck, a.specialties, a.states, a.start, a.rotation, a.visa, a.cv_link, a.heard]
        )  # fmt: skip
    return buf.getvalue()


def _people(n: int, seed: int, end: datetime, weeks: int, rng: random.Random) -> list[Any]:
    """Synthetic applicants with submission times over ``weeks`` (more recent weeks busier) and start months."""
    from include.sample_data.synthetic import synthetic_applicants

    span = timedelta(weeks=weeks).total_seconds()
    out = []
    for a in synthetic_applicants(n, seed):
        # sqrt skews towards the end: the service grows over the half year
        when = (end - timedelta(seconds=span * (1 - rng.random() ** 0.7))).astimezone(UTC)
        when = min(when, end - timedelta(hours=2)).astimezone(OPS_ZONE)  # the form's clock is the ops zone
        start_month = (when.year * 12 + when.month - 1) + rng.randint(2, 6)
        start = f"{start_month // 12}-{start_month % 12 + 1:02d}"
        out.append(replace(a, submitted=f"{when.month}/{when.day}/{when.year} {when:%H:%M:%S}", start=start))
    return out


def write_inputs(folder: Path, n: int, seed: int, end: datetime, weeks: int) -> Path:
    """Two form sources (CSV), the sample roster, ``ADVISORS`` advisors and a config YAML; returns the config."""
    from include.config import DEFAULT_CONFIG
    from include.sample_data.synthetic import SAMPLE_DIR, synthetic_advisors

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    people = _people(n, seed, end, weeks, rng)
    config = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    form = config["sources"][0]
    sources = []
    for i, name in enumerate(SOURCES):
        share = [a for j, a in enumerate(people) if (j % 4 == 3) == (i == 1)]  # a quarter come from partners
        path = folder / f"{name}.csv"
        path.write_text(_form_csv(share), encoding="utf-8")
        sources.append({**form, "name": name, "kind": "csv", "path": str(path)})
    config["sources"] = sources
    config["roster"]["path"] = str(SAMPLE_DIR / "roster.csv")
    adv_path = folder / "advisors.yaml"
    adv_path.write_text(yaml.safe_dump(synthetic_advisors(ADVISORS)), encoding="utf-8")
    config["advisors"] = str(adv_path)
    (folder / "cvs").mkdir(exist_ok=True)
    config["cv_folder"] = str(folder / "cvs")
    path = folder / "clerkflow.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def _month_index(month: str) -> int:
    y, m = month.split("-")
    return int(y) * 12 + int(m) - 1


def write_stages(engine: Engine, seed: int, end: datetime, cv_kinds: dict[str, str | None]) -> dict[str, int]:
    """CV, match, booking, outcome and follow-up rows for every ingested applicant, as the stages write them."""
    from include.matching.pairwise import RULE_BIT
    from include.store import tables as t
    from include.store.status import refresh_status
    from include.timeutil import as_utc

    rng = random.Random(seed + 1)
    a, rs = t.applicants, t.raw_submissions
    with engine.connect() as conn:
        people = conn.execute(
            select(a.c.id, a.c.email, a.c.submitted_at, a.c.specialties, a.c.country, a.c.preferred_start).order_by(
                a.c.id
            )
        ).all()
        source = dict(conn.execute(select(rs.c.applicant_id, rs.c.source).order_by(rs.c.id.desc())).all())
        preceptors = conn.execute(
            select(t.preceptors.c.id, t.preceptors.c.specialty, t.preceptors.c.available_months).where(
                t.preceptors.c.active
            )
        ).all()
        advisors = list(conn.scalars(select(t.advisors.c.id).order_by(t.advisors.c.id)))
    by_specialty: dict[str, list[Any]] = {}
    for p in preceptors:
        by_specialty.setdefault(p.specialty, []).append(p)
    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("cv_profiles", "recommendations", "allocations", "match_failures", "consult_bookings")
    }
    rows["outbox_messages"] = []
    rows["placements"] = []
    for person in people:
        aid, applied = person.id, as_utc(person.submitted_at)
        kind = cv_kinds.get(person.email)
        parsed_at = applied + timedelta(hours=rng.uniform(0.2, 30))
        if parsed_at > end:
            continue
        status = CV_STATUS.get(kind or "", "needs_ocr" if rng.random() < 0.02 else "parsed")
        discrepancies = (
            [{"field": "usmle_step2ck", "form": 245, "cv": 250}] if status == "parsed" and rng.random() < 0.03 else []
        )
        rows["cv_profiles"].append(
            {
                "applicant_id": aid,
                "parser_version": "history",
                "status": status,
                "error_reason": None if status == "parsed" else f"generated: {status}",
                "profile": {},
                "discrepancies": discrepancies,
                "parsed_at": parsed_at,
            }
        )
        if status != "parsed":
            continue
        wanted = [s for s in person.specialties if s in by_specialty]
        if not wanted or rng.random() < 0.08:
            blocker = next(iter(preceptors))
            rule = "specialty" if not wanted else "step2ck"
            rows["match_failures"].append(
                {
                    "applicant_id": aid,
                    "kept": 1,
                    "pairs": {str(RULE_BIT[rule]): [blocker.id]},
                    "family": {"preceptors": int(bool(wanted)), "rules": [[rule, 1, blocker.id]] if wanted else []},
                    "computed_at": parsed_at,
                }
            )
            continue
        matched_at = parsed_at + timedelta(minutes=rng.uniform(5, 240))
        if matched_at > end:
            continue
        preceptor = rng.choice(by_specialty[wanted[0]])
        score = round(rng.uniform(0.5, 0.95), 3)
        rows["recommendations"].append(
            {
                "applicant_id": aid,
                "rank": 1,
                "preceptor_id": preceptor.id,
                "score": score,
                "components": {},
                "computed_at": matched_at,
            }
        )
        if person.preferred_start and person.preferred_start in preceptor.available_months:
            rows["allocations"].append(
                {
                    "applicant_id": aid,
                    "preceptor_id": preceptor.id,
                    "month": person.preferred_start,
                    "score": score,
                    "computed_at": matched_at,
                }
            )
        partner = source.get(aid) == "partner_referrals"
        if rng.random() > (0.93 if partner else 0.82):
            continue
        booked_at = matched_at + timedelta(minutes=rng.uniform(10, 180))
        if booked_at > end:
            continue
        adv_index = rng.randrange(len(advisors))
        start = (booked_at + timedelta(days=rng.uniform(1, 8))).replace(minute=0, second=0, microsecond=0)
        finish = start + timedelta(minutes=CONSULT_MINUTES)
        if finish > end:
            outcome = "booked"
        else:
            roll = rng.random()
            outcome = (
                "cancelled" if roll < 0.05 else "no_show" if roll < 0.05 + NO_SHOW[adv_index % len(NO_SHOW)] else "done"
            )
        booking_id = f"h{aid:010d}"
        rows["consult_bookings"].append(
            {
                "id": booking_id,
                "applicant_id": aid,
                "advisor_id": advisors[adv_index],
                "start_at": start,
                "end_at": finish,
                "status": outcome,
                "event_id": booking_id,
                "meet_link": None,
                "sequence": 0,
                "created_at": booked_at,
                "updated_at": max(booked_at, min(finish, end)),
            }
        )
        sent_at = finish + timedelta(hours=rng.uniform(0.5, 20))
        if outcome == "done" and sent_at <= end:
            rows["outbox_messages"].append(
                {
                    "message_key": f"followup:{booking_id}",
                    "applicant_id": aid,
                    "kind": "followup",
                    "booking_id": booking_id,
                    "to_email": person.email,
                    "subject": "Thank you for meeting us",
                    "state": "sent",
                    "attempts": 1,
                    "created_at": finish,
                    "sent_at": sent_at,
                }
            )
            placed_at = sent_at + timedelta(days=rng.uniform(1, 10))
            if rng.random() < 0.5 and placed_at <= end:  # a placement requested and accepted
                month = (placed_at + timedelta(days=20)).strftime("%Y-%m")
                ended = (placed_at + timedelta(days=50)).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
                done = ended <= end
                rows["placements"].append(
                    {
                        "applicant_id": aid,
                        "preceptor_id": preceptor.id,
                        "rotation_type": "hands_on",
                        "months": [month],
                        "state": "completed" if done else "confirmed",
                        "requested_by": "applicant",
                        "created_at": sent_at + timedelta(hours=rng.uniform(1, 20)),
                        "decided_at": placed_at,
                        "completed_at": ended if done else None,
                        "usce_months": 1 if done else None,
                        "updated_at": ended if done else placed_at,
                    }
                )
    with engine.begin() as conn:
        for table, batch in rows.items():
            for i in range(0, len(batch), 500):
                conn.execute(insert(t.metadata.tables[table]), batch[i : i + 500])
        refresh_status(conn)
    return {table: len(batch) for table, batch in rows.items()}


def generate_history(
    folder: Path, n: int = 3000, seed: int = 11, end: datetime = END, weeks: int = 26, db_url: str | None = None
) -> History:
    """Ingest ``n`` synthetic applicants over ``weeks`` weeks ending at ``end`` and write their later stages."""
    import os

    from include import pipeline
    from include.config import load_settings
    from include.sample_data.synthetic import synthetic_applicants
    from include.store.db import make_engine, migrate

    db_url = db_url or f"sqlite:///{folder / 'history.db'}"
    config = write_inputs(folder, n, seed, end, weeks)
    saved = {k: os.environ.get(k) for k in ("CLERKFLOW_DB_URL", "CLERKFLOW_OUTPUT_DIR")}
    os.environ["CLERKFLOW_DB_URL"] = db_url
    os.environ["CLERKFLOW_OUTPUT_DIR"] = str(folder / "var")
    try:
        settings = load_settings(config)
        migrate(db_url)
        pipeline.roster_sync(settings, end)
        pipeline.intake(settings, end)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    cv_kinds = {p.email.lower(): p.cv_kind for p in synthetic_applicants(n, seed)}
    engine = make_engine(db_url)
    try:
        write_stages(engine, seed, end, cv_kinds)
    finally:
        engine.dispose()
    return History(db_url, config, n, end)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--applicants", type=int, default=3000)
    parser.add_argument("--weeks", type=int, default=26)
    args = parser.parse_args()

    from include.analytics import funnel_analytics, load_frames
    from include.store.db import make_engine
    from tests.analytics.reference import reference_analytics

    with tempfile.TemporaryDirectory(prefix="clerkflow-history-") as tmp:
        t0 = time.perf_counter()
        history = generate_history(Path(tmp), args.applicants, weeks=args.weeks)
        generated = time.perf_counter() - t0
        engine = make_engine(history.db_url)
        t0 = time.perf_counter()
        with engine.connect() as conn:
            frames = load_frames(conn)
        loaded = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = funnel_analytics(frames, ops_tz="America/New_York", now=history.end)
        computed = time.perf_counter() - t0
        t0 = time.perf_counter()
        with engine.connect() as conn:
            reference_analytics(conn, ops_tz="America/New_York")
        naive = time.perf_counter() - t0
        engine.dispose()
    stages = result.stage_totals
    print(f"history: {args.applicants} applicants over {args.weeks} weeks generated in {generated:.1f} s")
    print("funnel: " + " → ".join(f"{k} {v}" for k, v in stages.items()))
    print(f"analytics (pandas): load {loaded * 1000:.0f} ms + compute {computed * 1000:.0f} ms")
    print(f"baseline (plain Python loops over the same rows, incl. reading): {naive * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
