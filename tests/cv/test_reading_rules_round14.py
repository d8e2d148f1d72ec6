"""Reading rules from issue 12's fourteenth round (holdout14: messy uploads, heavy US experience, East and
Southeast Asia and Africa)."""

from __future__ import annotations

from datetime import date

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.education import education
from include.cv.identity import email
from include.cv.pdf_text import _Box, _same_word
from include.cv.profile import languages, publications, specialties
from include.cv.sections import INTERESTS, OTHER, PRESENTATIONS, PUBLICATIONS, USCE, heading_kind, split_sections
from include.cv.usce import find_state

TODAY = date(2026, 12, 1)


def test_a_slash_in_brackets_keeps_the_heading_whole_and_the_us_named_outside() -> None:
    assert heading_kind("CLINICAL EXPERIENCE — USA (OBSERVERSHIPS / EXTERNSHIPS)") == (USCE, True)
    assert heading_kind("Scientific Work") == (PUBLICATIONS, False)
    assert heading_kind("Scientific Presentations") == (PRESENTATIONS, False)
    assert heading_kind("SPECIALTY") == (INTERESTS, False)
    assert heading_kind("Specialty") is None  # a table's column title
    assert heading_kind("OTHER") == (OTHER, False)


def test_states_in_a_pipe_table_a_state_as_its_own_field_and_dc() -> None:
    assert find_state("Observership | MedStar Washington Hospital Center | Washington | DC | June 2024") == "DC"
    assert find_state("Internal Medicine Observership, Virginia Mason Medical Center, Seattle, Washington") == "WA"
    assert find_state("April 2024 | Saint Luke's Hospital of Kansas City | Kansas City | MO") == "MO"
    assert find_state("Emergency   Howard   Washington   D.C.   Jun 2023 –") == "DC"


def test_month_day_year_ranges_with_two_digit_years_and_wrapped_shared_years() -> None:
    assert [(r.start, r.end) for r in find_ranges("7/8/24–8/2/24")] == [((2024, 7), (2024, 8))]
    assert [(r.start, r.end) for r in find_ranges("15/06/24 - 20/07/24")] == [((2024, 6), (2024, 7))]
    joined = join_wrapped_ranges("Psychiatry   Zucker   Glen Oaks   NY   May – June\nObservership   Hillside   2023\n")
    assert joined.startswith("Psychiatry   Zucker   Glen Oaks   NY   May - June 2023\nObservership   Hillside")


def test_specialty_label_rows_outside_past_work_and_a_specialty_heading() -> None:
    def read(text: str) -> list[str]:
        return specialties(split_sections("A B\n" + text))

    assert read("OTHER\nSpecialty: Family Medicine (first choice); Obstetrics & Gynecology\n") == [
        "Family Medicine",
        "Obstetrics and Gynecology",
    ]
    assert read("SPECIALTY\nAnesthesiology; interest in Critical Care Medicine\n") == [
        "Anesthesiology",
        "Pulmonology/Critical Care",
    ]
    # ERAS writes each rotation's own specialty: not what is sought
    assert read("US CLINICAL EXPERIENCE\nObservership, Mayo Clinic, Rochester, MN\nSpecialty: Cardiology\n") == []


def test_papers_indented_one_a_line_and_taiwanese_as_written() -> None:
    text = (
        "A B\nPUBLICATIONS\n------------\n  Perera TM, Fernando S. Leptospirosis ICU outcomes. Ceylon Med J. "
        "2022;67:12-7.\n  Perera TM et al. COPD exacerbations in Colombo. BMC Pulm Med. 2023;23:88.\n"
    )
    assert publications(split_sections(text)) == 2
    assert languages(split_sections("A B\nLanguages\nMandarin (native)\nTaiwanese (native)\n")) == [
        "Mandarin",
        "Taiwanese",
    ]


def test_an_email_marked_old_yields_to_the_preferred_one() -> None:
    sections = split_sections(
        "GRACE WANJIRU KAMAU, MBChB\n+254 722 908 114\n"
        "grace.kamau@students.uonbi.ac.ke (old) / gwkamau.md@gmail.com (preferred)\n"
    )
    found = email(sections, "Grace Wanjiru Kamau")
    assert found is not None
    assert found.value == "gwkamau.md@gmail.com"


def test_indonesian_profesi_dokter_is_the_medical_degree() -> None:
    text = (
        "Putri Ayu Lestari\ndr. (Medical Doctor), Universitas Indonesia\nEDUCATION\n"
        "Sarjana Kedokteran & Profesi Dokter (dr.)   2016 – 2022\nFaculty of Medicine, Universitas Indonesia (FKUI)\n"
    )
    got = education(split_sections(text), TODAY)
    assert (got.medical_school, got.graduation_year) == ("Faculty of Medicine, Universitas Indonesia (FKUI)", 2022)


def test_kerned_pairs_and_hyphen_runs_stay_in_their_word() -> None:
    tee = _Box(42.0, 652.9, 48.4, 660.7, "T", 9.0, False)
    rest = _Box(47.3, 652.8, 85.1, 660.7, "aipei,", 9.0, False)
    assert _same_word(tee, rest)  # the "a" tucked under the "T"
    wei = _Box(295.3, 775.0, 334.7, 790.0, "Wei", 18.0, False)
    hyphen = _Box(337.5, 781.0, 343.6, 783.5, "-", 18.0, False)
    assert _same_word(wei, hyphen)  # a hyphen's box is only as tall as the mark
    far = _Box(380.0, 775.0, 400.0, 790.0, "Ling", 18.0, False)
    assert not _same_word(wei, far)
