# Hand-written truth for w111 (written from the CV content, not from parsing the rendered files).
def U(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}

T = []
def add(file, layout, **kw):
    d = {"file": file, "layout": layout}
    d.update(kw)
    T.append(d)

def person(name, email, phone, school, cc, gy, stud, s1, s2, s3, ecfmg, visa, spec, langs, pubs, usce, m, mc):
    return dict(full_name=name, email=email, phone_e164=phone, medical_school=school,
                medical_school_country=cc, graduation_year=gy, is_student=stud,
                usmle_step1=s1, usmle_step2ck=s2, usmle_step3=s3, ecfmg_status=ecfmg,
                visa_status=visa, specialties=spec, languages=langs, publications=pubs,
                usce_entries=usce, usce_months=m, usce_months_clinical=mc)

add("w111_001_europass_docx_lo.pdf", "europass_docx_lo", **person(
    "Giulia Marchetti", "giulia.marchetti.md@gmail.com", "+393478125530",
    "Università degli Studi di Milano", "IT", 2020, False, "pass", 248, None, "certified", "j1",
    ["Internal Medicine", "Cardiology"], ["Italian", "English", "French", "Spanish"], 3,
    [U("observership", "Cardiology", "OH", "2024-03", "2024-04")], 2, 2))

add("w111_002_linkedin_export.pdf", "linkedin_export", **person(
    "Pablo Martínez Ortega", "pablo.mtz.ortega@outlook.es", "+34612457890",
    "Universitat de Barcelona", "ES", 2022, False, "pass", 255, None, "certified", "j1",
    ["Neurology"], ["Spanish", "Catalan", "English"], 3,
    [U("research", "Neurology", "MA", "2024-09", "2026-12"),
     U("observership", "Neurology", "MN", "2021-07", "2021-08")], 30, 2))

add("w111_003_lebenslauf_photo.docx", "lebenslauf_photo_docx", **person(
    "Katharina Weißenberger", "k.weissenberger@posteo.de", "+4915123456789",
    "Ludwig-Maximilians-Universität München", "DE", 2021, False, "pass", 241, None, "pending", "j1",
    ["Internal Medicine", "Gastroenterology"], ["German", "English", "Spanish"], 1,
    [U("hands_on", "Internal Medicine", "NY", "2019-03", "2019-04")], 2, 2))

add("w111_004_italian_odt_lo.pdf", "italian_odt_lo", **person(
    "Alessandro De Luca", "ale.deluca.med@libero.it", "+393334567812",
    "Università degli Studi di Napoli Federico II", "IT", 2019, False, "pass", None, None, None, None,
    ["Anesthesiology"], ["Italian", "English", "Spanish"], 2,
    [U("observership", "Anesthesiology", "MD", "2025-09", "2025-11")], 3, 3))

add("w111_005_chromium_sidebar.pdf", "chromium_sidebar", **person(
    "Yasmin Al-Khatib", "yasmin.alkhatib.md@outlook.com", "+36304127789",
    "Semmelweis University", "HU", 2023, False, "pass", 262, None, "certified", "h1b",
    ["Internal Medicine", "Nephrology"], ["Arabic", "English", "Hungarian", "German"], 2,
    [U("hands_on", "Internal Medicine", "IL", "2024-01", "2024-02"),
     U("observership", "Nephrology", "TX", "2024-03", "2024-03"),
     U("telehealth", "Family Medicine", "FL", "2024-05", "2024-06")], 5, 3))

add("w111_006_chromium_grid.pdf", "chromium_grid", **person(
    "Arjun Venkataraman", "arjun.venkat.med@gmail.com", "+420732118904",
    "Charles University", "CZ", 2027, True, "pass", None, None, "pending", None,
    ["General Surgery", "Emergency Medicine"], ["English", "Hindi", "Tamil", "Czech"], 1,
    [U("observership", "Cardiology", "NJ", "2025-07", "2025-08"),
     U("hands_on", "General Surgery", "TX", "2026-06", "2026-06"),
     U("hands_on", "Internal Medicine", "IL", "2026-11", "2026-12")], 5, 5))

