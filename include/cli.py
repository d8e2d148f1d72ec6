"""clerkflow's command line: ``python -m include.cli <command>`` (run from the repo root).

Commands: migrate, ingest, quarantine list|replay, run STAGE,
summary, match, slots, render-email, suppressions, rerun, purge, parse-cv FILE...
``--json`` prints machine-readable output. Nothing here prints contact details except ``render-email``, which
writes a preview to files, and ``parse-cv``, which prints what the given CV files say.

Only a command's result goes to stdout (``--json``: only JSON); logs, Airflow's included, go to stderr. A
failure is one line on stderr and a non-zero exit (2: configuration, 1: anything else), never a traceback
(``--traceback`` shows it).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

# Imports are lazy (inside each command): ``parse-cv`` must start in well under a second, without SQLAlchemy
# or Airflow.

_OUT: Any = None  # the real stdout while a command runs (sys.stdout is stderr then, for loggers)


def _stdout() -> Any:
    """Where command results go: the real stdout."""
    return _OUT or sys.stdout


def _settings(args: argparse.Namespace):
    import os

    from include.config import load_settings

    if getattr(args, "db", None):
        os.environ["CLERKFLOW_DB_URL"] = args.db
    return load_settings(args.config)


def _print(data: Any, as_json: bool) -> None:
    if as_json:
        json.dump(data, _stdout(), indent=2, default=str, ensure_ascii=False)
        _stdout().write("\n")
    else:
        for key, value in data.items() if isinstance(data, dict) else enumerate(data):
            print(f"{key}: {value}", file=_stdout())


def cmd_migrate(args: argparse.Namespace) -> int:
    from include.pipeline import migrate_app_db

    print(f"app database migrated: {migrate_app_db(_settings(args))}", file=_stdout())
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest every configured source (migrating the app DB first) and print the intake summary."""
    from include.config import ConfigError
    from include.intake.ingest import IntakeSourceError
    from include.pipeline import intake, migrate_app_db

    try:
        settings = _settings(args)
        migrate_app_db(settings)
        summary = intake(settings)
    except (ConfigError, IntakeSourceError) as exc:
        print(f"ingest failed: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ConfigError) else 1
    _print(summary, args.json)
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    """``quarantine list``: rejected application rows (id, source, row, reason); ``quarantine replay``: re-read them."""
    from include.intake.replay import list_quarantined
    from include.pipeline import replay_quarantine
    from include.runtime import open_runtime

    settings = _settings(args)
    if args.action == "replay":
        _print(replay_quarantine(settings, ids=args.id or None), args.json)
        return 0
    rt = open_runtime(settings)
    with rt.engine.connect() as conn:
        rows = list_quarantined(conn, limit=args.limit)
    if args.json:
        _print(rows, True)
    else:
        for r in rows:
            line = f"{r['id']:>6}  {r['source']} row {r['row_number']}  {r['created_at']:%Y-%m-%d %H:%M}  {r['reason']}"
            print(line, file=_stdout())
        print(f"{len(rows)} quarantined row(s); replay with: quarantine replay [--id ID ...]", file=_stdout())
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from include.pipeline import STAGES

    _print(STAGES[args.stage](_settings(args)), args.json)
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    from sqlalchemy import select

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


def cmd_override(args: argparse.Namespace) -> int:
    """``pin`` / ``exclude`` / ``unpin`` one (applicant, preceptor) pair; the next match run applies it."""
    from include.matching.overrides import UnknownPreceptor, clear_override, set_override
    from include.rerun import ApplicantNotFound, resolve_applicant
    from include.runtime import open_runtime

    rt = open_runtime(_settings(args))
    now = datetime.now(UTC)
    try:
        applicant_id = resolve_applicant(rt, args.applicant)
        with rt.engine.begin() as conn:
            if args.command == "unpin":
                out = {"cleared": clear_override(conn, applicant_id, args.preceptor, now)}
            else:
                set_override(conn, applicant_id, args.preceptor, args.command, now, note=args.note)
                out = {"override": args.command}
    except (ApplicantNotFound, UnknownPreceptor) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    _print({"applicant_id": applicant_id, "preceptor_id": args.preceptor, **out}, args.json)
    return 0


def cmd_why(args: argparse.Namespace) -> int:
    """Why preceptor X is or is not recommended for applicant Y (rules, score and rank, or an override)."""
    from include.matching.why import why
    from include.rerun import resolve_applicant
    from include.runtime import open_runtime

    settings = _settings(args)
    rt = open_runtime(settings)
    try:
        applicant_id = resolve_applicant(rt, args.applicant)
        with rt.engine.connect() as conn:
            verdict = why(
                conn,
                applicant_id,
                args.preceptor,
                today=datetime.now(UTC).date(),
                top_k=int(settings.matching.get("top_k", 3)),
                weights=settings.matching.get("weights"),
            )
    except LookupError as err:  # ApplicantNotFound or an unknown preceptor
        print(f"error: {err}", file=sys.stderr)
        return 1
    if args.json:
        _print(verdict, True)
    else:
        print(f"applicant #{applicant_id} / preceptor {args.preceptor}: {verdict['answer']}", file=_stdout())
        for name, points in (verdict.get("components") or {}).items():
            print(f"  {name:<13} {points:6.2f}", file=_stdout())
    return 0


def cmd_slots(args: argparse.Namespace) -> int:
    """Free slots per advisor (config file), minus calendar busy time and the bookings in the app DB."""
    from sqlalchemy import inspect

    from include.runtime import open_runtime
    from include.scheduling.advisors import load_advisors
    from include.scheduling.availability import availability
    from include.timeutil import zone

    settings = _settings(args)
    now = datetime.fromisoformat(args.now).astimezone(UTC) if args.now else datetime.now(UTC)
    start = (
        datetime.combine(date.fromisoformat(args.start), time(0), tzinfo=zone(settings.ops_timezone)).astimezone(UTC)
        if args.start
        else now
    )
    rt = open_runtime(settings)
    if not inspect(rt.engine).has_table("consult_bookings"):
        print("the app database is not set up: run `python -m include.cli migrate` first", file=sys.stderr)
        return 1
    advisors = [a for a in load_advisors(settings.advisors_path) if a.get("active", True)]
    with rt.engine.connect() as conn:
        avail = availability(
            conn,
            rt.backends.calendar,
            advisors,
            start=start,
            days=args.days,
            now=now,
            min_notice=timedelta(hours=settings.booking.min_notice_hours),
        )
    out: dict[str, list[dict[str, str]]] = {}
    for adv in advisors:
        tz = zone(adv["timezone"])
        out[adv["id"]] = [
            {"start": s.start.astimezone(tz).isoformat(), "end": s.end.astimezone(tz).isoformat()}
            for s in avail.free[adv["id"]]
        ]
    _print(out, True)
    return 0


def cmd_consult(args: argparse.Namespace) -> int:
    """Cancel, reschedule or record the outcome of one applicant's consultation."""
    from include.rerun import ApplicantNotFound, resolve_applicant
    from include.runtime import open_runtime
    from include.scheduling import manage

    rt = open_runtime(_settings(args))
    now = datetime.now(UTC)
    try:
        applicant_id = resolve_applicant(rt, args.applicant)
        if args.action == "cancel":
            out = manage.cancel_booking(rt, applicant_id, now, args.reason)
        elif args.action == "reschedule":
            out = manage.reschedule_booking(rt, applicant_id, now)
        else:
            out = manage.mark_outcome(rt, applicant_id, args.action.replace("-", "_"), now)
    except (ApplicantNotFound, manage.BookingError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print(out, True)
    return 0


def cmd_render_email(args: argparse.Namespace) -> int:
    """Preview what the next run would send an applicant of one kind, now (or ``--at``), or say why nothing."""
    from include.notify.preview import preview_next
    from include.runtime import open_runtime

    rt = open_runtime(_settings(args))
    now = datetime.fromisoformat(args.at).astimezone(UTC) if args.at else datetime.now(UTC)
    with rt.engine.connect() as conn:
        try:
            preview = preview_next(conn, rt, args.applicant, args.type, now)
        except LookupError as exc:
            print(f"error: cannot render {args.type} for applicant {args.applicant}: {exc}", file=sys.stderr)
            return 1
    msg = preview.message
    if msg is None:
        print(f"{args.type} for applicant {args.applicant} would not be sent now: {preview.reason}", file=sys.stderr)
        return 1
    # One folder per applicant under the output dir by default, so ``purge`` finds and removes their previews.
    out = Path(args.out) if args.out else rt.settings.output_dir / "preview" / str(args.applicant)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / f"{args.type}.html", out / f"{args.type}.txt"]
    written[0].write_text(msg.html, encoding="utf-8")
    written[1].write_text(f"Subject: {msg.subject}\n\n{msg.text}", encoding="utf-8")
    for att in msg.attachments:
        written.append(out / f"{args.type}-{att.filename}")
        written[-1].write_bytes(att.content)
    print(f"{preview.reason}; wrote " + ", ".join(str(w) for w in written), file=_stdout())
    return 0


def cmd_suppressions(args: argparse.Namespace) -> int:
    """Import a SendGrid event-webhook export (JSON array or one event per line) into the suppression list."""
    from include.notify.suppressions import import_events, load_events
    from include.runtime import open_runtime

    rt = open_runtime(_settings(args))
    _print(import_events(rt, load_events(Path(args.file))), args.json)
    return 0


def cmd_rerun(args: argparse.Namespace) -> int:
    from include.rerun import rerun_applicant

    _print(
        rerun_applicant(
            args.applicant,
            args.steps,
            force=args.force,
            dry_run=args.dry_run,
            action=args.action,
            settings=_settings(args),
        ),
        True,
    )
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Erase one applicant; without ``--yes`` only says who would go (by id and status, no contact data)."""
    from sqlalchemy import select

    from include.privacy import purge_applicant
    from include.rerun import ApplicantNotFound, resolve_applicant
    from include.runtime import open_runtime
    from include.store import tables as t

    rt = open_runtime(_settings(args))
    try:
        if not args.yes:
            applicant_id = resolve_applicant(rt, args.applicant)
            with rt.engine.connect() as conn:
                status = conn.scalar(select(t.applicants.c.status).where(t.applicants.c.id == applicant_id))
            print(f"would erase applicant #{applicant_id} (status {status}); add --yes to do it", file=_stdout())
            return 2
        result = purge_applicant(rt, args.applicant, datetime.now(UTC))
    except ApplicantNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print(result, args.json)
    return 0


def cmd_parse_cv(args: argparse.Namespace) -> int:
    """One JSON object per file (profile keys and ``file``); a file that fails says so in its object.

    Files are parsed in the sandboxed worker pool (time and memory limits), as the CV stage does.
    """
    from include.cv.sandbox import CvParserPool, error_profile

    today = date.fromisoformat(args.today) if args.today else None
    contents: dict[str, bytes] = {}
    failed: dict[str, str] = {}
    for name in args.files:
        try:
            contents[name] = Path(name).read_bytes()
        except FileNotFoundError:
            failed[name] = "file not found"
        except OSError:
            failed[name] = "cannot read the file"
    parsed: dict[str, dict[str, Any]] = {}
    if contents:
        with CvParserPool(min(2, len(contents)), timeout_s=args.timeout) as pool:
            profiles = pool.parse_many([(c, n) for n, c in contents.items()], today=today)
            parsed = dict(zip(contents, profiles, strict=True))
    for name in args.files:
        profile = parsed[name] if name in parsed else error_profile(failed[name])
        print(json.dumps({**profile, "file": name}, ensure_ascii=False, default=str), file=_stdout(), flush=True)
    return 0


def _parse_cv_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--today", help='YYYY-MM-DD the CV is read on ("present" ends there; default: today)')
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per file (OCR of a scan takes a few)")


SUMMARY_ROWS = 20  # per list; the rest is "… and N more"


def cmd_summary(args: argparse.Namespace) -> int:
    """What the demo did, in words ops can read (names only, no contact details), times in the ops zone."""
    from sqlalchemy import func, select

    from include.attention import attention_counts, needs_attention
    from include.labels import LABELS as ATTENTION
    from include.labels import label
    from include.runtime import open_runtime
    from include.scheduling.choose import format_local
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
            select(a.c.id, a.c.full_name, a.c.timezone, adv.c.name, b.c.start_at, b.c.status)
            .join(b, b.c.applicant_id == a.c.id)
            .join(adv, adv.c.id == b.c.advisor_id)
            .order_by(b.c.start_at)
        ).all()
        by_kind = conn.execute(select(o.c.kind, o.c.state, func.count()).group_by(o.c.kind, o.c.state)).all()
        offers = conn.execute(select(t.consult_offers.c.state, func.count()).group_by(t.consult_offers.c.state)).all()
        attention = needs_attention(conn, datetime.now(UTC))
        names = dict(conn.execute(select(a.c.id, a.c.full_name)).all())
        data = {
            "applicants": count(a),
            "rejected_rows": count(q, q.c.kind == "application"),
            "roster_rows_rejected": count(q, q.c.kind == "roster"),
            "preceptors_active": count(pr, pr.c.active),
            "cv": cv,
            "consults_booked": sum(1 for x in bookings if x.status == "booked"),
            "emails": emails,
            "emails_by_kind": {f"{k}:{st}": n for k, st, n in by_kind},
            "needs_attention": attention_counts(attention),
        }
    if args.json:
        _print(data, True)
        return 0
    say = functools.partial(print, file=_stdout())  # the result; logs go to stderr
    say("clerkflow demo summary")
    say("======================")
    say(f"Applicants ingested: {data['applicants']}   rows rejected to quarantine: {data['rejected_rows']}")
    say(f"Preceptors active: {data['preceptors_active']}   roster rows rejected: {data['roster_rows_rejected']}")
    say("CVs: " + ", ".join(f"{k} {v}" for k, v in sorted(cv.items())))
    say(f"Top recommendation per applicant ({len(top)} matched, {no_match} with no eligible preceptor):")
    for aid, name, pname, spec, state, score in top:
        say(f"  #{aid:<3} {name[:28]:<28} -> {pname} ({spec}, {state}) score {score:.0f}")
    unmatched = [i for i in attention if i.category == "unmatched"]
    if unmatched:
        say(f"No eligible preceptor ({len(unmatched)}):")
        for item in unmatched[:SUMMARY_ROWS]:
            say(f"  #{item.applicant_id:<3} {names.get(item.applicant_id, '')[:28]:<28} {item.reason}")
        if len(unmatched) > SUMMARY_ROWS:
            say(f"  … and {len(unmatched) - SUMMARY_ROWS} more")
    say(f"Consultations ({len(bookings)}, times in {settings.ops_timezone}, the applicant's own in brackets):")
    for aid, name, tz, adv_name, start, status in bookings[:SUMMARY_ROWS]:
        mine = f" ({format_local(start, tz)})" if tz else ""
        state = label("booking_status", status)
        say(f"  #{aid:<3} {name[:24]:<24} {format_local(start, settings.ops_timezone)}{mine} with {adv_name} — {state}")
    if len(bookings) > SUMMARY_ROWS:
        say(f"  … and {len(bookings) - SUMMARY_ROWS} more")
    if offers:  # booking.mode: offer (the booking page)
        say("Booking links: " + ", ".join(f"{n} {label('offer_state', s)}" for s, n in sorted(offers)))
    say("Emails by type:")
    kinds: dict[str, list[str]] = {}
    for kind, state, n in sorted(by_kind):
        kinds.setdefault(kind, []).append(f"{n} {label('email_state', state)}")
    for kind, parts in kinds.items():
        say(f"  {label('email_kind', kind)}: {', '.join(parts)}")
    if not kinds:
        say("  none yet")
    total = sum(data["needs_attention"].values())
    say(
        f"Needs attention: {total} item(s)"
        + (" — " + ", ".join(f"{ATTENTION['attention'].get(k, k)} {n}" for k, n in data["needs_attention"].items()))
        * bool(total)
    )
    if total:
        say("  see Airflow → Needs attention, or the ops report")
    say("Where to look:")
    say(f"  outbox (.eml):   {settings.outbox_dir}")
    say(f"  calendar (.ics): {settings.ics_dir}")
    say(f"  ops report:      {settings.reports_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["parse-cv"]:
        # Fast path: building the full parser imports the pipeline (SQLAlchemy, the stages).
        fast = argparse.ArgumentParser(prog="python -m include.cli parse-cv")
        _parse_cv_arguments(fast)
        return cmd_parse_cv(fast.parse_args(argv[1:]))
    parser = argparse.ArgumentParser(prog="python -m include.cli", description=__doc__)
    parser.add_argument("--config", help="clerkflow YAML (default: $CLERKFLOW_CONFIG or the bundled sample)")
    parser.add_argument("--db", help="app database URL (default: $CLERKFLOW_DB_URL, connection clerkflow_db, SQLite)")
    parser.add_argument("--traceback", action="store_true", help="on failure, show the traceback, not one line")
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

    add("ingest", cmd_ingest, "ingest every configured application source; print the summary")
    add("run", cmd_run, "run one stage over the whole batch").add_argument("stage", choices=sorted(STAGES))
    p = add("quarantine", cmd_quarantine, "list quarantined application rows, or re-read them after a config fix")
    p.add_argument("action", choices=["list", "replay"])
    p.add_argument("--id", type=int, action="append", help="replay only this quarantine id (repeatable)")
    p.add_argument("--limit", type=int, default=200)
    add("summary", cmd_summary, "what is in the app database, for people")
    p = add("match", cmd_match, "recompute matching and print recommendations + allocation")
    p.add_argument("--top", type=int, default=None)
    for kind, help_ in (
        ("pin", "pin a preceptor for an applicant (placed first, kept across runs)"),
        ("exclude", "never recommend or allocate a preceptor for an applicant"),
        ("unpin", "clear the pin or exclude of an applicant/preceptor pair"),
    ):
        p = add(kind, cmd_override, help_)
        p.add_argument("applicant", help="applicant id or email")
        p.add_argument("preceptor", help="preceptor id, as in the roster")
        if kind != "unpin":
            p.add_argument("--note", help="why (shown to ops; no personal data)")
    p = add("why", cmd_why, "why a preceptor is or is not recommended for an applicant")
    p.add_argument("applicant", help="applicant id or email")
    p.add_argument("preceptor", help="preceptor id, as in the roster")
    p = add("slots", cmd_slots, "free consultation slots per advisor")
    p.add_argument("--start", help="YYYY-MM-DD (default: now)")
    p.add_argument("--days", type=int, default=14)
    p.add_argument("--now", help="ISO 8601 time to count the minimum notice from (default: the current time)")
    p = add("consult", cmd_consult, "cancel, reschedule or record the outcome of a consultation")
    p.add_argument("action", choices=["cancel", "reschedule", "done", "no-show"])
    p.add_argument("applicant", help="applicant id or email")
    p.add_argument("--reason", default="", help="why (cancel only; kept in the audit log)")
    p = add("render-email", cmd_render_email, "write an applicant's message as HTML and text files")
    from include.notify.render import KINDS

    p.add_argument("type", choices=[k for k in KINDS if k not in {"ops_alert", "ops_report"}])
    p.add_argument("--applicant", type=int, required=True)
    p.add_argument("--at", help="preview for this moment (ISO 8601 with offset) instead of now")
    p.add_argument("--out", help="folder for the files (default: <output dir>/preview/<applicant id>)")
    p = add("suppressions", cmd_suppressions, "never mail addresses that bounced, complained or unsubscribed")
    p.add_argument("action", choices=["import"])
    p.add_argument("file", help="SendGrid event-webhook export: a JSON array or JSON lines")
    _parse_cv_arguments(add("parse-cv", cmd_parse_cv, "parse CV files and print one JSON profile per line"))
    p = add("rerun", cmd_rerun, "re-run steps for one applicant (id or email)")
    p.add_argument("applicant")
    p.add_argument("--steps", nargs="+", default=["intake", "cv", "match", "book", "email"])
    p.add_argument("--force", action="store_true")
    p.add_argument("--dry-run", action="store_true")
    from include.dag_defaults import RERUN_ACTIONS

    p.add_argument("--action", default="none", choices=RERUN_ACTIONS, help="consultation change before booking")
    p = add("purge", cmd_purge, "erase one applicant (id or email) everywhere, keeping an anonymous audit row")
    p.add_argument("applicant")
    p.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")
    global _OUT
    args = parser.parse_args(argv)
    _OUT, sys.stdout = sys.stdout, sys.stderr  # loggers set up from here on (Airflow's too) write to stderr
    if not logging.getLogger().handlers:  # Airflow is imported only when a connection is needed: log without it
        logging.basicConfig(
            level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    try:
        return args.fn(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.traceback:
            raise
        line, code = one_line_error(exc, args)
        print(f"error: {line}", file=sys.stderr)
        return code
    finally:
        sys.stdout, _OUT = _OUT, None


def one_line_error(exc: BaseException, args: argparse.Namespace | None = None) -> tuple[str, int]:
    """What went wrong, as one line for the terminal (2 = configuration, 1 = anything else)."""
    from sqlalchemy.exc import DBAPIError
    from yaml import YAMLError

    from include.config import ConfigError

    def flat(text: object) -> str:
        return " ".join(str(text).split())[:400]

    if isinstance(exc, ConfigError):
        return flat(exc), 2
    if isinstance(exc, YAMLError):
        return f"configuration is not valid YAML: {flat(exc)}", 2
    if isinstance(exc, DBAPIError):
        orig = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__]
        what = "does not answer" if exc.connection_invalidated or "connect" in orig[0].lower() else "refused a query"
        return f"the app database {what} ({_db_label(args)}): {flat(orig[0])}", 1
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename or flat(exc)}", 1
    if isinstance(exc, OSError) and exc.filename:
        return f"cannot use {exc.filename}: {exc.strerror or flat(exc)}", 1
    if isinstance(exc, LookupError | ValueError):  # unknown applicant, refused booking change, bad input
        return flat(exc) or type(exc).__name__, 1
    return f"{type(exc).__name__}: {flat(exc)} (--traceback shows where)", 1


def _db_label(args: argparse.Namespace | None) -> str:
    """The app DB URL with its password hidden (never echo a secret)."""
    from sqlalchemy.engine import make_url

    url = (getattr(args, "db", None) if args else None) or os.environ.get("CLERKFLOW_DB_URL")
    if not url:
        return "the clerkflow_db connection or the default SQLite file"
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the configured URL"


if __name__ == "__main__":
    raise SystemExit(main())
