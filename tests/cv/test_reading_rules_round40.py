"""Reading rules from issue 12's fortieth round (holdout38, tuned on once scored untouched: Portuguese- and
Spanish-speaking IMGs, doctors who trained or worked in the UK, Ireland, Australia and New Zealand, IMGs from
Turkey, Iran, Afghanistan and the Caucasus)."""

from __future__ import annotations

from include.cv.dates import find_points
from include.cv.profile import extract_profile, languages
from include.cv.sections import EDUCATION, EXAMS, LANGUAGES, OTHER, PERSONAL, USCE, WORK, heading_kind, split_sections
from include.cv.usce import find_specialties
from include.vocab import ecfmg_status, visa_status
from tests.cv.corpus_files import TODAY, entries, read, spans


def profile(text: str) -> dict:
    return extract_profile(text, TODAY)


def test_a_national_number_is_read_in_the_country_of_the_applicant_s_licence() -> None:
    uk = profile(
        "Dr James Whitfield\nCore Trainee in Anaesthetics (CT2)\n"
        "Mobile: 07700 900129 Email: james.whitfield@gmail.com GMC: 7998812 Address: Clifton, Bristol\n"
    )
    assert uk["phone_e164"] == "+447700900129"  # a range the numbering plan reserves, its length possible
    au = profile(
        "Dr Harpreet Kaur Sandhu\nMobile: 0491 571 266 Email: harpreet.sandhu@gmail.com\n"
        "Address: Indooroopilly QLD 4068\n\nEDUCATION\nMBBS, Government Medical College, Amritsar, India, 2019\n"
    )
    assert au["phone_e164"] == "+61491571266"  # an Australian state and postcode, not the Indian school's country
    # a licence number's digits are no phone ("AHPRA MED0002456789")
    assert (
        profile(
            "Lachlan Osborne\nPGY2 Resident Medical Officer, Alfred Health · AHPRA MED0002456789\n"
            "lachlan.osr@outlook.com.au | 0412 387 045 | Prahran VIC 3181, Australia\n"
        )["phone_e164"]
        == "+61412387045"
    )


def test_names_with_particles_and_a_logo_word() -> None:
    assert (
        profile(
            "João Pedro Magalhães da Costa e Silva\njoaopedro@sapo.pt\n\nDados Pessoais\nNacionalidade: Portuguesa\n"
        )["full_name"]
        == "João Pedro Magalhães da Costa e Silva"
    )
    assert read("holdout38", "w116_005_reportlab_twocol.pdf")["full_name"] == "María del Carmen Ruiz de la Fuente"
    assert read("holdout38", "w118_014_chromium_europass.pdf")["full_name"] == "İrem Şahin"
    assert read("holdout38", "w116_011_docx_lo_europass.pdf")["full_name"] == "Ana Luíza Pereira da Silva Bittencourt"


def test_headings_in_portuguese_turkish_azerbaijani_and_the_uk_s_words() -> None:
    assert heading_kind("Dados Pessoais") == (PERSONAL, False)
    assert heading_kind("Informações Pessoais") == (PERSONAL, False)
    assert heading_kind("Yabancı Dil") == (LANGUAGES, False)
    assert heading_kind("DİLLƏR") == (LANGUAGES, False)
    assert heading_kind("Sınavlar") == (EXAMS, False)
    assert heading_kind("TƏHSİL") == (EDUCATION, False)
    assert heading_kind("FOUNDATION PROGRAMME AND SPECIALTY TRAINING") == (WORK, False)
    assert heading_kind("NHS Experience") == (WORK, False)
    assert heading_kind("AUDIT & QI") == (OTHER, False)
    assert heading_kind("Estágios Clínicos nos EUA") == (USCE, True)
    # NHS posts under their heading are not the US elective above them
    text = (
        "MEDICAL ELECTIVE (USA)\nMar - Apr 2019   Clinical Elective, Department of Anesthesiology\n"
        "Mount Sinai Hospital, New York, NY\n\nFOUNDATION PROGRAMME AND SPECIALTY TRAINING\n"
        "Aug 2022 - Jul 2023   Clinical Fellow in Anaesthetics and ICU\nNorth Bristol NHS Trust (Southmead Hospital)\n"
        "Aug 2021 - Aug 2022   FY2 - Emergency Medicine, Psychiatry, General Practice\nRoyal United Hospitals Bath\n"
    )
    assert entries(text) == [("hands_on", "NY", "2019-03", "2019-04")]


