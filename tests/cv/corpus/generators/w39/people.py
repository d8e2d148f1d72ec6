# Data for the w39 CV set. Each record holds the display strings AND the truth next to them.
# usce tuples: (type, specialty, state, start, end, unused); the display text lives in the renderers (html_cvs.py, docs.py)

P = []

def add(**kw):
    P.append(kw)

add(file="w39_001_linkedin_savepdf.pdf", layout="linkedin_savepdf", kind="readable",
    name="Ayesha Siddiqui", email="ayesha.siddiqui.md@gmail.com", phone_disp="+92 333 2149078 (Mobile)",
    phone="+923332149078", school="Dow University of Health Sciences", country="PK", grad=2023, student=False,
    s1="pass", s2=248, s3=None, ecfmg="certified", visa=None,
    specs=["Internal Medicine", "Cardiology"], langs=["English", "Urdu", "Sindhi"],
    pubs=["Siddiqui A, Memon R, et al. Predictors of in-hospital mortality in acute STEMI in Karachi: a retrospective cohort. Cureus. 2024;16(3):e55120.",
          "Memon R, Siddiqui A. Statin adherence after PCI in a tertiary-care public hospital. J Pak Med Assoc. 2025;75(2):211-216."],
    usce=[("observership", "Internal Medicine", "NY", "2024-06", "2024-08", None),
          ("research", "Cardiology", "TX", "2024-09", "2026-12", None)])

add(file="w39_002_indeed_fpdf.pdf", layout="indeed_fpdf", kind="readable",
    name="Andrés Eduardo Rojas Pérez", email="andres.rojasperez@outlook.com", phone_disp="+1 786-555-0193",
    phone="+17865550193", school="Universidad Central de Venezuela", country="VE", grad=2020, student=False,
    s1="pass", s2=236, s3=None, ecfmg="pending", visa="b1b2",
    specs=["Family Medicine", "Internal Medicine"], langs=["Spanish", "English"], pubs=[],
    usce=[("hands_on", "Family Medicine", "FL", "2025-01", "2025-03", None),
          ("telehealth", "Family Medicine", "FL", "2025-04", "2026-12", None)])

add(file="w39_003_europass_reportlab.pdf", layout="europass_reportlab", kind="readable",
    name="Ioana-Maria Popescu", email="ioana.popescu@yahoo.ro", phone_disp="(+40) 722 418 905",
    phone="+40722418905", school="Carol Davila University of Medicine and Pharmacy", country="RO", grad=2022,
    student=False, s1="pass", s2=244, s3=None, ecfmg="certified", visa="j1",
    specs=["Internal Medicine", "Nephrology"], langs=["Romanian", "English", "French"],
    pubs=["x1", "x2", "x3"],
    usce=[("observership", "Nephrology", "OH", "2025-03", "2025-04", None)])

add(file="w39_004_canva_twocol.pdf", layout="canva_twocol", kind="readable",
    name="Nguyễn Thị Minh Anh", email="minhanh.nguyen.hmu@gmail.com", phone_disp="+84 912 345 678",
    phone="+84912345678", school="Hanoi Medical University", country="VN", grad=2022, student=False,
    s1="pass", s2=255, s3=None, ecfmg="certified", visa=None,
    specs=["Pediatrics"], langs=["Vietnamese", "English", "Japanese"], pubs=["x"],
    usce=[("observership", "Pediatrics", "PA", "2024-07", "2024-08", None),
          ("hands_on", "Pediatrics", "TX", "2025-02", "2025-04", None)])

add(file="w39_005_novoresume_datescol.pdf", layout="novoresume_datescol", kind="readable",
    name="Omar Khaled Al-Masri", email="omar.almasri@protonmail.com", phone_disp="+962 79 555 1234",
    phone="+962795551234", school="University of Jordan", country="JO", grad=2021, student=False,
    s1="pass", s2=239, s3=221, ecfmg="certified", visa="h1b",
    specs=["Internal Medicine", "Gastroenterology"], langs=["Arabic", "English"], pubs=["a", "b", "c", "d"],
    usce=[("hands_on", "Internal Medicine", "MI", "2023-09", "2023-10", None),
          ("observership", "Gastroenterology", "IL", "2023-11", "2023-11", None),
          ("research", "Gastroenterology", "MN", "2024-01", "2024-12", None)])

add(file="w39_006_resumeio_sidebar.pdf", layout="resumeio_sidebar", kind="readable",
    name="Priya Raghavan", email="priya.raghavan91@gmail.com", phone_disp="+91 98410 22736",
    phone="+919841022736", school="Madras Medical College", country="IN", grad=2020, student=False,
    s1="pass", s2=261, s3=None, ecfmg="certified", visa="j1",
    specs=["Psychiatry", "Neurology"], langs=["English", "Tamil", "Hindi", "Telugu"], pubs=["a", "b"],
    usce=[("observership", "Psychiatry", "MA", "2024-03", "2024-05", None),
          ("telehealth", "Psychiatry", "PA", "2024-06", "2024-07", None)])

