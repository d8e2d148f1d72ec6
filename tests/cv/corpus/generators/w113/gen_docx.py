"""python-docx generators: 001 (docx biodata), 002 (docx->LO PDF), 009 (header/footer), 012 (text box), 016 (two-col table)."""
import os, shutil, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from common import out, work, soffice_convert, FILES, WORK


def base_doc(font="Times New Roman", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def heading(d, text, size=12, underline=True, color=None, shade=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if shade:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    return p


def kv_table(d, rows, widths=(5.0, 12.0), bold_key=True, style="Table Grid", colon=False):
    t = d.add_table(rows=0, cols=3 if colon else 2)
    t.style = style
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(k)
        r.bold = bold_key
        if colon:
            cells[1].text = ":"
            cells[2].text = v
        else:
            cells[1].text = v
    return t


def grid_table(d, header, rows, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        r = t.rows[0].cells[i].paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def declaration(d, place, date, signame):
    heading(d, "DECLARATION")
    d.add_paragraph("I hereby declare that the above information is true and correct to the best of my "
                    "knowledge and belief.")
    d.add_paragraph(f"Place: {place}")
    p = d.add_paragraph(f"Date: {date}")
    p2 = d.add_paragraph("\t\t\t\t\t\t\t\tSignature")
    p3 = d.add_paragraph(f"\t\t\t\t\t\t\t\t({signame})")


# --------------------------------------------------------------------- 001
def f001():
    d = base_doc()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CURRICULUM VITAE")
    r.bold = True; r.underline = True; r.font.size = Pt(16)
    heading(d, "PERSONAL DETAILS")
    kv_table(d, [
        ("Name", "Dr. KARTHIK SUBRAMANIAN"),
        ("Father's Name", "Mr. S. Subramanian"),
        ("Date of Birth", "12/04/1996"),
        ("Gender", "Male"),
        ("Nationality", "Indian"),
        ("Religion", "Hindu"),
        ("Marital Status", "Unmarried"),
        ("Languages Known", "Tamil, English, Hindi"),
        ("Permanent Address", "No. 14, 3rd Cross Street, West Mambalam, Chennai – 600033, Tamil Nadu, India"),
        ("Mobile", "+91-98452 17730"),
        ("E-mail", "karthik.subra96@gmail.com"),
        ("Passport No.", "T4829173 (valid till 2032)"),
        ("US Visa", "B1/B2 (valid till 2031)"),
    ], colon=True)
    heading(d, "CAREER OBJECTIVE")
    d.add_paragraph("To secure a residency position in Internal Medicine in the United States and later pursue "
                    "a fellowship in Cardiology, serving patients with dedication and compassion.")
    heading(d, "EDUCATIONAL QUALIFICATIONS")
    grid_table(d, ["Course", "Institution", "University / Board", "Year", "Marks"], [
        ["MBBS", "Madras Medical College, Chennai", "The Tamil Nadu Dr. M.G.R. Medical University", "2014 – 2020", "68%"],
        ["HSC (Class XII)", "Sri Sankara Senior Secondary School, Chennai", "CBSE", "2014", "94.2%"],
        ["SSLC (Class X)", "Sri Sankara Senior Secondary School, Chennai", "CBSE", "2012", "96%"],
    ])
    heading(d, "INTERNSHIP (CRRI)")
    d.add_paragraph("Compulsory Rotatory Residential Internship, Rajiv Gandhi Government General Hospital, "
                    "Chennai — 01/03/2019 to 28/02/2020")
    grid_table(d, ["Posting", "Duration"], [
        ["General Medicine", "2 months"], ["General Surgery", "2 months"], ["Obstetrics & Gynaecology", "2 months"],
        ["Paediatrics", "1 month"], ["Community Medicine (PHC, Thiruvallur)", "3 months"],
        ["Orthopaedics / Casualty", "1 month"], ["Ophthalmology / ENT", "15 days each"],
    ])
    heading(d, "WORK EXPERIENCE")
    d.add_paragraph("Junior Resident (Non-Academic), Department of General Medicine, Government Stanley Medical "
                    "College Hospital, Chennai — June 2020 to December 2021 (COVID-19 ward and ICU duties).")
    heading(d, "COMPETITIVE EXAMINATIONS")
    grid_table(d, ["Examination", "Year", "Result"], [
        ["NEET-PG", "2021", "91.4 percentile"],
        ["USMLE Step 1", "2022", "Passed"],
        ["USMLE Step 2 CK", "2023", "238"],
        ["OET (Medicine)", "2023", "Grade B in all sub-tests"],
        ["ECFMG Certification", "2023", "Certified"],
    ])
    heading(d, "US CLINICAL EXPERIENCE")
    grid_table(d, ["Type", "Department", "Hospital", "Duration"], [
        ["Observership", "Internal Medicine", "Brookdale University Hospital, Brooklyn, NY", "03/2024 – 04/2024"],
        ["Clinical Externship (hands-on)", "Internal Medicine", "Bayview Community Hospital, Houston, TX",
         "01/08/2024 – 30/09/2024"],
    ])
    heading(d, "PUBLICATIONS")
    d.add_paragraph("1. Subramanian K, Lakshmi R, Prakash V. Prevalence of undiagnosed diabetes among COVID-19 "
                    "inpatients in a tertiary centre. Indian J Endocrinol Metab. 2021;25(3):201-6.", )
    d.add_paragraph("2. Lakshmi R, Subramanian K. Hyponatraemia in elderly medical admissions: a prospective "
                    "study. J Assoc Physicians India. 2022;70(8):45-9.")
    d.add_paragraph("Poster: 'Dengue with myocarditis — a case series', APICON 2022, Kochi (poster only).")
    heading(d, "REFEREES")
    d.add_paragraph("1. Dr. R. Lakshmi, MD, Professor of Medicine, Madras Medical College, Chennai.\n"
                    "   Mob: +91-94440 55123   Email: lakshmi.r.mmc@gmail.com")
    d.add_paragraph("2. Dr. James Whitfield, MD, Attending Physician, Bayview Community Hospital, Houston, TX.\n"
                    "   Phone: (713) 555-0122")
    declaration(d, "Chennai", "10/11/2026", "KARTHIK S.")
    d.save(out("w113_001_docx_biodata_table.docx"))


# --------------------------------------------------------------------- 002
def f002():
    d = base_doc(font="Calibri", size=11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BIODATA / CURRICULUM VITAE")
    r.bold = True; r.font.size = Pt(15)
    heading(d, "Personal Information", underline=False, shade="D9D9D9")
    kv_table(d, [
        ("Name", "Dr. Muhammad Usman Tariq"),
        ("S/O", "Tariq Mahmood"),
        ("Date of Birth", "03-09-1995"),
        ("CNIC No.", "35202-4817265-1"),
        ("PMDC Reg. No.", "98765-P"),
        ("Domicile", "Lahore (Punjab)"),
        ("Nationality", "Pakistani"),
        ("Marital Status", "Single"),
        ("Postal Address", "House 27, Street 9, Block C, Faisal Town, Lahore 54770"),
        ("Cell", "0321-4567812"),
        ("Email", "usman.tariq.kemu@outlook.com"),
    ])
    heading(d, "Objective", underline=False, shade="D9D9D9")
    d.add_paragraph("Seeking a categorical PGY-1 position in Internal Medicine (interest in Gastroenterology). "
                    "I will require J-1 visa sponsorship through ECFMG.")
    heading(d, "Academic Qualifications", underline=False, shade="D9D9D9")
    grid_table(d, ["Degree", "Institute", "Session", "Marks"], [
        ["M.B.B.S.", "King Edward Medical University, Lahore", "2013 – 2018 (degree awarded 2019)", "1421/2100 (67.7%)"],
        ["F.Sc. (Pre-Medical)", "Government College, Lahore", "2011 – 2013", "1012/1100"],
        ["Matriculation", "Crescent Model School, Lahore", "2011", "1003/1050"],
    ])
    heading(d, "House Job", underline=False, shade="D9D9D9")
    grid_table(d, ["Department", "Hospital", "Period"], [
        ["Medicine (Medical Unit II)", "Mayo Hospital, Lahore", "01-03-2019 to 31-08-2019"],
        ["Surgery (Surgical Unit I)", "Mayo Hospital, Lahore", "01-09-2019 to 29-02-2020"],
    ])
    heading(d, "Professional Examinations", underline=False, shade="D9D9D9")
    grid_table(d, ["Exam", "Year", "Status"], [
        ["FCPS Part 1 (Medicine & Allied)", "2021", "Passed"],
        ["USMLE Step 1", "2022", "Pass"],
        ["USMLE Step 2 CK", "2023", "247"],
        ["NBME Self-Assessment 31", "2023", "262 (practice)"],
        ["ECFMG Certificate", "2023", "Certified"],
    ])
    heading(d, "Work Experience", underline=False, shade="D9D9D9")
    d.add_paragraph("Medical Officer, Department of Gastroenterology, Shaikh Zayed Hospital, Lahore — "
                    "March 2020 to May 2023")
    heading(d, "US Experience", underline=False, shade="D9D9D9")
    grid_table(d, ["Position", "Department / Institution", "Duration"], [
        ["Research Volunteer", "Division of Gastroenterology, Wayne Health Research Center, Detroit, MI",
         "June 2023 – December 2023"],
        ["Observer (Observership)", "Department of Medicine, Lakeshore General Hospital, Chicago, IL",
         "2nd Jan 2024 – 26th Feb 2024"],
    ])
    heading(d, "Research & Publications", underline=False, shade="D9D9D9")
    bullets(d, [
        "Tariq MU, Anwar S, Qureshi N. Hepatitis C treatment outcomes with sofosbuvir/daclatasvir in Punjab. "
        "J Coll Physicians Surg Pak. 2021;31(6):655-9. (PubMed indexed)",
        "Anwar S, Tariq MU. Upper GI bleeding in cirrhotics: predictors of mortality. Pak J Med Sci. "
        "2022;38(4):1001-6.",
        "Tariq MU, et al. Colonoscopy yield in iron-deficiency anaemia in Detroit inner-city patients. "
        "Cureus. 2024;16(2):e53321.",
        "Manuscript under review: 'H. pylori eradication failure in Lahore' (submitted 2025).",
    ])
    heading(d, "Languages", underline=False, shade="D9D9D9")
    d.add_paragraph("Urdu (native), Punjabi (native), English (fluent)")
    heading(d, "References", underline=False, shade="D9D9D9")
    d.add_paragraph("Prof. Dr. Saima Anwar, Head of Gastroenterology, Shaikh Zayed Hospital, Lahore. "
                    "Cell: 0333-4412908")
    d.add_paragraph("Dr. Kevin O'Brien, MD, Lakeshore General Hospital, Chicago, IL. Tel: (312) 555-0187")
    declaration(d, "Lahore", "05-10-2026", "Muhammad Usman Tariq")
    src = work("w113_002_src.docx")
    d.save(src)
    pdf = soffice_convert(src, "pdf", WORK)
    shutil.move(pdf, out("w113_002_lo_docx_pdf_biodata.pdf"))


# --------------------------------------------------------------------- 009
def f009():
    d = base_doc(font="Arial", size=10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Dr. Mohammed Irfan Shaikh  |  Mob: +91 99200 45678  |  Mumbai, Maharashtra")
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("irfan.shaikh.ggmc@gmail.com  •  Page 1")
    fr.font.size = Pt(9)
    p = d.add_paragraph()
    r = p.add_run("MOHAMMED IRFAN SHAIKH")
    r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    d.add_paragraph("MBBS | Aspiring Neurology Resident")
    heading(d, "PROFILE", underline=False, color="1F3A5F")
    d.add_paragraph("MBBS graduate from Grant Government Medical College, Mumbai with a strong interest in "
                    "Neurology (stroke and epilepsy). Passed USMLE Step 1; preparing for Step 2 CK "
                    "(scheduled February 2027). ECFMG certification in progress.")
    heading(d, "EDUCATION", underline=False, color="1F3A5F")
    grid_table(d, ["Degree", "Institution", "Year", "Aggregate"], [
        ["MBBS", "Grant Government Medical College & Sir J.J. Group of Hospitals, Mumbai (MUHS, Nashik)",
         "2016 – 2022", "64.8%"],
        ["Compulsory Rotating Medical Internship", "Sir J.J. Group of Hospitals, Mumbai", "2021 – 2022", "—"],
    ], style="Light Grid Accent 1")
    heading(d, "EXAMINATIONS", underline=False, color="1F3A5F")
    bullets(d, [
        "NEET-PG 2023 — AIR 18,452",
        "USMLE Step 1 — PASS (2024)",
        "USMLE Step 2 CK — scheduled (Feb 2027)",
        "UWSA 1 (Step 2) — 241 (practice)",
    ])
    heading(d, "CLINICAL EXPERIENCE", underline=False, color="1F3A5F")
    bullets(d, [
        "Observership — Neurology (stroke unit & EEG lab), Hudson Regional Medical Center, Jersey City, NJ — "
        "Summer 2025",
        "Tele-observership (virtual rounds) — Internal Medicine, Sunshine Health Virtual Program, Tampa, FL — "
        "Jan 2025 – Feb 2025",
        "Junior Resident (non-academic), Dept. of Neurology, Sir J.J. Hospital, Mumbai — Aug 2022 – Dec 2024",
    ])
    heading(d, "RESEARCH", underline=False, color="1F3A5F")
    bullets(d, [
        "Manuscript in preparation: 'Time-to-needle in thrombolysis at a public hospital in Mumbai'.",
        "Poster: 'Neurocysticercosis presenting as status epilepticus', IAN Annual Conference 2023.",
    ])
    heading(d, "LANGUAGES", underline=False, color="1F3A5F")
    d.add_paragraph("English, Hindi, Marathi, Urdu")
    heading(d, "REFERENCES", underline=False, color="1F3A5F")
    d.add_paragraph("Dr. Sunita Kulkarni, Professor & Head, Neurology, Sir J.J. Hospital — +91 98200 71234")
    d.save(out("w113_009_docx_header_footer.docx"))


# --------------------------------------------------------------------- 012
TEXTBOX_XML = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<w:pict>
<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:300pt;margin-top:0pt;width:170pt;height:78pt;z-index:251659264;mso-position-horizontal-relative:margin"
 fillcolor="#EAF1FB" strokecolor="#2E5C8A">
<v:textbox>
<w:txbxContent>
<w:p><w:r><w:rPr><w:b/><w:sz w:val="18"/></w:rPr><w:t>Contact</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>Cell: 0333-2198765</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>hira.batool.dow@gmail.com</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>Gulshan-e-Iqbal, Karachi</w:t></w:r></w:p>
</w:txbxContent>
</v:textbox>
</v:shape>
</w:pict>
</w:r>'''


def f012():
    d = base_doc(font="Cambria", size=11)
    p = d.add_paragraph()
    r = p.add_run("HIRA BATOOL")
    r.bold = True; r.font.size = Pt(22)
    p._p.append(parse_xml(TEXTBOX_XML))
    d.add_paragraph("M.B.B.S. (Dow Medical College)")
    d.add_paragraph("")
    d.add_paragraph("")
    heading(d, "Career Goal", underline=False)
    d.add_paragraph("Internal Medicine residency applicant with a long-term goal of Nephrology fellowship. "
                    "Requires J1 visa.")
    heading(d, "Education", underline=False)
    d.add_paragraph("MBBS — Dow Medical College, Dow University of Health Sciences (DUHS), Karachi, Pakistan. "
                    "Session 2016–2021. Marks: 72%. Distinction in Medicine.")
    heading(d, "House Job", underline=False)
    d.add_paragraph("Civil Hospital Karachi — Medicine (6 months) and Nephrology (6 months), "
                    "01.01.2022 – 31.12.2022")
    heading(d, "Examinations", underline=False)
    kv_table(d, [
        ("USMLE Step 1", "Pass (2023)"),
        ("USMLE Step 2 CK", "240 (2024)"),
        ("ECFMG", "Certified (2024)"),
        ("FCPS Part I (Medicine)", "Passed, 2023"),
    ], style="Light List Accent 1")
    heading(d, "US Clinical Experience", underline=False)
    bullets(d, [
        "Hands-on Externship, Nephrology — Biscayne Kidney & Dialysis Center, Miami, FL — 11/2024 – 01/2025",
        "Observership, Internal Medicine — Orange Lake Medical Center, Orlando, FL — Feb 2025",
    ])
    heading(d, "Other Experience", underline=False)
    bullets(d, [
        "Medical Officer, Dialysis Unit, Sindh Institute of Urology and Transplantation (SIUT), Karachi — "
        "Jan 2023 – Sep 2024",
    ])
    heading(d, "Publication", underline=False)
    d.add_paragraph("Batool H, Memon A. Frequency of contrast-induced nephropathy after coronary angiography. "
                    "J Pak Med Assoc. 2023;73(5):1012-5.")
    heading(d, "Languages", underline=False)
    d.add_paragraph("Urdu, English, Punjabi")
    heading(d, "References", underline=False)
    d.add_paragraph("Prof. Dr. Aftab Memon, Nephrology, DUHS — 0300-2674510\n"
                    "Dr. Laura Mendez, MD, Biscayne Kidney & Dialysis Center, Miami — (305) 555-0161")
    d.save(out("w113_012_docx_textbox.docx"))


# --------------------------------------------------------------------- 016
def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def f016():
    d = base_doc(font="Calibri", size=10)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width = Cm(6); right.width = Cm(11)
    shade_cell(left, "E8F0EC")

    def lp(text, bold=False, size=10):
        p = left.add_paragraph(); r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); return p

    def rp(text, bold=False, size=10):
        p = right.add_paragraph(); r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); return p
    left.paragraphs[0].add_run("Nethmi Jayasuriya").bold = True
    lp("නෙත්මි ජයසූරිය", size=10)
    lp("Final-year MBBS student", size=9)
    lp("")
    lp("CONTACT", bold=True)
    lp("+94 71 845 2210")
    lp("nethmi.jayasuriya99@gmail.com")
    lp("Peradeniya, Kandy, Sri Lanka")
    lp("")
    lp("DETAILS", bold=True)
    lp("Date of birth: 22.07.1999")
    lp("Nationality: Sri Lankan")
    lp("Civil status: Unmarried")
    lp("")
    lp("LANGUAGES", bold=True)
    lp("Sinhala – native")
    lp("English – fluent")
    lp("")
    lp("EXAMS", bold=True)
    lp("USMLE Step 1: Pass (Jan 2026)")
    lp("Step 2 CK: planned 2027")
    lp("IELTS Academic: 8.0")
    lp("")
    lp("VISA", bold=True)
    lp("Will apply for B1/B2 visitor visa for electives")
    right.paragraphs[0].add_run("CAREER INTERESTS").bold = True
    rp("Pediatrics and Neurology (pediatric neurology in the long term).")
    rp("")
    rp("EDUCATION", bold=True)
    rp("MBBS (in progress), Faculty of Medicine, University of Peradeniya, Sri Lanka")
    rp("Batch 2020/21 — Final MBBS examination: 2026; expected graduation: 2027")
    rp("Second MBBS: passed with Merit passes in Pharmacology and Pathology")
    rp("")
    rp("US EXPERIENCE", bold=True)
    rp("Research Assistant (remote), Department of Pediatrics, Buckeye Children's Research "
       "Institute, Columbus, OH — 10/2025 – present")
    rp("Clinical Elective (hands-on), Pediatrics, Buckeye Children's Hospital, Columbus, OH — "
       "4 weeks, starting 1 June 2026")
    rp("")
    rp("CLINICAL TRAINING IN SRI LANKA", bold=True)
    rp("Clinical appointments: Paediatrics, Medicine, Surgery, Obstetrics & Gynaecology — Teaching Hospital "
       "Peradeniya and Sirimavo Bandaranaike Specialized Children's Hospital, 2023 – 2026")
    rp("")
    rp("PUBLICATIONS & PRESENTATIONS", bold=True)
    rp("1. Jayasuriya N, Bandara K, Herath P. Febrile seizure recurrence in Sri Lankan children: a cohort study. "
       "Sri Lanka Journal of Child Health. 2025;54(2):118-24.")
    rp("Abstract: 'Childhood epilepsy treatment gap in Central Province', SLCP Annual Congress 2025.")
    rp("Abstract: 'EEG access in rural Sri Lanka', Child Neurology Society meeting 2026 (accepted).")
    rp("")
    rp("REFEREES", bold=True)
    rp("Prof. K. Bandara, Dept. of Paediatrics, University of Peradeniya — +94 81 238 8001")
    rp("Dr. Emily Carter, MD, Buckeye Children's Hospital, Columbus, OH — (614) 555-0139")
    d.save(out("w113_016_docx_twocol_table.docx"))


# scans source (docx -> LO pdf, rasterized by gen_scans)
def scan_src_017():
    d = base_doc(font="Times New Roman", size=11)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BIO-DATA"); r.bold = True; r.underline = True; r.font.size = Pt(16)
    kv_table(d, [
        ("Name", "Dr. Sandeep Kumar Gupta"),
        ("Father's Name", "Sh. Ramesh Chand Gupta"),
        ("Date of Birth", "05.01.1994"),
        ("Nationality", "Indian"),
        ("Marital Status", "Married"),
        ("Address", "H.No. 221, Sector 15, Rohini, Delhi – 110089"),
        ("Mobile No.", "+91-9811 456 203"),
        ("E-mail", "sandeepkgupta.mamc@gmail.com"),
        ("Languages", "Hindi, English"),
    ], colon=True)
    heading(d, "ACADEMIC RECORD")
    grid_table(d, ["Exam", "College", "Year", "Marks"], [
        ["MBBS", "Maulana Azad Medical College, New Delhi (University of Delhi)", "2012 – 2017", "66.5%"],
        ["Internship", "Lok Nayak Hospital, New Delhi", "2017 – 2018", "Completed"],
    ])
    heading(d, "EXAMS")
    d.add_paragraph("NEET-PG 2019: 88 percentile.  USMLE Step 1: 229 (2019).  USMLE Step 2 CK: 236 (2020).  "
                    "ECFMG certified (2020).")
    heading(d, "EXPERIENCE")
    d.add_paragraph("Senior Resident (Anaesthesia), Safdarjung Hospital, New Delhi — 2019 to 2022.")
    d.add_paragraph("US Observership: Anesthesiology, Lenox Valley Medical Center, Pittsfield, MA — "
                    "Sep 2023 to Oct 2023.")
    d.add_paragraph("US Externship (hands-on): Anesthesiology, Garden State Surgical Hospital, Newark, NJ — "
                    "Nov 2023 to Jan 2024.")
    heading(d, "AREA OF INTEREST")
    d.add_paragraph("Anesthesiology residency. Require J-1 visa sponsorship.")
    heading(d, "PUBLICATIONS")
    d.add_paragraph("Gupta SK, Bansal R. Ultrasound-guided TAP block after caesarean section. "
                    "Indian J Anaesth. 2021;65(9):660-5.")
    heading(d, "REFERENCE")
    d.add_paragraph("Dr. Meenakshi Bansal, Prof. & Head, Anaesthesia, Safdarjung Hospital. Mob: +91-9868 012 345")
    declaration(d, "New Delhi", "02.11.2026", "Sandeep Kumar Gupta")
    src = work("w113_017_src.docx")
    d.save(src)
    return soffice_convert(src, "pdf", WORK)


def scan_src_019():
    d = base_doc(font="Liberation Serif", size=12)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(18)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Dr. Bibek Raj Poudel").bold = True
    kv_table(d, [
        ("Date of Birth", "1993-11-18 (2050/08/02 B.S.)"),
        ("Nationality", "Nepali"),
        ("Marital Status", "Married"),
        ("Permanent Address", "Ward No. 7, Pokhara Metropolitan City, Kaski, Gandaki Province, Nepal"),
        ("Mobile", "+977 985-6012345"),
        ("Email", "bibek.poudel.md@gmail.com"),
        ("NMC Reg. No.", "14872"),
    ])
    heading(d, "EDUCATION")
    d.add_paragraph("MBBS, Manipal College of Medical Sciences, Pokhara (Kathmandu University), Nepal. "
                    "2011 – 2017. Aggregate 70%.")
    d.add_paragraph("Internship: Manipal Teaching Hospital, Pokhara, 2016 – 2017.")
    heading(d, "EXAMINATIONS")
    kv_table(d, [
        ("NMC Licensing Exam", "Passed (2017)"),
        ("USMLE Step 1", "Passed (2020)"),
        ("USMLE Step 2 CK", "226 (2021)"),
        ("USMLE Step 3", "209 (2024)"),
        ("ECFMG Certification", "Certified (2021)"),
    ])
    heading(d, "WORK EXPERIENCE (NEPAL)")
    d.add_paragraph("Medical Officer, Western Regional Hospital, Pokhara — 2017 – 2020")
    d.add_paragraph("Medical Officer (Emergency), Gandaki Medical College — 2020 – 2023")
    for _ in range(8):
        d.add_paragraph("")
    heading(d, "US CLINICAL EXPERIENCE")
    d.add_paragraph("1. Observership — Emergency Medicine, Riverbend Regional Medical Center, Cincinnati, OH. "
                    "Duration: 06/2023 – 08/2023.")
    d.add_paragraph("2. Clinical Externship (hands-on) — Emergency Medicine, Mid-Valley Hospital, Scranton, PA. "
                    "Duration: 09/2023 – 11/2023.")
    d.add_paragraph("3. Research Assistant — Department of Emergency Medicine, Riverbend Regional Medical "
                    "Center, Cincinnati, OH. Duration: 06/2023 – 05/2024.")
    heading(d, "CAREER INTEREST")
    d.add_paragraph("Emergency Medicine residency. Visa: currently on J-2 dependent status; will require J-1 "
                    "sponsorship for residency.")
    heading(d, "PUBLICATIONS")
    d.add_paragraph("1. Poudel BR, et al. Snakebite envenomation in western Nepal. J Nepal Health Res Counc. "
                    "2019;17(2):210-4.\n2. Poudel BR, Gurung S. Road traffic injuries at a regional hospital. "
                    "Kathmandu Univ Med J. 2022;20(1):55-9.\n3. Submitted: 'ED boarding times in Ohio' (under review).")
    heading(d, "LANGUAGES")
    d.add_paragraph("Nepali, English, Hindi, Gurung")
    heading(d, "REFEREES")
    d.add_paragraph("Dr. Sushil Gurung, Head of Emergency, Gandaki Medical College — +977 61-538595\n"
                    "Dr. Mark Ellison, MD, Riverbend Regional Medical Center — (513) 555-0110")
    d.add_paragraph("I hereby declare that the information given above is true to the best of my knowledge.")
    d.add_paragraph("Place: Pokhara\t\t\tSignature: ____________")
    src = work("w113_019_src.docx")
    d.save(src)
    return soffice_convert(src, "pdf", WORK)


if __name__ == "__main__":
    f001(); f002(); f009(); f012(); f016()
