# -*- coding: utf-8 -*-
"""Renderers for the readable CVs. Usage: render.py OUTDIR"""
import os, sys, subprocess, shutil, html, tempfile
from data import P

OUT = sys.argv[1] if len(sys.argv) > 1 else "../files"
TMP = tempfile.mkdtemp(prefix="w71_")
LO_PROFILE = "file:///tmp/w71_lo_profile"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

CONTACT_H = {"en": "Contact", "es": "Contacto", "pt": "Contato"}


def parts(it):
    """-> (dates, main, sub)"""
    if isinstance(it, str):
        return (None, it, None)
    if len(it) == 2:
        return (it[0], it[1], None)
    d, t, p, desc, _u = it
    return (d, t + (" — " + p if p else ""), desc or None)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", "--user-data-dir=/tmp/w71_chromium",
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ python-docx helpers
def docx_base():
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = Cm(2.2)
    return d


def docx_table(p, path, contact_where="header"):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_base()
    sec = d.sections[0]
    if contact_where == "header":
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join(p["contact"][:3])
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp.runs[0].font.size = Pt(8.5)
        hp2 = sec.header.add_paragraph(p["contact"][3] if len(p["contact"]) > 3 else "")
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if hp2.runs:
            hp2.runs[0].font.size = Pt(8.5)
    elif contact_where == "footer":
        fp = sec.footer.paragraphs[0]
        fp.text = "  •  ".join(p["contact"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)
        hp = sec.header.paragraphs[0]
        hp.text = "Curriculum Vitae"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = d.add_paragraph()
    r = t.add_run(p["display"])
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    if p.get("summary"):
        s = d.add_paragraph(p["summary"])
        s.runs[0].italic = True
    for head, items in p["sections"]:
        h = d.add_paragraph()
        hr = h.add_run(head.upper())
        hr.bold = True
        hr.font.size = Pt(11.5)
        hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        dated = [it for it in items if not isinstance(it, str)]
        plain = [it for it in items if isinstance(it, str)]
        if dated:
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid" if contact_where == "header" else None
            for it in dated:
                dt, main, sub = parts(it)
                row = tb.add_row().cells
                row[0].width = Cm(4.2)
                row[1].width = Cm(12.8)
                row[0].text = dt
                row[0].paragraphs[0].runs[0].font.size = Pt(9.5)
                mp = row[1].paragraphs[0]
                if len(it) == 5:
                    mp.add_run(it[1]).bold = True
                    if it[2]:
                        mp.add_run("\n" + it[2])
                else:
                    mp.add_run(main)
                if sub:
                    sp = row[1].add_paragraph(sub)
                    sp.runs[0].font.size = Pt(9)
        for s in plain:
            d.add_paragraph(s, style="List Bullet")
    d.save(path)


def docx_paragraphs(p, path, compact=False):
    """Classic single-column Word CV with tab-stop dates (to be converted by LibreOffice)."""
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    d = docx_base()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(p["display"])
    r.bold = True
    r.font.size = Pt(18)
    c = d.add_paragraph(" · ".join(p["contact"]))
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.runs[0].font.size = Pt(9)
    if p.get("summary"):
        d.add_paragraph(p["summary"])
    for head, items in p["sections"]:
        h = d.add_paragraph()
        hr = h.add_run(head)
        hr.bold = True
        hr.font.size = Pt(12)
        hr.font.color.rgb = RGBColor(0x80, 0x10, 0x10)
        h.paragraph_format.space_before = Pt(8)
        if compact and len(items) > 4 and all(not isinstance(i, str) and len(i) == 5 for i in items):
            tb = d.add_table(rows=1, cols=3)
            tb.style = "Light List Accent 1"
            for i, txt in enumerate(["Dates", "Rotation", "Site"]):
                tb.rows[0].cells[i].text = txt
            for it in items:
                row = tb.add_row().cells
                row[0].text, row[1].text, row[2].text = it[0], it[1], it[2]
            continue
        for it in items:
            dt, main, sub = parts(it)
            if dt is None:
                d.add_paragraph(main, style="List Bullet")
                continue
            para = d.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(4.0), WD_TAB_ALIGNMENT.LEFT)
            para.paragraph_format.left_indent = Cm(4.0)
            para.paragraph_format.first_line_indent = Cm(-4.0)
            para.add_run(dt + "\t")
            if len(it) == 5:
                para.add_run(it[1]).bold = True
                if it[2]:
                    para.add_run(", " + it[2])
            else:
                para.add_run(main)
            if sub:
                sp = d.add_paragraph(sub)
                sp.paragraph_format.left_indent = Cm(4.0)
                sp.runs[0].italic = True
    d.save(path)


