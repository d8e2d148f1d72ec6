# -*- coding: utf-8 -*-
"""Renderers for w118. Usage: python render.py  (writes ../files/ and ../truth.jsonl)"""
import os, sys, json, subprocess, shutil, html, random, tempfile, io
from data import P, DAMAGED, MONTHS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = os.path.join(HERE, "..", "_tmp")
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
W = "w118"
FONTS = "/usr/share/fonts/truetype"
DEJAVU = f"{FONTS}/dejavu/DejaVuSans.ttf"; DEJAVU_B = f"{FONTS}/dejavu/DejaVuSans-Bold.ttf"
NOTO_ARM = f"{FONTS}/noto/NotoSansArmenian-Regular.ttf"; NOTO_GEO = f"{FONTS}/noto/NotoSansGeorgian-Regular.ttf"


def fname(num, layout, ext):
    return f"{W}_{num}_{layout}.{ext}"


def soffice(src, fmt="pdf", outdir=TMP):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def lines_of(cv, bullet="• "):
    """Flatten cv into (kind, text) lines, generic."""
    out = [("name", cv["name"])]
    if cv.get("native"):
        out.append(("native", cv["native"]))
    for c in cv["contact"]:
        out.append(("contact", c))
    for head, items in cv["sections"]:
        out.append(("head", head))
        for it in items:
            if isinstance(it, str):
                out.append(("item", it))
            else:
                t, d, det = it
                out.append(("entry", f"{t}\t{d}"))
                for x in det:
                    out.append(("item", x))
    return out

# ------------------------------------------------------------------ DOCX helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml


def docx_body(doc, cv, skip_contact=False, head_style="Heading 2"):
    for head, items in cv["sections"]:
        doc.add_paragraph(head, style=head_style)
        for it in items:
            if isinstance(it, str):
                doc.add_paragraph(it, style="List Bullet")
            else:
                t, d, det = it
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(t); r.bold = True
                p.add_run("\t" + d).italic = True
                for x in det:
                    doc.add_paragraph(x, style="List Bullet 2")


def r_001(num, p):
    cv = p["cv"]; doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(cv["name"]); r.bold = True; r.font.size = Pt(18)
    c = doc.add_paragraph(" | ".join(cv["contact"])); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_body(doc, cv)
    src = os.path.join(TMP, fname(num, p["layout"], "docx")); doc.save(src)
    shutil.copy(soffice(src), os.path.join(OUT, fname(num, p["layout"], "pdf")))
    return fname(num, p["layout"], "pdf")


