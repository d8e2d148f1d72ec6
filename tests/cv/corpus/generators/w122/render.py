# -*- coding: utf-8 -*-
"""Render w122 CVs through several real toolchains. Usage: python render.py OUTDIR"""
import os, sys, subprocess, shutil, html, tempfile, random
from cvs import CV, parse

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "../files")
TMP = tempfile.mkdtemp(prefix="w122_")
NOTO = "/usr/share/fonts/truetype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
E = html.escape


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/lo",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + TMP + "/chr", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- HTML / Chromium
def html_blocks(blocks):
    h = []
    ul = False
    for b in blocks:
        if b["k"] == "bullet":
            if not ul:
                h.append("<ul>"); ul = True
            h.append("<li>%s</li>" % E(b["text"]))
            continue
        if ul:
            h.append("</ul>"); ul = False
        if b["k"] == "para":
            h.append("<p>%s</p>" % E(b["text"]))
        else:
            h.append('<div class="entry"><div class="et"><span class="t">%s</span><span class="d">%s</span></div>%s</div>'
                     % (E(b["title"]), E(b["dates"]), "".join('<div class="l">%s</div>' % E(l) for l in b["lines"])))
    if ul:
        h.append("</ul>")
    return "\n".join(h)


FONTS = "'Noto Sans','Noto Sans Devanagari','Noto Sans Georgian','Noto Sans Armenian','Noto Sans Bengali','Noto Sans Sinhala','Noto Sans Tamil','Noto Naskh Arabic','WenQuanYi Micro Hei',sans-serif"


def html_sidebar(d, side_sections=("Languages", "Visa", "Examinations")):
    side = [s for s in d["sections"] if s[0] in side_sections]
    main = [s for s in d["sections"] if s[0] not in side_sections]
    css = """@page{size:A4;margin:0} body{margin:0;font-family:%s;font-size:9.6pt;color:#222}
    .wrap{display:flex;min-height:297mm} .side{width:68mm;background:#1f3b57;color:#eef;padding:14mm 7mm}
    .side h3{font-size:10pt;border-bottom:1px solid #8ab;padding-bottom:2px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:1px}
    .side ul{padding-left:14px;margin:0} .main{flex:1;padding:14mm 11mm}
    h1{font-size:22pt;margin:0;color:#1f3b57} .alt{font-size:13pt;color:#555} .hl{font-size:10.5pt;color:#446;margin:4px 0 10px}
    h2{font-size:11pt;color:#1f3b57;border-bottom:2px solid #1f3b57;margin:12px 0 5px;text-transform:uppercase}
    .et{display:flex;justify-content:space-between;gap:8px}.t{font-weight:bold}.d{white-space:nowrap;color:#555;font-style:italic}
    .l{margin-left:8px;color:#333}.entry{margin-bottom:5px} ul{margin:2px 0 4px;padding-left:16px} p{margin:2px 0}""" % FONTS
    sidehtml = "<h3>Contact</h3>" + "".join("<div style='margin-bottom:5px'>%s</div>" % E(c) for c in d["contacts"])
    for t, b in side:
        sidehtml += "<h3>%s</h3>%s" % (E(t), html_blocks(b))
    mainhtml = "<h1>%s</h1>%s<div class='hl'>%s</div>" % (E(d["name"]), "<div class='alt'>%s</div>" % E(d["alt"]) if d["alt"] else "", E(d["headline"]))
    for t, b in main:
        mainhtml += "<h2>%s</h2>%s" % (E(t), html_blocks(b))
    return "<html><head><meta charset='utf-8'><style>%s</style></head><body><div class='wrap'><div class='side'>%s</div><div class='main'>%s</div></div></body></html>" % (css, sidehtml, mainhtml)


