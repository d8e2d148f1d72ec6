"""fpdf2 (005), reportlab (006, 013), plain text (007), RTF (008), RTF -> LO PDF (015)."""
import shutil
from fpdf import FPDF
from common import out, work, soffice_convert, WORK

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# --------------------------------------------------------------------- 005 ERAS-like export (fpdf2)
def f005():
    class E(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7)
            self.cell(0, 4, f"AAMC ID 17294853 — Khan, Ayesha Siddiqa — Page {self.page_no()}", align="C")
    pdf = E(format="Letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DV", "", DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_B)

    def hdr():
        pass
    pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 5, "ERAS 2027 — MyERAS Application (Applicant Copy)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "AAMC ID: 17294853     Printed: 11/20/2026 09:14 AM", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def sect(t):
        pdf.ln(2)
        pdf.set_fill_color(220, 220, 220)
        pdf.set_font("DV", "B", 10)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)

    def kv(k, v):
        pdf.set_font("DV", "B", 9)
        pdf.cell(55, 5, k)
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")

    sect("Personal Information")
    kv("Name:", "Khan, Ayesha Siddiqa")
    kv("Name as on Passport:", "Ayesha Siddiqa Khan")
    kv("Previous Last Name:", "—")
    kv("Preferred Name:", "Ayesha")
    kv("Email:", "ayesha.skhan@protonmail.com")
    kv("Preferred Phone #:", "+1 (513) 555-0178")
    kv("Alternate Phone #:", "+92 300 2847163")
    kv("Mailing Address:", "3120 Clifton Ave, Apt 4, Cincinnati, OH 45220")
    kv("Permanent Address:", "B-17, Block 5, Clifton, Karachi, Sindh, Pakistan")
    kv("Birth Date:", "1997")
    sect("Citizenship")
    kv("Current Country of Citizenship:", "Pakistan")
    kv("Authorized to Work in the US:", "No")
    kv("Current Work Authorization:", "None")
    kv("Visa Sponsorship Needed:", "Yes")
    kv("Visa Sponsorship Sought:", "J-1")
    sect("Education")
    kv("Medical School:", "Aga Khan University Medical College, Karachi, Pakistan")
    kv("Degree:", "MBBS    Date of Graduation: 06/2020")
    kv("Dates of Attendance:", "08/2015 - 06/2020")
    sect("Licensure / USMLE")
    kv("USMLE Step 1:", "Pass    Date: 03/2021")
    kv("USMLE Step 2 CK:", "262    Date: 11/2021")
    kv("USMLE Step 3:", "230    Date: 02/2024")
    kv("ECFMG Certified:", "Yes    Date: 12/2021")
    kv("Medical Licensure:", "Pakistan Medical & Dental Council (PMDC), full registration")
    sect("Specialty / Program Signals")
    kv("Preference:", "Pediatrics (Categorical)")
    sect("Experiences")
    exps = [
        ("Research Assistant", "Division of Pediatric Hospital Medicine, Queen City Children's Hospital",
         "Cincinnati, OH", "08/2022 - 07/2023", "Research",
         "QI project on bronchiolitis high-flow weaning; data abstraction; IRB submission."),
        ("Observer", "Department of Pediatrics, Queen City Children's Hospital", "Cincinnati, OH",
         "08/2023 - 09/2023", "Volunteer/Observership",
         "Observed general pediatrics inpatient team; attended morning report."),
        ("Resident Medical Officer (PGY-1)", "Department of Paediatrics, Aga Khan University Hospital",
         "Karachi, Pakistan", "07/2020 - 06/2022", "Work",
         "Inpatient paediatrics, NICU and emergency rotations."),
    ]
    for title, org, loc, dates, typ, desc in exps:
        pdf.set_font("DV", "B", 9)
        pdf.multi_cell(0, 5, f"{title} — {org}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(0, 5, f"{loc}    {dates}    Experience Type: {typ}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, "Description: " + desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    sect("Publications")
    pdf.set_font("DV", "B", 9); pdf.cell(0, 5, "Peer Reviewed Journal Articles/Abstracts", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pubs = [
        "Khan AS, Hussain R. Neonatal jaundice phototherapy thresholds in Karachi. J Pak Med Assoc. 2020;70(9):1501-5. Status: Published",
        "Khan AS, et al. Vitamin D deficiency among school children in Sindh. BMC Pediatr. 2021;21:388. Status: Published",
        "Hussain R, Khan AS. Kangaroo mother care uptake. Pak J Med Sci. 2021;37(6):1650-4. Status: Published",
        "Khan AS, Moore T. High-flow nasal cannula weaning protocol in bronchiolitis. Hosp Pediatr. 2024;14(2):e88-95. Status: Published",
        "Moore T, Khan AS, Li W. Readmissions after bronchiolitis. Pediatrics. 2025;155(1):e2024066. Status: Published",
    ]
    for i, p in enumerate(pubs, 1):
        pdf.multi_cell(0, 5, f"{i}. {p}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 9); pdf.cell(0, 5, "Poster Presentation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for p in ["PAS 2023, Washington DC — HFNC weaning (poster)", "PHM 2023 — bronchiolitis QI (poster)",
              "Ohio AAP 2024 — readmissions (poster)"]:
        pdf.multi_cell(0, 5, "• " + p, new_x="LMARGIN", new_y="NEXT")
    sect("Language Fluency")
    kv("English:", "Native/Functionally Native")
    kv("Urdu:", "Native/Functionally Native")
    kv("Sindhi:", "Good")
    sect("Hobbies & Interests")
    pdf.multi_cell(0, 5, "Cricket, Urdu poetry, baking.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out("w113_005_fpdf_eras.pdf"))


# --------------------------------------------------------------------- 006 Naukri-style export (reportlab)
def f006():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    H = ParagraphStyle("h", parent=ss["Heading3"], textColor=colors.HexColor("#275DF5"), spaceBefore=8, spaceAfter=3)
    N = ParagraphStyle("n", parent=ss["Normal"], fontSize=9.5, leading=12.5)
    S = ParagraphStyle("s", parent=N, textColor=colors.HexColor("#666666"), fontSize=8.5)
    doc = SimpleDocTemplate(out("w113_006_reportlab_naukri.pdf"), pagesize=A4, leftMargin=40, rightMargin=40,
                            topMargin=36, bottomMargin=36, title="Naukri Profile - Rohit Kumar Verma")
    st = []
    st.append(Paragraph("<font size=8 color='#999999'>naukri profile export · Last updated 18-Nov-2026</font>", N))
    st.append(Paragraph("<b><font size=17>Rohit Kumar Verma</font></b>", N))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Medical Officer (Emergency) at Fortis Hospital, Mohali", N))
    t = Table([["Mohali, Punjab", "8 Years 2 Months", "+91-9876012345"],
               ["rohitkverma.doc@rediffmail.com", "Notice period: 3 Months", "Verified"]],
              colWidths=[190, 150, 160])
    t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#333333")),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    st.append(t)
    st.append(Paragraph("Resume headline", H))
    st.append(Paragraph("MBBS doctor, 8+ yrs emergency & trauma experience, USMLE Step 1 (232) & Step 2 CK (241), "
                        "ECFMG certified, seeking Emergency Medicine residency in USA", N))
    st.append(Paragraph("Key skills", H))
    st.append(Paragraph("ACLS · ATLS · Emergency Medicine · Trauma Care · Point-of-care Ultrasound · Triage · "
                        "Intubation · Central Line · EMR", N))
    st.append(Paragraph("Employment", H))
    for role, org, dates, desc in [
        ("Medical Officer - Emergency", "Fortis Hospital, Mohali", "Jul 2020 - Present (6 yrs 5 months)",
         "Full-time · Managing 60+ ED patients/shift, resuscitation, trauma team member"),
        ("Junior Resident - Casualty", "Government Multi Specialty Hospital, Sector 16, Chandigarh",
         "Oct 2018 - Jun 2020 (1 yr 9 months)", "Full-time · Casualty and COVID screening"),
    ]:
        st.append(Paragraph(f"<b>{role}</b><br/>{org}<br/><font color='#666666'>{dates}</font><br/>{desc}", N))
        st.append(Spacer(1, 4))
    st.append(Paragraph("Education", H))
    st.append(Paragraph("<b>MBBS</b><br/>Government Medical College & Hospital, Chandigarh (Panjab University)"
                        "<br/><font color='#666666'>2012-2017 · Full Time</font>", N))
    st.append(Spacer(1, 4))
    st.append(Paragraph("<b>Class XII</b><br/>CBSE · 2011 · 91%", N))
    st.append(Paragraph("Accomplishments", H))
    st.append(Paragraph("<b>Certifications</b>: ACLS (AHA, 2025) · ATLS (2023) · ECFMG Certificate (2022)", N))
    st.append(Paragraph("<b>Online profile</b>: USMLE Step 1 — 232 (2021); USMLE Step 2 CK — 241 (2022); "
                        "NEET-PG 2019 — qualified", N))
    st.append(Paragraph("Career profile", H))
    ct = Table([["Desired job type", "Permanent"], ["Desired role", "Emergency Medicine Resident (USA)"],
                ["Preferred location", "USA"], ["Expected CTC", "Not disclosed"]], colWidths=[150, 330])
    ct.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]))
    st.append(ct)
    st.append(Paragraph("Personal details", H))
    pt = Table([["Date of birth", "14 Aug 1993"], ["Gender", "Male"], ["Marital status", "Married"],
                ["Category", "General"], ["Address", "House 1123, Sector 70, Mohali, Punjab 160071"],
                ["Languages", "Hindi (Proficient: read, write, speak) · English (Expert) · Punjabi (speak)"]],
               colWidths=[150, 330])
    pt.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]))
    st.append(pt)
    doc.build(st)


