#!/usr/bin/env python3
"""DOCX / ODT CVs: python-docx, odfpy and LibreOffice headless conversions."""
import os, shutil, subprocess, sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, GraphicProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage)
from odf.text import P, H, Span, List, ListItem
from odf.draw import Frame, TextBox
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "files"))
TMP = os.path.join(HERE, "build_tmp"); os.makedirs(TMP, exist_ok=True)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)

# ------------------------------------------------------------------ 008 Colombia: ODT with frames -> DOCX text boxes
def cv008():
    doc = OpenDocumentText()
    s_name = Style(name="Name", family="paragraph"); s_name.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#0b4f6c"))
    s_h = Style(name="Hd", family="paragraph"); s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#0b4f6c"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #0b4f6c"))
    s_small = Style(name="Small", family="paragraph"); s_small.addElement(TextProperties(fontsize="9pt", color="#ffffff"))
    s_bold = Style(name="B", family="text"); s_bold.addElement(TextProperties(fontweight="bold"))
    s_fr = Style(name="FrSide", family="graphic")
    s_fr.addElement(GraphicProperties(backgroundcolor="#0b4f6c", border="none", padding="0.25cm", wrap="right",
                                      verticalpos="from-top", horizontalpos="from-left", horizontalrel="page", verticalrel="page"))
    s_fr2 = Style(name="FrTop", family="graphic")
    s_fr2.addElement(GraphicProperties(backgroundcolor="#e6f2f7", border="0.5pt solid #0b4f6c", padding="0.2cm", wrap="none",
                                       verticalpos="from-top", horizontalpos="from-left", horizontalrel="page", verticalrel="page"))
    for s in (s_name, s_h, s_small, s_fr, s_fr2):
        doc.automaticstyles.addElement(s)
    doc.styles.addElement(s_bold)

    def para(txt, style=None):
        p = P(stylename=style) if style else P(); p.addText(txt); return p

    # side text box with contact + exams (what Word users do with "Insert > Text Box")
    fr = Frame(stylename=s_fr, width="5.6cm", height="17cm", x="1.2cm", y="6.2cm", anchortype="page", anchorpagenumber="1", name="ContactBox")
    tb = TextBox()
    for t in ["CONTACTO / CONTACT", "\u260e +57 310 555 2468", "\u2709 santiago.munoz.r@hotmail.com",
              "\u2302 Calle 10 # 43-12, El Poblado, Medellín, Colombia", "",
              "EXÁMENES / EXAMS", "USMLE Step 1: Pass (2023)", "USMLE Step 2 CK: scheduled 02/2027",
              "UWSA 2 (practice): 245", "ECFMG certification: pending", "", "VISA", "B1/B2 visa holder (valid until 2029)",
              "", "IDIOMAS", "Español — nativo", "English — C1", "Português — B1"]:
        tb.addElement(para(t, s_small))
    fr.addElement(tb)
    fr2 = Frame(stylename=s_fr2, width="18.6cm", height="3.2cm", x="1.2cm", y="1.2cm", anchortype="page", anchorpagenumber="1", name="NameBox")
    tb2 = TextBox()
    tb2.addElement(para("Santiago Andrés Muñoz Restrepo", s_name))
    tb2.addElement(para("Médico y Cirujano · Anesthesiology / Critical Care applicant"))
    fr2.addElement(tb2)
    first = P(); first.addElement(fr2); first.addElement(fr); doc.text.addElement(first)

    body_style = Style(name="Body", family="paragraph"); body_style.addElement(ParagraphProperties(marginleft="6.3cm"))
    s_h.addElement(ParagraphProperties(marginleft="6.3cm"))
    doc.automaticstyles.addElement(body_style)
    for _ in range(5):
        doc.text.addElement(para("", body_style))
    def H2(t): doc.text.addElement(para(t, s_h))
    def B(t): doc.text.addElement(para(t, body_style))
    H2("PERFIL")
    B("Physician from Medellín seeking residency in Anesthesiology with a strong interest in Critical Care.")
    H2("EDUCACIÓN")
    B("Médico y Cirujano (MD equivalent) — Universidad de Antioquia, Medellín, Colombia. 2016 – 2022.")
    B("Servicio Social Obligatorio (rural year) — Hospital San Juan de Dios, Santa Fe de Antioquia. 2022 – 2023.")
    H2("EXPERIENCIA CLÍNICA EN EE. UU.")
    B("Observership, Anesthesiology — Jackson Memorial Hospital / University of Miami, Miami, FL. 15/01/2024 – 09/02/2024.")
    B("Externship (hands-on), Critical Care Medicine — Larkin Community Hospital, South Miami, Florida. 01.03.2024 – 26.04.2024.")
    H2("OTRA EXPERIENCIA")
    B("Medical Interpreter (Spanish–English), Baptist Health South Florida, Miami — 06/2024 – 05/2025.")
    B("Médico general, urgencias — Clínica Las Vegas, Medellín — 2023 – 2024.")
    H2("PUBLICACIONES")
    B("1. Muñoz-Restrepo SA, et al. Delirium in ventilated patients in Antioquia. Rev Colomb Anestesiol. 2023;51(2):e1052.")
    B("2. Vélez C, Muñoz-Restrepo SA. Sepsis bundle compliance in a rural hospital. Iatreia. 2024;37(1):33-41.")
    B("Póster: CLASA 2024 (Cartagena).")
    H2("REFERENCIAS")
    B("Dra. Carolina Vélez, Anestesiología, U. de Antioquia — carolina.velez@udea.example.co — +57 604 219 0000")
    src = os.path.join(TMP, "w103_008_docx_textboxes.odt")
    doc.save(src)
    soffice(src, "docx:MS Word 2007 XML", TMP)
    shutil.copy(os.path.join(TMP, "w103_008_docx_textboxes.docx"), os.path.join(OUT, "w103_008_docx_textboxes.docx"))

