# -*- coding: utf-8 -*-
"""Build files/ and truth.jsonl for writer w50."""
import html, json, os, random, shutil, subprocess, sys, tempfile
from data import PEOPLE

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
W = "w50"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
random.seed(50)


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m > 12:
                y, m = y + 1, 1
    return len(s)


def name_of(p):
    return p["truth"]["full_name"]


def flat_lines(p):
    """Plain-text rendering used by txt and scans."""
    L = [p["title"], "", name_of(p)]
    if p.get("alt_name"):
        L.append(p["alt_name"])
    for k, v in p["contacts"]:
        L.append(f"{k}: {v}")
    for kind, pay in p["blocks"]:
        if kind == "h":
            L += ["", pay.upper()]
        elif kind == "p":
            L.append(pay)
        elif kind == "li":
            L += [f"- {x}" for x in pay]
        elif kind == "kv":
            L += [f"{k}: {v}" for k, v in pay]
        elif kind == "entry":
            d, t, pl = pay
            L += [f"{d}   {t}", f"      {pl}"]
    return L


# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", FONT), ("DVB", FONTB), ("DVS", SERIF), ("DVSB", SERIFB)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))


def europass_rl(p, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    lab = ParagraphStyle("l", fontName="DV", fontSize=8.5, textColor=colors.HexColor("#1f3864"), alignment=2, leading=11)
    txt = ParagraphStyle("t", fontName="DV", fontSize=9, leading=12)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=10.5, textColor=colors.HexColor("#1f3864"), alignment=2, leading=13)
    e = lambda s: html.escape(s)
    rows = [[Paragraph("<b>europass</b>", hd), Paragraph(f"<font size=15><b>{e(p['title'])}</b></font>", txt)],
            [Paragraph("Personal information", hd), ""],
            [Paragraph("First name(s) / Surname(s)", lab), Paragraph(f"<b>{e(name_of(p))}</b>", txt)]]
    for k, v in p["contacts"]:
        rows.append([Paragraph(e(k), lab), Paragraph(e(v), txt)])
    for kind, pay in p["blocks"]:
        if kind == "h":
            rows.append([Paragraph(e(pay), hd), ""])
        elif kind == "p":
            rows.append(["", Paragraph(e(pay), txt)])
        elif kind == "li":
            for x in pay:
                rows.append(["", Paragraph("• " + e(x), txt)])
        elif kind == "kv":
            for k, v in pay:
                rows.append([Paragraph(e(k), lab), Paragraph(e(v), txt)])
        elif kind == "entry":
            d, t, pl = pay
            rows.append([Paragraph("Dates", lab), Paragraph(e(d), txt)])
            rows.append([Paragraph("Occupation or position held", lab), Paragraph(f"<b>{e(t)}</b>", txt)])
            rows.append([Paragraph("Name and address of employer", lab), Paragraph(e(pl), txt)])
    tb = Table(rows, colWidths=[150, 350])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.HexColor("#1f3864")),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))

    def foot(c, d):
        c.setFont("DV", 7)
        c.drawString(40, 20, f"Page {d.page} - Curriculum vitae of {name_of(p)}   For more information go to http://europass.cedefop.europa.eu")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title="Europass CV", author="EU")
    doc.build([tb], onFirstPage=foot, onLaterPages=foot)


