# -*- coding: utf-8 -*-
"""Renders the w91 CVs with real toolchains. Usage: python render.py <outdir>"""
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile

from people import PEOPLE, DAMAGED, fname

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files")
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)
TMP = tempfile.mkdtemp(prefix="w91_")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
BY_ID = {p["id"]: p for p in PEOPLE}


def outpath(p):
    return os.path.join(OUT, fname(p))


def soffice_convert(src, fmt, outdir):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def chromium_pdf(html_text, dst):
    src = os.path.join(TMP, os.path.basename(dst) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(TMP, "chr"), "--print-to-pdf=" + dst, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def item_text(it):
    """flat one-line text for an entry"""
    if isinstance(it, str):
        return it
    s = "%s  %s, %s" % (it["when"], it["head"], it["sub"]) if it["sub"] else "%s  %s" % (it["when"], it["head"])
    return s


# ============================================================ python-docx helpers
def docx_mod():
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return docx, Pt, RGBColor, Cm, WD_ALIGN_PARAGRAPH, qn, OxmlElement


def shade(cell, hexcolor):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_entries(doc_or_cell, items, date_table=True, heading_color=None):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    for it in items:
        if isinstance(it, str):
            para = doc_or_cell.add_paragraph(it)
            para.paragraph_format.space_after = Pt(2)
            continue
        if date_table and hasattr(doc_or_cell, "add_table"):
            t = doc_or_cell.add_table(rows=1, cols=2)
            t.columns[0].width = Cm(4.0)
            c0, c1 = t.rows[0].cells
            c0.width = Cm(4.0)
            c1.width = Cm(12.5)
            c0.paragraphs[0].add_run(it["when"]).italic = True
            r = c1.paragraphs[0].add_run(it["head"])
            r.bold = True
            if it["sub"]:
                c1.add_paragraph(it["sub"])
            for b in it["bullets"]:
                c1.add_paragraph("• " + b)
        else:
            para = doc_or_cell.add_paragraph()
            r = para.add_run(it["head"])
            r.bold = True
            para.add_run("  |  " + it["when"]).italic = True
            if it["sub"]:
                doc_or_cell.add_paragraph(it["sub"])
            for b in it["bullets"]:
                doc_or_cell.add_paragraph("– " + b)


# ============================================================ 001 docx_table
def r_docx_table(p, dst):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run("%s %s, %s" % (p["prefix"], p["name"], p["suffix"]))
    r.bold = True
    r.font.size = Pt(17)
    c0.add_paragraph("Medical Doctor — Internal Medicine applicant")
    for k, v in p["personal"]:
        c0.add_paragraph("%s: %s" % (k, v))
    c1.paragraphs[0].add_run("Contact").bold = True
    c1.add_paragraph("Phone/WhatsApp: " + p["phone"])
    c1.add_paragraph("E-mail: " + p["email"])
    c1.add_paragraph(p["address"])
    d.add_paragraph()
    d.add_paragraph(p["summary"])
    for title, items in p["sections"]:
        h = d.add_heading(title, level=2)
        docx_entries(d, items)
    d.save(dst)


# ============================================================ 007 docx_header_footer
def r_docx_header_footer(p, dst):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    d = docx.Document()
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(p["name"] + ", " + p["suffix"])
    r.bold = True
    r.font.size = Pt(14)
    hp2 = sec.header.add_paragraph(p["name_alt"])
    hp2.runs[0].font.size = Pt(9)
    hp3 = sec.header.add_paragraph("✉ %s   ☎ %s" % (p["email"], p["phone"]))
    hp3.alignment = AL.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "%s · %s · %s" % (p["address"], p["phone"], "Curriculum Vitae — page 1")
    fp.alignment = AL.CENTER
    fp.runs[0].font.size = Pt(8)
    d.add_heading("CURRICULUM VITAE", level=1)
    para = d.add_paragraph()
    para.add_run("Profile. ").bold = True
    para.add_run(p["summary"])
    for k, v in p["personal"]:
        d.add_paragraph("%s: %s" % (k, v))
    for title, items in p["sections"]:
        hh = d.add_paragraph()
        rr = hh.add_run(title)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        rr.font.size = Pt(12)
        docx_entries(d, items, date_table=False)
    d.save(dst)


# ============================================================ 016 docx_skillbars_twocol
def r_docx_skillbars(p, dst):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri Light"
    d.styles["Normal"].font.size = Pt(10)
    s = d.sections[0]
    s.left_margin = s.right_margin = s.top_margin = Cm(1.2)
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width = Cm(6)
    right.width = Cm(12.5)
    shade(left, "2E4057")
    white = RGBColor(0xFF, 0xFF, 0xFF)

    def lp(text, bold=False, size=9.5, color=white):
        para = left.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = color
        return para
    left.paragraphs[0].add_run(" ")
    lp(p["name"].upper(), True, 16)
    lp("MBChB candidate", False, 10)
    lp("")
    lp("CONTACT", True, 11, RGBColor(0xF6, 0xAE, 0x2D))
    lp("📞  " + p["phone"])
    lp("✉  " + p["email"])
    lp("⌂  " + p["address"])
    for k, v in p["personal"]:
        lp("%s: %s" % (k, v))
    lp("")
    lp("LANGUAGES & SKILLS", True, 11, RGBColor(0xF6, 0xAE, 0x2D))
    for name, pct in p["skills"]:
        lp(name, False, 9)
        n = round(pct / 10)
        para = left.add_paragraph()
        r1 = para.add_run("█" * n)
        r1.font.color.rgb = RGBColor(0xF6, 0xAE, 0x2D)
        r2 = para.add_run("█" * (10 - n))
        r2.font.color.rgb = RGBColor(0x5C, 0x6B, 0x80)
    lp("")
    lp("INTERESTS", True, 11, RGBColor(0xF6, 0xAE, 0x2D))
    lp("Internal Medicine · Hematology/Oncology · global health")
    hp = right.paragraphs[0]
    r = hp.add_run("PROFILE")
    r.bold = True
    r.font.color.rgb = RGBColor(0x2E, 0x40, 0x57)
    right.add_paragraph(p["summary"])
    for title, items in p["sections"]:
        hp = right.add_paragraph()
        r = hp.add_run(title.upper())
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x2E, 0x40, 0x57)
        docx_entries(right, items, date_table=False)
    d.save(dst)