# ------------------------------------------------------------------ 009 Ukraine: everything in one big table
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor); tcPr.append(sh)

def cv009():
    d = Document()
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    def row(left, right, head=False):
        r = t.add_row().cells
        r[0].text = left; r[1].text = right
        if head:
            m = r[0].merge(r[1]); shade(m, "1E3A8A")
            for p in m.paragraphs:
                for run in p.runs:
                    run.font.bold = True; run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        else:
            for run in r[0].paragraphs[0].runs: run.font.bold = True
    row("CURRICULUM VITAE", "", head=True)
    row("Name", "Oleksandra Kovalenko (Олександра Коваленко)")
    row("Date of birth", "14.02.1999, Kharkiv, Ukraine")
    row("Telephone", "+380 67 555 1234 (Viber/WhatsApp)")
    row("E-mail", "o.kovalenko.md@ukr.net")
    row("Address", "vul. Khreshchatyk 22, apt. 9, Kyiv 01001, Ukraine")
    row("Visa", "J-1 visa required for residency")
    row("Career goal", "Residency in Psychiatry")
    row("EDUCATION", "", head=True)
    row("09.2017 – 06.2023", "Bogomolets National Medical University, Kyiv — Medical Faculty No. 2, Doctor of Medicine (MD, specialist degree)")
    row("08.2023 – 06.2025", "Internship (internatura) in Psychiatry, Kyiv City Psychoneurological Hospital No. 1")
    row("EXAMINATIONS", "", head=True)
    row("USMLE Step 1", "Pass (08.2022)")
    row("USMLE Step 2 CK", "247 (03.2024)")
    row("USMLE Step 3", "planned 2027")
    row("ECFMG", "Certified, 05.2024")
    row("KROK 1 / KROK 2 (Ukrainian licensing)", "passed / passed")
    row("US CLINICAL EXPERIENCE", "", head=True)
    row("06.2024 – 07.2024", "Observership, Psychiatry — The Zucker Hillside Hospital (Northwell Health), Glen Oaks, NY")
    row("09.2024 – 11.2024", "Hands-on Externship, Adult Inpatient Psychiatry — University Hospitals Cleveland Medical Center, Cleveland, Ohio")
    row("12.2024 – present", "Research Volunteer, Department of Psychiatry — UPMC Western Psychiatric Hospital, Pittsburgh, PA (first-episode psychosis cohort)")
    row("OTHER EXPERIENCE", "", head=True)
    row("03.2022 – 06.2022", "Volunteer doctor, evacuation shelter, Lviv")
    row("07.2025 – present", "Patient-care technician, Allegheny General Hospital, Pittsburgh, PA (part-time)")
    row("PUBLICATIONS", "", head=True)
    row("Peer-reviewed", "Kovalenko O, Shevchenko I. PTSD screening among internally displaced persons in Ukraine. Psychiatr Danub. 2024;36(1):88-95.")
    row("Abstracts", "2 conference abstracts (EPA 2024, APA 2025)")
    row("LANGUAGES", "", head=True)
    row("Ukrainian", "native")
    row("Russian", "fluent")
    row("English", "C1 (IELTS 7.5)")
    row("Polish", "B1")
    row("REFERENCES", "", head=True)
    row("Prof. Iryna Shevchenko", "Dept. of Psychiatry, Bogomolets NMU — i.shevchenko@nmu.example.ua, +380 44 234 0000")
    for r in t.rows:
        r.cells[0].width = Cm(5); r.cells[1].width = Cm(12)
    d.save(os.path.join(OUT, "w103_009_docx_single_table.docx"))