def rl_sidebar(p, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    Wd, Ht = A4
    SB = 170
    e = lambda s: html.escape(s)
    txt = ParagraphStyle("t", fontName="DV", fontSize=9, leading=12)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=11, textColor=colors.HexColor("#8b1e3f"), spaceBefore=8, spaceAfter=3)

    def side(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2d2d3a"))
        c.rect(0, 0, SB, Ht, fill=1, stroke=0)
        if d.page == 1:
            c.setFillColor(colors.HexColor("#cccccc"))
            c.rect(35, Ht - 150, 100, 115, fill=0, stroke=1)
            c.setFont("DV", 8)
            c.drawCentredString(85, Ht - 95, "[photo]")
            c.setFillColor(colors.white)
            c.setFont("DVB", 13)
            first, last = name_of(p).split(" ", 1)
            c.drawString(15, Ht - 180, first)
            c.drawString(15, Ht - 196, last)
            c.setFont("DV", 9)
            c.drawString(15, Ht - 212, p.get("alt_name", ""))
            y = Ht - 245
            for k, v in p["contacts"]:
                c.setFont("DVB", 8)
                c.drawString(15, y, k.upper())
                y -= 11
                c.setFont("DV", 7.6)
                words, line = v.split(" "), ""
                for w in words:
                    if c.stringWidth(line + " " + w, "DV", 7.6) > SB - 25:
                        c.drawString(15, y, line.strip()); y -= 10; line = ""
                    line += " " + w
                c.drawString(15, y, line.strip())
                y -= 16
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title="CV")
    fr = Frame(SB + 20, 35, Wd - SB - 50, Ht - 70)
    doc.addPageTemplates([PageTemplate(frames=[fr], onPage=side)])
    story = [Paragraph(f"<font size=18><b>{e(p['title'])}</b></font>", txt), Spacer(1, 10)]
    for kind, pay in p["blocks"]:
        if kind == "h":
            story.append(Paragraph(e(pay), hd))
        elif kind == "p":
            story.append(Paragraph(e(pay), txt))
        elif kind == "li":
            story += [Paragraph("▪ " + e(x), txt) for x in pay]
        elif kind == "kv":
            story += [Paragraph(f"<b>{e(k)}:</b> {e(v)}", txt) for k, v in pay]
        elif kind == "entry":
            d, t, pl = pay
            story.append(Paragraph(f"<b>{e(t)}</b><br/><i>{e(pl)}</i> &nbsp;|&nbsp; {e(d)}", txt))
            story.append(Spacer(1, 3))
    doc.build(story)


def rl_compact(p, path):
    """Name on top, contact details ONLY in the page footer."""
    rl_fonts()
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    e = lambda s: html.escape(s)
    txt = ParagraphStyle("t", fontName="DVS", fontSize=8.6, leading=10.5)
    hd = ParagraphStyle("h", fontName="DVSB", fontSize=9.5, spaceBefore=5, spaceAfter=1)
    story = [Paragraph(f"<font size=16>{e(name_of(p))}</font>", ParagraphStyle("n", fontName="DVSB", alignment=1, leading=20)),
             Paragraph(e(p["title"]), ParagraphStyle("s", fontName="DVS", fontSize=8, alignment=1)), Spacer(1, 6)]
    for kind, pay in p["blocks"]:
        if kind == "h":
            story.append(Paragraph(e(pay.upper()), hd))
        elif kind == "p":
            story.append(Paragraph(e(pay), txt))
        elif kind == "li":
            story += [Paragraph("– " + e(x), txt) for x in pay]
        elif kind == "kv":
            story += [Paragraph(f"{e(k)}: {e(v)}", txt) for k, v in pay]
        elif kind == "entry":
            d, t, pl = pay
            tb = Table([[Paragraph(e(d), txt), Paragraph(f"<b>{e(t)}</b>, {e(pl)}", txt)]], colWidths=[95, 420])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(tb)
    foot_txt = "  |  ".join(f"{k}: {v}" for k, v in p["contacts"])

    def foot(c, d):
        c.setFont("DVS", 6.8)
        c.line(40, 34, 572, 34)
        c.drawCentredString(306, 24, foot_txt)
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=45, rightMargin=45, topMargin=36, bottomMargin=48)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------------ fpdf2
def fpdf_doc():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    return pdf


