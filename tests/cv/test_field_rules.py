"""Field-reading rules for CVs written by writers the parser was never tuned on; each on a made-up example."""

from __future__ import annotations

from datetime import date

from include.cv.exams import ecfmg, usmle_scores
from include.cv.profile import extract_profile

TODAY = date(2026, 12, 1)


def test_a_step_label_dated_on_its_row_takes_its_result_from_the_line_below() -> None:
    rows = ["USMLE Step 1   March 2021", "Passed", "Step 2 CK — Sept. 2022", "", "233", "Step 3   11/2024", "207"]
    assert usmle_scores(rows) == {"usmle_step1": "pass", "usmle_step2ck": 233, "usmle_step3": 207}


def test_a_label_row_with_other_text_beside_it_still_reads_the_value_below() -> None:
    assert usmle_scores(["Step 2 CK   2022   Bedside ultrasound", "251   Python"])["usmle_step2ck"] == 251
    # but not another exam's number, nor a plan
    assert usmle_scores(["Step 2 CK   2022   Teaching", "COMLEX Level 2: 250"])["usmle_step2ck"] is None
    assert usmle_scores(["Step 2 CK   Jun 2027", "Scheduled"])["usmle_step2ck"] is None
    assert usmle_scores(["USMLE Step 2 CK   Aug 2024", "NBME 12: 244"])["usmle_step2ck"] is None


def test_ecfmg_dated_on_its_row_takes_its_status_from_the_line_below() -> None:
    assert ecfmg(["ECFMG Certification   04/2022", "Certified"]) == "certified"
    assert ecfmg(["ECFMG Certificate — Nov 2023", "Issued"]) == "certified"
    assert ecfmg(["ECFMG certification: awaited"]) == "pending"


def test_a_heading_naming_the_exam_labels_the_lines_under_it() -> None:
    cv = "Tomasz Nowak\ntomasz.nowak@example.org\n\nEducation\nMD, Medical University of Gdansk, Poland, 2021\n\n"
    cv += "ECFMG\nCertification in process (Step 2 CK pending)\n"
    assert extract_profile(cv, TODAY)["ecfmg_status"] == "pending"
    cv2 = "Tomasz Nowak\n\nLICENSURE EXAMS\nUSMLE Step 1   Jan 2023\nPass\nUSMLE Step 2 CK   May 2024\n247\n"
    profile = extract_profile(cv2, TODAY)
    assert (profile["usmle_step1"], profile["usmle_step2ck"]) == ("pass", 247)


def test_a_sub_heading_naming_another_country_ends_the_us_entries_above_it() -> None:
    cv = (
        "Lena Okafor\n\nUS CLINICAL EXPERIENCE\n"
        "Nephrology Observership, Hartford Hospital, Hartford, CT (Jan 2024 - Mar 2024)\n"
        "Work in Ghana\n"
        "House Officer, Korle Bu Teaching Hospital, Accra (2020 - 2022)\n"
        "Medical Officer, Ridge Hospital (2022 - 2023)\n"
        "United States\n"
        "Research Assistant, Nephrology (Apr 2024 - Jun 2024)\n"
    )
    got = [(e["type"], e["state"], e["start"]) for e in extract_profile(cv, TODAY)["usce_entries"]]
    assert got == [("observership", "CT", "2024-01"), ("research", None, "2024-04")]


def test_capitals_headings_with_core_or_a_count_open_their_sections() -> None:
    from include.cv.sections import PUBLICATIONS, USCE, WORK, heading_kind, loose_heading_kind

    assert loose_heading_kind("CORE CLINICAL ROTATIONS") == (USCE, False)
    assert loose_heading_kind("CORE & ELECTIVE CLERKSHIPS") == (USCE, False)
    assert heading_kind("Core Rotation: Surgery") is None  # an entry's title, not a heading
    assert heading_kind("PUBLICATIONS (4 peer-reviewed)") == (PUBLICATIONS, False)
    assert heading_kind("Publications (2)") == (PUBLICATIONS, False)
    assert heading_kind("Observership (3 months)") is None
    assert heading_kind("Hospital Appointments") == (WORK, False)