# ============================================================ 010 docx -> pdf via soffice ; 012 docx -> rtf
def plain_docx(p, dst, font="Liberation Serif"):
    docx, Pt, RGBColor, Cm, AL, qn, OxmlElement = docx_mod()
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(11)
    h = d.add_paragraph()
    h.alignment = AL.CENTER
    r = h.add_run(("%s %s" % (p["prefix"], p["name"])).strip() + (", " + p["suffix"] if p["suffix"] else ""))
    r.bold = True
    r.font.size = Pt(18)
    if p.get("name_alt"):
        a = d.add_paragraph(p["name_alt"])
        a.alignment = AL.CENTER
    c = d.add_paragraph("%s  •  %s  •  %s" % (p["address"], p["phone"], p["email"]))
    c.alignment = AL.CENTER
    for k, v in p["personal"]:
        x = d.add_paragraph("%s: %s" % (k, v))
        x.alignment = AL.CENTER
    d.add_paragraph(p["summary"])
    for title, items in p["sections"]:
        d.add_heading(title, level=2)
        docx_entries(d, items, date_table=True)
    d.save(dst)


def r_soffice_docx2pdf(p, dst):
    src = os.path.join(TMP, "w91_%s_src.docx" % p["id"])
    plain_docx(p, src)
    soffice_convert(src, "pdf", TMP)
    shutil.move(src[:-5] + ".pdf", dst)


def r_soffice_docx2rtf(p, dst):
    src = os.path.join(TMP, "w91_%s_src.docx" % p["id"])
    plain_docx(p, src, font="Liberation Sans")
    soffice_convert(src, "rtf", TMP)
    shutil.move(src[:-5] + ".rtf", dst)


# ============================================================ 009 html -> docx via soffice
def r_soffice_html2docx(p, dst):
    parts = ["<html><head><meta charset='utf-8'><title>CV</title></head><body style='font-family:Carlito'>",
             "<h1>%s <span style='font-size:60%%'>(%s)</span></h1>" % (html.escape(p["name"]), html.escape(p["name_alt"])),
             "<p><b>Email:</b> %s<br><b>Mobile:</b> %s<br><b>Address:</b> %s</p>" % (
                 html.escape(p["email"]), html.escape(p["phone"]), html.escape(p["address"])),
             "<p><i>%s</i></p>" % html.escape(p["summary"])]
    for title, items in p["sections"]:
        parts.append("<h2>%s</h2>" % html.escape(title))
        for it in items:
            if isinstance(it, str):
                parts.append("<p>%s</p>" % html.escape(it))
            else:
                parts.append("<p><b>%s</b> — %s<br>%s</p>" % (html.escape(it["head"]), html.escape(it["when"]),
                                                             html.escape(it["sub"])))
                if it["bullets"]:
                    parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(b) for b in it["bullets"]))
    parts.append("</body></html>")
    src = os.path.join(TMP, "w91_%s_src.html" % p["id"])
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(src[:-5] + ".docx", dst)