def fpdf_photo(p, path):
    pdf = fpdf_doc()
    pdf.set_font("DV", "B", 20)
    pdf.cell(0, 12, p["title"], new_x="LMARGIN", new_y="NEXT")
    # photo placeholder box
    pdf.rect(160, 12, 35, 45)
    pdf.set_font("DV", "", 8)
    pdf.set_xy(160, 32)
    pdf.cell(35, 5, "PHOTO", align="C")
    pdf.set_xy(10, 26)
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Personal Data", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(40, 6, "Name:"); pdf.cell(0, 6, name_of(p), new_x="LMARGIN", new_y="NEXT")
    for k, v in p["contacts"]:
        pdf.cell(40, 6, k + ":"); pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, pay in p["blocks"]:
        if kind == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 12); pdf.set_fill_color(220, 230, 241)
            pdf.cell(0, 7, pay, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10)
        elif kind == "p":
            pdf.multi_cell(0, 5.5, pay, new_x="LMARGIN", new_y="NEXT")
        elif kind == "li":
            for x in pay:
                pdf.multi_cell(0, 5.5, "•  " + x, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            for k, v in pay:
                pdf.cell(45, 5.5, k + ":"); pdf.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "entry":
            d, t, pl = pay
            pdf.set_font("DV", "B", 10); pdf.multi_cell(0, 5.5, f"{d}:  {t}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 10); pdf.multi_cell(0, 5.5, "      " + pl, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def fpdf_twocol(p, path):
    pdf = fpdf_doc()
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, p["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 18)
    pdf.cell(0, 10, name_of(p).upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "   •   ".join(v for k, v in p["contacts"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, pay in p["blocks"]:
        if kind == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 6, pay, new_x="LMARGIN", new_y="NEXT")
            pdf.line(10, pdf.get_y(), 200, pdf.get_y()); pdf.ln(1); pdf.set_font("DV", "", 9.5)
        elif kind == "p":
            pdf.multi_cell(0, 5, pay, new_x="LMARGIN", new_y="NEXT")
        elif kind == "li":
            for x in pay:
                pdf.set_x(45); pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            for k, v in pay:
                pdf.cell(35, 5, k); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "entry":
            d, t, pl = pay
            y = pdf.get_y()
            pdf.set_font("DV", "", 9); pdf.cell(35, 5, d)
            pdf.set_font("DV", "B", 9.5); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9.5); pdf.set_x(45); pdf.multi_cell(0, 5, pl, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ python-docx
def docx_body(doc, p, style_entries="table"):
    from docx.shared import Pt
    for kind, pay in p["blocks"]:
        if kind == "h":
            doc.add_heading(pay, level=2)
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "li":
            for x in pay:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            for k, v in pay:
                r = t.add_row().cells; r[0].text = k; r[1].text = v
        elif kind == "entry":
            d, t, pl = pay
            if style_entries == "table":
                tb = doc.add_table(rows=1, cols=2)
                c = tb.rows[0].cells
                c[0].text = d
                c[1].text = ""
                r = c[1].paragraphs[0].add_run(t); r.bold = True
                c[1].add_paragraph(pl)
            else:
                para = doc.add_paragraph()
                para.add_run(d + "\t").italic = True
                para.add_run(t).bold = True
                doc.add_paragraph(pl)


def docx_table(p, path):
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    doc.add_heading(p["title"], level=0)
    t = doc.add_table(rows=len(p["contacts"]) + 1, cols=3)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Imię i nazwisko / Name"
    t.cell(0, 1).text = name_of(p)
    for i, (k, v) in enumerate(p["contacts"], 1):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    ph = t.cell(0, 2).merge(t.cell(len(p["contacts"]), 2))
    ph.text = "\n\n[ zdjęcie / photo ]\n\n"
    docx_body(doc, p, "table")
    doc.core_properties.author = "Łukasz"
    doc.save(path)


def docx_headerfooter(p, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{name_of(p)} — Curriculum Vitae"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "  ·  ".join(f"{k} {v}" for k, v in p["contacts"])
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(p["title"].upper(), level=1)
    docx_body(doc, p, "para")
    doc.save(path)


def docx_europass(p, path):
    from docx import Document
    from docx.shared import RGBColor, Pt
    doc = Document()
    para = doc.add_paragraph()
    r = para.add_run("europass  "); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64); r.font.size = Pt(20)
    para.add_run(p["title"]).font.size = Pt(14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light List Accent 1"
    r = t.add_row().cells; r[0].text = "INFORMAZIONI PERSONALI"; r[1].text = ""
    for k, v in p["contacts"]:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
    for kind, pay in p["blocks"]:
        if kind == "h":
            r = t.add_row().cells; r[0].text = pay.upper(); r[1].text = ""
        elif kind == "p":
            r = t.add_row().cells; r[1].text = pay
        elif kind == "li":
            for x in pay:
                r = t.add_row().cells; r[1].text = "• " + x
        elif kind == "kv":
            for k, v in pay:
                r = t.add_row().cells; r[0].text = k; r[1].text = v
        elif kind == "entry":
            d, tt, pl = pay
            r = t.add_row().cells; r[0].text = d; r[1].text = tt + "\n" + pl
    doc.save(path)


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="w50lo")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def soffice_docx2pdf(p, path):
    from docx import Document
    from docx.shared import Pt
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
    doc = Document()
    h = doc.add_paragraph(); r = h.add_run(name_of(p)); r.bold = True; r.font.size = Pt(22)
    doc.add_paragraph(p["title"])
    # contacts in a 2x? table with photo cell
    t = doc.add_table(rows=len(p["contacts"]), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(p["contacts"]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    docx_body(doc, p, "para")
    doc.save(src)
    soffice_convert(src, "pdf", tmp)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf"), path)


# ------------------------------------------------------------------ odfpy
def odt_build(p, path, table=False):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="H", family="paragraph")
    hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1a4d80"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    ts = Style(name="T", family="paragraph")
    ts.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    bs = Style(name="B", family="text"); bs.addElement(TextProperties(fontweight="bold"))
    for s in (hs, ts, bs):
        doc.automaticstyles.addElement(s)

    def cell(row, text, bold=False):
        c = TableCell(); para = P()
        if bold:
            para.addElement(Span(stylename=bs, text=text))
        else:
            para.addText(text)
        c.addElement(para); row.addElement(c)
    doc.text.addElement(P(stylename=ts, text=p["title"]))
    if table:
        tb = Table(name="Personal"); tb.addElement(TableColumn(numbercolumnsrepeated=2))
        r = TableRow(); cell(r, "Nume / Name"); cell(r, name_of(p), True); tb.addElement(r)
        for k, v in p["contacts"]:
            r = TableRow(); cell(r, k); cell(r, v); tb.addElement(r)
        doc.text.addElement(tb)
    else:
        doc.text.addElement(P(stylename=ts, text=name_of(p)) if not any(k == "Nume" for k, _ in p["contacts"]) else P(text=""))
        if p.get("alt_name"):
            doc.text.addElement(P(text=p["alt_name"]))
        for k, v in p["contacts"]:
            doc.text.addElement(P(text=f"{k}: {v}"))
    tb = None
    for kind, pay in p["blocks"]:
        if kind == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hs, text=pay))
        elif kind == "p":
            doc.text.addElement(P(text=pay))
        elif kind == "li":
            for x in pay:
                doc.text.addElement(P(text="• " + x))
        elif kind == "kv":
            for k, v in pay:
                doc.text.addElement(P(text=f"{k}: {v}"))
        elif kind == "entry":
            d, t, pl = pay
            if table:
                et = Table(); et.addElement(TableColumn(numbercolumnsrepeated=2))
                r = TableRow(); cell(r, d); cell(r, t + " — " + pl); et.addElement(r)
                doc.text.addElement(et)
            else:
                para = P(); para.addText(d + "  "); para.addElement(Span(stylename=bs, text=t)); doc.text.addElement(para)
                doc.text.addElement(P(text=pl))
    doc.save(path)


def odt_plain(p, path):
    odt_build(p, path, False)


def odt_table(p, path):
    odt_build(p, path, True)


def soffice_odt2pdf(p, path):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".odt")
    odt_build(p, src, False)
    soffice_convert(src, "pdf", tmp)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf"), path)


# ------------------------------------------------------------------ chromium
def chromium_html(p, path):
    e = html.escape
    side = "".join(f"<div class=c><b>{e(k)}</b><br>{e(v)}</div>" for k, v in p["contacts"])
    body = []
    for kind, pay in p["blocks"]:
        if kind == "h":
            body.append(f"<h2>{e(pay)}</h2>")
        elif kind == "p":
            body.append(f"<p>{e(pay)}</p>")
        elif kind == "li":
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in pay) + "</ul>")
        elif kind == "kv":
            body.append("<ul>" + "".join(f"<li>{e(k)}: {e(v)}</li>" for k, v in pay) + "</ul>")
        elif kind == "entry":
            d, t, pl = pay
            body.append(f"<div class=e><span class=d>{e(d)}</span><div><b>{e(t)}</b><br><i>{e(pl)}</i></div></div>")
    doc = f"""<!doctype html><html><head><meta charset=utf-8><title>{e(p['title'])}</title><style>
body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0;display:flex}}
aside{{width:28%;background:#0b3954;color:#fff;padding:18px;min-height:100vh}} main{{padding:18px;width:66%}}
h1{{font-size:20pt;margin:0 0 4px}} h2{{font-size:12pt;color:#0b3954;border-bottom:1px solid #0b3954;margin:12px 0 4px}}
.e{{display:flex;gap:10px;margin:4px 0}} .d{{min-width:110px;color:#555}} .c{{margin:10px 0;font-size:9pt}}
</style></head><body><aside><div style="width:110px;height:130px;border:1px dashed #fff;text-align:center;line-height:130px">photo</div>
<h1>{e(name_of(p))}</h1>{side}</aside><main>{''.join(body)}</main></body></html>"""
    tmp = tempfile.mkdtemp()
    hp = os.path.join(tmp, "cv.html")
    open(hp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/prof", f"--print-to-pdf={path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ RTF / TXT
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_doc(p, path, twocol):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs22"]
    if twocol:
        # contacts in header
        R.append(r"{\header\pard\qr\f1\fs16 " + rtf_esc("  |  ".join(f"{k}: {v}" for k, v in p["contacts"])) + r"\par}")
    R.append(r"\pard\qc\b\fs32 " + rtf_esc(p["title"]) + r"\b0\par")
    R.append(r"\pard\qc\fs28 " + rtf_esc(name_of(p)) + r"\par")
    if p.get("alt_name"):
        R.append(r"\pard\qc\fs22 " + rtf_esc(p["alt_name"]) + r"\par")
    if not twocol:
        for k, v in p["contacts"]:
            R.append(r"\pard\ql\fs20 " + rtf_esc(f"{k}: {v}") + r"\par")
    for kind, pay in p["blocks"]:
        if kind == "h":
            R.append(r"\pard\sb200\sa60\b\fs24 " + rtf_esc(pay) + r"\b0\fs22\par")
        elif kind == "p":
            R.append(r"\pard " + rtf_esc(pay) + r"\par")
        elif kind == "li":
            for x in pay:
                R.append(r"\pard\li360\fi-200 \u8226? " + rtf_esc(x) + r"\par")
        elif kind == "kv":
            for k, v in pay:
                R.append(r"\pard " + rtf_esc(f"{k}: {v}") + r"\par")
        elif kind == "entry":
            d, t, pl = pay
            if twocol:
                R.append(r"\trowd\trgaph108\cellx2600\cellx9600\pard\intbl " + rtf_esc(d) + r"\cell\pard\intbl\b "
                         + rtf_esc(t) + r"\b0\line " + rtf_esc(pl) + r"\cell\row")
            else:
                R.append(r"\pard\tx2400 " + rtf_esc(d) + r"\tab\b " + rtf_esc(t) + r"\b0\par")
                R.append(r"\pard\li2400 " + rtf_esc(pl) + r"\par")
    R.append(r"\pard\par}")
    open(path, "w", encoding="ascii").write("\n".join(R))


def rtf_classic(p, path):
    rtf_doc(p, path, False)


def rtf_twocol(p, path):
    rtf_doc(p, path, True)


def txt_plain(p, path):
    L = flat_lines(p)
    L[0] = p["title"].center(70)
    open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ scans
def page_image(p, dpi=130):
    from PIL import Image, ImageDraw, ImageFont
    W_, H_ = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W_, H_), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SERIF, int(dpi * 0.135))
    fb = ImageFont.truetype(SERIFB, int(dpi * 0.15))
    ft = ImageFont.truetype(SERIFB, int(dpi * 0.26))
    y = int(dpi * 0.7)
    x0 = int(dpi * 0.8)
    # photo box
    d.rectangle([W_ - int(dpi * 2.0), y, W_ - int(dpi * 0.8), y + int(dpi * 1.5)], outline=90, width=2)
    d.text((W_ - int(dpi * 1.65), y + int(dpi * 0.65)), "PHOTO", font=f, fill=120)
    d.text((x0, y), p["title"], font=ft, fill=20); y += int(dpi * 0.45)
    d.text((x0, y), name_of(p), font=ft, fill=0); y += int(dpi * 0.45)
    for k, v in p["contacts"]:
        d.text((x0, y), f"{k}: {v}", font=f, fill=10); y += int(dpi * 0.2)
    y = max(y, int(dpi * 2.4))
    for kind, pay in p["blocks"]:
        if kind == "h":
            y += int(dpi * 0.12)
            d.text((x0, y), pay, font=fb, fill=0); y += int(dpi * 0.2)
            d.line([x0, y, W_ - x0, y], fill=60, width=1); y += int(dpi * 0.06)
        elif kind in ("p", "li", "kv"):
            items = [pay] if kind == "p" else (pay if kind == "li" else [f"{a}: {b}" for a, b in pay])
            for it in items:
                words, line = it.split(), ""
                for w_ in words:
                    if d.textlength(line + " " + w_, font=f) > W_ - 2 * x0:
                        d.text((x0, y), line.strip(), font=f, fill=10); y += int(dpi * 0.19); line = ""
                    line += " " + w_
                d.text((x0, y), line.strip(), font=f, fill=10); y += int(dpi * 0.19)
        elif kind == "entry":
            dt, t, pl = pay
            d.text((x0, y), dt, font=f, fill=10)
            d.text((x0 + int(dpi * 1.5), y), t, font=fb, fill=0); y += int(dpi * 0.19)
            d.text((x0 + int(dpi * 1.5), y), pl, font=f, fill=10); y += int(dpi * 0.22)
    return img


def degrade(img, angle, noise=12, blur=0.8, contrast=1.0, bg=255):
    import numpy as np
    from PIL import ImageFilter, Image
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype("float32")
    a = 128 + (a - 128) * contrast
    a += np.random.default_rng(50).normal(0, noise, a.shape)
    # uneven illumination
    h, w = a.shape
    grad = np.linspace(0, 25, w)[None, :] + np.linspace(0, 15, h)[:, None]
    a -= grad
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"))


def scan_png_rotated(p, path):
    degrade(page_image(p), 1.3, noise=10, blur=0.7).save(path)


def scan_jpg_photo(p, path):
    from PIL import Image
    im = degrade(page_image(p, 120), -1.7, noise=14, blur=1.1, contrast=0.8, bg=180)
    rgb = Image.merge("RGB", [im.point(lambda v: min(255, v + 8)), im, im.point(lambda v: max(0, v - 12))])
    rgb.save(path, quality=62)


def scan_pdf_imageonly(p, path):
    im = degrade(page_image(p, 150), 0.6, noise=9, blur=0.6)
    im.convert("RGB").save(path, "PDF", resolution=150)


def scan_pdf_lowcontrast(p, path):
    im = degrade(page_image(p, 150), -0.9, noise=8, blur=0.8, contrast=0.55)
    im.convert("RGB").save(path, "PDF", resolution=140)


def scan_jpg_skewed(p, path):
    degrade(page_image(p, 140), 1.9, noise=10, blur=0.9, contrast=0.75).convert("RGB").save(path, quality=55)


# ------------------------------------------------------------------ damaged
def damaged(layout, path, donor):
    if layout == "damaged_truncated_pdf":
        tmp = path + ".full.pdf"
        rl_compact(donor, tmp)
        b = open(tmp, "rb").read()
        open(path, "wb").write(b[: int(len(b) * 0.37)])
        os.remove(tmp)
    elif layout == "damaged_encrypted_pdf":
        from pypdf import PdfReader, PdfWriter
        tmp = path + ".plain.pdf"
        fpdf_twocol(donor, tmp)
        w = PdfWriter()
        for pg in PdfReader(tmp).pages:
            w.add_page(pg)
        w.encrypt(user_password="Krakow2025", owner_password="owner-w50", algorithm="RC4-128")
        with open(path, "wb") as fh:
            w.write(fh)
        os.remove(tmp)
    elif layout == "damaged_randombytes_docx":
        open(path, "wb").write(random.Random(5050).randbytes(48213))


DAMAGED = [("damaged_truncated_pdf", "pdf"), ("damaged_encrypted_pdf", "pdf"), ("damaged_randombytes_docx", "docx")]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rows = []
    n = 0
    for p in PEOPLE:
        n += 1
        fn = f"{W}_{n:03d}_{p['layout']}.{p['ext']}"
        path = os.path.join(OUT, fn)
        globals()[p["layout"]](p, path)
        t = dict(p["truth"])
        row = {"file": fn, "layout": p["layout"]}
        keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
                "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
                "visa_status", "publications"]
        for k in keys:
            row[k] = t[k]
        row["usce_months"] = months(t["usce_entries"])
        row["usce_months_clinical"] = months(t["usce_entries"], True)
        row["usce_entries"] = t["usce_entries"]
        if p["layout"].startswith("scan_"):
            row["needs_ocr"] = True
        rows.append(row)
        print("built", fn, file=sys.stderr)
    donor = PEOPLE[11]
    for lay, ext in DAMAGED:
        n += 1
        fn = f"{W}_{n:03d}_{lay}.{ext}"
        damaged(lay, os.path.join(OUT, fn), donor)
        rows.append({"file": fn, "layout": lay, "error": True})
        print("built", fn, file=sys.stderr)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