def test_portuguese_dates_and_placements() -> None:
    assert [p for p, _ in find_points("julho de 2026   Estágio clínico")] == [(2026, 7)]
    assert spans("15 de março de 2024 – 12 de abril de 2024") == [((2024, 3), (2024, 4))]
    assert spans("março de 2024 – atual") == [((2024, 3), None)]
    assert spans("Summer 2025 (July 2025) Observership") == [((2025, 7), (2025, 7))]
    assert spans("Summer 2025 (June - July 2025)") == [((2025, 6), (2025, 7))]  # once, not twice
    text = (
        "Estágios Clínicos nos EUA\n"
        "julho de 2026   Estágio clínico (clerkship com contacto direto com doentes) em Pediatria — Nicklaus "
        "Children's Hospital, Miami, FL.\n"
        "01/08/2026 – 28/08/2026   Observership em Neurologia — Mayo Clinic, Rochester, MN.\n"
    )
    assert entries(text) == [("hands_on", "FL", "2026-07", "2026-07"), ("observership", "MN", "2026-08", "2026-08")]
    dated_above = (
        "Estágios\nsetembro de 2026 (4 semanas)\n"
        "Estágio eletivo (hands-on sub-internship) em Emergency Medicine — Yale New Haven Hospital, New Haven,\nCT.\n"
        "jan. 2025 – fev. 2025\n"
        "Estágio de pesquisa em Cardiologia (férias) — Stanford University School of Medicine, Stanford, CA.\n"
    )
    assert entries(dated_above) == [("hands_on", "CT", "2026-09", "2026-09"), ("research", "CA", "2025-01", "2025-02")]


def test_languages_of_angola_mozambique_cape_verde_and_afghanistan() -> None:
    def listed(text: str) -> list[str]:
        return languages(split_sections("Idiomas\n" + text))

    assert listed("Português (materna); Inglês (avançado); Suaíli (intermediário); Sena (fluente)") == [
        "Portuguese",
        "English",
        "Swahili",
        "Sena",
    ]
    assert listed("Português, Kimbundu, Umbundu, Francês") == ["Portuguese", "Kimbundu", "Umbundu", "French"]
    assert listed("Portugues (native) - Kriolu / Cape Verdean Creole (native)") == ["Portuguese", "Cape Verdean Creole"]
    assert listed("Dari, Pashto, English") == ["Dari", "Pashto", "English"]
    assert listed("Persian (Dari), Pashto") == ["Persian", "Pashto"]  # one language, named twice


def test_portuguese_statuses() -> None:
    assert ecfmg_status("não certificado") == "not_certified"
    assert profile("Ana Costa\n\nExames\nCertificação ECFMG concluída em 04/2026\n")["ecfmg_status"] == "certified"
    assert visa_status("Brasileira e norte-americana (cidadã dos EUA)") == "citizen"
    assert visa_status("cidadão brasileiro") is None
    assert (
        profile("Ana Costa\nNacionalidade   Brasileira e norte-americana (cidadã dos EUA)\n")["visa_status"]
        == "citizen"
    )


def test_publications_in_portuguese() -> None:
    papers = (
        "Ana Costa\n\nPublicações\n"
        "• Artigos em revistas com revisão por pares:\n"
        "• 1. Costa A, Almeida R. Hiponatremia grave: estudo retrospetivo. Acta Med Port. 2024;37(4):251-258.\n"
        "• 2. Costa A, Nogueira F. Lesão renal aguda e vancomicina. Port J Nephrol Hypert. 2025;39(2):88-94.\n"
        "• Comunicação oral: Jornadas de Pediatria de Luanda, 2022.\n"
    )
    assert profile(papers)["publications"] == 2
    assert profile("Ana Costa\n\nPublicações\n• Nenhuma até ao momento.\n")["publications"] == 0


def test_a_turkish_doctor_of_medicine() -> None:
    found = profile(
        "Ayşe Nur Kılıç\n\nEğitim / Education\n"
        "Tıp Doktoru, Ankara Üniversitesi Tıp Fakültesi   09/2013 – 06/2019\n"
        "Uzmanlık eğitimi (Residency), Pediatrics, Ankara Bilkent Şehir Hastanesi   01/2021 – 01/2025\n"
    )
    assert (found["medical_school"], found["medical_school_country"], found["graduation_year"]) == (
        "Ankara Üniversitesi Tıp Fakültesi",
        "TR",
        2019,
    )


def test_a_step_s_score_before_its_practice_scores_in_brackets() -> None:
    found = profile(
        "Jane Doe\n\nExaminations\n• USMLE Step 1: Pass\n• USMLE Step 2 CK: 245 (NBME 11: 238, UWSA1: 250)\n"
    )
    assert found["usmle_step2ck"] == 245
    planned = profile("Jane Doe\n\nExaminations\n• USMLE Step 2 CK: scheduled (NBME 11: 238)\n")
    assert planned["usmle_step2ck"] is None


def test_an_oncology_outside_the_list_is_no_hematology_oncology() -> None:
    assert find_specialties("General Surgeon · Surgical Oncology Research Fellow") == ["General Surgery"]
    assert find_specialties("Radiation Oncology") == []
    assert find_specialties("Medical Oncology") == ["Hematology/Oncology"]
    assert profile("Jane Doe\n\nExaminations\nStep 2 CK — 260 (expected)\n")["usmle_step2ck"] is None
