# Hand-written truth for every w103 file. Written from the CV content (see the generator scripts),
# never from parsing the rendered files.  usce_months / usce_months_clinical are hand counted here
# and re-counted independently by check.py.

def E(type_, spec, state, start, end):
    return {"type": type_, "specialty": spec, "state": state, "start": start, "end": end}

def rec(file, layout, full_name, email, phone, school, country, grad, student, s1, s2, s3, ecfmg, visa,
        specs, langs, pubs, usce, months, months_clin, ocr=False):
    r = {"file": file, "layout": layout, "full_name": full_name, "email": email, "phone_e164": phone,
         "medical_school": school, "medical_school_country": country, "graduation_year": grad,
         "is_student": student, "usmle_step1": s1, "usmle_step2ck": s2, "usmle_step3": s3,
         "ecfmg_status": ecfmg, "visa_status": visa, "specialties": specs, "languages": langs,
         "publications": pubs, "usce_entries": usce, "usce_months": months,
         "usce_months_clinical": months_clin}
    if ocr:
        r["needs_ocr"] = True
    return r

W = "w103"
TRUTH = [
    rec(f"{W}_001_chromium_infographic_sidebar.pdf", "chromium_infographic_sidebar",
        "Omar Khaled Abdelrahman", "o.k.abdelrahman98@gmail.com", "+201023456789",
        "Ain Shams University Faculty of Medicine", "EG", 2021, False, "pass", 248, None, "certified", "j1",
        ["Internal Medicine", "Cardiology"], ["Arabic", "English", "French"], 2,
        [E("observership", "Cardiology", "OH", "2024-01", "2024-02"),
         E("hands_on", "Internal Medicine", "MI", "2024-03", "2024-05"),
         E("research", "Cardiology", "PA", "2024-06", "2026-12")], 36, 5),

    rec(f"{W}_002_chromium_timeline_spaced.pdf", "chromium_timeline_spaced",
        "Ayesha Siddiqa Malik", "ayesha.s.malik@outlook.com", "+923214567890",
        "King Edward Medical University", "PK", 2022, False, 232, 251, None, "certified", "h1b",
        ["Pediatrics"], ["Urdu", "Punjabi", "English"], 3,
        [E("observership", "Pediatrics", "OH", "2023-08", "2023-09"),
         E("hands_on", "Pediatrics", "NY", "2023-10", "2023-10"),
         E("telehealth", "Pediatrics", "MD", "2024-01", "2024-03")], 6, 3),

    rec(f"{W}_003_chromium_three_column_cards.pdf", "chromium_three_column_cards",
        "Chukwuemeka Obinna Eze", "chuk.eze.md@yahoo.com", "+2348035551234",
        "University of Nigeria College of Medicine", "NG", 2019, False, "pass", 239, 221, "certified", "green_card",
        ["Family Medicine", "Emergency Medicine"], ["English", "Igbo", "Yoruba"], 1,
        [E("observership", "Emergency Medicine", "MA", "2022-06", "2022-07"),
         E("research", "Family Medicine", "CA", "2022-09", "2023-08"),
         E("hands_on", "Family Medicine", "IL", "2023-10", "2023-12")], 17, 5),

    rec(f"{W}_004_chromium_webprint_headers.pdf", "chromium_webprint_headers",
        "Venkata Sai Priya Reddy", "priya.reddy.vsp@gmail.com", "+919848022334",
        "Osmania Medical College", "IN", 2020, False, "pass", 245, None, "certified", "b1b2",
        ["Internal Medicine", "Nephrology"], ["Telugu", "Hindi", "English"], 2,
        [E("observership", "Nephrology", "MN", "2023-02", "2023-03"),
         E("hands_on", "Internal Medicine", "NJ", "2023-05", "2023-07"),
         E("research", "Nephrology", "AL", "2023-06", "2024-05")], 15, 5),

    rec(f"{W}_005_chromium_color_bands.pdf", "chromium_color_bands",
        "Niloufar Rahimi", "niloufar.rahimi.md@gmail.com", "+16175550143",
        "Tehran University of Medical Sciences", "IR", 2020, False, 241, 255, None, "certified", "j1",
        ["Neurology"], ["Persian", "English", "German"], 5,
        [E("research", "Neurology", "MA", "2022-09", "2024-08"),
         E("observership", "Neurology", "CT", "2024-10", "2024-11"),
         E("observership", "Neurology", "MA", "2025-01", "2025-01")], 27, 3),

    rec(f"{W}_006_chromium_contact_last_page.pdf", "chromium_contact_last_page",
        "Kristine Joy Mendoza Aquino", "kjm.aquino@gmail.com", "+639175550182",
        "University of Santo Tomas Faculty of Medicine and Surgery", "PH", 2021, False, "pass", 236, None,
        "pending", "j1", ["Obstetrics and Gynecology"], ["Filipino", "English", "Cebuano"], 0,
        [E("observership", "Obstetrics and Gynecology", "NY", "2025-03", "2025-05"),
         E("hands_on", "Obstetrics and Gynecology", "FL", "2025-06", "2025-08"),
         E("telehealth", "Obstetrics and Gynecology", "TX", "2025-01", "2025-02")], 8, 6),

    rec(f"{W}_007_chromium_merged_table.pdf", "chromium_merged_table",
        "Daniel Ben-Ami", "daniel.benami.md@gmail.com", "+972525553471",
        "Tbilisi State Medical University", "GE", 2024, False, "pass", 243, None, "certified", "citizen",
        ["General Surgery"], ["Hebrew", "English", "Russian", "Georgian"], 1,
        [E("hands_on", "General Surgery", "NY", "2023-07", "2023-08"),
         E("hands_on", "Anesthesiology", "NY", "2023-09", "2023-09"),
         E("observership", "General Surgery", "GA", "2024-02", "2024-03"),
         E("research", "General Surgery", "GA", "2024-04", "2024-12")], 14, 5),

    rec(f"{W}_008_docx_textboxes.docx", "docx_textboxes",
        "Santiago Andrés Muñoz Restrepo", "santiago.munoz.r@hotmail.com", "+573105552468",
        "Universidad de Antioquia", "CO", 2022, False, "pass", None, None, "pending", "b1b2",
        ["Anesthesiology", "Critical Care"], ["Spanish", "English", "Portuguese"], 2,
        [E("observership", "Anesthesiology", "FL", "2024-01", "2024-02"),
         E("hands_on", "Critical Care", "FL", "2024-03", "2024-04")], 4, 4),

    rec(f"{W}_009_docx_single_table.docx", "docx_single_table",
        "Oleksandra Kovalenko", "o.kovalenko.md@ukr.net", "+380675551234",
        "Bogomolets National Medical University", "UA", 2023, False, "pass", 247, None, "certified", "j1",
        ["Psychiatry"], ["Ukrainian", "Russian", "English", "Polish"], 1,
        [E("observership", "Psychiatry", "NY", "2024-06", "2024-07"),
         E("hands_on", "Psychiatry", "OH", "2024-09", "2024-11"),
         E("research", "Psychiatry", "PA", "2024-12", "2026-12")], 30, 5),

    rec(f"{W}_010_txt_ascii_boxes.txt", "txt_ascii_boxes",
        "Md. Tanvir Hasan Chowdhury", "tanvir.chowdhury.dmc@gmail.com", "+8801711555123",
        "Dhaka Medical College", "BD", 2018, False, 228, 240, 225, "certified", "h1b",
        ["Internal Medicine", "Gastroenterology"], ["Bengali", "English", "Hindi"], 4,
        [E("observership", "Gastroenterology", "TX", "2021-03", "2021-04"),
         E("research", "Internal Medicine", "NY", "2021-05", "2022-04"),
         E("hands_on", "Internal Medicine", "NY", "2022-05", "2022-07")], 17, 5),

    rec(f"{W}_011_rtf_oldwp.rtf", "rtf_oldwp",
        "João Pedro Gonçalves Araújo", "joao.araujo.med@gmail.com", "+5531987654321",
        "Universidade Federal de Minas Gerais", "BR", 2027, True, "pass", None, None, None, None,
        ["Orthopedic Surgery"], ["Portuguese", "English", "Spanish"], 0,
        [E("observership", "Orthopedic Surgery", "FL", "2025-07", "2025-07"),
         E("hands_on", "Orthopedic Surgery", "NY", "2026-01", "2026-02")], 3, 3),

    rec(f"{W}_012_lo_docx_header_pdf.pdf", "lo_docx_header_pdf",
        "Mohamed Elfatih Osman", "m.elfatih.osman@gmail.com", "+249912345678",
        "University of Khartoum Faculty of Medicine", "SD", 2019, False, "pass", 233, None, "certified", "j1",
        ["Internal Medicine", "Infectious Disease"], ["Arabic", "English"], 3,
        [E("observership", "Infectious Disease", "MO", "2023-11", "2023-12"),
         E("hands_on", "Internal Medicine", "MI", "2024-01", "2024-03"),
         E("telehealth", "Internal Medicine", "TX", "2024-04", "2024-05")], 7, 5),

    rec(f"{W}_013_reportlab_skillbars.pdf", "reportlab_skillbars",
        "Nguyễn Thị Thu Hà", "thuha.nguyen.md@gmail.com", "+84905551234",
        "Hanoi Medical University", "VN", 2021, False, "pass", 252, None, "certified", "j1",
        ["Internal Medicine", "Hematology", "Oncology"], ["Vietnamese", "English", "French"], 2,
        [E("research", "Hematology", "TX", "2022-10", "2024-09"),
         E("observership", "Oncology", "MA", "2024-11", "2024-12"),
         E("hands_on", "Internal Medicine", "LA", "2025-02", "2025-04")], 29, 5),

    rec(f"{W}_014_fpdf_cards.pdf", "fpdf_cards",
        "Meron Tesfaye Alemu", "meron.alemu@protonmail.com", "+251911552233",
        "Addis Ababa University College of Health Sciences", "ET", 2020, False, 236, 244, None, "certified", "j1",
        ["Radiology"], ["Amharic", "English", "Oromo"], 1,
        [E("observership", "Radiology", "MD", "2024-03", "2024-04"),
         E("research", "Radiology", "MI", "2024-05", "2024-10")], 8, 2),

    rec(f"{W}_015_docx_footer_icons.docx", "docx_footer_icons",
        "Prabin Shrestha", "prabin.shrestha.iom@gmail.com", "+9779841555123",
        "Institute of Medicine, Tribhuvan University", "NP", 2021, False, "pass", 258, None, "certified",
        "green_card", ["Internal Medicine", "Pulmonology", "Critical Care"], ["Nepali", "Hindi", "English"], 2,
        [E("observership", "Pulmonology", "CO", "2024-06", "2024-07"),
         E("hands_on", "Internal Medicine", "KY", "2024-08", "2024-10"),
         E("research", "Pulmonology", "OH", "2024-11", "2026-12")], 31, 5),

    rec(f"{W}_016_odt_spaced_headings.odt", "odt_spaced_headings",
        "Ximena Guadalupe Hernández Ochoa", "ximena.hdz.ochoa@gmail.com", "+523315558742",
        "Universidad de Guadalajara", "MX", 2022, False, "pass", 238, None, "certified", "citizen",
        ["Family Medicine", "Psychiatry"], ["Spanish", "English"], 0,
        [E("observership", "Family Medicine", "TX", "2024-03", "2024-04"),
         E("hands_on", "Psychiatry", "NM", "2024-05", "2024-07")], 5, 5),

    # ---- scans / photos ----
    rec(f"{W}_017_scan_phone_perspective.jpg", "scan_phone_perspective",
        "Lama Abdullah Alqahtani", "lama.alqahtani.md@gmail.com", "+966555550147",
        "King Saud University College of Medicine", "SA", 2022, False, "pass", 250, None, "certified", "j1",
        ["Dermatology"], ["Arabic", "English"], 4,
        [E("observership", "Dermatology", "IA", "2023-09", "2023-10"),
         E("research", "Dermatology", "CA", "2023-11", "2024-10")], 14, 2, ocr=True),

    rec(f"{W}_018_scan_rotated90.pdf", "scan_rotated90",
        "Katarzyna Wójcik-Zielińska", "k.wojcik.zielinska@wp.pl", "+48601555234",
        "Medical University of Warsaw", "PL", 2021, False, "pass", 242, None, "certified", "j1",
        ["Neurology"], ["Polish", "English", "German"], 3,
        [E("observership", "Neurology", "FL", "2023-04", "2023-05"),
         E("hands_on", "Neurology", "NY", "2023-06", "2023-08")], 5, 5, ocr=True),

    rec(f"{W}_019_scan_low_contrast.png", "scan_low_contrast",
        "Diego Alonso Quispe Huamán", "diego.quispe.h@gmail.com", "+51987555321",
        "Universidad Peruana Cayetano Heredia", "PE", 2020, False, "pass", 231, None, "certified", "b1b2",
        ["General Surgery"], ["Spanish", "Quechua", "English"], 1,
        [E("observership", "General Surgery", "CA", "2022-08", "2022-09"),
         E("research", "General Surgery", "AZ", "2022-10", "2023-03")], 8, 2, ocr=True),

    rec(f"{W}_020_scan_fax_1bit.pdf", "scan_fax_1bit",
        "Tharushi Nethmini Perera", "tharushi.perera@gmail.com", "+94775556789",
        "University of Colombo Faculty of Medicine", "LK", 2019, False, 224, 235, 219, "certified", "h1b",
        ["Pathology"], ["Sinhala", "Tamil", "English"], 2,
        [E("observership", "Pathology", "MI", "2022-01", "2022-02"),
         E("research", "Pathology", "MD", "2022-03", "2023-02")], 14, 2, ocr=True),

    rec(f"{W}_021_scan_skewed_noisy.jpg", "scan_skewed_noisy",
        "Kwame Asante Boateng", "kwame.boateng.md@gmail.com", "+233245557890",
        "University of Ghana Medical School", "GH", 2020, False, "pass", 237, None, "certified", "j1",
        ["Internal Medicine"], ["English", "Twi", "Ga"], 1,
        [E("observership", "Cardiology", "TX", "2023-05", "2023-05"),
         E("hands_on", "Internal Medicine", "GA", "2023-06", "2023-08")], 4, 4, ocr=True),

    # ---- damaged ----
    {"file": f"{W}_022_damaged_truncated.pdf", "layout": "damaged_truncated", "error": True},
    {"file": f"{W}_023_damaged_encrypted.pdf", "layout": "damaged_encrypted", "error": True},
    {"file": f"{W}_024_damaged_corrupt_zip.docx", "layout": "damaged_corrupt_zip", "error": True},
]
