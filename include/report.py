"""The nightly ops report: counts, the funnel charts and the needs-attention list, as an HTML file and an email.

The file and the email are one rendering of the ``ops_report`` email template (same look as every
other email); the file is what the email's "full report" points to. Counts are shown under human
labels; the raw ``counts`` keys stay for tools and tests that read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from include.attention import AttentionItem, legacy, needs_attention
from include.labels import LABELS
from include.runtime import Runtime
from include.store import tables as t


@dataclass(frozen=True)
class Report:
    generated_at: str
    counts: dict[str, int]
    attention: list[dict[str, str]]  # {kind, ref, reason}: the original shape other tools read
    items: list[AttentionItem] = field(default_factory=list)


def build_report(conn: Connection, now: datetime, ops_tz: str) -> Report:
    """What ops need each morning. Attention items carry ids and reasons, not contact details."""
    a, o, b, q = t.applicants, t.outbox_messages, t.consult_bookings, t.quarantine
    counts: dict[str, int] = {
        f"applicants_{s}": n for s, n in conn.execute(select(a.c.status, func.count()).group_by(a.c.status))
    }
    counts["applicants_total"] = conn.scalar(select(func.count()).select_from(a)) or 0
    counts["quarantined_rows"] = conn.scalar(select(func.count()).select_from(q)) or 0
    counts |= {f"emails_{s}": n for s, n in conn.execute(select(o.c.state, func.count()).group_by(o.c.state))}
    counts |= {f"bookings_{s}": n for s, n in conn.execute(select(b.c.status, func.count()).group_by(b.c.status))}
    counts |= last_intake_counts(conn)
    items = needs_attention(conn, now)
    from include.scheduling.choose import format_local  # a city and UTC offset, never an ambiguous "PST"

    return Report(format_local(now, ops_tz), counts, [legacy(i) for i in items], items)


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


SECTIONS = (
    ("Applicants", "applicants_", "applicant_count"),
    ("Consultations", "bookings_", "booking_count"),
    ("Emails", "emails_", "email_count"),
    ("Last intake run", "last_intake_", "intake_count"),
)
# Inside the Airflow UI: the Applicants view's frame, at the plugin app's own path.
PLUGIN_PATH = "/plugin/applicants/clerkflow"
APPLICANT_PATH = f"{PLUGIN_PATH}/applicants/"
REPORT_ROWS = 50  # the email lists this many; the Needs attention page has them all


def count_sections(counts: dict[str, int]) -> list[dict[str, Any]]:
    """The counts as titled sections of (label, number) rows, in a reading order, codes turned into words."""
    out: list[dict[str, Any]] = []
    for title, prefix, group in SECTIONS:
        labels = LABELS[group]
        rows: list[tuple[str, int]] = []
        order = list(labels)
        keys = sorted(
            (k for k in counts if k.startswith(prefix)),
            key=lambda k: (order.index(_code(k, prefix)) if _code(k, prefix) in order else len(order), k),
        )
        for key in keys:
            code = key[len(prefix) :]
            base, _, detail = code.partition(" (")
            name = labels.get(base, base.replace("_", " ").capitalize())
            rows.append((f"{name}: {detail.rstrip(')')}" if detail else name, counts[key]))
        if title == "Applicants" and "quarantined_rows" in counts:
            rows.append(("Rejected input rows", counts["quarantined_rows"]))
        if rows:
            out.append({"title": title, "rows": rows})
    return out


def _code(key: str, prefix: str) -> str:
    return key[len(prefix) :].partition(" (")[0]


def attention_rows(items: list[AttentionItem], ui_url: str) -> list[dict[str, str]]:
    """The needs-attention list for people: a title, a link to the applicant's page where there is one."""
    return [
        {
            "kind": i.title,
            "ref": i.ref,
            "reason": i.reason,
            "url": f"{ui_url}{APPLICANT_PATH}{i.applicant_id}" if i.applicant_id is not None else "",
        }
        for i in items
    ]


def report_context(report: Report, ui_url: str, charts: list[dict[str, str]], path: Path) -> dict[str, Any]:
    """The ``ops_report`` template's context (also what the CLI could print)."""
    return {
        "generated_at": report.generated_at,
        "counts": report.counts,
        "sections": count_sections(report.counts),
        "attention": attention_rows(report.items, ui_url),
        "charts": charts,
        "funnel_url": f"{ui_url}{PLUGIN_PATH}/funnel",
        "attention_url": f"{ui_url}{PLUGIN_PATH}/attention",
        "attention_shown": REPORT_ROWS,
        "report_path": str(path),
    }


def funnel_charts(conn: Connection, now: datetime, ops_tz: str) -> list[dict[str, str]]:
    """The funnel, cohort, supply-vs-demand and no-show charts as inline SVG (fluid width)."""
    from include.analytics import funnel_analytics, load_frames
    from include.analytics.charts import CHART_NAMES, render_svg

    fa = funnel_analytics(load_frames(conn), ops_tz=ops_tz, now=now)
    names = ("funnel", "cohorts", "conversion", "by_advisor", "supply_demand")
    return [{"title": CHART_NAMES[n].title, "svg": render_svg(n, fa, fluid=True, narrow=True)} for n in names]


def write_report(html: str, folder: Path, now: datetime) -> Path:
    """``reports/ops-report-YYYY-MM-DD.html`` (rewritten by a re-run the same day)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ops-report-{now:%Y-%m-%d}.html"
    path.write_text(html, encoding="utf-8")
    return path


def nightly_report(rt: Runtime, now: datetime) -> dict[str, Any]:
    """Build, write and mail the report (one email per day, however often this runs)."""
    from include.alerts import base_url
    from include.notify.dispatch import send_internal
    from include.notify.render import render_email

    with rt.engine.connect() as conn:
        report = build_report(conn, now, rt.settings.ops_timezone)
        charts = funnel_charts(conn, now, rt.settings.ops_timezone)
    path = rt.settings.reports_dir / f"ops-report-{now:%Y-%m-%d}.html"
    ctx = report_context(report, base_url(), charts, path)
    write_report(render_email("ops_report", ctx, rt.settings.mail).html, rt.settings.reports_dir, now)
    state = send_internal(rt, f"ops_report:{now:%Y-%m-%d}", "ops_report", ctx, now)
    return {"attention": len(report.attention), "report": str(path), "email": state}
