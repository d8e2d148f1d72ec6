"""Roster rows: clean values become a preceptors record; bad rows come back with readable reasons."""

from __future__ import annotations

import pytest

from include.matching.roster import ROSTER_FIELDS, normalize_preceptor
from include.store.tables import preceptors

GOOD_ROW = {
    "preceptor_id": " P-017 ",
    "name": "Dr.  Ana\nGomez",
    "specialty": "Int. Med",
    "city": "Queens",
    "state": "New York",
    "timezone": "America/New_York",
    "rotation_types": "Hands-on; Observership",
    "monthly_capacity": "2",
    "available_months": "2027-02, Jan 2027; January 2027",
    "img_friendly": "Yes",
    "accepts_visas": "J-1; B1/B2",
    "min_step2ck": "230",
    "max_years_since_graduation": "",
    "requires_ecfmg": "n",
    "provides_lor": "TRUE",
    "languages": "Spanish, english",
    "hospital_affiliation": "Queens Teaching Hospital",
    "fee_usd": "$1,500",
    "ecfmg_required_for": "hands-on, observership",
    "residency_program": "Internal Med",
    "min_step2ck_applies_to_students": "yes",
    "contact_email": "coordinator@queens-teaching.example.org",
    "site_address": " 82-68 164th St,\n Queens, NY 11432 ",
    "required_documents": "immunizations; BLS; background_check",
}


def test_good_row_becomes_a_record_with_the_table_columns():
    record, reason = normalize_preceptor(GOOD_ROW)
    assert reason is None
    assert set(record) == {c.name for c in preceptors.columns} - {"active", "content_hash", "updated_at"}
    assert record == {
        "id": "P-017",
        "name": "Dr. Ana Gomez",
        "specialty": "Internal Medicine",
        "city": "Queens",
        "state": "NY",
        "timezone": "America/New_York",
        "rotation_types": ["hands_on", "observership"],
        "monthly_capacity": 2,
        "available_months": ["2027-01", "2027-02"],
        "img_friendly": True,
        "accepts_visas": ["j1", "b1b2"],
        "min_step2ck": 230,
        "max_years_since_graduation": None,
        "requires_ecfmg": False,
        "provides_lor": True,
        "languages": ["Spanish", "English"],
        "hospital_affiliation": "Queens Teaching Hospital",
        "fee_usd": 1500,
        "ecfmg_required_for": ["hands_on", "observership"],
        "residency_program": "Internal Medicine",
        "min_step2ck_applies_to_students": True,
        "contact_email": "coordinator@queens-teaching.example.org",  # placements (issue 18)
        "site_address": "82-68 164th St, Queens, NY 11432",
        "required_documents": ["immunizations", "BLS", "background_check"],
    }


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("ecfmg_required_for", "", None),
        ("ecfmg_required_for", "none", []),
        ("residency_program", "no", None),
        ("residency_program", "Yes", "yes"),
        ("accepts_visas", "any", None),
        ("accepts_visas", "", []),
    ],
)
def test_new_roster_columns_blank_means_the_documented_default(field, value, expected):
    record, reason = normalize_preceptor({**GOOD_ROW, field: value})
    assert reason is None
    assert record[field] == expected


def test_roster_fields_are_the_canonical_names():
    assert set(ROSTER_FIELDS) == set(GOOD_ROW)


def test_blank_optional_fields_mean_not_stated():
    row = {f: GOOD_ROW[f] for f in ("preceptor_id", "name", "specialty", "rotation_types", "monthly_capacity")}
    record, reason = normalize_preceptor(row)
    assert reason is None
    assert record["img_friendly"] is False
    assert record["requires_ecfmg"] is False
    assert record["accepts_visas"] == []
    assert record["available_months"] == []
    assert record["state"] is None


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("monthly_capacity", "lots", "monthly_capacity: 'lots' is not a whole number"),
        ("monthly_capacity", "2.5", "monthly_capacity: '2.5' is not a whole number"),
        ("monthly_capacity", "", "monthly_capacity: is required"),
        ("specialty", "Basket weaving", "specialty: 'Basket weaving' is not one known specialty"),
        ("specialty", "IM, Peds", "specialty: 'IM, Peds' is not one known specialty"),
        ("state", "Ontario", "state: 'Ontario' is not a US state"),
        ("timezone", "Mars/Olympus", "timezone: 'Mars/Olympus' is not an IANA time zone"),
        ("available_months", "2027-13", "available_months: '2027-13' is not a month like 2027-01 or Jan 2027"),
        ("img_friendly", "maybe", "img_friendly: 'maybe' is not yes or no"),
        ("accepts_visas", "J-1; F-1 student", "accepts_visas: 'F-1 student' is not a visa status"),
        ("min_step2ck", "999", "min_step2ck: '999' must be 1 to 300"),
        ("rotation_types", "Juggling", "rotation_types: 'Juggling' is not a rotation type"),
        ("languages", "Klingonese", "languages: 'Klingonese' is not a known language"),
        ("fee_usd", "-5", "fee_usd: '-5' must be at least 0"),
    ],
)
def test_bad_field_gives_a_reason_naming_field_and_value(field, value, reason):
    record, got = normalize_preceptor({**GOOD_ROW, field: value})
    assert record is None
    assert got == reason


def test_every_bad_field_is_reported_and_the_name_is_never_echoed():
    record, reason = normalize_preceptor({**GOOD_ROW, "name": "x" * 300, "monthly_capacity": "lots", "state": "Zz"})
    assert record is None
    assert reason.split("; ") == [
        "name: must be 1 to 200 printable characters",
        "state: 'Zz' is not a US state",
        "monthly_capacity: 'lots' is not a whole number",
    ]
    assert "xxx" not in reason