# ============================================================ odfpy
def r_odt_plain(p, dst):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    hs = Style(name="Big", family="paragraph")
    hs.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(hs)
    h2 = Style(name="Sec", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #000000"))
    doc.styles.addElement(h2)
    doc.text.addElement(P(stylename=hs, text="CURRICULUM VITAE"))
    doc.text.addElement(P(stylename=hs, text=("%s %s %s" % (p["prefix"], p["name"], p["suffix"])).strip()))
    doc.text.addElement(P(text=p["address"]))
    doc.text.addElement(P(text="Cell: %s    Email: %s" % (p["phone"], p["email"])))
    for k, v in p["personal"]:
        doc.text.addElement(P(text="%s: %s" % (k, v)))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Personal statement: " + p["summary"]))
    for title, items in p["sections"]:
        doc.text.addElement(P(stylename=h2, text=title.upper()))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(text=it))
            else:
                doc.text.addElement(P(text="%s: %s" % (it["when"], it["head"])))
                if it["sub"]:
                    doc.text.addElement(P(text="        " + it["sub"]))
                for b in it["bullets"]:
                    doc.text.addElement(P(text="        - " + b))
    doc.save(dst)


def r_odt_sidebar(p, dst):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    side = Style(name="Side", family="table-cell")
    side.addElement(TableCellProperties(backgroundcolor="#E8EEF4", padding="0.25cm"))
    doc.automaticstyles.addElement(side)
    main = Style(name="Main", family="table-cell")
    main.addElement(TableCellProperties(padding="0.25cm"))
    doc.automaticstyles.addElement(main)
    c1 = Style(name="C1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="5.5cm"))
    c2 = Style(name="C2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="11.5cm"))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#1B3A5C"))
    doc.automaticstyles.addElement(big)
    sh = Style(name="SH", family="paragraph")
    sh.addElement(TextProperties(fontsize="11pt", fontweight="bold", color="#1B3A5C"))
    sh.addElement(ParagraphProperties(margintop="0.25cm"))
    doc.automaticstyles.addElement(sh)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    t = Table(name="Layout")
    t.addElement(TableColumn(stylename=c1))
    t.addElement(TableColumn(stylename=c2))
    tr = TableRow()
    t.addElement(tr)
    L = TableCell(stylename=side)
    R = TableCell(stylename=main)
    tr.addElement(L)
    tr.addElement(R)
    L.addElement(P(stylename=sh, text="CONTACT"))
    L.addElement(P(stylename=small, text="Tel: " + p["phone"]))
    L.addElement(P(stylename=small, text=p["email"]))
    L.addElement(P(stylename=small, text=p["address"]))
    L.addElement(P(stylename=sh, text="PERSONAL"))
    for k, v in p["personal"]:
        L.addElement(P(stylename=small, text="%s: %s" % (k, v)))
    side_titles = ("Languages", "USMLE")
    for title, items in p["sections"]:
        if title in side_titles:
            L.addElement(P(stylename=sh, text=title.upper()))
            for it in items:
                L.addElement(P(stylename=small, text=item_text(it)))
    R.addElement(P(stylename=big, text="%s %s, %s" % (p["prefix"], p["name"], p["suffix"])))
    R.addElement(P(text=p["name_alt"]))
    R.addElement(P(text=p["summary"]))
    for title, items in p["sections"]:
        if title in side_titles:
            continue
        R.addElement(P(stylename=sh, text=title))
        for it in items:
            if isinstance(it, str):
                R.addElement(P(text=it))
            else:
                R.addElement(P(text="%s — %s" % (it["head"], it["when"])))
                if it["sub"]:
                    R.addElement(P(stylename=small, text=it["sub"]))
    doc.text.addElement(t)
    doc.save(dst)


# ============================================================ hand-rolled RTF (004)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def r_rtf_bilingual(p, dst):
    L = [r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset204 Arial;}{\f1\froman\fcharset204 Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green20\blue20;}",
         r"{\info{\title Resume}{\author DV}}\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"\f0\fs20"]
    L.append(r"\pard\qc\b\fs32 %s\b0\fs20\par" % rtf_esc("РЕЗЮМЕ / CURRICULUM VITAE"))
    L.append(r"\pard\qc\b\fs28 %s\b0\fs20\par" % rtf_esc(p["name_alt"]))
    L.append(r"\pard\qc\fs24 %s\fs20\par" % rtf_esc(p["name"]))
    L.append(r"\pard\qc %s\par" % rtf_esc("Тел./Phone: %s \u2022 E-mail: %s" % (p["phone"], p["email"])))
    L.append(r"\pard\qc %s\par" % rtf_esc(p["address"]))
    for k, v in p["personal"]:
        L.append(r"\pard\qc %s\par" % rtf_esc("%s: %s" % (k, v)))
    L.append(r"\pard\par\pard\ql\i %s\i0\par" % rtf_esc(p["summary"]))
    for title, items in p["sections"]:
        L.append(r"\pard\sb200\sa60\cf2\b\fs22 %s\b0\fs20\cf1\par" % rtf_esc(title))
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\li284 %s\par" % rtf_esc(it))
            else:
                L.append(r"\pard\li284\tx2552 %s\tab\b %s\b0\par" % (rtf_esc(it["when"]), rtf_esc(it["head"])))
                if it["sub"]:
                    L.append(r"\pard\li2552 %s\par" % rtf_esc(it["sub"]))
    L.append("}")
    with open(dst, "w", encoding="ascii") as f:
        f.write("\r\n".join(L))


