# -*- coding: utf-8 -*-
"""Non-HTML readable CVs: python-docx (Google Docs Serif/Spearmint, Canva table, header/footer),
reportlab (Kickresume bars), fpdf2 (minimal icons), plain text (ATS export)."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Inches, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{s}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def set_font(doc, name, size):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def tabbed(doc, left, right, bold=True, size=10.5, width=Inches(6.5), color=None):
    p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left); r.bold = bold; r.font.size = Pt(size)
    r2 = p.add_run("\t" + right); r2.font.size = Pt(size - 1); r2.italic = True
    if color: r2.font.color.rgb = color
    return p


def bullets(doc, lst, size=10):
    for b in lst:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(b); r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------ 008 Google Docs "Serif"
def gdocs_serif(path):
    doc = Document(); set_font(doc, "Liberation Serif", 10.5)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Inches(1); sec.top_margin = Inches(0.8)
    # contacts live in the page header, like a Docs template where the user moved them
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Brooklyn, NY 11226  |  (347) 555-0162  |  kimberlyann.thompson.md@gmail.com"); r.font.size = Pt(9)
    h = doc.add_paragraph(); r = h.add_run("Kimberly-Ann Thompson"); r.font.size = Pt(26); r.font.name = "Liberation Serif"
    h2 = doc.add_paragraph(); r = h2.add_run("MBBS (UWI)  ·  U.S. Citizen  ·  Internal Medicine / Infectious Disease")
    r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def head(t):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
        r = p.add_run(t.upper()); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = RGBColor(0x8A, 0x1C, 0x1C)
        rPr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "40"); rPr.append(sp)

    head("Summary")
    doc.add_paragraph("Born in Kingston, Jamaica and naturalised U.S. citizen. Graduate of the University of the West Indies "
                      "seeking an Internal Medicine residency with a future in Infectious Disease.")
    head("U.S. Clinical Experience")
    tabbed(doc, "Sub-Internship, Internal Medicine — Biscayne Bay Medical Center, Miami, FL", "Jan 2024 – Mar 2024")
    bullets(doc, ["Primary clinician for 4–6 ward patients, orders co-signed", "Night float week with admitting resident"])
    tabbed(doc, "Elective, Infectious Disease Consult Service — Biscayne Bay Medical Center, Miami, FL", "Mar 2024 – Apr 2024")
    bullets(doc, ["Overlapped final week of IM sub-internship; OPAT and HIV clinic"])
    head("Clinical Experience — Jamaica")
    tabbed(doc, "Intern, University Hospital of the West Indies, Kingston", "Sept 2022 – Aug 2023")
    bullets(doc, ["Medicine, Surgery, Paediatrics, Obstetrics rotations"])
    head("Education")
    tabbed(doc, "University of the West Indies, Mona Campus — Bachelor of Medicine & Bachelor of Surgery (MBBS)", "2017 – 2022")
    bullets(doc, ["Graduated with Honours, July 2022"])
    tabbed(doc, "Campion College, Kingston — CAPE Sciences", "2015 – 2017")
    head("Examinations")
    doc.add_paragraph("USMLE Step 1: Pass  ·  USMLE Step 2 CK: 242  ·  ECFMG certified (February 2024)")
    doc.add_paragraph("NBME CCSSA practice: 238 (not an official score)")
    head("Research & Presentations")
    doc.add_paragraph("Poster — Dengue seroprevalence among healthcare workers, Caribbean Public Health Agency Conference, 2023.")
    doc.add_paragraph("Thompson K-A, et al. Antimicrobial stewardship audit at UHWI (manuscript in preparation).")
    head("Languages")
    doc.add_paragraph("English (native) · Jamaican Patois (native) · Spanish (conversational)")
    head("References")
    doc.add_paragraph("Dr. Marcus Delgado, MD, Program Faculty, Biscayne Bay Medical Center — mdelgado@biscaynebaymc.org — (305) 555-0121")
    doc.save(path)


# ------------------------------------------------------------------ 009 Google Docs "Spearmint" (contacts in a table)
def gdocs_spearmint(path):
    GREEN = RGBColor(0x2E, 0x9E, 0x7E)
    doc = Document(); set_font(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Inches(0.9)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run("Rafael Antonio\nPeña Almonte"); r.bold = True; r.font.size = Pt(22)
    p2 = c0.add_paragraph(); r = p2.add_run("MD Graduate · Emergency Medicine / Anesthesiology"); r.font.color.rgb = GREEN
    for i, line in enumerate(["⌂ Hialeah, FL 33012", "☎ (786) 555-0110", "✉ rafa.pena.almonte@gmail.com", "U.S. Lawful Permanent Resident (Green Card)"]):
        q = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        rr = q.add_run(line); rr.font.size = Pt(9)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def head(tx):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14)
        r = p.add_run(tx); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = GREEN

    head("Objective")
    doc.add_paragraph("Ross graduate applying for residency in Emergency Medicine; Anesthesiology as a parallel plan.")
    head("Education")
    tabbed(doc, "Ross University School of Medicine — Doctor of Medicine (MD)", "May 2025", color=GREEN)
    bullets(doc, ["Basic sciences: Bridgetown, Barbados (2021–2023)", "Clinical sciences: U.S. affiliated hospitals (2023–2024)"])
    tabbed(doc, "Florida International University — B.S. Biological Sciences", "2016 – 2020", color=GREEN)
    head("Clinical Rotations (USA)")
    rot = [("Internal Medicine core (12 wks)", "Palmetto Bay General Hospital, Miami, FL", "2023-05 → 2023-07"),
           ("Surgery core (12 wks)", "Palmetto Bay General Hospital, Miami, FL", "2023-08 → 2023-10"),
           ("Pediatrics core", "Piedmont Children's Hospital, Atlanta, GA", "2023-11 → 2023-12"),
           ("Obstetrics & Gynecology core", "Northside Women's Center, Atlanta, GA", "2024-01 → 2024-02"),
           ("Psychiatry core", "Bronx Riverside Behavioral Health Center, Bronx, NY", "2024-03 → 2024-04"),
           ("Family Medicine core", "Brooklyn Community Family Practice, Brooklyn, NY", "2024-05 → 2024-06"),
           ("Emergency Medicine elective (sub-I)", "Hackensack Valley Medical Center, Hackensack, NJ", "2024-08 → 2024-09")]
    for a, b, d in rot:
        tabbed(doc, f"{a} — {b}", d, color=GREEN)
    head("Exams")
    doc.add_paragraph("USMLE Step 1 — Pass (2023)\nUSMLE Step 2 CK — 250 (2024)\nECFMG Certification — Certified, June 2025\nCOMSAE practice — n/a")
    head("Work")
    tabbed(doc, "Emergency Department Scribe — Jackson North Medical Center, North Miami Beach, FL", "2020 – 2021", color=GREEN)
    bullets(doc, ["Real-time documentation for ED physicians (not clinical training)"])
    head("Languages")
    doc.add_paragraph("Spanish — native  |  English — native")
    head("Skills")
    doc.add_paragraph("ACLS · PALS · BLS · Ultrasound-guided IV access · Epic")
    doc.save(path)


# ------------------------------------------------------------------ 010 Canva-exported two-column table, converted to PDF by soffice
def canva_table(path):
    doc = Document(); set_font(doc, "Liberation Sans", 9.5)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Inches(0.5); sec.top_margin = sec.bottom_margin = Inches(0.5)
    t = doc.add_table(rows=1, cols=2); no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L, R = t.rows[0].cells
    L.width = Inches(2.4); R.width = Inches(5.1); shade(L, "E8EEF6")

    def lhead(cell, tx):
        p = cell.add_paragraph(); r = p.add_run(" ".join(tx.upper())); r.bold = True; r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x73)
    L.paragraphs[0].add_run("M. HAMZA RAUF").bold = True
    L.add_paragraph("Final-year MBBS student")
    lhead(L, "contact")
    for s in ["☎ 0333-5120476", "✉ hamza.rauf.kemu@gmail.com", "⌂ Johar Town, Lahore", "DOB: 09/03/2002"]:
        L.add_paragraph(s)
    lhead(L, "languages")
    for n, s in [("English", "●●●●○"), ("Urdu", "●●●●●"), ("Punjabi", "●●●●●"), ("Arabic (reading)", "●●○○○")]:
        L.add_paragraph(f"{n}  {s}")
    lhead(L, "skills")
    for s in ["Suturing ▰▰▰▰▱", "Surgical scrubbing ▰▰▰▰▰", "Literature review ▰▰▰▱▱"]:
        L.add_paragraph(s)
    lhead(L, "usmle")
    L.add_paragraph("Step 1: Pass (Nov 2025)")
    L.add_paragraph("Visa: B1/B2 visa holder")
    p = R.paragraphs[0]; r = p.add_run("Muhammad Hamza Rauf"); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x73)
    R.add_paragraph("محمد حمزہ رؤف")
    R.add_paragraph("Aspiring General Surgery resident. Final-year MBBS student at King Edward Medical University, Lahore.")

    def rhead(tx):
        p = R.add_paragraph(); r = p.add_run(tx.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x73)

    rhead("Education")
    R.add_paragraph("King Edward Medical University, Lahore, Pakistan\nMBBS (Final Year) · 2022 – present · Expected graduation: 2027 (Final Professional exams)")
    R.add_paragraph("Punjab Group of Colleges — FSc Pre-Medical · 2019 – 2021 · 1045/1100")
    rhead("Clinical Exposure")
    R.add_paragraph("Observership — General Surgery\nAllegheny Heights Hospital, Pittsburgh, PA · July 2025 (4 weeks)")
    R.add_paragraph("Clinical Elective (Sub-I) — Surgery\nLake Erie Surgical Associates / Buckeye Regional Hospital, Akron, OH · 08/2025 – 09/2025\n"
                    "• Scrubbed in on 30+ cases, pre- and post-op notes")
    R.add_paragraph("Clinical clerkships — Mayo Hospital, Lahore · 2023 – present")
    rhead("Academic Achievements")
    R.add_paragraph("• Gold medal, Anatomy (1st Professional), 2022\n• Rauf MH, et al. Surgical site infection after appendectomy (manuscript in preparation)\n"
                    "• Poster, KEMU Annual Research Day, 2024")
    rhead("Referee")
    R.add_paragraph("Prof. Dr. Tariq Mehmood, FRCS — Department of Surgery, KEMU — tariq.mehmood@kemu.edu.pk — +92 42 99211145")
    doc.save(path)


# ------------------------------------------------------------------ 011 contacts only in header/footer
def header_footer(path):
    doc = Document(); set_font(doc, "Liberation Sans", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "Curriculum Vitae — Dr. Nusrat Jahan Mim, MBBS"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "✉ nusrat.mim.dmc@gmail.com   ☎ +880 1819-456123   ⌂ Dhanmondi, Dhaka 1209"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run("NUSRAT JAHAN MIM"); r.bold = True; r.font.size = Pt(20)
    rPr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "60"); rPr.append(sp)
    doc.add_paragraph("নুসরাত জাহান মিম  ·  Aspiring Pathologist  ·  J-1 visa required")

    def head(t):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        r = p.add_run(t); r.bold = True; r.font.size = Pt(11); r.font.small_caps = True; r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x83)

    head("Academic Achievements")
    doc.add_paragraph("USMLE Step 1: 241 (2021)   |   USMLE Step 2 CK: 247 (2022)   |   ECFMG Certified (2022)\n"
                      "FCPS Part-I (Pathology), BCPS — passed 2020")
    head("Education")
    tabbed(doc, "MBBS — Dhaka Medical College (University of Dhaka), Bangladesh", "2013 – 2019")
    doc.add_paragraph("Internship: Dhaka Medical College Hospital, 2019 – 2020")
    head("U.S. Clinical Experience (USCE)")
    tabbed(doc, "Postdoctoral Research Fellow, Department of Pathology", "Sep 2023 – Aug 2024")
    doc.add_paragraph("Chesapeake Academic Medical Center, Baltimore, MD — digital pathology of renal biopsies")
    tabbed(doc, "Observership, Surgical Pathology & Cytopathology", "Sep 2024 – Oct 2024")
    doc.add_paragraph("Chesapeake Academic Medical Center, Baltimore, MD")
    head("Work Experience")
    tabbed(doc, "Lecturer, Department of Pathology — Shaheed Suhrawardy Medical College, Dhaka", "2020 – 2023")
    head("Publications (peer-reviewed)")
    for s in ["1. Mim NJ, Haque R. IgA nephropathy patterns in Bangladeshi adults. Bangladesh J Pathol. 2021;36(2):45-50.",
              "2. Mim NJ, et al. Frozen section accuracy in breast lesions. J Dhaka Med Coll. 2022;31(1):12-17.",
              "3. Haque R, Mim NJ. Cervical cytology in Dhaka slums. Acta Cytol. 2023;67(3):250-256.",
              "4. Mim NJ, Carter L, Wu P. Deep-learning glomerular segmentation. Mod Pathol. 2024;37(9):100541."]:
        doc.add_paragraph(s)
    head("Abstracts & Posters")
    doc.add_paragraph("USCAP 2024 (poster) · USCAP 2025 (poster) · CAP 2024 (abstract)")
    head("Specialty Interest")
    doc.add_paragraph("Anatomic & Clinical Pathology")
    head("Languages")
    doc.add_paragraph("Bengali (native), English (fluent)")
    doc.save(path)


# ------------------------------------------------------------------ 016 docx converted to ODT (LibreOffice user)
def trinidad(path):
    doc = Document(); set_font(doc, "DejaVu Sans", 9.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("A N J A L I   R A M D A S S - M A H A R A J"); r.bold = True; r.font.size = Pt(18)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Anjali Ramdass-Maharaj, MBBS\n☎ +1 (868) 555-0148   ✉ anjali.ramdass.maharaj@gmail.com   ⌂ San Fernando, Trinidad & Tobago")

    def head(t):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        r = p.add_run(t); r.bold = True; r.font.size = Pt(11); r.font.small_caps = True

    head("Interests")
    doc.add_paragraph("Anesthesiology; Pulmonary & Critical Care Medicine")
    head("Education")
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    t.cell(0, 0).text = "2016 – 2021"; t.cell(0, 1).text = "MBBS, The University of the West Indies, St. Augustine Campus (Faculty of Medical Sciences), Trinidad & Tobago"
    t.cell(1, 0).text = "2014 – 2016"; t.cell(1, 1).text = "CAPE, Naparima Girls' High School"
    head("USMLE")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Step 1", "232 (June 2020)"), ("Step 2 CK", "240 (2021)"), ("ECFMG", "Certified 2022"), ("OET Medicine", "Grade A")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    head("Observerships & Externships")
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    t.cell(0, 0).text = "March 2023"; t.cell(0, 1).text = "Observership, Department of Anesthesiology — Suncoast Regional Medical Center, Tampa, FL"
    t.cell(1, 0).text = "April 3 – May 26, 2023"; t.cell(1, 1).text = "Hands-on Externship, Medical ICU (Pulmonary & Critical Care) — Delaware Valley University Hospital, Philadelphia, PA"
    head("Clinical Work — Trinidad & Tobago")
    doc.add_paragraph("Intern / House Officer, San Fernando General Hospital — Oct 2021 – Sep 2022\n"
                      "Medical Officer, Anaesthesia & ICU, Eric Williams Medical Sciences Complex — Oct 2022 – Feb 2023; Jun 2023 – present")
    head("Publications")
    doc.add_paragraph("• Ramdass-Maharaj A, Singh V. Post-operative nausea after laparoscopic cholecystectomy. West Indian Med J. 2022;71(2):88-93.\n"
                      "• Singh V, Ramdass-Maharaj A, et al. Prone positioning in COVID-19 ARDS in Trinidad. Caribb Med J. 2023;85(1):1-7.\n"
                      "• Oral presentation: CARPHA 2023 (abstract).")
    head("Languages")
    doc.add_paragraph("English — native;  Hindi — basic")
    head("Referee")
    doc.add_paragraph("Dr. Vikram Singh, Consultant Anaesthetist, EWMSC — vikram.singh@swrha.co.tt — +1 (868) 555-0191")
    doc.save(path)


# ------------------------------------------------------------------ 013 reportlab Kickresume with drawn skill bars
def reportlab_bars(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    W, H = A4; c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Resume"); c.setAuthor("Kickresume")
    sw = 190
    c.setFillColorRGB(0.11, 0.36, 0.33); c.rect(0, 0, sw, H, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    y = H - 60
    c.setFont("DVB", 15); c.drawString(18, y, "OLUWASEUN"); y -= 18
    c.drawString(18, y, "ADEBIMPE"); y -= 18; c.drawString(18, y, "ADEYEMI"); y -= 30

    def shead(t):
        nonlocal y
        c.setFont("DVB", 9); c.setFillColorRGB(0.98, 0.8, 0.4); c.drawString(18, y, " ".join(t.upper())); y -= 15; c.setFillColorRGB(1, 1, 1)
    shead("contact")
    c.setFont("DV", 8)
    for s in ["✉ seun.adeyemi.md@yahoo.com", "☎ +234 (0) 812 345 6789", "⌂ Bodija, Ibadan, Oyo State", "Born 1994"]:
        c.drawString(18, y, s); y -= 13
    y -= 10; shead("languages")
    for n, p in [("English", 1.0), ("Yoruba", 1.0), ("Hausa", 0.3)]:
        c.setFont("DV", 8); c.drawString(18, y, n); y -= 7
        c.setFillColorRGB(0.3, 0.5, 0.48); c.rect(18, y - 3, 150, 4, fill=1, stroke=0)
        c.setFillColorRGB(0.98, 0.8, 0.4); c.rect(18, y - 3, 150 * p, 4, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1); y -= 14
    y -= 8; shead("skills")
    for n, p in [("Psychiatric interview", 0.9), ("MSE & risk assessment", 0.85), ("CBT basics", 0.6), ("SPSS", 0.5)]:
        c.setFont("DV", 8); c.drawString(18, y, n); y -= 7
        c.setFillColorRGB(0.3, 0.5, 0.48); c.rect(18, y - 3, 150, 4, fill=1, stroke=0)
        c.setFillColorRGB(0.98, 0.8, 0.4); c.rect(18, y - 3, 150 * p, 4, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1); y -= 14
    y -= 8; shead("exams")
    c.setFont("DV", 8)
    for s in ["USMLE Step 1 — Pass", "USMLE Step 2 CK — 238", "Step 2 CS — Pass (2020)", "ECFMG — Certified"]:
        c.drawString(18, y, s); y -= 12
    # main column
    x = sw + 22; y = H - 55; c.setFillColorRGB(0.1, 0.1, 0.1)

    def mhead(t):
        nonlocal y
        y -= 8; c.setFont("DVB", 11); c.setFillColorRGB(0.11, 0.36, 0.33); c.drawString(x, y, t.upper())
        c.setLineWidth(0.8); c.line(x, y - 4, W - 30, y - 4); y -= 18; c.setFillColorRGB(0.1, 0.1, 0.1)

    def entry(date, title, org, blts=()):
        nonlocal y
        c.setFont("DV", 7.5); c.setFillColorRGB(0.45, 0.45, 0.45); c.drawString(x, y, date); y -= 11
        c.setFillColorRGB(0.1, 0.1, 0.1); c.setFont("DVB", 9); c.drawString(x, y, title); y -= 11
        c.setFont("DV", 8.5); c.drawString(x, y, org); y -= 11
        for b in blts:
            c.drawString(x + 8, y, "• " + b); y -= 11
        y -= 5

    c.setFont("DV", 9)
    c.drawString(x, y, "MBChB graduate with a keen interest in Psychiatry and community mental health."); y -= 20
    mhead("Hands-on Experience")
    entry("02.2023 – 04.2023", "Psychiatry Observership", "Lakeview Behavioral Health Hospital, Chicago, IL", ["Inpatient and consult-liaison psychiatry"])
    entry("05.2023 – 06.2023", "Telepsychiatry Rotation (virtual)", "Hudson Telepsychiatry Program, Albany, NY", ["Remote outpatient sessions with attending"])
    entry("03.2021 – 01.2023", "Medical Officer, Psychiatry", "Neuropsychiatric Hospital Aro, Abeokuta, Nigeria")
    entry("03.2020 – 02.2021", "NYSC Medical Officer", "General Hospital, Ilorin, Kwara State")
    entry("01.2019 – 12.2019", "House Officer", "Obafemi Awolowo University Teaching Hospitals Complex, Ile-Ife")
    mhead("Education")
    entry("2012 – 2018", "Bachelor of Medicine, Bachelor of Surgery (MBChB)", "Obafemi Awolowo University, Ile-Ife, Nigeria", ["Graduated 2019 (final MB examinations December 2018)"])
    mhead("Publications")
    c.setFont("DV", 8)
    for s in ["Adeyemi OA, Ogunleye T. Substance use among Nigerian undergraduates. Niger Postgrad Med J. 2022;29(3):210-215.",
              "Poster: Depression in caregivers of stroke survivors — WPA World Congress 2023 (poster)."]:
        import textwrap
        for k, ln in enumerate(textwrap.wrap(s, 78)):
            c.drawString(x + (8 if k else 0), y, ln); y -= 10
        y -= 3
    mhead("References")
    c.setFont("DV", 8)
    c.drawString(x, y, "Dr. Titilayo Ogunleye — Consultant Psychiatrist, Neuropsychiatric Hospital Aro"); y -= 10
    c.drawString(x, y, "t.ogunleye@aropsych.gov.ng · +234 803 777 1200"); y -= 10
    c.save()


# ------------------------------------------------------------------ 014 fpdf2 minimal with icons
def fpdf_minimal(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_title("CV Letícia Barbosa")
    pdf.set_font("DV", "B", 22); pdf.cell(0, 12, "Letícia Gonçalves Barbosa", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.set_text_color(120, 40, 110)
    pdf.cell(0, 6, "M É D I C A   ·   I N T E R N A L   M E D I C I N E   →   H E M A T O L O G Y - O N C O L O G Y", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(40, 40, 40); pdf.ln(2)
    pdf.cell(0, 6, "☎ +55 (11) 99123-4567     ✉ leticia.gbarbosa@usp.br     ⌂ Pinheiros, São Paulo – SP", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "J-1 visa sponsorship required", new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(3); pdf.set_font("DV", "B", 11); pdf.set_text_color(120, 40, 110); pdf.cell(0, 7, t.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(120, 40, 110); pdf.line(pdf.l_margin, pdf.get_y(), 200, pdf.get_y()); pdf.ln(1)
        pdf.set_text_color(40, 40, 40); pdf.set_font("DV", "", 9.5)

    def row(d, t, o):
        pdf.set_font("DV", "B", 9.5); pdf.cell(140, 5.5, t); pdf.set_font("DV", "", 8.5); pdf.cell(0, 5.5, d, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, o, new_x="LMARGIN", new_y="NEXT")

    head("Objective")
    pdf.multi_cell(0, 5, "Internal Medicine residency followed by Hematology-Oncology fellowship.", new_x="LMARGIN", new_y="NEXT")
    head("USCE")
    row("Summer 2024 (June–July)", "Hands-on Elective — Hematology/Oncology", "Empire Cancer Institute, Rochester, NY · inpatient leukemia service, 8 weeks")
    row("09/2024 – 10/2024", "Observership — Internal Medicine", "Hudson River University Hospital, Albany, NY")
    head("Training in Brazil")
    row("03/2023 – 02/2025", "Residência Médica em Clínica Médica (Internal Medicine residency, R1–R2)", "Hospital das Clínicas da FMUSP, São Paulo")
    head("Education")
    row("2017 – 2022", "Médica (MD) — Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "São Paulo, Brazil · Graduated December 2022")
    head("Exams")
    pdf.multi_cell(0, 5, "USMLE Step 1: PASS  ·  Step 2 CK: 261  ·  ECFMG: certified (2023)\nRevalida: not applicable  ·  UWSA1: 258 (practice)", new_x="LMARGIN", new_y="NEXT")
    head("Publications")
    for s in ["Barbosa LG, Tanaka R. Febrile neutropenia outcomes in AML induction. Hematol Transfus Cell Ther. 2023;45(4):410-417.",
              "Tanaka R, Barbosa LG, et al. CAR-T access in Brazil. Blood Adv. 2024;8(12):3100-3108.",
              "Barbosa LG, et al. Thrombosis in myeloproliferative neoplasms. Rev Assoc Med Bras. 2022;68(5):600-605.",
              "Abstract: ASH Annual Meeting 2024 (poster)."]:
        pdf.multi_cell(0, 5, "• " + s, new_x="LMARGIN", new_y="NEXT")
    head("Languages")
    for n, p in [("Portuguese", 100), ("English", 95), ("Spanish", 70), ("German", 30)]:
        pdf.cell(35, 6, n); y = pdf.get_y() + 2.2
        pdf.set_fill_color(230, 220, 230); pdf.rect(55, y, 60, 2.5, style="F")
        pdf.set_fill_color(120, 40, 110); pdf.rect(55, y, 60 * p / 100, 2.5, style="F")
        pdf.cell(85, 6, ""); pdf.cell(0, 6, f"{p}%", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ 015 plain-text ATS export
def ats_txt(path):
    txt = """LUIS FERNANDO CÁRDENAS OLVERA
