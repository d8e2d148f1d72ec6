"""Every profile key, read from the same IMG CV laid out four ways (TXT, PDF one/two column, DOCX)."""

from __future__ import annotations

from functools import cache

import pytest

from include.cv import PROFILE_KEYS, CvParserPool, parse_cv
from include.cv.document import parse_document
from include.cv.extract import extract_text
from tests.cv import builders

FORMATS = ["txt", "pdf_one_column", "pdf_two_column", "docx_table_header"]


@cache
def _parsed(kind: str) -> dict:
    content = {
        "txt": lambda: builders.cv_text().encode("utf-8"),
        "pdf_one_column": builders.one_column_pdf,
        "pdf_two_column": builders.two_column_pdf,
        "docx_table_header": builders.docx_with_table_and_header,
    }[kind]()
    return parse_document(content, builders.TODAY)


def test_expected_profile_names_every_key_exactly() -> None:
    assert tuple(builders.EXPECTED) == PROFILE_KEYS


@pytest.mark.parametrize("key", PROFILE_KEYS)
@pytest.mark.parametrize("kind", FORMATS)
def test_profile_key_is_read_from_each_layout(kind: str, key: str) -> None:
    if key == "evidence":
        assert set(_parsed(kind)[key]) >= {"full_name", "email", "phone_e164", "medical_school"}
        return
    if key == "medical_school":
        # The school with the parts printed with it (faculty, campus, city): it contains the school's name.
        assert builders.EXPECTED[key] in _parsed(kind)[key]
        return
    assert _parsed(kind)[key] == builders.EXPECTED[key]


def test_two_column_pdf_reads_the_sidebar_and_main_column_separately(documents: dict[str, bytes]) -> None:
    lines = [x.strip() for x in extract_text(documents["pdf_two_column"]).text.splitlines() if x.strip()]
    languages = lines.index("LANGUAGES")
    assert lines[languages + 1 : languages + 4] == ["English (fluent)", "Yoruba (native)", "French (basic)"]
    usce = lines.index("US CLINICAL EXPERIENCE")
    assert lines[usce + 1].startswith("Internal Medicine Observership")
    assert lines[usce + 2] == "Jun 2022 – Aug 2022"


def test_references_in_a_sidebar_do_not_give_the_applicant_their_contacts(documents: dict[str, bytes]) -> None:
    profile = _parsed("pdf_two_column")
    assert profile["email"] != "john.smith@mountsinai.org"
    assert profile["phone_e164"] != "+12122416500"


def test_parse_cv_isolates_the_parse_and_returns_the_same_profile(documents: dict[str, bytes]) -> None:
    profile = parse_cv(documents["pdf_one_column"], "cv.pdf")
    assert set(profile) == set(PROFILE_KEYS)
    assert profile["full_name"] == "Aisha Bello"
    assert profile["usmle_step2ck"] == 248
    assert profile["error"] is False


def test_pool_parses_a_batch_in_input_order(pool: CvParserPool, documents: dict[str, bytes]) -> None:
    batch = [(content, name) for name, content in documents.items()] * 3
    profiles = pool.parse_many(batch)
    assert [p["email"] for p in profiles] == ["aisha.bello@example.com"] * len(batch)


def test_pdf_table_rows_are_read_across_not_as_columns() -> None:
    profile = parse_document(builders.table_pdf(), builders.TODAY)
    assert profile["usce_entries"] == builders.EXPECTED["usce_entries"]
    assert profile["usce_months"] == builders.EXPECTED["usce_months"]
