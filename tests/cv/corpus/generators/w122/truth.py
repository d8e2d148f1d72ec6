# -*- coding: utf-8 -*-
"""Hand-written truth for w122 (written from the CV content, not parsed from files)."""
import json, sys

IM, FM, PEDS, PSY, NEU, GS, OB, EM, ANES, RAD = ("Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry",
    "Neurology", "General Surgery", "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology")
CARD, NEPH, PCC, ENDO, HO, ID, GER, GI = ("Cardiology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
    "Hematology/Oncology", "Infectious Disease", "Geriatrics", "Gastroenterology")


def u(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}


def cv(file, layout, name, email, phone, school, cc, year, student, s1, s2, s3, ecfmg, visa, specs, langs, pubs,
       usce, months, clin, ocr=False):
    d = {"file": file, "layout": layout, "full_name": name, "email": email, "phone_e164": phone,
         "medical_school": school, "medical_school_country": cc, "graduation_year": year, "is_student": student,
         "usmle_step1": s1, "usmle_step2ck": s2, "usmle_step3": s3, "ecfmg_status": ecfmg, "visa_status": visa,
         "specialties": specs, "languages": langs, "publications": pubs, "usce_entries": usce,
         "usce_months": months, "usce_months_clinical": clin}
    if ocr:
        d["needs_ocr"] = True
    return d