def shade(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{color}"/>'))


def r_006(num, p):
    """docx with tables: header table name|contacts, every section a 2-col table (dates | content)."""
    cv = p["cv"]; doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run(cv["name"]).bold = True
    a.paragraphs[0].runs[0].font.size = Pt(16)
    a.add_paragraph(cv["native"])
    for i, c in enumerate(cv["contact"]):
        (b.paragraphs[0] if i == 0 else b.add_paragraph()).add_run(c)
    shade(a, "DCE6F1")
    for head, items in cv["sections"]:
        doc.add_paragraph(head.upper(), style="Heading 3")
        tb = doc.add_table(rows=0, cols=2); tb.style = "Light List Accent 1"
        for it in items:
            row = tb.add_row().cells
            if isinstance(it, str):
                row[1].text = it
            else:
                tt, d, det = it
                row[0].text = d
                row[1].text = tt
                for x in det:
                    row[1].add_paragraph("– " + x)
        for row in tb.rows:
            row.cells[0].width = Cm(4); row.cells[1].width = Cm(13)
    out = fname(num, p["layout"], "docx"); doc.save(os.path.join(OUT, out)); return out


def r_010(num, p):
    """docx: name in header, phone+email only in footer."""
    cv = p["cv"]; doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run(cv["name"] + "  —  Curriculum Vitae / Özgeçmiş"); r.bold = True; r.font.size = Pt(14)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("İletişim / Contact: " + "  ·  ".join(cv["contact"])).font.size = Pt(8)
    docx_body(doc, cv, head_style="Heading 1")
    out = fname(num, p["layout"], "docx"); doc.save(os.path.join(OUT, out)); return out


def r_013(num, p):
    """docx: contact block inside a VML text box (floating, right), name in body."""
    cv = p["cv"]; doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    paras = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{html.escape(c)}</w:t></w:r></w:p>' for c in cv["contact"])
    pict = parse_xml(f'''<w:r {W_NS}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0pt;width:190pt;height:62pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="#F2F2F2" strokecolor="#7F7F7F">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>''')
    p0 = doc.add_paragraph(); p0._p.append(pict)
    r = p0.add_run(cv["name"]); r.bold = True; r.font.size = Pt(20)
    p1 = doc.add_paragraph(); p1.add_run(cv["native"]).font.size = Pt(13)
    doc.add_paragraph(); doc.add_paragraph()
    docx_body(doc, cv, head_style="Heading 2")
    out = fname(num, p["layout"], "docx"); doc.save(os.path.join(OUT, out)); return out


def r_016(num, p):
    """docx with a 2-column section -> LibreOffice PDF."""
    cv = p["cv"]; doc = Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"; doc.styles["Normal"].font.size = Pt(9)
    h = doc.add_paragraph(); r = h.add_run(cv["name"]); r.bold = True; r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph(cv["native"])
    doc.add_paragraph("   •   ".join(cv["contact"]))
    from docx.enum.section import WD_SECTION
    ns = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = ns._sectPr.xpath("./w:cols")
    el = cols[0] if cols else parse_xml('<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    el.set(qn("w:num"), "2"); el.set(qn("w:space"), "567")
    if not cols: ns._sectPr.append(el)
    from docx.enum.text import WD_BREAK
    for k, (head, items) in enumerate(cv["sections"]):
        hp = doc.add_paragraph(head, style="Heading 3")
        if k == 3:
            hp.insert_paragraph_before().add_run().add_break(WD_BREAK.COLUMN)
        for it in items:
            if isinstance(it, str):
                doc.add_paragraph(it)
            else:
                tt, d, det = it
                q = doc.add_paragraph(); q.add_run(d + "\n").italic = True; q.add_run(tt).bold = True
    src = os.path.join(TMP, fname(num, p["layout"], "docx")); doc.save(src)
    shutil.copy(soffice(src), os.path.join(OUT, fname(num, p["layout"], "pdf")))
    return fname(num, p["layout"], "pdf")

# ------------------------------------------------------------------ HTML / Chromium
CSS_BASE = "@page{size:A4;margin:14mm} body{font-family:'DejaVu Sans','Noto Sans Armenian','Noto Sans Georgian','Noto Naskh Arabic',sans-serif;font-size:10pt;color:#222}"


def html_sections(cv, date_first=False):
    s = []
    for head, items in cv["sections"]:
        s.append(f"<h2>{html.escape(head)}</h2><ul>")
        for it in items:
            if isinstance(it, str):
                s.append(f"<li>{html.escape(it)}</li>")
            else:
                t, d, det = it
                dd = "".join(f"<div class='det'>{html.escape(x)}</div>" for x in det)
                if date_first:
                    s.append(f"<li class='e'><span class='d'>{html.escape(d)}</span><b>{html.escape(t)}</b>{dd}</li>")
                else:
                    s.append(f"<li class='e'><b>{html.escape(t)}</b> <span class='d'>{html.escape(d)}</span>{dd}</li>")
        s.append("</ul>")
    return "".join(s)


def write_chromium(num, p, body, css, scan=False):
    h = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS_BASE}{css}</style></head><body>{body}</body></html>"
    hp = os.path.join(TMP, fname(num, p["layout"], "html"))
    open(hp, "w", encoding="utf-8").write(h)
    pdf = os.path.join(TMP if scan else OUT, fname(num, p["layout"], "pdf"))
    chromium(hp, pdf)
    return pdf


def r_002(num, p):
    cv = p["cv"]
    css = """h1{margin:0;font-size:20pt} .fa{font-family:'Noto Naskh Arabic';font-size:18pt;direction:rtl;text-align:right;float:right;margin-top:-30px}
    h2{font-size:11.5pt;border-bottom:2px solid #0a5;padding-bottom:2px;margin:12px 0 4px} h2{unicode-bidi:plaintext}
    ul{list-style:none;padding:0;margin:0} li{margin:3px 0} .d{float:right;color:#555;unicode-bidi:plaintext} .det{margin-left:14px;font-size:9pt;color:#444}
    .c{font-size:9pt;color:#333}"""
    body = (f"<h1>{html.escape(cv['name'])}</h1><div class='fa' dir='rtl'>{cv['native']}</div>"
            f"<div class='c'>{' &nbsp;|&nbsp; '.join(html.escape(c) for c in cv['contact'])}</div>" + html_sections(cv))
    write_chromium(num, p, body, css); return fname(num, p["layout"], "pdf")


def r_007(num, p):
    cv = p["cv"]
    side = [s for s in cv["sections"] if s[0] in ("Sınavlar", "Yabancı Dil")]
    main = [s for s in cv["sections"] if s not in side]
    css = """@page{margin:0} body{margin:0;display:flex;min-height:297mm} .side{width:62mm;background:#263238;color:#eceff1;padding:14mm 6mm}
    .main{flex:1;padding:14mm 10mm} h1{font-size:22pt;margin:0 0 10px;color:#fff} .side h2{color:#80cbc4;font-size:11pt}
    .main h2{color:#263238;font-size:12pt;border-bottom:1px solid #90a4ae} ul{padding-left:14px} .d{display:block;color:#607d8b;font-size:9pt}
    .det{font-size:9pt} .ct div{font-size:8.5pt;margin:3px 0;word-break:break-all}"""
    body = (f"<div class='side'><h1>{html.escape(cv['name'])}</h1><div class='ct'>" +
            "".join(f"<div>{html.escape(c)}</div>" for c in cv["contact"]) + "</div>" +
            html_sections(dict(sections=side)) + "</div><div class='main'>" + html_sections(dict(sections=main)) + "</div>")
    write_chromium(num, p, body, css); return fname(num, p["layout"], "pdf")


def r_012(num, p, scan=False):
    cv = p["cv"]
    css = """h1{font-size:24pt;margin:0;letter-spacing:1px} .nat{font-size:14pt;color:#8a2be2}
    .c span{display:inline-block;margin-right:14px;font-size:9pt;background:#f3e5f5;padding:2px 6px;border-radius:8px}
    h2{font-size:12pt;color:#6a1b9a;margin:14px 0 4px} ul{list-style:none;border-left:3px solid #ce93d8;margin:0 0 0 40mm;padding-left:10px}
    li{position:relative;margin:4px 0} li.e .d{position:absolute;left:-44mm;width:32mm;text-align:right;font-size:8.5pt;color:#777}
    .det{font-size:9pt;color:#555}"""
    body = (f"<h1>{html.escape(cv['name'])}</h1><div class='nat'>{html.escape(cv['native'])}</div><div class='c'>" +
            "".join(f"<span>{html.escape(c)}</span>" for c in cv["contact"]) + "</div>" + html_sections(cv, date_first=True))
    write_chromium(num, p, body, css, scan); return fname(num, p["layout"], "pdf")


def r_014(num, p):
    cv = p["cv"]
    css = """table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:3px 6px;font-size:9.5pt}
    td.l{width:48mm;text-align:right;color:#1565c0;border-right:1px solid #1565c0;font-size:9pt} h1{font-size:18pt;margin:0}
    .logo{color:#1565c0;font-weight:bold;font-size:11pt}"""
    rows = [f"<tr><td class='l'><span class='logo'>europass</span><br>Curriculum Vitae</td><td><h1>{html.escape(cv['name'])}</h1></td></tr>",
            "<tr><td class='l'>PERSONAL INFORMATION</td><td>" + "<br>".join(html.escape(c) for c in cv["contact"]) + "</td></tr>"]
    for head, items in cv["sections"]:
        rows.append(f"<tr><td class='l'><b>{html.escape(head.upper())}</b></td><td></td></tr>")
        for it in items:
            if isinstance(it, str):
                rows.append(f"<tr><td class='l'></td><td>{html.escape(it)}</td></tr>")
            else:
                t, d, det = it
                rows.append(f"<tr><td class='l'>{html.escape(d)}</td><td><b>{html.escape(t)}</b>" +
                            "".join(f"<br>{html.escape(x)}" for x in det) + "</td></tr>")
    write_chromium(num, p, "<table>" + "".join(rows) + "</table>", css); return fname(num, p["layout"], "pdf")


def r_018_src(num, p):
    cv = p["cv"]
    css = "h1{font-size:20pt;margin:0} .fa{font-family:'Noto Naskh Arabic';font-size:16pt} h2{font-size:12pt;background:#eee;padding:2px 4px} ul{padding-left:16px} .d{color:#555}"
    body = (f"<h1>{html.escape(cv['name'])} <span class='fa'>{cv['native']}</span></h1><p>" +
            " · ".join(html.escape(c) for c in cv["contact"]) + "</p>" + html_sections(cv))
    return write_chromium(num, p, body, css, scan=True)

# ------------------------------------------------------------------ fpdf2
from fpdf import FPDF


def fpdf_doc(cv, contrast_grey=False):
    pdf = FPDF(format="A4"); pdf.set_margins(16, 14, 16); pdf.add_page()
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.add_font("ARM", "", NOTO_ARM); pdf.add_font("GEO", "", NOTO_GEO)
    pdf.set_fallback_fonts(["ARM", "GEO"])
    pdf.set_font("DV", "B", 20); pdf.cell(0, 10, cv["name"], new_x="LMARGIN", new_y="NEXT")
    if cv.get("native"):
        pdf.set_font("DV", "", 14); pdf.cell(0, 8, cv["native"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.cell(0, 6, "   ✆ / ✉   ".join(cv["contact"]), new_x="LMARGIN", new_y="NEXT")
    for head, items in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_text_color(120, 20, 20)
        pdf.cell(0, 7, head.upper(), border="B", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        for it in items:
            if isinstance(it, str):
                pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
            else:
                t, d, det = it
                y = pdf.get_y()
                pdf.set_xy(158, y); pdf.set_font("DV", "", 8.5); pdf.multi_cell(36, 5, d, align="R", new_x="LMARGIN", new_y="NEXT")
                yd = pdf.get_y()
                pdf.set_xy(16, y); pdf.set_font("DV", "B", 9.5); pdf.multi_cell(138, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), yd))
                pdf.set_font("DV", "", 9)
                for x in det:
                    pdf.set_x(22); pdf.multi_cell(0, 4.5, x, new_x="LMARGIN", new_y="NEXT")
    return pdf


def r_003(num, p):
    out = fname(num, p["layout"], "pdf"); fpdf_doc(p["cv"]).output(os.path.join(OUT, out)); return out

# ------------------------------------------------------------------ reportlab
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
pdfmetrics.registerFont(TTFont("GEO", NOTO_GEO))


def rl_build(cv, path):
    S = lambda **k: ParagraphStyle("x", fontName=k.pop("f", "DV"), **k)
    st_name = S(fontSize=22, leading=26, f="DVB", textColor=colors.HexColor("#7b1f1f"))
    st_nat = S(fontSize=14, leading=18, f="GEO"); st_c = S(fontSize=9, leading=12)
    st_h = S(fontSize=11, leading=14, f="DVB", spaceBefore=8, textColor=colors.HexColor("#7b1f1f"))
    st_t = S(fontSize=9.5, leading=12); st_d = S(fontSize=8.5, leading=11, textColor=colors.grey)
    fl = [Paragraph(html.escape(cv["name"]), st_name)]
    if cv.get("native"): fl.append(Paragraph(html.escape(cv["native"]), st_nat))
    fl.append(Paragraph(" &nbsp;&bull;&nbsp; ".join(html.escape(c) for c in cv["contact"]), st_c))
    for head, items in cv["sections"]:
        fl.append(Paragraph(html.escape(head), st_h))
        rows = []
        for it in items:
            if isinstance(it, str):
                rows.append([Paragraph("", st_d), Paragraph(html.escape(it), st_t)])
            else:
                t, d, det = it
                rows.append([Paragraph(html.escape(d), st_d),
                             Paragraph("<b>" + html.escape(t) + "</b>" + "".join("<br/>" + html.escape(x) for x in det), st_t)])
        tb = Table(rows, colWidths=[38 * 2.835, 135 * 2.835])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (1, 0), (1, -1), 0.5, colors.HexColor("#c9a0a0"))]))
        fl.append(tb)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                      title="CV", author=cv["name"]).build(fl)


