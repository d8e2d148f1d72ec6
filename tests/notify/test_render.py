"""Email rendering: every kind renders, data cannot inject markup, headers or links, gaps fail loudly."""

from __future__ import annotations

import re

import pytest
from jinja2 import UndefinedError
from markupsafe import escape

from include.config import MailConfig
from include.notify.preview import sample_context
from include.notify.render import KINDS, STAFF_KINDS, first_name, render_email

MAIL = MailConfig(
    from_email="placements@clerkflow.example.com",
    from_name="clerkflow Clinical Placements",
    ops_email="ops@clerkflow.example.com",
    footer="clerkflow Clinical Placements\n100 Example Street, New York, NY 10001",
    unsubscribe_url="https://clerkflow.example.com/unsubscribe?u=1&g=2",
)
APPLICANT_KINDS = [k for k in KINDS if k not in STAFF_KINDS]
SCRIPT = "<script>alert(1)</script>"


def with_name(kind: str, name: str) -> dict:
    ctx = sample_context(kind)
    ctx["applicant"] = {"first_name": name, "full_name": name}
    return ctx


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_html_and_text_from_its_sample_context(kind: str) -> None:
    out = render_email(kind, sample_context(kind), MAIL)
    assert out.subject
    assert "\n" not in out.subject
    assert out.html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in out.html
    assert f"<title>{escape(out.subject)}</title>" in out.html
    assert ("clerkflow · staff" if kind in STAFF_KINDS else "clerkflow Clinical Placements") in out.html
    assert out.text.strip()
    assert not re.search(r"</?(p|table|td|a|li|br)\b", out.text)
    assert "\n\n\n" not in out.text


def test_sample_contexts_cover_every_kind_and_are_fresh_copies() -> None:
    for kind in KINDS:
        first = sample_context(kind)
        first.clear()
        assert sample_context(kind), kind
    with pytest.raises(ValueError, match="unknown email kind"):
        sample_context("newsletter")


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown email kind"):
        render_email("newsletter", {}, MAIL)


@pytest.mark.parametrize("kind", APPLICANT_KINDS)
def test_script_in_name_is_escaped_in_html_and_readable_in_text(kind: str) -> None:
    out = render_email(kind, with_name(kind, SCRIPT), MAIL)
    assert "<script" not in out.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.html
    assert SCRIPT in out.text


@pytest.mark.parametrize("kind", APPLICANT_KINDS)
def test_crlf_in_name_never_makes_a_multiline_subject_or_a_new_text_line(kind: str) -> None:
    name = "Ana\r\nBcc: victim@example.com\r\n"
    out = render_email(kind, with_name(kind, name), MAIL)
    assert "\r" not in out.subject
    assert "\n" not in out.subject
    assert not any(line.startswith("Bcc:") for line in out.text.splitlines())
    assert "\r" not in out.text


def test_crlf_name_stays_in_the_subject_on_one_line() -> None:
    out = render_email("application_received", with_name("application_received", "Ana\r\nMaria"), MAIL)
    assert out.subject == "Application received — thank you, Ana Maria"


def test_control_and_bidi_characters_are_stripped_from_both_parts() -> None:
    out = render_email("no_show", with_name("no_show", "Ana\x1b[31m\u202eRed\x00"), MAIL)
    for part in (out.subject, out.html, out.text):
        assert "\x1b" not in part
        assert "\x00" not in part
        assert "\u202e" not in part
    assert "Dear Ana [31mRed" in out.text


@pytest.mark.parametrize("kind", APPLICANT_KINDS)
def test_unsubscribe_link_and_footer_appear_in_both_parts(kind: str) -> None:
    out = render_email(kind, sample_context(kind), MAIL)
    assert 'href="https://clerkflow.example.com/unsubscribe?u=1&amp;g=2"' in out.html
    assert "https://clerkflow.example.com/unsubscribe?u=1&g=2" in out.text
    assert "100 Example Street, New York, NY 10001" in out.html
    assert "100 Example Street, New York, NY 10001" in out.text
    assert "clerkflow Clinical Placements<br>100 Example Street" in out.html


@pytest.mark.parametrize("kind", sorted(STAFF_KINDS))
def test_staff_mail_has_its_own_layout_without_the_applicant_footer_or_unsubscribe(kind: str) -> None:
    out = render_email(kind, sample_context(kind), MAIL)
    assert "unsubscribe" not in out.html.lower()
    assert "unsubscribe" not in out.text.lower()
    assert "clerkflow · staff" in out.text
    assert "do not forward it outside the team" in out.text
    for part in (out.html, out.text):
        assert "100 Example Street" not in part
        assert "You applied" not in part


