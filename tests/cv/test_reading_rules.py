"""Issue 12 accuracy rules, each on a small case: moderncv margins vs real columns, OCR accents, footers, sidebars."""

from __future__ import annotations

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
