"""Vocabulary readers: what applicants write maps to one category, and unknown text stays unknown."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from include import vocab
from include.vocab import (
    PARENT_SPECIALTY,
    REGIONS,
    SPECIALTIES,
    US_STATES,
    canonical_language,
    canonical_specialties,
    country_code,
    country_timezone,
    ecfmg_status,
    rotation_types,
    state_code,
    state_codes,
    state_region,
    visa_status,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IM", ["Internal Medicine"]),
        ("Int. Med", ["Internal Medicine"]),
        ("Peds", ["Pediatrics"]),
        ("OBGYN", ["Obstetrics and Gynecology"]),
        ("OB/GYN", ["Obstetrics and Gynecology"]),
        ("Obstetrics and Gynecology", ["Obstetrics and Gynecology"]),
        ("Obstetrics & Gynaecology", ["Obstetrics and Gynecology"]),
        ("Psych", ["Psychiatry"]),
        ("FM", ["Family Medicine"]),
        ("Gen Surg", ["General Surgery"]),
        ("Neuro", ["Neurology"]),
        ("EM", ["Emergency Medicine"]),
        ("Cards", ["Cardiology"]),
        ("GI", ["Gastroenterology"]),
        ("Heme/Onc", ["Hematology/Oncology"]),
        ("Hematology/Oncology", ["Hematology/Oncology"]),
        ("Pulmonology/Critical Care", ["Pulmonology/Critical Care"]),
        ("ID", ["Infectious Disease"]),
        ("Internal Medecine", ["Internal Medicine"]),
        ("internal medicine (preferred)", ["Internal Medicine"]),
    ],
)
def test_specialty_aliases_map_to_canonical_names(text, expected):
    assert canonical_specialties(text) == (expected, [])


def test_specialty_list_splits_on_separators_but_keeps_compound_names():
    found, unknown = canonical_specialties("IM, Peds & OB/GYN; Heme/Onc and Psych")
    assert found == [
        "Internal Medicine",
        "Pediatrics",
        "Obstetrics and Gynecology",
        "Hematology/Oncology",
        "Psychiatry",
    ]
    assert unknown == []


def test_specialty_slash_between_two_names_gives_both():
    assert canonical_specialties("IM/Peds") == (["Internal Medicine", "Pediatrics"], [])


def test_specialty_repeats_are_listed_once_in_first_order():
    assert canonical_specialties("Peds, IM, pediatrics")[0] == ["Pediatrics", "Internal Medicine"]


@pytest.mark.parametrize(
    "text", ["Dermatology", "Urology", "Ophthalmology", "Neurosurgery", "Orthopedic Surgery", "Immunology"]
)
def test_specialty_fuzzy_matching_does_not_guess_other_specialties(text):
    assert canonical_specialties(text) == ([], [text])


def test_specialty_unknown_pieces_are_returned_beside_known_ones():
    assert canonical_specialties("Cardiology, Dermatology") == (["Cardiology"], ["Dermatology"])


def test_subspecialties_count_toward_internal_medicine():
    assert PARENT_SPECIALTY["Cardiology"] == "Internal Medicine"
    assert set(PARENT_SPECIALTY) <= set(SPECIALTIES)
    assert "Pediatrics" not in PARENT_SPECIALTY
    assert len(SPECIALTIES) == 20


def test_us_states_cover_fifty_states_dc_and_puerto_rico():
    assert len(US_STATES) == 52
    assert {"DC", "PR"} <= set(US_STATES)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("New York", "NY"),
        ("NY", "NY"),
        ("ny", "NY"),
        ("N.Y.", "NY"),
        ("NYC", "NY"),
        ("new jersey", "NJ"),
        ("Pensylvania", "PA"),
        ("Washington DC", "DC"),
        ("Washington", "WA"),
        ("Puerto Rico", "PR"),
        ("Arkansas", "AR"),
        ("Kansas", "KS"),
        ("Mars", None),
        ("", None),
    ],
)
def test_state_code_reads_names_codes_nicknames_and_typos(text, code):
    assert state_code(text) == code


def test_state_codes_anywhere_sets_the_flag():
    for text in ("anywhere", "Any", "No preference", "open"):
        assert state_codes(text) == ([], [], True)


def test_state_codes_east_coast_expands_to_atlantic_states():
    codes, unknown, anywhere = state_codes("East Coast")
    assert {"NY", "NJ", "MA", "FL", "GA"} <= set(codes)
    assert "CA" not in codes
    assert (unknown, anywhere) == ([], False)


def test_state_codes_region_phrases_expand():
    assert state_codes("Tri-state")[0] == ["NY", "NJ", "CT"]
    assert set(state_codes("West Coast")[0]) == {"CA", "OR", "WA"}
    assert set(state_codes("Midwest")[0]) == set(REGIONS["Midwest"])


def test_state_codes_mixed_list_keeps_order_and_reports_unknowns():
    assert state_codes("NYC, NJ/CT; Texas (Houston), Narnia") == (["NY", "NJ", "CT", "TX"], ["Narnia"], False)


def test_census_regions_partition_the_states_without_pr():
    all_codes = [c for codes in REGIONS.values() for c in codes]
    assert sorted(all_codes) == sorted(c for c in US_STATES if c != "PR")
    assert state_region("ny") == "Northeast"
    assert state_region("TX") == "South"
    assert state_region("PR") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("India", "IN"),
        ("Nepal", "NP"),
        ("Pakistan", "PK"),
        ("Nigeria", "NG"),
        ("Egypt", "EG"),
        ("Philippines", "PH"),
        ("Brazil", "BR"),
        ("Ukraine", "UA"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("Viet Nam", "VN"),
        ("KSA", "SA"),
        ("UK", "GB"),
        ("St. Kitts & Nevis", "KN"),
        ("Saint Vincent and the Grenadines", "VC"),
        ("Sint Maarten", "SX"),
        ("Curaçao", "CW"),
        ("Curacao", "CW"),
        ("Dominica", "DM"),
        ("Dominican Republic", "DO"),
        ("Cayman Islands", "KY"),
        ("Trinidad and Tobago", "TT"),
        ("in", "IN"),
        ("Phillipines", "PH"),
        ("Caribbean", None),
        ("", None),
    ],
)
def test_country_code_reads_names_variants_and_codes(text, code):
    assert country_code(text) == code


def test_every_listed_country_has_a_zone_that_loads():
    for code in vocab.COUNTRY_NAMES:
        name = country_timezone(code)
        assert ZoneInfo(name) is not None, code
    assert country_timezone("IN") == "Asia/Kolkata"
    assert country_timezone("NP") == "Asia/Kathmandu"
    assert country_timezone("UA") == "Europe/Kyiv"
    assert country_timezone("GD") == "America/Grenada"


def test_unknown_country_timezone_is_utc():
    assert country_timezone(None) == "UTC"
    assert country_timezone("XX") == "UTC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hindi", "Hindi"),
        ("urdu", "Urdu"),
        ("Español", "Spanish"),
        ("Filipino", "Tagalog"),
        ("Tagalog", "Tagalog"),
        ("Portugese", "Portuguese"),
        ("Bangla", "Bengali"),
        ("Arabic (native)", "Arabic"),
        ("Klingon", None),
    ],
)
def test_canonical_language_reads_english_names_endonyms_and_typos(text, name):
    assert canonical_language(text) == name


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("US Citizen", "citizen"),
        ("U.S. citizen", "citizen"),
        ("Citizen", "citizen"),
        ("Green Card", "green_card"),
        ("PR", "green_card"),
        ("Permanent Resident", "green_card"),
        ("J-1", "j1"),
        ("J1", "j1"),
        ("H-1B", "h1b"),
        ("B1/B2", "b1b2"),
        ("tourist visa", "b1b2"),
        ("Need visa", None),
        ("J-1 sponsorship required", None),
        ("Indian citizen", None),
        ("Non-US citizen", None),
        ("US citizen, no visa needed", "citizen"),
        ("", None),
    ],
)
def test_visa_status_maps_to_fixed_categories(text, status):
    assert visa_status(text) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ECFMG Certified", "certified"),
        ("Yes", "certified"),
        ("Pending", "pending"),
        ("In progress", "pending"),
        ("Not certified", "not_certified"),
        ("No", "not_certified"),
        ("banana", None),
    ],
)
def test_ecfmg_status_maps_to_fixed_categories(text, status):
    assert ecfmg_status(text) == status


def test_rotation_types_read_form_choices_and_synonyms():
    assert rotation_types("Hands-on (clerkship/externship), Observership") == (["hands_on", "observership"], [])
    assert rotation_types("externship") == (["hands_on"], [])
    assert rotation_types("Research; virtual") == (["research", "telehealth"], [])
    assert rotation_types("Telehealth") == (["telehealth"], [])
    assert rotation_types("Observorship") == (["observership"], [])
    assert rotation_types("golf") == ([], ["golf"])
