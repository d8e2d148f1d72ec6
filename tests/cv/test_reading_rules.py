"""Issue 12 accuracy rules, each on a small case: moderncv margins vs real columns, OCR accents, footers, sidebars."""

from __future__ import annotations

from dataclasses import replace

from include.cv import identity
from include.cv import ocr as ocr_module
from include.cv.layout import TextLine
from include.cv.pdf_text import _Box, _margin_column
from include.cv.sections import HEADER, REFERENCES, split_sections


def _box(left: float, right: float, top: float, text: str) -> _Box:
    return _Box(left, top - 10, right, top, text, 10.0)


def test_a_narrow_right_aligned_strip_is_a_margin_but_a_wide_column_with_years_is_not() -> None:
    margin = [_box(120 - 8 * len(t) / 2, 120, 700 - 20 * i, t) for i, t in enumerate(
        ["Mar '19 to Mar", "'19", "USMLE Step", "Step 2 CK", "ECFMG", "Aug '20"])]  # fmt: skip
    assert _margin_column(margin, 595)
    texts = ["Examinations", "USMLE Step 1 Passed (2022)", "USMLE Step 2 CK 242 (2023)", "ECFMG Certified (2024)"]
    column = [_box(40, 40 + 6 * len(t), 700 - 20 * i, t) for i, t in enumerate(texts)]
    assert not _margin_column(column, 595)


def _words(*words: tuple[str, int, int]) -> dict[str, list]:
    return {
        "text": [w for w, _, _ in words],
        "left": [x for _, x, _ in words],
        "top": [y for _, _, y in words],
        "width": [60] * len(words),
        "height": [20] * len(words),
    }


def test_the_accents_model_only_restores_accents() -> None:
    english = _words(("Rodriguez", 100, 50), ("Pena", 200, 50), ("shevchuk@x.org", 100, 90), ("pena@x.org", 100, 130))
    latin = _words(("Rodríguez", 102, 51), ("Peña", 201, 50), ("shevehuk@x.org", 100, 90), ("peña@x.org", 100, 130))
    ocr_module._with_accents(english, latin)
    assert english["text"] == ["Rodríguez", "Peña", "shevchuk@x.org", "pena@x.org"]
    assert ocr_module._base("Yılmaz Łukasz") == "Yilmaz Lukasz"


def test_a_footer_with_the_applicants_contacts_is_read_as_header() -> None:
    lines = [
        TextLine("Rahul Deshpande, MD", 1, 20.0, True, 0.05, 0.1),
        TextLine("REFEREES", 1, 11.0, True, 0.7, 0.1),
        TextLine("Dr. Karen Whitfield, kw@hfhs.org", 1, 10.0, False, 0.75, 0.1),
        TextLine(""),
        TextLine("Rahul Deshpande · rahul.d91@gmail.com · +91 98201 44556", 1, 9.0, False, 0.96, 0.3),
    ]
    sections = split_sections(lines)
    assert sections[0].kind == HEADER
    assert any("rahul.d91@" in x for x in sections[0].lines)
    assert not any("rahul.d91@" in x for s in sections if s.kind == REFERENCES for x in s.lines)
    assert identity.email(sections).value == "rahul.d91@gmail.com"
    # A referee's contact line that runs to the bottom of the page, right under the entry, stays a reference.
    joined = [*lines[:3], TextLine("kw@hfhs.org · +1 313 555 0142", 1, 10.0, False, 0.95, 0.1)]
    assert not any("kw@" in x for x in split_sections(joined)[0].lines)


def test_a_sidebar_heading_on_the_names_row_is_not_the_name() -> None:
    lines = [TextLine("CONTACT   Ayşe Gül Yılmaz", 1, 19.0, False, 0.05, 0.04, ocr=True),
             TextLine("aysegul@outlook.com", 1, 9.0, False, 0.08, 0.04, ocr=True)]  # fmt: skip
    assert identity.name(split_sections(lines)).value == "Ayşe Gül Yılmaz"


def test_a_school_name_wrapped_by_a_cv_class_is_joined_back() -> None:
    from include.cv.education import _school

    cases = {
        "Hanoi Medical University": ["Doctor of Medicine (MD) Hanoi Medical 2021 to Present", "University , Vietnam."],
        "Universidad Autónoma de Guadalajara": [
            "Médico Cirujano (MD equivalent) Universidad 2009 - 2015",
            "Autónoma de Guadalajara , México.",
        ],
        "Kharkiv National Medical University": [
            "2019 to 2025   Medical Doctor (MD), General Medicine , Kharkiv National Medical Uni",
            "versity, Ukraine",
        ],
        "American University of the Caribbean School of Medicine": [
            "2023 - Present   Doctor of Medicine (MD) , American University of the Caribbean",
            "School of Medicine, Sint Maarten",
        ],
        # A whole school name followed by its city stays as it is.
        "King Edward Medical University": ["MBBS, King Edward Medical University", "Lahore, Pakistan", "2010 - 2015"],
    }
    for school, window in cases.items():
        assert _school([*window, "Class rank: top 5%"]) == school