# ------------------------------------------------------------------ 012 Sudan: python-docx, contacts only in header, -> PDF via LibreOffice
def cv012():
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Mohamed Elfatih Osman  |  محمد الفاتح عثمان  |  +249 912 345 678  |  m.elfatih.osman@gmail.com  |  Khartoum, Sudan"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in hp.runs: r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]; fp.text = "Curriculum Vitae — updated November 2026"; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    h = d.add_heading("CURRICULUM VITAE", level=0)
    d.add_paragraph("Internal Medicine residency applicant · interest in Infectious Disease")
    def sec_(t, items):
        d.add_heading(t, level=1)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    sec_("Education", ["MBBS — University of Khartoum Faculty of Medicine, Khartoum, Sudan (2013 – 2019)",
                       "House officer year — Ibrahim Malik Teaching Hospital, Khartoum (2019 – 2020)"])
    sec_("Licensure", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 233", "ECFMG: Certified (2023)", "Sudan Medical Council full registration",
                       "Visa: J-1 (ECFMG) needed"])
    sec_("US Clinical Experience", [
        "Observership, Infectious Diseases — Barnes-Jewish Hospital, St. Louis, Missouri — Nov 2023 – Dec 2023",
        "Externship (hands-on), Internal Medicine — Ascension St. John Hospital, Detroit, MI — Jan 2024 – Mar 2024",
        "Telehealth rotation, Internal Medicine — virtual clinic with a primary-care practice in Houston, TX — Apr 2024 – May 2024"])
    sec_("Clinical Experience — Sudan & Saudi Arabia", [
        "Medical Officer, Soba University Hospital, Khartoum — 2020 – 2023",
        "Locum physician, King Abdulaziz Hospital, Jeddah — 2025 – present"])
    sec_("Publications (peer-reviewed)", [
        "Osman ME, et al. Mycetoma treatment outcomes in Gezira State. PLoS Negl Trop Dis. 2021;15(6):e0009480.",
        "Hassan A, Osman ME. Malaria in pregnancy in Khartoum. Malar J. 2022;21:140.",
        "Osman ME, Ali S. HIV testing uptake after the 2019 revolution. Sudan J Med Sci. 2023;18(1):12-20."])
    sec_("Presentations", ["Poster: IDWeek 2024, Los Angeles"])
    sec_("Languages", ["Arabic (native)", "English (fluent)"])
    sec_("Referees", ["Dr. Amna Hassan, Soba University Hospital — amna.hassan@uofk.example.sd — +249 183 000 111"])
    src = os.path.join(TMP, "w103_012_lo_docx_header_pdf.docx")
    d.save(src)
    soffice(src, "pdf", TMP)
    shutil.copy(os.path.join(TMP, "w103_012_lo_docx_header_pdf.pdf"), os.path.join(OUT, "w103_012_lo_docx_header_pdf.pdf"))