# ============================================================ txt
def txt_lines(p, width=78, ascii_rule="="):
    lines = []
    return lines


def r_txt_ascii(p, dst):
    W = 76
    L = ["=" * W, ("%s, %s" % (p["name"], p["suffix"])).center(W), p["address"].center(W),
         ("Tel: %s | Email: %s" % (p["phone"], p["email"])).center(W), "=" * W, ""]
    for k, v in p["personal"]:
        L.append("%s: %s" % (k, v))
    L += ["", "OBJECTIVE", "-" * 9, p["summary"], ""]
    for title, items in p["sections"]:
        L += [title, "-" * len(title)]
        for it in items:
            if isinstance(it, str):
                L.append("  " + it)
            else:
                L.append("  %-22s %s" % (it["when"], it["head"]))
                if it["sub"]:
                    L.append("  %-22s %s" % ("", it["sub"]))
                for b in it["bullets"]:
                    L.append("  %-22s * %s" % ("", b))
        L.append("")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def r_txt_crlf(p, dst):
    L = ["CURRICULUM VITAE", "", "%s %s, %s" % (p["prefix"], p["name"], p["suffix"]), ""]
    for title, items in p["sections"]:
        L.append(title + ":")
        for it in items:
            if isinstance(it, str):
                L.append("- " + it)
            else:
                L.append("- %s: %s, %s" % (it["when"], it["head"], it["sub"]))
        L.append("")
    L += ["CONTACT:", "Phone: " + p["phone"], "Email: " + p["email"], "Address: " + p["address"], ""]
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ============================================================ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVC", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf")))
        pdfmetrics.registerFont(TTFont("DVCB", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")))


def r_pdf_colour_headers(p, dst, meta_title="CV"):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    green = colors.HexColor("#006B3F")
    gold = colors.HexColor("#FCD116")
    N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
    B = ParagraphStyle("b", parent=N, fontName="DVB")
    TITLE = ParagraphStyle("t", fontName="DVB", fontSize=20, leading=24, textColor=colors.white)
    SUB = ParagraphStyle("s", fontName="DV", fontSize=9.5, leading=12, textColor=colors.white)
    SEC = ParagraphStyle("sec", fontName="DVB", fontSize=11, leading=14, textColor=colors.white)
    story = []
    head = Table([[Paragraph("%s %s" % (p["prefix"], p["name"]), TITLE)],
                  [Paragraph("%s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s" % (p["phone"], p["email"], p["address"]), SUB)]],
                 colWidths=[17.5 * cm])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), green), ("LINEBELOW", (0, -1), (-1, -1), 4, gold),
                              ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, 0), 10),
                              ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    story += [head, Spacer(1, 8)]
    for k, v in p["personal"]:
        story.append(Paragraph("<b>%s:</b> %s" % (k, v), N))
    story += [Spacer(1, 4), Paragraph(p["summary"], N), Spacer(1, 6)]
    for title, items in p["sections"]:
        bar = Table([[Paragraph(title, SEC)]], colWidths=[17.5 * cm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), green), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [Spacer(1, 4), bar, Spacer(1, 3)]
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph("• " + html.escape(it), N))
            else:
                right = "<b>%s</b><br/>%s" % (html.escape(it["head"]), html.escape(it["sub"]))
                for b in it["bullets"]:
                    right += "<br/>– " + html.escape(b)
                t = Table([[Paragraph(html.escape(it["when"]), B), Paragraph(right, N)]], colWidths=[3.6 * cm, 13.9 * cm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
                story.append(t)
    doc = SimpleDocTemplate(dst, pagesize=A4, leftMargin=1.7 * cm, rightMargin=1.7 * cm, topMargin=1.4 * cm,
                            bottomMargin=1.4 * cm, title=meta_title, author="")
    doc.build(story)


def r_pdf_twocol_reportlab(p, dst):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    W, H = A4
    sidebar_w = 6.6 * cm
    navy = colors.HexColor("#23395B")
    N = ParagraphStyle("n", fontName="DVC", fontSize=9, leading=11.5)
    SN = ParagraphStyle("sn", parent=N, textColor=colors.white)
    SH = ParagraphStyle("sh", fontName="DVCB", fontSize=10.5, leading=14, textColor=colors.HexColor("#FFD500"),
                        spaceBefore=8)
    MH = ParagraphStyle("mh", fontName="DVCB", fontSize=11.5, leading=15, textColor=navy, spaceBefore=8)
    NAME = ParagraphStyle("nm", fontName="DVCB", fontSize=19, leading=23, textColor=colors.white)

    def bg(canv, doc):
        canv.saveState()
        canv.setFillColor(navy)
        canv.rect(0, 0, sidebar_w, H, stroke=0, fill=1)
        canv.restoreState()
    f1 = Frame(0.5 * cm, 1 * cm, sidebar_w - 1 * cm, H - 2 * cm, id="side", showBoundary=0)
    f2 = Frame(sidebar_w + 0.6 * cm, 1 * cm, W - sidebar_w - 1.4 * cm, H - 2 * cm, id="main")
    doc = BaseDocTemplate(dst, pagesize=A4, title="Resume", pageTemplates=[PageTemplate(frames=[f1, f2], onPage=bg)])
    s = [Paragraph(p["name"], NAME), Paragraph(p["name_alt"], SN), Spacer(1, 8),
         Paragraph("CONTACT", SH), Paragraph("☎ " + p["phone"], SN), Paragraph("✉ " + p["email"], ParagraphStyle("em", parent=SN, fontSize=7.6)),
         Paragraph("⌂ " + p["address"], SN)]
    for k, v in p["personal"]:
        s.append(Paragraph("%s: %s" % (k, v), SN))
    side_titles = ("Languages", "USMLE", "Visa", "References")
    for title, items in p["sections"]:
        if title in side_titles:
            s.append(Paragraph(title.upper(), SH))
            for it in items:
                s.append(Paragraph(html.escape(item_text(it)), SN))
    s.append(FrameBreak())
    s.append(Paragraph("PROFILE", MH))
    s.append(Paragraph(p["summary"], N))
    for title, items in p["sections"]:
        if title in side_titles:
            continue
        s.append(Paragraph(title.upper(), MH))
        for it in items:
            if isinstance(it, str):
                s.append(Paragraph(html.escape(it), N))
            else:
                s.append(Paragraph("<b>%s</b> <font color='#777777'>· %s</font>" % (html.escape(it["head"]),
                                                                                  html.escape(it["when"])), N))
                if it["sub"]:
                    s.append(Paragraph("<i>%s</i>" % html.escape(it["sub"]), N))
                s.append(Spacer(1, 3))
    doc.build(s)


# ============================================================ fpdf2 (008)
def r_fpdf(p, dst):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.set_text_color(0, 110, 120)
    pdf.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, p["name_alt"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "%s   |   %s   |   %s" % (p["phone"], p["email"], p["address"]), new_x="LMARGIN", new_y="NEXT")
    for k, v in p["personal"]:
        pdf.cell(0, 5, "%s: %s" % (k, v), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 5, p["summary"], align="L", new_x="LMARGIN", new_y="NEXT")
    for title, items in p["sections"]:
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0, 110, 120)
        pdf.cell(0, 7, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 110, 120)
        pdf.line(18, pdf.get_y(), 192, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        for it in items:
            pdf.set_font("DejaVu", "", 9.5)
            if isinstance(it, str):
                pdf.multi_cell(0, 5, it, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 9)
                pdf.cell(36, 5, it["when"])
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.multi_cell(0, 5, it["head"], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", "", 9.5)
                if it["sub"]:
                    pdf.set_x(54)
                    pdf.multi_cell(0, 5, it["sub"], align="L", new_x="LMARGIN", new_y="NEXT")
                for b in it["bullets"]:
                    pdf.set_x(54)
                    pdf.multi_cell(0, 5, "• " + b, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(dst)


# ============================================================ chromium templates
ICON = {
    "phone": "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11 11 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.6 3.6a1 1 0 0 1-.25 1z'/></svg>",
    "mail": "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z'/></svg>",
    "pin": "<svg width='11' height='11' viewBox='0 0 24 24'><path fill='currentColor' d='M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z'/></svg>",
    "cap": "<svg width='13' height='13' viewBox='0 0 24 24'><path fill='currentColor' d='M12 3 1 9l11 6 9-4.9V17h2V9z'/></svg>",
}


def entries_html(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p class='li'>%s</p>" % html.escape(it))
        else:
            b = "".join("<li>%s</li>" % html.escape(x) for x in it["bullets"])
            out.append("<div class='e'><div class='when'>%s</div><div class='what'><b>%s</b><br><span class='sub'>%s</span>%s</div></div>"
                       % (html.escape(it["when"]), html.escape(it["head"]), html.escape(it["sub"]),
                          "<ul>%s</ul>" % b if b else ""))
    return "".join(out)


def bars(sk, color):
    return "".join("<div class='sk'><span>%s</span><div class='bar'><div style='width:%d%%;background:%s'></div></div></div>"
                   % (html.escape(n), v, color) for n, v in sk)


def r_html_twocol(p, dst):
    side_titles = ("USMLE", "References")
    side = "".join("<h3>%s</h3>%s" % (html.escape(t), entries_html(i)) for t, i in p["sections"] if t in side_titles)
    main = "".join("<h2>%s %s</h2>%s" % (ICON["cap"], html.escape(t), entries_html(i)) for t, i in p["sections"]
                   if t not in side_titles)
    doc = """<!doctype html><html><head><meta charset="utf-8"><title>Olena Kovalchuk - CV</title><style>
@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.2pt;color:#222}
.wrap{display:flex;min-height:297mm}.side{width:68mm;background:#2B3A55;color:#eef;padding:12mm 7mm}
.main{flex:1;padding:12mm 10mm}.side h1{font-size:19pt;margin:0 0 2mm 0;line-height:1.1}.alt{color:#c9d3ea;font-size:10pt}
.side h3{color:#F2C14E;font-size:10pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #51607d;margin-top:6mm}
.c{margin:1.5mm 0}.c svg{vertical-align:-1px;margin-right:5px;color:#F2C14E}
.sk span{display:block;font-size:8.5pt;margin-top:2mm}.bar{height:5px;background:#51607d;border-radius:3px}.bar div{height:5px;border-radius:3px}
.main h2{color:#2B3A55;font-size:12pt;text-transform:uppercase;border-bottom:2px solid #F2C14E;padding-bottom:1mm;margin-top:5mm}
.main h2 svg{color:#F2C14E}.e{display:flex;margin:2mm 0}.when{width:34mm;color:#777;font-size:8.5pt;flex-shrink:0}
.sub{color:#555}ul{margin:1mm 0 0 0;padding-left:4mm}.li{margin:1mm 0}.side .li{font-size:8.3pt}.sum{font-style:italic;color:#444}
</style></head><body><div class="wrap"><div class="side">
<h1>%(name)s</h1><div class="alt">%(alt)s &middot; %(suffix)s</div>
<h3>Contact</h3><div class="c">%(iph)s%(phone)s</div><div class="c">%(iml)s%(email)s</div><div class="c">%(ipn)s%(addr)s</div>
%(pers)s<h3>Languages</h3>%(lang)s<h3>Skills</h3>%(tech)s%(side)s
</div><div class="main"><h2>Profile</h2><p class="sum">%(summary)s</p>%(main)s</div></div></body></html>""" % dict(
        name=html.escape(p["name"]), alt=html.escape(p["name_alt"]), suffix=p["suffix"], iph=ICON["phone"],
        iml=ICON["mail"], ipn=ICON["pin"], phone=html.escape(p["phone"]), email=html.escape(p["email"]),
        addr=html.escape(p["address"]),
        pers="".join("<div class='c'>%s: %s</div>" % (html.escape(k), html.escape(v)) for k, v in p["personal"]),
        lang=bars(p["skills"], "#F2C14E"), tech=bars(p["tech"], "#8FB8DE"), side=side,
        summary=html.escape(p["summary"]), main=main)
    chromium_pdf(doc, dst)


def r_html_banner(p, dst):
    main = "".join("<section><h2>%s</h2>%s</section>" % (html.escape(t), entries_html(i)) for t, i in p["sections"])
    doc = """<!doctype html><html><head><meta charset="utf-8"><title>Resume</title><style>
@page{size:Letter;margin:0} body{margin:0;font-family:'DejaVu Sans Condensed',sans-serif;font-size:9.5pt;color:#233}
header{background:linear-gradient(90deg,#7B2D8E,#C2185B);color:#fff;padding:10mm 14mm 7mm 14mm}
header h1{margin:0;font-size:24pt;letter-spacing:.5px;text-transform:uppercase}header .role{font-size:11pt;opacity:.9}
.contacts{display:flex;gap:8mm;margin-top:3mm;font-size:9pt}.contacts svg{vertical-align:-1px;margin-right:4px}
.body{padding:6mm 14mm;columns:1}h2{color:#7B2D8E;font-size:11.5pt;margin:5mm 0 2mm 0;border-left:4px solid #C2185B;padding-left:3mm}
.e{display:flex;margin:2mm 0}.when{width:38mm;flex-shrink:0;font-weight:bold;color:#C2185B;font-size:8.8pt}.sub{color:#567}
ul{margin:1mm 0;padding-left:4mm}.li{margin:1mm 0}.sk{margin:1mm 0;display:flex;align-items:center}.sk span{width:50mm}
.bar{flex:1;height:6px;background:#eee;border-radius:3px}.bar div{height:6px;border-radius:3px}
</style></head><body><header><h1>%(name)s</h1><div class="role">%(suffix)s &middot; Obstetrics &amp; Gynecology applicant</div>
<div class="contacts"><span>%(iph)s%(phone)s</span><span>%(iml)s%(email)s</span><span>%(ipn)s%(addr)s</span></div></header>
<div class="body"><p><i>%(summary)s</i></p><h2>Core skills</h2>%(skills)s%(main)s</div></body></html>""" % dict(
        name=html.escape(p["name"]), suffix=p["suffix"], iph=ICON["phone"], iml=ICON["mail"], ipn=ICON["pin"],
        phone=html.escape(p["phone"]), email=html.escape(p["email"]), addr=html.escape(p["address"]),
        summary=html.escape(p["summary"]), skills=bars(p["skills"], "#C2185B"), main=main)
    chromium_pdf(doc, dst)


# ============================================================ scans (Pillow)
def page_image(p, dpi=150, seed=0):
    from PIL import Image, ImageDraw, ImageFont
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    s = dpi / 150.0
    f_reg = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), int(19 * s))
    f_b = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), int(20 * s))
    f_big = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), int(36 * s))
    f_sm = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), int(17 * s))
    x0, y = int(110 * s), int(110 * s)
    maxw = W - 2 * x0

    def wrap(text, font, indent=0):
        nonlocal y
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > maxw - indent and line:
                d.text((x0 + indent, y), line, font=font, fill=20)
                y += int(font.size * 1.35)
                line = w
            else:
                line = t
        if line:
            d.text((x0 + indent, y), line, font=font, fill=20)
            y += int(font.size * 1.35)
    title = ("%s %s" % (p["prefix"], p["name"])).strip() + (", " + p["suffix"] if p["suffix"] else "")
    d.text((x0, y), title, font=f_big, fill=10)
    y += int(50 * s)
    if p.get("name_alt"):
        wrap(p["name_alt"], f_reg)
    wrap("%s  |  %s  |  %s" % (p["phone"], p["email"], p["address"]), f_sm)
    for k, v in p["personal"]:
        wrap("%s: %s" % (k, v), f_sm)
    y += int(6 * s)
    d.line((x0, y, W - x0, y), fill=40, width=max(1, int(2 * s)))
    y += int(14 * s)
    wrap(p["summary"], f_reg)
    for title, items in p["sections"]:
        y += int(16 * s)
        d.text((x0, y), title, font=f_b, fill=10)
        y += int(30 * s)
        for it in items:
            if isinstance(it, str):
                wrap(it, f_reg, int(20 * s))
            else:
                d.text((x0 + int(20 * s), y), it["when"], font=f_reg, fill=20)
                wrap(it["head"], f_reg, int(300 * s))
                if it["sub"]:
                    wrap(it["sub"], f_sm, int(300 * s))
    return img


