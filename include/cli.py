"""clerkflow's command line: ``python -m include.cli <command>`` (run from the repo root).

Commands: migrate, run STAGE, summary, match, slots, render-email, rerun. ``--json`` prints machine-readable
output. Nothing here prints contact details except ``render-email``, which writes a preview to files.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from include.config import load_settings


def _settings(args: argparse.Namespace):
    import os

    if getattr(args, "db", None):
        os.environ["CLERKFLOW_DB_URL"] = args.db
    return load_settings(args.config)


def _print(data: Any, as_json: bool) -> None:
    if as_json:
        json.dump(data, sys.stdout, indent=2, default=str, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for key, value in data.items() if isinstance(data, dict) else enumerate(data):
            print(f"{key}: {value}")


def cmd_migrate(args: argparse.Namespace) -> int:
    from include.pipeline import migrate_app_db

    print(f"app database migrated: {migrate_app_db(_settings(args))}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from include.pipeline import STAGES

    _print(STAGES[args.stage](_settings(args)), args.json)
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    from include.matching.run import match
    from include.runtime import open_runtime
    from include.store import tables as t

    rt = open_runtime(_settings(args))
    summary = match(rt, datetime.now(UTC), top_k=args.top)
    a, r, al = t.applicants, t.recommendations, t.allocations
    with rt.engine.connect() as conn:
        recs = conn.execute(
            select(a.c.email, r.c.preceptor_id, r.c.rank, r.c.score, r.c.components)
            .join(a, a.c.id == r.c.applicant_id)
            .order_by(a.c.id, r.c.rank)
        ).all()
        allocation = conn.execute(
            select(a.c.email, al.c.preceptor_id, al.c.month).join(a, a.c.id == al.c.applicant_id).order_by(a.c.id)
        ).all()
    out = {
        "recommendations": [
            {"applicant_email": e, "preceptor_id": p, "rank": k, "score": s, "components": c} for e, p, k, s, c in recs
        ],
        "allocation": [{"applicant_email": e, "preceptor_id": p, "month": m} for e, p, m in allocation],
        "ineligible_reasons": summary["ineligible_reasons"],
    }
    _print(out, True)
    return 0


def cmd_slots(args: argparse.Namespace) -> int:
    from include.scheduling.advisors import load_advisors
    from include.scheduling.slots import free_slots

    settings = _settings(args)
    start = datetime.combine(date.fromisoformat(args.start), time(0), tzinfo=UTC) if args.start else datetime.now(UTC)
    now = datetime.now(UTC) if not args.start else start
    out: dict[str, list[dict[str, str]]] = {}
    for adv in load_advisors(settings.advisors_path):
        slots = free_slots(
            adv,
            busy=[],
            booked=[],
            start=start,
            days=args.days,
            now=now,
            min_notice=timedelta(hours=settings.booking.min_notice_hours),
        )
        from include.timeutil import zone

        tz = zone(adv["timezone"])
        out[adv["id"]] = [
            {"start": s.start.astimezone(tz).isoformat(), "end": s.end.astimezone(tz).isoformat()} for s in slots
        ]
    _print(out, True)
    return 0


def cmd_render_email(args: argparse.Namespace) -> int:
    from include.notify.dispatch import build_message
    from include.runtime import open_runtime
    from include.store import tables as t

    rt = open_runtime(_settings(args))
    with rt.engine.connect() as conn:
        row = conn.execute(
            select(t.outbox_messages)
            .where(t.outbox_messages.c.applicant_id == args.applicant, t.outbox_messages.c.kind == args.type)
            .order_by(t.outbox_messages.c.id.desc())
        ).first()
        if row is None:
            print(f"no {args.type} message for applicant {args.applicant} in the outbox", file=sys.stderr)
            return 1
        msg = build_message(conn, rt, row)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{args.type}.html").write_text(msg.html, encoding="utf-8")
    (out / f"{args.type}.txt").write_text(f"Subject: {msg.subject}\n\n{msg.text}", encoding="utf-8")
    print(f"wrote {out / (args.type + '.html')} and {out / (args.type + '.txt')}")
    return 0


def cmd_rerun(args: argparse.Namespace) -> int:
    from include.rerun import rerun_applicant

    _print(
        rerun_applicant(args.applicant, args.steps, force=args.force, dry_run=args.dry_run, settings=_settings(args)),
        True,
    )
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """What the demo did, in words ops can read (names only, no contact details)."""
    from include.runtime import open_runtime
    from include.store import tables as t

    settings = _settings(args)
    rt = open_runtime(settings)
    a, q, p, b, o, r, pr, adv = (
        t.applicants,
        t.quarantine,
        t.cv_profiles,
        t.consult_bookings,
        t.outbox_messages,
        t.recommendations,
        t.preceptors,
        t.advisors,
    )
    with rt.engine.connect() as conn:
        count = lambda table, *where: conn.scalar(select(func.count()).select_from(table).where(*where))  # noqa: E731
        cv = dict(conn.execute(select(p.c.status, func.count()).group_by(p.c.status)).all())
        emails = dict(conn.execute(select(o.c.state, func.count()).group_by(o.c.state)).all())
        top = conn.execute(
            select(a.c.id, a.c.full_name, pr.c.name, pr.c.specialty, pr.c.state, r.c.score)
            .join(r, r.c.applicant_id == a.c.id)
            .join(pr, pr.c.id == r.c.preceptor_id)
            .where(r.c.rank == 1)
            .order_by(a.c.id)
        ).all()
        no_match = count(a, ~select(r.c.rank).where(r.c.applicant_id == a.c.id).exists())
        bookings = conn.execute(
            select(a.c.id, adv.c.name, b.c.start_at, b.c.status)
            .join(b, b.c.applicant_id == a.c.id)
            .join(adv, adv.c.id == b.c.advisor_id)
            .order_by(b.c.start_at)
        ).all()
        data = {
            "applicants": count(a),
            "rejected_rows": count(q, q.c.kind == "application"),
            "roster_rows_rejected": count(q, q.c.kind == "roster"),
            "preceptors_active": count(pr, pr.c.active),
            "cv": cv,
            "consults_booked": sum(1 for x in bookings if x.status == "booked"),
            "emails": emails,
        }
    if args.json:
        _print(data, True)
        return 0
    print("clerkflow demo summary")
    print("======================")
    print(f"Applicants ingested: {data['applicants']}   rows rejected to quarantine: {data['rejected_rows']}")
    print(f"Preceptors active: {data['preceptors_active']}   roster rows rejected: {data['roster_rows_rejected']}")
    print("CVs: " + ", ".join(f"{k} {v}" for k, v in sorted(cv.items())))
    print(f"Top recommendation per applicant ({len(top)} matched, {no_match} with no eligible preceptor):")
    for aid, name, pname, spec, state, score in top:
        print(f"  #{aid:<3} {name[:28]:<28} -> {pname} ({spec}, {state}) score {score:.0f}")
    print(f"Consultations booked: {data['consults_booked']}")
    for aid, adv_name, start, _status in bookings[:5]:
        print(f"  #{aid:<3} with {adv_name} at {start:%Y-%m-%d %H:%M} UTC")
    print("Emails: " + ", ".join(f"{k} {v}" for k, v in sorted(emails.items())))
    print("Where to look:")
    print(f"  outbox (.eml):   {settings.outbox_dir}")
    print(f"  calendar (.ics): {settings.ics_dir}")
    print(f"  ops report:      {settings.reports_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m include.cli", description=__doc__)
    parser.add_argument("--config", help="clerkflow YAML (default: $CLERKFLOW_CONFIG or the bundled sample)")
    parser.add_argument("--db", help="app database URL (default: $CLERKFLOW_DB_URL, connection clerkflow_db, SQLite)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, fn: Any, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(fn=fn)
        p.add_argument("--config", default=argparse.SUPPRESS)
        p.add_argument("--db", default=argparse.SUPPRESS)
        p.add_argument("--json", action="store_true")
        return p

    add("migrate", cmd_migrate, "create or upgrade the app database")
    from include.pipeline import STAGES

    add("run", cmd_run, "run one stage over the whole batch").add_argument("stage", choices=sorted(STAGES))
    add("summary", cmd_summary, "what is in the app database, for people")
    p = add("match", cmd_match, "recompute matching and print recommendations + allocation")
    p.add_argument("--top", type=int, default=None)
    p = add("slots", cmd_slots, "free consultation slots per advisor")
    p.add_argument("--start", help="YYYY-MM-DD (default: now)")
    p.add_argument("--days", type=int, default=14)
    p = add("render-email", cmd_render_email, "write an applicant's message as HTML and text files")
    p.add_argument("type")
    p.add_argument("--applicant", type=int, required=True)
    p.add_argument("--out", default="var/preview")
    p = add("rerun", cmd_rerun, "re-run steps for one applicant (id or email)")
    p.add_argument("applicant")
    p.add_argument("--steps", nargs="+", default=["intake", "cv", "match", "book", "email"])
    p.add_argument("--force", action="store_true")
    p.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    raise SystemExit(main())
