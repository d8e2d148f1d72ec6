# -*- coding: utf-8 -*-
"""Build all w73 CVs into ../files and truth.jsonl. Run via build.sh (uses ../.venv)."""
import html
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from people import P, DAMAGED, fname  # noqa: E402
import texts  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w73_build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/w73_lo_profile"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

random.seed(73)


def sh(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def soffice(src, fmt, outdir):
    sh(["soffice", LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir, src], timeout=180)


def chromium_pdf(html_path, pdf_path):
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=/tmp/w73_chromium", "--print-to-pdf=" + pdf_path, "file://" + html_path], timeout=180)


def entry_lines(it):
    """Plain-text lines for one section item."""
    if isinstance(it, str):
        return [it]
    if it[0] == "kv":
        return ["%s: %s" % (it[1], it[2])]
    title, org, dates, bullets = it
    head = title
    if org:
        head += ", " + org
    if dates:
        head += " (" + dates + ")"
    return [head] + ["  - " + b for b in bullets]


def contact_line(p):
    return "%s | %s | %s" % (p["email"], p["phone"], p["address"])


# ------------------------------------------------------------------ python-docx
def build_docx(p, path, variant):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    st = d.styles["Normal"]
    st.font.name = "Calibri" if variant != "footer" else "Cambria"
    st.font.size = Pt(10.5)

    if variant == "nhs_table":
        # contacts only in the page header
        hp = sec.header.paragraphs[0]
        hp.text = "Curriculum Vitae — %s" % p["display_name"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp2 = sec.header.add_paragraph("%s  •  Mobile %s  •  %s" % (p["email"], p["phone"], p["address"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp2.runs:
            r.font.size = Pt(8.5)
        fp = sec.footer.paragraphs[0]
        fp.text = "GMC 7461923 · CV updated 11/2026 · Confidential"
        t = d.add_paragraph()
        r = t.add_run("CURRICULUM VITAE")
        r.bold = True
        r.font.size = Pt(16)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif variant == "footer":
        fp = sec.footer.paragraphs[0]
        fp.text = "%s · %s · %s" % (p["phone"], p["email"], p["address"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_paragraph()
        r = t.add_run(p["display_name"])
        r.bold = True
        r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        d.add_paragraph("Consultant-grade Anaesthetist · Perth, Western Australia")
    else:  # plain, contacts in body
        t = d.add_paragraph()
        r = t.add_run(p["display_name"])
        r.bold = True
        r.font.size = Pt(17)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c = d.add_paragraph(p["address"] + "\nTel: " + p["phone"] + "\nE-mail: " + p["email"])
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for head, items in p["sections"]:
        h = d.add_heading(head.upper() if variant == "nhs_table" else head, level=2)
        kvs = [i for i in items if isinstance(i, tuple) and i[0] == "kv"]
        ents = [i for i in items if isinstance(i, tuple) and i[0] != "kv"]
        strs = [i for i in items if isinstance(i, str)]
        if kvs:
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid" if variant != "plain" else tb.style
            for _, k, v in kvs:
                row = tb.add_row().cells
                row[0].text = k
                row[1].text = v
                row[0].width = Cm(5)
        if ents and variant in ("nhs_table", "footer") and head not in ("Referees", "References", "Referee"):
            tb = d.add_table(rows=0, cols=2)
            if variant == "nhs_table":
                tb.style = "Table Grid"
            for title, org, dates, bullets in ents:
                row = tb.add_row().cells
                row[0].text = dates
                row[0].width = Cm(4)
                para = row[1].paragraphs[0]
                rr = para.add_run(title)
                rr.bold = True
                if org:
                    row[1].add_paragraph(org)
                for b in bullets:
                    row[1].add_paragraph("• " + b)
        elif ents:
            for title, org, dates, bullets in ents:
                para = d.add_paragraph()
                rr = para.add_run(title)
                rr.bold = True
                if org:
                    para.add_run(" — " + org)
                if dates:
                    para.add_run("\t" + dates).italic = True
                for b in bullets:
                    d.add_paragraph(b, style="List Bullet")
        for s in strs:
            if head.lower().startswith(("publi", "audit", "teach", "course", "research", "present", "abstract")):
                d.add_paragraph(s, style="List Number" if head.lower().startswith("publi") else "List Bullet")
            else:
                d.add_paragraph(s)
    if variant == "nhs_table":
        d.add_paragraph("Declaration: I confirm the information in this CV is accurate. Signed: U. A. Chaudhry, 02 Nov 2026")
    d.save(path)


# ------------------------------------------------------------------ HTML / Chromium
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.6pt; color:#222; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#0f4c5c; color:#fff; padding: 14mm 6mm; box-sizing:border-box; }
.side h1 { font-size: 17pt; margin:0 0 4mm 0; line-height:1.15; }
.side h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: 1.5px; border-bottom:1px solid #8fc; margin-top:8mm;}
.side p { margin: 1.5mm 0; word-wrap: break-word; }
.main { flex:1; padding: 12mm 10mm; }
.main h2 { color:#0f4c5c; font-size: 11.5pt; text-transform: uppercase; border-bottom: 2px solid #0f4c5c; margin: 5mm 0 2mm; }
.ent { margin-bottom: 2.5mm; page-break-inside: avoid; }
.ent .d { float:right; color:#555; font-style: italic; }
ul { margin: 1mm 0 1mm 4mm; padding-left: 3mm; }
"""
CSS_MODERN = """
@page { size: Letter; margin: 14mm 16mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#1b1b1b; }
header { display:flex; justify-content: space-between; align-items:flex-end; border-bottom: 3px solid #b0306a; padding-bottom: 3mm; }
header h1 { text-transform: uppercase; letter-spacing: 2px; font-size: 20pt; margin:0; color:#b0306a; }
header .c { text-align:right; font-size: 9pt; }
h2 { font-size: 10.5pt; letter-spacing: 1px; color:#b0306a; margin: 5mm 0 1.5mm; }
.ent { display:grid; grid-template-columns: 38mm 1fr; gap: 3mm; margin-bottom: 2mm; }
.ent .d { color:#666; }
table.kv td { padding: 0.5mm 3mm 0.5mm 0; vertical-align: top; }
"""
CSS_PLAIN = """
@page { size: A4; margin: 20mm 18mm 18mm 18mm; }
body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 10.5pt; }
h1 { text-align:center; font-size: 18pt; margin-bottom: 1mm; }
.contact { text-align:center; font-size: 9.5pt; margin-bottom: 5mm; }
h2 { font-size: 11pt; font-variant: small-caps; border-bottom: 1px solid #000; margin-top: 6mm; }
table.exp { width:100%; border-collapse: collapse; }
table.exp td { vertical-align: top; padding: 1mm 2mm; border-bottom: 0.5px dotted #999; }
table.exp td.d { width: 36mm; white-space: nowrap; }
.pb { page-break-before: always; }
"""


def html_items(items, variant):
    out = []
    kvs = [i for i in items if isinstance(i, tuple) and i[0] == "kv"]
    ents = [i for i in items if isinstance(i, tuple) and i[0] != "kv"]
    strs = [i for i in items if isinstance(i, str)]
    e = html.escape
    if kvs:
        out.append('<table class="kv">' + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (e(k), e(v)) for _, k, v in kvs) + "</table>")
    if ents:
        if variant == "plain":
            out.append('<table class="exp">')
            for t, o, d, b in ents:
                out.append('<tr><td class="d">%s</td><td><b>%s</b><br>%s%s</td></tr>' % (
                    e(d), e(t), e(o), ("<ul>" + "".join("<li>%s</li>" % e(x) for x in b) + "</ul>") if b else ""))
            out.append("</table>")
        elif variant == "modern":
            for t, o, d, b in ents:
                out.append('<div class="ent"><div class="d">%s</div><div><b>%s</b><br>%s%s</div></div>' % (
                    e(d), e(t), e(o), ("<ul>" + "".join("<li>%s</li>" % e(x) for x in b) + "</ul>") if b else ""))
        else:
            for t, o, d, b in ents:
                out.append('<div class="ent"><span class="d">%s</span><b>%s</b><br>%s%s</div>' % (
                    e(d), e(t), e(o), ("<ul>" + "".join("<li>%s</li>" % e(x) for x in b) + "</ul>") if b else ""))
    if strs:
        out.append("<ul>" + "".join("<li>%s</li>" % e(s) for s in strs) + "</ul>")
    return "\n".join(out)


def build_html(p, variant):
    e = html.escape
    secs = p["sections"]
    if variant == "sidebar":
        nm = " ".join('<span style="white-space:nowrap">%s</span>' % e(w) if "-" in w else e(w) for w in p["display_name"].split())
        side = ['<h1>%s</h1>' % nm, "<p>MBBCh, MRCEM</p>",
                "<h3>Contact</h3>", "<p>%s</p><p>%s</p><p>%s</p>" % (e(p["phone"]), e(p["email"]), e(p["address"])),
                "<h3>Languages</h3><p>%s</p>" % e(p.get("sidebar_langs", "")),
                "<h3>Born</h3><p>1992, Giza, Egypt</p>",
                "<h3>Skills</h3><p>POCUS · Airway (RSI) · Sedation · Trauma</p>"]
        main = []
        for h, items in secs:
            main.append("<h2>%s</h2>%s" % (e(h), html_items(items, variant)))
        body = '<div class="wrap"><div class="side">%s</div><div class="main">%s</div></div>' % ("".join(side), "".join(main))
        css = CSS_SIDEBAR
    elif variant == "modern":
        body = '<header><h1>%s</h1><div class="c">%s<br>%s<br>%s</div></header>' % (
            e(p["display_name"]), e(p["email"]), e(p["phone"]), e(p["address"]))
        for h, items in secs:
            body += "<h2>%s</h2>%s" % (e(h.upper()), html_items(items, variant))
        css = CSS_MODERN
    else:
        body = '<h1>%s</h1><div class="contact">%s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s</div>' % (
            e(p["display_name"]), e(p["address"]), e(p["phone"]), e(p["email"]))
        for i, (h, items) in enumerate(secs):
            cls = ' class="pb"' if h in ("Publications",) and variant == "plain" else ""
            body += "<h2%s>%s</h2>%s" % (cls, e(h), html_items(items, "plain"))
        css = CSS_PLAIN if variant == "plain" else CSS_PLAIN.replace("10.5pt", "9.5pt").replace("margin-top: 6mm", "margin-top: 4mm")
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>CV</title><style>%s</style></head><body>%s</body></html>' % (css, body)


def build_chromium(p, pdf_path, variant):
    hp = os.path.join(TMP, "p%03d.html" % p["n"])
    with open(hp, "w", encoding="utf-8") as f:
        f.write(build_html(p, variant))
    chromium_pdf(hp, pdf_path)


# ------------------------------------------------------------------ reportlab
def build_reportlab(p, path, variant):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
    from xml.sax.saxutils import escape as x

    pdfmetrics.registerFont(TTFont("DVS", DEJAVU_SERIF))
    pdfmetrics.registerFont(TTFont("DVSB", DEJAVU_SERIF_B))
    pdfmetrics.registerFont(TTFont("DV", DEJAVU))
    pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    serif = variant in ("classic", "scan")
    F, FB = ("DVS", "DVSB") if serif else ("DV", "DVB")
    size = 9.5 if variant != "scan" else 8.6
    body = ParagraphStyle("b", fontName=F, fontSize=size, leading=size * 1.3)
    small = ParagraphStyle("s", parent=body, fontSize=size - 1, textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", fontName=FB, fontSize=17, leading=21, alignment=1 if serif else 0)
    h2 = ParagraphStyle("h2", fontName=FB, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3,
                        textColor=colors.HexColor("#7a1f1f" if serif else "#204a87"))
    story = [Paragraph(x(p["display_name"]), h1)]
    cstyle = ParagraphStyle("c", parent=small, alignment=1 if serif else 0)
    story.append(Paragraph(x(p["address"]) + "<br/>" + x(p["phone"]) + " &nbsp;·&nbsp; " + x(p["email"]), cstyle))
    story.append(Spacer(1, 4 * mm))
    for head, items in p["sections"]:
        story.append(Paragraph(x(head.upper() if serif else head), h2))
        rows = []
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph("• " + x(it), body))
            elif it[0] == "kv":
                rows.append([Paragraph("<b>%s</b>" % x(it[1]), body), Paragraph(x(it[2]), body)])
            else:
                t, o, d, b = it
                txt = "<b>%s</b>" % x(t) + (("<br/>" + x(o)) if o else "") + "".join("<br/>– " + x(bb) for bb in b)
                if variant == "twocol":
                    rows.append([Paragraph(x(d), small), Paragraph(txt, body)])
                else:
                    story.append(KeepTogether([Paragraph(txt + ("&nbsp;&nbsp;<i>%s</i>" % x(d) if d else ""), body), Spacer(1, 1.5 * mm)]))
        if rows:
            tb = Table(rows, colWidths=[48 * mm, 122 * mm])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if variant == "twocol":
                ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")))
            tb.setStyle(TableStyle(ts))
            story.append(tb)

    def pn(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 7.5)
        if variant != "scan":
            canvas.drawRightString(200 * mm, 10 * mm, "Page %d" % doc.page)
        if variant == "classic" and doc.page > 1:
            canvas.drawString(15 * mm, 287 * mm, "CV – P. R. Nair (contd.)")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Curriculum Vitae", author=p["name"] if variant != "twocol" else "MBRU student")
    doc.build(story, onFirstPage=pn, onLaterPages=pn)


# ------------------------------------------------------------------ fpdf2
def latin(s):
    rep = {"–": "-", "—": "-", "·": "|", "→": "->", "’": "'", "•": "-", "≥": ">="}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def build_fpdf(p, path, variant):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if variant == "header_footer":
                self.set_font("DV", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, "Curriculum Vitae  |  Dr Siddharth Menon  |  Internal Medicine / Hematology-Oncology applicant", align="C")
                self.ln(8)

        def footer(self):
            self.set_y(-13)
            if variant == "header_footer":
                self.set_font("DV", "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, "%s   ·   %s   ·   %s   —   page %d/{nb}" % (p["email"], p["phone"], p["address"], self.page_no()), align="C")
            elif variant == "scan":
                pass
            else:
                self.set_font("Helvetica", "I", 7)
                self.cell(0, 5, "%d" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    core = variant == "compact"
    if not core:
        pdf.add_font("DV", "", DEJAVU)
        pdf.add_font("DV", "B", DEJAVU_B)
    fam = "Helvetica" if core else "DV"
    T = latin if core else (lambda s: s)
    pdf.set_auto_page_break(True, 16)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_font(fam, "B", 15)
    pdf.cell(0, 8, T(p["display_name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9)
    if variant != "header_footer":
        pdf.cell(0, 5, T("%s  |  %s  |  %s" % (p["address"], p["phone"], p["email"])), new_x="LMARGIN", new_y="NEXT")
        if p.get("langs_line"):
            pdf.cell(0, 5, T(p["langs_line"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    fs = 9 if variant != "scan" else 8.5
    for head, items in p["sections"]:
        pdf.set_font(fam, "B", 10.5)
        pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 6, T(head.upper()), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for it in items:
            if isinstance(it, str):
                pdf.set_font(fam, "", fs)
                pdf.multi_cell(0, 4.3, T("- " + it), new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "kv":
                pdf.set_font(fam, "B", fs)
                pdf.cell(55, 4.5, T(it[1]))
                pdf.set_font(fam, "", fs)
                pdf.multi_cell(0, 4.5, T(it[2]), new_x="LMARGIN", new_y="NEXT")
            else:
                t, o, d, b = it
                pdf.set_font(fam, "B", fs)
                pdf.multi_cell(130, 4.5, T(t), new_x="RIGHT", new_y="TOP")
                pdf.set_font(fam, "", fs - 0.5)
                pdf.multi_cell(0, 4.5, T(d), align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(fam, "", fs)
                if o:
                    pdf.multi_cell(0, 4.3, T(o), new_x="LMARGIN", new_y="NEXT")
                for bb in b:
                    pdf.multi_cell(0, 4.3, T("    * " + bb), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        pdf.ln(1.5)
    pdf.set_title("CV")
    pdf.output(path)


# ------------------------------------------------------------------ odfpy
def build_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as TP, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    s_name = Style(name="NameStyle", family="paragraph")
    s_name.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#333366"))
    s_name.addElement(ParagraphProperties(textalign="center"))
    s_c = Style(name="Contact", family="paragraph")
    s_c.addElement(TextProperties(fontsize="9pt"))
    s_c.addElement(ParagraphProperties(textalign="center"))
    s_h = Style(name="Heading 2", family="paragraph")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#333366"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #333366"))
    s_b = Style(name="Bold", family="text")
    s_b.addElement(TextProperties(fontweight="bold"))
    s_i = Style(name="Ital", family="text")
    s_i.addElement(TextProperties(fontstyle="italic"))
    s_c1 = Style(name="ColA", family="table-column")
    s_c1.addElement(TableColumnProperties(columnwidth="5cm"))
    s_c2 = Style(name="ColB", family="table-column")
    s_c2.addElement(TableColumnProperties(columnwidth="12cm"))
    for s in (s_name, s_c, s_h, s_b, s_i):
        doc.styles.addElement(s)
    for s in (s_c1, s_c2):
        doc.automaticstyles.addElement(s)

    doc.text.addElement(TP(stylename=s_name, text=p["display_name"]))
    doc.text.addElement(TP(stylename=s_c, text=p["address"]))
    doc.text.addElement(TP(stylename=s_c, text="Mobile/WhatsApp: %s   E-mail: %s" % (p["phone"], p["email"])))
    tcount = 0
    for head, items in p["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=s_h, text=head))
        kvs = [i for i in items if isinstance(i, tuple) and i[0] == "kv"]
        if kvs:
            tcount += 1
            tb = Table(name="T%d" % tcount)
            tb.addElement(TableColumn(stylename=s_c1))
            tb.addElement(TableColumn(stylename=s_c2))
            for _, k, v in kvs:
                tr = TableRow()
                for val, bold in ((k, True), (v, False)):
                    tc = TableCell()
                    para = TP()
                    if bold:
                        para.addElement(Span(stylename=s_b, text=val))
                    else:
                        para.addText(val)
                    tc.addElement(para)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(TP(text="• " + it))
            elif it[0] != "kv":
                t, o, d, b = it
                para = TP()
                para.addElement(Span(stylename=s_b, text=t))
                if d:
                    para.addText("  ")
                    para.addElement(Span(stylename=s_i, text="[" + d + "]"))
                doc.text.addElement(para)
                if o:
                    doc.text.addElement(TP(text=o))
                for bb in b:
                    doc.text.addElement(TP(text="   ◦ " + bb))
    doc.save(path)


# ------------------------------------------------------------------ hand-written RTF
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


def build_rtf(p, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0 {\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green73\blue125;}",
         r"{\info{\title CV}{\author FZS}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         # contacts in header only
         r"{\header\pard\qr\f1\fs16 " + rtf_esc(p["email"]) + r" \u8226? " + rtf_esc(p["phone"]) + r" \u8226? " + rtf_esc(p["address"]) + r"\par}",
         r"\pard\qc\f1\fs36\b " + rtf_esc(p["display_name"]) + r"\b0\par",
         r"\pard\qc\fs18 MBBS (AKU) \u183? GMC 7780134 \u183? J-1 Research Scholar\par\pard\sa120\par"]
    for head, items in p["sections"]:
        L.append(r"\pard\sb200\sa80\f1\fs22\b\cf2 " + rtf_esc(head.upper()) + r"\cf1\b0\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\fi-200\li200\f0\fs20 \u8226?\tab " + rtf_esc(it) + r"\par")
            elif it[0] == "kv":
                L.append(r"\pard\tx3200\f0\fs20\b " + rtf_esc(it[1]) + r"\b0\tab " + rtf_esc(it[2]) + r"\par")
            else:
                t, o, d, b = it
                L.append(r"\pard\tqr\tx9600\f0\fs20\b " + rtf_esc(t) + r"\b0\tab\i " + rtf_esc(d) + r"\i0\par")
                if o:
                    L.append(r"\pard\f0\fs20 " + rtf_esc(o) + r"\par")
                for bb in b:
                    L.append(r"\pard\li360\f0\fs19 - " + rtf_esc(bb) + r"\par")
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ scans
def degrade(pdf, out, rot, dpi, kind, contrast=False, blur=0.5, gray=True):
    base = os.path.join(TMP, "scan%s" % os.path.basename(out))
    sh(["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, base])
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(base)) and f.endswith(".png"))
    outs = []
    for i, pg in enumerate(pages):
        src = os.path.join(TMP, pg)
        dst = os.path.join(TMP, "deg_%s_%d.%s" % (os.path.basename(out), i, "jpg" if kind != "png" else "png"))
        cmd = ["convert", src, "-background", "white", "-rotate", str(rot + 0.15 * i),
               "-attenuate", "0.5", "+noise", "Gaussian", "-blur", "0x%s" % blur]
        if contrast:
            cmd += ["+level", "12%,90%"]
        if kind == "jpg":
            cmd += ["-fill", "#efe4cc", "-colorize", "18", "-quality", "55"]
        elif kind == "pdf":
            cmd += ["-quality", "70"]
        cmd += [dst]
        sh(cmd)
        outs.append(dst)
    if kind in ("png", "jpg"):
        shutil.copy(outs[0], out)  # photo of page 1 only (content fits on one page)
        return len(outs)
    # ImageMagick's PDF coder is disabled by policy here: Pillow writes the image-only PDF
    from PIL import Image
    ims = [Image.open(o).convert("L") for o in outs]
    ims[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=ims[1:])
    return len(outs)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    truth = []
    for p in P:
        fn = fname(p)
        path = os.path.join(OUT, fn)
        n = p["n"]
        print("building", fn, flush=True)
        if n == 1:
            build_docx(p, path, "nhs_table")
        elif n == 2:
            src = os.path.join(TMP, "w73_002.docx")
            build_docx(p, src, "plain")
            soffice(src, "pdf", TMP)
            shutil.move(os.path.join(TMP, "w73_002.pdf"), path)
        elif n == 3:
            build_chromium(p, path, "sidebar")
        elif n == 4:
            build_reportlab(p, path, "classic")
        elif n == 5:
            build_fpdf(p, path, "compact")
        elif n == 6:
            open(path, "w", encoding="utf-8").write(texts.T006)
        elif n == 7:
            build_odt(p, path)
        elif n == 8:
            build_rtf(p, path)
        elif n == 9:
            build_docx(p, path, "footer")
        elif n == 10:
            build_chromium(p, path, "modern")
        elif n == 11:
            build_reportlab(p, path, "twocol")
        elif n == 12:
            src = os.path.join(TMP, "w73_012.odt")
            build_odt(p, src)
            soffice(src, "pdf", TMP)
            shutil.move(os.path.join(TMP, "w73_012.pdf"), path)
        elif n == 13:
            open(path, "w", encoding="utf-8").write(texts.T013)
        elif n == 14:
            src = os.path.join(TMP, "w73_014.docx")
            build_docx(p, src, "plain")
            soffice(src, "rtf", TMP)
            shutil.move(os.path.join(TMP, "w73_014.rtf"), path)
        elif n == 15:
            build_fpdf(p, path, "header_footer")
        elif n == 16:
            build_chromium(p, path, "plain")
        elif n == 17:
            src = os.path.join(TMP, "s17.pdf")
            build_reportlab(p, src, "scan")
            pages = degrade(src, path, 1.2, 150, "png")
            assert pages == 1, pages
        elif n == 18:
            src = os.path.join(TMP, "s18.pdf")
            build_chromium(p, src, "scanplain")
            pages = degrade(src, path, -0.8, 130, "jpg", contrast=True, blur=0.7, gray=False)
            assert pages == 1, pages
        elif n == 19:
            src = os.path.join(TMP, "s19.pdf")
            build_reportlab(p, src, "scan")
            degrade(src, path, 1.7, 120, "pdf")
        elif n == 20:
            src = os.path.join(TMP, "s20.pdf")
            build_fpdf(p, src, "scan")
            degrade(src, path, -1.4, 110, "pdf", contrast=True, blur=0.8)
        elif n == 21:
            src = os.path.join(TMP, "w73_021.docx")
            build_docx(p, src, "plain")
            soffice(src, "pdf", TMP)
            pages = degrade(os.path.join(TMP, "w73_021.pdf"), path, 0.6, 140, "jpg", blur=0.9)
            assert pages == 1, pages
        truth.append(make_truth(p))

    # damaged
    import damaged
    for d in DAMAGED:
        fn = fname(d)
        damaged.make(d, os.path.join(OUT, fn), TMP, build_reportlab)
        truth.append({"file": fn, "layout": d["layout"], "error": True})

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("wrote", len(truth), "truth lines")


def months(e):
    y1, m1 = map(int, e["start"].split("-"))
    y2, m2 = map(int, e["end"].split("-"))
    s = set()
    y, m = y1, m1
    while (y, m) <= (y2, m2):
        s.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return s


def make_truth(p):
    allm, clin = set(), set()
    for e in p["usce"]:
        allm |= months(e)
        if e["type"] in ("hands_on", "observership"):
            clin |= months(e)
    t = {
        "file": fname(p), "layout": p["layout"], "full_name": p["name"], "email": p["email"], "phone_e164": p["phone_e164"],
        "medical_school": p["school"], "medical_school_country": p["country"], "graduation_year": p["grad"],
        "is_student": p["student"], "usmle_step1": p["step1"], "usmle_step2ck": p["step2"], "usmle_step3": p["step3"],
        "ecfmg_status": p["ecfmg"], "specialties": p["specialties"], "languages": p["languages"], "visa_status": p["visa"],
        "publications": p["pubs"], "usce_months": len(allm), "usce_months_clinical": len(clin), "usce_entries": p["usce"],
    }
    if p.get("scan"):
        t["needs_ocr"] = True
    return t


if __name__ == "__main__":
    main()