# --------------------------------------------------------------------- 013 reportlab table CV
def f013():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=10, leading=12.5)
    B = ParagraphStyle("b", parent=N, fontName="Times-Bold")
    H = ParagraphStyle("h", parent=N, fontName="Times-Bold", fontSize=11.5, textColor=colors.white)

    def sec(title):
        t = Table([[Paragraph(title, H)]], colWidths=[515])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#0b5345")),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [Spacer(1, 7), t, Spacer(1, 3)]

    def grid(rows, widths):
        data = [[Paragraph(c, B if i == 0 else N) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5f5e3")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def footer(c, d):
        c.saveState(); c.setFont("Times-Italic", 8)
        c.drawString(40, 20, "Syed Zain-ul-Abideen Bukhari — CV — page %d" % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(out("w113_013_reportlab_table.pdf"), pagesize=A4, leftMargin=40, rightMargin=40,
                            topMargin=36, bottomMargin=36)
    st = [Paragraph("<font size=18><b>Dr. Syed Zain-ul-Abideen Bukhari</b></font>", N), Spacer(1, 8),
          Paragraph("MBBS, MRCP(UK) Part 1 &nbsp;|&nbsp; +92 300 8456123 &nbsp;|&nbsp; zain.bukhari.aimc@hotmail.com"
                    " &nbsp;|&nbsp; DHA Phase 5, Lahore", N)]
    st += sec("CAREER OBJECTIVE")
    st.append(Paragraph("Internal Medicine residency followed by fellowship in Pulmonary and Critical Care Medicine. "
                        "Requires H1B visa sponsorship.", N))
    st += sec("EDUCATION")
    st.append(grid([["Degree", "Institution", "Year", "Marks"],
                    ["MBBS", "Allama Iqbal Medical College, Lahore (UHS)", "2012 – 2017", "65%"],
                    ["House Job", "Jinnah Hospital, Lahore (Medicine / Pulmonology)", "2017 – 2018", "—"]],
                   [70, 300, 80, 65]))
    st += sec("EXAMINATIONS")
    st.append(grid([["Examination", "Date", "Result"],
                    ["PLAB 1 (GMC, UK)", "Mar 2019", "Pass"],
                    ["MRCP(UK) Part 1", "Sep 2019", "Pass"],
                    ["USMLE Step 1", "Aug 2020", "221"],
                    ["USMLE Step 2 CK", "Jun 2021", "233"],
                    ["USMLE Step 3", "Apr 2023", "215"],
                    ["ECFMG", "2021", "Certified"]], [215, 150, 150]))
    st += sec("U.S. EXPERIENCE")
    st.append(grid([["Position", "Institution", "Location", "Dates"],
                    ["Hands-on Clinical Rotation, Pulmonology", "Ironbound Medical Center", "Newark, NJ", "Sept 2023 – Oct 2023"],
                    ["Research Fellow, Pulmonary & Critical Care", "Lakefront University Medical Center", "Chicago, IL", "Jan 2024 – Dec 2024"],
                    ["Observer, Medical ICU (Critical Care)", "Lakefront University Medical Center", "Chicago, IL", "Nov 2024 – Jan 2025"]],
                   [150, 165, 80, 120]))
    st += sec("CLINICAL EXPERIENCE (PAKISTAN & UK)")
    st.append(grid([["Position", "Institution", "Dates"],
                    ["Medical Officer, Pulmonology", "Jinnah Hospital, Lahore", "2018 – 2022"],
                    ["Clinical Attachment, Respiratory Medicine", "Royal Preston Hospital, UK", "Jan 2023 – Mar 2023"]],
                   [200, 200, 115]))
    st += sec("PUBLICATIONS (PEER-REVIEWED)")
    for i, p in enumerate([
        "Bukhari SZ, Iqbal M. MDR-TB outcomes in Lahore. Pak J Chest Med. 2019;25(2):55-60.",
        "Bukhari SZ, et al. NIV in COPD exacerbation. J Coll Physicians Surg Pak. 2020;30(11):1170-4.",
        "Iqbal M, Bukhari SZ. COVID-19 ARDS prone positioning. Cureus. 2021;13(4):e14512.",
        "Bukhari SZ, Novak J. ICU delirium bundles. J Intensive Care Med. 2024;39(9):870-7.",
        "Novak J, Bukhari SZ, Park S. Sepsis fluid balance and mortality. Crit Care Explor. 2025;7(1):e1188.",
        "Bukhari SZ, Novak J. Early mobility in ventilated patients. Chest. 2025;168(2):401-10.",
    ], 1):
        st.append(Paragraph(f"{i}. {p}", N))
    st.append(Paragraph("Posters: CHEST 2024 (2 posters); ATS 2025 (1 abstract).", N))
    st += sec("LANGUAGES")
    st.append(Paragraph("Urdu, English, Punjabi, Arabic (reading only)", N))
    st += sec("REFERENCES")
    st.append(Paragraph("Prof. Dr. Muhammad Iqbal, Pulmonology, AIMC Lahore — +92 321 4400912<br/>"
                        "Dr. Jan Novak, MD, Lakefront University Medical Center, Chicago — (312) 555-0133", N))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------- 007 plain text
TXT007 = """SUJAN SHRESTHA
MBBS (IOM, Tribhuvan University)
Mobile/WhatsApp: +977-9841234567 | Email: sujan.shrestha.iom@gmail.com
Address: Baneshwor-10, Kathmandu, Nepal

--------------------------------------------------------------
OBJECTIVE
--------------------------------------------------------------
To obtain a residency position in Internal Medicine or Psychiatry
in the United States.

--------------------------------------------------------------
EDUCATION
--------------------------------------------------------------
MBBS  - Institute of Medicine (IOM), Maharajgunj Medical Campus,
        Tribhuvan University, Kathmandu, Nepal
        2013 - 2019 (Aggregate 72.5%)
Internship - Tribhuvan University Teaching Hospital (TUTH),
        Kathmandu, Dec 2018 - Nov 2019

--------------------------------------------------------------
LICENSURE & EXAMS
--------------------------------------------------------------
Nepal Medical Council (NMC) Reg. No. 18234 (2019)
USMLE Step 1 ............ Passed (2021)
USMLE Step 2 CK ......... 244 (2022)
UWSA2 (practice) ........ 258
ECFMG ................... Certified (2022)

--------------------------------------------------------------
US CLINICAL EXPERIENCE
--------------------------------------------------------------
* Observership - Internal Medicine
  Flushing Hospital Medical Center, Queens, New York (NY)
  15/01/2025 - 14/02/2025

* Hands-on Externship - Psychiatry
  Lone Oak Behavioral Health, Dallas, TX
  March-May 2025

--------------------------------------------------------------
WORK EXPERIENCE (NEPAL)
--------------------------------------------------------------
Medical Officer, Dhulikhel Hospital, Kavre      2020 - 2023
Medical Officer, Bir Hospital (Emergency)       2023 - 2024

--------------------------------------------------------------
PUBLICATIONS
--------------------------------------------------------------
1. Shrestha S, Karki B. Alcohol use disorder among medical
   admissions at TUTH. J Nepal Med Assoc. 2020;58(230):770-4.
2. Shrestha S, et al. Organophosphate poisoning with delayed
   neuropathy: a case report. JNMA. 2021;59(240):850-2.
Poster: Depression screening in primary care, NMA Conference 2023.

--------------------------------------------------------------
VISA
--------------------------------------------------------------
B1/B2 tourist visa (valid until 2029)

--------------------------------------------------------------
LANGUAGES
--------------------------------------------------------------
Nepali (native), English (fluent), Hindi (fluent), Maithili (basic)

--------------------------------------------------------------
REFERENCES
--------------------------------------------------------------
Dr. Bikash Karki, Associate Professor, Psychiatry, IOM
   Phone: +977-9851098765
Dr. Sarah Collins, MD, Lone Oak Behavioral Health, Dallas, TX
   Phone: 214-555-0152

DECLARATION
I hereby declare that the above information is true.
Place: Kathmandu                      Date: 2083/07/25 (10 Nov 2026)
Signature: Sujan Shrestha
"""


def f007():
    with open(out("w113_007_txt_plain.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(TXT007)


# --------------------------------------------------------------------- RTF helpers
def rtf_escape(s):
    outp = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            outp.append("\\" + ch)
        elif ch == "\n":
            outp.append("\\line ")
        elif o < 128:
            outp.append(ch)
        else:
            if o > 32767:
                o -= 65536
            outp.append(f"\\u{o}?")
    return "".join(outp)


def rtf_doc(blocks, font="Times New Roman"):
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 " + font +
            ";}{\\f1\\fnil\\fcharset0 Noto Sans Sinhala;}{\\f2\\fnil\\fcharset0 Noto Sans Bengali;}}"
            "{\\colortbl;\\red0\\green0\\blue0;\\red31\\green78\\blue121;}"
            "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\f0\\fs22\n")
    body = []
    for kind, text in blocks:
        if kind == "title":
            body.append("\\pard\\qc\\b\\fs32 " + rtf_escape(text) + "\\b0\\fs22\\par\n")
        elif kind == "center":
            body.append("\\pard\\qc " + rtf_escape(text) + "\\par\n")
        elif kind == "center_f1":
            body.append("\\pard\\qc{\\f1 " + rtf_escape(text) + "}\\par\n")
        elif kind == "center_f2":
            body.append("\\pard\\qc{\\f2 " + rtf_escape(text) + "}\\par\n")
        elif kind == "h":
            body.append("\\pard\\sb200\\sa60\\cf2\\b\\ul " + rtf_escape(text) + "\\ulnone\\b0\\cf1\\par\n")
        elif kind == "p":
            body.append("\\pard\\sa60 " + rtf_escape(text) + "\\par\n")
        elif kind == "row":
            cells = text
            n = len(cells)
            w = 9600 // n
            r = "\\trowd\\trgaph80"
            for i in range(n):
                r += f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{w*(i+1)}"
            r += "\n" + "".join("\\pard\\intbl " + rtf_escape(c) + "\\cell " for c in cells) + "\\row\n"
            body.append(r)
    return head + "".join(body) + "}"


def f008():
    blocks = [
        ("title", "CURRICULUM VITAE"),
        ("center", "Dr. Dilani Wickramasinghe"),
        ("center_f1", "ඩිලානි වික්‍රමසිංහ"),
        ("center", "MBBS (Colombo), MRCP(UK) Part 1"),
        ("h", "Personal Details"),
        ("row", ["Full name", "Wickramasinghe Arachchige Dilani Wickramasinghe"]),
        ("row", ["Date of birth", "04th March 1991"]),
        ("row", ["Nationality", "Sri Lankan"]),
        ("row", ["Civil status", "Married"]),
        ("row", ["NIC No.", "916430215V"]),
        ("row", ["Current address", "Flat 12, Brunswick Court, Leicester LE1 7RH, United Kingdom"]),
        ("row", ["Mobile (UK)", "+44 7700 900123"]),
        ("row", ["Email", "dilani.wick@yahoo.co.uk"]),
        ("row", ["GMC No.", "7712345 (full registration)"]),
        ("h", "Career Aim"),
        ("p", "Seeking a residency in Internal Medicine with a special interest in Geriatrics. "
              "I will require a J-1 visa."),
        ("h", "Education"),
        ("p", "MBBS, Faculty of Medicine, University of Colombo, Sri Lanka — 2010 to 2016 (Second Class Upper)."),
        ("p", "Internship: National Hospital of Sri Lanka, Colombo — 2017 – 2018 (Medicine 6 months, Surgery 6 months)."),
        ("h", "Examinations"),
        ("row", ["PLAB 1 / PLAB 2", "Passed (2020 / 2021)"]),
        ("row", ["MRCP(UK) Part 1", "Passed (2022)"]),
        ("row", ["USMLE Step 1", "Pass (2023)"]),
        ("row", ["USMLE Step 2 CK", "236 (2024)"]),
        ("row", ["ECFMG", "Certified (2024)"]),
        ("h", "Employment"),
        ("p", "Clinical Fellow in Elderly Care Medicine, University Hospitals of Leicester NHS Trust, UK — "
              "Aug 2022 – present."),
        ("p", "Senior House Officer (Medicine), Colombo North Teaching Hospital, Ragama — 2018 – 2021."),
        ("h", "US Clinical Experience"),
        ("p", "Observership, Geriatrics — Allegheny Senior Care Center, Pittsburgh, PA — 07/2025 – 08/2025."),
        ("h", "Publications"),
        ("p", "Wickramasinghe D, Fernando S. Falls in hospitalised older adults: a prospective study. "
              "Ceylon Med J. 2019;64(3):98-103."),
        ("p", "Audit (not published): Delirium screening compliance in elderly care wards, Leicester 2023."),
        ("h", "Languages"),
        ("p", "Sinhala (native), English (fluent), Tamil (working knowledge)"),
        ("h", "Referees"),
        ("p", "1. Dr. Sunil Fernando, Consultant Physician, Colombo North Teaching Hospital — +94 77 345 6789"),
        ("p", "2. Dr. Helen Marsh, Consultant Geriatrician, Leicester Royal Infirmary — +44 116 258 5000"),
        ("p", "I certify that the above information is correct."),
        ("p", "Date: 15.11.2026          Signature: D. Wickramasinghe"),
    ]
    with open(out("w113_008_rtf.rtf"), "w", encoding="ascii") as f:
        f.write(rtf_doc(blocks))


def f015():
    blocks = [
        ("title", "CURRICULUM VITAE"),
        ("center", "Md. Rakibul Hasan"),
        ("center_f2", "মোঃ রাকিবুল হাসান"),
        ("center", "MBBS (SSMC, University of Dhaka) | BCS (Health)"),
        ("h", "PERSONAL INFORMATION"),
        ("row", ["Father's name", "Md. Abul Hasan"]),
        ("row", ["Mother's name", "Mst. Jahanara Begum"]),
        ("row", ["Date of birth", "01 January 1993"]),
        ("row", ["Nationality", "Bangladeshi"]),
        ("row", ["Marital status", "Married"]),
        ("row", ["Permanent address", "Vill: Char Fasson, P.O. & P.S.: Char Fasson, Dist: Bhola"]),
        ("row", ["Mobile", "+880-1819-456789"]),
        ("row", ["E-mail", "rakib.ssmc@gmail.com"]),
        ("h", "OBJECTIVE"),
        ("p", "To join a Family Medicine or Internal Medicine residency program in the USA. J-1 visa sponsorship needed."),
        ("h", "EDUCATIONAL QUALIFICATION"),
        ("row", ["Degree", "Institute", "Year", "Result"]),
        ("row", ["MBBS", "Sir Salimullah Medical College, Dhaka (University of Dhaka)", "2017", "Passed"]),
        ("row", ["HSC", "Notre Dame College, Dhaka", "2010", "GPA 5.00"]),
        ("row", ["SSC", "Bhola Govt. High School", "2008", "GPA 5.00"]),
        ("h", "INTERNSHIP"),
        ("p", "Sir Salimullah Medical College Mitford Hospital, Dhaka — 01.03.2017 – 28.02.2018"),
        ("h", "JOB EXPERIENCE"),
        ("p", "Medical Officer (BCS Health, 39th batch), Upazila Health Complex, Char Fasson, Bhola — 2019 – 2023"),
        ("h", "USMLE"),
        ("p", "Step 1: Pass (2023).  Step 2 CK: 228 (2024).  ECFMG certified: 2024."),
        ("h", "US CLINICAL EXPERIENCE"),
        ("row", ["Rotation", "Hospital", "Duration"]),
        ("row", ["Observership (Internal Medicine)", "Jamaica Plains Medical Center, Queens, NY", "01.2025 – 02.2025"]),
        ("row", ["Externship, hands-on (Family Medicine)", "Garden State Family Practice, Paterson, NJ", "03.2025 – 05.2025"]),
        ("h", "LANGUAGE PROFICIENCY"),
        ("p", "Bangla (native), English (fluent)"),
        ("h", "REFERENCES"),
        ("p", "Prof. Dr. A.K.M. Mosharraf Hossain, Medicine, SSMC — 01711-345678"),
        ("p", "Dr. Priya Patel, MD, Garden State Family Practice, Paterson, NJ — 973-555-0190"),
        ("h", "DECLARATION"),
        ("p", "I hereby declare that all the information given above is true and correct."),
        ("p", "Place: Dhaka     Date: 18/11/2026     Signature: ___________"),
    ]
    src = work("w113_015_src.rtf")
    with open(src, "w", encoding="ascii") as f:
        f.write(rtf_doc(blocks, font="Liberation Serif"))
    pdf = soffice_convert(src, "pdf", WORK)
    shutil.move(pdf, out("w113_015_lo_rtf_pdf.pdf"))


if __name__ == "__main__":
    f005(); f006(); f013(); f007(); f008(); f015()
