"""Reading rules from issue 12's nineteenth round (holdout19 tuned on: East and Southeast Asia; Caribbean schools'
clerkships; long academic CVs of older graduates)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from include.cv.dates import find_ranges, join_wrapped_ranges
from include.cv.document import parse_document
from include.cv.exams import ecfmg, usmle_scores
from include.cv.identity import clean_name
from include.cv.layout import TextLine
from include.cv.profile import _title_specialties, extract_profile, languages, publications
from include.cv.sections import (
    EDUCATION,
    EXAMS,
    INTERESTS,
    LANGUAGES,
    OTHER,
    PUBLICATIONS,
    REFERENCES,
    USCE,
    WORK,
    heading_kind,
    split_sections,
)
from include.cv.usce import find_state

TODAY = date(2026, 12, 1)
FILES = Path(__file__).parent / "corpus" / "holdout19" / "files"


def _read(name: str) -> dict:
    return parse_document((FILES / name).read_bytes(), TODAY)


def _read_from(split: str, name: str) -> dict:
    return parse_document((FILES.parent.parent / split / "files" / name).read_bytes(), TODAY)


def test_headings_of_long_academic_cvs() -> None:
    assert heading_kind("PROFESSIONAL TRAJECTORY") == (WORK, False)
    assert heading_kind("Trayectoria profesional") == (WORK, False)
    assert heading_kind("CAREER HISTORY") == (WORK, False)
    assert heading_kind("WORKING EXPERIENCE") == (WORK, False)
    assert heading_kind("RESEARCH OUTPUT") == (PUBLICATIONS, False)
    assert heading_kind("Producción científica") == (PUBLICATIONS, False)
    assert heading_kind("PUBLICATIONS IN LEARNED JOURNALS") == (PUBLICATIONS, False)
    assert heading_kind("RESEARCH GRANTS") == (OTHER, False)  # money won: no research entries read from it
    assert heading_kind("Docencia y comités") == (OTHER, False)
    assert heading_kind("REGISTRATION") == (EXAMS, False)
    assert heading_kind("INSTITUTIONS ATTENDED WITH DATES") == (EDUCATION, False)
    assert heading_kind("Studies") == (EDUCATION, False)
    assert heading_kind("Clinical & Research Experience (Post-Graduation)") == (WORK, False)
    # and still body text
    assert heading_kind("Research fellow, cardiology") is None
    assert heading_kind("Graduation ceremony 2019") is None


def test_headings_in_japanese_chinese_and_korean() -> None:
    assert heading_kind("学　歴") == (EDUCATION, False)
    assert heading_kind("学歴・職歴") == (EDUCATION, False)
    assert heading_kind("志望の動機・本人希望記入欄") == (INTERESTS, False)
    assert heading_kind("语言能力") == (LANGUAGES, False)
    assert heading_kind("학력 사항") == (EDUCATION, False)
    assert heading_kind("慶應義塾大学医学部 卒業") is None
    profile = _read("w59_002_docx_rirekisho.docx")  # a rirekisho with no English headings
    assert profile["phone_e164"] == "+819038415527"
    assert "Keio University School of Medicine" in profile["medical_school"]
    assert profile["languages"] == ["Japanese", "English"]  # 日本語（母語）、英語（ビジネスレベル）
    assert [(e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [("OH", "2024-07", "2024-09")]


def test_bold_capitals_at_the_headings_size_are_headings_whatever_their_words() -> None:
    # Five known headings and four unknown ones set alike ("COMMITTEES & SERVICE", "SCHOLARLY OUTPUT" …): the
    # papers are counted under their own heading, not lost in "TEACHING".
    profile = _read("w61_001_docx_header_footer.docx")
    assert profile["publications"] == 16  # not the letter to the editor, the abstracts, posters or chapters
    assert [(e["type"], e["state"]) for e in profile["usce_entries"]] == [("research", "PA"), ("observership", "PA")]


def test_a_letter_to_the_editor_is_not_a_paper() -> None:
    text = (
        "Publications\n"
        "1. Foglia EE, Roy R. Outcomes of neonatal sepsis. J Perinatol. 2018;29(7):74-81.\n"
        "2. [Letter to the Editor] Roy R, Foglia EE. Comment on: neonatal sepsis [Letter]. J Perinatol. 2019;15:646.\n"
        "3. Roy R. Neonatal sepsis: a letter of thanks to our nurses. Indian Pediatr. 2020;12:1-3.\n"
    )
    assert publications(split_sections(text)) == 2


def test_a_numbered_list_goes_on_after_a_sidebar_read_between_its_pages() -> None:
    # Page 1's sidebar ends with a referee read after the main column's items 1-4; item 5 opens page 2.
    profile = _read("w61_011_chromium_sidebar.pdf")
    assert profile["publications"] == 7


def test_two_months_in_a_margin_column_over_their_year() -> None:
    text = "May – June   Observership, Department of Anesthesiology &\n2018   Perioperative Medicine\nUPMC, PA"
    assert join_wrapped_ranges(text, keep_lines=True).split("\n") == [
        "May 2018 - June 2018   Observership, Department of Anesthesiology &",
        "Perioperative Medicine",
        "UPMC, PA",
    ]
    entries = _read("w61_011_chromium_sidebar.pdf")["usce_entries"]
    assert [(e["state"], e["start"], e["end"]) for e in entries] == [
        ("PA", "2018-05", "2018-06"),
        ("PA", "2024-11", "2024-11"),
        ("TX", "2025-03", "2025-05"),
    ]


def test_a_latex_double_dash_joins_a_range() -> None:
    [r] = find_ranges("Observership, Neurology   2022/07 -- 2022/08")
    assert (r.start, r.end) == ((2022, 7), (2022, 8))


def test_the_year_on_the_degree_line_over_a_range_below_it() -> None:
    # "… Doctor of Medicine (MD), June 2024" / "Basic Science semesters 1–5 on Saba, Sep 2019 – Dec 2021"
    profile = _read("w60_004_odt_plain.odt")
    assert profile["graduation_year"] == 2024


def test_an_ecfmg_certificate_with_its_year_is_certified() -> None:
    # the next item of the list is not its status; a table's status cell under it is
    assert ecfmg(["▪ ECFMG Certificate — 2013", "▪ Medical Association of Athens, no. 61234"]) == "certified"
    assert ecfmg(["ECFMG certification   2022", "Pending"]) == "pending"


def test_the_primary_degree_of_an_older_graduate() -> None:
    # "MD (Paediatrics)" above the MBBS is India's specialist degree; "Licenciado en Medicina" is Spain's first
    assert _read("w61_001_docx_header_footer.docx")["graduation_year"] == 2001
    assert _read("w61_015_docx_footer_contacts.docx")["graduation_year"] == 1997
    # "1986 – 1991 – School Certificate" / "1992 – 1999 – MB BS, …" / "Graduated 11 November 1999"
    assert _read("w61_004_reportlab_numbered.pdf")["graduation_year"] == 1999
    # "… School of Medicine, Sint Maarten — Doctor of Medicine," / "2019" / "Basic sciences, …, 2014–2016"
    assert _read("w60_013_pdf_lo_odt.pdf")["graduation_year"] == 2019


def test_what_an_objective_names_first_or_wishes_for() -> None:
    assert _read("w60_010_pdf_chromium_gdocs.pdf")["specialties"] == ["Family Medicine"]  # "Family Medicine — …"
    assert _read("w60_012_txt_mspe.txt")["specialties"] == ["Emergency Medicine"]  # under "SPECIALTY CHOICE"
    assert _read("w61_008_rtf_header_footer.rtf")["specialties"] == ["Psychiatry"]  # "I wish to obtain … in Psychiatry"
    # the title line under the name, beside the name in Cyrillic: "Энхжаргал Доржсүрэн · MD · Obstetrics & Gynecology"
    assert _read("w59_010_docx_header_footer_mn.docx")["specialties"] == ["Obstetrics and Gynecology"]


def test_training_with_employment_is_work_and_electives_during_school_are_rotations() -> None:
    assert heading_kind("TRAINING & EMPLOYMENT") == (WORK, False)
    assert heading_kind("Education and Training") == (EDUCATION, False)
    entries = _read("w59_013_rtf_kr_en.rtf")["usce_entries"]  # a telehealth rotation listed with the posts held
    assert ("telehealth", "NY", "2025-05") in [(e["type"], e["state"], e["start"]) for e in entries]
    entries = _read("w60_014_rtf_soffice.rtf")["usce_entries"]  # "Clinical Electives during Medical School"
    assert [(e["state"], e["start"]) for e in entries][:2] == [("IL", "2022-07"), ("IL", "2022-08")]


def test_languages_listed_with_their_levels_under_no_languages_heading() -> None:
    text = "Additional Information\n• Georgian (native), Russian (fluent), English (fluent)\n"
    assert languages(split_sections("A B\n" + text)) == ["Georgian", "Russian", "English"]
    text = "Additional Information\n\uf0b7 LANGUAGES English · Haitian Creole (native) · French (fluent)\n"
    assert languages(split_sections("A B\n" + text)) == ["English", "Haitian Creole", "French"]
    # not a list of other things with brackets
    assert languages(split_sections("A B\nAwards\nDean's list (2019), Gold medal (2020)\n")) == []


def test_states_written_with_dots_and_notes_after_a_heading() -> None:
    assert find_state("Palisades Medical Center, North Bergen, N.J. 01/05/2026 – 02/13/2026   High Pass") == "NJ"
    assert find_state("Jane Roe, M.D. 2024") is None  # a degree, not Maryland
    assert heading_kind("Posts Held (most recent first)") == (WORK, False)
    assert ecfmg(["• ECFMG Certificate: 2004 (revalidated 2025)"]) == "certified"


def test_the_latin_name_beside_one_in_its_own_script() -> None:
    assert clean_name("佐藤 美咲 (Misaki Sato)") == "Misaki Sato"
    assert clean_name("54 +576 (Yuki Takahashi)") == "Yuki Takahashi"  # a scan's kanji read as noise by OCR
    assert clean_name("John Smith (Ophthalmology)") == "John Smith"
    assert _read("w59_003_docx_kr_table.docx")["full_name"] == "Kim Minjun"  # "성명 (영문) | Kim Minjun"
    assert _read("w59_002_docx_rirekisho.docx")["full_name"] == "Misaki Sato"  # "氏名 Name | 佐藤 美咲 (Misaki Sato)"


def test_a_local_number_read_in_the_country_of_the_applicants_mail_domain() -> None:
    text = "Choi Yuna\n010-2283-9015\nyuna.choi@korea.ac.kr\n"
    assert extract_profile(text, TODAY)["phone_e164"] == "+821022839015"
    text = "Choi Yuna\n010-2283-9015\nyuna.choi@gmail.com\n"  # nothing says where: not guessed
    assert extract_profile(text, TODAY)["phone_e164"] is None


def test_a_referees_block_at_the_foot_of_a_scan_is_no_footer() -> None:
    lines = [
        TextLine("Referencias", page=1, top=0.94, ocr=True),
        TextLine("", page=1, ocr=True),
        TextLine("David B. Reuben, MD", page=1, top=0.951, ocr=True),
        TextLine("", page=1, ocr=True),
        TextLine("UCLA Geriatrics", page=1, top=0.961, ocr=True),
        TextLine("dreuben@mednet.ucla.edu | +1 310 825 8253", page=1, top=0.966, ocr=True),
    ]
    assert split_sections(lines)[-1].kind == REFERENCES
    assert extract_profile([TextLine("Arturo Guzmán Villalobos", page=1, top=0.05, ocr=True), *lines])["email"] is None


def test_ocr_slips_in_contacts() -> None:
    assert clean_name("r. Andrei Popescu") == "Andrei Popescu"  # "Dr." less its D
    text = "Lakshmi Narayanan\nTrue Blue, Grenada | +1 473 409 7731 | Inarayanan@sgu.edu\n"
    lines = [TextLine(x, ocr=True) for x in text.splitlines()]
    assert extract_profile(lines, TODAY)["email"] == "lnarayanan@sgu.edu"  # capital I for the l of Lakshmi
    text = "Pham Quoc Bao\nquocbao.pham@gmail.com + +84 935 118 642 - Hue, Viet Nam\n"  # a "·" read as "+"
    assert extract_profile(text, TODAY)["phone_e164"] == "+84935118642"


def test_a_tables_from_and_to_cells_are_one_range() -> None:
    [r] = find_ranges("Mayo Clinic | Gastroenterology | Research Trainee | Aug 2023 | Jul 2024 | Rochester, MN")
    assert (r.start, r.end) == ((2023, 8), (2024, 7))
    assert find_ranges("Step 2 CK | 258 | 2023") == []


def test_a_german_lebenslauf() -> None:
    assert ecfmg(["ECFMG-Zertifikat: 04/2025"]) == "certified"
    assert heading_kind("Referenzen") == (REFERENCES, False)
    profile = _read_from("holdout20", "w63_004_reportlab_german.pdf")  # "Studium der Humanmedizin, LMU München"
    assert (profile["medical_school"], profile["graduation_year"]) == ("Ludwig-Maximilians-Universität München", 2024)
    assert profile["languages"] == ["German", "English", "French"]  # "Englisch (C2), Französisch (B2)"
    assert profile["publications"] == 4  # not the "Vortrag: DGVS … (Kongressbeitrag)"


def test_what_a_title_line_and_a_europass_position_say_is_sought() -> None:
    assert _title_specialties("General Practitioner · Pediatrics & Infectious Disease") == [
        "Pediatrics",
        "Infectious Disease",
    ]
    assert _title_specialties("Bác sĩ Đa khoa · Endocrinology / Internal Medicine") == [
        "Endocrinology",
        "Internal Medicine",
    ]
    profile = _read_from("holdout20", "w63_001_europass_docx.docx")  # under "POSIZIONE RICOPERTA / POSITION"
    assert profile["specialties"] == ["Internal Medicine", "Cardiology"]


def test_a_count_of_each_kind_after_the_papers_heading_and_a_score_before_the_next_sentence() -> None:
    assert heading_kind("PUBLICATIONS (6 peer-reviewed, 3 posters)") == (PUBLICATIONS, False)
    line = "USMLE Step 1: PASS. USMLE Step 2 CK: 229. NBME practice (CCSSA): 238. PLAB 1: passed 2022."
    assert usmle_scores([line])["usmle_step2ck"] == 229
    assert usmle_scores(["Step 2 CK: expected 2027."])["usmle_step2ck"] is None


def test_a_metro_area_and_a_long_bilingual_heading() -> None:
    assert find_state("*McLean Hospital (Harvard affiliate)* · Greater Boston · `2024-10 → 2024-11`") == "MA"
    assert heading_kind("Experiencia clínica en Estados Unidos / US Clinical Experience") == (USCE, True)


def test_a_scans_address_with_its_top_level_domain_cut_off() -> None:
    def read(text: str) -> dict:
        return extract_profile([TextLine(x, ocr=True) for x in text.splitlines()], TODAY)

    assert read("Eleni Nikolaidou\nThessaloniki, Greece +30 697 765 4321 --eleni.nikolaidou@auth gr.\n")["email"] == (
        "eleni.nikolaidou@auth.gr"
    )
    assert read("Mihai Constantin , Ionescu\nCluj-Napoca - mihai.ionescu@umfcluj. ro\n")["email"] == (
        "mihai.ionescu@umfcluj.ro"
    )
    assert read("Mihai Constantin , Ionescu\nCluj-Napoca\n")["full_name"] == "Mihai Constantin Ionescu"
    assert read("Ana Ruiz\nana.ruiz@gmail.com is my address\n")["email"] == "ana.ruiz@gmail.com"


def test_the_school_lines_own_city_over_another_entrys_country() -> None:
    profile = _read_from("holdout20", "w63_006_odt_romania.odt")  # "… Carol Davila București" / "Erasmus+ …, France"
    assert profile["medical_school_country"] == "RO"
    assert _read_from("holdout20", "w63_009_docx_headerfooter.docx")["medical_school_country"] == "PT"  # do Porto


def test_a_signature_after_the_referees_is_the_applicants() -> None:
    text = (
        "Lucas Ferreira\nlucas.h.ferreira@ufmg.br\nREFERENCE\nREFERENCE: Profa. Dra. Mariana Souza – m.souza@ufmg.br\n"
        "Atenciosamente / Best regards,\nLucas\nWhatsApp: +55 (31) 9 8765-4321\n"
    )
    assert extract_profile(text, TODAY)["phone_e164"] == "+5531987654321"