def r_004(num, p):
    out = fname(num, p["layout"], "pdf"); rl_build(p["cv"], os.path.join(OUT, out)); return out

# ------------------------------------------------------------------ plain text
def txt_of(cv, width=78):
    L = [cv["name"]]
    if cv.get("native"): L.append(cv["native"])
    L += cv["contact"]; L.append("=" * width)
    for head, items in cv["sections"]:
        L += ["", head, "-" * len(head)]
        for it in items:
            if isinstance(it, str): L.append("  " + it)
            else:
                t, d, det = it
                L.append(f"  {d:<16} {t}")
                L += [" " * 19 + x for x in det]
    return "\n".join(L) + "\n"


def r_005(num, p):
    out = fname(num, p["layout"], "txt"); open(os.path.join(OUT, out), "w", encoding="utf-8").write(txt_of(p["cv"])); return out

# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            v = c if c < 32768 else c - 65536
            o.append(f"\\u{v}?")
    return "".join(o)


def rtf_of(cv, tabbed=True):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil DejaVu Sans;}}",
         r"{\colortbl;\red0\green51\blue102;}\paperw11906\paperh16838\margl1134\margr1134\margt1000\margb1000",
         r"\pard\qc\f0\fs36\b " + rtf_esc(cv["name"]) + r"\b0\par"]
    if cv.get("native"): R.append(r"\pard\qc\f1\fs26 " + rtf_esc(cv["native"]) + r"\f0\par")
    R.append(r"\pard\qc\fs18 " + rtf_esc("  |  ".join(cv["contact"])) + r"\par")
    for head, items in cv["sections"]:
        R.append(r"\pard\sb200\sa60\brdrb\brdrs\brdrw10\fs22\b\cf1 " + rtf_esc(head) + r"\cf0\b0\par")
        for it in items:
            if isinstance(it, str):
                R.append(r"\pard\li280\fs19 " + rtf_esc("• " + it) + r"\par")
            else:
                t, d, det = it
                R.append(r"\pard\tqr\tx9600\fs19\b " + rtf_esc(t) + r"\b0\tab\i " + rtf_esc(d) + r"\i0\par")
                for x in det: R.append(r"\pard\li560\fs18 " + rtf_esc("– " + x) + r"\par")
    R.append("}")
    return "\n".join(R)