def test_a_result_stated_before_a_plan_is_still_the_result() -> None:
    from include.cv.exams import usmle_scores

    assert usmle_scores(["USMLE Step 1 | Fail (2024) – reattempt scheduled for 2027"])["usmle_step1"] == "fail"
    assert usmle_scores(["Step 2 CK 245 - NBME practice 260"])["usmle_step2ck"] == 245
    assert usmle_scores(["Step 2 CK: expected 250"])["usmle_step2ck"] is None
    assert usmle_scores(["Step 1: 230 (NBME practice)"])["usmle_step1"] is None


def test_non_hands_on_is_an_observership() -> None:
    from include.cv.usce import entry_type

    assert entry_type("Observer (non hands-on), Adult Neurology") == "observership"
    assert entry_type("Clinical Extern (hands-on), Psychiatry") == "hands_on"


def test_a_name_wrapped_in_a_narrow_header_and_a_dr_in_an_address() -> None:
    lines = [
        TextLine("Dr. Lê Thị", 1, 14.0, True, 0.05, 0.03),
        TextLine("Phương, MD", 1, 14.0, True, 0.07, 0.03),
        TextLine("Medical Graduate", 1, 9.0, False, 0.09, 0.03),
        TextLine("dr.le.phuong81@outlook.com", 1, 9.0, False, 0.11, 0.03),
    ]
    sections = split_sections(lines)
    assert identity.name(sections).value == "Lê Thị Phương"
    found = identity.email(sections, "Lê Thị Phương")
    assert found.value == "dr.le.phuong81@outlook.com"
    assert "near another person's title" not in found.why


def test_us_citizenship_and_none_to_date() -> None:
    from include.cv.profile import publications, visa

    assert visa(split_sections("Citizenship: United States")) == "citizen"
    assert visa(split_sections("Nationality: Pakistani")) is None
    assert publications(split_sections("Publications\nNone to date.")) == 0


def test_dotted_degrees_and_lowercase_particles_leave_the_name() -> None:
    assert identity.clean_name("Rosalind Mbeki, M.B.Ch.B.") == "Rosalind Mbeki"
    assert identity.clean_name("Tomasz Wrona, M.B.B.Ch., Ph.D") == "Tomasz Wrona"
    assert identity.clean_name("Maricel delos Santos") == "Maricel delos Santos"
    assert identity.clean_name("Nguyen Van Do") == "Nguyen Van Do"  # a surname, not the degree "D.O."


def test_a_name_set_one_word_a_line_or_across_a_blank_is_joined() -> None:
    lines = [
        TextLine("Ilse", 1, 16.0, True, 0.04, 0.03),
        TextLine("Vandermeer", 1, 16.0, True, 0.06, 0.03),
        TextLine("Ильза Вандермеер", 1, 10.0, False, 0.08, 0.03),
    ]
    assert identity.name(split_sections(lines)).value == "Ilse Vandermeer"
    spaced = [
        TextLine("Farhan Qureshi", 1, 22.0, True, 0.05, 0.1),
        TextLine(""),
        TextLine("Siddiqui, MBBS", 1, 22.0, True, 0.08, 0.1),
        TextLine("Karachi, Pakistan", 1, 10.0, False, 0.11, 0.1),
    ]
    assert identity.name(split_sections(spaced)).value == "Farhan Qureshi Siddiqui"


def test_an_address_wrapped_by_a_narrow_column_is_joined_back() -> None:
    lines = [
        TextLine("Ilse Vandermeer", 1, 16.0, True, 0.04, 0.03),
        TextLine("Email", 1, 9.0, False, 0.10, 0.03),
        TextLine("ilse.vandermeer7@gmail.c", 1, 9.0, False, 0.12, 0.03),
        TextLine("om", 1, 9.0, False, 0.14, 0.03),
    ]
    assert identity.email(split_sections(lines)).value == "ilse.vandermeer7@gmail.com"
    whole = [*lines[:2], TextLine("ilse.vandermeer7@gmail.com", 1, 9.0, False, 0.12, 0.03),
             TextLine("usa", 1, 9.0, False, 0.14, 0.03)]  # fmt: skip
    assert identity.email(split_sections(whole)).value == "ilse.vandermeer7@gmail.com"


