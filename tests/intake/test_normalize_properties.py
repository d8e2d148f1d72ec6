"""Property tests: the normalizer never raises, always fills every column, and rejects only for email/name."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from include.intake.normalize import (
    CANONICAL_FIELDS,
    LOOKALIKE_DOMAIN,
    NON_ASCII_LOCAL,
    VALUE_KEYS,
    normalize_application,
)

TODAY = date(2026, 11, 20)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

any_text = st.one_of(
    st.none(), st.text(max_size=60), st.sampled_from(["N/A", "=1+1", "\r\n", "245 (expected)", "ASAP"])
)
any_row = st.fixed_dictionaries({f: any_text for f in CANONICAL_FIELDS})
GOOD_NAMES = ["José García", "Nguyễn Văn An", "प्रिया शर्मा", "O'Brien-Smith", "李雷", "A"]
GOOD_EMAILS = ["a@example.org", "Jose.G@Gmail.com", "x+tag@mail.co.uk", "  Y@EXAMPLE.IN ", "a@bücher.de"]
good_names = st.sampled_from(GOOD_NAMES)
bad_names = st.one_of(st.none(), st.text(alphabet=" \t\r\n\x00\x1f-.0123456789", max_size=10))
good_emails = st.sampled_from(GOOD_EMAILS)
bad_emails = st.one_of(
    st.none(),
    st.text(alphabet=" \t\r\n", max_size=5),
    st.sampled_from(["jose", "jose@", "@x.org", "a@b", "a b@c d", "josé@gmail.com", "a@gmаil.com"]),
)


@SETTINGS
@given(any_row, st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_never_raises_and_always_returns_every_column(fields, today):
    result = normalize_application(fields, today)
    assert set(result.values) == set(VALUE_KEYS)
    assert all(isinstance(result.values[k], list) for k in ("specialties", "preferred_states", "rotation_types"))
    assert result.reject_reason in {None, "missing email", "invalid email address", "missing name"} | {
        NON_ASCII_LOCAL,
        LOOKALIKE_DOMAIN,
    }
    assert all(isinstance(w, str) for w in result.warnings)
    when = result.values["submitted_at"]
    assert when is None or when.utcoffset().total_seconds() == 0


@SETTINGS
@given(any_row)
def test_accepted_rows_have_a_lowercase_email_and_a_single_line_name(fields):
    result = normalize_application(fields, TODAY)
    if result.reject_reason is None:
        assert result.values["email"] == result.values["email"].lower()
        assert result.values["full_name"].strip() == result.values["full_name"]
        assert "\n" not in result.values["full_name"]
        assert "\r" not in result.values["full_name"]


@SETTINGS
@given(any_row, st.one_of(good_names, bad_names), st.one_of(good_emails, bad_emails))
def test_rejected_iff_email_or_name_is_unusable(fields, name, email):
    fields = {**fields, "full_name": name, "email": email}
    result = normalize_application(fields, TODAY)
    usable = name in GOOD_NAMES and email in GOOD_EMAILS
    assert (result.reject_reason is None) == usable


@SETTINGS
@given(any_row, good_emails, st.from_regex(r"\+[0-9]{2} ?[0-9]{4,5}[ -]?[0-9]{5}", fullmatch=True))
def test_warnings_never_quote_the_email_or_phone(fields, email, phone):
    fields = {**fields, "email": email, "phone": phone}
    result = normalize_application(fields, TODAY)
    text = " ".join(result.warnings)
    assert email.strip() not in text
    assert email.strip().lower() not in text
    assert phone not in text
