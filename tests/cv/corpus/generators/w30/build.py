# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w30. Run via build.sh (uses the venv)."""
import json, os, random, shutil, subprocess, sys, glob, html
from people import PEOPLE, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w30_build"
W = "w30"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def fname(p):
    return f"{W}_{p['n']:03d}_{p['layout']}.{p['ext']}"


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/w30_lo_profile", "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


# ------------------------------------------------------------------ DOCX (python-docx)
def build_docx(p, path, mode="table", font="Calibri"):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    if p.get("header_contact"):
        hp = sec.header.paragraphs[0]
        hp.text = p["header_contact"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if p.get("footer_contact"):
        fp = sec.footer.paragraphs[0]
        fp.text = p["footer_contact"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
    if mode == "table":
        # UK style: footer with page note, name centred
        sec.footer.paragraphs[0].text = "Curriculum Vitae – " + p["display_name"] + " – updated 01/11/2025"
    if mode == "contacttable":
        t = doc.add_table(rows=1, cols=2)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(10.5), Cm(6.5)
        c0.paragraphs[0].add_run(p["display_name"]).bold = True
        c0.paragraphs[0].runs[0].font.size = Pt(20)
        c0.add_paragraph(p["title_line"])
        c1.paragraphs[0].text = p["contact"][0]
        for line in p["contact"][1:]:
            c1.add_paragraph(line)
        for para in c1.paragraphs:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        h = doc.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER if mode == "table" else WD_ALIGN_PARAGRAPH.LEFT
        r = h.add_run(p["display_name"])
        r.bold = True
        r.font.size = Pt(18)
        sub = doc.add_paragraph(p["title_line"])
        sub.alignment = h.alignment
        if p["contact"]:
            cp = doc.add_paragraph("  |  ".join(p["contact"]))
            cp.alignment = h.alignment
    for title, items in p["sections"]:
        hp = doc.add_paragraph()
        hr = hp.add_run(title.upper() if mode != "tabs" else title)
        hr.bold = True
        hr.font.size = Pt(11.5)
        hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hp.paragraph_format.space_before = Pt(8)
        pairs = [i for i in items if isinstance(i, tuple)]
        if mode in ("table", "contacttable") and pairs:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid" if mode == "table" else None
            for a, b in pairs:
                row = t.add_row().cells
                row[0].width, row[1].width = Cm(4.6), Cm(12.4)
                row[0].text = a
                row[1].text = b
            for i in items:
                if isinstance(i, str):
                    doc.add_paragraph(i)
        else:
            for i in items:
                if isinstance(i, tuple):
                    para = doc.add_paragraph()
                    pf = para.paragraph_format
                    pf.tab_stops.add_tab_stop(Cm(5.2), WD_TAB_ALIGNMENT.LEFT)
                    pf.left_indent = Cm(5.2)
                    pf.first_line_indent = Cm(-5.2)
                    para.add_run(i[0]).italic = True
                    para.add_run("\t" + i[1])
                else:
                    doc.add_paragraph(i)
    doc.core_properties.author = p["truth"]["full_name"]
    doc.core_properties.title = "CV"
    doc.save(path)


# ------------------------------------------------------------------ ODT (odfpy)
def build_odt(p, path, mode="plain"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="20pt", fontweight="bold", fontfamily="Liberation Serif"))
    doc.styles.addElement(big)
    hs = Style(name="Sec", family="paragraph")
    hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8B1A1A"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #8B1A1A"))
    doc.styles.addElement(hs)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", color="#444444"))
    doc.styles.addElement(small)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    c1 = Style(name="ColA", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4.5cm"))
    c2 = Style(name="ColB", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12.5cm"))
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(padding="0.05cm", border="0.3pt solid #bbbbbb"))
    for s in (c1, c2, cell):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=big, text=p["display_name"]))
    doc.text.addElement(P(stylename=small, text=p["title_line"]))
    if mode == "plain":
        for c in p["contact"]:
            doc.text.addElement(P(text=c))
    else:
        t = Table(name="Contact")
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for lab, val in zip(["E-mail", "Mobile", "Address"], p["contact"]):
            tr = TableRow()
            for v in (lab, val):
                tc = TableCell(stylename=cell)
                tc.addElement(P(text=v))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    for title, items in p["sections"]:
        doc.text.addElement(P(stylename=hs, text=title))
        if mode == "tables" and any(isinstance(i, tuple) for i in items):
            t = Table(name=title[:20].replace(" ", "_"))
            t.addElement(TableColumn(stylename=c1))
            t.addElement(TableColumn(stylename=c2))
            for i in items:
                a, b = i if isinstance(i, tuple) else ("", i)
                tr = TableRow()
                for v in (a, b):
                    tc = TableCell(stylename=cell)
                    tc.addElement(P(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else:
            for i in items:
                if isinstance(i, tuple):
                    para = P()
                    para.addElement(Span(stylename=bold, text=i[0] + ": " if i[0] else ""))
                    para.addText(i[1])
                    doc.text.addElement(para)
                else:
                    doc.text.addElement(P(text=i))
    doc.save(path)


# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("DVS", DEJAVU_SERIF))
        pdfmetrics.registerFont(TTFont("DVSB", DEJAVU_SERIF_B))


def build_rl_two_column(p, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    esc = html.escape
    W_, H_ = A4
    side_w = 62 * mm
    def bg(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#16324F"))
        c.rect(0, 0, side_w + 8 * mm, H_, stroke=0, fill=1)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title="Curriculum Vitae", author="")
    f1 = Frame(6 * mm, 12 * mm, side_w, H_ - 24 * mm, id="side")
    f2 = Frame(side_w + 14 * mm, 12 * mm, W_ - side_w - 24 * mm, H_ - 24 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[f1, f2], onPage=bg)])
    sw = ParagraphStyle("sw", fontName="DV", fontSize=8.5, leading=11, textColor=colors.white)
    swh = ParagraphStyle("swh", parent=sw, fontName="DVB", fontSize=10, spaceBefore=8, spaceAfter=3)
    nm = ParagraphStyle("nm", fontName="DVB", fontSize=17, leading=21, textColor=colors.white)
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12)
    hh = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3,
                        textColor=colors.HexColor("#16324F"))
    side_titles = {"USMLE", "Languages", "Visa", "Goals"}
    story = [Paragraph(esc(p["display_name"]), nm), Spacer(1, 4), Paragraph(esc(p["title_line"]), sw),
             Paragraph("CONTACT", swh)]
    story += [Paragraph(esc(c), sw) for c in p["contact"]]
    for title, items in p["sections"]:
        if title in side_titles:
            story.append(Paragraph(esc(title.upper()), swh))
            for i in items:
                story.append(Paragraph(esc(f"{i[0]}: {i[1]}" if isinstance(i, tuple) else i), sw))
    story.append(FrameBreak())
    for title, items in p["sections"]:
        if title in side_titles:
            continue
        story.append(Paragraph(esc(title), hh))
        for i in items:
            if isinstance(i, tuple):
                story.append(Paragraph(f"<b>{esc(i[0])}</b> — {esc(i[1])}", body))
            else:
                story.append(Paragraph(esc(i), body))
            story.append(Spacer(1, 2))
    doc.build(story)


