# -*- coding: utf-8 -*-
"""Renderers: one function per layout. Each writes `out` (path) from person dict p."""
import os, subprocess, shutil, tempfile, html, random, io

FONT_DIR = "/usr/share/fonts/truetype/dejavu"

def items_text(it):
    if isinstance(it, str):
        return it, "", []
    return it

def sh(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def soffice_convert(src, fmt, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo_w66_")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    sh(cmd)
    shutil.rmtree(prof, ignore_errors=True)

# ------------------------------------------------------------------ HTML / Chromium
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#222; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 68mm; background:#1f3b57; color:#eef; padding: 14mm 6mm; box-sizing:border-box; }
.side h2 { font-size: 10pt; text-transform: uppercase; letter-spacing:1px; border-bottom:1px solid #8ab; }
.side p { margin: 3px 0 8px 0; font-size: 8.5pt; }
.main { flex:1; padding: 14mm 10mm; }
h1 { font-size: 20pt; margin:0; color:#1f3b57; }
.hl { color:#557; margin-bottom: 8px; }
.main h2 { font-size: 11pt; color:#1f3b57; border-bottom:2px solid #1f3b57; margin: 12px 0 4px 0; }
.row { display:flex; justify-content: space-between; font-weight:bold; margin-top:4px; }
.row span.d { font-weight:normal; font-style: italic; white-space: nowrap; padding-left: 8px; }
ul { margin: 2px 0 2px 16px; padding:0; }
"""
CSS_CANVA = """
@page { size: Letter; margin: 0; }
body { margin:0; font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color:#333; }
.band { background: linear-gradient(90deg,#ff8a80,#ffd180); padding: 12mm 14mm 8mm 14mm; }
.band h1 { margin:0; font-size: 26pt; color:#fff; letter-spacing: 2px; }
.band .hl { color:#fff; font-size: 11pt; }
.pills { padding: 4mm 14mm; }
.pill { display:inline-block; background:#fff3e0; border-radius: 10px; padding: 3px 10px; margin: 2px; font-size: 9pt; }
.cols { column-count: 2; column-gap: 10mm; padding: 2mm 14mm; }
.card { break-inside: avoid; margin-bottom: 5mm; }
.card h2 { font-size: 11pt; color:#ff6f61; margin: 0 0 3px 0; text-transform: uppercase; }
.row b { display:block; } .d { color:#999; font-size: 8.5pt; }
ul { margin: 2px 0 2px 14px; padding:0; }
"""

def _sections_html(p, cls="main"):
    out = []
    for title, items in p["sections"]:
        block = [f"<h2>{html.escape(title)}</h2>"]
        for it in items:
            h, d, bl = items_text(it)
            if d:
                block.append(f'<div class="row"><span>{html.escape(h)}</span> &nbsp; <span class="d">{html.escape(d)}</span></div>')
            else:
                block.append(f"<div>{html.escape(h)}</div>")
            if bl:
                block.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bl) + "</ul>")
        out.append("\n".join(block))
    return out

def html_sidebar_doc(p):
    side = "".join(f"<p>{html.escape(c)}</p>" for c in p["contact"])
    secs = "".join(_sections_html(p))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_SIDEBAR}</style></head><body>
<div class="wrap"><div class="side"><h2>Contact</h2>{side}</div>
<div class="main"><h1>{html.escape(p['name'])}</h1><div class="hl">{html.escape(p['headline'])}</div>{secs}</div></div></body></html>"""

def html_canva_doc(p):
    pills = "".join(f'<span class="pill">{html.escape(c)}</span>' for c in p["contact"])
    cards = "".join(f'<div class="card">{s.replace("<h2>","<h2>",1)}</div>' for s in _sections_html(p))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_CANVA}</style></head><body>
<div class="band"><h1>{html.escape(p['name'].upper())}</h1><div class="hl">{html.escape(p['headline'])}</div></div>
<div class="pills">{pills}</div><div class="cols">{cards}</div></body></html>"""

def chromium_pdf(htmltext, out):
    d = tempfile.mkdtemp(prefix="chr_w66_")
    src = os.path.join(d, "cv.html")
    open(src, "w", encoding="utf-8").write(htmltext)
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={d}/prof",
        "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src])
    shutil.rmtree(d, ignore_errors=True)

def r_html_sidebar(p, out): chromium_pdf(html_sidebar_doc(p), out)
def r_html_canva(p, out): chromium_pdf(html_canva_doc(p), out)

def r_html_to_odt(p, out):
    d = tempfile.mkdtemp(prefix="h2o_w66_")
    name = os.path.splitext(os.path.basename(out))[0]
    src = os.path.join(d, name + ".html")
    body = "".join(_sections_html(p))
    contact = " &nbsp;|&nbsp; ".join(html.escape(c) for c in p["contact"])
    open(src, "w", encoding="utf-8").write(f"""<!doctype html><html><head><meta charset="utf-8"><title>CV</title></head><body>
<h1 style="text-align:center">{html.escape(p['name'])}</h1><p style="text-align:center"><i>{html.escape(p['headline'])}</i></p>
<p style="text-align:center">{contact}</p><hr>{body}</body></html>""")
    soffice_convert(src, "odt:writer8", d, infilter="HTML (StarWriter)")
    shutil.move(os.path.join(d, name + ".odt"), out)
    shutil.rmtree(d, ignore_errors=True)

# ------------------------------------------------------------------ python-docx
def _docx_body(doc, p, with_name=True, table_rows=False):
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    if with_name:
        h = doc.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
        s = doc.add_paragraph(); r = s.add_run(p["headline"]); r.italic = True; r.font.size = Pt(10)
    for title, items in p["sections"]:
        hp = doc.add_paragraph(); r = hp.add_run(title.upper()); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        hp.paragraph_format.space_before = Pt(6); hp.paragraph_format.space_after = Pt(1)
        if table_rows:
            t = doc.add_table(rows=0, cols=2)
            for it in items:
                hd, d, bl = items_text(it)
                c = t.add_row().cells
                c[0].width = Cm(12.5); c[1].width = Cm(4.5)
                c[0].text = hd if not bl else hd + "\n" + "\n".join("• " + b for b in bl)
                c[1].text = d
                for cell in c:
                    for para in cell.paragraphs:
                        for rr in para.runs: rr.font.size = Pt(9)
        else:
            for it in items:
                hd, d, bl = items_text(it)
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                rr = para.add_run(hd); rr.font.size = Pt(9.5); rr.bold = bool(d)
                if d:
                    rr2 = para.add_run("\t" + d); rr2.font.size = Pt(9); rr2.italic = True
                    para.paragraph_format.tab_stops.add_tab_stop(Cm(17), alignment=2)
                for b in bl:
                    bp = doc.add_paragraph(style="List Bullet"); br = bp.add_run(b); br.font.size = Pt(9)
                    bp.paragraph_format.space_after = Pt(0)

def _new_doc():
    from docx import Document
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    return doc

def r_docx_table(p, out):
    from docx.shared import Pt
    doc = _new_doc()
    pf = doc.styles["Normal"].paragraph_format; pf.space_after = Pt(0); pf.line_spacing = 1.0
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    left, right = t.rows[0].cells
    left.text = ""
    r = left.paragraphs[0].add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    left.add_paragraph(p["headline"])
    right.text = "\n".join(p["contact"])
    _docx_body(doc, p, with_name=False, table_rows=True)
    doc.save(out)

def _docx_with_hf(p, where):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = _new_doc()
    sec = doc.sections[0]
    hf = sec.header if where == "header" else sec.footer
    para = hf.paragraphs[0]
    para.text = "  •  ".join(p["contact"])
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for rr in para.runs: rr.font.size = Pt(8.5)
    _docx_body(doc, p, with_name=True)
    return doc

def r_docx_header(p, out): _docx_with_hf(p, "header").save(out)
def r_docx_footer(p, out): _docx_with_hf(p, "footer").save(out)

def r_docx_header_lo(p, out):
    d = tempfile.mkdtemp(prefix="dlo_w66_")
    name = os.path.splitext(os.path.basename(out))[0]
    src = os.path.join(d, name + ".docx")
    _docx_with_hf(p, "header").save(src)
    soffice_convert(src, "pdf", d)
    shutil.move(os.path.join(d, name + ".pdf"), out)
    shutil.rmtree(d, ignore_errors=True)

def r_docx_to_rtf(p, out):
    d = tempfile.mkdtemp(prefix="drtf_w66_")
    name = os.path.splitext(os.path.basename(out))[0]
    src = os.path.join(d, name + ".docx")
    doc = _new_doc()
    # contacts in body right under the name for this one
    from docx.shared import Pt
    h = doc.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph(p["headline"])
    doc.add_paragraph(" | ".join(p["contact"]))
    _docx_body(doc, p, with_name=False)
    doc.save(src)
    soffice_convert(src, "rtf", d)
    shutil.move(os.path.join(d, name + ".rtf"), out)
    shutil.rmtree(d, ignore_errors=True)

# ------------------------------------------------------------------ ODT (odfpy)
def _odt_doc(p, contacts_table):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    name_st = Style(name="NameSt", family="paragraph")
    name_st.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(name_st)
    h_st = Style(name="SecH", family="paragraph")
    h_st.addElement(TextProperties(fontsize="11pt", fontweight="bold", color="#6a1b9a"))
    h_st.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #6a1b9a"))
    doc.styles.addElement(h_st)
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    doc.styles.addElement(small)
    it_st = Style(name="Ital", family="text"); it_st.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(it_st)
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(P(stylename=name_st, text=p["name"]))
    doc.text.addElement(P(stylename=small, text=p["headline"]))
    if contacts_table:
        t = Table(name="Contacts")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        cs = p["contact"]
        for i in range(0, len(cs), 2):
            tr = TableRow(); t.addElement(tr)
            for c in cs[i:i+2] + [""] * (2 - len(cs[i:i+2])):
                tc = TableCell(); tc.addElement(P(stylename=small, text=c)); tr.addElement(tc)
        doc.text.addElement(t)
    else:
        doc.text.addElement(P(stylename=small, text=" · ".join(p["contact"])))
    for title, items in p["sections"]:
        doc.text.addElement(P(stylename=h_st, text=title))
        for it in items:
            hd, d, bl = items_text(it)
            para = P(stylename=small)
            para.addElement(Span(stylename=bold if d else None, text=hd) if d else Span(text=hd))
            if d:
                para.addElement(Span(stylename=it_st, text="  (" + d + ")"))
            doc.text.addElement(para)
            for b in bl:
                doc.text.addElement(P(stylename=small, text="   – " + b))
    return doc

def r_odt(p, out): _odt_doc(p, contacts_table=False).save(out)

def r_odt_lo(p, out):
    d = tempfile.mkdtemp(prefix="olo_w66_")
    name = os.path.splitext(os.path.basename(out))[0]
    src = os.path.join(d, name + ".odt")
    _odt_doc(p, contacts_table=True).save(src)
    soffice_convert(src, "pdf", d)
    shutil.move(os.path.join(d, name + ".pdf"), out)
    shutil.rmtree(d, ignore_errors=True)

# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", f"{FONT_DIR}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", f"{FONT_DIR}/DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", f"{FONT_DIR}/DejaVuSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVSI", f"{FONT_DIR}/DejaVuSerif-Italic.ttf"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

def r_rl_twocol(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from xml.sax.saxutils import escape as e
    _rl_fonts()
    sN = ParagraphStyle("n", fontName="DV", fontSize=8.6, leading=10.5)
    sH = ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=13, textColor=colors.HexColor("#00695c"), spaceBefore=6)
    sName = ParagraphStyle("nm", fontName="DVB", fontSize=17, leading=20, textColor=colors.white)
    sSide = ParagraphStyle("sd", fontName="DV", fontSize=8.3, leading=11, textColor=colors.white)
    side = [Paragraph(e(p["name"]), sName), Spacer(1, 4), Paragraph(e(p["headline"]), sSide), Spacer(1, 10),
            Paragraph("<b>CONTACT</b>", sSide)] + [Paragraph(e(c), sSide) for c in p["contact"]]
    main = []
    for title, items in p["sections"]:
        main.append(Paragraph(e(title.upper()), sH))
        for it in items:
            hd, d, bl = items_text(it)
            main.append(Paragraph(f"<b>{e(hd)}</b>" + (f"  <i>{e(d)}</i>" if d else ""), sN) if d else Paragraph(e(hd), sN))
            for b in bl:
                main.append(Paragraph("• " + e(b), ParagraphStyle("b", parent=sN, leftIndent=8)))
    t = Table([[side, main]], colWidths=[58 * mm, 130 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#00695c")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 9)]))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=10 * mm,
                            title="CV", author=p["name"])
    doc.build([t])

def r_rl_latex(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.units import mm
    from xml.sax.saxutils import escape as e
    _rl_fonts()
    sN = ParagraphStyle("n", fontName="DVS", fontSize=9, leading=11.2)
    sI = ParagraphStyle("i", fontName="DVSI", fontSize=8.6, leading=11, alignment=2)
    sH = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=7)
    sName = ParagraphStyle("nm", fontName="DVSB", fontSize=20, leading=24, alignment=TA_CENTER)
    sC = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=12, alignment=TA_CENTER)
    alt = ""
    if p.get("alt"):
        cjk = "HYSMyeongJo-Medium" if any('\uac00' <= ch <= '\ud7af' for ch in p["alt"]) else "STSong-Light"
        alt = f' <font name="{cjk}" size="15">({e(p["alt"])})</font>'
    fl = [Paragraph(e(p["name"]) + alt, sName), Paragraph(e(p["headline"]), sC),
          Paragraph(" $\\diamond$ ".replace("$\\diamond$", "◇").join(e(c) for c in p["contact"]), sC), Spacer(1, 4)]
    for title, items in p["sections"]:
        fl.append(Paragraph(e(title.upper()), sH)); fl.append(HRFlowable(width="100%", thickness=0.6, spaceAfter=3))
        for it in items:
            hd, d, bl = items_text(it)
            if d:
                t = Table([[Paragraph(f"<b>{e(hd)}</b>", sN), Paragraph(e(d), sI)]], colWidths=[140 * mm, 45 * mm])
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(t)
            else:
                fl.append(Paragraph(e(hd), sN))
            for b in bl:
                fl.append(Paragraph("– " + e(b), ParagraphStyle("b", parent=sN, leftIndent=10)))
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                            title="Curriculum Vitae")
    doc.build(fl)

# ------------------------------------------------------------------ fpdf2
def r_fpdf_classic(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DejaVu", "", 9.5); pdf.cell(0, 5, p["headline"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 5, "   |   ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(2)
    W = pdf.w - 36
    for title, items in p["sections"]:
        pdf.ln(2); pdf.set_font("DejaVu", "B", 11); pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.line(18, y, 18 + W, y); pdf.ln(1)
        for it in items:
            hd, d, bl = items_text(it)
            if d:
                pdf.set_font("DejaVu", "I", 8.5); pdf.set_x(18 + W - 40); pdf.cell(40, 4.6, d, align="R")
                pdf.set_x(18); pdf.set_font("DejaVu", "B", 9); pdf.multi_cell(W - 42, 4.6, hd, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 9); pdf.multi_cell(W, 4.6, hd, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 8.8)
            for b in bl:
                pdf.set_x(23); pdf.multi_cell(W - 5, 4.4, "• " + b, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Resume"); pdf.output(out)

# ------------------------------------------------------------------ plain text / RTF
def r_txt(p, out):
    L = [p["name"].upper(), p["headline"], *p["contact"], "=" * 72]
    for title, items in p["sections"]:
        L += ["", title, "-" * len(title)]
        for it in items:
            hd, d, bl = items_text(it)
            L.append(f"{hd}" + (f"   [{d}]" if d else ""))
            L += [f"   * {b}" for b in bl]
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")

def r_txt2(p, out):
    L = [f"{p['alt']}", f"{p['name']}", p["headline"], "", "Contact: " + "; ".join(p["contact"]), ""]
    for title, items in p["sections"]:
        L.append(f"## {title}")
        for it in items:
            hd, d, bl = items_text(it)
            L.append((f"{d}: " if d else "") + hd)
            L += [f"    - {b}" for b in bl]
        L.append("")
    open(out, "w", encoding="utf-8").write("\ufeff" + "\n".join(L))

def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)

def r_rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"{\pard\qc\f1\b\fs36 " + _rtf_esc(p["name"]) + r"\b0\par}",
         r"{\pard\qc\f1\i\fs20 " + _rtf_esc(p["headline"]) + r"\i0\par}",
         r"{\pard\qc\f1\fs18 " + _rtf_esc("  /  ".join(p["contact"])) + r"\par}"]
    for title, items in p["sections"]:
        R.append(r"{\pard\sb160\brdrb\brdrs\brdrw10\f1\b\fs22 " + _rtf_esc(title) + r"\b0\par}")
        for it in items:
            hd, d, bl = items_text(it)
            R.append(r"{\pard\f0\fs20\tqr\tx9600 " + (r"\b " if d else "") + _rtf_esc(hd) + (r"\b0\tab\i " + _rtf_esc(d) + r"\i0" if d else "") + r"\par}")
            for b in bl:
                R.append(r"{\pard\li360\f0\fs19 \bullet  " + _rtf_esc(b) + r"\par}")
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))

# ------------------------------------------------------------------ scans
RENDER = {}

def r_scan(p, out, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    d = tempfile.mkdtemp(prefix="scan_w66_")
    src_pdf = os.path.join(d, "src.pdf")
    RENDER[p["scan_src"]](p, src_pdf)
    sh(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", src_pdf, os.path.join(d, "pg")])
    png = [f for f in os.listdir(d) if f.startswith("pg")][0]
    im = Image.open(os.path.join(d, png)).convert("L")
    rng = random.Random(seed)
    angle = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.55, 0.8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    noise = Image.effect_noise(im.size, 60).point(lambda v: v)
    im = Image.blend(im, noise.convert("L"), 0.12)
    if out.endswith(".jpg"):
        im.convert("RGB").save(out, "JPEG", quality=55)
    elif out.endswith(".png"):
        im.save(out, "PNG")
    else:
        im.convert("RGB").save(out, "PDF", resolution=150.0)
    shutil.rmtree(d, ignore_errors=True)
    return angle

RENDER.update(html_sidebar=r_html_sidebar, html_canva=r_html_canva, html_to_odt=r_html_to_odt,
              docx_table=r_docx_table, docx_header=r_docx_header, docx_footer=r_docx_footer,
              docx_header_lo=r_docx_header_lo, docx_to_rtf=r_docx_to_rtf, odt=r_odt, odt_lo=r_odt_lo,
              rl_twocol=r_rl_twocol, rl_latex=r_rl_latex, fpdf_classic=r_fpdf_classic, txt=r_txt, txt2=r_txt2, rtf=r_rtf)
