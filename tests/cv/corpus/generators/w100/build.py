# -*- coding: utf-8 -*-
"""Builds all w100 CVs into ../files and truth.jsonl. Run via build.sh."""
import html, json, os, random, shutil, subprocess, sys
from data import P, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w100work"
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(n):
    p = P[n]
    return "w100_%03d_%s.%s" % (n, p["layout"], p["ext"])


def item_lines(it):
    if isinstance(it, str):
        return [it]
    head = it["title"]
    out = [head, "%s  |  %s" % (it["org"], it["dates"]) if it["org"] else it["dates"]]
    out += ["• " + b for b in it["bullets"]]
    return out


def contact_line(p, sep="  |  "):
    parts = [p["email"], p["phone"], p["address"]]
    if p.get("linkedin"):
        parts.append(p["linkedin"])
    return sep.join(parts)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w100work/lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_text, out_pdf):
    src = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w100work/chrome", "--print-to-pdf=" + out_pdf, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


E = html.escape

# ------------------------------------------------------------------ python-docx
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_sections(doc, p, heading_color=RGBColor(0x1F, 0x4E, 0x79), skip=()):
    for title, items in p["sections"]:
        if title in skip:
            continue
        h = doc.add_paragraph()
        r = h.add_run(title.upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = heading_color
        for it in items:
            if isinstance(it, str):
                doc.add_paragraph(it, style="List Bullet" if len(it) < 140 else None)
                continue
            para = doc.add_paragraph()
            r = para.add_run(it["title"]); r.bold = True
            para.add_run("\t" + it["dates"]).italic = True
            para.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2)
            doc.add_paragraph(it["org"]).paragraph_format.space_after = Pt(2)
            for b in it["bullets"]:
                doc.add_paragraph(b, style="List Bullet")


def build_docx_word_template(n, path):
    p = P[n]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
    hdr = doc.sections[0].header
    hp = hdr.paragraphs[0]
    r = hp.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    hp2 = hdr.add_paragraph(p["headline"])
    hp3 = hdr.add_paragraph(contact_line(p, "  ·  ")); hp3.runs[0].font.size = Pt(9)
    ftr = doc.sections[0].footer
    ftr.paragraphs[0].text = "Curriculum Vitae – updated November 2026"
    docx_sections(doc, p)
    doc.save(path)


def build_docx_header_table(n, path):
    """Word 'resume template': name/contact table at top, then sections; for LO->PDF/RTF."""
    p = P[n]
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"; doc.styles["Normal"].font.size = Pt(10.5)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run(p["name"]).bold = True
    c0.paragraphs[0].runs[0].font.size = Pt(20)
    if p.get("alt"):
        c0.add_paragraph(p["alt"])
    c0.add_paragraph(p["headline"])
    c1.paragraphs[0].text = p["email"]
    c1.add_paragraph(p["phone"]); c1.add_paragraph(p["address"])
    for para in c1.paragraphs:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    shade(c0, "DDEBF7"); shade(c1, "DDEBF7")
    doc.add_paragraph()
    docx_sections(doc, p, RGBColor(0x2E, 0x75, 0xB6))
    doc.save(path)


def build_docx_eras(n, path):
    p = P[n]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph(); r = h.add_run("MyERAS Application – Applicant Summary (draft for rotation service)"); r.font.size = Pt(8); r.italic = True
    doc.add_heading(p["name"], level=1)
    doc.add_paragraph("Email: %s\nPreferred phone: %s\nPermanent address: %s" % (p["email"], p["phone"], p["address"]))
    for title, items in p["sections"]:
        doc.add_heading(title, level=2)
        for it in items:
            if isinstance(it, str):
                doc.add_paragraph(it); continue
            doc.add_paragraph(it["title"]).runs[0].bold = True
            doc.add_paragraph(it["org"]); doc.add_paragraph(it["dates"])
            for b in it["bullets"]:
                doc.add_paragraph(b)
            doc.add_paragraph("—" * 20)
    doc.save(path)