def build_rl_small_print(p, path):
    rl_fonts()
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    esc = html.escape
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="CV")
    tiny = ParagraphStyle("t", fontName="DVS", fontSize=7, leading=8.4)
    tinyb = ParagraphStyle("tb", parent=tiny, fontName="DVSB")
    nm = ParagraphStyle("n", fontName="DVSB", fontSize=13, leading=15)
    story = [Paragraph(esc(p["display_name"]), nm), Paragraph(esc(p["title_line"]), tiny),
             Paragraph(esc("  •  ".join(p["contact"])), tiny), Spacer(1, 5)]
    rows = []
    for title, items in p["sections"]:
        rows.append([Paragraph(esc(title.upper()), tinyb), ""])
        for i in items:
            a, b = i if isinstance(i, tuple) else ("", i)
            rows.append([Paragraph(esc(a), tiny), Paragraph(esc(b), tiny)])
    t = Table(rows, colWidths=[34 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.lightgrey)]))
    story.append(t)
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def build_fpdf(p, path, mode="margin"):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_auto_page_break(True, 15)
    pdf.set_title("CV")
    pdf.add_page()
    if mode == "margin":
        pdf.set_font("DV", "B", 18)
        pdf.set_x(47)
        pdf.cell(0, 10, p["display_name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.set_x(47)
        pdf.multi_cell(0, 5, p["title_line"] + "\n" + " · ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for title, items in p["sections"]:
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(47)
            pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(150, 150, 150)
            pdf.line(47, pdf.get_y(), 200, pdf.get_y())
            pdf.ln(1)
            for i in items:
                a, b = i if isinstance(i, tuple) else ("", i)
                y = pdf.get_y()
                pdf.set_font("DV", "", 8)
                pdf.set_text_color(90, 90, 90)
                pdf.set_xy(10, y)
                pdf.multi_cell(35, 4.5, a, align="R")
                y2 = pdf.get_y()
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("DV", "", 9)
                pdf.set_xy(47, y)
                pdf.multi_cell(153, 4.5, b)
                pdf.set_y(max(y2, pdf.get_y()) + 1)
    else:  # sidebar with contacts
        pdf.set_fill_color(232, 236, 241)
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(6, 14)
        pdf.set_font("DV", "B", 9)
        pdf.cell(50, 6, "CONTACT", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8)
        for c in p["contact"]:
            pdf.set_x(6)
            pdf.multi_cell(52, 4.5, c, new_x="LMARGIN", new_y="NEXT")
        side = [s for s in p["sections"] if s[0] in ("Exams", "Languages", "Interests")]
        for title, items in side:
            pdf.set_x(6)
            pdf.set_font("DV", "B", 9)
            pdf.ln(3)
            pdf.set_x(6)
            pdf.cell(50, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 8)
            for i in items:
                pdf.set_x(6)
                pdf.multi_cell(52, 4.5, f"{i[0]}: {i[1]}" if isinstance(i, tuple) else i, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(68, 14)
        pdf.set_font("DV", "B", 20)
        pdf.multi_cell(132, 9, p["display_name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(68)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(132, 5, p["title_line"], new_x="LMARGIN", new_y="NEXT")
        for title, items in p["sections"]:
            if title in ("Exams", "Languages", "Interests"):
                continue
            pdf.ln(3)
            pdf.set_x(68)
            pdf.set_font("DV", "B", 11)
            pdf.cell(132, 7, title, new_x="LMARGIN", new_y="NEXT")
            for i in items:
                pdf.set_x(68)
                if isinstance(i, tuple):
                    pdf.set_font("DV", "B", 8.5)
                    pdf.cell(132, 5, i[0], new_x="LMARGIN", new_y="NEXT")
                    pdf.set_x(68)
                    pdf.set_font("DV", "", 9)
                    pdf.multi_cell(132, 4.6, i[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("DV", "", 9)
                    pdf.multi_cell(132, 4.6, i, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ HTML (Chromium)
def build_html(p, path, europass=True):
    e = html.escape
    rows = []
    for title, items in p["sections"]:
        rows.append(f'<tr><td class="lab sec">{e(title.upper())}</td><td class="sec"></td></tr>')
        for i in items:
            a, b = i if isinstance(i, tuple) else ("", i)
            rows.append(f'<tr><td class="lab">{e(a)}</td><td>{e(b)}</td></tr>')
    contact = "".join(f"<div>{e(c)}</div>" for c in p["contact"])
    doc = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Europass CV</title>
<style>
@page {{ size: A4; margin: 14mm 12mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }}
.top {{ display:flex; align-items:flex-start; border-bottom: 2px solid #0E4194; padding-bottom:6px; }}
.logo {{ color:#0E4194; font-weight:bold; font-size:15pt; width: 52mm; }}
.logo small {{ display:block; font-size:7pt; color:#777; font-weight:normal; }}
h1 {{ font-size: 16pt; margin: 0 0 2px 0; color:#0E4194; }}
.tl {{ color:#555; margin-bottom:4px; }}
table {{ border-collapse: collapse; width:100%; margin-top:6px; }}
td {{ vertical-align: top; padding: 2px 6px; }}
td.lab {{ width: 48mm; text-align:right; color:#0E4194; font-size:8.5pt; }}
td.sec {{ padding-top: 10px; font-weight:bold; border-bottom:1px solid #ccd; }}
</style></head><body>
<div class="top"><div class="logo">europass<small>Curriculum Vitae</small></div>
<div><h1>{e(p['display_name'])}</h1><div class="tl">{e(p['title_line'])}</div>{contact}</div></div>
<table>{''.join(rows)}</table>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def chromium_pdf(src, dst):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={dst}", "file://" + src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ TXT CRLF
def build_txt(p, path):
    L = [p["display_name"], p["title_line"], " | ".join(p["contact"]), "=" * 72]
    for title, items in p["sections"]:
        L += ["", title, "-" * len(title)]
        for i in items:
            if isinstance(i, tuple):
                L.append(f"{i[0]:<22}{i[1]}")
            else:
                L.append(i)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ------------------------------------------------------------------ scans
def raster(pdf, png_prefix, dpi):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", pdf, png_prefix], check=True)
    c = sorted(glob.glob(png_prefix + "*.png"))
    return c[0]


def degrade(png, seed, angle, blur=0.0, noise=10, contrast=1.0, gray=True, bg=(245, 243, 238)):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = np.random.default_rng(seed)
    im = Image.open(png).convert("L" if gray else "RGB")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg[0] if gray else bg)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
    a = np.asarray(im).astype(np.float32)
    a += rnd.normal(0, noise, a.shape)
    # uneven illumination (photo of a page)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.10 * ((xx / w - 0.3) ** 2 + (yy / h - 0.2) ** 2)
    if a.ndim == 3:
        shade = shade[..., None]
    a = np.clip(a * shade, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    for f in glob.glob(os.path.join(OUT, "*")):
        os.remove(f)
    os.makedirs(OUT, exist_ok=True)
    truth = []
    for p in PEOPLE:
        n, lay = p["n"], p["layout"]
        final = os.path.join(OUT, fname(p))
        work = os.path.join(TMP, f"{n:03d}")
        os.makedirs(work)
        base = os.path.join(work, f"cv_{n:03d}")
        src_pdf = None
        if n == 1:
            build_docx(p, base + ".docx", mode="table", font="Arial")
            shutil.move(soffice(base + ".docx", "pdf", work), final)
        elif n == 2:
            build_docx(p, final, mode="tabs", font="Cambria")
        elif n == 3:
            build_docx(p, base + ".docx", mode="table", font="Calibri")
            shutil.move(soffice(base + ".docx", "odt", work), final)
        elif n == 4:
            build_docx(p, base + ".docx", mode="tabs", font="Times New Roman")
            shutil.move(soffice(base + ".docx", "rtf", work), final)
        elif n == 5:
            build_odt(p, final, mode="plain")
        elif n == 6:
            build_rl_two_column(p, final)
        elif n == 7:
            build_fpdf(p, final, mode="margin")
        elif n == 8:
            build_html(p, base + ".html")
            chromium_pdf(base + ".html", final)
        elif n == 9:
            build_txt(p, final)
        elif n == 10:
            build_docx(p, base + ".docx", mode="tabs", font="Calibri")
            shutil.move(soffice(base + ".docx", "pdf", work), final)
        elif n == 11:
            build_rl_small_print(p, final)
        elif n == 12:
            build_docx(p, final, mode="tabs", font="Georgia")
        elif n == 13:
            build_fpdf(p, final, mode="sidebar")
        elif n == 14:
            build_odt(p, final, mode="tables")
        elif n == 15:
            build_docx(p, base + ".docx", mode="contacttable", font="Arial")
            shutil.move(soffice(base + ".docx", "rtf", work), final)
        elif n == 16:
            build_docx(p, base + ".docx", mode="contacttable", font="Liberation Sans")
            shutil.move(soffice(base + ".docx", "pdf", work), final)
        # ---- scans
        elif n == 17:
            build_docx(p, base + ".docx", mode="table", font="Liberation Serif")
            src_pdf = soffice(base + ".docx", "pdf", work)
            im = degrade(raster(src_pdf, base, 150), 17, 1.2, blur=0.6, noise=9)
            im.save(final, "PDF", resolution=150)
        elif n == 18:
            build_rl_small_print(p, base + ".pdf")
            im = degrade(raster(base + ".pdf", base, 200), 18, -0.7, blur=0.4, noise=12, contrast=0.85)
            im.save(final, "PNG")
        elif n == 19:
            build_html(p, base + ".html")
            chromium_pdf(base + ".html", base + ".pdf")
            im = degrade(raster(base + ".pdf", base, 170), 19, 1.8, blur=0.9, noise=8, gray=False)
            im.save(final, "JPEG", quality=68)
        elif n == 20:
            build_fpdf(p, base + ".pdf", mode="margin")
            im = degrade(raster(base + ".pdf", base, 150), 20, 0.6, blur=0.3, noise=6, contrast=0.45)
            im.save(final, "PDF", resolution=150)
        elif n == 21:
            build_odt(p, base + ".odt", mode="plain")
            src_pdf = soffice(base + ".odt", "pdf", work)
            im = degrade(raster(src_pdf, base, 160), 21, -1.4, blur=1.3, noise=10)
            im.save(final, "PNG")
        rec = {"file": fname(p), "layout": lay}
        t = dict(p["truth"])
        rec.update({k: t[k] for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country",
                                      "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3",
                                      "ecfmg_status", "specialties", "languages", "visa_status", "publications"]})
        ents = t["usce_entries"]
        rec["usce_months"] = months(ents, clinical=False)
        rec["usce_months_clinical"] = months(ents, clinical=True)
        rec["usce_entries"] = ents
        if p["kind"] == "scan":
            rec["needs_ocr"] = True
        truth.append(rec)
        print("built", fname(p), file=sys.stderr)
    # ---- damaged
    for d in DAMAGED:
        final = os.path.join(OUT, fname(d))
        work = os.path.join(TMP, f"{d['n']:03d}")
        os.makedirs(work)
        src = next(q for q in PEOPLE if q["n"] == {22: 6, 23: 11, 24: 2}[d["n"]])
        if d["n"] == 22:   # cut in the middle of the content stream: download interrupted
            tmp = os.path.join(work, "full.pdf")
            build_rl_two_column(dict(src, display_name="Ifeanyi Chukwudi Nwachukwu, MD"), tmp)
            data = open(tmp, "rb").read()
            open(final, "wb").write(data[: int(len(data) * 0.42)])
        elif d["n"] == 23:  # user password
            from pypdf import PdfReader, PdfWriter
            tmp = os.path.join(work, "full.pdf")
            build_rl_small_print(dict(src, display_name="Hemi Tamihana Walker"), tmp)
            w = PdfWriter(clone_from=PdfReader(tmp))
            w.encrypt(user_password="Otago2023!", owner_password="owner-w30", algorithm="RC4-128")
            w.write(final)
        else:              # random bytes with a .docx name
            open(final, "wb").write(random.Random(2430).randbytes(48213))
        truth.append({"file": fname(d), "layout": d["layout"], "error": True})
        print("built", fname(d), file=sys.stderr)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def months(ents, clinical):
    s = set()
    for e in ents:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


if __name__ == "__main__":
    main()