def docx_textbox(p, path):
    """Contacts live inside a floating VML text box (w:pict/v:textbox/w:txbxContent)."""
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    d = docx_base()
    esc = lambda s: html.escape(s, quote=False)
    paras = "".join('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % esc(line) for line in p["contact"])
    pict = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<w:r><w:pict><v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:305pt;margin-top:-34pt;width:172pt;height:100pt;z-index:1;'
            'mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
            'strokecolor="#7f7f7f" fillcolor="#f2f2f2"><v:textbox><w:txbxContent>' + paras +
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.insert(0, parse_xml(pict))
    t = d.add_paragraph()
    r = t.add_run(p["display"])
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x0B, 0x5E, 0x55)
    d.add_paragraph("Medical Student — Clinical Curriculum Vitae")
    d.add_paragraph("")
    if p.get("summary"):
        d.add_paragraph(p["summary"])
    for head, items in p["sections"]:
        d.add_heading(head, level=2)
        for it in items:
            dt, main, sub = parts(it)
            if dt is None:
                d.add_paragraph(main, style="List Bullet")
            else:
                para = d.add_paragraph()
                para.add_run(main).bold = len(it) == 5
                para.add_run("   (" + dt + ")").italic = True
                if sub:
                    d.add_paragraph(sub)
    d.save(path)


# ------------------------------------------------------------------ HTML / Chromium
def esc(s):
    return html.escape(s)


def html_items(items, grid=False):
    out = []
    for it in items:
        dt, main, sub = parts(it)
        if dt is None:
            out.append('<div class="b">%s</div>' % esc(main))
        elif grid:
            t = ('<b>%s</b><br><span class="pl">%s</span>' % (esc(it[1]), esc(it[2]))) if len(it) == 5 else esc(main)
            out.append('<div class="d">%s</div><div class="c">%s%s</div>' % (
                esc(dt), t, ('<div class="s">%s</div>' % esc(sub)) if sub else ""))
        else:
            t = ('<b>%s</b> — %s' % (esc(it[1]), esc(it[2]))) if len(it) == 5 and it[2] else ('<b>%s</b>' % esc(it[1]) if len(it) == 5 else esc(main))
            out.append('<div class="e"><span class="dt">%s</span><div>%s%s</div></div>' % (
                esc(dt), t, ('<div class="s">%s</div>' % esc(sub)) if sub else ""))
    return "\n".join(out)


def html_sidebar(p):
    side = [s for s in p["sections"] if s[0] in p.get("side", [])]
    main = [s for s in p["sections"] if s[0] not in p.get("side", [])]
    sb = '<h3>%s</h3>' % CONTACT_H[p["lang"]] + "".join('<p>%s</p>' % esc(c) for c in p["contact"])
    for h, items in side:
        sb += '<h3>%s</h3>' % esc(h) + "".join('<p>%s</p>' % esc(parts(i)[1]) for i in items)
    mn = '<h1>%s</h1><p class="sum">%s</p>' % (esc(p["display"]), esc(p.get("summary", "")))
    for h, items in main:
        mn += '<h2>%s</h2>' % esc(h) + html_items(items)
    css = """@page{size:Letter;margin:0} body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}
.wrap{display:grid;grid-template-columns:2.3in 1fr;min-height:11in}
aside{background:#23395d;color:#fff;padding:.5in .25in}
aside h3{font-size:10pt;text-transform:uppercase;border-bottom:1px solid #8aa;margin:14pt 0 4pt}
aside p{margin:2pt 0;font-size:9pt;word-wrap:break-word}
main{padding:.45in .45in}
h1{margin:0;font-size:22pt;color:#23395d} .sum{color:#444}
h2{font-size:11.5pt;color:#23395d;border-bottom:2px solid #23395d;margin:12pt 0 4pt}
.e{display:flex;gap:8pt;margin:3pt 0;break-inside:avoid} .dt{flex:0 0 1.25in;color:#555;font-size:9pt}
.s{font-size:9pt;color:#333} .b{margin:2pt 0 2pt 10pt}"""
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body><div class="wrap"><aside>%s</aside><main>%s</main></div></body></html>' % (css, sb, mn)


