# -*- coding: utf-8 -*-
"""python-docx, odfpy, RTF, TXT, reportlab, fpdf2 renderers + LibreOffice conversion."""
import os, shutil, subprocess, textwrap

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches, Cm


# ------------------------------------------------------------------ python-docx
def _shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def _heading(doc, text, color=RGBColor(0x1F, 0x3A, 0x5F)):
    p = doc.add_paragraph()
    r = p.add_run(text.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(2)
    pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "8EA9C1")
    bdr.append(b); pPr.append(bdr)


def _item_para(doc, it):
    if isinstance(it, str):
        p = doc.add_paragraph(it, style="List Bullet"); p.paragraph_format.space_after = Pt(1); return
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), alignment=2)  # right
    r = p.add_run(it["t"]); r.bold = True
    p.add_run("\t" + it["d"]).italic = True
    q = doc.add_paragraph(it["o"]); q.paragraph_format.space_after = Pt(2)
    q.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    for b in it.get("b", []):
        x = doc.add_paragraph(b, style="List Bullet"); x.paragraph_format.space_after = Pt(0)


def _base_doc(font="Calibri", size=10.5, author="Usuario"):
    doc = Document()
    doc.core_properties.author = author; doc.core_properties.title = "Curriculum Vitae"
    doc.core_properties.last_modified_by = author
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(0.8); s.top_margin = Inches(0.7); s.bottom_margin = Inches(0.7)
    return doc


def docx_table(cv, out):
    """contacts inside a 2-col table; experience sections as tables (date | detail)."""
    doc = _base_doc("Arial", 10)
    t = doc.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    a, b = t.rows[0].cells
    a.width = Inches(4.2); b.width = Inches(2.6); t.columns[0].width = Inches(4.2); t.columns[1].width = Inches(2.6)
    _shade(a, "1F3A5F"); _shade(b, "E8EEF5")
    pa = a.paragraphs[0]; r = pa.add_run(cv["name"]); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(255, 255, 255)
    pa2 = a.add_paragraph(); r = pa2.add_run(cv["headline"]); r.font.color.rgb = RGBColor(0xDD, 0xE6, 0xF0); r.font.size = Pt(9)
    b.paragraphs[0].add_run(cv["contact"][0]).font.size = Pt(9)
    for c in cv["contact"][1:]:
        b.add_paragraph().add_run(c).font.size = Pt(9)
    for title, items in cv["sections"]:
        _heading(doc, title)
        dict_items = [i for i in items if isinstance(i, dict)]
        if dict_items:
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"; tb.autofit = False
            for it in dict_items:
                row = tb.add_row().cells
                row[0].width = Inches(1.6); row[1].width = Inches(5.2)
                row[0].paragraphs[0].add_run(it["d"]).font.size = Pt(9)
                p = row[1].paragraphs[0]; p.add_run(it["t"]).bold = True
                row[1].add_paragraph(it["o"])
                for x in it.get("b", []):
                    row[1].add_paragraph("• " + x)
            tb.columns[0].width = Inches(1.6); tb.columns[1].width = Inches(5.2)
        for it in items:
            if isinstance(it, str):
                _item_para(doc, it)
    doc.save(out)


def docx_header_footer(cv, out, footer_contacts=False):
    """name + contacts live in the page header (or footer); body has no contact details."""
    doc = _base_doc("Cambria", 10.5)
    sec = doc.sections[0]
    hdr = sec.header; hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run(cv["name"]); r.bold = True; r.font.size = Pt(15)
    if footer_contacts:
        hp2 = hdr.add_paragraph(cv["headline"]); hp2.runs[0].italic = True
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run("  ·  ".join(cv["contact"])); fr.font.size = Pt(8.5)
    else:
        hp2 = hdr.add_paragraph("  |  ".join(cv["contact"])); hp2.runs[0].font.size = Pt(9)
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.add_run(cv["headline"] + " — curriculum vitae").font.size = Pt(8)
    for title, items in cv["sections"]:
        _heading(doc, title)
        for it in items:
            _item_para(doc, it)
    doc.save(out)