def degrade_phone(img, seed, dark=False):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = random.Random(seed)
    rgb = img.convert("RGB")
    # paper tint
    arr = np.asarray(rgb).astype(np.float32)
    arr[..., 0] *= 0.97
    arr[..., 2] *= 0.90
    rgb = Image.fromarray(arr.clip(0, 255).astype("uint8"))
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.8, 1.9)
    bgc = (92, 70, 52) if not dark else (40, 38, 42)
    pad = 90
    canvas = Image.new("RGB", (rgb.width + 2 * pad, rgb.height + 2 * pad), bgc)
    canvas.paste(rgb, (pad + rnd.randint(-20, 20), pad + rnd.randint(-15, 15)))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bgc)
    # mild perspective: squeeze top
    w, h = canvas.size
    dx = int(w * 0.018)
    coeffs = find_coeffs([(0, 0), (w, 0), (w, h), (0, h)], [(dx, 0), (w - dx, 0), (w, h), (0, h)])
    canvas = canvas.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bgc)
    # uneven lighting
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = w * rnd.uniform(0.3, 0.7), h * rnd.uniform(0.2, 0.5)
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    light = 1.05 - (0.55 if dark else 0.38) * dist
    a *= light[..., None]
    npr = np.random.default_rng(seed)
    a += npr.normal(0, 9 if dark else 6, a.shape)
    canvas = Image.fromarray(a.clip(0, 255).astype("uint8"))
    canvas = canvas.filter(ImageFilter.GaussianBlur(1.1 if dark else 0.8))
    canvas = ImageEnhance.Contrast(canvas).enhance(0.8)
    return canvas.resize((int(w * 0.85), int(h * 0.85)))