def html_grid(p):
    body = '<header><div class="n">%s</div><div class="ct">%s</div></header>' % (
        esc(p["display"]), " &nbsp;|&nbsp; ".join(esc(c) for c in p["contact"]))
    if p.get("summary"):
        body += '<p class="sum">%s</p>' % esc(p["summary"])
    for h, items in p["sections"]:
        body += '<section><h2>%s</h2><div class="g">%s</div></section>' % (esc(h), html_items(items, grid=True))
    css = """@page{size:A4;margin:14mm 14mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
header{border-bottom:3px solid #0a7d4f;padding-bottom:6pt} .n{font-size:20pt;font-weight:bold;color:#0a7d4f}
.ct{font-size:8.5pt;margin-top:3pt} .sum{font-style:italic}
h2{font-size:11pt;color:#0a7d4f;margin:10pt 0 3pt;text-transform:uppercase;letter-spacing:.5pt}
.g{display:grid;grid-template-columns:32mm 1fr;column-gap:6pt;row-gap:3pt}
.g .b{grid-column:1 / span 2;padding-left:32mm} .d{color:#555} .pl{color:#444} .s{font-size:8.5pt;color:#555}"""
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)


def html_cards(p):
    hdr = ('<header><div><div class="n">%s</div><div class="sub">%s</div></div><div class="ct">%s</div></header>'
           % (esc(p["display"]), esc(p.get("summary", "")), "<br>".join(esc(c) for c in p["contact"])))
    cards = ""
    for h, items in p["sections"]:
        cards += '<div class="card"><h2>%s</h2>%s</div>' % (esc(h), html_items(items))
    css = """@page{size:Letter;margin:.5in} body{font-family:'Liberation Serif',serif;font-size:10pt}
header{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:1px solid #999;padding-bottom:8pt}
.n{font-size:21pt;font-variant:small-caps} .sub{font-size:9pt;max-width:4.2in;color:#444}
.ct{text-align:right;font-size:9pt;color:#333}
.cols{column-count:2;column-gap:.3in;margin-top:10pt}
.card{break-inside:avoid;border:1px solid #ccc;border-radius:4pt;padding:5pt 8pt;margin-bottom:8pt;background:#fafafa}
h2{font-size:10.5pt;margin:0 0 4pt;color:#6a1b4d} .e{margin:3pt 0} .dt{display:block;font-size:8.5pt;color:#666}
.s{font-size:8.5pt;color:#444} .b{margin:2pt 0}"""
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>%s<div class="cols">%s</div></body></html>' % (css, hdr, cards)


# ------------------------------------------------------------------ reportlab
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        pdfmetrics.registerFont(TTFont("DVI", FONTI))
    except Exception:
        pass
    S = {}
    S["n"] = ParagraphStyle("n", fontName="DVB", fontSize=17, leading=21)
    S["t"] = ParagraphStyle("t", fontName="DV", fontSize=9, leading=11.5)
    S["c"] = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5, alignment=2)
    S["h"] = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                            textColor="#7a1f1f")
    S["i"] = ParagraphStyle("i", fontName="DVI", fontSize=8.5, leading=10.5)
    S["cc"] = ParagraphStyle("cc", fontName="DV", fontSize=8.5, leading=10.5, alignment=1)
    S["nc"] = ParagraphStyle("nc", fontName="DVB", fontSize=17, leading=21, alignment=1)
    return S