add(file="w39_007_gdocs_export.docx", layout="gdocs_export", kind="readable",
    name="Kamal Hossain", email="dr.kamal.hossain@gmail.com", phone_disp="+880 1712-345678",
    phone="+8801712345678", school="Dhaka Medical College", country="BD", grad=2018, student=False,
    s1="pass", s2=233, s3=None, ecfmg="certified", visa="j1",
    specs=["Internal Medicine", "Nephrology"], langs=["Bengali", "English"], pubs=["a"],
    usce=[("hands_on", "Internal Medicine", "NY", "2024-03", "2024-04", None),
          ("hands_on", "Family Medicine", "TX", "2024-04", "2024-06", None),
          ("observership", "Nephrology", "IL", "2024-05", "2024-05", None)])

add(file="w39_008_gdocs_footer_lo.pdf", layout="gdocs_footer_lo", kind="readable",
    name="María Fernanda Gutiérrez Ospina", email="mafe.gutierrez.md@gmail.com", phone_disp="+57 300 412 8876",
    phone="+573004128876", school="Universidad de Antioquia", country="CO", grad=2021, student=False,
    s1="pass", s2=228, s3=None, ecfmg="pending", visa=None,
    specs=["Obstetrics and Gynecology"], langs=["Spanish", "English", "Portuguese"], pubs=[],
    usce=[("hands_on", "Obstetrics and Gynecology", "FL", "2025-03", "2025-05", None),
          ("observership", "Obstetrics and Gynecology", "GA", "2025-06", "2025-06", None)])

add(file="w39_009_word_template.docx", layout="word_template", kind="readable",
    name="Seyed Amirhossein Mousavi", email="a.mousavi.md@gmail.com", phone_disp="(310) 482-7719",
    phone="+13104827719", school="Tehran University of Medical Sciences", country="IR", grad=2020, student=False,
    s1="pass", s2=247, s3=None, ecfmg="certified", visa="j1",
    specs=["Internal Medicine", "Cardiology"], langs=["Persian", "English", "Arabic"], pubs=list("abcdef"),
    usce=[("research", "Cardiology", "CA", "2023-10", "2026-12", None),
          ("observership", "Cardiology", "CA", "2024-02", "2024-03", None)])

add(file="w39_010_odfpy.odt", layout="odfpy", kind="readable",
    name="Oleksandr Kovalenko", email="o.kovalenko.md@ukr.net", phone_disp="+380 67 904 3318",
    phone="+380679043318", school="Bogomolets National Medical University", country="UA", grad=2019, student=False,
    s1="pass", s2=241, s3=None, ecfmg="certified", visa=None,
    specs=["Emergency Medicine", "Anesthesiology"], langs=["Ukrainian", "Russian", "English", "Polish"], pubs=["a"],
    usce=[("observership", "Emergency Medicine", "NJ", "2025-01", "2025-02", None)])

add(file="w39_011_handrtf_student.rtf", layout="handrtf_student", kind="readable",
    name="Fatima Zahra Benali", email="fz.benali@um5.ac.ma", phone_disp="+212 6 61 23 45 78",
    phone="+212661234578", school="Faculté de Médecine et de Pharmacie de Rabat", country="MA", grad=2027,
    student=True, s1="pass", s2=None, s3=None, ecfmg="pending", visa="b1b2",
    specs=["Neurology"], langs=["Arabic", "French", "English", "Spanish"], pubs=[],
    usce=[("hands_on", "Neurology", "MD", "2026-07", "2026-08", None)])

add(file="w39_012_plaintext.txt", layout="plaintext", kind="readable",
    name="Chinedu Okafor", email="chinedu.okafor@yahoo.com", phone_disp="(713) 555-0178",
    phone="+17135550178", school="University of Nigeria", country="NG", grad=2016, student=False,
    s1="pass", s2=252, s3=None, ecfmg="certified", visa="green_card",
    specs=["Internal Medicine", "Infectious Disease"], langs=["English", "Igbo", "Yoruba"], pubs=["a", "b", "c"],
    usce=[("hands_on", "Internal Medicine", "NY", "2024-11", "2025-01", None),
          ("observership", "Infectious Disease", "MD", "2025-02", "2025-02", None)])

add(file="w39_013_word_datescol_lo.pdf", layout="word_datescol_lo", kind="readable",
    name="Sarah Haddad", email="sarah.haddad@mail.aub.edu", phone_disp="+961 3 482 119",
    phone="+9613482119", school="American University of Beirut", country="LB", grad=2022, student=False,
    s1="pass", s2=258, s3=None, ecfmg="certified", visa="citizen",
    specs=["Hematology/Oncology", "Internal Medicine"], langs=["Arabic", "English", "French"], pubs=list("abcde"),
    usce=[("observership", "Hematology/Oncology", "TX", "2023-07", "2023-09", None),
          ("research", "Hematology/Oncology", "TX", "2023-10", "2024-06", None)])