def r_008(num, p):
    out = fname(num, p["layout"], "rtf"); open(os.path.join(OUT, out), "w", encoding="ascii").write(rtf_of(p["cv"])); return out


def r_011(num, p):
    src = os.path.join(TMP, fname(num, p["layout"], "rtf")); open(src, "w", encoding="ascii").write(rtf_of(p["cv"]))
    shutil.copy(soffice(src), os.path.join(OUT, fname(num, p["layout"], "pdf"))); return fname(num, p["layout"], "pdf")

# ------------------------------------------------------------------ ODT (odfpy)
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TabStops, TabStop
from odf.text import P as OP, H as OH, Span, Tab


def odt_of(cv, path):
    d = OpenDocumentText()
    def mk(name, fam="paragraph", **tp):
        s = Style(name=name, family=fam); s.addElement(TextProperties(**tp)); return s
    sn = mk("Nm", fontsize="20pt", fontweight="bold", color="#004d40"); d.automaticstyles.addElement(sn)
    sh = mk("Hd", fontsize="12pt", fontweight="bold", color="#00695c"); d.automaticstyles.addElement(sh)
    sc = mk("Ct", fontsize="9pt"); d.automaticstyles.addElement(sc)
    se = Style(name="En", family="paragraph"); se.addElement(TextProperties(fontsize="10pt"))
    pp = ParagraphProperties(); ts = TabStops(); ts.addElement(TabStop(position="17cm", type="right")); pp.addElement(ts)
    se.addElement(pp); d.automaticstyles.addElement(se)
    sb = mk("B", fam="text", fontweight="bold"); d.automaticstyles.addElement(sb)
    sp = mk("It", fontsize="9.5pt"); d.automaticstyles.addElement(sp)
    d.text.addElement(OP(stylename=sn, text=cv["name"]))
    if cv.get("native"): d.text.addElement(OP(stylename=sc, text=cv["native"]))
    for c in cv["contact"]: d.text.addElement(OP(stylename=sc, text=c))
    for head, items in cv["sections"]:
        d.text.addElement(OH(outlinelevel=2, stylename=sh, text=head))
        for it in items:
            if isinstance(it, str): d.text.addElement(OP(stylename=sp, text="• " + it))
            else:
                t, dd, det = it
                q = OP(stylename=se); q.addElement(Span(stylename=sb, text=t)); q.addElement(Tab()); q.addText(dd)
                d.text.addElement(q)
                for x in det: d.text.addElement(OP(stylename=sp, text="    " + x))
    d.save(path)


