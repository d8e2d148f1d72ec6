"""Issue 19: each canonical value rendered in every supported written form reads back to itself."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from include.intake.names import parse_name
from include.intake.normalize import normalize_application
from include.intake.years import EARLIEST, YEARS_AHEAD, read_graduation_year
from include.vocab import read_country


def country_code(text: str) -> str | None:
    return read_country(text)[0]


TODAY = date(2026, 12, 3)
MONTHS = ["January", "Feb", "March", "Apr.", "May", "June", "Jul", "August", "Sept", "October", "Nov", "December"]
SETTINGS = settings(max_examples=300, deadline=None)


def year_forms(year: int, month: int) -> list[str]:
    yy = f"{year % 100:02d}"
    m = MONTHS[month - 1]
    forms = [
        f"{year}",
        f"{year}.0",
        f"'{yy}",
        f"\u2019{yy}",
        yy,
        f"Class of {year}",
        f"Class of '{yy}",
        f"class of {yy}",
        f"Batch {year}",
        f"{m} {year}",
        f"{m} '{yy}",
        f"{m}, {year}",
        f"{month:02d}/{year}",
        f"{year}-{month:02d}",
        f"{year}/{month:02d}",
        f"{month:02d}/15/{year}",
        f"15.{month:02d}.{year}",
        f"expected {year}",
        f"Expected '{yy}",
        f"Graduated in {year}",
        f"{year - 6}\u2013{year}",
        f"{year - 6}-{year}",
        f"{year - 5} - {year}",
        f"{year - 6} to {year}",
        f"from {year - 6} till {year}",
    ]
    if int(yy) > 12:
        forms.append(f"{month}/{yy}")  # "6/17"; "12/05" may be a day and month (read, with a warning)
    if int(yy) > 12 and (year - 6) // 100 == year // 100:
        forms.append(f"{year - 6}\u2013{yy}")  # "2011–17"; "2011-05" is May 2011
    return forms


@SETTINGS
@given(st.integers(EARLIEST, TODAY.year + YEARS_AHEAD), st.integers(1, 12))
def test_every_written_form_of_a_year_reads_back(year, month):  # and no warning: each form is unambiguous
    for form in year_forms(year, month):
        assert read_graduation_year(form, TODAY) == (year, None), form


@SETTINGS
@given(st.one_of(st.integers(1900, EARLIEST - 1), st.integers(TODAY.year + YEARS_AHEAD + 1, 2099)))
def test_years_outside_the_window_are_a_warning_not_a_value(year):
    result = normalize_application({"full_name": "A B", "email": "a@example.org", "graduation_year": str(year)}, TODAY)
    assert result.values["graduation_year"] is None
    assert any(w.startswith("graduation_year:") and str(year) in w for w in result.warnings)


@pytest.mark.parametrize("text", ["soon", "2015 or 2016", "N/A?", "twenty seventeen", "2019-2013"])
def test_an_unreadable_year_is_a_visible_warning(text):
    result = normalize_application({"full_name": "A B", "email": "a@example.org", "graduation_year": text}, TODAY)
    assert result.values["graduation_year"] is None
    assert [w for w in result.warnings if w.startswith("graduation_year:")]


# ------------------------------------------------------------------------------------------------ countries

COUNTRIES = list(pycountry.countries)


def country_forms(c) -> list[str]:
    names = [n for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)) if n]
    # "NA" in a form is "not applicable" far more often than Namibia (which is still read from its name)
    codes = [c.alpha_2, c.alpha_2.lower()] if c.alpha_2 != "NA" else []
    forms = [*codes, c.alpha_3, *names, *(n.upper() for n in names), *(n.lower() for n in names)]
    for n in names:
        head, sep, tail = n.partition(", ")
        if sep:
            forms.append(f"{tail} {head}")  # "Korea, Republic of" is also written "Republic of Korea"
    return forms


@SETTINGS
@given(st.sampled_from(COUNTRIES))
def test_every_iso_name_and_code_reads_back(c):
    for form in country_forms(c):
        if form.casefold() == "congo":  # ISO's short name for CG, but people mean either Congo: a warning instead
            assert country_code(form) is None
            continue
        assert country_code(form) == c.alpha_2, form


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran, Islamic Republic of", "IR"),
        ("Korea, Republic of", "KR"),
        ("PR China", "CN"),
        ("UK", "GB"),
        ("KSA", "SA"),
        ("UAE", "AE"),
        ("Brasil", "BR"),
        ("México", "MX"),
        ("Deutschland", "DE"),
        ("Égypte", "EG"),
        ("Russie", "RU"),
        ("Filipinas", "PH"),
        ("Türkiye", "TR"),
        ("Viet Nam", "VN"),
        ("Lahore, Pakistan", "PK"),
        ("🇳🇬", "NG"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("DR Congo", "CD"),
        ("Ivory Coast", "CI"),
        ("Россия", "RU"),
        ("St. Kitts & Nevis", "KN"),
    ],
)
def test_what_people_type_resolves(text, code):
    assert country_code(text) == code


def test_an_unresolved_country_is_a_warning_naming_it():
    result = normalize_application(
        {"full_name": "A B", "email": "a@example.org", "medical_school_country": "Atlantis"}, TODAY
    )
    assert result.values["country"] is None
    assert "medical_school_country: 'Atlantis' not recognized, left empty" in result.warnings


# ---------------------------------------------------------------------------------------------------- names

NAMES = ["Priya Sharma", "Mary-Jane O'Neil", "Juan de la Cruz", "Nguyen Van An", "Olumide Adeyemi", "Ahmed Al-Hassan"]
TITLES = {"Dr.": ["Dr.", "Dr", "DR.", "dr", "Doctor"], "Prof.": ["Prof.", "Professor"], "Ms.": ["Ms", "Ms."]}
CREDENTIALS = {"MD": ["MD", "M.D."], "MBBS": ["MBBS", "M.B.B.S."], "MBChB": ["MBChB", "MB ChB"], "DO": ["D.O."]}
CREDENTIALS.update({"MRCP": ["MRCP(UK)", "MRCP"], "PhD": ["PhD", "Ph.D."], "MPH": ["MPH"]})


@st.composite
def written_names(draw):
    name = draw(st.sampled_from(NAMES))
    title = draw(st.none() | st.sampled_from(sorted(TITLES)))
    creds = draw(st.lists(st.sampled_from(sorted(CREDENTIALS)), unique=True, max_size=2))
    typed_title = draw(st.sampled_from(TITLES[title])) if title else ""
    typed_creds = [draw(st.sampled_from(CREDENTIALS[c])) for c in creds]
    comma = draw(st.booleans()) or "D.O." in typed_creds
    body = draw(st.sampled_from([name, name.upper(), name.lower()]))
    emoji = draw(st.sampled_from(["", " 🙂", " 👩‍⚕️", "\u0007"]))
    text = " ".join(p for p in (typed_title, body) if p)
    if typed_creds:
        text += (", " if comma else " ") + (", " if comma else " ").join(typed_creds)
    return text + emoji, name, title, creds


@SETTINGS
@given(written_names())
def test_names_split_title_and_credentials_and_fix_case(case):
    text, name, title, creds = case
    parsed = parse_name(text)
    assert parsed is not None
    assert (parsed.full_name, parsed.title, parsed.credentials) == (name, title, ", ".join(creds) or None), text


KEPT = ["DeShawn McKay", "van der Berg Jan", "María José", "李雷", "प्रिया शर्मा", "Anh Do", "Wei Ma"]


@pytest.mark.parametrize("name", KEPT)
def test_mixed_case_and_uncased_names_are_kept_as_typed(name):
    parsed = parse_name(name)
    assert parsed is not None
    assert (parsed.full_name, parsed.title, parsed.credentials) == (name, None, None)


def test_title_and_credentials_are_stored_beside_the_name():
    result = normalize_application({"full_name": "Dr. Priya Sharma, MBBS 🩺", "email": "p@example.org"}, TODAY)
    assert result.reject_reason is None
    assert (result.values["full_name"], result.values["name_title"], result.values["name_credentials"]) == (
        "Priya Sharma",
        "Dr.",
        "MBBS",
    )
