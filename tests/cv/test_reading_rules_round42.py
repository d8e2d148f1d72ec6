"""Reading rules from issue 12's forty-second round: PDF tables read by their ruling lines (a column of dates
beside a column of details, cells that wrap), and what reading them whole brought to light."""

from __future__ import annotations

from include.cv.profile import extract_profile
from tests.cv.corpus_files import TODAY, entries, pdf_lines, read


def test_a_ruled_table_of_dates_beside_details_is_read_row_by_row() -> None:
    lines = pdf_lines("holdout39", "w119_002_lo_docx_tables.pdf")
    assert (
        "06/2023 – 05/2024 | Research Fellow (postdoctoral research), Department of Pediatrics – Division of "
        "Neonatology, Children's Hospital of Philadelphia, Philadelphia, PA — neonatal sepsis biomarker cohort; "
        "no patient contact" in lines
    )
    assert "Step 2 CK | 239 — 2024" in lines  # two cells: a label and its value
    found = read("holdout39", "w119_002_lo_docx_tables.pdf")
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in found["usce_entries"]] == [
        ("research", "PA", "2023-06", "2024-05"),
        ("observership", "MI", "2024-07", "2024-08"),
    ]
    assert (found["usmle_step2ck"], found["ecfmg_status"]) == (239, "certified")


def test_a_rotations_table_with_a_state_column_and_wrapped_cells() -> None:
    lines = pdf_lines("holdout14", "w45_006_docx_header_lo.pdf")
    assert "Internal Medicine Core   Mount Sinai Medical Center   Miami Beach   FL   May 2022 – Jul 2022" in lines
    found = read("holdout14", "w45_006_docx_header_lo.pdf")
    assert found["usce_months"] == 15
    assert {e["state"] for e in found["usce_entries"]} == {"FL", "NJ", "CA", "NY", "MD", "MO", "DC"}


def test_a_state_cell_outranks_a_city_named_for_another_state_and_sub_internship_is_hands_on() -> None:
    table = "US Clinical Experience\nRotation   Institution   City   State   Dates\n"
    assert entries(
        table + "Family Medicine Elective   Research Medical Center   Kansas City   MO   5/1/23 – 5/26/23\n"
    ) == [("hands_on", "MO", "2023-05", "2023-05")]
    assert entries(
        table + "EM Sub Internship   Howard University Hospital   Washington   D.C.   Jun 2023 – Jul 2023\n"
    ) == [("hands_on", "DC", "2023-06", "2023-07")]


def test_a_later_page_s_running_header_is_read_once() -> None:
    lines = pdf_lines("holdout14", "w45_006_docx_header_lo.pdf")
    assert sum("Silver Spring" in x for x in lines) == 1  # page 2 repeats page 1's name and contacts
    assert all(
        e["state"] != "MD" or e["start"] == "2023-03"
        for e in read("holdout14", "w45_006_docx_header_lo.pdf")["usce_entries"]
    )


def test_a_label_column_table_keeps_its_labels_as_headings() -> None:
    assert read("holdout34", "w106_015_soffice_docx_tables.pdf")["publications"] == 1
    lines = pdf_lines("holdout34", "w106_015_soffice_docx_tables.pdf")
    assert any(x.startswith("Publications | Haddad KG") for x in lines)


def test_a_table_nested_in_a_cell_keeps_its_columns() -> None:
    found = read("holdout39", "w121_008_chromium_wps_nested.pdf")
    assert found["medical_school"].startswith("Peking University Health Science Center")


def test_a_section_opened_by_a_row_of_personal_details_ends_at_the_next_label() -> None:
    text = (
        "BIO-DATA\nName | Vikas Yadav\nNationality | Indian\n"
        "Languages Known | Hindi, English, Urdu\nUS Visa | B1/B2 (issued 2025)\n\n"
        "Present Status\n\nFinal Professional MBBS (Part II) student, King George's Medical University (KGMU), "
        "Lucknow. Expected graduation: March 2027.\n"
    )
    found = extract_profile(text, TODAY)
    assert found["medical_school"] == "King George's Medical University (KGMU)"
    assert found["languages"] == ["Hindi", "English", "Urdu"]
    own_table = "LANGUAGES\nLanguage | Proficiency\nEnglish | Fluent\nTamil | Native\n"
    assert set(extract_profile("Priya Raghunathan\n\n" + own_table, TODAY)["languages"]) == {"English", "Tamil"}