def build_docx_table_europass(n, path):
    p = P[n]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial Narrow"; doc.styles["Normal"].font.size = Pt(9.5)
    rows = [("", ""), ("PERSONAL INFORMATION", p["name"] + ("   " + p["alt"] if p.get("alt") else ""))]
    rows += [("", "✉ " + p["email"]), ("", "☎ " + p["phone"]), ("", "⌂ " + p["address"])]
    rows += [(k, v) for k, v in p.get("personal", [])]
    for title, items in p["sections"]:
        first = True
        for it in items:
            for i, line in enumerate(item_lines(it)):
                rows.append((title.upper() if first else "", line)); first = False
    t = doc.add_table(rows=0, cols=2)
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(5); cells[1].width = Cm(12)
        ra = cells[0].paragraphs[0].add_run(a); ra.font.color.rgb = RGBColor(0x0E, 0x41, 0x94); ra.font.size = Pt(8.5)
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        cells[1].paragraphs[0].add_run(b)
    t.rows[1].cells[1].paragraphs[0].runs[0].font.size = Pt(16)
    doc.save(path)


def build_docx_sidebar(n, path):
    p = P[n]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_table(rows=1, cols=2)
    side, main = t.rows[0].cells
    side.width = Cm(5.5); main.width = Cm(12.5)
    shade(side, "264653")
    def sp(text, bold=False, size=9.5):
        par = side.add_paragraph(); r = par.add_run(text); r.bold = bold; r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    side.paragraphs[0].add_run(" ")
    sp("CONTACT", True, 11); sp(p["email"]); sp(p["phone"]); sp(p["address"])
    for title, items in p["sections"]:
        if title in ("Languages", "Exams", "Career interest"):
            sp(title.upper(), True, 11)
            for it in items:
                for l in item_lines(it):
                    sp(l)
    r = main.paragraphs[0].add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    main.add_paragraph(p["headline"])
    for title, items in p["sections"]:
        if title in ("Languages", "Exams", "Career interest"):
            continue
        hp = main.add_paragraph(); rr = hp.add_run(title.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x26, 0x46, 0x53)
        for it in items:
            for l in item_lines(it):
                main.add_paragraph(l)
    doc.save(path)


# ------------------------------------------------------------------ odfpy
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, FontFace
from odf.text import P as OP, H as OH, Span


