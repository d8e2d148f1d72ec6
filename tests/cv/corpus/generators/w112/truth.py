# -*- coding: utf-8 -*-
"""Truth for w112, written by hand from the CV content (not parsed from the files)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def U(t, sp, st, a, b):
    return {"type": t, "specialty": sp, "state": st, "start": a, "end": b}


def R(file, layout, name, email, phone, school, cc, gy, student, s1, s2, s3, ecfmg, visa, spec, langs, pubs, usce, m, mc, ocr=False):
    d = dict(file=file, layout=layout, full_name=name, email=email, phone_e164=phone, medical_school=school,
             medical_school_country=cc, graduation_year=gy, is_student=student, usmle_step1=s1, usmle_step2ck=s2,
             usmle_step3=s3, ecfmg_status=ecfmg, visa_status=visa, specialties=spec, languages=langs, publications=pubs,
             usce_entries=usce, usce_months=m, usce_months_clinical=mc)
    if ocr:
        d["needs_ocr"] = True
    return d


IM, FM, PED, PSY, NEU, GS, OB, EM, AN = ("Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology",
                                         "General Surgery", "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology")
ROWS = [
    R("w112_001_chromium_canva_sidebar.pdf", "chromium_canva_sidebar", "Ayesha Siddiqui", "ayesha.siddiqui.mbbs@gmail.com", "+923214478120",
      "Dow Medical College, Dow University of Health Sciences", "PK", 2022, False, "pass", 248, None, "certified", "b1b2",
      [IM], ["English", "Urdu", "Sindhi"], 2,
      [U("hands_on", IM, "IL", "2024-03", "2024-04"), U("observership", "Cardiology", "TX", "2024-05", "2024-06"),
       U("research", "Cardiology", "IL", "2024-07", "2025-01")], 11, 4),
    R("w112_002_chromium_zety_timeline.pdf", "chromium_zety_timeline", "Md. Tanvir Hasan Chowdhury", "tanvir.hchowdhury@outlook.com", "+8801712345678",
      "Sylhet MAG Osmani Medical College", "BD", 2022, False, "pass", None, None, "pending", "j1",
      [IM, "Nephrology"], ["Bengali", "English", "Hindi"], 1,
      [U("observership", "Nephrology", "NY", "2024-06", "2024-08"), U("hands_on", IM, "NJ", "2024-09", "2024-09"),
       U("telehealth", IM, "TX", "2024-11", "2024-12")], 6, 4),
    R("w112_003_chromium_novoresume_2p.pdf", "chromium_novoresume_2p", "Prakriti Shrestha", "prakriti.shrestha.ku@gmail.com", "+9779841234567",
      "Kathmandu University School of Medical Sciences", "NP", 2024, False, "pass", 256, None, "certified", None,
      [PED], ["Nepali", "English", "Hindi", "Maithili"], 3,
      [U("observership", PED, "OH", "2025-01", "2025-02"), U("hands_on", PED, "MI", "2025-03", "2025-04"),
       U("research", PED, "OH", "2025-02", "2026-12")], 24, 4),
    R("w112_004_chromium_resumeio.pdf", "chromium_resumeio", "Maria Kristina Dela Cruz-Santos", "kristina.dcsantos@yahoo.com", "+16505550183",
      "University of Santo Tomas Faculty of Medicine and Surgery", "PH", 2021, False, "pass", 233, 221, "certified", "citizen",
      [FM], ["English", "Filipino", "Cebuano"], 0,
      [U("hands_on", FM, "CA", "2023-07", "2023-09"), U("observership", "Geriatrics", "CA", "2023-10", "2023-10")], 4, 4),
    R("w112_005_chromium_kickresume.pdf", "chromium_kickresume", "Chukwuemeka Obinna Eze", "emeka.eze.md@gmail.com", "+2348034567812",
      "College of Medicine, University of Nigeria", "NG", 2020, False, "pass", 244, None, "certified", "b1b2",
      [EM], ["English", "Igbo", "Yoruba", "French"], 1,
      [U("hands_on", EM, "GA", "2025-01", "2025-02"), U("observership", GS, "MD", "2025-03", "2025-04")], 4, 4),
    R("w112_006_chromium_altacv.pdf", "chromium_altacv", "João Pedro Araújo Nogueira", "joaopedro.nogueira@ufmg.br", "+5531987654321",
      "Universidade Federal de Minas Gerais", "BR", 2027, True, "pass", None, None, None, None,
      [NEU, PSY], ["Portuguese", "English", "Spanish", "Italian"], 2,
      [U("research", NEU, "MA", "2024-07", "2025-01"), U("observership", NEU, "MA", "2025-02", "2025-03")], 9, 2),
    R("w112_007_chromium_moderncv.pdf", "chromium_moderncv", "Ximena Guadalupe Ibáñez Rentería", "ximena.ibanez.md@gmail.com", "+19565550132",
      "Universidad Nacional Autónoma de México", "MX", 2019, False, "pass", 231, 218, "certified", "green_card",
      [OB], ["Spanish", "English", "French"], 1,
      [U("hands_on", OB, "TX", "2022-08", "2022-10"), U("observership", OB, "TX", "2022-11", "2022-12")], 5, 5),
    R("w112_008_docx_gdocs_serif.docx", "docx_gdocs_serif", "Kimberly-Ann Thompson", "kimberlyann.thompson.md@gmail.com", "+13475550162",
      "University of the West Indies, Mona", "JM", 2022, False, "pass", 242, None, "certified", "citizen",
      [IM, "Infectious Disease"], ["English", "Jamaican Patois", "Spanish"], 0,
      [U("hands_on", IM, "FL", "2024-01", "2024-03"), U("hands_on", "Infectious Disease", "FL", "2024-03", "2024-04")], 4, 4),
    R("w112_009_docx_gdocs_spearmint.docx", "docx_gdocs_spearmint", "Rafael Antonio Peña Almonte", "rafa.pena.almonte@gmail.com", "+17865550110",
      "Ross University School of Medicine", "BB", 2025, False, "pass", 250, None, "certified", "green_card",
      [EM, AN], ["Spanish", "English"], 0,
      [U("hands_on", IM, "FL", "2023-05", "2023-07"), U("hands_on", GS, "FL", "2023-08", "2023-10"),
       U("hands_on", PED, "GA", "2023-11", "2023-12"), U("hands_on", OB, "GA", "2024-01", "2024-02"),
       U("hands_on", PSY, "NY", "2024-03", "2024-04"), U("hands_on", FM, "NY", "2024-05", "2024-06"),
       U("hands_on", EM, "NJ", "2024-08", "2024-09")], 16, 16),
    R("w112_010_soffice_canva_table.pdf", "soffice_canva_table", "Muhammad Hamza Rauf", "hamza.rauf.kemu@gmail.com", "+923335120476",
      "King Edward Medical University", "PK", 2027, True, "pass", None, None, None, "b1b2",
      [GS], ["English", "Urdu", "Punjabi", "Arabic"], 0,
      [U("observership", GS, "PA", "2025-07", "2025-07"), U("hands_on", GS, "OH", "2025-08", "2025-09")], 3, 3),
    R("w112_011_docx_header_footer.docx", "docx_header_footer", "Nusrat Jahan Mim", "nusrat.mim.dmc@gmail.com", "+8801819456123",
      "Dhaka Medical College", "BD", 2019, False, 241, 247, None, "certified", "j1",
      ["Pathology"], ["Bengali", "English"], 4,
      [U("research", "Pathology", "MD", "2023-09", "2024-08"), U("observership", "Pathology", "MD", "2024-09", "2024-10")], 14, 2),
    R("w112_012_chromium_resumeio_2p.pdf", "chromium_resumeio_2p", "Jose Miguel Villanueva Reyes", "jm.villanueva.reyes@gmail.com", "+16145550177",
      "Cebu Doctors' University College of Medicine", "PH", 2019, False, "pass", 226, None, "certified", "h1b",
      [IM, "Gastroenterology"], ["English", "Filipino", "Cebuano"], 5,
      [U("research", "Gastroenterology", "OH", "2022-01", "2024-06"), U("observership", "Gastroenterology", "OH", "2024-07", "2024-08"),
       U("hands_on", IM, "KY", "2024-10", "2024-11")], 34, 4),
    R("w112_013_reportlab_kickresume_bars.pdf", "reportlab_kickresume_bars", "Oluwaseun Adebimpe Adeyemi", "seun.adeyemi.md@yahoo.com", "+2348123456789",
      "Obafemi Awolowo University", "NG", 2019, False, "pass", 238, None, "certified", None,
      [PSY], ["English", "Yoruba", "Hausa"], 1,
      [U("observership", PSY, "IL", "2023-02", "2023-04"), U("telehealth", PSY, "NY", "2023-05", "2023-06")], 5, 3),
    R("w112_014_fpdf_minimal_icons.pdf", "fpdf_minimal_icons", "Letícia Gonçalves Barbosa", "leticia.gbarbosa@usp.br", "+5511991234567",
      "Faculdade de Medicina da Universidade de São Paulo", "BR", 2022, False, "pass", 261, None, "certified", "j1",
      [IM, "Hematology/Oncology"], ["Portuguese", "English", "Spanish", "German"], 3,
      [U("hands_on", "Hematology/Oncology", "NY", "2024-06", "2024-07"), U("observership", IM, "NY", "2024-09", "2024-10")], 4, 4),
    R("w112_015_txt_ats_export.txt", "txt_ats_export", "Luis Fernando Cárdenas Olvera", "lf.cardenas.olvera@hotmail.com", "+523312345678",
      "Universidad Autónoma de Guadalajara", "MX", 2023, False, "pass", 229, None, "pending", "b1b2",
      [FM, "Geriatrics"], ["Spanish", "English", "Portuguese"], 0,
      [U("hands_on", FM, "TX", "2025-02", "2025-03"), U("observership", "Geriatrics", "AZ", "2025-04", "2025-04")], 3, 3),
    R("w112_016_soffice_odt.odt", "soffice_odt", "Anjali Ramdass-Maharaj", "anjali.ramdass.maharaj@gmail.com", "+18685550148",
      "The University of the West Indies, St. Augustine", "TT", 2021, False, 232, 240, None, "certified", None,
      [AN, "Pulmonology/Critical Care"], ["English", "Hindi"], 2,
      [U("observership", AN, "FL", "2023-03", "2023-03"), U("hands_on", "Pulmonology/Critical Care", "PA", "2023-04", "2023-05")], 3, 3),
    # ---- scans / photos
    R("w112_017_photo_canva_desk.jpg", "photo_canva_desk", "Usman Tariq Butt", "usman.t.butt@gmail.com", "+923008123456",
      "Allama Iqbal Medical College", "PK", 2021, False, "pass", 245, None, "certified", "j1",
      [IM, "Cardiology"], ["English", "Urdu", "Punjabi"], 2,
      [U("hands_on", IM, "NY", "2024-10", "2024-12"), U("observership", "Cardiology", "NY", "2025-01", "2025-01")], 4, 4, ocr=True),
    R("w112_018_scan_dark_sidebar.pdf", "scan_dark_sidebar", "Wesner Pierre-Louis", "wesner.pierrelouis@gmail.com", "+19545550126",
      "Faculté de Médecine et de Pharmacie, Université d'État d'Haïti", "HT", 2020, False, "pass", 236, None, "certified", "green_card",
      [FM], ["Haitian Creole", "French", "English", "Spanish"], 0,
      [U("hands_on", FM, "FL", "2023-06", "2023-08"), U("observership", "Infectious Disease", "FL", "2023-09", "2023-09")], 4, 4, ocr=True),
    R("w112_019_scan_gray_lowdpi.png", "scan_gray_lowdpi", "Bikash Adhikari", "bikash.adhikari.bpkihs@gmail.com", "+9779802345678",
      "B.P. Koirala Institute of Health Sciences", "NP", 2022, False, "pass", 252, None, "certified", None,
      [NEU], ["Nepali", "English", "Hindi"], 1,
      [U("observership", NEU, "PA", "2025-01", "2025-02"), U("research", NEU, "PA", "2025-03", "2026-12")], 24, 2, ocr=True),
    R("w112_020_scan_zety.pdf", "scan_zety", "Andrea Sofía Treviño Garza", "andrea.trevino.garza@gmail.com", "+528123456789",
      "Facultad de Medicina, Universidad Autónoma de Nuevo León", "MX", 2024, False, "pass", 240, None, "certified", "b1b2",
      [PED], ["Spanish", "English"], 0,
      [U("observership", PED, "TX", "2025-06", "2025-07"), U("hands_on", PED, "TX", "2025-09", "2025-10")], 4, 4, ocr=True),
    R("w112_021_scan_altacv_blur.png", "scan_altacv_blur", "Aisha Bello Abubakar", "aisha.bello.abubakar@gmail.com", "+2347061234567",
      "Ahmadu Bello University", "NG", 2021, False, "pass", None, None, "not_certified", "j1",
      [OB], ["Hausa", "English", "Arabic"], 1,
      [U("observership", OB, "MN", "2025-03", "2025-03")], 1, 1, ocr=True),
]
DAMAGED = [("w112_022_damaged_truncated.pdf", "damaged_truncated"), ("w112_023_damaged_encrypted.pdf", "damaged_encrypted"),
           ("w112_024_damaged_random.docx", "damaged_random")]

if __name__ == "__main__":
    with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for fn, lay in DAMAGED:
            f.write(json.dumps({"file": fn, "layout": lay, "error": True}) + "\n")
    print("truth rows:", len(ROWS) + len(DAMAGED))