def r_009(num, p):
    src = os.path.join(TMP, fname(num, p["layout"], "odt")); odt_of(p["cv"], src)
    shutil.copy(soffice(src), os.path.join(OUT, fname(num, p["layout"], "pdf"))); return fname(num, p["layout"], "pdf")


def r_015(num, p):
    out = fname(num, p["layout"], "odt"); odt_of(p["cv"], os.path.join(OUT, out)); return out

# ------------------------------------------------------------------ scans
from PIL import Image, ImageFilter, ImageEnhance
import numpy as np


def raster(pdf, dpi=150):
    base = os.path.join(TMP, os.path.basename(pdf)[:-4] + "_r")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, base], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(base)) and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("RGB") for f in files]


def degrade(im, seed, angle=1.2, noise=10, blur=0.6, contrast=1.0, jpeg=None):
    rng = np.random.default_rng(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 247))
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast); im = ImageEnhance.Brightness(im).enhance(1.12)
    a = np.asarray(im).astype(np.int16) + rng.normal(0, noise, (im.height, im.width, 1)).astype(np.int16)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    if jpeg:
        b = io.BytesIO(); im.save(b, "JPEG", quality=jpeg); im = Image.open(io.BytesIO(b.getvalue())).convert("RGB")
    return im


def perspective(im, seed):
    w, h = im.size
    # photo of a sheet on a desk: warp page, place on a darker background
    bg = Image.new("RGB", (int(w * 1.15), int(h * 1.12)), (92, 78, 66))
    bg.paste(im, (int(w * 0.07), int(h * 0.05)))
    W2, H2 = bg.size
    src = [(0, 0), (W2, 0), (W2, H2), (0, H2)]
    dst = [(W2 * 0.03, H2 * 0.02), (W2 * 0.985, H2 * 0.055), (W2 * 0.95, H2 * 0.99), (W2 * 0.0, H2 * 0.965)]
    import numpy.linalg as la
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coeffs = la.solve(np.array(A, float), np.array(B, float))
    out = bg.transform(bg.size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(60, 52, 45))
    # uneven lighting
    g = np.linspace(1.0, 0.78, out.width)[None, :, None] * np.linspace(1.0, 0.9, out.height)[:, None, None]
    out = Image.fromarray(np.clip(np.asarray(out) * g, 0, 255).astype(np.uint8))
    return out