# ------------------------------------------------------------------ 015 Nepal: python-docx, contacts only in footer with symbol icons
def cv015():
    d = Document()
    sec = d.sections[0]
    f = sec.footer
    p = f.paragraphs[0]
    p.text = "\u2706 +977 984-1555123   \u2709 prabin.shrestha.iom@gmail.com   \u2302 Baneshwor, Kathmandu, Nepal / Columbus, Ohio"
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in p.runs: r.font.size = Pt(8); r.font.name = "DejaVu Sans"
    t = d.add_paragraph(); r = t.add_run("PRABIN SHRESTHA"); r.bold = True; r.font.size = Pt(24); r.font.color.rgb = RGBColor(0xB9, 0x1C, 0x1C)
    d.add_paragraph("MBBS  ·  Internal Medicine  →  Pulmonary & Critical Care")
    def head(tx):
        p = d.add_paragraph(); rr = p.add_run("\u25A0  " + tx); rr.bold = True; rr.font.color.rgb = RGBColor(0xB9, 0x1C, 0x1C)
    def line(tx): d.add_paragraph(tx)
    head("STATUS")
    line("Permanent resident of the United States (green card via DV-2024).  ECFMG certified (2023).")
    line("USMLE Step 1 — Pass      USMLE Step 2 CK — 258")
    head("EDUCATION")
    line("Institute of Medicine, Tribhuvan University (Maharajgunj Medical Campus), Kathmandu — MBBS, 2015 – 2021")
    line("Internship: Tribhuvan University Teaching Hospital, 2021 – 2022")
    head("U.S. CLINICAL EXPERIENCE")
    tbl = d.add_table(rows=1, cols=3); tbl.style = "Light Grid Accent 2"
    hdr = tbl.rows[0].cells; hdr[0].text = "Dates"; hdr[1].text = "Role"; hdr[2].text = "Site"
    for a, b, c in [("Jun 2024 – Jul 2024", "Observer, Pulmonary & Critical Care", "University of Colorado Hospital, Aurora, CO"),
                    ("Aug 2024 – Oct 2024", "Hands-on Clinical Experience, Internal Medicine", "Appalachian Regional Healthcare, Hazard, Kentucky"),
                    ("Nov 2024 – present", "Research Volunteer, Pulmonary Medicine", "Cleveland Clinic")]:
        cc = tbl.add_row().cells; cc[0].text = a; cc[1].text = b; cc[2].text = c
    head("WORK IN NEPAL")
    line("Medical Officer, Dept. of Internal Medicine, TUTH, Kathmandu — 2022 – 2024")
    line("Volunteer, Nepal earthquake relief camps, Jajarkot — Nov 2023")
    head("PUBLICATIONS")
    line("1. Shrestha P, Karki B. COPD exacerbations and household air pollution in Kathmandu. J Nepal Health Res Counc. 2022;20(3):612-8.")
    line("2. Karki B, Shrestha P, et al. High-altitude pulmonary edema in trekkers: a 10-year review. Wilderness Environ Med. 2023;34(4):455-61.")
    line("Abstract: CHEST 2025 (accepted).")
    head("LANGUAGES")
    line("\u2605\u2605\u2605\u2605\u2605 Nepali    \u2605\u2605\u2605\u2605\u2606 Hindi    \u2605\u2605\u2605\u2605\u2605 English")
    head("REFERENCES")
    line("Dr. Bishnu Karki, Professor of Medicine, TUTH — b.karki@iom.example.np")
    d.save(os.path.join(OUT, "w103_015_docx_footer_icons.docx"))

