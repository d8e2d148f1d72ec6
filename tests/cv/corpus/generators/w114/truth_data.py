#!/usr/bin/env python3
"""Hand-written truth for w114 (written from the CV content in src/, not parsed from the rendered files).
Prints truth.jsonl to stdout. usce_months / usce_months_clinical are hand-counted here; check.py recounts them."""
import json

W = 'w114'


def U(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}


def R(n, layout, ext, name, email, phone, school, cc, year, student, s1, s2, s3, ecfmg, visa, specs, langs, pubs,
      usce, months, clin, ocr=False):
    d = {"file": f"{W}_{n:03d}_{layout}.{ext}", "layout": layout, "full_name": name, "email": email,
         "phone_e164": phone, "medical_school": school, "medical_school_country": cc, "graduation_year": year,
         "is_student": student, "usmle_step1": s1, "usmle_step2ck": s2, "usmle_step3": s3, "ecfmg_status": ecfmg,
         "visa_status": visa, "specialties": specs, "languages": langs, "publications": pubs, "usce_entries": usce,
         "usce_months": months, "usce_months_clinical": clin}
    if ocr:
        d["needs_ocr"] = True
    return d


IM, FM, PED, PSY, NEU, GS = "Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery"
OB, EM, AN, RAD, CAR = "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Cardiology"
GI, NEPH, PCC, ENDO, RHEU, HO, ID, GER = ("Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology",
                                         "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics")

