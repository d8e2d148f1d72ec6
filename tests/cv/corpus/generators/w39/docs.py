# python-docx / odfpy / fpdf2 / reportlab / hand RTF / txt generators for w39.
import os, sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm, Inches
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
FONT = "/usr/share/fonts/truetype/dejavu/"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def para(doc_or_cell, text, bold=False, size=None, color=None, italic=False, align=None, style=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


# ---------------------------------------------------------------- 002 Indeed (fpdf2)
def indeed_002():
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(20, 18, 20); pdf.add_page()
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creator("Indeed"); pdf.set_title("Andrés Eduardo Rojas Pérez - Resume")
    W = pdf.w - 40
    def h(t):
        pdf.ln(3); pdf.set_font("DV", "B", 12); pdf.cell(W, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(200, 200, 200); pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y()); pdf.ln(2)
    def t(s, b=False, sz=10, c=(45, 45, 45)):
        pdf.set_font("DV", "B" if b else "", sz); pdf.set_text_color(*c); pdf.multi_cell(W, 5, s, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "B", 20); pdf.cell(W, 10, "Andrés Eduardo Rojas Pérez", new_x="LMARGIN", new_y="NEXT")
    t("Doral, FL 33166"); t("andres.rojasperez@outlook.com"); t("+1 786-555-0193")
    pdf.ln(2); t("Foreign medical graduate (Venezuela) seeking a Family Medicine or Internal Medicine residency. Authorized to travel to the US on a B1/B2 visa; currently in Florida.")
    h("Work Experience")
    t("Telehealth Medical Scribe / Care Coordinator", b=True)
    t("Sunshine Family Health (virtual clinic) - Orlando, FL", c=(90, 90, 90)); t("April 2025 to Present", c=(110, 110, 110))
    t("• Remote documentation and pre-charting for family medicine telehealth visits under a licensed physician\n• Patient follow-up calls in Spanish and English")
    pdf.ln(2); t("Clinical Extern (Hands-on)", b=True)
    t("Larkin Community Hospital - South Miami, FL", c=(90, 90, 90)); t("January 2025 to March 2025", c=(110, 110, 110))
    t("• Family Medicine outpatient clinic: H&Ps, SOAP notes, presented patients to attending\n• Letter of recommendation from program director")
    pdf.ln(2); t("Médico Rural / General Physician", b=True)
    t("Ambulatorio Urbano Tipo II - Barquisimeto, Lara, Venezuela", c=(90, 90, 90)); t("October 2020 to November 2023", c=(110, 110, 110))
    t("• Primary care for a population of ~12,000; prenatal control; hypertension and diabetes programs")
    h("Education")
    t("Doctor of Medicine (MD) in Medicine", b=True)
    t("Universidad Central de Venezuela, Escuela de Medicina Luis Razetti - Caracas", c=(90, 90, 90)); t("2014 to 2020", c=(110, 110, 110))
    h("Skills")
    t("• Electronic Medical Records (eClinicalWorks) (1 year)\n• Spanish-English medical interpretation\n• Patient education\n• Phlebotomy")
    h("Languages"); t("• Spanish - Expert\n• English - Advanced")
    h("Certifications and Licenses")
    t("USMLE Step 1\nPass (first attempt)", b=False)
    t("USMLE Step 2 CK\nScore: 236")
    t("ECFMG Certification\nIn progress — pending OET Medicine result")
    t("BLS for Healthcare Providers\nJanuary 2025 to January 2027")
    h("Additional Information"); t("Interested in Family Medicine and Internal Medicine programs in Florida and Texas.")
    pdf.output(os.path.join(OUT, "w39_002_indeed_fpdf.pdf"))


# ---------------------------------------------------------------- 003 Europass (reportlab)
def europass_003():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSans-Bold.ttf"))
    blue = colors.HexColor("#0c4da2")
    n = ParagraphStyle("n", fontName="DV", fontSize=9, leading=12)
    b = ParagraphStyle("b", parent=n, fontName="DVB")
    h = ParagraphStyle("h", fontName="DVB", fontSize=11, textColor=blue, spaceBefore=10, spaceAfter=4)
    nm = ParagraphStyle("nm", fontName="DVB", fontSize=20, leading=24)
    small = ParagraphStyle("s", parent=n, fontSize=8, textColor=colors.HexColor("#555555"))
    doc = SimpleDocTemplate(os.path.join(OUT, "w39_003_europass_reportlab.pdf"), pagesize=A4, leftMargin=45, rightMargin=45,
                            topMargin=35, bottomMargin=35, title="Europass CV", author="Ioana-Maria Popescu", creator="Europass")
    s = [Paragraph('<font color="#0c4da2">europass</font>', ParagraphStyle("e", fontName="DVB", fontSize=14)), Spacer(1, 6),
         Paragraph("Ioana-Maria Popescu", nm),
         Paragraph("<b>Date of birth:</b> 14/02/1997 &nbsp; <b>Nationality:</b> Romanian &nbsp; <b>Gender:</b> Female", n),
         Paragraph("<b>Phone number:</b> (+40) 722 418 905 (Mobile) &nbsp; <b>Email address:</b> ioana.popescu@yahoo.ro", n),
         Paragraph("<b>Address:</b> Strada Mihai Eminescu 45, 020082, Bucharest, Romania (Home)", n)]
    def H(t):
        s.append(Paragraph(t, h))
        s.append(Table([[""]], colWidths=[505], rowHeights=[1], style=[("LINEABOVE", (0, 0), (-1, -1), 0.8, blue)]))
    H("ABOUT ME")
    s.append(Paragraph("Internal medicine resident planning to apply to US Internal Medicine residency with a future fellowship in Nephrology. Holder of ECFMG certification; will require a J-1 visa sponsored by ECFMG.", n))
    H("WORK EXPERIENCE")
    for d, where, role, desc in [
        ("01/01/2023 – CURRENT", "Bucharest, Romania", "RESIDENT DOCTOR IN INTERNAL MEDICINE (MEDIC REZIDENT)", "Colentina Clinical Hospital"),
        ("01/03/2025 – 30/04/2025", "Cleveland, United States", "CLINICAL OBSERVER – NEPHROLOGY AND HYPERTENSION", "Cleveland Clinic, Cleveland, OH. Observed dialysis and transplant nephrology rounds; 8 weeks."),
        ("01/07/2019 – 31/07/2019", "Paris, France", "SUMMER ELECTIVE (ERASMUS+)", "Hôpital Européen Georges-Pompidou – Nephrology")]:
        s += [Spacer(1, 4), Paragraph(f"<b>{d}</b> {where}", small), Paragraph(role, b), Paragraph(desc, n)]
    H("EDUCATION AND TRAINING")
    s += [Paragraph("<b>01/10/2016 – 30/09/2022</b> Bucharest, Romania", small),
          Paragraph("DOCTOR-MEDIC (MD) Carol Davila University of Medicine and Pharmacy", b),
          Paragraph("Faculty of Medicine | Final grade 9.42 | EQF level 7", n)]
    H("BOARD EXAMINATIONS")
    s.append(Table([["USMLE Step 1", "Pass", "2023"], ["USMLE Step 2 CK", "244", "2024"], ["OET Medicine", "B in all sub-tests", "2024"],
                    ["ECFMG Certification", "Certified", "2024"], ["Romanian residency exam (Rezidențiat)", "871 pts", "2022"]],
                   colWidths=[200, 150, 60], style=[("FONT", (0, 0), (-1, -1), "DV", 9), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    H("LANGUAGE SKILLS")
    s.append(Paragraph("Mother tongue(s): <b>ROMANIAN</b>", n)); s.append(Paragraph("Other language(s):", n))
    t = Table([["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"], ["", "Listening", "Reading", "Spoken production", "Spoken interaction", ""],
               ["ENGLISH", "C1", "C2", "C1", "C1", "C1"], ["FRENCH", "B2", "B2", "B1", "B1", "B1"]],
              colWidths=[70, 75, 70, 95, 95, 70], style=[("FONT", (0, 0), (-1, -1), "DV", 8), ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey)])
    s.append(t)
    s.append(Paragraph("Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", small))
    H("PUBLICATIONS")
    for p in ["Popescu IM, Ionescu D. Hyponatremia outcomes in elderly inpatients. <i>Rom J Intern Med</i>. 2023;61(2):88-95.",
              "Popescu IM, et al. SGLT2 inhibitors and eGFR slope in CKD stage 3. <i>J Nephrol</i>. 2024;37:1021-9.",
              "Marin A, Popescu IM. Contrast-associated AKI after CT: a single-centre cohort. <i>Medicina (Kaunas)</i>. 2025;61(1):54.",
              "Poster (not peer-reviewed): ERA Congress 2024, Stockholm – IgA nephropathy registry."]:
        s.append(Paragraph("• " + p, n))
    H("RECOMMENDATIONS")
    s.append(Paragraph("Prof. Dr. Dan Ionescu, Colentina Clinical Hospital – dan.ionescu@umfcd.ro – (+40) 21 317 3245", n))
    doc.build(s)


# ---------------------------------------------------------------- 007 Google Docs "Coral"-like exported DOCX
def gdocs_007():
    d = Document()
    d.core_properties.author = ""; d.core_properties.title = "Kamal Hossain CV"
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    for s in d.sections: s.left_margin = s.right_margin = Inches(1); s.top_margin = Inches(0.8)
    p = para(d, "Kamal Hossain", bold=True, size=26, color="000000"); p.style = d.styles["Title"]
    para(d, "MBBS · IMG · ECFMG Certified", size=11, color="666666")
    para(d, "Mirpur-10, Dhaka 1216, Bangladesh\n+880 1712-345678\ndr.kamal.hossain@gmail.com", size=9, color="666666")
    def H(t): return para(d, t, bold=True, size=12, color="E06666", space_after=4)
    H("SUMMARY"); para(d, "Internal Medicine applicant with an interest in Nephrology. Four months of US clinical experience including two hands-on rotations. Will require a J-1 visa.")
    H("CLINICAL EXPOSURE IN THE USA")
    tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Type", "Specialty", "Institution", "Location", "Dates"]):
        c.text = ""; r = c.paragraphs[0].add_run(t); r.bold = True; shade(c, "F3F3F3")
    for row in [("Hands-on", "Internal Medicine", "The Brookdale Hospital Medical Center", "Brooklyn, NY", "2024-03 – 2024-04"),
                ("Hands-on", "Family Medicine", "Memorial Hermann – Katy clinic", "Katy, TX", "2024-04 – 2024-06"),
                ("Observership", "Nephrology", "Northwestern Medicine", "Chicago, IL", "2024-05")]:
        cells = tb.add_row().cells
        for c, t in zip(cells, row): c.text = t
    para(d, "Note: FM rotation started during the last week of the Brooklyn rotation; observership in Chicago was a 2-week block in May.", italic=True, size=8, color="666666")
    H("EXPERIENCE — BANGLADESH")
    para(d, "Medical Officer, Department of Nephrology — Bangabandhu Sheikh Mujib Medical University, Dhaka", bold=True)
    para(d, "Jan 2020 – Dec 2023")
    para(d, "Intern Doctor — Dhaka Medical College Hospital", bold=True); para(d, "Jan 2018 – Dec 2018")
    H("EDUCATION")
    para(d, "Dhaka Medical College (University of Dhaka) — Bachelor of Medicine and Bachelor of Surgery (MBBS)", bold=True)
    para(d, "2012 – 2018")
    H("USMLE")
    para(d, "Step 1: Pass   |   Step 2 CK: 233   |   Step 2 CS: Pass (2020)   |   ECFMG: Certified (2021)")
    H("PUBLICATIONS")
    para(d, "Hossain K, Rahman M. Prevalence of CKD among hypertensive adults in rural Bangladesh. Bangladesh Med Res Counc Bull. 2022;48(1):22-29.")
    para(d, "Abstract: ISN World Congress of Nephrology 2023 (poster).", italic=True)
    H("LANGUAGES"); para(d, "Bengali (native) · English (fluent)")
    H("REFERENCES")
    para(d, "Dr. Michael Greene, MD — Program Director, Internal Medicine, Brookdale — mgreene@bhmcny.org — (718) 240-5000")
    d.save(os.path.join(OUT, "w39_007_gdocs_export.docx"))


# ---------------------------------------------------------------- 008 Google Docs template, contacts only in footer -> LO PDF
def gdocs_008(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = f.add_run("Medellín, Colombia  •  +57 300 412 8876  •  mafe.gutierrez.md@gmail.com"); r.font.size = Pt(8.5)
    para(d, "María Fernanda Gutiérrez Ospina", bold=True, size=22, color="1F3864")
    para(d, "Médica y Cirujana · Obstetrics & Gynecology applicant", size=11, color="7F7F7F")
    def H(t): return para(d, t, bold=True, size=11, color="1F3864", space_after=2)
    H("Academic Background")
    para(d, "Universidad de Antioquia, Facultad de Medicina — Médica y Cirujana (MD), 2015–2021", bold=True)
    para(d, "Rural social service (Servicio Social Obligatorio), E.S.E. Hospital San Juan de Dios, Rionegro — 2022")
    H("Board Examinations")
    para(d, "USMLE Step 1 — Pass (2023)\nUSMLE Step 2 CK — 228 (2024)\nECFMG certification — in process (Pathway 1, application under review)")
    H("US Clinical Experience")
    para(d, "Extern (hands-on), Obstetrics and Gynecology — Jackson Memorial Hospital, Miami, FL — Mar 2025–May 2025")
    para(d, "Observer, Maternal-Fetal Medicine/OB-GYN — Grady Memorial Hospital, Atlanta, GA — June 2025")
    H("Clinical Work in Colombia")
    para(d, "Médica general, Urgencias obstétricas — Hospital General de Medellín, 01/2023 – 12/2024")
    H("Research")
    para(d, "Manuscript submitted: Gutiérrez Ospina MF, et al. Postpartum hemorrhage bundle adherence in Antioquia (2025).")
    para(d, "Poster: FECOLSOG National Congress 2024.")
    H("Goals"); para(d, "Categorical residency in Obstetrics and Gynecology.")
    H("Languages"); para(d, "Spanish (native) — English (C1) — Portuguese (B1)")
    H("References")
    para(d, "Dra. Luz Adriana Restrepo, Jefe de Ginecobstetricia, Hospital General de Medellín — lrestrepo@hgm.gov.co — +57 604 384 7300")
    d.save(path)


# ---------------------------------------------------------------- 009 Word template (table header, contacts in header table, two scripts)
def word_009():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    hdr = d.sections[0].header
    ht = hdr.add_table(rows=1, cols=2, width=Inches(6.5)); no_borders(ht)
    ht.cell(0, 0).text = "Seyed Amirhossein Mousavi, MD"
    ht.cell(0, 0).paragraphs[0].runs[0].bold = True; ht.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(16)
    ht.cell(0, 0).add_paragraph("سید امیرحسین موسوی")
    c = ht.cell(0, 1); c.text = "Los Angeles, CA 90048"
    c.add_paragraph("(310) 482-7719"); c.add_paragraph("a.mousavi.md@gmail.com")
    for pp in c.paragraphs: pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Objective", level=1)
    d.add_paragraph("Research scholar in cardiovascular medicine applying to Internal Medicine residency, with plans for a Cardiology fellowship.")
    d.add_heading("Education", level=1)
    d.add_paragraph("Tehran University of Medical Sciences, School of Medicine — Doctor of Medicine (MD), 2013–2020", style="List Bullet")
    d.add_paragraph("Master of Public Health (MPH), Tehran University of Medical Sciences — 2021–2023", style="List Bullet")
    d.add_heading("US Experience", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Light List Accent 1"
    for a, b_ in [("Oct 2023 – present", "Research Scholar (J-1), Smidt Heart Institute, Cedars-Sinai Medical Center, Los Angeles, CA — echocardiography outcomes research"),
                  ("Feb 2024 – Mar 2024", "Observer, Cardiology consult service, UCLA Ronald Reagan Medical Center, Los Angeles, CA")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b_
    d.add_heading("Experience in Iran", level=1)
    d.add_paragraph("General Practitioner (mandatory service), Imam Khomeini Hospital Complex, Tehran — 2020–2023")
    d.add_heading("Examinations", level=1)
    d.add_paragraph("USMLE Step 1: Pass · Step 2 CK: 247 · ECFMG Certified (2023) · Iranian Medical Council licence")
    d.add_heading("Publications (peer-reviewed)", level=1)
    for i in range(6):
        d.add_paragraph(["Mousavi SA, et al. Global longitudinal strain in HFpEF. J Am Soc Echocardiogr. 2025;38:301-10.",
                         "Mousavi SA, Siegel RJ. Left atrial strain and incident AF. Am J Cardiol. 2024;221:45-52.",
                         "Karimi M, Mousavi SA. Statin use in Iranian elderly. Arch Iran Med. 2022;25:611-7.",
                         "Mousavi SA, et al. COVID-19 myocarditis in Tehran. Cardiovasc Pathol. 2021;54:107366.",
                         "Rahimi F, Mousavi SA. Salt intake in Tehran. BMC Public Health. 2023;23:998.",
                         "Mousavi SA, et al. AI-derived LVEF vs sonographer. Echocardiography. 2025;42:e15902."][i], style="List Number")
    d.add_paragraph("Also: 4 conference abstracts (AHA 2024, ASE 2025).")
    d.add_heading("Languages", level=1)
    d.add_paragraph("Farsi (native), English (fluent, TOEFL 114), Arabic (reading)")
    d.add_heading("Visa", level=1); d.add_paragraph("Currently J-1 (research scholar).")
    d.save(os.path.join(OUT, "w39_009_word_template.docx"))


# ---------------------------------------------------------------- 013 Word two-column (dates right), contacts in header -> LO PDF
def word_013(path):
    d = Document(); st = d.styles["Normal"]; st.font.name = "Cambria"; st.font.size = Pt(10.5)
    hp = d.sections[0].header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("Sarah Haddad"); r.bold = True; r.font.size = Pt(20)
    hp2 = d.sections[0].header.add_paragraph("Beirut, Lebanon · +961 3 482 119 · sarah.haddad@mail.aub.edu · US citizen"); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def sect(title, rows):
        para(d, title.upper(), bold=True, size=11, color="7B2C2C", space_after=2)
        t = d.add_table(rows=0, cols=2); no_borders(t)
        for l, rgt in rows:
            c = t.add_row().cells; c[0].width = Cm(13); c[1].width = Cm(4)
            c[0].text = l; c[1].text = rgt; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sect("Education", [("Doctor of Medicine (MD) — American University of Beirut, Faculty of Medicine, Beirut, Lebanon", "2018 – 2022"),
                       ("BS Biology — American University of Beirut", "2015 – 2018")])
    sect("US Clinical Experience", [("Observer, Hematology/Oncology — The University of Texas MD Anderson Cancer Center, Houston, TX", "Jul 2023 – Sep 2023"),
                                    ("Research Fellow, Department of Lymphoma/Myeloma — MD Anderson Cancer Center, Houston, TX", "Oct 2023 – Jun 2024")])
    sect("Clinical Experience — Lebanon", [("Internal Medicine Resident (PGY-1/2), AUB Medical Center, Beirut", "Jul 2024 – present")])
    sect("Examinations", [("USMLE Step 1", "Pass"), ("USMLE Step 2 CK", "258"), ("ECFMG", "Certified")])
    para(d, "CAREER INTEREST", bold=True, size=11, color="7B2C2C")
    para(d, "Hematology/Oncology fellowship after categorical Internal Medicine residency.")
    para(d, "PUBLICATIONS", bold=True, size=11, color="7B2C2C")
    para(d, "Five peer-reviewed articles (Blood Adv 2024; Leuk Lymphoma 2024; Clin Lymphoma Myeloma Leuk 2024; Cancer 2025; J Clin Oncol (letter, peer-reviewed) 2025). Full list on request. Two ASH abstracts (2023, 2024).")
    para(d, "LANGUAGES", bold=True, size=11, color="7B2C2C"); para(d, "Arabic, English, French")
    para(d, "REFERENCES", bold=True, size=11, color="7B2C2C")
    para(d, "Dr. Jason Westin, MD Anderson — jwestin.ref@mdanderson.org — +1 713-792-2121")
    d.save(path)


# ---------------------------------------------------------------- 014 Zety-like sidebar table DOCX
def zety_014():
    d = Document(); st = d.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(9)
    for s in d.sections: s.left_margin = s.right_margin = Cm(1.2); s.top_margin = Cm(1.2)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells; L.width = Cm(6); R.width = Cm(12.5); shade(L, "263A4F")
    def lp(txt, bold=False, size=9): return para(L, txt, bold=bold, size=size, color="FFFFFF")
    L.paragraphs[0].text = ""
    lp("✉  rohan.shrestha@iom.edu.np"); lp("☎  +977 984-1203456"); lp("⌂  Maharajgunj, Kathmandu, Nepal")
    lp("SKILLS", bold=True, size=10)
    for sk, n in [("Suturing", 5), ("Laparoscopic box trainer", 4), ("FAST ultrasound", 3), ("Research / SPSS", 4)]:
        lp(sk); lp("●" * n + "○" * (5 - n))
    lp("LANGUAGES", bold=True, size=10)
    for lg, n in [("Nepali", 5), ("English", 5), ("Hindi", 4)]: lp(lg); lp("●" * n + "○" * (5 - n))
    lp("EXAMS", bold=True, size=10); lp("USMLE Step 1 – Pass"); lp("USMLE Step 2 CK – 245"); lp("ECFMG – Certified")
    R.paragraphs[0].text = ""
    para(R, "Rohan Shrestha", bold=True, size=24, color="263A4F"); para(R, "MBBS | General Surgery Applicant", size=11, color="C0504D")
    def H(t): para(R, t, bold=True, size=11, color="263A4F")
    H("PROFILE"); para(R, "Surgically minded IMG from Nepal applying for General Surgery residency (categorical/preliminary).")
    H("OBSERVERSHIPS & EXTERNSHIPS")
    para(R, "Observer, General Surgery — Allegheny General Hospital, Pittsburgh, PA (Jun 2025 – Jul 2025)", bold=True)
    para(R, "Observed OR cases (lap chole, hernia, bowel resection), attended M&M and trauma rounds.")
    H("WORK HISTORY")
    para(R, "Medical Officer, Department of Surgery — Tribhuvan University Teaching Hospital, Kathmandu", bold=True); para(R, "2022-01 – 2025-04")
    para(R, "Intern — Tribhuvan University Teaching Hospital", bold=True); para(R, "2020-12 – 2021-11")
    H("EDUCATION")
    para(R, "MBBS — Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), Kathmandu", bold=True); para(R, "2015 – 2021")
    H("PUBLICATIONS")
    para(R, "1. Shrestha R, et al. Outcomes of emergency laparotomy in Nepal. JNMA J Nepal Med Assoc. 2023;61(258):123-8.")
    para(R, "2. Shrestha R, Karki B. Surgical site infection after appendectomy. Kathmandu Univ Med J. 2024;22(1):45-50.")
    para(R, "In preparation: Trauma registry pilot at TUTH.")
    d.save(os.path.join(OUT, "w39_014_zety_sidebar.docx"))


# ---------------------------------------------------------------- 015 Word template -> LO ODT
def word_015(path):
    d = Document(); st = d.styles["Normal"]; st.font.name = "Garamond"; st.font.size = Pt(11)
    para(d, "MARIA CRISTINA DELA CRUZ SANTOS, MD", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Quezon City, Metro Manila  |  +63 917 845 2230  |  mcdcsantos.md@gmail.com", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_heading("Medical Education", level=2)
    d.add_paragraph("Doctor of Medicine, Class of 2020 — University of Santo Tomas, Faculty of Medicine and Surgery, Manila")
    d.add_paragraph("Post-graduate internship, UST Hospital, 2020–2021 · Philippine Physician Licensure Examination: passed (2021)")
    d.add_heading("Licensure & Certification", level=2)
    d.add_paragraph("USMLE Step 1 PASSED · USMLE Step 2 CK 231 · ECFMG certified (Dec 2023)")
    d.add_heading("U.S. Clinical Experience", level=2)
    d.add_paragraph("Externship (hands-on), Family Medicine — Southern Nevada community health center, Las Vegas, NV — 2024-09 → 2024-11", style="List Bullet")
    d.add_paragraph("Observership, Geriatrics & Palliative Medicine — Mount Sinai Hospital, New York, NY — Dec 2024", style="List Bullet")
    d.add_heading("Philippine Experience", level=2)
    d.add_paragraph("Municipal Health Officer (Doctors to the Barrios), Bohol — 2021–2023")
    d.add_heading("Specialty Interests", level=2)
    d.add_paragraph("Family Medicine; Geriatrics")
    d.add_heading("Languages", level=2); d.add_paragraph("English, Filipino (Tagalog), Cebuano")
    d.add_heading("Character References", level=2)
    d.add_paragraph("Dr. Ramon Villanueva, Chair, Dept. of Family Medicine, UST — rvillanueva@ust.edu.ph — +63 2 8731 3001")
    d.save(path)


# ---------------------------------------------------------------- 016 docx -> LO RTF
def word_016(path):
    d = Document(); st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    para(d, "Mohamed Abdelrahman Elsayed", bold=True, size=18)
    para(d, "محمد عبد الرحمن السيد", size=12)
    para(d, "Giza, Egypt · +20 100 327 6614 · m.abdelrahman.elsayed@gmail.com")
    d.add_heading("Medical School", level=2)
    d.add_paragraph("MBBCh, Kasr Al Ainy Faculty of Medicine, Cairo University — 2012–2019 (Very Good with Honours)")
    d.add_heading("Internship and Residency (Egypt)", level=2)
    d.add_paragraph("House officer, Kasr Al Ainy Hospitals — 03/2019 – 02/2020")
    d.add_heading("Chest & Critical Care Resident, Cairo University Hospitals — 2020 – 2024", level=3)
    d.add_heading("US Clinical Rotations", level=2)
    d.add_paragraph("Clinical rotation (hands-on, sub-I level), Pulmonary & Critical Care Medicine — Newark Beth Israel Medical Center, Newark, NJ — March–May 2025")
    d.add_heading("Scores", level=2)
    d.add_paragraph("USMLE Step 1: Pass (2022); USMLE Step 2 CK: 250 (2023); UWSA2: 262; ECFMG certified.")
    d.add_heading("Goals", level=2)
    d.add_paragraph("Internal Medicine residency → Pulmonary and Critical Care fellowship. Requires J-1 visa.")
    d.add_heading("Peer-reviewed publications", level=2)
    d.add_paragraph("Elsayed MA, et al. Prone positioning in non-intubated COVID-19 patients. Egypt J Chest Dis Tuberc. 2021;70:300-6.")
    d.add_paragraph("Elsayed MA, Hassan A. High-flow nasal cannula in AECOPD. Respir Med. 2023;215:107291.")
    d.add_heading("Languages", level=2); d.add_paragraph("Arabic (native), English (fluent), German (A2)")
    d.save(path)


# ---------------------------------------------------------------- 010 odfpy
def odt_010():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8B0000"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm")); doc.styles.addElement(hs)
    ns = Style(name="Nm", family="paragraph"); ns.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.styles.addElement(ns)
    bs = Style(name="B", family="text"); bs.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bs)
    doc.text.addElement(P(stylename=ns, text="Oleksandr Kovalenko"))
    doc.text.addElement(P(text="Олександр Коваленко · MD"))
    # contacts in a 2-col table
    t = Table(name="Contacts")
    t.addElement(TableColumn(numbercolumnsrepeated=2))
    for a, b in [("E-mail", "o.kovalenko.md@ukr.net"), ("Mobile", "+380 67 904 3318"), ("City", "Kyiv, Ukraine / Kraków, Poland")]:
        tr = TableRow(); c1 = TableCell(); c1.addElement(P(text=a)); c2 = TableCell(); c2.addElement(P(text=b)); tr.addElement(c1); tr.addElement(c2); t.addElement(tr)
    doc.text.addElement(t)
    def Hd(x): doc.text.addElement(P(stylename=hs, text=x))
    def Pp(x): doc.text.addElement(P(text=x))
    Hd("Education")
    Pp("Bogomolets National Medical University, Kyiv — Medical Faculty No. 2, Doctor of Medicine (Лікар), 2013–2019")
    Pp("Internship in Emergency Medicine, Kyiv City Clinical Emergency Hospital — 2019–2021")
    Hd("Clinical experience in the USA")
    Pp("Observer, Emergency Medicine — Cooper University Hospital, Camden, NJ (Jan 2025 – Feb 2025)")
    Hd("Other international experience")
    Pp("Clinical observer, Emergency Department, Sunnybrook Health Sciences Centre, Toronto, ON, Canada — Oct 2024")
    Pp("Emergency physician, Kyiv City Clinical Emergency Hospital — 2021 – 2024 (incl. mass-casualty care)")
    Hd("USMLE / ECFMG")
    Pp("Step 1 — Pass · Step 2 CK — 241 · ECFMG Certified · Step 2 CS — not taken (discontinued)")
    Hd("Interests")
    Pp("Emergency Medicine residency; Anesthesiology as second choice. Prehospital trauma care.")
    Hd("Publications")
    Pp("Kovalenko O, et al. Tourniquet conversion times in war-related extremity injuries. Injury. 2024;55(3):111301.")
    Pp("Talk: 'Emergency medicine under shelling', EUSEM 2024 (invited).")
    Hd("Languages")
    Pp("Ukrainian (native), Russian (fluent), English (C1), Polish (B1)")
    Hd("Referees")
    Pp("Dr. Iryna Shevchenko, Head of ED — i.shevchenko@kmkl.kiev.ua — +380 44 254 6012")
    doc.save(os.path.join(OUT, "w39_010_odfpy.odt"))


# ---------------------------------------------------------------- 011 hand-written RTF (student)
def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) > 127: o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        elif ch == "\n": o.append("\\line ")
        else: o.append(ch)
    return "".join(o)


def rtf_011():
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green51\blue102;\red100\green100\blue100;}",
         r"{\info{\title Curriculum Vitae}{\author FZ Benali}}\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"{\footer\pard\qc\fs16\cf2 " + rtf_esc("CV – Fatima Zahra Benali – fz.benali@um5.ac.ma – +212 6 61 23 45 78") + r"\par}"]
    def par(t, b=False, fs=20, cf=0):
        L.append(r"\pard\sa80\f0\fs%d\cf%d%s %s%s\par" % (fs, cf, r"\b" if b else "", rtf_esc(t), r"\b0" if b else ""))
    par("Fatima Zahra Benali", b=True, fs=36, cf=1)
    par("Sixth-year medical student (Externe) — Rabat, Morocco", fs=20, cf=2)
    par("ACADEMIC BACKGROUND", b=True, fs=22, cf=1)
    par("Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V — Doctorat en Médecine (MD), 2020–present; expected graduation July 2027")
    par("Baccalauréat Sciences de la Vie et de la Terre, mention Très Bien — 2020")
    par("EXAMINATIONS", b=True, fs=22, cf=1)
    par("USMLE Step 1: Pass (04/2026). Step 2 CK planned for 2027. ECFMG ID obtained; certification pending graduation and Step 2 CK. TOEFL iBT 108.")
    par("US CLINICAL EXPERIENCE", b=True, fs=22, cf=1)
    par("Visiting student (hands-on clerkship), Neurology — Johns Hopkins Hospital, Baltimore, MD — 2026-07 → 2026-08")
    par("CLINICAL ROTATIONS — MOROCCO", b=True, fs=22, cf=1)
    par("Neurologie, Hôpital des Spécialités (CHU Ibn Sina), Rabat — 09/2025 – 12/2025\nUrgences, CHU Ibn Sina — 01/2026 – 03/2026\nPédiatrie, Hôpital d'Enfants de Rabat — ongoing")
    par("SUMMER ELECTIVE", b=True, fs=22, cf=1)
    par("Stage d'été, Service de Neurologie, Hôpital de la Pitié-Salpêtrière, Paris, France — 07/2025")
    par("INTERESTS", b=True, fs=22, cf=1)
    par("Neurology residency in the United States (stroke and epilepsy).")
    par("LANGUAGES", b=True, fs=22, cf=1)
    par("Arabic (native) · French (bilingual) · English (C1) · Spanish (B1)")
    par("VISA", b=True, fs=22, cf=1)
    par("US B1/B2 visa, valid until 2029.")
    par("REFERENCE", b=True, fs=22, cf=1)
    par("Pr. Youssef Alaoui, Service de Neurologie, CHU Ibn Sina — y.alaoui@chis.ma — +212 5 37 67 28 71")
    L.append("}")
    with open(os.path.join(OUT, "w39_011_handrtf_student.rtf"), "w", encoding="ascii") as fh:
        fh.write("\n".join(L))


# ---------------------------------------------------------------- 012 plain text
def txt_012():
    s = """CHINEDU OKAFOR, MBBS, MPH
Houston, TX 77036 | (713) 555-0178 | chinedu.okafor@yahoo.com
US Permanent Resident (Green Card holder)

OBJECTIVE
------------------------------------------------------------
Internal Medicine residency; long-term goal: Infectious Disease fellowship.

EDUCATION
------------------------------------------------------------
University of Nigeria, College of Medicine (Enugu Campus)
  Bachelor of Medicine, Bachelor of Surgery (MBBS) ........ 2009 - 2016
University of Texas Health Science Center at Houston
  Master of Public Health (MPH), Epidemiology .............. 2021 - 2023

US CLINICAL EXPERIENCE
------------------------------------------------------------
* Hands-on Clinical Experience, Internal Medicine
  Interfaith Medical Center, Brooklyn, NY
  Nov 2024 to Jan 2025
* Observership, Infectious Disease
  University of Maryland Medical Center, Baltimore, MD
  2025-02 (4 weeks)

NIGERIAN CLINICAL EXPERIENCE
------------------------------------------------------------
* House Officer (Housemanship), University of Nigeria Teaching Hospital, Ituku-Ozalla  2016 - 2017
* NYSC Medical Officer, General Hospital Ikot Ekpene  2017 - 2018
* Medical Officer, HIV clinic, Lagos University Teaching Hospital  2018 - 2021

EXAMS
------------------------------------------------------------
USMLE Step 1 ........ PASS
USMLE Step 2 CK ..... 252
USMLE Step 3 ........ scheduled (Feb 2027)
ECFMG ............... Certified (2024)
PLAB 1 & 2 .......... Passed (2019)

PUBLICATIONS (peer-reviewed)
------------------------------------------------------------
1. Okafor C, Eze U. Virologic failure among adolescents on ART in Lagos. Niger J Clin Pract. 2020;23(9):1240-6.
2. Okafor C, et al. Tuberculosis preventive therapy uptake in PLHIV. Pan Afr Med J. 2021;39:188.
3. Okafor C, Nwosu A. Hepatitis B co-infection in HIV clinic attendees. BMC Infect Dis. 2023;23:541.
Posters: IDWeek 2024; CROI 2025.

LANGUAGES
------------------------------------------------------------
English (native), Igbo (native), Yoruba (conversational)

REFERENCES
------------------------------------------------------------
Dr. Adaeze Nwosu, Consultant Physician, LUTH - adaeze.nwosu@luth.gov.ng - +234 803 555 1290
"""
    with open(os.path.join(OUT, "w39_012_plaintext.txt"), "w", encoding="utf-8") as fh:
        fh.write(s)


if __name__ == "__main__":
    TMP = sys.argv[2]
    indeed_002(); europass_003(); gdocs_007(); word_009(); zety_014(); odt_010(); rtf_011(); txt_012()
    gdocs_008(os.path.join(TMP, "w39_008_gdocs_footer_lo.docx"))
    word_013(os.path.join(TMP, "w39_013_word_datescol_lo.docx"))
    word_015(os.path.join(TMP, "w39_015_word2odt_lo.docx"))
    word_016(os.path.join(TMP, "w39_016_docx2rtf_lo.docx"))