def test_ocr_slips_in_an_address_are_repaired() -> None:
    assert ocr_module.repair("E-mail:  farhan.q22 @outlook.com") == "E-mail: farhan.q22@outlook.com"
    scanned = [
        TextLine("Farhan Qureshi", 1, 20.0, False, 0.05, 0.1, ocr=True),
        TextLine("farhan.qureshiI9@yahoo.com", 1, 9.0, False, 0.08, 0.1, ocr=True),
    ]
    assert identity.email(split_sections(scanned), "Farhan Qureshi").value == "farhan.qureshi19@yahoo.com"
    typed = [replace(x, ocr=False) for x in scanned]  # a typed address is taken as written
    assert identity.email(split_sections(typed), "Farhan Qureshi").value == "farhan.qureshiI9@yahoo.com"


def test_a_two_line_footer_block_with_the_contacts_is_read_as_header() -> None:
    lines = [
        TextLine("Ilse Vandermeer", 1, 20.0, False, 0.05, 0.1, ocr=True),
        TextLine("References", 1, 11.0, False, 0.80, 0.1, ocr=True),
        TextLine(""),
        TextLine("Antwerp, Belgium", 1, 9.0, False, 0.90, 0.4, ocr=True),
        TextLine("M +32 470 12 34 56 E ilse.vm@proton.me", 1, 9.0, False, 0.91, 0.3, ocr=True),
    ]
    sections = split_sections(lines)
    assert identity.email(sections).value == "ilse.vm@proton.me"
    # A referee's block at the foot of the page stays a reference.
    referee = [*lines[:3], TextLine("Dr. Pieter Claes", 1, 9.0, False, 0.90, 0.1),
               TextLine("p.claes@uza.be", 1, 9.0, False, 0.92, 0.1)]  # fmt: skip
    assert not any("claes@" in x for x in split_sections(referee)[0].lines)
    untitled = [*lines[:3], TextLine("Pieter Claes, Program Director", 1, 9.0, False, 0.90, 0.1),
                TextLine("p.claes@uza.be", 1, 9.0, False, 0.92, 0.1)]  # fmt: skip
    assert not any("claes@" in x for x in split_sections(untitled)[0].lines)


def test_contacts_on_the_row_of_a_full_width_address_are_kept() -> None:
    from include.cv.pdf_text import _by_column

    sidebar = [_box(40, 150, 700 - 20 * i, t) for i, t in enumerate(["Skills", "Suturing", "Ultrasound"])]
    main = [_box(320, 550, 700 - 20 * i, t) for i, t in enumerate(["Education", "MBBS 2019", "Aga Khan"])]
    row = [_box(40, 180, 801, "ilse@mail.com"), _box(190, 280, 800, "+32 470 12"), _box(290, 460, 799, "Antwerp")]
    blocks = _by_column([*sidebar, *main, *row], 300.0)
    kept = [b.text for block, _ in blocks for b in block]
    assert sorted(kept) == sorted(b.text for b in [*sidebar, *main, *row])


def test_a_range_end_cut_by_a_margin_column_is_joined_back() -> None:
    from include.cv.dates import join_wrapped_ranges

    cut_month = "2024-09 – 2024- Hands-on Elective, Cardiology\n11   Mercy Hospital, Des Moines, IA"
    assert join_wrapped_ranges(cut_month).startswith("2024-09 - 2024-11 Hands-on Elective")
    cut_year = "May 2023 — June Observership, Henry Ford Hospital, Detroit, MI\n2023   Rounds and clinics"
    assert join_wrapped_ranges(cut_year).startswith("May 2023 - June 2023 Observership")
    cut_word = "January 2024 — Fe Externship, Mayo Clinic, Rochester, MN\nbruary 2024   Wards"
    assert join_wrapped_ranges(cut_word).startswith("January 2024 - February 2024 Externship")
    whole = "2019 - 2021 Residency, Lahore\n2020 chief resident"  # the first line's range is complete
    assert join_wrapped_ranges(whole) == whole


def test_a_scans_contacts_are_missing_only_when_the_applicants_part_lacks_them() -> None:
    def scanned(*rows: tuple[str, float]) -> list[TextLine]:
        return [TextLine(text, 1, 10.0, False, top, 0.1, ocr=True) for text, top in rows]

    table_lost_a_row = scanned(("Ines Duarte, MD", 0.05), ("Email  ines.d@sapo.pt", 0.15), ("Referees", 0.3),
                               ("Dr. Rui Alves  ralves@chlc.pt  +351 21 555 0101", 0.33))  # fmt: skip
    assert ocr_module._missing_contacts(table_lost_a_row) == {"phone"}
    complete = scanned(("Ines Duarte", 0.05), ("+351 912 345 678 · ines.d@sapo.pt", 0.1))
    assert ocr_module._missing_contacts(complete) == set()