add("w111_007_fpdf2_polish.pdf", "fpdf2_polish", **person(
    "Małgorzata Wiśniewska-Król", "m.wisniewska.krol@onet.pl", "+48601234587",
    "Jagiellonian University Medical College", "PL", 2020, False, "pass", 239, 221, "certified", "j1",
    ["Pediatrics", "Hematology/Oncology"], ["Polish", "English", "German", "Russian"], 2,
    [U("observership", "Pediatrics", "PA", "2025-02", "2025-03"),
     U("research", "Hematology/Oncology", "MA", "2025-10", "2026-01")], 6, 2))

add("w111_008_reportlab_greek.pdf", "reportlab_greek", **person(
    "Dimitrios Papadopoulos", "d.papadopoulos.md@gmail.com", "+306944123587",
    "National and Kapodistrian University of Athens", "GR", 2018, False, 238, 250, None, "certified", "j1",
    ["Pulmonology/Critical Care", "Internal Medicine"], ["Greek", "English", "French"], 5,
    [U("observership", "Pulmonology/Critical Care", "CT", "2025-10", "2025-11"),
     U("research", "Pulmonology/Critical Care", "MA", "2026-01", "2026-12")], 14, 2))

add("w111_009_plain.txt", "plain_text", **person(
    "Andreea-Ioana Dumitrașcu", "andreea.dumitrascu.psy@yahoo.com", "+40722345618",
    "Carol Davila University of Medicine and Pharmacy", "RO", 2019, False, "pass", 236, None, "certified", "b1b2",
    ["Psychiatry"], ["Romanian", "English", "French", "Italian"], 1,
    [U("observership", "Psychiatry", "NY", "2025-04", "2025-05"),
     U("hands_on", "Psychiatry", "FL", "2025-05", "2025-07")], 4, 4))

add("w111_010_docx_header_footer.docx", "docx_header_footer", **person(
    "Nurul Aisyah binti Hamzah", "nurul.hamzah@rcsi-alumni.ie", "+353871234560",
    "Royal College of Surgeons in Ireland", "IE", 2022, False, "pass", 244, None, "certified", None,
    ["Emergency Medicine"], ["Malay", "English", "Mandarin", "Irish"], 1,
    [U("hands_on", "Emergency Medicine", "PA", "2021-06", "2021-06"),
     U("observership", "Emergency Medicine", "NY", "2025-09", "2025-10")], 3, 3))

add("w111_011_rtf_portuguese.rtf", "rtf", **person(
    "João Pedro Carvalho Sousa", "jp.carvalhosousa@sapo.pt", "+351912345678",
    "Universidade do Porto", "PT", 2020, False, "pass", 229, None, "pending", "j1",
    ["Family Medicine"], ["Portuguese", "English", "Spanish"], 0,
    [U("telehealth", "Internal Medicine", "TX", "2026-03", "2026-03"),
     U("hands_on", "Family Medicine", "MI", "2026-09", "2026-10")], 3, 2))

add("w111_012_odt_textbox_lo.docx", "odt_textbox_docx", **person(
    "Tomáš Dvořák", "tomas.dvorak.kardio@seznam.cz", "+420603512478",
    "Charles University", "CZ", 2019, False, 231, 240, None, "certified", None,
    ["Cardiology", "Internal Medicine"], ["Czech", "English", "German", "Slovak"], 4,
    [U("research", "Cardiology", "MN", "2022-07", "2023-06"),
     U("observership", "Cardiology", "MN", "2023-05", "2023-06")], 12, 2))

add("w111_013_lebenslauf_student_lo.pdf", "lebenslauf_docx_lo", **person(
    "Leonie Schäfer", "leonie.schaefer@smail.uni-koeln.de", "+4917698765432",
    "Universität zu Köln", "DE", 2027, True, None, None, None, None, None,
    ["Neurology", "Psychiatry"], ["German", "English", "Swedish", "French"], 0,
    [U("hands_on", "Neurology", "MI", "2024-08", "2024-09")], 2, 2))