def test_no_unsubscribe_line_when_config_has_no_url() -> None:
    mail = MailConfig(from_email="a@example.com", from_name="clerkflow", ops_email="o@example.com")
    out = render_email("cv_nudge", sample_context("cv_nudge"), mail)
    assert "Unsubscribe" not in out.html
    assert "Unsubscribe" not in out.text


def test_sendgrid_unsubscribe_tag_reaches_sendgrid_unescaped() -> None:
    mail = MailConfig(
        from_email="a@example.com",
        from_name="clerkflow",
        ops_email="o@example.com",
        unsubscribe_url="<%asm_group_unsubscribe_raw_url%>",
    )
    out = render_email("cv_nudge", sample_context("cv_nudge"), mail)
    assert 'href="<%asm_group_unsubscribe_raw_url%>"' in out.html


def test_followup_lists_every_recommendations_reasons_in_both_parts() -> None:
    ctx = sample_context("followup")
    ctx["recommendations"][0]["reasons"].append("Speaks Tamil & Hindi")
    out = render_email("followup", ctx, MAIL)
    reasons = [r for rec in ctx["recommendations"] for r in rec["reasons"]]
    assert len(reasons) >= 6
    for rec in ctx["recommendations"]:
        assert str(escape(rec["name"])) in out.html
        assert rec["name"] in out.text
        for reason in rec["reasons"]:
            assert f'<li style="margin:0 0 4px;">{escape(reason)}</li>' in out.html
            assert f"   - {reason}\n" in out.text
    for step in ctx["next_steps"]:
        assert step in out.text


def test_followup_without_recommendations_says_what_was_missing_and_what_to_do() -> None:
    ctx = sample_context("followup")
    ctx["recommendations"] = []
    ctx["missing"] = ["We have no USMLE Step 2 CK score on file."]
    out = render_email("followup", ctx, MAIL)
    assert "summary of the preceptors we recommend" not in out.text
    assert "could not recommend a preceptor for you yet" in out.text
    assert "WHAT HELD THE MATCH BACK\n\n- We have no USMLE Step 2 CK score on file." in out.text
    assert "WHAT YOU CAN DO" in out.text
    assert "Fit score" not in out.text
    assert ctx["next_steps"][0] in out.text
    assert "recommended preceptors" not in out.subject.lower()


@pytest.mark.parametrize(
    ("kind", "drop"),
    [
        ("consult_booked", ("booking", "manage_url")),
        ("cv_needed", ("upload_url",)),
        ("followup", ("next_steps",)),
        ("ops_alert", ("error",)),
        ("application_received", ("applicant", "first_name")),
    ],
)
def test_missing_context_key_raises(kind: str, drop: tuple[str, ...]) -> None:
    ctx = sample_context(kind)
    holder = ctx
    for key in drop[:-1]:
        holder = holder[key]
    del holder[drop[-1]]
    with pytest.raises(UndefinedError):
        render_email(kind, ctx, MAIL)


def test_unknown_cv_reason_fails_instead_of_sending_a_vague_email() -> None:
    ctx = sample_context("cv_needed")
    ctx["reason"] = "lost_in_mail"
    with pytest.raises(UndefinedError):
        render_email("cv_needed", ctx, MAIL)


def test_each_cv_reason_has_its_own_subject_and_explanation() -> None:
    subjects, texts = set(), set()
    for reason in ("missing", "unreadable", "needs_ocr", "not_found"):
        ctx = sample_context("cv_needed")
        ctx["reason"] = reason
        out = render_email("cv_needed", ctx, MAIL)
        subjects.add(out.subject)
        texts.add(out.text)
        assert ctx["reason_text"] in out.text
    assert len(subjects) == 4
    assert len(texts) == 4


def test_second_cv_nudge_says_it_is_the_last() -> None:
    ctx = sample_context("cv_nudge")
    first = render_email("cv_nudge", ctx, MAIL)
    ctx["nudge_number"] = 2
    second = render_email("cv_nudge", ctx, MAIL)
    assert "last" not in first.subject.lower()
    assert second.subject.lower().startswith("last reminder")
    ctx["nudge_number"] = 3
    with pytest.raises(UndefinedError):
        render_email("cv_nudge", ctx, MAIL)


