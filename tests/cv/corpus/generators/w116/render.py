# -*- coding: utf-8 -*-
"""Renderers: each takes a person dict (see people.py) and writes a file through a real toolchain."""
import html, os, subprocess, shutil, tempfile

FONT = "/usr/share/fonts/truetype/dejavu/"
TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build_tmp")
os.makedirs(TMP, exist_ok=True)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr[-2000:]}")
    return r


def soffice_pdf(src, out_pdf):
    d = tempfile.mkdtemp(dir=TMP)
    run(["soffice", f"-env:UserInstallation=file://{os.path.abspath(TMP)}/lo_profile", "--headless",
         "--convert-to", "pdf", "--outdir", d, src])
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(d, base), out_pdf)


def chromium_pdf(html_text, out_pdf):
    hp = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={os.path.abspath(out_pdf)}", "file://" + os.path.abspath(hp)])


def items_html(items, cls="row"):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(f'<div class="{cls}"><span class="when">{html.escape(it[0])}</span><span class="what">{html.escape(it[1])}</span></div>')
        else:
            out.append(f'<p>{html.escape(it)}</p>')
    return "\n".join(out)


# ------------------------------------------------------------------ Chromium: sidebar
def chromium_sidebar(p, out):
    side = "".join(f"<h3>{html.escape(h)}</h3>" + "".join(f"<div>{html.escape(x)}</div>" for x in xs) for h, xs in p.get("side", []))
    contact = "".join(f"<div>{html.escape(c)}</div>" for c in p["contact"])
    main = "".join(f"<h2>{html.escape(h)}</h2>{items_html(its)}" for h, its in p["sections"])
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 0; }}
body {{ margin:0; font-family:'DejaVu Sans',sans-serif; font-size:9.5pt; }}
.wrap {{ display:flex; min-height:11in; }}
.side {{ width:2.3in; background:#1f3b4d; color:#e8eef2; padding:0.45in 0.25in; box-sizing:border-box; }}
.side h3 {{ font-size:9pt; text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #6f8fa3; margin:16px 0 6px; }}
.side div {{ margin:3px 0; }}
.main {{ flex:1; padding:0.45in 0.4in; }}
h1 {{ margin:0; font-size:22pt; color:#1f3b4d; }}
.sub {{ color:#5b7a8c; font-size:11pt; margin-bottom:10px; }}
h2 {{ font-size:11pt; color:#1f3b4d; border-bottom:2px solid #c9a227; margin:14px 0 6px; }}
.row {{ display:flex; margin:4px 0; }} .when {{ width:1.3in; flex:none; color:#666; font-size:8.5pt; }} .what {{ flex:1; }}
p {{ margin:3px 0; }}
</style></head><body><div class="wrap"><div class="side"><h3>Contact</h3>{contact}{side}</div>
<div class="main"><h1>{html.escape(p['name'])}</h1><div class="sub">{html.escape(p.get('title',''))}</div>{main}</div></div></body></html>"""
    chromium_pdf(doc, out)


# ------------------------------------------------------------------ Chromium: modern single column
def chromium_modern(p, out):
    contact = " &nbsp;|&nbsp; ".join(html.escape(c) for c in p["contact"])
    main = "".join(f"<section><h2>{html.escape(h)}</h2>{items_html(its)}</section>" for h, its in p["sections"])
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm 18mm; }}
body {{ font-family:'Liberation Serif',serif; font-size:10.5pt; color:#222; }}
header {{ text-align:center; border-bottom:1px solid #999; padding-bottom:6px; }}
h1 {{ font-size:20pt; margin:0; letter-spacing:0.5px; }}
.sub {{ font-style:italic; }} .ct {{ font-size:9.5pt; margin-top:4px; }}
h2 {{ font-variant: small-caps; font-size:12pt; margin:12px 0 4px; color:#7a1f1f; }}
.row {{ display:grid; grid-template-columns: 1.6in 1fr; margin:3px 0; }} .when {{ font-weight:bold; }}
p {{ margin:2px 0 2px 12px; }}
</style></head><body><header><h1>{html.escape(p['name'])}</h1><div class="sub">{html.escape(p.get('title',''))}</div>
<div class="ct">{contact}</div></header>{main}</body></html>"""
    chromium_pdf(doc, out)


# ------------------------------------------------------------------ python-docx
def _docx_doc(p, header_text=None, footer_text=None, contact_table=None, font="Calibri", europass=False):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2)
    if header_text:
        hp = sec.header.paragraphs[0]; hp.text = header_text; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs: r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    if footer_text:
        fp = sec.footer.paragraphs[0]; fp.text = footer_text; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs: r.font.size = Pt(8)
    if not europass:
        t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x1a, 0x3c, 0x6e)
        if p.get("title"):
            s = d.add_paragraph(); rr = s.add_run(p["title"]); rr.italic = True
        for c in p.get("contact", []):
            d.add_paragraph(c).paragraph_format.space_after = Pt(0)
    else:
        t = d.add_paragraph(); r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        r.font.color.rgb = RGBColor(0x0e, 0x41, 0x94)
        s = d.add_paragraph(); s.add_run(p.get("title", "")).italic = True
    if contact_table:
        if europass:
            d.add_paragraph().add_run("INFORMAÇÕES PESSOAIS").bold = True
        tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid" if not europass else None
        for k, v in contact_table:
            row = tb.add_row().cells; row[0].text = k; row[1].text = v
            row[0].paragraphs[0].runs[0].bold = True
            row[0].width = Cm(4); row[1].width = Cm(13)
    for h, items in p["sections"]:
        hp = d.add_paragraph(); hr = hp.add_run(h.upper() if europass else h); hr.bold = True; hr.font.size = Pt(12)
        hr.font.color.rgb = RGBColor(0x0e, 0x41, 0x94) if europass else RGBColor(0x1a, 0x3c, 0x6e)
        hp.paragraph_format.space_before = Pt(10)
        if europass and any(isinstance(i, tuple) for i in items):
            tb = d.add_table(rows=0, cols=2)
            for it in items:
                if isinstance(it, tuple):
                    c = tb.add_row().cells; c[0].text = it[0]; c[1].text = it[1]
                    c[0].width = Cm(4); c[1].width = Cm(13)
                else:
                    c = tb.add_row().cells; c[1].text = it
        else:
            for it in items:
                if isinstance(it, tuple):
                    para = d.add_paragraph(); a = para.add_run(it[0] + "\t"); a.bold = True; para.add_run(it[1])
                    para.paragraph_format.left_indent = Cm(4); para.paragraph_format.first_line_indent = Cm(-4)
                    para.paragraph_format.tab_stops.add_tab_stop(Cm(4))
                else:
                    d.add_paragraph(it, style="List Bullet" if len(items) > 1 else None)
    return d


def docx_lo_header(p, out):
    d = _docx_doc(p, header_text=p["header"], footer_text=p["footer"], font="Liberation Sans")
    src = os.path.join(TMP, os.path.splitext(os.path.basename(out))[0] + ".docx"); d.save(src); soffice_pdf(src, out)


def docx_native_table(p, out):
    d = _docx_doc(p, header_text=p["header"], contact_table=p["contact_table"], font="Calibri")
    d.save(out)


def docx_lo_europass(p, out):
    d = _docx_doc(p, contact_table=p["contact_table"], font="Liberation Sans", europass=True,
                  footer_text="Curriculum Vitae — página gerada em 05/11/2026")
    src = os.path.join(TMP, os.path.splitext(os.path.basename(out))[0] + ".docx"); d.save(src); soffice_pdf(src, out)


def docx_plain_pdf(p, out):
    d = _docx_doc(p, font="Liberation Serif")
    src = os.path.join(TMP, os.path.splitext(os.path.basename(out))[0] + ".docx"); d.save(src); soffice_pdf(src, out)


# ------------------------------------------------------------------ odfpy
def _odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#2b5c2b"))
    hs = Style(name="Sec", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2b5c2b"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #2b5c2b"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    body = Style(name="Body", family="paragraph"); body.addElement(TextProperties(fontsize="10pt", fontfamily="DejaVu Sans"))
    body.addElement(ParagraphProperties(marginleft="0.3cm"))
    for s in (big, hs, small, body):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(P(stylename=big, text=p["name"]))
    if p.get("title"):
        doc.text.addElement(P(stylename=small, text=p["title"]))
    for c in p.get("contact", []):
        doc.text.addElement(P(stylename=small, text=c))
    for h, items in p["sections"]:
        doc.text.addElement(P(stylename=hs, text=h))
        for it in items:
            if isinstance(it, tuple):
                para = P(stylename=body); sp = Span(stylename=bold, text=it[0] + " — "); para.addElement(sp)
                para.addText(it[1]); doc.text.addElement(para)
            else:
                doc.text.addElement(P(stylename=body, text="• " + it))
    doc.save(path)


def odt_lo(p, out):
    src = os.path.join(TMP, os.path.splitext(os.path.basename(out))[0] + ".odt"); _odt(p, src); soffice_pdf(src, out)


def odt_native(p, out):
    _odt(p, out)


# ------------------------------------------------------------------ fpdf2
def _fpdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DVS", "", FONT + "DejaVuSerif.ttf"); pdf.add_font("DVS", "B", FONT + "DejaVuSerif-Bold.ttf")
    return pdf


def fpdf2_classic(p, out):
    pdf = _fpdf(); pdf.add_page()
    pdf.set_font("DVS", "B", 17); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 10); pdf.cell(0, 6, p.get("title", ""), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "  |  ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for h, items in p["sections"]:
        pdf.set_font("DVS", "B", 11.5); pdf.cell(0, 7, h.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), 210 - pdf.r_margin, pdf.get_y()); pdf.ln(1)
        pdf.set_font("DVS", "", 9.5)
        for it in items:
            if isinstance(it, tuple):
                y = pdf.get_y(); pdf.set_font("DVS", "B", 9); pdf.multi_cell(45, 5, it[0])
                y2 = pdf.get_y(); pdf.set_xy(pdf.l_margin + 47, y); pdf.set_font("DVS", "", 9.5)
                pdf.multi_cell(0, 5, it[1]); pdf.set_y(max(y2, pdf.get_y()) + 1)
            else:
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(out)


def fpdf2_banner(p, out):
    pdf = _fpdf(); pdf.add_page()
    pdf.set_fill_color(0, 110, 80); pdf.rect(0, 0, 210, 32, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_xy(12, 7); pdf.set_font("DV", "B", 18); pdf.cell(0, 9, p["name"])
    pdf.set_xy(12, 17); pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, p.get("title", ""))
    pdf.set_xy(12, 23); pdf.cell(0, 5, "   •   ".join(p["contact"]))
    pdf.set_text_color(20, 20, 20); pdf.set_y(38)
    for h, items in p["sections"]:
        pdf.set_font("DV", "B", 11); pdf.set_text_color(0, 110, 80); pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(20, 20, 20)
        for it in items:
            if isinstance(it, tuple):
                pdf.set_font("DV", "B", 9); pdf.multi_cell(0, 5, it[0], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9.5); pdf.set_x(pdf.l_margin + 5); pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "", 9.5); pdf.set_x(pdf.l_margin + 5); pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(out)


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                 ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT + f))


def reportlab_twocol(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    _rl_fonts()
    W, H = A4
    doc = BaseDocTemplate(out, pagesize=A4, title="CV", author=p["name"])
    left = Frame(10 * mm, 10 * mm, 58 * mm, H - 20 * mm, id="l")
    right = Frame(72 * mm, 10 * mm, W - 82 * mm, H - 20 * mm, id="r")

    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#f1e9dc")); c.rect(0, 0, 70 * mm, H, fill=1, stroke=0); c.restoreState()
    doc.addPageTemplates([PageTemplate(frames=[left, right], onPage=bg)])
    sN = ParagraphStyle("n", fontName="DVB", fontSize=15, leading=18, textColor=colors.HexColor("#8b2e16"))
    sH = ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#8b2e16"))
    sB = ParagraphStyle("b", fontName="DV", fontSize=8.8, leading=11.5)
    sD = ParagraphStyle("d", fontName="DVB", fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))
    fl = [Paragraph(p["name"], sN), Spacer(1, 4)]
    for c in p["contact"]:
        fl.append(Paragraph(c, sB))
    for h, xs in p.get("side", []):
        fl.append(Paragraph(h, sH)); fl += [Paragraph(x, sB) for x in xs]
    fl.append(FrameBreak())
    fl.append(Paragraph(p.get("title", ""), ParagraphStyle("t", parent=sB, fontSize=10, fontName="DVB")))
    for h, items in p["sections"]:
        fl.append(Paragraph(h, sH))
        for it in items:
            if isinstance(it, tuple):
                fl += [Paragraph(it[0], sD), Paragraph(it[1], sB), Spacer(1, 3)]
            else:
                fl.append(Paragraph(it, sB))
    doc.build(fl)


def reportlab_table(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    _rl_fonts()
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch, topMargin=0.6 * inch)
    sN = ParagraphStyle("n", fontName="DVCB", fontSize=16, leading=20)
    sB = ParagraphStyle("b", fontName="DVC", fontSize=9, leading=11.5)
    sBB = ParagraphStyle("bb", fontName="DVCB", fontSize=9, leading=11.5)
    sH = ParagraphStyle("h", fontName="DVCB", fontSize=10, leading=12, textColor=colors.white)
    fl = [Paragraph(p["name"], sN), Paragraph(p.get("title", ""), sB), Spacer(1, 4),
          Paragraph(" · ".join(p["contact"]), sB), Spacer(1, 8)]
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]
    for h, items in p["sections"]:
        style += [("SPAN", (0, len(rows)), (1, len(rows))), ("BACKGROUND", (0, len(rows)), (1, len(rows)), colors.HexColor("#2f4f6f"))]
        rows.append([Paragraph(h, sH), ""])
        for it in items:
            rows.append([Paragraph(it[0], sBB), Paragraph(it[1], sB)] if isinstance(it, tuple) else [Paragraph("", sB), Paragraph(it, sB)])
    t = Table(rows, colWidths=[1.45 * inch, 5.65 * inch]); t.setStyle(TableStyle(style))
    fl.append(t); doc.build(fl)


# ------------------------------------------------------------------ RTF (hand-written control words)
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_cv(p, out):
    e = _rtf_esc
    L = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green20\blue20;}",
         r"\paperw11906\paperh16838\margl1300\margr1300\margt1100\margb1100",
         r"\pard\qc\f1\fs34\b " + e(p["name"]) + r"\b0\par",
         r"\pard\qc\f0\fs22\i " + e(p.get("title", "")) + r"\i0\par",
         r"\pard\qc\fs20 " + e("  \u2022  ".join(p["contact"])) + r"\par\par"]
    for h, items in p["sections"]:
        L.append(r"\pard\sb160\sa60\brdrb\brdrs\brdrw10\f1\fs23\cf2\b " + e(h) + r"\b0\cf1\par")
        for it in items:
            if isinstance(it, tuple):
                L.append(r"\pard\li2300\fi-2300\tx2300\f0\fs20\b " + e(it[0]) + r"\b0\tab " + e(it[1]) + r"\par")
            else:
                L.append(r"\pard\li360\f0\fs20 " + e(it) + r"\par")
    L.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(L))
