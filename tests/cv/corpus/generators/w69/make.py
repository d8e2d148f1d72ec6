# -*- coding: utf-8 -*-
"""Render every w69 CV with a real toolchain. Usage: python make.py OUTDIR"""
import os, sys, subprocess, shutil, random, html, tempfile, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import R, DAMAGED, fname

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "files")
TMP = tempfile.mkdtemp(prefix="w69_")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
LO_PROFILE = "file://" + os.path.join(TMP, "lo_profile")


def item_text(it, sep=" — "):
    if isinstance(it, str):
        return it
    return sep.join(x for x in it if x)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(TMP, "chrome"),
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- python-docx
def docx_basic(r, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    cmap = dict(r["contacts"])
    if mode == "table":
        t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        p = c0.paragraphs[0]; run = p.add_run(r["title"]); run.bold = True; run.font.size = Pt(17)
        if r.get("native"):
            c0.add_paragraph(r["native"]).runs[0].italic = True
        c0.add_paragraph(r["subtitle"])
        c1.paragraphs[0].add_run("Контакты / Contacts").bold = True
        for k, v in r["contacts"]:
            c1.add_paragraph("%s: %s" % (k, v))
    elif mode == "header":
        hdr = sec.header.paragraphs[0]
        hdr.text = "%s  |  %s  |  %s" % tuple(v for k, v in r["contacts"][:3])
        hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in hdr.runs: run.font.size = Pt(8.5); run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        ft = sec.footer.paragraphs[0]
        ft.text = "Резюме / CV — %s — %s" % (r["native"], r["contacts"][0][1])
        ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = doc.add_paragraph(); run = p.add_run(r["title"]); run.bold = True; run.font.size = Pt(20)
        doc.add_paragraph(r["native"] + " · " + r["subtitle"])
    elif mode == "textbox":
        p = doc.add_paragraph(); run = p.add_run(r["title"].upper()); run.bold = True; run.font.size = Pt(19)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        doc.add_paragraph(r["subtitle"])
        add_textbox(doc.add_paragraph(), ["CONTACT"] + ["%s: %s" % kv for kv in r["contacts"]])
    else:  # plain (for LibreOffice->PDF)
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(r["title"]); run.bold = True; run.font.size = Pt(18)
        p = doc.add_paragraph(r["subtitle"]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = doc.add_paragraph("  •  ".join(v for k, v in r["contacts"][:2]) + "\n" + "%s: %s" % r["contacts"][2])
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, items in r["sections"]:
        h = doc.add_paragraph(); hr = h.add_run(head.upper() if mode != "header" else head); hr.bold = True
        hr.font.size = Pt(12); hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        tuples = [i for i in items if not isinstance(i, str)]
        if mode in ("table", "textbox") and tuples:
            t = doc.add_table(rows=0, cols=2)
            if mode == "table": t.style = "Light List Accent 1"
            for it in items:
                if isinstance(it, str):
                    row = t.add_row().cells; row[1].text = it; continue
                row = t.add_row().cells
                row[0].text = it[0]; row[0].width = Cm(4)
                row[1].paragraphs[0].add_run(it[1]).bold = True
                row[1].add_paragraph(it[2])
        else:
            for it in items:
                if isinstance(it, str):
                    doc.add_paragraph(it, style="List Bullet" if mode == "plain" else None)
                else:
                    p = doc.add_paragraph()
                    p.add_run(it[0] + "  \t").bold = True
                    p.add_run(it[1]).bold = True
                    p.add_run("\n" + it[2]).italic = True
    doc.save(path)


def add_textbox(par, lines):
    """Floating VML text box (Word 'Text Box' shape) holding the contact block."""
    from docx.oxml import parse_xml
    body = "".join('<w:p><w:r><w:rPr><w:sz w:val="18"/>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % ("<w:b/>" if i == 0 else "", html.escape(l)) for i, l in enumerate(lines))
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:330pt;margin-top:-60pt;width:165pt;height:95pt;z-index:251659264;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" fillcolor="#EAF1FB" strokecolor="#1F4E79">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % body)
    par._p.append(parse_xml(xml))


# ---------------------------------------------------------------- odfpy
def odt_doc(r, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    s_name = Style(name="Name", family="paragraph")
    s_name.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#7a1f1f"))
    s_h = Style(name="Head", family="paragraph")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    s_b = Style(name="B", family="text"); s_b.addElement(TextProperties(fontweight="bold"))
    s_i = Style(name="I", family="text"); s_i.addElement(TextProperties(fontstyle="italic", fontsize="9.5pt"))
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4.2cm"))
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="12.8cm"))
    for s in (s_name, s_h): doc.styles.addElement(s)
    for s in (s_b, s_i, c1, c2): doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=s_name, text=r["title"]))
    if r.get("native"):
        doc.text.addElement(P(text=r["native"]))
    doc.text.addElement(P(text=r["subtitle"]))
    for k, v in r["contacts"]:
        p = P(); p.addElement(Span(stylename=s_b, text=k + ": ")); p.addText(v); doc.text.addElement(p)
    for head, items in r["sections"]:
        doc.text.addElement(P(stylename=s_h, text=head))
        tuples = [i for i in items if not isinstance(i, str)]
        if tuples:
            t = Table(name="T" + str(abs(hash(head)) % 10000))
            t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
            for it in tuples:
                tr = TableRow(); a = TableCell(); a.addElement(P(text=it[0])); tr.addElement(a)
                b = TableCell(); p = P(); p.addElement(Span(stylename=s_b, text=it[1])); b.addElement(p)
                b.addElement(P(text=it[2])); tr.addElement(b); t.addElement(tr)
            doc.text.addElement(t)
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(text=it))
    doc.save(path)


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_doc(r, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green51\blue102;}\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134"]
    L.append(r"\pard\qc\f1\fs36\b\cf1 %s\b0\cf0\par" % rtf_escape(r["title"]))
    if r.get("native"):
        L.append(r"\pard\qc\fs24 %s\par" % rtf_escape(r["native"]))
    L.append(r"\pard\qc\fs20 %s\par" % rtf_escape(r["subtitle"]))
    L.append(r"\pard\qc\fs20 %s\par" % rtf_escape("   ·   ".join("%s: %s" % kv for kv in r["contacts"])))
    for head, items in r["sections"]:
        L.append(r"\pard\sb240\sa60\brdrb\brdrs\brdrw10\f1\fs24\b\cf1 %s\b0\cf0\par" % rtf_escape(head.upper()))
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\f0\fs21\li284 %s\par" % rtf_escape(it))
            else:
                L.append(r"\pard\f0\fs21\tx2552\li2552\fi-2552 {\b %s}\tab {\b %s}\line %s\par"
                         % (rtf_escape(it[0]), rtf_escape(it[1]), rtf_escape(it[2])))
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))