def save_img_pdf(imgs, path):
    imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


def r_017(num, p):
    cv = p["cv"]; doc = Document(); doc.styles["Normal"].font.name = "Liberation Serif"
    h = doc.add_paragraph(); r = h.add_run(cv["name"]); r.bold = True; r.font.size = Pt(18)
    for c in cv["contact"]: doc.add_paragraph(c)
    docx_body(doc, cv)
    src = os.path.join(TMP, fname(num, p["layout"], "docx")); doc.save(src)
    imgs = [degrade(i, 17, angle=1.6, noise=9, blur=0.7, jpeg=55) for i in raster(soffice(src))]
    out = fname(num, p["layout"], "pdf"); save_img_pdf(imgs, os.path.join(OUT, out)); return out


def r_018(num, p):
    pdf = r_018_src(num, p)
    im = degrade(raster(pdf, 130)[0], 18, angle=-0.8, noise=12, blur=0.8)
    out = fname(num, p["layout"], "png"); im.save(os.path.join(OUT, out)); return out


def r_019(num, p):
    pdf = os.path.join(TMP, fname(num, p["layout"], "pdf")); rl_build(p["cv"], pdf)
    im = raster(pdf, 140)[0]; im = perspective(im, 19); im = degrade(im, 19, angle=2.3, noise=7, blur=1.0)
    out = fname(num, p["layout"], "jpg"); im.save(os.path.join(OUT, out), "JPEG", quality=62); return out