def html_twocol(d):
    css = """@page{size:Letter;margin:14mm 13mm} body{font-family:'DejaVu Serif',%s;font-size:9.4pt;color:#111}
    header{text-align:center;border-bottom:3px double #733;padding-bottom:6px;margin-bottom:8px}
    h1{font-size:20pt;margin:0;font-variant:small-caps;color:#733} .alt{font-size:12pt} .hl{font-style:italic}
    .contacts{font-size:8.8pt;margin-top:3px} .contacts span:not(:last-child):after{content:"  •  "}
    .cols{column-count:2;column-gap:9mm;column-rule:1px solid #ccc}
    h2{font-size:10.5pt;color:#733;margin:8px 0 3px;break-after:avoid;border-bottom:1px solid #733}
    .entry{break-inside:avoid;margin-bottom:4px}.t{font-weight:bold;display:block}.d{display:block;color:#555;font-size:8.6pt}
    .l{font-size:8.8pt} ul{padding-left:14px;margin:2px 0} li{break-inside:avoid} p{margin:2px 0}""" % FONTS
    h = "<header><h1>%s</h1>%s<div class='hl'>%s</div><div class='contacts'>%s</div></header>" % (
        E(d["name"]), "<div class='alt'>%s</div>" % E(d["alt"]) if d["alt"] else "", E(d["headline"]),
        "".join("<span>%s</span>" % E(c) for c in d["contacts"]))
    body = "".join("<h2>%s</h2>%s" % (E(t), html_blocks(b)) for t, b in d["sections"])
    return "<html><head><meta charset='utf-8'><style>%s</style></head><body>%s<div class='cols'>%s</div></body></html>" % (css, h, body)


def html_modern(d):
    css = """@page{size:A4;margin:0 0 12mm 0} body{margin:0;font-family:%s;font-size:9.8pt;color:#202020}
    .band{background:linear-gradient(90deg,#0b6e4f,#2a9d8f);color:#fff;padding:10mm 14mm 7mm}
    h1{margin:0;font-size:24pt;font-weight:300}.alt{font-size:12pt;opacity:.9}.hl{margin-top:4px;font-size:10.5pt}
    table.c{margin:6px 14mm 0;border-collapse:collapse;font-size:9pt} table.c td{padding:2px 8px;border:1px solid #cfe}
    table.c td:first-child{color:#0b6e4f;font-weight:bold}
    .body{padding:4mm 14mm} h2{color:#0b6e4f;font-size:11.5pt;margin:10px 0 4px}
    h2:before{content:"";display:inline-block;width:8px;height:8px;background:#2a9d8f;margin-right:6px;border-radius:50%%}
    .et{display:grid;grid-template-columns:1fr 46mm}.t{font-weight:600}.d{text-align:right;color:#2a9d8f}
    .l{color:#555;font-size:9pt}.entry{margin-bottom:5px} ul{margin:2px 0;padding-left:18px} p{margin:2px 0}""" % FONTS
    labels = {"@": "Email", "+": "Phone"}
    rows = ""
    for c in d["contacts"]:
        if ":" in c and not c.startswith("ul."):
            k, v = c.split(":", 1)
            rows += "<tr><td>%s</td><td>%s</td></tr>" % (E(k.strip()), E(v.strip()))
        else:
            k = "Email" if "@" in c else ("Address" if any(x in c for x in (",", "ul.")) else "Info")
            rows += "<tr><td>%s</td><td>%s</td></tr>" % (k, E(c))
    h = "<div class='band'><h1>%s</h1>%s<div class='hl'>%s</div></div><table class='c'>%s</table>" % (
        E(d["name"]), "<div class='alt'>%s</div>" % E(d["alt"]) if d["alt"] else "", E(d["headline"]), rows)
    body = "".join("<h2>%s</h2>%s" % (E(t), html_blocks(b)) for t, b in d["sections"])
    return "<html><head><meta charset='utf-8'><style>%s</style></head><body>%s<div class='body'>%s</div></body></html>" % (css, h, body)


def html_plain(d, font="'Liberation Serif',serif", size="10.5pt"):
    css = "@page{size:Letter;margin:18mm} body{font-family:%s,%s;font-size:%s} h1{font-size:17pt;margin:0} h2{font-size:11pt;border-bottom:1px solid #000;margin:10px 0 3px} .et{display:flex;justify-content:space-between}.t{font-weight:bold}.l{margin-left:10px} ul{margin:2px 0} p{margin:2px 0}" % (font, FONTS, size)
    h = "<h1>%s</h1><div>%s</div><div>%s</div>" % (E(d["name"]), E(d["headline"]), " | ".join(E(c) for c in d["contacts"]))
    body = "".join("<h2>%s</h2>%s" % (E(t), html_blocks(b)) for t, b in d["sections"])
    return "<html><head><meta charset='utf-8'><style>%s</style></head><body>%s%s</body></html>" % (css, h, body)


