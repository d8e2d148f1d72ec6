"""One application row -> applicants-table values: each rule, and the reject rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from include.intake.normalize import CANONICAL_FIELDS, VALUE_KEYS, normalize_application

TODAY = date(2026, 11, 20)
EMAIL = "Jose.Garcia@Gmail.COM"
PHONE = "098765 43210"


def row(**overrides: str | None) -> dict[str, str | None]:
    base = {"full_name": "José García", "email": EMAIL, "medical_school_country": "India"}
    base.update(overrides)
    return base


def norm(**overrides: str | None):
    return normalize_application(row(**overrides), TODAY)


def test_values_have_exactly_the_applicant_columns():
    result = normalize_application(dict.fromkeys(CANONICAL_FIELDS, ""), TODAY)
    assert set(result.values) == set(VALUE_KEYS)
    assert len(VALUE_KEYS) == 27
    assert result.values["specialties"] == []
    assert result.values["preferred_states"] == []


def test_a_separate_given_name_field_is_kept_as_written_for_the_greeting():
    assert norm(given_name="  Thi   Lan ").values["given_name"] == "Thi Lan"
    assert norm().values["given_name"] is None


def test_complete_row_is_accepted_without_warnings():
    result = normalize_application(
        {
            "submitted_at": "11/20/2026 14:03:11",
            "full_name": "Priya Sharma",
            "email": "priya@example.com",
            "phone": "+91 98765 43210",
            "medical_school": "AIIMS New Delhi",
            "medical_school_country": "India",
            "graduation_year": "2021",
            "ecfmg_status": "ECFMG Certified",
            "usmle_step1": "Pass",
            "usmle_step2ck": "246",
            "specialties": "IM, Cards",
            "preferred_states": "NY, NJ",
            "preferred_start": "January 2027",
            "rotation_types": "Hands-on (clerkship/externship)",
            "visa_status": "B1/B2",
            "cv_url": "https://drive.google.com/open?id=abc",
        },
        TODAY,
    )
    assert result.reject_reason is None
    assert result.warnings == []
    assert result.values["usmle_step2ck"] == 246
    assert result.values["specialties"] == ["Internal Medicine", "Cardiology"]
    assert result.values["is_student"] is False


# ------------------------------------------------------------------------------------------------ names


@pytest.mark.parametrize("name", ["José García", "Nguyễn Thị Minh Khai", "प्रिया शर्मा", "محمد علی"])
def test_unicode_names_are_kept(name):
    assert norm(full_name=f"  {name} ").values["full_name"] == name


def test_name_is_nfc_normalized():
    decomposed = "Jose\u0301"
    assert norm(full_name=decomposed).values["full_name"] == "Jos\u00e9"


def test_name_line_breaks_and_controls_become_single_spaces():
    assert norm(full_name="Ana\r\n  María\t\x00Lopez\u200b").values["full_name"] == "Ana María Lopez"


def test_name_keeps_zero_width_joiners_used_in_indic_scripts():
    assert norm(full_name="क्\u200dष").values["full_name"] == "क्\u200dष"


@pytest.mark.parametrize("name", ["", "   ", None, "\r\n", "123", "N/A", "---"])
def test_row_without_a_name_is_rejected(name):
    assert norm(full_name=name).reject_reason == "missing name"


def test_a_run_of_one_letter_is_not_a_name():
    assert norm(full_name="A" * 500).reject_reason == "missing name"


def test_very_long_name_is_shortened_with_a_warning():
    result = norm(full_name="Abcdefghi " * 50)
    assert len(result.values["full_name"]) <= 200
    assert any(w.startswith("full_name:") for w in result.warnings)


# ------------------------------------------------------------------------------------------------ email


def test_email_is_trimmed_and_lowercased():
    assert norm(email="  Jose.Garcia@Gmail.COM ").values["email"] == "jose.garcia@gmail.com"


def test_email_in_angle_brackets_or_mailto_is_read():
    assert norm(email="José <jg@example.org>").values["email"] == "jg@example.org"
    assert norm(email="mailto:JG@example.org").values["email"] == "jg@example.org"


def test_cell_with_two_emails_keeps_the_first_valid_with_a_warning():
    result = norm(email="a@example.org / b@example.org")
    assert result.values["email"] == "a@example.org"
    assert result.reject_reason is None
    assert any(w.startswith("email:") for w in result.warnings)


@pytest.mark.parametrize("email", ["", "  ", None])
def test_row_without_email_is_rejected_as_missing(email):
    assert norm(email=email).reject_reason == "missing email"


@pytest.mark.parametrize("email", ["not an email", "jose@", "jose@gmail", "@gmail.com", "jose@@gmail.com"])
def test_row_with_unusable_email_is_rejected_as_invalid(email):
    result = norm(email=email)
    assert result.reject_reason == "invalid email address"
    assert result.values["email"] is None


def test_missing_email_wins_over_missing_name_as_the_reason():
    assert norm(email="", full_name="").reject_reason == "missing email"


# ------------------------------------------------------------------------------------------------ phone


@pytest.mark.parametrize(
    ("country", "phone", "e164"),
    [
        ("India", "098765 43210", "+919876543210"),
        ("India", "+91 98765-43210", "+919876543210"),
        ("Nepal", "984-1234567", "+9779841234567"),
        ("Pakistan", "0300 1234567", "+923001234567"),
        ("Nigeria", "0803 123 4567", "+2348031234567"),
        ("Egypt", "010 1234 5678", "+201012345678"),
        ("Philippines", "0917 123 4567", "+639171234567"),
        ("Brazil", "(11) 91234-5678", "+5511912345678"),
        ("Ukraine", "050 123 4567", "+380501234567"),
        ("USA", "(212) 736-5000", "+12127365000"),
        ("", "0091 98765 43210", "+919876543210"),
    ],
)
def test_phone_is_e164_using_the_school_country_as_default_region(country, phone, e164):
    result = norm(medical_school_country=country, phone=phone)
    assert result.values["phone_e164"] == e164
    assert result.values["phone_raw"] is None


def test_phone_of_a_us_resident_with_a_foreign_school_is_read_as_us():
    result = norm(medical_school_country="Nigeria", phone="(212) 736-5000")
    assert result.values["phone_e164"] == "+12127365000"
    assert any(w.startswith("phone:") for w in result.warnings)


def test_unreadable_phone_is_kept_as_typed_with_a_warning_that_does_not_quote_it():
    result = norm(phone="12-345")
    assert result.values["phone_e164"] is None
    assert result.values["phone_raw"] == "12-345"
    assert "phone: could not read the number, kept as typed" in result.warnings
    assert not any("12-345" in w for w in result.warnings)
    assert result.reject_reason is None


def test_warnings_never_contain_the_email_or_phone():
    email, phone = "Weird..Address@example", "555 12"
    result = norm(email=email, phone=phone, specialties="jg@example.org, 555-1234")
    text = " ".join(result.warnings) + (result.reject_reason or "")
    for secret in (email, email.lower(), phone, "jg@example.org", "555-1234"):
        assert secret not in text


# ------------------------------------------------------------------------------------------------ scores


@pytest.mark.parametrize(("text", "value"), [("Pass", "pass"), ("PASS", "pass"), ("P", "pass"), ("Failed", "fail")])
def test_step1_pass_fail_becomes_a_category(text, value):
    assert norm(usmle_step1=text).values["usmle_step1"] == value


def test_step1_three_digit_score_is_kept_as_text():
    assert norm(usmle_step1="231").values["usmle_step1"] == "231"


@pytest.mark.parametrize("text", ["45", "999", "scheduled", "good"])
def test_step1_other_text_is_empty_with_a_warning(text):
    result = norm(usmle_step1=text)
    assert result.values["usmle_step1"] is None
    assert any(w.startswith("usmle_step1:") for w in result.warnings)


@pytest.mark.parametrize(("text", "score"), [("245", 245), ("245.0", 245), ("Score: 251", 251), ("238/300", 238)])
def test_step2ck_score_is_an_integer(text, score):
    assert norm(usmle_step2ck=text).values["usmle_step2ck"] == score


def test_step2ck_expected_score_is_not_a_score():
    result = norm(usmle_step2ck="245 (expected)")
    assert result.values["usmle_step2ck"] is None
    assert any(w.startswith("usmle_step2ck:") for w in result.warnings)


@pytest.mark.parametrize("text", ["N/A", "not taken", "scheduled", "Scheduled for March", "301", "0", "two hundred"])
def test_step2ck_non_scores_are_empty_with_a_warning_naming_the_field(text):
    result = norm(usmle_step2ck=text)
    assert result.values["usmle_step2ck"] is None
    assert any(w.startswith("usmle_step2ck:") for w in result.warnings)
    assert result.reject_reason is None


def test_graduation_year_in_range_and_student_flag():
    assert norm(graduation_year="2019").values["graduation_year"] == 2019
    assert norm(graduation_year="2019").values["is_student"] is False
    assert norm(graduation_year="May 2028").values["is_student"] is True
    assert norm(graduation_year="").values["is_student"] is None


@pytest.mark.parametrize("text", ["1959", "2035", "'55", "2019 or 2020", "soon", "2017-2011"])
def test_graduation_year_out_of_range_is_empty_with_a_warning(text):
    result = norm(graduation_year=text)
    assert result.values["graduation_year"] is None
    assert result.values["is_student"] is None
    assert any(w.startswith("graduation_year:") for w in result.warnings)


# ------------------------------------------------------------------------------------------------ categories


def test_specialty_aliases_become_canonical_names():
    assert norm(specialties="IM, Peds, OBGYN").values["specialties"] == [
        "Internal Medicine",
        "Pediatrics",
        "Obstetrics and Gynecology",
    ]


def test_unknown_specialty_is_named_in_a_warning():
    result = norm(specialties="IM, Dermatology")
    assert result.values["specialties"] == ["Internal Medicine"]
    assert "specialties: 'Dermatology' not recognized" in result.warnings


def test_states_nyc_becomes_ny():
    assert norm(preferred_states="NYC").values["preferred_states"] == ["NY"]


def test_states_anywhere_is_an_empty_list():
    result = norm(preferred_states="Anywhere")
    assert result.values["preferred_states"] == []
    assert result.warnings == []


def test_states_east_coast_expands():
    assert {"NY", "NJ", "FL"} <= set(norm(preferred_states="East Coast").values["preferred_states"])


def test_categorical_fields_map_to_fixed_values():
    values = norm(
        ecfmg_status="Pending",
        visa_status="J-1",
        rotation_types="Observership, virtual",
        medical_school_country="Nepal",
    ).values
    assert (values["ecfmg_status"], values["visa_status"]) == ("pending", "j1")
    assert values["rotation_types"] == ["observership", "telehealth"]
    assert (values["country"], values["timezone"]) == ("NP", "Asia/Kathmandu")


def test_unrecognized_categories_are_empty_with_warnings():
    result = norm(visa_status="Need visa", ecfmg_status="maybe", medical_school_country="Atlantis")
    assert (result.values["visa_status"], result.values["ecfmg_status"], result.values["country"]) == (None, None, None)
    assert result.values["timezone"] == "UTC"
    assert {w.split(":")[0] for w in result.warnings} >= {"visa_status", "ecfmg_status", "medical_school_country"}


# ------------------------------------------------------------------------------------------------ dates


def test_google_form_timestamp_is_new_york_time_converted_to_utc():
    assert norm(submitted_at="11/20/2026 14:03:11").values["submitted_at"] == datetime(
        2026, 11, 20, 19, 3, 11, tzinfo=UTC
    )
    assert norm(submitted_at="7/4/2026 9:00:00").values["submitted_at"] == datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


def test_source_timezone_is_a_parameter():
    result = normalize_application(row(submitted_at="11/20/2026 14:03:11"), TODAY, source_tz="Asia/Kolkata")
    assert result.values["submitted_at"] == datetime(2026, 11, 20, 8, 33, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20T14:03:11Z", datetime(2026, 11, 20, 14, 3, 11, tzinfo=UTC)),
        ("2026-11-20T14:03:11+05:30", datetime(2026, 11, 20, 8, 33, 11, tzinfo=UTC)),
        ("2026-11-20 14:03", datetime(2026, 11, 20, 19, 3, tzinfo=UTC)),
        ("Nov 20, 2026 2:03 PM", datetime(2026, 11, 20, 19, 3, tzinfo=UTC)),
        ("20 November 2026", datetime(2026, 11, 20, 5, 0, tzinfo=UTC)),
        ("25/11/2026", datetime(2026, 11, 25, 5, 0, tzinfo=UTC)),
    ],
)
def test_submitted_at_reads_iso_and_common_formats(text, expected):
    assert norm(submitted_at=text).values["submitted_at"] == expected


def test_unreadable_submitted_at_is_empty_with_a_warning():
    result = norm(submitted_at="yesterday-ish")
    assert result.values["submitted_at"] is None
    assert "submitted_at: could not read the date, left empty" in result.warnings


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("January 2027", "2027-01"),
        ("2027-02", "2027-02"),
        ("03/2027", "2027-03"),
        ("Mar 2027", "2027-03"),
        ("04/15/2027", "2027-04"),
        ("Jan '27", "2027-01"),
    ],
)
def test_preferred_start_becomes_year_month(text, month):
    result = norm(preferred_start=text)
    assert result.values["preferred_start"] == month
    assert result.warnings == []


def test_preferred_start_asap_is_next_month_with_a_note():
    result = norm(preferred_start="ASAP")
    assert result.values["preferred_start"] == "2026-12"
    assert any(w.startswith("preferred_start:") for w in result.warnings)
    december = normalize_application(row(preferred_start="asap"), date(2026, 12, 3))
    assert december.values["preferred_start"] == "2027-01"


def test_preferred_start_month_without_year_is_the_next_such_month():
    assert norm(preferred_start="February").values["preferred_start"] == "2027-02"


def test_preferred_start_unreadable_is_empty_with_a_warning():
    result = norm(preferred_start="after my exams")
    assert result.values["preferred_start"] is None
    assert any(w.startswith("preferred_start:") for w in result.warnings)


# ------------------------------------------------------------------------------------------------ free text


def test_medical_school_is_trimmed_but_a_leading_equals_is_left_for_the_sheet_writer():
    assert norm(medical_school=' =HYPERLINK("x")\n ').values["medical_school"] == '=HYPERLINK("x")'


def test_cv_url_keeps_http_links_only():
    assert norm(cv_url=" https://drive.google.com/open?id=1 ").values["cv_url"] == "https://drive.google.com/open?id=1"
    result = norm(cv_url="javascript:alert(1)")
    assert result.values["cv_url"] is None
    assert "cv_url: not an http(s) link, left empty" in result.warnings


def test_cv_url_with_several_uploads_keeps_the_first():
    result = norm(cv_url="https://drive.google.com/open?id=1, https://drive.google.com/open?id=2")
    assert result.values["cv_url"] == "https://drive.google.com/open?id=1"


def test_spreadsheet_numbers_and_dates_are_read_like_text():
    result = normalize_application(
        {**row(), "graduation_year": 2020.0, "usmle_step2ck": 250.0, "submitted_at": datetime(2026, 1, 5, 9, 0)},  # type: ignore[dict-item]
        TODAY,
    )
    assert (result.values["graduation_year"], result.values["usmle_step2ck"]) == (2020, 250)
    assert result.values["submitted_at"] == datetime(2026, 1, 5, 14, 0, tzinfo=UTC)