def build_odt(n, path, footer_contacts=False):
    p = P[n]
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name="Arial", fontfamily="Arial", fontfamilygeneric="swiss"))
    title = Style(name="TitleName", family="paragraph")
    title.addElement(TextProperties(fontsize="22pt", fontweight="bold", fontname="Arial"))
    h = Style(name="Sec", family="paragraph")
    h.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1155cc", fontname="Arial"))
    h.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm", borderbottom="0.5pt solid #999999"))
    body = Style(name="Body", family="paragraph"); body.addElement(TextProperties(fontsize="10.5pt", fontname="Arial"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8.5pt", color="#555555", fontname="Arial"))
    small.addElement(ParagraphProperties(textalign="center"))
    for s in (title, h, body, small):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(margin="1.8cm", pagewidth="21cm", pageheight="29.7cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if footer_contacts:
        ft = Footer()
        ft.addElement(OP(stylename=small, text="%s · %s · %s" % (p["name"], p["email"], p["phone"])))
        ft.addElement(OP(stylename=small, text=p["address"]))
        mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    doc.text.addElement(OP(stylename=title, text=p["name"]))
    doc.text.addElement(OP(stylename=body, text=p["headline"]))
    if not footer_contacts:
        doc.text.addElement(OP(stylename=body, text=contact_line(p, " | ")))
    for t, items in p["sections"]:
        doc.text.addElement(OP(stylename=h, text=t))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(OP(stylename=body, text=it)); continue
            para = OP(stylename=body)
            para.addElement(Span(stylename=bold, text=it["title"]))
            para.addText(" — " + it["dates"])
            doc.text.addElement(para)
            doc.text.addElement(OP(stylename=body, text=it["org"]))
            for b in it["bullets"]:
                doc.text.addElement(OP(stylename=body, text="• " + b))
    doc.save(path)


# ------------------------------------------------------------------ Chromium (Canva-like)
CSS_BASE = "@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:10.5px;color:#222}"


def html_items(items, cls="it"):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % E(it)); continue
        out.append("<div class='%s'><div class='d'>%s</div><b>%s</b><br><i>%s</i>%s</div>" % (
            cls, E(it["dates"]), E(it["title"]), E(it["org"]),
            "".join("<br>– %s" % E(b) for b in it["bullets"])))
    return "".join(out)


def build_canva_sidebar(n, path, color="#2a6f97", side_titles=("USMLE", "Languages", "Langues", "Referees", "Références")):
    p = P[n]
    bars = "".join("<div class='sk'>%s<div class='bar'><span style='width:%d%%'></span></div></div>" % (E(s), v) for s, v in p.get("skills", []))
    side_secs = "".join("<h3>%s</h3>%s" % (E(t), html_items(i)) for t, i in p["sections"] if t in side_titles)
    main_secs = "".join("<h2>%s</h2>%s" % (E(t), html_items(i)) for t, i in p["sections"] if t not in side_titles)
    alt = "<div class='alt' dir='rtl'>%s</div>" % E(p["alt"]) if p.get("alt") else ""
    doc = """<!doctype html><html><head><meta charset='utf-8'><style>%s
    .wrap{display:flex;min-height:297mm}.side{width:68mm;background:%s;color:#fff;padding:14mm 7mm}.main{flex:1;padding:14mm 10mm}
    .photo{width:34mm;height:34mm;border-radius:50%%;background:#ffffff55;margin:0 auto 6mm;text-align:center;line-height:34mm;font-size:30px}
    .side h3{border-bottom:1px solid #fff8;text-transform:uppercase;letter-spacing:1px;font-size:11px}
    .c{margin:2mm 0;font-size:9.5px;word-break:break-all}.sk{margin:2mm 0;font-size:9.5px}.bar{height:5px;background:#ffffff44;border-radius:3px}
    .bar span{display:block;height:5px;background:#ffd166;border-radius:3px}
    h1{font-size:26px;margin:0;color:%s;letter-spacing:1px}.alt{font-size:16px;color:#555}.hl{font-size:12px;color:#777;margin-bottom:5mm}
    h2{font-size:13px;color:%s;text-transform:uppercase;border-bottom:2px solid %s;padding-bottom:1mm;margin-top:6mm}
    .it{margin:2.5mm 0}.d{float:right;color:#888;font-size:9.5px}.side .d{float:none;color:#ffd166}
    </style></head><body><div class='wrap'><div class='side'><div class='photo'>✚</div>
    <h3>Contact</h3><div class='c'>✉ %s</div><div class='c'>☎ %s</div><div class='c'>⌂ %s</div>%s
    %s<h3>Skills</h3>%s</div>
    <div class='main'><h1>%s</h1>%s<div class='hl'>%s</div>%s</div></div></body></html>""" % (
        CSS_BASE, color, color, color, color, E(p["email"]), E(p["phone"]), E(p["address"]),
        ("<div class='c'>in %s</div>" % E(p["linkedin"])) if p.get("linkedin") else "",
        side_secs, bars, E(p["name"]), alt, E(p["headline"]), main_secs)
    chromium_pdf(doc, path)


def build_canva_timeline(n, path):
    p = P[n]
    secs = []
    for t, items in p["sections"]:
        if t.startswith("Timeline"):
            li = "".join("<li><span class='dot'>●</span><div class='when'>%s</div><b>%s</b><br>%s</li>" % (E(i["dates"]), E(i["title"]), E(i["org"])) for i in items)
            secs.append("<h2>%s</h2><ul class='tl'>%s</ul>" % (E(t), li))
        else:
            secs.append("<h2>%s</h2>%s" % (E(t), html_items(items)))
    doc = """<!doctype html><html><head><meta charset='utf-8'><style>%s
    .top{background:linear-gradient(90deg,#e76f51,#f4a261);color:#fff;padding:10mm 12mm}.top h1{margin:0;font-size:30px}
    .bar{background:#264653;color:#fff;padding:2mm 12mm;font-size:9.5px}.body{padding:4mm 12mm;columns:1}
    h2{color:#e76f51;font-size:13px;margin:5mm 0 2mm}ul.tl{list-style:none;border-left:2px solid #e76f51;margin-left:3mm;padding-left:6mm}
    ul.tl li{position:relative;margin-bottom:3mm}.dot{position:absolute;left:-8.6mm;color:#e76f51;font-size:12px}.when{color:#2a9d8f;font-weight:bold}
    .it .d{color:#2a9d8f}
    </style></head><body><div class='top'><h1>%s</h1><div>%s</div></div>
    <div class='bar'>📧 %s &nbsp; ✆ %s &nbsp; ⌖ %s</div><div class='body'>%s</div></body></html>""" % (
        CSS_BASE, E(p["name"]), E(p["headline"]), E(p["email"]), E(p["phone"]), E(p["address"]), "".join(secs))
    chromium_pdf(doc, path)


def build_plain_html_pdf(n, path, font="Liberation Serif"):
    """Word-ish plain page, used as the master for scans."""
    p = P[n]
    alt = " (%s)" % E(p["alt"]) if p.get("alt") else ""
    secs = "".join("<h2>%s</h2>%s" % (E(t), html_items(i)) for t, i in p["sections"])
    doc = """<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:18mm}
    body{font-family:'%s',serif;font-size:13px;color:#111}h1{text-align:center;margin:0;font-size:24px}.c{text-align:center;font-size:12px}
    h2{font-size:14px;border-bottom:1px solid #000;margin:5mm 0 2mm;text-transform:uppercase}.it{margin:2mm 0}.d{float:right}</style></head>
    <body><h1>%s%s</h1><div class='c'>%s<br>%s</div>%s</body></html>""" % (
        font, E(p["name"]), alt, E(p["headline"]), E(contact_line(p, " · ")), secs)
    chromium_pdf(doc, path)


# ------------------------------------------------------------------ reportlab (LinkedIn "Save to PDF")
def build_linkedin(n, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    from reportlab.lib.utils import simpleSplit
    p = P[n]
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    state = {"page": 1}

    def sidebar():
        c.setFillColorRGB(0.89, 0.91, 0.93); c.rect(0, 0, 190, H, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)

    def footer():
        c.setFont("DV", 8); c.setFillColorRGB(0.5, 0.5, 0.5)
        c.drawRightString(W - 40, 20, "Page %d of 2" % state["page"]); c.setFillColorRGB(0.1, 0.1, 0.1)

    sidebar()
    y = H - 50
    c.setFont("DVB", 12); c.drawString(20, y, "Contact"); y -= 16
    c.setFont("DV", 8.5)
    url = p["linkedin"]
    for line in [p["phone"], p["email"], "", url[:29], url[29:]]:
        c.drawString(20, y, line); y -= 12
    y -= 10; c.setFont("DVB", 12); c.drawString(20, y, "Top Skills"); y -= 16; c.setFont("DV", 8.5)
    for s in p["top_skills"]:
        c.drawString(20, y, s); y -= 12
    y -= 10; c.setFont("DVB", 12); c.drawString(20, y, "Languages"); y -= 16; c.setFont("DV", 8.5)
    for s in p["langs_block"]:
        for l in simpleSplit(s, "DV", 8.5, 160):
            c.drawString(20, y, l); y -= 12
    x = 215; y = H - 60
    c.setFont("DV", 24); c.drawString(x, y, p["name"]); y -= 18
    if p.get("alt"):
        c.setFont("DV", 11); c.drawString(x, y, p["alt"]); y -= 16
    c.setFont("DV", 10.5)
    for l in simpleSplit(p["headline"], "DV", 10.5, W - x - 40):
        c.drawString(x, y, l); y -= 14
    c.setFillColorRGB(0.45, 0.45, 0.45); c.drawString(x, y, p["address"]); c.setFillColorRGB(0.1, 0.1, 0.1); y -= 26

    def need(h):
        nonlocal y
        if y - h < 50:
            footer(); c.showPage(); state["page"] += 1; sidebar(); y = H - 50

    for t, items in p["sections"]:
        need(40); c.setFont("DV", 15); c.drawString(x, y, t); y -= 20
        for it in items:
            if isinstance(it, str):
                for l in simpleSplit(it, "DV", 9.5, W - x - 40):
                    need(12); c.setFont("DV", 9.5); c.drawString(x, y, l); y -= 12
                y -= 6; continue
            need(60)
            c.setFont("DVB", 10.5); c.drawString(x, y, it["org"] if t == "Experience" else it["title"]); y -= 13
            c.setFont("DV", 9.5); c.drawString(x, y, it["title"] if t == "Experience" else it["org"]); y -= 12
            c.setFillColorRGB(0.45, 0.45, 0.45); c.drawString(x, y, it["dates"]); y -= 12
            for b in it["bullets"]:
                c.drawString(x, y, b); y -= 12
            c.setFillColorRGB(0.1, 0.1, 0.1); y -= 8
    footer(); c.showPage(); state["page"] += 1
    footer(); c.showPage()  # LinkedIn exports often end with a near-empty page
    c.save()


# ------------------------------------------------------------------ fpdf2 (Europass)
def build_europass_v2(n, path):
    """Europass with a label column: section caption then dated rows (label = dates)."""
    from fpdf import FPDF
    p = P[n]
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.add_page()
    pdf.set_text_color(14, 65, 148); pdf.set_font("DV", "B", 16); pdf.cell(0, 10, "europass   Curriculum Vitae", new_x="LMARGIN", new_y="NEXT")

    def row(label, text, style="", size=9.5):
        y = pdf.get_y()
        pdf.set_xy(10, y); pdf.set_text_color(14, 65, 148); pdf.set_font("DV", "", 8)
        pdf.multi_cell(55, 5, label, align="R")
        y1 = pdf.get_y()
        pdf.set_xy(70, y); pdf.set_text_color(30, 30, 30); pdf.set_font("DV", style, size)
        pdf.multi_cell(130, size * 0.5 + 0.5, text)
        pdf.set_y(max(pdf.get_y(), y1))

    row("PERSONAL INFORMATION", p["name"], "B", 15)
    for sym, v in (("⌂", p["address"]), ("✆", p["phone"]), ("✉", p["email"])):
        row("", "%s  %s" % (sym, v))
    for k, v in p.get("personal", []):
        row(k, v)
    for t, items in p["sections"]:
        pdf.ln(3); pdf.set_draw_color(14, 65, 148)
        row(t, "", "B")
        pdf.line(70, pdf.get_y() - 2, 200, pdf.get_y() - 2)
        for it in items:
            if isinstance(it, str):
                row("", it)
            else:
                row(it["dates"], it["title"], "B")
                row("", it["org"])
                for b in it["bullets"]:
                    row("", "▪ " + b)
    pdf.set_y(-15); pdf.set_font("DV", "", 7); pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 5, "© European Union, 2002-2026 | europass.europa.eu        Page 1", align="C")
    pdf.output(path)


# ------------------------------------------------------------------ plain text e-mail
def build_email_txt(n, path):
    p = P[n]
    text = """From: Siti Nurhaliza <%s>
Sent: Tuesday, 3 November 2026 9:14 PM
To: rotations@clinicalrotations-intake.org
Subject: Application for Observership/Externship - CV attached in body (attachment failed)

Dear Sir/Madam,

My attachment keeps bouncing so I have pasted my CV below. Apologies for the formatting.

Thank you,
Siti

-----------------------------------------------------------
CURRICULUM VITAE

SITI NURHALIZA BINTI AHMAD
Hp: 012-345 6789 (Malaysia, +60)   |   Email: %s
Address: No. 8, Jalan SS 2/24, 47300 Petaling Jaya, Selangor

PERSONAL DETAILS
  Date of birth : 12 August 1994
  Nationality   : Malaysian
  Visa          : Will apply for J-1 (ECFMG sponsorship)

EDUCATION
  2014 - 2019   Doctor of Medicine (MD), Universiti Kebangsaan Malaysia (UKM), Kuala Lumpur
                  * Dean's list 2017

USMLE / ECFMG
  Step 1 .......... PASS (2021)
  Step 2 CK ....... 244 (2022)
  ECFMG ........... Certified (Feb 2023)
  MRCPCH Part 1 ... passed (UK paediatrics membership exam)

US CLINICAL EXPERIENCE
  Oct 2024 - Dec 2024   Observer, Division of General Pediatrics
                        Cincinnati Children's Hospital Medical Center, Cincinnati, OH
                        - attended inpatient rounds + continuity clinic

WORK EXPERIENCE (MALAYSIA)
  Aug 2019 - Jul 2021   House Officer (housemanship), Hospital Kuala Lumpur
  Aug 2021 - present    Medical Officer, Paediatric Department,
                        Hospital Tunku Azizah (Women & Children Hospital Kuala Lumpur)

RESEARCH / PUBLICATIONS
  1. Ahmad SN, Lim KH. Dengue shock syndrome in Malaysian children: a 5-year review.
     Med J Malaysia. 2022;77(3):290-296.
  - Poster: Neonatal jaundice follow-up, Malaysian Paediatric Association Congress 2023

CAREER GOAL
  Pediatrics residency (categorical)

LANGUAGES
  Bahasa Melayu (native), English (fluent), Mandarin (basic conversational)

REFEREES
  Dr. Lim Kah Heng, Consultant Paediatrician, Hospital Tunku Azizah - limkh@moh.gov.my - +60 3-2600 3000
  Dr. Jennifer O'Hara, MD, Cincinnati Children's - jennifer.ohara@cchmc.org
-----------------------------------------------------------

Sent from Yahoo Mail for Android
""" % (p["email"], p["email"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ------------------------------------------------------------------ hand-written RTF (old word processor)
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def build_rtf_oldwp(n, path):
    p = P[n]
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}{\f2\fnil\fcharset178 Arial;}}",
         r"{\info{\title CV}{\author ahmed}{\operator WordPad}}\paperw11906\paperh16838\margl1134\margr1134",
         r"\viewkind4\uc1\pard\qc\f1\fs32\b " + rtf_escape(p["name"].upper()) + r"\b0\par",
         r"\pard\qc\f2\fs26\rtlch " + rtf_escape(p["alt"]) + r"\ltrch\f1\par",
         r"\pard\qc\fs20 " + rtf_escape(p["headline"]) + r"\par",
         r"\pard\qc\fs18 " + rtf_escape(p["address"]) + r"\par",
         r"\pard\qc Mobile: " + rtf_escape(p["phone"]) + r"   E-mail: " + rtf_escape(p["email"]) + r"\par\par"]
    for t, items in p["sections"]:
        L.append(r"\pard\f0\fs24\b\ul " + rtf_escape(t) + r"\ul0\b0\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\li360\fs22 " + rtf_escape(it) + r"\par")
            else:
                L.append(r"\pard\li360\tx7000\fs22\b " + rtf_escape(it["title"]) + r"\b0\tab " + rtf_escape(it["dates"]) + r"\par")
                L.append(r"\pard\li360\fs22\i " + rtf_escape(it["org"]) + r"\i0\par")
        L.append(r"\par")
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\r\n".join(L))


# ------------------------------------------------------------------ scans
from PIL import Image, ImageFilter, ImageEnhance, ImageOps


def pdf_to_png(pdf, stem, dpi):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "2", pdf, stem], check=True)
    pages = sorted(f for f in os.listdir(os.path.dirname(stem)) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(os.path.dirname(stem), f)).convert("RGB") for f in pages]