Médico Cirujano | Family Medicine & Geriatrics
Guadalajara, Jalisco, México | +52 33 1234 5678 | lf.cardenas.olvera@hotmail.com
Visa: B1/B2 (valid)

PROFESSIONAL SUMMARY
Physician from UAG with U.S. hands-on family medicine experience. Seeking residency in Family Medicine with interest in Geriatrics.

U.S. CLINICAL EXPERIENCE
Clinical Externship (hands-on) - Family Medicine
Rio Bravo Family Clinic - El Paso, TX
Feb 2025 - Mar 2025
- Saw patients independently and presented to attending; Spanish-speaking panel

Observership - Geriatric Medicine
Sonoran Senior Health - Tucson, AZ
Apr 2025

OTHER CLINICAL EXPERIENCE
Observership - Family Medicine
Lakeshore Family Health Team - Toronto, ON, Canada
May 2025

Médico General - Consultorio adyacente a farmacia
Zapopan, Jalisco
Sep 2023 - Jan 2025

Servicio Social
Centro de Salud Tlaquepaque, Jalisco
Aug 2022 - Jul 2023

EDUCATION
Médico Cirujano (MD)
Universidad Autónoma de Guadalajara, Facultad de Medicina - Guadalajara, Mexico
2017 - 2023 (title received June 2023)

EXAMS
USMLE Step 1 - Pass
USMLE Step 2 CK - 229
ECFMG Certification - in process (awaiting OET results)
ENARM 2023 - 68.4 (Mexican national residency exam)

LANGUAGES
Spanish - Native
English - Professional (C1)
Portuguese - Basic

SKILLS
Spanish-language patient education; diabetes management; Microsoft Office

REFERENCES
Dr. Patricia Ruelas, MD - Rio Bravo Family Clinic - pruelas@riobravofamily.org - (915) 555-0163
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)
