"""The nightly ops report: counts per stage and a needs-attention list, as an HTML file and an email."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from include.cv.merge import describe
from include.labels import label, report_count
from include.runtime import Runtime
from include.store import tables as t


@dataclass(frozen=True)
class Report:
    generated_at: str
    counts: dict[str, int]
    attention: list[dict[str, str]]


def build_report(conn: Connection, now: datetime, ops_tz: str) -> Report:
    """What ops need each morning. Attention items carry ids and reasons, not contact details."""
    a, o, b, p, q = t.applicants, t.outbox_messages, t.consult_bookings, t.cv_profiles, t.quarantine
    counts: dict[str, int] = {
        f"applicants_{s}": n for s, n in conn.execute(select(a.c.status, func.count()).group_by(a.c.status))
    }
    counts["applicants_total"] = conn.scalar(select(func.count()).select_from(a)) or 0
    counts["quarantined_rows"] = conn.scalar(select(func.count()).select_from(q)) or 0
    counts |= {f"emails_{s}": n for s, n in conn.execute(select(o.c.state, func.count()).group_by(o.c.state))}
    counts |= {f"bookings_{s}": n for s, n in conn.execute(select(b.c.status, func.count()).group_by(b.c.status))}
    counts |= last_intake_counts(conn)
    attention: list[dict[str, str]] = []
    for r in conn.execute(select(q.c.kind, q.c.source, q.c.row_number, q.c.reason).order_by(q.c.id)):
        attention.append(
            {"kind": f"quarantined {r.kind} row", "ref": f"{r.source} row {r.row_number}", "reason": r.reason}
        )
    for r in conn.execute(select(p.c.applicant_id, p.c.status, p.c.error_reason).where(p.c.status != "parsed")):
        attention.append(
            {
                "kind": f"CV problem: {label('cv_status', r.status)}",
                "ref": f"applicant #{r.applicant_id}",
                "reason": r.error_reason or "",
            }
        )
    for r in conn.execute(select(p.c.applicant_id, p.c.discrepancies).order_by(p.c.applicant_id)):
        if r.discrepancies:
            attention.append(
                {
                    "kind": "form and CV disagree",
                    "ref": f"applicant #{r.applicant_id}",
                    "reason": describe(r.discrepancies),
                }
            )
    unbooked = conn.execute(
        select(a.c.id).where(~select(b.c.id).where(b.c.applicant_id == a.c.id, b.c.status != "cancelled").exists())
    )
    for (aid,) in unbooked:
        attention.append(
            {"kind": "no consultation booked", "ref": f"applicant #{aid}", "reason": "no free slot in daytime"}
        )
    for r in conn.execute(select(o.c.message_key, o.c.kind, o.c.error).where(o.c.state == "failed")):
        what = f"email failed: {label('email_kind', r.kind)}"
        attention.append({"kind": what, "ref": r.message_key, "reason": r.error or ""})
    adv = t.advisors
    no_link = conn.execute(
        select(b.c.applicant_id, b.c.start_at)
        .join(adv, adv.c.id == b.c.advisor_id)
        .where(b.c.status == "booked", func.coalesce(b.c.meet_link, "") == "", func.coalesce(adv.c.video_url, "") == "")
        .order_by(b.c.start_at)
    )
    for r in no_link:  # everyone was told ops will email the link (include/scheduling/video.py)
        attention.append(
            {
                "kind": "consultation without a video link",
                "ref": f"applicant #{r.applicant_id}",
                "reason": "email the link to the applicant and the advisor before the call",
            }
        )
    stale = now - timedelta(hours=1)
    for r in conn.execute(select(b.c.id, b.c.applicant_id).where(b.c.status == "pending", b.c.updated_at < stale)):
        attention.append({"kind": "booking stuck pending", "ref": f"applicant #{r.applicant_id}", "reason": r.id})
    from include.matching.overrides import unhonored_pins

    for pin in unhonored_pins(conn):
        attention.append(
            {
                "kind": "pin not honored",
                "ref": f"applicant #{pin['applicant_id']} / preceptor {pin['preceptor_id']}",
                "reason": pin["reason"],
            }
        )
    from include.scheduling.choose import format_local

    return Report(format_local(now, ops_tz), counts, attention)


def last_intake_counts(conn: Connection) -> dict[str, int]:
    """The newest intake run's summary as ``last_intake_*`` counts (rejections per reason included)."""
    summary = conn.scalar(
        select(t.stage_runs.c.summary)
        .where(t.stage_runs.c.stage == "intake")
        .order_by(t.stage_runs.c.id.desc())
        .limit(1)
    )
    out: dict[str, int] = {}
    for key, value in (summary or {}).items():
        if isinstance(value, dict):
            out |= {f"last_intake_{key} ({reason})": int(n) for reason, n in value.items()}
        elif isinstance(value, int):
            out[f"last_intake_{key}"] = value
    return out


def write_report(report: Report, folder: Path, now: datetime) -> Path:
    """``reports/ops-report-YYYY-MM-DD.html`` (rewritten by a re-run the same day)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ops-report-{now:%Y-%m-%d}.html"
    e = html.escape
    rows = "".join(f"<tr><td>{e(report_count(k))}</td><td>{v}</td></tr>" for k, v in sorted(report.counts.items()))
    items = "".join(
        f"<tr><td>{e(i['kind'])}</td><td>{e(i['ref'])}</td><td>{e(i['reason'])}</td></tr>" for i in report.attention
    )
    path.write_text(
        f"<!doctype html><meta charset=utf-8><title>clerkflow ops report</title>"
        f"<h1>clerkflow ops report</h1><p>Generated {e(report.generated_at)}</p>"
        f"<h2>Counts</h2><table border=1>{rows}</table>"
        f"<h2>Needs attention ({len(report.attention)})</h2>"
        f"<table border=1><tr><th>What</th><th>Where</th><th>Why</th></tr>{items}</table>",
        encoding="utf-8",
    )
    return path


def nightly_report(rt: Runtime, now: datetime) -> dict[str, Any]:
    """Build, write and mail the report (one email per day, however often this runs)."""
    from include.notify.dispatch import send_internal

    with rt.engine.connect() as conn:
        report = build_report(conn, now, rt.settings.ops_timezone)
    path = write_report(report, rt.settings.reports_dir, now)
    ctx = {
        "generated_at": report.generated_at,
        "counts": report.counts,
        "attention": report.attention,
        "report_path": str(path),
    }
    state = send_internal(rt, f"ops_report:{now:%Y-%m-%d}", "ops_report", ctx, now)
    return {"attention": len(report.attention), "report": str(path), "email": state}