def reportlab_cv(p, path, style="twocol", encrypt=None):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, HRFlowable
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import inch
    from xml.sax.saxutils import escape as x
    S = rl_styles()
    kw = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kw["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword="w71owner", strength=128)
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=.7 * inch, rightMargin=.7 * inch,
                            topMargin=.6 * inch, bottomMargin=.6 * inch, title="CV", author=p["full_name"], **kw)
    st = []
    if style == "twocol":
        st.append(Table([[Paragraph(x(p["display"]), S["n"]),
                          Paragraph("<br/>".join(x(c) for c in p["contact"]), S["c"])]],
                        colWidths=[4.1 * inch, 3.0 * inch],
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
    else:
        st.append(Paragraph(x(p["display"]), S["nc"]))
        st.append(Paragraph(" | ".join(x(c) for c in p["contact"]), S["cc"]))
    st.append(HRFlowable(width="100%", thickness=1.2, color="#7a1f1f", spaceBefore=4, spaceAfter=4))
    if p.get("summary"):
        st.append(Paragraph(x(p["summary"]), S["i"]))
    for h, items in p["sections"]:
        st.append(Paragraph(x(h), S["h"]))
        rows = []
        for it in items:
            dt, main, sub = parts(it)
            if dt is None:
                if rows:
                    st.append(_rl_table(rows))
                    rows = []
                st.append(Paragraph("• " + x(main), S["t"]))
                continue
            txt = ("<b>%s</b>%s" % (x(it[1]), (", " + x(it[2])) if it[2] else "")) if len(it) == 5 else x(main)
            if sub:
                txt += "<br/><i>%s</i>" % x(sub)
            rows.append([Paragraph(x(dt), S["t"]), Paragraph(txt, S["t"])])
        if rows:
            st.append(_rl_table(rows))
    doc.build(st)


def _rl_table(rows):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib.units import inch
    return Table(rows, colWidths=[1.45 * inch, 5.65 * inch],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


# ------------------------------------------------------------------ fpdf2
def fpdf_cv(p, path, sidebar=False):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DV", "I", FONTI)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    if not sidebar:
        pdf.set_font("DV", "B", 18)
        pdf.cell(0, 10, p["display"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.cell(0, 5, "  ·  ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(150, 30, 30)
        pdf.line(10, pdf.get_y() + 1, 200, pdf.get_y() + 1)
        pdf.ln(3)
        x0, w = 10, 190
    else:
        pdf.set_fill_color(225, 235, 245)
        pdf.rect(0, 0, 58, 297, "F")
        pdf.set_xy(6, 14)
        pdf.set_font("DV", "B", 10)
        pdf.multi_cell(48, 5, CONTACT_H[p["lang"]].upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8)
        for c in p["contact"]:
            pdf.set_x(6)
            pdf.multi_cell(48, 4.2, c, new_x="LMARGIN", new_y="NEXT")
        side = [s for s in p["sections"] if s[0] in ("Idiomas", "Exames")]
        for h, items in side:
            pdf.ln(3)
            pdf.set_x(6)
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(48, 5, h.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 8)
            for i in items:
                pdf.set_x(6)
                pdf.multi_cell(48, 4.2, i, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(64, 14)
        pdf.set_font("DV", "B", 18)
        pdf.multi_cell(136, 9, p["display"], new_x="LMARGIN", new_y="NEXT")
        x0, w = 64, 136
    secs = [s for s in p["sections"] if not (sidebar and s[0] in ("Idiomas", "Exames"))]
    if p.get("summary"):
        pdf.set_x(x0)
        pdf.set_font("DV", "I", 9)
        pdf.multi_cell(w, 4.6, p["summary"], new_x="LMARGIN", new_y="NEXT")
    for h, items in secs:
        pdf.ln(2)
        pdf.set_x(x0)
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(150, 30, 30)
        pdf.cell(w, 7, h.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for it in items:
            dt, main, sub = parts(it)
            pdf.set_x(x0)
            if dt is None:
                pdf.set_font("DV", "", 9)
                pdf.multi_cell(w, 4.6, "– " + main, new_x="LMARGIN", new_y="NEXT")
                continue
            if sidebar:
                pdf.set_font("DV", "B", 9)
                pdf.multi_cell(w, 4.6, main, new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(x0)
                pdf.set_font("DV", "I", 8.5)
                pdf.multi_cell(w, 4.4, dt, new_x="LMARGIN", new_y="NEXT")
            else:
                # date right-aligned on the same line as the title
                pdf.set_font("DV", "B", 9)
                y = pdf.get_y()
                pdf.multi_cell(w - 45, 4.6, main, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(x0 + w - 45, y)
                pdf.set_font("DV", "", 8.5)
                pdf.cell(45, 4.6, dt, align="R")
                pdf.set_y(y2)
            if sub:
                pdf.set_x(x0)
                pdf.set_font("DV", "", 8.5)
                pdf.multi_cell(w, 4.4, sub, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.output(path)


# ------------------------------------------------------------------ plain text, ODT, RTF
def plain_text(p, path):
    L = [p["display"], "=" * len(p["display"])] + p["contact"] + [""]
    if p.get("summary"):
        L += [p["summary"], ""]
    for h, items in p["sections"]:
        L += [h, "-" * len(h)]
        for it in items:
            dt, main, sub = parts(it)
            if dt is None:
                L.append("  * " + main)
            else:
                L.append("  %-20s %s" % (dt, main))
                if sub:
                    L.append(" " * 23 + sub)
        L.append("")
    open(path, "w", encoding="utf-8").write("\r\n".join(L) + "\r\n")


def odt_cv(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as OP, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#8b0000"))
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    hd = Style(name="Hd", family="paragraph")
    hd.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    hd.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #000000"))
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    c1 = Style(name="C1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4cm"))
    c2 = Style(name="C2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="13cm"))
    for s in (big, small, hd):
        doc.styles.addElement(s)
    for s in (bold, c1, c2):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(OP(stylename=big, text=p["display"]))
    for c in p["contact"]:
        doc.text.addElement(OP(stylename=small, text=c))
    if p.get("summary"):
        doc.text.addElement(OP(text=p["summary"]))
    for i, (h, items) in enumerate(p["sections"]):
        doc.text.addElement(H(outlinelevel=2, stylename=hd, text=h))
        dated = [it for it in items if not isinstance(it, str)]
        if dated:
            t = Table(name="T%d" % i)
            t.addElement(TableColumn(stylename=c1))
            t.addElement(TableColumn(stylename=c2))
            for it in dated:
                dt, main, sub = parts(it)
                tr = TableRow()
                a = TableCell()
                a.addElement(OP(text=dt))
                b = TableCell()
                pp = OP()
                if len(it) == 5:
                    pp.addElement(Span(stylename=bold, text=it[1]))
                    if it[2]:
                        pp.addText(" — " + it[2])
                else:
                    pp.addText(main)
                b.addElement(pp)
                if sub:
                    b.addElement(OP(stylename=small, text=sub))
                tr.addElement(a)
                tr.addElement(b)
                t.addElement(tr)
            doc.text.addElement(t)
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(OP(text="• " + it))
    doc.save(path)


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
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_cv(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green51\blue102;}", r"\paperw12240\paperh15840\margl1200\margr1200\margt1000\margb1000",
         r"\pard\qc\f1\fs34\b\cf1 " + rtf_escape(p["display"]) + r"\b0\cf0\par",
         r"\pard\qc\f1\fs18 " + rtf_escape(" \u2022 ".join(p["contact"])) + r"\par\pard\sa120\par"]
    if p.get("summary"):
        R.append(r"\pard\f0\fs21\i " + rtf_escape(p["summary"]) + r"\i0\par")
    for h, items in p["sections"]:
        R.append(r"\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs23\b\cf1 " + rtf_escape(h.upper()) + r"\b0\cf0\par")
        for it in items:
            dt, main, sub = parts(it)
            if dt is None:
                R.append(r"\pard\li360\fi-200\f0\fs20 \bullet  " + rtf_escape(main) + r"\par")
            else:
                R.append(r"\pard\tx2300\li2300\fi-2300\f0\fs20 " + rtf_escape(dt) + r"\tab " +
                         (r"\b " + rtf_escape(it[1]) + r"\b0 , " + rtf_escape(it[2]) if len(it) == 5 and it[2]
                          else rtf_escape(main)) + r"\par")
                if sub:
                    R.append(r"\pard\li2300\f0\fs18\i " + rtf_escape(sub) + r"\i0\par")
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))


# ------------------------------------------------------------------ dispatcher
def build(p, out):
    path = os.path.join(out, p["file"])
    lay = p["layout"]
    if lay == "docx_table":
        docx_table(p, path, "header")
    elif lay == "docx_footer_contacts":
        docx_table(p, path, "footer")
    elif lay == "docx_textbox":
        docx_textbox(p, path)
    elif lay in ("lo_docx_pdf", "lo_docx_pdf_compact", "lo_docx_to_odt"):
        src = os.path.join(TMP, os.path.splitext(p["file"])[0] + ".docx")
        docx_paragraphs(p, src, compact=(lay == "lo_docx_pdf_compact"))
        soffice(src, "odt" if lay == "lo_docx_to_odt" else "pdf", out)
    elif lay == "chromium_sidebar":
        chromium_pdf(html_sidebar(p), path)
    elif lay == "chromium_grid":
        chromium_pdf(html_grid(p), path)
    elif lay == "chromium_cards":
        chromium_pdf(html_cards(p), path)
    elif lay == "reportlab_twocol":
        reportlab_cv(p, path, "twocol")
    elif lay == "reportlab_classic":
        reportlab_cv(p, path, "classic")
    elif lay == "fpdf2_es":
        fpdf_cv(p, path, sidebar=False)
    elif lay == "fpdf2_pt":
        fpdf_cv(p, path, sidebar=True)
    elif lay == "plain_text":
        plain_text(p, path)
    elif lay == "odt_plain":
        odt_cv(p, path)
    elif lay == "rtf_handmade":
        rtf_cv(p, path)
    else:
        raise SystemExit("unknown layout " + lay)
    assert os.path.exists(path), path
    print("built", p["file"])


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[2:]
    for p in P:
        if p.get("scan"):
            continue
        if only and p["file"][:7] not in only:
            continue
        build(p, OUT)
    shutil.rmtree(TMP, ignore_errors=True)