def degrade_office(img, rng, angle):
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    img = ImageEnhance.Contrast(img).enhance(0.7)
    px = img.load(); w, h = img.size
    for _ in range(w * h // 60):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = max(0, px[x, y] - rng.randint(40, 140))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def degrade_photo(img, rng, angle):
    img = ImageEnhance.Brightness(img).enhance(0.92)
    w, h = img.size
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (92, 74, 60))  # wooden desk
    page = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 60))
    bg.paste(page, ((bg.width - page.width) // 2, (bg.height - page.height) // 2))
    # uneven lighting: darken one corner
    corners = Image.new("L", (2, 2)); corners.putdata([255, 215, 235, 150])
    grad = corners.resize(bg.size, Image.BILINEAR)
    shadow = Image.new("RGB", bg.size, (30, 25, 20))
    bg = Image.composite(bg, shadow, grad)
    bg = ImageEnhance.Contrast(bg).enhance(0.8)
    bg = bg.filter(ImageFilter.GaussianBlur(1.0))
    noise = Image.effect_noise(bg.size, 18).convert("RGB")
    bg = Image.blend(bg, noise, 0.06)
    bg = bg.resize((int(bg.width * 0.85), int(bg.height * 0.85)))
    return bg.crop((0, 0, bg.width, int(bg.height * 0.93)))


def build_scan(n, path, kind, angle, seed):
    rng = random.Random(seed)
    master = os.path.join(TMP, "master_%03d.pdf" % n)
    build_plain_html_pdf(n, master, "Liberation Serif" if n % 2 else "Liberation Sans")
    stem = os.path.join(TMP, "pg%03d" % n)
    pages = pdf_to_png(master, stem, 150 if kind != "photo" else 130)
    if kind == "photo":
        degrade_photo(pages[0], rng, angle).save(path, "JPEG", quality=72)
    elif kind == "png":
        degrade_office(pages[0], rng, angle).save(path, "PNG")
    else:  # image-only PDF via Pillow (no text layer), office scanner 150 dpi
        imgs = [degrade_office(pg, rng, angle + i * 0.3) for i, pg in enumerate(pages)]
        imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


# ------------------------------------------------------------------ damaged
def build_damaged():
    src = os.path.join(TMP, "dmg_src.pdf")
    build_plain_html_pdf(2, src)
    data = open(src, "rb").read()
    open(os.path.join(OUT, "w100_022_truncated_pdf.pdf"), "wb").write(data[: int(len(data) * 0.45)])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); r = PdfReader(os.path.join(TMP, "dmg_src2.pdf") if False else src)
    for pg in r.pages:
        w.add_page(pg)
    w.encrypt(user_password="Karachi2026", owner_password="owner-w100", algorithm="RC4-128")
    with open(os.path.join(OUT, "w100_023_encrypted_pdf.pdf"), "wb") as f:
        w.write(f)
    rng = random.Random(100)
    blob = b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(23000))
    open(os.path.join(OUT, "w100_024_random_bytes_docx.docx"), "wb").write(blob)


