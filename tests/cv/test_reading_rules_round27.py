"""Reading rules from issue 12's twenty-seventh round (holdout27 tuned on: South Asia and the Arab world in haste;
Francophone applicants; China, Central Asia and Southeast Asia)."""

from __future__ import annotations

from include.cv import exams, ocr
from include.cv.dates import join_wrapped_ranges
from include.cv.places import place_country
from include.cv.sections import heading_kind, split_sections
from include.vocab import country_code
from tests.cv.corpus_files import read, spans


def test_countries_fewer_applicants_come_from_are_known_by_name_not_by_a_code_that_is_a_word() -> None:
    assert country_code("Cambodia") == "KH"
    assert country_code("Mozambique") == "MZ"
    assert country_code("Albania") == "AL"
    assert country_code("GA") is None  # Georgia's state code, not Gabon
    assert country_code("Chad") is None  # a name
    assert place_country("Université Saint-Joseph de Beyrouth") == "LB"
    assert place_country("Faculté des Sciences Médicales, Université Libanaise, Hadath") == "LB"
    assert place_country("Université Cheikh Anta Diop de Dakar") == "SN"
    assert place_country("University of Health Sciences, Phnom Penh") == "KH"
    assert place_country("Université catholique de Louvain") == "BE"


def test_a_heading_in_two_languages_split_by_a_bar() -> None:
    assert heading_kind("Formation | Education") == ("education", False)
    assert heading_kind("Expérience aux USA | US experience") == ("usce", True)
    assert heading_kind("Intérêts de carrière | Career interests") == ("interests", False)
    assert heading_kind("Cardiology | Observership") is None  # a table's row, both halves English
    assert heading_kind("Formation | Docteur en Médecine — Faculté") is None  # a label and its value


def test_a_two_cell_row_whose_label_is_a_heading_opens_its_section() -> None:
    text = "Riad BENALI\nLangues | Arabe, français, anglais\nE-mail | riad@example.org\nRéférences | Dr. C. Mendoza"
    assert [(s.kind, s.lines) for s in split_sections(text)[1:]] == [
        ("languages", ["Langues | Arabe, français, anglais"]),
        # a contact's row opens no section of its own; since round 42 it ends the languages row's section (the
        # table of personal details goes on)
        ("personal", ["E-mail | riad@example.org"]),
        ("references", ["Références | Dr. C. Mendoza"]),
    ]


def test_bilingual_french_cv_reads_its_sections() -> None:
    profile = read("holdout27", "w84_013_chromium_bilingual.pdf")  # "Formation | Education", "Examens | Exams"…
    assert profile["usce_months"] == 5
    assert profile["languages"] == ["Arabic", "French", "English"]
    profile = read("holdout27", "w84_014_docx_bilingual_table.docx")  # "Formation | Docteur en Médecine — …"
    assert profile["medical_school"] == "Faculté de Médecine d'Oran, Université Oran 1 Ahmed Ben Bella"
    assert profile["usce_months"] == 4
    assert profile["publications"] == 1


def test_a_school_name_cut_at_a_linking_word_goes_on_on_the_next_line() -> None:
    profile = read("holdout27", "w84_003_chromium_sidebar.pdf")  # "…, de Pharmacie et" / "d'Odonto-Stomatologie, …"
    assert profile["medical_school"] == (
        "Faculté de Médecine, de Pharmacie et d'Odonto-Stomatologie, Université Cheikh Anta Diop de Dakar"
    )
    assert profile["medical_school_country"] == "SN"


def test_a_college_is_named_with_the_university_after_it_and_a_faculty_with_a_numbered_one() -> None:
    assert read("holdout27", "w83_002_docx_header_footer.docx")["medical_school"] == (
        "Dow Medical College, Dow University of Health Sciences, Karachi"
    )
    assert read("holdout27", "w84_002_lo_docx_pdf_header.pdf")["medical_school"] == (
        "Faculté de Médecine d'Alger, Université d'Alger 1"
    )
    assert read("holdout27", "w84_005_fpdf2_student.pdf")["medical_school"] == (
        "UFR des Sciences Médicales d'Abidjan, Université Félix Houphouët-Boigny"
    )


def test_belgian_master_en_medecine_with_an_honours_aside() -> None:
    profile = read("holdout27", "w84_011_docx_footer_contacts.docx")  # "…, Université catholique de Louvain (grande
    assert profile["medical_school"].endswith("Université catholique de Louvain")  # distinction)"
    assert profile["medical_school_country"] == "BE"
    assert profile["graduation_year"] == 2023  # the Master, not the Bachelier


