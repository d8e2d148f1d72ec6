"""Every profile key, read from the same IMG CV laid out seven ways (TXT, PDF one/two column, DOCX, ODT, flat ODT,
RTF); a photo of a CV (PNG, JPEG) read by OCR; broken and oversized images refused with a reason."""

from __future__ import annotations

from functools import cache

import pytest

from include.cv import PROFILE_KEYS, CvParserPool, parse_cv
from include.cv import ocr as ocr_module
from include.cv.document import parse_document
from include.cv.extract import detect_format, extract_text
from include.cv.rtf_text import MAX_DEPTH, rtf_text
from tests.cv import builders

FORMATS = ["txt", "pdf_one_column", "pdf_two_column", "docx_table_header", "odt", "fodt", "rtf"]


@cache
def _parsed(kind: str) -> dict:
    content = {
        "txt": lambda: builders.cv_text().encode("utf-8"),
        "pdf_one_column": builders.one_column_pdf,
        "pdf_two_column": builders.two_column_pdf,
        "docx_table_header": builders.docx_with_table_and_header,
        "odt": builders.odt_document,
        "fodt": builders.fodt_document,
        "rtf": builders.rtf_document,
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


@pytest.mark.parametrize(
    ("kind", "fmt"),
    [("odt", "odt"), ("fodt", "odt"), ("rtf", "rtf"), ("docx_table_header", "docx"), ("txt", "txt")],
)
def test_format_is_read_from_the_content(kind: str, fmt: str) -> None:
    content = {
        "odt": builders.odt_document,
        "fodt": builders.fodt_document,
        "rtf": builders.rtf_document,
        "docx_table_header": builders.docx_with_table_and_header,
        "txt": lambda: builders.cv_text().encode(),
    }[kind]()
    assert detect_format(content) == fmt


def test_odt_page_header_is_read_first_as_a_block_of_its_own() -> None:
    lines = [x for x in extract_text(builders.odt_document()).lines if x.text.strip()]
    assert lines[0].text == builders.CONTACT
    assert lines[0].column_start
    name = lines[1]
    assert (name.text, name.bold, name.size) == ("Aisha Bello", True, 22.0)
    heading = next(x for x in lines if x.text == "Publications")
    assert (heading.bold, heading.size) == (True, 13.0)


@pytest.mark.skipif(not ocr_module.available(), reason="tesseract-ocr is not installed")
@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_photo_of_a_cv_is_read_by_ocr(fmt: str) -> None:
    import io

    out = io.BytesIO()
    builders.scanned_image(2).save(out, format=fmt)
    profile = parse_document(out.getvalue(), builders.TODAY)
    assert (profile["error"], profile["ocr"]) == (False, True)
    assert (profile["full_name"], profile["email"]) == ("Priya Raghavan", "priya.raghavan@example.com")
    assert profile["usmle_step2ck"] == 244


def test_a_photo_without_tesseract_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(ocr_module, "available", lambda: False)
    out = io.BytesIO()
    builders.scanned_image(3).save(out, format="PNG")
    profile = parse_document(out.getvalue(), builders.TODAY)
    assert (profile["error"], profile["needs_ocr"]) == (False, True)


def test_an_image_bomb_is_refused_before_it_is_decoded() -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, format="PNG")  # 144 MP, a few KB compressed
    assert len(out.getvalue()) < 100_000
    profile = parse_document(out.getvalue(), builders.TODAY)
    assert (profile["error"], profile["error_reason"]) == (True, "image too large")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{\\rtf1\\ansi " + b"{" * (MAX_DEPTH + 5) + b"x" + b"}" * (MAX_DEPTH + 5) + b"}", "RTF nested too deeply"),
        (b"{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}}", "no text in the document"),
        (builders.odt_document()[:600], "corrupt or unreadable ODT"),
        (
            b'<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            b'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>',
            "corrupt or unreadable ODT",
        ),
    ],
    ids=["rtf-deep", "rtf-no-text", "odt-cut", "fodt-cut"],
)
def test_broken_rtf_and_odt_are_refused_with_a_reason(content: bytes, reason: str) -> None:
    profile = parse_document(content, builders.TODAY)
    assert (profile["error"], profile["error_reason"]) == (True, reason)


def test_an_rtf_label_cell_naming_a_section_is_a_heading_of_its_own() -> None:
    # Word's two-column CV templates saved as RTF: "Education" in a narrow cell beside the entries' paragraphs;
    # a form's label with its value ("Step 1 | 245") stays one row.
    row = "\\trowd\\cellx2000\\cellx9000\\pard\\intbl {}\\cell\\pard\\intbl {}\\par\\pard\\intbl {}\\cell\\row\n"
    rtf = (
        "{\\rtf1\\ansi "
        + row.format("Education", "MBBS   2014 \\endash  2019", "King Edward Medical University, Lahore")
        + row.format("USMLE Step 1", "245", "")
        + "}"
    )
    texts = [line.text for line in rtf_text(rtf.encode("ascii")) if line.text]
    assert texts == ["Education", "MBBS   2014 – 2019", "King Edward Medical University, Lahore", "USMLE Step 1 | 245"]