def r_020(num, p):
    pdf = os.path.join(TMP, fname(num, p["layout"], "pdf")); fpdf_doc(p["cv"]).output(pdf)
    imgs = [degrade(i, 20, angle=-0.6, noise=6, blur=0.5, contrast=0.45) for i in raster(pdf, 150)]
    out = fname(num, p["layout"], "pdf"); save_img_pdf(imgs, os.path.join(OUT, out)); return out


def r_021(num, p):
    src = os.path.join(TMP, fname(num, p["layout"], "txt")); open(src, "w", encoding="utf-8").write(txt_of(p["cv"]))
    im = degrade(raster(soffice(src), 150)[0], 21, angle=0.9, noise=14, blur=0.9, jpeg=40)
    out = fname(num, p["layout"], "png"); im.convert("L").save(os.path.join(OUT, out)); return out

# ------------------------------------------------------------------ damaged
def make_damaged():
    res = []
    # truncated: a real CV pdf cut at 35%
    src = os.path.join(OUT, fname("004", P["004"]["layout"], "pdf")); b = open(src, "rb").read()
    n, lay, ext = DAMAGED[0]; f = fname(n, lay, ext); open(os.path.join(OUT, f), "wb").write(b[: int(len(b) * 0.35)]); res.append(f)
    # encrypted with an unknown user password
    import pikepdf
    n, lay, ext = DAMAGED[1]; f = fname(n, lay, ext)
    with pikepdf.open(os.path.join(OUT, fname("001", P["001"]["layout"], "pdf"))) as pd:
        pd.save(os.path.join(OUT, f), encryption=pikepdf.Encryption(user="k8#Tq!s0rU", owner="zX9-owner-77", R=6))
    res.append(f)
    # random bytes with .docx extension
    n, lay, ext = DAMAGED[2]; f = fname(n, lay, ext)
    open(os.path.join(OUT, f), "wb").write(random.Random(24).randbytes(23456)); res.append(f)
    return res


SCANS = {"017", "018", "019", "020", "021"}

if __name__ == "__main__":
    only = sys.argv[1:]
    truth = []
    for num in sorted(P):
        if only and num not in only: continue
        p = P[num]; f = globals()["r_" + num](num, p)
        t = dict(file=f, layout=p["layout"]); t.update(p["truth"])
        t["usce_months"], t["usce_months_clinical"] = MONTHS[num]
        if num in SCANS: t["needs_ocr"] = True
        truth.append(t); print("made", f)
    if not only:
        for f in make_damaged():
            lay = f.split("_", 2)[2].rsplit(".", 1)[0]
            truth.append(dict(file=f, layout=lay, error=True)); print("made", f)
        with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as fh:
            for t in truth:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