# ---------------------------------------------------------------- python-docx
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml


def docx_font(doc, name="Calibri", size=10.5, east="WenQuanYi Micro Hei"):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:cs"), "Noto Sans Devanagari")


def docx_heading(doc, text, color="1F4E79"):
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(9); p.paragraph_format.space_after = Pt(2)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/></w:pBdr>' % color))
    return p


def docx_blocks(doc, blocks, tab_right=True):
    for b in blocks:
        if b["k"] == "bullet":
            doc.add_paragraph(b["text"], style="List Bullet")
        elif b["k"] == "para":
            doc.add_paragraph(b["text"])
        else:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(b["title"]).bold = True
            if b["dates"]:
                p.add_run("\t" + b["dates"]).italic = True
                p.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), alignment=2)
            for l in b["lines"]:
                q = doc.add_paragraph(l)
                q.paragraph_format.left_indent = Cm(0.6); q.paragraph_format.space_after = Pt(0)


def build_docx_classic(d, out):
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8); s.top_margin = s.bottom_margin = Cm(1.5)
    docx_font(doc, "Liberation Sans", 10)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["name"]); r.bold = True; r.font.size = Pt(20)
    if d["alt"]:
        q = doc.add_paragraph(d["alt"]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = doc.add_paragraph(d["headline"]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = doc.add_paragraph("  |  ".join(d["contacts"])); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t, b in d["sections"]:
        docx_heading(doc, t)
        docx_blocks(doc, b)
    doc.save(out)


def build_docx_tables(d, out):
    """contacts only in the page header (a table); body sections as 2-col tables."""
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.header_distance = Cm(0.8)
    docx_font(doc, "Cambria", 10)
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run(d["name"]).bold = True
    c0.paragraphs[0].runs[0].font.size = Pt(16)
    if d["alt"]:
        c0.add_paragraph(d["alt"])
    c0.add_paragraph(d["headline"])
    c1.paragraphs[0].text = d["contacts"][0]
    for c in d["contacts"][1:]:
        c1.add_paragraph(c).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ft = sec.footer.paragraphs[0]
    ft.text = "Curriculum Vitae – confidential"; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, blocks in d["sections"]:
        docx_heading(doc, title, "5B2C6F")
        entries = [b for b in blocks if b["k"] == "entry"]
        if entries:
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for e in entries:
                r = tb.add_row().cells
                r[0].width = Cm(3.8); r[1].width = Cm(13.2)
                r[0].text = e["dates"]
                r[1].paragraphs[0].add_run(e["title"]).bold = True
                for l in e["lines"]:
                    r[1].add_paragraph(l)
        docx_blocks(doc, [b for b in blocks if b["k"] != "entry"])
    doc.save(out)


def build_docx_textbox(d, out):
    """name as normal paragraph, contacts inside a VML text box, page footer with email repeated."""
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    docx_font(doc, "Georgia", 10.5)
    p = doc.add_paragraph(); r = p.add_run(d["name"]); r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x1A, 0x3C, 0x6E)
    doc.add_paragraph(d["headline"]).runs[0].italic = True
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    paras = "".join('<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(c) for c in d["contacts"])
    box = ('<w:p %s><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:-62pt;width:175pt;height:104pt;z-index:2;mso-position-horizontal-relative:margin" fillcolor="#EEF3FA" strokecolor="#1A3C6E">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>') % (W, paras)
    doc.element.body.append(parse_xml(box))
    # move the sectPr to the end again
    body = doc.element.body
    sp = body.find(qn("w:sectPr")); body.remove(sp); body.append(sp)
    for t, b in d["sections"]:
        docx_heading(doc, t, "1A3C6E")
        docx_blocks(doc, b)
    body.remove(sp); body.append(sp)
    fp = sec.footer.paragraphs[0]
    fp.text = "Nikhil Menon · nikhil.menon.aua@gmail.com"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(out)


def build_docx_europass(d, out):
    """two-column table layout: left grey column with dates/labels, right with content; contacts in the footer."""
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    docx_font(doc, "DejaVu Sans", 9.5)
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(left, right_runs, shade=None):
        cells = t.add_row().cells
        cells[0].width = Cm(4.5); cells[1].width = Cm(13.3)
        cells[0].paragraphs[0].text = left
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first = True
        for txt, bold, size in right_runs:
            par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            rr = par.add_run(txt); rr.bold = bold
            if size: rr.font.size = Pt(size)
        if shade:
            for c in cells:
                c._tc.get_or_add_tcPr().append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="%s"/>' % shade))
    row("CURRICULUM VITAE", [(d["name"], True, 18)] + ([(d["alt"], False, 12)] if d["alt"] else []) + [(d["headline"], False, None)])
    for title, blocks in d["sections"]:
        row("", [(title.upper(), True, 11)], shade="DCE6F0")
        for b in blocks:
            if b["k"] == "entry":
                row(b["dates"], [(b["title"], True, None)] + [(l, False, None) for l in b["lines"]])
            else:
                row("", [("• " + b["text"] if b["k"] == "bullet" else b["text"], False, None)])
    fp = sec.footer.paragraphs[0]
    fp.text = "  ·  ".join(d["contacts"])
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r_ in fp.runs: r_.font.size = Pt(8)
    doc.save(out)


# ---------------------------------------------------------------- odfpy
def build_odt(d, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, FontFace
    from odf.text import P, H, List, ListItem, Span
    doc = OpenDocumentText()
    for fn in ("Noto Sans", "Noto Sans Armenian", "Noto Sans Sinhala", "Noto Sans Devanagari"):
        doc.fontfacedecls.addElement(FontFace(name=fn, fontfamily="'%s'" % fn))
    base = Style(name="Standard", family="paragraph")
    base.addElement(TextProperties(fontname="Noto Sans", fontsize="10pt", fontnamecomplex="Noto Sans Sinhala"))
    doc.styles.addElement(base)
    tstyle = Style(name="NameP", family="paragraph")
    tstyle.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#7a1f3d", fontname="Noto Sans"))
    tstyle.addElement(ParagraphProperties(marginbottom="0.1cm"))
    hst = Style(name="SecH", family="paragraph")
    hst.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f3d", fontname="Noto Sans"))
    hst.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm", borderbottom="0.5pt solid #7a1f3d"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic", color="#555555"))
    ind = Style(name="Ind", family="paragraph"); ind.addElement(ParagraphProperties(marginleft="0.6cm"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    for s in (tstyle, hst, bold, ital, ind, small):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=tstyle, text=d["name"]))
    if d["alt"]:
        doc.text.addElement(P(text=d["alt"]))
    doc.text.addElement(P(text=d["headline"]))
    for c in d["contacts"]:
        doc.text.addElement(P(stylename=small, text=c))
    for title, blocks in d["sections"]:
        doc.text.addElement(P(stylename=hst, text=title))
        for b in blocks:
            if b["k"] == "entry":
                p = P(); p.addElement(Span(stylename=bold, text=b["title"]))
                if b["dates"]:
                    p.addText(" — "); p.addElement(Span(stylename=ital, text=b["dates"]))
                doc.text.addElement(p)
                for l in b["lines"]:
                    doc.text.addElement(P(stylename=ind, text=l))
            elif b["k"] == "bullet":
                doc.text.addElement(P(stylename=ind, text="– " + b["text"]))
            else:
                doc.text.addElement(P(text=b["text"]))
    doc.save(out)


# ---------------------------------------------------------------- fpdf2
def build_fpdf(d, out, footer_contacts=False, accent=(150, 40, 40)):
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("ns", size=7.5)
            self.set_text_color(90, 90, 90)
            txt = ("  |  ".join(d["contacts"]) if footer_contacts else "") + ("   —   " if footer_contacts else "") + "Page %d" % self.page_no()
            self.multi_cell(0, 3.6, txt, align="C")
    pdf = PDF(format="A4")
    pdf.set_margins(17, 15, 17)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("ns", "", NOTO + "NotoSans-Regular.ttf")
    pdf.add_font("ns", "B", NOTO + "NotoSans-Bold.ttf")
    pdf.add_font("ns", "I", NOTO + "NotoSans-Italic.ttf")
    pdf.add_font("beng", "", NOTO + "NotoSansBengali-Regular.ttf")
    pdf.add_font("deva", "", NOTO + "NotoSansDevanagari-Regular.ttf")
    pdf.add_font("wqy", "", WQY)
    pdf.set_fallback_fonts(["wqy"], exact_match=False)
    pdf.add_page()
    pdf.set_font("ns", "B", 19); pdf.set_text_color(*accent)
    pdf.cell(0, 10, d["name"], new_x="LMARGIN", new_y="NEXT")
    if d["alt"]:
        pdf.set_text_shaping(True)
        pdf.set_font("beng" if any("\u0980" <= ch <= "\u09ff" for ch in d["alt"]) else "deva", "", 12)
        pdf.cell(0, 7, d["alt"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_shaping(False)
    pdf.set_text_color(40, 40, 40)
    pdf.set_font("ns", "I", 10); pdf.multi_cell(0, 5, d["headline"], new_x="LMARGIN", new_y="NEXT")
    if not footer_contacts:
        pdf.set_font("ns", "", 9)
        pdf.multi_cell(0, 4.6, "   ·   ".join(d["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for title, blocks in d["sections"]:
        pdf.ln(2.5)
        pdf.set_font("ns", "B", 11); pdf.set_text_color(*accent)
        pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*accent); pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1)
        pdf.set_text_color(30, 30, 30)
        for b in blocks:
            if b["k"] == "entry":
                pdf.set_font("ns", "B", 9.5)
                w = pdf.w - pdf.l_margin - pdf.r_margin - 42
                nl = len(pdf.multi_cell(w, 4.8, b["title"], dry_run=True, output="LINES"))
                if pdf.get_y() + 4.8 * nl > pdf.h - 22:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.multi_cell(w, 4.8, b["title"], new_x="RIGHT", new_y="TOP")
                pdf.set_font("ns", "I", 9)
                pdf.multi_cell(42, 4.8, b["dates"], align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y + 4.8 * nl))
                pdf.set_font("ns", "", 9)
                for l in b["lines"]:
                    pdf.set_x(pdf.l_margin + 5); pdf.multi_cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif b["k"] == "bullet":
                pdf.set_font("ns", "", 9)
                pdf.set_x(pdf.l_margin + 3); pdf.multi_cell(0, 4.6, "•  " + b["text"], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("ns", "", 9.5); pdf.multi_cell(0, 4.8, b["text"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", DEJAVU + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", DEJAVU + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", DEJAVU + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", DEJAVU + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")


def rl_flow(d, styles, skip_head=False):
    from reportlab.platypus import Paragraph, Spacer
    S = styles
    f = []
    if not skip_head:
        f.append(Paragraph(E(d["name"]), S["name"]))
        f.append(Paragraph(E(d["headline"]), S["head"]))
        f.append(Paragraph("<br/>".join(E(c) for c in d["contacts"]), S["small"]))
    for title, blocks in d["sections"]:
        f.append(Paragraph(E(title), S["h"]))
        for b in blocks:
            if b["k"] == "entry":
                f.append(Paragraph("<b>%s</b>%s" % (E(b["title"]), ("  <i>(%s)</i>" % E(b["dates"])) if b["dates"] else ""), S["body"]))
                for l in b["lines"]:
                    f.append(Paragraph(E(l), S["ind"]))
            elif b["k"] == "bullet":
                f.append(Paragraph(E(b["text"]), S["bul"], bulletText="•"))
            else:
                f.append(Paragraph(E(b["text"]), S["body"]))
    return f


def rl_styles(base="DV", hcolor="#0d3b66"):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    return {
        "name": ParagraphStyle("n", fontName="DVB", fontSize=19, leading=23, textColor=colors.HexColor(hcolor)),
        "head": ParagraphStyle("hd", fontName="DVI", fontSize=9.5, leading=12, spaceAfter=3),
        "small": ParagraphStyle("s", fontName=base, fontSize=8.5, leading=11, spaceAfter=4),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=2, textColor=colors.HexColor(hcolor)),
        "body": ParagraphStyle("b", fontName=base, fontSize=8.8, leading=11),
        "ind": ParagraphStyle("i", fontName=base, fontSize=8.4, leading=10.5, leftIndent=10, textColor=colors.HexColor("#444444")),
        "bul": ParagraphStyle("u", fontName=base, fontSize=8.6, leading=10.8, leftIndent=10, bulletIndent=1),
    }


def build_reportlab(d, out):
    from reportlab.platypus import SimpleDocTemplate, HRFlowable
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    rl_fonts()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="CV", author=d["name"])
    doc.build(rl_flow(d, rl_styles()))


def build_reportlab_twocol(d, out):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    rl_fonts()
    W, H = letter
    S = rl_styles("DVS", "#6a040f")

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#6a040f")); c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 20); c.drawString(15 * mm, H - 15 * mm, d["name"])
        c.setFont("DV", 9); c.drawString(15 * mm, H - 22 * mm, d["headline"])
        c.restoreState()
    top = H - 34 * mm
    left = Frame(12 * mm, 14 * mm, 62 * mm, top - 14 * mm, id="l", showBoundary=0)
    right = Frame(78 * mm, 14 * mm, W - 90 * mm, top - 14 * mm, id="r")
    cont = Frame(12 * mm, 14 * mm, W - 24 * mm, H - 28 * mm, id="c")
    doc = BaseDocTemplate(out, pagesize=letter, title="Resume")
    doc.addPageTemplates([PageTemplate(id="first", frames=[left, right], onPage=deco),
                          PageTemplate(id="later", frames=[cont])])
    side_names = ("Languages", "Interests", "Visa", "Referee")
    side = {"name": d["name"], "headline": "", "alt": None, "contacts": d["contacts"],
            "sections": [s for s in d["sections"] if s[0] in side_names]}
    f = [Paragraph("Contact", S["h"])] + [Paragraph(E(c), S["small"]) for c in d["contacts"]]
    f += rl_flow(dict(side, contacts=[]), S, skip_head=True)
    f.append(FrameBreak())
    f += rl_flow(dict(d, sections=[s for s in d["sections"] if s[0] not in side_names]), S, skip_head=True)
    doc.build(f)


# ---------------------------------------------------------------- text / RTF
def build_txt(d, out):
    L = [d["name"], d["alt"] or "", d["headline"], ""] + d["contacts"] + [""]
    for t, blocks in d["sections"]:
        L += ["", t, "-" * len(t)]
        for b in blocks:
            if b["k"] == "entry":
                L.append("%-70s %s" % (b["title"], b["dates"]) if len(b["title"]) < 70 else b["title"] + "\n    " + b["dates"])
                L += ["    " + l for l in b["lines"]]
            elif b["k"] == "bullet":
                L.append("  * " + b["text"])
            else:
                L.append(b["text"])
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(x for x in L if x is not None) + "\n")


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append("\\u%d?" % c)
    return "".join(o)


def build_rtf(d, out, font="Times New Roman"):
    R = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman %s;}{\\f1\\fswiss Arial;}{\\f2\\fnil Noto Sans Tamil;}}" % font,
         "{\\colortbl;\\red0\\green0\\blue0;\\red20\\green70\\blue110;}",
         "\\paperw11906\\paperh16838\\margl1300\\margr1300\\margt1100\\margb1100\\f0\\fs21"]
    R.append("{\\pard\\qc\\b\\fs34 %s\\par}" % rtf_esc(d["name"]))
    if d["alt"]:
        R.append("{\\pard\\qc\\f2\\fs24 %s\\par}" % rtf_esc(d["alt"]))
    R.append("{\\pard\\qc\\i %s\\par}" % rtf_esc(d["headline"]))
    R.append("{\\pard\\qc\\fs18 %s\\par}" % rtf_esc("  |  ".join(d["contacts"])))
    for t, blocks in d["sections"]:
        R.append("{\\pard\\sb200\\sa60\\brdrb\\brdrs\\brdrw10\\cf2\\b\\f1\\fs23 %s\\par}" % rtf_esc(t.upper()))
        for b in blocks:
            if b["k"] == "entry":
                R.append("{\\pard\\tqr\\tx9300\\b %s\\b0\\tab\\i %s\\i0\\par}" % (rtf_esc(b["title"]), rtf_esc(b["dates"])))
                for l in b["lines"]:
                    R.append("{\\pard\\li360\\fs19 %s\\par}" % rtf_esc(l))
            elif b["k"] == "bullet":
                R.append("{\\pard\\li360\\fi-200 \\bullet  %s\\par}" % rtf_esc(b["text"]))
            else:
                R.append("{\\pard %s\\par}" % rtf_esc(b["text"]))
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))