def find_coeffs(pa, pb):
    import numpy as np
    matrix = []
    for p1, p2 in zip(pa, pb):
        matrix.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        matrix.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(matrix, dtype=float)
    B = np.array(pb).reshape(8)
    return list(np.linalg.solve(A, B))


def degrade_office(img, seed, gray=False):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = random.Random(seed)
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.3)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    npr = np.random.default_rng(seed)
    a += npr.normal(0, 7, a.shape)
    # speckles
    m = npr.random(a.shape) < 0.0015
    a[m] = 30
    # low contrast: compress to [60, 235]
    lo, hi = (70, 228) if gray else (60, 235)
    a = lo + a * ((hi - lo) / 255.0)
    # darker left edge (binding shadow)
    h, w = a.shape
    ramp = np.clip(np.linspace(-0.25, 1, w), 0, 1)
    depth = 0.12 if gray else 0.25
    a = a * (1 - depth + depth * ramp)[None, :]
    img = Image.fromarray(a.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.7))
    if not gray:
        img = img.point(lambda v: 255 if v > 150 else (0 if v < 110 else v))
    return img


def r_scan(p, dst, seed):
    img = page_image(p, dpi=150 if p["scan"] == "phone" else 200, seed=seed)
    if p["scan"] == "phone":
        out = degrade_phone(img, seed, dark="dark" in p["layout"])
        if dst.endswith(".png"):
            out.save(dst, optimize=True)
        else:
            out.save(dst, quality=72)
    else:
        out = degrade_office(img, seed, gray="gray" in p["layout"])
        out.save(dst, "PDF", resolution=200.0)