# ------------------------------------------------------------------ 016 Mexico: odfpy ODT, letter-spaced headings
def cv016():
    doc = OpenDocumentText()
    sn = Style(name="Nm", family="paragraph"); sn.addElement(TextProperties(fontsize="22pt", fontweight="bold", fontfamily="DejaVu Serif"))
    sn.addElement(ParagraphProperties(textalign="center"))
    sc = Style(name="Ct", family="paragraph"); sc.addElement(ParagraphProperties(textalign="center")); sc.addElement(TextProperties(fontsize="9pt"))
    sh = Style(name="Hs", family="paragraph"); sh.addElement(TextProperties(fontsize="11pt", fontweight="bold", letterspacing="0.25cm", color="#14532d"))
    sh.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm", borderbottom="0.6pt solid #14532d"))
    sb = Style(name="Bd", family="paragraph"); sb.addElement(TextProperties(fontsize="10pt"))
    for s in (sn, sc, sh, sb): doc.automaticstyles.addElement(s)
    def p(t, st=sb):
        e = P(stylename=st); e.addText(t); doc.text.addElement(e)
    p("Ximena Guadalupe Hernández Ochoa", sn)
    p("ximena.hdz.ochoa@gmail.com  •  +52 (33) 1555-8742  •  Guadalajara, Jalisco, México", sc)
    p("U.S. citizen (born in San Antonio, TX)  •  Family Medicine / Psychiatry", sc)
    p("EDUCACIÓN  /  EDUCATION", sh)
    p("Médico Cirujano y Partero — Universidad de Guadalajara (Centro Universitario de Ciencias de la Salud), 2016 – 2022")
    p("Internado de pregrado — Hospital Civil de Guadalajara Fray Antonio Alcalde, 2021 – 2022")
    p("Servicio social — Centro de Salud Tlaquepaque, 2022 – 2023")
    p("EXÁMENES  /  EXAMS", sh)
    p("USMLE Step 1: Pass  ·  USMLE Step 2 CK: 238  ·  ECFMG: Certified (2024)  ·  ENARM 2023: 72.4 (Mexican residency exam)")
    p("EXPERIENCIA CLÍNICA EN EE. UU.", sh)
    p("03/2024 – 04/2024   Observership en Medicina Familiar — UT Health San Antonio, Texas")
    p("05/2024 – 07/2024   Hands-on Externship, Psychiatry — University of New Mexico Hospital, Albuquerque")
    p("OTRA EXPERIENCIA", sh)
    p("01/2023 – 12/2023   Medical Assistant — Clínica Familiar del Valle, El Paso, TX")
    p("08/2024 – present   Médico general — Clínica Hispana, Zapopan, Jalisco")
    p("INVESTIGACIÓN", sh)
    p("Póster: “Depresión posparto en Jalisco” — Congreso Nacional de Psiquiatría 2023. Sin publicaciones indexadas (no peer-reviewed papers yet).")
    p("IDIOMAS  /  LANGUAGES", sh)
    p("Español (nativo) · English (native/bilingual)")
    p("REFERENCIAS", sh)
    p("Dr. Alejandro Ruiz, UNM Psychiatry — aruiz@unm-psych.example.org  ·  Dra. Lucía Ortega — lucia.ortega@cucs.example.mx")
    doc.save(os.path.join(OUT, "w103_016_odt_spaced_headings.odt"))

if __name__ == "__main__":
    for fn in (cv008, cv009, cv012, cv015, cv016):
        fn(); print(fn.__name__, "ok")