# ---------------------------------------------------------------- scans
def rasterize(pdf, prefix, dpi=110, first=None, last=None):
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if first: args += ["-f", str(first)]
    if last: args += ["-l", str(last)]
    subprocess.run(args + [pdf, prefix], check=True)
    return sorted(os.path.join(os.path.dirname(prefix), f) for f in os.listdir(os.path.dirname(prefix))
                  if f.startswith(os.path.basename(prefix)) and f.endswith(".png"))


def degrade_scan(img, rng, angle, contrast=0.85, noise=10, blur=0.6):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype("float32")
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    a = a * 0.93 + 12
    return Image.fromarray(a.clip(0, 255).astype("uint8"))


def phone_photo(img, rng):
    from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
    import numpy as np
    img = img.convert("RGB")
    w, h = img.size
    bg = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (92, 74, 58))  # wooden desk
    bg.paste(img, (int(w * 0.12), int(h * 0.08)))
    W, H = bg.size
    # perspective: quad from source corners
    dx = w * 0.06
    quad = (int(w * 0.12 - dx), int(h * 0.06), int(w * 0.12 - dx * 0.2), int(h * 1.1), int(w * 1.12 + dx * 0.4), int(h * 1.09), int(w * 1.12 + dx), int(h * 0.07))
    out = bg.transform((int(w * 1.0), int(h * 1.05)), Image.QUAD, quad, resample=Image.BICUBIC)
    out = out.rotate(1.8, resample=Image.BICUBIC, expand=False, fillcolor=(92, 74, 58))
    a = np.asarray(out).astype("float32")
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    shade = 0.78 + 0.22 * (xx / a.shape[1]) * (1 - 0.3 * yy / a.shape[0])  # uneven lighting
    a = a * shade[..., None]
    a[..., 0] *= 1.04; a[..., 2] *= 0.9  # warm cast
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.9))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    P = {k: parse(v) for k, v in CV.items()}
    rng = random.Random(122)
    f = lambda n, lay, ext: os.path.join(OUT, "w122_%s_%s.%s" % (n, lay, ext))

    # 001 python-docx -> LibreOffice PDF
    src = os.path.join(TMP, "w122_001_lo_docx_classic.docx"); build_docx_classic(P["001"], src)
    soffice(src, "pdf", OUT)
    # 002 Chromium sidebar
    chromium_pdf(html_sidebar(P["002"]), f("002", "chromium_sidebar", "pdf"))
    # 003 python-docx tables + header contacts
    build_docx_tables(P["003"], f("003", "docx_header_tables", "docx"))
    # 004 fpdf2
    build_fpdf(P["004"], f("004", "fpdf2", "pdf"), accent=(20, 90, 60))
    # 005 reportlab
    build_reportlab(P["005"], f("005", "reportlab", "pdf"))
    # 006 plain text
    build_txt(P["006"], f("006", "plain", "txt"))
    # 007 RTF
    build_rtf(P["007"], f("007", "rtf", "rtf"))
    # 008 Chromium two columns
    chromium_pdf(html_twocol(P["008"]), f("008", "chromium_twocol", "pdf"))
    # 009 odfpy -> LibreOffice PDF
    src = os.path.join(TMP, "w122_009_lo_odt.odt"); build_odt(P["009"], src); soffice(src, "pdf", OUT)
    # 010 native ODT
    build_odt(P["010"], f("010", "odt", "odt"))
    # 011 docx with text box
    build_docx_textbox(P["011"], f("011", "docx_textbox", "docx"))
    # 012 Chromium modern band + contact table
    chromium_pdf(html_modern(P["012"]), f("012", "chromium_modern", "pdf"))
    # 013 europass-like docx -> LO PDF (contacts in footer)
    src = os.path.join(TMP, "w122_013_lo_docx_europass.docx"); build_docx_europass(P["013"], src); soffice(src, "pdf", OUT)
    # 014 reportlab two frames
    build_reportlab_twocol(P["014"], f("014", "reportlab_twocol", "pdf"))
    # 015 fpdf2 with contacts only in the page footer
    build_fpdf(P["015"], f("015", "fpdf2_footer", "pdf"), footer_contacts=True, accent=(60, 60, 140))
    # 016 RTF -> LibreOffice DOCX
    src = os.path.join(TMP, "w122_016_lo_rtf2docx.rtf"); build_rtf(P["016"], src, font="Liberation Serif"); soffice(src, "docx", OUT)

    from PIL import Image
    # 017 scan, image-only PDF (chromium plain page)
    pdf = os.path.join(TMP, "s017.pdf"); chromium_pdf(html_plain(P["017"]), pdf)
    pages = [degrade_scan(Image.open(p), rng, 1.3) for p in rasterize(pdf, os.path.join(TMP, "s017"), 120)]
    pages[0].save(f("017", "scan_pdf", "pdf"), save_all=True, append_images=pages[1:], resolution=120)
    # 018 phone photo JPG of a LibreOffice-printed page
    src = os.path.join(TMP, "s018.docx"); build_docx_classic(P["018"], src); soffice(src, "pdf", TMP)
    img = Image.open(rasterize(os.path.join(TMP, "s018.pdf"), os.path.join(TMP, "s018"), 130, 1, 1)[0])
    phone_photo(img, rng).save(f("018", "photo", "jpg"), quality=72)
    # 019 scan PNG of reportlab page
    pdf = os.path.join(TMP, "s019.pdf"); build_reportlab(P["019"], pdf)
    degrade_scan(Image.open(rasterize(pdf, os.path.join(TMP, "s019"), 140, 1, 1)[0]), rng, -2.2, contrast=0.7, noise=14, blur=0.7).save(f("019", "scan", "png"))
    # 020 two-page image-only PDF (chromium two-col), JPEG-compressed
    pdf = os.path.join(TMP, "s020.pdf"); chromium_pdf(html_plain(P["020"], font="'DejaVu Sans'", size="11pt").replace("size:Letter", "size:A5").replace("<h2>Publications</h2>", "<h2 style='break-before:page'>Publications</h2>"), pdf)
    pages = []
    for i, p in enumerate(rasterize(pdf, os.path.join(TMP, "s020"), 150)):
        im = degrade_scan(Image.open(p), rng, 0.7 if i == 0 else -1.1, contrast=0.8, noise=9, blur=0.5)
        jp = os.path.join(TMP, "s020_%d.jpg" % i); im.save(jp, quality=45); pages.append(Image.open(jp).convert("RGB"))
    pages[0].save(f("020", "scan_pdf_2p", "pdf"), save_all=True, append_images=pages[1:], resolution=150)
    # 021 phone photo of an fpdf2 page
    pdf = os.path.join(TMP, "s021.pdf"); build_fpdf(P["021"], pdf, accent=(120, 30, 90))
    phone_photo(Image.open(rasterize(pdf, os.path.join(TMP, "s021"), 130, 1, 1)[0]), rng).save(f("021", "photo", "jpg"), quality=60)

    # damaged
    full = f("001", "lo_docx_classic", "pdf")
    data = open(full, "rb").read()
    open(f("022", "truncated", "pdf"), "wb").write(data[:900])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); w.append(PdfReader(f("005", "reportlab", "pdf")))
    w.encrypt(user_password="w122-Kz#91", owner_password="own-7781", algorithm="AES-256")
    w.write(f("023", "encrypted", "pdf"))
    open(f("024", "random_bytes", "docx"), "wb").write(random.Random(24).randbytes(14321))
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