def test_french_fev_and_a_range_that_ends_a_line_is_no_wrapped_start() -> None:
    assert spans("Fév. 2024 – Avr. 2024 — Hands-on externship") == [((2024, 2), (2024, 4))]
    text = "Feb–Mar 2024 — Hands-on, Pittsburgh, PA\nApril 2024 — Observership, Detroit, MI"
    assert join_wrapped_ranges(text).splitlines()[1].startswith("April 2024")


def test_a_home_country_in_brackets_after_clinical_experience_is_not_the_us() -> None:
    profile = read("holdout27", "w85_012_reportlab_twocol.pdf")  # "Clinical Experience (Cambodia)"
    assert profile["usce_months"] == 2
    assert profile["medical_school_country"] == "KH"


def test_french_promotion_is_the_class_year() -> None:
    # "Docteur en Médecine, …, Université d'État d'Haïti — promotion 2020" over "Service social … (2020–2021)"
    assert read("holdout27", "w84_009_docx_textbox.docx")["graduation_year"] == 2020


def test_dates_alone_on_the_next_line_with_an_aside_date_the_entry_above() -> None:
    profile = read("holdout27", "w83_005_chromium_latex.pdf")  # "Clinical Observership, …, Boston, MA" / "— 2025.03
    observed = [e for e in profile["usce_entries"] if e["type"] == "observership"]  # (4 weeks, concurrent with …)"
    assert [(e["state"], e["start"], e["end"]) for e in observed] == [("MA", "2025-03", "2025-03")]


def test_a_single_date_ending_an_entry_is_no_range_start_for_the_next_bullet() -> None:
    text = "– Observership — Hackensack, NJ —\nDecember 2025\n– Telehealth — Phoenix, AZ — January–\nFebruary 2026"
    assert join_wrapped_ranges(text).splitlines()[1] == "December 2025"
    profile = read("holdout27", "w83_013_lo_odt2pdf.pdf")
    assert sorted((e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]) == [
        ("observership", "NJ", "2025-12", "2025-12"),
        ("telehealth", "AZ", "2026-01", "2026-02"),
    ]


def test_ecfmg_certified_written_before_and_not_applied_yet() -> None:
    assert exams.ecfmg(["Certifié ECFMG depuis octobre 2023"]) == "certified"
    assert exams.ecfmg(["* ECFMG: not applied yet"]) == "not_certified"
    assert exams.ecfmg(["ECFMG: applied, awaiting verification"]) == "pending"


def test_azerbaijani_schwa_is_a_latin_letter_of_a_name() -> None:
    assert read("holdout27", "w85_009_fpdf2_compact.pdf")["full_name"] == "Leyla Məmmədova"


def test_a_speckled_page_is_cleaned_before_ocr_and_a_clean_one_is_not() -> None:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (400, 200), 205)  # a grey page (a photo's paper)
    ImageDraw.Draw(page).rectangle((50, 80, 350, 100), fill=150)  # a faint stroke of text
    specks = [(x, y) for x in range(10, 390, 15) for y in range(10, 60, 15)]
    for x, y in specks:  # salt and pepper: a phone's sensor noise, read by Tesseract as dots and commas
        ImageDraw.Draw(page).rectangle((x, y, x + 1, y + 1), fill=0)
    assert ocr._speckled(page)
    cleaned = ocr._despeckled(page)
    assert all(cleaned.getpixel(xy) > 200 for xy in specks)
    assert cleaned.getpixel((200, 90)) == 150  # the stroke kept
    clean = Image.new("L", (2480, 3508), 255)  # a clean 300-dpi page: strokes a median would thin
    for y, line in enumerate(("Ivan Roslan", "ivan.roslan@gmail.com", "Education", "MBBS, Universiti Malaya")):
        ImageDraw.Draw(clean).text((200, 200 + 120 * y), line, fill=0, font=ImageFont.load_default(size=60))
    assert not ocr._speckled(clean)  # a clean page is read as it is


def test_faint_grey_print_on_a_shadowed_photo_comes_out_black_on_white() -> None:
    from PIL import Image

    photo = Image.new("L", (600, 300))
    photo.putdata([150 + x // 6 for _y in range(300) for x in range(600)])  # paper in a shadow: 150 to 249
    for y in (100, 150, 200):
        for x in range(100, 500):  # faint grey lines of contacts, 40 below the paper beside them
            for dy in range(15):
                photo.putpixel((x, y + dy), 110 + x // 6)
    white = ocr._on_white_paper(photo)
    assert min(white.getpixel((120, 60)), white.getpixel((480, 60))) > 240  # paper, in and out of the shadow
    assert max(white.getpixel((120, 155)), white.getpixel((480, 155))) < 60  # ink, in and out of the shadow