add("w111_014_html_lo_spanish.pdf", "html_lo_pdf", **person(
    "María del Carmen López Fernández", "mcarmen.lopezfdez@gmail.com", "+34655123987",
    "Universidad Complutense de Madrid", "ES", 2020, False, "pass", 233, None, "pending", "j1",
    ["Obstetrics and Gynecology"], ["Spanish", "English", "French"], 2,
    [U("observership", "Obstetrics and Gynecology", "FL", "2024-09", "2024-11")], 3, 3))

add("w111_015_chromium_europass.pdf", "chromium_europass", **person(
    "Nagy Eszter", "eszter.nagy.hemato@gmail.com", "+36205551234",
    "Semmelweis University", "HU", 2018, False, "pass", 246, None, "certified", None,
    ["Hematology/Oncology", "Internal Medicine"], ["Hungarian", "English", "German"], 3,
    [U("observership", "Hematology/Oncology", "TX", "2025-03", "2025-04")], 2, 2))

add("w111_016_fpdf2_twocol.pdf", "fpdf2_twocol", **person(
    "Michael J. Kowalczyk", "mkowalczyk.md@gmail.com", "+17735550142",
    "Medical University of Warsaw", "PL", 2024, False, "pass", 221, None, "certified", "citizen",
    ["Internal Medicine", "Family Medicine"], ["English", "Polish"], 0,
    [U("research", None, "IL", "2021-06", "2021-08"),
     U("hands_on", "Family Medicine", "IL", "2022-07", "2022-07"),
     U("hands_on", "Internal Medicine", "IL", "2023-07", "2023-08")], 6, 3))

# scans
add("w111_017_scan_stamp.pdf", "scan_stamp_signature", needs_ocr=True, **person(
    "Bogdan-Mihai Stanciu", "bogdan.stanciu.surg@gmail.com", "+40744981235",
    "Iuliu Hațieganu University of Medicine and Pharmacy", "RO", 2017, False, 228, 235, None, "certified", None,
    ["General Surgery"], ["Romanian", "English", "Hungarian"], 2,
    [U("observership", "General Surgery", "MI", "2024-10", "2024-12")], 3, 3))

add("w111_018_blurred_lowres.jpg", "photo_blurred_lowres", needs_ocr=True, **person(
    "Chiara Romano", "chiara.romano.ped@gmail.com", "+393492210456",
    "Università di Bologna", "IT", 2021, False, "pass", None, None, None, None,
    ["Pediatrics"], ["Italian", "English"], 0, [], 0, 0))

add("w111_019_skewed_twocol_scan.pdf", "scan_skewed_twocol", needs_ocr=True, **person(
    "Noa Ben-David", "noa.bendavid.md@gmail.com", "+972528765431",
    "Carol Davila University of Medicine and Pharmacy", "RO", 2022, False, "pass", 252, None, "certified", "j1",
    ["Internal Medicine", "Rheumatology"], ["Hebrew", "English", "Romanian", "Russian"], 1,
    [U("hands_on", "Internal Medicine", "NY", "2024-01", "2024-03"),
     U("observership", "Rheumatology", "NY", "2024-04", "2024-04")], 4, 4))

add("w111_020_phone_photo.png", "phone_photo_perspective", needs_ocr=True, **person(
    "Inês Martins Rocha", "ines.mrocha@gmail.com", "+351934567120",
    "Universidade de Lisboa", "PT", 2021, False, "pass", 238, None, "certified", None,
    ["Endocrinology", "Internal Medicine"], ["Portuguese", "English", "French"], 1,
    [U("observership", "Endocrinology", "MA", "2025-06", "2025-07")], 2, 2))

add("w111_021_scan_lowcontrast_2p.pdf", "scan_lowcontrast_multipage", needs_ocr=True, **person(
    "Ciarán Ó Briain", "ciaran.obriain@gmail.com", "+353861234789",
    "University College Cork", "IE", 2019, False, 245, 251, None, "certified", "h1b",
    ["Anesthesiology"], ["English", "Irish"], 3,
    [U("research", "Anesthesiology", "CA", "2018-06", "2018-08")], 3, 0))

# damaged
add("w111_022_truncated.pdf", "damaged_truncated_pdf", error=True)
add("w111_023_encrypted.pdf", "damaged_encrypted_pdf", error=True)
add("w111_024_random_bytes.docx", "damaged_random_bytes", error=True)