def test_extensions_labelled_table_names_and_surname_first() -> None:
    office = [TextLine("Kofi Mensah"), TextLine("Office: +1 (312) 555-0147 ext. 208 · kofi.m@uic.edu")]
    assert identity.phone(split_sections(office), None).value == "+13125550147"
    form = [TextLine("Full name\tAdaeze Nwosu"), TextLine("Email\tadaeze.nwosu@gmail.com")]
    assert identity.name(split_sections(form)).value == "Adaeze Nwosu"
    assert identity.clean_name("MENSAH, Kofi Adjei") == "Kofi Adjei Mensah"
    assert identity.clean_name("ACCRA, Ghana") is None


def test_two_digit_year_ranges_and_seasons() -> None:
    from include.cv.dates import find_ranges

    assert [(r.start, r.end) for r in find_ranges("Observership, Tampa, FL 06/24 - 08/24")] == [((2024, 6), (2024, 8))]
    assert find_ranges("09/25 – present")[0].ongoing
    assert find_ranges("seen 12/05/2021") == []  # a day and month, not a range
    assert [(r.start, r.end) for r in find_ranges("Summer 2025")] == [((2025, 6), (2025, 8))]


def test_ranges_with_word_dashes_and_wrapped_ends_pass_the_quick_prechecks() -> None:
    """find_ranges and join_wrapped_ranges skip their long patterns where a cheap search finds no digit before a
    dash: ranges joined by words, in capitals, or wrapped at their dash are still read."""
    from include.cv.dates import find_points, find_ranges, join_wrapped_ranges

    def spans(text: str) -> list[tuple]:
        return [(r.start, r.end, r.ongoing) for r in find_ranges(text)]

    assert spans("Rotation 2019 TO 2021") == [((2019, None), (2021, None), False)]
    assert spans("Jan 2020 until March 2020, then June – August 2021") == [
        ((2020, 1), (2020, 3), False),
        ((2021, 6), (2021, 8), False),
    ]
    assert spans("Sept. 2022 through now") == [((2022, 9), None, True)]
    assert (
        join_wrapped_ranges("Mar 2023 -\nObservership, Boston, MA May 2023")
        == "Mar 2023 - May 2023\nObservership, Boston, MA"
    )
    assert join_wrapped_ranges("Apr 2023 - Jun\nObservership 2023") == "Apr 2023 - Jun 2023\nObservership"
    assert find_ranges("Clinical observership, Boston") == []
    assert find_points("no digits") == []


def test_medicine_inside_a_longer_phrase_is_not_internal_medicine() -> None:
    from include.cv.usce import find_specialties

    goal = "Seeking residency in Neurology, with a lasting interest in academic medicine."
    assert find_specialties(goal) == ["Neurology"]
    assert find_specialties("Observer, Department of Medicine") == ["Internal Medicine"]


def test_languages_in_a_table_row_and_as_a_bare_list() -> None:
    from include.cv.profile import languages

    row = "Kavya Rao\nLanguage Skills   Telugu (native); English (fluent)\nObjective   Pediatrics"
    assert languages(split_sections(row)) == ["Telugu", "English"]
    assert languages(split_sections("Kavya Rao\nLANGUAGES\nTelugu Tamil English")) == ["Telugu", "Tamil", "English"]


def test_a_step_not_passed_is_a_fail_and_not_yet_passed_is_neither() -> None:
    from include.cv.exams import usmle_scores

    assert usmle_scores(["USMLE Step 1: Not passed (2024 attempt)"])["usmle_step1"] == "fail"
    assert usmle_scores(["USMLE Step 1 – unsuccessful first attempt"])["usmle_step1"] == "fail"
    assert usmle_scores(["USMLE Step 1: not yet passed"])["usmle_step1"] is None
    assert usmle_scores(["USMLE Step 1: Passed"])["usmle_step1"] == "pass"


def test_md_after_a_facilitys_city_is_maryland_not_a_degree() -> None:
    from include.cv.usce import find_state

    assert find_state("Hands-on Elective, Union Memorial Hospital (Baltimore, MD)") == "MD"
    assert find_state("Observership, Adventist Health Clinic, Rockville, MD 20850") == "MD"
    assert find_state("Holy Cross Hospital, Silver Spring, MD | Jan 2024 – Mar 2024") == "MD"
    assert find_state("Adventist HealthCare Shady Grove, Rockville, MD") == "MD"  # a Maryland city: no facility word
    assert find_state("Preceptor: Grace Obi, MD") is None
    assert find_state("Observer, St. Mary Hospital; Dr. Amy Chen, MD") is None