def test_languages_are_named_as_written_and_one_language_is_listed_once() -> None:
    from include.cv.profile import languages
    from include.cv.sections import split_sections

    def read(line: str) -> list[str]:
        return languages(split_sections(f"Ana Cruz\nLANGUAGES\n{line}"))

    assert read("Mandarin (native), English") == ["Mandarin", "English"]
    assert read("Mandarin Chinese (native); English") == ["Chinese", "English"]
    assert read("Chinese (Mandarin) - native, English") == ["Chinese", "English"]
    assert read("English, Filipino/Tagalog (native), Ilocano") == ["English", "Filipino", "Ilocano"]
    assert read("Twi/Akan (native), Ga (fluent), English") == ["Twi", "Ga", "English"]
    assert read("Hindi/Urdu, Kikuyu, Newari") == ["Hindi", "Urdu", "Kikuyu", "Newari"]
    assert read("French (native), Ewondo, Bamileke, English (B2)") == ["French", "Ewondo", "Bamileke", "English"]
    assert read("Krio, Mende, Temne; English") == ["Krio", "Mende", "Temne", "English"]
    assert read("Spanish, K'iche', Papiamento") == ["Spanish", "K'iche'", "Papiamento"]


def test_talks_and_lectures_head_their_own_section_so_a_virtual_talk_is_no_rotation() -> None:
    from include.cv import extract_profile
    from include.cv.sections import PRESENTATIONS, heading_kind

    assert heading_kind("INVITED TALKS") == (PRESENTATIONS, False)
    assert heading_kind("Invited Talks & Lectures") is None  # "lectures" is no heading word: "Lecturer" is a post
    assert heading_kind("Oral and Poster Presentations (4)") == (PRESENTATIONS, False)
    cv = (
        "Irina Volkova\nirina.v@mail.ru\nUS CLINICAL EXPERIENCE\n"
        "Observership, Cardiology - Mayo Clinic, Rochester, MN   03/2024 - 05/2024\n"
        "INVITED TALKS\n"
        "Heart failure in rural Siberia (virtual) - Stanford University, CA   06/2025\n"
    )
    profile = extract_profile(cv)
    assert [(e["type"], e["start"]) for e in profile["usce_entries"]] == [("observership", "2024-03")]
    assert profile["usce_months"] == 3


def test_names_keep_uncomposed_accents_drop_college_post_nominals_and_are_never_labels() -> None:
    from include.cv.identity import clean_name

    assert clean_name("Dr Kwabena Asante MBChB, MRCPCH") == "Kwabena Asante"
    assert clean_name("Dr Ishara Fernando MBBS, MRCPsych, MRCGP") == "Ishara Fernando"
    assert clean_name("Adé\u0301yẹ\u0300mí Ọlá, MBBS") == "Adé\u0301yẹ\u0300mí Ọlá"
    for label in ("Career Interest", "About Me", "House Officer", "Professional Overview"):
        assert clean_name(label) is None


def test_specialties_from_label_rows_bare_objective_lists_and_more_cue_words() -> None:
    from include.cv.profile import specialties
    from include.cv.sections import split_sections

    def read(cv: str) -> list[str]:
        return specialties(split_sections("Omar Haddad\n" + cv))

    assert read("INTERESTS | Nephrology, Pediatrics\nLANGUAGES | Arabic") == ["Nephrology", "Pediatrics"]
    assert read("GOAL   Internal Medicine residency, then Cardiology fellowship") == ["Internal Medicine", "Cardiology"]
    assert read("OBJECTIVE\nPsychiatry / Neurology.\n") == ["Psychiatry", "Neurology"]
    assert read("Summary\nPhysician preparing for the Match in Pediatrics.\n") == ["Pediatrics"]
    assert read("Areas of Interest\nRheumatology\n") == ["Rheumatology"]
    # a past rotation's specialty in a label row is not an interest
    assert read("ROTATION | Cardiology, Mercy Hospital, Toledo, OH") == []


def test_specialty_headlines_beside_applicant_are_interests() -> None:
    from include.cv.profile import specialties
    from include.cv.sections import split_sections

    def read(cv: str) -> list[str]:
        return specialties(split_sections("Lucía Romero\n" + cv))

    assert read("Pediatrics applicant.\nlucia.romero@example.org") == ["Pediatrics"]
    assert read("Internal Medicine residency candidate | J-1\n") == ["Internal Medicine"]
    # a sentence too long to be one phrase, under an objective heading
    assert read(
        "Objective\nPGY-1 applicant in Internal Medicine seeking categorical positions in community and university"
        " programs.\n"
    ) == ["Internal Medicine"]
    # only the words touching the cue: the experience named after it is not a goal
    assert read("Emergency Medicine applicant with US hands-on experience in Surgery and Pediatrics.\n") == [
        "Emergency Medicine"
    ]
    # "applicant" beside no specialty names nothing, and past work is not a headline
    assert read("International medical graduate applicant for the 2027 Match.\n") == []
    assert read("Clinical Experience\nPediatrics applicant shadowing, Boston, MA, 2024\n") == []