rows = [
    R(1, "webform_txt", "txt", "Luíza Fernandes Albuquerque", "luiza.falbuquerque@gmail.com", "+5511987654321",
      "Universidade Federal de Minas Gerais", "BR", 2024, False, "pass", 248, None, "certified", "b1b2",
      [IM, NEPH], ["Portuguese", "English", "Spanish"], 2,
      [U("observership", NEPH, "OH", "2025-01", "2025-02"), U("hands_on", IM, "FL", "2025-04", "2025-06")], 5, 5),
    R(2, "email_body_txt", "txt", "Chukwuemeka Obinna Eze", "emeka.eze.md@yahoo.com", "+2348035550192",
      "University of Nigeria", "NG", 2021, False, "pass", 231, None, "certified", "b1b2",
      [FM, IM], ["English", "Igbo", "Yoruba"], 1,
      [U("observership", CAR, "NY", "2026-06", "2026-06"), U("hands_on", FM, "TX", "2026-03", "2026-04")], 3, 3),
    R(3, "markdown_raw", "md", "Ayesha Siddiqa Malik", "ayesha.s.malik92@outlook.com", "+923004567812",
      "King Edward Medical University", "PK", 2019, False, "pass", 254, 221, "certified", "green_card",
      [IM, HO], ["English", "Urdu", "Punjabi"], 4,
      [U("hands_on", IM, "IL", "2023-05", "2023-07"), U("observership", HO, "IL", "2023-08", "2023-08"),
       U("research", HO, "TX", "2023-09", "2026-12")], 44, 4),
    R(4, "pandoc_chromium", "pdf", "Mohamed Ashraf El-Sayed", "m.elsayed.md@gmail.com", "+201002345678",
      "Cairo University", "EG", 2022, False, "pass", 240, None, "pending", "j1",
      [EM, AN], ["Arabic", "English", "French"], 0,
      [U("observership", EM, "MI", "2025-03", "2025-04"), U("telehealth", IM, "MD", "2024-10", "2024-11")], 4, 2),
    R(5, "ats_export_txt", "txt", "Venkatesh Raghavan Iyer", "venkat.iyer.mbbs@rediffmail.com", "+919840123457",
      "Madras Medical College", "IN", 2020, False, 238, 245, None, "certified", "h1b",
      [IM, PCC], ["English", "Tamil", "Hindi", "Malayalam"], 3,
      [U("research", PCC, "PA", "2024-08", "2026-12"), U("observership", PCC, "PA", "2025-01", "2025-02")], 29, 2),
    R(6, "gdocs_plaintext", "txt", "Olena Volodymyrivna Kovalenko", "olena.kovalenko.md@ukr.net", "+380671234567",
      "Bogomolets National Medical University", "UA", 2023, False, "pass", None, None, "not_certified", None,
      [PSY, NEU], ["Ukrainian", "Russian", "English", "Polish"], 1,
      [U("observership", PSY, "CT", "2025-06", "2025-08"), U("hands_on", NEU, "NJ", "2026-01", "2026-02")], 5, 5),
    R(7, "linkedin_paste", "txt", "Maria Angelica Dela Cruz Santos", "angelica.santos.md@gmail.com", "+639178123456",
      "University of Santo Tomas", "PH", 2022, False, "pass", 236, None, "certified", "citizen",
      [PED], ["English", "Filipino", "Spanish"], 1,
      [U("hands_on", PED, "FL", "2024-11", "2025-01"), U("observership", PED, "CA", "2025-02", "2025-03")], 5, 5),
    R(8, "wordpad_rtf", "rtf", "Santiago Andrés Gómez Restrepo", "sgomezr.md@hotmail.com", "+573104567890",
      "Universidad de Antioquia", "CO", 2021, False, "pass", 229, None, "certified", "b1b2",
      [GS], ["Spanish", "English", "Portuguese"], 2,
      [U("observership", GS, "FL", "2024-03", "2024-03"), U("research", GS, "FL", "2024-09", "2025-02")], 7, 1),
    R(9, "monospace_ascii", "txt", "Dmitry Sergeyevich Volkov", "d.volkov.med@mail.ru", "+79162345678",
      "I.M. Sechenov First Moscow State Medical University", "RU", 2018, False, 218, 226, None, "certified", "j1",
      [AN], ["Russian", "English", "German"], 5,
      [U("observership", AN, "MD", "2021-09", "2021-10"), U("research", AN, "CA", "2022-01", "2023-06")], 20, 2),
    R(10, "one_paragraph_txt", "txt", "Wanjiru Njeri Kamau", "wanjiru.n.kamau@gmail.com", "+254712345678",
      "University of Nairobi", "KE", 2027, True, "pass", None, None, "not_certified", "b1b2",
      [OB, FM], ["English", "Swahili", "Kikuyu"], 0,
      [U("hands_on", OB, "GA", "2025-06", "2025-06"), U("telehealth", FM, "TX", "2026-01", "2026-02")], 3, 1),
    R(11, "lo_fodt_header_footer", "docx", "Layla Khaled Haddad", "layla.haddad.md@gmail.com", "+962795551234",
      "The University of Jordan", "JO", 2020, False, "pass", 252, 238, "certified", "green_card",
      [IM, ENDO], ["Arabic", "English"], 3,
      [U("hands_on", IM, "MI", "2024-02", "2024-04"), U("observership", ENDO, "MI", "2024-04", "2024-05")], 4, 4),
    R(12, "docx_lo_pdf", "pdf", "Nguyễn Thị Thu Hà", "thuha.nguyen.md@gmail.com", "+84903123456",
      "Hanoi Medical University", "VN", 2021, False, "pass", 244, None, "certified", "j1",
      [IM, ID], ["Vietnamese", "English", "French"], 2,
      [U("observership", ID, "MA", "2025-10", "2025-11"), U("research", ID, "GA", "2026-05", "2026-12")], 10, 2),
    R(13, "pandoc_docx", "docx", "Tanvir Ahmed Chowdhury", "tanvir.chowdhury.dmc@gmail.com", "+8801711234567",
      "Dhaka Medical College", "BD", 2019, False, "pass", 233, None, "certified", "h1b",
      [IM, GI], ["Bengali", "English", "Hindi"], 3,
      [U("research", GI, "MN", "2022-07", "2024-06"), U("hands_on", IM, "NY", "2024-08", "2024-10")], 27, 3),
    R(14, "webmail_print", "pdf", "Karim Georges Nassar", "karim.nassar.md@gmail.com", "+9613123456",
      "American University of Beirut", "LB", 2023, False, "pass", 258, None, "certified", None,
      [IM, CAR], ["Arabic", "English", "French"], 5,
      [U("hands_on", IM, "OH", "2026-01", "2026-03"), U("observership", CAR, "NY", "2026-06", "2026-06")], 4, 4),
    R(15, "lo_txt_pdf", "pdf", "Rosa Elena Quispe Mamani", "rquispe.medica@gmail.com", "+51987654321",
      "Universidad Nacional Mayor de San Marcos", "PE", 2020, False, "pass", 221, None, "pending", "b1b2",
      [GER, FM], ["Spanish", "Quechua", "English"], 1,
      [U("observership", GER, "CA", "2025-03", "2025-05")], 3, 3),
    R(16, "ats_bullet_wrap", "txt", "Prabin Kumar Shrestha", "prabin.shrestha.md@gmail.com", "+9779801234567",
      "Institute of Medicine, Tribhuvan University", "NP", 2022, False, "pass", 239, None, "certified", "j1",
      [IM, RHEU], ["Nepali", "English", "Hindi"], 2,
      [U("hands_on", IM, "NY", "2025-07", "2025-09"), U("observership", RHEU, "NY", "2025-09", "2025-10")], 4, 4),
    # ---- scans / photos
    R(17, "photo_angle", "jpg", "Youssef El Amrani", "youssef.elamrani.md@gmail.com", "+212661234567",
      "Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V", "MA", 2021, False, "pass", 235, None,
      "certified", "b1b2", [RAD], ["Arabic", "French", "English"], 1,
      [U("observership", RAD, "MD", "2024-09", "2024-10")], 2, 2, ocr=True),
    R(18, "fax_1bit", "pdf", "Seyed Reza Hosseini", "s.reza.hosseini@gmail.com", "+989123456789",
      "Tehran University of Medical Sciences", "IR", 2019, False, 231, 247, None, "certified", "j1",
      [IM, NEPH], ["Persian", "English", "Turkish"], 7,
      [U("research", NEPH, "WA", "2022-10", "2024-03"), U("observership", NEPH, "WA", "2024-01", "2024-02")], 18, 2,
      ocr=True),
    R(19, "browser_screenshot", "png", "Putri Ayu Lestari", "putri.lestari.md@gmail.com", "+6281234567890",
      "Universitas Indonesia", "ID", 2023, False, "pass", None, None, None, None,
      [PED], ["Indonesian", "English", "Javanese"], 0,
      [U("observership", PED, "TX", "2025-05", "2025-06")], 2, 2, ocr=True),
    R(20, "scan_rotated_gray", "pdf", "Andrei Ionuț Popescu", "andrei.popescu.md@yahoo.ro", "+40722123456",
      "Carol Davila University of Medicine and Pharmacy", "RO", 2022, False, "pass", 242, None, "certified", "j1",
      [EM], ["Romanian", "English", "Italian"], 1,
      [U("hands_on", EM, "NJ", "2025-04", "2025-05"), U("observership", IM, "PA", "2025-06", "2025-06")], 3, 3,
      ocr=True),
    R(21, "phone_photo_lowcontrast", "jpg", "Hanna Tesfaye Bekele", "hanna.tesfaye.md@gmail.com", "+251911234567",
      "Addis Ababa University", "ET", 2020, False, "pass", 227, None, "certified", None,
      [IM, ID], ["Amharic", "English", "Oromo"], 3,
      [U("observership", ID, "MN", "2024-08", "2024-08"), U("research", ID, "MN", "2024-09", "2025-08")], 13, 1,
      ocr=True),
    # ---- damaged
    {"file": f"{W}_022_truncated_pdf.pdf", "layout": "truncated_pdf", "error": True},
    {"file": f"{W}_023_zero_length.docx", "layout": "zero_length", "error": True},
    {"file": f"{W}_024_html_as_pdf.pdf", "layout": "html_as_pdf", "error": True},
]

if __name__ == '__main__':
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