# ============================================================ damaged
def r_damaged(d, dst):
    if d["layout"] == "pdf_truncated":
        src = os.path.join(TMP, "w91_022_full.pdf")
        q = dict(BY_ID["006"])
        q.update(name="Ama Boatemaa Frimpong", email="ama.frimpong@gmail.com", phone="+233 24 998 1020")
        r_pdf_colour_headers(q, src)
        data = open(src, "rb").read()
        open(dst, "wb").write(data[: int(len(data) * 0.42)])
    elif d["layout"] == "pdf_encrypted":
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(TMP, "w91_023_full.pdf")
        q = dict(BY_ID["015"])
        q.update(name="Oleksandr Melnyk", name_alt="Олександр Мельник", email="o.melnyk@knmu.edu.ua")
        r_pdf_twocol_reportlab(q, src)
        w = PdfWriter()
        w.append(PdfReader(src))
        w.encrypt(user_password="kharkiv2026", owner_password="w91-owner", algorithm="RC4-128")
        w.write(dst)
    elif d["layout"] == "docx_random_bytes":
        rnd = random.Random(9124)
        open(dst, "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))


RENDER = {
    "docx_table": r_docx_table, "html_twocol_skillbars": r_html_twocol, "odt_plain": r_odt_plain,
    "rtf_bilingual": r_rtf_bilingual, "txt_ascii": r_txt_ascii, "pdf_colour_headers": r_pdf_colour_headers,
    "docx_header_footer": r_docx_header_footer, "fpdf_cyrillic": r_fpdf, "soffice_html2docx": r_soffice_html2docx,
    "soffice_docx2pdf": r_soffice_docx2pdf, "html_banner_icons": r_html_banner, "soffice_docx2rtf": r_soffice_docx2rtf,
    "odt_sidebar_table": r_odt_sidebar, "txt_crlf_contacts_bottom": r_txt_crlf,
    "pdf_twocol_reportlab": r_pdf_twocol_reportlab, "docx_skillbars_twocol": r_docx_skillbars,
}

if __name__ == "__main__":
    only = set(sys.argv[2:])
    for p in PEOPLE:
        if only and p["id"] not in only:
            continue
        dst = outpath(p)
        if "scan" in p:
            r_scan(p, dst, seed=int(p["id"]) * 7)
        else:
            RENDER[p["layout"]](p, dst)
        print("made", os.path.basename(dst))
    for d in DAMAGED:
        if only and d["id"] not in only:
            continue
        dst = outpath(d)
        r_damaged(d, dst)
        print("made", os.path.basename(dst))
    shutil.rmtree(TMP, ignore_errors=True)