# ------------------------------------------------------------------ odfpy
def odt_odfpy(cv, out, twocol_contacts=True):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    st = doc.styles; au = doc.automaticstyles
    nm = Style(name="Nm", family="paragraph"); nm.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#0b5d3b", fontfamily="Liberation Sans")); st.addElement(nm)
    hl = Style(name="Hl", family="paragraph"); hl.addElement(TextProperties(fontsize="10pt", fontstyle="italic", color="#555555")); st.addElement(hl)
    h2 = Style(name="H2x", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#0b5d3b"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #0b5d3b")); st.addElement(h2)
    body = Style(name="Bd", family="paragraph"); body.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans")); st.addElement(body)
    bold = Style(name="Bo", family="text"); bold.addElement(TextProperties(fontweight="bold")); st.addElement(bold)
    ital = Style(name="It", family="text"); ital.addElement(TextProperties(fontstyle="italic", color="#444444")); st.addElement(ital)
    small = Style(name="Sm", family="paragraph"); small.addElement(TextProperties(fontsize="9pt")); st.addElement(small)
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="11cm")); au.addElement(c1)
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="6cm")); au.addElement(c2)
    cs = Style(name="Cs", family="table-cell"); cs.addElement(TableCellProperties(backgroundcolor="#eef6f1", padding="0.15cm")); au.addElement(cs)

    tbl = Table(name="Head")
    tbl.addElement(TableColumn(stylename=c1)); tbl.addElement(TableColumn(stylename=c2))
    tr = TableRow(); tbl.addElement(tr)
    a = TableCell(); tr.addElement(a)
    a.addElement(P(stylename=nm, text=cv["name"])); a.addElement(P(stylename=hl, text=cv["headline"]))
    b = TableCell(stylename=cs); tr.addElement(b)
    for c in cv["contact"]:
        b.addElement(P(stylename=small, text=c))
    doc.text.addElement(tbl)
    for title, items in cv["sections"]:
        doc.text.addElement(P(stylename=h2, text=title))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(stylename=body, text="• " + it)); continue
            p = P(stylename=body); p.addElement(Span(stylename=bold, text=it["t"])); p.addText("   —   ")
            p.addElement(Span(stylename=ital, text=it["d"])); doc.text.addElement(p)
            doc.text.addElement(P(stylename=body, text=it["o"]))
            for x in it.get("b", []):
                doc.text.addElement(P(stylename=body, text="   – " + x))
    doc.save(out)


# ------------------------------------------------------------------ RTF (hand-written, as old word processors emit)
def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def rtf(cv, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red0\green51\blue102;}",
         r"\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100",
         r"\pard\qc\f1\fs32\b " + _rtf_esc(cv["name"]) + r"\b0\par",
         r"\pard\qc\fs20 " + r"\line ".join(_rtf_esc(c) for c in cv["contact"]) + r"\par"]
    if cv["headline"]:
        L.append(r"\pard\qc\i " + _rtf_esc(cv["headline"]) + r"\i0\par")
    for title, items in cv["sections"]:
        L.append(r"\pard\sb240\sa60\brdrb\brdrs\brdrw10\f1\fs22\cf2\b " + _rtf_esc(title) + r"\b0\cf1\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\fi-200\li400\f0\fs21 \bullet  " + _rtf_esc(it) + r"\par")
            else:
                L.append(r"\pard\tqr\tx9600\f0\fs21\b " + _rtf_esc(it["t"]) + r"\b0\tab\i " + _rtf_esc(it["d"]) + r"\i0\par")
                L.append(r"\pard\li200\f0\fs21 " + _rtf_esc(it["o"]) + r"\par")
                for x in it.get("b", []):
                    L.append(r"\pard\fi-200\li600\fs20 - " + _rtf_esc(x) + r"\par")
    L.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ TXT
