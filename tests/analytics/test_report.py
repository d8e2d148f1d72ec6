"""The nightly report on the generated history: labelled counts, inline charts, linked attention items, one email."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.history import END, History


@pytest.fixture
def report_run(history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from include.config import load_settings
    from include.report import nightly_report
    from include.runtime import open_runtime

    monkeypatch.setenv("CLERKFLOW_DB_URL", history.db_url)
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", "https://airflow.example.org")
    rt = open_runtime(load_settings(history.config))
    try:
        first = nightly_report(rt, history.end)
        second = nightly_report(rt, history.end)
        yield rt, first, second
    finally:
        rt.engine.dispose()


def test_the_report_reads_like_the_emails_with_charts_and_links_and_is_mailed_once(report_run) -> None:
    rt, first, second = report_run
    html = Path(first["report"]).read_text(encoding="utf-8")
    assert "clerkflow · staff" in html  # the staff email layout (no applicant footer)
    assert "nsubscribe" not in html
    assert html.count("<svg") == 5
    assert "<script" not in html
    for label in ("Waiting for a CV", "Last intake run", "Rows read", "Consultation booked", "No-show"):
        assert label in html
    assert "last_intake_" not in html
    assert "applicants_needs_cv" not in html
    assert 'href="https://airflow.example.org/plugin/applicants/clerkflow/applicants/' in html
    from include.report import REPORT_ROWS, build_report

    with rt.engine.connect() as conn:
        items = build_report(conn, END, rt.settings.ops_timezone).items
    linked = sum(1 for i in items[:REPORT_ROWS] if i.applicant_id is not None)
    assert html.count('href="https://airflow.example.org/plugin/applicants/clerkflow/applicants/') == linked > 0
    assert 'more on <a href="https://airflow.example.org/plugin/applicants/clerkflow/attention"' in html
    assert first["attention"] > 0

    assert first["email"] == second["email"] == "sent"  # the second run finds it sent and sends nothing
    mails = sorted(rt.settings.outbox_dir.rglob("*.eml"))
    assert len(mails) == 1
    assert mails[0].stat().st_size > 10_000  # the charts travel inline
