"""Hand-written truth for w113 (written from the CV content in the generators, not parsed from renders)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def U(type_, spec, state, start, end):
    return {"type": type_, "specialty": spec, "state": state, "start": start, "end": end}


def T(file, layout, name, email, phone, school, cc, grad, student, s1, s2, s3, ecfmg, visa, specs, langs, pubs,
      usce, months, clinical, ocr=False):
    d = {"file": file, "layout": layout, "full_name": name, "email": email, "phone_e164": phone,
         "medical_school": school, "medical_school_country": cc, "graduation_year": grad, "is_student": student,
         "usmle_step1": s1, "usmle_step2ck": s2, "usmle_step3": s3, "ecfmg_status": ecfmg, "visa_status": visa,
         "specialties": specs, "languages": langs, "publications": pubs, "usce_entries": usce,
         "usce_months": months, "usce_months_clinical": clinical}
    if ocr:
        d["needs_ocr"] = True
    return d


IM, FM, PED, PSY, NEU, GS = "Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery"
OB, EM, AN, CAR, GI, NEPH = "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Cardiology", "Gastroenterology", "Nephrology"
PCC, HO, GER = "Pulmonology/Critical Care", "Hematology/Oncology", "Geriatrics"

ROWS = [
    T("w113_001_docx_biodata_table.docx", "docx_biodata_table", "Karthik Subramanian", "karthik.subra96@gmail.com",
      "+919845217730", "Madras Medical College", "IN", 2020, False, "pass", 238, None, "certified", "b1b2",
      [IM, CAR], ["Tamil", "English", "Hindi"], 2,
      [U("observership", IM, "NY", "2024-03", "2024-04"), U("hands_on", IM, "TX", "2024-08", "2024-09")], 4, 4),
    T("w113_002_lo_docx_pdf_biodata.pdf", "lo_docx_pdf_biodata", "Muhammad Usman Tariq", "usman.tariq.kemu@outlook.com",
      "+923214567812", "King Edward Medical University", "PK", 2019, False, "pass", 247, None, "certified", "j1",
      [IM, GI], ["Urdu", "Punjabi", "English"], 3,
      [U("research", GI, "MI", "2023-06", "2023-12"), U("observership", IM, "IL", "2024-01", "2024-02")], 9, 2),
    T("w113_003_odt_pdf_biodata.pdf", "odt_pdf_biodata", "Farhana Akter", "farhana.akter.dmc@gmail.com",
      "+8801711234567", "Dhaka Medical College", "BD", 2018, False, "pass", 231, None, "pending", None,
      [OB, FM], ["Bengali", "English", "Hindi"], 1,
      [U("observership", OB, "NY", "2025-06", "2025-06"), U("hands_on", FM, "NJ", "2025-09", "2025-11")], 4, 4),
    T("w113_004_chromium_twocol.pdf", "chromium_twocol", "Ananya Reddy", "ananya.reddy.md@gmail.com",
      "+16175550143", "Osmania Medical College", "IN", 2021, False, "pass", 255, None, "certified", "h1b",
      [IM, HO], ["English", "Telugu", "Hindi"], 4,
      [U("research", HO, "MA", "2024-07", "2026-12"), U("observership", HO, "MA", "2024-10", "2024-11"),
       U("hands_on", IM, "MD", "2024-03", "2024-05")], 33, 5),
    T("w113_005_fpdf_eras.pdf", "fpdf_eras_export", "Ayesha Siddiqa Khan", "ayesha.skhan@protonmail.com",
      "+15135550178", "Aga Khan University Medical College", "PK", 2020, False, "pass", 262, 230, "certified", "j1",
      [PED], ["English", "Urdu", "Sindhi"], 5,
      [U("research", PED, "OH", "2022-08", "2023-07"), U("observership", PED, "OH", "2023-08", "2023-09")], 14, 2),
    T("w113_006_reportlab_naukri.pdf", "reportlab_naukri_export", "Rohit Kumar Verma", "rohitkverma.doc@rediffmail.com",
      "+919876012345", "Government Medical College & Hospital, Chandigarh", "IN", 2017, False, 232, 241, None,
      "certified", None, [EM], ["Hindi", "English", "Punjabi"], 0, [], 0, 0),
    T("w113_007_txt_plain.txt", "txt_plain", "Sujan Shrestha", "sujan.shrestha.iom@gmail.com",
      "+9779841234567", "Institute of Medicine, Tribhuvan University", "NP", 2019, False, "pass", 244, None,
      "certified", "b1b2", [IM, PSY], ["Nepali", "English", "Hindi", "Maithili"], 2,
      [U("observership", IM, "NY", "2025-01", "2025-02"), U("hands_on", PSY, "TX", "2025-03", "2025-05")], 5, 5),
    T("w113_008_rtf.rtf", "rtf_sinhala", "Dilani Wickramasinghe", "dilani.wick@yahoo.co.uk",
      "+447700900123", "Faculty of Medicine, University of Colombo", "LK", 2016, False, "pass", 236, None,
      "certified", "j1", [IM, GER], ["Sinhala", "English", "Tamil"], 1,
      [U("observership", GER, "PA", "2025-07", "2025-08")], 2, 2),
    T("w113_009_docx_header_footer.docx", "docx_header_footer", "Mohammed Irfan Shaikh", "irfan.shaikh.ggmc@gmail.com",
      "+919920045678", "Grant Government Medical College", "IN", 2022, False, "pass", None, None, "pending", None,
      [NEU], ["English", "Hindi", "Marathi", "Urdu"], 0,
      [U("observership", NEU, "NJ", "2025-06", "2025-08"), U("telehealth", IM, "FL", "2025-01", "2025-02")], 5, 3),
    T("w113_010_chromium_sidebar.pdf", "chromium_sidebar", "Pratiksha Adhikari", "pratiksha.adk@gmail.com",
      "+17035550196", "B.P. Koirala Institute of Health Sciences", "NP", 2020, False, "pass", 250, None,
      "certified", "green_card", [FM, PED], ["Nepali", "English", "Hindi"], 3,
      [U("hands_on", FM, "VA", "2024-02", "2024-04"), U("observership", PED, "VA", "2024-04", "2024-05")], 4, 4),
    T("w113_011_odt_resume.odt", "odt_native", "Priya Nair", "priya.nair.tvm@gmail.com",
      "+919447012398", "Government Medical College, Thiruvananthapuram", "IN", 2019, False, "pass", 229, None,
      "certified", None, [PSY], ["Malayalam", "English", "Hindi", "Tamil"], 2,
      [U("research", PSY, "TX", "2023-10", "2024-03"), U("observership", PSY, "TX", "2024-04", "2024-06")], 9, 3),
    T("w113_012_docx_textbox.docx", "docx_textbox_contact", "Hira Batool", "hira.batool.dow@gmail.com",
      "+923332198765", "Dow Medical College", "PK", 2021, False, "pass", 240, None, "certified", "j1",
      [IM, NEPH], ["Urdu", "English", "Punjabi"], 1,
      [U("hands_on", NEPH, "FL", "2024-11", "2025-01"), U("observership", IM, "FL", "2025-02", "2025-02")], 4, 4),
    T("w113_013_reportlab_table.pdf", "reportlab_table", "Syed Zain-ul-Abideen Bukhari", "zain.bukhari.aimc@hotmail.com",
      "+923008456123", "Allama Iqbal Medical College", "PK", 2017, False, 221, 233, 215, "certified", "h1b",
      [IM, PCC], ["Urdu", "English", "Punjabi", "Arabic"], 6,
      [U("hands_on", PCC, "NJ", "2023-09", "2023-10"), U("research", PCC, "IL", "2024-01", "2024-12"),
       U("observership", PCC, "IL", "2024-11", "2025-01")], 15, 5),
    T("w113_014_chromium_biodata_devanagari.pdf", "chromium_biodata_devanagari", "Vikas Yadav",
      "vikas.yadav.kgmu@gmail.com", "+918795012345", "King George's Medical University", "IN", 2027, True,
      "pass", None, None, "not_certified", "b1b2", [GS], ["Hindi", "English", "Urdu"], 0,
      [U("hands_on", GS, "GA", "2026-01", "2026-01"), U("observership", GS, "GA", "2026-02", "2026-03")], 3, 3),
    T("w113_015_lo_rtf_pdf.pdf", "lo_rtf_pdf_bengali", "Md. Rakibul Hasan", "rakib.ssmc@gmail.com",
      "+8801819456789", "Sir Salimullah Medical College", "BD", 2017, False, "pass", 228, None, "certified", "j1",
      [FM, IM], ["Bengali", "English"], 0,
      [U("observership", IM, "NY", "2025-01", "2025-02"), U("hands_on", FM, "NJ", "2025-03", "2025-05")], 5, 5),
    T("w113_016_docx_twocol_table.docx", "docx_twocol_table", "Nethmi Jayasuriya", "nethmi.jayasuriya99@gmail.com",
      "+94718452210", "Faculty of Medicine, University of Peradeniya", "LK", 2027, True, "pass", None, None,
      None, "b1b2", [PED, NEU], ["Sinhala", "English"], 1,
      [U("research", PED, "OH", "2025-10", "2026-12"), U("hands_on", PED, "OH", "2026-06", "2026-06")], 15, 1),
    # ---- scans / photos
    T("w113_017_scan_photocopy_staple.pdf", "scan_photocopy_staple", "Sandeep Kumar Gupta",
      "sandeepkgupta.mamc@gmail.com", "+919811456203", "Maulana Azad Medical College", "IN", 2017, False,
      229, 236, None, "certified", "j1", [AN], ["Hindi", "English"], 1,
      [U("observership", AN, "MA", "2023-09", "2023-10"), U("hands_on", AN, "NJ", "2023-11", "2024-01")], 5, 5,
      ocr=True),
    T("w113_018_whatsapp_photo.jpg", "photo_whatsapp_jpg", "Asad Ullah Khan", "asadkhan.kmc@gmail.com",
      "+923459123456", "Khyber Medical College", "PK", 2019, False, 224, 239, None, "certified", "j1",
      [IM, CAR], ["Pashto", "Urdu", "English"], 2,
      [U("research", CAR, "WI", "2023-03", "2024-02"), U("observership", CAR, "WI", "2024-01", "2024-03")], 13, 3,
      ocr=True),
    T("w113_019_scan_2page_rotated.pdf", "scan_2page_rotated", "Bibek Raj Poudel", "bibek.poudel.md@gmail.com",
      "+9779856012345", "Manipal College of Medical Sciences", "NP", 2017, False, "pass", 226, 209, "certified", "j1",
      [EM], ["Nepali", "English", "Hindi", "Gurung"], 2,
      [U("observership", EM, "OH", "2023-06", "2023-08"), U("hands_on", EM, "PA", "2023-09", "2023-11"),
       U("research", EM, "OH", "2023-06", "2024-05")], 12, 6, ocr=True),
    T("w113_020_scan_png.png", "scan_png", "Tasnim Rahman Chowdhury", "tasnim.rc@yahoo.com",
      "+8801819204617", "Chittagong Medical College", "BD", 2020, False, "pass", 244, None, "certified", "j1",
      [PED], ["Bengali", "English", "Chittagonian"], 0,
      [U("hands_on", PED, "TX", "2025-03", "2025-04"), U("telehealth", PED, "TX", "2025-05", "2025-06")], 4, 2,
      ocr=True),
    T("w113_021_scan_lowcontrast.pdf", "scan_lowcontrast_jpeg_pdf", "Meera Krishnan", "meera.krishnan.bmc@gmail.com",
      "+919886043127", "Bangalore Medical College and Research Institute", "IN", 2019, False, 218, 230, None,
      "certified", "h1b", [PSY, NEU], ["Kannada", "Tamil", "English", "Hindi"], 1,
      [U("observership", PSY, "NE", "2023-05", "2023-07"), U("observership", NEU, "NE", "2023-07", "2023-08")], 4, 4,
      ocr=True),
    # ---- damaged
    {"file": "w113_022_truncated.pdf", "layout": "damaged_truncated_pdf", "error": True},
    {"file": "w113_023_encrypted.pdf", "layout": "damaged_encrypted_pdf", "error": True},
    {"file": "w113_024_random_bytes.docx", "layout": "damaged_random_bytes_docx", "error": True},
]

if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(HERE), "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")