def txt(cv, out):
    W = 78
    L = [cv["name"].upper(), " | ".join(cv["contact"]), "=" * W]
    if cv["headline"]:
        L.insert(1, cv["headline"])
    for title, items in cv["sections"]:
        L += ["", title, "-" * len(title)]
        for it in items:
            if isinstance(it, str):
                L += textwrap.wrap(it, W, subsequent_indent="  ")
            else:
                L.append(f"{it['d']:<22}{it['t']}")
                L += textwrap.wrap(it["o"], W, initial_indent=" " * 22, subsequent_indent=" " * 22)
                for x in it.get("b", []):
                    L += textwrap.wrap("* " + x, W, initial_indent=" " * 24, subsequent_indent=" " * 26)
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ------------------------------------------------------------------ reportlab
def reportlab_pdf(cv, out, pagesize="letter"):
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape as x
    pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSI", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVSI"); addMapping("DVS", 1, 1, "DVSB")
    ps = dict(
        nm=ParagraphStyle("nm", fontName="DVSB", fontSize=18, leading=22, textColor=colors.HexColor("#4a1d6b")),
        hl=ParagraphStyle("hl", fontName="DVSI", fontSize=9.5, leading=12),
        ct=ParagraphStyle("ct", fontName="DVS", fontSize=8.8, leading=11, alignment=2),
        h=ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=8, textColor=colors.HexColor("#4a1d6b")),
        b=ParagraphStyle("b", fontName="DVS", fontSize=9.3, leading=12),
        d=ParagraphStyle("d", fontName="DVSI", fontSize=8.8, leading=12),
    )
    size = letter if pagesize == "letter" else A4
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title="Curriculum Vitae", author=cv["name"])
    story = []
    head = Table([[[Paragraph(x(cv["name"]), ps["nm"]), Paragraph(x(cv["headline"]), ps["hl"])],
                   Paragraph("<br/>".join(x(c) for c in cv["contact"]), ps["ct"])]], colWidths=[310, 200])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#4a1d6b"))]
    for title, items in cv["sections"]:
        story.append(Paragraph(x(title), ps["h"]))
        rows = []
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph("• " + x(it), ps["b"]))
            else:
                txt_ = f"<b>{x(it['t'])}</b><br/>{x(it['o'])}" + "".join(f"<br/>– {x(b)}" for b in it.get("b", []))
                rows.append([Paragraph(x(it["d"]), ps["d"]), Paragraph(txt_, ps["b"])])
        if rows:
            t = Table(rows, colWidths=[105, 405])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            story.append(t)
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def fpdf_pdf(cv, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_fill_color(176, 38, 38); pdf.rect(0, 0, 210, 34, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_xy(14, 8); pdf.set_font("DV", "B", 19)
    pdf.cell(0, 9, cv["name"]); pdf.set_xy(14, 18); pdf.set_font("DV", "", 9.5)
    pdf.cell(0, 5, cv["headline"]); pdf.set_xy(14, 25); pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "   •   ".join(cv["contact"]))
    pdf.set_text_color(30, 30, 30); pdf.set_y(40)
    for title, items in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_text_color(176, 38, 38)
        pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(176, 38, 38); pdf.line(10, pdf.get_y(), 200, pdf.get_y()); pdf.ln(1)
        pdf.set_text_color(30, 30, 30)
        for it in items:
            if isinstance(it, str):
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6, "▪ " + it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B", 9.5); pdf.cell(140, 5, it["t"])
                pdf.set_font("DV", "I", 9); pdf.cell(0, 5, it["d"], align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6, it["o"], new_x="LMARGIN", new_y="NEXT")
                for b in it.get("b", []):
                    pdf.set_x(15); pdf.multi_cell(0, 4.6, "– " + b, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    pdf.output(out)


# ------------------------------------------------------------------ LibreOffice
def soffice_convert(src, fmt, outdir, tmpdir, infilter=None):
    prof = "file://" + os.path.abspath(os.path.join(tmpdir, "lo-profile"))
    extra = ["--infilter=" + infilter] if infilter else []
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless"] + extra + ["--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)