# ---------------------------------------------------------------- plain text
def txt_doc(r, path):
    L = [r["title"], r["native"], r["subtitle"], ""]
    L += ["%-7s %s" % (k + ":", v) for k, v in r["contacts"]]
    for head, items in r["sections"]:
        L += ["", head, "-" * len(head)]
        for it in items:
            if isinstance(it, str): L.append("  * " + it)
            else: L += ["  %-26s %s" % (it[0], it[1]), "  %-26s %s" % ("", it[2])]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------------------------------------------------------- HTML (Chromium)
def h(s): return html.escape(s)


def sec_html(items, cls="it"):
    out = []
    for it in items:
        if isinstance(it, str): out.append('<p class="b">%s</p>' % h(it))
        else: out.append('<div class="%s"><div class="d">%s</div><div><b>%s</b><br><span>%s</span></div></div>'
                         % (cls, h(it[0]), h(it[1]), h(it[2])))
    return "\n".join(out)


def html_sidebar(r):
    side = "".join("<h4>%s</h4><p>%s</p>" % (h(k), h(v)) for k, v in r["contacts"])
    side += "".join("<h3>%s</h3>%s" % (h(t), "".join("<p>%s</p>" % h(x) for x in xs)) for t, xs in r["side_extra"])
    main = "".join("<h2>%s</h2>%s" % (h(t), sec_html(xs)) for t, xs in r["sections"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.6pt;color:#222}
.wrap{display:flex;min-height:297mm} .side{width:58mm;background:#0b3d2e;color:#e8f3ee;padding:14mm 6mm 10mm 8mm}
.side h4{margin:8px 0 0;font-size:7.5pt;text-transform:uppercase;letter-spacing:1px;color:#9fd3bd}
.side h3{margin:18px 0 4px;font-size:10pt;border-bottom:1px solid #9fd3bd} .side p{margin:2px 0;word-break:break-all}
.main{flex:1;padding:14mm 12mm 10mm 10mm} h1{font-size:22pt;margin:0;color:#0b3d2e} .sub{color:#666;margin-bottom:8px}
h2{font-size:11.5pt;color:#0b3d2e;border-bottom:2px solid #0b3d2e;margin:12px 0 5px;text-transform:uppercase}
.it{display:grid;grid-template-columns:33mm 1fr;gap:4px;margin:4px 0}.d{color:#555;font-size:8.6pt}.it span{color:#444}
p.b{margin:2px 0}</style></head><body><div class="wrap"><div class="side"><div style="height:30mm;width:30mm;border-radius:50%%;background:#9fd3bd;margin-bottom:10px"></div>
%s</div><div class="main"><h1>%s</h1><div class="sub">%s</div>%s</div></div></body></html>""" % (
        side, h(r["title"]), h(r["subtitle"]), main)


def html_twocol(r):
    secs = "".join('<section><h2>%s</h2>%s</section>' % (h(t), sec_html(xs)) for t, xs in r["sections"])
    contacts = " &nbsp;|&nbsp; ".join("%s" % h(v) for k, v in r["contacts"])
    return """<!doctype html><html lang="hy"><head><meta charset="utf-8"><style>
@page{size:Letter;margin:12mm 12mm} body{font-family:'DejaVu Serif',serif;font-size:9.3pt;color:#1a1a1a}
header{text-align:center;border-bottom:3px double #8b4513;padding-bottom:6px}
header h1{font-size:24pt;margin:0;font-variant:small-caps;letter-spacing:2px} .nat{font-size:13pt;color:#8b4513}
.cols{column-count:2;column-gap:9mm;column-rule:1px solid #ddd;margin-top:8px} section{break-inside:avoid}
h2{font-size:11pt;color:#8b4513;margin:8px 0 4px;text-transform:uppercase;letter-spacing:1px}
.it{margin:4px 0}.d{font-style:italic;color:#666;font-size:8.5pt} p.b{margin:2px 0}
footer{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:8pt;color:#777}</style></head><body>
<header><h1>%s</h1><div class="nat">%s</div><div>%s</div><div style="font-size:8.6pt;margin-top:4px">%s</div></header>
<div class="cols">%s</div><footer>%s · CV updated November 2026</footer></body></html>""" % (
        h(r["title"]), h(r["native"]), h(r["subtitle"]), contacts, secs, h(r["title"]))


def html_cards(r):
    cards = "".join('<div class="card"><h2>%s</h2>%s</div>' % (h(t), sec_html(xs)) for t, xs in r["sections"])
    chips = "".join('<span class="chip">%s</span>' % h(v) for k, v in r["contacts"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:10mm} body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.5pt;background:#f4f1fb;color:#2b2340}
.top{background:linear-gradient(90deg,#5b2a86,#9a48d0);color:#fff;border-radius:10px;padding:12px 16px}
.top h1{margin:0;font-size:21pt}.chip{display:inline-block;background:rgba(255,255,255,.2);border-radius:12px;padding:2px 9px;margin:6px 6px 0 0;font-size:8.5pt}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-top:8px}.card{background:#fff;border-radius:8px;padding:8px 10px;box-shadow:0 1px 3px #bbb;break-inside:avoid}
.card h2{font-size:10.5pt;margin:0 0 4px;color:#5b2a86}.it{margin:4px 0}.d{font-size:8pt;color:#7a6b99;font-weight:bold}p.b{margin:2px 0}</style></head>
<body><div class="top"><h1>%s</h1><div>%s</div>%s</div><div class="grid">%s</div></body></html>""" % (
        h(r["title"]), h(r["subtitle"]), chips, cards)


# ---------------------------------------------------------------- reportlab
_rl_fonts = False


def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("DVS", SERIF)); pdfmetrics.registerFont(TTFont("DVSB", SERIF_B))
    _rl_fonts = True


def rl_story(r, base, bold, small=False):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib import colors
    fs = 8.6 if small else 9.6
    body = ParagraphStyle("b", fontName=base, fontSize=fs, leading=fs * 1.3)
    head = ParagraphStyle("h", fontName=bold, fontSize=fs + 2, leading=fs * 1.6, textColor=colors.HexColor("#8a1538"),
                          spaceBefore=6)
    story = []
    for t, xs in r["sections"]:
        story.append(Paragraph(h(t).upper(), head))
        for it in xs:
            if isinstance(it, str): story.append(Paragraph(h(it), body))
            else:
                story.append(Paragraph("<b>%s</b> &nbsp; <font name='%s'>%s</font><br/><i>%s</i>" % (h(it[0]), bold, h(it[1]), h(it[2])), body))
                story.append(Spacer(1, 2))
    return story


def reportlab_doc(r, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.fonts import addMapping
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    def footer(c, d):
        c.saveState(); c.setFont("DVS", 7.5); c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, "%s · %s · %s" % (r["title"], r["contacts"][0][1], r["contacts"][1][1]))
        c.drawRightString(192 * mm, 10 * mm, "page %d" % d.page); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title="CV", author=r["title"])
    st = [Paragraph(h(r["title"]), ParagraphStyle("n", fontName="DVSB", fontSize=20, leading=24)),
          Paragraph(h(r["native"]), ParagraphStyle("nn", fontName="DVS", fontSize=13, leading=16, textColor=colors.HexColor("#8a1538"))),
          Paragraph(h(r["subtitle"]), ParagraphStyle("s", fontName="DVS", fontSize=10, leading=13)),
          Paragraph(" · ".join("%s: %s" % (h(k), h(v)) for k, v in r["contacts"][2:]), ParagraphStyle("s2", fontName="DVS", fontSize=8.5, leading=11)),
          Spacer(1, 6)]
    doc.build(st + rl_story(r, "DVS", "DVSB"), onFirstPage=footer, onLaterPages=footer)


def reportlab_twocol(r, path):
    rl_fonts()
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    W, H = letter
    def top(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#12355b")); c.rect(0, H - 32 * mm, W, 32 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 22); c.drawString(15 * mm, H - 15 * mm, r["title"])
        c.setFont("DV", 9.5); c.drawString(15 * mm, H - 22 * mm, r["subtitle"])
        c.setFont("DV", 8.5); c.drawString(15 * mm, H - 28 * mm, "   ".join(v for k, v in r["contacts"]))
        c.restoreState()
    fw = (W - 36 * mm) / 2
    f1 = Frame(15 * mm, 15 * mm, fw, H - 52 * mm, id="L"); f2 = Frame(21 * mm + fw, 15 * mm, fw, H - 52 * mm, id="R")
    doc = BaseDocTemplate(path, pagesize=letter, pageTemplates=[PageTemplate(frames=[f1, f2], onPage=top)],
                          title="Curriculum Vitae", author=r["title"])
    from reportlab.platypus import FrameBreak
    story = rl_story(dict(r, sections=r["sections"][:4]), "DV", "DVB")
    story += [FrameBreak()] + rl_story(dict(r, sections=r["sections"][4:]), "DV", "DVB")
    doc.build(story)


def reportlab_page(r, path, pages=1):
    """Plain printed page used as the source for scans."""
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm)
    st = [Paragraph(h(r["title"]), ParagraphStyle("n", fontName="DVB", fontSize=19, leading=24))]
    if r.get("native"): st.append(Paragraph(h(r["native"]), ParagraphStyle("nn", fontName="DV", fontSize=12, leading=15)))
    st.append(Paragraph(h(r["subtitle"]), ParagraphStyle("s", fontName="DV", fontSize=10.5, leading=14)))
    st.append(Paragraph(" | ".join(v for k, v in r["contacts"]), ParagraphStyle("c", fontName="DV", fontSize=10.5, leading=14)))
    st.append(Spacer(1, 8))
    body = rl_story(r, "DV", "DVB")
    if pages == 2:
        body = body[:len(body) // 2] + [PageBreak()] + body[len(body) // 2:]
    doc.build(st + body)


# ---------------------------------------------------------------- fpdf2
def fpdf_doc(r, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(16, 14, 16); pdf.add_page()
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_font("DV", "B", 20); pdf.set_text_color(20, 60, 110); pdf.cell(0, 10, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.set_text_color(60, 60, 60); pdf.cell(0, 6, r["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for k, v in r["contacts"]:
        pdf.cell(45, 5, k, border=0); pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for t, xs in r["sections"]:
        pdf.ln(3); pdf.set_font("DV", "B", 11.5); pdf.set_fill_color(225, 235, 248)
        pdf.cell(0, 7, " " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for it in xs:
            if isinstance(it, str): pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B", 9.5); pdf.cell(50, 5, it[0])
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9); pdf.set_x(66); pdf.multi_cell(0, 4.6, it[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- scans
def degrade(png_paths, seed, angle, blur, contrast, noise, jpeg_q=None):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = np.random.default_rng(seed)
    outs = []
    for i, p in enumerate(png_paths):
        im = Image.open(p).convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = ImageEnhance.Contrast(im).enhance(contrast)
        im = ImageEnhance.Brightness(im).enhance(1.04)
        a = np.asarray(im).astype(np.float32)
        a += rnd.normal(0, noise, a.shape)
        yy = np.linspace(0, 1, a.shape[0])[:, None]
        a -= 18 * yy  # uneven lighting
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
        im = im.filter(ImageFilter.GaussianBlur(blur))
        outs.append(im)
    return outs


def make_scan(r, n, out):
    kind = r["scan"]
    src = os.path.join(TMP, "scan%d.pdf" % n)
    reportlab_page(r, src, pages=2 if kind == "pdf2" else 1)
    pref = os.path.join(TMP, "scan%d" % n)
    subprocess.run(["pdftoppm", "-r", "150", "-png", src, pref], check=True)
    pngs = sorted(glob.glob(pref + "-*.png"))
    params = {"pdf": (0.8, 0.6, 0.85, 9), "pdf2": (-1.3, 0.7, 0.8, 11), "png": (1.6, 0.9, 0.7, 14),
              "jpg": (-0.6, 1.0, 0.62, 12), "jpg2": (1.9, 0.8, 0.75, 16)}[kind]
    ims = degrade(pngs, n, *params)
    if not kind.startswith("pdf"):
        from PIL import Image, ImageFilter
        framed = []
        for im in ims:
            bg = Image.new("L", (im.width + 140, im.height + 120), 70 if kind == "png" else 95)
            bg.paste(im, (64, 48)); framed.append(bg.filter(ImageFilter.GaussianBlur(0.4)))
        ims = framed
    if kind.startswith("pdf"):
        rgb = [im.convert("RGB") for im in ims]
        rgb[0].save(out, "PDF", resolution=150, save_all=True, append_images=rgb[1:])
    elif kind == "png":
        ims[0].save(out, "PNG")
    else:
        ims[0].convert("RGB").save(out, "JPEG", quality=55 if kind == "jpg" else 68)


# ---------------------------------------------------------------- main
def build():
    os.makedirs(OUT, exist_ok=True)
    for n in sorted(R):
        r = R[n]; out = os.path.join(OUT, fname(n)); lay = r["layout"]
        print("building", fname(n), flush=True)
        if "scan" in r: make_scan(r, n, out)
        elif lay == "docx_table": docx_basic(r, out, "table")
        elif lay == "docx_header_ukr": docx_basic(r, out, "header")
        elif lay == "docx_textbox": docx_basic(r, out, "textbox")
        elif lay == "lo_docx_pdf":
            src = os.path.join(TMP, fname(n).replace(".pdf", ".docx")); docx_basic(r, src, "plain")
            soffice(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", out)
        elif lay == "odt_polish": odt_doc(r, out)
        elif lay == "lo_odt_pdf":
            src = os.path.join(TMP, fname(n).replace(".pdf", ".odt")); odt_doc(r, src)
            soffice(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", out)
        elif lay == "lo_docx_ru":
            src = os.path.join(TMP, fname(n).replace(".docx", ".odt")); odt_doc(r, src)
            soffice(src, "docx:MS Word 2007 XML", TMP); shutil.move(src[:-4] + ".docx", out)
        elif lay == "rtf": rtf_doc(r, out)
        elif lay == "lo_rtf_pdf":
            src = os.path.join(TMP, fname(n).replace(".pdf", ".rtf")); rtf_doc(r, src)
            soffice(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", out)
        elif lay == "plain_text": txt_doc(r, out)
        elif lay == "chromium_sidebar": chromium_pdf(html_sidebar(r), out)
        elif lay == "chromium_twocol": chromium_pdf(html_twocol(r), out)
        elif lay == "chromium_cards": chromium_pdf(html_cards(r), out)
        elif lay == "reportlab": reportlab_doc(r, out)
        elif lay == "reportlab_twocol": reportlab_twocol(r, out)
        elif lay == "fpdf2": fpdf_doc(r, out)
        else: raise SystemExit("unknown layout " + lay)
    # damaged files
    rnd = random.Random(69)
    src = os.path.join(OUT, fname(5)); data = open(src, "rb").read()
    open(os.path.join(OUT, fname(22)), "wb").write(data[:int(len(data) * 0.37)])
    import pikepdf
    with pikepdf.open(os.path.join(OUT, fname(12))) as pdf:
        pdf.save(os.path.join(OUT, fname(23)), encryption=pikepdf.Encryption(user="kovalev2019", owner="own3r-w69", R=6))
    open(os.path.join(OUT, fname(24)), "wb").write(bytes(rnd.getrandbits(8) for _ in range(18432)))
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(R) + len(DAMAGED), "files")


if __name__ == "__main__":
    build()