# ------------------------------------------------------------------ main
def main():
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    B = lambda n: os.path.join(OUT, fname(n))
    build_docx_word_template(1, B(1))
    d2 = os.path.join(TMP, "w100_002_word_template_lo_pdf.docx"); build_docx_header_table(2, d2); soffice(d2, "pdf", OUT)
    build_odt(3, B(3))
    build_canva_sidebar(4, B(4))
    build_canva_timeline(5, B(5))
    build_linkedin(6, B(6))
    build_europass_v2(7, B(7))
    build_canva_sidebar(8, B(8), color="#7b2d5b", side_titles=("USMLE", "Langues", "Références"))
    build_docx_eras(9, B(9))
    build_email_txt(10, B(10))
    build_rtf_oldwp(11, B(11))
    build_odt(12, B(12), footer_contacts=True)
    build_docx_table_europass(13, B(13))
    o14 = os.path.join(TMP, "w100_014_gdocs_export_pdf.odt"); build_odt(14, o14); soffice(o14, "pdf", OUT)
    d15 = os.path.join(TMP, "w100_015_lo_rtf_export.docx"); build_docx_header_table(15, d15); soffice(d15, "rtf", OUT)
    build_docx_sidebar(16, B(16))
    build_scan(17, B(17), "photo", 1.3, 17)
    build_scan(18, B(18), "pdf", -0.8, 18)
    build_scan(19, B(19), "png", 0.6, 19)
    build_scan(20, B(20), "photo", -1.7, 20)
    build_scan(21, B(21), "pdf", 1.1, 21)
    build_damaged()

    from months import months
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for n in sorted(P):
            p = P[n]
            rec = {"file": fname(n), "layout": p["layout"]}
            rec.update({k: v for k, v in p["t"].items() if k != "usce_entries"})
            ents = p["t"]["usce_entries"]
            rec["usce_months"] = months(ents)
            rec["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
            rec["usce_entries"] = ents
            if n >= 17:
                rec["needs_ocr"] = True
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for n, (layout, ext) in sorted(DAMAGED.items()):
            f.write(json.dumps({"file": "w100_%03d_%s.%s" % (n, layout, ext), "layout": layout, "error": True}) + "\n")


if __name__ == "__main__":
    main()