T = [
 cv("w122_001_lo_docx_classic.pdf", "lo_docx_classic", "Rohit Kumar Yadav", "rohit.k.yadav.md@gmail.com", "+919829045117",
    "Kazan State Medical University", "RU", 2023, False, "pass", 241, None, "certified", "j1", [IM, CARD],
    ["English", "Hindi", "Russian"], 2,
    [u("observership", IM, "NJ", "2025-02", "2025-03"), u("hands_on", FM, "TX", "2025-05", "2025-07"),
     u("research", CARD, "IL", "2025-09", "2026-12")], 21, 5),
 cv("w122_002_chromium_sidebar.pdf", "chromium_sidebar", "Sushmita Adhikari", "sushmita.adhikari27@outlook.com", "+995599214783",
    "Tbilisi State Medical University", "GE", 2027, True, None, None, None, None, "b1b2", [PEDS],
    ["Nepali", "English", "Hindi", "Georgian"], 0,
    [u("observership", PEDS, "OH", "2025-07", "2025-08")], 2, 2),
 cv("w122_003_docx_header_tables.docx", "docx_header_tables", "Muhammad Hamza Qureshi", "hamza.qureshi.md@gmail.com", "+17185550147",
    "Osh State University, International Medical Faculty", "KG", 2022, False, "pass", 229, None, "pending", "b1b2", [IM, NEPH],
    ["Urdu", "Punjabi", "English", "Russian", "Kyrgyz"], 3,
    [u("hands_on", IM, "NY", "2025-01", "2025-02"), u("observership", NEPH, "MI", "2025-03", "2025-04"),
     u("telehealth", IM, "FL", "2025-06", "2025-06")], 5, 4),
 cv("w122_004_fpdf2.pdf", "fpdf2", "Farhana Islam Chowdhury", "farhana.chowdhury.md@gmail.com", "+14125550193",
    "China Medical University", "CN", 2021, False, "pass", 245, 221, "certified", "green_card", [PSY, NEU],
    ["Bengali", "English", "Chinese", "Hindi"], 4,
    [u("research", PSY, "PA", "2024-01", "2024-12"), u("observership", PSY, "NJ", "2024-11", "2024-12"),
     u("hands_on", PSY, "NY", "2025-02", "2025-04"), u("observership", NEU, "MD", "2025-05", "2025-05")], 16, 6),
 cv("w122_005_reportlab.pdf", "reportlab", "Tharindu Sandaruwan Perera", "tharindu.perera.kz@gmail.com", "+94773456781",
    "Kazakh National Medical University named after S.D. Asfendiyarov", "KZ", 2020, False, "pass", 233, None, "certified", "h1b",
    [IM, HO], ["Sinhala", "Tamil", "English", "Russian", "Kazakh"], 2,
    [u("observership", HO, "OH", "2025-03", "2025-05"), u("hands_on", IM, "IL", "2025-06", "2025-07")], 5, 5),
 cv("w122_006_plain.txt", "plain", "Priya Venkataraman", "priya.venkat.md@yahoo.com", "+919444012873",
    "Davao Medical School Foundation", "PH", 2023, False, "pass", 236, None, "certified", "j1", [FM, OB],
    ["Tamil", "English", "Hindi", "Filipino", "Cebuano"], 0,
    [u("observership", FM, "CA", "2025-06", "2025-08"), u("hands_on", OB, "TX", "2025-10", "2025-11")], 5, 5),
 cv("w122_007_rtf.rtf", "rtf", "Karandeep Singh", "karandeep.singh.md@gmail.com", "+918146230975",
    "Samarkand State Medical University", "UZ", 2025, False, None, None, None, None, None, [EM, ANES],
    ["Punjabi", "Hindi", "English", "Russian", "Ukrainian", "Uzbek"], 0,
    [u("telehealth", EM, "MO", "2025-08", "2025-08")], 1, 0),
 cv("w122_008_chromium_twocol.pdf", "chromium_twocol", "Roshan Shrestha", "roshan.shrestha.mbbs@gmail.com", "+16175550126",
    "Holy Family Red Crescent Medical College", "BD", 2022, False, "pass", 252, None, "certified", "j1", [IM, PCC],
    ["Nepali", "Newari", "English", "Hindi", "Bengali"], 3,
    [u("hands_on", IM, "GA", "2026-01", "2026-03"), u("observership", PCC, "FL", "2026-04", "2026-04"),
     u("research", PCC, "MA", "2026-06", "2026-12")], 11, 4),
 cv("w122_009_lo_odt.pdf", "lo_odt", "Sneha Reddy Gaddam", "sneha.gaddam.ysmu@gmail.com", "+919949056312",
    "Yerevan State Medical University after Mkhitar Heratsi", "AM", 2024, False, "pass", None, None, "not_certified", None,
    [PEDS, NEU], ["Telugu", "Hindi", "English", "Armenian", "Russian"], 1,
    [u("observership", PEDS, "NY", "2024-04", "2024-05"), u("observership", NEU, "TX", "2025-03", "2025-03")], 3, 3),
 cv("w122_010_odt.odt", "odt", "Nethmi Dilhara Wijesinghe", "nethmi.wijesinghe@proton.me", "+94718902345",
    "Volgograd State Medical University", "RU", 2025, False, "pass", None, None, "pending", "b1b2", [OB],
    ["Sinhala", "English", "Russian", "Tamil"], 0,
    [u("observership", OB, "NJ", "2026-09", "2026-10"), u("hands_on", OB, "NJ", "2026-11", "2026-12")], 4, 4),
 cv("w122_011_docx_textbox.docx", "docx_textbox", "Nikhil Menon", "nikhil.menon.aua@gmail.com", "+13475550178",
    "American University of Antigua College of Medicine", "AG", 2023, False, "pass", 248, 226, "certified", "j1", [IM],
    ["Malayalam", "English", "Hindi", "Tamil"], 2,
    [u("hands_on", IM, "NY", "2021-07", "2021-09"), u("hands_on", GS, "MD", "2021-10", "2021-12"),
     u("hands_on", PEDS, "IL", "2022-01", "2022-02"), u("hands_on", OB, "IL", "2022-03", "2022-04"),
     u("hands_on", PSY, "FL", "2022-05", "2022-06"), u("hands_on", FM, "GA", "2022-07", "2022-08"),
     u("hands_on", CARD, "NY", "2022-09", "2022-09"), u("hands_on", EM, "NJ", "2022-10", "2022-11"),
     u("hands_on", GI, "NY", "2023-01", "2023-02"), u("research", CARD, "NY", "2023-06", "2024-05")], 31, 19),
 cv("w122_012_chromium_modern.pdf", "chromium_modern", "Mohd. Faizan Ansari", "faizan.ansari98@mail.ru", "+79873451290",
    "Orenburg State Medical University", "RU", 2026, False, "pass", None, None, None, "b1b2", [GS],
    ["Hindi", "Urdu", "Bhojpuri", "English", "Russian"], 1,
    [u("observership", IM, "NJ", "2024-07", "2024-08"), u("observership", GS, "TX", "2026-07", "2026-07")], 3, 3),
 cv("w122_013_lo_docx_europass.pdf", "lo_docx_europass", "Anjali Gurung", "anjali.gurung.mbbs@gmail.com", "+9779856032114",
    "Hebei Medical University", "CN", 2020, False, 232, 240, 215, "certified", "j1", [FM, GER],
    ["Nepali", "Gurung", "English", "Hindi", "Chinese"], 2,
    [u("observership", GER, "NY", "2023-01", "2023-02"), u("hands_on", FM, "MI", "2023-03", "2023-05"),
     u("observership", FM, "WA", "2023-05", "2023-06")], 6, 6),
 cv("w122_014_reportlab_twocol.pdf", "reportlab_twocol", "Ayesha Tariq", "ayesha.tariq.tma@gmail.com", "+923334129087",
    "Tashkent Medical Academy", "UZ", 2023, False, "pass", 226, None, "pending", "j1", [ENDO, IM],
    ["Urdu", "Punjabi", "English", "Russian", "Uzbek"], 1,
    [u("observership", ENDO, "TX", "2026-08", "2026-09"), u("hands_on", IM, "IL", "2026-10", "2026-12")], 5, 5),
 cv("w122_015_fpdf2_footer.pdf", "fpdf2_footer", "Harshita Joshi", "harshita.joshi.ksmu@gmail.com", "+79510784412",
    "Kursk State Medical University", "RU", 2027, True, None, None, None, None, "b1b2", [RAD],
    ["Hindi", "Kumaoni", "English", "Russian"], 0,
    [u("observership", RAD, "MN", "2025-06", "2025-06"), u("research", RAD, "CA", "2026-07", "2026-08")], 3, 1),
 cv("w122_016_lo_rtf2docx.docx", "lo_rtf2docx", "Mohamed Rizwan Farook", "rizwan.farook.md@gmail.com", "+94765543210",
    "AMA School of Medicine", "PH", 2020, False, "pass", 218, None, "certified", "citizen", [ID, IM],
    ["Tamil", "Sinhala", "English", "Filipino", "Arabic"], 0,
    [u("observership", ID, "NJ", "2024-02", "2024-03"), u("hands_on", IM, "NY", "2024-04", "2024-06"),
     u("telehealth", IM, "FL", "2024-07", "2024-07")], 6, 5),
 cv("w122_017_scan_pdf.pdf", "scan_pdf", "Vikram Choudhary", "vikram.choudhary.ksma@gmail.com", "+919414126735",
    "Kyrgyz State Medical Academy named after I.K. Akhunbaev", "KG", 2021, False, "pass", 231, None, "certified", "j1", [ANES],
    ["Hindi", "English", "Russian", "Kyrgyz"], 1,
    [u("observership", ANES, "OH", "2024-09", "2024-10")], 2, 2, ocr=True),
 cv("w122_018_photo.jpg", "photo", "Pratik Bhandari", "pratik.bhandari.amu@gmail.com", "+9779801556677",
    "Astana Medical University", "KZ", 2022, False, "pass", None, None, None, None, [EM],
    ["Nepali", "English", "Hindi", "Russian"], 0, [], 0, 0, ocr=True),
 cv("w122_019_scan.png", "scan", "Zainab Hussain", "zainab.hussain.bsu@gmail.com", "+923002651498",
    "Batumi Shota Rustaveli State University", "GE", 2024, False, "pass", 235, None, "certified", "j1", [PEDS],
    ["Urdu", "Sindhi", "English", "Georgian"], 1,
    [u("hands_on", PEDS, "TX", "2025-02", "2025-03"), u("observership", PEDS, "MI", "2025-06", "2025-06")], 3, 3, ocr=True),
 cv("w122_020_scan_pdf_2p.pdf", "scan_pdf_2p", "Md. Rakibul Hasan", "rakibul.hasan.rudn@gmail.com", "+18325550164",
    "Peoples' Friendship University of Russia (RUDN University)", "RU", 2019, False, 241, 250, None, "certified", "h1b",
    [CARD, IM], ["Bengali", "English", "Russian"], 5,
    [u("research", CARD, "TX", "2021-08", "2024-07"), u("observership", CARD, "TX", "2022-01", "2022-03")], 36, 3, ocr=True),
 cv("w122_021_photo.jpg", "photo", "Ananya Das", "ananya.das.tmu@gmail.com", "+919830045672",
    "Tianjin Medical University", "CN", 2027, True, None, None, None, None, None, [OB],
    ["Bengali", "Hindi", "English", "Chinese"], 0, [], 0, 0, ocr=True),
 {"file": "w122_022_truncated.pdf", "layout": "truncated", "error": True},
 {"file": "w122_023_encrypted.pdf", "layout": "encrypted", "error": True},
 {"file": "w122_024_random_bytes.docx", "layout": "random_bytes", "error": True},
]

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "../truth.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for d in T:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(T), "records to", out)