add(file="w39_014_zety_sidebar.docx", layout="zety_sidebar", kind="readable",
    name="Rohan Shrestha", email="rohan.shrestha@iom.edu.np", phone_disp="+977 984-1203456",
    phone="+9779841203456", school="Institute of Medicine, Tribhuvan University", country="NP", grad=2021,
    student=False, s1="pass", s2=245, s3=None, ecfmg="certified", visa=None,
    specs=["General Surgery"], langs=["Nepali", "English", "Hindi"], pubs=["a", "b"],
    usce=[("observership", "General Surgery", "PA", "2025-06", "2025-07", None)])

add(file="w39_015_word2odt_lo.odt", layout="word2odt_lo", kind="readable",
    name="Maria Cristina Dela Cruz Santos", email="mcdcsantos.md@gmail.com", phone_disp="+63 917 845 2230",
    phone="+639178452230", school="University of Santo Tomas", country="PH", grad=2020, student=False,
    s1="pass", s2=231, s3=None, ecfmg="certified", visa=None,
    specs=["Family Medicine", "Geriatrics"], langs=["English", "Filipino", "Cebuano"], pubs=[],
    usce=[("hands_on", "Family Medicine", "NV", "2024-09", "2024-11", None),
          ("observership", "Geriatrics", "NY", "2024-12", "2024-12", None)])

add(file="w39_016_docx2rtf_lo.rtf", layout="docx2rtf_lo", kind="readable",
    name="Mohamed Abdelrahman Elsayed", email="m.abdelrahman.elsayed@gmail.com", phone_disp="+20 100 327 6614",
    phone="+201003276614", school="Cairo University", country="EG", grad=2019, student=False,
    s1="pass", s2=250, s3=None, ecfmg="certified", visa="j1",
    specs=["Pulmonology/Critical Care", "Internal Medicine"], langs=["Arabic", "English", "German"], pubs=["a", "b"],
    usce=[("hands_on", "Pulmonology/Critical Care", "NJ", "2025-03", "2025-05", None)])

# ---- scans ----
add(file="w39_017_scan_imgpdf.pdf", layout="scan_imgpdf", kind="scan",
    name="Sana Iqbal", email="sana.iqbal.aimc@gmail.com", phone_disp="0321-4458712",
    phone="+923214458712", school="Allama Iqbal Medical College", country="PK", grad=2021, student=False,
    s1="pass", s2=240, s3=None, ecfmg="certified", visa=None,
    specs=["Internal Medicine"], langs=["English", "Urdu", "Punjabi"], pubs=[],
    usce=[("observership", "Internal Medicine", "IL", "2024-01", "2024-02", None)])

add(file="w39_018_scan_photo.jpg", layout="scan_photo", kind="scan",
    name="Tomás Ignacio Fernández", email="tomas.fernandez.md@gmail.com", phone_disp="+54 9 11 5432-8871",
    phone="+5491154328871", school="Universidad de Buenos Aires", country="AR", grad=2018, student=False,
    s1="pass", s2=226, s3=None, ecfmg="pending", visa=None,
    specs=["Pathology"], langs=["Spanish", "English", "Italian"], pubs=["a"],
    usce=[("observership", "Pathology", "MA", "2024-06", "2024-08", None)])

add(file="w39_019_scan_png.png", layout="scan_png", kind="scan",
    name="Putri Ayu Lestari", email="putri.lestari@ui.ac.id", phone_disp="+62 812-8834-5521",
    phone="+6281288345521", school="Universitas Indonesia", country="ID", grad=2020, student=False,
    s1="pass", s2=None, s3=None, ecfmg=None, visa=None,
    specs=["Anesthesiology"], langs=["Indonesian", "English", "Javanese"], pubs=[],
    usce=[("observership", "Anesthesiology", "TX", "2025-04", "2025-05", None)])

add(file="w39_020_scan_europass.pdf", layout="scan_europass", kind="scan",
    name="Katarzyna Nowak", email="katarzyna.nowak@wum.edu.pl", phone_disp="(+48) 601 772 940",
    phone="+48601772940", school="Medical University of Warsaw", country="PL", grad=2022, student=False,
    s1="pass", s2=249, s3=None, ecfmg="certified", visa="j1",
    specs=["Radiology"], langs=["Polish", "English", "German"], pubs=["a", "b"],
    usce=[("observership", "Radiology", "NY", "2025-03", "2025-03", None)])

add(file="w39_021_scan_lowcontrast.jpg", layout="scan_lowcontrast", kind="scan",
    name="Dilshan Perera", email="dilshan.perera.md@gmail.com", phone_disp="+94 77 318 4520",
    phone="+94773184520", school="University of Colombo", country="LK", grad=2019, student=False,
    s1="pass", s2=237, s3=None, ecfmg="certified", visa=None,
    specs=["Endocrinology", "Internal Medicine"], langs=["Sinhala", "English", "Tamil"], pubs=[],
    usce=[("hands_on", "Endocrinology", "NJ", "2024-10", "2024-12", None)])

DAMAGED = [("w39_022_truncated.pdf", "truncated"),
           ("w39_023_encrypted.pdf", "encrypted"),
           ("w39_024_randombytes.docx", "randombytes")]