@pytest.mark.parametrize("kind", ["consult_booked", "consult_rescheduled", "reminder_24h", "reminder_1h"])
def test_booking_emails_show_both_time_zones_in_the_text_part(kind: str) -> None:
    ctx = sample_context(kind)
    out = render_email(kind, ctx, MAIL)
    assert "Tue 1 Dec 2026, 7:30 PM (Kolkata time, UTC+5:30)" in out.text
    assert "Tue 1 Dec 2026, 9:00 AM (New York time, UTC-5)" in out.text
    assert "Tue 1 Dec 2026, 9:00 AM (New York time, UTC-5)" in out.html


def test_rescheduled_email_names_the_previous_time() -> None:
    ctx = sample_context("consult_rescheduled")
    out = render_email("consult_rescheduled", ctx, MAIL)
    assert ctx["previous_start_applicant"] in out.text
    assert ctx["previous_start_applicant"] in out.html


def test_booking_without_a_video_link_says_the_one_sentence_instead_of_linking_nothing() -> None:
    from include.scheduling.video import NO_LINK

    ctx = sample_context("reminder_1h")
    ctx["booking"]["video_link"] = None
    out = render_email("reminder_1h", ctx, MAIL)
    assert "Join the video call" not in out.html
    assert NO_LINK in out.text
    assert str(escape(NO_LINK)) in out.html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "//evil.example"])
def test_links_other_than_http_or_mailto_are_refused(url: str) -> None:
    ctx = sample_context("cv_needed")
    ctx["upload_url"] = url
    with pytest.raises(ValueError, match="refusing a link"):
        render_email("cv_needed", ctx, MAIL)


def test_ops_report_counts_and_attention_items_are_listed() -> None:
    ctx = sample_context("ops_report")
    out = render_email("ops_report", ctx, MAIL)
    assert "2 items need attention" in out.subject
    for item in ctx["attention"]:
        assert f"[{item['kind']}] {item['ref']}: {item['reason']}" in out.text
    assert "  Emails, failed: 1" in out.text
    assert "emails_failed" not in out.text + out.html
    ctx["attention"] = []
    calm = render_email("ops_report", ctx, MAIL)
    assert "attention" not in calm.subject
    assert "Nothing needs attention." in calm.text


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Priya Sharma", "Priya"),
        ("Dr. Priya Sharma", "Priya"),
        ("SHARMA, Priya", "Priya"),
        ("Priya Sharma, MBBS", "Priya"),
        ("Sharma, Dr. Priya", "Priya"),
        ("K. Ramesh", "Ramesh"),
        ("ANA-MARIA POPESCU", "Ana-Maria"),
        ("oluwaseun adeyemi", "Oluwaseun"),
        ("McKenzie Ross", "McKenzie"),
        ("  José \r\n García ", "José"),
        ("Dr.", ""),
        ("", ""),
    ],
)
def test_first_name_finds_the_name_to_greet(full: str, expected: str) -> None:
    assert first_name(full) == expected


@pytest.mark.parametrize(
    ("full", "given", "country", "expected"),
    [
        ("Nguyen Van An", "Van An", "VN", "Van An"),  # a separate given-name field wins, as written
        ("Nguyen Van An", None, "VN", "Nguyen Van An"),  # family name first, no sign which part: full name
        ("NGUYEN Van An", None, "VN", "Van An"),  # surname in capitals says which part is given
        ("Wang Xiaoming", None, "CN", "Wang Xiaoming"),
        ("Nagy Eszter", None, "HU", "Nagy Eszter"),
        ("Nagy, Eszter", None, "HU", "Eszter"),  # "Family, Given" is ordered
        ("Priya Sharma", None, "IN", "Priya"),
        ("Priya SHARMA", None, None, "Priya"),
        ("Li Wei", "  Wei ", "CN", "Wei"),
        ("Maria José Silva", "maria josé", "BR", "Maria José"),
        ("Nguyễn Thị Lan", None, "PH", "Nguyễn Thị Lan"),  # a Vietnamese name, whatever the school's country
        ("Kovács Anna", None, "AT", "Kovács Anna"),
        ("Lee Smith", None, "US", "Lee"),
    ],
)
def test_greeting_uses_the_given_name_as_written_or_the_full_name_when_unsure(full, given, country, expected):
    assert first_name(full, given, country) == expected


def test_empty_first_name_greets_politely() -> None:
    out = render_email("cv_nudge", with_name("cv_nudge", ""), MAIL)
    assert out.text.startswith("Hello,\n")
    assert "Hello,</p>" in out.html
